"""The reusable widgets on their own: clean text, number and date fields, agreement control, row table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from slaworkshop.model.enums import AgreementState, Department
from slaworkshop.model.fields import PARTICIPANTS, WORKSHOP, EntitySpec, FieldSpec, Kind, integer, percent
from slaworkshop.model.tables import Participant
from slaworkshop.services.ops import AddRow, MoveRow, Op, RemoveRow, SetClause, SetField, apply_local
from slaworkshop.services.snapshot import WorkshopSnapshot
from slaworkshop.ui.widgets.agreement import AgreementControl, ClauseAgreement, state_label
from slaworkshop.ui.widgets.fields import CleanLineEdit, CleanTextEdit, DateField, NumberField
from slaworkshop.ui.widgets.form import EntityForm
from slaworkshop.ui.widgets.table import RowTableEditor


def paste(widget: Any, text: str) -> None:
    """What Ctrl+V does with ``text`` on the clipboard (the system clipboard stays untouched)."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QPlainTextEdit

    if isinstance(widget, QPlainTextEdit):
        mime = QMimeData()
        mime.setText(text)
        widget.insertFromMimeData(mime)
    else:
        widget.insert(text)


def test_pasted_control_characters_are_stripped(qtbot: Any) -> None:
    line = CleanLineEdit()
    qtbot.addWidget(line)
    edited: list[str] = []
    line.value_edited.connect(edited.append)
    qtbot.keyClicks(line, "ACME ")
    paste(line, "Gmb\x00H\x07\x1b")
    assert line.text() == "ACME GmbH"
    assert edited[-1] == "ACME GmbH"

    area = CleanTextEdit()
    qtbot.addWidget(area)
    area.value_edited.connect(edited.append)
    paste(area, "Line one\x0b\r\nLine\x00 two\ufffe")
    assert area.toPlainText() == "Line one\nLine two"
    assert edited[-1] == "Line one\nLine two"


def test_a_hundred_thousand_characters_are_accepted(qtbot: Any) -> None:
    long_text = ("Marketing und Vertrieb einigen sich. " * 3000)[:100_000]
    line = CleanLineEdit()
    area = CleanTextEdit()
    for widget in (line, area):
        qtbot.addWidget(widget)
        got: list[str] = []
        widget.value_edited.connect(got.append)
        paste(widget, long_text)
        assert got[-1] == long_text
        assert len(widget.value()) == 100_000


def test_number_field_refuses_letters_and_out_of_range_in_place(qtbot: Any) -> None:
    field = NumberField(percent("rate", "Conversion rate"))
    qtbot.addWidget(field)
    field.show()
    values: list[object] = []
    field.value_edited.connect(values.append)
    qtbot.keyClicks(field.edit, "12,5")
    assert values[-1] == Decimal("12.5")
    assert not field.has_error()
    qtbot.keyClicks(field.edit, "x")
    assert field.edit.text() == "12,5x"  # what was typed stays
    assert field.has_error() and "not a number" in field.message.text()
    assert values[-1] == Decimal("12.5")  # nothing invalid was sent
    field.edit.clear()
    qtbot.keyClicks(field.edit, "250")
    assert field.has_error() and "at most 100" in field.message.text()
    field.edit.setSelection(0, 3)
    qtbot.keyClicks(field.edit, "25")
    assert not field.has_error() and values[-1] == Decimal(25)

    whole = NumberField(integer("reps", "Sales reps", maximum=500))
    qtbot.addWidget(whole)
    qtbot.keyClicks(whole.edit, "-3")
    assert "at least 0" in whole.message.text()


def test_number_field_keeps_a_wrong_value_when_the_page_refreshes(qtbot: Any) -> None:
    field = NumberField(integer("reps", "Sales reps"))
    qtbot.addWidget(field)
    field.set_value(4)
    field.edit.clear()
    qtbot.keyClicks(field.edit, "four")
    field.set_value(4)  # a refresh after an edit elsewhere
    assert field.edit.text() == "four" and field.has_error()
    field.set_value(7)  # an undo elsewhere sets a real new value
    assert field.edit.text() == "7" and not field.has_error()


def test_date_field_allows_no_date_and_day_first(qtbot: Any) -> None:
    field = DateField(FieldSpec("date_start", Kind.DATE, "First day"))
    qtbot.addWidget(field)
    values: list[object] = []
    field.value_edited.connect(values.append)
    qtbot.keyClicks(field.edit, "15.03.2027")
    assert values[-1] == date(2027, 3, 15)
    field.edit.clear()
    qtbot.keyClicks(field.edit, "31.02.2027")
    assert field.has_error() and values[-1] == date(2027, 3, 15)
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    assert values[-1] is None and not field.has_error()  # "no date"
    field.set_value(date(2027, 1, 2))
    assert field.edit.text() == "2027-01-02"


def test_agreement_control_shows_state_and_note(qtbot: Any) -> None:
    control = ClauseAgreement("funnel")
    qtbot.addWidget(control)
    emitted: list[tuple[list[Op], object]] = []
    control.ops_requested.connect(lambda ops, key: emitted.append((ops, key)))
    control.state.setFocus()
    control.state.activated.emit(control.state.findData(AgreementState.DISPUTED.value))
    assert emitted[-1][0] == [SetClause("funnel", state=AgreementState.DISPUTED)]
    qtbot.keyClicks(control.note, "Sales doubts")
    assert emitted[-1] == ([SetClause("funnel", note="Sales doubts")], ("clause", "funnel", "note"))
    plain = AgreementControl()
    qtbot.addWidget(plain)
    plain.set_value(AgreementState.AGREED_WITH_RESERVATIONS, "until Q3")
    assert (
        plain.state.currentText()
        == state_label(AgreementState.AGREED_WITH_RESERVATIONS)
        == "Agreed with reservations"
    )
    assert plain.note.text() == "until Q3"
    assert "#9a7d00" in plain.state.styleSheet()


class TableHarness:
    """A row table wired like the editor wires it: ops applied to a snapshot, rows shown again."""

    def __init__(self, table: RowTableEditor, snapshot: WorkshopSnapshot) -> None:
        self.table = table
        self.snapshot = snapshot
        self.ops: list[Op] = []
        table.ops_requested.connect(self.apply)
        table.set_rows(snapshot.rows_of(table.spec.name))

    def apply(self, ops: list[Op], _key: object = None) -> None:
        self.ops.extend(ops)
        self.snapshot = apply_local(self.snapshot, ops)
        self.table.set_rows(self.snapshot.rows_of(self.table.spec.name))

    def column(self, name: str) -> list[object]:
        return [r[name] for r in self.snapshot.rows_of(self.table.spec.name)]


def empty_snapshot() -> WorkshopSnapshot:
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    return WorkshopSnapshot("w", 1, now, now, {"client": ""})


def open_cell_editor(table: RowTableEditor, row: int, column: int, kind: type[Any]) -> Any:
    """The cell's editor as a user gets it (Add opens the first cell of a new row by itself)."""
    index = table.model.index(row, column)
    if table.view.currentIndex() != index or table.view.state() != table.view.State.EditingState:
        table.view.setCurrentIndex(index)
        table.view.edit(index)
    editors = [w for w in table.view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def edit_cell(qtbot: Any, table: RowTableEditor, row: int, column: int, text: str) -> None:
    editor = open_cell_editor(table, row, column, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: table.view.state() != table.view.State.EditingState)


def test_row_table_add_edit_move_remove_by_keyboard(qtbot: Any) -> None:
    table = RowTableEditor(PARTICIPANTS)
    qtbot.addWidget(table)
    table.show()
    harness = TableHarness(table, empty_snapshot())
    table.view.setFocus()
    for name in ("Anna", "Ben", "Cem"):
        table.add_action.trigger()
        edit_cell(qtbot, table, table.current_row() or 0, 0, name)
    assert harness.column("name") == ["Anna", "Ben", "Cem"]
    table.select_row_id(harness.snapshot.rows_of("participants")[2]["id"])
    table.up_action.trigger()
    assert harness.column("name") == ["Anna", "Cem", "Ben"]
    assert table.current_row() == 1  # the moved row stays selected
    table.down_action.trigger()
    assert harness.column("name") == ["Anna", "Ben", "Cem"]
    table.remove_action.trigger()
    assert harness.column("name") == ["Anna", "Ben"]
    assert [type(op) for op in harness.ops].count(MoveRow) == 2
    assert isinstance(harness.ops[-1], RemoveRow)
    assert sum(isinstance(op, AddRow) for op in harness.ops) == 3


def test_row_table_choice_cell_and_bad_email_stays_with_message(qtbot: Any) -> None:
    table = RowTableEditor(PARTICIPANTS)
    qtbot.addWidget(table)
    table.show()
    harness = TableHarness(table, empty_snapshot())
    table.add_action.trigger()
    qtbot.keyClick(table.view.viewport().findChildren(QLineEdit)[-1], Qt.Key.Key_Escape)
    combo = open_cell_editor(table, 0, 1, QComboBox)  # department
    combo.setCurrentIndex(combo.findData(Department.SALES.value))
    combo.activated.emit(combo.currentIndex())
    assert harness.column("department") == ["sales"]
    assert table.model.index(0, 1).data() == "Sales"
    edit_cell(qtbot, table, 0, 3, "not-an-address")
    assert harness.column("email") == [""]  # nothing invalid was sent
    assert table.model.index(0, 3).data() == "not-an-address"  # but it stays in the cell
    assert "not an e-mail address" in table.message.text() and table.message.isVisible()
    edit_cell(qtbot, table, 0, 3, "anna@example.com")
    assert harness.column("email") == ["anna@example.com"]
    assert table.message.isHidden()


def test_row_table_is_generic_over_any_entity_spec(qtbot: Any) -> None:
    spec = EntitySpec(
        "demo_rows",
        Participant,
        (integer("points", "Points", minimum=-100, maximum=100), FieldSpec("ok", Kind.BOOL, "Applies")),
        step=4,
        label="Criterion",
        agreeable=True,
    )
    table = RowTableEditor(spec)
    qtbot.addWidget(table)
    emitted: list[Op] = []
    table.ops_requested.connect(lambda ops, _key: emitted.extend(ops))
    table.set_rows(
        [
            {
                "id": "a" * 32,
                "position": 0,
                "points": 5,
                "ok": False,
                "agreement": "agreed",
                "agreement_note": "",
            }
        ]
    )
    headers = [table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(table.model.columnCount())]
    assert headers == ["Points", "Applies", "Agreement", "Agreement note"]
    assert table.model.index(0, 2).data() == "Agreed"
    assert table.model.setData(table.model.index(0, 0), "-20")
    assert table.model.setData(
        table.model.index(0, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert table.model.setData(table.model.index(0, 2), "disputed")
    assert emitted == [
        SetField("demo_rows", "points", -20, "a" * 32),
        SetField("demo_rows", "ok", True, "a" * 32),
        SetField("demo_rows", "agreement", "disputed", "a" * 32),
    ]
    table.model.setData(table.model.index(0, 0), "lots")
    assert len(emitted) == 3 and "not a number" in table.message.text()


def test_entity_form_emits_set_field_with_a_merge_key(qtbot: Any) -> None:
    form = EntityForm(WORKSHOP)
    qtbot.addWidget(form)
    emitted: list[tuple[list[Op], object]] = []
    form.ops_requested.connect(lambda ops, key: emitted.append((ops, key)))
    qtbot.keyClicks(form.editor("venue"), "Room 4")
    assert len(emitted) == len("Room 4")  # one op per keystroke; the undo stack merges them
    assert emitted[-1] == ([SetField("workshop", "venue", "Room 4")], ("workshop", "venue", None))
    form.set_values({"venue": "Room 4", "client": "ACME", "language": "de"})
    assert form.editor("client").text() == "ACME"
    assert form.editor("language").currentText() == "Deutsch"
    assert len(emitted) == len("Room 4")  # set_values emits nothing


def test_a_paragraph_cell_keeps_its_line_breaks(qtbot: Any) -> None:
    from slaworkshop.model.fields import longtext

    spec = EntitySpec("demo_notes", Participant, (longtext("name", "Definition"),), step=3, label="Stage")
    table = RowTableEditor(spec)
    qtbot.addWidget(table)
    table.show()
    harness = TableHarness(table, empty_snapshot())
    table.set_rows([{"id": "b" * 32, "position": 0, "name": "first line\nsecond line"}])
    harness.snapshot = apply_local(
        harness.snapshot, [AddRow("demo_notes", {"name": "first line\nsecond line"}, row_id="b" * 32)]
    )
    area = open_cell_editor(table, 0, 0, CleanTextEdit)
    assert area.toPlainText() == "first line\nsecond line"
    area.moveCursor(area.textCursor().MoveOperation.End)
    qtbot.keyClick(area, Qt.Key.Key_Return)  # a new line, not the end of editing
    qtbot.keyClicks(area, "third")
    qtbot.keyClick(area, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: harness.column("name") == ["first line\nsecond line\nthird"])
    assert table.model.index(0, 0).data() == "first line"  # the cell shows the first line


# --------------------------------------------------------------------------- numbers and hostile text in tables
def amounts_spec() -> EntitySpec:
    from slaworkshop.model.fields import decimal, longtext, text

    return EntitySpec(
        "demo_amounts",
        Participant,
        (
            text("name", "Name"),
            decimal("amount", "Amount", minimum="-1e12", maximum="1e12"),
            integer("count", "Count", minimum=-(10**9), maximum=10**9),
            longtext("notes", "Notes"),
        ),
        step=2,
        label="Amount",
    )


def amounts_table(qtbot: Any, **values: Any) -> tuple[RowTableEditor, TableHarness]:
    table = RowTableEditor(amounts_spec())
    qtbot.addWidget(table)
    table.show()
    harness = TableHarness(table, empty_snapshot())
    harness.apply([AddRow("demo_amounts", values, row_id="r" * 32)])
    return table, harness


def cell(table: RowTableEditor, name: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    column = [f.name for f in table.model.columns].index(name)
    return table.model.index(0, column).data(role)


def shown_as(tooltip: str) -> str:
    """What a tooltip shows: Qt renders it as rich text when it looks like markup."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    if not GuiQt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


@pytest.fixture
def german_window() -> Any:
    from slaworkshop.ui import i18n

    assert i18n.install_language("de") == "de"
    yield
    i18n.remove_translators()


def test_numbers_in_a_table_are_grouped_by_thousands(qtbot: Any) -> None:
    table, harness = amounts_table(qtbot, amount=Decimal("2400000.5"), count=-1250000)
    assert cell(table, "amount") == "2,400,000.5"
    assert cell(table, "count") == "-1,250,000"
    # Editing starts from the number without separators, and what is typed back is stored exactly.
    assert cell(table, "amount", Qt.ItemDataRole.EditRole) == "2400000.5"
    edit_cell(qtbot, table, 0, 1, "1200000.25")
    assert harness.column("amount") == [Decimal("1200000.25")]
    assert cell(table, "amount") == "1,200,000.25"
    small = amounts_table(qtbot, amount=Decimal("999.00"), count=0)[0]
    assert (cell(small, "amount"), cell(small, "count")) == ("999", "0")


def test_numbers_in_a_table_follow_the_language_of_the_window(qtbot: Any, german_window: Any) -> None:
    table, harness = amounts_table(qtbot, amount=Decimal("2400000.5"), count=1250000)
    assert cell(table, "amount") == "2.400.000,5"
    assert cell(table, "count") == "1.250.000"
    assert cell(table, "amount", Qt.ItemDataRole.EditRole) == "2400000,5"
    edit_cell(qtbot, table, 0, 1, "1200000,75")  # German decimal comma
    assert harness.column("amount") == [Decimal("1200000.75")]
    assert cell(table, "amount") == "1.200.000,75"


HOSTILE = "<b>Sales</b>&nbsp;owns <img src='file:///etc/passwd'> & <a href='x'>this</a>"


def test_hostile_text_in_a_cell_and_its_tooltip_is_shown_literally(qtbot: Any) -> None:
    long_note = HOSTILE + " — " + "the room agreed on it after a long discussion. " * 3
    table, harness = amounts_table(qtbot, name=HOSTILE, notes=long_note + "\nsecond line <i>too</i>")
    assert harness.column("name") == [HOSTILE]
    assert cell(table, "name") == HOSTILE
    assert cell(table, "notes") == long_note  # the first line
    tooltip = cell(table, "notes", Qt.ItemDataRole.ToolTipRole)
    assert shown_as(tooltip) == long_note + "\nsecond line <i>too</i>"
    assert "<img" not in tooltip and "<b>" not in tooltip
    # A short text with a second line: the tooltip shows what the cell leaves out.
    short = amounts_table(qtbot, notes="first\n<b>second</b>")[0]
    assert cell(short, "notes") == "first"
    assert shown_as(cell(short, "notes", Qt.ItemDataRole.ToolTipRole)) == "first\n<b>second</b>"


def test_hostile_text_typed_into_a_number_cell_is_shown_literally_and_not_stored(qtbot: Any) -> None:
    table, harness = amounts_table(qtbot, amount=Decimal(5))
    edit_cell(qtbot, table, 0, 1, "<b>12</b>&nbsp;<img src=x>")
    assert harness.column("amount") == [Decimal(5)]  # nothing invalid was sent
    assert cell(table, "amount") == "<b>12</b>&nbsp;<img src=x>"  # it stays, as typed
    assert shown_as(cell(table, "amount", Qt.ItemDataRole.ToolTipRole)) == (
        "Amount: “<b>12</b>&nbsp;<img src=x>” is not a number."
    )
    assert table.message.isVisible()
    assert table.message.textFormat() is Qt.TextFormat.PlainText
    assert table.message.text() == "Amount: “<b>12</b>&nbsp;<img src=x>” is not a number."


def hover(qtbot: Any, table: RowTableEditor, row: int, column: int) -> str:
    """Rest the mouse on a cell: the tooltip Qt shows, as the user reads it ("" for none)."""
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    QToolTip.hideText()  # hidden after a short fade
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    rect = table.view.visualRect(table.model.index(row, column))
    local = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, local, table.view.viewport().mapToGlobal(local))
    QApplication.sendEvent(table.view.viewport(), event)
    return shown_as(QToolTip.text()) if QToolTip.isVisible() else ""


def test_a_cut_off_cell_shows_its_whole_text_on_hover_and_a_short_one_nothing(qtbot: Any) -> None:
    name = "Decision maker <b>(managing director)</b>"
    table, _ = amounts_table(qtbot, name=name, amount=Decimal(5))
    table.resize(900, 300)
    table.view.horizontalHeader().resizeSection(0, 90)
    qtbot.waitExposed(table)
    assert hover(qtbot, table, 0, 0) == name  # cut off in the cell: shown whole, literally
    table.view.horizontalHeader().resizeSection(0, 700)
    assert hover(qtbot, table, 0, 0) == ""  # fits: no tooltip in the way
    assert hover(qtbot, table, 0, 1) == ""


def test_a_cut_off_column_heading_has_its_full_label_as_tooltip(qtbot: Any) -> None:
    table, _ = amounts_table(qtbot)
    headers = [
        table.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(table.model.columnCount())
    ]
    assert headers == ["Name", "Amount", "Count", "Notes"]
