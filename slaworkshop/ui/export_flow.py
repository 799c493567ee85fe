"""Exporting the agreement from the window: choose a file, hear about characters the PDF font cannot
draw, write in a worker thread with progress (the window stays responsive), then open the file or
show it in its folder.

The writing itself is ``slaworkshop.export`` (no Qt); this module only asks and reports. The questions
are module functions so tests can answer them without a modal dialog.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from slaworkshop.services.snapshot import WorkshopSnapshot

from .i18n import tr_message
from .tasks import run_in_background

KEY_EXPORT_FOLDER = "export/folder"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class AfterExport(Enum):
    CLOSE = "close"
    OPEN = "open"
    SHOW_FOLDER = "show_folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportFlow", text)


def suggested_name(snapshot: WorkshopSnapshot, fmt: str, label: str = "") -> str:
    """``Client – Title – Draft 3.pdf``, without characters a file system refuses, at most ~120 chars."""
    parts = [str(snapshot.value("client") or "").strip(), str(snapshot.value("title") or "").strip(), label]
    stem = " – ".join(p for p in parts if p) or "SLA"
    stem = _UNSAFE.sub(" ", stem).strip(" .")[:120].strip() or "SLA"
    return f"{stem}.{fmt}"


def ask_path(parent: QWidget, suggested: Path, fmt: str) -> Path | None:
    """The file to write (the dialog itself asks before replacing an existing file); None: cancelled."""
    filters = {"pdf": _tr("PDF document (*.pdf)"), "docx": _tr("Word document (*.docx)")}
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Export the agreement"), str(suggested), filters[fmt])
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == f".{fmt}" else path.with_name(path.name + f".{fmt}")


def ask_export_anyway(parent: QWidget, characters: list[str]) -> bool:
    shown = " ".join(characters[:40]) + (" …" if len(characters) > 40 else "")
    codes = ", ".join(f"U+{ord(c):04X}" for c in characters[:12])
    answer = QMessageBox.warning(
        parent,
        _tr("Characters the PDF cannot show"),
        _tr(
            "The PDF font cannot draw these characters of the workshop's text:\n\n{0}\n({1})\n\n"
            "They would appear as empty boxes. Export anyway, or cancel and replace them?"
        ).format(shown, codes),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Ok


def ask_after_export(parent: QWidget, path: Path, seconds: float) -> AfterExport:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Agreement exported"))
    box.setText(_tr("The agreement was written to\n{0}\n({1:.1f} s)").format(path, seconds))
    open_button = box.addButton(_tr("Open"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(_tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return AfterExport.OPEN
    if clicked is folder_button:
        return AfterExport.SHOW_FOLDER
    return AfterExport.CLOSE


def show_failure(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, _tr("The agreement was not exported"), message)


def open_url(url: QUrl) -> bool:
    return bool(QDesktopServices.openUrl(url))


class ExportFlow(QObject):
    """One export at a time per window: ``start(snapshot, fmt, write)``.

    ``write(path)`` does the work on a worker thread and returns the written path; it is given by the
    caller so a signed version can be exported (and its file recorded) the same way as a draft.
    """

    finished = Signal(object)  # the written Path
    failed = Signal(str)

    def __init__(self, parent: QWidget, settings: QSettings) -> None:
        super().__init__(parent)
        self._parent = parent
        self._settings = settings
        self._progress: QProgressDialog | None = None
        self.busy = False

    def start(
        self,
        snapshot: WorkshopSnapshot,
        fmt: str,
        write: Callable[[Path], Path],
        *,
        label: str = "",
        check_characters: Callable[[], list[str]] | None = None,
    ) -> bool:
        """Ask, check, and start writing; False when the user cancelled or an export is running."""
        if self.busy:
            return False
        folder = Path(str(self._settings.value(KEY_EXPORT_FOLDER, "") or Path.home()))
        if not folder.is_dir():
            folder = Path.home()
        path = ask_path(self._parent, folder / suggested_name(snapshot, fmt, label), fmt)
        if path is None:
            return False
        if fmt == "pdf" and check_characters is not None:
            missing = check_characters()
            if missing and not ask_export_anyway(self._parent, missing):
                return False
        self._settings.setValue(KEY_EXPORT_FOLDER, str(path.parent))
        self.busy = True
        progress = QProgressDialog(_tr("Writing {0} …").format(path.name), _tr("Hide"), 0, 0, self._parent)
        progress.setWindowTitle(_tr("Exporting the agreement"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # a quick export shows no flicker
        cancel = QPushButton(_tr("Hide"), progress)
        progress.setCancelButton(cancel)  # hides the dialog; the file is still written
        self._progress = progress
        started = time.perf_counter()

        def done(result: Any) -> None:
            self._close_progress()
            written = Path(result)
            self.finished.emit(written)
            choice = ask_after_export(self._parent, written, time.perf_counter() - started)
            if choice is AfterExport.OPEN:
                open_url(QUrl.fromLocalFile(str(written)))
            elif choice is AfterExport.SHOW_FOLDER:
                open_url(QUrl.fromLocalFile(str(written.parent)))

        def failed(exc: BaseException) -> None:
            self._close_progress()
            message = tr_message(exc) or exc.__class__.__name__
            self.failed.emit(message)
            show_failure(self._parent, message)

        def job() -> Path:
            # The app's objects stay out of the garbage collector's way while the export runs, so
            # no full collection holds the GIL (and the window) for 50–100 ms in the middle of it.
            from slaworkshop.export.heap import long_lived_objects_frozen

            with long_lived_objects_frozen():
                return write(path)

        run_in_background(job, done, failed, owner=self)
        return True

    def _close_progress(self) -> None:
        self.busy = False
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
