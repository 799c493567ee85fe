"""A workshop's content as canonical JSON, its fingerprint, and what changed between two versions.

Pure functions, no database: the sign-off service freezes :func:`canonical_content` of a snapshot
as version N, prints :func:`fingerprint` on the signature page, rebuilds a snapshot from the frozen
content for export (:func:`snapshot_of_content`) and lists the changes since a version
(:func:`changes`).

The canonical form
    ``{"format": 1, "workshop": {...}, "rows": {entity: [row, ...]}, "singles": {entity: {...}},
    "clauses": {key: {"state": ..., "note": ...}}}`` — every field of every registered entity
    (``model.fields.ENTITIES``), rows in their order with their ``id``; decimals as normalised text
    (``1.50`` → ``"1.5"``), dates as ISO text, integers and booleans as JSON. Status, revision and
    time stamps are not content and are left out. :func:`canonical_json` serialises it with sorted
    keys and no spaces, as UTF-8, so the same content gives the same bytes on every run and machine.

The fingerprint
    SHA-256 of the canonical JSON *without the row ids* (a value naming rows by id, such as the
    core team, names them by place instead): it covers what the parties agreed on, not the app's
    internal identifiers, so a copy of a workshop (or a workshop file imported as a copy) with the
    same content has the same fingerprint. The stored content keeps the ids, so that the
    changes between versions follow a row that was edited or moved.
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from slaworkshop.model import steps as _steps  # noqa: F401 - registers the step entities
from slaworkshop.model.enums import AgreementState, WorkshopStatus
from slaworkshop.model.fields import ENTITIES, WORKSHOP, EntitySpec, FieldSpec, Kind

from .snapshot import ClauseState, WorkshopSnapshot

CONTENT_FORMAT = 1
"""Bumped if the canonical form ever changes; a stored version keeps the format it was signed in."""

Canonical = dict[str, Any]
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class ContentError(ValueError):
    """Frozen content that cannot be read back (damaged or from an unknown format)."""


# --------------------------------------------------------------------------- canonical values
def _decimal_text(number: Decimal) -> str:
    if not number.is_finite():
        raise ContentError(f"{number} is not a finite number")
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "0") or number.is_zero() else text


_TEXT_KINDS = (Kind.TEXT, Kind.LONGTEXT, Kind.EMAIL, Kind.CHOICE, Kind.AGREEMENT)


def canonical_value(spec: FieldSpec, value: Any) -> Any:
    """A stored value as JSON: text, a whole number, true/false, ``None``, or text for decimals/dates.

    An unset text or choice is ``""`` whether the store holds ``NULL`` or ``""`` (a 1:1 section not
    yet saved and one saved with defaults read back differently, and are the same content).
    """
    kind = spec.kind
    if value is None:
        return "" if kind in _TEXT_KINDS else None
    if kind in (Kind.DECIMAL, Kind.PERCENT):
        if isinstance(value, bool):
            raise ContentError(f"{spec.name}: {value!r} is not a number")
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        return _decimal_text(number)
    if kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise ContentError(f"{spec.name}: {value!r} is not a whole number")
        return int(value)
    if kind is Kind.DATE:
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        return str(value)
    if kind is Kind.BOOL:
        return bool(value)
    return str(value)


def revive(spec: FieldSpec, value: Any) -> Any:
    """The canonical JSON value back as the store holds it (Decimal, date, int …)."""
    kind = spec.kind
    if value is None:
        return "" if kind in _TEXT_KINDS else None
    try:
        if kind in (Kind.DECIMAL, Kind.PERCENT):
            return Decimal(str(value))
        if kind is Kind.INT:
            return int(value)
        if kind is Kind.DATE:
            return date.fromisoformat(str(value))
    except (InvalidOperation, ValueError, TypeError) as exc:
        raise ContentError(f"{spec.name}: {str(value)[:40]!r} cannot be read back") from exc
    if kind is Kind.BOOL:
        return bool(value)
    return str(value)


def _canonical_row(spec: EntitySpec, row: Mapping[str, Any]) -> dict[str, Any]:
    return {f.name: canonical_value(f, row.get(f.name, f.empty_value())) for f in spec.fields}


def canonical_content(snapshot: WorkshopSnapshot) -> Canonical:
    """The content of ``snapshot`` in canonical form (see the module docstring)."""
    rows: dict[str, list[dict[str, Any]]] = {}
    singles: dict[str, dict[str, Any]] = {}
    for spec in ENTITIES.values():
        if spec is WORKSHOP:
            continue
        if spec.single:
            singles[spec.name] = _canonical_row(spec, {**spec.defaults(), **snapshot.single(spec.name)})
        else:
            rows[spec.name] = [
                {"id": str(row["id"]), **_canonical_row(spec, row)} for row in snapshot.rows_of(spec.name)
            ]
    clauses = {
        key: {"state": AgreementState(state.state).value, "note": state.note}
        for key, state in snapshot.clauses.items()
    }
    return {
        "format": CONTENT_FORMAT,
        "workshop": _canonical_row(WORKSHOP, snapshot.workshop),
        "rows": rows,
        "singles": singles,
        "clauses": clauses,
    }


def canonical_json(content: Canonical) -> str:
    """The one text of ``content``: sorted keys, no insignificant spaces, characters as they are."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def parse_content(text: str) -> Canonical:
    """Canonical content from its JSON text; raises :class:`ContentError` for anything else."""
    try:
        content = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ContentError("the frozen content is not JSON") from exc
    if not isinstance(content, dict) or content.get("format") != CONTENT_FORMAT:
        raise ContentError("the frozen content has an unknown format")
    for key, kind in (("workshop", dict), ("rows", dict), ("singles", dict), ("clauses", dict)):
        if not isinstance(content.get(key), kind):
            raise ContentError(f"the frozen content lacks “{key}”")
    return content


def _without_ids(content: Canonical) -> Canonical:
    """The content with row ids left out, and ids used as values (the core team names participants
    by id) replaced by the row's place, e.g. ``participants#2``."""
    places = {
        str(row.get("id")): f"{name}#{index}"
        for name, found in content.get("rows", {}).items()
        for index, row in enumerate(found, start=1)
    }

    def value(item: Any) -> Any:
        if isinstance(item, str) and item:
            tokens = item.split()
            if tokens and all(token in places for token in tokens):
                return " ".join(places[token] for token in tokens)
        return item

    def values(row: Mapping[str, Any]) -> dict[str, Any]:
        return {k: value(v) for k, v in row.items() if k != "id"}

    return {
        **content,
        "workshop": values(content.get("workshop", {})),
        "rows": {name: [values(row) for row in found] for name, found in content.get("rows", {}).items()},
        "singles": {name: values(row) for name, row in content.get("singles", {}).items()},
    }


def fingerprint(content: Canonical) -> str:
    """SHA-256 (64 hex digits) of the canonical content without row ids."""
    return hashlib.sha256(canonical_json(_without_ids(content)).encode("utf-8")).hexdigest()


def fingerprint_of(snapshot: WorkshopSnapshot) -> str:
    return fingerprint(canonical_content(snapshot))


# --------------------------------------------------------------------------- back to a snapshot
def _revived_row(spec: EntitySpec, values: Mapping[str, Any]) -> dict[str, Any]:
    # A field added by a later version of the app is missing from old content: it shows empty.
    return {f.name: revive(f, values[f.name]) if f.name in values else f.empty_value() for f in spec.fields}


def snapshot_of_content(
    content: Canonical,
    *,
    workshop_id: str,
    revision: int = 0,
    status: str = WorkshopStatus.SIGNED.value,
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
) -> WorkshopSnapshot:
    """A :class:`WorkshopSnapshot` showing exactly the frozen ``content`` (for export and diffs)."""
    if content.get("format") != CONTENT_FORMAT:
        raise ContentError("the frozen content has an unknown format")
    workshop = _revived_row(WORKSHOP, content.get("workshop", {}))
    workshop["status"] = status
    rows: dict[str, tuple[Mapping[str, Any], ...]] = {}
    singles: dict[str, Mapping[str, Any]] = {}
    for spec in ENTITIES.values():
        if spec is WORKSHOP:
            continue
        if spec.single:
            singles[spec.name] = _revived_row(spec, content.get("singles", {}).get(spec.name, {}))
        else:
            found = content.get("rows", {}).get(spec.name, [])
            rows[spec.name] = tuple(
                {**_revived_row(spec, row), "id": str(row["id"]), "position": index}
                for index, row in enumerate(found)
            )
    clauses: dict[str, ClauseState] = {}
    for key, state in content.get("clauses", {}).items():
        try:
            clauses[str(key)] = ClauseState(AgreementState(state["state"]), str(state.get("note", "")))
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise ContentError(f"clause {str(key)[:40]!r} cannot be read back") from exc
    return WorkshopSnapshot(
        id=workshop_id,
        revision=revision,
        updated_at=updated_at or created_at or _EPOCH,
        created_at=created_at or _EPOCH,
        workshop=workshop,
        rows=rows,
        singles=singles,
        clauses=clauses,
    )


# --------------------------------------------------------------------------- changes
class ChangeKind(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


@dataclass(frozen=True)
class FieldChange:
    """One field of an item, before and after (canonical JSON values; ``revive`` gives Python ones)."""

    field: str
    label: str
    old: Any
    new: Any

    def describe(self) -> str:
        return f"{self.label}: {_shown(self.old)} → {_shown(self.new)}"


@dataclass(frozen=True)
class Change:
    """An item added, changed or removed between two versions.

    ``entity`` is the entity name (``"workshop"`` for the workshop's own fields, ``"clause"`` for a
    section agreed as a whole); ``section`` its label for people; ``item`` names the row (its first
    text) or the clause key; ``fields`` are the values that differ (for an added or removed row, its
    non-empty values).
    """

    kind: ChangeKind
    entity: str
    section: str
    item: str
    fields: tuple[FieldChange, ...] = ()
    step: int = 0

    def describe(self) -> str:
        """One line for a person, e.g. ``Goal “Revenue”: changed — Target: 100 → 120``."""
        head = f"{self.section} “{self.item}”" if self.item and self.item != self.section else self.section
        details = "; ".join(f.describe() for f in self.fields)
        return f"{head}: {self.kind.value}" + (f" — {details}" if details else "")


_EMPTY_SHOWN = "—"
POSITION_FIELD = "position"
POSITION_LABEL = "Position"
CLAUSE_ENTITY = "clause"
CLAUSE_SECTION = "Section agreed as a whole"


def _shown(value: Any) -> str:
    if value is None or value == "":
        return _EMPTY_SHOWN
    if value is True:
        return "yes"
    if value is False:
        return "no"
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def _is_empty(spec: FieldSpec, value: Any) -> bool:
    return value in (None, "") or value == canonical_value(spec, spec.empty_value())


def _title(spec: EntitySpec, row: Mapping[str, Any], index: int) -> str:
    for f in spec.fields:
        value = row.get(f.name)
        if isinstance(value, str) and value.strip() and f.kind in (Kind.TEXT, Kind.LONGTEXT):
            text = value.strip().split("\n", 1)[0]
            return text if len(text) <= 60 else text[:59] + "…"
    return f"{spec.label} {index + 1}"


def _field_changes(spec: EntitySpec, old: Mapping[str, Any], new: Mapping[str, Any]) -> list[FieldChange]:
    found = []
    for f in spec.fields:
        before, after = old.get(f.name), new.get(f.name)
        if (f.name not in old and _is_empty(f, after)) or (f.name not in new and _is_empty(f, before)):
            continue  # a field one side's app did not have yet, left empty
        if before != after:
            found.append(FieldChange(f.name, f.label, before, after))
    return found


def _values_of(spec: EntitySpec, row: Mapping[str, Any], *, removed: bool = False) -> tuple[FieldChange, ...]:
    """The non-empty values of an added row (as ``new``) or a removed one (as ``old``)."""
    return tuple(
        FieldChange(f.name, f.label, row.get(f.name), None)
        if removed
        else FieldChange(f.name, f.label, None, row.get(f.name))
        for f in spec.fields
        if not _is_empty(f, row.get(f.name))
    )


def _stable_ids(old_order: Sequence[str], new_order: Sequence[str]) -> set[str]:
    """The longest run of rows that kept their relative order; every other common row moved."""
    rank = {row_id: index for index, row_id in enumerate(old_order)}
    sequence = [row_id for row_id in new_order if row_id in rank]
    # Longest increasing subsequence of the old ranks, O(n log n) with back-pointers.
    tails: list[int] = []
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(sequence)
    for i, row_id in enumerate(sequence):
        value = rank[row_id]
        place = bisect_left(tails, value)
        if place == len(tails):
            tails.append(value)
            tail_index.append(i)
        else:
            tails[place] = value
            tail_index[place] = i
        previous[i] = tail_index[place - 1] if place else -1
    stable: set[str] = set()
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        stable.add(sequence[i])
        i = previous[i]
    return stable


def _list_changes(spec: EntitySpec, old_rows: Sequence[Any], new_rows: Sequence[Any]) -> list[Change]:
    old_by_id = {str(r["id"]): (i, r) for i, r in enumerate(old_rows)}
    new_by_id = {str(r["id"]): (i, r) for i, r in enumerate(new_rows)}
    stable = _stable_ids(list(old_by_id), list(new_by_id))
    found: list[Change] = []
    for row_id, (index, row) in new_by_id.items():
        title = _title(spec, row, index)
        if row_id not in old_by_id:
            found.append(
                Change(ChangeKind.ADDED, spec.name, spec.label, title, _values_of(spec, row), spec.step)
            )
            continue
        old_index, old_row = old_by_id[row_id]
        fields = _field_changes(spec, old_row, row)
        if row_id not in stable:
            fields.append(FieldChange(POSITION_FIELD, POSITION_LABEL, old_index + 1, index + 1))
        if fields:
            found.append(Change(ChangeKind.CHANGED, spec.name, spec.label, title, tuple(fields), spec.step))
    for row_id, (index, row) in old_by_id.items():
        if row_id not in new_by_id:
            found.append(
                Change(
                    ChangeKind.REMOVED,
                    spec.name,
                    spec.label,
                    _title(spec, row, index),
                    _values_of(spec, row, removed=True),
                    spec.step,
                )
            )
    return found


def _clause_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    found: list[Change] = []
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if before is None:
            kind = ChangeKind.ADDED
        elif after is None:
            kind = ChangeKind.REMOVED
        else:
            kind = ChangeKind.CHANGED
        fields = []
        for name, label in (("state", "Agreement"), ("note", "Agreement note")):
            old_value = (before or {}).get(name)
            new_value = (after or {}).get(name)
            if old_value != new_value and not (old_value in (None, "") and new_value in (None, "")):
                fields.append(FieldChange(name, label, old_value, new_value))
        found.append(Change(kind, CLAUSE_ENTITY, CLAUSE_SECTION, key, tuple(fields)))
    return found


def _ordered_specs() -> Iterable[EntitySpec]:
    return sorted((s for s in ENTITIES.values() if s is not WORKSHOP), key=lambda s: s.step)


def changes(old: Canonical, new: Canonical) -> list[Change]:
    """What was added, changed or removed from ``old`` to ``new``: the workshop's fields first, then
    every entity in the order of the steps (rows in their new order, removed rows after them), then
    the sections agreed as a whole. Equal contents give an empty list."""
    found: list[Change] = []
    workshop_fields = _field_changes(WORKSHOP, old.get("workshop", {}), new.get("workshop", {}))
    if workshop_fields:
        found.append(
            Change(ChangeKind.CHANGED, WORKSHOP.name, WORKSHOP.label, WORKSHOP.label, tuple(workshop_fields))
        )
    for spec in _ordered_specs():
        if spec.single:
            before = old.get("singles", {}).get(spec.name, {})
            after = new.get("singles", {}).get(spec.name, {})
            fields = _field_changes(spec, before, after)
            if fields:
                found.append(
                    Change(ChangeKind.CHANGED, spec.name, spec.label, spec.label, tuple(fields), spec.step)
                )
        else:
            found.extend(
                _list_changes(
                    spec, old.get("rows", {}).get(spec.name, []), new.get("rows", {}).get(spec.name, [])
                )
            )
    found.extend(_clause_changes(old.get("clauses", {}), new.get("clauses", {})))
    return found
