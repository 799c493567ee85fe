"""Step 9, Review & sign-off: every open point of steps 0–8 in one list, each a click away from the
place to fix it; then the signatories, the sign-off and the export of the agreement.

The list comes from ``services.review.findings`` — the same rules that colour the sidebar — so the
review page and the sidebar never disagree. Double-click (or Enter, or "Go to") jumps to the field,
row or section a point names.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model.enums import AgreementState
from slaworkshop.services.progress import StepId, StepStatus, step_status
from slaworkshop.services.review import Finding, FindingKind, findings
from slaworkshop.services.snapshot import WorkshopSnapshot

from ..guidance import step_title
from .base import StepPage

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


class FindingsTree(QTreeWidget):
    """Steps as top-level rows (status, number of points), their findings below."""

    activated_finding = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Step and open point"), self.tr("Kind")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.itemActivated.connect(self._on_activated)
        self._key: tuple[object, ...] | None = None
        self.findings: list[Finding] = []

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
                self.tr("{0} · {1} open point(s)").format(status_text(status), count)
                if count
                else status_text(status)
            )
            top = QTreeWidgetItem([label, suffix])
            top.setData(0, Qt.ItemDataRole.UserRole + 1, int(step))
            top.setFont(0, bold)
            top.setForeground(1, QBrush(QColor(STATUS_COLOURS_TEXT[status])))
            self.addTopLevelItem(top)
            for finding in found:
                child = QTreeWidgetItem([finding.message, kind_label(finding)])
                child.setData(0, Qt.ItemDataRole.UserRole, finding)
                child.setToolTip(0, finding.message + "\n" + self.tr("Double-click to go there."))
                child.setForeground(1, QBrush(QColor(FINDING_COLOURS[finding.kind])))
                top.addChild(child)
                self.findings.append(finding)
            top.setExpanded(bool(count) and (first_fill or int(step) in expanded or not expanded))


class ReviewPage(StepPage):
    """Where the agreement stands, step by step, and what is still open before it can be signed."""

    export_requested = Signal(str)  # "pdf" or "docx": the editor asks for the file and writes it

    def __init__(self, step: StepId = StepId.SIGN_OFF, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        review = QGroupBox(self.tr("Where the agreement stands"), self)
        self.summary = QLabel(review)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.summary.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary.setFont(font)
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
        self.docx_button = QPushButton(self.tr("Export as Word document…"), export)
        self.docx_button.setObjectName("exportDocx")
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.docx_button.clicked.connect(lambda: self.export_requested.emit("docx"))
        export_row = QHBoxLayout(export)
        export_row.addWidget(export_text, 1)
        export_row.addWidget(self.pdf_button)
        export_row.addWidget(self.docx_button)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(review, 1)
        self.layout_.addWidget(export)
        self.blockers: list[Finding] = []

    def _go(self) -> None:
        finding = self.tree.current_finding()
        if finding is not None:
            self.navigate_requested.emit(finding)

    def load(self, snapshot: WorkshopSnapshot) -> None:
        by_step: list[tuple[StepId, StepStatus, list[Finding]]] = []
        for step in StepId:
            if step is StepId.SIGN_OFF:
                continue
            by_step.append((step, step_status(snapshot, step), findings(snapshot, step)))
        self.tree.show_findings(by_step)
        everything = [f for _s, _st, found in by_step for f in found]
        self.blockers = [f for f in everything if f.blocks_sign_off]
        self.summary.setText(self._summary(by_step, everything))

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
                self.tr("Before signing, settle {0} point(s): {1}.").format(
                    len(self.blockers), ", ".join(parts)
                )
            )
        else:
            lines.append(self.tr("Nothing blocks the sign-off."))
        if parked:
            lines.append(
                self.tr("{0} parked item(s) will be listed in the agreement as open points.").format(parked)
            )
        if kinds[FindingKind.WARNING]:
            lines.append(
                self.tr("{0} warning(s) to look at with the room (they do not block the sign-off).").format(
                    kinds[FindingKind.WARNING]
                )
            )
        return " ".join(lines)


PAGE = ReviewPage
