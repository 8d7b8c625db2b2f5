"""`/policyquiz` (a question now, by DM), answering by button, and "Next question".

Answering is a conditional update (the first click on a question wins, in any replica); the
message is then edited in place with the verdict, the explanation and the policy section.
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.quiz import get_bank, get_worker, rounds  # rounds as a module: it imports handlers.views
from bot.services import Services
from handlers.views.quiz import (
    ALREADY_ANSWERED,
    ANSWER_ACTION,
    NEXT_ACTION,
    NO_BANK,
    NOTHING_TO_ASK,
    ON_ITS_WAY,
    answered_blocks,
    answered_text,
    retired_blocks,
)
from policy_core.quiz import QuizBankError
from policy_store import audit
from policy_store import quiz_repo as repo

NOT_YOURS = "That question was sent to someone else."


async def _private(respond: AsyncRespond, text: str) -> None:
    await respond(text=text, response_type="ephemeral", replace_original=False)


async def send_question(services: Services, respond: AsyncRespond, user_id: str, *, kind: str, rid: str) -> None:
    """Enqueue a question for one person and deliver it now (the worker's tick would, too)."""
    try:
        get_bank(services)
    except QuizBankError:
        await _private(respond, NO_BANK)
        return
    asked = await rounds.ask(services, user_id, kind=kind, rid=rid)
    if asked.delivery_id is None:
        await _private(respond, NOTHING_TO_ASK)
        return
    await get_worker(services).drain(ids=[asked.delivery_id])


def register(app: AsyncApp, services: Services) -> None:
    @app.command("/policyquiz")
    async def policyquiz(ack: AsyncAck, respond: AsyncRespond, command: dict[str, Any]) -> None:
        await ack(text=ON_ITS_WAY)
        await send_question(services, respond, command["user_id"], kind="asked", rid="ask:" + repo.new_id())

    @app.action(re.compile(rf"^{ANSWER_ACTION}:\d+$"))
    async def answer(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond, client: AsyncWebClient) -> None:
        await ack()
        user = body["user"]["id"]
        delivery_id, _, choice_text = str(body["actions"][0].get("value", "")).rpartition(":")
        container = body.get("container") or {}
        channel, ts = container.get("channel_id"), container.get("message_ts")
        async with services.sessions() as session:
            delivery = await repo.get_delivery(session, delivery_id)
        if delivery is None or delivery.user_id != user or not choice_text.isdigit():
            await _private(respond, NOT_YOURS)
            return
        kind = delivery.kind
        try:
            question = get_bank(services).by_id(delivery.question_id)
        except (KeyError, QuizBankError):
            if channel and ts:
                await client.chat_update(channel=channel, ts=ts, text="This question has been retired.",
                                         blocks=retired_blocks(delivery_id))
            return
        choice = int(choice_text)
        correct = choice == question.answer
        now = services.clock.now()
        async with services.sessions.begin() as session:
            result = await repo.record_answer(session, delivery_id, user, question.id, choice, correct, now)
            if result is not None:
                audit.record(session, "quiz_answered", user, at=now, delivery=delivery_id, question=question.id,
                             section=question.section_id, correct=correct)
        if result is None:
            await _private(respond, ALREADY_ANSWERED)
            return
        if channel and ts:
            await client.chat_update(
                channel=channel, ts=ts, text=answered_text(question, correct),
                blocks=answered_blocks(delivery_id, question, kind, choice, correct, result.card, result.progress, now),
            )

    @app.action(NEXT_ACTION)
    async def next_question(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        user = body["user"]["id"]
        previous = str(body["actions"][0].get("value", ""))
        async with services.sessions() as session:
            delivery = await repo.get_delivery(session, previous)
        if delivery is None or delivery.user_id != user:
            await _private(respond, NOT_YOURS)
            return
        # One next question per answered one, however often the button is pressed.
        await send_question(services, respond, user, kind="next", rid="next:" + previous)
