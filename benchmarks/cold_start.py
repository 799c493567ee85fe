"""Cold start: whole process, from launch to the main window painted. Median of 5 runs.

    .venv/bin/python benchmarks/cold_start.py [--runs 5] [--workshops 0]

Each run starts ``python -m slaworkshop --data-dir <tmp>`` with SLAWORKSHOP_BENCH_EXIT_AFTER_PAINT=1;
the app prints the seconds from the launch (SLAWORKSHOP_BENCH_T0, taken here just before the
process starts) to the end of the main window's first paint, and then to its first paint once the
store is open and the workshops are listed (or the last workshop re-opened), and quits. The first
paint shows the real window with the library still loading (the store opens on a worker thread
after it); the second figure is when the data is on screen. The first run in a fresh folder also
creates and migrates the database, so it is reported apart; the medians are over the runs that
follow it (the everyday start). Target: first paint ≤ 0.8 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run(data_dir: Path) -> tuple[float, float, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["SLAWORKSHOP_BENCH_EXIT_AFTER_PAINT"] = "1"
    started = time.time()
    env["SLAWORKSHOP_BENCH_T0"] = repr(started)
    done = subprocess.run(
        [sys.executable, "-m", "slaworkshop", "--data-dir", str(data_dir)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    whole = time.time() - started
    found = {
        line.split()[0]: float(line.split()[1])
        for line in done.stdout.splitlines()
        if line.startswith(("first-paint ", "ready "))
    }
    if done.returncode != 0 or set(found) != {"first-paint", "ready"}:
        raise SystemExit(
            f"the app did not report its first paint and its data (exit {done.returncode}):\n"
            f"{done.stdout[-500:]}{done.stderr[-2000:]}"
        )
    return found["first-paint"], found["ready"], whole


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} s (min {min(values):.3f}, max {max(values):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description="Cold start to the painted main window.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workshops", type=int, default=0, help="workshops in the store before the runs")
    parser.add_argument(
        "--reopen",
        action="store_true",
        help="the last session ended in the editor: time re-opening that workshop",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="slaworkshop-cold-") as tmp:
        data_dir = Path(tmp) / "data"
        first, first_ready, first_whole = one_run(data_dir)
        if args.workshops or args.reopen:
            sys.path.insert(0, str(ROOT))
            from slaworkshop.model.db import open_store
            from slaworkshop.services.workshops import WorkshopService

            store = open_store(None, data_dir, daily_backup=False)
            service = WorkshopService(store)
            for i in range(args.workshops):
                service.create(f"Client {i:05d}", f"SLA workshop {i}")
            if args.reopen:
                from PySide6.QtCore import QSettings

                last = service.create("Northwind Traders GmbH", "Marketing–Sales SLA 2027")
                settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
                settings.setValue("library/last_workshop", last)
                settings.sync()
            store.close()
        paints: list[float] = []
        readies: list[float] = []
        wholes: list[float] = []
        for _ in range(args.runs):
            paint, ready, whole = one_run(data_dir)
            paints.append(paint)
            readies.append(ready)
            wholes.append(whole)
    print(
        f"first start (creates and migrates the database): first paint {first:.3f} s, "
        f"data on screen {first_ready:.3f} s, process {first_whole:.3f} s"
    )
    print(f"runs, first paint: {', '.join(f'{p:.3f}' for p in paints)}")
    print(f"runs, data on screen: {', '.join(f'{p:.3f}' for p in readies)}")
    what = f"{args.workshops} workshops{', re-opening the last workshop' if args.reopen else ''}"
    print(f"cold start to first paint, median of {args.runs} ({what}): {spread(paints)}; target ≤ 0.8 s")
    print(
        f"cold start to the workshops on screen{' (editor re-opened)' if args.reopen else ''}: "
        f"{spread(readies)}; whole process incl. exit {spread(wholes)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
