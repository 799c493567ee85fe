"""The SLA maths applied to a workshop (services/analysis.py) and the open points per step
(services/review.py), on snapshots built without a database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop.model.cadence import EventKind
from slaworkshop.model.capacity import CapacityLevel
from slaworkshop.model.enums import AgreementState, KpiLink
from slaworkshop.model.steps import FUNNEL, GOVERNANCE, HANDOFF, SCORING
from slaworkshop.services.analysis import (
    CoreTeamIssue,
    analyse,
    example_handoff,
    link_ops,
)
from slaworkshop.services.ops import AddRow, Op, SetClause, SetField, apply_local
from slaworkshop.services.progress import StepId, StepStatus, all_statuses
from slaworkshop.services.review import FindingKind, findings, sign_off_blockers
from slaworkshop.services.snapshot import WorkshopSnapshot

from .test_review_places import sample

NOW = datetime(2026, 11, 23, 9, 0)


def empty(**workshop: Any) -> WorkshopSnapshot:
    values = {"client": "ACME", "title": "SLA", "language": "en", "status": "draft"}
    values.update(workshop)
    return WorkshopSnapshot("w1", 1, NOW, NOW, values)


def stage(
    row_id: str,
    name: str,
    rate: Any = None,
    *,
    owner: str = "marketing",
    in_funnel: bool = True,
    source: str = "own_data",
) -> AddRow:
    return AddRow(
        "stages",
        row_id=row_id,
        values={
            "name": name,
            "conversion_rate": rate,
            "owner": owner,
            "in_funnel": in_funnel,
            "rate_source": source,
        },
    )


def funnel_ops(**overrides: Any) -> list[Op]:
    inputs = {
        "revenue_target": Decimal("1200000"),
        "period": "year",
        "average_deal_size": Decimal("10000"),
        "marketing_share": Decimal("50"),
        "sales_cycle_days": 90,
    }
    inputs.update(overrides)
    return [
        stage("s0", "Contact", in_funnel=False),
        stage("s1", "Lead", 25),
        stage("s2", "MQL", 50),
        stage("s3", "SQL", 20, owner="sales"),
        stage("s4", "Customer", owner="sales"),
        *(SetField("funnel", name, value) for name, value in inputs.items()),
    ]


def with_ops(ops: Sequence[Op], snapshot: WorkshopSnapshot | None = None) -> WorkshopSnapshot:
    return apply_local(snapshot or empty(), ops)


# --------------------------------------------------------------------------- funnel and capacity
def test_the_funnel_runs_over_the_step_3_stages_that_are_in_the_funnel() -> None:
    # 1.2 M a year, half from marketing → 600,000 → 60 deals of 10,000. Backwards, rounding up:
    # SQL 60 / 20 % = 300, MQL 300 / 50 % = 600, Lead 600 / 25 % = 2,400. Per month from 5 deals.
    result = analyse(with_ops(funnel_ops())).funnel
    assert result.ok, result.problems
    assert [(s.stage, s.per_period, s.per_month) for s in result.stages] == [
        ("Lead", 2400, 200),
        ("MQL", 600, 50),
        ("SQL", 300, 25),
        ("Customer", 60, 5),
    ]


def test_a_rate_of_zero_is_a_problem_on_that_stage_row_not_an_exception() -> None:
    snapshot = with_ops([*funnel_ops(), SetField("stages", "conversion_rate", Decimal(0), "s2")])
    analysis = analyse(snapshot)
    assert not analysis.funnel.ok
    found = [f for f in findings(snapshot, StepId.FUNNEL) if f.kind is FindingKind.PROBLEM]
    assert any(f.row_id == "s2" for f in found), found
    assert all_statuses(snapshot)[StepId.FUNNEL] is StepStatus.IN_PROGRESS


def test_benchmark_rates_are_flagged_per_stage() -> None:
    snapshot = with_ops([*funnel_ops(), SetField("stages", "rate_source", "benchmark", "s1")])
    assert [s.name for s in analyse(snapshot).benchmark_stages] == ["Lead"]
    warnings = [f for f in findings(snapshot, StepId.FUNNEL) if f.kind is FindingKind.WARNING]
    assert [f.row_id for f in warnings if f.field == "rate_source"] == ["s1"]


def test_capacity_uses_the_attempts_of_step_5_and_the_first_stage_sales_owns() -> None:
    # SQL (owned by Sales) 25 a month × 4 attempts × 15 min = 25 h; 1 rep × 5 h/week × 52/12 ≈ 21.7 h.
    ops = [
        *funnel_ops(sales_reps=1, hours_per_rep=Decimal(5), minutes_per_attempt=Decimal(15)),
        SetField("handoff", "attempts", 4),
    ]
    analysis = analyse(with_ops(ops))
    assert analysis.capacity_stage == "SQL"
    assert analysis.capacity_leads_per_month == 25
    assert analysis.capacity is not None and analysis.capacity.level is CapacityLevel.RED
    assert analysis.over_capacity
    snapshot = with_ops(ops)
    assert any(
        f.kind is FindingKind.WARNING and "Capacity" in f.message for f in findings(snapshot, StepId.FUNNEL)
    )
    # Two attempts instead of four: 12.5 h of 21.7 h, green.
    fewer = with_ops([SetField("handoff", "attempts", 2)], snapshot)
    assert analyse(fewer).capacity.level is CapacityLevel.GREEN  # type: ignore[union-attr]


def test_capacity_is_not_judged_before_its_inputs_are_entered() -> None:
    snapshot = with_ops(funnel_ops())
    assert analyse(snapshot).capacity is None
    assert any(
        f.kind is FindingKind.MISSING and f.field == "sales_reps" for f in findings(snapshot, StepId.FUNNEL)
    )


# --------------------------------------------------------------------------- linked KPIs
def test_linked_kpi_targets_follow_the_funnel_and_the_handoff() -> None:
    ops = [
        *funnel_ops(),
        SetField("handoff", "first_contact_within", Decimal(4)),
        AddRow("kpis", row_id="k1", values={"name": "MQLs", "target": 1, "link": "funnel.mql_per_month"}),
        AddRow(
            "kpis",
            row_id="k2",
            values={
                "name": "Revenue",
                "target": 1,
                "link": "funnel.marketing_revenue",
                "frequency": "yearly",
            },
        ),
        AddRow(
            "kpis", row_id="k3", values={"name": "Response", "target": 8, "link": "handoff.first_contact"}
        ),
        AddRow("kpis", row_id="k4", values={"name": "Free", "target": 7, "link": ""}),
    ]
    snapshot = with_ops(ops)
    changes = {op.row_id: op.value for op in link_ops(snapshot)}
    assert changes == {"k1": Decimal(50), "k2": Decimal(600000), "k3": Decimal(4)}
    settled = with_ops(link_ops(snapshot), snapshot)
    assert link_ops(settled) == []


def test_linked_kpis_keep_their_target_while_the_funnel_cannot_be_computed() -> None:
    snapshot = with_ops(
        [
            *funnel_ops(average_deal_size=None),
            AddRow(
                "kpis", row_id="k1", values={"name": "MQLs", "target": 80, "link": "funnel.mql_per_month"}
            ),
        ]
    )
    assert link_ops(snapshot) == []
    assert any(f.field == "link" for f in findings(snapshot, StepId.KPIS))


# --------------------------------------------------------------------------- cadence, core team
def test_the_example_handoff_is_a_working_morning() -> None:
    saturday = empty(date_start=date(2026, 11, 28))
    assert example_handoff(saturday) == datetime(2026, 11, 30, 10, 0)
    assert analyse(saturday).cadence is None  # nothing entered in step 5 yet


def test_the_core_team_needs_both_departments_and_known_people() -> None:
    people = [
        AddRow("participants", row_id="p1", values={"name": "Mia", "department": "marketing"}),
        AddRow("participants", row_id="p2", values={"name": "Max", "department": "marketing"}),
        AddRow("participants", row_id="p3", values={"name": "Sam", "department": "sales"}),
    ]
    one_sided = with_ops([*people, SetField("governance", "core_team", "p1 p2")])
    assert analyse(one_sided).core_team.issues == (CoreTeamIssue.NO_SALES,)
    balanced = with_ops([SetField("governance", "core_team", "p1 p3")], one_sided)
    assert analyse(balanced).core_team.issues == ()
    gone = with_ops([SetField("governance", "core_team", "p1 p3 p9")], one_sided)
    assert CoreTeamIssue.UNKNOWN_MEMBER in analyse(gone).core_team.issues


# --------------------------------------------------------------------------- review and statuses
def test_an_empty_workshop_has_empty_steps_and_no_findings_in_steps_1_to_8() -> None:
    snapshot = empty()
    statuses = all_statuses(snapshot)
    for step in list(StepId)[1:9]:
        assert statuses[step] is StepStatus.EMPTY, step
        assert findings(snapshot, step) == [], step


def test_parked_items_do_not_block_sign_off_but_disputed_ones_do() -> None:
    ops: list[Op] = [
        AddRow(
            "goals",
            row_id="g1",
            values={"metric": "Revenue", "target": 1, "owner": "shared", "agreement": "parked"},
        ),
    ]
    parked = with_ops(ops)
    assert all_statuses(parked)[StepId.GOALS] is StepStatus.OPEN_POINTS
    assert not [f for f in sign_off_blockers(parked) if f.step is StepId.GOALS]
    disputed = with_ops([SetField("goals", "agreement", "disputed", "g1")], parked)
    assert [f.row_id for f in sign_off_blockers(disputed) if f.step is StepId.GOALS] == ["g1"]
    agreed = with_ops([SetField("goals", "agreement", "agreed", "g1")], parked)
    assert all_statuses(agreed)[StepId.GOALS] is StepStatus.COMPLETE
    section = with_ops([SetClause("funnel", state=AgreementState.DISPUTED)], agreed)
    assert any(f.clause == "funnel" for f in sign_off_blockers(section))


def test_an_unreachable_threshold_is_a_warning_of_step_4() -> None:
    snapshot = with_ops(
        [
            AddRow(
                "scoring_criteria",
                row_id="c1",
                values={
                    "axis": "fit",
                    "attribute": "Size",
                    "condition": ">= 50",
                    "points": 10,
                    "agreement": "agreed",
                },
            ),
            SetField("scoring", "mql_threshold", 40),
        ]
    )
    found = findings(snapshot, StepId.SCORING)
    assert [f.kind for f in found] == [FindingKind.WARNING]
    assert all_statuses(snapshot)[StepId.SCORING] is StepStatus.OPEN_POINTS


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                [
                    ("funnel", "revenue_target"),
                    ("funnel", "average_deal_size"),
                    ("funnel", "marketing_share"),
                    ("funnel", "sales_reps"),
                    ("funnel", "period"),
                    ("handoff", "attempts"),
                    ("handoff", "first_contact_within"),
                    ("handoff", "interval_days"),
                    ("handoff", "channels"),
                    ("scoring", "mql_threshold"),
                    ("governance", "core_team"),
                ]
            ),
            st.one_of(
                st.none(),
                st.text(max_size=30),
                st.integers(min_value=-(10**30), max_value=10**30),
                st.decimals(allow_nan=True, allow_infinity=True),
                st.booleans(),
            ),
        ),
        max_size=8,
    )
)
def test_no_input_makes_the_analysis_or_the_review_raise(changes: list[tuple[tuple[str, str], Any]]) -> None:
    snapshot = with_ops([*funnel_ops(), *(SetField(e, f, v) for (e, f), v in changes)])
    analyse(snapshot)
    link_ops(snapshot)
    for step in StepId:
        findings(snapshot, step)
    all_statuses(snapshot)


# --------------------------------------------------------------------------- the sample with a field cleared
def sample_without(*edits: Op) -> WorkshopSnapshot:
    """The English sample workshop (every step filled) with the given edits, e.g. a field cleared."""
    return apply_local(sample(), list(edits))


def everything_said(snapshot: WorkshopSnapshot) -> list[str]:
    """Every message the review shows for the workshop (all steps)."""
    return [f.message for step in StepId for f in findings(snapshot, step)]


def test_a_sales_cycle_not_entered_gives_no_arrival_date_and_no_problem() -> None:
    full = analyse(sample())
    snapshot = sample_without(SetField("funnel", "sales_cycle_days", None))
    analysis = analyse(snapshot)
    assert analysis.funnel.ok and analysis.funnel.stages == full.funnel.stages
    assert analysis.funnel.sales_cycle_days is None
    # Not “leads must arrive by the first day of the period”: there is no date without a cycle.
    assert analysis.funnel.leads_due_by(date(2027, 1, 1)) is None
    assert full.funnel.leads_due_by(date(2027, 1, 1)) == date(2026, 10, 3)
    assert not [f for f in findings(snapshot, StepId.FUNNEL) if f.kind is FindingKind.PROBLEM]
    assert not any("None" in m or "cycle" in m.casefold() for m in everything_said(snapshot))


def test_a_sales_cycle_of_zero_days_is_kept_as_entered() -> None:
    analysis = analyse(sample_without(SetField("funnel", "sales_cycle_days", 0)))
    assert analysis.funnel.sales_cycle_days == 0
    assert analysis.funnel.leads_due_by(date(2027, 1, 1)) == date(2027, 1, 1)


def test_an_accept_window_not_entered_leaves_the_accept_deadline_out_of_the_plan() -> None:
    full = analyse(sample()).cadence
    snapshot = sample_without(SetField("handoff", "accept_within", None))
    plan = analyse(snapshot).cadence
    assert full is not None and full.accept_deadline is not None
    assert plan is not None and plan.ok
    assert plan.accept_deadline is None
    assert [e for e in plan.events if e.kind is not EventKind.ACCEPT_DEADLINE] == [
        e for e in full.events if e.kind is not EventKind.ACCEPT_DEADLINE
    ]
    assert analyse(snapshot).link_values[KpiLink.ACCEPT_WITHIN] is None
    # The KPI that follows the window keeps its agreed target, and the review says why.
    assert link_ops(snapshot) == []
    kpi = next(k for k in snapshot.rows_of("kpis") if k["link"] == KpiLink.ACCEPT_WITHIN.value)
    assert kpi["target"] == 24
    said = everything_said(snapshot)
    assert (
        "KPI “Time to accept or reject” follows a value that cannot be computed yet; its target is not updated."
        in said
    )
    assert not any("None" in m for m in said)


def test_the_mql_threshold_is_a_value_a_kpi_can_follow() -> None:
    snapshot = sample()
    assert analyse(snapshot).link_values[KpiLink.MQL_THRESHOLD] == 70
    kpi = AddRow(
        "kpis",
        row_id="threshold-kpi",
        values={
            "name": "MQL score threshold",
            "target": 60,
            "direction": "at_least",
            "link": "scoring.threshold",
        },
    )
    linked = apply_local(snapshot, [kpi])
    assert link_ops(linked) == [SetField("kpis", "target", Decimal(70), "threshold-kpi")]
    assert not [f for f in findings(linked, StepId.KPIS) if f.row_id == "threshold-kpi" and f.field == "link"]
    cleared = apply_local(linked, [SetField("scoring", "mql_threshold", None)])
    assert analyse(cleared).link_values[KpiLink.MQL_THRESHOLD] is None
    assert link_ops(cleared) == []


def test_opportunities_of_a_funnel_without_an_opportunity_stage() -> None:
    snapshot = sample()
    stages = {str(r["name"]): str(r["id"]) for r in snapshot.rows_of("stages")}
    kpi = AddRow(
        "kpis",
        row_id="opps",
        values={"name": "Opportunities", "target": 18, "link": KpiLink.OPPORTUNITIES_PER_MONTH.value},
    )
    # The stage before the deal stands in for the opportunities when no stage is called so.
    renamed = apply_local(snapshot, [kpi, SetField("stages", "name", "Proposal", stages["Opportunity"])])
    assert analyse(renamed).link_values[KpiLink.OPPORTUNITIES_PER_MONTH] == 18
    # A funnel of just leads and deals has no stage for it: no value, and the KPI keeps its target.
    short = apply_local(
        snapshot,
        [
            kpi,
            *(
                SetField("stages", "in_funnel", False, stages[n])
                for n in ("MQL", "SAL", "SQL", "Opportunity")
            ),
        ],
    )
    analysis = analyse(short)
    assert analysis.funnel.ok and [s.stage for s in analysis.funnel.stages] == ["Lead", "Customer"]
    assert analysis.link_values[KpiLink.OPPORTUNITIES_PER_MONTH] is None
    assert analysis.link_values[KpiLink.LEADS_PER_MONTH] is not None
    assert not [op for op in link_ops(short) if op.row_id == "opps"]
    assert any(f.row_id == "opps" and f.field == "link" for f in findings(short, StepId.KPIS))


@pytest.mark.parametrize(
    ("entity", "name"),
    [
        (entity, name)
        for entity, names in {
            "funnel": FUNNEL.by_name,
            "handoff": HANDOFF.by_name,
            "scoring": SCORING.by_name,
            "governance": GOVERNANCE.by_name,
        }.items()
        for name in names
    ],
)
def test_clearing_any_field_of_the_sample_raises_nothing_and_says_no_none(entity: str, name: str) -> None:
    snapshot = sample_without(SetField(entity, name, None))
    analyse(snapshot)
    link_ops(snapshot)
    assert not any("None" in m for m in everything_said(snapshot)), name
    all_statuses(snapshot)
