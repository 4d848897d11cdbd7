"""Constructed series of one body's annual reports (2021 format) over consecutive years, each a crawled page with
the whole body on one line and each row's figures run together (行政规范性文件12345), and their expected cells
(fixtures/tables_years_blind). Consecutive years of a body agree as real reports do: last year's 现行有效 + this
year's 制发 − 废止 = this year's 现行有效 (规章 and 行政规范性文件), and last year's 结转下年度继续办理 = this year's
上年结转政府信息公开申请, column by column. Some reports' narratives state 表二 figures (本年制发规范性文件6件); some
years restate their count (documents expired or were cleared out), so that year does not carry over and its row
has no evidence from its neighbours.

Figures other than 表二's carried rows come from ``table_files.figures``; answers are keyed ``table.row.column`` in
base units, with a ``body`` and ``year`` for each report.

usage: python -m govpipeline_tests.table_years FOLDER [blind|heldout]
"""
from __future__ import annotations

import sys
from pathlib import Path

from govpipeline_tests.table_files import figures, main, report, t2_table, t3_table, t4_table, write
from govpipeline_tests.table_layouts import tab_rows, text_of

# body -> (first year, seed, [(规章, 行政规范性文件, narrative sentence or "")] one a year): figures as printed
BLIND = {
    "青山县司法局": (2021, 7100, [
        (("2", "0", "12"), ("12", "3", "45"), ""),
        (("1", "0", "13"), ("8", "1", "52"), ""),
        (("0", "1", "12"), ("15", "4", "63"), "本年制发规范性文件15件，废止4件。"),
        (("3", "0", "15"), ("6", "2", "67"), ""),
        (("0", "0", "15"), ("10", "0", "77"), "")]),
    "白水市教育局": (2021, 7200, [
        (("0", "0", "0"), ("20", "2", "330"), ""),
        (("0", "0", "0"), ("5", "2", "333"), "全年出台规范性文件5件。"),
        (("1", "0", "1"), ("9", "0", "120"), ""),  # 现行有效 restated after a clear-out: no carry from 2022
        (("0", "0", "1"), ("7", "1", "126"), "")]),
    "云溪区人民政府办公室": (2022, 7300, [
        (("3", "1", "26"), ("31", "6", "218"), ""),
        (("2", "0", "28"), ("24", "5", "237"), ""),
        (("1", "2", "27"), ("18", "11", "244"), ""),
        (("0", "0", "27"), ("22", "0", "150"), "")]),  # restated: 244 + 22 − 0 ≠ 150, nothing settles it
}
HELDOUT = {  # written after the round's fixes (the first draft of this set, in the round's commit, was never used)
    "石门市卫生健康委员会": (2022, 7500, [
        (("1", "0", "11"), ("26", "4", "180"), "截至年底，现行有效规范性文件180件。"),
        (("0", "0", "11"), ("19", "7", "192"), ""),
        (("2", "1", "12"), ("13", "2", "203"), "本年度制定规范性文件13件，废止2件。")]),
}


def one_line_run_together(rep) -> str:
    """A crawled page: the title, then the whole body on one line, every cell run into the next."""
    lines = text_of(rep, tab_rows).split("\n")
    return lines[0] + "\n" + "".join("".join(line.split("\t")) for line in lines[1:] if line) + "\n"


def series(folder: Path, bodies: dict, answers: dict) -> None:
    for b, (body, (first, seed, years)) in enumerate(bodies.items()):
        forward = None
        for k, (rules, documents, said) in enumerate(years):
            year = first + k
            f = figures(seed + k)
            f.year = year
            f.t2["rules"], f.t2["normative_documents"] = list(rules), list(documents)
            if forward is not None:  # this year's 上年结转 is last year's 结转下年度; 本年新收 follows
                f.t3["carried_over"] = forward[:6] + [sum(forward[:6])]
                new = [f.t3["r7_total"][c] + f.t3["carried_forward"][c] - forward[c] for c in range(6)]
                if min(new) < 0:  # more carried in than the year closed: the year's first outcome row takes it
                    extra = [max(0, -n) for n in new]
                    for key in ("r1_open", "r7_total"):
                        f.t3[key] = [v + e for v, e in zip(f.t3[key][:6], extra)]
                        f.t3[key].append(sum(f.t3[key]))
                    new = [n + e for n, e in zip(new, extra)]
                f.t3["new_received"] = new + [sum(new)]
            forward = f.t3["carried_forward"]
            rep = report(f, body, [t2_table(f)], [t3_table(f, official=False)], [t4_table(f)],
                         middle=[said] if said else None)
            name = f"y{b + 1}{year}.txt"
            write(folder, name, one_line_run_together(rep).encode(), f,
                  f"2021, {body} {year}: a crawled page on one line, each row's figures run together"
                  + (f"; the narrative states {said}" if said else ""), answers)
            answers[name.rsplit(".", 1)[0]].update(body=body, year=year)


if __name__ == "__main__":
    which = sys.argv[2] if len(sys.argv) > 2 else "blind"
    bodies = BLIND if which == "blind" else HELDOUT
    main(Path(sys.argv[1]), {"series": lambda folder, _name, answers: series(folder, bodies, answers)})
