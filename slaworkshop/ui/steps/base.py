"""The base of every step page, and the page of a step whose form is not built yet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from slaworkshop.services.progress import StepId
from slaworkshop.services.snapshot import WorkshopSnapshot

from ..guidance import guidance


class StepPage(QWidget):
    """A page shows one step of the open workshop.

    It emits every edit as ops on ``ops_requested(ops, merge_key)`` and never writes itself; the
    editor applies them (undo stack, autosave) and calls :meth:`load` with the new snapshot. ``load``
    must only touch widgets whose value differs, so typing is never interrupted.
    """

    ops_requested = Signal(list, object)
    navigate_requested = Signal(object)  # a services.review.Finding (or anything with its place fields)
    shows_guidance = False  # True: the page itself presents the questions, the side panel would repeat them

    def __init__(self, step: StepId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step{int(step)}")

    def follow_viewport(self) -> None:
        """Call :meth:`viewport_resized` whenever the scroll area's viewport (the page's parent)
        changes size: its width, not the page's, decides how a page arranges itself."""
        parent = self.parentWidget()
        if parent is not None:
            parent.installEventFilter(self)

    def viewport_resized(self) -> None:
        """The viewport followed by :meth:`follow_viewport` changed size."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.viewport_resized()
        return False

    def load(self, snapshot: WorkshopSnapshot) -> None:
        """Show ``snapshot``; called after every edit, undo and reload."""

    def pending_messages(self) -> str:
        """Values the user typed that cannot be stored yet (shown in place), for the close question."""
        return ""

    def show_target(self, entity: str, row_id: str | None = None, field: str = "", clause: str = "") -> bool:
        """Bring the place of a review finding into view and focus it (the row's cell, the form's
        field, the section's agreement control); False when this page has no such place."""
        del entity, row_id, field, clause
        return False


class GuidanceOnlyPage(StepPage):
    """Until a step's form exists, its page presents the facilitator's questions, large and clear."""

    shows_guidance = True

    def __init__(self, step: StepId, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        text = guidance(step)
        heading = QLabel(self.tr("Questions for the room"), self)
        heading.setObjectName("pageHeading")
        purpose = QLabel(text.purpose, self)
        purpose.setWordWrap(True)
        questions = QLabel(
            "<ol style='margin-left: 0px'>"
            + "".join(f"<li style='margin-bottom: 8px'>{q}</li>" for q in _escaped(text.questions))
            + "</ol>",
            self,
        )
        questions.setTextFormat(Qt.TextFormat.RichText)
        questions.setWordWrap(True)
        questions.setObjectName("questions")
        note = QLabel(
            self.tr(
                "This step has no form to fill in yet. Lead the discussion with these questions and note "
                "the answers on the flip chart; the step's form comes with a later version of SLA Workshop."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("pageNote")
        self._scaled = [
            (heading, 1.5, True, False),
            (purpose, 1.25, False, False),
            (questions, 1.25, False, False),
        ]
        note.setStyleSheet("QLabel { color: #555; border-top: 1px solid #bbb; padding-top: 8px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(purpose)
        layout.addWidget(questions)
        if text.tip:
            tip = QLabel(text.tip, self)
            tip.setWordWrap(True)
            tip.setObjectName("tip")
            self._scaled.append((tip, 1.1, False, True))
            layout.addWidget(tip)
        layout.addSpacing(12)
        layout.addWidget(note)
        layout.addStretch(1)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        """Larger than the page's text, and growing with the editor's zoom for the room."""
        base = self.font().pointSizeF()
        for label, factor, bold, italic in self._scaled:
            font = QFont(self.font())
            font.setPointSizeF(base * factor)
            font.setBold(bold)
            font.setItalic(italic)
            label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._scale_fonts()
        super().changeEvent(event)


def _escaped(items: tuple[str, ...]) -> list[str]:
    from html import escape

    return [escape(i) for i in items]
