"""Fixtures shared by every test: the database URL(s) and a running bot against fake Slack.

Every database test runs on SQLite; when POLICYBOT_TEST_DATABASE_URL names a PostgreSQL
database (CI sets it), it runs there too.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.harness import PG_ENV, Bot, running_bot

DB_KINDS = ["sqlite"] + (["postgresql"] if os.environ.get(PG_ENV) else [])


@pytest.fixture(params=DB_KINDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'policybot.db'}"
    return os.environ[PG_ENV]


@pytest.fixture
async def bot(db_url: str) -> AsyncIterator[Bot]:
    async with running_bot(db_url) as b:
        yield b
