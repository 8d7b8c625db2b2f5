"""Breaches and the audit export from the command line; a SIGKILL between submit and decide."""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import json
import os
import signal
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest

from bot.commands import audit as audit_command
from bot.commands import breach as breach_command
from bot.workspace.seed import ADMIN, APPEALS, EMPLOYEE, MARKETING_REVIEW, REVIEWER, seed
from bot.workspace.sender import SlackSender
from bot.workspace.server import start_slack
from bot.workspace.state import Workspace
from handlers import approvals
from handlers.views import approvals as views
from policy_core.clock import ManualClock
from policy_store.migrate import upgrade_async
from tests.approvals.conftest import APPROVAL_SETTINGS
from tests.approvals.helpers import PROMO, buttons, dm_texts, quiet
from tests.harness import SECRET, TOKEN, reset_database, running_bot, start_bot_process


def main(argv: list[str]) -> int:
    """Our subcommands through argparse, as `policybot` runs them (without the other capabilities')."""
    parser = argparse.ArgumentParser(prog="policybot")
    sub = parser.add_subparsers(dest="command")
    audit_command.register(sub)
    breach_command.register(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))


async def test_breach_is_recorded_the_person_appeals_and_the_audit_exports(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    async with running_bot(db_url, **APPROVAL_SETTINGS) as bot:
        monkeypatch.setenv("DATABASE_URL", db_url)
        code = await asyncio.to_thread(main, ["breach", "record", "--user", EMPLOYEE, "--rule", "test.promo_code",
                                              "--by", REVIEWER, "--note", "Posted a discount code unapproved."])
        assert code == 0
        assert isinstance(bot.clock, ManualClock)
        bot.clock.advance(timedelta(minutes=1))  # the CLI stamps with the real clock
        await approvals.outbox_tick(bot.services)  # the running bot delivers the notice
        dm = bot.ws.dms_to(EMPLOYEE)[-1]
        value = buttons(dm.blocks)[views.APPEAL_OPEN]
        assert value.startswith("breach:") and "discount code" in json.dumps(dm.blocks)
        bid = value.split(":", 1)[1]
        view = {**views.appeal_modal("breach", bid), "id": "V0APPEAL"}
        await bot.sender.view_submission(EMPLOYEE, view, {views.REASON_BLOCK: {views.REASON_INPUT: {
            "type": "plain_text_input", "value": "It was the approved code."}}})
        await bot.until(lambda: bot.ws.messages_in(APPEALS), what="appeal message")
        await quiet(bot)
        msg = bot.ws.messages_in(APPEALS)[0]
        await bot.sender.block_action(ADMIN, views.UPHOLD, buttons(msg.blocks)[views.UPHOLD], channel=APPEALS,
                                      message_ts=msg.ts)
        await bot.until(lambda: any("original decision stands" in t for t in dm_texts(bot, EMPLOYEE)))
        await quiet(bot)

        out = tmp_path / "audit.csv"
        capsys.readouterr()
        assert await asyncio.to_thread(main, ["audit", "export", "--since", "2000-01-01", "--format", "csv",
                                              "-o", str(out)]) == 0
        rows = list(csv.DictReader(io.StringIO(out.read_text())))
        assert [r["action"] for r in rows] == ["breach_recorded", "appealed", "appeal_decided"]
        assert {r["request_id"] for r in rows} == {bid}
        assert rows[-1]["actor"] == ADMIN
        assert await asyncio.to_thread(main, ["audit", "export", "--format", "jsonl"]) == 0
        lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
        assert [x["action"] for x in lines] == ["breach_recorded", "appealed", "appeal_decided"]
        assert await asyncio.to_thread(main, ["audit", "export", "--since", "2999-01-01", "--format", "jsonl"]) == 0
        assert capsys.readouterr().out == ""


async def test_sigkill_between_submission_and_decision_loses_nothing(db_url: str, tmp_path: Path) -> None:
    if db_url.startswith("sqlite"):
        db_url = f"sqlite+aiosqlite:///{tmp_path / 'killed.db'}"
    await reset_database(db_url)
    await upgrade_async(db_url)
    slack = await start_slack(seed(Workspace()), token=TOKEN)
    env = {
        "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": slack.api_url,
        "DATABASE_URL": db_url, "LOG_LEVEL": "INFO", "SLACK_APP_TOKEN": "",
        **{k: str(v) for k, v in APPROVAL_SETTINGS.items()},
    }
    ws = slack.workspace
    procs = []
    async with aiohttp.ClientSession() as http:
        try:
            proc = await asyncio.to_thread(start_bot_process, env)
            procs.append(proc)
            sender = SlackSender(proc.base_url + "/slack/events", SECRET, slack.api, http)
            assert (await sender.command(EMPLOYEE, "/checkpost", f"--submit {PROMO}")).status == 200
            await _until(lambda: ws.messages_in(MARKETING_REVIEW), "review message")
            # The author's confirmation is sent after the review post is recorded: submission is done.
            await _until(lambda: ws.dms_to(EMPLOYEE), "submission confirmation")
            review = ws.messages_in(MARKETING_REVIEW)[0]
            rid = buttons(review.blocks)[views.APPROVE]

            os.kill(proc.proc.pid, signal.SIGKILL)
            proc.proc.wait(10)

            proc = await asyncio.to_thread(start_bot_process, env)
            procs.append(proc)
            sender = SlackSender(proc.base_url + "/slack/events", SECRET, slack.api, http)
            await sender.block_action(REVIEWER, views.APPROVE, rid, channel=MARKETING_REVIEW, message_ts=review.ts)
            await _until(lambda: any("approved" in m.text for m in ws.dms_to(EMPLOYEE)), "approval DM")
            assert "Approved" in json.dumps(ws.find_message(MARKETING_REVIEW, review.ts).blocks)  # type: ignore[union-attr]
        finally:
            for p in procs:
                if p.proc.poll() is None:
                    p.proc.kill()
                    p.proc.wait(10)
            await slack.close()


async def _until(pred: object, what: str, timeout: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not pred():  # type: ignore[operator]
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)
