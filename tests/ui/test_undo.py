"""Undo of merged edits: a burst of edits to one value is one undo step back to the value before it.

The editor merges consecutive edits with the same merge key (a typing burst, arrowing through a
list of states). Undoing the merged step must restore what was there before the burst began — for a
field, a section's agreement note and a section's agreement state alike — and must not disturb the
other half of a section's agreement.
"""

from __future__ import annotations

from typing import Any

from slaworkshop.model.enums import AgreementState
from slaworkshop.services.ops import SetClause, SetField
from slaworkshop.services.snapshot import WorkshopSnapshot

from .test_editor import Env, env, migrated_db  # noqa: F401 - the fixtures are shared

__all__ = ["env", "migrated_db"]

KEY = "nurturing.enrolment"


def stored(env: Env) -> WorkshopSnapshot:
    assert env.editor.flush()
    return env.other.get(env.workshop_id)


def test_a_burst_of_agreement_states_undoes_to_the_state_before_it(qtbot: Any, env: Env) -> None:
    env.editor.request([SetClause(KEY, state=AgreementState.PROPOSED)])
    burst = ("clause", KEY, "state")
    for state in (AgreementState.DISPUTED, AgreementState.PARKED, AgreementState.AGREED):
        env.editor.request([SetClause(KEY, state=state)], burst)
    assert stored(env).clause(KEY).state is AgreementState.AGREED
    env.editor.undo_action.trigger()
    assert stored(env).clause(KEY).state is AgreementState.PROPOSED
    env.editor.redo_action.trigger()
    assert stored(env).clause(KEY).state is AgreementState.AGREED


def test_a_burst_of_note_keystrokes_undoes_to_the_note_before_it(qtbot: Any, env: Env) -> None:
    env.editor.request([SetClause(KEY, note="Ask Sales")])
    burst = ("clause", KEY, "note")
    for text in ("S", "Sa", "Sal", "Sales agreed"):
        env.editor.request([SetClause(KEY, note=text)], burst)
    env.editor.undo_action.trigger()
    assert stored(env).clause(KEY).note == "Ask Sales"


def test_undoing_a_note_burst_leaves_the_agreement_state_alone(qtbot: Any, env: Env) -> None:
    env.editor.request([SetClause(KEY, state=AgreementState.DISPUTED, note="Budget unclear")])
    burst = ("clause", KEY, "note")
    # A first keystroke that also set the state (as a pasted note with a state would) and then notes only.
    env.editor.request([SetClause(KEY, state=AgreementState.AGREED, note="B")], burst)
    env.editor.request([SetClause(KEY, note="Budget agreed")], burst)
    env.editor.undo_action.trigger()
    clause = stored(env).clause(KEY)
    assert (clause.state, clause.note) == (AgreementState.DISPUTED, "Budget unclear")


def test_a_burst_that_also_sets_the_state_restores_state_and_note_in_one_step(qtbot: Any, env: Env) -> None:
    env.editor.request([SetClause(KEY, state=AgreementState.PROPOSED, note="First draft")])
    # One burst of edits, some of which also set the state: undone, both are as before the burst.
    burst = ("clause", KEY, "edit")
    env.editor.request([SetClause(KEY, note="Second")], burst)
    env.editor.request([SetClause(KEY, state=AgreementState.AGREED, note="Second draft")], burst)
    env.editor.request([SetClause(KEY, note="Second draft, agreed")], burst)
    clause = stored(env).clause(KEY)
    assert (clause.state, clause.note) == (AgreementState.AGREED, "Second draft, agreed")
    env.editor.undo_action.trigger()
    clause = stored(env).clause(KEY)
    assert (clause.state, clause.note) == (AgreementState.PROPOSED, "First draft")


def test_a_typing_burst_in_a_field_undoes_to_the_text_before_it(qtbot: Any, env: Env) -> None:
    env.editor.request([SetField("workshop", "venue", "Room A")])
    burst = ("workshop", "venue")
    for text in ("R", "Ro", "Room Alster"):
        env.editor.request([SetField("workshop", "venue", text)], burst)
    env.editor.undo_action.trigger()
    assert stored(env).workshop["venue"] == "Room A"
