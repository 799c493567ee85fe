"""Step 1, Shared goals: type goals into the real table and the dependency editor, check the store,
the summary, the SMART notes, the sentence under the table, undo and the sidebar."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from slaworkshop.model.enums import AgreementState
from slaworkshop.services.ops import AddRow, SetField
from slaworkshop.services.progress import StepId, StepStatus
from slaworkshop.services.review import findings
from slaworkshop.ui.steps.goals import GoalsPage, WrappingTable

from .test_editor import Env, env, migrated_db, paste_into  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]


def goals_page(env: Env) -> GoalsPage:
    env.editor.go_to_step(StepId.GOALS)
    page = env.editor.page(StepId.GOALS)
    assert isinstance(page, GoalsPage)
    return page


def column_of(table: WrappingTable, name: str) -> int:
    return [f.name for f in table.model.columns].index(name)


def cell_editor(table: WrappingTable, row: int, name: str, kind: type[Any]) -> Any:
    index = table.model.index(row, column_of(table, name))
    if table.view.currentIndex() != index or table.view.state() != table.view.State.EditingState:
        table.view.setCurrentIndex(index)
        table.view.edit(index)
    editors = [w for w in table.view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_cell(qtbot: Any, table: WrappingTable, row: int, name: str, text: str) -> None:
    editor = cell_editor(table, row, name, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab commits and moves on, as in a spreadsheet
    qtbot.waitUntil(
        lambda: table.view.state() != table.view.State.EditingState or editor is not table.view.focusWidget()
    )


def pick_cell(table: WrappingTable, row: int, name: str, value: str) -> None:
    combo = cell_editor(table, row, name, QComboBox)
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def stored_goals(env: Env) -> list[dict[str, Any]]:
    assert env.editor.flush()
    return [dict(r) for r in env.other.get(env.workshop_id).rows_of("goals")]


def test_a_goal_typed_into_the_table_is_stored_and_counted(qtbot: Any, env: Env) -> None:
    page = goals_page(env)
    assert page.summary_line().startswith("No goals yet")
    assert page.note_texts() == []  # an empty step invites input, it does not list errors
    assert env.editor.step_status(StepId.GOALS) is StepStatus.EMPTY
    table = page.table
    table.view.setFocus()
    table.add_action.trigger()
    qtbot.keyClick(table.view.focusWidget(), Qt.Key.Key_Escape)
    type_cell(qtbot, table, 0, "metric", "New-business revenue")
    type_cell(qtbot, table, 0, "baseline", "1900000")
    type_cell(qtbot, table, 0, "target", "2400000")
    type_cell(qtbot, table, 0, "unit", "EUR")
    type_cell(qtbot, table, 0, "period", "FY 2027")
    type_cell(qtbot, table, 0, "deadline", "31.12.2027")
    pick_cell(table, 0, "agreement", AgreementState.AGREED.value)
    [goal] = stored_goals(env)
    assert goal["metric"] == "New-business revenue"
    assert (goal["baseline"], goal["target"]) == (Decimal(1900000), Decimal(2400000))
    assert goal["unit"] == "EUR" and goal["period"] == "FY 2027"
    assert goal["deadline"].isoformat() == "2027-12-31"
    assert goal["owner"] == "shared" and goal["category"] == "revenue"  # the new row's defaults
    assert page.summary_line() == "1 goal: 1 shared · 1 agreed"
    assert "from 1,900,000 EUR to 2,400,000 EUR (+500,000 EUR, +26.3 %)" in page.sentence.text()
    assert "by 31 Dec 2027" in page.sentence.text()
    assert env.editor.step_status(StepId.GOALS) is StepStatus.COMPLETE


def test_summary_counts_owners_and_agreement(qtbot: Any, env: Env) -> None:
    page = goals_page(env)
    env.editor.request(
        [
            AddRow("goals", {"metric": "Revenue", "target": "1", "period": "2027", "owner": "shared"}),
            AddRow("goals", {"metric": "MQLs", "target": "1", "period": "2027", "owner": "marketing"}),
            AddRow(
                "goals",
                {"metric": "Margin", "category": "margin", "target": "1", "period": "Q1", "owner": "sales"},
            ),
            AddRow(
                "goals",
                {
                    "metric": "NPS",
                    "category": "satisfaction",
                    "target": "1",
                    "period": "Q4",
                    "owner": "shared",
                },
            ),
        ]
    )
    assert page.summary_line() == "4 goals: 1 Marketing, 1 Sales, 2 shared · 0 agreed"
    ids = [r["id"] for r in page.table.model.rows]
    env.editor.request(
        [
            SetField("goals", "agreement", "agreed", ids[0]),
            SetField("goals", "agreement", "agreed_with_reservations", ids[1]),
            SetField("goals", "agreement", "disputed", ids[2]),
        ]
    )
    assert page.summary_line() == "4 goals: 1 Marketing, 1 Sales, 2 shared · 2 agreed, 1 disputed"
    assert env.editor.step_status(StepId.GOALS) is StepStatus.OPEN_POINTS


def test_the_selected_goals_dependencies_get_a_large_editor(qtbot: Any, env: Env) -> None:
    page = goals_page(env)
    env.editor.request(
        [
            AddRow(
                "goals",
                {"metric": "Revenue", "target": "10", "dependencies": "Marketing: MQLs\nSales: follow-up"},
            ),
            AddRow("goals", {"metric": "Churn", "category": "retention", "target": "7"}),
        ]
    )
    first, second = (r["id"] for r in page.table.model.rows)
    page.table.select_row_id(first)
    # The table cell shows the first line; the editor below shows the whole paragraph.
    assert page.table.model.index(0, column_of(page.table, "metric")).data() == "Revenue"
    assert page.dependencies.toPlainText() == "Marketing: MQLs\nSales: follow-up"
    assert page.detail.title() == "Goal 1: Revenue"
    page.table.select_row_id(second)
    assert page.dependencies.toPlainText() == "" and page.detail.title() == "Goal 2: Churn"
    page.dependencies.setFocus()
    qtbot.keyClicks(page.dependencies, "Sales hands over expectations at onboarding.")
    qtbot.keyClicks(page.note, "CFO still has to agree")
    page.kind.setCurrentIndex(page.kind.findData("satisfaction"))
    page.kind.activated.emit(page.kind.currentIndex())
    goals = {g["id"]: g for g in stored_goals(env)}
    assert goals[second]["dependencies"] == "Sales hands over expectations at onboarding."
    assert goals[second]["agreement_note"] == "CFO still has to agree"
    assert goals[second]["category"] == "satisfaction"
    assert goals[first]["dependencies"] == "Marketing: MQLs\nSales: follow-up"  # the other goal untouched
    # Undo takes back the kind, then the note, then the whole typing burst in the editor.
    for _ in range(3):
        env.editor.undo_action.trigger()
    assert page.dependencies.toPlainText() == ""
    assert stored_goals(env)[1]["dependencies"] == ""
    env.editor.redo_action.trigger()
    assert page.dependencies.toPlainText() == "Sales hands over expectations at onboarding."


def test_long_dependencies_and_markup_are_kept_literally(qtbot: Any, env: Env) -> None:
    page = goals_page(env)
    env.editor.request([AddRow("goals", {"metric": "<b>Revenue</b> & more", "target": "5"})])
    page.table.select_row_id(page.table.model.rows[0]["id"])
    assert page.detail.title() == "Goal 1: <b>Revenue</b> & more"
    assert page.sentence.textFormat() is Qt.TextFormat.PlainText
    long_text = ("Marketing <i>liefert</i> die MQLs, Sales folgt binnen 24 Stunden. " * 200)[:10_000]
    page.dependencies.setFocus()
    paste_into(page.dependencies, long_text)
    assert stored_goals(env)[0]["dependencies"] == long_text
    assert page.dependencies.toPlainText() == long_text


def test_smart_note_when_a_goal_says_not_by_when(qtbot: Any, env: Env) -> None:
    page = goals_page(env)
    env.editor.request(
        [AddRow("goals", {"metric": "Customer churn", "category": "retention", "target": "7"})]
    )
    assert "“Customer churn” has no period and no deadline. SMART: say by when." in page.note_texts()
    assert any("revenue or margin" in n for n in page.note_texts())
    assert page.notes.isVisibleTo(page)
    type_cell(qtbot, page.table, 0, "period", "Financial year 2027")
    assert not any("SMART" in n for n in page.note_texts())
    env.editor.request(
        [AddRow("goals", {"metric": "Revenue", "target": "9", "deadline": "2027-12-31", "owner": "sales"})]
    )
    notes = page.note_texts()
    assert not any("revenue or margin" in n for n in notes)
    assert "“Revenue” is a revenue goal owned by one side: both departments answer for revenue." in notes


def test_the_sentence_follows_every_edit(qtbot: Any, env: Env) -> None:
    page = goals_page(env)
    env.editor.request([AddRow("goals", {"metric": "Churn", "baseline": "9", "target": "7", "unit": "%"})])
    page.table.select_row_id(page.table.model.rows[0]["id"])
    assert page.sentence.text() == "Shared: from 9 % to 7 % (−2 %) · no period or deadline"
    type_cell(qtbot, page.table, 0, "target", "6.5")
    assert page.sentence.text() == "Shared: from 9 % to 6.5 % (−2.5 %) · no period or deadline"
    type_cell(qtbot, page.table, 0, "baseline", "")
    assert page.sentence.text().startswith("Shared: target 6.5 % (no baseline yet)")


def test_letters_and_huge_numbers_get_a_message_and_nothing_is_lost(qtbot: Any, env: Env) -> None:
    page = goals_page(env)
    env.editor.request([AddRow("goals", {"metric": "Revenue", "target": "100", "period": "2027"})])
    type_cell(qtbot, page.table, 0, "target", "two million")
    assert page.table.message.isVisibleTo(page) and "Target" in page.table.message.text()
    assert page.pending_messages()
    assert stored_goals(env)[0]["target"] == Decimal(100)  # the stored value is not replaced
    assert (
        page.table.model.index(0, column_of(page.table, "target")).data() == "two million"
    )  # kept to correct
    type_cell(qtbot, page.table, 0, "target", "1e15")
    assert page.pending_messages() and stored_goals(env)[0]["target"] == Decimal(100)
    type_cell(qtbot, page.table, 0, "target", "-250")  # a goal may go down (churn, costs)
    assert page.pending_messages() == ""
    assert stored_goals(env)[0]["target"] == Decimal(-250)


def test_a_review_finding_jumps_to_the_cell_or_the_editor(qtbot: Any, env: Env) -> None:
    page = goals_page(env)
    env.editor.request(
        [AddRow("goals", {"metric": "Revenue", "target": "1"}), AddRow("goals", {"target": "2"})]
    )
    snapshot = env.editor._snapshot
    assert snapshot is not None
    missing = [f for f in findings(snapshot, StepId.GOALS) if f.field == "metric"]
    assert len(missing) == 1
    env.editor.go_to_step(StepId.WORKSHOP)
    assert env.editor.show_place(missing[0])
    assert env.editor.current_step() is StepId.GOALS
    assert page.table.current_row() == 1 and page.table.view.currentIndex().column() == 0
    assert page.show_target("goals", missing[0].row_id, "dependencies")
    assert page.dependencies.hasFocus() or page.focusWidget() is page.dependencies
    assert not page.show_target("kpis", None, "name")


def test_the_sample_workshop_fits_a_projector(qtbot: Any, env: Env) -> None:
    from slaworkshop.services.sample import create_sample

    env.editor.open_workshop(create_sample(env.service, "en"))
    page = goals_page(env)
    assert page.summary_line() == "5 goals: 1 Sales, 4 shared · 5 agreed"
    assert page.note_texts() == []
    assert page.minimumSizeHint().width() <= env.editor.stack.width()  # no sideways scrolling
    header = page.table.view.horizontalHeader()
    assert header.length() <= page.table.view.viewport().width()  # every column in view
    assert page.dependencies.toPlainText().startswith("Marketing delivers the MQLs")
