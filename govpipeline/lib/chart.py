"""The chart of analytics/metric_series as small multiples: one markdown entry per indicator, each a compact SVG with
its Chinese title and numbered legend written as markdown beside the image, where the browser draws CJK.

Dagster's UI (1.13) shows a markdown metadata entry inline only while it is shorter than 1,000 characters; a longer
one hides behind "[Show Markdown]". Its markdown renderer drops raw HTML but lets an image take a data: URI, so each
panel is an image whose URI percent-encodes only what a markdown link destination cannot hold. The SVG has ASCII
text only (numbers), so no font has to reach the image."""
from __future__ import annotations

import math
from dataclasses import dataclass
from urllib.parse import quote

INLINE_LIMIT = 1000  # characters of a markdown entry the UI still shows inline: mdStr.length < 1e3 in its bundle
MAX_LINES = 9  # a series is numbered at its line's end with one digit
# Tableau 10 in three hex digits, one colour per numbered line
COLORS = ["#47a", "#e82", "#d56", "#7bb", "#5a4", "#db4", "#a7a", "#f9a", "#975"]
WIDTH, HEIGHT = 440, 170
LEFT, RIGHT, TOP, BOTTOM = 40, 18, 8, 20  # margins: tick labels left, line numbers right, years below
# what a bare markdown link destination may hold as is: no space, '#', '%', '&' or '\' (and no unbalanced
# parenthesis, which the SVG has none of)
_URI_SAFE = "<>/='.,:;()!*-_~?@+"


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
    metric: str  # the indicator's Chinese name
    unit: str | None
    series: tuple[Series, ...]  # every series of the indicator, the longest first: the first that fit are drawn


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


def _year_labels(first: int, last: int) -> list[int]:
    step = max(1, math.ceil((last - first) / 3))  # at most four labels
    return list(range(first, last + 1, step))


def _spread(labels: list[list[int]], gap: int = 10) -> None:
    """Moves line-end numbers that would overlap (close in x, within ``gap`` in y) apart, downwards."""
    labels.sort(key=lambda p: (p[0], p[1]))
    for before, label in zip(labels, labels[1:]):
        if abs(label[0] - before[0]) < gap and label[1] - before[1] < gap:
            label[1] = before[1] + gap


def panel_svg(series: tuple[Series, ...]) -> tuple[str, str]:
    """The panel's SVG and the scale its axis reads in (万, 亿 or ''): grid and round ticks, years below, a line with
    a marker at each point per series (a lone year is a dot), each numbered at its end."""
    values = [v for s in series for _, v in s.points]
    years = [y for s in series for y, _ in s.points]
    ticks = nice_ticks(min(values), max(values), 4)
    divisor, suffix = magnitude(ticks)
    first, last = min(years), max(years)
    left, right, top, bottom = LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM
    pad = 16  # the first and last years stand off the axes

    def x(year: int) -> int:
        return round((left + right) / 2 if first == last else left + pad + (year - first) / (last - first) * (
            right - left - 2 * pad))

    def y(value: float) -> int:
        return round(bottom - (value - ticks[0]) / (ticks[-1] - ticks[0]) * (bottom - top))

    grid = "".join(f"M{left},{y(t)}H{right}" for t in ticks)
    tick_labels = "".join(f"<text x='{left - 4}' y='{y(t) + 4}'>{readable(t, divisor)}</text>" for t in ticks)
    year_labels = "".join(f"<tspan x='{x(yr)}'>{yr}</tspan>" for yr in _year_labels(first, last))
    lines, ends = [], []
    for s, color in zip(series, COLORS):
        xs, ys = [x(yr) for yr, _ in s.points], [y(v) for _, v in s.points]
        # relative steps are shorter; a minus sign separates numbers as well as a comma does
        steps = "".join(f",{xs[i] - xs[i - 1]},{ys[i] - ys[i - 1]}".replace(",-", "-")
                        for i in range(1, len(xs)))[1:]
        lines.append(f"<path d='M{xs[0]},{ys[0]}{'l' + steps if steps else 'h0'}' stroke='{color}'/>")
        ends.append([x(s.points[-1][0]) + 6, y(s.points[-1][1]) + 4, len(ends) + 1])
    _spread(ends)
    # one text, a digit per position (SVG places the n-th character at the n-th x and y)
    numbers = (f"<text x='{','.join(str(e[0]) for e in ends)}' y='{','.join(str(e[1]) for e in ends)}'>"
               f"{''.join(str(e[2]) for e in ends)}</text>")
    svg = (f"<svg xmlns='http://www.w3.org/2000/svg' width='{WIDTH}' height='{HEIGHT}' font-size='11'>"
           f"<path d='{grid}' stroke='#ddd'/><g text-anchor='end'>{tick_labels}</g>"
           f"<text y='{HEIGHT - 5}' text-anchor='middle'>{year_labels}</text>"
           "<marker id='m' overflow='visible'><circle r='1.6' fill='context-stroke'/></marker>"
           f"<g fill='none' stroke-width='2' style='marker:url(#m)'>{''.join(lines)}</g>{numbers}</svg>")
    return svg, suffix


def data_uri(svg: str) -> str:
    """The SVG as a data: URI a bare markdown link destination holds: percent-encoding only where it must."""
    return "data:image/svg+xml," + quote(svg, safe=_URI_SAFE)


def panel_markdown(panel: Panel) -> tuple[str, int]:
    """The panel's markdown entry and how many of its series it draws: the longest series first, as many as keep
    the entry inline (at least one)."""
    for drawn in range(min(MAX_LINES, len(panel.series)), 0, -1):
        series = panel.series[:drawn]
        svg, suffix = panel_svg(series)
        unit = f"（{suffix}{panel.unit or ''}）" if suffix or panel.unit else ""
        legend = "　".join(f"{i} {s.label}" for i, s in enumerate(series, 1))
        if drawn < len(panel.series):
            legend += f" ({drawn} of {len(panel.series)} series drawn; all are in the series table)"
        text = f"**{panel.metric}{unit}**\n\n![{panel.metric}]({data_uri(svg)})\n\n{legend}"
        if len(text) < INLINE_LIMIT:
            break
    return text, drawn
