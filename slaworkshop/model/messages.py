"""Messages for the user that the window can translate, built without Qt.

The model, the services, the workshop file and the export speak English: a validation message, a maths problem, a review point or a
refusal is built once, here, as a :class:`Msg`. A ``Msg`` *is* its English text (a ``str``), so the
command line, the logs, the export and every test keep reading plain English. It also carries the
English source with named placeholders (``template``) and the values that went in (``params``), so the
window can look the source up in its catalogue (context ``messages``, ``translations/messages_<lang>.ts``)
and fill in the same values in German or Dutch (``slaworkshop.ui.i18n.tr_message``).

Rules, so that every message can be translated the same way:

* build messages with :func:`msg` and a *literal* template: ``scripts/generate_message_strings.py``
  finds ``msg("…")`` literals in ``slaworkshop/model``, ``services``, ``exchange`` and ``export`` and
  puts them in the catalogues;
* put numbers in as numbers (``int``, ``Decimal``, ``float``) with their format in the template
  (``{limit:,}``): English formats them as Python does, the window with its language's separators;
* put labels the window already translates (field and table labels) in with :func:`term`, and
  messages in messages as ``Msg``: both are translated before they are filled in;
* anything else (a name the user typed, a file name) goes in literally, braces and markup included.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

MESSAGES_CONTEXT = "messages"
"""The translation context of every :func:`msg` template."""

FIELDS_CONTEXT = "fields"
"""The context the window translates the model's labels in (field, table and choice labels)."""

LITERAL_CONTEXT = ""
"""The context of a template that is not translated itself, only its parameters (see :func:`joined`)."""

_FORMATTER = string.Formatter()


class Msg(str):
    """A message for the user: equal to (and usable as) its English text, translatable by the window.

    ``template`` is the English source with named ``{placeholders}``, ``params`` the values filled in,
    ``context`` the catalogue context the template is looked up in.
    """

    template: str
    params: Mapping[str, Any]
    context: str

    def __new__(cls, text: str, template: str, params: Mapping[str, Any], context: str) -> Msg:
        self = super().__new__(cls, text)
        self.template = template
        self.params = dict(params)
        self.context = context
        return self

    def __str__(self) -> Msg:
        # ``str(error)`` of an error raised with a Msg keeps the Msg (and so its translation).
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (str.__str__(self), self.template, self.params, self.context))

    def __repr__(self) -> str:
        return f"Msg({str.__repr__(self)})"


def _rebuild(text: str, template: str, params: Mapping[str, Any], context: str) -> Msg:
    return Msg(text, template, params, context)


def placeholders(template: str) -> list[tuple[str, str]]:
    """``(name, format spec)`` of every placeholder in ``template``; raises ``ValueError`` for a
    template ``str.format`` cannot read (an unmatched brace)."""
    found = []
    for _literal, name, spec, _conversion in _FORMATTER.parse(template):
        if name is not None:
            found.append((name, spec or ""))
    return found


def msg(template: str, /, **params: Any) -> Msg:
    """The message ``template`` with ``params`` filled in (English now, translatable later).

    Values are inserted literally: braces, ``{0}`` or markup in a value are text, never formatting.
    """
    return Msg(template.format_map(params), template, params, MESSAGES_CONTEXT)


def term(label: str, context: str = FIELDS_CONTEXT, *, shown: str | None = None) -> Msg:
    """A label the window already translates in ``context`` (a field or table label), as a message
    parameter: ``msg("{label}: expected text.", label=term(spec.label))``. ``shown`` is the English
    text when it differs from the label (``label.lower()`` inside a sentence); the window shows the
    label's translation either way."""
    return Msg(label if shown is None else shown, label, {}, context)


def message_of(value: object) -> str:
    """The message of an error (its ``Msg`` when it was raised with one) or of any value as text."""
    if isinstance(value, BaseException):
        args = value.args
        if len(args) == 1 and isinstance(args[0], Msg):
            return args[0]
    return value if isinstance(value, str) else str(value)


def joined(parts: list[Any] | tuple[Any, ...], separator: str = "; ") -> str:
    """``separator.join(parts)`` that stays translatable when the parts are messages."""
    text = separator.join(str.__str__(p) if isinstance(p, str) else str(p) for p in parts)
    if not any(isinstance(p, Msg) for p in parts):
        return text
    escaped = separator.replace("{", "{{").replace("}", "}}")
    template = escaped.join(f"{{p{i}}}" for i in range(len(parts)))
    return Msg(text, template, {f"p{i}": p for i, p in enumerate(parts)}, LITERAL_CONTEXT)
