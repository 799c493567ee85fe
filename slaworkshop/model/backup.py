"""Verified, rotating backups of the SQLite store, taken with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.request import pathname2url

from .errors import BackupError

GENERATIONS = 5
"""How many backups are kept (the oldest beyond this are removed after a new one is verified)."""

DAILY = timedelta(hours=24)


def _readonly_uri(path: Path) -> str:
    return f"file:{pathname2url(str(path))}?mode=ro"


def _create_private(path: Path) -> None:
    """Create (or empty) ``path`` as 0600 before SQLite writes into it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{db_path.stem}-*.sqlite3") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def verify_backup(path: Path) -> None:
    """Raise :class:`BackupError` unless ``path`` is an intact SQLite database."""
    try:
        con = sqlite3.connect(_readonly_uri(path), uri=True)
        try:
            result = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Backup {path.name} is not readable: {exc}") from exc
    if result != [("ok",)]:
        raise BackupError(f"Backup {path.name} failed its integrity check: {result[:3]}")


def take_backup(
    db_path: Path, reason: str = "daily", now: datetime | None = None, keep: int = GENERATIONS
) -> Path:
    """Copy the live database into ``backups/`` with the backup API, verify it, then rotate."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    folder = backup_dir(db_path)
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)
        _create_private(partial)
    except OSError as exc:
        raise BackupError(f"Could not back up {db_path.name} into {folder}: {exc.strerror or exc}") from exc
    try:
        src = sqlite3.connect(db_path, timeout=10)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        verify_backup(partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError, BackupError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, BackupError):
            raise
        raise BackupError(f"Could not back up {db_path.name}: {exc}") from exc
    rotate(db_path, keep)
    return target


def rotate(db_path: Path, keep: int = GENERATIONS) -> None:
    """Remove all but the newest ``keep`` backups (never fewer than 3 are kept)."""
    for old in list_backups(db_path)[max(keep, 3) :]:
        with contextlib.suppress(OSError):
            old.unlink()


def backup_due(db_path: Path, now: datetime | None = None) -> bool:
    backups = list_backups(db_path)
    if not backups:
        return True
    newest = datetime.fromtimestamp(backups[0].stat().st_mtime, UTC)
    return (now or datetime.now(UTC)) - newest >= DAILY


def newest_verified_backup(db_path: Path) -> Path | None:
    for candidate in list_backups(db_path):
        try:
            verify_backup(candidate)
        except BackupError:
            continue
        return candidate
    return None


def restore_backup(db_path: Path, backup: Path, now: datetime | None = None) -> Path:
    """Put ``backup`` in place of ``db_path``; the current file (and its WAL) is kept aside, never deleted.

    The backup is copied next to the database and verified first, so a failure half-way leaves
    the current file where it was. Returns where the previous database was moved to.
    """
    verify_backup(backup)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    counter = 1
    while any(Path(str(aside) + suffix).exists() for suffix in ("", "-wal", "-shm")):
        counter += 1
        aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{counter}")
    incoming = db_path.with_name(f"{db_path.name}.restoring")
    try:
        _create_private(incoming)
        src = sqlite3.connect(_readonly_uri(backup), uri=True)
        try:
            dst = sqlite3.connect(incoming)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        verify_backup(incoming)
    except (sqlite3.Error, OSError, BackupError) as exc:
        with contextlib.suppress(OSError):
            incoming.unlink()
        if isinstance(exc, BackupError):
            raise
        raise BackupError(f"Could not restore {backup.name}: {exc}") from exc
    for suffix in ("", "-wal", "-shm"):
        current = Path(str(db_path) + suffix)
        if current.exists():
            os.replace(current, Path(str(aside) + suffix))
    os.replace(incoming, db_path)
    return aside
