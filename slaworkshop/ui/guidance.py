"""What the facilitator asks the room at each step, shown beside the step's page.

Written for this product from the brief and the practice articles it draws on (their facts, our own
words). Every text goes through ``QCoreApplication.translate("Guidance", …)`` so it can be translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from slaworkshop.services.progress import STEP_TITLES, StepId


@dataclass(frozen=True)
class Guidance:
    title: str
    purpose: str
    questions: tuple[str, ...]
    tip: str = ""

    def html(self) -> str:
        items = "".join(f"<li>{escape(q)}</li>" for q in self.questions)
        tip = f"<p><i>{escape(self.tip)}</i></p>" if self.tip else ""
        return f"<p>{escape(self.purpose)}</p><ol>{items}</ol>{tip}"


def step_title(step: StepId) -> str:
    return QCoreApplication.translate("Steps", STEP_TITLES[step])


def guidance(step: StepId) -> Guidance:
    """The facilitator's purpose, questions and a tip for ``step``, in the interface language."""
    return Guidance(step_title(step), *_TEXTS[step]())


def _workshop() -> tuple[str, tuple[str, ...], str]:
    return (
        QCoreApplication.translate(
            "Guidance",
            "Agree who is in the room and what the day is for. The agreement is carried by both "
            "departments only if both helped write it.",
        ),
        (
            QCoreApplication.translate(
                "Guidance",
                "Who speaks for Marketing and who for Sales? Is each side represented by people who can commit?",
            ),
            QCoreApplication.translate(
                "Guidance", "Is the group small enough to decide things — eight people at most?"
            ),
            QCoreApplication.translate(
                "Guidance",
                "Is any side much larger than the other? A balanced delegation keeps the result shared.",
            ),
            QCoreApplication.translate(
                "Guidance", "Which manager sponsors the agreement and will sign it at the end?"
            ),
            QCoreApplication.translate("Guidance", "In which language will the signed document be written?"),
        ),
        QCoreApplication.translate(
            "Guidance",
            "Avoid an agreement handed down from above: it is quicker to write and much harder to live by.",
        ),
    )


def _goals() -> tuple[str, tuple[str, ...], str]:
    return (
        QCoreApplication.translate(
            "Guidance",
            "Set goals that both departments own, expressed in money and customers rather than activity.",
        ),
        (
            QCoreApplication.translate(
                "Guidance", "What revenue must new business bring in this year, and what margin?"
            ),
            QCoreApplication.translate(
                "Guidance", "How should retention, churn and customer satisfaction develop?"
            ),
            QCoreApplication.translate(
                "Guidance",
                "For each goal: which metric, where do we stand today, what is the target, by when, and who owns it?",
            ),
            QCoreApplication.translate(
                "Guidance", "Which goals are shared, and which sub-goals belong to one side?"
            ),
            QCoreApplication.translate(
                "Guidance", "Where does one department depend on the other to reach its goal?"
            ),
        ),
        QCoreApplication.translate(
            "Guidance",
            "Teams that measure themselves the same way and share incentives pull in the same direction; "
            "“more traffic” and “more deals” are not shared goals yet.",
        ),
    )


def _funnel() -> tuple[str, tuple[str, ...], str]:
    return (
        QCoreApplication.translate(
            "Guidance",
            "Work backwards from the revenue target to the number of leads Marketing has to deliver.",
        ),
        (
            QCoreApplication.translate(
                "Guidance", "What is the revenue target for the period, and the average deal size?"
            ),
            QCoreApplication.translate(
                "Guidance", "What share of new revenue should come from leads Marketing generates?"
            ),
            QCoreApplication.translate(
                "Guidance",
                "What share of leads becomes MQL, SAL, SQL, opportunity and won deal — from our own data, or only a benchmark?",
            ),
            QCoreApplication.translate(
                "Guidance", "How long is the sales cycle, so by when must the leads arrive?"
            ),
            QCoreApplication.translate(
                "Guidance", "How much follow-up capacity does Sales really have for that volume?"
            ),
        ),
        QCoreApplication.translate(
            "Guidance",
            "Plans built on other companies' conversion rates are the usual reason a reverse funnel fails; "
            "mark every borrowed rate.",
        ),
    )


def _definitions() -> tuple[str, tuple[str, ...], str]:
    return (
        QCoreApplication.translate(
            "Guidance", "Give every stage of the customer's life one meaning for both departments."
        ),
        (
            QCoreApplication.translate(
                "Guidance",
                "Which stages do we use — contact, lead, MQL, SAL, SQL, opportunity, customer, renewal?",
            ),
            QCoreApplication.translate(
                "Guidance",
                "For each stage: what defines it, what must be true to enter it, and which department owns it?",
            ),
            QCoreApplication.translate(
                "Guidance", "What makes a lead marketing-qualified, and what makes it sales-qualified?"
            ),
            QCoreApplication.translate(
                "Guidance",
                "For which reasons is a lead disqualified, and which of them send it back to nurturing?",
            ),
            QCoreApplication.translate(
                "Guidance", "Which stages does an opportunity go through until it is won or lost?"
            ),
        ),
        QCoreApplication.translate(
            "Guidance", "If one side cannot explain a stage in a sentence, the definition is not finished."
        ),
    )


def _scoring() -> tuple[str, tuple[str, ...], str]:
    return (
        QCoreApplication.translate(
            "Guidance",
            "Decide how a lead earns its way to Sales: by who it is (fit) and by what it does (interest).",
        ),
        (
            QCoreApplication.translate(
                "Guidance",
                "Fit: is the person in our target persona, an influencer or a decision maker? Which company size and industry?",
            ),
            QCoreApplication.translate(
                "Guidance",
                "Interest: which behaviour shows knowledge, consideration or urgency along the buyer's journey?",
            ),
            QCoreApplication.translate(
                "Guidance", "How many points does each criterion earn — and what should cost points?"
            ),
            QCoreApplication.translate("Guidance", "From which score is a lead an MQL?"),
            QCoreApplication.translate(
                "Guidance", "Try a few real leads from last month: would the model have sent the right ones?"
            ),
        ),
        QCoreApplication.translate(
            "Guidance", "A threshold that fit alone can reach lets uninterested leads through."
        ),
    )


def _handoff() -> tuple[str, tuple[str, ...], str]:
    return (
        QCoreApplication.translate(
            "Guidance", "Agree what happens between the moment a lead is ready and the first conversation."
        ),
        (
            QCoreApplication.translate(
                "Guidance",
                "What triggers the handoff: a score threshold, or a request such as a demo or consultation?",
            ),
            QCoreApplication.translate(
                "Guidance", "Which information travels with the lead, and how is Sales notified?"
            ),
            QCoreApplication.translate(
                "Guidance",
                "Within what time does Sales accept or reject the lead, and within what time is the first contact?",
            ),
            QCoreApplication.translate(
                "Guidance",
                "How many attempts, on which channels, with how long between them — and how are outcomes recorded?",
            ),
            QCoreApplication.translate(
                "Guidance",
                "After how many failed attempts, or for which reasons, does a lead go back to Marketing, and into which track?",
            ),
        ),
        QCoreApplication.translate(
            "Guidance",
            "Many leads are never followed up at all; fast, agreed feedback (for example within 24 hours) "
            "is what makes the handoff work.",
        ),
    )


def _nurturing() -> tuple[str, tuple[str, ...], str]:
    return (
        QCoreApplication.translate(
            "Guidance",
            "Plan what happens to leads that are not ready yet, and how Marketing helps Sales close.",
        ),
        (
            QCoreApplication.translate(
                "Guidance",
                "Which nurture tracks do we run for awareness, consideration and decision, with which content?",
            ),
            QCoreApplication.translate("Guidance", "When may Sales put a lead into a nurture track by hand?"),
            QCoreApplication.translate(
                "Guidance",
                "Which material does Sales need during an opportunity, who provides it, and how quickly?",
            ),
        ),
        "",
    )


def _kpis() -> tuple[str, tuple[str, ...], str]:
    return (
        QCoreApplication.translate(
            "Guidance", "Choose the few numbers that show whether both sides keep their promises."
        ),
        (
            QCoreApplication.translate(
                "Guidance",
                "Which KPIs follow from our goals — MQLs per month, conversion between stages, response time, contact attempts, acceptance rate, win rate, revenue contribution?",
            ),
            QCoreApplication.translate(
                "Guidance",
                "For each: how is it calculated, who owns it, what is the target, and when is it amber or red?",
            ),
            QCoreApplication.translate(
                "Guidance", "How often is it measured, and from which source — CRM or dashboard?"
            ),
        ),
        QCoreApplication.translate(
            "Guidance", "A KPI nobody can pull from the data is a wish, not a service level."
        ),
    )


def _governance() -> tuple[str, tuple[str, ...], str]:
    return (
        QCoreApplication.translate("Guidance", "Keep the agreement alive after the workshop."),
        (
            QCoreApplication.translate(
                "Guidance",
                "How often does the core team meet — weekly, every two weeks, monthly — and who are its two to four members from both sides?",
            ),
            QCoreApplication.translate(
                "Guidance",
                "What is on the standing agenda, what does each side report, and who writes minutes and action items?",
            ),
            QCoreApplication.translate(
                "Guidance",
                "Who is called in when a threshold is breached, after how long, and at which level?",
            ),
            QCoreApplication.translate(
                "Guidance", "Do we start with a pilot? From when to when, and how will we evaluate it?"
            ),
            QCoreApplication.translate(
                "Guidance", "When do we review and renew the agreement, and how are changes made?"
            ),
            QCoreApplication.translate(
                "Guidance",
                "What stays outside the agreement (budgets, for example), which training is needed, and which exclusions apply?",
            ),
        ),
        QCoreApplication.translate(
            "Guidance", "An agreement without a review rhythm is forgotten within a quarter."
        ),
    )


def _sign_off() -> tuple[str, tuple[str, ...], str]:
    return (
        QCoreApplication.translate("Guidance", "Check that everything is settled, then sign."),
        (
            QCoreApplication.translate(
                "Guidance", "Is every section complete? Which points are still open, disputed or parked?"
            ),
            QCoreApplication.translate("Guidance", "Which reservations do we write down with the agreement?"),
            QCoreApplication.translate(
                "Guidance", "Who signs for Marketing, who for Sales, and who sponsors it?"
            ),
            QCoreApplication.translate("Guidance", "From which date does the agreement apply?"),
        ),
        QCoreApplication.translate(
            "Guidance",
            "Once signed, the version is frozen; any later change becomes a new version that is signed again.",
        ),
    )


# Names the services keep in English, listed here so lupdate puts them in the catalogue.
_CATALOGUE = (
    QT_TRANSLATE_NOOP("Steps", "Workshop & participants"),
    QT_TRANSLATE_NOOP("Steps", "Shared goals"),
    QT_TRANSLATE_NOOP("Steps", "Funnel & targets"),
    QT_TRANSLATE_NOOP("Steps", "Definitions"),
    QT_TRANSLATE_NOOP("Steps", "Lead qualification & scoring"),
    QT_TRANSLATE_NOOP("Steps", "Handoff & follow-up"),
    QT_TRANSLATE_NOOP("Steps", "Nurturing & enablement"),
    QT_TRANSLATE_NOOP("Steps", "KPIs"),
    QT_TRANSLATE_NOOP("Steps", "Governance & escalation"),
    QT_TRANSLATE_NOOP("Steps", "Review & sign-off"),
    QT_TRANSLATE_NOOP("StepStatus", "Empty"),
    QT_TRANSLATE_NOOP("StepStatus", "In progress"),
    QT_TRANSLATE_NOOP("StepStatus", "Complete"),
    QT_TRANSLATE_NOOP("StepStatus", "Has open points"),
)

_TEXTS = {
    StepId.WORKSHOP: _workshop,
    StepId.GOALS: _goals,
    StepId.FUNNEL: _funnel,
    StepId.DEFINITIONS: _definitions,
    StepId.SCORING: _scoring,
    StepId.HANDOFF: _handoff,
    StepId.NURTURING: _nurturing,
    StepId.KPIS: _kpis,
    StepId.GOVERNANCE: _governance,
    StepId.SIGN_OFF: _sign_off,
}
