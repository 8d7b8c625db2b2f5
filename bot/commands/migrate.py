"""`policybot migrate`: bring the database named by DATABASE_URL to the newest schema."""

from __future__ import annotations

import argparse

from bot.settings import load_settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("migrate", help="apply database migrations",
                       description="Apply every Alembic migration to DATABASE_URL (safe to repeat).")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from policy_store.migrate import upgrade

    settings = load_settings()
    upgrade(settings.database_url)
    print(f"database is up to date ({settings.database_url.split('://')[0]})")
    return 0
