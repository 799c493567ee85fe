"""Step 5, Handoff & follow-up: when a lead goes to Sales, what Sales then owes it, and when it comes back.

Four sections, as the room discusses them — the triggers and the information handed over, the
notification and the SAL window, the follow-up (first contact, attempts, channels, interval,
recording) and the reverse handoff — each with its agreement control (clause keys ``handoff``,
``handoff.followup``, ``handoff.reverse``). Below them the **follow-up cadence**: the day-by-day
plan, in business days, of one example lead (``services.analysis.analyse(..., handoff_at=...)``).
The example handoff's date and time are the facilitator's to change on the page and are not stored;
a Friday-afternoon handoff shows the weekend being skipped.

The channels are typed as one comma-separated line; the page shows which channel each attempt uses
and says so when a channel is never used, when an entry is empty or when a semicolon joins two
channels into one, so nothing typed is dropped without a word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model.cadence import CadenceEvent, CadencePlan, EventKind
from slaworkshop.model.capacity import CapacityLevel
from slaworkshop.model.enums import TimeUnit, TriggerKind
from slaworkshop.model.steps import (
    HANDOFF,
    HANDOFF_FIELDS,
    HANDOFF_TRIGGERS,
    NURTURE_TRACKS,
    REASONS,
    SCORING,
)
from slaworkshop.services.analysis import analyse, example_handoff
from slaworkshop.services.ops import SetField
from slaworkshop.services.progress import StepId
from slaworkshop.services.snapshot import Row, WorkshopSnapshot

from ..widgets.agreement import ClauseAgreement
from ..widgets.fields import CheckedField, CleanLineEdit, make_editor, translate_label
from ..widgets.notice import Level, NoticeBox
from ..widgets.table import RowTableEditor
from .base import StepPage

CLAUSES = ("handoff", "handoff.followup", "handoff.reverse")
MAX_CHIPS = 50
"""Attempts shown as chips (the model allows at most 50 attempts)."""
MAX_NAMED = 5
"""Channel names quoted in one message before “and N more”."""
MAX_NAME = 40
"""Characters of one channel name shown in a chip or a message."""

# Which field of the handoff rules a cadence problem is about (to tell "still empty" from "wrong").
_CADENCE_FIELDS = {
    "first_contact_within": "first_contact_within",
    "first_contact_within_unit": "first_contact_unit",
    "accept_within": "accept_within",
    "accept_within_unit": "accept_unit",
    "attempts": "attempts",
    "interval_business_days": "interval_days",
    "return_after_attempts": "return_after_attempts",
    "channels": "channels",
}

_DEADLINE_BACKGROUND = QColor("#fff4d6")
_RETURN_BACKGROUND = QColor("#e4eefc")
_START_BACKGROUND = QColor("#e6f4ea")
_WEEKEND_COLOUR = QColor("#6b6f76")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandoffPage", text)


def _short(name: str) -> str:
    return name if len(name) <= MAX_NAME else name[: MAX_NAME - 1] + "…"


# --------------------------------------------------------------------------- channels, as typed
@dataclass(frozen=True)
class ChannelReading:
    """The channel line as the cadence reads it, and what the room should be told about it."""

    names: tuple[str, ...]
    """The channels in order (what the cadence rotates through)."""
    empty_entries: int
    """Empty entries between two commas (ignored); a trailing comma while typing is not counted."""
    joined: tuple[str, ...]
    """Names that contain a semicolon: probably two channels that should be separated by a comma."""

    def per_attempt(self, attempts: int) -> list[str]:
        """The channel of attempts 1…n (the cadence rotates through the channels in order)."""
        if not self.names:
            return []
        return [self.names[n % len(self.names)] for n in range(attempts)]

    def unused(self, attempts: int | None) -> tuple[str, ...]:
        """Channels no attempt uses: everything after the first ``attempts`` channels."""
        if attempts is None or attempts >= len(self.names):
            return ()
        return self.names[attempts:]


def read_channels(text: object) -> ChannelReading:
    parts = [p.strip() for p in str(text or "").split(",")]
    while parts and not parts[-1]:
        parts.pop()
    names = tuple(p for p in parts if p)
    return ChannelReading(
        names=names,
        empty_entries=sum(1 for p in parts if not p),
        joined=tuple(n for n in names if ";" in n),
    )


def quoted_list(names: Sequence[str]) -> str:
    shown = ", ".join(f"“{_short(n)}”" for n in names[:MAX_NAMED])
    if len(names) > MAX_NAMED:
        shown += " " + _tr("and {0} more").format(QLocale().toString(len(names) - MAX_NAMED))
    return shown


def channel_notices(reading: ChannelReading, attempts: int | None) -> list[str]:
    found: list[str] = []
    unused = reading.unused(attempts)
    if unused:
        found.append(
            _tr("Only {0} attempts are agreed, so these channels are never used: {1}.").format(
                attempts, quoted_list(unused)
            )
            if attempts != 1
            else _tr("Only 1 attempt is agreed, so these channels are never used: {0}.").format(
                quoted_list(unused)
            )
        )
    if reading.empty_entries:
        found.append(
            _tr("An empty entry between two commas is ignored ({0} in the list).").format(
                reading.empty_entries
            )
        )
    if reading.joined:
        found.append(
            _tr("{0} is read as one channel: separate channels with commas, not semicolons.").format(
                quoted_list(reading.joined)
            )
        )
    return found


def chips_html(reading: ChannelReading, attempts: int | None) -> str:
    """The channel of each attempt as numbered chips (or the channels in order before attempts are set)."""
    if not reading.names:
        return ""
    chip = "<span style='background-color:{bg}; color:{fg};'>&nbsp;<b>{n}</b>&nbsp;{name}&nbsp;</span>"
    parts: list[str] = []
    if attempts is None:
        shown = reading.names[:MAX_CHIPS]
        lead = escape(_tr("Channels in order:"))
        for n, name in enumerate(shown, 1):
            parts.append(chip.format(bg="#e4eefc", fg="#173c73", n=n, name=escape(_short(name))))
        rest = len(reading.names) - len(shown)
    else:
        channels = reading.per_attempt(min(attempts, MAX_CHIPS))
        lead = escape(_tr("Attempt by attempt:"))
        for n, name in enumerate(channels, 1):
            parts.append(chip.format(bg="#e4eefc", fg="#173c73", n=n, name=escape(_short(name))))
        unused = reading.unused(attempts)
        for name in unused[:MAX_NAMED]:
            parts.append(
                chip.format(bg="#eeeeee", fg="#6b6f76", n="–", name="<s>" + escape(_short(name)) + "</s>")
            )
        rest = len(unused) - min(len(unused), MAX_NAMED)
    text = f"{lead} " + " → ".join(parts)
    if rest > 0:
        text += " " + escape(_tr("… and {0} more").format(QLocale().toString(rest)))
    return text


# --------------------------------------------------------------------------- the plan, as rows
@dataclass(frozen=True)
class PlanRow:
    business_day: str
    date: str
    time: str
    what: str
    kind: str
    """``start``, ``handoff``, ``weekend``, or an :class:`EventKind` value (for the colour)."""


def _date_text(day: date, *, year: bool = True) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy" if year else "ddd d MMM")


def _day_text(day: date, until: date) -> str:
    """The first day of a range: without the month when the range ends in the same month."""
    return QLocale().toString(
        QDate(day.year, day.month, day.day), "ddd d" if day.month == until.month else "ddd d MMM"
    )


def _time_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def window_text(amount: object, unit: object) -> str:
    if not isinstance(amount, (int, Decimal)) or isinstance(amount, bool):
        return ""
    shown = format(Decimal(amount).normalize(), "f")
    one = Decimal(amount) == 1
    if str(unit or TimeUnit.HOURS.value) == TimeUnit.BUSINESS_DAYS.value:
        return _tr("1 business day") if one else _tr("{0} business days").format(shown)
    return _tr("1 hour") if one else _tr("{0} hours").format(shown)


def _event_text(event: CadenceEvent, rules: Row, planned: int, track: str) -> str:
    if event.kind is EventKind.ATTEMPT:
        if event.channel:
            return _tr("Attempt {0} of {1}: {2}").format(event.attempt, planned, _short(event.channel))
        return _tr("Attempt {0} of {1}").format(event.attempt, planned)
    if event.kind is EventKind.FIRST_CONTACT_DEADLINE:
        window = window_text(rules.get("first_contact_within"), rules.get("first_contact_unit"))
        return _tr("First contact due (within {0})").format(window)
    if event.kind is EventKind.ACCEPT_DEADLINE:
        window = window_text(rules.get("accept_within"), rules.get("accept_unit"))
        return _tr("Accept or reject due (SAL, within {0})").format(window)
    if track:
        return _tr("No contact made: the lead goes back to Marketing, into “{0}”").format(_short(track))
    return _tr("No contact made: the lead goes back to Marketing")


def _weekend_rows(after: date, before: date) -> list[PlanRow]:
    """Days between two listed days that the clock skips (weekends), one row per run of them."""
    rows: list[PlanRow] = []
    day = after + timedelta(days=1)
    while day < before:
        if day.weekday() >= 5:
            start = day
            while day + timedelta(days=1) < before and (day + timedelta(days=1)).weekday() >= 5:
                day += timedelta(days=1)
            shown = _date_text(start, year=False)
            if start != day:
                shown = f"{_day_text(start, day)} – {_date_text(day, year=False)}"
            rows.append(PlanRow("", shown, "", _tr("Weekend: not counted"), "weekend"))
        day += timedelta(days=1)
    return rows


def plan_rows(plan: CadencePlan, handoff_at: datetime, rules: Row, track: str) -> list[PlanRow]:
    """The plan as the table shows it: the handoff and clock start, every event, and the weekends
    between them; the accept deadline only once the SAL window is entered (the maths assumes one)."""
    if plan.clock_starts_at is None:
        return []
    start = plan.clock_starts_at
    events = [
        e
        for e in plan.events
        if e.kind is not EventKind.ACCEPT_DEADLINE or rules.get("accept_within") is not None
    ]
    planned = len([e for e in events if e.kind is EventKind.ATTEMPT])
    agreed = rules.get("attempts")
    if isinstance(agreed, int) and not isinstance(agreed, bool) and agreed > planned:
        planned = agreed  # the reverse handoff stops the plan early: "attempt 3 of 4", then back
    listed: list[tuple[date, PlanRow]] = []
    if start != handoff_at:
        listed.append(
            (
                handoff_at.date(),
                PlanRow(
                    "",
                    _date_text(handoff_at.date()),
                    _time_text(handoff_at),
                    _tr("Handoff outside business hours: the clock waits"),
                    "handoff",
                ),
            )
        )
        what = _tr("Business hours begin: the clock starts")
    else:
        what = _tr("Handoff: the clock starts")
    listed.append((start.date(), PlanRow("1", _date_text(start.date()), _time_text(start), what, "start")))
    for event in events:
        listed.append(
            (
                event.day,
                PlanRow(
                    str(event.business_day),
                    _date_text(event.day),
                    _time_text(event.at),
                    _event_text(event, rules, planned, track),
                    event.kind.value,
                ),
            )
        )
    rows: list[PlanRow] = []
    previous: date | None = None
    for day, row in listed:
        if previous is not None and day > previous:
            rows.extend(_weekend_rows(previous, day))
        if previous == day:  # one day, one heading: later rows of the same day leave it blank
            row = PlanRow("", "", row.time, row.what, row.kind)
        rows.append(row)
        previous = day
    return rows


# --------------------------------------------------------------------------- the page
class _RoomyDelegate(QStyledItemDelegate):
    """Cells with some air around the text, readable on a projector (no style sheet: it would stop
    the table following the editor's zoom)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return super().sizeHint(option, index) + QSize(12, 8)


class PlanTable(QTableWidget):
    """The read-only cadence table; rows grow with wrapped text whenever the width changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)

    def fit_rows(self) -> None:
        self.resizeRowsToContents()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_rows)


class TrackCombo(QComboBox):
    """An editable list of step 6's nurture tracks; any name may be typed (emits ``value_edited``)."""

    value_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The workshop's undo stack takes Ctrl+Z; pasted control characters are cleaned.
        self.edit = CleanLineEdit(self)
        self.setLineEdit(self.edit)
        # No inline completion: what is shown is what is stored (the list offers the names).
        self.setCompleter(None)  # type: ignore[arg-type]  # Qt accepts none: no completer
        self.edit.setPlaceholderText(self.tr("a nurture track of step 6"))
        self.edit.value_edited.connect(self.value_edited.emit)
        self.activated.connect(lambda index: self.value_edited.emit(self.itemText(index)))
        self._names: tuple[str, ...] = ()

    def set_tracks(self, names: Sequence[str]) -> None:
        names = tuple(names)
        if names == self._names:
            return
        self._names = names
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItems(list(names))
            self.edit.setText(text)
            self.edit.setCursorPosition(cursor)
        finally:
            self.blockSignals(False)

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.currentText():
            self.setEditText(text)

    def value(self) -> str:
        return self.currentText()


class HandoffPage(StepPage):
    """Triggers, handed-over information, notification, SAL window, follow-up and reverse handoff,
    with the follow-up cadence of an example lead as a day-by-day plan."""

    def __init__(self, step: StepId = StepId.HANDOFF, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self._snapshot: WorkshopSnapshot | None = None
        self._workshop_id: str | None = None
        self._handoff_at: datetime | None = None  # None: the example handoff of the analysis
        self._shown_rows: list[PlanRow] = []
        self.editors: dict[str, Any] = {}  # the field editors of widgets.fields (value_edited, set_value)
        self.agreements: dict[str, ClauseAgreement] = {}
        self._paragraphs: list[tuple[QWidget, int]] = []  # paragraph fields and their height in lines

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self._build_triggers())
        layout.addWidget(self._build_notification())
        layout.addWidget(self._build_follow_up())
        layout.addWidget(self._build_reverse())
        layout.addWidget(self._build_cadence())
        layout.addStretch(1)
        self._fit_paragraphs()

    # ------------------------------------------------------------------ building
    def _group(self, title: str, name: str) -> tuple[QGroupBox, QVBoxLayout]:
        """A framed section with a bold heading (a label: a bold group-box font would make every
        field inside bold too, and a style sheet would stop the page following the editor's zoom)."""
        box = QGroupBox(self)
        box.setObjectName(name)
        inner = QVBoxLayout(box)
        inner.setSpacing(6)
        heading = QLabel(title, box)
        heading.setObjectName("sectionHeading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)  # only the weight is set: the size still follows the zoom
        heading.setFont(font)
        inner.addWidget(heading)
        return box, inner

    def _editor(self, name: str, parent: QWidget) -> Any:
        field = HANDOFF.field(name)
        editor: Any = make_editor(field, parent)
        editor.setObjectName(f"{HANDOFF.name}.{name}")
        editor.value_edited.connect(
            lambda value, n=name: self.ops_requested.emit(
                [SetField(HANDOFF.name, n, value)], (HANDOFF.name, n, None)
            )
        )
        self.editors[name] = editor
        return editor

    def _label(self, name: str, parent: QWidget, text: str | None = None) -> QLabel:
        label = QLabel((text or translate_label(HANDOFF.field(name).label)) + ":", parent)
        label.setBuddy(self.editors[name])
        return label

    def _agreement(self, key: str, parent: QWidget, caption: str) -> ClauseAgreement:
        control = ClauseAgreement(key, parent)
        control.setObjectName(f"clause.{key}")
        control.caption.setText(caption)
        control.setToolTip(self.tr("How far the room agrees on this section as a whole"))
        control.ops_requested.connect(self.ops_requested.emit)
        self.agreements[key] = control
        return control

    def _window_row(self, amount: str, unit: str, parent: QWidget) -> QWidget:
        """The amount and its unit on one line; a message about the amount spans the row below."""
        number = self._editor(amount, parent)
        _narrow(number, self._editor(unit, number))
        return number  # type: ignore[no-any-return]

    @staticmethod
    def _hint(text: str, parent: QWidget) -> QLabel:
        hint = QLabel(text, parent)
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setStyleSheet("QLabel { color: #555; }")
        return hint

    def _build_triggers(self) -> QGroupBox:
        box, inner = self._group(self.tr("Triggers and the information handed over"), "triggersSection")
        self.triggers = RowTableEditor(
            HANDOFF_TRIGGERS,
            box,
            columns=["kind", "description", "agreement"],
            new_row_values={"kind": TriggerKind.CONVERSION.value},
        )
        self.triggers.setObjectName("handoffTriggers")
        self.fields = RowTableEditor(
            HANDOFF_FIELDS,
            box,
            columns=["name", "required", "note", "agreement"],
            new_row_values={"required": True},
        )
        self.fields.setObjectName("handoffFields")
        for table, stretch in ((self.triggers, 1), (self.fields, 0)):
            header = table.view.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            header.resizeSection(table.model.columnCount() - 1, 190)
        self.threshold_hint = self._hint("", box)
        self.threshold_hint.setObjectName("thresholdHint")
        inner.addWidget(self._hint(self.tr("When does a lead go to Sales?"), box))
        inner.addWidget(self.triggers)
        inner.addWidget(self.threshold_hint)
        inner.addWidget(self._hint(self.tr("What travels with the lead?"), box))
        inner.addWidget(self.fields)
        for table in (self.triggers, self.fields):
            table.ops_requested.connect(self.ops_requested.emit)
        return box

    def _build_notification(self) -> QGroupBox:
        box, inner = self._group(self.tr("Notification and the SAL window"), "notificationSection")
        form = _form()
        notification = self._editor("notification", box)
        self._paragraphs.append((notification, 4))
        form.addRow(self._label("notification", box), notification)
        window = self._window_row("accept_within", "accept_unit", box)
        form.addRow(self._label("accept_within", box), window)
        inner.addLayout(form)
        inner.addWidget(self._agreement("handoff", box, self.tr("Agreement on the handoff:")))
        return box

    def _build_follow_up(self) -> QGroupBox:
        box, inner = self._group(self.tr("Follow-up by Sales"), "followUpSection")
        form = _form()
        first = self._window_row("first_contact_within", "first_contact_unit", box)
        form.addRow(self._label("first_contact_within", box), first)

        attempts = self._editor("attempts", box)
        self.capacity = QLabel(attempts)
        self.capacity.setObjectName("capacityLine")
        self.capacity.setTextFormat(Qt.TextFormat.PlainText)
        self.capacity.hide()
        _narrow(attempts, self.capacity)
        form.addRow(self._label("attempts", box), attempts)

        interval = self._editor("interval_days", box)
        _narrow(interval)
        form.addRow(self._label("interval_days", box), interval)

        # The channel line with, right below it, which channel each attempt uses and what is ignored.
        column_widget = QWidget(box)
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        channels = self._editor("channels", column_widget)
        channels.setPlaceholderText(self.tr("e.g. phone, e-mail, phone, video call"))
        column.addWidget(channels)
        self.chips = QLabel(column_widget)
        self.chips.setObjectName("channelChips")
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        self.chips.setWordWrap(True)
        self.chips.hide()
        column.addWidget(self.chips)
        self.channel_notes = NoticeBox(Level.WARNING, column_widget)
        self.channel_notes.setObjectName("channelNotices")
        column.addWidget(self.channel_notes)
        form.addRow(self._label("channels", box, self.tr("Channels, in order")), column_widget)

        recording = self._editor("recording", box)
        self._paragraphs.append((recording, 4))
        form.addRow(self._label("recording", box), recording)
        inner.addLayout(form)
        inner.addWidget(self._agreement("handoff.followup", box, self.tr("Agreement:")))
        return box

    def _build_reverse(self) -> QGroupBox:
        box, inner = self._group(self.tr("Reverse handoff: back to Marketing"), "reverseSection")
        form = _form()
        after = self._editor("return_after_attempts", box)
        _narrow(after, self._hint(self.tr("empty or 0: after the last agreed attempt"), after))
        form.addRow(self._label("return_after_attempts", box), after)
        reasons_column = QWidget(box)
        column = QVBoxLayout(reasons_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        reasons = self._editor("return_reasons", reasons_column)
        self._paragraphs.append((reasons, 3))
        column.addWidget(reasons)
        self.reasons_hint = self._hint("", reasons_column)
        self.reasons_hint.setObjectName("reasonsHint")
        column.addWidget(self.reasons_hint)
        form.addRow(self._label("return_reasons", box), reasons_column)
        self.track = TrackCombo(box)
        self.track.setObjectName(f"{HANDOFF.name}.return_track")
        self.track.value_edited.connect(
            lambda value: self.ops_requested.emit(
                [SetField(HANDOFF.name, "return_track", value)], (HANDOFF.name, "return_track", None)
            )
        )
        self.editors["return_track"] = self.track
        form.addRow(self._label("return_track", box), self.track)
        inner.addLayout(form)
        self.reverse_warnings = NoticeBox(Level.WARNING, box)
        self.reverse_warnings.setObjectName("reverseWarnings")
        inner.addWidget(self.reverse_warnings)
        inner.addWidget(self._agreement("handoff.reverse", box, self.tr("Agreement:")))
        return box

    def _build_cadence(self) -> QGroupBox:
        box, inner = self._group(self.tr("Follow-up cadence: one lead, day by day"), "cadenceSection")
        caption = QLabel(self.tr("Example handoff:"), box)
        caption.setToolTip(self.tr("Only for this plan: the example handoff is not stored"))
        self.handoff_edit = QDateTimeEdit(box)
        self.handoff_edit.setObjectName("exampleHandoff")
        self.handoff_edit.setCalendarPopup(True)
        self.handoff_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.handoff_edit.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
        self.handoff_edit.setMaximumDateTime(QDateTime(QDate(2099, 12, 31), QTime(23, 59)))
        caption.setBuddy(self.handoff_edit)
        buttons = QWidget(box)
        line = QHBoxLayout(buttons)
        line.setContentsMargins(0, 0, 0, 0)
        self.friday_button = QPushButton(self.tr("Try Friday 16:30"), buttons)
        self.friday_button.setToolTip(self.tr("A handoff late on a Friday shows how the weekend is skipped"))
        self.reset_button = QPushButton(self.tr("Reset"), buttons)
        line.addWidget(self.friday_button)
        line.addWidget(self.reset_button)
        self.reset_button.setToolTip(self.tr("Back to 10:00 on the workshop's first working day"))
        self.handoff_edit.setToolTip(caption.toolTip())
        # One row when the page is wide enough, the buttons below the date when it is not (zoom).
        self.controls = QGridLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self._controls_wide: bool | None = None
        self._watched: QWidget | None = None
        self._control_widgets = (caption, self.handoff_edit, buttons)
        self._arrange_controls(True)
        inner.addLayout(self.controls)
        self.summary = QLabel(box)
        self.summary.setObjectName("cadenceSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        inner.addWidget(self.summary)
        self.cadence_notes = NoticeBox(Level.NOTE, box)
        self.cadence_notes.setObjectName("cadenceNotes")
        self.cadence_problems = NoticeBox(Level.PROBLEM, box)
        self.cadence_problems.setObjectName("cadenceProblems")
        inner.addWidget(self.cadence_notes)
        inner.addWidget(self.cadence_problems)
        self.plan = PlanTable(box)
        self.plan.setObjectName("cadencePlan")
        self.plan.setHorizontalHeaderLabels(
            [self.tr("Business\nday"), self.tr("Date"), self.tr("Time"), self.tr("What happens")]
        )
        first = self.plan.horizontalHeaderItem(0)
        if first is not None:
            first.setToolTip(self.tr("Business day 1 is the day the clock starts"))
        self.plan.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.plan.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plan.verticalHeader().hide()
        self.plan.setWordWrap(True)
        self.plan.setItemDelegate(_RoomyDelegate(self.plan))
        self.plan.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.plan.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.plan.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Wrapped text needs the final column width: measure the rows again when it changes.
        header.sectionResized.connect(lambda *_: self.plan.fit_rows())
        self.plan.hide()
        inner.addWidget(self.plan)
        self.handoff_edit.dateTimeChanged.connect(self._handoff_changed)
        self.friday_button.clicked.connect(self.try_friday_afternoon)
        self.reset_button.clicked.connect(self.reset_handoff)
        return box

    # ------------------------------------------------------------------ the example handoff
    def handoff_at(self) -> datetime:
        value = self.handoff_edit.dateTime()
        day, moment = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())

    def set_handoff(self, when: datetime) -> None:
        """Plan for a handoff at ``when`` (what the facilitator does with the date-time field)."""
        self.handoff_edit.setDateTime(
            QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
        )

    def _show_handoff(self, when: datetime) -> None:
        if self.handoff_at() != when:
            self.handoff_edit.blockSignals(True)
            try:
                self.set_handoff(when)
            finally:
                self.handoff_edit.blockSignals(False)

    def _handoff_changed(self, *_args: object) -> None:
        self._handoff_at = self.handoff_at()
        if self._snapshot is not None:
            self._show_cadence(self._snapshot)

    def try_friday_afternoon(self) -> None:
        current = self.handoff_at().date()
        friday = current + timedelta(days=4 - current.weekday())
        self.set_handoff(datetime.combine(friday, time(16, 30)))

    def reset_handoff(self) -> None:
        self._handoff_at = None
        if self._snapshot is not None:
            self._show_handoff(example_handoff(self._snapshot))
            self._show_cadence(self._snapshot)

    # ------------------------------------------------------------------ showing a snapshot
    def load(self, snapshot: WorkshopSnapshot) -> None:
        if snapshot.id != self._workshop_id:
            self._workshop_id = snapshot.id
            self._handoff_at = None
        self._snapshot = snapshot
        rules = snapshot.single(HANDOFF.name)
        for name, editor in self.editors.items():
            editor.set_value(rules.get(name))
        self.triggers.set_rows(snapshot.rows_of(HANDOFF_TRIGGERS.name))
        self.fields.set_rows(snapshot.rows_of(HANDOFF_FIELDS.name))
        self._fit_tables()
        for key, control in self.agreements.items():
            clause = snapshot.clause(key)
            control.set_value(clause.state, clause.note)
        self._show_threshold(snapshot)
        self._show_channels(rules)
        self._show_capacity(snapshot)
        self._show_reverse(snapshot)
        self._show_cadence(snapshot)

    def _fit_tables(self) -> None:
        """Each table as tall as its rows (three to ten), so the page scrolls, not the table."""
        for table in (self.triggers, self.fields):
            view = table.view
            rows = min(max(table.model.rowCount(), 3), 10)
            height = (
                view.horizontalHeader().sizeHint().height()
                + rows * view.verticalHeader().defaultSectionSize()
                + 2 * view.frameWidth()
                + 2
            )
            if view.minimumHeight() != height or view.maximumHeight() != height:
                view.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            # After the tables have taken the new font (their own FontChange may come later).
            QTimer.singleShot(0, self, self._fit_tables)
            QTimer.singleShot(0, self, self._fit_plan)
            QTimer.singleShot(0, self, self._fit_paragraphs)
            self._controls_wide = None
            self._arrange_controls(self._available_width() >= self._one_row_width())
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # The page may be wider than its scroll area's viewport; the viewport's width decides.
        viewport = self.parentWidget()
        if viewport is not None and viewport is not self._watched:
            viewport.installEventFilter(self)
            self._watched = viewport
        self._arrange_controls(self._available_width() >= self._one_row_width())
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._arrange_controls(self._available_width() >= self._one_row_width())
        return False

    def _available_width(self) -> int:
        return self._watched.width() if self._watched is not None else self.width()

    def _one_row_width(self) -> int:
        """The page width the example-handoff controls need side by side (with the frame's margins)."""
        return sum(w.sizeHint().width() for w in self._control_widgets) + 2 * 8 + 60

    def _arrange_controls(self, wide: bool) -> None:
        if wide == self._controls_wide:
            return
        self._controls_wide = wide
        caption, edit, buttons = self._control_widgets
        for widget in self._control_widgets:
            self.controls.removeWidget(widget)
        self.controls.addWidget(caption, 0, 0)
        self.controls.addWidget(edit, 0, 1)
        if wide:
            self.controls.addWidget(buttons, 0, 2, Qt.AlignmentFlag.AlignLeft)
        else:
            self.controls.addWidget(buttons, 1, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
        self.controls.setColumnStretch(2, 1)

    def _fit_plan(self) -> None:
        self.plan.fit_rows()

    def _fit_paragraphs(self) -> None:
        """Paragraph fields a few lines high at the current zoom, so the page stays compact."""
        for editor, lines in self._paragraphs:
            height = editor.fontMetrics().height() * lines + 12
            if editor.maximumHeight() != height:
                editor.setMaximumHeight(height)

    def _show_threshold(self, snapshot: WorkshopSnapshot) -> None:
        uses_score = any(
            r.get("kind") == TriggerKind.SCORE_THRESHOLD.value
            for r in snapshot.rows_of(HANDOFF_TRIGGERS.name)
        )
        threshold = snapshot.single(SCORING.name).get("mql_threshold")
        if not uses_score:
            text = ""
        elif threshold is None:
            text = self.tr("A trigger uses the score threshold; step 4 has no MQL threshold yet.")
        else:
            text = self.tr("MQL threshold from step 4: {0} points.").format(
                QLocale().toString(int(threshold))
            )
        _set_text(self.threshold_hint, text)
        self.threshold_hint.setVisible(bool(text))

    def _attempts(self) -> int | None:
        value = self._snapshot.single(HANDOFF.name).get("attempts") if self._snapshot is not None else None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def _show_channels(self, rules: Row) -> None:
        reading = read_channels(rules.get("channels"))
        attempts = self._attempts()
        _set_text(self.chips, chips_html(reading, attempts))
        self.chips.setVisible(bool(reading.names))
        self.channel_notes.set_notices(channel_notices(reading, attempts))

    def _show_capacity(self, snapshot: WorkshopSnapshot) -> None:
        capacity = analyse(snapshot).capacity
        if capacity is None or capacity.utilisation_percent is None:
            self.capacity.hide()
            return
        shown = QLocale().toString(float(capacity.utilisation_percent), "f", 1)
        red = capacity.level is CapacityLevel.RED
        if red:
            text = self.tr("Capacity on step 2: {0} % — more than Sales can work").format(shown)
            colour = "#7a1010"
        elif capacity.level is CapacityLevel.AMBER:
            text = self.tr("Capacity on step 2: {0} % — little slack").format(shown)
            colour = "#5c4400"
        else:
            text = self.tr("Capacity on step 2: {0} %").format(shown)
            colour = "#1e6b34"
        _set_text(self.capacity, text)
        # Colour by palette and weight by font, not a style sheet: the label keeps following the zoom.
        palette = self.capacity.palette()
        if palette.color(QPalette.ColorRole.WindowText) != QColor(colour):
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            self.capacity.setPalette(palette)
        if self.capacity.font().bold() != red:
            font = self.capacity.font()
            font.setBold(red)
            self.capacity.setFont(font)
        self.capacity.setToolTip(self.tr("Sales' follow-up hours needed for the funnel's leads, from step 2"))
        self.capacity.show()

    def _track_names(self, snapshot: WorkshopSnapshot) -> list[str]:
        return [
            str(r.get("name") or "").strip() for r in snapshot.rows_of(NURTURE_TRACKS.name) if r.get("name")
        ]

    def _show_reverse(self, snapshot: WorkshopSnapshot) -> None:
        names = self._track_names(snapshot)
        self.track.set_tracks(names)
        reasons = [r for r in snapshot.rows_of(REASONS.name) if str(r.get("code") or "").strip()]
        if reasons:
            codes = ", ".join(
                _short(str(r["code"]).strip()) + (" ♻" if r.get("recycle") else "") for r in reasons[:30]
            )
            more = len(reasons) - 30
            if more > 0:
                codes += " " + _tr("and {0} more").format(more)
            text = self.tr("Reasons of step 3: {0} (♻ = recycled to nurturing)").format(codes)
        else:
            text = ""
        _set_text(self.reasons_hint, text)
        self.reasons_hint.setVisible(bool(text))
        warnings: list[str] = []
        plan = analyse(snapshot, handoff_at=self._handoff_at).cadence
        if plan is not None:
            warnings.extend(plan.warnings)
        track = str(snapshot.single(HANDOFF.name).get("return_track") or "").strip()
        if track and names and track not in names:
            warnings.append(
                self.tr(
                    "“{0}” is not a nurture track of step 6: pick one from the list or add it there."
                ).format(_short(track))
            )
        self.reverse_warnings.set_notices(warnings)

    def _show_cadence(self, snapshot: WorkshopSnapshot) -> None:
        rules = snapshot.single(HANDOFF.name)
        result = analyse(snapshot, handoff_at=self._handoff_at)
        self._show_handoff(result.cadence_handoff_at)
        plan = result.cadence
        missing = [
            translate_label(HANDOFF.field(name).label)
            for name in ("first_contact_within", "attempts", "interval_days", "accept_within")
            if rules.get(name) is None
        ]
        if not str(rules.get("channels") or "").strip():
            missing.append(self.tr("Channels"))
        if plan is None:
            self.cadence_notes.set_notices(
                [
                    self.tr(
                        "Enter the first-contact time, the number of attempts and the business days between "
                        "them: the plan of a handed-over lead appears here, day by day."
                    )
                ]
            )
            self.cadence_problems.set_notices([])
            self._set_plan([])
            _set_text(self.summary, "")
            self.summary.hide()
            return
        notes = [self.tr("Still to enter: {0}.").format(", ".join(missing))] if missing else []
        problems = [
            p.message
            for p in plan.problems
            if not (
                _CADENCE_FIELDS.get(p.field) is not None
                and (
                    rules.get(_CADENCE_FIELDS[p.field]) is None
                    or (p.field == "channels" and not str(rules.get("channels") or "").strip())
                )
            )
        ]
        self.cadence_notes.set_notices(notes)
        self.cadence_problems.set_notices(problems)
        track = str(rules.get("return_track") or "").strip()
        rows = plan_rows(plan, result.cadence_handoff_at, rules, track)
        self._set_plan(rows)
        summary = self._summary(plan, rows)
        _set_text(self.summary, summary)
        self.summary.setVisible(bool(summary))

    def _summary(self, plan: CadencePlan, rows: Sequence[PlanRow]) -> str:
        start = plan.clock_starts_at
        back = plan.return_to_marketing
        if start is None or back is None:
            return ""
        attempts = len(plan.attempts)
        return self.tr(
            "{attempts} over {days}: the lead handed over on {handoff} goes back to Marketing on "
            "business day {back} ({date}) if Sales never reaches it. Business days are Monday to Friday; "
            "the clock starts within business hours (09:00–17:00)."
        ).format(
            attempts=self.tr("1 attempt") if attempts == 1 else self.tr("{0} attempts").format(attempts),
            days=self.tr("{0} business days").format(back.business_day),
            handoff=f"{_date_text(self.handoff_at().date())} {_time_text(self.handoff_at())}",
            back=back.business_day,
            date=_date_text(back.day),
        )

    def _set_plan(self, rows: list[PlanRow]) -> None:
        if rows == self._shown_rows:
            return
        self._shown_rows = rows
        self.plan.setRowCount(len(rows))
        italic = QFont(self.plan.font())
        italic.setItalic(True)
        for number, row in enumerate(rows):
            background = {
                EventKind.FIRST_CONTACT_DEADLINE.value: _DEADLINE_BACKGROUND,
                EventKind.ACCEPT_DEADLINE.value: _DEADLINE_BACKGROUND,
                EventKind.RETURN_TO_MARKETING.value: _RETURN_BACKGROUND,
                "start": _START_BACKGROUND,
            }.get(row.kind)
            for column, text in enumerate((row.business_day, row.date, row.time, row.what)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if background is not None:
                    item.setBackground(background)
                if row.kind in ("weekend", "handoff"):
                    item.setForeground(_WEEKEND_COLOUR)
                    item.setFont(italic)
                self.plan.setItem(number, column, item)
        self.plan.fit_rows()
        self.plan.setVisible(bool(rows))

    def plan_texts(self) -> list[tuple[str, str, str, str]]:
        """The cadence table as the room reads it (business day, date, time, what happens)."""
        return [(r.business_day, r.date, r.time, r.what) for r in self._shown_rows]

    # ------------------------------------------------------------------ review jumps and pending input
    def _reveal(self, widget: QWidget) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 40, 40)

    def show_target(self, entity: str, row_id: str | None = None, field: str = "", clause: str = "") -> bool:
        target: QWidget | None = None
        if clause in self.agreements:
            control = self.agreements[clause]
            target = control.state
        elif entity == HANDOFF_TRIGGERS.name:
            target = self.triggers if self.triggers.show_row(row_id, field) else None
        elif entity == HANDOFF_FIELDS.name:
            target = self.fields if self.fields.show_row(row_id, field) else None
        elif entity == HANDOFF.name or (not entity and field):
            name = _CADENCE_FIELDS.get(field, field)
            if name in self.editors:
                target = self.editors[name]
            elif field in ("handoff_at", "business_hours"):
                target = self.handoff_edit
            elif field in ("channel_mode", "return_after_business_days"):
                target = self.editors["channels" if field == "channel_mode" else "interval_days"]
            elif not field:
                target = self.editors["first_contact_within"]
        if target is None:
            return False
        self._reveal(target)
        target.setFocus()
        return True

    def pending_messages(self) -> str:
        found = [
            e.message.text() for e in self.editors.values() if isinstance(e, CheckedField) and e.has_error()
        ]
        found.extend(m for m in (self.triggers.pending_messages(), self.fields.pending_messages()) if m)
        return "\n".join(found)

    def notices(self) -> dict[str, list[str]]:
        """What the page says in place, by box (for tests and the review of a screenshot)."""
        boxes: Iterable[tuple[str, NoticeBox]] = (
            ("channels", self.channel_notes),
            ("reverse", self.reverse_warnings),
            ("cadence_notes", self.cadence_notes),
            ("cadence_problems", self.cadence_problems),
        )
        return {name: list(box.messages) if box.isVisibleTo(self) else [] for name, box in boxes}


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # zoomed in: the field below its label
    return form


def _narrow(number: Any, *beside: QWidget) -> None:
    """A number field's box as wide as a few digits, with ``beside`` after it on its line; the field
    itself keeps the row's width, so its message (below the line) is not squeezed."""
    number.edit.setMaximumWidth(number.fontMetrics().averageCharWidth() * 12)
    labelled = False
    for widget in beside:
        number.row.addSpacing(6)
        if isinstance(widget, QLabel):  # a note beside the box takes the rest of the line, wrapping
            widget.setWordWrap(True)
            number.row.addWidget(widget, 1)
            labelled = True
        else:
            number.row.addWidget(widget)
    if not labelled:
        number.row.addStretch(1)


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


__all__ = ["HandoffPage", "PAGE", "ChannelReading", "PlanRow", "plan_rows", "read_channels"]

PAGE = HandoffPage
