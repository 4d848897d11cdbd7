"""Reports built for the tests as PDF (reportlab, CJK in its built-in CID font STSong-Light) and Word (python-docx)
files, and as the text the same report is when saved as text: one paragraph a line, a table one row a line with its
cells between tabs (a cell merged across columns once, one merged across rows in each row it covers).

Figures are invented. ``annual_report`` is a national annual report of the 2019 format (表三 of 23 rows, （六）其他处理
one row) or the 2021 format, with a narrative, 表二, 表三 across a page break (header repeated or not, a row split over
the two pages), 表四 and a table of other figures whose unit only its header states.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field

from govpipeline_tests.doc_files import doc_bytes

T3_HEADER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
TEXT_WIDTH_CM = 16.0  # A4 less margins of 2.5 cm: tables fill it, as a report's do
REQUESTERS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
# 表三's outcome rows (label, six requester cells; 总计 is computed); the (六) rows differ between the formats
_T3_OUTCOMES = [
    ("三、本年度办理结果（一）予以公开", [58, 6, 1, 0, 2, 1]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [17, 2, 0, 1, 0, 0]),
    ("（三）不予公开1.属于国家秘密", [0, 0, 0, 0, 0, 0]),
    ("2.其他法律行政法规禁止公开", [2, 0, 0, 0, 0, 0]),
    ("3.危及“三安全一稳定”", [1, 0, 0, 0, 0, 0]),
    ("4.保护第三方合法权益", [3, 1, 0, 0, 0, 0]),
    ("5.属于三类内部事务信息", [0, 0, 0, 0, 0, 0]),
    ("6.属于四类过程性信息", [4, 0, 0, 0, 0, 0]),
    ("7.属于行政执法案卷", [2, 0, 0, 0, 0, 0]),
    ("8.属于行政查询事项", [3, 0, 0, 0, 1, 0]),
    ("（四）无法提供1.本机关不掌握相关政府信息", [31, 4, 0, 0, 1, 0]),
    ("2.没有现成信息需要另行制作", [5, 0, 0, 0, 0, 0]),
    ("3.补正后申请内容仍不明确", [2, 0, 0, 0, 0, 0]),
    ("（五）不予处理1.信访举报投诉类申请", [6, 0, 0, 0, 0, 0]),
    ("2.重复申请", [3, 1, 0, 0, 0, 0]),
    ("3.要求提供公开出版物", [0, 0, 0, 0, 0, 0]),
    ("4.无正当理由大量反复申请", [1, 0, 0, 0, 0, 0]),
    ("5.要求行政机关确认或重新出具已获取信息", [1, 0, 0, 0, 0, 0]),
]
_T3_OTHER_2019 = [("（六）其他处理", [4, 1, 0, 0, 0, 0])]
_T3_OTHER_2021 = [
    ("（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", [3, 0, 0, 0, 0, 0]),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", [0, 0, 0, 0, 0, 0]),
    ("3.其他", [1, 1, 0, 0, 0, 0]),
]


@dataclass
class Table:
    """A ruled table: its grid, with a merged cell's text in every position it covers, and the merges. As text, a
    cell merged across columns is written once, and one merged across rows in each row it covers."""
    rows: list[list[str]]  # a newline in a cell breaks its line in the PDF and the .docx
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # (first row, first col, last row, last col)
    header_rows: int = 1
    widths: list[float] | None = None  # in cm; by default the columns share the width of the page's text
    repeat_header: bool = True  # printed again on each page the table runs over
    # a row cut by a page's end: (row, characters of its label on the first page, whether its figures are printed
    # there too, else on the next page); the PDF then has a page break inside the table
    cut: tuple[int, int, bool] | None = None
    ruled: bool = True  # False: printed without rules, its columns only set apart
    valign: str = "TOP"  # MIDDLE: a cell's text centred in its row's height, as many offices set their tables

    def lines(self) -> list[str]:
        return ["\t".join(text.replace("\n", "") for c, text in enumerate(row) if not self.across(r, c))
                for r, row in enumerate(self.rows)]

    def across(self, r: int, c: int) -> bool:
        """Whether (r, c) is inside a merge and right of its first column."""
        return any(r0 <= r <= r1 and c0 < c <= c1 for r0, c0, r1, c1 in self.spans)

    def width(self, r: int, c: int) -> int:
        """How many columns the cell at (r, c) spans."""
        return next((c1 - c0 + 1 for r0, c0, r1, c1 in self.spans if r0 <= r <= r1 and c0 == c), 1)

    def covered(self, r: int, c: int) -> bool:
        """Whether (r, c) is inside a merge and not its first cell (the one that prints the text)."""
        return any(r0 <= r <= r1 and c0 <= c <= c1 and (r, c) != (r0, c0) for r0, c0, r1, c1 in self.spans)


@dataclass
class Picture:
    """An image in the report (a table pasted as a picture, a seal): grey, with no text on it."""
    width_cm: float
    height_cm: float

    def png(self) -> bytes:
        from PIL import Image

        out = io.BytesIO()
        Image.new("L", (int(self.width_cm * 20), int(self.height_cm * 20)), 200).save(out, "PNG")
        return out.getvalue()


@dataclass
class PageTurn:
    """A page break after which the pages are landscape (or portrait again), as a report turns the page for a wide
    table. ``rotated``: a landscape page made as scanners and some converters make it, a portrait page (MediaBox)
    turned by /Rotate 90 with its content drawn sideways on it."""
    landscape: bool
    rotated: bool = False


@dataclass
class Report:
    blocks: list  # str: a paragraph ('#' first: a heading, no indent); Table; Picture; None: a page break

    def text(self) -> str:
        lines = []
        for block in self.blocks:
            if isinstance(block, Table):
                lines += block.lines()
            elif isinstance(block, str):
                lines.append(block.lstrip("#"))
        return "\n".join(lines) + "\n"


def t3_rows(version: str) -> list[tuple[str, list[int]]]:
    head = [("一、本年新收政府信息公开申请数量", [150, 16, 1, 1, 4, 1]), ("二、上年结转政府信息公开申请数量", [6, 1, 0, 0, 1, 0])]
    outcomes = _T3_OUTCOMES + (_T3_OTHER_2019 if version == "2019" else _T3_OTHER_2021)
    total = [sum(col) for col in zip(*(cells for _, cells in outcomes))]
    received = [a + b for a, b in zip(head[0][1], head[1][1])]
    rows = head + outcomes + [("（七）总计", total), ("四、结转下年度继续办理", [r - t for r, t in zip(received, total)])]
    return [(label, cells + [sum(cells)]) for label, cells in rows]


def t3_table(version: str, official: bool = False, **options) -> Table:
    """表三 with its row labels in one column, or (``official``) as the national form prints it: the labels in three
    columns, 三、本年度办理结果 and each group （三）–（六） merged down over its rows (reportlab cannot cut such merges
    at a page's end, so that table stays on one page)."""
    header = [[T3_HEADER_NOTE] + ["申请人情况"] * 7,
              [T3_HEADER_NOTE, "自然人"] + ["法人或其他组织"] * 5 + ["总计"],
              [T3_HEADER_NOTE] + REQUESTERS]
    spans = [(0, 0, 2, 0), (0, 1, 0, 7), (1, 1, 2, 1), (1, 2, 1, 6), (1, 7, 2, 7)]
    if not official:
        body = [[label] + [str(v) for v in cells] for label, cells in t3_rows(version)]
        return Table(header + body, spans=spans, header_rows=3, widths=[TEXT_WIDTH_CM - 7 * 1.5] + [1.5] * 7,
                     **options)
    header = [row[:1] * 2 + row for row in header]
    spans = [(0, 0, 2, 2)] + [(r0, c0 + 2, r1, c1 + 2) for r0, c0, r1, c1 in spans[1:]]
    groups = {"（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3 if version == "2021" else 0}
    outcome = "三、本年度办理结果"
    grid, group, left = list(header), "", 0
    for label, cells in t3_rows(version):
        r, values = len(grid), [str(v) for v in cells]
        label = label.removeprefix(outcome)
        if label.startswith(("一、", "二、", "四、")):  # over the three label columns
            grid.append([label] * 3 + values)
            spans.append((r, 0, r, 2))
            continue
        for name, rows in groups.items():
            if rows and label.startswith(name):
                group, left, label = name, rows, label.removeprefix(name)
                spans.append((r, 1, r + rows - 1, 1))
        if left:
            grid.append([outcome, group, label] + values)
            left -= 1
        else:
            grid.append([outcome, label, label] + values)
            spans.append((r, 1, r, 2))
    spans.append((5, 0, len(grid) - 2, 0))  # 三、本年度办理结果 from （一） to （七）总计
    return Table(grid, spans=spans, header_rows=3, widths=[1.0, 1.6, 4.1] + [1.33] * 7, **options)


_T2_SECTIONS = {  # (heading, header, rows) of 表二
    "2021": [("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
              [["规章", "3", "1", "42"], ["行政规范性文件", "57", "8", "406"]]),
             ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [["行政许可", "2316"]]),
             ("第二十条第（六）项", ["信息内容", "本年处理决定数量"], [["行政处罚", "1184"], ["行政强制", "53"]]),
             ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [["行政事业性收费", "406.37"]])],
    "2019": [("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
              [["规章", "2", "2", "37"], ["规范性文件", "46", "46", "388"]]),
             ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
              [["行政许可", "412", "-6", "2316"], ["其他对外管理服务事项", "95", "3", "877"]]),
             ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
              [["行政处罚", "1330", "12", "1184"], ["行政强制", "61", "0", "53"]]),
             ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"], [["行政事业性收费", "18", "-2"]]),
             ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"], [["政府集中采购", "64", "5830.5"]])],
}


def t2_tables(version: str, official: bool = False) -> list:
    """表二 as a table per section under its heading (2019: a table per layout of columns, set one under the other,
    so that a PDF reader sees one table of several column layouts), or (``official``) as the national form prints it: one table of four
    columns, each section's heading a row across them, a row of fewer cells ending in a cell across the rest."""
    sections = _T2_SECTIONS[version]
    if not official:
        if version == "2019":  # sections of the same columns in one table
            tables: list[Table] = []
            for _, header, rows in sections:
                if tables and tables[-1].rows[0] == header:
                    tables[-1].rows += rows
                else:
                    tables.append(Table([header] + rows))
            return tables
        return sum(([f"#{heading}", Table([header] + rows)] for heading, header, rows in sections), [])
    grid, spans = [], []
    for heading, header, rows in sections:
        for row in [[heading]] + [header] + rows:
            if len(row) < 4:
                spans.append((len(grid), len(row) - 1, len(grid), 3))
            grid.append(row + row[-1:] * (4 - len(row)))
    return [Table(grid, spans=spans, widths=[4.0] * 4)]


def annual_report(version: str = "2021", *, repeat_header: bool = True, cut: tuple[int, int, bool] | None = (21, 9, True),
                  filler: int = 4, official: bool = False) -> Report:
    """A county's annual report; ``filler`` paragraphs before 表三 move it on its page, and its row ``cut[0]`` (with
    the header rows counted) is cut by a page break (see Table.cut); ``official``: 表二 and 表三 in the national
    form's layout (see t2_tables and t3_table), 表三 not cut."""
    year = 2023 if version == "2021" else 2020
    t3 = t3_rows(version)
    received, carried_forward = t3[0][1][-1], t3[-1][1][-1]
    narrative = [
        "#某某县人民政府办公室",
        f"#某某县{year}年政府信息公开工作年度报告",
        f"本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
        "#一、总体情况",
        f"{year}年，某某县持续推进政务公开，全年主动公开政府信息5316条，其中政策文件412件，召开新闻发布会23场，"
        f"政府网站发布解读材料186篇，较上年增长12.5%。全年共收到政府信息公开申请{received}件，结转下年度继续办理"
        f"{carried_forward}件。政务新媒体发布信息2.3万条，粉丝量达12.5万人。",
        "全县政务服务中心全年受理办件36.8万件，办结36.5万件，按时办结率99.6%；12345热线受理群众诉求4.2万件，"
        "满意率97.8%。",
    ]
    filler_text = ("持续深化重点领域信息公开，围绕财政预决算、重大建设项目、公共资源配置、社会公益事业等领域，"
                   "及时准确发布相关信息，回应社会关切，保障人民群众的知情权、参与权、表达权和监督权。")
    blocks = narrative + [filler_text] * filler + ["#二、主动公开政府信息情况"] + t2_tables(version, official)
    blocks += ["#三、收到和处理政府信息公开申请情况", t3_table(version, official, repeat_header=repeat_header,
                                                   cut=None if official else cut)]
    blocks += ["#四、政府信息公开行政复议、行政诉讼情况",
               Table([["行政复议"] * 5 + ["行政诉讼"] * 10,
                      ["行政复议"] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5,
                      ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3,
                      ["4", "1", "0", "1", "6", "2", "1", "0", "1", "4", "1", "0", "0", "0", "1"]],
                     spans=[(0, 0, 1, 4), (0, 5, 0, 14), (1, 5, 1, 9), (1, 10, 1, 14)], header_rows=3),
               "#五、存在的主要问题及改进情况",
               "一是部分单位公开内容不够全面；二是解读形式较为单一。下一步将加强业务培训，提升公开质量。",
               "#六、其他需要报告的事项",
               "单位：万元",
               Table([["项目", "2023年", "2022年", "增长（%）"], ["信息处理费", "1.2", "0.8", "50"],
                      ["政务公开专项经费", "36.5", "32.0", "14.1"]]),
               "本机关全年未收取信息处理费以外的费用。"]
    return Report(blocks)


# ---------------------------------------------------------------------------------------------- PDF
def to_pdf(report: Report, page_number: str = "-{}-", running_head: str | None = None,
           title: str | None = None, running_foot: str | None = None, author: str | None = None) -> bytes:
    """The report on A4 pages, its tables ruled, each page's number printed at its foot, ``running_head`` (if
    given) at each page's head and ``running_foot`` above the number; ``title`` and ``author`` are the file's
    properties."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import BaseDocTemplate, Frame, Image, NextPageTemplate, PageBreak, PageTemplate, Paragraph
    from reportlab.platypus import Table as PdfTable
    from reportlab.platypus import TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=17, wordWrap="CJK",
                          firstLineIndent=22)
    heading = ParagraphStyle("heading", parent=body, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=8, leading=10, wordWrap="CJK")

    def escaped(s: str) -> str:  # a newline in a cell is a line break: a header printed 本年 / 支出金额
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")

    story = []
    for block in report.blocks:
        if block is None:
            story.append(PageBreak())
        elif isinstance(block, PageTurn):
            name = ("rotated" if block.rotated else "landscape") if block.landscape else "portrait"
            story += [NextPageTemplate(name), PageBreak()]
        elif isinstance(block, Table):
            parts = [block.rows]  # merges are in the header rows, which start each part that has them
            if block.cut:
                row, chars, figures_above = block.cut
                label = block.rows[row][0]
                above = [label[:chars]] + [v if figures_above else "" for v in block.rows[row][1:]]
                below = [label[chars:]] + ["" if figures_above else v for v in block.rows[row][1:]]
                head = block.rows[:block.header_rows] if block.repeat_header else []
                parts = [block.rows[:row] + [above], head + [below] + block.rows[row + 1:]]
            for k, rows in enumerate(parts):
                merged = k == 0 or block.repeat_header
                if k:
                    story.append(PageBreak())
                data = [["" if merged and block.covered(r, c) else Paragraph(escaped(text), cell)
                         for c, text in enumerate(row)] for r, row in enumerate(rows)]
                n = len(block.rows[0])
                widths = [w * cm for w in block.widths] if block.widths else [TEXT_WIDTH_CM * cm / n] * n
                style = [("VALIGN", (0, 0), (-1, -1), block.valign)]
                style += [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))] if block.ruled else []
                style += [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in block.spans if merged]
                story.append(PdfTable(data, colWidths=widths, style=TableStyle(style), hAlign="LEFT",
                                      repeatRows=block.header_rows if block.repeat_header else 0))
        elif isinstance(block, Picture):
            story.append(Image(io.BytesIO(block.png()), width=block.width_cm * cm, height=block.height_cm * cm))
        else:
            story.append(Paragraph(escaped(block.lstrip("#")), heading if block.startswith("#") else body))

    def foot(canvas, doc):
        width, height = canvas._pagesize
        if doc.pageTemplate.id == "rotated":  # a portrait MediaBox shown turned a quarter clockwise: draw sideways
            canvas.transform(0, 1, -1, 0, height, 0)
        canvas.setFont("STSong-Light", 10)
        canvas.drawCentredString(width / 2, 1.2 * cm, page_number.format(doc.page))
        if running_head:
            canvas.drawCentredString(width / 2, height - 1.5 * cm, running_head)
        if running_foot:
            canvas.drawCentredString(width / 2, 1.8 * cm, running_foot)

    def template(name: str, size: tuple[float, float], rotation: int = 0) -> PageTemplate:
        frame = Frame(2.5 * cm, 2.5 * cm, size[0] - 5 * cm, size[1] - 5 * cm, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        page = PageTemplate(name, [frame], onPage=foot, pagesize=size)
        page.rotation = rotation  # reportlab then writes the MediaBox turned: portrait for a landscape page
        return page

    out = io.BytesIO()
    properties = {k: v for k, v in (("title", title), ("author", author)) if v}
    document = BaseDocTemplate(out, pagesize=A4, invariant=1, **properties)
    document.addPageTemplates([template("portrait", A4), template("landscape", landscape(A4)),
                               template("rotated", landscape(A4), 90)])
    document.build(story)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------- Word
def add_word_table(container, block: Table) -> None:
    """``block`` as a ruled Word table in ``container`` (a document or a table cell), its merged cells merged."""
    table = container.add_table(rows=len(block.rows), cols=len(block.rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(block.rows):
        for c, text in enumerate(row):
            if not block.covered(r, c):
                table.cell(r, c).text = text
    for r0, c0, r1, c1 in block.spans:
        table.cell(r0, c0).merge(table.cell(r1, c1))


def repeat_header_rows(table, rows: int) -> None:
    """Mark a Word table's first ``rows`` rows to print again at the head of each page it runs over."""
    from docx.oxml import OxmlElement

    for row in table.rows[:rows]:
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def to_docx(report: Report, title: str | None = None, author: str | None = None,
            running_head: str | None = None) -> bytes:
    """The report as a .docx; ``title`` and ``author`` are the file's properties, ``running_head`` the section's
    header (its own part of the file, printed at each page's head)."""
    import docx

    document = docx.Document()
    if running_head:
        document.sections[0].header.paragraphs[0].text = running_head
    if title:
        document.core_properties.title = title
    if author:
        document.core_properties.author = author
    for block in report.blocks:
        if block is None:
            document.add_page_break()
        elif isinstance(block, Table):
            add_word_table(document, block)
        elif isinstance(block, Picture):
            from docx.shared import Cm

            document.add_picture(io.BytesIO(block.png()), width=Cm(block.width_cm))
        else:
            document.add_paragraph(block.lstrip("#"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_doc(report: Report, title: str | None = None) -> bytes:
    """The report as a Word 97-2003 file, laid out as Word 2000 and later save one: a cell merged across columns is
    one cell, and one merged across rows an empty cell flagged as merged in each row below its first (page breaks are
    left out); ``title`` is the Title of the file's summary properties."""
    blocks: list = []
    for block in report.blocks:
        if isinstance(block, Table):
            blocks += [[(None if block.covered(r, c) else text, block.width(r, c)) for c, text in enumerate(row)
                        if not block.across(r, c)] for r, row in enumerate(block.rows)]
        elif isinstance(block, str):
            blocks.append(block.lstrip("#"))
    return doc_bytes(blocks, title=title)


def pdf_without_unicode_map() -> bytes:
    """A one-page PDF whose text is drawn in a font embedded without its Unicode map (Identity-H, no ToUnicode), as
    some converters write them: the glyphs are there, the characters are not."""
    content = b"BT /F1 12 Tf 72 720 Td <0041004200430044004500460047> Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type0 /BaseFont /Subset /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
               b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Subset /CIDSystemInfo << /Registry (Adobe) "
               b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>",
               b"<< /Type /FontDescriptor /FontName /Subset /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 "
               b"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>"]
    out, offsets = b"%PDF-1.4\n", []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
