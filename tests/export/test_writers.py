"""The DOCX and PDF a stakeholder receives: read back with independent readers, value by value."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from slaworkshop.export import (
    ExportError,
    TargetExistsError,
    build_document,
    export_workshop,
    formatting,
    render,
)
from slaworkshop.export.document import Document, Paragraph, TitlePage
from slaworkshop.export.pdf import unsupported_characters
from slaworkshop.model.db import open_store, sqlite_url
from slaworkshop.model.fields import Kind
from slaworkshop.services.ops import AddRow, SetClause, SetField
from slaworkshop.services.snapshot import WorkshopSnapshot
from slaworkshop.services.workshops import WorkshopService

from .filling import Filled, fill_workshop
from .readers import docx_header_text, docx_text, libreoffice_to_pdf, pdf_fonts, pdf_text, squeeze


@dataclass
class Exported:
    filled: Filled
    snapshot: WorkshopSnapshot
    docx: Path
    pdf: Path
    folder: Path


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    """One filled workshop exported once in both formats (the store backend is covered below)."""
    folder = tmp_path_factory.mktemp("export")
    store = open_store(sqlite_url(folder / "data" / "slaworkshop.sqlite3"))
    try:
        service = WorkshopService(store)
        filled = fill_workshop(service)
        service.apply(filled.workshop_id, None, [SetClause("funnel", "disputed", "Budget not confirmed.")])
        snapshot = service.get(filled.workshop_id)
    finally:
        store.close()
    docx_path = export_workshop(snapshot, folder / "agreement.docx")
    pdf_path = export_workshop(snapshot, folder / "agreement.pdf")
    return Exported(filled, snapshot, docx_path, pdf_path, folder)


def _assert_in_order(text: str, exported: Exported, what: str) -> None:
    flat = squeeze(text)
    previous_name, previous_at = "", -1
    for name in exported.filled.ordered_entities():
        tokens = exported.filled.tokens[name]
        positions = []
        for token in tokens:
            at = flat.find(squeeze(token))
            assert at >= 0, f"{what}: “{token}” of {name} is missing"
            positions.append(at)
        if positions:
            first = min(positions)
            assert first > previous_at, f"{what}: {name} comes before {previous_name}"
            previous_name, previous_at = name, first


def _expected_numbers(exported: Exported) -> list[str]:
    """1:1 sections' amounts as the reader must see them (English: 1,234.5; money with the currency)."""
    shown = []
    for name, numbers in exported.filled.numbers.items():
        has_currency = any(f.name == "currency" for f, _ in numbers) or name == "funnel"
        for f, value in numbers:
            if f.kind is Kind.PERCENT:
                shown.append(formatting.percent(value, "en"))
            elif f.unit:
                shown.append(formatting.quantity(value, f.unit, "en"))
            elif f.kind is Kind.DECIMAL and has_currency:
                shown.append(formatting.money(value, "EUR", "en"))
            else:
                shown.append(formatting.number(value, "en"))
    return shown


def test_docx_has_every_value_in_chapter_order(exported: Exported) -> None:
    text = docx_text(exported.docx)
    _assert_in_order(text, exported, "DOCX")
    for value in _expected_numbers(exported):
        assert value in text
    assert "Kowalski & Dvořák s.r.o." in text and "Sala „Wisła“" in text
    assert "1 February 2027 – 2 February 2027" in text
    # user text is text: the markup typed into a long text is printed, not interpreted
    assert "R&D <b>nie pogrubione</b>" in text
    # agreement states in words, and the disputed items listed as open points
    assert "Disputed" in text and "Agreed" in text
    open_points = text[text.index("Open points") :]
    assert "Budget not confirmed." in open_points


def test_pdf_has_every_value_in_chapter_order(exported: Exported) -> None:
    text = pdf_text(exported.pdf)
    _assert_in_order(text, exported, "PDF")
    flat = squeeze(text)
    for value in _expected_numbers(exported):
        assert squeeze(value) in flat
    assert squeeze("R&D <b>nie pogrubione</b>") in flat
    assert "Disputed" in text and "Budget not confirmed." in text


def test_both_formats_have_the_same_chapters_in_the_same_order(exported: Exported) -> None:
    document = build_document(exported.snapshot)
    from slaworkshop.export.document import Heading

    chapters = [b.text for b in document.blocks if isinstance(b, Heading) and b.level == 1]
    assert chapters[0] == "1. Parties and purpose" and chapters[-1].endswith("Signatures")
    assert len(chapters) >= 10  # parties, participants, steps 1–8, open points, signatures
    for text in (docx_text(exported.docx), pdf_text(exported.pdf)):
        # the contents list the chapters first; the chapters follow the last mention of chapter 1
        body = text
        at = body.rfind(chapters[0])
        for chapter in chapters[1:]:
            found = body.find(chapter, at + 1)
            assert found > at, chapter
            at = found


def test_pdf_embeds_every_font_and_marks_every_page_as_draft(exported: Exported) -> None:
    fonts = pdf_fonts(exported.pdf)
    assert fonts, "no fonts listed"
    assert all(embedded == "yes" for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)
    pages = [page for page in pdf_text(exported.pdf).split("\f") if page.strip()]
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert "DRAFT" in page, f"page {number} is not marked as a draft"
        assert f"Page {number} of {len(pages)}" in page


def test_docx_marks_draft_has_a_contents_field_and_page_numbers(exported: Exported) -> None:
    header = docx_header_text(exported.docx)
    assert "DRAFT" in header and exported.snapshot.revision and "revision" in header
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(exported.docx))
    instructions = [e.text or "" for e in document.element.body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith("TOC ") for i in instructions)
    footer = document.sections[0].footer
    simple_fields = [
        f.get(qn("w:instr"))
        for p in footer.paragraphs
        for f in p.paragraph_format.element.iter(qn("w:fldSimple"))
    ]
    assert simple_fields == ["PAGE", "NUMPAGES"]
    assert document.core_properties.title.startswith("SLA Marketing–Sales 2027")


def test_libreoffice_opens_the_docx_and_converts_it(exported: Exported, tmp_path: Path) -> None:
    result, converted = libreoffice_to_pdf(exported.docx, tmp_path)
    assert result.returncode == 0, result.stderr
    assert converted.is_file() and converted.stat().st_size > 10_000
    text = squeeze(pdf_text(converted))
    for name in exported.filled.ordered_entities():
        for token in exported.filled.tokens[name][:3]:
            assert squeeze(token) in text


def test_export_through_the_store_on_each_backend(service: WorkshopService, tmp_path: Path) -> None:
    filled = fill_workshop(service, rows=1)
    snapshot = service.get(filled.workshop_id)
    docx_bytes = render(snapshot, "docx")
    pdf_bytes = render(snapshot, "pdf")
    docx_flat, pdf_flat = squeeze(docx_text(docx_bytes)), squeeze(pdf_text(pdf_bytes))
    for tokens in filled.tokens.values():
        for token in tokens:
            assert squeeze(token) in docx_flat and squeeze(token) in pdf_flat


HOSTILE = (
    '<img src="/etc/passwd"/> <b>not bold</b> R&D &nbsp; &amp; ]]> <![CDATA[x]]> <para> "quoted" \'single\''
    " Zażółć gęślą jaźń · Příliš žluťoučký kůň úpěl ďábelské ódy · Größe Straße ÄÖÜ · Ĳsselmeer één"
)


def test_hostile_and_huge_text_appears_literally(service: WorkshopService, tmp_path: Path) -> None:
    huge = " ".join(f"słowo{i}" for i in range(12_000))  # ~100,000 characters
    assert len(huge) >= 100_000
    lines = "first line\nsecond line\n\nafter a blank line"
    wid = service.create(HOSTILE[:200], HOSTILE, facilitator="Zoë <script>")
    service.apply(
        wid,
        None,
        [
            SetField("workshop", "venue", HOSTILE),
            AddRow("participants", {"name": "Ola", "department": "marketing", "role": huge}),
            AddRow("participants", {"name": "Jan", "department": "sales", "role": HOSTILE}),
            AddRow("goals", {"metric": "Revenue", "dependencies": huge + "\n" + lines}),
        ],
    )
    snapshot = service.get(wid)
    docx_path = export_workshop(snapshot, tmp_path / "hostile.docx")
    pdf_path = export_workshop(snapshot, tmp_path / "hostile.pdf")

    docx_body = docx_text(docx_path)
    assert HOSTILE in docx_body and huge in docx_body and lines in docx_body

    pdf_body = pdf_text(pdf_path)
    flat = squeeze(pdf_body)
    assert squeeze(HOSTILE) in flat
    # the 100,000 characters flow over many pages; every word of them is there, in order
    words = [w for w in pdf_body.split() if w.startswith("słowo")]
    assert words[:12_000] == [f"słowo{i}" for i in range(12_000)]
    assert words[12_000:24_000] == [f"słowo{i}" for i in range(12_000)]
    assert "first line\nsecond line" in pdf_body
    # the <img> was printed, not followed: no picture of /etc/passwd, only our logo and watermark
    assert squeeze('<img src="/etc/passwd"/>') in flat


def test_writing_is_atomic_and_never_overwrites_without_being_asked(
    exported: Exported, tmp_path: Path
) -> None:
    target = tmp_path / "agreement.pdf"
    target.write_bytes(b"the signed copy")
    with pytest.raises(TargetExistsError, match="exists already"):
        export_workshop(exported.snapshot, target)
    assert target.read_bytes() == b"the signed copy"
    export_workshop(exported.snapshot, target, overwrite=True)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.pdf"]  # no temporary file left behind
    with pytest.raises(ExportError, match="does not exist"):
        export_workshop(exported.snapshot, tmp_path / "missing" / "a.docx")
    with pytest.raises(ExportError, match=r"\.docx or \.pdf"):
        export_workshop(exported.snapshot, tmp_path / "agreement.txt")
    with pytest.raises(ExportError, match="folder"):
        export_workshop(exported.snapshot, tmp_path, "pdf")


def test_characters_the_font_cannot_draw_are_listed_before_export() -> None:
    page = TitlePage("ACME", "SLA", "Draft", "Draft", "", "")
    document = Document("en", page, (Paragraph("Zażółć 漢字 ok 🚀 ż\u200d\n"),))
    assert unsupported_characters(document) == ["漢", "字", "🚀"]
    assert unsupported_characters(Document("en", page, (Paragraph("Příliš žluťoučký ĲÆŒ €"),))) == []


def test_exporting_loads_no_qt() -> None:
    code = (
        "import sys, slaworkshop.export, slaworkshop.export.docx, slaworkshop.export.pdf, "
        "slaworkshop.export.outline; print('PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "False"


def test_a_broken_style_or_base_document_gives_a_clear_message(tmp_path: Path) -> None:
    from slaworkshop.export.style import load_style

    bad = tmp_path / "style" / "pdf.json"
    bad.parent.mkdir()
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot be used"):
        load_style(bad)
    good = load_style()
    (tmp_path / "style" / "pdf.json").write_text(
        (good.base_docx.parent.parent / "style" / "pdf.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(ExportError, match="font"):
        load_style(tmp_path / "style" / "pdf.json")  # the fonts are not next to this copy
    from dataclasses import replace

    from slaworkshop.export.docx import render_docx

    not_a_docx = tmp_path / "base.docx"
    not_a_docx.write_bytes(b"PK not really")
    page = TitlePage("ACME", "SLA", "Draft", "Draft", "", "")
    with pytest.raises(ExportError, match="not a usable .docx"):
        render_docx(Document("en", page, ()), replace(good, base_docx=not_a_docx))


def test_a_signed_version_carries_no_draft_mark(exported: Exported, tmp_path: Path) -> None:
    from dataclasses import replace

    from slaworkshop.export import ExportOptions

    signed = replace(exported.snapshot, workshop={**exported.snapshot.workshop, "status": "signed"})
    options = ExportOptions(version_label="Version 1", fingerprint="c0ffee" * 10)
    pdf_path = export_workshop(signed, tmp_path / "signed.pdf", options=options)
    docx_path = export_workshop(signed, tmp_path / "signed.docx", options=options)
    pages = [page for page in pdf_text(pdf_path).split("\f") if page.strip()]
    assert all("DRAFT" not in page and "Version 1" in page for page in pages)
    assert "c0ffee" * 10 in squeeze(pages[-1])
    assert "DRAFT" not in docx_header_text(docx_path) and "Version 1" in docx_header_text(docx_path)
    assert "DRAFT" not in docx_text(docx_path)
