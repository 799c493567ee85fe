"""A small, format-neutral model of the exported agreement.

The outline (``outline.py``) describes *what* the agreement says as a :class:`Document`; the DOCX
and PDF writers only decide *how* it looks. Every string in here is plain text exactly as it should
be read — never markup — so each writer escapes it its own way. Adding a chapter means adding blocks
here, never writing DOCX or PDF code twice.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class TitlePage:
    client: str
    title: str
    version_label: str
    status: str
    date: str
    facilitator: str
    subtitle: str = ""
    # Caption/value pairs printed under the title, e.g. ("Client", "ACME GmbH"), in this order.
    details: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class TableOfContents:
    title: str
    placeholder: str = ""  # shown by Word until the field is updated


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = chapter, 2 = section, 3 = sub-section (not listed in the contents)

    @property
    def in_contents(self) -> bool:
        return self.level <= 2


class ParagraphStyle(Enum):
    BODY = "body"
    MUTED = "muted"  # explanations in a quieter colour and size


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: ParagraphStyle = ParagraphStyle.BODY


@dataclass(frozen=True)
class KeyValueList:
    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Cell:
    text: str
    benchmark: bool = False  # rests on a published benchmark rather than the client's own data


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    # Relative column widths (any positive numbers); the writers scale them to the text width.
    widths: tuple[float, ...] = ()
    # Printed under the table when any cell is flagged as a benchmark.
    benchmark_legend: str = ""

    @property
    def has_benchmark(self) -> bool:
        return any(cell.benchmark for row in self.rows for cell in row)

    def column_widths(self) -> tuple[float, ...]:
        """Widths as fractions of the text width, one per column, summing to 1."""
        count = len(self.header)
        widths = (
            self.widths if len(self.widths) == count and all(w > 0 for w in self.widths) else (1.0,) * count
        )
        total = sum(widths)
        return tuple(w / total for w in widths)


class NoteKind(Enum):
    INFO = "info"
    OPEN_POINT = "open_point"
    WARNING = "warning"


@dataclass(frozen=True)
class Note:
    """A callout box: an open point, a warning, a remark the reader must not miss."""

    title: str
    text: str
    kind: NoteKind = NoteKind.INFO


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str = ""
    department: str = ""
    role: str = ""
    signed_on: str = ""


@dataclass(frozen=True)
class SignatureBlock:
    intro: str
    signatories: tuple[Signatory, ...]
    fingerprint: str  # the whole line, e.g. "Fingerprint (SHA-256): 3a7f…"
    # Captions of the lines under each signatory, e.g. ("Name", "Date", "Signature").
    name_caption: str = "Name"
    date_caption: str = "Date"
    signature_caption: str = "Signature"


@dataclass(frozen=True)
class PageBreak:
    pass


Block = TableOfContents | Heading | Paragraph | KeyValueList | Table | Note | SignatureBlock | PageBreak


@dataclass(frozen=True)
class Document:
    language: str
    title_page: TitlePage
    blocks: tuple[Block, ...]
    draft: bool = True
    version_label: str = ""
    draft_label: str = "DRAFT"  # printed on every page of a draft, followed by the version label
    page_label: str = "Page {page} of {pages}"
    metadata: Mapping[str, str] = field(default_factory=dict)  # title, author, subject, keywords

    @property
    def running_label(self) -> str:
        """The mark on every page of a draft, e.g. "DRAFT · Draft, revision 7"."""
        if not self.draft:
            return self.version_label
        return f"{self.draft_label} · {self.version_label}" if self.version_label else self.draft_label

    def texts(self) -> Iterator[str]:
        """Every string the document prints, for checks such as missing glyphs."""
        page = self.title_page
        yield from (page.client, page.title, page.subtitle, page.version_label, page.status, page.date)
        yield page.facilitator
        for caption, value in page.details:
            yield caption
            yield value
        yield self.running_label
        yield self.page_label
        for block in self.blocks:
            yield from block_texts(block)


def block_texts(block: Block) -> Iterator[str]:
    if isinstance(block, TableOfContents):
        yield block.title
    elif isinstance(block, Heading | Paragraph):
        yield block.text
    elif isinstance(block, KeyValueList):
        for key, value in block.items:
            yield key
            yield value
    elif isinstance(block, Table):
        yield from block.header
        for row in block.rows:
            yield from (cell.text for cell in row)
        yield block.benchmark_legend
    elif isinstance(block, Note):
        yield block.title
        yield block.text
    elif isinstance(block, SignatureBlock):
        yield block.intro
        yield block.fingerprint
        yield from (block.name_caption, block.date_caption, block.signature_caption)
        for person in block.signatories:
            yield from (person.name, person.title, person.department, person.role, person.signed_on)
