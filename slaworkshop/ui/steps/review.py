"""Step 9, Review & sign-off: every open point of steps 0–8 in one list, each a click away from the
place to fix it; then the signatories, the sign-off, the signed versions with what changed since, and
the export of the agreement.

The list comes from ``services.review.findings`` — the same rules that colour the sidebar — so the
review page and the sidebar never disagree. Double-click (or Enter, or "Go to") jumps to the field,
row or section a point names.

Signatories are workshop content (a table like any other, edited through ops and undo). "Sign off
version N…" is enabled only when ``services.signoff.sign_off_reasons`` finds nothing; otherwise its
reasons are shown next to it. The dialog (``ui.signoff_dialog``) signs through the editor's
``commit_sign_off`` (pending edits saved first, then ``SignOffService.sign_off`` with the revision the
editor shows). The state line at the top says whether the content is a signed version or draft N+1,
and the changes since a chosen version are listed clause by clause, including edits not saved yet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QSettings,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model.enums import AgreementState
from slaworkshop.model.errors import StoreError
from slaworkshop.model.signing import SIGNATORIES
from slaworkshop.model.text import MAX_TEXT_LENGTH
from slaworkshop.services.progress import StepId, StepStatus, step_status
from slaworkshop.services.review import Finding, FindingKind, all_findings, findings
from slaworkshop.services.signoff import (
    ApprovalInput,
    SignOffResult,
    SignOffService,
    VersionInfo,
    VersionState,
    sign_off_reasons,
)
from slaworkshop.services.snapshot import WorkshopSnapshot
from slaworkshop.services.versions import (
    Canonical,
    Change,
    ChangeKind,
    canonical_content,
    changes,
    fingerprint,
)
from slaworkshop.services.workshops import WorkshopService

from .. import export_flow
from ..guidance import step_title
from ..i18n import tr_message
from ..signoff_dialog import SignOffDialog
from ..widgets.table import CellDelegate, Index, RowTableEditor, RowTableModel
from .base import StepPage
from .definitions import arrange_columns, wrap_rows

FINDING_COLOURS = {
    FindingKind.MISSING: "#b3261e",
    FindingKind.PROBLEM: "#b3261e",
    FindingKind.NOT_AGREED: "#6b3fa0",
    FindingKind.WARNING: "#8a6100",
}
STATUS_COLOURS_TEXT = {
    StepStatus.EMPTY: "#6b7280",
    StepStatus.IN_PROGRESS: "#b45309",
    StepStatus.COMPLETE: "#1e8e3e",
    StepStatus.OPEN_POINTS: "#6b3fa0",
}


def kind_label(finding: Finding) -> str:
    tr = QCoreApplication.translate
    if finding.kind is FindingKind.MISSING:
        return tr("ReviewPage", "Missing")
    if finding.kind is FindingKind.PROBLEM:
        return tr("ReviewPage", "Cannot be computed")
    if finding.kind is FindingKind.WARNING:
        return tr("ReviewPage", "Warning")
    if finding.state is AgreementState.PARKED:
        return tr("ReviewPage", "Parked (printed as open point)")
    return tr("ReviewPage", "Not agreed")


def status_text(status: StepStatus) -> str:
    tr = QCoreApplication.translate
    return {
        StepStatus.EMPTY: tr("ReviewPage", "Empty"),
        StepStatus.IN_PROGRESS: tr("ReviewPage", "In progress"),
        StepStatus.COMPLETE: tr("ReviewPage", "Complete"),
        StepStatus.OPEN_POINTS: tr("ReviewPage", "Has open points"),
    }[status]


class WrappingRows(QStyledItemDelegate):
    """Rows of a tree as tall as their text wrapped at the column's width: long messages are read
    in full on a projector, not cut off with "…" (the view must have word wrap on)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), option.fontMetrics.height() + 8))
        header = self.tree.header()
        if header.sectionResizeMode(index.column()) == QHeaderView.ResizeMode.ResizeToContents:
            return size
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return size
        width = header.sectionSize(index.column()) - 12
        if index.column() == 0:
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * depth if self.tree.rootIsDecorated() else 0
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        bounds = metrics.boundingRect(QRect(0, 0, max(width, 40), 100_000), Qt.TextFlag.TextWordWrap, text)
        size.setHeight(max(size.height(), bounds.height() + 8))
        size.setWidth(min(size.width(), max(width, 40)))
        return size


class FindingsTree(QTreeWidget):
    """Steps as top-level rows (status, number of points), their findings below."""

    activated_finding = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Step and open point"), self.tr("Kind")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.header().setStretchLastSection(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setItemDelegate(WrappingRows(self))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.itemActivated.connect(self._on_activated)
        self._key: tuple[object, ...] | None = None
        self.findings: list[Finding] = []

    def fit_kind_column(self) -> None:
        """The kind column as wide as its texts, but at most 40 % of the tree (a long kind wraps),
        and never narrower than its longest word: the open point itself keeps the room."""
        metrics = self.fontMetrics()
        texts = [self.headerItem().text(1)]
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top is not None:
                texts.append(top.text(1))
                children = (top.child(c) for c in range(top.childCount()))
                texts.extend(child.text(1) for child in children if child is not None)
        longest_word = max((metrics.horizontalAdvance(w) for t in texts for w in t.split()), default=0)
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        width = max(longest_word + 24, min(widest + 24, int(self.viewport().width() * 0.4)))
        if self.header().sectionSize(1) != width:
            self.header().resizeSection(1, width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_kind_column)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding):
            self.activated_finding.emit(finding)
        elif item.childCount():
            item.setExpanded(not item.isExpanded())

    def current_finding(self) -> Finding | None:
        item = self.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, Finding) else None

    def show_findings(self, by_step: list[tuple[StepId, StepStatus, list[Finding]]]) -> None:
        key = tuple((step, status, tuple(found)) for step, status, found in by_step)
        if key == self._key:
            return  # nothing changed: keep the selection and the scroll position
        self._key = key
        tops = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        expanded = {t.data(0, Qt.ItemDataRole.UserRole + 1) for t in tops if t is not None and t.isExpanded()}
        first_fill = self.topLevelItemCount() == 0
        self.clear()
        self.findings = []
        bold = QFont(self.font())
        bold.setBold(True)
        for step, status, found in by_step:
            count = len(found)
            label = self.tr("Step {0} · {1}").format(int(step), step_title(step))
            suffix = (
                self.tr("{0} · open points: {1}").format(status_text(status), count)
                if count
                else status_text(status)
            )
            top = QTreeWidgetItem([label, suffix])
            top.setData(0, Qt.ItemDataRole.UserRole + 1, int(step))
            top.setFont(0, bold)
            top.setForeground(1, QBrush(QColor(STATUS_COLOURS_TEXT[status])))
            self.addTopLevelItem(top)
            for finding in found:
                message = tr_message(finding.message)
                child = QTreeWidgetItem([message, kind_label(finding)])
                child.setData(0, Qt.ItemDataRole.UserRole, finding)
                child.setToolTip(0, message + "\n" + self.tr("Double-click to go there."))
                child.setForeground(1, QBrush(QColor(FINDING_COLOURS[finding.kind])))
                top.addChild(child)
                self.findings.append(finding)
            top.setExpanded(bool(count) and (first_fill or int(step) in expanded or not expanded))
        self.fit_kind_column()


USUAL_ROLES = (
    QT_TRANSLATE_NOOP("ReviewPage", "Marketing lead"),
    QT_TRANSLATE_NOOP("ReviewPage", "Sales lead"),
    QT_TRANSLATE_NOOP("ReviewPage", "Sponsor"),
    QT_TRANSLATE_NOOP("ReviewPage", "Revenue operations lead"),
    QT_TRANSLATE_NOOP("ReviewPage", "Managing director"),
)
"""Offered in the "Signs as" column (any other role can be typed)."""
MAX_REASONS_SHOWN = 6
SIGNATORY_WIDTHS = {"name": 15, "title": 15, "department": 13}
"""Column widths in average characters; "Signs as" takes the rest."""
CHANGE_COLOURS = {ChangeKind.ADDED: "#1e6b34", ChangeKind.CHANGED: "#8a6100", ChangeKind.REMOVED: "#b3261e"}


def usual_roles() -> list[str]:
    return [QCoreApplication.translate("ReviewPage", str(role)) for role in USUAL_ROLES]


def change_kind_label(kind: ChangeKind) -> str:
    tr = QCoreApplication.translate
    return {
        ChangeKind.ADDED: tr("ReviewPage", "Added"),
        ChangeKind.CHANGED: tr("ReviewPage", "Changed"),
        ChangeKind.REMOVED: tr("ReviewPage", "Removed"),
    }[kind]


def fit_height(tree: QTreeWidget, max_lines: int) -> None:
    """The tree as tall as its shown rows (at least three lines, at most ``max_lines``): no empty
    box under one version, no tiny window onto many changes."""
    line = tree.fontMetrics().height() + 8
    model = tree.model()

    def rows(parent: QModelIndex) -> int:
        total = 0
        for row in range(model.rowCount(parent)):
            cells = [
                tree.sizeHintForIndex(model.index(row, c, parent)).height() for c in range(tree.columnCount())
            ]
            total += max(cells, default=line)
            index = model.index(row, 0, parent)
            if tree.isExpanded(index):
                total += rows(index)
        return total

    shown = min(max(rows(QModelIndex()) + line // 2, line * 3), line * max_lines)
    tree.setFixedHeight(tree.header().sizeHint().height() + shown + 2 * tree.frameWidth() + 4)


def short_fingerprint(fingerprint: str) -> str:
    return f"{fingerprint[:8]} {fingerprint[8:16]}…"


def local_time(moment: datetime) -> str:
    """A stored UTC moment as the facilitator's local date and time."""
    shown = moment.astimezone() if moment.tzinfo is not None else moment
    return shown.strftime("%Y-%m-%d %H:%M")


class SignatoryDelegate(CellDelegate):
    """The signatory table's cells: names offered from the participants, the usual roles offered in
    "Signs as" — both typed freely too."""

    def __init__(self, model: RowTableModel, parent: Any = None) -> None:
        super().__init__(model, parent)
        self.names: list[str] = []

    def _offers(self, index: Index) -> list[str] | None:
        name = self.model.columns[index.column()].name
        if name == "role":
            return usual_roles()
        if name == "name":
            return self.names
        return None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        offers = self._offers(index)
        if offers is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("offeredText")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(offers)
        line = combo.lineEdit()
        assert line is not None
        line.setMaxLength(MAX_TEXT_LENGTH)
        completer = combo.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox) and editor.isEditable():
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setCurrentText("" if value is None else str(value))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox) and editor.isEditable():
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class SignOffHost(Protocol):
    """What the review page needs from the editor to sign and to export signed versions."""

    service: WorkshopService
    settings: QSettings

    def commit_sign_off(self, sign: Callable[[str, int], Any]) -> Any: ...


class ReviewPage(StepPage):
    """Where the agreement stands, step by step, and what is still open before it can be signed;
    who signs, the sign-off, the signed versions and what changed since."""

    export_requested = Signal(str)  # "pdf" or "docx": the editor asks for the file and writes it
    signed = Signal(object)  # SignOffResult, after a sign-off was recorded

    def __init__(self, step: StepId = StepId.SIGN_OFF, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.host: SignOffHost | None = None
        self.signoff: SignOffService | None = None
        self.sign_dialog: SignOffDialog | None = None
        self.export_flow: export_flow.ExportFlow | None = None
        self.snapshot: WorkshopSnapshot | None = None
        self.version_list: list[VersionInfo] = []
        self.state = VersionState(0, False, "")
        self.sign_reasons: list[str] = []
        self.current_changes: list[Change] = []
        self._versions_key: tuple[str, int] | None = None
        self._contents: dict[tuple[str, int], Canonical] = {}

        self.state_label = QLabel(self)
        self.state_label.setObjectName("versionState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)

        review = QGroupBox(self.tr("Where the agreement stands"), self)
        self.summary = QLabel(review)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = FindingsTree(review)
        self.tree.setMinimumHeight(320)
        self.tree.activated_finding.connect(self.navigate_requested.emit)
        self.go_button = QPushButton(self.tr("Go to this point"), review)
        self.go_button.setObjectName("goToFinding")
        self.go_button.clicked.connect(self._go)
        self.go_button.setEnabled(False)
        self.tree.currentItemChanged.connect(
            lambda *_: self.go_button.setEnabled(self.tree.current_finding() is not None)
        )
        hint = QLabel(
            self.tr("Double-click a point, or select it and press Enter, to go to the place to settle it."),
            review,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #555; }")
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.go_button)
        box = QVBoxLayout(review)
        box.addWidget(self.summary)
        box.addWidget(self.tree, 1)
        box.addLayout(buttons)

        signing = QGroupBox(self.tr("Signatories and sign-off"), self)
        signing_text = QLabel(
            self.tr(
                "Who signs the agreement. At sign-off each signatory approves with their typed name "
                "and the date; a drawn signature is optional."
            ),
            signing,
        )
        signing_text.setWordWrap(True)
        self.signatories = RowTableEditor(
            SIGNATORIES, signing, columns=("name", "title", "department", "role")
        )
        self.signatories.setObjectName("signatories")
        self.signatory_cells = SignatoryDelegate(self.signatories.model, self.signatories.view)
        self.signatories.view.setItemDelegate(self.signatory_cells)
        self.signatories.ops_requested.connect(self.ops_requested.emit)
        # Columns follow the table's own width (zoom, guidance panel, window size): no sideways scrolling.
        self.signatories.view.viewport().installEventFilter(self)
        self.sign_reason = QLabel(signing)
        self.sign_reason.setObjectName("signOffReason")
        self.sign_reason.setWordWrap(True)
        self.sign_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.sign_button = QPushButton(self.tr("Sign off version 1…"), signing)
        self.sign_button.setObjectName("signOff")
        self.sign_button.setEnabled(False)
        self.sign_button.clicked.connect(self.open_sign_off)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.sign_reason, 1)
        sign_row.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignTop)
        signing_layout = QVBoxLayout(signing)
        signing_layout.addWidget(signing_text)
        signing_layout.addWidget(self.signatories)
        signing_layout.addLayout(sign_row)

        history = QGroupBox(self.tr("Signed versions"), self)
        self.no_versions = QLabel(
            self.tr("No version is signed yet. The first sign-off freezes the content as version 1."),
            history,
        )
        self.no_versions.setWordWrap(True)
        self.versions = QTreeWidget(history)
        self.versions.setObjectName("versions")
        self.versions.setColumnCount(2)
        self.versions.setHeaderLabels([self.tr("Version"), self.tr("Signed by")])
        self.versions.setWordWrap(True)
        self.versions.setUniformRowHeights(False)
        self.versions.setRootIsDecorated(True)
        header = self.versions.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.versions.setItemDelegate(WrappingRows(self.versions))
        self.versions.currentItemChanged.connect(lambda *_: self._update_export_buttons())
        self.export_version_label = QLabel(history)
        self.export_version_label.setWordWrap(True)
        self.export_pdf_version = QPushButton(self.tr("PDF…"), history)
        self.export_pdf_version.setObjectName("exportSignedPdf")
        self.export_docx_version = QPushButton(self.tr("Word…"), history)
        self.export_docx_version.setObjectName("exportSignedDocx")
        self.export_pdf_version.clicked.connect(lambda: self.export_version("pdf"))
        self.export_docx_version.clicked.connect(lambda: self.export_version("docx"))
        version_buttons = QHBoxLayout()
        version_buttons.addWidget(self.export_version_label, 1)
        version_buttons.addWidget(self.export_pdf_version)
        version_buttons.addWidget(self.export_docx_version)

        self.since_label = QLabel(self.tr("Changes since version"), history)
        self.since = QComboBox(history)
        self.since.setObjectName("changesSince")
        self.since.currentIndexChanged.connect(lambda _i: self._show_changes())
        self.changes_summary = QLabel(history)
        self.changes_summary.setObjectName("changesSummary")
        self.changes_summary.setWordWrap(True)
        self.changes_summary.setTextFormat(Qt.TextFormat.PlainText)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_label)
        since_row.addWidget(self.since)
        since_row.addStretch(1)
        self.changes = QTreeWidget(history)
        self.changes.setObjectName("changes")
        self.changes.setColumnCount(2)
        self.changes.setHeaderLabels([self.tr("Change"), self.tr("Clause and what changed")])
        self.changes.setRootIsDecorated(False)
        self.changes.setWordWrap(True)
        self.changes.setUniformRowHeights(False)
        self.changes.setAlternatingRowColors(True)
        self.changes.setItemDelegate(WrappingRows(self.changes))
        self.changes.hide()  # shown when something changed since the chosen version
        changes_header = self.changes.header()
        changes_header.setStretchLastSection(False)
        changes_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        changes_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.no_versions)
        history_layout.addWidget(self.versions)
        history_layout.addLayout(version_buttons)
        history_layout.addLayout(since_row)
        history_layout.addWidget(self.changes_summary)
        history_layout.addWidget(self.changes)
        self._history_parts: list[QWidget] = [
            self.versions,
            self.export_version_label,
            self.export_pdf_version,
            self.export_docx_version,
            self.since_label,
            self.since,
            self.changes_summary,
        ]

        export = QGroupBox(self.tr("The agreement document"), self)
        export_text = QLabel(
            self.tr(
                "Export the agreement as it stands for the stakeholders. A draft is marked DRAFT on "
                "every page; parked items are listed as open points."
            ),
            export,
        )
        export_text.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Export as PDF…"), export)
        self.pdf_button.setObjectName("exportPdf")
        self.docx_button = QPushButton(self.tr("Export as Word…"), export)
        self.docx_button.setObjectName("exportDocx")
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.docx_button.clicked.connect(lambda: self.export_requested.emit("docx"))
        export_buttons = QHBoxLayout()
        export_buttons.addStretch(1)
        export_buttons.addWidget(self.pdf_button)
        export_buttons.addWidget(self.docx_button)
        export_layout = QVBoxLayout(export)
        export_layout.addWidget(export_text)
        export_layout.addLayout(export_buttons)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.state_label)
        self.layout_.addWidget(review, 1)
        self.layout_.addWidget(signing)
        self.layout_.addWidget(history)
        self.layout_.addWidget(export)
        self.blockers: list[Finding] = []
        self._scale_fonts()
        self._show_versions()

    # ------------------------------------------------------------------ fonts (the editor's zoom)
    def _scale_fonts(self) -> None:
        base = self.font().pointSizeF()
        summary = QFont(self.font())
        summary.setPointSizeF(base * 1.15)
        self.summary.setFont(summary)
        state = QFont(self.font())
        state.setPointSizeF(base * 1.1)
        state.setBold(True)
        self.state_label.setFont(state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._scale_fonts()
            QTimer.singleShot(0, self, self._arrange)
            for tree in (self.tree, self.versions, self.changes):
                tree.header().setFont(self.font())  # headers miss the zoom otherwise
            QTimer.singleShot(0, self, self._fit_trees)
        super().changeEvent(event)

    def _arrange(self) -> None:
        arrange_columns(self.signatories, SIGNATORY_WIDTHS, last=13)
        # The stretched last column keeps the width it had when fitted to its content (at a smaller
        # zoom): give it what is left, so the table never scrolls sideways.
        header = self.signatories.view.horizontalHeader()
        last = self.signatories.model.columnCount() - 1
        rest = self.signatories.view.viewport().width() - sum(header.sectionSize(c) for c in range(last))
        if header.sectionSize(last) > rest:
            header.resizeSection(last, max(header.minimumSectionSize(), rest))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.signatories.view.viewport()
            and isinstance(event, QResizeEvent)
            and event.oldSize().width() != event.size().width()
        ):
            QTimer.singleShot(0, self, self._arrange)
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ the editor
    def attach_editor(self, host: SignOffHost) -> None:
        """Sign and export signed versions through the editor that shows this page."""
        self.host = host
        self.signoff = SignOffService(host.service.store, host.service)
        self._versions_key = None

    def _go(self) -> None:
        finding = self.tree.current_finding()
        if finding is not None:
            self.navigate_requested.emit(finding)

    def show_target(self, entity: str, row_id: str | None = None, field: str = "", clause: str = "") -> bool:
        if entity == SIGNATORIES.name:
            return self.signatories.show_row(row_id, field)
        return False

    def pending_messages(self) -> str:
        return self.signatories.pending_messages()

    # ------------------------------------------------------------------ showing the workshop
    def load(self, snapshot: WorkshopSnapshot) -> None:
        self.snapshot = snapshot
        by_step: list[tuple[StepId, StepStatus, list[Finding]]] = []
        for step in StepId:
            if step is StepId.SIGN_OFF:
                continue
            by_step.append((step, step_status(snapshot, step), findings(snapshot, step)))
        self.tree.show_findings(by_step)
        everything = [f for _s, _st, found in by_step for f in found]
        self.blockers = [f for f in everything if f.blocks_sign_off]
        self.summary.setText(self._summary(by_step, everything))
        self.signatory_cells.names = [
            n
            for n in dict.fromkeys(str(p.get("name") or "").strip() for p in snapshot.rows_of("participants"))
            if n
        ]
        first = not self.signatories.model.rows
        self.signatories.set_rows(snapshot.rows_of(SIGNATORIES.name))
        if first:
            self._arrange()
        else:
            wrap_rows(self.signatories)
        self._load_versions(snapshot)
        content = canonical_content(snapshot)
        latest = self.version_list[-1] if self.version_list else None
        current = fingerprint(content)
        self.state = VersionState(
            latest.number if latest else 0, latest is not None and latest.fingerprint == current, current
        )
        self._show_changes(content)
        self._show_state(latest)
        self._show_sign_off(snapshot)

    def _load_versions(self, snapshot: WorkshopSnapshot) -> None:
        """The signed versions from the store: read when the workshop or its stored revision changes
        (a sign-off, another window's save), not on every keystroke."""
        key = (snapshot.id, snapshot.revision)
        if self.signoff is None or key == self._versions_key:
            return
        try:
            self.version_list = self.signoff.versions(snapshot.id)
        except StoreError as error:
            self.version_list = []
            self.no_versions.setText(
                self.tr("The signed versions cannot be read: {0}").format(tr_message(error))
            )
        self._versions_key = key
        self._show_versions()

    def _content_of(self, number: int) -> Canonical | None:
        if self.signoff is None or self.snapshot is None:
            return None
        key = (self.snapshot.id, number)
        if key not in self._contents:
            try:
                self._contents[key] = self.signoff.content_of(self.snapshot.id, number)
            except StoreError:
                return None
        return self._contents[key]

    def _show_versions(self) -> None:
        has = bool(self.version_list)
        self.no_versions.setVisible(not has)
        for part in self._history_parts:
            part.setVisible(has)
        selected = self._selected_version()
        self.versions.clear()
        for info in reversed(self.version_list):  # the latest first
            top = QTreeWidgetItem(
                [
                    self.tr("Version {0}").format(info.number) + "\n" + local_time(info.signed_at),
                    info.signed_by
                    + "\n"
                    + self.tr("Fingerprint {0}").format(short_fingerprint(info.fingerprint)),
                ]
            )
            top.setData(0, Qt.ItemDataRole.UserRole, info.number)
            top.setToolTip(1, self.tr("Fingerprint (SHA-256): {0}").format(info.fingerprint))
            for approval in info.approvals:
                signed = self.tr("drawn signature") if approval.has_signature else self.tr("typed name only")
                child = QTreeWidgetItem(
                    [
                        "",
                        self.tr("{0} ({1}) approved on {2}, typed “{3}”, {4}").format(
                            approval.name,
                            approval.role or "—",
                            approval.approved_on.isoformat(),
                            approval.typed_name,
                            signed,
                        ),
                    ]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, info.number)
                top.addChild(child)
            self.versions.addTopLevelItem(top)
            top.setExpanded(True)
        if self.versions.topLevelItemCount():
            self._select_version(selected or self.version_list[-1].number)
        with QSignalBlocker(self.since):
            chosen = self.since.currentData()
            if self.since.currentIndex() == 0:
                chosen = None  # the latest was shown: show the new latest
            self.since.clear()
            for info in reversed(self.version_list):
                self.since.addItem(str(info.number), info.number)
            found = self.since.findData(chosen)
            self.since.setCurrentIndex(found if found >= 0 else 0)
        self._update_export_buttons()
        QTimer.singleShot(0, self, self._fit_trees)

    def _fit_trees(self) -> None:
        fit_height(self.versions, 12)
        fit_height(self.changes, 16)

    def _select_version(self, number: int) -> None:
        for index in range(self.versions.topLevelItemCount()):
            item = self.versions.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == number:
                self.versions.setCurrentItem(item)
                return

    def _selected_version(self) -> int | None:
        item = self.versions.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, int) else None

    def _update_export_buttons(self) -> None:
        number = self._selected_version()
        self.export_version_label.setText(
            self.tr(
                "Export signed version {0} (its file is recorded, so it can be verified later) as:"
            ).format(number if number is not None else "…")
        )
        for button in (self.export_pdf_version, self.export_docx_version):
            button.setEnabled(number is not None and self.host is not None)

    def _show_changes(self, content: Canonical | None = None) -> None:
        """Clause by clause, what differs between the chosen version and the content as it is now
        (edits not saved yet included); the list is hidden when nothing differs."""
        number = self.since.currentData()
        found: list[Change] = []
        if self.snapshot is None or not isinstance(number, int):
            summary = ""
        elif (old := self._content_of(number)) is None:
            summary = self.tr("Version {0} cannot be read.").format(number)
        else:
            found = changes(old, content if content is not None else canonical_content(self.snapshot))
            summary = (
                self.tr("Changes since version {1}, clause by clause ({0}):").format(len(found), number)
                if found
                else self.tr("No changes since version {0}.").format(number)
            )
        self.changes_summary.setText(summary)
        self.changes.setVisible(bool(found))
        if found == self.current_changes and self.changes.topLevelItemCount() == len(found):
            return
        self.current_changes = found
        self.changes.clear()
        for change in found:
            head = (
                f"{change.section} “{change.item}”"
                if change.item and change.item != change.section
                else change.section
            )
            lines = [head, *(f"    {f.describe()}" for f in change.fields)]
            item = QTreeWidgetItem([change_kind_label(change.kind), "\n".join(lines)])
            item.setForeground(0, QBrush(QColor(CHANGE_COLOURS[change.kind])))
            item.setToolTip(1, change.describe())
            self.changes.addTopLevelItem(item)
        QTimer.singleShot(0, self, self._fit_trees)

    def _show_state(self, latest: VersionInfo | None) -> None:
        if latest is None:
            text = self.tr("Draft 1 — not signed yet.")
            colour = "#6b3fa0"
        elif self.state.signed:
            text = self.tr(
                "Signed as version {0} on {1} by {2}. This content is frozen as version {0}; any edit "
                "starts draft {3}."
            ).format(latest.number, local_time(latest.signed_at), latest.signed_by, latest.number + 1)
            colour = "#1e6b34"
        else:
            count = len(self._changes_since_latest())
            text = self.tr(
                "Draft {0} — changes since version {1}: {2}. Version {1} stays as it was signed."
            ).format(latest.number + 1, latest.number, count)
            colour = "#8a6100"
        self.state_label.setText(text)
        self.state_label.setStyleSheet(
            f"QLabel {{ color: {colour}; border-left: 6px solid {colour}; padding: 6px 10px; "
            "background: #f6f7f9; }"
        )

    def _changes_since_latest(self) -> list[Change]:
        if not self.version_list or self.snapshot is None:
            return []
        latest = self.version_list[-1].number
        if self.since.currentData() == latest:
            return self.current_changes
        old = self._content_of(latest)
        return changes(old, canonical_content(self.snapshot)) if old is not None else []

    def _show_sign_off(self, snapshot: WorkshopSnapshot) -> None:
        number = self.state.draft_number
        self.sign_button.setText(self.tr("Sign off version {0}…").format(number))
        reasons, _blockers = sign_off_reasons(snapshot)
        if self.state.signed:
            reasons = [
                self.tr(
                    "Version {0} is signed and nothing has changed since; any edit starts draft {1}."
                ).format(self.state.latest, number)
            ]
        elif self.host is None:
            reasons = [self.tr("Open the workshop in the editor to sign it.")]
        self.sign_reasons = reasons
        self.sign_button.setEnabled(not reasons)
        if reasons and not self.state.signed:
            shown = [f"• {tr_message(r)}" for r in reasons[:MAX_REASONS_SHOWN]]
            if len(reasons) > MAX_REASONS_SHOWN:
                shown.append(
                    self.tr("… and {0} more (see the list above)").format(len(reasons) - MAX_REASONS_SHOWN)
                )
            text = self.tr("Sign-off is not possible yet:") + "\n" + "\n".join(shown)
            self._colour(self.sign_reason, "#b3261e")
        elif reasons:
            text = reasons[0]
            self._colour(self.sign_reason, "#1e6b34")
        else:
            parked = len(self._parked(snapshot))
            text = self.tr("Ready to sign: nothing required is missing and every item is agreed.")
            if parked:
                text += " " + self.tr("Parked items ({0}) will be listed as open points.").format(parked)
            self._colour(self.sign_reason, "#1e6b34")
        self.sign_reason.setText(text)

    @staticmethod
    def _colour(label: QLabel, colour: str) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(palette)

    @staticmethod
    def _parked(snapshot: WorkshopSnapshot) -> list[Finding]:
        return [
            f
            for f in all_findings(snapshot)
            if f.kind is FindingKind.NOT_AGREED and f.state is AgreementState.PARKED
        ]

    # ------------------------------------------------------------------ signing
    def open_sign_off(self) -> SignOffDialog | None:
        """Open the sign-off dialog for the draft as it stands (window-modal, not blocking)."""
        snapshot = self.snapshot
        if snapshot is None or self.host is None or not self.sign_button.isEnabled():
            return None
        dialog = SignOffDialog(
            self.state.draft_number,
            self.state.fingerprint,
            snapshot.rows_of(SIGNATORIES.name),
            self._parked(snapshot),
            self._sign,
            title=" – ".join(
                t for t in (str(snapshot.value("client") or ""), str(snapshot.value("title") or "")) if t
            ),
            parent=self,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._signed(dialog))
        dialog.finished.connect(lambda _code: self._closed(dialog))
        self.sign_dialog = dialog
        dialog.open()
        return dialog

    def _sign(self, approvals: list[ApprovalInput]) -> SignOffResult:
        host, signoff = self.host, self.signoff
        if host is None or signoff is None:
            raise StoreError(self.tr("Open the workshop in the editor to sign it."))
        result = host.commit_sign_off(
            lambda workshop_id, revision: signoff.sign_off(workshop_id, revision, approvals)
        )
        assert isinstance(result, SignOffResult)
        return result

    def _closed(self, dialog: SignOffDialog) -> None:
        if self.sign_dialog is dialog:
            self.sign_dialog = None
        dialog.deleteLater()

    def _signed(self, dialog: SignOffDialog) -> None:
        self._versions_key = None
        if self.snapshot is not None:
            self.load(self.snapshot)
        if dialog.result_ is not None:
            self._select_version(dialog.result_.number)
            self.signed.emit(dialog.result_)

    # ------------------------------------------------------------------ exporting a signed version
    def export_version(self, fmt: str, number: int | None = None) -> bool:
        """Export signed version ``number`` (the selected one) through the export flow; the file's
        SHA-256 is recorded, so ``slaworkshop verify`` recognises it."""
        number = number if number is not None else self._selected_version()
        host, signoff, snapshot = self.host, self.signoff, self.snapshot
        if (
            number is None
            or host is None
            or signoff is None
            or snapshot is None
            or fmt not in ("pdf", "docx")
        ):
            return False
        from ..style_dialog import style_for_export

        usable, style_file = style_for_export(self, host.settings)
        if not usable:
            return False
        workshop_id = snapshot.id
        try:
            signed = signoff.snapshot_of_version(workshop_id, number)
        except StoreError as error:
            export_flow.show_failure(self, tr_message(error))
            return False
        if self.export_flow is None:
            self.export_flow = export_flow.ExportFlow(self, host.settings)

        def write(path: Path) -> Path:
            return signoff.export(
                workshop_id, path, fmt, version=number, overwrite=True, style_file=style_file
            ).path

        def characters() -> list[str]:
            from slaworkshop.export import ExportError, build_document, load_style
            from slaworkshop.export.pdf import unsupported_characters

            try:
                style = load_style(style_file)
            except ExportError:
                return []  # the export itself then says what is wrong with the style
            return unsupported_characters(build_document(signed), style)

        return self.export_flow.start(
            signed,
            fmt,
            write,
            label=QCoreApplication.translate("ReviewPage", "Version {0}").format(number),
            check_characters=characters,
        )

    def _summary(
        self, by_step: list[tuple[StepId, StepStatus, list[Finding]]], everything: list[Finding]
    ) -> str:
        complete = sum(1 for _s, status, _f in by_step if status is StepStatus.COMPLETE)
        kinds = Counter(f.kind for f in everything)
        parked = sum(
            1 for f in everything if f.kind is FindingKind.NOT_AGREED and f.state is AgreementState.PARKED
        )
        lines = [self.tr("{0} of {1} steps complete.").format(complete, len(by_step))]
        if self.blockers:
            parts = []
            if kinds[FindingKind.MISSING]:
                parts.append(self.tr("{0} missing").format(kinds[FindingKind.MISSING]))
            if kinds[FindingKind.PROBLEM]:
                parts.append(self.tr("{0} that cannot be computed").format(kinds[FindingKind.PROBLEM]))
            not_agreed = kinds[FindingKind.NOT_AGREED] - parked
            if not_agreed:
                parts.append(self.tr("{0} not agreed").format(not_agreed))
            lines.append(
                self.tr("Before signing, settle these points ({0}): {1}.").format(
                    len(self.blockers), ", ".join(parts)
                )
            )
        else:
            lines.append(self.tr("Nothing blocks the sign-off."))
        if parked:
            lines.append(
                self.tr("Parked items ({0}) will be listed in the agreement as open points.").format(parked)
            )
        if kinds[FindingKind.WARNING]:
            lines.append(
                self.tr("Warnings to look at with the room ({0}); they do not block the sign-off.").format(
                    kinds[FindingKind.WARNING]
                )
            )
        return " ".join(lines)


PAGE = ReviewPage
