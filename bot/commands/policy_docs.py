"""Import a Markdown policy into the database as a new version (`policybot rules import FILE.md`).

A function, not a subcommand of its own: the `rules` command group belongs to the checker and
adds `import` by calling `add_import_parser`; `policybot policy import` uses the same code.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.settings import load_settings

if TYPE_CHECKING:
    from policy_store.policy_docs import Imported


def add_import_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("import", help="import a Markdown policy as a new version",
                       description="Turn a Markdown policy into sections (each heading a section) and store it "
                       "as a new version in DATABASE_URL. Old versions are kept for the audit; answers cite the "
                       "version they came from. Importing the same text again changes nothing.")
    p.add_argument("file", type=Path, help="the policy, as Markdown (.md)")
    p.add_argument("--as", dest="actor", default="cli", help="who imported it, for the audit trail")
    p.set_defaults(func=run_import)
    return p


def run_import(args: argparse.Namespace) -> int:
    from policy_core.ask import PolicyFormatError

    path: Path = args.file
    if not path.is_file():
        print(f"policybot: {path} is not a file; give the path of a Markdown policy", file=sys.stderr)
        return 2
    try:
        imported = asyncio.run(import_markdown(path, args.actor))
    except PolicyFormatError as exc:
        print(f"policybot: {path}: {exc}", file=sys.stderr)
        return 1
    if imported.created:
        print(f"imported {imported.name} v{imported.version}: {imported.sections} sections")
    else:
        print(f"{imported.name} v{imported.version} already has this text; nothing imported")
    return 0


async def import_markdown(path: Path, actor: str = "cli") -> Imported:
    """Parse, migrate if needed, store as the next version."""
    from policy_core.ask import parse_markdown
    from policy_core.clock import SystemClock
    from policy_store.db import create_engine, session_factory
    from policy_store.migrate import upgrade_async
    from policy_store.policy_docs import import_document

    text = await asyncio.to_thread(path.read_text, encoding="utf-8")
    doc = parse_markdown(text, source=path.name)
    settings = load_settings()
    await upgrade_async(settings.database_url)
    engine = create_engine(settings.database_url)
    try:
        async with session_factory(engine).begin() as session:
            return await import_document(session, doc, text, source=path.name, actor=actor,
                                         at=SystemClock().now())
    finally:
        await engine.dispose()
