"""`/checkpost <draft>` and the "Check this post" message shortcut: check, answer privately."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from bot.services import Services
from handlers import approvals
from handlers.views.check_result import check_result_blocks, fallback_text
from handlers.views.help import CHECKPOST_USAGE, too_long
from policy_core.checker import MAX_DRAFT_CHARS, CheckResult
from policy_store import audit

CHECK_SHORTCUT = "check_post"


async def run_check(services: Services, text: str, user_id: str, via: str) -> CheckResult:
    """Check a draft and record that it was checked (verdict and rules only, never the text)."""
    result = services.checker.check(text)
    async with services.sessions.begin() as session:
        audit.record(
            session, "checked", user_id, via=via, verdict=result.verdict,
            rules=sorted({f.rule for f in result.findings}), draft_hash=result.draft_hash,
            at=services.clock.now(),
        )
    return result


def register(app: AsyncApp, services: Services) -> None:
    @app.command("/checkpost")
    async def checkpost(ack: AsyncAck, respond: AsyncRespond, command: dict[str, Any]) -> None:
        text = (command.get("text") or "").strip()
        if not text or text.lower() in {"help", "--help", "-h"}:
            await ack(text=CHECKPOST_USAGE)
            return
        if text.lower() == "queue":  # approvals: what waits for me
            await ack()
            blocks = await approvals.queue_blocks(services, command["user_id"])
            await respond(text="Your approval queue", blocks=[b.to_dict() for b in blocks],
                          response_type="ephemeral", replace_original=False)
            return
        submitting = text.lower().startswith("--submit")
        if submitting:
            text = text[len("--submit"):].strip()
            if not text:
                await ack(text=CHECKPOST_USAGE)
                return
        if len(text) > MAX_DRAFT_CHARS:
            await ack(text=too_long(len(text)))
            return
        await ack()
        if submitting:  # approvals: send the draft to its reviewers
            answer = await approvals.submit(services, text, command["user_id"], via="command")
            await respond(text=answer, response_type="ephemeral", replace_original=False)
            return
        result = await run_check(services, text, command["user_id"], via="command")
        extra = await approvals.check_extras(services, result, text, command["user_id"])
        await respond(
            text=fallback_text(result), blocks=check_result_blocks(result, extra), response_type="ephemeral",
            replace_original=False,
        )

    @app.shortcut(CHECK_SHORTCUT)
    async def check_shortcut(ack: AsyncAck, respond: AsyncRespond, shortcut: dict[str, Any]) -> None:
        await ack()
        text = ((shortcut.get("message") or {}).get("text") or "").strip()
        if not text:
            await respond(text="That message has no text for me to check.", response_type="ephemeral",
                          replace_original=False)
            return
        if len(text) > MAX_DRAFT_CHARS:
            await respond(text=too_long(len(text)), response_type="ephemeral", replace_original=False)
            return
        result = await run_check(services, text, shortcut["user"]["id"], via="shortcut")
        extra = await approvals.check_extras(services, result, text, shortcut["user"]["id"])
        await respond(
            text=fallback_text(result), blocks=check_result_blocks(result, extra), response_type="ephemeral",
            replace_original=False,
        )
