"""The follow-up cadence in business days: worked examples, weekends and holidays, bad input, properties."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop.model.cadence import (
    BusinessCalendar,
    CadenceInput,
    ChannelMode,
    EventKind,
    TimeUnit,
    follow_up_cadence,
)

# November 2026: Mon 16, Tue 17, … Fri 20, Sat 21, Sun 22, Mon 23.
MONDAY = date(2026, 11, 16)
FRIDAY = date(2026, 11, 20)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def plan_for(**changes: object) -> CadenceInput:
    values: dict[str, object] = {
        "handoff_at": at(MONDAY, 10),
        "first_contact_within": 4,
        "first_contact_unit": TimeUnit.HOURS,
        "attempts": 3,
        "interval_business_days": 2,
        "channels": ("phone", "e-mail"),
    }
    values.update(changes)
    return CadenceInput(**values)  # type: ignore[arg-type]


def attempts(plan: object) -> list[tuple[int, int, date, str]]:
    return [(e.attempt, e.business_day, e.day, e.channel) for e in plan.attempts]  # type: ignore[attr-defined]


def test_monday_morning_handoff_worked_by_hand() -> None:
    # Handoff Mon 10:00, first contact within 4 h → Mon 14:00, attempt 1 that Monday (day 1);
    # every 2 business days: Wed (day 3), Fri (day 5); rotated phone, e-mail, phone; back to Marketing
    # 2 business days after the last attempt: Tue 24th (day 7). Accept within 1 business day: Tue 10:00.
    plan = follow_up_cadence(plan_for())
    assert plan.ok
    assert plan.clock_starts_at == at(MONDAY, 10)
    assert plan.first_contact_deadline.at == at(MONDAY, 14)  # type: ignore[union-attr]
    assert attempts(plan) == [
        (1, 1, MONDAY, "phone"),
        (2, 3, date(2026, 11, 18), "e-mail"),
        (3, 5, FRIDAY, "phone"),
    ]
    assert plan.accept_deadline.at == at(date(2026, 11, 17), 10)  # type: ignore[union-attr]
    back = plan.return_to_marketing
    assert (back.business_day, back.day) == (7, date(2026, 11, 24))  # type: ignore[union-attr]
    assert plan.business_days == 7
    assert [e.kind for e in plan.events] == [
        EventKind.FIRST_CONTACT_DEADLINE,
        EventKind.ATTEMPT,
        EventKind.ACCEPT_DEADLINE,
        EventKind.ATTEMPT,
        EventKind.ATTEMPT,
        EventKind.RETURN_TO_MARKETING,
    ]


@pytest.mark.parametrize(
    "handoff",
    [
        at(FRIDAY, 18, 30),
        at(date(2026, 11, 21), 11),
        at(date(2026, 11, 22), 23, 59),
        at(date(2026, 11, 23), 7),
    ],
    ids=["friday-evening", "saturday", "sunday-night", "monday-before-hours"],
)
def test_a_handoff_on_friday_evening_or_a_weekend_starts_on_monday(handoff: datetime) -> None:
    plan = follow_up_cadence(plan_for(handoff_at=handoff))
    assert plan.clock_starts_at == at(date(2026, 11, 23), 9)
    assert attempts(plan)[0][1:3] == (1, date(2026, 11, 23))


def test_24_hours_run_only_on_business_days() -> None:
    # Friday 10:00 + 24 h: 14 h left on Friday, the weekend does not count, 10 h on Monday → Mon 10:00.
    plan = follow_up_cadence(plan_for(handoff_at=at(FRIDAY, 10), first_contact_within=24))
    assert plan.first_contact_deadline.at == at(date(2026, 11, 23), 10)  # type: ignore[union-attr]
    assert plan.first_contact_deadline.business_day == 2  # type: ignore[union-attr]
    assert attempts(plan)[0][:3] == (1, 2, date(2026, 11, 23))


def test_a_deadline_at_the_start_of_the_day_plans_the_attempt_the_day_before() -> None:
    # Friday 18:30 → clock Mon 09:00; within 24 h → Tue 09:00, when no working time is left that day.
    plan = follow_up_cadence(plan_for(handoff_at=at(FRIDAY, 18, 30), first_contact_within=24))
    assert plan.first_contact_deadline.at == at(date(2026, 11, 24), 9)  # type: ignore[union-attr]
    assert attempts(plan)[0][:3] == (1, 1, date(2026, 11, 23))


def test_business_day_units_and_holidays() -> None:
    # Thursday 10:00, first contact within 1 business day; Friday is a holiday → Monday 10:00 (day 2).
    plan = follow_up_cadence(
        plan_for(
            handoff_at=at(date(2026, 11, 19), 10),
            first_contact_within=1,
            first_contact_unit="business_days",
            attempts=2,
            interval_business_days=1,
            holidays=[FRIDAY],
            accept_within=D("0.5"),
            accept_unit="business_days",
        )
    )
    assert plan.ok
    assert plan.first_contact_deadline.at == at(date(2026, 11, 23), 10)  # type: ignore[union-attr]
    assert attempts(plan) == [(1, 2, date(2026, 11, 23), "phone"), (2, 3, date(2026, 11, 24), "e-mail")]
    assert plan.accept_deadline.at == at(date(2026, 11, 19), 22)  # type: ignore[union-attr]
    assert all(e.day != FRIDAY for e in plan.events)


def test_one_channel_per_attempt_and_a_custom_wait() -> None:
    plan = follow_up_cadence(
        plan_for(
            channels=("phone", "phone", "video"),
            channel_mode=ChannelMode.PER_ATTEMPT,
            return_after_business_days=5,
        )
    )
    assert [a[3] for a in attempts(plan)] == ["phone", "phone", "video"]
    assert plan.return_to_marketing.day == date(2026, 11, 27)  # type: ignore[union-attr]


def test_channels_typed_in_one_field_and_holidays_given_as_datetimes() -> None:
    plan = follow_up_cadence(
        plan_for(
            channels="phone; e-mail, video", handoff_at=at(date(2026, 11, 19), 10), holidays=[at(FRIDAY, 0)]
        )
    )
    assert plan.ok
    assert [(a[2], a[3]) for a in attempts(plan)] == [
        (date(2026, 11, 19), "phone"),
        (date(2026, 11, 24), "e-mail"),  # Thu → (Fri is a holiday) Mon, Tue
        (date(2026, 11, 26), "video"),
    ]


def test_the_reverse_handoff_after_fewer_or_more_failed_attempts() -> None:
    early = follow_up_cadence(plan_for(attempts=3, return_after_attempts=2))
    assert early.ok and len(early.attempts) == 2 and "before the 3 agreed attempts" in early.warnings[0]
    assert early.return_to_marketing.day == FRIDAY  # type: ignore[union-attr]
    late = follow_up_cadence(plan_for(attempts=3, return_after_attempts="5"))
    assert late.ok and len(late.attempts) == 3 and "only 3 attempts" in late.warnings[0]
    for same in (3, 0, None, ""):
        plan = follow_up_cadence(plan_for(attempts=3, return_after_attempts=same))
        assert plan.warnings == () and len(plan.attempts) == 3
    for wrong_value in ("two", D("sNaN"), -1):
        wrong = follow_up_cadence(plan_for(return_after_attempts=wrong_value))
        assert [p.field for p in wrong.problems] == ["return_after_attempts"]


def test_attempts_on_the_same_day_still_return_a_day_later() -> None:
    plan = follow_up_cadence(plan_for(interval_business_days=0, attempts=3))
    assert {a[2] for a in attempts(plan)} == {MONDAY}
    assert plan.return_to_marketing.day == date(2026, 11, 17)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"handoff_at": None}, "handoff_at"),
        ({"handoff_at": "Monday"}, "handoff_at"),
        ({"attempts": 0}, "attempts"),
        ({"attempts": 500}, "attempts"),
        ({"attempts": "two"}, "attempts"),
        ({"interval_business_days": -1}, "interval_business_days"),
        ({"interval_business_days": D("1.5")}, "interval_business_days"),
        ({"first_contact_within": -4}, "first_contact_within"),
        ({"first_contact_within": None}, "first_contact_within"),
        ({"first_contact_unit": "weeks"}, "first_contact_within_unit"),
        ({"accept_within": 10**9}, "accept_within"),
        ({"return_after_business_days": "-2"}, "return_after_business_days"),
        ({"handoff_at": datetime(9999, 12, 31, 12)}, "handoff_at"),
    ],
)
def test_invalid_timing_is_reported_and_no_plan_is_made(changes: dict[str, object], field: str) -> None:
    plan = follow_up_cadence(plan_for(**changes))
    assert [p.field for p in plan.problems] == [field]
    assert plan.events == ()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"channels": ()}, "channels"),
        ({"channels": ("phone", " ")}, "channels"),
        ({"channels": ("phone",), "channel_mode": "per_attempt"}, "channels"),
        ({"channel_mode": "random"}, "channel_mode"),
        ({"channels": 7}, "channels"),
        ({"channels": None}, "channels"),
        ({"business_hours_start": time(18), "business_hours_end": time(9)}, "business_hours"),
    ],
)
def test_channel_problems_are_reported_but_the_plan_still_shows(
    changes: dict[str, object], field: str
) -> None:
    plan = follow_up_cadence(plan_for(**changes))
    assert [p.field for p in plan.problems] == [field]
    assert len(plan.attempts) == 3


def test_business_calendar_counts() -> None:
    calendar = BusinessCalendar([date(2026, 12, 25)])
    assert calendar.business_days_between(MONDAY, date(2026, 11, 30)) == 10
    assert calendar.business_days_between(date(2026, 12, 21), date(2026, 12, 28)) == 4
    assert calendar.add_business_days(FRIDAY, 1) == date(2026, 11, 23)
    assert calendar.add_business_days(date(2026, 11, 21), 0) == date(2026, 11, 23)


# --- properties -------------------------------------------------------------------------------------

handoffs = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31))
holiday_sets = st.frozensets(st.dates(min_value=date(2020, 1, 1), max_value=date(2036, 6, 30)), max_size=30)


@st.composite
def cadences(draw: st.DrawFn) -> CadenceInput:
    unit = draw(st.sampled_from(list(TimeUnit)))
    limit = 72 if unit is TimeUnit.HOURS else 5
    return CadenceInput(
        handoff_at=draw(handoffs),
        first_contact_within=draw(st.integers(min_value=0, max_value=limit)),
        first_contact_unit=unit,
        attempts=draw(st.integers(min_value=1, max_value=12)),
        interval_business_days=draw(st.integers(min_value=0, max_value=10)),
        channels=draw(st.lists(st.sampled_from(["phone", "e-mail", "video"]), min_size=1, max_size=3)),
        accept_within=draw(st.integers(min_value=0, max_value=limit)),
        accept_unit=unit,
        holidays=draw(holiday_sets),
    )


@settings(max_examples=200, deadline=None)
@given(cadences())
def test_valid_input_never_raises_and_everything_lands_on_business_days(data: CadenceInput) -> None:
    plan = follow_up_cadence(data)
    assert plan.ok, plan.problems
    calendar = BusinessCalendar(data.holidays)
    assert plan.clock_starts_at is not None and plan.clock_starts_at >= data.handoff_at  # type: ignore[operator]
    for event in plan.events:
        assert calendar.is_business_day(event.day), event
        assert event.business_day >= 1
    days = [a.day for a in plan.attempts]
    assert days == sorted(days) and len(days) == data.attempts
    assert plan.return_to_marketing.day > days[-1]  # type: ignore[union-attr]
    assert plan.first_contact_deadline.at >= plan.clock_starts_at  # type: ignore[union-attr,operator]


@settings(max_examples=200, deadline=None)
@given(cadences(), st.integers(min_value=1, max_value=10))
def test_more_attempts_never_shorten_the_cadence(data: CadenceInput, more: int) -> None:
    longer = CadenceInput(**{**data.__dict__, "attempts": data.attempts + more})  # type: ignore[operator]
    short, long = follow_up_cadence(data), follow_up_cadence(longer)
    assert long.return_to_marketing.day >= short.return_to_marketing.day  # type: ignore[union-attr]
    assert long.business_days >= short.business_days


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(st.none(), handoffs, st.text(max_size=5)),
    st.one_of(st.none(), st.integers(), st.text(max_size=5), st.floats()),
    st.one_of(st.text(max_size=8), st.sampled_from(list(TimeUnit))),
    st.one_of(st.none(), st.integers(min_value=-5, max_value=200), st.text(max_size=5)),
    st.one_of(st.none(), st.integers(min_value=-5, max_value=200), st.decimals()),
    st.lists(st.text(max_size=5), max_size=4),
)
def test_any_input_is_reported_not_raised(
    handoff: object, within: object, unit: object, n: object, interval: object, channels: list[str]
) -> None:
    plan = follow_up_cadence(CadenceInput(handoff, within, unit, n, interval, channels))  # type: ignore[arg-type]
    assert plan.ok or all(p.message for p in plan.problems)
    if plan.events:
        assert plan.clock_starts_at is not None and plan.clock_starts_at - handoff < timedelta(days=30)  # type: ignore[operator]
