"""The workshop file (.slaw): round trip, import choices, the published schema, and the hostile
corpus — every bad file refused for the right reason with the database byte for byte unchanged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from slaworkshop.exchange.workshop_file import (
    FORMAT_VERSION,
    WorkshopFileError,
    dump,
    published_schema_text,
    read,
)
from slaworkshop.model.db import open_store
from slaworkshop.services.exchange import ImportChoiceNeeded, ImportMode, export_file, import_file, preview
from slaworkshop.services.ops import SetField
from slaworkshop.services.sample import create_sample
from slaworkshop.services.snapshot import WorkshopSnapshot
from slaworkshop.services.workshops import WorkshopService

from .corpus import HERE, expected

ROOT = Path(__file__).resolve().parents[2]


def content(snapshot: WorkshopSnapshot) -> tuple[object, ...]:
    """What a workshop holds, without the store's bookkeeping (revision, times)."""
    return (
        dict(snapshot.workshop),
        {k: [dict(r) for r in v] for k, v in snapshot.rows.items() if v},
        {k: dict(v) for k, v in snapshot.singles.items() if v},
        dict(snapshot.clauses),
    )


def test_round_trip_of_the_sample_gives_the_same_content(service: WorkshopService, tmp_path: Path) -> None:
    wid = create_sample(service, "de")
    path = export_file(service, wid, tmp_path / "sample.slaw")
    before = service.get(wid)
    other = WorkshopService(open_store(None, tmp_path / "elsewhere", daily_backup=False))
    data, shown = preview(other, path)
    assert (shown.client, shown.title, shown.exists_locally) == (
        before.value("client"),
        before.value("title"),
        False,
    )
    assert shown.rows > 50
    new = import_file(other, path).workshop_id
    assert new == wid
    assert content(other.get(new)) == content(before)


def test_an_existing_workshop_needs_a_choice_and_is_never_merged(
    service: WorkshopService, tmp_path: Path
) -> None:
    wid = create_sample(service, "en")
    path = export_file(service, wid, tmp_path / "a.slaw")
    service.apply(wid, None, [SetField("workshop", "venue", "Changed locally")])
    with pytest.raises(ImportChoiceNeeded):
        import_file(service, path)
    assert service.get(wid).value("venue") == "Changed locally"
    copy = import_file(service, path, ImportMode.COPY).workshop_id
    assert copy != wid
    copied = service.get(copy)
    assert str(copied.value("title")).endswith("(imported copy)")
    # the core team still names the copy's own participants
    team = copied.single("governance")["core_team"].split()
    assert team and set(team) <= {p["id"] for p in copied.rows_of("participants")}
    assert not set(team) & {p["id"] for p in service.get(wid).rows_of("participants")}
    same = import_file(service, path, ImportMode.REPLACE).workshop_id
    assert same == wid
    assert service.get(wid).value("venue") != "Changed locally"


def test_export_never_overwrites_without_being_asked(service: WorkshopService, tmp_path: Path) -> None:
    wid = service.create("ACME", "SLA")
    target = tmp_path / "x.slaw"
    target.write_bytes(b"precious")
    from slaworkshop.export import TargetExistsError

    with pytest.raises(TargetExistsError):
        export_file(service, wid, target)
    assert target.read_bytes() == b"precious"
    export_file(service, wid, target, overwrite=True)
    assert read(target).id == wid


def test_the_published_schema_is_the_one_the_app_checks_with() -> None:
    published = ROOT / "docs" / "workshop-file.schema.json"
    assert published.read_text(encoding="utf-8") == published_schema_text(), (
        "docs/workshop-file.schema.json is stale: regenerate it with "
        "`.venv/bin/python -c 'from slaworkshop.exchange.workshop_file import published_schema_text as t; "
        'print(t(), end="")\' > docs/workshop-file.schema.json`'
    )
    assert json.loads(published.read_text())["properties"]["format_version"]["minimum"] == 1
    assert FORMAT_VERSION == 2


def test_the_corpus_is_complete() -> None:
    files = sorted(p.stem for p in HERE.glob("*.slaw"))
    assert len(files) >= 30
    assert files == sorted(expected()), "run `.venv/bin/python -m tests.exchange.corpus` to regenerate"


def _database_bytes(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.sqlite3*")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.mark.parametrize("name", sorted(p.stem for p in HERE.glob("*.slaw")))
def test_hostile_files_are_refused_for_the_right_reason_and_change_nothing(name: str, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = open_store(None, folder, daily_backup=False)
    service = WorkshopService(store)
    create_sample(service, "en")
    before = _database_bytes(folder)
    with pytest.raises(WorkshopFileError) as refused:
        import_file(service, HERE / f"{name}.slaw")
    message = str(refused.value)
    assert expected()[name].lower() in message.lower(), message
    assert len(message) < 400 and "\n" not in message
    assert _database_bytes(folder) == before
    store.close()


def test_a_damaged_copy_of_a_good_file_is_refused_too(service: WorkshopService) -> None:
    good = dump(service.get(service.create("ACME", "SLA")))
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 0xFF
    with pytest.raises(WorkshopFileError):
        read(bytes(flipped))


def test_damage_inside_the_compressed_data_is_refused_with_a_message(service: WorkshopService) -> None:
    """Every byte of the packed workshop.json flipped in turn: the damaged stream (zlib's "invalid
    distance", a wrong checksum …) is always a refusal with a message, never an exception."""
    import io
    import zipfile

    good = dump(service.get(create_sample(service, "en")))
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        info = archive.getinfo("workshop.json")
    assert info.compress_type == zipfile.ZIP_DEFLATED
    name_length = int.from_bytes(good[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_length = int.from_bytes(good[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra_length
    step = max(1, info.compress_size // 200)
    for position in range(start, start + info.compress_size, step):
        damaged = bytearray(good)
        damaged[position] ^= 0xA5
        with pytest.raises(WorkshopFileError) as refused:
            read(bytes(damaged))
        message = str(refused.value)
        assert message and len(message) < 400 and "\n" not in message
