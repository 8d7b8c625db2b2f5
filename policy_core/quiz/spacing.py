"""Leitner spacing and personal progress: what an answer does to a person's memory of a question.

Why Leitner boxes and not a fancier model (SM-2, FSRS): a box number is easy to explain to the
people who must show training compliance ("wrong answers come back the next day"), needs no
tuning data, and is good enough for a one-minute weekly quiz. A wrong answer sends the question
back to box 1 (again tomorrow); a right one moves it up a box, so well-known questions fade to a
monthly refresher.

Pure functions over small frozen dataclasses: the caller passes `now` from the Clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

# Box -> days until the question is due again.
BOX_DAYS: dict[int, int] = {1: 1, 2: 3, 3: 7, 4: 14, 5: 30}
FIRST_BOX = 1
LAST_BOX = max(BOX_DAYS)

# Points: answering at all is worth something (people who engage learn); a right answer more.
POINTS_ANSWERED = 1
POINTS_CORRECT = 9


@dataclass(frozen=True)
class Card:
    """One person's memory of one question."""

    question_id: str
    box: int
    due_at: datetime
    seen: int = 0
    right: int = 0
    last_answered_at: datetime | None = None
    last_correct: bool | None = None


@dataclass(frozen=True)
class Progress:
    """One person's running totals. `streak` counts right answers in a row."""

    streak: int = 0
    best_streak: int = 0
    score: int = 0
    last_answered_at: datetime | None = None


def interval(box: int) -> timedelta:
    return timedelta(days=BOX_DAYS[min(max(box, FIRST_BOX), LAST_BOX)])


def review(card: Card | None, question_id: str, correct: bool, now: datetime) -> Card:
    """The card after an answer: wrong -> box 1, right -> one box up (capped), due after the box's interval."""
    if card is None:
        # A first right answer shows some knowledge already: start in box 2, not box 1.
        box = FIRST_BOX + 1 if correct else FIRST_BOX
        return Card(question_id, box, now + interval(box), 1, int(correct), now, correct)
    box = min(card.box + 1, LAST_BOX) if correct else FIRST_BOX
    return replace(card, box=box, due_at=now + interval(box), seen=card.seen + 1,
                   right=card.right + int(correct), last_answered_at=now, last_correct=correct)


def score_answer(progress: Progress, correct: bool, now: datetime) -> Progress:
    streak = progress.streak + 1 if correct else 0
    return Progress(
        streak=streak,
        best_streak=max(progress.best_streak, streak),
        score=progress.score + POINTS_ANSWERED + (POINTS_CORRECT if correct else 0),
        last_answered_at=now,
    )
