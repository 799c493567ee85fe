"""The sample workshop: a complete fictional client, every step filled, in English, German or Dutch.

It is what a new user sees first, what demos show and what tests and screenshots use. The content
lives in ``templates/samples/<language>.json``, in the starter format (see
:mod:`slaworkshop.services.starters`) with ``"format": "slaworkshop.sample"`` and these additions::

    "base": "en",                       # a shipped starter whose rows and sections fill the rest
    "workshop": {"client": …, "title": …, "date_start": "2027-01-12", "venue": …, "facilitator": …},
    "participants": [{"_key": "p1", "name": …, "department": "marketing", "role": …, "email": …}],
    "agreement": "agreed",              # the state of every item and section not named otherwise
    "changes": [{"entity": "kpis", "row": 3, "values": {…}, "agreement": "disputed", "note": "…"}]

A list in the sample's ``rows`` replaces the base's list; a section in ``sections`` is merged field
by field over the base's. ``changes`` adjust single rows (0-based ``row``) after that, so the
sample reuses the starter's wording and only says what is particular to this client — including
the few items the room has not settled yet, which give the review step something to show.
``governance.core_team`` names participants by their ``_key``; they become the new ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slaworkshop import paths
from slaworkshop.model import steps
from slaworkshop.model.enums import AgreementState, Language
from slaworkshop.model.fields import PARTICIPANTS, WORKSHOP
from slaworkshop.model.tables import new_id

from .ops import AddRow, Op, SetClause, SetField
from .starters import SAMPLE_FORMAT, Content, StarterError, check_values, content_ops, read_content_file
from .workshops import WorkshopService

_KEY_META = frozenset({"_key"})
_SAMPLE_EXTRAS = frozenset({"base", "workshop", "participants", "agreement", "changes"})


class SampleError(StarterError):
    """The sample for a language is missing or broken (or the language is not one we ship)."""


@dataclass
class Sample:
    content: Content
    workshop: dict[str, Any]
    participants: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    agreement: AgreementState = AgreementState.AGREED


def samples_dir() -> Path:
    return paths.templates_dir() / "samples"


def languages() -> tuple[str, ...]:
    return tuple(lang.value for lang in Language)


def load_sample(language: str) -> Sample:
    """Read and check the sample for ``language``; raises :class:`SampleError` with the reason."""
    if language not in languages():
        raise SampleError(
            f"There is no sample in “{str(language)[:20]}”; choose one of {', '.join(languages())}."
        )
    path = samples_dir() / f"{language}.json"
    if not path.is_file():
        raise SampleError(f"The {language} sample is missing from the installation ({path}).")
    content = read_content_file(path, formats=(SAMPLE_FORMAT,))
    origin = path.name
    unknown = set(content.extra) - _SAMPLE_EXTRAS
    if unknown:
        raise SampleError(f"{origin}: unknown entry “{sorted(unknown)[0][:40]}”.")
    extra = content.extra

    base_name = extra.get("base")
    if base_name is not None:
        if base_name not in languages():
            raise SampleError(f"{origin}: base “{str(base_name)[:20]}” is not a shipped starter.")
        base = read_content_file(paths.templates_dir() / "starters" / f"{base_name}.json")
        for name, rows in base.rows.items():
            content.rows.setdefault(name, rows)
        for name, values in base.sections.items():
            content.sections[name] = {**values, **content.sections.get(name, {})}

    workshop_fields = {"client", "title", "date_start", "date_end", "venue", "facilitator"}
    raw_workshop = extra.get("workshop", {})
    if not isinstance(raw_workshop, dict) or set(raw_workshop) - workshop_fields:
        raise SampleError(f"{origin}: “workshop” may only hold {', '.join(sorted(workshop_fields))}.")
    workshop, _ = check_values(WORKSHOP, raw_workshop, f"{origin}, workshop")

    raw_people = extra.get("participants", [])
    if not isinstance(raw_people, list):
        raise SampleError(f"{origin}: “participants” must be a list.")
    people: list[tuple[str, dict[str, Any]]] = []
    for index, person in enumerate(raw_people):
        values, _ = check_values(
            PARTICIPANTS, person, f"{origin}, participant {index + 1}", allowed_meta=_KEY_META
        )
        key = person.get("_key", "") if isinstance(person, dict) else ""
        people.append((str(key), values))

    try:
        agreement = AgreementState(extra.get("agreement", AgreementState.AGREED.value))
    except ValueError:
        raise SampleError(f"{origin}: “agreement” is not an agreement state.") from None

    changes = extra.get("changes", [])
    if not isinstance(changes, list):
        raise SampleError(f"{origin}: “changes” must be a list.")
    lists = {s.name: s for s in steps.STEP_ENTITIES if not s.single}
    for index, change in enumerate(changes):
        where = f"{origin}, change {index + 1}"
        if not isinstance(change, dict) or set(change) - {"entity", "row", "values", "agreement", "note"}:
            raise SampleError(f"{where}: expected entity, row, values, agreement, note.")
        spec = lists.get(change.get("entity", ""))
        rows = content.rows.get(spec.name, []) if spec is not None else []
        row = change.get("row")
        if spec is None or not isinstance(row, int) or isinstance(row, bool) or not 0 <= row < len(rows):
            raise SampleError(f"{where}: no such row.")
        patch = dict(change.get("values", {}))
        if "agreement" in change:
            patch["agreement"] = change["agreement"]
        if "note" in change:
            patch["agreement_note"] = change["note"]
        values, _ = check_values(spec, patch, where)
        rows[row] = {**rows[row], **values}
    return Sample(content, workshop, people, agreement)


def sample_ops(sample: Sample) -> tuple[dict[str, Any], list[Op]]:
    """The workshop fields for ``create`` and the edits that fill in everything else."""
    ops: list[Op] = []
    ids: dict[str, str] = {}
    for key, values in sample.participants:
        row_id = new_id()
        if key:
            ids[key] = row_id
        ops.append(AddRow("participants", values, row_id=row_id))
    content = sample.content
    governance = content.sections.get("governance")
    if governance and governance.get("core_team"):
        governance["core_team"] = " ".join(ids.get(k, k) for k in governance["core_team"].split())
    ops += content_ops(content, default_agreement=sample.agreement)
    given = set(content.clauses)
    ops += [SetClause(key, sample.agreement, "") for key in steps.CLAUSE_KEYS if key not in given]
    if sample.workshop.get("date_end") is not None:
        ops.append(SetField("workshop", "date_end", sample.workshop["date_end"]))
    return sample.workshop, ops


def create_sample(service: WorkshopService, language: str = Language.EN.value) -> str:
    """A new workshop with the sample content in ``language``; returns its id."""
    sample = load_sample(language)
    workshop, ops = sample_ops(sample)
    wid = service.create(
        workshop.get("client", ""),
        workshop.get("title", ""),
        language=language,
        date_start=workshop.get("date_start"),
        facilitator=workshop.get("facilitator", ""),
        venue=workshop.get("venue", ""),
    )
    try:
        service.apply(wid, None, ops)
    except BaseException:
        service.delete(wid)
        service.purge(wid)
        raise
    return wid
