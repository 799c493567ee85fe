"""Frozen, plain-data copies of a workshop: what the UI shows and the exporters print.

Nothing here is a live ORM row; a snapshot can be handed to another thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

from slaworkshop.model.enums import AgreementState

Row = Mapping[str, Any]


@dataclass(frozen=True)
class ClauseState:
    state: AgreementState = AgreementState.OPEN
    note: str = ""


@dataclass(frozen=True)
class WorkshopSnapshot:
    id: str
    revision: int
    updated_at: datetime
    created_at: datetime
    workshop: Row
    rows: Mapping[str, tuple[Row, ...]] = field(default_factory=dict)
    singles: Mapping[str, Row] = field(default_factory=dict)
    clauses: Mapping[str, ClauseState] = field(default_factory=dict)

    def value(self, name: str) -> Any:
        return self.workshop.get(name)

    def rows_of(self, entity: str) -> tuple[Row, ...]:
        return self.rows.get(entity, ())

    def single(self, entity: str) -> Row:
        return self.singles.get(entity, MappingProxyType({}))

    def clause(self, key: str) -> ClauseState:
        return self.clauses.get(key, ClauseState())

    def row(self, entity: str, row_id: str) -> Row | None:
        for row in self.rows_of(entity):
            if row["id"] == row_id:
                return row
        return None


@dataclass(frozen=True)
class WorkshopSummary:
    """One line of the library."""

    id: str
    client: str
    title: str
    date_start: Any
    date_end: Any
    status: str
    language: str
    updated_at: datetime
    deleted_at: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "client": self.client,
            "title": self.title,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "status": self.status,
            "language": self.language,
            "updated": self.updated_at.isoformat(timespec="seconds"),
        }
