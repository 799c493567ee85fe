"""Our PDF of the sample workshop against LibreOffice converting our DOCX of it to PDF, side by side
in one run. Figures are printed, never asserted. Target: ours ≥ 5× faster.

    .venv/bin/python benchmarks/export_vs_libreoffice.py [--runs 5]

Two comparisons, each the median of ``--runs`` (after one warm-up run each, which also creates
LibreOffice's profile in a folder of its own):

* whole process each: ``python -m slaworkshop export ID --format pdf`` (start Python, import,
  open the store, lay out, write and record the file) against ``soffice --headless --convert-to
  pdf`` of our DOCX (start LibreOffice, read the DOCX, lay out, write the PDF);
* in the running app: our PDF rendered in a process that has exported before (what the window
  does when the user exports again), against the same LibreOffice process.
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
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def median_time(action: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def run(command: list[str], **kwargs: object) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} … failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return str(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed.")
    folder = Path(tempfile.mkdtemp(prefix="export_vs_lo_"))
    try:
        data = folder / "data"
        cli = [sys.executable, "-m", "slaworkshop", "--data-dir", str(data)]
        workshop_id = run([*cli, "sample"]).strip().split()[0]
        docx_path = folder / "agreement.docx"
        run([*cli, "export", workshop_id, "--format", "docx", "--out", str(docx_path)])
        ours_path = folder / "ours.pdf"
        profile = folder / "lo_profile"
        libreoffice = [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "lo"),
            str(docx_path),
        ]

        def ours_process() -> None:
            run([*cli, "export", workshop_id, "--format", "pdf", "--out", str(ours_path), "--force"])

        def libreoffice_process() -> None:
            run(libreoffice)

        print(
            f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; workshop: the sample (en)"
        )
        ours_process()  # warm-up: compiled modules, file cache
        libreoffice_process()  # warm-up: creates LibreOffice's profile
        ours, ours_times = median_time(ours_process, args.runs)
        lo, lo_times = median_time(libreoffice_process, args.runs)
        pages = run(["pdfinfo", str(ours_path)])
        page_count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
        print(
            f"our PDF, whole process:           median {ours:6.3f} s {[round(t, 2) for t in ours_times]} ({page_count} pages)"
        )
        print(f"LibreOffice DOCX → PDF, process:  median {lo:6.3f} s {[round(t, 2) for t in lo_times]}")
        print(f"whole process each: ours is {lo / ours:.1f}× faster (target ≥ 5×)")

        from slaworkshop.export.outline import build_document
        from slaworkshop.export.pdf import render_pdf
        from slaworkshop.model.db import open_store, sqlite_url
        from slaworkshop.services.workshops import WorkshopService

        store = open_store(sqlite_url(data / "slaworkshop.sqlite3"))
        try:
            snapshot = WorkshopService(store).get(workshop_id)
        finally:
            store.close()
        render_pdf(build_document(snapshot))  # the app's first export loads the fonts
        warm, warm_times = median_time(lambda: render_pdf(build_document(snapshot)), args.runs)
        print(f"our PDF in the running app:       median {warm:6.3f} s {[round(t, 3) for t in warm_times]}")
        print(f"in the running app: ours is {lo / warm:.1f}× faster than LibreOffice's process (target ≥ 5×)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
