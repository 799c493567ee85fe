"""Opening the store at start-up: ``open_store`` on an existing SQLite database. Median of 5.

    .venv/bin/python benchmarks/store_open.py [--workshops 10000] [--runs 5]

Builds a data folder holding the workshops (6 participants each), closes it, then times
``open_store(data_dir=…)`` followed by the first query (the engine connects lazily), as the app
does at start-up: the damaged-file check (header, ``quick_check``), the schema revision, no
migration. Printed separately: a normal start (today's backup already taken) and the first start of
the day, which also takes, verifies and rotates a backup. Both in a warm process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_fill import fill  # noqa: E402

from slaworkshop.model import backup  # noqa: E402
from slaworkshop.model.db import DB_FILENAME, open_store  # noqa: E402
from slaworkshop.services.workshops import WorkshopService  # noqa: E402


def time_open(folder: Path, *, backup_due: bool) -> float:
    if backup_due:
        long_ago = time.time() - 2 * 86400
        for old in backup.list_backups(folder / DB_FILENAME):
            os.utime(old, (long_ago, long_ago))
    start = time.perf_counter()
    store = open_store(data_dir=folder)
    WorkshopService(store).count()
    elapsed = (time.perf_counter() - start) * 1000
    store.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description="Time opening the store.")
    parser.add_argument("--workshops", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        store = open_store(data_dir=folder)
        fill(store, args.workshops)
        store.close()
        time_open(folder, backup_due=False)  # warm-up; takes today's backup
        size = (folder / DB_FILENAME).stat().st_size / 1e6
        normal = [time_open(folder, backup_due=False) for _ in range(args.runs)]
        daily = [time_open(folder, backup_due=True) for _ in range(args.runs)]
        print(f"SQLite, {args.workshops:,} workshops ({size:.1f} MB), median of {args.runs}:")
        print(f"  open_store, backup not due    {statistics.median(normal):8.1f} ms")
        print(f"  open_store, daily backup due  {statistics.median(daily):8.1f} ms")
        print(f"  backups kept: {len(backup.list_backups(folder / DB_FILENAME))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
