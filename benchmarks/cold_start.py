"""Cold start: whole process, from launch to the main window painted. Median of 5 runs.

    .venv/bin/python benchmarks/cold_start.py [--runs 5] [--workshops 0]

Each run starts ``python -m slaworkshop --data-dir <tmp>`` with SLAWORKSHOP_BENCH_EXIT_AFTER_PAINT=1;
the app prints the seconds from the launch (SLAWORKSHOP_BENCH_T0) to the end of its first paint and
quits. The first run in a fresh folder also creates and migrates the database, so it is reported
apart; the median is over the runs that follow it (the everyday start). Target: ≤ 0.8 s.
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


def one_run(data_dir: Path) -> tuple[float, float]:
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
    lines = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(
            f"the app did not report its first paint (exit {done.returncode}):\n{done.stderr[-2000:]}"
        )
    return float(lines[-1].split()[1]), whole


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
        first, first_whole = one_run(data_dir)
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
        wholes: list[float] = []
        for _ in range(args.runs):
            paint, whole = one_run(data_dir)
            paints.append(paint)
            wholes.append(whole)
    print(
        f"first start (creates and migrates the database): first paint {first:.3f} s, process {first_whole:.3f} s"
    )
    print(f"runs: {', '.join(f'{p:.3f}' for p in paints)}")
    print(
        f"cold start to first paint, median of {args.runs} ({args.workshops} workshops"
        f"{', re-opening the last workshop' if args.reopen else ''}): "
        f"{statistics.median(paints):.3f} s (whole process incl. exit {statistics.median(wholes):.3f} s; target ≤ 0.8 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
