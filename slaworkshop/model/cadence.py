"""The follow-up cadence of step 5: a day-by-day plan, in business days, for one handed-over lead.

The rules:

* **Business days** are Monday to Friday, minus the given holidays. Business hours (09:00–17:00 by
  default) only decide when the clock starts.
* **The clock starts** at the handoff if it happens during business hours on a business day; before
  business hours it starts when they begin; after business hours, on a weekend or on a holiday it
  starts when the next business day begins. So a handoff on Friday evening or on Saturday starts on
  Monday morning. *Business day 1* is the day the clock starts.
* **Time limits** (first contact, accept/reject) are given in hours or business days. The clock only
  runs on business days: all 24 hours of a business day count, weekends and holidays are skipped, and
  one business day is 24 such hours. "Within 24 hours" of Monday 10:00 is Tuesday 10:00; of Friday
  10:00 it is Monday 10:00.
* **Attempt 1** is due by the first-contact deadline and planned on that day — or on the business
  day before, when the deadline falls before business hours begin. **Attempt n** is
  planned *interval* business days after attempt n − 1 (an interval of 0 puts attempts on the same
  day).
* **Channels** are either rotated (attempt n uses channel n mod k) or given per attempt (one channel
  for each attempt, in order).
* **Accept deadline**: the SAL window from the start of the clock; by then Sales accepts or rejects.
* **Return to Marketing**: if every attempt fails, the lead goes back to Marketing *interval* business
  days after the last attempt (at least one) — the last attempt gets as long to be answered as the
  others; a different wait can be given. When the reverse handoff names fewer failed attempts than
  were agreed, the plan stops after that many (with a warning); when it names more, the lead still
  returns after the last agreed attempt (with a warning).

Invalid input is reported in ``problems``; nothing here raises.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from .enums import TimeUnit
from .funnel import InputProblem, NumberInput, as_items, read_decimal, read_int
from .messages import msg

MAX_ATTEMPTS = 50
MAX_INTERVAL_BUSINESS_DAYS = 60
MAX_WINDOW_HOURS = Decimal(24 * 365)
MAX_WINDOW_BUSINESS_DAYS = Decimal(365)


class ChannelMode(StrEnum):
    ROTATE = "rotate"
    PER_ATTEMPT = "per_attempt"


class EventKind(StrEnum):
    ATTEMPT = "attempt"
    FIRST_CONTACT_DEADLINE = "first_contact_deadline"
    ACCEPT_DEADLINE = "accept_deadline"
    RETURN_TO_MARKETING = "return_to_marketing"


@dataclass(frozen=True)
class CadenceInput:
    handoff_at: datetime | None
    first_contact_within: NumberInput
    first_contact_unit: TimeUnit | str
    attempts: NumberInput
    interval_business_days: NumberInput
    channels: Sequence[str]
    channel_mode: ChannelMode | str = ChannelMode.ROTATE
    accept_within: NumberInput = 1
    accept_unit: TimeUnit | str = TimeUnit.BUSINESS_DAYS
    holidays: Iterable[date] = ()
    return_after_business_days: NumberInput = None
    """Business days between the last attempt and the return to Marketing; ``None`` = the interval."""
    return_after_attempts: NumberInput = None
    """The reverse handoff: back to Marketing after this many failed attempts; ``None`` or 0 = after
    the last agreed attempt."""
    business_hours_start: time = time(9, 0)
    business_hours_end: time = time(17, 0)


@dataclass(frozen=True)
class CadenceEvent:
    kind: EventKind
    business_day: int
    """1 = the business day on which the clock starts."""
    day: date
    at: datetime | None = None
    """The exact deadline for deadlines; ``None`` for planned attempts and the return (a whole day)."""
    attempt: int | None = None
    channel: str = ""


@dataclass(frozen=True)
class CadencePlan:
    problems: tuple[InputProblem, ...] = ()
    warnings: tuple[str, ...] = ()
    """Inconsistencies that still give a plan, e.g. a reverse handoff before the last agreed attempt."""
    clock_starts_at: datetime | None = None
    events: tuple[CadenceEvent, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def attempts(self) -> tuple[CadenceEvent, ...]:
        return tuple(e for e in self.events if e.kind is EventKind.ATTEMPT)

    def _one(self, kind: EventKind) -> CadenceEvent | None:
        return next((e for e in self.events if e.kind is kind), None)

    @property
    def first_contact_deadline(self) -> CadenceEvent | None:
        return self._one(EventKind.FIRST_CONTACT_DEADLINE)

    @property
    def accept_deadline(self) -> CadenceEvent | None:
        return self._one(EventKind.ACCEPT_DEADLINE)

    @property
    def return_to_marketing(self) -> CadenceEvent | None:
        return self._one(EventKind.RETURN_TO_MARKETING)

    @property
    def business_days(self) -> int:
        """How many business days the whole cadence spans, up to the return to Marketing."""
        return max((e.business_day for e in self.events), default=0)


class BusinessCalendar:
    """Monday–Friday minus holidays, numbered from a start day."""

    def __init__(self, holidays: Iterable[date] = ()) -> None:
        self.holidays = frozenset(holidays)

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def next_business_day(self, day: date) -> date:
        """``day`` itself if it is a business day, else the next one."""
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day

    def add_business_days(self, day: date, count: int) -> date:
        """The business day ``count`` business days after business day ``day`` (count ≥ 0)."""
        day = self.next_business_day(day)
        for _ in range(count):
            day = self.next_business_day(day + timedelta(days=1))
        return day

    def business_days_between(self, start: date, end: date) -> int:
        """Business days after ``start`` up to and including ``end`` (0 when end ≤ start)."""
        if end <= start:
            return 0
        full_weeks, rest = divmod((end - start).days, 7)
        count = full_weeks * 5
        for offset in range(1, rest + 1):
            if (start + timedelta(days=offset)).weekday() < 5:
                count += 1
        return count - sum(1 for h in self.holidays if start < h <= end and h.weekday() < 5)

    def clock_start(self, handoff: datetime, opens: time, closes: time) -> datetime:
        day = handoff.date()
        if self.is_business_day(day):
            if handoff.time() < opens:
                return datetime.combine(day, opens, handoff.tzinfo)
            if handoff.time() < closes:
                return handoff
        following = self.next_business_day(day + timedelta(days=1))
        return datetime.combine(following, opens, handoff.tzinfo)

    def add_business_hours(self, start: datetime, hours: Fraction) -> datetime:
        """Run a clock that only ticks on business days (all 24 hours of them) from ``start``."""
        remaining = timedelta(seconds=round(hours * 3600))
        current = start
        while True:
            midnight = datetime.combine(current.date() + timedelta(days=1), time(0), current.tzinfo)
            left_today = midnight - current
            # Strictly less: a deadline at midnight belongs to the start of the next business day,
            # so a deadline never lands on a weekend.
            if remaining < left_today:
                return current + remaining
            remaining -= left_today
            current = datetime.combine(self.next_business_day(midnight.date()), time(0), current.tzinfo)


def _previous_business_day(calendar: BusinessCalendar, day: date, earliest: date) -> date:
    day -= timedelta(days=1)
    while day > earliest and not calendar.is_business_day(day):
        day -= timedelta(days=1)
    return day


def _read_unit(
    value: TimeUnit | str, field_name: str, label: str, problems: list[InputProblem]
) -> TimeUnit | None:
    try:
        return TimeUnit(str(value).strip().lower())
    except ValueError:
        problems.append(InputProblem(field_name, msg("{label}: choose hours or business days.", label=label)))
        return None


def _read_window(
    amount: NumberInput, unit_value: TimeUnit | str, field_name: str, label: str, problems: list[InputProblem]
) -> Fraction | None:
    """A time limit as business-clock hours."""
    unit = _read_unit(unit_value, field_name + "_unit", label, problems)
    if unit is None:
        return None
    maximum = MAX_WINDOW_HOURS if unit is TimeUnit.HOURS else MAX_WINDOW_BUSINESS_DAYS
    value = read_decimal(
        amount,
        field_name,
        label,
        problems,
        minimum=Decimal(0),
        maximum=maximum,
        unit=msg("hours") if unit is TimeUnit.HOURS else msg("business days"),
    )
    if value is None:
        return None
    return Fraction(value) * (1 if unit is TimeUnit.HOURS else 24)


def follow_up_cadence(data: CadenceInput) -> CadencePlan:
    """Plan the follow-up of one lead; see the module docstring for the rules. Never raises."""
    problems: list[InputProblem] = []
    handoff = data.handoff_at
    if not isinstance(handoff, datetime):
        problems.append(InputProblem("handoff_at", msg("Handoff: enter the date and time of the handoff.")))
        handoff = None
    first_hours = _read_window(
        data.first_contact_within,
        data.first_contact_unit,
        "first_contact_within",
        msg("First contact within"),
        problems,
    )
    accept_hours = _read_window(
        data.accept_within, data.accept_unit, "accept_within", msg("Accept or reject within"), problems
    )
    attempts = read_int(
        data.attempts, "attempts", msg("Number of attempts"), problems, minimum=1, maximum=MAX_ATTEMPTS
    )
    interval = read_int(
        data.interval_business_days,
        "interval_business_days",
        msg("Interval between attempts"),
        problems,
        minimum=0,
        maximum=MAX_INTERVAL_BUSINESS_DAYS,
        unit=msg("business days"),
    )
    wait: int | None
    if data.return_after_business_days is None or (
        isinstance(data.return_after_business_days, str) and not data.return_after_business_days.strip()
    ):
        wait = None if interval is None else max(interval, 1)
    else:
        wait = read_int(
            data.return_after_business_days,
            "return_after_business_days",
            msg("Return to Marketing after"),
            problems,
            minimum=0,
            maximum=MAX_INTERVAL_BUSINESS_DAYS,
            unit=msg("business days"),
        )
    give_up: int | None = None
    raw_give_up = data.return_after_attempts
    if not (raw_give_up is None or (isinstance(raw_give_up, str) and not raw_give_up.strip())):
        give_up = read_int(
            raw_give_up,
            "return_after_attempts",
            msg("Back to Marketing after failed attempts"),
            problems,
            minimum=0,
            maximum=MAX_ATTEMPTS,
        )
        give_up = give_up or None
    warnings: list[str] = []
    planned = attempts
    if give_up is not None and attempts is not None and give_up != attempts:
        if give_up < attempts:
            warnings.append(
                msg(
                    "The lead goes back to Marketing after {give_up} failed attempts, before the {attempts} "
                    "agreed attempts are made: the plan stops there.",
                    give_up=give_up,
                    attempts=attempts,
                )
            )
            planned = give_up
        else:
            warnings.append(
                msg(
                    "Sales makes only {attempts} attempts, so the lead goes back to Marketing after the last "
                    "one, not after {give_up}.",
                    attempts=attempts,
                    give_up=give_up,
                )
            )
    opens, closes = data.business_hours_start, data.business_hours_end
    if not (isinstance(opens, time) and isinstance(closes, time)) or opens >= closes:
        problems.append(
            InputProblem("business_hours", msg("Business hours: the start must be before the end."))
        )
        opens, closes = time(9), time(17)
    try:
        # A datetime is a date too, but never equal to one: compare days.
        holidays = frozenset(
            d.date() if isinstance(d, datetime) else d for d in (data.holidays or ()) if isinstance(d, date)
        )
    except TypeError:
        holidays = frozenset()
    raw_channels = data.channels
    if isinstance(raw_channels, str):  # "phone, e-mail" typed into one field
        named: tuple[object, ...] = tuple(raw_channels.replace(";", ",").split(","))
    else:
        named = as_items(raw_channels)
    channels = [c.strip() if isinstance(c, str) else "" for c in named]
    try:
        mode: ChannelMode | None = ChannelMode(str(data.channel_mode).strip().lower())
    except ValueError:
        problems.append(InputProblem("channel_mode", msg("Channels: choose rotated or one per attempt.")))
        mode = None
    if not any(channels):
        problems.append(
            InputProblem("channels", msg("Channels: name at least one channel (phone, e-mail, video …)."))
        )
    elif any(not c for c in channels):
        problems.append(InputProblem("channels", msg("Channels: a channel has no name.")))
    elif mode is ChannelMode.PER_ATTEMPT and attempts is not None and len(channels) != attempts:
        problems.append(
            InputProblem(
                "channels",
                msg(
                    "Channels: with one channel per attempt, {attempts} attempts need {attempts} channels; "
                    "there are {channels}.",
                    attempts=attempts,
                    channels=len(channels),
                ),
            )
        )

    if (
        handoff is None
        or first_hours is None
        or accept_hours is None
        or planned is None
        or interval is None
        or wait is None
    ):
        return CadencePlan(problems=tuple(problems), warnings=tuple(warnings))

    calendar = BusinessCalendar(holidays)
    try:
        start = calendar.clock_start(handoff, opens, closes)
        day_one = start.date()

        def number(day: date) -> int:
            return 1 + calendar.business_days_between(day_one, day)

        def channel(n: int) -> str:
            named = [c for c in channels if c]
            if not named:
                return ""
            if mode is ChannelMode.PER_ATTEMPT and len(channels) >= n:
                return channels[n - 1]
            return named[(n - 1) % len(named)]

        first_due = calendar.add_business_hours(start, first_hours)
        accept_due = calendar.add_business_hours(start, accept_hours)
        events = [
            CadenceEvent(
                EventKind.FIRST_CONTACT_DEADLINE, number(first_due.date()), first_due.date(), first_due
            ),
            CadenceEvent(EventKind.ACCEPT_DEADLINE, number(accept_due.date()), accept_due.date(), accept_due),
        ]
        day = first_due.date()
        if first_due.time() <= opens and day > day_one:
            # No working time left on the deadline's own day: the attempt belongs to the day before.
            day = _previous_business_day(calendar, day, day_one)
        for n in range(1, planned + 1):
            if n > 1:
                day = calendar.add_business_days(day, interval)
            events.append(CadenceEvent(EventKind.ATTEMPT, number(day), day, attempt=n, channel=channel(n)))
        back = calendar.add_business_days(day, wait)
        events.append(CadenceEvent(EventKind.RETURN_TO_MARKETING, number(back), back))
    except OverflowError:
        problems.append(InputProblem("handoff_at", msg("Handoff: the plan would run past the year 9999.")))
        return CadencePlan(problems=tuple(problems), warnings=tuple(warnings))
    order = {
        EventKind.FIRST_CONTACT_DEADLINE: 0,
        EventKind.ATTEMPT: 1,
        EventKind.ACCEPT_DEADLINE: 2,
        EventKind.RETURN_TO_MARKETING: 3,
    }
    events.sort(key=lambda e: (e.day, order[e.kind], e.attempt or 0))
    return CadencePlan(
        problems=tuple(problems), warnings=tuple(warnings), clock_starts_at=start, events=tuple(events)
    )
