"""Round 16b's set: tables typed with tab stops in Word (no table object) and saved as PDF by LibreOffice, written
before the code ran on them (fixtures/tables_tabstops_blind, held out: tables_tabstops_heldout). Each row is one
paragraph, its cells between tabs, set at Word's default stops (every 0.5 inch) or at stops the typist set (left,
right or decimal), in an official 16 pt body or the default style. Cells narrower than the gap to the next stop
sit less than half a character apart, and a header word wider than its stop pushes the row to the next one or wraps.
Keys as tables_nontemplate's: (row, column, value in base units, year, unit).

usage: .venv/bin/python -m govpipeline_tests.tables_tabstops   (needs soffice)
"""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

from govpipeline_tests.office_files import convert
from govpipeline_tests.tables_nontemplate import _cell, _disclosure, _disclosure_cells, write


def _docx(lines: list, size: float, stops: list[tuple[float, str]] = (), official: bool = True) -> bytes:
    """lines: str (a paragraph; a row's cells joined by tabs) or (str, stops) for a row with its own stops;
    stops in characters of ``size`` from the left margin, with an alignment (left, right, decimal)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(size)
    for line in lines:
        own = None
        if isinstance(line, tuple):
            line, own = line
        paragraph = document.add_paragraph(line.removeprefix("#"))
        if line.startswith("#"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif "\t" not in line and official:
            paragraph.paragraph_format.first_line_indent = Pt(2 * size)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for at, how in (own if own is not None else stops) if "\t" in line else ():
            paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(at * size), getattr(WD_TAB_ALIGNMENT, how.upper()))
    out = io.BytesIO()
    document.save(out)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp, "report.docx")
        source.write_bytes(out.getvalue())
        return convert(source, "pdf", Path(tmp)).read_bytes()


def _goods(names: list[tuple[str, str]], seed: int) -> list[list[str]]:
    rows = []
    for k, (name, unit) in enumerate(names):
        v = (k * 41 + seed * 13) % 700 + 3 + ((k * 9 + seed) % 10) / 10
        value = f"{v:.1f}" if unit.startswith(("万", "亿")) else str(int(v * 31))
        c = ((k * 11 + seed * 3) % 31) - 12 + ((k + seed) % 10) / 10
        rows.append([name, unit, value, f"{c:.1f}"])
    return rows


def _goods_cells(rows, year, produced="产量", change="比上年增长(%)"):
    return [c for r in rows for c in (_cell(r[0], produced, r[2], r[1], year), _cell(r[0], change, r[3], "%", year))]


_FILLER = "全年经济运行总体平稳，稳中有进，主要指标保持在合理区间。"


def t01_products_default_stops() -> tuple[bytes, dict]:
    """A county bulletin's product table at Word's default stops, 16 pt: two-character names and units end a few
    points before the next stop."""
    rows = _goods([("原盐", "万吨"), ("硫酸", "万吨"), ("烧碱", "万吨"), ("化肥", "万吨"), ("水泥", "万吨"), ("布", "万米"),
                   ("纱", "吨"), ("白酒", "千升"), ("家具", "万件"), ("饮料", "万吨")], 3)
    lines = ["#汶上县2023年国民经济和社会发展统计公报", "汶上县统计局 2024年3月15日", _FILLER * 3,
             "二、工业和建筑业", "全年规模以上工业增加值比上年增长6.2%。", "表1 2023年规模以上工业主要产品产量",
             "产品名称\t单位\t产量\t比上年增长(%)"] + ["\t".join(r) for r in rows] + ["全年建筑业总产值45.2亿元。"]
    return _docx(lines, 16), {"cells": _goods_cells(rows, 2023), "misprints": []}


def t02_offices_custom_stops() -> tuple[bytes, dict]:
    """A 政务服务 summary's table of departments' 办件, typed at left stops the typist set (9, 14, 19 characters,
    12 pt): long department names reach past the first stop, a header word past its own."""
    names = ["县市场监督管理局", "县自然资源局", "县人力资源和社会保障局", "县住房和城乡建设局", "县交通运输局", "县卫生健康局",
             "县民政局", "县公安局", "县税务局", "县医疗保障局"]
    rows = []
    for k, name in enumerate(names):
        got = (k * 731 + 211) % 6000 + 40
        done = got - (k * 13) % 30
        rows.append([name, str(got), str(done), f"{100 - (k * 7) % 15 / 10:.1f}"])
    stops = [(9, "left"), (14, "left"), (19, "left")]
    lines = ["#宁阳县2022年政务服务工作总结", "宁阳县行政审批服务局", "2023年1月10日", "一、基本情况",
             "全年各进驻部门受理办件情况如下：", "部门\t受理件数\t办结件数\t按时办结率(%)"] + ["\t".join(r) for r in rows] + \
        ["二、存在问题", "部分事项网办深度不够。"]
    cells = [c for r in rows for c in (_cell(r[0], "受理件数", r[1], "件", 2022), _cell(r[0], "办结件数", r[2], "件", 2022),
                                        _cell(r[0], "按时办结率(%)", r[3], "%", 2022))]
    return _docx(lines, 12, stops, official=False), {"cells": cells, "misprints": []}


def t03_disclosure_right_stops() -> tuple[bytes, dict]:
    """A 2017 report's 统计表 typed with tabs: 单位 at a left stop, 统计数 at a right stop, 14 pt."""
    rows = _disclosure(5)
    stops = [(22, "left"), (30, "right")]
    lines = ["#临朐县人民政府2017年政府信息公开工作年度报告", "临朐县人民政府办公室", "2018年3月26日",
             "现将本县2017年政府信息公开工作情况报告如下。", "附件", "2017年度政府信息公开情况统计表",
             "统计指标\t单位\t统计数"] + ["\t".join(r) for r in rows] + ["注：本表数据统计时限为2017年1月1日至12月31日。"]
    return _docx(lines, 14, stops, official=False), {"cells": _disclosure_cells(rows, 2017), "misprints": []}


def t04_counties_decimal_stops() -> tuple[bytes, dict]:
    """A city bulletin's table of counties' 生产总值 at default stops, 16 pt, the figures of a wrapped header."""
    names = ["城关区", "七里河区", "西固区", "安宁区", "红古区", "永登县", "皋兰县", "榆中县"]
    rows = []
    for k, name in enumerate(names):
        v = (k * 173 + 59) % 900 + 40 + ((k * 3) % 10) / 10
        c = ((k * 7 + 2) % 13) - 3 + (k % 10) / 10
        rows.append([name, f"{v:.1f}", f"{c:.1f}"])
    lines = ["#兰州市2021年国民经济和社会发展统计公报", "兰州市统计局", _FILLER * 2, "表2 2021年各县区地区生产总值",
             "县区\t地区生产总值(亿元)\t比上年增长(%)"] + ["\t".join(r) for r in rows] + ["三、农业"]
    cells = [c for r in rows for c in (_cell(r[0], "地区生产总值(亿元)", r[1], "亿元", 2021),
                                        _cell(r[0], "比上年增长(%)", r[2], "%", 2021))]
    return _docx(lines, 16), {"cells": cells, "misprints": []}


def h01_products_decimal_stops() -> tuple[bytes, dict]:
    """Held out: a city's product table at decimal stops (8, 12, 17 characters, 15 pt), three columns of figures."""
    rows = _goods([("铁矿石", "万吨"), ("生铁", "万吨"), ("粗钢", "万吨"), ("焦炭", "万吨"), ("电解铝", "吨"),
                   ("轮胎外胎", "万条"), ("玻璃纤维纱", "吨"), ("农用氮磷钾化肥", "吨")], 8)
    stops = [(7, "left"), (12, "decimal"), (17, "decimal")]
    lines = ["#晋城市2020年国民经济和社会发展统计公报", "晋城市统计局 2021年4月2日", _FILLER,
             "表3 规模以上工业主要产品产量", "产品\t计量单位\t产量\t增长(%)"] + ["\t".join(r) for r in rows]
    return _docx(lines, 15, stops), {"cells": _goods_cells(rows, 2020, change="增长(%)"), "misprints": []}


def h02_offices_default_stops() -> tuple[bytes, dict]:
    """Held out: a 12345 hotline report's table of units at default stops, 16 pt (counts and a rate)."""
    names = ["住建局", "城管局", "供电公司", "自来水公司", "教育局", "人社局", "交警大队"]
    rows = [[n, str((k * 389 + 97) % 3000 + 12), f"{96 - (k * 3) % 9 / 10:.1f}"] for k, n in enumerate(names)]
    lines = ["#滕州市2024年12345政务服务便民热线运行情况报告", "滕州市12345热线办公室", _FILLER,
             "承办单位\t转办件数\t满意率(%)"] + ["\t".join(r) for r in rows]
    cells = [c for r in rows for c in (_cell(r[0], "转办件数", r[1], "件", 2024), _cell(r[0], "满意率(%)", r[2], "%", 2024))]
    return _docx(lines, 16), {"cells": cells, "misprints": []}


BUILDERS = {"t01_wenshang_chanpin_2023.pdf": t01_products_default_stops,
            "t02_ningyang_banjian_2022.pdf": t02_offices_custom_stops,
            "t03_linqu_tongjibiao_2017.pdf": t03_disclosure_right_stops,
            "t04_lanzhou_xianqu_2021.pdf": t04_counties_decimal_stops}
HELDOUT = {"h01_jincheng_chanpin_2020.pdf": h01_products_decimal_stops,
           "h02_tengzhou_rexian_2024.pdf": h02_offices_default_stops}

if __name__ == "__main__":
    write("tables_tabstops_blind", BUILDERS)
    write("tables_tabstops_heldout", HELDOUT)
