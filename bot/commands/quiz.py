"""`policybot quiz ...`: the training micro-quiz commands.

`quiz` is a group: each subcommand has a `_register_<name>(quiz_sub)` that adds its parser with
`set_defaults(func=...)`, and `register` calls them all. To add one (e.g. `push`, `report`), write
its `_register_<name>` and `run_<name>` and add a line to `register`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from bot.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("quiz", help="training micro-quizzes: check the question bank",
                       description="Training micro-quizzes sent to employees in Slack.")
    quiz_sub = p.add_subparsers(dest="quiz_command", metavar="SUBCOMMAND", required=True)
    _register_validate(quiz_sub)
    _register_push(quiz_sub)
    _register_report(quiz_sub)


def _register_validate(quiz_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = quiz_sub.add_parser(
        "validate", help="validate a question bank and print what it holds",
        description="Load and validate every *.yaml question bank file in PATH (default: the shipped "
        "bank) and print counts per sector, kind and tag. Exit 1, naming the file, question id and field, "
        "if the bank is invalid.")
    p.add_argument("path", nargs="?", type=Path, default=None, metavar="PATH",
                   help="a bank directory or a single bank file (default: policy_store/quiz)")
    p.add_argument("--rule-examples", action="store_true",
                   help="also generate 'would this pass?' items from the rulebooks' examples (loads the checker)")
    p.add_argument("--sectors", default=None, metavar="LIST",
                   help="comma-separated sectors to keep (default: all)")
    p.set_defaults(func=run_validate)


def run_validate(args: argparse.Namespace) -> int:
    from policy_core.quiz import QuizBankError, load_bank

    sectors = [s.strip() for s in args.sectors.split(",") if s.strip()] if args.sectors else None
    checker = None
    try:
        if args.rule_examples:
            from policy_core.checker import Checker, RulebookError

            try:
                checker = Checker.load(sectors=sectors)
            except RulebookError as exc:
                print(f"policybot quiz validate: cannot load the rulebooks: {exc}", file=sys.stderr)
                return 1
        bank = load_bank(args.path, checker=checker, sectors=sectors)
    except QuizBankError as exc:
        print(f"policybot quiz validate: invalid question bank:\n{exc}", file=sys.stderr)
        return 1

    hand = sum(q.source == "bank" for q in bank)
    where = args.path or "policy_store/quiz"
    print(f"{where}: {len(bank)} questions ({hand} hand-written, {len(bank) - hand} from rule examples) "
          f"in {len(bank.files)} files: OK")
    sector_counts: Counter[str] = Counter()
    for q in bank:
        sector_counts.update(["everyone"] if q.for_everyone else q.sectors)
    _print_counts("sector", sector_counts)
    _print_counts("kind", Counter(q.kind for q in bank))
    _print_counts("tag", Counter(t for q in bank for t in q.tags))
    _print_counts("section", Counter(q.section_id for q in bank))
    if bank.skipped:
        print(f"rule examples skipped (the checker disagrees with the rule's own example): "
              f"{', '.join(bank.skipped)}")
    return 0


def _print_counts(what: str, counts: Counter[str]) -> None:
    print(f"by {what}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))


def _register_push(quiz_sub: argparse._SubParsersAction) -> None:
    p = quiz_sub.add_parser(
        "push", help="send everyone in the audience a question now",
        description="Refresh the audience from Slack and queue one question for each person in it (one per "
        "person per round, however often this is run with the same --round). The running bot's worker posts "
        "them within seconds; with --send this command posts them itself, then exits.")
    p.add_argument("--round", dest="round_id", default=None, metavar="ID",
                   help="round id (default: push:<UTC timestamp>); repeat a push with the same id to resume it")
    p.add_argument("--send", action="store_true", help="deliver the round in this process and wait until done")
    p.add_argument("--within-hours", action="store_true",
                   help="hold each question until the person's working hours (QUIZ_WORKING_HOURS)")
    p.set_defaults(func=run_push)


def run_push(args: argparse.Namespace) -> int:
    import asyncio
    from datetime import UTC, datetime

    from bot.logging_setup import setup_logging
    from bot.settings import load_settings, require

    settings = load_settings()
    require(settings, [] if settings.slack_bot_token else ["SLACK_BOT_TOKEN"])
    setup_logging(settings.log_level)
    rid = args.round_id or "push:" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return asyncio.run(_push(settings, rid, args.send, args.within_hours))


async def _push(settings: Settings, rid: str, send: bool, within_hours: bool) -> int:
    from bot.quiz import get_worker
    from bot.quiz.rounds import push
    from bot.services import build_services
    from policy_core.quiz import QuizBankError
    from policy_store.migrate import upgrade_async

    await upgrade_async(settings.database_url)
    services = build_services(settings)
    try:
        try:
            pushed = await push(services, rid, within_hours=within_hours)
        except QuizBankError as exc:
            print(f"policybot quiz push: the question bank cannot be loaded:\n{exc}", file=sys.stderr)
            return 1
        print(f"round {pushed.round_id}: {pushed.audience} people, {pushed.added} questions queued", flush=True)
        if send:
            stats = await get_worker(services).drain(round_id=rid)
            print("delivered: " + ", ".join(f"{k} {v}" for k, v in stats.as_dict().items()), flush=True)
    finally:
        await services.close()
    return 0


def _register_report(quiz_sub: argparse._SubParsersAction) -> None:
    p = quiz_sub.add_parser(
        "report", help="training compliance report (CSV or JSON lines)",
        description="Per person: asked, answered, correct, accuracy, streak, score, last answered. "
        "With --by section or --by team: the same totals per policy section or team.")
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    p.add_argument("--by", choices=("person", "section", "team"), default="person")
    p.add_argument("--since", default=None, metavar="YYYY-MM-DD", help="only questions sent since this date (UTC)")
    p.add_argument("--output", "-o", type=Path, default=None, metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    import asyncio
    import csv
    import json
    from datetime import UTC, datetime

    from bot.settings import load_settings

    settings = load_settings()
    since = None
    if args.since:
        try:
            since = datetime.strptime(args.since, "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            print("policybot quiz report: --since takes a date like 2026-01-31", file=sys.stderr)
            return 2
    rows = asyncio.run(_report_rows(settings.database_url, args.by, since, settings))
    out = args.output.open("w", newline="", encoding="utf-8") if args.output else sys.stdout
    try:
        if args.format == "jsonl":
            for row in rows:
                out.write(json.dumps(row, default=str) + "\n")
        else:
            fields = list(rows[0]) if rows else REPORT_FIELDS[args.by]
            writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)
    finally:
        if args.output:
            out.close()
    return 0


REPORT_FIELDS = {
    "person": ["user_id", "name", "team", "active", "asked", "answered", "correct", "accuracy", "streak",
               "best_streak", "score", "last_answered_at"],
    "section": ["section_id", "section_title", "asked", "answered", "correct", "accuracy"],
    "team": ["team", "asked", "answered", "correct", "accuracy"],
}


async def _report_rows(url: str, by: str, since: datetime | None, settings: Settings) -> list[dict[str, object]]:
    from policy_store import quiz_repo
    from policy_store.db import create_engine, session_factory
    from policy_store.migrate import upgrade_async

    await upgrade_async(url)
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            if by == "person":
                rows = await quiz_repo.report_people(session, since)
            else:
                rows = await quiz_repo.report_by(session, by, since)
    finally:
        await engine.dispose()
    if by == "section":
        titles = _section_titles(settings)
        rows = [{"section_id": r["section"], "section_title": titles.get(r["section"], ""),
                 **{k: r[k] for k in ("asked", "answered", "correct", "accuracy")}} for r in rows]
    return [{k: r.get(k) for k in REPORT_FIELDS[by]} for r in rows]


def _section_titles(settings: Settings) -> dict[str, str]:
    """Section titles from the question bank (rule-example sections included when the checker loads)."""
    from policy_core.quiz import QuizBankError, load_bank

    try:
        bank = load_bank(settings.quiz_bank, sectors=settings.sectors)
    except QuizBankError:
        return {}
    return {q.section_id: q.section_title for q in bank}

