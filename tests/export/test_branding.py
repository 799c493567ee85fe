"""A consultancy's own look: a copy of templates/ with other colours, logo, fonts and base .docx gives
documents in that look; hostile style files are refused with a message that says what is wrong, and
nothing is written.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from slaworkshop.export import ExportError, ExportOptions, check_style, export_workshop, load_style
from slaworkshop.model.db import open_store, sqlite_url
from slaworkshop.paths import templates_dir
from slaworkshop.services.sample import create_sample
from slaworkshop.services.snapshot import WorkshopSnapshot
from slaworkshop.services.workshops import WorkshopService

from .readers import docx_header_text, docx_text, pdf_fonts, pdf_text

PRIMARY = "#8B1E3F"
ACCENT = "#D97706"
LOGO_SIZE = (240, 64)
HEADER_TEXT = "Contoso Consulting"


def copy_templates(target: Path) -> Path:
    """What docs/branding.md tells a consultancy to copy: style/, fonts/ and docx/ of templates/."""
    for part in ("style", "fonts", "docx"):
        shutil.copytree(templates_dir() / part, target / part)
    return target / "style" / "pdf.json"


def rename_font(path: Path, old: bytes = b"DejaVu", new: bytes = b"Contos") -> None:
    """Give a TTF another family and PostScript name (same length, in its ``name`` table only), so
    the PDF embeds a font called differently from the built-in one."""
    data = bytearray(path.read_bytes())
    (count,) = struct.unpack(">H", data[4:6])
    for index in range(count):
        record = 12 + 16 * index
        tag = bytes(data[record : record + 4])
        offset, length = struct.unpack(">II", data[record + 8 : record + 16])
        if tag == b"name":
            table = bytes(data[offset : offset + length])
            wide_old = b"".join(b"\0" + bytes([c]) for c in old)
            wide_new = b"".join(b"\0" + bytes([c]) for c in new)
            table = table.replace(old, new).replace(wide_old, wide_new)
            data[offset : offset + length] = table
    path.write_bytes(bytes(data))


def contoso_logo(path: Path) -> None:
    image = Image.new("RGB", LOGO_SIZE, ACCENT)
    ImageDraw.Draw(image).rectangle((8, 8, 56, 56), fill=PRIMARY)
    image.save(path)


def edit_style(style_file: Path, change: Callable[[dict[str, Any]], None]) -> None:
    raw = json.loads(style_file.read_text(encoding="utf-8"))
    change(raw)
    style_file.write_text(json.dumps(raw), encoding="utf-8")


@dataclass
class Branded:
    style_file: Path
    snapshot: WorkshopSnapshot
    folder: Path


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> WorkshopSnapshot:
    folder = tmp_path_factory.mktemp("sample")
    store = open_store(sqlite_url(folder / "slaworkshop.sqlite3"))
    try:
        service = WorkshopService(store)
        return service.get(create_sample(service))
    finally:
        store.close()


@pytest.fixture
def branded(tmp_path: Path, sample: WorkshopSnapshot) -> Branded:
    style_file = copy_templates(tmp_path / "contoso")
    root = style_file.parent.parent
    for font in (root / "fonts").glob("*.ttf"):
        rename_font(font)
    contoso_logo(root / "style" / "contoso-logo.png")
    base = docx.Document(str(root / "docx" / "base.docx"))
    base.sections[0].header.add_paragraph(HEADER_TEXT)
    base.save(str(root / "docx" / "contoso-base.docx"))

    def change(raw: dict[str, Any]) -> None:
        raw["colours"].update(primary=PRIMARY, accent=ACCENT, table_header_background=PRIMARY)
        raw["fonts"]["family"] = "Contoso Sans"
        raw["logo"] = "style/contoso-logo.png"
        raw["base_docx"] = "docx/contoso-base.docx"

    edit_style(style_file, change)
    out = tmp_path / "out"
    out.mkdir()
    return Branded(style_file, sample, out)


def _pixels_near(png: Path, colour: str, tolerance: int = 12) -> int:
    target = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    with Image.open(png) as image:
        data = image.convert("RGB").tobytes()
    return sum(
        1 for i in range(0, len(data), 3) if all(abs(data[i + k] - target[k]) <= tolerance for k in range(3))
    )


def _first_page_png(pdf: Path, folder: Path) -> Path:
    prefix = folder / pdf.stem
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(prefix)],
        check=True,
        timeout=120,
    )
    return prefix.with_suffix(".png")


def _logo_sizes(pdf: Path) -> set[tuple[int, int]]:
    return {image.image.size for image in PdfReader(str(pdf)).pages[0].images if image.image is not None}


# --------------------------------------------------------------------------- a consultancy's look


def test_the_docx_is_built_on_the_chosen_base_document(branded: Branded) -> None:
    options = ExportOptions(style_file=branded.style_file)
    path = export_workshop(branded.snapshot, branded.folder / "contoso.docx", options=options)
    assert HEADER_TEXT in docx_header_text(path)
    assert str(branded.snapshot.value("client")) in docx_text(path)
    default = export_workshop(branded.snapshot, branded.folder / "house.docx")
    assert HEADER_TEXT not in docx_header_text(default)


def test_the_pdf_follows_the_chosen_fonts_logo_and_colours(branded: Branded) -> None:
    options = ExportOptions(style_file=branded.style_file)
    path = export_workshop(branded.snapshot, branded.folder / "contoso.pdf", options=options)
    default = export_workshop(branded.snapshot, branded.folder / "house.pdf")

    fonts = pdf_fonts(path)
    assert fonts and all(embedded == "yes" for _name, embedded in fonts)
    names = {name.split("+")[-1] for name, _ in fonts}
    assert {"ContosSans", "ContosSans-Bold"} <= names and not any("DejaVu" in n for n in names)
    assert any("DejaVu" in name for name, _ in pdf_fonts(default))

    assert LOGO_SIZE in _logo_sizes(path) and LOGO_SIZE not in _logo_sizes(default)
    ours, house = _first_page_png(path, branded.folder), _first_page_png(default, branded.folder)
    assert _pixels_near(ours, PRIMARY) > 200 and _pixels_near(house, PRIMARY) < 20
    assert str(branded.snapshot.value("client")) in pdf_text(path)


def test_a_style_edited_on_disk_is_read_again(branded: Branded) -> None:
    before = load_style(branded.style_file)
    assert before.colour("primary") == PRIMARY
    edit_style(branded.style_file, lambda raw: raw["colours"].update(primary="#123456", accent="#ABCDEF"))
    after = load_style(branded.style_file)
    assert after.colour("primary") == "#123456" and after.key != before.key
    assert check_style(branded.style_file).colour("accent") == "#ABCDEF"


def test_the_built_in_style_passes_the_check() -> None:
    style = check_style()
    assert style.logo is not None and style.base_docx.is_file()


# --------------------------------------------------------------------------- hostile style files


def _garbage(raw: dict[str, Any], root: Path) -> None:
    raw["base_docx"] = "docx/garbage.docx"
    (root / "docx" / "garbage.docx").write_bytes(b"PK\x03\x04" + os.urandom(2000))


def _zip_bomb(raw: dict[str, Any], root: Path) -> None:
    raw["base_docx"] = "docx/bomb.docx"
    with zipfile.ZipFile(root / "docx" / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w", force_zip64=True) as stream:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(210):
                stream.write(chunk)


def _no_styles(raw: dict[str, Any], root: Path) -> None:
    raw["base_docx"] = "docx/plain.docx"
    docx.Document().save(str(root / "docx" / "plain.docx"))


def _not_an_image(raw: dict[str, Any], root: Path) -> None:
    (root / "style" / "fake.png").write_text("<svg onload=alert(1)>", encoding="utf-8")
    raw["logo"] = "style/fake.png"


def _not_a_font(raw: dict[str, Any], root: Path) -> None:
    raw["fonts"]["regular"] = "style/logo.png"


def _font_outside(raw: dict[str, Any], root: Path) -> None:
    raw["fonts"]["bold"] = "../../../../../etc/passwd"


def _font_absolute(raw: dict[str, Any], root: Path) -> None:
    raw["fonts"]["italic"] = str(templates_dir() / "fonts" / "DejaVuSans.ttf")


def _font_missing(raw: dict[str, Any], root: Path) -> None:
    raw["fonts"]["bold_italic"] = "fonts/Nope.ttf"


HOSTILE_JSON: dict[str, tuple[Callable[[dict[str, Any], Path], None], str]] = {
    "missing fonts": (lambda raw, root: raw.pop("fonts"), "the key “fonts” is missing"),
    "missing margin": (lambda raw, root: raw["margins_mm"].pop("left"), "“margins_mm” lacks “left”"),
    "missing font file key": (lambda raw, root: raw["fonts"].pop("bold"), "“fonts” lacks “bold”"),
    "margin a word": (
        lambda raw, root: raw["margins_mm"].update(top="wide"),
        "margins_mm.top must be a number of millimetres",
    ),
    "margin huge": (lambda raw, root: raw["margins_mm"].update(left=1e308), "between 0 and 80"),
    "size a bool": (lambda raw, root: raw["sizes"].update(body=True), "sizes.body must be a number"),
    "sizes a list": (lambda raw, root: raw.update(sizes=[1, 2]), "“sizes” must be an object"),
    "colour a number": (
        lambda raw, root: raw["colours"].update(primary=12),
        "colours.primary must be a colour",
    ),
    "colour markup": (
        lambda raw, root: raw["colours"].update(accent="red<script>"),
        "colours.accent must be a colour",
    ),
    "page size": (lambda raw, root: raw.update(page_size="A0"), "“page_size” must be A4 or LETTER"),
    "family empty": (lambda raw, root: raw["fonts"].update(family=""), "fonts.family must be a font name"),
    "font not a font": (_not_a_font, "is not a TrueType font"),
    "font outside with ..": (_font_outside, "leads out of the style's folder"),
    "font absolute": (_font_absolute, "leads out of the style's folder"),
    "font missing": (_font_missing, "The font"),
    "logo not an image": (_not_an_image, "is not a readable PNG or JPEG image"),
    "logo outside": (
        lambda raw, root: raw.update(logo="../../secret.png"),
        "leads out of the style's folder",
    ),
    "base docx garbage": (_garbage, "is not a .docx file"),
    "base docx zip bomb": (_zip_bomb, "unpacks to"),
    "base docx without our styles": (_no_styles, "lacks the styles"),
}


def _assert_refused(style_file: Path, snapshot: WorkshopSnapshot, folder: Path, expected: str) -> None:
    with pytest.raises(ExportError) as checked:
        check_style(style_file)
    assert expected in str(checked.value)
    for fmt in ("docx", "pdf"):
        target = folder / f"agreement.{fmt}"
        with pytest.raises(ExportError) as exported:
            export_workshop(snapshot, target, options=ExportOptions(style_file=style_file))
        assert expected in str(exported.value)
        assert not target.exists()
    assert list(folder.iterdir()) == []  # no temporary file left behind either


@pytest.mark.parametrize("case", sorted(HOSTILE_JSON))
def test_a_hostile_style_file_is_refused_with_its_reason(
    case: str, tmp_path: Path, sample: WorkshopSnapshot
) -> None:
    style_file = copy_templates(tmp_path / "theirs")
    change, expected = HOSTILE_JSON[case]
    edit_style(style_file, lambda raw: change(raw, style_file.parent.parent))
    out = tmp_path / "out"
    out.mkdir()
    _assert_refused(style_file, sample, out, expected)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "is not valid JSON (line 1, column 2)"),
        (b"[1, 2, 3]", "must hold a JSON object"),
        (b"\xff\xfe\x00garbage", "is not a text file in UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "is not valid JSON"),
    ],
)
def test_a_style_file_that_is_not_json_is_refused(
    content: bytes, expected: str, tmp_path: Path, sample: WorkshopSnapshot
) -> None:
    style_file = copy_templates(tmp_path / "theirs")
    style_file.write_bytes(content)
    out = tmp_path / "out"
    out.mkdir()
    _assert_refused(style_file, sample, out, expected)


def test_a_50_mb_style_file_is_refused_unread(tmp_path: Path, sample: WorkshopSnapshot) -> None:
    style_file = copy_templates(tmp_path / "theirs")
    with style_file.open("wb") as stream:
        stream.write(b"{" + b" " * (50 * 1024 * 1024) + b"}")
    out = tmp_path / "out"
    out.mkdir()
    _assert_refused(style_file, sample, out, "a style file is a small JSON file")


def test_a_chosen_style_that_disappeared_is_reported_not_replaced(branded: Branded) -> None:
    load_style(branded.style_file)  # used once, so a cached copy would be at hand
    branded.style_file.unlink()
    _assert_refused(
        branded.style_file, branded.snapshot, branded.folder, "does not exist (moved or deleted?)"
    )


def test_a_font_deleted_after_use_is_reported(branded: Branded) -> None:
    load_style(branded.style_file)
    (branded.style_file.parent.parent / "fonts" / "DejaVuSans-Bold.ttf").unlink()
    _assert_refused(branded.style_file, branded.snapshot, branded.folder, "DejaVuSans-Bold.ttf")


def test_an_opentype_cff_font_is_named_as_such(tmp_path: Path, sample: WorkshopSnapshot) -> None:
    style_file = copy_templates(tmp_path / "theirs")
    font = style_file.parent.parent / "fonts" / "DejaVuSans.ttf"
    font.write_bytes(b"OTTO" + font.read_bytes()[4:])
    out = tmp_path / "out"
    out.mkdir()
    _assert_refused(style_file, sample, out, "PostScript (CFF) outlines")


def test_a_base_document_readable_only_in_part_is_refused(tmp_path: Path, sample: WorkshopSnapshot) -> None:
    style_file = copy_templates(tmp_path / "theirs")
    base = style_file.parent.parent / "docx" / "base.docx"
    data = io.BytesIO()
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(data, "w") as copy:
        for entry in source.infolist():
            if entry.filename != "word/styles.xml":
                copy.writestr(entry, source.read(entry))
            else:
                copy.writestr(entry, b"<w:styles xmlns:w='nope'>")
    base.write_bytes(data.getvalue())
    out = tmp_path / "out"
    out.mkdir()
    _assert_refused(style_file, sample, out, "base document")
