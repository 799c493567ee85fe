#!/usr/bin/env python3
"""Write ``translations/messages_<lang>.ts``: the model's and the services' messages for Qt Linguist.

The model and the services build what they tell the user with ``msg("… {name} …", name=…)``
(``slaworkshop/model/messages.py``); the window translates the template in the context ``messages``
(``slaworkshop.ui.i18n.tr_message``). ``pyside6-lupdate`` only reads the UI, so this script finds
every ``msg("…")`` literal in ``slaworkshop/model``, ``services``, ``exchange`` and ``export`` (by the syntax tree,
so implicitly joined strings count as one) and writes them into a separate pair of catalogues:

* templates already in the file keep their translation (and its finished/unfinished state);
* new templates arrive as ``type="unfinished"`` with an empty translation;
* templates no longer in the code are kept as ``type="vanished"`` (for reuse; lrelease skips them).

``scripts/compile_translations`` compiles them into ``slaworkshop/ui/translations/messages_<lang>.qm``
next to the window's own catalogue. ``tests/model/test_messages.py`` fails when a template is missing
from a file, untranslated, or translated with other placeholders.

Usage: ``python scripts/generate_message_strings.py [--check] [de|nl …]``
(``--check`` writes nothing and exits 1 when a file lacks a template of the code).
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (
    ROOT / "slaworkshop" / "model",
    ROOT / "slaworkshop" / "services",
    ROOT / "slaworkshop" / "exchange",
    ROOT / "slaworkshop" / "export",
)
TRANSLATIONS = ROOT / "translations"
LANGUAGES = {"de": "de_DE", "nl": "nl_NL"}
CONTEXT = "messages"
FUNCTION = "msg"


@dataclass
class Entry:
    source: str
    translation: str = ""
    kind: str = "unfinished"
    """``""`` (finished), ``unfinished`` or ``vanished``."""
    locations: list[tuple[str, int]] = field(default_factory=list)


def source_files() -> list[Path]:
    return sorted(p for folder in SOURCES for p in folder.rglob("*.py") if p.name != "messages.py")


def templates(files: list[Path] | None = None) -> dict[str, list[tuple[str, int]]]:
    """Every literal ``msg("…")`` template of the model, services, exchange and export, with where it is."""
    found: dict[str, list[tuple[str, int]]] = {}
    for path in files if files is not None else source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            first = node.args[0]
            if name == FUNCTION and isinstance(first, ast.Constant) and isinstance(first.value, str):
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                where = (shown.as_posix(), node.lineno)
                found.setdefault(first.value, []).append(where)
    return found


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"messages_{language}.ts"


def read(path: Path) -> dict[str, Entry]:
    """The entries of an existing catalogue (context ``messages``), by source text."""
    if not path.exists():
        return {}
    entries: dict[str, Entry] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            translation = "" if node is None else (node.text or "")
            kind = "" if node is None else node.get("type", "")
            entries[source] = Entry(source, translation, kind)
    return entries


def merged(existing: dict[str, Entry], found: dict[str, list[tuple[str, int]]]) -> list[Entry]:
    entries: list[Entry] = []
    for source in sorted(found):
        old = existing.get(source)
        if old is None:
            entries.append(Entry(source, "", "unfinished", found[source]))
        else:
            kind = "unfinished" if old.kind == "vanished" else old.kind
            if not old.translation:
                kind = "unfinished"
            entries.append(Entry(source, old.translation, kind, found[source]))
    for source in sorted(set(existing) - set(found)):
        old = existing[source]
        if old.translation:
            entries.append(Entry(source, old.translation, "vanished"))
    return entries


def render(language: str, entries: list[Entry]) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="en">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for entry in entries:
        lines.append("    <message>")
        for filename, line in entry.locations:
            lines.append(f'        <location filename="../{escape(filename)}" line="{line}"/>')
        lines.append(f"        <source>{escape(entry.source)}</source>")
        kind = f' type="{entry.kind}"' if entry.kind else ""
        lines.append(f"        <translation{kind}>{escape(entry.translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    languages = [a for a in argv if not a.startswith("--")] or list(LANGUAGES)
    for language in languages:
        if language not in LANGUAGES:
            sys.exit(f"generate_message_strings: unknown language {language!r} (use {', '.join(LANGUAGES)})")
    found = templates()
    status = 0
    for language in languages:
        path = ts_path(language)
        existing = read(path)
        if check:
            missing = sorted(set(found) - {s for s, e in existing.items() if e.kind != "vanished"})
            for source in missing:
                print(f"{path.relative_to(ROOT)}: missing {source!r}")
            status |= bool(missing)
            continue
        entries = merged(existing, found)
        path.write_text(render(language, entries), encoding="utf-8")
        unfinished = sum(1 for e in entries if e.kind == "unfinished")
        print(f"wrote {path.relative_to(ROOT)}: {len(found)} messages, {unfinished} to translate")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
