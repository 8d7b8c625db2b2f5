"""Socket Mode: the same Bolt app over a WebSocket, for workspaces that cannot reach our HTTP port."""

from __future__ import annotations

import asyncio
import logging

from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

log = logging.getLogger("policybot.socket")


async def serve_socket_mode(bolt: AsyncApp, app_token: str, stop: asyncio.Event) -> None:
    handler = AsyncSocketModeHandler(bolt, app_token)
    await handler.connect_async()
    log.info("connected in socket mode")
    await stop.wait()
    await handler.close_async()
