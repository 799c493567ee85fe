"""Step 6, Nurturing & enablement: tracks per buyer stage, ordering them, the manual-enrolment rule
with its agreement, the enablement table, and the names steps 3 and 5 send leads to."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtCore import Qt

from slaworkshop.model.enums import AgreementState
from slaworkshop.services.ops import AddRow, SetClause, SetField, apply_local, inverse_all
from slaworkshop.services.progress import StepId, StepStatus
from slaworkshop.services.sample import create_sample
from slaworkshop.services.snapshot import WorkshopSnapshot
from slaworkshop.ui.i18n import install_language
from slaworkshop.ui.steps.nurturing import NurturingPage, stage_order_moves

from .test_editor import Env, env, migrated_db, paste_into  # noqa: F401 - the fixtures are shared
from .test_page_goals import pick_cell, type_cell

__all__ = ["env", "migrated_db"]


def nurturing_page(env: Env) -> NurturingPage:
    env.editor.go_to_step(StepId.NURTURING)
    page = env.editor.page(StepId.NURTURING)
    assert isinstance(page, NurturingPage)
    return page


def stored(env: Env) -> WorkshopSnapshot:
    assert env.editor.flush()
    return env.other.get(env.workshop_id)


def track(name: str, stage: str, **values: Any) -> AddRow:
    return AddRow("nurture_tracks", {"name": name, "buyer_stage": stage, **values})


def test_an_empty_step_invites_tracks_without_a_wall_of_errors(qtbot: Any, env: Env) -> None:
    page = nurturing_page(env)
    assert page.notices() == {
        "stages": [
            "No nurture tracks yet: plan at least one per buyer stage — awareness, consideration, decision."
        ],
        "references": [],
    }
    assert not page.sort_button.isVisibleTo(page)
    assert page.enablement_summary.text().startswith("What does Sales need")
    assert env.editor.step_status(StepId.NURTURING) is StepStatus.EMPTY


def test_a_track_typed_into_the_table_is_stored_and_the_stages_follow(qtbot: Any, env: Env) -> None:
    page = nurturing_page(env)
    table = page.tracks
    table.view.setFocus()
    table.add_action.trigger()
    qtbot.keyClick(table.view.focusWidget(), Qt.Key.Key_Escape)
    type_cell(qtbot, table, 0, "name", "Stay in touch")
    type_cell(qtbot, table, 0, "rhythm", "Every 2 weeks")
    [row] = stored(env).rows_of("nurture_tracks")
    assert (row["name"], row["buyer_stage"], row["rhythm"]) == ("Stay in touch", "awareness", "Every 2 weeks")
    assert page.notices()["stages"] == [
        "No track serves the buyer stage “Consideration” yet.",
        "No track serves the buyer stage “Decision” yet.",
    ]
    assert "<b>Awareness</b>: 1 track" in page.journey.text()
    # The next track starts in the first stage that has none yet.
    table.add_action.trigger()
    qtbot.keyClick(table.view.focusWidget(), Qt.Key.Key_Escape)
    type_cell(qtbot, table, 1, "name", "Build the case")
    assert stored(env).rows_of("nurture_tracks")[1]["buyer_stage"] == "consideration"
    pick_cell(table, 1, "buyer_stage", "decision")
    pick_cell(table, 1, "agreement", "agreed")
    second = stored(env).rows_of("nurture_tracks")[1]
    assert (second["buyer_stage"], second["agreement"]) == ("decision", "agreed")
    assert page.notices()["stages"] == ["No track serves the buyer stage “Consideration” yet."]
    env.editor.undo_action.trigger()
    env.editor.undo_action.trigger()
    assert page.notices()["stages"] == ["No track serves the buyer stage “Decision” yet."]


def test_ordering_by_buyer_stage_is_one_undo_step(qtbot: Any, env: Env) -> None:
    page = nurturing_page(env)
    env.editor.request(
        [
            track("Ready to talk", "decision"),
            track("Re-engagement", "consideration"),
            track("Newsletter", "awareness"),
            track("Case studies", "consideration"),
            track("Win-back", "awareness"),
        ]
    )
    assert page.sort_button.isEnabled()
    before = [r["name"] for r in stored(env).rows_of("nurture_tracks")]
    qtbot.mouseClick(page.sort_button, Qt.MouseButton.LeftButton)
    expected = ["Newsletter", "Win-back", "Re-engagement", "Case studies", "Ready to talk"]
    assert [r["name"] for r in page.tracks.model.rows] == expected
    assert [r["name"] for r in stored(env).rows_of("nurture_tracks")] == expected
    assert not page.sort_button.isEnabled()  # nothing left to order
    env.editor.undo_action.trigger()
    assert [r["name"] for r in stored(env).rows_of("nurture_tracks")] == before
    env.editor.redo_action.trigger()
    assert [r["name"] for r in stored(env).rows_of("nurture_tracks")] == expected


@pytest.mark.parametrize(
    "stages", list(itertools.product(["awareness", "consideration", "decision", ""], repeat=4))
)
def test_stage_order_moves_sort_and_undo_exactly(stages: tuple[str, ...]) -> None:
    """Every order of four tracks (an unknown stage goes last): the batch sorts, its inverse restores."""
    rows = tuple(
        {"id": f"t{i}", "position": i, "name": f"T{i}", "buyer_stage": stage}
        for i, stage in enumerate(stages)
    )
    from datetime import datetime

    snapshot = WorkshopSnapshot(
        "w", 1, datetime(2027, 1, 1), datetime(2027, 1, 1), {}, {"nurture_tracks": rows}
    )
    moves = stage_order_moves("nurture_tracks", rows)
    rank = {"awareness": 0, "consideration": 1, "decision": 2, "": 3}
    wanted = [r["id"] for r in sorted(rows, key=lambda r: rank[str(r["buyer_stage"])])]
    if wanted == [r["id"] for r in rows]:
        assert moves == []
        return
    after = apply_local(snapshot, moves)
    assert [r["id"] for r in after.rows_of("nurture_tracks")] == wanted
    undone = apply_local(after, inverse_all(snapshot, moves))
    assert [r["id"] for r in undone.rows_of("nurture_tracks")] == [r["id"] for r in rows]


def test_track_names_from_steps_3_and_5_that_do_not_exist_are_a_warning(qtbot: Any, env: Env) -> None:
    page = nurturing_page(env)
    env.editor.request(
        [
            track("Re-engagement", "consideration"),
            AddRow(
                "disqualification_reasons",
                {"code": "TIMING", "recycle": True, "nurture_track": "Stay in touch"},
            ),
            AddRow(
                "disqualification_reasons",
                {"code": "BUDGET", "recycle": True, "nurture_track": "re-engagement "},
            ),
            SetField("handoff", "return_track", "Stay in touch"),
        ]
    )
    assert page.notices()["references"] == [
        "“Stay in touch” is named in step 3, reason TIMING; step 5, reverse handoff but is not a nurture track "
        "here: add it, or correct the name there."
    ]
    assert page.reference_warnings.isVisibleTo(page)
    env.editor.request([track("Stay in Touch", "awareness")])  # case and spacing do not matter
    assert page.notices()["references"] == []
    assert not page.reference_warnings.isVisibleTo(page)
    env.editor.request([SetField("handoff", "return_track", "<b>Win-back</b>")])
    [warning] = page.notices()["references"]
    assert warning.startswith("“<b>Win-back</b>” is named in step 5")
    assert "&lt;b&gt;Win-back&lt;/b&gt;" in page.reference_warnings.text()  # shown literally, not bold


def test_the_manual_enrolment_rule_and_its_agreement_are_stored(qtbot: Any, env: Env) -> None:
    page = nurturing_page(env)
    agreement = page.enrolment_agreement
    qtbot.keyClicks(agreement.note, "Sales wants a monthly review")
    page.rule.setFocus()
    qtbot.keyClicks(page.rule, "When the lead asks for later contact.")
    agreement.state.setCurrentIndex(agreement.state.findData(AgreementState.AGREED_WITH_RESERVATIONS.value))
    agreement.state.activated.emit(agreement.state.currentIndex())
    snapshot = stored(env)
    assert snapshot.single("nurturing")["manual_enrolment"] == "When the lead asks for later contact."
    clause = snapshot.clause("nurturing.enrolment")
    assert clause.state is AgreementState.AGREED_WITH_RESERVATIONS
    assert clause.note == "Sales wants a monthly review"
    env.editor.undo_action.trigger()  # the state
    assert agreement.state.value() is AgreementState.OPEN
    env.editor.undo_action.trigger()  # the typing burst in the rule, as one step
    assert page.rule.toPlainText() == ""
    snapshot = stored(env)
    assert snapshot.single("nurturing")["manual_enrolment"] == ""
    assert snapshot.clause("nurturing.enrolment").note == "Sales wants a monthly review"
    # A value from elsewhere (another window, a reload) arrives through load.
    env.editor.request([SetClause("nurturing.enrolment", state=AgreementState.DISPUTED, note="x")])
    assert agreement.state.value() is AgreementState.DISPUTED and agreement.note.text() == "x"


def test_undo_of_a_typed_agreement_note_restores_the_note_before(qtbot: Any, env: Env) -> None:
    page = nurturing_page(env)
    qtbot.keyClicks(page.enrolment_agreement.note, "Sales wants a review")
    env.editor.undo_action.trigger()
    assert page.enrolment_agreement.note.text() == ""
    assert stored(env).clause("nurturing.enrolment").note == ""
    env.editor.redo_action.trigger()
    assert page.enrolment_agreement.note.text() == "Sales wants a review"
    assert stored(env).clause("nurturing.enrolment").note == "Sales wants a review"


def test_retyping_an_agreement_note_undoes_to_the_earlier_note(qtbot: Any, env: Env) -> None:
    page = nurturing_page(env)
    env.editor.request([SetClause("nurturing.enrolment", note="Ask Sales on Monday")])
    note = page.enrolment_agreement.note
    note.setFocus()
    note.selectAll()
    qtbot.keyClick(note, Qt.Key.Key_Backspace)
    qtbot.keyClicks(note, "Sales agreed")
    assert stored(env).clause("nurturing.enrolment").note == "Sales agreed"
    env.editor.undo_action.trigger()
    assert note.text() == "Ask Sales on Monday"
    assert stored(env).clause("nurturing.enrolment").note == "Ask Sales on Monday"


def test_undo_of_an_agreement_state_change_keeps_the_note_typed_before(qtbot: Any, env: Env) -> None:
    page = nurturing_page(env)
    agreement = page.enrolment_agreement
    qtbot.keyClicks(agreement.note, "Sales wants a review")
    for state in (AgreementState.DISPUTED, AgreementState.AGREED):
        agreement.state.setCurrentIndex(agreement.state.findData(state.value))
        agreement.state.activated.emit(agreement.state.currentIndex())
    assert stored(env).clause("nurturing.enrolment").state is AgreementState.AGREED
    env.editor.undo_action.trigger()
    assert agreement.state.value() is AgreementState.DISPUTED
    env.editor.undo_action.trigger()
    assert agreement.state.value() is AgreementState.OPEN
    assert agreement.note.text() == "Sales wants a review"
    clause = stored(env).clause("nurturing.enrolment")
    assert (clause.state, clause.note) == (AgreementState.OPEN, "Sales wants a review")
    env.editor.undo_action.trigger()  # the typed note, as one step
    assert agreement.note.text() == ""
    assert stored(env).clause("nurturing.enrolment").note == ""


def test_a_ten_thousand_character_rule_with_markup_is_kept(qtbot: Any, env: Env) -> None:
    page = nurturing_page(env)
    text = ("Sales may enrol a lead <b>by hand</b> & note the reason. " * 200)[:10_000]
    page.rule.setFocus()
    paste_into(page.rule, text)
    assert stored(env).single("nurturing")["manual_enrolment"] == text
    assert page.rule.toPlainText() == text


def test_enablement_items_lead_times_and_hostile_numbers(qtbot: Any, env: Env) -> None:
    page = nurturing_page(env)
    table = page.enablement
    table.view.setFocus()
    table.add_action.trigger()
    qtbot.keyClick(table.view.focusWidget(), Qt.Key.Key_Escape)
    type_cell(qtbot, table, 0, "collateral", "Battle cards")
    type_cell(qtbot, table, 0, "lead_time_days", "fifteen")
    assert table.message.isVisibleTo(page) and page.pending_messages()
    type_cell(qtbot, table, 0, "lead_time_days", "99999999999999999999")
    assert page.pending_messages()
    type_cell(qtbot, table, 0, "lead_time_days", "-3")
    assert page.pending_messages()
    [item] = stored(env).rows_of("enablement_items")
    assert (
        item["collateral"] == "Battle cards"
        and item["provider"] == "Marketing"
        and item["lead_time_days"] is None
    )
    assert (
        page.enablement_summary.text()
        == "No lead times yet: say how many business days ahead Sales must ask."
    )
    type_cell(qtbot, table, 0, "lead_time_days", "15")
    assert page.pending_messages() == ""
    env.editor.request([AddRow("enablement_items", {"collateral": "Case studies", "lead_time_days": 5})])
    assert stored(env).rows_of("enablement_items")[0]["lead_time_days"] == 15
    assert page.enablement_summary.text() == (
        "Lead times 5–15 business days. Sales asks earliest for “Battle cards”: 15 business days ahead."
    )


def test_status_and_review_jumps(qtbot: Any, env: Env) -> None:
    page = nurturing_page(env)
    env.editor.request(
        [
            track("Newsletter", "awareness", agreement="agreed"),
            track("Case studies", "consideration", agreement="agreed"),
            track("", "decision", agreement="agreed"),
        ]
    )
    assert env.editor.step_status(StepId.NURTURING) is StepStatus.IN_PROGRESS  # a track without a name
    nameless = page.tracks.model.rows[2]["id"]
    env.editor.go_to_step(StepId.WORKSHOP)
    from slaworkshop.services.review import findings

    snapshot = env.editor._snapshot
    assert snapshot is not None
    [missing] = [f for f in findings(snapshot, StepId.NURTURING) if f.field == "name"]
    assert env.editor.show_place(missing)
    assert page.tracks.current_row() == 2
    type_cell(qtbot, page.tracks, 2, "name", "Ready to talk")
    assert env.editor.step_status(StepId.NURTURING) is StepStatus.COMPLETE
    assert stored(env).rows_of("nurture_tracks")[2]["id"] == nameless
    env.editor.request([SetField("nurturing", "manual_enrolment", "On request")])
    state = page.enrolment_agreement.state
    state.setCurrentIndex(state.findData(AgreementState.PROPOSED.value))
    state.activated.emit(state.currentIndex())
    assert env.editor.step_status(StepId.NURTURING) is StepStatus.OPEN_POINTS  # the rule is not agreed yet
    state.setCurrentIndex(state.findData(AgreementState.AGREED.value))
    state.activated.emit(state.currentIndex())
    assert env.editor.step_status(StepId.NURTURING) is StepStatus.COMPLETE
    assert page.show_target("", None, "", "nurturing.enrolment")
    assert page.show_target("nurturing", None, "manual_enrolment")
    assert not page.show_target("goals", None, "metric")


def test_the_sample_workshop_fits_a_projector(qtbot: Any, env: Env) -> None:
    from slaworkshop.services.sample import create_sample

    env.editor.open_workshop(create_sample(env.service, "en"))
    page = nurturing_page(env)
    assert page.notices() == {"stages": [], "references": []}  # steps 3 and 5 name existing tracks
    assert page.minimumSizeHint().width() <= env.editor.stack.width()
    for table in (page.tracks, page.enablement):
        assert table.view.horizontalHeader().length() <= table.view.viewport().width()
    # Every track is shown whole: the table is as tall as its rows, no scrolling inside it.
    qtbot.waitUntil(lambda: not page.tracks.view.verticalScrollBar().isVisible())
    assert page.enrolment_agreement.state.value() is not None


# --------------------------------------------------------------------------- on a projector
@pytest.mark.parametrize(("language", "zoom"), [("en", 100), ("en", 150), ("de", 100), ("de", 150)])
def test_the_sample_tracks_read_whole_on_a_projector(
    qtbot: Any, env: Env, language_afterwards: None, language: str, zoom: int
) -> None:
    """1280×800 at 11 pt, English and German, normal and zoomed: neither the page nor a table
    scrolls sideways; buyer stages, lead times and agreements are never cut; every row is as tall
    as its wrapped text; at normal size the content column is the widest, so rows stay short."""
    assert install_language(language) == language
    env.editor.open_workshop(create_sample(env.service, language))
    env.editor.set_zoom(zoom)
    page = nurturing_page(env)
    viewport = page.parentWidget()
    assert viewport is not None
    qtbot.waitUntil(lambda: page.width() <= viewport.width())
    for table in (page.tracks, page.enablement):
        view = table.view
        header = view.horizontalHeader()
        names = [c.name for c in table.model.columns]
        qtbot.waitUntil(lambda view=view, header=header: header.length() <= view.viewport().width())
        for name in ("buyer_stage", "lead_time_days", "agreement"):
            if name in names:  # the agreement: its word, or (zoomed beside the guidance) its mark
                column = names.index(name)
                assert header.sectionSize(column) >= view.sizeHintForColumn(column), (
                    name,
                    table.objectName(),
                )
        rows = range(table.model.rowCount())
        qtbot.waitUntil(
            lambda view=view, rows=rows: all(view.rowHeight(r) >= view.sizeHintForRow(r) for r in rows)
        )
    tracks = page.tracks
    content = [c.name for c in tracks.model.columns].index("content")
    header = tracks.view.horizontalHeader()
    if zoom == 100:
        assert not tracks.compact_agreement  # "Agreed" / "Vereinbart" in words
        widths = [header.sectionSize(c) for c in range(len(tracks.model.columns))]
        assert header.sectionSize(content) == max(widths)
        if language == "en":  # the reviewer's 5 to 8 lines a row: now at most 5 (German texts are longer)
            line = tracks.view.fontMetrics().lineSpacing()
            assert max(tracks.view.rowHeight(r) for r in range(tracks.model.rowCount())) <= 6 * line
