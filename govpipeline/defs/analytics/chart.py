"""The chart of analytics/metric_series as SVG: its text is drawn by the browser, which has CJK fonts, so region and
metric names stay Chinese without bundling a font. One panel per metric, one line with its points per series."""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

PANELS = 4  # the most reported metrics
LINES = 8  # series drawn in a panel, the longest first; the table beside the chart lists every series
COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"]
FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif"
PANEL_W, PLOT_H, COLUMNS = 440, 190, 2
LEFT, RIGHT, TOP, AXIS, LEGEND_ROW = 64, 16, 34, 38, 17


@dataclass(frozen=True)
class Series:
    region: str
    scope: str | None
    points: tuple[tuple[int, float], ...]  # (year, value), by year
    body: str | None = None  # a department's series and its region's are two lines, named by their bodies

    @property
    def label(self) -> str:
        return (self.body or self.region) + (f" · {self.scope}" if self.scope else "")


@dataclass(frozen=True)
class Panel:
    title: str  # metric name and unit
    series: tuple[Series, ...]  # the ones drawn


def magnitude(values: list[float]) -> tuple[float, str]:
    """The divisor and suffix that make the largest value readable: 万 from ten thousand, 亿 from a hundred million."""
    top = max((abs(v) for v in values), default=0)
    return (1e8, "亿") if top >= 1e8 else (1e4, "万") if top >= 1e4 else (1, "")


def readable(value: float, divisor: float = 1, suffix: str = "") -> str:
    """2976500 with 万 -> '297.65万'; at most four significant digits after scaling, no trailing zeros."""
    if value == 0:
        return "0"
    scaled = value / divisor
    text = f"{scaled:.2f}" if abs(scaled) < 1000 else f"{scaled:.0f}"
    return (text.rstrip("0").rstrip(".") if "." in text else text) + suffix


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high], about ``count`` of them."""
    if high == low:
        low, high = (low - 1, high + 1) if low == 0 else (low * 0.9, high * 1.1) if low > 0 else (low * 1.1, high * 0.9)
    raw = (high - low) / (count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - 1e-9 * step:
        ticks.append(first + len(ticks) * step)
    return ticks


def _panel_svg(panel: Panel, x0: float, y0: float) -> list[str]:
    out = [f'<text x="{x0 + 8}" y="{y0 + 20}" font-size="14" font-weight="bold">{escape(panel.title)}</text>']
    values = [v for s in panel.series for _, v in s.points]
    years = [y for s in panel.series for y, _ in s.points]
    ticks = nice_ticks(min(values), max(values))
    divisor, suffix = magnitude(ticks)
    first_year, last_year = min(years), max(years)
    if first_year == last_year:
        first_year, last_year = first_year - 1, last_year + 1
    left, right, top, bottom = x0 + LEFT, x0 + PANEL_W - RIGHT, y0 + TOP, y0 + TOP + PLOT_H

    def x(year: float) -> float:
        return left + 12 + (year - first_year) / (last_year - first_year) * (right - left - 24)

    def y(value: float) -> float:
        return bottom - (value - ticks[0]) / (ticks[-1] - ticks[0]) * (bottom - top)

    for t in ticks:
        out.append(f'<line x1="{left}" x2="{right}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="#e3e3e3"/>')
        out.append(f'<text x="{left - 6}" y="{y(t) + 4:.1f}" font-size="11" text-anchor="end" fill="#555">'
                   f'{readable(t, divisor, suffix)}</text>')
    step = max(1, math.ceil((last_year - first_year + 1) / 8))
    for year in range(first_year, last_year + 1, step):
        out.append(f'<line x1="{x(year):.1f}" x2="{x(year):.1f}" y1="{bottom}" y2="{bottom + 4}" stroke="#888"/>')
        out.append(f'<text x="{x(year):.1f}" y="{bottom + 17}" font-size="11" text-anchor="middle" fill="#555">'
                   f'{year}</text>')
    out.append(f'<line x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}" stroke="#888"/>')
    for i, s in enumerate(panel.series):
        color = COLORS[i % len(COLORS)]
        if len(s.points) > 1:
            path = " ".join(f"{x(yr):.1f},{y(v):.1f}" for yr, v in s.points)
            out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        for yr, v in s.points:
            out.append(f'<circle cx="{x(yr):.1f}" cy="{y(v):.1f}" r="3.5" fill="{color}"/>')
        ly = bottom + AXIS + i * LEGEND_ROW
        out.append(f'<rect x="{left}" y="{ly - 9}" width="14" height="4" fill="{color}"/>')
        out.append(f'<text x="{left + 20}" y="{ly}" font-size="12">{escape(s.label)}（{len(s.points)} 年，'
                   f'最近 {readable(s.points[-1][1], *magnitude([s.points[-1][1]]))}）</text>')
    return out


def panel_height(panel: Panel) -> float:
    return TOP + PLOT_H + AXIS + LEGEND_ROW * len(panel.series)


def series_svg(panels: list[Panel]) -> str:
    """The panels side by side, two to a row."""
    rows = [panels[i:i + COLUMNS] for i in range(0, len(panels), COLUMNS)]
    heights = [max(panel_height(p) for p in row) for row in rows]
    width, height = PANEL_W * COLUMNS, sum(heights)
    body = []
    for r, row in enumerate(rows):
        for c, panel in enumerate(row):
            body += _panel_svg(panel, c * PANEL_W, sum(heights[:r]))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0f}" '
            f'viewBox="0 0 {width} {height:.0f}" font-family="{FONT}">'
            f'<rect width="100%" height="100%" fill="white"/>' + "".join(body) + "</svg>")
