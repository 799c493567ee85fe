"""Step 4, Lead qualification & scoring: fit and interest criteria, the MQL threshold, a lead tester.

The criteria are one table; every row is tinted in the colour of its axis (fit blue, interest orange)
and the axis column says it in words, so the room sees at a glance which criteria describe *who* the
lead is and which *what it does*. "Fit criteria first" regroups the rows in one undoable edit. A
condition the scoring language cannot read is marked in its cell and explained below the table.

Below the threshold, the **lead tester** offers one input per attribute the criteria name (with the
values their conditions mention as suggestions) and shows, on every keystroke, the score, the
criteria that fired and whether the lead is an MQL. The sample lead is never stored: it lives in this
page, so it survives moving between steps while the workshop is open.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.export.formatting import number
from slaworkshop.model.enums import ScoringAxis
from slaworkshop.model.scoring import (
    EXAMPLES,
    ConditionError,
    LeadScore,
    Op,
    ScoringModel,
    check_condition,
    parse_condition,
    score_lead,
)
from slaworkshop.model.steps import SCORING, SCORING_CRITERIA
from slaworkshop.services.analysis import analyse
from slaworkshop.services.ops import MoveRow
from slaworkshop.services.progress import StepId
from slaworkshop.services.snapshot import Row, WorkshopSnapshot

from ..i18n import tr_message
from ..widgets.agreement import ClauseAgreement
from ..widgets.fields import CleanLineEdit
from ..widgets.form import EntityForm
from ..widgets.notice import Level, NoticeBox
from ..widgets.table import CellDelegate, RowTableEditor, RowTableModel
from .base import StepPage

Index = QModelIndex | QPersistentModelIndex

CLAUSE = "scoring.threshold"
COLUMNS = ("axis", "attribute", "condition", "points", "agreement", "agreement_note")
NEW_CRITERION: dict[str, Any] = {"axis": ScoringAxis.FIT.value, "points": 10}
# (strong colour for text and chips, light tint for the row). Blue and orange stay apart on a
# washed-out projector and for the common red-green weakness; the axis column says it in words too.
AXIS_COLOURS: dict[str, tuple[str, str]] = {
    ScoringAxis.FIT.value: ("#1f56b0", "#e3ecfa"),
    ScoringAxis.INTEREST.value: ("#a85300", "#fcebd6"),
}
_PROBLEM_BACKGROUND = QColor("#f4c2c2")
_PROBLEM_TEXT = QColor("#7a1010")
_HINT_TEXT = QColor("#7b8190")
MAX_SUGGESTIONS = 40
MAX_FIRED_SHOWN = 25
_LABEL_CHARS = 24


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScoringPage", text)


# --------------------------------------------------------------------------- display logic
def elide(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, with an ellipsis when cut."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: max(limit - 1, 1)] + "…"


def plain_tip(text: str, limit: int = 2000) -> str:
    """A tooltip that shows ``text`` literally (Qt would render markup in a plain string)."""
    return "<p style='white-space: pre-wrap'>" + escape(str(text)[:limit]) + "</p>"


def axis_of(row: Mapping[str, Any]) -> str:
    axis = str(row.get("axis") or "").strip().lower()
    return axis if axis in AXIS_COLOURS else ""


def axis_label(axis: str) -> str:
    if axis == ScoringAxis.INTEREST.value:
        return _tr("Interest")
    if axis == ScoringAxis.FIT.value:
        return _tr("Fit")
    return ""


def signed(value: Decimal | int, language: str) -> str:
    """Points with their sign, as the room reads them: +20, −10."""
    shown = number(abs(Decimal(value)), language)
    return ("−" if value < 0 else "+") + shown if value else shown


def condition_problems(rows: Sequence[Row]) -> dict[str, str]:
    """Row id → why its condition cannot be read; an empty condition is not a problem yet (it is missing)."""
    found: dict[str, str] = {}
    for row in rows:
        text = row.get("condition")
        if isinstance(text, str) and text.strip():
            message = check_condition(text)
            if message is not None:
                found[str(row["id"])] = tr_message(message)
    return found


def condition_reading(text: object) -> str | None:
    """How the app reads a condition (its canonical form), or ``None`` when it cannot."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        return parse_condition(text).describe()
    except (ConditionError, TypeError):
        return None


def tester_attributes(rows: Sequence[Row]) -> dict[str, str]:
    """The distinct attributes of the criteria as scoring compares them (case-folded, trimmed), each
    with the spelling of its first criterion, in table order."""
    found: dict[str, str] = {}
    for row in rows:
        shown = str(row.get("attribute") or "").strip()
        key = shown.casefold()
        if key and key not in found:
            found[key] = shown
    return found


def attribute_axes(rows: Sequence[Row]) -> dict[str, str]:
    """Per attribute key: the axis of its criteria, or "" when it has criteria on both axes."""
    found: dict[str, str] = {}
    for row in rows:
        key = str(row.get("attribute") or "").strip().casefold()
        if key:
            axis = axis_of(row)
            found[key] = axis if found.get(key, axis) == axis else ""
    return found


def suggestions(rows: Sequence[Row]) -> dict[str, list[str]]:
    """Per attribute key: the values its conditions name (= CEO, one of IT, Finance, contains …),
    offered in the tester so the room does not have to retype a long phrase exactly."""
    found: dict[str, list[str]] = {}
    seen: dict[str, set[str]] = {}
    for row in rows:
        key = str(row.get("attribute") or "").strip().casefold()
        text = row.get("condition")
        if not key or not isinstance(text, str) or not text.strip():
            continue
        try:
            condition = parse_condition(text)
        except (ConditionError, TypeError):
            continue
        if condition.op not in (Op.EQUALS, Op.ONE_OF, Op.CONTAINS, Op.NOT_EQUALS):
            continue
        values = found.setdefault(key, [])
        known = seen.setdefault(key, set())
        for value in condition.texts:
            folded = value.strip().casefold()
            if folded and folded not in known and len(values) < MAX_SUGGESTIONS:
                known.add(folded)
                values.append(value.strip())
    return found


def grouping_moves(rows: Sequence[Row]) -> list[MoveRow]:
    """The moves that put every fit criterion before the interest criteria, keeping their order."""
    current = [str(r["id"]) for r in rows]
    wanted = [str(r["id"]) for r in rows if axis_of(r) != ScoringAxis.INTEREST.value]
    wanted += [str(r["id"]) for r in rows if axis_of(r) == ScoringAxis.INTEREST.value]
    moves: list[MoveRow] = []
    for position, row_id in enumerate(wanted):
        if current[position] != row_id:
            current.remove(row_id)
            current.insert(position, row_id)
            moves.append(MoveRow(SCORING_CRITERIA.name, row_id, position))
    return moves


# --------------------------------------------------------------------------- the criteria table
class CriteriaTable(RowTableEditor):
    """The criteria: the condition takes the room that is left; the axis, the points and the
    agreement keep their content's width (never cut); the attribute and the note give way when the
    page is narrow or zoomed in, headings elided (the tooltip has the whole label). Long attributes
    and conditions wrap onto more lines, and the table grows with its rows up to ``MAX_LINES``."""

    LIMITS = {"attribute": 16, "agreement_note": 12}
    FIRM = frozenset({"axis", "points", "agreement"})
    CONDITION_CHARS = 20
    SOFT_CHARS = {"attribute": 6, "agreement_note": 3}
    """The narrowest a giving-way column gets (its heading elided, its text wrapped)."""
    MAX_LINES = 28
    """The table grows with its (wrapped) rows up to this many lines of text; then it scrolls."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.compact_axis = False
        super().__init__(*args, **kwargs)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)  # after the header has given the columns their widths
        self._rows_timer.timeout.connect(self.fit_heights)
        self.model.modelReset.connect(self._rows_timer.start)
        self.model.rowsInserted.connect(self._rows_timer.start)
        self.model.rowsRemoved.connect(self._rows_timer.start)
        self.view.horizontalHeader().sectionResized.connect(self._rows_timer.start)
        self.model.dataChanged.connect(self._fit_changed_rows)

    def fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        char = max(self.fontMetrics().averageCharWidth(), 1)
        metrics = header.fontMetrics()
        widths: dict[int, int] = {}
        firm: set[int] = set()
        axis_column: int | None = None
        axis_mark = 0
        for column, spec in enumerate(self.model.columns):
            if spec.name == "condition":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            content = self.view.sizeHintForColumn(column) + 8
            if spec.name == "axis":  # Qt measures only some rows; both labels must fit
                bold = QFont(self.font())
                bold.setBold(True)
                labels = (axis_label(a) for a in AXIS_COLOURS)
                content = max(
                    content, max(QFontMetrics(bold).horizontalAdvance("◆ " + t) for t in labels) + 28
                )
                axis_column = column
                axis_mark = QFontMetrics(bold).horizontalAdvance("◆") + 24
            if spec.name in self.FIRM:
                widths[column] = max(content, 4 * char)  # numbers and short choices are never cut
                firm.add(column)
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            heading = metrics.horizontalAdvance(title) + 24 if spec.name == "attribute" else 0
            least = self.SOFT_CHARS.get(spec.name, 6) * char
            widths[column] = max(
                min(content, self.LIMITS.get(spec.name, 12) * char), min(heading, 14 * char), least
            )
        room = self.view.viewport().width()
        scroll = self.view.verticalScrollBar()
        if not scroll.isVisible():  # wrapped rows may yet make the table scroll: leave room for it
            room -= scroll.sizeHint().width()
        keep = self.CONDITION_CHARS * char
        names = {c: spec.name for c, spec in enumerate(self.model.columns)}
        # Very narrow (zoomed for the room beside the guidance): the axis shows its mark only, as
        # the legend above the table does, so the words keep some room.
        least = sum(w for c, w in widths.items() if c in firm) + 10 * char
        least += sum(self.SOFT_CHARS.get(names[c], 6) * char for c in widths if c not in firm)
        self.compact_axis = axis_column is not None and room > 200 and least > room
        if self.compact_axis and axis_column is not None:
            widths[axis_column] = axis_mark
        wanted = sum(widths.values()) + keep
        if room > 200 and wanted > room:
            # Narrow (a zoom for the room, a long-worded language): the columns of words give way,
            # the condition with them, in proportion, down to a few characters each.
            fixed = sum(widths[c] for c in firm)
            soft = {c: w for c, w in widths.items() if c not in firm}
            rest = max(room - fixed - 4, 0)
            condition = max(10 * char, rest * keep // max(sum(soft.values()) + keep, 1))
            share = max(rest - condition, 0) / max(sum(soft.values()), 1)
            for column, width in soft.items():
                widths[column] = max(int(width * share), self.SOFT_CHARS.get(names[column], 6) * char)
        elif room > 200:
            # Room to spare beyond a comfortable condition: the short columns show whole headings.
            spare = max(room - wanted - 6 * char, 0)
            for column in sorted(firm):
                title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
                grow = min(max(metrics.horizontalAdvance(title) + 24 - widths[column], 0), spare)
                widths[column] += grow
                spare -= grow
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        self._fitted_for = room
        self._rows_timer.start()

    def _fit_rows(self) -> None:
        # A little tighter than other tables: the room should see both axes' criteria at once.
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def _row_height(self, row: int) -> int:
        return max(self.view.verticalHeader().defaultSectionSize(), self.view.sizeHintForRow(row) + 4)

    def _fit_changed_rows(self, first: QModelIndex, last: QModelIndex, *_args: Any) -> None:
        """An edit re-measures only its own row (hundreds of criteria stay quick)."""
        if self._rows_timer.isActive():
            return
        for row in range(first.row(), last.row() + 1):
            height = self._row_height(row)
            if self.view.rowHeight(row) != height:
                self.view.setRowHeight(row, height)
        self._fit_height()

    def fit_heights(self) -> None:
        """Every row as tall as its wrapped text, and the table as tall as its rows (within bounds)."""
        for row in range(self.model.rowCount()):
            height = self._row_height(row)
            if self.view.rowHeight(row) != height:
                self.view.setRowHeight(row, height)
        self._fit_height()

    def _fit_height(self) -> None:
        view = self.view
        line = view.verticalHeader().defaultSectionSize()
        rows = sum(view.rowHeight(r) for r in range(self.model.rowCount()))
        rows = min(max(rows, line * 6), self.fontMetrics().lineSpacing() * self.MAX_LINES + line)
        height = view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth()
        if view.minimumHeight() != height:
            view.setMinimumHeight(height)
            view.setMaximumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        room = self.view.viewport().width()
        if self.model.rows and abs(room - getattr(self, "_fitted_for", 0)) > 24:
            self.fit_columns()


class CriterionDelegate(CellDelegate):
    """Cells in their axis' colour, points with a sign, and an unreadable condition marked in place."""

    def __init__(self, page: ScoringPage, model: RowTableModel, parent: Any = None) -> None:
        super().__init__(model, parent)
        self.page = page

    def _cell(self, index: Index) -> tuple[dict[str, Any], str] | None:
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()], self.model.columns[index.column()].name

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        cell = self._cell(index)
        if cell is None:
            return
        row, name = cell
        if (row["id"], name) in self.model.drafts:
            return  # what the user typed stays as typed, marked by the table
        axis = axis_of(row)
        strong, tint = AXIS_COLOURS.get(axis, ("#444", ""))
        if name != "agreement" and tint:
            option.backgroundBrush = QBrush(QColor(tint))
        if name == "axis" and axis:
            mark = "●" if axis == ScoringAxis.FIT.value else "◆"
            compact = getattr(self.page.table, "compact_axis", False)  # the legend names the marks
            option.text = mark if compact else f"{mark} {axis_label(axis)}"
            if compact:
                option.displayAlignment = Qt.AlignmentFlag.AlignCenter
            option.palette.setColor(option.palette.ColorRole.Text, QColor(strong))
            option.font.setBold(True)
        elif name == "points":
            value = row.get("points")
            if isinstance(value, int | Decimal) and not isinstance(value, bool):
                option.text = signed(value, self.page.language)
            option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        elif name == "condition":
            if str(row["id"]) in self.page.problems:
                option.backgroundBrush = QBrush(_PROBLEM_BACKGROUND)
                option.palette.setColor(option.palette.ColorRole.Text, _PROBLEM_TEXT)
                option.text = "✖ " + option.text
            elif not str(row.get("condition") or "").strip():
                option.text = _tr("e.g. {0}").format("= CEO, >= 50, contains manager")
                option.palette.setColor(option.palette.ColorRole.Text, _HINT_TEXT)
                option.font.setItalic(True)

    def helpEvent(  # noqa: N802 - Qt override
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        cell = self._cell(index)
        if cell is None or event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        row, name = cell
        draft = self.model.drafts.get((row["id"], name))
        text = ""
        if draft:
            text = draft[1]
        elif name == "condition":
            problem = self.page.problems.get(str(row["id"]))
            reading = condition_reading(row.get("condition"))
            if problem:
                text = problem + "\n" + _tr("Examples: {0}").format(EXAMPLES)
            elif reading is not None:
                text = _tr("Read as: {0}").format(reading)
            else:
                text = _tr("Examples: {0}").format(EXAMPLES)
        elif name in ("attribute", "agreement_note"):
            value = str(row.get(name) or "")
            text = value if len(value) > 20 else ""
        elif name == "axis" and axis_of(row):
            text = axis_label(axis_of(row))
        if not text:
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), plain_tip(text), view)
        return True


# --------------------------------------------------------------------------- the lead tester
class SampleValue(QComboBox):
    """One attribute of the sample lead: typed freely, or picked from the values the conditions name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Ctrl+Z in this field undoes the last workshop edit, as everywhere else on the page.
        self.edit = CleanLineEdit(self)
        self.setLineEdit(self.edit)
        self.setCompleter(None)  # type: ignore[arg-type]  # an inline completion would change the value (and score) being typed
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.setPlaceholderText(self.tr("type or pick a value"))
        self.items: list[str] = []
        self.addItem("")
        # A picked phrase reads from its beginning (typing keeps the cursor where it is).
        self.activated.connect(lambda _index: self.edit.setCursorPosition(0))

    def set_suggestions(self, items: Sequence[str]) -> None:
        if list(items) == self.items:
            return
        text = self.currentText()
        was = self.blockSignals(True)
        try:
            self.clear()
            self.addItem("")
            for item in items:
                self.addItem(elide(item, 80), item)
            self.edit.setText(text)
        finally:
            self.blockSignals(was)
        self.items = list(items)
        self.setToolTip(self.tr("Pick a value the conditions name, or type one.") if items else "")

    def value(self) -> str:
        return self.currentText()


class VerdictBox(QFrame):
    """The big answer of the tester: MQL, not an MQL (and by how much), or what is missing."""

    STYLES = {
        "mql": ("#1e8e3e", "#ffffff", "#1e8e3e"),
        "not": ("#f1f3f6", "#3b3f46", "#a9afba"),
        "unknown": ("#ffffff", "#5b606a", "#c8ccd3"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mqlVerdict")
        self.headline = QLabel(self)
        self.headline.setObjectName("verdictHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("verdictDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        self.kind = ""
        self.show_verdict("unknown", "", "")

    def show_verdict(self, kind: str, headline: str, detail: str) -> None:
        if kind != self.kind:
            self.kind = kind
            background, colour, border = self.STYLES[kind]
            self.setStyleSheet(
                f"QFrame#mqlVerdict {{ background: {background}; border: 2px solid {border};"
                f" border-radius: 8px; }} QFrame#mqlVerdict QLabel {{ color: {colour}; background: transparent;"
                " border: none; }"
            )
        if self.headline.text() != headline:
            self.headline.setText(headline)
        if self.detail.text() != detail:
            self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


# --------------------------------------------------------------------------- the page
class ScoringPage(StepPage):
    """Criteria on two axes, the threshold with its agreement and best possible scores, a lead tester."""

    def __init__(self, step: StepId = StepId.SCORING, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.language = "en"
        self.problems: dict[str, str] = {}
        self.model_: ScoringModel = ScoringModel((), None)
        self.rows: tuple[Row, ...] = ()
        self.values: dict[str, str] = {}  # attribute key → the sample lead's value (never stored)
        self.inputs: dict[str, SampleValue] = {}
        self.input_labels: dict[str, QLabel] = {}
        self.score: LeadScore | None = None
        self._scaled: list[tuple[QWidget, float, bool]] = []

        # -- criteria
        criteria = QGroupBox(self.tr("Scoring criteria"), self)
        criteria.setObjectName("criteriaGroup")
        self.legend = QLabel(criteria)
        self.legend.setObjectName("axisLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setText(self._legend_html(0, 0))
        self.group_button = QPushButton(self.tr("Fit criteria first"), criteria)
        self.group_button.setObjectName("groupByAxis")
        self.group_button.setToolTip(
            self.tr("Move every fit criterion above the interest criteria (one step to undo).")
        )
        self.group_button.clicked.connect(self._group_by_axis)
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend, 1)
        legend_row.addWidget(self.group_button, 0, Qt.AlignmentFlag.AlignTop)

        self.table = CriteriaTable(
            SCORING_CRITERIA, criteria, columns=COLUMNS, new_row_values=dict(NEW_CRITERION)
        )
        self.table.setObjectName("criteria")
        self.table.view.setAlternatingRowColors(False)  # the axis tint carries the rows
        self.table.view.setItemDelegate(CriterionDelegate(self, self.table.model, self.table.view))
        self.table.view.selectionModel().currentChanged.connect(self._follow_axis)
        self.empty_note = NoticeBox(Level.NOTE, criteria)
        self.empty_note.setObjectName("criteriaInvitation")
        self.condition_notice = NoticeBox(Level.PROBLEM, criteria)
        self.condition_notice.setObjectName("conditionProblems")
        self.help = QLabel(criteria)
        self.help.setObjectName("conditionHelp")
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setWordWrap(True)
        self.help.setText(
            "<span style='color:#555'>"
            + escape(self.tr("Conditions:"))
            + " <code>"
            + escape(EXAMPLES)
            + "</code>. "
            + escape(
                self.tr(
                    "Negative points lower the score (e.g. −20 for a student). Point at a condition to "
                    "see how it is read."
                )
            )
            + "</span>"
        )
        criteria_layout = QVBoxLayout(criteria)
        criteria_layout.addLayout(legend_row)
        criteria_layout.addWidget(self.empty_note)
        criteria_layout.addWidget(self.table, 1)
        criteria_layout.addWidget(self.condition_notice)
        criteria_layout.addWidget(self.help)

        # -- threshold, agreement, best possible scores, warnings
        threshold = QGroupBox(self.tr("MQL threshold"), self)
        threshold.setObjectName("thresholdGroup")
        self.form = EntityForm(SCORING, threshold, fields=["mql_threshold"])
        self.form.setMaximumWidth(340)
        self.summary = QLabel(threshold)
        self.summary.setObjectName("bestScores")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.form, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        self.agreement = ClauseAgreement(CLAUSE, threshold)
        self.agreement.setObjectName("thresholdAgreement")
        self.warnings = NoticeBox(Level.WARNING, threshold)
        self.warnings.setObjectName("scoringWarnings")
        threshold_layout = QVBoxLayout(threshold)
        threshold_layout.addLayout(top)
        threshold_layout.addWidget(self.agreement)
        threshold_layout.addWidget(self.warnings)

        # -- lead tester
        tester = QGroupBox(self.tr("Lead tester"), self)
        tester.setObjectName("leadTester")
        self.tester_group = tester
        self.inputs_box = QWidget(tester)
        self.inputs_form = QFormLayout(self.inputs_box)
        self.inputs_form.setContentsMargins(0, 0, 0, 0)
        self.inputs_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # At a large zoom the value goes below its label rather than pushing the page sideways.
        self.inputs_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.invitation = QLabel(
            self.tr(
                "Add criteria above: the tester then asks for one value per attribute and shows the "
                "sample lead's score as you type."
            ),
            tester,
        )
        self.invitation.setObjectName("testerInvitation")
        self.invitation.setWordWrap(True)
        self.invitation.setStyleSheet("QLabel { color: #555; }")
        self.clear_button = QPushButton(self.tr("Clear the sample lead"), tester)
        self.clear_button.setObjectName("clearSampleLead")
        self.clear_button.clicked.connect(self.clear_sample)
        self.note = QLabel(
            self.tr(
                "The sample lead is not saved: its values stay while this workshop is open, also when "
                "you move between steps."
            ),
            tester,
        )
        self.note.setObjectName("testerNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { color: #666; }")
        left = QVBoxLayout()
        left.addWidget(self.invitation)
        left.addWidget(self.inputs_box)
        clear_row = QHBoxLayout()
        clear_row.addWidget(self.clear_button)
        clear_row.addStretch(1)
        left.addLayout(clear_row)
        left.addWidget(self.note)
        left.addStretch(1)

        self.score_label = QLabel(tester)
        self.score_label.setObjectName("testerScore")
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        self.score_label.setWordWrap(True)
        self.verdict = VerdictBox(tester)
        self.fired_heading = QLabel(self.tr("Criteria that fired"), tester)
        self.fired_heading.setObjectName("firedHeading")
        self.fired = QLabel(tester)
        self.fired.setObjectName("firedCriteria")
        self.fired.setTextFormat(Qt.TextFormat.RichText)
        self.fired.setWordWrap(True)
        self.left_out = NoticeBox(Level.NOTE, tester)
        self.left_out.setObjectName("leftOut")
        self.results = QWidget(tester)
        right = QVBoxLayout(self.results)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.score_label)
        right.addWidget(self.verdict)
        right.addSpacing(6)
        right.addWidget(self.fired_heading)
        right.addWidget(self.fired)
        right.addWidget(self.left_out)
        right.addStretch(1)
        tester_layout = QHBoxLayout(tester)
        tester_layout.addLayout(left, 5)
        tester_layout.addSpacing(12)
        tester_layout.addWidget(self.results, 4)

        layout = QVBoxLayout(self)
        layout.addWidget(criteria, 1)
        layout.addWidget(threshold)
        layout.addWidget(tester)

        for child in (self.table, self.form, self.agreement):
            child.ops_requested.connect(self.ops_requested.emit)
        self._scaled = [
            (self.score_label, 1.35, False),
            (self.verdict.headline, 1.9, True),
            (self.verdict.detail, 1.1, False),
            (self.fired_heading, 1.0, True),
        ]
        self._scale_fonts()
        self._sync_inputs({}, {})
        self._show_score()

    # -- what the editor calls
    def load(self, snapshot: WorkshopSnapshot) -> None:
        self.language = str(snapshot.value("language") or "en")
        analysis = analyse(snapshot)
        rows = snapshot.rows_of(SCORING_CRITERIA.name)
        self.rows = rows
        self.problems = condition_problems(rows)
        self.table.set_rows(rows)
        self.table.view.viewport().update()  # marks and tints follow the analysis, not only the cells
        self._follow_axis()
        self.group_button.setEnabled(bool(grouping_moves(rows)))
        interests = sum(1 for r in rows if axis_of(r) == ScoringAxis.INTEREST.value)
        fits = sum(1 for r in rows if axis_of(r) == ScoringAxis.FIT.value)
        legend = self._legend_html(fits, interests)
        if self.legend.text() != legend:
            self.legend.setText(legend)
        self.group_button.setVisible(bool(rows))
        self.empty_note.set_notices(
            []
            if rows
            else [
                self.tr(
                    "No criteria yet. Add the first with “Add scoring criterion” (Ctrl+Ins): start with "
                    "who the ideal lead is (fit), then what shows real interest."
                )
            ]
        )
        self._show_condition_problems(rows)

        self.form.set_values(snapshot.single(SCORING.name))
        clause = snapshot.clause(CLAUSE)
        self.agreement.set_value(clause.state, clause.note)
        if not self.agreement.note.hasFocus():
            self.agreement.note.setCursorPosition(0)  # a long note reads from its beginning
        self._show_summary(
            analysis.scoring.max_total, analysis.scoring.max_fit, analysis.scoring.max_interest
        )
        self.warnings.set_notices(w.message for w in analysis.scoring.warnings)

        self.model_ = analysis.scoring_model
        self._sync_inputs(tester_attributes(rows), suggestions(rows), attribute_axes(rows))
        self._show_score()

    def show_target(self, entity: str, row_id: str | None = None, field: str = "", clause: str = "") -> bool:
        if clause == CLAUSE:
            self._reveal(self.agreement)
            self.agreement.state.setFocus()
            return True
        if entity == SCORING_CRITERIA.name:
            self._reveal(self.table)
            return self.table.show_row(row_id, field)
        if entity == SCORING.name:
            self._reveal(self.form)
            return self.form.show_field(field or "mql_threshold")
        return False

    def pending_messages(self) -> str:
        return "\n".join(m for m in (self.table.pending_messages(), self.form.pending_messages()) if m)

    # -- the lead tester
    def sample_lead(self) -> dict[str, str]:
        return {key: value for key, value in self.values.items() if key in self.inputs}

    def clear_sample(self) -> None:
        self.values.clear()
        for box in self.inputs.values():
            if box.currentText():
                box.setEditText("")
        self._show_score()

    def _sync_inputs(
        self,
        attributes: Mapping[str, str],
        offered: Mapping[str, list[str]],
        axes: Mapping[str, str] | None = None,
    ) -> None:
        """One input per attribute; the inputs are rebuilt only when the set of attributes changes,
        and an attribute that comes back (undo, retyped) gets its value back."""
        if set(attributes) != set(self.inputs):
            while self.inputs_form.rowCount():
                self.inputs_form.takeRow(0)
            for key in [k for k in self.inputs if k not in attributes]:
                self.inputs.pop(key).deleteLater()
                self.input_labels.pop(key).deleteLater()
            for key in attributes:
                if key not in self.inputs:
                    box = SampleValue(self.inputs_box)
                    box.setObjectName(f"sample:{key[:60]}")
                    box.setEditText(self.values.get(key, ""))
                    box.edit.setCursorPosition(0)
                    box.editTextChanged.connect(lambda text, k=key: self._on_sample(k, text))
                    label = QLabel(self.inputs_box)
                    label.setTextFormat(Qt.TextFormat.PlainText)
                    label.setBuddy(box)
                    self.inputs[key] = box
                    self.input_labels[key] = label
                self.inputs_form.addRow(self.input_labels[key], self.inputs[key])
                self.input_labels[key].show()
                self.inputs[key].show()
        for key, shown in attributes.items():
            label = self.input_labels[key]
            text = elide(shown, _LABEL_CHARS) + ":"
            if label.text() != text:
                label.setText(text)
                label.setToolTip(plain_tip(shown) if len(shown) > _LABEL_CHARS else "")
            self.inputs[key].set_suggestions(offered.get(key, []))
            colour = AXIS_COLOURS.get((axes or {}).get(key, ""), ("", ""))[0]
            if label.property("axisColour") != colour:
                label.setProperty("axisColour", colour)
                palette = label.palette()
                palette.setColor(
                    palette.ColorRole.WindowText,
                    QColor(colour) if colour else self.palette().color(palette.ColorRole.WindowText),
                )
                label.setPalette(palette)
        has = bool(attributes)
        self.invitation.setVisible(not has)
        self.inputs_box.setVisible(has)
        self.clear_button.setVisible(has)
        self.note.setVisible(has)
        self.results.setVisible(has)

    def _on_sample(self, key: str, text: str) -> None:
        if self.values.get(key, "") == text:
            return
        self.values[key] = text
        self._show_score()

    def _show_score(self) -> None:
        result = score_lead(self.model_, self.sample_lead())
        self.score = result
        lang = self.language
        fit_colour = AXIS_COLOURS[ScoringAxis.FIT.value][0]
        interest_colour = AXIS_COLOURS[ScoringAxis.INTEREST.value][0]
        html = (
            f"<span style='color:{fit_colour}'>{escape(self.tr('Fit'))} <b>{escape(number(result.fit, lang))}</b></span>"
            f" + <span style='color:{interest_colour}'>{escape(self.tr('Interest'))}"
            f" <b>{escape(number(result.interest, lang))}</b></span>"
            f" = <b>{escape(number(result.total, lang))}</b> {escape(self.tr('points'))}"
        )
        if self.score_label.text() != html:
            self.score_label.setText(html)
        threshold = self.model_.threshold
        if result.is_mql is None or not isinstance(threshold, int | Decimal):
            self.verdict.show_verdict(
                "unknown",
                self.tr("No verdict yet"),
                self.tr("Set the MQL threshold to see whether this lead is an MQL."),
            )
        elif result.is_mql:
            self.verdict.show_verdict(
                "mql",
                self.tr("✔ MQL"),
                self.tr("Reaches the threshold of {0} points: hand it to Sales.").format(
                    number(threshold, lang)
                ),
            )
        else:
            missing = Decimal(threshold) - result.total
            detail = (
                self.tr("Needs 1 more point to reach the threshold of {0}.").format(number(threshold, lang))
                if missing == 1
                else self.tr("Needs {0} more points to reach the threshold of {1}.").format(
                    number(missing, lang), number(threshold, lang)
                )
            )
            self.verdict.show_verdict("not", self.tr("Not an MQL"), detail)
        self.fired.setText(self._fired_html(result))
        left_out = len({p.index for p in result.problems if p.index is not None})
        self.left_out.set_notices(
            [
                self.tr("{0} criteria with a problem (see above) are left out of the score.").format(left_out)
                if left_out > 1
                else self.tr("1 criterion with a problem (see above) is left out of the score.")
            ]
            if left_out
            else []
        )

    def _fired_html(self, result: LeadScore) -> str:
        if not result.fired:
            return (
                "<span style='color:#666'>"
                + escape(self.tr("None yet: enter the lead's values."))
                + "</span>"
            )
        lines = []
        for fired in result.fired[:MAX_FIRED_SHOWN]:
            colour = AXIS_COLOURS.get(fired.axis.value, ("#444", ""))[0]
            mark = "●" if fired.axis is ScoringAxis.FIT else "◆"
            condition = " ".join(str(fired.criterion.condition).split())
            lines.append(
                "<tr>"
                f"<td style='color:{colour}; padding-right:6px'>{mark}</td>"
                f"<td style='padding-right:10px'>{escape(elide(fired.criterion.attribute, 22))}</td>"
                f"<td style='padding-right:10px'>{escape(elide(condition, 28))}</td>"
                f"<td align='right'><b>{escape(signed(fired.points, self.language))}</b></td>"
                "</tr>"
            )
        more = len(result.fired) - MAX_FIRED_SHOWN
        tail = (
            "<tr><td></td><td colspan='3'>" + escape(self.tr("… and {0} more").format(more)) + "</td></tr>"
            if more > 0
            else ""
        )
        return "<table cellspacing='0' cellpadding='2'>" + "".join(lines) + tail + "</table>"

    # -- criteria helpers
    def _legend_html(self, fits: int, interests: int) -> str:
        fit_strong, fit_tint = AXIS_COLOURS[ScoringAxis.FIT.value]
        interest_strong, interest_tint = AXIS_COLOURS[ScoringAxis.INTEREST.value]
        return (
            f"<span style='background:{fit_tint}; color:{fit_strong}'>&nbsp;<b>● {escape(self.tr('Fit'))}</b>"
            + (f" ({fits})" if fits else "")
            + "&nbsp;</span> "
            + escape(self.tr("who the lead is (role, company size, industry)"))
            + f" &nbsp; <span style='background:{interest_tint}; color:{interest_strong}'>&nbsp;<b>◆ "
            + escape(self.tr("Interest"))
            + "</b>"
            + (f" ({interests})" if interests else "")
            + "&nbsp;</span> "
            + escape(self.tr("what the lead does (visits, downloads, events)"))
        )

    def _follow_axis(self, *_args: Any) -> None:
        """A criterion added below another starts on its axis, so the groups stay together."""
        current = self.table.current_row()
        axis = axis_of(self.table.model.rows[current]) if current is not None else ""
        self.table.new_row_values = {**NEW_CRITERION, "axis": axis or ScoringAxis.FIT.value}

    def _group_by_axis(self) -> None:
        moves = grouping_moves(self.rows)
        if moves:
            self.ops_requested.emit(moves, None)

    def _show_condition_problems(self, rows: Sequence[Row]) -> None:
        numbers = {str(r["id"]): n for n, r in enumerate(rows, start=1)}
        titles = {str(r["id"]): str(r.get("attribute") or "").strip() for r in rows}
        messages = []
        for row_id, message in self.problems.items():
            title = elide(titles.get(row_id, ""), 40)
            where = (
                self.tr("Row {0} ({1})").format(numbers.get(row_id, "?"), title)
                if title
                else self.tr("Row {0}").format(numbers.get(row_id, "?"))
            )
            messages.append(f"{where}: {message}")
        self.condition_notice.set_notices(messages)

    def _show_summary(self, best: Decimal, fit: Decimal, interest: Decimal) -> None:
        if not self.rows:
            text = (
                "<span style='color:#555'>"
                + escape(self.tr("Add criteria to see the best score a lead can reach on each axis."))
                + "</span>"
            )
        else:
            lang = self.language
            fit_colour = AXIS_COLOURS[ScoringAxis.FIT.value][0]
            interest_colour = AXIS_COLOURS[ScoringAxis.INTEREST.value][0]
            text = (
                escape(self.tr("Best possible lead:"))
                + f" <b>{escape(number(best, lang))}</b> "
                + escape(self.tr("points"))
                + "<br>"
                + f"<span style='color:{fit_colour}'>"
                + escape(self.tr("fit alone up to"))
                + f" <b>{escape(number(fit, lang))}</b></span> · "
                + f"<span style='color:{interest_colour}'>"
                + escape(self.tr("interest alone up to"))
                + f" <b>{escape(number(interest, lang))}</b></span>"
            )
        if self.summary.text() != text:
            self.summary.setText(text)

    # -- look
    def _reveal(self, widget: QWidget) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)

    def _scale_fonts(self) -> None:
        """The tester's answer is larger than the page's text, and grows with the editor's zoom."""
        base = self.font().pointSizeF()
        for label, factor, bold in self._scaled:
            font = QFont(self.font())
            font.setPointSizeF(base * factor)
            font.setBold(bold)
            label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._scale_fonts()
        super().changeEvent(event)


PAGE = ScoringPage
