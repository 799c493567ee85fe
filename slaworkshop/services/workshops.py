"""The workshop library and editing: list, create, duplicate, rename, delete/restore, read, apply edits."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from slaworkshop.model import steps as _steps  # noqa: F401 - registers the step entities
from slaworkshop.model.db import Store
from slaworkshop.model.enums import AgreementState, Language, WorkshopStatus
from slaworkshop.model.fields import ENTITIES, WORKSHOP, EntitySpec, FieldError, entity
from slaworkshop.model.messages import msg, term
from slaworkshop.model.signing import SignedRecordError, SignedVersion
from slaworkshop.model.tables import Base, Clause, Workshop, new_id
from slaworkshop.model.text import clean_text
from slaworkshop.model.types import utcnow

from .errors import ConflictError, NotFoundError, ValidationError
from .ops import AddRow, MoveRow, Op, RemoveRow, SetClause, SetField
from .snapshot import ClauseState, WorkshopSnapshot, WorkshopSummary

_CLAUSE_KEY = re.compile(r"^[a-z0-9_.:-]{1,64}$")
MAX_OPS_PER_SAVE = 10_000
MAX_ID_LENGTH = 64


def _valid_id(value: object) -> bool:
    """Ids are short printable ASCII; anything else cannot name a row and must not reach the driver
    (a NUL or a lone surrogate makes PostgreSQL and SQLite raise instead of finding nothing)."""
    return (
        isinstance(value, str) and 0 < len(value) <= MAX_ID_LENGTH and value.isascii() and value.isprintable()
    )


def _position(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(msg("A position must be a whole number, not “{value}”.", value=str(value)[:40]))
    return value


@dataclass(frozen=True)
class ApplyResult:
    revision: int
    updated_at: Any


def _row_dict(spec: EntitySpec, obj: Base) -> dict[str, Any]:
    data = {f.name: getattr(obj, f.name) for f in spec.fields}
    if not spec.single:
        data["id"] = obj.id  # type: ignore[attr-defined]
        data["position"] = obj.position  # type: ignore[attr-defined]
    return data


def _list_specs() -> list[EntitySpec]:
    return [s for s in ENTITIES.values() if not s.single]


def _single_specs() -> list[EntitySpec]:
    return [s for s in ENTITIES.values() if s.single and s is not WORKSHOP]


class WorkshopService:
    """Every read and write of workshops goes through here (UI and CLI alike)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ----------------------------------------------------------------- library
    def list_workshops(self, search: str = "", *, deleted: bool = False) -> list[WorkshopSummary]:
        """Workshops newest change first; ``search`` matches client or title, case-insensitively."""
        w = Workshop
        query = select(
            w.id,
            w.client,
            w.title,
            w.date_start,
            w.date_end,
            w.status,
            w.language,
            w.updated_at,
            w.deleted_at,
        )
        query = query.where(w.deleted_at.is_not(None) if deleted else w.deleted_at.is_(None))
        term = clean_text(search if isinstance(search, str) else "", multiline=False).strip().casefold()[:500]
        if term:
            # SQLite's lower() knows only ASCII; the store registers Python's casefold() as
            # casefold(), so "MÜLLER" finds "Müller" there as it does on PostgreSQL.
            fold = func.casefold if self.store.is_sqlite else func.lower
            query = query.where(
                or_(
                    fold(w.client).contains(term, autoescape=True),
                    fold(w.title).contains(term, autoescape=True),
                )
            )
        query = query.order_by(w.updated_at.desc(), w.id)
        with self.store.read() as session:
            # Plain columns need no ORM loading: executing on the connection saves a fifth of the
            # time with 10,000 workshops (benchmarks/store_library.py).
            return [WorkshopSummary(*row) for row in session.connection().execute(query).all()]

    def count(self) -> int:
        with self.store.read() as session:
            return (
                session.scalar(
                    select(func.count()).select_from(Workshop).where(Workshop.deleted_at.is_(None))
                )
                or 0
            )

    def create(
        self,
        client: str = "",
        title: str = "",
        *,
        language: str = Language.EN.value,
        date_start: date | None = None,
        facilitator: str = "",
        venue: str = "",
    ) -> str:
        values = {
            "client": client,
            "title": title,
            "language": language,
            "date_start": date_start,
            "facilitator": facilitator,
            "venue": venue,
        }
        cleaned = {name: self._coerce(WORKSHOP, name, value) for name, value in values.items()}
        with self.store.write() as session:
            workshop = Workshop(id=new_id(), status=WorkshopStatus.DRAFT.value, **cleaned)
            session.add(workshop)
            session.flush()
            return workshop.id

    def duplicate(self, workshop_id: str, *, title_suffix: str = " (copy)") -> str:
        """A new draft with the same content (not its signed versions)."""
        with self.store.write() as session:
            source = self._live(session, workshop_id)
            copy = Workshop(
                id=new_id(),
                status=WorkshopStatus.DRAFT.value,
                **{f.name: getattr(source, f.name) for f in WORKSHOP.fields},
            )
            copy.title = (copy.title + title_suffix)[: len(copy.title) + len(title_suffix)]
            session.add(copy)
            session.flush()
            for spec in _list_specs():
                rows = session.scalars(
                    select(spec.table).where(spec.table.workshop_id == workshop_id)  # type: ignore[attr-defined]
                ).all()
                for row in rows:
                    values = {f.name: getattr(row, f.name) for f in spec.fields}
                    session.add(spec.table(id=new_id(), workshop_id=copy.id, position=row.position, **values))  # type: ignore[attr-defined]
            for spec in _single_specs():
                single = session.get(spec.table, workshop_id)
                if single is not None:
                    values = {f.name: getattr(single, f.name) for f in spec.fields}
                    session.add(spec.table(workshop_id=copy.id, **values))
            for clause in session.scalars(select(Clause).where(Clause.workshop_id == workshop_id)):
                session.add(
                    Clause(
                        workshop_id=copy.id,
                        key=clause.key,
                        agreement=clause.agreement,
                        agreement_note=clause.agreement_note,
                    )
                )
            return copy.id

    def rename(self, workshop_id: str, title: str) -> None:
        self.apply(workshop_id, None, [SetField("workshop", "title", title)])

    def delete(self, workshop_id: str) -> None:
        """Move a workshop to the trash; :meth:`restore` brings it back."""
        with self.store.write() as session:
            workshop = self._live(session, workshop_id)
            workshop.deleted_at = utcnow()

    def restore(self, workshop_id: str) -> None:
        with self.store.write() as session:
            workshop = session.get(Workshop, workshop_id) if _valid_id(workshop_id) else None
            if workshop is None or workshop.deleted_at is None:
                raise NotFoundError(msg("That workshop is not in the trash."))
            workshop.deleted_at = None
            workshop.updated_at = utcnow()

    def purge(self, workshop_id: str) -> None:
        """Delete a workshop from the trash for good — unless it has signed versions.

        A signed version is a record: its fingerprint is printed on paper that people signed, and
        ``verify`` answers for its exported files from it. Such a workshop stays in the trash (out
        of the library, restorable) and :class:`SignedRecordError` says why; the database refuses
        the deletion as well.
        """
        with self.store.write() as session:
            workshop = session.get(Workshop, workshop_id) if _valid_id(workshop_id) else None
            if workshop is None or workshop.deleted_at is None:
                raise NotFoundError(msg("Only a workshop in the trash can be deleted for good."))
            signed = session.scalars(
                select(SignedVersion.number)
                .where(SignedVersion.workshop_id == workshop_id)
                .order_by(SignedVersion.number)
            ).all()
            if signed:
                which = (
                    msg("version {number}", number=signed[0])
                    if len(signed) == 1
                    else msg("versions {first}–{last}", first=signed[0], last=signed[-1])
                )
                raise SignedRecordError(
                    msg(
                        "This workshop has signed {which}. Signed agreements are kept as a record and "
                        "cannot be deleted for good; the workshop stays in the trash, where it can be restored.",
                        which=which,
                    )
                )
            session.delete(workshop)

    # ----------------------------------------------------------------- editing
    def get(self, workshop_id: str) -> WorkshopSnapshot:
        with self.store.read() as session:
            return self._snapshot(session, self._live(session, workshop_id))

    def exists(self, workshop_id: str) -> bool:
        if not _valid_id(workshop_id):
            return False
        with self.store.read() as session:
            workshop = session.get(Workshop, workshop_id)
            return workshop is not None and workshop.deleted_at is None

    def apply(self, workshop_id: str, expected_revision: int | None, ops: Sequence[Op]) -> ApplyResult:
        """Apply edits in one transaction.

        ``expected_revision`` is the revision the editor last saw; if someone saved since, the whole
        batch is refused with :class:`ConflictError` and nothing is written. A wrong value raises
        :class:`ValidationError` and nothing is written either.
        """
        if len(ops) > MAX_OPS_PER_SAVE:
            raise ValidationError(
                msg(
                    "Too many changes at once ({count:,}); at most {limit:,}.",
                    count=len(ops),
                    limit=MAX_OPS_PER_SAVE,
                )
            )
        try:
            with self.store.write() as session:
                workshop = self._live(session, workshop_id)
                if expected_revision is not None and workshop.revision != expected_revision:
                    raise ConflictError(workshop_id, expected_revision, workshop.revision)
                if workshop.status == WorkshopStatus.SIGNED.value:
                    # Editing a signed workshop starts a new draft; the signed version stays frozen
                    # in its own record.
                    workshop.status = WorkshopStatus.DRAFT.value
                for op in ops:
                    self._apply_one(session, workshop, op)
                workshop.updated_at = utcnow()
                session.flush()
                return ApplyResult(workshop.revision, workshop.updated_at)
        except StaleDataError as exc:
            raise ConflictError(workshop_id, expected_revision or -1, None) from exc

    # ----------------------------------------------------------------- internals
    @staticmethod
    def _coerce(spec: EntitySpec, name: str, value: Any) -> Any:
        if not isinstance(name, str):
            raise ValidationError(
                msg("{table} has no field “{name}”.", table=term(spec.label), name=str(name)[:40]),
                entity=spec.name,
            )
        try:
            return spec.field(name).coerce(value)
        except FieldError as exc:
            raise ValidationError(str(exc), entity=spec.name, field=name) from exc

    @staticmethod
    def _live(session: Session, workshop_id: str) -> Workshop:
        workshop = session.get(Workshop, workshop_id) if _valid_id(workshop_id) else None
        if workshop is None or workshop.deleted_at is not None:
            raise NotFoundError(msg("There is no workshop with the id “{id}”.", id=str(workshop_id)[:40]))
        return workshop

    def _snapshot(self, session: Session, workshop: Workshop) -> WorkshopSnapshot:
        rows: dict[str, tuple[Mapping[str, Any], ...]] = {}
        for spec in _list_specs():
            table: Any = spec.table
            found = session.scalars(
                select(table).where(table.workshop_id == workshop.id).order_by(table.position, table.id)
            ).all()
            rows[spec.name] = tuple(_row_dict(spec, r) for r in found)
        singles: dict[str, Mapping[str, Any]] = {}
        for spec in _single_specs():
            single = session.get(spec.table, workshop.id)
            singles[spec.name] = _row_dict(spec, single) if single is not None else spec.defaults()
        clauses = {
            c.key: ClauseState(AgreementState(c.agreement), c.agreement_note)
            for c in session.scalars(select(Clause).where(Clause.workshop_id == workshop.id))
        }
        data = _row_dict(WORKSHOP, workshop)
        data["status"] = workshop.status
        return WorkshopSnapshot(
            id=workshop.id,
            revision=workshop.revision,
            updated_at=workshop.updated_at,
            created_at=workshop.created_at,
            workshop=data,
            rows=rows,
            singles=singles,
            clauses=clauses,
        )

    def _apply_one(self, session: Session, workshop: Workshop, op: Op) -> None:
        if isinstance(op, SetField):
            known = isinstance(op.entity, str) and op.entity in ENTITIES
            spec = entity(op.entity) if known else self._unknown(op.entity)
            value = self._coerce(spec, op.field, op.value)
            if spec is WORKSHOP:
                setattr(workshop, op.field, value)
            elif spec.single:
                single = session.get(spec.table, workshop.id)
                if single is None:
                    single = spec.table(workshop_id=workshop.id, **spec.defaults())
                    session.add(single)
                setattr(single, op.field, value)
            else:
                row = self._row(session, spec, workshop.id, op.row_id)
                setattr(row, op.field, value)
        elif isinstance(op, AddRow):
            spec = self._list_spec(op.entity)
            values = spec.defaults()
            if not isinstance(op.values, Mapping):
                raise ValidationError(msg("A new row needs its values as a mapping."))
            for name, value in op.values.items():
                values[name] = self._coerce(spec, name, value)
            if not isinstance(op.row_id, str) or not re.fullmatch(r"[0-9a-f]{32}", op.row_id):
                raise ValidationError(msg("A new row needs a valid id."))
            if session.get(spec.table, op.row_id) is not None:
                raise ValidationError(msg("A row with this id exists already."))
            siblings = self._siblings(session, spec, workshop.id)
            position = (
                len(siblings) if op.position is None else max(0, min(_position(op.position), len(siblings)))
            )
            row = spec.table(id=op.row_id, workshop_id=workshop.id, position=position, **values)
            siblings.insert(position, row)
            session.add(row)
            self._renumber(siblings)
        elif isinstance(op, RemoveRow):
            spec = self._list_spec(op.entity)
            row = self._row(session, spec, workshop.id, op.row_id)
            siblings = [r for r in self._siblings(session, spec, workshop.id) if r is not row]
            session.delete(row)
            self._renumber(siblings)
        elif isinstance(op, MoveRow):
            spec = self._list_spec(op.entity)
            row = self._row(session, spec, workshop.id, op.row_id)
            siblings = [r for r in self._siblings(session, spec, workshop.id) if r is not row]
            siblings.insert(max(0, min(_position(op.position), len(siblings))), row)
            self._renumber(siblings)
        elif isinstance(op, SetClause):
            if not isinstance(op.key, str) or not _CLAUSE_KEY.match(op.key):
                raise ValidationError(msg("Unknown section."))
            clause = session.scalar(
                select(Clause).where(Clause.workshop_id == workshop.id, Clause.key == op.key)
            )
            if clause is None:
                clause = Clause(
                    workshop_id=workshop.id,
                    key=op.key,
                    agreement=AgreementState.OPEN.value,
                    agreement_note="",
                )
                session.add(clause)
            if op.state is not None:
                try:
                    clause.agreement = AgreementState(op.state).value
                except ValueError:
                    raise ValidationError(
                        msg("“{value}” is not an agreement state.", value=str(op.state)[:40])
                    ) from None
            if op.note is not None:
                if not isinstance(op.note, str):
                    raise ValidationError(msg("An agreement note must be text."))
                clause.agreement_note = clean_text(op.note)
        else:
            raise ValidationError(msg("Unknown edit {name}.", name=type(op).__name__))

    @staticmethod
    def _unknown(name: str) -> EntitySpec:
        raise ValidationError(msg("There is no “{name}” in a workshop.", name=str(name)[:40]))

    def _list_spec(self, name: str) -> EntitySpec:
        spec = ENTITIES.get(name) if isinstance(name, str) else None  # a list is not hashable
        if spec is None or spec.single:
            raise ValidationError(msg("There is no list “{name}” in a workshop.", name=str(name)[:40]))
        return spec

    @staticmethod
    def _siblings(session: Session, spec: EntitySpec, workshop_id: str) -> list[Any]:
        table: Any = spec.table
        return list(
            session.scalars(
                select(table).where(table.workshop_id == workshop_id).order_by(table.position, table.id)
            )
        )

    @staticmethod
    def _renumber(rows: Iterable[Any]) -> None:
        for index, row in enumerate(rows):
            if row.position != index:
                row.position = index

    @staticmethod
    def _row(session: Session, spec: EntitySpec, workshop_id: str, row_id: str | None) -> Any:
        row = session.get(spec.table, row_id) if _valid_id(row_id) else None
        if row is None or row.workshop_id != workshop_id:  # type: ignore[attr-defined]
            raise NotFoundError(
                msg(
                    "That {row} no longer exists (it may have been removed elsewhere).",
                    row=term(spec.label, shown=spec.label.lower()),
                )
            )
        return row
