"""The house look shared by both writers, read from a style file (built in: ``templates/style/pdf.json``).

Paths in the file are relative to the templates folder (the style file's folder's parent), so a
consultancy ships its own copy of that folder — style file, logo, fonts, base .docx — and chooses its
style file in the window's settings or with ``slaworkshop export --style FILE`` (docs/branding.md).

A chosen style is someone else's file: :func:`check_style` reads it completely — JSON, every key and
its type, fonts reportlab can embed, a logo that is an image, a base .docx that opens and defines the
styles the DOCX writer uses — and says precisely what is wrong with an :class:`ExportError`. The
writers use :func:`load_style`, which runs the same checks once per version of the files: a style
file (or its logo, fonts or base document) edited on disk is read again.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from slaworkshop.model.messages import msg
from slaworkshop.paths import templates_dir

from .files import ExportError

MAX_STYLE_BYTES = 256 * 1024
"""A style file is a page of JSON; anything bigger is not one."""
MAX_FONT_BYTES = 50 * 1024 * 1024
MAX_LOGO_BYTES = 10 * 1024 * 1024
MAX_LOGO_PIXELS = 25_000_000
MAX_BASE_DOCX_BYTES = 30 * 1024 * 1024
MAX_BASE_DOCX_UNPACKED = 200 * 1024 * 1024
"""A base document unpacks to a few hundred kB; far more is a zip bomb, not a template."""

FONT_KEYS = ("regular", "bold", "italic", "bold_italic")
MARGIN_KEYS = ("top", "bottom", "left", "right")
PAGE_SIZES = ("A4", "LETTER")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_NAME = re.compile(r"[^\x00-\x1f\x7f]{1,64}")


@dataclass(frozen=True)
class Fonts:
    family: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path
    docx_family: str


@dataclass(frozen=True)
class Style:
    page_size: str
    margins_mm: dict[str, float]
    fonts: Fonts
    sizes: dict[str, float]
    colours: dict[str, str]
    logo: Path | None
    logo_width_mm: float
    base_docx: Path
    source: Path | None = None
    """The style file this look was read from."""
    key: str = ""
    """Short hash of the files and their versions: names the PDF's fonts apart per style."""

    def colour(self, name: str) -> str:
        return self.colours.get(name, "#000000")

    def size(self, name: str) -> float:
        return float(self.sizes.get(name, 10))

    def hex(self, name: str) -> str:
        """A colour without its ``#``, as Word wants it."""
        return self.colour(name).lstrip("#").upper()

    def files(self) -> tuple[Path, ...]:
        fonts = self.fonts
        named = (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic, self.base_docx)
        return named + ((self.logo,) if self.logo is not None else ())


def default_style_file() -> Path:
    return templates_dir() / "style" / "pdf.json"


def is_default_style(style_file: Path | None) -> bool:
    if style_file is None:
        return True
    try:
        return Path(style_file).resolve() == default_style_file().resolve()
    except OSError:
        return False


# ----------------------------------------------------------------------------- reading


def _stamp(path: Path, what: str, style_file: Path) -> tuple[int, int]:
    """``(mtime_ns, size)`` of ``path``; an :class:`ExportError` naming ``what`` if it is not a file."""
    try:
        info = path.stat()
    except OSError:
        if path == style_file:
            raise ExportError(
                msg(
                    "The document style file {path} does not exist (moved or deleted?). Choose the style "
                    "file again, or use the built-in style.",
                    path=str(path),
                )
            ) from None
        raise ExportError(
            msg(
                "The {what} {path} named in the document style {style} is missing.",
                what=what,
                path=str(path),
                style=str(style_file),
            )
        ) from None
    if not path.is_file():
        raise ExportError(
            msg(
                "The {what} {path} named in the document style {style} is not a file.",
                what=what,
                path=str(path),
                style=str(style_file),
            )
        )
    return info.st_mtime_ns, info.st_size


def _problem(path: Path, text: str) -> ExportError:
    return ExportError(
        msg("The document style {path} cannot be used: {problem}.", path=str(path), problem=text)
    )


def _number(path: Path, where: str, value: Any, low: float, high: float, unit: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _problem(
            path,
            msg(
                "{where} must be a number of {unit} (not {value})",
                where=where,
                unit=unit,
                value=json.dumps(value)[:40],
            ),
        )
    if not low <= value <= high:
        raise _problem(
            path,
            msg(
                "{where} must be between {low:g} and {high:g} {unit} (not {value:g})",
                where=where,
                low=low,
                high=high,
                unit=unit,
                value=value,
            ),
        )
    return float(value)


def _section(path: Path, raw: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    if key not in raw:
        raise _problem(path, msg("the key “{key}” is missing", key=key))
    value = raw[key]
    if not isinstance(value, dict):
        raise _problem(
            path, msg("“{key}” must be an object {{…}} (not {type})", key=key, type=type(value).__name__)
        )
    return value


def _inside(path: Path, root: Path, where: str, value: Any) -> Path:
    """``value`` as a file under ``root``: relative, and not leading out of the style's folder."""
    if not isinstance(value, str) or not value.strip() or "\x00" in value:
        raise _problem(
            path,
            msg(
                "{where} must be a file name relative to {root} (not {value})",
                where=where,
                root=str(root),
                value=json.dumps(value)[:60],
            ),
        )
    relative = Path(value)
    if relative.is_absolute() or ".." in relative.parts:
        raise _problem(
            path,
            msg(
                "{where} “{value}” leads out of the style's folder {root}; name a file inside it",
                where=where,
                value=value[:100],
                root=str(root),
            ),
        )
    target = root / relative
    try:
        inside = target.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        inside = False
    if not inside:
        raise _problem(
            path,
            msg(
                "{where} “{value}” leads out of the style's folder {root}",
                where=where,
                value=value[:100],
                root=str(root),
            ),
        )
    return target


def _parse(path: Path) -> Style:
    """The style file's JSON, its keys and their types checked; the files it names are not read."""
    root = path.absolute().parent.parent
    try:
        size = path.stat().st_size
        if size > MAX_STYLE_BYTES:
            raise _problem(
                path,
                msg("it has {size:,} bytes; a style file is a small JSON file (at most 256 kB)", size=size),
            )
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _problem(path, msg("it is not a text file in UTF-8")) from None
    except OSError as exc:
        raise _problem(path, msg("it cannot be read ({reason})", reason=exc.strerror or str(exc))) from exc
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as exc:
        if isinstance(exc, json.JSONDecodeError):
            raise _problem(
                path,
                msg("it is not valid JSON (line {line}, column {column})", line=exc.lineno, column=exc.colno),
            ) from None
        raise _problem(path, msg("it is not valid JSON (nested)")) from None
    if not isinstance(raw, dict):
        raise _problem(path, msg("it must hold a JSON object {{…}}, not {type}", type=type(raw).__name__))

    page_size = raw.get("page_size", "A4")
    if not isinstance(page_size, str) or page_size.upper() not in PAGE_SIZES:
        raise _problem(
            path, msg("“page_size” must be A4 or LETTER (not {value})", value=json.dumps(page_size)[:40])
        )
    margins = _section(path, raw, "margins_mm")
    for key in MARGIN_KEYS:
        if key not in margins:
            raise _problem(path, msg("“margins_mm” lacks “{key}”", key=key))
    margins_mm = {
        str(k): _number(path, f"margins_mm.{k}", v, 0, 80, msg("millimetres")) for k, v in margins.items()
    }
    fonts = _section(path, raw, "fonts")
    for key in ("family", *FONT_KEYS):
        if key not in fonts:
            raise _problem(path, msg("“fonts” lacks “{key}”", key=key))
    names = {}
    for key in ("family", "docx_family"):
        value = fonts.get(key, fonts["family"])
        if not isinstance(value, str) or not _NAME.fullmatch(value.strip() or "\x00"):
            raise _problem(path, msg("fonts.{key} must be a font name of 1 to 64 characters", key=key))
        names[key] = value.strip()
    font_files = {key: _inside(path, root, f"fonts.{key}", fonts[key]) for key in FONT_KEYS}
    sizes = _section(path, raw, "sizes")
    sizes_pt = {str(k): _number(path, f"sizes.{k}", v, 4, 72, msg("points")) for k, v in sizes.items()}
    colours = _section(path, raw, "colours")
    for name, value in colours.items():
        if not isinstance(value, str) or not _COLOUR.fullmatch(value):
            raise _problem(
                path,
                msg(
                    "colours.{name} must be a colour like “#1F3A5F” (not {value})",
                    name=name,
                    value=json.dumps(value)[:40],
                ),
            )
    logo_name = raw.get("logo")
    logo = _inside(path, root, "“logo”", logo_name) if logo_name not in (None, "") else None
    logo_width = _number(path, "logo_width_mm", raw.get("logo_width_mm", 30), 5, 120, msg("millimetres"))
    base_docx = _inside(path, root, "“base_docx”", raw.get("base_docx", "docx/base.docx"))
    return Style(
        page_size=page_size.upper(),
        margins_mm=margins_mm,
        fonts=Fonts(
            family=names["family"],
            regular=font_files["regular"],
            bold=font_files["bold"],
            italic=font_files["italic"],
            bold_italic=font_files["bold_italic"],
            docx_family=names["docx_family"],
        ),
        sizes=sizes_pt,
        colours={str(k): str(v) for k, v in colours.items()},
        logo=logo,
        logo_width_mm=logo_width,
        base_docx=base_docx,
        source=path,
    )


# ----------------------------------------------------------------------------- the files it names

_TRUETYPE_MAGIC = (b"\x00\x01\x00\x00", b"true")


def _check_font(style_file: Path, key: str, font: Path) -> None:
    size = font.stat().st_size
    if size > MAX_FONT_BYTES:
        raise _problem(
            style_file,
            msg(
                "the font fonts.{key} {font} has {size:,} bytes; at most 50 MB",
                key=key,
                font=str(font),
                size=size,
            ),
        )
    with font.open("rb") as stream:
        magic = stream.read(4)
    if magic == b"OTTO":
        raise _problem(
            style_file,
            msg(
                "the font fonts.{key} {font} has PostScript (CFF) outlines; the PDF needs a TrueType .ttf font",
                key=key,
                font=str(font),
            ),
        )
    if magic not in _TRUETYPE_MAGIC:
        raise _problem(
            style_file, msg("fonts.{key} {font} is not a TrueType font (.ttf)", key=key, font=str(font))
        )
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        face = TTFont("probe", str(font)).face
    except Exception as exc:  # reportlab raises TTFError, struct errors and more for a broken file
        raise _problem(
            style_file,
            msg(
                "the font fonts.{key} {font} cannot be embedded in a PDF ({reason})",
                key=key,
                font=str(font),
                reason=str(exc),
            ),
        ) from None
    missing = [c for c in "AZaz09" if ord(c) not in face.charToGlyph]
    if missing:
        raise _problem(
            style_file,
            msg("the font fonts.{key} {font} cannot draw plain letters and digits", key=key, font=str(font)),
        )


def _check_logo(style_file: Path, logo: Path) -> None:
    size = logo.stat().st_size
    if size > MAX_LOGO_BYTES:
        raise _problem(
            style_file, msg("the logo {logo} has {size:,} bytes; at most 10 MB", logo=str(logo), size=size)
        )
    from PIL import Image

    try:
        with Image.open(logo) as image:
            width, height = image.size
            if image.format not in ("PNG", "JPEG", "GIF", "BMP"):
                raise _problem(
                    style_file,
                    msg(
                        "the logo {logo} is a {format} image; use PNG or JPEG",
                        logo=str(logo),
                        format=str(image.format),
                    ),
                )
            if width * height > MAX_LOGO_PIXELS or width < 1 or height < 1:
                raise _problem(
                    style_file,
                    msg(
                        "the logo {logo} measures {width} × {height} pixels; far too big",
                        logo=str(logo),
                        width=width,
                        height=height,
                    ),
                )
            image.load()
    except ExportError:
        raise
    except Exception:  # PIL: UnidentifiedImageError, truncated data, decompression bombs
        raise _problem(
            style_file, msg("the logo {logo} is not a readable PNG or JPEG image", logo=str(logo))
        ) from None


def _check_base_docx(style_file: Path, base: Path) -> None:
    size = base.stat().st_size
    if size > MAX_BASE_DOCX_BYTES:
        raise _problem(
            style_file,
            msg("the base document {base} has {size:,} bytes; at most 30 MB", base=str(base), size=size),
        )
    try:
        with zipfile.ZipFile(base) as package:
            unpacked = sum(entry.file_size for entry in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _problem(
            style_file, msg("the base document {base} is not a .docx file", base=str(base))
        ) from None
    if unpacked > MAX_BASE_DOCX_UNPACKED:
        raise _problem(
            style_file,
            msg(
                "the base document {base} unpacks to {size:,} bytes; not a template",
                base=str(base),
                size=unpacked,
            ),
        )
    from .docx import check_base_document

    check_base_document(base)


def _verify(style: Style, style_file: Path) -> None:
    fonts = style.fonts
    for key, font in zip(
        FONT_KEYS, (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic), strict=True
    ):
        _check_font(style_file, key, font)
    if style.logo is not None:
        _check_logo(style_file, style.logo)
    _check_base_docx(style_file, style.base_docx)


def _stamps(style: Style, style_file: Path) -> tuple[tuple[str, int, int], ...]:
    what = {style.base_docx: msg("base document"), style.logo: msg("logo")}
    return tuple((str(p), *_stamp(p, what.get(p, msg("font")), style_file)) for p in style.files())


def check_style(style_file: Path | None = None) -> Style:
    """Read ``style_file`` (default: the built-in style) and every file it names, completely.

    Raises :class:`ExportError` saying exactly what is wrong: the file is missing, too big or not
    JSON, a key is missing or of the wrong type, a path leads out of its folder, a font is not a
    TrueType font reportlab can embed, the logo is not an image, the base document is not a .docx
    with the styles the DOCX writer uses.
    """
    path = Path(style_file) if style_file is not None else default_style_file()
    _stamp(path, msg("style file"), path)
    style = _parse(path)
    stamps = _stamps(style, path)
    _verify(style, path)
    return _keyed(style, (str(path.absolute()), *_stamp(path, msg("style file"), path)), stamps)


def _keyed(style: Style, own: tuple[str, int, int], stamps: tuple[tuple[str, int, int], ...]) -> Style:
    from dataclasses import replace

    digest = hashlib.sha1(repr((own, stamps)).encode(), usedforsecurity=False).hexdigest()[:10]
    return replace(style, key=digest)


@lru_cache(maxsize=8)
def _parsed(path: Path, _mtime_ns: int, _size: int) -> Style:
    return _parse(path)


@lru_cache(maxsize=8)
def _verified(path: Path, own: tuple[str, int, int], stamps: tuple[tuple[str, int, int], ...]) -> Style:
    style = _parsed(path, own[1], own[2])
    _verify(style, path)
    return _keyed(style, own, stamps)


def load_style(style_file: Path | None = None) -> Style:
    """The style the writers use (default: the built-in one), checked as :func:`check_style` does.

    The checks run once per version of the files: the cache is keyed on the path, modification
    time and size of the style file and of every file it names, so an edited style is read again.
    """
    path = Path(style_file).absolute() if style_file is not None else default_style_file()
    own = (str(path), *_stamp(path, msg("style file"), path))
    style = _parsed(path, own[1], own[2])
    return _verified(path, own, _stamps(style, path))
