"""What can be edited, and how a value is checked: one registry for services, UI and exchange.

Each editable table is described once by an :class:`EntitySpec` with its :class:`FieldSpec` list.
The services apply edits generically through it, the UI builds its tables from it, and the same
``coerce`` gives the message a user sees in place when a value is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum, StrEnum
from typing import Any

from .enums import AgreementState, Department, Language
from .messages import msg, term
from .tables import Base, Clause, Participant, Workshop
from .text import MAX_TEXT_LENGTH, clean_text


class Kind(Enum):
    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # paragraphs
    INT = "int"
    DECIMAL = "decimal"
    PERCENT = "percent"  # a Decimal between 0 and 100
    DATE = "date"
    CHOICE = "choice"
    BOOL = "bool"
    EMAIL = "email"
    AGREEMENT = "agreement"


class FieldError(ValueError):
    """A value that cannot be stored; ``str(error)`` is the message shown to the user."""


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    label: str
    required: bool = False
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    choices: type[StrEnum] | None = None
    default: Any = None
    unit: str = ""

    def empty_value(self) -> Any:
        if self.default is not None:
            return self.default
        if self.kind in (Kind.TEXT, Kind.LONGTEXT, Kind.EMAIL):
            return ""
        if self.kind is Kind.BOOL:
            return False
        if self.kind is Kind.AGREEMENT:
            return AgreementState.OPEN.value
        return None

    def coerce(self, value: Any) -> Any:
        """Return the value as stored, or raise :class:`FieldError` with a message for the user."""
        kind = self.kind
        if kind in (Kind.TEXT, Kind.LONGTEXT, Kind.EMAIL):
            if value is None:
                return ""
            if not isinstance(value, str):
                raise FieldError(msg("{label}: expected text.", label=term(self.label)))
            text = clean_text(value, multiline=kind is Kind.LONGTEXT)
            if len(text) > MAX_TEXT_LENGTH:
                raise FieldError(
                    msg(
                        "{label}: at most {limit:,} characters.",
                        label=term(self.label),
                        limit=MAX_TEXT_LENGTH,
                    )
                )
            if kind is Kind.EMAIL:
                text = text.strip()
                if text and not _EMAIL.match(text):
                    raise FieldError(
                        msg(
                            "{label}: “{value}” is not an e-mail address.",
                            label=term(self.label),
                            value=text[:60],
                        )
                    )
            return text
        if kind is Kind.BOOL:
            if isinstance(value, bool):
                return value
            raise FieldError(msg("{label}: expected yes or no.", label=term(self.label)))
        if kind in (Kind.CHOICE, Kind.AGREEMENT):
            choices = AgreementState if kind is Kind.AGREEMENT else self.choices
            assert choices is not None
            if value in (None, "") and kind is Kind.CHOICE:
                return ""
            try:
                return choices(value).value
            except ValueError:
                allowed = ", ".join(c.value for c in choices)
                raise FieldError(
                    msg(
                        "{label}: “{value}” is not one of {allowed}.",
                        label=term(self.label),
                        value=str(value)[:40],
                        allowed=allowed,
                    )
                ) from None
        if kind is Kind.DATE:
            if value in (None, ""):
                return None
            if isinstance(value, date):
                return value
            if isinstance(value, str):
                try:
                    return date.fromisoformat(value.strip())
                except ValueError:
                    raise FieldError(
                        msg(
                            "{label}: “{value}” is not a date (YYYY-MM-DD).",
                            label=term(self.label),
                            value=value[:40],
                        )
                    ) from None
            raise FieldError(msg("{label}: expected a date.", label=term(self.label)))
        if kind in (Kind.INT, Kind.DECIMAL, Kind.PERCENT):
            return self._coerce_number(value)
        raise AssertionError(kind)  # pragma: no cover

    def _coerce_number(self, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, bool):
            raise FieldError(msg("{label}: expected a number.", label=term(self.label)))
        try:
            if isinstance(value, str):
                number = Decimal(value.strip().replace(" ", "").replace(",", "."))
            elif isinstance(value, float):
                number = Decimal(repr(value))
            else:
                number = Decimal(value)
        except (InvalidOperation, ValueError, TypeError):
            raise FieldError(self._not_a_number(value)) from None
        if not number.is_finite():
            raise FieldError(self._not_a_number(value))
        minimum, maximum = self.bounds()
        if minimum is not None and number < minimum:
            raise FieldError(self._limit_message(at_least=True, limit=minimum))
        if maximum is not None and number > maximum:
            raise FieldError(self._limit_message(at_least=False, limit=maximum))
        if self.kind is Kind.INT:
            if number != number.to_integral_value():
                raise FieldError(msg("{label}: must be a whole number.", label=term(self.label)))
            return int(number)
        # Keep at most 6 decimal places: enough for any rate or amount, and bounded in size.
        return number.quantize(Decimal("0.000001")).normalize() if number.as_tuple().exponent < -6 else number  # type: ignore[operator]

    def _not_a_number(self, value: Any) -> str:
        return msg("{label}: “{value}” is not a number.", label=term(self.label), value=str(value)[:40])

    def _limit_message(self, *, at_least: bool, limit: Decimal) -> str:
        """“Attempts: must be at least 1.”, with the field's unit when it has one (“… 100 %.”)."""
        label = term(self.label)
        if self.kind is Kind.PERCENT:
            if at_least:
                return msg("{label}: must be at least {limit} %.", label=label, limit=limit)
            return msg("{label}: must be at most {limit} %.", label=label, limit=limit)
        if self.unit:
            unit = term(self.unit)
            if at_least:
                return msg("{label}: must be at least {limit} {unit}.", label=label, limit=limit, unit=unit)
            return msg("{label}: must be at most {limit} {unit}.", label=label, limit=limit, unit=unit)
        if at_least:
            return msg("{label}: must be at least {limit}.", label=label, limit=limit)
        return msg("{label}: must be at most {limit}.", label=label, limit=limit)

    def bounds(self) -> tuple[Decimal | None, Decimal | None]:
        if self.kind is Kind.PERCENT:
            return (
                self.minimum if self.minimum is not None else Decimal(0),
                self.maximum if self.maximum is not None else Decimal(100),
            )
        maximum = self.maximum if self.maximum is not None else Decimal("1e12")
        return self.minimum, maximum

    def unit_suffix(self) -> str:
        if self.kind is Kind.PERCENT:
            return " %"
        return f" {self.unit}" if self.unit else ""


def text(name: str, label: str, **kw: Any) -> FieldSpec:
    return FieldSpec(name, Kind.TEXT, label, **kw)


def longtext(name: str, label: str, **kw: Any) -> FieldSpec:
    return FieldSpec(name, Kind.LONGTEXT, label, **kw)


def choice(name: str, label: str, choices: type[StrEnum], **kw: Any) -> FieldSpec:
    return FieldSpec(name, Kind.CHOICE, label, choices=choices, **kw)


def integer(
    name: str, label: str, minimum: int | None = 0, maximum: int | None = None, **kw: Any
) -> FieldSpec:
    return FieldSpec(
        name,
        Kind.INT,
        label,
        minimum=None if minimum is None else Decimal(minimum),
        maximum=None if maximum is None else Decimal(maximum),
        **kw,
    )


def decimal(
    name: str, label: str, minimum: str | None = "0", maximum: str | None = None, **kw: Any
) -> FieldSpec:
    return FieldSpec(
        name,
        Kind.DECIMAL,
        label,
        minimum=None if minimum is None else Decimal(minimum),
        maximum=None if maximum is None else Decimal(maximum),
        **kw,
    )


def percent(name: str, label: str, **kw: Any) -> FieldSpec:
    return FieldSpec(name, Kind.PERCENT, label, **kw)


AGREEMENT_FIELDS = (
    FieldSpec("agreement", Kind.AGREEMENT, "Agreement"),
    FieldSpec("agreement_note", Kind.LONGTEXT, "Agreement note"),
)


@dataclass(frozen=True)
class EntitySpec:
    """One editable table: a list of rows per workshop, or (``single``) the workshop itself or a 1:1 row."""

    name: str
    table: type[Base]
    fields: tuple[FieldSpec, ...]
    step: int
    label: str
    single: bool = False
    agreeable: bool = False
    by_name: dict[str, FieldSpec] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        all_fields = self.fields + (AGREEMENT_FIELDS if self.agreeable else ())
        object.__setattr__(self, "fields", all_fields)
        object.__setattr__(self, "by_name", {f.name: f for f in all_fields})

    def field(self, name: str) -> FieldSpec:
        try:
            return self.by_name[name]
        except KeyError:
            raise FieldError(
                msg("{table} has no field “{name}”.", table=term(self.label), name=name[:40])
            ) from None

    def defaults(self) -> dict[str, Any]:
        return {f.name: f.empty_value() for f in self.fields}


WORKSHOP = EntitySpec(
    "workshop",
    Workshop,
    (
        text("client", "Client organisation", required=True),
        text("title", "Workshop title", required=True),
        FieldSpec("date_start", Kind.DATE, "First day", required=True),
        FieldSpec("date_end", Kind.DATE, "Last day"),
        text("venue", "Venue"),
        text("facilitator", "Facilitator", required=True),
        choice("language", "Document language", Language, default=Language.EN.value, required=True),
    ),
    step=0,
    label="Workshop",
    single=True,
)

PARTICIPANTS = EntitySpec(
    "participants",
    Participant,
    (
        text("name", "Name", required=True),
        choice("department", "Department", Department, required=True),
        text("role", "Role"),
        FieldSpec("email", Kind.EMAIL, "E-mail"),
    ),
    step=0,
    label="Participant",
)

ENTITIES: dict[str, EntitySpec] = {}


def register(*specs: EntitySpec) -> None:
    for spec in specs:
        ENTITIES[spec.name] = spec


register(WORKSHOP, PARTICIPANTS)

CLAUSE_TABLE = Clause


def entity(name: str) -> EntitySpec:
    try:
        return ENTITIES[name]
    except KeyError:
        raise FieldError(msg("There is no “{name}” in a workshop.", name=name[:40])) from None


Validator = Callable[[Any], Any]

# The sign-off step's signatories register themselves here, so that every user of the registry
# (services, exchange, export) knows them without importing the signing module itself.
from . import signing as _signing  # noqa: E402,F401
