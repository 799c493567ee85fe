"""A generic editor for the rows of one ``EntitySpec``: columns from its fields, add / remove / move.

The step pages build every table (participants, goals, stages, criteria, KPIs …) with
:class:`RowTableEditor`. It never writes anywhere itself: each edit comes out of ``ops_requested`` as
ops (``SetField``, ``AddRow``, ``RemoveRow``, ``MoveRow``) for the editor's undo stack and autosave,
and :meth:`RowTableEditor.set_rows` shows the rows as they are now. A value the store would refuse
(letters in a number, a broken e-mail address) stays in its cell, marked, with the message below the
table; it is not sent until it is corrected.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QHelpEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model.enums import AgreementState
from slaworkshop.model.fields import EntitySpec, FieldError, FieldSpec, Kind
from slaworkshop.model.text import MAX_TEXT_LENGTH, clean_text
from slaworkshop.services.ops import AddRow, MoveRow, Op, RemoveRow, SetField

from ..i18n import current_language, in_sentence, tr_message
from .agreement import state_colour, state_icon, state_label
from .fields import ERROR_STYLE, CleanTextEdit, choice_label, parse_date, translate_label
from .flow import FlowLayout

Index = QModelIndex | QPersistentModelIndex
_INVALID = QColor("#fde0e0")


TOOLTIP_CHARS = 2000
"""A tooltip shows at most this much of a long text (the cell's editor has all of it)."""


def ui_locale() -> QLocale:
    """The locale of the language the window speaks (en, de, nl): its digits, separators and signs."""
    return QLocale(current_language())


def number_text(value: int | Decimal, locale: QLocale | None = None, *, grouped: bool = True) -> str:
    """A stored number as the window's language writes it, exactly (no rounding through floats):
    ``2,400,000.5`` in English, ``2.400.000,5`` in German; ungrouped (``2400000,5``) for editing."""
    locale = locale or ui_locale()
    number = Decimal(value)
    if not number.is_finite():
        return str(value)
    text = format(number.normalize(), "f") if number else "0"
    sign = ""
    if text.startswith("-"):
        sign, text = locale.negativeSign(), text[1:]
    whole, _, fraction = text.partition(".")
    if grouped and len(whole) > 3:
        head = len(whole) % 3 or 3
        parts = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
        whole = locale.groupSeparator().join(parts)
    return sign + whole + (locale.decimalPoint() + fraction if fraction else "")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally, line breaks kept and long lines wrapped: Qt renders a
    tooltip that merely looks like markup (``<b>``, ``&nbsp;``, ``<img src=…>``) as rich text."""
    return "<p style='white-space: pre-wrap'>" + escape(text[:TOOLTIP_CHARS], quote=False) + "</p>"


def display_text(spec: FieldSpec, value: Any, locale: QLocale | None = None) -> str:
    """What a cell shows: labels for choices, numbers grouped for the window's language, the first
    line of a text (as typed: the view draws it as plain text)."""
    if value is None:
        return ""
    if spec.kind is Kind.AGREEMENT:
        return state_label(value)
    if spec.kind is Kind.CHOICE:
        if not value:
            return ""
        assert spec.choices is not None
        try:
            member = spec.choices(value)
        except ValueError:
            return str(value)
        return choice_label(spec, member)
    if spec.kind is Kind.BOOL:
        return ""
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return number_text(value, locale)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    # A cell shows the first line; the whole text is in the editor and the tooltip.
    return text.split("\n", 1)[0][:300]


def edit_text(spec: FieldSpec, value: Any) -> str:
    """What a cell's line editor starts from: like :func:`display_text`, but numbers without
    thousands separators, so what is typed back reads as the same number."""
    if isinstance(value, Decimal | int) and not isinstance(value, bool) and spec.kind is not Kind.BOOL:
        return number_text(value, grouped=False)
    return display_text(spec, value)


def parse_cell(spec: FieldSpec, text: Any) -> Any:
    """A cell's edited text as the store keeps it, or :class:`FieldError` with the message."""
    if spec.kind is Kind.DATE and isinstance(text, str):
        try:
            return parse_date(text)
        except ValueError:
            raise FieldError(
                QCoreApplication.translate(
                    "DateField", "{label}: “{text}” is not a date (YYYY-MM-DD or DD.MM.YYYY)."
                ).format(label=translate_label(spec.label), text=text[:40])
            ) from None
    return spec.coerce(text)


class RowTableModel(QAbstractTableModel):
    """The rows of one entity; edits are emitted as ops and shown at once."""

    ops_requested = Signal(list, object)
    message_changed = Signal(str)

    def __init__(self, spec: EntitySpec, columns: Sequence[str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.columns: list[FieldSpec] = [spec.field(n) for n in columns] if columns else list(spec.fields)
        self.rows: list[dict[str, Any]] = []
        self.drafts: dict[tuple[str, str], tuple[str, str]] = {}  # (row id, field) -> (typed text, message)

    # -- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return translate_label(self.columns[section].label)  # the whole label of a narrow column
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self.columns[section]
            return translate_label(column.label) + (" *" if column.required else "")
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind is Kind.BOOL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        value = row.get(column.name)
        draft = self.drafts.get((row["id"], column.name))
        if role == Qt.ItemDataRole.DisplayRole:
            return draft[0] if draft else display_text(column, value)
        if role == Qt.ItemDataRole.EditRole:
            if draft:
                return draft[0]
            if column.kind in (Kind.CHOICE, Kind.AGREEMENT, Kind.BOOL):
                return value
            if column.kind is Kind.LONGTEXT:
                return value or ""
            return edit_text(column, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if draft:
                return plain_tooltip(draft[1])
            # Long texts, and texts of which the cell shows only the first line, in full.
            if isinstance(value, str) and (len(value) > 60 or "\n" in value):
                return plain_tooltip(value)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if draft:
                return _INVALID
            if column.kind is Kind.AGREEMENT:
                colour = state_colour(value or AgreementState.OPEN)
                colour.setAlpha(60)
                return colour
            return None
        if role == Qt.ItemDataRole.DecorationRole and column.kind is Kind.AGREEMENT:
            return state_icon(value or AgreementState.OPEN)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.BOOL:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.BOOL:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, str) and column.kind not in (Kind.CHOICE, Kind.AGREEMENT):
            value = clean_text(value, multiline=column.kind is Kind.LONGTEXT)
        key = (row["id"], column.name)
        try:
            stored = parse_cell(column, value)
        except FieldError as error:
            self.drafts[key] = (str(value), tr_message(error))
            self.dataChanged.emit(index, index)
            self.message_changed.emit(self.message())
            return True
        had_draft = self.drafts.pop(key, None) is not None
        if had_draft:
            self.message_changed.emit(self.message())
        if stored == row.get(column.name):
            if had_draft:
                self.dataChanged.emit(index, index)
            return True
        row[column.name] = stored
        self.dataChanged.emit(index, index)
        self.ops_requested.emit([SetField(self.spec.name, column.name, stored, row["id"])], None)
        return True

    # -- rows from outside
    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Show ``rows``; cells only repaint where something changed, so editing is not interrupted."""
        new = [dict(r) for r in rows]
        if [r["id"] for r in new] != [r["id"] for r in self.rows]:
            self.beginResetModel()
            self.rows = new
            ids = {r["id"] for r in new}
            self.drafts = {k: v for k, v in self.drafts.items() if k[0] in ids}
            self.endResetModel()
            self.message_changed.emit(self.message())
            return
        for number, (old, fresh) in enumerate(zip(self.rows, new, strict=True)):
            if old != fresh:
                self.rows[number] = fresh
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))

    def message(self) -> str:
        return "\n".join(message for _, message in self.drafts.values())

    def row_id(self, number: int) -> str | None:
        return self.rows[number]["id"] if 0 <= number < len(self.rows) else None


class CellDelegate(QStyledItemDelegate):
    """Per-kind cell editors: a list for choices and agreement states, a cleaned line for the rest."""

    def __init__(self, model: RowTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        column = self.model.columns[index.column()]
        if column.kind in (Kind.CHOICE, Kind.AGREEMENT):
            combo = QComboBox(parent)
            if column.kind is Kind.AGREEMENT:
                for state in AgreementState:
                    combo.addItem(state_icon(state), state_label(state), state.value)
            else:
                assert column.choices is not None
                if not column.required or column.default is None:
                    combo.addItem("—", "")
                for member in column.choices:
                    combo.addItem(choice_label(column, member), member.value)
            # Commit as soon as a value is picked, so one keystroke or click is one edit.
            combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
            return combo
        if column.kind is Kind.LONGTEXT:
            # Paragraphs keep their line breaks: Enter starts a new line, Tab commits.
            area = CleanTextEdit(parent)
            area.setMinimumHeight(parent.fontMetrics().height() * 4)
            return area
        line = QLineEdit(parent)
        line.setMaxLength(MAX_TEXT_LENGTH)
        line.setFrame(False)
        return line

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A paragraph editor takes Enter as a new line; Tab (or Ctrl+Enter) ends the edit and saves it.
        if isinstance(editor, CleanTextEdit) and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or (
                control and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ):
                self.commitData.emit(editor)
                hint = QAbstractItemDelegate.EndEditHint
                self.closeEditor.emit(
                    editor, hint.EditPreviousItem if key == Qt.Key.Key_Backtab else hint.EditNextItem
                )
                return True
        return super().eventFilter(editor, event)

    def helpEvent(  # noqa: N802 - Qt override
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        """A cell too narrow for its text shows the whole text when the mouse rests on it."""
        if (
            event is not None
            and event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and not index.data(Qt.ItemDataRole.ToolTipRole)
        ):
            shown = QStyleOptionViewItem(option)
            self.initStyleOption(shown, index)
            if shown.text and self._cut_off(shown, view, index):
                QToolTip.showText(event.globalPos(), plain_tooltip(shown.text), view)
                return True
        return super().helpEvent(event, view, option, index)

    @staticmethod
    def _cut_off(shown: QStyleOptionViewItem, view: QAbstractItemView, index: Index) -> bool:
        style = view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, view)
        if not text_rect.isValid():
            text_rect = view.visualRect(index)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = max(1, text_rect.width() - 2 * margin)
        metrics = shown.fontMetrics
        if shown.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
            needed = metrics.boundingRect(QRect(0, 0, width, 1_000_000), int(flags), shown.text)
            return needed.height() > text_rect.height() or needed.width() > width
        return metrics.horizontalAdvance(shown.text) > width

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value or "")
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, CleanTextEdit):
            editor.set_value(value)
        elif isinstance(editor, QLineEdit) and editor.text() != (value or ""):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, CleanTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class RowTableEditor(QWidget):
    """Table + buttons; keyboard: Ctrl+Ins adds, Ctrl+Del removes, Alt+Up / Alt+Down move the row."""

    ops_requested = Signal(list, object)

    def __init__(
        self,
        spec: EntitySpec,
        parent: QWidget | None = None,
        *,
        columns: Sequence[str] | None = None,
        new_row_values: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.new_row_values = dict(new_row_values or {})
        self.model = RowTableModel(spec, columns, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setTabKeyNavigation(True)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(80)
        self._fit_rows()

        label = translate_label(spec.label)
        self.add_action = self._action(
            self.tr("Add {0}").format(in_sentence(label)), "Ctrl+Ins", self.add_row
        )
        self.remove_action = self._action(self.tr("Remove"), "Ctrl+Del", self.remove_row)
        self.up_action = self._action(self.tr("Move up"), "Alt+Up", lambda: self.move_row(-1))
        self.down_action = self._action(self.tr("Move down"), "Alt+Down", lambda: self.move_row(1))
        buttons = FlowLayout()  # a second row of buttons rather than a sideways scroll bar
        buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for name, action in (
            ("add", self.add_action),
            ("remove", self.remove_action),
            ("up", self.up_action),
            ("down", self.down_action),
        ):
            button = QPushButton(action.text(), self)
            button.setToolTip(
                f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons[name] = button
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)

        self.model.ops_requested.connect(self.ops_requested.emit)
        self.model.message_changed.connect(self._show_message)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _fit_rows(self) -> None:
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            # The editor's zoom for the room: rows and columns grow with the text.
            for header in (self.view.horizontalHeader(), self.view.verticalHeader()):
                header.setFont(self.font())
            self._fit_rows()
            if self.model.rows:
                self.fit_columns()
        super().changeEvent(event)

    def _action(self, text: str, shortcut: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _update_buttons(self, *_args: Any) -> None:
        current = self.current_row()
        has = current is not None
        self.remove_action.setEnabled(has)
        self.up_action.setEnabled(has and current > 0)  # type: ignore[operator]
        self.down_action.setEnabled(has and current < self.model.rowCount() - 1)  # type: ignore[operator]
        for name, action in (
            ("remove", self.remove_action),
            ("up", self.up_action),
            ("down", self.down_action),
        ):
            self.buttons[name].setEnabled(action.isEnabled())

    # -- what the editor calls
    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        current = self.view.currentIndex()
        current_id = self.model.row_id(current.row()) if current.isValid() else None
        column = current.column() if current.isValid() else 0
        reset = [r["id"] for r in rows] != [r["id"] for r in self.model.rows]
        first = not self.model.rows
        self.model.set_rows(rows)
        if reset and first and rows:
            self.fit_columns()
        if reset and current_id is not None:
            self.select_row_id(current_id, column)
        self._update_buttons()

    def fit_columns(self) -> None:
        """Columns as wide as their content, within reason (long notes would push the rest away)."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            limit = 20 * self.fontMetrics().averageCharWidth()
            header.resizeSection(column, max(110, min(header.sectionSize(column) + 16, limit)))

    def select_row_id(self, row_id: str, column: int = 0) -> None:
        for number, row in enumerate(self.model.rows):
            if row["id"] == row_id:
                self.view.setCurrentIndex(self.model.index(number, column))
                return

    def show_row(self, row_id: str | None, field: str = "") -> bool:
        """Select the row (and the column of ``field`` when shown), scroll to it and focus the table;
        without a row id just focus the table. True when the row (or the table) could be shown."""
        names = [f.name for f in self.model.columns]
        column = names.index(field) if field in names else 0
        self.view.setFocus()
        if row_id is None:
            return True
        for number, row in enumerate(self.model.rows):
            if row["id"] == row_id:
                index = self.model.index(number, column)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() and index.row() < self.model.rowCount() else None

    # -- user actions
    def add_row(self) -> None:
        current = self.current_row()
        position = None if current is None else current + 1
        op = AddRow(self.spec.name, dict(self.new_row_values), position=position)
        self.ops_requested.emit([op], None)
        self.select_row_id(op.row_id, 0)
        index = self.view.currentIndex()
        if index.isValid() and self.model.row_id(index.row()) == op.row_id:
            self.view.setFocus()
            self.view.edit(index)

    def remove_row(self) -> None:
        current = self.current_row()
        row_id = None if current is None else self.model.row_id(current)
        if row_id is None:
            return
        column = self.view.currentIndex().column()
        self.ops_requested.emit([RemoveRow(self.spec.name, row_id)], None)
        if self.model.rowCount() and current is not None:
            self.view.setCurrentIndex(self.model.index(min(current, self.model.rowCount() - 1), column))

    def move_row(self, step: int) -> None:
        current = self.current_row()
        if current is None:
            return
        target = current + step
        row_id = self.model.row_id(current)
        if row_id is None or not 0 <= target < self.model.rowCount():
            return
        column = self.view.currentIndex().column()
        self.ops_requested.emit([MoveRow(self.spec.name, row_id, target)], None)
        self.select_row_id(row_id, column)

    def pending_messages(self) -> str:
        return self.model.message()


__all__ = [
    "CellDelegate",
    "Op",
    "RowTableEditor",
    "RowTableModel",
    "display_text",
    "edit_text",
    "number_text",
    "parse_cell",
    "plain_tooltip",
]
