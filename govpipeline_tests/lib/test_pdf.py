"""PDF and Word reports read as the same report saved as text: the same text, table cells and facts, with pages."""
import dataclasses
import io
import json
from bisect import bisect_right
from pathlib import Path

import pytest

from govpipeline.lib.decode import NotTextError
from govpipeline.lib.extract import extract_facts
from govpipeline.lib.pdf import pdf_to_text
from govpipeline.lib.tables import read_tables
from govpipeline.lib.stages import extract_document, normalize_document, read_document
from govpipeline.lib.word import docx_to_text, read_docx
from govpipeline_tests.report_files import (Picture, Report, Table, annual_report, pdf_without_unicode_map, t3_rows,
                                           to_doc, to_docx, to_pdf)


def extracted(name: str, data: bytes) -> tuple[dict, list[dict], list[dict]]:
    raw = read_document(name, data)
    assert raw["error"] is None, raw["error"]
    [norm] = normalize_document(raw)
    assert norm["error"] is None, norm["error"]
    status, facts, _, _, cells, issues = extract_document(norm)
    assert status["error"] is None and issues == []
    return raw, facts, cells


def _cells(cells):
    return sorted((c["table_id"], c["row_key"], c["column_key"], c["value"], c["raw"], c["is_blank"], c["derived"])
                  for c in cells)


def _facts(facts):
    return [(f["metric"], f["metric_id"], f["value"], f["unit"], f["kind"], f["quote"], f["year"]) for f in facts]


# (version, header printed again on the next page, the cut row: (row, label characters before the break, figures
# above the break)): 表三 runs over the page break with or without its header, cut in a row or between rows
LAYOUTS = [("2019", True, (21, 9, True)), ("2019", False, (13, 4, False)), ("2021", True, (6, 3, False)),
           ("2021", False, (21, 9, True)), ("2021", True, None)]


@pytest.mark.parametrize("version,repeat_header,cut", LAYOUTS)
def test_pdf_text_is_the_report_as_text(version, repeat_header, cut):
    import pdfplumber

    report = annual_report(version, repeat_header=repeat_header, cut=cut)
    data = to_pdf(report)
    read = pdf_to_text(data)
    assert read.text == report.text()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(read.page_starts) == len(pdf.pages) >= 3 and read.page_starts[0] == 0
    assert read.page_starts == sorted(read.page_starts)


@pytest.mark.parametrize("version,official", [("2019", False), ("2021", False), ("2019", True), ("2021", True)])
def test_pdf_and_word_files_give_the_cells_and_facts_of_the_text(version, official):
    report = annual_report(version, official=official)
    _, text_facts, text_cells = extracted("report.txt", report.text().encode("utf-8"))
    pdf_raw, pdf_facts, pdf_cells = extracted("report.pdf", to_pdf(report))
    docx_raw, docx_facts, docx_cells = extracted("report.docx", to_docx(report))
    doc_raw, doc_facts, doc_cells = extracted("report.doc", to_doc(report))
    assert _cells(pdf_cells) == _cells(docx_cells) == _cells(doc_cells) == _cells(text_cells)
    assert _facts(pdf_facts) == _facts(docx_facts) == _facts(doc_facts) == _facts(text_facts)
    assert (pdf_raw["format"], docx_raw["format"], doc_raw["format"]) == ("pdf", "docx", "doc")
    # 表三 whole: 23 rows in 2019 (（六）其他处理 one row), 25 in 2021, 7 printed cells each, as constructed
    rows = t3_rows(version)
    printed = {(c["row_key"], c["column_key"]): c["value"] for c in pdf_cells
               if c["table_id"] == "t3" and not c["derived"]}
    assert len(rows) == (23 if version == "2019" else 25) and len(printed) == 7 * len(rows)
    assert printed[("new_received", "total")] == rows[0][1][-1]
    assert printed[("carried_forward", "natural_person")] == rows[-1][1][0]
    narrative = {f["quote"] for f in pdf_facts if f["section"] not in ("t2", "t3", "t4")}
    assert {"5316条", "36.8万件", "99.6%"} <= narrative


def test_a_pdf_fact_points_at_its_page():
    report = annual_report("2021", cut=(21, 9, True))
    raw, facts, _ = extracted("report.pdf", to_pdf(report))
    starts = raw["page_starts"]

    def page(quote):
        fact = next(f for f in facts if f["quote"] == quote)
        assert raw["decoded_text"][fact["source_start"]:fact["source_end"]] == quote
        return bisect_right(starts, fact["source_start"])

    assert page("5316条") == 1  # the narrative, on the first page
    last_rows = [f for f in facts if f["metric_id"] == "t3.carried_forward.total"]
    assert bisect_right(starts, last_rows[0]["source_start"]) == 3  # 表三's last row, after the cut row's page break
    assert page("406.37") == 1


def test_page_numbers_in_other_forms_are_left_out():
    for form in ("第{}页", "- {} -", "{}", "第 {} 页 共 2 页", "{}/2"):
        report = Report(["#标题", "正文第一段，全年办件1200件。", None, "正文第二段，办结1180件。"])
        assert pdf_to_text(to_pdf(report, page_number=form)).text == report.text()


def test_a_title_printed_on_every_page_is_left_out():
    report = annual_report("2021", cut=(13, 4, True))
    for head in ("某某县人民政府信息公开年报", "某某县人民政府信息公开年报 第{}页"):
        assert pdf_to_text(to_pdf(report, page_number="", running_head=head)).text == report.text()


@pytest.mark.parametrize("version", ["2019", "2021"])
def test_tables_printed_without_rules_give_the_template_cells_of_the_text(version):
    """Rows come out as lines with their cells a space apart, a label wrapped in its column joined to its row."""
    report = annual_report(version, cut=None)
    report.blocks = [dataclasses.replace(b, ruled=False) if isinstance(b, Table) else b for b in report.blocks]
    _, text_facts, text_cells = extracted("report.txt", report.text().encode("utf-8"))
    raw, pdf_facts, pdf_cells = extracted("report.pdf", to_pdf(report))
    template = ("t2", "t3", "t4")
    assert _cells(c for c in pdf_cells if c["table_id"] in template) == \
        _cells(c for c in text_cells if c["table_id"] in template)
    assert len([c for c in pdf_cells if c["table_id"] == "t3" and not c["derived"]]) == 7 * len(t3_rows(version))
    # a label wrapped in its column (…已获取信 / 息) is joined to its row, whose figures stand on its first line
    assert "\n5.要求行政机关确认或重新出具已获取信息 1 0 0 0 0 0 1\n" in raw["decoded_text"]
    assert {"5316条", "36.8万件", "99.6%"} <= {f["quote"] for f in pdf_facts}


def test_lines_of_a_cell_join_without_a_space_unless_two_latin_words_meet():
    from govpipeline.lib.pdf import join_lines

    assert join_lines(["社会", " 公益 ", "组织", ""]) == "社会公益组织"
    assert join_lines(["受理12345", "热线", "Open", "data", "2.0版"]) == "受理12345热线Open data2.0版"
    # a cell breaks a long figure anywhere; a paragraph's line breaks only at a space between two figures
    assert join_lines(["9876", "543"]) == "9876543"
    assert join_lines(["罚没收入 37-6", "8204 行政裁决 5"], figures_apart=True) == "罚没收入 37-6 8204 行政裁决 5"
    assert join_lines(["共办理12", "件"], figures_apart=True) == "共办理12件"


def test_wrapped_paragraphs_are_joined_and_headings_kept():
    long = "全年共受理各类政务服务事项" + "，其中网上办理的事项逐年增加" * 8 + "，共计3000件。"
    report = Report(["#一、总体情况", long, "#二、主动公开", long])
    assert pdf_to_text(to_pdf(report)).text == report.text()


def test_a_line_that_ends_short_because_the_next_figure_was_set_whole_goes_on_in_it():
    # figures are never broken at a line's end: each long one moved on leaves its width blank on the line above
    long = "全市" + "，".join(f"第{k}批项目完成投资1,234,567.89万元" for k in range(1, 13)) + "。"
    report = Report(["#一、总体情况", long, "#二、下一步工作", "继续推进项目建设。"])
    assert pdf_to_text(to_pdf(report)).text == report.text()


def test_unit_only_in_a_header_and_multi_line_header_names_reach_the_table_reader():
    report = Report(["#六、其他", "单位：万元",
                     Table([["项目", "本年\n支出金额", "上年\n支出金额"], ["信息公开经费", "12.5", "10.1"]])])
    text = pdf_to_text(to_pdf(report)).text
    assert text == "六、其他\n单位：万元\n项目\t本年支出金额\t上年支出金额\n信息公开经费\t12.5\t10.1\n"
    assert docx_to_text(to_docx(report)) == text
    cells = read_tables(text)
    assert [(c.metric, c.value, c.unit) for c in cells] == [("信息公开经费|本年支出金额", 125_000, "元"),
                                                            ("信息公开经费|上年支出金额", 101_000, "元")]


def _canvas_pdf(draw, **options) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, **options)
    draw(c)
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_scanned_pdf_is_not_read():
    def scan(c):  # a page that is a picture: shapes, no characters
        c.setFillGray(0.3)
        for k in range(20):
            c.rect(72, 72 + 30 * k, 400, 12, fill=1, stroke=0)

    with pytest.raises(NotTextError, match="scanned PDF, no text layer"):
        pdf_to_text(_canvas_pdf(scan))
    raw = read_document("扫描件.pdf", _canvas_pdf(scan))
    assert raw["error"] == "扫描件.pdf: scanned PDF, no text layer" and raw["decoded_text"] is None


def test_a_pdf_whose_fonts_have_no_unicode_map_is_not_read():
    raw = read_document("年报.pdf", pdf_without_unicode_map())
    assert raw["error"].startswith("年报.pdf: PDF text layer not readable: 7 of its 7 characters") and \
        "run OCR" in raw["error"]


def test_bold_drawn_twice_is_read_once_and_a_heading_after_a_full_line_is_its_own_line():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    full = "全年受理政务服务事项" * 4 + "办结。"  # 43 characters of 11 pt: the line is full to its right end

    def page(c):
        c.setFont("STSong-Light", 11)
        for dx in (0, 0.3):  # a bold face as some writers make it: the same characters again, 0.3 pt right
            c.drawString(72 + dx, 760, "一、总体情况")
        c.drawString(72, 740, full)
        c.drawString(72, 723, "二、主动公开政府信息情况")

    assert pdf_to_text(_canvas_pdf(page)).text == f"一、总体情况\n{full}\n二、主动公开政府信息情况\n"


def test_a_drawing_of_ruled_boxes_is_no_table():
    def chart(c):
        c.drawString(72, 760, "chart 2023")
        for k in range(12):  # the frame and grid of a chart, no text in its boxes
            c.line(72, 400 + 20 * k, 400, 400 + 20 * k)
            c.line(72 + 30 * k, 400, 72 + 30 * k, 620)

    assert pdf_to_text(_canvas_pdf(chart)).text == "chart 2023\n"


def test_the_space_word_sets_between_chinese_and_digits_is_no_space_but_a_column_gap_is():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def page(c):
        x = 72
        for run in ("全年受理政务服务事项", "36.8", "万件，办结率", "99.6%", "。"):  # a quarter of 16 pt between runs
            c.setFont("STSong-Light", 16)
            c.drawString(x, 700, run)
            x += c.stringWidth(run, "STSong-Light", 16) + 4
        c.setFont("STSong-Light", 12)
        c.drawString(72, 650, "市场监管局")  # a table without rules: its columns stand apart
        c.drawString(200, 650, "12563")
        c.drawString(300, 650, "99.5%")
        c.setFont("STSong-Light", 16)
        c.drawString(72, 600, "以上数据来源于全县政务服务中心和各乡镇便民服务中心。")  # sets the right margin

    text = pdf_to_text(_canvas_pdf(page)).text
    assert text == "全年受理政务服务事项36.8万件，办结率99.6%。\n市场监管局 12563 99.5%\n" \
                   "以上数据来源于全县政务服务中心和各乡镇便民服务中心。\n"
    facts = extract_facts(text.split("\n")[0], 2023, None).facts
    assert [(f.quote, f.value) for f in facts] == [("36.8万件", 368_000), ("99.6%", 99.6)]


def _draw_runs(c, y, runs, size=16, tracking=0.0):
    """Each (x, text) of ``runs`` drawn from x on the line at y, its characters ``tracking`` points apart beyond
    their width, and half as much again between a digit and a character (a justified line spreads them so)."""
    c.setFont("STSong-Light", size)
    for x, text in runs:
        for k, ch in enumerate(text):
            c.drawString(x, y, ch)
            script_change = k + 1 < len(text) and ch.isascii() != text[k + 1].isascii()
            x += c.stringWidth(ch, "STSong-Light", size) + tracking * (1.5 if script_change else 1)


def _song():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def test_a_line_left_short_by_what_no_line_may_begin_with_goes_on_in_the_next():
    # 位”， may not be split nor begin a line with its marks: set on the next line together, they leave the line
    # before short by their width, as do figures kept together (2.31‰、3.05‰，) and a quotation mark with the
    # characters on both its sides (过“政); Word, WPS and LibreOffice break so
    _song()
    margin = "全市政务服务工作持续推进，各项工作取得明显成效，服务水平进一步提高。"  # 34 characters: the right margin
    lines = ["本市政务公开政务服务工作从二〇一五年起连续三年获评全省“优秀单",  # 31: three short
             "位”，二〇一七年还位列全省第三，稳居市州第一方阵。",
             "孕产妇死亡率为零，婴儿死亡率、五岁以下儿童死亡率分别为",  # 27: seven short
             "2.31‰、3.05‰，均优于全省平均水平。",
             "全年共收到政府信息公开申请十件，均已按期答复告知，其中申请人通",  # 31: three short
             "过“政府信息公开申请”系统在线提交十件。"]
    assert (len(margin), len(lines[0]), len(lines[2]), len(lines[4])) == (34, 31, 27, 31)

    def page(c):
        for k, line in enumerate(lines + [margin]):
            _draw_runs(c, 700 - 20 * k, [(72, line)])

    assert pdf_to_text(_canvas_pdf(page)).text == \
        "\n".join([lines[0] + lines[1], lines[2] + lines[3], lines[4] + lines[5], margin]) + "\n"


def test_a_justified_line_s_spread_is_no_space_but_a_wider_gap_is():
    # a justified line sets every two characters apart by a spread, a digit and a character by more (LibreOffice:
    # 6 and 9 points at 16): no space in 5岁以下; a row of a table without rules keeps its gaps
    _song()

    def page(c):
        _draw_runs(c, 700, [(72, "婴儿死亡率、5岁以下儿童死亡率分别为2.31‰。")], tracking=6)
        _draw_runs(c, 680, [(72, "行政许可"), (200, "1286"), (280, "15")], tracking=0)

    assert pdf_to_text(_canvas_pdf(page)).text == "婴儿死亡率、5岁以下儿童死亡率分别为2.31‰。\n行政许可 1286 15\n"


def test_a_figure_alone_under_a_row_is_not_the_rest_of_its_label():
    # a row of figures typed with tabs that ran over the line: its last figure wrapped to the next line alone
    _song()

    def page(c):
        _draw_runs(c, 700, [(72, "全年收到政府信息公开申请2件，均已按期答复，本年度未收取任何费用。")])
        _draw_runs(c, 680, [(72, "（一）予以公开"), (300, "2"), (340, "0"), (380, "0")])
        _draw_runs(c, 662, [(72, "2")])
        _draw_runs(c, 640, [(72, "（二）部分公开"), (300, "0"), (340, "0"), (380, "0")])

    lines = pdf_to_text(_canvas_pdf(page)).text.split("\n")
    assert lines[1:4] == ["（一）予以公开 2 0 0", "2", "（二）部分公开 0 0 0"]


def test_encrypted_truncated_and_corrupt_pdfs_are_not_read():
    from reportlab.lib.pdfencrypt import StandardEncryption

    def text(c):
        c.drawString(72, 720, "report 2023")

    locked = _canvas_pdf(text, encrypt=StandardEncryption("secret", "owner"))
    whole = to_pdf(annual_report("2021"))
    cases = [(locked, "encrypted PDF: it needs a password"), (whole[: len(whole) // 2], "truncated PDF"),
             (b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n", "corrupt PDF"),
             (b"<html>not a pdf</html>", "is not a PDF file")]
    for data, reason in cases:
        raw = read_document("年报.pdf", data)
        assert raw["error"].startswith("年报.pdf: ") and reason in raw["error"], raw["error"]


def test_a_pdf_protected_only_against_editing_is_read():
    from reportlab.lib.pdfencrypt import StandardEncryption

    def text(c):
        c.setFont("Helvetica", 11)
        c.drawString(72, 720, "report 2023")

    assert pdf_to_text(_canvas_pdf(text, encrypt=StandardEncryption("", "owner", canModify=0))).text == "report 2023\n"


def test_a_long_pdf_is_read_page_by_page():
    filler = "持续深化重点领域信息公开，及时准确发布相关信息，回应社会关切，全年办件{}件。"
    report = Report(sum(([f"#第{k}部分", "".join(filler.format(1000 + 10 * k + j) for j in range(6)), None]
                         for k in range(1, 101)), [])[:-1])
    read = pdf_to_text(to_pdf(report))
    assert len(read.page_starts) == 100 and read.text == report.text()
    assert all(read.text[s:].startswith(f"第{k}部分") for k, s in enumerate(read.page_starts, 1))


def test_docx_merged_cells_and_damaged_files():
    report = annual_report("2019")
    assert docx_to_text(to_docx(report)) == report.text()
    data = to_docx(report)
    for damaged, reason in [(data[: len(data) // 2], "corrupt or truncated .docx"),
                            (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "corrupt or truncated Word file"),
                            (b"plain text, not a package", "is not a .docx file")]:
        raw = read_document("年报.docx", damaged)
        assert raw["error"].startswith("年报.docx: ") and reason in raw["error"], raw["error"]


def test_docx_paragraphs_inside_a_content_control_are_read():
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("全年受理申请120件。")
    control = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>办结118件。</w:t></w:r></w:p>"
                        "</w:sdtContent></w:sdt>")
    document.element.body.insert(1, control)
    out = io.BytesIO()
    document.save(out)
    assert docx_to_text(out.getvalue()) == "全年受理申请120件。\n办结118件。\n"


def test_docx_numbers_of_automatically_numbered_headings_are_read():
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, text in [(0, "总体情况"), (1, "主动公开"), (2, "规章"), (2, "规范性文件"), (1, "依申请公开"),
                        (2, "新收申请"), (0, "存在的主要问题及改进情况")] + [(0, "其他")] * 10:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    document.add_paragraph("正文，不编号。")
    out = io.BytesIO()
    document.save(out)
    assert docx_to_text(out.getvalue()).split("\n") == [
        "一、总体情况", "（一）主动公开", "1.规章", "2.规范性文件", "（二）依申请公开", "1.新收申请",
        "二、存在的主要问题及改进情况", "三、其他", "四、其他", "五、其他", "六、其他", "七、其他", "八、其他", "九、其他",
        "十、其他", "十一、其他", "十二、其他", "正文，不编号。", ""]


@pytest.mark.parametrize("name,advice", [("年报.doc", "corrupt or truncated Word file"),
                                         ("年报.wps", "corrupt or truncated Word file"), ("年报.et", "as PDF or .docx"),
                                         ("附件.zip", "unpack its reports into the folder"),
                                         ("附件.rar", "unpack its reports into the folder")])
def test_unreadable_word_files_and_other_formats_are_quarantined_with_the_reason(name, advice):
    raw = read_document(name, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    assert raw["error"].startswith(f"{name}: ") and advice in raw["error"] and raw["decoded_text"] is None


def test_a_wps_file_in_the_word_97_format_is_read():
    raw = read_document("年报.wps", to_doc(annual_report("2021")))
    assert raw["error"] is None and raw["format"] == "doc" and "5316条" in raw["decoded_text"]


def test_large_images_with_no_text_on_them_are_named_by_page():
    # 表四 pasted as a picture, a seal beside the title, and a last page that is a scan
    blocks = list(annual_report("2021").blocks)
    blocks.insert(blocks.index("#四、政府信息公开行政复议、行政诉讼情况") + 1, Picture(15, 8))
    blocks.insert(2, Picture(3, 3))
    read = pdf_to_text(to_pdf(Report(blocks + [None, Picture(16, 22)])))
    assert read.images_not_read == ["page 3: an image over 19% of the page, no text on it",
                                    "page 4: an image over 56% of the page, no text on it"]
    assert pdf_to_text(to_pdf(annual_report("2021"))).images_not_read == []


def test_large_pictures_of_a_docx_are_named_by_the_line_before_them():
    blocks = list(annual_report("2021").blocks)
    blocks.insert(blocks.index("#四、政府信息公开行政复议、行政诉讼情况") + 1, Picture(15, 8))  # 表四 as a picture
    blocks.insert(2, Picture(3, 3))  # a seal
    read = read_docx(to_docx(Report(blocks)))
    assert read.images_not_read == ["an image over 20% of a page, after “四、政府信息公开行政复议、行政诉讼情况”"]
    assert read.text == Report(blocks).text()


REPO = Path(__file__).parents[2]
OFFICE_PDFS = REPO / "govpipeline_tests" / "fixtures" / "office_pdfs"
OFFICE_TEXTS = {"000_6b9fb25426896547": REPO / "data" / "raw" / "000_6b9fb25426896547.txt",
                "qu_weijian_zongjie_2024": OFFICE_PDFS.parent / "genres" / "qu_weijian_zongjie_2024.txt",
                "changshoulu_jiedao_2020": OFFICE_PDFS.parent / "disclosure_blind" / "changshoulu_jiedao_2020.txt"}


def _read(path: Path) -> tuple[list, list]:
    [norm] = normalize_document(read_document(path.name, path.read_bytes()))
    status, facts, _, _, cells, _ = extract_document(norm)
    assert status["error"] is None
    return (sorted((f["value"], f["unit"], f["metric"], f["kind"], f["metric_id"] or "") for f in facts),
            sorted((c["table_id"], c["row_key"], c["column_key"], c["value"]) for c in cells))


@pytest.mark.parametrize("layout", ["ragged", "justified"])
@pytest.mark.parametrize("name", sorted(OFFICE_TEXTS))
def test_a_report_saved_as_pdf_by_an_office_suite_gives_the_facts_of_its_text(name, layout):
    # before: 000 lost 位 from 优秀单位 where 位”， opened a line; qu_weijian read 5 岁以下 justified, and lost its
    # rates' names where 2.31‰、3.05‰， opened a line; changshoulu read two 表三 cells wrong (a wrapped last figure)
    assert _read(OFFICE_PDFS / f"{name}.{layout}.pdf") == _read(OFFICE_TEXTS[name])


def test_radicals_a_font_mapped_its_glyphs_to_are_read_as_the_characters_they_draw():
    # ⼀、 opens a heading and ⽆ fills a table's cell as 一、 and 无 do: a browser's PDF in a common CJK font maps
    # the glyphs of 一, 人, 工, 无, 民 … to the radicals they share them with
    _song()

    def page(c):
        _draw_runs(c, 700, [(72, "⼀、总体情况")])
        _draw_runs(c, 680, [(72, "⼈⺠政府全年收到申请12件。")])
        _draw_runs(c, 660, [(72, "（四）⽆法提供"), (300, "3"), (340, "⽆"), (380, "3")])

    assert pdf_to_text(_canvas_pdf(page)).text == "一、总体情况\n人民政府全年收到申请12件。\n（四）无法提供 3 无 3\n"


def test_a_page_printed_by_a_browser_loses_its_head_and_foot_and_keeps_its_title_whole():
    # a browser prints the time and the page's title at each page's head, its address and N/M at its foot; a title's
    # year in a Latin bold stands lower than the Chinese beside it (its font's ascent), yet is on the title's line
    _song()
    title = "某县水利局2023年政府信息公开工作年度报告"
    body = "全县水利系统持续推进政务公开，全年主动公开政府信息一千二百条，其中政策文件四十二件，工作动态三百件。"

    def pages(c):
        for number in (1, 2):
            c.setFont("Helvetica", 8)
            c.drawString(30, 815, "1/18/24, 10:40 AM")
            c.setFont("STSong-Light", 8)
            c.drawString(120, 815, title)
            c.setFont("Helvetica", 8)
            c.drawString(30, 20, f"https://www.example.gov.cn/art/2024/1/18/art_{number}.html  {number}/2")
            if number == 1:
                _draw_runs(c, 700, [(72, "某县水利局")], size=22)
                c.setFont("Helvetica-Bold", 22)
                c.drawString(72 + 5 * 22, 693, "2023")
                _draw_runs(c, 700, [(72 + 5 * 22 + c.stringWidth("2023", "Helvetica-Bold", 22), "年政府信息公开工作年度报告")],
                           size=22)
                _draw_runs(c, 40, [(72, body[:34])])
                c.showPage()
            else:
                _draw_runs(c, 780, [(72, body[34:])])

    text = pdf_to_text(_canvas_pdf(pages)).text
    assert text == f"{title}\n{body}\n"


BROWSER_PAGES = {"pingli_xianfuban_2022": OFFICE_PDFS.parent / "crawl_years_blind" / "pingli_xianfuban_2022.html",
                 "yibin_12345_2024q3": OFFICE_PDFS.parent / "briefing_tables" / "yibin_12345_2024q3.html"}


def _metadata(path: Path) -> list[tuple]:
    return [(n["title"], n["report_year"], n["body"], n["region"], n["publish_date"])
            for n in normalize_document(read_document(path.name, path.read_bytes()))]


@pytest.mark.parametrize("name", sorted(BROWSER_PAGES))
def test_a_page_a_browser_printed_to_pdf_gives_the_facts_cells_and_metadata_of_the_page(name):
    # before: radicals for 人 民 一 无 …, the title's year on a line of its own, the head and foot inside the tables
    pdf = OFFICE_PDFS / f"{name}.browser.pdf"
    assert _read(pdf) == _read(BROWSER_PAGES[name])
    assert _metadata(pdf) == _metadata(BROWSER_PAGES[name])


def test_a_one_page_print_loses_the_browsers_head_though_no_other_page_repeats_it():
    # no second page shows the head running; its print time (in either of the forms browsers write it) tells it
    _song()
    title = "某区住房和城乡建设局2021年政府信息公开工作年度报告"
    body = "本年度主动公开政府信息三百一十条，其中规范性文件十二件，政策解读二十件，回应关切四十五件。"
    for printed in ("3/9/22, 4:15 PM", "2022/3/9 16:15"):
        def page(c):
            c.setFont("Helvetica", 8)
            c.drawString(30, 815, printed)
            c.setFont("STSong-Light", 8)
            c.drawString(140, 815, title)
            _draw_runs(c, 700, [(72, title)], size=16)
            _draw_runs(c, 660, [(72, body)])

        assert pdf_to_text(_canvas_pdf(page)).text == f"{title}\n{body}\n"



def test_a_scans_ocr_layer_is_read_and_said_to_be_an_ocrs_reading():
    scan = pdf_to_text((OFFICE_PDFS.parent / "ocr_pdfs" / "qu_weijian_zongjie_2024.page1.ocr.pdf").read_bytes())
    assert "卫生" in scan.text and "81.26" in scan.text
    assert scan.images_not_read == ["page 1: the text lies over an image of the whole page, as a scan's OCR layer does: "
                                     "its figures may be misread by the OCR; check them against the page"]
    # the same page as the office wrote it: no image under its text
    assert pdf_to_text((OFFICE_PDFS / "qu_weijian_zongjie_2024.ragged.pdf").read_bytes()).images_not_read == []


PAGE_JOINS = REPO / "govpipeline_tests" / "fixtures" / "page_joins_office"
PAGE_JOINS_TEXT = json.loads((PAGE_JOINS / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["p1_cover_date", "p3_paragraph_over_page", "p4_table_row_over_page"])
def test_a_page_end_cuts_a_paragraph_or_a_row_and_ends_a_cover(name):
    assert pdf_to_text((PAGE_JOINS / f"{name}.pdf").read_bytes()).text == PAGE_JOINS_TEXT[name]


def test_a_covers_date_set_right_stays_its_own_line_before_a_body_of_indented_lines():
    # before: 二〇二四年二月六日全年完成审计项目17个，… (the body's indent was the least x0 of the report, so the
    # next page's first line did not look indented, and the date set right reached the right margin)
    lines = pdf_to_text((PAGE_JOINS / "p5_cover_short_lines.pdf").read_bytes()).text.splitlines()
    assert lines[:3] == PAGE_JOINS_TEXT["p5_cover_short_lines"].splitlines()[:3]
    assert lines[3].startswith("全年完成审计项目17个")


def test_a_title_pages_last_line_stays_off_the_centred_heading_of_the_next_page():
    lines = pdf_to_text((PAGE_JOINS / "p2_title_page.pdf").read_bytes()).text.splitlines()
    assert lines[-3:] == PAGE_JOINS_TEXT["p2_title_page"].splitlines()[-3:]


@pytest.mark.parametrize("under", ["发布时间：2023-05-08 09:30  来源：本站", "永宁县统计局"])
def test_a_heading_in_larger_type_that_reaches_the_margin_takes_no_line_under_it(under):
    """A browser prints a page's heading larger than its article, and it may be the widest line of the page: the info
    line or the issuer under it is no part of it (set 35: 某旗2021年…统计公报敖汉旗统计局 read as title and body)."""
    _song()
    heading = "永宁县2022年国民经济和社会发展统计公报"
    text = "全年地区生产总值一百二十亿元，比上年增长五点二个百分点。"  # shorter than the heading

    def page(c):
        _draw_runs(c, 760, [(40, heading)], size=24)
        _draw_runs(c, 720, [(40, under)], size=12)
        _draw_runs(c, 700, [(40, text)], size=12)

    assert pdf_to_text(_canvas_pdf(page)).text.split("\n")[:2] == [heading, under.replace("  ", " ")]


def test_a_full_width_mark_set_apart_takes_no_space():
    # a run whose last character the file gives no width (an OFD drawn glyph by glyph) leaves a gap before the mark
    # after it: 增长4.6% 。 would cut the sentence in two; a gap between words stays a space
    _song()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def page(c):
        first = "工业增加值增长4.6%"
        x = 72 + stringWidth(first, "STSong-Light", 16) + 12  # three quarters of a character apart
        _draw_runs(c, 700, [(72, first), (x, "，其中制造业增长6.1%；")])

    def words(c):
        _draw_runs(c, 700, [(72, "单位"), (72 + 32 + 14, "万元")])

    assert pdf_to_text(_canvas_pdf(page)).text == "工业增加值增长4.6%，其中制造业增长6.1%；\n"
    assert pdf_to_text(_canvas_pdf(words)).text == "单位 万元\n"


def _lines_pdf(pages: list[list[str]], foot: str | None) -> bytes:
    """Pages of lines one under another from the top, each page's foot ``foot`` with its number (None: no foot)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842), invariant=1)
    for number, lines in enumerate(pages, 1):
        pdf.setFont("STSong-Light", 12)
        for k, line in enumerate(lines):
            pdf.drawString(90, 760 - 20 * k, line)
        if foot:
            pdf.drawCentredString(297, 40, foot.format(number))
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.mark.parametrize("foot", ["第{}页", None])
def test_a_lone_figure_at_a_pages_head_or_foot_that_does_not_run_with_the_pages_is_a_cell(foot):
    # a table pasted one cell a line: a page turns inside a row, so a row's last figure heads the next page, another
    # ends a page; only figures that count the pages (the same number more than the page's, page after page) go
    pages = [["卫生院", "入院人次", "门诊人次", "城关卫生院", "312", "2,415", "河口卫生院"],
             ["7", "960", "合计", "319", "975"], ["二、医疗保障"]]
    text = "".join(pdf_to_text(_lines_pdf(pages, foot)).text.split())
    assert "河口卫生院7960合计319975二、医疗保障" in text


def test_bare_figures_that_count_the_pages_are_its_numbers():
    pages = [["一、总体情况", "全年办件平稳。"], ["二、办件情况", "全年受理办件。"], ["三、问题", "窗口不足。"]]
    text = "".join(pdf_to_text(_lines_pdf(pages, "{}")).text.split())
    assert text == "一、总体情况全年办件平稳。二、办件情况全年受理办件。三、问题窗口不足。"
