"""The worker's throttle: a 429 pauses everyone for Retry-After and halves the window once."""

from __future__ import annotations

import asyncio
import time

from bot.quiz.throttle import Throttle


async def test_window_limits_concurrency_and_frees_one_slot_per_release() -> None:
    t = Throttle(3)
    for _ in range(3):
        await t.acquire()
    waiter = asyncio.create_task(t.acquire())
    await asyncio.sleep(0)
    assert not waiter.done() and t.active == 3
    await t.release()
    await asyncio.wait_for(waiter, 1)
    assert t.active == 3


async def test_a_429_halves_the_window_once_per_retry_after_and_pauses_new_posts() -> None:
    t = Throttle(64)
    t.rate_limited(0.2)
    t.rate_limited(0.2)  # posts already in flight answer 429 too: one cut, not two
    assert t.limit == 32 and t.rate_limited_count == 2
    started = time.monotonic()
    await t.acquire()
    assert time.monotonic() - started >= 0.15  # waited out Retry-After
    await t.release(ok=True)
    assert t.limit == 33  # and grows back by one per success
