"""Opening the library with 10,000 workshops: query, model and the table painted. Median of 5.

    .venv/bin/python benchmarks/library_open.py [--workshops 10000] [--runs 5]

Times ``LibraryView.refresh()`` (the store query and the model reset) plus the first paint of the
table, in one process with a warm import. Target: ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description="Time to show the library.")
    parser.add_argument("--workshops", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from sqlalchemy import insert

    from slaworkshop.model.db import open_store
    from slaworkshop.model.tables import Workshop, new_id
    from slaworkshop.model.types import utcnow
    from slaworkshop.services.workshops import WorkshopService
    from slaworkshop.ui.app import create_application
    from slaworkshop.ui.library import LibraryView

    app = create_application()
    with tempfile.TemporaryDirectory(prefix="slaworkshop-lib-") as tmp:
        store = open_store(None, Path(tmp) / "data", daily_backup=False)
        now = utcnow()
        rows = [
            {
                "id": new_id(),
                "client": f"Client {i:05d} GmbH",
                "title": f"Marketing–Sales SLA workshop {i}",
                "date_start": date(2026, 1, 1) + timedelta(days=i % 700),
                "language": "en",
                "status": "draft",
                "created_at": now - timedelta(minutes=i),
                "updated_at": now - timedelta(minutes=i),
                "revision": 1,
            }
            for i in range(args.workshops)
        ]
        with store.write() as session:
            session.execute(insert(Workshop), rows)
        service = WorkshopService(store)
        timings = []
        for _ in range(args.runs):
            view = LibraryView(service)
            view.resize(1280, 760)
            view.show()
            app.processEvents()
            started = time.perf_counter()
            view.refresh()
            view.repaint()  # paint synchronously, as the first frame would
            app.processEvents()
            timings.append(time.perf_counter() - started)
            assert view.model.rowCount() == args.workshops
            view.close()
            view.deleteLater()
            app.processEvents()
        query = []
        for _ in range(args.runs):
            started = time.perf_counter()
            service.list_workshops()
            query.append(time.perf_counter() - started)
        store.close()
    print(f"runs (ms): {', '.join(f'{t * 1000:.0f}' for t in timings)}")
    print(
        f"library with {args.workshops:,} workshops shown, median of {args.runs}: "
        f"{statistics.median(timings) * 1000:.0f} ms (of which the store query {statistics.median(query) * 1000:.0f} ms; "
        "target ≤ 300 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
