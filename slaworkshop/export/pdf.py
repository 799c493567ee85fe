"""The PDF writer: a :class:`~.document.Document` as a PDF with reportlab's platypus.

* Fonts are the TrueType files shipped in ``templates/fonts/`` (DejaVu Sans), embedded as subsets,
  so Polish, Czech, German and Dutch letters draw on any machine; :func:`unsupported_characters`
  lists what the font cannot draw, so the UI can warn before exporting instead of printing boxes.
* Every user string is escaped before reportlab's Paragraph parses it as markup: ``<img src=…>``,
  ``<b>``, ``R&D`` and ``&nbsp;`` print literally and never reach the file system.
* A table row taller than a page makes reportlab raise ``LayoutError``; long cell text is therefore
  split into continuation rows that each fit a page.
* One layout pass: the contents page is reserved while laying out and filled in when the canvas
  saves, like "Page N of M" and the draft mark on every page — half the time of ``multiBuild``.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle as RLParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as _ReportlabParagraph
from reportlab.platypus import Table as RLTable

from . import document as d
from .files import write_atomic
from .heap import long_lived_objects_frozen
from .style import Style, load_style

# Streams as binary instead of ASCII85 text: reportlab's pure-Python ASCII85 encoder took more than
# half of the export time (the pictures of logo and watermark), and binary streams are smaller.
rl_config.useA85 = 0

_SHORT_TEXT = 400
"""Texts up to this many characters always fit a page in any column we print; longer ones are measured."""


# ----------------------------------------------------------------------------- fonts


@lru_cache(maxsize=4)
def _register_fonts(
    regular: Path, bold: Path, italic: Path, bold_italic: Path, key: str = ""
) -> tuple[str, str, str, str]:
    """Register the TTFs once per process under names derived from their files and the style's
    ``key`` (two styles' ``DejaVuSans.ttf`` may be different fonts)."""
    names = []
    for path in (regular, bold, italic, bold_italic):
        name = f"SLA-{key}-{path.stem}" if key else f"SLA-{path.stem}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        names.append(name)
    pdfmetrics.registerFontFamily(
        names[0], normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )
    return names[0], names[1], names[2], names[3]


def _fonts(style: Style) -> tuple[str, str, str, str]:
    f = style.fonts
    return _register_fonts(f.regular, f.bold, f.italic, f.bold_italic, style.key)


@lru_cache(maxsize=4)
def _covered(font_path: Path) -> frozenset[int]:
    return frozenset(TTFont("probe", str(font_path)).face.charToGlyph)


def drawable_codepoints(style: Style | None = None) -> frozenset[int]:
    """The code points the PDF's regular font has a glyph for."""
    return _covered((style or load_style()).fonts.regular)


def unsupported_characters(document: d.Document, style: Style | None = None) -> list[str]:
    """The characters of ``document`` the PDF font cannot draw, each once, in order of appearance.

    Line breaks, tabs and invisible format characters (e.g. zero-width joiners) are not listed:
    they are never drawn as glyphs.
    """
    style = style or load_style()
    covered = _covered(style.fonts.regular)
    found: dict[str, None] = {}
    for text in document.texts():
        for char in text:
            if ord(char) in covered or char in found or char in "\n\t\r":
                continue
            if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
                continue
            found[char] = None
    return list(found)


# ----------------------------------------------------------------------------- text


class RLParagraph(_ReportlabParagraph):  # type: ignore[misc]
    """reportlab's Paragraph, laid out once per width.

    A paragraph in a table cell is wrapped to the same width three times — when the table measures
    its rows, when it splits at a page end, and when it draws the cell — and breaking it into
    lines is most of an export's time. The line breaks depend on the width only, so a second wrap
    at the width of the last returns that result. (Pieces a split creates are new paragraphs.)
    """

    _wrapped_width: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_width == self._wrapped_width:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(available_width, available_height)
        # Not cached when reportlab refuses the width (0, huge height): it records nothing then.
        self._wrapped_width = available_width if size[0] == available_width else None
        return size


def markup(text: str) -> str:
    """User text as reportlab markup that prints exactly that text."""
    return escape(text).replace("\n", "<br/>")


_BREAK_AT = re.compile(r"\s")


def _split_near_middle(text: str) -> tuple[str, str]:
    middle = len(text) // 2
    window = text[max(0, middle - 200) : middle + 200]
    spaces = [m.start() for m in _BREAK_AT.finditer(window)]
    if spaces:
        offset = max(0, middle - 200)
        cut = min(spaces, key=lambda i: abs(offset + i - middle)) + offset + 1
        if 0 < cut < len(text):
            return text[:cut], text[cut:]
    return text[:middle], text[middle:]


class _Styles:
    def __init__(self, style: Style) -> None:
        regular, bold, italic, _ = _fonts(style)
        self.bold_font = bold
        self.regular_font = regular
        c = style.colour
        size = style.size

        def para(name: str, font: str, points: float, colour: str, **kw: Any) -> RLParagraphStyle:
            return RLParagraphStyle(
                name,
                fontName=font,
                fontSize=points,
                leading=kw.pop("leading", points * 1.3),
                textColor=colors.HexColor(c(colour)),
                splitLongWords=1,
                **kw,
            )

        self.body = para("body", regular, size("body"), "text", spaceAfter=5)
        self.muted = para("muted", regular, size("small"), "muted", spaceAfter=4)
        self.title = para("title", bold, size("title"), "primary", leading=size("title") * 1.2, spaceAfter=10)
        self.subtitle = para("subtitle", regular, size("subtitle"), "accent", spaceAfter=6)
        self.h1 = para("h1", bold, size("h1"), "primary", spaceBefore=14, spaceAfter=8, keepWithNext=1)
        self.h2 = para("h2", bold, size("h2"), "primary", spaceBefore=10, spaceAfter=5, keepWithNext=1)
        self.h3 = para("h3", bold, size("h3"), "accent", spaceBefore=8, spaceAfter=3, keepWithNext=1)
        self.cell = para("cell", regular, size("table"), "text", leading=size("table") * 1.25)
        self.key = para("key", bold, size("table"), "primary", leading=size("table") * 1.25)
        self.head = para("head", bold, size("table"), "table_header_text", leading=size("table") * 1.25)
        self.benchmark = para("benchmark", regular, size("table"), "benchmark", leading=size("table") * 1.25)
        self.draft = para("draft", bold, size("h2"), "draft", spaceBefore=6, spaceAfter=10)
        self.note_title = para("note_title", bold, size("body"), "text")
        self.toc = [
            para("toc1", bold, size("body"), "text", leftIndent=0, spaceBefore=4),
            para("toc2", regular, size("body"), "text", leftIndent=6 * mm),
        ]


# ----------------------------------------------------------------------------- page furniture


def _numbered_canvas(
    source: d.Document,
    style: Style,
    fonts: tuple[str, str, str, str],
    contents: _Contents,
    draw_contents: Callable[[Canvas, int], None],
) -> type[Canvas]:
    """A canvas that knows the page count and every heading's page when it saves."""
    regular, bold = fonts[0], fonts[1]
    margins = style.margins_mm
    muted = colors.HexColor(style.colour("muted"))
    draft = colors.HexColor(style.colour("draft"))
    rule = colors.HexColor(style.colour("rule"))
    title = source.title_page
    left = " · ".join(part for part in (title.client, title.title) if part)
    logo = _logo(style.logo, style.key)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            slots = {slot.page: index for index, slot in enumerate(contents.slots)}
            # Links are numbered by a counter in the page state restored below; carried over so the
            # contents' links on a second page do not reuse the numbers of the first page's.
            links = max((state.get("_annotationCount", 0) for state in self._saved_pages), default=0)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._annotationCount = links
                if self._pageNumber in slots:
                    draw_contents(self, slots[self._pageNumber])
                links = self._annotationCount
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            width, height = self._pagesize
            left_x = margins["left"] * mm
            right_x = width - margins["right"] * mm
            self.saveState()
            # header: running mark on the left, logo on the right, a hairline under both
            top = height - 12 * mm
            if logo is not None:
                logo_w = style.logo_width_mm * mm
                image_w, image_h = logo.getSize()
                logo_h = logo_w * image_h / image_w
                self.drawImage(logo, right_x - logo_w, top - logo_h + 4 * mm, logo_w, logo_h, mask="auto")
            if source.draft:
                self.setFont(bold, style.size("body"))
                self.setFillColor(draft)
            else:
                self.setFont(regular, style.size("small"))
                self.setFillColor(muted)
            self.drawString(left_x, top - 2 * mm, _clip(source.running_label, 90))
            self.setStrokeColor(rule)
            self.setLineWidth(0.5)
            self.line(
                left_x, height - margins["top"] * mm + 4 * mm, right_x, height - margins["top"] * mm + 4 * mm
            )
            # footer
            bottom = margins["bottom"] * mm - 10 * mm
            self.line(left_x, bottom + 4 * mm, right_x, bottom + 4 * mm)
            self.setFont(regular, style.size("small"))
            self.setFillColor(muted)
            self.drawString(left_x, bottom, _clip(left, 80))
            page_text = source.page_label.replace("{page}", str(self._pageNumber)).replace(
                "{pages}", str(total)
            )
            self.drawRightString(right_x, bottom, page_text)
            self.restoreState()

    return NumberedCanvas


@lru_cache(maxsize=4)
def _logo(path: Path | None, _key: str = "") -> ImageReader | None:
    return ImageReader(str(path)) if path is not None and path.is_file() else None


def _clip(text: str, length: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


@lru_cache(maxsize=8)
def _watermark_image(label: str, font_path: Path, colour: str) -> tuple[ImageReader, int, int]:
    """The watermark as a picture, not as text: text extraction (search, copy, screen readers)
    then reads the agreement without stray letters of a huge diagonal "DRAFT" between its lines."""
    from PIL import Image, ImageDraw, ImageFont

    # Big enough to stay crisp at the size drawn, small enough to embed quickly.
    font = ImageFont.truetype(str(font_path), 110)
    left, top, right, bottom = font.getbbox(label)
    width, height = int(right - left) + 20, int(bottom - top) + 20
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    ImageDraw.Draw(image).text((10 - left, 10 - top), label, font=font, fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return ImageReader(buffer), width, height


def _watermark(source: d.Document, style: Style) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, doc: Any) -> None:
        if not source.draft or not source.draft_label.strip():
            return
        image, width, height = _watermark_image(
            _clip(source.draft_label, 20), style.fonts.bold, style.colour("watermark")
        )
        page_width, page_height = doc.pagesize
        target_width = min(page_width * 0.85, width * 0.7)
        target_height = target_width * height / width
        canvas.saveState()
        canvas.translate(page_width / 2, page_height / 2)
        canvas.rotate(50)
        canvas.drawImage(
            image, -target_width / 2, -target_height / 2, target_width, target_height, mask="auto"
        )
        canvas.restoreState()

    return draw


_PAGE_COLUMN = 14 * mm
"""The width of the contents' page-number column."""


@dataclass(frozen=True)
class _Slot:
    page: int
    x: float
    y: float
    width: float
    height: float


@dataclass
class _Contents:
    """The table of contents: its reserved places, and each heading's page once laid out."""

    entries: list[tuple[int, str, int, str]] = field(default_factory=list)  # level, text, page, key
    slots: list[_Slot] = field(default_factory=list)
    pages: list[tuple[int, int]] = field(default_factory=list)  # the entries [start, end) of each slot


class _ContentsSlot(Flowable):  # type: ignore[misc]
    """Takes the rest of its page and remembers where it was put; the canvas fills it in at the end."""

    def __init__(self, contents: _Contents) -> None:
        super().__init__()
        self.contents = contents

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height
        return available_width, available_height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.contents.slots.append(_Slot(self.canv.getPageNumber(), x, y, self.width, self.height))


class _AgreementTemplate(BaseDocTemplate):  # type: ignore[misc]
    contents: _Contents

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        text = flowable.toc_text
        key = flowable.toc_key
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(_clip(text, 120), key, level=level, closed=level > 0)
        self.contents.entries.append((level, text, self.page, key))


# ----------------------------------------------------------------------------- the story


class _PdfWriter:
    def __init__(self, source: d.Document, style: Style) -> None:
        self.source = source
        self.style = style
        self.s = _Styles(style)
        self.page_size = LETTER if style.page_size.upper() == "LETTER" else A4
        m = style.margins_mm
        self.frame_width = self.page_size[0] - (m["left"] + m["right"]) * mm
        self.frame_height = self.page_size[1] - (m["top"] + m["bottom"]) * mm
        # A chunk of cell text must fit a page together with a repeated header row and padding.
        self.max_chunk_height = self.frame_height * 0.75
        self.story: list[Flowable] = []
        self.headings = 0
        self.toc = _Contents()

    # ----------------------------------------------------------------- text that fits
    def fitted(self, text: str, style: RLParagraphStyle, width: float) -> list[RLParagraph]:
        """``text`` as one or more paragraphs, each short enough to sit in a table cell on one page."""
        if len(text) <= _SHORT_TEXT:
            return [RLParagraph(markup(text), style)]
        pieces: list[RLParagraph] = []
        pending = [text]
        while pending:
            piece = pending.pop(0)
            paragraph = RLParagraph(markup(piece), style)
            _, height = paragraph.wrap(width, 1e9)
            if height > self.max_chunk_height and len(piece) > 1:
                first, second = _split_near_middle(piece)
                pending[0:0] = [first, second]
            else:
                pieces.append(paragraph)
        return pieces

    def rows_of(
        self, cells: Sequence[tuple[str, RLParagraphStyle]], widths: Sequence[float]
    ) -> list[list[Any]]:
        """One logical row as table rows: continuation rows carry the rest of long texts."""
        padding = 8
        columns = [
            self.fitted(text, st, max(width - padding, 10))
            for (text, st), width in zip(cells, widths, strict=True)
        ]
        depth = max(len(c) for c in columns)
        return [[column[i] if i < len(column) else "" for column in columns] for i in range(depth)]

    # ----------------------------------------------------------------- blocks
    def title_page(self, page: d.TitlePage) -> None:
        s = self.s
        self.story.append(Spacer(1, 45 * mm))
        if page.client:
            self.story.append(RLParagraph(markup(page.client), s.subtitle))
        for piece in self.fitted(page.title, s.title, self.frame_width):
            self.story.append(piece)
        if page.subtitle:
            self.story.append(RLParagraph(markup(page.subtitle), s.subtitle))
        self.story.append(_Rule(self.frame_width, colors.HexColor(self.style.colour("accent")), 1.5))
        if self.source.draft:
            self.story.append(RLParagraph(markup(self.source.running_label), s.draft))
        else:
            self.story.append(Spacer(1, 8 * mm))
        if page.details:
            self.key_values(d.KeyValueList(page.details))
        self.story.append(NextPageTemplate("body"))
        self.story.append(PageBreak())

    def contents(self, block: d.TableOfContents) -> None:
        title = RLParagraph(markup(block.title), self.s.h1)
        self.story.append(title)
        # Which entries go on which reserved page is decided now, by measuring the contents as it
        # will be drawn (page numbers are at most three digits wide in its own column); the first
        # page has the title above it.
        headings = [
            (b.level - 1, b.text) for b in self.source.blocks if isinstance(b, d.Heading) and b.in_contents
        ]
        heights = [
            self._contents_table([(level, text, 999, "")], self.frame_width).wrap(
                self.frame_width, self.frame_height
            )[1]
            for level, text in headings
        ]
        _, title_height = title.wrap(self.frame_width, self.frame_height)
        room = self.frame_height - title_height - self.s.h1.spaceBefore - self.s.h1.spaceAfter
        pages: list[tuple[int, int]] = []
        first, used = 0, 0.0
        for index, height in enumerate(heights):
            if index > first and used + height > room * 0.98:
                pages.append((first, index))
                first, used, room = index, 0.0, self.frame_height
            used += height
        pages.append((first, len(heights)))
        self.toc.pages = pages
        for index in range(len(pages)):
            if index:
                # Each reserved page of its own: the first slot fills its page, and without the
                # break the next one would be laid out on the same page with no height left.
                self.story.append(PageBreak())
            self.story.append(_ContentsSlot(self.toc))

    def _contents_table(self, entries: Sequence[tuple[int, str, int, str]], width: float) -> RLTable:
        link = self.style.colour("text")
        rows: list[list[Any]] = []
        for level, text, page, key in entries:
            style = self.s.toc[min(max(level, 0), 1)]
            shown = f'<a href="#{key}" color="{link}">{markup(text)}</a>' if key else markup(text)
            rows.append(
                [
                    RLParagraph(shown, style),
                    RLParagraph(str(page), RLParagraphStyle("page", parent=style, alignment=TA_RIGHT)),
                ]
            )
        table = RLTable(rows, colWidths=[width - _PAGE_COLUMN, _PAGE_COLUMN], hAlign="LEFT")
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), self.s.regular_font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(self.style.colour("rule"))),
            ]
        )
        return table

    def draw_contents(self, canvas: Canvas, slot_index: int) -> None:
        """Fill reserved contents page ``slot_index`` now that every heading's page is known."""
        if slot_index >= len(self.toc.pages):
            return
        slot = self.toc.slots[slot_index]
        start, end = self.toc.pages[slot_index]
        entries = self.toc.entries[start:end]
        if not entries:
            return
        table = self._contents_table(entries, slot.width)
        frame = Frame(slot.x, slot.y, slot.width, slot.height, 0, 0, 0, 0, showBoundary=0)
        frame.addFromList([table], canvas)

    def heading(self, block: d.Heading) -> None:
        style = {1: self.s.h1, 2: self.s.h2}.get(block.level, self.s.h3)
        if block.level == 1:
            # A chapter never starts in the last few lines of a page.
            self.story.append(CondPageBreak(40 * mm))
        paragraph = RLParagraph(markup(block.text), style)
        if block.in_contents:
            self.headings += 1
            paragraph.toc_level = block.level - 1
            paragraph.toc_text = block.text
            paragraph.toc_key = f"h{self.headings}"
        self.story.append(paragraph)

    def paragraph(self, block: d.Paragraph) -> None:
        style = self.s.muted if block.style is d.ParagraphStyle.MUTED else self.s.body
        # Paragraphs in the flow split across pages by themselves; very long ones are cut into
        # pieces first so reportlab never lays out 100,000 characters as one object.
        self.story.extend(self.fitted(block.text, style, self.frame_width))

    def key_values(self, block: d.KeyValueList) -> None:
        if not block.items:
            return
        widths = [self.frame_width * 0.32, self.frame_width * 0.68]
        rows: list[list[Any]] = []
        for key, value in block.items:
            rows.extend(self.rows_of([(key, self.s.key), (value, self.s.cell)], widths))
        table = RLTable(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(self._grid_style(len(rows), header=False))
        self.story.append(table)
        self.story.append(Spacer(1, 4 * mm))

    def _grid_style(self, count: int, *, header: bool, stripes: Sequence[int] = ()) -> list[tuple[Any, ...]]:
        rule = colors.HexColor(self.style.colour("rule"))
        commands: list[tuple[Any, ...]] = [
            # Empty cells would otherwise be set in reportlab's default Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), self.s.regular_font),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 0.5, rule),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, rule),
        ]
        if header:
            commands.append(
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(self.style.colour("table_header_background")))
            )
        stripe = colors.HexColor(self.style.colour("table_stripe"))
        commands.extend(("BACKGROUND", (0, row), (-1, row), stripe) for row in stripes)
        return commands

    def table(self, block: d.Table) -> None:
        widths = [self.frame_width * f for f in block.column_widths()]
        rows: list[list[Any]] = [
            [RLParagraph(markup(caption), self.s.head) for caption in block.header],
        ]
        stripes: list[int] = []
        separators: list[int] = []
        for number, row in enumerate(block.rows):
            cells = [(c.text, self.s.benchmark if c.benchmark else self.s.cell) for c in row]
            physical = self.rows_of(cells, widths)
            if number % 2 == 1:
                stripes.extend(range(len(rows), len(rows) + len(physical)))
            if number:
                separators.append(len(rows))
            rows.extend(physical)
        table = RLTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        commands = self._grid_style(len(rows), header=True, stripes=stripes)
        rule = colors.HexColor(self.style.colour("rule"))
        commands.extend(("LINEABOVE", (0, row), (-1, row), 0.25, rule) for row in separators)
        table.setStyle(commands)
        self.story.append(table)
        if block.benchmark_legend and block.has_benchmark:
            legend = RLParagraphStyle(
                "legend", parent=self.s.muted, textColor=colors.HexColor(self.style.colour("benchmark"))
            )
            self.story.append(Spacer(1, 2 * mm))
            self.story.append(RLParagraph(markup(block.benchmark_legend), legend))
        self.story.append(Spacer(1, 4 * mm))

    def note(self, block: d.Note) -> None:
        width = self.frame_width
        colour = self.style.colour("draft" if block.kind is d.NoteKind.WARNING else "note_border")
        rows: list[list[Any]] = [[RLParagraph(markup(block.title), self.s.note_title)]]
        rows.extend([p] for p in self.fitted(block.text, self.s.body, width - 16))
        table = RLTable(rows, colWidths=[width], hAlign="LEFT")
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), self.s.regular_font),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(self.style.colour("note_background"))),
                ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(colour)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
        self.story.append(table)
        self.story.append(Spacer(1, 4 * mm))

    def signatures(self, block: d.SignatureBlock) -> None:
        s = self.s
        self.story.extend(self.fitted(block.intro, s.body, self.frame_width))
        self.story.append(Spacer(1, 6 * mm))
        column = self.frame_width / 2
        line = colors.HexColor(self.style.colour("text"))
        for index in range(0, len(block.signatories), 2):
            pair = block.signatories[index : index + 2]
            cells: list[list[Flowable]] = []
            for person in pair:
                heading = person.role or person.department
                details = ", ".join(
                    part for part in (person.title, person.department) if part and part != heading
                )
                content: list[Flowable] = [RLParagraph(markup(heading), s.key)]
                content.append(
                    RLParagraph(f"<b>{markup(block.name_caption)}:</b> {markup(person.name)}", s.cell)
                )
                if details:
                    content.append(RLParagraph(markup(details), s.cell))
                content.append(Spacer(1, 5 * mm))
                content.append(
                    RLParagraph(f"<b>{markup(block.date_caption)}:</b> {markup(person.signed_on)}", s.cell)
                )
                typed, drawn = _approval(person)
                # The same height with or without a drawn signature, so the lines of a pair align.
                content.append(Spacer(1, 3 * mm))
                content.append(_signature_box(drawn))
                content.append(_Rule(column - 16 * mm, line, 0.6))
                content.append(RLParagraph(markup(block.signature_caption), s.muted))
                if typed:
                    content.append(RLParagraph(markup(typed), s.muted))
                cells.append(content)
            if len(cells) == 1:
                cells.append([])
            table = RLTable([cells], colWidths=[column, column], hAlign="LEFT")
            table.setStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), s.regular_font),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
            self.story.append(KeepTogether([table, Spacer(1, 8 * mm)]))
        self.story.extend(self.fitted(block.fingerprint, s.muted, self.frame_width))

    # ----------------------------------------------------------------- build
    def build(self) -> bytes:
        self.title_page(self.source.title_page)
        for block in self.source.blocks:
            if isinstance(block, d.TableOfContents):
                self.contents(block)
            elif isinstance(block, d.Heading):
                self.heading(block)
            elif isinstance(block, d.Paragraph):
                self.paragraph(block)
            elif isinstance(block, d.KeyValueList):
                self.key_values(block)
            elif isinstance(block, d.Table):
                self.table(block)
            elif isinstance(block, d.Note):
                self.note(block)
            elif isinstance(block, d.SignatureBlock):
                self.signatures(block)
            elif isinstance(block, d.PageBreak):
                self.story.append(PageBreak())
        # Space after the last table would otherwise start an empty last page when the table ends
        # at the foot of a page.
        while self.story and isinstance(self.story[-1], Spacer):
            self.story.pop()
        buffer = io.BytesIO()
        m = self.style.margins_mm
        meta = self.source.metadata
        template = _AgreementTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=m["left"] * mm,
            rightMargin=m["right"] * mm,
            topMargin=m["top"] * mm,
            bottomMargin=m["bottom"] * mm,
            title=meta.get("title", ""),
            author=meta.get("author", ""),
            subject=meta.get("subject", ""),
            keywords=meta.get("keywords", ""),
            creator="SLA Workshop",
            lang=self.source.language,
            invariant=1,
            # Otherwise the canvas starts every page in Helvetica, listed in the PDF but not embedded.
            initialFontName=self.s.regular_font,
            initialFontSize=self.style.size("body"),
        )
        frame = Frame(
            template.leftMargin,
            template.bottomMargin,
            template.width,
            template.height,
            id="body",
            showBoundary=0,
        )
        watermark = _watermark(self.source, self.style)
        template.addPageTemplates(
            [
                PageTemplate(id="title", frames=[frame], onPage=watermark),
                PageTemplate(id="body", frames=[frame], onPage=watermark),
            ]
        )
        template.contents = self.toc
        canvas = _numbered_canvas(self.source, self.style, _fonts(self.style), self.toc, self.draw_contents)
        template.build(self.story, canvasmaker=canvas)
        return buffer.getvalue()


class _Rule(Flowable):  # type: ignore[misc]
    """A horizontal line: under the title, and where a signature goes."""

    def __init__(self, width: float, colour: colors.Color, thickness: float) -> None:
        super().__init__()
        self.width = width
        self.colour = colour
        self.thickness = thickness

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return min(self.width, available_width), self.thickness + 4

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, 2, self.width, 2)


def _approval(person: d.Signatory) -> tuple[str, bytes | None]:
    """The typed-name line and drawn signature of a signatory who approved (``outline.ApprovedSignatory``)."""
    typed = getattr(person, "typed_name", "")
    drawn = getattr(person, "signature_png", None)
    return (typed if isinstance(typed, str) else ""), (drawn if isinstance(drawn, bytes) and drawn else None)


_SIGNATURE_BOX = (55 * mm, 18 * mm)
"""Where a signature goes above its line: a drawn one is scaled into it, proportions kept."""


def _signature_box(png: bytes | None) -> Flowable:
    if png is None:
        return Spacer(1, _SIGNATURE_BOX[1])
    reader = ImageReader(io.BytesIO(png))
    pixels_wide, pixels_high = reader.getSize()
    scale = min(_SIGNATURE_BOX[0] / max(pixels_wide, 1), _SIGNATURE_BOX[1] / max(pixels_high, 1))
    image = Image(io.BytesIO(png), width=pixels_wide * scale, height=pixels_high * scale)
    box = RLTable([[image]], colWidths=[_SIGNATURE_BOX[0]], rowHeights=[_SIGNATURE_BOX[1]], hAlign="LEFT")
    box.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("ALIGN", (0, 0), (-1, -1), "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return box


def render_pdf(document: d.Document, style: Style | None = None) -> bytes:
    """The PDF file's bytes."""
    with long_lived_objects_frozen():
        return _PdfWriter(document, style or load_style()).build()


def write_pdf(
    document: d.Document, target: str | Path, *, overwrite: bool = False, style: Style | None = None
) -> Path:
    """Write the PDF atomically; raises :class:`~.files.TargetExistsError` unless ``overwrite``."""
    return write_atomic(target, render_pdf(document, style), overwrite=overwrite)
