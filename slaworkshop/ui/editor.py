"""The guided editor: the ten steps in a sidebar, the current step's page, the facilitator's guidance.

Every edit a page makes arrives here as ops. The editor pushes them on the workshop's undo stack
(inverse computed from the snapshot it shows), shows the result at once (``services.ops.apply_local``)
and queues the ops for autosave (``ui.autosave``). Undo and redo travel the same way. The store is
written on the GUI thread: one edit costs a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model.errors import StoreError
from slaworkshop.services.analysis import link_ops
from slaworkshop.services.errors import ConflictError
from slaworkshop.services.ops import (
    AddRow,
    MoveRow,
    Op,
    RemoveRow,
    SetClause,
    SetField,
    apply_local,
    inverse_all,
)
from slaworkshop.services.progress import STATUS_LABELS, StepId, StepStatus, all_statuses
from slaworkshop.services.snapshot import WorkshopSnapshot
from slaworkshop.services.workshops import ApplyResult, WorkshopService

from .autosave import AutosaveQueue, ConflictChoice
from .guidance import guidance, step_title
from .i18n import tr_message
from .steps import StepPage, page_class
from .undo import EditCommand

if TYPE_CHECKING:
    from .export_flow import ExportFlow

ZOOM_KEY = "editor/zoom"
STATUS_DELAY_MS = 150
ZOOM_DEFAULT, ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 100, 60, 250, 10

STATUS_COLOURS = {
    StepStatus.EMPTY: "#8a8f98",
    StepStatus.IN_PROGRESS: "#2f6fdf",
    StepStatus.COMPLETE: "#1e8e3e",
    StepStatus.OPEN_POINTS: "#d9730d",
}


# --------------------------------------------------------------------------- dialogs (patched in tests)
def ask_conflict(parent: QWidget, error: ConflictError) -> ConflictChoice:
    """Someone else saved the workshop: keep my changes on top of theirs, or load theirs."""
    tr = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("EditorView", "Changed elsewhere"))
    box.setText(tr_message(error))
    box.setInformativeText(
        tr(
            "EditorView",
            "Keep my changes: load the other version and put your unsaved changes on top of it.\n"
            "Load the other version: show what was saved elsewhere and drop your unsaved changes.",
        )
    )
    keep = box.addButton(tr("EditorView", "Keep my changes"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("EditorView", "Load the other version"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.exec()
    return ConflictChoice.KEEP_MINE if box.clickedButton() is keep else ConflictChoice.LOAD_OTHER


def ask_close_unsaved(parent: QWidget, reason: str) -> bool:
    """Changes could not be saved: True to close anyway (losing them), False to stay."""
    tr = QCoreApplication.translate
    answer = QMessageBox.warning(
        parent,
        tr("EditorView", "Not everything is saved"),
        tr("EditorView", "{0}\n\nClose the workshop anyway? These changes will be lost.").format(reason),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


# --------------------------------------------------------------------------- sidebar icons
def status_icon(status: StepStatus, size: int = 22) -> QIcon:
    """Shape and colour both tell the status (a washed-out projector loses colours first)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STATUS_COLOURS[status])
    p.setPen(QPen(colour, 2))
    rect = pixmap.rect().adjusted(2, 2, -2, -2)
    if status is StepStatus.EMPTY:
        p.drawEllipse(rect)
    elif status is StepStatus.IN_PROGRESS:
        p.drawEllipse(rect)
        p.setBrush(colour)
        p.drawPie(rect, 90 * 16, 180 * 16)
    else:
        p.setBrush(colour)
        p.drawEllipse(rect)
        p.setPen(QPen(Qt.GlobalColor.white, 2.5))
        c = size / 2
        if status is StepStatus.COMPLETE:
            p.drawPolyline([pt for pt in _check(size)])
        else:
            p.drawLine(int(c), int(size * 0.25), int(c), int(size * 0.58))
            p.drawPoint(int(c), int(size * 0.74))
    p.end()
    return QIcon(pixmap)


def _check(size: int) -> list:  # type: ignore[type-arg]
    from PySide6.QtCore import QPointF

    return [
        QPointF(size * 0.28, size * 0.52),
        QPointF(size * 0.44, size * 0.68),
        QPointF(size * 0.74, size * 0.34),
    ]


def describe(ops: Sequence[Op]) -> str:
    """The undo stack's name for an edit (shown in Edit ▸ Undo …)."""
    tr = QCoreApplication.translate
    op = ops[0] if ops else None
    if isinstance(op, SetField):
        return tr("EditorView", "Edit {0}").format(op.field.replace("_", " "))
    if isinstance(op, AddRow):
        return tr("EditorView", "Add row")
    if isinstance(op, RemoveRow):
        return tr("EditorView", "Remove row")
    if isinstance(op, MoveRow):
        return tr("EditorView", "Move row")
    if isinstance(op, SetClause):
        return tr("EditorView", "Change agreement")
    return tr("EditorView", "Edit")


class EditorView(QWidget):
    closed = Signal()
    status_message = Signal(str)
    workshop_saved = Signal(str)

    def __init__(self, service: WorkshopService, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self.service = service
        self.settings = settings
        self._snapshot: WorkshopSnapshot | None = None
        self._autosave: AutosaveQueue | None = None
        self._stack_for: QUndoStack | None = None
        self._pages: dict[StepId, StepPage] = {}
        self._switching = False
        self._export_flow: ExportFlow | None = None
        self.undo_group = QUndoGroup(self)
        # The sidebar's statuses follow a typing burst a moment later instead of on every keystroke.
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._refresh_statuses)
        self._base_point_size = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        self._build()
        self._build_actions()
        self.zoom = self._read_zoom()
        self._apply_zoom()
        self._set_open(False)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.client_label = QLabel(self)
        self.client_label.setObjectName("editorClient")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("editorTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.client_label, self.title_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(self.tr("◀ Library"), self)
        self.back_button.setToolTip(self.tr("Back to the library (Alt+Home)"))
        self.guidance_button = QPushButton(self.tr("Guidance"), self)
        self.guidance_button.setCheckable(True)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.client_label)
        titles.addWidget(self.title_label)
        header.addLayout(titles, 1)
        header.addWidget(self.guidance_button)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("stepList")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.sidebar.setWordWrap(False)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A light selection keeps the status icon of the current step visible (a dark one hides it).
        self.sidebar.setStyleSheet(
            "QListWidget::item { padding: 3px 2px; }"
            "QListWidget::item:selected { background: #dbe7fb; color: #000; border-left: 4px solid #2f6fdf; }"
        )
        for step in StepId:
            item = QListWidgetItem(self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, int(step))
            self._paint_item(item, step, StepStatus.EMPTY)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)

        self.stack = QStackedWidget(self)
        self.step_heading = QLabel(self)
        self.step_heading.setObjectName("stepHeading")
        self.step_heading.setWordWrap(True)  # a long heading zoomed for the room takes two lines
        self.prev_button = QPushButton(self.tr("◀ Previous step"), self)
        self.next_button = QPushButton(self.tr("Next step ▶"), self)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(8, 0, 8, 0)
        centre_layout.addWidget(self.step_heading)
        centre_layout.addWidget(self.stack, 1)
        centre_layout.addLayout(nav)

        self.guidance_panel = QFrame(self)
        self.guidance_panel.setObjectName("guidancePanel")
        self.guidance_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.guidance_title = QLabel(self.tr("Ask the room"), self.guidance_panel)
        self.guidance_title.setObjectName("guidanceTitle")
        self.guidance_title.setWordWrap(True)
        self.guidance_text = QTextBrowser(self.guidance_panel)
        self.guidance_text.setObjectName("guidanceText")
        self.guidance_text.setOpenLinks(False)
        self.guidance_text.setFrameShape(QFrame.Shape.NoFrame)
        guidance_layout = QVBoxLayout(self.guidance_panel)
        guidance_layout.addWidget(self.guidance_title)
        guidance_layout.addWidget(self.guidance_text, 1)
        self.guidance_panel.setMinimumWidth(240)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.guidance_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([240, 720, 300])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self.back_button.clicked.connect(self._back_to_library)
        self.prev_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)

    def _build_actions(self) -> None:
        undo = self.undo_group.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.undo_group.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo

        def action(text: str, shortcuts: Sequence[str], slot: object) -> QAction:
            made = QAction(text, self)
            made.setShortcuts([QKeySequence(s) for s in shortcuts])
            made.triggered.connect(slot)
            return made

        self.zoom_in_action = action(self.tr("Zoom in"), ["Ctrl++", "Ctrl+="], self.zoom_in)
        self.zoom_out_action = action(self.tr("Zoom out"), ["Ctrl+-"], self.zoom_out)
        self.zoom_reset_action = action(self.tr("Reset zoom"), ["Ctrl+0"], self.reset_zoom)
        self.guidance_action = QAction(self.tr("Show guidance"), self)
        self.guidance_action.setShortcut(QKeySequence("F1"))
        self.guidance_action.setCheckable(True)
        self.guidance_action.setChecked(bool(self.settings.value("editor/guidance", True, type=bool)))
        self.guidance_action.toggled.connect(self._show_guidance)
        self.guidance_button.setChecked(self.guidance_action.isChecked())
        self.guidance_button.toggled.connect(self.guidance_action.setChecked)
        self._show_guidance(self.guidance_action.isChecked())
        self.next_action = action(self.tr("Next step"), ["Ctrl+PgDown"], self.next_step)
        self.previous_action = action(self.tr("Previous step"), ["Ctrl+PgUp"], self.previous_step)
        self.back_action = action(self.tr("Back to library"), ["Alt+Home"], self._back_to_library)
        self._actions = {
            "edit": [self.undo_action, self.redo_action],
            "view": [self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, self.guidance_action],
            "go": [self.next_action, self.previous_action, self.back_action],
        }
        for group in self._actions.values():
            self.addActions(group)  # the shortcuts work even before the window puts them in menus

    # ------------------------------------------------------------------ interface for the window
    def menu_actions(self) -> dict[str, list[QAction]]:
        return {key: list(value) for key, value in self._actions.items()}

    def current_workshop_id(self) -> str | None:
        return self._snapshot.id if self._snapshot is not None else None

    def snapshot(self) -> WorkshopSnapshot | None:
        """What the editor shows now (including edits not yet written)."""
        return self._snapshot

    def open_workshop(self, workshop_id: str) -> None:
        """Show a workshop (closing the one open before; its edits are flushed first)."""
        if self._snapshot is not None and not self.close_workshop():
            return
        snapshot = self.service.get(workshop_id)
        self._snapshot = snapshot
        self._autosave = AutosaveQueue(
            self.service, snapshot.id, snapshot.revision, self._resolve_conflict, self
        )
        self._autosave.saving.connect(lambda: self.status_message.emit(self.tr("Saving…")))
        self._autosave.saved.connect(self._on_saved)
        self._autosave.failed.connect(self._on_failed)
        self._autosave.dropped.connect(self._on_dropped)
        self._autosave.reloaded.connect(self._reload)
        stack = QUndoStack(self.undo_group)
        self.undo_group.setActiveStack(stack)
        self._stack_for = stack
        self._build_pages()
        self._propagate_font(self.stack)
        self._set_open(True)
        self.go_to_step(StepId.WORKSHOP, flush=False)
        self._refresh()

    def close_workshop(self) -> bool:
        """Flush pending edits; False if they could not be saved and the user chose to stay."""
        if self._snapshot is None:
            return True
        saved = self.flush()
        pending = self._pending_messages()
        if not saved or pending:
            reason = (
                pending
                and self.tr("These values are not valid and were not saved:\n{0}").format(pending)
                or self.tr("Your latest changes could not be saved.")
            )
            if not ask_close_unsaved(self, reason):
                return False
        if self._autosave is not None:
            self._autosave.discard()
            self._autosave.deleteLater()
        self._autosave = None
        if self._stack_for is not None:
            self.undo_group.removeStack(self._stack_for)
            self._stack_for.deleteLater()
        self._stack_for = None
        self._snapshot = None
        self._clear_pages()
        self._set_open(False)
        return True

    def flush(self) -> bool:
        """Save pending edits now; True when nothing is left unsaved."""
        return self._autosave.flush() if self._autosave is not None else True

    # ------------------------------------------------------------------ steps
    def current_step(self) -> StepId:
        row = self.sidebar.currentRow()
        return StepId(row) if row >= 0 else StepId.WORKSHOP

    def page(self, step: StepId) -> StepPage:
        return self._pages[step]

    def go_to_step(self, step: StepId, *, flush: bool = True) -> None:
        if self._snapshot is None:
            return
        if flush:
            self.flush()
        self._switching = True
        try:
            self.sidebar.setCurrentRow(int(step))
        finally:
            self._switching = False
        page = self._pages[step]
        self.stack.setCurrentIndex(int(step))
        if self._snapshot is not None:
            page.load(self._snapshot)
        self.step_heading.setText(self.tr("Step {0} · {1}").format(int(step), step_title(step)))
        text = guidance(step)
        self.guidance_text.setHtml(text.html())
        self.guidance_panel.setVisible(self.guidance_action.isChecked() and not page.shows_guidance)
        self.prev_button.setEnabled(step > StepId.WORKSHOP)
        self.next_button.setEnabled(step < StepId.SIGN_OFF)

    def export_agreement(self, fmt: str) -> bool:
        """Export the workshop as it is now (DOCX or PDF); asks for the file, writes in the background."""
        if self._snapshot is None or fmt not in ("pdf", "docx"):
            return False
        from .style_dialog import style_for_export

        usable, style_file = style_for_export(self, self.settings)
        if not usable:
            return False
        self.flush()
        snapshot = self._snapshot
        if self._export_flow is None:
            from .export_flow import ExportFlow

            self._export_flow = ExportFlow(self, self.settings)
            self._export_flow.finished.connect(
                lambda path: self.status_message.emit(self.tr("Exported to {0}").format(path))
            )

        def write(path: Path) -> Path:
            from slaworkshop.export import ExportOptions, export_workshop

            return export_workshop(
                snapshot, path, fmt, overwrite=True, options=ExportOptions(style_file=style_file)
            )

        def characters() -> list[str]:
            from slaworkshop.export import ExportError, build_document, load_style
            from slaworkshop.export.pdf import unsupported_characters

            try:
                style = load_style(style_file)
            except ExportError:
                return []  # the export itself then says what is wrong with the style
            return unsupported_characters(build_document(snapshot), style)

        return self._export_flow.start(snapshot, fmt, write, check_characters=characters)

    def commit_sign_off(self, sign: Callable[[str, int], Any]) -> Any:
        """Save pending edits, then ``sign(workshop_id, revision)`` exactly what the editor shows, and
        continue from the store (a sign-off changes the workshop's status and revision). Raises
        :class:`StoreError` when the edits cannot be saved; whatever ``sign`` raises, nothing changes."""
        if self._snapshot is None or self._autosave is None:
            raise StoreError(self.tr("No workshop is open."))
        pending = self._pending_messages()
        if pending:
            raise StoreError(
                self.tr("These values are not valid and were not saved; correct them first:\n{0}").format(
                    pending
                )
            )
        if not self.flush():
            raise StoreError(
                self.tr("Your latest changes are not saved yet (see the status bar); sign once they are.")
            )
        result = sign(self._snapshot.id, self._autosave.revision)
        self._reload()
        return result

    def show_place(self, place: object) -> bool:
        """Go to the step of ``place`` (a review finding) and focus the field, cell or section it
        names; True when the page could point at it."""
        step = getattr(place, "step", None)
        if self._snapshot is None or step is None:
            return False
        self.go_to_step(StepId(step))
        return self._pages[StepId(step)].show_target(
            str(getattr(place, "entity", "") or ""),
            getattr(place, "row_id", None),
            str(getattr(place, "field", "") or ""),
            str(getattr(place, "clause", "") or ""),
        )

    def next_step(self) -> None:
        if self._snapshot is not None and self.current_step() < StepId.SIGN_OFF:
            self.go_to_step(StepId(self.current_step() + 1))

    def previous_step(self) -> None:
        if self._snapshot is not None and self.current_step() > StepId.WORKSHOP:
            self.go_to_step(StepId(self.current_step() - 1))

    def _on_sidebar_row(self, row: int) -> None:
        if not self._switching and row >= 0 and self._snapshot is not None:
            self.go_to_step(StepId(row))

    def _build_pages(self) -> None:
        self._clear_pages()
        for step in StepId:
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            # Built inside its parent, so it starts at the editor's zoom (headers miss a later change).
            page = page_class(step)(step, scroll.viewport())
            page.ops_requested.connect(self.request)
            page.navigate_requested.connect(self.show_place)
            if hasattr(page, "export_requested"):
                page.export_requested.connect(self.export_agreement)
            if hasattr(page, "attach_editor"):
                page.attach_editor(self)  # the review page signs through commit_sign_off
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            self._pages[step] = page

    def _clear_pages(self) -> None:
        while self.stack.count():
            widget = self.stack.widget(0)
            assert widget is not None
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages = {}

    # ------------------------------------------------------------------ edits
    def request(self, ops: list[Op], merge_key: Hashable | None = None) -> None:
        """A page asks for an edit: onto the undo stack (which applies it) and into autosave."""
        if self._snapshot is None or self._stack_for is None or not ops:
            return
        # Linked KPI targets follow the funnel and the handoff rules in the same undo step.
        ops = [*ops, *link_ops(apply_local(self._snapshot, ops))]
        inverse = inverse_all(self._snapshot, ops)
        self._stack_for.push(EditCommand(self._apply, ops, inverse, merge_key, describe(ops)))

    def _apply(self, ops: Sequence[Op]) -> None:
        if self._snapshot is None or self._autosave is None:
            return
        self._snapshot = apply_local(self._snapshot, ops)
        self._autosave.push(ops)
        self._refresh(statuses_now=False)

    def _refresh(self, *, statuses_now: bool = True) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        client = str(snapshot.value("client") or self.tr("(no client yet)"))
        title = str(snapshot.value("title") or self.tr("(untitled workshop)"))
        self.client_label.setText(client[:200])
        self.title_label.setText(title[:300])
        if statuses_now:
            self._refresh_statuses()
        else:
            self._status_timer.start()
        current = self._pages.get(self.current_step())
        if current is not None:
            current.load(snapshot)

    def _refresh_statuses(self) -> None:
        self._status_timer.stop()
        if self._snapshot is None:
            return
        for step, status in all_statuses(self._snapshot).items():
            self._paint_item(self.sidebar.item(int(step)), step, status)

    def _paint_item(self, item: QListWidgetItem, step: StepId, status: StepStatus) -> None:
        label = QCoreApplication.translate("StepStatus", STATUS_LABELS[status])
        text = f"{int(step)}  {step_title(step)}\n     {label}"
        if item.text() != text:
            item.setText(text)
            item.setIcon(status_icon(status))
            item.setData(Qt.ItemDataRole.UserRole + 1, status.value)
            item.setToolTip(f"{step_title(step)}: {label}")

    def step_status(self, step: StepId) -> StepStatus:
        """The status the sidebar shows for ``step`` (brought up to date first)."""
        if self._status_timer.isActive():
            self._refresh_statuses()
        return StepStatus(
            self.sidebar.item(int(step)).data(Qt.ItemDataRole.UserRole + 1) or StepStatus.EMPTY.value
        )

    def _pending_messages(self) -> str:
        return "\n".join(m for m in (p.pending_messages() for p in self._pages.values()) if m)

    # ------------------------------------------------------------------ autosave callbacks
    def _resolve_conflict(self, error: ConflictError) -> ConflictChoice:
        return ask_conflict(self, error)

    def _on_saved(self, result: ApplyResult) -> None:
        if self._snapshot is None:
            return
        stamp = result.updated_at.astimezone() if isinstance(result.updated_at, datetime) else datetime.now()
        self.status_message.emit(self.tr("Saved at {0}").format(stamp.strftime("%H:%M:%S")))
        self.workshop_saved.emit(self._snapshot.id)

    def _on_failed(self, message: str) -> None:
        self.status_message.emit(
            self.tr("Not saved yet — {0} Your changes are kept and saving is retried.").format(message)
        )

    def _on_dropped(self, message: str) -> None:
        self.status_message.emit(
            self.tr("Some changes could not be saved: {0}").format(message.replace("\n", " "))
        )

    def _reload(self) -> None:
        """The store differs from what is shown (another window's save, or refused edits): show the store."""
        if self._snapshot is None:
            return
        try:
            fresh = self.service.get(self._snapshot.id)
        except StoreError as error:
            self.status_message.emit(tr_message(error))
            return
        pending = self._autosave.pending() if self._autosave is not None else []
        self._snapshot = apply_local(fresh, pending)
        if self._autosave is not None:
            self._autosave.revision = fresh.revision
        # Inverses computed against the old base no longer describe this one.
        if self._stack_for is not None:
            self._stack_for.clear()
        self._refresh()

    # ------------------------------------------------------------------ view
    def _set_open(self, is_open: bool) -> None:
        for group in ("view", "go"):
            for act in self._actions[group]:
                act.setEnabled(is_open)
        self.sidebar.setEnabled(is_open)

    def _show_guidance(self, shown: bool) -> None:
        page = self._pages.get(self.current_step())
        self.guidance_panel.setVisible(shown and not (page is not None and page.shows_guidance))
        self.settings.setValue("editor/guidance", shown)
        if self.guidance_button.isChecked() != shown:
            self.guidance_button.setChecked(shown)

    def _read_zoom(self) -> int:
        try:
            value = int(str(self.settings.value(ZOOM_KEY, ZOOM_DEFAULT)))
        except (TypeError, ValueError):
            value = ZOOM_DEFAULT
        return max(ZOOM_MIN, min(ZOOM_MAX, value))

    def set_zoom(self, percent: int) -> None:
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, int(percent)))
        self.settings.setValue(ZOOM_KEY, self.zoom)
        self._apply_zoom()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(ZOOM_DEFAULT)

    def _apply_zoom(self) -> None:
        size = self._base_point_size * self.zoom / 100
        font = QFont(self.font())
        font.setPointSizeF(size)
        self.setFont(font)
        for widget, factor, bold in (
            (self.client_label, 1.0, False),
            (self.title_label, 1.45, True),
            (self.step_heading, 1.3, True),
            (self.guidance_title, 1.15, True),
            (self.sidebar, 1.1, False),
        ):
            scaled = QFont(font)
            scaled.setPointSizeF(size * factor)
            scaled.setBold(bold)
            widget.setFont(scaled)
        self._propagate_font(self.stack)
        icon = round(22 * self.zoom / 100)
        self.sidebar.setIconSize(QSize(icon, icon))
        # The sidebar is as wide as its longest step name at this size, within reason, so the
        # names never wrap or hide; the page keeps the rest.
        metrics = self.sidebar.fontMetrics()
        longest = max(metrics.horizontalAdvance(f"{int(s)}  {step_title(s)}") for s in StepId)
        width = min(longest + icon + 40, 420)
        self.sidebar.setMinimumWidth(width)
        self.sidebar.setMaximumWidth(width + 80)
        sizes = self.splitter.sizes()
        if sum(sizes) > 0:
            rest = sum(sizes) - width - (sizes[2] if self.guidance_panel.isVisible() else 0)
            self.splitter.setSizes([width, max(rest, 300), sizes[2]])

    @staticmethod
    def _propagate_font(root: QWidget) -> None:
        """Widgets with their own style sheet stop following their parent's font; give them the zoom."""
        for widget in root.findChildren(QWidget):
            if widget.styleSheet():
                parent = widget.parentWidget()
                if parent is not None and widget.font().pointSizeF() != parent.font().pointSizeF():
                    font = QFont(widget.font())
                    font.setPointSizeF(parent.font().pointSizeF())
                    widget.setFont(font)

    def _back_to_library(self) -> None:
        if self.close_workshop():
            self.closed.emit()
