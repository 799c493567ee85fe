"""The library: every workshop at a glance, search as you type, create/duplicate/rename/delete, trash.

A model/view pair (:class:`LibraryModel` over plain :class:`WorkshopSummary` values) so ten thousand
workshops open at once: the table asks only for the cells it paints, and text such as "today 14:02"
is formatted then, not up front.

The view can be built before the store is open (``service=None``): it then says that the workshops
are loading and offers nothing to act on, until :meth:`LibraryView.set_service` fills it. Nothing
here imports SQLAlchemy or the dialogs at module level, so the first frame does not wait for them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model.enums import STATUS_LABELS, WorkshopStatus
from slaworkshop.model.errors import StoreError
from slaworkshop.model.text import MAX_TEXT_LENGTH, clean_text
from slaworkshop.services.snapshot import WorkshopSummary

from .i18n import tr_message

if TYPE_CHECKING:
    from slaworkshop.services.workshops import WorkshopService

SEARCH_DELAY_MS = 250
"""Search waits this long after the last keystroke, so typing a name runs one query, not ten."""

CELL_TEXT_LIMIT = 200
"""A cell shows at most this many characters (a pasted 100,000-character title stays fast)."""

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("LibraryModel", text)


def format_last_change(when: datetime, now: datetime | None = None, locale: QLocale | None = None) -> str:
    """ "today 14:02", "yesterday 09:10", "Mon 11:30" within the week, else the localised date."""
    locale = locale or QLocale()
    local = when.astimezone()
    current = (now or datetime.now().astimezone()).astimezone()
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    days = (current.date() - local.date()).days
    if days == 0:
        return _tr("today %1").replace("%1", clock)
    if days == 1:
        return _tr("yesterday %1").replace("%1", clock)
    if 1 < days < 7:
        return f"{locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)} {clock}"
    qdate = QDate(local.year, local.month, local.day)
    if local.year == current.year:
        return locale.toString(qdate, "d MMM")
    return locale.toString(qdate, "d MMM yyyy")


def last_change_width(metrics: QFontMetrics, locale: QLocale | None = None) -> int:
    """Pixels for the longest "last change" text in the current language ("yesterday 15:45",
    "gisteren 15:45", a weekday, a date of an earlier year), with the cell's margins."""
    locale = locale or QLocale()
    clocks = [
        locale.toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)
        for hour in range(24)
        for minute in (0, 8, 18, 28, 38, 48, 58)
    ]
    clock = max(clocks, key=metrics.horizontalAdvance)
    texts = [_tr("today %1").replace("%1", clock), _tr("yesterday %1").replace("%1", clock)]
    texts += [f"{locale.dayName(day, QLocale.FormatType.ShortFormat)} {clock}" for day in range(1, 8)]
    texts += [locale.toString(QDate(2026, month, 28), "d MMM yyyy") for month in range(1, 13)]
    return max(metrics.horizontalAdvance(text) for text in texts) + 2 * metrics.averageCharWidth() + 8


def format_day(day: date | None, locale: QLocale | None = None) -> str:
    if day is None:
        return ""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def format_days(first: date | None, last: date | None, locale: QLocale | None = None) -> str:
    """One day, or a compact range: "8–9 Dec 2026", "30 Nov – 2 Dec 2026", "30 Dec 2026 – 2 Jan 2027"."""
    locale = locale or QLocale()
    if first is None or last is None or last <= first:
        return format_day(first, locale)
    start, end = QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{locale.toString(end, 'd MMM yyyy')}"
    if first.year == last.year:
        return f"{locale.toString(start, 'd MMM')} – {locale.toString(end, 'd MMM yyyy')}"
    return f"{format_day(first, locale)} – {format_day(last, locale)}"


def _failures() -> tuple[type[BaseException], ...]:
    """What a store call may raise. SQLAlchemy is imported here, once the store exists, not before
    the first paint (an ``except`` clause evaluates its expression only when something was raised)."""
    from sqlalchemy.exc import SQLAlchemyError

    return (StoreError, SQLAlchemyError)


# The dialogs module loads the services (SQLAlchemy): these helpers import it on first use.
def shorten(text: str, limit: int = 80) -> str:
    from .dialogs import shorten as _shorten

    return _shorten(text, limit)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    from .dialogs import show_error as _show_error

    _show_error(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = False) -> bool:
    from .dialogs import confirm as _confirm

    return _confirm(parent, title, text, destructive=destructive)


def _reason(exc: BaseException) -> str:
    """A one-line reason for a message box (a server's error text without its SQL and traceback)."""
    if isinstance(exc, StoreError):
        return tr_message(exc)
    return " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]


def _one_line(text: str) -> str:
    text = " ".join(text[: CELL_TEXT_LIMIT * 2].split())
    return text if len(text) <= CELL_TEXT_LIMIT else text[: CELL_TEXT_LIMIT - 1] + "…"


class LibraryModel(QAbstractTableModel):
    """The workshops as rows: client, title, date, status, last change."""

    CLIENT, TITLE, DATE, STATUS, CHANGED = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WorkshopSummary] = []
        self._sort_column = self.CHANGED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._locale = QLocale()
        self._now = datetime.now().astimezone()
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [
            self.tr("Client"),
            self.tr("Title"),
            self.tr("Date"),
            self.tr("Status"),
            self.tr("Last change"),
        ]

    # -- Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.CLIENT, self.TITLE):
            text = summary.client if column == self.CLIENT else summary.title
            return shorten(text, 500) if len(" ".join(text.split())) > 40 else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CHANGED:
            stamp = summary.updated_at.astimezone()
            return self._locale.toString(
                QDateTime(
                    QDate(stamp.year, stamp.month, stamp.day), QTime(stamp.hour, stamp.minute, stamp.second)
                ),
                QLocale.FormatType.LongFormat,
            )
        if role == ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.FontRole and column == self.CLIENT:
            return self._bold
        return None

    def _display(self, summary: WorkshopSummary, column: int) -> str:
        if column == self.CLIENT:
            return _one_line(summary.client) or self.tr("(no client)")
        if column == self.TITLE:
            return _one_line(summary.title) or self.tr("(untitled)")
        if column == self.DATE:
            return format_days(summary.date_start, summary.date_end, self._locale)
        if column == self.STATUS:
            return self._status_label(summary.status)
        if column == self.CHANGED:
            when = summary.deleted_at if summary.deleted_at is not None else summary.updated_at
            return format_last_change(when, self._now, self._locale)
        return ""

    def _status_label(self, status: str) -> str:
        try:
            return self.tr(STATUS_LABELS[WorkshopStatus(status)])
        except ValueError:
            return status

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column = self._sort_column
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        key: Any
        if column == self.CLIENT:
            key = lambda s: (s.client.casefold(), s.title.casefold())  # noqa: E731
        elif column == self.TITLE:
            key = lambda s: (s.title.casefold(), s.client.casefold())  # noqa: E731
        elif column == self.DATE:
            # Workshops without a date sort after dated ones, whichever the direction.
            key = lambda s: s.date_start or (date.min if reverse else date.max)  # noqa: E731
        elif column == self.STATUS:
            order = {status.value: i for i, status in enumerate(WorkshopStatus)}
            key = lambda s: order.get(s.status, len(order))  # noqa: E731
        else:
            key = lambda s: s.deleted_at or s.updated_at  # noqa: E731
        self._rows.sort(key=key, reverse=reverse)

    # -- our API
    def set_rows(self, rows: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = datetime.now().astimezone()
        self._sort_rows()
        self.endResetModel()

    def summary(self, row: int) -> WorkshopSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, workshop_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == workshop_id:
                return row
        return -1

    def ids(self) -> list[str]:
        return [s.id for s in self._rows]


class LibraryView(QWidget):
    """The library page of the main window."""

    open_requested = Signal(str)
    """The user wants to work on this workshop (Enter, double-click, or just created it)."""
    status_message = Signal(str)
    selection_changed = Signal()
    trash_toggled = Signal(bool)

    def __init__(
        self, service: WorkshopService | None, parent: QWidget | None = None, starters: Any = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self._service = service
        """None while the store is still opening: the view shows that it is loading."""
        self.starters = starters
        """A ``StarterService`` for the new-workshop dialog (None: new workshops start empty)."""
        self._trash = False

        self.heading = QLabel(self.tr("Workshops"))
        self.heading.setObjectName("libraryHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(self.tr("Search client or title…  (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(1000)
        self.search_edit.setMinimumWidth(320)
        self.search_edit.setMaximumWidth(560)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._open_from_search)
        self.search_edit.installEventFilter(self)

        self.new_button = QPushButton(self.tr("&New workshop…"))
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self.new_workshop)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_selected)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Delete for &good…"))
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.clicked.connect(self.purge_selected)
        self.trash_button = QPushButton(self.tr("&Trash"))
        self.trash_button.setObjectName("trashButton")
        self.trash_button.clicked.connect(lambda: self.show_trash(not self._trash))

        self.model = LibraryModel(self)
        self.table = QTableView()
        self.table.setObjectName("workshopTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view need not measure 10,000 rows to lay them out.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LibraryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setSortIndicator(LibraryModel.CHANGED, Qt.SortOrder.DescendingOrder)
        width = self.fontMetrics().horizontalAdvance("M")
        header.resizeSection(LibraryModel.CLIENT, width * 18)
        header.resizeSection(LibraryModel.DATE, width * 11)
        header.resizeSection(LibraryModel.STATUS, width * 6)
        heading = (
            header.fontMetrics().horizontalAdvance(
                self.model.headerData(LibraryModel.CHANGED, Qt.Orientation.Horizontal)
            )
            + 40
        )
        header.resizeSection(LibraryModel.CHANGED, max(heading, last_change_width(self.table.fontMetrics())))
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        empty_font = self.empty_label.font()
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.25)
        self.empty_label.setFont(empty_font)
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setStyleSheet("color: #505050;")  # readable on a washed-out projector
        self.empty_action = QPushButton(self.tr("Create your first workshop"))
        self.empty_action.setObjectName("emptyCreateButton")
        self.empty_action.clicked.connect(self.new_workshop)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(2)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_hint)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.empty_action)
        button_row.addStretch(1)
        empty_layout.addSpacing(12)
        empty_layout.addLayout(button_row)
        empty_layout.addStretch(3)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(empty_page)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.search_edit, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.purge_button)
        bottom.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        bottom.addWidget(self.count_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.trash_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.search_edit)
        self._update_mode()
        if service is None:
            self._update_empty_state()
            self._selection_changed()

    # ------------------------------------------------------------ state
    @property
    def in_trash(self) -> bool:
        return self._trash

    @property
    def loaded(self) -> bool:
        """False while the store is still opening (the list then shows that it is loading)."""
        return self._service is not None

    def set_service(self, service: WorkshopService, starters: Any = None) -> None:
        """The store has opened: read the workshops (with whatever was typed into the search)."""
        self._service = service
        if starters is not None:
            self.starters = starters
        self._update_mode()
        self.refresh()

    def search_text(self) -> str:
        return self.search_edit.text()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        summary = self.model.summary(index.row())
        return summary.id if summary else None

    def selected_summary(self) -> WorkshopSummary | None:
        index = self.table.currentIndex()
        return self.model.summary(index.row()) if index.isValid() and self.selected_id() else None

    def select(self, workshop_id: str) -> bool:
        row = self.model.row_of(workshop_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def refresh(self) -> None:
        """Re-read the list from the store (keeping the selection when the workshop is still shown)."""
        self._search_timer.stop()
        service = self._service
        if service is None:
            return  # still loading; set_service() reads the list, with the search typed meanwhile
        keep = self.selected_id()
        try:
            rows = service.list_workshops(self.search_edit.text(), deleted=self._trash)
        except _failures() as exc:
            show_error(
                self,
                self.tr("Library"),
                self.tr("The workshops could not be read: %1").replace("%1", _reason(exc)),
            )
            rows = []
        self.model.set_rows(rows)
        if keep is None or not self.select(keep):
            # Nothing selected (so Del cannot hit a row the user did not choose); ↓ goes to the first.
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
        self._update_empty_state()
        self._selection_changed()

    def show_trash(self, on: bool) -> None:
        if on == self._trash or self._service is None:
            return
        self._trash = on
        self._update_mode()
        self.refresh()
        self.trash_toggled.emit(on)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # ------------------------------------------------------------ actions
    def new_workshop(self) -> str | None:
        if self._service is None:
            return None
        from .dialogs import NewWorkshopDialog

        if self._trash:
            self.show_trash(False)
        dialog = NewWorkshopDialog(self._service, self, starters=self.starters)
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted or dialog.workshop_id is None:
            return None
        self.search_edit.clear()
        self.refresh()
        self.select(dialog.workshop_id)
        self.status_message.emit(self.tr("Workshop created."))
        self.open_requested.emit(dialog.workshop_id)
        return dialog.workshop_id

    def open_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is not None and not self._trash:
            self.open_requested.emit(workshop_id)

    def duplicate_selected(self) -> str | None:
        summary = self.selected_summary()
        service = self._service
        if summary is None or self._trash or service is None:
            return None
        try:
            copy_id = service.duplicate(summary.id, title_suffix=self.tr(" (copy)"))
        except _failures() as exc:
            show_error(self, self.tr("Duplicate workshop"), _reason(exc))
            return None
        self.refresh()
        self.select(copy_id)
        self.status_message.emit(self.tr("Duplicated “%1”.").replace("%1", shorten(summary.title, 60)))
        return copy_id

    def rename_selected(self) -> bool:
        summary = self.selected_summary()
        service = self._service
        if summary is None or self._trash or service is None:
            return False
        title, ok = QInputDialog.getText(
            self,
            self.tr("Rename workshop"),
            self.tr("New title for the workshop with %1:").replace("%1", shorten(summary.client or "—", 60)),
            QLineEdit.EchoMode.Normal,
            summary.title[:MAX_TEXT_LENGTH],
        )
        if not ok:
            return False
        cleaned = clean_text(title, multiline=False).strip()
        if not cleaned:
            show_error(
                self, self.tr("Rename workshop"), self.tr("A workshop needs a title; nothing was changed.")
            )
            return False
        if cleaned == summary.title:
            return False
        try:
            service.rename(summary.id, cleaned)
        except _failures() as exc:
            show_error(self, self.tr("Rename workshop"), _reason(exc))
            return False
        self.refresh()
        self.select(summary.id)
        self.status_message.emit(self.tr("Renamed to “%1”.").replace("%1", shorten(cleaned, 60)))
        return True

    def delete_selected(self) -> bool:
        summary = self.selected_summary()
        service = self._service
        if summary is None or self._trash or service is None:
            return False
        name = shorten(f"{summary.client} – {summary.title}".strip(" –"), 80) or self.tr("this workshop")
        question = self.tr("Move “%1” to the trash?\n\nYou can restore it from the trash later.").replace(
            "%1", name
        )
        if not confirm(self, self.tr("Delete workshop"), question):
            return False
        row = self.table.currentIndex().row()
        try:
            service.delete(summary.id)
        except _failures() as exc:
            show_error(self, self.tr("Delete workshop"), _reason(exc))
            return False
        self.refresh()
        self._select_near(row)
        self.status_message.emit(self.tr("Moved “%1” to the trash.").replace("%1", name))
        return True

    def restore_selected(self) -> bool:
        summary = self.selected_summary()
        service = self._service
        if summary is None or not self._trash or service is None:
            return False
        row = self.table.currentIndex().row()
        try:
            service.restore(summary.id)
        except _failures() as exc:
            show_error(self, self.tr("Restore workshop"), _reason(exc))
            return False
        self.refresh()
        self._select_near(row)
        self.status_message.emit(self.tr("Restored “%1”.").replace("%1", shorten(summary.title, 60)))
        return True

    def purge_selected(self) -> bool:
        summary = self.selected_summary()
        service = self._service
        if summary is None or not self._trash or service is None:
            return False
        name = shorten(f"{summary.client} – {summary.title}".strip(" –"), 80) or self.tr("this workshop")
        question = self.tr("Delete “%1” for good?\n\nThis cannot be undone.").replace("%1", name)
        if not confirm(self, self.tr("Delete for good"), question, destructive=True):
            return False
        row = self.table.currentIndex().row()
        try:
            service.purge(summary.id)
        except _failures() as exc:
            show_error(self, self.tr("Delete for good"), _reason(exc))
            return False
        self.refresh()
        self._select_near(row)
        self.status_message.emit(self.tr("Deleted “%1” for good.").replace("%1", name))
        return True

    # ------------------------------------------------------------ internals
    def _select_near(self, row: int) -> None:
        count = self.model.rowCount()
        if count:
            self.table.selectRow(min(max(row, 0), count - 1))

    def _open_index(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary is None:
            return
        if self._trash:
            self.table.selectRow(index.row())
            return
        self.open_requested.emit(summary.id)

    def _open_from_search(self) -> None:
        """Enter in the search field opens the selected workshop, or the only match."""
        self.refresh()
        if self.selected_id() is None and self.model.rowCount() == 1:
            self.table.selectRow(0)
        if self.selected_id() is None and self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
            return
        self.open_selected()

    def _update_mode(self) -> None:
        trash = self._trash
        self.heading.setText(self.tr("Trash") if trash else self.tr("Workshops"))
        self.trash_button.setText(self.tr("&Back to workshops") if trash else self.tr("&Trash"))
        self.new_button.setVisible(not trash)
        self.open_button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        self.purge_button.setVisible(trash)
        # While the store opens there is nothing to create into or to look at in the trash.
        self.new_button.setEnabled(self.loaded)
        self.trash_button.setEnabled(self.loaded)

    def _update_empty_state(self) -> None:
        count = self.model.rowCount()
        search = " ".join(self.search_edit.text().split())
        if count == 1:
            self.count_label.setText(self.tr("1 workshop"))
        else:
            self.count_label.setText(
                self.tr("%1 workshops").replace("%1", QLocale().toString(count)) if count else ""
            )
        if count:
            self.pages.setCurrentIndex(0)
            return
        self.empty_action.setVisible(False)
        if not self.loaded:
            self.empty_label.setText(self.tr("Loading workshops…"))
            self.empty_hint.setText(self.tr("Opening the workshop database."))
        elif search:
            self.empty_label.setText(self.tr("No workshop matches “%1”.").replace("%1", shorten(search, 60)))
            self.empty_hint.setText(
                self.tr("Search looks at the client and the title. Press Esc to clear it.")
            )
        elif self._trash:
            self.empty_label.setText(self.tr("The trash is empty."))
            self.empty_hint.setText(
                self.tr("Deleted workshops wait here until you restore them or delete them for good.")
            )
        else:
            self.empty_label.setText(self.tr("No workshops yet."))
            self.empty_hint.setText(
                self.tr(
                    "A workshop holds everything the Marketing and Sales teams agree on, step by step, "
                    "until the SLA is signed."
                )
            )
            self.empty_action.setVisible(True)
        self.pages.setCurrentIndex(1)

    def _selection_changed(self) -> None:
        has = self.selected_id() is not None
        self.open_button.setEnabled(has)
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)
        self.selection_changed.emit()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        """↓ in the search field moves into the list, so search → pick → Enter needs no mouse."""
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self._search_timer.stop()
            if self.selected_id() is None:
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.search_edit.text():
            self.search_edit.clear()
            self.refresh()
            return
        if event.key() == Qt.Key.Key_Escape and self._trash:
            self.show_trash(False)
            return
        super().keyPressEvent(event)


__all__ = ["LibraryModel", "LibraryView", "format_day", "format_days", "format_last_change"]
