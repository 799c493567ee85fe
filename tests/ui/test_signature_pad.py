"""The signature pad records strokes drawn with the mouse and turns them into a PNG."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QImage

from slaworkshop.ui.widgets.signature_pad import MAX_POINTS, MIN_HEIGHT, PNG_SIZE, SignaturePad


def draw(qtbot: Any, pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def test_a_drawn_signature_becomes_a_png(qtbot: Any) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 120)
    pad.show()
    assert pad.is_empty() and pad.to_png() == b""
    with qtbot.waitSignal(pad.changed):
        draw(qtbot, pad, [(20, 80), (60, 40), (100, 90), (160, 30), (220, 85)])
    assert not pad.is_empty()
    image = QImage.fromData(pad.to_png(), "PNG")
    assert image.size() == PNG_SIZE
    inked = sum(
        1
        for x in range(0, PNG_SIZE.width(), 4)
        for y in range(0, PNG_SIZE.height(), 4)
        if image.pixelColor(x, y).alpha() > 0
    )
    assert inked > 20
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty()


def test_a_runaway_drawing_stops_recording(qtbot: Any) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 120)
    pad._start(pad.rect().center().toPointF())
    for i in range(MAX_POINTS + 500):
        pad._extend(pad.rect().center().toPointF() + QPoint(i % 50, 0).toPointF())
    pad._finish()
    assert pad.point_count() == MAX_POINTS
    assert len(pad.to_png()) < 200_000


def test_the_pad_grows_with_the_text_size_and_keeps_the_drawing(qtbot: Any) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, pad.height())
    pad.show()
    assert pad.height() >= MIN_HEIGHT
    draw(qtbot, pad, [(20, 80), (60, 40), (100, 90)])
    before = pad.height()
    font = QFont(pad.font())
    font.setPointSizeF(font.pointSizeF() * 2.5)
    pad.setFont(font)
    assert pad.height() > before
    assert pad.point_count() == 3 and not pad.is_empty()  # strokes are kept relative to the pad
