"""The reverse funnel: hand-computed examples, bad input reported in place, and its properties."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop.model.funnel import (
    DEFAULT_STAGES,
    FunnelInput,
    Period,
    RateSource,
    StageRate,
    reverse_funnel,
)

OWN = RateSource.OWN_DATA
BENCH = RateSource.BENCHMARK


def rates(*percents: str, benchmark: tuple[int, ...] = ()) -> tuple[StageRate, ...]:
    return tuple(StageRate(D(p), BENCH if i in benchmark else OWN) for i, p in enumerate(percents))


def seed_example(**changes: object) -> FunnelInput:
    """The seed's question: 1 M in new sales a year — how many leads must Marketing deliver?"""
    values: dict[str, object] = {
        "revenue_target": D("1000000"),
        "period": Period.YEAR,
        "average_deal_size": D("25000"),
        "marketing_share_percent": D("100"),
        "stages": DEFAULT_STAGES,
        "rates": rates("30", "50", "60", "40", "25"),
        "sales_cycle_days": 90,
    }
    values.update(changes)
    return FunnelInput(**values)  # type: ignore[arg-type]


def table(result: object) -> list[tuple[str, int, int]]:
    return [(row.stage, row.per_period, row.per_month) for row in result.stages]  # type: ignore[attr-defined]


def test_one_million_in_new_sales_worked_by_hand() -> None:
    # Per year: 1,000,000 / 25,000 = 40 won; 40 / 25 % = 160; 160 / 40 % = 400; 400 / 60 % = 666.7 → 667;
    # 667 / 50 % = 1,334; 1,334 / 30 % = 4,446.7 → 4,447 leads.
    # Per month: 83,333.33 / 25,000 = 3.3 → 4; 16; 40; 66.7 → 67; 134; 446.7 → 447 leads.
    result = reverse_funnel(seed_example())
    assert result.ok
    assert table(result) == [
        ("Lead", 4447, 447),
        ("MQL", 1334, 134),
        ("SAL", 667, 67),
        ("SQL", 400, 40),
        ("Opportunity", 160, 16),
        ("Won", 40, 4),
    ]
    assert result.months_per_period == 12
    assert result.marketing_revenue_per_period == D("1000000")
    assert result.marketing_revenue_per_month == D("83333.33")


def test_each_stage_rounds_up_from_the_rounded_up_next_stage() -> None:
    # 250,000 / 30,000 = 8.33 → 9 deals; 9 / 33 % = 27.27 → 28 (not 8.33 / 0.33 = 25.25 → 26).
    result = reverse_funnel(
        seed_example(
            revenue_target=D("250000"),
            period=Period.MONTH,
            average_deal_size=D("30000"),
            stages=("Opportunity", "Won"),
            rates=rates("33"),
        )
    )
    assert table(result) == [("Opportunity", 28, 28), ("Won", 9, 9)]


def test_no_binary_float_rounding_30_over_30_percent_is_100() -> None:
    # As floats, 30 / 0.3 = 100.00000000000001 and would round up to 101.
    result = reverse_funnel(
        seed_example(
            revenue_target=D("30"),
            average_deal_size=D("1"),
            period="month",
            stages=("MQL", "Won"),
            rates=rates("30"),
        )
    )
    assert table(result) == [("MQL", 100, 100), ("Won", 30, 30)]


def test_marketing_share_and_quarter() -> None:
    # A quarter of 500,000 of which 60 % marketing-sourced = 300,000; / 40,000 = 7.5 → 8 deals a quarter.
    # Per month 100,000 / 40,000 = 2.5 → 3 deals; leads 3 / 20 % = 15 per month.
    result = reverse_funnel(
        seed_example(
            revenue_target=D("500000"),
            period=Period.QUARTER,
            average_deal_size=D("40000"),
            marketing_share_percent=D("60"),
            stages=("Lead", "Won"),
            rates=rates("20"),
        )
    )
    assert table(result) == [("Lead", 40, 15), ("Won", 8, 3)]
    assert result.marketing_revenue_per_period == D("300000")
    assert result.marketing_revenue_per_month == D("100000")


@pytest.mark.parametrize(("period", "months"), [("month", 1), ("quarter", 3), ("half_year", 6), ("YEAR", 12)])
def test_period_lengths(period: str, months: int) -> None:
    assert reverse_funnel(seed_example(period=period)).months_per_period == months


def test_a_stage_is_flagged_when_any_rate_after_it_is_a_benchmark() -> None:
    # Only SQL → Opportunity (index 3) is a benchmark: Lead…SQL rest on it, Opportunity and Won do not.
    result = reverse_funnel(seed_example(rates=rates("30", "50", "60", "40", "25", benchmark=(3,))))
    flags = {row.stage: row.benchmark_dependent for row in result.stages}
    assert flags == {"Lead": True, "MQL": True, "SAL": True, "SQL": True, "Opportunity": False, "Won": False}
    assert result.count("sql").rate_source is BENCH  # type: ignore[union-attr]
    assert any("benchmark" in w for w in result.warnings)


def test_own_data_everywhere_flags_nothing() -> None:
    result = reverse_funnel(seed_example())
    assert not any(row.benchmark_dependent for row in result.stages)
    assert result.warnings == ()


def test_any_list_of_stages_and_text_input() -> None:
    result = reverse_funnel(
        FunnelInput(
            revenue_target="1 000 000,00",
            period="year",
            average_deal_size="50000",
            marketing_share_percent="50 %",
            stages=("Visitor", "Lead", "Customer"),
            rates=(StageRate("2", "benchmark"), StageRate("10,5")),
            sales_cycle_days="30",
        )
    )
    # Per year: 500,000 / 50,000 = 10 customers; 10 / 10.5 % = 95.2 → 96 leads; 96 / 2 % = 4,800 visitors.
    # Per month: 41,666.67 / 50,000 = 0.83 → 1 customer; 1 / 10.5 % = 9.5 → 10 leads; 10 / 2 % = 500.
    assert result.ok
    assert table(result) == [("Visitor", 4800, 500), ("Lead", 96, 10), ("Customer", 10, 1)]
    assert result.count(" customer ").per_period == 10  # type: ignore[union-attr]


def test_leads_must_arrive_one_sales_cycle_before_the_period() -> None:
    result = reverse_funnel(seed_example(sales_cycle_days=90))
    assert result.leads_due_by(date(2027, 1, 1)) == date(2026, 10, 3)
    assert reverse_funnel(seed_example(sales_cycle_days=0)).leads_due_by(date(2027, 1, 1)) == date(2027, 1, 1)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"rates": rates("30", "0", "60", "40", "25")}, "rates"),
        ({"rates": rates("30", "50", "100.5", "40", "25")}, "rates"),
        ({"rates": rates("30", "50", "60", "-40", "25")}, "rates"),
        ({"rates": (StageRate(None),) * 5}, "rates"),
        ({"rates": rates("30", "50")}, "rates"),
        ({"rates": (StageRate("30", "guess"),) * 5}, "rates"),
        ({"average_deal_size": D(0)}, "average_deal_size"),
        ({"average_deal_size": None}, "average_deal_size"),
        ({"average_deal_size": "lots"}, "average_deal_size"),
        ({"revenue_target": D(0)}, "revenue_target"),
        ({"revenue_target": ""}, "revenue_target"),
        ({"revenue_target": D("-5")}, "revenue_target"),
        ({"revenue_target": "9" * 1000}, "revenue_target"),
        ({"revenue_target": D("1e40")}, "revenue_target"),
        ({"revenue_target": float("nan")}, "revenue_target"),
        ({"revenue_target": D("Infinity")}, "revenue_target"),
        ({"revenue_target": True}, "revenue_target"),
        ({"period": "fortnight"}, "period"),
        ({"period": None}, "period"),
        ({"marketing_share_percent": D(0)}, "marketing_share_percent"),
        ({"marketing_share_percent": D(120)}, "marketing_share_percent"),
        ({"stages": ("Won",), "rates": ()}, "stages"),
        ({"stages": ("Lead", " ", "Won"), "rates": rates("10", "10")}, "stages"),
        ({"stages": ("Lead", "lead", "Won"), "rates": rates("10", "10")}, "stages"),
    ],
)
def test_invalid_input_is_reported_per_field_never_raised(changes: dict[str, object], field: str) -> None:
    result = reverse_funnel(seed_example(**changes))
    assert not result.ok
    assert result.problems_for(field), result.problems
    assert all(p.message for p in result.problems)
    assert result.stages == ()  # no table is shown from wrong numbers


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"stages": "Lead"}, "stages"), ({"rates": 30}, "rates"), ({"stages": None}, "stages")],
)
def test_a_lone_value_where_a_list_belongs_is_reported(changes: dict[str, object], field: str) -> None:
    assert reverse_funnel(seed_example(**changes)).problems_for(field)


def test_the_wrong_rate_is_named_with_its_stages() -> None:
    result = reverse_funnel(seed_example(rates=rates("30", "50", "0", "40", "25")))
    (problem,) = result.problems
    assert problem.index == 2
    assert "SAL → SQL" in problem.message
    assert "more than 0" in problem.message


def test_a_wrong_sales_cycle_keeps_the_table_but_not_the_arrival_date() -> None:
    result = reverse_funnel(seed_example(sales_cycle_days="3.5"))
    assert result.problems_for("sales_cycle_days")
    assert table(result)[0] == ("Lead", 4447, 447)
    assert result.leads_due_by(date(2027, 1, 1)) is None


def test_hostile_tiny_rates_are_bounded_and_huge_counts_are_warned() -> None:
    # 1e-999999 % would be a million-digit fraction: it is read to six decimal places, i.e. 0 → refused.
    assert reverse_funnel(seed_example(rates=(StageRate(D("1e-999999")),) * 5)).problems_for("rates")
    result = reverse_funnel(
        seed_example(stages=tuple(f"S{i}" for i in range(20)), rates=(StageRate(D("0.000001")),) * 19)
    )
    assert result.ok
    assert result.stages[0].per_period > 10**100
    assert any("check the rates" in w for w in result.warnings)


def test_the_maths_loads_neither_qt_nor_the_database() -> None:
    code = (
        "import sys; import slaworkshop.model.funnel, slaworkshop.model.capacity, slaworkshop.model.scoring, "
        "slaworkshop.model.cadence, slaworkshop.model.kpi; "
        "print(sorted(m for m in ('PySide6', 'sqlalchemy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- properties -------------------------------------------------------------------------------------

money = st.decimals(min_value=D("0.01"), max_value=D("1e12"), places=2)
rate = st.decimals(min_value=D("0.01"), max_value=D("100"), places=2)
periods = st.sampled_from(list(Period))


@st.composite
def funnels(draw: st.DrawFn) -> FunnelInput:
    n = draw(st.integers(min_value=2, max_value=8))
    return FunnelInput(
        revenue_target=draw(money),
        period=draw(periods),
        average_deal_size=draw(money),
        marketing_share_percent=draw(rate),
        stages=tuple(f"Stage {i}" for i in range(n)),
        rates=tuple(StageRate(draw(rate), draw(st.sampled_from(list(RateSource)))) for _ in range(n - 1)),
        sales_cycle_days=draw(st.integers(min_value=0, max_value=3650)),
    )


@settings(max_examples=200, deadline=None)
@given(funnels())
def test_valid_input_never_raises_and_every_stage_needs_at_least_the_next(data: FunnelInput) -> None:
    result = reverse_funnel(data)
    assert result.ok, result.problems
    assert len(result.stages) == len(data.stages)
    for earlier, later in zip(result.stages, result.stages[1:], strict=False):
        assert earlier.per_period >= later.per_period >= 1
        assert earlier.per_month >= later.per_month >= 1
    for row in result.stages:
        # A month never needs more than the whole period, and the months together cover it.
        assert row.per_month <= row.per_period
        assert row.per_month * result.months_per_period >= row.per_period  # type: ignore[operator]


@settings(max_examples=200, deadline=None)
@given(funnels(), st.data())
def test_a_higher_conversion_rate_never_needs_more_leads(data: FunnelInput, extra: st.DataObject) -> None:
    which = extra.draw(st.integers(min_value=0, max_value=len(data.rates) - 1))
    old = data.rates[which]
    higher = extra.draw(st.decimals(min_value=D(str(old.percent)), max_value=D("100"), places=2))
    better = FunnelInput(
        revenue_target=data.revenue_target,
        period=data.period,
        average_deal_size=data.average_deal_size,
        marketing_share_percent=data.marketing_share_percent,
        stages=data.stages,
        rates=tuple(StageRate(higher, r.source) if i == which else r for i, r in enumerate(data.rates)),
        sales_cycle_days=data.sales_cycle_days,
    )
    before, after = reverse_funnel(data), reverse_funnel(better)
    for a, b in zip(before.stages, after.stages, strict=True):
        assert b.per_period <= a.per_period
        assert b.per_month <= a.per_month


anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
)


@settings(max_examples=300, deadline=None)
@given(
    anything,
    st.one_of(st.none(), st.text(max_size=10), st.sampled_from(list(Period))),
    anything,
    anything,
    st.lists(st.text(max_size=8), max_size=6),
    st.lists(st.builds(StageRate, anything, st.sampled_from(["own_data", "benchmark", "?"])), max_size=6),
    anything,
)
def test_any_input_is_reported_not_raised(
    revenue: object,
    period: object,
    deal: object,
    share: object,
    stages: list[str],
    rs: list[StageRate],
    cycle: object,
) -> None:
    result = reverse_funnel(FunnelInput(revenue, period, deal, share, stages, rs, cycle))  # type: ignore[arg-type]
    if result.ok:
        assert len(result.stages) == len(stages)
    else:
        assert all(p.message and p.field for p in result.problems)
