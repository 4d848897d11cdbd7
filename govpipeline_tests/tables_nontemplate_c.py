"""Set C of the non-template tables (round 16; fixtures/tables_nontemplate_blind_c and its key), written before the
code ran on it: the forms rounds 15 left over.
- crawled one-line pages of budget tables with a two-row header whose split the header alone cannot tell, where an
  identity could (执行数为预算% = 执行数 / 预算数; 合计 = 基本支出 + 项目支出);
- a sheet printed by LibreOffice with its columns over two pages (the labels on the first only);
- a .doc written by LibreOffice whose budget table has footnote marks after figures (12,345①, 678*) and 注 lines.
Keys as tables_nontemplate's: (row, column, value in base units, year, unit).

usage: .venv/bin/python -m govpipeline_tests.tables_nontemplate_c   (needs soffice)
"""
from __future__ import annotations

from govpipeline_tests.report_files import Report, Table, to_docx
from govpipeline_tests.tables_nontemplate import _cell, _converted, _crawled, _xlsx, write


def _execution(items: list[str], seed: int) -> list[list[str]]:
    """项目, 上年决算数, 预算数, 执行数, 执行数为预算% (one decimal), amounts in 万元; the total last."""
    rows = []
    for k, name in enumerate(items):
        budget = ((k + 5) * 3571 * seed) % 60000 + 3000
        done = round(budget * (0.78 + ((k * 11 + seed) % 35) / 100))
        last = round(done * (0.9 + ((k + seed) % 20) / 100))
        rows.append([name, last, budget, done])
    rows.append(["合计", *(sum(r[j] for r in rows) for j in (1, 2, 3))])
    return [[n, f"{a:,}", f"{b:,}", f"{d:,}", f"{d / b * 100:.1f}"] for n, a, b, d in rows]


def c01_one_line() -> tuple[bytes, dict]:
    """项目 | 2022年决算数 | 2023年 (预算数 执行数) | 执行数为预算%, crawled: 项目 2022年决算数 2023年 执行数为预算% 预算数
    执行数 (merged-down cells once, in the first row)."""
    rows = _execution(["一般公共服务支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
                       "社会保障和就业支出", "卫生健康支出", "农林水支出"], 7)
    head = [["项目", "2022年决算数", "2023年", "2023年", "执行数为预算%"], ["项目", "2022年决算数", "预算数", "执行数", "执行数为预算%"]]
    rep = Report(["#关于鄱阳县2023年财政预算执行情况的报告", "鄱阳县财政局 2024年1月9日", "附表2 2023年一般公共预算支出执行情况",
                  "单位：万元", Table(head + rows, spans=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)],
                                    header_rows=2), "三、2024年预算草案"])
    cols = ["2022年决算数", "2023年 预算数", "2023年 执行数", "执行数为预算%"]
    cells = []
    for r in rows:
        cells += [_cell(r[0], cols[0], r[1], "万元", 2022), _cell(r[0], cols[1], r[2], "万元", 2023),
                  _cell(r[0], cols[2], r[3], "万元", 2023), _cell(r[0], cols[3], r[4], "%", 2023)]
    return _crawled(rep), {"cells": cells, "misprints": []}


def c02_one_line() -> tuple[bytes, dict]:
    """项目 | 2024年预算数 (合计 基本支出 项目支出) | 2023年执行数, crawled: 项目 2024年预算数 2023年执行数 合计 基本支出
    项目支出."""
    names = ["人大事务", "政府办公厅（室）及相关机构事务", "发展与改革事务", "统计信息事务", "财政事务", "税收事务", "审计事务",
             "纪检监察事务"]
    rows = []
    for k, name in enumerate(names):
        basic = (k * 131 + 47) % 900 + 120
        project = (k * 277 + 13) % 1500
        rows.append([name, basic + project, basic, project, round((basic + project) * (0.8 + k % 5 / 10))])
    rows.append(["合计", *(sum(r[j] for r in rows) for j in (1, 2, 3, 4))])
    rows = [[n, *(f"{v:,}" for v in vs)] for n, *vs in rows]
    head = [["项目", "2024年预算数", "2024年预算数", "2024年预算数", "2023年执行数"],
            ["项目", "合计", "基本支出", "项目支出", "2023年执行数"]]
    grid = [[r[0], r[1], r[2], r[3], r[4]] for r in rows]
    rep = Report(["#新余市渝水区2024年部门预算公开说明", "渝水区财政局 2024年2月2日", "表5 一般公共服务支出预算表", "单位：万元",
                  Table(head + grid, spans=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4)], header_rows=2)])
    cells = []
    for r in rows:
        cells += [_cell(r[0], "2024年预算数 合计", r[1], "万元", 2024), _cell(r[0], "2024年预算数 基本支出", r[2], "万元", 2024),
                  _cell(r[0], "2024年预算数 项目支出", r[3], "万元", 2024), _cell(r[0], "2023年执行数", r[4], "万元", 2023)]
    return _crawled(rep), {"cells": cells, "misprints": []}


def c03_xlsx_pdf() -> tuple[bytes, dict]:
    """A wide sheet printed by LibreOffice: 项目 and eight amount columns too wide for one page, so columns A-D print
    on the first page and E-I on the second, without the labels."""
    cols = ["年初预算数", "调整预算数", "执行数", "上年执行数", "比上年增减额", "一般公共预算", "政府性基金", "其他资金"]
    names = ["一般公共服务支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "社会保障和就业支出", "卫生健康支出",
             "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出"]
    rows = []
    for k, name in enumerate(names):
        start = (k * 4409 + 811) % 50000 + 1000
        adjusted = start + (k * 97) % 3000
        done = adjusted - (k * 53) % 900
        last = done - 500 + (k * 71) % 1000
        fund = (k * 37) % 400
        other = (k * 19) % 300
        rows.append([name, start, adjusted, done, last, done - last, done - fund - other, fund, other])
    rows.append(["合计", *(sum(r[j] for r in rows) for j in range(1, 9))])
    grid = [["武功县2023年一般公共预算支出执行情况表"] + [""] * 8, [""] * 8 + ["单位：万元"], ["项目"] + cols] + \
        [[r[0], *(f"{v:,}" for v in r[1:])] for r in rows]
    data = _xlsx([("Sheet1", grid, [(0, 0, 0, 8)], {c: "#,##0" for c in range(1, 9)})])
    cells = [_cell(r[0], c, f"{v}", "万元", 2023) for r in rows for c, v in zip(cols, r[1:])]
    return _converted(data, "xlsx", "pdf"), {"cells": cells, "misprints": []}


def c04_doc() -> tuple[bytes, dict]:
    """A .doc LibreOffice wrote from a .docx: a fund budget table, two figures marked (① after one, * after
    another) and 注 lines under it explaining the marks."""
    items = [("国有土地使用权出让收入", 182_340, 201_115), ("城市基础设施配套费收入", 12_450, 10_998),
             ("污水处理费收入", 3_120, 3_388), ("彩票公益金收入", 860, 912), ("专项债券对应项目专项收入", 5_400, 4_710)]
    rows = [[n, f"{b:,}", f"{d:,}", f"{d / b * 100:.1f}"] for n, b, d in items]
    rows.append(["合计", f"{sum(b for _, b, _ in items):,}", f"{sum(d for _, _, d in items):,}",
                 f"{sum(d for _, _, d in items) / sum(b for _, b, _ in items) * 100:.1f}"])
    printed = [list(r) for r in rows]
    printed[0][2] += "①"
    printed[3][1] += "*"
    head = ["项目", "预算数", "执行数", "完成预算%"]
    rep = Report(["#关于兴化市2023年政府性基金预算执行情况的报告", "兴化市财政局 2024年1月18日", "表3 2023年政府性基金预算收入执行情况",
                  "单位：万元", Table([head] + printed), "注：1.①含上年结转使用的出让收入。", "2.*为调整后预算数。"])
    with_marks = to_docx(rep)
    cells = [_cell(r[0], c, v, "%" if c.endswith("%") else "万元", 2023) for r in rows for c, v in zip(head[1:], r[1:])]
    return _converted(with_marks, "docx", "doc"), {"cells": cells, "misprints": []}


BUILDERS_C = {"c01_poyang_zhichu_2023.txt": c01_one_line, "c02_yushui_bumen_2024.txt": c02_one_line,
              "c03_wugong_zhichu_2023.pdf": c03_xlsx_pdf, "c04_xinghua_jijin_2023.doc": c04_doc}

if __name__ == "__main__":
    write("tables_nontemplate_blind_c", BUILDERS_C)
