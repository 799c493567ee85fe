"""Column types keep numbers exact and times in UTC, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import StatementError

from slaworkshop.model.db import make_engine, parse_database_url
from slaworkshop.model.types import DecimalText, UTCDateTime

METADATA = sa.MetaData()
PROBE = sa.Table(
    "type_probe",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("amount", DecimalText()),
    sa.Column("at", UTCDateTime()),
)


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.Engine]:
    parsed = parse_database_url(db_url)
    if parsed.get_backend_name() == "sqlite":
        from pathlib import Path

        Path(str(parsed.database)).parent.mkdir(parents=True, exist_ok=True)
    created = make_engine(db_url)
    METADATA.create_all(created)
    try:
        yield created
    finally:
        created.dispose()


def _round_trip(engine: sa.Engine, **values: Any) -> Any:
    with engine.begin() as conn:
        conn.execute(sa.delete(PROBE))
        conn.execute(sa.insert(PROBE).values(id=1, **values))
        return conn.execute(sa.select(PROBE)).one()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (Decimal("0.3"), Decimal("0.3")),
        (0.1, Decimal("0.1")),
        ("12.50", Decimal("12.5")),
        (Decimal("999999999999.999999"), Decimal("999999999999.999999")),
        (Decimal("-1000000000000"), Decimal("-1000000000000")),
        (Decimal("1E+3"), Decimal("1000")),
        (0, Decimal("0")),
    ],
)
def test_decimals_come_back_exactly(engine: sa.Engine, given: Any, expected: Decimal) -> None:
    row = _round_trip(engine, amount=given)
    assert row.amount == expected and isinstance(row.amount, Decimal)
    assert str(row.amount) == str(expected)


@pytest.mark.parametrize("bad", [Decimal("NaN"), float("inf"), Decimal("-Infinity"), Decimal("1e60")])
def test_numbers_that_cannot_be_stored_are_refused_before_the_database(engine: sa.Engine, bad: Any) -> None:
    with pytest.raises(StatementError, match="finite|too many digits"):
        _round_trip(engine, amount=bad)


def test_times_are_stored_in_utc_and_come_back_aware(engine: sa.Engine) -> None:
    berlin = timezone(timedelta(hours=1))
    local = datetime(2026, 11, 22, 23, 30, 15, 123456, tzinfo=berlin)
    row = _round_trip(engine, at=local)
    assert row.at == local and row.at.tzinfo is not None and row.at.utcoffset() == timedelta(0)
    assert row.at == datetime(2026, 11, 22, 22, 30, 15, 123456, tzinfo=UTC)


def test_a_naive_time_is_refused(engine: sa.Engine) -> None:
    with pytest.raises(StatementError, match="naive"):
        _round_trip(engine, at=datetime(2026, 1, 1, 12, 0))
