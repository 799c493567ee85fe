"""Steps 1–8 in the store: every field round-trips through the workshop service, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url, text

from slaworkshop.model import steps
from slaworkshop.model.db import database_revision, make_engine, migrate, open_store, sqlite_url
from slaworkshop.model.enums import AgreementState
from slaworkshop.model.fields import ENTITIES, EntitySpec, FieldError, FieldSpec, Kind
from slaworkshop.model.schema_version import HEAD, REVISIONS
from slaworkshop.services.errors import ValidationError
from slaworkshop.services.ops import AddRow, SetClause, SetField
from slaworkshop.services.workshops import WorkshopService


def sample_value(spec: FieldSpec, variant: int = 0) -> Any:
    """A valid, non-default value for a field; ``variant`` gives a second, different one."""
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.LONGTEXT):
        base = f"{spec.name} – Müller & Söhne <b> “quoted” {variant}"
        return base + ("\nsecond line" if kind is Kind.LONGTEXT else "")
    if kind is Kind.EMAIL:
        return f"person{variant}@example.org"
    if kind is Kind.BOOL:
        return spec.empty_value() is False if variant == 0 else bool(spec.empty_value())
    if kind in (Kind.CHOICE, Kind.AGREEMENT):
        choices = list(spec.choices or AgreementState)
        return choices[(len(choices) - 1 - variant) % len(choices)].value
    if kind is Kind.DATE:
        return date(2027, 3, 1 + variant)
    if kind is Kind.INT:
        low, high = spec.bounds()
        return int(high if variant == 0 else (low if low is not None else 0) + 1)  # type: ignore[arg-type]
    if kind is Kind.PERCENT:
        return Decimal("12.5") + variant
    if kind is Kind.DECIMAL:
        low, high = spec.bounds()
        if variant == 1:
            return low if low is not None else Decimal(0)
        assert high is not None
        return Decimal("1234567.891") if high > Decimal("1234567.891") else high - Decimal("0.25")
    raise AssertionError(kind)


def test_every_step_entity_is_registered_with_sensible_number_ranges() -> None:
    names = {s.name for s in steps.STEP_ENTITIES}
    assert names <= set(ENTITIES)
    assert {s.step for s in steps.STEP_ENTITIES} == set(range(1, 9))
    for spec in steps.STEP_ENTITIES:
        for f in spec.fields:
            if f.kind in (Kind.INT, Kind.DECIMAL):
                low, high = f.bounds()
                assert low is not None and high is not None and low < high, f"{spec.name}.{f.name}"
            if f.kind is Kind.CHOICE:
                assert f.empty_value() is not None, f"{spec.name}.{f.name} needs a default"
    points = steps.SCORING_CRITERIA.field("points")
    assert points.coerce(-1000) == -1000 and points.coerce("1000") == 1000
    with pytest.raises(FieldError, match="at most 1000"):
        points.coerce(1001)
    with pytest.raises(FieldError, match="at least -1000"):
        points.coerce(-1001)


def _fill_ops(spec: EntitySpec, variant: int) -> list[Any]:
    values = {f.name: sample_value(f, variant) for f in spec.fields}
    if spec.single:
        return [SetField(spec.name, name, value) for name, value in values.items()]
    return [AddRow(spec.name, values)]


def _expected(spec: EntitySpec, variant: int) -> dict[str, Any]:
    return {f.name: f.coerce(sample_value(f, variant)) for f in spec.fields}


def test_every_field_of_every_step_round_trips(service: WorkshopService) -> None:
    wid = service.create("Round Trip AG", "SLA")
    ops: list[Any] = []
    for spec in steps.STEP_ENTITIES:
        ops += _fill_ops(spec, 0)
        if not spec.single:
            ops += _fill_ops(spec, 1)
    ops += [SetClause(key, AgreementState.DISPUTED, f"note on {key}") for key in steps.CLAUSE_KEYS]
    service.apply(wid, service.get(wid).revision, ops)

    snap = service.get(wid)
    for spec in steps.STEP_ENTITIES:
        if spec.single:
            assert dict(snap.single(spec.name)) == _expected(spec, 0), spec.name
        else:
            got = [
                {k: v for k, v in row.items() if k not in ("id", "position")}
                for row in snap.rows_of(spec.name)
            ]
            assert got == [_expected(spec, 0), _expected(spec, 1)], spec.name
    for key in steps.CLAUSE_KEYS:
        assert snap.clause(key).state is AgreementState.DISPUTED
        assert snap.clause(key).note == f"note on {key}"
    # Exact decimals on both backends (no float round trip).
    assert snap.single("funnel")["average_deal_size"] == Decimal("1234567.891")

    copy = service.get(service.duplicate(wid))
    for spec in steps.STEP_ENTITIES:
        if spec.single:
            assert copy.single(spec.name) == snap.single(spec.name)
        else:
            strip = [{k: v for k, v in r.items() if k != "id"} for r in snap.rows_of(spec.name)]
            assert [{k: v for k, v in r.items() if k != "id"} for r in copy.rows_of(spec.name)] == strip
            assert {r["id"] for r in copy.rows_of(spec.name)}.isdisjoint(
                {r["id"] for r in snap.rows_of(spec.name)}
            )
    assert copy.clauses == snap.clauses


def test_an_empty_workshop_reads_defaults_for_every_section(service: WorkshopService) -> None:
    snap = service.get(service.create("Empty", "SLA"))
    for spec in steps.STEP_ENTITIES:
        if spec.single:
            assert dict(snap.single(spec.name)) == spec.defaults()
        else:
            assert snap.rows_of(spec.name) == ()


def test_bad_values_in_steps_are_refused_whole(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA")
    rev = service.get(wid).revision
    bad = [
        [AddRow("scoring_criteria", {"attribute": "Job title", "condition": "CEO", "points": 5000})],
        [SetField("funnel", "marketing_share", "120")],
        [SetField("funnel", "average_deal_size", "lots")],
        [SetField("handoff", "attempts", 0)],
        [AddRow("kpis", {"name": "x", "direction": "sideways"})],
        [AddRow("kpis", {"name": "x", "link": "funnel.nonsense"})],
        [AddRow("kpis", {"name": "x", "target": "1e400"})],
        [SetField("governance", "pilot_start", "2027-02-30")],
        [AddRow("stages", {"name": "Lead", "no_such_field": 1})],
    ]
    for ops in bad:
        with pytest.raises(ValidationError):
            service.apply(wid, rev, [SetField("funnel", "currency", "CHF"), *ops])
    snap = service.get(wid)
    assert snap.revision == rev
    assert snap.single("funnel")["currency"] == "EUR"
    assert all(snap.rows_of(spec.name) == () for spec in steps.STEP_ENTITIES if not spec.single)


def test_deleting_a_workshop_for_good_removes_its_step_rows(service: WorkshopService) -> None:
    wid = service.create("Gone", "SLA")
    ops: list[Any] = []
    for spec in steps.STEP_ENTITIES:
        ops += _fill_ops(spec, 0)
    service.apply(wid, None, ops)
    service.delete(wid)
    service.purge(wid)
    with service.store.read() as session:
        for spec in steps.STEP_ENTITIES:
            table = spec.table.__tablename__
            count = session.execute(
                text(f"SELECT count(*) FROM {table} WHERE workshop_id = :w"), {"w": wid}
            ).scalar()
            assert count == 0, table


def test_schema_version_knows_every_migration_script() -> None:
    versions = Path(steps.__file__).parent / "migrations" / "versions"
    scripts = sorted(p.stem for p in versions.glob("0*.py"))
    assert tuple(scripts) == REVISIONS
    assert scripts[-1] == HEAD


def test_upgrade_from_0001_keeps_existing_workshops(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        Path(make_url(db_url).database or "").parent.mkdir(parents=True, exist_ok=True)
    migrate(db_url, "0001_foundation")
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO workshops (id, client, title, venue, facilitator, language, status, "
                    "created_at, updated_at, revision) VALUES ('a' || :pad, 'Alt GmbH', 'SLA 2026', 'Raum 1', "
                    "'Eva', 'de', 'draft', :now, :now, 3)"
                ),
                {"pad": "0" * 31, "now": "2026-01-02 03:04:05"},
            )
            conn.execute(
                text(
                    "INSERT INTO participants (id, workshop_id, position, name, department, role, email) "
                    "VALUES (:pid, :wid, 0, 'Jana', 'marketing', 'CMO', '')"
                ),
                {"pid": "b" * 32, "wid": "a" + "0" * 31},
            )
            conn.execute(
                text(
                    "INSERT INTO clauses (id, workshop_id, key, agreement, agreement_note) "
                    "VALUES (:cid, :wid, 'funnel', 'agreed', 'ok')"
                ),
                {"cid": "c" * 32, "wid": "a" + "0" * 31},
            )
        assert database_revision(engine) == "0001_foundation"
    finally:
        engine.dispose()

    store = open_store(db_url)
    try:
        assert database_revision(store.engine) == HEAD
        service = WorkshopService(store)
        wid = "a" + "0" * 31
        snap = service.get(wid)
        assert snap.workshop["client"] == "Alt GmbH" and snap.workshop["venue"] == "Raum 1"
        assert [p["name"] for p in snap.rows_of("participants")] == ["Jana"]
        assert snap.clause("funnel").state is AgreementState.AGREED
        # The new steps work on the old workshop.
        service.apply(
            wid,
            snap.revision,
            [SetField("scoring", "mql_threshold", 60), AddRow("goals", {"metric": "Revenue"})],
        )
        again = service.get(wid)
        assert again.single("scoring")["mql_threshold"] == 60
        assert [g["metric"] for g in again.rows_of("goals")] == ["Revenue"]
    finally:
        store.close()


def test_migration_test_uses_a_file_database(tmp_path: Path) -> None:
    # The SQLite path of open_store backs the file up before the 0001 → 0002 upgrade.
    path = tmp_path / "d" / "slaworkshop.sqlite3"
    path.parent.mkdir()
    migrate(sqlite_url(path), "0001_foundation")
    store = open_store(sqlite_url(path))
    store.close()
    assert list((path.parent / "backups").glob("*")), "no backup before the upgrade"


def test_the_migrated_schema_matches_the_tables(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from slaworkshop.model.tables import Base

    store = open_store(db_url)
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        store.close()
