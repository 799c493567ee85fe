"""Schema upgrades never lose data: from every known revision to the newest, on SQLite and PostgreSQL.

A database built at a revision holds what that revision can hold (from ``0003_signing`` on: a
signatory, a signed version with its approval, an audit event and an export record), and after the
upgrade all of it is still there — the signed records still append-only.

Besides the app's real revisions, a synthetic "next version" revision rebuilds the ``workshops``
table in Alembic batch mode (the operation that, with SQLite foreign keys on, would cascade-delete
every participant). Running it through ``open_store`` proves the backup before the upgrade, the
foreign keys being off during it and the data surviving it.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from slaworkshop.model import backup, db, schema_version
from slaworkshop.model.errors import MigrationError, NewerDatabaseError
from slaworkshop.services.workshops import WorkshopService

WHEN = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
WID = "a" * 32
VID = "d" * 32
SIGNING = "0003_signing"
SIGNED_RECORDS = ("signed_versions", "version_approvals", "audit_events", "export_records")
NEXT_REVISION = "9000_test_rebuild"
ORPHAN_REVISION = "9001_test_orphan"

REBUILD_SCRIPT = '''
"""test only: rebuild the workshops table in batch mode, as a real schema change would"""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table("test_migration_log", sa.Column("foreign_keys", sa.Integer()))
    if bind.dialect.name == "sqlite":
        fk = bind.exec_driver_sql("PRAGMA foreign_keys").scalar()
        bind.execute(sa.text("INSERT INTO test_migration_log VALUES (:fk)"), {{"fk": fk}})
    recreate = "always" if bind.dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("workshops", recreate=recreate) as batch:
        batch.add_column(sa.Column("test_marker", sa.Text(), nullable=True))


def downgrade() -> None:
    pass
'''

ORPHAN_SCRIPT = '''
"""test only: a faulty upgrade that leaves a participant without its workshop"""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.get_bind().execute(sa.text(
        "INSERT INTO participants (id, workshop_id, position, name, department, role, email) "
        "VALUES ('{orphan}', '{missing}', 0, 'Orphan', 'sales', '', '')"
    ))


def downgrade() -> None:
    pass
'''


def _scripts_with(tmp_path: Path, *extra: tuple[str, str]) -> Path:
    """A copy of the app's migrations with extra revision scripts appended after HEAD."""
    target = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    down = schema_version.HEAD
    for revision, template in extra:
        body = template.format(revision=revision, down=down, orphan="b" * 32, missing="c" * 32)
        (target / "versions" / f"{revision}.py").write_text(body, encoding="utf-8")
        down = revision
    return target


@pytest.fixture
def next_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Pretend to be the next app version, whose schema adds NEXT_REVISION."""
    scripts = _scripts_with(tmp_path, (NEXT_REVISION, REBUILD_SCRIPT))
    monkeypatch.setattr(db, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(db, "REVISIONS", (*schema_version.REVISIONS, NEXT_REVISION))
    monkeypatch.setattr(db, "HEAD", NEXT_REVISION)
    yield NEXT_REVISION


def build_at(url: str, revision: str, *, signing: bool = True) -> None:
    """A database at ``revision`` holding one workshop with two participants and an agreed clause
    (and, when the revision has them and ``signing`` is set, the signing records)."""
    parsed = db.parse_database_url(url)
    if parsed.get_backend_name() == "sqlite":
        Path(str(parsed.database)).parent.mkdir(parents=True, exist_ok=True)
    db.migrate(url, revision)
    engine = db.make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO workshops (id, client, title, venue, facilitator, language, status, "
                    "created_at, updated_at, revision, date_start) VALUES (:id, :client, :title, :venue, "
                    ":facilitator, 'de', 'draft', :when, :when, 7, :day)"
                ).bindparams(sa.bindparam("when", type_=sa.DateTime(timezone=True))),
                {
                    "id": WID,
                    "client": "Müller & Söhne GmbH",
                    "title": "SLA „Vertrieb“ 2027",
                    "venue": "Raum 3",
                    "facilitator": "Eva",
                    "when": WHEN,
                    "day": datetime(2027, 1, 12).date(),
                },
            )
            for position, (pid, name, department) in enumerate(
                [("1" * 32, "Jana Kowalczyk", "marketing"), ("2" * 32, "Piet de Vries", "sales")]
            ):
                conn.execute(
                    sa.text(
                        "INSERT INTO participants (id, workshop_id, position, name, department, role, email) "
                        "VALUES (:id, :wid, :position, :name, :department, '', '')"
                    ),
                    {"id": pid, "wid": WID, "position": position, "name": name, "department": department},
                )
            conn.execute(
                sa.text(
                    "INSERT INTO clauses (id, workshop_id, key, agreement, agreement_note) "
                    "VALUES (:id, :wid, 'funnel.targets', 'agreed', 'Signed off by both heads')"
                ),
                {"id": "3" * 32, "wid": WID},
            )
            if signing and _holds_signing(revision):
                _insert_signing(conn)
    finally:
        engine.dispose()


def _holds_signing(revision: str) -> bool:
    return schema_version.REVISIONS.index(revision) >= schema_version.REVISIONS.index(SIGNING)


def _insert_signing(conn: sa.Connection) -> None:
    """One signatory and a signed version 1 with its approval, audit event and export record."""
    when = sa.bindparam("when", type_=sa.DateTime(timezone=True))
    conn.execute(
        sa.text(
            "INSERT INTO signatories (id, workshop_id, position, name, title, department, role) "
            "VALUES (:id, :wid, 0, 'Jana Kowalczyk', 'Leiterin Marketing', 'marketing', 'Marketing lead')"
        ),
        {"id": "4" * 32, "wid": WID},
    )
    conn.execute(
        sa.text(
            "INSERT INTO signed_versions (id, workshop_id, number, signed_at, content, fingerprint, "
            "signed_by, workshop_revision) VALUES (:id, :wid, 1, :when, :content, :fp, 'Jana Kowalczyk', 6)"
        ).bindparams(when),
        {"id": VID, "wid": WID, "when": WHEN, "content": '{"format":1}', "fp": "f" * 64},
    )
    conn.execute(
        sa.text(
            "INSERT INTO version_approvals (id, version_id, position, name, title, department, role, "
            "approved_on, typed_name, signature_png) VALUES (:id, :vid, 0, 'Jana Kowalczyk', '', "
            "'marketing', 'Marketing lead', :day, 'J. Kowalczyk', :png)"
        ),
        {"id": "5" * 32, "vid": VID, "day": WHEN.date(), "png": b"\x89PNG\r\n\x1a\n"},
    )
    conn.execute(
        sa.text(
            "INSERT INTO audit_events (id, workshop_id, seq, at, kind, details, prev_hash, hash) "
            "VALUES (:id, :wid, 1, :when, 'sign_off', '{}', :prev, :hash)"
        ).bindparams(when),
        {"id": "6" * 32, "wid": WID, "when": WHEN, "prev": "0" * 64, "hash": "e" * 64},
    )
    conn.execute(
        sa.text(
            "INSERT INTO export_records (id, version_id, format, file_name, sha256, size, exported_at, "
            "audit_seq) VALUES (:id, :vid, 'pdf', 'SLA.pdf', :sha, 1234, :when, 1)"
        ).bindparams(when),
        {"id": "7" * 32, "vid": VID, "sha": "c" * 64, "when": WHEN},
    )


def assert_signing_intact(store: db.Store) -> None:
    """The signed records survived, and the database still refuses to change or delete them."""
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT name, role FROM signatories")).all() == [
            ("Jana Kowalczyk", "Marketing lead")
        ]
        assert conn.execute(sa.text("SELECT number, fingerprint, content FROM signed_versions")).all() == [
            (1, "f" * 64, '{"format":1}')
        ]
        assert conn.execute(sa.text("SELECT typed_name, signature_png FROM version_approvals")).all() == [
            ("J. Kowalczyk", b"\x89PNG\r\n\x1a\n")
        ]
        assert conn.execute(sa.text("SELECT seq, hash FROM audit_events")).all() == [(1, "e" * 64)]
        assert conn.execute(sa.text("SELECT sha256, size FROM export_records")).all() == [("c" * 64, 1234)]
    for table in SIGNED_RECORDS:
        for statement in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}"):
            with pytest.raises(sa.exc.IntegrityError, match="append-only"), store.engine.begin() as conn:
                conn.execute(sa.text(statement))
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM workshops"))


def assert_data_intact(store: db.Store) -> None:
    snap = WorkshopService(store).get(WID)
    assert snap.workshop["client"] == "Müller & Söhne GmbH"
    assert snap.workshop["title"] == "SLA „Vertrieb“ 2027"
    assert snap.workshop["language"] == "de"
    assert snap.workshop["date_start"] == datetime(2027, 1, 12).date()
    assert snap.created_at == WHEN
    assert snap.revision == 7
    assert [(p["name"], p["department"]) for p in snap.rows_of("participants")] == [
        ("Jana Kowalczyk", "marketing"),
        ("Piet de Vries", "sales"),
    ]
    clause = snap.clause("funnel.targets")
    assert (clause.state.value, clause.note) == ("agreed", "Signed off by both heads")


def _revision_of(url: str) -> str | None:
    engine = db.make_engine(url)
    try:
        return db.database_revision(engine)
    finally:
        engine.dispose()


def test_known_revisions_match_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(db.MIGRATIONS_DIR))
    assert scripts.get_heads() == [schema_version.HEAD]
    oldest_first = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(oldest_first) == schema_version.REVISIONS
    assert schema_version.REVISIONS[0] == "0001_foundation"
    assert len(set(schema_version.REVISIONS)) == len(schema_version.REVISIONS)


@pytest.mark.parametrize("start", schema_version.REVISIONS)
def test_every_revision_upgrades_to_head_with_its_data(db_url: str, start: str) -> None:
    build_at(db_url, start)
    store = db.open_store(db_url)
    try:
        assert db.database_revision(store.engine) == schema_version.HEAD
        assert_data_intact(store)
        if _holds_signing(start):
            assert_signing_intact(store)
        if store.sqlite_path is not None and start != schema_version.HEAD:
            assert [p.name for p in backup.list_backups(store.sqlite_path) if "before-" in p.name]
    finally:
        store.close()


@pytest.mark.parametrize("start", schema_version.REVISIONS)
def test_every_revision_upgrades_to_the_next_version_without_losing_data(
    db_url: str, start: str, next_version: str
) -> None:
    build_at(db_url, start)
    store = db.open_store(db_url)
    try:
        assert db.database_revision(store.engine) == next_version
        assert_data_intact(store)
        if _holds_signing(start):
            # Rebuilding ``workshops`` (their parent) left the signed records and their triggers alone.
            assert_signing_intact(store)
        if store.sqlite_path is None:
            return
        with store.engine.connect() as conn:
            # The migration saw foreign keys off, so rebuilding ``workshops`` cascaded nothing …
            assert conn.exec_driver_sql("SELECT foreign_keys FROM test_migration_log").scalar() == 0
            # … and the store's own connections have them on again.
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # A verified backup of the old schema was taken before the upgrade.
        before = [
            p
            for p in backup.list_backups(store.sqlite_path)
            if p.name.endswith(f"before-{next_version}.sqlite3")
        ]
        assert len(before) == 1
        backup.verify_backup(before[0])
        with sqlite3.connect(before[0]) as con:
            assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(start,)]
            assert con.execute("SELECT count(*) FROM participants").fetchone() == (2,)
            assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        store.close()


def test_a_migration_leaving_broken_references_is_rolled_back(tmp_path: Path) -> None:
    url = db.sqlite_url(tmp_path / "data" / db.DB_FILENAME)
    build_at(url, schema_version.HEAD)
    scripts = _scripts_with(tmp_path, (ORPHAN_REVISION, ORPHAN_SCRIPT))
    with pytest.raises(MigrationError, match="nothing was changed"):
        db.migrate(url, script_location=scripts)
    assert _revision_of(url) == schema_version.HEAD
    with sqlite3.connect(tmp_path / "data" / db.DB_FILENAME) as con:
        assert con.execute("SELECT name FROM participants ORDER BY position").fetchall() == [
            ("Jana Kowalczyk",),
            ("Piet de Vries",),
        ]


def _rebuild_workshops_with_foreign_keys_on(url: str) -> int:
    """Rebuild ``workshops`` in batch mode with foreign keys on; the participants left afterwards."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    engine = db.make_engine(url, foreign_keys=True)
    try:
        with engine.begin() as conn:
            ops = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
            with ops.batch_alter_table("workshops", recreate="always") as batch:
                batch.add_column(sa.Column("test_marker", sa.Text(), nullable=True))
            return int(conn.exec_driver_sql("SELECT count(*) FROM participants").scalar() or 0)
    finally:
        engine.dispose()


def test_rebuilding_a_parent_table_with_foreign_keys_on_would_lose_the_children(tmp_path: Path) -> None:
    """The control experiment: why migrations must run with foreign keys off on SQLite."""
    url = db.sqlite_url(tmp_path / "control.sqlite3")
    build_at(url, schema_version.HEAD, signing=False)
    assert _rebuild_workshops_with_foreign_keys_on(url) == 0
    # With signed records (whose foreign keys do not cascade) the same rebuild fails outright.
    signed = db.sqlite_url(tmp_path / "signed.sqlite3")
    build_at(signed, schema_version.HEAD)
    with pytest.raises(sa.exc.IntegrityError, match="FOREIGN KEY"):
        _rebuild_workshops_with_foreign_keys_on(signed)


def _future_sqlite(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = db.open_store(data_dir=folder)
    WorkshopService(store).create("ACME", "Kept")
    store.close()
    path = folder / db.DB_FILENAME
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_app'")
    return path


def test_a_newer_sqlite_database_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = _future_sqlite(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    backups_before = backup.list_backups(path)
    with pytest.raises(NewerDatabaseError) as caught:
        db.open_store(data_dir=path.parent)
    message = str(caught.value)
    assert "newer version of SLA Workshop" in message and "9999_from_a_newer_app" in message
    assert "left untouched" in message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert backup.list_backups(path) == backups_before
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT client FROM workshops").fetchall() == [("ACME",)]


@pytest.mark.pg
def test_a_newer_postgresql_database_is_refused_and_left_as_it_was() -> None:
    from tests.conftest import pg_database_url

    for url in pg_database_url():
        store = db.open_store(url)
        WorkshopService(store).create("ACME", "Kept")
        with store.engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_from_a_newer_app'"))
        store.close()
        with pytest.raises(NewerDatabaseError, match="newer version of SLA Workshop"):
            db.open_store(url)
        assert _revision_of(url) == "9999_from_a_newer_app"
        engine = db.make_engine(url)
        try:
            with engine.connect() as conn:
                assert conn.execute(sa.text("SELECT client FROM workshops")).scalars().all() == ["ACME"]
        finally:
            engine.dispose()
