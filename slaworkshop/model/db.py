"""Opening the store: engine and pragmas, start-up checks, backups and migrations.

SQLite (the default, one file on the laptop) is opened in WAL mode with foreign keys on, full
synchronous commits (a laptop that loses power keeps every commit it reported), and write
transactions started with ``BEGIN IMMEDIATE`` so a read-then-write never fails half-way. The same
code runs on PostgreSQL for teams sharing a server.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from . import backup
from .errors import DamagedDatabaseError, MigrationError, NewerDatabaseError
from .schema_version import HEAD, REVISIONS

DB_FILENAME = "slaworkshop.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
READ_ONLY = "slaworkshop_read_only"


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def _install_sqlite_events(engine: Engine, *, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see "begin" below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 10})
        _install_sqlite_events(engine, foreign_keys=foreign_keys)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _secure_file(path: Path) -> None:
    """Create the database file 0600 before SQLite does (its WAL and SHM files inherit the mode)."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    if os.name == "posix":
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(path) + suffix)
            if p.exists():
                os.chmod(p, 0o600)


def ensure_data_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)


def inspect_sqlite_file(path: Path) -> str | None:
    """Check a database file before the app writes to it.

    Returns its Alembic revision (None for a new, empty file). Raises :class:`DamagedDatabaseError`
    for anything that is not an intact SQLite database and :class:`NewerDatabaseError` for a schema
    this version does not know. Only reads.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DamagedDatabaseError(path, f"cannot be read: {exc.strerror}") from exc
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise DamagedDatabaseError(path, "not an SQLite database")
    raw_page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    pages = int.from_bytes(header[28:32], "big")
    # The in-header size is valid only when its "valid-for" counter matches the change counter.
    size_valid = header[92:96] == header[24:28]
    if size_valid and pages and path.stat().st_size < page_size * pages and not Path(f"{path}-wal").exists():
        raise DamagedDatabaseError(path, "the file is truncated")
    try:
        con = sqlite3.connect(path, timeout=10)
        try:
            con.execute("PRAGMA query_only=ON")
            check = con.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise DamagedDatabaseError(path, f"integrity check: {check[0][0]}"[:200])
            has_version = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_version:
                tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
                if tables:
                    raise DamagedDatabaseError(path, "it is an SQLite file, but not a workshop database")
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(path, str(exc)) from exc
    revision = row[0] if row else None
    if revision is not None and revision not in REVISIONS:
        raise NewerDatabaseError(str(path), revision)
    return revision


def database_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine_url: str) -> None:
    """Upgrade the schema to HEAD in one transaction (Alembic is imported only here)."""
    from alembic import command
    from alembic.config import Config

    is_sqlite = make_url(engine_url).get_backend_name() == "sqlite"
    # Batch migrations rebuild SQLite tables; with foreign keys on, dropping the old table would
    # cascade into its children. They stay off for the migration and are checked at its end.
    engine = make_engine(engine_url, foreign_keys=not is_sqlite)
    try:
        config = Config()
        config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            if is_sqlite:
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationError(f"Migration left broken references {problems[:3]}; nothing was changed.")
    finally:
        engine.dispose()


@dataclass
class Store:
    """An open workshop store: the engine and how to get short-lived sessions from it."""

    engine: Engine
    url: str
    sqlite_path: Path | None

    def __post_init__(self) -> None:
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on any exception."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str | None = None, data_dir: Path | None = None, *, daily_backup: bool = True) -> Store:
    """Open (creating and migrating as needed) the store at ``url`` or in ``data_dir``.

    On SQLite the file is checked first (damaged → :class:`DamagedDatabaseError`, newer →
    :class:`NewerDatabaseError`, both before anything is written), backed up before any migration
    and at most once a day otherwise.
    """
    if url is None:
        if data_dir is None:
            raise ValueError("open_store needs a database URL or a data directory")
        ensure_data_dir(data_dir)
        url = sqlite_url(data_dir / DB_FILENAME)
    parsed = make_url(url)
    sqlite_path: Path | None = None
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise ValueError("an in-memory SQLite database cannot hold workshops; give a file")
        sqlite_path = Path(parsed.database).expanduser().resolve()
        ensure_data_dir(sqlite_path.parent)
        revision = inspect_sqlite_file(sqlite_path)
        _secure_file(sqlite_path)
        if revision != HEAD:
            if revision is not None:
                backup.take_backup(sqlite_path, reason=f"before-{HEAD}")
            migrate(url)
        elif daily_backup and backup.backup_due(sqlite_path):
            backup.take_backup(sqlite_path)
        engine = make_engine(url)
        _secure_file(sqlite_path)
    else:
        engine = make_engine(url)
        revision = database_revision(engine)
        if revision is not None and revision not in REVISIONS:
            engine.dispose()
            raise NewerDatabaseError(parsed.render_as_string(hide_password=True), revision)
        if revision != HEAD:
            migrate(url)
    return Store(engine=engine, url=url, sqlite_path=sqlite_path)
