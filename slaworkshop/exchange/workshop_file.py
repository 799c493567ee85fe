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

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from slaworkshop.model import steps as _steps  # noqa: F401 - registers the step entities
from slaworkshop.model.enums import AgreementState
from slaworkshop.model.fields import ENTITIES, WORKSHOP, EntitySpec, FieldError, FieldSpec, Kind
from slaworkshop.model.text import MAX_TEXT_LENGTH, clean_text
from slaworkshop.services.snapshot import WorkshopSnapshot

from .container import ContainerError, read_container, write_container

FORMAT = "slaworkshop.workshop"
FORMAT_VERSION = 1
SCHEMA_ID = "https://slaworkshop.example/schemas/workshop-file-1.schema.json"
MAX_DEPTH = 32
MAX_ROWS = 10_000
ID_PATTERN = "^[0-9a-f]{32}$"
_DECIMAL_PATTERN = r"^-?[0-9]{1,16}(\.[0-9]{1,6})?$"
_CLAUSE_KEY = r"^[a-z0-9_.:-]{1,64}$"


class WorkshopFileError(ValueError):
    """The file cannot be imported; the message says why (and nothing was written)."""


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
    extra: dict[str, Any] = field(default_factory=dict)
    """Sections later issues add (versions, audit log); kept as read, checked by their owners."""


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
            "versions": {"type": "array", "maxItems": 1000},
            "audit": {"type": "array", "maxItems": 100_000},
            "exports": {"type": "array", "maxItems": 100_000},
        },
    }


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


def to_json(
    snapshot: WorkshopSnapshot, *, extra: Mapping[str, Any] | None = None, app_version: str = ""
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
    document.update(extra or {})
    return document


def dump(
    snapshot: WorkshopSnapshot, *, extra: Mapping[str, Any] | None = None, app_version: str = ""
) -> bytes:
    """The ``.slaw`` file's bytes for ``snapshot``."""
    text = json.dumps(to_json(snapshot, extra=extra, app_version=app_version), ensure_ascii=False, indent=1)
    return write_container({"workshop.json": text.encode("utf-8")})


# --------------------------------------------------------------------------- reading
def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise WorkshopFileError(f"The file names “{key[:40]}” twice in one place; it is not imported.")
        found[key] = value
    return found


def _depth(text: str) -> int:
    """The deepest nesting of arrays and objects, counted without parsing (strings skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _reject_constant(name: str) -> Any:
    raise WorkshopFileError(f"The file contains “{name}”, which is not a number JSON allows.")


def parse_json(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise WorkshopFileError("workshop.json is not UTF-8 text; the file is damaged.") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if _depth(text) > MAX_DEPTH:
        raise WorkshopFileError(
            f"The file is nested more than {MAX_DEPTH} levels deep; it is not a workshop file."
        )
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    except WorkshopFileError:
        raise
    except (json.JSONDecodeError, RecursionError) as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise WorkshopFileError(f"workshop.json is not valid JSON{where}.") from None


def _check_schema(document: Any) -> None:
    import jsonschema

    if not isinstance(document, dict):
        raise WorkshopFileError("workshop.json does not describe a workshop (it is not a JSON object).")
    if document.get("format") != FORMAT:
        raise WorkshopFileError("This is not an SLA Workshop workshop file (its format is not named).")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise WorkshopFileError("The file does not say which format version it has.")
    if version > FORMAT_VERSION:
        raise WorkshopFileError(
            f"The file was written by a newer SLA Workshop (format {version}; this version reads up to "
            f"{FORMAT_VERSION}). Update SLA Workshop to import it."
        )
    validator = jsonschema.Draft202012Validator(_SCHEMA)
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the top level"
        raise WorkshopFileError(f"The file is not a valid workshop file: at {where[:120]}: {_explain(error)}")


_SCHEMA = json_schema()


def _short(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "…"


def _explain(error: Any) -> str:
    """The schema's complaint in a sentence, never quoting more than a few characters of the file."""
    keyword, instance, limit = error.validator, error.instance, error.validator_value
    if keyword == "maxLength":
        return f"the text is too long ({len(instance):,} characters; at most {limit:,})"
    if keyword == "maxItems":
        return f"the list is too long ({len(instance):,} entries; at most {limit:,})"
    if keyword == "type":
        return f"{_short(instance)} is not of type {limit}"
    if keyword == "enum":
        return f"{_short(instance)} is not one of the allowed values"
    if keyword == "pattern":
        return f"{_short(instance)} does not match the expected form"
    if keyword == "const":
        return f"{_short(instance)} is not {limit!r}"
    return str(error.message)[:200]


def _coerce_values(spec: EntitySpec, values: Mapping[str, Any], where: str) -> dict[str, Any]:
    result = spec.defaults()
    for name, value in values.items():
        try:
            result[name] = spec.field(name).coerce(value)
        except FieldError as exc:
            raise WorkshopFileError(f"{where}: {exc}") from None
    return result


def _stamp(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise WorkshopFileError(f"“{value[:40]}” is not a date and time.") from None


def read(source: Path | bytes) -> WorkshopData:
    """Check a ``.slaw`` file completely; raises :class:`WorkshopFileError` (or ContainerError)."""
    try:
        members = read_container(source)
    except ContainerError as exc:
        raise WorkshopFileError(str(exc)) from None
    mimetype = members.get("mimetype")
    if mimetype is not None and mimetype.strip() != b"application/vnd.slaworkshop.workshop+zip":
        raise WorkshopFileError("The archive is not a workshop file (its type says otherwise).")
    raw = members.get("workshop.json")
    if raw is None:
        raise WorkshopFileError("The archive has no workshop.json: it is not a workshop file.")
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
                raise WorkshopFileError(f"The id {item['id']} is used twice in the file; it is not imported.")
            seen.add(item["id"])
            checked.append((item["id"], _coerce_values(spec, item["values"], f"{spec.label} {index}")))
        rows[name] = checked
    singles = {
        name: _coerce_values(ENTITIES[name], values, ENTITIES[name].label)
        for name, values in document["singles"].items()
    }
    keys = [c["key"] for c in document["clauses"]]
    if len(set(keys)) != len(keys):
        raise WorkshopFileError("A section's agreement is given twice in the file; it is not imported.")
    clauses = [
        (c["key"], c["agreement"], clean_text(str(c.get("note", "")), multiline=True))
        for c in document["clauses"]
    ]
    return WorkshopData(
        id=workshop["id"],
        workshop=_coerce_values(WORKSHOP, workshop["values"], "Workshop"),
        rows=rows,
        singles=singles,
        clauses=clauses,
        created_at=_stamp(workshop.get("created_at")),
        updated_at=_stamp(workshop.get("updated_at")),
        exported_at=_stamp(document.get("exported_at")),
        extra={k: document[k] for k in ("versions", "audit", "exports") if k in document},
    )


def published_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def ids_in(data: WorkshopData) -> Iterable[str]:
    yield data.id
    for items in data.rows.values():
        for row_id, _values in items:
            yield row_id
