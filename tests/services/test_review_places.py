"""The review's findings name the place to fix them in the store's words (services/review.py).

The maths in ``model/`` calls its inputs by its own names (``marketing_share_percent``, ``rates``,
``criteria.condition``, ``attempts_per_lead`` …). A finding must name the stored field the facilitator
edits instead, on the step where it is edited, or “go there” on the review page lands nowhere.
Each case starts from the sample workshop and breaks one thing the way a room could.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

import pytest

from slaworkshop.model.fields import ENTITIES
from slaworkshop.services.ops import Op, SetField, apply_local
from slaworkshop.services.progress import StepId
from slaworkshop.services.review import Finding, FindingKind, all_findings, findings
from slaworkshop.services.sample import load_sample, sample_ops
from slaworkshop.services.snapshot import WorkshopSnapshot

NOW = datetime(2026, 11, 23, 9, 0)


def sample() -> WorkshopSnapshot:
    """The English sample workshop, built without a database."""
    workshop, ops = sample_ops(load_sample("en"))
    base = WorkshopSnapshot("w1", 1, NOW, NOW, {**workshop, "language": "en", "status": "draft"})
    return apply_local(base, ops)


def stage_id(snapshot: WorkshopSnapshot, name: str) -> str:
    return next(str(r["id"]) for r in snapshot.rows_of("stages") if r["name"] == name)


def criterion_id(snapshot: WorkshopSnapshot) -> str:
    return str(snapshot.rows_of("scoring_criteria")[0]["id"])


def no_sales_stage_and_no_mql(snapshot: WorkshopSnapshot) -> list[Op]:
    stages = snapshot.rows_of("stages")
    return [
        *(SetField("stages", "owner", "marketing", str(r["id"])) for r in stages),
        SetField("stages", "name", "Qualified lead", stage_id(snapshot, "MQL")),
    ]


# (what the room did, the edits, where the fix is: step, entity, field, whether a row is named)
Case = tuple[str, Callable[[WorkshopSnapshot], list[Op]], StepId, str, str, bool]
CASES: list[Case] = [
    (
        "marketing share of 0 %",
        lambda s: [SetField("funnel", "marketing_share", Decimal(0))],
        StepId.FUNNEL,
        "funnel",
        "marketing_share",
        False,
    ),
    (
        "no weekly hours for follow-up",
        lambda s: [SetField("funnel", "hours_per_rep", Decimal(0))],
        StepId.FUNNEL,
        "funnel",
        "hours_per_rep",
        False,
    ),
    (
        "a conversion rate of 0 %",
        lambda s: [SetField("stages", "conversion_rate", Decimal(0), stage_id(s, "Lead"))],
        StepId.FUNNEL,
        "stages",
        "conversion_rate",
        True,
    ),
    (
        "a funnel stage without a name",
        lambda s: [SetField("stages", "name", "", stage_id(s, "SAL"))],
        StepId.DEFINITIONS,
        "stages",
        "name",
        True,
    ),
    (
        "two funnel stages with one name",
        lambda s: [SetField("stages", "name", "Lead", stage_id(s, "SQL"))],
        StepId.DEFINITIONS,
        "stages",
        "name",
        True,
    ),
    (
        "no contact attempts agreed for the capacity check",
        lambda s: [SetField("handoff", "attempts", None)],
        StepId.HANDOFF,
        "handoff",
        "attempts",
        False,
    ),
    (
        "no stage Sales follows up",
        no_sales_stage_and_no_mql,
        StepId.DEFINITIONS,
        "stages",
        "owner",
        False,
    ),
    (
        "a scoring condition that does not parse",
        lambda s: [SetField("scoring_criteria", "condition", "between banana", criterion_id(s))],
        StepId.SCORING,
        "scoring_criteria",
        "condition",
        True,
    ),
    (
        "a workshop date so late the follow-up plan runs past 9999",
        lambda s: [SetField("workshop", "date_start", date(9999, 12, 31))],
        StepId.WORKSHOP,
        "workshop",
        "date_start",
        False,
    ),
]


def stored_fields(entity: str) -> set[str]:
    spec = ENTITIES.get(entity)
    return set(spec.by_name) if spec is not None else set()


def maths_findings(snapshot: WorkshopSnapshot) -> list[Finding]:
    """The problems and warnings the maths adds (not the plain missing-field and agreement ones)."""
    return [f for f in all_findings(snapshot) if f.kind in (FindingKind.PROBLEM, FindingKind.WARNING)]


def test_the_sample_workshop_has_no_maths_problems() -> None:
    assert [f for f in all_findings(sample()) if f.kind is FindingKind.PROBLEM] == []


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_maths_problem_names_the_stored_field_to_fix(case: Case) -> None:
    what, edits, step, entity, field, has_row = case
    base = sample()
    snapshot = apply_local(base, edits(base))
    problems = [f for f in all_findings(snapshot) if f.kind is FindingKind.PROBLEM]
    assert problems, what
    for finding in problems:
        assert finding.field in stored_fields(finding.entity), (what, finding)
    wanted = [f for f in problems if (f.step, f.entity, f.field) == (step, entity, field)]
    assert wanted, (what, problems)
    assert all((f.row_id is not None) == has_row for f in wanted), (what, wanted)
    for finding in wanted:
        if finding.row_id is not None:
            assert snapshot.row(finding.entity, finding.row_id) is not None, (what, finding)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_every_maths_finding_names_a_stored_field_or_none(case: Case) -> None:
    base = sample()
    snapshot = apply_local(base, case[1](base))
    for finding in maths_findings(snapshot):
        assert finding.field == "" or finding.field in stored_fields(finding.entity), finding


def test_a_broken_funnel_does_not_also_report_a_missing_monthly_volume() -> None:
    """The capacity check has no volume while the funnel does not compute: the funnel's own problem
    is the one to fix, so the step lists it once, not a second, vaguer line."""
    base = sample()
    snapshot = apply_local(base, [SetField("funnel", "marketing_share", Decimal(0))])
    messages = [f.message for f in findings(snapshot, StepId.FUNNEL) if f.kind is FindingKind.PROBLEM]
    assert messages == ["Share of revenue from marketing-sourced leads: must be more than 0 %."]


def test_a_capacity_check_without_a_stage_for_sales_says_what_to_do() -> None:
    base = sample()
    snapshot = apply_local(base, no_sales_stage_and_no_mql(base))
    [finding] = [f for f in findings(snapshot, StepId.FUNNEL) if f.kind is FindingKind.PROBLEM]
    assert "Sales" in finding.message and "step 3" in finding.message
    assert "enter a value" not in finding.message
