"""Exporting the stress workshop (200 KPIs, 300 scoring criteria, 50 participants, 10 signed
versions; ``benchmarks/stress_workshop.py``): time, peak memory and event-loop stalls. Figures are
printed, never asserted.

    .venv/bin/python benchmarks/export_stress.py [--runs 3]

1. Time: DOCX + PDF of the latest signed version through ``SignOffService.export`` — what the app
   does when the user exports: load the version and its history, lay out, write the file
   atomically and record it. Median of ``--runs``; wall-clock and CPU seconds (the CPU figure
   does not depend on what else the machine runs). Target ≤ 3 s together.
2. Peak memory: a fresh process opens the store and exports DOCX + PDF; its peak resident set
   (``ru_maxrss``) is the figure, with the resident set after its imports for comparison.
   Target ≤ 300 MB.
3. Event-loop stalls: a fresh process with a window (QT_QPA_PLATFORM=offscreen) runs the real
   ``slaworkshop/ui/export_flow.py`` — DOCX, then PDF, each written on the worker thread with
   the progress dialog — while a QTimer ticks every 5 ms on the GUI thread and records the gap
   between ticks, from the start of the DOCX export to 1 s after the PDF is written. The longest
   gap is the longest the window could not react. Target ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TICK_MS = 5
AFTER_MS = 1000


def _rss_mb() -> float:
    """The resident set now, from /proc (MB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _open(database: Path) -> tuple[Any, Any]:
    from slaworkshop.model.db import open_store, sqlite_url
    from slaworkshop.services.signoff import SignOffService
    from slaworkshop.services.workshops import WorkshopService

    service = WorkshopService(open_store(sqlite_url(database)))
    return service, SignOffService(service.store, service)


def _latest_version(signoff: Any, workshop_id: str) -> int:
    return int(signoff.versions(workshop_id)[-1].number)


# ----------------------------------------------------------------------------- child processes


def child_memory(database: Path, workshop_id: str, out: Path) -> None:
    """Export DOCX + PDF once in this fresh process; print its memory as JSON."""
    _service, signoff = _open(database)
    from slaworkshop.export.docx import render_docx  # noqa: F401 - imports count as "before"
    from slaworkshop.export.pdf import render_pdf  # noqa: F401

    version = _latest_version(signoff, workshop_id)
    before = _rss_mb()
    for fmt in ("docx", "pdf"):
        signoff.export(workshop_id, out / f"memory.{fmt}", fmt, version=version, overwrite=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"before_mb": before, "peak_mb": peak}))


def child_stall(database: Path, workshop_id: str, out: Path) -> None:
    """Run the UI's export flow (DOCX, then PDF) with a 5 ms timer on the GUI thread; print the gaps."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from slaworkshop.ui import export_flow
    from slaworkshop.ui.export_flow import AfterExport, ExportFlow

    _service, signoff = _open(database)
    snapshot_version = _latest_version(signoff, workshop_id)
    snapshot = signoff.snapshot_of_version(workshop_id, snapshot_version)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1280, 800)
    window.show()
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    # The questions are answered as a user would: this file, then "Close" after the export.
    export_flow.ask_path = lambda parent, suggested, fmt: out / f"stall.{fmt}"  # type: ignore[assignment]
    export_flow.ask_after_export = lambda parent, path, seconds: AfterExport.CLOSE  # type: ignore[assignment]
    flow = ExportFlow(window, settings)

    gaps: list[float] = []
    last = [time.perf_counter()]
    running = [False]

    def tick() -> None:
        now = time.perf_counter()
        if running[0]:
            gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    formats = ["docx", "pdf"]
    times: dict[str, float] = {}
    started = [0.0]
    failures: list[str] = []

    def write_for(fmt: str) -> Callable[[Path], Path]:
        def write(path: Path) -> Path:
            return Path(signoff.export(workshop_id, path, fmt, version=snapshot_version, overwrite=True).path)

        return write

    def stop() -> None:
        running[0] = False
        app.quit()

    def next_export() -> None:
        if not formats:
            # Go on measuring a while after the last export: what it leaves behind (garbage to
            # collect) must not stall the window later either.
            QTimer.singleShot(AFTER_MS, stop)
            return
        fmt = formats.pop(0)
        started[0] = time.perf_counter()
        if not flow.start(snapshot, fmt, write_for(fmt)):
            failures.append(f"{fmt}: the export did not start")
            app.quit()

    def finished(path: Path) -> None:
        times[path.suffix.lstrip(".")] = time.perf_counter() - started[0]
        QTimer.singleShot(0, next_export)

    flow.finished.connect(finished)
    flow.failed.connect(lambda message: (failures.append(message), app.quit()))

    def begin() -> None:
        running[0] = True
        last[0] = time.perf_counter()
        next_export()

    # Let the window settle (first paint) before measuring.
    QTimer.singleShot(200, begin)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: (failures.append("timed out after 120 s"), app.quit()))
    watchdog.start(120_000)
    app.exec()
    gaps.sort()
    print(
        json.dumps(
            {
                "failures": failures,
                "times": times,
                "ticks": len(gaps),
                "max_gap_ms": gaps[-1] * 1000 if gaps else None,
                "p99_gap_ms": gaps[int(len(gaps) * 0.99) - 1] * 1000 if gaps else None,
                "median_gap_ms": statistics.median(gaps) * 1000 if gaps else None,
                "over_50ms": sum(1 for g in gaps if g > 0.050),
                "longest": [round(g * 1000, 1) for g in gaps[-5:]],
            }
        )
    )


def _child(kind: str, database: Path, workshop_id: str, out: Path) -> dict[str, Any]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run(
        [sys.executable, __file__, f"--child-{kind}", str(database), workshop_id, str(out)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise SystemExit(f"the {kind} measurement failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ----------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child-memory", nargs=3, metavar=("DB", "ID", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--child-stall", nargs=3, metavar=("DB", "ID", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_memory:
        database, workshop_id, out = args.child_memory
        child_memory(Path(database), workshop_id, Path(out))
        return 0
    if args.child_stall:
        database, workshop_id, out = args.child_stall
        child_stall(Path(database), workshop_id, Path(out))
        return 0

    from benchmarks.stress_workshop import build_stress_workshop

    folder = Path(tempfile.mkdtemp(prefix="export_stress_"))
    database = folder / "slaworkshop.sqlite3"
    try:
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
        service, signoff = _open(database)
        started = time.perf_counter()
        workshop_id = build_stress_workshop(service)
        snapshot = service.get(workshop_id)
        version = _latest_version(signoff, workshop_id)
        print(
            f"stress workshop built in {time.perf_counter() - started:.1f} s: "
            f"{len(snapshot.rows_of('kpis'))} KPIs, {len(snapshot.rows_of('scoring_criteria'))} scoring "
            f"criteria, {len(snapshot.rows_of('participants'))} participants, {version} signed versions"
        )

        def export(fmt: str) -> Path:
            return Path(
                signoff.export(
                    workshop_id, folder / f"agreement.{fmt}", fmt, version=version, overwrite=True
                ).path
            )

        export("docx")  # the first export in a process also loads fonts and the base document
        export("pdf")
        figures: dict[str, list[tuple[float, float]]] = {"docx": [], "pdf": [], "both": []}
        for _ in range(args.runs):
            for fmt in ("docx", "pdf"):
                wall, cpu = time.perf_counter(), time.process_time()
                export(fmt)
                figures[fmt].append((time.perf_counter() - wall, time.process_time() - cpu))
            figures["both"].append(
                (
                    figures["docx"][-1][0] + figures["pdf"][-1][0],
                    figures["docx"][-1][1] + figures["pdf"][-1][1],
                )
            )
        pages = subprocess.run(
            ["pdfinfo", str(folder / "agreement.pdf")], capture_output=True, text=True, check=False
        ).stdout
        page_count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
        sizes = {fmt: (folder / f"agreement.{fmt}").stat().st_size / 1024 for fmt in ("docx", "pdf")}
        for name, label in (
            ("docx", f"DOCX ({sizes['docx']:.0f} KB)"),
            ("pdf", f"PDF ({sizes['pdf']:.0f} KB, {page_count} pages)"),
            ("both", "DOCX + PDF together"),
        ):
            walls = [w for w, _ in figures[name]]
            cpus = [c for _, c in figures[name]]
            target = " (target ≤ 3 s)" if name == "both" else ""
            print(
                f"{label + ':':32} median {statistics.median(walls):5.2f} s wall, "
                f"{statistics.median(cpus):5.2f} s CPU of {args.runs} runs {[round(w, 2) for w in walls]}{target}"
            )

        memory = _child("memory", database, workshop_id, folder)
        print(
            f"peak memory of a fresh process exporting DOCX + PDF: {memory['peak_mb']:.0f} MB "
            f"(after its imports {memory['before_mb']:.0f} MB) (target ≤ 300 MB)"
        )

        stall = _child("stall", database, workshop_id, folder)
        if stall["failures"]:
            print(f"event loop: the export flow failed: {stall['failures']}")
            return 1
        print(
            f"event loop during the UI export flow (DOCX {stall['times'].get('docx', 0):.2f} s, then PDF "
            f"{stall['times'].get('pdf', 0):.2f} s, each on the worker thread): {stall['ticks']} ticks of "
            f"{TICK_MS} ms (until {AFTER_MS} ms after the PDF), longest gap {stall['max_gap_ms']:.1f} ms, 99th percentile "
            f"{stall['p99_gap_ms']:.1f} ms, {stall['over_50ms']} gaps over 50 ms; longest {stall['longest']} "
            "(target ≤ 50 ms)"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
