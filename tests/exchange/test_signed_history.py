"""The signed history in the workshop file: versions, approvals with their drawn signatures,
fingerprints, the audit log and recorded exports travel, are verified on import, and a tampered
signed version is reported and not imported as signed."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from slaworkshop.exchange.container import write_container
from slaworkshop.exchange.workshop_file import WorkshopFileError, read
from slaworkshop.model.db import Store, open_store
from slaworkshop.services.exchange import (
    ImportMode,
    ReplaceRefused,
    export_file,
    import_file,
    preview,
)
from slaworkshop.services.ops import SetField
from slaworkshop.services.signoff import SignOffService
from slaworkshop.services.versions import fingerprint_of
from slaworkshop.services.workshops import WorkshopService
from tests.services.signing_helpers import sign, signable, signature_png

from .corpus import valid_document, with_json


@dataclass(frozen=True)
class Signed:
    service: WorkshopService
    workshop_id: str
    file: Path
    pdf: Path
    png: bytes


def _database_bytes(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.sqlite3*")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rewritten(path: Path, change: Callable[[dict[str, Any]], None], target: Path) -> Path:
    """The file with its workshop.json changed by ``change`` (the archive otherwise as it was)."""
    members = _members(path)
    document = json.loads(members["workshop.json"])
    change(document)
    members["workshop.json"] = json.dumps(document, ensure_ascii=False).encode("utf-8")
    target.write_bytes(write_container(members))
    return target


@pytest.fixture
def signed(service: WorkshopService, tmp_path: Path) -> Signed:
    """The sample, signed twice (version 1 with Ann's drawn signature and a recorded PDF export)."""
    signoff = SignOffService(service.store, service)
    ready = signable(service)
    png = signature_png()
    sign(signoff, ready, drawn=png)
    pdf = signoff.export(ready.workshop_id, tmp_path / "v1.pdf").path
    service.apply(ready.workshop_id, None, [SetField("workshop", "venue", "Room 2")])
    sign(signoff, ready)
    path = export_file(service, ready.workshop_id, tmp_path / "signed.slaw")
    return Signed(service, ready.workshop_id, path, pdf, png)


def _elsewhere(tmp_path: Path, name: str = "elsewhere") -> tuple[Store, WorkshopService]:
    store = open_store(None, tmp_path / name, daily_backup=False)
    return store, WorkshopService(store)


def test_versions_signatures_fingerprints_and_the_audit_log_travel(signed: Signed, tmp_path: Path) -> None:
    store, other = _elsewhere(tmp_path)
    result = import_file(other, signed.file)
    assert result.workshop_id == signed.workshop_id and result.versions == 2 and not result.warnings
    here, there = SignOffService(signed.service.store), SignOffService(store)
    assert [(v.number, v.fingerprint, v.signed_by) for v in there.versions(result.workshop_id)] == [
        (v.number, v.fingerprint, v.signed_by) for v in here.versions(signed.workshop_id)
    ]
    first = there.version(result.workshop_id, 1)
    assert [a.typed_name for a in first.approvals] == ["Ann Smith", "Piet de Vries"]
    assert there.audit_log(result.workshop_id) == here.audit_log(signed.workshop_id)
    assert there.check_audit_chain(result.workshop_id).ok
    # the drawn signature is the same picture, byte for byte, in the imported version's export
    _snapshot, options = there.export_options(result.workshop_id, 1)
    assert options.approvals[0].signature_png == signed.png
    # the PDF exported on the first machine is recognised on the second
    verified = there.verify(signed.pdf)
    assert verified.verified and verified.version == 1, verified.reason
    assert there.state(result.workshop_id).signed
    assert other.get(result.workshop_id).value("status") == "signed"
    assert fingerprint_of(other.get(result.workshop_id)) == fingerprint_of(
        signed.service.get(signed.workshop_id)
    )
    store.close()


def test_a_signed_version_altered_by_one_character_is_reported_and_not_imported_as_signed(
    signed: Signed, tmp_path: Path
) -> None:
    def alter(document: dict[str, Any]) -> None:
        content = document["versions"][1]["content"]
        index = content.index("Room 2")
        document["versions"][1]["content"] = content[:index] + "Room 3" + content[index + 6 :]

    tampered = _rewritten(signed.file, alter, tmp_path / "tampered.slaw")
    store, other = _elsewhere(tmp_path)
    _data, shown = preview(other, tampered)
    assert shown.versions == 1
    assert shown.dropped == (
        "Signed version 2 was not imported: its content does not match its fingerprint (altered after signing).",
    )
    result = import_file(other, tampered)
    assert result.warnings == shown.dropped
    there = SignOffService(store)
    assert [v.number for v in there.versions(result.workshop_id)] == [1]
    # the workshop's content is imported — as a draft: nothing signed holds exactly this content
    imported = other.get(result.workshop_id)
    assert imported.value("venue") == "Room 2"
    assert imported.value("status") == "draft"
    assert not there.state(result.workshop_id).signed
    assert there.check_audit_chain(result.workshop_id).ok
    store.close()


def test_a_signed_version_whose_fingerprint_was_recomputed_still_fails_against_the_audit_log(
    signed: Signed, tmp_path: Path
) -> None:
    from slaworkshop.services.versions import fingerprint, parse_content

    def alter(document: dict[str, Any]) -> None:
        version = document["versions"][0]
        version["content"] = version["content"].replace("Ann Smith", "Ann Smyth")
        version["fingerprint"] = fingerprint(parse_content(version["content"]))

    tampered = _rewritten(signed.file, alter, tmp_path / "tampered.slaw")
    store, other = _elsewhere(tmp_path)
    result = import_file(other, tampered)
    assert result.warnings == (
        "Signed version 1 was not imported: its fingerprint is not the one the audit log recorded.",
    )
    there = SignOffService(store)
    assert [v.number for v in there.versions(result.workshop_id)] == [2]
    # the PDF of version 1 is not recognised: its version was not imported
    assert not there.verify(signed.pdf).verified
    assert there.check_audit_chain(result.workshop_id).ok
    store.close()


def test_an_altered_audit_log_refuses_the_file_and_changes_nothing(signed: Signed, tmp_path: Path) -> None:
    def alter(document: dict[str, Any]) -> None:
        document["audit"][0]["details"] = document["audit"][0]["details"].replace("Ann Smith", "Eve")

    tampered = _rewritten(signed.file, alter, tmp_path / "tampered.slaw")
    store, other = _elsewhere(tmp_path)
    before = _database_bytes(tmp_path / "elsewhere")
    with pytest.raises(WorkshopFileError, match="audit log in the file was altered"):
        import_file(other, tampered)
    assert _database_bytes(tmp_path / "elsewhere") == before
    store.close()


def test_a_copy_of_a_signed_workshop_has_its_own_chain_and_the_same_fingerprints(signed: Signed) -> None:
    service = signed.service
    result = import_file(service, signed.file, ImportMode.COPY)
    signoff = SignOffService(service.store)
    assert result.workshop_id != signed.workshop_id
    assert [v.fingerprint for v in signoff.versions(result.workshop_id)] == [
        v.fingerprint for v in signoff.versions(signed.workshop_id)
    ]
    assert signoff.check_audit_chain(result.workshop_id).ok
    assert signoff.check_audit_chain(signed.workshop_id).ok
    # the copy's version 2 names the copy's own rows: only the copy's title changed since it was signed
    changed = signoff.changes_since(result.workshop_id, 2)
    assert [(c.entity, [f.field for f in c.fields]) for c in changed] == [("workshop", ["title"])]
    assert not signoff.state(result.workshop_id).signed


def test_replace_adds_the_files_later_versions(service: WorkshopService, tmp_path: Path) -> None:
    signoff = SignOffService(service.store, service)
    ready = signable(service)
    sign(signoff, ready)
    first = export_file(service, ready.workshop_id, tmp_path / "v1.slaw")
    store, other = _elsewhere(tmp_path)
    import_file(other, first)
    other_signoff = SignOffService(store)
    other.apply(ready.workshop_id, None, [SetField("workshop", "venue", "On the train")])
    sign(other_signoff, ready)
    back = export_file(other, ready.workshop_id, tmp_path / "v2.slaw")
    result = import_file(service, back, ImportMode.REPLACE)
    assert [v.number for v in signoff.versions(result.workshop_id)] == [1, 2]
    assert signoff.check_audit_chain(ready.workshop_id).ok
    assert service.get(ready.workshop_id).value("venue") == "On the train"
    assert signoff.state(ready.workshop_id).signed
    store.close()


def test_replace_never_deletes_signed_history_the_file_lacks(
    service: WorkshopService, tmp_path: Path
) -> None:
    signoff = SignOffService(service.store, service)
    ready = signable(service)
    older = export_file(service, ready.workshop_id, tmp_path / "unsigned.slaw")
    sign(signoff, ready)
    folder = Path(str(service.store.engine.url.database)).parent
    _data, shown = preview(service, older)
    assert "never deleted" in shown.replace_problem
    before = _database_bytes(folder)
    with pytest.raises(ReplaceRefused, match="import the file as a copy"):
        import_file(service, older, ImportMode.REPLACE)
    assert _database_bytes(folder) == before
    copy = import_file(service, older, ImportMode.COPY)
    assert signoff.versions(copy.workshop_id) == []


def test_a_file_of_format_1_is_still_read(service: WorkshopService) -> None:
    document = valid_document()
    assert document["format_version"] == 1
    result = import_file(service, with_json(json.dumps(document)))
    assert service.get(result.workshop_id).value("client") == "Hostile Ltd"


def test_every_picture_is_stored_once_by_its_content(signed: Signed) -> None:
    names = sorted(_members(signed.file))
    pictures = [n for n in names if n.startswith("signatures/")]
    assert pictures == [f"signatures/{hashlib.sha256(signed.png).hexdigest()[:32]}.png"]
    data = read(signed.file)
    assert [a.signature for a in data.history.versions[0].approvals] == [signed.png, None]
    assert io.BytesIO(signed.png).getvalue().startswith(b"\x89PNG")


def test_a_refusal_inside_the_transaction_rolls_everything_back(signed: Signed, tmp_path: Path) -> None:
    """The file passes every check, but its rows reuse ids of another workshop here: the insert
    fails half-way (workshop, content and history partly written) and nothing of it remains."""
    service = signed.service
    folder = Path(str(service.store.engine.url.database)).parent
    plain = export_file(service, service.create("Other", "Other"), tmp_path / "other.slaw")

    def same_rows_new_workshop(document: dict[str, Any]) -> None:
        here = json.loads(_members(signed.file)["workshop.json"])
        document["rows"] = here["rows"]  # the signed workshop's row ids, under another workshop id
        document["workshop"]["id"] = "ab" * 16

    crafted = _rewritten(plain, same_rows_new_workshop, tmp_path / "crafted.slaw")
    before = _database_bytes(folder)
    with pytest.raises(WorkshopFileError, match="reuses ids of another workshop"):
        import_file(service, crafted)
    assert _database_bytes(folder) == before
    assert not service.exists("ab" * 16)


def test_the_corpus_base_file_with_signed_history_imports(service: WorkshopService) -> None:
    """The hostile signed-history files are this file with one thing wrong: it imports as signed."""
    from .corpus import signed_file

    result = import_file(service, signed_file())
    assert result.versions == 1 and not result.warnings
    signoff = SignOffService(service.store, service)
    assert [a.typed_name for a in signoff.version(result.workshop_id, 1).approvals] == ["Ann Smith"]
    assert signoff.check_audit_chain(result.workshop_id).ok


@pytest.mark.parametrize(
    "content",
    [
        {"format": 1, "workshop": {}, "rows": {"participants": 5}, "singles": {}, "clauses": {}},
        {"format": 1, "workshop": {}, "rows": {"participants": [7]}, "singles": {}, "clauses": {}},
        {"format": 1, "workshop": {}, "rows": {}, "singles": {"funnel": []}, "clauses": {}},
        {"format": 2, "workshop": {}, "rows": {}, "singles": {}, "clauses": {}},
    ],
)
def test_signed_content_of_a_strange_shape_is_reported_not_a_crash(
    service: WorkshopService, content: dict[str, Any]
) -> None:
    from slaworkshop.services.versions import canonical_json

    from .corpus import signed_file

    def swap(document: dict[str, Any]) -> None:
        document["versions"][0]["content"] = canonical_json(content)

    result = import_file(service, signed_file(swap))
    assert len(result.warnings) == 1 and result.warnings[0].startswith("Signed version 1 was not imported")
    assert SignOffService(service.store, service).versions(result.workshop_id) == []
