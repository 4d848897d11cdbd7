"""The chart's panels: markdown the Dagster UI shows inline, an SVG with a line and markers per series, numbers at
the lines' ends, and a Chinese title and legend in the markdown, where the browser draws CJK."""
import re
from urllib.parse import unquote

from govpipeline.lib import chart
from govpipeline.lib.chart import INLINE_LIMIT, Panel, Series, panel_markdown


def _svg(markdown: str) -> str:
    return unquote(re.search(r"\]\(data:image/svg\+xml,(\S+)\)", markdown).group(1))


def _panel(count: int, years: int) -> Panel:
    """Invented series: ``count`` bodies, each with ``years`` years of a growing figure."""
    return Panel("受理事项", "件", tuple(
        Series(f"某{i}市", None if i % 2 else "本级", tuple((2011 + y, 37_000.0 * (i + 1) + 4_100 * y)
                                                          for y in range(max(1, years - i % 3))))
        for i in range(count)))


def test_a_panel_stays_inline_and_draws_each_series_it_names():
    for count, years in ((1, 1), (3, 4), (5, 1), (8, 6), (12, 12)):
        panel = _panel(count, years)
        text, drawn = panel_markdown(panel)
        assert len(text) < INLINE_LIMIT, (count, years)
        assert 1 <= drawn <= count
        title, image, legend = text.split("\n\n")
        assert title == "**受理事项（万件）**"  # the axis reads in 万
        svg = _svg(image)
        lines = svg.split("style='marker:url(#m)'>", 1)[1].split("</g>", 1)[0]  # every path there has markers
        paths = re.findall(r"<path d='M\d+,\d+(?:l([-,\d]+)|h0)' stroke='(#[0-9a-f]{3})'/>", lines)
        assert len(paths) == drawn and len({color for _, color in paths}) == drawn
        for (steps, _), series in zip(paths, panel.series):
            # a vertex, and so a marker, per year; a lone year is a dot
            assert 1 + len(re.findall(r"-?\d+", steps)) // 2 == len(series.points)
        assert "context-stroke" in svg
        numbers = re.search(r"<text x='[\d,]+' y='[\d,]+'>(\d+)</text></svg>", svg).group(1)
        assert sorted(numbers) == [str(i) for i in range(1, drawn + 1)]
        assert all(f"{i} {s.label}" in legend for i, s in enumerate(panel.series[:drawn], 1))
        assert (f"{drawn} of {count} series drawn" in legend) == (drawn < count)
        assert not re.search(r"[^\x00-\x7f]", svg)  # no CJK inside the image: its names are in the markdown


def test_short_series_all_fit_and_long_ones_draw_the_longest_first():
    assert panel_markdown(_panel(3, 4))[1] == 3
    text, drawn = panel_markdown(_panel(12, 12))
    assert 2 <= drawn < 12 and "1 某0市 · 本级" in text


def test_the_data_uri_holds_no_character_a_markdown_link_destination_cannot():
    uri = chart.data_uri("<svg a='1' b='#2'>x (y) 100%</svg>")
    assert not re.search(r"[\s#&\\]", uri) and unquote(uri) == "data:image/svg+xml,<svg a='1' b='#2'>x (y) 100%</svg>"


def test_axis_labels_read_in_wan_and_yi():
    assert chart.readable(2976500, *chart.magnitude([2976500])) == "297.65万"
    assert chart.readable(370_000_000, *chart.magnitude([370_000_000])) == "3.7亿"
    assert chart.readable(1120, *chart.magnitude([1120])) == "1120"
    ticks = chart.nice_ticks(57_400, 2_976_500)
    assert ticks[0] <= 57_400 and ticks[-1] >= 2_976_500 and 4 <= len(ticks) <= 6
    assert [chart.readable(t, *chart.magnitude(ticks)) for t in ticks] == ["0", "100万", "200万", "300万"]
    assert len(chart.nice_ticks(93, 93)) >= 2  # one value still gets an axis


def test_a_panel_of_percentages_reads_in_percent_and_handles_decreases():
    panel = Panel("增速", "%", (Series("某市", None, ((2019, 5.2), (2020, -3.1), (2021, 8.0))),))
    text, drawn = panel_markdown(panel)
    assert drawn == 1 and text.startswith("**增速（%）**")
    assert re.search(r"<path d='M\d+,\d+l\d+,?-?\d+,?\d+,?-?\d+'", _svg(text))
