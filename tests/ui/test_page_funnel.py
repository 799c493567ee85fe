"""Step 2, Funnel & targets: type the target and the rates into the real page, then check the store
and the numbers the room sees against a funnel computed by hand.

The example: 1,200,000 a year, 50 % from marketing leads, 10,000 a deal → 600,000 from marketing,
60 deals a year (5 a month). Stages Lead → MQL 20 %, MQL → SQL 50 %, SQL → Won 25 %:

    Won 60 / 5, SQL 60 ÷ 25 % = 240 / 20, MQL 240 ÷ 50 % = 480 / 40, Lead 480 ÷ 20 % = 2,400 / 200.

Sales owns SQL, so the capacity check follows up 20 SQLs a month. With 2 reps × 10 hours a week
(10 × 2 × 52 / 12 = 86.67 hours a month) and 30 minutes an attempt: 3 attempts → 30 h = 34.7 %,
6 attempts → 60 h = 69.3 %, 9 attempts → 90 h = 103.9 % (red); the team can handle
⌊86.67 × 60 ÷ (9 × 30)⌋ = 19 leads a month.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from slaworkshop.model.enums import AgreementState
from slaworkshop.services.ops import AddRow, SetField
from slaworkshop.services.progress import StepId, StepStatus
from slaworkshop.services.review import FindingKind, findings
from slaworkshop.services.sample import create_sample
from slaworkshop.ui.i18n import install_language
from slaworkshop.ui.steps.funnel import FunnelPage
from slaworkshop.ui.widgets.funnel_chart import bar_fraction

from .test_editor import Env, env, migrated_db, paste_into  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]

EXAMPLE = [("Lead", "2,400", "200"), ("MQL", "480", "40"), ("SQL", "240", "20"), ("Won", "60", "5")]


def add_stages(env: Env) -> dict[str, str]:
    """What step 3 holds: a Contact stage outside the funnel, then Lead, MQL, SQL and Won."""
    ops = [
        AddRow("stages", {"name": "Contact", "owner": "marketing", "in_funnel": False}),
        AddRow("stages", {"name": "Lead", "owner": "marketing", "rate_source": "own_data"}),
        AddRow("stages", {"name": "MQL", "owner": "marketing", "rate_source": "own_data"}),
        AddRow("stages", {"name": "SQL", "owner": "sales", "rate_source": "own_data"}),
        AddRow("stages", {"name": "Won", "owner": "sales", "rate_source": "own_data"}),
    ]
    env.editor.request(ops)
    return {str(op.values["name"]): op.row_id for op in ops}


def open_page(env: Env) -> FunnelPage:
    env.editor.go_to_step(StepId.FUNNEL)
    page = env.editor.page(StepId.FUNNEL)
    assert isinstance(page, FunnelPage)
    return page


def overtype(qtbot: Any, widget: QLineEdit, text: str) -> None:
    """Select what is there and type over it, key by key, as a user does."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def field(page: FunnelPage, name: str) -> QLineEdit:
    grid = page.inputs if name in page.inputs.editors else page.capacity_inputs
    editor = grid.editor(name)
    return editor if isinstance(editor, QLineEdit) else editor.edit  # type: ignore[no-any-return]


def type_example(qtbot: Any, env: Env, page: FunnelPage) -> None:
    overtype(qtbot, field(page, "revenue_target"), "1200000")
    overtype(qtbot, field(page, "average_deal_size"), "10000")
    overtype(qtbot, field(page, "marketing_share"), "50")
    for row, rate in zip(page.rates.rows, ("20", "50", "25"), strict=True):
        overtype(qtbot, row.rate.edit, rate)


def choose(combo: Any, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def stored_stages(env: Env) -> dict[str, Any]:
    return {r["name"]: r for r in env.other.get(env.workshop_id).rows_of("stages")}


def stored_funnel(env: Env, name: str) -> Any:
    return env.other.get(env.workshop_id).single("funnel")[name]


def test_an_empty_workshop_invites_input_instead_of_listing_problems(qtbot: Any, env: Env) -> None:
    page = open_page(env)
    assert page.invite.isVisibleTo(page)
    assert page.invite.messages[0].startswith("Enter the revenue target")
    assert not page.input_problems.isVisibleTo(page) and not page.rate_problems.isVisibleTo(page)
    assert "step 3" in page.no_stages.messages[0]
    assert page.chart.bars() == () and "once the target" in page.chart.placeholder()
    assert page.capacity_invite.isVisibleTo(page) and not page.capacity_problems.isVisibleTo(page)
    assert page.gauge.verdict() == "Not checked yet"
    assert "not set yet" in page.attempts.text()
    assert env.editor.step_status(StepId.FUNNEL) is StepStatus.EMPTY


def test_typed_target_and_rates_are_stored_and_give_the_hand_computed_funnel(qtbot: Any, env: Env) -> None:
    ids = add_stages(env)
    page = open_page(env)
    assert [row.name.text() for row in page.rates.rows] == ["Lead → MQL", "MQL → SQL", "SQL → Won"]
    type_example(qtbot, env, page)
    assert page.result_rows() == EXAMPLE
    assert [(b.label, b.value_text, b.side_text) for b in page.chart.bars()] == EXAMPLE
    assert not page.invite.isVisibleTo(page) and not page.input_problems.isVisibleTo(page)
    assert page.summary.text() == "Revenue from marketing-sourced leads: €600,000 a year, €50,000 a month."
    assert env.editor.flush()
    stored = env.other.get(env.workshop_id)
    funnel = stored.single("funnel")
    assert (funnel["revenue_target"], funnel["average_deal_size"], funnel["marketing_share"]) == (
        Decimal(1200000),
        Decimal(10000),
        Decimal(50),
    )
    rates = {name: row["conversion_rate"] for name, row in stored_stages(env).items()}
    assert rates == {"Contact": None, "Lead": 20, "MQL": 50, "SQL": 25, "Won": None}
    assert stored.row("stages", ids["Lead"])["rate_source"] == "own_data"  # type: ignore[index]


def test_a_benchmark_rate_flags_every_count_that_rests_on_it(qtbot: Any, env: Env) -> None:
    add_stages(env)
    page = open_page(env)
    type_example(qtbot, env, page)
    assert not page.legend.isVisibleTo(page) and not page.funnel_warnings.isVisibleTo(page)
    choose(page.rates.rows[1].source, "benchmark")  # MQL → SQL is a benchmark
    assert page.rates.rows[1].mark.text() == "◆"
    flagged = [b.label for b in page.chart.bars() if b.benchmark]
    assert flagged == ["Lead", "MQL"]  # both rest on the MQL → SQL rate; SQL and Won do not
    assert page.results.item(0, 1).toolTip().endswith("rests on benchmark rates")
    assert page.results.item(2, 1).toolTip() == "240 = 60 Won ÷ 25%, rounded up"
    assert page.legend.isVisibleTo(page)
    assert "1 of the rates are benchmarks" in page.funnel_warnings.messages[0]
    assert env.editor.flush() and stored_stages(env)["MQL"]["rate_source"] == "benchmark"
    env.editor.undo_action.trigger()
    assert [b.label for b in page.chart.bars() if b.benchmark] == []


def test_a_rate_changed_in_step_3_changes_the_funnel_page(qtbot: Any, env: Env) -> None:
    ids = add_stages(env)
    page = open_page(env)
    type_example(qtbot, env, page)
    env.editor.request([SetField("stages", "conversion_rate", Decimal(10), ids["Lead"])])
    assert page.result_rows()[0] == ("Lead", "4,800", "400")
    assert page.rates.rows[0].rate.edit.text() == "10"
    env.editor.request([SetField("stages", "name", "Prospect", ids["Lead"])])
    assert page.rates.rows[0].name.text() == "Prospect → MQL"
    assert page.result_rows()[0][0] == "Prospect"
    env.editor.request([SetField("stages", "in_funnel", False, ids["MQL"])])  # Lead → SQL directly now
    assert [row.name.text() for row in page.rates.rows] == ["Prospect → SQL", "SQL → Won"]
    assert page.result_rows() == [("Prospect", "2,400", "200"), ("SQL", "240", "20"), ("Won", "60", "5")]


def test_period_start_and_sales_cycle_say_when_leads_must_arrive(qtbot: Any, env: Env) -> None:
    add_stages(env)
    page = open_page(env)
    type_example(qtbot, env, page)
    assert not page.due.isVisibleTo(page)
    overtype(qtbot, field(page, "sales_cycle_days"), "90")
    assert page.due.text() == "Enter when the period starts to see by when its leads must arrive."
    qtbot.keyClicks(page.inputs.editor("period_start").edit, "2027-01-01")
    assert page.due.text() == (
        "Leads for a period starting on 1 January 2027 must arrive by 3 October 2026 (one sales cycle earlier)."
    )
    choose(page.inputs.editor("period"), "quarter")
    assert page.results.horizontalHeaderItem(1).text() == "Per quarter"
    assert page.result_rows()[0] == ("Lead", "2,400", "800")  # 1.2 M a quarter: 400,000 a month
    assert env.editor.flush()
    funnel = env.other.get(env.workshop_id).single("funnel")
    assert (funnel["period_start"], funnel["sales_cycle_days"], funnel["period"]) == (
        date(2027, 1, 1),
        90,
        "quarter",
    )


def test_attempts_from_step_5_drive_the_utilisation_and_over_100_percent_warns(qtbot: Any, env: Env) -> None:
    add_stages(env)
    page = open_page(env)
    type_example(qtbot, env, page)
    overtype(qtbot, field(page, "sales_reps"), "2")
    overtype(qtbot, field(page, "hours_per_rep"), "10")
    overtype(qtbot, field(page, "minutes_per_attempt"), "30")
    assert "step 5" in page.capacity_problems.messages[0]  # attempts are not set yet
    env.editor.request([SetField("handoff", "attempts", 3)])  # as step 5 does
    assert page.attempts.text() == "3 — from step 5"
    assert (page.gauge.text(), page.gauge.level()) == ("34.7%", "green")
    assert not page.capacity_problems.isVisibleTo(page) and not page.over_capacity.isVisibleTo(page)
    env.editor.request([SetField("handoff", "attempts", 6)])
    assert (page.gauge.text(), page.gauge.level()) == ("69.3%", "green")
    env.editor.request([SetField("handoff", "attempts", 9)])
    assert (page.gauge.text(), page.gauge.level()) == ("103.9%", "red")
    assert page.over_capacity.isVisibleTo(page)
    assert (
        "Sales can handle 19 leads a month, the funnel hands over 20 (SQL)" in page.over_capacity.messages[0]
    )
    assert env.editor.step_status(StepId.FUNNEL) is StepStatus.OPEN_POINTS
    overtype(qtbot, field(page, "sales_reps"), "3")  # a third rep: 130 hours, 69.3 %
    assert page.gauge.level() == "green" and not page.over_capacity.isVisibleTo(page)
    assert env.editor.flush()
    funnel = env.other.get(env.workshop_id).single("funnel")
    assert (funnel["sales_reps"], funnel["hours_per_rep"], funnel["minutes_per_attempt"]) == (3, 10, 30)


def test_wrong_rates_show_a_message_in_place_and_are_not_sent(qtbot: Any, env: Env) -> None:
    add_stages(env)
    page = open_page(env)
    type_example(qtbot, env, page)
    rate = page.rates.rows[0].rate
    overtype(qtbot, rate.edit, "abc")
    assert page.rate_problems.messages == ["Lead → MQL: “abc” is not a number."]
    assert page.result_rows() == EXAMPLE  # the stored 20 % still counts
    overtype(qtbot, rate.edit, "0")
    assert "more than 0 %" in page.rate_problems.messages[0]
    rate.edit.selectAll()
    paste_into(rate.edit, "150")
    assert page.rate_problems.messages == ["Lead → MQL: a rate cannot be more than 100 %."]
    assert rate.edit.text() == "150" and "cannot be more than 100 %" in page.pending_messages()
    assert env.editor.flush() and stored_stages(env)["Lead"]["conversion_rate"] == 20
    overtype(qtbot, rate.edit, "40%")
    assert not page.rate_problems.isVisibleTo(page) and page.pending_messages() == ""
    assert page.result_rows()[0] == ("Lead", "1,200", "100")
    assert env.editor.flush() and stored_stages(env)["Lead"]["conversion_rate"] == 40


def test_invalid_inputs_give_messages_in_place_never_an_exception(qtbot: Any, env: Env) -> None:
    add_stages(env)
    page = open_page(env)
    type_example(qtbot, env, page)
    overtype(qtbot, field(page, "average_deal_size"), "0")  # the store takes 0; the maths cannot
    assert page.input_problems.messages == ["Average deal size: must be more than 0."]
    assert page.result_rows() == [("Lead", "–", "–"), ("MQL", "–", "–"), ("SQL", "–", "–"), ("Won", "–", "–")]
    assert "problems above" in page.chart.placeholder()
    assert env.editor.step_status(StepId.FUNNEL) is StepStatus.IN_PROGRESS
    revenue = page.inputs.editor("revenue_target")
    for pasted, message in (("12abc", "is not a number"), ("1e13", "at most"), ("-5", "at least")):
        revenue.edit.selectAll()
        paste_into(revenue.edit, pasted)
        assert revenue.has_error() and message in revenue.message.text()
        assert revenue.edit.text() == pasted
    assert env.editor.flush() and env.other.get(env.workshop_id).single("funnel")["revenue_target"] == 1200000
    field(page, "marketing_share").clear()
    qtbot.keyClicks(field(page, "marketing_share"), "0")
    assert any("Share of revenue" in m for m in page.input_problems.messages)
    overtype(qtbot, field(page, "average_deal_size"), "0.01")  # a huge funnel, still whole numbers
    overtype(qtbot, field(page, "marketing_share"), "100")
    overtype(qtbot, field(page, "revenue_target"), "999999999999")
    rows = page.result_rows()
    assert rows[-1][1] == "99,999,999,999,900" and all("–" not in r[1] for r in rows)
    assert any("more than" in w for w in page.funnel_warnings.messages)  # implausibly many leads


def test_hostile_text_is_shown_literally_and_kept(qtbot: Any, env: Env) -> None:
    ids = add_stages(env)
    page = open_page(env)
    type_example(qtbot, env, page)
    env.editor.request([SetField("stages", "name", "<b>Lead</b>", ids["Lead"])])
    assert page.rates.rows[0].name.text() == "<b>Lead</b> → MQL"
    assert page.rates.rows[0].name.textFormat() == Qt.TextFormat.PlainText
    assert page.result_rows()[0][0] == "<b>Lead</b>" and page.chart.bars()[0].label == "<b>Lead</b>"
    currency = field(page, "currency")
    currency.selectAll()
    paste_into(currency, "<i>x</i>" + "y" * 10_000)
    assert page.summary.textFormat() == Qt.TextFormat.PlainText and "<i>x</i>" in page.summary.text()
    assert len(page.summary.text()) < 200
    assert env.editor.flush()
    assert env.other.get(env.workshop_id).single("funnel")["currency"] == "<i>x</i>" + "y" * 10_000


def test_undo_restores_the_rate_and_the_counts(qtbot: Any, env: Env) -> None:
    add_stages(env)
    page = open_page(env)
    type_example(qtbot, env, page)
    overtype(qtbot, page.rates.rows[0].rate.edit, "40")  # Lead → MQL 40 %: 1,200 leads
    assert page.result_rows()[0] == ("Lead", "1,200", "100")
    env.editor.undo_action.trigger()  # the typing burst is one step
    assert page.rates.rows[0].rate.edit.text() == "20"
    assert page.result_rows() == EXAMPLE
    assert env.editor.flush() and stored_stages(env)["Lead"]["conversion_rate"] == 20
    env.editor.redo_action.trigger()
    assert page.result_rows()[0] == ("Lead", "1,200", "100")


def test_both_sections_are_agreed_on_the_page(qtbot: Any, env: Env) -> None:
    add_stages(env)
    page = open_page(env)
    choose(page.funnel_agreement.state, AgreementState.AGREED.value)
    qtbot.keyClicks(page.capacity_agreement.note, "Sales checks the hours with HR")
    choose(page.capacity_agreement.state, AgreementState.DISPUTED.value)
    assert env.editor.flush()
    stored = env.other.get(env.workshop_id)
    assert stored.clause("funnel").state is AgreementState.AGREED
    assert stored.clause("funnel.capacity").state is AgreementState.DISPUTED
    assert stored.clause("funnel.capacity").note == "Sales checks the hours with HR"


def test_review_findings_jump_to_the_field_or_rate(qtbot: Any, env: Env) -> None:
    ids = add_stages(env)
    page = open_page(env)
    type_example(qtbot, env, page)
    env.editor.request([SetField("stages", "rate_source", "benchmark", ids["MQL"])])
    env.editor.request([SetField("funnel", "average_deal_size", Decimal(0))])
    env.editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is env.editor)
    found = findings(env.editor.snapshot(), StepId.FUNNEL)  # type: ignore[arg-type]
    deal = next(f for f in found if f.kind is FindingKind.PROBLEM and f.field == "average_deal_size")
    assert env.editor.show_place(deal)
    assert page.inputs.editor("average_deal_size").edit.hasFocus()
    benchmark = next(f for f in found if f.field == "rate_source")
    assert env.editor.show_place(benchmark)
    assert page.rates.rows[1].source.hasFocus()
    capacity = next(f for f in found if f.field == "sales_reps")
    assert env.editor.show_place(capacity)
    assert page.capacity_inputs.editor("sales_reps").edit.hasFocus()
    assert page.show_target("", clause="funnel.capacity")
    assert page.capacity_agreement.state.hasFocus()


def test_zoomed_for_the_room_the_page_stacks_instead_of_scrolling_sideways(qtbot: Any, env: Env) -> None:
    add_stages(env)
    page = open_page(env)
    assert not page._narrow
    env.editor.set_zoom(160)
    qtbot.waitUntil(lambda: page._narrow)
    viewport = page.parentWidget()
    assert viewport is not None
    qtbot.waitUntil(lambda: page.width() <= viewport.width())
    env.editor.set_zoom(100)
    qtbot.waitUntil(lambda: not page._narrow)


def test_bars_narrow_with_the_count() -> None:
    counts = [2400, 480, 240, 60, 1, 0]
    widths = [bar_fraction(c, 2400) for c in counts]
    assert widths == sorted(widths, reverse=True) and widths[0] == 1.0 and widths[-1] == 0.0
    assert bar_fraction(5, 0) == 0.0


# --------------------------------------------------------------------------- on a projector
@pytest.mark.parametrize(("language", "zoom"), [("en", 100), ("en", 150), ("de", 100), ("de", 150)])
def test_the_sample_funnel_reads_whole_on_a_projector(
    qtbot: Any, env: Env, language_afterwards: None, language: str, zoom: int
) -> None:
    """1280×800 at the app's 11 pt, English and German, normal and zoomed for the room: the counts
    per stage and the date the period starts are never cut, the page never scrolls sideways."""
    assert install_language(language) == language
    env.editor.open_workshop(create_sample(env.service, language))
    env.editor.set_zoom(zoom)
    page = open_page(env)
    viewport = page.parentWidget()
    assert viewport is not None
    qtbot.waitUntil(lambda: page.width() <= viewport.width())
    table = page.results
    header = table.horizontalHeader()
    assert table.rowCount() == 6
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    for column in range(3):  # every stage name and every count whole
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), (
            column,
            header.sectionSize(column),
        )
    assert table.viewport().width() >= sum(table.sizeHintForColumn(c) for c in range(3))
    start = page.inputs.editor("period_start").edit
    assert start.text() == "2027-01-01"
    assert start.width() >= start.fontMetrics().horizontalAdvance(start.text()) + start.fontMetrics().height()


def test_amounts_show_thousands_separators_except_while_typed(qtbot: Any, env: Env) -> None:
    add_stages(env)
    page = open_page(env)
    revenue = field(page, "revenue_target")
    overtype(qtbot, revenue, "2400000")
    field(page, "average_deal_size").setFocus()  # the user moves on
    qtbot.waitUntil(lambda: revenue.text() == "2,400,000")
    assert env.editor.flush()
    assert stored_funnel(env, "revenue_target") == Decimal("2400000")
    revenue.setFocus()  # back to edit: the digits alone, so the cursor moves over what was typed
    qtbot.waitUntil(lambda: revenue.text() == "2400000")
    overtype(qtbot, revenue, "1,500,000.50")  # typed with separators: read as the same number
    field(page, "currency").setFocus()
    assert env.editor.flush()
    assert stored_funnel(env, "revenue_target") == Decimal("1500000.50")
    assert revenue.text() == "1,500,000.5"
    revenue.setFocus()
    revenue.selectAll()
    paste_into(revenue, "1,5,00")  # not a grouped number: refused in place, nothing stored
    assert "not a number" in page.pending_messages()
    assert env.editor.flush()
    assert stored_funnel(env, "revenue_target") == Decimal("1500000.50")


def test_german_amounts_group_with_points_and_read_back(
    qtbot: Any, env: Env, language_afterwards: None
) -> None:
    assert install_language("de") == "de"
    env.editor.open_workshop(create_sample(env.service, "de"))
    page = open_page(env)
    deal = field(page, "average_deal_size")
    assert deal.text() == "24.000"
    overtype(qtbot, deal, "25.000")
    field(page, "currency").setFocus()
    assert env.editor.flush()
    wid = env.editor.current_workshop_id()
    assert wid is not None
    assert env.other.get(wid).single("funnel")["average_deal_size"] == Decimal("25000")
    assert deal.text() == "25.000"
