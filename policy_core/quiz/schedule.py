"""When quizzes go out: a cron-style schedule read in each person's own time zone, within working hours.

Why wall-clock occurrences: "Tuesday 10:00" means 10:00 where each person is, so one round
(`sched:2026-11-24T10:00`) reaches Tokyo hours before New York. A round is identified by its
local wall time, the same for everyone, which is what makes "one question per person per round"
a unique key. Each person's delivery is then due at that wall time in their zone, moved forward
to their next working hours when it falls outside them (nobody is quizzed at night or at weekends).

Pure code: `now` comes from the Clock; time zones from the standard library (zoneinfo).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
ALIASES = {"@weekly": "0 10 * * tue", "@daily": "0 10 * * *", "@hourly": "0 * * * *"}
DEFAULT_SCHEDULE = "0 10 * * tue"  # weekly, Tuesday 10:00 local


class ScheduleError(ValueError):
    """A schedule or working-hours setting that cannot be read; the message says what is wrong."""


def _field(text: str, lo: int, hi: int, names: tuple[str, ...] = (), name_base: int = 0) -> frozenset[int]:
    def value(tok: str) -> int:
        tok = tok.strip().lower()
        if tok[:3] in names and tok.isalpha():
            return names.index(tok[:3]) + name_base
        if not tok.isdigit():
            raise ScheduleError(f"{tok!r} is not a number")
        return int(tok)

    out: set[int] = set()
    for part in text.split(","):
        rng, _, step_s = part.partition("/")
        step = int(step_s) if step_s else 1
        if step < 1:
            raise ScheduleError("a step must be 1 or more")
        if rng == "*":
            a, b = lo, hi
        elif "-" in rng:
            a_s, b_s = rng.split("-", 1)
            a, b = value(a_s), value(b_s)
        else:
            a = value(rng)
            b = hi if step_s else a
        if not (lo <= a <= hi and lo <= b <= hi) or a > b:
            raise ScheduleError(f"{part!r} is outside {lo}..{hi}")
        out.update(range(a, b + 1, step))
    return frozenset(out)


@dataclass(frozen=True)
class CronSchedule:
    """A 5-field cron expression (minute hour day-of-month month day-of-week), e.g. `0 10 * * tue`."""

    expr: str
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Monday ... 6 = Sunday (Python's numbering)
    any_day: bool
    any_weekday: bool

    @classmethod
    def parse(cls, expr: str) -> CronSchedule:
        text = ALIASES.get(expr.strip().lower(), expr.strip())
        parts = text.split()
        if len(parts) != 5:
            raise ScheduleError("a schedule has 5 fields: minute hour day-of-month month day-of-week")
        minute, hour, dom, month, dow = parts
        # cron numbers Sunday 0 (or 7), Monday 1; names are mon..sun.
        cron_dow = _field(dow, 0, 7, ("sun", "mon", "tue", "wed", "thu", "fri", "sat"))
        return cls(
            expr=text,
            minutes=_field(minute, 0, 59), hours=_field(hour, 0, 23), days=_field(dom, 1, 31),
            months=_field(month, 1, 12, MONTH_NAMES, 1),
            weekdays=frozenset((d - 1) % 7 for d in cron_dow),
            any_day=dom == "*", any_weekday=dow == "*",
        )

    def matches_day(self, d: date) -> bool:
        if d.month not in self.months:
            return False
        dom_ok, dow_ok = d.day in self.days, d.weekday() in self.weekdays
        if self.any_day or self.any_weekday:  # cron: when both are restricted, either may match
            return dom_ok and dow_ok
        return dom_ok or dow_ok

    def occurrences(self, after: datetime, until: datetime) -> Iterator[datetime]:
        """Wall-clock (naive) occurrences with after < o <= until, in order."""
        day = after.date()
        while day <= until.date():
            if self.matches_day(day):
                for h in sorted(self.hours):
                    for m in sorted(self.minutes):
                        o = datetime.combine(day, time(h, m))
                        if after < o <= until:
                            yield o
            day += timedelta(days=1)


@dataclass(frozen=True)
class WorkingHours:
    """Local hours and weekdays when a person may be quizzed, e.g. 09:00-17:00, Monday to Friday."""

    start: time
    end: time
    weekdays: frozenset[int]

    @classmethod
    def parse(cls, hours: str = "09:00-17:00", days: str = "mon-fri") -> WorkingHours:
        try:
            a, b = (time.fromisoformat(x.strip()) for x in hours.split("-", 1))
        except ValueError:
            raise ScheduleError("working hours look like 09:00-17:00") from None
        if a >= b and b != time(0):
            raise ScheduleError("working hours must end after they start")
        weekdays = _field(days.lower(), 0, 6, DAY_NAMES)
        if not weekdays:
            raise ScheduleError("give at least one working day")
        return cls(a, b, weekdays)

    def contains(self, local: datetime) -> bool:
        t = local.time()
        in_hours = self.start <= t and (t < self.end or self.end == time(0))
        return local.weekday() in self.weekdays and in_hours

    def next_open(self, local: datetime) -> datetime:
        """`local` itself when within hours, else the next start of working hours (wall clock, naive)."""
        if self.contains(local):
            return local
        day = local.date()
        for _ in range(8):
            start = datetime.combine(day, self.start)
            if day.weekday() in self.weekdays and start >= local:
                return start
            day += timedelta(days=1)
        raise ScheduleError("no working day in a week")  # unreachable: parse() requires a weekday


def zone(name: str | None, offset_seconds: int | None = None) -> tzinfo:
    """A person's time zone from Slack's `tz` name, falling back to its `tz_offset`, then UTC."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    if offset_seconds:
        return timezone(timedelta(seconds=offset_seconds))
    return UTC


def wall(instant: datetime, tz: tzinfo) -> datetime:
    """The naive local wall time of a UTC instant."""
    return instant.astimezone(tz).replace(tzinfo=None)


def instant(local: datetime, tz: tzinfo) -> datetime:
    """The UTC instant of a naive local wall time (DST gaps resolve forward, as zoneinfo does)."""
    return local.replace(tzinfo=tz).astimezone(UTC)


def round_id(occurrence: datetime) -> str:
    return "sched:" + occurrence.isoformat(timespec="minutes")


def due_occurrences(schedule: CronSchedule, tz: tzinfo, now: datetime, grace: timedelta) -> list[datetime]:
    """Occurrences (wall clock in `tz`) that have come for people in `tz` but are at most `grace` old."""
    local_now = wall(now, tz)
    return list(schedule.occurrences(local_now - grace, local_now))


def due_at(occurrence: datetime, tz: tzinfo, hours: WorkingHours) -> datetime:
    """When a person in `tz` should get the round of `occurrence`: then, or at their next working hours."""
    return instant(hours.next_open(occurrence), tz)


def deliverable_at(now: datetime, tz: tzinfo, hours: WorkingHours) -> datetime:
    """`now` when it is within the person's working hours, else the next start of them (UTC)."""
    local = wall(now, tz)
    return now if hours.contains(local) else instant(hours.next_open(local), tz)
