"""Step 8, Governance & escalation: the core team ticked from step 0's participants (and what happens
when one of them leaves), the minute and action keepers, the agenda, the escalation ladder, the pilot
dates and the sections' agreement — through the real widgets, checked against the store as a second
window would read it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeWidgetItem

from slaworkshop.model.enums import AgreementState
from slaworkshop.model.tables import new_id
from slaworkshop.services.ops import AddRow, SetClause, SetField
from slaworkshop.services.progress import StepId, StepStatus
from slaworkshop.services.review import FindingKind, findings
from slaworkshop.services.sample import create_sample
from slaworkshop.ui.i18n import install_language
from slaworkshop.ui.steps.definitions import FIRM_KINDS
from slaworkshop.ui.steps.governance import GovernancePage, next_level, toggled_team
from slaworkshop.ui.steps.workshop import WorkshopPage
from slaworkshop.ui.widgets.fields import CleanTextEdit
from slaworkshop.ui.widgets.table import RowTableEditor

from .test_editor import Env, env, migrated_db, paste_into, retype  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]

M1, M2, S1, S2, X1 = (new_id() for _ in range(5))
PEOPLE = (
    (M1, "Fiona Baird", "marketing", "Head of Marketing"),
    (M2, "Ravi Mehta", "marketing", "Marketing Operations"),
    (S1, "Tom Kerr", "sales", "Head of Sales"),
    (S2, "Aileen Doyle", "sales", "SDR Team Lead"),
    (X1, "Helen Strachan", "management", "Sponsor"),
)


def with_people(env: Env) -> GovernancePage:
    env.editor.request(
        [
            AddRow("participants", {"name": name, "department": dept, "role": role}, row_id=pid)
            for pid, name, dept, role in PEOPLE
        ]
    )
    return open_page(env)


def open_page(env: Env) -> GovernancePage:
    env.editor.go_to_step(StepId.GOVERNANCE)
    page = env.editor.page(StepId.GOVERNANCE)
    assert isinstance(page, GovernancePage)
    return page


def governance(env: Env) -> dict[str, Any]:
    assert env.editor.flush()
    return dict(env.other.get(env.workshop_id).single("governance"))


def stored_team(env: Env) -> list[str]:
    return str(governance(env).get("core_team") or "").split()


def item(page: GovernancePage, name: str) -> QTreeWidgetItem:
    found = page.core_team.findItems(name, Qt.MatchFlag.MatchExactly, 0)
    assert len(found) == 1, name
    return found[0]


def tick(qtbot: Any, page: GovernancePage, name: str) -> None:
    """Space on the person's row toggles the tick, as with the keyboard."""
    page.core_team.setFocus()
    page.core_team.setCurrentItem(item(page, name))
    qtbot.keyClick(page.core_team, Qt.Key.Key_Space)


def ticked(page: GovernancePage) -> list[str]:
    tree = page.core_team
    return [
        tree.topLevelItem(i).text(0)  # type: ignore[union-attr]
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).checkState(0) == Qt.CheckState.Checked  # type: ignore[union-attr]
    ]


def column(table: RowTableEditor, name: str) -> int:
    return [c.name for c in table.model.columns].index(name)


def cell_editor(table: RowTableEditor, row: int, name: str, kind: type[Any]) -> Any:
    view = table.view
    index = table.model.index(row, column(table, name))
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [w for w in view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_cell(qtbot: Any, table: RowTableEditor, row: int, name: str, text: str) -> None:
    long = table.model.columns[column(table, name)].kind.value == "longtext"
    editor = cell_editor(table, row, name, CleanTextEdit if long else QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits, as in a spreadsheet
    QApplication.processEvents()


def add_row(qtbot: Any, table: RowTableEditor) -> int:
    table.view.setFocus()
    table.add_action.trigger()
    qtbot.keyClick(table.view, Qt.Key.Key_Escape)  # the new row opened its first cell for typing
    row = table.current_row()
    assert row is not None
    return row


def warnings(page: GovernancePage) -> str:
    return page.team_warnings.text() if page.team_warnings.isVisibleTo(page) else ""


# --------------------------------------------------------------------------- the core team
def test_picking_the_core_team_with_the_check_boxes_stores_the_ids(qtbot: Any, env: Env) -> None:
    page = with_people(env)
    assert [page.core_team.topLevelItem(i).text(1) for i in range(5)] == [  # type: ignore[union-attr]
        "Marketing",
        "Marketing",
        "Sales",
        "Sales",
        "Management",
    ]
    assert "Tick two to four participants" in page.team_note.text()
    tick(qtbot, page, "Tom Kerr")
    tick(qtbot, page, "Fiona Baird")
    assert stored_team(env) == [M1, S1]  # in the order of step 0, whatever the order of ticking
    assert ticked(page) == ["Fiona Baird", "Tom Kerr"]
    assert page.team_summary.text() == "2 picked: Marketing 1, Sales 1"
    assert warnings(page) == "" and not page.team_note.isVisibleTo(page)
    assert env.editor.step_status(StepId.GOVERNANCE) is StepStatus.COMPLETE

    tick(qtbot, page, "Tom Kerr")  # untick
    assert stored_team(env) == [M1]
    assert "at least two people" in warnings(page) and "Nobody from Sales" in warnings(page)
    env.editor.undo_action.trigger()
    assert stored_team(env) == [M1, S1] and ticked(page) == ["Fiona Baird", "Tom Kerr"]
    assert warnings(page) == ""


def test_an_unbalanced_or_too_large_core_team_is_warned_about(qtbot: Any, env: Env) -> None:
    page = with_people(env)
    tick(qtbot, page, "Fiona Baird")
    tick(qtbot, page, "Ravi Mehta")
    assert stored_team(env) == [M1, M2]
    assert "Nobody from Sales is in the core team." in warnings(page)
    assert env.editor.step_status(StepId.GOVERNANCE) is StepStatus.OPEN_POINTS
    for name in ("Tom Kerr", "Aileen Doyle", "Helen Strachan"):
        tick(qtbot, page, name)
    assert len(stored_team(env)) == 5
    assert "at most four people" in warnings(page)
    assert "Nobody from Sales" not in warnings(page)
    assert page.team_summary.text() == "5 picked: Marketing 2, Sales 2, Management 1"


def test_removing_a_participant_in_step_0_shows_the_no_longer_a_participant_warning(
    qtbot: Any, env: Env
) -> None:
    page = with_people(env)
    for name in ("Fiona Baird", "Tom Kerr", "Aileen Doyle"):
        tick(qtbot, page, name)
    assert stored_team(env) == [M1, S1, S2]

    env.editor.go_to_step(StepId.WORKSHOP)
    step0 = env.editor.page(StepId.WORKSHOP)
    assert isinstance(step0, WorkshopPage)
    step0.participants.select_row_id(S2)
    step0.participants.remove_action.trigger()
    page = open_page(env)
    assert "no longer a participant" in warnings(page)
    assert page.core_team.topLevelItemCount() == 4 and ticked(page) == ["Fiona Baird", "Tom Kerr"]
    assert page.drop_gone.isVisibleTo(page)
    unknown = [f for f in findings(env.editor.snapshot(), StepId.GOVERNANCE) if "no longer" in f.message]
    assert unknown and unknown[0].kind is FindingKind.WARNING

    tick(qtbot, page, "Ravi Mehta")  # ticking someone else keeps the former member for an undo …
    assert stored_team(env) == [M1, M2, S1, S2]
    env.editor.undo_action.trigger()
    env.editor.undo_action.trigger()  # … which brings Aileen back, still in the core team
    assert ticked(page) == ["Fiona Baird", "Tom Kerr", "Aileen Doyle"] and warnings(page) == ""

    env.editor.redo_action.trigger()  # removed again; now drop her from the core team
    qtbot.mouseClick(page.drop_gone, Qt.MouseButton.LeftButton)
    assert stored_team(env) == [M1, S1]
    assert warnings(page) == "" and not page.drop_gone.isVisibleTo(page)


def test_without_participants_the_page_points_to_step_0(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    assert "Nobody is listed in step 0 yet" in page.team_note.text()
    assert page.core_team.topLevelItemCount() == 0
    assert env.editor.step_status(StepId.GOVERNANCE) is StepStatus.EMPTY


def test_markup_in_a_participants_name_is_shown_literally(qtbot: Any, env: Env) -> None:
    env.editor.request([AddRow("participants", {"name": "<b>Eve</b>", "department": "sales"}, row_id=S1)])
    page = open_page(env)
    assert item(page, "<b>Eve</b>").text(1) == "Sales"
    assert [page.keepers["minutes_keeper"].itemText(0)] == ["<b>Eve</b>"]


# --------------------------------------------------------------------------- meetings
def test_cadence_and_keepers_typed_or_picked_from_the_participants(qtbot: Any, env: Env) -> None:
    page = with_people(env)
    cadence = page.meetings_form.editor("review_cadence")
    assert cadence.currentData() == "monthly"  # the default, shown before anything is stored
    cadence.setCurrentIndex(cadence.findData("fortnightly"))
    cadence.activated.emit(cadence.currentIndex())
    assert governance(env)["review_cadence"] == "fortnightly"

    minutes = page.keepers["minutes_keeper"]
    assert [minutes.itemText(i) for i in range(minutes.count())] == [p[1] for p in PEOPLE]
    minutes.edit.setFocus()
    qtbot.keyClicks(minutes.edit, "Anna Extern (assistant)")
    assert governance(env)["minutes_keeper"] == "Anna Extern (assistant)"

    actions = page.keepers["actions_keeper"]
    actions.setCurrentIndex(3)
    actions.activated.emit(3)
    assert governance(env)["actions_keeper"] == "Aileen Doyle"
    env.editor.undo_action.trigger()
    assert governance(env)["actions_keeper"] == "" and actions.currentText() == ""
    assert minutes.currentText() == "Anna Extern (assistant)"

    actions.edit.setFocus()  # a few letters offer the matching participants; Enter takes one
    qtbot.keyClicks(actions.edit, "kerr")
    popup = actions.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert actions.currentText() == "Tom Kerr"
    assert governance(env)["actions_keeper"] == "Tom Kerr"

    env.editor.request([SetField("participants", "name", "Aileen Doyle-Kerr", S2)])
    assert actions.itemText(3) == "Aileen Doyle-Kerr"  # the list follows step 0 …
    assert minutes.currentText() == "Anna Extern (assistant)"  # … without touching what was typed


def test_sections_are_agreed_and_review_findings_jump_to_their_place(qtbot: Any, env: Env) -> None:
    page = with_people(env)
    control = page.clauses["governance.pilot"]
    control.state.setCurrentIndex(control.state.findData(AgreementState.DISPUTED.value))
    control.state.activated.emit(control.state.currentIndex())
    qtbot.keyClicks(control.note, "Sales wants a shorter pilot")
    retype(qtbot, page._editor("pilot_start").edit, "2027-01-04")
    assert env.editor.flush()
    stored = env.other.get(env.workshop_id)
    assert stored.clause("governance.pilot").state is AgreementState.DISPUTED
    assert stored.clause("governance.pilot").note == "Sales wants a shorter pilot"

    env.editor.activateWindow()
    qtbot.waitUntil(env.editor.isActiveWindow)
    found = findings(env.editor.snapshot(), StepId.GOVERNANCE)
    missing = next(f for f in found if f.field == "core_team")
    assert missing.kind is FindingKind.MISSING  # something is entered, but nobody is picked
    env.editor.go_to_step(StepId.SIGN_OFF)
    assert env.editor.show_place(missing) and page.core_team.hasFocus()
    disputed = next(f for f in found if f.clause == "governance.pilot")
    env.editor.go_to_step(StepId.SIGN_OFF)
    assert env.editor.show_place(disputed) and control.state.hasFocus()
    assert page.show_target("governance", None, "exclusions") and page._editor("exclusions").hasFocus()
    assert page.show_target("governance", None, "minutes_keeper")
    assert page.keepers["minutes_keeper"].hasFocus()
    assert not page.show_target("governance", None, "no_such_field")

    env.editor.request([SetClause("governance.scope", state=AgreementState.AGREED, note="ok")])
    assert page.clauses["governance.scope"].note.text() == "ok"


# --------------------------------------------------------------------------- agenda and ladder
def test_agenda_items_with_what_each_side_reports(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    assert page.agenda_note.isVisibleTo(page)
    row = add_row(qtbot, page.agenda)
    type_cell(qtbot, page.agenda, row, "topic", "Lead quality")
    type_cell(qtbot, page.agenda, row, "marketing_reports", "Scoring changes")
    type_cell(qtbot, page.agenda, row, "sales_reports", "Rejection reasons with examples")
    assert env.editor.flush()
    agenda = [dict(r) for r in env.other.get(env.workshop_id).rows_of("agenda_items")]
    assert [(a["topic"], a["marketing_reports"], a["sales_reports"]) for a in agenda] == [
        ("Lead quality", "Scoring changes", "Rejection reasons with examples")
    ]
    assert not page.agenda_note.isVisibleTo(page)


def test_escalation_rows_are_numbered_and_checked(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    table = page.escalation

    def ladder() -> list[dict[str, Any]]:
        assert env.editor.flush()
        return [dict(r) for r in env.other.get(env.workshop_id).rows_of("escalation_levels")]

    first = add_row(qtbot, table)
    type_cell(qtbot, table, first, "who", "Team leads")
    type_cell(qtbot, table, first, "trigger", "A lead is not contacted in time")
    type_cell(qtbot, table, first, "within", "2")
    second = add_row(qtbot, table)
    type_cell(qtbot, table, second, "who", "Heads of department")
    levels = [(r["level"], r["who"], r["within"], r["within_unit"]) for r in ladder()]
    assert levels == [
        (1, "Team leads", 2, "business_days"),
        (2, "Heads of department", None, "business_days"),
    ]

    for hostile in ("two days", "-3", "99999999"):
        type_cell(qtbot, table, second, "within", hostile)
        assert table.message.isVisibleTo(page) and "Within" in table.message.text()
        assert ladder()[1]["within"] is None  # nothing stored, nothing lost
    type_cell(qtbot, table, second, "within", "5")
    assert not table.message.isVisibleTo(page) and ladder()[1]["within"] == 5

    type_cell(qtbot, table, second, "level", "1")
    assert "Level 1 appears 2 times" in page.escalation_warnings.text()
    third = add_row(qtbot, table)
    assert ladder()[third]["level"] == 2  # one above the highest
    type_cell(qtbot, table, second, "level", "3")
    assert not page.escalation_warnings.isVisibleTo(page)
    env.editor.request([SetField("escalation_levels", "level", 20, ladder()[third]["id"])])
    fourth = add_row(qtbot, table)
    assert ladder()[fourth]["level"] is None  # 20 is the highest level there is: the room numbers it


def test_next_level_and_toggled_team() -> None:
    assert next_level([]) == 1
    assert next_level([{"level": 2}, {"level": None}, {"level": 5}]) == 6
    assert next_level([{"level": 20}]) is None
    assert toggled_team(["b", "gone"], ["a", "b", "c"], "a", True) == ["a", "b", "gone"]
    assert toggled_team(["a", "b"], ["a", "b"], "a", False) == ["b"]


# --------------------------------------------------------------------------- pilot, term, scope
def test_a_pilot_that_ends_before_it_starts_is_a_problem_in_place(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    start, end = page._editor("pilot_start"), page._editor("pilot_end")
    retype(qtbot, start.edit, "2027-03-01")
    retype(qtbot, end.edit, "31.01.2027")
    assert governance(env)["pilot_end"] == date(2027, 1, 31)
    assert page.pilot_problem.isVisibleTo(page)
    assert "ends on 31 January 2027, before it starts on 1 March 2027" in page.pilot_problem.text()
    end.edit.selectAll()  # typed over: not a date — a message beside the field, nothing lost
    qtbot.keyClicks(end.edit, "2027-13-45")
    assert end.has_error() and governance(env)["pilot_end"] == date(2027, 1, 31)
    retype(qtbot, end.edit, "2027-06-30")
    assert not page.pilot_problem.isVisibleTo(page)
    assert governance(env)["pilot_end"] == date(2027, 6, 30)


def test_long_texts_and_markup_in_the_scope_are_kept_as_typed(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    long_text = ("Force majeure, outages of the CRM, company holidays. " * 200)[:10_000]
    paste_into(page._editor("exclusions"), long_text)
    qtbot.keyClicks(page._editor("training"), "<b>Everyone</b> before the pilot")
    assert governance(env)["exclusions"] == long_text
    assert governance(env)["training"] == "<b>Everyone</b> before the pilot"
    assert page._editor("training").toPlainText() == "<b>Everyone</b> before the pilot"


def test_the_sample_workshop_is_complete_on_this_page(qtbot: Any, env: Env) -> None:
    from slaworkshop.services.sample import create_sample

    env.editor.open_workshop(create_sample(env.service, "en"))
    page = open_page(env)
    assert len(ticked(page)) == 4 and warnings(page) == ""
    assert page.team_summary.text() == "4 picked: Marketing 2, Sales 2"
    assert page.keepers["minutes_keeper"].currentText() == "Ravi Mehta"
    assert page.escalation.model.rowCount() == 3 and page.escalation.new_row_values["level"] == 4
    assert not page.pilot_problem.isVisibleTo(page)
    assert env.editor.step_status(StepId.GOVERNANCE) is StepStatus.COMPLETE


# --------------------------------------------------------------------------- on a projector
@pytest.mark.parametrize(("language", "zoom"), [("en", 100), ("en", 150), ("de", 100), ("de", 150)])
def test_the_sample_governance_reads_whole_on_a_projector(
    qtbot: Any, env: Env, language_afterwards: None, language: str, zoom: int
) -> None:
    """1280×800 at 11 pt, English and German, normal and zoomed: the page and its tables never scroll
    sideways, levels, times and agreements are never cut, and every core-team member's role is
    shown whole (wrapped onto more lines when long)."""
    assert install_language(language) == language
    env.editor.open_workshop(create_sample(env.service, language))
    env.editor.set_zoom(zoom)
    page = open_page(env)
    viewport = page.parentWidget()
    assert viewport is not None
    qtbot.waitUntil(lambda: page.width() <= viewport.width())
    for table in (page.agenda, page.escalation):
        view = table.view
        header = view.horizontalHeader()
        qtbot.waitUntil(lambda view=view: not view.horizontalScrollBar().isVisible())
        qtbot.waitUntil(lambda view=view, header=header: header.length() <= view.viewport().width())
        for number, spec in enumerate(table.model.columns):
            if spec.kind in FIRM_KINDS:
                assert header.sectionSize(number) >= view.sizeHintForColumn(number), (
                    spec.name,
                    table.objectName(),
                )
    tree = page.core_team
    assert tree.topLevelItemCount() >= 4
    qtbot.waitUntil(lambda: tree.header().length() <= tree.viewport().width())
    metrics = tree.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)

    def roles_whole() -> bool:
        width = tree.columnWidth(2) - 12
        for number in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(number)
            assert item is not None
            needed = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, item.text(2)).height()
            if tree.visualItemRect(item).height() < needed:
                return False
        return True

    qtbot.waitUntil(roles_whole)
    assert tree.columnWidth(2) >= 10 * metrics.averageCharWidth()  # the role has room for words
