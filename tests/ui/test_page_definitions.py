"""Step 3, Definitions: stages typed, renamed, reordered and taken out of the funnel; the selected
stage's long texts; the opportunity's stages; reasons recycled into a nurture track; hostile input —
through the real widgets, checked against the store as a second window would read it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QStyleOptionViewItem

from slaworkshop.model.enums import AgreementState
from slaworkshop.services.ops import AddRow, SetClause, SetField
from slaworkshop.services.progress import StepId, StepStatus
from slaworkshop.services.review import FindingKind, findings
from slaworkshop.services.sample import create_sample
from slaworkshop.ui.i18n import install_language
from slaworkshop.ui.steps.definitions import FIRM_KINDS, STAGE_COLUMNS, DefinitionsPage
from slaworkshop.ui.widgets.table import RowTableEditor

from .test_editor import Env, env, migrated_db, paste_into  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]

FUNNEL = "Funnel: Lead → MQL → SAL → SQL → Opportunity → Customer"


def open_page(env: Env) -> DefinitionsPage:
    env.editor.go_to_step(StepId.DEFINITIONS)
    page = env.editor.page(StepId.DEFINITIONS)
    assert isinstance(page, DefinitionsPage)
    return page


def stored(env: Env, entity: str) -> list[dict[str, Any]]:
    assert env.editor.flush()
    return [dict(r) for r in env.other.get(env.workshop_id).rows_of(entity)]


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
    editor = cell_editor(table, row, name, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits, as in a spreadsheet
    QApplication.processEvents()


def press_space_on(qtbot: Any, table: RowTableEditor, row: int, name: str) -> None:
    """Tick or untick a check box cell with the keyboard, as a user does."""
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(row, column(table, name)))
    qtbot.keyClick(table.view, Qt.Key.Key_Space)


def add_stage(qtbot: Any, page: DefinitionsPage, name: str) -> None:
    page.stages.view.setFocus()
    page.stages.add_action.trigger()
    row = page.stages.current_row()
    assert row is not None
    qtbot.keyClick(page.stages.view, Qt.Key.Key_Escape)  # the new row opened its name for typing
    type_cell(qtbot, page.stages, row, "name", name)


def shown_text(table: RowTableEditor, row: int, name: str) -> str:
    """What the cell shows (the page's delegate formats it), as the room reads it."""
    option = QStyleOptionViewItem()
    table.view.itemDelegate().initStyleOption(option, table.model.index(row, column(table, name)))  # type: ignore[attr-defined]
    return str(option.text)


def stage_names(env: Env) -> list[str]:
    return [s["name"] for s in stored(env, "stages")]


# --------------------------------------------------------------------------- stages and the funnel
def test_an_empty_workshop_invites_and_the_usual_stages_are_one_click_and_one_undo(
    qtbot: Any, env: Env
) -> None:
    page = open_page(env)
    assert "No lifecycle stages yet" in page.funnel_note.text()
    assert not page.funnel_warning.isVisibleTo(page)
    assert env.editor.step_status(StepId.DEFINITIONS) is StepStatus.EMPTY
    assert page.stages_standard.isVisibleTo(page)

    qtbot.mouseClick(page.stages_standard, Qt.MouseButton.LeftButton)
    assert stage_names(env) == ["Contact", "Lead", "MQL", "SAL", "SQL", "Opportunity", "Customer"]
    assert {s["agreement"] for s in stored(env, "stages")} == {AgreementState.PROPOSED.value}
    assert FUNNEL in page.funnel_note.text()
    assert "Not in the funnel: Contact" in page.funnel_note.text()
    assert not page.stages_standard.isVisibleTo(page)
    # The usual reasons and opportunity stages are offered the same way.
    qtbot.mouseClick(page.reasons_standard, Qt.MouseButton.LeftButton)
    assert any(r["recycle"] and r["nurture_track"] for r in stored(env, "disqualification_reasons"))

    env.editor.undo_action.trigger()
    env.editor.undo_action.trigger()  # one undo per button
    assert stage_names(env) == [] and stored(env, "disqualification_reasons") == []
    assert "No lifecycle stages yet" in page.funnel_note.text()


def test_typed_renamed_reordered_and_removed_stages_change_the_funnel_at_once(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    for name in ("Lead", "MQL", "Customer"):
        add_stage(qtbot, page, name)
    assert stage_names(env) == ["Lead", "MQL", "Customer"]
    assert "Funnel: Lead → MQL → Customer" in page.funnel_note.text()
    assert "2 conversion rates" in page.funnel_note.text()

    type_cell(qtbot, page.stages, 1, "name", "Marketing qualified")
    assert "Funnel: Lead → Marketing qualified → Customer" in page.funnel_note.text()

    page.stages.select_row_id(page.stages.model.rows[2]["id"])
    page.stages.up_action.trigger()  # Customer before the MQL, as a mistake would put it
    assert "Funnel: Lead → Customer → Marketing qualified" in page.funnel_note.text()
    assert stage_names(env) == ["Lead", "Customer", "Marketing qualified"]

    page.stages.remove_action.trigger()  # removes Customer, the selected row
    assert stage_names(env) == ["Lead", "Marketing qualified"]
    env.editor.undo_action.trigger()
    assert stage_names(env) == ["Lead", "Customer", "Marketing qualified"]


def test_fewer_than_two_funnel_stages_is_reported_in_place_and_in_the_sidebar(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    qtbot.mouseClick(page.stages_standard, Qt.MouseButton.LeftButton)
    stages = stored(env, "stages")
    assert not page.funnel_warning.isVisibleTo(page)
    for row in range(2, len(stages)):  # untick MQL … Customer: only Lead stays in the funnel
        press_space_on(qtbot, page.stages, row, "in_funnel")
    assert [s["name"] for s in stored(env, "stages") if s["in_funnel"]] == ["Lead"]
    assert page.funnel_warning.isVisibleTo(page)
    assert "At least two lifecycle stages" in page.funnel_warning.text()
    assert "Funnel: Lead" in page.funnel_note.text()
    assert env.editor.step_status(StepId.DEFINITIONS) is StepStatus.IN_PROGRESS
    missing = [
        f for f in findings(env.editor.snapshot(), StepId.DEFINITIONS) if f.kind is FindingKind.MISSING
    ]
    assert [f.field for f in missing] == ["in_funnel"]

    press_space_on(qtbot, page.stages, 2, "in_funnel")  # MQL back in
    assert not page.funnel_warning.isVisibleTo(page)
    assert "Funnel: Lead → MQL" in page.funnel_note.text()


def test_the_selected_stages_long_texts_are_edited_below_the_table_and_undone(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    for name in ("Lead", "MQL"):
        add_stage(qtbot, page, name)
    page.stages.select_row_id(page.stages.model.rows[1]["id"])
    assert page.details.title() == "Selected stage: MQL"
    definition = page.detail_editors["definition"]
    definition.setFocus()
    qtbot.keyClicks(definition, "Fits the persona and scored 60 or more.")
    qtbot.keyClicks(page.detail_editors["exit_action"], "Handed to Sales within the hour.")
    mql = stored(env, "stages")[1]
    assert mql["definition"] == "Fits the persona and scored 60 or more."
    assert mql["exit_action"] == "Handed to Sales within the hour."
    assert stored(env, "stages")[0]["definition"] == ""

    page.stages.select_row_id(page.stages.model.rows[0]["id"])  # another row shows its own texts
    assert page.details.title() == "Selected stage: Lead" and definition.toPlainText() == ""
    env.editor.undo_action.trigger()  # the exit action typing burst
    env.editor.undo_action.trigger()  # the definition typing burst
    assert stored(env, "stages")[1]["definition"] == ""
    page.stages.select_row_id(page.stages.model.rows[1]["id"])
    assert definition.toPlainText() == ""


def test_owner_is_picked_from_the_list(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    add_stage(qtbot, page, "SAL")
    combo = cell_editor(page.stages, 0, "owner", QComboBox)
    combo.setCurrentIndex(combo.findData("sales"))
    combo.activated.emit(combo.currentIndex())
    assert stored(env, "stages")[0]["owner"] == "sales"


# --------------------------------------------------------------------------- opportunity and reasons
def test_opportunity_stages_with_win_probability_and_letters_refused_in_place(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    assert page.opportunity_note.isVisibleTo(page)
    page.opportunity.view.setFocus()
    page.opportunity.add_action.trigger()
    qtbot.keyClick(page.opportunity.view, Qt.Key.Key_Escape)
    type_cell(qtbot, page.opportunity, 0, "name", "Proposal")
    type_cell(qtbot, page.opportunity, 0, "probability", "50")
    assert stored(env, "opportunity_stages")[0]["probability"] == 50
    assert shown_text(page.opportunity, 0, "probability") == "50%"
    for hostile in ("fifty", "-5", "1e30"):
        type_cell(qtbot, page.opportunity, 0, "probability", hostile)
        assert page.opportunity.message.isVisibleTo(page)
        assert "Win probability" in page.opportunity.message.text()
        assert stored(env, "opportunity_stages")[0]["probability"] == 50  # nothing lost
        assert page.pending_messages()
    type_cell(qtbot, page.opportunity, 0, "name", "Proposal sent")  # other cells still save
    assert stored(env, "opportunity_stages")[0]["name"] == "Proposal sent"
    type_cell(qtbot, page.opportunity, 0, "probability", "55")
    assert not page.opportunity.message.isVisibleTo(page)
    assert stored(env, "opportunity_stages")[0]["probability"] == 55


def test_a_recycled_reason_names_a_nurture_track_offered_from_step_6(qtbot: Any, env: Env) -> None:
    env.editor.request(
        [
            AddRow("nurture_tracks", {"name": "Re-engagement", "buyer_stage": "consideration"}),
            AddRow("nurture_tracks", {"name": "Stay in touch", "buyer_stage": "awareness"}),
        ]
    )
    page = open_page(env)
    assert "On which grounds" in page.reasons_intro.text()
    page.reasons.view.setFocus()
    page.reasons.add_action.trigger()
    qtbot.keyClick(page.reasons.view, Qt.Key.Key_Escape)
    type_cell(qtbot, page.reasons, 0, "code", "NO-REACH")
    press_space_on(qtbot, page.reasons, 0, "recycle")
    reason = stored(env, "disqualification_reasons")[0]
    assert reason["code"] == "NO-REACH" and reason["recycle"] is True and reason["kind"] == "rejection"
    assert "“NO-REACH” is recycled to nurturing but names no track" in page.reasons_note.text()

    combo = cell_editor(page.reasons, 0, "nurture_track", QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Re-engagement", "Stay in touch"]
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert stored(env, "disqualification_reasons")[0]["nurture_track"] == "Re-engagement"
    assert not page.reasons_note.isVisibleTo(page)

    combo = cell_editor(page.reasons, 0, "nurture_track", QComboBox)  # any text is allowed …
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Winback")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
    assert stored(env, "disqualification_reasons")[0]["nurture_track"] == "Winback"
    assert "“Winback”, which step 6 does not list" in page.reasons_note.text()  # … and flagged


# --------------------------------------------------------------------------- hostile input
def test_markup_is_shown_literally_and_ten_thousand_characters_are_kept(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    add_stage(qtbot, page, "<b>Lead</b>")
    add_stage(qtbot, page, "MQL")
    assert "&lt;b&gt;Lead&lt;/b&gt; → MQL" in page.funnel_note.text()
    assert "<b>Lead" not in page.funnel_note.text()
    assert page.details.title() == "Selected stage: MQL"

    page.stages.select_row_id(page.stages.model.rows[0]["id"])
    assert page.details.title() == "Selected stage: <b>Lead</b>"  # a plain-text title
    long_text = ("Entry criteria, spelled out at length. " * 300)[:10_000]
    paste_into(page.detail_editors["entry_criteria"], long_text)
    assert stored(env, "stages")[0]["entry_criteria"] == long_text
    assert stored(env, "stages")[0]["name"] == "<b>Lead</b>"


# --------------------------------------------------------------------------- agreement and review jumps
def test_the_lifecycle_clause_is_agreed_and_review_findings_jump_to_their_place(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    qtbot.mouseClick(page.stages_standard, Qt.MouseButton.LeftButton)
    combo = page.clause.state
    combo.setCurrentIndex(combo.findData(AgreementState.DISPUTED.value))
    combo.activated.emit(combo.currentIndex())
    qtbot.keyClicks(page.clause.note, "Sales wants SAL and SQL merged")
    assert env.editor.flush()
    clause = env.other.get(env.workshop_id).clause("definitions")
    assert clause.state is AgreementState.DISPUTED and clause.note == "Sales wants SAL and SQL merged"

    env.editor.activateWindow()
    qtbot.waitUntil(env.editor.isActiveWindow)
    found = findings(env.editor.snapshot(), StepId.DEFINITIONS)
    disputed = next(f for f in found if f.clause == "definitions")
    env.editor.go_to_step(StepId.SIGN_OFF)
    assert env.editor.show_place(disputed)
    assert env.editor.current_step() is StepId.DEFINITIONS and page.clause.state.hasFocus()

    stage = stored(env, "stages")[3]
    assert page.show_target("stages", stage["id"], "entry_criteria")
    assert page.details.title() == "Selected stage: SAL"
    assert page.detail_editors["entry_criteria"].hasFocus()
    assert page.show_target("stages", stage["id"], "owner")
    assert page.stages.view.hasFocus() and page.stages.current_row() == 3
    assert not page.show_target("goals", None, "metric")

    env.editor.request([SetClause("definitions", state=AgreementState.AGREED)])
    assert combo.currentData() == AgreementState.AGREED.value


def test_the_sample_workshop_shows_its_funnel_and_nothing_to_fix_but_the_parked_reason(
    qtbot: Any, env: Env
) -> None:
    from slaworkshop.services.sample import create_sample

    sample = create_sample(env.service, "en")
    env.editor.open_workshop(sample)
    page = open_page(env)
    assert FUNNEL in page.funnel_note.text()
    assert not page.funnel_warning.isVisibleTo(page)
    assert not page.reasons_note.isVisibleTo(page)  # every recycled reason names a known track
    assert page.stages.model.rowCount() == 7 and page.details.title() == "Selected stage: Contact"
    assert env.editor.step_status(StepId.DEFINITIONS) is StepStatus.OPEN_POINTS
    assert page.opportunity.model.rowCount() == 6
    assert shown_text(page.opportunity, 0, "probability") == "10%"


def test_win_probability_in_the_documents_language(qtbot: Any, env: Env) -> None:
    env.editor.request([AddRow("opportunity_stages", {"name": "Angebot", "probability": "12.5"})])
    page = open_page(env)
    assert shown_text(page.opportunity, 0, "probability") == "12.5%"
    env.editor.request([SetField("workshop", "language", "de")])
    assert shown_text(page.opportunity, 0, "probability") == "12,5\xa0%"


# --------------------------------------------------------------------------- on a projector
@pytest.mark.parametrize(
    ("language", "zoom"), [("en", 100), ("en", 150), ("de", 100), ("de", 150), ("nl", 100)]
)
def test_the_sample_tables_read_on_a_projector(
    qtbot: Any, env: Env, language_afterwards: None, language: str, zoom: int
) -> None:
    """1280×800 at 11 pt, English and German (Dutch at normal size), normal and zoomed: no table
    scrolls sideways (the stages' definition column is in view, the reasons table fits), tick
    boxes, agreements and percentages are never cut; at normal size the stages keep their names
    whole and the definition the most room."""
    assert install_language(language) == language
    env.editor.open_workshop(create_sample(env.service, language))
    env.editor.set_zoom(zoom)
    page = open_page(env)
    viewport = page.parentWidget()
    assert viewport is not None
    qtbot.waitUntil(lambda: page.width() <= viewport.width())
    for table in (page.stages, page.opportunity, page.reasons):
        view = table.view
        header = view.horizontalHeader()
        qtbot.waitUntil(lambda view=view, header=header: header.length() <= view.viewport().width())
        qtbot.waitUntil(lambda view=view: not view.horizontalScrollBar().isVisible())
        for number, spec in enumerate(table.model.columns):
            if spec.kind in FIRM_KINDS:
                assert header.sectionSize(number) >= view.sizeHintForColumn(number), (
                    spec.name,
                    table.objectName(),
                )
    stages = page.stages
    definition = column(stages, "definition")
    header = stages.view.horizontalHeader()
    right = header.sectionViewportPosition(definition) + header.sectionSize(definition)
    assert header.sectionViewportPosition(definition) >= 0 and right <= stages.view.viewport().width()
    assert header.sectionSize(definition) >= 8 * stages.view.fontMetrics().averageCharWidth()
    if zoom == 100:
        assert header.sectionSize(column(stages, "name")) >= stages.view.sizeHintForColumn(
            column(stages, "name")
        )
        widths = [header.sectionSize(c) for c in range(len(STAGE_COLUMNS))]
        assert header.sectionSize(definition) == max(widths)
