"""Numbers, percentages, money and dates as the reader of the workshop's language expects them (Babel).

No system locale is needed (Debian often has none installed): Babel carries its own CLDR data.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date as _babel_date
from babel.numbers import format_currency, format_decimal, format_percent

# English documents use British conventions (day month year), usual for European agreements.
_LOCALES = {"en": "en_GB", "de": "de_DE", "nl": "nl_NL"}

CURRENCY_CODES = frozenset({"EUR", "USD", "GBP", "CHF", "PLN", "CZK", "SEK", "DKK", "NOK"})
_CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP"}


def locale_for(language: str) -> str:
    return _LOCALES.get(language, "en_GB")


def number(value: int | Decimal | float, language: str) -> str:
    """``1234567.5`` → ``1,234,567.5`` (en) / ``1.234.567,5`` (de, nl); no digits are dropped."""
    return format_decimal(value, locale=locale_for(language), decimal_quantization=False)


def percent(value: int | Decimal | float, language: str) -> str:
    """A value stored as 0–100 (``12.5``) → ``12.5%`` (en) / ``12,5 %`` (de)."""
    fraction = Decimal(str(value)) / 100
    return format_percent(fraction, locale=locale_for(language), decimal_quantization=False)


def currency_code(unit: str) -> str | None:
    """The ISO code when ``unit`` names a currency (``EUR``, ``€``), else ``None``."""
    cleaned = unit.strip()
    if cleaned.upper() in CURRENCY_CODES:
        return cleaned.upper()
    return _CURRENCY_SYMBOLS.get(cleaned)


def money(value: int | Decimal | float, code: str, language: str) -> str:
    return format_currency(value, code, locale=locale_for(language))


def quantity(value: int | Decimal | float, unit: str, language: str) -> str:
    """A number with its unit: money when the unit is a currency, else ``12 days``."""
    code = currency_code(unit) if unit else None
    if code is not None:
        return money(value, code, language)
    shown = number(value, language)
    return f"{shown} {unit}" if unit else shown


def long_date(value: date | datetime, language: str) -> str:
    """``1 February 2027`` / ``1. Februar 2027`` / ``1 februari 2027``."""
    day = value.date() if isinstance(value, datetime) else value
    return _babel_date(day, format="long", locale=locale_for(language))


# A weekday with its date, as in a plan: "Tuesday 8 December", "Dienstag, 8. Dezember".
_WEEKDAY_DATE = {"en": "EEEE d MMMM", "de": "EEEE, d. MMMM", "nl": "EEEE d MMMM"}


def date_range(start: date | None, end: date | None, language: str) -> str:
    """``1 February 2027 – 3 February 2027`` / ``1. Februar 2027 – 3. Februar 2027``."""
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        return long_date(start or end, language)  # type: ignore[arg-type]
    return f"{long_date(start, language)} – {long_date(end, language)}"


def weekday_date(value: date | datetime, language: str) -> str:
    """``Tuesday 8 December`` / ``Dienstag, 8. Dezember`` / ``dinsdag 8 december``."""
    day = value.date() if isinstance(value, datetime) else value
    return _babel_date(day, format=_WEEKDAY_DATE.get(language, "EEEE d MMMM"), locale=locale_for(language))
