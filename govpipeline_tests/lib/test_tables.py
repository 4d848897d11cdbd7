"""Tables other than the template's: constructed by hand, in the forms web pages print them."""
import pytest

from govpipeline.lib.stages import extract_document, normalize_document, read_document
from govpipeline.lib.tables import outline_sums, read_tables, row_changes, total_sums

OFFICES = ("各部门办件情况\n"
           "部门\t受理件数\t办结件数\t按时办结率\t排名\n"
           "市场监管局\t12,563\t12498\t99.5%\t1\n"
           "人社局\t8642\t8630\t99.9\t2\n"
           "公安局\t6521\t6500\t99.7%\t3\n"
           "合计\t27726\t27628\t99.6%\t\n")


def test_each_figure_is_named_by_its_row_and_column_with_the_unit_its_column_states():
    cells = read_tables(OFFICES)
    first = cells[0]
    assert (first.row_label, first.column_label, first.value, first.unit, first.kind, first.raw) == (
        "市场监管局", "受理件数", 12563, "件", "count", "12,563")
    assert OFFICES[first.start:first.end] == "12,563"
    rates = [(c.row_label, c.value, c.unit, c.kind) for c in cells if c.column_label == "按时办结率"]
    assert rates == [("市场监管局", 99.5, "%", "rate"), ("人社局", 99.9, "%", "rate"), ("公安局", 99.7, "%", "rate"),
                     ("合计", 99.6, "%", "rate")]
    assert not [c for c in cells if c.column_label == "排名"]  # no unit stated: not read, not guessed


def test_a_total_row_totals_the_rows_above_it_except_in_percent():
    sums = [(t.raw, [p.raw for p in parts]) for t, parts in total_sums(read_tables(OFFICES))]
    assert sums == [("27726", ["12,563", "8642", "6521"]), ("27628", ["12498", "8630", "6500"])]


def test_units_stated_above_the_table_or_in_a_column_name():
    text = "单位：万元\n项目\t预算数\t执行数\n教育支出\t7260\t7180.5\n"
    assert [(c.value, c.unit, c.kind) for c in read_tables(text)] == [(72_600_000, "元", "amount"),
                                                                       (71_805_000, "元", "amount")]
    named = read_tables("项目\t金额（万元）\t占比\n教育\t120\t60%\n卫生\t80\t40%\n")
    assert [(c.value, c.unit, c.kind) for c in named] == [(1_200_000, "元", "amount"), (60, "%", "share"),
                                                           (800_000, "元", "amount"), (40, "%", "share")]


def test_rows_of_figures_without_a_header_and_tables_to_skip_are_not_read():
    assert read_tables("2021\t2022\n120\t135\n") == []
    assert read_tables(OFFICES, skip=[(10, 20)]) == []


def test_extraction_reads_such_a_table_as_cells_instead_of_sentences():
    text = "全年共受理办件27726件。\n" + OFFICES
    norm = {"doc_id": "d", "sha256": "s", "normalized_text": text, "offset_map": [0, 0, len(text)],
            "source_length": len(text), "report_year": 2023, "report_period": None}
    status, facts, relations, _, cells, _ = extract_document(norm)
    assert status["error"] is None
    assert [(c["table_id"], c["row_key"], c["column_key"], c["row_label"], c["column_label"], c["value"])
            for c in cells][:2] == [("table1", "r1", "c1", "市场监管局", "受理件数", 12563),
                                    ("table1", "r1", "c2", "市场监管局", "办结件数", 12498)]
    assert {c["fact_id"] for c in cells} == {f["fact_id"] for f in facts if "|" in (f["metric"] or "")}
    table = [f for f in facts if "|" in (f["metric"] or "")]
    assert len(table) == 12 and all(text[f["start"]:f["end"]] == f["quote"] for f in table)
    assert {f["metric"] for f in facts if f["quote"] == "99.5%"} == {"市场监管局|按时办结率"}  # one fact, the cell
    totals = [r for r in relations if r["role"] == "total" and r["note"].startswith("table total")]
    assert len(totals) == 2


def test_a_numbering_column_does_not_name_the_rows():
    cells = read_tables("序号\t单位\t受理件数\n1\t市场监管局\t120\n2\t人社局\t80\n")
    assert [(c.row_label, c.value) for c in cells] == [("市场监管局", 120), ("人社局", 80)]


def test_a_text_files_table_with_its_columns_one_space_apart():
    text = "全年各窗口办件情况如下。\n窗口 受理件数 办结件数\n不动产 1200 1180\n社保 860 860\n合计 2060 2040\n以上数据截至年底。"
    cells = read_tables(text)
    assert [(c.row_label, c.column_label, c.value) for c in cells][:2] == [("不动产", "受理件数", 1200),
                                                                          ("不动产", "办结件数", 1180)]
    assert all(text[c.start:c.end] == c.raw for c in cells)
    assert len(total_sums(cells)) == 2
    assert read_tables("地址：某县 人民路 88号\n电话 0734 1234567\n") == []  # prose and contacts are no table


def test_columns_of_years_and_of_changes():
    text = "单位：件\n部门\t2022年\t2023年\t同比增长\n市场监管局\t100\t120\t20%\n人社局\t80\t76\t-5%\n"
    cells = read_tables(text)
    assert [(c.value, c.unit, c.kind, c.year) for c in cells[:3]] == [(100, "件", "count", 2022),
                                                                       (120, "件", "count", 2023),
                                                                       (20, "%", "change", None)]
    assert cells[-1].value == -5


def test_a_title_row_spanning_the_columns_may_state_the_unit():
    text = "2023年各部门办件统计表（单位：件）\t\t\n部门\t受理\t办结\n甲局\t100\t90\n乙局\t50\t50\n"
    assert [(c.row_label, c.column_label, c.value, c.unit) for c in read_tables(text)][:2] == [
        ("甲局", "受理", 100, "件"), ("甲局", "办结", 90, "件")]


def test_a_total_printed_first_totals_the_rows_below_it():
    text = "单位\t受理件数\n全县合计\t150\n甲镇\t100\n乙镇\t50\n"
    sums = [(t.raw, [p.raw for p in parts]) for t, parts in total_sums(read_tables(text))]
    assert sums == [("150", ["100", "50"])]


def test_rows_named_by_years():
    cells = read_tables("年份\t受理件数\t办结件数\n2021\t100\t90\n2022年\t120\t118\n")
    assert [(c.row_label, c.column_label, c.value, c.year) for c in cells] == [
        ("2021", "受理件数", 100, 2021), ("2021", "办结件数", 90, 2021), ("2022年", "受理件数", 120, 2022),
        ("2022年", "办结件数", 118, 2022)]


def test_columns_named_by_bare_years():
    cells = read_tables("单位：件\n部门\t2022\t2023\n甲局\t100\t120\n")
    assert [(c.value, c.unit, c.year) for c in cells] == [(100, "件", 2022), (120, "件", 2023)]


def test_a_rate_column_under_a_tables_unit_line_is_in_percent():
    cells = read_tables("单位：件\n部门\t受理\t按时办结率\n甲局\t100\t99.5\n乙局\t50\t98\n")
    assert [(c.column_label, c.unit) for c in cells[:2]] == [("受理", "件"), ("按时办结率", "%")]


def test_a_column_of_changes_changes_the_figure_to_its_left():
    cells = read_tables("单位：件\n部门\t2023年\t同比增长\t增减\n甲局\t120\t20%\t20\n乙局\t76\t-5%\t-4\n")
    pairs = [(current.raw, change.raw) for current, change in row_changes(cells)]
    assert pairs == [("120", "20%"), ("120", "20"), ("76", "-5%"), ("76", "-4")]


def test_a_column_of_changes_named_after_another_column_changes_that_one():
    cells = read_tables("部门\t受理件数\t办结件数\t受理件数同比增长\n甲局\t120\t110\t20%\n乙局\t80\t80\t-5%\n")
    assert [(current.column_label, change.raw) for current, change in row_changes(cells)] == [
        ("受理件数", "20%"), ("受理件数", "-5%")]


def test_figures_printed_with_their_unit_in_the_cell():
    cells = read_tables("部门\t受理量\t收费\n甲局\t12,563件\t1.2万元\n乙局\t860件\t0元\n")
    assert [(c.row_label, c.column_label, c.value, c.unit) for c in cells] == [
        ("甲局", "受理量", 12563, "件"), ("甲局", "收费", 12000, "元"), ("乙局", "受理量", 860, "件"),
        ("乙局", "收费", 0, "元")]


def test_changes_printed_with_their_direction_in_the_cell():
    text = ("部门\t受理件数\t同比\t满意率\t较上年\n"
            "市场监管局\t12563\t增长5.2%\t99.5%\t提高1.5个百分点\n"
            "人社局\t8642\t下降3.1%\t98.0%\t↓0.5个百分点\n"
            "公安局\t6521\t减少12件\t97%\t持平\n")
    cells = read_tables(text)
    changes = [(c.row_label, c.value, c.unit, c.kind, c.decimals) for c in cells if c.column_label in ("同比", "较上年")]
    assert changes == [("市场监管局", 5.2, "%", "change", 1), ("市场监管局", 1.5, "个百分点", "change", 1),
                       ("人社局", -3.1, "%", "change", 1), ("人社局", -0.5, "个百分点", "change", 1),
                       ("公安局", -12, "件", "change", 0)]  # 持平 states no figure
    assert [(current.raw, change.raw) for current, change in row_changes(cells)] == [
        ("12563", "增长5.2%"), ("99.5%", "提高1.5个百分点"), ("8642", "下降3.1%"), ("98.0%", "↓0.5个百分点"),
        ("6521", "减少12件")]


NATIONAL_FORM = ("附表：政府信息公开情况统计表\n"
                 "统计指标\t单位\t统计数\n"
                 "一、主动公开情况\t—\t—\n"
                 "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\t条\t1256\n"
                 "其中：主动公开规范性文件数\t条\t23\n"
                 "制发规范性文件总数\t件\t25\n"
                 "（二）通过不同渠道和方式公开政府信息的情况\t—\t—\n"
                 "1.政府公报公开政府信息数\t条\t12\n"
                 "2.政府网站公开政府信息数\t条\t1256\n"
                 "三、依申请公开情况\t—\t—\n"
                 "（一）收到申请数\t件\t45\n"
                 "1.当面申请数\t件\t12\n"
                 "2.网络申请数\t件\t28\n"
                 "3.信函申请数\t件\t5\n"
                 "（二）政府信息公开专项经费\t万元\t2.5\n")


def test_a_unit_column_states_each_rows_unit_and_the_numbering_is_no_part_of_the_name():
    cells = read_tables(NATIONAL_FORM)
    assert [(c.row_label, c.column_label, c.value, c.unit) for c in cells][:3] == [
        ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "统计数", 1256, "条"),
        ("主动公开规范性文件数", "统计数", 23, "条"), ("制发规范性文件总数", "统计数", 25, "件")]
    assert (cells[-1].row_label, cells[-1].value, cells[-1].unit, cells[-1].kind) == (
        "政府信息公开专项经费", 25_000, "元", "amount")
    assert total_sums(cells) == []  # 制发规范性文件总数 names its own figure, it totals no rows


def test_numbered_rows_under_a_group_row_are_its_parts():
    sums = [(t.row_label, [p.row_label for p in parts]) for t, parts in outline_sums(read_tables(NATIONAL_FORM))]
    # （二）通过不同渠道… has no figure: its rows are no parts of （一）
    assert sums == [("收到申请数", ["当面申请数", "网络申请数", "信函申请数"])]


def test_a_figure_in_a_rows_name_is_no_fact():
    norm = {"doc_id": "d", "sha256": "s", "normalized_text": NATIONAL_FORM, "offset_map": [0, 0, len(NATIONAL_FORM)],
            "source_length": len(NATIONAL_FORM), "report_year": 2017, "report_period": None}
    _, facts, relations, _, cells, _ = extract_document(norm)
    assert "1条" not in {f["quote"] for f in facts} and len(facts) == len(cells) == 10
    outline = [r for r in relations if r["note"].startswith("table outline")]
    assert {r["role"] for r in outline} == {"total", "part"} and not any(r["exhaustive"] for r in outline)


def test_a_columns_stated_unit_comes_before_the_rows():
    text = ("主要指标\t单位\t2022年\t2023年\t增长（%）\n"
            "地区生产总值\t亿元\t3210.5\t3456.8\t5.6\n"
            "常住人口\t万人\t423.5\t425.6\t0.5\n")
    cells = read_tables(text)
    assert [(c.column_label, c.value, c.unit, c.kind, c.year) for c in cells if c.row_label == "地区生产总值"] == [
        ("2022年", 321_050_000_000, "元", "amount", 2022), ("2023年", 345_680_000_000, "元", "amount", 2023),
        ("增长（%）", 5.6, "%", "change", None)]
    assert [(current.raw, change.raw) for current, change in row_changes(cells)] == [("3456.8", "5.6"), ("425.6", "0.5")]


def test_a_cell_is_named_without_a_column_or_row_that_only_says_its_year():
    text = "主要指标\t单位\t2022年\t2023年\t增长（%）\n地区生产总值\t亿元\t3210.5\t3456.8\t5.6\n"
    assert [(c.metric, c.year) for c in read_tables(text)] == [("地区生产总值", 2022), ("地区生产总值", 2023),
                                                               ("地区生产总值|增长", None)]
    by_years = read_tables("年份\t受理件数\t办结件数\n2021年\t100\t90\n")
    assert [(c.metric, c.year) for c in by_years] == [("受理件数", 2021), ("办结件数", 2021)]
    form = read_tables("统计指标\t单位\t统计数\n收到申请数\t件\t45\n")  # a column of the figures names nothing
    assert [(c.metric, c.value) for c in form] == [("收到申请数", 45)]
    offices = read_tables("部门\t受理件数\n市场监管局\t120\n")
    assert [c.metric for c in offices] == ["市场监管局|受理件数"]


def test_a_flattened_pages_table_with_its_cells_between_pipes():
    text = "| 统计指标 | 单位 | 统计数 |\n| （一）收到申请数 | 件 | 45 |\n| 1.当面申请数 | 件 | 12 |\n| 2.网络申请数 | 件 | 33 |\n"
    cells = read_tables(text)
    assert [(c.row_label, c.value, c.unit, text[c.start:c.end]) for c in cells] == [
        ("收到申请数", 45, "件", "45"), ("当面申请数", 12, "件", "12"), ("网络申请数", 33, "件", "33")]
    assert [(t.row_label, [p.value for p in parts]) for t, parts in outline_sums(cells)] == [("收到申请数", [12, 33])]


def test_a_table_printed_one_cell_per_line_under_a_单位_header():
    text = ("附表：政府信息公开情况统计表\n统计指标\n单位\n统计数\n一、主动公开情况\n—\n—\n"
            "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\n条\n1256\n"
            "（二）收到申请数\n件\n45\n1.当面申请数\n件\n12\n2.网络申请数\n件\n33\n"
            "（三）政府信息公开专项经费\n万元\n2.5\n以上为本年度统计数据，单位说明见附注。\n")
    cells = read_tables(text)
    assert [(c.row_label, c.value, c.unit, text[c.start:c.end]) for c in cells] == [
        ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", 1256, "条", "1256"), ("收到申请数", 45, "件", "45"),
        ("当面申请数", 12, "件", "12"), ("网络申请数", 33, "件", "33"), ("政府信息公开专项经费", 25_000, "元", "2.5")]
    assert [(t.row_label, [p.value for p in parts]) for t, parts in outline_sums(cells)] == [("收到申请数", [12, 33])]
    norm = {"doc_id": "d", "sha256": "s", "normalized_text": text, "offset_map": [0, 0, len(text)],
            "source_length": len(text), "report_year": 2017, "report_period": None}
    _, facts, _, _, _, _ = extract_document(norm)
    assert [f["quote"] for f in facts] == ["1256", "45", "12", "33", "2.5"]  # not the 1条 of a row's name


def test_a_table_of_indicators_with_their_units_and_this_and_last_years_columns():
    text = "指标名称\t本期\t上年同期\t同比增减（%）\n受理量（件）\t12563\t11200\t12.2\n满意率（%）\t99.2\t98.7\t0.5\n"
    cells = read_tables(text)
    assert [(c.metric, c.value, c.unit, c.kind, c.of_previous_year) for c in cells] == [
        ("受理量", 12563, "件", "count", False), ("受理量", 11200, "件", "count", True),
        ("受理量|同比增减", 12.2, "%", "change", False), ("满意率", 99.2, "%", "rate", False),
        ("满意率", 98.7, "%", "rate", True), ("满意率|同比增减", 0.5, "%", "change", False)]
    assert [(current.raw, change.raw) for current, change in row_changes(cells)] == [("12563", "12.2")]  # not 上年同期
    norm = {"doc_id": "d", "sha256": "s", "normalized_text": text, "offset_map": [0, 0, len(text)],
            "source_length": len(text), "report_year": 2023, "report_period": None}
    _, facts, _, _, _, _ = extract_document(norm)
    assert [(f["metric"], f["year"]) for f in facts if f["unit"] == "件"] == [("受理量", None), ("受理量", 2022)]


def test_a_unit_line_that_lists_several_units_leaves_the_unit_to_the_columns():
    text = "单位：万元、%\n项目\t预算数\t执行数\t完成率\n一般公共预算收入\t285000\t296400\t104.0\n"
    assert [(c.metric, c.value, c.unit) for c in read_tables(text)] == [("一般公共预算收入|完成率", 104.0, "%")]


STATISTICS_ROWS = [  # (name, unit, this year, cumulative): invented figures of the older national statistics table
    ("主动公开文件数", "条", "3561", "48210"), ("其中：1、政府网站公开数", "条", "3561", "48210"),
    ("2、政府公报公开数", "条", "0", "0"), ("受理依申请公开信息总数", "件", "46", "571"),
    ("其中：1、当面申请数", "件", "9", "130"), ("2、网络申请数", "件", "37", "441"),
    ("行政复议数", "件", "0", "3"), ("政府信息公开专项经费", "万元", "0", "80"),
]
STATISTICS_HEAD = "附表：某区2016年政府信息公开情况统计表"


def _statistics_table(sep: str, rows=STATISTICS_ROWS) -> str:
    header = sep.join(["指标名称", "计量单位", "2016年度", "历年累计"])
    return "\n".join([STATISTICS_HEAD, header] + [sep.join(row) for row in rows]) + "\n"


def _flattened(narrative: str = "", rows=STATISTICS_ROWS) -> str:
    return (f"某区2016年政府信息公开工作年度报告\n{narrative}{STATISTICS_HEAD} 指标名称计量单位2016年度历年累计"
            + "".join("".join(row) for row in rows) + "\n")


def _by_name(cells):
    return {(c.metric, c.year, c.unit): c.value for c in cells}


def test_a_flattened_statistics_table_gives_the_cells_of_its_tab_form():
    tab = _by_name(read_tables(_statistics_table("\t")))
    assert tab[("政府公报公开数", 2016, "条")] == 0 and tab[("政府信息公开专项经费|历年累计", None, "元")] == 800000
    unread = []
    flat = read_tables(_flattened("全年主动公开政府信息3561条。"), (), unread, [("主动公开政府信息", 3561.0, "条")])
    assert unread == [] and _by_name(flat) == tab
    text = _flattened()
    assert "482102、政府公报公开数" in text and "91302、网络申请数" in text  # the next item's number sticks
    for c in flat:
        assert _flattened("全年主动公开政府信息3561条。")[c.start:c.end] == c.raw


def test_a_statistics_row_split_in_several_ways_is_reported_not_guessed():
    unread = []
    cells = _by_name(read_tables(_flattened(), (), unread))
    # 356148210 splits as 3|56148210, 35|6148210, 356|148210, 3561|48210 (cumulative >= the year's): only the
    # report's text can tell; its items (政府网站公开数, the same digits) wait with it
    assert [(u["label"], len(u["candidates"])) for u in unread] == [("主动公开文件数", 4), ("其中：1、政府网站公开数", 4)]
    assert ("主动公开文件数", 2016, "条") not in cells
    # 46571 is 4|6571 or 46|571; only 46|571 holds the items 9|130 and 37|441
    assert cells[("受理依申请公开信息总数", 2016, "件")] == 46 and cells[("网络申请数|历年累计", None, "件")] == 441


def test_a_header_repeated_inside_a_table_names_the_rows_below_it():
    text = ("信息内容\t本年制发件数\t本年废止件数\n规章\t2\t1\n"
            "信息内容\t本年收费金额（单位：万元）\t\n行政事业性收费\t12.5\t\n")
    cells = {(c.row_label, c.column_label): (c.value, c.unit) for c in read_tables(text)}
    assert cells == {("规章", "本年制发件数"): (2.0, "件"), ("规章", "本年废止件数"): (1.0, "件"),
                     ("行政事业性收费", "本年收费金额（单位：万元）"): (125000.0, "元")}


def test_the_statistics_table_gives_the_same_cells_in_every_form():
    import opencc

    from govpipeline.lib.normalize import normalize_text

    tab = _by_name(read_tables(_statistics_table("\t")))
    one_per_line = "\n".join([STATISTICS_HEAD, "指标名称", "计量单位", "2016年度", "历年累计"]
                             + [cell for row in STATISTICS_ROWS for cell in row]) + "\n"
    traditional = normalize_text(opencc.OpenCC("s2t").convert(_flattened("全年主动公开政府信息3561条。"))).text
    assert _by_name(read_tables(_statistics_table(" | "))) == tab
    assert _by_name(read_tables(one_per_line)) == tab
    assert _by_name(read_tables(traditional, (), [], [("主动公开政府信息", 3561.0, "条")])) == tab


def test_a_flattened_statistics_table_with_blank_marks_gives_the_cells_of_its_tab_form():
    rows = list(STATISTICS_ROWS)
    rows[2] = ("2、政府公报公开数", "条", "—", "—")  # 0 printed as a mark
    rows[6] = ("行政复议数", "件", "—", "3")
    tab = _by_name(read_tables(_statistics_table("\t", rows)))
    unread = []
    flat = read_tables(_flattened("全年主动公开政府信息3561条。", rows), (), unread,
                       [("主动公开政府信息", 3561.0, "条")])
    assert unread == [] and _by_name(flat) == tab and ("行政复议数|历年累计", None, "件") in tab


def test_a_flattened_national_statistics_table_skips_its_group_headings():
    # the 2016-2018 national form: 统计指标 单位 统计数, a group heading with a dash in each column, numbered items
    # under a heading (no printed total) and under a total (其中：…)
    rows = [("一、主动公开情况", "—", "—"), ("（一）主动公开政府信息数", "条", "2310"), ("其中：主动公开规范性文件数", "条", "17"),
            ("（二）通过不同渠道和方式公开政府信息的情况", "—", "—"), ("1.政府公报公开政府信息数", "条", "0"),
            ("2.政府网站公开政府信息数", "条", "2310"), ("3.政务微博公开政府信息数", "条", "845"),
            ("二、依申请公开情况", "—", "—"), ("（一）收到申请数", "件", "38"), ("其中：1.当面申请数", "件", "5"),
            ("2.网络申请数", "件", "33")]
    tab = _by_name(read_tables("\n".join(["统计指标\t单位\t统计数"] + ["\t".join(r) for r in rows]) + "\n"))
    unread = []
    flat = _by_name(read_tables("附表：政府信息公开情况统计表统计指标单位统计数" + "".join("".join(r) for r in rows) + "\n",
                                (), unread))
    assert unread == [] and flat == {k: v for k, v in tab.items() if v is not None}
    assert flat[("政府网站公开政府信息数", None, "条")] == 2310 and flat[("网络申请数", None, "件")] == 33
    # the channels under （二） (one item may be published on several) are no parts of （一）'s total, in either form;
    # the ways requests came under （一）收到申请数 are
    for text in ("\n".join(["统计指标\t单位\t统计数"] + ["\t".join(r) for r in rows]) + "\n",
                 "附表：政府信息公开情况统计表统计指标单位统计数" + "".join("".join(r) for r in rows) + "\n"):
        sums = [(total.row_label, [p.row_label for p in parts]) for total, parts in outline_sums(read_tables(text))]
        assert sums == [("收到申请数", ["当面申请数", "网络申请数"])]


def test_a_bulletins_tables_run_onto_one_line_with_their_cells_a_space_apart():
    line = ("表1 年末常住人口及其构成 单位：万人、% 指标 年末数 比重 常住人口 52.61 100.0 其中：城镇 33.12 63.0 "
            "乡村 19.49 37.0 表2 主要农产品产量 指标 单位 产量 比上年增长(%) 粮食 万吨 41.2 1.8 油料 万吨 2.6 -3.1 "
            "蔬菜 万亩 18.5 0.4")
    text = f"某县2024年国民经济和社会发展统计公报\n{line}\n全年粮食总产量41.2万吨。\n"
    cells = read_tables(text)
    assert [(c.metric, c.value, c.unit, c.kind) for c in cells] == [
        ("常住人口|年末数", 526100.0, "人", "count"), ("常住人口|比重", 100.0, "%", "share"),
        ("城镇|年末数", 331200.0, "人", "count"), ("城镇|比重", 63.0, "%", "share"),
        ("乡村|年末数", 194900.0, "人", "count"), ("乡村|比重", 37.0, "%", "share"),
        ("粮食|产量", 412000.0, "吨", "other"), ("粮食|比上年增长", 1.8, "%", "change"),
        ("油料|产量", 26000.0, "吨", "other"), ("油料|比上年增长", -3.1, "%", "change"),
        ("蔬菜|产量", 185000.0, "亩", "area"), ("蔬菜|比上年增长", 0.4, "%", "change")]
    assert all(text[c.start:c.end] == c.raw for c in cells)


def test_a_line_of_prose_with_spaces_and_figures_is_no_one_line_table():
    text = "2024年 全县 实现 地区生产总值 326.5 亿元 比上年 增长 5.2 % 一般公共预算收入 18.6 亿元 增长 3.1 %\n"
    assert read_tables(text) == []


def test_a_one_line_table_of_numbered_rows_with_words_among_the_figures():
    line = ("抽查结果如下： 序号 单位 平台名称 分值 评定等级 1 县水利局 县水利局门户网站 91.5 优秀 2 县林业局 县林业局微信公众号 "
            "79.0 合格 3 县医保局 县医保局微博 64.5 不合格 请各单位抓好整改。")
    cells = read_tables(line)
    assert [(c.row_label, c.column_label, c.value, c.unit, c.kind) for c in cells] == [
        ("县水利局", "分值", 91.5, "分", "score"), ("县林业局", "分值", 79.0, "分", "score"),
        ("县医保局", "分值", 64.5, "分", "score")]


def test_a_numbered_row_with_a_cell_left_out_ends_the_one_line_table():
    line = "序号 单位 平台名称 分值 1 县水利局 县水利局门户网站 91.5 2 县林业局 79.0 3 县医保局 县医保局微博 64.5"
    assert [(c.row_label, c.value) for c in read_tables(line)] == []


def test_a_score_columns_figures_are_points_and_a_rank_column_is_not_read():
    text = "单位\t考核得分\t名次\n甲镇\t88.6\t1\n乙镇\t85.2\t2\n"
    assert [(c.row_label, c.column_label, c.value, c.unit, c.kind) for c in read_tables(text)] == [
        ("甲镇", "考核得分", 88.6, "分", "score"), ("乙镇", "考核得分", 85.2, "分", "score")]


@pytest.mark.parametrize("upper", [
    "街道\t新增就业人数\t\t城镇登记失业人数\t",  # a web page's colspan: the name, then empty cells
    "街道\t新增就业人数\t新增就业人数\t城镇登记失业人数\t城镇登记失业人数",  # the name in each column it covers
    "街道\t新增就业人数\t城镇登记失业人数",  # a PDF's or a Word file's grid: the merged cell once
])
def test_a_header_of_two_rows_names_each_column_by_its_group_and_year(upper):
    text = upper + "\n街道\t2025年\t2024年\t2025年\t2024年\n东城街道\t812\t790\t64\t71\n西城街道\t655\t602\t58\t60\n"
    cells = read_tables(text)
    assert [(c.row_label, c.column_name, c.value, c.unit, c.year, c.metric) for c in cells[:4]] == [
        ("东城街道", "新增就业人数 2025年", 812, "人", 2025, "东城街道|新增就业人数"),
        ("东城街道", "新增就业人数 2024年", 790, "人", 2024, "东城街道|新增就业人数"),
        ("东城街道", "城镇登记失业人数 2025年", 64, "人", 2025, "东城街道|城镇登记失业人数"),
        ("东城街道", "城镇登记失业人数 2024年", 71, "人", 2024, "东城街道|城镇登记失业人数")]
    assert len(cells) == 8


def test_groups_that_name_the_years_over_a_figure_and_its_change():
    text = ("项目\t本年\t上年\n项目\t金额（万元）\t增长（%）\t金额（万元）\t增长（%）\n"
            "税收收入\t3560\t6.2\t3352\t-1.4\n非税收入\t910\t-3.1\t939\t2.5\n")
    cells = read_tables(text)
    assert [(c.column_name, c.value, c.of_previous_year, c.metric) for c in cells[:4]] == [
        ("本年 金额（万元）", 35600000, False, "税收收入|金额"), ("本年 增长（%）", 6.2, False, "税收收入|增长"),
        ("上年 金额（万元）", 33520000, True, "税收收入|金额"), ("上年 增长（%）", -1.4, True, "税收收入|增长")]
    assert [(a.value, b.value) for a, b in row_changes(cells)] == [(35600000, 6.2), (33520000, -1.4),
                                                                   (9100000, -3.1), (9390000, 2.5)]


def test_a_merged_header_that_does_not_spread_evenly_reads_no_cell():
    text = "街道\t新增就业人数\t城镇登记失业人数\n街道\t2025年\t2024年\t2025年\n东城街道\t812\t790\t64\n西城街道\t655\t602\t58\n"
    assert read_tables(text) == []


def test_a_table_of_figures_none_of_which_is_read_is_a_finding_not_passed_over():
    text = ("全区就业情况如下：\n街道\t新增就业人数\t城镇登记失业人数\n街道\t2025年\t2024年\t2025年\n"
            "东城街道\t812\t790\t64\n西城街道\t655\t602\t58\n")
    (norm,) = normalize_document(read_document("a.txt", ("某区2025年就业工作总结\n" + text).encode()))
    issues = extract_document(norm)[5]
    assert [(i["table_id"], i["row_key"], i["kind"]) for i in issues] == [("table1", None, "unreadable")]
    assert issues[0]["raw"].startswith("街道 新增就业人数 城镇登记失业人数: 2 rows of figures")


def test_a_table_whose_figures_are_read_or_that_holds_no_figures_is_no_finding():
    for text in ("单位\t受理件数\n甲局\t12\n乙局\t9\n", "序号\t事项名称\t承诺时限\n1\t企业开办\t当天\n2\t不动产登记\t3个工作日\n"):
        (norm,) = normalize_document(read_document("a.txt", ("某区2025年政务服务工作总结\n" + text).encode()))
        assert extract_document(norm)[5] == []


def test_rows_of_a_group_merged_down_its_rows_are_named_by_the_group_and_their_own_name():
    text = ("类别\t环节\t件数\t占比（%）\n社会保障\t咨询\t3120\t61.2\n社会保障\t投诉\t1978\t38.8\n"
            "城市管理\t咨询\t2205\t47.5\n城市管理\t投诉\t2437\t52.5\n")
    assert [(c.row_label, c.metric, c.value) for c in read_tables(text)][::2] == [
        ("社会保障:咨询", "社会保障:咨询|件数", 3120), ("社会保障:投诉", "社会保障:投诉|件数", 1978),
        ("城市管理:咨询", "城市管理:咨询|件数", 2205), ("城市管理:投诉", "城市管理:投诉|件数", 2437)]


def test_a_column_of_words_beside_names_that_do_not_repeat_leaves_the_rows_names_alone():
    text = "单位\t平台\t粉丝数（人）\n县文旅局\t微信公众号\t12600\n县公安局\t抖音号\t48200\n"
    assert [c.row_label for c in read_tables(text)] == ["县文旅局", "县公安局"]


def test_a_ranking_tables_first_column_of_ranks_names_no_row():
    text = "排名\t单位\t按时办结率（%）\t满意率（%）\n1\t县税务局\t100\t99.1\n2\t县医保局\t99.6\t98.7\n"
    assert [(c.row_label, c.column_label, c.value) for c in read_tables(text)] == [
        ("县税务局", "按时办结率（%）", 100), ("县税务局", "满意率（%）", 99.1),
        ("县医保局", "按时办结率（%）", 99.6), ("县医保局", "满意率（%）", 98.7)]


def test_a_one_line_tables_years_under_groups_are_a_header_of_two_rows():
    line = ("各镇情况如下： 镇 培训人数（人） 就业人数（人） 2025年 2024年 2025年 2024年 "
            "青山镇 210 185 96 88 白水镇 164 171 72 75 以上数据由镇人社所提供。")
    assert [(c.row_label, c.column_name, c.value, c.year) for c in read_tables(line)][:4] == [
        ("青山镇", "培训人数（人） 2025年", 210, 2025), ("青山镇", "培训人数（人） 2024年", 185, 2024),
        ("青山镇", "就业人数（人） 2025年", 96, 2025), ("青山镇", "就业人数（人） 2024年", 88, 2024)]
    # one group over the years is the word naming the rows: a header of one row
    single = "指标 2025年 2024年 户籍人口（万人） 52.1 52.4 城镇化率（%） 61.3 60.8"
    assert [(c.column_name, c.metric) for c in read_tables(single)][:2] == [("2025年", "户籍人口"), ("2024年", "户籍人口")]


def test_a_one_line_tables_names_repeated_under_groups_are_a_header_of_two_rows():
    line = ("各乡镇指标： 乡镇 粮食播种面积 蔬菜播种面积 面积（亩） 比上年（%） 面积（亩） 比上年（%） "
            "东岭镇 5120 1.4 860 -2.3 南坪乡 4300 0.6 1120 3.1 注：面积为播种面积。")
    assert [(c.row_label, c.column_name, c.value) for c in read_tables(line)][:4] == [
        ("东岭镇", "粮食播种面积 面积（亩）", 5120, ), ("东岭镇", "粮食播种面积 比上年（%）", 1.4),
        ("东岭镇", "蔬菜播种面积 面积（亩）", 860), ("东岭镇", "蔬菜播种面积 比上年（%）", -2.3)]
    # names that do not repeat are a header of one row
    single = "乡镇 面积（亩） 比上年（%） 东岭镇 5120 1.4 南坪乡 4300 0.6"
    assert [c.column_name for c in read_tables(single)][:2] == ["面积（亩）", "比上年（%）"]


def test_a_total_row_without_its_number_closes_a_one_line_table_of_numbered_rows():
    line = ("投诉分类如下： 序号 投诉类型 件数 占比（%） 1 物业管理 420 52.5 2 噪声扰民 230 28.75 3 占道经营 150 18.75 "
            "合计 800 100 下一步将加强督办。")
    assert [(c.row_label, c.column_label, c.value) for c in read_tables(line)][-2:] == [
        ("合计", "件数", 800), ("合计", "占比（%）", 100)]
    # a word that is no total, after the rows, is not read as one
    other = line.replace("合计 800 100", "其他 800 100")
    assert [c.row_label for c in read_tables(other)] == ["物业管理"] * 2 + ["噪声扰民"] * 2 + ["占道经营"] * 2


def test_a_one_line_table_a_pdf_wrapped_over_lines_of_one_width_is_read_as_one_line():
    # the breaks fall between two figures, after a name, and inside a name (清水街 / 道), which is one again
    text = ("2024年各街道人口\n街道 常住人口（万人） 增长（%） 东城街道 12.4 1.2 西城街道\n"
            "9.8 -0.4 南湖街道 15.1 2.3 北山街道 7.6 0.8 清水街\n道 6.2 -1.1 白沙街道 8.3 0.5\n以上为年末数据。\n")
    cells = read_tables(text)
    assert [(c.row_label, c.value) for c in cells][::2] == [
        ("东城街道", 124_000), ("西城街道", 98_000), ("南湖街道", 151_000), ("北山街道", 76_000), ("清水街道", 62_000),
        ("白沙街道", 83_000)]
    assert [c.value for c in cells][1::2] == [1.2, -0.4, 2.3, 0.8, -1.1, 0.5]
    assert text[cells[2].start:].startswith("9.8") and text[cells[9].start:].startswith("-1.1")
    # a table's own rows, each on its line and opening with its name, are no wrapped line
    rows = "街道 常住人口（万人） 增长（%）\n东城街道 12.4 1.2\n西城街道 9.8 -0.4\n南湖街道 15.1 2.3\n"
    assert [(c.row_label, c.value) for c in read_tables(rows)][::2] == [("东城街道", 124_000), ("西城街道", 98_000),
                                                                         ("南湖街道", 151_000)]


def test_a_one_line_table_whose_line_ends_inside_a_row_goes_on_on_the_next_line():
    # the lines before were joined into one, so the widths say nothing: the line's end cut 其中：羊肉's name
    text = ("表4 畜牧业主要产品 指标 单位 产量 增长（%） 牛出栏 万头 12.6 3.4 羊出栏 万只 40.2 -1.8 肉类 吨 8,412 2.2 其\n"
            "中：羊肉 吨 1,903 -0.7 牛奶 吨 6,020 5.5\n五、交通运输\n")
    got = [(c.row_label, c.value) for c in read_tables(text)][::2]
    assert got == [("牛出栏", 126_000), ("羊出栏", 402_000), ("肉类", 8_412), ("羊肉", 1_903), ("牛奶", 6_020)]


def test_a_text_files_header_of_two_rows_prints_the_word_naming_the_rows_once():
    text = "乡镇 参保人数（人） 缴费金额（万元）\n2025年 2024年 2025年 2024年\n青山镇 8120 7964 402.5 388.1\n白水镇 6312 6250 310.8 301.6\n"
    assert [(c.row_label, c.column_name, c.value, c.year) for c in read_tables(text)][:4] == [
        ("青山镇", "参保人数（人） 2025年", 8120, 2025), ("青山镇", "参保人数（人） 2024年", 7964, 2024),
        ("青山镇", "缴费金额（万元） 2025年", 4025000, 2025), ("青山镇", "缴费金额（万元） 2024年", 3881000, 2024)]


def test_a_table_of_phone_numbers_and_postcodes_is_no_finding():
    text = "乡镇\t便民服务中心电话\t邮政编码\n青山镇\t6201234\t421200\n白水镇\t6205678\t421201\n"
    unread = []
    assert read_tables(text, unread=unread) == [] and unread == []


def test_a_column_of_figures_whose_unit_nothing_states_is_a_finding_when_the_rest_is_read():
    text = "项目\t绝对数\t比上年增长（%）\n粮食产量\t52.3\t1.2\n油料产量\t8.6\t-0.4\n"
    unread = []
    assert [(c.row_label, c.value) for c in read_tables(text, unread=unread)] == [("粮食产量", 1.2), ("油料产量", -0.4)]
    assert [u["raw"] for u in unread] == ["column 绝对数: 2 figures not read (nothing states their unit)"]


def test_a_group_row_merged_across_a_word_or_excel_table_is_one_line_inside_the_table():
    # .docx and .xlsx print a row merged across the columns as one cell, no tab: the table goes on past it
    text = ("2013年政府信息公开情况统计表\n指标\t单位\t数量\n一、主动公开情况\n1.公开文件总数\t条\t842\n"
            "2.网站发布数\t条\t615\n二、依申请公开情况\n（一）申请情况\n1.申请总数\t件\t27\n2.答复数\t件\t26\n"
            "三、咨询服务\n接受群众咨询\t人次\t1,320\n")
    cells = {c.row_label: (c.value, c.unit) for c in read_tables(text)}
    assert cells == {"公开文件总数": (842, "条"), "网站发布数": (615, "条"), "申请总数": (27, "件"), "答复数": (26, "件"),
                     "接受群众咨询": (1320, "人次")}
    # a heading before another table is followed by that table's header, not by a row of figures: two tables
    text = ("部门\t受理件数\t办结件数\n市民政局\t412\t409\n市人社局\t630\t628\n二、2025年工作安排\n"
            "项目\t预算数（万元）\t上年数（万元）\n教育支出\t3,200\t3,050\n卫生健康支出\t1,480\t1,390\n")
    cells = read_tables(text)
    assert {c.table for c in cells} == {0, 1} and {c.row_label for c in cells if c.table == 1} == {"教育支出", "卫生健康支出"}


def test_columns_under_two_groups_named_alike_but_for_their_units():
    # a Word or Excel header prints each group once over its columns: 金额(亿元) and 金额(万元) are the same column
    text = ("区县\t一般公共预算支出\t\t政府性基金支出\n区县\t金额(亿元)\t增长(%)\t金额(万元)\t增长(%)\n"
            "东湖区\t41.6\t3.2\t86,410\t-12.5\n西湖区\t38.2\t-1.4\t75,200\t4.1\n").replace("\t\t", "\t")
    cells = {(c.row_label, c.column_name): (c.value, c.unit) for c in read_tables(text)}
    assert cells[("东湖区", "一般公共预算支出 金额(亿元)")] == (4160000000, "元")
    assert cells[("西湖区", "政府性基金支出 金额(万元)")] == (752000000, "元")
    assert cells[("东湖区", "政府性基金支出 增长(%)")] == (-12.5, "%") and len(cells) == 8


def test_a_unit_column_states_its_rows_unit_whatever_the_word():
    # units of no list (万标准箱, 千辆, 亿支) under 单位, in a web page's table and in a page crawled onto one line
    rows = [("集装箱吞吐量", "万标准箱", "46.2", "8.3"), ("摩托车", "千辆", "128", "-2.6"), ("卷烟", "亿支", "31.5", "0.4")]
    tab = "\n".join(["产品\t单位\t产量\t增长(%)"] + ["\t".join(r) for r in rows]) + "\n"
    line = "表3 主要产品产量 产品 单位 产量 增长(%) " + " ".join(" ".join(r) for r in rows) + " 注：千辆为千辆计。\n"
    for text in (tab, "某市2024年统计公报\n" + line):
        cells = {(c.row_label, c.column_label): (c.value, c.unit) for c in read_tables(text)}
        assert cells == {("集装箱吞吐量", "产量"): (462000, "标准箱"), ("集装箱吞吐量", "增长(%)"): (8.3, "%"),
                         ("摩托车", "产量"): (128, "千辆"), ("摩托车", "增长(%)"): (-2.6, "%"),
                         ("卷烟", "产量"): (3150000000, "支"), ("卷烟", "增长(%)"): (0.4, "%")}
    # 单位 naming the rows (a department) is no unit: 金额's figures stay unread (a finding) rather than in 市教育局
    unread = []
    cells = read_tables("单位\t金额\t人数\n市教育局\t120\t8\n市卫健委\t86\t5\n", unread=unread)
    assert [(c.row_label, c.column_label, c.value, c.unit) for c in cells] == [("市教育局", "人数", 8, "人"),
                                                                           ("市卫健委", "人数", 5, "人")]
    assert [u["raw"] for u in unread] == ["column 金额: 2 figures not read (nothing states their unit)"]


def test_a_one_line_statistics_tables_items_after_a_heading_without_figures_have_no_total_above_them():
    # the heading （二）…情况 prints no figure, so it runs into its first item's name; its items are no parts of it
    text = ("某县2017年政府信息公开工作年度报告\n附表 统计指标 单位 统计数 一、主动公开情况 （一）主动公开政府信息数 条 906 "
            "（二）公开平台建设情况 1.政府网站数 个 2 2.政务新媒体账号数 个 14 3.公开栏数 个 31 "
            "二、依申请公开情况 （一）收到申请数 件 12 1.网络申请数 件 9 2.信函申请数 件 3\n")
    unread = []
    cells = {c.row_label: c.value for c in read_tables(text, unread=unread)}
    assert unread == [] and cells == {"主动公开政府信息数": 906, "政府网站数": 2, "政务新媒体账号数": 14, "公开栏数": 31,
                                      "收到申请数": 12, "网络申请数": 9, "信函申请数": 3}


def test_a_one_line_header_of_two_rows_under_a_year_is_said_not_read():
    # 指标 2024年(计划数 实际数) 同比% : the crawl prints the upper row, then the lower; which column is which is lost
    line = ("表2 2024年主要指标完成情况 单位：亿元 指标 2024年 同比% 计划数 实际数 地区生产总值 860.0 872.4 5.3 "
            "工业增加值 310.0 298.6 -2.1 固定资产投资 420.0 431.9 4.8 注：同比按可比价计算。\n")
    unread = []
    assert read_tables("某县2024年经济运行情况\n" + line, unread=unread) == []
    assert [(u["row"], u["label"]) for u in unread] == [(None, "指标 2024年 同比% 计划数 实际数")]
    assert unread[0]["raw"].startswith("3 rows of figures under a header")


def test_a_table_goes_on_under_continued_without_its_header():
    text = ("单位：万元\n项目\t金额\t占比（%）\n教育支出\t4,120\t31.2\n卫生健康支出\t2,310\t17.5\n续表\n"
            "农林水支出\t1,980\t15.0\n合计\t13,205\t100.0\n")
    cells = {(c.row_label, c.column_label): (c.value, c.unit) for c in read_tables(text)}
    assert cells[("农林水支出", "金额")] == (19800000, "元") and cells[("合计", "占比（%）")] == (100.0, "%")
    assert [(t.row_label, [p.row_label for p in parts]) for t, parts in total_sums(read_tables(text))] == [
        ("合计", ["教育支出", "卫生健康支出", "农林水支出"])]


def test_an_items_number_in_brackets_is_part_of_its_name_in_a_flattened_statistics_table():
    rows = [("依申请公开信息数", "件", "36", "205"), ("其中：（1）当面申请数", "件", "8", "61"),
            ("（2）网络申请数", "件", "28", "144"), ("行政复议数", "件", "0", "2")]
    for sep in (" ", ""):
        text = ("某镇2012年政府信息公开工作年度报告\n附表 指标名称 计量单位 2012年度 历年累计 "
                + " ".join(sep.join(r) for r in rows) + "\n")
        cells = {(c.row_label, c.column_label): c.value for c in read_tables(text)}
        assert cells == {("依申请公开信息数", "2012年度"): 36, ("依申请公开信息数", "历年累计"): 205,
                         ("当面申请数", "2012年度"): 8, ("当面申请数", "历年累计"): 61,
                         ("网络申请数", "2012年度"): 28, ("网络申请数", "历年累计"): 144,
                         ("行政复议数", "2012年度"): 0, ("行政复议数", "历年累计"): 2}, sep


def test_a_one_line_tables_group_column_printed_in_its_first_row_only():
    line = ("表4 2024年分行业增加值 门类 行业 单位 增加值 增长(%) 第二产业 工业 亿元 120.5 6.1 建筑业 亿元 30.2 -2.4 "
            "第三产业 批发和零售业 亿元 80.1 4.0 金融业 万元 55,300 3.3 全年服务业稳步恢复。\n")
    cells = {(c.row_label, c.column_label): (c.value, c.unit) for c in read_tables("某市2024年统计公报\n" + line)}
    assert cells == {("第二产业:工业", "增加值"): (12050000000, "元"), ("第二产业:工业", "增长(%)"): (6.1, "%"),
                     ("第二产业:建筑业", "增加值"): (3020000000, "元"), ("第二产业:建筑业", "增长(%)"): (-2.4, "%"),
                     ("第三产业:批发和零售业", "增加值"): (8010000000, "元"), ("第三产业:批发和零售业", "增长(%)"): (4.0, "%"),
                     ("第三产业:金融业", "增加值"): (553000000, "元"), ("第三产业:金融业", "增长(%)"): (3.3, "%")}


def test_a_unit_line_joined_to_the_headers_first_name_states_the_tables_unit():
    # a sheet printed to PDF sets 单位：亿元 right above the header; the PDF's text joins the two lines
    text = "2024年主要指标\n单位：亿元指标 2024年 2023年 增长%\n地区生产总值 860.1 812.4 5.9\n财政总收入 92.6 95.0 -2.5\n"
    cells = {(c.row_label, c.column_label): (c.value, c.unit) for c in read_tables(text)}
    assert cells == {("地区生产总值", "2024年"): (86010000000, "元"), ("地区生产总值", "2023年"): (81240000000, "元"),
                     ("地区生产总值", "增长%"): (5.9, "%"), ("财政总收入", "2024年"): (9260000000, "元"),
                     ("财政总收入", "2023年"): (9500000000, "元"), ("财政总收入", "增长%"): (-2.5, "%")}


def test_a_one_line_table_goes_on_under_continued_and_says_the_rows_it_cannot_place():
    line = ("表2 主要畜产品产量 产品 单位 产量 增长(%) 猪肉 万吨 12.6 -3.1 牛肉 吨 8,420 5.2 续表 羊肉 吨 2,115 0.8 "
            "禽 蛋 万吨 6.3 1.1 牛奶 吨 9,870 2.4 全年畜牧业生产平稳。\n")
    unread = []
    cells = {(c.row_label, c.column_label): c.value for c in read_tables("某县2024年统计公报\n" + line, unread=unread)}
    assert cells == {("猪肉", "产量"): 126000, ("猪肉", "增长(%)"): -3.1, ("牛肉", "产量"): 8420, ("牛肉", "增长(%)"): 5.2,
                     ("羊肉", "产量"): 2115, ("羊肉", "增长(%)"): 0.8}
    # 禽 蛋 (a name with a space inside) ends the table: its rows after are a finding, not left in silence
    assert [(u["row"], u["label"]) for u in unread] == [(None, "禽")]


@pytest.mark.parametrize("header", ["指标 2021年实际数 2022年 同比% 计划数 实际数", "科目 2022年预算数 上年实际数 小计 人员经费 公用经费"])
def test_a_one_line_header_whose_first_column_opens_with_a_year_is_two_rows_said_not_read(header):
    # a two-row header crawled row after row: a name opening with a year is a column's, never the word naming the
    # rows; no identity settles the split here (同比% names no column; 小计 is not its group's sum)
    line = f"单位：万元 {header} 城市维护费 1,200 1,350 1,290 95.6 环卫经费 860 910 905 99.5 绿化经费 430 520 470 90.4"
    unread: list[dict] = []
    assert read_tables("某区2022年财政决算公开\n" + line, unread=unread) == []
    assert [(u["row"], u["label"]) for u in unread] == [(None, header)]


@pytest.mark.parametrize("header, columns", [
    ("指标 2021年实际数 2022年 完成计划% 计划数 实际数", ["2021年实际数", "2022年 计划数", "2022年 实际数", "完成计划%"]),
    ("科目 2023年执行数 2024年预算数 合计 基本支出 项目支出", ["2023年执行数", "2024年预算数 合计", "2024年预算数 基本支出", "2024年预算数 项目支出"]),
])
def test_a_one_line_two_row_header_is_split_where_the_rows_identities_hold(header, columns):
    # 完成计划% = 100 × 实际数 / 计划数 in every row; 合计 = 基本支出 + 项目支出: one split alone makes them hold
    rows = [("城市维护费", ["1,200", "1,350", "1,290", "95.6"]), ("环卫经费", ["860", "910", "905", "99.5"]),
            ("绿化经费", ["430", "520", "470", "90.4"])]
    if "合计" in header:
        rows = [("城市维护费", ["1,200", "2,640", "1,350", "1,290"]), ("环卫经费", ["860", "1,815", "910", "905"]),
                ("绿化经费", ["430", "990", "520", "470"])]
    line = f"单位：万元 {header} " + " ".join(f"{n} {' '.join(v)}" for n, v in rows)
    unread: list[dict] = []
    cells = {(c.row_label, c.column_name): c.raw for c in read_tables("某区2022年财政决算公开\n" + line, unread=unread)}
    assert unread == []
    assert cells == {(n, c): v for n, vs in rows for c, v in zip(columns, vs)}


@pytest.mark.parametrize("mark", ["①", "*", "※", "⑫"])
def test_a_footnote_mark_after_a_figure_leaves_the_figure(mark):
    text = f"单位：万元\n项目\t预算数\t执行数\n城管执法经费\t2,340{mark}\t2,118\n路灯维护经费\t615\t702\n注：{mark}含追加预算。\n"
    cells = {(c.row_label, c.column_label): (c.value, c.raw) for c in read_tables(text)}
    assert cells[("城管执法经费", "预算数")] == (23_400_000, "2,340")


def test_a_group_row_of_dashes_first_in_a_block_names_no_columns():
    # a 统计表 whose header ran into one cell (指标 单位数量) starts its block at a group row: its dashes were read as
    # column names, and 12 条 as a cell 其中：…文件数|— in 件
    text = ("某局2016年政府信息公开工作年度报告\n统计表\n指标 单位数量\n一、公开情况 — —\n其中：公开文件数 条 12\n"
            "发布会次数 次 4\n")
    (norm,) = normalize_document(read_document("a.txt", text.encode()))
    _, facts, _, _, cells, issues = extract_document(norm)
    assert cells == [] and facts == []
    assert [i["raw"].split(": ")[0] for i in issues] == ["其中：公开文件数 条 12", "发布会次数 次 4"]


def test_a_row_one_cell_short_whose_label_ends_in_a_figure_takes_it_as_its_first():
    # a PDF set 合计's first figure less than a space from it: 合计27726 was a label and the row's figures shifted
    text = "窗口 来件数 回复数 回复率（%）\n东窗口 310 305 98.4\n西窗口 122 120 98.4\n小计432 425 98.4\n"
    got = {(c.row_label, c.column_label): c.value for c in read_tables(text)}
    assert got[("小计", "来件数")] == 432 and got[("小计", "回复率（%）")] == 98.4
    assert not any(label.startswith("小计4") for label, _ in got)


def test_a_sheet_printed_with_its_columns_over_pages_is_one_table():
    # a spreadsheet's print: the labels on the first page only; the next pages hold column names and figures alone,
    # row for row, one of them a single column, after the 单位 line the sheet set at its right edge
    text = ("某镇2022年财政收支决算表\n科目 年初预算 调整预算\n工资福利支出 1,450 1,520\n商品和服务支出 376 402\n"
            "合计 1,826 1,922\n决算数 为预算%\n1,498 98.6\n395 98.3\n1,893 98.5\n单位：万元\n上年决算\n1,402\n410\n1,812\n")
    unread: list[dict] = []
    cells = {(c.row_label, c.column_label): c.value for c in read_tables(text, unread=unread)}
    assert unread == []
    assert cells[("工资福利支出", "调整预算")] == 15_200_000 and cells[("商品和服务支出", "决算数")] == 3_950_000
    assert cells[("合计", "为预算%")] == 98.5 and cells[("合计", "上年决算")] == 18_120_000
    assert len(cells) == 15


def test_a_page_of_figures_alone_that_has_not_as_many_rows_is_not_joined_to_the_table_before():
    text = ("科目 年初预算 调整预算\n工资福利支出 1,450 1,520\n商品和服务支出 376 402\n合计 1,826 1,922\n"
            "决算数 为预算%\n1,498 98.6\n395 98.3\n")
    cells = read_tables(text)
    assert {c.column_label for c in cells} <= {"年初预算", "调整预算"}


def test_figures_a_pdf_printed_touching_are_cut_where_one_cut_alone_gives_the_headers_cells():
    # a table typed at tab stops too tight: the label runs into its unit or figure, figures into each other; the
    # decimals every uncut row shows in a column settle 63.059.16.6 as 63.0 59.1 6.6 (not 63.05 9.1 6.6)
    text = ("表4 主要农产品产量\n品种 单位 产量 比上年增长(%)\n稻谷 万吨 63.0 -1.2\n油菜籽万吨 18.7 4.5\n"
            "茶叶 吨 3126 9.8\n柑橘 万吨51.2-0.6\n生猪出栏万头 38.57.3\n全年农业生产平稳。\n")
    got = {(c.row_label, c.column_label): (c.value, c.unit) for c in read_tables(text)}
    assert got[("油菜籽", "产量")] == (187_000, "吨") and got[("柑橘", "比上年增长(%)")] == (-0.6, "%")
    assert got[("柑橘", "产量")] == (512_000, "吨") and got[("生猪出栏", "产量")] == (385_000, "头")
    assert got[("生猪出栏", "比上年增长(%)")] == (7.3, "%") and len(got) == 10


def test_a_header_run_together_is_cut_where_a_row_has_as_many_cells():
    text = ("主要指标\n指标2024年 2023年 增长(%)\n财政总收入(亿元) 41.3 38.2 8.1\n"
            "税收收入(亿元)30.627.97.9\n工业用电量(亿千瓦时)12.412.6-1.6\n")
    got = {(c.row_label, c.column_label): c.value for c in read_tables(text)}
    assert got[("税收收入(亿元)", "2023年")] == 2_790_000_000 and got[("工业用电量(亿千瓦时)", "增长(%)")] == -1.6
    text = "各镇收入\n镇名 财政收入(万元)增长(%)\n城关镇 2,456 7.1\n河西镇1,308 -2.4\n"
    got = {(c.row_label, c.column_label): c.value for c in read_tables(text)}
    assert got == {("城关镇", "财政收入(万元)"): 24_560_000, ("城关镇", "增长(%)"): 7.1,
                   ("河西镇", "财政收入(万元)"): 13_080_000, ("河西镇", "增长(%)"): -2.4}


def test_every_row_touching_under_a_header_whose_names_ran_together_is_cut():
    # no row printed apart: 计量单位 run into the next name, a change name run into the one before it, units into
    # their labels (其中 rows too), figures into each other, a dash for a change not printed
    text = ("表3 主要畜产品产量\n项目 计量单位产量 比上年增长%\n肉类总产量万吨 28.4-3.1\n其中：牛肉吨 9,8626.2\n"
            "羊肉 吨 4,4170.9\n牛奶 万吨12.6 —\n二、工业\n")
    got = {(c.row_label, c.column_label): (c.value, c.unit) for c in read_tables(text)}
    assert got == {("肉类总产量", "产量"): (284_000, "吨"), ("肉类总产量", "比上年增长%"): (-3.1, "%"),
                   ("牛肉", "产量"): (9_862, "吨"), ("牛肉", "比上年增长%"): (6.2, "%"),
                   ("羊肉", "产量"): (4_417, "吨"), ("羊肉", "比上年增长%"): (0.9, "%"), ("牛奶", "产量"): (126_000, "吨")}
    text = "指标 总量比上年增长%\n地区生产总值 812.4 5.1\n固定资产投资 301.7-2.2\n"
    got = {(c.row_label, c.column_label): c.value for c in read_tables(text)}
    assert got == {("地区生产总值", "比上年增长%"): 5.1, ("固定资产投资", "比上年增长%"): -2.2}  # 总量 states no unit


def test_a_name_run_into_its_figure_after_a_number_column_is_cut():
    # a 序号 column first: the names are the second column, and 教育3,065 is a name and its figure
    text = ("序号 投诉类型 件数 占比（%）\n1 物业管理 1,420 52.5\n2 噪声扰民830 30.7\n3 占道经营 454 16.8\n")
    got = {(c.row_label, c.column_label): c.value for c in read_tables(text)}
    assert got[("噪声扰民", "件数")] == 830 and got[("噪声扰民", "占比（%）")] == 30.7 and len(got) == 6


def test_figures_run_together_that_more_than_one_cut_reads_stay_unread():
    # 1204 and 6.5 or 120 and 46.5: no decimals say; the row is left for the findings
    text = "项目 件数 增长(%)\n受理 980 3.2\n办结 1,012 4.1\n答复12046.5\n"
    got = {(c.row_label, c.column_label) for c in read_tables(text)}
    assert not any(label.startswith("答复") for label, _ in got)


def test_a_rows_last_cells_wrapped_onto_a_line_of_their_own_go_on_its_row():
    # a long group label pushed its last dash onto the next line (…情况 — / —); the run of the table went on, and a
    # row whose unit ran into its figure (万元3.8) is cut
    text = ("附表 2015年统计表\n指标名称 计量单位 数量\n一、公开目录条数 条 860\n（二）按公开载体和渠道分类统计的公开信息情况 —\n—\n"
            "1.网站公开条数 条 742\n2.公开栏公开条数 条 118\n二、工作经费 万元3.8\n")
    got = {(c.row_label, c.column_label): (c.value, c.unit) for c in read_tables(text)}
    assert got == {("公开目录条数", "数量"): (860, "条"), ("网站公开条数", "数量"): (742, "条"),
                   ("公开栏公开条数", "数量"): (118, "条"), ("工作经费", "数量"): (38_000, "元")}


def test_a_table_of_one_column_whose_name_states_its_unit_is_read_from_a_pdfs_lines():
    # a PDF sets the two cells of each row one space apart (or none: 其他96); the header's 数量（件） says the unit
    text = ("全年办理建议提案情况如下：\n办理类别 数量（件）\n人大代表建议 46\n政协委员提案 58\n其他96\n"
            "办复率100%。\n")
    got = {(c.row_label, c.column_label): (c.value, c.unit) for c in read_tables(text)}
    assert got == {("人大代表建议", "数量（件）"): (46, "件"), ("政协委员提案", "数量（件）"): (58, "件"),
                   ("其他", "数量（件）"): (96, "件")}


def test_a_row_number_touching_its_name_is_the_one_after_the_row_before():
    # tab stops too tight: 序号, name and figures touch, and the header's names run together after 单位名称; a row's
    # number is the one after the row before's (10 after 9), its figures cut where one cut alone gives the cells
    # (1,87797.4: the separator settles it); 住建局's 8239.5 (823 9.5, 82 39.5 or 8 239.5, each as many decimals as the column shows) is left unread
    names = ["公安局", "人社局", "教育局", "卫健局", "交通局", "城管局", "住建局", "水利局", "民政局", "市场监管局", "税务局"]
    counts = [2104, 1877, 1530, 1208, 996, 874, 823, 640, 512, 431, 305]
    rates = ["98.1", "97.4", "99.0", "96.2", "95.8", "97.7", "9.5", "98.3", "96.9", "97.0", "99.2"]
    rows = [f"{k + 1}{n}{c:,}{r}" if c >= 1000 and k % 2 else f"{k + 1}{n} {c:,} {r}" for k, (n, c, r) in
            enumerate(zip(names, counts, rates))]
    rows[6] = "7住建局8239.5"
    text = "表2 各部门办件情况\n序号 单位名称办件量（件）满意率（%）\n" + "\n".join(rows) + "\n二、存在问题\n"
    unread: list[dict] = []
    got = {(c.row_label, c.column_label): c.value for c in read_tables(text, unread=unread)}
    for k, (n, c, r) in enumerate(zip(names, counts, rates)):
        if n != "住建局":
            assert got[(n, "办件量（件）")] == c and got[(n, "满意率（%）")] == float(r)
    assert len(got) == 20 and [u["label"] for u in unread] == ["住建局8239.5"]


def test_a_one_line_table_of_numbered_rows_run_together_is_cut_by_its_own_shares():
    # a page ran each row's cells together; 187744.9 is 1877 44.9 or 18774 4.9 and 1964.7 is 196 4.7 or 19 64.7:
    # the share of 合计's count settles each (合计4,177100 is 4,177 100, its share 100)
    text = ("各窗口办件量 序号 窗口 办件量（件） 占比（%） 1不动产登记2,10450.4 2社保医保187744.9 3公积金1964.7 "
            "合计4,177100 二、存在问题\n")
    got = {(c.row_label, c.column_label): c.value for c in read_tables(text)}
    assert got == {("不动产登记", "办件量（件）"): 2104, ("不动产登记", "占比（%）"): 50.4,
                   ("社保医保", "办件量（件）"): 1877, ("社保医保", "占比（%）"): 44.9,
                   ("公积金", "办件量（件）"): 196, ("公积金", "占比（%）"): 4.7,
                   ("合计", "办件量（件）"): 4177, ("合计", "占比（%）"): 100}
    # no share column: nothing settles 210498.1 (2104 98.1 or 21049 8.1), so the rows stay unread, with a finding
    unread: list[dict] = []
    text = "序号 窗口 办件量（件） 满意率（%） 1不动产登记210498.1 2社保医保187797.4 3公积金153099.0 二、存在问题\n"
    assert read_tables(text, unread=unread) == [] and [u["label"] for u in unread] == ["序号 窗口 办件量（件） 满意率（%）"]


def test_a_rows_category_and_a_bare_change_run_into_the_names_beside_them_are_cut():
    # 办理方式 run into 办件量（件）, and every row touching: the header is three names only as printed
    text = ("表3 各类办件情况\n办理方式办件量（件）占比（%） 同比增长（%）\n网上办理41,20368.2-3.5\n窗口办理15,884 26.3 12.0\n"
            "自助终端3,3225.5 7.4\n合计60,409 100 1.2\n三、存在的问题\n")
    got = {(c.row_label, c.column_label): c.value for c in read_tables(text)}
    assert got[("网上办理", "办件量（件）")] == 41_203 and got[("网上办理", "同比增长（%）")] == -3.5
    assert got[("自助终端", "占比（%）")] == 5.5 and got[("合计", "办件量（件）")] == 60_409 and len(got) == 12
    # 本年完成 run into a bare 增长 (not 比上年增长, which is one name)
    text = "指标 计量单位本年完成增长（%）\n工业总产值 亿元412.38-1.5\n外贸出口 亿元 88.04 4.1\n"
    got = {(c.row_label, c.column_label): c.value for c in read_tables(text)}
    assert got == pytest.approx({("工业总产值", "本年完成"): 412.38e8, ("工业总产值", "增长（%）"): -1.5,
                                 ("外贸出口", "本年完成"): 88.04e8, ("外贸出口", "增长（%）"): 4.1})


def test_figures_run_together_are_cut_to_the_decimals_their_columns_rows_of_one_unit_show():
    # 35.627.3 is 35.62 7.3 (亿元 rows show two decimals, every change one) or 35.6 27.3; the 元 and 平方米 rows
    # show other decimals, so only the rows of the same unit settle it
    text = ("指标 计量单位 本年完成 增长（%）\n工业总产值 亿元412.38-1.5\n税收收入 亿元35.627.3\n外贸出口 亿元 88.04 4.1\n"
            "人均存款 元41236 2.2\n人均住房面积 平方米39.1 -0.6\n")
    got = {(c.row_label, c.column_label): c.value for c in read_tables(text)}
    assert got[("税收收入", "本年完成")] == pytest.approx(35.62e8) and got[("税收收入", "增长（%）")] == 7.3
    assert len(got) == 10
    # one row of a unit is no witness: 58.316.2 under a single 万吨 row stays unread
    text = ("指标 计量单位 本年完成 增长（%）\n工业总产值 亿元412.38-1.5\n外贸出口 亿元 88.04 4.1\n粮食产量 万吨58.316.2\n"
            "人均住房面积 平方米39.1 -0.6\n")
    assert not any(c.row_label == "粮食产量" for c in read_tables(text))


def test_a_long_dash_run_into_a_figure_is_a_cell_of_its_own():
    # 乡镇窗口 655— 655: 办件量 655, no 即办件 (—), 承诺件 655; the 合计 then adds up
    text = ("窗口 办件量（件） 即办件（件） 承诺件（件）\n城区窗口 1,204 310 894\n乡镇窗口 655— 655\n合计 1,859 310 1,549\n"
            "三、下一步工作\n")
    cells = read_tables(text)
    got = {(c.row_label, c.column_label): c.value for c in cells}
    assert got[("乡镇窗口", "办件量（件）")] == 655 and got[("乡镇窗口", "承诺件（件）")] == 655
    assert ("乡镇窗口", "即办件（件）") not in got and len(got) == 8
    assert all(abs(t.value - sum(p.value for p in parts)) < 1e-6 for t, parts in total_sums(cells))


def test_a_concentration_listed_on_a_unit_line_is_its_columns_unit():
    text = ("某市2023年环境状况公报\n表3 各县（区）空气质量\n单位：%、微克/立方米\n县（区） 优良天数比例 PM10浓度\n"
            "东坪县 95.1 48\n西河区 91.7 53\n")
    assert [(c.metric, c.value, c.unit, c.kind) for c in read_tables(text)] == [
        ("东坪县|优良天数比例", 95.1, "%", "share"), ("东坪县|PM10浓度", 48.0, "微克/立方米", "other"),
        ("西河区|优良天数比例", 91.7, "%", "share"), ("西河区|PM10浓度", 53.0, "微克/立方米", "other")]
