"""The Slack-free rules: transitions, who may decide, business-day deadlines, routing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from policy_core.approvals import (
    RequestState,
    RoutingTable,
    add_business_days,
    decision_state,
    may_decide,
    may_decide_appeal,
    pick_category,
    schedule_for,
)
from policy_core.approvals.routing import parse_pairs, parse_sector_pairs, table_from_mapping

FRI_3PM = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)  # a Friday
SAT_10AM = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)


def test_decisions_lead_to_their_states() -> None:
    assert decision_state("approve") == RequestState.APPROVED
    assert decision_state("reject") == RequestState.REJECTED
    assert decision_state("request_changes") == RequestState.CHANGES_REQUESTED
    with pytest.raises(ValueError):
        decision_state("delete")


def test_only_reviewers_other_than_the_author_decide() -> None:
    reviewers = {"U1", "U2"}
    assert may_decide("U1", "U9", reviewers) is None
    own = may_decide("U1", "U1", reviewers)
    assert own is not None and own.code == "own_request"  # even though U1 is a reviewer
    outsider = may_decide("U7", "U9", reviewers)
    assert outsider is not None and outsider.code == "not_reviewer"


def test_appeals_are_decided_by_someone_other_than_the_first_decider() -> None:
    members = {"U1", "U2", "U3"}
    assert may_decide_appeal("U2", "U9", "U1", members) is None
    first = may_decide_appeal("U1", "U9", "U1", members)
    assert first is not None and first.code == "first_decider"
    assert may_decide_appeal("U9", "U9", "U1", members | {"U9"}) is not None
    assert may_decide_appeal("U5", "U9", "U1", members) is not None


def test_business_days_skip_weekends() -> None:
    assert add_business_days(FRI_3PM, 1) == datetime(2026, 11, 30, 15, 0, tzinfo=UTC)  # Monday 3pm
    assert add_business_days(SAT_10AM, 1) == datetime(2026, 12, 1, 0, 0, tzinfo=UTC)  # Mon 00:00 + 1 day
    assert add_business_days(FRI_3PM, 0.25) == datetime(2026, 11, 27, 21, 0, tzinfo=UTC)
    assert add_business_days(FRI_3PM, 5) == datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
    tue = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert add_business_days(tue, 2) == tue + timedelta(days=2)


def test_business_days_follow_the_configured_time_zone() -> None:
    # Friday 23:30 UTC is already Saturday in Tokyo: the clock starts on Tokyo's Monday.
    start = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)
    due = add_business_days(start, 1, ZoneInfo("Asia/Tokyo"))
    assert due == datetime(2026, 12, 1, 0, 0, tzinfo=ZoneInfo("Asia/Tokyo")).astimezone(UTC)


def test_schedule_reminds_escalates_and_expires_in_order() -> None:
    s = schedule_for(FRI_3PM, 1, 5)
    assert s.remind_at < s.escalate_at < s.expire_at
    assert s.escalate_at == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


def test_most_sensitive_category_picks_the_route() -> None:
    assert pick_category(["promotion", "financial_promise"]) == "financial_promise"
    assert pick_category(["promotion", "confidential"]) == "confidential"
    assert pick_category(["promotion"]) == "promotion"
    assert pick_category([]) is None


def test_routing_by_category_sector_and_default() -> None:
    table = RoutingTable(
        default="C0LEGAL", categories=parse_pairs("promotion=C0MKT, financial_promise=C0COMP"),
        sectors=parse_sector_pairs("retail.promotion=C0RETAIL"), groups=parse_pairs("C0COMP=S0COMP", False),
    )
    assert table.route("promotion").channel == "C0MKT"
    assert table.route("promotion", ["retail"]).channel == "C0RETAIL"
    assert table.route("financial_promise").usergroup == "S0COMP"
    assert table.route("confidential").channel == "C0LEGAL"
    assert table.route(None).channel == "C0LEGAL"
    with pytest.raises(LookupError):
        RoutingTable().route("promotion")


def test_settings_override_the_yaml_routes() -> None:
    base = table_from_mapping({"default": "C0A", "categories": {"promotion": "C0B"},
                               "sectors": {"retail": {"promotion": "C0R"}}})
    merged = base.merged(RoutingTable(categories={"promotion": "C0X"}))
    assert merged.route("promotion").channel == "C0X"
    assert merged.route("promotion", ["retail"]).channel == "C0R"
    assert merged.default == "C0A"


def test_bad_pairs_are_rejected() -> None:
    with pytest.raises(ValueError):
        parse_pairs("promotion")
    with pytest.raises(ValueError):
        parse_sector_pairs("promotion=C1")
