"""Messages shown in place on a step page: problems (red), warnings (amber) and notes (blue).

A page keeps one :class:`NoticeBox` per area (below the funnel inputs, below the scoring table …) and
calls :meth:`NoticeBox.set_notices` after every ``load``. The text always says what is wrong and what
to do; the colour and the symbol only help the eye find it on a projector.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..i18n import tr_message


class Level(StrEnum):
    PROBLEM = "problem"
    WARNING = "warning"
    NOTE = "note"


_STYLE = {
    Level.PROBLEM: ("#fde0e0", "#7a1010", "#d96c6c", "✖"),
    Level.WARNING: ("#fff4d6", "#5c4400", "#e0b84c", "⚠"),
    Level.NOTE: ("#e4eefc", "#173c73", "#8fb0e0", "ℹ"),
}


class NoticeBox(QLabel):
    """A word-wrapped list of messages of one level; hidden while there is nothing to say."""

    def __init__(self, level: Level = Level.WARNING, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        background, colour, border, _ = _STYLE[level]
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {colour}; border: 1px solid {border};"
            " border-radius: 4px; padding: 6px; }"
        )
        self.messages: list[str] = []
        self.hide()

    def set_notices(self, messages: Iterable[str]) -> None:
        found = [tr_message(m) for m in messages if m]  # the model's messages in the window's language
        if found == self.messages:
            return
        self.messages = found
        symbol = _STYLE[self.level][3]
        self.setText("<br>".join(f"{symbol} {escape(m)}" for m in found))
        self.setVisible(bool(found))
