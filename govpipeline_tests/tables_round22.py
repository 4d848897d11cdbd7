"""Round 22's constructed reports (written with their keys before the code ran on them), aimed at forms not tried
before or only apart: PDFs whose 表三 breaks across pages with its header printed again or not, a row cut by the
page's end, and a page number and running foot between its rows; figures in full-width digits or with thousands
separators (in PDF, Word, HTML and text); a text page whose tables are each one line, with 表二's line and 表三's
line run together (no heading, no break between them); Word tables whose 表三 header is merged (gridSpan, vMerge)
under a title row merged across the whole table; a clean rendered PDF printed, scanned at 300 dpi and OCR'd; and
the 2019 trial format beside the 2021 revision in the same set. Years 2019-2025.
- fixtures/tables_r22_blind (answers.json, scored by bench/table_forms.py);
- fixtures/tables_r22h was written with the blind set, before any fix, and is measured once, at the end.
Places are real, figures invented.

usage: HOME=/tmp/x .venv/bin/python -m govpipeline_tests.tables_round22   (needs soffice, ocrmypdf)
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from govpipeline_tests.report_files import Report, Table, to_pdf
from govpipeline_tests.table_files import Figures, figures, main, narrative, t2_table, t3_table, t4_table, tail, write
from govpipeline_tests.tables_round18 import _grouped, _printed, _wide
from govpipeline_tests.tables_round20 import _docx, _ocr_scan, _pdf_of_docx, _trial

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _figures(seed: int, version: str, year: int) -> Figures:
    f = _trial(seed, year) if version == "2019" else figures(seed)
    f.year = year
    return f


def _busy(f: Figures, times: int) -> Figures:
    """A busy office: 表三 and 表四 scaled by ``times`` (the identities still hold), so figures reach thousands."""
    f.t3 = {k: [v * times for v in row] for k, row in f.t3.items()}
    f.t4 = [v * times for v in f.t4]
    return f


_FORMS = {"0": lambda text, k: text, "wide": _wide, "grouped": _grouped,
          "mixed": lambda text, k: (_wide if k % 3 == 0 else _grouped)(text, k)}


def _tables(f: Figures, digits: str, official: bool, **t3_options) -> tuple[Table, Table, Table]:
    form = _FORMS[digits]
    return (_printed(t2_table(f), form), _printed(t3_table(f, official=official, **t3_options), form),
            _printed(t4_table(f), form))


def _blocks(f: Figures, body: str, t2, t3, t4, filler: int = 0) -> list:
    middle = ["持续深化重点领域信息公开，围绕财政预决算、重大建设项目、公共资源配置等领域及时发布信息。"] * filler
    return narrative(f, body) + middle + ["#二、主动公开政府信息情况", t2, "#三、收到和处理政府信息公开申请情况", t3,
                                          "#四、政府信息公开行政复议、行政诉讼情况", t4] + tail()


def _digits_text(digits: str) -> str:
    return {"0": "", "wide": ", figures in full-width digits with full-width separators",
            "grouped": ", figures with thousands separators",
            "mixed": ", figures in full-width digits or with thousands separators in turn"}[digits]


def _pdf_broken(seed, version, year, body, *, digits="0", official=False, cut=None, repeat=True, filler=6,
                page_number="第 {} 页", running_foot=None, running_head=None, times=1, ocr=0):
    """A PDF (reportlab, ruled) whose 表三 runs over a page's end: ``cut`` = (data row, label characters on the
    first page, figures there too), header printed again or not (``repeat``); ``ocr``: printed, scanned at that
    many dpi and OCR'd."""
    def build(folder, name, answers):
        f = _busy(_figures(seed, version, year), times)
        options = {"repeat_header": repeat}
        if cut:
            options["cut"] = (cut[0] + 3, cut[1], cut[2])
        t2, t3, t4 = _tables(f, digits, official, **options)
        rep = Report(_blocks(f, body, t2, t3, t4, filler))
        pdf = to_pdf(rep, page_number=page_number, running_head=running_head, running_foot=running_foot)
        form = (f"PDF (reportlab), ruled, {'national 表三' if official else '表三 in one label column'}"
                + (f", 表三 cut at data row {cut[0]} by a page's end (label split after {cut[1]} characters, figures "
                   f"{'above' if cut[2] else 'below'} the break), header {'printed again' if repeat else 'not printed again'}"
                   if cut else ", tables may run over page ends (header rows printed again)")
                + f", page number {page_number.replace('{}', 'N')!r}"
                + (f", running foot {running_foot!r}" if running_foot else "")
                + (f", running head {running_head!r}" if running_head else "") + _digits_text(digits))
        if ocr:
            pdf, form = _ocr_scan(pdf, ocr), form + f"; printed, scanned at {ocr} dpi and OCR'd by ocrmypdf (chi_sim)"
        write(folder, f"{name}.pdf", pdf, f, f"{year} ({version} format) {form}", answers)
    return build


def _table_line(table: Table) -> str:
    return " ".join(c for line in table.lines() for c in line.split("\t") if c)


def _joined_lines(seed, version, year, body, *, digits="0", times=1, heading_first=False):
    """A text page: each paragraph a line, each table one line (cells a space apart), 表二's line and 表三's line
    run together with nothing between them (三's heading lost, or, ``heading_first``, printed before 表二's)."""
    def build(folder, name, answers):
        f = _busy(_figures(seed, version, year), times)
        t2, t3, t4 = _tables(f, digits, False)
        lines = [b.lstrip("#") for b in narrative(f, body)]
        lines += ["二、主动公开政府信息情况"] + (["三、收到和处理政府信息公开申请情况"] if heading_first else [])
        lines += [_table_line(t2) + _table_line(t3), "四、政府信息公开行政复议、行政诉讼情况", _table_line(t4)]
        lines += [b.lstrip("#") for b in tail()]
        write(folder, f"{name}.txt", ("\n".join(lines) + "\n").encode("utf-8"), f,
              f"{year} ({version} format) text page, each table on one line, 表二's line and 表三's line run together "
              f"with no break ({'三''s heading printed before 表二' if heading_first else '三''s heading lost'})"
              + _digits_text(digits), answers)
    return build


def _titled(table: Table, title: str) -> Table:
    """``table`` under a title row merged across all its columns, inside the table (as offices type it)."""
    n = len(table.rows[0])
    spans = [(0, 0, 0, n - 1)] + [(r0 + 1, c0, r1 + 1, c1) for r0, c0, r1, c1 in table.spans]
    return dataclasses.replace(table, rows=[[title] * n] + table.rows, spans=spans, header_rows=table.header_rows + 1)


def _word(seed, version, year, body, *, digits="0", titled=False, times=1, pdf=False, size=12, footer=None,
          repeat=True, ruled=True):
    """A .docx with Word tables, national 表三 (header merged by gridSpan and vMerge, labels merged down), each
    table under a title row merged across it (``titled``); ``pdf``: exported to PDF by LibreOffice."""
    def build(folder, name, answers):
        f = _busy(_figures(seed, version, year), times)
        t2, t3, t4 = _tables(f, digits, True)
        if titled:
            t2, t3, t4 = (_titled(t, f"表{n} {title}") for t, n, title in (
                (t2, "二", "主动公开政府信息情况"), (t3, "三", "收到和处理政府信息公开申请情况"),
                (t4, "四", "政府信息公开行政复议、行政诉讼情况")))
        data = _docx(Report(_blocks(f, body, t2, t3, t4)), size=size, footer=footer, repeat=repeat, ruled=ruled)
        form = (".docx, Word tables, national 表三 (header merged by gridSpan and vMerge, labels merged down)"
                + (", each table under a title row merged across it" if titled else "") + _digits_text(digits))
        if pdf:
            data = _pdf_of_docx(data)
            form += (f"; exported to PDF by LibreOffice, {size} pt, footer "
                     f"{(footer or '').replace('{PAGE}', 'N').replace('{NUMPAGES}', 'M')!r}, header rows "
                     f"{'printed again' if repeat else 'not printed again'}" + ("" if ruled else ", no rules"))
        write(folder, f"{name}.{'pdf' if pdf else 'docx'}", data, f, f"{year} ({version} format) {form}", answers)
    return build


def _html(seed, version, year, body, *, digits="0", times=1):
    from govpipeline_tests.table_layouts import html_page

    def build(folder, name, answers):
        f = _busy(_figures(seed, version, year), times)
        t2, t3, t4 = _tables(f, digits, True)
        page = html_page(Report(_blocks(f, body, t2, t3, t4)), f"{body}{year}年政府信息公开工作年度报告")
        write(folder, f"{name}.html", page.encode("utf-8"), f,
              f"{year} ({version} format) saved page, national 表三 (rowspans)" + _digits_text(digits), answers)
    return build


BLIND = {
    "c01_pdf_cut_repeat_foot_wide_2023": _pdf_broken(
        3301, "2021", 2023, "株洲市荷塘区城市管理和综合执法局", digits="wide", cut=(12, 4, False), filler=9,
        running_foot="株洲市荷塘区人民政府办公室印发", times=7),
    "c02_pdf_cut_no_repeat_trial_2019": _pdf_broken(
        3302, "2019", 2019, "湘潭县发展和改革局", cut=(15, 6, True), repeat=False, filler=8,
        page_number="- {} -", running_head="湘潭县发展和改革局2019年政府信息公开工作年度报告"),
    "c03_docx_pdf_16pt_no_repeat_grouped_2024": _word(
        3303, "2021", 2024, "衡阳市蒸湘区住房和城乡建设局", digits="grouped", times=9, pdf=True, size=16,
        footer="第{PAGE}页 共{NUMPAGES}页", repeat=False),
    "c04_text_t2_t3_one_line_wide_2022": _joined_lines(3304, "2021", 2022, "邵阳市双清区民政局", digits="wide", times=5),
    "c05_docx_merged_header_wide_trial_2020": _word(3305, "2019", 2020, "岳阳市君山区农业农村局", digits="wide", times=4),
    "c06_docx_titled_merged_grouped_2025": _word(
        3306, "2021", 2025, "常德市武陵区人力资源和社会保障局", digits="grouped", titled=True, times=11),
    "c07_ocr_pdf_clean_trial_2020": _pdf_broken(
        3307, "2019", 2020, "张家界市永定区统计局", filler=0, page_number="{}", ocr=300),
    "c08_html_mixed_digits_trial_2019": _html(3308, "2019", 2019, "益阳市资阳区司法局", digits="mixed", times=6),
    "c09_text_t2_t3_one_line_heading_first_trial_2020": _joined_lines(
        3309, "2019", 2020, "郴州市北湖区审计局", digits="grouped", times=8, heading_first=True),
    "c10_pdf_cut_figures_below_grouped_2021": _pdf_broken(
        3310, "2021", 2021, "永州市冷水滩区教育局", digits="grouped", cut=(9, 3, False), filler=10,
        page_number="第{}页", running_foot="— 永州市冷水滩区教育局 —", times=10),
}

HELD_OUT = {
    "k01_pdf_cut_no_repeat_foot_grouped_trial_2020": _pdf_broken(
        3351, "2019", 2020, "怀化市鹤城区交通运输局", digits="grouped", cut=(10, 5, False), repeat=False, filler=8,
        running_foot="怀化市鹤城区交通运输局", times=8),
    "k02_text_t2_t3_one_line_grouped_trial_2019": _joined_lines(3352, "2019", 2019, "娄底市娄星区商务局",
                                                                digits="grouped", times=6),
    "k03_docx_titled_merged_wide_2023": _word(3353, "2021", 2023, "湘西州吉首市卫生健康局", digits="wide", titled=True,
                                              times=3),
    "k04_ocr_pdf_clean_2022": _pdf_broken(3354, "2021", 2022, "益阳市赫山区水利局", filler=0, page_number="- {} -",
                                          ocr=300),
    "k05_docx_pdf_national_no_repeat_grouped_trial_2019": _word(
        3355, "2019", 2019, "衡阳市石鼓区财政局", digits="grouped", times=12, pdf=True, size=14, footer="- {PAGE} -",
        repeat=False),
}

# written after the first fixes: running heads and feet that carry figures (a date, a phone number, a document
# number) between the rows of a table cut by a page's end
BLIND_B = {
    "d01_pdf_cut_foot_with_date_2022": _pdf_broken(
        3401, "2021", 2022, "娄底市涟源市林业局", cut=(7, 5, False), filler=9, running_foot="涟源市林业局 2023年1月20日印发",
        times=2),
    "d02_pdf_cut_head_with_phone_trial_2020": _pdf_broken(
        3402, "2019", 2020, "岳阳市华容县民政局", digits="grouped", cut=(18, 4, True), repeat=False, filler=10,
        running_head="华容县民政局 监督电话：0730-4221234", page_number="- {} -", times=9),
    "d03_pdf_cut_foot_document_number_wide_2024": _pdf_broken(
        3403, "2021", 2024, "邵阳市新邵县司法局", digits="wide", cut=(3, 6, False), filler=7,
        running_foot="新司发〔2025〕3号", page_number="第{}页", times=4),
    "d04_pdf_cut_head_and_foot_figures_2023": _pdf_broken(
        3404, "2021", 2023, "常德市澧县交通运输局", digits="grouped", cut=(21, 3, False), repeat=False, filler=11,
        running_head="澧县交通运输局2023年度报告", running_foot="地址：澧县澧阳街道218号 邮编415500", times=15),
    "d05_pdf_cut_figures_above_foot_year_trial_2019": _pdf_broken(
        3405, "2019", 2019, "株洲市攸县自然资源局", cut=(12, 2, True), filler=9, running_foot="攸县人民政府 2020年1月",
        page_number="{}", times=1),
}

def _sheets(seed, version, year, body, *, digits="0", times=1, number_format=None):
    """An .xlsx of the three tables, one a sheet under a merged title row; full-width figures stay text, others are
    stored as numbers (shown with ``number_format``, #,##0: grouped)."""
    from govpipeline_tests.tables_nontemplate import _xlsx
    from govpipeline_tests.tables_round21 import _sheet

    def build(folder, name, answers):
        f = _busy(_figures(seed, version, year), times)
        t2, t3, t4 = _tables(f, digits, True)
        sheets = []
        for t, title in ((t2, "表二 主动公开政府信息情况"), (t3, "表三 收到和处理政府信息公开申请情况"),
                         (t4, "表四 政府信息公开行政复议、行政诉讼情况")):
            sheet_name, rows, merges, _ = _sheet(t, f"{title}（{body}{year}年）")
            columns = range(len(rows[0])) if number_format else ()
            sheets.append((sheet_name, rows, merges, dict.fromkeys(columns, number_format) if number_format else {}))
        write(folder, f"{name}.xlsx", _xlsx(sheets), f,
              f"{year} ({version} format) .xlsx, one sheet a table under a merged title row, merges kept"
              + _digits_text(digits) + (f", figures stored as numbers shown {number_format!r}" if number_format else ""),
              answers)
    return build


def _office_copy(seed, version, year, body, form, *, digits="0", times=1, size=12, ruled=True, repeat=True,
                 footer=None):
    """A .docx (national 表三, merged) saved by LibreOffice as ``form`` (doc, or pdf)."""
    import tempfile

    from govpipeline_tests.office_files import convert

    def build(folder, name, answers):
        f = _busy(_figures(seed, version, year), times)
        t2, t3, t4 = _tables(f, digits, True)
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp, "report.docx")
            source.write_bytes(_docx(Report(_blocks(f, body, t2, t3, t4)), size=size, footer=footer, ruled=ruled,
                                     repeat=repeat))
            data = convert(source, form, Path(tmp)).read_bytes()
        write(folder, f"{name}.{form}", data, f,
              f"{year} ({version} format) .docx (national 表三, merged) saved as {form} by LibreOffice, {size} pt"
              + ("" if ruled else ", no rules") + ("" if repeat else ", header rows not printed again")
              + _digits_text(digits), answers)
    return build


def _mixed_editions(seed, year, body, *, digits="0", times=1):
    """A saved page whose 表二 is the trial format's and whose 表三 is the 2021 form's (a body that kept its old 表二)."""
    from govpipeline_tests.table_layouts import html_page

    def build(folder, name, answers):
        new = _busy(_figures(seed, "2021", year), times)
        old = _figures(seed + 50, "2019", year)
        f = Figures("2019", old.t2, new.t3, new.t4, year)
        form = _FORMS[digits]
        t2 = _printed(t2_table(f), form)
        t3, t4 = _printed(t3_table(new), form), _printed(t4_table(new), form)
        page = html_page(Report(_blocks(f, body, t2, t3, t4)), f"{body}{year}年政府信息公开工作年度报告")
        write(folder, f"{name}.html", page.encode("utf-8"), f,
              f"{year} saved page, 表二 in the trial format (22 cells), 表三 the 2021 form's (25 rows), national 表三"
              + _digits_text(digits), answers)
    return build


# written after the fixes of round 22: sheets, .doc and unruled PDF forms of the same hazards
BLIND_C = {
    "e01_xlsx_wide_text_2022": _sheets(3501, "2021", 2022, "岳阳市汨罗市商务局", digits="wide", times=6),
    "e02_xlsx_grouped_format_trial_2020": _sheets(3502, "2019", 2020, "衡阳市衡东县文化旅游广电体育局", times=13,
                                                  number_format="#,##0"),
    "e03_doc_grouped_trial_2019": _office_copy(3503, "2019", 2019, "郴州市宜章县统计局", "doc", digits="grouped", times=9),
    "e04_docx_pdf_unruled_no_repeat_wide_2023": _office_copy(
        3504, "2021", 2023, "永州市祁阳市医疗保障局", "pdf", digits="wide", times=5, size=14, ruled=False, repeat=False,
        footer="第{PAGE}页"),
    "e05_html_trial_t2_revised_t3_grouped_2021": _mixed_editions(3505, 2021, "怀化市溆浦县水利局", digits="grouped",
                                                                  times=8),
}

if __name__ == "__main__" and "c" in __import__("sys").argv[1:]:
    main(FIXTURES / "tables_r22c_blind", BLIND_C)
elif __name__ == "__main__" and "b" in __import__("sys").argv[1:]:
    main(FIXTURES / "tables_r22b_blind", BLIND_B)
elif __name__ == "__main__":
    main(FIXTURES / "tables_r22_blind", BLIND)
    main(FIXTURES / "tables_r22h", HELD_OUT)
