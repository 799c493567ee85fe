"""Step 8, Governance & escalation: how the SLA is kept alive after the workshop.

Meetings: how often the SLA team meets, the core team picked from step 0's participants (stored as
their ids separated by spaces in ``governance.core_team``; two to four people, both departments —
the page warns otherwise, with the messages of ``services.review``), and who keeps the minutes and the
action items. Then the standing agenda (what each side reports), the escalation ladder, the pilot
phase, the term (review and renewal dates, how amendments are made) and the scope (what stays
separate, training, exclusions). Each of the four sections is agreed as a whole with its clause.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QCompleter,
    QFormLayout,
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

from slaworkshop.export.formatting import long_date
from slaworkshop.model.enums import DEPARTMENT_LABELS, Department, TimeUnit
from slaworkshop.model.fields import PARTICIPANTS
from slaworkshop.model.steps import AGENDA, ESCALATION, GOVERNANCE
from slaworkshop.model.text import clean_text
from slaworkshop.services.analysis import CORE_TEAM_MAX, CORE_TEAM_MIN, CoreTeamIssue, analyse, core_team_ids
from slaworkshop.services.ops import SetField
from slaworkshop.services.progress import StepId
from slaworkshop.services.review import CORE_TEAM_MESSAGES
from slaworkshop.services.snapshot import Row, WorkshopSnapshot

from ..widgets.agreement import ClauseAgreement
from ..widgets.fields import CleanLineEdit, CleanTextEdit, translate_label
from ..widgets.form import EntityForm
from ..widgets.notice import Level, NoticeBox
from ..widgets.table import RowTableEditor
from .base import StepPage
from .definitions import arrange_columns, reveal, wrap_rows

CLAUSES = ("governance.meetings", "governance.pilot", "governance.term", "governance.scope")
KEEPERS = ("minutes_keeper", "actions_keeper")
PILOT_FIELDS = ("pilot_start", "pilot_end", "pilot_criteria")
TERM_FIELDS = ("review_date", "renewal_date", "amendments")
SCOPE_FIELDS = ("kept_separate", "training", "exclusions")
AGENDA_COLUMNS = ("topic", "agreement", "marketing_reports", "sales_reports")
ESCALATION_COLUMNS = ("level", "who", "within", "within_unit", "agreement", "trigger")
# Widths in average characters; the last column takes the rest and long texts wrap.
AGENDA_WIDTHS = {"topic": 22, "agreement": 13, "marketing_reports": 30}
ESCALATION_WIDTHS = {"level": 8, "who": 22, "within": 9, "within_unit": 14, "agreement": 13}
MAX_LEVEL = 20
_ID = Qt.ItemDataRole.UserRole


def core_team_message(issue: CoreTeamIssue) -> str:
    """The review step's message for a core-team issue (one wording for the page and the review)."""
    return QCoreApplication.translate("review", CORE_TEAM_MESSAGES[issue])


def next_level(rows: Sequence[Row]) -> int | None:
    """The level a new escalation row gets: one above the highest (1 for the first); ``None`` once
    the highest allowed level is taken."""
    levels = [r.get("level") for r in rows]
    highest = max((n for n in levels if isinstance(n, int) and not isinstance(n, bool)), default=0)
    return highest + 1 if highest < MAX_LEVEL else None


def toggled_team(stored: Sequence[str], people: Sequence[str], person: str, picked: bool) -> list[str]:
    """The core team after ticking (``picked``) or unticking ``person``: members in the order of
    step 0, then ids that are no longer participants (kept, so an undo in step 0 brings them back)."""
    chosen = set(stored)
    if picked:
        chosen.add(person)
    else:
        chosen.discard(person)
    known = [p for p in people if p in chosen]
    gone = [i for i in dict.fromkeys(stored) if i not in set(people) and i in chosen]
    return known + gone


class RoomyRows(QStyledItemDelegate):
    """List rows with some air, so a tick box is easy to hit on a touch screen or with a projector
    remote."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), option.fontMetrics.height() + 12))
        view = self.parent()
        if isinstance(view, QTreeWidget) and view.wordWrap():  # a long role takes more lines
            width = view.header().sectionSize(index.column()) - 12
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if width > 0 and text:
                flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
                lines = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
                size.setHeight(max(size.height(), lines.height() + 10))
        return size


class NameCombo(QComboBox):
    """A name typed freely or picked from the participants; ``value_edited`` for the user's edits."""

    value_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.edit = CleanLineEdit(self)  # the workshop's undo, control characters stripped
        self.setLineEdit(self.edit)
        self._value = ""
        self._names: list[str] = []
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.edit.value_edited.connect(self._edited)
        self.activated.connect(lambda _index: self._edited(self.currentText()))
        completer.activated.connect(self._edited)
        self.edit.editingFinished.connect(lambda: self._edited(self.edit.text()))

    def _edited(self, text: object) -> None:
        value = clean_text(str(text or ""), multiline=False)
        if value != self._value:
            self._value = value
            self.value_edited.emit(value)

    def set_names(self, names: Sequence[str]) -> None:
        if list(names) == self._names:
            return
        self._names = list(names)
        text, position = self.edit.text(), self.edit.cursorPosition()
        with QSignalBlocker(self):
            self.clear()
            self.addItems(self._names)
            self.setCurrentIndex(-1)
            self.edit.setText(text)
            self.edit.setCursorPosition(position)
        completer = self.completer()
        if completer is not None:
            completer.setModel(QStringListModel(self._names, completer))

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        self._value = text
        if self.edit.text() != text:
            with QSignalBlocker(self):
                self.edit.setText(text)

    def value(self) -> str:
        return self._value


class GovernancePage(StepPage):
    """Meetings and core team, standing agenda, escalation ladder, pilot, term and scope."""

    shows_guidance = False

    def __init__(self, step: StepId = StepId.GOVERNANCE, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        # Columns are arranged again once a zoom or resize has settled (a timer owned by the page:
        # a pending call dies with it when the workshop is closed).
        self._arrange_later = QTimer(self)
        self._arrange_later.setSingleShot(True)
        self._arrange_later.setInterval(0)
        self._arrange_later.timeout.connect(self._arrange)
        self.language = "en"
        self._loading = False
        self._team: list[str] = []  # the stored core team ids
        self._people: list[str] = []  # participant ids in the order of step 0
        self._items: list[QTreeWidgetItem] = []  # the core team list's rows, one per participant
        self.clauses: dict[str, ClauseAgreement] = {}
        self.forms: list[EntityForm] = []
        self.stacking_rows: list[QBoxLayout] = []  # parts side by side, stacked when narrow
        line = self.fontMetrics().lineSpacing()

        # -- meetings and core team
        meetings = QGroupBox(self.tr("Meetings and core team"), self)
        meetings.setObjectName("meetingsBox")
        self.meetings_form = self._form(meetings, ("review_cadence",))
        # Labels above their fields: the column beside the core team stays readable at any zoom.
        self.meetings_form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.keepers: dict[str, NameCombo] = {}
        for name in KEEPERS:
            combo = NameCombo(meetings)
            combo.setObjectName(f"governance.{name}")
            combo.edit.setPlaceholderText(self.tr("a participant, or any name"))
            label = QLabel(translate_label(GOVERNANCE.field(name).label) + ":", meetings)
            label.setBuddy(combo)
            self.meetings_form.layout_.addRow(label, combo)
            combo.value_edited.connect(
                lambda value, n=name: self.ops_requested.emit(
                    [SetField(GOVERNANCE.name, n, value)], (GOVERNANCE.name, n, None)
                )
            )
            self.keepers[name] = combo

        self.core_team = QTreeWidget(meetings)
        self.core_team.setObjectName("governance.core_team")
        self.core_team.setColumnCount(3)
        self.core_team.setHeaderLabels([self.tr("Name"), self.tr("Department"), self.tr("Role")])
        self.core_team.setRootIsDecorated(False)
        self.core_team.setItemDelegate(RoomyRows(self.core_team))
        self.core_team.setUniformRowHeights(False)
        self.core_team.setWordWrap(True)  # a long role wraps instead of being cut
        self.core_team.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.core_team.setAlternatingRowColors(True)
        self.core_team.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.core_team.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.core_team.header().setStretchLastSection(True)
        self.core_team.header().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.core_team.setMinimumHeight(line * 9)
        self.core_team.setToolTip(
            self.tr("Tick the people who prepare and run the review meetings: two to four, from both sides.")
        )
        self.core_team.itemChanged.connect(self._person_toggled)
        self._relayout_team = QTimer(self)  # wrapped roles take their heights once the widths settle
        self._relayout_team.setSingleShot(True)
        self._relayout_team.setInterval(0)
        self._relayout_team.timeout.connect(self._fit_team_height)
        self.core_team.header().sectionResized.connect(lambda *_: self._relayout_team.start())
        team_label = QLabel(
            self.tr("Core team (tick {0} to {1} participants):").format(CORE_TEAM_MIN, CORE_TEAM_MAX)
        )
        team_label.setBuddy(self.core_team)
        self.team_summary = QLabel(meetings)
        self.team_summary.setObjectName("coreTeamSummary")
        self.team_summary.setWordWrap(True)
        self.team_warnings = NoticeBox(Level.WARNING, meetings)
        self.team_warnings.setObjectName("coreTeamWarnings")
        self.team_note = NoticeBox(Level.NOTE, meetings)
        self.team_note.setObjectName("coreTeamNote")
        self.drop_gone = QPushButton(self.tr("Remove who is no longer a participant"), meetings)
        self.drop_gone.setObjectName("dropGoneMembers")
        self.drop_gone.clicked.connect(self.drop_former_members)
        self.drop_gone.hide()

        team_column = QVBoxLayout()
        team_column.addWidget(team_label)
        team_column.addWidget(self.core_team, 1)
        team_column.addWidget(self.team_summary)
        left = QVBoxLayout()
        left.addWidget(self.meetings_form)
        left.addWidget(self.team_warnings)
        left.addWidget(self.drop_gone, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.team_note)
        left.addStretch(1)
        # Side by side, the list of people gets the larger share (names, departments and roles);
        # narrow (zoomed for the room), the list goes below the fields.
        self.meeting_columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.addLayout(left, 1)
        columns.addLayout(team_column, 2)
        meetings_layout = QVBoxLayout(meetings)
        meetings_layout.addLayout(columns)
        meetings_layout.addWidget(self._clause("governance.meetings", meetings))

        # -- standing agenda
        agenda_box = QGroupBox(self.tr("Standing agenda of the review meeting"), self)
        agenda_box.setObjectName("agendaBox")
        self.agenda_note = NoticeBox(Level.NOTE, agenda_box)
        self.agenda_note.setObjectName("agendaNote")
        self.agenda = RowTableEditor(AGENDA, agenda_box, columns=AGENDA_COLUMNS)
        self.agenda.setObjectName("agenda")
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda_note)
        agenda_layout.addWidget(self.agenda)

        # -- escalation ladder
        ladder_box = QGroupBox(self.tr("Escalation ladder"), self)
        ladder_box.setObjectName("escalationBox")
        self.escalation_note = NoticeBox(Level.NOTE, ladder_box)
        self.escalation_note.setObjectName("escalationNote")
        self.escalation = RowTableEditor(
            ESCALATION,
            ladder_box,
            columns=ESCALATION_COLUMNS,
            new_row_values={"level": 1, "within_unit": TimeUnit.BUSINESS_DAYS.value},
        )
        self.escalation.setObjectName("escalation")
        self.escalation_warnings = NoticeBox(Level.WARNING, ladder_box)
        self.escalation_warnings.setObjectName("escalationWarnings")
        ladder_layout = QVBoxLayout(ladder_box)
        ladder_layout.addWidget(self.escalation_note)
        ladder_layout.addWidget(self.escalation)
        ladder_layout.addWidget(self.escalation_warnings)

        # -- pilot and term: the dates on the left, what they mean on the right
        pilot_box = QGroupBox(self.tr("Pilot phase"), self)
        pilot_box.setObjectName("pilotBox")
        self.pilot_problem = NoticeBox(Level.PROBLEM, pilot_box)
        self.pilot_problem.setObjectName("pilotProblem")
        self._dated_section(pilot_box, PILOT_FIELDS, "governance.pilot", self.pilot_problem)
        term_box = QGroupBox(self.tr("Term and amendments"), self)
        term_box.setObjectName("termBox")
        self._dated_section(term_box, TERM_FIELDS, "governance.term")
        for name, text in (
            (
                "pilot_criteria",
                self.tr("When is the pilot a success? e.g. service levels kept in 80 % of cases"),
            ),
            ("amendments", self.tr("Who may propose a change, who agrees, and how it is signed")),
        ):
            self._editor(name).setPlaceholderText(text)

        # -- scope: three texts side by side
        scope_box = QGroupBox(self.tr("Scope"), self)
        scope_box.setObjectName("scopeBox")
        scope_row = QHBoxLayout()
        self.scope_forms: dict[str, EntityForm] = {}
        for name in SCOPE_FIELDS:
            form = self._form(scope_box, (name,), wrap=True)
            scope_row.addWidget(form, 1)
            self.scope_forms[name] = form
        placeholders = {
            "kept_separate": self.tr("e.g. budgets, tools, internal processes"),
            "training": self.tr("Who is trained on what, and when?"),
            "exclusions": self.tr("e.g. force majeure, CRM outages, agreed holidays"),
        }
        for name, text in placeholders.items():
            self.scope_forms[name].editor(name).setPlaceholderText(text)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addLayout(scope_row)
        scope_layout.addWidget(self._clause("governance.scope", scope_box))

        layout = QVBoxLayout(self)
        layout.addWidget(meetings)
        layout.addWidget(agenda_box)
        layout.addWidget(ladder_box)
        layout.addWidget(pilot_box)
        layout.addWidget(term_box)
        layout.addWidget(scope_box)
        layout.addStretch(1)

        for table in (self.agenda, self.escalation):
            table.ops_requested.connect(self.ops_requested.emit)
        self._arrange()
        for table in (self.agenda, self.escalation):
            table.view.viewport().installEventFilter(self)
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(0)
        self._rewrap.timeout.connect(self._wrap)
        for table in (self.agenda, self.escalation):
            table.view.horizontalHeader().sectionResized.connect(lambda *_: self._rewrap.start())

    def _form(self, parent: QWidget, fields: Sequence[str], *, wrap: bool = False) -> EntityForm:
        form = EntityForm(GOVERNANCE, parent, fields=fields)
        form.layout_.setContentsMargins(0, 0, 0, 0)
        if wrap:  # labels above the fields: the columns are narrow next to the guidance panel
            form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        line = self.fontMetrics().lineSpacing()
        for name in fields:
            editor = form.editor(name)
            if isinstance(editor, CleanTextEdit):
                editor.setMinimumHeight(line * 3 + 12)
                editor.setMaximumHeight(line * 5 + 12)
        form.ops_requested.connect(self.ops_requested.emit)
        self.forms.append(form)
        return form

    def _editor(self, name: str) -> Any:
        return next(form.editor(name) for form in self.forms if name in form.editors)

    def _dated_section(
        self, box: QGroupBox, fields: Sequence[str], clause: str, notice: NoticeBox | None = None
    ) -> None:
        """Two dates in a form on the left, the section's text on the right, the clause below."""
        dates = self._form(box, fields[:2])
        text = self._form(box, fields[2:], wrap=True)
        left = QVBoxLayout()
        left.addWidget(dates)
        if notice is not None:
            left.addWidget(notice)
        left.addStretch(1)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.addLayout(left, 1)
        row.addWidget(text, 1)
        self.stacking_rows.append(row)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self._clause(clause, box))

    def _clause(self, key: str, parent: QWidget) -> ClauseAgreement:
        control = ClauseAgreement(key, parent)
        control.setObjectName(f"clause.{key}")
        control.ops_requested.connect(self.ops_requested.emit)
        self.clauses[key] = control
        return control

    NARROW_CHARS = 72
    """Narrower than this many average characters (zoomed for the room beside the guidance), the
    boxes' side-by-side parts stack, so the page never scrolls sideways."""

    def _arrange(self) -> None:
        narrow = self.width() < self.NARROW_CHARS * self.fontMetrics().averageCharWidth()
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        for row in (self.meeting_columns, *self.stacking_rows):
            if row.direction() != direction:
                row.setDirection(direction)
        arrange_columns(self.agenda, AGENDA_WIDTHS)
        arrange_columns(self.escalation, ESCALATION_WIDTHS)
        self._fit_team()

    def _fit_team_height(self) -> None:
        """The rows take their (wrapped) heights; the list shows up to eight people without scrolling."""
        tree = self.core_team
        tree.doItemsLayout()
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        rows = [tree.visualItemRect(item).height() for item in items if item is not None]
        line = self.fontMetrics().lineSpacing()
        height = tree.header().sizeHint().height() + 2 * tree.frameWidth() + sum(rows[:8]) + 2
        height = max(line * 9, height)
        if tree.minimumHeight() != height:
            tree.setMinimumHeight(height)

    def _fit_team(self) -> None:
        """Names and departments as wide as they are, the roles the rest (wrapped when long)."""
        tree = self.core_team
        header = tree.header()
        header.setStretchLastSection(True)
        limit = 24 * tree.fontMetrics().averageCharWidth()
        room = tree.viewport().width()
        for column in range(2):
            width = min(tree.sizeHintForColumn(column) + 6, limit)
            heading = header.fontMetrics().horizontalAdvance(tree.headerItem().text(column)) + 24
            width = max(width, min(heading, limit))
            if room > 200:  # the role keeps at least a third
                width = min(width, room // 3)
            if tree.columnWidth(column) != width:
                tree.setColumnWidth(column, width)
        self._relayout_team.start()  # wrapped roles: the rows take their new heights

    def _wrap(self) -> None:
        wrap_rows(self.agenda)
        wrap_rows(self.escalation)

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

    # ------------------------------------------------------------------ showing
    def load(self, snapshot: WorkshopSnapshot) -> None:
        self.language = str(snapshot.value("language") or "en")
        values = {**GOVERNANCE.defaults(), **snapshot.single(GOVERNANCE.name)}
        for form in self.forms:
            form.set_values(values)
        people = snapshot.rows_of(PARTICIPANTS.name)
        names = list(dict.fromkeys(str(p.get("name") or "").strip() for p in people if p.get("name")))
        for name, combo in self.keepers.items():
            combo.set_names(names)
            combo.set_value(values.get(name) or "")
        for key, control in self.clauses.items():
            clause = snapshot.clause(key)
            control.set_value(clause.state, clause.note)
        self._show_core_team(snapshot, people, values.get("core_team"))

        for table, entity in ((self.agenda, AGENDA), (self.escalation, ESCALATION)):
            rows = snapshot.rows_of(entity.name)
            first = not table.model.rows and bool(rows)
            table.set_rows(rows)
            if first:
                arrange_columns(table, AGENDA_WIDTHS if table is self.agenda else ESCALATION_WIDTHS)
            else:
                wrap_rows(table)
        ladder = snapshot.rows_of(ESCALATION.name)
        level = next_level(ladder)
        if level is None:
            self.escalation.new_row_values.pop("level", None)
        else:
            self.escalation.new_row_values["level"] = level
        self.agenda_note.set_notices(self._agenda_notes(snapshot.rows_of(AGENDA.name)))
        self.escalation_note.set_notices(self._ladder_notes(ladder))
        self.escalation_warnings.set_notices(self._ladder_warnings(ladder))
        self.pilot_problem.set_notices(self._pilot_problems(values))

    def _show_core_team(self, snapshot: WorkshopSnapshot, people: Sequence[Row], stored: object) -> None:
        self._team = core_team_ids(stored)
        self._people = [str(p["id"]) for p in people]
        picked = set(self._team)
        tree = self.core_team
        self._loading = True
        try:
            with QSignalBlocker(tree):
                fit = [str(item.data(0, _ID)) for item in self._items] != self._people
                if fit:
                    tree.clear()
                    self._items = []
                    for person in people:
                        item = QTreeWidgetItem(tree)
                        self._items.append(item)
                        item.setData(0, _ID, str(person["id"]))
                        item.setFlags(
                            Qt.ItemFlag.ItemIsEnabled
                            | Qt.ItemFlag.ItemIsSelectable
                            | Qt.ItemFlag.ItemIsUserCheckable
                        )
                        item.setCheckState(0, Qt.CheckState.Unchecked)  # shows the box
                for number, (person, item) in enumerate(zip(people, self._items, strict=True)):
                    texts = (
                        str(person.get("name") or "").split("\n", 1)[0][:200]
                        or self.tr("Participant {0}").format(number + 1),
                        self._department(person.get("department")),
                        str(person.get("role") or "").split("\n", 1)[0][:200],
                    )
                    for column, text in enumerate(texts):
                        if item.text(column) != text:
                            item.setText(column, text)
                            item.setToolTip(column, text if len(text) > 20 else "")
                    state = Qt.CheckState.Checked if str(person["id"]) in picked else Qt.CheckState.Unchecked
                    if item.checkState(0) != state:
                        item.setCheckState(0, state)
            if fit:
                self._fit_team()
                tree.viewport().update()
        finally:
            self._loading = False

        team = analyse(snapshot).core_team
        counts: dict[str, int] = {}
        for member in team.members:
            label = self._department(member.get("department")) or self.tr("no department")
            counts[label] = counts.get(label, 0) + 1
        if team.members:
            self.team_summary.setText(
                self.tr("{0} picked: {1}").format(
                    len(team.members), ", ".join(f"{label} {count}" for label, count in counts.items())
                )
            )
        else:
            self.team_summary.setText(self.tr("Nobody picked yet.") if people else "")
        self.team_warnings.set_notices([core_team_message(issue) for issue in team.issues])
        self.drop_gone.setVisible(CoreTeamIssue.UNKNOWN_MEMBER in team.issues)
        notes = []
        if not people:
            notes.append(
                self.tr(
                    "Nobody is listed in step 0 yet: add the participants there, then pick the core team here."
                )
            )
        elif not team.picked:
            notes.append(
                self.tr(
                    "Who prepares and runs the review meetings? Tick two to four participants, from "
                    "Marketing and from Sales."
                )
            )
        self.team_note.set_notices(notes)

    @staticmethod
    def _department(value: object) -> str:
        try:
            return QCoreApplication.translate("fields", DEPARTMENT_LABELS[Department(str(value))])
        except ValueError:
            return ""

    def _agenda_notes(self, rows: Sequence[Row]) -> list[str]:
        if rows:
            return []
        return [
            self.tr(
                "What is on the agenda of every review meeting, and what does each side bring? E.g. the SLA "
                "KPIs against target, lead quality and rejection reasons, upcoming campaigns, open actions."
            )
        ]

    def _ladder_notes(self, rows: Sequence[Row]) -> list[str]:
        if rows:
            return []
        return [
            self.tr(
                "What happens when a service level is missed? Each level says after what, who steps in, and "
                "within how long — e.g. the team leads within 2 business days, then the heads of department."
            )
        ]

    def _ladder_warnings(self, rows: Sequence[Row]) -> list[str]:
        seen: dict[int, int] = {}
        for row in rows:
            level = row.get("level")
            if isinstance(level, int) and not isinstance(level, bool):
                seen[level] = seen.get(level, 0) + 1
        return [
            self.tr("Level {0} appears {1} times: give each step of the ladder its own level.").format(
                level, count
            )
            for level, count in sorted(seen.items())
            if count > 1
        ]

    def _pilot_problems(self, values: Mapping[str, Any]) -> list[str]:
        start, end = values.get("pilot_start"), values.get("pilot_end")
        if isinstance(start, date) and isinstance(end, date) and end < start:
            return [
                self.tr("The pilot ends on {0}, before it starts on {1}: check the two dates.").format(
                    long_date(end, self.language), long_date(start, self.language)
                )
            ]
        return []

    # ------------------------------------------------------------------ edits
    def _person_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0:
            return
        person = str(item.data(0, _ID))
        picked = item.checkState(0) == Qt.CheckState.Checked
        team = toggled_team(self._team, self._people, person, picked)
        if team != self._team:
            self._team = team
            self.ops_requested.emit([SetField(GOVERNANCE.name, "core_team", " ".join(team))], None)

    def drop_former_members(self) -> None:
        """Take ids that are no longer participants out of the core team (one undo step)."""
        team = [i for i in self._team if i in set(self._people)]
        if team != self._team:
            self._team = team
            self.ops_requested.emit([SetField(GOVERNANCE.name, "core_team", " ".join(team))], None)

    # ------------------------------------------------------------------ review jumps, close
    def show_target(self, entity: str, row_id: str | None = None, field: str = "", clause: str = "") -> bool:
        if clause:
            control = self.clauses.get(clause)
            if control is None:
                return False
            control.state.setFocus()
            reveal(control)
            return True
        if entity == GOVERNANCE.name:
            widget: QWidget | None = None
            if field == "core_team":
                widget = self.core_team
            elif field in self.keepers:
                widget = self.keepers[field]
            elif any(field in form.editors for form in self.forms):
                widget = self._editor(field)
            if widget is None:
                return False
            widget.setFocus()
            reveal(widget)
            return True
        for spec, table in ((AGENDA, self.agenda), (ESCALATION, self.escalation)):
            if entity == spec.name:
                shown = table.show_row(row_id, field)
                reveal(table)
                return shown
        return False

    def pending_messages(self) -> str:
        messages = [form.pending_messages() for form in self.forms]
        messages += [self.agenda.pending_messages(), self.escalation.pending_messages()]
        return "\n".join(m for m in messages if m)


PAGE = GovernancePage
