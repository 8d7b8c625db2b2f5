"""The approval workflow over real HTTP with signed requests and the fake Slack."""

from __future__ import annotations

import asyncio
import json

from bot.workspace.seed import (
    ADMIN,
    APPEALS,
    EMPLOYEE,
    EMPLOYEE_2,
    GENERAL,
    LEAD,
    MARKETING_REVIEW,
    REVIEWER,
    REVIEWER_2,
)
from handlers.views import approvals as views
from policy_store.models.approvals import ApprovalRequest
from tests.approvals.helpers import (
    PROMO,
    all_text,
    audit_actions,
    buttons,
    dm_texts,
    press,
    quiet,
    reason_submit,
    request,
    review_message,
    submit,
)
from tests.harness import Bot


async def test_promotion_reaches_marketing_reviewer_approves_author_is_told(abot: Bot) -> None:
    bot = abot
    # The check offers "Request approval"; pressing it sends the draft to marketing.
    await bot.sender.command(EMPLOYEE, "/checkpost", PROMO)
    await bot.until(lambda: bot.ws.ephemerals_for(EMPLOYEE), what="the check reply")
    sid = buttons(bot.ws.ephemerals_for(EMPLOYEE)[0].blocks)[views.SUBMIT]
    assert PROMO not in sid and len(sid) < 64  # the button carries an id, never the draft
    await bot.sender.block_action(EMPLOYEE, views.SUBMIT, sid, channel=GENERAL)
    await bot.until(lambda: bot.ws.messages_in(MARKETING_REVIEW), what="the review message")
    await quiet(bot)
    async with bot.services.sessions() as s:
        from sqlalchemy import select

        req = (await s.execute(select(ApprovalRequest))).scalar_one()
    assert req.review_channel == MARKETING_REVIEW and req.category == "promotion"
    msg = review_message(bot, req)
    shown = json.dumps(msg.blocks)
    assert json.dumps(PROMO)[1:-1] in shown  # exactly as submitted, markup and all
    assert f"<@{EMPLOYEE}>" in shown and "test.promo_code" in shown
    assert set(buttons(msg.blocks)) == {views.APPROVE, views.REJECT, views.CHANGES}
    # Pressing it twice does not submit twice.
    await bot.sender.block_action(EMPLOYEE, views.SUBMIT, sid, channel=GENERAL)
    await quiet(bot)
    assert len(bot.ws.messages_in(MARKETING_REVIEW)) == 1
    assert "already submitted" in all_text(bot, EMPLOYEE)

    await press(bot, REVIEWER, views.APPROVE, req)
    await bot.until(lambda: any("approved" in t for t in dm_texts(bot, EMPLOYEE)), what="the author's DM")
    await quiet(bot)
    req = await request(bot, req.id)
    assert req.state == "approved" and req.decided_by == REVIEWER
    msg = review_message(bot, req)
    assert msg.edited and "Approved" in json.dumps(msg.blocks) and f"<@{REVIEWER}>" in json.dumps(msg.blocks)
    assert not buttons(msg.blocks)
    assert await audit_actions(bot, req.id) == ["submitted", "decided"]
    assert "checked" in await audit_actions(bot)

    # Checking the approved text again says so; an edited text needs a new approval.
    await bot.sender.command(EMPLOYEE, "/checkpost", PROMO)
    await bot.until(lambda: f"approved by <@{REVIEWER}>" in all_text(bot, EMPLOYEE), what="approved note")
    assert req.id in all_text(bot, EMPLOYEE)
    n = len(bot.ws.ephemerals_for(EMPLOYEE))
    await bot.sender.command(EMPLOYEE, "/checkpost", PROMO + " Today only!")
    await bot.until(lambda: len(bot.ws.ephemerals_for(EMPLOYEE)) > n, what="the edited check")
    assert views.SUBMIT in buttons(bot.ws.ephemerals_for(EMPLOYEE)[-1].blocks)


async def test_routing_sends_financial_promises_to_compliance(abot: Bot) -> None:
    req = await submit(abot, EMPLOYEE, "Guaranteed returns of 12% a year with our new fund", "C0COMPLIAN")
    assert req.review_channel == "C0COMPLIAN" and req.category == "financial_promise"
    # Both promotion and confidential: the more sensitive one (legal) decides the route.
    req = await submit(abot, EMPLOYEE, "Internal only: use code STAFF50 for 50% off", "C0LEGALREV")
    assert req.review_channel == "C0LEGALREV" and req.category == "confidential"


async def test_author_and_non_member_change_nothing(abot: Bot) -> None:
    bot = abot
    req = await submit(bot, REVIEWER)  # a reviewer submits their own draft
    await press(bot, REVIEWER, views.APPROVE, req)  # cannot approve their own
    await press(bot, EMPLOYEE_2, views.APPROVE, req)  # not a marketing reviewer
    await press(bot, EMPLOYEE_2, views.REJECT, req)
    await quiet(bot)
    assert (await request(bot, req.id)).state == "pending"
    assert "someone else has to review" in all_text(bot, REVIEWER)
    assert "Only the reviewers" in all_text(bot, EMPLOYEE_2)
    assert not bot.ws.calls_to("views.open")
    assert not review_message(bot, req).edited
    assert await audit_actions(bot, req.id) == ["submitted"]
    assert not [t for t in dm_texts(bot, REVIEWER) if "approved" in t or "rejected" in t]


async def test_twenty_concurrent_clicks_make_one_decision(abot: Bot) -> None:
    bot = abot
    req = await submit(bot, EMPLOYEE)
    dms_before = len(bot.ws.dms_to(EMPLOYEE))
    clicks = []
    for i in range(20):
        who = (REVIEWER, REVIEWER_2)[i % 2]
        if i % 4 < 2:
            clicks.append(press(bot, who, views.APPROVE, req))
        elif i % 4 == 2:
            clicks.append(press(bot, who, views.REJECT, req))  # opens the reason form
        else:
            clicks.append(reason_submit(bot, who, req, "reject", f"Not this week ({i})"))
    await asyncio.gather(*clicks)
    await quiet(bot)
    await bot.until(lambda: len(bot.ws.dms_to(EMPLOYEE)) > dms_before, what="the decision DM")
    await quiet(bot)
    final = await request(bot, req.id)
    assert final.state in ("approved", "rejected")
    assert (await audit_actions(bot, req.id)).count("decided") == 1
    assert len(bot.ws.dms_to(EMPLOYEE)) == dms_before + 1  # one message to the author
    # Losers were told who decided first (ephemerals for clicks that lost).
    told = all_text(bot, REVIEWER) + all_text(bot, REVIEWER_2)
    assert f"by <@{final.decided_by}>" in told


async def test_reject_needs_a_reason_and_the_author_sees_it_then_appeals(abot: Bot) -> None:
    bot = abot
    req = await submit(bot, EMPLOYEE)
    await press(bot, LEAD, views.REJECT, req)  # the lead reviews marketing and sits on appeals
    await quiet(bot)
    opened = bot.ws.calls_to("views.open")
    assert opened and opened[-1].args["view"]["callback_id"] == views.REASON_MODAL
    empty = await reason_submit(bot, LEAD, req, "reject", "   ")
    assert empty["response_action"] == "errors" and views.REASON_BLOCK in empty["errors"]
    assert (await request(bot, req.id)).state == "pending"
    ok = await reason_submit(bot, LEAD, req, "reject", "Promo codes need the Q4 campaign sign-off first.")
    assert ok is None or ok.get("response_action") != "errors"
    await bot.until(lambda: any("rejected" in t for t in dm_texts(bot, EMPLOYEE)), what="rejection DM")
    await quiet(bot)
    dm = bot.ws.dms_to(EMPLOYEE)[-1]
    assert "Q4 campaign sign-off" in json.dumps(dm.blocks)
    assert buttons(dm.blocks)[views.APPEAL_OPEN] == f"request:{req.id}"

    # Appeal: button on the DM opens the form; the appeal lands in the appeals channel.
    await bot.sender.block_action(EMPLOYEE, views.APPEAL_OPEN, f"request:{req.id}", channel=dm.channel,
                                  message_ts=dm.ts)
    await quiet(bot)
    assert bot.ws.calls_to("views.open")[-1].args["view"]["callback_id"] == views.APPEAL_MODAL
    appeal_view = {**views.appeal_modal("request", req.id), "id": "V0APPEAL"}
    reply = await bot.sender.view_submission(EMPLOYEE, appeal_view, {views.REASON_BLOCK: {views.REASON_INPUT: {
        "type": "plain_text_input", "value": "Marketing signed off on this code last week."}}})
    assert reply.status == 200 and not reply.text
    await bot.until(lambda: bot.ws.messages_in(APPEALS), what="the appeal message")
    await quiet(bot)
    appeal_msg = bot.ws.messages_in(APPEALS)[0]
    aid = buttons(appeal_msg.blocks)[views.OVERTURN]
    assert "signed off on this code" in json.dumps(appeal_msg.blocks)

    # The first decider cannot decide the appeal, even as an appeals member.
    await bot.sender.block_action(LEAD, views.OVERTURN, aid, channel=APPEALS, message_ts=appeal_msg.ts)
    await quiet(bot)
    assert "You took the decision" in all_text(bot, LEAD)
    assert (await request(bot, req.id)).state == "rejected"
    # Someone else in the appeals channel can; overturning approves the text.
    await bot.sender.block_action(ADMIN, views.OVERTURN, aid, channel=APPEALS, message_ts=appeal_msg.ts)
    await bot.until(lambda: any("overturned" in t for t in dm_texts(bot, EMPLOYEE)), what="appeal outcome")
    await quiet(bot)
    final = await request(bot, req.id)
    assert final.state == "approved" and final.decided_by == ADMIN
    assert "Overturned" in json.dumps(bot.ws.find_message(APPEALS, appeal_msg.ts).blocks)  # type: ignore[union-attr]
    actions = await audit_actions(bot, req.id)
    assert actions == ["submitted", "decided", "appealed", "appeal_decided"]


async def test_request_changes_and_stale_buttons(abot: Bot) -> None:
    bot = abot
    req = await submit(bot, EMPLOYEE)
    await press(bot, REVIEWER, views.CHANGES, req)
    await reason_submit(bot, REVIEWER, req, "request_changes", "Add the terms and conditions link.")
    await bot.until(lambda: any("asked for changes" in t for t in dm_texts(bot, EMPLOYEE)))
    # A late click on the old buttons says so and changes nothing.
    await press(bot, REVIEWER_2, views.APPROVE, req)
    await quiet(bot)
    assert "already changes requested" in all_text(bot, REVIEWER_2)
    assert (await request(bot, req.id)).state == "changes_requested"

    # Withdraw: the author's button on the confirmation DM; later decisions are stale.
    req2 = await submit(bot, EMPLOYEE, PROMO + " Ends Sunday.")
    confirm = next(m for m in bot.ws.dms_to(EMPLOYEE) if req2.id in m.text)
    assert buttons(confirm.blocks)[views.WITHDRAW] == req2.id
    await bot.sender.block_action(EMPLOYEE_2, views.WITHDRAW, req2.id, channel=confirm.channel,
                                  message_ts=confirm.ts)  # not theirs
    await bot.sender.block_action(EMPLOYEE, views.WITHDRAW, req2.id, channel=confirm.channel,
                                  message_ts=confirm.ts)
    await quiet(bot)
    assert (await request(bot, req2.id)).state == "withdrawn"
    await press(bot, REVIEWER, views.APPROVE, req2)
    await quiet(bot)
    assert "already withdrawn" in all_text(bot, REVIEWER)
    assert (await request(bot, req2.id)).state == "withdrawn"


async def test_queue_lists_what_waits_for_a_reviewer(abot: Bot) -> None:
    bot = abot
    req = await submit(bot, EMPLOYEE)
    await bot.sender.command(REVIEWER, "/checkpost", "queue")
    await bot.until(lambda: req.id in all_text(bot, REVIEWER), what="the reviewer's queue")
    await bot.sender.command(EMPLOYEE_2, "/checkpost", "queue")
    await bot.until(lambda: bot.ws.ephemerals_for(EMPLOYEE_2), what="a non-reviewer's queue")
    assert req.id not in all_text(bot, EMPLOYEE_2)
    await bot.sender.event({"type": "app_home_opened", "user": REVIEWER_2, "tab": "home"})
    await bot.until(lambda: any(v.kind == "home" and v.user == REVIEWER_2 for v in bot.ws.views.values()))
    home = next(v for v in bot.ws.views.values() if v.kind == "home" and v.user == REVIEWER_2)
    assert req.id in json.dumps(home.view)
