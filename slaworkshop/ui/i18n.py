"""The window's language: English, German or Dutch, from the settings or the system.

The texts are Qt Linguist catalogues: ``translations/slaworkshop_<lang>.ts`` in the repository,
compiled by ``pyside6-lrelease`` (scripts/start, scripts/test) into
``slaworkshop/ui/translations/slaworkshop_<lang>.qm``, shipped as package data; any other
``*_<lang>.qm`` there (another catalogue of the app) is loaded with it. Qt's own catalogue
(``qtbase_<lang>.qm``, shipped with PySide6) translates the standard buttons and dialogs.

The choice lives in the settings (``ui/language``: ``system``, ``en``, ``de`` or ``nl``) and is
offered in View → Language. It takes effect at the next start: the pages build their texts once, so
switching live would leave half the window in the old language. "System" follows the system locale
(German for ``de*``, Dutch for ``nl*``, else English).

A missing or unreadable catalogue is not an error: the window stays (or becomes) English, and the
reason is logged.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from slaworkshop.model.messages import LITERAL_CONTEXT, MESSAGES_CONTEXT, Msg, message_of

from .settings import KEY_LANGUAGE

log = logging.getLogger("slaworkshop")

SYSTEM = "system"
ENGLISH = "en"
LANGUAGES: tuple[str, ...] = ("en", "de", "nl")
"""The languages the window speaks; English is the source language (no catalogue)."""

LANGUAGE_NAMES: dict[str, str] = {SYSTEM: "", "en": "English", "de": "Deutsch", "nl": "Nederlands"}
"""Each language in its own name (the system entry is translated, see :func:`choice_names`)."""

CATALOGUE_DIR = Path(__file__).resolve().parent / "translations"
CATALOGUE_PREFIX = "slaworkshop_"
QT_CATALOGUE_PREFIX = "qtbase_"

_installed: list[QTranslator] = []
_language = ENGLISH
"""The language the installed catalogues speak."""
_locale_before: QLocale | None = None
"""The default locale before :func:`install_translations` set the chosen language's."""


def stored_choice(settings: QSettings) -> str:
    """What the settings say: ``system`` or a language code (anything else counts as ``system``)."""
    value = str(settings.value(KEY_LANGUAGE, SYSTEM) or SYSTEM).strip().lower()
    return value if value in LANGUAGES else SYSTEM


def system_language(locale: QLocale | None = None) -> str:
    """German for a ``de*`` locale, Dutch for ``nl*``, otherwise English."""
    locale = locale if locale is not None else QLocale.system()
    names = [*locale.uiLanguages(), locale.name()]
    for name in names:
        code = name.replace("_", "-").split("-", 1)[0].lower()
        if code in LANGUAGES:
            return code
        if code and code not in ("c", "posix"):
            return ENGLISH  # the user's first language is one we do not have
    return ENGLISH


def resolve_language(choice: str, locale: QLocale | None = None) -> str:
    """The language to show for a stored choice."""
    return choice if choice in LANGUAGES else system_language(locale)


def catalogue_path(language: str, directory: Path | None = None) -> Path:
    return (directory or CATALOGUE_DIR) / f"{CATALOGUE_PREFIX}{language}.qm"


def current_language() -> str:
    """The language the window speaks now (``en`` when no catalogue is installed)."""
    return _language


def in_sentence(label: str) -> str:
    """A label placed inside a sentence ("Add {0}"): lower-cased in English and Dutch, kept as it is
    in German, where nouns keep their capital ("Übergabe-Auslöser hinzufügen")."""
    return label if _language == "de" else label.lower()


def agreement_cell_width(widget: QWidget, states: Sequence[str] = ("agreed", "proposed")) -> int:
    """Pixels a table cell needs to show the usual agreement states ("Agreed", and "Proposed" that
    starter content carries) with the icon in the window's language; pages that size columns in
    average characters keep this as a floor ("Vorgeschlagen" is longer than "Proposed") and let the
    other columns give way."""
    from .widgets.agreement import state_label

    metrics = widget.fontMetrics()
    text = max(metrics.horizontalAdvance(state_label(state)) for state in states)
    return text + 16 + 2 * metrics.averageCharWidth()


def remove_translators() -> None:
    """Take out the catalogues :func:`install_language` put in (English again), and the locale
    :func:`install_translations` set for a chosen language."""
    global _language, _locale_before
    _language = ENGLISH
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            QCoreApplication.removeTranslator(translator)


def install_language(language: str, directory: Path | None = None) -> str:
    """Install the app's and Qt's catalogues for ``language``; returns the language now in effect.

    Replaces catalogues installed before. English, an unknown language, and a missing or unreadable
    app catalogue all give English (logged, never raised). Qt's own catalogue is optional: without
    it only the standard buttons stay English.
    """
    remove_translators()
    if language not in LANGUAGES or language == ENGLISH:
        return ENGLISH
    app = QCoreApplication.instance()
    if app is None:
        return ENGLISH
    path = catalogue_path(language, directory)
    translator = QTranslator(app)
    try:
        loaded = path.is_file() and translator.load(str(path))
    except (OSError, ValueError) as exc:  # a path the platform cannot read
        log.warning("language %s: cannot read %s (%s); showing English", language, path, exc)
        loaded = False
    if not loaded or translator.isEmpty():
        log.warning("language %s: no usable catalogue at %s; showing English", language, path)
        translator.deleteLater()
        return ENGLISH
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"{QT_CATALOGUE_PREFIX}{language}", qt_dir):
        QCoreApplication.installTranslator(qt_translator)
        _installed.append(qt_translator)
    else:
        log.info("language %s: Qt's own catalogue is not in %s", language, qt_dir)
        qt_translator.deleteLater()
    QCoreApplication.installTranslator(translator)  # the last installed is asked first
    _installed.append(translator)
    # further catalogues of the app in the same folder (e.g. messages_<lang>.qm): optional
    for extra in sorted((directory or CATALOGUE_DIR).glob(f"*_{language}.qm")):
        if extra.name == path.name:
            continue
        more = QTranslator(app)
        if extra.is_file() and more.load(str(extra)) and not more.isEmpty():
            QCoreApplication.installTranslator(more)
            _installed.append(more)
        else:
            log.warning("language %s: %s is not a usable catalogue; its texts stay English", language, extra)
            more.deleteLater()
    global _language
    _language = language
    return language


def install_translations(settings: QSettings, directory: Path | None = None) -> str:
    """At start-up, before any window: the language the settings (or the system) ask for.

    German or Dutch chosen on a system in another language also brings that language's dates and
    numbers (``QLocale.setDefault``); with "System" the system's own locale stays.
    """
    global _locale_before
    language = install_language(resolve_language(stored_choice(settings)), directory)
    if language != ENGLISH and system_language() != language:
        _locale_before = QLocale()
        QLocale.setDefault(QLocale(language))
    return language


def _tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def choice_names() -> dict[str, str]:
    names = dict(LANGUAGE_NAMES)
    names[SYSTEM] = _tr("System language")
    return names


def language_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """View → Language: the choice, stored in the settings, with a word that it applies at the next
    start."""
    menu = QMenu(_tr("&Language"), parent)
    menu.setObjectName("menuLanguage")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = stored_choice(settings)
    for code, name in choice_names().items():
        action = QAction(name, menu)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: choose_language(parent, settings, str(action.data())))
    return menu


def choose_language(parent: QWidget | None, settings: QSettings, choice: str) -> QMessageBox | None:
    """Store the choice and say (in a message that does not block) when it takes effect."""
    choice = choice if choice in LANGUAGES else SYSTEM
    if choice == stored_choice(settings):
        return None
    settings.setValue(KEY_LANGUAGE, choice)
    settings.sync()
    if choice == SYSTEM:
        text = _tr("SLA Workshop will follow the system language the next time it starts.")
    else:
        text = _tr("SLA Workshop will speak {0} the next time it starts.").format(LANGUAGE_NAMES[choice])
    box = QMessageBox(
        QMessageBox.Icon.Information, _tr("Language"), text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("languageChangedMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


# --------------------------------------------------------------------------- messages of the model
_MESSAGE_DEPTH = 8
"""How deep messages inside messages are translated (deeper ones stay English)."""


class _MessageFormatter(string.Formatter):
    """Fills a translated template: only the message's own named values (no attribute or index
    lookups a broken catalogue could ask for), numbers with the language's separators."""

    def __init__(self, group: str, point: str) -> None:
        super().__init__()
        self._swap = {ord(","): "\0", ord("."): point} if (group, point) != (",", ".") else None
        self._group = group

    def get_field(self, field_name: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        if field_name not in kwargs:
            raise KeyError(field_name)
        return kwargs[field_name], field_name

    def format_field(self, value: Any, format_spec: str) -> str:
        text = format(value, format_spec)
        number = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
        if number and self._swap is not None:
            text = text.translate(self._swap).replace("\0", self._group)
        return text


def tr_message(value: object) -> str:
    """A message of the model or the services (or an error raised with one) in the window's language.

    A :class:`~slaworkshop.model.messages.Msg` is looked up in its context (``messages`` for
    templates, ``fields`` for labels) and filled with its values, messages among them translated
    too and numbers written with the language's separators. Anything else, and a message whose
    translation does not fit its values, is shown as it is (English)."""
    text = message_of(value)
    if not isinstance(text, Msg) or _language == ENGLISH:
        return text
    locale = QLocale(_language)
    formatter = _MessageFormatter(locale.groupSeparator(), locale.decimalPoint())
    return _translate_message(text, formatter, 0)


def _translate_message(message: Msg, formatter: _MessageFormatter, depth: int) -> str:
    english = str.__str__(message)
    if depth > _MESSAGE_DEPTH:
        return english
    if message.context == LITERAL_CONTEXT:
        template = message.template
    else:
        template = QCoreApplication.translate(message.context, message.template)
        if message.context != MESSAGES_CONTEXT:
            return template or english  # a label: nothing to fill in
    values = {
        name: _translate_message(v, formatter, depth + 1) if isinstance(v, Msg) else v
        for name, v in message.params.items()
    }
    try:
        return str(formatter.vformat(template, (), values))
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        log.warning("message %r: its translation does not fit its values; showing English", message.template)
        return english
