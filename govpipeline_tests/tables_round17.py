"""Round 17's constructed reports (written with their keys before the code ran on them), in the forms round 16 left
over, made by the producers real files come from (LibreOffice from .docx/.xlsx):
- template reports whose tables were pasted one cell a line into Word and saved as PDF with page numbers, so the
  pages' heads and feet fall on lone figures of 表三 (fixtures/tables_r17_blind, answers.json);
- template reports typed at tab stops too tight for their figures, so figures print touching (1234-12, 3501,204);
- a one-line crawled page whose 表三 labels are carried into every sub-row and joined by pipes;
- bulletin tables typed at tab stops whose figures touch (42.3-2.7) and whose header glues a word to a year
  (项目2023年), and sheets printed with their columns over two pages (fixtures/tables_r17_nontemplate_blind, its
  key tables_r17_nontemplate_blind_key.json, scored by tables_genres_score).
The sets ending in _heldout are held out: written with the blind sets, measured once after the fixes.

usage: .venv/bin/python -m govpipeline_tests.tables_round17   (needs soffice)
"""
from __future__ import annotations

import io
from pathlib import Path

from govpipeline_tests.report_files import Table
from govpipeline_tests.table_files import Figures, figures, main, narrative, t2_table, t3_table, t4_table, tail, write
from govpipeline_tests.table_layouts import grid_rows
from govpipeline_tests.tables_nontemplate import _cell, _converted, _xlsx
from govpipeline_tests.tables_nontemplate import write as write_nontemplate
from govpipeline_tests.tables_tabstops import _docx as tab_docx

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _scaled(f: Figures, k: int) -> Figures:
    """The same report for a body ``k`` times busier (the identities are linear)."""
    f.t3 = {key: [v * k for v in values] for key, values in f.t3.items()}
    f.t4 = [v * k for v in f.t4]
    return f


def _blocks(f: Figures, body: str, official: bool = False) -> list:
    return narrative(f, body) + ["#二、主动公开政府信息情况", t2_table(f), "#三、收到和处理政府信息公开申请情况",
                                 t3_table(f, official=official), "#四、政府信息公开行政复议、行政诉讼情况", t4_table(f)] + tail()


def _page_field(paragraph, before: str = "", after: str = "") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.add_run(before)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    paragraph.add_run(after)


def _pdf_of(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return _converted(out.getvalue(), "docx", "pdf")


def _cell_a_line(seed, version, body, scale, size, number=("", ""), head=None, empty_line=False):
    """The report pasted into Word with each table cell its own paragraph (merged cells once), body ``size`` pt,
    the page's number in the footer as ``number`` wraps it, ``head`` in the header; saved as PDF by LibreOffice."""
    def build(folder, name, answers):
        import docx
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        f = _scaled(figures(seed, version), scale)
        document = docx.Document()
        document.styles["Normal"].font.size = Pt(size)
        footer = document.sections[0].footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_field(footer, *number)
        if head:
            document.sections[0].header.paragraphs[0].text = head
        for block in _blocks(f, body):
            if isinstance(block, Table):
                for row in grid_rows(block):
                    for text in row:
                        if text or empty_line:
                            document.add_paragraph(text)
            else:
                document.add_paragraph(block.lstrip("#"))
        write(folder, f"{name}.pdf", _pdf_of(document), f,
              f"{f.version}, tables pasted into Word one cell a line ({size} pt), page numbers "
              f"{number[0]}N{number[1]} in the footer" + (f", running head {head}" if head else "")
              + ", .docx saved as PDF by LibreOffice: page heads and feet fall on lone figures", answers)
    return build


def _tight_tabs(seed, version, body, scale, size, label_stop, step):
    """The report with its tables typed at right-aligned tab stops ``step`` characters apart after a label stop,
    too tight for its wider figures, which then print touching the one before; saved as PDF by LibreOffice."""
    def build(folder, name, answers):
        f = _scaled(figures(seed, version), scale)
        lines = []
        for block in _blocks(f, body):
            if isinstance(block, Table):
                lines += block.lines()
            else:
                lines.append(block)
        stops = [(label_stop + step * k, "right") for k in range(1, 16)]
        write(folder, f"{name}.pdf", tab_docx(lines, size, stops, official=False), f,
              f"{f.version}, tables typed at right tab stops {step} characters apart ({size} pt), the labels "
              f"before a stop at {label_stop}; wide figures print touching; .docx saved as PDF by LibreOffice",
              answers)
    return build


def _pipes_repeated_labels(seed, version, body):
    """A crawled page, the body on one line with cells joined by ' | ', 表三 as the national form but its merged
    label cells carried into every sub-row (三、本年度办理结果 | （三）不予公开 | 2.其他法律… | …)."""
    def build(folder, name, answers):
        f = figures(seed, version)
        parts = []
        for block in _blocks(f, body, official=True):
            if isinstance(block, Table):
                labels = 3 if len(block.rows[0]) == 10 else 0  # 表三: three label columns, then seven figures
                for r, row in enumerate(grid_rows(block)):
                    cells = block.rows[r] if r >= block.header_rows and labels else row
                    parts.append(" | ".join(c for k, c in enumerate(cells)
                                            if c and (k == 0 or k >= labels or c != cells[k - 1])) + " |")
            else:
                parts.append(block.lstrip("#"))
        write(folder, f"{name}.txt", (parts[0] + "\n" + " ".join(parts[1:]) + "\n").encode("utf-8"), f,
              f"{f.version}, a crawled page on one line, cells joined by ' | ', 表三's merged labels carried into "
              "every sub-row", answers)
    return build


BLIND = {
    "p01_cell_a_line_page_numbers_2021": _cell_a_line(1701, "2021", "松阳县人力资源和社会保障局", 12, 16, ("- ", " -")),
    "p02_cell_a_line_running_head_2019": _cell_a_line(1702, "2019", "阆中市住房和城乡建设局", 7, 14, ("第", "页"),
                                                      head="阆中市住房和城乡建设局政府信息公开工作年度报告"),
    "p03_cell_a_line_blank_lines_2021": _cell_a_line(1703, "2021", "沅江市农业农村局", 3, 12, empty_line=True),
    "k01_tight_tabs_2019": _tight_tabs(1704, "2019", "丰城市自然资源局", 12, 12, 18, 2.5),
    "k02_tight_tabs_2021": _tight_tabs(1705, "2021", "个旧市卫生健康局", 40, 14, 20, 2.2),
    "o01_pipes_repeated_labels_2021": _pipes_repeated_labels(1706, "2021", "乐陵市市场监督管理局"),
    "o02_pipes_repeated_labels_2019": _pipes_repeated_labels(1707, "2019", "孝义市交通运输局"),
}
HELD_OUT = {
    "h01_cell_a_line_2019_blank_lines": _cell_a_line(1751, "2019", "东阳市民政局", 9, 15, ("", ""), empty_line=True),
    "h02_tight_tabs_2021": _tight_tabs(1752, "2021", "韶山市财政局", 25, 13, 22, 2.3),
    "h03_pipes_repeated_labels_2021": _pipes_repeated_labels(1753, "2021", "五常市生态环境局"),
}


# ---------------------------------------------------------------------------------------------- not the template
def _goods(names, seed):
    """产品名称, 单位, 产量 (one decimal for 万 units), 比上年增长(%) (one decimal, some negative)."""
    rows = []
    for k, (name, unit) in enumerate(names):
        v = (k * 53 + seed * 17) % 800 + 11 + ((k * 7 + seed) % 10) / 10
        value = f"{v:.1f}" if unit.startswith(("万", "亿")) else str(int(v * 23))
        c = ((k * 13 + seed * 5) % 29) - 11 + ((k * 3 + seed) % 10) / 10
        rows.append([name, unit, value, f"{c:.1f}"])
    return rows


def _goods_key(rows, year):
    return [c for r in rows for c in (_cell(r[0], "产量", r[2], r[1], year), _cell(r[0], "比上年增长(%)", r[3], "%", year))]


def n01_touching_default_stops():
    """A county bulletin's products typed at Word's default stops, 16 pt: the figures touch (42.3-2.7)."""
    rows = _goods([("大米", "万吨"), ("饲料", "万吨"), ("精制茶", "吨"), ("服装", "万件"), ("人造板", "万立方米"),
                   ("商品混凝土", "万立方米"), ("发电量", "亿千瓦时"), ("中成药", "吨"), ("塑料制品", "吨")], 4)
    lines = ["#遂川县2023年国民经济和社会发展统计公报", "遂川县统计局 2024年4月2日", "全县工业生产稳中有升。",
             "表3 2023年规模以上工业主要产品产量", "产品名称\t单位\t产量\t比上年增长(%)"] + ["\t".join(r) for r in rows] + \
        ["四、固定资产投资"]
    return tab_docx(lines, 16), {"cells": _goods_key(rows, 2023), "misprints": []}


def n02_glued_year_header():
    """A district summary's small table typed at default stops, 16 pt: 项目 2023年 2022年 增长(%), the header's
    word glued to the first year, figures with one decimal touching."""
    names = ["地区生产总值(亿元)", "一般公共预算收入(亿元)", "社会消费品零售总额(亿元)", "城镇居民人均可支配收入(万元)"]
    rows = []
    for k, name in enumerate(names):
        now = (k * 137 + 61) % 400 + 20 + k / 10
        was = now / (1 + ((k * 3) % 9 + 2) / 100)
        rows.append([name, f"{now:.1f}", f"{was:.1f}", f"{(now / was - 1) * 100:.1f}"])
    lines = ["#丰南区2023年经济运行情况", "丰南区统计局 2024年2月6日", "全区经济运行总体平稳。", "主要指标完成情况",
             "项目\t2023年\t2022年\t增长(%)"] + ["\t".join(r) for r in rows] + ["二、工业"]
    cells = []
    for r in rows:
        unit = r[0][r[0].index("(") + 1:-1]
        cells += [_cell(r[0], "2023年", r[1], unit, 2023), _cell(r[0], "2022年", r[2], unit, 2022),
                  _cell(r[0], "增长(%)", r[3], "%", 2023)]
    return tab_docx(lines, 16), {"cells": cells, "misprints": []}


def _wide_sheet(title, cols, names, seed, year, unit="万元", misprints=False):
    """misprints: the sheet's 合计 adds up its 其中 rows too, so it is not the sum of the rows it totals: each of its
    cells is a misprint to flag (the key committed first said none; corrected after the first run)."""
    rows = []
    for k, name in enumerate(names):
        base = (k * 3301 + seed * 977) % 40000 + 800
        rows.append([name] + [base + (k * 131 * (j + 1) + seed) % 5000 for j in range(len(cols))])
    rows.append(["合计", *(sum(r[j] for r in rows) for j in range(1, len(cols) + 1))])
    grid = [[title] + [""] * len(cols), [""] * len(cols) + [f"单位：{unit}"], ["项目"] + cols] + \
        [[r[0], *(f"{v:,}" for v in r[1:])] for r in rows]
    data = _xlsx([("Sheet1", grid, [(0, 0, 0, len(cols))], {c: "#,##0" for c in range(1, len(cols) + 1)})])
    cells = [_cell(r[0], c, f"{v}", unit, year) for r in rows for c, v in zip(cols, r[1:])]
    flagged = [["合计", c] for c in cols] if misprints else []
    return _converted(data, "xlsx", "pdf"), {"cells": cells, "misprints": flagged}


def n03_sheet_over_two_pages():
    """A 部门决算 sheet of nine amount columns printed by LibreOffice: its columns over two pages, the labels on the
    first only."""
    return _wide_sheet("2022年部门收入支出决算总表", ["年初结转和结余", "本年收入合计", "财政拨款收入", "事业收入", "经营收入",
                                               "其他收入", "本年支出合计", "基本支出", "项目支出"],
                       ["行政运行", "一般行政管理事务", "机关服务", "事业运行", "其他一般公共服务支出", "住房公积金",
                        "行政单位医疗"], 5, 2022)


def n04_sheet_over_two_pages_long_names():
    """A 社保基金 sheet of seven columns with long column names, printed over two pages by LibreOffice."""
    return _wide_sheet("2024年社会保险基金预算表", ["企业职工基本养老保险基金", "城乡居民基本养老保险基金", "机关事业单位基本养老保险基金",
                                            "职工基本医疗保险基金", "城乡居民基本医疗保险基金", "工伤保险基金", "失业保险基金"],
                       ["一、收入", "其中：保险费收入", "财政补贴收入", "利息收入", "二、支出", "其中：社会保险待遇支出",
                        "三、本年收支结余", "四、年末滚存结余"], 9, 2024, misprints=True)


BLIND_N = {"n01_suichuan_chanpin_2023.pdf": n01_touching_default_stops,
           "n02_fengnan_zhibiao_2023.pdf": n02_glued_year_header,
           "n03_bumen_juesuan_2022.pdf": n03_sheet_over_two_pages,
           "n04_shebao_yusuan_2024.pdf": n04_sheet_over_two_pages_long_names}


def m01_touching_heldout():
    """Held out: products at default stops, 15 pt, a long name wrapped past its stop."""
    rows = _goods([("纱", "万吨"), ("机制纸及纸板", "万吨"), ("日用陶瓷", "万件"), ("钢材", "万吨"), ("电力电缆", "万千米"),
                   ("水泥", "万吨"), ("鲜冷藏冻肉", "吨")], 11)
    lines = ["#醴陵市2022年国民经济和社会发展统计公报", "醴陵市统计局", "全年工业经济平稳运行。",
             "产品名称\t单位\t产量\t比上年增长(%)"] + ["\t".join(r) for r in rows]
    return tab_docx(lines, 15), {"cells": _goods_key(rows, 2022), "misprints": []}


def m02_sheet_heldout():
    """Held out: a 国有资本经营预算 sheet of eight columns printed over two pages."""
    return _wide_sheet("2023年国有资本经营预算支出表", ["上年决算数", "年初预算数", "调整预算数", "预算数", "比上年决算增减",
                                              "解决历史遗留问题", "国有企业资本金注入", "其他支出"],
                       ["国有资本经营预算支出", "其中：本级支出", "对下转移支付", "调出资金"], 13, 2023)


HELD_OUT_N = {"m01_liling_chanpin_2022.pdf": m01_touching_heldout, "m02_guozi_yusuan_2023.pdf": m02_sheet_heldout}

if __name__ == "__main__":
    main(FIXTURES / "tables_r17_blind", BLIND)
    main(FIXTURES / "tables_r17_heldout", HELD_OUT)
    write_nontemplate("tables_r17_nontemplate_blind", BLIND_N)
    write_nontemplate("tables_r17_nontemplate_heldout", HELD_OUT_N)
