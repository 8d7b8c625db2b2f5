"""The `policybot` command line. Subcommands live in `bot.commands`, one module each."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bot import __version__
from bot.settings import SettingsError

# Each module in bot.commands registers its own subcommand(s).
COMMANDS = ("serve", "migrate", "check", "rules", "quiz", "audit", "breach", "ask")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policybot",
        description="Policybot: check drafts against the social media policy, route approvals, "
        "train and answer policy questions. Without a subcommand, serves the bot.",
    )
    parser.add_argument("--version", action="version", version=f"policybot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"bot.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["serve", *(argv or sys.argv[1:])])
    try:
        return int(args.func(args))
    except SettingsError as exc:
        print(f"policybot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
