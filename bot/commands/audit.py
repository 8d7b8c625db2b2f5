"""`policybot audit export`: write the append-only audit trail as CSV or JSON lines.

Why a CLI and not a Slack command: auditors and compliance tools want a file, and the trail is
read straight from the database, so it works even when Slack is unreachable.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bot.settings import load_settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="export the audit trail",
                       description="Every step of every check, request, decision, reminder and appeal, "
                       "with who did it and when (never draft text).")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    e = asub.add_parser("export", help="write the trail as csv or jsonl")
    e.add_argument("--since", type=_date, default=None, help="first day to include, YYYY-MM-DD (UTC)")
    e.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    e.add_argument("--output", "-o", type=Path, default=None, help="file to write (default: standard output)")
    e.set_defaults(func=run)


def _date(value: str) -> datetime:
    try:
        return datetime.combine(date.fromisoformat(value), datetime.min.time(), tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-01-31, got {value!r}") from None


async def export_rows(database_url: str, since: datetime | None) -> list[dict[str, Any]]:
    from policy_store import audit
    from policy_store.db import create_engine, session_factory

    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session:
            return [audit.as_dict(e) async for e in audit.iter_since(session, since)]
    finally:
        await engine.dispose()


def run(args: argparse.Namespace) -> int:
    from policy_store import audit

    settings = load_settings()
    rows = asyncio.run(export_rows(settings.database_url, args.since))
    out = audit.to_csv(rows) if args.format == "csv" else audit.to_jsonl(rows)
    if args.output is None:
        sys.stdout.write(out)
    else:
        args.output.write_text(out, encoding="utf-8")
        print(f"wrote {len(rows)} audit rows to {args.output}", file=sys.stderr)
    return 0
