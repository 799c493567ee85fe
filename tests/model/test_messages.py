"""Messages of the model and the services: English as before, and every one translatable.

A message is a :class:`~slaworkshop.model.messages.Msg`: it equals its English text (the command
line, the logs and every other test read plain English) and carries its template and values for
the window. These tests fail when a ``msg()`` template in the code is missing from
``translations/messages_<lang>.ts``, left untranslated there, or translated with other placeholders.
"""

from __future__ import annotations

import ast
import copy
import json
import pickle
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from slaworkshop.model.fields import WORKSHOP, FieldError
from slaworkshop.model.funnel import InputProblem
from slaworkshop.model.kpi import KpiThresholds, check_thresholds
from slaworkshop.model.messages import MESSAGES_CONTEXT, Msg, joined, message_of, msg, placeholders, term
from slaworkshop.model.scoring import ConditionError, parse_condition
from slaworkshop.model.steps import FUNNEL
from slaworkshop.services.errors import ConflictError

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import generate_message_strings as generator  # noqa: E402

LANGUAGES = ("de", "nl")


def catalogue(language: str) -> dict[str, ET.Element]:
    """Source → <translation> of every message in ``translations/messages_<lang>.ts`` still in use."""
    root = ET.parse(ROOT / "translations" / f"messages_{language}.ts").getroot()
    found: dict[str, ET.Element] = {}
    for context in root.iter("context"):
        assert context.findtext("name") == MESSAGES_CONTEXT
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found[message.findtext("source") or ""] = translation
    return found


# --------------------------------------------------------------------------- a Msg is its English text
def test_a_message_equals_its_english_text_and_keeps_template_and_values() -> None:
    message = msg("{label}: at most {limit:,} characters.", label=term("Client organisation"), limit=20000)
    assert message == "Client organisation: at most 20,000 characters."
    assert isinstance(message, str)
    assert message.template == "{label}: at most {limit:,} characters."
    assert message.params["limit"] == 20000
    assert message.params["label"].context == "fields"
    assert hash(message) == hash("Client organisation: at most 20,000 characters.")
    assert json.dumps({"m": message}) == json.dumps({"m": "Client organisation: at most 20,000 characters."})


def test_an_error_raised_with_a_message_keeps_it() -> None:
    with pytest.raises(FieldError) as raised:
        FUNNEL.field("sales_reps").coerce("-3")
    text = str(raised.value)
    assert text == "Sales reps following up leads: must be at least 0."
    assert isinstance(text, Msg) and isinstance(message_of(raised.value), Msg)
    assert text.template == "{label}: must be at least {limit}."
    assert message_of(ValueError("plain")) == "plain"


def test_a_message_survives_pickle_and_copy() -> None:
    message = msg("Stage {number}: “{name}” appears twice.", number=2, name="MQL")
    for again in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message), copy.copy(message)):
        assert again == message and isinstance(again, Msg)
        assert again.template == message.template and again.params == message.params


@pytest.mark.parametrize(
    "value",
    ["{0}", "{label}", "{{x}}", "}{", "<b>bold</b> &amp;", "%1 %s %(name)s", "\u202eevil", "x" * 100_000],
)
def test_hostile_values_are_inserted_literally(value: str) -> None:
    message = msg("{table} “{title}” is {state}.", table=term("Goal"), title=value, state=msg("parked"))
    assert message == f"Goal “{value}” is parked."
    assert message.params["title"] == value


def test_joined_messages_stay_translatable_with_any_separator() -> None:
    parts = [msg("open"), "plain {0}", msg("parked")]
    text = joined(parts, "}{ ")
    assert text == "open}{ plain {0}}{ parked"
    assert isinstance(text, Msg)
    assert text.template.format_map(text.params) == text
    assert joined(["a", "b"]) == "a; b" and not isinstance(joined(["a", "b"]), Msg)


# --------------------------------------------------------------------------- English kept where it matters
def test_the_model_builds_its_messages_in_english_as_before() -> None:
    with pytest.raises(FieldError) as raised:
        WORKSHOP.field("client").coerce(12)
    assert str(raised.value) == "Client organisation: expected text."
    with pytest.raises(ConditionError) as condition:
        parse_condition("between 200 and 10")
    assert (
        str(condition.value)
        == "“between 200 and 10”: the smaller number comes first, e.g. between 10 and 200."
    )
    checked = check_thresholds(KpiThresholds(Decimal(50), "at_least", Decimal(60), None))
    assert [p.message for p in checked.problems] == [
        "Amber threshold: for “at least” it must not be above the target."
    ]
    assert all(isinstance(p.message, Msg) for p in checked.problems)
    assert str(ConflictError("w", 1, 2)).startswith("This workshop was changed in another window")


def test_problems_of_the_maths_are_messages() -> None:
    problem = InputProblem(
        "x", msg("{label}: {problem}", label=msg("Sales cycle"), problem=msg("enter a value."))
    )
    assert problem.message == "Sales cycle: enter a value."
    assert isinstance(problem.message, Msg)
    assert [p.template for p in problem.message.params.values()] == ["Sales cycle", "enter a value."]


# --------------------------------------------------------------------------- every template translatable
def _msg_calls() -> list[tuple[str, int, ast.Call]]:
    calls = []
    for path in generator.source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg":
                calls.append((path.relative_to(ROOT).as_posix(), node.lineno, node))
    return calls


def test_every_msg_call_has_a_literal_template_and_fills_exactly_its_placeholders() -> None:
    calls = _msg_calls()
    assert len(calls) > 150  # the model's and the services' messages
    wrong = []
    for where, line, call in calls:
        first = call.args[0] if call.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            wrong.append(f"{where}:{line}: the template is not a literal (the catalogue cannot know it)")
            continue
        named = {name for name, _ in placeholders(first.value)}
        given = {k.arg or "**" for k in call.keywords}
        if "**" in given:
            wrong.append(f"{where}:{line}: values passed with ** (cannot be checked)")
        elif named != given:
            wrong.append(f"{where}:{line}: placeholders {sorted(named)} but values {sorted(given)}")
    assert not wrong, "\n".join(wrong)


def test_the_catalogues_list_every_template_of_the_code() -> None:
    assert generator.main(["--check"]) == 0, "run scripts/generate_message_strings.py and translate"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_is_translated(language: str) -> None:
    found = catalogue(language)
    missing = []
    for template in generator.templates():
        translation = found.get(template)
        if translation is None:
            missing.append(f"not in messages_{language}.ts: {template[:80]}")
        elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(f"untranslated in messages_{language}.ts: {template[:80]}")
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for source, translation in catalogue(language).items():
        text = translation.text or ""
        try:
            theirs = Counter(name for name, _ in placeholders(text))
            specs = {name: spec for name, spec in placeholders(text)}
        except ValueError as error:
            wrong.append(f"{source[:60]}: the translation cannot be formatted ({error})")
            continue
        ours = Counter(name for name, _ in placeholders(source))
        if set(theirs) != set(ours):
            wrong.append(f"{source[:60]}: {sorted(ours)} → {sorted(theirs)}")
        elif any(specs[name] != spec for name, spec in placeholders(source)):
            wrong.append(f"{source[:60]}: number formats differ")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_are_not_the_english_text(language: str) -> None:
    """Real phrasing, not a copy: only a message that is nothing but placeholders and punctuation
    (or a word both languages share) may read like the English."""
    shared = (
        {"open", "KPI “{title}”: {problem}", "{table} “{title}” is {state}."} if language == "nl" else set()
    )
    same = [
        source
        for source, translation in catalogue(language).items()
        if translation.text == source
        and source not in shared
        and any(ch.isalpha() for ch in source.format_map({n: "" for n, _ in placeholders(source)}))
    ]
    assert not same, "\n".join(same)


def test_a_changed_template_is_reported_and_old_translations_are_kept(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text(
        'from slaworkshop.model.messages import msg\nA = msg("Stages: at most {limit} stages.", limit=3)\n'
        'B = msg("A brand-new message about {thing}.", thing=1)\n',
        encoding="utf-8",
    )
    found = generator.templates([source])
    existing = generator.read(ROOT / "translations" / "messages_de.ts")
    entries = {e.source: e for e in generator.merged(existing, found)}
    assert entries["Stages: at most {limit} stages."].translation == "Phasen: höchstens {limit} Phasen."
    assert entries["Stages: at most {limit} stages."].kind == ""
    assert entries["A brand-new message about {thing}."].kind == "unfinished"
    vanished = entries["Unknown section."]
    assert vanished.kind == "vanished" and vanished.translation == "Unbekannter Abschnitt."
    again = tmp_path / "messages_de.ts"
    again.write_text(generator.render("de", list(entries.values())), encoding="utf-8")
    assert (
        generator.read(again)["Stages: at most {limit} stages."].translation
        == "Phasen: höchstens {limit} Phasen."
    )
