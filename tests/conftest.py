"""Shared fixtures: offscreen Qt, a store on SQLite and on the PostgreSQL test server, no skips in CI."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import pytest

from slaworkshop.model.db import Store, open_store, sqlite_url
from slaworkshop.services.workshops import WorkshopService

PG_URL = os.environ.get("SLAWORKSHOP_TEST_PG_URL")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _pg_admin(sql: str) -> None:
    import psycopg

    assert PG_URL is not None
    conninfo = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def pg_database_url() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("no PostgreSQL test server: run scripts/test, which starts one")
    name = "t_" + uuid.uuid4().hex[:16]
    _pg_admin(f"CREATE DATABASE {name}")
    try:
        yield PG_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        _pg_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: once a SQLite file, once a PostgreSQL database."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "data" / "slaworkshop.sqlite3")
    else:
        yield from pg_database_url()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def service(store: Store) -> WorkshopService:
    return WorkshopService(store)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An isolated data folder, also set in the environment for code that reads it from there."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SLAWORKSHOP_DATA_DIR", str(folder))
    return folder


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """In CI a skipped test hides a missing install step: fail the run."""
    if not IN_CI:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped:
        if reporter is not None:
            reporter.write_line(
                f"CI: {len(skipped)} test(s) were skipped; in CI that is a failure.", red=True
            )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
