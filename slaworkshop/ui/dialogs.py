"""The window's dialogs: new workshop, damaged database at start-up, keyboard shortcuts, messages.

User text (client names, titles, error details with paths) is never interpreted as markup here:
QMessageBox guesses rich text from a ``<`` and would render ``<img src=…>`` from a client name, so
every message goes through :func:`plain`.
"""

from __future__ import annotations

import html
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model.enums import LANGUAGE_LABELS, Language
from slaworkshop.model.errors import StoreError
from slaworkshop.model.text import MAX_TEXT_LENGTH, clean_text
from slaworkshop.services.errors import ValidationError
from slaworkshop.services.workshops import WorkshopService

from .i18n import tr_message

ERROR_STYLE = "color: #b3261e;"


def plain(text: str) -> str:
    """``text`` as rich text that shows exactly these characters (markup in user data stays inert)."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def shorten(text: str, limit: int = 80) -> str:
    """A one-line, bounded version of user text for titles and messages."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, plain(text))


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, plain(text))


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = False) -> bool:
    """Ask a yes/no question; the safe answer (No) is the default for destructive ones."""
    default = QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes
    answer = QMessageBox.question(
        parent,
        title,
        plain(text),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        default,
    )
    return answer == QMessageBox.StandardButton.Yes


class _FieldError(QLabel):
    """A message shown in place, under the field it is about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


EMPTY_START = ""
"""The "Start with" choice for an empty workshop (otherwise the choice is a starter id)."""


class NewWorkshopDialog(QDialog):
    """Client, title, first day, document language and what to start with; created on "Create".

    With a :class:`StarterService` the user can start from the shipped starter content for the
    document language, from one of their own starters, or empty, and can open the sample workshop.
    """

    def __init__(self, service: WorkshopService, parent: QWidget | None = None, starters: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._starters = starters
        self.workshop_id: str | None = None
        self.setWindowTitle(self.tr("New workshop"))
        self.setObjectName("newWorkshopDialog")
        self.setMinimumWidth(560)

        intro = QLabel(self.tr("Who is the workshop for? You can change everything later in step 0."))
        intro.setWordWrap(True)

        self.client_edit = QLineEdit()
        self.client_edit.setObjectName("client")
        self.client_edit.setPlaceholderText(self.tr("e.g. Northwind Traders GmbH"))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(self.tr("e.g. Marketing–Sales SLA 2027"))
        for edit in (self.client_edit, self.title_edit):
            # Qt's default cap (32,767) would cut a long paste silently; the store's own limit applies.
            edit.setMaxLength(MAX_TEXT_LENGTH)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("firstDay")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        for language, label in LANGUAGE_LABELS.items():
            self.language_combo.addItem(label, language.value)

        self.start_combo = QComboBox()
        self.start_combo.setObjectName("startWith")
        self._fill_starters()
        self.language_combo.currentIndexChanged.connect(lambda _i: self._follow_language())

        self.client_error = _FieldError()
        self.title_error = _FieldError()
        self.date_error = _FieldError()
        self.general_error = _FieldError()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("&Client organisation:"), self._with_error(self.client_edit, self.client_error))
        form.addRow(self.tr("&Title:"), self._with_error(self.title_edit, self.title_error))
        form.addRow(self.tr("&First day:"), self._with_error(self.date_edit, self.date_error))
        form.addRow(self.tr("Document &language:"), self.language_combo)
        form.addRow(self.tr("&Start with:"), self.start_combo)
        self.start_combo.setVisible(self._starters is not None)
        start_label = form.labelForField(self.start_combo)
        if start_label is not None:
            start_label.setVisible(self._starters is not None)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("Create workshop"))
        self.create_button.setObjectName("createButton")
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter anywhere in the form means "Create", never "Cancel" (which would drop what was typed).
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.create_button.setAutoDefault(True)
        self.create_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("Open the s&ample workshop"))
        self.sample_button.setObjectName("sampleButton")
        self.sample_button.setAutoDefault(False)
        self.sample_button.setToolTip(
            self.tr("A fictional client with every step filled in, to look around or demo.")
        )
        self.sample_button.clicked.connect(self.create_sample)
        self.sample_button.setVisible(starters is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sample_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.client_edit.textEdited.connect(lambda _t: self.client_error.show_message(""))
        self.title_edit.textEdited.connect(lambda _t: self.title_error.show_message(""))

    @staticmethod
    def _with_error(field: QWidget, error: QLabel) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        return box

    def _fill_starters(self) -> None:
        combo = self.start_combo
        combo.clear()
        if self._starters is not None:
            try:
                found = self._starters.list_starters()
            except (OSError, StoreError):
                found = []
            for info in found:
                if info.problem:
                    continue  # a broken file of the user's is reported where starters are managed
                label = (
                    info.name
                    if info.shipped
                    else self.tr("My starter: %1").replace("%1", shorten(info.name, 60))
                )
                combo.addItem(label, info.id)
                if info.description:
                    combo.setItemData(
                        combo.count() - 1, shorten(info.description, 300), Qt.ItemDataRole.ToolTipRole
                    )
        combo.addItem(self.tr("An empty workshop"), EMPTY_START)
        self._follow_language()

    def _follow_language(self) -> None:
        """Keep the shipped starter in the document's language selected while the user picks one."""
        current = self.start_combo.currentData()
        if current not in (None, "") and not str(current).startswith("shipped:"):
            return  # the user chose their own starter; leave it
        language = self.language_combo.currentData() or Language.EN.value
        index = self.start_combo.findData(f"shipped:{language}")
        if index >= 0:
            self.start_combo.setCurrentIndex(index)

    def set_language(self, language: str) -> None:
        index = self.language_combo.findData(language)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def accept(self) -> None:
        """Check the fields, show what is wrong in place, create the workshop when all is well."""
        client = clean_text(self.client_edit.text(), multiline=False).strip()
        title = clean_text(self.title_edit.text(), multiline=False).strip()
        self.client_error.show_message("" if client else self.tr("Please name the client organisation."))
        self.title_error.show_message("" if title else self.tr("Please give the workshop a title."))
        self.general_error.show_message("")
        if not client:
            self.client_edit.setFocus()
            return
        if not title:
            self.title_edit.setFocus()
            return
        language = self.language_combo.currentData() or Language.EN.value
        starter = self.start_combo.currentData() or None
        chosen = self.date_edit.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        try:
            if self._starters is not None and starter is not None:
                self.workshop_id = self._starters.create_workshop(
                    starter, client, title, language=language, date_start=day
                )
            else:
                self.workshop_id = self._service.create(client, title, language=language, date_start=day)
        except ValidationError as exc:
            target = {"client": self.client_error, "title": self.title_error, "date_start": self.date_error}
            target.get(exc.field, self.general_error).show_message(tr_message(exc))
            return
        except StoreError as exc:
            self.general_error.show_message(
                self.tr("The workshop could not be created: %1").replace("%1", tr_message(exc))
            )
            return
        super().accept()

    def create_sample(self) -> None:
        """Create the sample workshop in the chosen document language and close the dialog."""
        from slaworkshop.services.sample import create_sample

        language = self.language_combo.currentData() or Language.EN.value
        try:
            self.workshop_id = create_sample(self._service, language)
        except (OSError, StoreError) as exc:
            self.general_error.show_message(
                self.tr("The sample workshop could not be created: %1").replace("%1", tr_message(exc))
            )
            return
        super().accept()


class DamagedChoice(Enum):
    RESTORE = "restore"
    EMPTY = "empty"
    QUIT = "quit"


class DamagedDatabaseDialog(QDialog):
    """Start-up found a damaged database file: restore the newest backup, start empty, or quit.

    Both ways forward keep the damaged file aside (``*.damaged-<stamp>``); nothing is deleted.
    """

    def __init__(
        self,
        db_path: Path,
        detail: str,
        backup: Path | None,
        backup_time: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = DamagedChoice.QUIT
        self.setObjectName("damagedDatabaseDialog")
        self.setWindowTitle(self.tr("The workshop database is damaged"))
        self.setMinimumWidth(620)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("SLA Workshop cannot open your workshop database."))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setWordWrap(True)
        what = QLabel(
            self.tr("The file %1 is damaged (%2). It has not been changed.")
            .replace("%1", str(db_path))
            .replace("%2", detail)
        )
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if backup is not None:
            advice_text = self.tr(
                "The newest verified backup is from %1. Restoring it brings back your workshops as they "
                "were then; the damaged file is kept aside next to it, so nothing is deleted."
            ).replace("%1", backup_time or backup.name)
        else:
            advice_text = self.tr(
                "There is no verified backup to restore. You can start with an empty database; the "
                "damaged file is kept aside, so it can still be rescued later."
            )
        advice = QLabel(advice_text)
        advice.setTextFormat(Qt.TextFormat.PlainText)
        advice.setWordWrap(True)

        self.restore_button = QPushButton(self.tr("&Restore newest backup"))
        self.restore_button.setObjectName("restoreButton")
        self.empty_button = QPushButton(self.tr("Start with an &empty database"))
        self.empty_button.setObjectName("emptyButton")
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setObjectName("quitButton")
        self.restore_button.setVisible(backup is not None)
        (self.restore_button if backup is not None else self.quit_button).setDefault(True)
        self.restore_button.clicked.connect(lambda: self._choose(DamagedChoice.RESTORE))
        self.empty_button.clicked.connect(lambda: self._choose(DamagedChoice.EMPTY))
        self.quit_button.clicked.connect(lambda: self._choose(DamagedChoice.QUIT))

        # One label for both paragraphs: separate word-wrapped labels get their heights for a
        # narrower width and leave gaps between the paragraphs.
        body = QLabel(what.text() + "\n\n" + advice.text())
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setObjectName("damagedExplanation")
        self.explanation = body
        text_column = QVBoxLayout()
        text_column.setSpacing(12)
        text_column.addWidget(heading)
        text_column.addWidget(body)
        text_column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(text_column, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(18)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _choose(self, choice: DamagedChoice) -> None:
        self.choice = choice
        if choice is DamagedChoice.QUIT:
            self.reject()
        else:
            self.accept()


class ShortcutsDialog(QDialog):
    """Every menu action with its key, so a facilitator can drive the app from the keyboard."""

    def __init__(self, actions: list[tuple[str, QAction]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.resize(660, 720)  # every shortcut visible without scrolling on a 1280×800 screen
        table = QTableWidget(0, 3)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for menu, action in actions:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            row = table.rowCount()
            table.insertRow(row)
            for column, value in enumerate((menu, action.text().replace("&", ""), keys)):
                table.setItem(row, column, QTableWidgetItem(value))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Menus also open with Alt and the underlined letter.")))
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table


__all__ = [
    "DamagedChoice",
    "DamagedDatabaseDialog",
    "NewWorkshopDialog",
    "ShortcutsDialog",
    "confirm",
    "plain",
    "show_error",
    "show_warning",
    "shorten",
]
