"""Tables round 19b's constructed department budgets and final accounts (written with their key before the code ran
on them): the “三公”经费 table a 部门预算/部门决算 prints, as html, as a sheet converted by LibreOffice (.xlsx) and as
a text page. The key holds each cell's row, column, value, year, unit and catalog id (README, "stop 44's
convention": `<id>_budget` for an amount a budget sets, `<id>` for an amount spent; a change against the year's own
budget has none). Places and bodies are invented, figures too.

usage: HOME=/tmp/x .venv/bin/python -m govpipeline_tests.tables_budget19b   (needs soffice for the .xlsx)
"""
from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SET = "tables_budget19b_blind"
HELD_OUT = "tables_budget19b_heldout"

ROWS = ["合计", "因公出国（境）费", "公务用车购置及运行费", "其中：公务用车购置费", "公务用车运行费", "公务接待费"]
IDS = ["three_public_expenses", "official_overseas_travel_expenses", "official_vehicle_expenses",
       "official_vehicle_purchase_expenses", "official_vehicle_operation_expenses", "official_reception_expenses"]


def _html(title: str, lead: str, caption: str, header: list[str], rows: list[list[str]], unit: str) -> str:
    cells = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1><p>{lead}</p>"
            f"<p>{caption}</p><p>单位：{unit}</p><table border='1'><tr>{cells}</tr>{body}</table></body></html>")


def _xlsx(html: str, name: str, folder: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp, f"{Path(name).stem}.html")
        source.write_text(html, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarCalc)", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                        "--outdir", tmp,
                        str(source)], check=True, capture_output=True)
        shutil.copy(Path(tmp, f"{source.stem}.xlsx"), folder / name)


def _pdf(html: str, name: str, folder: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp, f"{Path(name).stem}.html")
        source.write_text(html, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp,
                        str(source)], check=True, capture_output=True)
        shutil.copy(Path(tmp, f"{source.stem}.pdf"), folder / name)


def _cells(rows: list[list[str]], header: list[str], columns: dict[int, tuple[int, str]], scale: float,
           unit: str = "元") -> list[list]:
    """Key cells: ``columns`` maps a column to (year, id suffix or None for no id)."""
    out = []
    for r, row in enumerate(rows):
        for c, (year, suffix) in columns.items():
            mid = None if suffix is None else IDS[r] + suffix
            u, s = (unit, scale) if not header[c].endswith("（%）") else ("%", 1.0)
            out.append([row[0].removeprefix("其中："), header[c], round(float(row[c]) * s, 6), year, u, mid])
    return out


def build() -> dict:
    folder = FIXTURES / SET
    folder.mkdir(exist_ok=True)
    key = {}

    # b01: a county bureau's 2025 部门预算 (html): this year's and last year's budget, and the change between them
    header = ["项目", "2025年预算数", "2024年预算数", "增减"]
    rows = [["合计", "42.60", "47.10", "-4.50"], ["因公出国（境）费", "0.00", "0.00", "0.00"],
            ["公务用车购置及运行费", "31.80", "35.40", "-3.60"], ["其中：公务用车购置费", "0.00", "0.00", "0.00"],
            ["公务用车运行费", "31.80", "35.40", "-3.60"], ["公务接待费", "10.80", "11.70", "-0.90"]]
    name = "b01_qinglan_jiaoyu_yusuan_2025.html"
    (folder / name).write_text(_html("青岚县教育局2025年部门预算公开", "现将青岚县教育局2025年部门预算公开如下。",
                                     "表6 一般公共预算“三公”经费支出表", header, rows, "万元"), encoding="utf-8")
    key[name] = {"cells": _cells(rows, header, {1: (2025, "_budget"), 2: (2024, "_budget"),
                                                3: (2025, "_budget_change")}, 1e4), "misprints": []}

    # b02: a district office's 2024 部门决算 (xlsx): the year's budget, what was spent, spent against budget (no id)
    header = ["项目", "预算数", "决算数", "决算数比预算数增减"]
    rows = [["合计", "26.50", "21.37", "-5.13"], ["因公出国（境）费", "4.00", "2.86", "-1.14"],
            ["公务用车购置及运行费", "15.00", "12.95", "-2.05"], ["其中：公务用车购置费", "0.00", "0.00", "0.00"],
            ["公务用车运行费", "15.00", "12.95", "-2.05"], ["公务接待费", "7.50", "5.56", "-1.94"]]
    name = "b02_yunxi_shuiwu_juesuan_2024.xlsx"
    _xlsx(_html("云溪区水务局2024年度部门决算", "云溪区水务局2024年度部门决算公开说明。",
                "“三公”经费财政拨款支出决算表", header, rows, "万元"), name, folder)
    key[name] = {"cells": _cells(rows, header, {1: (2024, "_budget"), 2: (2024, ""), 3: (2024, None)}, 1e4),
                 "misprints": []}

    # b03: a 街道's 2023 单位决算 (html), in 元: this year's and last year's spending, and the change in per cent
    header = ["项目", "2023年决算数", "2022年决算数", "比上年增减（%）"]
    rows = [["合计", "186420", "203150", "-8.2"], ["因公出国（境）费", "0", "0", "0"],
            ["公务用车购置及运行费", "132600", "140880", "-5.9"], ["其中：公务用车购置费", "0", "0", "0"],
            ["公务用车运行费", "132600", "140880", "-5.9"], ["公务接待费", "53820", "62270", "-13.6"]]
    name = "b03_shiqiao_jiedao_juesuan_2023.html"
    (folder / name).write_text(_html("石桥街道办事处2023年度单位决算公开", "石桥街道办事处2023年度单位决算情况说明。",
                                     "“三公”经费支出情况表", header, rows, "元"), encoding="utf-8")
    key[name] = {"cells": _cells(rows, header, {1: (2023, ""), 2: (2022, ""), 3: (2023, "_growth")}, 1.0),
                 "misprints": []}

    # b04: a city bureau's 2024 部门预算 (xlsx) of one budget column, with 机关运行经费 beside the “三公” rows
    header = ["项目", "预算数"]
    rows = [["合计", "58.20"], ["因公出国（境）费", "12.00"], ["公务用车购置及运行费", "28.60"],
            ["其中：公务用车购置费", "0.00"], ["公务用车运行费", "28.60"], ["公务接待费", "17.60"]]
    name = "b04_baiyang_wenlv_yusuan_2024.xlsx"
    _xlsx(_html("白杨市文化旅游局2024年部门预算", "白杨市文化旅游局2024年部门预算编制说明。",
                "“三公”经费预算表", header, rows, "万元"), name, folder)
    key[name] = {"cells": _cells(rows, header, {1: (2024, "_budget")}, 1e4), "misprints": []}

    # b05: a text page of a 2024 部门决算: budget, spent, and 比上年 of the spent; one row lost a blank cell
    header = ["项目", "年初预算数", "支出决算数", "比上年增减"]
    rows = [["合计", "35.40", "30.12", "-2.31"], ["因公出国（境）费", "6.00", "5.48", "0.62"],
            ["公务用车购置及运行费", "20.00", "17.20", "-1.95"], ["其中：公务用车购置费", "0", "0", "0"],
            ["公务用车运行费", "20.00", "17.20", "-1.95"], ["公务接待费", "9.40", "7.44", "-0.98"]]
    lines = ["栖霞县自然资源局2024年度部门决算", "", "六、“三公”经费财政拨款支出决算情况", "单位：万元",
             "  ".join(header)]
    for r in rows:
        lines.append("  ".join(r) if r[0] != "其中：公务用车购置费" else "其中：公务用车购置费  0  0")
    name = "b05_qixia_ziran_juesuan_2024.txt"
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    cells = _cells(rows, header, {1: (2024, "_budget"), 2: (2024, ""), 3: (2024, "_change")}, 1e4)
    cells = [c for c in cells if c[0] != "公务用车购置费"]  # printed 0 0 under three columns: which ones is not printed
    key[name] = {"cells": cells, "misprints": [], "findings": ["公务用车购置费"]}

    (FIXTURES / f"{SET}_key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8")
    return key


def build_heldout() -> dict:
    """Written after the blind set's fixes to the ids of budget tables' cells, before the fix to their 合计 rows."""
    folder = FIXTURES / HELD_OUT
    folder.mkdir(exist_ok=True)
    key = {}

    # h01: a district health commission's 2024 部门预算 as a PDF: this year's and last year's budget, 比上年增减
    header = ["项目", "2024年预算数", "2023年预算数", "比上年增减"]
    rows = [["合计", "73.40", "80.90", "-7.50"], ["因公出国（境）费", "5.00", "8.00", "-3.00"],
            ["公务用车购置及运行费", "46.20", "49.70", "-3.50"], ["其中：公务用车购置费", "18.00", "18.00", "0.00"],
            ["公务用车运行费", "28.20", "31.70", "-3.50"], ["公务接待费", "22.20", "23.20", "-1.00"]]
    name = "h01_heshan_weijian_yusuan_2024.pdf"
    _pdf(_html("鹤山区卫生健康局2024年部门预算公开", "鹤山区卫生健康局2024年部门预算情况说明。",
               "表七 “三公”经费支出预算表", header, rows, "万元"), name, folder)
    key[name] = {"cells": _cells(rows, header, {1: (2024, "_budget"), 2: (2023, "_budget"),
                                                3: (2024, "_budget_change")}, 1e4), "misprints": []}

    # h02: a township's 2022 单位决算 (xlsx): budget, spent, against the budget in 万元 and in per cent (no id)
    header = ["项目", "年初预算数", "决算数", "比年初预算增减", "增减率（%）"]
    rows = [["合计", "12.60", "10.08", "-2.52", "-20.0"], ["因公出国（境）费", "0.00", "0.00", "0.00", "0.0"],
            ["公务用车购置及运行费", "8.40", "7.14", "-1.26", "-15.0"], ["其中：公务用车购置费", "0.00", "0.00", "0.00", "0.0"],
            ["公务用车运行费", "8.40", "7.14", "-1.26", "-15.0"], ["公务接待费", "4.20", "2.94", "-1.26", "-30.0"]]
    name = "h02_longmen_zhen_juesuan_2022.xlsx"
    _xlsx(_html("龙门镇人民政府2022年度单位决算公开", "龙门镇人民政府2022年度单位决算说明。",
                "“三公”经费财政拨款支出情况表", header, rows, "万元"), name, folder)
    key[name] = {"cells": _cells(rows, header, {1: (2022, "_budget"), 2: (2022, ""), 3: (2022, None),
                                                4: (2022, None)}, 1e4), "misprints": []}

    # h03: a city bureau's 2024 部门决算 (html): last year's accounts, this year's budget and accounts
    header = ["项目", "2023年决算数", "2024年预算数", "2024年决算数"]
    rows = [["合计", "64.35", "70.00", "61.28"], ["因公出国（境）费", "9.12", "10.00", "8.45"],
            ["公务用车购置及运行费", "38.90", "42.00", "37.66"], ["其中：公务用车购置费", "0.00", "0.00", "0.00"],
            ["公务用车运行费", "38.90", "42.00", "37.66"], ["公务接待费", "16.33", "18.00", "15.17"]]
    name = "h03_jinhe_jiaotong_juesuan_2024.html"
    (folder / name).write_text(_html("金河市交通运输局2024年度部门决算", "金河市交通运输局2024年度部门决算公开。",
                                     "“三公”经费支出决算情况", header, rows, "万元"), encoding="utf-8")
    key[name] = {"cells": _cells(rows, header, {1: (2023, ""), 2: (2024, "_budget"), 3: (2024, "")}, 1e4),
                 "misprints": []}

    # h04: a county bureau's 2025 部门预算 (html) with the 2024 budget and 2024 spending beside it, change in per cent
    header = ["项目", "2025年预算数", "2024年预算数", "2024年支出数", "预算比上年增长（%）"]
    rows = [["合计", "15.30", "16.80", "14.92", "-8.9"], ["因公出国（境）费", "0.00", "0.00", "0.00", "0.0"],
            ["公务用车购置及运行费", "9.60", "10.20", "9.85", "-5.9"], ["其中：公务用车购置费", "0.00", "0.00", "0.00", "0.0"],
            ["公务用车运行费", "9.60", "10.20", "9.85", "-5.9"], ["公务接待费", "5.70", "6.60", "5.07", "-13.6"]]
    name = "h04_pingtang_linye_yusuan_2025.html"
    (folder / name).write_text(_html("平塘县林业局2025年部门预算", "平塘县林业局2025年部门预算公开说明。",
                                     "一般公共预算“三公”经费支出表", header, rows, "万元"), encoding="utf-8")
    key[name] = {"cells": _cells(rows, header, {1: (2025, "_budget"), 2: (2024, "_budget"), 3: (2024, ""),
                                                4: (2025, "_budget_growth")}, 1e4), "misprints": []}

    (FIXTURES / f"{HELD_OUT}_key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8")
    return key


def score(name: str, folder: str = SET) -> dict:
    """Cells right / wrong / unread (a finding names its row, or a finding of no row) / silent, as
    tables_genres_score counts them; and of the cells read right, ids right / wrong / missing (the key's id, None
    too, against the cell's fact's)."""
    from collections import Counter

    from govpipeline_tests.tables_genres_score import _name, cells_read

    key = json.loads((FIXTURES / f"{folder}_key.json").read_text(encoding="utf-8"))[name]
    _, got, issues = cells_read(name, (FIXTURES / folder / name).read_bytes())
    tally, out = Counter(), []
    findings = " ".join(_name(i["raw"]) for i in issues)
    for row, column, value, year, unit, mid in key["cells"]:
        read = got.pop((_name(row), _name(column)), [])
        hit = [r for r in read if abs(r[0] - value) <= 1e-6 * max(1.0, abs(value)) and r[1] == year and r[2] == unit]
        if hit:
            tally["right"] += 1
            got_id = hit[0][3]
            kind = "id_right" if got_id == mid else "id_missing" if got_id is None else "id_wrong"
            tally[kind] += 1
            if kind != "id_right":
                out.append(f"{kind}: {row}|{column} {got_id} (key {mid})")
        elif read:
            tally["wrong"] += 1
            out.append(f"wrong: {row}|{column} {read} (key {value} {year} {unit})")
        elif _name(row) in findings or any(i["row_key"] is None for i in issues):
            tally["unread"] += 1
            out.append(f"unread: {row}|{column}")
        else:
            tally["silent"] += 1
            out.append(f"silent: {row}|{column}")
    for at, read in got.items():
        tally["wrong"] += len(read)
        out.append(f"wrong (not keyed): {at} {read}")
    rows = Counter(i["row_key"] or i["raw"][:40] for i in issues)
    return {"tally": tally, "notes": out, "issues": [i["raw"][:100] for i in issues], "rows": rows}


def main(folder: str) -> None:
    from collections import Counter
    total = Counter()
    for name in json.loads((FIXTURES / f"{folder}_key.json").read_text(encoding="utf-8")):
        s = score(name, folder)
        total += s["tally"]
        print(name, dict(s["tally"]))
        for line in s["notes"] + [f"finding: {i}" for i in s["issues"]]:
            print("   ", line)
    print("TOTAL", dict(total))


if __name__ == "__main__":
    import sys
    if sys.argv[1:2] == ["score"]:
        main(sys.argv[2] if len(sys.argv) > 2 else SET)
    else:
        build_heldout() if sys.argv[1:] == ["heldout"] else build()
