"""Print how long exporting the agreement takes: DOCX + PDF of a filled workshop, and our PDF
against LibreOffice converting our DOCX to PDF. Figures are printed, never asserted.

    .venv/bin/python benchmarks/export_sample.py [--runs 5] [--stress]

The workshop is the sample workshop when the app ships one (``services.sample``), otherwise every
registered entity filled with a few rows. ``--stress`` adds a stress workshop (200 KPIs, 300
scoring criteria, 50 participants) with its peak memory.
"""

from __future__ import annotations

import argparse
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slaworkshop.export.docx import render_docx  # noqa: E402
from slaworkshop.export.outline import build_document  # noqa: E402
from slaworkshop.export.pdf import render_pdf  # noqa: E402
from slaworkshop.model.db import open_store, sqlite_url  # noqa: E402
from slaworkshop.services.ops import AddRow  # noqa: E402
from slaworkshop.services.workshops import WorkshopService  # noqa: E402


def median_time(action: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def sample_workshop(service: WorkshopService) -> tuple[str, str]:
    try:
        from slaworkshop.services.sample import create_sample

        return create_sample(service, "en"), "sample workshop (en)"
    except ImportError:
        from tests.export.filling import fill_workshop

        return fill_workshop(service, rows=4).workshop_id, "every entity filled, 4 rows each"


def stress_workshop(service: WorkshopService) -> str:
    workshop_id, _ = sample_workshop(service)
    ops = [
        AddRow("kpis", {"name": f"KPI {i}", "definition": "Counted in the CRM " * 5, "target": i})
        for i in range(200)
    ]
    ops += [
        AddRow("scoring_criteria", {"attribute": f"Attribute {i}", "condition": "is set", "points": i % 20})
        for i in range(300)
    ]
    ops += [
        AddRow("participants", {"name": f"Person {i}", "department": "sales", "role": "Rep"})
        for i in range(50)
    ]
    service.apply(workshop_id, None, ops)
    return workshop_id


def libreoffice(docx_path: Path, out_dir: Path, profile: Path) -> None:
    soffice = shutil.which("soffice")
    assert soffice
    subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stress", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="export_bench_"))
    service = WorkshopService(open_store(sqlite_url(folder / "data" / "slaworkshop.sqlite3")))
    workshop_id, what = sample_workshop(service)
    snapshot = service.get(workshop_id)

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; workshop: {what}")
    start = time.perf_counter()
    document = build_document(snapshot)
    docx_bytes = render_docx(document)
    pdf_bytes = render_pdf(document)
    print(f"first export in this process (fonts, base document loaded): {time.perf_counter() - start:.3f} s")

    outline, _ = median_time(lambda: build_document(snapshot), args.runs)
    docx_time, _ = median_time(lambda: render_docx(build_document(snapshot)), args.runs)
    pdf_time, _ = median_time(lambda: render_pdf(build_document(snapshot)), args.runs)
    both, times = median_time(
        lambda: (render_docx(build_document(snapshot)), render_pdf(build_document(snapshot))), args.runs
    )
    pages = subprocess.run(["pdfinfo", "-"], input=pdf_bytes, capture_output=True, check=True).stdout.decode()
    page_count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
    print(f"outline only:            median {outline * 1000:7.1f} ms")
    print(f"DOCX ({len(docx_bytes) / 1024:.0f} KB):          median {docx_time * 1000:7.1f} ms")
    print(f"PDF ({len(pdf_bytes) / 1024:.0f} KB, {page_count} pages): median {pdf_time * 1000:7.1f} ms")
    print(
        f"DOCX + PDF together:     median {both * 1000:7.1f} ms of {args.runs} runs {[round(t * 1000) for t in times]} (target ≤ 500 ms)"
    )

    docx_path = folder / "agreement.docx"
    docx_path.write_bytes(docx_bytes)
    profile = folder / "lo_profile"
    libreoffice(docx_path, folder / "warmup", profile)  # the first start creates the profile
    lo_time, lo_times = median_time(lambda: libreoffice(docx_path, folder / "lo", profile), args.runs)
    print(
        f"LibreOffice DOCX → PDF:  median {lo_time * 1000:7.1f} ms of {args.runs} runs {[round(t * 1000) for t in lo_times]}"
    )
    print(f"our PDF is {lo_time / pdf_time:.1f}× faster than LibreOffice converting our DOCX (target ≥ 5×)")

    if args.stress:
        stress = service.get(stress_workshop(service))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        stress_time, stress_times = median_time(
            lambda: (render_docx(build_document(stress)), render_pdf(build_document(stress))), 3
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(
            f"stress (200 KPIs, 300 criteria, 50 participants) DOCX + PDF: median {stress_time:.2f} s "
            f"{[round(t, 2) for t in stress_times]}; peak RSS {peak / 1024:.0f} MB (before {before / 1024:.0f} MB)"
        )
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
