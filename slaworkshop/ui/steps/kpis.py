"""Step 7, KPIs: what both sides measure, the target, when it turns amber or red, and who owns it.

The table holds the short fields; the definition, the data source and the agreement note of the
selected KPI are edited below it. A KPI can *follow* a value of an earlier step (MQLs per month from
the funnel, the first-contact time from the handoff rules): the editor keeps its target up to date
(``services.analysis.link_ops``, in the same undo step as the edit that changed the value). Typing a
target by hand ends that link in the same edit, and the page says so.

"Propose KPIs from earlier steps" adds one KPI for every value of steps 2 and 5 that computes and that
no KPI follows yet, as one undoable edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QIcon, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.export.formatting import number
from slaworkshop.model.enums import AgreementState, Frequency, KpiDirection, KpiLink, Owner, TimeUnit
from slaworkshop.model.kpi import KpiThresholds, check_thresholds
from slaworkshop.model.steps import FUNNEL, KPIS
from slaworkshop.services.analysis import analyse, linked_unit, revenue_for
from slaworkshop.services.ops import AddRow, Op, SetField
from slaworkshop.services.progress import StepId
from slaworkshop.services.snapshot import Row, WorkshopSnapshot

from ..i18n import agreement_cell_width, tr_message
from ..widgets.fields import ChoiceField, CleanLineEdit, CleanTextEdit, translate_label
from ..widgets.notice import Level, NoticeBox
from ..widgets.table import CellDelegate, RowTableEditor, RowTableModel
from .base import StepPage

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("name", "owner", "target", "direction", "amber", "red", "agreement")
"""The unit is shown with the target (“80 MQLs”) and edited below the table, with the long texts."""
DETAIL_FIELDS = ("link", "frequency", "unit", "definition", "data_source", "agreement_note")
_NUMBERS = ("target", "amber", "red")
_PROBLEM_BACKGROUND = QColor("#fde0e0")
LINK_COLOUR = "#2f6fdf"

_FUNNEL_LINKS = (
    KpiLink.LEADS_PER_MONTH,
    KpiLink.MQL_PER_MONTH,
    KpiLink.SAL_PER_MONTH,
    KpiLink.SQL_PER_MONTH,
    KpiLink.OPPORTUNITIES_PER_MONTH,
    KpiLink.WON_PER_MONTH,
    KpiLink.MARKETING_REVENUE,
)
_TIME_LINKS = (KpiLink.FIRST_CONTACT, KpiLink.ACCEPT_WITHIN)
# How the room writes the two time units (en, de, nl): a linked time KPI whose unit names the other
# one reads wrong once step 5 changes its unit, because only the number follows.
_TIME_WORDS = {
    TimeUnit.HOURS.value: frozenset(
        {"h", "hour", "hours", "hrs", "std", "stunde", "stunden", "u", "uur", "uren"}
    ),
    TimeUnit.BUSINESS_DAYS.value: frozenset(
        {
            "business day",
            "business days",
            "working days",
            "workdays",
            "days",
            "werktag",
            "werktage",
            "arbeitstage",
            "tage",
            "werkdag",
            "werkdagen",
            "dagen",
        }
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("KpisPage", text)


def _link_labels() -> dict[KpiLink, str]:
    return {
        KpiLink.LEADS_PER_MONTH: _tr("step 2: leads per month"),
        KpiLink.MQL_PER_MONTH: _tr("step 2: MQLs per month"),
        KpiLink.SAL_PER_MONTH: _tr("step 2: SALs per month"),
        KpiLink.SQL_PER_MONTH: _tr("step 2: SQLs per month"),
        KpiLink.OPPORTUNITIES_PER_MONTH: _tr("step 2: opportunities per month"),
        KpiLink.WON_PER_MONTH: _tr("step 2: deals won per month"),
        KpiLink.MARKETING_REVENUE: _tr("step 2: marketing-sourced revenue"),
        KpiLink.FIRST_CONTACT: _tr("step 5: time to first contact"),
        KpiLink.ACCEPT_WITHIN: _tr("step 5: time to accept or reject"),
        KpiLink.ATTEMPTS: _tr("step 5: contact attempts per lead"),
        KpiLink.MQL_THRESHOLD: _tr("step 4: MQL score threshold"),
    }


def link_label(link: KpiLink | str) -> str:
    """What a KPI follows, in the room's words: “step 2: MQLs per month”."""
    try:
        return _link_labels()[KpiLink(link)]
    except ValueError:
        return str(link)[:64]


def time_unit_label(unit: str) -> str:
    return _tr("business days") if unit == TimeUnit.BUSINESS_DAYS.value else _tr("hours")


# --------------------------------------------------------------------------- proposals
# Who owns the KPI a link suggests, which way is better, and how often it is measured.
_PRESETS: dict[KpiLink, tuple[Owner, KpiDirection, Frequency]] = {
    KpiLink.LEADS_PER_MONTH: (Owner.MARKETING, KpiDirection.AT_LEAST, Frequency.MONTHLY),
    KpiLink.MQL_PER_MONTH: (Owner.MARKETING, KpiDirection.AT_LEAST, Frequency.MONTHLY),
    KpiLink.SAL_PER_MONTH: (Owner.SHARED, KpiDirection.AT_LEAST, Frequency.MONTHLY),
    KpiLink.SQL_PER_MONTH: (Owner.SALES, KpiDirection.AT_LEAST, Frequency.MONTHLY),
    KpiLink.OPPORTUNITIES_PER_MONTH: (Owner.SALES, KpiDirection.AT_LEAST, Frequency.MONTHLY),
    KpiLink.WON_PER_MONTH: (Owner.SALES, KpiDirection.AT_LEAST, Frequency.MONTHLY),
    KpiLink.MARKETING_REVENUE: (Owner.SHARED, KpiDirection.AT_LEAST, Frequency.QUARTERLY),
    KpiLink.FIRST_CONTACT: (Owner.SALES, KpiDirection.AT_MOST, Frequency.WEEKLY),
    KpiLink.ACCEPT_WITHIN: (Owner.SALES, KpiDirection.AT_MOST, Frequency.WEEKLY),
    KpiLink.ATTEMPTS: (Owner.SALES, KpiDirection.AT_LEAST, Frequency.MONTHLY),
}


def proposal_texts(link: KpiLink) -> tuple[str, str, str, str]:
    """Name, definition, unit and data source of the KPI a link suggests."""
    crm, funnel_report, activity = _tr("CRM"), _tr("CRM funnel report"), _tr("CRM activity log")
    texts = {
        KpiLink.LEADS_PER_MONTH: (
            _tr("Leads per month"),
            _tr("Number of new leads created in the month."),
            _tr("leads"),
            funnel_report,
        ),
        KpiLink.MQL_PER_MONTH: (
            _tr("MQLs delivered per month"),
            _tr("Number of leads that became MQL in the month."),
            _tr("MQLs"),
            funnel_report,
        ),
        KpiLink.SAL_PER_MONTH: (
            _tr("SALs per month"),
            _tr("Number of MQLs Sales accepted in the month."),
            _tr("SALs"),
            funnel_report,
        ),
        KpiLink.SQL_PER_MONTH: (
            _tr("SQLs per month"),
            _tr("Number of leads Sales qualified as SQL in the month."),
            _tr("SQLs"),
            funnel_report,
        ),
        KpiLink.OPPORTUNITIES_PER_MONTH: (
            _tr("Opportunities per month"),
            _tr("Number of opportunities opened from marketing-sourced leads in the month."),
            _tr("opportunities"),
            funnel_report,
        ),
        KpiLink.WON_PER_MONTH: (
            _tr("Deals won per month"),
            _tr("Number of deals won from marketing-sourced leads in the month."),
            _tr("deals"),
            crm,
        ),
        KpiLink.MARKETING_REVENUE: (
            _tr("Revenue from marketing-sourced leads"),
            _tr("Won revenue of opportunities whose first source is a marketing campaign."),
            "",
            _tr("CRM with campaign attribution"),
        ),
        KpiLink.FIRST_CONTACT: (
            _tr("Lead response time"),
            _tr("Median time from handoff to the first contact attempt."),
            "",
            activity,
        ),
        KpiLink.ACCEPT_WITHIN: (
            _tr("Time to accept or reject"),
            _tr("Median time from handoff to the rep's accept or reject decision in the CRM."),
            "",
            crm,
        ),
        KpiLink.ATTEMPTS: (
            _tr("Contact attempts per lead"),
            _tr("Average number of logged attempts before a lead is reached or returned to Marketing."),
            _tr("attempts"),
            activity,
        ),
    }
    return texts[link]


def default_thresholds(target: Decimal, direction: KpiDirection) -> tuple[Decimal, Decimal]:
    """Amber and red: 90 % / 75 % of the target for “at least”, 125 % / 150 % for “at most”.

    Rounded away from the target (whole numbers from 10 on, else tenths), so the order
    red ≤ amber ≤ target (or target ≤ amber ≤ red) always holds.
    """
    at_least = direction is KpiDirection.AT_LEAST
    factors = (Decimal("0.9"), Decimal("0.75")) if at_least else (Decimal("1.25"), Decimal("1.5"))
    step = Decimal(1) if abs(target) >= 10 else Decimal("0.1")
    rounding = ROUND_FLOOR if at_least else ROUND_CEILING
    found = []
    for factor in factors:
        value = (target * factor).quantize(step, rounding=rounding)
        found.append(value.quantize(Decimal(1)) if value == value.to_integral_value() else value)
    return found[0], found[1]


def proposed_kpis(snapshot: WorkshopSnapshot) -> list[AddRow]:
    """One new KPI for every link whose value computes and that no KPI follows yet (in link order)."""
    analysis = analyse(snapshot)
    values = analysis.link_values
    followed = {str(k.get("link") or "") for k in snapshot.rows_of(KPIS.name)}
    currency = str(snapshot.single(FUNNEL.name).get("currency") or "EUR")
    # Where the analysis falls back to a neighbouring stage (no opportunity stage; a funnel that
    # starts at MQL), a second KPI would count the same stage twice: propose it once.
    names = [s.stage.strip().casefold() for s in analysis.funnel.stages]
    same_stage = {
        KpiLink.OPPORTUNITIES_PER_MONTH: not any(n.startswith(("opport", "kans")) for n in names),
        KpiLink.LEADS_PER_MONTH: bool(names) and names[0] in ("mql", "sal", "sql"),
    }
    ops: list[AddRow] = []
    for link, (owner, direction, frequency) in _PRESETS.items():
        target = revenue_for(values, frequency) if link is KpiLink.MARKETING_REVENUE else values.get(link)
        if link.value in followed or target is None or same_stage.get(link, False):
            continue
        name, definition, unit, source = proposal_texts(link)
        time_unit = linked_unit(snapshot, link)
        if time_unit is not None:
            unit = time_unit_label(time_unit)
        elif link is KpiLink.MARKETING_REVENUE:
            unit = currency
        amber, red = default_thresholds(target, direction)
        values_of_row: dict[str, Any] = {
            "name": name,
            "definition": definition,
            "owner": owner.value,
            "target": target,
            "unit": unit,
            "direction": direction.value,
            "amber": amber,
            "red": red,
            "frequency": frequency.value,
            "data_source": source,
            "link": link.value,
            "agreement": AgreementState.PROPOSED.value,
        }
        ops.append(AddRow(KPIS.name, values_of_row))
    return ops


# --------------------------------------------------------------------------- the table's cells
def link_icon(size: int = 16) -> QIcon:
    """Two chain links: the mark of a target that follows an earlier step (drawn, so it needs no
    emoji font on the client's laptop)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(LINK_COLOUR))
    pen.setWidthF(max(1.5, size / 9))
    painter.setPen(pen)
    painter.translate(size / 2, size / 2)
    painter.rotate(-45)
    w, h = size * 0.5, size * 0.32
    painter.drawRoundedRect(QRectF(-w + 1, -h / 2, w, h), h / 2, h / 2)
    painter.drawRoundedRect(QRectF(-1, -h / 2, w, h), h / 2, h / 2)
    painter.end()
    return QIcon(pixmap)


class KpiTable(RowTableEditor):
    """The KPI table: the name takes the room that is left, the short columns fit their content
    and give way (headings elided, tooltips whole) when the page is narrow or zoomed in."""

    LIMITS = {"agreement": 14, "target": 16, "owner": 11, "direction": 10, "amber": 9, "red": 9}
    NAME_CHARS = 18
    FIRM = frozenset({"owner", "direction"})

    def fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(32)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.resizeColumnsToContents()
        char = max(self.fontMetrics().averageCharWidth(), 1)
        metrics = header.fontMetrics()
        widths: dict[int, int] = {}
        for column, spec in enumerate(self.model.columns):
            if spec.name == "name":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            heading = metrics.horizontalAdvance(title) + 24
            content = min(header.sectionSize(column) + 8, self.LIMITS.get(spec.name, 12) * char)
            widths[column] = max(min(heading, self.LIMITS.get(spec.name, 12) * char), content)
        # Owners and directions are one-word choices: never narrower than their content (the
        # heading may elide); the KPI name, the target and the thresholds give way instead.
        firm = {
            c: self.view.sizeHintForColumn(c) + 4 for c in widths if self.model.columns[c].name in self.FIRM
        }
        widths.update({c: max(w, firm.get(c, 0)) for c, w in widths.items()})
        room = self.view.viewport().width()
        wanted = sum(widths.values()) + self.NAME_CHARS * char
        if room > 200 and wanted > room:
            wide = dict(widths)
            widths.update(firm)  # their headings elide first
            fixed = sum(widths[c] for c in firm)
            soft = sum(w for c, w in widths.items() if c not in firm)
            scale = max(0.5, (room - self.NAME_CHARS * char - fixed) / max(soft, 1))
            widths = {c: w if c in firm else max(int(w * scale), 5 * char) for c, w in widths.items()}
            agreement = agreement_cell_width(self, (AgreementState.AGREED,))
            need = sum(
                max(w, agreement) if self.model.columns[c].name == "agreement" else w
                for c, w in widths.items()
            )
            if need + 8 * char > room:  # zoomed far in: every column gives way
                scale = max(0.5, (room - self.NAME_CHARS * char) / max(sum(wide.values()), 1))
                widths = {c: max(int(w * scale), 5 * char) for c, w in wide.items()}
        for column, width in widths.items():
            if self.model.columns[column].name == "agreement":  # readable in every language
                width = max(width, agreement_cell_width(self, (AgreementState.AGREED,)))
            header.resizeSection(column, width)
        self._fitted_for = room

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        room = self.view.viewport().width()
        if self.model.rows and abs(room - getattr(self, "_fitted_for", 0)) > 24:
            self.fit_columns()


class KpiCellDelegate(CellDelegate):
    """The table's cells with the page's knowledge: numbers in the workshop's language, the link
    mark on a followed target, threshold problems in red, and tooltips that say why."""

    def __init__(self, page: KpisPage, model: RowTableModel, parent: Any = None) -> None:
        super().__init__(model, parent)
        self.page = page
        self.icon = link_icon()

    def _cell(self, index: Index) -> tuple[dict[str, Any], str] | None:
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()], self.model.columns[index.column()].name

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        cell = self._cell(index)
        if cell is None:
            return
        row, name = cell
        if (row["id"], name) in self.model.drafts:
            return  # what the user typed stays as typed, marked by the table
        value = row.get(name)
        if name in _NUMBERS and isinstance(value, Decimal):
            option.text = number(value, self.page.language)
            unit = str(row.get("unit") or "").strip()
            if name == "target" and unit:
                option.text += " " + (unit if len(unit) <= 24 else unit[:23] + "…")
        if name == "target" and row.get("link"):
            option.icon = self.icon
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            option.decorationSize = QSize(16, 16)
        if name in self.page.problems.get(str(row["id"]), {}):
            option.backgroundBrush = QBrush(_PROBLEM_BACKGROUND)

    def helpEvent(  # noqa: N802 - Qt override
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        cell = self._cell(index)
        text = self.page.cell_tooltip(*cell) if cell is not None else ""
        if event is not None and event.type() == QEvent.Type.ToolTip and text:
            QToolTip.showText(event.globalPos(), text, view)
            return True
        return super().helpEvent(event, view, option, index)


# --------------------------------------------------------------------------- the page
class KpisPage(StepPage):
    """The KPI table, the selected KPI's link and long texts, proposals from earlier steps, a legend."""

    shows_guidance = False

    def __init__(self, step: StepId = StepId.KPIS, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.language = "en"
        self.problems: dict[str, dict[str, str]] = {}  # row id -> field -> message
        self._rows: dict[str, Row] = {}
        self._values: Mapping[KpiLink, Decimal | None] = {}
        self._unlinked: dict[str, str] = {}  # row id -> the link its hand-typed target ended
        self._proposal_note = ""
        # The KPI ids and linkable values the proposal note was written for: it goes when they change.
        self._proposal_state: tuple[tuple[str, ...], dict[KpiLink, Decimal | None]] | None = None
        self._detail_id: str | None = None
        self._snapshot: WorkshopSnapshot | None = None

        # -- the table
        box = QGroupBox(self.tr("KPIs both sides report on"), self)
        self.table = KpiTable(
            KPIS,
            box,
            columns=COLUMNS,
            new_row_values={
                "owner": Owner.SHARED.value,
                "direction": KpiDirection.AT_LEAST.value,
                "frequency": Frequency.MONTHLY.value,
            },
        )
        self.table.setObjectName("kpis")
        self.table.setMinimumHeight(self.fontMetrics().height() * 16)
        self.table.view.setItemDelegate(KpiCellDelegate(self, self.table.model, self.table.view))
        self.table.add_action.setText(self.tr("Add KPI"))
        self.table.buttons["add"].setText(self.table.add_action.text())
        self.propose_button = QPushButton(self.tr("Propose KPIs from earlier steps"), box)
        self.propose_button.setObjectName("proposeKpis")
        self.propose_button.setToolTip(
            self.tr(
                "Adds a KPI for every value of the funnel (step 2) and the follow-up rules (step 5) that "
                "no KPI follows yet; its target keeps following that value. One undo removes them all."
            )
        )
        self.available = QLabel(box)
        self.available.setObjectName("linkValues")
        self.available.setWordWrap(True)
        self.available.setStyleSheet("QLabel { color: #444; }")
        top = QHBoxLayout()
        top.addWidget(self.propose_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.available, 1)
        self.problem_box = NoticeBox(Level.PROBLEM, box)
        self.problem_box.setObjectName("kpiProblems")
        self.warning_box = NoticeBox(Level.WARNING, box)
        self.warning_box.setObjectName("kpiWarnings")
        self.note_box = NoticeBox(Level.NOTE, box)
        self.note_box.setObjectName("kpiNotes")
        table_layout = QVBoxLayout(box)
        table_layout.addLayout(top)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.problem_box)
        table_layout.addWidget(self.warning_box)
        table_layout.addWidget(self.note_box)

        # -- the selected KPI: what it follows, how often, and its long texts
        self.details = QGroupBox(self.tr("Selected KPI"), self)
        self.details.setObjectName("kpiDetails")
        self.link = ChoiceField(KPIS.field("link"), dict(_link_labels()), self.details)
        self.link.insertItem(0, self.tr("— not linked: the target is typed —"), "")
        self.link.setObjectName("kpis.link")
        self.frequency = ChoiceField(KPIS.field("frequency"), None, self.details)
        self.frequency.setObjectName("kpis.frequency")
        self.unit = CleanLineEdit(self.details)
        self.unit.setObjectName("kpis.unit")
        self.unit.setMaxLength(200)
        self.unit.setPlaceholderText(self.tr("e.g. MQLs, hours, %, EUR"))
        self.definition = CleanTextEdit(self.details)
        self.definition.setObjectName("kpis.definition")
        self.definition.setPlaceholderText(
            self.tr("How exactly is it counted? e.g. “Accepted MQLs ÷ MQLs handed over, per month”")
        )
        self.data_source = CleanLineEdit(self.details)
        self.data_source.setObjectName("kpis.data_source")
        self.data_source.setPlaceholderText(
            self.tr("Where the number comes from, e.g. “CRM report MQL by month”")
        )
        self.agreement_note = CleanLineEdit(self.details)
        self.agreement_note.setObjectName("kpis.agreement_note")
        self.agreement_note.setPlaceholderText(self.tr("The reservation, or who still has to agree"))
        line = self.fontMetrics().lineSpacing()
        self.definition.setMinimumHeight(line * 2 + 12)
        self.definition.setMaximumHeight(line * 4 + 12)
        self.detail_editors: dict[str, Any] = {
            "link": self.link,
            "frequency": self.frequency,
            "unit": self.unit,
            "definition": self.definition,
            "data_source": self.data_source,
            "agreement_note": self.agreement_note,
        }
        form = QFormLayout(self.details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels: dict[str, QLabel] = {}
        for name, editor in self.detail_editors.items():
            labels[name] = QLabel(translate_label(KPIS.field(name).label) + ":", self.details)
            labels[name].setBuddy(editor)
            editor.value_edited.connect(lambda value, n=name: self._detail_edited(n, value))
        # Measured and unit share a line: both are short.
        measured = QHBoxLayout()
        measured.addWidget(self.frequency, 1)
        measured.addWidget(labels["unit"])
        measured.addWidget(self.unit, 1)
        for name in DETAIL_FIELDS:
            if name == "unit":
                continue
            form.addRow(labels[name], measured if name == "frequency" else self.detail_editors[name])

        # -- how to read the table
        legend_box = QGroupBox(self.tr("How to read the table"), self)
        self.legend = QLabel(legend_box)
        self.legend.setObjectName("kpiLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(self._legend_html())
        mark = QLabel(legend_box)
        mark.setPixmap(link_icon().pixmap(16, 16))
        self.link_legend = QLabel(
            self.tr(
                "The target follows an earlier step and changes with it; typing a target by hand unlinks it."
            ),
            legend_box,
        )
        self.link_legend.setWordWrap(True)
        linked_row = QHBoxLayout()
        linked_row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        linked_row.addWidget(self.link_legend, 1)
        legend_layout = QVBoxLayout(legend_box)
        legend_layout.addWidget(self.legend)
        legend_layout.addLayout(linked_row)
        legend_layout.addStretch(1)

        # Side by side when the page has the room, the legend under the details when it has not.
        self.bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.bottom.addWidget(self.details, 3)
        self.bottom.addWidget(legend_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(box, 1)
        layout.addLayout(self.bottom)
        self._wide_minimum: int | None = None
        self.follow_viewport()

        self.table.ops_requested.connect(self._table_ops)
        self.propose_button.clicked.connect(self.propose)
        self.table.view.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        self.table.model.modelReset.connect(self._show_details)

    # ------------------------------------------------------------------ layout
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._wide_minimum = None
            self._arrange()
        super().changeEvent(event)

    def viewport_resized(self) -> None:
        self._arrange()

    def _arrange(self) -> None:
        """The details and the legend side by side while the scroll area's viewport has the room
        for both, stacked when the window is narrow or the editor zoomed, so nothing scrolls sideways."""
        viewport = self.parentWidget()
        if viewport is None:
            return
        if self._wide_minimum is None:
            self.bottom.setDirection(QBoxLayout.Direction.LeftToRight)
            layout = self.layout()
            assert layout is not None
            layout.invalidate()
            self._wide_minimum = layout.minimumSize().width()
        narrow = viewport.width() < self._wide_minimum
        self.bottom.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )

    # ------------------------------------------------------------------ showing
    def load(self, snapshot: WorkshopSnapshot) -> None:
        self._snapshot = snapshot
        self.language = str(snapshot.value("language") or "en")
        rows = snapshot.rows_of(KPIS.name)
        self._rows = {str(r["id"]): r for r in rows}
        self._values = analyse(snapshot).link_values
        self.problems = {}
        problems: list[str] = []
        warnings: list[str] = []
        for index, row in enumerate(rows):
            title = self._title(row, index)
            self._check_row(snapshot, row, title, problems, warnings)
        self.table.set_rows(rows)
        if rows and self.table.current_row() is None:
            self.table.select_row_id(str(rows[0]["id"]))
        self.table.view.viewport().update()  # problem colours may change without a value changing
        self._show_details()
        self.problem_box.set_notices(problems)
        self.warning_box.set_notices(warnings)
        self._unlinked = {
            rid: link
            for rid, link in self._unlinked.items()
            if rid in self._rows and not self._rows[rid].get("link")
        }
        if self._proposal_state is not None and self._proposal_state != (
            tuple(self._rows),
            dict(self._values),
        ):
            self._proposal_note, self._proposal_state = "", None
        self.note_box.set_notices(self._notes(rows))
        available = self._available_text(snapshot)
        if available != self.available.text():
            self.available.setText(available)

    def _title(self, row: Row, index: int) -> str:
        name = str(row.get("name") or "").strip().split("\n", 1)[0]
        if len(name) > 60:
            name = name[:59] + "…"
        return name or self.tr("KPI {0}").format(index + 1)

    def _check_row(
        self, snapshot: WorkshopSnapshot, row: Row, title: str, problems: list[str], warnings: list[str]
    ) -> None:
        rid = str(row["id"])
        if row.get("target") is not None:
            checked = check_thresholds(
                KpiThresholds(row.get("target"), row.get("direction") or "", row.get("amber"), row.get("red"))
            )
            for problem in checked.problems:
                self.problems.setdefault(rid, {})[problem.field] = tr_message(problem.message)
                problems.append(f"“{title}”: {tr_message(problem.message)}")
        try:
            link = KpiLink(str(row.get("link") or ""))
        except ValueError:
            return
        if self._values.get(link) is None:
            warnings.append(
                self.tr("“{0}” follows {1}, which does not compute yet: its target stays as it is.").format(
                    title, link_label(link)
                )
            )
        unit = linked_unit(snapshot, link)
        typed = str(row.get("unit") or "").strip().casefold()
        other = TimeUnit.HOURS.value if unit == TimeUnit.BUSINESS_DAYS.value else TimeUnit.BUSINESS_DAYS.value
        if unit is not None and typed in _TIME_WORDS[other]:
            warnings.append(
                self.tr("“{0}”: step 5 counts this time in {1}, but the KPI's unit is “{2}”.").format(
                    title, time_unit_label(unit), str(row.get("unit"))[:40]
                )
            )

    def _notes(self, rows: Sequence[Row]) -> list[str]:
        notes: list[str] = []
        if not rows:
            notes.append(
                self.tr(
                    "No KPIs yet. Propose them from the funnel and the follow-up rules, or add your own — "
                    "typical are MQLs per month, lead response time, SAL acceptance rate and win rate."
                )
            )
        for rid, link in self._unlinked.items():
            notes.append(
                self.tr(
                    "“{0}” no longer follows {1}: its target was typed by hand. Pick it again under "
                    "“Follows” below the table to link it."
                ).format(self._title(self._rows[rid], 0), link_label(link))
            )
        if self._proposal_note:
            notes.append(self._proposal_note)
        return notes

    def _available_text(self, snapshot: WorkshopSnapshot) -> str:
        values = self._values
        parts: list[str] = []
        currency = str(snapshot.single(FUNNEL.name).get("currency") or "EUR")
        for link in _FUNNEL_LINKS:
            value = values.get(link)
            if value is None:
                continue
            if link is KpiLink.MARKETING_REVENUE:
                whole = revenue_for(values, Frequency.MONTHLY.value) or value
                parts.append(
                    self.tr("{0} {1} marketing-sourced revenue").format(
                        number(whole, self.language), currency
                    )
                )
            else:
                parts.append(f"{number(value, self.language)} {proposal_texts(link)[2]}")
        funnel = self.tr("Per month from the funnel: {0}.").format(" · ".join(parts)) if parts else ""
        follow: list[str] = []
        for link in (*_TIME_LINKS, KpiLink.ATTEMPTS):
            value = values.get(link)
            if value is None:
                continue
            unit = linked_unit(snapshot, link)
            shown = number(value, self.language)
            if link is KpiLink.FIRST_CONTACT:
                follow.append(
                    self.tr("first contact within {0} {1}").format(shown, time_unit_label(unit or ""))
                )
            elif link is KpiLink.ACCEPT_WITHIN:
                follow.append(self.tr("accept within {0} {1}").format(shown, time_unit_label(unit or "")))
            else:
                follow.append(self.tr("{0} attempts").format(shown))
        handoff = self.tr("From the follow-up rules: {0}.").format(", ".join(follow)) if follow else ""
        text = " ".join(t for t in (funnel, handoff) if t)
        return text or self.tr(
            "The funnel (step 2) and the follow-up rules (step 5) do not compute yet: "
            "once they do, KPIs can follow them."
        )

    def _legend_html(self) -> str:
        chip = "<span style='background:{0}; color:{0};'>&nbsp;&nbsp;&nbsp;</span>"
        amber, red = chip.format("#e0a800"), chip.format("#c5221f")
        lines = [
            self.tr(
                "<b>At least</b> — more is better (MQLs, revenue): {0} amber below “Amber from”, "
                "{1} red below “Red from”."
            ).format(amber, red),
            self.tr(
                "<b>At most</b> — less is better (response times): {0} amber above “Amber from”, "
                "{1} red above “Red from”."
            ).format(amber, red),
            self.tr(
                "A value exactly on a threshold is still on the better side. No amber value: anything "
                "short of the target is amber; no red value: never red."
            ),
        ]
        return "<br>".join(lines)

    def cell_tooltip(self, row: Mapping[str, Any], name: str) -> str:
        rid = str(row.get("id"))
        problem = self.problems.get(rid, {}).get(name)
        if problem:
            return problem
        link = str(row.get("link") or "")
        if link:
            try:
                value = self._values.get(KpiLink(link))
            except ValueError:
                value = None
            now = (
                self.tr(" (now {0})").format(number(value, self.language))
                if value is not None and link != KpiLink.MARKETING_REVENUE.value
                else ""
            )
            return self.tr("Linked: the target follows {0}{1}. Typing a target by hand unlinks it.").format(
                link_label(link), now
            )
        return ""

    # ------------------------------------------------------------------ the selected KPI
    def selected_id(self) -> str | None:
        current = self.table.current_row()
        return None if current is None else self.table.model.row_id(current)

    def _show_details(self) -> None:
        rid = self.selected_id()
        row = self._rows.get(rid) if rid is not None else None
        self._detail_id = rid if row is not None else None
        self.details.setEnabled(row is not None)
        if row is None:
            self.details.setTitle(self.tr("Selected KPI — pick a row in the table"))
        else:
            self.details.setTitle(
                self.tr("Selected KPI: {0}").format(self._title(row, self.table.current_row() or 0))
            )
        for name, editor in self.detail_editors.items():
            value = "" if row is None else row.get(name) or ""
            if isinstance(editor, ChoiceField):
                # No row, or a value the list does not know: show no choice rather than a wrong one.
                found = editor.findData(value)
                if found != editor.currentIndex():
                    editor.setCurrentIndex(found)
            else:
                editor.set_value(value)

    def _detail_edited(self, name: str, value: Any) -> None:
        if self._detail_id is None:
            return
        self.ops_requested.emit(
            [SetField(KPIS.name, name, value, self._detail_id)], (KPIS.name, name, self._detail_id)
        )

    # ------------------------------------------------------------------ edits
    def _table_ops(self, ops: list[Op], merge_key: object) -> None:
        """A target typed by hand ends the KPI's link in the same edit (and one undo restores both)."""
        extra: list[Op] = []
        for op in ops:
            if not (isinstance(op, SetField) and op.entity == KPIS.name and op.field == "target"):
                continue
            row = self._rows.get(str(op.row_id))
            link = str(row.get("link") or "") if row is not None else ""
            if link:
                extra.append(SetField(KPIS.name, "link", "", op.row_id))
                self._unlinked[str(op.row_id)] = link
        self.ops_requested.emit([*ops, *extra], merge_key)

    def propose(self) -> list[AddRow]:
        """Add the KPIs that follow from earlier steps (one undo step); say so when there are none."""
        snapshot = self._snapshot
        if snapshot is None:
            return []
        ops = proposed_kpis(snapshot)
        funnel_missing = all(self._values.get(link) is None for link in _FUNNEL_LINKS)
        handoff_missing = all(self._values.get(link) is None for link in (*_TIME_LINKS, KpiLink.ATTEMPTS))
        if ops:
            note = self.tr(
                "Added {0} KPIs that follow earlier steps, marked “proposed”: agree on them with the room."
            ).format(len(ops))
            if funnel_missing:
                note += " " + self.tr("The funnel (step 2) does not compute yet; propose again once it does.")
            elif handoff_missing:
                note += " " + self.tr(
                    "The follow-up rules (step 5) are not filled in yet; propose again later."
                )
        elif funnel_missing and handoff_missing:
            note = self.tr(
                "Nothing to propose yet: the funnel (step 2) and the follow-up rules (step 5) do not compute. "
                "Fill them in, then propose again."
            )
        else:
            note = self.tr(
                "Every KPI that follows from the funnel and the follow-up rules is already in the table."
            )
        self._proposal_note = note
        self._proposal_state = (tuple(self._rows) + tuple(op.row_id for op in ops), dict(self._values))
        if ops:
            self.ops_requested.emit(list(ops), None)
        else:
            self.note_box.set_notices(self._notes(tuple(self._rows.values())))
        return ops

    # ------------------------------------------------------------------ review jumps, close
    def show_target(self, entity: str, row_id: str | None = None, field: str = "", clause: str = "") -> bool:
        if entity != KPIS.name:
            return False
        if field in DETAIL_FIELDS and row_id is not None:
            if not self.table.show_row(row_id, "name"):
                return False
            self._show_details()
            self.detail_editors[field].setFocus()
            return True
        return self.table.show_row(row_id, field)

    def pending_messages(self) -> str:
        return self.table.pending_messages()


PAGE = KpisPage
