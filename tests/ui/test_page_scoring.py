"""Step 4, Lead scoring: criteria typed into the real table, the threshold, the lead tester's verdict."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QStyleOptionViewItem

from slaworkshop.model.steps import SCORING_CRITERIA
from slaworkshop.model.tables import new_id
from slaworkshop.services.ops import AddRow, SetField
from slaworkshop.services.progress import StepId, StepStatus
from slaworkshop.services.review import Finding, FindingKind
from slaworkshop.services.sample import create_sample
from slaworkshop.ui.i18n import install_language
from slaworkshop.ui.steps.scoring import COLUMNS, ScoringPage, grouping_moves
from slaworkshop.ui.widgets.fields import translate_label

from .test_editor import Env, env, migrated_db, retype  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]

AXIS, ATTRIBUTE, CONDITION, POINTS = (COLUMNS.index(n) for n in ("axis", "attribute", "condition", "points"))


def scoring_page(env: Env) -> ScoringPage:
    env.editor.go_to_step(StepId.SCORING)
    page = env.editor.page(StepId.SCORING)
    assert isinstance(page, ScoringPage)
    return page


def criteria(env: Env) -> list[tuple[Any, ...]]:
    rows = env.other.get(env.workshop_id).rows_of("scoring_criteria")
    return [(r["axis"], r["attribute"], r["condition"], r["points"]) for r in rows]


def cell_editor(page: ScoringPage, row: int, column: int, kind: type[Any]) -> Any:
    table = page.table
    index = table.model.index(row, column)
    if table.view.currentIndex() != index or table.view.state() != table.view.State.EditingState:
        table.view.setCurrentIndex(index)
        table.view.edit(index)
    editors = [w for w in table.view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_cell(qtbot: Any, page: ScoringPage, row: int, column: int, text: str) -> None:
    editor = cell_editor(page, row, column, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab commits and moves on, as in a spreadsheet
    qtbot.waitUntil(lambda: page.table.view.currentIndex().column() != column)


def pick_axis(page: ScoringPage, row: int, axis: str) -> None:
    combo = cell_editor(page, row, AXIS, QComboBox)
    combo.setCurrentIndex(combo.findData(axis))
    combo.activated.emit(combo.currentIndex())


def add_criterion(qtbot: Any, page: ScoringPage, attribute: str, condition: str, points: str) -> int:
    page.table.view.setFocus()
    page.table.add_action.trigger()
    row = page.table.current_row()
    assert row is not None
    qtbot.keyClick(page.table.view, Qt.Key.Key_Escape)  # the add opened the first cell's editor
    type_cell(qtbot, page, row, ATTRIBUTE, attribute)
    type_cell(qtbot, page, row, CONDITION, condition)
    type_cell(qtbot, page, row, POINTS, points)
    qtbot.keyClick(page.table.view, Qt.Key.Key_Escape)
    return row


def threshold_field(page: ScoringPage) -> Any:
    return page.form.editor("mql_threshold")


def verdict(page: ScoringPage) -> str:
    return page.verdict.headline.text() + " | " + page.verdict.detail.text()


def seed(env: Env, *rows: tuple[str, str, str, int], threshold: int | None = None) -> list[str]:
    ids = [new_id() for _ in rows]
    ops: list[Any] = [
        AddRow("scoring_criteria", {"axis": a, "attribute": at, "condition": c, "points": p}, row_id=i)
        for i, (a, at, c, p) in zip(ids, rows, strict=True)
    ]
    if threshold is not None:
        ops.append(SetField("scoring", "mql_threshold", threshold))
    env.editor.request(ops)
    return ids


def test_criteria_threshold_and_the_tester_verdict(qtbot: Any, env: Env) -> None:
    page = scoring_page(env)
    assert not page.warnings.isVisibleTo(page) and not page.condition_notice.isVisibleTo(page)
    assert page.invitation.isVisibleTo(page) and not page.results.isVisibleTo(page)

    add_criterion(qtbot, page, "Job title", "one of CEO, CFO", "40")
    second = add_criterion(qtbot, page, "Demo requested", "is set", "25")
    pick_axis(page, second, "interest")
    retype(qtbot, threshold_field(page).edit, "60")
    assert env.editor.flush()
    assert criteria(env) == [
        ("fit", "Job title", "one of CEO, CFO", 40),
        ("interest", "Demo requested", "is set", 25),
    ]
    assert env.other.get(env.workshop_id).single("scoring")["mql_threshold"] == 60

    # The tester asks for both attributes; the job title offers the values its condition names.
    assert set(page.inputs) == {"job title", "demo requested"}
    title = page.inputs["job title"]
    assert [title.itemText(i) for i in range(title.count())] == ["", "CEO", "CFO"]
    assert "Not an MQL" in verdict(page) and "Needs 60 more points" in verdict(page)
    qtbot.keyClicks(title.lineEdit(), "ceo")
    assert (page.score.fit, page.score.interest, page.score.total) == (40, 0, 40)  # type: ignore[union-attr]
    assert "Needs 20 more points to reach the threshold of 60" in verdict(page)
    assert "Job title" in page.fired.text() and "+40" in page.fired.text()
    qtbot.keyClicks(page.inputs["demo requested"].lineEdit(), "yes, Tuesday")
    assert page.score.total == 65  # type: ignore[union-attr]
    assert page.verdict.headline.text() == "✔ MQL" and page.verdict.kind == "mql"
    assert "Demo requested" in page.fired.text()
    assert "Fit <b>40</b>" in page.score_label.text() and "<b>65</b>" in page.score_label.text()

    # The room proposes the threshold (the section's agreement control), then tries a stricter one:
    # the verdict follows live, and undo brings the old threshold (and verdict) back.
    state = page.agreement.state
    state.setCurrentIndex(state.findData("proposed"))
    state.activated.emit(state.currentIndex())
    retype(qtbot, threshold_field(page).edit, "70")
    assert "Needs 5 more points" in verdict(page)
    env.editor.undo_action.trigger()
    assert threshold_field(page).edit.text() == "60" and page.verdict.kind == "mql"
    assert env.editor.step_status(StepId.SCORING) is StepStatus.OPEN_POINTS  # nothing agreed yet
    assert env.other.get(env.workshop_id).single("scoring")["mql_threshold"] in (60, 70)
    assert env.editor.flush() and env.other.get(env.workshop_id).single("scoring")["mql_threshold"] == 60
    assert env.other.get(env.workshop_id).clause("scoring.threshold").state == "proposed"
    # The sample lead is never an edit: typing into the tester adds nothing to undo or the store.
    edits = env.editor.undo_group.activeStack().count()
    qtbot.keyClicks(page.inputs["demo requested"].lineEdit(), " and Friday")
    assert env.editor.undo_group.activeStack().count() == edits


def test_tester_values_survive_steps_and_rebuilds(qtbot: Any, env: Env) -> None:
    seed(env, ("fit", "Industry", "= Software", 30), ("interest", "Visits", ">= 3", 20), threshold=50)
    page = scoring_page(env)
    qtbot.keyClicks(page.inputs["industry"].lineEdit(), "Software")
    qtbot.keyClicks(page.inputs["visits"].lineEdit(), "4")
    assert page.verdict.kind == "mql"
    box = page.inputs["industry"]

    env.editor.go_to_step(StepId.HANDOFF)
    env.editor.go_to_step(StepId.SCORING)
    assert page.inputs["industry"] is box and box.currentText() == "Software"
    assert page.verdict.kind == "mql"

    # A new attribute adds an input; the existing ones keep their widget and value.
    row = add_criterion(qtbot, page, "Country", "one of NL, DE", "10")
    assert list(page.inputs) == ["industry", "visits", "country"]
    assert page.inputs["industry"] is box and page.inputs["visits"].currentText() == "4"
    # Removing the only criterion on "Visits" removes its input; undo brings it back with its value.
    visits = [r["attribute"] for r in page.table.model.rows].index("Visits")
    page.table.view.setCurrentIndex(page.table.model.index(visits, 0))
    page.table.remove_action.trigger()
    assert "visits" not in page.inputs and page.score.total == 30  # type: ignore[union-attr]
    assert page.verdict.kind == "not"
    env.editor.undo_action.trigger()
    assert page.inputs["visits"].currentText() == "4" and page.verdict.kind == "mql"
    # Same attribute in another spelling: no new input, the label follows the first criterion.
    env.editor.request(
        [SetField("scoring_criteria", "attribute", "  industry ", page.table.model.rows[0]["id"])]
    )
    assert set(page.inputs) == {"industry", "visits", "country"}
    assert page.input_labels["industry"].text() == "industry:"
    assert page.table.model.rows[row]["attribute"] == "Country"
    page.clear_button.click()
    assert all(b.currentText() == "" for b in page.inputs.values()) and page.score.total == 0  # type: ignore[union-attr]


def test_unreachable_threshold_warning_appears_and_goes(qtbot: Any, env: Env) -> None:
    seed(env, ("fit", "Role", "= CEO", 30), ("interest", "Webinar", "is set", 20), threshold=40)
    page = scoring_page(env)
    assert page.warnings.messages == []
    assert "<b>50</b>" in page.summary.text() and "<b>30</b>" in page.summary.text()
    retype(qtbot, threshold_field(page).edit, "80")
    assert any("No lead can reach the MQL threshold of 80" in m for m in page.warnings.messages)
    assert page.warnings.isVisibleTo(page)
    assert env.editor.step_status(StepId.SCORING) is not StepStatus.COMPLETE
    retype(qtbot, threshold_field(page).edit, "25")  # now fit alone is enough
    assert not any("No lead can reach" in m for m in page.warnings.messages)
    assert any("Fit alone can reach the threshold" in m for m in page.warnings.messages)
    retype(qtbot, threshold_field(page).edit, "45")
    assert page.warnings.messages == [] and not page.warnings.isVisibleTo(page)
    assert env.editor.flush()
    assert env.other.get(env.workshop_id).single("scoring")["mql_threshold"] == 45


def test_an_unreadable_condition_shows_its_message_in_place(qtbot: Any, env: Env) -> None:
    ids = seed(env, ("fit", "Employees", ">= 50", 20), threshold=10)
    page = scoring_page(env)
    assert page.problems == {}
    type_cell(qtbot, page, 0, CONDITION, ">= many")
    assert ids[0] in page.problems and "a number is expected" in page.problems[ids[0]]
    notice = " ".join(page.condition_notice.messages)
    assert page.condition_notice.isVisibleTo(page)
    assert "Row 1 (Employees)" in notice and "a number is expected" in notice
    assert any("left out of the score" in m for m in page.left_out.messages)
    assert env.editor.step_status(StepId.SCORING) is StepStatus.IN_PROGRESS  # a problem to fix
    assert env.editor.flush() and criteria(env)[0][2] == ">= many"  # stored as typed, nothing lost
    type_cell(qtbot, page, 0, CONDITION, "between 50 and 500")
    assert page.problems == {} and not page.condition_notice.isVisibleTo(page)
    qtbot.keyClicks(page.inputs["employees"].lineEdit(), "120")
    assert page.verdict.kind == "mql"
    # An empty condition on a new row invites instead of complaining.
    page.table.add_action.trigger()
    assert page.problems == {}


def test_hostile_values(qtbot: Any, env: Env) -> None:
    seed(env, ("fit", "Role", "= CEO", 30), threshold=20)
    page = scoring_page(env)
    type_cell(qtbot, page, 0, POINTS, "1000000000")
    assert page.table.message.isVisibleTo(page) and "1000" in page.table.message.text().replace(",", "")
    assert page.pending_messages()
    type_cell(qtbot, page, 0, POINTS, "abc")
    assert page.table.message.isVisibleTo(page)
    assert env.editor.flush() and criteria(env) == [("fit", "Role", "= CEO", 30)]  # nothing lost
    type_cell(qtbot, page, 0, POINTS, "-40")
    assert not page.table.message.isVisibleTo(page)
    assert env.editor.flush() and criteria(env)[0][3] == -40  # negative points are allowed

    threshold_field(page).edit.setFocus()
    threshold_field(page).edit.end(False)
    qtbot.keyClicks(threshold_field(page).edit, "abc")  # "20abc"
    assert threshold_field(page).message.isVisibleTo(page) and page.pending_messages()
    assert env.editor.flush() and env.other.get(env.workshop_id).single("scoring")["mql_threshold"] == 20
    retype(qtbot, threshold_field(page).edit, "1000000000")
    assert threshold_field(page).message.isVisibleTo(page)
    # The field sends each valid prefix as it is typed; the store never gets more than its maximum.
    assert env.editor.flush() and env.other.get(env.workshop_id).single("scoring")["mql_threshold"] <= 100_000
    assert any("No lead can reach" in m for m in page.warnings.messages)

    long = "<b>x</b>" + "A" * 10_000
    type_cell(qtbot, page, 0, ATTRIBUTE, long)
    assert env.editor.flush() and criteria(env)[0][1] == long
    key = long.casefold()
    label = page.input_labels[key]
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text().startswith("<b>x</b>")
    assert len(label.text()) < 40 and "&lt;b&gt;" in label.toolTip()
    qtbot.keyClicks(page.inputs[key].lineEdit(), "<i>CEO</i>")
    assert page.score.total == 0 and page.verdict.kind == "not"  # type: ignore[union-attr]
    page.inputs[key].lineEdit().setText("x" * 10_000)
    assert page.score.total == 0  # type: ignore[union-attr]
    type_cell(qtbot, page, 0, CONDITION, "= " + "z" * 10_000)
    assert "at most 2,000 characters" in " ".join(page.condition_notice.messages)
    QApplication.processEvents()


def test_fit_and_interest_are_told_apart_and_can_be_grouped(qtbot: Any, env: Env) -> None:
    seed(
        env,
        ("interest", "Webinar", "is set", 10),
        ("fit", "Role", "= CEO", 30),
        ("interest", "Pricing page", "is set", 15),
        ("fit", "Industry", "= IT", 20),
    )
    page = scoring_page(env)
    view = page.table.view
    delegate = view.itemDelegate()

    def background(row: int, column: int) -> str:
        opt = QStyleOptionViewItem()
        delegate.initStyleOption(opt, page.table.model.index(row, column))
        return opt.backgroundBrush.color().name()

    assert background(0, ATTRIBUTE) != background(1, ATTRIBUTE)
    assert background(0, ATTRIBUTE) == background(2, ATTRIBUTE)
    assert page.group_button.isEnabled()
    page.group_button.click()
    assert [r["attribute"] for r in page.table.model.rows] == ["Role", "Industry", "Webinar", "Pricing page"]
    assert not page.group_button.isEnabled() and grouping_moves(page.table.model.rows) == []
    env.editor.undo_action.trigger()  # one step
    assert [r["attribute"] for r in page.table.model.rows] == ["Webinar", "Role", "Pricing page", "Industry"]
    # A criterion added below an interest row starts as interest, so the group stays together.
    view.setCurrentIndex(page.table.model.index(2, ATTRIBUTE))
    page.table.add_action.trigger()
    assert page.table.model.rows[3]["axis"] == "interest" and page.table.model.rows[3]["points"] == 10


def test_review_jumps_land_on_the_place(qtbot: Any, env: Env) -> None:
    ids = seed(env, ("fit", "Role", "= CEO", 30), threshold=100)
    page = scoring_page(env)
    env.editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is env.editor)
    step = StepId.SCORING
    assert env.editor.show_place(Finding(step, FindingKind.WARNING, "x", "scoring", None, "mql_threshold"))
    qtbot.waitUntil(lambda: threshold_field(page).edit.hasFocus())
    assert env.editor.show_place(Finding(step, FindingKind.NOT_AGREED, "x", clause="scoring.threshold"))
    qtbot.waitUntil(lambda: page.agreement.state.hasFocus())
    assert env.editor.show_place(
        Finding(step, FindingKind.PROBLEM, "x", "scoring_criteria", ids[0], "condition")
    )
    qtbot.waitUntil(lambda: page.table.view.hasFocus())
    assert page.table.view.currentIndex().column() == CONDITION
    assert not page.show_target("goals")


# --------------------------------------------------------------------------- on a projector
@pytest.mark.parametrize(("language", "zoom"), [("en", 100), ("en", 150), ("de", 100), ("de", 150)])
def test_the_sample_criteria_read_whole_on_a_projector(
    qtbot: Any, env: Env, language_afterwards: None, language: str, zoom: int
) -> None:
    """1280×800 at 11 pt, English and German, normal and zoomed: no sideways scrolling in the table;
    the axis, the points and the agreement are never cut; attributes and conditions wrap onto more
    lines instead of being cut; headings elide (the whole label is the tooltip) instead of overlapping."""
    assert install_language(language) == language
    env.editor.open_workshop(create_sample(env.service, language))
    env.editor.set_zoom(zoom)
    page = scoring_page(env)
    view = page.table.view
    header = view.horizontalHeader()
    assert page.table.model.rowCount() >= 10
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width())
    assert not view.horizontalScrollBar().isVisible()
    for name in ("axis", "points", "agreement"):
        column = COLUMNS.index(name)
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), (
            name,
            header.sectionSize(column),
        )
    assert header.sectionSize(CONDITION) >= 8 * view.fontMetrics().averageCharWidth()
    qtbot.waitUntil(
        lambda: all(view.rowHeight(r) >= view.sizeHintForRow(r) for r in range(page.table.model.rowCount()))
    )
    assert (
        max(view.rowHeight(r) for r in range(page.table.model.rowCount()))
        > view.verticalHeader().defaultSectionSize()
    )
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    note = COLUMNS.index("agreement_note")
    tip = page.table.model.headerData(note, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == translate_label(SCORING_CRITERIA.field("agreement_note").label)
