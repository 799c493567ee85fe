"""What the app computed, printed next to what the room entered: the reverse funnel and the capacity
check (step 2), the scoring check (step 4) and the follow-up cadence (step 5).

:func:`computed_sections` gives ``(section title, blocks)`` for one step, from the same
``services.analysis.analyse`` the editor shows, so the document and the screen never disagree. A
result that cannot be computed (inputs missing or invalid) is left out, not printed as blanks; a
benchmark-dependent count carries the benchmark mark and legend.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from slaworkshop.model.cadence import CadenceEvent, CadencePlan, EventKind
from slaworkshop.model.capacity import CapacityLevel
from slaworkshop.model.scoring import ScoringAnalysis, ScoringWarning, WarningKind
from slaworkshop.services.analysis import Analysis, analyse
from slaworkshop.services.snapshot import WorkshopSnapshot

from . import catalogue, formatting
from .document import Block, Cell, KeyValueList, Note, NoteKind, Paragraph, Table

Text = Callable[..., str]
Section = tuple[str, list[Block]]


def computed_sections(snapshot: WorkshopSnapshot, step: int) -> list[Section]:
    builder = _SECTIONS.get(step)
    if builder is None:
        return []
    language = str(snapshot.value("language") or "en")

    def t(key: str, **values: object) -> str:
        return catalogue.text(language, key, **values)

    return builder(snapshot, analyse(snapshot), t, language)


def _num(value: int | Decimal, language: str) -> str:
    return formatting.number(value, language)


def _money(value: Decimal, snapshot: WorkshopSnapshot, language: str) -> str:
    currency = str(snapshot.single("funnel").get("currency") or "")
    whole = value.quantize(Decimal(1))
    code = formatting.currency_code(currency)
    if code is not None:
        from babel import Locale
        from babel.numbers import format_currency

        locale = formatting.locale_for(language)
        pattern = Locale.parse(locale).currency_formats["standard"].pattern.replace(".00", "")
        return format_currency(whole, code, format=pattern, locale=locale, currency_digits=False)
    return formatting.quantity(whole, currency, language)


def _funnel(snapshot: WorkshopSnapshot, analysis: Analysis, t: Text, language: str) -> list[Section]:
    result = analysis.funnel
    if not analysis.funnel_entered or not result.ok or not result.stages:
        return []
    period = str(snapshot.single("funnel").get("period") or "year")
    period_word = t(f"computed.period.{period}") if catalogue.has(f"computed.period.{period}") else period
    mark = t("benchmark.mark")
    rows = []
    for count in result.stages:
        flagged = count.benchmark_dependent
        rate = "" if count.rate_to_next is None else formatting.percent(count.rate_to_next, language)
        source = "" if count.rate_source is None else t(f"choice.{count.rate_source.value}")
        rows.append(
            (
                Cell(count.stage),
                Cell(_num(count.per_period, language) + (f" {mark}" if flagged else ""), benchmark=flagged),
                Cell(_num(count.per_month, language) + (f" {mark}" if flagged else ""), benchmark=flagged),
                Cell(rate),
                Cell(
                    source, benchmark=count.rate_source is not None and count.rate_source.value == "benchmark"
                ),
            )
        )
    table = Table(
        header=(
            t("computed.funnel.stage"),
            t("computed.funnel.per_period", period=period_word),
            t("computed.funnel.per_month"),
            t("computed.funnel.rate"),
            t("computed.funnel.source"),
        ),
        rows=tuple(rows),
        widths=(2.2, 1.3, 1.3, 1.6, 1.4),
        benchmark_legend=t("benchmark.legend"),
    )
    facts: list[tuple[str, str]] = []
    if result.marketing_revenue_per_period is not None:
        facts.append(
            (
                t("computed.funnel.marketing_revenue", period=period_word),
                _money(result.marketing_revenue_per_period, snapshot, language),
            )
        )
    start = snapshot.single("funnel").get("period_start")
    due = result.leads_due_by(start) if start is not None else None
    if start is not None and due is not None and result.sales_cycle_days:
        facts.append(
            (
                t("computed.funnel.leads_due", start=formatting.long_date(start, language)),
                formatting.long_date(due, language),
            )
        )
    blocks: list[Block] = [Paragraph(t("computed.funnel.intro")), table]
    if facts:
        blocks.append(KeyValueList(tuple(facts)))
    sections: list[Section] = [(t("computed.funnel.title"), blocks)]
    capacity = _capacity(analysis, t, language)
    if capacity:
        sections.append((t("computed.capacity.title"), capacity))
    return sections


def _capacity(analysis: Analysis, t: Text, language: str) -> list[Block]:
    capacity = analysis.capacity
    if capacity is None or capacity.problems or capacity.utilisation_percent is None:
        return []
    items = [
        (
            t("computed.capacity.leads", stage=analysis.capacity_stage),
            _num(analysis.capacity_leads_per_month or 0, language),
        ),
    ]
    if capacity.required_hours_per_month is not None:
        items.append((t("computed.capacity.required"), _num(capacity.required_hours_per_month, language)))
    if capacity.available_hours_per_month is not None:
        items.append((t("computed.capacity.available"), _num(capacity.available_hours_per_month, language)))
    items.append(
        (t("computed.capacity.utilisation"), formatting.percent(capacity.utilisation_percent, language))
    )
    if capacity.leads_the_team_can_handle is not None:
        items.append((t("computed.capacity.can_handle"), _num(capacity.leads_the_team_can_handle, language)))
    blocks: list[Block] = [KeyValueList(tuple(items))]
    if capacity.level is CapacityLevel.RED:
        blocks.append(Note(t("computed.capacity.over_title"), t("computed.capacity.over"), NoteKind.WARNING))
    elif capacity.level is CapacityLevel.AMBER:
        blocks.append(
            Note(t("computed.capacity.tight_title"), t("computed.capacity.tight"), NoteKind.WARNING)
        )
    return blocks


def _scoring(snapshot: WorkshopSnapshot, analysis: Analysis, t: Text, language: str) -> list[Section]:
    scoring = analysis.scoring
    if not snapshot.rows_of("scoring_criteria") or scoring.threshold is None or scoring.problems:
        return []
    items = (
        (t("computed.scoring.max_fit"), _num(scoring.max_fit, language)),
        (t("computed.scoring.max_interest"), _num(scoring.max_interest, language)),
        (t("computed.scoring.max_total"), _num(scoring.max_total, language)),
        (t("computed.scoring.threshold"), _num(scoring.threshold, language)),
    )
    blocks: list[Block] = [Paragraph(t("computed.scoring.intro")), KeyValueList(items)]
    blocks.extend(
        Note(t("computed.warning"), _scoring_warning(w, scoring, t, language), NoteKind.WARNING)
        for w in scoring.warnings
    )
    return [(t("computed.scoring.title"), blocks)]


def _scoring_warning(warning: ScoringWarning, scoring: ScoringAnalysis, t: Text, language: str) -> str:
    """The model's warning in the document's language (the model words it in English for the editor)."""
    points = {
        WarningKind.UNREACHABLE: scoring.max_total,
        WarningKind.EMPTY_LEAD_QUALIFIES: scoring.empty_lead_score,
        WarningKind.FIT_ALONE: scoring.max_fit,
        WarningKind.INTEREST_ALONE: scoring.max_interest,
    }
    key = f"computed.scoring.warning.{warning.kind.value}"
    if warning.kind not in points or not catalogue.has(key):
        return warning.message
    threshold = _num(scoring.threshold or 0, language)
    return t(key, threshold=threshold, points=_num(points[warning.kind], language))


def _cadence_warnings(snapshot: WorkshopSnapshot, plan: CadencePlan, t: Text, language: str) -> list[str]:
    """The plan's warning in the document's language: the reverse handoff and the agreed attempts
    disagree (the only warning the cadence gives); anything else as the model words it."""
    rules = snapshot.single("handoff")
    attempts, give_up = rules.get("attempts"), rules.get("return_after_attempts")
    if (
        len(plan.warnings) != 1
        or not isinstance(attempts, int)
        or not isinstance(give_up, int)
        or not give_up
    ):
        return list(plan.warnings)
    if give_up == attempts:
        return list(plan.warnings)
    key = (
        "computed.cadence.warning.stops_early"
        if give_up < attempts
        else "computed.cadence.warning.after_last"
    )
    return [t(key, attempts=_num(attempts, language), give_up=_num(give_up, language))]


def _event_text(event: CadenceEvent, t: Text, language: str) -> str:
    at = _time(event.at, language)
    if event.kind is EventKind.ATTEMPT:
        if event.channel:
            return t("computed.cadence.attempt_by", attempt=event.attempt, channel=event.channel)
        return t("computed.cadence.attempt", attempt=event.attempt)
    if event.kind is EventKind.FIRST_CONTACT_DEADLINE:
        return t("computed.cadence.first_contact", time=at)
    if event.kind is EventKind.ACCEPT_DEADLINE:
        return t("computed.cadence.accept", time=at)
    return t("computed.cadence.return")


def _time(value: datetime | None, language: str) -> str:
    if value is None:
        return ""
    from babel.dates import format_time

    return format_time(value, format="short", locale=formatting.locale_for(language))


def _cadence(snapshot: WorkshopSnapshot, analysis: Analysis, t: Text, language: str) -> list[Section]:
    plan = analysis.cadence
    if plan is None or plan.problems or not plan.events:
        return []
    handoff = analysis.cadence_handoff_at
    rows = tuple(
        (
            Cell(_num(event.business_day, language)),
            Cell(formatting.weekday_date(event.day, language)),
            Cell(_event_text(event, t, language)),
        )
        for event in plan.events
    )
    table = Table(
        header=(t("computed.cadence.day"), t("computed.cadence.date"), t("computed.cadence.event")),
        rows=rows,
        widths=(1.0, 2.0, 4.0),
    )
    intro = t(
        "computed.cadence.intro",
        handoff=f"{formatting.long_date(handoff, language)}, {_time(handoff, language)}",
        days=_num(plan.business_days, language),
    )
    blocks: list[Block] = [Paragraph(intro), table]
    blocks.extend(
        Note(t("computed.warning"), w, NoteKind.WARNING)
        for w in _cadence_warnings(snapshot, plan, t, language)
    )
    return [(t("computed.cadence.title"), blocks)]


_SECTIONS: dict[int, Callable[[WorkshopSnapshot, Analysis, Text, str], list[Section]]] = {
    2: _funnel,
    4: _scoring,
    5: _cadence,
}
