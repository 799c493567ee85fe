"""Starter content: list the starters, start a workshop from one, save a workshop as the user's own.

A starter is a JSON document with the content of steps 1–8 that a consultant does not want to type
again in every workshop: lifecycle stages, disqualification reasons, scoring criteria, handoff
rules, nurture tracks, KPIs and an escalation ladder. Three ship with the app
(``templates/starters/en.json``, ``de.json``, ``nl.json``); the user's own live in
``<data dir>/starters/``. The format (also described in ``templates/starters/README.md``)::

    {
      "format": "slaworkshop.starter",          # or "slaworkshop.sample" (see services/sample.py)
      "version": 1,
      "language": "en",                          # en, de or nl: the workshop's document language
      "name": "B2B standard",                     # shown in the "New workshop" dialog
      "description": "…",
      "rows":     {"<list entity>": [{"<field>": value, …, "_source": "…"}, …], …},
      "sections": {"<1:1 entity>": {"<field>": value, …, "_source": "…"}, …},
      "clauses":  {"<clause key>": {"agreement": "agreed", "note": "…"}, …}     # optional
    }

Entity and field names are those of :mod:`slaworkshop.model.steps` (``stages``, ``kpis`` …). Every
value is checked by its field's ``FieldSpec`` when the document is loaded, exactly as an edit in the
editor would be, so a user's starter that was edited by hand or damaged gives a message that says
where the problem is — never a traceback, and never a half-applied workshop. ``_source`` says where
a default number comes from (a study, a benchmark, the seed articles); it is guidance for the
facilitator, not stored in the workshop. Items from a starter arrive as *proposed*: the room still
has to agree on them.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from slaworkshop import paths
from slaworkshop.model import steps
from slaworkshop.model.enums import AgreementState, Language
from slaworkshop.model.errors import StoreError
from slaworkshop.model.fields import ENTITIES, EntitySpec, FieldError, Kind
from slaworkshop.model.tables import new_id
from slaworkshop.model.text import clean_text

from .errors import ValidationError
from .ops import AddRow, Op, SetClause, SetField
from .workshops import WorkshopService

STARTER_FORMAT = "slaworkshop.starter"
SAMPLE_FORMAT = "slaworkshop.sample"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 2_000_000
"""A starter is a few dozen kilobytes; anything this large is not one."""
MAX_ROWS_PER_LIST = 1_000
MAX_NAME = 200
MAX_SOURCE = 2_000
SHIPPED_PREFIX = "shipped:"
USER_PREFIX = "user:"

_STEP_LISTS = {s.name: s for s in steps.STEP_ENTITIES if not s.single}
_STEP_SECTIONS = {s.name: s for s in steps.STEP_ENTITIES if s.single}
_META_KEYS = frozenset({"_source"})
# Workshop-specific values that make no sense in another workshop: who is in the core team (ids
# of this workshop's participants) and who keeps minutes. Dates are left out as well.
_NOT_SAVED = frozenset(
    {("governance", "core_team"), ("governance", "minutes_keeper"), ("governance", "actions_keeper")}
)


class StarterError(StoreError):
    """A starter that cannot be read or used; the message says which file and what is wrong."""


@dataclass(frozen=True)
class StarterInfo:
    """One line of the starter list; ``problem`` is set (and the starter unusable) if it is broken."""

    id: str
    name: str
    language: str
    description: str
    shipped: bool
    path: Path
    problem: str = ""


@dataclass
class Content:
    """A validated starter or sample: every value already as the store keeps it."""

    format: str
    language: str
    name: str
    description: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    clauses: dict[str, tuple[AgreementState, str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    """``"entity[index]"`` or ``"section"`` → where its default numbers come from."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Top-level keys a sample adds (workshop, participants …), checked by services/sample.py."""


# ------------------------------------------------------------------------------------------ parsing
def _where(origin: str, *parts: object) -> str:
    return origin + "".join(f", {p}" for p in parts)


def _text(value: Any, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise StarterError(f"{what}: expected text.")
    cleaned = clean_text(value, multiline=True)
    if len(cleaned) > limit:
        raise StarterError(f"{what}: at most {limit:,} characters.")
    return cleaned


def check_values(
    spec: EntitySpec, raw: Any, where: str, *, allowed_meta: frozenset[str] = _META_KEYS
) -> tuple[dict[str, Any], str]:
    """Coerce one row or section through its FieldSpecs; returns (values, ``_source`` text)."""
    if not isinstance(raw, dict):
        raise StarterError(f"{where}: expected an object with field names.")
    values: dict[str, Any] = {}
    source = ""
    for key, value in raw.items():
        if key in allowed_meta:
            if key == "_source":
                source = _text(value, f"{where}, _source", MAX_SOURCE)
            continue
        if key not in spec.by_name:
            known = ", ".join(f.name for f in spec.fields)
            raise StarterError(f"{where}: unknown field “{str(key)[:40]}” (known: {known}).")
        field_spec = spec.by_name[key]
        if field_spec.kind is Kind.DATE and isinstance(value, date):
            value = value.isoformat()
        try:
            values[key] = field_spec.coerce(value)
        except FieldError as exc:
            raise StarterError(f"{where}: {exc}") from None
    return values, source


def parse_content(raw: bytes | str, origin: str, *, formats: Sequence[str] = (STARTER_FORMAT,)) -> Content:
    """Read and check a starter (or sample) document; raises :class:`StarterError` with the reason."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    if len(raw) > MAX_FILE_BYTES:
        raise StarterError(
            f"{origin}: too large for a starter ({len(raw):,} bytes; at most {MAX_FILE_BYTES:,})."
        )
    try:
        data = json.loads(raw.decode("utf-8"), parse_float=Decimal)
    except UnicodeDecodeError:
        raise StarterError(f"{origin}: not a text file in UTF-8.") from None
    except json.JSONDecodeError as exc:
        raise StarterError(
            f"{origin}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except (ValueError, RecursionError):
        raise StarterError(
            f"{origin}: not a usable JSON document (nested too deeply or numbers too long)."
        ) from None
    if not isinstance(data, dict):
        raise StarterError(f"{origin}: expected a JSON object at the top.")
    fmt = data.get("format")
    if fmt not in formats:
        raise StarterError(f"{origin}: not an SLA Workshop starter (format “{str(fmt)[:40]}”).")
    if data.get("version") != FORMAT_VERSION:
        raise StarterError(
            f"{origin}: format version {str(data.get('version'))[:10]} is not supported (expected {FORMAT_VERSION})."
        )
    language = data.get("language")
    if language not in {lang.value for lang in Language}:
        allowed = ", ".join(lang.value for lang in Language)
        raise StarterError(f"{origin}: language “{str(language)[:20]}” is not one of {allowed}.")
    name = " ".join(_text(data.get("name", ""), f"{origin}: name", MAX_NAME).split())
    if not name:
        raise StarterError(f"{origin}: the starter has no name.")
    content = Content(
        format=str(fmt),
        language=str(language),
        name=name,
        description=_text(data.get("description", ""), f"{origin}: description", MAX_SOURCE),
    )
    known_top = {"format", "version", "language", "name", "description", "rows", "sections", "clauses"}
    for key, value in data.items():
        if key not in known_top:
            if fmt == STARTER_FORMAT:
                raise StarterError(f"{origin}: unknown entry “{str(key)[:40]}”.")
            content.extra[key] = value

    rows = data.get("rows", {})
    if not isinstance(rows, dict):
        raise StarterError(f"{origin}: “rows” must be an object of lists.")
    for entity_name, items in rows.items():
        spec = _STEP_LISTS.get(entity_name)
        if spec is None:
            raise StarterError(
                f"{origin}: unknown list “{str(entity_name)[:40]}” (known: {', '.join(_STEP_LISTS)})."
            )
        if not isinstance(items, list):
            raise StarterError(f"{origin}, {entity_name}: expected a list.")
        if len(items) > MAX_ROWS_PER_LIST:
            raise StarterError(
                f"{origin}, {entity_name}: {len(items):,} rows; at most {MAX_ROWS_PER_LIST:,}."
            )
        checked: list[dict[str, Any]] = []
        for index, item in enumerate(items):
            values, source = check_values(spec, item, _where(origin, entity_name, f"row {index + 1}"))
            checked.append(values)
            if source:
                content.sources[f"{entity_name}[{index}]"] = source
        content.rows[entity_name] = checked

    sections = data.get("sections", {})
    if not isinstance(sections, dict):
        raise StarterError(f"{origin}: “sections” must be an object.")
    for entity_name, item in sections.items():
        spec = _STEP_SECTIONS.get(entity_name)
        if spec is None:
            raise StarterError(
                f"{origin}: unknown section “{str(entity_name)[:40]}” (known: {', '.join(_STEP_SECTIONS)})."
            )
        values, source = check_values(spec, item, _where(origin, entity_name))
        content.sections[entity_name] = values
        if source:
            content.sources[entity_name] = source

    clauses = data.get("clauses", {})
    if not isinstance(clauses, dict):
        raise StarterError(f"{origin}: “clauses” must be an object.")
    for key, item in clauses.items():
        if key not in steps.CLAUSE_KEYS:
            raise StarterError(f"{origin}: unknown section “{str(key)[:40]}” in clauses.")
        if not isinstance(item, dict) or set(item) - {"agreement", "note"}:
            raise StarterError(f'{origin}, clauses, {key}: expected {{"agreement": …, "note": …}}.')
        try:
            state = AgreementState(item.get("agreement", AgreementState.OPEN.value))
        except ValueError:
            raise StarterError(
                f"{origin}, clauses, {key}: “{str(item.get('agreement'))[:40]}” is not an agreement state."
            ) from None
        content.clauses[key] = (state, _text(item.get("note", ""), f"{origin}, clauses, {key}", MAX_SOURCE))
    return content


def read_content_file(path: Path, *, formats: Sequence[str] = (STARTER_FORMAT,)) -> Content:
    origin = path.name
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise StarterError(f"{origin}: cannot be read ({exc.strerror or exc}).") from None
    return parse_content(raw, origin, formats=formats)


# ------------------------------------------------------------------------------------------ applying
def content_ops(content: Content, *, default_agreement: AgreementState = AgreementState.PROPOSED) -> list[Op]:
    """The edits that put ``content`` into an (empty) workshop.

    Agreeable rows without their own agreement state get ``default_agreement``: a starter's items
    are proposals until the room agrees on them.
    """
    ops: list[Op] = []
    for spec in steps.STEP_ENTITIES:
        if spec.single:
            for name, value in content.sections.get(spec.name, {}).items():
                ops.append(SetField(spec.name, name, value))
            continue
        for values in content.rows.get(spec.name, []):
            row = dict(values)
            if spec.agreeable:
                row.setdefault("agreement", default_agreement.value)
            ops.append(AddRow(spec.name, row, row_id=new_id()))
    for key, (state, note) in content.clauses.items():
        ops.append(SetClause(key, state, note))
    return ops


def source_notes(content: Content) -> list[tuple[str, str]]:
    """Where the default numbers come from, as (what, source) pairs for the guidance panel.

    ``what`` names the item the way the facilitator sees it, e.g. ``"KPI: Lead response time"``.
    """
    notes: list[tuple[str, str]] = []
    for key, source in content.sources.items():
        name, _, index = key.partition("[")
        spec = ENTITIES.get(name)
        if spec is None:
            continue
        what = spec.label
        if index:
            row = content.rows.get(name, [])[int(index.rstrip("]"))]
            title = next(
                (str(row[f.name]) for f in spec.fields if f.kind is Kind.TEXT and row.get(f.name)), ""
            )
            what = f"{spec.label}: {title}" if title else spec.label
        notes.append((what, source))
    return notes


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60]
    return slug or "starter"


class StarterService:
    """The shipped starters and the user's own, and starting workshops from them."""

    def __init__(
        self, workshops: WorkshopService, user_dir: Path | None = None, shipped_dir: Path | None = None
    ) -> None:
        self.workshops = workshops
        self.user_dir = user_dir
        self.shipped_dir = shipped_dir or paths.templates_dir() / "starters"

    @classmethod
    def for_data_dir(cls, workshops: WorkshopService, data_dir: Path) -> StarterService:
        return cls(workshops, data_dir / "starters")

    # ----------------------------------------------------------------- listing
    def list_starters(self) -> list[StarterInfo]:
        """Shipped starters (English, German, Dutch) first, then the user's own by name."""
        found: list[StarterInfo] = []
        for path in sorted(self.shipped_dir.glob("*.json")):
            found.append(self._info(SHIPPED_PREFIX + path.stem, path, shipped=True))
        if self.user_dir is not None and self.user_dir.is_dir():
            # Regular files only: a FIFO or device named *.json would block or never end.
            files = [p for p in self.user_dir.glob("*.json") if p.is_file() and not p.name.startswith(".")]
            user = [self._info(USER_PREFIX + p.stem, p, shipped=False) for p in files]
            found += sorted(user, key=lambda s: (s.name.lower(), s.id))
        return found

    def _info(self, starter_id: str, path: Path, *, shipped: bool) -> StarterInfo:
        try:
            content = read_content_file(path)
        except StarterError as exc:
            return StarterInfo(starter_id, path.stem, "", "", shipped, path, problem=str(exc))
        return StarterInfo(starter_id, content.name, content.language, content.description, shipped, path)

    def _path(self, starter_id: str) -> Path:
        if not isinstance(starter_id, str):
            raise StarterError("Unknown starter.")
        if starter_id.startswith(SHIPPED_PREFIX):
            folder, stem = self.shipped_dir, starter_id[len(SHIPPED_PREFIX) :]
        elif starter_id.startswith(USER_PREFIX) and self.user_dir is not None:
            folder, stem = self.user_dir, starter_id[len(USER_PREFIX) :]
        else:
            raise StarterError(f"There is no starter “{starter_id[:60]}”.")
        # Only plain names inside the folder: an id never walks out of it.
        if not stem or len(stem) > 200 or stem.startswith(".") or any(c in stem for c in "/\\\x00:"):
            raise StarterError(f"There is no starter “{starter_id[:60]}”.")
        path = folder / f"{stem}.json"
        if not path.is_file():
            raise StarterError(f"There is no starter “{starter_id[:60]}”.")
        return path

    def load(self, starter_id: str) -> Content:
        return read_content_file(self._path(starter_id))

    def shipped_id(self, language: str) -> str:
        return SHIPPED_PREFIX + language

    # ----------------------------------------------------------------- using
    def create_workshop(
        self,
        starter_id: str | None,
        client: str = "",
        title: str = "",
        *,
        language: str | None = None,
        date_start: date | None = None,
        facilitator: str = "",
        venue: str = "",
    ) -> str:
        """A new workshop from a starter (``None``: an empty workshop). Nothing is created if it fails."""
        content = self.load(starter_id) if starter_id is not None else None
        lang = language or (content.language if content else Language.EN.value)
        wid = self.workshops.create(
            client, title, language=lang, date_start=date_start, facilitator=facilitator, venue=venue
        )
        if content is not None:
            try:
                self.workshops.apply(wid, None, content_ops(content))
            except ValidationError:
                # Checked when loaded, so this is unexpected; never leave a half-filled workshop.
                self.workshops.delete(wid)
                self.workshops.purge(wid)
                raise
        return wid

    def apply(self, workshop_id: str, starter_id: str) -> None:
        """Add a starter's content to an existing workshop (one save, undone as a whole by reloading)."""
        self.workshops.apply(workshop_id, None, content_ops(self.load(starter_id)))

    def save_as_starter(self, workshop_id: str, name: str, description: str = "") -> StarterInfo:
        """Save a workshop's content of steps 1–8 as the user's own starter (without agreement states,
        participants and dates, which belong to that one workshop)."""
        if self.user_dir is None:
            raise StarterError("There is no folder for your own starters.")
        clean_name = " ".join(clean_text(name if isinstance(name, str) else "", multiline=False).split())[
            :MAX_NAME
        ]
        if not clean_name:
            raise StarterError("Give the starter a name.")
        snap = self.workshops.get(workshop_id)
        document: dict[str, Any] = {
            "format": STARTER_FORMAT,
            "version": FORMAT_VERSION,
            "language": snap.workshop.get("language") or Language.EN.value,
            "name": clean_name,
            "description": clean_text(description if isinstance(description, str) else "")[:MAX_SOURCE],
            "rows": {},
            "sections": {},
        }
        for spec in steps.STEP_ENTITIES:
            keep = [
                f
                for f in spec.fields
                if f.kind not in (Kind.AGREEMENT, Kind.DATE)
                and f.name != "agreement_note"
                and (spec.name, f.name) not in _NOT_SAVED
            ]
            if spec.single:
                values = snap.single(spec.name)
                section = {
                    f.name: _jsonable(values.get(f.name))
                    for f in keep
                    if values.get(f.name) != f.empty_value()
                }
                if section:
                    document["sections"][spec.name] = section
            else:
                rows = [{f.name: _jsonable(row.get(f.name)) for f in keep} for row in snap.rows_of(spec.name)]
                if rows:
                    document["rows"][spec.name] = rows
        encoded = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
        parse_content(encoded, clean_name)  # what we write must load again
        self.user_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self._free_path(_slug(clean_name))
        _write_private(path, encoded)
        return StarterInfo(
            USER_PREFIX + path.stem,
            clean_name,
            str(document["language"]),
            document["description"],
            False,
            path,
        )

    def _free_path(self, stem: str) -> Path:
        assert self.user_dir is not None
        path = self.user_dir / f"{stem}.json"
        number = 2
        while path.exists():
            path = self.user_dir / f"{stem}-{number}.json"
            number += 1
        return path


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 10**15 else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _write_private(path: Path, data: bytes) -> None:
    """Write a whole file or nothing (temp file + rename), readable only by the user."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".starter-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def entity_of(name: str) -> EntitySpec | None:
    """The step entity called ``name`` (lists and sections alike), if any."""
    spec = ENTITIES.get(name)
    return spec if spec in steps.STEP_ENTITIES else None


__all__ = [
    "Content",
    "StarterError",
    "StarterInfo",
    "StarterService",
    "check_values",
    "content_ops",
    "entity_of",
    "parse_content",
    "read_content_file",
    "source_notes",
]
