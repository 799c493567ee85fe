"""Starting the window: the QApplication, the main window, opening the store (with dialogs for what
can go wrong), and a hook that lets ``benchmarks/cold_start.py`` time the first paint.

The window paints first: the library says "Loading workshops…" while a worker thread imports the
store's code (SQLAlchemy, the model, the services: most of a cold start) and opens the database.
The worker starts only after the first frame, so the two never compete for the interpreter; when
the store arrives the library fills and the last workshop re-opens. A store that does not open is
handled on the GUI thread by the same dialogs as before, over the loading window.

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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from slaworkshop import APP_ID, APP_NAME, __version__
from slaworkshop.model.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    StoreError,
    UnsupportedDatabaseError,
)

if TYPE_CHECKING:
    from slaworkshop.model.db import Store

    from .dialogs import DamagedChoice
    from .main_window import MainWindow

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
    from .dialogs import DamagedDatabaseDialog

    dialog = DamagedDatabaseDialog(
        error.path, error.detail, backup, _backup_time(backup) if backup else "", parent
    )
    dialog.exec()
    return dialog.choice


def open_store_interactively(
    url: str | None,
    data_dir: Path,
    notes: list[str] | None = None,
    parent: QWidget | None = None,
    *,
    first_error: BaseException | None = None,
) -> Store | int:
    """Open the store, resolving what the user can resolve; an exit code when the app cannot go on.

    ``notes`` collects what happened on the way (a restored backup, a file moved aside) for the
    status bar. ``first_error``: what the first attempt (made on a worker thread) raised; it is
    handled as if this call had made that attempt, so the database is not opened twice.
    """
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from slaworkshop.model import backup as backups
    from slaworkshop.model.db import open_store

    from .dialogs import DamagedChoice, show_error

    notes = notes if notes is not None else []
    for _round in range(_MAX_DAMAGED_ROUNDS):
        try:
            if first_error is not None:
                earlier, first_error = first_error, None
                raise earlier
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


class StoreLoader(QObject):
    """Opens the store on a worker thread once the window has painted, then hands it to the window.

    The worker imports the store's code and opens the database (nothing else: no widget, no
    session is shared). On success the library fills and the last workshop re-opens; a failure goes
    through :func:`open_store_interactively` on the GUI thread (dialogs over the window), and if the
    app cannot go on, the event loop ends with that exit code.
    """

    ready = Signal()
    """The store is open and the window shows its workshops."""

    START_ANYWAY_MS = 500
    """Start even if no frame was painted (a window that starts minimised or hidden)."""

    def __init__(self, window: MainWindow, url: str | None, data_dir: Path) -> None:
        super().__init__(window)
        self._window = window
        self._url = url
        self._data_dir = data_dir
        self._started = False
        self.store: Store | None = None
        """Set on the worker as soon as the store is open, so :meth:`close` never misses it."""
        self.exit_code: int | None = None
        self.is_ready = False
        window.first_painted.connect(self.start)
        QTimer.singleShot(self.START_ANYWAY_MS, self.start)

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        from . import tasks

        tasks.run_in_background(self._open, self._opened, self._failed, owner=self._window)

    def _open(self) -> Store:  # on the worker thread
        from slaworkshop.model.db import open_store
        from slaworkshop.services import starters, workshops  # noqa: F401 - loaded here, not on the GUI thread

        self.store = open_store(self._url, self._data_dir)
        return self.store

    def _opened(self, store: Store) -> None:
        self._use(store, list(getattr(store, "warnings", [])))

    def _failed(self, error: BaseException) -> None:
        notes: list[str] = []
        result = open_store_interactively(self._url, self._data_dir, notes, self._window, first_error=error)
        if isinstance(result, int):
            self.exit_code = result
            QApplication.exit(result)
            return
        self.store = result
        self._use(result, notes)

    def _use(self, store: Store, notes: list[str]) -> None:
        from slaworkshop.services.workshops import WorkshopService

        window = self._window
        window.set_service(WorkshopService(store))
        window.reopen_last_workshop()
        if notes:
            window.show_status(" ".join(notes))
        self.is_ready = True
        self.ready.emit()

    def take_store(self) -> Store | None:
        """The store to close at the end (call after :func:`tasks.wait_for_all`), even one whose
        callback never ran because the window closed while it was opening."""
        store, self.store = self.store, None
        return store


class _BenchHook(QObject):
    """Benchmark hook: print the seconds to the main window's first paint (``first-paint``), then to
    its first paint after the store opened and the library filled or the last workshop re-opened
    (``ready``), and quit."""

    def __init__(self, window: QWidget, loader: StoreLoader, t0: float) -> None:
        super().__init__(window)
        self._window = window
        self._t0 = t0
        self._loaded = False
        self._reported: set[str] = set()
        loader.ready.connect(self._store_loaded)

    def _store_loaded(self) -> None:
        self._loaded = True  # set_service() changed the window; its next paint shows the workshops

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            what = "first-paint" if "first-paint" not in self._reported else "ready" if self._loaded else ""
            if what and what not in self._reported:
                self._reported.add(what)
                # One backing-store pass paints every widget; the timer fires once it is done.
                QTimer.singleShot(0, lambda: self._report(what))
        return False

    def _report(self, what: str) -> None:
        print(f"{what} {time.time() - self._t0:.4f}", flush=True)
        if what == "ready":
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
            from .dialogs import show_error

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
    from .i18n import install_translations
    from .main_window import MainWindow
    from .settings import SETTINGS_FILENAME

    data_dir = Path(data_dir)
    # Not open_settings(): it creates the folder, and the store must be the one to do that (and
    # to report a folder it cannot use). Nothing is written to the settings before the store opens.
    settings = QSettings(str(data_dir / SETTINGS_FILENAME), QSettings.Format.IniFormat)
    install_translations(settings)  # before the first widget: texts are set when widgets are built
    window = MainWindow(None, settings)
    loader = StoreLoader(window, getattr(args, "database", None), data_dir)
    open_file = getattr(args, "open_file", None)  # ``slaworkshop path/to/file.slaw``
    if open_file:
        loader.ready.connect(lambda: window.exchange.import_workshop(Path(open_file)))
    try:
        if os.environ.get(BENCH_ENV) == "1":
            app.installEventFilter(_BenchHook(window, loader, t0))
        window.show()
        code = int(app.exec())
        return loader.exit_code if loader.exit_code is not None else code
    finally:
        from . import tasks

        tasks.wait_for_all()  # the worker has returned: loader.store is final
        store = loader.take_store()
        # Delete the window while the QApplication still exists; left to the garbage collector,
        # it may outlive the application and crash the process on exit.
        import shiboken6

        shiboken6.delete(window)
        if store is not None:
            store.close()
