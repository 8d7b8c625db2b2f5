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


class PolicyApp(AsyncApp):
    """Bolt's AsyncApp, recording which commands, shortcuts and events are registered by name.

    Why: the manifest must declare exactly what the code listens to; a test compares the two.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.registered: dict[str, set[str]] = {"commands": set(), "shortcuts": set(), "events": set()}

    def command(self, command: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(command, str):
            self.registered["commands"].add(command)
        return super().command(command, *args, **kwargs)

    def shortcut(self, constraints: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(constraints, str):
            self.registered["shortcuts"].add(constraints)
        return super().shortcut(constraints, *args, **kwargs)

    def event(self, event: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(event, str):
            self.registered["events"].add(event)
        elif isinstance(event, dict) and isinstance(event.get("type"), str):
            self.registered["events"].add(event["type"])
        return super().event(event, *args, **kwargs)


def create_app(services: Services) -> PolicyApp:
    settings = services.settings
    app = PolicyApp(
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
