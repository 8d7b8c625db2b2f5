"""Adaptive concurrency for bulk posting: as fast as Slack allows, slower the moment it says 429.

Why both a pause and a smaller window: Retry-After says how long *every* sender should wait, so
one 429 pauses all new posts of the process until it has passed (slack_sdk's retry handler only
sleeps the one call it retries). Halving the window (AIMD, as TCP does; at most once per
Retry-After period, since the posts already in flight answer 429 too) then keeps the process from
running straight back into the limit; each success widens it again by one.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from typing import Any

from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

MIN_CALM_SECONDS = 0.5


class Throttle:
    """A concurrency window that shrinks on 429 and grows on success, plus a shared Retry-After pause."""

    def __init__(self, max_concurrency: int, start: int | None = None) -> None:
        self.max = max(1, max_concurrency)
        self.window = float(min(self.max, start or self.max))
        self.active = 0
        self.paused_until = 0.0  # time.monotonic()
        self.rate_limited_count = 0
        self._calm_until = 0.0  # one halving per Retry-After period, like TCP's one cut per round trip
        self._waiters: deque[asyncio.Future[None]] = deque()  # FIFO: a freed slot wakes one, not all

    @property
    def limit(self) -> int:
        return max(1, int(self.window))

    async def acquire(self) -> None:
        woken = False
        while True:
            wait = self.paused_until - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
                continue
            if self.active < self.limit and (woken or not self._waiters):
                self.active += 1
                return
            fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            except asyncio.CancelledError:
                if fut in self._waiters:
                    self._waiters.remove(fut)
                self._wake()
                raise
            woken = True

    async def release(self, ok: bool = True) -> None:
        self.active -= 1
        if ok:
            self.window = min(float(self.max), self.window + 1)
        self._wake()

    def _wake(self) -> None:
        free = self.limit - self.active
        while free > 0 and self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.set_result(None)
                free -= 1

    def rate_limited(self, retry_after: float) -> None:
        """Slack answered 429: pause every new post for Retry-After and halve the window."""
        self.rate_limited_count += 1
        now = time.monotonic()
        if now >= self._calm_until:  # the posts already in flight when we were told do not count again
            self.window = max(1.0, self.window / 2)
            self._calm_until = now + max(retry_after, MIN_CALM_SECONDS)
        self.paused_until = max(self.paused_until, now + max(0.0, retry_after))

    async def wait_pause(self) -> None:
        wait = self.paused_until - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)


def retry_after_seconds(headers: Any, default: float = 1.0) -> float:
    """Retry-After from a response's headers (slack_sdk gives lists of values), in seconds."""
    for k, v in dict(headers or {}).items():
        if k.lower() == "retry-after":
            value = v[0] if isinstance(v, list | tuple) else v
            try:
                return float(value)
            except (TypeError, ValueError):
                return default
    return default


class ThrottledRateLimitHandler(AsyncRateLimitErrorRetryHandler):
    """slack_sdk's 429 retry, telling the throttle first so the whole worker slows down.

    A 429 means Slack did not accept the call, so retrying the same post cannot duplicate it.
    """

    def __init__(self, throttle: Throttle, max_retry_count: int = 8) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.throttle = throttle

    async def prepare_for_next_attempt_async(
        self, *, state: RetryState, request: HttpRequest, response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is None:
            raise error  # type: ignore[misc]
        self.throttle.rate_limited(retry_after_seconds(response.headers))
        state.next_attempt_requested = True
        await self.throttle.wait_pause()
        state.increment_current_attempt()


def worker_retry_handlers(throttle: Throttle) -> list[AsyncRetryHandler]:
    """Only 429 is retried blindly: after a 5xx or a dropped connection the post may have landed."""
    return [ThrottledRateLimitHandler(throttle)]
