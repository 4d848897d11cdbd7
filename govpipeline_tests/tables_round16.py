"""Round 16's constructed annual reports (fixtures/tables_r16_blind, held out: tables_r16_heldout), made by the
producers real files come from: pages printed to PDF by Chromium and .docx files converted by LibreOffice.
- 表三 under header words of unequal width: its seven requester columns as wide as their words (a browser's auto
  layout) or set to unequal widths in Word, so 社会公益组织 / 法律服务机构 wrap onto two lines and 其他 / 总计 do not;
- a label glued to its first figure: labels right-aligned, figures left-aligned, no cell padding, so the PDF's text
  has no gap between 公开 and 0;
- 表三 in HTML with rowspan/colspan, a 注 line under it and footnote marks after figures (12①, 3*), kept as a page
  and printed.

Figures from ``table_files.figures`` (every identity holds), keyed ``table.row.column`` in base units; a figure with a
footnote mark is keyed as the figure.

usage: python -m govpipeline_tests.tables_round16 FOLDER   (FOLDER named …heldout: the held-out set; needs
       /usr/bin/chromium and soffice)
"""
from __future__ import annotations

import io
import re
import sys
import tempfile
from pathlib import Path

from govpipeline_tests.office_files import convert
from govpipeline_tests.report_files import Report, Table, add_word_table
from govpipeline_tests.table_files import figures, main, report, t2_table, t3_table, t4_table, write
from govpipeline_tests.table_layouts import html_page
from govpipeline_tests.tables_browser_print import printed_page

NOTE = "注：1.本表数据来源于依申请公开登记台账；2.带*号的为跨年度办理件；①含通过政务服务热线转办的申请。"


def _browser(seed, version, body, table_tag, style, head_and_foot, official=True, marks=False, keep_page=False):
    def build(folder, name, answers):
        f = figures(seed, version)
        t3 = t3_table(f, official=official)
        if marks:
            t3 = _marked(t3)
        rep = report(f, body, [t2_table(f)], [t3] + ([NOTE] if marks else []), [t4_table(f)])
        page = html_page(rep, f"{body}{f.year}年政府信息公开工作年度报告", table_tag, style)
        form = f"{version}, a page whose tables are {table_tag} with CSS {style!r}" + \
            ("; 表三's labels in one column" if not official else "") + \
            ("; footnote marks after 表三's figures (N①, N*) and a 注 line under it" if marks else "")
        if keep_page:
            write(folder, f"{name}.html", page.encode("utf-8"), f, form + ", the page as saved", answers)
            return
        write(folder, f"{name}.pdf", printed_page(page, head_and_foot), f, form + ", printed by Chromium", answers)
    return build


def _marked(t3: Table) -> Table:
    """表三 with a footnote mark after some nonzero figures: ① after the first in 本年新收, * after those in 上年结转."""
    rows = [list(r) for r in t3.rows]
    for row in rows[t3.header_rows:]:
        label = "".join(row[:3])
        figs = [k for k, text in enumerate(row) if text.isdigit() and text != "0"]
        if "本年新收" in label and figs:
            row[figs[0]] += "①"
        elif "上年结转" in label:
            for k in figs:
                row[k] += "*"
    return Table(rows, spans=t3.spans, header_rows=t3.header_rows, widths=t3.widths)


def _office_pdf(seed, version, body, t3_widths, official=True, glued=False, ruled=True):
    def build(folder, name, answers):
        f = figures(seed, version)
        t3 = t3_table(f, official=official)
        t3.widths = t3_widths
        rep = report(f, body, [t2_table(f)], [t3], [t4_table(f)])
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp, f"{name}.docx")
            source.write_bytes(_docx(rep, glued, ruled))
            data = convert(source, "pdf", Path(tmp)).read_bytes()
        write(folder, f"{name}.pdf", data, f,
              f"{version}, .docx converted to PDF by LibreOffice; 表三's columns {t3_widths} cm"
              + ("; labels right-aligned against left-aligned figures, no cell margins" if glued else "")
              + ("" if ruled else "; tables without rules") + ("" if official else "; labels in one column"),
              answers)
    return build


def _docx(rep: Report, glued: bool, ruled: bool) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    document = docx.Document()
    for block in rep.blocks:
        if isinstance(block, Table):
            add_word_table(document, block)
            table = document.tables[-1]
            if not ruled:
                table.style = None
            if block.widths:
                table.autofit = False
                for column, width in zip(table.columns, block.widths):
                    for cell in column.cells:
                        cell.width = Cm(width)
            if glued:
                margins = OxmlElement("w:tblCellMar")
                for side in ("top", "left", "bottom", "right"):
                    m = OxmlElement(f"w:{side}")
                    m.set(qn("w:w"), "0")
                    m.set(qn("w:type"), "dxa")
                    margins.append(m)
                table._tbl.tblPr.append(margins)
                for row in table.rows:
                    for cell in row.cells:
                        figure = re.fullmatch(r"[+-]?[\d,.]+", cell.text)
                        align = WD_ALIGN_PARAGRAPH.LEFT if figure else WD_ALIGN_PARAGRAPH.RIGHT
                        for p in cell.paragraphs:
                            p.alignment = align
        elif isinstance(block, str):
            document.add_paragraph(block.lstrip("#"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_GLUED = "td{text-align:left}td:first-child{text-align:right}"
BLIND = {
    "u01_browser_auto_widths_ruled": _browser(1601, "2021", "宁乡市人力资源和社会保障局",
                                              '<table border="1" cellspacing="0" style="width:560px">',
                                              "body{font-size:13px}td{text-align:center}", True),
    "u02_browser_auto_widths_unruled_2019": _browser(1602, "2019", "兰溪市农业农村局",
                                                     '<table border="0" cellpadding="1" cellspacing="0">',
                                                     "td:not(:first-child){text-align:right}body{font-size:12px}",
                                                     False, official=False),
    "u03_office_unequal_widths": _office_pdf(1603, "2021", "江油市应急管理局",
                                             [1.0, 1.5, 3.3, 1.0, 1.5, 1.1, 1.6, 1.8, 0.9, 1.2]),
    "u04_office_unequal_widths_2019_one_label": _office_pdf(1604, "2019", "沁阳市人民政府办公室",
                                                            [5.2, 1.2, 1.9, 1.0, 2.2, 1.3, 1.0, 1.2],
                                                            official=False),
    "g01_browser_glued_labels": _browser(1605, "2021", "安吉县交通运输局",
                                         '<table border="0" cellpadding="0" cellspacing="0">', _GLUED, False,
                                         official=False),
    "g02_office_glued_unruled_2019": _office_pdf(1606, "2019", "灵武市民政局", [6.4] + [1.3] * 7, official=False,
                                                 glued=True, ruled=False),
    "g03_office_glued_ruled": _office_pdf(1607, "2021", "潜江市司法局", [1.0, 1.6, 4.1] + [1.33] * 7, glued=True),
    "f01_html_notes_marks": _browser(1608, "2021", "霍州市自然资源局", '<table border="1" cellspacing="0">', "", False,
                                     marks=True, keep_page=True),
    "f02_browser_notes_marks": _browser(1609, "2021", "瑞金市卫生健康委员会", '<table border="1" cellspacing="0">',
                                        "body{font-size:14px}", True, marks=True),
}
HELD_OUT = {
    "h01_browser_auto_widths_2019": _browser(1651, "2019", "海城市住房和城乡建设局",
                                             '<table border="1" cellspacing="0" cellpadding="2">',
                                             "body{font-size:12px;font-family:serif}", True),
    "h02_office_glued_unruled": _office_pdf(1652, "2021", "永康市市场监督管理局", [1.0, 1.6, 4.1] + [1.33] * 7,
                                            glued=True, ruled=False),
    "h03_browser_glued_marks": _browser(1653, "2021", "汨罗市财政局", '<table border="0" cellpadding="0" cellspacing="0">',
                                        _GLUED + "body{font-size:13px}", True, official=False, marks=True),
    "h04_office_unequal_widths_one_label": _office_pdf(1654, "2021", "彬州市教育局",
                                                       [5.6, 0.9, 1.6, 1.0, 2.0, 2.1, 0.9, 1.0], official=False),
}

if __name__ == "__main__":
    target = Path(sys.argv[1])
    main(target, HELD_OUT if target.name.endswith("heldout") else BLIND)
