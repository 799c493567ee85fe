"""What the agreement says, in which order: builds a :class:`~.document.Document` from a snapshot.

The chapters follow the workshop: parties and purpose, participants, then one chapter per step whose
entities (registered in ``model.fields.ENTITIES``) hold anything, open points and the signatures.
A list entity becomes a table (or, when it has too many columns for a portrait page, one short
key–value block per row); a 1:1 section becomes a key–value list. Empty sections are left out, so
the reader never meets a heading with nothing under it. Fixed words come from ``catalogue``; numbers,
dates and money are formatted for the workshop's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from slaworkshop.model import steps as _steps  # noqa: F401 - registers the step entities
from slaworkshop.model.enums import AgreementState, WorkshopStatus
from slaworkshop.model.fields import ENTITIES, PARTICIPANTS, WORKSHOP, EntitySpec, FieldSpec, Kind
from slaworkshop.model.signing import SIGNATORIES
from slaworkshop.services.snapshot import ClauseState, WorkshopSnapshot
from slaworkshop.services.versions import (
    CLAUSE_ENTITY,
    POSITION_FIELD,
    Change,
    ChangeKind,
    ContentError,
    FieldChange,
    revive,
)

from . import catalogue, formatting
from .computed import computed_sections
from .document import (
    Block,
    Cell,
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

_CHANGE_TEXT = 300
"""A changed value is quoted up to this many characters in the change history."""

MAX_TABLE_COLUMNS = 6
"""More columns than this do not fit a portrait page legibly: such rows become key–value blocks."""

_AGREEMENT_FIELDS = ("agreement", "agreement_note")
_WIDTH_BY_KIND = {Kind.LONGTEXT: 3.0, Kind.TEXT: 2.0, Kind.EMAIL: 2.4, Kind.AGREEMENT: 1.5, Kind.CHOICE: 1.3}
_BENCHMARK = "benchmark"
# Clauses whose key does not start with the name of the entity they belong to.
_CLAUSE_OWNER = {"definitions": "stages"}
_LONGEST_WORD = 28  # letters a column makes room for; longer words may break
_LONGEST_EMAIL = 40
_BOLD_WIDTH = 1.12  # a bold letter against a regular one, roughly, in DejaVu Sans


def _column_weight(spec: FieldSpec, caption: str, texts: Sequence[str]) -> float:
    """A relative width: room for the longest word (so "Consideration" is never cut in two), more
    for columns with long texts, and at least what the kind of value usually needs.

    The caption is set in bold, a little wider per letter, and German and Dutch captions are often
    one long compound ("Abschlusswahrscheinlichkeit"); an e-mail address cannot break at all."""
    cap = _LONGEST_EMAIL if spec.kind is Kind.EMAIL else _LONGEST_WORD
    words = [len(word) for text in texts for word in text.split()]
    longest = min(max(words, default=4), cap)
    heading = min(max((len(word) for word in caption.split()), default=4), _LONGEST_WORD) * _BOLD_WIDTH
    average = sum(min(len(t), 400) for t in texts) / max(len(texts), 1)
    return max(_WIDTH_BY_KIND.get(spec.kind, 1.2) * 5, longest + 2, heading + 2, min(average, 200) / 4)


_LETTERS_PER_LINE = 80
"""Letters of table text in one line of the text width, roughly (DejaVu Sans at the table size)."""


def _fit_captions(header: Sequence[str], widths: Sequence[float]) -> tuple[float, ...]:
    """Fixed relative widths, widened where a caption's longest word would not fit its column: a
    German or Dutch caption ("Overeenstemming") is often one word longer than the English."""
    total = sum(widths)
    fitted = [
        max(
            width,
            total * (max((len(w) for w in caption.split()), default=0) * _BOLD_WIDTH + 2) / _LETTERS_PER_LINE,
        )
        for caption, width in zip(header, widths, strict=True)
    ]
    return tuple(fitted)


@dataclass(frozen=True)
class ApprovalEntry:
    """A signatory's approval of the version being exported, as the sign-off recorded it."""

    name: str
    title: str = ""
    department: str = ""
    role: str = ""
    approved_on: date | None = None
    typed_name: str = ""
    signature_png: bytes | None = None


@dataclass(frozen=True)
class HistoryEntry:
    """A signed version in the change history, with what changed since the version before it."""

    number: int
    signed_at: datetime
    signed_by: str
    fingerprint: str
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class ApprovedSignatory(Signatory):
    """A signatory who approved: the typed name and drawn signature (PNG) the writers print.

    ``document.Signatory`` has no place for them yet; the writers read these two fields when
    present, so the format-neutral model stays as it is until it gains them.
    """

    typed_name: str = ""
    signature_png: bytes | None = None


@dataclass(frozen=True)
class ExportOptions:
    """What the outline cannot know from the snapshot alone: version, approvals and history.

    A document is final (no DRAFT mark) only for a signed snapshot exported with its fingerprint;
    the sign-off service (``services.signoff``) fills these in for a version or a draft.
    """

    version_label: str | None = None  # default: "Version N", "Draft N+1, revision R" or "Draft, revision R"
    issued: date | None = None  # default: today
    signatories: tuple[Signatory, ...] = ()  # default: the approvals, else the workshop's signatories
    fingerprint: str | None = None
    version: int | None = None  # the signed version this document shows
    signed_at: datetime | None = None
    approvals: tuple[ApprovalEntry, ...] = ()
    next_version: int | None = None  # a draft: the number it will have once signed
    history: tuple[HistoryEntry, ...] = ()  # the signed versions up to this one
    pending_changes: tuple[Change, ...] = ()  # a draft: what changed since the latest version
    style_file: Path | None = None  # the document style (export/style.py); default: the built-in one

    @property
    def final(self) -> bool:
        return bool(self.fingerprint)


@dataclass(frozen=True)
class _OpenPoint:
    section: str
    item: str
    state: AgreementState
    note: str


class _Writer:
    def __init__(self, snapshot: WorkshopSnapshot, specs: Sequence[EntitySpec]) -> None:
        self.snapshot = snapshot
        self.specs = specs
        language = str(snapshot.value("language") or "en")
        self.language = language
        self.blocks: list[Block] = []
        self.open_points: list[_OpenPoint] = []
        self.chapter = 0
        self.section = 0
        self.people = {
            str(p["id"]): str(p.get("name") or "").strip() or str(p["id"])
            for p in snapshot.rows_of(PARTICIPANTS.name)
        }

    # ----------------------------------------------------------------- words
    def t(self, key: str, **values: object) -> str:
        return catalogue.text(self.language, key, **values)

    def chapter_heading(self, title: str) -> None:
        self.chapter += 1
        self.section = 0
        self.blocks.append(Heading(f"{self.chapter}. {title}", 1))

    def section_heading(self, title: str) -> None:
        self.section += 1
        self.blocks.append(Heading(f"{self.chapter}.{self.section} {title}", 2))

    def agreement_word(self, value: Any) -> str:
        try:
            state = AgreementState(value)
        except ValueError:
            return str(value)
        return self.t(f"agreement.{state.value}")

    def choice_word(self, value: str) -> str:
        key = f"choice.{value}"
        if catalogue.has(key):
            return self.t(key)
        return value.replace("_", " ").capitalize()

    def show(self, spec: FieldSpec, value: Any, row: Mapping[str, Any] | None = None) -> str:
        """One stored value as the reader should see it; ``""`` when there is nothing to show.

        ``row`` gives context: an amount without a unit of its own is money when its row names a
        currency (the funnel inputs), and takes the row's ``unit`` otherwise (a goal, a KPI).
        """
        if value is None or (isinstance(value, str) and not value.strip()):
            return ""
        kind = spec.kind
        if kind is Kind.BOOL:
            return self.t("value.yes" if value else "value.no")
        if kind is Kind.AGREEMENT:
            return self.agreement_word(value)
        if kind is Kind.CHOICE:
            return self.choice_word(str(value))
        if kind is Kind.PERCENT and isinstance(value, int | Decimal | float):
            return formatting.percent(value, self.language)
        if kind in (Kind.INT, Kind.DECIMAL) and isinstance(value, int | Decimal | float):
            unit = spec.unit
            if not unit and kind is Kind.DECIMAL and row is not None:
                currency = formatting.currency_code(str(row.get("currency") or ""))
                if currency is not None:
                    return formatting.money(value, currency, self.language)
                unit = str(row.get("unit") or "").strip()[:40]
            return self.amount(value, unit)
        if kind is Kind.DATE and isinstance(value, date | datetime):
            return formatting.long_date(value, self.language)
        if kind is Kind.TEXT and self.people:
            # Fields that pick participants (the core team, who keeps the minutes) store their ids.
            ids = str(value).split()
            if ids and all(i in self.people for i in ids):
                return ", ".join(self.people[i] for i in ids)
        return str(value)

    def amount(self, value: int | Decimal | float, unit: str) -> str:
        """A number with its unit: money for a currency, the catalogue's words for the units of the
        model's fields (``12 Arbeitstage``), and a unit the room typed as it was typed."""
        key = "unit." + unit.strip().replace(" ", "_")
        if unit and catalogue.has(f"{key}.other"):
            return catalogue.counted(self.language, key, value, value=formatting.number(value, self.language))
        return formatting.quantity(value, unit, self.language)

    def heading_of(self, spec: EntitySpec) -> str:
        key = f"entity.{spec.name}"
        return self.t(key) if catalogue.has(key) else spec.label

    def label_of(self, spec: EntitySpec, field: FieldSpec) -> str:
        key = f"field.{spec.name}.{field.name}"
        return self.t(key) if catalogue.has(key) else field.label

    def clause_label(self, key: str) -> str:
        name = f"clause.{key}"
        return self.t(name) if catalogue.has(name) else key.replace("_", " ").replace(".", " – ").capitalize()

    # ----------------------------------------------------------------- chapters
    def parties(self) -> None:
        w = self.snapshot.workshop
        client = str(w.get("client") or "").strip()
        self.chapter_heading(self.t("chapter.parties"))
        if client:
            self.blocks.append(Paragraph(self.t("parties.intro", client=client)))
            marketing = self.t("parties.marketing", client=client)
            sales = self.t("parties.sales", client=client)
        else:
            self.blocks.append(Paragraph(self.t("parties.intro_no_client")))
            marketing, sales = self.t("parties.marketing_no_client"), self.t("parties.sales_no_client")
        self.blocks.append(
            KeyValueList(
                ((self.t("parties.party_marketing"), marketing), (self.t("parties.party_sales"), sales))
            )
        )
        self.section_heading(self.t("parties.purpose_heading"))
        self.blocks.append(Paragraph(self.t("parties.purpose")))
        details = [
            (
                self.t("workshop.dates"),
                formatting.date_range(w.get("date_start"), w.get("date_end"), self.language),
            ),
            (self.t("workshop.venue"), str(w.get("venue") or "")),
            (self.t("workshop.facilitator"), str(w.get("facilitator") or "")),
            (self.t("workshop.language"), self.t(f"language.{self.language}")),
        ]
        shown = tuple((k, v) for k, v in details if v.strip())
        self.section_heading(self.t("parties.workshop_heading"))
        self.blocks.append(KeyValueList(shown))

    def participants(self) -> None:
        rows = self.snapshot.rows_of(PARTICIPANTS.name)
        if not rows:
            return
        self.chapter_heading(self.t("chapter.participants"))
        self.blocks.append(Paragraph(self.t("participants.intro")))
        table = self.table(PARTICIPANTS, rows)
        if table is not None:
            self.blocks.append(table)

    def steps(self) -> None:
        by_step: dict[int, list[EntitySpec]] = {}
        for spec in self.specs:
            if spec is WORKSHOP or spec is PARTICIPANTS or spec is SIGNATORIES:
                continue
            by_step.setdefault(spec.step, []).append(spec)
        for step in sorted(by_step):
            blocks = self.step_blocks(step, by_step[step])
            if not blocks:
                continue
            key = f"step.{step}"
            self.chapter_heading(self.t(key) if catalogue.has(key) else self.t("step.other"))
            for title, content in blocks:
                self.section_heading(title)
                self.blocks.extend(content)

    def step_blocks(self, step: int, specs: Iterable[EntitySpec]) -> list[tuple[str, list[Block]]]:
        """(section title, blocks) for every entity of a step that holds anything."""
        sections: list[tuple[str, list[Block]]] = []
        for spec in specs:
            content: list[Block] = []
            if spec.single:
                content.extend(self.single(spec))
            else:
                content.extend(self.listing(spec))
            clauses = self.clauses_for(spec)
            if content and clauses:
                items: list[tuple[str, str]] = []
                for key, clause in clauses:
                    label = self.clause_label(key)
                    items.append(
                        (self.t("clause.agreement", section=label), self.agreement_word(clause.state))
                    )
                    if clause.note.strip():
                        items.append((self.t("agreement.note"), clause.note))
                    self.note_open_point(self.heading_of(spec), label, clause.state, clause.note)
                content.append(KeyValueList(tuple(items)))
            if content:
                sections.append((self.heading_of(spec), content))
        if sections:  # what the app computed from them: funnel, capacity, scoring check, cadence
            sections.extend(computed_sections(self.snapshot, step))
        return sections

    def clauses_for(self, spec: EntitySpec) -> list[tuple[str, ClauseState]]:
        """The sections of ``spec`` agreed as a whole: clauses keyed ``<entity>`` or ``<entity>.<part>``."""
        found = []
        for key in sorted(self.snapshot.clauses):
            owner = _CLAUSE_OWNER.get(key, key.split(".", 1)[0])
            if owner == spec.name:
                found.append((key, self.snapshot.clauses[key]))
        return found

    def content_fields(self, spec: EntitySpec) -> list[FieldSpec]:
        return [f for f in spec.fields if f.name not in _AGREEMENT_FIELDS]

    def single(self, spec: EntitySpec) -> list[Block]:
        values = self.snapshot.single(spec.name)
        fields = self.content_fields(spec)
        if all(values.get(f.name, f.empty_value()) in (f.empty_value(), None, "") for f in fields):
            return []
        items = [(self.label_of(spec, f), self.show(f, values.get(f.name), values)) for f in fields]
        items = [(k, v) for k, v in items if v]
        if spec.agreeable:
            state = values.get("agreement") or AgreementState.OPEN.value
            items.append((self.t("column.agreement"), self.agreement_word(state)))
            note = str(values.get("agreement_note") or "")
            if note.strip():
                items.append((self.t("column.note"), note))
            self.note_open_point(self.heading_of(spec), self.heading_of(spec), state, note)
        return [KeyValueList(tuple(items))] if items else []

    def listing(self, spec: EntitySpec) -> list[Block]:
        rows = self.snapshot.rows_of(spec.name)
        if not rows:
            return []
        if spec.agreeable:
            for index, row in enumerate(rows, start=1):
                self.note_open_point(
                    self.heading_of(spec),
                    self.row_title(spec, row, index),
                    row.get("agreement"),
                    str(row.get("agreement_note") or ""),
                )
        columns = self.columns(spec, rows)
        if len(columns) <= MAX_TABLE_COLUMNS:
            table = self.table(spec, rows)
            return [table] if table is not None else []
        return self.cards(spec, rows, columns)

    def columns(self, spec: EntitySpec, rows: Sequence[Mapping[str, Any]]) -> list[FieldSpec]:
        """The fields worth a column: those with a value in at least one row."""
        fields = list(spec.fields)
        if spec.agreeable and not any(str(r.get("agreement_note") or "").strip() for r in rows):
            fields = [f for f in fields if f.name != "agreement_note"]
        return [
            f for f in fields if f.kind is Kind.AGREEMENT or any(self.show(f, r.get(f.name)) for r in rows)
        ]

    def cells(self, row: Mapping[str, Any], columns: Sequence[FieldSpec]) -> tuple[Cell, ...]:
        """The row's values as cells, flagged where they rest on a benchmark."""
        # A row that rests on a benchmark (a choice set to "benchmark", e.g. a conversion rate's
        # source) flags that choice and its rates, wherever the table appears.
        benchmark = any(f.kind is Kind.CHOICE and row.get(f.name) == _BENCHMARK for f in columns)
        cells = []
        for f in columns:
            shown = self.show(f, row.get(f.name), row)
            flagged = benchmark and (
                f.kind is Kind.PERCENT or (f.kind is Kind.CHOICE and row.get(f.name) == _BENCHMARK)
            )
            if flagged and shown:
                shown = f"{shown} {self.t('benchmark.mark')}"
            cells.append(Cell(shown, benchmark=flagged and bool(shown)))
        return tuple(cells)

    def table(self, spec: EntitySpec, rows: Sequence[Mapping[str, Any]]) -> Table | None:
        columns = self.columns(spec, rows)
        if not columns:
            return None
        header = tuple(
            self.t("column.agreement")
            if f.kind is Kind.AGREEMENT
            else self.t("column.note")
            if f.name == "agreement_note"
            else self.label_of(spec, f)
            for f in columns
        )
        body = tuple(self.cells(r, columns) for r in rows)
        widths = tuple(
            _column_weight(f, caption, [row[i].text for row in body])
            for i, (f, caption) in enumerate(zip(columns, header, strict=True))
        )
        legend = self.t("benchmark.legend") if any(c.benchmark for row in body for c in row) else ""
        return Table(header, body, widths, legend)

    def row_title(self, spec: EntitySpec, row: Mapping[str, Any], index: int) -> str:
        for f in spec.fields:
            if f.kind in (Kind.TEXT, Kind.LONGTEXT) and str(row.get(f.name) or "").strip():
                return str(row[f.name]).strip().splitlines()[0]
        key = f"item.{spec.name}"
        label = self.t(key) if catalogue.has(key) else spec.label
        return f"{label} {formatting.number(index, self.language)}"

    def cards(
        self, spec: EntitySpec, rows: Sequence[Mapping[str, Any]], columns: Sequence[FieldSpec]
    ) -> list[Block]:
        blocks: list[Block] = []
        for index, row in enumerate(rows, start=1):
            blocks.append(Heading(self.row_title(spec, row, index), 3))
            cells = self.cells(row, columns)
            items = tuple(
                (self.t("column.agreement") if f.kind is Kind.AGREEMENT else self.label_of(spec, f), c.text)
                for f, c in zip(columns, cells, strict=True)
                if c.text
            )
            blocks.append(KeyValueList(items))
        if any(c.benchmark for row in rows for c in self.cells(row, columns)):
            blocks.append(Paragraph(self.t("benchmark.legend"), ParagraphStyle.MUTED))
        return blocks

    def note_open_point(self, section: str, item: str, state: Any, note: str) -> None:
        try:
            parsed = AgreementState(state)
        except ValueError:
            return
        if parsed.is_open_point:
            self.open_points.append(_OpenPoint(section, item, parsed, note))

    def open_points_chapter(self) -> None:
        if not self.open_points:
            return
        self.chapter_heading(self.t("chapter.open_points"))
        self.blocks.append(
            Note(self.t("open_points.note_title"), self.t("open_points.intro"), NoteKind.OPEN_POINT)
        )
        rows = tuple(
            (Cell(p.section), Cell(p.item), Cell(self.agreement_word(p.state)), Cell(p.note))
            for p in self.open_points
        )
        header = (
            self.t("open_points.section"),
            self.t("open_points.item_column"),
            self.t("column.agreement"),
            self.t("column.note"),
        )
        self.blocks.append(Table(header, rows, _fit_captions(header, (1.5, 2.5, 1.3, 2.5))))

    def signatories(self, options: ExportOptions) -> tuple[Signatory, ...]:
        """Who signs: the approvals of a signed version, else the workshop's signatories (with empty
        date and signature lines to sign on paper), else one line for each side."""
        if options.signatories:
            return options.signatories
        if options.approvals:
            return tuple(
                ApprovedSignatory(
                    name=a.name,
                    title=a.title,
                    department=self.choice_word(a.department) if a.department else "",
                    role=a.role,
                    signed_on=formatting.long_date(a.approved_on, self.language) if a.approved_on else "",
                    typed_name=self.t("signatures.typed", name=a.typed_name) if a.typed_name else "",
                    signature_png=a.signature_png,
                )
                for a in options.approvals
            )
        listed = tuple(
            Signatory(
                name=str(row.get("name") or ""),
                title=str(row.get("title") or ""),
                department=self.choice_word(str(row["department"])) if row.get("department") else "",
                role=str(row.get("role") or ""),
            )
            for row in self.snapshot.rows_of(SIGNATORIES.name)
        )
        return listed or (
            Signatory(name="", role=self.t("signatures.marketing")),
            Signatory(name="", role=self.t("signatures.sales")),
        )

    def signatures(self, options: ExportOptions) -> None:
        self.blocks.append(PageBreak())
        self.chapter_heading(self.t("chapter.signatures"))
        fingerprint = (
            self.t("signatures.fingerprint", fingerprint=options.fingerprint)
            if options.fingerprint
            else self.t("signatures.fingerprint_pending")
        )
        intro = (
            self.t("signatures.intro_signed", version=options.version)
            if options.approvals and options.version is not None
            else self.t("signatures.intro")
        )
        self.blocks.append(
            SignatureBlock(
                intro,
                self.signatories(options),
                fingerprint,
                name_caption=self.t("signatures.name"),
                date_caption=self.t("signatures.date"),
                signature_caption=self.t("signatures.signature"),
            )
        )

    # ----------------------------------------------------------------- change history
    def history(self, options: ExportOptions, draft: bool) -> None:
        """The signed versions (date, signers, fingerprint) and what changed from one to the next;
        a draft adds what changed since the latest version. Left out before the first sign-off."""
        pending = options.pending_changes if draft else ()
        if not options.history and not pending:
            return
        self.chapter_heading(self.t("chapter.history"))
        if options.history:
            self.blocks.append(Paragraph(self.t("history.intro")))
            rows = tuple(
                (
                    Cell(self.t("version.signed", version=entry.number)),
                    Cell(formatting.long_date(entry.signed_at, self.language)),
                    Cell(entry.signed_by),
                    Cell(entry.fingerprint),
                )
                for entry in options.history
            )
            header = (
                self.t("history.version"),
                self.t("history.signed_on"),
                self.t("history.signed_by"),
                self.t("history.fingerprint"),
            )
            self.blocks.append(Table(header, rows, _fit_captions(header, (1.2, 1.6, 3.0, 3.2))))
        for entry in options.history:
            if entry.number > 1:
                self.section_heading(
                    self.t("history.changes_in", version=entry.number, previous=entry.number - 1)
                )
                self.change_table(entry.changes)
        if pending or (draft and options.history):
            latest = options.history[-1].number if options.history else 0
            self.section_heading(self.t("history.changes_draft", version=latest))
            self.change_table(pending)

    def change_table(self, found: Sequence[Change]) -> None:
        if not found:
            self.blocks.append(Paragraph(self.t("history.no_changes"), ParagraphStyle.MUTED))
            return
        header = (
            self.t("history.section"),
            self.t("history.item"),
            self.t("history.change"),
            self.t("history.details"),
        )
        rows = tuple(
            (
                Cell(self.change_section(change)),
                Cell(self.change_item(change)),
                Cell(self.t(f"history.kind.{change.kind.value}")),
                Cell("\n".join(self.field_change(change, f) for f in change.fields)),
            )
            for change in found
        )
        self.blocks.append(Table(header, rows, _fit_captions(header, (1.8, 2.2, 1.1, 4.0))))

    def change_section(self, change: Change) -> str:
        if change.entity == CLAUSE_ENTITY:
            return self.t("history.clause")
        spec = ENTITIES.get(change.entity)
        return self.heading_of(spec) if spec is not None else change.section

    def change_item(self, change: Change) -> str:
        """The changed item as this document names it: a section by its title, a row without text
        of its own by its numbered kind ("Eskalationsstufe 2"), any other row by its text."""
        if change.entity == CLAUSE_ENTITY:
            return self.clause_label(change.item)
        spec = ENTITIES.get(change.entity)
        if spec is None:
            return change.item
        if change.item == spec.label:
            return self.heading_of(spec)
        label, _, number = change.item.rpartition(" ")
        if label == spec.label and number.isdigit():
            key = f"item.{spec.name}"
            return f"{self.t(key) if catalogue.has(key) else label} {formatting.number(int(number), self.language)}"
        return change.item

    def field_change(self, change: Change, field: FieldChange) -> str:
        """``Target: 100 → 120`` (changed), ``Target: 100`` (added or removed), values as printed."""
        if field.field == POSITION_FIELD:
            label = self.t("history.position")
        elif change.entity == CLAUSE_ENTITY:
            label = self.t("column.agreement") if field.field == "state" else self.t("agreement.note")
        else:
            spec = ENTITIES.get(change.entity)
            known = spec.by_name.get(field.field) if spec is not None else None
            label = self.label_of(spec, known) if spec is not None and known is not None else field.label
        old, new = self.change_value(change, field, field.old), self.change_value(change, field, field.new)
        if change.kind is ChangeKind.ADDED:
            return f"{label}: {new}"
        if change.kind is ChangeKind.REMOVED:
            return f"{label}: {old}"
        return f"{label}: {old} → {new}"

    def change_value(self, change: Change, field: FieldChange, value: Any) -> str:
        empty = self.t("value.empty")
        if value is None or value == "":
            return empty
        if field.field == POSITION_FIELD:
            return str(value)
        if change.entity == CLAUSE_ENTITY:
            shown = self.agreement_word(value) if field.field == "state" else str(value)
        else:
            spec = ENTITIES.get(change.entity)
            known = spec.by_name.get(field.field) if spec is not None else None
            if known is None:
                shown = str(value)
            else:
                try:
                    shown = self.show(known, revive(known, value))
                except ContentError:
                    shown = str(value)
        shown = " ".join(shown.split())
        return (shown if len(shown) <= _CHANGE_TEXT else shown[: _CHANGE_TEXT - 1] + "…") or empty


def build_document(
    snapshot: WorkshopSnapshot,
    options: ExportOptions | None = None,
    *,
    specs: Sequence[EntitySpec] | None = None,
) -> Document:
    """The agreement for ``snapshot``: the same snapshot and options always give the same document
    (pass ``options.issued`` to fix the date of issue, which is otherwise today)."""
    options = options or ExportOptions()
    writer = _Writer(snapshot, list(ENTITIES.values()) if specs is None else specs)
    t = writer.t
    w = snapshot.workshop
    language = writer.language
    status = str(w.get("status") or WorkshopStatus.DRAFT.value)
    # Final only with the fingerprint of a signed version: a snapshot that merely says "signed"
    # (imported, or exported without its record) is still marked DRAFT on every page.
    draft = status != WorkshopStatus.SIGNED.value or not options.final
    if options.version_label:
        version_label = options.version_label
    elif not draft and options.version is not None:
        version_label = t("version.signed", version=options.version)
    elif options.next_version is not None:
        version_label = t("version.draft_next", version=options.next_version, revision=snapshot.revision)
    else:
        version_label = t("version.draft_revision", revision=snapshot.revision)
    if draft and status == WorkshopStatus.SIGNED.value:
        status = WorkshopStatus.DRAFT.value
    status_key = f"status.{status}"
    status_label = t(status_key) if catalogue.has(status_key) else status
    issued = formatting.long_date(options.issued or date.today(), language)
    client = str(w.get("client") or "").strip()
    title = str(w.get("title") or "").strip() or t("document.title")
    workshop_date = formatting.date_range(w.get("date_start"), w.get("date_end"), language)
    facilitator = str(w.get("facilitator") or "").strip()
    signed_on = signed_by = ""
    if not draft and options.signed_at is not None:
        signed_on = formatting.long_date(options.signed_at, language)
    if not draft and options.approvals:
        signed_by = ", ".join(
            f"{a.name} ({a.role})" if a.role else a.name for a in options.approvals if a.name
        )
    details = tuple(
        (caption, value)
        for caption, value in (
            (t("title.client"), client),
            (t("title.version"), version_label),
            (t("title.status"), status_label),
            (t("title.workshop_date"), workshop_date),
            (t("title.signed_on"), signed_on),
            (t("title.signed_by"), signed_by),
            (t("title.issued"), issued),
            (t("title.facilitator"), facilitator),
        )
        if value
    )
    title_page = TitlePage(
        client=client,
        title=title,
        version_label=version_label,
        status=status_label,
        date=workshop_date,
        facilitator=facilitator,
        subtitle=t("document.title") if title != t("document.title") else "",
        details=details,
    )
    writer.blocks.append(TableOfContents(t("contents.title"), t("contents.placeholder")))
    writer.blocks.append(PageBreak())
    writer.parties()
    writer.participants()
    writer.steps()
    writer.open_points_chapter()
    writer.signatures(options)
    writer.history(options, draft)
    return Document(
        language=language,
        title_page=title_page,
        blocks=tuple(writer.blocks),
        draft=draft,
        version_label=version_label,
        draft_label=t("mark.draft"),
        page_label=t("mark.page", page="{page}", pages="{pages}"),
        metadata={
            "title": f"{title} — {client}" if client else title,
            "author": facilitator,
            "subject": t("document.subject"),
            "keywords": "SLA, Marketing, Sales",
            "language": language,
        },
    )
