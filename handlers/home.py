"""The App Home tab, published when a person opens it."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.services import Services
from handlers import approvals
from handlers.views.home import home_view


def register(app: AsyncApp, services: Services) -> None:
    @app.event("app_home_opened")
    async def home_opened(event: dict[str, Any], client: AsyncWebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        sections = await approvals.queue_blocks(services, event["user"])  # approvals: the person's queue
        await client.views_publish(user_id=event["user"], view=home_view(sections))
