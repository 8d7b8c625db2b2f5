"""`policybot serve`: migrate, then serve Slack over HTTP (or Socket Mode with SLACK_APP_TOKEN)."""

from __future__ import annotations

import argparse
import asyncio

from bot.logging_setup import setup_logging
from bot.settings import load_settings, require


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("serve", help="serve the bot (the default)",
                       description="Apply migrations, then serve Slack. HTTP mode listens on HOST:PORT at "
                       "/slack/events; with SLACK_APP_TOKEN set, Socket Mode is used instead.")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.runtime import run as run_bot

    settings = load_settings()
    require(settings, settings.missing_for_slack())
    setup_logging(settings.log_level)
    asyncio.run(run_bot(settings))
    return 0
