"""Every fixed string of the exported agreement, keyed, in English, German and Dutch.

The outline asks for ``text(language, key, **values)``; a language or key without a translation falls
back to English, so a new chapter never prints a key instead of words (and
``tests/export/test_document_languages.py`` fails until the key is translated). Labels and values
of the model that the document prints have keys of their own — ``field.<entity>.<field>``,
``choice.<value>``, ``unit.<unit>.<plural form>``, ``item.<entity>`` — so the model's English labels
(made for the editor) never reach a German or Dutch document. Keep the English plain and
contractual: the reader is a department head who signs it. The translations live in
``catalogue_de.py`` and ``catalogue_nl.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

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
    "entity.workshop": "Workshop",
    "entity.participants": "Participants",
    "entity.signatories": "Signatories",
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
    "choice.funnel.marketing_revenue": "Linked: revenue from marketing-sourced leads (funnel)",
    "choice.handoff.first_contact": "Linked: first contact within (handoff)",
    "choice.handoff.accept_within": "Linked: accept or reject within (handoff)",
    "choice.handoff.attempts": "Linked: contact attempts (handoff)",
    "choice.scoring.threshold": "Linked: MQL threshold (scoring)",
    "choice.en": "English",
    "choice.de": "German",
    "choice.nl": "Dutch",
    "choice.revenue": "Revenue",
    "choice.margin": "Margin",
    "choice.pipeline": "Pipeline",
    "choice.retention": "Retention",
    "choice.satisfaction": "Satisfaction",
    "choice.month": "Month",
    "choice.quarter": "Quarter",
    "choice.year": "Year",
    "choice.disqualification": "Disqualification",
    "choice.rejection": "Rejection",
    "choice.fit": "Fit",
    "choice.interest": "Interest",
    "choice.conversion": "Conversion",
    "choice.manual": "Manual",
    "choice.hours": "Hours",
    "choice.awareness": "Awareness",
    "choice.consideration": "Consideration",
    "choice.decision": "Decision",
    "choice.daily": "Daily",
    "choice.weekly": "Weekly",
    "choice.fortnightly": "Fortnightly",
    "choice.monthly": "Monthly",
    "choice.quarterly": "Quarterly",
    "choice.yearly": "Yearly",
    # units of numeric fields (``unit.<unit>``, spaces as ``_``), by Babel's plural category
    "unit.days.one": "{value} day",
    "unit.days.other": "{value} days",
    "unit.business_days.one": "{value} business day",
    "unit.business_days.other": "{value} business days",
    "unit.h.one": "{value} h",
    "unit.h.other": "{value} h",
    "unit.min.one": "{value} min",
    "unit.min.other": "{value} min",
    "unit.points.one": "{value} point",
    "unit.points.other": "{value} points",
    "language.en": "English",
    "language.de": "German",
    "language.nl": "Dutch",
    # field labels as printed in tables and lists (``field.<entity>.<field>``)
    "field.workshop.client": "Client organisation",
    "field.workshop.title": "Workshop title",
    "field.workshop.date_start": "First day",
    "field.workshop.date_end": "Last day",
    "field.workshop.venue": "Venue",
    "field.workshop.facilitator": "Facilitator",
    "field.workshop.language": "Document language",
    "field.participants.name": "Name",
    "field.participants.department": "Department",
    "field.participants.role": "Role",
    "field.participants.email": "E-mail",
    "field.signatories.name": "Name",
    "field.signatories.title": "Job title",
    "field.signatories.department": "Department",
    "field.signatories.role": "Signs as",
    "field.goals.metric": "Metric",
    "field.goals.category": "Kind of goal",
    "field.goals.baseline": "Baseline",
    "field.goals.target": "Target",
    "field.goals.unit": "Unit",
    "field.goals.period": "Period",
    "field.goals.deadline": "Deadline",
    "field.goals.owner": "Owner",
    "field.goals.dependencies": "Dependencies between the departments",
    "field.goals.agreement": "Agreement",
    "field.goals.agreement_note": "Agreement note",
    "field.funnel.revenue_target": "Revenue target",
    "field.funnel.period": "Period",
    "field.funnel.period_start": "Period starts",
    "field.funnel.currency": "Currency",
    "field.funnel.average_deal_size": "Average deal size",
    "field.funnel.marketing_share": "Share of revenue from marketing-sourced leads",
    "field.funnel.sales_cycle_days": "Sales cycle",
    "field.funnel.sales_reps": "Sales reps following up leads",
    "field.funnel.hours_per_rep": "Hours per rep per week for follow-up",
    "field.funnel.minutes_per_attempt": "Minutes per contact attempt",
    "field.stages.name": "Stage",
    "field.stages.definition": "Definition",
    "field.stages.entry_criteria": "Entry criteria",
    "field.stages.owner": "Owning department",
    "field.stages.exit_action": "What happens at the exit",
    "field.stages.in_funnel": "Part of the funnel",
    "field.stages.conversion_rate": "Conversion into the next funnel stage",
    "field.stages.rate_source": "Rate from",
    "field.stages.agreement": "Agreement",
    "field.stages.agreement_note": "Agreement note",
    "field.opportunity_stages.name": "Opportunity stage",
    "field.opportunity_stages.definition": "Definition",
    "field.opportunity_stages.entry_criteria": "Entry criteria",
    "field.opportunity_stages.probability": "Win probability",
    "field.opportunity_stages.agreement": "Agreement",
    "field.opportunity_stages.agreement_note": "Agreement note",
    "field.disqualification_reasons.code": "Code",
    "field.disqualification_reasons.kind": "Disqualified or rejected",
    "field.disqualification_reasons.description": "Description",
    "field.disqualification_reasons.recycle": "Recycled to nurturing",
    "field.disqualification_reasons.nurture_track": "Into nurture track",
    "field.disqualification_reasons.agreement": "Agreement",
    "field.disqualification_reasons.agreement_note": "Agreement note",
    "field.scoring_criteria.axis": "Axis",
    "field.scoring_criteria.attribute": "Attribute",
    "field.scoring_criteria.condition": "Condition",
    "field.scoring_criteria.points": "Points",
    "field.scoring_criteria.agreement": "Agreement",
    "field.scoring_criteria.agreement_note": "Agreement note",
    "field.scoring.mql_threshold": "MQL threshold",
    "field.handoff_triggers.kind": "Kind of trigger",
    "field.handoff_triggers.description": "Trigger",
    "field.handoff_triggers.agreement": "Agreement",
    "field.handoff_triggers.agreement_note": "Agreement note",
    "field.handoff_fields.name": "Information handed over",
    "field.handoff_fields.required": "Mandatory",
    "field.handoff_fields.note": "Note",
    "field.handoff_fields.agreement": "Agreement",
    "field.handoff_fields.agreement_note": "Agreement note",
    "field.handoff.notification": "How Sales is notified",
    "field.handoff.accept_within": "Accept or reject within",
    "field.handoff.accept_unit": "Unit",
    "field.handoff.first_contact_within": "First contact within",
    "field.handoff.first_contact_unit": "Unit",
    "field.handoff.attempts": "Contact attempts",
    "field.handoff.channels": "Channels (in order, comma-separated)",
    "field.handoff.interval_days": "Business days between attempts",
    "field.handoff.recording": "What must be recorded",
    "field.handoff.return_after_attempts": "Back to Marketing after failed attempts",
    "field.handoff.return_reasons": "Back to Marketing for these reasons",
    "field.handoff.return_track": "Into nurture track",
    "field.nurture_tracks.name": "Track",
    "field.nurture_tracks.buyer_stage": "Buyer stage",
    "field.nurture_tracks.content": "Content",
    "field.nurture_tracks.rhythm": "Rhythm",
    "field.nurture_tracks.agreement": "Agreement",
    "field.nurture_tracks.agreement_note": "Agreement note",
    "field.nurturing.manual_enrolment": "When Sales may enrol a lead by hand",
    "field.enablement_items.collateral": "Collateral or support",
    "field.enablement_items.provider": "Provided by",
    "field.enablement_items.lead_time_days": "Lead time",
    "field.enablement_items.agreement": "Agreement",
    "field.enablement_items.agreement_note": "Agreement note",
    "field.kpis.name": "KPI",
    "field.kpis.definition": "Definition or formula",
    "field.kpis.owner": "Owner",
    "field.kpis.target": "Target",
    "field.kpis.unit": "Unit",
    "field.kpis.direction": "Direction",
    "field.kpis.amber": "Amber from",
    "field.kpis.red": "Red from",
    "field.kpis.frequency": "Measured",
    "field.kpis.data_source": "Data source",
    "field.kpis.link": "Follows",
    "field.kpis.agreement": "Agreement",
    "field.kpis.agreement_note": "Agreement note",
    "field.governance.review_cadence": "Review meeting",
    "field.governance.core_team": "Core team",
    "field.governance.minutes_keeper": "Keeps the minutes",
    "field.governance.actions_keeper": "Keeps the action items",
    "field.governance.pilot_start": "Pilot starts",
    "field.governance.pilot_end": "Pilot ends",
    "field.governance.pilot_criteria": "Pilot evaluation criteria",
    "field.governance.review_date": "Review date",
    "field.governance.renewal_date": "Renewal date",
    "field.governance.amendments": "How amendments are made",
    "field.governance.kept_separate": "What stays separate",
    "field.governance.training": "Training",
    "field.governance.exclusions": "Exclusions",
    "field.agenda_items.topic": "Agenda item",
    "field.agenda_items.marketing_reports": "Marketing reports",
    "field.agenda_items.sales_reports": "Sales reports",
    "field.agenda_items.agreement": "Agreement",
    "field.agenda_items.agreement_note": "Agreement note",
    "field.escalation_levels.level": "Level",
    "field.escalation_levels.trigger": "Trigger",
    "field.escalation_levels.who": "Who",
    "field.escalation_levels.within": "Within",
    "field.escalation_levels.within_unit": "Unit",
    "field.escalation_levels.agreement": "Agreement",
    "field.escalation_levels.agreement_note": "Agreement note",
    # one item of a list, numbered when it has no text of its own (``item.<entity>``)
    "item.workshop": "Workshop",
    "item.participants": "Participant",
    "item.signatories": "Signatory",
    "item.goals": "Goal",
    "item.funnel": "Funnel inputs",
    "item.stages": "Lifecycle stage",
    "item.opportunity_stages": "Opportunity stage",
    "item.disqualification_reasons": "Disqualification reason",
    "item.scoring_criteria": "Scoring criterion",
    "item.scoring": "Scoring",
    "item.handoff_triggers": "Handoff trigger",
    "item.handoff_fields": "Handed-over field",
    "item.handoff": "Handoff rules",
    "item.nurture_tracks": "Nurture track",
    "item.nurturing": "Nurturing",
    "item.enablement_items": "Enablement item",
    "item.kpis": "KPI",
    "item.governance": "Governance",
    "item.agenda_items": "Agenda item",
    "item.escalation_levels": "Escalation level",
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

from .catalogue_de import GERMAN  # noqa: E402 - the translations follow the English they mirror
from .catalogue_nl import DUTCH  # noqa: E402

CATALOGUES: dict[str, Mapping[str, str]] = {"en": ENGLISH, "de": GERMAN, "nl": DUTCH}

_PLACEHOLDER = re.compile(r"{(\w*)}")


def text(language: str, key: str, /, **values: object) -> str:
    """The catalogue text for ``key`` in ``language`` (English when not translated), filled in."""
    catalogue = CATALOGUES.get(language, ENGLISH)
    template = catalogue.get(key) or ENGLISH[key]
    return template.format(**values) if values else template


def has(key: str) -> bool:
    return key in ENGLISH


def counted(language: str, key: str, count: int | Decimal | float, /, **values: object) -> str:
    """``key.one`` or ``key.other`` (``1 Tag``, ``3 Tage``) by the language's plural rule (Babel)."""
    from babel import Locale

    from .formatting import locale_for

    form = Locale.parse(locale_for(language)).plural_form(abs(Decimal(str(count))))
    chosen = f"{key}.{form}" if has(f"{key}.{form}") else f"{key}.other"
    return text(language, chosen, **values)


def placeholders(template: str) -> frozenset[str]:
    """The names a template fills in (``{client}`` → ``client``), for checks of the translations."""
    return frozenset(_PLACEHOLDER.findall(template))
