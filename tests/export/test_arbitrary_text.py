"""Arbitrary Unicode and markup through both writers: never an exception, and the text is in the file.

Locally a moderate number of examples keeps the suite quick; in CI (``CI=true``) the "ci" profile
runs 1,000. The text goes through ``clean_text`` first, as every value does where it enters the app.
"""

from __future__ import annotations

import os
import unicodedata

from hypothesis import HealthCheck, example, given, settings
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

from .readers import docx_body_text, pdf_text

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
_RIGHT_TO_LEFT = {"R", "AL", "AN", "RLE", "RLO", "RLI"}


def _pdf_readable(text: str) -> list[str]:
    """The runs of ``text`` pdftotext must give back unchanged: drawable, left-to-right, not combining.

    Right-to-left letters are reordered and combining marks merged by the reader, not by us (so both
    sides are decomposed and marks dropped); spaces are dropped because a PDF wraps lines wherever
    it needs to. The text is cut into runs wherever something was dropped that a reader may move.
    """
    runs = [""]
    for original in text:
        if original.isspace():
            continue
        if ord(original) not in _FONT or unicodedata.bidirectional(original) in _RIGHT_TO_LEFT:
            # Not drawn (the export warns about it before), or reordered by the reader.
            runs.append("")
            continue
        for char in unicodedata.normalize("NFKD", original):
            bidi = unicodedata.bidirectional(char)
            if bidi in _RIGHT_TO_LEFT:
                runs.append("")
                continue
            if char.isspace() or unicodedata.category(char)[0] not in "LNPS" or bidi not in _READABLE_BIDI:
                continue
            runs[-1] += char
    return [run for run in runs if run]


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
@example("0000؋\u07fb000000؋\u07fb0000000؋\u07fb00001\u058bۀ1")  # right-to-left letters between digits
@example("！")  # a character the font cannot draw (listed by unsupported_characters)
@example("<img src='/etc/passwd'/> R&D &nbsp; <b>\n\t</b>")
def test_any_text_through_both_writers(text: str) -> None:
    document = _document(text)

    docx_body = docx_body_text(render_docx(document))
    # python-docx keeps every character (a tab becomes a tab, a line break a break)
    assert docx_body.count(text) >= 4 if text else True

    pdf_body = "".join(_pdf_readable(pdf_text(render_pdf(document))))
    for run in _pdf_readable(text):
        assert run in pdf_body
