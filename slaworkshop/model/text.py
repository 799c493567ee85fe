"""Cleaning text where it enters the app, so nothing downstream (store, DOCX, PDF) chokes on it."""

from __future__ import annotations

import re

# C0 controls except tab/newline/carriage return, DEL, C1 controls, the XML non-characters and
# lone surrogates: python-docx refuses them, reportlab draws boxes, and they are never meant.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")

MAX_TEXT_LENGTH = 1_000_000
"""A hard ceiling per field; 100,000 characters (a long pasted document) are comfortably accepted."""


def clean_text(value: str, *, multiline: bool = True) -> str:
    """Strip control characters; in single-line fields turn line breaks and tabs into spaces."""
    text = _FORBIDDEN.sub("", value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = text.replace("\n", " ").replace("\t", " ")
    return text


def has_forbidden_characters(value: str) -> bool:
    return _FORBIDDEN.search(value) is not None
