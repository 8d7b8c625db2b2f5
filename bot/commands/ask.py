"""`policybot ask QUESTION`: answer from the stored policy, or from a file/folder with --rulebook.

Also registers `policybot policy import FILE.md` and `policybot policy versions` (the same import as
`policybot rules import`, for installs and scripts that think of the policy as a document).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.commands.policy_docs import add_import_parser
from bot.settings import load_settings

if TYPE_CHECKING:
    from policy_core.ask import PolicyIndex


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="answer a policy question, quoting the policy",
                       description="Answer a question from the policy stored in DATABASE_URL (the shipped default "
                       "when none was imported), or from --rulebook PATH without touching the database.")
    p.add_argument("question", nargs="*", help="the question (quote it, or pass words)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--jsonl", action="store_true", help='read {"q": ...} lines on stdin, write one result a line')
    p.add_argument("--rulebook", type=Path, help="a Markdown policy file, or a folder of .md and rulebook .yaml")
    p.add_argument("--semantic", action=argparse.BooleanOptionalAction, default=None,
                   help="re-rank by meaning with the optional offline model (default: ASK_SEMANTIC, auto)")
    p.set_defaults(func=run)

    pol = sub.add_parser("policy", help="manage the policy documents that answers quote")
    psub = pol.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    add_import_parser(psub)
    v = psub.add_parser("versions", help="list imported versions")
    v.set_defaults(func=run_versions)


def run(args: argparse.Namespace) -> int:
    from policy_core.ask import PolicyFormatError, answer_question
    from policy_core.ask.semantic import configure

    question = " ".join(args.question).strip()
    if not args.jsonl and not question:
        print("usage: policybot ask [--json] [--rulebook PATH] QUESTION   (or --jsonl with questions on stdin)",
              file=sys.stderr)
        return 2
    configure({True: "on", False: "off", None: None}[args.semantic] or load_settings().ask_semantic)
    try:
        index, note = asyncio.run(_load_index(args.rulebook))
    except (FileNotFoundError, PolicyFormatError, RuntimeError) as exc:
        print(f"policybot: {exc}", file=sys.stderr)
        return 2
    if note:
        print(f"note: {note}", file=sys.stderr)
    if args.jsonl:
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                q = str(json.loads(line)["q"])
            except (ValueError, KeyError, TypeError):
                print(json.dumps({"error": 'each line must be a JSON object like {"q": "..."}'}), flush=True)
                continue
            print(json.dumps({"q": q, **answer_question(index, q).to_json()}), flush=True)
        return 0
    answer = answer_question(index, question)
    if args.json:
        print(json.dumps(answer.to_json(), indent=2))
    else:
        print(answer.answer)
        if not answer.confident:
            print("(not confident: the policy may not cover this)")
    return 0


async def _load_index(rulebook: Path | None) -> tuple[PolicyIndex, str]:
    """The index to answer from, and a note for stderr when it is not what the operator may expect."""
    from policy_core.ask import PolicyIndex
    from policy_core.ask.document import from_rulebook
    from policy_store.policy_docs import current_sections, default_document, load_path, merge_sections

    if rulebook is not None:
        return PolicyIndex(load_path(rulebook)), ""
    from sqlalchemy.exc import DBAPIError

    from policy_core.checker import Checker
    from policy_store.db import create_engine, session_factory

    settings = load_settings()
    rules = from_rulebook(Checker.load(policy_dir=settings.policy_dir, sectors=settings.sectors).sections)
    engine = create_engine(settings.database_url)
    try:
        async with session_factory(engine)() as session:
            stored = await current_sections(session)
    except DBAPIError:  # no database yet, or not migrated
        stored = []
    finally:
        await engine.dispose()
    if stored:
        return PolicyIndex(merge_sections(stored, rules)), ""
    note = "no policy has been imported into the database; answering from the shipped default policy"
    return PolicyIndex(merge_sections(default_document().sections, rules)), note


def run_versions(args: argparse.Namespace) -> int:
    return asyncio.run(_versions())


async def _versions() -> int:
    from policy_store.db import create_engine, session_factory
    from policy_store.policy_docs import versions

    settings = load_settings()
    engine = create_engine(settings.database_url)
    try:
        async with session_factory(engine)() as session:
            rows = await versions(session)
    finally:
        await engine.dispose()
    if not rows:
        print("no policy imported yet (answers come from the shipped default policy)")
    for r in rows:
        print(f"{r.name} v{r.version}\t{r.section_count} sections\t{r.imported_at:%Y-%m-%d %H:%M}\t"
              f"{r.imported_by}\t{r.source}")
    return 0
