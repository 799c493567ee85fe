"""``slaworkshop export`` and ``slaworkshop verify``: what automation relies on (exit codes, one line
on stdout or stderr) and wrong, huge or hostile arguments.

Most tests call ``main()`` in-process (the same code as the entry point, much faster); one runs the
installed entry point as a user would.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from slaworkshop.model.db import open_store
from slaworkshop.services.ops import SetField
from slaworkshop.services.signoff import SignOffService
from slaworkshop.services.workshops import WorkshopService
from tests.conftest import pg_database_url
from tests.services.signing_helpers import sign, signable, signature_png
from tests.test_cli import main, run_cli


def assert_one_line_reason(stderr: str, *words: str) -> None:
    """One line on stderr, no traceback, ``slaworkshop: …`` (``slaworkshop export: …`` for a usage
    error argparse found), naming ``words``."""
    assert stderr.endswith("\n") and stderr.count("\n") == 1, f"not one line: {stderr!r}"
    assert "Traceback" not in stderr and "unexpected error" not in stderr, stderr
    assert stderr.startswith(("slaworkshop: ", "slaworkshop export: ", "slaworkshop verify: ")), stderr
    for word in words:
        assert word in stderr, stderr


@dataclass(frozen=True)
class Library:
    args: list[str]  # the arguments that select the database
    signed: str  # a workshop signed as version 1, then edited (its draft is Draft 2)
    draft: str  # a workshop never signed
    out: Path


def _library(args: list[str], url: str | None, folder: Path, tmp_path: Path) -> Library:
    store = open_store(url) if url else open_store(data_dir=folder)
    try:
        service = WorkshopService(store)
        ready = signable(service)
        sign(SignOffService(store, service), ready, drawn=signature_png())
        service.apply(ready.workshop_id, None, [SetField("workshop", "venue", "Room 2")])
        draft = service.create("Draft GmbH", "Not signed yet")
    finally:
        store.close()
    out = tmp_path / "out"
    out.mkdir()
    return Library(args, ready.workshop_id, draft, out)


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    folder = tmp_path / "data"
    return _library(["--data-dir", str(folder)], None, folder, tmp_path)


def run(lib: Library, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main([*lib.args, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_help_documents_export_and_verify() -> None:
    result = run_cli("--help")
    assert result.returncode == 0 and "export" in result.stdout and "verify" in result.stdout
    result = run_cli("export", "--help")
    assert result.returncode == 0
    for word in ("--format", "--out", "--version", "--force", "Exit codes", "SHA-256"):
        assert word in result.stdout, word
    result = run_cli("verify", "--help")
    assert result.returncode == 0 and "Exit codes" in result.stdout and "FILE" in result.stdout


def test_export_a_signed_version_then_verify_it(lib: Library, capsys: pytest.CaptureFixture[str]) -> None:
    target = lib.out / "SLA v1.pdf"
    code, out, err = run(lib, "export", lib.signed, "--version", "1", "--out", str(target), capsys=capsys)
    assert (code, err) == (0, "")
    path, which, digest = out.rstrip("\n").split("\t")
    assert (Path(path), which, len(digest)) == (target, "version 1", 64)
    code, out, err = run(lib, "verify", str(target), capsys=capsys)
    assert code == 0 and err == ""
    assert out.count("\n") == 1 and "version 1" in out and "Calder Robotics" in out and "SLA v1.pdf" in out


def test_export_without_version_writes_the_current_draft_which_does_not_verify(
    lib: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    target = lib.out / "draft.docx"
    code, out, _ = run(lib, "export", lib.signed, "--format", "docx", "--out", str(target), capsys=capsys)
    assert code == 0 and out.split("\t")[1] == "draft"
    code, out, err = run(lib, "verify", str(target), capsys=capsys)
    assert (code, out) == (1, "")
    assert_one_line_reason(err, "not a file this app exported unchanged")
    # The format follows the file name when --format is left out.
    code, out, _ = run(lib, "export", lib.draft, "--out", str(lib.out / "other.pdf"), capsys=capsys)
    assert code == 0 and (lib.out / "other.pdf").read_bytes().startswith(b"%PDF")


def test_an_existing_file_is_replaced_only_with_force(
    lib: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    target = lib.out / "kept.pdf"
    target.write_bytes(b"someone's file")
    code, out, err = run(lib, "export", lib.signed, "--version", "1", "--out", str(target), capsys=capsys)
    assert (code, out) == (1, "")
    assert_one_line_reason(err, "exists already", "--force")
    assert target.read_bytes() == b"someone's file"
    code, _, _ = run(
        lib, "export", lib.signed, "--version", "1", "--out", str(target), "--force", capsys=capsys
    )
    assert code == 0 and target.read_bytes().startswith(b"%PDF")
    assert run(lib, "verify", str(target), capsys=capsys)[0] == 0


def test_a_changed_byte_fails_verification(lib: Library, capsys: pytest.CaptureFixture[str]) -> None:
    target = lib.out / "v1.docx"
    assert run(lib, "export", lib.signed, "--version", "1", "--out", str(target), capsys=capsys)[0] == 0
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    code, out, err = run(lib, "verify", str(target), capsys=capsys)
    assert (code, out) == (1, "")
    assert_one_line_reason(err, "v1.docx", "not a file this app exported unchanged")


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--version", "2"], 1, ["no signed version 2"]),
        (["--version", "0"], 2, ["--version", "between 1 and"]),
        (["--version", "-1"], 2, ["--version"]),
        (["--version", "abc"], 2, ["--version", "not a version number"]),
        (["--version", "9" * 400], 2, ["--version", "between 1 and"]),
        (["--version", "1.5"], 2, ["--version"]),
        (["--format", "odt"], 2, ["--format", "invalid choice"]),
        (["--format", "pdf", "--out-as", "x"], 2, ["--out-as"]),
    ],
)
def test_wrong_version_and_format_arguments(
    lib: Library, args: list[str], code: int, words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    got, out, err = run(lib, "export", lib.signed, "--out", str(lib.out / "x.pdf"), *args, capsys=capsys)
    assert (got, out) == (code, "")
    assert_one_line_reason(err, *words)
    assert not (lib.out / "x.pdf").exists()


@pytest.mark.parametrize(
    ("workshop", "out", "code", "words"),
    [
        ("0" * 32, "x.pdf", 1, ["no workshop"]),
        ("", "x.pdf", 1, ["no workshop"]),
        ("x" * 100_000, "x.pdf", 1, ["no workshop"]),
        ("'; DROP TABLE workshops; --", "x.pdf", 1, ["no workshop"]),
        ("\u202e\udcff", "x.pdf", 1, ["no workshop", "\\udcff"]),
        ("SIGNED", "x.txt", 2, ["--format", "docx or pdf"]),
        ("SIGNED", "x", 2, ["--format"]),
        ("SIGNED", "", 2, ["--out"]),
        ("SIGNED", "x.docx --format pdf", 2, []),
        ("SIGNED", "no/such/folder/x.pdf", 1, ["does not exist"]),
        ("SIGNED", ".", 2, ["--format"]),
        ("SIGNED", "DIR.pdf", 1, ["is a folder"]),
        ("SIGNED", "n" * 5000 + ".pdf", 1, ["cannot"]),
        ("SIGNED", "x\x00.pdf", 2, ["--out"]),
    ],
)
def test_hostile_workshop_ids_and_paths(
    lib: Library, workshop: str, out: str, code: int, words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    wid = lib.signed if workshop == "SIGNED" else workshop
    if out == "DIR.pdf":
        (lib.out / out).mkdir()
    args = ["export", wid, "--version", "1"]
    if out == "x.docx --format pdf":
        args += ["--out", str(lib.out / "x.docx"), "--format", "pdf"]
    else:
        args += ["--out", str(lib.out / out) if out else ""]
    got, stdout, err = run(lib, *args, capsys=capsys)
    assert (got, stdout) == (code, "")
    assert_one_line_reason(err, *words)
    assert sorted(p.name for p in lib.out.iterdir()) in ([], ["DIR.pdf"])


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("missing.pdf", ["no such file"]),
        ("DIR", ["a folder, not a file"]),
        ("/dev/zero", ["not a regular file"]),
        ("/dev/null", ["not a regular file"]),
        ("empty.pdf", ["not a file this app exported unchanged"]),
        ("n" * 5000, ["cannot be read"]),
        ("line\nbreak.pdf", ["no such file"]),
        ("", ["give the file"]),
        ("x\x00y", ["give the file"]),
    ],
)
def test_verify_hostile_arguments(
    lib: Library, name: str, words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (lib.out / "DIR").mkdir()
    (lib.out / "empty.pdf").write_bytes(b"")
    path = name if name.startswith("/") or not name or "\x00" in name else str(lib.out / name)
    code, out, err = run(lib, "verify", path, capsys=capsys)
    assert (code, out) == (2 if not name or "\x00" in name else 1, "")
    assert_one_line_reason(err, *words)


def test_file_names_that_are_not_utf8_are_written_recorded_and_shown(
    lib: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    """On Linux a name with undecodable bytes reaches Python with lone surrogates."""
    target = lib.out / "Vertrag \udcff.pdf"
    code, out, err = run(lib, "export", lib.signed, "--version", "1", "--out", str(target), capsys=capsys)
    assert (code, err) == (0, "") and "\\udcff" in out
    assert target.exists()
    code, out, err = run(lib, "verify", str(target), capsys=capsys)
    assert (code, err) == (0, "") and "\\udcff" in out
    code, out, err = run(lib, "verify", str(lib.out / "missing \udcfe.pdf"), capsys=capsys)
    assert (code, out) == (1, "")
    assert_one_line_reason(err, "no such file", "\\udcfe")


def test_the_installed_entry_point_exports_and_verifies(lib: Library) -> None:
    target = lib.out / "entry.pdf"
    result = run_cli(*lib.args, "export", lib.signed, "--out", str(target), "--version", "1")
    assert result.returncode == 0, result.stderr
    result = run_cli(*lib.args, "verify", str(target))
    assert result.returncode == 0 and result.stderr == "" and "version 1" in result.stdout
    target.write_bytes(target.read_bytes() + b" ")
    result = run_cli(*lib.args, "verify", str(target))
    assert result.returncode == 1
    assert_one_line_reason(result.stderr, "not a file this app exported unchanged")


@pytest.fixture
def pg_lib(tmp_path: Path) -> Iterator[Library]:
    for url in pg_database_url():
        yield _library(["--database", url], url, tmp_path / "unused", tmp_path)


@pytest.mark.pg
def test_export_and_verify_against_postgresql(pg_lib: Library, capsys: pytest.CaptureFixture[str]) -> None:
    target = pg_lib.out / "v1.pdf"
    assert run(pg_lib, "export", pg_lib.signed, "--version", "1", "--out", str(target), capsys=capsys)[0] == 0
    code, out, _ = run(pg_lib, "verify", str(target), capsys=capsys)
    assert code == 0 and "version 1" in out
