"""Charts as plain geometry for server-rendered SVG (templates/insights/dashboard/chart_*.html).

No JavaScript and no inline styles (the CSP forbids both): the templates draw rectangles and a
polyline from these numbers, with a <title> and <desc>, and the same numbers stand in an
accessible table beside each chart. The beretning's PDF can draw the same SVG.
"""

from __future__ import annotations

from dataclasses import dataclass

from borgerraad.insights.statistics import Table

BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 220
BAR_AREA = 300
VALUE_WIDTH = 60
LINE_WIDTH = 640
LINE_HEIGHT = 240
MARGIN = 40


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | float
    y: int
    width: int
    text_y: int


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    label_width: int
    value_x: int
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class LinePoint:
    label: str
    value: int
    x: float
    y: float


@dataclass(frozen=True)
class LineSeries:
    name: str
    css_class: str
    points: tuple[LinePoint, ...]

    @property
    def polyline(self) -> str:
        return " ".join(f"{point.x:.1f},{point.y:.1f}" for point in self.points)


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    left: int
    bottom: int
    top: int
    right: int
    maximum: int
    series: tuple[LineSeries, ...]
    ticks: tuple[tuple[str, float], ...]  # (label, x) under the axis, every month or every few


def bar_chart(table: Table, column: int = 0) -> BarChart:
    """Horizontal bars of ``column``, one per row, scaled to the largest value."""
    values = [row.values[column] or 0 for row in table.rows]
    largest = max(values, default=0) or 1
    bars = []
    for index, (row, value) in enumerate(zip(table.rows, values, strict=True)):
        y = index * (BAR_HEIGHT + BAR_GAP)
        bars.append(Bar(row.label, value, y, max(round(BAR_AREA * value / largest), 1 if value else 0),
                        y + BAR_HEIGHT - 6))
    height = max(len(bars) * (BAR_HEIGHT + BAR_GAP), BAR_HEIGHT)
    return BarChart(LABEL_WIDTH + BAR_AREA + VALUE_WIDTH, height, LABEL_WIDTH, LABEL_WIDTH + BAR_AREA + 6,
                    tuple(bars))


def line_chart(table: Table) -> LineChart:
    """One line per column over the rows (months), on a shared scale starting at zero."""
    left, right, top, bottom = MARGIN + 10, LINE_WIDTH - 20, 20, LINE_HEIGHT - MARGIN
    maximum = max((value or 0 for row in table.rows for value in row.values), default=0) or 1
    count = len(table.rows)
    step = (right - left) / (count - 1) if count > 1 else 0

    def x(index: int) -> float:
        return left + index * step if count > 1 else (left + right) / 2

    def y(value: int) -> float:
        return bottom - (bottom - top) * value / maximum

    series = tuple(
        LineSeries(name, f"insights-line-{column}", tuple(
            LinePoint(row.label, row.values[column] or 0, x(index), y(row.values[column] or 0))
            for index, row in enumerate(table.rows)
        ))
        for column, name in enumerate(table.columns)
    )
    every = max(1, -(-count // 12))
    ticks = tuple((row.key, x(index)) for index, row in enumerate(table.rows) if index % every == 0)
    return LineChart(LINE_WIDTH, LINE_HEIGHT, left, bottom, top, right, maximum, series, ticks)
