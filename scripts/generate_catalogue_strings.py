#!/usr/bin/env python3
"""Write ``slaworkshop/ui/catalogue_strings.py``: every text the UI translates that lupdate cannot see.

``pyside6-lupdate`` only collects literal ``self.tr("…")`` / ``QCoreApplication.translate("ctx", "…")``
calls. The UI also shows texts that are not literal where they are translated:

* labels from the model's tables (field and table labels and units, vocabulary labels, agreement states, step
  titles and statuses, the review's core-team messages), translated with
  ``QCoreApplication.translate("fields", label)`` and friends;
* literals passed to a module's ``_tr(text)`` helper (``def _tr(text): return
  QCoreApplication.translate("Ctx", text)``), which lupdate does not know;
* literals passed to a local alias ``tr = QCoreApplication.translate`` (lupdate reads
  ``tr("Ctx", "text")`` as ``self.tr`` with "Ctx" as the source text).

This script lists them all as ``QT_TRANSLATE_NOOP(context, text)`` entries so lupdate puts them in the
``.ts`` files. ``tests/ui/test_translations.py`` fails when the module is out of date;
``scripts/update_translations`` runs this script first.

Usage: ``python scripts/generate_catalogue_strings.py [--check]``
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "slaworkshop" / "ui"
TARGET = UI / "catalogue_strings.py"

HEADER = '''"""Texts the UI translates that are not literal where they are translated (generated).

Do not edit: ``scripts/generate_catalogue_strings.py`` writes this file from the model's label tables
and the UI's ``_tr`` helpers, so that ``pyside6-lupdate`` finds every source text. Never imported by the
app; ``tests/ui/test_translations.py`` checks it is current.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

# fmt: off
CATALOGUE = (
'''

FOOTER = """)
# fmt: on
"""


def _choice_label(labels: dict[object, str], member: Enum) -> str:
    """Same rule as ``ui.widgets.fields.choice_label``: the model's label, else the value in words."""
    label = labels.get(member)
    if label is None:
        value = str(getattr(member, "value", member))
        label = value.replace("_", " ").capitalize()
    return label


def model_strings() -> Iterator[tuple[str, str]]:
    sys.path.insert(0, str(ROOT))
    import slaworkshop.model.signing  # noqa: F401  (registers the signatories table)
    import slaworkshop.model.steps  # noqa: F401  (registers the step tables)
    from slaworkshop.model import enums
    from slaworkshop.model.fields import AGREEMENT_FIELDS, ENTITIES
    from slaworkshop.services.progress import STATUS_LABELS as STEP_STATUS_LABELS
    from slaworkshop.services.progress import STEP_TITLES
    from slaworkshop.services.review import CORE_TEAM_MESSAGES

    tables = {
        name: getattr(enums, name)
        for name in dir(enums)
        if name.endswith("_LABELS") and isinstance(getattr(enums, name), dict)
    }
    for table in tables.values():
        for label in table.values():
            yield "fields", label
    for spec in AGREEMENT_FIELDS:
        yield "fields", spec.label
    for entity in ENTITIES.values():
        yield "fields", entity.label
        for spec in entity.fields:
            yield "fields", spec.label
            if spec.unit_suffix().strip():
                yield "fields", spec.unit_suffix().strip()  # shown after a number field
            if spec.choices is not None:
                labels: dict[object, str] = {}
                for table in tables.values():
                    if all(isinstance(k, spec.choices) for k in table):
                        labels = dict(table)
                        break
                for member in spec.choices:
                    yield "fields", _choice_label(labels, member)
    for label in enums.AGREEMENT_LABELS.values():
        yield "AgreementState", label
    for label in enums.STATUS_LABELS.values():
        yield "LibraryModel", label
    for label in STEP_TITLES.values():
        yield "Steps", label
    for label in STEP_STATUS_LABELS.values():
        yield "StepStatus", label
    for message in CORE_TEAM_MESSAGES.values():
        yield "review", message


def _is_translate(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "translate"


def _helper_context(func: ast.FunctionDef) -> str | None:
    """The context of ``def _tr(text): return QCoreApplication.translate("Ctx", text)``."""
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Call)
            and _is_translate(node.func)
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and isinstance(node.args[1], ast.Name)
        ):
            return node.args[0].value
    return None


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def ui_strings(files: Iterable[Path]) -> Iterator[tuple[str, str]]:
    for path in files:
        if path == TARGET:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers = {
            node.name: ctx
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and (ctx := _helper_context(node)) is not None
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            if name in helpers and node.args:
                text = _literal(node.args[0])
                if text is not None:
                    yield helpers[name], text
            elif name == "tr" and len(node.args) >= 2:
                # a local ``tr = QCoreApplication.translate``
                ctx, text = _literal(node.args[0]), _literal(node.args[1])
                if ctx is not None and text is not None:
                    yield ctx, text


def alias_pairs(files: Iterable[Path]) -> Iterator[tuple[str, str]]:
    """(context, text) of every literal call of a local ``tr = QCoreApplication.translate`` alias;
    lupdate reads them as ``tr(source=context, disambiguation=text)``."""
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and len(node.args) >= 2
            ):
                ctx, text = _literal(node.args[0]), _literal(node.args[1])
                if ctx is not None:
                    yield ctx, text or ""


def ui_files() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p != TARGET)


def entries() -> list[tuple[str, str]]:
    """Every (context, source text) the module lists, sorted, without duplicates."""
    # str.__str__: a str subclass (the model's Msg) as the plain text it is
    found = {(ctx, str.__str__(text)) for ctx, text in [*model_strings(), *ui_strings(ui_files())] if text}
    return sorted(found)


def render() -> str:
    lines = [f"    QT_TRANSLATE_NOOP({ctx!r}, {text!r}),\n" for ctx, text in entries()]
    return HEADER + "".join(lines) + FOOTER


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run scripts/generate_catalogue_strings.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
