"""Migrations: idempotent, and safe when several replicas start on an empty database at once."""

from __future__ import annotations

import asyncio
import os
import sys

from sqlalchemy import inspect

from policy_store.db import create_engine
from policy_store.migrate import upgrade_async
from tests.harness import reset_database


async def _tables(db_url: str) -> set[str]:
    engine = create_engine(db_url)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    finally:
        await engine.dispose()


async def test_replicas_migrating_an_empty_database_at_once(db_url: str) -> None:
    await reset_database(db_url)
    env = {**os.environ, "DATABASE_URL": db_url}
    procs = [await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "migrate", env=env,
                                                  stdout=asyncio.subprocess.DEVNULL,
                                                  stderr=asyncio.subprocess.PIPE)
             for _ in range(3)]
    results = [await p.communicate() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err.decode()[-500:] for _, err in results]
    assert {"alembic_version", "audit_events", "processed_events"} <= await _tables(db_url)


async def test_in_process_callers_take_turns(db_url: str) -> None:
    await reset_database(db_url)
    await asyncio.gather(*(upgrade_async(db_url) for _ in range(3)))
    await upgrade_async(db_url)  # and again: nothing left to do
    assert "alembic_version" in await _tables(db_url)
