"""Closed vocabularies of the product, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class AgreementState(StrEnum):
    """How far the room has agreed on one item (a goal, a rule, a KPI, a section)."""

    OPEN = "open"
    PROPOSED = "proposed"
    AGREED = "agreed"
    AGREED_WITH_RESERVATIONS = "agreed_with_reservations"
    DISPUTED = "disputed"
    PARKED = "parked"

    @property
    def is_settled(self) -> bool:
        """Settled items do not block sign-off (parked ones are listed as open points)."""
        return self in (AgreementState.AGREED, AgreementState.AGREED_WITH_RESERVATIONS, AgreementState.PARKED)

    @property
    def is_open_point(self) -> bool:
        return self in (
            AgreementState.OPEN,
            AgreementState.PROPOSED,
            AgreementState.DISPUTED,
            AgreementState.PARKED,
        )


AGREEMENT_LABELS: dict[AgreementState, str] = {
    AgreementState.OPEN: "Open",
    AgreementState.PROPOSED: "Proposed",
    AgreementState.AGREED: "Agreed",
    AgreementState.AGREED_WITH_RESERVATIONS: "Agreed with reservations",
    AgreementState.DISPUTED: "Disputed",
    AgreementState.PARKED: "Parked",
}


class Department(StrEnum):
    MARKETING = "marketing"
    SALES = "sales"
    MANAGEMENT = "management"
    OTHER = "other"


DEPARTMENT_LABELS: dict[Department, str] = {
    Department.MARKETING: "Marketing",
    Department.SALES: "Sales",
    Department.MANAGEMENT: "Management",
    Department.OTHER: "Other",
}


class Owner(StrEnum):
    """Who is accountable for a goal or KPI."""

    MARKETING = "marketing"
    SALES = "sales"
    SHARED = "shared"


OWNER_LABELS: dict[Owner, str] = {Owner.MARKETING: "Marketing", Owner.SALES: "Sales", Owner.SHARED: "Shared"}


class WorkshopStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SIGNED = "signed"


STATUS_LABELS: dict[WorkshopStatus, str] = {
    WorkshopStatus.DRAFT: "Draft",
    WorkshopStatus.IN_REVIEW: "In review",
    WorkshopStatus.SIGNED: "Signed",
}


class Language(StrEnum):
    """Languages the exported agreement (and the starter content) can be written in."""

    EN = "en"
    DE = "de"
    NL = "nl"


LANGUAGE_LABELS: dict[Language, str] = {
    Language.EN: "English",
    Language.DE: "Deutsch",
    Language.NL: "Nederlands",
}


# --- the SLA steps 1–8 (see slaworkshop/model/steps.py) -------------------------------------------


class GoalCategory(StrEnum):
    """What a shared goal is about: money first, as the brief asks, then what keeps it coming."""

    REVENUE = "revenue"
    MARGIN = "margin"
    PIPELINE = "pipeline"
    RETENTION = "retention"
    SATISFACTION = "satisfaction"
    OTHER = "other"


class PlanningPeriod(StrEnum):
    """The period of the revenue target (also the funnel maths' ``Period``)."""

    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


class RateSource(StrEnum):
    """Where a conversion rate comes from."""

    OWN_DATA = "own_data"
    BENCHMARK = "benchmark"


class ReasonKind(StrEnum):
    """A lead is disqualified (by Marketing, before handoff) or rejected (by Sales, at SAL)."""

    DISQUALIFICATION = "disqualification"
    REJECTION = "rejection"


class ScoringAxis(StrEnum):
    FIT = "fit"
    INTEREST = "interest"


class TriggerKind(StrEnum):
    """What hands a lead to Sales: the score threshold, or a bottom-of-funnel conversion."""

    SCORE_THRESHOLD = "score_threshold"
    CONVERSION = "conversion"
    MANUAL = "manual"


class TimeUnit(StrEnum):
    """Unit of a response window."""

    HOURS = "hours"
    BUSINESS_DAYS = "business_days"


class BuyerStage(StrEnum):
    AWARENESS = "awareness"
    CONSIDERATION = "consideration"
    DECISION = "decision"


class Frequency(StrEnum):
    """How often a KPI is measured or the SLA team meets."""

    DAILY = "daily"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class KpiDirection(StrEnum):
    """Whether a KPI meets its target at or above it (``at_least``) or at or below it (``at_most``)."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class KpiLink(StrEnum):
    """Which earlier value a KPI's target follows while the user keeps it linked ("" = not linked)."""

    LEADS_PER_MONTH = "funnel.leads_per_month"
    MQL_PER_MONTH = "funnel.mql_per_month"
    SAL_PER_MONTH = "funnel.sal_per_month"
    SQL_PER_MONTH = "funnel.sql_per_month"
    OPPORTUNITIES_PER_MONTH = "funnel.opportunities_per_month"
    WON_PER_MONTH = "funnel.won_per_month"
    MARKETING_REVENUE = "funnel.marketing_revenue"
    FIRST_CONTACT = "handoff.first_contact"
    ACCEPT_WITHIN = "handoff.accept_within"
    ATTEMPTS = "handoff.attempts"
    MQL_THRESHOLD = "scoring.threshold"
