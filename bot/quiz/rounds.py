"""Rounds: who gets which question when (scheduled, pushed, asked for), reminders, and the tick job.

Planning only writes rows to `quiz_deliveries` (unique per person and round); the worker posts
them. So planning may run on every replica, be repeated after a crash, or race a push: each
person still gets one question per round.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from slack_sdk.errors import SlackApiError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.quiz import get_bank, get_worker
from bot.quiz.audience import person_info, refresh_audience
from bot.services import Services
from handlers.views.quiz import REMINDER_TEXT
from policy_core.quiz import QuizBankError
from policy_core.quiz.schedule import deliverable_at, due_at, due_occurrences, round_id, wall, zone
from policy_core.quiz.selection import choose_next
from policy_store import quiz_repo as repo
from policy_store.models.quiz import QuizDelivery, QuizPerson

log = logging.getLogger("policybot.quiz.rounds")

PENDING_WINDOW = timedelta(days=14)  # an unanswered question older than this may be asked again
SCHEDULE_GRACE = timedelta(hours=24)  # a round missed for longer (bot down) is skipped, not sent late
REMINDER_WINDOW = timedelta(days=3)  # remind only about questions this recent
QUIZ_TICK_SECONDS = 5  # how often the scheduler job runs: due DMs go out within seconds


async def plan(session: AsyncSession, services: Services, people: Sequence[QuizPerson], rid: str, kind: str,
               due: Callable[[QuizPerson], datetime], respect_hours: bool) -> int:
    """Choose each person's next question and enqueue it for round `rid`; returns rows added."""
    bank = get_bank(services)
    question_ids = [q.id for q in bank]
    now = services.clock.now()
    before = await repo.round_size(session, rid)
    for i in range(0, len(people), repo.CHUNK):
        chunk = people[i : i + repo.CHUNK]
        uids = [p.user_id for p in chunk]
        cards = await repo.cards_for(session, uids)
        pending = await repo.pending_for(session, uids, now - PENDING_WINDOW)
        rows = []
        for p in chunk:
            qid = choose_next(p.user_id, question_ids, cards.get(p.user_id, {}), now, pending.get(p.user_id, set()))
            if qid is None:
                continue
            rows.append(repo.delivery_row(
                user_id=p.user_id, round_id=rid, kind=kind, question_id=qid, section_id=bank.by_id(qid).section_id,
                team=p.team, tz=p.tz, tz_offset=p.tz_offset, due_at=due(p), now=now, respect_hours=respect_hours))
        await repo.enqueue(session, rows)
    return await repo.round_size(session, rid) - before


async def plan_scheduled(services: Services) -> int:
    """Enqueue every scheduled round that has come for each time zone's people (once per round and zone)."""
    cron = services.settings.quiz_cron
    if cron is None:
        return 0
    hours = services.settings.quiz_hours
    now = services.clock.now()
    async with services.sessions() as session:
        zones = await repo.active_zones(session)
    added = 0
    for tz_name, tz_offset in zones:  # a few zones, not thousands of people, every tick
        tz = zone(tz_name, tz_offset)
        key = tz_name or f"UTC{tz_offset:+d}s"
        for occurrence in due_occurrences(cron, tz, now, SCHEDULE_GRACE):
            rid = round_id(occurrence)
            async with services.sessions.begin() as session:
                if not await repo.mark_round(session, rid, key, now):
                    continue
                group = await repo.active_people(session, tz_name, tz_offset)
                when = due_at(occurrence, tz, hours)

                def due(_p: QuizPerson, w: datetime = when) -> datetime:
                    return w

                added += await plan(session, services, group, rid, "scheduled", due, True)
    if added:
        log.info("quiz round planned", extra={"deliveries": added})
    return added


@dataclass(frozen=True)
class Pushed:
    round_id: str
    audience: int
    added: int


async def push(services: Services, rid: str, *, within_hours: bool = False) -> Pushed:
    """Enqueue a question now for everyone in the audience (idempotent per round id)."""
    await refresh_audience(services, get_worker(services).name, force=True)
    now = services.clock.now()
    hours = services.settings.quiz_hours
    async with services.sessions.begin() as session:
        people = await repo.active_people(session)

        def due(p: QuizPerson) -> datetime:
            return deliverable_at(now, zone(p.tz, p.tz_offset), hours) if within_hours else now

        added = await plan(session, services, people, rid, "push", due, within_hours)
    return Pushed(rid, len(people), added)


@dataclass(frozen=True)
class Asked:
    delivery_id: str | None  # None: nothing left to ask this person
    new: bool


async def ask(services: Services, user_id: str, *, kind: str, rid: str) -> Asked:
    """Enqueue one question for one person now (for /policyquiz and "Next question")."""
    async with services.sessions() as session:
        person = await repo.get_person(session, user_id)
    if person is None:
        info = repo.PersonInfo(user_id)
        try:
            info = person_info((await services.client.users_info(user=user_id))["user"])
        except SlackApiError:
            log.warning("users.info failed; quizzing without a time zone", extra={"user": user_id})
        async with services.sessions.begin() as session:
            await repo.ensure_person(session, info, services.clock.now())
    now = services.clock.now()
    async with services.sessions.begin() as session:
        person = await repo.get_person(session, user_id)
        assert person is not None
        added = await plan(session, services, [person], rid, kind, lambda _p: now, False)
        existing = await session.scalar(
            select(QuizDelivery.id).where(QuizDelivery.user_id == user_id, QuizDelivery.round_id == rid))
    return Asked(existing, bool(added))


async def send_reminders(services: Services) -> int:
    """One gentle nudge per unanswered round question, after QUIZ_REMINDER_HOURS, within working hours."""
    after = services.settings.quiz_reminder_hours
    if after <= 0:
        return 0
    now = services.clock.now()
    hours = services.settings.quiz_hours
    cutoff = now - timedelta(hours=after)
    async with services.sessions() as session:
        candidates = await repo.unanswered(session, cutoff, cutoff - REMINDER_WINDOW)
    client = get_worker(services).client()
    sent = 0
    for c in candidates:
        if not hours.contains(wall(now, zone(c.tz, c.tz_offset))):
            continue
        async with services.sessions.begin() as session:
            if not await repo.claim_reminder(session, c.id, now):
                continue  # another replica took it
        try:
            # At most once: the reminder was taken before posting, so a failure here skips it.
            await client.chat_postMessage(channel=c.channel or c.user_id, text=REMINDER_TEXT)
            sent += 1
        except SlackApiError as exc:
            log.warning("quiz reminder failed", extra={"delivery": c.id, "error": exc.response.get("error")})
    return sent


async def quiz_tick(services: Services) -> None:
    """The scheduler job: refresh the audience (hourly), plan due rounds, deliver, remind."""
    try:
        get_bank(services)
    except QuizBankError as exc:
        log.error("quiz bank cannot be loaded; quizzes are paused", extra={"error": str(exc)[:300]})
        return
    worker = get_worker(services)
    if services.settings.quiz_cron is not None:
        await refresh_audience(services, worker.name)
        await plan_scheduled(services)
    await worker.drain(budget=30.0)
    await send_reminders(services)
