"""Autosave commit latency: ``WorkshopService.apply`` for one field edit, with 1,000 workshops stored.

This is the write the editor makes on the GUI thread ~400 ms after the last keystroke (one SetField,
the typical autosave batch). The store is a fresh SQLite file in a temporary folder, opened exactly as
the app opens it (WAL, foreign keys, BEGIN IMMEDIATE, synchronous as configured in ``model.db``),
holding 1,000 workshops with 6 participants each. Each run times ``--edits`` saves on one workshop,
each a different value, chaining the revision as the autosave queue does. Printed: p50 / p95 / max per
run and the median of the runs. Target: p95 ≤ 10 ms.

    .venv/bin/python benchmarks/autosave_latency.py [--runs 5] [--edits 200] [--workshops 1000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from slaworkshop.model.db import open_store, sqlite_url
from slaworkshop.services.ops import AddRow, SetField
from slaworkshop.services.workshops import WorkshopService


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def fill(service: WorkshopService, count: int) -> list[str]:
    ids = []
    for number in range(count):
        wid = service.create(f"Client {number}", f"SLA workshop {number}", facilitator="Anna Berg")
        people = [
            AddRow("participants", {"name": f"Person {n}", "department": ("marketing", "sales")[n % 2]})
            for n in range(6)
        ]
        service.apply(wid, None, people)
        ids.append(wid)
    return ids


def run(service: WorkshopService, workshop_id: str, edits: int, label: str) -> list[float]:
    revision = service.get(workshop_id).revision
    times: list[float] = []
    for number in range(edits):
        op = SetField("workshop", "venue", f"Room {label}-{number}, building B")
        start = time.perf_counter()
        revision = service.apply(workshop_id, revision, [op]).revision
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--workshops", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(sqlite_url(Path(folder) / "slaworkshop.sqlite3"), daily_backup=False)
        try:
            service = WorkshopService(store)
            started = time.perf_counter()
            ids = fill(service, args.workshops)
            print(
                f"store: {len(ids):,} workshops, 6 participants each (filled in {time.perf_counter() - started:.1f} s)"
            )
            run(service, ids[0], 20, "warm-up")
            p50s, p95s = [], []
            for number in range(args.runs):
                times = run(service, ids[(number * 97) % len(ids)], args.edits, str(number))
                p50, p95 = percentile(times, 0.50), percentile(times, 0.95)
                p50s.append(p50)
                p95s.append(p95)
                print(
                    f"run {number + 1}: p50 {p50:.2f} ms  p95 {p95:.2f} ms  max {max(times):.2f} ms  ({args.edits} saves)"
                )
            print(
                f"autosave commit latency (median of {args.runs} runs): "
                f"p50 {statistics.median(p50s):.2f} ms, p95 {statistics.median(p95s):.2f} ms (target p95 ≤ 10 ms)"
            )
        finally:
            store.close()


if __name__ == "__main__":
    main()
