"""`policybot serve`: migrate, then serve Slack over HTTP (or Socket Mode with SLACK_APP_TOKEN).

With no Slack credentials at all (or with --sandbox), it serves a local workspace in the browser
instead (bot.sandbox), so `make run` shows the whole product on a fresh machine.
"""

from __future__ import annotations

import argparse
import asyncio

from bot.logging_setup import setup_logging
from bot.settings import load_settings, require


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the bot (the default)",
                       description="Apply migrations, then serve Slack. HTTP mode listens on HOST:PORT at "
                       "/slack/events; with SLACK_APP_TOKEN set, Socket Mode is used instead. With no Slack "
                       "credentials, serve a local workspace in the browser on 127.0.0.1 (PORT+1) instead.")
    p.add_argument("--sandbox", action="store_true",
                   help="serve the local workspace even when Slack credentials are set")
    p.set_defaults(func=run, sandbox=False)


def run(args: argparse.Namespace) -> int:
    from bot.sandbox import run_sandbox, wants_sandbox

    settings = load_settings()
    forced = bool(getattr(args, "sandbox", False))
    if not forced and not wants_sandbox(settings):
        require(settings, settings.missing_for_slack())
    setup_logging(settings.log_level)
    if forced or wants_sandbox(settings):
        asyncio.run(run_sandbox(settings, forced=forced))
        return 0
    from bot.runtime import run as run_bot

    asyncio.run(run_bot(settings))
    return 0
