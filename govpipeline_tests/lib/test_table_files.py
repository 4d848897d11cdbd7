"""Template tables in PDF and Word files as offices make them: the blind round of file formats (fixtures/
tables_files_blind, keyed before the code ran on them), and the classes it found, each in a form of its own."""
import io

import pytest

from govpipeline.lib.stages import extract_document, normalize_document, read_document
from govpipeline.lib.template import parse_tables
from govpipeline.lib.word import docx_to_text
from govpipeline.lib.word_binary import doc_to_text
from govpipeline_tests import template_forms as forms
from govpipeline_tests.doc_files import doc_bytes
from govpipeline_tests.report_files import annual_report, to_docx
from govpipeline_tests.table_files import docx_nested, docx_with_tab_text
from govpipeline_tests.table_fixtures import score

ROUND = __import__("govpipeline_tests.table_fixtures", fromlist=["FOLDER"]).FOLDER.parent / "tables_files_blind"


def cells(name: str, data: bytes) -> list[tuple]:
    raw = read_document(name, data)
    assert raw["error"] is None, raw["error"]
    [norm] = normalize_document(raw)
    _, _, _, _, found, issues = extract_document(norm)
    assert issues == []
    return sorted((c["table_id"], c["row_key"], c["column_key"], c["value"]) for c in found
                  if not c["derived"] and c["table_id"] in ("t2", "t3", "t4"))


def test_a_docx_whose_tables_were_pasted_as_tab_text_gives_the_cells_of_its_word_tables():
    report = annual_report("2019")
    assert cells("pasted.docx", docx_with_tab_text(report)) == cells("tables.docx", to_docx(report))


def test_tabs_of_a_word_paragraph_are_one_gap_and_a_tab_stops_definition_is_no_character():
    import docx

    document = docx.Document()
    p = document.add_paragraph("行政许可\t\t\t4500\t")
    p.paragraph_format.tab_stops.add_tab_stop(docx.shared.Cm(4))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "行政处罚\t决定"  # inside a table's cell a tab is a space
    table.cell(0, 1).text = "236"
    out = io.BytesIO()
    document.save(out)
    assert docx_to_text(out.getvalue()) == "行政许可\t4500\n行政处罚 决定\t236\n"


def test_a_doc_paragraph_set_apart_with_tabs_is_a_row_of_cells():
    text = forms.as_lines()
    spaced = "\n".join("\t\t".join(line.split("\t")) for line in text.split("\n"))
    # empty cells at a row's end (第二十条第（一）项 over four columns) are tabs after its last words: none
    assert doc_to_text(doc_bytes(spaced.rstrip("\n").split("\n"))) == \
        "\n".join(line.strip("\t") for line in text.split("\n") if line.strip()) + "\n"


def test_tables_nested_in_a_layout_table_are_read_as_the_body_s():
    report = annual_report("2021", official=True)
    assert cells("nested.docx", docx_nested(report)) == cells("tables.docx", to_docx(report))


def test_a_fee_in_wan_yuan_is_its_amount_in_yuan_exactly_as_printed():
    t2 = dict(forms.T2_VALUES, fees=["277.72"])
    [fee] = [c for c in parse_tables(forms.as_lines(t2=t2), 2022).cells if c.row_key == "fees"]
    assert fee.value == 2_777_200


# (report, cells keyed, right now; as first measured in the comment). First measured in all: 2,373 of 2,594 right,
# 1 wrong (a 万元 fee as 2777200.0000000005 元), 220 unread, 200 of them silent (tables nested in a layout table);
# now all 2,594 right.
FILES = [
    ("p01_ruled_national_form_running_head", 200, 200),  # first 200
    ("p02_unruled_aligned_text", 200, 200),  # first 199, 1 wrong
    ("p03_table_three_across_pages_header_repeated", 200, 200),  # first 200
    ("p04_landscape_page", 200, 200),  # first 200
    ("p06_cells_centred_vertically", 200, 200),  # first 200
    ("p07_trial_format_2019_ruled", 198, 198),  # first 198
    ("p08_unruled_centred_across_pages", 200, 200),  # first 186
    ("d01_word_tables_merged", 200, 200),  # first 200
    ("d02_tables_pasted_as_tab_text", 200, 200),  # first 194
    ("d03_tables_nested_in_a_frame", 200, 200),  # first 0, all 200 silent
    ("d04_trial_format_2019", 198, 198),  # first 198
    ("w01_trial_format_2019", 198, 198),  # first 198
    ("w02_national_form_2021", 200, 200),  # first 200
]


@pytest.mark.parametrize("report, keyed, right", FILES)
def test_file_formats_keyed_before_the_code_ran_on_them(report, keyed, right):
    s = score(report, ROUND)
    assert s.error is None
    assert s.cells == keyed
    assert s.wrong == []
    assert s.silent == []
    assert s.right == right, s


def test_a_scan_without_a_text_layer_is_quarantined_with_its_reason():
    s = score("p05_scanned_no_text_layer", ROUND)
    assert s.error.endswith("p05_scanned_no_text_layer.pdf: scanned PDF, no text layer")


@pytest.mark.parametrize("version, cut", [("2019", (21, 9, True)), ("2021", (13, 4, True)), ("2021", None)])
def test_a_table_without_rules_centred_in_its_rows_and_cut_by_a_page_gives_the_cells_of_the_text(version, cut):
    """Labels wrapped over two lines with the figures between them or on the second, and a row whose label the
    page's end cut, its rest under the header printed again on the next page."""
    import dataclasses

    from govpipeline_tests.report_files import Table, to_pdf

    report = annual_report(version, cut=cut, filler=8)
    report.blocks = [dataclasses.replace(b, ruled=False, valign="MIDDLE") if isinstance(b, Table) else b
                     for b in report.blocks]
    text_cells = cells("report.txt", report.text().encode("utf-8"))
    assert cells("report.pdf", to_pdf(report, running_head="某某县人民政府办公室")) == text_cells
    assert len([c for c in text_cells if c[0] == "t3"]) == (161 if version == "2019" else 175)


def test_an_annual_report_of_the_template_whose_text_names_no_table_has_a_finding_for_each():
    """Its tables were pictures, or in a part of the file that was not read: three tables missing, not silence."""
    body = "\n一、总体情况\n本年度共收到政府信息公开申请12件，均按时答复。\n五、存在的主要问题及改进情况\n无。\n"
    parsed = parse_tables("某某县林业局2022年政府信息公开工作年度报告" + body, 2022)
    assert [(i["table_id"], i["row_key"], i["kind"]) for i in parsed.issues] == \
        [("t2", None, "missing"), ("t3", None, "missing"), ("t4", None, "missing")]
    assert (parsed.version, parsed.expected, parsed.cells) == ("2021", 10 + 175 + 15, [])
    assert parse_tables("某某镇人民政府\n2020年政府信息公开年度报告" + body, 2020).expected == 22 + 161 + 15
    # a notice about the reports, a report of the years before the template, a work summary: no table expected
    for title, year in (("关于报送2022年政府信息公开工作年度报告的通知", 2022),
                        ("某某县2017年政府信息公开工作年度报告", 2017), ("某某县2022年政务服务工作总结", 2022)):
        assert parse_tables(title + body, year).issues == []


@pytest.mark.parametrize("version", ["2019", "2021"])
def test_the_national_form_without_rules_joins_each_label_column_s_lines_to_its_own_words(version):
    """表三's labels in three columns, a group's name wrapped beside its item's (（六）其 | 1.申请人…逾期不补, then
    他处理 | 正、行政机关…): each column's lines go on its own words, so the item's key words stay whole."""
    import dataclasses

    from govpipeline_tests.report_files import Table, to_pdf

    report = annual_report(version, official=True)
    report.blocks = [dataclasses.replace(b, ruled=False) if isinstance(b, Table) else b for b in report.blocks]
    assert cells("report.pdf", to_pdf(report)) == cells("report.txt", report.text().encode("utf-8"))


@pytest.mark.parametrize("seed, valign", [(501, "TOP"), (502, "MIDDLE")])
def test_a_pdf_s_text_saved_hard_wrapped_joins_its_paragraphs_and_never_a_table_row(seed, valign):
    """A PDF's text saved as a text file at the page's width (38 characters a line, tables without rules as lines of
    cells a space apart): lib/line_wraps joins the paragraphs' lines, and the tables give the cells they give
    unwrapped."""
    from govpipeline.lib.line_wraps import width, wrap_edits
    from govpipeline.lib.pdf import pdf_to_text
    from govpipeline_tests.report_files import to_pdf
    from govpipeline_tests.table_files import figures, report, t2_table, t3_table, t4_table

    f = figures(seed)
    sentence = "全年共办理依申请公开事项，其中予以公开的占比较上年有所提高，部分公开的主要原因是涉及第三方合法权益，经征求" \
               "意见后依法作出处理，相关工作均在法定期限内完成，未发生因政府信息公开引发的行政复议和行政诉讼案件。"
    rep = report(f, "某某县审计局", [t2_table(f, ruled=False, valign=valign)],
                 [t3_table(f, official=False, ruled=False, valign=valign)], [t4_table(f, ruled=False)],
                 middle=[sentence] * 3)
    text = pdf_to_text(to_pdf(rep)).text
    lines = []
    for line in text.split("\n"):
        while width(line) > 76 and " " not in line:  # a paragraph, cut at the page's width
            cut = next(k for k in range(len(line)) if width(line[:k + 1]) > 76)
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    wrapped = "\n".join(lines)
    edits = wrap_edits(wrapped)
    assert len(edits) >= 6
    rows = [line for line in lines if line and line.split(" ")[-1].isdigit()]
    # no join starts or ends at a row of figures
    assert not any(wrapped[b:].split("\n")[0] in rows or wrapped[:a].rsplit("\n", 1)[-1] in rows for a, b, _ in edits)
    assert cells("wrapped.txt", wrapped.encode("utf-8")) == cells("report.txt", text.encode("utf-8"))
    assert len(cells("report.txt", text.encode("utf-8"))) == 200


# Round 24: files an office suite wrote (LibreOffice's PDF export, .doc and .docx writers; fixtures/
# tables_office_blind, keyed before the code ran on them). First measured: 1,052 of 1,594 cells right, 0 wrong, 542
# unread with findings, 0 silent: every .doc gave 10 to 22 cells, for a wide table's row ends keep their properties
# in the Data stream (sprmPHugePapx), which went unread, so its rows ran together. Now all 1,594 right.
OFFICE = ROUND.parent / "tables_office_blind"
OFFICE_FILES = [
    ("o01_county_bureau_2021", 200),  # first 200
    ("o02_city_health_2021", 200),  # first 10
    ("o03_district_2019", 198),  # first 198
    ("o04_prefecture_office_2019", 198),  # first 22
    ("o05_town_2021", 200),  # first 200
    ("o06_city_police_2021", 200),  # first 200
    ("o07_province_dept_2021", 200),  # first 200
    ("o08_water_company_2019", 198),  # first 22
]


@pytest.mark.parametrize("report, keyed", OFFICE_FILES)
def test_files_an_office_suite_wrote_keyed_before_the_code_ran_on_them(report, keyed):
    s = score(report, OFFICE)
    assert (s.error, s.cells, s.right, s.wrong, s.silent) == (None, keyed, keyed, [], [])


def test_a_doc_row_whose_properties_stand_in_the_data_stream_ends_its_row():
    text = doc_to_text((OFFICE / "o02_city_health_2021.doc").read_bytes())
    rows = [line.split("\t") for line in text.split("\n") if "\t" in line]
    [new] = [row for row in rows if row[0] == "一、本年新收政府信息公开申请数量"]
    assert len(new) == 8 and all(cell.isdigit() for cell in new[1:])
    assert text.index("（七）总计") < text.index("四、政府信息公开行政复议、行政诉讼情况")


# Round 16 (fixtures/tables_r16_blind, held out tables_r16_heldout; keyed before the code ran on them): 表三 under
# header words of unequal width (Chromium's auto layout, LibreOffice PDFs of .docx tables with unequal columns),
# labels glued to their first figure, footnote marks and a 注 line. First measured: blind 1,738 of 1,794 right, 0
# wrong, 56 unread with findings, 0 silent (all in g02: a label set right against its first figure, wrapped over
# lines, its rest read after that figure); held out 682 of 798 (h02 the same form: 116 unread).
R16 = ROUND.parent / "tables_r16_blind"
R16_HELD_OUT = ROUND.parent / "tables_r16_heldout"
R16_FILES = [
    (R16, "u01_browser_auto_widths_ruled", 200, 200),  # first 200
    (R16, "u02_browser_auto_widths_unruled_2019", 198, 198),  # first 198
    (R16, "u03_office_unequal_widths", 200, 200),  # first 200
    (R16, "u04_office_unequal_widths_2019_one_label", 198, 198),  # first 198
    (R16, "g01_browser_glued_labels", 200, 200),  # first 200
    (R16, "g02_office_glued_unruled_2019", 198, 198),  # first 142; 191 to round 21; round 22 reads rows in order
    (R16, "g03_office_glued_ruled", 200, 200),  # first 200
    (R16, "f01_html_notes_marks", 200, 200),  # first 200
    (R16, "f02_browser_notes_marks", 200, 200),  # first 200
    (R16_HELD_OUT, "h01_browser_auto_widths_2019", 198, 198),  # first 198
    (R16_HELD_OUT, "h02_office_glued_unruled", 200, 200),  # first 84; 172 to round 21
    (R16_HELD_OUT, "h03_browser_glued_marks", 200, 200),  # first 200
    (R16_HELD_OUT, "h04_office_unequal_widths_one_label", 200, 200),  # first 200
]


@pytest.mark.parametrize("folder, report, keyed, right", R16_FILES)
def test_round_16_producers_keyed_before_the_code_ran_on_them(folder, report, keyed, right):
    s = score(report, folder)
    assert (s.error, s.cells, s.right, s.wrong, s.silent) == (None, keyed, right, [], [])


# Round 17 (fixtures/tables_r17_blind, held out tables_r17_heldout; keyed before the code ran on them): tables pasted
# into Word one cell a line and saved as PDF (page heads and feet fall on lone figures), typed at tab stops too tight
# (figures touching), crawled on one line with 表三's labels carried into every sub-row. First measured: 1,365 of
# 1,394 right, 0 wrong, 29 unread with findings, 0 silent (24 in p01: a lone 1 heading page 2 taken for its number).
R17 = ROUND.parent / "tables_r17_blind"
R17_HELD_OUT = ROUND.parent / "tables_r17_heldout"
R17_FILES = [
    (R17, "p01_cell_a_line_page_numbers_2021", 200, 200),  # first 176
    (R17, "p02_cell_a_line_running_head_2019", 198, 198),  # first 198
    (R17, "p03_cell_a_line_blank_lines_2021", 200, 200),  # first 200
    (R17, "k01_tight_tabs_2019", 198, 193),  # first 193; 292 +614521 and 701140270: no identity says where to cut
    (R17, "k02_tight_tabs_2021", 200, 200),  # first 200
    (R17, "o01_pipes_repeated_labels_2021", 200, 200),  # first 200 (after the fixture's dedup slip was mended)
    (R17, "o02_pipes_repeated_labels_2019", 198, 198),  # first 198 (the same)
    # held out, measured once at the end (the code before: 174, 200, 200)
    (R17_HELD_OUT, "h01_cell_a_line_2019_blank_lines", 198, 198),
    (R17_HELD_OUT, "h02_tight_tabs_2021", 200, 200),
    (R17_HELD_OUT, "h03_pipes_repeated_labels_2021", 200, 200),
]


@pytest.mark.parametrize("folder, report, keyed, right", R17_FILES)
def test_round_17_forms_keyed_before_the_code_ran_on_them(folder, report, keyed, right):
    s = score(report, folder)
    assert (s.error, s.cells, s.right, s.wrong, s.silent) == (None, keyed, right, [], [])


# Round 18 (fixtures/tables_r18_blind; keyed before the code ran on it): 2019-format one-line pages whose signed
# 本年增/减 touches its neighbours, full-width digits and separators with zero as —/－/empty (a page and a 2020 .docx),
# 表三 with 总计 first (column or row), a one-line page wrapped by a PDF, tab-typed tables and that page as OFD glyphs.
# First measured: 1,880 of 1,990 right, 87 wrong (a05: 表三 read one column over), 23 unread with findings, 0 silent.
R18 = ROUND.parent / "tables_r18_blind"
R18_FILES = [
    ("a01_one_line_signs_touching_before_2019", 198, 198),  # first 198
    ("a02_one_line_signs_touching_both_2020", 198, 189),  # first 189; 277-72962: no identity settles it
    ("a03_html_wide_digits_zero_marks_2021", 200, 200),  # first 193
    ("a04_docx_trial_format_marks_2020", 198, 198),  # first 198
    ("a05_one_line_totals_first_2021", 200, 200),  # first 113, 87 wrong
    ("a06_html_total_row_first_2021", 200, 200),  # first 200
    ("a07_pdf_one_line_wrapped_2021", 200, 200),  # first 193
    ("a08_ofd_glyphs_one_line_wrapped_2019", 198, 198),  # first 198
    ("a09_ofd_glyphs_tabs_2021", 200, 200),  # first 200
    ("a10_ofd_glyphs_tabs_2019", 198, 198),  # first 198
]


# held out, written after the fixes and measured once (the code before the fixes: 193, 136 and 64 wrong, 200, 200)
R18_HELD_OUT = [
    ("h01_pdf_wrapped_signs_2020", 198, 198),  # was 193: 100+32899 (a wrap joined +3 to 2899), 政府集中采 / 购
    ("h02_docx_totals_first_2021", 200, 200),
    ("h03_one_line_dash_zeros_2021", 200, 200),
    ("h04_ofd_glyphs_tabs_2021", 200, 200),
]


# round 18b: a 2019 one-line page with signs touching, wrapped by a PDF (first 193: 95+41246, 政府集中采 / 购)
R18B_FILES = [("b04_pdf_wrapped_signs_2019", 198, 198)]


@pytest.mark.parametrize("folder, report, keyed, right", [(R18, *r) for r in R18_FILES]
                         + [(ROUND.parent / "tables_r18_heldout", *r) for r in R18_HELD_OUT]
                         + [(ROUND.parent / "tables_r18b_blind", *r) for r in R18B_FILES])
def test_round_18_forms_keyed_before_the_code_ran_on_them(folder, report, keyed, right):
    s = score(report, folder)
    assert (s.error, s.cells, s.right, s.wrong, s.silent) == (None, keyed, right, [], [])


# Round 19 (fixtures/tables_r19_blind; keyed before the code ran on it): 2019-2020 表二 with signs or dashes touching
# both figures (with and without separators) and at tab stops so tight its figures run together, 表三/表四 under
# other merged headers, a county .docx with zero as / or empty, rows wrapped over two PDF lines.
# First measured: 1,377 of 1,394 right, 6 wrong (e01: 101+311,056 read 10 | 1 | 311056), 11 unread, 0 silent.
R19_FILES = [
    ("e01_one_line_grouped_signs_2020", 198, 189),  # first 186, 6 wrong; 101+311,056, 362-13844, 24-269 ambiguous
    ("e02_one_line_dash_changes_2019", 198, 198),  # first 198
    ("e03_pdf_tight_t2_2019", 198, 193),  # first 193; 规范性文件 2525 118, 政府集中采购 1156984535: no identity
    ("e04_html_t3_no_requesters_row_2021", 200, 200),  # first 200
    ("e05_docx_t3_one_header_row_2021", 200, 200),  # first 200
    ("e06_county_docx_slash_empty_2021", 200, 200),  # first 200
    ("e07_pdf_rows_wrapped_2021", 200, 200),  # first 200
]


# held out, written with the blind set before the fixes, measured once after them (main's code: the same)
R19_HELD_OUT = [("h01_one_line_slash_changes_2020", 198, 198), ("h02_ofd_docx_t3_no_requesters_row_2021", 200, 200)]


@pytest.mark.parametrize("folder, report, keyed, right", [("tables_r19_blind", *r) for r in R19_FILES]
                         + [("tables_r19_heldout", *r) for r in R19_HELD_OUT])
def test_round_19_forms_keyed_before_the_code_ran_on_them(folder, report, keyed, right):
    s = score(report, ROUND.parent / folder)
    assert (s.error, s.cells, s.right, s.wrong, s.silent) == (None, keyed, right, [], [])


# Round 21 (fixtures/tables_r21_blind; keyed before the code ran on it): 表三 over two HTML tables, one-line pages
# whose blank zeros vanish, Word PDFs with narrow centred label columns, zeros as —, / or blank, 合计, no （七）总计
# row, 表三 and 表四 only, all-zero tables, .xlsx, .doc. First measured: 2,160 of 2,392 right, 0 wrong, 232 unread,
# 0 silent.
R21_FILES = [
    ("a01_html_t3_two_tables_no_header_2024", 200, 200),  # first 200
    ("a02_html_t3_two_tables_continued_2020", 198, 198),  # first 198
    ("a03_one_line_blank_zeros_shift_2022", 200, 192),  # first 66; 表四's 29 0 29 has four places
    ("a04_docx_pdf_narrow_labels_centred_2023", 200, 200),  # first 200
    ("a05_docx_dash_slash_blank_heji_2025", 200, 200),  # first 200
    ("a06_one_line_t3_t4_only_2019", 198, 198),  # first 198
    ("a07_html_department_all_zero_2021", 200, 200),  # first 200
    ("a08_docx_pdf_no_r7_row_2022", 200, 200),  # first 200
    ("a09_xlsx_trial_2020", 198, 198),  # first 198
    ("a10_doc_dash_zeros_2023", 200, 200),  # first 200
    ("a11_docx_pdf_t3_t4_only_zero_2021", 200, 200),  # first 137
    ("a12_docx_pdf_narrow_unruled_trial_2019", 198, 198),  # first 163
]


# held out, written with the blind set before the fixes, measured once after them (main's code: 643 right, 153 unread)
R21_HELD_OUT = [
    ("h01_html_t3_two_tables_continued_slash_2023", 200, 200),  # main 200
    ("h02_one_line_blank_zeros_trial_2020", 198, 108),  # main 45; 表三 has many readings
    ("h03_docx_pdf_narrow_labels_trial_2019", 198, 198),  # main 198
    ("h04_doc_heji_no_r7_zero_2024", 200, 200),  # main 200
]


@pytest.mark.parametrize("folder, report, keyed, right", [("tables_r21_blind", *r) for r in R21_FILES]
                         + [("tables_r21h", *r) for r in R21_HELD_OUT])
def test_round_21_forms_keyed_before_the_code_ran_on_them(folder, report, keyed, right):
    s = score(report, ROUND.parent / folder)
    assert (s.error, s.cells, s.right, s.wrong, s.silent) == (None, keyed, right, [], [])


# Round 21's second blind set (fixtures/tables_r21b_blind; keyed before the code ran on it, first measured on the
# round's first fix, d788b7f4: 1,178 of 1,594 right, 2 wrong (b01: 行政事业性收费 17 read 1 | 7), 414 unread, 0 silent)
R21B_FILES = [
    ("b01_one_line_blank_zeros_trial_in_2021", 198, 80),  # first 80, 2 wrong; 表三 has thousands of readings
    ("b02_one_line_every_zero_blank_2025", 200, 50),  # first 36: every 0 gone, the identities leave many readings;
    # 50 since round 24: the rows printing no figure whose 总计 the 总计 column leaves at 0
    ("b03_docx_pdf_narrow_landscape_16pt_2022", 200, 200),  # first 200
    ("b04_html_national_split_in_a_group_2021", 200, 200),  # first 200
    ("b05_doc_blank_zeros_heji_trial_2019", 198, 198),  # first 198
    ("b06_xlsx_blank_zeros_heji_2024", 200, 200),  # first 200
    ("b07_docx_pdf_narrow_unruled_dash_2023", 200, 200),  # first 81: labels above and below a row's figures
    ("b08_one_line_department_zero_blank_trial_2019", 198, 198),  # first 183: 表四 0 0 0 0 0 0 0 0
]


@pytest.mark.parametrize("report, keyed, right", R21B_FILES)
def test_round_21_second_set_keyed_before_the_code_ran_on_it(report, keyed, right):
    s = score(report, ROUND.parent / "tables_r21b_blind")
    assert (s.error, s.cells, s.right, s.wrong, s.silent) == (None, keyed, right, [], [])


# Round 22 (fixtures/tables_r22_blind, r22b, r22c; each keyed before the code ran on it): PDFs whose 表三 a page's end
# cuts (header repeated or not, running heads and feet, with figures or not), full-width digits and thousands
# separators, 表二's and 表三's lines run together, merged Word headers under title rows, a 300 dpi OCR scan, .xlsx,
# .doc, the trial 表二 beside the 2021 表三. First measured: r22 1,736 of 1,990 right, 7 wrong (the OCR scan), 247
# unread; r22b 996 of 996; r22c 956 of 1,008, 2 wrong (a figure a narrow cell wrapped), 50 unread; 0 silent.
R22_FILES = [
    ("tables_r22_blind", "c01_pdf_cut_repeat_foot_wide_2023", 200, 200),  # first 200
    ("tables_r22_blind", "c02_pdf_cut_no_repeat_trial_2019", 198, 198),  # first 198
    ("tables_r22_blind", "c03_docx_pdf_16pt_no_repeat_grouped_2024", 200, 200),  # first 200
    ("tables_r22_blind", "c04_text_t2_t3_one_line_wide_2022", 200, 200),  # first 25: 表三's title lost
    ("tables_r22_blind", "c05_docx_merged_header_wide_trial_2020", 198, 198),  # first 198
    ("tables_r22_blind", "c06_docx_titled_merged_grouped_2025", 200, 200),  # first 200
    ("tables_r22_blind", "c07_ocr_pdf_clean_trial_2020", 198, 127),  # first 141 and 7 wrong: OCR misreadings
    ("tables_r22_blind", "c08_html_mixed_digits_trial_2019", 198, 198),  # first 198
    ("tables_r22_blind", "c09_text_t2_t3_one_line_heading_first_trial_2020", 198, 198),  # first 176
    ("tables_r22_blind", "c10_pdf_cut_figures_below_grouped_2021", 200, 200),  # first 200
    ("tables_r22b_blind", "d01_pdf_cut_foot_with_date_2022", 200, 200),  # first 200
    ("tables_r22b_blind", "d02_pdf_cut_head_with_phone_trial_2020", 198, 198),  # first 198
    ("tables_r22b_blind", "d03_pdf_cut_foot_document_number_wide_2024", 200, 200),  # first 200
    ("tables_r22b_blind", "d04_pdf_cut_head_and_foot_figures_2023", 200, 200),  # first 200
    ("tables_r22b_blind", "d05_pdf_cut_figures_above_foot_year_trial_2019", 198, 198),  # first 198
    ("tables_r22c_blind", "e01_xlsx_wide_text_2022", 200, 200),  # first 200
    ("tables_r22c_blind", "e02_xlsx_grouped_format_trial_2020", 198, 198),  # first 198
    ("tables_r22c_blind", "e03_doc_grouped_trial_2019", 198, 198),  # first 198
    ("tables_r22c_blind", "e04_docx_pdf_unruled_no_repeat_wide_2023", 200, 157),  # first 148 and 2 wrong: 240 wrapped
    ("tables_r22c_blind", "e05_html_trial_t2_revised_t3_grouped_2021", 212, 212),  # first 212
]


# held out, written with the first blind set before any fix, measured once after the fixes (main's code: 775 right,
# 2 wrong in the OCR scan k04, 217 unread)
R22_HELD_OUT = [
    ("tables_r22h", "k01_pdf_cut_no_repeat_foot_grouped_trial_2020", 198, 198),  # main 198
    ("tables_r22h", "k02_text_t2_t3_one_line_grouped_trial_2019", 198, 198),  # main 37
    ("tables_r22h", "k03_docx_titled_merged_wide_2023", 200, 200),  # main 200
    ("tables_r22h", "k04_ocr_pdf_clean_2022", 200, 137),  # main 142 and 2 wrong
    ("tables_r22h", "k05_docx_pdf_national_no_repeat_grouped_trial_2019", 198, 198),  # main 198
]


@pytest.mark.parametrize("folder, report, keyed, right", R22_FILES + R22_HELD_OUT)
def test_round_22_forms_keyed_before_the_code_ran_on_them(folder, report, keyed, right):
    s = score(report, ROUND.parent / folder)
    assert (s.error, s.cells, s.right, s.wrong, s.silent) == (None, keyed, right, [], [])


R23_FILES = [  # one-line pages with blank zeros whose text states figures of the tables; one body's two years
    ("tables_r23_blind", "d01_one_line_blank_zeros_narrative_all_2023", 200, 112),  # main 108
    ("tables_r23_blind", "d02_one_line_every_zero_blank_narrative_t4_2021", 200, 95),  # main 25: 表四's 51 readings
    ("tables_r23_blind", "d03_one_line_blank_zeros_trial_narrative_2020", 198, 107),  # main 103
    ("tables_r23_blind", "d04_pair_html_then_one_line_a2023", 200, 200),  # main 200
    ("tables_r23_blind", "d04_pair_html_then_one_line_b2024", 200, 92),  # main 92
    ("tables_r23_blind", "d05_pair_both_one_line_a2021", 200, 62),  # main 41
    ("tables_r23_blind", "d05_pair_both_one_line_b2022", 200, 70),  # main 52
]
# round 24: rows that print no figure read as all 0 where the 总计 column's identities leave them nothing (d02 25 -> 95,
# d05 41 -> 62 and 56 -> 70, m02 34 -> 90, m03 24 -> 101), 0 wrong
R23_HELD_OUT = [  # measured once, after the fix
    ("tables_r23h", "m01_one_line_blank_zeros_narrative_2025", 200, 103),  # main 99
    ("tables_r23h", "m02_one_line_every_zero_blank_trial_2019", 198, 90),  # main 34
    ("tables_r23h", "m03_pair_html_then_one_line_a2022", 200, 200),  # main 200
    ("tables_r23h", "m03_pair_html_then_one_line_b2023", 200, 101),  # main 24
]


@pytest.mark.parametrize("folder, report, keyed, right", R23_FILES + R23_HELD_OUT)
def test_round_23_forms_keyed_before_the_code_ran_on_them(folder, report, keyed, right):
    s = score(report, ROUND.parent / folder)
    assert (s.error, s.cells, s.right, s.wrong, s.silent) == (None, keyed, right, [], [])


R24_FILES = [  # other CMS exports (paragraph rows, <p> per cell, paginated), .wps, 小计 columns, every zero blank
    ("tables_r24_blind", "f01_paragraph_rows_nbsp_numbered_2023", 200, 200),  # first 200
    ("tables_r24_blind", "f02_paragraph_rows_ideographic_spaces_trial_2020", 198, 198),  # first 198
    ("tables_r24_blind", "f03_cell_paragraphs_2022", 200, 200),  # first 200
    ("tables_r24_blind", "f04_paginated_t3_split_2025", 200, 200),  # first 200
    ("tables_r24_blind", "f05_wps_2024", 200, 200),  # first 200
    ("tables_r24_blind", "f06_doc_numbered_trial_2019", 198, 198),  # first 198
    ("tables_r24_blind", "f08_one_line_every_zero_blank_2023", 200, 83),  # first 48: rows printing no figure
    ("tables_r24_blind", "f09_pair_html_then_one_line_blank_zeros_a2021", 200, 200),  # first 200
    # first 77; alone, as here: the year before places its 上年结转 in the warehouse (bench/table_years.py: 83)
    ("tables_r24_blind", "f09_pair_html_then_one_line_blank_zeros_b2022", 200, 77),
    ("tables_r24_blind", "f10_html_t3_subtotal_column_2024", 200, 200),  # first 25: the grid's empty header places
    ("tables_r24_blind", "f11_one_line_t3_subtotal_column_2025", 200, 200),  # first 200
]


R24_HELD_OUT = [  # measured once, after the fixes (main's code: h04 b2025 39, the others the same)
    ("tables_r24h", "h01_paragraph_rows_nbsp_numbered_trial_2019", 198, 198),
    ("tables_r24h", "h02_cell_paragraphs_2024", 200, 200),
    ("tables_r24h", "h03_wps_numbered_2022", 200, 200),
    ("tables_r24h", "h04_pair_html_then_one_line_every_zero_blank_a2024", 200, 200),
    ("tables_r24h", "h04_pair_html_then_one_line_every_zero_blank_b2025", 200, 74),
    ("tables_r24h", "h05_paginated_t3_split_2023", 200, 200),
]


@pytest.mark.parametrize("folder, report, keyed, right", R24_FILES + R24_HELD_OUT)
def test_round_24_forms_keyed_before_the_code_ran_on_them(folder, report, keyed, right):
    s = score(report, ROUND.parent / folder)
    assert (s.error, s.cells, s.right, s.wrong, s.silent) == (None, keyed, right, [], [])


def test_round_24_ocr_scan_reads_wrong_what_no_identity_checks():
    # an OCR layer that read 6 as 0 in both cells of a row (its own sum still holds) and 3 as 8 in 表二, where the
    # rows that would check them (（七）总计, no identity for 表二) were not read: wrong, marked as read from an OCR layer
    s = score("f07_ocr_pdf_2021", ROUND.parent / "tables_r24_blind")
    assert (s.error, s.cells, s.right, s.unread, s.silent) == (None, 200, 119, 78, [])
    assert s.wrong == ["t2.rules.in_force: 8.0 (answer 3.0)", "t3.r3_6.natural_person: 0.0 (answer 6)",
                       "t3.r3_6.total: 0.0 (answer 6)"]
