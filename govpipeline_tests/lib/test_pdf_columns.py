"""Figures of a borderless table that a browser prints too close together are split where the other rows' columns
are (lib/pdf.py ``_split_run_together``), and only there."""
from pathlib import Path

import pytest

from govpipeline.lib.pdf import _Line, _Paragraph, _split_run_together, _text_line
from govpipeline_tests.table_fixtures import answers, score

BLIND = Path(__file__).resolve().parents[1] / "fixtures" / "tables_browser_print_blind"
DIGIT = 5.5


def row(cells: list[str], places: list[float], align: str, label: str = "某项") -> _Line:
    """A row of figures, each cell set solid (no gap between its digits) and placed by its column's ``places``
    (right edge, left edge or centre)."""
    spans = []
    for text, x in zip(cells, places):
        width = len(text) * DIGIT
        x0 = {"right": x - width, "left": x, "centre": x - width / 2}[align]
        spans += [(x0 + k * DIGIT, x0 + (k + 1) * DIGIT) for k in range(len(text))]
    # the reader sets apart only figures with a wide gap: here every gap is too narrow, as in the browser's print
    figures = " ".join(cells)
    return _Line(f"{label} {figures}", 50.0, spans[-1][1], 11.0, 1, 100.0, figures, spans[0][0], [(50.0, label)], spans)


def joined(cells: list[str], places: list[float], align: str, at: list[int]) -> _Line:
    """The row as the reader saw it: the figures after each position in ``at`` run into the one before."""
    line = row(cells, places, align)
    parts = []
    for k, text in enumerate(cells):
        if k in at:
            parts[-1] += text
        else:
            parts.append(text)
    line.figures = " ".join(parts)
    line.text = f"某项 {line.figures}"
    return line


COLUMNS = [300.0, 330.0, 352.0, 381.0, 412.0, 436.0, 470.0]


@pytest.mark.parametrize("align", ["right", "left", "centre"])
def test_figures_run_together_are_split_where_the_other_rows_columns_are(align):
    others = [row(["6", "0", "0", "0", "0", "0", "6"], COLUMNS, align),
              row(["17", "3", "0", "21", "0", "9", "50"], COLUMNS, align)]
    cut = joined(["682", "29", "94", "302", "142", "279", "1528"], COLUMNS, align, at=[5, 6])
    _split_run_together([others + [cut]])
    assert cut.figures == "682 29 94 302 142 279 1528"
    assert cut.text == "某项 682 29 94 302 142 279 1528"


def test_columns_seen_in_one_other_row_only_split_nothing():
    other = row(["6", "0", "0", "0", "0", "0", "6"], COLUMNS, "right")
    cut = joined(["682", "29", "94", "302", "142", "279", "1528"], COLUMNS, "right", at=[6])
    _split_run_together([[other, cut]])
    assert cut.figures == "682 29 94 302 142 2791528"


def test_a_row_whose_figures_do_not_line_up_with_the_columns_is_left_as_printed():
    others = [row(["6", "0", "0", "0", "0", "0", "6"], COLUMNS, "right") for _ in range(3)]
    # another table's row on the page: its figures stand elsewhere
    stray = joined(["12", "34", "5678"], [318.0, 377.0, 455.0], "right", at=[1])
    _split_run_together([others + [stray]])
    assert stray.figures == "1234 5678"


def test_a_figure_is_not_cut_to_fill_a_column_left_empty():
    others = [row(["6", "0", "0", "0", "0", "0", "6"], COLUMNS, "right") for _ in range(2)]
    # a row that leaves its fifth and sixth cells empty: no cut between two figures makes seven of them
    gap = row(["682", "29", "94", "302", "1528"], [COLUMNS[k] for k in (0, 1, 2, 3, 6)], "right")
    _split_run_together([others + [gap]])
    assert gap.figures == "682 29 94 302 1528"


@pytest.mark.parametrize("name", sorted(answers(BLIND)))
def test_browser_printed_borderless_tables_read_no_cell_wrong(name):
    s = score(name, BLIND)
    assert s.wrong == [] and s.silent == [] and s.unflagged == []
    assert s.right >= READ_RIGHT[name]


# cells read right (1,587 of 1,594; 1,440 first measured, 1,517 after the split alone, 1,573 in round 13)
READ_RIGHT = {"b01_border0_pad0_right": 200, "b02_border0_pad1_centre_2019": 198, "b03_css_border0_pad2_centre": 200,
              "b04_no_border_attr_right_2019": 198, "b05_border0_one_label_column": 200,
              "b06_narrow_table_pad0_right": 200, "b07_border0_pad2_centre_2019": 198,
              "b08_rules_between_rows_only": 200}


def _label_line(words: list[tuple[float, str]], top: float) -> _Line:
    return _Line(" ".join(w for _, w in words), words[0][0], 300.0, 11.0, 2, top, words=words)


@pytest.mark.parametrize("group, item, wraps", [
    ("处理情况", "（三）不予受理", False), ("结果", "2.逾期未补正", False), ("结果", "情况说明", True), ("决定", "", True)])
def test_a_line_under_a_row_with_a_row_number_in_any_part_starts_the_next_row(group, item, wraps):
    row = _Line("二、本年度 （一）同意办理 5 0 3 8", 40.0, 480.0, 11.0, 2, 300.0, "5 0 3 8", 400.0,
                [(40.0, "二、本年度"), (100.0, "（一）同意办理")])
    line = _label_line([(40.0, group)] + ([(100.0, item)] if item else []), 317.0)
    assert _Paragraph([row]).wraps_label(line, None) is wraps


@pytest.mark.parametrize("text, wraps", [("理情况（四）补正后同意", False), ("核结果(二)部分办理", False), ("理情况说明", True)])
def test_a_line_under_a_row_that_runs_into_the_next_rows_number_starts_that_row(text, wraps):
    # a narrow table's group cell printed with no gap before the next row's label: 办理情况 / （四）…
    row = _Line("二、本年度办 （三）同意办理 7 1 0 8", 40.0, 480.0, 11.0, 2, 300.0, "7 1 0 8", 400.0,
                [(40.0, "二、本年度办"), (100.0, "（三）同意办理")])
    assert _Paragraph([row]).wraps_label(_label_line([(40.0, text)], 317.0), None) is wraps


@pytest.mark.parametrize("gap, wraps", [(9.0, False), (30.0, True)])
def test_a_label_line_just_over_a_row_of_figures_alone_heads_that_row(gap, wraps):
    # labels centred in their rows' height: 其他审批服务事 / 64 +1 903 / 项, under a row read whole
    row = _Line("行政确认 212 -4 7310", 40.0, 480.0, 11.0, 2, 300.0, "212 -4 7310", 380.0, [(40.0, "行政确认")])
    line = _label_line([(40.0, "其他审批服务事")], 315.0)
    alone = _Line("64 +1 903", 380.0, 480.0, 11.0, 2, 315.0 + gap, "64 +1 903", 380.0, [])
    assert _Paragraph([row]).wraps_label(line, alone) is wraps


@pytest.mark.parametrize("last, runs_on", [
    ("（一）受理信访事项数 件 318", False),  # a row of a sheet printed to PDF: its one figure at the right margin
    ("城乡居民医疗保险 26,104", False),
    ("全年共受理群众来电咨询，同比增长", True),  # a paragraph's line that reaches the margin goes on
    ("全年共受理群众来电咨询 1.2 万件，同比增长", True),
])
def test_a_line_ending_in_one_figure_set_apart_is_a_tables_row_not_a_paragraphs(last, runs_on):
    line = _Line(last, 50.0, 545.0, 11.0, 1, 100.0)
    after = _Line("1.来信事项数 件 112", 50.0, 545.0, 11.0, 1, 114.0)
    assert _Paragraph([line]).runs_on(after, 50.0, 545.0) is runs_on


@pytest.mark.parametrize("words, runs_on", [
    ([(50.0, "项目名称"), (300.0, "计量"), (500.0, "数量")], False),  # a header typed at tab stops, words far apart
    ([(50.0, "市卫生健康委员会"), (145.0, "2023年5月")], True),  # a gap of a character or two is a paragraph's
])
def test_a_line_of_words_set_at_tab_stops_is_a_tables_row_not_a_paragraphs(words, runs_on):
    ends = [x + 11.0 * len(w) for x, w in words]
    line = _Line(" ".join(w for _, w in words), 50.0, 545.0, 11.0, 1, 100.0, words=words, word_ends=ends)
    after = _Line("二、办理情况", 50.0, 130.0, 11.0, 1, 114.0)
    assert _Paragraph([line]).runs_on(after, 50.0, 545.0) is runs_on


def _printed(parts: list[tuple[float, str]], top: float) -> dict:
    """A line as pdfplumber gives it: each part's characters set solid from its place (Chinese 11 wide, digits 5.5)."""
    chars = []
    for x, text in parts:
        for ch in text:
            w = 5.5 if ch.isascii() else 11.0
            chars.append({"text": ch, "x0": x, "x1": x + w, "size": 11.0})
            x += w
    text = " ".join(t for _, t in parts)
    return {"chars": chars, "text": text, "x0": chars[0]["x0"], "x1": chars[-1]["x1"], "top": top}


@pytest.mark.parametrize("rest_ends, text", [
    (84.0, "其他确认事项 57 3 12"),  # the label's rest ends where 57 starts: 57 is in the next column, the first figure
    (95.0, "其他确认57事项 3 12"),  # the rest reaches past where 57 starts: the label's own column holds 57
])
def test_a_figure_run_into_a_labels_end_is_the_rows_first_where_the_labels_rest_ends_before_it(rest_ends, text):
    # labels set right against figures set left, no cell padding: 其他确认 and 57 touch, 事项 wraps under the label
    row = _text_line(_printed([(40.0, "其他确认57"), (120.0, "3"), (140.0, "12")], 300.0), 2)
    rest = _Line("事项", rest_ends - 22.0, rest_ends, 11.0, 2, 315.0, words=[(rest_ends - 22.0, "事项")])
    paragraph = _Paragraph([row])
    assert paragraph.wraps_label(rest, None)
    paragraph.add_label_line(rest)
    assert row.text == text


def test_chinese_words_a_tab_left_less_than_a_space_apart_are_two_cells_but_a_cell_spread_out_is_one():
    # a header typed with tabs: each word ends 3 points before the next stop (pdfplumber sees no space)
    solid = _printed([(50.0, "科室"), (75.0, "来件数"), (111.0, "回复率")], 100.0)
    solid["text"] = "科室来件数回复率"
    assert _text_line(solid, 1).text == "科室 来件数 回复率"
    # the last cell's words spread to fill their column (a justified paragraph's wrapped line): no cell boundary
    spread = _printed([(50.0, "科室"), (76.0, "共")] + [(89.0 + 13.0 * k, ch) for k, ch in enumerate("来件数同比")], 100.0)
    spread["text"] = "科室共来件数同比"
    assert _text_line(spread, 1).text == "科室 共来件数同比"


def test_a_zero_alone_at_a_pages_head_or_foot_is_a_tables_cell_not_a_page_number_nor_a_running_line():
    # a 表三 set one cell a line: its 0s fell at the head and foot of most pages and were dropped as page furniture
    from govpipeline.lib.pdf import _drop_running_lines, page_number

    assert page_number("- 7 -") and page_number("第2页 共9页") and not page_number("0") and not page_number("- 0 -")
    pages = [[_Line(t, 90.0, 100.0, 16.0, n, 70.0 + 30 * k) for k, t in enumerate(texts)]
             for n, texts in enumerate((["0", "受理", "0"], ["0", "办结", "0"], ["0", "答复", "0"]), 1)]
    _drop_running_lines(pages)
    assert [[ln.text for ln in page] for page in pages] == [["0", "受理", "0"], ["0", "办结", "0"], ["0", "答复", "0"]]
