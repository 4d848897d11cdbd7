"""Tables an office program exports to PDF and runs over a page's end (lib/pdf.py): a header printed again whose cell
merged down is cut short, the text that cell draws clipped out of sight, a row's label cut by the page's end and
wrapped over several lines in a narrow column, and a group's label wrapped into its first item's."""
from govpipeline.lib.pdf import _append_rows, _assemble, _Line, _Table, _without_clipped_lines

SIZE = 10.5


def line(text: str, x0: float, top: float, page: int, figures: str | None = None, figures_x0: float = 200.0) -> _Line:
    label = text[:len(text) - len(figures)].strip() if figures else text
    x1 = x0 + SIZE * len(label) if not figures else 420.0
    return _Line(text, x0, x1, SIZE, page, top, figures, figures_x0 if figures else None, [(x0, label)] if label else [])


def test_a_rows_label_cut_by_a_pages_end_goes_on_over_several_lines_after_the_header_printed_again():
    # a hotline's table without rules, its label column three characters wide: 5.转交 | 其他部 / 门办理
    header = ["类别 件数 占比 办结", "（注：含 上年结转）"]
    first = [line(h, 60.0, 60.0 + 14 * k, 1) for k, h in enumerate(header)] + [
        line("4.当场答复 16 20 16", 60.0, 100.0, 1, "16 20 16"),
        line("5.转交 7 9 7", 60.0, 130.0, 1, "7 9 7")]
    second = [line(h, 60.0, 60.0 + 14 * k, 2) for k, h in enumerate(header)] + [
        line("其他部", 60.0, 100.0, 2), line("门办理", 60.0, 114.0, 2),
        line("6.不予受理 2 3 2", 60.0, 140.0, 2, "2 3 2")]
    text, _ = _assemble([first, second])
    assert "5.转交其他部门办理 7 9 7\n" in text
    assert "\n6.不予受理 2 3 2\n" in text


def test_a_group_label_wrapped_into_its_first_items_number_goes_on_with_that_row():
    # 二、审批结果 / （一） / 准予许 / 可 beside the row's figures on its first line; (二) opens the next row
    lines = [line("二、审批 31 4 35", 60.0, 100.0, 1, "31 4 35"), line("结果", 60.0, 114.0, 1),
             line("（一）", 60.0, 128.0, 1), line("准予许", 60.0, 142.0, 1), line("可", 60.0, 156.0, 1),
             line("（二） 6 0 6", 60.0, 190.0, 1, "6 0 6"), line("不予许", 60.0, 204.0, 1), line("可", 60.0, 218.0, 1)]
    text, _ = _assemble([lines])
    assert text.splitlines()[0] == "二、审批结果（一）准予许可 31 4 35"
    assert text.splitlines()[1] == "（二）不予许可 6 0 6"


def test_an_item_whose_figures_sit_on_its_labels_second_line_stays_a_row_of_its_own():
    # cells centred in their rows' height: 1.当场 / 办结 5 0 5 under the group's row （一）受理 12 1 13
    lines = [line("（一）受理 12 1 13", 60.0, 100.0, 1, "12 1 13"), line("1.当场", 60.0, 114.0, 1),
             line("办结 5 0 5", 60.0, 128.0, 1, "5 0 5")]
    text, _ = _assemble([lines])
    assert text.splitlines()[0] == "（一）受理 12 1 13"


def test_a_header_printed_again_with_its_merged_cell_cut_short_is_left_out():
    note = "（单位：件，本列含上年结转）"
    table = _Table([[note, "受理", "办结"], [note, "当面", "网络"], ["1.咨询", "12", "11"], ["2.投", "3", "3"]],
                   [60.0, 200.0, 300.0], 400.0, [1, 1, 1, 1])
    block = _Table([["（单位：件，", "受理", "办结"], ["（单位：件，", "当面", "网络"], ["诉", "", ""], ["3.建议", "4", "4"]],
                   [60.0, 200.0, 300.0], 400.0, [2, 2, 2, 2])
    _append_rows(table, block)
    assert table.rows[2:] == [["1.咨询", "12", "11"], ["2.投诉", "3", "3"], ["3.建议", "4", "4"]]


class _Page:
    def __init__(self, chars):
        self.chars = chars

    def filter(self, keep):
        return _Page([c for c in self.chars if keep(c)])


def _chars(text: str, x0: float, top: float, width: float = SIZE) -> list[dict]:
    return [{"text": ch, "x0": x0 + k * width, "x1": x0 + (k + 1) * width, "top": top, "size": SIZE, "upright": True}
            for k, ch in enumerate(text)]


def test_a_line_drawn_clipped_under_the_cell_over_it_is_left_out():
    # a header cell cut short on the next page still draws its next line (加第二), which the row under it hides
    page = _Page(_chars("系为：", 60.0, 120.0) + _chars("加第二", 60.0, 136.0) + _chars("物", 60.0, 137.5)
                 + _chars("0", 200.0, 137.5, 5.5))
    assert "".join(c["text"] for c in _without_clipped_lines(page).chars) == "系为：物0"


def test_digits_beside_chinese_a_little_higher_are_kept():
    # a browser prints 2023 and 年 in two fonts, their tops a point apart: side by side, not over each other
    page = _Page(_chars("2023", 60.0, 100.0, 5.5) + _chars("年报告", 82.0, 101.0))
    assert len(_without_clipped_lines(page).chars) == 7


def test_a_group_label_centred_over_its_first_items_figures_goes_on_into_the_items_number():
    # cells centred in their rows: 二、办理 / 结 7 19 26 / 果（一） / 准予许可, then (二)'s row
    lines = [line("一、受理 12 0 12", 60.0, 80.0, 1, "12 0 12"), line("二、办理", 60.0, 100.0, 1),
             line("结 7 19 26", 60.0, 114.0, 1, "7 19 26"), line("果（一）", 60.0, 128.0, 1),
             line("准予许可", 60.0, 142.0, 1), line("（二）不予许可 2 0 2", 60.0, 170.0, 1, "2 0 2")]
    text, _ = _assemble([lines])
    assert "二、办理结果（一）准予许可 7 19 26" in text.splitlines()


def test_the_rest_of_a_cut_row_may_be_words_another_row_wrapped_to_on_a_page_before():
    # 请 stood alone on page 1 (投诉申 / 请); on page 2 it is the rest of 2.重复申, after the header where it stood
    header = ["类别 自然人 法人 总计", "（注：含结转）"]
    first = [line(h, 60.0, 60.0 + 14 * k, 1) for k, h in enumerate(header)] + [
        line("1.投诉申 4 1 5", 60.0, 100.0, 1, "4 1 5"), line("请", 60.0, 114.0, 1),
        line("2.重复申 0 2 2", 60.0, 140.0, 1, "0 2 2")]
    second = [line(h, 60.0, 60.0 + 14 * k, 2) for k, h in enumerate(header)] + [
        line("请", 60.0, 100.0, 2), line("3.要求提供出版物 1 0 1", 60.0, 126.0, 2, "1 0 1")]
    text, _ = _assemble([first, second])
    assert "2.重复申请 0 2 2" in text.splitlines()


def _row(parts: list[tuple[float, str]], figures: str, top: float, page: int = 1) -> _Line:
    label = " ".join(p for _, p in parts)
    return _Line(f"{label} {figures}", parts[0][0], 420.0, SIZE, page, top, figures, 200.0, parts)


def test_a_merged_group_columns_lines_between_its_items_wrapped_labels_go_on_with_the_group():
    # no rules, labels in two columns: 二、审 | （一）准予 5 … then 批结 (group) / 许可 (item) / 果 (group)
    lines = [_row([(60.0, "二、审"), (110.0, "（一）准予")], "5 0 5", 100.0), line("批结", 60.0, 114.0, 1),
             line("许可", 110.0, 124.0, 1), line("果", 60.0, 128.0, 1),
             _row([(110.0, "（二）不予")], "1 0 1", 150.0), line("许可", 110.0, 164.0, 1)]
    text, _ = _assemble([lines])
    assert text.splitlines()[:2] == ["二、审批结果 （一）准予许可 5 0 5", "（二）不予许可 1 0 1"]


def test_a_row_in_two_label_columns_cut_by_a_pages_end_goes_on_before_a_row_that_leaves_the_group_column_blank():
    first = [_row([(60.0, "（三"), (110.0, "1.涉")], "2 0 2", 700.0)]
    second = [_Line("）不予 及秘", 60.0, 150.0, SIZE, 2, 71.0, None, None, [(60.0, "）不予"), (110.0, "及秘")]),
              _Line("办理 密", 60.0, 130.0, SIZE, 2, 85.0, None, None, [(60.0, "办理"), (110.0, "密")]),
              _row([(110.0, "2.其他")], "0 1 1", 110.0, 2)]
    text, _ = _assemble([first, second])
    assert text.splitlines()[0] == "（三）不予办理 1.涉及秘密 2 0 2"
