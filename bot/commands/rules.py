"""`policybot rules ...`: validate and test rulebooks.

    policybot rules validate [PATH]   load and schema-check a rulebook folder (or one file)
    policybot rules test [PATH]       run every rule's flag/pass examples; exit 1 on any miss
    policybot rules list [PATH]       list the rules with category, action and sectors
    policybot rules import FILE.md    import a Markdown policy (see `policybot policy import`)

PATH defaults to $POLICY_DIR, else the shipped rulebooks. Exit codes: 0 ok, 1 invalid rulebook or
failing examples, 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policy_core.checker import Checker


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rules", help="validate, test and list the checker's rulebooks",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    rsub = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    for name, help_text, func in (
        ("validate", "schema-check a rulebook and print what it holds", run_validate),
        ("test", "run every rule's flag/pass examples; exit 1 on any miss", run_test),
        ("list", "list the loaded rules", run_list),
    ):
        q = rsub.add_parser(name, help=help_text, description=help_text)
        q.add_argument("path", nargs="?", type=Path, default=None, metavar="PATH",
                       help="a rulebook folder or a single rulebook .yaml (default: $POLICY_DIR or shipped)")
        q.add_argument("--sectors", default=None, help="comma list of sector rulebooks to load (default: all)")
        q.set_defaults(func=func)
    try:
        from bot.commands.policy_docs import add_import_parser
    except ImportError:  # the ask feature is optional for the checker
        return
    add_import_parser(rsub)


def _load(args: argparse.Namespace) -> Checker | None:
    from policy_core.checker import Checker, RulebookError

    path = args.path
    if path is None and os.environ.get("POLICY_DIR", "").strip():
        path = Path(os.environ["POLICY_DIR"].strip())
    sectors = [s.strip() for s in (args.sectors or "").split(",") if s.strip()] or None
    try:
        return Checker.load(policy_dir=path, sectors=sectors)
    except RulebookError as exc:
        print(f"policybot rules: invalid rulebook:\n{exc}", file=sys.stderr)
        return None


def run_validate(args: argparse.Namespace) -> int:
    checker = _load(args)
    if checker is None:
        return 1
    book = checker.book
    cats = Counter(r.category for r in checker.rules)
    print(f"ok: {len(book.files)} file(s), {len(checker.rules)} rules, {len(checker.sections)} sections; "
          f"org {checker.org.company!r}; sectors {', '.join(checker.sectors)}")
    for path in book.files:
        print(f"  {path}")
    print("  rules by category: " + ", ".join(f"{c} {n}" for c, n in sorted(cats.items())))
    return 0


def run_test(args: argparse.Namespace) -> int:
    from policy_core.checker.examples import run_examples

    checker = _load(args)
    if checker is None:
        return 1
    count, misses = run_examples(checker)
    for miss in misses:
        print(f"MISS {miss.describe()}")
    print(f"{count - len(misses)} passed, {len(misses)} failed ({len(checker.rules)} rules)")
    return 1 if misses else 0


def run_list(args: argparse.Namespace) -> int:
    checker = _load(args)
    if checker is None:
        return 1
    for r in checker.rules:
        print(f"{r.id:<48} {r.category:<18} {r.action:<15} {','.join(r.sectors):<14} {r.section.id}")
    return 0
