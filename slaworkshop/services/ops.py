"""Edits to an open workshop, as values: applied by the workshop service, inverted for undo."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from slaworkshop.model.enums import AgreementState
from slaworkshop.model.tables import new_id

from .snapshot import WorkshopSnapshot


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
