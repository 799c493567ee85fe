"""Sales' follow-up capacity against the funnel's volume (step 2's capacity check).

Can the reps actually work the leads the funnel says Marketing will hand over? The rules:

* **Required hours per month** = leads to follow up per month × attempts per lead × minutes per
  attempt ÷ 60. The leads are the funnel's monthly count at the handoff stage (e.g. SAL or MQL);
  the attempts come from the handoff step.
* **Available hours per month** = reps × hours per rep per week available for follow-up × 52 ÷ 12
  (a month has 52/12 ≈ 4.33 weeks on average).
* **Utilisation** = required ÷ available × 100 %.
* **Level**: *red* above 100 % (the leads cannot all be worked — the classic reason leads go
  unanswered), *amber* above the amber limit (85 % by default: no slack for holidays or a busy
  month), otherwise *green*. The level is decided on the exact value; the displayed percentage is
  rounded *up* to one decimal so a red 100.04 % never reads as "100.0 %".
* **Leads the team can handle** = ⌊available minutes ÷ (attempts × minutes per attempt)⌋.

Invalid input (no reps, 0 hours, 0 attempts or minutes, negative leads, text) is reported in
``problems``, never raised.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from .funnel import InputProblem, NumberInput, read_decimal, read_int
from .messages import msg

WEEKS_PER_MONTH = Fraction(52, 12)
DEFAULT_AMBER_PERCENT = Decimal(85)


class CapacityLevel(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class CapacityInput:
    sales_reps: NumberInput
    hours_per_rep_per_week: NumberInput
    attempts_per_lead: NumberInput
    minutes_per_attempt: NumberInput
    leads_per_month: NumberInput
    amber_percent: NumberInput = DEFAULT_AMBER_PERCENT


@dataclass(frozen=True)
class CapacityResult:
    problems: tuple[InputProblem, ...] = ()
    required_hours_per_month: Decimal | None = None
    available_hours_per_month: Decimal | None = None
    utilisation_percent: Decimal | None = None
    level: CapacityLevel | None = None
    leads_the_team_can_handle: int | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


def _hours(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def follow_up_capacity(data: CapacityInput) -> CapacityResult:
    """Check follow-up capacity; see the module docstring for the rules. Never raises."""
    problems: list[InputProblem] = []
    reps = read_int(data.sales_reps, "sales_reps", msg("Sales reps"), problems, minimum=1, maximum=100_000)
    hours = read_decimal(
        data.hours_per_rep_per_week,
        "hours_per_rep_per_week",
        msg("Hours per rep per week for follow-up"),
        problems,
        minimum=Decimal(0),
        minimum_exclusive=True,
        maximum=Decimal(168),
        unit=msg("hours"),
    )
    attempts = read_int(
        data.attempts_per_lead,
        "attempts_per_lead",
        msg("Attempts per lead"),
        problems,
        minimum=1,
        maximum=100,
    )
    minutes = read_decimal(
        data.minutes_per_attempt,
        "minutes_per_attempt",
        msg("Minutes per attempt"),
        problems,
        minimum=Decimal(0),
        minimum_exclusive=True,
        maximum=Decimal(1440),
        unit=msg("minutes"),
    )
    leads = read_int(
        data.leads_per_month,
        "leads_per_month",
        msg("Leads to follow up per month"),
        problems,
        minimum=0,
        maximum=10**12,
    )
    amber = read_decimal(
        data.amber_percent,
        "amber_percent",
        msg("Amber limit"),
        problems,
        minimum=Decimal(0),
        minimum_exclusive=True,
        maximum=Decimal(100),
        unit="%",
    )
    required: Fraction | None = None
    available: Fraction | None = None
    if leads is not None and attempts is not None and minutes is not None:
        required = Fraction(leads) * attempts * Fraction(minutes) / 60
    if reps is not None and hours is not None:
        available = reps * Fraction(hours) * WEEKS_PER_MONTH
    if required is None or available is None or amber is None or attempts is None or minutes is None:
        return CapacityResult(
            problems=tuple(problems),
            required_hours_per_month=None if required is None else _hours(required),
            available_hours_per_month=None if available is None else _hours(available),
        )
    utilisation = required / available * 100
    if utilisation > 100:
        level = CapacityLevel.RED
    elif utilisation > Fraction(amber):
        level = CapacityLevel.AMBER
    else:
        level = CapacityLevel.GREEN
    shown = (Decimal(utilisation.numerator) / Decimal(utilisation.denominator)).quantize(
        Decimal("0.1"), ROUND_CEILING
    )
    can_handle = math.floor(available * 60 / (attempts * Fraction(minutes)))
    if level is CapacityLevel.RED:
        message = msg(
            "Sales cannot follow up every lead: the work needs {percent} % of the time available. "
            "The team can handle about {leads:,} leads a month.",
            percent=shown,
            leads=can_handle,
        )
    elif level is CapacityLevel.AMBER:
        message = msg(
            "Tight: follow-up takes {percent} % of the time available, leaving little slack.", percent=shown
        )
    else:
        message = msg("Follow-up takes {percent} % of the time available.", percent=shown)
    return CapacityResult(
        problems=tuple(problems),
        required_hours_per_month=_hours(required),
        available_hours_per_month=_hours(available),
        utilisation_percent=shown,
        level=level,
        leads_the_team_can_handle=can_handle,
        message=message,
    )
