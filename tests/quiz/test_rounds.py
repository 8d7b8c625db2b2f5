"""Scheduled rounds in each person's time zone, the audience, reminders and the compliance report."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime

from bot.quiz.rounds import push, quiz_tick
from bot.workspace.seed import (
    ADMIN,
    COMPLIANCE_REVIEWER,
    EMPLOYEE,
    EMPLOYEE_2,
    LEAD,
    LEGAL_REVIEWER,
    MARKETING_REVIEW,
    REVIEWER,
    REVIEWER_2,
    seed,
)
from bot.workspace.state import User, Workspace
from handlers.views.quiz import REMINDER_TEXT, delivery_id_in
from policy_core.clock import ManualClock
from tests.harness import Bot, running_bot
from tests.quiz.helpers import small_bank
from tests.quiz.test_dm_quiz import answer

EVERYONE = [EMPLOYEE, EMPLOYEE_2, REVIEWER, REVIEWER_2, COMPLIANCE_REVIEWER, LEGAL_REVIEWER, LEAD, ADMIN]


def at(hour: int, minute: int = 0, day: int = 24) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)  # 24 November 2026 is a Tuesday


def questions_to(bot: Bot, user: str) -> list[str]:
    return [m.ts for m in bot.ws.dms_to(user) if delivery_id_in(m.to_api())]


def reminders_to(bot: Bot, user: str) -> int:
    return sum(m.text == REMINDER_TEXT for m in bot.ws.dms_to(user))


def asked(bot: Bot) -> set[str]:
    return {u for u in bot.ws.users if questions_to(bot, u)}


def workspace_with_non_members() -> Workspace:
    ws = seed(Workspace())
    ws.add_user(User("U0DELETED01", "gone", deleted=True))
    ws.add_user(User("U0GUEST0001", "guest", is_restricted=True))
    ws.add_user(User("U0SGUEST001", "single", is_ultra_restricted=True))
    ws.add_user(User("U0OTHERBOT1", "otherbot", is_bot=True))
    return ws


async def test_weekly_round_reaches_each_person_at_ten_local_once_then_one_reminder(db_url: str) -> None:
    clock = ManualClock(at(4, 0))
    async with running_bot(db_url, workspace=workspace_with_non_members(), clock=clock,
                           QUIZ_SCHEDULE="0 10 * * tue", QUIZ_REMINDER_HOURS="4") as bot:
        bot.services.quiz_bank = small_bank(3)
        bot.ws.time = lambda: clock.now().timestamp()

        async def tick_at(when: datetime) -> None:
            clock.set(when)
            await quiz_tick(bot.services)
            await quiz_tick(bot.services)  # a second replica's tick, or the next one: changes nothing

        await tick_at(at(4, 0))
        assert asked(bot) == set()
        await tick_at(at(4, 31))  # 10:01 in Kolkata
        assert asked(bot) == {REVIEWER_2}
        await tick_at(at(9, 1))  # 10:01 in Berlin and Paris; Raj's question is 4.5 h old (14:31 for him)
        assert asked(bot) == {REVIEWER_2, COMPLIANCE_REVIEWER, LEGAL_REVIEWER}
        assert reminders_to(bot, REVIEWER_2) == 1
        await tick_at(at(10, 1))  # London
        assert asked(bot) == set(EVERYONE) - {EMPLOYEE_2}
        alice = bot.ws.dms_to(EMPLOYEE)[-1]
        await answer(bot, alice, right=True)
        await tick_at(at(13, 5))  # Berlin and Paris reminded
        await tick_at(at(15, 1))  # New York asked; London reminded, except Alice who answered
        assert asked(bot) == set(EVERYONE)
        await tick_at(at(20, 0))  # Bob's reminder (15:00 in New York)
        await tick_at(at(9, 30, day=25))  # nothing more: one question per round, one reminder per question
        assert {u: len(questions_to(bot, u)) for u in EVERYONE} == dict.fromkeys(EVERYONE, 1)
        assert {u: reminders_to(bot, u) for u in EVERYONE} == {**dict.fromkeys(EVERYONE, 1), EMPLOYEE: 0}
        for outsider in ("U0DELETED01", "U0GUEST0001", "U0SGUEST001", "U0OTHERBOT1", "UBOT000001"):
            assert not bot.ws.dms_to(outsider)


async def test_guests_are_quizzed_when_configured(db_url: str) -> None:
    clock = ManualClock(at(11, 0))
    async with running_bot(db_url, workspace=workspace_with_non_members(), clock=clock, QUIZ_SCHEDULE="off",
                           QUIZ_INCLUDE_GUESTS="true") as bot:
        bot.services.quiz_bank = small_bank(3)
        pushed = await push(bot.services, "push:guests")
        await quiz_tick(bot.services)
        assert pushed.audience == len(EVERYONE) + 2
        assert asked(bot) == set(EVERYONE) | {"U0GUEST0001", "U0SGUEST001"}


def run_cli(db_url: str, *args: str) -> str:
    env = {**os.environ, "DATABASE_URL": db_url, "LOG_LEVEL": "WARNING"}
    done = subprocess.run([sys.executable, "-m", "bot", "quiz", *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


async def test_channel_audience_teams_and_the_compliance_report(db_url: str) -> None:
    clock = ManualClock(at(11, 0))
    async with running_bot(db_url, clock=clock, QUIZ_SCHEDULE="off", QUIZ_CHANNELS=MARKETING_REVIEW) as bot:
        bot.services.quiz_bank = small_bank(3)
        pushed = await push(bot.services, "push:marketing")
        again = await push(bot.services, "push:marketing")  # the same round again adds nothing
        assert (pushed.audience, pushed.added, again.added) == (3, 3, 0)
        await quiz_tick(bot.services)
        assert asked(bot) == {REVIEWER, REVIEWER_2, LEAD}
        await answer(bot, bot.ws.dms_to(REVIEWER)[-1], right=True, user=REVIEWER)
        await answer(bot, bot.ws.dms_to(REVIEWER_2)[-1], right=False, user=REVIEWER_2)

        rows = list(csv.DictReader(io.StringIO(run_cli(db_url, "report", "--format", "csv"))))
        by_user = {r["user_id"]: r for r in rows}
        assert set(by_user) == {REVIEWER, REVIEWER_2, LEAD}
        assert {r["team"] for r in rows} == {"#marketing-review"}
        rita = by_user[REVIEWER]
        assert (rita["asked"], rita["answered"], rita["correct"], rita["accuracy"], rita["streak"]) == \
            ("1", "1", "1", "1.0", "1")
        assert rita["last_answered_at"].startswith("2026-11-24")
        lena = by_user[LEAD]
        assert (lena["asked"], lena["answered"], lena["accuracy"]) == ("1", "0", "")

        lines = [json.loads(ln) for ln in run_cli(db_url, "report", "--format", "jsonl").splitlines()]
        assert {ln["user_id"] for ln in lines} == set(by_user)
        sections = list(csv.DictReader(io.StringIO(run_cli(db_url, "report", "--by", "section"))))
        assert sum(int(s["asked"]) for s in sections) == 3
        assert sum(int(s["answered"]) for s in sections) == 2 and sum(int(s["correct"]) for s in sections) == 1
        assert set(sections[0]) == {"section_id", "section_title", "asked", "answered", "correct", "accuracy"}
        teams = [json.loads(ln) for ln in run_cli(db_url, "report", "--by", "team", "--format", "jsonl").splitlines()]
        assert teams == [{"team": "#marketing-review", "asked": 3, "answered": 2, "correct": 1, "accuracy": 0.5}]
        assert Counter(len(questions_to(bot, u)) for u in (REVIEWER, REVIEWER_2, LEAD)) == {1: 3}
