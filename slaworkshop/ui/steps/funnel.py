"""Step 2, Funnel & targets: the reverse funnel — from the revenue target back to the leads Marketing
must deliver — and whether Sales has the time to follow them all up.

The inputs are the step's own ``funnel`` row; the conversion rates live on the lifecycle stages of
step 3 (only those that are part of the funnel) and the attempts per lead on the handoff rules of
step 5. All arithmetic comes from ``services.analysis.analyse``; this page only shows it: the
counts per stage as a table and as a chart, benchmark-based counts flagged wherever they appear,
the date by which leads must arrive, and the follow-up utilisation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace
from typing import Any

from babel import Locale
from babel.numbers import format_currency
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.export import formatting
from slaworkshop.model.capacity import CapacityLevel, CapacityResult
from slaworkshop.model.enums import PlanningPeriod
from slaworkshop.model.fields import FieldError, FieldSpec
from slaworkshop.model.funnel import FunnelResult, InputProblem
from slaworkshop.model.steps import FUNNEL, HANDOFF, STAGES
from slaworkshop.services.analysis import Analysis, FunnelStageRef, analyse
from slaworkshop.services.ops import SetField
from slaworkshop.services.progress import StepId
from slaworkshop.services.snapshot import WorkshopSnapshot

from ..widgets.agreement import ClauseAgreement
from ..widgets.fields import CheckedField, ChoiceField, DateField, NumberField, labels_for, make_editor
from ..widgets.funnel_chart import FunnelBar, FunnelChart, UtilisationGauge
from ..widgets.notice import Level, NoticeBox
from ..widgets.table import number_text, ui_locale
from .base import StepPage

BENCHMARK_MARK = "◆"
BENCHMARK_BACKGROUND = QColor("#fff1cc")
BENCHMARK_COLOUR = QColor("#9a6a00")

# Problems of the maths name their inputs (model/funnel.py, model/capacity.py); the store's field.
STORE_FIELD: dict[str, str] = {
    "marketing_share_percent": "marketing_share",
    "hours_per_rep_per_week": "hours_per_rep",
}
RATE_PROBLEM_FIELDS = ("rates", "stages")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FunnelPage", text)


def period_texts(period: object) -> tuple[str, str, str]:
    """The column heading, the chart's header and the phrase for the planning period:
    ("Per year", "per year", "a year")."""
    try:
        chosen = PlanningPeriod(str(period or ""))
    except ValueError:
        chosen = PlanningPeriod.YEAR
    return {
        PlanningPeriod.MONTH: (_tr("Per month"), _tr("per month"), _tr("a month")),
        PlanningPeriod.QUARTER: (_tr("Per quarter"), _tr("per quarter"), _tr("a quarter")),
        PlanningPeriod.HALF_YEAR: (_tr("Per half-year"), _tr("per half-year"), _tr("a half-year")),
        PlanningPeriod.YEAR: (_tr("Per year"), _tr("per year"), _tr("a year")),
    }[chosen]


def whole(value: int | Decimal, language: str) -> str:
    """A count with the workshop language's thousands separators: 3156 → "3,156" / "3.156"."""
    return formatting.number(value, language)


def money(value: Decimal, currency: object, language: str) -> str:
    """An amount in the workshop's currency; whole amounts without cents (£1,200,000, not .00)."""
    unit = str(currency or "").strip()[:12]
    code = formatting.currency_code(unit) if unit else None
    if code is not None and value == value.to_integral_value():
        locale = formatting.locale_for(language)
        pattern = Locale.parse(locale).currency_formats["standard"].pattern
        return format_currency(
            value, code, locale=locale, format=pattern.replace(".00", ""), currency_digits=False
        )
    return formatting.quantity(value, unit, language)


def benchmark_icon(size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BENCHMARK_COLOUR)
    half = size / 2
    painter.drawPolygon(
        QPolygonF([QPointF(half, 1), QPointF(size - 1, half), QPointF(half, size - 1), QPointF(1, half)])
    )
    painter.end()
    return QIcon(pixmap)


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _set_text(label: QLabel, text: str) -> None:
    """Change a label only when its text differs; an empty label is hidden."""
    if label.text() != text:
        label.setText(text)
    if label.isHidden() == bool(text):
        label.setVisible(bool(text))


def _scroll_to(widget: QWidget) -> None:
    """Bring ``widget`` into the scrolled page's view (focus alone does not scroll)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget, 40, 40)


# --------------------------------------------------------------------------- input grid
GROUPED_FIELDS = frozenset({"revenue_target", "average_deal_size"})
"""Amounts large enough to need thousands separators to be read at a glance (2,400,000)."""


class GroupedNumberField(NumberField):
    """A number shown with the window language's thousands separators (2,400,000 / 2.400.000) while
    the field is not being edited; while it has the focus the digits stand alone, so what is typed
    is what is read. Typed text with the language's separators (2,400,000.50) is read as well."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit.installEventFilter(self)

    def format(self, value: Any) -> str:
        if isinstance(value, Decimal | int) and not isinstance(value, bool):
            return number_text(value, grouped=not self.edit.hasFocus())
        return super().format(value)

    def parse(self, text: str) -> Any:
        locale = ui_locale()
        group, point = locale.groupSeparator(), locale.decimalPoint()
        cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "")
        whole, _, fraction = cleaned.partition(point)
        parts = whole.lstrip("-" + locale.negativeSign()).split(group)
        # Only a properly grouped number (1,234,567) loses its separators; anything else is read as
        # typed, so "2,5" in English stays the 2.5 the store has always read it as.
        grouped = (
            group
            and len(parts) > 1
            and 1 <= len(parts[0]) <= 3
            and all(p.isdigit() for p in parts)
            and all(len(p) == 3 for p in parts[1:])
            and (not fraction or fraction.isdigit())
        )
        if grouped:
            cleaned = whole.replace(group, "") + ("." + fraction if fraction else "")
        return super().parse(cleaned)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        focus = event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
        if watched is self.edit and focus and not self.has_error() and self._value is not None:
            text = self.format(self._value)
            if self.edit.text() != text:
                self.edit.setText(text)
        return super().eventFilter(watched, event)


class InputGrid(QWidget):
    """Editors for some fields of the ``funnel`` row, in label/field pairs, ``columns`` pairs a line.

    Like ``EntityForm`` (each edit a ``SetField`` merged per field), with the page's own short labels
    so two pairs fit side by side on a projected page.
    """

    ops_requested = Signal(list, object)

    def __init__(
        self, fields: Sequence[tuple[str, str]], parent: QWidget | None = None, *, columns: int = 2
    ) -> None:
        super().__init__(parent)
        self.editors: dict[str, Any] = {}
        self.labels: dict[str, QLabel] = {}
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        for name, text in fields:
            spec = FUNNEL.field(name)
            editor: Any = (
                GroupedNumberField(spec, self) if name in GROUPED_FIELDS else make_editor(spec, self)
            )
            editor.setObjectName(f"{FUNNEL.name}.{name}")
            label = QLabel(text + (" *" if spec.required else "") + ":", self)
            label.setBuddy(editor)
            self.editors[name] = editor
            self.labels[name] = label
            editor.value_edited.connect(
                lambda value, n=name: self.ops_requested.emit(
                    [SetField(FUNNEL.name, n, value)], (FUNNEL.name, n, None)
                )
            )
        self.set_columns(columns)
        self._align_labels()

    def set_columns(self, columns: int) -> None:
        """Lay the pairs out ``columns`` a line (two side by side, or one under the other when narrow)."""
        if columns == self.columns:
            return
        for name in self.editors:
            self.grid.removeWidget(self.labels[name])
            self.grid.removeWidget(self.editors[name])
        for column in range(max(self.columns, 1)):
            self.grid.setColumnStretch(column * 2 + 1, 0)
        self.columns = columns
        for i, name in enumerate(self.editors):
            row, column = divmod(i, columns)
            self.grid.addWidget(
                self.labels[name], row, column * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            )
            self.grid.addWidget(self.editors[name], row, column * 2 + 1)
        for column in range(columns):
            self.grid.setColumnStretch(column * 2 + 1, 1)

    def set_wrapped(self, wrapped: bool) -> None:
        """Let long labels take two lines (only when one line would not leave the fields room)."""
        for label in self.labels.values():
            if label.wordWrap() != wrapped:
                label.setWordWrap(wrapped)

    def _align_labels(self) -> None:
        """Each label level with its field's first line, also when a message shows below the field;
        a date field never narrower than a date and its clear button (at any zoom)."""
        for name, label in self.labels.items():
            editor = self.editors[name]
            if isinstance(editor, DateField):
                metrics = editor.edit.fontMetrics()
                editor.edit.setMinimumWidth(metrics.horizontalAdvance("2027-12-31") + metrics.height() + 24)
            first_line = getattr(editor, "edit", editor)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumHeight(first_line.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._align_labels()
        super().changeEvent(event)

    def editor(self, name: str) -> Any:
        return self.editors[name]

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, editor in self.editors.items():
            editor.set_value(values.get(name))

    def show_field(self, name: str) -> bool:
        editor = self.editors.get(name)
        if editor is None:
            return False
        _scroll_to(editor)
        editor.setFocus()
        return True

    def pending_messages(self) -> list[str]:
        return [
            e.message.text() for e in self.editors.values() if isinstance(e, CheckedField) and e.has_error()
        ]


# --------------------------------------------------------------------------- conversion rates
class RateField(NumberField):
    """A conversion rate in percent, more than 0 and at most 100; a wrong rate is kept in the field,
    framed red, and its message goes to the page (``problem_changed``), never to the store."""

    problem_changed = Signal()

    def __init__(self, spec: FieldSpec, pair: str, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.pair = pair
        self._problem = ""
        self.edit.setMaxLength(60)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("100.000") + 16)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("100.000") + 40)

    def parse(self, text: str) -> Any:
        cleaned = text.strip().removesuffix("%").strip().replace(" ", "").replace("\u00a0", "")
        if not cleaned:
            return None
        try:
            number = Decimal(cleaned.replace(",", "."))
        except (InvalidOperation, ValueError):
            number = Decimal("NaN")
        if not number.is_finite():
            raise FieldError(_tr("{0}: “{1}” is not a number.").format(self.pair, text.strip()[:40]))
        if number <= 0:
            raise FieldError(
                _tr("{0}: a rate must be more than 0 % — at 0 % no lead ever reaches the next stage.").format(
                    self.pair
                )
            )
        if number > 100:
            raise FieldError(_tr("{0}: a rate cannot be more than 100 %.").format(self.pair))
        return self.spec.coerce(number)

    def show_message(self, message: str) -> None:
        self.message.setText(message)  # kept for pending_messages; the page shows it below the rates
        self.edit.setProperty("invalid", bool(message))
        self.edit.setStyleSheet("border: 2px solid #b00020;" if message else "")
        self.edit.setToolTip(message)
        if message != self._problem:
            self._problem = message
            self.problem_changed.emit()

    def has_error(self) -> bool:
        return bool(self._problem)

    def problem(self) -> str:
        return self._problem


class RateRow:
    """The widgets of one stage pair in the rates grid."""

    def __init__(self, parent: QWidget) -> None:
        self.row_id = ""
        self.name = _plain_label("", parent)  # wraps after the arrow when zoomed for the room
        self.rate = RateField(STAGES.field("conversion_rate"), "", parent)
        source_spec = STAGES.field("rate_source")
        self.source = ChoiceField(source_spec, labels_for(source_spec), parent)
        self.mark = QLabel("", parent)
        self.mark.setStyleSheet(f"QLabel {{ color: {BENCHMARK_COLOUR.name()}; }}")
        self.mark.setToolTip(_tr("Benchmark rate: every count above this stage rests on it."))

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.rate, self.source, self.mark)


class RatesEditor(QWidget):
    """One line per funnel stage and the stage after it: the rate (%) and where it comes from.

    Edits are ``SetField`` ops on the stage rows of step 3; the lines follow those rows.
    """

    ops_requested = Signal(list, object)
    problems_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RateRow] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.headers: list[QLabel] = []
        for column, text in enumerate((self.tr("From → to"), self.tr("Rate"), self.tr("Rate from"))):
            header = QLabel(text, self)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, column)
            self.headers.append(header)
        self.grid.setColumnStretch(0, 1)

    def set_stages(self, stages: Sequence[FunnelStageRef]) -> None:
        pairs = list(zip(stages, stages[1:], strict=False))
        while len(self.rows) > len(pairs):
            row = self.rows.pop()
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        while len(self.rows) < len(pairs):
            self._add_row()
        for header in self.headers:
            if header.isHidden() == bool(pairs):
                header.setVisible(bool(pairs))
        for row, (stage, following) in zip(self.rows, pairs, strict=True):
            row.row_id = stage.row_id
            pair = f"{stage.name} → {following.name}"
            row.rate.pair = pair
            _set_text(row.name, pair)
            row.rate.set_value(stage.rate)
            row.source.set_value(stage.source.value)
            benchmark = stage.source.value == "benchmark"
            mark = BENCHMARK_MARK if benchmark else ""
            if row.mark.text() != mark:
                row.mark.setText(mark)

    def _add_row(self) -> None:
        row = RateRow(self)
        index = len(self.rows)
        self.rows.append(row)
        line = index + 1
        self.grid.addWidget(row.name, line, 0)
        self.grid.addWidget(row.rate, line, 1)
        self.grid.addWidget(row.source, line, 2)
        self.grid.addWidget(row.mark, line, 3)
        row.rate.setObjectName(f"rate{index}")
        row.source.setObjectName(f"rateSource{index}")
        row.rate.value_edited.connect(
            lambda value, r=row: self.ops_requested.emit(
                [SetField(STAGES.name, "conversion_rate", value, r.row_id)],
                (STAGES.name, "conversion_rate", r.row_id),
            )
        )
        row.source.value_edited.connect(
            lambda value, r=row: self.ops_requested.emit(
                [SetField(STAGES.name, "rate_source", value, r.row_id)], None
            )
        )
        row.rate.problem_changed.connect(self.problems_changed.emit)
        for widget in row.widgets():
            widget.show()

    def row_for(self, row_id: str | None) -> RateRow | None:
        return next((r for r in self.rows if r.row_id == row_id), None)

    def problems(self) -> list[str]:
        return [r.rate.problem() for r in self.rows if r.rate.problem()]


# --------------------------------------------------------------------------- the page
class FunnelPage(StepPage):
    """Inputs, rates, the table and chart of the reverse funnel, and the capacity check."""

    shows_guidance = False

    def __init__(self, step: StepId = StepId.FUNNEL, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self._language = "en"
        self._problems_model: list[str] = []
        self._entered = False
        self._narrow = False
        self._wide_minimum: int | None = None
        self._unwrapped_minimum = 0
        self._remeasure_timer = QTimer(self)
        self._remeasure_timer.setSingleShot(True)
        self._remeasure_timer.setInterval(0)
        self._remeasure_timer.timeout.connect(self._remeasure_now)
        self.follow_viewport()

        # 1. The target ---------------------------------------------------------------
        target = QGroupBox(self.tr("Revenue target"), self)
        target.setObjectName("targetBox")
        self.inputs = InputGrid(
            [
                ("revenue_target", self.tr("Revenue target")),
                ("currency", self.tr("Currency")),
                ("period", self.tr("Period")),
                ("period_start", self.tr("Period starts")),
                ("average_deal_size", self.tr("Average deal size")),
                ("marketing_share", self.tr("From marketing leads")),
                ("sales_cycle_days", self.tr("Sales cycle")),
            ],
            target,
        )
        self.inputs.labels["marketing_share"].setToolTip(
            self.tr("Share of the revenue target expected from marketing-sourced leads")
        )
        self.invite = NoticeBox(Level.NOTE, target)
        self.invite.setObjectName("invite")
        self.input_problems = NoticeBox(Level.PROBLEM, target)
        self.input_problems.setObjectName("inputProblems")
        self.summary = _plain_label("", target)
        self.summary.setObjectName("summary")
        self.due = _plain_label("", target)
        self.due.setObjectName("leadsDue")
        for label in (self.summary, self.due):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        target_layout = QVBoxLayout(target)
        target_layout.addWidget(self.inputs)
        target_layout.addWidget(self.invite)
        target_layout.addWidget(self.input_problems)
        target_layout.addWidget(self.summary)
        target_layout.addWidget(self.due)

        # 2. The rates -----------------------------------------------------------------
        rates_box = QGroupBox(self.tr("Conversion rates"), self)
        rates_box.setObjectName("ratesBox")
        self.rates = RatesEditor(rates_box)
        self.rates.setObjectName("rates")
        self.no_stages = NoticeBox(Level.NOTE, rates_box)
        self.no_stages.setObjectName("noStages")
        self.rate_problems = NoticeBox(Level.PROBLEM, rates_box)
        self.rate_problems.setObjectName("rateProblems")
        stages_note = _plain_label(
            self.tr("The stages come from step 3, Definitions: add, rename or reorder them there."), rates_box
        )
        stages_note.setStyleSheet("QLabel { color: #5f6368; }")
        self.to_definitions = QPushButton(self.tr("Edit the stages in step 3 ›"), rates_box)
        self.to_definitions.setFlat(True)
        self.to_definitions.setCursor(Qt.CursorShape.PointingHandCursor)
        self.to_definitions.setStyleSheet("QPushButton { color: #1a56c4; text-align: left; padding: 2px; }")
        rates_layout = QVBoxLayout(rates_box)
        rates_layout.addWidget(self.rates)
        rates_layout.addWidget(self.no_stages)
        rates_layout.addWidget(self.rate_problems)
        rates_layout.addStretch(1)
        rates_layout.addWidget(stages_note)
        rates_layout.addWidget(self.to_definitions, 0, Qt.AlignmentFlag.AlignLeft)

        # 3. The result table ----------------------------------------------------------
        results_box = QGroupBox(self.tr("Needed per stage"), self)
        results_box.setObjectName("resultsBox")
        self.results = QTableWidget(0, 3, results_box)
        self.results.setObjectName("results")
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.verticalHeader().hide()
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.results.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.legend = _plain_label(
            self.tr("{0} rests on benchmark rates, not on your own data.").format(BENCHMARK_MARK), results_box
        )
        self.legend.setObjectName("legend")
        self.legend.setStyleSheet(f"QLabel {{ color: {BENCHMARK_COLOUR.name()}; }}")
        self.funnel_warnings = NoticeBox(Level.WARNING, results_box)
        self.funnel_warnings.setObjectName("funnelWarnings")
        self.no_results = _plain_label(self.tr("The counts per stage appear here."), results_box)
        self.no_results.setStyleSheet("QLabel { color: #5f6368; }")
        results_layout = QVBoxLayout(results_box)
        results_layout.addWidget(self.results)
        results_layout.addWidget(self.no_results)
        results_layout.addWidget(self.legend)
        results_layout.addWidget(self.funnel_warnings)
        results_layout.addStretch(1)

        self.middle = middle = QHBoxLayout()
        middle.addWidget(rates_box, 5)
        middle.addWidget(results_box, 4)

        # 4. The chart and the funnel's agreement ------------------------------------------
        chart_box = QGroupBox(self.tr("The funnel"), self)
        chart_box.setObjectName("chartBox")
        self.chart = FunnelChart(chart_box)
        self.funnel_agreement = ClauseAgreement("funnel", chart_box)
        self.funnel_agreement.setObjectName("agreement.funnel")
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart)
        chart_layout.addWidget(self.funnel_agreement)

        # 5. Capacity -----------------------------------------------------------------
        capacity_box = QGroupBox(self.tr("Can Sales follow up every lead?"), self)
        capacity_box.setObjectName("capacityBox")
        self.capacity_inputs = InputGrid(
            [
                ("sales_reps", self.tr("Sales reps")),
                ("hours_per_rep", self.tr("Hours per rep a week")),
                ("minutes_per_attempt", self.tr("Minutes per attempt")),
            ],
            capacity_box,
            columns=1,
        )
        self.capacity_inputs.labels["hours_per_rep"].setToolTip(
            self.tr("Hours each rep has per week for following up new leads")
        )
        attempts_caption = QLabel(self.tr("Attempts per lead:"), capacity_box)
        self.attempts = _plain_label("", capacity_box)
        self.attempts.setObjectName("attemptsFromStep5")
        self.attempts.setToolTip(self.tr("Set in step 5, Handoff & follow-up"))
        grid = self.capacity_inputs.grid
        grid.addWidget(attempts_caption, 3, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.attempts, 3, 1)
        self.gauge = UtilisationGauge(capacity_box)
        self.capacity_detail = _plain_label("", capacity_box)
        self.capacity_detail.setObjectName("capacityDetail")
        gauge_column = QVBoxLayout()
        gauge_column.addWidget(self.gauge)
        gauge_column.addWidget(self.capacity_detail)
        gauge_column.addStretch(1)
        self.capacity_top = capacity_top = QHBoxLayout()
        capacity_top.addWidget(self.capacity_inputs, 2)
        capacity_top.addSpacing(12)
        capacity_top.addLayout(gauge_column, 3)
        self.capacity_invite = NoticeBox(Level.NOTE, capacity_box)
        self.capacity_invite.setObjectName("capacityInvite")
        self.capacity_problems = NoticeBox(Level.PROBLEM, capacity_box)
        self.capacity_problems.setObjectName("capacityProblems")
        self.over_capacity = NoticeBox(Level.PROBLEM, capacity_box)
        self.over_capacity.setObjectName("overCapacity")
        self.tight_capacity = NoticeBox(Level.WARNING, capacity_box)
        self.tight_capacity.setObjectName("tightCapacity")
        self.capacity_agreement = ClauseAgreement("funnel.capacity", capacity_box)
        self.capacity_agreement.setObjectName("agreement.funnel.capacity")
        capacity_layout = QVBoxLayout(capacity_box)
        capacity_layout.addLayout(capacity_top)
        for box in (self.capacity_invite, self.capacity_problems, self.over_capacity, self.tight_capacity):
            capacity_layout.addWidget(box)
        capacity_layout.addWidget(self.capacity_agreement)

        layout = QVBoxLayout(self)
        layout.addWidget(target)
        layout.addLayout(middle)
        layout.addWidget(chart_box)
        layout.addWidget(capacity_box)
        layout.addStretch(1)

        for child in (
            self.inputs,
            self.rates,
            self.capacity_inputs,
            self.funnel_agreement,
            self.capacity_agreement,
        ):
            child.ops_requested.connect(self.ops_requested.emit)
        self.rates.problems_changed.connect(self._show_rate_problems)
        self.to_definitions.clicked.connect(
            lambda: self.navigate_requested.emit(
                SimpleNamespace(step=StepId.DEFINITIONS, entity=STAGES.name, row_id=None, field="", clause="")
            )
        )

    # ------------------------------------------------------------------ load
    def load(self, snapshot: WorkshopSnapshot) -> None:
        analysis = analyse(snapshot)
        self._language = str(snapshot.value("language") or "en")
        inputs = snapshot.single(FUNNEL.name)
        self._entered = analysis.funnel_entered
        self.inputs.set_values(inputs)
        self.capacity_inputs.set_values(inputs)
        self.rates.set_stages(analysis.funnel_stages)
        self._show_inputs(analysis, inputs)
        self._show_rates(analysis)
        self._show_results(analysis, inputs)
        self._show_chart(analysis, inputs)
        self._show_capacity(analysis, snapshot)
        for control in (self.funnel_agreement, self.capacity_agreement):
            clause = snapshot.clause(control.key)
            control.set_value(clause.state, clause.note)
        if not self._remeasure_timer.isActive() and (self._wide_minimum is None or not self._narrow):
            self._remeasure_timer.start()  # texts of another length may need the other layout

    def _show_inputs(self, analysis: Analysis, inputs: Mapping[str, Any]) -> None:
        funnel = analysis.funnel
        if not analysis.funnel_entered:
            self.invite.set_notices(
                [
                    self.tr(
                        "Enter the revenue target, the average deal size and the share expected from "
                        "marketing-sourced leads: the page then shows how many leads Marketing must deliver, "
                        "per stage and per month."
                    )
                ]
            )
            self.input_problems.set_notices([])
        else:
            self.invite.set_notices([])
            self.input_problems.set_notices(
                p.message for p in funnel.problems if p.field not in RATE_PROBLEM_FIELDS
            )
        _, _, phrase = period_texts(inputs.get("period"))
        summary = ""
        if funnel.marketing_revenue_per_period is not None:
            currency = inputs.get("currency")
            summary = self.tr("Revenue from marketing-sourced leads: {0} {1}").format(
                money(funnel.marketing_revenue_per_period, currency, self._language), phrase
            )
            if (
                funnel.months_per_period
                and funnel.months_per_period > 1
                and funnel.marketing_revenue_per_month
            ):
                summary += self.tr(", {0} a month").format(
                    money(funnel.marketing_revenue_per_month, currency, self._language)
                )
            summary += "."
        _set_text(self.summary, summary)
        _set_text(self.due, self._due_text(funnel, inputs))

    def _due_text(self, funnel: FunnelResult, inputs: Mapping[str, Any]) -> str:
        cycle = inputs.get("sales_cycle_days")
        start = inputs.get("period_start")
        if cycle is None or not self._entered:
            return ""
        if not isinstance(start, date):
            return self.tr("Enter when the period starts to see by when its leads must arrive.")
        due = funnel.leads_due_by(start)
        if due is None:
            return ""
        return self.tr(
            "Leads for a period starting on {0} must arrive by {1} (one sales cycle earlier)."
        ).format(formatting.long_date(start, self._language), formatting.long_date(due, self._language))

    def _show_rates(self, analysis: Analysis) -> None:
        if len(analysis.funnel_stages) < 2:
            self.no_stages.set_notices(
                [
                    self.tr(
                        "The funnel needs at least two lifecycle stages that are part of it (for example Lead "
                        "and Customer). Add them, or tick “Part of the funnel”, in step 3, Definitions."
                    )
                ]
            )
        else:
            self.no_stages.set_notices([])
        self._problems_model = (
            [p.message for p in analysis.funnel.problems if p.field == "rates"]
            if analysis.funnel_entered
            else []
        )
        self._show_rate_problems()

    def _show_rate_problems(self) -> None:
        typed = self.rates.problems()
        # A rate being corrected in place is reported once, as typed, not also as stored.
        pairs = {r.rate.pair for r in self.rates.rows if r.rate.problem()}
        stored = [m for m in self._problems_model if not any(f" {pair}:" in m for pair in pairs)]
        self.rate_problems.set_notices([*typed, *stored])

    def _show_results(self, analysis: Analysis, inputs: Mapping[str, Any]) -> None:
        funnel = analysis.funnel
        heading, _, _ = period_texts(inputs.get("period"))
        headers = [self.tr("Stage"), heading, self.tr("Per month")]
        for column, text in enumerate(headers):
            item = self.results.horizontalHeaderItem(column)
            if item is None or item.text() != text:
                self.results.setHorizontalHeaderItem(column, QTableWidgetItem(text))
        rows: list[tuple[str, str, str, bool, str]] = []
        if funnel.stages:
            counts = funnel.stages
            for i, count in enumerate(counts):
                tip = self._count_tip(analysis, i, inputs)
                rows.append(
                    (
                        count.stage,
                        whole(count.per_period, self._language),
                        whole(count.per_month, self._language),
                        count.benchmark_dependent,
                        tip,
                    )
                )
        else:
            rows = [(ref.name, "–", "–", False, "") for ref in analysis.funnel_stages]
        if self.results.rowCount() != len(rows):
            self.results.setRowCount(len(rows))
        for r, (name, period, month, flagged, tip) in enumerate(rows):
            self._set_cell(r, 0, name, flagged, tip, left=True)
            self._set_cell(r, 1, period, flagged, tip)
            self._set_cell(r, 2, month, flagged, tip)
        self._fit_results()
        for widget, shown in ((self.results, bool(rows)), (self.no_results, not rows)):
            if widget.isHidden() == shown:
                widget.setVisible(shown)
        self.legend.setVisible(any(row[3] for row in rows))
        own = [w for w in funnel.warnings if "benchmark" not in w]
        if funnel.stages and analysis.benchmark_stages:
            own.insert(
                0,
                self.tr(
                    "{0} of the rates are benchmarks, not your own data: the counts marked {1} rest on them. "
                    "Replace them with your own figures as soon as you have them."
                ).format(len(analysis.benchmark_stages), BENCHMARK_MARK),
            )
        self.funnel_warnings.set_notices(own)

    def _count_tip(self, analysis: Analysis, index: int, inputs: Mapping[str, Any]) -> str:
        """How a count follows from the one after it, so the room can check it by hand."""
        counts = analysis.funnel.stages
        count = counts[index]
        lines: list[str] = []
        if index + 1 < len(counts) and count.rate_to_next is not None:
            following = counts[index + 1]
            lines.append(
                self.tr("{0} = {1} {2} ÷ {3}, rounded up").format(
                    whole(count.per_period, self._language),
                    whole(following.per_period, self._language),
                    following.stage,
                    formatting.percent(count.rate_to_next, self._language),
                )
            )
        elif analysis.funnel.marketing_revenue_per_period is not None:
            deal = inputs.get("average_deal_size")
            if isinstance(deal, Decimal | int):
                lines.append(
                    self.tr("{0} = {1} ÷ {2} a deal, rounded up").format(
                        whole(count.per_period, self._language),
                        money(
                            analysis.funnel.marketing_revenue_per_period,
                            inputs.get("currency"),
                            self._language,
                        ),
                        money(Decimal(deal), inputs.get("currency"), self._language),
                    )
                )
        if count.benchmark_dependent:
            lines.append(self.tr("{0} rests on benchmark rates").format(BENCHMARK_MARK))
        return "\n".join(lines)

    def _set_cell(
        self, row: int, column: int, text: str, flagged: bool, tip: str, *, left: bool = False
    ) -> None:
        item = self.results.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            align = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
            item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            self.results.setItem(row, column, item)
        mark = "flagged" if left and flagged else ""
        if left and (item.data(Qt.ItemDataRole.UserRole) or "") != mark:
            item.setIcon(benchmark_icon() if mark else QIcon())
            item.setData(Qt.ItemDataRole.UserRole, mark)
        if item.text() != text:
            item.setText(text)
        background = QBrush(BENCHMARK_BACKGROUND) if flagged else QBrush()
        if item.background() != background:
            item.setBackground(background)
        if item.toolTip() != tip:
            item.setToolTip(tip)

    def _fit_results(self) -> None:
        table = self.results
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        if table.height() != height or table.minimumHeight() != height:
            table.setFixedHeight(height)
        # Never narrower than its stage names and counts: the page stacks the boxes instead.
        header = table.horizontalHeader()
        width = 2 * table.frameWidth() + sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(table.columnCount())
        )
        if table.minimumWidth() != width:
            table.setMinimumWidth(width)
            self._remeasure()

    def _show_chart(self, analysis: Analysis, inputs: Mapping[str, Any]) -> None:
        funnel = analysis.funnel
        if not funnel.stages:
            if not analysis.funnel_entered:
                text = self.tr("The funnel is drawn here once the target, deal size and rates are entered.")
            else:
                text = self.tr("The funnel is drawn here once the problems above are put right.")
            self.chart.set_placeholder(text)
            return
        _, header, _ = period_texts(inputs.get("period"))
        bars = [
            FunnelBar(
                label=count.stage,
                value=count.per_period,
                value_text=whole(count.per_period, self._language),
                side_text=whole(count.per_month, self._language),
                benchmark=count.benchmark_dependent,
                tooltip=self.tr("{0}: rests on benchmark rates").format(count.stage)
                if count.benchmark_dependent
                else "",
            )
            for count in funnel.stages
        ]
        flagged = any(b.benchmark for b in bars)
        self.chart.set_bars(
            bars,
            value_header=header,
            side_header=self.tr("per month"),
            legend=self.tr("Hatched: the count rests on benchmark rates, not your own data.")
            if flagged
            else "",
        )

    def _show_capacity(self, analysis: Analysis, snapshot: WorkshopSnapshot) -> None:
        attempts = snapshot.single(HANDOFF.name).get("attempts")
        if attempts is None:
            _set_text(self.attempts, self.tr("not set yet — from step 5, Handoff & follow-up"))
        else:
            _set_text(self.attempts, self.tr("{0} — from step 5").format(whole(attempts, self._language)))
        capacity = analysis.capacity
        if capacity is None:
            self.capacity_invite.set_notices(
                [
                    self.tr(
                        "Enter the sales reps, their weekly hours for follow-up and the minutes per attempt "
                        "to check whether Sales can work every lead the funnel hands over."
                    )
                ]
            )
            for box in (self.capacity_problems, self.over_capacity, self.tight_capacity):
                box.set_notices([])
            self.gauge.set_value(
                None, "", "", self.tr("Not checked yet"), formatting.percent(100, self._language)
            )
            _set_text(self.capacity_detail, "")
            return
        # No volume while the funnel does not compute: a consequence of the problems above, said once
        # as a note rather than as another red problem.
        waiting = [p for p in capacity.problems if p.field == "leads_per_month"]
        self.capacity_invite.set_notices(self._capacity_problem_texts(waiting))
        self.capacity_problems.set_notices(
            self._capacity_problem_texts(p for p in capacity.problems if p.field != "leads_per_month")
        )
        if capacity.level is None or capacity.utilisation_percent is None:
            self.gauge.set_value(
                None, "", "", self.tr("Cannot be checked yet"), formatting.percent(100, self._language)
            )
            _set_text(self.capacity_detail, "")
            self.over_capacity.set_notices([])
            self.tight_capacity.set_notices([])
            return
        shown = formatting.percent(capacity.utilisation_percent, self._language)
        verdict = {
            CapacityLevel.GREEN: self.tr("Sales can work every lead"),
            CapacityLevel.AMBER: self.tr("Tight: little slack left"),
            CapacityLevel.RED: self.tr("Over capacity: leads will go unanswered"),
        }[capacity.level]
        self.gauge.set_value(
            capacity.utilisation_percent,
            shown,
            capacity.level.value,
            verdict,
            formatting.percent(100, self._language),
        )
        _set_text(self.capacity_detail, self._capacity_detail(analysis, capacity))
        handle = whole(capacity.leads_the_team_can_handle or 0, self._language)
        handed = whole(analysis.capacity_leads_per_month or 0, self._language)
        stage = analysis.capacity_stage
        if capacity.level is CapacityLevel.RED:
            self.over_capacity.set_notices(
                [
                    self.tr(
                        "Over capacity: following up every lead needs {0} of the time Sales has. Sales can "
                        "handle {1} leads a month, the funnel hands over {2} ({3}). Add reps or hours, plan "
                        "fewer or shorter attempts, or agree a lower target — otherwise leads go unanswered."
                    ).format(shown, handle, handed, stage)
                ]
            )
            self.tight_capacity.set_notices([])
        elif capacity.level is CapacityLevel.AMBER:
            self.over_capacity.set_notices([])
            self.tight_capacity.set_notices(
                [
                    self.tr(
                        "Tight: follow-up takes {0} of the time Sales has, with little slack for holidays or a "
                        "busy month. Sales can handle {1} leads a month, the funnel hands over {2} ({3})."
                    ).format(shown, handle, handed, stage)
                ]
            )
        else:
            self.over_capacity.set_notices([])
            self.tight_capacity.set_notices([])

    def _capacity_detail(self, analysis: Analysis, capacity: CapacityResult) -> str:
        language = self._language
        required = capacity.required_hours_per_month
        available = capacity.available_hours_per_month
        if required is None or available is None:
            return ""
        return self.tr(
            "Following up {0} {1} a month takes {2} hours; Sales has {3} hours a month for it, enough for "
            "{4} leads a month."
        ).format(
            whole(analysis.capacity_leads_per_month or 0, language),
            analysis.capacity_stage,
            formatting.number(required, language),
            formatting.number(available, language),
            whole(capacity.leads_the_team_can_handle or 0, language),
        )

    def _capacity_problem_texts(self, problems: Iterable[InputProblem]) -> list[str]:
        texts: list[str] = []
        for problem in problems:
            if problem.field == "leads_per_month":
                texts.append(
                    self.tr("The funnel above does not compute yet, so there is no monthly volume to check.")
                )
            elif problem.field == "attempts_per_lead":
                texts.append(
                    self.tr(
                        "Attempts per lead: set the number of contact attempts in step 5, Handoff & follow-up."
                    )
                )
            else:
                texts.append(problem.message)
        return texts

    # ------------------------------------------------------------------ the rest of the page API
    def show_target(self, entity: str, row_id: str | None = None, field: str = "", clause: str = "") -> bool:
        if clause:
            for control in (self.funnel_agreement, self.capacity_agreement):
                if control.key == clause:
                    _scroll_to(control)
                    control.state.setFocus()
                    return True
            return False
        if entity == FUNNEL.name:
            name = STORE_FIELD.get(field, field)
            if self.inputs.show_field(name) or self.capacity_inputs.show_field(name):
                return True
            if field in RATE_PROBLEM_FIELDS:
                return self._focus_rates(row_id, field)
            return False
        if entity == STAGES.name:
            return self._focus_rates(row_id, field)
        return False

    def _focus_rates(self, row_id: str | None, field: str) -> bool:
        row = self.rates.row_for(row_id) or (self.rates.rows[0] if self.rates.rows else None)
        if row is None:
            _scroll_to(self.to_definitions)
            self.to_definitions.setFocus()
            return True
        target: QWidget = row.source if field == "rate_source" else row.rate
        _scroll_to(target)
        target.setFocus()
        return True

    def pending_messages(self) -> str:
        found = [
            *self.inputs.pending_messages(),
            *self.capacity_inputs.pending_messages(),
            *self.rates.problems(),
        ]
        return "\n".join(found)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._fit_results()
            self._remeasure()
        super().changeEvent(event)

    def _remeasure(self) -> None:
        """Measure the side-by-side layout again once the children have their new fonts and texts
        (measured at once, a zoom or a longer text would still count with the old sizes)."""
        self._wide_minimum = None
        self._arrange()
        self._remeasure_timer.start()

    def _remeasure_now(self) -> None:
        self._wide_minimum = None
        self._arrange()

    def viewport_resized(self) -> None:
        self._arrange()

    def _arrange(self) -> None:
        """Side by side while the page has the room (e.g. 1280 px at normal zoom), stacked when the
        editor is zoomed for the room or the window is narrow, so nothing needs a horizontal scroll."""
        viewport = self.parentWidget()
        if viewport is None:
            return
        if self._wide_minimum is None:
            # Some air beyond the bare minimum: side by side, nothing may sit squeezed.
            air = 4 * self.fontMetrics().averageCharWidth()
            self._set_narrow(False)
            self._wide_minimum = self._measure() + air
            self._set_narrow(True)
            self._unwrapped_minimum = self._measure()
        narrow = viewport.width() < self._wide_minimum
        self._set_narrow(narrow)
        wrapped = narrow and viewport.width() < self._unwrapped_minimum
        for grid in (self.inputs, self.capacity_inputs):
            grid.set_wrapped(wrapped)

    def _measure(self) -> int:
        """The page's minimum width as it is laid out now, with labels on one line."""
        for grid in (self.inputs, self.capacity_inputs):
            grid.set_wrapped(False)
        layout = self.layout()
        assert layout is not None
        for child in self.findChildren(QWidget):  # the boxes' own layouts measure again too
            inner = child.layout()
            if inner is not None:
                inner.invalidate()
        layout.invalidate()
        return layout.minimumSize().width()

    def _set_narrow(self, narrow: bool) -> None:
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.inputs.set_columns(1 if narrow else 2)
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        self.middle.setDirection(direction)
        self.capacity_top.setDirection(direction)

    # For tests and the review page: what the result table shows.
    def result_rows(self) -> list[tuple[str, str, str]]:
        table = self.results

        def text(r: int, c: int) -> str:
            item = table.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(table.rowCount())]


PAGE = FunnelPage

__all__ = ["PAGE", "FunnelPage", "InputGrid", "RateField", "RatesEditor", "period_texts"]
