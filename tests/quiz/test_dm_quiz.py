"""/policyquiz over real HTTP: a DM with buttons, feedback in place, one answer per question, spacing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from bot.quiz import get_bank
from bot.workspace.seed import EMPLOYEE, EMPLOYEE_2
from bot.workspace.state import Message
from handlers.views.quiz import ALREADY_ANSWERED, ON_ITS_WAY, delivery_id_in
from policy_core.clock import ManualClock
from policy_store.models.quiz import QuizDelivery
from tests.harness import Bot


def buttons(msg: Message) -> list[dict[str, Any]]:
    return [e for b in msg.blocks if b["type"] == "actions" for e in b["elements"]]


def text_of(msg: Message) -> str:
    parts = []
    for b in msg.blocks:
        if "text" in b:
            parts.append(b["text"]["text"])
        for e in b.get("elements", []):
            if isinstance(e.get("text"), str):
                parts.append(e["text"])
    return "\n".join(parts)


async def ask_quiz(bot: Bot, user: str = EMPLOYEE) -> Message:
    before = len(bot.ws.dms_to(user))
    reply = await bot.sender.command(user, "/policyquiz", "", channel="C0GENERAL")
    assert reply.status == 200 and ON_ITS_WAY in reply.text
    await bot.until(lambda: len(bot.ws.dms_to(user)) == before + 1, what="the quiz DM")
    return bot.ws.dms_to(user)[-1]


async def click(bot: Bot, msg: Message, index: int, user: str = EMPLOYEE,
                button: dict[str, Any] | None = None) -> None:
    button = button or buttons(msg)[index]
    reply = await bot.sender.block_action(user, button["action_id"], button["value"], channel=msg.channel,
                                          message_ts=msg.ts)
    assert reply.status == 200


async def answer(bot: Bot, msg: Message, right: bool, user: str = EMPLOYEE) -> None:
    updates = len(bot.ws.calls_to("chat.update"))
    await click(bot, msg, 1 if right else 0, user=user)  # the small bank's right answer is always choice 1
    await bot.until(lambda: len(bot.ws.calls_to("chat.update")) == updates + 1, what="the answer feedback")


def question_of(msg: Message) -> str:
    return text_of(msg).split("\n")[1]  # "Test question N: ..."


async def test_policyquiz_dms_a_question_with_one_button_per_answer(qbot: Bot) -> None:
    msg = await ask_quiz(qbot)
    assert msg.channel == qbot.ws.im_for(EMPLOYEE).id
    assert [b["text"]["text"] for b in buttons(msg)] == ["Wrong A", "Right B", "Wrong C"]
    assert "Test question" in text_of(msg)
    assert delivery_id_in(msg.to_api()) is not None
    assert not qbot.ws.dms_to(EMPLOYEE_2)


async def test_answer_updates_in_place_and_a_second_click_changes_nothing(qbot: Bot) -> None:
    msg = await ask_quiz(qbot)
    stale = buttons(msg)[1]  # a second click, e.g. before the update reached the person's screen
    await answer(qbot, msg, right=False)
    assert msg.edited
    shown = text_of(msg)
    assert "Not quite" in shown and "Right B" in shown and "Because of rule" in shown
    assert "section" in shown.lower()
    assert [b["action_id"] for b in buttons(msg)] == ["quiz_next"]
    blocks_after_first = [dict(b) for b in msg.blocks]

    await click(qbot, msg, 1, button=stale)  # the right answer, too late
    await qbot.until(lambda: any(ALREADY_ANSWERED in e.text for e in qbot.ws.ephemerals_for(EMPLOYEE)),
                     what="the 'already answered' note")
    await qbot.settle()
    assert msg.blocks == blocks_after_first
    assert len(qbot.ws.calls_to("chat.update")) == 1
    async with qbot.services.sessions() as session:
        rows = list(await session.scalars(select(QuizDelivery)))
    assert len(rows) == 1 and rows[0].choice == 0 and rows[0].correct is False


async def test_someone_else_cannot_answer_my_question(qbot: Bot) -> None:
    msg = await ask_quiz(qbot)
    await click(qbot, msg, 1, user=EMPLOYEE_2)
    await qbot.until(lambda: bool(qbot.ws.ephemerals_for(EMPLOYEE_2)), what="a private refusal")
    assert not msg.edited


async def test_next_question_once_per_press_and_wrong_answers_come_back_sooner(qbot: Bot) -> None:
    clock = qbot.clock
    assert isinstance(clock, ManualClock)
    first = await ask_quiz(qbot)
    await answer(qbot, first, right=False)
    missed = question_of(first)

    # "Next question", pressed twice, gives one new question.
    for _ in range(2):
        nxt = buttons(first)[0]
        await qbot.sender.block_action(EMPLOYEE, nxt["action_id"], nxt["value"], channel=first.channel,
                                       message_ts=first.ts)
    await qbot.until(lambda: len(qbot.ws.dms_to(EMPLOYEE)) == 2, what="the next question")
    await qbot.settle()
    assert len(qbot.ws.dms_to(EMPLOYEE)) == 2
    second = qbot.ws.dms_to(EMPLOYEE)[1]
    assert question_of(second) != missed
    await answer(qbot, second, right=True)
    known = question_of(second)

    # A day later the missed question is due again (box 1); the known one is not (box 2 = 3 days).
    clock.advance(timedelta(days=1, minutes=1))
    again = await ask_quiz(qbot)
    assert question_of(again) == missed
    await answer(qbot, again, right=True)

    # Three days after it was answered, the known one is due (before the one still unseen).
    clock.advance(timedelta(days=2))
    later = await ask_quiz(qbot)
    assert question_of(later) == known
    await answer(qbot, later, right=True)
    assert "Streak: 3" in text_of(later)


async def test_the_shipped_bank_end_to_end(bot: Bot) -> None:
    """The real loader (YAML bank plus would-it-pass items from the rulebooks' examples) behind /policyquiz."""
    bank = get_bank(bot.services)
    assert len(bank) > 100 and any(q.kind == "would_it_pass" for q in bank)
    msg = await ask_quiz(bot)
    delivery_id = delivery_id_in(msg.to_api())
    async with bot.services.sessions() as session:
        row = await session.get(QuizDelivery, delivery_id)
    assert row is not None
    question = bank.by_id(row.question_id)
    assert [b["text"]["text"] for b in buttons(msg)] == question.choices
    updates = len(bot.ws.calls_to("chat.update"))
    await click(bot, msg, question.answer)
    await bot.until(lambda: len(bot.ws.calls_to("chat.update")) == updates + 1, what="the feedback")
    assert "Right" in text_of(msg) and question.section_title.split()[0] in text_of(msg)
