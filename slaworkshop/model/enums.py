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
        return self in (AgreementState.OPEN, AgreementState.PROPOSED, AgreementState.DISPUTED, AgreementState.PARKED)


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


LANGUAGE_LABELS: dict[Language, str] = {Language.EN: "English", Language.DE: "Deutsch", Language.NL: "Nederlands"}
