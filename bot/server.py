"""HTTP mode: aiohttp serves Bolt at POST /slack/events and a health check at GET /healthz."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import time

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from sqlalchemy.ext.asyncio import AsyncEngine

from bot import __version__
from bot.signature import RequestVerifier
from policy_store.db import ping

log = logging.getLogger("policybot.http")

MAX_BODY_BYTES = 1024 * 1024  # Slack's payloads are far smaller; anything bigger is not Slack.


def _kind(body: str) -> str:
    """A coarse label for the request log: never the payload itself."""
    if body.startswith("{"):
        try:
            data = json.loads(body)
            return str(data.get("type", "json"))
        except ValueError:
            return "malformed"
    if "command=" in body:
        return "command"
    if "payload=" in body:
        return "interactive"
    return "other"


def create_web_app(bolt: AsyncApp, verifier: RequestVerifier, engine_ping: object) -> web.Application:
    web_app = web.Application(client_max_size=MAX_BODY_BYTES)

    async def slack_events(request: web.Request) -> web.Response:
        started = time.perf_counter()
        raw = await request.read()
        body = raw.decode("utf-8", errors="replace")
        kind = _kind(body)
        if not verifier.is_valid(raw, request.headers):
            resp = web.json_response({"ok": False, "error": "invalid_signature"}, status=401)
        else:
            try:
                bolt_req = await to_bolt_request(request)
            except ValueError:  # a signed body that is not a Slack payload (bad JSON in payload=)
                bolt_req = None
            if bolt_req is None:
                resp = web.json_response({"ok": False, "error": "malformed_payload"}, status=400)
            else:
                resp = await to_aiohttp_response(await bolt.async_dispatch(bolt_req))
        log.info(
            "request",
            extra={"path": request.path, "kind": kind, "status": resp.status,
                   "retry": request.headers.get("X-Slack-Retry-Num"),
                   "ms": round((time.perf_counter() - started) * 1000, 1)},
        )
        return resp

    async def healthz(_request: web.Request) -> web.Response:
        ok = await engine_ping()  # type: ignore[operator]
        return web.json_response(
            {"status": "ok" if ok else "unavailable", "database": "ok" if ok else "down",
             "version": __version__},
            status=200 if ok else 503,
        )

    web_app.router.add_post("/slack/events", slack_events)
    web_app.router.add_get("/healthz", healthz)
    return web_app


async def start_http(bolt: AsyncApp, verifier: RequestVerifier, engine: AsyncEngine, host: str,
                     port: int) -> tuple[web.AppRunner, int]:
    """Start serving the bot on host:port (0 picks a free port); return the runner and the port."""

    async def engine_ping() -> bool:
        return await ping(engine)

    runner = web.AppRunner(create_web_app(bolt, verifier, engine_ping), shutdown_timeout=10, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    bound = int(runner.addresses[0][1])
    log.info("listening", extra={"host": host, "port": bound})
    return runner, bound


async def serve_http(bolt: AsyncApp, verifier: RequestVerifier, engine: AsyncEngine, host: str, port: int,
                     stop: asyncio.Event) -> None:
    """Serve until `stop` is set, then stop accepting and let in-flight requests finish."""
    runner, _ = await start_http(bolt, verifier, engine, host, port)
    await stop.wait()
    log.info("shutting down: no new requests, finishing in-flight ones")
    await runner.cleanup()


def install_stop_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
