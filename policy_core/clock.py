"""Time as a dependency: the real clock in production, a manual one in tests and the sandbox.

Why: reminders, expiries and quiz schedules must be testable by moving time, never by sleeping.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime.now(UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> datetime:
        self._now += delta
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when


class OffsetClock:
    """Real time plus an offset that can be moved forward: the local workspace's clock.

    Why not ManualClock: in the sandbox time must keep flowing on its own (a person is clicking
    around in real time) while the page's "+1 hour" / "+1 day" buttons jump ahead to show
    reminders and schedules.
    """

    def __init__(self, offset: timedelta = timedelta(0)) -> None:
        self.offset = offset

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta) -> datetime:
        if delta < timedelta(0):
            raise ValueError("time only moves forward")
        self.offset += delta
        return self.now()
