"""Ask policy: `/askpolicy`, a mention (answered in a thread), a DM, and the "Ask policy about this" shortcut.

Every path runs the same `ask()` and replies with the same blocks; the question is stored only after
the checker's pii/phi/secret findings are masked, so policy owners can see what people are unsure
about without the store keeping anyone's personal data.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.services import Services
from handlers.views.ask import (
    ASK_USAGE,
    FORWARD,
    HELPFUL,
    NOT_HELPFUL,
    READ_SECTION,
    answer_blocks,
    fallback_text,
    forwarded_blocks,
    section_modal,
)
from policy_core.ask import Answer, answer_question
from policy_core.ask.answer import MAX_QUESTION_CHARS
from policy_store import policy_docs

log = logging.getLogger("policybot.ask")

ASK_SHORTCUT = "ask_policy"
MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
HELP_WORDS = {"help", "--help", "-h", "?"}


class Reply:
    """An answer ready to send: text, blocks, and the stored question's id (for the buttons)."""

    def __init__(self, answer: Answer, question_id: int, blocks: list[dict[str, Any]]) -> None:
        self.answer = answer
        self.question_id = question_id
        self.blocks = blocks
        self.text = fallback_text(answer)


async def ask(services: Services, question: str, user_id: str, via: str) -> Reply:
    """Answer from the current policy, record the (redacted) question, build the reply."""
    library = services.policy_library
    index = await library.index(services.sessions, services.checker.sections)
    answer = answer_question(index, question)
    top = answer.citations[0] if answer.citations else None
    async with services.sessions.begin() as session:
        q = await policy_docs.record_question(
            session, asker=user_id, via=via, redacted=policy_docs.redact(services.checker, answer.question),
            confident=answer.confident, top_section=top.id if top else None,
            top_score=round(top.score, 3) if top else 0.0, version=top.version if top else "",
            at=services.clock.now(),
        )
        qid = q.id
    can_forward = not answer.confident and bool(services.settings.policy_owners_channel)
    blocks = answer_blocks(answer, qid, can_forward=can_forward, from_default=library.from_default)
    return Reply(answer, qid, blocks)


def clean_question(text: str) -> str:
    return MENTION.sub(" ", text or "").strip()[:MAX_QUESTION_CHARS]


def register(app: AsyncApp, services: Services) -> None:
    @app.command("/askpolicy")
    async def askpolicy(ack: AsyncAck, respond: AsyncRespond, command: dict[str, Any]) -> None:
        question = clean_question(command.get("text") or "")
        if not question or question.lower() in HELP_WORDS:
            await ack(text=ASK_USAGE)
            return
        await ack()
        reply = await ask(services, question, command["user_id"], via="command")
        await respond(text=reply.text, blocks=reply.blocks, response_type="ephemeral", replace_original=False)

    @app.event("app_mention")
    async def mentioned(event: dict[str, Any], client: AsyncWebClient) -> None:
        thread = event.get("thread_ts") or event["ts"]
        question = clean_question(event.get("text") or "")
        if not question or question.lower() in HELP_WORDS:
            await client.chat_postMessage(channel=event["channel"], thread_ts=thread, text=ASK_USAGE)
            return
        reply = await ask(services, question, event.get("user", ""), via="mention")
        await client.chat_postMessage(channel=event["channel"], thread_ts=thread, text=reply.text,
                                      blocks=reply.blocks)

    @app.event("message")
    async def direct_message(event: dict[str, Any], client: AsyncWebClient) -> None:
        # Only people's own new DMs: not channel messages, edits, joins, or bots (ourselves included).
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        question = clean_question(event.get("text") or "")
        if not question or question.lower() in HELP_WORDS:
            await client.chat_postMessage(channel=event["channel"], text=ASK_USAGE)
            return
        reply = await ask(services, question, event.get("user", ""), via="dm")
        await client.chat_postMessage(channel=event["channel"], text=reply.text, blocks=reply.blocks)

    @app.shortcut(ASK_SHORTCUT)
    async def ask_shortcut(ack: AsyncAck, respond: AsyncRespond, shortcut: dict[str, Any]) -> None:
        await ack()
        question = clean_question((shortcut.get("message") or {}).get("text") or "")
        if not question:
            await respond(text="That message has no text for me to ask about.", response_type="ephemeral",
                          replace_original=False)
            return
        reply = await ask(services, question, shortcut["user"]["id"], via="shortcut")
        await respond(text=reply.text, blocks=reply.blocks, response_type="ephemeral", replace_original=False)

    async def feedback(ack: AsyncAck, respond: AsyncRespond, body: dict[str, Any], helpful: bool) -> None:
        await ack()
        user = body["user"]["id"]
        qid = _question_id(body)
        if qid is None:
            return
        async with services.sessions.begin() as session:
            q = await policy_docs.set_feedback(session, qid, user, helpful, services.clock.now())
        text = ("Thanks, that helps the policy owners." if q is not None
                else "Only the person who asked can rate this answer.")
        await respond(text=text, response_type="ephemeral", replace_original=False)

    @app.action(HELPFUL)
    async def helpful(ack: AsyncAck, respond: AsyncRespond, body: dict[str, Any]) -> None:
        await feedback(ack, respond, body, True)

    @app.action(NOT_HELPFUL)
    async def not_helpful(ack: AsyncAck, respond: AsyncRespond, body: dict[str, Any]) -> None:
        await feedback(ack, respond, body, False)

    @app.action(FORWARD)
    async def forward(ack: AsyncAck, respond: AsyncRespond, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        user = body["user"]["id"]
        qid = _question_id(body)
        channel = services.settings.policy_owners_channel
        if qid is None or not channel:
            return
        async with services.sessions.begin() as session:
            q = await policy_docs.mark_forwarded(session, qid, user, services.clock.now())
            question = q.question if q is not None else ""
        if q is None:
            await respond(text="This question was already forwarded, or was asked by someone else.",
                          response_type="ephemeral", replace_original=False)
            return
        index = await services.policy_library.index(services.sessions, services.checker.sections)
        answer = answer_question(index, question)
        await client.chat_postMessage(channel=channel, text="A policy question the policy may not answer",
                                      blocks=forwarded_blocks(question, user, answer))
        await respond(text="Forwarded to the policy owners. They will answer you directly.",
                      response_type="ephemeral", replace_original=False)

    @app.action(READ_SECTION)
    async def read_section(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        sid = (body.get("actions") or [{}])[0].get("value", "")
        index = await services.policy_library.index(services.sessions, services.checker.sections)
        section = next((s for s in index.sections if s.id == sid), None)
        if section is not None:
            await client.views_open(trigger_id=body["trigger_id"], view=section_modal(section))


def _question_id(body: dict[str, Any]) -> int | None:
    try:
        return int((body.get("actions") or [{}])[0].get("value", ""))
    except (TypeError, ValueError):
        return None
