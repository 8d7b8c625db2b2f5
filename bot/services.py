"""Everything a listener or job needs, built once per process and passed explicitly.

Why a plain dataclass instead of globals: tests build one per app instance (own database, own
fake Slack, manual clock) and several can live in one process.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.reviewers import ReviewerDirectory, routing_table
from bot.settings import Settings
from bot.slack_client import make_client
from policy_core.approvals.routing import RoutingTable
from policy_core.ask.encoder import configure_backend as configure_encoder
from policy_core.ask.semantic import configure as configure_semantic
from policy_core.checker import Checker
from policy_core.clock import Clock, SystemClock
from policy_store.db import create_engine, session_factory
from policy_store.policy_docs import PolicyLibrary

if TYPE_CHECKING:
    from bot.quiz.worker import QuizWorker
    from policy_core.quiz import QuestionBank


@dataclass
class Services:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    checker: Checker
    client: AsyncWebClient
    clock: Clock = field(default_factory=SystemClock)
    policy_library: PolicyLibrary = field(default_factory=PolicyLibrary)  # ask: index over the stored policy
    routing: RoutingTable = field(default_factory=RoutingTable)  # approvals: category -> reviewers
    reviewers: ReviewerDirectory | None = None  # approvals: cached reviewer membership
    quiz_bank: QuestionBank | None = None  # quizzes: loaded on first use (bot.quiz.get_bank)
    quiz_worker: QuizWorker | None = None  # quizzes: this process's DM worker (bot.quiz.get_worker)

    background: set[asyncio.Task[object]] = field(default_factory=set)  # start-up work still running

    def start_warm_up(self) -> None:
        """Build the policy search index in the background now, so the first question does not wait."""
        task = asyncio.create_task(self.policy_library.index(self.sessions, self.checker.sections))
        self.background.add(task)
        task.add_done_callback(self.background.discard)

    async def close(self) -> None:
        if self.quiz_worker is not None:
            await self.quiz_worker.close()
        await self.engine.dispose()


def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    configure_semantic(settings.ask_semantic)  # the ask index's re-ranker follows ASK_SEMANTIC
    configure_encoder(settings.ask_encoder)  # ... and runs on the backend ASK_ENCODER names
    engine = create_engine(settings.database_url)
    client = make_client(settings.slack_bot_token, settings.slack_api_url)
    return Services(
        settings=settings,
        engine=engine,
        sessions=session_factory(engine),
        checker=Checker.load(policy_dir=settings.policy_dir, sectors=settings.sectors),
        client=client,
        clock=clock or SystemClock(),
        routing=routing_table(settings),
        reviewers=ReviewerDirectory(client),
    )
