"""Storage for quizzes: the audience, Leitner cards, the delivery outbox and the compliance report.

Every write that must happen once is a conditional statement whose row count says who won:
claiming deliveries (`claim`), recording an answer (`record_answer`), taking a reminder
(`claim_reminders`) and enqueueing (`enqueue`: unique user_id + round_id, insert-ignore).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, case, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from policy_core.quiz.spacing import Card, Progress, review, score_answer
from policy_store.models.quiz import (
    CLAIMED,
    FAILED,
    PENDING,
    SENT,
    QuizCard,
    QuizDelivery,
    QuizLock,
    QuizPerson,
    QuizRoundMark,
)
from policy_store.upsert import insert_ignore

CHUNK = 500  # rows per multi-row statement: well under SQLite's and asyncpg's parameter limits


def new_id() -> str:
    return uuid.uuid4().hex


def _dialect_insert(session: AsyncSession) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --- the audience ---------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonInfo:
    user_id: str
    name: str = ""
    tz: str = ""
    tz_offset: int = 0
    team: str = "all"


async def sync_people(session: AsyncSession, people: Sequence[PersonInfo], now: datetime) -> int:
    """Upsert the audience as just read from Slack; everyone not in it becomes inactive."""
    insert = _dialect_insert(session)
    stmt = insert(QuizPerson)
    stmt = stmt.on_conflict_do_update(
        index_elements=["user_id"],
        set_={"name": stmt.excluded.name, "tz": stmt.excluded.tz, "tz_offset": stmt.excluded.tz_offset,
              "team": stmt.excluded.team, "active": True, "synced_at": now},
    )
    for chunk in _chunks(people, 2000):  # executemany: one compiled statement, many parameter sets
        await session.execute(stmt, [
            {"user_id": p.user_id, "name": p.name[:120], "tz": p.tz[:64], "tz_offset": p.tz_offset,
             "team": p.team[:80], "active": True, "streak": 0, "best_streak": 0, "score": 0, "synced_at": now}
            for p in chunk
        ])
    await session.execute(
        update(QuizPerson).where(QuizPerson.synced_at < now, QuizPerson.active.is_(True)).values(active=False)
    )
    return len(people)


async def ensure_person(session: AsyncSession, info: PersonInfo, now: datetime) -> None:
    """Make sure someone who asks for a quiz has a row (their score lives there), active or not."""
    await insert_ignore(session, QuizPerson, user_id=info.user_id, name=info.name, tz=info.tz,
                        tz_offset=info.tz_offset, team=info.team, active=False, streak=0, best_streak=0,
                        score=0, synced_at=now)


async def active_people(session: AsyncSession, tz: str | None = None, tz_offset: int | None = None) -> list[QuizPerson]:
    """Everyone in the audience, or those in one time zone (by Slack's tz name and offset)."""
    stmt = select(QuizPerson).where(QuizPerson.active.is_(True))
    if tz is not None:
        stmt = stmt.where(QuizPerson.tz == tz)
        if not tz:  # no zone name: people are grouped by their offset
            stmt = stmt.where(QuizPerson.tz_offset == tz_offset)
    return list(await session.scalars(stmt.order_by(QuizPerson.user_id)))


async def active_zones(session: AsyncSession) -> list[tuple[str, int]]:
    """The distinct time zones of the audience: (tz name, offset) where the name is empty, else (name, 0)."""
    named = await session.execute(select(QuizPerson.tz).where(QuizPerson.active.is_(True), QuizPerson.tz != "")
                                  .distinct())
    bare = await session.execute(select(QuizPerson.tz_offset).where(QuizPerson.active.is_(True), QuizPerson.tz == "")
                                 .distinct())
    return sorted([(str(n), 0) for (n,) in named] + [("", int(o)) for (o,) in bare])


async def get_person(session: AsyncSession, user_id: str) -> QuizPerson | None:
    return await session.get(QuizPerson, user_id)


async def take_lock(session: AsyncSession, name: str, holder: str, now: datetime, ttl: timedelta,
                    every: timedelta) -> bool:
    """Take a named lease if it is free and its work was last done at least `every` ago."""
    await insert_ignore(session, QuizLock, name=name)
    result = await session.execute(
        update(QuizLock)
        .where(QuizLock.name == name,
               or_(QuizLock.held_until.is_(None), QuizLock.held_until < now),
               or_(QuizLock.done_at.is_(None), QuizLock.done_at <= now - every))
        .values(held_by=holder, held_until=now + ttl)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def release_lock(session: AsyncSession, name: str, holder: str, now: datetime, done: bool) -> None:
    values: dict[str, Any] = {"held_by": None, "held_until": None}
    if done:
        values["done_at"] = now
    await session.execute(update(QuizLock).where(QuizLock.name == name, QuizLock.held_by == holder).values(**values))


# --- what each person knows -------------------------------------------------------------------

def _card(row: QuizCard) -> Card:
    return Card(row.question_id, row.box, row.due_at, row.seen, row.right, row.last_answered_at, row.last_correct)


async def cards_for(session: AsyncSession, user_ids: Sequence[str]) -> dict[str, dict[str, Card]]:
    out: dict[str, dict[str, Card]] = {u: {} for u in user_ids}
    for chunk in _chunks(list(user_ids)):
        for row in await session.scalars(select(QuizCard).where(QuizCard.user_id.in_(chunk))):
            out.setdefault(row.user_id, {})[row.question_id] = _card(row)
    return out


async def pending_for(session: AsyncSession, user_ids: Sequence[str], since: datetime) -> dict[str, set[str]]:
    """Questions each person has been (or is about to be) asked recently and not yet answered."""
    out: dict[str, set[str]] = {u: set() for u in user_ids}
    for chunk in _chunks(list(user_ids)):
        rows = await session.execute(
            select(QuizDelivery.user_id, QuizDelivery.question_id).where(
                QuizDelivery.user_id.in_(chunk), QuizDelivery.answered_at.is_(None),
                QuizDelivery.state != FAILED, QuizDelivery.created_at >= since)
        )
        for user_id, question_id in rows:
            out.setdefault(user_id, set()).add(question_id)
    return out


# --- the outbox -----------------------------------------------------------------------------------

async def enqueue(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    """Insert deliveries, skipping any (user_id, round_id) already there (count with `round_size`)."""
    if not rows:
        return
    stmt = _dialect_insert(session)(QuizDelivery).on_conflict_do_nothing()
    for chunk in _chunks(rows, 2000):  # executemany: one compiled statement, many parameter sets
        await session.execute(stmt, list(chunk))


async def round_size(session: AsyncSession, round_id: str) -> int:
    return int(await session.scalar(select(func.count()).where(QuizDelivery.round_id == round_id)) or 0)


def delivery_row(*, user_id: str, round_id: str, kind: str, question_id: str, section_id: str, team: str, tz: str,
                 tz_offset: int, due_at: datetime, now: datetime, respect_hours: bool = True) -> dict[str, Any]:
    return {
        "id": new_id(), "user_id": user_id, "round_id": round_id, "kind": kind, "question_id": question_id,
        "section_id": section_id[:64], "team": team[:80], "tz": tz[:64], "tz_offset": tz_offset,
        "respect_hours": respect_hours, "due_at": due_at, "state": PENDING, "attempts": 0, "needs_check": False,
        "errors": 0, "created_at": now,
    }


async def mark_round(session: AsyncSession, round_id: str, zone: str, now: datetime) -> bool:
    """True for the one caller that gets to plan this round for this time zone."""
    return await insert_ignore(session, QuizRoundMark, round_id=round_id, zone=zone[:64], enqueued_at=now, count=0)


@dataclass(frozen=True)
class Claimed:
    id: str
    user_id: str
    question_id: str
    kind: str
    tz: str
    tz_offset: int
    respect_hours: bool
    needs_check: bool
    attempts: int
    claimed_until: datetime
    first_claimed_at: datetime
    created_at: datetime


def _claimable(now: datetime) -> Any:
    return or_(
        and_(QuizDelivery.state == PENDING, QuizDelivery.due_at <= now),
        and_(QuizDelivery.state == CLAIMED, QuizDelivery.claimed_until < now),
    )


async def claim(session: AsyncSession, worker: str, now: datetime, lease: timedelta, limit: int,
                ids: Sequence[str] | None = None) -> list[Claimed]:
    """Claim up to `limit` due deliveries (or expired leases) for `worker` until now + lease.

    PostgreSQL: the inner SELECT ... FOR UPDATE SKIP LOCKED lets concurrent workers take disjoint
    rows without waiting; SQLite: the single UPDATE runs under the database's one write lock. On
    both, the outer WHERE repeats the condition, so a row is claimed by exactly one statement.
    A row taken over from an expired lease may already have been posted: it is flagged
    needs_check, and the worker looks in the DM before posting again.
    """
    inner = select(QuizDelivery.id).where(_claimable(now))
    if ids is not None:
        inner = inner.where(QuizDelivery.id.in_(list(ids)))
    inner = inner.order_by(QuizDelivery.due_at).limit(limit).with_for_update(skip_locked=True)
    stmt = (
        update(QuizDelivery)
        .where(QuizDelivery.id.in_(inner.scalar_subquery()), _claimable(now))
        .values(
            state=CLAIMED, claimed_by=worker, claimed_until=now + lease, attempts=QuizDelivery.attempts + 1,
            needs_check=case((QuizDelivery.state == CLAIMED, True), else_=QuizDelivery.needs_check),
            first_claimed_at=func.coalesce(QuizDelivery.first_claimed_at, now),
        )
        .returning(QuizDelivery.id, QuizDelivery.user_id, QuizDelivery.question_id, QuizDelivery.kind,
                   QuizDelivery.tz, QuizDelivery.tz_offset, QuizDelivery.respect_hours, QuizDelivery.needs_check,
                   QuizDelivery.attempts, QuizDelivery.claimed_until, QuizDelivery.first_claimed_at,
                   QuizDelivery.created_at)
        .execution_options(synchronize_session=False)
    )
    rows = (await session.execute(stmt)).all()
    return [Claimed(*row) for row in rows]  # type: ignore[call-arg]


@dataclass(frozen=True)
class Sent:
    id: str
    user_id: str
    channel: str
    ts: str
    at: datetime


async def mark_sent(session: AsyncSession, sent: Sequence[Sent]) -> None:
    """Record posts Slack accepted (whoever holds the claim now: a post that happened, happened)."""
    if not sent:
        return
    table = cast(Table, QuizDelivery.__table__)
    t = table.c
    people = cast(Table, QuizPerson.__table__)
    await session.execute(
        update(table).where(t.id == bindparam("b_id"), t.state != SENT).values(
            state=SENT, channel=bindparam("b_channel"), ts=bindparam("b_ts"), sent_at=bindparam("b_at"),
            claimed_by=None, claimed_until=None, needs_check=False, error=None),
        [{"b_id": s.id, "b_channel": s.channel, "b_ts": s.ts, "b_at": s.at} for s in sent],
    )
    await session.execute(
        update(people).where(people.c.user_id == bindparam("b_user"))
        .values(dm_channel=bindparam("b_channel")),
        [{"b_user": s.user_id, "b_channel": s.channel} for s in sent],
    )


async def release(session: AsyncSession, worker: str, ids: Sequence[str], due_at: datetime, *,
                  needs_check: bool | None = None, error: str | None = None, count_error: bool = False) -> None:
    """Give claimed rows back (to be tried at `due_at`); only rows this worker still holds."""
    values: dict[str, Any] = {"state": PENDING, "claimed_by": None, "claimed_until": None, "due_at": due_at}
    if needs_check is not None:
        values["needs_check"] = needs_check
    if error is not None:
        values["error"] = error[:60]
    if count_error:
        values["errors"] = QuizDelivery.errors + 1
    for chunk in _chunks(list(ids)):
        await session.execute(
            update(QuizDelivery)
            .where(QuizDelivery.id.in_(chunk), QuizDelivery.state == CLAIMED, QuizDelivery.claimed_by == worker)
            .values(**values).execution_options(synchronize_session=False)
        )


async def mark_failed(session: AsyncSession, worker: str, delivery_id: str, error: str) -> None:
    await session.execute(
        update(QuizDelivery)
        .where(QuizDelivery.id == delivery_id, QuizDelivery.state == CLAIMED, QuizDelivery.claimed_by == worker)
        .values(state=FAILED, claimed_by=None, claimed_until=None, error=error[:60])
        .execution_options(synchronize_session=False)
    )


async def get_delivery(session: AsyncSession, delivery_id: str) -> QuizDelivery | None:
    return await session.get(QuizDelivery, delivery_id)


# --- answers ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Answer:
    delivery_id: str
    question_id: str
    choice: int
    correct: bool
    card: Card
    progress: Progress


async def record_answer(session: AsyncSession, delivery_id: str, user_id: str, question_id: str, choice: int,
                        correct: bool, now: datetime) -> Answer | None:
    """Record the first answer to a delivery; None when it was already answered (or is not theirs)."""
    result = await session.execute(
        update(QuizDelivery)
        .where(QuizDelivery.id == delivery_id, QuizDelivery.user_id == user_id,
               QuizDelivery.question_id == question_id, QuizDelivery.answered_at.is_(None))
        .values(answered_at=now, choice=choice, correct=correct)
        .execution_options(synchronize_session=False)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return None
    row = await session.get(QuizCard, (user_id, question_id), with_for_update=True)
    card = review(_card(row) if row else None, question_id, correct, now)
    values = {"box": card.box, "due_at": card.due_at, "seen": card.seen, "right": card.right,
              "last_answered_at": card.last_answered_at, "last_correct": card.last_correct}
    if row is None:
        session.add(QuizCard(user_id=user_id, question_id=question_id, **values))
    else:
        for k, v in values.items():
            setattr(row, k, v)
    person = await session.get(QuizPerson, user_id, with_for_update=True)
    progress = Progress()
    if person is not None:
        progress = score_answer(
            Progress(person.streak, person.best_streak, person.score, person.last_answered_at), correct, now)
        person.streak, person.best_streak, person.score = progress.streak, progress.best_streak, progress.score
        person.last_answered_at = progress.last_answered_at
    await session.flush()
    return Answer(delivery_id, question_id, choice, correct, card, progress)


# --- reminders ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Unanswered:
    id: str
    user_id: str
    channel: str
    ts: str
    tz: str
    tz_offset: int


async def unanswered(session: AsyncSession, sent_before: datetime, sent_after: datetime,
                     limit: int = 500) -> list[Unanswered]:
    """Round questions sent in the window, still unanswered and never reminded (candidates only)."""
    rows = await session.execute(
        select(QuizDelivery.id, QuizDelivery.user_id, QuizDelivery.channel, QuizDelivery.ts, QuizDelivery.tz,
               QuizDelivery.tz_offset)
        .where(QuizDelivery.state == SENT, QuizDelivery.answered_at.is_(None), QuizDelivery.reminded_at.is_(None),
               QuizDelivery.kind.in_(("scheduled", "push")), QuizDelivery.sent_at <= sent_before,
               QuizDelivery.sent_at > sent_after)
        .order_by(QuizDelivery.sent_at).limit(limit)
    )
    return [Unanswered(*r) for r in rows]  # type: ignore[arg-type]


async def claim_reminder(session: AsyncSession, delivery_id: str, now: datetime) -> bool:
    """Take the one reminder a delivery may ever get (at most once: taken before it is posted)."""
    result = await session.execute(
        update(QuizDelivery)
        .where(QuizDelivery.id == delivery_id, QuizDelivery.reminded_at.is_(None), QuizDelivery.answered_at.is_(None))
        .values(reminded_at=now).execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


# --- reports ------------------------------------------------------------------------------------

async def counts(session: AsyncSession) -> dict[str, int]:
    rows = await session.execute(select(QuizDelivery.state, func.count()).group_by(QuizDelivery.state))
    return {state: int(n) for state, n in rows}


def _aggregates() -> list[Any]:
    d = QuizDelivery
    return [
        func.sum(case((d.state == SENT, 1), else_=0)).label("asked"),
        func.sum(case((d.answered_at.is_not(None), 1), else_=0)).label("answered"),
        func.sum(case((d.correct.is_(True), 1), else_=0)).label("correct"),
    ]


async def report_people(session: AsyncSession, since: datetime | None = None) -> list[dict[str, Any]]:
    d, p = QuizDelivery, QuizPerson
    cond = [d.user_id == p.user_id] + ([d.created_at >= since] if since else [])
    stmt = (
        select(p.user_id, p.name, p.team, p.active, p.streak, p.best_streak, p.score, p.last_answered_at,
               *_aggregates())
        .select_from(p).outerjoin(d, and_(*cond))
        .group_by(p.user_id, p.name, p.team, p.active, p.streak, p.best_streak, p.score, p.last_answered_at)
        .order_by(p.team, p.user_id)
    )
    return [_with_accuracy(dict(r._mapping)) for r in await session.execute(stmt)]


async def report_by(session: AsyncSession, column: str, since: datetime | None = None) -> list[dict[str, Any]]:
    """Asked/answered/correct per section or per team."""
    col = {"section": QuizDelivery.section_id, "team": QuizDelivery.team}[column]
    stmt = select(col.label(column), *_aggregates()).group_by(col).order_by(col)
    if since:
        stmt = stmt.where(QuizDelivery.created_at >= since)
    return [_with_accuracy(dict(r._mapping)) for r in await session.execute(stmt)]


def _with_accuracy(row: dict[str, Any]) -> dict[str, Any]:
    for k in ("asked", "answered", "correct"):
        row[k] = int(row.get(k) or 0)
    row["accuracy"] = round(row["correct"] / row["answered"], 3) if row["answered"] else None
    return row
