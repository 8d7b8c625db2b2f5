"""Apply Alembic migrations programmatically (used by `policybot migrate` and on start-up).

Why a thread: Alembic's env.py runs its own event loop, which cannot nest inside the bot's.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config

import migrations


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    cfg.set_main_option("sqlalchemy.url", url)
    cfg.set_main_option("path_separator", "os")
    return cfg


def upgrade(url: str) -> None:
    """Bring the database at `url` to the newest schema (every branch head)."""
    command.upgrade(alembic_config(url), "heads")


async def upgrade_async(url: str) -> None:
    await asyncio.to_thread(upgrade, url)
