"""Thin Slack listeners, one module per capability; Block Kit builders live in `handlers.views`.

Each module exposes `register(app, services)`. The order matters only for the catch-alls in
`fallback`, which must come last.
"""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.services import Services
from handlers import approvals, ask, checkpost, fallback, home, quiz


def register_all(app: AsyncApp, services: Services) -> None:
    checkpost.register(app, services)
    home.register(app, services)
    approvals.register(app, services)
    ask.register(app, services)
    quiz.register(app, services)
    fallback.register(app, services)
