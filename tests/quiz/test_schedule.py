"""Cron schedules read in each person's time zone, and working hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from policy_core.quiz.schedule import (
    CronSchedule,
    ScheduleError,
    WorkingHours,
    deliverable_at,
    due_at,
    due_occurrences,
    round_id,
    zone,
)

TUESDAY_10 = CronSchedule.parse("0 10 * * tue")
HOURS = WorkingHours.parse("09:00-17:00", "mon-fri")


def test_cron_fields_names_ranges_steps() -> None:
    s = CronSchedule.parse("*/15 9-11 * * mon,wed-fri")
    assert s.minutes == {0, 15, 30, 45} and s.hours == {9, 10, 11}
    assert s.weekdays == {0, 2, 3, 4}
    assert CronSchedule.parse("0 10 * * 2").weekdays == {1}  # cron 2 = Tuesday
    assert CronSchedule.parse("0 10 * * 0").weekdays == {6} == CronSchedule.parse("0 10 * * 7").weekdays
    assert CronSchedule.parse("@weekly").weekdays == {1}
    for bad in ("0 10 * *", "61 10 * * *", "0 10 * * funday", "0 10 */0 * *"):
        with pytest.raises(ScheduleError):
            CronSchedule.parse(bad)


def test_cron_day_of_month_or_weekday_when_both_restricted() -> None:
    s = CronSchedule.parse("0 10 1 * mon")
    assert s.matches_day(datetime(2026, 12, 1).date())  # the 1st (a Tuesday)
    assert s.matches_day(datetime(2026, 12, 7).date())  # a Monday
    assert not s.matches_day(datetime(2026, 12, 8).date())


def test_occurrences_are_wall_clock_and_ordered() -> None:
    got = list(TUESDAY_10.occurrences(datetime(2026, 11, 20), datetime(2026, 12, 2)))
    assert got == [datetime(2026, 11, 24, 10, 0), datetime(2026, 12, 1, 10, 0)]


def test_a_round_reaches_each_zone_at_its_own_ten_oclock() -> None:
    london, tokyo, new_york = zone("Europe/London"), zone("Asia/Tokyo"), zone("America/New_York")
    occ = datetime(2026, 11, 24, 10, 0)
    assert due_at(occ, tokyo, HOURS) == datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
    assert due_at(occ, london, HOURS) == datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    assert due_at(occ, new_york, HOURS) == datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    at_9_utc = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    grace = timedelta(hours=24)
    assert due_occurrences(TUESDAY_10, tokyo, at_9_utc, grace) == [occ]
    assert due_occurrences(TUESDAY_10, london, at_9_utc, grace) == []
    assert round_id(occ) == "sched:2026-11-24T10:00"


def test_working_hours_hold_deliveries_until_the_next_working_morning() -> None:
    assert HOURS.contains(datetime(2026, 11, 24, 9, 0)) and not HOURS.contains(datetime(2026, 11, 24, 17, 0))
    assert not HOURS.contains(datetime(2026, 11, 28, 11, 0))  # Saturday
    assert HOURS.next_open(datetime(2026, 11, 27, 18, 0)) == datetime(2026, 11, 30, 9, 0)  # Fri evening -> Mon
    early = CronSchedule.parse("0 7 * * tue")
    occ = next(early.occurrences(datetime(2026, 11, 23), datetime(2026, 11, 25)))
    assert due_at(occ, zone("Europe/London"), HOURS) == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    friday_night = datetime(2026, 11, 27, 22, 0, tzinfo=UTC)
    assert deliverable_at(friday_night, zone("Europe/London"), HOURS) == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    monday_noon = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    assert deliverable_at(monday_noon, zone("Europe/London"), HOURS) == monday_noon


def test_zone_falls_back_to_the_offset_then_utc() -> None:
    assert zone("Not/AZone", 3600).utcoffset(None) == timedelta(hours=1)
    assert zone("", 0) is UTC
    with pytest.raises(ScheduleError):
        WorkingHours.parse("17:00-09:00")
