"""Render every page of the app at 1280×800 to PNG, to look at before a change is called done.

    .venv/bin/python scripts/screenshots.py [--out screenshots]

Runs offscreen in a throwaway data folder: the library empty and filled, the new-workshop dialog
(also with its in-place messages), the trash, the keyboard shortcuts, each of the ten editor steps
(with the sample workshop when the sample content is available), and the damaged-database dialog.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WIDTH, HEIGHT = 1280, 800

CLIENTS = [
    ("Northwind Traders GmbH", "Marketing–Sales SLA 2027", 0),
    ("Contoso Ltd", "Lead handoff agreement, EMEA", 12),
    ("Fabrikam Industrie AG", "SLA Marketing & Vertrieb – Kick-off", 30),
    ("Tailspin Toys B.V.", "Marketing–Sales afspraken 2027", 45),
    ("Wide World Importers", "Quarterly SLA review Q1", 60),
    ("Adventure Works Cycles", "Revenue alignment workshop", 75),
    ("Litware Inc.", "Pilot SLA for the inbound team", 90),
    ("Proseware, Inc.", "SLA renewal 2027 – second version after the pilot", 120),
    ("Woodgrove Bank", "Lead scoring and handoff", 150),
    ("Coho Winery", "", 200),
]


def settle(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def save(widget: object, out: Path, name: str) -> Path:
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "screenshots"), help="folder for the PNG files")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from slaworkshop.model.db import open_store
    from slaworkshop.services.workshops import WorkshopService
    from slaworkshop.ui.app import create_application
    from slaworkshop.ui.dialogs import DamagedDatabaseDialog, NewWorkshopDialog, ShortcutsDialog
    from slaworkshop.ui.main_window import MainWindow
    from slaworkshop.ui.settings import open_settings

    app = create_application()
    with tempfile.TemporaryDirectory(prefix="slaworkshop-shots-") as tmp:
        data_dir = Path(tmp) / "data"
        store = open_store(None, data_dir)
        service = WorkshopService(store)
        window = MainWindow(service, open_settings(data_dir))
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle(app)
        save(window, out, "01-library-empty")

        dialog = NewWorkshopDialog(service, window, starters=window.library.starters)
        dialog.show()
        dialog.client_edit.setText("Northwind Traders GmbH")
        dialog.title_edit.setText("Marketing–Sales SLA 2027")
        save(dialog, out, "02-new-workshop")
        dialog.client_edit.clear()
        dialog.title_edit.clear()
        dialog.accept()  # shows the in-place messages, creates nothing
        save(dialog, out, "03-new-workshop-messages")
        dialog.reject()

        sample_id = None
        try:
            from slaworkshop.services.sample import create_sample

            sample_id = create_sample(service, "en")
        except Exception as exc:  # the sample content is built by another part of the app
            print(f"(no sample workshop: {exc})", file=sys.stderr)
        today = date.today()
        ids = [
            service.create(client, title, date_start=today + timedelta(days=14 - offset))
            for client, title, offset in CLIENTS
        ]
        service.delete(ids[-1])
        service.delete(ids[-2])
        window.library.refresh()
        window.library.select(ids[0])
        save(window, out, "04-library-filled")

        window.library.search_edit.setText("sla")
        window.library.refresh()
        save(window, out, "05-library-search")
        window.library.search_edit.setText("no such client")
        window.library.refresh()
        save(window, out, "06-library-no-match")
        window.library.search_edit.clear()
        window.library.refresh()

        window.library.show_trash(True)
        window.library.select(ids[-1])
        save(window, out, "07-trash")
        window.library.show_trash(False)

        shortcuts = ShortcutsDialog(window.shortcut_actions(), window)
        shortcuts.show()
        save(shortcuts, out, "08-keyboard-shortcuts")
        shortcuts.close()

        damaged = DamagedDatabaseDialog(
            Path.home() / ".local/share/slaworkshop/slaworkshop.sqlite3",
            "the file is truncated",
            Path("backups/slaworkshop-20261122-081500-daily.sqlite3"),
            "22 November 2026, 09:15",
            window,
        )
        damaged.show()
        save(damaged, out, "09-damaged-database")
        damaged.close()
        no_backup = DamagedDatabaseDialog(
            Path.home() / ".local/share/slaworkshop/slaworkshop.sqlite3",
            "not an SQLite database",
            None,
            "",
            window,
        )
        no_backup.show()
        save(no_backup, out, "10-damaged-database-no-backup")
        no_backup.close()

        if window.open_workshop(sample_id or ids[0]) and window.editor is not None:
            from slaworkshop.services.progress import StepId

            for step in StepId:
                window.editor.go_to_step(step)
                settle(app)
                save(window, out, f"2{step.value}-step-{step.value}-{step.name.lower()}")
            window.show_library()
        else:
            print("(the editor could not be shown)", file=sys.stderr)

        window.close()
        store.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
