"""Opening the store: engine and pragmas, start-up checks, backups and migrations.

SQLite (the default, one file on the laptop) is opened in WAL mode with foreign keys on, full
synchronous commits (a laptop that loses power keeps every commit it reported), and write
transactions started with ``BEGIN IMMEDIATE`` so a read-then-write never fails half-way. The same
code runs on PostgreSQL for teams sharing a server.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.request import pathname2url

from sqlalchemy import URL, Engine, create_engine, event, make_url, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from . import backup
from .errors import (
    BackupError,
    DamagedDatabaseError,
    DatabaseUnavailableError,
    DataDirError,
    MigrationError,
    NewerDatabaseError,
    UnsupportedDatabaseError,
)
from .schema_version import HEAD, REVISIONS

DB_FILENAME = "slaworkshop.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
READ_ONLY = "slaworkshop_read_only"
WORKSHOP_TABLE = "workshops"
PG_CONNECT_TIMEOUT = 10
"""Seconds before an unreachable PostgreSQL server is reported (the default waits for minutes)."""

# Any constant works; it only has to be the same for every copy of the app sharing a server.
_PG_MIGRATION_LOCK = 0x534C4157


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def sqlite_readonly_uri(path: Path) -> str:
    """A ``file:`` URI that opens ``path`` read-only (quoted, so ``?``, ``#`` and ``%`` in names work)."""
    return f"file:{pathname2url(str(path))}?mode=ro"


def parse_database_url(url: str) -> URL:
    """Parse and check a ``--database`` URL: SQLite or PostgreSQL (through psycopg 3) only.

    ``postgresql://`` and ``postgres://`` without a driver mean psycopg, the driver the app ships
    with; anything else gets a message instead of an ImportError from a driver that is not there.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UnsupportedDatabaseError(
            "The database address is not a URL such as postgresql+psycopg://user@host/db."
        ) from None
    backend = parsed.drivername.split("+", 1)[0]
    if backend in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend == "sqlite":
        parsed = parsed.set(drivername="sqlite+pysqlite")
    else:
        raise UnsupportedDatabaseError(
            f"SLA Workshop runs on SQLite or PostgreSQL, not on “{parsed.drivername[:40]}”."
        )
    return parsed


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


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
        # SQLite's lower() folds only ASCII; the library search needs "MÜLLER" to find "Müller".
        dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str | URL, *, foreign_keys: bool = True) -> Engine:
    parsed = parse_database_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": 10})
        _install_sqlite_events(engine, foreign_keys=foreign_keys)
        return engine
    return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": PG_CONNECT_TIMEOUT})


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


def ensure_data_dir(path: Path, *, private: bool = True) -> None:
    """Create the data folder (0700 on POSIX) and check that the app can write in it.

    ``private`` folders are the app's own: an existing one loses any group/other access. A folder
    the user named only through ``--database sqlite:///…`` is created private but otherwise left as
    it is. Raises :class:`DataDirError` with the reason.
    """
    try:
        in_the_way = path.exists() and not path.is_dir()
    except (OSError, ValueError) as exc:
        raise DataDirError(path, str(exc)) from None
    if in_the_way:
        raise DataDirError(path, "it is a file, not a folder")
    try:
        existed = path.is_dir()
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if existed and not os.access(path, os.W_OK | os.X_OK):
            raise DataDirError(path, "it is not writable")
        if os.name == "posix":
            if not existed:
                os.chmod(path, 0o700)  # mkdir's mode is filtered through the umask
            elif private:
                mode = stat.S_IMODE(path.stat().st_mode)
                if mode & 0o077:
                    # Only take access away; never make writable a folder its owner made read-only.
                    os.chmod(path, mode & 0o700)
    except FileExistsError:
        raise DataDirError(path, "a file with that name is in the way") from None
    except OSError as exc:
        raise DataDirError(path, exc.strerror or str(exc)) from None
    except ValueError as exc:  # e.g. a NUL character in the name
        raise DataDirError(path, str(exc)) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataDirError(path, "it is not writable")


def inspect_sqlite_file(path: Path) -> str | None:
    """Check a database file before the app writes to it.

    Returns its Alembic revision (None for a new, empty file). Raises :class:`DamagedDatabaseError`
    for anything that is not an intact SQLite database and :class:`NewerDatabaseError` for a schema
    this version does not know. Only reads.
    """
    if path.is_dir():
        raise DataDirError(path, "a folder is where the database file should be")
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
        # Read-only: a damaged or newer file must stay byte for byte as it was. A read-only
        # connection still sees commits that are only in the WAL (after a crash).
        con = sqlite3.connect(sqlite_readonly_uri(path), uri=True, timeout=10)
        try:
            check = con.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise DamagedDatabaseError(path, f"integrity check: {check[0][0]}"[:200])
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise DamagedDatabaseError(path, "it is an SQLite file, but not a workshop database")
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(path, str(exc)[:200]) from exc
    # Other apps use Alembic too: without our workshops table the file is not ours, whatever its
    # revision says.
    if WORKSHOP_TABLE not in tables or row is None:
        raise DamagedDatabaseError(path, "it is an SQLite file, but not a workshop database")
    revision = str(row[0])
    if revision not in REVISIONS:
        raise NewerDatabaseError(str(path), revision)
    return revision


def database_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def migrate(engine_url: str | URL, target: str = "head", *, script_location: Path | None = None) -> None:
    """Upgrade the schema to ``target`` (default: the newest) in one transaction.

    Alembic is imported only here, so a normal start-up does not pay for it. ``script_location``
    lets the tests run extra revisions through exactly this code path.
    """
    from alembic import command
    from alembic.config import Config

    parsed = parse_database_url(engine_url) if isinstance(engine_url, str) else engine_url
    is_sqlite = parsed.get_backend_name() == "sqlite"
    # Batch migrations rebuild SQLite tables; with foreign keys on, dropping the old table would
    # cascade into its children. They stay off for the migration and are checked at its end.
    engine = make_engine(parsed, foreign_keys=not is_sqlite)
    try:
        config = Config()
        config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
        with engine.begin() as conn:
            if not is_sqlite:
                # Two copies of the app starting at once against a fresh server: the second waits,
                # then finds the schema current (DDL is transactional on PostgreSQL).
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
            config.attributes["connection"] = conn
            command.upgrade(config, target)
            if is_sqlite:
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationError(
                        f"The schema upgrade would leave broken references ({problems[0][0]} → "
                        f"{problems[0][2]}); nothing was changed."
                    )
    finally:
        engine.dispose()


@dataclass
class Store:
    """An open workshop store: the engine and how to get short-lived sessions from it."""

    engine: Engine
    url: str
    sqlite_path: Path | None
    warnings: list[str] = field(default_factory=list)
    """Things the user should hear about that did not stop the store from opening (a failed daily backup)."""

    def __post_init__(self) -> None:
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(
            self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )

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
    and at most once a day otherwise. A bad URL raises :class:`UnsupportedDatabaseError`, an unusable
    folder :class:`DataDirError`; an unreachable server raises SQLAlchemy's ``OperationalError``.
    """
    if url is None:
        if data_dir is None:
            raise ValueError("open_store needs a database URL or a data directory")
        ensure_data_dir(data_dir)
        url = sqlite_url(data_dir / DB_FILENAME)
    parsed = parse_database_url(url)
    warnings: list[str] = []
    sqlite_path: Path | None = None
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:" or parsed.database.startswith("file:"):
            raise UnsupportedDatabaseError("An in-memory SQLite database cannot hold workshops; give a file.")
        sqlite_path = Path(parsed.database).expanduser().resolve()
        ensure_data_dir(
            sqlite_path.parent, private=data_dir is not None and sqlite_path.parent == data_dir.resolve()
        )
        revision = inspect_sqlite_file(sqlite_path)
        _secure_file(sqlite_path)
        if revision != HEAD:
            if revision is not None:
                # A failed backup stops the upgrade: never migrate without a way back.
                backup.take_backup(sqlite_path, reason=f"before-{HEAD}")
            migrate(parsed)
        elif daily_backup and backup.backup_due(sqlite_path):
            try:
                backup.take_backup(sqlite_path)
            except BackupError as exc:
                # The workshops are intact; not being able to copy them (disk full …) must not
                # lock the consultant out of the workshop in front of them.
                warnings.append(str(exc))
        engine = make_engine(parsed)
        _secure_file(sqlite_path)
    else:
        where = parsed.render_as_string(hide_password=True)
        engine = make_engine(parsed)
        try:
            revision = database_revision(engine)
            if revision is not None and revision not in REVISIONS:
                raise NewerDatabaseError(where, revision)
            if revision != HEAD:
                migrate(parsed)
        except DBAPIError as exc:
            engine.dispose()
            # The driver's words (connection refused, password failed …) on one line, no SQL.
            reason = " ".join(str(exc.orig or exc).split())[:300]
            raise DatabaseUnavailableError(where, reason) from exc
        except BaseException:
            engine.dispose()
            raise
    return Store(
        engine=engine,
        url=parsed.render_as_string(hide_password=False),
        sqlite_path=sqlite_path,
        warnings=warnings,
    )
