"""The main window: menus and shortcuts, library ↔ editor, remembered geometry and workshop, closing,
and the background-task helper every later feature uses."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from slaworkshop.services.workshops import WorkshopService
from slaworkshop.ui import tasks
from slaworkshop.ui.dialogs import ShortcutsDialog
from slaworkshop.ui.main_window import MainWindow
from slaworkshop.ui.settings import KEY_LAST_WORKSHOP
from tests.ui.conftest import FakeEditor


def shown(qtbot: Any, window: MainWindow) -> MainWindow:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach only the active window
    return window


def test_menus_offer_every_action_with_its_keys(qtbot: Any, make_window: Any) -> None:
    window = shown(qtbot, make_window())
    qtbot.waitUntil(lambda: window.editor is not None)  # built right after the first paint
    keys = {
        action.text().replace("&", ""): action.shortcut().toString()
        for _menu, action in window.shortcut_actions()
    }
    assert keys["New workshop…"] == "Ctrl+N"
    assert keys["Rename…"] == "F2"
    assert keys["Delete…"] == "Del"
    assert keys["Quit"] == "Ctrl+Q"
    assert keys["Undo"] == "Ctrl+Z"  # the editor's actions are in the window's menus
    assert keys["Next step"] == "Ctrl+PgDown"
    # No key is given to two actions (Qt would then run neither).
    sequences = [
        seq.toString()
        for _menu, action in window.shortcut_actions()
        for seq in action.shortcuts()
        if not seq.isEmpty()
    ]
    assert len(sequences) == len(set(sequences)), sorted(sequences)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Go", "Help"]

    seen: list[ShortcutsDialog] = []
    monkey_exec = lambda dialog: seen.append(dialog) or 0  # noqa: E731
    ShortcutsDialog.exec = monkey_exec  # type: ignore[method-assign]
    try:
        window.shortcuts_action.trigger()
    finally:
        del ShortcutsDialog.exec
    table = seen[0].table
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["New workshop…"] == QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)


def test_open_from_the_library_and_go_back(qtbot: Any, make_window: Any, ui_service: WorkshopService) -> None:
    first = ui_service.create("Northwind", "Kick-off")
    window = shown(qtbot, make_window())
    assert window.library.model.ids() == [first]
    window.library.select(first)
    window.library.table.setFocus()
    qtbot.keyClick(window.library.table, Qt.Key.Key_Return)
    assert window.editor_showing() and window.editor.current_workshop_id() == first
    assert "Northwind – Kick-off" in window.windowTitle()
    assert window.statusBar().currentMessage() == "Opened"  # the editor's status message is shown
    assert not window.rename_action.isEnabled() and not window.delete_action.isEnabled()

    window.editor.back.trigger()  # the editor's "Back to library"
    assert window.stack.currentWidget() is window.library
    assert window.editor.closes == 1  # pending edits were flushed first
    assert window.library.selected_id() == first
    assert window.rename_action.isEnabled()


def test_file_menu_actions_work_from_the_keyboard(
    qtbot: Any, make_window: Any, ui_service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop = ui_service.create("Northwind", "Kick-off")
    window = shown(qtbot, make_window())
    window.library.select(workshop)
    window.library.table.setFocus()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Renamed by F2", True))
    qtbot.keyClick(window.library.table, Qt.Key.Key_F2)
    assert ui_service.get(workshop).workshop["title"] == "Renamed by F2"

    qtbot.keyClick(window.library.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(ui_service.list_workshops()) == 2

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.library.select(workshop)
    qtbot.keyClick(window.library.table, Qt.Key.Key_Delete)
    assert not ui_service.exists(workshop)
    assert "trash" in window.statusBar().currentMessage()

    window.trash_action.trigger()
    assert window.library.in_trash and window.library.model.ids() == [workshop]
    assert window.delete_action.text().replace("&", "") == "Delete for good…"
    window.trash_action.trigger()
    assert not window.library.in_trash


def test_geometry_and_last_workshop_survive_a_restart(
    qtbot: Any, make_window: Any, ui_service: WorkshopService, ui_settings: QSettings, ui_data_dir: Any
) -> None:
    workshop = ui_service.create("Northwind", "Kick-off")
    first = shown(qtbot, make_window())
    first.resize(710, 490)  # within the offscreen screen (800×600)
    qtbot.waitUntil(lambda: first.width() == 710)
    assert first.open_workshop(workshop)
    assert first.close()

    # A new QSettings over the same file: what the next start of the app reads.
    from slaworkshop.ui.settings import open_settings

    again = open_settings(ui_data_dir)
    assert again.value(KEY_LAST_WORKSHOP) == workshop
    second = make_window(settings=again)
    assert (second.width(), second.height()) == (710, 490)
    assert second.reopen_last_workshop()
    assert second.editor_showing() and second.editor.current_workshop_id() == workshop

    # Back in the library when the app closes: the next start shows the library.
    second.show_library()
    assert second.close()
    third = make_window(settings=open_settings(ui_data_dir))
    assert not third.reopen_last_workshop()
    assert third.stack.currentWidget() is third.library


def test_a_deleted_last_workshop_is_not_reopened(
    qtbot: Any, make_window: Any, ui_service: WorkshopService, ui_settings: QSettings
) -> None:
    workshop = ui_service.create("Northwind", "Kick-off")
    ui_settings.setValue(KEY_LAST_WORKSHOP, workshop)
    ui_service.delete(workshop)
    window = make_window()
    assert not window.reopen_last_workshop()
    assert window.stack.currentWidget() is window.library
    ui_settings.setValue(KEY_LAST_WORKSHOP, "garbage' OR 1=1 --")
    assert not make_window().reopen_last_workshop()


def test_window_stays_open_when_the_editor_cannot_save(
    qtbot: Any, make_window: Any, ui_service: WorkshopService
) -> None:
    workshop = ui_service.create("Northwind", "Kick-off")
    window = shown(qtbot, make_window())
    window.open_workshop(workshop)
    window.editor.allow_close = False  # e.g. the save failed and the user chose to stay
    assert not window.close()
    assert window.isVisible() and window.editor.current_workshop_id() == workshop
    assert not window.show_library()
    window.editor.allow_close = True
    assert window.close()


def test_opening_a_workshop_that_vanished_says_so(
    qtbot: Any, make_window: Any, ui_service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop = ui_service.create("Northwind", "Kick-off")
    window = shown(qtbot, make_window())
    ui_service.delete(workshop)  # e.g. deleted in another window
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: messages.append(text))
    assert not window.open_workshop(workshop)
    assert messages and "no workshop" in messages[0]
    assert window.stack.currentWidget() is window.library and window.library.model.ids() == []


def test_with_the_real_editor(qtbot: Any, ui_service: WorkshopService, ui_settings: QSettings) -> None:
    workshop = ui_service.create("Northwind", "Kick-off")
    window = MainWindow(ui_service, ui_settings)
    qtbot.addWidget(window)
    shown(qtbot, window)
    assert window.open_workshop(workshop)
    assert window.editor.current_workshop_id() == workshop
    go = [a.text().replace("&", "") for a in window.go_menu.actions() if not a.isSeparator()]
    assert any("Back" in text for text in go)
    sequences = [
        seq.toString()
        for _menu, action in window.shortcut_actions()
        for seq in action.shortcuts()
        if not seq.isEmpty()
    ]
    assert len(sequences) == len(set(sequences)), sorted(
        sequences
    )  # the editor's keys do not clash with ours
    assert window.show_library()
    assert window.close()
    assert ui_settings.value(KEY_LAST_WORKSHOP) == ""


def test_background_task_delivers_on_the_gui_thread(qtbot: Any) -> None:
    gui = threading.get_ident()
    results: list[tuple[Any, int]] = []
    errors: list[BaseException] = []

    task = tasks.run_in_background(
        lambda: threading.get_ident(), lambda value: results.append((value, threading.get_ident()))
    )
    qtbot.waitUntil(lambda: task.finished)
    [(worker, callback)] = results
    assert worker != gui and callback == gui

    def boom() -> None:
        raise ValueError("disk full")

    failing = tasks.run_in_background(boom, results.append, errors.append)
    qtbot.waitUntil(lambda: failing.finished)
    assert [str(e) for e in errors] == ["disk full"] and len(results) == 1
    assert tasks.pending_count() == 0


def test_background_task_skips_callbacks_of_a_closed_widget(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    release = threading.Event()
    called: list[Any] = []
    task = tasks.run_in_background(lambda: release.wait(5), called.append, called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner))
    release.set()
    assert tasks.wait_for_all()
    qtbot.waitUntil(lambda: task.finished)
    assert called == []
    QApplication.processEvents()


def test_delete_key_in_the_search_field_edits_the_text_only(
    qtbot: Any, make_window: Any, ui_service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop = ui_service.create("Northwind", "Kick-off")
    window = shown(qtbot, make_window())
    window.library.select(workshop)
    asked: list[Any] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes
    )
    search = window.library.search_edit
    search.setFocus()
    qtbot.keyClicks(search, "north")
    search.setCursorPosition(0)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "orth"
    assert asked == [] and ui_service.exists(workshop)


def _run_new_dialog(monkeypatch: pytest.MonkeyPatch, steps: Any) -> None:
    from slaworkshop.ui.dialogs import NewWorkshopDialog

    def exec_(dialog: NewWorkshopDialog) -> int:
        dialog.show()
        steps(dialog)
        return int(dialog.result())

    monkeypatch.setattr(NewWorkshopDialog, "exec", exec_)


def test_new_workshop_starts_from_the_starter_in_its_language_or_empty(
    qtbot: Any, make_window: Any, ui_service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown(qtbot, make_window())

    def with_starter(dialog: Any) -> None:
        assert dialog.start_combo.isVisibleTo(dialog)
        qtbot.keyClicks(dialog.client_edit, "Fabrikam AG")
        qtbot.keyClicks(dialog.title_edit, "SLA Kick-off")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
        assert dialog.start_combo.currentData() == "shipped:de"  # follows the document language
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    _run_new_dialog(monkeypatch, with_starter)
    window.new_action.trigger()
    started = window.editor.current_workshop_id()
    snapshot = ui_service.get(started)
    assert snapshot.workshop["language"] == "de" and snapshot.workshop["client"] == "Fabrikam AG"
    assert sum(len(rows) for rows in snapshot.rows.values()) > 0  # stages, criteria, KPIs … from the starter

    def empty(dialog: Any) -> None:
        qtbot.keyClicks(dialog.client_edit, "Contoso")
        qtbot.keyClicks(dialog.title_edit, "From scratch")
        dialog.start_combo.setCurrentIndex(dialog.start_combo.findData(""))
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    _run_new_dialog(monkeypatch, empty)
    window.new_action.trigger()
    blank = ui_service.get(window.editor.current_workshop_id())
    assert blank.workshop["title"] == "From scratch"
    assert sum(len(rows) for rows in blank.rows.values()) == 0


def test_the_sample_workshop_from_the_new_workshop_dialog(
    qtbot: Any, make_window: Any, ui_service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown(qtbot, make_window())
    _run_new_dialog(
        monkeypatch, lambda dialog: qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)
    )
    window.new_action.trigger()
    sample = ui_service.get(window.editor.current_workshop_id())
    assert sample.workshop["client"] and sample.rows_of("participants")
    assert [s.id for s in ui_service.list_workshops()] == [sample.id]


def test_the_window_paints_before_the_store_and_fills_when_it_arrives(
    qtbot: Any, ui_service: WorkshopService, ui_settings: QSettings
) -> None:
    workshop = ui_service.create("Northwind", "Kick-off")
    ui_settings.setValue(KEY_LAST_WORKSHOP, workshop)
    window = MainWindow(None, ui_settings, editor_factory=FakeEditor)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        shown(qtbot, window)
    assert not window.loaded and window.library.model.ids() == []
    assert window.library.empty_label.text() == "Loading workshops…"
    assert not window.new_action.isEnabled() and not window.trash_action.isEnabled()
    assert window.shortcuts_action.isEnabled() and window.quit_action.isEnabled()
    assert not window.open_workshop(workshop) and not window.reopen_last_workshop()
    QApplication.processEvents()  # anything queued by the refusals has run
    assert window.editor is None  # the editor needs the store: built after the list is shown

    window.set_service(ui_service)
    assert window.loaded and window.library.model.ids() == [workshop]
    assert window.new_action.isEnabled() and window.trash_action.isEnabled()
    qtbot.waitUntil(lambda: window.editor is not None)
    assert ui_settings.value(KEY_LAST_WORKSHOP) == workshop  # untouched until the app re-opens it
    assert window.reopen_last_workshop() and window.editor.current_workshop_id() == workshop


def test_closing_before_the_store_opened_keeps_the_workshop_to_reopen(
    qtbot: Any, ui_service: WorkshopService, ui_settings: QSettings
) -> None:
    workshop = ui_service.create("Northwind", "Kick-off")
    ui_settings.setValue(KEY_LAST_WORKSHOP, workshop)
    window = MainWindow(None, ui_settings, editor_factory=FakeEditor)
    qtbot.addWidget(window)
    shown(qtbot, window)
    assert window.close()
    assert ui_settings.value(KEY_LAST_WORKSHOP) == workshop
