"""The hostile workshop-file corpus: every way a ``.slaw`` file can be wrong, one file each.

    .venv/bin/python -m tests.exchange.corpus      # (re)writes tests/exchange/hostile/*.slaw

Each file is named after what is wrong with it; ``expected()`` holds a word its refusal message must
contain, so a file is not just refused but refused for the right reason.
"""

from __future__ import annotations

import io
import json
import stat
import struct
import zipfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "hostile"
WID = "0123456789abcdef0123456789abcdef"
RID = "fedcba9876543210fedcba9876543210"
MIME = b"application/vnd.slaworkshop.workshop+zip"


def valid_document() -> dict[str, Any]:
    return {
        "format": "slaworkshop.workshop",
        "format_version": 1,
        "app_version": "0.1.0",
        "exported_at": "2026-11-23T10:00:00+01:00",
        "workshop": {
            "id": WID,
            "created_at": "2026-11-01T09:00:00+00:00",
            "updated_at": "2026-11-20T09:00:00+00:00",
            "values": {
                "client": "Hostile Ltd",
                "title": "Kick-off",
                "language": "en",
                "date_start": "2026-12-01",
            },
        },
        "rows": {"participants": [{"id": RID, "values": {"name": "Mia", "department": "marketing"}}]},
        "singles": {"funnel": {"revenue_target": "1000000", "period": "year"}},
        "clauses": [{"key": "funnel", "agreement": "agreed", "note": ""}],
    }


def archive(
    members: list[tuple[str, bytes]], *, mimetype: bool = True, method: int = zipfile.ZIP_DEFLATED
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        if mimetype:
            z.writestr(zipfile.ZipInfo("mimetype", (2020, 1, 1, 0, 0, 0)), MIME)
        for name, data in members:
            info = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            z.writestr(info, data)
    return buffer.getvalue()


def with_json(text: str | bytes) -> bytes:
    return archive([("workshop.json", text.encode("utf-8") if isinstance(text, str) else text)])


def mutated(change: Callable[[dict[str, Any]], None]) -> bytes:
    document = valid_document()
    change(document)
    return with_json(json.dumps(document))


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _symlink() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2020, 1, 1, 0, 0, 0)), MIME)
        info = zipfile.ZipInfo("workshop.json", (2020, 1, 1, 0, 0, 0))
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def _central_records(raw: bytes) -> list[int]:
    found, start = [], 0
    while (index := raw.find(b"PK\x01\x02", start)) != -1:
        found.append(index)
        start = index + 4
    return found


def _overlapping() -> bytes:
    """Two members; the first one's recorded size swallows the second (the "overlapping files" bomb)."""
    png = f"signatures/{'a' * 32}.png"
    raw = bytearray(
        archive(
            [("workshop.json", json.dumps(valid_document()).encode()), (png, b"\x89PNG" + b"x" * 64)],
            method=zipfile.ZIP_STORED,
        )
    )
    records = _central_records(bytes(raw))
    record = records[1]  # mimetype is the first member, workshop.json the second
    size = struct.unpack_from("<I", raw, record + 20)[0]
    struct.pack_into("<II", raw, record + 20, size + 80, size + 80)
    return bytes(raw)


def _encrypted() -> bytes:
    raw = bytearray(with_json(json.dumps(valid_document())))
    for record in _central_records(bytes(raw)):
        flags = struct.unpack_from("<H", raw, record + 8)[0]
        struct.pack_into("<H", raw, record + 8, flags | 0x1)
    return bytes(raw)


def _renamed_local_header() -> bytes:
    raw = bytearray(with_json(json.dumps(valid_document())))
    index = raw.find(b"workshop.json")
    raw[index : index + 13] = b"workshop.jsoX"
    return bytes(raw)


def _deep() -> bytes:
    document = valid_document()
    document["versions"] = [json.loads("[" * 500 + "]" * 500)]
    return with_json(json.dumps(document))


PNG_MEMBER = "signatures/" + "b" * 32 + ".png"


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (40, 20), (0, 0, 0, 0)).save(buffer, "PNG")
    return buffer.getvalue()


def signed_document(
    *,
    content_change: Callable[[dict[str, Any]], None] | None = None,
    png: bytes | None = None,
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """A valid format-2 document with signed version 1 (fingerprint, approvals, a drawn signature),
    its intact audit chain and a recorded export; ``content_change`` alters the signed content
    *before* it is fingerprinted and logged (a crafted file that passes every hash)."""
    import hashlib
    from datetime import UTC, datetime

    from slaworkshop.services.signoff import GENESIS_HASH, event_hash
    from slaworkshop.services.versions import canonical_json, fingerprint

    picture = png if png is not None else _png()
    document = valid_document()
    document["format_version"] = 2
    content: dict[str, Any] = {
        "format": 1,
        "workshop": {"client": "Hostile Ltd", "title": "Kick-off"},
        "rows": {"participants": [{"id": RID, "name": "Mia", "department": "marketing"}]},
        "singles": {},
        "clauses": {"funnel": {"note": "", "state": "agreed"}},
    }
    if content_change is not None:
        content_change(content)
    text = canonical_json(content)
    print_ = fingerprint(content)
    approval = {
        "name": "Ann Smith",
        "role": "Marketing lead",
        "approved_on": "2026-11-20",
        "typed_name": "Ann Smith",
    }
    logged = [{**approval, "signature_sha256": hashlib.sha256(picture).hexdigest()}]
    at = datetime(2026, 11, 20, 10, 0, 0, 123456, tzinfo=UTC)
    details = [
        canonical_json({"version": 1, "fingerprint": print_, "approvals": logged}),
        canonical_json(
            {"version": 1, "format": "pdf", "file_name": "v1.pdf", "sha256": "c" * 64, "size": 1000}
        ),
    ]
    audit, previous = [], GENESIS_HASH
    for seq, (kind, detail) in enumerate(zip(("sign_off", "export"), details, strict=True), start=1):
        digest = event_hash(previous, WID, seq, at, kind, detail)
        audit.append(
            {
                "seq": seq,
                "at": at.isoformat(timespec="microseconds"),
                "kind": kind,
                "details": detail,
                "prev_hash": previous,
                "hash": digest,
            }
        )
        previous = digest
    document["versions"] = [
        {
            "number": 1,
            "signed_at": at.isoformat(timespec="microseconds"),
            "fingerprint": print_,
            "signed_by": "Ann Smith (Marketing lead)",
            "workshop_revision": 3,
            "content": text,
            "approvals": [{**approval, "title": "", "department": "marketing", "signature": PNG_MEMBER}],
        }
    ]
    document["audit"] = audit
    document["exports"] = [
        {
            "version": 1,
            "format": "pdf",
            "file_name": "v1.pdf",
            "sha256": "c" * 64,
            "size": 1000,
            "exported_at": at.isoformat(timespec="microseconds"),
            "audit_seq": 2,
        }
    ]
    return document, {PNG_MEMBER: picture}


def signed_file(
    change: Callable[[dict[str, Any]], None] | None = None,
    *,
    pictures: dict[str, bytes] | None = None,
    **options: Any,
) -> bytes:
    document, members = signed_document(**options)
    if change is not None:
        change(document)
    members = members if pictures is None else pictures
    return archive([("workshop.json", json.dumps(document).encode()), *sorted(members.items())])


def _hostile_content(content: dict[str, Any]) -> None:
    content["workshop"]["client"] = "Bell \x07 Ltd"


def _content_unknown_entity(content: dict[str, Any]) -> None:
    content["rows"]["passwords"] = [{"id": RID, "secret": "x"}]


def _relink(document: dict[str, Any]) -> None:
    """Break the chain: the second event no longer follows the first."""
    document["audit"][1]["prev_hash"] = "d" * 64


def corpus() -> dict[str, tuple[bytes, str]]:
    """name → (bytes, a word the refusal must contain)."""
    good = json.dumps(valid_document())
    bomb = archive([("workshop.json", good.encode() + b" " * (40 * 1024 * 1024))])
    many = archive(
        [(f"signatures/{i:032x}.png", b"x") for i in range(100)] + [("workshop.json", good.encode())]
    )
    return {
        "empty": (b"", "not a ZIP"),
        "random-bytes": (bytes(range(256)) * 8, "not a ZIP"),
        "bare-json": (good.encode(), "bare JSON"),
        "text-file": (b"Dear colleague, please find the SLA attached.", "not a ZIP"),
        "truncated-zip": (with_json(good)[:200], "damaged"),
        "no-workshop-json": (archive([]), "no workshop.json"),
        "invalid-json": (with_json('{"format": "slaworkshop.workshop", '), "not valid JSON"),
        "json-array": (with_json("[1, 2, 3]"), "not a JSON object"),
        "not-utf8": (with_json(b'{"format": "\xff\xfe"}'), "UTF-8"),
        "format-missing": (mutated(lambda d: d.pop("format")), "format"),
        "format-other-app": (mutated(_set(["format"], "someone.else")), "format"),
        "format-version-newer": (mutated(_set(["format_version"], 99)), "newer"),
        "format-version-text": (mutated(_set(["format_version"], "1")), "format version"),
        "client-is-a-number": (mutated(_set(["workshop", "values", "client"], 42)), "client"),
        "unknown-top-level-field": (mutated(_set(["payload"], "run me")), "payload"),
        "unknown-entity": (mutated(_set(["rows", "passwords"], [])), "passwords"),
        "unknown-field": (mutated(_set(["rows", "participants", 0, "values", "salary"], 1)), "salary"),
        "duplicate-json-key": (with_json(good[:-1] + ', "format": "slaworkshop.workshop"}'), "twice"),
        "duplicate-row-ids": (
            mutated(_set(["rows", "goals"], [{"id": RID, "values": {"metric": "x"}}])),
            "twice",
        ),
        "row-id-is-path": (
            mutated(_set(["rows", "participants", 0, "id"], "../../etc/passwd")),
            "does not match",
        ),
        "number-with-exponent": (
            mutated(_set(["singles", "funnel", "revenue_target"], "1e999")),
            "does not match",
        ),
        "nan-constant": (with_json(good.replace('"1000000"', "NaN")), "not a number JSON allows"),
        "text-too-long": (mutated(_set(["workshop", "values", "title"], "x" * 1_000_001)), "too long"),
        "too-many-rows": (
            mutated(
                _set(
                    ["rows", "goals"], [{"id": f"{i:032x}", "values": {"metric": "m"}} for i in range(10_001)]
                )
            ),
            "too long",
        ),
        "nested-too-deep": (_deep(), "nested"),
        "choice-not-allowed": (
            mutated(_set(["rows", "participants", 0, "values", "department"], "finance")),
            "is not one of",
        ),
        "date-impossible": (mutated(_set(["workshop", "values", "date_start"], "2026-13-45")), "not a date"),
        "percent-over-100": (mutated(_set(["singles", "funnel", "marketing_share"], "150")), "at most"),
        "agreement-unknown": (mutated(_set(["clauses", 0, "agreement"], "signed_in_blood")), "is not one of"),
        "clause-key-hostile": (mutated(_set(["clauses", 0, "key"], "<script>")), "does not match"),
        "member-absolute-path": (
            archive([("/etc/passwd", b"root"), ("workshop.json", good.encode())]),
            "absolute",
        ),
        "member-dot-dot": (archive([("../evil.json", b"{}"), ("workshop.json", good.encode())]), "outside"),
        "member-backslash": (
            archive([("signatures\\..\\x.png", b"x"), ("workshop.json", good.encode())]),
            "outside",
        ),
        "member-unexpected": (
            archive([("workshop.json", good.encode()), ("run.sh", b"rm -rf ~")]),
            "unexpected",
        ),
        "member-duplicate": (
            archive([("workshop.json", good.encode()), ("workshop.json", good.encode())]),
            "twice",
        ),
        "member-symlink": (_symlink(), "link"),
        "too-many-members": (many, "members"),
        "compression-bomb": (bomb, "zip bomb"),
        "overlapping-entries": (_overlapping(), "overlap"),
        "encrypted": (_encrypted(), "encrypted"),
        "local-header-mismatch": (_renamed_local_header(), "different file"),
        "wrong-mimetype": (_with_mimetype(b"application/zip", good.encode()), "type"),
        # --- the signed history (format 2)
        "audit-chain-broken": (signed_file(_relink), "audit log in the file was altered"),
        "audit-event-altered": (
            signed_file(_set(["audit", 0, "details"], '{"version":1}')),
            "audit log in the file was altered",
        ),
        "audit-event-missing": (
            signed_file(lambda d: d["audit"].pop(0)),
            "audit log in the file was altered",
        ),
        "audit-seq-twice": (
            signed_file(lambda d: d["audit"].append(dict(d["audit"][0]))),
            "appears twice",
        ),
        "audit-kind-hostile": (signed_file(_set(["audit", 1, "kind"], "<drop table>")), "does not match"),
        "audit-hash-not-hex": (signed_file(_set(["audit", 0, "hash"], "z" * 64)), "does not match"),
        "audit-time-without-zone": (
            signed_file(_set(["audit", 0, "at"], "2026-11-20T10:00:00")),
            "does not match",
        ),
        "version-number-twice": (
            signed_file(lambda d: d["versions"].append(dict(d["versions"][0]))),
            "appears twice",
        ),
        "version-fingerprint-not-hex": (
            signed_file(_set(["versions", 0, "fingerprint"], "0xdeadbeef")),
            "does not match",
        ),
        "version-without-approvals": (signed_file(_set(["versions", 0, "approvals"], [])), "non-empty"),
        "version-content-not-text": (signed_file(_set(["versions", 0, "content"], {"format": 1})), "string"),
        "version-content-hostile-value": (
            signed_file(content_change=_hostile_content),
            "would not store",
        ),
        "version-content-unknown-entity": (
            signed_file(content_change=_content_unknown_entity),
            "passwords",
        ),
        "approval-date-impossible": (
            signed_file(_set(["versions", 0, "approvals", 0, "approved_on"], "2026-02-30")),
            "not a date",
        ),
        "signature-missing": (signed_file(pictures={}), "missing from the file"),
        "signature-not-a-png": (signed_file(png=b"\x89PNG\r\n\x1a\n" + b"not really" * 10), "damaged PNG"),
        "signature-unused": (
            signed_file(pictures={PNG_MEMBER: _png(), "signatures/" + "e" * 32 + ".png": _png()}),
            "no approval uses",
        ),
        "signature-path-escape": (
            signed_file(_set(["versions", 0, "approvals", 0, "signature"], "../../etc/passwd")),
            "does not match",
        ),
        "export-not-in-log": (
            signed_file(_set(["exports", 0, "sha256"], "f" * 64)),
            "not in the file's audit log",
        ),
        "export-of-unknown-version": (
            signed_file(_set(["exports", 0, "version"], 7)),
            "which the file lacks",
        ),
        "format-version-zero": (mutated(_set(["format_version"], 0)), "format_version"),
    }


def _with_mimetype(mimetype: bytes, document: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2020, 1, 1, 0, 0, 0)), mimetype)
        z.writestr(zipfile.ZipInfo("workshop.json", (2020, 1, 1, 0, 0, 0)), document)
    return buffer.getvalue()


@lru_cache(maxsize=1)
def expected() -> dict[str, str]:
    return {name: word for name, (_data, word) in corpus().items()}


def write_all() -> None:
    HERE.mkdir(exist_ok=True)
    for old in HERE.glob("*.slaw"):
        old.unlink()
    for name, (data, _word) in corpus().items():
        (HERE / f"{name}.slaw").write_bytes(data)


if __name__ == "__main__":
    write_all()
    print(f"{len(list(HERE.glob('*.slaw')))} files in {HERE}")
