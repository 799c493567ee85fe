"""The ORM tables (SQLAlchemy 2, typed).

Every table that holds something the room agrees on mixes in :class:`Agreeable`; sections of a step
that are agreed as a whole (the funnel inputs, the scoring threshold …) are rows of :class:`Clause`.
Workshop content hangs on :class:`Workshop` through ``workshop_id`` with ``ON DELETE CASCADE`` and is
ordered by ``position`` where order matters. Editing any of it bumps ``Workshop.revision`` (the
optimistic-concurrency counter), so two windows never silently overwrite each other.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from .enums import AgreementState, WorkshopStatus
from .types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Agreeable:
    """Mixin: the agreement state and note every agreeable item carries."""

    agreement: Mapped[str] = mapped_column(String(32), default=AgreementState.OPEN.value)
    agreement_note: Mapped[str] = mapped_column(Text, default="")


class WorkshopChild:
    """Mixin: a row that belongs to one workshop, ordered by ``position``."""

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    position: Mapped[int] = mapped_column(Integer, default=0)

    @declared_attr
    def workshop_id(cls) -> Mapped[str]:  # noqa: N805 - declared_attr takes the class
        return mapped_column(String(32), ForeignKey("workshops.id", ondelete="CASCADE"), index=True)


class Workshop(Base):
    __tablename__ = "workshops"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    client: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    date_start: Mapped[date | None] = mapped_column(default=None)
    date_end: Mapped[date | None] = mapped_column(default=None)
    venue: Mapped[str] = mapped_column(Text, default="")
    facilitator: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    status: Mapped[str] = mapped_column(String(16), default=WorkshopStatus.DRAFT.value)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None, index=True)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": revision}


class Participant(WorkshopChild, Base):
    __tablename__ = "participants"

    name: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(String(16), default="")
    role: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")


class Clause(Base):
    """The agreement state of a section agreed as a whole, keyed e.g. ``"funnel.targets"``."""

    __tablename__ = "clauses"
    __table_args__ = (UniqueConstraint("workshop_id", "key"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(String(32), ForeignKey("workshops.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    agreement: Mapped[str] = mapped_column(String(32), default=AgreementState.OPEN.value)
    agreement_note: Mapped[str] = mapped_column(Text, default="")


Index("ix_workshops_live_updated", Workshop.deleted_at, Workshop.updated_at)
