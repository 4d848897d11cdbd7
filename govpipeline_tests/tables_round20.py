"""Round 20's constructed reports (written with their keys before the code ran on them), aimed at forms not tried
before: PDFs an office suite exported from a .docx or a saved web page whose tables run over a page's end under a
footer 第 N 页 共 M 页 (or the page number alone), their header rows printed again and a row cut by the page's end,
on landscape pages; a scan of such a PDF given a text layer by OCR (ocrmypdf, tesseract chi_sim); Word files whose
表二 sections sit as tables nested in an outer table's cells, with 表三's labels merged down and 法人或其他组织
merged across, and 表四 pasted as a picture of the table (figures drawn, no text: a finding, never silent); the
2019 trial format against the 2021 revision in one-line crawled pages and saved HTML; and one-line 表二 runs of
the trial format whose signed 本年增/减 touches the figures on both sides with no separator (round 19's leftover).
- template reports: fixtures/tables_r20_blind (answers.json, scored by bench/table_forms.py);
- fixtures/tables_r20_heldout was written with the blind set and is measured once, after the fixes.
Places are real, figures invented.

usage: HOME=/tmp/x .venv/bin/python -m govpipeline_tests.tables_round20   (needs soffice, ocrmypdf)
"""
from __future__ import annotations

import io
import re
import subprocess
import tempfile
from pathlib import Path

from govpipeline_tests.office_files import convert
from govpipeline_tests.report_files import Report, Table, add_word_table, repeat_header_rows
from govpipeline_tests.table_files import Figures, figures, main, narrative, t2_table, t3_table, t4_table, tail, write
from govpipeline_tests.table_layouts import html_page, one_line

FIXTURES = Path(__file__).resolve().parent / "fixtures"
_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def _blocks(f: Figures, body: str, t2: Table, t3: Table, t4) -> list:
    return narrative(f, body) + ["#二、主动公开政府信息情况", t2, "#三、收到和处理政府信息公开申请情况", t3,
                                 "#四、政府信息公开行政复议、行政诉讼情况", t4] + tail()


def _trial(seed: int, year: int) -> Figures:
    f = figures(seed, "2019")
    f.year = year
    return f


# ---------------------------------------------------------------------------------------------- Word
def _field(paragraph, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _footer(section, form: str) -> None:
    """``form`` '第{PAGE}页共{NUMPAGES}页' style: the fields in braces, the rest text, centred."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in re.split(r"(\{[A-Z]+\})", form):
        if part.startswith("{"):
            _field(paragraph, f" {part[1:-1]} ")
        elif part:
            paragraph.add_run(part)


def _picture_of(table: Table) -> bytes:
    """A screenshot of ``table``: its grid ruled and its cells' text drawn (one line a cell, shrunk to fit)."""
    from PIL import Image, ImageDraw, ImageFont

    cols, rows = len(table.rows[0]), len(table.rows)
    w, h = 1500 // cols, 46
    image = Image.new("L", (w * cols + 2, h * rows + 2), 255)
    draw = ImageDraw.Draw(image)
    for r, row in enumerate(table.rows):
        for c, text in enumerate(row):
            if table.covered(r, c):
                continue
            span = next(((r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in table.spans if (r0, c0) == (r, c)), (1, 1))
            box = (c * w, r * h, (c + span[1]) * w, (r + span[0]) * h)
            draw.rectangle(box, outline=0, width=2)
            size = 24
            while size > 9 and ImageFont.truetype(_FONT, size).getlength(text) > box[2] - box[0] - 6:
                size -= 1
            font = ImageFont.truetype(_FONT, size)
            tw = font.getlength(text)
            draw.text(((box[0] + box[2] - tw) / 2, (box[1] + box[3]) / 2 - size / 2 - 2), text, fill=0, font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _docx(rep: Report, *, size: int = 12, footer: str | None = None, landscape_tables: bool = False,
          nested_t2: bool = False, pictures: tuple[int, ...] = (), ruled: bool = True, centred: bool = False,
          repeat: bool = True, widths: bool = False) -> bytes:
    """The report as Word writes it: ``size`` pt type, a footer of ``footer`` form, tables on a landscape section,
    表二's sections as tables nested in an outer two-column table (the section heading beside its table), the
    tables numbered in ``pictures`` pasted as screenshots; tables without rules (``ruled`` False), their cells'
    text centred in the row's height (``centred``), header rows printed again on each page (``repeat``), columns
    as wide as the table says (``widths``, else of equal width). Rows may break across pages (Word's default)."""
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.shared import Cm, Pt

    document = docx.Document()
    document.core_properties.author = "Administrator"
    document.styles["Normal"].font.size = Pt(size)
    if footer:
        _footer(document.sections[0], footer)
    turned, k = False, 0
    for block in rep.blocks:
        if isinstance(block, Table):
            k += 1
            if landscape_tables and not turned:
                section = document.add_section(WD_SECTION.NEW_PAGE)
                section.orientation = WD_ORIENT.LANDSCAPE
                section.page_width, section.page_height = section.page_height, section.page_width
                turned = True
            if k in pictures:
                document.add_picture(io.BytesIO(_picture_of(block)), width=Cm(16))
            elif nested_t2 and k == 1:
                _nested_sections(document, block)
            else:
                add_word_table(document, block)
                table = document.tables[-1]
                if repeat:
                    repeat_header_rows(table, block.header_rows)
                if not ruled:
                    table.style = None
                if widths and block.widths:
                    table.autofit = False
                    for column, width in zip(table.columns, block.widths):
                        for cell in column.cells:
                            cell.width = Cm(width)
                if centred:
                    for row in table.rows:
                        for cell in row.cells:
                            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        elif isinstance(block, str):
            document.add_paragraph(block.lstrip("#"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _nested_sections(document, t2: Table) -> None:
    """表二 as an outer table of two columns: each section's heading (第二十条第（一）项) in the left cell, its
    header and rows as a table nested in the right cell."""
    sections: list[tuple[str, list[list[str]]]] = []
    for r, row in enumerate(t2.rows):
        if row[0].startswith("第二十条"):
            sections.append((row[0], []))
        else:  # the row's cells as printed: a cell merged across the rest once
            sections[-1][1].append([c for k, c in enumerate(row) if not t2.across(r, k)])
    outer = document.add_table(rows=len(sections), cols=2)
    outer.style = "Table Grid"
    for (heading, rows), cells in zip(sections, outer.rows):
        cells.cells[0].text = heading
        width = max(len(r) for r in rows)
        spans = [(i, len(r) - 1, i, width - 1) for i, r in enumerate(rows) if len(r) < width]
        add_word_table(cells.cells[1], Table([r + r[-1:] * (width - len(r)) for r in rows], spans=spans))


def _pdf_of_docx(data: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp, "report.docx")
        source.write_bytes(data)
        return convert(source, "pdf", Path(tmp)).read_bytes()


def _pdf_of_html(page: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp, "report.html")
        source.write_text(page, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp,
                        str(source)], check=True, capture_output=True)
        return Path(tmp, "report.pdf").read_bytes()


def _ocr_scan(pdf: bytes, dpi: int = 200) -> bytes:
    """``pdf`` printed and scanned (each page a grey image at ``dpi``, no text), then given a text layer by
    ocrmypdf (tesseract chi_sim)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    pages = [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document]
    with tempfile.TemporaryDirectory() as tmp:
        pages[0].save(Path(tmp, "scan.pdf"), save_all=True, append_images=pages[1:], resolution=dpi)
        subprocess.run(["ocrmypdf", "-q", "-l", "chi_sim", "--output-type", "pdf", "--optimize", "1",
                        "scan.pdf", "ocr.pdf"], cwd=tmp, check=True)
        return Path(tmp, "ocr.pdf").read_bytes()


# ---------------------------------------------------------------------------------------------- builders
def _docx_pdf(seed: int, version: str, year: int, body: str, footer: str, size: int, landscape: bool = False,
              ocr: bool = False, official: bool = True):
    def build(folder, name, answers):
        f = _trial(seed, year) if version == "2019" else figures(seed)
        rep = Report(_blocks(f, body, t2_table(f), t3_table(f, official=official), t4_table(f)))
        pdf = _pdf_of_docx(_docx(rep, size=size, footer=footer, landscape_tables=landscape))
        form = (f"{year} ({version} format) .docx exported to PDF by LibreOffice, {size} pt, footer "
                f"{footer.replace('{PAGE}', 'N').replace('{NUMPAGES}', 'M')}, header rows repeated, rows may break "
                f"across pages" + (", tables on landscape pages" if landscape else "")
                + ("" if official else ", 表三's labels in one column"))
        if ocr:
            pdf, form = _ocr_scan(pdf), form + "; printed, scanned at 200 dpi and OCR'd by ocrmypdf (chi_sim)"
        write(folder, f"{name}.pdf", pdf, f, form, answers)
    return build


def _html_pdf(seed: int, version: str, year: int, body: str):
    def build(folder, name, answers):
        f = _trial(seed, year) if version == "2019" else figures(seed)
        rep = Report(_blocks(f, body, t2_table(f), t3_table(f), t4_table(f)))
        page = html_page(rep, f"{body}{year}年政府信息公开工作年度报告", thead=True,
                         style="body{font-size:16pt} td{font-size:13pt}")
        write(folder, f"{name}.pdf", _pdf_of_html(page), f,
              f"{year} ({version} format) saved web page (header rows in <thead>, 13 pt cells) exported to PDF by "
              "LibreOffice's web export: tables over page ends", answers)
    return build


def _word_merged_nested_picture(seed: int, version: str, year: int, body: str, pictures: tuple[int, ...]):
    def build(folder, name, answers):
        f = _trial(seed, year) if version == "2019" else figures(seed)
        rep = Report(_blocks(f, body, t2_table(f), t3_table(f), t4_table(f)))
        write(folder, f"{name}.docx", _docx(rep, nested_t2=True, pictures=pictures), f,
              f"{year} ({version} format) .docx: 表二's sections as tables nested in an outer table's cells, 表三 with "
              "三、本年度办理结果 and each group merged down and 法人或其他组织 merged across"
              + (f", tables {pictures} pasted as screenshots (figures drawn, no text)" if pictures else ""), answers)
        if pictures:
            entry = answers[name]
            tables = {1: "t2.", 2: "t3.", 3: "t4."}
            entry["pictured"] = [tables[k] for k in pictures]
    return build


def _one_line(seed: int, version: str, year: int, body: str, touching: bool = False):
    """A crawled page on one line; ``touching``: each signed 本年增/减 touches the figures on both sides
    (277-72962), no separators."""
    def build(folder, name, answers):
        f = _trial(seed, year) if version == "2019" else figures(seed)
        text = one_line(Report(_blocks(f, body, t2_table(f), t3_table(f, official=False), t4_table(f))))
        if touching:
            text = re.sub(r"(\d) ([+-]\d+) (?=\d)", r"\1\2", text)
        write(folder, f"{name}.txt", text.encode("utf-8"), f,
              f"{year} ({version} format) crawled page on one line"
              + (", signed 本年增/减 touching the figures on both sides, no separators" if touching else ""), answers)
    return build


def _html(seed: int, version: str, year: int, body: str):
    def build(folder, name, answers):
        f = _trial(seed, year) if version == "2019" else figures(seed)
        page = html_page(Report(_blocks(f, body, t2_table(f), t3_table(f), t4_table(f))),
                         f"{body}{year}年政府信息公开工作年度报告")
        write(folder, f"{name}.html", page.encode("utf-8"), f,
              f"{year} ({version} format) saved page, national 表三 (labels in three columns, merges as rowspan)",
              answers)
    return build


def _split_by_hand(t3: Table, at: int, caption: str) -> list:
    """表三 (labels in one column) cut by hand into two tables at data row ``at``, the second under its header
    again with ``caption`` (续表) above it."""
    head = t3.rows[:t3.header_rows]
    first = Table(head + t3.rows[t3.header_rows:t3.header_rows + at], spans=t3.spans, header_rows=t3.header_rows,
                  widths=t3.widths)
    second = Table(head + t3.rows[t3.header_rows + at:], spans=t3.spans, header_rows=t3.header_rows, widths=t3.widths)
    return [first, caption, second]


def _report_blocks(seed: int, version: str, year: int, body: str, official: bool, split: tuple[int, str] | None):
    """(the figures, the report's blocks) of a template report of ``version``, 表三 national or in one label column
    cut by hand at ``split``."""
    f = _trial(seed, year) if version == "2019" else figures(seed)
    t3 = t3_table(f, official=official)
    blocks = _blocks(f, body, t2_table(f), t3, t4_table(f))
    if split:
        k = blocks.index(t3)
        blocks[k:k + 1] = _split_by_hand(t3, *split)
    return f, blocks


def _office(seed: int, version: str, year: int, body: str, form: str, what: str, *, split: tuple[int, str] | None = None,
            ocr_dpi: int = 0, official: bool = False, **layout):
    """A .docx of ``layout`` (see _docx), as the .docx itself (``form`` docx) or exported to PDF by LibreOffice,
    with 表三 in one label column (cut by hand at ``split`` = (data row, caption)); ``ocr_dpi``: that PDF printed,
    scanned and OCR'd."""
    def build(folder, name, answers):
        f, blocks = _report_blocks(seed, version, year, body, official, split)
        data = _docx(Report(blocks), **layout)
        if form == "pdf":
            data = _pdf_of_docx(data)
            if ocr_dpi:
                data = _ocr_scan(data, ocr_dpi)
        write(folder, f"{name}.{form}", data, f, f"{year} ({version} format) {what}", answers)
    return build


def _html_pdf_unruled(seed: int, version: str, year: int, body: str, official: bool = False):
    def build(folder, name, answers):
        f = _trial(seed, year) if version == "2019" else figures(seed)
        rep = Report(_blocks(f, body, t2_table(f), t3_table(f, official=official), t4_table(f)))
        page = html_page(rep, f"{body}{year}年政府信息公开工作年度报告", table_tag='<table border="0" cellpadding="4">',
                         style="body{font-size:15pt} td{font-size:13pt}")
        write(folder, f"{name}.pdf", _pdf_of_html(page), f,
              f"{year} ({version} format) saved web page, tables without rules (border=0), exported to PDF by "
              "LibreOffice's web export: 表三 over a page end, its header not printed again"
              + ("; national 表三 (labels in three columns)" if official else ""), answers)
    return build


BLIND_B = {
    "b01_docx_pdf_unruled_footer_2021": _office(
        2101, "2021", 2024, "汨罗市自然资源局", "pdf", ".docx exported to PDF by LibreOffice, 12 pt, tables without "
        "rules, footer 第N页 共M页, 表三 over a page end with its header printed again",
        size=12, footer="第 {PAGE} 页 共 {NUMPAGES} 页", ruled=False, widths=True),
    "b02_docx_pdf_split_by_hand_2019": _office(
        2102, "2019", 2020, "湘乡市审计局", "pdf", ".docx exported to PDF by LibreOffice, 14 pt, footer - N -, 表三 cut "
        "by hand into two tables with 续表 between, the second under its header again",
        split=(12, "续表"), size=14, footer="- {PAGE} -", widths=True),
    "b03_docx_split_by_hand_2021": _office(
        2103, "2021", 2022, "永兴县住房和城乡建设局", "docx", ".docx, 表三 cut by hand into two tables with 续表三 between",
        split=(9, "续表三"), widths=True),
    "b04_docx_pdf_centred_rows_break_2021": _office(
        2104, "2021", 2023, "嘉禾县人民政府办公室", "pdf", ".docx exported to PDF by LibreOffice, 14 pt, columns of "
        "equal width (labels wrapped over many lines), cells centred in their rows, rows cut by page ends, footer "
        "第N页 共M页", size=14, footer="第{PAGE}页 共{NUMPAGES}页", centred=True),
    "b05_html_pdf_unruled_2021": _html_pdf_unruled(2105, "2021", 2023, "双峰县发展和改革局"),
    "b06_ocr_scan_300dpi_landscape_2021": _office(
        2106, "2021", 2023, "桃江县医疗保障局", "pdf", ".docx exported to PDF by LibreOffice, 12 pt, tables on landscape "
        "pages with their own widths, footer 第N页 共M页; printed, scanned at 300 dpi and OCR'd by ocrmypdf (chi_sim)",
        ocr_dpi=300, size=12, footer="第 {PAGE} 页 共 {NUMPAGES} 页", landscape_tables=True, widths=True),
    "b07_one_line_trial_format_in_2021": _one_line(2107, "2019", 2021, "会同县司法局"),
    "b08_docx_pdf_landscape_no_repeat_2019": _office(
        2108, "2019", 2019, "东安县财政局", "pdf", ".docx exported to PDF by LibreOffice, 14 pt, tables on landscape "
        "pages, header rows not printed again, rows cut by page ends, page number alone in the footer",
        size=14, footer="{PAGE}", landscape_tables=True, repeat=False),
}

def _resaved(seed: int, version: str, year: int, body: str, form: str, what: str, *, official: bool = True,
             split: tuple[int, str] | None = None, **layout):
    """A .docx of ``layout`` (see _docx; 表三 national, or in one label column cut by hand at ``split``) opened and
    saved again by LibreOffice as ``form`` (doc: Word 97-2003; html: its web page export; docx: its own OOXML)."""
    def build(folder, name, answers):
        f, blocks = _report_blocks(seed, version, year, body, official, split)
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp, "report.docx")
            source.write_bytes(_docx(Report(blocks), **layout))
            data = convert(source, form, Path(tmp)).read_bytes()
        write(folder, f"{name}.{form}", data, f, f"{year} ({version} format) {what}", answers)
    return build


BLIND_C = {
    "c01_docx_nested_merged_as_doc_2021": _resaved(
        2201, "2021", 2023, "祁东县卫生健康局", "doc", ".docx with 表二's sections nested in an outer table and the national "
        "表三 (merged down and across), saved as .doc by LibreOffice", nested_t2=True),
    "c02_docx_as_html_2021": _resaved(
        2202, "2021", 2022, "衡南县市场监督管理局", "html", ".docx (national 表三, footer 第N页 共M页) saved as a web page by "
        "LibreOffice", footer="第{PAGE}页 共{NUMPAGES}页"),
    "c03_docx_nested_merged_resaved_2019": _resaved(
        2203, "2019", 2020, "安仁县自然资源局", "docx", ".docx with 表二's sections nested in an outer table and the national "
        "表三, saved again by LibreOffice", nested_t2=True),
    "c04_docx_trial_as_html_2019": _resaved(
        2204, "2019", 2019, "石门县交通运输局", "html", ".docx (national 表三, tables without rules) saved as a web page by "
        "LibreOffice", ruled=False),
    "c05_docx_split_landscape_as_doc_2020": _resaved(
        2205, "2019", 2020, "慈利县人力资源和社会保障局", "doc", ".docx (表三 in one label column cut by hand with 续表, tables on "
        "landscape pages) saved as .doc by LibreOffice", official=False, split=(10, "续表"), landscape_tables=True),
    "c06_docx_nested_merged_as_html_2020": _resaved(
        2206, "2019", 2020, "桑植县发展和改革局", "html", ".docx with 表二's sections nested in an outer table and the national "
        "表三, saved as a web page by LibreOffice", nested_t2=True),
}

BLIND_D = {
    "d01_docx_pdf_unruled_official_page_number_2019": _office(
        2301, "2019", 2019, "城步苗族自治县民政局", "pdf", ".docx exported to PDF by LibreOffice, 14 pt, tables without "
        "rules, national 表三 (labels in three columns, merged), header rows not printed again, page number alone in "
        "the footer", official=True, size=14, footer="{PAGE}", ruled=False, repeat=False),
    "d02_docx_pdf_unruled_official_footer_2021": _office(
        2302, "2021", 2024, "新宁县教育局", "pdf", ".docx exported to PDF by LibreOffice, 12 pt, tables without rules, "
        "national 表三, header rows printed again, footer 第N页 共M页", official=True, size=12,
        footer="第 {PAGE} 页 共 {NUMPAGES} 页", ruled=False),
    "d03_html_pdf_unruled_official_2019": _html_pdf_unruled(2303, "2019", 2020, "隆回县水利局", official=True),
    "d04_docx_pdf_unruled_centred_landscape_2021": _office(
        2304, "2021", 2023, "洞口县商务局", "pdf", ".docx exported to PDF by LibreOffice, 14 pt, tables without rules on "
        "landscape pages, cells centred in their rows, footer - N -", size=14, footer="- {PAGE} -", ruled=False,
        centred=True, landscape_tables=True),
    "d05_docx_pdf_unruled_no_repeat_2020": _office(
        2305, "2019", 2020, "绥宁县林业局", "pdf", ".docx exported to PDF by LibreOffice, 16 pt, tables without rules, "
        "header rows not printed again, page number alone", size=16, footer="{PAGE}", ruled=False, repeat=False),
}

BLIND = {
    "g01_docx_pdf_footer_of_pages_2021": _docx_pdf(2001, "2021", 2023, "醴陵市财政局", "第{PAGE}页 共{NUMPAGES}页", 14),
    "g02_docx_pdf_page_number_landscape_2019": _docx_pdf(2002, "2019", 2019, "涟源市民政局", "{PAGE}", 14, True),
    "g03_html_pdf_thead_2020": _html_pdf(2003, "2019", 2020, "资兴市教育局"),
    "g04_ocr_scan_of_docx_pdf_2021": _docx_pdf(2004, "2021", 2022, "冷水江市司法局", "第 {PAGE} 页 共 {NUMPAGES} 页",
                                               12, ocr=True),
    "g05_docx_nested_merged_2019": _word_merged_nested_picture(2005, "2019", 2020, "韶山市文化旅游广电体育局", ()),
    "g06_docx_t4_picture_2021": _word_merged_nested_picture(2006, "2021", 2022, "新化县水利局", (3,)),
    "g07_one_line_trial_2020": _one_line(2007, "2019", 2020, "津市市退役军人事务局"),
    "g08_html_trial_2019": _html(2008, "2019", 2019, "洪江市商务局"),
    "g09_one_line_revised_2021": _one_line(2009, "2021", 2023, "武冈市审计局"),
    "g10_one_line_trial_signs_touching_2019": _one_line(2010, "2019", 2019, "临湘市应急管理局", touching=True),
}

HELD_OUT = {
    "k01_docx_pdf_footer_landscape_2020": _docx_pdf(2051, "2019", 2020, "耒阳市卫生健康局", "第{PAGE}页/共{NUMPAGES}页",
                                                     13, True, official=False),
    "k02_docx_t2_picture_nested_2019": _word_merged_nested_picture(2052, "2019", 2019, "吉首市林业局", (1,)),
    "k03_html_trial_2020": _html(2053, "2019", 2020, "沅陵县统计局"),
    "k04_one_line_trial_signs_touching_2020": _one_line(2054, "2019", 2020, "常宁市交通运输局", touching=True),
}

def nested_doc(folder: Path) -> None:
    """A hotline's work summary whose two tables sit in the right cells of an outer layout table (their captions in
    the left cells, a cell of the nested table holding two paragraphs), saved as .doc by LibreOffice: the test of
    word_binary's nested tables (tests/lib/test_word_binary_nested.py)."""
    import docx

    document = docx.Document()
    document.add_paragraph("益阳市12345热线2024年第一季度运行情况")
    outer = document.add_table(rows=2, cols=2)
    outer.style = "Table Grid"
    tables = [("表1 受理渠道", [["渠道", "受理量", "占比"], ["电话", "8,412", "61.3"], ["网站\n（含信箱）", "3,077", "22.4"]]),
              ("表2 办理结果", [["结果", "件数"], ["按时办结", "12,906"], ["延期办结", "188"]])]
    for row, (caption, grid) in zip(outer.rows, tables):
        row.cells[0].text = caption
        add_word_table(row.cells[1], Table(grid))
    document.add_paragraph("下一步将继续提升接通率。")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp, "hotline_nested.docx")
        out = io.BytesIO()
        document.save(out)
        source.write_bytes(out.getvalue())
        folder.mkdir(parents=True, exist_ok=True)
        convert(source, "doc", folder)


if __name__ == "__main__":
    main(FIXTURES / "tables_r20_blind", BLIND)
    main(FIXTURES / "tables_r20_heldout", HELD_OUT)
    main(FIXTURES / "tables_r20b_blind", BLIND_B)
    main(FIXTURES / "tables_r20c_blind", BLIND_C)
    main(FIXTURES / "tables_r20d_blind", BLIND_D)
