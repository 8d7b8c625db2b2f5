"""The worker's exactly-once rules, in process: recovery after an unrecorded post, 429s, leases, failures."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from bot.quiz import get_bank, get_worker
from bot.quiz.rounds import push
from bot.workspace.seed import seed_crowd
from handlers.views.quiz import question_blocks, question_text
from policy_core.clock import ManualClock
from policy_store import quiz_repo as repo
from policy_store.models.quiz import FAILED, SENT, QuizDelivery
from tests.harness import Bot
from tests.quiz.test_rounds import questions_to


def question_dms(bot: Bot) -> Counter[str]:
    return Counter({u: len(questions_to(bot, u)) for u in bot.ws.users if questions_to(bot, u)})


async def states(bot: Bot) -> Counter[str]:
    async with bot.services.sessions() as session:
        return Counter(await session.scalars(select(QuizDelivery.state)))


async def test_posts_slack_accepted_but_we_never_recorded_are_found_not_repeated(qbot: Bot) -> None:
    clock = qbot.clock
    assert isinstance(clock, ManualClock)
    seed_crowd(qbot.ws, 40)
    pushed = await push(qbot.services, "push:crash")
    assert pushed.added == 48

    # A worker claims everything, posts half of it, and dies before recording any of it.
    async with qbot.services.sessions.begin() as session:
        claimed = await repo.claim(session, "dead-worker", clock.now(), timedelta(seconds=60), 1000)
    bank = get_bank(qbot.services)
    for c in claimed[:24]:
        q = bank.by_id(c.question_id)
        await qbot.services.client.chat_postMessage(channel=c.user_id, text=question_text(q),
                                                    blocks=question_blocks(c.id, q, c.kind))

    worker = get_worker(qbot.services)
    assert (await worker.drain()).claimed == 0  # the dead worker's lease still holds
    clock.advance(timedelta(seconds=61))
    stats = await worker.drain()
    assert (stats.recovered, stats.sent, stats.failed) == (24, 24, 0)
    assert set(question_dms(qbot).values()) == {1} and len(question_dms(qbot)) == 48
    assert await states(qbot) == {SENT: 48}
    assert len(qbot.ws.calls_to("conversations.history")) >= 24


async def test_rate_limited_posts_are_retried_never_repeated_and_slow_the_worker(qbot: Bot) -> None:
    seed_crowd(qbot.ws, 150)
    qbot.slack.api.fail_every("chat.postMessage", 4, 429, retry_after=0)
    await push(qbot.services, "push:busy")
    worker = get_worker(qbot.services)
    stats = await worker.drain()
    assert stats.sent == 158 and stats.failed == 0
    assert worker.throttle.rate_limited_count > 0
    assert set(question_dms(qbot).values()) == {1} and len(question_dms(qbot)) == 158
    rejected = [c for c in qbot.ws.calls if c.method == "chat.postMessage" and c.status == 429]
    assert len(rejected) >= 158 // 4


async def test_a_person_who_left_fails_once_and_the_rest_go_out(qbot: Bot) -> None:
    crowd = seed_crowd(qbot.ws, 5)
    await push(qbot.services, "push:left")
    del qbot.ws.users[crowd[0]]  # gone between planning and sending: Slack says user_not_found
    stats = await get_worker(qbot.services).drain()
    assert (stats.sent, stats.failed) == (12, 1)
    assert await states(qbot) == {SENT: 12, FAILED: 1}
    assert (await get_worker(qbot.services).drain()).claimed == 0


async def test_server_errors_are_checked_in_the_dm_before_another_try(qbot: Bot) -> None:
    clock = qbot.clock
    assert isinstance(clock, ManualClock)
    qbot.slack.api.fail_every("chat.postMessage", 1, 500)
    await push(qbot.services, "push:flaky")
    stats = await get_worker(qbot.services).drain()
    assert stats.sent == 0 and stats.released == 8
    qbot.slack.api.clear_faults()
    assert (await get_worker(qbot.services).drain()).claimed == 0  # held until the old lease has ended
    clock.advance(timedelta(seconds=qbot.services.settings.quiz_lease_seconds + 1))
    stats = await get_worker(qbot.services).drain()
    assert stats.sent == 8
    assert len(qbot.ws.calls_to("conversations.history")) == 8  # looked before posting again
    assert set(question_dms(qbot).values()) == {1}
