"""Fill every registered entity of a workshop through the service, and say what the document must show.

Generic over ``model.fields.ENTITIES``, so a step added later is covered without touching the tests.
Text values are short unique tokens with Polish letters (``ż3k2r1``): easy to find in extracted PDF
text, in table columns too narrow to wrap them, and proof that the font draws more than ASCII.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from slaworkshop.model import steps as _steps  # noqa: F401 - registers the step entities
from slaworkshop.model.enums import AgreementState
from slaworkshop.model.fields import ENTITIES, PARTICIPANTS, WORKSHOP, EntitySpec, FieldSpec, Kind
from slaworkshop.services.ops import AddRow, Op, SetField
from slaworkshop.services.workshops import WorkshopService

STATES = (AgreementState.AGREED, AgreementState.DISPUTED, AgreementState.AGREED_WITH_RESERVATIONS)


@dataclass
class Filled:
    """What was stored, per entity in document order: the text tokens a reader must find."""

    workshop_id: str
    tokens: dict[str, list[str]] = field(default_factory=dict)  # entity name → tokens in row order
    numbers: dict[str, list[tuple[FieldSpec, Any]]] = field(default_factory=dict)

    def ordered_entities(self) -> list[str]:
        """Entities in the order the agreement prints them: participants, then by step."""
        specs = [s for s in ENTITIES.values() if s is not WORKSHOP and s.name in self.tokens]
        first = [s for s in specs if s is PARTICIPANTS]
        rest = sorted((s for s in specs if s is not PARTICIPANTS), key=lambda s: s.step)  # stable
        return [s.name for s in first + rest]


def _number(spec: FieldSpec, seed: int) -> Any:
    low, high = spec.bounds()
    if spec.kind is Kind.PERCENT:
        value = Decimal("12.5") + seed
    elif spec.kind is Kind.INT:
        value = Decimal(3 + seed)
    else:
        value = Decimal("1234.5") + seed
    if high is not None and value > high:
        value = high
    if low is not None and value < low:
        value = low
    return int(value) if spec.kind is Kind.INT else value


def value_for(
    spec: EntitySpec, f: FieldSpec, entity_index: int, field_index: int, row: int
) -> tuple[Any, str | None]:
    """A valid value for ``f`` and, for text, the token a reader must find in the document."""
    token = f"ż{entity_index}k{field_index}r{row}"
    if f.kind is Kind.TEXT:
        return token, token
    if f.kind is Kind.LONGTEXT:
        return f"{token} R&D <b>nie pogrubione</b>", token
    if f.kind is Kind.EMAIL:
        address = f"u{entity_index}k{field_index}r{row}@example.com"
        return address, address
    if f.kind in (Kind.INT, Kind.DECIMAL, Kind.PERCENT):
        return _number(f, row + field_index), None
    if f.kind is Kind.DATE:
        return date(2027, 3, 1 + row + field_index), None
    if f.kind is Kind.BOOL:
        return True, None
    if f.kind is Kind.CHOICE:
        assert f.choices is not None
        options = [c.value for c in f.choices if c.value]
        return options[(row + field_index) % len(options)], None
    if f.kind is Kind.AGREEMENT:
        return STATES[row % len(STATES)].value, None
    raise AssertionError(f.kind)


def fill_workshop(
    service: WorkshopService, *, rows: int = 2, client: str = "Kowalski & Dvořák s.r.o."
) -> Filled:
    """A workshop with every entity filled: ``rows`` rows per list, every field of every section."""
    workshop_id = service.create(
        client, "SLA Marketing–Sales 2027", date_start=date(2027, 2, 1), facilitator="Zoë Müller"
    )
    filled = Filled(workshop_id)
    ops: list[Op] = [
        SetField("workshop", "venue", "Sala „Wisła“"),
        SetField("workshop", "date_end", "2027-02-02"),
    ]
    for entity_index, spec in enumerate(ENTITIES.values()):
        if spec is WORKSHOP:
            continue
        tokens: list[str] = []
        numbers: list[tuple[FieldSpec, Any]] = []
        if spec.single:
            for field_index, f in enumerate(spec.fields):
                # "currency" must be a currency and "unit" a unit for amounts to be shown as such.
                value, token = value_for(spec, f, entity_index, field_index, 0)
                if f.name == "currency":
                    value, token = "EUR", "EUR"
                ops.append(SetField(spec.name, f.name, value))
                if token:
                    tokens.append(token)
                elif f.kind in (Kind.INT, Kind.DECIMAL, Kind.PERCENT):
                    numbers.append((f, value))
        else:
            for row in range(rows):
                values: dict[str, Any] = {}
                for field_index, f in enumerate(spec.fields):
                    value, token = value_for(spec, f, entity_index, field_index, row)
                    values[f.name] = value
                    if token:
                        tokens.append(token)
                ops.append(AddRow(spec.name, values))
        filled.tokens[spec.name] = tokens
        filled.numbers[spec.name] = numbers
    service.apply(workshop_id, None, ops)
    return filled
