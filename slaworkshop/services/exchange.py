"""Workshop files in and out of the store: export one workshop as ``.slaw``, preview a file, import it.

Import is all or nothing: the file is checked completely (``exchange.workshop_file.read`` and
:func:`check_history`) before the one write transaction starts, and any refusal inside the
transaction rolls everything back. A workshop that exists already is never merged silently: the
caller chooses :attr:`ImportMode.COPY` (a new workshop with new ids) or :attr:`ImportMode.REPLACE`
(the local content is replaced by the file's); without a choice :class:`ImportChoiceNeeded` is raised.

The signed history travels with the workshop (format 2) and is verified on import:

* the audit log must be an intact hash chain (``signoff.check_chain``); a file whose log was altered
  is refused as a whole — a log cannot be imported in part;
* every signed version's content must be canonical JSON whose SHA-256 is its fingerprint, and its
  fingerprint and approvals must be the ones its ``sign_off`` event recorded. A version that fails
  is **tampered**: it is not imported (neither it, its approvals nor its recorded exports), the
  import says so (:attr:`ImportResult.warnings`, :attr:`Preview.dropped`), and the workshop's
  content comes in as a draft unless an intact version has exactly that content;
* a version whose checks pass but whose values the store would refuse, a picture that is not a
  sound PNG, an export record missing from the log: the file is crafted and is refused.

Signed records are append-only, so :attr:`ImportMode.REPLACE` is possible only while the local
workshop's signed history is a beginning of the file's (the same audit events, the same versions):
the file's later versions and events are added. A local history the file does not have is never
deleted: such a file can only be imported as a copy. A copy gets new ids for everything; its audit
log is re-chained under the copy's id after the file's chain was verified.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from slaworkshop.exchange.workshop_file import (
    ID_PATTERN,
    ApprovalData,
    AuditData,
    ExportData,
    History,
    VersionData,
    WorkshopData,
    WorkshopFileError,
    dump,
    read,
)
from slaworkshop.model.enums import AgreementState, WorkshopStatus
from slaworkshop.model.fields import ENTITIES, WORKSHOP, EntitySpec, FieldError
from slaworkshop.model.messages import message_of, msg, term
from slaworkshop.model.signing import Approval, AuditEvent, ExportRecord, SignedVersion
from slaworkshop.model.tables import Clause, Workshop, new_id
from slaworkshop.model.types import utcnow

from .errors import ValidationError
from .signoff import GENESIS_HASH, AuditEntry, AuditKind, check_chain, check_signature_png, event_hash
from .versions import Canonical, ContentError, canonical_content, canonical_json, canonical_value, fingerprint
from .workshops import WorkshopService

COPY_SUFFIX = " (imported copy)"
_ID = re.compile(ID_PATTERN)


class ImportMode(StrEnum):
    COPY = "copy"
    REPLACE = "replace"


class ImportChoiceNeeded(WorkshopFileError):
    """The workshop exists here already: import it as a copy or replace the local one."""

    def __init__(self, workshop_id: str, local_title: str) -> None:
        self.workshop_id = workshop_id
        self.local_title = local_title
        super().__init__(
            msg(
                "This workshop exists here already (“{title}”). Choose: import it as a copy, or "
                "replace the local workshop with the file's content.",
                title=local_title[:80],
            )
        )


class ReplaceRefused(WorkshopFileError):
    """Replacing would delete signed records of the local workshop; only a copy is possible."""


@dataclass(frozen=True)
class DroppedVersion:
    number: int
    reason: str

    def message(self) -> str:
        return msg(
            "Signed version {number} was not imported: {reason}.", number=self.number, reason=self.reason
        )


@dataclass(frozen=True)
class HistoryCheck:
    """The file's signed history after verification: what can be imported as signed, what not."""

    versions: tuple[VersionData, ...]
    dropped: tuple[DroppedVersion, ...]
    audit: tuple[AuditData, ...]
    exports: tuple[ExportData, ...]
    contents: Mapping[int, Canonical]


@dataclass(frozen=True)
class Preview:
    client: str
    title: str
    date_start: Any
    language: str
    updated_at: datetime | None
    exported_at: datetime | None
    versions: int
    """Signed versions that will be imported as signed."""
    rows: int
    exists_locally: bool
    local_title: str = ""
    dropped: tuple[str, ...] = ()
    """One message per signed version that fails its checks (it will not be imported as signed)."""
    replace_problem: str = ""
    """Why replacing the local workshop is impossible (empty: it is possible)."""
    latest_version: int = 0


@dataclass(frozen=True)
class ImportResult:
    workshop_id: str
    mode: ImportMode | None
    versions: int
    dropped: tuple[str, ...] = ()

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.dropped


def _list_specs() -> list[EntitySpec]:
    return [s for s in ENTITIES.values() if s is not WORKSHOP and not s.single]


def _single_specs() -> list[EntitySpec]:
    return [s for s in ENTITIES.values() if s is not WORKSHOP and s.single]


# --------------------------------------------------------------------------- export
def load_history(session: Session, workshop_id: str) -> History:
    """The workshop's signed versions (with approvals and pictures), audit log and export records."""
    versions = session.scalars(
        select(SignedVersion).where(SignedVersion.workshop_id == workshop_id).order_by(SignedVersion.number)
    ).all()
    number_of = {v.id: v.number for v in versions}
    approvals: dict[str, list[ApprovalData]] = {v.id: [] for v in versions}
    if versions:
        for a in session.scalars(
            select(Approval).where(Approval.version_id.in_(list(number_of))).order_by(Approval.position)
        ):
            approvals[a.version_id].append(
                ApprovalData(
                    a.name, a.title, a.department, a.role, a.approved_on, a.typed_name, a.signature_png
                )
            )
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.workshop_id == workshop_id).order_by(AuditEvent.seq)
    ).all()
    exports = (
        session.scalars(
            select(ExportRecord)
            .where(ExportRecord.version_id.in_(list(number_of)))
            .order_by(ExportRecord.audit_seq)
        ).all()
        if versions
        else []
    )
    return History(
        versions=tuple(
            VersionData(
                number=v.number,
                signed_at=v.signed_at,
                fingerprint=v.fingerprint,
                signed_by=v.signed_by,
                workshop_revision=v.workshop_revision,
                content=v.content,
                approvals=tuple(approvals[v.id]),
            )
            for v in versions
        ),
        audit=tuple(AuditData(e.seq, e.at, e.kind, e.details, e.prev_hash, e.hash) for e in events),
        exports=tuple(
            ExportData(
                version=number_of[x.version_id],
                format=x.format,
                file_name=x.file_name,
                sha256=x.sha256,
                size=x.size,
                exported_at=x.exported_at,
                audit_seq=x.audit_seq,
            )
            for x in exports
        ),
    )


def export_bytes(service: WorkshopService, workshop_id: str) -> bytes:
    """The ``.slaw`` file of the workshop: its content and its whole signed history."""
    from slaworkshop import __version__

    with service.store.read() as session:
        snapshot = service._snapshot(session, service._live(session, workshop_id))
        history = load_history(session, workshop_id)
    return dump(snapshot, history=history, app_version=__version__)


def export_file(service: WorkshopService, workshop_id: str, path: Path, *, overwrite: bool = False) -> Path:
    """Write the workshop as a ``.slaw`` file (atomically; an existing file only with ``overwrite``)."""
    from slaworkshop.export.files import write_atomic

    return write_atomic(Path(path), export_bytes(service, workshop_id), overwrite=overwrite)


# --------------------------------------------------------------------------- checking the history
def _details(event: AuditData) -> dict[str, Any]:
    try:
        found = json.loads(event.details)
    except (ValueError, RecursionError):
        raise WorkshopFileError(_unreadable_event(event.seq)) from None
    if not isinstance(found, dict):
        raise WorkshopFileError(_unreadable_event(event.seq))
    return found


def _cut(error: Exception, limit: int) -> str:
    """An error's message (kept translatable when it is short enough to show whole)."""
    text = message_of(error)
    return text if len(text) <= limit else text[:limit]


def _unreadable_event(seq: int) -> str:
    return msg("Audit event {seq} of the file is not readable; it is not imported.", seq=seq)


def _approvals_logged(version: VersionData) -> list[dict[str, Any]]:
    return [
        {
            "name": a.name,
            "role": a.role,
            "approved_on": a.approved_on.isoformat(),
            "typed_name": a.typed_name,
            "signature_sha256": hashlib.sha256(a.signature).hexdigest() if a.signature else None,
        }
        for a in version.approvals
    ]


def _check_content_values(content: Canonical, number: int, checked: set[tuple[str, Any]]) -> None:
    """Signed content the store and the exporters can take: every value as typing it would give.

    ``checked`` remembers rows found good in an earlier version (versions mostly repeat each other)."""
    where = msg("Signed version {number}", number=number)

    def row(spec: EntitySpec, values: Any, label: str) -> None:
        if not isinstance(values, dict):
            raise WorkshopFileError(msg("{where}: {row} is not a set of values.", where=where, row=label))
        try:
            key = (spec.name, frozenset(values.items()))
        except TypeError:  # a list or an object where a value belongs: checked (and refused) below
            key = None
        if key is not None and key in checked:
            return
        for name, value in values.items():
            if name == "id" and not spec.single and spec is not WORKSHOP:
                if not isinstance(value, str) or not _ID.match(value):
                    raise WorkshopFileError(
                        msg("{where}: {row} has an id of the wrong form.", where=where, row=label)
                    )
                continue
            try:
                field = spec.field(name)
                ok = canonical_value(field, field.coerce(value)) == value
            except (FieldError, KeyError, ContentError, TypeError, ValueError) as exc:
                raise WorkshopFileError(
                    msg("{where}: {row}: {problem}", where=where, row=label, problem=_cut(exc, 120) or name)
                ) from None
            if not ok:
                raise WorkshopFileError(
                    msg(
                        "{where}: {row}: “{name}” holds a value the app would not store.",
                        where=where,
                        row=label,
                        name=name,
                    )
                )
        if key is not None:
            checked.add(key)

    row(WORKSHOP, content["workshop"], msg("the workshop"))
    for name, items in content["rows"].items():
        spec = ENTITIES.get(name)
        if spec is None or spec.single or spec is WORKSHOP or not isinstance(items, list):
            raise WorkshopFileError(
                msg("{where}: “{name}” is not a list of the workshop.", where=where, name=str(name)[:40])
            )
        for index, values in enumerate(items, start=1):
            row(spec, values, msg("{table} {number}", table=term(spec.label), number=index))
    for name, values in content["singles"].items():
        spec = ENTITIES.get(name)
        if spec is None or not spec.single:
            raise WorkshopFileError(
                msg("{where}: “{name}” is not a section of the workshop.", where=where, name=str(name)[:40])
            )
        row(spec, values, term(spec.label))
    for key, state in content["clauses"].items():
        if (
            not isinstance(state, dict)
            or set(state) - {"state", "note"}
            or state.get("state") not in {s.value for s in AgreementState}
            or not isinstance(state.get("note", ""), str)
        ):
            raise WorkshopFileError(
                msg("{where}: the agreement of “{key}” is not readable.", where=where, key=str(key)[:40])
            )


def _parse_canonical(text: str) -> Canonical | None:
    """The content if ``text`` is canonical JSON of the known format, else None."""
    try:
        content = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(content, dict) or content.get("format") != 1:
        return None
    if not all(isinstance(content.get(k), dict) for k in ("workshop", "rows", "singles", "clauses")):
        return None
    try:
        if canonical_json(content) != text:
            return None
    except (ValueError, TypeError):
        return None
    return content


def _fingerprint_or_none(content: Canonical) -> str | None:
    """The fingerprint, or None for content of the right form on the outside and wrong inside."""
    try:
        return fingerprint(content)
    except (TypeError, AttributeError, ValueError, RecursionError):
        return None


def check_history(data: WorkshopData) -> HistoryCheck:
    """Verify the file's signed history (see the module docstring); raises WorkshopFileError for a
    file that cannot be imported at all, and returns the versions that are not tampered."""
    history = data.history
    entries = [
        AuditEntry(data.id, e.seq, e.at, e.kind, e.details, e.prev_hash, e.hash) for e in history.audit
    ]
    chain = check_chain(entries)
    if not chain.ok:
        raise WorkshopFileError(
            msg(
                "The audit log in the file was altered ({problem}); it is not imported.",
                problem=chain.problem,
            )
        )
    signed_events: dict[int, dict[str, Any]] = {}
    export_events: dict[int, dict[str, Any]] = {}
    for event in history.audit:
        if event.kind == AuditKind.SIGN_OFF.value:
            details = _details(event)
            if isinstance(details.get("version"), int):
                signed_events[details["version"]] = details
        elif event.kind == AuditKind.EXPORT.value:
            export_events[event.seq] = _details(event)
    kept: list[VersionData] = []
    dropped: list[DroppedVersion] = []
    contents: dict[int, Canonical] = {}
    checked: set[tuple[str, Any]] = set()
    for version in history.versions:
        content = _parse_canonical(version.content)
        logged = signed_events.get(version.number)
        reason = ""
        if content is None:
            reason = msg("its content is not as it was signed (altered after signing)")
        elif _fingerprint_or_none(content) != version.fingerprint:
            reason = msg("its content does not match its fingerprint (altered after signing)")
        elif logged is None:
            reason = msg("its sign-off is not in the audit log")
        elif logged.get("fingerprint") != version.fingerprint:
            reason = msg("its fingerprint is not the one the audit log recorded")
        elif logged.get("approvals") != _approvals_logged(version):
            reason = msg("its approvals are not the ones the audit log recorded")
        if reason or content is None:
            dropped.append(DroppedVersion(version.number, reason))
            continue
        _check_content_values(content, version.number, checked)
        for approval in version.approvals:
            if approval.signature is not None:
                try:
                    check_signature_png(approval.signature)
                except ValidationError as exc:
                    raise WorkshopFileError(
                        msg("Signed version {number}: {problem}", number=version.number, problem=str(exc))
                    ) from None
        kept.append(version)
        contents[version.number] = content
    numbers = {v.number for v in kept}
    all_numbers = {v.number for v in history.versions}
    exports: list[ExportData] = []
    for record in history.exports:
        if record.version not in all_numbers:
            raise WorkshopFileError(
                msg("An export record names version {number}, which the file lacks.", number=record.version)
            )
        logged = export_events.get(record.audit_seq)
        if logged is None or logged.get("sha256") != record.sha256 or logged.get("version") != record.version:
            raise WorkshopFileError(
                msg(
                    "The export of “{file}” is not in the file's audit log; it is not imported.",
                    file=record.file_name[:60],
                )
            )
        if record.version in numbers:
            exports.append(record)
    return HistoryCheck(tuple(kept), tuple(dropped), history.audit, tuple(exports), contents)


def _replace_problem(local: History, check: HistoryCheck) -> str:
    """Why the file cannot replace the local workshop without deleting signed records ("" if it can)."""
    kept = {v.number: v.fingerprint for v in check.versions}
    in_file = set(kept) | {d.number for d in check.dropped}
    for version in local.versions:
        # A version the file holds tampered may stay: the local one is the intact original.
        if (
            version.number not in in_file
            or kept.get(version.number, version.fingerprint) != version.fingerprint
        ):
            return msg(
                "The workshop here has signed version {number}, which the file does not have. "
                "Signed versions are never deleted, so the file cannot replace it: import the file as a "
                "copy instead.",
                number=version.number,
            )
    file_events = {e.seq: e.hash for e in check.audit}
    for event in local.audit:
        if file_events.get(event.seq) != event.hash:
            what = (
                msg("an export of a signed version")
                if event.kind == AuditKind.EXPORT.value
                else msg("an entry")
            )
            return msg(
                "The audit log here records {what} ({at} UTC) that the file does not "
                "have. Signed records are never deleted, so the file cannot replace the workshop: import "
                "the file as a copy instead.",
                what=what,
                at=f"{event.at:%Y-%m-%d %H:%M}",
            )
    return ""


# --------------------------------------------------------------------------- preview and import
def preview(service: WorkshopService, source: Path | bytes) -> tuple[WorkshopData, Preview]:
    """Check the file and summarise it for the confirmation dialog; nothing is written."""
    data = read(source)
    check = check_history(data)
    local_title = ""
    problem = ""
    exists = service.exists(data.id)
    if exists:
        with service.store.read() as session:
            local = session.get(Workshop, data.id)
            local_title = str(local.title if local is not None else "")
            problem = _replace_problem(load_history(session, data.id), check)
    shown = Preview(
        client=str(data.workshop.get("client") or ""),
        title=str(data.workshop.get("title") or ""),
        date_start=data.workshop.get("date_start"),
        language=str(data.workshop.get("language") or ""),
        updated_at=data.updated_at,
        exported_at=data.exported_at,
        versions=len(check.versions),
        rows=sum(len(v) for v in data.rows.values()),
        exists_locally=exists,
        local_title=local_title,
        dropped=tuple(d.message() for d in check.dropped),
        replace_problem=problem,
        latest_version=max((v.number for v in check.versions), default=0),
    )
    return data, shown


def import_data(service: WorkshopService, data: WorkshopData, mode: ImportMode | None = None) -> ImportResult:
    """Write a checked workshop file into the store in one transaction."""
    if mode is not None:
        mode = ImportMode(mode)
    check = check_history(data)
    try:
        with service.store.write() as session:
            existing = session.get(Workshop, data.id)
            if mode is ImportMode.COPY:
                workshop_id = _insert(service, session, data, check, copy=True)
            elif existing is not None:
                # A local workshop in the trash is simply brought back with the file's content.
                if existing.deleted_at is None and mode is not ImportMode.REPLACE:
                    raise ImportChoiceNeeded(data.id, existing.title)
                workshop_id = _replace(service, session, existing, data, check)
            else:
                workshop_id = _insert(service, session, data, check, copy=False)
    except IntegrityError:
        raise WorkshopFileError(
            msg("The file reuses ids of another workshop in this database; import it as a copy instead.")
        ) from None
    return ImportResult(workshop_id, mode, len(check.versions), tuple(d.message() for d in check.dropped))


def import_file(
    service: WorkshopService, source: Path | bytes, mode: ImportMode | None = None
) -> ImportResult:
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


def _remapped_content(content: Canonical, ids: Mapping[str, str]) -> Canonical:
    """A copy's version content naming the copy's rows (ids the copy does not have stay as they are)."""

    def value(item: Any) -> Any:
        if isinstance(item, str) and item:
            tokens = item.split()
            if all(token in ids for token in tokens):
                return " ".join(ids[token] for token in tokens)
        return item

    def values(row: Mapping[str, Any]) -> dict[str, Any]:
        return {k: ids.get(v, v) if k == "id" else value(v) for k, v in row.items()}

    return {
        **content,
        "workshop": dict(content["workshop"]),
        "rows": {name: [values(r) for r in rows] for name, rows in content["rows"].items()},
        "singles": {name: values(r) for name, r in content["singles"].items()},
    }


def _add_history(
    session: Session,
    workshop_id: str,
    check: HistoryCheck,
    ids: Mapping[str, str] | None,
    local: History | None = None,
) -> None:
    """Insert the verified versions, approvals, audit events and export records the store lacks.

    ``ids``: the copy's id map (the audit chain is re-linked under the new workshop id), or None to
    keep the file's ids and hashes. ``local``: the history already in the store (replace)."""
    have_versions = {v.number for v in local.versions} if local else set()
    have_events = {e.seq for e in local.audit} if local else set()
    version_ids: dict[int, str] = {}
    if local:
        for row in session.execute(
            select(SignedVersion.number, SignedVersion.id).where(SignedVersion.workshop_id == workshop_id)
        ):
            version_ids[row.number] = row.id
    pending: list[tuple[str, VersionData]] = []
    for version in check.versions:
        if version.number in have_versions:
            continue
        content = version.content
        if ids is not None:
            remapped = _remapped_content(check.contents[version.number], ids)
            content = canonical_json(remapped)
        record = SignedVersion(
            id=new_id(),
            workshop_id=workshop_id,
            number=version.number,
            signed_at=version.signed_at,
            content=content,
            fingerprint=version.fingerprint,
            signed_by=version.signed_by,
            workshop_revision=version.workshop_revision,
        )
        session.add(record)
        version_ids[version.number] = record.id
        pending.append((record.id, version))
    session.flush()  # the versions first: approvals and exports refer to them (no ORM relationship)
    for version_id, version in pending:
        for position, a in enumerate(version.approvals):
            session.add(
                Approval(
                    id=new_id(),
                    version_id=version_id,
                    position=position,
                    name=a.name,
                    title=a.title,
                    department=a.department,
                    role=a.role,
                    approved_on=a.approved_on,
                    typed_name=a.typed_name,
                    signature_png=a.signature,
                )
            )
    previous = GENESIS_HASH
    for event in check.audit:
        prev_hash, digest = event.prev_hash, event.hash
        if ids is not None:
            prev_hash = previous
            digest = event_hash(prev_hash, workshop_id, event.seq, event.at, event.kind, event.details)
            previous = digest
        if event.seq in have_events:
            continue
        session.add(
            AuditEvent(
                id=new_id(),
                workshop_id=workshop_id,
                seq=event.seq,
                at=event.at,
                kind=event.kind,
                details=event.details,
                prev_hash=prev_hash,
                hash=digest,
            )
        )
    for x in check.exports:
        if x.audit_seq in have_events:
            continue
        session.add(
            ExportRecord(
                id=new_id(),
                version_id=version_ids[x.version],
                format=x.format,
                file_name=x.file_name,
                sha256=x.sha256,
                size=x.size,
                exported_at=x.exported_at,
                audit_seq=x.audit_seq,
            )
        )


def _settle_status(service: WorkshopService, session: Session, workshop: Workshop) -> None:
    """Signed if the latest signed version holds exactly the imported content, else a draft."""
    session.flush()
    latest = session.scalar(
        select(SignedVersion.fingerprint)
        .where(SignedVersion.workshop_id == workshop.id)
        .order_by(SignedVersion.number.desc())
        .limit(1)
    )
    signed = (
        latest is not None and fingerprint(canonical_content(service._snapshot(session, workshop))) == latest
    )
    workshop.status = WorkshopStatus.SIGNED.value if signed else WorkshopStatus.DRAFT.value
    session.flush()


def _insert(
    service: WorkshopService, session: Session, data: WorkshopData, check: HistoryCheck, *, copy: bool
) -> str:
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
    _add_history(session, workshop.id, check, ids if copy else None)
    _settle_status(service, session, workshop)
    return workshop.id


def _replace(
    service: WorkshopService, session: Session, workshop: Workshop, data: WorkshopData, check: HistoryCheck
) -> str:
    local = load_history(session, workshop.id)
    problem = _replace_problem(local, check)
    if problem:
        raise ReplaceRefused(problem)
    for spec in [*_list_specs(), *_single_specs()]:
        table: Any = spec.table
        session.execute(delete(table).where(table.workshop_id == workshop.id))
    session.execute(delete(Clause).where(Clause.workshop_id == workshop.id))
    for name, value in data.workshop.items():
        setattr(workshop, name, value)
    workshop.deleted_at = None
    workshop.updated_at = utcnow()
    session.flush()
    _add_content(session, workshop.id, data, _id_map(data, copy=False))
    _add_history(session, workshop.id, check, None, local)
    _settle_status(service, session, workshop)
    return workshop.id


def local_ids(session: Session, workshop_id: str) -> set[str]:
    found = {workshop_id}
    for spec in _list_specs():
        table: Any = spec.table
        found.update(session.scalars(select(table.id).where(table.workshop_id == workshop_id)))
    return found
