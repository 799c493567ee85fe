"""The PDF's table of contents lists every chapter and section with the page it starts on — also
when it needs more than one page — and an export leaves the garbage collector as it found it."""

from __future__ import annotations

import gc
import re
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from slaworkshop.export import build_document
from slaworkshop.export.document import Document, Heading, Paragraph
from slaworkshop.export.heap import long_lived_objects_frozen
from slaworkshop.export.pdf import render_pdf
from slaworkshop.model.db import open_store, sqlite_url
from slaworkshop.services.sample import create_sample
from slaworkshop.services.workshops import WorkshopService

from .readers import pdf_text, squeeze


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Document:
    folder = tmp_path_factory.mktemp("contents")
    store = open_store(sqlite_url(folder / "slaworkshop.sqlite3"))
    try:
        service = WorkshopService(store)
        return build_document(service.get(create_sample(service, "en")))
    finally:
        store.close()


def _heading_pages(pages: list[str], headings: list[Heading], first_body_page: int) -> dict[str, int]:
    """The page each heading is printed on as a heading (pages before ``first_body_page`` are the
    title and contents pages)."""
    found: dict[str, int] = {}
    for heading in headings:
        text = squeeze(heading.text)
        found[heading.text] = next(
            number
            for number, page in enumerate(pages, start=1)
            if number >= first_body_page and text in squeeze(page)
        )
    return found


def _contents_lines(pages: list[str], contents_pages: range) -> list[tuple[str, int]]:
    """(entry, page number) as the contents pages print them."""
    lines: list[tuple[str, int]] = []
    for number in contents_pages:
        for line in pages[number - 1].splitlines():
            match = re.match(r"^\s*(.+?)\s{2,}(\d+)\s*$", line)
            if match:
                lines.append((" ".join(match.group(1).split()), int(match.group(2))))
    return lines


def test_the_sample_contents_lists_every_chapter_with_its_page(sample: Document) -> None:
    pages = pdf_text(render_pdf(sample), layout=True).split("\f")
    headings = [b for b in sample.blocks if isinstance(b, Heading) and b.in_contents]
    assert len(headings) > 30
    contents = pages[1]
    assert "Contents" in contents
    listed = _contents_lines(pages, range(2, 3))
    printed = _heading_pages(pages, headings, first_body_page=3)
    assert [entry for entry, _ in listed] == [" ".join(h.text.split()) for h in headings]
    assert [page for _, page in listed] == [printed[h.text] for h in headings]


def test_a_long_contents_runs_over_several_pages_and_loses_no_entry(sample: Document) -> None:
    extra: list[Heading | Paragraph] = []
    for index in range(90):
        title = f"{20 + index}. Annex {index}"
        if index % 7 == 3:
            title += " with a title long enough to need a second line in the table of contents, as some do"
        extra.append(Heading(title, 1 if index % 5 == 0 else 2))
        extra.append(Paragraph(f"Annex text {index}."))
    document = replace(sample, blocks=(*sample.blocks, *extra))
    pages = pdf_text(render_pdf(document), layout=True).split("\f")
    headings = [b for b in document.blocks if isinstance(b, Heading) and b.in_contents]
    contents_pages = range(
        2,
        next(
            n
            for n, p in enumerate(pages, start=1)
            if n > 2 and "Contents" not in p and squeeze(headings[0].text) in squeeze(p)
        ),
    )
    assert len(contents_pages) >= 3
    flat = squeeze("".join(pages[n - 1] for n in contents_pages))
    for heading in headings:
        assert squeeze(heading.text) in flat, heading.text
    listed = _contents_lines(pages, contents_pages)
    printed = _heading_pages(pages, headings, first_body_page=contents_pages[-1] + 1)
    short = [h for h in headings if "second line" not in h.text]
    by_entry = dict(listed)
    assert all(by_entry[" ".join(h.text.split())] == printed[h.text] for h in short)


def test_an_export_leaves_nothing_frozen_even_when_exports_overlap(sample: Document, tmp_path: Path) -> None:
    assert gc.get_freeze_count() == 0
    with long_lived_objects_frozen():
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with long_lived_objects_frozen():
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen, "an inner block does not unfreeze an outer one"
    assert gc.get_freeze_count() == 0
    errors: list[BaseException] = []

    def export() -> None:
        try:
            assert render_pdf(sample).startswith(b"%PDF")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=export) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    assert gc.get_freeze_count() == 0
