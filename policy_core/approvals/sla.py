"""Business-day arithmetic for review deadlines: weekends do not count.

Why business days: a request submitted on Friday afternoon is not overdue on Saturday; the
reviewers' clock runs Monday to Friday in the organisation's time zone. A "business day" is 24
hours of weekday time, so fractions (0.5 = half a day) work too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo

SATURDAY = 5


def _next_midnight(t: datetime) -> datetime:
    return datetime.combine(t.date() + timedelta(days=1), time(0), tzinfo=t.tzinfo)


def add_business_days(start: datetime, days: float, tz: tzinfo = UTC) -> datetime:
    """`start` plus `days` of weekday time in `tz` (returned in UTC)."""
    if start.tzinfo is None:
        raise ValueError("start must be timezone-aware")
    if days < 0:
        raise ValueError("days must not be negative")
    remaining = timedelta(days=days)
    cur = start.astimezone(tz)
    while True:
        if cur.weekday() >= SATURDAY:
            cur = _next_midnight(cur)
            continue
        span = _next_midnight(cur) - cur
        if remaining <= span:
            return (cur + remaining).astimezone(UTC)
        remaining -= span
        cur = _next_midnight(cur)


@dataclass(frozen=True)
class Schedule:
    """When a pending request is chased, escalated to the lead, and given up on."""

    remind_at: datetime
    escalate_at: datetime
    expire_at: datetime


def schedule_for(submitted_at: datetime, sla_days: float, expire_days: float, tz: tzinfo = UTC) -> Schedule:
    """Remind after the SLA, escalate after twice the SLA, expire after `expire_days`."""
    return Schedule(
        remind_at=add_business_days(submitted_at, sla_days, tz),
        escalate_at=add_business_days(submitted_at, 2 * sla_days, tz),
        expire_at=add_business_days(submitted_at, expire_days, tz),
    )
