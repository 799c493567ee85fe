"""Arbitrary Unicode and markup through both writers: never an exception, and the text is in the file.

Locally a moderate number of examples keeps the suite quick; in CI (``CI=true``) the "ci" profile
runs 1,000. The text goes through ``clean_text`` first, as every value does where it enters the app.
"""

from __future__ import annotations

import os
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaworkshop.export.document import (
    Cell,
    Document,
    Heading,
    KeyValueList,
    Note,
    Paragraph,
    Table,
    TitlePage,
)
from slaworkshop.export.docx import render_docx
from slaworkshop.export.pdf import drawable_codepoints, render_pdf
from slaworkshop.model.text import clean_text

from .readers import docx_text, pdf_text

settings.register_profile(
    "ci", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PROFILE = "ci" if os.environ.get("CI", "").lower() in ("1", "true", "yes") else "dev"

MARKUP = st.sampled_from(
    [
        "<b>",
        "</b>",
        "<img src='/etc/passwd'/>",
        "&nbsp;",
        "&amp;",
        "R&D",
        "<br/>",
        "<para>",
        "]]>",
        "&#60;",
        "\n",
        "\t",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), MARKUP), max_size=8).map("".join).map(clean_text)

_FONT = drawable_codepoints()
_READABLE_BIDI = {"L", "EN", "ES", "ET", "CS", "ON"}


def _pdf_readable(text: str) -> str:
    """The part of ``text`` pdftotext must give back unchanged: drawable, left-to-right, not combining.

    Right-to-left letters are reordered and combining marks merged by the reader, not by us (so both
    sides are decomposed and marks dropped); spaces
    are dropped because a PDF wraps lines wherever it needs to.
    """
    kept = []
    for original in text:
        # A character the font cannot draw is not in the PDF (the export warns about it before).
        if original.isspace() or ord(original) not in _FONT:
            continue
        for char in unicodedata.normalize("NFKD", original):
            if char.isspace() or unicodedata.category(char)[0] not in "LNPS":
                continue
            if unicodedata.bidirectional(char) not in _READABLE_BIDI:
                continue
            kept.append(char)
    return "".join(kept)


def _document(text: str) -> Document:
    return Document(
        "en",
        TitlePage(client=text, title="SLA", version_label="Draft", status="Draft", date="", facilitator=text),
        (
            Heading("1. Chapter", 1),
            Paragraph(text),
            KeyValueList((("Key", text),)),
            Table(("Column", "Other"), ((Cell(text), Cell("x")), (Cell("y"), Cell(text, benchmark=True)))),
            Note("Open point", text),
        ),
        metadata={"title": text[:100], "author": text[:100]},
    )


@settings(settings.get_profile(PROFILE))
@given(TEXT)
def test_any_text_through_both_writers(text: str) -> None:
    document = _document(text)

    docx_body = docx_text(render_docx(document))
    # python-docx keeps every character (a tab becomes a tab, a line break a break)
    assert docx_body.count(text) >= 4 if text else True

    pdf_body = pdf_text(render_pdf(document))
    expected = _pdf_readable(text)
    if expected:
        assert expected in "".join(_pdf_readable(pdf_body))
