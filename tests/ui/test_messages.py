"""The model's and the services' messages in the window's language.

With German (or Dutch) installed, what the model and the services say — a field's error in place, a
review point, a refusal — reads in that language with the values filled in; English stays as it
was; values the user typed are shown literally, whatever they contain.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from slaworkshop.exchange.container import write_container
from slaworkshop.exchange.workshop_file import WorkshopFileError
from slaworkshop.exchange.workshop_file import read as read_workshop_file
from slaworkshop.export import ExportError, check_style
from slaworkshop.model.db import open_store
from slaworkshop.model.enums import AgreementState
from slaworkshop.model.fields import FieldError
from slaworkshop.model.messages import Msg, msg, term
from slaworkshop.model.steps import FUNNEL
from slaworkshop.model.tables import new_id
from slaworkshop.services.errors import ConflictError
from slaworkshop.services.ops import AddRow, SetClause
from slaworkshop.services.progress import StepId
from slaworkshop.services.sample import create_sample
from slaworkshop.services.workshops import WorkshopService
from slaworkshop.ui import i18n
from slaworkshop.ui.editor import EditorView
from slaworkshop.ui.steps.review import ReviewPage
from slaworkshop.ui.widgets.fields import CheckedField
from slaworkshop.ui.widgets.notice import Level, NoticeBox

from .test_editor import fresh_database, migrated_db  # noqa: F401 - the fixture is shared
from .test_exchange_flow import answer_open, message

__all__ = ["migrated_db"]

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
HOSTILE = ["{0}", "{label}", "}{", "<b>bold</b>", "%1 %s", "\u202etxet", "x" * 100_000]


@pytest.fixture
def german() -> Iterator[None]:
    assert i18n.install_language("de") == "de", "run scripts/compile_translations"
    yield
    i18n.remove_translators()


@pytest.fixture
def dutch() -> Iterator[None]:
    assert i18n.install_language("nl") == "nl", "run scripts/compile_translations"
    yield
    i18n.remove_translators()


def error_of(spec_name: str, text: str) -> FieldError:
    with pytest.raises(FieldError) as raised:
        FUNNEL.field(spec_name).coerce(text)
    return raised.value


@pytest.mark.parametrize("language", ["de", "nl"])
def test_the_packaged_message_catalogues_are_built_from_the_current_sources(
    language: str, tmp_path: Path
) -> None:
    packaged = i18n.CATALOGUE_DIR / f"messages_{language}.qm"
    assert packaged.is_file(), f"{packaged} is missing: run scripts/compile_translations"
    ts = ROOT / "translations" / f"messages_{language}.ts"
    fresh = tmp_path / packaged.name
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert packaged.read_bytes() == fresh.read_bytes(), "run scripts/compile_translations"


# --------------------------------------------------------------------------- tr_message
def test_english_messages_are_shown_as_they_are() -> None:
    i18n.remove_translators()
    error = error_of("sales_reps", "-3")
    assert i18n.tr_message(error) == "Sales reps following up leads: must be at least 0."
    assert i18n.tr_message("plain text {0}") == "plain text {0}"


def test_a_field_error_in_german_with_its_values(german: None) -> None:
    shown = i18n.tr_message(error_of("sales_reps", "-3"))
    label = QCoreApplication.translate("fields", "Sales reps following up leads")
    assert label != "Sales reps following up leads"
    assert shown == f"{label}: muss mindestens 0 betragen."
    assert i18n.tr_message(error_of("sales_reps", "lots")) == f"{label}: „lots“ ist keine Zahl."


def test_a_field_error_in_dutch(dutch: None) -> None:
    label = QCoreApplication.translate("fields", "Sales reps following up leads")
    assert i18n.tr_message(error_of("sales_reps", "lots")) == f"{label}: “lots” is geen getal."


def test_numbers_are_written_as_the_language_writes_them(german: None) -> None:
    too_many = msg("Too many changes at once ({count:,}); at most {limit:,}.", count=12345, limit=5000)
    assert too_many == "Too many changes at once (12,345); at most 5,000."
    assert i18n.tr_message(too_many) == "Zu viele Änderungen auf einmal (12.345); höchstens 5.000."
    score = msg("A lead with no data at all scores {score:f} and is already an MQL.", score=Decimal("12.5"))
    assert (
        i18n.tr_message(score)
        == "Ein Lead ganz ohne Angaben erreicht 12,5 Punkte und ist damit schon ein MQL."
    )


def test_a_service_refusal_in_german(german: None) -> None:
    shown = i18n.tr_message(ConflictError("w", 1, 2))
    assert shown.startswith("Dieser Workshop wurde seit dem Öffnen in einem anderen Fenster")


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_are_shown_literally_in_german(german: None, value: str) -> None:
    message = msg("{table} “{title}” is {state}.", table=term("Goal"), title=value, state=msg("parked"))
    goal = QCoreApplication.translate("fields", "Goal")
    assert i18n.tr_message(message) == f"{goal} „{value}“ ist zurückgestellt."


def test_a_translation_that_does_not_fit_its_values_shows_english(german: None) -> None:
    # what a broken catalogue would give: a placeholder the message has no value for, a bad brace
    for template in ("{missing} is empty.", "{label.__class__}", "{0}", "{label", "{label:%}"):
        message = Msg("The English text.", template, {"label": "x"}, "messages")
        assert i18n.tr_message(message) == "The English text."


def test_messages_inside_messages_are_translated_and_depth_is_bounded(german: None) -> None:
    inner: Msg = msg("enter a value.")
    for _ in range(20):
        inner = msg("{label}: {problem}", label=msg("Sales cycle"), problem=inner)
    shown = i18n.tr_message(inner)
    assert shown.startswith("Verkaufszyklus: Verkaufszyklus: ")
    assert "enter a value." in shown  # below the depth limit the English stays, whole and readable


# --------------------------------------------------------------------------- where the window shows them
def test_a_field_shows_its_error_in_german(qtbot: Any, german: None) -> None:
    field = CheckedField(FUNNEL.field("sales_reps"))
    qtbot.addWidget(field)
    field.show()
    field.edit.setText("-3")
    field._on_text("-3")
    assert field.has_error()
    label = QCoreApplication.translate("fields", "Sales reps following up leads")
    assert field.message.text() == f"{label}: muss mindestens 0 betragen."


def test_a_notice_box_shows_model_warnings_in_german(qtbot: Any, german: None) -> None:
    box = NoticeBox(Level.WARNING)
    qtbot.addWidget(box)
    box.set_notices([msg("Follow-up takes {percent} % of the time available.", percent=Decimal("42.5"))])
    assert box.messages == ["Das Nachfassen beansprucht 42,5 % der verfügbaren Zeit."]
    box.set_notices([msg("Stage {number}: “{name}” appears twice.", number=2, name="<b>MQL</b>")])
    assert "&lt;b&gt;MQL&lt;/b&gt;" in box.text()  # markup in a value is text


@pytest.fixture
def german_editor(
    qtbot: Any, tmp_path: Path, migrated_db: Path, german: None
) -> Iterator[tuple[EditorView, str]]:  # noqa: F811
    """The editor built with German installed (pages build their texts once)."""
    url = fresh_database(migrated_db, tmp_path / "data")
    store = open_store(url, daily_backup=False)
    service = WorkshopService(store)
    workshop_id = create_sample(service)
    settings = QSettings(str(tmp_path / "data" / "settings.ini"), QSettings.Format.IniFormat)
    view = EditorView(service, settings)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.open_workshop(workshop_id)
    yield view, workshop_id
    view.close_workshop()
    store.close()


def test_the_review_page_lists_open_points_in_german(
    qtbot: Any, german_editor: tuple[EditorView, str]
) -> None:
    view, _ = german_editor
    hostile = "{0} <b>Pipeline</b> }{"
    row = new_id()
    view.request(
        [
            AddRow("goals", row_id=row, values={"metric": hostile, "target": 5, "agreement": "disputed"}),
            SetClause("funnel", state=AgreementState.PARKED),
        ]
    )
    view.go_to_step(StepId.SIGN_OFF)
    page = view.page(StepId.SIGN_OFF)
    assert isinstance(page, ReviewPage)
    shown = []
    for top in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(top)
        assert item is not None
        children = [item.child(i) for i in range(item.childCount())]
        shown += [child.text(0) for child in children if child is not None]
    goal = QCoreApplication.translate("fields", "Goal")
    assert f"{goal} „{hostile}“ ist strittig." in shown
    assert "Abschnitt „funnel“ ist zurückgestellt." in shown
    english = [
        text for text in shown if " is empty." in text or " is disputed." in text or " is parked." in text
    ]
    assert not english
    finding = next(f for f in page.tree.findings if f.row_id == row)
    assert finding.message == f"Goal “{hostile}” is disputed."  # the store's own words stay English
    assert "• Es sind noch keine Unterzeichnenden eingetragen." in page.sign_reason.text()
    matches = page.tree.findItems("ist strittig", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive, 0)
    assert matches and "Double-click" not in matches[0].toolTip(0)


# --------------------------------------------------------------------------- import and export refusals
@pytest.mark.parametrize(
    ("content", "german_text", "english_text"),
    [
        (
            b"just some text, not a workshop",
            "Das ist keine Workshop-Datei (.slaw): Es ist kein ZIP-Archiv.",
            "This is not a workshop file (.slaw): it is not a ZIP archive.",
        ),
        (
            'zip:{"format": ',
            "workshop.json ist kein gültiges JSON (Zeile 1, Spalte 12).",
            "workshop.json is not valid JSON (line 1, column 12).",
        ),
    ],
)
def test_a_hostile_workshop_file_is_refused_in_german(
    qtbot: Any,
    make_window: Any,
    ui_service: WorkshopService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    german: None,
    content: bytes | str,
    german_text: str,
    english_text: str,
) -> None:
    ui_service.create("Northwind", "Kick-off")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.library.refresh()
    ids = window.library.model.ids()
    path = tmp_path / "from a stranger.slaw"
    if isinstance(content, str):  # a real archive whose workshop.json is cut off
        content = write_container({"workshop.json": content.removeprefix("zip:").encode()})
    path.write_bytes(content)
    answer_open(monkeypatch, path)
    with qtbot.waitSignal(window.exchange.failed) as failed:
        window.exchange.import_workshop()
    box = message(qtbot, window)
    assert box.windowTitle() == "Der Workshop wurde nicht importiert"
    assert box.text() == german_text == failed.args[0]
    box.button(QMessageBox.StandardButton.Ok).click()
    assert window.library.model.ids() == ids  # nothing was imported
    with pytest.raises(WorkshopFileError) as raised:
        read_workshop_file(path)
    assert str(raised.value) == english_text  # the exchange layer itself still speaks English


def test_a_broken_document_style_is_explained_in_german(tmp_path: Path, german: None) -> None:
    style_file = tmp_path / "styles" / "style.json"
    style_file.parent.mkdir()
    style_file.write_text('{"page_size": "A4",', encoding="utf-8")
    with pytest.raises(ExportError) as raised:
        check_style(style_file)
    assert str(raised.value) == (
        f"The document style {style_file} cannot be used: it is not valid JSON (line 1, column 20)."
    )
    assert i18n.tr_message(raised.value) == (
        f"Der Dokumentstil {style_file} kann nicht verwendet werden: "
        "die Datei ist kein gültiges JSON (Zeile 1, Spalte 20)."
    )
