"""Every fixed string of the exported agreement, keyed, so German and Dutch can be added as data.

The outline asks for ``text(language, key, **values)``; a language or key without a translation falls
back to English, so a new chapter never prints a key instead of words. Keep the English plain and
contractual: the reader is a department head who signs it.
"""

from __future__ import annotations

from collections.abc import Mapping

ENGLISH: dict[str, str] = {
    # title page and running marks
    "document.title": "Marketing–Sales Service Level Agreement",
    "document.subject": "Service level agreement between Marketing and Sales",
    "title.client": "Client",
    "title.version": "Version",
    "title.status": "Status",
    "title.workshop_date": "Workshop",
    "title.signed_on": "Signed on",
    "title.signed_by": "Signed by",
    "title.issued": "Issued",
    "title.facilitator": "Facilitator",
    "mark.draft": "DRAFT",
    "mark.page": "Page {page} of {pages}",
    "version.draft_revision": "Draft, revision {revision}",
    "version.signed": "Version {version}",
    "version.draft_next": "Draft {version}, revision {revision}",
    "contents.title": "Contents",
    "contents.placeholder": "Update this field (F9 in Word) to show the contents with page numbers.",
    # status
    "status.draft": "Draft — not signed",
    "status.in_review": "In review — not signed",
    "status.signed": "Signed",
    # parties and purpose
    "chapter.parties": "Parties and purpose",
    "parties.intro": (
        "This Service Level Agreement is made between the Marketing department and the Sales "
        "department of {client}. It records what each department commits to the other so that "
        "both work towards the same revenue goals."
    ),
    "parties.intro_no_client": (
        "This Service Level Agreement is made between the Marketing department and the Sales "
        "department. It records what each department commits to the other so that both work "
        "towards the same revenue goals."
    ),
    "parties.marketing": "Marketing department of {client}",
    "parties.sales": "Sales department of {client}",
    "parties.marketing_no_client": "Marketing department",
    "parties.sales_no_client": "Sales department",
    "parties.party_marketing": "First party",
    "parties.party_sales": "Second party",
    "parties.purpose_heading": "Purpose",
    "parties.purpose": (
        "The parties agree on shared goals, on how many leads are needed to reach them, on when a "
        "lead is ready for Sales, on how quickly and how often Sales follows it up, and on how "
        "results are measured, reviewed and escalated. The agreement was drawn up jointly in a "
        "workshop of both departments and is reviewed regularly."
    ),
    "parties.workshop_heading": "The workshop",
    "workshop.dates": "Date",
    "workshop.venue": "Venue",
    "workshop.facilitator": "Facilitator",
    "workshop.language": "Language of this document",
    # participants
    "chapter.participants": "Participants",
    "participants.intro": "The following people took part in the workshop and prepared this agreement.",
    # steps
    "step.1": "Shared goals",
    "step.2": "Funnel and volume targets",
    "step.3": "Lifecycle stages and definitions",
    "step.4": "Lead qualification and scoring",
    "step.5": "Lead handoff and follow-up",
    "step.6": "Nurturing and sales enablement",
    "step.7": "Key performance indicators",
    "step.8": "Governance and escalation",
    "step.9": "Review and sign-off",
    "step.other": "Further provisions",
    # section titles per entity (``entity.<name>``); an entity without one uses its label
    "entity.goals": "Agreed goals",
    "entity.funnel": "Revenue target and funnel inputs",
    "entity.stages": "Lifecycle stages",
    "entity.opportunity_stages": "Opportunity stages",
    "entity.disqualification_reasons": "Disqualification and rejection reasons",
    "entity.scoring_criteria": "Scoring criteria",
    "entity.scoring": "MQL threshold",
    "entity.handoff_triggers": "Handoff triggers",
    "entity.handoff_fields": "Information handed over with a lead",
    "entity.handoff": "Handoff and follow-up rules",
    "entity.nurture_tracks": "Nurture tracks",
    "entity.nurturing": "Enrolment by Sales",
    "entity.enablement_items": "Sales enablement",
    "entity.kpis": "Agreed KPIs",
    "entity.governance": "Meetings, pilot, term and scope",
    "entity.agenda_items": "Standing agenda",
    "entity.escalation_levels": "Escalation ladder",
    # sections agreed as a whole (``clause.<key>``), printed with their agreement state
    "clause.funnel": "Funnel targets",
    "clause.funnel.capacity": "Follow-up capacity",
    "clause.definitions": "The lifecycle as a whole",
    "clause.scoring.threshold": "MQL threshold",
    "clause.handoff": "Handoff",
    "clause.handoff.followup": "Follow-up",
    "clause.handoff.reverse": "Return to Marketing",
    "clause.nurturing.enrolment": "Enrolment by Sales",
    "clause.governance.meetings": "Meetings",
    "clause.governance.pilot": "Pilot phase",
    "clause.governance.term": "Term, review and amendments",
    "clause.governance.scope": "Scope",
    "clause.agreement": "Agreement on {section}",
    # tables and values
    "column.agreement": "Agreement",
    "column.note": "Note",
    "agreement.section": "Agreement on this section",
    "agreement.note": "Note on the agreement",
    "value.yes": "Yes",
    "value.no": "No",
    "value.empty": "—",
    "benchmark.mark": "†",
    "benchmark.legend": "† Based on a published benchmark, not on the client's own data.",
    "agreement.open": "Open",
    "agreement.proposed": "Proposed",
    "agreement.agreed": "Agreed",
    "agreement.agreed_with_reservations": "Agreed with reservations",
    "agreement.disputed": "Disputed",
    "agreement.parked": "Parked",
    # values of choice fields, by their stored value (departments, owners, rate sources …)
    "choice.marketing": "Marketing",
    "choice.sales": "Sales",
    "choice.management": "Management",
    "choice.other": "Other",
    "choice.shared": "Shared",
    "choice.benchmark": "Benchmark",
    "choice.own_data": "Own data",
    "choice.half_year": "Half year",
    "choice.business_days": "Business days",
    "choice.at_least": "At least",
    "choice.at_most": "At most",
    "choice.score_threshold": "Score threshold",
    "choice.funnel.leads_per_month": "Linked: leads per month (funnel)",
    "choice.funnel.mql_per_month": "Linked: MQLs per month (funnel)",
    "choice.funnel.sal_per_month": "Linked: SALs per month (funnel)",
    "choice.funnel.sql_per_month": "Linked: SQLs per month (funnel)",
    "choice.funnel.opportunities_per_month": "Linked: opportunities per month (funnel)",
    "choice.funnel.won_per_month": "Linked: deals won per month (funnel)",
    "language.en": "English",
    "language.de": "German",
    "language.nl": "Dutch",
    # computed sections (export/computed.py): funnel, capacity, scoring check, cadence
    "computed.period.month": "month",
    "computed.period.quarter": "quarter",
    "computed.period.half_year": "half year",
    "computed.period.year": "year",
    "computed.funnel.title": "The reverse funnel",
    "computed.funnel.intro": (
        "Working back from the revenue target, each stage shows how many leads are needed, rounded up "
        "from the rounded-up count of the stage after it."
    ),
    "computed.funnel.stage": "Stage",
    "computed.funnel.per_period": "Per {period}",
    "computed.funnel.per_month": "Per month",
    "computed.funnel.rate": "Conversion to the next stage",
    "computed.funnel.source": "Rate from",
    "computed.funnel.marketing_revenue": "Revenue from marketing-sourced leads per {period}",
    "computed.funnel.leads_due": "Leads for the period starting on {start} must arrive by",
    "computed.capacity.title": "Follow-up capacity",
    "computed.capacity.leads": "Leads Sales follows up per month ({stage})",
    "computed.capacity.required": "Hours needed per month",
    "computed.capacity.available": "Hours available per month",
    "computed.capacity.utilisation": "Utilisation",
    "computed.capacity.can_handle": "Leads the team can follow up per month",
    "computed.capacity.over_title": "Not enough follow-up capacity",
    "computed.capacity.over": (
        "Sales cannot work every lead the funnel hands over with the agreed attempts. Add capacity, "
        "reduce the attempts or lower the volume before relying on this agreement."
    ),
    "computed.capacity.tight_title": "Little spare capacity",
    "computed.capacity.tight": "Follow-up uses most of the available time; holidays or a busy month will cause delays.",
    "computed.scoring.title": "Check of the scoring model",
    "computed.scoring.intro": "The highest score a lead can reach with the criteria above:",
    "computed.scoring.max_fit": "Best possible fit score",
    "computed.scoring.max_interest": "Best possible interest score",
    "computed.scoring.max_total": "Best possible total score",
    "computed.scoring.threshold": "MQL threshold",
    "computed.warning": "Warning",
    "computed.cadence.title": "Follow-up cadence",
    "computed.cadence.intro": (
        "Example: a lead handed over on {handoff}. Business days count Monday to Friday; the plan spans "
        "{days} business days."
    ),
    "computed.cadence.day": "Business day",
    "computed.cadence.date": "Date",
    "computed.cadence.event": "What happens",
    "computed.cadence.attempt": "Contact attempt {attempt}",
    "computed.cadence.attempt_by": "Contact attempt {attempt} by {channel}",
    "computed.cadence.first_contact": "First contact due by {time}",
    "computed.cadence.accept": "Accepted or rejected by {time}",
    "computed.cadence.return": "No contact made: the lead returns to Marketing",
    # open points
    "chapter.open_points": "Open points",
    "open_points.note_title": "Not agreed yet",
    "open_points.intro": "The following items were not agreed when this document was produced.",
    "open_points.section": "Section",
    "open_points.item_column": "Item",
    # signatures
    "chapter.signatures": "Signatures",
    "signatures.intro": (
        "By signing, the parties accept this Service Level Agreement in the version stated on the title page."
    ),
    "signatures.intro_signed": (
        "The parties approved version {version} of this Service Level Agreement on the dates shown "
        "below. The fingerprint identifies the approved content: any change to it gives a different "
        "fingerprint."
    ),
    "signatures.typed": "Approved by typing the name “{name}”",
    "signatures.name": "Name",
    "signatures.date": "Date",
    "signatures.signature": "Signature",
    "signatures.marketing": "For Marketing",
    "signatures.sales": "For Sales",
    "signatures.fingerprint": "Fingerprint (SHA-256) of the agreed content: {fingerprint}",
    "signatures.fingerprint_pending": "Fingerprint: recorded when this version is signed.",
    # change history
    "chapter.history": "Change history",
    "history.intro": "The signed versions of this agreement:",
    "history.version": "Version",
    "history.signed_on": "Signed on",
    "history.signed_by": "Signed by",
    "history.fingerprint": "Fingerprint (SHA-256)",
    "history.changes_in": "Changes in version {version} since version {previous}",
    "history.changes_draft": "Changes in this draft since version {version}",
    "history.no_changes": "No changes.",
    "history.section": "Section",
    "history.item": "Item",
    "history.change": "Change",
    "history.details": "Details",
    "history.kind.added": "Added",
    "history.kind.changed": "Changed",
    "history.kind.removed": "Removed",
    "history.clause": "Agreement on a section",
    "history.position": "Position",
}

CATALOGUES: dict[str, Mapping[str, str]] = {"en": ENGLISH}


def text(language: str, key: str, /, **values: object) -> str:
    """The catalogue text for ``key`` in ``language`` (English when not translated), filled in."""
    catalogue = CATALOGUES.get(language, ENGLISH)
    template = catalogue.get(key) or ENGLISH[key]
    return template.format(**values) if values else template


def has(key: str) -> bool:
    return key in ENGLISH
