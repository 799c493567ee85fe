"""The workshop file (``.slaw``): one workshop, everything in it, as a checked JSON document inside
the container of :mod:`.container`. The format is documented in ``docs/workshop-file.md``; its JSON
Schema (``docs/workshop-file.schema.json``) is generated from the same field registry the store uses
(:func:`json_schema`), and a test keeps the published copy equal to it.

Reading is strict and specific: invalid JSON, duplicate keys, nesting deeper than
:data:`MAX_DEPTH`, a wrong or newer format version, anything the schema refuses (wrong types, unknown
fields, absurd sizes), a value the store would refuse, duplicate row ids — each gives a
:class:`WorkshopFileError` with a message for the user, before anything is written.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from slaworkshop.model import steps as _steps  # noqa: F401 - registers the step entities
from slaworkshop.model.enums import AgreementState
from slaworkshop.model.fields import ENTITIES, WORKSHOP, EntitySpec, FieldError, FieldSpec, Kind
from slaworkshop.model.messages import Msg, message_of, msg, term
from slaworkshop.model.text import MAX_TEXT_LENGTH, clean_text
from slaworkshop.services.snapshot import WorkshopSnapshot

from .container import ContainerError, read_container, write_container

FORMAT = "slaworkshop.workshop"
FORMAT_VERSION = 2
"""2 adds the signed history (``versions``, ``audit``, ``exports`` and ``signatures/*.png``); files of
format 1 (no signed history) are still read."""
SCHEMA_ID = "https://slaworkshop.example/schemas/workshop-file-2.schema.json"
MAX_DEPTH = 32
MAX_ROWS = 10_000
ID_PATTERN = "^[0-9a-f]{32}$"
_DECIMAL_PATTERN = r"^-?[0-9]{1,16}(\.[0-9]{1,6})?$"
_CLAUSE_KEY = r"^[a-z0-9_.:-]{1,64}$"
_HASH_PATTERN = "^[0-9a-f]{64}$"
_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_INSTANT_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})$"
)
SIGNATURE_MEMBER = r"^signatures/[0-9a-f]{32}\.png$"
MAX_VERSIONS = 1000
MAX_APPROVALS = 100
MAX_AUDIT_EVENTS = 100_000
MAX_CONTENT_CHARS = 32 * 1024 * 1024
MAX_DETAILS_CHARS = 100_000


class WorkshopFileError(ValueError):
    """The file cannot be imported; the message says why (and nothing was written)."""


@dataclass(frozen=True)
class ApprovalData:
    """One approval of a signed version, as in the file (``signature``: the PNG's bytes)."""

    name: str
    title: str
    department: str
    role: str
    approved_on: date
    typed_name: str
    signature: bytes | None


@dataclass(frozen=True)
class VersionData:
    """A signed version as in the file; ``content`` is the canonical JSON text exactly as signed.
    Whether it still matches its fingerprint is checked by the import (``services.exchange``)."""

    number: int
    signed_at: datetime
    fingerprint: str
    signed_by: str
    workshop_revision: int
    content: str
    approvals: tuple[ApprovalData, ...]


@dataclass(frozen=True)
class AuditData:
    seq: int
    at: datetime
    kind: str
    details: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ExportData:
    version: int
    format: str
    file_name: str
    sha256: str
    size: int
    exported_at: datetime
    audit_seq: int


@dataclass(frozen=True)
class History:
    """The signed history of a workshop: versions, the audit log, recorded exports."""

    versions: tuple[VersionData, ...] = ()
    audit: tuple[AuditData, ...] = ()
    exports: tuple[ExportData, ...] = ()


@dataclass(frozen=True)
class WorkshopData:
    """A checked workshop file: values already as the store keeps them."""

    id: str
    workshop: dict[str, Any]
    rows: dict[str, list[tuple[str, dict[str, Any]]]]
    singles: dict[str, dict[str, Any]]
    clauses: list[tuple[str, str, str]]
    created_at: datetime | None
    updated_at: datetime | None
    exported_at: datetime | None
    history: History = field(default_factory=History)
    format_version: int = FORMAT_VERSION


# --------------------------------------------------------------------------- schema
def _specs() -> list[EntitySpec]:
    return [s for s in ENTITIES.values() if s is not WORKSHOP]


def _field_schema(spec: FieldSpec) -> dict[str, Any]:
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.LONGTEXT, Kind.EMAIL):
        return {"type": "string", "maxLength": MAX_TEXT_LENGTH}
    if kind is Kind.BOOL:
        return {"type": "boolean"}
    if kind is Kind.AGREEMENT:
        return {"enum": [s.value for s in AgreementState]}
    if kind is Kind.CHOICE:
        assert spec.choices is not None
        return {"enum": ["", *(c.value for c in spec.choices)]}
    if kind is Kind.DATE:
        return {"type": ["string", "null"], "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    if kind is Kind.INT:
        return {"type": ["integer", "null"], "minimum": -(10**15), "maximum": 10**15}
    return {"type": ["string", "null"], "pattern": _DECIMAL_PATTERN}


def _values_schema(spec: EntitySpec) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {f.name: _field_schema(f) for f in spec.fields},
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``workshop.json``, from the field registry."""
    rows = {
        spec.name: {
            "type": "array",
            "maxItems": MAX_ROWS,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "values"],
                "properties": {
                    "id": {"type": "string", "pattern": ID_PATTERN},
                    "values": _values_schema(spec),
                },
            },
        }
        for spec in _specs()
        if not spec.single
    }
    singles = {spec.name: _values_schema(spec) for spec in _specs() if spec.single}
    stamp = {"type": ["string", "null"], "maxLength": 40}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "SLA Workshop — workshop file (workshop.json)",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "format_version", "workshop", "rows", "singles", "clauses"],
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"type": "integer", "minimum": 1},
            "app_version": {"type": "string", "maxLength": 40},
            "exported_at": stamp,
            "workshop": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "values"],
                "properties": {
                    "id": {"type": "string", "pattern": ID_PATTERN},
                    "created_at": stamp,
                    "updated_at": stamp,
                    "values": _values_schema(WORKSHOP),
                },
            },
            "rows": {"type": "object", "additionalProperties": False, "properties": rows},
            "singles": {"type": "object", "additionalProperties": False, "properties": singles},
            "clauses": {
                "type": "array",
                "maxItems": 1000,
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["key", "agreement"],
                    "properties": {
                        "key": {"type": "string", "pattern": _CLAUSE_KEY},
                        "agreement": {"enum": [s.value for s in AgreementState]},
                        "note": {"type": "string", "maxLength": MAX_TEXT_LENGTH},
                    },
                },
            },
            "versions": {"type": "array", "maxItems": MAX_VERSIONS, "items": _version_schema()},
            "audit": {"type": "array", "maxItems": MAX_AUDIT_EVENTS, "items": _audit_schema()},
            "exports": {"type": "array", "maxItems": MAX_AUDIT_EVENTS, "items": _export_schema()},
        },
    }


def _object(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False, "required": required, "properties": properties}


def _count(minimum: int = 1) -> dict[str, Any]:
    return {"type": "integer", "minimum": minimum, "maximum": 10**9}


def _version_schema() -> dict[str, Any]:
    text = {"type": "string", "maxLength": MAX_TEXT_LENGTH}
    approval = _object(
        ["name", "role", "approved_on", "typed_name"],
        {
            "name": text,
            "title": text,
            "department": {"type": "string", "maxLength": 16},
            "role": text,
            "approved_on": {"type": "string", "pattern": _DATE_PATTERN},
            "typed_name": {"type": "string", "minLength": 1, "maxLength": 200},
            "signature": {"type": ["string", "null"], "pattern": SIGNATURE_MEMBER},
        },
    )
    return _object(
        ["number", "signed_at", "fingerprint", "content", "approvals"],
        {
            "number": _count(),
            "signed_at": {"type": "string", "pattern": _INSTANT_PATTERN},
            "fingerprint": {"type": "string", "pattern": _HASH_PATTERN},
            "signed_by": text,
            "workshop_revision": _count(0),
            "content": {"type": "string", "maxLength": MAX_CONTENT_CHARS},
            "approvals": {"type": "array", "minItems": 1, "maxItems": MAX_APPROVALS, "items": approval},
        },
    )


def _audit_schema() -> dict[str, Any]:
    return _object(
        ["seq", "at", "kind", "details", "prev_hash", "hash"],
        {
            "seq": _count(),
            "at": {"type": "string", "pattern": _INSTANT_PATTERN},
            "kind": {"type": "string", "pattern": "^[a-z_]{1,16}$"},
            "details": {"type": "string", "maxLength": MAX_DETAILS_CHARS},
            "prev_hash": {"type": "string", "pattern": _HASH_PATTERN},
            "hash": {"type": "string", "pattern": _HASH_PATTERN},
        },
    )


def _export_schema() -> dict[str, Any]:
    return _object(
        ["version", "format", "file_name", "sha256", "size", "exported_at", "audit_seq"],
        {
            "version": _count(),
            "format": {"enum": ["docx", "pdf"]},
            "file_name": {"type": "string", "maxLength": 1000},
            "sha256": {"type": "string", "pattern": _HASH_PATTERN},
            "size": _count(0),
            "exported_at": {"type": "string", "pattern": _INSTANT_PATTERN},
            "audit_seq": _count(),
        },
    )


# --------------------------------------------------------------------------- writing
def _json_value(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind is Kind.DATE:
        return value.isoformat() if isinstance(value, date) else None
    if spec.kind in (Kind.DECIMAL, Kind.PERCENT):
        return format(Decimal(value).normalize(), "f")
    return value


def _values(spec: EntitySpec, row: Mapping[str, Any]) -> dict[str, Any]:
    return {f.name: _json_value(f, row.get(f.name, f.empty_value())) for f in spec.fields}


def _instant(value: datetime) -> str:
    """A moment in UTC with microseconds: the audit chain hashes exactly this text."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def signature_member(png: bytes) -> str:
    """The member name of a drawn signature: named by its content, so one picture is stored once."""
    return f"signatures/{hashlib.sha256(png).hexdigest()[:32]}.png"


def history_json(history: History) -> dict[str, Any]:
    """The ``versions``, ``audit`` and ``exports`` sections (signature pictures named, not embedded)."""
    return {
        "versions": [
            {
                "number": v.number,
                "signed_at": _instant(v.signed_at),
                "fingerprint": v.fingerprint,
                "signed_by": v.signed_by,
                "workshop_revision": v.workshop_revision,
                "content": v.content,
                "approvals": [
                    {
                        "name": a.name,
                        "title": a.title,
                        "department": a.department,
                        "role": a.role,
                        "approved_on": a.approved_on.isoformat(),
                        "typed_name": a.typed_name,
                        "signature": signature_member(a.signature) if a.signature else None,
                    }
                    for a in v.approvals
                ],
            }
            for v in history.versions
        ],
        "audit": [
            {
                "seq": e.seq,
                "at": _instant(e.at),
                "kind": e.kind,
                "details": e.details,
                "prev_hash": e.prev_hash,
                "hash": e.hash,
            }
            for e in history.audit
        ],
        "exports": [
            {
                "version": x.version,
                "format": x.format,
                "file_name": x.file_name,
                "sha256": x.sha256,
                "size": x.size,
                "exported_at": _instant(x.exported_at),
                "audit_seq": x.audit_seq,
            }
            for x in history.exports
        ],
    }


def to_json(
    snapshot: WorkshopSnapshot, *, history: History | None = None, app_version: str = ""
) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "workshop": {
            "id": snapshot.id,
            "created_at": snapshot.created_at.isoformat(timespec="seconds"),
            "updated_at": snapshot.updated_at.isoformat(timespec="seconds"),
            "values": _values(WORKSHOP, snapshot.workshop),
        },
        "rows": {
            spec.name: [
                {"id": row["id"], "values": _values(spec, row)} for row in snapshot.rows_of(spec.name)
            ]
            for spec in _specs()
            if not spec.single and snapshot.rows_of(spec.name)
        },
        "singles": {
            spec.name: _values(spec, snapshot.single(spec.name))
            for spec in _specs()
            if spec.single and snapshot.single(spec.name)
        },
        "clauses": [
            {"key": key, "agreement": state.state.value, "note": state.note}
            for key, state in sorted(snapshot.clauses.items())
        ],
    }
    document.update(history_json(history or History()))
    return document


def dump(snapshot: WorkshopSnapshot, *, history: History | None = None, app_version: str = "") -> bytes:
    """The ``.slaw`` file's bytes for ``snapshot`` and its signed history."""
    document = to_json(snapshot, history=history, app_version=app_version)
    text = json.dumps(document, ensure_ascii=False, indent=1)
    members = {"workshop.json": text.encode("utf-8")}
    for version in (history or History()).versions:
        for approval in version.approvals:
            if approval.signature:
                members[signature_member(approval.signature)] = approval.signature
    return write_container(members)


# --------------------------------------------------------------------------- reading
def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise WorkshopFileError(
                msg("The file names “{key}” twice in one place; it is not imported.", key=key[:40])
            )
        found[key] = value
    return found


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


def _depth(text: str) -> int:
    """The deepest nesting of arrays and objects, counted without parsing: string literals are cut
    out first (a regular expression, fast even for the long texts of signed versions), then the
    brackets that remain are counted."""
    depth = deepest = 0
    for char in _BRACKETS.findall(_STRING.sub("", text)):
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
        else:
            depth -= 1
    return deepest


def _reject_constant(name: str) -> Any:
    raise WorkshopFileError(msg("The file contains “{name}”, which is not a number JSON allows.", name=name))


def parse_json(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise WorkshopFileError(msg("workshop.json is not UTF-8 text; the file is damaged.")) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if _depth(text) > MAX_DEPTH:
        raise WorkshopFileError(
            msg(
                "The file is nested more than {limit} levels deep; it is not a workshop file.",
                limit=MAX_DEPTH,
            )
        )
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    except WorkshopFileError:
        raise
    except (json.JSONDecodeError, RecursionError) as exc:
        if isinstance(exc, json.JSONDecodeError):
            raise WorkshopFileError(
                msg(
                    "workshop.json is not valid JSON (line {line}, column {column}).",
                    line=exc.lineno,
                    column=exc.colno,
                )
            ) from None
        raise WorkshopFileError(msg("workshop.json is not valid JSON.")) from None


def _check_schema(document: Any) -> None:
    import jsonschema

    if not isinstance(document, dict):
        raise WorkshopFileError(msg("workshop.json does not describe a workshop (it is not a JSON object)."))
    if document.get("format") != FORMAT:
        raise WorkshopFileError(msg("This is not an SLA Workshop workshop file (its format is not named)."))
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise WorkshopFileError(msg("The file does not say which format version it has."))
    if version > FORMAT_VERSION:
        raise WorkshopFileError(
            msg(
                "The file was written by a newer SLA Workshop (format {version}; this version reads up to "
                "{supported}). Update SLA Workshop to import it.",
                version=version,
                supported=FORMAT_VERSION,
            )
        )
    validator = jsonschema.Draft202012Validator(_SCHEMA)
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        path = "/".join(str(p) for p in error.absolute_path)[:120]
        where = path or msg("the top level")
        raise WorkshopFileError(
            msg(
                "The file is not a valid workshop file: at {where}: {problem}",
                where=where,
                problem=_explain(error),
            )
        )


_SCHEMA = json_schema()


def _short(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "…"


def _explain(error: Any) -> Msg | str:
    """The schema's complaint in a sentence, never quoting more than a few characters of the file."""
    keyword, instance, limit = error.validator, error.instance, error.validator_value
    if keyword == "maxLength":
        return msg(
            "the text is too long ({length:,} characters; at most {limit:,})",
            length=len(instance),
            limit=limit,
        )
    if keyword == "maxItems":
        return msg(
            "the list is too long ({count:,} entries; at most {limit:,})", count=len(instance), limit=limit
        )
    if keyword == "type":
        return msg("{value} is not of type {type}", value=_short(instance), type=str(limit))
    if keyword == "enum":
        return msg("{value} is not one of the allowed values", value=_short(instance))
    if keyword == "pattern":
        return msg("{value} does not match the expected form", value=_short(instance))
    if keyword == "const":
        return msg("{value} is not {expected}", value=_short(instance), expected=repr(limit))
    if keyword == "required" and isinstance(instance, dict) and isinstance(limit, list):
        absent = [name for name in limit if name not in instance]
        if absent:
            return msg("{name} is a required property", name=_short(absent[0]))
    return str(error.message)[:200]


def _coerce_values(spec: EntitySpec, values: Mapping[str, Any], where: Msg) -> dict[str, Any]:
    result = spec.defaults()
    for name, value in values.items():
        try:
            result[name] = spec.field(name).coerce(value)
        except FieldError as exc:
            raise WorkshopFileError(msg("{where}: {problem}", where=where, problem=message_of(exc))) from None
    return result


def _stamp(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise WorkshopFileError(msg("“{value}” is not a date and time.", value=value[:40])) from None


def _instant_of(value: str) -> datetime:
    moment = _stamp(value)
    if moment is None or moment.tzinfo is None:
        raise WorkshopFileError(msg("“{value}” is not a date and time with a time zone.", value=value[:40]))
    return moment.astimezone(UTC)


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise WorkshopFileError(msg("“{value}” is not a date.", value=value[:40])) from None


def _history(document: Mapping[str, Any], members: Mapping[str, bytes]) -> History:
    """The signed history as written; its integrity (fingerprints, chain) is checked by the import."""
    used: set[str] = set()
    versions: list[VersionData] = []
    for item in document.get("versions", []):
        approvals = []
        for entry in item["approvals"]:
            picture = None
            if entry.get("signature"):
                name = entry["signature"]
                picture = members.get(name)
                if picture is None:
                    raise WorkshopFileError(
                        msg(
                            "Version {number}: the drawn signature {name} is missing from the file.",
                            number=item["number"],
                            name=name,
                        )
                    )
                used.add(name)
            approvals.append(
                ApprovalData(
                    name=entry["name"],
                    title=entry.get("title", ""),
                    department=entry.get("department", ""),
                    role=entry["role"],
                    approved_on=_day(entry["approved_on"]),
                    typed_name=entry["typed_name"],
                    signature=picture,
                )
            )
        versions.append(
            VersionData(
                number=item["number"],
                signed_at=_instant_of(item["signed_at"]),
                fingerprint=item["fingerprint"],
                signed_by=item.get("signed_by", ""),
                workshop_revision=item.get("workshop_revision", 0),
                content=item["content"],
                approvals=tuple(approvals),
            )
        )
    numbers = [v.number for v in versions]
    if len(set(numbers)) != len(numbers):
        raise WorkshopFileError(msg("A signed version number appears twice in the file; it is not imported."))
    unused = sorted(n for n in members if re.match(SIGNATURE_MEMBER, n) and n not in used)
    if unused:
        raise WorkshopFileError(
            msg("The file holds a picture no approval uses ({name}); it is not imported.", name=unused[0])
        )
    audit = tuple(
        AuditData(e["seq"], _instant_of(e["at"]), e["kind"], e["details"], e["prev_hash"], e["hash"])
        for e in document.get("audit", [])
    )
    seqs = [e.seq for e in audit]
    if len(set(seqs)) != len(seqs):
        raise WorkshopFileError(msg("An audit event number appears twice in the file; it is not imported."))
    exports = tuple(
        ExportData(
            version=x["version"],
            format=x["format"],
            file_name=x["file_name"],
            sha256=x["sha256"],
            size=x["size"],
            exported_at=_instant_of(x["exported_at"]),
            audit_seq=x["audit_seq"],
        )
        for x in document.get("exports", [])
    )
    return History(
        tuple(sorted(versions, key=lambda v: v.number)), tuple(sorted(audit, key=lambda e: e.seq)), exports
    )


def read(source: Path | bytes) -> WorkshopData:
    """Check a ``.slaw`` file completely; raises :class:`WorkshopFileError` (or ContainerError)."""
    try:
        members = read_container(source)
    except ContainerError as exc:
        raise WorkshopFileError(message_of(exc)) from None
    mimetype = members.get("mimetype")
    if mimetype is not None and mimetype.strip() != b"application/vnd.slaworkshop.workshop+zip":
        raise WorkshopFileError(msg("The archive is not a workshop file (its type says otherwise)."))
    raw = members.get("workshop.json")
    if raw is None:
        raise WorkshopFileError(msg("The archive has no workshop.json: it is not a workshop file."))
    document = parse_json(raw)
    _check_schema(document)
    workshop = document["workshop"]
    seen: set[str] = {workshop["id"]}
    rows: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for name, items in document["rows"].items():
        spec = ENTITIES[name]
        checked = []
        for index, item in enumerate(items, start=1):
            if item["id"] in seen:
                raise WorkshopFileError(
                    msg("The id {id} is used twice in the file; it is not imported.", id=item["id"])
                )
            seen.add(item["id"])
            checked.append(
                (
                    item["id"],
                    _coerce_values(
                        spec, item["values"], msg("{label} {index}", label=term(spec.label), index=index)
                    ),
                )
            )
        rows[name] = checked
    singles = {
        name: _coerce_values(ENTITIES[name], values, term(ENTITIES[name].label))
        for name, values in document["singles"].items()
    }
    keys = [c["key"] for c in document["clauses"]]
    if len(set(keys)) != len(keys):
        raise WorkshopFileError(msg("A section's agreement is given twice in the file; it is not imported."))
    clauses = [
        (c["key"], c["agreement"], clean_text(str(c.get("note", "")), multiline=True))
        for c in document["clauses"]
    ]
    return WorkshopData(
        id=workshop["id"],
        workshop=_coerce_values(WORKSHOP, workshop["values"], term(WORKSHOP.label)),
        rows=rows,
        singles=singles,
        clauses=clauses,
        created_at=_stamp(workshop.get("created_at")),
        updated_at=_stamp(workshop.get("updated_at")),
        exported_at=_stamp(document.get("exported_at")),
        history=_history(document, members.files),
        format_version=document["format_version"],
    )


def published_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def ids_in(data: WorkshopData) -> Iterable[str]:
    yield data.id
    for items in data.rows.values():
        for row_id, _values in items:
            yield row_id
