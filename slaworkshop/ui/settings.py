"""Where the window keeps its preferences: an INI file in the data folder.

Keeping ``settings.ini`` next to the database (rather than in the platform's registry or
``~/.config``) means ``--data-dir`` and the tests stay fully isolated, and a consultant who copies
the data folder to another laptop takes the window layout and zoom along.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FILENAME = "settings.ini"

# Keys shared between the main window and the editor (see the interface in ui/editor.py).
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_LAST_WORKSHOP = "library/last_workshop"
KEY_EDITOR_ZOOM = "editor/zoom"
KEY_LANGUAGE = "ui/language"
"""The window's language: ``system``, ``en``, ``de`` or ``nl`` (see ui/i18n.py); read at start-up."""
KEY_DOCUMENT_STYLE = "export/style_file"
"""The document style file the exports use (ui/style_dialog.py); empty: the built-in style."""


def open_settings(data_dir: Path) -> QSettings:
    """The INI-format settings of this data folder (created on first write)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(data_dir / SETTINGS_FILENAME), QSettings.Format.IniFormat)


def chosen_style_file(settings: QSettings) -> Path | None:
    """The document style file chosen in the settings, or None for the built-in style."""
    value = str(settings.value(KEY_DOCUMENT_STYLE, "") or "").strip()
    return Path(value) if value else None


def set_style_file(settings: QSettings, style_file: Path | None) -> None:
    """Choose ``style_file`` for every export from now on (None: the built-in style)."""
    settings.setValue(KEY_DOCUMENT_STYLE, str(style_file) if style_file is not None else "")
    settings.sync()
