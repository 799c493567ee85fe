"""What the facilitator asks the room at each step, shown beside the step's page.

Written for this product from the brief and the practice articles it draws on (their facts, our own
words). Every text goes through ``QCoreApplication.translate("Guidance", …)`` so it can be translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from slaworkshop.services.progress import STEP_TITLES, StepId


def _t(text: str) -> str:
    return QCoreApplication.translate("Guidance", text)


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
        _t(
            "Agree who is in the room and what the day is for. The agreement is carried by both "
            "departments only if both helped write it."
        ),
        (
            _t(
                "Who speaks for Marketing and who for Sales? Is each side represented by people who can commit?"
            ),
            _t("Is the group small enough to decide things — eight people at most?"),
            _t("Is any side much larger than the other? A balanced delegation keeps the result shared."),
            _t("Which manager sponsors the agreement and will sign it at the end?"),
            _t("In which language will the signed document be written?"),
        ),
        _t("Avoid an agreement handed down from above: it is quicker to write and much harder to live by."),
    )


def _goals() -> tuple[str, tuple[str, ...], str]:
    return (
        _t("Set goals that both departments own, expressed in money and customers rather than activity."),
        (
            _t("What revenue must new business bring in this year, and what margin?"),
            _t("How should retention, churn and customer satisfaction develop?"),
            _t(
                "For each goal: which metric, where do we stand today, what is the target, by when, and who owns it?"
            ),
            _t("Which goals are shared, and which sub-goals belong to one side?"),
            _t("Where does one department depend on the other to reach its goal?"),
        ),
        _t(
            "Teams that measure themselves the same way and share incentives pull in the same direction; "
            "“more traffic” and “more deals” are not shared goals yet."
        ),
    )


def _funnel() -> tuple[str, tuple[str, ...], str]:
    return (
        _t("Work backwards from the revenue target to the number of leads Marketing has to deliver."),
        (
            _t("What is the revenue target for the period, and the average deal size?"),
            _t("What share of new revenue should come from leads Marketing generates?"),
            _t(
                "What share of leads becomes MQL, SAL, SQL, opportunity and won deal — from our own data, or only a benchmark?"
            ),
            _t("How long is the sales cycle, so by when must the leads arrive?"),
            _t("How much follow-up capacity does Sales really have for that volume?"),
        ),
        _t(
            "Plans built on other companies' conversion rates are the usual reason a reverse funnel fails; "
            "mark every borrowed rate."
        ),
    )


def _definitions() -> tuple[str, tuple[str, ...], str]:
    return (
        _t("Give every stage of the customer's life one meaning for both departments."),
        (
            _t("Which stages do we use — contact, lead, MQL, SAL, SQL, opportunity, customer, renewal?"),
            _t(
                "For each stage: what defines it, what must be true to enter it, and which department owns it?"
            ),
            _t("What makes a lead marketing-qualified, and what makes it sales-qualified?"),
            _t("For which reasons is a lead disqualified, and which of them send it back to nurturing?"),
            _t("Which stages does an opportunity go through until it is won or lost?"),
        ),
        _t("If one side cannot explain a stage in a sentence, the definition is not finished."),
    )


def _scoring() -> tuple[str, tuple[str, ...], str]:
    return (
        _t("Decide how a lead earns its way to Sales: by who it is (fit) and by what it does (interest)."),
        (
            _t(
                "Fit: is the person in our target persona, an influencer or a decision maker? Which company size and industry?"
            ),
            _t(
                "Interest: which behaviour shows knowledge, consideration or urgency along the buyer's journey?"
            ),
            _t("How many points does each criterion earn — and what should cost points?"),
            _t("From which score is a lead an MQL?"),
            _t("Try a few real leads from last month: would the model have sent the right ones?"),
        ),
        _t("A threshold that fit alone can reach lets uninterested leads through."),
    )


def _handoff() -> tuple[str, tuple[str, ...], str]:
    return (
        _t("Agree what happens between the moment a lead is ready and the first conversation."),
        (
            _t("What triggers the handoff: a score threshold, or a request such as a demo or consultation?"),
            _t("Which information travels with the lead, and how is Sales notified?"),
            _t(
                "Within what time does Sales accept or reject the lead, and within what time is the first contact?"
            ),
            _t(
                "How many attempts, on which channels, with how long between them — and how are outcomes recorded?"
            ),
            _t(
                "After how many failed attempts, or for which reasons, does a lead go back to Marketing, and into which track?"
            ),
        ),
        _t(
            "Many leads are never followed up at all; fast, agreed feedback (for example within 24 hours) "
            "is what makes the handoff work."
        ),
    )


def _nurturing() -> tuple[str, tuple[str, ...], str]:
    return (
        _t("Plan what happens to leads that are not ready yet, and how Marketing helps Sales close."),
        (
            _t(
                "Which nurture tracks do we run for awareness, consideration and decision, with which content?"
            ),
            _t("When may Sales put a lead into a nurture track by hand?"),
            _t("Which material does Sales need during an opportunity, who provides it, and how quickly?"),
        ),
        "",
    )


def _kpis() -> tuple[str, tuple[str, ...], str]:
    return (
        _t("Choose the few numbers that show whether both sides keep their promises."),
        (
            _t(
                "Which KPIs follow from our goals — MQLs per month, conversion between stages, response time, contact attempts, acceptance rate, win rate, revenue contribution?"
            ),
            _t(
                "For each: how is it calculated, who owns it, what is the target, and when is it amber or red?"
            ),
            _t("How often is it measured, and from which source — CRM or dashboard?"),
        ),
        _t("A KPI nobody can pull from the data is a wish, not a service level."),
    )


def _governance() -> tuple[str, tuple[str, ...], str]:
    return (
        _t("Keep the agreement alive after the workshop."),
        (
            _t(
                "How often does the core team meet — weekly, every two weeks, monthly — and who are its two to four members from both sides?"
            ),
            _t(
                "What is on the standing agenda, what does each side report, and who writes minutes and action items?"
            ),
            _t("Who is called in when a threshold is breached, after how long, and at which level?"),
            _t("Do we start with a pilot? From when to when, and how will we evaluate it?"),
            _t("When do we review and renew the agreement, and how are changes made?"),
            _t(
                "What stays outside the agreement (budgets, for example), which training is needed, and which exclusions apply?"
            ),
        ),
        _t("An agreement without a review rhythm is forgotten within a quarter."),
    )


def _sign_off() -> tuple[str, tuple[str, ...], str]:
    return (
        _t("Check that everything is settled, then sign."),
        (
            _t("Is every section complete? Which points are still open, disputed or parked?"),
            _t("Which reservations do we write down with the agreement?"),
            _t("Who signs for Marketing, who for Sales, and who sponsors it?"),
            _t("From which date does the agreement apply?"),
        ),
        _t(
            "Once signed, the version is frozen; any later change becomes a new version that is signed again."
        ),
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
