"""Undo/redo of workshop edits: one ``QUndoStack`` per open workshop, commands hold ops and inverses.

A command's ``redo``/``undo`` hand ops to the editor's ``apply`` callback, which shows them at once and
queues them for autosave, so an undo is saved exactly like a keystroke. Consecutive edits of the same
field (a typing burst) merge into one command.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Sequence

from PySide6.QtGui import QUndoCommand

from slaworkshop.services.ops import Op, SetClause, SetField

MERGE_ID = 0x5A1
MERGE_WINDOW_S = 3.0
"""A pause longer than this starts a new undo step even in the same field (sentences, not hours)."""

ApplyOps = Callable[[Sequence[Op]], None]


class EditCommand(QUndoCommand):
    def __init__(
        self,
        apply: ApplyOps,
        ops: Sequence[Op],
        inverse: Sequence[Op],
        merge_key: Hashable | None = None,
        text: str = "",
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.ops = list(ops)
        self.inverse = list(inverse)
        self.merge_key = merge_key
        self.last_edit = time.monotonic()

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key or self.merge_key is None:
            return False
        if other.last_edit - self.last_edit > MERGE_WINDOW_S:
            return False
        # The merged command sets the latest value and, undone, restores the one before the burst.
        self.ops = other.ops
        # A later keystroke may also have moved a linked KPI target the first did not touch: undoing
        # the burst restores that one too, to its value before the burst. What the earlier inverse
        # already restores keeps its value from before the burst.
        covered = {target for op in self.inverse for target in _targets(op)}
        for op in other.inverse:
            kept = _uncovered(op, covered)
            if kept is not None:
                self.inverse.append(kept)
                covered.update(_targets(kept))
        self.last_edit = other.last_edit
        return True

    def redo(self) -> None:
        self._apply(self.ops)

    def undo(self) -> None:
        self._apply(self.inverse)


def _targets(op: Op) -> tuple[Hashable, ...]:
    """What ``op`` sets, one entry per value: a field, or a section's agreement state and/or note.

    Ops that are not plain value settings (rows added, removed, moved) are their own target, so they
    are always kept.
    """
    if isinstance(op, SetField):
        return ((op.entity, op.field, op.row_id),)
    if isinstance(op, SetClause):
        parts = (("state", op.state), ("note", op.note))
        return tuple(("clause", op.key, part) for part, value in parts if value is not None)
    return (id(op),)


def _uncovered(op: Op, covered: set[Hashable]) -> Op | None:
    """``op`` reduced to what ``covered`` does not restore yet; ``None`` when nothing is left."""
    if isinstance(op, SetClause):
        state = op.state if ("clause", op.key, "state") not in covered else None
        note = op.note if ("clause", op.key, "note") not in covered else None
        if state is None and note is None:
            return None
        return op if (state, note) == (op.state, op.note) else SetClause(op.key, state, note)
    return None if all(t in covered for t in _targets(op)) else op
