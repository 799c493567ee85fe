"""Shared widgets give way on a narrow page (the editor zoomed for the room, German labels) instead
of pushing a horizontal scroll bar: table buttons move to a second row, an agreement's note (and,
narrower still, its caption) move onto their own lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from slaworkshop.model.fields import PARTICIPANTS
from slaworkshop.ui.widgets.agreement import AgreementControl
from slaworkshop.ui.widgets.table import RowTableEditor


def host(qtbot: Any, child_factory: Any, width: int) -> tuple[QWidget, Any]:
    page = QWidget()
    qtbot.addWidget(page)
    child = child_factory(page)
    QVBoxLayout(page).addWidget(child)
    page.resize(width, 400)
    page.show()
    qtbot.waitExposed(page)
    return page, child


def same_line(a: QWidget, b: QWidget) -> bool:
    return abs(a.geometry().center().y() - b.geometry().center().y()) < min(a.height(), b.height()) // 2


def below(a: QWidget, b: QWidget) -> bool:
    """``a`` starts under ``b``."""
    return a.y() >= b.geometry().bottom()


def test_table_buttons_wrap_to_a_second_row_when_the_page_is_narrow(qtbot: Any) -> None:
    page, table = host(qtbot, lambda p: RowTableEditor(PARTICIPANTS, p), 1000)
    buttons = [table.buttons[n] for n in ("add", "remove", "up", "down")]
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)  # one row while there is room
    total = sum(b.sizeHint().width() for b in buttons)
    page.resize(total // 2 + 40, 400)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 2)
    assert all(b.geometry().right() <= table.width() for b in buttons)  # nothing cut off
    assert table.minimumSizeHint().width() < total  # the buttons do not force the page wider
    assert all(b.text() for b in buttons)


def test_agreement_note_moves_below_and_then_the_caption_above_when_narrow(qtbot: Any) -> None:
    page, control = host(qtbot, lambda p: AgreementControl(p), 1000)
    control.caption.setText("Agreement on the handoff between Marketing and Sales:")
    control.set_value("agreed", "Sales wants a review after the pilot")
    qtbot.waitUntil(lambda: not control.is_stacked())
    assert same_line(control.note, control.state)
    pair = control.caption.sizeHint().width() + control.state.sizeHint().width()
    page.resize(pair + 60, 400)
    qtbot.waitUntil(lambda: control.is_stacked() and below(control.note, control.state))
    assert same_line(control.caption, control.state)  # caption and state still share a line
    page.resize(pair - 40, 400)
    qtbot.waitUntil(lambda: below(control.state, control.caption))
    assert below(control.note, control.state)
    assert control.note.text() == "Sales wants a review after the pilot"  # nothing lost on the way
    page.resize(1000, 400)
    qtbot.waitUntil(lambda: not control.is_stacked() and same_line(control.note, control.state))


@pytest.mark.parametrize("language", ["de", "nl"])
def test_the_editor_fits_a_projector_zoomed_for_the_room_in_every_language(
    qtbot: Any, tmp_path: Path, language: str, language_afterwards: None
) -> None:
    """At 150 % with German or Dutch step names and headings, the editor still fits 1280 px:
    long headings wrap instead of widening the window."""
    from PySide6.QtCore import QSettings

    from slaworkshop.model.db import open_store
    from slaworkshop.services.progress import StepId
    from slaworkshop.services.sample import create_sample
    from slaworkshop.services.workshops import WorkshopService
    from slaworkshop.ui.editor import EditorView
    from slaworkshop.ui.i18n import install_language

    install_language(language)
    store = open_store(None, tmp_path / "data", daily_backup=False)
    try:
        service = WorkshopService(store)
        view = EditorView(service, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        view.open_workshop(create_sample(service, language))
        view.set_zoom(150)
        for step in StepId:
            view.go_to_step(step)
            assert view.minimumSizeHint().width() <= 1280, step
        qtbot.waitUntil(lambda: view.width() == 1280)
        view.close_workshop()
    finally:
        store.close()
