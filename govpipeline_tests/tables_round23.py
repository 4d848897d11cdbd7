"""Round 23's constructed reports (written with their keys before the code ran on them): crawled one-line pages
where zeros print blank (a blank one vanishes, the row's later figures shift left), whose narrative states some of
the tables' figures in words (本年新收…件、上年结转…件、予以公开…件、结转下年度继续办理…件, 行政复议…件 with its
outcomes, 行政诉讼…件, 制发/废止规范性文件…件), and pairs of one body's consecutive years (the earlier year's
结转下年度继续办理 is the later year's 上年结转; 表二's 现行有效件数 carries on by 制发 - 废止), the earlier year in
a form read right (an HTML table) or on the same one-line page.
- fixtures/tables_r23_blind (answers.json, scored by bench/table_forms.py);
- fixtures/tables_r23h was written with the blind set and is measured once, after the fixes.
Places are real, figures invented.

usage: .venv/bin/python -m govpipeline_tests.tables_round23
"""
from __future__ import annotations

from pathlib import Path

from govpipeline_tests.report_files import Report
from govpipeline_tests.table_files import Figures, main, narrative, t2_table, t3_table, t4_table, tail
from govpipeline_tests.table_layouts import html_page, one_line
from govpipeline_tests.tables_round18 import _printed, _zero_marks
from govpipeline_tests.tables_round21 import _entry, _figures

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _stated(f: Figures, which: str) -> str:
    """Sentences of the narrative that state figures of the tables in words."""
    t3, t4 = f.t3, f.t4
    said = []
    if "t3" in which:
        said.append(f"本年新收政府信息公开申请{t3['new_received'][6]}件，上年结转{t3['carried_over'][6]}件，"
                    f"其中予以公开{t3['r1_open'][6]}件，部分公开{t3['r2_partial'][6]}件，"
                    f"结转下年度继续办理{t3['carried_forward'][6]}件。")
    if "t4" in which:
        review, direct, after = t4[:5], t4[5:10], t4[10:]
        said.append(f"全年发生政府信息公开行政复议{review[4]}件，其中结果维持{review[0]}件、结果纠正{review[1]}件、"
                    f"其他结果{review[2]}件、尚未审结{review[3]}件；"
                    f"行政诉讼{direct[4] + after[4]}件，其中未经复议直接起诉{direct[4]}件、复议后起诉{after[4]}件。")
    if "t2" in which and f.version == "2021":
        made, gone, _ = f.t2["normative_documents"]
        said.append(f"本年制发行政规范性文件{made}件，废止{gone}件。")
    return "".join(said)


def _build(f: Figures, body: str, t2, t3, t4, which: str) -> Report:
    head = narrative(f, body)
    return Report(head + [_stated(f, which)] + ["#二、主动公开政府信息情况", t2, "#三、收到和处理政府信息公开申请情况", t3,
                                                 "#四、政府信息公开行政复议、行政诉讼情况", t4] + tail())


def _write(folder, name, answers, f, body, marks, which, html=False):
    t2, t3, t4 = (_printed(t, _zero_marks(marks)) for t in (t2_table(f), t3_table(f, official=False), t4_table(f)))
    rep = _build(f, body, t2, t3, t4, which)
    if html:
        data, ext = html_page(rep, f"{body}{f.year}年政府信息公开工作年度报告").encode("utf-8"), "html"
        form = f"saved page with ruled tables, zeros printed {marks!r}"
    else:
        data, ext = one_line(rep).encode("utf-8"), "txt"
        form = (f"crawled page on one line, zeros printed {' or '.join(repr(m.strip()) for m in marks)} in turn "
                "(a blank one gone, later figures shifted left)")
    _entry(folder, name, ext, data, f, form + f"; narrative states {which}", answers)


def _one(seed, version, year, body, marks, which):
    def build(folder, name, answers):
        _write(folder, name, answers, _figures(seed, version, year), body, marks, which)
    return build


def _next_year(prev: Figures, f: Figures) -> Figures:
    """f made the year after prev of the same body: 上年结转 = prev's 结转下年度, 表二's 现行有效 carried on."""
    over = prev.t3["carried_forward"][:6]
    r7, forward = f.t3["r7_total"][:6], f.t3["carried_forward"][:6]
    forward = [fw + max(0, o - r - fw) for r, fw, o in zip(r7, forward, over)]  # 本年新收 stays >= 0
    new = [r + fw - o for r, fw, o in zip(r7, forward, over)]
    for key, row in (("carried_over", over), ("carried_forward", forward), ("new_received", new)):
        f.t3[key] = row + [sum(row)]
    if f.version == "2021" and prev.version == "2021":
        for key in ("rules", "normative_documents"):
            made, gone, _ = (int(x) for x in f.t2[key])
            gone = min(gone, int(prev.t2[key][2]) + made)
            f.t2[key] = [str(made), str(gone), str(int(prev.t2[key][2]) + made - gone)]
    return f


def _pair(seed, version, year, body, marks, which, *, earlier_html: bool):
    """Two reports of one body, year - 1 and year; built together so the later carries the earlier's figures."""
    def build(folder, name, answers):
        prev = _figures(seed, version, year - 1)
        f = _next_year(prev, _figures(seed + 50, version, year))
        _write(folder, f"{name}_a{year - 1}", answers, prev, body, "0" if earlier_html else marks, which,
               html=earlier_html)
        _write(folder, f"{name}_b{year}", answers, f, body, marks, which)
    return build


BLIND = {
    "d01_one_line_blank_zeros_narrative_all_2023": _one(3301, "2021", 2023, "株洲市荷塘区住房和城乡建设局", "0 ",
                                                         "t2 t3 t4"),
    "d02_one_line_every_zero_blank_narrative_t4_2021": _one(3302, "2021", 2021, "衡阳市雁峰区卫生健康局", " ",
                                                             "t4"),
    "d03_one_line_blank_zeros_trial_narrative_2020": _one(3303, "2019", 2020, "邵阳市双清区自然资源局", "0 ",
                                                           "t3 t4"),
    "d04_pair_html_then_one_line": _pair(3304, "2021", 2024, "岳阳市君山区交通运输局", "0 ", "t3",
                                         earlier_html=True),
    "d05_pair_both_one_line": _pair(3305, "2021", 2022, "常德市武陵区市场监督管理局", " ", "t3 t4",
                                    earlier_html=False),
}

HELD_OUT = {
    "m01_one_line_blank_zeros_narrative_2025": _one(3351, "2021", 2025, "益阳市赫山区教育局", "0 ", "t2 t3 t4"),
    "m02_one_line_every_zero_blank_trial_2019": _one(3352, "2019", 2019, "娄底市娄星区审计局", " ", "t3 t4"),
    "m03_pair_html_then_one_line": _pair(3353, "2021", 2023, "郴州市北湖区民政局", " ", "t3 t4", earlier_html=True),
}

if __name__ == "__main__":
    main(FIXTURES / "tables_r23_blind", BLIND)
    main(FIXTURES / "tables_r23h", HELD_OUT)
