"""Step 3, Definitions: the lifecycle stages, the opportunity's own stages and the reasons a lead is
disqualified or rejected.

The stages table holds the short fields (name, owning department, part of the funnel, agreement) and
the first line of each long text; the selected stage's definition, entry criteria and exit action are
edited in full below it. Which stages are part of the funnel, and in which order, is what step 2's
reverse funnel runs over, so the page says the funnel they make ("Funnel: Lead → MQL → …") and warns
when fewer than two stages are in it. A reason that recycles the lead to nurturing names the nurture
track of step 6 it goes into; the cell offers those tracks.

While a list is empty, a button fills in the standard content of the shipped starter in the
workshop's language (as proposals the room still has to agree on), so an empty workshop is one click
away from something to discuss.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from slaworkshop import paths
from slaworkshop.export.formatting import percent
from slaworkshop.model.enums import AgreementState, Owner, ReasonKind
from slaworkshop.model.fields import EntitySpec, FieldSpec, Kind
from slaworkshop.model.steps import NURTURE_TRACKS, OPPORTUNITY_STAGES, REASONS, STAGES
from slaworkshop.model.text import MAX_TEXT_LENGTH
from slaworkshop.services.analysis import funnel_stage_rows
from slaworkshop.services.ops import AddRow, Op, SetField
from slaworkshop.services.progress import StepId
from slaworkshop.services.snapshot import Row, WorkshopSnapshot
from slaworkshop.services.starters import StarterError, read_content_file

from ..i18n import agreement_cell_width
from ..widgets.agreement import ClauseAgreement
from ..widgets.fields import CleanLineEdit, CleanTextEdit, translate_label
from ..widgets.notice import Level, NoticeBox
from ..widgets.table import CellDelegate, RowTableEditor, RowTableModel
from .base import StepPage

Index = QModelIndex | QPersistentModelIndex

# The long texts are read and edited in full below the table; the table shows the definition's
# first line so the room can tell the stages apart.
STAGE_COLUMNS = ("name", "owner", "in_funnel", "agreement", "definition")
STAGE_DETAILS = ("definition", "entry_criteria", "exit_action", "agreement_note")
OPPORTUNITY_COLUMNS = ("name", "probability", "agreement", "definition", "entry_criteria")
REASON_COLUMNS = ("code", "kind", "recycle", "nurture_track", "agreement", "description")
# Column widths in average characters for the tables whose texts wrap (the last column takes the
# rest): at 1280×800 next to the guidance panel every column stays in view, the headings elided.
STAGE_WIDTHS = {"name": 15, "owner": 13, "in_funnel": 9, "agreement": 13}
"""The stages table shows one line a stage (the selected stage's texts are edited below it)."""
OPPORTUNITY_WIDTHS = {"name": 18, "probability": 12, "agreement": 14, "definition": 28}
REASON_WIDTHS = {"code": 15, "kind": 17, "recycle": 10, "nurture_track": 17, "agreement": 13}
MAX_TABLE_HEIGHT = 640
"""A wrapped table grows with its rows (the page scrolls, not the table) up to this height."""
CLAUSE = "definitions"
ARROW = " → "


def reveal(widget: QWidget) -> None:
    """Scroll the page's scroll area (the editor puts every page in one) so ``widget`` is in view."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget, 20, 40)


def stage_title(row: Row, index: int) -> str:
    """A stage as the notes name it: its name's first line (shortened), else its number."""
    name = str(row.get("name") or "").strip().split("\n", 1)[0]
    if len(name) > 40:
        name = name[:39] + "…"
    return name or f"#{index + 1}"


def standard_rows(language: str, entity: str) -> list[dict[str, Any]]:
    """The shipped starter's rows of ``entity`` in ``language`` (English when there is none), as
    proposals; empty when the starter cannot be read."""
    folder = paths.templates_dir() / "starters"
    path = folder / f"{language}.json"
    if not path.is_file():
        path = folder / "en.json"
    try:
        content = read_content_file(path)
    except StarterError:
        return []
    rows = []
    for values in content.rows.get(entity, []):
        row = dict(values)
        row.setdefault("agreement", AgreementState.PROPOSED.value)
        rows.append(row)
    return rows


FIRM_KINDS = frozenset({Kind.AGREEMENT, Kind.INT, Kind.DECIMAL, Kind.PERCENT, Kind.DATE, Kind.BOOL})
"""Columns whose content is never cut (states, numbers, dates, tick boxes): the others give way."""


def arrange_columns(
    table: RowTableEditor,
    widths: Mapping[str, int],
    last: int = 24,
    *,
    wrap: bool = True,
    keep: Collection[str] = (),
) -> None:
    """Widths in average characters (the last column takes the rest, at least ``last``
    characters), shrunk in proportion when the table is narrower (a larger zoom, the guidance panel),
    headings elided and long texts wrapped in tall rows (or, without ``wrap``, one line a row, cut
    with "…"): no sideways scrolling on a projector. States, numbers, dates, tick boxes and the
    columns named in ``keep`` (one-word choices) keep their content's width."""
    header = table.view.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.view.setWordWrap(wrap)
    table.view.setTextElideMode(Qt.TextElideMode.ElideRight)
    char = table.fontMetrics().averageCharWidth()
    header.setMinimumSectionSize(max(24, 4 * char))  # a level or a count needs no more
    available = table.view.viewport().width()
    scroll = table.view.verticalScrollBar()
    if not scroll.isVisible():  # tall wrapped rows may yet make the table scroll: leave room for it
        available -= scroll.sizeHint().width()
    total = (sum(widths.values()) + last) * char
    factor = min(1.0, available / total) if available > 0 and total > 0 else 1.0
    smallest = header.minimumSectionSize()
    sizes = {name: max(smallest, int(chars * char * factor)) for name, chars in widths.items()}
    firm = {c.name for c in table.model.columns if c.kind in FIRM_KINDS or c.name in keep}
    order = sorted(enumerate(table.model.columns), key=lambda pair: pair[1].kind not in FIRM_KINDS)
    for number, column in order:
        # The usual states stay readable in every language, numbers and dates are never cut ...
        if column.name not in firm or column.name not in sizes:
            continue
        floor = max(table.view.sizeHintForColumn(number) + 4, smallest)
        if column.kind is Kind.AGREEMENT:
            floor = max(floor, agreement_cell_width(table))
        slack = {
            name: size - smallest
            for name, size in sizes.items()
            if name != column.name and size > smallest and name not in firm
        }
        given = min(floor - sizes[column.name], sum(slack.values()))
        if given > 0:  # ... and the other columns give way, each in proportion to its room
            total = sum(slack.values())
            for name, room in slack.items():
                cut = min(room, -(-given * room // total))  # rounded up: the sum covers ``given``
                sizes[name] -= cut
                sizes[column.name] += cut
        # ... and, when they are at their narrowest, the last column (for a choice named in ``keep``
        # only while the last column keeps ten characters: then the choice is elided instead).
        short = floor - sizes[column.name]
        if short > 0 and (column.kind in FIRM_KINDS or sum(sizes.values()) + short <= available - 10 * char):
            sizes[column.name] = floor
    # The last column keeps a few words' room: the other columns of words give way once more.
    wanted = 8 * char - (available - sum(sizes.values()))
    hard = {c.name for c in table.model.columns if c.kind in FIRM_KINDS}
    slack = {name: size - smallest for name, size in sizes.items() if name not in hard and size > smallest}
    if wanted > 0 and slack:
        total = sum(slack.values())
        for name, room in slack.items():
            sizes[name] -= min(room, -(-wanted * room // total))
    for number, column in enumerate(table.model.columns):
        if column.name in sizes and header.sectionSize(number) != sizes[column.name]:
            header.resizeSection(number, sizes[column.name])
    # The last column takes exactly the rest (a stretched section keeps an earlier, wider size).
    rest = max(smallest, available - sum(sizes.values()))
    final = table.model.columnCount() - 1
    if final >= 0 and table.model.columns[final].name not in sizes and header.sectionSize(final) != rest:
        header.resizeSection(final, rest)
    if wrap:
        wrap_rows(table)


def wrap_rows(table: RowTableEditor) -> None:
    """Rows as tall as their wrapped text (with some air), and the table as tall as its rows."""
    view = table.view
    header = view.verticalHeader()
    padding = table.fontMetrics().height() // 2
    total = 0
    for row in range(table.model.rowCount()):
        height = max(header.defaultSectionSize(), view.sizeHintForRow(row) + padding)
        if header.sectionSize(row) != height:
            view.setRowHeight(row, height)
        total += height
    scroll = view.horizontalScrollBar()
    wanted = (
        view.horizontalHeader().height()
        + max(total, header.defaultSectionSize() * 3)
        + 2 * view.frameWidth()
        + (scroll.sizeHint().height() if scroll.isVisible() else 0)
        + 2
    )
    view.setFixedHeight(min(wanted, MAX_TABLE_HEIGHT))


class DefinitionsCellDelegate(CellDelegate):
    """Cells of this page's tables: percentages with their sign in the workshop's language, and
    "into nurture track" as a list of step 6's tracks that also takes any text."""

    def __init__(self, page: DefinitionsPage, model: RowTableModel, parent: Any = None) -> None:
        super().__init__(model, parent)
        self.page = page

    def _column(self, index: Index) -> FieldSpec | None:
        if not index.isValid() or index.column() >= len(self.model.columns):
            return None
        return self.model.columns[index.column()]

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        column = self._column(index)
        if column is None or column.kind is not Kind.PERCENT or index.row() >= len(self.model.rows):
            return
        row = self.model.rows[index.row()]
        value = row.get(column.name)
        if (row["id"], column.name) not in self.model.drafts and isinstance(value, (int, Decimal)):
            option.text = percent(value, self.page.language)

    def _is_track(self, index: Index) -> bool:
        column = self._column(index)
        return column is not None and column.name == "nurture_track"

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        if not self._is_track(index):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = combo.lineEdit()
        if line is not None:
            line.setMaxLength(MAX_TEXT_LENGTH)
        combo.addItems(self.page.track_names)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox) and editor.isEditable():
            text = str(index.data(Qt.ItemDataRole.EditRole) or "")
            if editor.currentText() != text:
                editor.setEditText(text)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox) and editor.isEditable():
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class DefinitionsPage(StepPage):
    """Lifecycle stages with the selected stage's texts, the funnel they make, the opportunity's
    stages and the disqualification and rejection reasons."""

    shows_guidance = False

    def __init__(self, step: StepId = StepId.DEFINITIONS, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        # Columns are arranged again once a zoom or resize has settled (a timer owned by the page:
        # a pending call dies with it when the workshop is closed).
        self._arrange_later = QTimer(self)
        self._arrange_later.setSingleShot(True)
        self._arrange_later.setInterval(0)
        self._arrange_later.timeout.connect(self._arrange)
        self.language = "en"
        self.track_names: list[str] = []
        self._stages: dict[str, Row] = {}
        self._detail_id: str | None = None
        self._empty: dict[str, bool] = {}

        # -- lifecycle stages
        stages_box = QGroupBox(self.tr("Lifecycle stages"), self)
        stages_box.setObjectName("stagesBox")
        self.funnel_note = NoticeBox(Level.NOTE, stages_box)
        self.funnel_note.setObjectName("funnelNote")
        self.funnel_warning = NoticeBox(Level.WARNING, stages_box)
        self.funnel_warning.setObjectName("funnelWarning")
        self.stages = RowTableEditor(
            STAGES,
            stages_box,
            columns=STAGE_COLUMNS,
            new_row_values={"owner": Owner.MARKETING.value, "in_funnel": True},
        )
        self.stages.setObjectName("stages")
        self.stages.setMinimumHeight(self.fontMetrics().height() * 20)
        self.stages_standard = self._standard_button(STAGES, self.tr("Add the usual stages"), stages_box)

        self.details = QGroupBox(self.tr("Selected stage"), stages_box)
        self.details.setObjectName("stageDetails")
        grid = QGridLayout(self.details)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        self.detail_editors: dict[str, CleanTextEdit | CleanLineEdit] = {}
        hints = {
            "definition": self.tr("What is a lead at this stage, in one or two sentences?"),
            "entry_criteria": self.tr("What must be true (and recorded) for a lead to enter it?"),
            "exit_action": self.tr("What happens next, and who does it?"),
        }
        line = self.fontMetrics().lineSpacing()
        for column, name in enumerate(("definition", "entry_criteria", "exit_action")):
            area = CleanTextEdit(self.details)
            area.setObjectName(f"stages.{name}")
            area.setPlaceholderText(hints[name])
            area.setMinimumHeight(line * 3 + 12)
            area.setMaximumHeight(line * 4 + 12)
            label = QLabel(translate_label(STAGES.field(name).label) + ":", self.details)
            label.setWordWrap(True)  # zoomed for the room, a long label takes two lines
            label.setBuddy(area)
            grid.addWidget(label, 0, column)
            grid.addWidget(area, 1, column)
            grid.setColumnStretch(column, 1)
            self.detail_editors[name] = area
        note = CleanLineEdit(self.details)
        note.setObjectName("stages.agreement_note")
        note.setPlaceholderText(self.tr("Agreement note: the reservation, or who still has to agree"))
        grid.addWidget(note, 2, 0, 1, 3)
        self.detail_editors["agreement_note"] = note
        for name, editor in self.detail_editors.items():
            editor.value_edited.connect(lambda value, n=name: self._detail_edited(n, value))

        self.clause = ClauseAgreement(CLAUSE, stages_box)
        self.clause.setObjectName("clause.definitions")
        self.clause.caption.setText(self.tr("The lifecycle as a whole:"))

        stages_layout = QVBoxLayout(stages_box)
        stages_layout.addLayout(self._beside(self.funnel_note, self.stages_standard))
        stages_layout.addWidget(self.funnel_warning)
        stages_layout.addWidget(self.stages, 1)
        stages_layout.addWidget(self.details)
        stages_layout.addWidget(self.clause)

        # -- the opportunity's own stages
        opportunity_box = QGroupBox(self.tr("Stages of an opportunity"), self)
        opportunity_box.setObjectName("opportunityBox")
        self.opportunity_note = NoticeBox(Level.NOTE, opportunity_box)
        self.opportunity_note.setObjectName("opportunityNote")
        self.opportunity = RowTableEditor(OPPORTUNITY_STAGES, opportunity_box, columns=OPPORTUNITY_COLUMNS)
        self.opportunity.setObjectName("opportunityStages")
        self.opportunity_standard = self._standard_button(
            OPPORTUNITY_STAGES, self.tr("Add the usual opportunity stages"), opportunity_box
        )
        opportunity_layout = QVBoxLayout(opportunity_box)
        opportunity_layout.addLayout(self._beside(self.opportunity_note, self.opportunity_standard))
        opportunity_layout.addWidget(self.opportunity, 1)

        # -- disqualification and rejection reasons
        reasons_box = QGroupBox(self.tr("Disqualification and rejection reasons"), self)
        reasons_box.setObjectName("reasonsBox")
        self.reasons = RowTableEditor(
            REASONS,
            reasons_box,
            columns=REASON_COLUMNS,
            new_row_values={"kind": ReasonKind.REJECTION.value, "recycle": False},
        )
        self.reasons.setObjectName("reasons")
        self.reasons_standard = self._standard_button(REASONS, self.tr("Add the usual reasons"), reasons_box)
        self.reasons_note = NoticeBox(Level.NOTE, reasons_box)
        self.reasons_note.setObjectName("reasonsNote")
        self.reasons_intro = NoticeBox(Level.NOTE, reasons_box)
        self.reasons_intro.setObjectName("reasonsIntro")
        reasons_layout = QVBoxLayout(reasons_box)
        reasons_layout.addLayout(self._beside(self.reasons_intro, self.reasons_standard))
        reasons_layout.addWidget(self.reasons, 1)
        reasons_layout.addWidget(self.reasons_note)

        for table in (self.stages, self.opportunity, self.reasons):
            table.view.setItemDelegate(DefinitionsCellDelegate(self, table.model, table.view))
        self._arrange()
        for table in (self.stages, self.opportunity, self.reasons):
            table.view.viewport().installEventFilter(self)
        # Wrapped rows change height when a column does (the last one stretches with the window).
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(0)
        self._rewrap.timeout.connect(self._wrap)
        for table in (self.opportunity, self.reasons):
            table.view.horizontalHeader().sectionResized.connect(lambda *_: self._rewrap.start())

        layout = QVBoxLayout(self)
        layout.addWidget(stages_box)
        layout.addWidget(opportunity_box)
        layout.addWidget(reasons_box)
        layout.addStretch(1)

        for child in (self.stages, self.opportunity, self.reasons, self.clause):
            child.ops_requested.connect(self.ops_requested.emit)
        self.stages.view.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        self.stages.model.modelReset.connect(self._show_details)
        self._show_details()

    @staticmethod
    def _beside(notice: NoticeBox, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(notice, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _standard_button(self, spec: EntitySpec, text: str, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(f"standard.{spec.name}")
        button.setToolTip(
            self.tr(
                "Adds the standard content of the starter in the document's language, marked "
                "“proposed”: go through it with the room. One undo removes it."
            )
        )
        button.clicked.connect(lambda: self.add_standard(spec))
        button.hide()
        return button

    # ------------------------------------------------------------------ showing
    def load(self, snapshot: WorkshopSnapshot) -> None:
        self.language = str(snapshot.value("language") or "en")
        stages = snapshot.rows_of(STAGES.name)
        self._stages = {str(r["id"]): r for r in stages}
        self._set_rows(self.stages, stages)
        if stages and self.stages.current_row() is None:
            self.stages.select_row_id(str(stages[0]["id"]))
        self._show_details()
        self._set_rows(self.opportunity, snapshot.rows_of(OPPORTUNITY_STAGES.name))
        reasons = snapshot.rows_of(REASONS.name)
        self._set_rows(self.reasons, reasons)
        self.track_names = [
            str(t.get("name") or "").strip() for t in snapshot.rows_of(NURTURE_TRACKS.name) if t.get("name")
        ]
        clause = snapshot.clause(CLAUSE)
        self.clause.set_value(clause.state, clause.note)

        funnel = funnel_stage_rows(snapshot)
        self.funnel_note.set_notices(self._funnel_notes(stages, funnel))
        self.funnel_warning.set_notices(self._funnel_warnings(stages, funnel))
        self.opportunity_note.set_notices(self._opportunity_notes(snapshot.rows_of(OPPORTUNITY_STAGES.name)))
        self.reasons_intro.set_notices(self._reason_intro(reasons))
        self.reasons_note.set_notices(self._reason_notes(reasons))
        for table in (self.stages, self.opportunity, self.reasons):
            table.view.viewport().update()  # percentages follow the document language
        for spec, button in (
            (STAGES, self.stages_standard),
            (OPPORTUNITY_STAGES, self.opportunity_standard),
            (REASONS, self.reasons_standard),
        ):
            button.setVisible(not snapshot.rows_of(spec.name))

    def _funnel_notes(self, stages: Sequence[Row], funnel: Sequence[Row]) -> list[str]:
        if not stages:
            return [
                self.tr(
                    "No lifecycle stages yet. Name the stages a lead passes through — typically Contact, "
                    "Lead, MQL, SAL, SQL, Opportunity and Customer — and say who owns each one."
                )
            ]
        index = {str(r["id"]): n for n, r in enumerate(stages)}
        names = [stage_title(r, index[str(r["id"])]) for r in funnel]
        notes = [self.tr("Funnel: {0}").format(ARROW.join(names) if names else self.tr("(no stage)"))]
        outside = [stage_title(r, n) for n, r in enumerate(stages) if not r.get("in_funnel", True)]
        detail = []
        if len(funnel) >= 2:
            detail.append(
                self.tr("Step 2 plans {0} conversion rates between these stages.").format(len(funnel) - 1)
            )
        if outside:
            detail.append(self.tr("Not in the funnel: {0}.").format(", ".join(outside)))
        if detail:
            notes[0] += " — " + " ".join(detail)
        return notes

    def _funnel_warnings(self, stages: Sequence[Row], funnel: Sequence[Row]) -> list[str]:
        if not stages or len(funnel) >= 2:
            return []
        return [
            self.tr(
                "At least two lifecycle stages must be part of the funnel, or step 2 cannot compute it: "
                "tick “Part of the funnel” for the stages leads are counted in."
            )
        ]

    def _opportunity_notes(self, rows: Sequence[Row]) -> list[str]:
        if rows:
            return []
        return [
            self.tr(
                "How does an opportunity move to won or lost? Name its stages (e.g. discovery, proposal, "
                "negotiation, won, lost) with the win probability the forecast uses."
            )
        ]

    def _reason_intro(self, rows: Sequence[Row]) -> list[str]:
        if rows:
            return []
        return [
            self.tr(
                "On which grounds does Marketing disqualify a lead, and Sales reject one? Give each a "
                "short code and say whether the lead goes back to nurturing."
            )
        ]

    def _reason_notes(self, rows: Sequence[Row]) -> list[str]:
        known = {name.casefold() for name in self.track_names}
        notes = []
        for number, row in enumerate(rows):
            title = str(row.get("code") or "").strip().split("\n", 1)[0][:40] or f"#{number + 1}"
            track = str(row.get("nurture_track") or "").strip()
            if row.get("recycle") and not track:
                notes.append(
                    self.tr(
                        "“{0}” is recycled to nurturing but names no track: say which nurture track "
                        "(step 6) the lead goes into."
                    ).format(title)
                )
            elif row.get("recycle") and known and track.casefold() not in known:
                notes.append(
                    self.tr("“{0}” goes into the nurture track “{1}”, which step 6 does not list.").format(
                        title, track[:60]
                    )
                )
        return notes

    def _set_rows(self, table: RowTableEditor, rows: Sequence[Row]) -> None:
        first = not table.model.rows and bool(rows)
        table.set_rows(rows)
        if first:  # the table fitted its columns to the new rows: ours apply again
            self._arrange()
        elif table is not self.stages:
            wrap_rows(table)

    def _arrange(self) -> None:
        arrange_columns(self.stages, STAGE_WIDTHS, wrap=False, keep=("name", "owner"))
        arrange_columns(self.opportunity, OPPORTUNITY_WIDTHS)
        arrange_columns(self.reasons, REASON_WIDTHS)

    def _wrap(self) -> None:
        wrap_rows(self.opportunity)
        wrap_rows(self.reasons)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            # The editor's zoom: the tables refit their columns to the text; then ours apply again.
            self._arrange_later.start()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._arrange_later.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A table's own width changes too when a scroll bar comes or goes: its columns follow.
        resized = event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent)
        if resized and event.oldSize().width() != event.size().width():  # type: ignore[attr-defined]
            self._arrange_later.start()
        return False

    # ------------------------------------------------------------------ the selected stage
    def selected_id(self) -> str | None:
        current = self.stages.current_row()
        return None if current is None else self.stages.model.row_id(current)

    def _show_details(self) -> None:
        rid = self.selected_id()
        row = self._stages.get(rid) if rid is not None else None
        self._detail_id = rid if row is not None else None
        self.details.setEnabled(row is not None)
        if row is None:
            self.details.setTitle(self.tr("Selected stage — pick a row in the table"))
        else:
            number = self.stages.current_row() or 0
            self.details.setTitle(self.tr("Selected stage: {0}").format(stage_title(row, number)))
        for name, editor in self.detail_editors.items():
            editor.set_value("" if row is None else row.get(name) or "")

    def _detail_edited(self, name: str, value: Any) -> None:
        if self._detail_id is None:
            return
        self.ops_requested.emit(
            [SetField(STAGES.name, name, value, self._detail_id)], (STAGES.name, name, self._detail_id)
        )

    # ------------------------------------------------------------------ edits
    def add_standard(self, spec: EntitySpec) -> list[Op]:
        """Fill an empty list with the starter's standard rows (one undo step)."""
        ops: list[Op] = [AddRow(spec.name, values) for values in standard_rows(self.language, spec.name)]
        if ops:
            self.ops_requested.emit(ops, None)
        return ops

    # ------------------------------------------------------------------ review jumps, close
    def show_target(self, entity: str, row_id: str | None = None, field: str = "", clause: str = "") -> bool:
        if clause:
            if clause != CLAUSE:
                return False
            self.clause.state.setFocus()
            reveal(self.clause)
            return True
        if entity == STAGES.name:
            if field in STAGE_DETAILS and row_id is not None:
                if not self.stages.show_row(row_id, "name"):
                    return False
                self._show_details()
                editor = self.detail_editors[field]
                editor.setFocus()
                reveal(editor)
                return True
            if row_id is None and field and self.stages.model.rows:
                # A finding about the stages as a whole (e.g. too few in the funnel): its column.
                row_id = str(self.stages.model.rows[0]["id"])
            shown = self.stages.show_row(row_id, field)
            reveal(self.stages)
            return shown
        for spec, table in ((OPPORTUNITY_STAGES, self.opportunity), (REASONS, self.reasons)):
            if entity == spec.name:
                shown = table.show_row(row_id, field)
                reveal(table)
                return shown
        return False

    def pending_messages(self) -> str:
        return "\n".join(
            m
            for m in (
                self.stages.pending_messages(),
                self.opportunity.pending_messages(),
                self.reasons.pending_messages(),
            )
            if m
        )


PAGE = DefinitionsPage
