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


def stress_snapshot() -> Any:
    """The same stress workshop as the editor holds it: a snapshot with 20 stages, 300 criteria,
    200 KPIs (20 of them linked to the funnel or the handoff), handoff rules and funnel inputs."""
    from slaworkshop.services.ops import AddRow, SetField, apply_local
    from slaworkshop.services.snapshot import WorkshopSnapshot

    now = datetime(2026, 11, 23, 9, 0)
    empty = WorkshopSnapshot("stress", 1, now, now, {"client": "Stress", "title": "SLA", "language": "en"})
    links = [
        "funnel.mql_per_month",
        "funnel.sql_per_month",
        "funnel.marketing_revenue",
        "handoff.first_contact",
    ]
    ops: list[Any] = [
        *(
            AddRow(
                "stages",
                row_id=f"s{i}",
                values={
                    "name": name,
                    "conversion_rate": 40 + i % 50,
                    "rate_source": "benchmark" if i % 4 == 0 else "own_data",
                    "owner": "sales" if i >= 3 else "marketing",
                },
            )
            for i, name in enumerate(STAGES)
        ),
        *(
            AddRow(
                "scoring_criteria",
                row_id=f"c{i}",
                values={
                    "axis": "fit" if i % 30 < 18 else "interest",
                    "attribute": f"Attribute {i % 30}",
                    "condition": CONDITIONS[i % len(CONDITIONS)].format(n=i % 7 + 1),
                    "points": (i % 21) - 8,
                },
            )
            for i in range(300)
        ),
        *(
            AddRow(
                "kpis",
                row_id=f"k{i}",
                values={
                    "name": f"KPI {i}",
                    "target": 100 + i,
                    "amber": 95 + i,
                    "red": 90 + i,
                    "link": links[i % 4] if i < 20 else "",
                },
            )
            for i in range(200)
        ),
        SetField("scoring", "mql_threshold", 120),
        *(
            SetField("funnel", k, v)
            for k, v in {
                "revenue_target": D("12000000"),
                "period": "year",
                "average_deal_size": D("18000"),
                "marketing_share": D(70),
                "sales_cycle_days": 120,
                "sales_reps": 25,
                "hours_per_rep": D(12),
                "minutes_per_attempt": D(8),
            }.items()
        ),
        *(
            SetField("handoff", k, v)
            for k, v in {
                "first_contact_within": D(24),
                "attempts": 10,
                "interval_days": 2,
                "channels": "phone, e-mail, video",
            }.items()
        ),
    ]
    return apply_local(empty, ops)


def measure_editor_path(runs: int) -> dict[str, list[float]]:
    """Milliseconds from an edit to everything the editor shows: the new snapshot, linked KPI targets,
    the maths of every step and the status of all ten steps (services/analysis.py, review.py)."""
    from slaworkshop.services.analysis import analyse, link_ops
    from slaworkshop.services.ops import SetField, apply_local
    from slaworkshop.services.progress import all_statuses

    snapshot = stress_snapshot()
    analyse(snapshot)
    all_statuses(snapshot)
    kinds = {
        "rate": lambda n: SetField("stages", "conversion_rate", D(10 + n % 80), f"s{n % 19}"),
        "points": lambda n: SetField("scoring_criteria", "points", n % 41 - 20, f"c{(n * 37) % 300}"),
        "condition": lambda n: SetField(
            "scoring_criteria", "condition", f"between {n % 50} and {n % 50 + 100 + n}", f"c{(n * 53) % 300}"
        ),
        "kpi_target": lambda n: SetField("kpis", "target", D(n % 500), f"k{20 + n % 180}"),
        "revenue": lambda n: SetField("funnel", "revenue_target", D(12000000 + n * 1000)),
    }
    timings: dict[str, list[float]] = {name: [] for name in kinds}
    names = list(kinds)
    for n in range(runs):
        name = names[n % len(names)]
        start = time.perf_counter()
        ops = [kinds[name](n + 1000)]
        ops = [*ops, *link_ops(apply_local(snapshot, ops))]
        snapshot = apply_local(snapshot, ops)
        analyse(snapshot)
        all_statuses(snapshot)
        timings[name].append((time.perf_counter() - start) * 1000)
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
    by_kind = measure_editor_path(args.runs)
    t = sorted(x for values in by_kind.values() for x in values)
    print(
        f"editor path: edit → snapshot → linked KPIs → all maths → 10 step statuses: median "
        f"{statistics.median(t):6.2f} ms   p95 {t[int(len(t) * 0.95) - 1]:6.2f} ms   max {t[-1]:6.2f} ms"
        "   (target median ≤ 16 ms)"
    )
    print(
        "    median by edit: " + ", ".join(f"{k} {statistics.median(v):.2f} ms" for k, v in by_kind.items())
    )


if __name__ == "__main__":
    main()
