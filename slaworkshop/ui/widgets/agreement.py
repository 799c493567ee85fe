"""The agreement-state control: how far the room agrees on a section or a row, in colour and words.

:class:`AgreementControl` (state + note) serves a whole section (a ``SetClause`` key); the table editor
uses :class:`AgreementStateCombo` and :func:`state_colour` for the ``agreement`` column of a row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from slaworkshop.model.enums import AGREEMENT_LABELS, AgreementState
from slaworkshop.services.ops import Op, SetClause

from .fields import CleanLineEdit

# Distinguishable on a washed-out projector and for the common red-green weakness: the text always
# says the state too, the colour only helps the eye find it.
STATE_COLOURS: dict[AgreementState, str] = {
    AgreementState.OPEN: "#8a8f98",
    AgreementState.PROPOSED: "#2f6fdf",
    AgreementState.AGREED: "#1e8e3e",
    AgreementState.AGREED_WITH_RESERVATIONS: "#9a7d00",
    AgreementState.DISPUTED: "#c5221f",
    AgreementState.PARKED: "#8e44ad",
}


def state_colour(state: AgreementState | str) -> QColor:
    try:
        return QColor(STATE_COLOURS[AgreementState(state)])
    except ValueError:
        return QColor(STATE_COLOURS[AgreementState.OPEN])


def state_label(state: AgreementState | str) -> str:
    try:
        label = AGREEMENT_LABELS[AgreementState(state)]
    except ValueError:
        label = AGREEMENT_LABELS[AgreementState.OPEN]
    return QCoreApplication.translate("AgreementState", label)


def state_icon(state: AgreementState | str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(state_colour(state))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 4, 4)
    painter.end()
    return QIcon(pixmap)


class AgreementStateCombo(QComboBox):
    """The six states with colour chips; ``value_edited`` carries the state's value (a string)."""

    value_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for state in AgreementState:
            self.addItem(state_icon(state), state_label(state), state.value)
        self.activated.connect(lambda index: self.value_edited.emit(self.itemData(index)))
        self.currentIndexChanged.connect(self._paint)
        self._paint()

    def _paint(self) -> None:
        colour = state_colour(self.currentData() or AgreementState.OPEN.value).name()
        self.setStyleSheet(
            f"QComboBox {{ border: 2px solid {colour}; border-radius: 4px; padding: 2px 6px; }}"
        )

    def set_value(self, value: Any) -> None:
        index = self.findData(AgreementState(value).value if value else AgreementState.OPEN.value)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)

    def value(self) -> AgreementState:
        return AgreementState(self.currentData())


class AgreementControl(QWidget):
    """State and note of one agreed item; emits ``state_edited`` / ``note_edited`` for the user's edits."""

    state_edited = Signal(object)
    note_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self.tr("Agreement:"), self)
        self.state = AgreementStateCombo(self)
        self.caption.setBuddy(self.state)
        self.note = CleanLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (e.g. the reservation, or who still has to agree)"))
        # State and note on one line when there is room for a useful note, the note on its own
        # line below when the page is narrow (zoomed for the room): never a sideways scroll bar.
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.addWidget(self.caption, 0, 0)
        self.grid.addWidget(self.state, 0, 1)
        self._stacked: bool | None = None
        self._caption_above = False
        self._place_note(stacked=False)
        self.state.value_edited.connect(lambda value: self.state_edited.emit(AgreementState(value)))
        self.note.value_edited.connect(self.note_edited.emit)

    def set_value(self, state: AgreementState | str, note: str) -> None:
        self.state.set_value(state)
        self.note.set_value(note)

    def is_stacked(self) -> bool:
        return bool(self._stacked)

    def _place_note(self, *, stacked: bool, caption_above: bool = False) -> None:
        """One row; or the note on the row below; or, narrower still, the caption above too."""
        arrangement = (stacked, caption_above)
        if self._stacked is not None and arrangement == (self._stacked, self._caption_above):
            return
        self._stacked, self._caption_above = stacked, caption_above
        for widget in (self.caption, self.state, self.note):
            self.grid.removeWidget(widget)
        for column in range(3):
            self.grid.setColumnStretch(column, 0)
        self.caption.setWordWrap(caption_above)
        if caption_above:
            self.grid.addWidget(self.caption, 0, 0, 1, 2)
            self.grid.addWidget(self.state, 1, 0)
            self.grid.addWidget(self.note, 2, 0, 1, 2)
            self.grid.setColumnStretch(1, 1)
        elif stacked:
            self.grid.addWidget(self.caption, 0, 0)
            self.grid.addWidget(self.state, 0, 1)
            self.grid.addWidget(self.note, 1, 0, 1, 3)
            self.grid.setColumnStretch(2, 1)
        else:
            self.grid.addWidget(self.caption, 0, 0)
            self.grid.addWidget(self.state, 0, 1)
            self.grid.addWidget(self.note, 0, 2)
            self.grid.setColumnStretch(2, 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the narrowest arrangement (caption, state and note one under the other):
        the width the page gives decides the arrangement, not the other way round."""
        hint = super().minimumSizeHint()
        narrowest = max(self.state.minimumSizeHint().width(), self.note.minimumSizeHint().width(), 80)
        return QSize(min(hint.width(), narrowest), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        gap = max(self.grid.horizontalSpacing(), 0)
        # The caption measured on one line: its size hint shrinks once it wraps, which would flip the
        # arrangement back and forth (endless resizing at some widths).
        caption = (
            self.caption.fontMetrics().horizontalAdvance(self.caption.text()) + 2 * self.caption.margin()
        )
        pair = caption + gap + self.state.sizeHint().width()
        note_room = 22 * self.fontMetrics().averageCharWidth() + gap  # a useful note beside the state
        width = event.size().width()
        self._place_note(stacked=width < pair + note_room, caption_above=width < pair)


class ClauseAgreement(AgreementControl):
    """An :class:`AgreementControl` bound to a clause key: edits come out as ``SetClause`` ops."""

    ops_requested = Signal(list, object)  # ops, merge key (typing in the note merges into one undo step)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.state_edited.connect(lambda state: self._emit([SetClause(key, state=state)], None))
        self.note_edited.connect(
            lambda note: self._emit([SetClause(key, note=note)], ("clause", key, "note"))
        )

    def _emit(self, ops: list[Op], merge_key: object) -> None:
        self.ops_requested.emit(ops, merge_key)
