"""Step 6, Nurturing & enablement: the nurture tracks along the buyer's journey, when Sales may enrol a
lead by hand, and how Marketing supports Sales during an opportunity.

The tracks table is shown together with the journey it covers (awareness → consideration → decision):
which tracks serve each buyer stage, a note for a stage without a track, and a button that orders the
table by buyer stage (one undo step). Steps 3 and 5 send leads into tracks by name (the recycled
disqualification reasons, the reverse handoff); a name that is not a track here is a warning, since
such leads would land nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from slaworkshop.model.enums import BuyerStage
from slaworkshop.model.fields import Kind
from slaworkshop.model.steps import ENABLEMENT, HANDOFF, NURTURE_TRACKS, NURTURING, REASONS
from slaworkshop.services.ops import MoveRow, SetField
from slaworkshop.services.progress import StepId
from slaworkshop.services.snapshot import Row, WorkshopSnapshot

from ..widgets.agreement import ClauseAgreement
from ..widgets.fields import CleanTextEdit, choice_label, translate_label
from ..widgets.notice import Level, NoticeBox
from ..widgets.table import CellDelegate
from .base import StepPage
from .goals import WrappingTable

Index = QModelIndex | QPersistentModelIndex

ENROLMENT_CLAUSE = "nurturing.enrolment"
STAGES: tuple[BuyerStage, ...] = tuple(BuyerStage)
TRACK_COLUMNS = ("name", "buyer_stage", "content", "rhythm", "agreement")
ENABLEMENT_COLUMNS = ("collateral", "provider", "lead_time_days", "agreement")
NEW_ENABLEMENT = {"provider": "Marketing"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("NurturingPage", text)


class TitledBox(QGroupBox):
    """A group box whose long title (a question to the room) elides when the page is narrower than
    it, the whole title then in the tooltip, instead of pushing the page into a sideways scroll."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._full_title = title

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None:
            return hint
        return QSize(min(hint.width(), layout.minimumSize().width() + 8), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        shown = self.fontMetrics().elidedText(
            self._full_title, Qt.TextElideMode.ElideRight, self.width() - 24
        )
        if shown != self.title():
            self.setTitle(shown)
            self.setToolTip(self._full_title if shown != self._full_title else "")


class AgreementMarkDelegate(CellDelegate):
    """Cells as usual; while the table is very narrow, an agreement shows its coloured mark only
    (the state in words is the tooltip), so the sentences beside it keep room to be read."""

    def __init__(self, table: NurtureTable) -> None:
        super().__init__(table.model, table.view)
        self.table = table

    def _compact_agreement(self, index: Index) -> bool:
        return (
            self.table.compact_agreement
            and index.isValid()
            and self.model.columns[index.column()].kind is Kind.AGREEMENT
        )

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if self._compact_agreement(index):
            option.text = ""
            option.displayAlignment = Qt.AlignmentFlag.AlignCenter

    def helpEvent(  # noqa: N802 - Qt override
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if event is not None and event.type() == QEvent.Type.ToolTip and self._compact_agreement(index):
            QToolTip.showText(event.globalPos(), str(index.data(Qt.ItemDataRole.DisplayRole) or ""), view)
            return True
        return super().helpEvent(event, view, option, index)


class NurtureTable(WrappingTable):
    """A table of this page, sized so its rows stay a few lines tall: the buyer stage, the lead time
    and the agreement (one word or a number) keep their content's width and are never cut; the
    columns of sentences share the rest in proportion to their longest text, each at least as wide
    as its longest word (the long text at least ``STRETCH_CHARS``), so they wrap onto about as many
    lines as each other. Very narrow (zoomed for the room), the agreement shows its mark only and
    the sentences' columns give way in proportion."""

    firm = frozenset({"buyer_stage", "lead_time_days", "agreement"})
    STRETCH_CHARS = 14

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.compact_agreement = False
        super().__init__(*args, **kwargs)
        self.view.setItemDelegate(AgreementMarkDelegate(self))

    def fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        char = max(self.fontMetrics().averageCharWidth(), 1)
        metrics = self.view.fontMetrics()
        room = self.view.viewport().width() - 2
        self.compact_agreement = False
        firm: dict[int, int] = {}
        marks: dict[int, int] = {}
        longest: dict[int, int] = {}
        least: dict[int, int] = {}
        for column, spec in enumerate(self.model.columns):
            stretch = spec.name == self.stretch
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            )
            content = self.view.sizeHintForColumn(column) + 8
            if spec.name in self.firm:
                heading = header.fontMetrics().horizontalAdvance(
                    str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
                )
                firm[column] = max(content, min(heading + 24, 12 * char), 5 * char)
                if spec.kind is Kind.AGREEMENT:
                    marks[column] = self.view.iconSize().width() + 3 * char
                continue
            words = [  # Qt wraps at spaces and after hyphens
                metrics.horizontalAdvance(word)
                for row in range(self.model.rowCount())
                for word in re.split(r"\s+|(?<=[-–/])", str(self.model.index(row, column).data() or ""))
            ]
            least[column] = max([6 * char, *(w + 16 for w in words)])
            if stretch:
                least[column] = max(least[column], self.STRETCH_CHARS * char)
            longest[column] = max(content, least[column])
        share = room - sum(firm.values())
        if room > 200 and sum(least.values()) * 0.8 > share and marks:
            self.compact_agreement = True
            firm.update(marks)
            share = room - sum(firm.values())
        share = max(share, 0)
        if sum(least.values()) > share:  # very narrow: even the longest words give way (and wrap)
            scale = share / max(sum(least.values()), 1)
            least = {column: max(int(width * scale), 4 * char) for column, width in least.items()}
        total = max(sum(longest.values()), 1)
        widths = dict(firm)
        for column, wanted in longest.items():
            widths[column] = min(wanted, max(least[column], int(share * wanted / total)))
        for column, width in widths.items():
            if self.model.columns[column].name != self.stretch:
                header.resizeSection(column, width)
        self.view.viewport().update()
        self._fitted_for = room


def stage_label(stage: BuyerStage | str) -> str:
    try:
        member = BuyerStage(stage)
    except ValueError:
        return str(stage)
    return choice_label(NURTURE_TRACKS.field("buyer_stage"), member)


def _key(name: object) -> str:
    """Track names are compared as people read them: case and extra spaces do not matter."""
    return " ".join(str(name or "").split()).casefold()


def _stage_rank(row: Row) -> int:
    try:
        return STAGES.index(BuyerStage(str(row.get("buyer_stage") or "")))
    except ValueError:
        return len(STAGES)  # a track without a (known) stage goes last


def tracks_by_stage(rows: Sequence[Row]) -> dict[BuyerStage, list[Row]]:
    return {stage: [r for r in rows if r.get("buyer_stage") == stage.value] for stage in STAGES}


def stages_without_track(rows: Sequence[Row]) -> list[BuyerStage]:
    grouped = tracks_by_stage(rows)
    return [stage for stage in STAGES if not grouped[stage]]


def stage_order_moves(entity: str, rows: Sequence[Row]) -> list[MoveRow]:
    """The moves that order ``rows`` by buyer stage (stable within a stage), as one batch that the
    editor can undo in one step.

    The undo of a batch moves every row back to its position before the batch, in reverse order of
    the batch; that restores the old order only if the batch moves every row and visits them from
    the last original position to the first. Each row is therefore taken from the unsorted front of
    the list and placed, in its sorted place, among the rows already placed at the back.
    """
    order = [str(r["id"]) for r in rows]
    wanted = [str(r["id"]) for r in sorted(rows, key=_stage_rank)]
    if order == wanted:
        return []
    rank = {row_id: index for index, row_id in enumerate(wanted)}
    current = list(order)
    placed: list[str] = []
    moves: list[MoveRow] = []
    for row_id in reversed(order):
        placed.append(row_id)
        placed.sort(key=rank.__getitem__)
        unplaced = len(order) - len(placed)
        position = unplaced + placed.index(row_id)
        current.remove(row_id)
        current.insert(position, row_id)
        moves.append(MoveRow(entity, row_id, position))
    assert current == wanted
    return moves


def missing_track_references(snapshot: WorkshopSnapshot) -> list[tuple[str, list[str]]]:
    """Track names steps 3 and 5 send leads to that are not a nurture track here: (name, where)."""
    known = {_key(r.get("name")) for r in snapshot.rows_of(NURTURE_TRACKS.name)}
    found: dict[str, tuple[str, list[str]]] = {}

    def note(name: object, where: str) -> None:
        text = " ".join(str(name or "").split())
        if text and _key(text) not in known:
            found.setdefault(_key(text), (text, []))[1].append(where)

    for index, reason in enumerate(snapshot.rows_of(REASONS.name)):
        code = " ".join(str(reason.get("code") or "").split())[:40] or str(index + 1)
        note(reason.get("nurture_track"), _tr("step 3, reason {0}").format(code))
    note(snapshot.single(HANDOFF.name).get("return_track"), _tr("step 5, reverse handoff"))
    return list(found.values())


def track_notices(rows: Sequence[Row]) -> list[str]:
    if not rows:
        return [
            _tr(
                "No nurture tracks yet: plan at least one per buyer stage — awareness, consideration, decision."
            )
        ]
    return [
        _tr("No track serves the buyer stage “{0}” yet.").format(stage_label(stage))
        for stage in stages_without_track(rows)
    ]


def reference_warnings(snapshot: WorkshopSnapshot) -> list[str]:
    return [
        _tr(
            "“{0}” is named in {1} but is not a nurture track here: add it, or correct the name there."
        ).format(name, "; ".join(places))
        for name, places in missing_track_references(snapshot)
    ]


def coverage_html(rows: Sequence[Row]) -> str:
    """How many tracks serve each buyer stage, in the journey's order (a stage without one in amber)."""
    parts: list[str] = []
    for stage, tracks in tracks_by_stage(rows).items():
        count = len(tracks)
        text = escape(
            _tr("1 track") if count == 1 else _tr("{0} tracks").format(count) if count else _tr("no track")
        )
        if not count:
            text = f"<span style='color:#8a6100'>{text}</span>"
        parts.append(f"<b>{escape(stage_label(stage))}</b>: {text}")
    return " → ".join(parts)


def enablement_summary(rows: Sequence[Row]) -> str:
    timed = [r for r in rows if isinstance(r.get("lead_time_days"), int)]
    if not rows:
        return _tr("What does Sales need from Marketing during an opportunity, from whom, and how far ahead?")
    if not timed:
        return _tr("No lead times yet: say how many business days ahead Sales must ask.")
    longest = max(timed, key=lambda r: r["lead_time_days"])
    shortest = min(r["lead_time_days"] for r in timed)
    name = " ".join(str(longest.get("collateral") or "").split())[:60] or _tr("(unnamed)")
    if shortest == longest["lead_time_days"]:
        span = _tr("{0} business days").format(shortest)
    else:
        span = _tr("{0}–{1} business days").format(shortest, longest["lead_time_days"])
    return _tr("Lead times {0}. Sales asks earliest for “{1}”: {2} business days ahead.").format(
        span, name, longest["lead_time_days"]
    )


class NurturingPage(StepPage):
    """Nurture tracks along the buyer stages, the manual-enrolment rule, and the enablement table."""

    shows_guidance = False

    def __init__(self, step: StepId = StepId.NURTURING, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self._tracks: tuple[Row, ...] = ()

        # -- nurture tracks
        tracks = TitledBox(self.tr("Nurture tracks per buyer stage"), self)
        self.tracks = NurtureTable(
            NURTURE_TRACKS,
            tracks,
            stretch="content",
            limits={"name": 14, "rhythm": 14, "buyer_stage": 18, "agreement": 16},
            columns=TRACK_COLUMNS,
            new_row_values={"buyer_stage": BuyerStage.AWARENESS.value},
            fit_rows=(3, 8),
        )
        self.tracks.setObjectName("nurture_tracks")
        self.journey = QLabel(tracks)
        self.journey.setObjectName("journey")
        self.journey.setTextFormat(Qt.TextFormat.RichText)
        self.journey.setWordWrap(True)
        self.sort_button = QPushButton(self.tr("Order by buyer stage"), tracks)
        self.sort_button.setObjectName("sortTracks")
        self.sort_button.setToolTip(
            self.tr("Awareness first, then consideration, then decision (one undo step)")
        )
        self.sort_button.clicked.connect(self.order_by_stage)
        journey_row = QHBoxLayout()
        journey_row.addWidget(self.journey, 1)
        journey_row.addWidget(self.sort_button)
        self.stage_notes = NoticeBox(Level.NOTE, tracks)
        self.stage_notes.setObjectName("stageNotes")
        self.reference_warnings = NoticeBox(Level.WARNING, tracks)
        self.reference_warnings.setObjectName("trackReferences")
        tracks_layout = QVBoxLayout(tracks)
        tracks_layout.addWidget(self.tracks, 1)
        tracks_layout.addLayout(journey_row)
        tracks_layout.addWidget(self.stage_notes)
        tracks_layout.addWidget(self.reference_warnings)

        # -- manual enrolment
        enrolment = TitledBox(
            self.tr("Manual enrolment: when may Sales put a lead into a track by hand?"), self
        )
        self.rule = CleanTextEdit(enrolment)
        self.rule.setObjectName("nurturing.manual_enrolment")
        self.rule.setAccessibleName(translate_label(NURTURING.field("manual_enrolment").label))
        lines = self.fontMetrics().height()
        self.rule.setMinimumHeight(lines * 3 + 12)
        self.rule.setMaximumHeight(lines * 4 + 12)
        self.rule.setPlaceholderText(
            self.tr("e.g. when a lead asks for later contact, or is rejected for a reason marked “recycled”")
        )
        self.rule.value_edited.connect(self._edit_rule)
        self.enrolment_agreement = ClauseAgreement(ENROLMENT_CLAUSE, enrolment)
        self.enrolment_agreement.setObjectName("nurturing.enrolment")
        enrolment_layout = QVBoxLayout(enrolment)
        enrolment_layout.addWidget(self.rule)
        enrolment_layout.addWidget(self.enrolment_agreement)

        # -- enablement
        enablement = TitledBox(
            self.tr("Enablement: how Marketing supports Sales during an opportunity"), self
        )
        self.enablement = NurtureTable(
            ENABLEMENT,
            enablement,
            stretch="collateral",
            limits={"provider": 18, "lead_time_days": 12, "agreement": 16},
            columns=ENABLEMENT_COLUMNS,
            new_row_values=NEW_ENABLEMENT,
            fit_rows=(3, 8),
        )
        self.enablement.setObjectName("enablement_items")
        self.enablement_summary = QLabel(enablement)
        self.enablement_summary.setObjectName("enablementSummary")
        self.enablement_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.enablement_summary.setWordWrap(True)
        enablement_layout = QVBoxLayout(enablement)
        enablement_layout.addWidget(self.enablement)
        enablement_layout.addWidget(self.enablement_summary)

        layout = QVBoxLayout(self)
        layout.addWidget(tracks)
        layout.addWidget(enrolment)
        layout.addWidget(enablement)
        layout.addStretch(1)

        for source in (self.tracks, self.enrolment_agreement, self.enablement):
            source.ops_requested.connect(self.ops_requested.emit)

    # -- edits
    def _edit_rule(self, value: str) -> None:
        key = (NURTURING.name, "manual_enrolment", None)  # a typing burst is one undo step
        self.ops_requested.emit([SetField(NURTURING.name, "manual_enrolment", value)], key)

    def order_by_stage(self) -> None:
        moves = stage_order_moves(NURTURE_TRACKS.name, self._tracks)
        if moves:
            self.ops_requested.emit(moves, None)

    # -- showing
    def load(self, snapshot: WorkshopSnapshot) -> None:
        self._tracks = snapshot.rows_of(NURTURE_TRACKS.name)
        self.tracks.set_rows(self._tracks)
        uncovered = stages_without_track(self._tracks)
        # A new track starts in the first stage that has none, so the journey fills up as the room talks.
        self.tracks.new_row_values["buyer_stage"] = (
            uncovered[0] if uncovered else BuyerStage.AWARENESS
        ).value
        journey = coverage_html(self._tracks) if self._tracks else ""
        if self.journey.text() != journey:
            self.journey.setText(journey)
        self.journey.setVisible(bool(journey))
        self.sort_button.setVisible(bool(self._tracks))
        self.sort_button.setEnabled(bool(stage_order_moves(NURTURE_TRACKS.name, self._tracks)))
        self.stage_notes.set_notices(track_notices(self._tracks))
        self.reference_warnings.set_notices(reference_warnings(snapshot))

        self.rule.set_value(snapshot.single(NURTURING.name).get("manual_enrolment") or "")
        clause = snapshot.clause(ENROLMENT_CLAUSE)
        self.enrolment_agreement.set_value(clause.state, clause.note)

        items = snapshot.rows_of(ENABLEMENT.name)
        self.enablement.set_rows(items)
        summary = enablement_summary(items)
        if self.enablement_summary.text() != summary:
            self.enablement_summary.setText(summary)

    # -- what the editor and the tests ask
    def show_target(self, entity: str, row_id: str | None = None, field: str = "", clause: str = "") -> bool:
        if clause == ENROLMENT_CLAUSE:
            self.enrolment_agreement.state.setFocus()
            return True
        if entity == NURTURE_TRACKS.name:
            return self.tracks.show_row(row_id, field)
        if entity == ENABLEMENT.name:
            return self.enablement.show_row(row_id, field)
        if entity == NURTURING.name and field in ("", "manual_enrolment"):
            self.rule.setFocus()
            return True
        return False

    def pending_messages(self) -> str:
        parts = (self.tracks.pending_messages(), self.enablement.pending_messages())
        return "\n".join(m for m in parts if m)

    def notices(self) -> dict[str, list[str]]:
        return {
            "stages": list(self.stage_notes.messages),
            "references": list(self.reference_warnings.messages),
        }


PAGE = NurturingPage
