"""The DOCX writer: a :class:`~.document.Document` onto the base document ``templates/docx/base.docx``.

The base document carries the look (styles, header logo, margins); this module only adds content
through python-docx's public API. Where python-docx has no API (cell shading, a repeated table
header, fields such as the table of contents and page numbers), elements are built with its
``OxmlElement`` helper — never by concatenating XML strings. python-docx escapes text itself, so
user text such as ``<b>`` or ``R&D`` is stored as the characters typed.

Speed: the bulk of a document — headings, paragraphs and every table — is built as elements with
lxml directly (``_Xml``), giving exactly the XML python-docx's API gives, without its per-call
schema searches (each added cell, run or property scanned its parent's children; a big workshop
spent most of its export time there). Text still only ever becomes element text, never markup.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

from slaworkshop.model.messages import msg

from .document import (
    Document,
    Heading,
    KeyValueList,
    Note,
    NoteKind,
    PageBreak,
    Paragraph,
    ParagraphStyle,
    Signatory,
    SignatureBlock,
    Table,
    TableOfContents,
    TitlePage,
)
from .files import ExportError, write_atomic
from .formatting import locale_for
from .heap import long_lived_objects_frozen
from .style import Style, load_style

_REQUIRED_STYLES = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Muted",
    "Table Text",
    "Table Heading",
    "Key",
    "Note",
    "Running Mark",
    "toc 1",
    "toc 2",
    "TOC Heading",
    "SLA Table",
    "SLA Key Values",
)
_TOC_INSTRUCTION = r'TOC \o "1-2" \h \z \u'


def _base_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
    except OSError as exc:
        raise ExportError(
            msg(
                "The base document {path} cannot be read: {reason}.",
                path=str(path),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    # Keyed on the file's version too: a base document edited on disk is read again.
    return _read_base(path, info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=4)
def _read_base(path: Path, _mtime_ns: int, _size: int) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ExportError(
            msg(
                "The base document {path} cannot be read: {reason}.",
                path=str(path),
                reason=exc.strerror or str(exc),
            )
        ) from exc


def check_base_document(path: Path) -> None:
    """Raise :class:`ExportError` unless ``path`` opens as a .docx with a page setup and every style
    the writer uses (the checks ``_DocxWriter`` makes, without writing anything)."""
    try:
        word = docx.Document(io.BytesIO(_base_bytes(path)))
        sections = len(word.sections)
        names = {s.name for s in word.styles if s.name}
    except ExportError:
        raise
    except Exception as exc:  # python-docx raises several kinds for a broken package
        raise ExportError(
            msg(
                "The base document {path} is not a usable .docx: {reason}.",
                path=str(path),
                reason=str(exc)[:200],
            )
        ) from exc
    if not sections:
        raise ExportError(
            msg(
                "The base document {path} has no page setup (section); save it again in Word.", path=str(path)
            )
        )
    missing = [n for n in _REQUIRED_STYLES if n not in names]
    if missing:
        raise ExportError(
            msg(
                "The base document {path} lacks the styles {styles}.",
                path=str(path),
                styles=", ".join(missing),
            )
        )


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _w(tag: str) -> str:
    return f"{{{nsmap['w']}}}{tag}"


class _Xml:
    """Element names, resolved once (python-docx's ``qn`` splits the prefixed name on every call)."""

    P = _w("p")
    PPR = _w("pPr")
    PSTYLE = _w("pStyle")
    KEEP_NEXT = _w("keepNext")
    R = _w("r")
    RPR = _w("rPr")
    COLOR = _w("color")
    T = _w("t")
    TAB = _w("tab")
    BR = _w("br")
    TBL = _w("tbl")
    TBL_PR = _w("tblPr")
    TBL_STYLE = _w("tblStyle")
    TBL_W = _w("tblW")
    JC = _w("jc")
    TBL_LAYOUT = _w("tblLayout")
    TBL_LOOK = _w("tblLook")
    TBL_GRID = _w("tblGrid")
    GRID_COL = _w("gridCol")
    TR = _w("tr")
    TR_PR = _w("trPr")
    TBL_HEADER = _w("tblHeader")
    TC = _w("tc")
    TC_PR = _w("tcPr")
    TC_W = _w("tcW")
    VAL = _w("val")
    TYPE = _w("type")
    W = _w("w")
    SPACE = qn("xml:space")
    # The table look python-docx gives every new table (first row and column emphasised, banded rows).
    LOOK = {
        _w("firstColumn"): "1",
        _w("firstRow"): "1",
        _w("lastColumn"): "0",
        _w("lastRow"): "0",
        _w("noHBand"): "0",
        _w("noVBand"): "1",
        _w("val"): "04A0",
    }


_SPECIAL_CHARACTERS = re.compile(r"([\t\r\n])")


def _append_text(run: Any, text: str) -> None:
    """``text`` into the ``<w:r>`` ``run`` as python-docx's ``Run.text`` puts it: a tab becomes
    ``<w:tab/>``, a line break or carriage return ``<w:br/>``, everything else ``<w:t>`` (with
    ``xml:space="preserve"`` where leading or trailing spaces would otherwise be lost)."""
    sub = etree.SubElement
    if "\t" in text or "\n" in text or "\r" in text:
        pieces: Sequence[str] = _SPECIAL_CHARACTERS.split(text)
    else:
        pieces = (text,)
    for piece in pieces:
        if piece == "\t":
            sub(run, _Xml.TAB)
        elif piece == "\n" or piece == "\r":
            sub(run, _Xml.BR)
        elif piece:
            element = sub(run, _Xml.T)
            element.text = piece
            if len(piece.strip()) < len(piece):
                element.set(_Xml.SPACE, "preserve")


def _fill_paragraph(
    paragraph: Any,
    style_id: str,
    text: str,
    *,
    run: bool,
    keep_next: bool = False,
    colour: str | None = None,
) -> Any:
    """The empty ``<w:p>`` ``paragraph`` in style ``style_id`` with ``text`` in one run. ``run``
    adds the run even for an empty text (as ``add_run("")`` does in a table cell)."""
    sub = etree.SubElement
    properties = sub(paragraph, _Xml.PPR)
    sub(properties, _Xml.PSTYLE, {_Xml.VAL: style_id})
    if keep_next:
        sub(properties, _Xml.KEEP_NEXT)
    if run or text:
        r = sub(paragraph, _Xml.R)
        if colour:
            sub(sub(r, _Xml.RPR), _Xml.COLOR, {_Xml.VAL: colour})
        if text:
            _append_text(r, text)
    return paragraph


class _DocxWriter:
    def __init__(self, document: Document, style: Style) -> None:
        self.source = document
        self.style = style
        try:
            self.word: WordDocument = docx.Document(io.BytesIO(_base_bytes(style.base_docx)))
        except ExportError:
            raise
        except Exception as exc:  # python-docx raises several kinds for a broken package
            raise ExportError(
                msg(
                    "The base document {path} is not a usable .docx: {reason}.",
                    path=str(style.base_docx),
                    reason=str(exc),
                )
            ) from exc
        self.style_ids = {s.name: s.style_id for s in self.word.styles if s.name}
        missing = [n for n in _REQUIRED_STYLES if n not in self.style_ids]
        if missing:
            raise ExportError(
                msg(
                    "The base document {path} lacks the styles {styles}.",
                    path=str(style.base_docx),
                    styles=", ".join(missing),
                )
            )
        section = self.word.sections[0]
        self.text_width = (
            int(section.page_width or Mm(210))
            - int(section.left_margin or 0)
            - int(section.right_margin or 0)
        )
        # Body content goes before the body's closing section properties, as python-docx puts it.
        self.body = self.word.element.body
        self.body_end = self.body.find(qn("w:sectPr"))

    # ----------------------------------------------------------------- helpers
    # python-docx exposes a paragraph's <w:p> element publicly as ``paragraph_format.element``;
    # from there lxml's getparent() reaches the cell and row. That keeps us off private attributes.
    @staticmethod
    def _p(paragraph: WordParagraph) -> Any:
        return paragraph.paragraph_format.element

    def _repeat_header(self, table: WordTable) -> None:
        row = self._p(table.rows[0].cells[0].paragraphs[0]).getparent().getparent()
        tr_pr = row.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        tr_pr.append(header)

    def _paragraph_border(self, paragraph: WordParagraph, side: str, colour: str, size: int = 6) -> None:
        p_pr = self._p(paragraph).get_or_add_pPr()
        borders = p_pr.find(qn("w:pBdr"))
        if borders is None:
            borders = OxmlElement("w:pBdr")
            p_pr.append(borders)
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), str(size))
        line.set(qn("w:space"), "4")
        line.set(qn("w:color"), colour.lstrip("#").upper())
        borders.append(line)

    def _paragraph_shading(self, paragraph: WordParagraph, colour: str) -> None:
        p_pr = self._p(paragraph).get_or_add_pPr()
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), colour.lstrip("#").upper())
        p_pr.append(shading)

    def _field(self, paragraph: WordParagraph, instruction: str, shown: str) -> None:
        """A simple field (PAGE, NUMPAGES) that Word and LibreOffice compute on display."""
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instruction)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = shown
        run.append(text)
        field.append(run)
        self._p(paragraph).append(field)

    def _fld_char(self, paragraph: WordParagraph, kind: str) -> None:
        run = paragraph.add_run()
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run.element.append(char)

    def _body_element(self, tag: str) -> Any:
        """A new empty element at the end of the body (before its section properties)."""
        element = self.body.makeelement(tag, {})
        if self.body_end is not None:
            self.body_end.addprevious(element)
        else:
            self.body.append(element)
        return element

    def _add(self, container: Any, style: str, text: str = "") -> WordParagraph:
        if container is self.word:
            element = _fill_paragraph(self._body_element(_Xml.P), self.style_ids[style], text, run=False)
            return WordParagraph(element, self.word)
        paragraph: WordParagraph = container.add_paragraph()
        self._set_style(paragraph, style)
        if text:
            paragraph.add_run(text)
        return paragraph

    def _spacer(self) -> None:
        """An empty paragraph (``<w:p/>``) after a table."""
        self._body_element(_Xml.P)

    def _set_style(self, paragraph: WordParagraph, style: str) -> None:
        # python-docx's ``paragraph.style = …`` scans every style of the document on each call;
        # setting the cached style id on the element makes big exports several times faster.
        self._p(paragraph).style = self.style_ids[style]

    def _page_break(self) -> None:
        self.word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _cell_text(
        self, cell: Any, text: str, style: str, colour: str | None = None, bold: bool = False
    ) -> None:
        paragraph = cell.paragraphs[0]
        self._set_style(paragraph, style)
        run = paragraph.add_run(text)
        if colour:
            run.font.color.rgb = _rgb(colour)
        if bold:
            run.bold = True

    def _widths(self, table: WordTable, fractions: tuple[float, ...]) -> None:
        """Fixed column widths. Called before rows are added: python-docx gives each added cell the
        width of its grid column, which saves setting ~15,000 cell widths in a big workshop."""
        table.autofit = False
        widths = [int(self.text_width * f) for f in fractions]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = width

    # ----------------------------------------------------------------- page furniture
    def _headers(self) -> list[Any]:
        """Every header a page of the document can show: a base document may give the first page
        or even pages their own, and later sections may not share the first one's."""
        headers: list[Any] = []
        even_pages = bool(self.word.settings.odd_and_even_pages_header_footer)
        for index, section in enumerate(self.word.sections):
            candidates = [section.header]
            if section.different_first_page_header_footer:
                candidates.append(section.first_page_header)
            if even_pages:
                candidates.append(section.even_page_header)
            headers.extend(h for h in candidates if index == 0 or not h.is_linked_to_previous)
        return headers

    def furniture(self) -> None:
        section = self.word.sections[0]
        # The running mark (DRAFT and the version label on drafts) goes into every header in use,
        # so no page of a draft goes without it.
        for header in self._headers():
            mark = self._add(header, "Running Mark")
            run = mark.add_run(self.source.running_label)
            if self.source.draft:
                run.bold = True
                run.font.color.rgb = _rgb(self.style.colour("draft"))
                run.font.size = Pt(self.style.size("body"))
        footer = section.footer
        line = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        self._set_style(line, "Running Mark")
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title = self.source.title_page
        left = " · ".join(part for part in (title.client, title.title) if part)
        if left:
            line.add_run(left + "    ")
        # "Page {page} of {pages}" with the numbers as fields, in the catalogue's word order.
        label = self.source.page_label
        before, _, rest = label.partition("{page}")
        middle, _, after = rest.partition("{pages}")
        if before:
            line.add_run(before)
        self._field(line, "PAGE", "1")
        if middle:
            line.add_run(middle)
        if "{pages}" in rest:
            self._field(line, "NUMPAGES", "1")
        if after:
            line.add_run(after)
        props = self.word.core_properties
        meta = self.source.metadata
        props.title = meta.get("title", "")[:255]
        props.author = meta.get("author", "")[:255]
        props.subject = meta.get("subject", "")[:255]
        props.keywords = meta.get("keywords", "")[:255]
        props.language = self.source.language
        self._set_proofing_language()
        props.comments = self.source.running_label[:255]

    def _set_proofing_language(self) -> None:
        """Word spell-checks the text in the document's language (de-DE, nl-NL, en-GB), not in the
        base document's: every language mark of the styles follows the workshop's language."""
        tag = locale_for(self.source.language).replace("_", "-")
        styles = self.word.styles.element
        marks = styles.findall(".//" + qn("w:lang"))
        if not marks:
            defaults = styles.find(qn("w:docDefaults"))
            if defaults is None:
                return
            properties = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
            if properties is None:
                return
            marks = [etree.SubElement(properties, qn("w:lang"))]
        for mark in marks:
            mark.set(qn("w:val"), tag)

    # ----------------------------------------------------------------- blocks
    def title_page(self, page: TitlePage) -> None:
        for _ in range(4):
            self.word.add_paragraph()
        if page.client:
            client = self._add(self.word, "Subtitle", page.client)
            client.paragraph_format.space_after = Pt(4)
        self._add(self.word, "Title", page.title)
        if page.subtitle:
            self._add(self.word, "Subtitle", page.subtitle)
        rule = self.word.add_paragraph()
        self._paragraph_border(rule, "bottom", self.style.colour("accent"), 12)
        if self.source.draft:
            mark = self.word.add_paragraph()
            run = mark.add_run(self.source.running_label)
            run.bold = True
            run.font.size = Pt(self.style.size("h2") + 1)
            run.font.color.rgb = _rgb(self.style.colour("draft"))
        if page.details:
            self.key_values(KeyValueList(page.details))
        self._page_break()

    def contents(self, block: TableOfContents) -> None:
        self._add(self.word, "TOC Heading", block.title)
        # A real TOC field; its cached result lists the chapters (without page numbers) so the
        # document reads well before Word updates the field, which settings ask it to do on open.
        entries = [b for b in self.source.blocks if isinstance(b, Heading) and b.in_contents]
        first = self._add(self.word, "toc 1")
        self._fld_char(first, "begin")
        instruction = first.add_run()
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {_TOC_INSTRUCTION} "
        instruction.element.append(instr)
        self._fld_char(first, "separate")
        paragraph = first
        for index, entry in enumerate(entries):
            if index:
                paragraph = self._add(self.word, f"toc {entry.level}")
            else:
                self._set_style(paragraph, f"toc {entry.level}")
            paragraph.add_run(entry.text)
        if not entries and block.placeholder:
            paragraph.add_run(block.placeholder)
        self._fld_char(paragraph, "end")
        settings = self.word.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)

    def heading(self, block: Heading) -> None:
        self._add(self.word, f"Heading {min(max(block.level, 1), 3)}", block.text)

    def paragraph(self, block: Paragraph) -> None:
        style = "Muted" if block.style is ParagraphStyle.MUTED else "Normal"
        self._add(self.word, style, block.text)

    def _new_table(
        self, style: str, fractions: Sequence[float], *, align_left: bool
    ) -> tuple[Any, list[str]]:
        """An empty ``<w:tbl>`` in table style ``style`` with fixed column widths, at the end of the
        body, and the widths (twips, as text) its cells take."""
        sub = etree.SubElement
        table = self._body_element(_Xml.TBL)
        properties = sub(table, _Xml.TBL_PR)
        sub(properties, _Xml.TBL_STYLE, {_Xml.VAL: self.style_ids[style]})
        sub(properties, _Xml.TBL_W, {_Xml.TYPE: "auto", _Xml.W: "0"})
        if align_left:
            sub(properties, _Xml.JC, {_Xml.VAL: "left"})
        sub(properties, _Xml.TBL_LAYOUT, {_Xml.TYPE: "fixed"})
        sub(properties, _Xml.TBL_LOOK, _Xml.LOOK)
        grid = sub(table, _Xml.TBL_GRID)
        widths = [str(Emu(int(self.text_width * f)).twips) for f in fractions]
        for width in widths:
            sub(grid, _Xml.GRID_COL, {_Xml.W: width})
        return table, widths

    @staticmethod
    def _cell(row: Any, width: str) -> Any:
        """A new cell of ``width`` twips at the end of ``row``, and its (empty) paragraph."""
        sub = etree.SubElement
        cell = sub(row, _Xml.TC)
        sub(sub(cell, _Xml.TC_PR), _Xml.TC_W, {_Xml.TYPE: "dxa", _Xml.W: width})
        return sub(cell, _Xml.P)

    def key_values(self, block: KeyValueList) -> None:
        if not block.items:
            return
        table, (key_width, value_width) = self._new_table("SLA Key Values", (0.32, 0.68), align_left=True)
        key_style, value_style = self.style_ids["Key"], self.style_ids["Table Text"]
        # A short list stays on one page with the heading above it ("keep with next" on every row
        # but the last, which Word and LibreOffice honour in tables); a long one may break.
        keep = len(block.items) <= 16 and sum(len(v) for _, v in block.items) < 2_000
        last = len(block.items) - 1
        for index, (key, value) in enumerate(block.items):
            row = etree.SubElement(table, _Xml.TR)
            _fill_paragraph(
                self._cell(row, key_width), key_style, key, run=True, keep_next=keep and index < last
            )
            _fill_paragraph(self._cell(row, value_width), value_style, value, run=True)
        self._spacer()

    def table(self, block: Table) -> None:
        table, widths = self._new_table("SLA Table", block.column_widths(), align_left=False)
        # Header shading and stripes come from the table style's conditional formats (base.docx);
        # the header row repeats on every page the table runs over.
        header = etree.SubElement(table, _Xml.TR)
        etree.SubElement(etree.SubElement(header, _Xml.TR_PR), _Xml.TBL_HEADER, {_Xml.VAL: "true"})
        heading_style = self.style_ids["Table Heading"]
        for width, caption in zip(widths, block.header, strict=True):
            _fill_paragraph(self._cell(header, width), heading_style, caption, run=True)
        text_style = self.style_ids["Table Text"]
        benchmark = self.style.colour("benchmark")
        benchmark_hex = str(_rgb(benchmark))
        for values in block.rows:
            row = etree.SubElement(table, _Xml.TR)
            for width, value in zip(widths, values, strict=True):
                _fill_paragraph(
                    self._cell(row, width),
                    text_style,
                    value.text,
                    run=True,
                    colour=benchmark_hex if value.benchmark else None,
                )
        if block.benchmark_legend and block.has_benchmark:
            legend = self._add(self.word, "Muted")
            run = legend.add_run(block.benchmark_legend)
            run.font.color.rgb = _rgb(benchmark)
        else:
            self._spacer()

    def note(self, block: Note) -> None:
        colour = self.style.colour("draft" if block.kind is NoteKind.WARNING else "note_border")
        paragraph = self._add(self.word, "Note")
        self._paragraph_shading(paragraph, self.style.colour("note_background"))
        self._paragraph_border(paragraph, "left", colour, 24)
        title = paragraph.add_run(block.title)
        title.bold = True
        paragraph.add_run().add_break(WD_BREAK.LINE)
        paragraph.add_run(block.text)

    def signatures(self, block: SignatureBlock) -> None:
        self.word.add_paragraph(block.intro)
        rule = self.style.colour("text")
        for index in range(0, len(block.signatories), 2):
            pair = block.signatories[index : index + 2]
            table = self.word.add_table(rows=1, cols=2)
            for cell, person in zip(table.rows[0].cells, pair, strict=False):
                heading = person.role or person.department
                self._cell_text(cell, heading, "Key")
                details = ", ".join(part for part in (person.title, person.department) if part)
                if person.role and person.department and person.department == heading:
                    details = person.title
                name_line = self._add(cell, "Table Text")
                name_line.add_run(f"{block.name_caption}: ").bold = True
                name_line.add_run(person.name)
                if details:
                    self._add(cell, "Table Text", details)
                date_line = self._add(cell, "Table Text")
                date_line.paragraph_format.space_before = Pt(14)
                date_line.add_run(f"{block.date_caption}: ").bold = True
                date_line.add_run(person.signed_on)
                typed, drawn = _approval(person)
                signature = self._add(cell, "Table Text")
                # One line at least as tall as the signature box, drawn or not, so a pair aligns.
                signature.paragraph_format.space_before = Pt(8)
                signature.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
                signature.paragraph_format.line_spacing = _SIGNATURE_BOX[1]
                if drawn is not None:
                    width, height = _signature_size(drawn)
                    signature.add_run().add_picture(io.BytesIO(drawn), width=width, height=height)
                self._paragraph_border(signature, "bottom", rule, 6)
                self._add(cell, "Muted", block.signature_caption)
                if typed:
                    self._add(cell, "Muted", typed)
            self._widths(table, (0.5, 0.5))
            self.word.add_paragraph()
        self._add(self.word, "Muted", block.fingerprint)

    def write(self) -> bytes:
        self.furniture()
        self.title_page(self.source.title_page)
        for block in self.source.blocks:
            if isinstance(block, TableOfContents):
                self.contents(block)
            elif isinstance(block, Heading):
                self.heading(block)
            elif isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, KeyValueList):
                self.key_values(block)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, Note):
                self.note(block)
            elif isinstance(block, SignatureBlock):
                self.signatures(block)
            elif isinstance(block, PageBreak):
                self._page_break()
        buffer = io.BytesIO()
        self.word.save(buffer)
        return buffer.getvalue()


def _approval(person: Signatory) -> tuple[str, bytes | None]:
    """The typed-name line and drawn signature of a signatory who approved (``outline.ApprovedSignatory``)."""
    typed = getattr(person, "typed_name", "")
    drawn = getattr(person, "signature_png", None)
    return (typed if isinstance(typed, str) else ""), (drawn if isinstance(drawn, bytes) and drawn else None)


_SIGNATURE_BOX = (Mm(55), Mm(18))
"""Where a signature goes above its line: a drawn one is scaled into it, proportions kept."""


def _signature_size(png: bytes) -> tuple[int, int]:
    """The drawn signature's size on the page: at most 55 × 18 mm, its proportions kept."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        pixels_wide, pixels_high = image.size
    max_width, max_height = _SIGNATURE_BOX
    scale = min(max_width / max(pixels_wide, 1), max_height / max(pixels_high, 1))
    return int(pixels_wide * scale), int(pixels_high * scale)


def render_docx(document: Document, style: Style | None = None) -> bytes:
    """The DOCX file's bytes."""
    with long_lived_objects_frozen():
        return _DocxWriter(document, style or load_style()).write()


def write_docx(
    document: Document, target: str | Path, *, overwrite: bool = False, style: Style | None = None
) -> Path:
    """Write the DOCX atomically; raises :class:`~.files.TargetExistsError` unless ``overwrite``."""
    return write_atomic(target, render_docx(document, style), overwrite=overwrite)
