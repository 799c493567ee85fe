"""Step 9, Review & sign-off: the open points of every step, and the jump to the place to fix them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from slaworkshop.model.enums import AgreementState
from slaworkshop.model.tables import new_id
from slaworkshop.services.ops import AddRow, RemoveRow, SetClause, SetField
from slaworkshop.services.progress import StepId
from slaworkshop.services.review import Finding, FindingKind
from slaworkshop.services.signoff import SignOffService
from slaworkshop.services.versions import ChangeKind
from slaworkshop.ui.signoff_dialog import SignOffDialog
from slaworkshop.ui.steps.review import ReviewPage
from slaworkshop.ui.steps.workshop import WorkshopPage

from ..export.readers import pdf_text
from ..services.signing_helpers import Signable, signable
from .test_editor import Env, env, migrated_db  # noqa: F401 - the fixtures are shared
from .test_export_flow import answers  # noqa: F401 - the export questions, answered

__all__ = ["answers", "env", "migrated_db"]

G1, G2, P1, P2 = (new_id() for _ in range(4))


def review_page(env: Env) -> ReviewPage:
    env.editor.go_to_step(StepId.SIGN_OFF)
    page = env.editor.page(StepId.SIGN_OFF)
    assert isinstance(page, ReviewPage)
    return page


def item_for(page: ReviewPage, text: str) -> Any:
    matches = page.tree.findItems(text, Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive, 0)
    assert matches, [f.message for f in page.tree.findings]
    return matches[0]


def test_open_points_of_every_step_are_listed_and_block_the_sign_off(qtbot: Any, env: Env) -> None:
    env.editor.request(
        [
            AddRow("goals", row_id=G1, values={"metric": "Pipeline", "target": 5, "agreement": "disputed"}),
            AddRow("goals", row_id=G2, values={"metric": "Budget split", "target": 1, "agreement": "parked"}),
            SetClause("funnel", state=AgreementState.PROPOSED),
        ]
    )
    page = review_page(env)
    messages = [f.message for f in page.tree.findings]
    assert any("Pipeline" in m and "disputed" in m for m in messages)
    assert any("Budget split" in m and "parked" in m for m in messages)
    blocking = {f.row_id or f.clause for f in page.blockers}
    assert G1 in blocking and "funnel" in blocking
    assert G2 not in blocking  # parked: printed as an open point, does not block
    assert "Before signing" in page.summary.text()


def test_settling_a_point_removes_it_from_the_list(qtbot: Any, env: Env) -> None:
    env.editor.request(
        [AddRow("goals", row_id=G1, values={"metric": "Pipeline", "target": 5, "agreement": "disputed"})]
    )
    page = review_page(env)
    assert any(f.row_id == G1 for f in page.blockers)
    env.editor.request([SetField("goals", "agreement", "agreed", G1)])
    qtbot.waitUntil(lambda: not any(f.row_id == G1 for f in page.tree.findings))
    env.editor.undo_action.trigger()
    qtbot.waitUntil(lambda: any(f.row_id == G1 for f in page.tree.findings))


def test_double_clicking_a_point_goes_to_its_row(qtbot: Any, env: Env) -> None:
    env.editor.request(
        [
            AddRow("participants", row_id=P1, values={"name": "Mia", "department": "marketing"}),
            AddRow("participants", row_id=P2, values={"name": "", "department": "sales"}),
        ]
    )
    page = review_page(env)
    item = item_for(page, "Participant 2")
    finding = item.data(0, Qt.ItemDataRole.UserRole)
    assert isinstance(finding, Finding) and finding.kind is FindingKind.MISSING
    page.tree.setCurrentItem(item)
    page.tree.itemActivated.emit(item, 0)
    assert env.editor.current_step() is StepId.WORKSHOP
    step0 = env.editor.page(StepId.WORKSHOP)
    assert isinstance(step0, WorkshopPage)
    assert step0.participants.current_row() == 1


def test_the_go_to_button_follows_the_selection(qtbot: Any, env: Env) -> None:
    env.editor.request([SetField("workshop", "facilitator", "")])
    page = review_page(env)
    assert not page.go_button.isEnabled()
    item = item_for(page, "Facilitator")
    page.tree.setCurrentItem(item)
    assert page.go_button.isEnabled()
    qtbot.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    assert env.editor.current_step() is StepId.WORKSHOP
    step0 = env.editor.page(StepId.WORKSHOP)
    assert isinstance(step0, WorkshopPage)
    qtbot.waitUntil(lambda: step0.form.editor("facilitator").hasFocus())


def test_hostile_text_in_a_finding_is_shown_as_text(qtbot: Any, env: Env) -> None:
    env.editor.request(
        [
            AddRow(
                "goals",
                row_id=G1,
                values={"metric": "<b>bold</b> & <img src=x>", "target": 1, "agreement": "open"},
            )
        ]
    )
    page = review_page(env)
    item = item_for(page, "<b>bold</b> & <img src=x>")
    assert "<b>bold</b>" in item.text(0)


# --------------------------------------------------------------------------- signatories and sign-off
def ready_workshop(env: Env, *, signatories: bool = True) -> tuple[Signable, ReviewPage]:
    """The sample workshop with every blocker settled (and its two signatories, unless not wanted),
    open in the editor on the review page."""
    ready = signable(env.service)
    if not signatories:
        env.service.apply(ready.workshop_id, None, [RemoveRow("signatories", s) for s in ready.signatories])
    env.editor.open_workshop(ready.workshop_id)
    return ready, review_page(env)


def signoff_of(env: Env) -> SignOffService:
    """Sign-off records as a second window on the same database sees them."""
    return SignOffService(env.other.store, env.other)


def stored_signatories(env: Env, workshop_id: str) -> list[dict[str, Any]]:
    return [
        {k: row[k] for k in ("name", "title", "department", "role")}
        for row in env.other.get(workshop_id).rows_of("signatories")
    ]


def column(page: ReviewPage, name: str) -> int:
    return [c.name for c in page.signatories.model.columns].index(name)


def cell_editor(page: ReviewPage, row: int, name: str, kind: type[Any]) -> Any:
    view = page.signatories.view
    index = page.signatories.model.index(row, column(page, name))
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [w for w in view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_cell(qtbot: Any, page: ReviewPage, row: int, name: str, text: str) -> None:
    """Type into a cell as a user does: its editor (a line, or a list that takes any text), then Tab."""
    if name in ("name", "role"):
        combo = cell_editor(page, row, name, QComboBox)
        assert combo.isEditable()
        editor = combo.lineEdit()
    else:
        editor = cell_editor(page, row, name, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()


def pick_department(page: ReviewPage, row: int, value: str) -> None:
    combo = cell_editor(page, row, "department", QComboBox)
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a click on the list entry does
    QApplication.processEvents()


def add_signatory(qtbot: Any, page: ReviewPage) -> int:
    page.signatories.view.setFocus()
    page.signatories.add_action.trigger()
    qtbot.keyClick(page.signatories.view, Qt.Key.Key_Escape)  # the new row opened its first cell
    row = page.signatories.current_row()
    assert row is not None
    return row


def sign_in_dialog(qtbot: Any, page: ReviewPage) -> SignOffDialog:
    """Open the dialog, every signatory types their name as listed (date: today), sign."""
    assert page.sign_button.isEnabled(), page.sign_reason.text()
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    dialog = page.sign_dialog
    assert dialog is not None and dialog.isVisible()
    for approval in dialog.approvals:
        qtbot.keyClicks(approval.typed, approval.name)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    return dialog


def test_signatories_typed_in_the_table_are_stored_and_signed_as_version_1(qtbot: Any, env: Env) -> None:
    ready, page = ready_workshop(env, signatories=False)
    assert not page.sign_button.isEnabled()
    assert "Nobody is listed as a signatory." in page.sign_reason.text()
    row = add_signatory(qtbot, page)
    type_cell(qtbot, page, row, "name", "Ann Smith")
    type_cell(qtbot, page, row, "title", "Head of Marketing")
    pick_department(page, row, "marketing")
    assert not page.sign_button.isEnabled()
    assert "Ann Smith: “Signs as” is empty." in page.sign_reason.text()
    type_cell(qtbot, page, row, "role", "Marketing lead")
    row = add_signatory(qtbot, page)
    type_cell(qtbot, page, row, "name", "Piet de Vries")
    pick_department(page, row, "sales")
    # The usual roles are offered in the list; picking one is one edit.
    combo = cell_editor(page, row, "role", QComboBox)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert {"Marketing lead", "Sales lead", "Sponsor"} <= set(offered)
    combo.setCurrentIndex(offered.index("Sales lead"))
    combo.activated.emit(offered.index("Sales lead"))
    QApplication.processEvents()
    assert env.editor.flush()
    assert stored_signatories(env, ready.workshop_id) == [
        {
            "name": "Ann Smith",
            "title": "Head of Marketing",
            "department": "marketing",
            "role": "Marketing lead",
        },
        {"name": "Piet de Vries", "title": "", "department": "sales", "role": "Sales lead"},
    ]
    assert page.sign_button.isEnabled() and page.sign_button.text() == "Sign off version 1…"
    assert page.state_label.text().startswith("Draft 1")

    sign_in_dialog(qtbot, page)

    [version] = signoff_of(env).versions(ready.workshop_id)
    assert version.number == 1
    assert [(a.name, a.role, a.typed_name, a.approved_on) for a in version.approvals] == [
        ("Ann Smith", "Marketing lead", "Ann Smith", date.today()),
        ("Piet de Vries", "Sales lead", "Piet de Vries", date.today()),
    ]
    assert env.other.get(ready.workshop_id).workshop["status"] == "signed"
    # The page says so, and there is nothing to sign until something changes.
    assert page.state_label.text().startswith("Signed as version 1 on ")
    assert "Ann Smith (Marketing lead), Piet de Vries (Sales lead)" in page.state_label.text()
    assert not page.sign_button.isEnabled()
    assert "Version 1 is signed and nothing has changed since" in page.sign_reason.text()
    top = page.versions.topLevelItem(0)
    assert top is not None and top.text(0).startswith("Version 1")
    assert version.fingerprint[:8] in top.text(1)


def test_signatory_edits_are_undone_and_hostile_values_stay_text(qtbot: Any, env: Env) -> None:
    ready, page = ready_workshop(env)
    hostile = "<b>Ann</b> & <img src=x> R&D &nbsp;"
    type_cell(qtbot, page, 0, "name", hostile)
    assert env.editor.flush()
    assert stored_signatories(env, ready.workshop_id)[0]["name"] == hostile
    assert page.signatories.model.index(0, 0).data() == hostile
    env.editor.undo_action.trigger()
    assert env.editor.flush()
    assert stored_signatories(env, ready.workshop_id)[0]["name"] == "Ann Smith"
    # Control characters never reach the store.
    index = page.signatories.model.index(1, column(page, "title"))
    page.signatories.model.setData(index, "Sales\x07 Director\x00")
    assert env.editor.flush()
    assert stored_signatories(env, ready.workshop_id)[1]["title"] == "Sales Director"
    # A huge name is stored whole; the dialog shows it shortened and asks for the typed name.
    huge = "Ann " + "Smith" * 20_000
    page.signatories.model.setData(page.signatories.model.index(0, 0), huge)
    assert env.editor.flush()
    assert stored_signatories(env, ready.workshop_id)[0]["name"] == huge
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    dialog = page.sign_dialog
    assert dialog is not None
    assert len(dialog.approvals[0].title()) < 300
    assert dialog.width() <= 1280
    dialog.reject()
    # The markup of the first signatory shows literally in the dialog's box title.
    env.editor.undo_action.trigger()
    env.editor.undo_action.trigger()
    type_cell(qtbot, page, 0, "name", hostile)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    dialog = page.sign_dialog
    assert dialog is not None and dialog.approvals[0].title().startswith(hostile.strip())
    dialog.reject()


def test_sign_off_is_disabled_with_the_reasons_while_something_blocks_it(qtbot: Any, env: Env) -> None:
    ready, page = ready_workshop(env)
    assert page.sign_button.isEnabled()
    kpi = env.editor.snapshot().rows_of("kpis")[0]  # type: ignore[union-attr]
    env.editor.request([SetField("kpis", "agreement", "disputed", kpi["id"])])
    assert not page.sign_button.isEnabled()
    assert "Sign-off is not possible yet:" in page.sign_reason.text()
    assert any(f.row_id == kpi["id"] for f in page.blockers)
    assert any(kpi["name"] in reason for reason in page.sign_reasons)
    # Parked is fine: the item will be an open point of the agreement.
    env.editor.request([SetField("kpis", "agreement", "parked", kpi["id"])])
    assert page.sign_button.isEnabled()
    assert "Parked items (2) will be listed as open points" in page.sign_reason.text()
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    dialog = page.sign_dialog
    assert dialog is not None and kpi["name"] in dialog.parked_label.text()
    assert dialog.fingerprint_label.text().replace(" ", "").replace("\n", "") == page.state.fingerprint
    dialog.reject()
    assert signoff_of(env).versions(ready.workshop_id) == []


def test_editing_after_sign_off_starts_draft_2_and_lists_the_change(qtbot: Any, env: Env) -> None:
    ready, page = ready_workshop(env)
    sign_in_dialog(qtbot, page)
    signed_venue = env.other.get(ready.workshop_id).workshop["venue"]
    env.editor.go_to_step(StepId.WORKSHOP)
    step0 = env.editor.page(StepId.WORKSHOP)
    assert isinstance(step0, WorkshopPage)
    venue = step0.form.editor("venue")
    venue.setFocus()
    venue.selectAll()
    qtbot.keyClicks(venue, "Hall 9")
    page = review_page(env)
    assert page.state_label.text().startswith("Draft 2 — changes since version 1: 1.")
    assert page.sign_button.text() == "Sign off version 2…" and page.sign_button.isEnabled()
    [change] = page.current_changes
    assert change.kind is ChangeKind.CHANGED and change.section == "Workshop"
    item = page.changes.topLevelItem(0)
    assert item is not None and item.text(0) == "Changed"
    assert "Hall 9" in item.text(1) and signed_venue[:20] in item.text(1)
    # In the store: draft 2, version 1 unchanged.
    state = signoff_of(env).state(ready.workshop_id)
    assert (state.latest, state.signed, state.draft_number) == (1, False, 2)
    assert signoff_of(env).content_of(ready.workshop_id, 1)["workshop"]["venue"] == signed_venue
    assert [c.kind for c in signoff_of(env).changes_since(ready.workshop_id, 1)] == [ChangeKind.CHANGED]
    # Undoing the edit brings back the signed content: version 1 as it stands.
    env.editor.undo_action.trigger()
    assert page.state_label.text().startswith("Signed as version 1")
    assert page.current_changes == []


def test_changes_since_an_older_version_and_the_version_list(qtbot: Any, env: Env) -> None:
    ready, page = ready_workshop(env)
    sign_in_dialog(qtbot, page)
    goal = env.editor.snapshot().rows_of("goals")[0]  # type: ignore[union-attr]
    env.editor.request([SetField("goals", "metric", "Marketing-sourced pipeline", goal["id"])])
    sign_in_dialog(qtbot, page)
    env.editor.request([RemoveRow("signatories", ready.signatories[1])])
    assert [v.number for v in signoff_of(env).versions(ready.workshop_id)] == [1, 2]
    assert page.versions.topLevelItemCount() == 2
    assert page.state_label.text().startswith("Draft 3 — changes since version 2: 1.")
    assert [c.kind for c in page.current_changes] == [ChangeKind.REMOVED]  # since version 2
    page.since.setCurrentIndex(page.since.findData(1))
    kinds = sorted(c.kind.value for c in page.current_changes)
    assert kinds == ["changed", "removed"]
    assert any("Marketing-sourced pipeline" in c.describe() for c in page.current_changes)
    # The sign-off of draft 3 now lacks its second signatory: one approval, still fine.
    assert page.sign_button.text() == "Sign off version 3…"


def test_a_signed_version_is_exported_and_its_file_verified(
    qtbot: Any, env: Env, answers: dict[str, Any]
) -> None:
    ready, page = ready_workshop(env)
    assert not page.export_pdf_version.isVisible()  # nothing signed yet
    sign_in_dialog(qtbot, page)
    assert page.export_pdf_version.isEnabled()
    qtbot.mouseClick(page.export_pdf_version, Qt.MouseButton.LeftButton)
    target = answers["path"].with_suffix(".pdf")
    qtbot.waitUntil(lambda: bool(answers["opened"]), timeout=60_000)
    assert answers["opened"] == [str(target)] and answers["failures"] == []
    found = signoff_of(env).verify(target)
    assert found.verified and found.version == 1 and found.workshop_id == ready.workshop_id
    assert "Ann Smith" in pdf_text(target)


@pytest.mark.parametrize("zoom", [100, 150])
def test_the_page_and_the_dialog_fit_1280_by_800(qtbot: Any, env: Env, tmp_path: Path, zoom: int) -> None:
    ready, page = ready_workshop(env)
    env.editor.set_zoom(zoom)
    env.editor.resize(1280, 800)
    sign_in_dialog(qtbot, page)
    env.editor.request([SetField("workshop", "venue", "Hall 9 " + "with a very long description " * 8)])
    QApplication.processEvents()
    assert env.editor.grab().save(str(tmp_path / f"review_{zoom}.png"))
    assert page.minimumSizeHint().width() <= env.editor.stack.width()
    # No table or list on the page scrolls sideways either.
    table = page.signatories.view
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    for tree in (page.tree, page.versions, page.changes):
        assert tree.header().length() <= tree.viewport().width()
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    dialog = page.sign_dialog
    assert dialog is not None
    assert dialog.grab().save(str(tmp_path / f"dialog_{zoom}.png"))
    assert dialog.width() <= 1280 and dialog.height() <= 800
    assert dialog.minimumSizeHint().width() <= dialog.width()
    assert dialog.font().pointSizeF() == pytest.approx(page.font().pointSizeF())
    dialog.reject()
