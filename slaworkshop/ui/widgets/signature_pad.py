"""A signature pad: sign with the mouse, a pen or a finger; the drawing becomes a small PNG.

Optional at sign-off (the typed name is what counts); the PNG is printed on the signature page.
Strokes are kept as point lists, so the pad redraws sharply at any zoom and the PNG is rendered at a
fixed size with a transparent background, whatever the widget's size was.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

PNG_SIZE = QSize(600, 200)
MIN_HEIGHT = 120
MAX_POINTS = 20_000
"""A signature is a few hundred points; beyond this the pad stops recording (no runaway memory)."""


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(300, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setToolTip(self.tr("Sign here with the mouse, a pen or a finger."))
        self._strokes: list[list[QPointF]] = []  # in 0..1 coordinates of the pad
        self._drawing = False

    def _fit_height(self) -> None:
        """120 pixels at the usual text size, taller when the editor is zoomed for the room."""
        self.setFixedHeight(max(MIN_HEIGHT, self.fontMetrics().height() * 7))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        super().changeEvent(event)

    # -- data
    def is_empty(self) -> bool:
        return not any(len(s) > 1 for s in self._strokes)

    def point_count(self) -> int:
        return sum(len(s) for s in self._strokes)

    def clear(self) -> None:
        if self._strokes:
            self._strokes = []
            self.update()
            self.changed.emit()

    def to_png(self) -> bytes:
        """The signature as PNG bytes (transparent background), or b"" when nothing was drawn."""
        if self.is_empty():
            return b""
        image = QImage(PNG_SIZE, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._paint_strokes(painter, QRectF(0, 0, PNG_SIZE.width(), PNG_SIZE.height()), 3.0)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; the binding wants str
        buffer.close()
        return bytes(data.data())

    # -- drawing
    def _normalised(self, position: QPointF) -> QPointF:
        width, height = max(self.width(), 1), max(self.height(), 1)
        return QPointF(min(max(position.x() / width, 0.0), 1.0), min(max(position.y() / height, 0.0), 1.0))

    def _start(self, position: QPointF) -> None:
        if self.point_count() >= MAX_POINTS:
            return
        self._drawing = True
        self._strokes.append([self._normalised(position)])

    def _extend(self, position: QPointF) -> None:
        if not self._drawing or self.point_count() >= MAX_POINTS:
            return
        self._strokes[-1].append(self._normalised(position))
        self.update()

    def _finish(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._start(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._finish()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._start(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._finish()
        event.accept()

    def _paint_strokes(self, painter: QPainter, area: QRectF, width: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                QColor("#10245a"),
                width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        for stroke in self._strokes:
            if len(stroke) < 2:
                continue
            path = QPainterPath(
                QPointF(area.x() + stroke[0].x() * area.width(), area.y() + stroke[0].y() * area.height())
            )
            for point in stroke[1:]:
                path.lineTo(area.x() + point.x() * area.width(), area.y() + point.y() * area.height())
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor("#9aa3b2"), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        painter.setPen(QPen(QColor("#c3c9d4"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.is_empty() and not self._drawing:
            painter.setPen(QColor("#8a8f98"))
            painter.drawText(
                self.rect().adjusted(0, 0, 0, -self.height() // 4),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Sign here (optional)"),
            )
        self._paint_strokes(painter, QRectF(self.rect()), 2.0)
        painter.end()
