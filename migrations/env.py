"""Alembic environment: runs migrations over the bot's own async engine (SQLite or PostgreSQL)."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

import policy_store.models  # noqa: F401  (registers every table on Base.metadata)
from policy_store.db import create_engine, is_sqlite
from policy_store.models.base import Base

config = context.config
target_metadata = Base.metadata


# Any constant works; it only has to be the same for every replica of the bot.
MIGRATION_LOCK_KEY = 7_270_001


def _run(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        # Several replicas starting on an empty database would race on CREATE TABLE: the first to
        # take this lock migrates; the others wait, then find the schema already at its heads.
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=is_sqlite(str(connection.engine.url)),  # SQLite needs batch ALTERs
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_async(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            await conn.run_sync(_run)
            await conn.commit()
    finally:
        await engine.dispose()


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    assert url, "sqlalchemy.url is set by policy_store.migrate"
    asyncio.run(_run_async(url))


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
