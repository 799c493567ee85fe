"""Step 7, KPIs: propose KPIs from the funnel and the handoff, watch linked targets follow step 2 and 5,
type a target by hand (which unlinks it), threshold problems in place, hostile input — all through
the real widgets, checked against the store as a second window would read it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from slaworkshop.services.ops import AddRow, Op, SetField
from slaworkshop.services.progress import StepId, StepStatus
from slaworkshop.services.review import FindingKind, findings
from slaworkshop.ui.steps.kpis import COLUMNS, KpisPage, default_thresholds

from .test_editor import Env, env, migrated_db  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]

MQL = "funnel.mql_per_month"


def funnel_ops(**overrides: Any) -> list[Op]:
    """1.2 M a year, half from marketing, deals of 10,000 → 5 deals a month; backwards, rounding up:
    SQL 25, MQL 50, Lead 200 a month. First contact within 4 hours, 6 attempts."""
    inputs: dict[str, Any] = {
        "revenue_target": Decimal("1200000"),
        "period": "year",
        "average_deal_size": Decimal("10000"),
        "marketing_share": Decimal("50"),
        "sales_cycle_days": 90,
    }
    inputs.update(overrides)
    stages = [
        ("Lead", 25, "marketing"),
        ("MQL", 50, "marketing"),
        ("SQL", 20, "sales"),
        ("Customer", None, "sales"),
    ]
    return [
        *(
            AddRow("stages", {"name": name, "conversion_rate": rate, "owner": owner, "in_funnel": True})
            for name, rate, owner in stages
        ),
        *(SetField("funnel", name, value) for name, value in inputs.items()),
        SetField("handoff", "first_contact_within", Decimal(4)),
        SetField("handoff", "first_contact_unit", "hours"),
        SetField("handoff", "attempts", 6),
    ]


def open_page(env: Env) -> KpisPage:
    env.editor.go_to_step(StepId.KPIS)
    page = env.editor.page(StepId.KPIS)
    assert isinstance(page, KpisPage)
    return page


def stored_kpis(env: Env) -> list[dict[str, Any]]:
    return [dict(r) for r in env.other.get(env.workshop_id).rows_of("kpis")]


def by_link(env: Env, link: str) -> dict[str, Any]:
    return next(k for k in stored_kpis(env) if k["link"] == link or k["name"] == link)


def propose(qtbot: Any, page: KpisPage) -> None:
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)


def with_funnel(qtbot: Any, env: Env) -> KpisPage:
    env.editor.request(funnel_ops())
    page = open_page(env)
    propose(qtbot, page)
    assert env.editor.flush()
    return page


def cell_editor(page: KpisPage, row: int, column: str, kind: type[Any]) -> Any:
    view = page.table.view
    index = page.table.model.index(row, COLUMNS.index(column))
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [w for w in view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_cell(qtbot: Any, page: KpisPage, row: int, column: str, text: str) -> None:
    editor = cell_editor(page, row, column, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits, as in a spreadsheet
    QApplication.processEvents()


def row_of(page: KpisPage, name_or_link: str) -> int:
    for number, row in enumerate(page.table.model.rows):
        if name_or_link in (row.get("link"), row.get("name")):
            return number
    raise AssertionError(name_or_link)


# --------------------------------------------------------------------------- proposals
def test_propose_adds_every_computable_link_as_one_undoable_edit(qtbot: Any, env: Env) -> None:
    page = with_funnel(qtbot, env)
    kpis = {k["link"]: k for k in stored_kpis(env)}
    assert set(kpis) == {
        "funnel.leads_per_month",
        MQL,
        "funnel.sql_per_month",
        "funnel.won_per_month",
        "funnel.marketing_revenue",
        "handoff.first_contact",
        "handoff.attempts",
    }
    # Not counted twice: no SAL stage, and no opportunity stage (the analysis would read SQL again).
    assert "funnel.sal_per_month" not in kpis and "funnel.opportunities_per_month" not in kpis
    mql = kpis[MQL]
    assert (mql["target"], mql["unit"], mql["direction"], mql["owner"]) == (
        Decimal(50),
        "MQLs",
        "at_least",
        "marketing",
    )
    assert (mql["amber"], mql["red"]) == (Decimal(45), Decimal(37))  # 90 % / 75 %, rounded away
    assert mql["agreement"] == "proposed" and mql["definition"] and mql["data_source"]
    response = kpis["handoff.first_contact"]
    assert (response["target"], response["unit"], response["direction"]) == (Decimal(4), "hours", "at_most")
    assert (response["amber"], response["red"]) == (Decimal(5), Decimal(6))  # 125 % / 150 %
    # Marketing-sourced revenue, measured quarterly: 50,000 a month → 150,000 a quarter.
    revenue = kpis["funnel.marketing_revenue"]
    assert (revenue["target"], revenue["frequency"], revenue["unit"]) == (Decimal(150000), "quarterly", "EUR")
    assert not [
        f for f in findings(env.other.get(env.workshop_id), StepId.KPIS) if f.kind is FindingKind.PROBLEM
    ]
    assert "Added" in page.note_box.text()
    assert len(page.table.model.rows) == len(kpis)

    env.editor.undo_action.trigger()  # one step removes them all
    assert env.editor.flush() and stored_kpis(env) == []
    assert page.table.model.rows == [] and "Added" not in page.note_box.text()
    env.editor.redo_action.trigger()
    assert env.editor.flush() and len(stored_kpis(env)) == len(kpis)


def test_proposing_again_adds_nothing_and_says_so(qtbot: Any, env: Env) -> None:
    page = with_funnel(qtbot, env)
    count = env.editor.undo_group.activeStack().count()
    before = stored_kpis(env)
    propose(qtbot, page)
    assert env.editor.flush() and stored_kpis(env) == before
    assert env.editor.undo_group.activeStack().count() == count
    assert "already in the table" in page.note_box.text()
    assert page.note_box.isVisible()


def test_nothing_to_propose_while_nothing_computes(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    assert "No KPIs yet" in page.note_box.text()  # an empty page invites, it does not complain
    assert not page.problem_box.isVisible() and not page.warning_box.isVisible()
    assert env.editor.step_status(StepId.KPIS) is StepStatus.EMPTY
    propose(qtbot, page)
    assert "Nothing to propose yet" in page.note_box.text()
    assert env.editor.flush() and stored_kpis(env) == []
    assert env.editor.undo_group.activeStack().count() == 0
    env.editor.request(funnel_ops())  # the funnel computes now: the old message goes
    assert "Nothing to propose" not in page.note_box.text()
    assert "Per month from the funnel: 200 leads · 50 MQLs" in page.available.text()
    propose(qtbot, page)
    assert env.editor.flush() and len(stored_kpis(env)) == 7


def test_a_proposal_skips_links_already_followed(qtbot: Any, env: Env) -> None:
    env.editor.request([*funnel_ops(), AddRow("kpis", {"name": "Our MQL KPI", "target": 1, "link": MQL})])
    page = open_page(env)
    propose(qtbot, page)
    assert env.editor.flush()
    followers = [k for k in stored_kpis(env) if k["link"] == MQL]
    assert [k["name"] for k in followers] == ["Our MQL KPI"]
    assert followers[0]["target"] == Decimal(50)  # the link brought the target up to date


# --------------------------------------------------------------------------- linked targets
def test_linked_targets_follow_step_2_and_5_and_undo_restores_both(qtbot: Any, env: Env) -> None:
    page = with_funnel(qtbot, env)
    # Twice the revenue target: 100 MQLs a month instead of 50, 300,000 a quarter.
    env.editor.request([SetField("funnel", "revenue_target", Decimal("2400000"))])
    assert env.editor.flush()
    assert by_link(env, MQL)["target"] == Decimal(100)
    assert by_link(env, "funnel.marketing_revenue")["target"] == Decimal(300000)
    assert page.table.model.rows[row_of(page, MQL)]["target"] == Decimal(100)
    # A better MQL→SQL rate (50 % → 100 %) halves the MQLs needed.
    mql_stage = next(r["id"] for r in env.other.get(env.workshop_id).rows_of("stages") if r["name"] == "MQL")
    env.editor.request([SetField("stages", "conversion_rate", Decimal(100), mql_stage)])
    assert env.editor.flush() and by_link(env, MQL)["target"] == Decimal(50)
    # Step 5: first contact within 2 hours.
    env.editor.request([SetField("handoff", "first_contact_within", Decimal(2))])
    assert env.editor.flush() and by_link(env, "handoff.first_contact")["target"] == Decimal(2)

    env.editor.undo_action.trigger()
    assert env.editor.flush() and by_link(env, "handoff.first_contact")["target"] == Decimal(4)
    env.editor.undo_action.trigger()
    env.editor.undo_action.trigger()
    assert env.editor.flush()
    stored = env.other.get(env.workshop_id)
    assert stored.single("funnel")["revenue_target"] == Decimal("1200000")
    assert by_link(env, MQL)["target"] == Decimal(50)
    assert by_link(env, "funnel.marketing_revenue")["target"] == Decimal(150000)


def test_typing_a_linked_target_unlinks_it_in_the_same_undo_step(qtbot: Any, env: Env) -> None:
    page = with_funnel(qtbot, env)
    type_cell(qtbot, page, row_of(page, MQL), "target", "70")
    assert env.editor.flush()
    mine = by_link(env, "MQLs delivered per month")
    assert (mine["target"], mine["link"]) == (Decimal(70), "")
    assert "no longer follows step 2: MQLs per month" in page.note_box.text()
    # The funnel changes, the hand-typed target stays.
    env.editor.request([SetField("funnel", "revenue_target", Decimal("2400000"))])
    assert env.editor.flush() and by_link(env, "MQLs delivered per month")["target"] == Decimal(70)

    env.editor.undo_action.trigger()  # the funnel change
    env.editor.undo_action.trigger()  # the typed target: linked again, with the funnel's value
    assert env.editor.flush()
    mine = by_link(env, "MQLs delivered per month")
    assert (mine["target"], mine["link"]) == (Decimal(50), MQL)
    assert "no longer follows" not in page.note_box.text()


def test_picking_what_a_kpi_follows_sets_its_target(qtbot: Any, env: Env) -> None:
    env.editor.request([*funnel_ops(), AddRow("kpis", {"name": "Leads", "target": 1, "unit": "leads"})])
    page = open_page(env)
    page.table.select_row_id(page.table.model.rows[0]["id"])
    combo = page.link
    combo.setCurrentIndex(combo.findData("funnel.leads_per_month"))
    combo.activated.emit(combo.currentIndex())
    assert env.editor.flush()
    assert by_link(env, "Leads")["target"] == Decimal(200) and by_link(env, "Leads")["link"]
    assert page.cell_tooltip(page.table.model.rows[0], "name").startswith("Linked: the target follows step 2")
    env.editor.undo_action.trigger()
    assert env.editor.flush() and (by_link(env, "Leads")["target"], by_link(env, "Leads")["link"]) == (
        Decimal(1),
        "",
    )


# --------------------------------------------------------------------------- thresholds, details
def test_threshold_problems_are_shown_in_place(qtbot: Any, env: Env) -> None:
    page = with_funnel(qtbot, env)
    row = row_of(page, MQL)
    type_cell(qtbot, page, row, "amber", "60")  # above the target of 50, for "at least"
    assert env.editor.flush() and by_link(env, MQL)["amber"] == Decimal(60)
    assert page.problem_box.isVisible()
    assert (
        "Amber threshold" in page.problem_box.text() and "MQLs delivered per month" in page.problem_box.text()
    )
    rid = page.table.model.rows[row]["id"]
    assert "amber" in page.problems[rid]
    assert env.editor.step_status(StepId.KPIS) is StepStatus.IN_PROGRESS
    # "At most" turns the rule around: now 60 is fine above 50, the red of 37 is not.
    direction = cell_editor(page, row, "direction", QComboBox)
    direction.setCurrentIndex(direction.findData("at_most"))
    direction.activated.emit(direction.currentIndex())
    assert env.editor.flush()
    assert "amber" not in page.problems.get(rid, {}) and "red" in page.problems[rid]
    type_cell(qtbot, page, row, "red", "75")
    assert env.editor.flush() and rid not in page.problems
    assert not page.problem_box.isVisible()


def test_the_detail_editor_stores_the_long_texts_of_the_selected_kpi(qtbot: Any, env: Env) -> None:
    page = with_funnel(qtbot, env)
    row = row_of(page, "handoff.attempts")
    page.table.select_row_id(page.table.model.rows[row]["id"])
    assert "Contact attempts per lead" in page.details.title()
    page.definition.setFocus()
    page.definition.selectAll()
    qtbot.keyClicks(page.definition, "Attempts logged per lead")
    page.data_source.selectAll()
    qtbot.keyClicks(page.data_source, "HubSpot")
    assert env.editor.flush()
    stored = by_link(env, "handoff.attempts")
    assert (stored["definition"], stored["data_source"]) == ("Attempts logged per lead", "HubSpot")
    count = env.editor.undo_group.activeStack().count()
    env.editor.undo_action.trigger()  # the whole burst in the data source is one step
    assert env.editor.flush() and by_link(env, "handoff.attempts")["data_source"] == "CRM activity log"
    assert env.editor.undo_group.activeStack().index() == count - 1


def test_a_review_finding_jumps_to_the_kpi(qtbot: Any, env: Env) -> None:
    page = with_funnel(qtbot, env)
    rid = page.table.model.rows[row_of(page, "handoff.attempts")]["id"]
    assert page.show_target("kpis", rid, "data_source")
    assert page.selected_id() == rid and page.data_source.hasFocus()
    assert page.show_target("kpis", rid, "red")
    assert page.table.view.currentIndex().column() == COLUMNS.index("red")
    assert not page.show_target("goals", rid, "metric")


# --------------------------------------------------------------------------- hostile input
def test_hostile_values_give_messages_and_lose_nothing(qtbot: Any, env: Env) -> None:
    page = with_funnel(qtbot, env)
    row = row_of(page, MQL)
    type_cell(qtbot, page, row, "target", "lots")
    assert page.pending_messages() == "Target: “lots” is not a number."
    assert page.table.message.isVisible()
    assert env.editor.flush() and by_link(env, MQL)["link"] == MQL  # nothing sent, still linked
    type_cell(qtbot, page, row, "target", "9" * 20)  # above the 1e12 the store accepts
    assert "at most" in page.pending_messages()
    assert env.editor.flush() and by_link(env, MQL)["target"] == Decimal(50)
    assert by_link(env, MQL)["link"] == MQL
    type_cell(qtbot, page, row, "target", "-5")  # negative is allowed; the thresholds are not
    assert env.editor.flush() and by_link(env, "MQLs delivered per month")["target"] == Decimal(-5)
    assert page.problem_box.isVisible()
    assert not page.pending_messages()

    type_cell(qtbot, page, row, "name", "<b>x</b>")
    assert env.editor.flush() and by_link(env, "<b>x</b>")
    assert "&lt;b&gt;x&lt;/b&gt;" in page.problem_box.text()  # shown literally, not bold
    assert page.details.title() == "Selected KPI: <b>x</b>"

    long_text = "Measured weekly. " * 600  # about 10,000 characters
    page.table.select_row_id(page.table.model.rows[row]["id"])
    page.definition.setFocus()
    page.definition.setPlainText(long_text)
    assert env.editor.flush() and by_link(env, "<b>x</b>")["definition"] == long_text
    assert page.definition.toPlainText() == long_text


def test_linked_kpi_that_cannot_be_computed_is_a_warning_not_an_error(qtbot: Any, env: Env) -> None:
    page = with_funnel(qtbot, env)
    env.editor.request([SetField("funnel", "average_deal_size", None)])  # the funnel stops computing
    assert env.editor.flush()
    assert "does not compute yet" in page.warning_box.text()
    assert by_link(env, MQL)["target"] == Decimal(50)  # kept as it was
    assert "Per month from the funnel" not in page.available.text()
    assert "first contact within 4 hours" in page.available.text()
    assert env.editor.step_status(StepId.KPIS) is StepStatus.OPEN_POINTS  # a warning, not a blocker


def test_a_time_kpi_whose_unit_contradicts_step_5_is_flagged(qtbot: Any, env: Env) -> None:
    page = with_funnel(qtbot, env)
    env.editor.request([SetField("handoff", "first_contact_unit", "business_days")])
    assert env.editor.flush()
    assert "step 5 counts this time in business days" in page.warning_box.text()


def test_default_thresholds_keep_their_order() -> None:
    assert default_thresholds(Decimal(50), _at_least()) == (Decimal(45), Decimal(37))
    assert default_thresholds(Decimal(4), _at_most()) == (Decimal(5), Decimal(6))
    assert default_thresholds(Decimal(1), _at_most()) == (Decimal("1.3"), Decimal("1.5"))
    assert default_thresholds(Decimal(6), _at_least()) == (Decimal("5.4"), Decimal("4.5"))
    assert default_thresholds(Decimal(0), _at_least()) == (Decimal(0), Decimal(0))


def _at_least() -> Any:
    from slaworkshop.model.enums import KpiDirection

    return KpiDirection.AT_LEAST


def _at_most() -> Any:
    from slaworkshop.model.enums import KpiDirection

    return KpiDirection.AT_MOST


def test_the_sample_owners_and_directions_are_never_cut_at_normal_size(qtbot: Any, env: Env) -> None:
    """1280×800 at 11 pt: "Marketing", "At least" and "At most" show whole (headings may elide),
    and the table does not scroll sideways."""
    from slaworkshop.services.sample import create_sample

    env.editor.open_workshop(create_sample(env.service, "en"))
    env.editor.go_to_step(StepId.KPIS)
    page = env.editor.page(StepId.KPIS)
    assert isinstance(page, KpisPage)
    view = page.table.view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width())
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible())
    metrics = view.fontMetrics()
    names = [c.name for c in page.table.model.columns]
    for name in ("owner", "direction"):
        number = names.index(name)
        texts = {str(page.table.model.index(r, number).data()) for r in range(page.table.model.rowCount())}
        assert {"Marketing", "At least", "At most"} & texts
        for text in texts:
            assert header.sectionSize(number) >= metrics.horizontalAdvance(text) + 8, (name, text)
