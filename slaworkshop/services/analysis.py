"""The SLA maths applied to a workshop: what steps 1–8 compute from each other.

One :func:`analyse` call reads a :class:`WorkshopSnapshot` and runs the pure maths of ``model/``:

* the **reverse funnel** (step 2) over the funnel stages of step 3, in their order, with each stage's
  conversion rate and whether it is the workshop's own data or a benchmark;
* the **capacity check** (step 2) with the attempts per lead from step 5 and the monthly count of the
  first funnel stage Sales owns (the leads Sales follows up; MQL when no stage names an owner);
* the **scoring analysis** (step 4): best attainable scores and the threshold warnings;
* the **follow-up cadence** (step 5) for an example handoff;
* the **core team** check (step 8): 2–4 participants, both departments;
* the values linked KPIs follow (step 7), and :func:`link_ops`, the edits that bring linked KPI
  targets up to date — the editor appends them to the user's edit, so one undo reverts both.

Nothing here raises for bad input: problems and warnings are data. The result is cached for the
last snapshot, so the sidebar, the page and the review step share one computation per edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from slaworkshop.model.cadence import CadenceInput, CadencePlan, EventKind, follow_up_cadence
from slaworkshop.model.capacity import CapacityInput, CapacityLevel, CapacityResult, follow_up_capacity
from slaworkshop.model.enums import Department, Frequency, KpiLink, Owner, RateSource, TimeUnit
from slaworkshop.model.fields import PARTICIPANTS
from slaworkshop.model.funnel import FunnelInput, FunnelResult, StageCount, StageRate, reverse_funnel
from slaworkshop.model.scoring import Criterion, ScoringAnalysis, ScoringModel, analyse_scoring
from slaworkshop.model.steps import FUNNEL, GOVERNANCE, HANDOFF, KPIS, SCORING, SCORING_CRITERIA, STAGES

from .ops import SetField
from .snapshot import Row, WorkshopSnapshot

CORE_TEAM_MIN = 2
CORE_TEAM_MAX = 4


class CoreTeamIssue(StrEnum):
    TOO_SMALL = "too_small"
    TOO_LARGE = "too_large"
    NO_MARKETING = "no_marketing"
    NO_SALES = "no_sales"
    UNKNOWN_MEMBER = "unknown_member"


@dataclass(frozen=True)
class CoreTeam:
    members: tuple[Row, ...]
    """The participants picked, in the order of step 0."""
    issues: tuple[CoreTeamIssue, ...]

    @property
    def picked(self) -> bool:
        return bool(self.members) or CoreTeamIssue.UNKNOWN_MEMBER in self.issues


@dataclass(frozen=True)
class FunnelStageRef:
    """A funnel stage with the step-3 row it comes from (to jump to it and to flag its rate)."""

    row_id: str
    name: str
    rate: Decimal | None
    source: RateSource


@dataclass(frozen=True)
class Analysis:
    funnel: FunnelResult
    funnel_stages: tuple[FunnelStageRef, ...]
    funnel_entered: bool
    """False while none of the funnel's own inputs is filled: the page then invites, not complains."""
    capacity: CapacityResult | None
    """``None`` until reps, hours or minutes per attempt are entered."""
    capacity_stage: str
    capacity_leads_per_month: int | None
    scoring: ScoringAnalysis
    scoring_model: ScoringModel
    cadence: CadencePlan | None
    """``None`` until first contact, attempts or interval are entered."""
    cadence_handoff_at: datetime
    core_team: CoreTeam
    link_values: Mapping[KpiLink, Decimal | None] = field(default_factory=dict)

    @property
    def benchmark_stages(self) -> tuple[FunnelStageRef, ...]:
        """Funnel stages whose conversion rate is a benchmark, not the workshop's own data."""
        return tuple(s for s in self.funnel_stages[:-1] if s.source is RateSource.BENCHMARK)

    @property
    def over_capacity(self) -> bool:
        return self.capacity is not None and self.capacity.level is CapacityLevel.RED


# --------------------------------------------------------------------------- reading the snapshot
def funnel_stage_rows(snapshot: WorkshopSnapshot) -> list[Row]:
    return [r for r in snapshot.rows_of(STAGES.name) if r.get("in_funnel", True)]


def _source(value: object) -> RateSource:
    try:
        return RateSource(str(value or ""))
    except ValueError:
        return RateSource.BENCHMARK


def _funnel(snapshot: WorkshopSnapshot) -> tuple[FunnelResult, tuple[FunnelStageRef, ...], bool]:
    inputs = snapshot.single(FUNNEL.name)
    rows = funnel_stage_rows(snapshot)
    refs = tuple(
        FunnelStageRef(
            str(r["id"]), str(r.get("name") or ""), r.get("conversion_rate"), _source(r.get("rate_source"))
        )
        for r in rows
    )
    entered = any(
        inputs.get(name) not in (None, "")
        for name in ("revenue_target", "average_deal_size", "marketing_share", "sales_cycle_days")
    )
    data = FunnelInput(
        revenue_target=inputs.get("revenue_target"),
        period=inputs.get("period") or None,
        average_deal_size=inputs.get("average_deal_size"),
        marketing_share_percent=inputs.get("marketing_share"),
        stages=tuple(ref.name for ref in refs),
        rates=tuple(StageRate(ref.rate, ref.source) for ref in refs[:-1]),
        sales_cycle_days=inputs.get("sales_cycle_days"),  # None: not entered, no arrival date
    )
    return reverse_funnel(data), refs, entered


def _capacity_stage(snapshot: WorkshopSnapshot, funnel: FunnelResult) -> StageCount | None:
    """The leads Sales follows up: the first funnel stage Sales owns, else the one named MQL."""
    if not funnel.ok or not funnel.stages:
        return None
    rows = funnel_stage_rows(snapshot)
    for row, count in zip(rows, funnel.stages, strict=False):
        if row.get("owner") == Owner.SALES.value and count is not funnel.stages[-1]:
            return count
    return funnel.count("MQL")


def _capacity(
    snapshot: WorkshopSnapshot, funnel: FunnelResult
) -> tuple[CapacityResult | None, str, int | None]:
    inputs = snapshot.single(FUNNEL.name)
    if all(inputs.get(n) in (None, "") for n in ("sales_reps", "hours_per_rep", "minutes_per_attempt")):
        return None, "", None
    stage = _capacity_stage(snapshot, funnel)
    leads = stage.per_month if stage is not None else None
    result = follow_up_capacity(
        CapacityInput(
            sales_reps=inputs.get("sales_reps"),
            hours_per_rep_per_week=inputs.get("hours_per_rep"),
            attempts_per_lead=snapshot.single(HANDOFF.name).get("attempts"),
            minutes_per_attempt=inputs.get("minutes_per_attempt"),
            leads_per_month=leads,
        )
    )
    return result, stage.stage if stage is not None else "", leads


def scoring_model(snapshot: WorkshopSnapshot) -> ScoringModel:
    criteria = tuple(
        Criterion(
            str(r.get("attribute") or ""),
            str(r.get("condition") or ""),
            r.get("points"),
            str(r.get("axis") or ""),
        )
        for r in snapshot.rows_of(SCORING_CRITERIA.name)
    )
    return ScoringModel(criteria, snapshot.single(SCORING.name).get("mql_threshold"))


def example_handoff(snapshot: WorkshopSnapshot, today: date | None = None) -> datetime:
    """The handoff the cadence is planned for: 10:00 on the workshop's first day (or today) — a
    working Monday morning when that day is a weekend, so the plan reads naturally."""
    day = snapshot.value("date_start")
    if not isinstance(day, date):
        day = today or date.today()
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(10, 0))


def channels_of(text: object) -> tuple[str, ...]:
    return tuple(c.strip() for c in str(text or "").split(",") if c.strip())


def _cadence(snapshot: WorkshopSnapshot, handoff_at: datetime) -> CadencePlan | None:
    """The follow-up plan; without an agreed accept window the plan has no accept deadline (the maths
    needs a window to plan, so it gets one, and its deadline is left out rather than invented)."""
    rules = snapshot.single(HANDOFF.name)
    if all(rules.get(n) in (None, "") for n in ("first_contact_within", "attempts", "interval_days")):
        return None
    accept_within = rules.get("accept_within")
    agreed = accept_within not in (None, "")
    plan = follow_up_cadence(
        CadenceInput(
            handoff_at=handoff_at,
            first_contact_within=rules.get("first_contact_within"),
            first_contact_unit=rules.get("first_contact_unit") or TimeUnit.HOURS.value,
            attempts=rules.get("attempts"),
            interval_business_days=rules.get("interval_days"),
            channels=channels_of(rules.get("channels")),
            accept_within=accept_within if agreed else 1,
            accept_unit=(rules.get("accept_unit") or TimeUnit.HOURS.value)
            if agreed
            else TimeUnit.HOURS.value,
            return_after_attempts=rules.get("return_after_attempts"),
        )
    )
    if agreed:
        return plan
    return replace(plan, events=tuple(e for e in plan.events if e.kind is not EventKind.ACCEPT_DEADLINE))


def core_team_ids(value: object) -> list[str]:
    return [part for part in str(value or "").split() if part]


def _core_team(snapshot: WorkshopSnapshot) -> CoreTeam:
    ids = core_team_ids(snapshot.single(GOVERNANCE.name).get("core_team"))
    if not ids:
        return CoreTeam((), ())
    people = {str(p["id"]): p for p in snapshot.rows_of(PARTICIPANTS.name)}
    members = tuple(p for p in snapshot.rows_of(PARTICIPANTS.name) if str(p["id"]) in ids)
    issues: list[CoreTeamIssue] = []
    if any(i not in people for i in ids):
        issues.append(CoreTeamIssue.UNKNOWN_MEMBER)
    if len(members) < CORE_TEAM_MIN:
        issues.append(CoreTeamIssue.TOO_SMALL)
    if len(members) > CORE_TEAM_MAX:
        issues.append(CoreTeamIssue.TOO_LARGE)
    departments = {m.get("department") for m in members}
    if Department.MARKETING.value not in departments:
        issues.append(CoreTeamIssue.NO_MARKETING)
    if Department.SALES.value not in departments:
        issues.append(CoreTeamIssue.NO_SALES)
    return CoreTeam(members, tuple(issues))


# --------------------------------------------------------------------------- linked KPIs
_BY_NAME = {
    KpiLink.MQL_PER_MONTH: "mql",
    KpiLink.SAL_PER_MONTH: "sal",
    KpiLink.SQL_PER_MONTH: "sql",
}


def _stage_per_month(funnel: FunnelResult, link: KpiLink) -> Decimal | None:
    if not funnel.ok or not funnel.stages:
        return None
    stages = funnel.stages
    found: StageCount | None = None
    if link is KpiLink.LEADS_PER_MONTH:
        found = stages[0]
    elif link is KpiLink.WON_PER_MONTH:
        found = stages[-1]
    elif link in _BY_NAME:
        found = funnel.count(_BY_NAME[link])
    elif link is KpiLink.OPPORTUNITIES_PER_MONTH:
        found = next(
            (s for s in stages if s.stage.casefold().startswith(("opportun", "opport", "kans"))), None
        )
        if found is None and len(stages) >= 3:
            # No stage is called so: the stage before the deal stands in — unless that is the first
            # stage (a funnel of leads and deals has no opportunities to count).
            found = stages[-2]
    return Decimal(found.per_month) if found is not None else None


def link_values(snapshot: WorkshopSnapshot, funnel: FunnelResult) -> dict[KpiLink, Decimal | None]:
    rules = snapshot.single(HANDOFF.name)
    values: dict[KpiLink, Decimal | None] = {}
    for link in KpiLink:
        if link.value.startswith("funnel.") and link is not KpiLink.MARKETING_REVENUE:
            values[link] = _stage_per_month(funnel, link)
    # Per month, exact; a KPI's target is this scaled to how often the KPI is measured (revenue_for).
    values[KpiLink.MARKETING_REVENUE] = funnel.marketing_revenue_per_month if funnel.ok else None
    for link, value in (
        (KpiLink.FIRST_CONTACT, rules.get("first_contact_within")),
        (KpiLink.ACCEPT_WITHIN, rules.get("accept_within")),
        (KpiLink.ATTEMPTS, rules.get("attempts")),
        (KpiLink.MQL_THRESHOLD, snapshot.single(SCORING.name).get("mql_threshold")),
    ):
        values[link] = _number(value)
    return values


def _number(value: object) -> Decimal | None:
    """A stored number as a Decimal; ``None`` for anything else (not entered, or not a finite number)."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return None
    number = Decimal(value)
    return number if number.is_finite() else None


_MONTHS = {
    Frequency.DAILY.value: Fraction(12, 250),
    Frequency.WEEKLY.value: Fraction(12, 52),
    Frequency.FORTNIGHTLY.value: Fraction(12, 26),
    Frequency.MONTHLY.value: Fraction(1),
    Frequency.QUARTERLY.value: Fraction(3),
    Frequency.YEARLY.value: Fraction(12),
}


def revenue_for(values: Mapping[KpiLink, Decimal | None], frequency: object) -> Decimal | None:
    """Marketing-sourced revenue for a KPI measured at ``frequency`` (monthly when unknown), whole units."""
    monthly = values.get(KpiLink.MARKETING_REVENUE)
    if monthly is None:
        return None
    months = _MONTHS.get(str(frequency or ""), Fraction(1))
    exact = Fraction(monthly) * months
    return Decimal(round(exact))


def linked_unit(snapshot: WorkshopSnapshot, link: KpiLink) -> str | None:
    """The unit a linked response-time KPI is measured in, from step 5 (``None``: not a time)."""
    rules = snapshot.single(HANDOFF.name)
    if link is KpiLink.FIRST_CONTACT:
        return str(rules.get("first_contact_unit") or TimeUnit.HOURS.value)
    if link is KpiLink.ACCEPT_WITHIN:
        return str(rules.get("accept_unit") or TimeUnit.HOURS.value)
    return None


def link_ops(snapshot: WorkshopSnapshot) -> list[SetField]:
    """Edits that set every linked KPI's target to the value it follows, where that differs.

    A KPI whose source value cannot be computed (funnel incomplete) keeps its target.
    """
    kpis = snapshot.rows_of(KPIS.name)
    if not any(k.get("link") for k in kpis):
        return []
    values = analyse(snapshot).link_values
    ops: list[SetField] = []
    for kpi in kpis:
        try:
            link = KpiLink(kpi.get("link") or "")
        except ValueError:
            continue
        value = values.get(link)
        if link is KpiLink.MARKETING_REVENUE:
            value = revenue_for(values, kpi.get("frequency"))
        if value is not None and kpi.get("target") != value:
            ops.append(SetField(KPIS.name, "target", value, str(kpi["id"])))
    return ops


# --------------------------------------------------------------------------- entry point
_last: list[tuple[WorkshopSnapshot, datetime | None, Analysis]] = []


def analyse(snapshot: WorkshopSnapshot, handoff_at: datetime | None = None) -> Analysis:
    """Everything steps 1–8 compute from ``snapshot``; the last result is reused for the same one."""
    if _last and _last[0][0] is snapshot and _last[0][1] == handoff_at:
        return _last[0][2]
    funnel, refs, entered = _funnel(snapshot)
    capacity, capacity_stage, leads = _capacity(snapshot, funnel)
    model = scoring_model(snapshot)
    when = handoff_at or example_handoff(snapshot)
    result = Analysis(
        funnel=funnel,
        funnel_stages=refs,
        funnel_entered=entered,
        capacity=capacity,
        capacity_stage=capacity_stage,
        capacity_leads_per_month=leads,
        scoring=analyse_scoring(model),
        scoring_model=model,
        cadence=_cadence(snapshot, when),
        cadence_handoff_at=when,
        core_team=_core_team(snapshot),
        link_values=link_values(snapshot, funnel),
    )
    _last[:] = [(snapshot, handoff_at, result)]
    return result
