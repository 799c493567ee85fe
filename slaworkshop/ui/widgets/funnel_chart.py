"""Charts of step 2, painted with QPainter so they need nothing beyond QtGui: the reverse funnel and
the follow-up utilisation gauge.

Both are made to be read from the back of a room on a washed-out projector: large bold numbers, the
text always says what the colour or the hatching means, and nothing depends on colour alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

OWN_FILL = QColor("#2f6fdf")
OWN_TEXT = QColor("#ffffff")
BENCHMARK_FILL = QColor("#c9d8f5")
BENCHMARK_HATCH = QColor("#6f93d6")
BENCHMARK_TEXT = QColor("#173c73")
MUTED_TEXT = QColor("#5f6368")

LEVEL_COLOURS = {
    "green": QColor("#1e8e3e"),
    "amber": QColor("#b26a00"),
    "red": QColor("#c5221f"),
}


@dataclass(frozen=True)
class FunnelBar:
    """One stage of the funnel as the chart shows it; the texts come formatted from the page."""

    label: str
    value: int
    """Sets the bar's width (relative to the largest bar)."""
    value_text: str
    """Inside the bar (e.g. the count per period)."""
    side_text: str = ""
    """In the column right of the bars (e.g. the count per month)."""
    benchmark: bool = False
    """Drawn pale and hatched: the count rests on benchmark rates."""
    tooltip: str = ""


def bar_fraction(value: int, largest: int) -> float:
    """How wide a bar is, 0–1 of the available width.

    The square root keeps the order (a later stage is never wider than an earlier, larger one) while
    leaving a stage with 1/60 of the leads readable; the exact counts are written on the bars.
    """
    if largest <= 0 or value <= 0:
        return 0.0
    return math.sqrt(min(value, largest) / largest)


class FunnelChart(QWidget):
    """Horizontal bars, one per stage, centred and narrowing towards the deals won."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnelChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._bars: tuple[FunnelBar, ...] = ()
        self._value_header = ""
        self._side_header = ""
        self._legend = ""
        self._placeholder = ""
        self._rects: list[QRectF] = []

    # ------------------------------------------------------------------ data
    def bars(self) -> tuple[FunnelBar, ...]:
        return self._bars

    def placeholder(self) -> str:
        return self._placeholder if not self._bars else ""

    def set_bars(
        self, bars: Sequence[FunnelBar], *, value_header: str = "", side_header: str = "", legend: str = ""
    ) -> None:
        new = (tuple(bars), value_header, side_header, legend)
        if new == (self._bars, self._value_header, self._side_header, self._legend):
            return
        self._bars, self._value_header, self._side_header, self._legend = new
        self.setAccessibleDescription(
            "; ".join(f"{b.label}: {b.value_text} {b.side_text}".strip() for b in self._bars)
        )
        self.updateGeometry()
        self.update()

    def set_placeholder(self, text: str) -> None:
        """What the chart says while there is no funnel to draw (bars are cleared)."""
        if text == self._placeholder and not self._bars:
            return
        self._placeholder = text
        self._bars = ()
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self.update()

    # ------------------------------------------------------------------ geometry
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        label = QFont(base)
        label.setPointSizeF(base.pointSizeF() * 1.15)
        value = QFont(label)
        value.setBold(True)
        small = QFont(base)
        return label, value, small

    def _row_height(self) -> float:
        _, value, _ = self._fonts()
        return QFontMetricsF(value).height() * 1.9

    def _header_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.5 if self._bars else 0.0

    def _legend_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.8 if self._legend and self._bars else 0.0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if not self._bars:
            return QSize(480, int(QFontMetricsF(self.font()).height() * 4))
        height = self._header_height() + len(self._bars) * self._row_height() + self._legend_height() + 8
        return QSize(480, math.ceil(height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(260, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._rects = []
        if not self._bars:
            self._paint_placeholder(painter)
        else:
            self._paint_bars(painter)
        painter.end()

    def _paint_placeholder(self, painter: QPainter) -> None:
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.setPen(QPen(QColor("#b8bec8"), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(MUTED_TEXT)
        painter.drawText(
            rect.adjusted(12, 6, -12, -6),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self._placeholder,
        )

    def _paint_bars(self, painter: QPainter) -> None:
        label_font, value_font, small_font = self._fonts()
        label_metrics = QFontMetricsF(label_font)
        value_metrics = QFontMetricsF(value_font)
        width = float(self.width())
        pad = 8.0
        label_w = min(
            max(label_metrics.horizontalAdvance(b.label) for b in self._bars) + 2 * pad, width * 0.3
        )
        side_texts = [b.side_text for b in self._bars] + [self._side_header]
        side_w = (
            max(value_metrics.horizontalAdvance(t) for t in side_texts) + 2 * pad if any(side_texts) else 0
        )
        area_left = label_w
        area_w = max(width - label_w - side_w, 40.0)
        row_h = self._row_height()
        top = self._header_height()
        min_w = min(max(value_metrics.horizontalAdvance(b.value_text) for b in self._bars) + 3 * pad, area_w)
        largest = max(b.value for b in self._bars)

        # Column headers: what the numbers in the bars and beside them count.
        painter.setFont(small_font)
        painter.setPen(MUTED_TEXT)
        painter.drawText(
            QRectF(area_left, 0, area_w, top), int(Qt.AlignmentFlag.AlignCenter), self._value_header
        )
        if side_w:
            painter.drawText(
                QRectF(width - side_w, 0, side_w - pad, top),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._side_header,
            )

        for i, bar in enumerate(self._bars):
            y = top + i * row_h
            bar_w = max(min_w, area_w * bar_fraction(bar.value, largest))
            rect = QRectF(area_left + (area_w - bar_w) / 2, y + row_h * 0.08, bar_w, row_h * 0.84)
            self._rects.append(rect)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BENCHMARK_FILL if bar.benchmark else OWN_FILL)
            painter.drawRoundedRect(rect, 5, 5)
            if bar.benchmark:
                painter.setBrush(QBrush(BENCHMARK_HATCH, Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(rect, 5, 5)
                painter.setPen(QPen(BENCHMARK_HATCH, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 5, 5)
                # A plain backing behind the number keeps it legible over the hatching.
                text_w = value_metrics.horizontalAdvance(bar.value_text) + pad
                backing = QRectF(
                    rect.center().x() - text_w / 2,
                    rect.center().y() - value_metrics.height() / 2,
                    text_w,
                    value_metrics.height(),
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BENCHMARK_FILL)
                painter.drawRoundedRect(backing, 3, 3)
            painter.setFont(value_font)
            painter.setPen(BENCHMARK_TEXT if bar.benchmark else OWN_TEXT)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), bar.value_text)

            painter.setFont(label_font)
            painter.setPen(self.palette().windowText().color())
            label = label_metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - pad)
            painter.drawText(
                QRectF(0, y, label_w - pad, row_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            if side_w:
                painter.setFont(value_font)
                painter.drawText(
                    QRectF(width - side_w, y, side_w - pad, row_h),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    bar.side_text,
                )

        if self._legend_height():
            y = top + len(self._bars) * row_h + 4
            metrics = QFontMetricsF(small_font)
            swatch = QRectF(
                area_left, y + (self._legend_height() - metrics.height()) / 2, 28, metrics.height()
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BENCHMARK_FILL)
            painter.drawRect(swatch)
            painter.setBrush(QBrush(BENCHMARK_HATCH, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(swatch)
            painter.setFont(small_font)
            painter.setPen(MUTED_TEXT)
            painter.drawText(
                QRectF(swatch.right() + pad, y, width - swatch.right() - pad, self._legend_height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._legend,
            )

    def bar_at(self, x: float, y: float) -> FunnelBar | None:
        for bar, rect in zip(self._bars, self._rects, strict=False):
            if rect.contains(QPointF(x, y)):
                return bar
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos().x(), event.pos().y())
            if bar is not None and bar.tooltip:
                QToolTip.showText(event.globalPos(), bar.tooltip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class UtilisationGauge(QWidget):
    """The follow-up utilisation as a big number with a bar and a mark at 100 %.

    ``level`` is ``"green"``, ``"amber"`` or ``"red"``; ``verdict`` says in words what it means, so
    the colour is never the only signal.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("utilisationGauge")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._percent: Decimal | None = None
        self._text = ""
        self._level = ""
        self._verdict = ""
        self._mark_text = "100 %"

    def set_value(
        self, percent: Decimal | None, text: str, level: str, verdict: str, mark_text: str = "100 %"
    ) -> None:
        new = (percent, text, level, verdict, mark_text)
        if new == (self._percent, self._text, self._level, self._verdict, self._mark_text):
            return
        self._percent, self._text, self._level, self._verdict, self._mark_text = new
        self.setAccessibleDescription(f"{text} {verdict}".strip())
        self.update()

    def text(self) -> str:
        return self._text

    def verdict(self) -> str:
        return self._verdict

    def level(self) -> str:
        return self._level

    def _big_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        big = QFontMetricsF(self._big_font())
        small = QFontMetricsF(self.font())
        return QSize(360, math.ceil(big.height() + small.height() * 1.6 + 8))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(220, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = LEVEL_COLOURS.get(self._level, MUTED_TEXT)
        big = self._big_font()
        big_metrics = QFontMetricsF(big)
        small_metrics = QFontMetricsF(self.font())
        width = float(self.width())
        number_w = max(
            big_metrics.horizontalAdvance(self._text or "—"), big_metrics.horizontalAdvance("000.0 %")
        )
        painter.setFont(big)
        painter.setPen(colour)
        painter.drawText(
            QRectF(0, 0, number_w, big_metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self._text or "—",
        )
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(0, big_metrics.height(), width, small_metrics.height() * 1.5),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self._verdict,
        )
        # The bar: 0 … 150 % (or the value, when higher), with the 100 % mark.
        left = number_w + 16
        track_w = width - left - 8
        if track_w < 60:
            painter.end()
            return
        # Below the mark's label, level with the lower part of the number.
        bar_h = big_metrics.height() * 0.35
        y = big_metrics.height() * 0.62 - bar_h / 2
        scale = max(Decimal(150), self._percent or Decimal(0))
        track = QRectF(left, y, track_w, bar_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e3e6ea"))
        painter.drawRoundedRect(track, bar_h / 2, bar_h / 2)
        if self._percent is not None and self._percent > 0:
            fill_w = min(track_w, max(bar_h, track_w * float(self._percent / scale)))
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(left, y, fill_w, bar_h), bar_h / 2, bar_h / 2)
        mark_x = left + track_w * float(Decimal(100) / scale)
        painter.setPen(QPen(QColor("#202124"), 2))
        painter.drawLine(QPointF(mark_x, y - 3), QPointF(mark_x, y + bar_h + 3))
        painter.setFont(self.font())
        painter.setPen(MUTED_TEXT)
        mark_w = small_metrics.horizontalAdvance(self._mark_text) + 4
        painter.drawText(
            QRectF(
                mark_x - mark_w / 2, max(0.0, y - 3 - small_metrics.height()), mark_w, small_metrics.height()
            ),
            int(Qt.AlignmentFlag.AlignCenter),
            self._mark_text,
        )
        painter.end()


__all__ = ["FunnelBar", "FunnelChart", "UtilisationGauge", "bar_fraction"]
