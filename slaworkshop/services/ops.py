"""Edits to an open workshop, as values: applied by the workshop service, inverted for undo."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from slaworkshop.model.enums import AgreementState
from slaworkshop.model.fields import ENTITIES, FieldError
from slaworkshop.model.tables import new_id

from .snapshot import ClauseState, Row, WorkshopSnapshot


@dataclass(frozen=True)
class SetField:
    """Set one field of the workshop (``entity="workshop"``), of a 1:1 section, or of a row."""

    entity: str
    field: str
    value: Any
    row_id: str | None = None


@dataclass(frozen=True)
class AddRow:
    entity: str
    values: Mapping[str, Any] = field(default_factory=dict)
    position: int | None = None  # None: at the end
    row_id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class RemoveRow:
    entity: str
    row_id: str


@dataclass(frozen=True)
class MoveRow:
    entity: str
    row_id: str
    position: int


@dataclass(frozen=True)
class SetClause:
    """Set the agreement state and/or note of a section agreed as a whole."""

    key: str
    state: AgreementState | None = None
    note: str | None = None


Op = SetField | AddRow | RemoveRow | MoveRow | SetClause

_ROW_META = ("id", "position")


def inverse(snapshot: WorkshopSnapshot, op: Op) -> Op:
    """The edit that undoes ``op`` when applied to the state after it; ``snapshot`` is the state before."""
    if isinstance(op, SetField):
        if op.entity == "workshop":
            old = snapshot.value(op.field)
        elif op.row_id is None:
            old = snapshot.single(op.entity).get(op.field)
        else:
            row = snapshot.row(op.entity, op.row_id)
            old = None if row is None else row.get(op.field)
        return SetField(op.entity, op.field, old, op.row_id)
    if isinstance(op, AddRow):
        return RemoveRow(op.entity, op.row_id)
    if isinstance(op, RemoveRow):
        row = snapshot.row(op.entity, op.row_id)
        if row is None:
            raise KeyError(op.row_id)
        values = {k: v for k, v in row.items() if k not in _ROW_META}
        return AddRow(op.entity, values, position=row["position"], row_id=op.row_id)
    if isinstance(op, MoveRow):
        row = snapshot.row(op.entity, op.row_id)
        if row is None:
            raise KeyError(op.row_id)
        return MoveRow(op.entity, op.row_id, row["position"])
    if isinstance(op, SetClause):
        old = snapshot.clause(op.key)
        return SetClause(
            op.key,
            old.state if op.state is not None else None,
            old.note if op.note is not None else None,
        )
    raise TypeError(op)


def inverse_all(snapshot: WorkshopSnapshot, ops: Sequence[Op]) -> list[Op]:
    """Inverse of a batch; only valid for batches whose ops touch distinct things (as the UI sends)."""
    return [inverse(snapshot, op) for op in reversed(ops)]


def _coerced(entity: str, name: str, value: Any) -> Any:
    """The value as the store would keep it; a value the store would refuse is shown as given."""
    spec = ENTITIES.get(entity)
    if spec is None or name not in spec.by_name:
        return value
    try:
        return spec.by_name[name].coerce(value)
    except FieldError:
        return value


def _renumbered(rows: list[dict[str, Any]]) -> tuple[Row, ...]:
    for index, row in enumerate(rows):
        row["position"] = index
    return tuple(rows)


def apply_local(snapshot: WorkshopSnapshot, ops: Sequence[Op]) -> WorkshopSnapshot:
    """The snapshot as it will be once ``ops`` are saved, computed without the database.

    The editor shows this at once while the autosave queue writes the same ops. It mirrors
    ``WorkshopService.apply``; an op that no longer fits (a row removed meanwhile) is skipped here,
    as the store would refuse it anyway. ``revision`` is left as it was: only a save changes it.
    """
    workshop = dict(snapshot.workshop)
    # Copy only the lists an op touches: a keystroke in one field must not copy a 500-row workshop.
    touched = {op.entity for op in ops if isinstance(op, (SetField, AddRow, RemoveRow, MoveRow))}
    rows: dict[str, Any] = dict(snapshot.rows)
    for name in touched:
        if name in rows:
            rows[name] = [dict(r) for r in rows[name]]
    singles = {name: dict(values) if name in touched else values for name, values in snapshot.singles.items()}
    clauses = dict(snapshot.clauses)
    for op in ops:
        if isinstance(op, SetField):
            value = _coerced(op.entity, op.field, op.value)
            if op.entity == "workshop":
                workshop[op.field] = value
            elif op.row_id is None:
                spec = ENTITIES.get(op.entity)
                single = singles.setdefault(op.entity, spec.defaults() if spec is not None else {})
                single[op.field] = value  # type: ignore[index]
            else:
                for row in rows.get(op.entity, []):
                    if row["id"] == op.row_id:
                        row[op.field] = value
        elif isinstance(op, AddRow):
            siblings = rows.setdefault(op.entity, [])
            if any(r["id"] == op.row_id for r in siblings):
                continue
            spec = ENTITIES.get(op.entity)
            # Defaults go through the same check as the store applies (an unset choice is "").
            defaults = spec.defaults() if spec is not None else {}
            values: dict[str, Any] = {k: _coerced(op.entity, k, v) for k, v in defaults.items()}
            values.update({k: _coerced(op.entity, k, v) for k, v in op.values.items()})
            values["id"] = op.row_id
            position = len(siblings) if op.position is None else max(0, min(op.position, len(siblings)))
            siblings.insert(position, values)
            _renumbered(siblings)
        elif isinstance(op, RemoveRow):
            siblings = rows.get(op.entity, [])
            rows[op.entity] = [r for r in siblings if r["id"] != op.row_id]
            _renumbered(rows[op.entity])
        elif isinstance(op, MoveRow):
            siblings = rows.get(op.entity, [])
            moving = [r for r in siblings if r["id"] == op.row_id]
            if not moving:
                continue
            rest = [r for r in siblings if r["id"] != op.row_id]
            rest.insert(max(0, min(int(op.position), len(rest))), moving[0])
            rows[op.entity] = rest
            _renumbered(rest)
        elif isinstance(op, SetClause):
            old = clauses.get(op.key, ClauseState())
            state = old.state
            if op.state is not None:
                try:
                    state = AgreementState(op.state)
                except ValueError:
                    state = old.state
            clauses[op.key] = ClauseState(state, old.note if op.note is None else op.note)
    return replace(
        snapshot,
        workshop=workshop,
        rows={name: tuple(found) if name in touched else found for name, found in rows.items()},
        singles=singles,
        clauses=clauses,
    )


def save_batches(ops: Sequence[Op]) -> list[list[Op]]:
    """Split queued ops into batches the store can apply one transaction each.

    A row removed and re-added with the same id (add → undo → redo, or remove → undo, within one
    autosave interval) must be deleted in one transaction and inserted in the next: the store refuses
    an id it still holds. Everything else stays in one batch.
    """
    batches: list[list[Op]] = [[]]
    removed: set[str] = set()
    for op in ops:
        if isinstance(op, AddRow) and op.row_id in removed:
            batches.append([])
            removed.clear()
        batches[-1].append(op)
        if isinstance(op, RemoveRow):
            removed.add(op.row_id)
    return [batch for batch in batches if batch]


def compact(ops: Sequence[Op]) -> list[Op]:
    """Drop edits a later edit of the same field overwrites (a typing burst saves one value).

    Only ``SetField`` and ``SetClause`` are dropped, and only when a later op sets the very same
    thing; the final state is the same as applying every op in order.
    """
    seen: set[tuple[Any, ...]] = set()
    kept: list[Op] = []
    for op in reversed(ops):
        key: tuple[Any, ...] | None = None
        if isinstance(op, SetField):
            key = ("field", op.entity, op.field, op.row_id)
        elif isinstance(op, SetClause):
            key = ("clause", op.key, op.state is None, op.note is None)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        kept.append(op)
    kept.reverse()
    return kept
