"""Two windows or two machines on one store: WAL, BEGIN IMMEDIATE, and optimistic concurrency.

Each "window" is its own :class:`Store` (its own engine and connections), as two app processes
would be.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError

from slaworkshop.model.db import Store, open_store, sqlite_url
from slaworkshop.model.tables import Participant, Workshop
from slaworkshop.services.errors import ConflictError
from slaworkshop.services.ops import AddRow, SetField
from slaworkshop.services.workshops import WorkshopService
from tests.conftest import pg_database_url


@pytest.fixture
def second_store(db_url: str, store: Store) -> Iterator[Store]:
    """Another window (or machine) on the same database as ``store``."""
    other = open_store(db_url)
    try:
        yield other
    finally:
        other.close()


@pytest.fixture
def sqlite_pair(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """Two processes' stores on one SQLite file."""
    url = sqlite_url(tmp_path / "data" / "slaworkshop.sqlite3")
    first = open_store(url)
    second = open_store(url)
    try:
        yield first, second
    finally:
        first.close()
        second.close()


@pytest.fixture
def pg_pair() -> Iterator[tuple[Store, Store]]:
    """Two machines' stores on one PostgreSQL database."""
    for url in pg_database_url():
        first = open_store(url)
        second = open_store(url)
        try:
            yield first, second
        finally:
            first.close()
            second.close()


def test_sqlite_runs_in_wal_with_foreign_keys_and_full_sync(sqlite_pair: tuple[Store, Store]) -> None:
    store = sqlite_pair[0]
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_deleting_a_workshop_for_good_deletes_its_participants(service: WorkshopService) -> None:
    """Foreign keys are enforced on both backends: nothing is left dangling."""
    wid = service.create("ACME", "Gone")
    keep = service.create("ACME", "Kept")
    service.apply(wid, None, [AddRow("participants", {"name": "A", "department": "sales"})])
    service.apply(keep, None, [AddRow("participants", {"name": "B", "department": "sales"})])
    service.delete(wid)
    service.purge(wid)
    with service.store.read() as session:
        names = session.scalars(sa.select(Participant.name)).all()
    assert names == ["B"]


def test_reads_do_not_wait_for_a_writer(service: WorkshopService) -> None:
    """A read transaction is deferred: the library still lists while another process writes."""
    store = service.store
    wid = service.create("ACME", "Visible")
    if not store.is_sqlite:
        return
    assert store.sqlite_path is not None
    writer = sqlite3.connect(store.sqlite_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE workshops SET venue = 'not yet committed'")
        assert [s.id for s in service.list_workshops()] == [wid]
        assert service.get(wid).workshop["venue"] == ""
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_two_processes_reading_then_writing_never_hit_database_is_locked(
    sqlite_pair: tuple[Store, Store],
) -> None:
    """Without BEGIN IMMEDIATE the second read-then-write fails at once with "database is locked"."""
    store, second_store = sqlite_pair
    wid = WorkshopService(store).create("ACME", "Counter")
    rounds = 40
    start = threading.Barrier(2)

    def bump(which: Store, label: str) -> None:
        start.wait()
        for n in range(rounds):
            with which.write() as session:
                workshop = session.get(Workshop, wid)
                assert workshop is not None
                count = int(workshop.venue or "0")  # read …
                workshop.venue = str(count + 1)  # … then write from what was read
                session.add(Participant(workshop_id=wid, name=f"{label}{n}", department="sales", position=0))

    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(bump, store, "a"), pool.submit(bump, second_store, "b")]
        for future in futures:
            future.result()  # re-raises "database is locked" if it happened
    snap = WorkshopService(store).get(wid)
    assert snap.workshop["venue"] == str(2 * rounds), "no increment was lost"
    assert len(snap.rows_of("participants")) == 2 * rounds


def test_the_later_save_from_another_window_is_refused_and_the_first_stays(
    store: Store, second_store: Store
) -> None:
    window_a, window_b = WorkshopService(store), WorkshopService(second_store)
    wid = window_a.create("ACME", "SLA")
    seen_by_a = window_a.get(wid)
    seen_by_b = window_b.get(wid)
    assert seen_by_a.revision == seen_by_b.revision
    window_a.apply(wid, seen_by_a.revision, [SetField("workshop", "venue", "Room A")])
    with pytest.raises(ConflictError) as caught:
        window_b.apply(wid, seen_by_b.revision, [SetField("workshop", "venue", "Room B")])
    assert "not saved" in str(caught.value)
    assert window_b.get(wid).workshop["venue"] == "Room A"
    assert window_a.get(wid).workshop["venue"] == "Room A"
    # Window B reloads and saves again: now it is accepted.
    fresh = window_b.get(wid)
    window_b.apply(wid, fresh.revision, [SetField("workshop", "venue", "Room B")])
    assert window_a.get(wid).workshop["venue"] == "Room B"


def test_two_concurrent_saves_one_wins_one_is_refused(store: Store, second_store: Store) -> None:
    """Both windows save at the same moment from the same revision: exactly one is stored."""
    window_a, window_b = WorkshopService(store), WorkshopService(second_store)
    wid = window_a.create("ACME", "Race")
    for attempt in range(10):
        revision = window_a.get(wid).revision
        start = threading.Barrier(2)

        def save(
            window: WorkshopService, venue: str, revision: int = revision, start: threading.Barrier = start
        ) -> str:
            start.wait()
            try:
                window.apply(wid, revision, [SetField("workshop", "venue", venue)])
            except ConflictError:
                return "refused"
            return "saved"

        with ThreadPoolExecutor(2) as pool:
            a = pool.submit(save, window_a, f"A{attempt}")
            b = pool.submit(save, window_b, f"B{attempt}")
            outcomes = {f"A{attempt}": a.result(), f"B{attempt}": b.result()}
        assert sorted(outcomes.values()) == ["refused", "saved"]
        winner = next(v for v, outcome in outcomes.items() if outcome == "saved")
        assert window_b.get(wid).workshop["venue"] == winner


@pytest.mark.pg
def test_postgresql_refuses_a_stale_save_through_the_version_column(pg_pair: tuple[Store, Store]) -> None:
    """Both transactions pass the revision pre-check; the row version still stops the second.

    Window A holds an uncommitted save. Window B's save reads the same revision, so its
    pre-check passes, and its UPDATE waits on A's row lock. When A commits, B's
    ``UPDATE … WHERE revision = n`` matches no row: SQLAlchemy raises ``StaleDataError`` and the
    service turns it into ``ConflictError``.
    """
    # (On SQLite, BEGIN IMMEDIATE serialises writers: B cannot even read before A commits.)
    store, second_store = pg_pair
    window_a, window_b = WorkshopService(store), WorkshopService(second_store)
    wid = window_a.create("ACME", "Locked")
    revision = window_a.get(wid).revision

    with store.write() as session_a:
        workshop = session_a.get(Workshop, wid)
        assert workshop is not None and workshop.revision == revision
        workshop.venue = "Room A"
        session_a.flush()  # A now holds the row lock with revision + 1, uncommitted
        a_pid = session_a.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()

        with ThreadPoolExecutor(1) as pool:
            b = pool.submit(window_b.apply, wid, revision, [SetField("workshop", "venue", "Room B")])
            # Wait until B is blocked by A's lock, i.e. it has passed the revision pre-check.
            with store.engine.connect() as observer:
                blocked = False
                for _ in range(100_000):
                    blocked = bool(
                        observer.execute(
                            sa.text(
                                "SELECT count(*) FROM pg_stat_activity WHERE :a = ANY(pg_blocking_pids(pid))"
                            ),
                            {"a": a_pid},
                        ).scalar()
                    )
                    if blocked or b.done():
                        break
                assert blocked, "window B should be waiting on window A's row lock"
            session_a.commit()
            with pytest.raises(ConflictError) as caught:
                b.result(timeout=30)
    assert isinstance(caught.value.__cause__, StaleDataError)
    assert window_b.get(wid).workshop["venue"] == "Room A"
