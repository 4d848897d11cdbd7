"""Constructed annual reports whose template tables take the layouts of a later blind round (fixtures/
tables_layouts_blind), and their expected cells: text as HTML-to-text converters and crawlers leave it (one cell a
line, Markdown pipes, one line), tables in unusual shapes (表三 transposed, 表三 with only its 总计 column, 表二 absent),
marks for 0, a 万元 fee, PDF pages turned by /Rotate, a row of an unruled PDF table cut before its figures, a Word
table converted to text, and reports whose own arithmetic is wrong.

Figures come from ``table_files.figures`` (every identity holds), keyed ``table.row.column`` in base units. A cell
keyed null is one the report does not print: reading it (as a figure or a blank) is wrong, and a table whose cells
are all null must be named by a finding. ``flags`` lists printed cells whose identity does not hold: the template
identities the extraction records must show each in a sum that does not add up.

usage: python -m govpipeline_tests.table_layouts FOLDER [NAME ...]  (writes the files and answers.json there)
"""
from __future__ import annotations

import html
import io
import sys
from pathlib import Path

from govpipeline_tests.report_files import PageTurn, Report, Table, to_docx, to_pdf
from govpipeline_tests.table_files import Figures, figures, main, printed, report, t2_table, t3_table, t4_table, write
from govpipeline.lib.template import T3_2019, T3_2021


def marked(table: Table, marks: tuple[str, ...] | str = "") -> Table:
    """The table with each cell that prints 0 printed as a mark instead (``""``: left empty), the marks taken in
    turn."""
    marks = (marks,) if isinstance(marks, str) else marks
    k = 0
    rows = []
    for row in table.rows:
        out = []
        for text in row:
            if text == "0":
                text = marks[k % len(marks)]
                k += 1
            out.append(text)
        rows.append(out)
    return Table(rows, spans=table.spans, header_rows=table.header_rows, widths=table.widths,
                 repeat_header=table.repeat_header, cut=table.cut, ruled=table.ruled, valign=table.valign)


def grid_rows(table: Table) -> list[list[str]]:
    """The table's rows as a converter writes each cell of the grid: a merged cell's text in its first position, the
    positions it covers empty."""
    return [["" if table.covered(r, c) else text for c, text in enumerate(row)] for r, row in enumerate(table.rows)]


def text_of(rep: Report, row_lines) -> str:
    """The report as text: a paragraph a line, each table's rows through ``row_lines(table)`` -> lines."""
    lines: list[str] = []
    for block in rep.blocks:
        if isinstance(block, Table):
            lines += row_lines(block)
        elif isinstance(block, str):
            lines.append(block.lstrip("#"))
    return "\n".join(lines) + "\n"


def one_cell_a_line(empty_as_line: bool):
    """Each cell of a row (merges written once) on its own line; an empty cell a blank line, or no line at all."""
    def lines(table: Table) -> list[str]:
        out = []
        for line in table.lines():
            out += [c for c in line.split("\t") if c or empty_as_line]
        return out
    return lines


def markdown(table: Table) -> list[str]:
    rows = grid_rows(table)
    out = ["| " + " | ".join(row) + " |" for row in rows]
    out.insert(1, "|" + "---|" * len(rows[0]))
    return [""] + out + [""]


def tab_rows(table: Table) -> list[str]:
    return table.lines()


def html_page(rep: Report, title: str, table_tag: str = '<table border="1" cellspacing="0">', style: str = "",
              thead: bool = False) -> str:
    """A saved web page: each table as HTML (opened by ``table_tag``, the page's CSS ``style``) with its merges as
    rowspan and colspan; with ``thead``, a table's header rows in <thead>, which a browser prints again on each page
    the table runs over."""
    body = []
    for block in rep.blocks:
        if isinstance(block, Table):
            rows = []
            for r, row in enumerate(block.rows):
                tds = []
                for c, text in enumerate(row):
                    if block.covered(r, c):
                        continue
                    span = next(((r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in block.spans
                                 if (r0, c0) == (r, c)), (1, 1))
                    attrs = (f' rowspan="{span[0]}"' if span[0] > 1 else "") + \
                            (f' colspan="{span[1]}"' if span[1] > 1 else "")
                    tds.append(f"<td{attrs}>{html.escape(text)}</td>")
                rows.append("<tr>" + "".join(tds) + "</tr>")
            if thead:
                rows = ["<thead>"] + rows[:block.header_rows] + ["</thead><tbody>"] + rows[block.header_rows:] \
                    + ["</tbody>"]
            body.append(table_tag + "".join(rows) + "</table>")
        elif isinstance(block, str):
            body.append(f"<p>{html.escape(block.lstrip('#'))}</p>")
    return (f"<html><head><meta charset=\"utf-8\"><title>{title}</title><style>{style}</style></head><body>"
            f"<div class=\"nav\">首页 &gt; 政府信息公开 &gt; 年度报告</div><div class=\"article\">{''.join(body)}</div>"
            "<div class=\"footer\">主办单位：某某人民政府办公室</div></body></html>")


def docx_converted_to_text(rep: Report) -> bytes:
    """The report as a .docx whose tables were turned into text by Word's Convert Table to Text: one paragraph a row,
    each cell followed by one tab (an empty cell leaves two tabs side by side), a merged cell once."""
    import docx

    document = docx.Document()
    for block in rep.blocks:
        if isinstance(block, Table):
            for line in block.lines():
                document.add_paragraph(line)
        elif isinstance(block, str):
            document.add_paragraph(block.lstrip("#"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def transposed_t3(f: Figures) -> Table:
    """表三 turned: its rows as columns (one header row of the row labels), each requester a row."""
    spec = T3_2021 if f.version == "2021" else T3_2019
    labels = ["".join(printed(k, spec)) for k in f.t3]
    names = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    rows = [["申请人情况"] + labels] + [[name] + [str(f.t3[k][c]) for k in f.t3] for c, name in enumerate(names)]
    return Table(rows, header_rows=1)


def total_only_t3(f: Figures) -> Table:
    """表三 as the national form with its six requester columns left empty: only 总计 filled."""
    table = t3_table(f, official=False)
    rows = [row if r < table.header_rows else [row[0]] + [""] * 6 + [row[7]] for r, row in enumerate(table.rows)]
    return Table(rows, spans=table.spans, header_rows=table.header_rows, widths=table.widths)


def without_numbers(table: Table) -> Table:
    """Labels without their item numbers (（三）不予公开1.属于国家秘密 -> （三）不予公开属于国家秘密) and 表二 without its
    section rows (第二十条第（N）项)."""
    import re

    kept = [r for r, row in enumerate(table.rows) if not row[0].startswith("第二十条")]
    at = {old: new for new, old in enumerate(kept)}
    rows = [[re.sub(r"(?<!\d)\d\.(?=[\u4e00-\u9fff“])", "", text) for text in table.rows[r]] for r in kept]
    spans = [(at[r0], c0, at[r1], c1) for r0, c0, r1, c1 in table.spans if r0 in at and r1 in at]
    return Table(rows, spans=spans, header_rows=sum(1 for r in kept if r < table.header_rows) or 1,
                 widths=table.widths)


def one_line(rep: Report) -> str:
    """A crawled page: the title, then the whole body on one line, cells a space apart."""
    lines = text_of(rep, tab_rows).split("\n")
    return lines[0] + "\n" + " ".join(" ".join(c for c in line.split("\t") if c) for line in lines[1:] if line) + "\n"


# ---------------------------------------------------------------------------------------------- the round
def _t01(folder, name, answers):
    f = figures(501)
    rep = report(f, "某某县司法局", [marked(t2_table(f))], [marked(t3_table(f, official=False))], [marked(t4_table(f))])
    write(folder, name, text_of(rep, one_cell_a_line(True)).encode(), f,
          "2021, text as an HTML-to-text converter writes it: every cell on its own line, an empty cell (0 printed "
          "blank) a blank line", answers)


def _t02(folder, name, answers):
    f = figures(502)
    rep = report(f, "某某区商务局", [marked(t2_table(f))], [marked(t3_table(f, official=False))], [marked(t4_table(f))])
    write(folder, name, text_of(rep, one_cell_a_line(False)).encode(), f,
          "2021, every cell on its own line, empty cells (0 printed blank) missing entirely: which cell a figure is "
          "can only be known where the identities settle it", answers)


def _t03(folder, name, answers):
    f = figures(503)
    rep = report(f, "某某市水务局", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, text_of(rep, markdown).encode(), f,
          "2021, tables as Markdown pipes (a converter's output): merged cells written once, the positions they "
          "cover empty; 表三's labels in three columns", answers)


def _t04(folder, name, answers):
    f = figures(504, "2019")
    f.year = 2020
    rep = report(f, "某某县退役军人事务局", [t2_table(f)], [t3_table(f, official=False)], [t4_table(f)])
    write(folder, name, text_of(rep, markdown).encode(), f,
          "2020 report in the 2019 trial format as Markdown pipes: 表二's 22 cells with signed changes, 表三's 23 rows "
          "(（六）其他处理 one row)", answers)


def _t05(folder, name, answers):
    f = figures(505)
    rep = report(f, "某某镇人民政府", [t2_table(f)], [transposed_t3(f)], [t4_table(f)])
    write(folder, name, text_of(rep, tab_rows).encode(), f,
          "2021, tab text, 表三 transposed: one header row of its 25 row labels, then a row per requester column "
          "(自然人 … 总计)", answers)


def _t06(folder, name, answers):
    f = figures(506)
    rep = report(f, "某某县档案馆", [t2_table(f)], [total_only_t3(f)], [t4_table(f)])
    cells = f.cells()
    for key in list(cells):
        if key.startswith("t3.") and not key.endswith(".total"):
            cells[key] = None  # not printed
    write(folder, name, text_of(rep, tab_rows).encode(), f,
          "2021, tab text, 表三 with the national form's header but only its 总计 column filled (the six requester "
          "columns left empty: not printed, no cell to read)", answers)
    answers[name.rsplit(".", 1)[0]]["cells"] = cells


def _t07(folder, name, answers):
    f = figures(507)
    f.t2 = {"rules": ["0", "0", "2"], "normative_documents": ["9", "0", "57"], "licensing": ["1386"],
            "penalty": ["0"], "coercion": ["0"], "fees": ["3.76"]}
    t2 = marked(t2_table(f), ("/", "-", "无", "/", "-"))
    # the fee printed with its unit in the cell, the header naming none
    t2.rows = [[("3.76万元" if text == "3.76" else text.replace("（单位：万元）", "")) for text in row] for row in t2.rows]
    rep = report(f, "某某区教育局", [t2], [marked(t3_table(f), ("-", "/"))], [marked(t4_table(f), "/")])
    write(folder, name, html_page(rep, f"{f.year}年政府信息公开工作年度报告").encode(), f,
          "2021 web page (HTML tables, rowspan/colspan): 表二's zeros printed /, - and 无, its fee printed 3.76万元 "
          "under a header without unit; 表三's zeros - or /, 表四's /", answers)


def _p11(folder, name, answers):
    f = figures(511)
    t3 = t3_table(f, official=False, cut=(17, 6, True))
    t3.widths = [9.9] + [1.7] * 7  # the landscape page's width
    rep = report(f, "某某市人力资源和社会保障局", [t2_table(f)], [PageTurn(True, rotated=True), t3],
                 [t4_table(f, widths=[24.7 / 15] * 15), PageTurn(False)])
    write(folder, name, to_pdf(rep, page_number="第 {} 页"), f,
          "2021 PDF, 表三 and 表四 on landscape pages made by /Rotate 90 (portrait MediaBox, content drawn sideways), "
          "表三 split across two such pages with its header repeated and a row cut (figures on the first)", answers)


def _p12(folder, name, answers):
    f = figures(512)
    rep = report(f, "某某县林业局", [t2_table(f, ruled=False)],
                 [t3_table(f, official=False, ruled=False, cut=(18, 6, False))], [t4_table(f, ruled=False)],
                 middle=["持续推进政务公开标准化规范化建设，完善主动公开目录。"] * 11)
    write(folder, name, to_pdf(rep, page_number="- {} -"), f,
          "2021 PDF, tables without rules, 表三 broken across a page with its header repeated and a row cut with its "
          "label's start on the first page and its figures (with the label's rest) on the next", answers)


def _d11(folder, name, answers):
    f = figures(513)
    rep = report(f, "某某区应急管理局", [marked(t2_table(f))], [marked(t3_table(f, official=False))],
                 [marked(t4_table(f))])
    write(folder, name, docx_converted_to_text(rep), f,
          "2021 .docx whose tables were converted to text (Convert Table to Text, tabs): one paragraph a row, cells "
          "a tab apart, 0 printed blank so an empty cell in a row's middle is two tabs side by side", answers)


def _t08(folder, name, answers):
    f = figures(514)
    rep = report(f, "某某县发展和改革局", [without_numbers(t2_table(f))], [without_numbers(t3_table(f, official=False))],
                 [t4_table(f)])
    write(folder, name, one_line(rep).encode(), f,
          "2021 crawled page on one line, cells a space apart, 表二 without its section rows (第二十条第（N）项) and "
          "表三's items without their numbers (属于国家秘密, 其他)", answers)


def _t09(folder, name, answers):
    f = figures(515)
    rep = report(f, "某某县城市管理局", ["本年度主动公开政府信息286条，其中政策文件12件。"], [t3_table(f, official=False)],
                 [t4_table(f)])
    cells = {k: (None if k.startswith("t2.") else v) for k, v in f.cells().items()}
    write(folder, name, text_of(rep, tab_rows).encode(), f,
          "2021 county report, tab text, with 表三 and 表四 but no 表二 (its section only a sentence): 表二's cells "
          "are not printed and a finding must name the table", answers)
    answers[name.rsplit(".", 1)[0]]["cells"] = cells


def _e01(folder, name, answers):
    f = figures(516)
    f.t3["r4_1"][6] += 1  # the row's 总计 misprinted: one more than its requester columns
    rep = report(f, "某某市审计局", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, to_docx(rep), f,
          "2021 .docx, Word tables with merged cells; 表三's row 本机关不掌握相关政府信息 prints a 总计 one more than its "
          "requester columns (and so （七）总计's 总计 is one less than its rows): the check must flag it", answers)
    answers[name.rsplit(".", 1)[0]]["flags"] = ["t3.r4_1.total"]


def _e02(folder, name, answers):
    f = figures(517)
    f.t4[9] += 2  # 未经复议直接起诉's 总计 misprinted
    rep = report(f, "某某县生态环境分局", [t2_table(f)], [t3_table(f, official=False)], [t4_table(f)])
    write(folder, name, to_pdf(rep, page_number="{}"), f,
          "2021 ruled PDF; 表四's 未经复议直接起诉 总计 printed two more than its four outcomes: the check must flag it",
          answers)
    answers[name.rsplit(".", 1)[0]]["flags"] = ["t4.cases.litigation_direct_total"]


ROUND = {"t01_one_cell_a_line_blank_lines.txt": _t01, "t02_one_cell_a_line_empty_cells_missing.txt": _t02,
         "t03_markdown_pipes_national_form.md": _t03, "t04_markdown_trial_format_2020.md": _t04,
         "t05_table_three_transposed.txt": _t05, "t06_table_three_total_column_only.txt": _t06,
         "t07_table_two_marks_and_wanyuan.html": _t07, "p11_rotated_landscape_pages_split.pdf": _p11,
         "p12_unruled_cut_row_figures_next_page.pdf": _p12, "d11_table_converted_to_text_blank_cells.docx": _d11,
         "t08_one_line_without_item_numbers.txt": _t08, "t09_table_two_absent.txt": _t09,
         "e01_row_total_misprinted.docx": _e01, "e02_litigation_total_misprinted.pdf": _e02}

# ---------------------------------------------------------------------------------------------- held out
def _h11(folder, name, answers):
    f = figures(601, "2019")
    f.year = 2020
    rep = report(f, "某某县交通运输局", [t2_table(f)], [transposed_t3(f)], [t4_table(f)])
    write(folder, name, text_of(rep, markdown).encode(), f,
          "2020 report in the 2019 trial format as Markdown pipes, 表三 transposed (its 23 row labels a header, a row "
          "per requester column)", answers)


def _h12(folder, name, answers):
    from govpipeline_tests.doc_files import doc_bytes

    f = figures(602)
    rep = report(f, "某某区卫生健康局", [marked(t2_table(f))], [marked(t3_table(f, official=False))],
                 [marked(t4_table(f))])
    write(folder, name, doc_bytes(text_of(rep, tab_rows).rstrip("\n").split("\n")), f,
          "2021 .doc (Word 97-2003) whose tables were converted to text: one paragraph a row, a tab after each cell "
          "but the last, 0 printed empty", answers)


def _h13(folder, name, answers):
    f = figures(603)
    t3 = t3_table(f, official=False, ruled=False, cut=(15, 5, False))
    t3.widths = [9.9] + [1.7] * 7
    rep = report(f, "某某市自然资源和规划局", [t2_table(f, ruled=False)], [PageTurn(True, rotated=True), t3],
                 [t4_table(f, ruled=False, widths=[24.7 / 15] * 15), PageTurn(False)])
    write(folder, name, to_pdf(rep, page_number="- {} -", running_head="某某市自然资源和规划局"), f,
          "2021 PDF, tables without rules, 表三 and 表四 on landscape pages made by /Rotate 90, 表三 cut by a page "
          "with a row's figures on the next page", answers)


def _h14(folder, name, answers):
    f = figures(604)
    rep = Report(report(f, "某某镇人民政府", [marked(t2_table(f), "—")], [total_only_t3(f)], []).blocks)
    rep.blocks = [b for b in rep.blocks if b != "#四、政府信息公开行政复议、行政诉讼情况"]
    cells = f.cells()
    for key in list(cells):
        if key.startswith("t4.") or key.startswith("t3.") and not key.endswith(".total"):
            cells[key] = None  # not printed
    write(folder, name, html_page(rep, f"{f.year}年政府信息公开工作年度报告").encode(), f,
          "2021 web page (HTML tables): 表二's zeros printed —, 表三 with only its 总计 column filled, no 表四 (its "
          "section left out): a finding must name it", answers)
    answers[name.rsplit(".", 1)[0]]["cells"] = cells


HELD_OUT = {"h11_trial_format_transposed_markdown.md": _h11, "h12_doc_converted_to_text_blank_cells.doc": _h12,
            "h13_rotated_unruled_cut_row.pdf": _h13, "h14_html_total_column_only_no_table_four.html": _h14}

if __name__ == "__main__":
    target = Path(sys.argv[1])
    chosen = sys.argv[2:]
    sets = HELD_OUT if target.name.endswith("heldout") else ROUND
    main(target, {k: v for k, v in sets.items() if not chosen or k in chosen})
