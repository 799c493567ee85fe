"""Recompute the SLA maths after one edit in a stress workshop; print the figures.

The stress workshop: a 20-stage funnel, a capacity check, 300 scoring criteria on 30 attributes
(analysed for the best attainable score and warnings, and scored against a sample lead), a follow-up
cadence of 10 attempts and 200 KPIs' status. "After one edit" changes one input — in turn a
conversion rate, one criterion's points, one criterion's condition, a KPI's actual value — and
recomputes *everything*, as the editor would. Caches in the scoring analysis keep unchanged
attributes' results, so the cold figure (all caches emptied before each run) is printed as well.

Target: median ≤ 16 ms (one frame at 60 Hz).

    .venv/bin/python benchmarks/recompute.py [--runs 300]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal as D
from typing import Any

from slaworkshop.model import scoring
from slaworkshop.model.cadence import CadenceInput, TimeUnit, follow_up_cadence
from slaworkshop.model.capacity import CapacityInput, follow_up_capacity
from slaworkshop.model.funnel import FunnelInput, Period, RateSource, StageRate, reverse_funnel
from slaworkshop.model.kpi import Direction, KpiThresholds, kpi_status
from slaworkshop.model.scoring import Criterion, ScoringModel, analyse_scoring, score_lead

STAGES = tuple(f"Stage {i + 1}" for i in range(20))
CONDITIONS = (
    "= value {n}",
    "one of alpha {n}, beta {n}, gamma {n}",
    "contains part{n}",
    ">= {n}0",
    "between {n} and {n}00",
    "< {n}",
    "!= nobody {n}",
    "is set",
    "> {n}5",
    "at most {n}50",
)


def stress_workshop() -> dict[str, Any]:
    rates = tuple(
        StageRate(D(40 + i % 50) + D("0.5"), RateSource.BENCHMARK if i % 4 == 0 else RateSource.OWN_DATA)
        for i in range(len(STAGES) - 1)
    )
    criteria = [
        Criterion(
            f"Attribute {i % 30}",
            CONDITIONS[i % len(CONDITIONS)].format(n=i % 7 + 1),
            (i % 21) - 8,
            scoring.Axis.FIT if i % 30 < 18 else scoring.Axis.INTEREST,
        )
        for i in range(300)
    ]
    lead = {f"Attribute {a}": ("value 3" if a % 3 == 0 else str(a * 7)) for a in range(30)}
    kpis = [
        (
            KpiThresholds(
                D(100 + k), Direction.AT_LEAST if k % 2 else Direction.AT_MOST, D(100 + k), D(100 + k)
            ),
            D(90 + k % 25),
        )
        for k in range(200)
    ]
    # Keep the thresholds ordered for each direction.
    kpis = [
        (
            replace(t, amber=t.target - 5, red=t.target - 10)
            if t.direction is Direction.AT_LEAST
            else replace(t, amber=t.target + 5, red=t.target + 10),
            actual,
        )
        for t, actual in kpis
    ]
    return {
        "funnel": FunnelInput(D("12000000"), Period.YEAR, D("18000"), D(70), STAGES, rates, 120),
        "scoring": ScoringModel(criteria, 120),
        "lead": lead,
        "cadence": CadenceInput(
            datetime(2026, 11, 20, 18, 30), 24, TimeUnit.HOURS, 10, 2, ("phone", "e-mail", "video")
        ),
        "kpis": kpis,
    }


def recompute(w: dict[str, Any]) -> tuple[object, ...]:
    """Everything the editor shows that depends on the maths."""
    funnel = reverse_funnel(w["funnel"])
    handoff = funnel.count("Stage 3")
    capacity = follow_up_capacity(CapacityInput(25, D(12), 10, D(8), handoff.per_month if handoff else None))
    analysis = analyse_scoring(w["scoring"])
    score = score_lead(w["scoring"], w["lead"])
    cadence = follow_up_cadence(w["cadence"])
    statuses = [kpi_status(t, actual) for t, actual in w["kpis"]]
    return funnel, capacity, analysis, score, cadence, statuses


def edits(base: dict[str, Any]) -> list[Callable[[dict[str, Any], int], dict[str, Any]]]:
    def rate(w: dict[str, Any], n: int) -> dict[str, Any]:
        rates = list(w["funnel"].rates)
        i = n % len(rates)
        rates[i] = StageRate(D(10 + n % 80), rates[i].source)
        return {**w, "funnel": replace(w["funnel"], rates=tuple(rates))}

    def points(w: dict[str, Any], n: int) -> dict[str, Any]:
        criteria = list(w["scoring"].criteria)
        i = (n * 37) % len(criteria)
        criteria[i] = replace(criteria[i], points=n % 41 - 20)
        return {**w, "scoring": replace(w["scoring"], criteria=tuple(criteria))}

    def condition(w: dict[str, Any], n: int) -> dict[str, Any]:
        criteria = list(w["scoring"].criteria)
        i = (n * 53) % len(criteria)
        criteria[i] = replace(criteria[i], condition=f"between {n % 50} and {n % 50 + 100 + n}")
        return {**w, "scoring": replace(w["scoring"], criteria=tuple(criteria))}

    def actual(w: dict[str, Any], n: int) -> dict[str, Any]:
        kpis = list(w["kpis"])
        i = n % len(kpis)
        kpis[i] = (kpis[i][0], D(n % 200))
        return {**w, "kpis": kpis}

    return [rate, points, condition, actual]


def clear_caches() -> None:
    for cached in (scoring.parse_condition, scoring._best_for_attribute, scoring._read_criterion):
        cached.cache_clear()


def measure(runs: int, cold: bool) -> dict[str, list[float]]:
    """Milliseconds per recompute, by the kind of edit that preceded it."""
    workshop = stress_workshop()
    recompute(workshop)  # warm the interpreter, as the open editor would be
    kinds = edits(workshop)
    timings: dict[str, list[float]] = {kind.__name__: [] for kind in kinds}
    for n in range(runs):
        kind = kinds[n % len(kinds)]
        workshop = kind(workshop, n + 1000)
        if cold:
            clear_caches()
        start = time.perf_counter()
        recompute(workshop)
        timings[kind.__name__].append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    print(
        "Stress workshop: 20 funnel stages, 300 scoring criteria on 30 attributes, 200 KPIs, 10-attempt cadence"
    )
    for label, cold in (("after one edit", False), ("cold (all caches emptied)", True)):
        by_kind = measure(args.runs, cold)
        t = sorted(x for values in by_kind.values() for x in values)
        p95 = t[int(len(t) * 0.95) - 1]
        print(
            f"recompute {label:<26} median {statistics.median(t):6.2f} ms   p95 {p95:6.2f} ms   "
            f"max {t[-1]:6.2f} ms   ({args.runs} runs; target median ≤ 16 ms)"
        )
        print(
            "    median by edit: "
            + ", ".join(f"{k} {statistics.median(v):.2f} ms" for k, v in by_kind.items())
        )


if __name__ == "__main__":
    main()
