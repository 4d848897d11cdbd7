"""Constructed annual reports whose template tables are in PDF and Word files as offices make them (the blind round
of file formats, fixtures/tables_files_blind), and their expected cells.

Figures are drawn at random from a seed, then made to satisfy the template's identities: each 表三 row's 总计 is
the sum of its six requester columns, the outcome rows add up to （七）总计, 一 + 二 = （七） + 四 in every column,
and each 表四 block's 总计 is the sum of its four outcomes. A 万元 fee is keyed in 元.

usage: python -m govpipeline_tests.table_files FOLDER [NAME ...]  (writes the files and answers.json there)
"""
from __future__ import annotations

import io
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from govpipeline.lib.template import T2_2019, T2_2021, T3_2019, T3_2021, T4_COLUMNS
from govpipeline_tests.report_files import (T3_HEADER_NOTE, REQUESTERS, TEXT_WIDTH_CM, PageTurn, Report, Table,
                                           add_word_table, to_doc, to_docx, to_pdf)

COLUMN_KEYS = [c.key for c in T3_2021.columns]
# a row's label as the national form prints it: (group printed in the merged cell, the row's own words)
_PRINTED = {
    "new_received": ("", "一、本年新收政府信息公开申请数量"),
    "carried_over": ("", "二、上年结转政府信息公开申请数量"),
    "r1_open": ("", "（一）予以公开"),
    "r2_partial": ("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    "r6": ("", "（六）其他处理"),
    "r7_total": ("", "（七）总计"),
    "carried_forward": ("", "四、结转下年度继续办理"),
}


def printed(row_key: str, spec) -> tuple[str, str]:
    if row_key in _PRINTED:
        return _PRINTED[row_key]
    label = next(r.label for r in spec.rows if r.key == row_key)
    group, item = label.split(" ")
    return group, item


@dataclass
class Figures:
    version: str  # "2021" or "2019"
    t2: dict[str, list[str]]  # row key -> the cells as printed
    t3: dict[str, list[int]]  # row key -> 7 values
    t4: list[int]
    year: int

    def cells(self) -> dict[str, float | int]:
        spec2 = T2_2021 if self.version == "2021" else T2_2019
        out: dict[str, float | int] = {}
        for row in spec2.rows:
            for column, text in zip(row.columns, self.t2[row.key]):
                value = float(text.replace(",", "").rstrip("元"))
                out[f"t2.{row.key}.{column.key}"] = round(value * column.scale, 2)
        for key, values in self.t3.items():
            for column, value in zip(COLUMN_KEYS, values):
                out[f"t3.{key}.{column}"] = value
        for column, value in zip(T4_COLUMNS, self.t4):
            out[f"t4.cases.{column.key}"] = value
        return out


def figures(seed: int, version: str = "2021") -> Figures:
    rnd = random.Random(seed)
    spec = T3_2021 if version == "2021" else T3_2019
    scale = rnd.choice([1, 1, 3, 12])  # a county bureau's handful, a city's hundreds

    def leaf(busy: bool) -> list[int]:
        top = (40 if busy else 4) * scale
        return [rnd.randint(0, top) if rnd.random() < (0.9 if busy else 0.35) else 0] + \
            [rnd.randint(0, max(1, top // 4)) if rnd.random() < (0.5 if busy else 0.15) else 0 for _ in range(5)]

    outcome_keys = [r.key for r in spec.rows if r.key.startswith(("r1", "r2", "r3", "r4", "r5", "r6"))]
    leaves = {k: leaf(k in ("r1_open", "r4_1", "r2_partial")) for k in outcome_keys}
    r7 = [sum(leaves[k][c] for k in outcome_keys) for c in range(6)]
    over = [rnd.randint(0, 3 * scale) if rnd.random() < 0.5 else 0 for _ in range(6)]
    forward = [rnd.randint(0, 3 * scale) if rnd.random() < 0.5 else 0 for _ in range(6)]
    over = [min(o, r) for o, r in zip(over, r7)]  # 本年新收 = (七) + 四 - 二 stays >= 0
    new = [r + f - o for r, f, o in zip(r7, forward, over)]
    rows = {"new_received": new, "carried_over": over, **leaves, "r7_total": r7, "carried_forward": forward}
    t3 = {k: v + [sum(v)] for k, v in rows.items()}

    def block() -> list[int]:
        four = [rnd.randint(0, 3 * scale) if rnd.random() < 0.5 else 0 for _ in range(4)]
        return four + [sum(four)]

    t4 = block() + block() + block()
    n = lambda lo, hi: str(rnd.randint(lo, hi))  # noqa: E731
    if version == "2021":
        t2 = {"rules": [n(0, 3), n(0, 2), n(0, 30)], "normative_documents": [n(2, 60), n(0, 12), n(20, 600)],
              "licensing": [n(100, 90000)], "penalty": [n(10, 9000)], "coercion": [n(0, 300)],
              "fees": [f"{rnd.randint(0, 99999) / 100:.2f}"]}
    else:
        made = rnd.randint(2, 40)
        t2 = {"rules": [n(0, 3), n(0, 3), n(0, 30)], "normative_documents": [str(made), str(made), n(40, 500)],
              "licensing": [n(10, 400), f"{rnd.randint(-9, 9):+d}".replace("+0", "0"), n(100, 30000)],
              "other_services": [n(5, 120), f"{rnd.randint(-5, 5):+d}".replace("+0", "0"), n(10, 3000)],
              "penalty": [n(50, 1500), f"{rnd.randint(-20, 20):+d}".replace("+0", "0"), n(10, 5000)],
              "coercion": [n(0, 60), f"{rnd.randint(-3, 3):+d}".replace("+0", "0"), n(0, 200)],
              "fees": [n(0, 30), f"{rnd.randint(-4, 2):+d}".replace("+0", "0")],
              "procurement": [n(3, 200), n(50000, 9000000)]}
    return Figures(version, t2, t3, t4, 2023 if version == "2021" else rnd.choice([2019, 2020]))


# ---------------------------------------------------------------------------------------------- tables
def t2_header(version: str) -> list[tuple[str, list[str], list[str]]]:
    """(section heading, column header, row keys) of 表二."""
    if version == "2021":
        return [("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["rules", "normative_documents"]),
                ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], ["licensing"]),
                ("第二十条第（六）项", ["信息内容", "本年处理决定数量"], ["penalty", "coercion"]),
                ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], ["fees"])]
    return [("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], ["rules", "normative_documents"]),
            ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], ["licensing", "other_services"]),
            ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], ["penalty", "coercion"]),
            ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"], ["fees"]),
            ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"], ["procurement"])]


def t2_table(f: Figures, **options) -> Table:
    """表二 as the national form prints it: one table of four columns, each section's heading a row across them, a
    row of fewer cells ending in a cell across the rest."""
    spec = T2_2021 if f.version == "2021" else T2_2019
    name = {r.key: r.label.split(" ")[-1] for r in spec.rows}
    grid, spans = [], []
    for heading, header, keys in t2_header(f.version):
        for row in [[heading], header] + [[name[k]] + f.t2[k] for k in keys]:
            if len(row) < 4:
                spans.append((len(grid), len(row) - 1, len(grid), 3))
            grid.append(row + row[-1:] * (4 - len(row)))
    return Table(grid, spans=spans, widths=[TEXT_WIDTH_CM / 4] * 4, **options)


def t3_table(f: Figures, official: bool = True, **options) -> Table:
    """表三: ``official``, its labels in three columns with 三、本年度办理结果 and each group merged down over its
    rows; else the labels in one column (group and item joined)."""
    spec = T3_2021 if f.version == "2021" else T3_2019
    header = [[T3_HEADER_NOTE] + ["申请人情况"] * 7,
              [T3_HEADER_NOTE, "自然人"] + ["法人或其他组织"] * 5 + ["总计"],
              [T3_HEADER_NOTE] + REQUESTERS]
    spans = [(0, 0, 2, 0), (0, 1, 0, 7), (1, 1, 2, 1), (1, 2, 1, 6), (1, 7, 2, 7)]
    keys = list(f.t3)
    if not official:
        body = []
        seen = set()
        for k in keys:
            group, item = printed(k, spec)
            group = "三、本年度办理结果" if k == "r1_open" else group
            body.append([(group if group not in seen else "") + item] + [str(v) for v in f.t3[k]])
            seen.add(group)
        return Table(header + body, spans=spans, header_rows=3,
                     widths=[TEXT_WIDTH_CM - 7 * 1.4] + [1.4] * 7, **options)
    header = [row[:1] * 2 + row for row in header]
    spans = [(0, 0, 2, 2)] + [(r0, c0 + 2, r1, c1 + 2) for r0, c0, r1, c1 in spans[1:]]
    grid = list(header)
    first_outcome = last_outcome = None
    k = 0
    while k < len(keys):
        key, r = keys[k], len(grid)
        values = [str(v) for v in f.t3[key]]
        group, item = printed(key, spec)
        if key in ("new_received", "carried_over", "carried_forward"):
            grid.append([item] * 3 + values)
            spans.append((r, 0, r, 2))
        elif group:
            members = [x for x in keys if printed(x, spec)[0] == group]
            spans.append((r, 1, r + len(members) - 1, 1))
            for m in members:
                grid.append(["三、本年度办理结果", group, printed(m, spec)[1]] + [str(v) for v in f.t3[m]])
            k += len(members) - 1
        else:
            grid.append(["三、本年度办理结果", item, item] + values)
            spans.append((r, 1, r, 2))
        if key == "r1_open":
            first_outcome = r
        if key == "r7_total":
            last_outcome = len(grid) - 1
        k += 1
    spans.append((first_outcome, 0, last_outcome, 0))
    options.setdefault("widths", [1.0, 1.6, 4.1] + [1.33] * 7)
    return Table(grid, spans=spans, header_rows=3, **options)


def t4_table(f: Figures, **options) -> Table:
    return Table([["行政复议"] * 5 + ["行政诉讼"] * 10,
                  ["行政复议"] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5,
                  ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3,
                  [str(v) for v in f.t4]],
                 spans=[(0, 0, 1, 4), (0, 5, 0, 14), (1, 5, 1, 9), (1, 10, 1, 14)],
                 header_rows=3, **options)


def narrative(f: Figures, body: str) -> list:
    received = f.t3["new_received"][6]
    return [f"#{body}{f.year}年政府信息公开工作年度报告",
            f"本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开办公室有关要求编制。本报告所列数据的统计期限自"
            f"{f.year}年1月1日起至{f.year}年12月31日止。",
            "#一、总体情况",
            f"{f.year}年，{body}认真贯彻落实政务公开各项要求，全年共收到政府信息公开申请{received}件，均在法定期限内答复。"
            "持续加强政府信息管理，及时更新政府信息公开指南和目录。"]


def tail() -> list:
    return ["#五、存在的主要问题及改进情况", "一是公开内容的全面性有待提高；二是政策解读形式仍较单一。下一步将加强培训，规范公开流程。",
            "#六、其他需要报告的事项", "本年度未收取信息处理费。"]


def report(f: Figures, body: str, t2: list, t3: list, t4: list, middle: list | None = None) -> Report:
    return Report(narrative(f, body) + (middle or []) + ["#二、主动公开政府信息情况"] + t2
                  + ["#三、收到和处理政府信息公开申请情况"] + t3
                  + ["#四、政府信息公开行政复议、行政诉讼情况"] + t4 + tail())


# ---------------------------------------------------------------------------------------------- other forms
def scanned_pdf(pages: int = 3) -> bytes:
    """A scan: each page one grey image with dark lines where the text and the table's rules were, no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    rnd = random.Random(pages)
    for _ in range(pages):
        image = Image.new("L", (620, 877), 236)
        draw = ImageDraw.Draw(image)
        for y in range(80, 800, 22):
            draw.line([(70, y), (70 + rnd.randint(300, 480), y)], fill=60, width=3)
        for x in range(70, 560, 60):
            draw.line([(x, 420), (x, 700)], fill=30, width=1)
        png = io.BytesIO()
        image.save(png, "PNG")
        pdf.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, width=A4[0], height=A4[1])
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def docx_with_tab_text(rep: Report) -> bytes:
    """The report pasted into Word as text: each table row one paragraph, its cells set apart by tab characters
    (two where a short cell would not reach the next tab stop), no Word table."""
    import docx

    document = docx.Document()
    for block in rep.blocks:
        if isinstance(block, Table):
            for line in block.lines():
                cells = line.split("\t")
                document.add_paragraph("".join(c + ("\t\t" if len(c) < 4 and k < len(cells) - 1 else "\t")
                                               for k, c in enumerate(cells)).rstrip("\t"))
        elif isinstance(block, str):
            document.add_paragraph(block.lstrip("#"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def doc_with_tab_text(rep: Report) -> bytes:
    """The report as a .doc whose tables were pasted as text (see docx_with_tab_text)."""
    from govpipeline_tests.doc_files import doc_bytes

    blocks: list = []
    for block in rep.blocks:
        if isinstance(block, Table):
            blocks += ["\t\t".join(line.split("\t")) for line in block.lines()]
        elif isinstance(block, str):
            blocks.append(block.lstrip("#"))
    return doc_bytes(blocks)


def docx_nested(rep: Report) -> bytes:
    """A report whose tables sit inside a one-cell layout table (a frame the office's template draws around the
    tables section), each with its merged cells."""
    import docx

    document = docx.Document()
    frame = None
    for block in rep.blocks:
        if isinstance(block, Table):
            if frame is None:
                frame = document.add_table(rows=1, cols=1).cell(0, 0)
            add_word_table(frame, block)
        elif isinstance(block, str):
            text = block.lstrip("#")
            if frame is not None and text.startswith(("二、", "三、", "四、")):
                frame.add_paragraph(text)
            else:
                frame = None
                document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write(folder: Path, name: str, data: bytes, f: Figures | None, form: str, answers: dict,
          error: str | None = None) -> None:
    (folder / name).write_bytes(data)
    entry: dict = {"file": name, "form": form}
    if error:
        entry["error"] = error  # the file is quarantined with a reason that says this
    entry["cells"] = f.cells() if f else {}
    answers[name.rsplit(".", 1)[0]] = entry


def main(folder: Path, builders: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "answers.json"
    answers = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for name, build in builders.items():
        build(folder, name, answers)
    path.write_text(json.dumps(answers, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------- the round
def _p01(folder, name, answers):
    f = figures(101)
    rep = report(f, "某某市交通运输局", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, to_pdf(rep, page_number="第 {} 页", running_head=f"某某市交通运输局{f.year}年政府信息公开工作年度报告"),
          f, "2021, ruled tables as the national form (表二 one table with section rows; 表三's three label columns and "
             "merged header), a running head and 第 N 页 at every page's foot", answers)


def _p02(folder, name, answers):
    f = figures(102)
    rep = report(f, "某某县水利局", [t2_table(f, ruled=False)], [t3_table(f, official=False, ruled=False)],
                 [t4_table(f, ruled=False)])
    write(folder, name, to_pdf(rep), f, "2021, tables without rules, only aligned text: 表三's labels in one column "
                                         "wrapped over two or three lines, figures on the label's first line", answers)


def _p03(folder, name, answers):
    f = figures(103)
    rep = report(f, "某某区人民政府办公室", [t2_table(f)], [t3_table(f, official=False, cut=(16, 5, False))],
                 [t4_table(f)], middle=["持续深化重点领域信息公开，围绕财政预决算、重大建设项目、公共资源配置等领域及时发布信息。"] * 10)
    write(folder, name, to_pdf(rep, page_number="- {} -"), f,
          "2021, 表三 ruled, broken across a page with its three header rows repeated and a row's label cut by the "
          "break (its figures on the next page), - N - page numbers", answers)


def _p04(folder, name, answers):
    f = figures(104)
    rep = report(f, "某某县市场监督管理局", [t2_table(f)], [PageTurn(True), t3_table(f, widths=[1.2, 2.4, 9.2] + [1.7] * 7)],
                 [t4_table(f, widths=[24.7 / 15] * 15), PageTurn(False)])
    write(folder, name, to_pdf(rep, page_number="{}"), f,
          "2021, 表三 and 表四 on a landscape page between portrait pages, ruled, 表三 as the national form", answers)


def _p05(folder, name, answers):
    write(folder, name, scanned_pdf(), None, "a scanned report: page images, no text layer (no cell can be read; the "
                                             "file must be quarantined with that reason)", answers,
          error="no text layer")


def _p06(folder, name, answers):
    f = figures(106)
    rep = report(f, "某某镇人民政府", [t2_table(f, valign="MIDDLE")], [t3_table(f, official=False, valign="MIDDLE")],
                 [t4_table(f, valign="MIDDLE")])
    write(folder, name, to_pdf(rep, page_number="第{}页"), f,
          "2021, ruled tables whose cells are centred in their row's height (wrapped labels, figures on the middle "
          "line)", answers)


def _p07(folder, name, answers):
    f = figures(107, "2019")
    rep = report(f, "某某县教育局", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, to_pdf(rep, page_number="- {} -"), f,
          f"{f.year} report in the 2019 trial format, ruled: 表二's 22 cells with signed changes and 采购总金额, 表三's "
          "23 rows (（六）其他处理 one row, merged across the two label columns)", answers)


def _p08(folder, name, answers):
    f = figures(108)
    rep = report(f, "某某市生态环境局", [t2_table(f, ruled=False, valign="MIDDLE")],
                 [t3_table(f, official=False, ruled=False, valign="MIDDLE", cut=(20, 3, True))],
                 [t4_table(f, ruled=False)], middle=["围绕生态环境保护重点工作，及时公开环境质量、执法监管等信息。"] * 12)
    write(folder, name, to_pdf(rep, page_number="第 {} 页", running_head="某某市生态环境局"), f,
          "2021, tables without rules whose cells are centred in their rows, 表三 broken across a page with its header "
          "repeated, a running head and page numbers", answers)


def _d01(folder, name, answers):
    f = figures(201)
    rep = report(f, "某某县卫生健康委员会", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, to_docx(rep), f, "2021 .docx: real Word tables with the national form's merged cells "
                                         "(gridSpan and vMerge), 表二 as one table", answers)


def _d02(folder, name, answers):
    f = figures(202)
    rep = report(f, "某某街道办事处", [t2_table(f)], [t3_table(f, official=False)], [t4_table(f)])
    write(folder, name, docx_with_tab_text(rep), f, "2021 .docx whose tables were pasted as text: one paragraph a "
                                                    "row, cells set apart by one or two tab characters", answers)


def _d03(folder, name, answers):
    f = figures(203)
    rep = report(f, "某某区民政局", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, docx_nested(rep), f, "2021 .docx whose three tables (merged cells) sit inside a one-cell "
                                             "layout table, with the section headings", answers)


def _d04(folder, name, answers):
    f = figures(204, "2019")
    rep = report(f, "某某县自然资源局", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, to_docx(rep), f, f"{f.year} .docx in the 2019 trial format: 表二's 22 cells, 表三's 23 rows "
                                         "as the national form with merged cells", answers)


def _w01(folder, name, answers):
    f = figures(301, "2019")
    rep = report(f, "某某乡人民政府", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, to_doc(rep), f, f"{f.year} .doc (Word 97-2003) in the 2019 trial format, tables with merged "
                                        "cells (merged down: empty cells flagged as merged)", answers)


def _w02(folder, name, answers):
    f = figures(302)
    rep = report(f, "某某市医疗保障局", [t2_table(f)], [t3_table(f)], [t4_table(f)])
    write(folder, name, to_doc(rep), f, "2021 .doc (Word 97-2003): the national form with merged cells", answers)


ROUND = {"p01_ruled_national_form_running_head.pdf": _p01, "p02_unruled_aligned_text.pdf": _p02,
         "p03_table_three_across_pages_header_repeated.pdf": _p03, "p04_landscape_page.pdf": _p04,
         "p05_scanned_no_text_layer.pdf": _p05, "p06_cells_centred_vertically.pdf": _p06,
         "p07_trial_format_2019_ruled.pdf": _p07, "p08_unruled_centred_across_pages.pdf": _p08,
         "d01_word_tables_merged.docx": _d01, "d02_tables_pasted_as_tab_text.docx": _d02,
         "d03_tables_nested_in_a_frame.docx": _d03, "d04_trial_format_2019.docx": _d04,
         "w01_trial_format_2019.doc": _w01, "w02_national_form_2021.doc": _w02}

# ---------------------------------------------------------------------------------------------- held out
def _h01(folder, name, answers):
    f = figures(401, "2019")
    rep = report(f, "某某区司法局", [t2_table(f)], [t3_table(f, official=False, repeat_header=False, cut=(14, 6, False))],
                 [t4_table(f)], middle=["深入推进法治政府建设，及时公开行政执法信息。"] * 9)
    write(folder, name, to_pdf(rep, page_number="第{}页"), f,
          f"{f.year} report in the 2019 trial format, ruled, 表三 broken across a page without its header printed "
          "again and a row cut with its figures on the next page", answers)


def _h02(folder, name, answers):
    f = figures(402)
    rep = report(f, "某某县财政局", [t2_table(f, ruled=False)], [t3_table(f, ruled=False)], [t4_table(f, ruled=False)])
    write(folder, name, to_pdf(rep, page_number="- {} -"), f,
          "2021, tables without rules as the national form: 表三's labels in three columns (group and item side by "
          "side), merged header", answers)


def _h03(folder, name, answers):
    f = figures(403)
    rep = report(f, "某某市统计局", [t2_table(f)], [t3_table(f, official=False)], [t4_table(f)])
    write(folder, name, doc_with_tab_text(rep), f, "2021 .doc whose tables were pasted as text: one paragraph a row, "
                                                   "cells two tabs apart", answers)


def _h04(folder, name, answers):
    f = figures(404, "2019")
    rep = report(f, "某某县农业农村局", [t2_table(f)], [t3_table(f, official=False)], [t4_table(f)])
    write(folder, name, docx_nested(rep), f, f"{f.year} .docx in the 2019 trial format whose tables sit in a "
                                             "one-cell layout table, 表三's labels in one column", answers)


def _h05(folder, name, answers):
    f = figures(405)
    rep = report(f, "某某市住房和城乡建设局", [t2_table(f, valign="MIDDLE")],
                 [PageTurn(True), t3_table(f, valign="MIDDLE", widths=[1.2, 2.4, 9.2] + [1.7] * 7)],
                 [t4_table(f, valign="MIDDLE", widths=[24.7 / 15] * 15), PageTurn(False)])
    write(folder, name, to_pdf(rep, page_number="第 {} 页", running_head="某某市住房和城乡建设局政府信息公开工作年度报告"),
          f, "2021, ruled, cells centred in their rows, 表三 and 表四 on landscape pages, a running head", answers)


HELD_OUT = {"h01_trial_format_cut_row_no_repeated_header.pdf": _h01, "h02_unruled_national_form.pdf": _h02,
            "h03_tables_pasted_as_tab_text.doc": _h03, "h04_trial_format_nested_in_a_frame.docx": _h04,
            "h05_landscape_centred_running_head.pdf": _h05}

if __name__ == "__main__":
    target = Path(sys.argv[1])
    chosen = sys.argv[2:]
    sets = HELD_OUT if target.name.endswith("heldout") else ROUND
    main(target, {k: v for k, v in sets.items() if not chosen or k in chosen})
