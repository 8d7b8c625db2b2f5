"""Catch-alls: an unknown command or a stray payload gets a kind answer and changes nothing."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp

from bot.services import Services

log = logging.getLogger("policybot.handlers")


def register(app: AsyncApp, services: Services) -> None:
    @app.command(re.compile(r".*"))
    async def unknown_command(ack: AsyncAck, command: dict[str, Any]) -> None:
        await ack(
            text=f"Sorry, I don't know the command `{command.get('command', '?')}`. "
            "Try `/checkpost help`."
        )

    @app.action(re.compile(r".*"))
    async def unknown_action(ack: AsyncAck, body: dict[str, Any]) -> None:
        log.info("unhandled action", extra={"type": body.get("type")})
        await ack()
