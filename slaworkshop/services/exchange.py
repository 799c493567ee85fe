"""Workshop files in and out of the store: export one workshop as ``.slaw``, preview a file, import it.

Import is all or nothing: the file is checked completely (``exchange.workshop_file.read``) before
the one write transaction starts, and any refusal inside the transaction rolls everything back. A
workshop that exists already is never merged silently: the caller chooses :attr:`ImportMode.COPY`
(a new workshop with new ids) or :attr:`ImportMode.REPLACE` (the local content is replaced by the
file's); without a choice :class:`ImportChoiceNeeded` is raised.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from slaworkshop.exchange.workshop_file import WorkshopData, WorkshopFileError, dump, read
from slaworkshop.model.enums import WorkshopStatus
from slaworkshop.model.fields import ENTITIES, WORKSHOP, EntitySpec
from slaworkshop.model.tables import Clause, Workshop, new_id
from slaworkshop.model.types import utcnow

from .workshops import WorkshopService

COPY_SUFFIX = " (imported copy)"


class ImportMode(StrEnum):
    COPY = "copy"
    REPLACE = "replace"


class ImportChoiceNeeded(WorkshopFileError):
    """The workshop exists here already: import it as a copy or replace the local one."""

    def __init__(self, workshop_id: str, local_title: str) -> None:
        self.workshop_id = workshop_id
        self.local_title = local_title
        super().__init__(
            f"This workshop exists here already (“{local_title[:80]}”). Import it as a copy, or replace "
            "the local workshop with the file's content."
        )


@dataclass(frozen=True)
class Preview:
    client: str
    title: str
    date_start: Any
    language: str
    updated_at: datetime | None
    exported_at: datetime | None
    versions: int
    rows: int
    exists_locally: bool
    local_title: str = ""


def _list_specs() -> list[EntitySpec]:
    return [s for s in ENTITIES.values() if s is not WORKSHOP and not s.single]


def _single_specs() -> list[EntitySpec]:
    return [s for s in ENTITIES.values() if s is not WORKSHOP and s.single]


def export_file(service: WorkshopService, workshop_id: str, path: Path, *, overwrite: bool = False) -> Path:
    """Write the workshop as a ``.slaw`` file (atomically; an existing file only with ``overwrite``)."""
    from slaworkshop import __version__
    from slaworkshop.export.files import write_atomic

    snapshot = service.get(workshop_id)
    return write_atomic(Path(path), dump(snapshot, app_version=__version__), overwrite=overwrite)


def preview(service: WorkshopService, source: Path | bytes) -> tuple[WorkshopData, Preview]:
    """Check the file and summarise it for the confirmation dialog; nothing is written."""
    data = read(source)
    local_title = ""
    exists = service.exists(data.id)
    if exists:
        local = service.get(data.id)
        local_title = str(local.value("title") or "")
    preview = Preview(
        client=str(data.workshop.get("client") or ""),
        title=str(data.workshop.get("title") or ""),
        date_start=data.workshop.get("date_start"),
        language=str(data.workshop.get("language") or ""),
        updated_at=data.updated_at,
        exported_at=data.exported_at,
        versions=len(data.extra.get("versions") or ()),
        rows=sum(len(v) for v in data.rows.values()),
        exists_locally=exists,
        local_title=local_title,
    )
    return data, preview


def import_data(service: WorkshopService, data: WorkshopData, mode: ImportMode | None = None) -> str:
    """Write a checked workshop file into the store in one transaction; returns the workshop's id."""
    if mode is not None:
        mode = ImportMode(mode)
    try:
        with service.store.write() as session:
            existing = session.get(Workshop, data.id)
            if mode is ImportMode.COPY:
                return _insert(session, data, copy=True)
            if existing is not None:
                # A local workshop in the trash is simply brought back with the file's content.
                if existing.deleted_at is None and mode is not ImportMode.REPLACE:
                    raise ImportChoiceNeeded(data.id, existing.title)
                return _replace(session, existing, data)
            return _insert(session, data, copy=False)
    except IntegrityError:
        raise WorkshopFileError(
            "The file reuses ids of another workshop in this database; import it as a copy instead."
        ) from None


def import_file(service: WorkshopService, source: Path | bytes, mode: ImportMode | None = None) -> str:
    return import_data(service, read(source), mode)


def _id_map(data: WorkshopData, copy: bool) -> dict[str, str]:
    ids = {data.id: new_id() if copy else data.id}
    for items in data.rows.values():
        for row_id, _values in items:
            ids[row_id] = new_id() if copy else row_id
    return ids


def _remapped(spec: EntitySpec, values: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    if spec.name == "governance" and values.get("core_team"):
        values = dict(values)
        values["core_team"] = " ".join(ids.get(part, part) for part in str(values["core_team"]).split())
    return values


def _add_content(session: Session, workshop_id: str, data: WorkshopData, ids: dict[str, str]) -> None:
    for name, items in data.rows.items():
        spec = ENTITIES[name]
        for position, (row_id, values) in enumerate(items):
            session.add(
                spec.table(
                    id=ids[row_id], workshop_id=workshop_id, position=position, **_remapped(spec, values, ids)
                )
            )
    for name, values in data.singles.items():
        spec = ENTITIES[name]
        session.add(spec.table(workshop_id=workshop_id, **_remapped(spec, values, ids)))
    for key, state, note in data.clauses:
        session.add(Clause(workshop_id=workshop_id, key=key, agreement=state, agreement_note=note))


def _insert(session: Session, data: WorkshopData, *, copy: bool) -> str:
    ids = _id_map(data, copy)
    values = dict(data.workshop)
    if copy:
        values["title"] = str(values.get("title") or "") + COPY_SUFFIX
    now = utcnow()
    workshop = Workshop(
        id=ids[data.id],
        status=WorkshopStatus.DRAFT.value,
        created_at=now if copy else (data.created_at or now),
        updated_at=now,
        **values,
    )
    session.add(workshop)
    session.flush()
    _add_content(session, workshop.id, data, ids)
    session.flush()
    return workshop.id


def _replace(session: Session, workshop: Workshop, data: WorkshopData) -> str:
    for spec in [*_list_specs(), *_single_specs()]:
        table: Any = spec.table
        session.execute(delete(table).where(table.workshop_id == workshop.id))
    session.execute(delete(Clause).where(Clause.workshop_id == workshop.id))
    for name, value in data.workshop.items():
        setattr(workshop, name, value)
    workshop.deleted_at = None
    workshop.status = WorkshopStatus.DRAFT.value
    workshop.updated_at = utcnow()
    session.flush()
    _add_content(session, workshop.id, data, _id_map(data, copy=False))
    session.flush()
    return workshop.id


def local_ids(session: Session, workshop_id: str) -> set[str]:
    found = {workshop_id}
    for spec in _list_specs():
        table: Any = spec.table
        found.update(session.scalars(select(table.id).where(table.workshop_id == workshop_id)))
    return found
