"""In-process scheduling with APScheduler 3.x.

Why only "tick" jobs here: APScheduler's own job store is sync and not safe across replicas, so
schedules and outgoing work live in our tables, and each tick claims due rows safely. A tick
that runs on two replicas at once therefore does the work once.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.quiz.rounds import QUIZ_TICK_SECONDS, quiz_tick
from bot.services import Services
from handlers import approvals
from policy_store.events import forget_before

log = logging.getLogger("policybot.scheduler")

Tick = Callable[[Services], Awaitable[object]]


@dataclass(frozen=True)
class Job:
    name: str
    run: Tick
    every_seconds: int


async def housekeeping(services: Services) -> None:
    """Forget processed event ids once Slack can no longer retry them (it gives up within an hour)."""
    await forget_before(services.sessions, services.clock.now() - timedelta(hours=2))


def jobs() -> list[Job]:
    """Every periodic job. Capabilities add theirs here."""
    return [
        Job("housekeeping", housekeeping, 600),
        Job("approval_deadlines", approvals.deadlines_tick, 60),  # remind, escalate, expire, purge
        Job("approval_outbox", approvals.outbox_tick, 10),  # retry messages Slack refused
        Job("quiz", quiz_tick, QUIZ_TICK_SECONDS),  # plan quiz rounds, deliver DMs exactly once, remind
    ]


def start_scheduler(services: Services) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")
    for job in jobs():
        scheduler.add_job(
            _guarded(job, services), "interval", seconds=job.every_seconds, id=job.name,
            max_instances=1, coalesce=True, misfire_grace_time=job.every_seconds,
        )
    scheduler.start()
    return scheduler


def _guarded(job: Job, services: Services) -> Callable[[], Awaitable[None]]:
    async def run() -> None:
        try:
            await job.run(services)
        except Exception:
            log.exception("scheduled job failed", extra={"job": job.name})

    return run
