"""Round 19's constructed reports (written with their keys before the code ran on them), aimed at what round 18
left: 2019-2020 表二 whose signed or dashed cells touch the figures beside them, with and without thousands
separators; 表二 typed at tab stops so tight that its figures run together; 表三 and 表四 under merged headers of
other shapes (no 申请人情况 row; one header row; 表四 without its 行政诉讼 row); a county's tables with zero printed
/ or left empty; rows wrapped over two PDF lines; and tables of work summaries that are not the template (政务服务
事项 by department, 12345 by channel, a 主要指标 table whose 计量单位 runs into the next header).
- template reports: fixtures/tables_r19_blind (answers.json, scored by bench/table_forms.py);
- other tables: fixtures/tables_r19_nontemplate_blind (key tables_r19_nontemplate_blind_key.json, scored by
  tables_genres_score);
- the sets ending in _heldout were written with the blind sets and are measured once, after the fixes.
Places are real, figures invented.

usage: .venv/bin/python -m govpipeline_tests.tables_round19   (needs soffice)
"""
from __future__ import annotations

import dataclasses
import re
import tempfile
from pathlib import Path

from govpipeline_tests.ofd_files import ofd_from_pdf
from govpipeline_tests.office_files import convert
from govpipeline_tests.report_files import T3_HEADER_NOTE, REQUESTERS, Report, Table, to_docx
from govpipeline_tests.table_files import Figures, figures, main, narrative, t2_table, t3_table, t4_table, tail, write
from govpipeline_tests.table_layouts import html_page, one_line
from govpipeline_tests.tables_nontemplate import _cell, _crawled, _pdf, _xlsx
from govpipeline_tests.tables_nontemplate import write as write_nontemplate
from govpipeline_tests.tables_round17 import _scaled
from govpipeline_tests.tables_round18 import _grouped, _printed, _tab_lines, _zero_marks
from govpipeline_tests.tables_tabstops import _docx as tab_pdf

FIXTURES = Path(__file__).resolve().parent / "fixtures"
_CHANGE_ROWS = ("行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费")


def _blocks(f: Figures, body: str, t2: Table, t3: Table, t4: Table) -> list:
    return narrative(f, body) + ["#二、主动公开政府信息情况", t2, "#三、收到和处理政府信息公开申请情况", t3,
                                 "#四、政府信息公开行政复议、行政诉讼情况", t4] + tail()


def _trial(seed: int, year: int, zero_changes: tuple[str, ...] = ()) -> Figures:
    f = figures(seed, "2019")
    f.year = year
    for key in zero_changes:
        f.t2[key][1] = "0"
    return f


def _changes_marked(t2: Table, mark: str) -> Table:
    """表二 whose 本年增/减 of 0 is printed ``mark``."""
    rows = [r[:2] + [mark if r[2] == "0" else r[2]] + r[3:] if r[0] in _CHANGE_ROWS else r for r in t2.rows]
    return dataclasses.replace(t2, rows=rows)


# ---------------------------------------------------------------------------------------------- template
def _one_line_grouped_signs(seed: int, year: int, body: str):
    """A 2020 one-line page: headings with half-width brackets (第二十条第(五)项), figures of four digits and more
    with separators, each signed 本年增/减 touching the figures on both sides (277-72,962)."""
    def build(folder, name, answers):
        f = _trial(seed, year)
        t2, t3, t4 = (_printed(t, _grouped) for t in (t2_table(f), t3_table(f, official=False), t4_table(f)))
        text = one_line(Report(_blocks(f, body, t2, t3, t4)))
        text = re.sub(r"第（([一二三四五六七八九])）项", r"第(\1)项", text)
        text = re.sub(r"(\d) ([+-]\d+) (?=\d)", r"\1\2", text)
        write(folder, f"{name}.txt", text.encode("utf-8"), f,
              f"{year} trial format on one line, 第二十条第(五)项 with half-width brackets, separators, signed 本年增/减 "
              "touching the figures on both sides (277-72,962)", answers)
    return build


def _one_line_dash_changes(seed: int, year: int, body: str, mark: str):
    """A one-line page of the 2019 trial format: a 本年增/减 of 0 printed ``mark`` touching the figures on both
    sides (49—150), the signed ones touching the figure before them (375-3 3035)."""
    def build(folder, name, answers):
        f = _trial(seed, year, ("licensing", "coercion", "fees"))
        t2 = _changes_marked(t2_table(f), mark)
        text = one_line(Report(_blocks(f, body, t2, t3_table(f, official=False), t4_table(f))))
        text = re.sub(rf"(\d) {re.escape(mark)} ?(?=\d|第)", rf"\1{mark}", text)
        text = re.sub(r"(\d) ([+-]\d+)", r"\1\2", text)
        write(folder, f"{name}.txt", text.encode("utf-8"), f,
              f"{year} trial format on one line, a 本年增/减 of 0 printed {mark} touching both neighbours, signs "
              "touching the figure before them", answers)
    return build


def _tight_t2_pdf(seed: int, year: int, body: str):
    """2019 trial format typed with tabs, 15 pt: 表二's rows at right stops so tight that its figures touch
    (375-3, and 采购项目数量 run into 采购总金额); 表三 and 表四 at Word's default stops, 表四's row wrapping."""
    def build(folder, name, answers):
        f = _trial(seed, year)
        rep = Report(_blocks(f, body, t2_table(f), t3_table(f, official=False), t4_table(f)))
        t2_lines = set(rep.blocks[5].lines())
        lines = [(line, [(12.5, "right"), (13.6, "right"), (17.5, "right")]) if line in t2_lines else line
                 for line in _tab_lines(rep)]
        write(folder, f"{name}.pdf", tab_pdf(lines, 15), f,
              f"{year} trial format typed with tabs, 15 pt; 表二 at right stops too tight (figures touch), 表三/表四 at "
              "default stops", answers)
    return build


def _t3_no_requesters_row(f: Figures) -> Table:
    """The national 表三 (labels in three columns) without its 申请人情况 row."""
    t = t3_table(f)
    spans = [(r0 - 1 if r0 else 0, c0, r1 - 1, c1, ) for r0, c0, r1, c1 in t.spans if (r0, c0) != (0, 3)]
    return Table(t.rows[1:], spans=spans, header_rows=2, widths=t.widths)


def _t3_one_header_row(f: Figures) -> Table:
    """表三 (labels in one column) under one header row: the note, then 自然人 … 其他, 总计."""
    t = t3_table(f, official=False)
    return Table([[T3_HEADER_NOTE] + REQUESTERS] + t.rows[3:], header_rows=1, widths=t.widths)


def _t4_no_litigation_row(f: Figures) -> Table:
    t = t4_table(f)
    return Table(t.rows[1:], spans=[(0, 0, 0, 4), (0, 5, 0, 9), (0, 10, 0, 14)], header_rows=2)


def _html_header_variant(seed: int, body: str, scale: int):
    def build(folder, name, answers):
        f = _scaled(figures(seed, "2021"), scale)
        page = html_page(Report(_blocks(f, body, t2_table(f), _t3_no_requesters_row(f), _t4_no_litigation_row(f))),
                         f"{body}{f.year}年政府信息公开工作年度报告")
        write(folder, f"{name}.html", page.encode("utf-8"), f,
              "2021 saved page: 表三 (labels in three columns) without its 申请人情况 row, 表四 without 行政诉讼", answers)
    return build


def _docx_one_header_row(seed: int, body: str):
    def build(folder, name, answers):
        f = figures(seed, "2021")
        write(folder, f"{name}.docx", to_docx(Report(_blocks(f, body, t2_table(f), _t3_one_header_row(f),
                                                             _t4_no_litigation_row(f)))), f,
              "2021 .docx: 表三 under one header row (自然人 商业企业 … 总计), 表四 under two (no 行政诉讼)", answers)
    return build


def _county_docx(seed: int, body: str, marks: str):
    """A county office's .docx: every zero printed as one of ``marks`` in turn (/ or left empty)."""
    def build(folder, name, answers):
        f = figures(seed, "2021")
        t2, t3, t4 = (_printed(t, _zero_marks(marks)) for t in (t2_table(f), t3_table(f), t4_table(f)))
        write(folder, f"{name}.docx", to_docx(Report(_blocks(f, body, t2, t3, t4))), f,
              f"2021 county .docx, national 表三, zero printed {' or '.join(repr(m.strip()) for m in marks)}", answers)
    return build


def _wrapped_rows_pdf(seed: int, body: str, size: float):
    """2021 typed with tabs at Word's default stops, ``size`` pt: 表三's and 表四's rows wrap over two lines."""
    def build(folder, name, answers):
        f = figures(seed, "2021")
        rep = Report(_blocks(f, body, t2_table(f), t3_table(f, official=False), t4_table(f)))
        write(folder, f"{name}.pdf", tab_pdf(_tab_lines(rep), size), f,
              f"2021 typed with tabs at default stops, {size} pt: long rows wrap over two lines", answers)
    return build


def _ofd_of_docx(seed: int, body: str):
    """2021 .docx with 表三 without its 申请人情况 row and zero printed —, printed to PDF, as an OFD drawn glyph by
    glyph."""
    def build(folder, name, answers):
        f = figures(seed, "2021")
        t2, t3, t4 = (_printed(t, _zero_marks("—")) for t in (t2_table(f), _t3_no_requesters_row(f), t4_table(f)))
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp, "report.docx")
            source.write_bytes(to_docx(Report(_blocks(f, body, t2, t3, t4))))
            pdf = convert(source, "pdf", Path(tmp)).read_bytes()
        write(folder, f"{name}.ofd", ofd_from_pdf(pdf, "glyphs"), f,
              "2021 .docx (表三 without 申请人情况, zero printed —) printed to PDF, as an OFD drawn glyph by glyph", answers)
    return build


BLIND = {
    "e01_one_line_grouped_signs_2020": _one_line_grouped_signs(1901, 2020, "沅江市住房和城乡建设局"),
    "e02_one_line_dash_changes_2019": _one_line_dash_changes(1902, 2019, "安化县市场监督管理局", "—"),
    "e03_pdf_tight_t2_2019": _tight_t2_pdf(1903, 2019, "新邵县人力资源和社会保障局"),
    "e04_html_t3_no_requesters_row_2021": _html_header_variant(1904, "祁阳市农业农村局", 7),
    "e05_docx_t3_one_header_row_2021": _docx_one_header_row(1905, "江华瑶族自治县发展和改革局"),
    "e06_county_docx_slash_empty_2021": _county_docx(1906, "桑植县林业局", "/ "),
    "e07_pdf_rows_wrapped_2021": _wrapped_rows_pdf(1907, "宁乡市城市管理和综合执法局", 18),
}

HELD_OUT = {
    "h01_one_line_slash_changes_2020": _one_line_dash_changes(1951, 2020, "汝城县交通运输局", "/"),
    "h02_ofd_docx_t3_no_requesters_row_2021": _ofd_of_docx(1952, "平江县教育局"),
}


# ---------------------------------------------------------------------------------------------- not the template
_DEPTS = ["市场监督管理局", "自然资源和规划局", "住房和城乡建设局", "交通运输局", "人力资源和社会保障局", "卫生健康局",
          "公安局", "民政局", "农业农村局", "税务局", "医疗保障局"]
_HEAD_SERVICES = ["序号", "部门", "事项数（项）", "即办件（项）", "承诺件（项）", "网上可办率（%）"]


def _services(seed: int, n: int) -> list[list[str]]:
    """政务服务事项 by department: 事项数 = 即办件 + 承诺件; a department with no 即办件 prints —; then 合计."""
    rows = []
    for k, dept in enumerate(_DEPTS[:n]):
        now = 0 if k == (seed % n) else (k * 37 + seed * 13) % 90 + 3
        promised = (k * 53 + seed * 29) % 240 + 20
        rate = 100.0 if (k + seed) % 4 == 0 else 90 + ((k * 7 + seed) % 98) / 10
        rows.append([str(k + 1), dept, str(now + promised), str(now) if now else "—", str(promised),
                     "100" if rate == 100 else f"{rate:.1f}"])
    return rows + [["", "合计", str(sum(int(r[2]) for r in rows)),
                    str(sum(int(r[3]) for r in rows if r[3] != "—")), str(sum(int(r[4]) for r in rows)), "—"]]


def _services_cells(rows, year):
    return [_cell(r[1], column, v, unit, year) for r in rows
            for column, v, unit in zip(_HEAD_SERVICES[2:], r[2:], ("项", "项", "项", "%")) if v != "—"]


def _services_report(year: int, city: str, seed: int, n: int = 9):
    rows = _services(seed, n)
    rep = Report([f"#{city}{year}年政务服务工作总结", f"{city}政务服务中心 {year + 1}年1月10日",
                  f"{year}年，{city}持续深化“放管服”改革，推进政务服务标准化规范化便利化。", "一、政务服务事项情况",
                  "表1 各部门进驻政务服务事项情况", Table([_HEAD_SERVICES] + rows), "二、存在的问题", "个别事项办理时限仍较长。"])
    return rep, {"cells": _services_cells(rows, year), "misprints": []}


_CHANNELS = ["电话", "网站", "微信公众号", "手机APP", "政务服务小程序", "短信", "其他渠道"]
_HEAD_CHANNELS = ["受理渠道", "受理量（件）", "占比（%）", "同比增长（%）"]


def _channels(seed: int) -> list[list[str]]:
    counts = sorted(((k * 2711 + seed * 977) % 30000 + 150 for k in range(len(_CHANNELS))), reverse=True)
    total = sum(counts)
    rows = [[name, f"{c:,}", f"{c / total * 100:.1f}", f"{((k * 13 + seed * 7) % 61 - 25) / 2:.1f}"]
            for k, (name, c) in enumerate(zip(_CHANNELS, counts))]
    return rows + [["合计", f"{total:,}", "100", f"{(seed % 17) / 2 + 1:.1f}"]]


def _channel_cells(rows, year):
    return [_cell(r[0], column, v, unit, year) for r in rows
            for column, v, unit in zip(_HEAD_CHANNELS[1:], r[1:], ("件", "%", "%"))]


def _channels_report(year: int, city: str, seed: int):
    rows = _channels(seed)
    rep = Report([f"#{city}12345政务服务便民热线{year}年度工作报告", f"{city}12345热线工作办公室",
                  f"{year}年，热线共受理群众来电来信{rows[-1][1]}件，同比增长{rows[-1][3]}%。", "一、受理渠道情况",
                  "表2 各渠道受理情况", Table([_HEAD_CHANNELS] + rows), "二、下一步工作打算", "进一步提升接通率。"])
    return rep, {"cells": _channel_cells(rows, year), "misprints": []}


_INDICATORS = [("地区生产总值", "亿元"), ("第一产业增加值", "亿元"), ("第二产业增加值", "亿元"), ("第三产业增加值", "亿元"),
               ("一般公共预算收入", "亿元"), ("社会消费品零售总额", "亿元"), ("固定资产投资", "亿元"), ("进出口总额", "亿元"),
               ("城镇居民人均可支配收入", "元"), ("农村居民人均可支配收入", "元")]
_HEAD_INDICATORS = ["指标名称", "计量单位", "全年完成", "增长（%）"]


def _indicators(seed: int) -> list[list[str]]:
    """Every 亿元 figure with two decimals, every 元 figure whole, every change with one decimal, some negative."""
    rows = []
    for k, (name, unit) in enumerate(_INDICATORS):
        v = f"{(k * 733 + seed * 191) % 2400 + 31 + ((k * 37 + seed) % 100) / 100:.2f}" if unit == "亿元" \
            else str((k * 4931 + seed * 37) % 30000 + 18000)
        rows.append([name, unit, v, f"{((k * 17 + seed * 3) % 150 - 40) / 10:.1f}"])
    return rows


def _indicator_cells(rows, year):
    return [c for r in rows for c in (_cell(r[0], "全年完成", r[2], r[1], year), _cell(r[0], "增长（%）", r[3], "%", year))]


def _indicators_report(year: int, county: str, seed: int):
    rows = _indicators(seed)
    rep = Report([f"#{county}{year}年工作总结和{year + 1}年工作计划", f"{county}人民政府办公室 {year + 1}年1月8日",
                  f"{year}年，全县经济运行总体平稳。", "一、主要经济指标完成情况", "表1 主要经济指标完成情况",
                  Table([_HEAD_INDICATORS] + rows), "二、主要工作", "持续优化营商环境。"])
    return rep, {"cells": _indicator_cells(rows, year), "misprints": []}


def n03_channels_tight_pdf():
    """12345 by channel at right stops too tight, 15 pt: names, counts, shares and signed changes touch."""
    rep, key = _channels_report(2023, "衡阳市", 3)
    return tab_pdf(_tab_lines(rep), 15, [(6, "right"), (8.5, "right"), (10.5, "right")]), key


def n04_channels_xlsx():
    rows = _channels(11)
    sheet = ("各渠道受理情况", [["岳阳市12345热线2022年各渠道受理情况"] + [None] * 3, _HEAD_CHANNELS] + rows, [(0, 0, 0, 3)],
             {1: "#,##0", 2: "0.0", 3: "0.0"})
    return _xlsx([sheet]), {"cells": _channel_cells(rows, 2022), "misprints": []}


def n05_indicators_tight_pdf():
    """主要经济指标 at right stops too tight, 16 pt: the name runs into its unit, the unit into the figure, the
    figure's decimals into the change (亿元1234.565.2), and the header's 计量单位 into 全年完成."""
    rep, key = _indicators_report(2024, "攸县", 5)
    return tab_pdf(_tab_lines(rep), 16, [(10, "right"), (13.5, "right"), (15, "right")]), key


def m01_services_tabs_ofd():
    """政务服务 by department typed with tabs at default stops, 16 pt, printed to PDF, as an OFD drawn glyph by glyph."""
    rep, key = _services_report(2024, "张家界市", 41, 11)
    return ofd_from_pdf(tab_pdf(_tab_lines(rep), 16), "glyphs"), key


BLIND_N = {
    "n01_changsha_zhengwu_2023.html": lambda: (html_page(_services_report(2023, "浏阳市", 5)[0], "浏阳市政务服务工作总结")
                                               .encode("utf-8"), _services_report(2023, "浏阳市", 5)[1]),
    "n02_chenzhou_zhengwu_2022.txt": lambda: (_crawled(_services_report(2022, "郴州市", 8, 10)[0]),
                                              _services_report(2022, "郴州市", 8, 10)[1]),
    "n03_hengyang_12345_channels_tight_2023.pdf": n03_channels_tight_pdf,
    "n04_yueyang_12345_channels_2022.xlsx": n04_channels_xlsx,
    "n05_youxian_zhibiao_tight_2024.pdf": n05_indicators_tight_pdf,
}

HELD_OUT_N = {
    "m01_zhangjiajie_zhengwu_tabs_2024.ofd": m01_services_tabs_ofd,
    "m02_loudi_12345_channels_2024.txt": lambda: (_crawled(_channels_report(2024, "娄底市", 23)[0]),
                                                  _channels_report(2024, "娄底市", 23)[1]),
    "m03_xiangtan_zhengwu_2023.pdf": lambda: (_pdf(_services_report(2023, "湘潭县", 17)[0]),
                                              _services_report(2023, "湘潭县", 17)[1]),
}

if __name__ == "__main__":
    main(FIXTURES / "tables_r19_blind", BLIND)
    main(FIXTURES / "tables_r19_heldout", HELD_OUT)
    write_nontemplate("tables_r19_nontemplate_blind", BLIND_N)
    write_nontemplate("tables_r19_nontemplate_heldout", HELD_OUT_N)
