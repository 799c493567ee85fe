"""The house look shared by both writers, read from ``templates/style/pdf.json``.

Paths in the file are relative to the templates folder, so a consultancy can ship its own folder
(style file, logo, fonts, base .docx) and point the app at it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from slaworkshop.paths import templates_dir

from .files import ExportError


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

    def colour(self, name: str) -> str:
        return self.colours.get(name, "#000000")

    def size(self, name: str) -> float:
        return float(self.sizes.get(name, 10))

    def hex(self, name: str) -> str:
        """A colour without its ``#``, as Word wants it."""
        return self.colour(name).lstrip("#").upper()


def default_style_file() -> Path:
    return templates_dir() / "style" / "pdf.json"


@lru_cache(maxsize=8)
def load_style(style_file: Path | None = None) -> Style:
    """Read and check the style file; a broken one gives a clear :class:`ExportError`."""
    path = style_file or default_style_file()
    root = path.resolve().parent.parent
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        fonts = raw["fonts"]
        style = Style(
            page_size=str(raw.get("page_size", "A4")),
            margins_mm={k: float(v) for k, v in raw["margins_mm"].items()},
            fonts=Fonts(
                family=str(fonts["family"]),
                regular=root / fonts["regular"],
                bold=root / fonts["bold"],
                italic=root / fonts["italic"],
                bold_italic=root / fonts["bold_italic"],
                docx_family=str(fonts.get("docx_family", fonts["family"])),
            ),
            sizes={k: float(v) for k, v in raw["sizes"].items()},
            colours={k: str(v) for k, v in raw["colours"].items()},
            logo=(root / raw["logo"]) if raw.get("logo") else None,
            logo_width_mm=float(raw.get("logo_width_mm", 30)),
            base_docx=root / str(raw.get("base_docx", "docx/base.docx")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ExportError(f"The document style {path} cannot be used: {exc}.") from exc
    for font in (style.fonts.regular, style.fonts.bold, style.fonts.italic, style.fonts.bold_italic):
        if not font.is_file():
            raise ExportError(f"The font {font} named in {path} is missing.")
    return style
