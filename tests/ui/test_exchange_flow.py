"""File → Export workshop… / Import workshop… in the window, and a workshop file opened from the
command line: the real menu actions, the real preview dialog's buttons, what ends up in the library;
a hostile file shows its message and leaves the library and the database as they were."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from slaworkshop.exchange.container import write_container
from slaworkshop.services.exchange import export_file
from slaworkshop.services.ops import SetField
from slaworkshop.services.sample import create_sample
from slaworkshop.services.signoff import SignOffService
from slaworkshop.services.workshops import WorkshopService
from slaworkshop.ui import exchange_flow
from slaworkshop.ui.exchange_flow import ImportPreviewDialog
from slaworkshop.ui.main_window import MainWindow
from tests.exchange.corpus import HERE
from tests.services.signing_helpers import sign, signable


def database_bytes(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.sqlite3*")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def answer_open(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """QFileDialog.getOpenFileName answers ``path`` (None: cancelled); returns the captions asked."""
    asked: list[str] = []

    def fake(parent: Any, caption: str = "", folder: str = "", filters: str = "", *a: Any) -> tuple[str, str]:
        asked.append(caption)
        assert "*.slaw" in filters
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    return asked


def answer_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    suggested: list[str] = []

    def fake(parent: Any, caption: str = "", name: str = "", filters: str = "", *a: Any) -> tuple[str, str]:
        suggested.append(name)
        return (str(path), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return suggested


def preview_dialog(qtbot: Any, window: MainWindow) -> ImportPreviewDialog:
    qtbot.waitUntil(lambda: window.exchange.dialog is not None and window.exchange.dialog.isVisible())
    dialog = window.exchange.dialog
    assert dialog is not None
    return dialog


def click(qtbot: Any, dialog: ImportPreviewDialog, name: str) -> None:
    button = dialog.findChild(type(dialog.buttons[exchange_flow.ImportChoice.CANCEL]), f"choice_{name}")
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def message(qtbot: Any, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.exchange.message is not None and window.exchange.message.isVisible())
    box = window.exchange.message
    assert box is not None
    return box


@pytest.fixture
def window(qtbot: Any, make_window: Any) -> MainWindow:
    made: MainWindow = make_window()
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.fixture
def elsewhere(tmp_path: Path, ui_service: WorkshopService) -> Path:
    """A workshop file from another computer: a signed sample with a drawn venue."""
    from slaworkshop.model.db import open_store

    store = open_store(None, tmp_path / "laptop", daily_backup=False)
    service = WorkshopService(store)
    workshop_id = create_sample(service, "en")
    service.apply(workshop_id, None, [SetField("workshop", "venue", "On the train")])
    path = export_file(service, workshop_id, tmp_path / "from the laptop.slaw")
    store.close()
    return path


def test_the_file_menu_offers_export_and_import(window: MainWindow, ui_service: WorkshopService) -> None:
    titles = [a.text().replace("&", "") for a in window.file_menu.actions() if not a.isSeparator()]
    assert "Import workshop…" in titles and "Export workshop…" in titles
    assert titles.index("Export workshop…") < titles.index("Library")
    flow = window.exchange
    assert flow.import_action is not None and flow.import_action.isEnabled()
    assert flow.export_action is not None and not flow.export_action.isEnabled()  # nothing selected
    workshop_id = ui_service.create("Northwind", "Kick-off")
    window.library.refresh()
    window.library.select(workshop_id)
    assert flow.export_action.isEnabled()


def test_import_shows_the_preview_then_adds_the_workshop(
    qtbot: Any,
    window: MainWindow,
    ui_service: WorkshopService,
    elsewhere: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = answer_open(monkeypatch, elsewhere)
    assert window.exchange.import_action is not None
    window.exchange.import_action.trigger()
    assert asked == ["Import workshop"]
    dialog = preview_dialog(qtbot, window)
    assert dialog.values["client"].text() == "Calder Robotics Ltd"
    assert dialog.values["title"].text() == "Marketing–Sales SLA 2027"
    assert dialog.values["versions"].text() == "none signed"
    assert dialog.values["last_change"].text()
    assert set(dialog.buttons) == {exchange_flow.ImportChoice.IMPORT, exchange_flow.ImportChoice.CANCEL}
    with qtbot.waitSignal(window.exchange.imported) as imported:
        click(qtbot, dialog, "import")
    (workshop_id,) = imported.args
    assert ui_service.get(workshop_id).value("venue") == "On the train"
    assert workshop_id in window.library.model.ids()
    assert window.library.selected_id() == workshop_id
    assert window.statusBar().currentMessage() == "Workshop imported."


def test_an_existing_workshop_asks_copy_or_replace_and_cancel_changes_nothing(
    qtbot: Any,
    window: MainWindow,
    ui_service: WorkshopService,
    ui_data_dir: Path,
    elsewhere: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from slaworkshop.services.exchange import import_file

    workshop_id = import_file(ui_service, elsewhere).workshop_id
    ui_service.apply(workshop_id, None, [SetField("workshop", "venue", "Changed here")])
    window.library.refresh()
    answer_open(monkeypatch, elsewhere)
    before = database_bytes(ui_data_dir)

    window.exchange.import_workshop()
    dialog = preview_dialog(qtbot, window)
    assert set(dialog.buttons) == {
        exchange_flow.ImportChoice.COPY,
        exchange_flow.ImportChoice.REPLACE,
        exchange_flow.ImportChoice.CANCEL,
    }
    assert dialog.exists_label is not None and "exists here already" in dialog.exists_label.text()
    click(qtbot, dialog, "cancel")
    qtbot.waitUntil(lambda: not window.exchange.busy)
    assert database_bytes(ui_data_dir) == before
    assert window.library.model.ids() == [workshop_id]

    window.exchange.import_workshop()
    with qtbot.waitSignal(window.exchange.imported) as copied:
        click(qtbot, preview_dialog(qtbot, window), "copy")
    assert copied.args[0] != workshop_id
    assert str(ui_service.get(copied.args[0]).value("title")).endswith("(imported copy)")
    assert ui_service.get(workshop_id).value("venue") == "Changed here"

    window.exchange.import_workshop()
    with qtbot.waitSignal(window.exchange.imported) as replaced:
        click(qtbot, preview_dialog(qtbot, window), "replace")
    assert replaced.args[0] == workshop_id
    assert ui_service.get(workshop_id).value("venue") == "On the train"
    assert sorted(window.library.model.ids()) == sorted([workshop_id, copied.args[0]])


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("compression-bomb", "zip bomb"),
        ("member-dot-dot", "outside the archive"),
        ("audit-chain-broken", "audit log in the file was altered"),
        ("format-version-newer", "newer SLA Workshop"),
    ],
)
def test_a_hostile_file_shows_its_message_and_leaves_the_library_unchanged(
    qtbot: Any,
    window: MainWindow,
    ui_service: WorkshopService,
    ui_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    words: str,
) -> None:
    ui_service.create("Northwind", "Kick-off")
    window.library.refresh()
    ids = window.library.model.ids()
    before = database_bytes(ui_data_dir)
    answer_open(monkeypatch, HERE / f"{name}.slaw")
    with qtbot.waitSignal(window.exchange.failed) as failed:
        window.exchange.import_workshop()
    box = message(qtbot, window)
    assert box.windowTitle() == "The workshop was not imported"
    assert words in box.text() and box.text() == failed.args[0]
    assert window.exchange.dialog is None  # no preview for a file that cannot be imported
    box.button(QMessageBox.StandardButton.Ok).click()
    assert window.library.model.ids() == ids
    assert database_bytes(ui_data_dir) == before


def test_a_missing_file_or_a_folder_is_a_message(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for path, words in ((tmp_path / "gone.slaw", "no such file"), (tmp_path, "a folder")):
        answer_open(monkeypatch, path)
        window.exchange.import_workshop()
        box = message(qtbot, window)
        assert words in box.text()
        box.button(QMessageBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: not window.exchange.busy)


def test_cancelling_the_file_dialog_does_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    answer_open(monkeypatch, None)
    assert window.exchange.import_workshop() is False
    assert not window.exchange.busy and window.exchange.message is None


def test_a_tampered_signed_version_is_reported_after_the_import(
    qtbot: Any,
    window: MainWindow,
    ui_service: WorkshopService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from slaworkshop.model.db import open_store

    store = open_store(None, tmp_path / "laptop", daily_backup=False)
    service = WorkshopService(store)
    ready = signable(service)
    sign(SignOffService(store, service), ready)
    path = export_file(service, ready.workshop_id, tmp_path / "signed.slaw")
    store.close()
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    document = json.loads(members["workshop.json"])
    document["versions"][0]["content"] = document["versions"][0]["content"].replace("Ann Smith", "Ann Smyth")
    members["workshop.json"] = json.dumps(document).encode()
    tampered = tmp_path / "tampered.slaw"
    tampered.write_bytes(write_container(members))

    answer_open(monkeypatch, tampered)
    window.exchange.import_workshop()
    dialog = preview_dialog(qtbot, window)
    assert dialog.values["versions"].text() == "none signed"
    assert dialog.dropped_label is not None
    assert "Signed version 1 was not imported" in dialog.dropped_label.text()
    with qtbot.waitSignal(window.exchange.imported) as imported:
        click(qtbot, dialog, "import")
    box = message(qtbot, window)
    assert "Signed version 1 was not imported" in box.text() and "draft" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert SignOffService(ui_service.store).versions(imported.args[0]) == []
    assert ui_service.get(imported.args[0]).value("status") == "draft"


def test_export_writes_the_selected_workshop_that_imports_elsewhere(
    qtbot: Any,
    window: MainWindow,
    ui_service: WorkshopService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workshop_id = ui_service.create("Müller & Söhne", "SLA / 2027")
    window.library.refresh()
    window.library.select(workshop_id)
    target = tmp_path / "out.slaw"
    suggested = answer_save(monkeypatch, target)
    assert window.exchange.export_action is not None
    with qtbot.waitSignal(window.exchange.exported) as written:
        window.exchange.export_action.trigger()
    assert Path(suggested[0]).name == "Müller & Söhne – SLA 2027.slaw"
    assert written.args[0] == target
    from slaworkshop.exchange.workshop_file import read

    assert read(target).workshop["client"] == "Müller & Söhne"
    assert "out.slaw" in window.statusBar().currentMessage()


def test_a_workshop_file_given_on_the_command_line_runs_the_same_import(
    qtbot: Any, tmp_path: Path, elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``slaworkshop path/to/file.slaw``: the window opens, the store loads, the preview appears."""
    import sys

    from PySide6.QtWidgets import QApplication

    from slaworkshop.__main__ import build_parser, split_file_to_open
    from slaworkshop.cli import COMMANDS
    from slaworkshop.model.db import open_store
    from slaworkshop.ui.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs the app's own
    font = QApplication.font()
    data_dir = tmp_path / "fresh"
    arguments, file_to_open = split_file_to_open(
        ["--data-dir", str(data_dir), str(elsewhere)], list(COMMANDS)
    )
    args = build_parser().parse_args(arguments)
    args.open_file = file_to_open
    seen: list[str] = []
    shown: list[MainWindow] = []
    original_show = MainWindow.show

    def show(self: MainWindow) -> None:
        shown.append(self)
        original_show(self)

    monkeypatch.setattr(MainWindow, "show", show)

    def fake_exec() -> int:
        (window,) = shown
        dialog = preview_dialog(qtbot, window)
        seen.append(dialog.values["client"].text())
        with qtbot.waitSignal(window.exchange.imported):
            click(qtbot, dialog, "import")
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    try:
        assert run_gui(args, data_dir) == 0
    finally:
        QApplication.setFont(font)
    assert seen == ["Calder Robotics Ltd"]
    store = open_store(None, data_dir, daily_backup=False)
    try:
        (summary,) = WorkshopService(store).list_workshops("")
        assert summary.client == "Calder Robotics Ltd"
    finally:
        store.close()


def test_replacing_the_workshop_open_in_the_editor_closes_it_first(
    qtbot: Any,
    window: MainWindow,
    ui_service: WorkshopService,
    elsewhere: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from slaworkshop.services.exchange import import_file

    workshop_id = import_file(ui_service, elsewhere).workshop_id
    window.library.refresh()
    assert window.open_workshop(workshop_id) and window.editor_showing()
    ui_service.apply(workshop_id, None, [SetField("workshop", "venue", "Changed here")])
    answer_open(monkeypatch, elsewhere)
    window.exchange.import_workshop()
    with qtbot.waitSignal(window.exchange.imported):
        click(qtbot, preview_dialog(qtbot, window), "replace")
    assert window.editor.closes == 1 and not window.editor_showing()
    assert window.library.selected_id() == workshop_id
    assert ui_service.get(workshop_id).value("venue") == "On the train"


def test_replace_is_offered_only_when_it_deletes_nothing_signed(
    qtbot: Any,
    window: MainWindow,
    ui_service: WorkshopService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ready = signable(ui_service)
    older = export_file(ui_service, ready.workshop_id, tmp_path / "before signing.slaw")
    sign(SignOffService(ui_service.store, ui_service), ready)
    window.library.refresh()
    answer_open(monkeypatch, older)
    window.exchange.import_workshop()
    dialog = preview_dialog(qtbot, window)
    assert not dialog.buttons[exchange_flow.ImportChoice.REPLACE].isEnabled()
    problem = dialog.findChild(type(dialog.values["client"]), "replaceProblem")
    assert problem is not None and "signed version 1, which the file does not have" in problem.text()
    click(qtbot, dialog, "cancel")
    qtbot.waitUntil(lambda: not window.exchange.busy)
