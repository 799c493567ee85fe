"""Starting the app: damaged and newer databases, unusable --database values, the cold-start hook."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from argparse import Namespace
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from slaworkshop.model import backup
from slaworkshop.model.db import DB_FILENAME, Store, open_store
from slaworkshop.services.workshops import WorkshopService
from slaworkshop.ui import app as app_module
from slaworkshop.ui.app import EXIT_STORE, EXIT_USAGE, open_store_interactively, run_gui
from slaworkshop.ui.dialogs import DamagedDatabaseDialog
from slaworkshop.ui.settings import KEY_LAST_WORKSHOP, open_settings


@pytest.fixture(autouse=True)
def keep_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui installs the app's excepthook; put pytest's back after each test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.fixture(autouse=True)
def keep_font(qapp: QApplication) -> Iterator[None]:
    """run_gui sets the app's base font (11 pt); later test files lay out with the default."""
    font = QApplication.font()
    yield
    QApplication.setFont(font)


def make_store_with_backup(data_dir: Path) -> tuple[Path, str]:
    """A database with one workshop, a verified backup of it, then a later change not in the backup."""
    store = open_store(None, data_dir, daily_backup=False)
    try:
        service = WorkshopService(store)
        workshop = service.create("Northwind", "Kick-off")
        assert store.sqlite_path is not None
        backup.take_backup(store.sqlite_path)
        service.create("Later", "Not in the backup")
    finally:
        store.close()
    return data_dir / DB_FILENAME, workshop


def damage(path: Path, how: str) -> bytes:
    if how == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif how == "garbage":
        path.write_bytes(os.urandom(64 * 1024))
    elif how == "not-sqlite":
        path.write_bytes(b"%PDF-1.7\n" + b"this is a PDF, not a database\n" * 200)
    elif how == "garbled-pages":
        data = bytearray(path.read_bytes())
        data[4096:12288] = os.urandom(8192)
        path.write_bytes(bytes(data))
    return path.read_bytes()


def answer_dialog(qtbot: Any, monkeypatch: pytest.MonkeyPatch, button: str) -> list[DamagedDatabaseDialog]:
    """Instead of waiting for the user, click one of the dialog's real buttons."""
    seen: list[DamagedDatabaseDialog] = []

    def exec_(dialog: DamagedDatabaseDialog) -> int:
        seen.append(dialog)
        if dialog.parent() is None:
            # Deleted at the end of the test, not after QApplication at exit (over the starting
            # window, the window owns it and deletes it).
            qtbot.addWidget(dialog)
        dialog.show()
        widget = getattr(dialog, button)
        assert widget.isVisible(), f"{button} is not offered"
        widget.click()
        return int(dialog.result())

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", exec_)
    return seen


def aside_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.iterdir() if ".damaged-" in p.name)


@pytest.mark.parametrize("how", ["truncated", "garbage", "not-sqlite", "garbled-pages"])
def test_restoring_the_newest_backup_brings_the_workshops_back(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    data_dir = tmp_path / "data"
    db_path, workshop = make_store_with_backup(data_dir)
    damaged_bytes = damage(db_path, how)
    seen = answer_dialog(qtbot, monkeypatch, "restore_button")
    notes: list[str] = []

    result = open_store_interactively(None, data_dir, notes)

    assert isinstance(result, Store)
    try:
        assert [s.id for s in WorkshopService(result).list_workshops()] == [workshop]
    finally:
        result.close()
    assert len(seen) == 1 and seen[0].empty_button.isVisibleTo(seen[0])
    [aside] = [p for p in aside_files(data_dir) if not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == damaged_bytes  # kept aside, byte for byte
    assert any("Restored" in note for note in notes)


def test_without_a_backup_start_empty_keeps_the_damaged_file(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    damaged = damage(data_dir / DB_FILENAME, "garbage")
    seen = answer_dialog(qtbot, monkeypatch, "empty_button")
    result = open_store_interactively(None, data_dir)
    assert isinstance(result, Store)
    try:
        assert WorkshopService(result).list_workshops() == []
    finally:
        result.close()
    assert not seen[0].restore_button.isVisibleTo(seen[0])  # nothing to restore, so not offered
    [aside] = aside_files(data_dir)
    assert aside.read_bytes() == damaged


def test_quit_leaves_the_damaged_file_alone(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    db_path, _ = make_store_with_backup(data_dir)
    damaged = damage(db_path, "truncated")
    answer_dialog(qtbot, monkeypatch, "quit_button")
    assert run_gui(Namespace(database=None, data_dir=str(data_dir)), data_dir) == EXIT_STORE
    assert db_path.read_bytes() == damaged and aside_files(data_dir) == []


def test_restoring_at_start_up_fills_the_window_with_the_backup(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    db_path, workshop = make_store_with_backup(data_dir)
    damage(db_path, "garbage")
    seen = answer_dialog(qtbot, monkeypatch, "restore_button")
    found: list[tuple[list[str], str]] = []

    def fake_exec() -> int:
        [window] = _main_windows()
        qtbot.waitUntil(lambda: window.loaded, timeout=20_000)
        found.append((window.library.model.ids(), window.statusBar().currentMessage()))
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert run_gui(Namespace(database=None, data_dir=str(data_dir)), data_dir) == 0
    assert len(seen) == 1  # asked once, over the loading window
    [(ids, message)] = found
    assert ids == [workshop] and "Restored" in message


def test_newer_database_is_refused_and_left_byte_for_byte(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    store = open_store(None, data_dir, daily_backup=False)
    WorkshopService(store).create("Northwind", "Kick-off")
    store.close()
    db_path = data_dir / DB_FILENAME
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    files_before = sorted(p.name for p in data_dir.rglob("*"))
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: messages.append(text) or 0)

    code = run_gui(Namespace(database=None, data_dir=str(data_dir)), data_dir)

    assert code != 0
    assert db_path.read_bytes() == before
    # The store's read-only check may leave SQLite's empty -wal/-shm side files; nothing is written.
    extra = {p.name for p in data_dir.rglob("*")} - set(files_before)
    assert extra <= {f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm"}
    wal = data_dir / f"{DB_FILENAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert len(messages) == 1 and "newer version" in messages[0]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("nosuchdb://user@host/db", EXIT_USAGE),
        ("sqlite://", EXIT_USAGE),
        ("not a url at all", EXIT_USAGE),
        ("postgresql+psycopg://postgres@127.0.0.1:9/nothing_listens_here?connect_timeout=2", EXIT_STORE),
    ],
)
def test_unusable_database_option_gives_a_message_and_non_zero_exit(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, expected: int
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: messages.append(text) or 0)
    code = run_gui(Namespace(database=url, data_dir=str(tmp_path)), tmp_path)
    assert code == expected
    assert len(messages) == 1 and "Traceback" not in messages[0]


def _main_windows() -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]


def test_run_gui_opens_the_window_on_a_fresh_data_folder(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[Any] = []
    at_first: list[tuple[bool, str, bool, bool]] = []

    def fake_exec() -> int:
        shown.extend(_main_windows())
        for window in shown:
            # The window is there before the store: it says so and offers nothing that needs it.
            at_first.append(
                (
                    window.loaded,
                    window.library.empty_label.text(),
                    window.new_action.isEnabled(),
                    window.library.new_button.isEnabled(),
                )
            )
            qtbot.waitUntil(lambda w=window: w.loaded, timeout=20_000)
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    data_dir = tmp_path / "fresh"
    assert run_gui(Namespace(database=None, data_dir=str(data_dir)), data_dir) == 0
    assert len(shown) == 1 and (data_dir / DB_FILENAME).exists() and (data_dir / "settings.ini").exists()
    assert at_first == [(False, "Loading workshops…", False, False)]
    assert QApplication.applicationDisplayName() == "SLA Workshop"
    assert QApplication.font().pointSizeF() >= app_module.BASE_POINT_SIZE


def test_run_gui_fills_the_library_and_reopens_the_last_workshop(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    store = open_store(None, data_dir, daily_backup=False)
    try:
        service = WorkshopService(store)
        other = service.create("Contoso", "Other")
        last = service.create("Northwind", "Kick-off")
    finally:
        store.close()
    settings = open_settings(data_dir)
    settings.setValue(KEY_LAST_WORKSHOP, last)
    settings.sync()
    seen: list[tuple[list[str], str | None, str]] = []

    def fake_exec() -> int:
        [window] = _main_windows()
        assert window.library.model.ids() == [] and not window.editor_showing()
        qtbot.waitUntil(lambda: window.loaded and window.editor_showing(), timeout=20_000)
        seen.append((window.library.model.ids(), window.current_workshop_id(), window.windowTitle()))
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert run_gui(Namespace(database=None, data_dir=str(data_dir)), data_dir) == 0
    [(ids, open_id, title)] = seen
    assert sorted(ids) == sorted([other, last]) and open_id == last and "Northwind" in title
    assert open_settings(data_dir).value(KEY_LAST_WORKSHOP) == last  # closed in the editor


def test_closing_while_the_store_opens_keeps_the_workshop_to_reopen(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    store = open_store(None, data_dir, daily_backup=False)
    try:
        last = WorkshopService(store).create("Northwind", "Kick-off")
    finally:
        store.close()
    settings = open_settings(data_dir)
    settings.setValue(KEY_LAST_WORKSHOP, last)
    settings.sync()

    def fake_exec() -> int:
        [window] = _main_windows()
        assert not window.loaded
        window.close()  # before the first paint, so before the store was even asked for
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert run_gui(Namespace(database=None, data_dir=str(data_dir)), data_dir) == 0
    assert open_settings(data_dir).value(KEY_LAST_WORKSHOP) == last


def test_cold_start_hook_prints_the_first_paint_and_quits(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SLAWORKSHOP_BENCH_EXIT_AFTER_PAINT="1")
    env["SLAWORKSHOP_BENCH_T0"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, "-m", "slaworkshop", "--data-dir", str(tmp_path / "d")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    [paint] = [x for x in done.stdout.splitlines() if x.startswith("first-paint ")]
    [ready] = [x for x in done.stdout.splitlines() if x.startswith("ready ")]  # the workshops on screen
    assert 0 < float(paint.split()[1]) <= float(ready.split()[1])
    assert "Traceback" not in done.stderr


def test_an_unexpected_error_is_explained_not_dumped(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: messages.append(text) or 0)
    app_module.install_excepthook()
    try:
        raise RuntimeError("the <b>disk</b> went away")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(messages) == 1
    assert "RuntimeError" in messages[0] and "&lt;b&gt;disk" in messages[0] and "Traceback" not in messages[0]
