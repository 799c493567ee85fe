"""File → Export workshop… / Import workshop…: the workshop file (``.slaw``) from the window.

Export asks for a file name and writes on a worker thread. Import checks the whole file on a worker
thread, then shows a short preview (client, title, signed versions, last change, and any signed
version that failed its check) with an explicit choice when the workshop exists here already —
"Import as copy", "Replace" or Cancel; never a silent merge. A file that cannot be imported is a
message, and the library stays as it was (the import is one transaction).

The same import runs for a file given on the command line (``slaworkshop path/to/file.slaw``).
The work is ``slaworkshop.services.exchange`` (no Qt); this module asks and reports. The file dialogs
are module functions so tests can answer them; the preview and the messages are real, non-blocking
dialogs that tests click.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QSettings, Qt, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import tr_message
from .tasks import run_in_background

if TYPE_CHECKING:
    # The services load with the store, not with the window (see main_window.py).
    from slaworkshop.services.exchange import ImportResult, Preview
    from slaworkshop.services.workshops import WorkshopService

KEY_EXCHANGE_FOLDER = "exchange/folder"
SUFFIX = ".slaw"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
WARNING_STYLE = "color: #8a4b00;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeFlow", text)


def _shorten(text: str, limit: int = 80) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


class ImportChoice(Enum):
    IMPORT = "import"
    """The workshop is new here: import it as it is."""
    COPY = "copy"
    REPLACE = "replace"
    CANCEL = "cancel"


# --------------------------------------------------------------------------- questions (patchable)
def ask_import_path(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Import workshop"),
        str(folder),
        _tr("Workshop files (*.slaw);;All files (*)"),
    )
    return Path(name) if name else None


def ask_export_path(parent: QWidget, suggested: Path) -> Path | None:
    """The file to write (the dialog itself asks before replacing an existing file); None: cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export workshop"), str(suggested), _tr("Workshop files (*.slaw)")
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def suggested_name(client: str, title: str) -> str:
    stem = " – ".join(p for p in (client.strip(), title.strip()) if p) or "Workshop"
    stem = " ".join(_UNSAFE.sub(" ", stem).split()).strip(" .")[:120].strip() or "Workshop"
    return stem + SUFFIX


def _format_moment(when: datetime | None) -> str:
    if when is None:
        return _tr("not recorded")
    local = when.astimezone() if when.tzinfo is not None else when
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, QLocale.FormatType.LongFormat).replace(":00 ", " ")


# --------------------------------------------------------------------------- the preview dialog
class ImportPreviewDialog(QDialog):
    """What the file holds, and — if the workshop exists here — the choice: copy, replace, cancel."""

    def __init__(self, preview: Preview, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import workshop"))
        self.choice = ImportChoice.CANCEL
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.setContentsMargins(18, 16, 18, 14)
        heading = QLabel(self.tr("The file “%1” holds this workshop:").replace("%1", _shorten(file_name, 70)))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        layout.addWidget(heading)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}
        latest = preview.latest_version
        if preview.versions == 0:
            versions = self.tr("none signed")
        elif preview.versions == 1:
            versions = self.tr("1 signed version (version %1)").replace("%1", str(latest))
        else:
            versions = (
                self.tr("%1 signed versions (latest: version %2)")
                .replace("%1", str(preview.versions))
                .replace("%2", str(latest))
            )
        for key, label, value in (
            ("client", self.tr("Client:"), preview.client or self.tr("(no client)")),
            ("title", self.tr("Title:"), preview.title or self.tr("(untitled)")),
            ("versions", self.tr("Versions:"), versions),
            ("last_change", self.tr("Last change:"), _format_moment(preview.updated_at)),
        ):
            shown = QLabel(_shorten(value, 120))
            shown.setObjectName(f"preview_{key}")
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            self.values[key] = shown
            form.addRow(label, shown)
        layout.addLayout(form)

        self.dropped_label: QLabel | None = None
        if preview.dropped:
            self.dropped_label = self._note("\n".join(preview.dropped), "droppedVersions", WARNING_STYLE)
            layout.addWidget(self.dropped_label)

        buttons = QDialogButtonBox(self)
        self.buttons: dict[ImportChoice, QPushButton] = {}
        self.exists_label: QLabel | None = None
        if preview.exists_locally:
            local = _shorten(preview.local_title, 80) or self.tr("(untitled)")
            self.exists_label = self._note(
                self.tr(
                    "This workshop exists here already (“%1”). Import the file as a copy next to it, or "
                    "replace the local workshop with the file's content. Nothing is merged."
                ).replace("%1", local),
                "existsNote",
            )
            layout.addWidget(self.exists_label)
            copy = buttons.addButton(self.tr("Import as copy"), QDialogButtonBox.ButtonRole.AcceptRole)
            replace = buttons.addButton(self.tr("Replace"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.buttons[ImportChoice.COPY] = copy
            self.buttons[ImportChoice.REPLACE] = replace
            if preview.replace_problem:
                replace.setEnabled(False)
                layout.addWidget(self._note(preview.replace_problem, "replaceProblem", WARNING_STYLE))
            copy.setDefault(True)
        else:
            imported = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons[ImportChoice.IMPORT] = imported
            imported.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons[ImportChoice.CANCEL] = cancel
        for choice, button in self.buttons.items():
            button.setObjectName(f"choice_{choice.value}")
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
        layout.addWidget(buttons)
        # As tall as its texts at this width, no taller (wrapped labels would share spare height).
        width = max(self.minimumWidth(), layout.sizeHint().width())
        self.resize(width, layout.totalHeightForWidth(width))

    @staticmethod
    def _note(text: str, name: str, style: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if style:
            label.setStyleSheet(style)
        return label

    def _choose(self, choice: ImportChoice) -> None:
        self.choice = choice
        if choice is ImportChoice.CANCEL:
            self.reject()
        else:
            self.accept()


# --------------------------------------------------------------------------- the flow
class ExchangeFlow(QObject):
    """The two menu actions and the flows behind them; one flow at a time per window."""

    imported = Signal(str)
    """A workshop was imported (its id)."""
    exported = Signal(object)
    """A workshop file was written (its Path)."""
    failed = Signal(str)
    """An import or export did not happen; the message the user saw."""
    status_message = Signal(str)
    """What the flow is doing, for the status bar."""

    def __init__(
        self,
        parent: QWidget,
        settings: QSettings,
        service: Callable[[], WorkshopService | None],
        *,
        before_replace: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._settings = settings
        self._service = service
        self._before_replace = before_replace or (lambda _workshop_id: True)
        self.busy = False
        self.dialog: ImportPreviewDialog | None = None
        self.message: QMessageBox | None = None
        """The last message shown (a failure, or warnings after an import); non-blocking."""
        self.export_action: QAction | None = None
        self.import_action: QAction | None = None
        self.update_actions: Callable[[], None] = lambda: None

    # ----------------------------------------------------------------- export
    def _folder(self) -> Path:
        folder = Path(str(self._settings.value(KEY_EXCHANGE_FOLDER, "") or Path.home()))
        return folder if folder.is_dir() else Path.home()

    def export_workshop(self, workshop_id: str, client: str = "", title: str = "") -> bool:
        """Ask for the file and write it on a worker thread; False if cancelled or busy."""
        service = self._service()
        if service is None or self.busy:
            return False
        path = ask_export_path(self._parent, self._folder() / suggested_name(client, title))
        if path is None:
            return False
        self._settings.setValue(KEY_EXCHANGE_FOLDER, str(path.parent))
        self.busy = True

        def write() -> Path:
            from slaworkshop.services.exchange import export_file

            # The save dialog asked before an existing file is replaced.
            return export_file(service, workshop_id, path, overwrite=True)

        def done(result: Any) -> None:
            self.busy = False
            self.exported.emit(Path(result))

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._fail(self.tr("The workshop was not exported"), tr_message(exc) or type(exc).__name__)

        run_in_background(write, done, failed, owner=self)
        return True

    # ----------------------------------------------------------------- import
    def import_workshop(self, path: Path | None = None) -> bool:
        """Ask for a file (unless given), check it, preview it, import it; False if nothing started."""
        service = self._service()
        if service is None or self.busy:
            return False
        if path is None:
            path = ask_import_path(self._parent, self._folder())
            if path is None:
                return False
            self._settings.setValue(KEY_EXCHANGE_FOLDER, str(path.parent))
        self.busy = True
        chosen = Path(path)
        self.status_message.emit(self.tr("Checking “%1”…").replace("%1", _shorten(chosen.name, 60)))

        def check() -> Any:
            from slaworkshop.services.exchange import preview

            return preview(service, chosen)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._fail(self.tr("The workshop was not imported"), _reason(exc))

        run_in_background(
            check, lambda result: self._show_preview(service, chosen, result), failed, owner=self
        )
        return True

    def _show_preview(self, service: WorkshopService, path: Path, result: Any) -> None:
        data, preview = result
        dialog = ImportPreviewDialog(preview, path.name, self._parent)
        self.dialog = dialog

        def finished(_code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            choice = dialog.choice
            if choice is ImportChoice.CANCEL:
                self.busy = False
                return
            if choice is ImportChoice.REPLACE and not self._before_replace(data.id):
                self.busy = False
                return
            self._run_import(service, data, choice)

        dialog.finished.connect(finished)
        dialog.open()

    def _run_import(self, service: WorkshopService, data: Any, choice: ImportChoice) -> None:
        from slaworkshop.services.exchange import ImportMode, import_data

        mode = {ImportChoice.COPY: ImportMode.COPY, ImportChoice.REPLACE: ImportMode.REPLACE}.get(choice)
        self.status_message.emit(self.tr("Importing…"))

        def done(result: ImportResult) -> None:
            self.busy = False
            if result.warnings:
                self._message(
                    QMessageBox.Icon.Warning,
                    self.tr("Workshop imported with a warning"),
                    "\n\n".join(
                        [
                            self.tr(
                                "The workshop was imported; its content is a draft until it is signed again."
                            ),
                            *result.warnings,
                        ]
                    ),
                )
            self.imported.emit(result.workshop_id)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._fail(self.tr("The workshop was not imported"), _reason(exc))

        run_in_background(lambda: import_data(service, data, mode), done, failed, owner=self)

    # ----------------------------------------------------------------- messages
    def _fail(self, title: str, message: str) -> None:
        self._message(QMessageBox.Icon.Warning, title, message)
        self.failed.emit(message)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("exchangeMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name or client is never markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()


def _reason(exc: BaseException) -> str:
    from slaworkshop.exchange.workshop_file import WorkshopFileError
    from slaworkshop.model.errors import StoreError

    if isinstance(exc, WorkshopFileError | StoreError | OSError):
        return tr_message(exc) or type(exc).__name__
    return _tr("Something went wrong: %1").replace("%1", f"{type(exc).__name__}: {str(exc)[:300]}")


# --------------------------------------------------------------------------- the window's menu
def install(window: Any) -> ExchangeFlow:
    """Add File → Export workshop… / Import workshop… to ``window`` (a MainWindow), before the
    library items, and keep them enabled when they can act; returns the flow."""
    flow = ExchangeFlow(window, window.settings, lambda: window.service, before_replace=_closer(window))
    export_action = QAction(_tr("E&xport workshop…"), window)
    export_action.setObjectName("actionExportWorkshop")
    import_action = QAction(_tr("&Import workshop…"), window)
    import_action.setObjectName("actionImportWorkshop")
    import_action.setShortcut("Ctrl+Shift+I")
    export_action.setShortcut("Ctrl+Shift+E")
    for action in (export_action, import_action):
        window.addAction(action)
    menu = window.file_menu
    anchor = window.library_action
    menu.insertAction(anchor, import_action)
    menu.insertAction(anchor, export_action)
    menu.insertSeparator(anchor)

    def target() -> str | None:
        """The workshop to export: the one open in the editor, else the one selected in the library."""
        workshop_id: str | None = window.current_workshop_id()
        if (
            workshop_id is None
            and window.stack.currentWidget() is window.library
            and not window.library.in_trash
        ):
            workshop_id = window.library.selected_id()
        return workshop_id

    def export() -> None:
        workshop_id = target()
        if workshop_id is None or window.service is None:
            return
        if window.editor_showing() and not window.editor.flush():
            return  # the editor says why its edits could not be saved
        from slaworkshop.model.errors import StoreError

        try:
            snapshot = window.service.get(workshop_id)
        except StoreError as exc:
            flow._fail(_tr("The workshop was not exported"), tr_message(exc))
            return
        flow.export_workshop(
            workshop_id, str(snapshot.value("client") or ""), str(snapshot.value("title") or "")
        )

    def update() -> None:
        export_action.setEnabled(window.loaded and target() is not None)
        import_action.setEnabled(window.loaded)

    def imported(workshop_id: str) -> None:
        window.library.refresh()
        if window.stack.currentWidget() is window.library:
            window.library.select(workshop_id)
        window.show_status(_tr("Workshop imported."))
        update()

    export_action.triggered.connect(lambda _checked=False: export())
    import_action.triggered.connect(lambda _checked=False: flow.import_workshop())
    flow.imported.connect(imported)
    flow.status_message.connect(window.show_status)
    flow.exported.connect(
        lambda path: window.show_status(_tr("Workshop written to %1").replace("%1", str(path)))
    )
    window.library.selection_changed.connect(lambda *_: update())
    window.library.trash_toggled.connect(lambda *_: update())
    window.stack.currentChanged.connect(lambda *_: update())
    window.library.open_requested.connect(lambda *_: update())
    window.library.model.modelReset.connect(update)  # the store arrived and the library filled
    menu.aboutToShow.connect(update)
    flow.export_action = export_action
    flow.import_action = import_action
    flow.update_actions = update
    update()
    return flow


def _closer(window: Any) -> Callable[[str], bool]:
    """Before the open workshop is replaced, the editor saves and closes it (False: it could not)."""

    def close_if_open(workshop_id: str) -> bool:
        if window.current_workshop_id() == workshop_id:
            return bool(window.show_library())
        return True

    return close_if_open
