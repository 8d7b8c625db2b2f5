"""The approval workflow in Slack: submit, decide (reviewers only, once), withdraw, appeal.

Listeners are thin: policy_core.approvals says who may decide, policy_store.approvals_repo makes
the single conditional state change (with its audit step and outgoing messages) and commits;
only then do we talk to Slack, by delivering the outbox. A message Slack refuses stays in the
outbox and the scheduler (`deadlines_tick`, `outbox_tick`) sends it later.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import Block

from bot.reviewers import ReviewerDirectory
from bot.services import Services
from handlers.views import approvals as views
from policy_core.approvals.authority import Refusal, may_decide, may_decide_appeal
from policy_core.approvals.routing import Route, pick_category
from policy_core.approvals.sla import schedule_for
from policy_core.approvals.states import (
    APPEAL_OUTCOMES,
    NEEDS_REASON,
    AppealState,
    RequestState,
    StaleRequest,
    decision_state,
    describe,
)
from policy_core.checker import CheckResult, Finding
from policy_store import approvals_repo as repo
from policy_store.models.approvals import ApprovalRequest, OutboxMessage

log = logging.getLogger("policybot.approvals")

SUBMISSION_TTL = timedelta(hours=1)  # how long the "Request approval" button keeps the draft
DECISION_ACTIONS = {views.APPROVE: "approve", views.REJECT: "reject", views.CHANGES: "request_changes"}


class Retry(Exception):
    """The message cannot be sent yet (e.g. its review message is not posted); try again later."""


# --- helpers ------------------------------------------------------------------------------------

def directory(services: Services) -> ReviewerDirectory:
    if services.reviewers is None:
        services.reviewers = ReviewerDirectory(services.client)
    return services.reviewers


def retention(services: Services) -> timedelta:
    return timedelta(days=services.settings.retention_days)


def route_for(services: Services, findings: Iterable[Finding]) -> Route:
    """Reviewers for the most sensitive category that needs approval, by sector when configured."""
    found = list(findings)
    needing = [f for f in found if f.action == "needs_approval"] or found
    category = pick_category(f.category for f in needing)
    sections = {s.id: s for s in services.checker.sections}
    sectors: list[str] = []
    for f in needing:
        sec = sections.get(f.section_id)
        if f.category == category and sec is not None:
            sectors += [str(s) for s in sec.sectors]
    sectors += services.settings.sectors or []
    return services.routing.route(category, dict.fromkeys(sectors))


def finding_record(f: Finding) -> dict[str, Any]:
    """What a request keeps of a finding: everything but the excerpt (the draft holds that)."""
    return {"category": f.category, "rule": f.rule, "action": f.action, "start": f.start, "end": f.end,
            "message": f.message, "section_id": f.section_id, "section_title": f.section_title}


async def tell(services: Services, body: dict[str, Any], respond: AsyncRespond | None, user: str,
               text: str) -> None:
    """A private note to whoever pressed a button: ephemeral where they pressed it, else a DM."""
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    if channel:
        try:
            await services.client.chat_postEphemeral(channel=channel, user=user, text=text)
            return
        except SlackApiError as exc:
            log.info("ephemeral failed, using response_url", extra={"error": exc.response.get("error")})
            if respond is not None and body.get("response_url"):
                await respond(text=text, response_type="ephemeral", replace_original=False)
                return
    await services.client.chat_postMessage(channel=user, text=text)


def stale_text(request_id: str, stale: StaleRequest) -> str:
    who = f" by <@{stale.decided_by}>" if stale.decided_by and stale.state not in ("expired",) else ""
    return f"Request {request_id} is already {describe(stale.state)}{who}, so nothing changed."


async def refusal_for(services: Services, req: ApprovalRequest, actor: str) -> Refusal | None:
    route = Route(req.category, req.review_channel, req.reviewer_group)
    try:
        reviewers = await directory(services).reviewers(route)
    except SlackApiError as exc:
        log.warning("reviewer lookup failed", extra={"error": exc.response.get("error")})
        return Refusal("lookup_failed", "I couldn't check the reviewers list just now; please try again.")
    return may_decide(actor, req.author, reviewers)


# --- entry points used by /checkpost and the App Home ---------------------------------------------

async def check_extras(services: Services, result: CheckResult, text: str, user: str) -> list[Block]:
    """What the /checkpost reply adds: the approval that covers this exact text, or the button."""
    approval = await repo.approval_for(services.sessions, result.draft_hash)
    if approval is not None:
        return views.approved_note(approval)
    if result.verdict != "needs_approval":
        return []
    mine = await repo.open_request_for(services.sessions, user, result.draft_hash)
    if mine is not None:
        return views.pending_note(mine)
    sid = await repo.save_submission(services.sessions, user, text, services.clock.now(), SUBMISSION_TTL)
    return views.request_button(sid)


async def submit(services: Services, text: str, user: str, via: str,
                 submission_id: str | None = None) -> str:
    """Check and submit a draft; returns what to tell the author."""
    result = services.checker.check(text)
    approval = await repo.approval_for(services.sessions, result.draft_hash)
    if approval is not None:
        return (f"This exact text is already approved (request {approval.id}, by <@{approval.decided_by}>). "
                "You can post it as it is.")
    if result.verdict == "block":
        return "This draft breaks the policy, so it can't be approved as it is. Check it with `/checkpost` and fix it."
    if result.verdict != "needs_approval":
        return "This draft doesn't need approval: you can post it. (`/checkpost` shows anything worth a look.)"
    existing = await repo.open_request_for(services.sessions, user, result.draft_hash)
    if existing is not None:
        return (f"You already submitted this text (request {existing.id}); it is waiting in "
                f"<#{existing.review_channel}>.")
    try:
        route = route_for(services, result.findings)
    except LookupError:
        return "No reviewers channel is configured yet, so I can't route this. Please tell your admin (REVIEW_CHANNEL)."
    now = services.clock.now()
    s = services.settings
    sched = schedule_for(now, s.review_sla_days, s.review_expire_days, ZoneInfo(s.review_timezone))
    new = repo.NewRequest(
        author=user, draft_text=text, draft_hash=result.draft_hash,
        findings=[finding_record(f) for f in result.findings], category=route.category,
        review_channel=route.channel, reviewer_group=route.usergroup, remind_at=sched.remind_at,
        escalate_at=sched.escalate_at, expire_at=sched.expire_at, via=via,
    )
    try:
        req = await repo.create_request(services.sessions, new, now, submission_id=submission_id)
    except repo.AlreadySubmitted as exc:
        return f"You already submitted this draft (request {exc.request_id})."
    await deliver(services, refs=[req.id])
    return (f"Submitted for approval as request {req.id}: it went to <#{req.review_channel}>. "
            "I'll message you when a reviewer decides.")


async def queue_blocks(services: Services, user: str) -> list[Block]:
    """The person's queue: requests in channels they review (not their own), appeals, their requests."""
    d = directory(services)
    channels = services.routing.channels() | await repo.pending_channels(services.sessions)
    to_review: list[ApprovalRequest] = []
    for req in await repo.pending_in(services.sessions, channels):
        if await refusal_for(services, req, user) is None:
            to_review.append(req)
    appeals = []
    if services.settings.appeals_channel:
        try:
            members = await d.channel_members(services.settings.appeals_channel)
        except SlackApiError:
            members = frozenset()
        appeals = [a for a in await repo.pending_appeals(services.sessions)
                   if may_decide_appeal(user, a.appellant, a.first_decider, members) is None]
    mine = await repo.pending_by(services.sessions, user)
    return views.queue_blocks(to_review, appeals, mine)


# --- the outbox: every message of the workflow goes through here -------------------------------------

async def deliver(services: Services, refs: Iterable[str] | None = None) -> int:
    """Send due messages (all, or those about `refs`), each claimed so only one worker sends it."""
    sent = 0
    now = services.clock.now()
    for msg in await repo.due_outbox(services.sessions, now, refs=list(refs) if refs is not None else None):
        if not await repo.claim_outbox(services.sessions, msg.id, now):
            continue
        try:
            await send(services, msg)
        except (SlackApiError, Retry, OSError, TimeoutError) as exc:
            error = (exc.response.get("error", "error") if isinstance(exc, SlackApiError)
                     else str(exc) or type(exc).__name__)
            log.warning("outbox message not sent; will retry", extra={"kind": msg.kind, "ref": msg.ref,
                                                                      "error": str(error)})
            await repo.mark_failed(services.sessions, msg.id, services.clock.now(), str(error))
            continue
        await repo.mark_sent(services.sessions, msg.id, services.clock.now())
        sent += 1
    return sent


async def send(services: Services, msg: OutboxMessage) -> None:
    """Render from the current state and send one message (at least once)."""
    client = services.client
    s = services.settings
    appeals_open = bool(s.appeals_channel)
    if msg.kind.startswith("appeal_"):
        appeal = await repo.get_appeal(services.sessions, msg.ref)
        if appeal is None:
            return
        if msg.kind == "appeal_dm":
            await client.chat_postMessage(channel=appeal.appellant, text=views.appeal_outcome_dm(appeal))
            return
        text, blocks = views.appeal_message(appeal, await subject_line(services, appeal.subject_kind,
                                                                       appeal.subject_id))
        if appeal.message_ts:
            await client.chat_update(channel=appeal.channel, ts=appeal.message_ts, text=text, blocks=blocks)
        elif msg.kind == "appeal_post":
            resp = await client.chat_postMessage(channel=appeal.channel, text=text, blocks=blocks)
            await repo.set_appeal_ts(services.sessions, appeal.id, str(resp["ts"]))
        else:
            raise Retry("appeal message not posted yet")
        return
    if msg.kind == "breach_dm":
        breach = await repo.get_breach(services.sessions, msg.ref)
        if breach is not None:
            text, blocks = views.breach_dm(breach, appeals_open)
            await client.chat_postMessage(channel=breach.user_id, text=text, blocks=blocks)
        return
    req = await repo.get_request(services.sessions, msg.ref)
    if req is None:
        return
    if msg.kind in ("post_review", "update_review"):
        text, blocks = views.review_message(req)
        if req.review_ts:
            await client.chat_update(channel=req.review_channel, ts=req.review_ts, text=text, blocks=blocks)
        elif msg.kind == "post_review":
            resp = await client.chat_postMessage(channel=req.review_channel, text=text, blocks=blocks)
            await repo.set_review_ts(services.sessions, req.id, str(resp["ts"]))
        else:
            raise Retry("review message not posted yet")
    elif msg.kind == "submitted_dm":
        text, blocks = views.submitted_dm(req)
        await client.chat_postMessage(channel=req.author, text=text, blocks=blocks)
    elif msg.kind == "decision_dm":
        text, blocks = views.decision_dm(req, appeals_open)
        await client.chat_postMessage(channel=req.author, text=text, blocks=blocks)
    elif msg.kind == "reminder":
        if not req.review_ts:
            raise Retry("review message not posted yet")
        await client.chat_postMessage(channel=req.review_channel, thread_ts=req.review_ts,
                                      text=views.reminder_text(req))
    elif msg.kind == "escalation":
        if s.review_lead:
            await client.chat_postMessage(channel=s.review_lead, text=views.escalation_text(req))
        elif req.review_ts:
            await client.chat_postMessage(channel=req.review_channel, thread_ts=req.review_ts,
                                          text=views.escalation_text(req) + " (No REVIEW_LEAD is set.)")
        else:
            raise Retry("review message not posted yet")
    elif msg.kind == "expired_dm":
        await client.chat_postMessage(channel=req.author, text=views.expired_dm(req))
    else:
        log.warning("unknown outbox kind dropped", extra={"kind": msg.kind})


async def subject_line(services: Services, kind: str, subject_id: str) -> str:
    if kind == "request":
        req = await repo.get_request(services.sessions, subject_id)
        return f"the rejection of request {subject_id}" + (f" ({req.summary})" if req and req.summary else "")
    breach = await repo.get_breach(services.sessions, subject_id)
    return f"breach {subject_id}" + (f" (rule {breach.rule})" if breach else "")


# --- scheduled work -------------------------------------------------------------------------------

async def deadlines_tick(services: Services) -> None:
    """Remind, escalate and expire overdue requests (each step claimed once), purge old drafts, send."""
    now = services.clock.now()
    steps = await repo.run_chases(services.sessions, now)
    expired = await repo.expire_due(services.sessions, now, retention(services))
    purged, dropped = await repo.purge(services.sessions, now)
    if steps or expired or purged or dropped:
        log.info("approval deadlines", extra={"steps": len(steps), "expired": len(expired), "purged": purged,
                                              "submissions_dropped": dropped})
    await deliver(services)


async def outbox_tick(services: Services) -> None:
    await deliver(services)


# --- listeners -------------------------------------------------------------------------------------

def _value(body: dict[str, Any]) -> str:
    return str(((body.get("actions") or [{}])[0]).get("value") or "")


def register(app: AsyncApp, services: Services) -> None:
    @app.action(views.SUBMIT)
    async def on_submit(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        user = body["user"]["id"]
        sid = _value(body)
        try:
            text = await repo.submission_text(services.sessions, sid, user, services.clock.now())
        except repo.AlreadySubmitted as exc:
            await respond(text=f"You already submitted this draft (request {exc.request_id}).",
                          response_type="ephemeral", replace_original=False)
            return
        except LookupError:
            await respond(text="That button has expired. Run `/checkpost --submit <your draft>` to submit it.",
                          response_type="ephemeral", replace_original=False)
            return
        answer = await submit(services, text, user, via="button", submission_id=sid)
        await respond(text=answer, response_type="ephemeral", replace_original=False)

    async def on_decision(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond,
                          decision: str) -> None:
        await ack()
        user = body["user"]["id"]
        rid = _value(body)
        req = await repo.get_request(services.sessions, rid)
        if req is None:
            await tell(services, body, respond, user, "I can't find that request; it may have been removed.")
            return
        if req.state != RequestState.PENDING:
            await tell(services, body, respond, user, stale_text(rid, StaleRequest(req.state, req.decided_by)))
            return
        refusal = await refusal_for(services, req, user)
        if refusal is not None:
            log.info("decision refused", extra={"request_id": rid, "code": refusal.code})
            await tell(services, body, respond, user, refusal.reason + " Nothing changed.")
            return
        if decision in NEEDS_REASON:
            try:
                await services.client.views_open(trigger_id=body["trigger_id"],
                                                 view=views.reason_modal(rid, decision))
            except SlackApiError as exc:
                log.warning("reason modal failed", extra={"error": exc.response.get("error")})
                await tell(services, body, respond, user, "Slack didn't let me open the form in time; please press "
                                                          "the button again.")
            return
        try:
            await repo.decide(services.sessions, rid, user, decision_state(decision), None,
                              services.clock.now(), retention(services))
        except StaleRequest as stale:
            await tell(services, body, respond, user, stale_text(rid, stale))
            return
        await deliver(services, refs=[rid])

    def decision_listener(decision: str) -> Any:
        # Bolt passes arguments by name, so the decision is bound by a closure, not a parameter.
        async def listener(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
            await on_decision(ack, body, respond, decision)

        return listener

    for action_id, decision in DECISION_ACTIONS.items():
        app.action(action_id)(decision_listener(decision))

    @app.view(views.REASON_MODAL)
    async def on_reason(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        user = body["user"]["id"]
        meta = json.loads(view.get("private_metadata") or "{}")
        rid, decision = str(meta.get("request_id", "")), str(meta.get("decision", ""))
        reason = _reason(view)
        if not reason:
            await modal_error(ack, "Please give a reason: the author sees it.")
            return
        req = await repo.get_request(services.sessions, rid)
        if req is None or decision not in NEEDS_REASON:
            await modal_error(ack, "I can't find that request.")
            return
        refusal = await refusal_for(services, req, user)
        if refusal is not None:
            await modal_error(ack, refusal.reason)
            return
        try:
            await repo.decide(services.sessions, rid, user, decision_state(decision), reason,
                              services.clock.now(), retention(services))
        except StaleRequest as stale:
            await modal_error(ack, stale_text(rid, stale))
            return
        await ack()
        await deliver(services, refs=[rid])

    @app.action(views.WITHDRAW)
    async def on_withdraw(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        user = body["user"]["id"]
        rid = _value(body)
        try:
            await repo.withdraw(services.sessions, rid, user, services.clock.now(), retention(services))
        except StaleRequest as stale:
            await tell(services, body, respond, user, stale_text(rid, stale))
            return
        except (repo.NotAllowed, LookupError):
            await tell(services, body, respond, user, "Only the author can withdraw a request.")
            return
        await tell(services, body, respond, user, f"Request {rid} is withdrawn; reviewers can no longer decide it.")
        await deliver(services, refs=[rid])

    @app.action(views.APPEAL_OPEN)
    async def on_appeal_open(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        user = body["user"]["id"]
        kind, _, subject_id = _value(body).partition(":")
        if not services.settings.appeals_channel:
            await tell(services, body, respond, user, "Appeals aren't set up yet (APPEALS_CHANNEL); ask your admin.")
            return
        try:
            await repo.appeal_subject(services.sessions, kind, subject_id, user)
        except (repo.NotAllowed, LookupError, ValueError) as exc:
            await tell(services, body, respond, user, f"You can't appeal this: {exc}.")
            return
        except StaleRequest as stale:
            await tell(services, body, respond, user, f"{subject_id} is {describe(stale.state)}; there is nothing "
                                                      "to appeal.")
            return
        try:
            await services.client.views_open(trigger_id=body["trigger_id"], view=views.appeal_modal(kind, subject_id))
        except SlackApiError as exc:
            log.warning("appeal modal failed", extra={"error": exc.response.get("error")})
            await tell(services, body, respond, user, "Slack didn't let me open the form in time; please try again.")

    @app.view(views.APPEAL_MODAL)
    async def on_appeal(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        user = body["user"]["id"]
        meta = json.loads(view.get("private_metadata") or "{}")
        reason = _reason(view)
        if not reason:
            await modal_error(ack, "Please say why: the appeals team reads it.")
            return
        try:
            appeal = await repo.create_appeal(services.sessions, str(meta.get("kind")), str(meta.get("id")), user,
                                              reason, services.settings.appeals_channel, services.clock.now())
        except repo.AlreadySubmitted as exc:
            await modal_error(ack, f"You already appealed ({exc.request_id}).")
            return
        except (repo.NotAllowed, LookupError, ValueError, StaleRequest) as exc:
            await modal_error(ack, f"This can't be appealed ({exc}).")
            return
        await ack()
        await deliver(services, refs=[appeal.id])

    async def on_appeal_decision(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond, outcome: str) -> None:
        await ack()
        user = body["user"]["id"]
        aid = _value(body)
        appeal = await repo.get_appeal(services.sessions, aid)
        if appeal is None:
            await tell(services, body, respond, user, "I can't find that appeal.")
            return
        if appeal.state != AppealState.PENDING:
            await tell(services, body, respond, user,
                       f"Appeal {aid} is already {describe(appeal.state)} by <@{appeal.decided_by}>, "
                       "so nothing changed.")
            return
        try:
            members = await directory(services).channel_members(appeal.channel)
        except SlackApiError:
            await tell(services, body, respond, user, "I couldn't check the appeals channel just now; try again.")
            return
        refusal = may_decide_appeal(user, appeal.appellant, appeal.first_decider, members)
        if refusal is not None:
            await tell(services, body, respond, user, refusal.reason + " Nothing changed.")
            return
        try:
            await repo.decide_appeal(services.sessions, aid, user, APPEAL_OUTCOMES[outcome], services.clock.now(),
                                     retention(services))
        except StaleRequest as stale:
            await tell(services, body, respond, user, f"Appeal {aid} is already {describe(stale.state)} by "
                                                      f"<@{stale.decided_by}>, so nothing changed.")
            return
        except repo.NotAllowed as exc:
            await tell(services, body, respond, user, f"{exc}. Nothing changed.")
            return
        await deliver(services, refs=[aid, appeal.subject_id])

    def appeal_listener(outcome: str) -> Any:
        async def listener(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
            await on_appeal_decision(ack, body, respond, outcome)

        return listener

    for action_id, outcome in ((views.UPHOLD, "uphold"), (views.OVERTURN, "overturn")):
        app.action(action_id)(appeal_listener(outcome))


async def modal_error(ack: AsyncAck, text: str) -> None:
    """Keep the modal open with `text` under the reason field."""
    await ack(response_action="errors", errors={views.REASON_BLOCK: text})


def _reason(view: dict[str, Any]) -> str:
    values = ((view.get("state") or {}).get("values") or {}).get(views.REASON_BLOCK) or {}
    return str((values.get(views.REASON_INPUT) or {}).get("value") or "").strip()
