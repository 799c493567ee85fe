"""Step 9, Review & sign-off: the open points of every step, and the jump to the place to fix them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from slaworkshop.model.tables import new_id
from slaworkshop.services.ops import AddRow, SetClause, SetField
from slaworkshop.services.progress import StepId
from slaworkshop.services.review import Finding, FindingKind
from slaworkshop.ui.steps.review import ReviewPage
from slaworkshop.ui.steps.workshop import WorkshopPage

from .test_editor import Env, env, migrated_db  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]

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
            SetClause("funnel", state="proposed"),
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
