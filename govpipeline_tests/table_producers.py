"""Constructed annual reports whose template tables take forms of a later blind round (fixtures/
tables_producers_blind), and their expected cells: PDFs from a producer that draws each page's text column by column
(and, unruled, glyph by glyph), with a table split over two pages and its header repeated; a .docx whose 表三 prints
its header rows again in the middle of the table (copied where a page began) as well as flagged to repeat; web pages
with rowspan and colspan and 0 printed as —, /, 无 or nothing in one table; a department's
report whose tables are all zero; a report of 2021 still in the 2019 trial format, and one with the trial format's
表二 beside the 2021 表三; 表三 one cell a line column by column; and misprinted totals that must be flagged.

Figures come from ``table_files.figures`` (every identity holds) unless said, keyed ``table.row.column`` in base
units. ``flags`` lists printed cells whose identity does not hold: an identity the extraction records must show each
in a sum that does not add up, or, where the row is left unread, a finding must name the row.

usage: python -m govpipeline_tests.table_producers FOLDER [NAME ...]  (writes the files and answers.json there)
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from govpipeline.lib.template import T2_2019, T2_2021, T3_2019, T3_2021
from govpipeline_tests.report_files import TEXT_WIDTH_CM, Report, Table, add_word_table, repeat_header_rows
from govpipeline_tests.table_files import Figures, figures, main, report, t2_table, t3_table, t4_table, \
    write
from govpipeline_tests.table_layouts import html_page, marked, one_line, tab_rows, text_of
from govpipeline_tests.table_text_forms import run_together


# ---------------------------------------------------------------------------------------------- a PDF drawn by columns
def _wrap(text: str, width: float, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = []
    for part in text.split("\n"):
        line = ""
        for ch in part:
            if line and stringWidth(line + ch, "STSong-Light", size) > width:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    return lines


def column_order_pdf(rep: Report, ruled: bool = True, by_glyph: bool = False, page_number: str = "- {} -",
                     breaks: dict[int, int] | None = None, continued_blank: bool = False) -> bytes:
    """The report on A4 pages as a producer that draws each table's text column by column writes it (all of the
    first column's cells top to bottom, then the second's…), rules after the text; ``by_glyph``: every character
    placed on its own. ``breaks`` maps a table's index among the report's tables to the body row before which the
    page ends; the table goes on at the next page's top under its header rows printed again. ``ruled``: rules
    drawn for the tables that have them; ``continued_blank``: a merged cell cut by the page prints its text only
    in its first part, as Word does (else again in each part)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    width, height = A4
    left, top, bottom = 2.5 * cm, height - 2.5 * cm, 2.5 * cm
    state = {"y": top, "page": 1}

    def draw(x: float, y: float, text: str, size: float) -> None:
        pdf.setFont("STSong-Light", size)
        if not by_glyph:
            pdf.drawString(x, y, text)
            return
        for ch in text:
            pdf.drawString(x, y, ch)
            x += pdfmetrics.stringWidth(ch, "STSong-Light", size)

    def new_page() -> None:
        pdf.setFont("STSong-Light", 10)
        pdf.drawCentredString(width / 2, 1.2 * cm, page_number.format(state["page"]))
        pdf.showPage()
        state["page"] += 1
        state["y"] = top

    def table_part(block: Table, rows: list[int]) -> None:
        n = len(block.rows[0])
        widths = [w * cm for w in block.widths] if block.widths else [TEXT_WIDTH_CM * cm / n] * n
        xs = [left + sum(widths[:c]) for c in range(n + 1)]
        cells = {}  # (r, c) -> (last row, last column, its text) of the cell printed there
        for r in rows:
            for c in range(n):
                span = next(((r0, c0, r1, c1) for r0, c0, r1, c1 in block.spans if r0 <= r <= r1 and c0 <= c <= c1),
                            (r, c, r, c))
                first = min(k for k in rows if span[0] <= k <= span[2])  # a merge cut by the page: its part here
                if (first, span[1]) == (r, c):
                    text = "" if continued_blank and first != span[0] else block.rows[r][c]
                    cells[(r, c)] = (min(span[2], rows[-1]), span[3], text)
        heights = {r: 12.0 for r in rows}
        for (r, c), (r1, c1, text) in cells.items():
            need = 10 * len(_wrap(text, xs[c1 + 1] - xs[c] - 4, 8)) + 4
            have = sum(heights[k] for k in rows if r <= k <= r1)
            heights[r1] += max(0.0, need - have)
        if state["y"] - sum(heights.values()) < bottom and state["y"] < top:
            new_page()
        ys = {}
        y = state["y"]
        for r in rows:
            ys[r] = y
            y -= heights[r]
        for c in range(n):  # the text, column by column
            for r in rows:
                if (r, c) in cells:
                    r1, c1, text = cells[(r, c)]
                    for k, line in enumerate(_wrap(text, xs[c1 + 1] - xs[c] - 4, 8)):
                        draw(xs[c] + 2, ys[r] - 10 - 10 * k, line, 8)
        if ruled and block.ruled:
            pdf.setLineWidth(0.5)
            for (r, c), (r1, c1, _) in cells.items():
                pdf.rect(xs[c], ys[r1] - heights[r1], xs[c1 + 1] - xs[c], ys[r] - ys[r1] + heights[r1])
        state["y"] = y - 12

    tables = 0
    for block in rep.blocks:
        if isinstance(block, Table):
            cut = (breaks or {}).get(tables)
            tables += 1
            body = list(range(block.header_rows, len(block.rows)))
            head = list(range(block.header_rows))
            if cut is None:
                parts = [head + body]
            else:
                at = body.index(cut)
                parts = [head + body[:at], head + body[at:]]
            for k, rows in enumerate(parts):
                if k:
                    new_page()
                table_part(block, rows)
        elif isinstance(block, str):
            text = block.lstrip("#")
            lines = _wrap(("" if block.startswith("#") else "\u3000\u3000") + text, width - 2 * left, 11)
            for line in lines:
                if state["y"] < bottom + 20:
                    new_page()
                draw(left, state["y"] - 11, line, 11)
                state["y"] -= 17
    new_page()
    pdf.save()
    return out.getvalue()


# ---------------------------------------------------------------------------------------------- Word
def header_again(table: Table, at: int) -> Table:
    """The table with its header rows printed again before row ``at`` (as an author copies them where a page
    began); a merge across that row is cut in two, each part with its text."""
    h = table.header_rows
    rows = table.rows[:at] + table.rows[:h] + table.rows[at:]
    spans = []
    for r0, c0, r1, c1 in table.spans:
        if r1 < at:
            spans.append((r0, c0, r1, c1))
        elif r0 >= at:
            spans.append((r0 + h, c0, r1 + h, c1))
        else:
            spans += [(r0, c0, at - 1, c1), (at + h, c0, r1 + h, c1)]
    spans += [(r0 + at, c0, r1 + at, c1) for r0, c0, r1, c1 in table.spans if r1 < h]
    return Table(rows, spans=spans, header_rows=h, widths=table.widths)


def docx_header_repeated(rep: Report) -> bytes:
    """The report as a .docx with real Word tables (merged cells as gridSpan and vMerge), each table's header rows
    flagged to repeat on every page (w:tblHeader)."""
    import docx

    document = docx.Document()
    for block in rep.blocks:
        if isinstance(block, Table):
            add_word_table(document, block)
            repeat_header_rows(document.tables[-1], block.header_rows)
        elif isinstance(block, str):
            document.add_paragraph(block.lstrip("#"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------- other forms
def zero(version: str, year: int) -> Figures:
    """A department that made no document, received no request and faced no case: every figure 0."""
    spec2, spec3 = (T2_2021, T3_2021) if version == "2021" else (T2_2019, T3_2019)
    return Figures(version, {r.key: ["0"] * len(r.columns) for r in spec2.rows},
                   {r.key: [0] * 7 for r in spec3.rows}, [0] * 15, year)


def columns_a_line(table: Table) -> list[str]:
    """表三 as a converter writes a PDF drawn column by column: its row labels one a line, then each requester
    column's name followed by its figures one a line."""
    body = table.rows[table.header_rows:]
    out = [table.rows[0][0].replace("\n", "")] + [row[0] for row in body]
    for c, name in enumerate(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]):
        out += [name] + [row[c + 1] for row in body]
    return out


def zero_narrative(rep: Report) -> Report:
    rep.blocks = [b.replace(b[b.index("全年共收到"):b.index("均在法定期限内答复。") + 10], "全年未收到政府信息公开申请。")
                  if isinstance(b, str) and "全年共收到" in b else b for b in rep.blocks]
    return rep


# ---------------------------------------------------------------------------------------------- the round
def _c01(folder, name, answers):
    f = figures(1001)
    t2 = t2_table(f)
    t2.header_rows = 2  # the section (一)'s heading and the column names, flagged to repeat
    rep = report(f, "某某市商务局", [t2], [t3_table(f, official=False)], [t4_table(f)])
    write(folder, name, column_order_pdf(rep, breaks={0: 9}), f,
          "2021 ruled PDF from a producer that draws each table's text column by column (the labels top to bottom, "
          "then each column's figures), 表二 split over two pages before 行政处罚 with its first two rows (第二十条第（一）项 "
          "and its column names) printed again", answers)


def _c02(folder, name, answers):
    f = figures(1002)
    rep = report(f, "某某县退役军人事务局", [t2_table(f, ruled=False)], [t3_table(f, official=False)],
                 [t4_table(f)], middle=["认真落实政务公开工作要点，持续优化政府网站信息公开专栏。"] * 8)
    write(folder, name, column_order_pdf(rep, by_glyph=True, breaks={1: 14}, page_number="第{}页"), f,
          "2021 PDF drawn column by column and glyph by glyph (each character placed on its own), 表二 without "
          "rules, 表三 ruled and split over two pages with its three header rows printed again", answers)


def _c03(folder, name, answers):
    f = figures(1003)
    rep = report(f, "某某区卫生健康局", [t2_table(f)], [header_again(t3_table(f), 16)], [t4_table(f)])
    write(folder, name, docx_header_repeated(rep), f,
          "2021 .docx, Word tables with the national form's merged cells (gridSpan, vMerge), header rows flagged to "
          "repeat, and 表三's three header rows copied again before row 3.危及“三安全一稳定” (a merge down the label "
          "columns cut there)", answers)


def _c04(folder, name, answers):
    f = figures(1004)
    rep = report(f, "某某县交通运输局", [marked(t2_table(f), ("—", "/", "无", ""))],
                 [marked(t3_table(f), ("—", "/", "无", ""))], [marked(t4_table(f), ("—", "", "/"))])
    write(folder, name, html_page(rep, f"{f.year}年政府信息公开工作年度报告").encode(), f,
          "2021 web page, HTML tables with rowspan and colspan (表三 as the national form, its groups merged down), 0 "
          "printed in turn as —, /, 无 and nothing within each table", answers)


def _c05(folder, name, answers):
    f = zero("2021", 2022)
    rep = zero_narrative(report(f, "某某市档案局", [t2_table(f)], [t3_table(f, official=False)], [t4_table(f)]))
    write(folder, name, run_together(rep).encode(), f,
          "2022 crawled page on one line, every cell run into the next, of a department whose three tables are all "
          "zero (0000000 rows)", answers)


def _c06(folder, name, answers):
    f = zero("2019", 2020)
    rep = zero_narrative(report(f, "某某县地方志办公室", [t2_table(f)], [t3_table(f)], [t4_table(f)]))
    write(folder, name, text_of(rep, tab_rows).encode(), f,
          "2020 tab text in the 2019 trial format of a department whose tables are all zero", answers)


def _c07(folder, name, answers):
    f = figures(1007)
    f.t3["r7_total"][1] += 1  # （七）总计's 商业企业 printed one too high
    rep = report(f, "某某区司法局", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, html_page(rep, f"{f.year}年度政府信息公开工作报告").encode(), f,
          "2021 web page, 表三 as the national form (rowspan, colspan); （七）总计's 商业企业 printed one more than its rows (its row's 总计 and "
          "一+二=七+四 fail too): the check must flag it", answers)
    answers[name.rsplit(".", 1)[0]]["flags"] = ["t3.r7_total.commercial"]


def _c08(folder, name, answers):
    f = figures(1008, "2019")
    f.year = 2021
    rep = report(f, "某某县人民政府办公室", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, docx_header_repeated(rep), f,
          "a 2021 .docx still in the 2019 trial format (表二's 22 cells with signed changes, 表三's 23 rows), Word "
          "tables with merged cells", answers)


def _c09(folder, name, answers):
    f = figures(1009)
    old = figures(1019, "2019")
    rep = report(f, "某某镇人民政府", [t2_table(old)], [t3_table(f, official=False)], [t4_table(f)])
    cells = {k: v for k, v in old.cells().items() if k.startswith("t2.")}
    cells.update({k: v for k, v in f.cells().items() if not k.startswith("t2.")})
    write(folder, name, text_of(rep, tab_rows).encode(), f,
          "2021 tab text whose 表二 is still the 2019 trial format's (22 cells) beside the 2021 表三 (25 rows) and "
          "表四", answers)
    answers[name.rsplit(".", 1)[0]]["cells"] = cells


def _c10(folder, name, answers):
    f = figures(1010)
    rep = report(f, "某某区水务局", [t2_table(f)], [t3_table(f, official=False)], [t4_table(f)])
    tables = iter(range(3))
    write(folder, name, text_of(rep, lambda t: columns_a_line(t) if next(tables) == 1 else tab_rows(t)).encode(), f,
          "2021 text whose 表三 a converter wrote column by column, one cell a line: its 25 row labels, then each "
          "requester column's name and its 25 figures; 表二 and 表四 tab rows", answers)


def _c11(folder, name, answers):
    f = figures(1011)
    f.t4[4] += 1  # 行政复议's 总计 printed one more than its four outcomes
    rep = report(f, "某某县税务局", [t2_table(f)], [t3_table(f, official=False)], [t4_table(f)])
    write(folder, name, column_order_pdf(rep, page_number="{}"), f,
          "2021 ruled PDF drawn column by column; 表四's 行政复议 总计 printed one more than its four outcomes: the check "
          "must flag it", answers)
    answers[name.rsplit(".", 1)[0]]["flags"] = ["t4.cases.reconsideration_total"]


def signed_full_width(text: str) -> str:
    """The trial format's changes (本年增/减) with full-width signs, as Word's Chinese fonts print them: ＋3, －2."""
    return text.replace("+", "＋").replace(" -", " －")


# the round's second part, written and keyed before the code ran on it, after the first part was measured
def _c12(folder, name, answers):
    f = figures(1012)
    t3 = t3_table(f)
    t3.widths = [1.0, 1.9, 3.9] + [1.31] * 7
    rep = report(f, "某某市医疗保障局", [t2_table(f)], [t3], [t4_table(f)],
                 middle=["深化医保领域政务公开，及时发布医保政策和经办信息。"] * 6)
    write(folder, name, column_order_pdf(rep, breaks={1: 12}, continued_blank=True), f,
          "2021 ruled PDF drawn column by column, 表三 as the national form (三、本年度办理结果 and each group merged down "
          "their rows) split over two pages inside （三）不予公开 with its header printed again; the merged cells' "
          "text only on the first page (the rows after the break have no group label)", answers)


def _c13(folder, name, answers):
    f = zero("2021", 2023)
    rep = zero_narrative(report(f, "某某区机关事务管理局", [marked(t2_table(f))], [marked(t3_table(f))],
                                [marked(t4_table(f))]))
    write(folder, name, docx_header_repeated(rep), f,
          "2023 .docx of a department whose tables are all zero, every figure cell left empty (Word tables, merged "
          "cells)", answers)


def _c14(folder, name, answers):
    f = zero("2021", 2022)
    rep = zero_narrative(report(f, "某某县红十字会", [marked(t2_table(f), "无")], [marked(t3_table(f), "无")],
                                [marked(t4_table(f), "无")]))
    write(folder, name, html_page(rep, f"{f.year}年政府信息公开工作年度报告").encode(), f,
          "2022 web page of a department whose tables are all zero, every figure cell printed 无", answers)


def _c15(folder, name, answers):
    f = figures(1015, "2019")
    rep = report(f, "某某县商务局", [t2_table(f)], [t3_table(f, official=False)], [t4_table(f)])
    write(folder, name, signed_full_width(one_line(rep)).encode(), f,
          f"{f.year} crawled page on one line in the 2019 trial format, cells a space apart, 表二's changes "
          "(本年增/减) with full-width signs (＋3, －2)", answers)


def _c16(folder, name, answers):
    f = zero("2021", 2023)
    rep = zero_narrative(report(f, "某某镇人民政府", [marked(t2_table(f))], [marked(t3_table(f, official=False))],
                                [marked(t4_table(f))]))
    write(folder, name, one_line(rep).encode(), f,
          "2023 crawled page on one line of a department whose tables are all zero, every figure cell left empty "
          "(only the labels and headers remain)", answers)


def _c17(folder, name, answers):
    f = figures(1017, "2019")
    f.t3["r6"][6] += 2  # （六）其他处理's 总计 printed two more than its requester columns
    rep = report(f, "某某县住房和城乡建设局", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, docx_header_repeated(rep), f,
          f"{f.year} .docx in the 2019 trial format; 表三's （六）其他处理 prints a 总计 two more than its requester "
          "columns: the check must flag it", answers)
    answers[name.rsplit(".", 1)[0]]["flags"] = ["t3.r6.total"]


ROUND = {"c01_pdf_column_order_table_two_split.pdf": _c01,
         "c02_pdf_column_order_by_glyph_table_three_split.pdf": _c02,
         "c03_docx_header_rows_copied_mid_table.docx": _c03,
         "c04_html_national_form_mixed_marks.html": _c04,
         "c05_all_zero_department_run_together.txt": _c05,
         "c06_all_zero_trial_format_tabs.txt": _c06,
         "c07_html_column_total_misprinted.html": _c07,
         "c08_docx_2021_report_in_trial_format.docx": _c08,
         "c09_trial_table_two_beside_2021_table_three.txt": _c09,
         "c10_table_three_column_by_column_lines.txt": _c10,
         "c11_pdf_column_order_appeal_total_misprinted.pdf": _c11,
         "c12_pdf_column_order_national_form_split_merges_once.pdf": _c12,
         "c13_docx_all_zero_cells_empty.docx": _c13,
         "c14_html_all_zero_cells_wu.html": _c14,
         "c15_trial_format_one_line_full_width_signs.txt": _c15,
         "c16_all_zero_one_line_cells_empty.txt": _c16,
         "c17_docx_trial_format_other_row_total_misprinted.docx": _c17}

# ---------------------------------------------------------------------------------------------- held out
def dropped(table: Table) -> Table:
    """The table with 0 printed as an empty cell (which a one-line page then drops)."""
    return marked(table, "")


def _x01(folder, name, answers):
    f = figures(1101, "2019")
    rep = report(f, "某某县教育体育局", [t2_table(f)], [t3_table(f, official=False)], [t4_table(f)],
                 middle=["围绕教育民生重点领域，及时公开招生入学、教育收费等信息。"] * 7)
    write(folder, name, column_order_pdf(rep, by_glyph=True, breaks={1: 10}, page_number="第 {} 页"), f,
          f"{f.year} PDF in the 2019 trial format drawn column by column and glyph by glyph, ruled, 表三 split over "
          "two pages with its header printed again", answers)


def _x02(folder, name, answers):
    f = figures(1102)
    old = figures(1112, "2019")
    rep = report(f, "某某区城市管理局", [t2_table(old)], [header_again(t3_table(f), 20)], [t4_table(f)])
    cells = {k: v for k, v in old.cells().items() if k.startswith("t2.")}
    cells.update({k: v for k, v in f.cells().items() if not k.startswith("t2.")})
    write(folder, name, docx_header_repeated(rep), f,
          "2021 .docx whose 表二 is the trial format's beside the 2021 表三 (merged cells, header rows copied before "
          "（五）不予处理's second item)", answers)
    answers[name.rsplit(".", 1)[0]]["cells"] = cells


def _x03(folder, name, answers):
    f = figures(1103)
    rep = report(f, "某某县文化广电和旅游局", [dropped(t2_table(f))], [dropped(t3_table(f, official=False))],
                 [dropped(t4_table(f))])
    write(folder, name, one_line(rep).encode(), f,
          "2021 crawled page on one line, cells a space apart, 0 printed as an empty cell and dropped", answers)


def _x04(folder, name, answers):
    f = figures(1104, "2019")
    rep = report(f, "某某市粮食和物资储备局", [dropped(t2_table(f))], [dropped(t3_table(f, official=False))],
                 [dropped(t4_table(f))])
    write(folder, name, run_together(rep).encode(), f,
          f"{f.year} crawled page in the 2019 trial format on one line, every cell run into the next, 0 printed as "
          "an empty cell and dropped", answers)


def _x05(folder, name, answers):
    f = zero("2019", 2020)
    rep = zero_narrative(report(f, "某某县科学技术协会", [marked(t2_table(f), "—")], [marked(t3_table(f), "—")],
                                [marked(t4_table(f), "—")]))
    write(folder, name, html_page(rep, f"{f.year}年政府信息公开工作年度报告").encode(), f,
          "2020 web page in the 2019 trial format of a department whose tables are all zero, every figure cell —",
          answers)


def _x06(folder, name, answers):
    f = figures(1106)
    f.t3["r5_2"][6] += 1  # 2.重复申请's 总计 one more than its requester columns
    rep = report(f, "某某县人力资源和社会保障局", [marked(t2_table(f), ("/", "无"))],
                 [marked(t3_table(f), ("—", "", "/"))], [marked(t4_table(f), ("无", "—"))])
    write(folder, name, html_page(rep, f"{f.year}年政府信息公开工作年度报告").encode(), f,
          "2021 web page, national form with rowspan and colspan, 0 printed as —, / , 无 or nothing; 2.重复申请's 总计 "
          "printed one more than its requester columns: the check must flag it", answers)
    answers[name.rsplit(".", 1)[0]]["flags"] = ["t3.r5_2.total"]


def _x07(folder, name, answers):
    f = figures(1107)
    old = figures(1117, "2019")
    rep = report(f, "某某乡人民政府", [t2_table(old)], [t3_table(f, official=False)], [t4_table(f)])
    cells = {k: v for k, v in old.cells().items() if k.startswith("t2.")}
    cells.update({k: v for k, v in f.cells().items() if not k.startswith("t2.")})
    write(folder, name, signed_full_width(one_line(rep)).encode(), f,
          "2021 crawled page on one line, cells a space apart, the trial format's 表二 (changes with full-width signs) "
          "beside the 2021 表三", answers)
    answers[name.rsplit(".", 1)[0]]["cells"] = cells


HELD_OUT = {"x01_pdf_column_order_by_glyph_trial_format_split.pdf": _x01,
            "x02_docx_trial_table_two_header_rows_copied.docx": _x02,
            "x03_one_line_spaced_empty_cells_dropped.txt": _x03,
            "x04_trial_format_run_together_empty_cells_dropped.txt": _x04,
            "x05_html_all_zero_trial_format_dashes.html": _x05,
            "x06_html_mixed_marks_row_total_misprinted.html": _x06,
            "x07_one_line_trial_table_two_full_width_signs.txt": _x07}

if __name__ == "__main__":
    target = Path(sys.argv[1])
    chosen = sys.argv[2:]
    sets = HELD_OUT if target.name.endswith("heldout") else ROUND
    main(target, {k: v for k, v in sets.items() if not chosen or k in chosen})
