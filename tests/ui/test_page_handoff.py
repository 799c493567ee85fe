"""Step 5, Handoff & follow-up: type into the real fields, read the store, and check the day-by-day plan.

The plan of the main test is computed by hand: a lead handed over on Friday 5 March 2027 at 16:30,
first contact within 4 hours, accept or reject within 24 hours, 3 attempts every 2 business days on
"phone, e-mail". The clock starts at once (16:30 is within business hours) and only runs on business
days, so the first contact is due Friday 20:30 (attempt 1, phone, that Friday), the SAL deadline is
Monday 8 March 16:30 (Friday 7.5 h + Monday 16.5 h), attempt 2 (e-mail) is two business days after
Friday: Tuesday 9 March; attempt 3 (phone) Thursday 11 March; the lead goes back to Marketing two
business days later, Monday 15 March. Business days: Fri 5 = 1, Mon 8 = 2, Tue 9 = 3, Thu 11 = 5,
Mon 15 = 7; the weekends 6–7 and 13–14 March are skipped.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QLineEdit

from slaworkshop.model.enums import AgreementState
from slaworkshop.services.ops import AddRow, SetClause, SetField
from slaworkshop.services.progress import StepId, StepStatus
from slaworkshop.services.review import FindingKind, findings
from slaworkshop.services.sample import create_sample
from slaworkshop.ui.steps.handoff import MAX_NAMED, HandoffPage

from .test_editor import Env, env, migrated_db, paste_into, retype  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]


def page_of(env: Env) -> HandoffPage:
    env.editor.go_to_step(StepId.HANDOFF)
    page = env.editor.page(StepId.HANDOFF)
    assert isinstance(page, HandoffPage)
    return page


def line(page: HandoffPage, name: str) -> QLineEdit:
    editor = page.editors[name]
    found = editor.edit if hasattr(editor, "edit") else editor
    assert isinstance(found, QLineEdit)
    return found


def type_into(qtbot: Any, page: HandoffPage, name: str, text: str) -> None:
    retype(qtbot, line(page, name), text)


def paste_over(page: HandoffPage, name: str, text: str) -> None:
    """Select the field's text and paste over it: one edit, no empty value or prefix in between."""
    edit = line(page, name)
    edit.setFocus()
    edit.selectAll()
    paste_into(edit, text)


def rules(env: Env) -> Any:
    env.editor.flush()
    return env.other.get(env.workshop_id).single("handoff")


def day(year: int, month: int, number: int) -> str:
    return QLocale().toString(QDate(year, month, number), "ddd d MMM yyyy")


def weekend(first: int, last: int, month: int) -> str:
    """How the page names a weekend inside one month ("Sat 6 – Sun 7 Mar")."""
    start = QLocale().toString(QDate(2027, month, first), "ddd d")
    end = QLocale().toString(QDate(2027, month, last), "ddd d MMM")
    return f"{start} – {end}"


def set_handoff(page: HandoffPage, when: datetime) -> None:
    """What the facilitator does in the date-time field (its calendar or the keyboard)."""
    page.handoff_edit.setDateTime(
        QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    )


def fill_follow_up(qtbot: Any, page: HandoffPage) -> None:
    type_into(qtbot, page, "first_contact_within", "4")
    type_into(qtbot, page, "accept_within", "24")
    type_into(qtbot, page, "attempts", "3")
    type_into(qtbot, page, "interval_days", "2")
    type_into(qtbot, page, "channels", "phone, e-mail")


def what_happens(page: HandoffPage) -> list[str]:
    return [row[3] for row in page.plan_texts()]


def test_follow_up_is_stored_and_planned_day_by_day_over_a_weekend(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    assert page.plan_texts() == []
    fill_follow_up(qtbot, page)
    # The "Try Friday 16:30" button moves a Wednesday-morning example to that week's Friday afternoon.
    set_handoff(page, datetime(2027, 3, 3, 10, 0))
    qtbot.mouseClick(page.friday_button, Qt.MouseButton.LeftButton)
    assert page.handoff_at() == datetime(2027, 3, 5, 16, 30)

    stored = rules(env)
    assert stored["first_contact_within"] == Decimal(4) and stored["first_contact_unit"] == "hours"
    assert stored["accept_within"] == Decimal(24) and stored["accept_unit"] == "hours"
    assert (stored["attempts"], stored["interval_days"], stored["channels"]) == (3, 2, "phone, e-mail")

    assert page.plan_texts() == [
        ("1", day(2027, 3, 5), "16:30", "Handoff: the clock starts"),
        ("", "", "20:30", "First contact due (within 4 hours)"),
        ("", "", "", "Attempt 1 of 3: phone"),
        ("", weekend(6, 7, 3), "", "Weekend: not counted"),
        ("2", day(2027, 3, 8), "16:30", "Accept or reject due (SAL, within 24 hours)"),
        ("3", day(2027, 3, 9), "", "Attempt 2 of 3: e-mail"),
        ("5", day(2027, 3, 11), "", "Attempt 3 of 3: phone"),
        ("", weekend(13, 14, 3), "", "Weekend: not counted"),
        ("7", day(2027, 3, 15), "", "No contact made: the lead goes back to Marketing"),
    ]
    # The table on screen says the same.
    items = [[page.plan.item(r, c) for c in range(4)] for r in range(page.plan.rowCount())]
    shown = [tuple(i.text() if i is not None else "" for i in row) for row in items]
    assert shown == page.plan_texts()
    assert "business day 7" in page.summary.text()
    # The chips show which channel each attempt uses; nothing to warn about.
    assert "1</b>&nbsp;phone" in page.chips.text() and "3</b>&nbsp;phone" in page.chips.text()
    assert page.notices()["channels"] == [] and page.notices()["cadence_problems"] == []
    # The example handoff is the page's own: nothing about it is stored.
    assert "handoff_at" not in stored
    # A 1-business-day SAL window: Friday 16:30 + 24 business-clock hours is Monday 16:30 too.
    type_into(qtbot, page, "accept_within", "1")
    unit = page.editors["accept_unit"]
    unit.setCurrentIndex(unit.findData("business_days"))
    unit.activated.emit(unit.currentIndex())
    assert (
        "2",
        day(2027, 3, 8),
        "16:30",
        "Accept or reject due (SAL, within 1 business day)",
    ) in page.plan_texts()
    assert rules(env)["accept_unit"] == "business_days"


def test_a_handoff_on_saturday_waits_for_monday_morning(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    fill_follow_up(qtbot, page)
    set_handoff(page, datetime(2027, 3, 6, 11, 0))
    rows = page.plan_texts()
    assert rows[0] == ("", day(2027, 3, 6), "11:00", "Handoff outside business hours: the clock waits")
    assert rows[1] == ("", QLocale().toString(QDate(2027, 3, 7), "ddd d MMM"), "", "Weekend: not counted")
    assert rows[2] == ("1", day(2027, 3, 8), "09:00", "Business hours begin: the clock starts")
    assert rows[3] == ("", "", "13:00", "First contact due (within 4 hours)")
    page.reset_button.click()  # back to the example of the workshop (its first working day, 10:00)
    assert page.handoff_at().time().hour == 10 and page.handoff_at().weekday() < 5


def test_undo_restores_the_attempts_and_the_plan(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    fill_follow_up(qtbot, page)
    type_into(qtbot, page, "attempts", "5")
    assert "Attempt 5 of 5: phone" in what_happens(page)
    assert rules(env)["attempts"] == 5
    env.editor.undo_action.trigger()
    assert line(page, "attempts").text() == "3"
    assert "Attempt 3 of 3: phone" in what_happens(page)
    assert not any("of 5" in w for w in what_happens(page))
    assert rules(env)["attempts"] == 3


def test_reverse_handoff_before_the_last_attempt_warns_and_the_plan_stops_there(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    fill_follow_up(qtbot, page)
    set_handoff(page, datetime(2027, 3, 5, 16, 30))
    type_into(qtbot, page, "return_after_attempts", "2")
    warnings = page.notices()["reverse"]
    assert len(warnings) == 1 and "after 2 failed attempts" in warnings[0]
    assert page.reverse_warnings.isVisible()
    plan = what_happens(page)
    assert "Attempt 2 of 3: e-mail" in plan and not any(w.startswith("Attempt 3") for w in plan)
    # Back to Marketing two business days after attempt 2 (Tuesday 9 March): Thursday 11 March.
    assert page.plan_texts()[-1] == (
        "5",
        day(2027, 3, 11),
        "",
        "No contact made: the lead goes back to Marketing",
    )
    assert env.editor.step_status(StepId.HANDOFF) is StepStatus.OPEN_POINTS
    # Agreeing with the attempts again clears the warning.
    type_into(qtbot, page, "return_after_attempts", "3")
    assert page.notices()["reverse"] == []
    assert rules(env)["return_after_attempts"] == 3


def test_hostile_numbers_keep_a_message_in_place_and_lose_nothing(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    fill_follow_up(qtbot, page)
    attempts = page.editors["attempts"]
    for typed, expected in (
        ("0", "at least 1"),
        ("9999", "at most 50"),
        ("x", "not a number"),
        ("2.5", "whole"),
    ):
        paste_over(page, "attempts", typed)
        assert attempts.has_error() and expected in attempts.message.text()
        assert line(page, "attempts").text() == typed  # what was typed stays to be corrected
        assert expected in page.pending_messages()
        assert rules(env)["attempts"] == 3  # the store keeps the last valid value …
        assert "Attempt 3 of 3: phone" in what_happens(page)  # … and the plan follows it
    for typed in ("0", "x"):  # typed over the selection with the keyboard: one keystroke, one edit
        edit = line(page, "attempts")
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, typed)
        assert attempts.has_error() and rules(env)["attempts"] == 3
    for name, typed in (
        ("first_contact_within", "-4"),
        ("first_contact_within", "1e9"),
        ("interval_days", "61"),
    ):
        type_into(qtbot, page, name, typed)
        assert page.editors[name].has_error()
    type_into(qtbot, page, "first_contact_within", "4")
    type_into(qtbot, page, "interval_days", "2")
    type_into(qtbot, page, "attempts", "4")
    assert page.pending_messages() == ""
    assert rules(env)["attempts"] == 4


def test_channels_nothing_is_dropped_without_a_word(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    fill_follow_up(qtbot, page)
    # More channels than attempts: the last ones would never be used.
    type_into(qtbot, page, "channels", "phone, e-mail, video, letter")
    notice = page.notices()["channels"]
    assert len(notice) == 1 and "“letter”" in notice[0] and "never used" in notice[0]
    assert "<s>letter</s>" in page.chips.text()
    # An empty entry and a semicolon are pointed out.
    type_into(qtbot, page, "channels", "phone,, e-mail; video")
    notice = page.notices()["channels"]
    assert any("empty entry" in n for n in notice)
    assert any("“e-mail; video” is read as one channel" in n for n in notice)
    # A trailing comma while typing the next channel is no reason to complain.
    type_into(qtbot, page, "channels", "phone, ")
    assert page.notices()["channels"] == []
    # Markup is a channel's name, shown literally.
    type_into(qtbot, page, "channels", "<b>x</b>, phone")
    assert "&lt;b&gt;x&lt;/b&gt;" in page.chips.text()
    assert "Attempt 1 of 3: <b>x</b>" in what_happens(page)
    assert rules(env)["channels"] == "<b>x</b>, phone"


def test_ten_thousand_characters_of_channels_are_stored_and_summarised(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    fill_follow_up(qtbot, page)
    names = [f"channel {i}" for i in range(1000)]
    text = ", ".join(names)
    assert len(text) > 10_000
    channels = line(page, "channels")
    channels.setFocus()
    channels.selectAll()
    paste_into(channels, text)
    assert rules(env)["channels"] == text
    notice = page.notices()["channels"]
    assert len(notice) == 1 and f"and {QLocale().toString(997 - MAX_NAMED)} more" in notice[0]
    assert len(notice[0]) < 400
    assert page.chips.text().count("<s>") == MAX_NAMED
    assert [w for w in what_happens(page) if w.startswith("Attempt")] == [
        "Attempt 1 of 3: channel 0",
        "Attempt 2 of 3: channel 1",
        "Attempt 3 of 3: channel 2",
    ]


def test_nurture_track_is_offered_from_step_6_and_stored(qtbot: Any, env: Env) -> None:
    env.editor.request(
        [AddRow("nurture_tracks", {"name": "Awareness"}), AddRow("nurture_tracks", {"name": "Re-engagement"})]
    )
    page = page_of(env)
    combo = page.track
    assert [combo.itemText(i) for i in range(combo.count())] == ["Awareness", "Re-engagement"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert rules(env)["return_track"] == "Re-engagement"
    assert page.notices()["reverse"] == []
    # A name of its own may be typed, but the page says it is not a track of step 6.
    retype(qtbot, combo.edit, "Later")
    assert rules(env)["return_track"] == "Later"
    assert any("“Later” is not a nurture track of step 6" in w for w in page.notices()["reverse"])
    # The plan says where the lead goes.
    fill_follow_up(qtbot, page)
    assert what_happens(page)[-1] == "No contact made: the lead goes back to Marketing, into “Later”"


def test_triggers_and_fields_tables_and_the_section_agreements(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    page.triggers.view.setFocus()
    page.triggers.add_action.trigger()
    qtbot.keyClick(page.triggers.view.focusWidget(), Qt.Key.Key_Escape)  # leave the kind as it is
    # A new trigger starts as a conversion; type what it is.
    page.triggers.view.setCurrentIndex(page.triggers.model.index(0, 1))
    page.triggers.view.edit(page.triggers.model.index(0, 1))
    editor = next(w for w in page.triggers.view.viewport().findChildren(QLineEdit) if w.isVisible())
    qtbot.keyClicks(editor, "Demo request")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    env.editor.flush()
    stored = env.other.get(env.workshop_id).rows_of("handoff_triggers")
    assert [(r["kind"], r["description"]) for r in stored] == [("conversion", "Demo request")]
    page.fields.add_action.trigger()
    env.editor.flush()
    assert env.other.get(env.workshop_id).rows_of("handoff_fields")[0]["required"] is True
    followup = page.agreements["handoff.followup"]
    followup.state.setCurrentIndex(followup.state.findData(AgreementState.DISPUTED.value))
    followup.state.activated.emit(followup.state.currentIndex())
    env.editor.flush()
    assert env.other.get(env.workshop_id).clause("handoff.followup").state is AgreementState.DISPUTED


def test_an_empty_workshop_invites_instead_of_complaining(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    notices = page.notices()
    assert notices["cadence_problems"] == [] and notices["channels"] == [] and notices["reverse"] == []
    assert len(notices["cadence_notes"]) == 1 and "appears here" in notices["cadence_notes"][0]
    assert not page.plan.isVisible() and not page.capacity.isVisible()
    assert env.editor.step_status(StepId.HANDOFF) is StepStatus.EMPTY
    # Half-way: the missing values are named, as a note, not an error.
    type_into(qtbot, page, "attempts", "3")
    assert page.notices()["cadence_problems"] == []
    note = page.notices()["cadence_notes"][0]
    assert "First contact within" in note and "Channels" in note
    assert env.editor.step_status(StepId.HANDOFF) is StepStatus.IN_PROGRESS


def test_capacity_of_step_2_follows_the_attempts(qtbot: Any, env: Env) -> None:
    wid = create_sample(env.service, "en")
    env.editor.open_workshop(wid)
    env.workshop_id = wid
    page = page_of(env)
    assert page.capacity.isVisible()
    before = page.capacity.text()
    assert before.startswith("Capacity on step 2: ") and "more than" not in before
    percent = Decimal(before.split(": ")[1].split(" %")[0].replace(",", ""))
    type_into(qtbot, page, "attempts", "12")  # the sample has 6: twice the work
    after = page.capacity.text()
    doubled = Decimal(after.split(": ")[1].split(" %")[0].replace(",", ""))
    assert abs(doubled - 2 * percent) <= Decimal("0.2")
    assert doubled > 100 and "more than Sales can work" in after


def test_review_findings_jump_to_the_field_and_the_section(qtbot: Any, env: Env) -> None:
    page = page_of(env)
    type_into(qtbot, page, "attempts", "3")
    env.editor.request([SetClause("handoff.reverse", state=AgreementState.DISPUTED)])
    snapshot = env.editor.snapshot()
    assert snapshot is not None
    found = findings(snapshot, StepId.HANDOFF)
    missing = next(f for f in found if f.kind is FindingKind.MISSING and f.field == "first_contact_within")
    env.editor.go_to_step(StepId.WORKSHOP)
    assert env.editor.show_place(missing)
    qtbot.waitUntil(lambda: line(page, "first_contact_within").hasFocus())
    clause = next(f for f in found if f.clause == "handoff.reverse")
    assert env.editor.show_place(clause)
    qtbot.waitUntil(lambda: page.agreements["handoff.reverse"].state.hasFocus())
    assert page.show_target("handoff", None, "interval_business_days")  # the cadence's own name
    assert not page.show_target("kpis", None, "name")


def test_the_plan_follows_edits_from_elsewhere(qtbot: Any, env: Env) -> None:
    """Another page or an undo changes the rules: the plan is redrawn without touching the typing."""
    page = page_of(env)
    fill_follow_up(qtbot, page)
    env.editor.request([SetField("handoff", "interval_days", 0)])
    days = {row[0] for row in page.plan_texts() if row[3].startswith("Attempt")}
    assert days == {""}  # all three attempts on the first day, under its heading
    assert line(page, "interval_days").text() == "0"


def test_zoomed_for_the_room_the_page_still_fits_the_width(qtbot: Any, env: Env) -> None:
    from PySide6.QtWidgets import QScrollArea

    wid = create_sample(env.service, "en")
    env.editor.open_workshop(wid)
    page = page_of(env)
    base = page.plan.font().pointSizeF()
    env.editor.set_zoom(150)
    qtbot.waitUntil(lambda: abs(page.plan.font().pointSizeF() - base * 1.5) < 0.01)
    for widget in (line(page, "attempts"), page.capacity, page.chips, page.track, page.summary):
        assert abs(widget.font().pointSizeF() - base * 1.5) < 0.01, widget.objectName()
    scroll = page.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.horizontalScrollBar().maximum() == 0)
    # The cadence's rows grew with the text: every row is at least one zoomed line high.
    line_height = page.plan.fontMetrics().height()
    qtbot.waitUntil(lambda: all(page.plan.rowHeight(r) > line_height for r in range(page.plan.rowCount())))
