"""“Go there” from a review finding lands on the field to fix, for the problems the maths finds.

Starts from the sample workshop, breaks one input the way a room could (see
tests/services/test_review_places.py for the cases), then asks the editor to show each problem the
review lists and checks that the widget of the named field — a form field, a rate line or a table
cell — has the keyboard focus on the named step.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from slaworkshop.services.progress import StepId
from slaworkshop.services.review import Finding, FindingKind, all_findings
from slaworkshop.services.sample import create_sample

from ..services.test_review_places import CASES, Case
from .test_editor import Env, env, migrated_db  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]


def table_cell(table: Any, finding: Finding) -> bool:
    """The table has the focus on the finding's row (its first row when none is named) and column."""
    index = table.view.currentIndex()
    if not (table.view.hasFocus() and index.isValid()):
        return False
    row_id = finding.row_id or str(table.model.rows[0]["id"])
    return bool(
        table.model.rows[index.row()]["id"] == row_id
        and table.model.columns[index.column()].name == finding.field
    )


def has_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def landed(env: Env, finding: Finding) -> bool:
    page: Any = env.editor.page(finding.step)
    place = (finding.entity, finding.field)
    if finding.entity == "funnel":
        form = page.capacity_inputs if finding.field in ("hours_per_rep", "sales_reps") else page.inputs
        return has_focus(form.editor(finding.field))
    if place == ("stages", "conversion_rate"):
        row = page.rates.row_for(finding.row_id)
        return row is not None and has_focus(row.rate)
    if finding.entity == "stages":
        return table_cell(page.stages, finding)
    if finding.entity == "handoff":
        return has_focus(page.editors[finding.field])
    if finding.entity == "scoring_criteria":
        return table_cell(page.table, finding)
    if finding.entity == "workshop":
        return has_focus(page.form.editor(finding.field))
    raise AssertionError(f"no check for {place}")


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_go_there_lands_on_the_field_a_maths_problem_names(qtbot: Any, env: Env, case: Case) -> None:
    what, edits, step, *_ = case
    workshop_id = create_sample(env.service, "en")
    env.editor.open_workshop(workshop_id)
    env.editor.request(edits(env.editor.snapshot()))  # type: ignore[arg-type]
    env.editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is env.editor)
    problems = [
        f
        for f in all_findings(env.editor.snapshot())  # type: ignore[arg-type]
        if f.kind is FindingKind.PROBLEM
    ]
    assert any(f.step is step for f in problems), what
    for finding in problems:
        assert env.editor.show_place(finding), (what, finding)
        assert env.editor.current_step() is StepId(finding.step)
        qtbot.waitUntil(lambda finding=finding: landed(env, finding), timeout=2000)
