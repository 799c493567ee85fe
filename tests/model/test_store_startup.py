"""Start-up on SQLite: damaged files are refused untouched and can be restored; backups; file modes."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from slaworkshop.model import backup, db
from slaworkshop.model.errors import BackupError, DamagedDatabaseError, DatabaseUnavailableError, DataDirError
from slaworkshop.services.ops import AddRow
from slaworkshop.services.workshops import WorkshopService


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def make_library(folder: Path, clients: tuple[str, ...] = ("Northwind", "Contoso")) -> dict[str, str]:
    """A data folder with a few workshops, closed cleanly (so the file holds everything)."""
    store = db.open_store(data_dir=folder)
    service = WorkshopService(store)
    ids = {}
    for client in clients:
        wid = service.create(client, f"SLA {client}")
        service.apply(
            wid, None, [AddRow("participants", {"name": f"Lead of {client}", "department": "sales"})]
        )
        ids[client] = wid
    store.close()
    return ids


def truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def truncate_header(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:60])


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(16384))


def zero_filled(path: Path) -> None:
    path.write_bytes(bytes(path.stat().st_size))


def not_sqlite(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + b"this is a zip file, or pretends to be" * 50)


def other_app(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        con.execute("INSERT INTO notes (body) VALUES ('not a workshop')")


def other_alembic_app(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES ('0001_foundation')")
        con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")


def scribbled_page(path: Path) -> None:
    """A valid header, but one page in the middle overwritten (a bad sector, a crashed copy)."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    assert pages >= 3
    middle = (pages // 2) * page
    data[middle : middle + page] = os.urandom(page)
    path.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": truncate_half,
    "truncated-in-header": truncate_header,
    "garbage": garbage,
    "zero-filled": zero_filled,
    "not-sqlite": not_sqlite,
    "sqlite-of-another-app": other_app,
    "alembic-of-another-app": other_alembic_app,
    "scribbled-page": scribbled_page,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_file_is_refused_untouched_and_the_backup_restores_it(tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "data"
    clients = tuple(f"Client {n}" for n in range(40))  # several pages, so a page can be scribbled on
    ids = make_library(folder, clients)
    path = folder / db.DB_FILENAME
    good = backup.take_backup(path)
    DAMAGE[damage](path)
    damaged_bytes = path.read_bytes()
    files_before = sorted(p.name for p in folder.iterdir())

    with pytest.raises(DamagedDatabaseError) as caught:
        db.open_store(data_dir=folder)

    message = str(caught.value)
    assert "damaged" in message and "has not been changed" in message and "\n" not in message
    assert path.read_bytes() == damaged_bytes
    assert backup.list_backups(path) == [good], "no backup of a damaged file replaces a good one"
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        n for n in files_before if not n.endswith(("-wal", "-shm"))
    ]

    newest = backup.newest_verified_backup(path)
    assert newest == good
    aside = backup.restore_backup(path, newest)
    assert aside.read_bytes() == damaged_bytes, "the damaged file is kept aside, never deleted"
    assert _mode(path) == 0o600
    store = db.open_store(data_dir=folder)
    try:
        service = WorkshopService(store)
        assert {s.client for s in service.list_workshops()} == set(clients)
        assert [p["name"] for p in service.get(ids["Client 7"]).rows_of("participants")] == [
            "Lead of Client 7"
        ]
    finally:
        store.close()


def test_restoring_twice_keeps_both_damaged_files(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_library(folder)
    path = folder / db.DB_FILENAME
    good = backup.take_backup(path)
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    garbage(path)
    first = backup.restore_backup(path, good, now=now)
    zero_filled(path)
    second = backup.restore_backup(path, good, now=now)
    assert first != second and first.exists() and second.exists()


def test_a_damaged_backup_is_never_restored(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_library(folder)
    path = folder / db.DB_FILENAME
    older = backup.take_backup(path, now=datetime(2026, 1, 1, tzinfo=UTC))
    newer = backup.take_backup(path, now=datetime(2026, 1, 2, tzinfo=UTC))
    garbage(newer)
    assert backup.newest_verified_backup(path) == older
    before = _digest(path)
    with pytest.raises(BackupError):
        backup.restore_backup(path, newer)
    assert _digest(path) == before, "a failed restore leaves the current file in place"


def test_backups_are_taken_at_most_once_a_day_at_start_up(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_library(folder)  # creating the database needs no backup: there is nothing to lose yet
    path = folder / db.DB_FILENAME
    assert backup.list_backups(path) == []
    for _ in range(3):
        db.open_store(data_dir=folder).close()
    daily = backup.list_backups(path)
    assert len(daily) == 1
    backup.verify_backup(daily[0])
    yesterday = (datetime.now() - timedelta(hours=25)).timestamp()
    os.utime(daily[0], (yesterday, yesterday))
    db.open_store(data_dir=folder).close()
    assert len(backup.list_backups(path)) == 2


def test_backups_rotate_keeping_five_newest_by_default_and_never_fewer_than_three(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_library(folder)
    path = folder / db.DB_FILENAME
    start = datetime(2026, 1, 1, tzinfo=UTC)
    taken = [backup.take_backup(path, now=start + timedelta(days=n)) for n in range(8)]
    assert backup.list_backups(path) == list(reversed(taken[-5:]))
    backup.take_backup(path, now=start + timedelta(days=9), keep=1)
    assert len(backup.list_backups(path)) == 3
    for kept in backup.list_backups(path):
        backup.verify_backup(kept)
        assert _mode(kept) == 0o600


def test_a_backup_holds_what_was_committed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = db.open_store(data_dir=folder)
    try:
        service = WorkshopService(store)
        wid = service.create("Fabrikam", "Live")
        # The store is open (its last commit may be only in the WAL) while the backup is taken.
        copy = backup.take_backup(folder / db.DB_FILENAME)
    finally:
        store.close()
    with sqlite3.connect(copy) as con:
        assert con.execute("SELECT id, client FROM workshops").fetchall() == [(wid, "Fabrikam")]


def test_a_failing_daily_backup_does_not_lock_the_user_out(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_library(folder)
    (folder / "backups").write_text("a file where the backups folder should be")
    store = db.open_store(data_dir=folder)
    try:
        assert WorkshopService(store).count() == 2
        assert store.warnings and "back up" in store.warnings[0]
    finally:
        store.close()


@contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def test_the_data_folder_is_private_and_so_are_the_database_wal_shm_and_backups(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with umask(0):  # a careless umask must not widen anything
        store = db.open_store(data_dir=folder)
        try:
            WorkshopService(store).create("Private", "Only for me")
            path = folder / db.DB_FILENAME
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
                assert _mode(Path(f"{path}-wal")) == 0o600
                assert _mode(Path(f"{path}-shm")) == 0o600
            assert _mode(path) == 0o600
            copy = backup.take_backup(path)
        finally:
            store.close()
    assert _mode(folder) == 0o700
    assert _mode(folder / "backups") == 0o700
    assert _mode(copy) == 0o600


def test_an_existing_open_data_folder_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    os.chmod(folder, 0o755)
    db.open_store(data_dir=folder).close()
    assert _mode(folder) == 0o700


def test_a_data_folder_that_is_a_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.write_text("not a folder")
    with pytest.raises(DataDirError, match="is a file, not a folder"):
        db.open_store(data_dir=folder)
    assert folder.read_text() == "not a folder"


def test_a_database_url_that_points_at_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder.sqlite3").mkdir()
    with pytest.raises(DataDirError, match="folder"):
        db.open_store(db.sqlite_url(tmp_path / "folder.sqlite3"))


def test_an_empty_file_becomes_a_new_store(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / db.DB_FILENAME).touch()
    store = db.open_store(data_dir=folder)
    try:
        assert WorkshopService(store).list_workshops() == []
    finally:
        store.close()


def test_an_unreachable_server_is_a_store_error_without_the_password() -> None:
    with pytest.raises(DatabaseUnavailableError) as caught:
        db.open_store("postgresql://eva:s3cret@127.0.0.1:1/workshops")
    message = str(caught.value)
    assert "127.0.0.1" in message and "s3cret" not in message and "\n" not in message
