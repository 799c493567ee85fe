"""Step 0, Workshop & participants: type into the real fields and table, then check the store."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from slaworkshop.services.ops import AddRow
from slaworkshop.services.progress import StepId, StepStatus
from slaworkshop.services.sample import create_sample
from slaworkshop.ui.i18n import install_language
from slaworkshop.ui.steps.workshop import WorkshopPage

from .test_editor import Env, env, migrated_db, retype  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]


def page_of(env: Env) -> WorkshopPage:
    page = env.editor.page(StepId.WORKSHOP)
    assert isinstance(page, WorkshopPage)
    return page


def cell_editor(qtbot: Any, page: WorkshopPage, row: int, column: int, kind: type[Any]) -> Any:
    table = page.participants
    index = table.model.index(row, column)
    if table.view.currentIndex() != index or table.view.state() != table.view.State.EditingState:
        table.view.setCurrentIndex(index)
        table.view.edit(index)
    editors = [w for w in table.view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_cell(qtbot: Any, page: WorkshopPage, row: int, column: int, text: str) -> None:
    editor = cell_editor(qtbot, page, row, column, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab commits and moves on, as in a spreadsheet
    qtbot.waitUntil(lambda: page.participants.view.currentIndex().column() != column or column == 3)


def pick_department(qtbot: Any, page: WorkshopPage, row: int, department: str) -> None:
    combo = cell_editor(qtbot, page, row, 1, QComboBox)
    combo.setCurrentIndex(combo.findData(department))
    combo.activated.emit(combo.currentIndex())


def add_person(qtbot: Any, page: WorkshopPage, name: str, department: str, role: str = "") -> None:
    page.participants.view.setFocus()
    page.participants.add_action.trigger()
    row = page.participants.current_row()
    assert row is not None
    type_cell(qtbot, page, row, 0, name)
    qtbot.keyClick(page.participants.view, Qt.Key.Key_Escape)
    pick_department(qtbot, page, row, department)
    if role:
        type_cell(qtbot, page, row, 2, role)


def test_workshop_fields_are_stored(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    retype(qtbot, env.field("client"), "Northwind Traders BV")
    retype(qtbot, env.field("title"), "SLA Marketing-Sales 2027")
    qtbot.keyClicks(env.field("date_start").edit, "02.03.2027")
    qtbot.keyClicks(env.field("date_end").edit, "2027-03-03")
    qtbot.keyClicks(env.field("venue"), "Haarlem, room 2")
    retype(qtbot, env.field("facilitator"), "Sanne de Boer")
    language = env.field("language")
    language.setCurrentIndex(language.findData("nl"))
    language.activated.emit(language.currentIndex())
    qtbot.waitUntil(lambda: env.stored("language") == "nl", timeout=1500)
    stored = env.other.get(env.workshop_id).workshop
    assert stored["client"] == "Northwind Traders BV"
    assert stored["title"] == "SLA Marketing-Sales 2027"
    assert (stored["date_start"], stored["date_end"]) == (date(2027, 3, 2), date(2027, 3, 3))
    assert stored["venue"] == "Haarlem, room 2"
    assert stored["facilitator"] == "Sanne de Boer"
    assert page.form.pending_messages() == ""


def test_a_wrong_date_stays_with_a_message_and_the_rest_saves(qtbot: Any, env: Env) -> None:
    first_day = env.field("date_start")
    qtbot.keyClicks(first_day.edit, "30.02.2027")
    qtbot.keyClicks(env.field("venue"), "Hall B")
    assert env.editor.flush()
    assert env.stored("venue") == "Hall B" and env.stored("date_start") is None
    assert first_day.edit.text() == "30.02.2027" and "is not a date" in first_day.message.text()


def test_participants_typed_into_the_table_are_stored(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    add_person(qtbot, page, "Jana Kowalczyk", "marketing", "Head of Marketing")
    add_person(qtbot, page, "Piet de Vries", "sales", "Sales Director")
    type_cell(qtbot, page, 1, 3, "piet@example.nl")
    qtbot.waitUntil(lambda: len(env.other.get(env.workshop_id).rows_of("participants")) == 2, timeout=1500)
    assert env.editor.flush()
    rows = env.other.get(env.workshop_id).rows_of("participants")
    assert [(r["name"], r["department"], r["role"], r["email"]) for r in rows] == [
        ("Jana Kowalczyk", "marketing", "Head of Marketing", ""),
        ("Piet de Vries", "sales", "Sales Director", "piet@example.nl"),
    ]
    assert env.editor.step_status(StepId.WORKSHOP) is StepStatus.IN_PROGRESS  # no first day yet
    qtbot.keyClicks(env.field("date_start").edit, "2027-03-02")
    assert env.editor.step_status(StepId.WORKSHOP) is StepStatus.COMPLETE


def test_reorder_and_remove_by_keyboard(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    for name in ("Anna", "Ben", "Cem"):
        env.editor.request([AddRow("participants", {"name": name, "department": "sales"})])
    table = page.participants
    env.editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is env.editor)
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(2, 0))
    qtbot.keyClick(table.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(table.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [r["name"] for r in table.model.rows] == ["Cem", "Anna", "Ben"]
    qtbot.keyClick(table.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [r["name"] for r in table.model.rows] == ["Anna", "Cem", "Ben"]
    qtbot.keyClick(table.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [r["name"] for r in table.model.rows] == ["Anna", "Ben"]
    qtbot.keyClick(table.view, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    assert len(table.model.rows) == 3 and table.current_row() == 2  # added after the current row
    assert env.editor.flush()
    assert env.stored_names() == ["Anna", "Ben", ""]


def test_delegation_warnings_appear_and_disappear_without_blocking(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    assert page.warning_texts() == []
    qtbot.keyClicks(env.field("date_start").edit, "2027-03-02")
    env.editor.request([AddRow("participants", {"name": "S1", "department": "sales"})])
    assert any("Nobody from Marketing" in w for w in page.warning_texts())
    env.editor.request([AddRow("participants", {"name": f"S{i}", "department": "sales"}) for i in (2, 3)])
    env.editor.request([AddRow("participants", {"name": "M1", "department": "marketing"})])
    assert [w for w in page.warning_texts() if "outnumbers" in w] == [
        "⚠ Sales outnumbers the other side 3 to 1: keep the delegation balanced."
    ]
    env.editor.request(
        [AddRow("participants", {"name": f"M{i}", "department": "marketing"}) for i in range(2, 7)]
    )
    assert any("9 participants" in w for w in page.warning_texts())
    assert env.editor.step_status(StepId.WORKSHOP) is StepStatus.OPEN_POINTS
    assert env.editor.flush() and len(env.stored_names()) == 9  # warnings never block saving
    env.editor.undo_action.trigger()
    assert not any("participants" in w for w in page.warning_texts())
    assert any("outnumbers" in w for w in page.warning_texts())
    env.editor.request([AddRow("participants", {"name": "M2", "department": "marketing"})])
    assert page.warning_texts() == []
    assert env.editor.step_status(StepId.WORKSHOP) is StepStatus.COMPLETE


# --------------------------------------------------------------------------- on a projector
@pytest.mark.parametrize(("language", "zoom"), [("en", 100), ("en", 150), ("de", 100), ("de", 150)])
def test_the_sample_participants_read_on_a_projector(
    qtbot: Any, env: Env, language_afterwards: None, language: str, zoom: int
) -> None:
    """1280×800 at 11 pt, English and German, normal and zoomed: the participants table never
    scrolls sideways, departments are never cut, and long roles wrap (rows as tall as their text)."""
    assert install_language(language) == language
    env.editor.open_workshop(create_sample(env.service, language))
    env.editor.set_zoom(zoom)
    page = page_of(env)
    view = page.participants.view
    header = view.horizontalHeader()
    assert page.participants.model.rowCount() >= 4
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible())
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width())
    department = [c.name for c in page.participants.model.columns].index("department")
    assert header.sectionSize(department) >= view.sizeHintForColumn(department)
    rows = range(page.participants.model.rowCount())
    qtbot.waitUntil(lambda: all(view.rowHeight(r) + 4 >= view.sizeHintForRow(r) for r in rows))
