"""Quiz fixtures: a running bot with a small question bank and a clock set to a Tuesday morning."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from policy_core.clock import ManualClock
from tests.harness import Bot, running_bot
from tests.quiz.helpers import small_bank

TUESDAY_0930_UTC = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fanout: 5,000-person fan-out over real processes (each under ~60 s)")


@pytest.fixture
async def qbot(db_url: str) -> AsyncIterator[Bot]:
    clock = ManualClock(TUESDAY_0930_UTC)
    async with running_bot(db_url, clock=clock, QUIZ_SCHEDULE="off") as bot:
        bot.services.quiz_bank = small_bank(3)
        bot.ws.time = lambda: clock.now().timestamp()  # Slack's ts follow the test's clock
        yield bot
