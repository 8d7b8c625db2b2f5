"""The approval workflow's rules, free of Slack and of the database.

Why a pure core: who may decide, which transitions are legal and when a request is due for a
reminder are policy, not plumbing; keeping them plain functions makes them easy to test and
keeps the listeners thin. The store (policy_store.approvals_repo) applies them with
conditional updates so concurrent clicks and replicas agree.
"""

from policy_core.approvals.authority import Refusal, may_decide, may_decide_appeal
from policy_core.approvals.routing import Route, RoutingTable, pick_category
from policy_core.approvals.sla import Schedule, add_business_days, schedule_for
from policy_core.approvals.states import (
    APPEAL_OUTCOMES,
    DECISIONS,
    AppealState,
    RequestState,
    StaleRequest,
    decision_state,
    is_open,
)

__all__ = [
    "APPEAL_OUTCOMES",
    "DECISIONS",
    "AppealState",
    "Refusal",
    "RequestState",
    "Route",
    "RoutingTable",
    "Schedule",
    "StaleRequest",
    "add_business_days",
    "decision_state",
    "is_open",
    "may_decide",
    "may_decide_appeal",
    "pick_category",
    "schedule_for",
]
