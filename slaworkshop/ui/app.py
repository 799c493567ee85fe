"""Starting the window: the QApplication, opening the store (with dialogs for what can go wrong), the
main window, and a hook that lets ``benchmarks/cold_start.py`` time the first paint.

Start-up problems never end in a traceback: a damaged database file offers the newest verified
backup or an empty start (the damaged file is always kept aside), a database from a newer version
is refused untouched, and anything else that stops the store from opening is explained before the
app exits with a non-zero code.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from slaworkshop import APP_ID, APP_NAME, __version__
from slaworkshop.model.db import Store, open_store
from slaworkshop.model.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    StoreError,
    UnsupportedDatabaseError,
)

from .dialogs import DamagedChoice, DamagedDatabaseDialog, show_error

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_STORE = 3

BENCH_ENV = "SLAWORKSHOP_BENCH_EXIT_AFTER_PAINT"
"""Set to 1: print ``first-paint <seconds>`` once the main window has painted, then quit."""
BENCH_T0_ENV = "SLAWORKSHOP_BENCH_T0"
"""``time.time()`` taken by the benchmark just before it started this process."""

BASE_POINT_SIZE = 11
"""Readable from the back of a meeting room on a 1280×800 projector; the editor zooms further."""

_MAX_DAMAGED_ROUNDS = 5


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    font = app.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    return app


def move_aside(db_path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its WAL/SHM files) to ``*.damaged-<stamp>``; never deletes."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{counter}")
    for suffix in ("", "-wal", "-shm"):
        current = Path(str(db_path) + suffix)
        if current.exists():
            os.replace(current, Path(str(aside) + suffix))
    return aside


def _backup_time(path: Path) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))
    return QLocale().toString(stamp, "d MMMM yyyy, HH:mm")


def ask_damaged_database(
    error: DamagedDatabaseError, backup: Path | None, parent: QWidget | None = None
) -> DamagedChoice:
    """Show the damaged-database dialog and return what the user chose (Esc and closing mean Quit)."""
    dialog = DamagedDatabaseDialog(
        error.path, error.detail, backup, _backup_time(backup) if backup else "", parent
    )
    dialog.exec()
    return dialog.choice


def open_store_interactively(
    url: str | None, data_dir: Path, notes: list[str] | None = None, parent: QWidget | None = None
) -> Store | int:
    """Open the store, resolving what the user can resolve; an exit code when the app cannot go on.

    ``notes`` collects what happened on the way (a restored backup, a file moved aside) for the
    status bar.
    """
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from slaworkshop.model import backup as backups

    notes = notes if notes is not None else []
    for _round in range(_MAX_DAMAGED_ROUNDS):
        try:
            store = open_store(url, data_dir)
            notes.extend(getattr(store, "warnings", []))
            return store
        except DamagedDatabaseError as exc:
            newest = backups.newest_verified_backup(exc.path)
            choice = ask_damaged_database(exc, newest, parent)
            if choice is DamagedChoice.QUIT:
                return EXIT_STORE
            try:
                if choice is DamagedChoice.RESTORE and newest is not None:
                    aside = backups.restore_backup(exc.path, newest)
                    notes.append(
                        QApplication.translate(
                            "app", "Restored the backup %1; the damaged file is kept as %2."
                        )
                        .replace("%1", newest.name)
                        .replace("%2", aside.name)
                    )
                else:
                    aside = move_aside(exc.path)
                    notes.append(
                        QApplication.translate(
                            "app", "Started with an empty database; the damaged file is kept as %1."
                        ).replace("%1", aside.name)
                    )
            except (OSError, StoreError) as failure:
                show_error(
                    parent,
                    APP_NAME,
                    QApplication.translate("app", "That did not work: %1").replace("%1", str(failure)),
                )
            continue
        except NewerDatabaseError as exc:
            show_error(parent, QApplication.translate("app", "Newer database"), str(exc))
            return EXIT_STORE
        except UnsupportedDatabaseError as exc:
            show_error(parent, APP_NAME, str(exc))
            return EXIT_USAGE
        except StoreError as exc:
            show_error(parent, APP_NAME, str(exc))
            return EXIT_STORE
        except (ArgumentError, ValueError) as exc:
            show_error(
                parent,
                APP_NAME,
                QApplication.translate(
                    "app", "The database address given with --database is not usable:\n%1"
                ).replace("%1", str(exc)[:300]),
            )
            return EXIT_USAGE
        except (SQLAlchemyError, OSError) as exc:
            reason = " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]
            show_error(
                parent,
                APP_NAME,
                QApplication.translate("app", "The workshop database cannot be opened:\n%1").replace(
                    "%1", reason
                ),
            )
            return EXIT_STORE
        except Exception as exc:  # a missing driver, a broken install: still a message, not a traceback
            show_error(
                parent,
                APP_NAME,
                QApplication.translate("app", "The workshop database cannot be opened:\n%1").replace(
                    "%1", f"{type(exc).__name__}: {str(exc)[:300]}"
                ),
            )
            return EXIT_STORE
    return EXIT_STORE


class _FirstPaint(QObject):
    """Benchmark hook: after the first paint of the main window, print the time and quit."""

    def __init__(self, window: QWidget, t0: float) -> None:
        super().__init__(window)
        self._window = window
        self._t0 = t0
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._seen = True
            # One backing-store pass paints every widget; the timer fires once it is done.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.time() - self._t0:.4f}", flush=True)
        QApplication.quit()


def install_excepthook() -> None:
    """An unexpected error in the window is logged and explained in a message, not only on stderr.

    The app keeps running: autosave has already stored everything up to the last edit.
    """
    import logging
    import traceback

    log = logging.getLogger("slaworkshop")
    showing = False

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        nonlocal showing
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            show_error(
                None,
                APP_NAME,
                QApplication.translate(
                    "app",
                    "Something went wrong: %1\n\nYour saved work is safe. If this happens again, please report it.",
                ).replace("%1", f"{kind.__name__}: {str(value)[:300]}"),
            )
        finally:
            showing = False

    sys.excepthook = hook


def run_gui(args: Any, data_dir: Path) -> int:
    """Open the window; returns the process exit code."""
    started = time.time()
    t0 = float(os.environ.get(BENCH_T0_ENV) or started)
    app = create_application()
    install_excepthook()
    notes: list[str] = []
    result = open_store_interactively(getattr(args, "database", None), Path(data_dir), notes)
    if isinstance(result, int):
        return result
    store = result
    window: Any = None
    try:
        from slaworkshop.services.workshops import WorkshopService

        from .main_window import MainWindow
        from .settings import open_settings

        window = MainWindow(WorkshopService(store), open_settings(Path(data_dir)))
        if os.environ.get(BENCH_ENV) == "1":
            app.installEventFilter(_FirstPaint(window, t0))
        window.reopen_last_workshop()
        window.show()
        if notes:
            window.show_status(" ".join(notes))
        return int(app.exec())
    finally:
        from . import tasks

        tasks.wait_for_all()
        if window is not None:
            # Delete the window while the QApplication still exists; left to the garbage
            # collector, it may outlive the application and crash the process on exit.
            import shiboken6

            shiboken6.delete(window)
        store.close()
