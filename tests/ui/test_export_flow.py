"""Exporting from the review page: the file asked for is written in the background, the result can
be opened, characters the PDF cannot draw are announced first, failures are reported, not raised."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from slaworkshop.services.ops import SetField
from slaworkshop.services.progress import StepId
from slaworkshop.ui import export_flow
from slaworkshop.ui.export_flow import AfterExport, suggested_name
from slaworkshop.ui.steps.review import ReviewPage

from ..export.readers import docx_text, pdf_text
from .test_editor import Env, env, migrated_db  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    state: dict[str, Any] = {
        "path": tmp_path / "out" / "agreement",
        "after": AfterExport.OPEN,
        "anyway": False,
    }
    state["path"].parent.mkdir()
    state["asked_characters"] = []
    state["failures"] = []
    state["opened"] = []
    monkeypatch.setattr(
        export_flow, "ask_path", lambda parent, suggested, fmt: state["path"].with_suffix(f".{fmt}")
    )
    monkeypatch.setattr(export_flow, "ask_after_export", lambda parent, path, seconds: state["after"])
    monkeypatch.setattr(
        export_flow,
        "ask_export_anyway",
        lambda parent, chars: state["asked_characters"].append(chars) or state["anyway"],
    )
    monkeypatch.setattr(
        export_flow, "show_failure", lambda parent, message: state["failures"].append(message)
    )
    monkeypatch.setattr(
        export_flow, "open_url", lambda url: state["opened"].append(url.toLocalFile()) or True
    )
    return state


def review(env: Env) -> ReviewPage:
    env.editor.go_to_step(StepId.SIGN_OFF)
    page = env.editor.page(StepId.SIGN_OFF)
    assert isinstance(page, ReviewPage)
    return page


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_export_button_writes_what_was_typed(
    qtbot: Any, env: Env, answers: dict[str, Any], fmt: str
) -> None:
    env.editor.request([SetField("workshop", "client", "Zebra Logistics & Söhne <GmbH>")])
    page = review(env)
    button = page.pdf_button if fmt == "pdf" else page.docx_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    target = answers["path"].with_suffix(f".{fmt}")
    qtbot.waitUntil(lambda: bool(answers["opened"]), timeout=60_000)
    assert answers["opened"] == [str(target)]
    text = pdf_text(target) if fmt == "pdf" else docx_text(target)
    assert "Zebra Logistics & Söhne <GmbH>" in text


def test_show_in_folder_opens_the_folder(qtbot: Any, env: Env, answers: dict[str, Any]) -> None:
    answers["after"] = AfterExport.SHOW_FOLDER
    qtbot.mouseClick(review(env).pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answers["opened"]), timeout=60_000)
    assert answers["opened"] == [str(answers["path"].parent)]


def test_characters_the_font_cannot_draw_are_announced_and_cancel_keeps_the_disk_untouched(
    qtbot: Any, env: Env, answers: dict[str, Any]
) -> None:
    env.editor.request([SetField("workshop", "title", "Kick-off 𓀀 ꙮ")])
    qtbot.mouseClick(review(env).pdf_button, Qt.MouseButton.LeftButton)
    assert answers["asked_characters"] and "𓀀" in answers["asked_characters"][0]
    assert not answers["path"].with_suffix(".pdf").exists()
    assert not list(answers["path"].parent.iterdir())


def test_a_folder_that_cannot_be_written_gives_a_message(
    qtbot: Any, env: Env, answers: dict[str, Any]
) -> None:
    answers["path"] = answers["path"].parent / "missing" / "deeper" / "agreement"
    qtbot.mouseClick(review(env).pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answers["failures"]), timeout=60_000)
    assert answers["failures"][0]
    assert not answers["opened"]


def test_the_suggested_name_is_safe_for_every_file_system(env: Env) -> None:
    snapshot = env.editor.snapshot()
    assert snapshot is not None
    hostile = snapshot.__class__(
        snapshot.id,
        snapshot.revision,
        snapshot.updated_at,
        snapshot.created_at,
        {"client": 'A/B\\C:D*E?"F<G>|H\x00' + "x" * 500, "title": "../../etc/passwd"},
    )
    name = suggested_name(hostile, "pdf", "Draft 2")
    assert name.endswith(".pdf") and len(name) <= 130
    assert not any(c in name for c in '/\\:*?"<>|\x00')
    assert (
        suggested_name(
            snapshot.__class__(snapshot.id, 1, snapshot.updated_at, snapshot.created_at, {}), "docx"
        )
        == "SLA.docx"
    )
