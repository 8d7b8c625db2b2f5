"""`make run` without a Slack account: the bot plus a local workspace beside it, on loopback.

The bot is the real one (same factory, migrations, scheduler, signed HTTP endpoint); only Slack is
replaced, by `bot.workspace` grown into a page a person can use. The bot's SLACK_API_URL points at
the workspace's Web API, and the page sends the bot signed requests exactly as Slack does.

Why a throwaway database by default: the workspace lives in memory, so a database kept from an
earlier run would point at messages that no longer exist. Set DATABASE_URL to keep one anyway.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import shutil
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.app import create_app
from bot.runtime import drain
from bot.scheduler import jobs, start_scheduler
from bot.server import install_stop_signals, start_http
from bot.services import Services, build_services
from bot.settings import Settings, load_settings
from bot.signature import RequestVerifier
from bot.workspace import seed as demo
from bot.workspace.page import Controls, LocalPage
from bot.workspace.sender import SlackSender
from bot.workspace.server import RunningSlack, start_slack
from bot.workspace.state import Workspace
from policy_core.clock import OffsetClock
from policy_store.migrate import upgrade_async

log = logging.getLogger("policybot.sandbox")

HOST = "127.0.0.1"  # no login on the page: never listen beyond this machine
NO_CREDENTIALS = ("no Slack credentials found; set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET in .env "
                  "to serve a real workspace")

# How the demo organisation is wired, unless .env says otherwise (by setting name).
DEMO_SETTINGS = {
    "REVIEW_CHANNEL": demo.LEGAL_REVIEW,
    "REVIEW_CHANNELS": f"promotion={demo.MARKETING_REVIEW},financial_promise={demo.COMPLIANCE_REVIEW},"
    f"confidential={demo.LEGAL_REVIEW}",
    "REVIEW_LEAD": demo.LEAD,
    "APPEALS_CHANNEL": demo.APPEALS,
}


def wants_sandbox(settings: Settings) -> bool:
    """No Slack credentials at all. (Some but not all is a half-done set-up: that gets the one-line error.)"""
    return not (settings.slack_bot_token or settings.slack_signing_secret or settings.slack_app_token)


def sandbox_settings(settings: Settings, api_url: str, token: str, secret: str, database_url: str | None) -> Settings:
    """The operator's settings with the workspace's credentials, and demo wiring where they set none."""
    fields = {info.alias or name: name for name, info in Settings.model_fields.items()}
    given = {alias for alias, name in fields.items() if name in settings.model_fields_set}
    # Every current value is passed explicitly, so nothing is read again from the environment or .env.
    values: dict[str, Any] = {alias: getattr(settings, name) for alias, name in fields.items()}
    values.update({alias: value for alias, value in DEMO_SETTINGS.items() if alias in fields and alias not in given})
    values.update({"SLACK_BOT_TOKEN": token, "SLACK_SIGNING_SECRET": secret, "SLACK_APP_TOKEN": "",
                   "SLACK_API_URL": api_url})
    if database_url is not None:
        values["DATABASE_URL"] = database_url
    return load_settings(**values)


@dataclass
class Sandbox:
    """A running bot and its local workspace (also used by tests, in-process)."""

    slack: RunningSlack
    page: LocalPage
    services: Services
    clock: OffsetClock
    bot_runner: web.AppRunner
    bot_url: str
    http: aiohttp.ClientSession

    @property
    def url(self) -> str:
        return self.slack.api.base_url

    @property
    def ws(self) -> Workspace:
        return self.slack.workspace

    async def advance(self, delta: timedelta) -> str:
        """Move the clock forward, then run every scheduled job once so its effects show now."""
        now = self.clock.advance(delta)
        failed = []
        for job in jobs():
            try:
                await job.run(self.services)
            except Exception:
                log.exception("scheduled job failed", extra={"job": job.name})
                failed.append(job.name)
        note = f"Clock moved to {now:%a %d %b %H:%M} UTC; ran the scheduled jobs"
        return note + (f" ({', '.join(failed)} failed: see the log)." if failed else ".")

    async def close(self) -> None:
        """Stop taking requests, let the bot's acked listeners finish their Slack calls, then stop Slack."""
        self.page.shutdown()
        await self.bot_runner.cleanup()
        await drain()
        await self.http.close()
        await self.services.close()
        await self.slack.close()


async def start_sandbox(settings: Settings, *, bot_port: int, workspace_port: int,
                        database_url: str | None = None) -> Sandbox:
    clock = OffsetClock()
    ws = demo.seed(Workspace())
    ws.time = lambda: clock.now().timestamp()
    token = "xoxb-sandbox-" + secrets.token_hex(12)
    secret = secrets.token_hex(16)
    controls = Controls()
    pages: list[LocalPage] = []

    def add_page(api: Any, app: web.Application) -> None:
        page = LocalPage(api, controls)
        page.install(app)
        pages.append(page)

    try:
        slack = await start_slack(ws, host=HOST, port=workspace_port, token=token, extend=add_page)
    except OSError:
        if workspace_port == 0:
            raise
        slack = await start_slack(ws, host=HOST, port=0, token=token, extend=add_page)  # next port is busy
    page = pages[0]
    bot_settings = sandbox_settings(settings, slack.api_url, token, secret, database_url)
    await upgrade_async(bot_settings.database_url)
    services = build_services(bot_settings, clock=clock)
    bolt = create_app(services)
    services.start_warm_up()

    runner, port = await start_http(bolt, RequestVerifier(secret), services.engine, HOST, bot_port)
    bot_url = f"http://{HOST}:{port}"
    http = aiohttp.ClientSession()
    page.sender = SlackSender(bot_url + "/slack/events", secret, slack.api, http)
    box = Sandbox(slack, page, services, clock, runner, bot_url, http)
    controls.advance = box.advance
    quiz = _quiz_pusher()
    if quiz is not None:

        async def push() -> str:
            return await quiz(services)

        controls.push_quiz = push
    log.info("local workspace", extra={"url": box.url})
    return box


async def run_sandbox(settings: Settings, forced: bool = False,
                      announce: Callable[[str], None] = lambda line: print(line, flush=True)) -> None:
    """Serve the sandbox until SIGTERM/SIGINT; print the page's address on one line."""
    explicit_db = "database_url" in settings.model_fields_set
    tmp = None if explicit_db else Path(tempfile.mkdtemp(prefix="policybot-sandbox-"))
    database_url = None if tmp is None else f"sqlite+aiosqlite:///{tmp / 'sandbox.db'}"
    stop = asyncio.Event()
    install_stop_signals(stop)
    box = await start_sandbox(settings, bot_port=settings.port,
                              workspace_port=settings.port + 1 if 0 < settings.port < 65535 else 0,
                              database_url=database_url)
    scheduler = start_scheduler(box.services)
    why = "started with --sandbox" if forced else NO_CREDENTIALS
    announce(f"Local workspace: {box.url} ({why})")
    try:
        await stop.wait()
        log.info("shutting down: no new requests, finishing in-flight ones")
    finally:
        scheduler.shutdown(wait=False)
        await box.close()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        log.info("stopped")


def _quiz_pusher() -> Callable[[Services], Awaitable[str]] | None:
    """What `policybot quiz push --send` runs (bot.commands.quiz), on the sandbox's own services."""
    try:
        from bot.quiz import get_worker
        from bot.quiz.rounds import push
        from policy_core.quiz import QuizBankError
    except ImportError:  # a tree without the quiz capability: no button
        return None

    async def push_quiz(services: Services) -> str:
        rid = "push:" + services.clock.now().strftime("%Y%m%dT%H%M%S")
        try:
            pushed = await push(services, rid)
        except QuizBankError:
            log.exception("quiz push failed")
            return "The question bank cannot be loaded: see the log."
        stats = await get_worker(services).drain(round_id=rid)
        sent = stats.as_dict().get("sent", 0)
        return (f"Quiz round {pushed.round_id}: {pushed.audience} people, {pushed.added} questions queued, "
                f"{sent} sent by DM.")

    return push_quiz
