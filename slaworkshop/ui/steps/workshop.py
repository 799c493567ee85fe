"""Step 0, Workshop & participants: who, when, where, in which language, and who is in the room."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from slaworkshop.model.enums import DEPARTMENT_LABELS
from slaworkshop.model.fields import PARTICIPANTS, WORKSHOP
from slaworkshop.services.progress import MAX_PARTICIPANTS, StepId, TeamIssue, TeamWarning, team_warnings
from slaworkshop.services.snapshot import WorkshopSnapshot

from ..widgets.form import EntityForm
from ..widgets.table import RowTableEditor
from .base import StepPage
from .definitions import arrange_columns, wrap_rows

PARTICIPANT_WIDTHS = {"name": 16, "department": 13, "role": 20}
"""Widths in average characters; the e-mail address takes the rest. Roles wrap, nothing scrolls
sideways on a projector."""


def warning_text(warning: TeamWarning) -> str:
    tr = QCoreApplication.translate
    if warning.issue is TeamIssue.TOO_MANY:
        return tr("WorkshopPage", "{0} participants: more than {1} makes it hard to decide together.").format(
            warning.count, MAX_PARTICIPANTS
        )
    if warning.issue is TeamIssue.NO_MARKETING:
        return tr("WorkshopPage", "Nobody from Marketing takes part: both sides must shape the agreement.")
    if warning.issue is TeamIssue.NO_SALES:
        return tr("WorkshopPage", "Nobody from Sales takes part: both sides must shape the agreement.")
    larger = tr("fields", DEPARTMENT_LABELS[warning.larger]) if warning.larger else ""
    return tr(
        "WorkshopPage", "{0} outnumbers the other side {1} to {2}: keep the delegation balanced."
    ).format(larger, warning.count, warning.other)


class WorkshopPage(StepPage):
    """The workshop's own fields and the participants table, with warnings about the delegation."""

    def __init__(self, step: StepId = StepId.WORKSHOP, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        details = QGroupBox(self.tr("The workshop"), self)
        self.form = EntityForm(WORKSHOP, details)
        QVBoxLayout(details).addWidget(self.form)

        people = QGroupBox(self.tr("Participants"), self)
        self.participants = RowTableEditor(PARTICIPANTS, people, new_row_values={})
        self.participants.setObjectName("participants")
        self.participants.setMinimumHeight(260)
        self.warnings = QLabel(people)
        self.warnings.setObjectName("teamWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "QLabel { background: #fff4d6; color: #5c4400; border: 1px solid #e0b84c; border-radius: 4px; padding: 6px; }"
        )
        self.warnings.hide()
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.participants, 1)
        people_layout.addWidget(self.warnings)

        layout = QVBoxLayout(self)
        layout.addWidget(details)
        layout.addWidget(people, 1)
        self.form.ops_requested.connect(self.ops_requested.emit)
        self.participants.ops_requested.connect(self.ops_requested.emit)
        # The columns are arranged again once a zoom or a resize has settled.
        self._arrange_later = QTimer(self)
        self._arrange_later.setSingleShot(True)
        self._arrange_later.setInterval(0)
        self._arrange_later.timeout.connect(self._arrange)
        self.participants.view.viewport().installEventFilter(self)

    def _arrange(self) -> None:
        arrange_columns(self.participants, PARTICIPANT_WIDTHS, last=18, keep=("department",))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._arrange_later.start()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        resized = event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent)
        if resized and event.oldSize().width() != event.size().width():  # type: ignore[attr-defined]
            self._arrange_later.start()
        return False

    def load(self, snapshot: WorkshopSnapshot) -> None:
        self.form.set_values(snapshot.workshop)
        rows = snapshot.rows_of(PARTICIPANTS.name)
        first = not self.participants.model.rows and bool(rows)
        self.participants.set_rows(rows)
        if first:  # the table fitted its columns to the new rows: ours apply again
            self._arrange()
        else:
            wrap_rows(self.participants)
        found = team_warnings(rows)
        self.warnings.setText("\n".join("⚠ " + warning_text(w) for w in found))
        self.warnings.setVisible(bool(found))

    def warning_texts(self) -> list[str]:
        return (
            [line for line in self.warnings.text().split("\n") if line]
            if self.warnings.isVisibleTo(self)
            else []
        )

    def show_target(self, entity: str, row_id: str | None = None, field: str = "", clause: str = "") -> bool:
        if entity == "workshop":
            return self.form.show_field(field)
        if entity == PARTICIPANTS.name:
            return self.participants.show_row(row_id, field)
        return False

    def pending_messages(self) -> str:
        return "\n".join(m for m in (self.form.pending_messages(), self.participants.pending_messages()) if m)


PAGE = WorkshopPage
