"""Serving modes end to end: Socket Mode with the same listeners, and graceful shutdown on SIGTERM."""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path

import aiohttp

from bot.app import create_app
from bot.services import build_services
from bot.socket_mode import serve_socket_mode
from bot.workspace.seed import EMPLOYEE, seed
from bot.workspace.server import start_slack
from bot.workspace.state import Workspace
from policy_store.migrate import upgrade_async
from tests.harness import TOKEN, reset_database, settings_for, start_bot_process

APP_TOKEN = "xapp-local-token"


async def test_socket_mode_runs_the_same_listeners(db_url: str) -> None:
    await reset_database(db_url)
    slack = await start_slack(seed(Workspace()), token=TOKEN)
    settings = settings_for(db_url, slack, SLACK_APP_TOKEN=APP_TOKEN, SLACK_SIGNING_SECRET="")
    assert settings.socket_mode
    await upgrade_async(settings.database_url)
    services = build_services(settings)
    stop = asyncio.Event()
    task = asyncio.create_task(serve_socket_mode(create_app(services), APP_TOKEN, stop))
    try:
        command = {
            "command": "/checkpost", "text": "", "user_id": EMPLOYEE, "channel_id": "C0GENERAL",
            "team_id": "T0LOCAL01", "response_url": slack.api.response_url(EMPLOYEE, "C0GENERAL"),
            "trigger_id": slack.api.issue_trigger(EMPLOYEE),
        }
        ack = await slack.api.socket_mode.send("slash_commands", command)
        assert "How to check a draft" in json.dumps(ack["payload"])
        draft = {**command, "text": "Flash sale! Use code SPRING30 for 30% off today only"}
        await slack.api.socket_mode.send("slash_commands", draft)
        for _ in range(200):
            if slack.workspace.ephemerals_for(EMPLOYEE):
                break
            await asyncio.sleep(0.02)
        assert "Promotion" in json.dumps(slack.workspace.ephemerals_for(EMPLOYEE)[0].blocks)
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
        await services.close()
        await slack.close()


async def test_sigterm_stops_gracefully(tmp_path: Path) -> None:
    slack = await start_slack(seed(Workspace()), token=TOKEN)
    try:
        env = {"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": "s3cret", "SLACK_API_URL": slack.api_url,
               "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"}
        proc = await asyncio.to_thread(start_bot_process, env)
        async with aiohttp.ClientSession() as http, http.get(proc.base_url + "/healthz") as resp:
            assert resp.status == 200
        proc.proc.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(proc.proc.wait, 20)
        assert code == 0
    finally:
        await slack.close()
