"""Workshop file round trip: export → import of the sample and of the stress workshop (200 KPIs, 300
scoring criteria, 50 participants, 10 signed versions with drawn signatures) into a fresh database.

Checks that the imported workshop has the same canonical fingerprint as the original (and every
signed version its fingerprint, the audit chain intact), then prints the file size, the export time
and the import time (median of several runs; the target for the stress workshop is ≤ 2 s).

    .venv/bin/python benchmarks/exchange_roundtrip.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.stress_workshop import build_stress_workshop  # noqa: E402
from slaworkshop.model.db import open_store  # noqa: E402
from slaworkshop.services.exchange import export_bytes, import_file  # noqa: E402
from slaworkshop.services.sample import create_sample  # noqa: E402
from slaworkshop.services.signoff import SignOffService  # noqa: E402
from slaworkshop.services.versions import fingerprint_of  # noqa: E402
from slaworkshop.services.workshops import WorkshopService  # noqa: E402

TARGET_SECONDS = 2.0


def round_trip(name: str, build: Callable[[WorkshopService], str], folder: Path, runs: int) -> float:
    source_store = open_store(None, folder / f"{name}-source", daily_backup=False)
    source = WorkshopService(source_store)
    started = time.perf_counter()
    workshop_id = build(source)
    built = time.perf_counter() - started
    exports: list[float] = []
    data = b""
    for _ in range(runs):
        started = time.perf_counter()
        data = export_bytes(source, workshop_id)
        exports.append(time.perf_counter() - started)
    original = fingerprint_of(source.get(workshop_id))
    signoff = SignOffService(source_store, source)
    versions = [(v.number, v.fingerprint) for v in signoff.versions(workshop_id)]
    imports: list[float] = []
    for run in range(runs):
        store = open_store(None, folder / f"{name}-target-{run}", daily_backup=False)
        target = WorkshopService(store)
        started = time.perf_counter()
        result = import_file(target, data)
        imports.append(time.perf_counter() - started)
        imported = target.get(result.workshop_id)
        target_signoff = SignOffService(store, target)
        if fingerprint_of(imported) != original:
            raise SystemExit(f"{name}: the imported workshop's fingerprint differs from the original's")
        if [(v.number, v.fingerprint) for v in target_signoff.versions(result.workshop_id)] != versions:
            raise SystemExit(f"{name}: the signed versions did not arrive unchanged")
        if not target_signoff.check_audit_chain(result.workshop_id).ok or result.warnings:
            raise SystemExit(f"{name}: the audit chain or a version failed its check: {result.warnings}")
        store.close()
    source_store.close()
    median = statistics.median(imports)
    print(
        f"{name:7s} fingerprint {original[:16]}… equal after import; {len(versions)} signed versions; "
        f"file {len(data) / 1024:,.0f} KB; built in {built:.1f} s; "
        f"export median {statistics.median(exports):.3f} s; "
        f"import median {median:.3f} s (runs: {', '.join(f'{t:.3f}' for t in imports)})"
    )
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        round_trip("sample", lambda s: create_sample(s, "en"), folder, args.runs)
        stress = round_trip("stress", build_stress_workshop, folder, args.runs)
    verdict = "meets" if stress <= TARGET_SECONDS else "MISSES"
    print(f"stress workshop import: median {stress:.3f} s — {verdict} the target of ≤ {TARGET_SECONDS:.0f} s")
    return 0 if stress <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
