"""File → Document style…: choosing a consultancy's style file (checked first; a bad one is explained
and the previous choice stays), going back to the built-in style, and every export of the window
in the chosen look — or, when the chosen file has gone, no export and a message saying how to fix it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from slaworkshop.export.style import load_style
from slaworkshop.services.signoff import SignOffService
from slaworkshop.ui import style_dialog
from slaworkshop.ui.settings import KEY_DOCUMENT_STYLE, chosen_style_file, set_style_file
from slaworkshop.ui.style_dialog import StyleDialog
from tests.export.readers import docx_header_text, pdf_fonts
from tests.export.test_branding import (
    HEADER_TEXT,
    PRIMARY,
    contoso_logo,
    copy_templates,
    edit_style,
    rename_font,
)
from tests.services.signing_helpers import sign, signable

from .test_editor import Env, env, migrated_db  # noqa: F401 - the fixtures are shared
from .test_export_flow import answers, review

__all__ = ["answers", "env", "migrated_db"]


@pytest.fixture
def contoso(tmp_path: Path) -> Path:
    style_file = copy_templates(tmp_path / "contoso")
    root = style_file.parent.parent
    for font in (root / "fonts").glob("*.ttf"):
        rename_font(font)
    contoso_logo(root / "style" / "contoso-logo.png")
    base = docx.Document(str(root / "docx" / "base.docx"))
    base.sections[0].header.add_paragraph(HEADER_TEXT)
    base.save(str(root / "docx" / "base.docx"))
    edit_style(
        style_file,
        lambda raw: (
            raw["colours"].update(primary=PRIMARY),
            raw["fonts"].update(family="Contoso Sans"),
            raw.update(logo="style/contoso-logo.png"),
        ),
    )
    return style_file


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def picked(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """What the file dialog answers (``path``; None: cancelled) and what it was asked."""
    state: dict[str, Any] = {"path": None, "asked": []}

    def get_open_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
        state["asked"].append(args)
        return (str(state["path"]) if state["path"] else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    return state


def dialog_of(qtbot: Any, settings: QSettings) -> StyleDialog:
    dialog = StyleDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_the_built_in_style(qtbot: Any, settings: QSettings) -> None:
    dialog = dialog_of(qtbot, settings)
    assert dialog.current_label.text() == "Built-in style"
    assert not dialog.builtin_button.isEnabled() and dialog.error_label.isHidden()
    built_in = load_style()
    assert dialog.preview.swatches["primary"].toolTip() == f"primary: {built_in.colour('primary')}"
    assert built_in.fonts.family in dialog.preview.font_label.text()
    assert dialog.preview.logo.pixmap() is not None and not dialog.preview.logo.pixmap().isNull()


def test_choosing_a_style_file_keeps_it_in_the_settings(
    qtbot: Any, settings: QSettings, contoso: Path, picked: dict[str, Any]
) -> None:
    dialog = dialog_of(qtbot, settings)
    picked["path"] = contoso
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert picked["asked"] and "*.json" in picked["asked"][0][3]
    assert chosen_style_file(settings) == contoso
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value(KEY_DOCUMENT_STYLE) == str(
        contoso
    )
    assert dialog.current_label.toolTip() == str(contoso) and dialog.error_label.isHidden()
    assert dialog.preview.swatches["primary"].toolTip() == f"primary: {PRIMARY}"
    assert "Contoso Sans" in dialog.preview.font_label.text()
    assert dialog.preview.logo.pixmap().width() == 150  # the 240 × 64 logo at 40 px high
    assert dialog.builtin_button.isEnabled()
    # Cancelling the file dialog changes nothing.
    picked["path"] = None
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert chosen_style_file(settings) == contoso

    qtbot.mouseClick(dialog.builtin_button, Qt.MouseButton.LeftButton)
    assert chosen_style_file(settings) is None and dialog.current_label.text() == "Built-in style"


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        (lambda f: f.write_text("{not json", encoding="utf-8"), "not valid JSON"),
        (lambda f: edit_style(f, lambda raw: raw["fonts"].update(bold="../../x.ttf")), "leads out"),
        (lambda f: edit_style(f, lambda raw: raw.update(logo="style/pdf.json")), "not a readable PNG"),
        (lambda f: f.write_bytes(b" " * 300_000), "small JSON file"),
    ],
)
def test_a_bad_style_file_is_explained_and_the_previous_choice_stays(
    qtbot: Any,
    settings: QSettings,
    contoso: Path,
    picked: dict[str, Any],
    tmp_path: Path,
    spoil: Any,
    expected: str,
) -> None:
    set_style_file(settings, contoso)
    bad = copy_templates(tmp_path / "bad")
    spoil(bad)
    dialog = dialog_of(qtbot, settings)
    picked["path"] = bad
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert expected in dialog.error_label.text() and "stays as it was" in dialog.error_label.text()
    assert chosen_style_file(settings) == contoso
    assert dialog.current_label.toolTip() == str(contoso)


def test_a_chosen_style_that_has_gone_is_shown_as_missing(
    qtbot: Any, settings: QSettings, tmp_path: Path
) -> None:
    gone = tmp_path / "gone" / "style" / "pdf.json"
    set_style_file(settings, gone)
    dialog = dialog_of(qtbot, settings)
    assert dialog.error_label.isVisible() and str(gone) in dialog.error_label.text()
    assert "File → Document style" in dialog.error_label.text() and dialog.preview.isHidden()
    qtbot.mouseClick(dialog.builtin_button, Qt.MouseButton.LeftButton)
    assert chosen_style_file(settings) is None and dialog.error_label.isHidden()


# --------------------------------------------------------------------------- exports use the style


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_editor_exports_in_the_chosen_style(
    qtbot: Any, env: Env, answers: dict[str, Any], contoso: Path, fmt: str
) -> None:
    set_style_file(env.settings, contoso)
    assert env.editor.export_agreement(fmt)
    target = answers["path"].with_suffix(f".{fmt}")
    qtbot.waitUntil(lambda: bool(answers["opened"]), timeout=60_000)
    assert answers["failures"] == []
    if fmt == "docx":
        assert HEADER_TEXT in docx_header_text(target)
    else:
        names = {name.split("+")[-1] for name, _ in pdf_fonts(target)}
        assert "ContosSans" in names and not any("DejaVu" in n for n in names)


def test_no_export_when_the_chosen_style_has_gone(
    qtbot: Any, env: Env, answers: dict[str, Any], contoso: Path
) -> None:
    set_style_file(env.settings, contoso)
    contoso.unlink()
    assert not env.editor.export_agreement("pdf")
    assert len(answers["failures"]) == 1
    assert str(contoso) in answers["failures"][0] and "Document style" in answers["failures"][0]
    assert not answers["path"].with_suffix(".pdf").exists() and list(answers["path"].parent.iterdir()) == []


def test_a_style_broken_after_choosing_it_fails_the_export_with_its_reason(
    qtbot: Any, env: Env, answers: dict[str, Any], contoso: Path
) -> None:
    set_style_file(env.settings, contoso)
    (contoso.parent.parent / "style" / "contoso-logo.png").write_bytes(b"not a picture")
    assert env.editor.export_agreement("pdf")
    qtbot.waitUntil(lambda: bool(answers["failures"]), timeout=60_000)
    assert "not a readable PNG or JPEG image" in answers["failures"][0]
    assert list(answers["path"].parent.iterdir()) == []


def test_a_signed_version_is_exported_in_the_chosen_style(
    qtbot: Any, env: Env, answers: dict[str, Any], contoso: Path
) -> None:
    ready = signable(env.service)
    signoff = SignOffService(env.service.store, env.service)
    sign(signoff, ready)
    env.editor.open_workshop(ready.workshop_id)
    set_style_file(env.settings, contoso)
    page = review(env)
    assert page.export_version("docx", 1)
    target = answers["path"].with_suffix(".docx")
    qtbot.waitUntil(lambda: bool(answers["opened"]), timeout=60_000)
    assert HEADER_TEXT in docx_header_text(target)
    assert signoff.verify(target).verified
    contoso.unlink()
    assert not page.export_version("pdf", 1)
    assert str(contoso) in answers["failures"][-1]


def test_the_file_menu_opens_the_dialog(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch, ui_settings: QSettings
) -> None:
    shown: list[StyleDialog] = []
    monkeypatch.setattr(StyleDialog, "exec", lambda self: shown.append(self) or 0)
    window = make_window()
    action = next(a for a in window.file_menu.actions() if a.objectName() == "actionDocumentStyle")
    assert action.text() == "Document st&yle…"
    action.trigger()
    assert len(shown) == 1 and shown[0].settings is ui_settings


def test_the_missing_style_message_names_the_way_out(tmp_path: Path) -> None:
    text = style_dialog.missing_style_message(tmp_path / "x.json")
    assert str(tmp_path / "x.json") in text and "built-in style" in text
