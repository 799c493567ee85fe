"""What the room fills in during steps 1–8: the tables and their field specs.

Lists of items (goals, stages, criteria, KPIs …) are :class:`WorkshopChild` rows, ordered by
``position``, and carry their own agreement state (:class:`Agreeable`). A section that exists once
per workshop (the funnel inputs, the handoff rules, governance) is a 1:1 table with ``workshop_id``
as its primary key; it is agreed as a whole through a :class:`~slaworkshop.model.tables.Clause`.

Clause keys used for those sections (``SetClause(key, …)``):

=========================== ===============================================================
``funnel``                  step 2: revenue target, deal size, marketing share, rates, cycle
``funnel.capacity``         step 2: the sales follow-up capacity (reps, hours, minutes)
``definitions``             step 3: the lifecycle as a whole (stage order, which are in the funnel)
``scoring.threshold``       step 4: the MQL threshold
``handoff``                 step 5: triggers, handed-over fields, notification, SAL window
``handoff.followup``        step 5: first contact, attempts, channels, interval, recording
``handoff.reverse``         step 5: when and how a lead goes back to Marketing
``nurturing.enrolment``     step 6: when Sales may enrol a lead by hand
``governance.meetings``     step 8: cadence, core team, minutes and action-item keepers
``governance.pilot``        step 8: pilot start, end and evaluation
``governance.term``         step 8: review and renewal dates, amendments
``governance.scope``        step 8: what stays separate, training, exclusions
=========================== ===============================================================

The conversion rates of the reverse funnel live on the lifecycle stages: a stage with
``in_funnel`` set carries the rate from itself into the next stage that is in the funnel, and
whether that rate is the company's own data or a benchmark. The last funnel stage is the closed
deal and needs no rate. Renaming, reordering or removing a stage therefore moves its rate along.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .enums import (
    BuyerStage,
    Frequency,
    GoalCategory,
    KpiDirection,
    KpiLink,
    Owner,
    PlanningPeriod,
    RateSource,
    ReasonKind,
    ScoringAxis,
    TimeUnit,
    TriggerKind,
)
from .fields import EntitySpec, FieldSpec, Kind, choice, decimal, integer, longtext, percent, register, text
from .tables import Agreeable, Base, WorkshopChild
from .types import DecimalText

CLAUSE_KEYS: tuple[str, ...] = (
    "funnel",
    "funnel.capacity",
    "definitions",
    "scoring.threshold",
    "handoff",
    "handoff.followup",
    "handoff.reverse",
    "nurturing.enrolment",
    "governance.meetings",
    "governance.pilot",
    "governance.term",
    "governance.scope",
)
"""The section keys steps 1–8 use; the review step lists them with their agreement state."""

MAX_MONEY = "1e12"
MAX_POINTS = 1000
MAX_HOURS_WINDOW = 24 * 365


def _workshop_pk() -> Mapped[str]:
    return mapped_column(String(32), ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True)


def _date(name: str, label: str, **kw: object) -> FieldSpec:
    return FieldSpec(name, Kind.DATE, label, **kw)  # type: ignore[arg-type]


def _bool(name: str, label: str) -> FieldSpec:
    return FieldSpec(name, Kind.BOOL, label)


# --------------------------------------------------------------------------- step 1: shared goals
class Goal(WorkshopChild, Agreeable, Base):
    """A SMART goal both departments are accountable for."""

    __tablename__ = "goals"

    metric: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(32), default=GoalCategory.REVENUE.value)
    baseline: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    target: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    unit: Mapped[str] = mapped_column(Text, default="")
    period: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(default=None)
    owner: Mapped[str] = mapped_column(String(16), default="")
    dependencies: Mapped[str] = mapped_column(Text, default="")


GOALS = EntitySpec(
    "goals",
    Goal,
    (
        text("metric", "Metric", required=True),
        choice("category", "Kind of goal", GoalCategory, default=GoalCategory.REVENUE.value),
        decimal("baseline", "Baseline", minimum="-" + MAX_MONEY, maximum=MAX_MONEY),
        decimal("target", "Target", minimum="-" + MAX_MONEY, maximum=MAX_MONEY, required=True),
        text("unit", "Unit"),
        text("period", "Period"),
        _date("deadline", "Deadline"),
        choice("owner", "Owner", Owner, default=Owner.SHARED.value, required=True),
        longtext("dependencies", "Dependencies between the departments"),
    ),
    step=1,
    label="Goal",
    agreeable=True,
)


# --------------------------------------------------------------------------- step 2: funnel & targets
class FunnelInputs(Base):
    """The inputs of the reverse funnel and the capacity check (rates are on the stages)."""

    __tablename__ = "funnel_inputs"

    workshop_id: Mapped[str] = _workshop_pk()
    revenue_target: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    period: Mapped[str] = mapped_column(String(16), default=PlanningPeriod.YEAR.value)
    period_start: Mapped[date | None] = mapped_column(default=None)
    currency: Mapped[str] = mapped_column(Text, default="EUR")
    average_deal_size: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    marketing_share: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    sales_cycle_days: Mapped[int | None] = mapped_column(Integer, default=None)
    sales_reps: Mapped[int | None] = mapped_column(Integer, default=None)
    hours_per_rep: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    minutes_per_attempt: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)


FUNNEL = EntitySpec(
    "funnel",
    FunnelInputs,
    (
        decimal("revenue_target", "Revenue target", minimum="0", maximum=MAX_MONEY, required=True),
        choice("period", "Period", PlanningPeriod, default=PlanningPeriod.YEAR.value, required=True),
        _date("period_start", "Period starts"),
        text("currency", "Currency", default="EUR"),
        decimal("average_deal_size", "Average deal size", minimum="0", maximum=MAX_MONEY, required=True),
        percent("marketing_share", "Share of revenue from marketing-sourced leads", required=True),
        integer("sales_cycle_days", "Sales cycle", minimum=0, maximum=3650, unit="days"),
        integer("sales_reps", "Sales reps following up leads", minimum=0, maximum=10_000),
        decimal(
            "hours_per_rep", "Hours per rep per week for follow-up", minimum="0", maximum="168", unit="h"
        ),
        decimal("minutes_per_attempt", "Minutes per contact attempt", minimum="0", maximum="480", unit="min"),
    ),
    step=2,
    label="Funnel inputs",
    single=True,
)


# --------------------------------------------------------------------------- step 3: definitions
class LifecycleStage(WorkshopChild, Agreeable, Base):
    __tablename__ = "lifecycle_stages"

    name: Mapped[str] = mapped_column(Text, default="")
    definition: Mapped[str] = mapped_column(Text, default="")
    entry_criteria: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(16), default="")
    exit_action: Mapped[str] = mapped_column(Text, default="")
    in_funnel: Mapped[bool] = mapped_column(Boolean, default=True)
    conversion_rate: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    rate_source: Mapped[str] = mapped_column(String(16), default=RateSource.BENCHMARK.value)


STAGES = EntitySpec(
    "stages",
    LifecycleStage,
    (
        text("name", "Stage", required=True),
        longtext("definition", "Definition"),
        longtext("entry_criteria", "Entry criteria"),
        choice("owner", "Owning department", Owner, default=Owner.MARKETING.value),
        longtext("exit_action", "What happens at the exit"),
        FieldSpec("in_funnel", Kind.BOOL, "Part of the funnel", default=True),
        percent("conversion_rate", "Conversion into the next funnel stage"),
        choice("rate_source", "Rate from", RateSource, default=RateSource.BENCHMARK.value),
    ),
    step=3,
    label="Lifecycle stage",
    agreeable=True,
)


class OpportunityStage(WorkshopChild, Agreeable, Base):
    __tablename__ = "opportunity_stages"

    name: Mapped[str] = mapped_column(Text, default="")
    definition: Mapped[str] = mapped_column(Text, default="")
    entry_criteria: Mapped[str] = mapped_column(Text, default="")
    probability: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)


OPPORTUNITY_STAGES = EntitySpec(
    "opportunity_stages",
    OpportunityStage,
    (
        text("name", "Opportunity stage", required=True),
        longtext("definition", "Definition"),
        longtext("entry_criteria", "Entry criteria"),
        percent("probability", "Win probability"),
    ),
    step=3,
    label="Opportunity stage",
    agreeable=True,
)


class DisqualificationReason(WorkshopChild, Agreeable, Base):
    __tablename__ = "disqualification_reasons"

    code: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(32), default=ReasonKind.REJECTION.value)
    description: Mapped[str] = mapped_column(Text, default="")
    recycle: Mapped[bool] = mapped_column(Boolean, default=False)
    nurture_track: Mapped[str] = mapped_column(Text, default="")


REASONS = EntitySpec(
    "disqualification_reasons",
    DisqualificationReason,
    (
        text("code", "Code", required=True),
        choice("kind", "Disqualified or rejected", ReasonKind, default=ReasonKind.REJECTION.value),
        longtext("description", "Description"),
        _bool("recycle", "Recycled to nurturing"),
        text("nurture_track", "Into nurture track"),
    ),
    step=3,
    label="Disqualification reason",
    agreeable=True,
)


# --------------------------------------------------------------------------- step 4: scoring
class ScoringCriterion(WorkshopChild, Agreeable, Base):
    __tablename__ = "scoring_criteria"

    axis: Mapped[str] = mapped_column(String(16), default=ScoringAxis.FIT.value)
    attribute: Mapped[str] = mapped_column(Text, default="")
    condition: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[int | None] = mapped_column(Integer, default=None)


SCORING_CRITERIA = EntitySpec(
    "scoring_criteria",
    ScoringCriterion,
    (
        choice("axis", "Axis", ScoringAxis, default=ScoringAxis.FIT.value, required=True),
        text("attribute", "Attribute", required=True),
        text("condition", "Condition", required=True),
        integer("points", "Points", minimum=-MAX_POINTS, maximum=MAX_POINTS, required=True),
    ),
    step=4,
    label="Scoring criterion",
    agreeable=True,
)


class ScoringRules(Base):
    __tablename__ = "scoring_rules"

    workshop_id: Mapped[str] = _workshop_pk()
    mql_threshold: Mapped[int | None] = mapped_column(Integer, default=None)


SCORING = EntitySpec(
    "scoring",
    ScoringRules,
    (
        integer(
            "mql_threshold", "MQL threshold", minimum=-100_000, maximum=100_000, unit="points", required=True
        ),
    ),
    step=4,
    label="Scoring",
    single=True,
)


# --------------------------------------------------------------------------- step 5: handoff
class HandoffTrigger(WorkshopChild, Agreeable, Base):
    __tablename__ = "handoff_triggers"

    kind: Mapped[str] = mapped_column(String(32), default=TriggerKind.CONVERSION.value)
    description: Mapped[str] = mapped_column(Text, default="")


HANDOFF_TRIGGERS = EntitySpec(
    "handoff_triggers",
    HandoffTrigger,
    (
        choice("kind", "Kind of trigger", TriggerKind, default=TriggerKind.CONVERSION.value, required=True),
        text("description", "Trigger", required=True),
    ),
    step=5,
    label="Handoff trigger",
    agreeable=True,
)


class HandoffField(WorkshopChild, Agreeable, Base):
    """A piece of information that travels with the lead to Sales."""

    __tablename__ = "handoff_fields"

    name: Mapped[str] = mapped_column(Text, default="")
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")


HANDOFF_FIELDS = EntitySpec(
    "handoff_fields",
    HandoffField,
    (
        text("name", "Information handed over", required=True),
        FieldSpec("required", Kind.BOOL, "Mandatory", default=True),
        text("note", "Note"),
    ),
    step=5,
    label="Handed-over field",
    agreeable=True,
)


class HandoffRules(Base):
    __tablename__ = "handoff_rules"

    workshop_id: Mapped[str] = _workshop_pk()
    notification: Mapped[str] = mapped_column(Text, default="")
    accept_within: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    accept_unit: Mapped[str] = mapped_column(String(16), default=TimeUnit.HOURS.value)
    first_contact_within: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    first_contact_unit: Mapped[str] = mapped_column(String(16), default=TimeUnit.HOURS.value)
    attempts: Mapped[int | None] = mapped_column(Integer, default=None)
    channels: Mapped[str] = mapped_column(Text, default="")
    interval_days: Mapped[int | None] = mapped_column(Integer, default=None)
    recording: Mapped[str] = mapped_column(Text, default="")
    return_after_attempts: Mapped[int | None] = mapped_column(Integer, default=None)
    return_reasons: Mapped[str] = mapped_column(Text, default="")
    return_track: Mapped[str] = mapped_column(Text, default="")


HANDOFF = EntitySpec(
    "handoff",
    HandoffRules,
    (
        longtext("notification", "How Sales is notified"),
        decimal("accept_within", "Accept or reject within", minimum="0", maximum=str(MAX_HOURS_WINDOW)),
        choice("accept_unit", "Unit", TimeUnit, default=TimeUnit.HOURS.value),
        decimal("first_contact_within", "First contact within", minimum="0", maximum=str(MAX_HOURS_WINDOW)),
        choice("first_contact_unit", "Unit", TimeUnit, default=TimeUnit.HOURS.value),
        integer("attempts", "Contact attempts", minimum=1, maximum=50),
        text("channels", "Channels (in order, comma-separated)"),
        integer("interval_days", "Business days between attempts", minimum=0, maximum=60, unit="days"),
        longtext("recording", "What must be recorded"),
        integer("return_after_attempts", "Back to Marketing after failed attempts", minimum=0, maximum=50),
        longtext("return_reasons", "Back to Marketing for these reasons"),
        text("return_track", "Into nurture track"),
    ),
    step=5,
    label="Handoff rules",
    single=True,
)


# --------------------------------------------------------------------------- step 6: nurturing
class NurtureTrack(WorkshopChild, Agreeable, Base):
    __tablename__ = "nurture_tracks"

    name: Mapped[str] = mapped_column(Text, default="")
    buyer_stage: Mapped[str] = mapped_column(String(16), default=BuyerStage.AWARENESS.value)
    content: Mapped[str] = mapped_column(Text, default="")
    rhythm: Mapped[str] = mapped_column(Text, default="")


NURTURE_TRACKS = EntitySpec(
    "nurture_tracks",
    NurtureTrack,
    (
        text("name", "Track", required=True),
        choice("buyer_stage", "Buyer stage", BuyerStage, default=BuyerStage.AWARENESS.value, required=True),
        longtext("content", "Content"),
        text("rhythm", "Rhythm"),
    ),
    step=6,
    label="Nurture track",
    agreeable=True,
)


class NurturingRules(Base):
    __tablename__ = "nurturing_rules"

    workshop_id: Mapped[str] = _workshop_pk()
    manual_enrolment: Mapped[str] = mapped_column(Text, default="")


NURTURING = EntitySpec(
    "nurturing",
    NurturingRules,
    (longtext("manual_enrolment", "When Sales may enrol a lead by hand"),),
    step=6,
    label="Nurturing",
    single=True,
)


class EnablementItem(WorkshopChild, Agreeable, Base):
    """How Marketing supports Sales during an opportunity."""

    __tablename__ = "enablement_items"

    collateral: Mapped[str] = mapped_column(Text, default="")
    provider: Mapped[str] = mapped_column(Text, default="")
    lead_time_days: Mapped[int | None] = mapped_column(Integer, default=None)


ENABLEMENT = EntitySpec(
    "enablement_items",
    EnablementItem,
    (
        text("collateral", "Collateral or support", required=True),
        text("provider", "Provided by"),
        integer("lead_time_days", "Lead time", minimum=0, maximum=365, unit="business days"),
    ),
    step=6,
    label="Enablement item",
    agreeable=True,
)


# --------------------------------------------------------------------------- step 7: KPIs
class Kpi(WorkshopChild, Agreeable, Base):
    __tablename__ = "kpis"

    name: Mapped[str] = mapped_column(Text, default="")
    definition: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(16), default="")
    target: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    unit: Mapped[str] = mapped_column(Text, default="")
    direction: Mapped[str] = mapped_column(String(16), default=KpiDirection.AT_LEAST.value)
    amber: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    red: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    frequency: Mapped[str] = mapped_column(String(16), default=Frequency.MONTHLY.value)
    data_source: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(String(64), default="")


KPIS = EntitySpec(
    "kpis",
    Kpi,
    (
        text("name", "KPI", required=True),
        longtext("definition", "Definition or formula"),
        choice("owner", "Owner", Owner, default=Owner.SHARED.value, required=True),
        decimal("target", "Target", minimum="-" + MAX_MONEY, maximum=MAX_MONEY, required=True),
        text("unit", "Unit"),
        choice("direction", "Direction", KpiDirection, default=KpiDirection.AT_LEAST.value, required=True),
        decimal("amber", "Amber from", minimum="-" + MAX_MONEY, maximum=MAX_MONEY),
        decimal("red", "Red from", minimum="-" + MAX_MONEY, maximum=MAX_MONEY),
        choice("frequency", "Measured", Frequency, default=Frequency.MONTHLY.value),
        text("data_source", "Data source"),
        choice("link", "Follows", KpiLink, default=""),
    ),
    step=7,
    label="KPI",
    agreeable=True,
)


# --------------------------------------------------------------------------- step 8: governance
class Governance(Base):
    __tablename__ = "governance"

    workshop_id: Mapped[str] = _workshop_pk()
    review_cadence: Mapped[str] = mapped_column(String(16), default=Frequency.MONTHLY.value)
    core_team: Mapped[str] = mapped_column(Text, default="")
    minutes_keeper: Mapped[str] = mapped_column(Text, default="")
    actions_keeper: Mapped[str] = mapped_column(Text, default="")
    pilot_start: Mapped[date | None] = mapped_column(default=None)
    pilot_end: Mapped[date | None] = mapped_column(default=None)
    pilot_criteria: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[date | None] = mapped_column(default=None)
    renewal_date: Mapped[date | None] = mapped_column(default=None)
    amendments: Mapped[str] = mapped_column(Text, default="")
    kept_separate: Mapped[str] = mapped_column(Text, default="")
    training: Mapped[str] = mapped_column(Text, default="")
    exclusions: Mapped[str] = mapped_column(Text, default="")


GOVERNANCE = EntitySpec(
    "governance",
    Governance,
    (
        choice("review_cadence", "Review meeting", Frequency, default=Frequency.MONTHLY.value, required=True),
        # Participant ids separated by spaces: the core team is picked from step 0's participants.
        text("core_team", "Core team"),
        text("minutes_keeper", "Keeps the minutes"),
        text("actions_keeper", "Keeps the action items"),
        _date("pilot_start", "Pilot starts"),
        _date("pilot_end", "Pilot ends"),
        longtext("pilot_criteria", "Pilot evaluation criteria"),
        _date("review_date", "Review date"),
        _date("renewal_date", "Renewal date"),
        longtext("amendments", "How amendments are made"),
        longtext("kept_separate", "What stays separate"),
        longtext("training", "Training"),
        longtext("exclusions", "Exclusions"),
    ),
    step=8,
    label="Governance",
    single=True,
)


class AgendaItem(WorkshopChild, Agreeable, Base):
    """A standing item of the review meeting and what each side reports on it."""

    __tablename__ = "agenda_items"

    topic: Mapped[str] = mapped_column(Text, default="")
    marketing_reports: Mapped[str] = mapped_column(Text, default="")
    sales_reports: Mapped[str] = mapped_column(Text, default="")


AGENDA = EntitySpec(
    "agenda_items",
    AgendaItem,
    (
        text("topic", "Agenda item", required=True),
        longtext("marketing_reports", "Marketing reports"),
        longtext("sales_reports", "Sales reports"),
    ),
    step=8,
    label="Agenda item",
    agreeable=True,
)


class EscalationLevel(WorkshopChild, Agreeable, Base):
    __tablename__ = "escalation_levels"

    level: Mapped[int | None] = mapped_column(Integer, default=None)
    trigger: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(Text, default="")
    within: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    within_unit: Mapped[str] = mapped_column(String(16), default=TimeUnit.BUSINESS_DAYS.value)


ESCALATION = EntitySpec(
    "escalation_levels",
    EscalationLevel,
    (
        integer("level", "Level", minimum=1, maximum=20, required=True),
        longtext("trigger", "Trigger", required=True),
        text("who", "Who", required=True),
        decimal("within", "Within", minimum="0", maximum=str(MAX_HOURS_WINDOW)),
        choice("within_unit", "Unit", TimeUnit, default=TimeUnit.BUSINESS_DAYS.value),
    ),
    step=8,
    label="Escalation level",
    agreeable=True,
)


STEP_ENTITIES: tuple[EntitySpec, ...] = (
    GOALS,
    FUNNEL,
    STAGES,
    OPPORTUNITY_STAGES,
    REASONS,
    SCORING_CRITERIA,
    SCORING,
    HANDOFF_TRIGGERS,
    HANDOFF_FIELDS,
    HANDOFF,
    NURTURE_TRACKS,
    NURTURING,
    ENABLEMENT,
    KPIS,
    GOVERNANCE,
    AGENDA,
    ESCALATION,
)
"""Every entity of steps 1–8, in the order of the steps and of their pages."""

register(*STEP_ENTITIES)
