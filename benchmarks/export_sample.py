"""Print how long exporting the agreement takes: DOCX + PDF of the sample workshop, in a process
that has exported before (as the window does). Figures are printed, never asserted.
Target: DOCX + PDF together ≤ 0.5 s.

    .venv/bin/python benchmarks/export_sample.py [--runs 5]

Medians of ``--runs``, in wall-clock and CPU seconds (the CPU figure does not depend on what else
the machine runs). Our PDF against LibreOffice's: ``benchmarks/export_vs_libreoffice.py``; the
stress workshop: ``benchmarks/export_stress.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slaworkshop.export.docx import render_docx  # noqa: E402
from slaworkshop.export.outline import build_document  # noqa: E402
from slaworkshop.export.pdf import render_pdf  # noqa: E402
from slaworkshop.model.db import open_store, sqlite_url  # noqa: E402
from slaworkshop.services.sample import create_sample  # noqa: E402
from slaworkshop.services.workshops import WorkshopService  # noqa: E402


def median_time(action: Callable[[], object], runs: int) -> tuple[float, float, list[float]]:
    """Median wall-clock and CPU seconds of ``runs`` calls, and the wall-clock times."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), walls


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="export_bench_"))
    try:
        service = WorkshopService(open_store(sqlite_url(folder / "data" / "slaworkshop.sqlite3")))
        snapshot = service.get(create_sample(service, "en"))
        print(
            f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; workshop: the sample (en)"
        )
        start = time.perf_counter()
        document = build_document(snapshot)
        docx_bytes = render_docx(document)
        pdf_bytes = render_pdf(document)
        print(
            f"first export in this process (fonts, base document loaded): {time.perf_counter() - start:.3f} s"
        )

        outline, outline_cpu, _ = median_time(lambda: build_document(snapshot), args.runs)
        docx_time, docx_cpu, _ = median_time(lambda: render_docx(build_document(snapshot)), args.runs)
        pdf_time, pdf_cpu, _ = median_time(lambda: render_pdf(build_document(snapshot)), args.runs)
        both, both_cpu, times = median_time(
            lambda: (render_docx(build_document(snapshot)), render_pdf(build_document(snapshot))), args.runs
        )
        pages = subprocess.run(
            ["pdfinfo", "-"], input=pdf_bytes, capture_output=True, check=True
        ).stdout.decode()
        page_count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
        for label, wall, cpu in (
            ("outline only", outline, outline_cpu),
            (f"DOCX ({len(docx_bytes) / 1024:.0f} KB)", docx_time, docx_cpu),
            (f"PDF ({len(pdf_bytes) / 1024:.0f} KB, {page_count} pages)", pdf_time, pdf_cpu),
        ):
            print(f"{label + ':':28} median {wall * 1000:7.1f} ms wall, {cpu * 1000:7.1f} ms CPU")
        print(
            f"{'DOCX + PDF together:':28} median {both * 1000:7.1f} ms wall, {both_cpu * 1000:7.1f} ms CPU "
            f"of {args.runs} runs {[round(t * 1000) for t in times]} (target ≤ 500 ms)"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
