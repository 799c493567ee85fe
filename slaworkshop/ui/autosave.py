"""Autosave: edits are queued as ops and written shortly after the last keystroke, without a Save button.

The queue writes with ``WorkshopService.apply(workshop_id, expected_revision, ops)`` ~400 ms after the
last edit, and at once when the editor flushes (step change, closing the workshop or the window). The
write is small (a few ms, see ``benchmarks/autosave_latency.py``), so it runs on the GUI thread.

If someone else saved the workshop meanwhile, the store refuses the batch (``ConflictError``); the
``resolve_conflict`` callback asks the user, and nothing typed is dropped without that choice. A value
the store refuses (``ValidationError``) does not hold back the rest: the batch is retried op by op and
only the refused ops are dropped, with their message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from slaworkshop.model.errors import StoreError
from slaworkshop.services.errors import ConflictError, NotFoundError, ValidationError
from slaworkshop.services.ops import Op, compact, save_batches
from slaworkshop.services.workshops import ApplyResult, WorkshopService

from .i18n import tr_message

DEBOUNCE_MS = 400
RETRY_MS = 3000
"""After a failed write (disk full, server gone) the queue tries again by itself."""


class ConflictChoice(Enum):
    KEEP_MINE = "keep"  # re-read, then apply my pending edits on top of the other version
    LOAD_OTHER = "load"  # discard my pending edits and show the other version


class AutosaveQueue(QObject):
    saving = Signal()
    saved = Signal(object)  # ApplyResult
    failed = Signal(str)  # a message for the user; the ops stay queued (unless refused as invalid)
    reloaded = Signal()  # the store now differs from what the editor shows: re-read it
    dropped = Signal(str)  # edits the store refused as invalid; the message says why

    def __init__(
        self,
        service: WorkshopService,
        workshop_id: str,
        revision: int,
        resolve_conflict: Callable[[ConflictError], ConflictChoice],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.workshop_id = workshop_id
        self.revision = revision
        self.resolve_conflict = resolve_conflict
        self._pending: list[Op] = []
        self._flushing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)

    def push(self, ops: Sequence[Op]) -> None:
        self._pending.extend(ops)
        self.timer.start()  # restarts: the write happens after the burst

    def pending(self) -> list[Op]:
        return list(self._pending)

    def has_pending(self) -> bool:
        return bool(self._pending)

    def discard(self) -> None:
        self._pending.clear()
        self.timer.stop()

    def flush(self) -> bool:
        """Write everything queued now; True when nothing is left unsaved."""
        self.timer.stop()
        if not self._pending:
            return True
        if self._flushing:  # a dialog opened by this flush re-entered the event loop
            return False
        self._flushing = True
        try:
            return self._write()
        finally:
            self._flushing = False

    def _write(self) -> bool:
        self.saving.emit()
        for batch in save_batches(self._pending):
            ops = compact(batch)
            try:
                result = self.service.apply(self.workshop_id, self.revision, ops)
            except ConflictError as conflict:
                return self._on_conflict(conflict)
            except (ValidationError, NotFoundError):
                return self._write_one_by_one(list(self._pending), self.revision)
            except StoreError as error:
                self.failed.emit(tr_message(error))
                self.timer.start(RETRY_MS)
                return False
            self._done(len(batch), result)
        return True

    def _done(self, count: int, result: ApplyResult) -> None:
        del self._pending[:count]
        self.revision = result.revision
        self.saved.emit(result)

    def _on_conflict(self, conflict: ConflictError) -> bool:
        choice = self.resolve_conflict(conflict)
        try:
            fresh = self.service.get(self.workshop_id)
        except StoreError as error:
            self.failed.emit(tr_message(error))
            return False
        self.revision = fresh.revision
        if choice is ConflictChoice.LOAD_OTHER:
            self._pending.clear()
            self.reloaded.emit()
            return True
        ok = self._write_one_by_one(list(self._pending), fresh.revision)
        self.reloaded.emit()
        return ok

    def _write_one_by_one(self, ops: list[Op], revision: int) -> bool:
        """Save what can be saved; drop only the ops the store refuses, and say why.

        If the writing stops half-way (a conflict, a lost connection), every op stays queued: writing
        one again is harmless (a field gets the same value; a row that exists or is gone already is
        reported and skipped), losing one is not.
        """
        count = len(ops)
        refused: list[str] = []
        result: ApplyResult | None = None
        for op in compact(ops):
            try:
                result = self.service.apply(self.workshop_id, revision, [op])
            except (ValidationError, NotFoundError) as error:
                refused.append(tr_message(error))
            except ConflictError as conflict:
                return self._on_conflict(conflict)
            except StoreError as error:
                self.failed.emit(tr_message(error))
                self.timer.start(RETRY_MS)
                return False
            else:
                revision = result.revision
        del self._pending[:count]
        self.revision = revision
        if result is not None:
            self.saved.emit(result)
        if refused:
            self.dropped.emit("\n".join(dict.fromkeys(refused)))
            self.reloaded.emit()
        return True
