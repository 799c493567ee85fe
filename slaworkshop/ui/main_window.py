"""The main window: the library and the editor in one stack, the menus, the status bar.

The window remembers its size and layout and the workshop that was open when it closed (re-opened
at the next start), and it never closes while the editor holds edits it could not save.

At start-up the window is built and painted before the store is open (``service=None``): the
library says that it is loading and the actions that need the store are off. :meth:`set_service`
then fills the library; the app re-opens the last workshop after that (ui/app.py). Nothing here
imports SQLAlchemy, the services or the dialogs at module level, so the first frame does not wait.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

from slaworkshop import APP_NAME, __version__
from slaworkshop.model.errors import StoreError

from . import tasks
from .i18n import language_menu, tr_message
from .library import LibraryView, shorten, show_error
from .settings import KEY_GEOMETRY, KEY_LAST_WORKSHOP, KEY_STATE

if TYPE_CHECKING:
    from slaworkshop.services.workshops import WorkshopService

log = logging.getLogger(__name__)

EditorFactory = Callable[["WorkshopService", QSettings, QWidget], Any]
"""Builds the editor page; returns an object with the ``EditorView`` interface (ui/editor.py)."""

STATUS_TIMEOUT_MS = 6000


def default_editor_factory(service: WorkshopService, settings: QSettings, parent: QWidget) -> Any:
    # Imported on first use: the step pages are not needed to paint the library.
    from .editor import EditorView

    return EditorView(service, settings, parent)


class MainWindow(QMainWindow):
    first_painted = Signal()
    """Emitted once, right after the window's first frame (the app then opens the store)."""

    def __init__(
        self,
        service: WorkshopService | None,
        settings: QSettings,
        *,
        editor_factory: EditorFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.service = service
        self.settings = settings
        self._editor_factory = editor_factory or default_editor_factory
        self.editor: Any = None
        self._editor_failed = False
        self._library_stale = False
        self._painted = False

        self.library = LibraryView(service, self, starters=self._starter_service(service))
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.stack.addWidget(self.library)
        self.setCentralWidget(self.stack)
        self.library.open_requested.connect(self.open_workshop)
        self.library.status_message.connect(self.show_status)
        self.library.selection_changed.connect(self._update_actions)
        self.library.trash_toggled.connect(lambda _on: self._update_actions())
        self.stack.currentChanged.connect(lambda _i: self._update_actions())

        self.library.installEventFilter(self)
        self._build_actions()
        self._build_menus()
        from .exchange_flow import install as install_exchange  # File → Export/Import workshop…

        self.exchange = install_exchange(self)
        self.statusBar().setObjectName("statusBar")
        self._restore_geometry()
        self.library.refresh()
        self._update_actions()

    @property
    def loaded(self) -> bool:
        """False while the store is still opening."""
        return self.service is not None

    def set_service(self, service: WorkshopService) -> None:
        """The store has opened: fill the library and turn the actions on."""
        self.service = service
        self.library.set_service(service, self._starter_service(service))
        self._update_actions()
        # The editor is built after the library's next paint (eventFilter): the workshops first.

    def _starter_service(self, service: WorkshopService | None) -> Any:
        """Starters shipped with the app and the user's own (in ``starters/`` of the data folder)."""
        if service is None:
            return None
        from pathlib import Path

        from slaworkshop.services.starters import StarterService

        data_dir = Path(self.settings.fileName()).parent
        return StarterService.for_data_dir(service, data_dir)

    # ------------------------------------------------------------------ building
    def _action(self, text: str, slot: Callable[[], Any], shortcut: Any = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # the shortcut works even while a menu bar is hidden or not focused
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New workshop…"), self.new_workshop, QKeySequence.StandardKey.New, "actionNew"
        )
        self.duplicate_action = self._action(
            self.tr("&Duplicate"), self.library.duplicate_selected, "Ctrl+D", "actionDuplicate"
        )
        self.rename_action = self._action(
            self.tr("&Rename…"), self.library.rename_selected, "F2", "actionRename"
        )
        self.delete_action = self._action(
            self.tr("De&lete…"), self._delete, QKeySequence.StandardKey.Delete, "actionDelete"
        )
        self.trash_action = self._action(self.tr("&Trash"), self.toggle_trash, "Ctrl+Shift+T", "actionTrash")
        self.trash_action.setCheckable(True)
        self.library_action = self._action(self.tr("&Library"), self.show_library, "Ctrl+L", "actionLibrary")
        self.style_action = self._action(
            self.tr("Document st&yle…"), self.show_style_dialog, None, "actionDocumentStyle"
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actionQuit"
        )
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.search_action = self._action(
            self.tr("&Search workshops"), self._focus_search, None, "actionSearch"
        )
        self.about_action = self._action(self.tr("&About SLA Workshop"), self.show_about, None, "actionAbout")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/", "actionShortcuts"
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.setObjectName("menuFile")
        for action in (self.new_action, self.duplicate_action, self.rename_action, self.delete_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.library_action)
        self.file_menu.addAction(self.trash_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.style_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.setObjectName("menuEdit")
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.setObjectName("menuView")
        self.view_menu.addMenu(language_menu(self, self.settings))  # applies at the next start
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.go_menu.setObjectName("menuGo")
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("menuHelp")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self._editor_menus: dict[str, QMenu] = {
            "edit": self.edit_menu,
            "view": self.view_menu,
            "go": self.go_menu,
        }
        # The editor's own actions arrive when the editor is built; the search belongs to Edit anyway.
        self.edit_menu.addAction(self.search_action)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(KEY_GEOMETRY)
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if not restored:
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen is not None else None
            width = min(1280, available.width()) if available is not None else 1280
            height = min(800, available.height()) if available is not None else 800
            self.resize(width, height)
        state = self.settings.value(KEY_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    # ------------------------------------------------------------------ editor
    def ensure_editor(self) -> Any:
        """The editor page, built on first use (and its actions added to the menus)."""
        if self.editor is not None or self._editor_failed or self.service is None:
            return self.editor
        try:
            editor = self._editor_factory(self.service, self.settings, self.stack)
        except Exception:  # an editor that cannot be built must not take the library down with it
            log.exception("the editor could not be created")
            self._editor_failed = True
            return None
        self.editor = editor
        self.stack.addWidget(editor)
        editor.closed.connect(self.show_library)
        editor.status_message.connect(self.show_status)
        editor.workshop_saved.connect(self._workshop_saved)
        actions = editor.menu_actions()
        for key, menu in self._editor_menus.items():
            items = actions.get(key, [])
            if items and not menu.isEmpty():
                menu.addSeparator()
            for action in items:
                menu.addAction(action)
                self.addAction(action)
        return editor

    def editor_showing(self) -> bool:
        return self.editor is not None and self.stack.currentWidget() is self.editor

    def current_workshop_id(self) -> str | None:
        if self.editor is None or not self.editor_showing():
            return None
        result: str | None = self.editor.current_workshop_id()
        return result

    def open_workshop(self, workshop_id: str) -> bool:
        if self.service is None:
            return False
        editor = self.ensure_editor()
        if editor is None:
            show_error(self, APP_NAME, self.tr("The editor could not be started; see the log for details."))
            return False
        current = editor.current_workshop_id()
        if current is not None and current != workshop_id and not editor.close_workshop():
            return False
        try:
            editor.open_workshop(workshop_id)
        except StoreError as exc:
            show_error(self, self.tr("Open workshop"), tr_message(exc))
            self.library.refresh()
            return False
        self.stack.setCurrentWidget(editor)
        self.settings.setValue(KEY_LAST_WORKSHOP, workshop_id)
        self._update_title(workshop_id)
        return True

    def show_library(self) -> bool:
        """Back to the library; False if the editor's edits could not be saved and the user stays."""
        workshop_id = None
        if self.editor is not None:
            workshop_id = self.editor.current_workshop_id()
            if workshop_id is not None and not self.editor.close_workshop():
                return False
        self.stack.setCurrentWidget(self.library)
        self.settings.setValue(KEY_LAST_WORKSHOP, "")
        self.setWindowTitle(APP_NAME)
        if self._library_stale or workshop_id is not None:
            self._library_stale = False
            self.library.refresh()
        if workshop_id is not None:
            self.library.select(workshop_id)
        self.library.table.setFocus()
        return True

    def reopen_last_workshop(self) -> bool:
        """At start-up: open the workshop that was open when the app last closed, if it still exists."""
        workshop_id = self.settings.value(KEY_LAST_WORKSHOP)
        if self.service is None or not isinstance(workshop_id, str) or not workshop_id:
            return False
        try:
            exists = self.service.exists(workshop_id)
        except StoreError:
            exists = False
        if not exists:
            self.settings.setValue(KEY_LAST_WORKSHOP, "")
            return False
        self.library.select(workshop_id)
        return self.open_workshop(workshop_id)

    def _workshop_saved(self, workshop_id: str) -> None:
        # Refresh the library only when it is shown again: a save comes every second while typing.
        self._library_stale = True
        if workshop_id == self.current_workshop_id():
            self._update_title(workshop_id)

    def _update_title(self, workshop_id: str) -> None:
        if self.service is None:
            return
        try:
            snapshot = self.service.get(workshop_id)
        except StoreError:
            return
        client = shorten(str(snapshot.value("client") or ""), 50)
        title = shorten(str(snapshot.value("title") or ""), 60)
        name = " – ".join(part for part in (client, title) if part)
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)

    # ------------------------------------------------------------------ actions
    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(shorten(message, 200), STATUS_TIMEOUT_MS)

    def new_workshop(self) -> None:
        if self.loaded:
            self.library.new_workshop()

    def toggle_trash(self) -> None:
        if not self.loaded:
            self.trash_action.setChecked(False)
            return
        want = not self.library.in_trash or self.stack.currentWidget() is not self.library
        if self.stack.currentWidget() is not self.library and not self.show_library():
            self.trash_action.setChecked(self.library.in_trash)
            return
        self.library.show_trash(want)
        self.trash_action.setChecked(self.library.in_trash)

    def _delete(self) -> None:
        if self.library.in_trash:
            self.library.purge_selected()
        else:
            self.library.delete_selected()

    def _focus_search(self) -> None:
        if self.stack.currentWidget() is not self.library and not self.show_library():
            return
        self.library.focus_search()

    def show_about(self) -> None:
        from .dialogs import plain

        QMessageBox.about(
            self,
            self.tr("About SLA Workshop"),
            plain(
                self.tr(
                    "SLA Workshop %1\n\nGuides Marketing and Sales through the workshop that ends in a signed "
                    "service level agreement. Everything stays on this computer."
                ).replace("%1", __version__)
            ),
        )

    def shortcut_actions(self) -> list[tuple[str, QAction]]:
        found: list[tuple[str, QAction]] = []
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.go_menu, self.help_menu):
            for action in menu.actions():
                if not action.isSeparator() and action.text():
                    found.append((menu.title().replace("&", ""), action))
        return found

    def show_style_dialog(self) -> None:
        """File → Document style…: the look of the exported agreement (ui/style_dialog.py)."""
        from .style_dialog import StyleDialog

        dialog = StyleDialog(self.settings, self)
        dialog.exec()
        dialog.deleteLater()

    def show_shortcuts(self) -> None:
        from .dialogs import ShortcutsDialog

        ShortcutsDialog(self.shortcut_actions(), self).exec()

    def _update_actions(self) -> None:
        on_library = self.stack.currentWidget() is self.library
        selected = on_library and self.library.selected_id() is not None
        trash = self.library.in_trash
        self.new_action.setEnabled(self.loaded)
        self.trash_action.setEnabled(self.loaded)
        self.duplicate_action.setEnabled(selected and not trash)
        self.rename_action.setEnabled(selected and not trash)
        self.delete_action.setEnabled(selected)
        self.delete_action.setText(self.tr("De&lete for good…") if trash else self.tr("De&lete…"))
        self.library_action.setEnabled(not on_library or trash)
        self.search_action.setEnabled(on_library)  # in the editor, Ctrl+F is free for the pages
        self.trash_action.setChecked(on_library and trash)

    # ------------------------------------------------------------------ start and close
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.library and event.type() == QEvent.Type.Paint:
            # The whole window paints in this one pass; a timer fires once it is on screen.
            if not self._painted:
                self._painted = True
                QTimer.singleShot(0, self.first_painted.emit)
            if self.service is not None:
                self.library.removeEventFilter(self)
                if self.editor is None and not self._editor_failed:
                    # Build the editor once the library shows the workshops: its menus are there
                    # by the time the user reaches for them, but the list does not wait for the
                    # step pages. (While the store opens, the filter waits for the next paint.)
                    QTimer.singleShot(0, self.ensure_editor)
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        open_id = None
        if self.editor is not None:
            open_id = self.editor.current_workshop_id() if self.editor_showing() else None
            if self.editor.current_workshop_id() is not None and not self.editor.close_workshop():
                event.ignore()
                return
        self.settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        self.settings.setValue(KEY_STATE, self.saveState())
        if self.loaded:
            # Closed while the store was still opening: the workshop to re-open next time stays.
            self.settings.setValue(KEY_LAST_WORKSHOP, open_id or "")
        self.settings.sync()
        tasks.wait_for_all()
        event.accept()


__all__ = ["MainWindow", "default_editor_factory"]
