"""Column types that keep domain values exact on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator

MAX_DECIMAL_TEXT = 48
"""Characters of a stored number: far more than the fields allow (±10¹² with 6 decimal places)."""


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its canonical text.

    SQLite has no decimal type and would round money and rates through floats; storing text keeps
    ``0.3`` exactly ``0.3`` on both backends, which the funnel's round-up maths depends on.
    """

    impl = String(MAX_DECIMAL_TEXT)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        # repr() of a float is its shortest exact spelling: 0.1 stays 0.1, not 0.1000000000000000055…
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite():
            raise ValueError(f"{value!r} cannot be stored: not a finite number")
        stored = format(number.normalize(), "f")
        if len(stored) > MAX_DECIMAL_TEXT:
            # PostgreSQL would refuse it and SQLite would keep it; refuse it on both alike.
            raise ValueError(f"{stored[:20]}… has too many digits to be stored")
        return stored

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both backends (SQLite forgets the zone otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        result: datetime = value.astimezone(UTC)
        if dialect.name == "sqlite":
            result = result.replace(tzinfo=None)
        return result

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
        return value.astimezone(UTC)  # type: ignore[no-any-return]


def utcnow() -> datetime:
    return datetime.now(UTC)
