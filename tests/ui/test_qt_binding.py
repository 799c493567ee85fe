"""The Qt binding itself: a defect there (PySide6 6.12.0 drops a reference to None on every call of
a method that returns nothing) would abort the app after some ten thousand calls on Python 3.11."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget


def test_calling_qt_methods_does_not_leak_references_to_none(qtbot: Any) -> None:
    widget, label = QWidget(), QLabel()
    qtbot.addWidget(widget)
    qtbot.addWidget(label)
    calls = [
        widget.update,
        lambda: widget.update(QRect(0, 0, 1, 1)),
        lambda: label.setText("x"),
        lambda: widget.setEnabled(True),
        lambda: widget.setToolTip("tip"),
    ]
    before = sys.getrefcount(None)
    for _ in range(2000):
        for call in calls:
            call()
    # a little drift from the interpreter itself is fine; 10,000 lost references are not
    assert abs(sys.getrefcount(None) - before) < 100


def test_thirty_thousand_repaint_requests_do_not_abort(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    for _ in range(30_000):
        widget.update()
