"""The sign-off dialog: every signatory approves version N with their typed name and the date; a
drawn signature is optional.

The dialog shows what is being signed — the version number, the fingerprint that will be recorded
and printed on the signature page, and the parked items that the agreement lists as open points —
and checks each approval in place before anything is stored (typed name matching the signatory,
a plausible date). Signing goes through a ``sign(approvals)`` callable (the review page's, which
calls ``SignOffService.sign_off``); whatever it refuses is shown in the dialog, which stays open
with everything typed and drawn still there.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model.enums import Department
from slaworkshop.model.errors import StoreError
from slaworkshop.model.signing import SIGNATORIES
from slaworkshop.services.review import Finding
from slaworkshop.services.signoff import MAX_TYPED_NAME, ApprovalInput, SignOffRefused, SignOffResult

from .i18n import tr_message
from .widgets.fields import ERROR_STYLE, choice_label
from .widgets.signature_pad import SignaturePad

EARLIEST_APPROVAL = date(2000, 1, 1)
"""The service refuses approvals dated earlier; the dialog says so before it is asked."""
MAX_REASONS_SHOWN = 8

Signer = Callable[[list[ApprovalInput]], SignOffResult]


def shortened(text: str, limit: int = 80) -> str:
    """One line of at most ``limit`` characters, for titles and messages (the value stays whole)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def typed_name_problem(typed: str, name: str) -> str:
    """Why ``typed`` does not approve for the signatory ``name`` ("" when it does).

    The typed name confirms who approves: it must be the name on the signatory list (letter case
    and spacing aside), without control characters and at most ``MAX_TYPED_NAME`` characters.
    """
    control = next((c for c in typed if unicodedata.category(c) in ("Cc", "Cs")), None)
    if control is not None:
        return QCoreApplication.translate(
            "SignOffDialog",
            "The typed name contains an invisible control character (U+{0:04X}); type the name again.",
        ).format(ord(control))
    if not typed.strip():
        return QCoreApplication.translate("SignOffDialog", "Type “{0}” here to approve.").format(
            shortened(name)
        )
    if len(typed) > MAX_TYPED_NAME:
        return QCoreApplication.translate(
            "SignOffDialog", "The typed name is {0:,} characters long; at most {1}."
        ).format(len(typed), MAX_TYPED_NAME)
    if _normalised(typed) != _normalised(name):
        shown = shortened(typed, 60)
        return QCoreApplication.translate(
            "SignOffDialog",
            "“{0}” does not match the signatory “{1}”. Type the name as listed, or correct the list of "
            "signatories first.",
        ).format(shown, shortened(name))
    return ""


def approval_date_problem(value: date, today: date) -> str:
    """Why ``value`` is not a date to approve on ("" when it is): not after today, not before 2000."""
    if value > today:
        return QCoreApplication.translate(
            "SignOffDialog", "{0} lies in the future; an approval is dated today or earlier."
        ).format(value.isoformat())
    if value < EARLIEST_APPROVAL:
        return QCoreApplication.translate(
            "SignOffDialog", "{0} is not a plausible approval date (the earliest is {1})."
        ).format(value.isoformat(), EARLIEST_APPROVAL.isoformat())
    return ""


def grouped_fingerprint(fingerprint: str) -> str:
    """64 hex digits as two lines of four groups of eight, easy to read out and compare."""
    groups = [fingerprint[i : i + 8] for i in range(0, len(fingerprint), 8)]
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def signatory_line(row: Mapping[str, Any]) -> str:
    """``Ann Smith — Head of Marketing, Marketing · Marketing lead`` (what is known of them)."""
    department = str(row.get("department") or "")
    if department in {d.value for d in Department}:
        department = choice_label(SIGNATORIES.field("department"), Department(department))
    details = ", ".join(p for p in (str(row.get("title") or ""), department) if p)
    role = shortened(str(row.get("role") or ""), 60)
    line = shortened(str(row.get("name") or ""))
    if details:
        line += " — " + shortened(details, 100)
    if role:
        line += " · " + role
    return line


class ApprovalEditor(QGroupBox):
    """One signatory's approval: typed name, date, optional drawn signature, and its problems."""

    def __init__(self, row: Mapping[str, Any], today: date, parent: QWidget | None = None) -> None:
        super().__init__(signatory_line(row), parent)
        self.setObjectName("approval")
        self.signatory_id = str(row["id"])
        self.name = str(row.get("name") or "")
        self.typed = QLineEdit(self)
        self.typed.setObjectName("typedName")
        self.typed.setPlaceholderText(shortened(self.name))
        self.typed.setMaxLength(MAX_TYPED_NAME * 50)  # longer is refused with a message, not cut
        self.typed.setAccessibleName(self.tr("Typed name of {0}").format(shortened(self.name)))
        self.date = QDateEdit(self)
        self.date.setObjectName("approvedOn")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        # A wide range, so a wrong date can be typed and is then explained, not silently clamped.
        self.date.setDateRange(QDate(1900, 1, 1), QDate(2199, 12, 31))
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.date.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.pad = SignaturePad(self)
        self.clear_button = QPushButton(self.tr("Clear signature"), self)
        self.clear_button.setObjectName("clearSignature")
        self.clear_button.clicked.connect(self.pad.clear)
        self.clear_button.setEnabled(False)
        self.pad.changed.connect(lambda: self.clear_button.setEnabled(not self.pad.is_empty()))
        self.name_message = QLabel(self)
        self.date_message = QLabel(self)
        for message in (self.name_message, self.date_message):
            message.setStyleSheet(ERROR_STYLE)
            message.setWordWrap(True)
            message.setTextFormat(Qt.TextFormat.PlainText)
            message.hide()
        self.typed.textEdited.connect(lambda _text: self._clear(self.typed, self.name_message))
        self.date.dateChanged.connect(lambda _date: self._clear(self.date, self.date_message))

        pad_row = QVBoxLayout()
        pad_row.setSpacing(4)
        pad_row.addWidget(self.pad)
        pad_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Typed name *"), self.typed)
        form.addRow("", self.name_message)
        form.addRow(self.tr("Date *"), self.date)
        form.addRow("", self.date_message)
        form.addRow(self.tr("Signature"), pad_row)

    @staticmethod
    def _clear(widget: QWidget, message: QLabel) -> None:
        widget.setStyleSheet("")
        message.hide()

    def approved_on(self) -> date:
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def check(self, today: date) -> tuple[QWidget, QLabel] | None:
        """Show the problems in place; the first field to correct with its message, or None when
        all is well."""
        first: tuple[QWidget, QLabel] | None = None
        for widget, message, problem in (
            (self.typed, self.name_message, typed_name_problem(self.typed.text(), self.name)),
            (self.date, self.date_message, approval_date_problem(self.approved_on(), today)),
        ):
            message.setText(problem)
            message.setVisible(bool(problem))
            widget.setStyleSheet("QLineEdit, QDateEdit { border: 2px solid #b3261e; }" if problem else "")
            if problem and first is None:
                first = (widget, message)
        return first

    def approval(self) -> ApprovalInput:
        png = self.pad.to_png()
        return ApprovalInput(
            self.signatory_id, self.approved_on(), " ".join(self.typed.text().split()), png or None
        )


class SignOffDialog(QDialog):
    """Collect every signatory's approval of version ``number`` and sign it through ``sign``."""

    def __init__(
        self,
        number: int,
        fingerprint: str,
        signatories: Sequence[Mapping[str, Any]],
        parked: Sequence[Finding],
        sign: Signer,
        *,
        title: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signOffDialog")
        if parent is not None:
            self.setFont(parent.font())  # the editor's zoom: a dialog is a window of its own
        self.today = today or date.today()
        self.number = number
        self.fingerprint = fingerprint
        self._sign = sign
        self.result_: SignOffResult | None = None
        self.setWindowTitle(self.tr("Sign off version {0}").format(number))

        heading = QLabel(self.tr("Sign off version {0}").format(number), self)
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(self.font().pointSizeF() * 1.3)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        intro = QLabel(
            self.tr(
                "Each signatory approves version {0}{1} by typing their name as listed and the date. "
                "A drawn signature is optional. Once signed, version {0} cannot be changed; later "
                "edits start draft {2}."
            ).format(number, f" — {title}" if title else "", number + 1),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        print_box = QGroupBox(self.tr("Fingerprint recorded and printed on the signature page"), self)
        self.fingerprint_label = QLabel(grouped_fingerprint(fingerprint), print_box)
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.05)
        self.fingerprint_label.setFont(mono)
        self.fingerprint_label.setToolTip(
            self.tr("SHA-256 of the agreement's content; any change to the content changes it.")
        )
        print_layout = QVBoxLayout(print_box)
        print_layout.addWidget(self.fingerprint_label)

        parked_box = QGroupBox(self.tr("Open points in the agreement"), self)
        if parked:
            parked_text = (
                self.tr("These parked items are listed in the agreement as open points:")
                + "\n"
                + "\n".join(f"• {tr_message(f.message)}" for f in parked)
            )
        else:
            parked_text = self.tr("Nothing is parked: the agreement lists no open points.")
        self.parked_label = QLabel(parked_text, parked_box)
        self.parked_label.setObjectName("parkedItems")
        self.parked_label.setWordWrap(True)
        self.parked_label.setTextFormat(Qt.TextFormat.PlainText)
        parked_layout = QVBoxLayout(parked_box)
        parked_layout.addWidget(self.parked_label)

        self.approvals = [ApprovalEditor(row, self.today, self) for row in signatories]

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(intro)
        content_layout.addWidget(print_box)
        content_layout.addWidget(parked_box)
        for editor in self.approvals:
            editor.setParent(content)
            content_layout.addWidget(editor)
        content_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.content_area = scroll

        self.message = QLabel(self)
        self.message.setObjectName("signOffMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(
            self.tr("Sign version {0}").format(number), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName("signButton")
        self.sign_button.setDefault(True)
        self.sign_button.setEnabled(bool(self.approvals))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_sign)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._fit()
        if self.approvals:
            self.approvals[0].typed.setFocus()

    def _fit(self) -> None:
        """Wide enough for the fingerprint and a comfortable signature pad; as tall as the content,
        within the screen (the content scrolls)."""
        metrics = self.fontMetrics()
        width = max(metrics.averageCharWidth() * 78, self.fingerprint_label.sizeHint().width() + 120)
        available = self.screen().availableGeometry() if self.screen() is not None else None
        content = self.content_area.widget()
        height = (content.sizeHint().height() if content is not None else 400) + metrics.height() * 8
        if available is not None:
            width = min(width, int(available.width() * 0.92))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)

    def _reveal(self, field: QWidget, message: QLabel) -> None:
        """Scroll so the field and its message below it are both in view."""
        self.content_area.ensureWidgetVisible(message, 20, 20)
        self.content_area.ensureWidgetVisible(field, 20, 20)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def try_sign(self) -> bool:
        """Check every approval, then sign; on any refusal the dialog stays open with all input."""
        first: tuple[QWidget, QLabel] | None = None
        for editor in self.approvals:
            problem = editor.check(self.today)
            if problem is not None and first is None:
                first = problem
        if first is not None:
            field, message = first
            self.show_message(self.tr("Nothing was signed: correct the marked fields."))
            field.setFocus()
            self._reveal(field, message)
            QTimer.singleShot(0, self, lambda: self._reveal(field, message))  # once laid out
            return False
        approvals = [editor.approval() for editor in self.approvals]
        try:
            result = self._sign(approvals)
        except SignOffRefused as refused:
            shown = [f"• {tr_message(r)}" for r in refused.reasons[:MAX_REASONS_SHOWN]]
            if len(refused.reasons) > MAX_REASONS_SHOWN:
                shown.append(self.tr("… and {0} more").format(len(refused.reasons) - MAX_REASONS_SHOWN))
            self.show_message(self.tr("Nothing was signed:") + "\n" + "\n".join(shown))
            return False
        except StoreError as error:
            self.show_message(self.tr("Nothing was signed: {0}").format(tr_message(error)))
            return False
        except Exception as error:  # noqa: BLE001 - whatever went wrong, the typed input stays
            self.show_message(
                self.tr("Nothing was signed: {0}").format(tr_message(error) or error.__class__.__name__)
            )
            return False
        self.result_ = result
        self.show_message("")
        self.accept()
        return True


__all__ = [
    "ApprovalEditor",
    "SignOffDialog",
    "approval_date_problem",
    "grouped_fingerprint",
    "signatory_line",
    "typed_name_problem",
]
