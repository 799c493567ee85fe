"""Step 1, Shared goals: the SMART goals both departments own, and what each side needs from the other.

The table holds every goal (metric, kind, owner, baseline, target, unit, period, deadline, agreement).
Below it, the goal selected in the table is spelt out as one sentence and its "dependencies between
the departments" — usually a paragraph — get an editor of their own, because a table cell only shows
the first line. A summary line counts the goals per owner and how many are agreed; notes say where a
goal is not yet SMART (no period and no deadline) or where the goals are not yet tied to money.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from slaworkshop.model.enums import OWNER_LABELS, AgreementState, GoalCategory, Owner
from slaworkshop.model.fields import EntitySpec
from slaworkshop.model.steps import GOALS
from slaworkshop.services.ops import SetField
from slaworkshop.services.progress import StepId
from slaworkshop.services.snapshot import Row, WorkshopSnapshot

from ..widgets.fields import ChoiceField, CleanLineEdit, CleanTextEdit, labels_for, translate_label
from ..widgets.notice import Level, NoticeBox
from ..widgets.table import RowTableEditor
from .base import StepPage

TABLE_COLUMNS = ("metric", "owner", "baseline", "target", "unit", "period", "deadline", "agreement")
"""What fits a projected page beside the guidance panel. The kind of goal and the dependencies (a
paragraph) are edited below the table, for the selected goal."""
COLUMN_LIMITS = {"period": 15, "agreement": 14, "deadline": 30, "baseline": 13, "target": 13}

NEW_GOAL = {"category": GoalCategory.REVENUE.value, "owner": Owner.SHARED.value}
MONEY = (GoalCategory.REVENUE.value, GoalCategory.MARGIN.value)
AGREED = (AgreementState.AGREED.value, AgreementState.AGREED_WITH_RESERVATIONS.value)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoalsPage", text)


def goal_title(row: Row, index: int) -> str:
    """How a goal is named in a message: its metric (first line), else “Goal <n>”."""
    metric = str(row.get("metric") or "").strip().split("\n", 1)[0]
    if not metric:
        return _tr("Goal {0}").format(index + 1)
    return metric if len(metric) <= 60 else metric[:59] + "…"


def summary_text(rows: Sequence[Row]) -> str:
    """“5 goals: 1 Sales, 4 shared · 4 agreed, 1 disputed” — the room's progress at a glance."""
    if not rows:
        return _tr("No goals yet. Start with the money: revenue, margin, then retention and satisfaction.")
    count = _tr("1 goal") if len(rows) == 1 else _tr("{0} goals").format(len(rows))
    owners = Counter(str(r.get("owner") or "") for r in rows)
    parts = [
        f"{owners[o.value]} {translate_label(OWNER_LABELS[o]) if o is not Owner.SHARED else _tr('shared')}"
        for o in Owner
        if owners[o.value]
    ]
    if owners[""]:
        parts.append(_tr("{0} without owner").format(owners[""]))
    states = Counter(str(r.get("agreement") or AgreementState.OPEN.value) for r in rows)
    agreed = sum(states[s] for s in AGREED)
    status = [_tr("{0} agreed").format(agreed)]
    if states[AgreementState.DISPUTED.value]:
        status.append(_tr("{0} disputed").format(states[AgreementState.DISPUTED.value]))
    return f"{count}: {', '.join(parts)} · {', '.join(status)}"


def goal_notes(rows: Sequence[Row]) -> list[str]:
    """What keeps the goals from being SMART or tied to money (notes, not errors: the room decides)."""
    notes: list[str] = []
    for index, row in enumerate(rows):
        if not str(row.get("metric") or "").strip():
            continue  # a goal still being written: the table marks the missing metric
        if not str(row.get("period") or "").strip() and row.get("deadline") is None:
            notes.append(
                _tr("“{0}” has no period and no deadline. SMART: say by when.").format(goal_title(row, index))
            )
        if row.get("category") == GoalCategory.REVENUE.value and row.get("owner") not in (
            "",
            Owner.SHARED.value,
        ):
            notes.append(
                _tr("“{0}” is a revenue goal owned by one side: both departments answer for revenue.").format(
                    goal_title(row, index)
                )
            )
    named = [r for r in rows if str(r.get("metric") or "").strip()]
    if named and not any(r.get("category") in MONEY for r in named):
        notes.append(_tr("No goal is about revenue or margin yet: tie at least one goal to money."))
    return notes


def _number(value: Decimal, locale: QLocale) -> str:
    locale = QLocale(locale)
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # group thousands, even in "C"
    value = value.normalize()
    exponent = value.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return locale.toString(float(value), "f", min(decimals, 6))


def goal_sentence(row: Row, locale: QLocale | None = None) -> str:
    """The selected goal in words: “Shared: from 1,900,000 to 2,400,000 GBP (+26.3 %) · FY 2027 · by …”."""
    locale = locale or QLocale()
    owner = str(row.get("owner") or "")
    try:
        who = translate_label(OWNER_LABELS[Owner(owner)])
    except ValueError:
        who = _tr("No owner yet")
    unit = str(row.get("unit") or "").strip()
    baseline, target = row.get("baseline"), row.get("target")
    parts: list[str] = []
    if isinstance(target, Decimal):
        target_text = _number(target, locale) + (f" {unit}" if unit else "")
        if isinstance(baseline, Decimal):
            change = target - baseline
            sign = "+" if change > 0 else ("−" if change < 0 else "±")
            delta = sign + _number(abs(change), locale) + (f" {unit}" if unit else "")
            if baseline != 0 and "%" not in unit:
                relative = abs(change) / abs(baseline) * 100
                delta += f", {sign}{locale.toString(float(relative), 'f', 1)} %"
            parts.append(
                _tr("from {0} to {1} ({2})").format(
                    _number(baseline, locale) + (f" {unit}" if unit else ""), target_text, delta
                )
            )
        else:
            parts.append(_tr("target {0} (no baseline yet)").format(target_text))
    else:
        parts.append(_tr("no target yet"))
    period = str(row.get("period") or "").strip()
    if period:
        parts.append(period)
    deadline = row.get("deadline")
    if isinstance(deadline, date):
        day = QDate(deadline.year, deadline.month, deadline.day)
        parts.append(_tr("by {0}").format(locale.toString(day, "d MMM yyyy")))
    elif not period:
        parts.append(_tr("no period or deadline"))
    return f"{who}: " + " · ".join(parts)


class WrappingTable(RowTableEditor):
    """A row table sized for a projector beside the guidance panel: one column (``stretch``) takes the
    room the others leave, short columns fit their content up to ``limits`` (in average characters),
    and long text wraps onto more lines instead of being cut after a few words.

    With ``fit_rows`` (a range of rows), the table is as tall as its rows within that range, so a
    page with several tables shows each one whole instead of giving one the other's empty space."""

    def __init__(
        self,
        spec: EntitySpec,
        parent: QWidget | None = None,
        *,
        stretch: str,
        limits: Mapping[str, int] | None = None,
        columns: Sequence[str] | None = None,
        new_row_values: Mapping[str, Any] | None = None,
        fit_rows: tuple[int, int] | None = None,
    ) -> None:
        self.stretch = stretch
        self.limits = dict(limits or {})
        self.fit_rows = fit_rows
        super().__init__(spec, parent, columns=columns, new_row_values=new_row_values)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setMinimumSectionSize(40)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setStyleSheet(
            "QTableView::item { padding-top: 2px; padding-bottom: 2px; }"
        )  # wrapped rows need air
        self.fit_columns()  # also while empty: the header alone must fit the page
        if fit_rows is not None:
            self._fit_timer = QTimer(self)
            self._fit_timer.setSingleShot(True)
            self._fit_timer.setInterval(0)  # after the layout has given the columns their widths
            self._fit_timer.timeout.connect(self.fit_height)
            for signal in (
                self.model.modelReset,
                self.model.dataChanged,
                self.view.horizontalHeader().sectionResized,
            ):
                signal.connect(self._fit_timer.start)
            self.fit_height()

    def fit_height(self) -> None:
        """As tall as the rows (wrapped text included), between the ``fit_rows`` bounds."""
        if self.fit_rows is None:
            return
        fewest, most = self.fit_rows
        view = self.view
        view.resizeRowsToContents()
        count = self.model.rowCount()
        rows = sum(view.rowHeight(r) for r in range(min(count, most)))
        rows += max(0, fewest - count) * view.verticalHeader().defaultSectionSize()
        scroll = view.horizontalScrollBar()
        height = (
            view.horizontalHeader().sizeHint().height()
            + rows
            + 2 * view.frameWidth()
            + (scroll.sizeHint().height() if scroll.isVisible() else 0)
        )
        if view.minimumHeight() != height:
            view.setMinimumHeight(height)
            view.setMaximumHeight(height)

    STRETCH_CHARS = 15
    """The stretched column keeps room for this many characters; the others give way first."""
    firm: frozenset[str] = frozenset({"owner", "baseline", "target", "deadline", "start", "end", "date"})
    """Columns of numbers, dates and one-word choices, never shrunk below their content."""

    def fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        char = max(self.fontMetrics().averageCharWidth(), 1)
        widths: dict[int, int] = {}
        for column, field in enumerate(self.model.columns):
            if field.name == self.stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.view.resizeColumnToContents(column)
            limit = self.limits.get(field.name, 11) * char
            widths[column] = max(5 * char, min(header.sectionSize(column) + 8, limit))
        # Narrow (a zoom for the room, a long-worded language): the short columns give way, in
        # proportion, so the stretched one stays readable and nothing scrolls sideways.
        room = self.view.viewport().width() - 2
        keep = self.STRETCH_CHARS * char if self.stretch else 0
        wanted = sum(widths.values()) + keep
        if room > 200 and wanted > room:
            # Numbers and dates are never cut: the columns of words give way (they wrap or elide).
            firm = {c for c, f in enumerate(self.model.columns) if f.name in self.firm and c in widths}
            fixed = sum(widths[c] for c in firm)
            soft = sum(w for c, w in widths.items() if c not in firm)
            scale = max(0.45, (room - keep - fixed) / max(soft, 1))
            widths = {c: w if c in firm else max(int(w * scale), 4 * char) for c, w in widths.items()}
        for column, width in widths.items():
            header.resizeSection(column, width)
        self._fitted_for = room

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if abs(self.view.viewport().width() - 2 - getattr(self, "_fitted_for", 0)) > 24:
            self.fit_columns()


class GoalsPage(StepPage):
    """The SMART goals table, the selected goal's dependencies in a large editor, summary and notes."""

    shows_guidance = False

    def __init__(self, step: StepId = StepId.GOALS, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self._rows: tuple[Row, ...] = ()
        self._shown_id: str | None = None

        goals = QGroupBox(self.tr("SMART goals both departments answer for"), self)
        self.summary = QLabel(goals)
        self.summary.setObjectName("goalSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.table = WrappingTable(
            GOALS,
            goals,
            stretch="metric",
            limits=COLUMN_LIMITS,
            columns=TABLE_COLUMNS,
            new_row_values=NEW_GOAL,
        )
        self.table.setObjectName("goals")
        self.table.setMinimumHeight(250)
        self.notes = NoticeBox(Level.NOTE, goals)
        self.notes.setObjectName("goalNotes")
        goals_layout = QVBoxLayout(goals)
        goals_layout.addWidget(self.summary)
        goals_layout.addWidget(self.table, 1)
        goals_layout.addWidget(self.notes)

        self.detail = QGroupBox(self.tr("Selected goal"), self)
        self.detail.setObjectName("goalDetail")
        self.sentence = QLabel(self.detail)
        self.sentence.setObjectName("goalSentence")
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        self.dependencies_label = QLabel(
            translate_label(GOALS.field("dependencies").label)
            + self.tr(" (what each side needs from the other):"),
            self.detail,
        )
        self.dependencies_label.setWordWrap(True)
        self.dependencies = CleanTextEdit(self.detail)
        self.dependencies.setObjectName("goals.dependencies")
        self.dependencies.setPlaceholderText(
            self.tr(
                "e.g. Marketing delivers the MQLs the funnel needs; Sales works them within the agreed times."
            )
        )
        self.dependencies_label.setBuddy(self.dependencies)
        lines = self.fontMetrics().height()
        self.dependencies.setMinimumHeight(lines * 5)
        self.dependencies.setMaximumHeight(lines * 8)
        self.kind_label = QLabel(translate_label(GOALS.field("category").label) + ":", self.detail)
        self.kind = ChoiceField(GOALS.field("category"), labels_for(GOALS.field("category")), self.detail)
        self.kind.setObjectName("goals.category")
        self.kind_label.setBuddy(self.kind)
        self.note_label = QLabel(self.tr("Agreement note:"), self.detail)
        self.note = CleanLineEdit(self.detail)
        self.note.setObjectName("goals.agreement_note")
        self.note.setPlaceholderText(self.tr("e.g. the reservation, or who still has to agree"))
        self.note_label.setBuddy(self.note)
        self.hint = QLabel(self.detail)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: #555; }")
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_label)
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label)
        note_row.addWidget(self.note, 1)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.hint)
        detail_layout.addWidget(self.sentence)
        detail_layout.addLayout(kind_row)
        detail_layout.addWidget(self.dependencies_label)
        detail_layout.addWidget(self.dependencies, 1)
        detail_layout.addLayout(note_row)

        layout = QVBoxLayout(self)
        layout.addWidget(goals, 1)
        layout.addWidget(self.detail)

        self.table.ops_requested.connect(self.ops_requested.emit)
        self.table.view.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.table.model.modelReset.connect(self._show_selected)
        self.kind.value_edited.connect(lambda value: self._edit("category", value))
        self.dependencies.value_edited.connect(lambda value: self._edit("dependencies", value))
        self.note.value_edited.connect(lambda value: self._edit("agreement_note", value))
        self._show_selected()

    # -- edits
    def _edit(self, name: str, value: Any) -> None:
        if self._shown_id is None:
            return
        self.ops_requested.emit(
            [SetField(GOALS.name, name, value, self._shown_id)], (GOALS.name, self._shown_id, name)
        )

    # -- showing
    def load(self, snapshot: WorkshopSnapshot) -> None:
        self._rows = snapshot.rows_of(GOALS.name)
        self.table.set_rows(self._rows)
        if self.table.current_row() is None and self._rows:
            # Something to show below the table from the start; selecting does not take the focus.
            self.table.select_row_id(str(self._rows[0]["id"]))
        _set_text(self.summary, summary_text(self._rows))
        self.notes.set_notices(goal_notes(self._rows))
        self._show_selected()

    def selected_goal(self) -> Mapping[str, Any] | None:
        current = self.table.current_row()
        row_id = self.table.model.row_id(current) if current is not None else None
        for row in self._rows:
            if row["id"] == row_id:
                return row
        return None

    def _show_selected(self) -> None:
        row = self.selected_goal()
        shown = row is not None
        self._shown_id = str(row["id"]) if row is not None else None
        for widget in (
            self.sentence,
            self.kind_label,
            self.kind,
            self.dependencies_label,
            self.dependencies,
            self.note_label,
            self.note,
        ):
            widget.setVisible(shown)
        self.hint.setVisible(not shown)
        if row is None:
            self.detail.setTitle(self.tr("Selected goal"))
            _set_text(
                self.hint,
                self.tr(
                    "Select a goal in the table to see and edit what the departments need from each other."
                )
                if self._rows
                else self.tr("Add the first goal; what each department needs from the other is noted here."),
            )
            self.dependencies.set_value("")
            self.note.set_value("")
            return
        index = self._rows.index(row) if row in self._rows else 0
        title = self.tr("Goal {0}: {1}").format(index + 1, goal_title(row, index))
        if self.detail.title() != title:
            self.detail.setTitle(title)
        _set_text(self.sentence, goal_sentence(row))
        self.kind.set_value(row.get("category") or "")
        self.dependencies.set_value(row.get("dependencies") or "")
        self.note.set_value(row.get("agreement_note") or "")

    # -- what the editor asks
    def show_target(self, entity: str, row_id: str | None = None, field: str = "", clause: str = "") -> bool:
        if entity != GOALS.name:
            return False
        if not self.table.show_row(row_id, field):
            return False
        self._show_selected()
        editor = {"category": self.kind, "dependencies": self.dependencies, "agreement_note": self.note}.get(
            field
        )
        if editor is not None:
            editor.setFocus()
        return True

    def pending_messages(self) -> str:
        return self.table.pending_messages()

    def summary_line(self) -> str:
        return self.summary.text()

    def note_texts(self) -> list[str]:
        return list(self.notes.messages)


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


PAGE = GoalsPage
