"""Signing an agreement: who signs (editable), and the records a sign-off leaves (never editable).

* :class:`Signatory` rows are workshop content like any other list (step 9): the generic edits
  (``AddRow``, ``SetField`` …) maintain them through :data:`SIGNATORIES`.
* A sign-off freezes the content as a :class:`SignedVersion` with one :class:`Approval` per
  signatory (their details copied, so later edits of the signatory list change nothing signed).
* :class:`AuditEvent` is an append-only, hash-chained log per workshop (sign-offs and exports);
  :class:`ExportRecord` keeps the SHA-256 of every exported file of a signed version.

The four record tables are append-only in the database itself: migration ``0003_signing``
installs triggers that refuse ``UPDATE`` and ``DELETE`` on SQLite and PostgreSQL (and ``TRUNCATE``
on PostgreSQL), and their foreign keys have no ``ON DELETE CASCADE``, so a workshop with signed
versions cannot be deleted from under them either. Any later migration that rebuilds one of these
tables (SQLite batch mode) must re-create its triggers: see :data:`APPEND_ONLY_TABLES`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .enums import Department
from .errors import StoreError
from .fields import EntitySpec, choice, register, text
from .tables import Base, WorkshopChild, new_id
from .types import UTCDateTime, utcnow

MAX_SIGNATURE_PNG_BYTES = 256 * 1024
"""A drawn signature is a small picture; anything bigger is refused before it reaches the store."""

APPEND_ONLY_TABLES: tuple[str, ...] = (
    "signed_versions",
    "version_approvals",
    "audit_events",
    "export_records",
)
"""Tables whose rows are never changed or deleted once written (database triggers enforce it)."""

APPEND_ONLY_MESSAGE = "slaworkshop: {table} is append-only; a signed record cannot be changed or deleted"
"""The trigger's message (``{table}`` filled in), recognisable in the driver's error."""


class SignedRecordError(StoreError):
    """Something would change or remove a signed version or its records; the message says why."""


class Signatory(WorkshopChild, Base):
    """Someone who signs the agreement for one side (e.g. the Marketing lead, the sponsor)."""

    __tablename__ = "signatories"

    name: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(String(16), default="")
    role: Mapped[str] = mapped_column(Text, default="")


SIGNATORIES = EntitySpec(
    "signatories",
    Signatory,
    (
        text("name", "Name", required=True),
        text("title", "Job title"),
        choice("department", "Department", Department),
        text("role", "Signs as", required=True),
    ),
    step=9,
    label="Signatory",
)

register(SIGNATORIES)


class SignedVersion(Base):
    """Version N of a workshop's agreement as it was signed: its canonical content and fingerprint."""

    __tablename__ = "signed_versions"
    __table_args__ = (UniqueConstraint("workshop_id", "number"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    # No ON DELETE CASCADE: a workshop with signed versions cannot be deleted for good.
    workshop_id: Mapped[str] = mapped_column(String(32), ForeignKey("workshops.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    content: Mapped[str] = mapped_column(Text)
    """The canonical JSON of the content (``services.versions.canonical_json``)."""
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    """SHA-256 (hex) of the content, printed on the signature page."""
    signed_by: Mapped[str] = mapped_column(Text, default="")
    """A one-line summary of who approved, for lists ("Ann Smith (Marketing lead), …")."""
    workshop_revision: Mapped[int] = mapped_column(Integer)
    """The workshop's revision whose content was frozen."""


class Approval(Base):
    """One signatory's approval of a version: their details as they were, the date and typed name."""

    __tablename__ = "version_approvals"
    __table_args__ = (UniqueConstraint("version_id", "position"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    version_id: Mapped[str] = mapped_column(String(32), ForeignKey("signed_versions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(String(16), default="")
    role: Mapped[str] = mapped_column(Text, default="")
    approved_on: Mapped[date] = mapped_column()
    typed_name: Mapped[str] = mapped_column(Text)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class AuditEvent(Base):
    """One entry of a workshop's audit log; ``hash = sha256(prev_hash + canonical event)``."""

    __tablename__ = "audit_events"
    __table_args__ = (UniqueConstraint("workshop_id", "seq"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(String(32), ForeignKey("workshops.id"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(16))
    details: Mapped[str] = mapped_column(Text)
    """Canonical JSON of the event's details (version, fingerprint, file hash …)."""
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class ExportRecord(Base):
    """An exported file of a signed version, known by its SHA-256 (what ``verify`` looks up)."""

    __tablename__ = "export_records"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    version_id: Mapped[str] = mapped_column(String(32), ForeignKey("signed_versions.id"), index=True)
    format: Mapped[str] = mapped_column(String(8))
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    audit_seq: Mapped[int] = mapped_column(Integer)
    """The ``seq`` of the audit event that recorded this export."""
