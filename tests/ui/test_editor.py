"""The guided editor as a facilitator uses it: type, wait for autosave, undo, switch steps, close.

Every test types into the real widgets and then reads the store through a second, independent
service, as a user reopening the workshop would see it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from slaworkshop.model.db import Store, open_store, sqlite_url
from slaworkshop.model.enums import AgreementState
from slaworkshop.services.ops import AddRow, SetField
from slaworkshop.services.progress import StepId, StepStatus
from slaworkshop.services.workshops import WorkshopService
from slaworkshop.ui import editor as editor_module
from slaworkshop.ui.autosave import ConflictChoice
from slaworkshop.ui.editor import ZOOM_KEY, EditorView
from slaworkshop.ui.steps import PAGES, StepPage
from slaworkshop.ui.widgets.agreement import ClauseAgreement
from slaworkshop.ui.widgets.form import EntityForm


@dataclass
class Env:
    editor: EditorView
    service: WorkshopService
    other: WorkshopService  # a second window / computer on the same database
    settings: QSettings
    workshop_id: str
    data_dir: Path

    def stored(self, name: str) -> Any:
        return self.other.get(self.workshop_id).workshop[name]

    def stored_names(self) -> list[str]:
        return [p["name"] for p in self.other.get(self.workshop_id).rows_of("participants")]

    def field(self, name: str) -> Any:
        return self.editor.page(StepId.WORKSHOP).form.editor(name)  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the current schema, made once: migrating costs more than a test."""
    path = tmp_path_factory.mktemp("template") / "slaworkshop.sqlite3"
    open_store(sqlite_url(path), daily_backup=False).close()
    return path


def fresh_database(template: Path, folder: Path) -> str:
    """A copy of the closed template database (no live database is ever copied as a file)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "slaworkshop.sqlite3"
    shutil.copyfile(template, target)
    return sqlite_url(target)


@pytest.fixture
def env(qtbot: Any, tmp_path: Path, migrated_db: Path) -> Iterator[Env]:
    url = fresh_database(migrated_db, tmp_path / "data")
    stores: list[Store] = [open_store(url, daily_backup=False)]
    stores.append(open_store(url, daily_backup=False))
    service, other = WorkshopService(stores[0]), WorkshopService(stores[1])
    settings = QSettings(str(tmp_path / "data" / "settings.ini"), QSettings.Format.IniFormat)
    wid = service.create("ACME", "Kick-off", facilitator="Anna")
    view = EditorView(service, settings)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.open_workshop(wid)
    yield Env(view, service, other, settings, wid, tmp_path / "data")
    with pytest.MonkeyPatch.context() as patch:
        # A test may leave an invalid value in a field; closing would ask (a modal dialog).
        patch.setattr(editor_module, "ask_close_unsaved", lambda parent, reason: True)
        view.close_workshop()
    for store in stores:
        store.close()


def retype(qtbot: Any, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def paste_into(widget: Any, text: str) -> None:
    """What Ctrl+V does with ``text`` on the clipboard (the system clipboard stays untouched)."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QPlainTextEdit

    if isinstance(widget, QPlainTextEdit):
        mime = QMimeData()
        mime.setText(text)
        widget.insertFromMimeData(mime)
    else:
        widget.insert(text)


def test_typing_is_saved_within_a_second_and_the_status_bar_says_so(qtbot: Any, env: Env) -> None:
    messages: list[str] = []
    env.editor.status_message.connect(messages.append)
    with qtbot.waitSignal(env.editor.workshop_saved, timeout=1500) as saved:
        retype(qtbot, env.field("client"), "Northwind Traders")
        qtbot.keyClicks(env.field("venue"), "Room Alster")
    assert saved.args == [env.workshop_id]
    assert env.stored("client") == "Northwind Traders"
    assert env.stored("venue") == "Room Alster"
    assert any(m.startswith("Saved at ") for m in messages)
    assert env.editor.client_label.text() == "Northwind Traders"


def test_autosave_on_close_before_the_timer_fired(qtbot: Any, env: Env) -> None:
    qtbot.keyClicks(env.field("venue"), "Raum 4")
    assert env.stored("venue") == ""  # the debounce timer has not fired yet
    assert env.editor.close_workshop()
    assert env.stored("venue") == "Raum 4"
    assert env.editor.current_workshop_id() is None


def test_step_change_flushes_at_once(qtbot: Any, env: Env) -> None:
    qtbot.keyClicks(env.field("venue"), "Room 1")
    env.editor.next_step()
    assert env.stored("venue") == "Room 1"
    assert env.editor.current_step() is StepId.GOALS


def test_undo_and_redo_of_typing(qtbot: Any, env: Env) -> None:
    retype(qtbot, env.field("client"), "Contoso")
    env.editor.undo_action.trigger()  # the whole burst is one step
    assert env.field("client").text() == "ACME"
    assert env.editor.flush()
    assert env.stored("client") == "ACME"
    env.editor.redo_action.trigger()
    assert env.field("client").text() == "Contoso"
    qtbot.waitUntil(lambda: env.stored("client") == "Contoso", timeout=1500)
    assert env.editor.undo_group.activeStack().count() == 1


def test_undo_redo_with_the_keyboard(qtbot: Any, env: Env) -> None:
    field = env.field("venue")
    qtbot.keyClicks(field, "Hall")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""
    qtbot.keyClick(
        field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert field.text() == "Hall"
    assert env.editor.flush() and env.stored("venue") == "Hall"


def test_undo_of_adding_removing_and_moving_rows(qtbot: Any, env: Env) -> None:
    table = env.editor.page(StepId.WORKSHOP).participants  # type: ignore[attr-defined]
    for name in ("Anna", "Ben", "Cem"):
        env.editor.request([AddRow("participants", {"name": name, "department": "sales"})])
    assert env.editor.flush() and env.stored_names() == ["Anna", "Ben", "Cem"]
    table.select_row_id(table.model.rows[2]["id"])
    table.up_action.trigger()
    table.remove_action.trigger()  # removes Cem, now second
    assert [r["name"] for r in table.model.rows] == ["Anna", "Ben"]
    assert env.editor.flush() and env.stored_names() == ["Anna", "Ben"]
    env.editor.undo_action.trigger()  # Cem is back where it was
    assert env.editor.flush() and env.stored_names() == ["Anna", "Cem", "Ben"]
    env.editor.undo_action.trigger()  # the move is undone
    assert env.editor.flush() and env.stored_names() == ["Anna", "Ben", "Cem"]
    env.editor.undo_action.trigger()  # the last add is undone
    assert env.editor.flush() and env.stored_names() == ["Anna", "Ben"]
    for _ in range(2):
        env.editor.redo_action.trigger()
    # Add and redo within one autosave interval: stored as the user sees it.
    qtbot.waitUntil(lambda: env.stored_names() == ["Anna", "Cem", "Ben"], timeout=1500)
    assert [r["name"] for r in table.model.rows] == ["Anna", "Cem", "Ben"]


def test_a_conflict_asks_and_keeps_my_changes(qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def keep(parent: Any, error: Exception) -> ConflictChoice:
        asked.append(str(error))
        return ConflictChoice.KEEP_MINE

    monkeypatch.setattr(editor_module, "ask_conflict", keep)
    env.other.apply(env.workshop_id, None, [SetField("workshop", "title", "Their title")])
    qtbot.keyClicks(env.field("venue"), "My venue")
    assert env.editor.flush()
    assert len(asked) == 1 and "another window" in asked[0]
    assert env.stored("venue") == "My venue"  # what I typed is kept …
    assert env.stored("title") == "Their title"  # … on top of what they saved
    assert env.field("title").text() == "Their title"
    qtbot.keyClicks(env.field("venue"), "!")  # and editing goes on without another conflict
    assert env.editor.flush() and env.stored("venue") == "My venue!" and len(asked) == 1


def test_a_conflict_can_load_the_other_version(qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor_module, "ask_conflict", lambda parent, error: ConflictChoice.LOAD_OTHER)
    env.other.apply(env.workshop_id, None, [SetField("workshop", "venue", "Their venue")])
    qtbot.keyClicks(env.field("venue"), "Mine")
    assert env.editor.flush()
    assert env.stored("venue") == "Their venue"
    assert env.field("venue").text() == "Their venue"


class FunnelFormPage(StepPage):
    """A page with number fields and a section agreement, as the steps issue builds them."""

    def __init__(self, step: StepId, parent: Any = None) -> None:
        from PySide6.QtWidgets import QVBoxLayout

        from slaworkshop.model.steps import FUNNEL

        super().__init__(step, parent)
        self.form = EntityForm(FUNNEL, self, fields=["revenue_target", "sales_reps", "currency"])
        self.agreement = ClauseAgreement("funnel", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.agreement)
        self.form.ops_requested.connect(self.ops_requested.emit)
        self.agreement.ops_requested.connect(self.ops_requested.emit)

    def load(self, snapshot: Any) -> None:
        self.form.set_values(snapshot.single("funnel"))
        clause = snapshot.clause("funnel")
        self.agreement.set_value(clause.state, clause.note)

    def pending_messages(self) -> str:
        return self.form.pending_messages()


def test_number_field_message_in_place_and_other_fields_still_save(
    qtbot: Any, tmp_path: Path, migrated_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(PAGES, StepId.FUNNEL, FunnelFormPage)
    store = open_store(fresh_database(migrated_db, tmp_path / "data"), daily_backup=False)
    try:
        service = WorkshopService(store)
        wid = service.create("ACME", "SLA")
        view = EditorView(service, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(view)
        view.show()
        view.open_workshop(wid)
        view.go_to_step(StepId.FUNNEL)
        page = view.page(StepId.FUNNEL)
        assert isinstance(page, FunnelFormPage)
        reps = page.form.editor("sales_reps")
        qtbot.keyClicks(reps.edit, "twelve")
        assert reps.message.isVisible() and "not a number" in reps.message.text()
        revenue = page.form.editor("revenue_target")
        qtbot.keyClicks(revenue.edit, "1000000")
        qtbot.keyClicks(page.form.editor("currency"), "X")
        page.agreement.state.activated.emit(page.agreement.state.findData(AgreementState.DISPUTED.value))
        assert view.flush()
        saved = service.get(wid)
        assert saved.single("funnel")["revenue_target"] == Decimal(1000000)
        assert saved.single("funnel")["currency"] == "EURX"
        assert saved.single("funnel")["sales_reps"] is None
        assert saved.clause("funnel").state is AgreementState.DISPUTED
        assert reps.edit.text() == "twelve"  # kept, for the user to correct
        assert view.step_status(StepId.FUNNEL) is StepStatus.IN_PROGRESS
        reps.edit.clear()
        qtbot.keyClicks(reps.edit, "99999")
        assert "at most 10000" in reps.message.text()
        # Closing with a value that cannot be saved asks first; staying keeps it.
        monkeypatch.setattr(editor_module, "ask_close_unsaved", lambda parent, reason: False)
        assert not view.close_workshop()
        assert reps.edit.text() == "99999"
        monkeypatch.setattr(editor_module, "ask_close_unsaved", lambda parent, reason: True)
        assert view.close_workshop()
    finally:
        store.close()


def test_pasted_control_characters_and_a_hundred_thousand_characters_are_saved(qtbot: Any, env: Env) -> None:
    env.field("client").selectAll()
    paste_into(env.field("client"), "Müller\x00 & Söhne\x07 GmbH\x1b")
    long_text = ("Die Übergabe erfolgt binnen 24 Stunden. " * 2600)[:100_000]
    paste_into(env.field("venue"), long_text)
    assert env.editor.flush()
    assert env.stored("client") == "Müller & Söhne GmbH"
    assert env.stored("venue") == long_text


def test_next_and_previous_step_keys(qtbot: Any, env: Env) -> None:
    env.editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is env.editor)
    field = env.field("venue")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert env.editor.current_step() is StepId.GOALS
    assert env.editor.stack.currentIndex() == 1
    for _ in range(12):
        qtbot.keyClick(env.editor.sidebar, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert env.editor.current_step() is StepId.SIGN_OFF
    qtbot.keyClick(env.editor.sidebar, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert env.editor.current_step() is StepId.GOVERNANCE
    env.editor.sidebar.setCurrentRow(0)  # a click in the sidebar
    assert env.editor.current_step() is StepId.WORKSHOP and env.editor.stack.currentIndex() == 0


def test_zoom_is_persisted(qtbot: Any, env: Env) -> None:
    before = env.field("client").font().pointSizeF()
    env.editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is env.editor)
    qtbot.keyClick(env.field("client"), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    env.editor.zoom_in_action.trigger()
    assert env.editor.zoom == 120
    assert env.field("client").font().pointSizeF() > before
    env.settings.sync()
    assert int(QSettings(env.settings.fileName(), QSettings.Format.IniFormat).value(ZOOM_KEY)) == 120
    again = EditorView(env.service, QSettings(env.settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.zoom == 120
    env.editor.zoom_out_action.trigger()
    env.editor.zoom_reset_action.trigger()
    assert env.editor.zoom == 100
    for _ in range(50):
        env.editor.zoom_in_action.trigger()
    assert env.editor.zoom == 250  # bounded
    env.settings.setValue(ZOOM_KEY, "huge")
    broken = EditorView(env.service, env.settings)
    qtbot.addWidget(broken)
    assert broken.zoom == 100  # a broken setting is ignored


def test_actions_are_enabled_only_while_a_workshop_is_open(qtbot: Any, env: Env) -> None:
    actions = env.editor.menu_actions()
    assert set(actions) == {"edit", "view", "go"}
    assert all(a.isEnabled() for a in actions["go"] + actions["view"])
    assert [a.shortcut().toString() for a in actions["go"][:2]] == ["Ctrl+PgDown", "Ctrl+PgUp"]
    assert actions["edit"][0].shortcut().toString() == "Ctrl+Z"
    assert actions["edit"][1].shortcut().toString() == "Ctrl+Shift+Z"
    closed: list[bool] = []
    env.editor.closed.connect(lambda: closed.append(True))
    env.editor.back_action.trigger()
    assert closed == [True]
    assert not any(a.isEnabled() for a in actions["go"] + actions["view"] + actions["edit"])


def test_sidebar_shows_each_steps_status(qtbot: Any, env: Env) -> None:
    assert env.editor.step_status(StepId.WORKSHOP) is StepStatus.IN_PROGRESS
    assert "In progress" in env.editor.sidebar.item(0).text()
    assert all(env.editor.step_status(s) is StepStatus.EMPTY for s in StepId if s)
    env.editor.request(
        [
            SetField("workshop", "date_start", "2027-03-01"),
            AddRow("participants", {"name": "M", "department": "marketing"}),
            AddRow("participants", {"name": "S", "department": "sales"}),
        ]
    )
    assert env.editor.step_status(StepId.WORKSHOP) is StepStatus.COMPLETE
    assert "Complete" in env.editor.sidebar.item(0).text()


def test_every_step_page_renders_at_1280_by_800(qtbot: Any, env: Env, tmp_path: Path) -> None:
    env.editor.resize(1280, 800)
    for step in StepId:
        env.editor.go_to_step(step)
        image = env.editor.grab()
        path = tmp_path / f"step{int(step)}.png"
        assert image.save(str(path))
        assert image.width() == 1280 and image.height() == 800
        assert env.editor.step_heading.text().startswith(f"Step {int(step)}")
        page = env.editor.page(step)
        # Nothing needs a horizontal scroll bar at projector size.
        assert page.minimumSizeHint().width() <= env.editor.stack.width()


def test_an_edit_the_store_refuses_does_not_hold_back_the_others(qtbot: Any, env: Env) -> None:
    messages: list[str] = []
    env.editor.status_message.connect(messages.append)
    add = AddRow("participants", {"name": "Anna", "department": "marketing"})
    env.editor.request([add])
    qtbot.keyClicks(env.field("venue"), "Hall 3")
    env.editor.request([SetField("participants", "email", "anna(at)example", add.row_id)])
    assert env.editor.flush()
    assert env.stored("venue") == "Hall 3" and env.stored_names() == ["Anna"]
    assert any("could not be saved" in m and "e-mail" in m for m in messages)
    snapshot = env.editor.snapshot()
    assert snapshot is not None and snapshot.rows_of("participants")[0]["email"] == ""  # shows the store


def test_a_failed_write_keeps_the_edits_and_tries_again(
    qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slaworkshop.model.errors import StoreError

    messages: list[str] = []
    env.editor.status_message.connect(messages.append)
    real_apply = env.service.apply

    def disk_full(*args: Any, **kwargs: Any) -> Any:
        raise StoreError("The disk is full.")

    monkeypatch.setattr(env.service, "apply", disk_full)
    monkeypatch.setattr("slaworkshop.ui.autosave.RETRY_MS", 100)
    qtbot.keyClicks(env.field("venue"), "Hall 4")
    assert not env.editor.flush()
    assert any("Not saved yet" in m and "disk is full" in m for m in messages)
    assert env.stored("venue") == ""
    monkeypatch.setattr(env.service, "apply", real_apply)
    qtbot.waitUntil(lambda: env.stored("venue") == "Hall 4", timeout=5000)  # retried by itself


def test_a_step_module_provides_its_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from slaworkshop.ui.steps import STEP_MODULES, GuidanceOnlyPage, WorkshopPage, page_class

    monkeypatch.delitem(PAGES, StepId.GOALS, raising=False)
    monkeypatch.setitem(STEP_MODULES, StepId.GOALS, "no_such_module")
    assert page_class(StepId.GOALS) is GuidanceOnlyPage
    monkeypatch.setitem(STEP_MODULES, StepId.GOALS, "workshop")  # any module that names a PAGE
    assert page_class(StepId.GOALS) is WorkshopPage
