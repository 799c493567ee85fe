"""The library query: ``WorkshopService.list_workshops()`` with 10,000 workshops in the store.

    .venv/bin/python benchmarks/store_library.py [--workshops 10000] [--runs 5] [--database URL]

The store is a fresh SQLite file in a temporary folder (or an empty PostgreSQL database given with
``--database``), opened as the app opens it, holding the workshops with 6 participants each (one in
50 in the trash). Printed: the median of ``--runs`` timed calls for the whole library, for a search
that matches a tenth of it, and for ``count()``, each after one untimed warm-up call.
The UI's target for opening the library (query, model and paint) is ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_fill import fill  # noqa: E402

from slaworkshop.model.db import open_store  # noqa: E402
from slaworkshop.services.workshops import WorkshopService  # noqa: E402


def median_ms(call: Callable[[], Any], runs: int) -> tuple[float, Any]:
    result = call()  # warm-up: statement cache, page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description="Time the library query.")
    parser.add_argument("--workshops", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", metavar="URL", help="an empty PostgreSQL database instead of SQLite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.database, Path(tmp) / "data")
        try:
            fill(store, args.workshops)
            service = WorkshopService(store)
            backend = "PostgreSQL" if args.database else "SQLite"
            print(f"{backend}, {args.workshops:,} workshops, median of {args.runs}:")
            ms, rows = median_ms(service.list_workshops, args.runs)
            print(f"  list_workshops()            {ms:8.1f} ms  ({len(rows):,} rows)")
            ms, rows = median_ms(lambda: service.list_workshops("client 1"), args.runs)
            print(f"  list_workshops('client 1')  {ms:8.1f} ms  ({len(rows):,} rows)")
            ms, rows = median_ms(lambda: service.list_workshops(deleted=True), args.runs)
            print(f"  list_workshops(deleted)     {ms:8.1f} ms  ({len(rows):,} rows)")
            ms, count = median_ms(service.count, args.runs)
            print(f"  count()                     {ms:8.1f} ms  ({count:,})")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
