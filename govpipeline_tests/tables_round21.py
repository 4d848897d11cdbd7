"""Round 21's constructed reports (written with their keys before the code ran on them), aimed at forms not tried
before: 表三 split over two HTML <table>s (the second with no header, or under 续表 with its header again); one-line
crawled pages where zeros printed blank vanish, shifting the row's later figures left; Word exported to PDF with
表三's label columns so narrow that a centred label runs over many lines, its figures mid-way; zeros printed —, /
or blank; 合计 for 总计; 表三 without its （七）总计 row; a report printing 表三 and 表四 only; a department's small
report whose 表三 and 表四 are all zeros; the tables as sheets of an .xlsx; .doc saved from Word. Years 2019-2025.
- fixtures/tables_r21_blind (answers.json, scored by bench/table_forms.py);
- fixtures/tables_r21h was written with the blind set and is measured once, after the fixes.
Places are real, figures invented.

usage: HOME=/tmp/x .venv/bin/python -m govpipeline_tests.tables_round21   (needs soffice)
"""
from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from govpipeline_tests.office_files import convert
from govpipeline_tests.report_files import Report, Table
from govpipeline_tests.table_files import Figures, figures, main, narrative, t2_table, t3_table, t4_table, tail, write
from govpipeline_tests.table_layouts import html_page, one_line
from govpipeline_tests.tables_nontemplate import _xlsx
from govpipeline_tests.tables_round18 import _printed, _zero_marks
from govpipeline_tests.tables_round20 import _docx, _pdf_of_docx, _split_by_hand, _trial

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _figures(seed: int, version: str, year: int, zeros: bool = False) -> Figures:
    f = _trial(seed, year) if version == "2019" else figures(seed)
    f.year = year
    if zeros:  # a department that received no request and met no case
        f.t3 = {k: [0] * 7 for k in f.t3}
        f.t4 = [0] * 15
    return f


def _relabel(table: Table, old: str, new: str) -> Table:
    return dataclasses.replace(table, rows=[[c.replace(old, new) for c in row] for row in table.rows])


def _without_row(table: Table, starts: str) -> Table:
    """The one-label-column table without its row whose label starts with ``starts`` (its spans are the header's)."""
    return dataclasses.replace(table, rows=[row for row in table.rows if not row[0].startswith(starts)])


def _split_plain(t3: Table, at: int) -> list:
    """表三 (one label column) as two tables: the header and the first ``at`` data rows, then the rest with no header."""
    h = t3.header_rows
    return [Table(t3.rows[:h + at], spans=t3.spans, header_rows=h), Table(t3.rows[h + at:], header_rows=0)]


def _build(f: Figures, body: str, *, t2: Table | None, t3: list, t4: Table, no_t2_text: str = "") -> Report:
    head = ["#二、主动公开政府信息情况"] + ([t2] if t2 is not None else [no_t2_text])
    return Report(narrative(f, body) + head + ["#三、收到和处理政府信息公开申请情况"] + t3
                  + ["#四、政府信息公开行政复议、行政诉讼情况", t4] + tail())


def _entry(folder, name, ext, data, f, form, answers, none: tuple[str, ...] = ()):
    write(folder, f"{name}.{ext}", data, f, f"{f.year} ({f.version} format) {form}", answers)
    cells = answers[name]["cells"]
    for key in cells:
        if key.startswith(none):
            cells[key] = None  # not printed


def _html_split(seed, version, year, body, *, at: int, caption: str | None, marks: str = "0"):
    def build(folder, name, answers):
        f = _figures(seed, version, year)
        t2, t3, t4 = (_printed(t, _zero_marks(marks)) for t in (t2_table(f), t3_table(f, official=False),
                                                                   t4_table(f)))
        parts = _split_by_hand(t3, at, caption) if caption else _split_plain(t3, at)
        page = html_page(_build(f, body, t2=t2, t3=parts, t4=t4), f"{body}{year}年政府信息公开工作年度报告")
        _entry(folder, name, "html", page.encode("utf-8"), f,
               f"saved page, 表三 (one label column) split into two <table>s after data row {at}"
               + (f", {caption} and the header again before the second" if caption else ", the second with no header")
               + f", zero printed {' or '.join(repr(m.strip()) for m in marks)}", answers)
    return build


def _one_line_blanks(seed, version, year, body, marks: str, zeros: bool = False):
    """A crawled page on one line whose zeros are printed in turn as ``marks``: a blank one vanishes, and the row's
    later figures stand one place to the left."""
    def build(folder, name, answers):
        f = _figures(seed, version, year, zeros)
        t2, t3, t4 = (_printed(t, _zero_marks(marks)) for t in (t2_table(f), t3_table(f, official=False),
                                                                   t4_table(f)))
        _entry(folder, name, "txt", one_line(_build(f, body, t2=t2, t3=[t3], t4=t4)).encode("utf-8"), f,
               f"crawled page on one line, zeros printed {' or '.join(repr(m.strip()) for m in marks)} in turn "
               "(a blank one gone, later figures shifted left)", answers)
    return build


def _narrow_pdf(seed, version, year, body, widths: list[float], size: int, ruled: bool = True, marks: str = "0",
                landscape: bool = False):
    def build(folder, name, answers):
        f = _figures(seed, version, year)
        t2, t3, t4 = (_printed(t, _zero_marks(marks)) for t in (t2_table(f), t3_table(f, widths=widths),
                                                                   t4_table(f)))
        rep = _build(f, body, t2=t2, t3=[t3], t4=t4)
        pdf = _pdf_of_docx(_docx(rep, size=size, footer="第{PAGE}页 共{NUMPAGES}页", centred=True, widths=True,
                                 ruled=ruled, landscape_tables=landscape))
        _entry(folder, name, "pdf", pdf, f,
               f".docx exported to PDF by LibreOffice, {size} pt, national 表三 with label columns {widths[:3]} cm: "
               "centred labels over many lines, figures mid-way, rows cut by page ends"
               + ("" if ruled else ", no rules") + ("" if marks == "0" else f", zeros printed {marks!r}")
               + (", tables on landscape pages" if landscape else ""), answers)
    return build


def _docx_marks(seed, version, year, body, marks: str, *, total_word: str = "总计", drop_r7: bool = False,
                zeros: bool = False, form: str = "docx", only_t3_t4: bool = False):
    """A .docx (``form`` docx, or pdf/doc made from it by LibreOffice) whose zeros are printed ``marks`` in turn,
    总计 printed ``total_word``, （七）总计's row left out (``drop_r7``, one label column), 表二 left out."""
    def build(folder, name, answers):
        f = _figures(seed, version, year, zeros)
        t3 = t3_table(f, official=not drop_r7)
        if drop_r7:
            t3 = _without_row(t3, "（七）")
        t2, t3, t4 = (_relabel(_printed(t, _zero_marks(marks)), "总计", total_word)
                      for t in (t2_table(f), t3, t4_table(f)))
        rep = _build(f, body, t2=None if only_t3_t4 else t2, t3=[t3], t4=t4,
                     no_t2_text=f"{year}年，本机关未制发规章和行政规范性文件，无行政许可、行政处罚、行政强制事项，未收取行政事业性收费。")
        data = _docx(rep, size=12, footer="- {PAGE} -")
        if form != "docx":
            with tempfile.TemporaryDirectory() as tmp:
                source = Path(tmp, "report.docx")
                source.write_bytes(data)
                data = convert(source, form, Path(tmp)).read_bytes()
        none = (("t3.r7_total.",) if drop_r7 else ()) + (("t2.",) if only_t3_t4 else ())
        _entry(folder, name, form, data, f,
               f".docx{'' if form == 'docx' else f' saved as {form} by LibreOffice'}, zeros printed "
               f"{' or '.join(repr(m.strip()) for m in marks)}, 总计 printed {total_word}"
               + (", 表三 in one label column without its （七）总计 row" if drop_r7 else ", national 表三")
               + (", all of 表三 and 表四 zero" if zeros else "")
               + (", 表二 not printed (a sentence says there was nothing)" if only_t3_t4 else ""), answers, none)
    return build


def _split_national(t3: Table, at: int) -> list:
    """The national 表三 (labels in three merged columns) as two HTML tables, the first with the header and ``at``
    data rows: a label merged down over the cut is printed again, merged over its rows, in the second."""
    cut = t3.header_rows + at
    first = [s for s in ((r0, c0, min(r1, cut - 1), c1) for r0, c0, r1, c1 in t3.spans if r0 < cut)
             if s[2] > s[0] or s[3] > s[1]]
    second = [s for s in ((max(r0, cut) - cut, c0, r1 - cut, c1) for r0, c0, r1, c1 in t3.spans if r1 >= cut)
              if s[2] > s[0] or s[3] > s[1]]
    return [Table(t3.rows[:cut], spans=first, header_rows=t3.header_rows), Table(t3.rows[cut:], spans=second,
                                                                                 header_rows=0)]


def _html_split_national(seed, version, year, body, at: int):
    def build(folder, name, answers):
        f = _figures(seed, version, year)
        page = html_page(_build(f, body, t2=t2_table(f), t3=_split_national(t3_table(f), at), t4=t4_table(f)),
                         f"{body}{year}年政府信息公开工作年度报告")
        _entry(folder, name, "html", page.encode("utf-8"), f,
               f"saved page, national 表三 (rowspans) split into two <table>s after data row {at}, inside a group: "
               "its merged labels printed again in the second", answers)
    return build


def _one_line_t3_t4(seed, version, year, body):
    def build(folder, name, answers):
        f = _figures(seed, version, year)
        rep = _build(f, body, t2=None, t3=[t3_table(f, official=False)], t4=t4_table(f),
                     no_t2_text="本年度主动公开情况详见本机关政府信息公开专栏，此处不再列表。")
        _entry(folder, name, "txt", one_line(rep).encode("utf-8"), f,
               "crawled page on one line printing 表三 and 表四 only (表二 replaced by a sentence)", answers, ("t2.",))
    return build


def _html_zeros(seed, version, year, body):
    def build(folder, name, answers):
        f = _figures(seed, version, year, zeros=True)
        page = html_page(_build(f, body, t2=t2_table(f), t3=[t3_table(f)], t4=t4_table(f)),
                         f"{body}{year}年政府信息公开工作年度报告")
        _entry(folder, name, "html", page.encode("utf-8"), f,
               "a department's saved page, national 表三 and 表四 all zeros", answers)
    return build


def _sheet(table: Table, title: str) -> tuple[str, list[list], list, dict]:
    rows = [[title] + [""] * (len(table.rows[0]) - 1)] + [list(r) for r in table.rows]
    for r, row in enumerate(rows[1:]):  # a merged cell's text once, at its first position
        for c in range(len(row)):
            if table.covered(r, c):
                row[c] = ""
    merges = [(0, 0, 0, len(rows[0]) - 1)] + [(r0 + 1, c0, r1 + 1, c1) for r0, c0, r1, c1 in table.spans]
    return title[:2], rows, merges, {}


def _xlsx_book(seed, version, year, body, marks: str = "0", total_word: str = "总计"):
    def build(folder, name, answers):
        f = _figures(seed, version, year)
        t2, t3, t4 = (_relabel(_printed(t, _zero_marks(marks)), "总计", total_word)
                      for t in (t2_table(f), t3_table(f), t4_table(f)))
        data = _xlsx([_sheet(t2, f"表二 {body}{year}年主动公开政府信息情况"),
                      _sheet(t3, f"表三 {body}{year}年收到和处理政府信息公开申请情况"),
                      _sheet(t4, f"表四 {body}{year}年政府信息公开行政复议、行政诉讼情况")])
        _entry(folder, name, "xlsx", data, f, ".xlsx of the three tables, one a sheet under a merged title row, "
               f"merges kept, figures stored as numbers, zeros printed {marks!r}, 总计 printed {total_word}", answers)
    return build


BLIND = {
    "a01_html_t3_two_tables_no_header_2024": _html_split(3101, "2021", 2024, "凯里市民族宗教事务局", at=11, caption=None),
    "a02_html_t3_two_tables_continued_2020": _html_split(3102, "2019", 2020, "都匀市农业农村局", at=8,
                                                          caption="续表", marks="0/"),
    "a03_one_line_blank_zeros_shift_2022": _one_line_blanks(3103, "2021", 2022, "兴义市交通运输局", "00 "),
    "a04_docx_pdf_narrow_labels_centred_2023": _narrow_pdf(3104, "2021", 2023, "毕节市七星关区医疗保障局",
                                                            [0.7, 0.9, 1.5] + [1.8] * 7, 14),
    "a05_docx_dash_slash_blank_heji_2025": _docx_marks(3105, "2021", 2025, "六盘水市钟山区统计局", "—/ ",
                                                       total_word="合计"),
    "a06_one_line_t3_t4_only_2019": _one_line_t3_t4(3106, "2019", 2019, "安顺市西秀区档案馆"),
    "a07_html_department_all_zero_2021": _html_zeros(3107, "2021", 2021, "铜仁市碧江区地方志办公室"),
    "a08_docx_pdf_no_r7_row_2022": _docx_marks(3108, "2021", 2022, "遵义市汇川区林业局", "0", drop_r7=True, form="pdf"),
    "a09_xlsx_trial_2020": _xlsx_book(3109, "2019", 2020, "天水市麦积区水务局"),
    "a10_doc_dash_zeros_2023": _docx_marks(3110, "2021", 2023, "平凉市崆峒区商务局", "—", form="doc"),
    "a11_docx_pdf_t3_t4_only_zero_2021": _docx_marks(3111, "2021", 2021, "武威市凉州区气象局", "0 ", zeros=True,
                                                     form="pdf", only_t3_t4=True),
    "a12_docx_pdf_narrow_unruled_trial_2019": _narrow_pdf(3112, "2019", 2019, "张掖市甘州区供销合作社",
                                                           [0.6, 0.8, 1.4] + [1.85] * 7, 12, ruled=False),
}

HELD_OUT = {
    "h01_html_t3_two_tables_continued_slash_2023": _html_split(3151, "2021", 2023, "酒泉市肃州区人力资源和社会保障局",
                                                               at=14, caption="续表三", marks="/"),
    "h02_one_line_blank_zeros_trial_2020": _one_line_blanks(3152, "2019", 2020, "庆阳市西峰区审计局", "0 "),
    "h03_docx_pdf_narrow_labels_trial_2019": _narrow_pdf(3153, "2019", 2019, "定西市安定区卫生健康局",
                                                          [0.8, 0.8, 1.6] + [1.8] * 7, 13),
    "h04_doc_heji_no_r7_zero_2024": _docx_marks(3154, "2021", 2024, "陇南市武都区退役军人事务局", "— 0",
                                                 total_word="合计", drop_r7=True, zeros=True, form="doc"),
}

BLIND_B = {
    "b01_one_line_blank_zeros_trial_in_2021": _one_line_blanks(3201, "2019", 2021, "嘉峪关市住房和城乡建设局", "0 "),
    "b02_one_line_every_zero_blank_2025": _one_line_blanks(3202, "2021", 2025, "白银市平川区市场监督管理局", " "),
    "b03_docx_pdf_narrow_landscape_16pt_2022": _narrow_pdf(3203, "2021", 2022, "金昌市金川区民政局",
                                                           [0.5, 0.7, 1.2] + [2.0] * 7, 16, landscape=True),
    "b04_html_national_split_in_a_group_2021": _html_split_national(3204, "2021", 2021, "临夏市教育局", 9),
    "b05_doc_blank_zeros_heji_trial_2019": _docx_marks(3205, "2019", 2019, "合作市自然资源局", "0 ",
                                                       total_word="合计", form="doc"),
    "b06_xlsx_blank_zeros_heji_2024": _xlsx_book(3206, "2021", 2024, "敦煌市文体广电和旅游局", "0 ", "合计"),
    "b07_docx_pdf_narrow_unruled_dash_2023": _narrow_pdf(3207, "2021", 2023, "玉门市应急管理局",
                                                          [0.6, 0.9, 1.3] + [1.9] * 7, 12, ruled=False, marks="—"),
    "b08_one_line_department_zero_blank_trial_2019": _one_line_blanks(3208, "2019", 2019, "临洮县档案局", "0 ",
                                                                       zeros=True),
}

if __name__ == "__main__" and "b" in __import__("sys").argv[1:]:
    main(FIXTURES / "tables_r21b_blind", BLIND_B)
elif __name__ == "__main__":
    main(FIXTURES / "tables_r21_blind", BLIND)
    main(FIXTURES / "tables_r21h", HELD_OUT)
