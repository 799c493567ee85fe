"""What is still open in a workshop, step by step: the review page's list and the sidebar's status.

:func:`findings` lists, for one step, every point the room still has to settle:

* ``MISSING`` — a required field is empty (or a step lacks what it cannot do without, such as funnel
  stages or a core team);
* ``PROBLEM`` — an input the maths cannot use (a rate of 0 %, an unparseable scoring condition,
  thresholds on the wrong side of the target);
* ``NOT_AGREED`` — an item or section that is open, proposed, disputed or parked;
* ``WARNING`` — something that computes but should not be signed unseen (capacity over 100 %, an
  unreachable MQL threshold, a core team without Sales).

Each finding names the place to fix it (step, entity, row, field or clause key), so the review page
can jump there. A step's status follows from its findings (see :func:`status_from`), which is the
rule the sidebar shows for steps 1–8.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from slaworkshop.model.capacity import CapacityLevel
from slaworkshop.model.enums import AgreementState, KpiLink
from slaworkshop.model.fields import ENTITIES, PARTICIPANTS, WORKSHOP, EntitySpec
from slaworkshop.model.kpi import KpiThresholds, check_thresholds
from slaworkshop.model.messages import Msg, msg, term
from slaworkshop.model.steps import FUNNEL, GOVERNANCE, HANDOFF, KPIS, SCORING, SCORING_CRITERIA, STAGES

from .analysis import Analysis, CoreTeamIssue, analyse, funnel_stage_rows
from .progress import (
    STEP_CLAUSES,
    StepId,
    StepStatus,
    _row_has_content,
    belongs_to,
    missing_fields,
    register_rule,
    team_warnings,
)
from .snapshot import Row, WorkshopSnapshot


class FindingKind(StrEnum):
    MISSING = "missing"
    PROBLEM = "problem"
    NOT_AGREED = "not_agreed"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    step: StepId
    kind: FindingKind
    message: str
    entity: str = ""
    row_id: str | None = None
    field: str = ""
    clause: str = ""
    state: AgreementState | None = None
    """For ``NOT_AGREED``: the item's state (parked items may be signed, as open points)."""

    @property
    def blocks_sign_off(self) -> bool:
        """Everything blocks sign-off except a parked item (listed in the document as an open point)
        and a warning (the room has seen it; the review page shows it)."""
        if self.kind is FindingKind.WARNING:
            return False
        return not (self.kind is FindingKind.NOT_AGREED and self.state is AgreementState.PARKED)


def _specs(step: StepId) -> list[EntitySpec]:
    return [s for s in ENTITIES.values() if s.step == step and s is not WORKSHOP]


def row_title(spec: EntitySpec, row: Row, index: int) -> str:
    """How a row is named in a finding: its first text value, else “<label> <n>”."""
    for f in spec.fields:
        value = row.get(f.name)
        if isinstance(value, str) and value.strip() and f.kind.value in ("text", "longtext"):
            text = value.strip().split("\n", 1)[0]
            return text if len(text) <= 60 else text[:59] + "…"
    return msg("{table} {number}", table=term(spec.label), number=index + 1)


def _entity_findings(snapshot: WorkshopSnapshot, step: StepId) -> tuple[list[Finding], bool]:
    found: list[Finding] = []
    anything = False
    for spec in _specs(step):
        if spec.single:
            row = snapshot.single(spec.name)
            if not row or not _row_has_content(spec, row):
                continue
            anything = True
            for f in missing_fields(spec, row):
                found.append(
                    Finding(
                        step,
                        FindingKind.MISSING,
                        msg("{table}: “{field}” is empty.", table=term(spec.label), field=term(f.label)),
                        spec.name,
                        None,
                        f.name,
                    )
                )
            continue
        for index, row in enumerate(snapshot.rows_of(spec.name)):
            anything = True
            title = row_title(spec, row, index)
            for f in missing_fields(spec, row):
                found.append(
                    Finding(
                        step,
                        FindingKind.MISSING,
                        msg(
                            "{table} “{title}”: “{field}” is empty.",
                            table=term(spec.label),
                            title=title,
                            field=term(f.label),
                        ),
                        spec.name,
                        str(row["id"]),
                        f.name,
                    )
                )
            if spec.agreeable:
                state = _state(row.get("agreement"))
                if state.is_open_point:
                    found.append(
                        Finding(
                            step,
                            FindingKind.NOT_AGREED,
                            msg(
                                "{table} “{title}” is {state}.",
                                table=term(spec.label),
                                title=title,
                                state=STATE_WORDS[state],
                            ),
                            spec.name,
                            str(row["id"]),
                            "agreement",
                            state=state,
                        )
                    )
    return found, anything


STATE_WORDS: dict[AgreementState, Msg] = {
    AgreementState.OPEN: msg("open"),
    AgreementState.PROPOSED: msg("proposed"),
    AgreementState.AGREED: msg("agreed"),
    AgreementState.AGREED_WITH_RESERVATIONS: msg("agreed with reservations"),
    AgreementState.DISPUTED: msg("disputed"),
    AgreementState.PARKED: msg("parked"),
}
"""An agreement state inside a sentence (“… is parked.”)."""


def _state(value: object) -> AgreementState:
    try:
        return AgreementState(str(value or AgreementState.OPEN.value))
    except ValueError:
        return AgreementState.OPEN


def _clause_findings(snapshot: WorkshopSnapshot, step: StepId) -> tuple[list[Finding], bool]:
    prefixes = STEP_CLAUSES.get(step, ())
    found: list[Finding] = []
    anything = False
    for key, clause in snapshot.clauses.items():
        if not belongs_to(key, prefixes):
            continue
        anything = True
        if clause.state.is_open_point:
            found.append(
                Finding(
                    step,
                    FindingKind.NOT_AGREED,
                    msg("Section “{key}” is {state}.", key=key, state=STATE_WORDS[clause.state]),
                    clause=key,
                    state=clause.state,
                )
            )
    return found, anything


# --------------------------------------------------------------------------- maths names → store names
# The maths in ``model/`` names its inputs in its own words (``marketing_share_percent``, ``rates``,
# ``criteria.condition`` …). A finding names the stored field instead, and the step where that field
# is edited, so the review page's “go there” lands on it.
FUNNEL_FIELDS = {"marketing_share_percent": "marketing_share"}
"""Funnel inputs (model/funnel.py) whose stored name differs; ``stages`` and ``rates`` are rows of step 3."""
CAPACITY_PLACES: dict[str, tuple[StepId, str, str]] = {
    "sales_reps": (StepId.FUNNEL, FUNNEL.name, "sales_reps"),
    "hours_per_rep_per_week": (StepId.FUNNEL, FUNNEL.name, "hours_per_rep"),
    "minutes_per_attempt": (StepId.FUNNEL, FUNNEL.name, "minutes_per_attempt"),
    "attempts_per_lead": (StepId.HANDOFF, HANDOFF.name, "attempts"),
    "amber_percent": (StepId.FUNNEL, FUNNEL.name, ""),
}
"""Capacity inputs (model/capacity.py): where each one is stored (``leads_per_month`` is computed)."""
CADENCE_FIELDS = {
    "interval_business_days": "interval_days",
    "first_contact_within_unit": "first_contact_unit",
    "accept_within_unit": "accept_unit",
    "channel_mode": "channels",
    "return_after_business_days": "interval_days",
    "business_hours": "",
}
"""Cadence inputs (model/cadence.py) whose stored name differs; ``handoff_at`` is the workshop's date."""
SCORING_FIELDS = {
    "threshold": "mql_threshold",
    "criteria": "attribute",
    "criteria.attribute": "attribute",
    "criteria.condition": "condition",
    "criteria.points": "points",
    "criteria.axis": "axis",
}
"""Scoring inputs (model/scoring.py) whose stored name differs."""

ATTEMPTS_FOR_CAPACITY = msg(
    "Capacity check: set the number of contact attempts per lead in step 5, Handoff & follow-up."
)
NO_STAGE_FOR_SALES = msg(
    "Capacity check: no funnel stage is owned by Sales and none is called MQL, so there is no monthly "
    "number of leads to follow up. Mark the stage Sales takes over as owned by Sales in step 3, Definitions."
)


# --------------------------------------------------------------------------- per-step extras
def _funnel_extras(snapshot: WorkshopSnapshot) -> list[Finding]:
    analysis = analyse(snapshot)
    step = StepId.FUNNEL
    if not analysis.funnel_entered:
        return []
    found: list[Finding] = []
    stage_ids = [ref.row_id for ref in analysis.funnel_stages]
    for problem in analysis.funnel.problems:
        row_id = (
            stage_ids[problem.index] if problem.index is not None and problem.index < len(stage_ids) else None
        )
        if problem.field == "stages":
            # A stage's name (or the number of stages in the funnel) is edited in step 3.
            name = "name" if row_id is not None else "in_funnel"
            found.append(
                Finding(StepId.DEFINITIONS, FindingKind.PROBLEM, problem.message, STAGES.name, row_id, name)
            )
        elif problem.field == "rates":
            # The rates are shown and edited on this page, one per funnel stage, and stored with it.
            found.append(
                Finding(step, FindingKind.PROBLEM, problem.message, STAGES.name, row_id, "conversion_rate")
            )
        else:
            name = FUNNEL_FIELDS.get(problem.field, problem.field)
            found.append(Finding(step, FindingKind.PROBLEM, problem.message, FUNNEL.name, None, name))
    if analysis.capacity is None:
        found.append(
            Finding(
                step,
                FindingKind.MISSING,
                msg(
                    "Capacity check: enter the sales reps, their hours for follow-up and the minutes per attempt."
                ),
                FUNNEL.name,
                None,
                "sales_reps",
            )
        )
    else:
        found.extend(_capacity_problems(analysis))
        if analysis.capacity.level is CapacityLevel.RED:
            found.append(
                Finding(
                    step,
                    FindingKind.WARNING,
                    msg(
                        "Capacity: Sales needs {percent} % of its follow-up time to work every lead — more than it has.",
                        percent=analysis.capacity.utilisation_percent,
                    ),
                    FUNNEL.name,
                    None,
                    "sales_reps",
                )
            )
    for ref in analysis.benchmark_stages:
        found.append(
            Finding(
                step,
                FindingKind.WARNING,
                msg("The conversion rate from “{stage}” is a benchmark, not your own data.", stage=ref.name),
                STAGES.name,
                ref.row_id,
                "rate_source",
            )
        )
    # The funnel's own benchmark summary repeats the per-stage findings above, which can be jumped to.
    found.extend(
        Finding(step, FindingKind.WARNING, w, FUNNEL.name)
        for w in analysis.funnel.warnings
        if not (analysis.benchmark_stages and "benchmark" in w)
    )
    return found


def _capacity_problems(analysis: Analysis) -> list[Finding]:
    assert analysis.capacity is not None
    found: list[Finding] = []
    for problem in analysis.capacity.problems:
        if problem.field == "leads_per_month":
            if not analysis.funnel.ok:
                continue  # the funnel's own problem above is the one to fix
            found.append(
                Finding(
                    StepId.DEFINITIONS, FindingKind.PROBLEM, NO_STAGE_FOR_SALES, STAGES.name, None, "owner"
                )
            )
            continue
        step, entity, name = CAPACITY_PLACES.get(problem.field, (StepId.FUNNEL, FUNNEL.name, ""))
        message = ATTEMPTS_FOR_CAPACITY if problem.field == "attempts_per_lead" else problem.message
        found.append(Finding(step, FindingKind.PROBLEM, message, entity, None, name))
    return found


def _definitions_extras(snapshot: WorkshopSnapshot) -> list[Finding]:
    if not snapshot.rows_of(STAGES.name):
        return []
    if len(funnel_stage_rows(snapshot)) < 2:
        return [
            Finding(
                StepId.DEFINITIONS,
                FindingKind.MISSING,
                msg("At least two lifecycle stages must be part of the funnel."),
                STAGES.name,
                None,
                "in_funnel",
            )
        ]
    return []


def _scoring_extras(snapshot: WorkshopSnapshot) -> list[Finding]:
    step = StepId.SCORING
    criteria = snapshot.rows_of(SCORING_CRITERIA.name)
    if not criteria and snapshot.single(SCORING.name).get("mql_threshold") is None:
        return []
    analysis = analyse(snapshot).scoring
    found: list[Finding] = []
    for problem in analysis.problems:
        row_id = (
            str(criteria[problem.index]["id"])
            if problem.index is not None and problem.index < len(criteria)
            else None
        )
        entity = SCORING_CRITERIA.name if row_id else SCORING.name
        if problem.field == "threshold" and snapshot.single(SCORING.name).get("mql_threshold") is None:
            continue  # reported as a missing required field already
        row = criteria[problem.index] if row_id is not None and problem.index is not None else None
        if row is not None and any(row.get(n) in (None, "") for n in ("attribute", "condition", "points")):
            continue  # the missing value is reported already
        found.append(
            Finding(step, FindingKind.PROBLEM, problem.message, entity, row_id, _scoring_field(problem.field))
        )
    found.extend(
        Finding(step, FindingKind.WARNING, w.message, SCORING.name, None, "mql_threshold")
        for w in analysis.warnings
    )
    return found


def _scoring_field(name: str) -> str:
    return SCORING_FIELDS.get(name, name)


def _handoff_extras(snapshot: WorkshopSnapshot) -> list[Finding]:
    plan = analyse(snapshot).cadence
    if plan is None:
        return []
    step = StepId.HANDOFF
    found: list[Finding] = []
    for p in plan.problems:
        if p.field in ("first_contact_within", "attempts", "interval_business_days") and (
            snapshot.single(HANDOFF.name).get(_cadence_field(p.field)) is None
        ):
            continue  # reported as missing below
        if p.field == "handoff_at":
            # The example handoff is the workshop's first day (step 0).
            found.append(
                Finding(StepId.WORKSHOP, FindingKind.PROBLEM, p.message, "workshop", None, "date_start")
            )
        else:
            found.append(
                Finding(step, FindingKind.PROBLEM, p.message, HANDOFF.name, None, _cadence_field(p.field))
            )
    missing = [
        ("first_contact_within", term(HANDOFF.field("first_contact_within").label)),
        ("attempts", term(HANDOFF.field("attempts").label)),
        ("interval_days", term(HANDOFF.field("interval_days").label)),
    ]
    for name, label in missing:
        if snapshot.single(HANDOFF.name).get(name) is None:
            found.append(
                Finding(
                    step,
                    FindingKind.MISSING,
                    msg("Follow-up: “{field}” is empty.", field=label),
                    HANDOFF.name,
                    None,
                    name,
                )
            )
    found.extend(
        Finding(step, FindingKind.WARNING, w, HANDOFF.name, None, "return_after_attempts")
        for w in plan.warnings
    )
    return found


def _cadence_field(name: str) -> str:
    return CADENCE_FIELDS.get(name, name)


def _kpi_extras(snapshot: WorkshopSnapshot) -> list[Finding]:
    step = StepId.KPIS
    found: list[Finding] = []
    values = analyse(snapshot).link_values if any(k.get("link") for k in snapshot.rows_of(KPIS.name)) else {}
    for index, kpi in enumerate(snapshot.rows_of(KPIS.name)):
        if kpi.get("target") is None:
            continue
        checked = check_thresholds(
            KpiThresholds(kpi.get("target"), kpi.get("direction") or "", kpi.get("amber"), kpi.get("red"))
        )
        title = row_title(KPIS, kpi, index)
        for problem in checked.problems:
            found.append(
                Finding(
                    step,
                    FindingKind.PROBLEM,
                    msg("KPI “{title}”: {problem}", title=title, problem=problem.message),
                    KPIS.name,
                    str(kpi["id"]),
                    problem.field,
                )
            )
        link = kpi.get("link") or ""
        if link:
            try:
                known = values.get(KpiLink(link))
            except ValueError:
                known = None
            if known is None:
                found.append(
                    Finding(
                        step,
                        FindingKind.WARNING,
                        msg(
                            "KPI “{title}” follows a value that cannot be computed yet; its target is not updated.",
                            title=title,
                        ),
                        KPIS.name,
                        str(kpi["id"]),
                        "link",
                    )
                )
    return found


CORE_TEAM_MESSAGES = {
    CoreTeamIssue.TOO_SMALL: msg("The core team needs at least two people."),
    CoreTeamIssue.TOO_LARGE: msg("The core team should have at most four people."),
    CoreTeamIssue.NO_MARKETING: msg("Nobody from Marketing is in the core team."),
    CoreTeamIssue.NO_SALES: msg("Nobody from Sales is in the core team."),
    CoreTeamIssue.UNKNOWN_MEMBER: msg("The core team names someone who is no longer a participant."),
}


def _governance_extras(snapshot: WorkshopSnapshot) -> list[Finding]:
    step = StepId.GOVERNANCE
    governance = snapshot.single(GOVERNANCE.name)
    entered = bool(governance) and _row_has_content(GOVERNANCE, governance)
    if not entered and not any(snapshot.rows_of(s.name) for s in _specs(step) if not s.single):
        return []
    team = analyse(snapshot).core_team
    if not team.picked:
        return [
            Finding(
                step,
                FindingKind.MISSING,
                msg("Pick the core team (two to four participants, both departments)."),
                GOVERNANCE.name,
                None,
                "core_team",
            )
        ]
    return [
        Finding(step, FindingKind.WARNING, CORE_TEAM_MESSAGES[issue], GOVERNANCE.name, None, "core_team")
        for issue in team.issues
    ]


EXTRAS = {
    StepId.FUNNEL: _funnel_extras,
    StepId.DEFINITIONS: _definitions_extras,
    StepId.SCORING: _scoring_extras,
    StepId.HANDOFF: _handoff_extras,
    StepId.KPIS: _kpi_extras,
    StepId.GOVERNANCE: _governance_extras,
}


def _workshop_findings(snapshot: WorkshopSnapshot) -> list[Finding]:
    step = StepId.WORKSHOP
    found = [
        Finding(
            step,
            FindingKind.MISSING,
            msg("Workshop: “{field}” is empty.", field=term(f.label)),
            "workshop",
            None,
            f.name,
        )
        for f in missing_fields(WORKSHOP, snapshot.workshop)
    ]
    people = snapshot.rows_of(PARTICIPANTS.name)
    if not people:
        found.append(
            Finding(step, FindingKind.MISSING, msg("Nobody is listed as a participant."), PARTICIPANTS.name)
        )
    for index, row in enumerate(people):
        for f in missing_fields(PARTICIPANTS, row):
            found.append(
                Finding(
                    step,
                    FindingKind.MISSING,
                    msg("Participant {number}: “{field}” is empty.", number=index + 1, field=term(f.label)),
                    PARTICIPANTS.name,
                    str(row["id"]),
                    f.name,
                )
            )
    for warning in team_warnings(people):
        found.append(Finding(step, FindingKind.WARNING, _team_message(warning), PARTICIPANTS.name))
    return found


def _team_message(warning: object) -> str:
    issue = getattr(warning, "issue", None)
    value = getattr(issue, "value", "")
    return {
        "too_many": msg("More than eight participants make it hard to decide together."),
        "no_marketing": msg("Nobody from Marketing takes part."),
        "no_sales": msg("Nobody from Sales takes part."),
        "outnumbered": msg("One department outnumbers the other more than two to one."),
    }.get(value, msg("The delegation is unbalanced."))


def findings(snapshot: WorkshopSnapshot, step: StepId) -> list[Finding]:
    """Every open point of ``step`` (steps 0–8; the sign-off step has none of its own)."""
    if step is StepId.WORKSHOP:
        return _workshop_findings(snapshot)
    if step is StepId.SIGN_OFF:
        return []
    found, _ = _step_findings(snapshot, step)
    return found


def _step_findings(snapshot: WorkshopSnapshot, step: StepId) -> tuple[list[Finding], bool]:
    rows, rows_entered = _entity_findings(snapshot, step)
    clauses, clauses_entered = _clause_findings(snapshot, step)
    extra = EXTRAS.get(step)
    extras = extra(snapshot) if extra is not None else []
    return rows + extras + clauses, rows_entered or clauses_entered


def all_findings(snapshot: WorkshopSnapshot) -> list[Finding]:
    return [f for step in StepId for f in findings(snapshot, step)]


def sign_off_blockers(snapshot: WorkshopSnapshot) -> list[Finding]:
    """What stops a sign-off: every blocking finding, and every step of the agreement (1–8) in which
    nothing has been entered — an SLA without goals, funnel or KPIs is not signed by accident."""
    blockers = [f for f in all_findings(snapshot) if f.blocks_sign_off]
    for step in StepId:
        if step in (StepId.WORKSHOP, StepId.SIGN_OFF):
            continue
        _found, entered = _step_findings(snapshot, step)
        if not entered:
            blockers.append(
                Finding(step, FindingKind.MISSING, msg("Step {number} is still empty.", number=int(step)))
            )
    return blockers


def status_from(found: Iterable[Finding], entered: bool) -> StepStatus:
    if not entered:
        return StepStatus.EMPTY
    kinds = {f.kind for f in found}
    if kinds & {FindingKind.MISSING, FindingKind.PROBLEM}:
        return StepStatus.IN_PROGRESS
    if kinds & {FindingKind.NOT_AGREED, FindingKind.WARNING}:
        return StepStatus.OPEN_POINTS
    return StepStatus.COMPLETE


def _rule_for(step: StepId):  # type: ignore[no-untyped-def]
    def rule(snapshot: WorkshopSnapshot) -> StepStatus:
        found, entered = _step_findings(snapshot, step)
        return status_from(found, entered)

    rule.__name__ = f"{step.name.lower()}_status"
    rule.__doc__ = f"Status of step {int(step)} from its findings (see :func:`findings`)."
    return rule


for _step in (
    StepId.GOALS,
    StepId.FUNNEL,
    StepId.DEFINITIONS,
    StepId.SCORING,
    StepId.HANDOFF,
    StepId.NURTURING,
    StepId.KPIS,
    StepId.GOVERNANCE,
):
    register_rule(_step)(_rule_for(_step))
