"""Shared by the store benchmarks: a store holding many workshops, written fast through Core."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from slaworkshop.model.db import Store
from slaworkshop.model.tables import Participant, Workshop, new_id


def fill(store: Store, count: int, participants: int = 6) -> None:
    """``count`` workshops with ``participants`` each, spread over the last years (distinct update times)."""
    now = datetime.now(UTC)
    workshops = []
    people = []
    for n in range(count):
        wid = new_id()
        when = now - timedelta(minutes=17 * n)
        workshops.append(
            {
                "id": wid,
                "client": f"Client {n} GmbH",
                "title": f"Marketing–Sales SLA {2020 + n % 8}",
                "date_start": date(2020 + n % 8, 1 + n % 12, 1 + n % 28),
                "venue": "Room B",
                "facilitator": "Anna Berg",
                "language": ("en", "de", "nl")[n % 3],
                "status": "draft",
                "created_at": when,
                "updated_at": when,
                "deleted_at": now if n % 50 == 0 else None,
                "revision": 1,
            }
        )
        people.extend(
            {"id": new_id(), "workshop_id": wid, "position": p, "name": f"Person {p}", "department": "sales"}
            for p in range(participants)
        )
    with store.write() as session:
        session.execute(insert(Workshop), workshops)
        if people:
            session.execute(insert(Participant), people)
