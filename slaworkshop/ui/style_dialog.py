"""File → Document style…: which look the exported agreement has — the built-in style or a
consultancy's own style file (logo, colours, fonts, base .docx; see docs/branding.md).

A chosen file is checked completely (``slaworkshop.export.style.check_style``) before it becomes the
setting; a bad one shows the check's message here and the previous choice stays. Every export of the
window asks :func:`style_for_export` first: a chosen style file that has gone since is reported with
the way out, never quietly replaced by another look.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.export.files import ExportError
from slaworkshop.export.style import Style, check_style, load_style

from . import export_flow
from .dialogs import ERROR_STYLE
from .i18n import tr_message
from .settings import chosen_style_file, set_style_file

SWATCHES = ("primary", "accent", "text", "muted", "rule", "table_header_background", "table_stripe", "draft")
"""The colours the preview shows, as named in the style file."""

_PATH_WIDTH = 560
_preview_families: dict[str, str] = {}


def _tr(text: str) -> str:
    return QCoreApplication.translate("StyleDialog", text)


def missing_style_message(style_file: Path) -> str:
    return _tr(
        "The document style chosen in the settings is missing:\n{0}\n\nNothing was exported, so that the "
        "agreement does not quietly get another look. Put the file back, or choose a style under "
        "File → Document style… (or use the built-in style there)."
    ).format(style_file)


def style_for_export(parent: QWidget, settings: QSettings) -> tuple[bool, Path | None]:
    """``(True, file)`` to export with the chosen style file (None: the built-in style), or
    ``(False, None)`` after telling the user that the chosen file is missing."""
    style_file = chosen_style_file(settings)
    if style_file is not None and not style_file.is_file():
        export_flow.show_failure(parent, missing_style_message(style_file))
        return False, None
    return True, style_file


def _font_family(font_file: Path) -> str:
    """The family Qt knows ``font_file`` under (loaded once), or "" if Qt cannot read it."""
    key = str(font_file)
    if key not in _preview_families:
        font_id = QFontDatabase.addApplicationFont(key)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _preview_families[key] = families[0] if families else ""
    return _preview_families[key]


class StylePreview(QGroupBox):
    """The logo, the colour swatches and the fonts of a style, as the documents will show them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        layout = QFormLayout(self)
        self.logo = QLabel()
        self.logo.setMinimumHeight(40)
        self.swatches: dict[str, QLabel] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for name in SWATCHES:
            swatch = QLabel()
            swatch.setFixedSize(34, 22)
            swatch.setFrameShape(QFrame.Shape.Box)
            self.swatches[name] = swatch
            row.addWidget(swatch)
        row.addStretch(1)
        self.font_label = QLabel()
        self.font_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sample = QLabel("Aa Ää Łł Čč 0123 €")
        self.sample.setTextFormat(Qt.TextFormat.PlainText)
        self.page_label = QLabel()
        self.page_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addRow(self.tr("Logo"), self.logo)
        layout.addRow(self.tr("Colours"), row)
        layout.addRow(self.tr("Fonts"), self.font_label)
        layout.addRow("", self.sample)
        layout.addRow(self.tr("Page"), self.page_label)

    def show_style(self, style: Style) -> None:
        pixmap = QPixmap(str(style.logo)) if style.logo is not None else QPixmap()
        if pixmap.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("(no logo)"))
        else:
            self.logo.setPixmap(
                pixmap.scaledToHeight(40, Qt.TransformationMode.SmoothTransformation)
                if pixmap.height() > 40
                else pixmap
            )
        for name, swatch in self.swatches.items():
            colour = style.colour(name)
            swatch.setStyleSheet(f"background-color: {colour}; border: 1px solid #888;")
            swatch.setToolTip(f"{name.replace('_', ' ')}: {colour}")
        self.font_label.setText(
            self.tr("PDF: {0} · Word: {1}").format(style.fonts.family, style.fonts.docx_family)
        )
        family = _font_family(style.fonts.regular)
        font = QFont(self.font())
        if family:
            font.setFamily(family)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.sample.setFont(font)
        margins = style.margins_mm
        self.page_label.setText(
            self.tr("{0}, margins {1:g} / {2:g} / {3:g} / {4:g} mm (top, bottom, left, right)").format(
                style.page_size, margins["top"], margins["bottom"], margins["left"], margins["right"]
            )
        )


class StyleDialog(QDialog):
    """Shows the current document style and lets the user choose a style file or the built-in one."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Document style"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The exported agreement (DOCX and PDF) takes its logo, colours, fonts and Word "
                "template from the document style. A consultancy can use its own style file."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        current = QFormLayout()
        self.current_label = QLabel()
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        current.addRow(self.tr("Current style:"), self.current_label)
        layout.addLayout(current)
        self.preview = StylePreview(self)
        layout.addWidget(self.preview)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)  # room freed by a hidden message goes below, not between the rows
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose_button = QPushButton(self.tr("Choose style file…"))
        self.builtin_button = QPushButton(self.tr("Use the built-in style"))
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.builtin_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_button.clicked.connect(self.choose_file)
        self.builtin_button.clicked.connect(self.use_builtin)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self.refresh()

    @property
    def style_file(self) -> Path | None:
        return chosen_style_file(self.settings)

    def refresh(self) -> None:
        """Show the chosen style (and a message if it cannot be used any more)."""
        style_file = self.style_file
        self._show_error("")
        if style_file is None:
            self._set_current(self.tr("Built-in style"), "")
        else:
            self._set_current(str(style_file), str(style_file))
        self.builtin_button.setEnabled(style_file is not None)
        try:
            style = load_style(style_file)
        except ExportError as error:
            self.preview.hide()
            if style_file is not None and not style_file.is_file():
                self._show_error(missing_style_message(style_file))
            else:
                self._show_error(tr_message(error))
            return
        self.preview.show_style(style)
        self.preview.show()

    def _set_current(self, text: str, tooltip: str) -> None:
        metrics = QFontMetrics(self.current_label.font())
        self.current_label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, _PATH_WIDTH))
        self.current_label.setToolTip(tooltip)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def choose_file(self) -> bool:
        """Ask for a style file; a good one becomes the setting, a bad one is explained here."""
        current = self.style_file
        start = str(current.parent) if current is not None and current.parent.is_dir() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a document style"), start, self.tr("Document style (*.json)")
        )
        if not name:
            return False
        return self.choose(Path(name))

    def choose(self, path: Path) -> bool:
        try:
            check_style(path)
        except ExportError as error:
            self.refresh()
            self._show_error(
                self.tr("This style file cannot be used; the document style stays as it was.\n{0}").format(
                    tr_message(error)
                )
            )
            return False
        set_style_file(self.settings, path.absolute())
        self._show_error("")
        self.refresh()
        return True

    def use_builtin(self) -> None:
        set_style_file(self.settings, None)
        self._show_error("")
        self.refresh()
