"""Field editors that never lose what was typed.

Every editor has ``value_edited(object)`` (emitted only for the user's own edits, with the value as the
store keeps it) and ``set_value(value)`` (updates the display without emitting, and only when the value
really differs, so a refresh while typing never moves the cursor). Invalid input (letters in a number,
an impossible date) stays in the field with a message beside it; nothing is emitted until it is valid,
so it never blocks other fields from saving.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from slaworkshop.model.fields import FieldError, FieldSpec, Kind
from slaworkshop.model.text import MAX_TEXT_LENGTH, clean_text

from ..i18n import tr_message

ERROR_STYLE = "color: #b00020;"


def is_undo_or_redo(event: QEvent) -> bool:
    """The workshop's own undo stack handles Ctrl+Z / Ctrl+Shift+Z, not a text field's private one."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
    )


def translate_label(label: str) -> str:
    """Field labels come from the model registry; the "fields" context lets a catalogue translate them."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("fields", label)


class CleanLineEdit(QLineEdit):
    """One line of text; pasted control characters are stripped; up to 1,000,000 characters."""

    value_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(MAX_TEXT_LENGTH)  # Qt's default of 32,767 would cut a long paste silently
        self.textEdited.connect(self._on_edited)

    def event(self, event: QEvent) -> bool:
        if is_undo_or_redo(event):
            event.ignore()
            return True
        return super().event(event)

    def _on_edited(self, text: str) -> None:
        cleaned = clean_text(text, multiline=False)
        if cleaned != text:
            position = max(0, self.cursorPosition() - (len(text) - len(cleaned)))
            self.setText(cleaned)
            self.setCursorPosition(min(position, len(cleaned)))
        self.value_edited.emit(cleaned)

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.text():
            self.setText(text)

    def value(self) -> str:
        return self.text()


class CleanTextEdit(QPlainTextEdit):
    """Paragraphs of text; pasted control characters are stripped; 100,000 characters are fine."""

    value_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)  # Tab moves on, as in a form; the room types no tab stops
        self.textChanged.connect(self._on_changed)

    def event(self, event: QEvent) -> bool:
        if is_undo_or_redo(event):
            event.ignore()
            return True
        return super().event(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if source.hasText():
            self.insertPlainText(clean_text(source.text()))

    def _on_changed(self) -> None:
        if self._loading:
            return
        text = self.toPlainText()
        cleaned = clean_text(text)
        if cleaned != text:  # typed or dropped, not pasted: clean in place
            self._replace(cleaned)
        self.value_edited.emit(cleaned)

    def _replace(self, text: str) -> None:
        cursor = self.textCursor()
        position = min(cursor.position(), len(text))
        self._loading = True
        try:
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(position)
            self.setTextCursor(cursor)
        finally:
            self._loading = False

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.toPlainText():
            self._replace(text)

    def value(self) -> str:
        return self.toPlainText()


class CheckedField(QWidget):
    """A line edit whose text is checked by a FieldSpec; a wrong value gets a message in place."""

    value_edited = Signal(object)

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._value: Any = None
        self.edit = CleanLineEdit(self)
        self.edit.setMaxLength(200)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.value_edited.connect(self._on_text)

    def parse(self, text: str) -> Any:
        return self.spec.coerce(text)

    def format(self, value: Any) -> str:
        return "" if value is None else str(value)

    def _on_text(self, text: str) -> None:
        try:
            value = self.parse(text)
        except FieldError as error:
            self.show_message(str(error))
            return
        self.show_message("")
        self._value = value
        self.value_edited.emit(value)

    def show_message(self, message: str) -> None:
        message = tr_message(message)  # the model's message in the window's language
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.edit.setProperty("invalid", bool(message))
        self.edit.setStyleSheet("border: 2px solid #b00020;" if message else "")

    def has_error(self) -> bool:
        return self.message.isVisibleTo(self)

    def set_value(self, value: Any) -> None:
        if self.has_error() and value == self._value:
            return  # keep what the user is still correcting
        self._value = value
        text = self.format(value)
        try:
            same = self.parse(self.edit.text()) == value
        except FieldError:
            same = False
        if not same:
            self.edit.setText(text)
        self.show_message("")

    def value(self) -> Any:
        return self._value


class NumberField(CheckedField):
    """A whole number, decimal or percentage within the field's bounds."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        suffix = spec.unit_suffix().strip()
        if suffix:
            self.row.addWidget(QLabel(translate_label(suffix), self))

    def format(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, Decimal):
            return format(value.normalize(), "f")
        return str(value)


_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")


def parse_date(text: str) -> date | None:
    """ISO (2027-03-15) or day first (15.03.2027, 15/03/2027); empty means no date."""
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    return date.fromisoformat(text.strip()) if text.strip() else None


class DateField(CheckedField):
    """A date or no date; typed or picked from a calendar."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit.setPlaceholderText(self.tr("no date (YYYY-MM-DD)"))
        self.edit.setClearButtonEnabled(True)
        self.pick = QToolButton(self)
        self.pick.setText(self.tr("Calendar"))
        self.pick.setToolTip(self.tr("Pick a date"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        self.calendar = QCalendarWidget(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.pick.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.row.addWidget(self.pick)

    def parse(self, text: str) -> Any:
        try:
            return parse_date(text)
        except ValueError:
            raise FieldError(
                self.tr("{label}: “{text}” is not a date (YYYY-MM-DD or DD.MM.YYYY).").format(
                    label=translate_label(self.spec.label), text=text[:40]
                )
            ) from None

    def format(self, value: Any) -> str:
        return value.isoformat() if isinstance(value, date) else ""

    def _picked(self, picked: QDate) -> None:
        chosen = date(picked.year(), picked.month(), picked.day())
        self.edit.setText(chosen.isoformat())
        self.pick.menu().hide()
        self._on_text(self.edit.text())


class ChoiceField(QComboBox):
    """One value of a closed vocabulary, shown by its label; empty allowed unless a default exists."""

    value_edited = Signal(object)

    def __init__(
        self, spec: FieldSpec, labels: dict[Any, str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        assert spec.choices is not None
        if spec.default is None:
            self.addItem(self.tr("— choose —"), "")
        for member in spec.choices:
            label = (labels or {}).get(member)
            self.addItem(translate_label(label) if label else choice_label(spec, member), member.value)
        self.activated.connect(lambda index: self.value_edited.emit(self.itemData(index)))

    def set_value(self, value: Any) -> None:
        index = self.findData(value if value is not None else "")
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)

    def value(self) -> Any:
        return self.currentData()


def labels_for(spec: FieldSpec) -> dict[Any, str]:
    """The product's labels for the vocabularies the model names (department, owner, language …)."""
    from slaworkshop.model import enums

    tables = [getattr(enums, name) for name in dir(enums) if name.endswith("_LABELS")]
    for table in tables:
        if (
            spec.choices is not None
            and isinstance(table, dict)
            and all(isinstance(k, spec.choices) for k in table)
        ):
            return dict(table)
    return {}


def choice_label(spec: FieldSpec, member: Any) -> str:
    """How one value of a vocabulary is shown: the model's label, else its value in words."""
    label = labels_for(spec).get(member)
    if label is None:
        value = getattr(member, "value", str(member))
        label = value.replace("_", " ").capitalize()
    return translate_label(label)


def make_editor(spec: FieldSpec, parent: QWidget | None = None) -> QWidget:
    """The editor for one field of any kind (the agreement kind has its own control)."""
    if spec.kind is Kind.LONGTEXT:
        return CleanTextEdit(parent)
    if spec.kind in (Kind.INT, Kind.DECIMAL, Kind.PERCENT):
        return NumberField(spec, parent)
    if spec.kind is Kind.DATE:
        return DateField(spec, parent)
    if spec.kind is Kind.CHOICE:
        return ChoiceField(spec, labels_for(spec), parent)
    if spec.kind is Kind.BOOL:
        return BoolField(parent)
    if spec.kind is Kind.AGREEMENT:
        from .agreement import AgreementStateCombo

        return AgreementStateCombo(parent)
    if spec.kind is Kind.EMAIL:
        return CheckedField(spec, parent)
    return CleanLineEdit(parent)


class BoolField(QWidget):
    value_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox

        super().__init__(parent)
        self.box = QCheckBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.setFocusProxy(self.box)
        self.box.clicked.connect(lambda checked: self.value_edited.emit(bool(checked)))

    def set_value(self, value: Any) -> None:
        if bool(value) != self.box.isChecked():
            self.box.setChecked(bool(value))

    def value(self) -> bool:
        return self.box.isChecked()


__all__ = [
    "BoolField",
    "ChoiceField",
    "CleanLineEdit",
    "CleanTextEdit",
    "DateField",
    "NumberField",
    "make_editor",
    "parse_date",
]
