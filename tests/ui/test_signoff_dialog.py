"""The sign-off dialog as signatories use it: type the name as listed, keep or pick the date, draw a
signature if they like, sign. Wrong input is explained in place and nothing typed or drawn is lost;
what the store refuses is shown in the dialog, which stays open. Every test reads the result back
through a second service on the same database."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from slaworkshop.services.ops import SetField
from slaworkshop.services.progress import StepId
from slaworkshop.ui.signoff_dialog import (
    SignOffDialog,
    approval_date_problem,
    grouped_fingerprint,
    typed_name_problem,
)
from slaworkshop.ui.steps.review import ReviewPage
from slaworkshop.ui.steps.workshop import WorkshopPage

from .test_editor import Env, env, migrated_db  # noqa: F401 - the fixtures are shared
from .test_page_review import ready_workshop, signoff_of
from .test_signature_pad import draw

__all__ = ["env", "migrated_db"]


def open_dialog(qtbot: Any, env: Env) -> tuple[str, SignOffDialog]:
    ready, page = ready_workshop(env)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    dialog = page.sign_dialog
    assert dialog is not None and dialog.isVisible()
    assert [a.name for a in dialog.approvals] == ["Ann Smith", "Piet de Vries"]
    return ready.workshop_id, dialog


def click_sign(qtbot: Any, dialog: SignOffDialog) -> None:
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Type “Piet de Vries” here to approve."),
        ("   ", "Type “Piet de Vries” here to approve."),
        ("Pete", "“Pete” does not match the signatory “Piet de Vries”."),
        ("Ann Smith", "“Ann Smith” does not match the signatory “Piet de Vries”."),
        ("Piet de Vries " * 20, "characters long; at most 200."),
        ("Piet\x07 de Vries", "invisible control character (U+0007)"),
        ("Piet de\x00Vries", "invisible control character (U+0000)"),
        ("<b>Piet</b> & <img src=x>", "“<b>Piet</b> & <img src=x>” does not match"),
    ],
)
def test_a_typed_name_that_does_not_approve_is_explained_and_kept(
    qtbot: Any, env: Env, typed: str, message: str
) -> None:
    workshop_id, dialog = open_dialog(qtbot, env)
    ann, piet = dialog.approvals
    qtbot.keyClicks(ann.typed, "Ann Smith")
    draw(qtbot, ann.pad, [(20, 80), (60, 40), (100, 90), (160, 30), (220, 85)])
    piet.typed.insert(typed)  # as pasted: control characters arrive too
    click_sign(qtbot, dialog)
    assert dialog.isVisible()
    assert message in piet.name_message.text() and piet.name_message.isVisibleTo(dialog)
    assert "Nothing was signed" in dialog.message.text()
    assert dialog.focusWidget() is piet.typed  # the first field to correct
    qtbot.waitUntil(lambda: not piet.name_message.visibleRegion().isEmpty())  # scrolled into view
    # Nothing lost: both names as typed, Ann's drawing, the dates.
    assert piet.typed.text() == typed and ann.typed.text() == "Ann Smith"
    assert not ann.pad.is_empty() and ann.name_message.isHidden()
    assert signoff_of(env).versions(workshop_id) == []
    # Corrected (letter case and spacing do not matter), it signs; the drawing is stored.
    piet.typed.selectAll()
    qtbot.keyClicks(piet.typed, "piet  de vries")
    assert piet.name_message.isHidden()  # the message goes as soon as the name is retyped
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click_sign(qtbot, dialog)
    version = signoff_of(env).version(workshop_id, 1)
    assert version.fingerprint == dialog.fingerprint  # what the dialog showed is what was recorded
    assert [a.typed_name for a in version.approvals] == ["Ann Smith", "piet de vries"]
    assert version.approvals[0].has_signature and version.approvals[0].signature_png is not None
    assert version.approvals[0].signature_png.startswith(b"\x89PNG")
    assert not version.approvals[1].has_signature


def test_future_and_ancient_dates_are_refused_with_the_reason(qtbot: Any, env: Env) -> None:
    workshop_id, dialog = open_dialog(qtbot, env)
    ann, piet = dialog.approvals
    today = date.today()
    assert ann.approved_on() == today and piet.approved_on() == today  # the default
    qtbot.keyClicks(ann.typed, "Ann Smith")
    qtbot.keyClicks(piet.typed, "Piet de Vries")
    future = today + timedelta(days=30)
    ann.date.setDate(QDate(future.year, future.month, future.day))
    piet.date.setDate(QDate(1970, 1, 1))
    click_sign(qtbot, dialog)
    assert dialog.isVisible()
    assert f"{future.isoformat()} lies in the future" in ann.date_message.text()
    assert "1970-01-01 is not a plausible approval date" in piet.date_message.text()
    assert ann.approved_on() == future and piet.approved_on() == date(1970, 1, 1)
    assert ann.typed.text() == "Ann Smith" and piet.typed.text() == "Piet de Vries"
    assert signoff_of(env).versions(workshop_id) == []
    yesterday = today - timedelta(days=1)
    ann.date.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    piet.date.setDate(QDate(today.year, today.month, today.day))
    assert ann.date_message.isHidden() and piet.date_message.isHidden()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click_sign(qtbot, dialog)
    [version] = signoff_of(env).versions(workshop_id)
    assert [a.approved_on for a in version.approvals] == [yesterday, today]


def test_what_the_store_refuses_is_shown_and_the_dialog_stays_open(qtbot: Any, env: Env) -> None:
    workshop_id, dialog = open_dialog(qtbot, env)
    ann, piet = dialog.approvals
    qtbot.keyClicks(ann.typed, "Ann Smith")
    qtbot.keyClicks(piet.typed, "Piet de Vries")
    # Meanwhile a KPI is disputed again (the dialog was opened before): the service refuses.
    snapshot = env.editor.snapshot()
    assert snapshot is not None
    kpi = snapshot.rows_of("kpis")[0]
    env.editor.request([SetField("kpis", "agreement", "disputed", kpi["id"])])
    click_sign(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Nothing was signed:")
    assert kpi["name"] in dialog.message.text()
    assert ann.typed.text() == "Ann Smith" and piet.typed.text() == "Piet de Vries"
    assert signoff_of(env).versions(workshop_id) == []
    # Settled again, the same dialog signs what the editor shows.
    env.editor.request([SetField("kpis", "agreement", "agreed", kpi["id"])])
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click_sign(qtbot, dialog)
    [version] = signoff_of(env).versions(workshop_id)
    assert version.fingerprint == signoff_of(env).state(workshop_id).fingerprint


def test_another_window_saving_meanwhile_is_a_conflict_not_a_signature(qtbot: Any, env: Env) -> None:
    workshop_id, dialog = open_dialog(qtbot, env)
    ann, piet = dialog.approvals
    qtbot.keyClicks(ann.typed, "Ann Smith")
    qtbot.keyClicks(piet.typed, "Piet de Vries")
    env.other.apply(workshop_id, None, [SetField("workshop", "venue", "Changed elsewhere")])
    click_sign(qtbot, dialog)
    assert dialog.isVisible() and dialog.message.text().startswith("Nothing was signed:")
    assert ann.typed.text() == "Ann Smith" and piet.typed.text() == "Piet de Vries"
    assert signoff_of(env).versions(workshop_id) == []


def test_the_dialog_shows_what_is_signed(qtbot: Any, env: Env) -> None:
    _workshop_id, dialog = open_dialog(qtbot, env)
    assert dialog.windowTitle() == "Sign off version 1"
    assert dialog.sign_button.text() == "Sign version 1"
    assert "“BUDGET” is parked" in dialog.parked_label.text()
    shown = dialog.fingerprint_label.text()
    assert len(shown.replace(" ", "").replace("\n", "")) == 64 and shown.count("\n") == 1
    qtbot.mouseClick(dialog.approvals[1].clear_button, Qt.MouseButton.LeftButton)  # disabled: nothing drawn
    assert not dialog.approvals[1].clear_button.isEnabled()
    draw(qtbot, dialog.approvals[1].pad, [(20, 80), (80, 30), (140, 90)])
    assert dialog.approvals[1].clear_button.isEnabled()
    qtbot.mouseClick(dialog.approvals[1].clear_button, Qt.MouseButton.LeftButton)
    assert dialog.approvals[1].pad.is_empty()
    dialog.reject()
    assert not dialog.isVisible()


def test_checks_of_typed_names_dates_and_the_fingerprint_layout() -> None:
    assert typed_name_problem("Ann Smith", "Ann Smith") == ""
    assert typed_name_problem("  ann   SMITH ", "Ann Smith") == ""
    assert typed_name_problem("Ａnn Smith", "Ann Smith") != ""  # look-alike letters do not match
    assert typed_name_problem("Zoë Ødegård", "Zoë Ødegård") == ""
    assert typed_name_problem("Zoe\u0308 Ødegård", "Zoë Ødegård") == ""  # composed or not
    assert "U+001B" in typed_name_problem("Ann\x1b[31m Smith", "Ann Smith")
    assert "at most 200" in typed_name_problem("A" * 201, "A" * 201)
    assert typed_name_problem("", "x" * 5000).endswith("…” here to approve.")
    today = date(2027, 3, 3)
    assert approval_date_problem(today, today) == ""
    assert approval_date_problem(date(2000, 1, 1), today) == ""
    assert "future" in approval_date_problem(date(2027, 3, 4), today)
    assert "not a plausible" in approval_date_problem(date(1999, 12, 31), today)
    assert grouped_fingerprint("0123456789abcdef" * 4) == (
        "01234567 89abcdef 01234567 89abcdef\n01234567 89abcdef 01234567 89abcdef"
    )


def test_a_value_not_saved_elsewhere_stops_the_signature_until_corrected(qtbot: Any, env: Env) -> None:
    workshop_id, dialog = open_dialog(qtbot, env)
    dialog.reject()
    env.editor.go_to_step(StepId.WORKSHOP)
    step0 = env.editor.page(StepId.WORKSHOP)
    assert isinstance(step0, WorkshopPage)
    model = step0.participants.model
    email = [c.name for c in model.columns].index("email")
    model.setData(model.index(0, email), "anna(at)example")  # refused in place, not saved
    env.editor.go_to_step(StepId.SIGN_OFF)
    page = env.editor.page(StepId.SIGN_OFF)
    assert isinstance(page, ReviewPage)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    dialog = page.sign_dialog
    assert dialog is not None
    for approval in dialog.approvals:
        qtbot.keyClicks(approval.typed, approval.name)
    click_sign(qtbot, dialog)
    assert dialog.isVisible() and "not valid and were not saved" in dialog.message.text()
    assert "anna(at)example" in dialog.message.text() or "e-mail" in dialog.message.text()
    assert signoff_of(env).versions(workshop_id) == []
    model.setData(model.index(0, email), "")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click_sign(qtbot, dialog)
    assert [v.number for v in signoff_of(env).versions(workshop_id)] == [1]
