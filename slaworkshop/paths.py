"""Where things live: the user's data directory (or an override) and the shipped templates."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "SLAWORKSHOP_DATA_DIR"


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("slaworkshop", appauthor=False)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``SLAWORKSHOP_DATA_DIR``, then the platform's user data directory."""
    chosen = override or os.environ.get(ENV_DATA_DIR) or None
    if chosen:
        return Path(chosen).expanduser().resolve()
    return default_data_dir()


def templates_dir() -> Path:
    """The starter content, base .docx and styles: next to the package in a checkout or install."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    return here.parent / "templates"
