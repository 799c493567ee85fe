"""The agreement in German and Dutch: every fixed text from the workshop's language, numbers and dates
as a German or Dutch reader writes them, and a check that fails when any document text lacks a
translation in English, German or Dutch.

The sample workshop (``create_sample(service, "de")`` / ``"nl"``) is exported to DOCX and PDF as a
draft, signed, and exported again as a draft after a change (so the signature page, the change
history and the open points all appear); the files are read back with python-docx and pdftotext.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from slaworkshop.export import ExportOptions, catalogue, formatting, render
from slaworkshop.export.catalogue import CATALOGUES, ENGLISH, counted, placeholders
from slaworkshop.export.formatting import locale_for
from slaworkshop.model import steps
from slaworkshop.model.db import open_store, sqlite_url
from slaworkshop.model.enums import AgreementState, Language, PlanningPeriod, WorkshopStatus
from slaworkshop.model.fields import ENTITIES, PARTICIPANTS, WORKSHOP, Kind
from slaworkshop.model.signing import SIGNATORIES
from slaworkshop.services.ops import AddRow, SetField
from slaworkshop.services.review import sign_off_blockers
from slaworkshop.services.sample import create_sample
from slaworkshop.services.signoff import ApprovalInput, SignOffService
from slaworkshop.services.snapshot import WorkshopSnapshot
from slaworkshop.services.versions import ChangeKind
from slaworkshop.services.workshops import WorkshopService

from .readers import docx_text, pdf_text, squeeze

ISSUED = date(2026, 12, 4)
APPROVED_ON = date(2027, 3, 3)
TRANSLATED = ("de", "nl")


# --------------------------------------------------------------------------- completeness
def printed_keys() -> set[str]:
    """Every catalogue key the document can print for a label or value of the model: field labels,
    values of choice fields, units, section titles, numbered items, agreement states, statuses,
    languages, clauses, steps, kinds of change and planning periods."""
    keys: set[str] = set()
    for spec in ENTITIES.values():
        keys.update((f"item.{spec.name}", f"entity.{spec.name}"))  # a section, a numbered row
        if spec not in (WORKSHOP, PARTICIPANTS, SIGNATORIES):
            keys.add(f"step.{spec.step}")
        for field in spec.fields:
            keys.add(f"field.{spec.name}.{field.name}")
            if field.kind is Kind.CHOICE and field.choices is not None:
                keys.update(f"choice.{choice.value}" for choice in field.choices)
            if field.unit:
                keys.update(f"unit.{field.unit.replace(' ', '_')}.{form}" for form in ("one", "other"))
    keys.update(f"agreement.{state.value}" for state in AgreementState)
    keys.update(f"status.{status.value}" for status in WorkshopStatus)
    keys.update(f"language.{language.value}" for language in Language)
    keys.update(f"clause.{key}" for key in steps.CLAUSE_KEYS)
    keys.update(f"history.kind.{kind.value}" for kind in ChangeKind)
    keys.update(f"computed.period.{period.value}" for period in PlanningPeriod)
    return keys


def translation_problems(catalogues: Mapping[str, Mapping[str, str]]) -> list[str]:
    """What keeps the document from being complete in every language, one line per problem."""
    english = catalogues["en"]
    problems = [
        f"en: {key} is printed but not in the catalogue" for key in sorted(printed_keys() - set(english))
    ]
    problems += [f"en: {key} is empty" for key, value in english.items() if not value.strip()]
    for language in sorted(set(catalogues) - {"en"}):
        translated = catalogues[language]
        for key, value in english.items():
            if key not in translated:
                problems.append(f"{language}: {key} is missing")
            elif not translated[key].strip():
                problems.append(f"{language}: {key} is empty")
            elif placeholders(translated[key]) != placeholders(value):
                problems.append(f"{language}: {key} fills in {sorted(placeholders(translated[key]))}")
        problems += [
            f"{language}: {key} is not an English key" for key in sorted(set(translated) - set(english))
        ]
    return problems


def test_every_document_text_is_translated_in_all_three_languages() -> None:
    assert set(CATALOGUES) == {language.value for language in Language}
    assert translation_problems(CATALOGUES) == []


def test_the_check_fails_for_a_missing_empty_or_misfilled_translation() -> None:
    german = dict(CATALOGUES["de"])
    del german["chapter.signatures"]
    german["signatures.name"] = "  "
    german["mark.page"] = "Seite {page}"
    dutch = dict(CATALOGUES["nl"])
    dutch["chapter.typo"] = "Hoofdstuk"
    english = {k: v for k, v in ENGLISH.items() if k != "field.kpis.amber"}
    problems = translation_problems({"en": english, "de": german, "nl": dutch})
    assert "en: field.kpis.amber is printed but not in the catalogue" in problems
    assert "de: chapter.signatures is missing" in problems
    assert "de: signatures.name is empty" in problems
    assert "de: mark.page fills in ['page']" in problems
    assert "nl: chapter.typo is not an English key" in problems


def test_units_follow_the_languages_plural_rule() -> None:
    assert counted("de", "unit.days", 1, value="1") == "1 Tag"
    assert counted("de", "unit.business_days", 10, value="10") == "10 Arbeitstage"
    assert counted("nl", "unit.points", 1, value="1") == "1 punt"
    assert counted("nl", "unit.days", Decimal("1.5"), value="1,5") == "1,5 dagen"
    assert counted("en", "unit.business_days", 1, value="1") == "1 business day"


def test_formatting_is_babels_for_the_language() -> None:
    assert formatting.number(Decimal("1234.5"), "de") == "1.234,5"
    assert formatting.number(Decimal("1234.5"), "nl") == "1.234,5"
    assert formatting.number(Decimal("1234.5"), "en") == "1,234.5"
    assert formatting.percent(Decimal("53.9"), "de") == "53,9\u00a0%"
    assert formatting.percent(Decimal("53.9"), "nl") == "53,9%"
    assert formatting.money(Decimal("2400000"), "EUR", "de") == "2.400.000,00\u00a0€"
    assert formatting.money(Decimal("2400000"), "EUR", "nl") == "€\u00a02.400.000,00"
    assert formatting.long_date(ISSUED, "de") == "4. Dezember 2026"
    assert formatting.long_date(ISSUED, "nl") == "4 december 2026"
    assert formatting.weekday_date(date(2026, 12, 8), "de") == "Dienstag, 8. Dezember"
    assert formatting.weekday_date(date(2026, 12, 8), "nl") == "dinsdag 8 december"


# --------------------------------------------------------------------------- the exported files
@dataclass
class Exported:
    language: str
    snapshot: WorkshopSnapshot
    texts: dict[str, str]  # draft/signed/changed × docx/pdf → what a reader reads in the file
    files: dict[str, bytes]


def _docx_all_text(data: bytes) -> str:
    """Body, headers and footers: everything the DOCX shows."""
    document = docx.Document(io.BytesIO(data))
    furniture = [
        paragraph.text
        for section in document.sections
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer)
        for paragraph in part.paragraphs
    ]
    return docx_text(data) + "\n" + "\n".join(furniture)


def _signatories(language: str) -> tuple[dict[str, str], dict[str, str]]:
    if language == "de":
        return (
            {
                "name": "Jana Kowalczyk",
                "title": "Leiterin Marketing",
                "department": "marketing",
                "role": "Marketing",
            },
            {"name": "Frank Meiners", "title": "Vertriebsleiter", "department": "sales", "role": "Vertrieb"},
        )
    return (
        {"name": "Eva Jansen", "title": "Hoofd marketing", "department": "marketing", "role": "Marketing"},
        {"name": "Joost Bakker", "title": "Salesdirecteur", "department": "sales", "role": "Sales"},
    )


@pytest.fixture(scope="module", params=TRANSLATED)
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    language: str = request.param
    folder = tmp_path_factory.mktemp(f"sample_{language}")
    store = open_store(sqlite_url(folder / "data" / "slaworkshop.sqlite3"))
    try:
        service = WorkshopService(store)
        signoff = SignOffService(store, service)
        wid = create_sample(service, language)
        files: dict[str, bytes] = {}

        def export(name: str) -> WorkshopSnapshot:
            snapshot, options = signoff.export_options(wid)
            for fmt in ("docx", "pdf"):
                files[f"{name}.{fmt}"] = render(snapshot, fmt, replace(options, issued=ISSUED))
            return snapshot

        draft = export("draft")
        # Settle what blocks sign-off, add who signs, sign: the signature page and history appear.
        blockers = sign_off_blockers(service.get(wid))
        ops: list[Any] = [SetField(f.entity, f.field or "agreement", "agreed", f.row_id) for f in blockers]
        rows = [AddRow("signatories", values) for values in _signatories(language)]
        service.apply(wid, None, [*ops, *rows])
        revision = service.get(wid).revision
        signoff.sign_off(
            wid,
            revision,
            [
                ApprovalInput(row.row_id, APPROVED_ON, str(values["name"]))
                for row, values in zip(rows, _signatories(language), strict=True)
            ],
            today=APPROVED_ON,
        )
        export("signed")
        kpi = service.get(wid).rows_of("kpis")[0]
        changes = [
            SetField("kpis", "target", "1234.5", kpi["id"]),
            SetField("funnel", "sales_reps", 5),  # a section: named by its translated title
            SetField("workshop", "venue", "Online"),
        ]
        service.apply(wid, None, changes)
        export("changed")
        texts = {
            name: _docx_all_text(data) if name.endswith(".docx") else pdf_text(data)
            for name, data in files.items()
        }
        yield Exported(language, draft, texts, files)
    finally:
        store.close()


def _t(language: str, key: str, **values: object) -> str:
    return catalogue.text(language, key, **values)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _user_texts(snapshot: WorkshopSnapshot) -> str:
    """Everything the room typed: English words in there are the client's, not the document's."""
    values: list[str] = [str(v) for v in snapshot.workshop.values() if isinstance(v, str)]
    for spec in ENTITIES.values():
        if spec is WORKSHOP:
            continue
        rows = [snapshot.single(spec.name)] if spec.single else list(snapshot.rows_of(spec.name))
        values += [str(v) for row in rows for v in row.values() if isinstance(v, str)]
    values += [clause.note for clause in snapshot.clauses.values()]
    return _flat("\n".join(values))


def _english_leftovers(language: str, snapshot: WorkshopSnapshot) -> list[str]:
    """The English catalogue's words that must not appear in a document in ``language``: every
    literal part of an English text that differs from its translation, unless the translation or
    the client's own content uses the same words (``Service Level Agreement``, ``Marketing``)."""
    translated = CATALOGUES[language]
    allowed = _flat("\n".join(translated.values())) + "\n" + _user_texts(snapshot)
    found: set[str] = set()
    for key, english in ENGLISH.items():
        if translated[key] == english:
            continue
        for part in re.split(r"{\w*}", english):
            part = _flat(part).strip(" .,:;()")
            if len(part) < 3 or not re.search(r"[A-Za-z]{3}", part):
                continue
            if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", allowed):
                continue
            found.add(part)
    return sorted(found)


def test_every_file_is_in_the_workshops_language_with_no_english_left(exported: Exported) -> None:
    english = _english_leftovers(exported.language, exported.snapshot)
    assert len(english) > 250  # the check looks for most of the catalogue, not for a handful of words
    for name, text in exported.texts.items():
        flat = _flat(text)
        leaked = [part for part in english if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", flat)]
        assert leaked == [], f"{exported.language} {name}: English left: {leaked[:10]}"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_headings_and_fixed_texts_are_the_translations(exported: Exported, fmt: str) -> None:
    lang = exported.language
    draft = squeeze(exported.texts[f"draft.{fmt}"])
    for key in (
        "document.title",
        "contents.title",
        "chapter.parties",
        "parties.purpose_heading",
        "chapter.participants",
        *(f"step.{n}" for n in range(1, 9)),
        "entity.goals",
        "entity.kpis",
        "entity.escalation_levels",
        "computed.funnel.title",
        "computed.cadence.title",
        "chapter.open_points",
        "open_points.intro",
        "chapter.signatures",
        "signatures.intro",
        "signatures.fingerprint_pending",
        "status.draft",
        "agreement.agreed",
        "field.kpis.definition",
        "choice.monthly",
    ):
        assert squeeze(_t(lang, key)) in draft, (fmt, key)
    assert squeeze(_t(lang, "mark.draft")) in draft
    if fmt == "pdf":  # the DOCX numbers its pages with Word fields
        assert squeeze(_t(lang, "mark.page", page=1, pages=exported.texts["draft.pdf"].count("\f"))) in draft
    signed = squeeze(exported.texts[f"signed.{fmt}"])
    assert squeeze(_t(lang, "status.signed")) in signed
    assert squeeze(_t(lang, "title.signed_on")) in signed
    assert squeeze(_t(lang, "version.signed", version=1)) in signed
    assert squeeze(_t(lang, "signatures.intro_signed", version=1)) in signed
    assert squeeze(_t(lang, "signatures.fingerprint", fingerprint="")) in signed
    assert squeeze(_t(lang, "mark.draft")) not in signed
    changed = squeeze(exported.texts[f"changed.{fmt}"])
    for key in (
        "chapter.history",
        "history.intro",
        "history.kind.changed",
        "entity.funnel",
        "entity.workshop",
    ):
        assert squeeze(_t(lang, key)) in changed, (fmt, key)
    assert squeeze(_t(lang, "history.changes_draft", version=1)) in changed
    assert (
        squeeze(_t(lang, "version.draft_next", version=2, revision=exported_revision(changed, lang)))
        in changed
    )


def exported_revision(text: str, language: str) -> str:
    """The revision number the changed draft's version label shows (the workshop's own counter)."""
    before, _, _ = _t(language, "version.draft_next", version=2, revision="{r}").partition("{r}")
    match = re.search(re.escape(squeeze(before)) + r"(\d+)", text)
    assert match is not None
    return match.group(1)


EXPECTED = {
    "de": {
        "dates": (
            "4. Dezember 2026",
            "8. Dezember 2026 – 9. Dezember 2026",
            "3. März 2027",
            "Dienstag, 8. Dezember",
        ),
        "numbers": ("2.400.000,00\u00a0€", "53,9\u00a0%", "3.156", "10 Arbeitstage", "1.234,5"),
    },
    "nl": {
        "dates": (
            "4 december 2026",
            "8 december 2026 – 9 december 2026",
            "3 maart 2027",
            "dinsdag 8 december",
        ),
        "numbers": ("€\u00a02.400.000,00", "53,9%", "3.156", "10 werkdagen", "1.234,5"),
    },
}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_numbers_money_percentages_and_dates_are_formatted_for_the_language(
    exported: Exported, fmt: str
) -> None:
    expected = EXPECTED[exported.language]
    draft = squeeze(exported.texts[f"draft.{fmt}"])
    for value in expected["dates"][:2] + expected["numbers"][:4]:
        assert squeeze(value) in draft, (fmt, value)
    for value in expected["dates"][3:]:
        assert squeeze(value) in draft, (fmt, value)
    assert squeeze(expected["dates"][2]) in squeeze(exported.texts[f"signed.{fmt}"])
    # the KPI target changed to 1234.5 after signing: the draft's change history quotes it
    assert squeeze(expected["numbers"][4]) in squeeze(exported.texts[f"changed.{fmt}"])
    # English number and date formats appear nowhere
    for name in ("draft", "signed", "changed"):
        text = _flat(exported.texts[f"{name}.{fmt}"])
        assert not re.search(r"\d,\d{3}\.\d", text), name
        assert not re.search(r"\d{1,2} (January|February|March|December) \d{4}", text), name


def test_the_document_says_which_language_it_is_in(exported: Exported) -> None:
    lang = exported.language
    document = docx.Document(io.BytesIO(exported.files["draft.docx"]))
    assert (document.core_properties.language or "").split("-")[0] == lang  # "de" or "de-DE"
    # Word spell-checks in the document's language, not in the base document's en-US.
    marks = document.styles.element.findall(".//" + qn("w:lang"))
    assert marks and {m.get(qn("w:val")) for m in marks} == {locale_for(lang).replace("_", "-")}
    assert document.core_properties.subject == _t(lang, "document.subject")
    body = squeeze(exported.texts["draft.pdf"])
    assert squeeze(f"{_t(lang, 'workshop.language')}{_t(lang, f'language.{lang}')}") in body


def test_the_apps_warnings_are_in_the_documents_language(service: WorkshopService) -> None:
    """What the app computed and warns about (scoring, cadence) is worded for the reader too."""
    from slaworkshop.export import build_document

    wid = create_sample(service, "de")
    service.apply(
        wid,
        None,
        [
            SetField("scoring", "mql_threshold", 5000),
            SetField("handoff", "attempts", 6),
            SetField("handoff", "return_after_attempts", 3),
        ],
    )
    snapshot = service.get(wid)
    text = "\n".join(build_document(snapshot, ExportOptions(issued=ISSUED)).texts())
    assert "Kein Lead kann die MQL-Schwelle von 5.000 erreichen: Der höchstmögliche Score ist 110." in text
    assert (
        "Der Lead geht nach 3 erfolglosen Versuchen an das Marketing zurück, bevor die vereinbarten 6 "
        "Versuche gemacht sind: Der Plan endet dort." in text
    )
    assert _english_leftovers("de", snapshot) and not [
        part
        for part in _english_leftovers("de", snapshot)
        if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", _flat(text))
    ]
    assert "No lead can reach" not in text and "goes back to Marketing" not in text
