"""How far each workshop step is: the sidebar's status per step, and step 0's team-composition warnings.

Pure functions of a :class:`WorkshopSnapshot` (no Qt). Every step has a rule in :data:`STEP_RULES`;
a step without its own rule is judged generically from the entities and clauses registered for it
(see :func:`generic_status`), so the steps issue only adds a rule where "complete" means more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from slaworkshop.model.enums import AgreementState, Department
from slaworkshop.model.fields import ENTITIES, PARTICIPANTS, WORKSHOP, EntitySpec, FieldSpec

from .snapshot import Row, WorkshopSnapshot


class StepId(IntEnum):
    """The ten steps of a workshop, in the order the room goes through them."""

    WORKSHOP = 0
    GOALS = 1
    FUNNEL = 2
    DEFINITIONS = 3
    SCORING = 4
    HANDOFF = 5
    NURTURING = 6
    KPIS = 7
    GOVERNANCE = 8
    SIGN_OFF = 9


STEP_TITLES: dict[StepId, str] = {
    StepId.WORKSHOP: "Workshop & participants",
    StepId.GOALS: "Shared goals",
    StepId.FUNNEL: "Funnel & targets",
    StepId.DEFINITIONS: "Definitions",
    StepId.SCORING: "Lead qualification & scoring",
    StepId.HANDOFF: "Handoff & follow-up",
    StepId.NURTURING: "Nurturing & enablement",
    StepId.KPIS: "KPIs",
    StepId.GOVERNANCE: "Governance & escalation",
    StepId.SIGN_OFF: "Review & sign-off",
}


class StepStatus(StrEnum):
    EMPTY = "empty"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    OPEN_POINTS = "open_points"


STATUS_LABELS: dict[StepStatus, str] = {
    StepStatus.EMPTY: "Empty",
    StepStatus.IN_PROGRESS: "In progress",
    StepStatus.COMPLETE: "Complete",
    StepStatus.OPEN_POINTS: "Has open points",
}

STEP_CLAUSES: dict[StepId, tuple[str, ...]] = {
    StepId.GOALS: ("goals",),
    StepId.FUNNEL: ("funnel",),
    StepId.DEFINITIONS: ("definitions",),
    StepId.SCORING: ("scoring",),
    StepId.HANDOFF: ("handoff",),
    StepId.NURTURING: ("nurturing", "enablement"),
    StepId.KPIS: ("kpis",),
    StepId.GOVERNANCE: ("governance", "escalation"),
}
"""Which clause keys belong to a step: a key equal to a prefix or starting with ``prefix.``."""

StepRule = Callable[[WorkshopSnapshot], StepStatus]
STEP_RULES: dict[StepId, StepRule] = {}


def register_rule(step: StepId) -> Callable[[StepRule], StepRule]:
    """Decorator: ``@register_rule(StepId.GOALS)`` makes a function the status rule of that step."""

    def decorate(rule: StepRule) -> StepRule:
        STEP_RULES[step] = rule
        return rule

    return decorate


def step_status(snapshot: WorkshopSnapshot, step: StepId) -> StepStatus:
    rule = STEP_RULES.get(step)
    return rule(snapshot) if rule is not None else generic_status(snapshot, step)


def all_statuses(snapshot: WorkshopSnapshot) -> dict[StepId, StepStatus]:
    return {step: step_status(snapshot, step) for step in StepId}


# --------------------------------------------------------------------------- generic rule
def is_filled(spec: FieldSpec, value: Any) -> bool:
    """A required field counts as filled when it holds a value.

    Snapshot values are already checked by the store (``FieldSpec.coerce``); checking them again
    here would cost a millisecond per keystroke in a large workshop.
    """
    del spec  # kept in the signature: a rule may one day judge by kind
    return value is not None and not (isinstance(value, str) and not value.strip())


def missing_fields(spec: EntitySpec, row: Row) -> list[FieldSpec]:
    return [f for f in spec.fields if f.required and not is_filled(f, row.get(f.name))]


def _row_has_content(spec: EntitySpec, row: Row) -> bool:
    defaults = spec.defaults()
    return any(
        row.get(f.name) not in (None, "", defaults.get(f.name))
        for f in spec.fields
        if f.name not in ("agreement",)
    )


def belongs_to(key: str, prefixes: Iterable[str]) -> bool:
    return any(key == prefix or key.startswith(prefix + ".") for prefix in prefixes)


def generic_status(
    snapshot: WorkshopSnapshot,
    step: StepId,
    *,
    specs: Iterable[EntitySpec] | None = None,
    clause_prefixes: Iterable[str] | None = None,
) -> StepStatus:
    """Empty with nothing entered; open points while an agreeable item or clause is not settled;
    in progress while a required field is missing; complete otherwise.

    ``specs`` defaults to every entity registered for the step, ``clause_prefixes`` to
    :data:`STEP_CLAUSES` of the step.
    """
    chosen = (
        [s for s in ENTITIES.values() if s.step == step and s is not WORKSHOP]
        if specs is None
        else list(specs)
    )
    prefixes = tuple(STEP_CLAUSES.get(step, ()) if clause_prefixes is None else clause_prefixes)
    clauses = [state for key, state in snapshot.clauses.items() if belongs_to(key, prefixes)]
    anything = bool(clauses)
    incomplete = False
    open_points = any(c.state.is_open_point for c in clauses)
    for spec in chosen:
        rows: Iterable[Row] = [snapshot.single(spec.name)] if spec.single else snapshot.rows_of(spec.name)
        for row in rows:
            if not row:
                continue
            if spec.single and not _row_has_content(spec, row):
                continue
            anything = True
            if missing_fields(spec, row):
                incomplete = True
            if spec.agreeable and AgreementState(row.get("agreement") or "open").is_open_point:
                open_points = True
    if not anything:
        return StepStatus.EMPTY
    if incomplete:
        return StepStatus.IN_PROGRESS
    return StepStatus.OPEN_POINTS if open_points else StepStatus.COMPLETE


# --------------------------------------------------------------------------- step 0
MAX_PARTICIPANTS = 8
MAX_RATIO = 2


class TeamIssue(StrEnum):
    TOO_MANY = "too_many"
    NO_MARKETING = "no_marketing"
    NO_SALES = "no_sales"
    OUTNUMBERED = "outnumbered"


@dataclass(frozen=True)
class TeamWarning:
    """A reason the delegation is not the small, balanced one the workshop needs; never blocks saving."""

    issue: TeamIssue
    count: int = 0  # participants, or the larger side
    other: int = 0  # the smaller side
    larger: Department | None = None


def department_counts(participants: Iterable[Row]) -> dict[Department, int]:
    counts = dict.fromkeys(Department, 0)
    for row in participants:
        try:
            counts[Department(row.get("department") or "")] += 1
        except ValueError:
            continue
    return counts


def team_warnings(participants: Iterable[Row]) -> list[TeamWarning]:
    """Warnings about the delegation: more than 8 people, a side missing, one side over 2:1."""
    people = [p for p in participants if (p.get("name") or "").strip() or p.get("department")]
    if not people:
        return []
    warnings: list[TeamWarning] = []
    if len(people) > MAX_PARTICIPANTS:
        warnings.append(TeamWarning(TeamIssue.TOO_MANY, len(people)))
    counts = department_counts(people)
    marketing, sales = counts[Department.MARKETING], counts[Department.SALES]
    if marketing == 0:
        warnings.append(TeamWarning(TeamIssue.NO_MARKETING))
    if sales == 0:
        warnings.append(TeamWarning(TeamIssue.NO_SALES))
    if marketing and sales:
        if marketing > MAX_RATIO * sales:
            warnings.append(TeamWarning(TeamIssue.OUTNUMBERED, marketing, sales, Department.MARKETING))
        elif sales > MAX_RATIO * marketing:
            warnings.append(TeamWarning(TeamIssue.OUTNUMBERED, sales, marketing, Department.SALES))
    return warnings


@register_rule(StepId.WORKSHOP)
def workshop_status(snapshot: WorkshopSnapshot) -> StepStatus:
    """Complete when the workshop's required fields are filled and every participant has a name and
    department; open points while the delegation draws a warning."""
    data: Mapping[str, Any] = snapshot.workshop
    people = snapshot.rows_of(PARTICIPANTS.name)
    required = [f for f in WORKSHOP.fields if f.required and f.name != "language"]
    filled = [f for f in required if is_filled(f, data.get(f.name))]
    if not filled and not people:
        return StepStatus.EMPTY
    if len(filled) < len(required) or not people or any(missing_fields(PARTICIPANTS, p) for p in people):
        return StepStatus.IN_PROGRESS
    return StepStatus.OPEN_POINTS if team_warnings(people) else StepStatus.COMPLETE


# Steps 1–8 judge their status from their findings (open points, maths problems and warnings).
from . import review as _review  # noqa: E402,F401 - registers the rules of steps 1–8
