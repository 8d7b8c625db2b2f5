"""`policybot breach record`: record a policy breach against someone, who is told and may appeal.

Why here: the manufacturing case asks for accountable consequences and a fair appeal. Recording
is deliberate (an admin, from the command line); the person hears about it by DM from the
running bot (through the outbox) with an Appeal button.
"""

from __future__ import annotations

import argparse
import asyncio
import re

from bot.settings import load_settings

USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("breach", help="record a policy breach",
                       description="Record a breach of the social media policy against a person.")
    bsub = p.add_subparsers(dest="breach_command", metavar="ACTION", required=True)
    r = bsub.add_parser("record", help="record a breach (the person is told and can appeal)")
    r.add_argument("--user", required=True, type=_user, help="Slack user id of the person (U...)")
    r.add_argument("--rule", required=True, help="the rule or policy section breached")
    r.add_argument("--by", required=True, type=_user, help="Slack user id of whoever records it (U...)")
    r.add_argument("--note", default="", help="what happened (shown to the person)")
    r.set_defaults(func=run)


def _user(value: str) -> str:
    value = value.strip()
    if not USER_ID.match(value):
        raise argparse.ArgumentTypeError(f"expected a Slack user id like U0123ABCD, got {value!r}")
    return value


async def record(database_url: str, user: str, rule: str, note: str, by: str) -> str:
    from policy_core.clock import SystemClock
    from policy_store import approvals_repo
    from policy_store.db import create_engine, session_factory
    from policy_store.migrate import upgrade_async

    await upgrade_async(database_url)
    engine = create_engine(database_url)
    try:
        breach = await approvals_repo.record_breach(session_factory(engine), user, rule, note, by,
                                                    SystemClock().now())
        return breach.id
    finally:
        await engine.dispose()


def run(args: argparse.Namespace) -> int:
    settings = load_settings()
    bid = asyncio.run(record(settings.database_url, args.user, args.rule.strip(), args.note.strip(), args.by))
    print(f"recorded breach {bid}; the bot will message {args.user} (they can appeal)")
    return 0
