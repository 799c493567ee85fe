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
