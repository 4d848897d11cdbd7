"""Blind and held-out sets of tables that are not the 2019 template (fixtures/tables_nontemplate_blind and
tables_nontemplate_heldout, each with its key <set>_key.json), written with their keys before the code ran on them:
statistical bulletins' tables (主要工业产品产量及其增长速度 产品名称 单位 产量 比上年增长(%), 主要农产品产量, 各县（市、区）
生产总值; a negative change printed -3.2, −3.2 (U+2212) and －3.2; a — for no figure; 注： after a table; a table
continued on the next page under 续表 with its header again), the 2008-2018 disclosure reports' 政府信息公开情况统计表
(统计指标 单位 统计数, rows numbered 一、（一）1. and 其中：, units 条/件/次/个/人/万元 in a column) and budget tables of
预算执行 reports (项目 预算数 决算数 完成预算% 比上年增长%, 单位：万元 above the table). Each comes as a crawled page
with a whole table on one line (cells a space apart), an HTML page with rowspan and colspan, a .docx converted to
PDF by LibreOffice, and an .xlsx attachment. Places are real, figures invented.

The key of each file: ``cells``, each (row label, column label, value in base units, year, unit): a row label
without its numbering, indentation or 其中：, a row of a group merged down its rows ``group:row``, a column under a
header's group ``group column``; ``misprints`` (none here).

Run as a script to write the files (needs soffice): .venv/bin/python -m govpipeline_tests.tables_nontemplate"""
from __future__ import annotations

import io
import json
import re
import tempfile
from pathlib import Path

from govpipeline_tests.office_files import convert
from govpipeline_tests.report_files import Report, Table, to_docx
from govpipeline_tests.table_layouts import grid_rows, html_page, one_line

FIXTURES = Path(__file__).resolve().parent / "fixtures"
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[（(]\d+[）)])")
_MULT = {"万": 1e4, "亿": 1e8}


def _n(s: str) -> float:
    return float(s.replace(",", "").replace("−", "-").replace("－", "-"))


def _label(s: str) -> str:
    s = s.strip().strip("\u3000").removeprefix("其中：")
    return _NUMBERING.sub("", s)


def _unit(u: str) -> tuple[str, float]:
    """(base unit, scale) of a printed unit: 亿千瓦时 -> (千瓦时, 1e8), 万元 -> (元, 1e4), % -> (%, 1)."""
    if len(u) > 1 and u[0] in _MULT:
        return u[1:], _MULT[u[0]]
    return u, 1.0


def _cell(row: str, column: str, printed: str, unit: str, year: int) -> list:
    base, scale = _unit(unit)
    return [_label(row), column, round(_n(printed) * scale, 6), year, base]


def _pdf(rep: Report) -> bytes:
    """The report as a .docx converted to PDF by LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp, "report.docx")
        source.write_bytes(to_docx(rep))
        return convert(source, "pdf", Path(tmp)).read_bytes()


def _xlsx(sheets: list[tuple[str, list[list], list[tuple[int, int, int, int]], dict[int, str]]]) -> bytes:
    """Sheets of (name, rows, merges (r0, c0, r1, c1) from 0, number formats by column): a cell of a str that reads
    as a number is stored as the number, unless it is signed with − or －, which sheets keep as text."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows, merges, formats in sheets:
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None or v == "":
                    continue
                cell = sheet.cell(row=r + 1, column=c + 1)
                if isinstance(v, str) and re.fullmatch(r"-?[\d,]+(?:\.\d+)?", v):
                    v = float(v.replace(",", "")) if "." in v else int(v.replace(",", ""))
                cell.value = v
                if isinstance(v, (int, float)) and c in formats:
                    cell.number_format = formats[c]
        for c in range(max(len(row) for row in rows)):  # as wide as its longest text below the title, as set by hand
            longest = max((len(str(row[c])) for row in rows[1:] if c < len(row) and row[c] is not None), default=4)
            sheet.column_dimensions[chr(ord("A") + c)].width = min(50, 2.2 * longest + 2)
        for r0, c0, r1, c1 in merges:
            sheet.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ------------------------------------------------------------------------------------------- bulletins' tables
def _products(names: list[tuple[str, str]], seed: int) -> list[list[str]]:
    """Rows 产品名称 单位 产量 比上年增长(%): changes signed -, − and －, one product with no change printed (—)."""
    rows = []
    for k, (name, unit) in enumerate(names):
        v = (k * 37 + seed * 11) % 900 + 12 + ((k * 7 + seed) % 100) / 100
        value = f"{v:,.2f}" if unit.startswith(("万", "亿")) else f"{int(v * 97):,}"
        c = ((k * 13 + seed * 5) % 29) - 11 + ((k + seed) % 10) / 10
        sign = "-−－"[k % 3]
        change = "—" if k == 5 else (f"{sign}{-c:.1f}" if c < 0 else f"{c:.1f}")
        rows.append([name, unit, value, change])
    return rows


def _product_cells(rows: list[list[str]], year: int, produced: str = "产量", change: str = "比上年增长(%)",
                   label=lambda r: r[0]) -> list:
    cells = []
    for r in rows:
        cells.append(_cell(label(r), produced, r[2], r[1], year))
        if r[3] != "—":
            cells.append(_cell(label(r), change, r[3], "%", year))
    return cells


_GOODS = [("原煤", "万吨"), ("发电量", "亿千瓦时"), ("水泥", "万吨"), ("商品混凝土", "万立方米"), ("钢材", "万吨"),
          ("平板玻璃", "万重量箱"), ("化学农药原药", "吨"), ("中成药", "吨"), ("汽车", "辆"), ("家用电冰箱", "万台"),
          ("饲料", "万吨"), ("服装", "万件"), ("纸制品", "万吨"), ("塑料制品", "吨"), ("集成电路", "万块"),
          ("锂离子电池", "万只"), ("光伏电池", "万千瓦"), ("啤酒", "万千升"), ("卷烟", "亿支"), ("白酒", "千升")]
# units the key can state: a figure in a unit no reader knows (万重量箱, 万块, 千升) is still the figure printed
_COUNTIES_YC = ["袁州区", "樟树市", "丰城市", "高安市", "奉新县", "万载县", "上高县", "宜丰县", "靖安县", "铜鼓县"]


def _counties(names: list[str], seed: int) -> list[list[str]]:
    rows = []
    for k, name in enumerate(names):
        v = (k * 53 + seed * 17) % 600 + 80 + ((k * 3 + seed) % 10) / 10
        c = ((k * 7 + seed) % 13) - 3 + ((k + seed) % 10) / 10
        rows.append([name, f"{v:.1f}", f"−{-c:.1f}" if c < 0 else f"{c:.1f}"])
    total = sum(_n(r[1]) for r in rows)
    return [["全市", f"{total:.1f}", "5.6"]] + rows


def s01_one_line() -> tuple[bytes, dict]:
    """A bulletin crawled as one line: 表1 products (units in a column, signs -, −, －, a —), 注：, 表2 counties'
    生产总值 with 续表 and its header again halfway."""
    products = _products(_GOODS[:12], 1)
    counties = _counties(_COUNTIES_YC, 1)
    head2 = ["地区", "生产总值(亿元)", "比上年增长(%)"]
    rep = Report(["#宜春市2023年国民经济和社会发展统计公报", "宜春市统计局 2024年3月26日",
                  "2023年，全市工业生产平稳增长。", "表1 2023年主要工业产品产量及其增长速度",
                  Table([["产品名称", "单位", "产量", "比上年增长(%)"]] + products),
                  "注：1.表中数据为规模以上工业企业产量。2.“—”表示无可比数据。", "表2 2023年各县（市、区）地区生产总值",
                  Table([head2] + counties[:6]), "续表", Table([head2] + counties[6:]),
                  "注：全市生产总值不等于各县（市、区）之和，因统计口径不同。", "全年居民人均可支配收入稳步增长。"])
    cells = _product_cells(products, 2023)
    for r in counties:
        cells += [_cell(r[0], head2[1], r[1], "亿元", 2023), _cell(r[0], head2[2], r[2], "%", 2023)]
    return one_line(rep).encode("utf-8"), {"cells": cells, "misprints": []}


def _crops(seed: int) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """类别 产品 单位 产量 比上年增长(%): 类别 merged down its rows."""
    groups = [("粮食", [("稻谷", "万吨"), ("小麦", "万吨"), ("玉米", "万吨")]), ("油料", [("油菜籽", "吨"), ("花生", "吨")]),
              ("畜产品", [("猪肉", "万吨"), ("牛奶", "吨"), ("禽蛋", "万吨")]), ("水产品", [("淡水产品", "吨")])]
    rows, spans, k = [], [], 0
    for group, items in groups:
        first = len(rows) + 1
        for name, unit in items:
            v = (k * 41 + seed * 9) % 300 + 5 + ((k * 3 + seed) % 100) / 100
            value = f"{v:.2f}" if unit.startswith("万") else f"{int(v * 131):,}"
            c = ((k * 11 + seed * 3) % 17) - 6 + (k % 10) / 10
            rows.append([group, name, unit, value, f"-{-c:.1f}" if c < 0 else f"{c:.1f}"])
            k += 1
        if len(items) > 1:
            spans.append((first, 0, len(rows), 0))
    return rows, spans


def s02_html() -> tuple[bytes, dict]:
    """A bulletin's page: 主要农产品产量 with 类别 merged down its rows (rowspan) under a two-row header whose 2023年
    spans 产量 and 比上年增长(%) (colspan), then 各县（市、区）生产总值 as two tables, the second under 续表."""
    crops, spans = _crops(2)
    head = [["类别", "产品", "单位", "2023年", "2023年"], ["类别", "产品", "单位", "产量", "比上年增长(%)"]]
    counties = _counties(["柯城区", "衢江区", "江山市", "常山县", "开化县", "龙游县"], 2)
    head2 = ["地区", "生产总值(亿元)", "比上年增长(%)"]
    rep = Report(["#衢州市2023年国民经济和社会发展统计公报", "衢州市统计局 2024年3月20日", "表3 2023年主要农产品产量",
                  Table(head + crops, spans=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
                        + [(r0 + 1, c0, r1 + 1, c1) for r0, c0, r1, c1 in spans], header_rows=2),
                  "注：畜产品产量为全年出栏口径。", "表4 2023年各县（市、区）地区生产总值", Table([head2] + counties[:4]),
                  "续表", Table([head2] + counties[4:]), "全年经济运行总体平稳。"])
    cells = []
    for r in crops:
        name = f"{r[0]}:{r[1]}"
        cells += [_cell(name, "2023年 产量", r[3], r[2], 2023), _cell(name, "2023年 比上年增长(%)", r[4], "%", 2023)]
    for r in counties:
        cells += [_cell(r[0], head2[1], r[1], "亿元", 2023), _cell(r[0], head2[2], r[2], "%", 2023)]
    return html_page(rep, "衢州市2023年国民经济和社会发展统计公报").encode("utf-8"), {"cells": cells, "misprints": []}


def s03_pdf() -> tuple[bytes, dict]:
    """A bulletin as LibreOffice prints a .docx: a long products table over two pages, the second part under 续表 with
    its header again, 注： after it."""
    products = _products(_GOODS, 3)
    head = ["产品名称", "单位", "产量", "比上年增长(%)"]
    filler = "全年规模以上工业增加值比上年增长5.1%，工业经济运行总体平稳，新动能持续壮大，重点产业链稳步发展。"
    rep = Report(["#临沂市2023年国民经济和社会发展统计公报", "临沂市统计局", "2024年3月15日", *[filler] * 14,
                  "表5 2023年主要工业产品产量及其增长速度", Table([head] + products[:11]), None, "续表",
                  Table([head] + products[11:]), "注：汽车产量含改装车。"])
    return _pdf(rep), {"cells": _product_cells(products, 2023), "misprints": []}


def s04_xlsx() -> tuple[bytes, dict]:
    """An .xlsx attachment of counties' indicators: a title and a 单位 row merged across, a two-row header
    (地区生产总值 over 绝对数(亿元) and 比上年增长(%)), changes as numbers and as text signed −, a 注 row."""
    names = ["红花岗区", "汇川区", "播州区", "桐梓县", "绥阳县", "正安县", "道真县", "务川县", "凤冈县", "湄潭县",
             "余庆县", "习水县", "赤水市", "仁怀市"]
    rows = [["2023年各县（市、区）主要经济指标"] + [""] * 4, ["地区", "地区生产总值", "", "一般公共预算收入", ""],
            ["地区", "绝对数(亿元)", "比上年增长(%)", "绝对数(万元)", "比上年增长(%)"]]
    cells = []
    for k, name in enumerate(names):
        gdp = f"{(k * 61) % 500 + 120 + k / 10:.1f}"
        g1 = ((k * 5) % 11) - 2.3
        rev = f"{(k * 7919) % 90000 + 30000}"
        g2 = ((k * 7) % 19) - 8.6
        g1s = f"{g1:.1f}"
        g2s = f"−{-g2:.1f}" if g2 < 0 and k % 2 else f"{g2:.1f}"
        rows.append([name, gdp, g1s, rev, g2s])
        cells += [_cell(name, "地区生产总值 绝对数(亿元)", gdp, "亿元", 2023),
                  _cell(name, "地区生产总值 比上年增长(%)", g1s, "%", 2023),
                  _cell(name, "一般公共预算收入 绝对数(万元)", rev, "万元", 2023),
                  _cell(name, "一般公共预算收入 比上年增长(%)", g2s, "%", 2023)]
    rows.append(["注：地区生产总值增长速度按可比价格计算。"] + [""] * 4)
    end = len(rows) - 1
    merges = [(0, 0, 0, 4), (1, 0, 2, 0), (1, 1, 1, 2), (1, 3, 1, 4), (end, 0, end, 4)]
    data = _xlsx([("主要指标", rows, merges, {1: "0.0", 2: "0.0", 3: "#,##0", 4: "0.0"})])
    return data, {"cells": cells, "misprints": []}


# --------------------------------------------------------------------- disclosure reports of 2008-2018
def _disclosure(seed: int) -> list[list[str]]:
    """统计指标 单位 统计数 of the national form of 2016-2018 (rows numbered 一、（一）1. and 其中：), figures that add
    up: received = by channel; answered = by outcome."""
    s = seed
    channels = [3 + s, s % 3, 20 + 3 * s, 2 + s % 4]
    outcomes = [8 + s, 6 + s % 5, 1, 2 + s % 3, 1 + s % 2, 0]
    received = sum(channels)
    outcomes[-1] = received - sum(outcomes[:-1])
    rows = [["一、主动公开情况", "", ""], ["（一）主动公开政府信息数", "条", f"{1200 + 37 * s:,}"],
            ["其中：主动公开规范性文件数", "条", str(30 + s)], ["制发规范性文件总数", "件", str(33 + s)],
            ["（二）通过不同渠道和方式公开政府信息的情况", "", ""], ["1.政府公报公开政府信息数", "条", str(40 + s)],
            ["2.政府网站公开政府信息数", "条", f"{1010 + 29 * s:,}"], ["3.政务微博公开政府信息数", "条", str(300 + 7 * s)],
            ["4.政务微信公开政府信息数", "条", str(410 + 5 * s)], ["5.其他方式公开政府信息数", "条", str(90 + s)],
            ["二、回应解读情况", "", ""], ["（一）回应公众关注热点或重大舆情数", "次", str(10 + s)],
            ["（二）通过不同渠道和方式回应解读的情况", "", ""], ["1.参加或举办新闻发布会总次数", "次", str(5 + s % 4)],
            ["其中：主要负责同志参加新闻发布会次数", "次", str(2 + s % 2)], ["2.政府网站在线访谈次数", "次", str(3 + s % 5)],
            ["其中：主要负责同志参加政府网站在线访谈次数", "次", str(1 + s % 2)], ["3.政策解读稿件发布数", "篇", str(20 + s)],
            ["三、依申请公开情况", "", ""], ["（一）收到申请数", "件", str(received)],
            ["1.当面申请数", "件", str(channels[0])], ["2.传真申请数", "件", str(channels[1])],
            ["3.网络申请数", "件", str(channels[2])], ["4.信函申请数", "件", str(channels[3])],
            ["（二）申请办结数", "件", str(received)], ["1.按时办结数", "件", str(received)], ["2.延期办结数", "件", "0"],
            ["（三）申请答复数", "件", str(received)], ["1.属于已主动公开范围数", "件", str(outcomes[0])],
            ["2.同意公开答复数", "件", str(outcomes[1])], ["3.同意部分公开答复数", "件", str(outcomes[2])],
            ["4.不同意公开答复数", "件", str(outcomes[3])], ["5.不属于本行政机关公开数", "件", str(outcomes[4])],
            ["6.申请信息不存在数", "件", str(outcomes[5])],
            ["四、行政复议数量", "件", str(1 + s % 3)], ["五、行政诉讼数量", "件", str(s % 2)],
            ["六、举报投诉数量", "件", "0"], ["七、依申请公开信息收取的费用", "万元", "0"],
            ["八、机构建设和保障经费情况", "", ""], ["1.政府信息公开工作专门机构数", "个", "1"],
            ["2.设置政府信息公开查阅点数", "个", str(3 + s % 4)], ["3.从事政府信息公开工作人员数", "人", str(4 + s % 3)],
            ["其中：专职人员数", "人", str(1 + s % 2)], ["4.政府信息公开专项经费", "万元", f"{2 + s % 5}.5"],
            ["九、政府信息公开会议和培训情况", "", ""], ["1.召开政府信息公开工作会议或专题会议数", "次", str(2 + s % 3)],
            ["2.举办各类培训班数", "次", str(3 + s % 4)], ["3.接受培训人员数", "人次", str(110 + 13 * s)]]
    return rows


def _disclosure_cells(rows: list[list[str]], year: int, column: str = "统计数") -> list:
    return [_cell(r[0], column, r[2], r[1], year) for r in rows if r[2]]


def d01_one_line() -> tuple[bytes, dict]:
    """A 2016 report crawled as one line, its 统计表 after the text."""
    rows = _disclosure(1)
    rep = Report(["#蒙自市人民政府2016年政府信息公开工作年度报告", "蒙自市人民政府办公室 2017年3月28日",
                  "本报告根据《中华人民共和国政府信息公开条例》要求编制。", "附表", "2016年度政府信息公开情况统计表",
                  Table([["统计指标", "单位", "统计数"]] + rows), "注：本表数据统计时限为2016年1月1日至12月31日。"])
    return one_line(rep).encode("utf-8"), {"cells": _disclosure_cells(rows, 2016), "misprints": []}


def d02_html() -> tuple[bytes, dict]:
    """A 2017 report's page: section rows (一、主动公开情况) merged across the table (colspan)."""
    rows = _disclosure(2)
    spans = [(r + 1, 0, r + 1, 2) for r, row in enumerate(rows) if not row[2] and not row[1]]
    grid = [["统计指标", "单位", "统计数"]] + [[row[0]] * 3 if not row[2] and not row[1] else row for row in rows]
    rep = Report(["#昭平县2017年政府信息公开工作年度报告", "昭平县人民政府办公室", "2018年3月20日",
                  "现将本县2017年政府信息公开工作情况报告如下。", "2017年度政府信息公开情况统计表",
                  Table(grid, spans=spans)])
    return html_page(rep, "昭平县2017年政府信息公开工作年度报告").encode("utf-8"), \
        {"cells": _disclosure_cells(rows, 2017), "misprints": []}


def d03_pdf() -> tuple[bytes, dict]:
    """A 2018 report of a department as LibreOffice prints its .docx: the 统计表 runs over a page."""
    rows = _disclosure(3)
    filler = "本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。"
    rep = Report(["#乐山市交通运输局2018年政府信息公开工作年度报告", "乐山市交通运输局", "2019年3月25日", *[filler] * 10,
                  "2018年度政府信息公开情况统计表", Table([["统计指标", "单位", "统计数"]] + rows)])
    return _pdf(rep), {"cells": _disclosure_cells(rows, 2018), "misprints": []}


def d04_xlsx() -> tuple[bytes, dict]:
    """A 2017 统计表 as an .xlsx attachment: a title row merged across, the figures as numbers."""
    rows = _disclosure(4)
    grid = [["2017年度政府信息公开情况统计表", "", ""], ["填报单位：荥阳市人民政府", "", ""],
            ["统计指标", "单位", "统计数"]] + rows
    data = _xlsx([("统计表", grid, [(0, 0, 0, 2), (1, 0, 1, 2)], {})])
    return data, {"cells": _disclosure_cells(rows, 2017), "misprints": []}


# ------------------------------------------------------------------------------------------- budget tables
def _budget(items: list[tuple[str, list[str]]], seed: int, total: str) -> list[list[str]]:
    """项目 预算数 决算数 完成预算% 比上年增长%: groups (一、…) over items, the total last; amounts in 万元, changes
    signed -, − and －."""
    rows, sums = [], [0, 0]
    for g, (group, names) in enumerate(items):
        parts = []
        for k, name in enumerate(names):
            budget = ((k + 3) * 7919 * (seed + g + 1)) % 90000 + 2000
            done = budget * (0.82 + ((k * 7 + seed) % 30) / 100)
            parts.append([f"\u3000{name}", budget, round(done)])
        b, d = sum(p[1] for p in parts), sum(p[2] for p in parts)
        rows.append([group, b, d])
        rows += parts
        sums[0] += b
        sums[1] += d
    rows.append([total, *sums])
    out = []
    for k, (name, b, d) in enumerate(rows):
        change = ((k * 17 + seed * 3) % 41) - 14 + ((k + seed) % 10) / 10
        sign = "-−－"[k % 3]
        out.append([name, f"{b:,}", f"{d:,}", f"{d / b * 100:.1f}", f"{sign}{-change:.1f}" if change < 0 else
                    f"{change:.1f}"])
    return out


_REVENUE = [("一、税收收入", ["增值税", "企业所得税", "个人所得税", "城市维护建设税", "房产税", "印花税", "城镇土地使用税",
                           "土地增值税", "契税"]),
            ("二、非税收入", ["专项收入", "行政事业性收费收入", "罚没收入", "国有资源（资产）有偿使用收入"])]
_SPENDING = ["一、一般公共服务支出", "二、公共安全支出", "三、教育支出", "四、科学技术支出", "五、社会保障和就业支出",
             "六、卫生健康支出", "七、节能环保支出", "八、城乡社区支出", "九、农林水支出", "十、交通运输支出",
             "十一、住房保障支出", "十二、其他支出"]
_BUDGET_HEAD = ["项目", "预算数", "决算数", "完成预算%", "比上年增长%"]


def _spending(seed: int) -> list[list[str]]:
    """Spending by 类 (numbered 一、 to 十二、, no items under them) and its total last."""
    rows = []
    for k, name in enumerate(_SPENDING):
        budget = ((k + 2) * 6151 * seed) % 80000 + 5000
        done = round(budget * (0.85 + ((k * 5 + seed) % 25) / 100))
        rows.append([name, budget, done])
    total = ["一般公共预算支出合计", sum(r[1] for r in rows), sum(r[2] for r in rows)]
    out = []
    for k, (name, b, d) in enumerate(rows + [total]):
        change = ((k * 19 + seed) % 37) - 12 + (k % 10) / 10
        out.append([name, f"{b:,}", f"{d:,}", f"{d / b * 100:.1f}", f"{'-−'[k % 2]}{-change:.1f}" if change < 0 else
                    f"{change:.1f}"])
    return out


def _budget_cells(rows: list[list[str]], year: int, head: list[str]) -> list:
    cells = []
    for r in rows:
        cells += [_cell(r[0], head[1], r[1], "万元", year), _cell(r[0], head[2], r[2], "万元", year),
                  _cell(r[0], head[3], r[3], "%", year), _cell(r[0], head[4], r[4], "%", year)]
    return cells


def b01_one_line() -> tuple[bytes, dict]:
    """A 预算执行 report crawled as one line: its revenue table under 单位：万元."""
    rows = _budget(_REVENUE, 1, "一般公共预算收入合计")
    rep = Report(["#关于平度市2023年预算执行情况和2024年预算草案的报告", "平度市财政局局长 2024年1月8日",
                  "2023年，全市一般公共预算收入完成预算的98.6%。", "表1 2023年一般公共预算收入执行情况", "单位：万元",
                  Table([_BUDGET_HEAD] + rows), "注：完成预算%为决算数占预算数的百分比。", "二、2024年预算草案"])
    return one_line(rep).encode("utf-8"), {"cells": _budget_cells(rows, 2023, _BUDGET_HEAD), "misprints": []}


def b02_html() -> tuple[bytes, dict]:
    """A 预算执行 report's page: spending with a two-row header (2023年 over 预算数 and 决算数, colspan; 项目 merged
    down, rowspan), 单位：万元 in a row merged across the table."""
    rows = _spending(2)
    head = [["单位：万元"] * 5, ["项目", "2023年", "2023年", "完成预算%", "比上年增长%"],
            ["项目", "预算数", "决算数", "完成预算%", "比上年增长%"]]
    rep = Report(["#关于德清县2023年预算执行情况的报告", "德清县财政局 2024年1月15日", "表2 2023年一般公共预算支出执行情况",
                  Table(head + rows, spans=[(0, 0, 0, 4), (1, 0, 2, 0), (1, 1, 1, 2), (1, 3, 2, 3), (1, 4, 2, 4)],
                        header_rows=3), "注：支出按功能分类科目列示。"])
    cols = ["项目", "2023年 预算数", "2023年 决算数", "完成预算%", "比上年增长%"]
    return html_page(rep, "关于德清县2023年预算执行情况的报告").encode("utf-8"), \
        {"cells": _budget_cells(rows, 2023, cols), "misprints": []}


def b03_pdf() -> tuple[bytes, dict]:
    """A 预算执行 report as LibreOffice prints its .docx: revenue over a page, 续表 with the header again."""
    rows = _budget(_REVENUE, 3, "一般公共预算收入合计")
    filler = "全县财政运行总体平稳，收入质量稳步提升，重点支出保障有力，“三保”支出足额落实。"
    rep = Report(["#关于荣昌区2023年预算执行情况的报告", "荣昌区财政局", "2024年1月10日", *[filler] * 20,
                  "表1 2023年一般公共预算收入执行情况", "单位：万元", Table([_BUDGET_HEAD] + rows[:9]), None,
                  "续表", Table([_BUDGET_HEAD] + rows[9:]), "注：非税收入含国有资源有偿使用收入。"])
    return _pdf(rep), {"cells": _budget_cells(rows, 2023, _BUDGET_HEAD), "misprints": []}


def b04_xlsx() -> tuple[bytes, dict]:
    """A budget attachment as .xlsx: title and 单位：万元 rows, amounts as numbers with separators shown, percents
    with one decimal, negative changes as numbers."""
    rows = _budget(_REVENUE, 4, "收入合计")
    grid = [["2023年一般公共预算收入执行情况表", "", "", "", ""], ["", "", "", "", "单位：万元"], _BUDGET_HEAD]
    grid += [[r[0], r[1], r[2], r[3], r[4].replace("−", "-").replace("－", "-")] for r in rows]
    data = _xlsx([("收入", grid, [(0, 0, 0, 4)], {1: "#,##0", 2: "#,##0", 3: "0.0", 4: "0.0"})])
    cells = _budget_cells(rows, 2023, _BUDGET_HEAD)
    return data, {"cells": cells, "misprints": []}


BUILDERS = {"s01_yichun_gongbao_2023.txt": s01_one_line, "s02_quzhou_gongbao_2023.html": s02_html,
            "s03_linyi_gongbao_2023.pdf": s03_pdf, "s04_zunyi_xianqu_2023.xlsx": s04_xlsx,
            "d01_mengzi_gongkai_2016.txt": d01_one_line, "d02_zhaoping_gongkai_2017.html": d02_html,
            "d03_leshan_jiaotong_2018.pdf": d03_pdf, "d04_xingyang_tongjibiao_2017.xlsx": d04_xlsx,
            "b01_pingdu_yusuan_2023.txt": b01_one_line, "b02_deqing_yusuan_2023.html": b02_html,
            "b03_rongchang_yusuan_2023.pdf": b03_pdf, "b04_yusuan_shouru_2023.xlsx": b04_xlsx}


# --------------------------------------------------------------------------------- held-out, other words
def h01_one_line() -> tuple[bytes, dict]:
    """Another bulletin crawled as one line: energy products under 指标名称 计量单位 本年 增减(%), 续表 halfway."""
    goods = [("原油加工量", "万吨"), ("天然气", "亿立方米"), ("火力发电量", "亿千瓦时"), ("水力发电量", "亿千瓦时"),
             ("焦炭", "万吨"), ("硫酸", "吨"), ("烧碱", "吨"), ("化肥", "万吨"), ("粗钢", "万吨"), ("铝材", "吨")]
    rows = _products(goods, 7)
    head = ["指标名称", "计量单位", "本年", "增减(%)"]
    rep = Report(["#榆林市2022年国民经济和社会发展统计公报", "榆林市统计局 2023年4月3日", "表2 2022年主要能源产品产量",
                  Table([head] + rows[:5]), "续表", Table([head] + rows[5:]), "注：“—”表示上年无该产品产量。",
                  "全年能源工业保持增长。"])
    return one_line(rep).encode("utf-8"), {"cells": _product_cells(rows, 2022, "本年", "增减(%)"), "misprints": []}


def h02_pdf() -> tuple[bytes, dict]:
    """A 2015 county report as LibreOffice prints its .docx, its 统计表 under 指标 单位 数量."""
    rows = _disclosure(6)
    rep = Report(["#富源县人民政府2015年政府信息公开工作年度报告", "富源县人民政府办公室", "2016年3月18日",
                  "一、概述", "本县认真贯彻落实政府信息公开各项工作部署。", "2015年政府信息公开情况统计表",
                  Table([["指标", "单位", "数量"]] + rows)])
    return _pdf(rep), {"cells": _disclosure_cells(rows, 2015, "数量"), "misprints": []}


def h03_html() -> tuple[bytes, dict]:
    """A fund budget's page: 项目 预算数 执行数 完成预算% 同比增长%, 单位 in the caption's brackets."""
    rows = _budget([("一、政府性基金收入", ["国有土地使用权出让收入", "城市基础设施配套费收入", "污水处理费收入"]),
                    ("二、上级补助收入", ["抗疫特别国债补助", "专项债务转贷收入"])], 8, "收入总计")
    head = ["项目", "预算数", "执行数", "完成预算%", "同比增长%"]
    rep = Report(["#关于泗洪县2022年政府性基金预算执行情况的报告", "泗洪县财政局 2023年1月12日",
                  "表3 2022年政府性基金预算收入执行情况（单位：万元）", Table([head] + rows)])
    return html_page(rep, "关于泗洪县2022年政府性基金预算执行情况的报告").encode("utf-8"), \
        {"cells": _budget_cells(rows, 2022, head), "misprints": []}


def h04_xlsx() -> tuple[bytes, dict]:
    """A bulletin's crops as .xlsx: 类别 merged down its rows, 产量 and 比上年增长(%)."""
    crops, spans = _crops(9)
    grid = [["2022年主要农产品产量", "", "", "", ""], ["类别", "产品", "单位", "产量", "比上年增长(%)"]] + crops
    merges = [(0, 0, 0, 4)] + [(r0 + 1, c0, r1 + 1, c1) for r0, c0, r1, c1 in spans]
    cells = []
    for r in crops:
        name = f"{r[0]}:{r[1]}"
        cells += [_cell(name, "产量", r[3], r[2], 2022), _cell(name, "比上年增长(%)", r[4], "%", 2022)]
    return _xlsx([("农业", grid, merges, {4: "0.0"})]), {"cells": cells, "misprints": []}


def h05_html() -> tuple[bytes, dict]:
    """A 2014 report's page: 统计指标 单位 统计数 with its section rows merged across."""
    rows = _disclosure(5)
    spans = [(r + 1, 0, r + 1, 2) for r, row in enumerate(rows) if not row[2] and not row[1]]
    grid = [["统计指标", "单位", "统计数"]] + [[row[0]] * 3 if not row[2] and not row[1] else row for row in rows]
    rep = Report(["#武穴市2014年政府信息公开工作年度报告", "武穴市人民政府办公室 2015年3月26日",
                  "附件：2014年政府信息公开情况统计表", Table(grid, spans=spans)])
    return html_page(rep, "武穴市2014年政府信息公开工作年度报告").encode("utf-8"), \
        {"cells": _disclosure_cells(rows, 2014), "misprints": []}


def h06_pdf() -> tuple[bytes, dict]:
    """A 预算执行 report as LibreOffice prints its .docx: spending, the total first."""
    rows = _spending(9)
    rows = rows[-1:] + rows[:-1]
    rep = Report(["#关于江油市2022年预算执行情况的报告", "江油市财政局", "2023年1月9日",
                  "表2 2022年一般公共预算支出执行情况", "单位：万元", Table([_BUDGET_HEAD] + rows)])
    return _pdf(rep), {"cells": _budget_cells(rows, 2022, _BUDGET_HEAD), "misprints": []}


HELDOUT = {"h01_yulin_gongbao_2022.txt": h01_one_line, "h02_fuyuan_gongkai_2015.pdf": h02_pdf,
           "h03_sihong_jijin_2022.html": h03_html, "h04_nongchanpin_2022.xlsx": h04_xlsx,
           "h05_wuxue_gongkai_2014.html": h05_html, "h06_jiangyou_yusuan_2022.pdf": h06_pdf}


# -------------------------------------------------- set B: forms set A left out (written after its fixes)
def _crawled(rep: Report) -> bytes:
    """A crawled page whose tables' rowspan cells print once, in their first row: the title, then the body on one
    line, cells a space apart."""
    body = []
    for block in rep.blocks:
        if isinstance(block, Table):
            body += [c for row in grid_rows(block) for c in row if c]
        elif isinstance(block, str):
            body.append(block.lstrip("#"))
    return (rep.blocks[0].lstrip("#") + "\n" + " ".join(body[1:]) + "\n").encode("utf-8")


def _converted(data: bytes, suffix: str, form: str) -> bytes:
    """A file (.xlsx, .docx) converted by LibreOffice to ``form`` (pdf, xls)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp, f"attachment.{suffix}")
        source.write_bytes(data)
        return convert(source, form, Path(tmp)).read_bytes()


def n01_one_line() -> tuple[bytes, dict]:
    """A bulletin's crops crawled onto one line from a table whose 类别 is merged down its rows: the group prints
    once, in its first row (粮食 稻谷 万吨 … 小麦 万吨 …)."""
    crops, spans = _crops(11)
    rep = Report(["#赣州市2023年国民经济和社会发展统计公报", "赣州市统计局 2024年3月29日", "表2 2023年主要农产品产量",
                  Table([["类别", "产品", "单位", "产量", "比上年增长(%)"]] + crops, spans=spans), "全年粮食生产再获丰收。"])
    cells = []
    for r in crops:
        cells += [_cell(f"{r[0]}:{r[1]}", "产量", r[3], r[2], 2023), _cell(f"{r[0]}:{r[1]}", "比上年增长(%)", r[4], "%", 2023)]
    return _crawled(rep), {"cells": cells, "misprints": []}


def n02_one_line() -> tuple[bytes, dict]:
    """A budget page crawled onto one line from a two-row header: 项目 2023年(预算数 决算数) 完成预算% 比上年增长%,
    项目 and the last two merged down, 2023年 across."""
    rows = _budget([("一、税收收入", ["增值税", "企业所得税", "个人所得税", "资源税", "城市维护建设税", "耕地占用税"]),
                    ("二、非税收入", ["专项收入", "罚没收入", "政府住房基金收入"])], 12, "合计")
    head = [["项目", "2023年", "2023年", "完成预算%", "比上年增长%"], ["项目", "预算数", "决算数", "完成预算%", "比上年增长%"]]
    rep = Report(["#关于曲靖市2023年财政预算执行情况的报告", "曲靖市财政局 2024年1月16日", "附表1 2023年一般公共预算收入执行情况",
                  "单位：万元", Table(head + rows, spans=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4)],
                                    header_rows=2), "二、2024年预算安排"])
    cols = ["项目", "2023年 预算数", "2023年 决算数", "完成预算%", "比上年增长%"]
    return _crawled(rep), {"cells": _budget_cells(rows, 2023, cols), "misprints": []}


def _sheet_budget(rows: list[list[str]], title: str, head: list[str]) -> list[list]:
    return [[title] + [""] * (len(head) - 1), [""] * (len(head) - 1) + ["单位：万元"], head] + [
        [r[0], *r[1:-1], r[-1].replace("−", "-").replace("－", "-")] for r in rows]


def n03_xlsx_pdf() -> tuple[bytes, dict]:
    """A budget sheet printed to PDF by LibreOffice, as 预算公开 tables are posted: title merged across, 单位：万元 at
    the right, figures with separators."""
    rows = _budget([("一、税收收入", ["增值税", "企业所得税", "个人所得税", "房产税", "契税"]),
                    ("二、非税收入", ["专项收入", "行政事业性收费收入", "国有资源（资产）有偿使用收入"])], 13, "收入合计")
    grid = _sheet_budget(rows, "东营区2023年一般公共预算收入执行情况表", _BUDGET_HEAD)
    data = _xlsx([("Sheet1", grid, [(0, 0, 0, 4)], {1: "#,##0", 2: "#,##0", 3: "0.0", 4: "0.0"})])
    return _converted(data, "xlsx", "pdf"), {"cells": _budget_cells(rows, 2023, _BUDGET_HEAD), "misprints": []}


def n04_xls() -> tuple[bytes, dict]:
    """Counties' figures as an .xls (Excel 97-2003) attachment: the total row 全市 last."""
    names = ["章贡区", "南康区", "赣县区", "信丰县", "大余县", "上犹县", "崇义县", "安远县"]
    rows = [["2023年各县（市、区）地区生产总值", "", ""], ["地区", "地区生产总值(亿元)", "比上年增长(%)"]]
    cells, total = [], 0.0
    for k, name in enumerate(names):
        gdp, g = f"{(k * 83) % 400 + 150 + k / 10:.1f}", f"{((k * 3) % 9) - 1.5:.1f}"
        total += _n(gdp)
        rows.append([name, gdp, g])
        cells += [_cell(name, "地区生产总值(亿元)", gdp, "亿元", 2023), _cell(name, "比上年增长(%)", g, "%", 2023)]
    rows.append(["全市", f"{total:.1f}", "4.9"])
    cells += [_cell("全市", "地区生产总值(亿元)", f"{total:.1f}", "亿元", 2023), _cell("全市", "比上年增长(%)", "4.9", "%", 2023)]
    data = _xlsx([("GDP", rows, [(0, 0, 0, 2)], {1: "0.0", 2: "0.0"})])
    return _converted(data, "xlsx", "xls"), {"cells": cells, "misprints": []}


def _disclosure_2010(seed: int) -> list[list[str]]:
    """指标名称 计量单位 本年度 历年累计 of the forms of 2008-2012: group rows across, items numbered 1、 and （1）."""
    s = seed
    return [["一、主动公开情况", "", "", ""], ["主动公开政府信息数", "条", f"{900 + 31 * s}", f"{6100 + 211 * s}"],
            ["其中：（1）政府网站公开数", "条", f"{820 + 29 * s}", f"{5400 + 190 * s}"],
            ["（2）政府公报公开数", "条", f"{60 + s}", f"{610 + 9 * s}"],
            ["二、依申请公开情况", "", "", ""], ["收到申请数", "件", f"{20 + s}", f"{140 + 7 * s}"],
            ["其中：1、当面申请数", "件", f"{4 + s % 3}", f"{40 + s}"], ["2、网络申请数", "件", f"{16 + s - s % 3}", f"{100 + 6 * s}"],
            ["对申请的答复数", "件", f"{20 + s}", f"{140 + 7 * s}"], ["其中：同意公开数", "件", f"{15 + s % 4}", f"{101 + 5 * s}"],
            ["三、行政复议和诉讼情况", "", "", ""], ["行政复议数", "件", "1", f"{3 + s % 2}"],
            ["行政诉讼数", "件", "0", f"{1 + s % 2}"], ["四、收费情况", "", "", ""],
            ["依申请提供信息收费", "元", "0", f"{120 * s}"]]


def _cells_2010(rows: list[list[str]], year: int, cols: list[str]) -> list:
    return [_cell(r[0], cols[j], r[1 + j], r[1], year) for r in rows if r[2] for j in (1, 2)]


def n05_pdf() -> tuple[bytes, dict]:
    """A 2010 report as LibreOffice prints its .docx: 指标名称 计量单位 2010年度 历年累计, group rows merged across."""
    rows = _disclosure_2010(3)
    grid = [["指标名称", "计量单位", "2010年度", "历年累计"]] + [[r[0]] * 4 if not r[1] else r for r in rows]
    spans = [(k + 1, 0, k + 1, 3) for k, r in enumerate(rows) if not r[1]]
    rep = Report(["#都匀市人民政府2010年政府信息公开工作年度报告", "都匀市人民政府办公室", "2011年3月15日",
                  "现将2010年政府信息公开工作情况报告如下。", "附件：2010年政府信息公开情况统计表", Table(grid, spans=spans)])
    return _pdf(rep), {"cells": _cells_2010(rows, 2010, ["指标名称", "2010年度", "历年累计"]), "misprints": []}


def n06_html() -> tuple[bytes, dict]:
    """A 预算执行 page: the total first, items indented with &nbsp;, a new item with no budget (— in 预算数 and
    完成预算%)."""
    rows = _spending(14)
    rows = rows[-1:] + rows[:-1]
    rows.insert(7, ["\u00a0\u00a0\u00a0\u00a0其中：疫情防控支出", "—", "3,120", "—", "—"])
    rep = Report(["#关于宁乡市2023年预算执行情况的报告", "宁乡市财政局 2024年1月11日", "表4 2023年一般公共预算支出执行情况",
                  "单位：万元", Table([_BUDGET_HEAD] + rows), "注：疫情防控支出为年中新增项目，年初未列预算。"])
    cells = _budget_cells([r for r in rows if r[1] != "—"], 2023, _BUDGET_HEAD)
    cells.append(_cell("疫情防控支出", "决算数", "3,120", "万元", 2023))
    return html_page(rep, "关于宁乡市2023年预算执行情况的报告").encode("utf-8"), {"cells": cells, "misprints": []}


def n07_xlsx() -> tuple[bytes, dict]:
    """A budget sheet whose 完成预算% and 比上年增长% are percent-formatted numbers (0.986 shown 98.6%)."""
    rows = _budget([("一、税收收入", ["增值税", "企业所得税", "个人所得税", "契税"]), ("二、非税收入", ["专项收入", "罚没收入"])],
                   15, "一般公共预算收入合计")
    grid = _sheet_budget(rows, "2023年一般公共预算收入执行表", _BUDGET_HEAD)
    for row in grid[3:]:
        row[3] = round(_n(row[3]) / 100, 3)
        row[4] = round(_n(row[4]) / 100, 3)
    data = _xlsx([("收入", grid, [(0, 0, 0, 4)], {1: "#,##0", 2: "#,##0", 3: "0.0%", 4: "0.0%"})])
    return data, {"cells": _budget_cells(rows, 2023, _BUDGET_HEAD), "misprints": []}


def n08_pdf() -> tuple[bytes, dict]:
    """A bulletin as LibreOffice prints its .docx: the products table breaks over a page and goes on under 续表
    without its header."""
    goods = [("原盐", "万吨"), ("纯碱", "万吨"), ("化学纤维", "万吨"), ("轮胎外胎", "万条"), ("工业机器人", "套"),
             ("新能源汽车", "辆"), ("太阳能电池", "万千瓦"), ("手机", "万台"), ("微型计算机", "万台"), ("液晶显示屏", "万片"),
             ("发电机组", "万千瓦"), ("铁矿石原矿", "万吨"), ("十种有色金属", "万吨"), ("日用陶瓷", "万件")]
    rows = _products(goods, 16)
    head = ["产品名称", "单位", "产量", "比上年增长(%)"]
    filler = "全年规模以上工业增加值比上年增长6.2%。分经济类型看，国有控股企业增长3.1%，民营企业增长7.4%。"
    rep = Report(["#潍坊市2023年国民经济和社会发展统计公报", "潍坊市统计局", "2024年3月21日", *[filler] * 16,
                  "表3 2023年规模以上工业主要产品产量", Table([head] + rows[:7]), None, "续表", Table(rows[7:], header_rows=0),
                  "注：“—”表示上年无可比数据。"])
    return _pdf(rep), {"cells": _product_cells(rows, 2023), "misprints": []}


def n09_docx() -> tuple[bytes, dict]:
    """A 2017 department's report as a .docx: 统计表 with its group rows merged across (one cell, no tab)."""
    rows = _disclosure(9)
    spans = [(r + 1, 0, r + 1, 2) for r, row in enumerate(rows) if not row[2] and not row[1]]
    grid = [["统计指标", "单位", "统计数"]] + [[row[0]] * 3 if not row[2] and not row[1] else row for row in rows]
    rep = Report(["#泸州市住房和城乡建设局2017年政府信息公开工作年度报告", "泸州市住房和城乡建设局 2018年3月22日",
                  "一、概述", "本局认真落实政府信息公开各项要求。", "附表：2017年度政府信息公开情况统计表",
                  Table(grid, spans=spans)])
    return to_docx(rep), {"cells": _disclosure_cells(rows, 2017), "misprints": []}


def n10_one_line() -> tuple[bytes, dict]:
    """A 2011 report crawled onto one line: 指标名称 计量单位 2011年度 历年累计, group rows printed once."""
    rows = _disclosure_2010(10)
    grid = [["指标名称", "计量单位", "2011年度", "历年累计"]] + [[r[0]] * 4 if not r[1] else r for r in rows]
    spans = [(k + 1, 0, k + 1, 3) for k, r in enumerate(rows) if not r[1]]
    rep = Report(["#黎川县2011年政府信息公开工作年度报告", "黎川县人民政府办公室 2012年3月20日", "附表 政府信息公开情况统计表",
                  Table(grid, spans=spans), "注：历年累计自2008年5月1日起计。"])
    return _crawled(rep), {"cells": _cells_2010(rows, 2011, ["指标名称", "2011年度", "历年累计"]), "misprints": []}


BUILDERS_B = {"n01_ganzhou_nongchanpin_2023.txt": n01_one_line, "n02_qujing_yusuan_2023.txt": n02_one_line,
              "n03_dongying_shouru_2023.pdf": n03_xlsx_pdf, "n04_gdp_xianqu_2023.xls": n04_xls,
              "n05_duyun_gongkai_2010.pdf": n05_pdf, "n06_ningxiang_zhichu_2023.html": n06_html,
              "n07_shouru_2023.xlsx": n07_xlsx, "n08_weifang_gongbao_2023.pdf": n08_pdf,
              "n09_luzhou_zhujian_2017.docx": n09_docx, "n10_lichuan_gongkai_2011.txt": n10_one_line}


def k01_one_line() -> tuple[bytes, dict]:
    """Crops crawled onto one line, 类别 printed once (another city and year)."""
    crops, spans = _crops(21)
    rep = Report(["#绥化市2022年国民经济和社会发展统计公报", "绥化市统计局 2023年4月10日", "表3 2022年主要农产品产量及增长速度",
                  Table([["类别", "品种", "单位", "产量", "比上年增长(%)"]] + crops, spans=spans)])
    cells = []
    for r in crops:
        cells += [_cell(f"{r[0]}:{r[1]}", "产量", r[3], r[2], 2022), _cell(f"{r[0]}:{r[1]}", "比上年增长(%)", r[4], "%", 2022)]
    return _crawled(rep), {"cells": cells, "misprints": []}


def k02_xlsx_pdf() -> tuple[bytes, dict]:
    """A 2016 统计表 sheet printed to PDF by LibreOffice."""
    rows = _disclosure(22)
    grid = [["2016年度政府信息公开情况统计表", "", ""], ["统计指标", "单位", "统计数"]] + rows
    data = _xlsx([("统计表", grid, [(0, 0, 0, 2)], {})])
    return _converted(data, "xlsx", "pdf"), {"cells": _disclosure_cells(rows, 2016), "misprints": []}


def k03_xls() -> tuple[bytes, dict]:
    """Spending as an .xls attachment, the total last."""
    rows = _spending(23)
    grid = _sheet_budget(rows, "2022年一般公共预算支出执行情况表", _BUDGET_HEAD)
    data = _xlsx([("支出", grid, [(0, 0, 0, 4)], {1: "#,##0", 2: "#,##0", 3: "0.0", 4: "0.0"})])
    return _converted(data, "xlsx", "xls"), {"cells": _budget_cells(rows, 2022, _BUDGET_HEAD), "misprints": []}


def k04_docx() -> tuple[bytes, dict]:
    """A budget report as a .docx: 项目 2023年(预算数 执行数) 完成预算% 同比增长%, a two-row header."""
    rows = _budget([("一、税收收入", ["增值税", "企业所得税", "印花税"]), ("二、非税收入", ["专项收入", "罚没收入"])], 24, "合计")
    head = [["项目", "2023年", "2023年", "完成预算%", "同比增长%"], ["项目", "预算数", "执行数", "完成预算%", "同比增长%"]]
    rep = Report(["#关于弥勒市2023年预算执行情况的报告", "弥勒市财政局 2024年1月12日", "单位：万元",
                  Table(head + rows, spans=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4)], header_rows=2)])
    cols = ["项目", "2023年 预算数", "2023年 执行数", "完成预算%", "同比增长%"]
    return to_docx(rep), {"cells": _budget_cells(rows, 2023, cols), "misprints": []}


def k05_html() -> tuple[bytes, dict]:
    """A 2013 report's page: 指标名称 计量单位 2013年度 历年累计, group rows merged across."""
    rows = _disclosure_2010(25)
    grid = [["指标名称", "计量单位", "2013年度", "历年累计"]] + [[r[0]] * 4 if not r[1] else r for r in rows]
    spans = [(k + 1, 0, k + 1, 3) for k, r in enumerate(rows) if not r[1]]
    rep = Report(["#汨罗市2013年政府信息公开工作年度报告", "汨罗市人民政府办公室 2014年3月25日", Table(grid, spans=spans)])
    return html_page(rep, "汨罗市2013年政府信息公开工作年度报告").encode("utf-8"), \
        {"cells": _cells_2010(rows, 2013, ["指标名称", "2013年度", "历年累计"]), "misprints": []}


HELDOUT_B = {"k01_suihua_nongchanpin_2022.txt": k01_one_line, "k02_tongjibiao_2016.pdf": k02_xlsx_pdf,
             "k03_zhichu_2022.xls": k03_xls, "k04_mile_yusuan_2023.docx": k04_docx,
             "k05_miluo_gongkai_2013.html": k05_html}


def write(folder: str, builders: dict) -> None:
    out = FIXTURES / folder
    out.mkdir(parents=True, exist_ok=True)
    key = {}
    for name, build in builders.items():
        data, key[name] = build()
        (out / name).write_bytes(data)
    (FIXTURES / f"{folder}_key.json").write_text(json.dumps(key, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    import sys

    sets = {"tables_nontemplate_blind": BUILDERS, "tables_nontemplate_heldout": HELDOUT,
            "tables_nontemplate_blind_b": BUILDERS_B, "tables_nontemplate_heldout_b": HELDOUT_B}
    for folder in sys.argv[1:] or sets:
        write(folder, sets[folder])
