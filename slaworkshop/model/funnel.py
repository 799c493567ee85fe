"""The reverse funnel of step 2: from a revenue target back to how many leads Marketing must deliver.

Pure arithmetic on plain values (no Qt, no database): the glue layer maps a workshop onto a
:class:`FunnelInput` and shows the :class:`FunnelResult`. Money and rates are ``Decimal``; the
divisions themselves are done on exact fractions, so ``30 / 0.3`` is exactly 100 and never rounds
up to 101 the way binary floats do.

The rules, as the facilitator would explain them to the room:

* **Marketing revenue** = revenue target × share expected from marketing-sourced leads.
* **Deals won** = ⌈marketing revenue ÷ average deal size⌉ — a part of a deal is a whole deal.
* **Every earlier stage** = ⌈count of the next stage ÷ conversion rate into it⌉, always starting from
  the *rounded-up* count of the next stage, so every row of the table can be checked by hand from the
  row below it.
* **Per month** is computed with the very same rule from the monthly revenue target (marketing
  revenue ÷ months in the period), not by dividing the period's counts. Each monthly row therefore
  follows from the monthly row below it. Because every month rounds up on its own, twelve months may
  add up to a little more than the year column: the monthly column is what a single month must
  deliver to stay on track, the period column what the whole period must deliver.
* **Benchmark flag**: a stage is flagged when any conversion rate between it and the last stage
  ("won") is a benchmark rather than the company's own data — its count rests on someone else's
  numbers. The last stage depends on no rate and is never flagged.
* **Lead arrival**: a lead closes about one sales cycle after it arrives, so leads for a period that
  starts on day *D* must arrive by *D − sales cycle* (calendar days); see
  :meth:`FunnelResult.leads_due_by`.

Invalid input never raises: :func:`reverse_funnel` returns a result whose ``problems`` name the
field and say what is wrong, and computes whatever does not depend on the wrong value.

:class:`InputProblem` and :func:`read_decimal` / :func:`read_int` are shared by the other step
calculators (capacity, scoring, cadence, KPI status) so every step reports bad input the same way.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, TypeAlias

from .enums import PlanningPeriod, RateSource
from .messages import joined, msg

_SIX_PLACES = Decimal("0.000001")
_WIDE = Context(prec=200)

NumberInput: TypeAlias = Decimal | int | str | float | None
Label: TypeAlias = str | Callable[[], str]
"""A value's name in its messages, or a function that makes it (called only when there is a problem)."""
"""What a calculator accepts for a number: ideally a Decimal; text as typed is read leniently."""


@dataclass(frozen=True)
class InputProblem:
    """One wrong or missing input value, with a message for the person who typed it.

    ``field`` is the input's attribute name (e.g. ``"average_deal_size"``); for list inputs
    ``index`` says which entry (0-based), e.g. ``field="rates", index=2`` is the third rate.
    """

    field: str
    message: str
    index: int | None = None


def read_decimal(
    value: NumberInput,
    field_name: str,
    label: Label,
    problems: list[InputProblem],
    *,
    minimum: Decimal | None = None,
    maximum: Decimal | None = None,
    minimum_exclusive: bool = False,
    index: int | None = None,
    unit: str = "",
) -> Decimal | None:
    """Read one number, or append a problem and return ``None``. Never raises.

    Text may use a decimal comma and spaces as digit groups ("1 000 000,50"); a trailing "%" is
    ignored. Booleans, NaN and infinities are refused.
    """
    kind = type(value)
    # Fast paths first: the glue hands over Decimals and ints, and the editor recomputes on every edit.
    if kind is Decimal:
        number: Decimal = value  # type: ignore[assignment]
        if not number.is_finite():
            return _fail(
                problems, field_name, label, msg("“{value}” is not a number.", value=str(value)[:40]), index
            )
        # Six decimal places are plenty for any amount or rate, and keep the exact fractions small
        # (a rate typed as 1e-99999 must not turn into a 100,000-digit denominator).
        if number.as_tuple().exponent < -6:  # type: ignore[operator]
            try:
                number = number.quantize(_SIX_PLACES, context=_WIDE)
            except InvalidOperation:
                return _fail(problems, field_name, label, msg("that number is too large."), index)
    elif kind is int:
        number = Decimal(value)  # type: ignore[arg-type]
    else:
        if value is None or (isinstance(value, str) and not value.strip()):
            return _fail(problems, field_name, label, msg("enter a value."), index)
        if isinstance(value, bool) or not isinstance(value, Decimal | int | float | str):
            return _fail(problems, field_name, label, msg("expected a number."), index)
        if isinstance(value, str):
            cleaned = value.strip().removesuffix("%").replace(" ", "").replace("\u00a0", "").replace(",", ".")
            if len(cleaned) > 60:
                return _fail(problems, field_name, label, msg("that is not a number."), index)
            try:
                parsed: Decimal | int = Decimal(cleaned)
            except (InvalidOperation, ValueError):
                return _fail(
                    problems,
                    field_name,
                    label,
                    msg("“{value}” is not a number.", value=str(value)[:40]),
                    index,
                )
        elif isinstance(value, float):
            parsed = Decimal(repr(value))
        else:  # Decimal and int subclasses
            parsed = Decimal(value)
        return read_decimal(
            parsed,
            field_name,
            label,
            problems,
            minimum=minimum,
            maximum=maximum,
            minimum_exclusive=minimum_exclusive,
            index=index,
            unit=unit,
        )
    if minimum is not None:
        if minimum_exclusive and number <= minimum:
            return _fail(problems, field_name, label, _limit("more than", minimum, unit), index)
        if number < minimum:
            return _fail(problems, field_name, label, _limit("at least", minimum, unit), index)
    if maximum is not None and number > maximum:
        return _fail(problems, field_name, label, _limit("at most", maximum, unit), index)
    return number


def _limit(which: str, limit: Decimal, unit: str) -> str:
    """“must be at least 1 hours.”: one template per limit, with and without a unit."""
    if which == "more than":
        return (
            msg("must be more than {limit} {unit}.", limit=limit, unit=unit)
            if unit
            else msg("must be more than {limit}.", limit=limit)
        )
    if which == "at least":
        return (
            msg("must be at least {limit} {unit}.", limit=limit, unit=unit)
            if unit
            else msg("must be at least {limit}.", limit=limit)
        )
    return (
        msg("must be at most {limit} {unit}.", limit=limit, unit=unit)
        if unit
        else msg("must be at most {limit}.", limit=limit)
    )


def _fail(
    problems: list[InputProblem], field_name: str, label: Label, message: str, index: int | None
) -> Decimal | None:
    """Record a problem; returns ``None`` so a reader can ``return _fail(...)``."""
    problems.append(
        InputProblem(field_name, msg("{label}: {problem}", label=_label(label), problem=message), index)
    )
    return None


def _label(label: Label) -> str:
    return label() if callable(label) else label


def read_int(
    value: NumberInput,
    field_name: str,
    label: Label,
    problems: list[InputProblem],
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    index: int | None = None,
    unit: str = "",
) -> int | None:
    """Like :func:`read_decimal`, for whole numbers ("3.5 attempts" is reported, not rounded)."""
    number = read_decimal(
        value,
        field_name,
        label,
        problems,
        minimum=None if minimum is None else Decimal(minimum),
        maximum=None if maximum is None else Decimal(maximum),
        index=index,
        unit=unit,
    )
    if number is None:
        return None
    if number != number.to_integral_value():
        problems.append(
            InputProblem(field_name, msg("{label}: must be a whole number.", label=_label(label)), index)
        )
        return None
    return int(number)


def as_items(value: object) -> tuple[Any, ...]:
    """A list input as a tuple; a lone string or a non-list is one item, ``None`` is no items."""
    if value is None:
        return ()
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return (value,)
    return tuple(value)


def ceil_div(numerator: Fraction | int, denominator: Fraction | int) -> int:
    """⌈numerator ÷ denominator⌉ on exact fractions (the denominator must be positive)."""
    return math.ceil(Fraction(numerator) / Fraction(denominator))


Period = PlanningPeriod
"""The planning period of the revenue target (the store's vocabulary)."""


PERIOD_MONTHS: dict[Period, int] = {Period.MONTH: 1, Period.QUARTER: 3, Period.HALF_YEAR: 6, Period.YEAR: 12}

PERIOD_LABELS: dict[Period, str] = {
    Period.MONTH: "Month",
    Period.QUARTER: "Quarter",
    Period.HALF_YEAR: "Half-year",
    Period.YEAR: "Year",
}


DEFAULT_STAGES: tuple[str, ...] = ("Lead", "MQL", "SAL", "SQL", "Opportunity", "Won")

MAX_REVENUE = Decimal("1e12")
MAX_SALES_CYCLE_DAYS = 3650
MAX_STAGES = 50
IMPLAUSIBLE_COUNT = 10**9
"""Above this many leads per month the inputs are almost certainly mistyped: warn, still compute."""


@dataclass(frozen=True)
class StageRate:
    """The conversion rate from one stage into the next, in percent (0 < rate ≤ 100)."""

    percent: NumberInput
    source: RateSource | str = RateSource.OWN_DATA

    @property
    def is_benchmark(self) -> bool:
        return str(self.source) == RateSource.BENCHMARK.value


@dataclass(frozen=True)
class FunnelInput:
    """Everything the reverse funnel needs.

    ``rates[i]`` is the conversion rate from ``stages[i]`` into ``stages[i + 1]``, so there is one
    rate fewer than stages. The last stage is the closed deal ("Won").
    """

    revenue_target: NumberInput
    period: Period | str | None
    average_deal_size: NumberInput
    marketing_share_percent: NumberInput = Decimal(100)
    stages: Sequence[str] = DEFAULT_STAGES
    rates: Sequence[StageRate] = ()
    sales_cycle_days: NumberInput = 0
    """Days from a lead's arrival to the closed deal; ``None`` (or blank) when not entered."""


@dataclass(frozen=True)
class StageCount:
    """One row of the funnel table."""

    stage: str
    per_period: int
    per_month: int
    rate_to_next: Decimal | None
    """The conversion rate from this stage into the next one (``None`` for the last stage)."""
    rate_source: RateSource | None
    benchmark_dependent: bool
    """True when any rate between this stage and the last is a benchmark."""


@dataclass(frozen=True)
class FunnelResult:
    """The funnel table, or the problems that prevent it; never both empty for a filled form."""

    stages: tuple[StageCount, ...] = ()
    problems: tuple[InputProblem, ...] = ()
    warnings: tuple[str, ...] = ()
    months_per_period: int | None = None
    marketing_revenue_per_period: Decimal | None = None
    marketing_revenue_per_month: Decimal | None = None
    sales_cycle_days: int | None = None
    by_stage: dict[str, StageCount] = field(default_factory=dict, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_for(self, field_name: str) -> tuple[InputProblem, ...]:
        return tuple(p for p in self.problems if p.field == field_name)

    def count(self, stage: str) -> StageCount | None:
        """The row of a stage by its name (case-insensitive), e.g. the handoff stage for capacity."""
        return self.by_stage.get(stage.strip().casefold())

    def leads_due_by(self, period_start: date) -> date | None:
        """The last day on which leads for the period starting on ``period_start`` must arrive.

        A lead needs one sales cycle from arrival to a closed deal, so it must arrive
        ``sales_cycle_days`` calendar days before the period in which it should close. ``None`` when
        the sales cycle is missing or the date would fall before year 1.
        """
        if self.sales_cycle_days is None:
            return None
        try:
            return period_start - timedelta(days=self.sales_cycle_days)
        except OverflowError:
            return None


def _read_period(value: Period | str | None, problems: list[InputProblem]) -> int | None:
    if value is not None:
        try:
            return PERIOD_MONTHS[Period(str(value).strip().lower())]
        except ValueError:
            pass
    allowed = joined([msg("month"), msg("quarter"), msg("half-year"), msg("year")], ", ")
    problems.append(InputProblem("period", msg("Period: choose one of {allowed}.", allowed=allowed)))
    return None


def _read_stages(data: FunnelInput, problems: list[InputProblem]) -> tuple[str, ...] | None:
    stages = as_items(data.stages)
    if len(stages) < 2:
        problems.append(
            InputProblem("stages", msg("Stages: the funnel needs at least two stages (e.g. Lead and Won)."))
        )
        return None
    if len(stages) > MAX_STAGES:
        problems.append(InputProblem("stages", msg("Stages: at most {limit} stages.", limit=MAX_STAGES)))
        return None
    ok = True
    seen: set[str] = set()
    for i, name in enumerate(stages):
        key = name.strip().casefold() if isinstance(name, str) else ""
        if not key:
            problems.append(
                InputProblem("stages", msg("Stage {number}: give the stage a name.", number=i + 1), i)
            )
            ok = False
        elif key in seen:
            problems.append(
                InputProblem(
                    "stages",
                    msg("Stage {number}: “{name}” appears twice.", number=i + 1, name=name.strip()[:40]),
                    i,
                )
            )
            ok = False
        seen.add(key)
    return tuple(s.strip() for s in stages) if ok else None


def _read_rates(
    data: FunnelInput, stages: tuple[str, ...] | None, problems: list[InputProblem]
) -> tuple[tuple[Fraction, ...], tuple[Decimal, ...], tuple[bool, ...]] | None:
    rates = as_items(data.rates)
    if stages is not None and len(rates) != len(stages) - 1:
        problems.append(
            InputProblem(
                "rates",
                msg(
                    "Conversion rates: {stages} stages need {needed} rates, one per pair of stages; there are {rates}.",
                    stages=len(stages),
                    needed=len(stages) - 1,
                    rates=len(rates),
                ),
            )
        )
        return None
    fractions: list[Fraction] = []
    decimals: list[Decimal] = []
    benchmark: list[bool] = []
    ok = True
    for i, rate in enumerate(rates):
        if stages is not None:
            label = msg("Conversion rate {source} → {target}", source=stages[i], target=stages[i + 1])
        else:
            label = msg("Conversion rate {number}", number=i + 1)
        if not isinstance(rate, StageRate):
            problems.append(InputProblem("rates", msg("{label}: expected a rate.", label=label), i))
            ok = False
            continue
        value = read_decimal(
            rate.percent,
            "rates",
            label,
            problems,
            minimum=Decimal(0),
            minimum_exclusive=True,
            maximum=Decimal(100),
            index=i,
            unit="%",
        )
        if str(rate.source) not in (RateSource.OWN_DATA.value, RateSource.BENCHMARK.value):
            problems.append(
                InputProblem(
                    "rates", msg("{label}: say whether it is your own data or a benchmark.", label=label), i
                )
            )
            ok = False
        if value is None:
            ok = False
            continue
        fractions.append(Fraction(value) / 100)
        decimals.append(value)
        benchmark.append(rate.is_benchmark)
    return (tuple(fractions), tuple(decimals), tuple(benchmark)) if ok else None


def _counts(won_revenue: Fraction, deal_size: Fraction, rates: tuple[Fraction, ...]) -> list[int]:
    """Counts from the last stage back to the first, each rounded up from the rounded-up next one."""
    counts = [ceil_div(won_revenue, deal_size)]
    for rate in reversed(rates):
        counts.append(ceil_div(counts[-1], rate))
    counts.reverse()
    return counts


def reverse_funnel(data: FunnelInput) -> FunnelResult:
    """Compute the funnel table for ``data``; see the module docstring for the rules. Never raises."""
    problems: list[InputProblem] = []
    warnings: list[str] = []
    revenue = read_decimal(
        data.revenue_target,
        "revenue_target",
        msg("Revenue target"),
        problems,
        minimum=Decimal(0),
        minimum_exclusive=True,
        maximum=MAX_REVENUE,
    )
    months = _read_period(data.period, problems)
    deal_size = read_decimal(
        data.average_deal_size,
        "average_deal_size",
        msg("Average deal size"),
        problems,
        minimum=Decimal(0),
        minimum_exclusive=True,
        maximum=MAX_REVENUE,
    )
    share = read_decimal(
        data.marketing_share_percent,
        "marketing_share_percent",
        msg("Share of revenue from marketing-sourced leads"),
        problems,
        minimum=Decimal(0),
        minimum_exclusive=True,
        maximum=Decimal(100),
        unit="%",
    )
    stages = _read_stages(data, problems)
    rates = _read_rates(data, stages, problems)
    # The sales cycle is optional: not entered, there is no arrival date (not "the period's first day").
    cycle = (
        None
        if data.sales_cycle_days is None
        or (isinstance(data.sales_cycle_days, str) and not data.sales_cycle_days.strip())
        else read_int(
            data.sales_cycle_days,
            "sales_cycle_days",
            msg("Sales cycle"),
            problems,
            minimum=0,
            maximum=MAX_SALES_CYCLE_DAYS,
            unit=msg("days"),
        )
    )

    marketing_period: Decimal | None = None
    marketing_month: Decimal | None = None
    rows: tuple[StageCount, ...] = ()
    if revenue is not None and share is not None:
        marketing_period = revenue * share / 100
        if months is not None:
            # Shown to the room, so rounded to cents; the counts below use the exact fraction.
            marketing_month = (marketing_period / months).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if (
        revenue is not None
        and share is not None
        and months is not None
        and deal_size is not None
        and stages is not None
        and rates is not None
    ):
        fractions, decimals, benchmark = rates
        period_revenue = Fraction(revenue) * Fraction(share) / 100
        deal = Fraction(deal_size)
        per_period = _counts(period_revenue, deal, fractions)
        per_month = _counts(period_revenue / months, deal, fractions)
        built: list[StageCount] = []
        depends_on_benchmark = False
        # Walk from the last stage back: a stage inherits the benchmark flag of every rate after it.
        for i in range(len(stages) - 1, -1, -1):
            if i < len(stages) - 1:
                depends_on_benchmark = depends_on_benchmark or benchmark[i]
            built.append(
                StageCount(
                    stage=stages[i],
                    per_period=per_period[i],
                    per_month=per_month[i],
                    rate_to_next=decimals[i] if i < len(decimals) else None,
                    rate_source=(RateSource.BENCHMARK if benchmark[i] else RateSource.OWN_DATA)
                    if i < len(benchmark)
                    else None,
                    benchmark_dependent=depends_on_benchmark,
                )
            )
        built.reverse()
        rows = tuple(built)
        if per_month[0] > IMPLAUSIBLE_COUNT:
            warnings.append(
                msg(
                    "{stage}: more than {limit:,} a month are needed — check the rates and the deal size.",
                    stage=stages[0],
                    limit=IMPLAUSIBLE_COUNT,
                )
            )
        flagged = [row.stage for row in rows if row.benchmark_dependent]
        if flagged:
            warnings.append(
                msg(
                    "These counts rest on benchmark rates rather than your own data: {stages}.",
                    stages=", ".join(flagged),
                )
            )
    return FunnelResult(
        stages=rows,
        problems=tuple(problems),
        warnings=tuple(warnings),
        months_per_period=months,
        marketing_revenue_per_period=marketing_period,
        marketing_revenue_per_month=marketing_month,
        sales_cycle_days=cycle,
        by_stage={row.stage.casefold(): row for row in rows},
    )
