"""Which question a person gets next: due reviews first, then new questions, then practice.

Why this order: a question answered wrongly is the one most worth asking again (box 1 comes due
after a day); new questions widen what a person has seen; when nothing is due and everything has
been seen, the question due soonest is the best practice. Questions already waiting unanswered
in the person's DMs are never asked twice at once.

New questions are ordered by a stable hash of (person, question), so a round spreads the bank
across people (not everybody gets question 1 first) while staying reproducible in tests.
"""

from __future__ import annotations

import zlib
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime, timedelta

from policy_core.quiz.spacing import Card

# Don't offer the same question as practice straight after it was answered.
PRACTICE_GAP = timedelta(hours=1)


def spread_key(person: str, question_id: str) -> int:
    """A stable pseudo-random rank of a question for a person (CRC-32: cheap for thousands of people)."""
    return zlib.crc32(question_id.encode(), zlib.crc32(person.encode() + b"\x00"))


def choose_next(
    person: str,
    question_ids: Sequence[str],
    cards: Mapping[str, Card],
    now: datetime,
    pending: Collection[str] = (),
) -> str | None:
    """The id of the question to ask `person` now, or None when every question is waiting unanswered."""
    available = [q for q in question_ids if q not in pending]
    if not available:
        return None
    due = [cards[q] for q in available if q in cards and cards[q].due_at <= now]
    if due:
        return min(due, key=lambda c: (c.box, c.due_at, c.question_id)).question_id
    new = [q for q in available if q not in cards]
    if new:
        base = zlib.crc32(person.encode() + b"\x00")
        return min(new, key=lambda q: zlib.crc32(q.encode(), base))
    seen = [cards[q] for q in available]
    rested = [c for c in seen if c.last_answered_at is None or now - c.last_answered_at >= PRACTICE_GAP]
    return min(rested or seen, key=lambda c: (c.due_at, c.box, c.question_id)).question_id
