"""Start the real bot (real HTTP, real database, real migrations) against the local fake Slack.

Nothing of ours is mocked: the bot is built by the same factory production uses; only Slack is
replaced, by `bot.workspace`, reached over HTTP through SLACK_API_URL.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from sqlalchemy import text

from bot.app import create_app
from bot.runtime import drain
from bot.server import start_http
from bot.services import Services, build_services
from bot.settings import Settings, load_settings
from bot.signature import RequestVerifier
from bot.workspace.seed import seed
from bot.workspace.sender import SlackSender
from bot.workspace.server import RunningSlack, start_slack
from bot.workspace.state import Workspace
from policy_core.clock import Clock, ManualClock
from policy_store.db import create_engine
from policy_store.migrate import upgrade_async

SECRET = "test-signing-secret-0123456789abcdef"
TOKEN = "xoxb-test-token"
PG_ENV = "POLICYBOT_TEST_DATABASE_URL"


async def reset_database(url: str) -> None:
    """Give a test an empty PostgreSQL schema (SQLite tests get a fresh file instead)."""
    if url.startswith("sqlite"):
        return
    engine = create_engine(url)
    async with engine.begin() as conn:
        await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        await conn.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


def settings_for(db_url: str, slack: RunningSlack, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": slack.api_url,
        "DATABASE_URL": db_url, "REVIEW_CHANNEL": "C0LEGALREV", "_env_file": None,
    }
    values.update(overrides)
    return load_settings(**values)


@dataclass
class Bot:
    services: Services
    app: AsyncApp
    url: str
    slack: RunningSlack
    sender: SlackSender
    http: aiohttp.ClientSession
    clock: Clock

    @property
    def ws(self) -> Workspace:
        return self.slack.workspace

    async def settle(self, timeout: float = 5.0) -> None:
        """Let listeners that already acked finish their follow-up Slack calls."""
        await drain(timeout)

    async def until(self, predicate: Any, timeout: float = 15.0, what: str = "condition") -> None:
        """Wait for an effect of an acked request (a reply arrives after the ack, as in Slack)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            await asyncio.sleep(0.01)


@asynccontextmanager
async def running_bot(db_url: str, *, workspace: Workspace | None = None, clock: Clock | None = None,
                      **overrides: Any) -> AsyncIterator[Bot]:
    await reset_database(db_url)
    slack = await start_slack(workspace or seed(Workspace()), token=TOKEN)
    settings = settings_for(db_url, slack, **overrides)
    await upgrade_async(settings.database_url)
    clock = clock or ManualClock()
    services = build_services(settings, clock=clock)
    app = create_app(services)

    runner, port = await start_http(app, RequestVerifier(SECRET), services.engine, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{port}/slack/events"
    http = aiohttp.ClientSession()
    sender = SlackSender(url, SECRET, slack.api, http)
    bot = Bot(services, app, url, slack, sender, http, clock)
    try:
        yield bot
    finally:
        await http.close()
        await bot.settle(10.0)
        await runner.cleanup()
        await services.close()
        await slack.close()


@dataclass
class BotProcess:
    proc: subprocess.Popen[bytes]
    base_url: str


def start_bot_process(env: dict[str, str], timeout: float = 30.0) -> BotProcess:
    """Start `policybot serve` as a real process (for kill/restart tests); wait until it listens."""
    full_env = {**os.environ, "PORT": "0", "HOST": "127.0.0.1", **env}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve"], env=full_env, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL)
    assert proc.stderr is not None
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            if proc.poll() is not None:
                raise RuntimeError(f"bot exited with {proc.returncode}")
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if rec.get("msg") == "listening":
            _drain_in_background(proc)
            return BotProcess(proc, f"http://127.0.0.1:{rec['port']}")
    proc.kill()
    raise RuntimeError("bot did not start listening in time")


def _drain_in_background(proc: subprocess.Popen[bytes]) -> None:
    """Keep reading the child's stderr so it never blocks on a full pipe."""
    import threading

    def drain() -> None:
        assert proc.stderr is not None
        for _ in proc.stderr:
            pass

    threading.Thread(target=drain, daemon=True).start()
