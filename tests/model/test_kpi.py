"""KPI status: green, amber, red in both directions, thresholds checked against the direction."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop.model.kpi import Direction, KpiStatus, KpiThresholds, check_thresholds, kpi_status

GREEN, AMBER, RED = KpiStatus.GREEN, KpiStatus.AMBER, KpiStatus.RED

# MQLs per month: at least 100; amber below 90, red below 75.
MQLS = KpiThresholds(D(100), Direction.AT_LEAST, amber=D(90), red=D(75))
# Hours to first contact: at most 24; amber above 36, red above 48.
RESPONSE = KpiThresholds(D(24), "at_most", amber="36", red="48")


@pytest.mark.parametrize(
    ("actual", "status"),
    [
        (120, GREEN),
        (100, GREEN),
        (95, GREEN),
        (90, GREEN),
        (89, AMBER),
        (75, AMBER),
        (D("74.9"), RED),
        (0, RED),
    ],
)
def test_at_least(actual: object, status: KpiStatus) -> None:
    assert kpi_status(MQLS, actual).status is status  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("actual", "status"),
    [(2, GREEN), (24, GREEN), (36, GREEN), ("36,5", AMBER), (48, AMBER), (49, RED)],
)
def test_at_most(actual: object, status: KpiStatus) -> None:
    assert kpi_status(RESPONSE, actual).status is status  # type: ignore[arg-type]


def test_empty_thresholds_mean_amber_below_target_and_never_red() -> None:
    plain = KpiThresholds(D(100), Direction.AT_LEAST)
    assert [kpi_status(plain, v).status for v in (100, 99, -1000)] == [GREEN, AMBER, AMBER]
    only_red = KpiThresholds(D(10), Direction.AT_MOST, red="20")
    assert [kpi_status(only_red, v).status for v in (10, 11, 21)] == [GREEN, AMBER, RED]


@pytest.mark.parametrize(
    ("thresholds", "field"),
    [
        (KpiThresholds(D(100), Direction.AT_LEAST, amber=D(110)), "amber"),
        (KpiThresholds(D(100), Direction.AT_LEAST, amber=D(90), red=D(95)), "red"),
        (KpiThresholds(D(100), Direction.AT_LEAST, red=D(101)), "red"),
        (KpiThresholds(D(24), Direction.AT_MOST, amber=D(12)), "amber"),
        (KpiThresholds(D(24), Direction.AT_MOST, amber=D(36), red=D(30)), "red"),
        (KpiThresholds(None, Direction.AT_MOST), "target"),
        (KpiThresholds("many", Direction.AT_MOST), "target"),
        (KpiThresholds(D(1), "sideways"), "direction"),
        (KpiThresholds(D(1), Direction.AT_MOST, amber="x"), "amber"),
    ],
)
def test_thresholds_out_of_order_are_reported(thresholds: KpiThresholds, field: str) -> None:
    checked = check_thresholds(thresholds)
    assert [p.field for p in checked.problems] == [field]
    result = kpi_status(thresholds, 50)
    assert result.status is None and result.problems


def test_missing_or_wrong_actual_value() -> None:
    assert [p.field for p in kpi_status(MQLS, None).problems] == ["actual"]
    assert [p.field for p in kpi_status(MQLS, float("nan")).problems] == ["actual"]


values = st.decimals(min_value=-1000, max_value=1000, places=1)


@settings(max_examples=200, deadline=None)
@given(st.lists(values, min_size=3, max_size=3), values, values, st.sampled_from(list(Direction)))
def test_a_better_value_is_never_a_worse_status(
    limits: list[D], actual: D, better_by: D, direction: Direction
) -> None:
    red, amber, target = sorted(limits) if direction is Direction.AT_LEAST else sorted(limits, reverse=True)
    thresholds = KpiThresholds(target, direction, amber, red)
    assert check_thresholds(thresholds).ok
    better = actual + abs(better_by) if direction is Direction.AT_LEAST else actual - abs(better_by)
    rank = {GREEN: 0, AMBER: 1, RED: 2}
    assert rank[kpi_status(thresholds, better).status] <= rank[kpi_status(thresholds, actual).status]  # type: ignore[index]
