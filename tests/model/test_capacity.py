"""Sales' follow-up capacity: hand-computed utilisation, the warning levels, and bad input."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop.model.capacity import CapacityInput, CapacityLevel, follow_up_capacity
from slaworkshop.model.funnel import FunnelInput, Period, StageRate, reverse_funnel


def test_the_seed_funnel_overloads_three_reps() -> None:
    # 447 leads a month × 3 attempts × 10 minutes = 13,410 minutes = 223.5 hours needed.
    # 3 reps × 10 hours a week × 52/12 weeks = 130 hours available → 171.92… % → shown 172.0 %, red.
    # The team can handle ⌊130 × 60 / 30⌋ = 260 leads a month.
    funnel = reverse_funnel(
        FunnelInput(
            D("1000000"),
            Period.YEAR,
            D("25000"),
            D(100),
            rates=tuple(StageRate(D(p)) for p in ("30", "50", "60", "40", "25")),
        )
    )
    leads = funnel.count("Lead").per_month  # type: ignore[union-attr]
    result = follow_up_capacity(CapacityInput(3, D(10), 3, D(10), leads))
    assert result.ok
    assert result.required_hours_per_month == D("223.5")
    assert result.available_hours_per_month == D("130.0")
    assert result.utilisation_percent == D("172.0")
    assert result.level is CapacityLevel.RED
    assert result.leads_the_team_can_handle == 260
    assert "cannot follow up every lead" in result.message


def test_handing_over_at_sal_fits_easily() -> None:
    # 67 SALs × 3 × 10 min = 33.5 h of 130 h → 25.77 % → 25.8 %, green.
    result = follow_up_capacity(CapacityInput(3, D(10), 3, D(10), 67))
    assert result.utilisation_percent == D("25.8")
    assert result.level is CapacityLevel.GREEN


@pytest.mark.parametrize(
    ("leads", "level", "shown"),
    [
        (663, CapacityLevel.GREEN, D("85.0")),  # 110.5 h / 130 h = 85.0 % exactly: not above 85
        (664, CapacityLevel.AMBER, D("85.2")),  # 110.67 h → 85.13 %, shown rounded up
        (780, CapacityLevel.AMBER, D("100.0")),  # exactly 130 h: full, not over
        (781, CapacityLevel.RED, D("100.2")),  # 130.17 h → 100.13 %, never shown as 100.0
    ],
)
def test_levels_at_their_edges(leads: int, level: CapacityLevel, shown: D) -> None:
    result = follow_up_capacity(CapacityInput(2, D(15), 1, D(10), leads))
    assert result.available_hours_per_month == D("130.0")
    assert (result.level, result.utilisation_percent) == (level, shown)


def test_custom_amber_limit_and_no_leads() -> None:
    assert (
        follow_up_capacity(CapacityInput(2, D(15), 1, D(10), 664, amber_percent=90)).level
        is CapacityLevel.GREEN
    )
    empty = follow_up_capacity(CapacityInput(2, D(15), 1, D(10), 0))
    assert (empty.utilisation_percent, empty.level) == (D("0.0"), CapacityLevel.GREEN)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sales_reps": 0}, "sales_reps"),
        ({"sales_reps": "2.5"}, "sales_reps"),
        ({"hours_per_rep_per_week": 0}, "hours_per_rep_per_week"),
        ({"hours_per_rep_per_week": 200}, "hours_per_rep_per_week"),
        ({"attempts_per_lead": 0}, "attempts_per_lead"),
        ({"minutes_per_attempt": None}, "minutes_per_attempt"),
        ({"minutes_per_attempt": "ten"}, "minutes_per_attempt"),
        ({"leads_per_month": -1}, "leads_per_month"),
        ({"leads_per_month": float("inf")}, "leads_per_month"),
        ({"amber_percent": 0}, "amber_percent"),
    ],
)
def test_invalid_input_is_reported_never_raised(changes: dict[str, object], field: str) -> None:
    values: dict[str, object] = {
        "sales_reps": 3,
        "hours_per_rep_per_week": D(10),
        "attempts_per_lead": 3,
        "minutes_per_attempt": D(10),
        "leads_per_month": 100,
    }
    values.update(changes)
    result = follow_up_capacity(CapacityInput(**values))  # type: ignore[arg-type]
    assert [p.field for p in result.problems] == [field]
    assert result.level is None and result.utilisation_percent is None


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=100_000),
    st.decimals(min_value=D("0.01"), max_value=D(168), places=2),
    st.integers(min_value=1, max_value=100),
    st.decimals(min_value=D("0.1"), max_value=D(1440), places=1),
    st.integers(min_value=0, max_value=10**12 - 10**6),
    st.integers(min_value=0, max_value=10**6),
)
def test_valid_input_never_raises_and_more_leads_never_lower_utilisation(
    reps: int, hours: D, attempts: int, minutes: D, leads: int, more: int
) -> None:
    fewer = follow_up_capacity(CapacityInput(reps, hours, attempts, minutes, leads))
    more_leads = follow_up_capacity(CapacityInput(reps, hours, attempts, minutes, leads + more))
    assert fewer.ok and more_leads.ok
    assert more_leads.utilisation_percent >= fewer.utilisation_percent  # type: ignore[operator]
    assert (fewer.utilisation_percent > 100) == (fewer.level is CapacityLevel.RED)  # type: ignore[operator]
