"""Sign-off, signed versions, the audit log, exporting a version and verifying an exported file.

:meth:`SignOffService.sign_off` freezes the workshop's content as version N (N = previous + 1) with
every signatory's approval and a ``sign_off`` audit event, all in one transaction, and marks the
workshop signed; the next edit (``WorkshopService.apply``) makes it "Draft N+1" again. Signed
versions, approvals, audit events and export records are only ever inserted: nothing in the app
updates or deletes them, and the database refuses it too (migration ``0003_signing``).

The audit log is a hash chain per workshop: event ``seq`` stores ``prev_hash`` (the previous
event's hash, 64 zeros for the first) and ``hash = sha256(prev_hash + canonical event)``, the
canonical event being the sorted-key JSON of workshop id, seq, time, kind and the stored details
text. :func:`check_chain` walks it; editing, removing or reordering an event breaks it. (The chain
proves the log was not edited, not that it was not rewritten as a whole by someone with write access
to the database; the fingerprint printed on the signed paper is the anchor outside it.)

Exports of signed versions are recorded with the file's SHA-256 and an ``export`` audit event;
:meth:`SignOffService.verify` answers which workshop, version and export a file is.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from slaworkshop.export import ExportError, ExportFormat, render
from slaworkshop.export.files import write_atomic
from slaworkshop.export.outline import ApprovalEntry, ExportOptions, HistoryEntry
from slaworkshop.model.db import Store
from slaworkshop.model.enums import WorkshopStatus
from slaworkshop.model.errors import StoreError
from slaworkshop.model.messages import joined, msg, term
from slaworkshop.model.signing import (
    MAX_SIGNATURE_PNG_BYTES,
    SIGNATORIES,
    Approval,
    AuditEvent,
    ExportRecord,
    SignedRecordError,
    SignedVersion,
)
from slaworkshop.model.tables import Workshop
from slaworkshop.model.text import clean_text
from slaworkshop.model.types import utcnow

from .errors import ConflictError, NotFoundError, ValidationError
from .review import Finding, sign_off_blockers
from .snapshot import WorkshopSnapshot
from .versions import (
    Canonical,
    Change,
    ContentError,
    canonical_content,
    canonical_json,
    changes,
    fingerprint,
    parse_content,
    snapshot_of_content,
)
from .workshops import WorkshopService, _valid_id

GENESIS_HASH = "0" * 64
MAX_TYPED_NAME = 200
MAX_SIGNATURE_PIXELS = (4000, 2000)
MAX_VERIFY_BYTES = 512 * 1024 * 1024
"""Bigger files are not agreements this app wrote; ``verify`` says so instead of reading them."""
_EARLIEST_APPROVAL = date(2000, 1, 1)
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class AuditKind(StrEnum):
    SIGN_OFF = "sign_off"
    EXPORT = "export"


class SignOffRefused(StoreError):
    """Sign-off is not possible yet; ``reasons`` lists every reason, the message the first ones."""

    def __init__(self, reasons: Sequence[str], blockers: Sequence[Finding] = ()) -> None:
        self.reasons = tuple(reasons)
        self.blockers = tuple(blockers)
        shown = joined(self.reasons[:3], " ")
        if len(self.reasons) > 3:
            message = msg(
                "The agreement cannot be signed yet: {reasons} (and {more} more)",
                reasons=shown,
                more=len(self.reasons) - 3,
            )
        else:
            message = msg("The agreement cannot be signed yet: {reasons}", reasons=shown)
        super().__init__(message)


# --------------------------------------------------------------------------- values in and out
@dataclass(frozen=True)
class ApprovalInput:
    """One signatory's approval as the sign-off dialog collects it."""

    signatory_id: str
    approved_on: date
    typed_name: str
    signature_png: bytes | None = None


@dataclass(frozen=True)
class ApprovalRecord:
    """A stored approval: the signatory's details as they were when the version was signed."""

    name: str
    title: str
    department: str
    role: str
    approved_on: date
    typed_name: str
    signature_png: bytes | None = None
    has_signature: bool = False


@dataclass(frozen=True)
class VersionInfo:
    """A signed version: who signed what and when (``approvals`` carry no pictures in lists)."""

    workshop_id: str
    number: int
    signed_at: datetime
    fingerprint: str
    signed_by: str
    approvals: tuple[ApprovalRecord, ...]

    @property
    def signatories(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.approvals)


@dataclass(frozen=True)
class SignOffResult:
    number: int
    fingerprint: str
    signed_at: datetime
    revision: int
    """The workshop's revision after the sign-off (its status changed): the editor continues from it."""


@dataclass(frozen=True)
class VersionState:
    """Where a workshop stands: ``latest`` signed version (0: none), and whether it is signed now."""

    latest: int
    signed: bool
    fingerprint: str
    """The fingerprint of the current content."""

    @property
    def draft_number(self) -> int:
        """The N of "Draft N" the current content is (the next version to be signed)."""
        return self.latest + 1


@dataclass(frozen=True)
class AuditEntry:
    workshop_id: str
    seq: int
    at: datetime
    kind: str
    details: str
    prev_hash: str
    hash: str

    def details_data(self) -> Any:
        return json.loads(self.details)


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of walking a workshop's audit chain; ``problem`` says what is wrong, for people."""

    ok: bool
    events: int
    problem: str = ""
    seq: int | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    sha256: str
    size: int
    version: int | None
    """The signed version exported, or None for a draft (drafts are not recorded)."""
    recorded: bool


@dataclass(frozen=True)
class Verification:
    """What ``verify`` found out about a file; ``reason`` is one line for people."""

    verified: bool
    reason: str
    sha256: str = ""
    workshop_id: str = ""
    client: str = ""
    title: str = ""
    version: int | None = None
    fingerprint: str = ""
    signed_at: datetime | None = None
    format: str = ""
    file_name: str = ""
    exported_at: datetime | None = None


# --------------------------------------------------------------------------- the audit chain
def event_hash(prev_hash: str, workshop_id: str, seq: int, at: datetime, kind: str, details: str) -> str:
    """``sha256(prev_hash + canonical event)`` as 64 hex digits."""
    event = json.dumps(
        {
            "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
            "details": details,
            "kind": kind,
            "seq": seq,
            "workshop_id": workshop_id,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256((prev_hash + event).encode("utf-8")).hexdigest()


def check_chain(events: Iterable[AuditEntry]) -> ChainCheck:
    """Walk one workshop's events in ``seq`` order: numbering without gaps, each linked to the one
    before, each hash matching its content."""
    previous = GENESIS_HASH
    count = 0
    for expected_seq, event in enumerate(sorted(events, key=lambda e: e.seq), start=1):
        count += 1
        if event.seq != expected_seq:
            return ChainCheck(
                False, count, msg("audit event {seq} is missing", seq=expected_seq), expected_seq
            )
        if event.prev_hash != previous:
            return ChainCheck(
                False,
                count,
                msg("audit event {seq} does not follow the one before", seq=event.seq),
                event.seq,
            )
        recomputed = event_hash(
            event.prev_hash, event.workshop_id, event.seq, event.at, event.kind, event.details
        )
        if recomputed != event.hash:
            return ChainCheck(False, count, msg("audit event {seq} was altered", seq=event.seq), event.seq)
        previous = event.hash
    return ChainCheck(True, count)


def _entry(event: AuditEvent) -> AuditEntry:
    return AuditEntry(
        event.workshop_id, event.seq, event.at, event.kind, event.details, event.prev_hash, event.hash
    )


def _append_event(
    session: Session, workshop_id: str, kind: AuditKind, details: Mapping[str, Any]
) -> AuditEvent:
    last = session.scalar(
        select(AuditEvent)
        .where(AuditEvent.workshop_id == workshop_id)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    )
    seq = 1 if last is None else last.seq + 1
    prev_hash = GENESIS_HASH if last is None else last.hash
    at = utcnow()
    text = canonical_json(dict(details))
    event = AuditEvent(
        workshop_id=workshop_id,
        seq=seq,
        at=at,
        kind=kind.value,
        details=text,
        prev_hash=prev_hash,
        hash=event_hash(prev_hash, workshop_id, seq, at, kind.value, text),
    )
    session.add(event)
    return event


# --------------------------------------------------------------------------- checks of the input
def check_signature_png(data: object) -> bytes:
    """The drawn signature if it is a small, sound PNG; :class:`ValidationError` otherwise.

    Checked here, where it enters, so the exporters never meet a hostile or huge picture.
    """
    if not isinstance(data, bytes | bytearray):
        raise ValidationError(msg("A drawn signature must be a PNG picture."))
    raw = bytes(data)
    if len(raw) > MAX_SIGNATURE_PNG_BYTES:
        raise ValidationError(
            msg(
                "The drawn signature is too large ({size:,} KB; at most {limit} KB).",
                size=len(raw) // 1024,
                limit=MAX_SIGNATURE_PNG_BYTES // 1024,
            )
        )
    if not raw.startswith(_PNG_MAGIC):
        raise ValidationError(msg("The drawn signature is not a PNG picture."))
    from PIL import Image

    try:
        with Image.open(io.BytesIO(raw)) as image:
            width, height = image.size
            if image.format != "PNG" or width < 1 or height < 1:
                raise ValidationError(msg("The drawn signature is not a PNG picture."))
            if width > MAX_SIGNATURE_PIXELS[0] or height > MAX_SIGNATURE_PIXELS[1]:
                raise ValidationError(
                    msg(
                        "The drawn signature is {width}×{height} pixels; at most {max_width}×{max_height}.",
                        width=width,
                        height=height,
                        max_width=MAX_SIGNATURE_PIXELS[0],
                        max_height=MAX_SIGNATURE_PIXELS[1],
                    )
                )
            image.load()  # decodes every pixel: a truncated or corrupt picture fails here
    except ValidationError:
        raise
    except Exception:  # Pillow raises many kinds for broken files; any of them means "not usable"
        raise ValidationError(msg("The drawn signature is a damaged PNG picture.")) from None
    return raw


def _typed_name(value: object, who: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(msg("{who}: the typed name must be text.", who=who))
    typed = " ".join(clean_text(value, multiline=False).split())
    if not typed:
        raise ValidationError(msg("{who} has not typed their name to approve.", who=who))
    if len(typed) > MAX_TYPED_NAME:
        raise ValidationError(
            msg("{who}: the typed name is longer than {limit} characters.", who=who, limit=MAX_TYPED_NAME)
        )
    return typed


def _approval_date(value: object, who: str, today: date) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(msg("{who}: the approval date must be a date.", who=who))
    # A day of slack: the signatory may sit in a time zone where tomorrow has begun.
    if value > today + timedelta(days=1):
        raise ValidationError(
            msg("{who}: the approval date {date} lies in the future.", who=who, date=value.isoformat())
        )
    if value < _EARLIEST_APPROVAL:
        raise ValidationError(
            msg("{who}: the approval date {date} is not plausible.", who=who, date=value.isoformat())
        )
    return value


def sign_off_reasons(snapshot: WorkshopSnapshot) -> tuple[list[str], list[Finding]]:
    """Why ``snapshot`` cannot be signed yet, before anyone approves: what blocks it in steps 0–8,
    nobody listed to sign, a signatory without a required detail. No reasons: approvals may be
    collected. (:meth:`SignOffService.sign_off` checks the same, then the approvals.)"""
    blockers = sign_off_blockers(snapshot)
    reasons = [f.message for f in blockers]
    signatories = snapshot.rows_of(SIGNATORIES.name)
    if not signatories:
        reasons.append(msg("Nobody is listed as a signatory."))
    for index, row in enumerate(signatories):
        who = str(row.get("name") or "").strip() or msg("Signatory {number}", number=index + 1)
        missing = [
            term(f.label) for f in SIGNATORIES.fields if f.required and not str(row.get(f.name) or "").strip()
        ]
        if missing:
            reasons.append(msg("{who}: “{fields}” is empty.", who=who, fields=joined(missing, "”, “")))
    return reasons, blockers


def _summary(approvals: Sequence[ApprovalRecord | Approval]) -> str:
    return ", ".join(f"{a.name} ({a.role})" if a.role else a.name for a in approvals)


# --------------------------------------------------------------------------- the service
class SignOffService:
    """Sign-off, versions, audit log, export and verification; the UI and the CLI call this."""

    def __init__(self, store: Store, workshops: WorkshopService | None = None) -> None:
        self.store = store
        self.workshops = workshops or WorkshopService(store)

    # ----------------------------------------------------------------- sign-off
    def sign_off(
        self,
        workshop_id: str,
        expected_revision: int | None,
        approvals: Sequence[ApprovalInput],
        *,
        today: date | None = None,
    ) -> SignOffResult:
        """Freeze the current content as the next version, approved by every signatory.

        Refused with :class:`SignOffRefused` while anything blocks the sign-off (required fields,
        items not agreed — parked ones are fine — no signatories, a signatory without approval or
        typed name, content identical to the latest version); with :class:`ConflictError` if the
        workshop changed since ``expected_revision``; with :class:`ValidationError` for an
        approval that cannot be stored (date, name, picture).
        """
        today = today or date.today()
        if isinstance(approvals, Mapping | str | bytes) or not isinstance(approvals, Sequence):
            raise ValidationError(msg("Approvals must be a list."))
        try:
            with self.store.write() as session:
                _lock(session, workshop_id)
                workshop = WorkshopService._live(session, workshop_id)
                if expected_revision is not None and workshop.revision != expected_revision:
                    raise ConflictError(workshop_id, expected_revision, workshop.revision)
                snapshot = self.workshops._snapshot(session, workshop)
                records = self._check(snapshot, approvals, today)
                content = canonical_content(snapshot)
                content_print = fingerprint(content)
                latest = self._latest(session, workshop_id)
                if latest is not None and latest.fingerprint == content_print:
                    raise SignOffRefused(
                        [
                            msg(
                                "The content is the same as version {number}, which is signed already.",
                                number=latest.number,
                            )
                        ]
                    )
                number = 1 if latest is None else latest.number + 1
                signed_at = utcnow()
                version = SignedVersion(
                    workshop_id=workshop_id,
                    number=number,
                    signed_at=signed_at,
                    content=canonical_json(content),
                    fingerprint=content_print,
                    signed_by=_summary(records),
                    workshop_revision=workshop.revision,
                )
                session.add(version)
                session.flush()
                for position, record in enumerate(records):
                    session.add(
                        Approval(
                            version_id=version.id,
                            position=position,
                            name=record.name,
                            title=record.title,
                            department=record.department,
                            role=record.role,
                            approved_on=record.approved_on,
                            typed_name=record.typed_name,
                            signature_png=record.signature_png,
                        )
                    )
                _append_event(
                    session,
                    workshop_id,
                    AuditKind.SIGN_OFF,
                    {
                        "version": number,
                        "fingerprint": content_print,
                        "approvals": [
                            {
                                "name": r.name,
                                "role": r.role,
                                "approved_on": r.approved_on.isoformat(),
                                "typed_name": r.typed_name,
                                "signature_sha256": hashlib.sha256(r.signature_png).hexdigest()
                                if r.signature_png
                                else None,
                            }
                            for r in records
                        ],
                    },
                )
                workshop.status = WorkshopStatus.SIGNED.value
                workshop.updated_at = signed_at
                session.flush()
                return SignOffResult(number, content_print, signed_at, workshop.revision)
        except StaleDataError as exc:
            raise ConflictError(workshop_id, expected_revision or -1, None) from exc
        except IntegrityError as exc:
            # Another window signed the same workshop at the same moment (version number taken).
            raise ConflictError(workshop_id, expected_revision or -1, None) from exc

    def _check(
        self, snapshot: WorkshopSnapshot, approvals: Sequence[ApprovalInput], today: date
    ) -> list[ApprovalRecord]:
        reasons, blockers = sign_off_reasons(snapshot)
        signatories = snapshot.rows_of(SIGNATORIES.name)
        by_id: dict[str, ApprovalInput] = {}
        for approval in approvals:
            if not isinstance(approval, ApprovalInput):
                raise ValidationError(msg("An approval must name a signatory, a date and a typed name."))
            if not isinstance(approval.signatory_id, str) or approval.signatory_id in by_id:
                raise ValidationError(msg("Each signatory approves once."))
            by_id[approval.signatory_id] = approval
        known = {str(row["id"]) for row in signatories}
        if set(by_id) - known:
            raise ValidationError(msg("An approval names someone who is not a signatory of this workshop."))
        records: list[ApprovalRecord] = []
        for index, row in enumerate(signatories):
            name = str(row.get("name") or "").strip()
            who = name or msg("Signatory {number}", number=index + 1)
            given = by_id.get(str(row["id"]))
            if given is None:
                reasons.append(msg("{who} has not approved.", who=who))
                continue
            approval = given
            try:
                typed = _typed_name(approval.typed_name, who)
            except ValidationError as exc:
                reasons.append(str(exc))
                continue
            png = None if approval.signature_png is None else check_signature_png(approval.signature_png)
            records.append(
                ApprovalRecord(
                    name=name,
                    title=str(row.get("title") or ""),
                    department=str(row.get("department") or ""),
                    role=str(row.get("role") or ""),
                    approved_on=_approval_date(approval.approved_on, who, today),
                    typed_name=typed,
                    signature_png=png,
                    has_signature=png is not None,
                )
            )
        if reasons:
            raise SignOffRefused(reasons, blockers)
        return records

    # ----------------------------------------------------------------- versions
    @staticmethod
    def _latest(session: Session, workshop_id: str) -> SignedVersion | None:
        return session.scalar(
            select(SignedVersion)
            .where(SignedVersion.workshop_id == workshop_id)
            .order_by(SignedVersion.number.desc())
            .limit(1)
        )

    @staticmethod
    def _workshop(session: Session, workshop_id: str, *, trashed: bool = False) -> Workshop:
        """The workshop (``trashed``: also one in the trash, whose versions remain readable)."""
        if not trashed:
            return WorkshopService._live(session, workshop_id)
        workshop = session.get(Workshop, workshop_id) if _valid_id(workshop_id) else None
        if workshop is None:
            raise NotFoundError(msg("There is no workshop with the id “{id}”.", id=str(workshop_id)[:40]))
        return workshop

    @staticmethod
    def _version(session: Session, workshop_id: str, number: object) -> SignedVersion:
        if isinstance(number, bool) or not isinstance(number, int):
            raise ValidationError(msg("A version is a whole number, not “{value}”.", value=str(number)[:20]))
        version = session.scalar(
            select(SignedVersion).where(
                SignedVersion.workshop_id == workshop_id, SignedVersion.number == number
            )
        )
        if version is None:
            raise NotFoundError(msg("This workshop has no signed version {number}.", number=number))
        return version

    @staticmethod
    def _approvals(session: Session, version_id: str, *, pictures: bool) -> tuple[ApprovalRecord, ...]:
        rows = session.scalars(
            select(Approval).where(Approval.version_id == version_id).order_by(Approval.position)
        ).all()
        return tuple(
            ApprovalRecord(
                name=a.name,
                title=a.title,
                department=a.department,
                role=a.role,
                approved_on=a.approved_on,
                typed_name=a.typed_name,
                signature_png=a.signature_png if pictures else None,
                has_signature=a.signature_png is not None,
            )
            for a in rows
        )

    def _info(self, session: Session, version: SignedVersion, *, pictures: bool = False) -> VersionInfo:
        return VersionInfo(
            workshop_id=version.workshop_id,
            number=version.number,
            signed_at=version.signed_at,
            fingerprint=version.fingerprint,
            signed_by=version.signed_by,
            approvals=self._approvals(session, version.id, pictures=pictures),
        )

    def versions(self, workshop_id: str) -> list[VersionInfo]:
        """Every signed version, oldest first (approvals without their pictures)."""
        with self.store.read() as session:
            self._workshop(session, workshop_id, trashed=True)
            found = session.scalars(
                select(SignedVersion)
                .where(SignedVersion.workshop_id == workshop_id)
                .order_by(SignedVersion.number)
            ).all()
            return [self._info(session, v) for v in found]

    def version(self, workshop_id: str, number: int) -> VersionInfo:
        """One signed version with its approvals' drawn signatures."""
        with self.store.read() as session:
            self._workshop(session, workshop_id, trashed=True)
            return self._info(session, self._version(session, workshop_id, number), pictures=True)

    def state(self, workshop_id: str) -> VersionState:
        """The latest signed version, whether the workshop is signed as it stands, and its fingerprint."""
        with self.store.read() as session:
            workshop = WorkshopService._live(session, workshop_id)
            latest = self._latest(session, workshop_id)
            current = fingerprint(canonical_content(self.workshops._snapshot(session, workshop)))
            signed = (
                latest is not None
                and workshop.status == WorkshopStatus.SIGNED.value
                and latest.fingerprint == current
            )
            return VersionState(latest.number if latest else 0, signed, current)

    def content_of(self, workshop_id: str, number: int) -> Canonical:
        """The frozen canonical content of a version; :class:`SignedRecordError` if it no longer
        matches its fingerprint (the database was changed behind the app's back)."""
        with self.store.read() as session:
            self._workshop(session, workshop_id, trashed=True)
            version = self._version(session, workshop_id, number)
            return self._checked_content(version)

    @staticmethod
    def _checked_content(version: SignedVersion) -> Canonical:
        try:
            content = parse_content(version.content)
        except ContentError as exc:
            raise SignedRecordError(
                msg("Version {number} cannot be read: {problem}.", number=version.number, problem=str(exc))
            ) from exc
        if fingerprint(content) != version.fingerprint:
            raise SignedRecordError(
                msg(
                    "Version {number} no longer matches its fingerprint: its record was changed outside the app.",
                    number=version.number,
                )
            )
        return content

    def snapshot_of_version(self, workshop_id: str, number: int) -> WorkshopSnapshot:
        """A snapshot showing version ``number`` exactly as signed (status ``signed``)."""
        with self.store.read() as session:
            workshop = self._workshop(session, workshop_id, trashed=True)
            version = self._version(session, workshop_id, number)
            return snapshot_of_content(
                self._checked_content(version),
                workshop_id=workshop_id,
                revision=version.workshop_revision,
                created_at=workshop.created_at,
                updated_at=version.signed_at,
            )

    def changes_since(self, workshop_id: str, number: int, until: int | None = None) -> list[Change]:
        """What changed from version ``number`` to version ``until`` (None: the current draft)."""
        old = self.content_of(workshop_id, number)
        if until is None:
            new = canonical_content(self.workshops.get(workshop_id))
        else:
            new = self.content_of(workshop_id, until)
        return changes(old, new)

    # ----------------------------------------------------------------- audit log
    def audit_log(self, workshop_id: str) -> list[AuditEntry]:
        with self.store.read() as session:
            self._workshop(session, workshop_id, trashed=True)
            return [
                _entry(e)
                for e in session.scalars(
                    select(AuditEvent).where(AuditEvent.workshop_id == workshop_id).order_by(AuditEvent.seq)
                )
            ]

    def check_audit_chain(self, workshop_id: str) -> ChainCheck:
        """Walk the workshop's chain, and check that every signed version and recorded export has
        its event in it (so removing events from the end is noticed too)."""
        with self.store.read() as session:
            self._workshop(session, workshop_id, trashed=True)
            return self._check_chain(session, workshop_id)

    @staticmethod
    def _check_chain(session: Session, workshop_id: str) -> ChainCheck:
        events = [
            _entry(e)
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.workshop_id == workshop_id).order_by(AuditEvent.seq)
            )
        ]
        result = check_chain(events)
        if not result.ok:
            return result
        by_seq = {e.seq: e for e in events}
        signed = {}
        for event in events:
            if event.kind == AuditKind.SIGN_OFF.value:
                data = json.loads(event.details)
                signed[data.get("version")] = data.get("fingerprint")
        for version in session.scalars(select(SignedVersion).where(SignedVersion.workshop_id == workshop_id)):
            if signed.get(version.number) != version.fingerprint:
                return ChainCheck(
                    False,
                    len(events),
                    msg("the sign-off of version {number} is not in the audit log", number=version.number),
                )
        exports = session.scalars(
            select(ExportRecord)
            .join(SignedVersion, ExportRecord.version_id == SignedVersion.id)
            .where(SignedVersion.workshop_id == workshop_id)
        )
        for record in exports:
            logged = by_seq.get(record.audit_seq)
            details = json.loads(logged.details) if logged is not None else {}
            if (
                logged is None
                or logged.kind != AuditKind.EXPORT.value
                or details.get("sha256") != record.sha256
            ):
                return ChainCheck(
                    False,
                    len(events),
                    msg("the export of {file} is not in the audit log", file=record.file_name[:60]),
                    record.audit_seq,
                )
        return result

    # ----------------------------------------------------------------- export
    def export_options(
        self, workshop_id: str, number: int | None = None
    ) -> tuple[WorkshopSnapshot, ExportOptions]:
        """The snapshot and options that export version ``number`` — or, for None, the workshop as it
        stands: its latest version if it is signed and unchanged, else the current draft."""
        with self.store.read() as session:
            workshop = self._workshop(session, workshop_id, trashed=number is not None)
            versions = session.scalars(
                select(SignedVersion)
                .where(SignedVersion.workshop_id == workshop_id)
                .order_by(SignedVersion.number)
            ).all()
            current: WorkshopSnapshot | None = None
            if number is None and versions and workshop.status == WorkshopStatus.SIGNED.value:
                current = self.workshops._snapshot(session, workshop)
                if fingerprint(canonical_content(current)) == versions[-1].fingerprint:
                    number = versions[-1].number
            contents = {v.number: self._checked_content(v) for v in versions}
            history = tuple(
                HistoryEntry(
                    number=v.number,
                    signed_at=v.signed_at,
                    signed_by=v.signed_by,
                    fingerprint=v.fingerprint,
                    changes=tuple(changes(contents[v.number - 1], contents[v.number]))
                    if v.number - 1 in contents
                    else (),
                )
                for v in versions
                if number is None or v.number <= number
            )
            if number is not None:
                version = self._version(session, workshop_id, number)
                snapshot = snapshot_of_content(
                    contents[number],
                    workshop_id=workshop_id,
                    revision=version.workshop_revision,
                    created_at=workshop.created_at,
                    updated_at=version.signed_at,
                )
                approvals = tuple(
                    ApprovalEntry(
                        name=a.name,
                        title=a.title,
                        department=a.department,
                        role=a.role,
                        approved_on=a.approved_on,
                        typed_name=a.typed_name,
                        signature_png=a.signature_png,
                    )
                    for a in self._approvals(session, version.id, pictures=True)
                )
                return snapshot, ExportOptions(
                    fingerprint=version.fingerprint,
                    version=number,
                    signed_at=version.signed_at,
                    approvals=approvals,
                    history=history,
                )
            snapshot = current or self.workshops._snapshot(session, workshop)
            latest = versions[-1].number if versions else 0
            pending = tuple(changes(contents[latest], canonical_content(snapshot))) if latest else ()
            # A draft never claims to be signed, whatever its status says.
            draft = snapshot if workshop.status != WorkshopStatus.SIGNED.value else _as_draft(snapshot)
            return draft, ExportOptions(next_version=latest + 1, history=history, pending_changes=pending)

    def export(
        self,
        workshop_id: str,
        target: str | os.PathLike[str],
        fmt: ExportFormat | str | None = None,
        *,
        version: int | None = None,
        overwrite: bool = False,
        issued: date | None = None,
        style_file: Path | None = None,
    ) -> ExportResult:
        """Write the agreement (version ``version``, or the workshop as it stands) to ``target``.

        A signed version's file is recorded — its SHA-256, size and name, with an ``export`` audit
        event — in the same transaction that puts the file in place: if either fails, neither
        happens. Raises :class:`~slaworkshop.export.TargetExistsError` if ``target`` exists and
        ``overwrite`` is false, :class:`~slaworkshop.export.ExportError` if it cannot be written.
        """
        path = Path(target)
        chosen = _format(path, fmt)
        snapshot, options = self.export_options(workshop_id, version)
        if issued is not None:
            options = replace(options, issued=issued)
        if style_file is not None:  # the document style chosen in the settings or with --style
            options = replace(options, style_file=Path(style_file))
        data = render(snapshot, chosen, options)
        digest = hashlib.sha256(data).hexdigest()
        if options.version is None or not options.fingerprint:
            draft = write_atomic(path, data, overwrite=overwrite)
            return ExportResult(draft, chosen.value, digest, len(data), None, False)
        existed = path.exists()
        # A name from undecodable bytes carries lone surrogates, which no database stores.
        file_name = clean_text(path.name.encode("utf-8", "backslashreplace").decode("utf-8"), multiline=False)
        written: Path | None = None
        try:
            with self.store.write() as session:
                _lock(session, workshop_id)
                record_version = self._version(session, workshop_id, options.version)
                event = _append_event(
                    session,
                    workshop_id,
                    AuditKind.EXPORT,
                    {
                        "version": options.version,
                        "format": chosen.value,
                        "file_name": file_name,
                        "sha256": digest,
                        "size": len(data),
                    },
                )
                session.add(
                    ExportRecord(
                        version_id=record_version.id,
                        format=chosen.value,
                        file_name=file_name,
                        sha256=digest,
                        size=len(data),
                        exported_at=event.at,
                        audit_seq=event.seq,
                    )
                )
                session.flush()
                # Last in the transaction: a file that cannot be written leaves no record behind.
                written = write_atomic(path, data, overwrite=overwrite)
        except BaseException:
            # The record did not commit: a file that is not recorded must not stay (a replaced one
            # is gone either way).
            if written is not None and not existed:
                with contextlib.suppress(OSError):
                    written.unlink()
            raise
        return ExportResult(written, chosen.value, digest, len(data), options.version, True)

    # ----------------------------------------------------------------- verify
    def verify(self, path: str | os.PathLike[str]) -> Verification:
        """Which workshop, version and export ``path`` is — or why it is not a file this app
        exported unchanged from a signed version."""
        digest, problem = _file_digest(Path(path))
        if problem:
            return Verification(False, problem)
        not_ours = Verification(
            False,
            "not a file this app exported unchanged: no signed export has this SHA-256 "
            f"({digest[:16]}…); it was changed, is a draft, or comes from elsewhere",
            sha256=digest,
        )
        with self.store.read() as session:
            found = session.execute(
                select(ExportRecord, SignedVersion, Workshop)
                .join(SignedVersion, ExportRecord.version_id == SignedVersion.id)
                .join(Workshop, SignedVersion.workshop_id == Workshop.id)
                .where(ExportRecord.sha256 == digest)
                .order_by(ExportRecord.exported_at)
                .limit(1)
            ).first()
            if found is None:
                return not_ours
            record, version, workshop = found
            # Client and title as signed (the workshop may have been renamed since).
            try:
                signed = parse_content(version.content)["workshop"]
            except (ContentError, KeyError):
                signed = {}
            client = str(signed.get("client") or workshop.client)
            title = str(signed.get("title") or workshop.title)
            known = Verification(
                True,
                "",
                sha256=digest,
                workshop_id=workshop.id,
                client=client,
                title=title,
                version=version.number,
                fingerprint=version.fingerprint,
                signed_at=version.signed_at,
                format=record.format,
                file_name=record.file_name,
                exported_at=record.exported_at,
            )
            chain = self._check_chain(session, workshop.id)
            if not chain.ok:
                return _refuted(known, f"the workshop's audit log was tampered with ({chain.problem})")
            try:
                self._checked_content(version)
            except SignedRecordError as exc:
                return _refuted(known, str(exc))
        name = " – ".join(p for p in (client.strip(), title.strip()) if p) or workshop.id
        when = record.exported_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        return _confirmed(
            known,
            f"verified: “{' '.join(name.split())[:120]}”, version {version.number} "
            f"(fingerprint {version.fingerprint[:16]}…), exported as {record.format.upper()} "
            f"“{record.file_name[:80]}” on {when}",
        )


def _confirmed(found: Verification, reason: str) -> Verification:
    return replace(found, verified=True, reason=reason)


def _refuted(found: Verification, reason: str) -> Verification:
    return replace(found, verified=False, reason=reason)


def _as_draft(snapshot: WorkshopSnapshot) -> WorkshopSnapshot:
    return replace(snapshot, workshop={**snapshot.workshop, "status": WorkshopStatus.DRAFT.value})


def _lock(session: Session, workshop_id: str) -> None:
    """Serialise writers of one workshop's audit chain (``FOR UPDATE`` on PostgreSQL; SQLite's
    ``BEGIN IMMEDIATE`` already holds the database)."""
    if _valid_id(workshop_id):
        session.execute(select(Workshop.id).where(Workshop.id == workshop_id).with_for_update())


def _format(path: Path, fmt: ExportFormat | str | None) -> ExportFormat:
    if fmt is None:
        suffix = path.suffix.lower().lstrip(".")
        try:
            return ExportFormat(suffix)
        except ValueError:
            raise ExportError(
                msg("Choose a file name ending in .docx or .pdf (not “{name}”).", name=path.name[:60])
            ) from None
    try:
        return ExportFormat(fmt)
    except ValueError:
        raise ExportError(
            msg("“{value}” is not a format; choose docx or pdf.", value=str(fmt)[:20])
        ) from None


def _file_digest(path: Path) -> tuple[str, str]:
    """The file's SHA-256, or a reason why it cannot be checked (never blocks on a pipe or device)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return "", "no such file"
    except (OSError, ValueError) as exc:
        return "", f"cannot be read: {getattr(exc, 'strerror', None) or exc}"
    if stat.S_ISDIR(info.st_mode):
        return "", "a folder, not a file"
    if not stat.S_ISREG(info.st_mode):
        return "", "not a regular file (a device, pipe or socket)"
    if info.st_size > MAX_VERIFY_BYTES:
        return "", f"too large ({info.st_size // 2**20:,} MB) to be an agreement this app exported"
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            for chunk in iter(lambda: stream.read(1024 * 1024), b""):
                digest.update(chunk)
    except OSError as exc:
        return "", f"cannot be read: {exc.strerror or exc}"
    return digest.hexdigest(), ""


__all__ = [
    "ApprovalInput",
    "ApprovalRecord",
    "AuditEntry",
    "AuditKind",
    "ChainCheck",
    "ExportResult",
    "SignOffRefused",
    "SignOffResult",
    "SignOffService",
    "Verification",
    "VersionInfo",
    "VersionState",
    "check_chain",
    "check_signature_png",
    "event_hash",
    "sign_off_reasons",
]
