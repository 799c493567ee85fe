"""The library: create through the real dialog, search, duplicate/rename/delete/restore, trash, sorting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QInputDialog, QMessageBox

from slaworkshop.services.workshops import WorkshopService
from slaworkshop.ui.dialogs import NewWorkshopDialog
from slaworkshop.ui.library import CELL_TEXT_LIMIT, LibraryModel, LibraryView, format_last_change
from tests.ui.conftest import type_text


@pytest.fixture
def library(qtbot: Any, ui_service: WorkshopService) -> LibraryView:
    view = LibraryView(ui_service)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


def drive_new_dialog(
    monkeypatch: pytest.MonkeyPatch, steps: Callable[[NewWorkshopDialog], None]
) -> list[NewWorkshopDialog]:
    """Replace the modal exec() with: show the real dialog, let ``steps`` type and click, return its result."""
    seen: list[NewWorkshopDialog] = []

    def exec_(dialog: NewWorkshopDialog) -> int:
        seen.append(dialog)
        dialog.show()
        steps(dialog)
        return int(dialog.result())

    monkeypatch.setattr(NewWorkshopDialog, "exec", exec_)
    return seen


def cell(view: LibraryView, row: int, column: int) -> str:
    return str(view.model.index(row, column).data())


def test_create_a_workshop_by_typing_into_the_dialog(
    qtbot: Any, library: LibraryView, ui_service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def steps(dialog: NewWorkshopDialog) -> None:
        qtbot.keyClicks(dialog.client_edit, "Northwind Traders GmbH")
        type_text(dialog.title_edit, "Marketing–Sales SLA 2027")
        dialog.date_edit.setFocus()
        for section, digits in (
            (QDateEdit.Section.YearSection, "2027"),
            (QDateEdit.Section.MonthSection, "03"),
            (QDateEdit.Section.DaySection, "15"),
        ):
            dialog.date_edit.setSelectedSection(section)
            qtbot.keyClicks(dialog.date_edit, digits)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("Deutsch"))
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    drive_new_dialog(monkeypatch, steps)
    with qtbot.waitSignal(library.open_requested) as opened:
        qtbot.mouseClick(library.empty_action, Qt.MouseButton.LeftButton)

    [summary] = ui_service.list_workshops()
    assert (summary.client, summary.title, summary.date_start, summary.language) == (
        "Northwind Traders GmbH",
        "Marketing–Sales SLA 2027",
        date(2027, 3, 15),
        "de",
    )
    assert opened.args == [summary.id]
    assert library.selected_id() == summary.id
    assert cell(library, 0, LibraryModel.CLIENT) == "Northwind Traders GmbH"
    assert cell(library, 0, LibraryModel.CHANGED).startswith("today")


def test_missing_client_and_title_are_explained_in_place(
    qtbot: Any, library: LibraryView, ui_service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def steps(dialog: NewWorkshopDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "   ")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.client_error.isVisible()
        assert "client" in dialog.client_error.text()
        qtbot.keyClicks(dialog.client_edit, "ACME")
        assert not dialog.client_error.isVisible()  # the message goes once the user fixes the field
        qtbot.keyClick(dialog.client_edit, Qt.Key.Key_Return)  # Enter means "Create"
        assert dialog.title_error.isVisible() and "title" in dialog.title_error.text()
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    seen = drive_new_dialog(monkeypatch, steps)
    assert library.new_workshop() is None
    [dialog] = seen
    assert dialog.result() == NewWorkshopDialog.DialogCode.Rejected
    assert ui_service.list_workshops() == []
    assert library.pages.currentIndex() == 1 and "No workshops yet" in library.empty_label.text()


def test_hostile_input_in_the_dialog_is_stored_clean_and_shown_safely(
    qtbot: Any, library: LibraryView, ui_service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = "Ü" * 100_000
    markup = '<b>Bold</b> <img src="/etc/passwd"> & Co'

    def steps(dialog: NewWorkshopDialog) -> None:
        QApplication.clipboard().setText("Evil\x00\x07\x1b Corp\u202e\ufffe")
        dialog.client_edit.setFocus()
        qtbot.keyClick(dialog.client_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        QApplication.clipboard().setText(huge)
        dialog.title_edit.setFocus()
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert len(dialog.title_edit.text()) == 100_000  # not cut at Qt's default 32,767
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    drive_new_dialog(monkeypatch, steps)
    first = library.new_workshop()
    assert first is not None
    stored = ui_service.get(first).workshop
    assert stored["title"] == huge
    assert (
        "\x00" not in stored["client"]
        and "\x07" not in stored["client"]
        and stored["client"].startswith("Evil")
    )

    def markup_steps(dialog: NewWorkshopDialog) -> None:
        dialog.client_edit.setText(markup)
        dialog.title_edit.setText("'; DROP TABLE workshops; --")
        dialog.create_button.click()

    drive_new_dialog(monkeypatch, markup_steps)
    second = library.new_workshop()
    assert second is not None
    assert ui_service.get(second).workshop["client"] == markup
    assert len(ui_service.list_workshops()) == 2
    row = library.model.row_of(first)
    assert len(cell(library, row, LibraryModel.TITLE)) <= CELL_TEXT_LIMIT
    assert cell(library, library.model.row_of(second), LibraryModel.CLIENT) == markup

    # Renaming to markup or to a huge title goes through too; an empty title is refused with a message.
    library.select(second)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: messages.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  \x00 ", True))
    assert library.rename_selected() is False
    assert messages and "needs a title" in messages[0]
    assert ui_service.get(second).workshop["title"] == "'; DROP TABLE workshops; --"
    long_markup = "<script>alert(1)</script>\t" + "x" * 100_000
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (long_markup, True))
    assert library.rename_selected()
    assert ui_service.get(second).workshop["title"] == long_markup.replace("\t", " ")
    assert len(cell(library, library.model.row_of(second), LibraryModel.TITLE)) <= CELL_TEXT_LIMIT


def test_search_as_you_type_filters_the_list(
    qtbot: Any, library: LibraryView, ui_service: WorkshopService
) -> None:
    north = ui_service.create("Northwind Traders", "Kick-off")
    ui_service.create("Contoso 100% Ltd", "SLA 2027")
    ui_service.create("Fabrikam", "Northern region SLA")
    library.refresh()
    assert library.model.rowCount() == 3

    library.search_edit.setFocus()
    qtbot.keyClicks(library.search_edit, "NORTHWIND")
    qtbot.waitUntil(lambda: library.model.ids() == [north])

    library.search_edit.clear()
    qtbot.keyClicks(library.search_edit, "north")
    qtbot.waitUntil(lambda: library.model.rowCount() == 2)

    library.search_edit.clear()
    qtbot.keyClicks(library.search_edit, "100%")
    qtbot.waitUntil(lambda: library.model.rowCount() == 1)
    assert cell(library, 0, LibraryModel.CLIENT) == "Contoso 100% Ltd"

    library.search_edit.clear()
    qtbot.keyClicks(library.search_edit, "nothing like this")
    qtbot.waitUntil(lambda: library.model.rowCount() == 0)
    assert library.pages.currentIndex() == 1
    assert "nothing like this" in library.empty_label.text()

    qtbot.keyClick(library.search_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: library.model.rowCount() == 3)


def test_enter_and_double_click_open_a_workshop(
    qtbot: Any, library: LibraryView, ui_service: WorkshopService
) -> None:
    first = ui_service.create("Alpha", "One")
    second = ui_service.create("Beta", "Two")
    library.refresh()
    library.select(first)
    library.table.setFocus()
    with qtbot.waitSignal(library.open_requested) as opened:
        qtbot.keyClick(library.table, Qt.Key.Key_Return)
    assert opened.args == [first]

    row = library.model.row_of(second)
    rect = library.table.visualRect(library.model.index(row, 1))
    with qtbot.waitSignal(library.open_requested) as opened:
        # A real double click: press and release, then the double-click event.
        qtbot.mouseClick(library.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(library.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [second]

    # Typing a search and pressing Enter opens the only match.
    library.search_edit.setFocus()
    qtbot.keyClicks(library.search_edit, "alpha")
    with qtbot.waitSignal(library.open_requested) as opened:
        qtbot.keyClick(library.search_edit, Qt.Key.Key_Return)
    assert opened.args == [first]


def test_duplicate_rename_delete_restore_and_purge(
    qtbot: Any, library: LibraryView, ui_service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = ui_service.create("Northwind", "Kick-off")
    library.refresh()
    library.select(original)

    copy = library.duplicate_selected()
    assert copy is not None and copy != original
    assert ui_service.get(copy).workshop["title"] == "Kick-off (copy)"
    assert library.selected_id() == copy

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kick-off, second day", True))
    assert library.rename_selected()
    assert ui_service.get(copy).workshop["title"] == "Kick-off, second day"

    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    library.select(copy)
    assert not library.delete_selected()
    assert ui_service.exists(copy)  # asked first; "No" keeps it

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert library.delete_selected()
    assert not ui_service.exists(copy)
    assert [s.id for s in ui_service.list_workshops(deleted=True)] == [copy]
    assert "trash" in asked[-1]
    assert library.model.ids() == [original]

    qtbot.mouseClick(library.trash_button, Qt.MouseButton.LeftButton)
    assert library.in_trash and library.heading.text() == "Trash"
    assert library.model.ids() == [copy]
    library.select(copy)
    qtbot.mouseClick(library.restore_button, Qt.MouseButton.LeftButton)
    assert ui_service.exists(copy)
    assert library.model.rowCount() == 0 and "trash is empty" in library.empty_label.text()

    qtbot.mouseClick(library.trash_button, Qt.MouseButton.LeftButton)
    assert not library.in_trash and set(library.model.ids()) == {original, copy}
    library.select(copy)
    assert library.delete_selected()
    library.show_trash(True)
    library.select(copy)
    qtbot.mouseClick(library.purge_button, Qt.MouseButton.LeftButton)
    assert "cannot be undone" in asked[-1]
    assert ui_service.list_workshops(deleted=True) == []
    assert [s.id for s in ui_service.list_workshops()] == [original]


def test_sorting_by_column(qtbot: Any, library: LibraryView, ui_service: WorkshopService) -> None:
    ui_service.create("beta", "B", date_start=date(2027, 1, 2))
    ui_service.create("Alpha", "C", date_start=None)
    ui_service.create("Gamma", "A", date_start=date(2026, 5, 1))
    library.refresh()
    assert [cell(library, r, LibraryModel.CLIENT) for r in range(3)] == [
        "Gamma",
        "Alpha",
        "beta",
    ]  # newest first

    header = library.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, LibraryModel.CLIENT)
    )
    clients = [cell(library, r, LibraryModel.CLIENT) for r in range(3)]
    assert clients in (["Alpha", "beta", "Gamma"], ["Gamma", "beta", "Alpha"])  # case-insensitive
    library.table.sortByColumn(LibraryModel.CLIENT, Qt.SortOrder.AscendingOrder)
    assert [cell(library, r, LibraryModel.CLIENT) for r in range(3)] == ["Alpha", "beta", "Gamma"]
    library.table.sortByColumn(LibraryModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert [cell(library, r, LibraryModel.TITLE) for r in range(3)] == ["A", "B", "C"]
    library.table.sortByColumn(LibraryModel.DATE, Qt.SortOrder.AscendingOrder)
    assert [cell(library, r, LibraryModel.CLIENT) for r in range(3)] == [
        "Gamma",
        "beta",
        "Alpha",
    ]  # undated last
    library.table.sortByColumn(LibraryModel.DATE, Qt.SortOrder.DescendingOrder)
    assert [cell(library, r, LibraryModel.CLIENT) for r in range(3)] == [
        "beta",
        "Gamma",
        "Alpha",
    ]  # undated last
    # The chosen order survives a new search.
    library.refresh()
    assert [cell(library, r, LibraryModel.CLIENT) for r in range(3)] == ["beta", "Gamma", "Alpha"]


def _section_center(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(
        header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2
    )


def test_last_change_reads_like_a_person_would_say_it() -> None:
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    now = datetime(2026, 11, 22, 15, 0, tzinfo=UTC).astimezone()
    today = now.replace(hour=14, minute=2)
    assert format_last_change(today, now, locale) == "today 14:02"
    assert format_last_change(today - timedelta(days=1), now, locale) == "yesterday 14:02"
    assert format_last_change(today - timedelta(days=3), now, locale).endswith("14:02")
    assert format_last_change(datetime(2025, 2, 1, 9, 0, tzinfo=UTC), now, locale) == "1 Feb 2025"
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert "Feb" in format_last_change(datetime(2025, 2, 1, 9, 0, tzinfo=UTC), now, german)


def test_arrow_keys_reach_every_row_from_the_search_field(
    qtbot: Any, library: LibraryView, ui_service: WorkshopService
) -> None:
    ids = [ui_service.create(f"Client {i}", "SLA") for i in range(3)]
    library.refresh()
    assert library.selected_id() is None
    library.search_edit.setFocus()
    qtbot.keyClick(library.search_edit, Qt.Key.Key_Down)
    assert library.table.hasFocus() and library.selected_id() == ids[-1]  # the first row (newest)
    qtbot.keyClick(library.table, Qt.Key.Key_Down)
    assert library.selected_id() == ids[-2]
    with qtbot.waitSignal(library.open_requested) as opened:
        qtbot.keyClick(library.table, Qt.Key.Key_Return)
    assert opened.args == [ids[-2]]


def test_before_the_store_opens_the_library_says_it_is_loading(
    qtbot: Any, ui_service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At start-up the window paints before the store opens: nothing stale, nothing to act on."""
    northwind = ui_service.create("Northwind", "Kick-off")
    ui_service.create("Contoso", "Other")
    view = LibraryView(None)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert not view.loaded and view.model.ids() == []
    assert view.empty_label.text() == "Loading workshops…" and not view.empty_action.isVisible()
    assert not view.new_button.isEnabled() and not view.trash_button.isEnabled()
    assert view.count_label.text() == ""
    asked: list[Any] = []
    monkeypatch.setattr(NewWorkshopDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    assert view.new_workshop() is None and asked == []
    view.show_trash(True)
    assert not view.in_trash

    type_text(view.search_edit, "north")  # typed while loading: applied once the list arrives
    qtbot.waitUntil(lambda: not view._search_timer.isActive())  # the search ran, with no store
    assert view.model.ids() == [] and view.empty_label.text() == "Loading workshops…"

    view.set_service(ui_service)
    assert view.loaded and view.model.ids() == [northwind]
    assert view.new_button.isEnabled() and view.trash_button.isEnabled()
    assert view.count_label.text() == "1 workshop"


@pytest.mark.parametrize(
    ("language", "today", "yesterday"), [("en", "today", "yesterday"), ("nl", "vandaag", "gisteren")]
)
def test_last_change_column_shows_today_and_yesterday_whole(
    qtbot: Any, ui_service: WorkshopService, language: str, today: str, yesterday: str
) -> None:
    """At 1280×800 and 11 pt the "last change" column fits "yesterday 15:45" (or the Dutch
    "gisteren 15:45") and today's time, without "…"."""
    from slaworkshop.ui.i18n import install_language, remove_translators

    assert install_language(language) == language
    try:
        ui_service.create("ACME", "Kick-off")
        view = LibraryView(ui_service)
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        qtbot.waitExposed(view)
        view.refresh()
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        assert cell(view, 0, LibraryModel.CHANGED).startswith(today)
        now = datetime.now().astimezone()
        texts = [
            format_last_change(when, now)
            for when in (now.replace(hour=15, minute=45), now - timedelta(days=1))
        ]
        texts.append(cell(view, 0, LibraryModel.CHANGED))
        assert texts[1].startswith(yesterday)
        width = view.table.horizontalHeader().sectionSize(LibraryModel.CHANGED)
        metrics = view.table.fontMetrics()
        for text in texts:
            assert width >= metrics.horizontalAdvance(text) + 8, text
        assert not view.table.horizontalScrollBar().isVisible()
    finally:
        remove_translators()
