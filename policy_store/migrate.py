"""Apply Alembic migrations programmatically (used by `policybot migrate` and on start-up).

Why a thread: Alembic's env.py runs its own event loop, which cannot nest inside the bot's.
"""

from __future__ import annotations

import asyncio
import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import make_url

import migrations


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    cfg.set_main_option("sqlalchemy.url", url)
    cfg.set_main_option("path_separator", "os")
    return cfg


# Alembic keeps its migration context in module globals, so one process migrates one at a time.
_IN_PROCESS = threading.Lock()


def upgrade(url: str) -> None:
    """Bring the database at `url` to the newest schema (every branch head).

    Safe when several processes start at once: PostgreSQL serialises them with an advisory lock
    (migrations/env.py); a SQLite file with an exclusive lock on a file beside it.
    """
    with _IN_PROCESS, _sqlite_file_lock(url):
        command.upgrade(alembic_config(url), "heads")


@contextmanager
def _sqlite_file_lock(url: str) -> Iterator[None]:
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or not parsed.database or parsed.database == ":memory:":
        yield
        return
    with open(f"{parsed.database}.migrate-lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


async def upgrade_async(url: str) -> None:
    await asyncio.to_thread(upgrade, url)
