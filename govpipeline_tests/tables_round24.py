"""Round 24's constructed reports (written with their keys before the code ran on them), aimed at forms of other CMS
exports and files not tried before: a saved page whose tables are paragraphs, a row a <p> with its cells set apart
by runs of &nbsp; or of full-width spaces (the tables numbered 表1-表3, or not numbered); a table rendered as a list
of <p>, one a cell; a paginated article whose 表三 is split between its two pages (the pager, the title and the
post's info line between the two parts); a .doc saved with WPS Office's .wps name; a .doc whose tables are
captioned 表1-表3; a 2024 表三 whose 法人或其他组织 block adds a 小计 column; an OCR'd scan; one-line pages whose
every zero prints blank (rows with no figure at all); and one body's two consecutive years, the later year a
one-line page with blank zeros (its 上年结转 is the earlier year's 结转下年度继续办理).
- fixtures/tables_r24_blind (answers.json, scored by bench/table_forms.py; the pairs by bench/table_years.py too);
- fixtures/tables_r24h was written with the blind set and is measured once, after the fixes.
Places are real, of many provinces; figures invented. Years 2019-2025.

usage: HOME=/tmp/x .venv/bin/python -m govpipeline_tests.tables_round24   (needs soffice, ocrmypdf)
"""
from __future__ import annotations

import dataclasses
import html
import tempfile
from pathlib import Path

from govpipeline_tests.report_files import Report, Table
from govpipeline_tests.table_files import Figures, main, narrative, t2_table, t3_table, t4_table, tail
from govpipeline_tests.tables_round20 import _docx
from govpipeline_tests.tables_round21 import _entry, _figures, _split_plain
from govpipeline_tests.tables_round22 import _pdf_broken
from govpipeline_tests.tables_round23 import _one, _pair

FIXTURES = Path(__file__).resolve().parent / "fixtures"
_HEADINGS = (("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况"), ("四", "政府信息公开行政复议、行政诉讼情况"))


def _blocks(f: Figures, body: str, tables: list, numbered: bool) -> list:
    """The report's blocks: each table under its section's heading, and (``numbered``) a caption 表N before it."""
    out = narrative(f, body)
    for n, ((k, title), table) in enumerate(zip(_HEADINGS, tables), start=1):
        out.append(f"#{k}、{title}")
        if numbered:
            out.append(f"表{n} {title}")
        out += table if isinstance(table, list) else [table]
    return out + tail()


def _page(paragraphs: list[str], title: str) -> str:
    return (f"<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head><body>"
            f"<div class=\"crumb\">首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 政府信息公开年报</div>"
            f"<div class=\"TRS_Editor\">{''.join(paragraphs)}</div>"
            "<div class=\"foot\">版权所有 网站标识码 ICP备案</div></body></html>")


def _paragraph_rows(seed, version, year, body, *, gap: str, numbered: bool):
    """Tables as paragraphs, a row a <p>, its cells (merged ones once) set apart by ``gap`` (runs of &nbsp; or of
    full-width spaces)."""
    def build(folder, name, answers):
        f = _figures(seed, version, year)
        out = []
        for block in _blocks(f, body, [t2_table(f), t3_table(f, official=False), t4_table(f)], numbered):
            if isinstance(block, Table):
                out += [f"<p>{gap.join(html.escape(c) for c in line.split(chr(9)) if c)}</p>" for line in block.lines()]
            else:
                out.append(f"<p>{html.escape(block.lstrip('#'))}</p>")
        shown = "runs of &nbsp;" if "&nbsp;" in gap else "full-width spaces"
        _entry(folder, name, "html", _page(out, f"{body}{year}年政府信息公开工作年度报告").encode("utf-8"), f,
               f"saved page, tables as paragraphs (a row a <p>, cells set apart by {shown})"
               + (", tables captioned 表1-表3" if numbered else ", tables not numbered"), answers)
    return build


def _cell_paragraphs(seed, version, year, body, *, empty: str):
    """Tables rendered as a list of <p>, one a cell in the grid's order (a merged cell once), an empty cell ``empty``."""
    def build(folder, name, answers):
        f = _figures(seed, version, year)
        out = []
        for block in _blocks(f, body, [t2_table(f), t3_table(f, official=True), t4_table(f)], False):
            if isinstance(block, Table):
                out += [f"<p>{html.escape(c) if c else empty}</p>" for line in block.lines() for c in line.split("\t")]
            else:
                out.append(f"<p>{html.escape(block.lstrip('#'))}</p>")
        _entry(folder, name, "html", _page(out, f"{body}{year}年政府信息公开工作年度报告").encode("utf-8"), f,
               f"saved page, national 表三, every table cell a <p> of its own (empty cells {empty!r})", answers)
    return build


def _paginated(seed, version, year, body, *, at: int, posted: str):
    """A paginated article saved whole: 表三 (one label column) split after data row ``at``; between its parts the
    pager, the article's title again and its info line (the second part without header)."""
    from govpipeline_tests.table_layouts import html_page

    def build(folder, name, answers):
        f = _figures(seed, version, year)
        first, rest = _split_plain(t3_table(f, official=False), at)
        title = f"{body}{year}年政府信息公开工作年度报告"
        turn = ["上一页 1 2 下一页 共2页", f"#{title}", f"发布时间：{posted} 来源：{body} 浏览次数：126"]
        page = html_page(Report(_blocks(f, body, [t2_table(f), [first] + turn + [rest], t4_table(f)], False)), title)
        _entry(folder, name, "html", page.encode("utf-8"), f,
               f"paginated article saved whole, 表三 (one label column) split after data row {at} between its two "
               "pages (pager, title and info line between the parts, the second without header)", answers)
    return build


def _office(seed, version, year, body, *, ext: str, numbered: bool = False, size: int = 12):
    """A .docx (national 表三, merged) saved by LibreOffice as Word 97-2003, named ``ext`` (.wps is the name WPS
    Office gives the same binary format)."""
    from govpipeline_tests.office_files import convert

    def build(folder, name, answers):
        f = _figures(seed, version, year)
        rep = Report(_blocks(f, body, [t2_table(f), t3_table(f, official=True), t4_table(f)], numbered))
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp, "report.docx")
            source.write_bytes(_docx(rep, size=size))
            data = convert(source, "doc", Path(tmp)).read_bytes()
        _entry(folder, name, ext, data, f,
               f"Word 97-2003 binary saved by LibreOffice from a .docx (national 表三, merged), named .{ext}"
               + (", tables captioned 表1-表3" if numbered else ""), answers)
    return build


def _with_subtotal(table: Table) -> Table:
    """表三 (one label column) with a 小计 column after the 法人或其他组织 block's five (the 2023-2025 form some offices
    print): header cells and each row's sum of its five columns."""
    rows = []
    for r, row in enumerate(table.rows):
        if r < table.header_rows:
            extra = {0: row[1], 1: row[2], 2: "小计"}[r]
        else:
            extra = str(sum(int(v) for v in row[2:7]))
        rows.append(row[:7] + [extra] + row[7:])
    spans = [(0, 0, 2, 0), (0, 1, 0, 8), (1, 1, 2, 1), (1, 2, 1, 7), (1, 8, 2, 8)]
    return dataclasses.replace(table, rows=rows, spans=spans, widths=None)


def _subtotal_page(seed, year, body, *, one_line_page: bool = False):
    from govpipeline_tests.table_layouts import html_page, one_line

    def build(folder, name, answers):
        f = _figures(seed, "2021", year)
        rep = Report(_blocks(f, body, [t2_table(f), _with_subtotal(t3_table(f, official=False)), t4_table(f)], False))
        title = f"{body}{year}年政府信息公开工作年度报告"
        if one_line_page:
            data, ext, form = one_line(rep).encode("utf-8"), "txt", "crawled page on one line"
        else:
            data, ext, form = html_page(rep, title).encode("utf-8"), "html", "saved page"
        _entry(folder, name, ext, data, f, f"{form}, 表三's 法人或其他组织 block with a 小计 column after its five "
                                           "(8 value columns)", answers)
    return build


BLIND = {
    "f01_paragraph_rows_nbsp_numbered_2023": _paragraph_rows(2401, "2021", 2023, "济南市历下区商务局",
                                                             gap="&nbsp;" * 4, numbered=True),
    "f02_paragraph_rows_ideographic_spaces_trial_2020": _paragraph_rows(2402, "2019", 2020, "南宁市青秀区民政局",
                                                                        gap="\u3000\u3000", numbered=False),
    "f03_cell_paragraphs_2022": _cell_paragraphs(2403, "2021", 2022, "成都市武侯区司法局", empty="&nbsp;"),
    "f04_paginated_t3_split_2025": _paginated(2404, "2021", 2025, "西安市雁塔区教育局", at=9, posted="2026-01-16"),
    "f05_wps_2024": _office(2405, "2021", 2024, "贵阳市南明区水务管理局", ext="wps"),
    "f06_doc_numbered_trial_2019": _office(2406, "2019", 2019, "太原市小店区财政局", ext="doc", numbered=True),
    "f07_ocr_pdf_2021": _pdf_broken(2407, "2021", 2021, "昆明市五华区统计局", filler=0, page_number="- {} -", ocr=300),
    "f08_one_line_every_zero_blank_2023": _one(2408, "2021", 2023, "兰州市城关区应急管理局", " ", ""),
    "f09_pair_html_then_one_line_blank_zeros": _pair(2409, "2021", 2022, "合肥市蜀山区人力资源和社会保障局", "0 ", "",
                                                     earlier_html=True),
    "f10_html_t3_subtotal_column_2024": _subtotal_page(2410, 2024, "乌鲁木齐市天山区交通运输局"),
    "f11_one_line_t3_subtotal_column_2025": _subtotal_page(2411, 2025, "拉萨市城关区农业农村局", one_line_page=True),
}

HELD_OUT = {
    "h01_paragraph_rows_nbsp_numbered_trial_2019": _paragraph_rows(2451, "2019", 2019, "石家庄市长安区卫生健康局",
                                                                   gap="&nbsp;" * 6, numbered=True),
    "h02_cell_paragraphs_2024": _cell_paragraphs(2452, "2021", 2024, "哈尔滨市南岗区住房和城乡建设局", empty=""),
    "h03_wps_numbered_2022": _office(2453, "2021", 2022, "福州市鼓楼区文化体育和旅游局", ext="wps", numbered=True),
    "h04_pair_html_then_one_line_every_zero_blank": _pair(2454, "2021", 2025, "南昌市东湖区市场监督管理局", " ", "t4",
                                                          earlier_html=True),
    "h05_paginated_t3_split_2023": _paginated(2455, "2021", 2023, "呼和浩特市新城区农牧局", at=14,
                                              posted="2024-01-29"),
}

if __name__ == "__main__":
    main(FIXTURES / "tables_r24_blind", BLIND)
    main(FIXTURES / "tables_r24h", HELD_OUT)
