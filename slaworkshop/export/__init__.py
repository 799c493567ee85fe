"""The exported agreement (DOCX and PDF): pure functions of a workshop snapshot, no Qt.

``outline.build_document`` turns a snapshot into a format-neutral ``document.Document``;
``docx.render_docx`` / ``pdf.render_pdf`` turn that into bytes, and :func:`export_workshop` writes
a file atomically. The writers are imported lazily: reportlab and python-docx cost start-up time
that only an export needs.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from slaworkshop.model.messages import msg
from slaworkshop.services.snapshot import WorkshopSnapshot

from .files import ExportError, TargetExistsError
from .outline import ExportOptions, build_document
from .style import Style, check_style, load_style


class ExportFormat(StrEnum):
    DOCX = "docx"
    PDF = "pdf"


def render(
    snapshot: WorkshopSnapshot, fmt: ExportFormat | str, options: ExportOptions | None = None
) -> bytes:
    """The exported file's bytes for ``snapshot`` in ``fmt``, in the look of ``options.style_file``
    (default: the built-in style). A chosen style that is missing or broken raises
    :class:`ExportError` saying so: the document is never quietly written in another look."""
    chosen = ExportFormat(fmt)
    style = load_style(options.style_file if options is not None else None)
    document = build_document(snapshot, options)
    if chosen is ExportFormat.DOCX:
        from .docx import render_docx

        return render_docx(document, style)
    from .pdf import render_pdf

    return render_pdf(document, style)


def export_workshop(
    snapshot: WorkshopSnapshot,
    target: str | Path,
    fmt: ExportFormat | str | None = None,
    *,
    overwrite: bool = False,
    options: ExportOptions | None = None,
) -> Path:
    """Write the agreement to ``target`` (format from ``fmt`` or the file's suffix), atomically.

    Raises :class:`TargetExistsError` if ``target`` exists and ``overwrite`` is false, and
    :class:`ExportError` with a message for the user for anything else that stops the export.
    """
    from .files import write_atomic

    path = Path(target)
    if fmt is None:
        suffix = path.suffix.lower().lstrip(".")
        try:
            fmt = ExportFormat(suffix)
        except ValueError:
            raise ExportError(
                msg("Choose a file name ending in .docx or .pdf (not “{name}”).", name=path.name[:60])
            ) from None
    return write_atomic(path, render(snapshot, fmt, options), overwrite=overwrite)


__all__ = [
    "ExportError",
    "ExportFormat",
    "ExportOptions",
    "Style",
    "TargetExistsError",
    "build_document",
    "check_style",
    "export_workshop",
    "load_style",
    "render",
]
