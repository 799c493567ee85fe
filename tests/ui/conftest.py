"""Fixtures for the window tests: a store in a private data folder, its settings, a stand-in editor.

The stand-in implements the ``EditorView`` interface (ui/editor.py) in a few lines, so the shell's
tests exercise the main window and library on their own; the real editor has its own tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from slaworkshop.model.db import Store, open_store
from slaworkshop.services.workshops import WorkshopService
from slaworkshop.ui.settings import open_settings


class FakeEditor(QWidget):
    """Just enough of ``EditorView``: opens a workshop by id, records close/flush calls."""

    closed = Signal()
    status_message = Signal(str)
    workshop_saved = Signal(str)

    def __init__(self, service: WorkshopService, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self._current: str | None = None
        self.closes = 0
        self.allow_close = True
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)
        self.undo = QAction("Undo", self)
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.back = QAction("Back to library", self)
        self.back.triggered.connect(self.closed.emit)
        self.next_step = QAction("Next step", self)
        self.next_step.setShortcut(QKeySequence("Ctrl+PgDown"))

    def open_workshop(self, workshop_id: str) -> None:
        snapshot = self.service.get(workshop_id)  # raises NotFoundError like the real one
        self._current = workshop_id
        self.label.setText(str(snapshot.value("title")))
        self.status_message.emit("Opened")

    def close_workshop(self) -> bool:
        self.closes += 1
        if not self.allow_close:
            return False
        self._current = None
        return True

    def flush(self) -> bool:
        return True

    def current_workshop_id(self) -> str | None:
        return self._current

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"edit": [self.undo], "view": [], "go": [self.next_step, self.back]}


@pytest.fixture(autouse=True)
def app_as_users_see_it(qapp: Any) -> None:
    """Every window test runs with the application set up as ``slaworkshop`` sets it up (its base
    font size above all), whatever test ran before: layout checks then measure what users see."""
    from slaworkshop.ui.app import create_application

    create_application()


@pytest.fixture
def language_afterwards() -> Iterator[None]:
    """For a test that installs German or Dutch: English again for the tests after it."""
    yield
    from slaworkshop.ui.i18n import remove_translators

    remove_translators()


@pytest.fixture
def ui_data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ui_store(ui_data_dir: Path) -> Iterator[Store]:
    store = open_store(None, ui_data_dir)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def ui_service(ui_store: Store) -> WorkshopService:
    return WorkshopService(ui_store)


@pytest.fixture
def ui_settings(ui_data_dir: Path) -> QSettings:
    return open_settings(ui_data_dir)


@pytest.fixture
def make_window(qtbot: Any, ui_service: WorkshopService, ui_settings: QSettings) -> Any:
    """Build a MainWindow over the test store (again and again, to test a restart)."""
    from slaworkshop.ui.main_window import MainWindow

    def make(**kw: Any) -> MainWindow:
        window = MainWindow(ui_service, kw.pop("settings", ui_settings), editor_factory=FakeEditor, **kw)
        qtbot.addWidget(window)
        return window

    return make


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key like a keyboard would, including non-ASCII (QTest asserts on those)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
