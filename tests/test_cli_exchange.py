"""The command line for workshop files: ``export ID --format slaw --out PATH`` and
``import PATH [--as-copy|--replace]`` — what a user types, what they get back, and hostile paths and
arguments refused with one line on stderr and the database unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest

from slaworkshop.__main__ import split_file_to_open
from slaworkshop.cli import COMMANDS
from slaworkshop.model.db import open_store
from slaworkshop.services.sample import create_sample
from slaworkshop.services.signoff import SignOffService
from slaworkshop.services.versions import fingerprint_of
from slaworkshop.services.workshops import WorkshopService
from tests.exchange.corpus import HERE
from tests.services.signing_helpers import sign, signable
from tests.test_cli import assert_one_line_reason, main, run_cli


def database_bytes(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.sqlite3*")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def sample(tmp_path: Path) -> tuple[Path, str]:
    """A data folder holding the sample workshop, and its id."""
    folder = tmp_path / "here"
    store = open_store(data_dir=folder, daily_backup=False)
    try:
        return folder, create_sample(WorkshopService(store), "de")
    finally:
        store.close()


def fingerprint_in(folder: Path, workshop_id: str) -> str:
    store = open_store(data_dir=folder, daily_backup=False)
    try:
        return fingerprint_of(WorkshopService(store).get(workshop_id))
    finally:
        store.close()


def export(folder: Path, workshop_id: str, target: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert (
        main(["--data-dir", str(folder), "export", workshop_id, "--format", "slaw", "--out", str(target)])
        == 0
    )
    out = capsys.readouterr().out
    path, what, digest = out.rstrip("\n").split("\t")
    assert Path(path) == target and what == "workshop file"
    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()
    return target


def test_help_documents_the_workshop_file_verbs() -> None:
    top = run_cli("--help")
    assert top.returncode == 0 and "import" in top.stdout and ".slaw" in top.stdout
    export_help = run_cli("export", "--help")
    assert "slaw" in export_help.stdout and "workshop file" in export_help.stdout
    import_help = run_cli("import", "--help")
    for words in ("--as-copy", "--replace", "PATH", "Exit codes", "fingerprint"):
        assert words in import_help.stdout, words


def test_export_then_import_elsewhere_prints_the_id_and_gives_the_same_content(
    sample: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, wid = sample
    path = export(folder, wid, tmp_path / "sample.slaw", capsys)
    elsewhere = tmp_path / "elsewhere"
    assert main(["--data-dir", str(elsewhere), "import", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == wid + "\n" and captured.err == ""
    assert fingerprint_in(elsewhere, wid) == fingerprint_in(folder, wid)
    assert main(["--data-dir", str(elsewhere), "list", "--json"]) == 0
    assert [w["id"] for w in json.loads(capsys.readouterr().out)] == [wid]


def test_an_existing_workshop_needs_a_choice(
    sample: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, wid = sample
    path = export(folder, wid, tmp_path / "sample.slaw", capsys)
    before = database_bytes(folder)
    assert main(["--data-dir", str(folder), "import", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_one_line_reason(captured.err, "exists here already", "--as-copy", "--replace")
    assert database_bytes(folder) == before
    assert main(["--data-dir", str(folder), "import", str(path), "--as-copy"]) == 0
    copy = capsys.readouterr().out.strip()
    assert copy != wid and len(copy) == 32
    assert fingerprint_in(folder, copy) != fingerprint_in(folder, wid)  # the title says it is a copy
    assert main(["--data-dir", str(folder), "import", str(path), "--replace"]) == 0
    assert capsys.readouterr().out == wid + "\n"


def test_both_choices_at_once_are_a_usage_error(
    sample: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, wid = sample
    path = export(folder, wid, tmp_path / "sample.slaw", capsys)
    before = database_bytes(folder)
    assert main(["--data-dir", str(folder), "import", str(path), "--as-copy", "--replace"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not allowed with" in err
    assert database_bytes(folder) == before


def _huge(tmp_path: Path) -> Path:
    path = tmp_path / "huge.slaw"
    with open(path, "wb") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: 200 MB that take no disk space
    return path


def _not_utf8(tmp_path: Path) -> Path:
    raw = os.fsencode(str(tmp_path)) + b"/\xff\xfe-workshop.slaw"
    with open(raw, "wb") as stream:
        stream.write(b"PK\x03\x04 not really a zip")
    return Path(os.fsdecode(raw))


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.slaw"
    os.mkfifo(path)
    return path


HOSTILE_PATHS = {
    "missing": (lambda p: p / "nowhere.slaw", "no such file"),
    "directory": (lambda p: p, "a folder"),
    "huge": (_huge, "at most 64 MB"),
    "not-utf8-name": (_not_utf8, "\\udcff\\udcfe-workshop.slaw: The workshop file is damaged"),
    "named-pipe": (_fifo, "not a regular file"),
    "hostile-corpus-file": (lambda p: HERE / "compression-bomb.slaw", "zip bomb"),
    "another-kind-of-file": (lambda p: HERE / "bare-json.slaw", "bare JSON"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_PATHS))
def test_hostile_paths_are_refused_in_one_line_and_change_nothing(
    case: str, sample: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _wid = sample
    make, words = HOSTILE_PATHS[case]
    target = make(tmp_path / "files" if case != "directory" else tmp_path)  # type: ignore[no-untyped-call]
    before = database_bytes(folder)
    assert main(["--data-dir", str(folder), "import", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_one_line_reason(captured.err, words)
    assert database_bytes(folder) == before


@pytest.fixture(autouse=True)
def _files_folder(tmp_path: Path) -> None:
    (tmp_path / "files").mkdir()


@pytest.mark.parametrize("path", ["", "   ", "a\x00b"])
def test_an_empty_or_impossible_path_is_a_usage_error(
    path: str, sample: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _wid = sample
    assert main(["--data-dir", str(folder), "import", path]) == 2
    assert_one_line_reason(capsys.readouterr().err, "give the workshop file")


def test_a_tampered_signed_version_is_a_warning_and_the_rest_is_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "signed"
    store = open_store(data_dir=folder, daily_backup=False)
    service = WorkshopService(store)
    ready = signable(service)
    sign(SignOffService(store, service), ready)
    store.close()
    path = export(folder, ready.workshop_id, tmp_path / "signed.slaw", capsys)
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    document = json.loads(members["workshop.json"])
    content = document["versions"][0]["content"]
    at = content.index("Ann Smith")
    document["versions"][0]["content"] = content[:at] + "Ann Smyth" + content[at + 9 :]
    members["workshop.json"] = json.dumps(document).encode()
    from slaworkshop.exchange.container import write_container

    tampered = tmp_path / "tampered.slaw"
    tampered.write_bytes(write_container(members))
    elsewhere = tmp_path / "elsewhere"
    assert main(["--data-dir", str(elsewhere), "import", str(tampered)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ready.workshop_id + "\n"
    assert captured.err == (
        "slaworkshop: warning: Signed version 1 was not imported: its content does not match its "
        "fingerprint (altered after signing).\n"
    )
    store = open_store(data_dir=elsewhere, daily_backup=False)
    assert SignOffService(store).versions(ready.workshop_id) == []
    store.close()


@pytest.mark.parametrize(
    ("extra", "code", "words"),
    [
        (["--format", "slaw", "--version", "1"], 2, "every signed version"),
        (["--format", "slaw", "--out-suffix", ".pdf"], 2, "make them agree"),
        (["--format", "zip"], 2, "invalid choice"),
    ],
)
def test_export_slaw_with_wrong_arguments_is_refused(
    extra: list[str],
    code: int,
    words: str,
    sample: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, wid = sample
    out = tmp_path / "out.slaw"
    if "--out-suffix" in extra:
        extra = extra[:2]
        out = tmp_path / "out.pdf"
    assert main(["--data-dir", str(folder), "export", wid, *extra, "--out", str(out)]) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err, err
    assert not out.exists()


def test_export_slaw_never_overwrites_without_force_and_names_unknown_ids(
    sample: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, wid = sample
    target = tmp_path / "kept.slaw"
    target.write_bytes(b"precious")
    assert main(["--data-dir", str(folder), "export", wid, "--out", str(target)]) == 1
    assert_one_line_reason(capsys.readouterr().err, "exists already", "--force")
    assert target.read_bytes() == b"precious"
    assert main(["--data-dir", str(folder), "export", wid, "--out", str(target), "--force"]) == 0
    capsys.readouterr()
    assert zipfile.ZipFile(target).namelist()[0] == "mimetype"
    assert main(["--data-dir", str(folder), "export", "f" * 32, "--out", str(tmp_path / "x.slaw")]) == 1
    assert_one_line_reason(capsys.readouterr().err, "no workshop")
    assert main(["--data-dir", str(folder), "export", wid, "--out", str(tmp_path / "no" / "x.slaw")]) == 1
    assert_one_line_reason(capsys.readouterr().err, "does not exist")


def test_a_workshop_file_on_the_command_line_is_a_file_to_open_not_a_command() -> None:
    commands = list(COMMANDS)
    assert split_file_to_open(["trip.slaw"], commands) == ([], "trip.slaw")
    assert split_file_to_open(["--data-dir", "d", "Trip.SLAW"], commands) == (
        ["--data-dir", "d"],
        "Trip.SLAW",
    )
    assert split_file_to_open(["import", "trip.slaw"], commands) == (["import", "trip.slaw"], None)
    assert split_file_to_open(["--data-dir", "list.slaw", "list"], commands) == (
        ["--data-dir", "list.slaw", "list"],
        None,
    )
    assert split_file_to_open(["nonsense"], commands) == (["nonsense"], None)
    assert split_file_to_open([], commands) == ([], None)
