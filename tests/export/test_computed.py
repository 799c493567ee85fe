"""The computed sections of the agreement (funnel, capacity, scoring check, cadence) print what the
editor computes, and are left out while they cannot be computed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from slaworkshop.export import ExportOptions, build_document
from slaworkshop.export.document import Document, Heading, Table
from slaworkshop.services.analysis import analyse
from slaworkshop.services.ops import SetField
from slaworkshop.services.sample import create_sample
from slaworkshop.services.workshops import WorkshopService

OPTIONS = ExportOptions(issued=date(2027, 1, 5))


def _table_after(document: Document, heading_end: str) -> Table:
    blocks = list(document.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text.endswith(heading_end))
    return next(b for b in blocks[start:] if isinstance(b, Table))


def test_the_funnel_table_prints_the_computed_counts_with_benchmark_marks(service: WorkshopService) -> None:
    wid = create_sample(service, "en")
    snapshot = service.get(wid)
    document = build_document(snapshot, OPTIONS)
    table = _table_after(document, "The reverse funnel")
    funnel = analyse(snapshot).funnel
    assert [row[0].text for row in table.rows] == [s.stage for s in funnel.stages]
    for row, count in zip(table.rows, funnel.stages, strict=True):
        assert row[1].text.replace(",", "").split()[0] == str(count.per_period)
        assert row[2].text.replace(",", "").split()[0] == str(count.per_month)
        assert row[1].benchmark == count.benchmark_dependent
    assert table.benchmark_legend
    assert any(h.text.endswith("Follow-up capacity") for h in document.blocks if isinstance(h, Heading))


def test_the_cadence_lists_every_attempt_and_the_return_to_marketing(service: WorkshopService) -> None:
    wid = create_sample(service, "en")
    snapshot = service.get(wid)
    table = _table_after(build_document(snapshot, OPTIONS), "Follow-up cadence")
    plan = analyse(snapshot).cadence
    assert plan is not None and len(table.rows) == len(plan.events)
    texts = [row[2].text for row in table.rows]
    assert sum(t.startswith("Contact attempt") for t in texts) == len(plan.attempts)
    assert texts[-1].endswith("returns to Marketing")


def test_computed_sections_are_left_out_while_the_inputs_do_not_compute(service: WorkshopService) -> None:
    wid = create_sample(service, "en")
    snapshot = service.get(wid)
    service.apply(wid, snapshot.revision, [SetField("funnel", "average_deal_size", Decimal(0))])
    document = build_document(service.get(wid), OPTIONS)
    headings = [b.text for b in document.blocks if isinstance(b, Heading)]
    assert not any(h.endswith("The reverse funnel") for h in headings)
    assert not any(h.endswith("Follow-up capacity") for h in headings)
    assert any(h.endswith("Follow-up cadence") for h in headings)  # step 5 does not need the funnel


def test_german_figures_are_formatted_for_german_readers(service: WorkshopService) -> None:
    wid = create_sample(service, "de")
    table = _table_after(build_document(service.get(wid), OPTIONS), "Der rückwärts gerechnete Funnel")
    assert table.rows[0][1].text.startswith("3.156")
