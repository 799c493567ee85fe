"""Keeping the window responsive while an export runs on a worker thread.

An export allocates a few hundred thousand objects (the outline, python-docx's proxies, reportlab's
flowables). That makes CPython's cyclic garbage collector run its full collection in the middle
of it, and a full collection walks *every* tracked object of the process — the store's, the
snapshots', the window's — while holding the GIL: the GUI thread then cannot run for 50–100 ms
(measured by ``benchmarks/export_stress.py``). :func:`long_lived_objects_frozen` moves the objects
that exist when an export starts out of the collector's way (``gc.freeze``) until it ends
(``gc.unfreeze``), so collections during the export only walk what the export itself creates.
Nothing is lost: objects freed by reference counting are freed as usual, and cyclic garbage among
the frozen objects is collected after the export like any other.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0


@contextmanager
def long_lived_objects_frozen() -> Iterator[None]:
    """Leave the objects that exist now out of garbage collection until the block ends.

    Nests and may run on several threads at once: the objects are unfrozen when the last block
    ends. (The app freezes nothing else; ``gc.unfreeze`` would also release such a freeze.)
    """
    global _active
    with _lock:
        if _active == 0:
            gc.freeze()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                gc.unfreeze()
