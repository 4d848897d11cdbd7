"""Constructed annual reports of the national template (2019-2020 and 2021 editions) as crawled pages print them:
the whole body on one line, and their expected cells (fixtures/tables_one_line_blind, and the held-out set
fixtures/tables_one_line_heldout).

The forms vary what crawls vary: cells run together or set apart by one space, a no-break space, an ideographic
space or " | "; a 0 printed 0, —, /, 无 or left out; thousands separators and full-width digits; 表三 with or without
its 总计 column; row labels with their numbering in either width (（一）/(一), 1./1、) or without it; 表三's header
printed once or again inside it; a narrative that repeats some totals; two years' reports on one line.

Figures come from ``table_files.figures`` (every identity holds), keyed ``table.row.column`` in base units, per
report of the file (``reports``: report year -> cells). A cell keyed null is one the page does not print: reading
it is wrong.

usage: python -m govpipeline_tests.tables_one_line_blind FOLDER [NAME ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from govpipeline_tests.report_files import Report, Table
from govpipeline_tests.table_files import Figures, figures, narrative, t2_table, t3_table, t4_table, tail
from govpipeline_tests.table_layouts import grid_rows, marked

FULL_WIDTH = str.maketrans("0123456789,.-+", "０１２３４５６７８９，．－＋")


def _cells(table: Table, zero: str = "0", thousands: bool = False, full_width: bool = False,
           total_column: bool = True, header_again_before: str | None = None, labels=None) -> list[list[str]]:
    """The table's rows as the page prints their cells: a merged cell's text once, a 0 as ``zero`` (left out when
    empty)."""
    rows = grid_rows(marked(table, zero) if zero != "0" else table)
    if not total_column:  # 表三 printed without its 总计 column: the last column of every row goes
        rows = [row[:-1] for row in rows]
    if header_again_before:
        at = next(i for i, row in enumerate(rows) if any(header_again_before in c for c in row))
        rows[at:at] = rows[:table.header_rows]
    out = []
    for row in rows:
        printed = []
        for text in row:
            if thousands and text.lstrip("+-").isdigit() and len(text.lstrip("+-")) >= 4:
                text = f"{int(text):,}"
            if full_width and text.lstrip("+-").replace(",", "").replace(".", "").isdigit():
                text = text.translate(FULL_WIDTH)
            if labels and text and not text.lstrip("+-").replace(",", "").replace(".", "").isdigit():
                text = labels(text)
            printed.append(text)
        out.append(printed)
    return out


def page(reports: list[tuple[Figures, str, dict]], sep: str, title_line: bool = True,
         extra: dict[int, str] | None = None) -> str:
    """One or more reports as a crawled page: every paragraph and table cell on one line, cells joined by ``sep``
    (empty cells dropped); with ``title_line`` the first report's title on a line of its own."""
    parts: list[str] = []
    for n, (f, body, options) in enumerate(reports):
        paragraphs = narrative(f, body)
        if extra and n in extra:
            paragraphs.append(extra[n])
        t3_options = {k: options[k] for k in ("total_column", "header_again_before") if k in options}
        common = {k: options[k] for k in ("zero", "thousands", "full_width", "labels") if k in options}
        blocks = paragraphs + ["#二、主动公开政府信息情况", _cells(t2_table(f), **common),
                               "#三、收到和处理政府信息公开申请情况",
                               _cells(t3_table(f, official=options.get("official", True)), **common, **t3_options),
                               "#四、政府信息公开行政复议、行政诉讼情况", _cells(t4_table(f), **common)] + tail()
        for block in blocks:
            if isinstance(block, str):
                parts.append(block.lstrip("#"))
            else:
                parts += [sep.join(c for c in row if c) for row in block]
    head = parts[0] + "\n" if title_line else ""
    rest = parts[1:] if title_line else parts
    return head + sep.join(p for p in rest if p) + "\n"


def _keys(f: Figures, total_column: bool = True) -> dict:
    cells = f.cells()
    if not total_column:
        for key in cells:
            if key.startswith("t3.") and key.endswith(".total"):
                cells[key] = None
    return cells


def _paren_half(text: str) -> str:
    return text.replace("（", "(").replace("）", ")") if text[:1] == "（" else text


def _numbered_comma(text: str) -> str:
    return text[0] + "、" + text[2:] if text[:1].isdigit() and text[1:2] == "." else text


def _unnumbered(text: str) -> str:
    import re
    return re.sub(r"^(?:（[一二三四五六七]）|[1-8]\.)", "", text)


def _both(text: str) -> str:
    return _numbered_comma(_paren_half(text))


BLIND = {
    "o01_run_together_2021": lambda: ([(figures(7101), "某某县自然资源局", {})], "", True, None,
                                      "2021, cells run together, 0 printed 0, title on its own line"),
    "o02_space_dash_thousands_2021": lambda: (
        [(_scaled(figures(7102), 41), "某某市市场监督管理局", {"zero": "—", "thousands": True})], " ", True, None,
        "2021, cells one space apart, 0 printed —, figures of four digits with thousands separators"),
    "o03_ideographic_space_full_width_2021": lambda: (
        [(figures(7103), "某某区卫生健康委员会", {"zero": "/", "full_width": True, "labels": _both})], "\u3000", True,
        None, "2021, cells set apart by an ideographic space, full-width digits, 0 printed /, labels (一)/1、"),
    "o04_pipes_header_again_2021": lambda: (
        [(figures(7104), "某某县住房和城乡建设局", {"zero": "无", "header_again_before": "（四）无法提供"})], " | ", True,
        None, "2021, cells joined by ' | ', 0 printed 无, 表三's header printed again before （四）"),
    "o05_run_together_zeros_left_out_2021": lambda: (
        [(figures(7105), "某某镇人民政府", {"zero": ""})], "", True, {0: None},
        "2021, cells run together, 0 left out (empty), narrative repeats 收到/办结/结转 totals"),
    "o06_run_together_no_total_column_2021": lambda: (
        [(figures(7106), "某某县农业农村局", {"total_column": False})], "", True, None,
        "2021, cells run together, 表三 without its 总计 column (not printed: null)"),
    "o07_run_together_2019_edition": lambda: ([(figures(7107, "2019"), "某某县发展和改革局", {})], "", True, None,
                                              "2019 edition, cells run together: 表二's signed 本年增/减, 表三's 23 rows"),
    "o08_nbsp_dash_unnumbered_2019_edition": lambda: (
        [(figures(7108, "2019"), "某某市生态环境局", {"zero": "—", "labels": _unnumbered, "official": False})],
        "\u00a0", False, None,
        "2019 edition, whole page incl. title on one line, cells set apart by no-break spaces, 0 printed —, 表三's "
        "labels without their numbering, in one column"),
    "o09_two_years_one_line_2021": lambda: (
        [(_year(figures(7109), 2022), "某某县交通运输局", {}), (_year(figures(7110), 2023), "某某县交通运输局", {})],
        " ", False, None, "two years' reports (2022, 2023) of one body on one line, cells one space apart"),
    "o10_run_together_thousands_2021": lambda: (
        [(_scaled(figures(7111), 23), "某某市公安局", {"thousands": True, "labels": _paren_half})], "", True, None,
        "2021, cells run together with thousands separators (1,234), labels (一) half-width"),
}


HELD_OUT = {  # written after the blind round's fixes, measured once
    "h01_pipes_none_word_thousands_header_again_2019_edition": lambda: (
        [(_scaled(figures(7201, "2019"), 29), "某某区城市管理局", {"zero": "无", "thousands": True,
                                                                "header_again_before": "（五）不予处理"})], " | ",
        True, None, "2019 edition, cells joined by ' | ', 0 printed 无, thousands separators, 表三's header again "
                    "before （五）"),
    "h02_run_together_no_total_column_slash_full_width_2021": lambda: (
        [(figures(7202), "某某县应急管理局", {"total_column": False, "zero": "/", "full_width": True})], "", True, None,
        "2021, cells run together, 表三 without its 总计 column, 0 printed /, full-width digits"),
    "h03_two_years_run_together_2021": lambda: (
        [(_year(figures(7203), 2021), "某某县审计局", {}), (_year(figures(7204), 2022), "某某县审计局", {"zero": "—"})],
        "", False, None, "two years' reports (2021 with 0, 2022 with —) on one line, cells run together, no title line"),
    "h04_ideographic_space_unnumbered_one_column_2021": lambda: (
        [(figures(7205), "某某市退役军人事务局", {"zero": "—", "labels": _unnumbered, "official": False})], "\u3000",
        True, None, "2021, cells an ideographic space apart, 0 printed —, 表三's labels in one column without their "
                    "numbering"),
    "h05_run_together_narrative_totals_2019_edition": lambda: (
        [(_scaled(figures(7206, "2019"), 7), "某某县税务局", {"labels": _both})], "", True, {0: None},
        "2019 edition, cells run together, labels (一)/1、, narrative repeats 收到/办结/结转 totals"),
}


def _scaled(f: Figures, k: int) -> Figures:
    """The same report for a body ``k`` times busier (identities are linear, so they still hold)."""
    f.t3 = {key: [v * k for v in values] for key, values in f.t3.items()}
    f.t4 = [v * k for v in f.t4]
    return f


def _year(f: Figures, year: int) -> Figures:
    f.year = year
    return f


def _narrative_totals(f: Figures) -> str:
    return (f"全年共收到政府信息公开申请{f.t3['new_received'][6]}件，上年结转{f.t3['carried_over'][6]}件，"
            f"办结{f.t3['r7_total'][6]}件，结转下年度继续办理{f.t3['carried_forward'][6]}件。")


def build(folder: Path, builders: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "answers.json"
    answers = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for name, make in builders.items():
        reports, sep, title_line, extra, form = make()
        if extra is not None:
            extra = {n: _narrative_totals(reports[n][0]) for n in extra}
        (folder / f"{name}.txt").write_text(page(reports, sep, title_line, extra), encoding="utf-8")
        answers[name] = {"file": f"{name}.txt", "form": form,
                         "reports": {str(f.year): _keys(f, options.get("total_column", True))
                                     for f, _, options in reports}}
    path.write_text(json.dumps(answers, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    names = sys.argv[2:]
    rounds = BLIND if "heldout" not in target.name else HELD_OUT
    build(target, {n: b for n, b in rounds.items() if not names or n in names})
