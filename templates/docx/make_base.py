"""Make ``templates/docx/base.docx`` (and the placeholder ``templates/style/logo.png``) from the style file.

The DOCX writer opens base.docx and only adds content, so every look-and-feel decision lives here
and in ``templates/style/pdf.json``: fonts, heading colours, the table style, header logo, margins.
A consultancy can replace base.docx with its own (keeping the style names listed in STYLE_NAMES).

Run from the repository root:  .venv/bin/python templates/docx/make_base.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

TEMPLATES = Path(__file__).resolve().parent.parent
STYLE_FILE = TEMPLATES / "style" / "pdf.json"

# The names the writer relies on; a replacement base.docx must define them.
STYLE_NAMES = (
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


# Styles python-docx or Word need besides ours (defaults, header/footer, character styles of headings).
KEEP_ALSO = frozenset(
    {
        "Normal Table",
        "Default Paragraph Font",
        "No List",
        "Header",
        "Header Char",
        "Footer",
        "Footer Char",
        "Heading 1 Char",
        "Heading 2 Char",
        "Heading 3 Char",
        "Title Char",
        "Subtitle Char",
        "Table Grid",
        "Caption",
    }
)


def rgb(value: str) -> RGBColor:
    return RGBColor.from_string(value.lstrip("#").upper())


def make_logo(path: Path, colours: dict[str, str]) -> None:
    """A neutral placeholder mark: a consultancy replaces it with its own logo."""
    scale = 4
    width, height = 300 * scale, 90 * scale
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 90 * scale, 90 * scale), radius=16 * scale, fill=colours["primary"])
    bold = ImageFont.truetype(str(TEMPLATES / "fonts" / "DejaVuSans-Bold.ttf"), 34 * scale)
    regular = ImageFont.truetype(str(TEMPLATES / "fonts" / "DejaVuSans.ttf"), 30 * scale)
    draw.text((45 * scale, 45 * scale), "SLA", font=bold, fill="#FFFFFF", anchor="mm")
    draw.text((104 * scale, 45 * scale), "Workshop", font=regular, fill=colours["primary"], anchor="lm")
    # 300 × 90 px: about 250 dpi at the 30 mm the header draws it, and quick to embed.
    image = image.resize((width // 4, height // 4), Image.Resampling.LANCZOS)
    image.save(path, optimize=True)


def paragraph_style(document, name: str, base: str | None = "Normal"):  # type: ignore[no-untyped-def]
    styles = document.styles
    try:
        return styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if base:
            style.base_style = styles[base]
        return style


def set_font(
    style, family: str, size: float, colour: str, *, bold: bool = False, italic: bool = False
) -> None:  # type: ignore[no-untyped-def]
    style.font.name = family
    style.font.size = Pt(size)
    style.font.color.rgb = rgb(colour)
    style.font.bold = bold
    style.font.italic = italic
    # East-Asian and complex-script fallbacks too, so Word does not swap fonts for some letters.
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), family)
    for theme_attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(theme_attr)) is not None:
            del fonts.attrib[qn(theme_attr)]


def border(tag: str, colour: str, size: int = 4) -> OxmlElement:
    element = OxmlElement(tag)
    element.set(qn("w:val"), "single")
    element.set(qn("w:sz"), str(size))
    element.set(qn("w:space"), "0")
    element.set(qn("w:color"), colour.lstrip("#").upper())
    return element


def shading(colour: str) -> OxmlElement:
    element = OxmlElement("w:shd")
    element.set(qn("w:val"), "clear")
    element.set(qn("w:color"), "auto")
    element.set(qn("w:fill"), colour.lstrip("#").upper())
    return element


def table_style(document, name: str, colours: dict[str, str], *, header: bool) -> None:  # type: ignore[no-untyped-def]
    """Horizontal rules only, as in a printed report; a shaded header row and stripes if ``header``.

    The shading lives in the style's conditional formats (first row, even bands), so the writer
    only names the style and Word, LibreOffice and a replaced base document all agree on the look.
    """
    try:
        style = document.styles[name]
    except KeyError:
        style = document.styles.add_style(name, WD_STYLE_TYPE.TABLE)
    style.base_style = document.styles["Normal Table"]
    element = style.element
    tbl_pr = element.find(qn("w:tblPr"))
    if tbl_pr is None:
        tbl_pr = OxmlElement("w:tblPr")
        element.append(tbl_pr)
    band = OxmlElement("w:tblStyleRowBandSize")
    band.set(qn("w:val"), "1")
    tbl_pr.append(band)
    borders = OxmlElement("w:tblBorders")
    for tag in ("w:top", "w:bottom", "w:insideH"):
        borders.append(border(tag, colours["rule"]))
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("w:top", 50), ("w:bottom", 50), ("w:left", 90), ("w:right", 90)):
        margin = OxmlElement(side)
        margin.set(qn("w:w"), str(twips))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    tbl_pr.append(margins)
    if not header:
        return
    first = OxmlElement("w:tblStylePr")
    first.set(qn("w:type"), "firstRow")
    r_pr = OxmlElement("w:rPr")
    r_pr.append(OxmlElement("w:b"))
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), colours["table_header_text"].lstrip("#").upper())
    r_pr.append(colour)
    first.append(r_pr)
    tc_pr = OxmlElement("w:tcPr")
    tc_pr.append(shading(colours["table_header_background"]))
    first.append(tc_pr)
    element.append(first)
    stripe = OxmlElement("w:tblStylePr")
    stripe.set(qn("w:type"), "band2Horz")
    stripe_tc = OxmlElement("w:tcPr")
    stripe_tc.append(shading(colours["table_stripe"]))
    stripe.append(stripe_tc)
    element.append(stripe)


def main() -> int:
    look = json.loads(STYLE_FILE.read_text(encoding="utf-8"))
    colours: dict[str, str] = look["colours"]
    sizes: dict[str, float] = look["sizes"]
    margins: dict[str, float] = look["margins_mm"]
    family: str = look["fonts"]["docx_family"]
    logo = TEMPLATES / look["logo"]
    make_logo(logo, colours)

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(margins["top"]), Mm(margins["bottom"])
    section.left_margin, section.right_margin = Mm(margins["left"]), Mm(margins["right"])
    section.header_distance = section.footer_distance = Mm(10)

    normal = document.styles["Normal"]
    set_font(normal, family, sizes["body"] + 1, colours["text"])
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    for name, size, colour, bold in (
        ("Title", sizes["title"], colours["primary"], True),
        ("Subtitle", sizes["subtitle"], colours["accent"], False),
        ("Heading 1", sizes["h1"], colours["primary"], True),
        ("Heading 2", sizes["h2"], colours["primary"], True),
        ("Heading 3", sizes["h3"], colours["accent"], True),
    ):
        style = document.styles[name]
        set_font(style, family, size + 1, colour, bold=bold)
        style.paragraph_format.keep_with_next = True
    title = document.styles["Title"]
    title.paragraph_format.space_after = Pt(12)
    # The default Title has a blue bottom border; our title page has its own rule.
    title_ppr = title.element.get_or_add_pPr()
    for child in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(child)
    document.styles["Heading 1"].paragraph_format.space_before = Pt(18)
    document.styles["Heading 1"].paragraph_format.space_after = Pt(8)
    document.styles["Heading 2"].paragraph_format.space_before = Pt(12)
    document.styles["Heading 3"].paragraph_format.space_before = Pt(10)

    muted = paragraph_style(document, "Muted")
    set_font(muted, family, sizes["small"] + 1, colours["muted"])
    table_text = paragraph_style(document, "Table Text")
    set_font(table_text, family, sizes["table"] + 1, colours["text"])
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0
    table_heading = paragraph_style(document, "Table Heading", "Table Text")
    set_font(table_heading, family, sizes["table"] + 1, colours["table_header_text"], bold=True)
    key = paragraph_style(document, "Key", "Table Text")
    set_font(key, family, sizes["table"] + 1, colours["primary"], bold=True)
    note = paragraph_style(document, "Note")
    set_font(note, family, sizes["body"] + 1, colours["text"])
    running = paragraph_style(document, "Running Mark")
    set_font(running, family, sizes["small"] + 1, colours["muted"])
    running.paragraph_format.space_after = Pt(0)
    for level in (1, 2):
        toc = paragraph_style(document, f"toc {level}")
        set_font(toc, family, sizes["body"] + 1, colours["text"], bold=level == 1)
        toc.paragraph_format.left_indent = Mm(6 * (level - 1))
        toc.paragraph_format.space_after = Pt(3)
    toc_heading = document.styles["TOC Heading"]
    set_font(toc_heading, family, sizes["h1"] + 1, colours["primary"], bold=True)
    table_style(document, "SLA Table", colours, header=True)
    table_style(document, "SLA Key Values", colours, header=False)

    # Header: the logo on the right; the writer adds the draft mark. Footer: filled by the writer.
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.style = document.styles["Running Mark"]
    header.add_run().add_picture(str(logo), width=Mm(look.get("logo_width_mm", 30)))

    # python-docx's starter document defines ~170 styles, most of them table styles nobody uses.
    # Every style assignment scans them all, so a lean base makes exporting several times faster.
    keep = set(STYLE_NAMES) | KEEP_ALSO
    for style in list(document.styles):
        if style.name not in keep:
            style.delete()

    missing = [name for name in STYLE_NAMES if name not in [s.name for s in document.styles]]
    if missing:
        print("missing styles:", missing, file=sys.stderr)
        return 1
    document.core_properties.author = "SLA Workshop"
    document.core_properties.title = ""
    document.core_properties.comments = ""
    target = Path(__file__).resolve().parent / "base.docx"
    document.save(str(target))
    print(f"wrote {target} and {logo}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
