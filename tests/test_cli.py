"""The command line: help, list, list --json, where the data lives, and hostile arguments.

Some tests run the installed entry point in a subprocess (what a user types); the rest call
``main()`` in-process, which is the same code and much faster.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from slaworkshop.__main__ import main as _main
from slaworkshop.model.db import DB_FILENAME, open_store
from slaworkshop.services.ops import SetField
from slaworkshop.services.workshops import WorkshopService
from tests.conftest import pg_database_url

ENTRY_POINT = Path(sys.executable).with_name("slaworkshop")
JSON_KEYS = {"id", "client", "title", "status", "updated"}


def main(argv: list[str]) -> int:
    """``slaworkshop.__main__.main`` in-process; a usage error's SystemExit becomes its code."""
    try:
        return _main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def run_cli(*args: str, env: dict[str, str] | None = None, **kw: Any) -> subprocess.CompletedProcess[str]:
    """Run the real ``slaworkshop`` entry point as a user would."""
    base = {k: v for k, v in os.environ.items() if k != "SLAWORKSHOP_DATA_DIR"}
    return subprocess.run(
        [str(ENTRY_POINT), *args],
        capture_output=True,
        text=True,
        env={**base, **(env or {})},
        timeout=60,
        **kw,
    )


def assert_one_line_reason(stderr: str, *words: str) -> None:
    assert stderr.endswith("\n") and stderr.count("\n") == 1, f"not one line: {stderr!r}"
    assert "Traceback" not in stderr
    assert stderr.startswith("slaworkshop: ")
    for word in words:
        assert word in stderr, stderr


def library(folder: Path, *clients: str) -> list[str]:
    store = open_store(data_dir=folder)
    try:
        service = WorkshopService(store)
        return [service.create(client, f"SLA {client}") for client in clients]
    finally:
        store.close()


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No data folder from the environment; HOME inside the test (the default folder is never touched)."""
    monkeypatch.delenv("SLAWORKSHOP_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "share"))
    return tmp_path


def test_help_lists_the_commands_and_options() -> None:
    result = run_cli("--help")
    assert result.returncode == 0, result.stderr
    for word in (
        "list",
        "sample",
        "export",
        "import",
        "verify",
        "--data-dir",
        "--database",
        "SLAWORKSHOP_DATA_DIR",
    ):
        assert word in result.stdout
    assert result.stderr == ""


def test_list_prints_one_workshop_per_line(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    ids = library(folder, "Northwind Traders", "Contoso\tLtd")
    result = run_cli("--data-dir", str(folder), "list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    by_id = {line.split("\t")[0]: line.split("\t") for line in lines}
    assert set(by_id) == set(ids)
    assert by_id[ids[0]][3:] == ["Northwind Traders", "SLA Northwind Traders"]
    assert by_id[ids[1]][3] == "Contoso Ltd", "a tab in a name cannot break the columns"
    assert by_id[ids[0]][2] == "Draft"


def test_list_json_gives_objects_with_id_client_title_status_updated(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (wid,) = library(folder, "Müller & Söhne „GmbH“")
    result = run_cli("--data-dir", str(folder), "list", "--json")
    assert result.returncode == 0, result.stderr
    (item,) = json.loads(result.stdout)
    assert set(item) >= JSON_KEYS
    assert item["id"] == wid and item["client"] == "Müller & Söhne „GmbH“" and item["status"] == "draft"
    assert datetime.fromisoformat(item["updated"]).tzinfo is not None


def test_python_dash_m_runs_the_same_command_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "slaworkshop", "--data-dir", str(tmp_path / "d"), "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, json.loads(result.stdout)) == (0, [])


def test_the_data_folder_comes_from_the_option_then_the_environment(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from_env, from_option = isolated / "env", isolated / "option"
    library(from_env, "From the environment")
    library(from_option, "From the option")
    monkeypatch.setenv("SLAWORKSHOP_DATA_DIR", str(from_env))
    assert main(["list", "--json"]) == 0
    assert [w["client"] for w in json.loads(capsys.readouterr().out)] == ["From the environment"]
    assert main(["--data-dir", str(from_option), "list", "--json"]) == 0
    assert [w["client"] for w in json.loads(capsys.readouterr().out)] == ["From the option"]
    assert not (isolated / "home").exists(), "the default folder is not touched when one is given"


def test_list_search_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    library(folder, "Northwind", "Contoso")
    assert main(["--data-dir", str(folder), "list", "--json", "--search", "north"]) == 0
    assert [w["client"] for w in json.loads(capsys.readouterr().out)] == ["Northwind"]


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from pg_database_url()


@pytest.mark.pg
def test_database_option_uses_a_postgresql_server(pg_url: str, tmp_path: Path) -> None:
    store = open_store(pg_url)
    service = WorkshopService(store)
    wid = service.create("Shared GmbH", "On the team server")
    service.apply(wid, None, [SetField("workshop", "venue", "HQ")])
    store.close()
    result = run_cli("--data-dir", str(tmp_path / "unused"), "--database", pg_url, "list", "--json")
    assert result.returncode == 0, result.stderr
    assert [(w["id"], w["client"]) for w in json.loads(result.stdout)] == [(wid, "Shared GmbH")]
    # Without a driver in the URL, the bundled one (psycopg) is used.
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    result = run_cli("--database", plain, "list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(wid)


@pytest.mark.pg
def test_a_newer_postgresql_database_is_refused(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlalchemy as sa

    store = open_store(pg_url)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    assert main(["--database", pg_url, "list"]) == 3
    assert_one_line_reason(capsys.readouterr().err, "newer version", "9999_future")


def test_unknown_command_and_option_are_one_line_usage_errors() -> None:
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert_one_line_reason(result.stderr, "frobnicate", "--help")
    result = run_cli("list", "--jsn")
    assert result.returncode == 2
    assert_one_line_reason(result.stderr, "--jsn")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("not a url at all", ["--database", "not a URL"]),
        ("", ["--database", "not a URL"]),
        ("mysql://root@localhost/crm", ["--database", "SQLite or PostgreSQL", "mysql"]),
        ("oracle+cx_oracle://scott:tiger@db/orcl", ["--database", "oracle"]),
        ("sqlite://", ["--database", "in-memory"]),
        ("sqlite:///:memory:", ["--database", "in-memory"]),
    ],
)
def test_bad_database_urls_are_refused_with_a_reason(
    isolated: Path, url: str, words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(isolated / "d"), "--database", url, "list"]) == 2
    assert_one_line_reason(capsys.readouterr().err, *words)


def test_an_unreachable_server_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    secret = "postgresql+psycopg://eva:s3cret-pass@127.0.0.1:1/workshops"
    assert main(["--database", secret, "list"]) == 3
    err = capsys.readouterr().err
    assert_one_line_reason(err, "Cannot open the database", "127.0.0.1", "refused")
    assert "s3cret-pass" not in err


def test_a_data_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("keep me")
    result = run_cli("--data-dir", str(not_a_folder), "list")
    assert result.returncode == 3
    assert_one_line_reason(result.stderr, "is a file, not a folder")
    assert not_a_folder.read_text() == "keep me"


def test_an_empty_or_impossible_data_folder_is_refused(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", "", "list"]) == 2
    assert_one_line_reason(capsys.readouterr().err, "--data-dir")
    assert main(["--data-dir", "bad\0name", "list"]) != 0
    assert_one_line_reason(capsys.readouterr().err)


def test_a_data_folder_that_is_not_writable_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    if os.geteuid() == 0:
        # Root may write anywhere, except into an immutable folder.
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    else:
        os.chmod(folder, 0o500)
    try:
        result = run_cli("--data-dir", str(folder), "list")
        assert result.returncode == 3, result.stderr
        assert_one_line_reason(result.stderr, "not writable")
        assert list(folder.iterdir()) == []
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        os.chmod(folder, 0o700)


def test_a_damaged_database_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    damaged = os.urandom(4096)
    (folder / DB_FILENAME).write_bytes(damaged)
    result = run_cli("--data-dir", str(folder), "list")
    assert result.returncode == 3
    assert_one_line_reason(result.stderr, "damaged", "has not been changed")
    assert (folder / DB_FILENAME).read_bytes() == damaged


def test_a_newer_database_is_refused_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    library(folder, "ACME")
    with sqlite3.connect(folder / DB_FILENAME) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = (folder / DB_FILENAME).read_bytes()
    assert main(["--data-dir", str(folder), "list"]) == 3
    assert_one_line_reason(capsys.readouterr().err, "newer version", "Please update")
    assert (folder / DB_FILENAME).read_bytes() == before


def test_output_cut_short_by_the_reader_is_not_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    library(folder, *(f"Client {n}" for n in range(300)))
    with subprocess.Popen(
        [str(ENTRY_POINT), "--data-dir", str(folder), "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # like `slaworkshop list | head -1`
        err = proc.stderr.read()
        proc.wait(timeout=60)
    assert "Traceback" not in err
