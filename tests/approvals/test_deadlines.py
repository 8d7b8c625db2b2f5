"""Reminders, escalation, expiry and the outbox: driven by the ManualClock and the job functions."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.workspace.seed import EMPLOYEE, LEAD, MARKETING_REVIEW, REVIEWER
from handlers import approvals
from handlers.views import approvals as views
from policy_core.clock import ManualClock
from policy_store import approvals_repo as repo
from policy_store.models.approvals import OutboxMessage, PendingSubmission
from tests.approvals.conftest import APPROVAL_SETTINGS
from tests.approvals.helpers import PROMO, audit_actions, dm_texts, press, quiet, request, submit
from tests.harness import Bot, running_bot

FRIDAY_3PM = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)


async def test_pending_request_is_reminded_escalated_and_expired_on_schedule(db_url: str) -> None:
    clock = ManualClock(FRIDAY_3PM)
    async with running_bot(db_url, clock=clock, **APPROVAL_SETTINGS) as bot:
        req = await submit(bot, EMPLOYEE)
        services = bot.services

        async def tick() -> None:
            await approvals.deadlines_tick(services)
            await approvals.deadlines_tick(services)  # a second replica's tick repeats nothing

        def thread() -> list[str]:
            return [m.text for m in bot.ws.messages_in(MARKETING_REVIEW, thread_ts=req.review_ts)]

        clock.set(datetime(2026, 11, 30, 14, 59, tzinfo=UTC))  # Monday, just before one business day
        await tick()
        assert thread() == []  # the weekend does not count
        clock.set(datetime(2026, 11, 30, 15, 1, tzinfo=UTC))
        await tick()
        assert len(thread()) == 1 and "Reminder" in thread()[0] and req.id in thread()[0]
        assert not dm_texts(bot, LEAD)

        clock.set(datetime(2026, 12, 1, 15, 1, tzinfo=UTC))  # twice the SLA: the lead hears
        await tick()
        assert len(thread()) == 1
        lead_dms = dm_texts(bot, LEAD)
        assert len(lead_dms) == 1 and req.id in lead_dms[0]

        clock.set(datetime(2026, 12, 4, 14, 59, tzinfo=UTC))  # not yet 5 business days
        await tick()
        assert (await request(bot, req.id)).state == "pending"
        clock.set(datetime(2026, 12, 4, 15, 1, tzinfo=UTC))
        await tick()
        final = await request(bot, req.id)
        assert final.state == "expired"
        assert sum("expired" in t for t in dm_texts(bot, EMPLOYEE)) == 1
        assert "Expired" in json.dumps(bot.ws.find_message(MARKETING_REVIEW, req.review_ts).blocks)  # type: ignore[arg-type,union-attr]
        assert await audit_actions(bot, req.id) == ["submitted", "reminded", "escalated", "expired"]
        # An expired request cannot be approved any more.
        await press(bot, REVIEWER, views.APPROVE, final)
        await quiet(bot)
        assert (await request(bot, req.id)).state == "expired"


async def test_decision_is_stored_first_and_messages_follow_when_slack_recovers(abot: Bot) -> None:
    bot = abot
    req = await submit(bot, EMPLOYEE)
    faults = [bot.slack.api.fail_every(m, 1, status=500) for m in ("chat.postMessage", "chat.update")]
    dms_before = len(bot.ws.dms_to(EMPLOYEE))
    await press(bot, REVIEWER, views.APPROVE, req)
    await quiet(bot, 15)
    assert (await request(bot, req.id)).state == "approved"  # committed although Slack is down
    assert len(bot.ws.dms_to(EMPLOYEE)) == dms_before
    assert await repo.pending_outbox_count(bot.services.sessions) == 2
    for f in faults:
        bot.slack.api.faults.remove(f)
    await approvals.outbox_tick(bot.services)  # not due yet: backing off
    assert len(bot.ws.dms_to(EMPLOYEE)) == dms_before
    assert isinstance(bot.clock, ManualClock)
    bot.clock.advance(timedelta(minutes=2))
    await approvals.outbox_tick(bot.services)
    assert len(bot.ws.dms_to(EMPLOYEE)) == dms_before + 1
    assert "approved" in bot.ws.dms_to(EMPLOYEE)[-1].text
    assert "Approved" in json.dumps(bot.ws.find_message(req.review_channel, req.review_ts).blocks)  # type: ignore[arg-type,union-attr]
    assert await repo.pending_outbox_count(bot.services.sessions) == 0
    await approvals.outbox_tick(bot.services)
    assert len(bot.ws.dms_to(EMPLOYEE)) == dms_before + 1  # sent once


async def test_rate_limited_slack_still_gets_every_message(abot: Bot) -> None:
    bot = abot
    bot.slack.api.fail_every("chat.postMessage", 2, status=429, retry_after=0)
    req = await submit(bot, EMPLOYEE)
    await press(bot, REVIEWER, views.APPROVE, req)
    await quiet(bot, 15)
    assert isinstance(bot.clock, ManualClock)
    for _ in range(5):
        bot.clock.advance(timedelta(minutes=20))
        await approvals.outbox_tick(bot.services)
    assert await repo.pending_outbox_count(bot.services.sessions) == 0
    assert sum("approved" in t for t in dm_texts(bot, EMPLOYEE)) == 1


async def test_draft_is_purged_after_retention_but_the_approval_stays_bound_to_it(db_url: str) -> None:
    clock = ManualClock(FRIDAY_3PM)
    async with running_bot(db_url, clock=clock, RETENTION_DAYS=7, **APPROVAL_SETTINGS) as bot:
        req = await submit(bot, EMPLOYEE)
        await press(bot, REVIEWER, views.APPROVE, req)
        await quiet(bot)
        clock.advance(timedelta(days=6))
        await approvals.deadlines_tick(bot.services)
        assert (await request(bot, req.id)).draft_text == PROMO  # kept exactly as submitted
        clock.advance(timedelta(days=2))
        await approvals.deadlines_tick(bot.services)
        purged = await request(bot, req.id)
        assert purged.draft_text is None and "test.promo_code" in purged.summary
        assert "SAVE20" not in purged.summary
        msg = bot.ws.find_message(purged.review_channel, purged.review_ts)  # type: ignore[arg-type]
        assert msg is not None
        # The approval still covers this exact text.
        await bot.sender.command(EMPLOYEE, "/checkpost", PROMO)
        await bot.until(lambda: any(req.id in json.dumps(e.blocks) for e in bot.ws.ephemerals_for(EMPLOYEE)))
        # Unused "Request approval" drafts are dropped after an hour.
        n = len(bot.ws.ephemerals_for(EMPLOYEE))
        await bot.sender.command(EMPLOYEE, "/checkpost", PROMO + " Edited.")
        await bot.until(lambda: len(bot.ws.ephemerals_for(EMPLOYEE)) > n)
        async with bot.services.sessions() as s:
            assert len((await s.execute(select(PendingSubmission))).all()) == 1
        clock.advance(timedelta(hours=2))
        await approvals.deadlines_tick(bot.services)
        async with bot.services.sessions() as s:
            assert len((await s.execute(select(PendingSubmission))).all()) == 0
            assert (await s.execute(select(OutboxMessage).where(OutboxMessage.sent_at.is_(None)))).first() is None
