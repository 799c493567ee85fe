"""The one place where background threads start.

``run_in_background(fn, on_done, on_error)`` runs ``fn()`` on Qt's global thread pool and delivers
its result (or the exception it raised) to a callback on the GUI thread. Workers get plain data
(snapshots, paths), never widgets or a database session. Before a window closes it calls
:func:`wait_for_all`, so no worker outlives the objects its callbacks refer to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_pending: set[_Relay] = set()


class _Relay(QObject):
    """Lives on the GUI thread; the worker's emits are queued to its slots, so callbacks run there."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self._on_done(result)

    @Slot(object)
    def _deliver_failed(self, exc: BaseException) -> None:
        self._on_failed(exc)


class Task:
    """A handle on one background job (``finished`` is True once its callback has run)."""

    def __init__(self) -> None:
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
) -> Task:
    """Run ``fn()`` on a worker thread; call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.

    Must be called from the GUI thread. If ``owner`` is given and has been deleted by the time the
    job ends, no callback runs (the widget that asked is gone). Without ``on_error`` a failure is
    logged, never swallowed silently.
    """
    task = Task()

    def finish() -> bool:
        task.finished = True
        _pending.discard(relay)
        relay.deleteLater()
        return owner is None or shiboken6.isValid(owner)

    def delivered(result: Any) -> None:
        task.result = result
        if finish() and on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        task.error = exc
        if not finish():
            return
        if on_error is not None:
            on_error(exc)
        else:
            log.error("background task failed", exc_info=exc)

    relay = _Relay(delivered, failed)
    _pending.add(relay)
    QThreadPool.globalInstance().start(_Runnable(fn, relay))
    return task


def pending_count() -> int:
    """Jobs whose callback has not run yet."""
    return len(_pending)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until every worker has returned (their callbacks then run from the event loop)."""
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))
