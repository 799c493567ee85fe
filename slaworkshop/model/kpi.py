"""KPI status (step 7 and the review meetings after the workshop): green, amber or red.

A KPI has a target (its service level objective), a direction and two thresholds:

* **at least** (more is better, e.g. MQLs per month): the status turns *amber* when the actual value
  falls below the amber threshold and *red* when it falls below the red threshold. The thresholds
  must be ordered red ≤ amber ≤ target.
* **at most** (less is better, e.g. hours to first contact): amber when the actual value rises above
  the amber threshold, red when it rises above the red threshold; ordered target ≤ amber ≤ red.

A value exactly on a threshold is still on the better side of it. An empty amber threshold means
"anything short of the target is amber"; an empty red threshold means the KPI is never red. The
target itself is shown to the room; the status is decided by the thresholds.

Invalid input (missing target, thresholds in the wrong order for the direction, text) is reported
in ``problems`` and the status is ``None``; nothing raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .enums import KpiDirection
from .funnel import InputProblem, NumberInput, read_decimal
from .messages import msg

_LIMIT = Decimal("1e15")


Direction = KpiDirection


class KpiStatus(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class KpiThresholds:
    target: NumberInput
    direction: Direction | str
    amber: NumberInput = None
    red: NumberInput = None


@dataclass(frozen=True)
class CheckedThresholds:
    problems: tuple[InputProblem, ...]
    target: Decimal | None = None
    direction: Direction | None = None
    amber: Decimal | None = None
    red: Decimal | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class KpiStatusResult:
    status: KpiStatus | None
    problems: tuple[InputProblem, ...] = ()


def _optional(
    value: NumberInput, field_name: str, label: str, problems: list[InputProblem]
) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return read_decimal(value, field_name, label, problems, minimum=-_LIMIT, maximum=_LIMIT)


def check_thresholds(data: KpiThresholds) -> CheckedThresholds:
    """Read and validate a KPI's target and thresholds against its direction."""
    problems: list[InputProblem] = []
    target = read_decimal(data.target, "target", msg("Target"), problems, minimum=-_LIMIT, maximum=_LIMIT)
    try:
        direction: Direction | None = (
            data.direction
            if isinstance(data.direction, Direction)
            else Direction(str(data.direction).strip().lower())
        )
    except ValueError:
        problems.append(InputProblem("direction", msg("Direction: choose “at least” or “at most”.")))
        direction = None
    amber = _optional(data.amber, "amber", msg("Amber threshold"), problems)
    red = _optional(data.red, "red", msg("Red threshold"), problems)
    if direction is Direction.AT_LEAST:
        if target is not None and amber is not None and amber > target:
            problems.append(
                InputProblem("amber", msg("Amber threshold: for “at least” it must not be above the target."))
            )
        if red is not None:
            upper = amber if amber is not None else target
            if upper is not None and red > upper:
                problems.append(
                    InputProblem(
                        "red",
                        msg("Red threshold: for “at least” it must not be above the amber threshold.")
                        if amber is not None
                        else msg("Red threshold: for “at least” it must not be above the target."),
                    )
                )
    elif direction is Direction.AT_MOST:
        if target is not None and amber is not None and amber < target:
            problems.append(
                InputProblem("amber", msg("Amber threshold: for “at most” it must not be below the target."))
            )
        if red is not None:
            lower = amber if amber is not None else target
            if lower is not None and red < lower:
                problems.append(
                    InputProblem(
                        "red",
                        msg("Red threshold: for “at most” it must not be below the amber threshold.")
                        if amber is not None
                        else msg("Red threshold: for “at most” it must not be below the target."),
                    )
                )
    return CheckedThresholds(tuple(problems), target, direction, amber, red)


def kpi_status(data: KpiThresholds, actual: NumberInput) -> KpiStatusResult:
    """Green, amber or red for an actual value; see the module docstring for the rules."""
    checked = check_thresholds(data)
    problems = list(checked.problems)
    value = read_decimal(actual, "actual", msg("Actual value"), problems, minimum=-_LIMIT, maximum=_LIMIT)
    if problems or value is None or checked.target is None or checked.direction is None:
        return KpiStatusResult(None, tuple(problems))
    amber = checked.amber if checked.amber is not None else checked.target
    red = checked.red
    if checked.direction is Direction.AT_LEAST:
        if red is not None and value < red:
            return KpiStatusResult(KpiStatus.RED)
        return KpiStatusResult(KpiStatus.AMBER if value < amber else KpiStatus.GREEN)
    if red is not None and value > red:
        return KpiStatusResult(KpiStatus.RED)
    return KpiStatusResult(KpiStatus.AMBER if value > amber else KpiStatus.GREEN)
