"""Quiz DMs: the question with one button per answer, and the same message once answered.

The delivery id travels in the first block's block_id (`quiz:<id>`) so the worker can find a post
it may already have made (see bot/quiz/worker.py), and in each button's value with the choice.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    MarkdownTextObject,
    SectionBlock,
)

from handlers.views.blocks import MESSAGE_BLOCKS_MAX, clip, escape, fit, quote
from policy_core.quiz import Question
from policy_core.quiz.spacing import Card, Progress

ANSWER_ACTION = "quiz_answer"  # action ids quiz_answer:0 .. quiz_answer:4 (unique within the block)
NEXT_ACTION = "quiz_next"
BLOCK_PREFIX = "quiz:"
METADATA_EVENT = "policybot_quiz"

KIND_LABEL = {"scheduled": "Your weekly one-minute policy question", "push": "A one-minute policy question",
              "asked": "Here's a policy question", "next": "Next question"}


def marker_block_id(delivery_id: str) -> str:
    return BLOCK_PREFIX + delivery_id


def delivery_id_in(message: dict[str, Any]) -> str | None:
    """The delivery id a quiz message carries, from its metadata or its first block's block_id."""
    meta = message.get("metadata") or {}
    if meta.get("event_type") == METADATA_EVENT:
        found = (meta.get("event_payload") or {}).get("delivery_id")
        if isinstance(found, str):
            return found
    for block in message.get("blocks") or []:
        bid = block.get("block_id") or ""
        if bid.startswith(BLOCK_PREFIX):
            return str(bid[len(BLOCK_PREFIX):])
    return None


def _prompt_blocks(delivery_id: str, q: Question, kind: str) -> list[Block]:
    label = KIND_LABEL.get(kind, KIND_LABEL["asked"])
    text = f"*{label}*\n{escape(q.lead)}"
    if q.draft is not None:
        text += "\n" + quote(q.draft, 2400)
    return [SectionBlock(block_id=marker_block_id(delivery_id), text=MarkdownTextObject(text=clip(text)))]


def question_text(q: Question) -> str:
    """The notification text (shown where blocks are not, e.g. in a push notification)."""
    return clip(f"Policy quiz: {q.lead}", 300)


def _question_blocks(delivery_id: str, q: Question, kind: str) -> list[dict[str, Any]]:
    buttons = [
        ButtonElement(text=choice, action_id=f"{ANSWER_ACTION}:{i}", value=f"{delivery_id}:{i}")
        for i, choice in enumerate(q.choices)
    ]
    blocks: list[Block] = [
        *_prompt_blocks(delivery_id, q, kind),
        ActionsBlock(block_id=f"quiz_answers:{delivery_id}", elements=buttons),
        ContextBlock(elements=[MarkdownTextObject(text="One click, one minute. Only you see your answers.")]),
    ]
    return [b.to_dict() for b in fit(blocks, MESSAGE_BLOCKS_MAX)]


_PLACEHOLDER = "QUIZDELIVERYID"
_templates: dict[tuple[int, str], tuple[Question, str]] = {}


def question_blocks(delivery_id: str, q: Question, kind: str = "asked") -> list[dict[str, Any]]:
    """The question message. Built (and limit-checked) once per question and kind, then filled in:
    a fan-out to thousands of people must not spend its time in slack_sdk's model classes."""
    key = (id(q), kind)
    cached = _templates.get(key)
    if cached is None or cached[0] is not q:
        if len(_templates) > 4096:
            _templates.clear()
        cached = _templates[key] = (q, json.dumps(_question_blocks(_PLACEHOLDER, q, kind)))
    result: list[dict[str, Any]] = json.loads(cached[1].replace(_PLACEHOLDER, delivery_id))
    return result


def _when(card: Card, now: datetime) -> str:
    days = max(1, round((card.due_at - now).total_seconds() / 86400))
    return "tomorrow" if days == 1 else f"in {days} days"


def answered_blocks(delivery_id: str, q: Question, kind: str, choice: int, correct: bool,
                    card: Card | None, progress: Progress | None, now: datetime) -> list[dict[str, Any]]:
    chosen = q.choices[choice] if 0 <= choice < len(q.choices) else "?"
    if correct:
        verdict = f"✅ *Right:* {escape(chosen)}"
    else:
        verdict = f"❌ *Not quite.* You chose _{escape(chosen)}_; the answer is *{escape(q.correct)}*."
    stats = []
    if progress is not None:
        stats.append(f"Streak: {progress.streak}" + (" 🔥" if progress.streak >= 3 else ""))
        stats.append(f"Score: {progress.score}")
    if card is not None:
        stats.append(f"You'll see this one again {_when(card, now)}")
    blocks: list[Block] = [
        *_prompt_blocks(delivery_id, q, kind),
        SectionBlock(text=MarkdownTextObject(text=clip(f"{verdict}\n{escape(q.explanation)}"))),
        ContextBlock(elements=[MarkdownTextObject(
            text=clip(f"From the policy: *{escape(q.section_title)}* (`{escape(q.section_id)}`)", 2000))]),
    ]
    if stats:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=" · ".join(stats))]))
    blocks.append(ActionsBlock(block_id=f"quiz_next:{delivery_id}", elements=[
        ButtonElement(text="Next question", action_id=NEXT_ACTION, value=delivery_id, style="primary")]))
    return [b.to_dict() for b in fit(blocks, MESSAGE_BLOCKS_MAX)]


def answered_text(q: Question, correct: bool) -> str:
    return ("Right! " if correct else "Not quite. ") + clip(q.explanation, 200)


def retired_blocks(delivery_id: str) -> list[dict[str, Any]]:
    return [SectionBlock(block_id=marker_block_id(delivery_id), text=MarkdownTextObject(
        text="This question has been retired from the quiz. Press *Next question* for a new one.")).to_dict(),
        ActionsBlock(block_id=f"quiz_next:{delivery_id}", elements=[
            ButtonElement(text="Next question", action_id=NEXT_ACTION, value=delivery_id)]).to_dict()]


REMINDER_TEXT = ("A gentle nudge: your one-minute policy question above is still waiting. "
                 "It only takes a click, and it keeps the policy fresh for everyone.")
ALREADY_ANSWERED = "You've already answered this question; your first answer counts."
NOTHING_TO_ASK = ("You're all caught up: every question I have is waiting for your answer in our DM. "
                  "Answer those first.")
NO_BANK = "The quiz has no questions yet. Ask your policy owner to add a question bank."
ON_ITS_WAY = "A question is on its way to your DMs."
