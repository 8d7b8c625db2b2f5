"""`policybot quiz push --send` to 5,000 people over real processes: exactly one DM each.

With 429s from Slack, with two worker processes on PostgreSQL, and with the worker SIGKILLed in
the middle of the fan-out (in the worst place: right after Slack accepted a post) and restarted.
Each test stays well under a minute; they run in `make test`.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.workspace.seed import seed_crowd
from bot.workspace.server import RunningSlack, start_slack
from bot.workspace.state import BOT_USER_ID, Workspace
from handlers.views.quiz import delivery_id_in
from policy_store.migrate import upgrade_async
from tests.harness import PG_ENV, TOKEN, reset_database

pytestmark = pytest.mark.fanout

PEOPLE = 5000
ROUND = "push:fanout"


@pytest.fixture
async def crowd() -> AsyncIterator[RunningSlack]:
    ws = Workspace()
    seed_crowd(ws, PEOPLE)
    slack = await start_slack(ws, token=TOKEN)
    try:
        yield slack
    finally:
        await slack.close()


def worker_env(db_url: str, slack: RunningSlack) -> dict[str, str]:
    return {**os.environ, "SLACK_BOT_TOKEN": TOKEN, "SLACK_API_URL": slack.api_url, "DATABASE_URL": db_url,
            "QUIZ_SCHEDULE": "off", "QUIZ_CONCURRENCY": "64", "QUIZ_LEASE_SECONDS": "4", "LOG_LEVEL": "WARNING"}


async def start_push(db_url: str, slack: RunningSlack, log: Path) -> asyncio.subprocess.Process:
    with log.open("ab") as err:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "quiz", "push", "--send", "--round", ROUND,
            env=worker_env(db_url, slack), stdout=asyncio.subprocess.PIPE, stderr=err)


async def finish(proc: asyncio.subprocess.Process, log: Path, timeout: float = 90) -> dict[str, int]:
    out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    assert proc.returncode == 0, log.read_bytes()[-3000:].decode(errors="replace")  # noqa: ASYNC240
    match = re.search(r"^delivered: (.*)$", out.decode(), re.M)
    assert match, out.decode()
    return {k: int(v) for k, v in (part.rsplit(" ", 1) for part in match.group(1).split(", "))}


def assert_one_question_each(slack: RunningSlack) -> None:
    ws = slack.workspace
    per_person = Counter(m.channel for m in ws.messages if m.user == BOT_USER_ID and delivery_id_in(m.to_api()))
    expected = {ws.im_for(u).id for u in ws.users if u != BOT_USER_ID}
    duplicates = {c: n for c, n in per_person.items() if n > 1}
    missed = expected - set(per_person)
    assert not duplicates, f"{len(duplicates)} people got more than one question"
    assert not missed, f"{len(missed)} people got no question"
    assert len(per_person) == PEOPLE


async def fresh_db(db_url: str) -> str:
    await reset_database(db_url)
    return db_url


async def test_push_to_5000_with_one_post_in_ten_rate_limited(db_url: str, crowd: RunningSlack,
                                                             tmp_path: Path) -> None:
    crowd.api.fail_every("chat.postMessage", 10, 429, retry_after=0)
    log = tmp_path / "worker.log"
    stats = await finish(await start_push(await fresh_db(db_url), crowd, log), log)
    assert stats["sent"] == PEOPLE and stats["failed"] == 0
    assert_one_question_each(crowd)
    assert sum(c.status == 429 for c in crowd.workspace.calls if c.method == "chat.postMessage") >= PEOPLE // 10


@pytest.mark.skipif(not os.environ.get(PG_ENV), reason="two workers need PostgreSQL (set POLICYBOT_TEST_DATABASE_URL)")
async def test_two_worker_processes_on_postgresql_share_the_fanout(db_url: str, crowd: RunningSlack,
                                                                  tmp_path: Path) -> None:
    if db_url.startswith("sqlite"):
        pytest.skip("PostgreSQL only")
    crowd.api.fail_every("chat.postMessage", 10, 429, retry_after=0)
    await fresh_db(db_url)
    await upgrade_async(db_url)  # migrate once, as a deployment does, before the replicas start
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    procs = [await start_push(db_url, crowd, log) for log in logs]
    stats = [await finish(p, log) for p, log in zip(procs, logs, strict=True)]
    assert sum(s["sent"] + s["recovered"] for s in stats) == PEOPLE
    assert all(s["sent"] > 0 for s in stats), stats  # both did part of the work
    assert_one_question_each(crowd)


async def test_sigkill_right_after_slack_accepted_a_post_then_restart(db_url: str, crowd: RunningSlack,
                                                                     tmp_path: Path) -> None:
    crowd.api.fail_every("chat.postMessage", 10, 429, retry_after=0)
    log = tmp_path / "worker.log"
    proc = await start_push(await fresh_db(db_url), crowd, log)
    ws = crowd.workspace

    def kill_half_way() -> None:
        # Runs inside the fake Slack after it stored a post and before it answers: the worst moment.
        if len(ws.messages) >= PEOPLE // 2 and proc.returncode is None:
            os.kill(proc.pid, signal.SIGKILL)
            crowd.api.on_change.remove(kill_half_way)

    crowd.api.on_change.append(kill_half_way)
    await asyncio.wait_for(proc.wait(), 90)
    assert proc.returncode == -signal.SIGKILL
    posted_before = len(ws.messages)
    assert PEOPLE // 2 <= posted_before < PEOPLE

    stats = await finish(await start_push(db_url, crowd, log), log)
    assert stats["recovered"] >= 1  # the post the kill interrupted was found in the DM, not sent again
    assert stats["failed"] == 0
    assert_one_question_each(crowd)
