"""What the agreement says and in which order, checked on the format-neutral document (no writer)."""

from __future__ import annotations

from datetime import date

from slaworkshop.export import ExportOptions, build_document
from slaworkshop.export.document import (
    Document,
    Heading,
    KeyValueList,
    Note,
    Signatory,
    SignatureBlock,
    Table,
)
from slaworkshop.services.ops import AddRow, SetClause, SetField
from slaworkshop.services.workshops import WorkshopService


def _headings(document: Document, level: int | None = None) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Heading) and (level is None or b.level == level)]


def _all_text(document: Document) -> str:
    return "\n".join(document.texts())


def test_an_empty_workshop_prints_no_empty_chapters(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA")
    document = build_document(service.get(wid), ExportOptions(issued=date(2027, 1, 5)))
    assert _headings(document, 1) == ["1. Parties and purpose", "2. Signatures"]
    # every heading has something under it before the next heading of the same or a higher level
    blocks = list(document.blocks)
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            assert following is not None
            assert not (isinstance(following, Heading) and following.level <= block.level), block.text
    assert document.draft and document.running_label == f"DRAFT · Draft, revision {service.get(wid).revision}"
    assert ("Issued", "5 January 2027") in document.title_page.details


def test_chapters_follow_the_workshop_steps(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA", date_start=date(2027, 2, 1))
    service.apply(
        wid,
        None,
        [
            AddRow("participants", {"name": "Ann", "department": "marketing"}),
            AddRow(
                "kpis", {"name": "MQLs per month", "target": "120", "unit": "MQLs", "agreement": "agreed"}
            ),
            AddRow(
                "goals",
                {"metric": "New revenue", "target": "2400000", "unit": "EUR", "agreement": "disputed"},
            ),
            SetField("governance", "amendments", "In writing, signed by both heads."),
            SetClause("governance.term", "parked", "Renewal date after the pilot."),
        ],
    )
    document = build_document(service.get(wid))
    assert _headings(document, 1) == [
        "1. Parties and purpose",
        "2. Participants",
        "3. Shared goals",
        "4. Key performance indicators",
        "5. Governance and escalation",
        "6. Open points",
        "7. Signatures",
    ]
    text = _all_text(document)
    assert "€2,400,000.00" in text  # a goal in euros is money
    assert "120 MQLs" in text  # a KPI target with its unit
    assert "Agreement on Term, review and amendments" in text and "Parked" in text
    open_points = next(b for b in document.blocks if isinstance(b, Table) and b.header[0] == "Section")
    items = {(row[1].text, row[2].text) for row in open_points.rows}
    assert ("New revenue", "Disputed") in items
    assert ("Term, review and amendments", "Parked") in items
    assert ("MQLs per month", "Agreed") not in items
    assert any(isinstance(b, Note) for b in document.blocks)


def test_numbers_and_dates_follow_the_workshop_language(service: WorkshopService) -> None:
    wid = service.create("Müller GmbH", "SLA", language="de", date_start=date(2027, 2, 1))
    service.apply(
        wid,
        None,
        [
            SetField("funnel", "revenue_target", "1234567.5"),
            SetField("funnel", "currency", "EUR"),
            SetField("funnel", "marketing_share", "12.5"),
            SetField("funnel", "sales_cycle_days", 90),
        ],
    )
    text = _all_text(build_document(service.get(wid)))
    assert "1.234.567,50\xa0€" in text
    assert "12,5\xa0%" in text
    assert "90 Tage" in text  # the unit of the field, in the document's language
    assert "1. Februar 2027" in text


def test_benchmark_rates_are_flagged_wherever_they_appear(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA")
    service.apply(
        wid,
        None,
        [
            AddRow("stages", {"name": "Lead", "conversion_rate": "25", "rate_source": "benchmark"}),
            AddRow("stages", {"name": "MQL", "conversion_rate": "40", "rate_source": "own_data"}),
        ],
    )
    document = build_document(service.get(wid))
    text = _all_text(document)
    assert "25% †" in text and "Benchmark †" in text
    assert "40%" in text and "40% †" not in text
    assert "† Based on a published benchmark, not on the client's own data." in text


def test_signature_block_names_the_signatories_and_the_fingerprint(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA")
    signed = ExportOptions(
        version_label="Version 2",
        signatories=(
            Signatory("Ann Smith", "Head of Marketing", "Marketing", "Marketing lead", "3 March 2027"),
        ),
        fingerprint="ab" * 32,
    )
    document = build_document(service.get(wid), signed)
    block = next(b for b in document.blocks if isinstance(b, SignatureBlock))
    assert block.signatories[0].name == "Ann Smith"
    assert block.fingerprint.endswith("ab" * 32)
    assert document.version_label == "Version 2"
    unsigned = build_document(service.get(wid))
    block = next(b for b in unsigned.blocks if isinstance(b, SignatureBlock))
    assert [s.role for s in block.signatories] == ["For Marketing", "For Sales"]
    assert block.fingerprint == "Fingerprint: recorded when this version is signed."


def test_the_workshop_and_parties_are_named(service: WorkshopService) -> None:
    wid = service.create(
        "R&D <Labs>", "SLA", facilitator="Zoë", venue="Sala „Wisła“", date_start=date(2027, 2, 1)
    )
    service.apply(wid, None, [SetField("workshop", "date_end", "2027-02-03")])
    document = build_document(service.get(wid))
    lists = [dict(b.items) for b in document.blocks if isinstance(b, KeyValueList)]
    assert {
        "First party": "Marketing department of R&D <Labs>",
        "Second party": "Sales department of R&D <Labs>",
    } in lists
    workshop = next(items for items in lists if "Venue" in items)
    assert workshop["Date"] == "1 February 2027 – 3 February 2027"
    assert workshop["Venue"] == "Sala „Wisła“" and workshop["Facilitator"] == "Zoë"


def test_picked_participants_are_named_not_shown_as_ids(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA")
    ann = AddRow("participants", {"name": "Ann Smith", "department": "marketing"})
    bob = AddRow("participants", {"name": "Bob Jones", "department": "sales"})
    service.apply(wid, None, [ann, bob])
    service.apply(wid, None, [SetField("governance", "core_team", f"{ann.row_id} {bob.row_id}")])
    text = _all_text(build_document(service.get(wid)))
    assert "Ann Smith, Bob Jones" in text and ann.row_id not in text
