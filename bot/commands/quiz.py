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


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("quiz", help="training micro-quizzes: check the question bank",
                       description="Training micro-quizzes sent to employees in Slack.")
    quiz_sub = p.add_subparsers(dest="quiz_command", metavar="SUBCOMMAND", required=True)
    _register_validate(quiz_sub)


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

