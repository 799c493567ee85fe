"""Step statuses and step 0's delegation warnings, without Qt."""

from __future__ import annotations

from datetime import date

from slaworkshop.model.enums import AgreementState
from slaworkshop.services.ops import AddRow, SetClause, SetField, apply_local
from slaworkshop.services.progress import (
    STEP_RULES,
    StepId,
    StepStatus,
    TeamIssue,
    all_statuses,
    generic_status,
    register_rule,
    step_status,
    team_warnings,
)
from slaworkshop.services.snapshot import WorkshopSnapshot
from slaworkshop.services.workshops import WorkshopService


def people(*departments: str) -> list[dict[str, str]]:
    return [{"name": f"P{i}", "department": d} for i, d in enumerate(departments)]


def issues(*departments: str) -> list[TeamIssue]:
    return [w.issue for w in team_warnings(people(*departments))]


def test_a_small_balanced_delegation_draws_no_warning() -> None:
    assert issues("marketing", "sales") == []
    assert issues("marketing", "marketing", "sales", "management") == []  # exactly 2:1 is fine
    assert issues(*(["marketing"] * 4 + ["sales"] * 4)) == []  # exactly 8 is fine
    assert team_warnings([]) == []


def test_more_than_eight_participants_is_warned() -> None:
    found = team_warnings(people(*(["marketing"] * 5 + ["sales"] * 4)))
    assert [w.issue for w in found] == [TeamIssue.TOO_MANY]
    assert found[0].count == 9


def test_a_missing_side_is_warned() -> None:
    assert issues("sales", "sales") == [TeamIssue.NO_MARKETING]
    assert issues("marketing") == [TeamIssue.NO_SALES]
    assert issues("management", "other") == [TeamIssue.NO_MARKETING, TeamIssue.NO_SALES]


def test_one_side_outnumbering_the_other_more_than_two_to_one_is_warned() -> None:
    found = team_warnings(people("sales", "sales", "sales", "marketing"))
    assert [(w.issue, w.larger, w.count, w.other) for w in found] == [(TeamIssue.OUTNUMBERED, "sales", 3, 1)]
    assert issues("marketing", "marketing", "marketing", "sales") == [TeamIssue.OUTNUMBERED]


def test_blank_rows_and_unknown_departments_do_not_count() -> None:
    rows = [{"name": "", "department": ""}, {"name": "X", "department": "nonsense"}] + people(
        "marketing", "sales"
    )
    assert team_warnings(rows) == []


def _snapshot(**workshop: object) -> WorkshopSnapshot:
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    base = {"client": "", "title": "", "date_start": None, "facilitator": "", "language": "en"}
    base.update(workshop)
    return WorkshopSnapshot(id="w", revision=1, updated_at=now, created_at=now, workshop=base)


def test_step_zero_goes_from_empty_to_complete() -> None:
    empty = _snapshot()
    assert step_status(empty, StepId.WORKSHOP) is StepStatus.EMPTY
    started = apply_local(empty, [SetField("workshop", "client", "ACME")])
    assert step_status(started, StepId.WORKSHOP) is StepStatus.IN_PROGRESS
    filled = apply_local(
        started,
        [
            SetField("workshop", "title", "SLA"),
            SetField("workshop", "date_start", date(2027, 3, 1)),
            SetField("workshop", "facilitator", "Anna"),
            AddRow("participants", {"name": "M", "department": "marketing"}),
        ],
    )
    assert step_status(filled, StepId.WORKSHOP) is StepStatus.OPEN_POINTS  # no one from Sales
    complete = apply_local(filled, [AddRow("participants", {"name": "S", "department": "sales"})])
    assert step_status(complete, StepId.WORKSHOP) is StepStatus.COMPLETE
    nameless = apply_local(complete, [AddRow("participants", {"department": "sales"})])
    assert step_status(nameless, StepId.WORKSHOP) is StepStatus.IN_PROGRESS


def test_steps_without_content_are_empty_and_clauses_count() -> None:
    snap = _snapshot(client="ACME")
    statuses = all_statuses(snap)
    assert set(statuses) == set(StepId)
    assert all(statuses[s] is StepStatus.EMPTY for s in StepId if s is not StepId.WORKSHOP)
    disputed = apply_local(snap, [SetClause("funnel.capacity", AgreementState.DISPUTED)])
    assert generic_status(disputed, StepId.FUNNEL) is StepStatus.OPEN_POINTS
    agreed = apply_local(disputed, [SetClause("funnel.capacity", AgreementState.AGREED)])
    assert generic_status(agreed, StepId.FUNNEL) is StepStatus.COMPLETE


def test_a_step_can_register_its_own_rule() -> None:
    before = STEP_RULES.get(StepId.KPIS)
    try:

        @register_rule(StepId.KPIS)
        def always_complete(snapshot: WorkshopSnapshot) -> StepStatus:
            return StepStatus.COMPLETE

        assert step_status(_snapshot(), StepId.KPIS) is StepStatus.COMPLETE
    finally:
        if before is None:
            STEP_RULES.pop(StepId.KPIS, None)
        else:
            STEP_RULES[StepId.KPIS] = before


def test_status_of_a_stored_workshop(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA", facilitator="Anna", date_start=date(2027, 1, 1))
    snap = service.get(wid)
    assert step_status(snap, StepId.WORKSHOP) is StepStatus.IN_PROGRESS  # nobody takes part yet
    service.apply(
        wid,
        snap.revision,
        [
            AddRow("participants", {"name": "M", "department": "marketing"}),
            AddRow("participants", {"name": "S", "department": "sales"}),
        ],
    )
    assert step_status(service.get(wid), StepId.WORKSHOP) is StepStatus.COMPLETE
