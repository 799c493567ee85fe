"""Independent readers for the exported files: python-docx, poppler's pdftotext/pdffonts, LibreOffice."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph


def docx_text(source: Path | bytes) -> str:
    """The body text in reading order: paragraphs and table cells, one per line."""
    import io

    document = docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))
    lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            lines.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    lines.append(cell.text)
    return "\n".join(lines)


def docx_body_text(data: bytes) -> str:
    """A quicker reading of the body for many small files: the text of each paragraph of
    ``word/document.xml`` (tabs and line breaks as python-docx gives them), one per line."""
    import io
    import zipfile

    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = parse_xml(package.read("word/document.xml"))
    tags = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}
    lines = []
    for paragraph in root.iter(qn("w:p")):
        parts = []
        for element in paragraph.iter(*tags):
            fixed = tags[element.tag]
            parts.append(element.text or "" if fixed is None else fixed)
        lines.append("".join(parts))
    return "\n".join(lines)


def docx_header_text(path: Path) -> str:
    document = docx.Document(str(path))
    return "\n".join(p.text for section in document.sections for p in section.header.paragraphs)


def pdf_text(source: Path | bytes, *, layout: bool = False) -> str:
    """pdftotext's reading of the PDF; pages are separated by form feeds (``\\f``)."""
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
    if isinstance(source, bytes):
        result = subprocess.run([*args, "-", "-"], input=source, capture_output=True, check=True, timeout=120)
    else:
        result = subprocess.run([*args, str(source), "-"], capture_output=True, check=True, timeout=120)
    return result.stdout.decode("utf-8")


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for every font pdffonts lists."""
    output = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True, timeout=60
    ).stdout
    fonts = []
    for line in output.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: "emb" is the 5th field from the end
        fonts.append((parts[0], parts[-5]))
    return fonts


def libreoffice_to_pdf(docx_path: Path, out_dir: Path) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Convert with LibreOffice headless, in a profile of its own so parallel runs never collide."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is not installed; scripts/test installs libreoffice-writer-nogui"
    profile = out_dir / f"lo_profile_{os.getpid()}"
    result = subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx_path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    return result, out_dir / (docx_path.stem + ".pdf")


def squeeze(text: str) -> str:
    """Text without any whitespace: line wrapping in a PDF must not hide a value."""
    return "".join(text.split())
