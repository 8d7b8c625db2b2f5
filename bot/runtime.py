"""Start-up and shutdown of the whole bot, shared by `policybot serve` and `make run`."""

from __future__ import annotations

import asyncio
import logging

from bot.app import create_app
from bot.scheduler import start_scheduler
from bot.server import install_stop_signals, serve_http
from bot.services import build_services
from bot.settings import Settings
from bot.signature import RequestVerifier
from bot.socket_mode import serve_socket_mode
from policy_store.migrate import upgrade_async

log = logging.getLogger("policybot")

DRAIN_SECONDS = 10


async def run(settings: Settings) -> None:
    await upgrade_async(settings.database_url)
    services = build_services(settings)
    bolt = create_app(services)
    scheduler = start_scheduler(services)
    services.start_warm_up()
    stop = asyncio.Event()
    install_stop_signals(stop)
    try:
        if settings.socket_mode:
            await serve_socket_mode(bolt, settings.slack_app_token, stop)
        else:
            verifier = RequestVerifier(settings.slack_signing_secret)
            await serve_http(bolt, verifier, services.engine, settings.host, settings.port, stop)
    finally:
        scheduler.shutdown(wait=False)
        await drain()
        await services.close()
        log.info("stopped")


async def drain(timeout: float = DRAIN_SECONDS) -> None:
    """Let listeners that acked but are still replying (Bolt runs them as tasks) finish.

    Idle keep-alive connections (aiohttp's RequestHandler.start) never finish on their own, so they
    are not waited for.
    """
    current = asyncio.current_task()
    pending = [t for t in asyncio.all_tasks() if t is not current and not t.done()
               and getattr(t.get_coro(), "__qualname__", "") != "RequestHandler.start"]
    if pending:
        await asyncio.wait(pending, timeout=timeout)
