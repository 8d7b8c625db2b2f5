"""The Bolt app factory: one AsyncApp with every listener, for HTTP and Socket Mode alike."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

import handlers
from bot.services import Services
from policy_store.events import first_delivery

log = logging.getLogger("policybot.app")


def create_app(services: Services) -> AsyncApp:
    settings = services.settings
    app = AsyncApp(
        client=services.client,
        signing_secret=settings.slack_signing_secret or "unused-in-socket-mode",
        # Signatures are checked by bot.server before the body is parsed (401 there).
        request_verification_enabled=False,
        # Our own listeners answer unknown input kindly; no Bolt "unhandled request" warnings.
        raise_error_for_unhandled_request=False,
        process_before_response=False,
    )

    @app.middleware
    async def dedupe_events(
        req: AsyncBoltRequest, resp: BoltResponse, next: Callable[[], Awaitable[BoltResponse]]
    ) -> BoltResponse:
        """Slack retries an event it thinks we missed; handle each event_id once, ack the rest."""
        body: dict[str, Any] = req.body if isinstance(req.body, dict) else {}
        event_id = body.get("event_id")
        if body.get("type") == "event_callback" and isinstance(event_id, str):
            if not await first_delivery(services.sessions, event_id):
                log.info("duplicate event skipped", extra={"event_id": event_id})
                return BoltResponse(status=200, body="")
        return await next()

    @app.error
    async def on_error(error: Exception, body: dict[str, Any], context: AsyncBoltContext) -> None:
        log.exception("listener failed", exc_info=error, extra={"type": body.get("type")})

    handlers.register_all(app, services)
    return app
