"""Small steps the approval tests share: submit a draft, find the review message, press buttons."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from bot.workspace.state import Message
from handlers.views import approvals as views
from policy_store.models import AuditEvent
from policy_store.models.approvals import ApprovalRequest
from tests.harness import Bot

PROMO = "Use code SAVE20 for 20% off everything this weekend! *Limited* <stock> & more."


async def quiet(bot: Bot, timeout: float = 5.0) -> None:
    """Wait for listeners that acked to finish their follow-up calls."""
    await bot.settle(timeout)


def buttons(blocks: list[dict[str, Any]]) -> dict[str, str]:
    """action_id -> value of every button in `blocks`."""
    out = {}
    for b in blocks:
        for el in b.get("elements", []) if b.get("type") == "actions" else []:
            out[el["action_id"]] = el.get("value", "")
    return out


async def submit(bot: Bot, user: str, text: str = PROMO, channel: str = "C0MARKETING") -> ApprovalRequest:
    """Submit with /checkpost --submit and wait for the review message."""
    before = len(bot.ws.messages_in(channel))
    reply = await bot.sender.command(user, "/checkpost", f"--submit {text}")
    assert reply.status == 200
    await bot.until(lambda: len(bot.ws.messages_in(channel)) > before, what="the review message")
    await quiet(bot)
    ts = bot.ws.messages_in(channel)[-1].ts
    async with bot.services.sessions() as s:
        req = (await s.execute(select(ApprovalRequest).where(ApprovalRequest.review_ts == ts))).scalar_one()
    return req


async def request(bot: Bot, rid: str) -> ApprovalRequest:
    async with bot.services.sessions() as s:
        req = await s.get(ApprovalRequest, rid)
    assert req is not None
    return req


def review_message(bot: Bot, req: ApprovalRequest) -> Message:
    assert req.review_ts is not None
    msg = bot.ws.find_message(req.review_channel, req.review_ts)
    assert msg is not None
    return msg


async def press(bot: Bot, user: str, action_id: str, req: ApprovalRequest) -> None:
    reply = await bot.sender.block_action(user, action_id, req.id, channel=req.review_channel,
                                          message_ts=req.review_ts)
    assert reply.status == 200


async def reason_submit(bot: Bot, user: str, req: ApprovalRequest, decision: str, reason: str) -> Any:
    """Submit the reason modal (as Slack would after views.open)."""
    view = {**views.reason_modal(req.id, decision), "id": "V0REASON"}
    value = {views.REASON_BLOCK: {views.REASON_INPUT: {"type": "plain_text_input", "value": reason}}}
    reply = await bot.sender.view_submission(user, view, value)
    assert reply.status == 200
    return reply.json()


async def audit_actions(bot: Bot, request_id: str | None = None) -> list[str]:
    async with bot.services.sessions() as s:
        stmt = select(AuditEvent).order_by(AuditEvent.id)
        if request_id is not None:
            stmt = stmt.where(AuditEvent.request_id == request_id)
        return [e.action for e in (await s.execute(stmt)).scalars()]


def dm_texts(bot: Bot, user: str) -> list[str]:
    return [m.text + json.dumps(m.blocks) for m in bot.ws.dms_to(user)]


def all_text(bot: Bot, user: str) -> str:
    """Everything shown privately to `user` (ephemerals), as one string."""
    return "\n".join(e.text + json.dumps(e.blocks) for e in bot.ws.ephemerals_for(user))
