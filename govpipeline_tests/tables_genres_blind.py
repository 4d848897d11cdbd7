"""A blind set of tables of genres other than the disclosure template (fixtures/tables_genres_blind), written with
its key (fixtures/tables_genres_blind_key.json) before the code ran on it: statistical bulletins' indicator tables
(指标 单位 绝对数 比上年增长(%), indented and 其中： sub-rows, units in a column, in the header as 金额(元) or in the
caption as 单位：万元), budget and final-account tables (项目 预算数 调整预算数 决算数 完成预算% 比上年增长%), negative
changes printed -3.2, －3.2 and 下降3.2, tables continued over a page under 续表 with their header repeated, and 注：
lines after a table; as one-line crawled web pages with rowspan and colspan, text with tabs, a plain text file
whose columns are spaced, a PDF drawn column by column, a ruled PDF, and Word files with merged cells. Places and
figures are invented.

The key of each file: ``cells``, each (row label, column label, value in base units, year) — a row label without
its numbering, indentation or 其中：, a row of a group merged down its rows named ``group:row``, a column under a
header's group named ``group column``; ``misprints``, the (row, column) of each total printed wrong, which the total
check must pair with rows that do not add up to it (and no other total may be so paired).

Run as a script to write the files: .venv/bin/python -m govpipeline_tests.tables_genres_blind"""
from __future__ import annotations

import json
from pathlib import Path

from govpipeline_tests.report_files import Report, Table, to_docx, to_pdf
from govpipeline_tests.table_layouts import html_page, one_line
from govpipeline_tests.table_producers import column_order_pdf

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OUT = FIXTURES / "tables_genres_blind"


def _n(s: str) -> float:
    """A printed figure's value: 1,462.8, -3.2, －3.2 and 下降3.2."""
    s = s.replace(",", "").replace("－", "-")
    return -float(s[2:]) if s.startswith("下降") else float(s)


def _label(s: str) -> str:
    s = s.strip().strip("\u3000").removeprefix("其中：")
    return s.split("、", 1)[1] if s[:1] in "一二三四五六七八九十" and s[1:2] == "、" else s


def g01_html() -> tuple[bytes, dict]:
    """A bulletin crawled as one line of HTML: 指标 单位 绝对数 比上年增长(%) with indented and 其中： rows, a — cell,
    changes printed -3.2, －5.7 and 下降1.8, a 注： paragraph; then a table of products whose 类别 is merged down its
    rows (rowspan), units in a column."""
    t1 = [["指标", "单位", "绝对数", "比上年增长(%)"],
          ["地区生产总值", "亿元", "1,462.8", "5.4"],
          ["\u3000第一产业", "亿元", "118.6", "3.1"],
          ["\u3000第二产业", "亿元", "603.5", "6.2"],
          ["\u3000第三产业", "亿元", "740.7", "5.0"],
          ["一般公共预算收入", "万元", "912,436", "-3.2"],
          ["\u3000其中：税收收入", "万元", "608,215", "－5.7"],
          ["规模以上工业增加值", "亿元", "—", "7.3"],
          ["粮食产量", "万吨", "46.35", "下降1.8"],
          ["年末常住人口", "万人", "88.42", "-0.6"]]
    t2 = [["类别", "产品", "单位", "产量", "比上年增长(%)"],
          ["粮食", "稻谷", "万吨", "30.12", "-2.4"],
          ["粮食", "小麦", "万吨", "16.23", "0.9"],
          ["油料", "油菜籽", "吨", "8,436", "4.6"],
          ["肉类", "猪肉", "万吨", "5.87", "-6.1"],
          ["肉类", "禽肉", "吨", "9,214", "12.3"]]
    rep = Report(["#澄江县2024年国民经济和社会发展统计公报", "澄江县统计局 2025年3月18日",
                  "2024年，全县经济运行稳中有进。", "表1 2024年主要经济指标", Table(t1),
                  "注：1.地区生产总值绝对数按现价计算，增长速度按不变价格计算。2.部分数据因四舍五入，分项合计与总计略有差异。",
                  "表2 2024年主要农产品产量", Table(t2, spans=[(1, 0, 2, 0), (4, 0, 5, 0)]),
                  "全年农业生产保持稳定。"])
    # a ton is kept in its own unit: the base unit of 万吨 is 吨
    scale = {"亿元": 1e8, "万元": 1e4, "万吨": 1e4, "万人": 1e4, "吨": 1.0}
    cells = []
    for r in t1[1:]:
        if r[2] != "—":
            cells.append([_label(r[0]), "绝对数", _n(r[2]) * scale[r[1]], 2024])
        cells.append([_label(r[0]), "比上年增长(%)", _n(r[3]), 2024])
    for r in t2[1:]:
        cells += [[f"{r[0]}:{r[1]}", "产量", _n(r[3]) * scale[r[2]], 2024],
                  [f"{r[0]}:{r[1]}", "比上年增长(%)", _n(r[4]), 2024]]
    return html_page(rep, "澄江县2024年国民经济和社会发展统计公报").encode("utf-8"), {"cells": cells, "misprints": []}


_REVENUE = [["一、税收收入", "612,000", "598,000", "608,215", "101.7", "-5.7"],
            ["\u3000增值税", "245,000", "240,000", "243,118", "101.3", "-4.2"],
            ["\u3000企业所得税", "98,000", "94,000", "92,640", "98.6", "-9.8"],
            ["\u3000个人所得税", "31,000", "30,500", "31,207", "102.3", "3.5"],
            ["\u3000其他税收", "238,000", "233,500", "241,250", "103.3", "-5.1"],
            ["二、非税收入", "288,000", "301,000", "304,221", "101.1", "2.6"],
            ["收入合计", "900,000", "899,000", "912,436", "101.5", "-3.2"]]


def g02_docx() -> tuple[bytes, dict]:
    """A final account in Word: 单位：万元 in a paragraph above, a header over two rows (2024年 merged over 预算数,
    调整预算数 and 决算数; 项目 and the two percent columns merged down both rows), numbered rows with indented
    rows under the first, 收入合计 last."""
    rows = [["项目", "2024年", "2024年", "2024年", "决算数为调整预算数的%", "决算数比上年增长%"],
            ["项目", "预算数", "调整预算数", "决算数", "决算数为调整预算数的%", "决算数比上年增长%"], *_REVENUE]
    table = Table(rows, spans=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)], header_rows=2)
    rep = Report(["#关于临溪市2024年财政决算的报告", "临溪市财政局", "2025年7月20日",
                  "2024年全市一般公共预算收入决算情况如下。", "表1 临溪市2024年一般公共预算收入决算表", "单位：万元", table,
                  "注：本表收入按现行财政体制计算。"])
    cells = []
    for r in _REVENUE:
        label = _label(r[0])
        cells += [[label, "2024年 预算数", _n(r[1]) * 1e4, 2024], [label, "2024年 调整预算数", _n(r[2]) * 1e4, 2024],
                  [label, "2024年 决算数", _n(r[3]) * 1e4, 2024], [label, "决算数为调整预算数的%", _n(r[4]), 2024],
                  [label, "决算数比上年增长%", _n(r[5]), 2024]]
    return to_docx(rep), {"cells": cells, "misprints": []}


_SPENDING = [("一般公共服务支出", 58320, 61050), ("公共安全支出", 21406, 20980), ("教育支出", 96115, 99870),
             ("科学技术支出", 4218, 4050), ("社会保障和就业支出", 73502, 78210), ("卫生健康支出", 41087, 40260),
             ("农林水支出", 66930, 63520)]


def _growth(before: float, after: float, form: int) -> str:
    g = round((after - before) / before * 100, 1)
    if g >= 0:
        return f"{g:.1f}"
    return (f"-{-g:.1f}", f"－{-g:.1f}", f"下降{-g:.1f}")[form % 3]


def g03_text() -> tuple[bytes, dict]:
    """A budget table saved as text with tabs, 单位：万元 in the caption's line, continued over a page: a page number,
    续表 and the header printed again; 支出合计 last, then two 注： lines with figures in them."""
    header = "项目\t2024年执行数\t2025年预算数\t比上年增长%"
    lines = []
    rows = _SPENDING + [("支出合计", sum(r[1] for r in _SPENDING), sum(r[2] for r in _SPENDING))]
    printed = [(name, f"{a:,}", f"{b:,}", _growth(a, b, k)) for k, (name, a, b) in enumerate(rows)]
    for k, r in enumerate(printed):
        if k == 4:
            lines += ["- 3 -", "续表", header]
        lines.append("\t".join(r))
    text = ("白石县2025年一般公共预算支出预算\n白石县财政局\n2025年1月10日\n"
            "2025年全县一般公共预算支出预算安排如下。\n表2 白石县2025年一般公共预算支出预算表（单位：万元）\n"
            + header + "\n" + "\n".join(lines) + "\n注：1.2024年执行数为快报数，下同。\n2.比上年增长按2024年执行数计算，"
            "其中上级补助安排的支出12,300万元未列入。\n")
    cells = []
    for name, a, b, g in printed:
        cells += [[name, "2024年执行数", _n(a) * 1e4, 2024], [name, "2025年预算数", _n(b) * 1e4, 2025],
                  [name, "比上年增长%", _n(g), 2025]]
    return text.encode("utf-8"), {"cells": cells, "misprints": []}


def g04_pdf() -> tuple[bytes, dict]:
    """A bulletin as a PDF drawn column by column: units in the header (金额(元), 余额(亿元)), indented and 其中：
    rows, the first table split over two pages under its header printed again; 注： after it."""
    t1 = [["指标", "金额(元)", "比上年增长(%)"],
          ["全体居民人均可支配收入", "38,412", "5.1"],
          ["\u3000城镇居民人均可支配收入", "49,806", "4.3"],
          ["\u3000农村居民人均可支配收入", "24,135", "6.2"],
          ["全体居民人均消费支出", "25,903", "-1.4"],
          ["\u3000城镇居民人均消费支出", "31,270", "－2.3"],
          ["\u3000农村居民人均消费支出", "18,466", "0.8"]]
    t2 = [["指标", "余额(亿元)", "比上年增长(%)"],
          ["金融机构本外币各项存款余额", "2,315.6", "7.2"],
          ["\u3000其中：住户存款", "1,508.3", "9.8"],
          ["金融机构本外币各项贷款余额", "1,874.0", "-1.6"]]
    filler = "全年居民收入稳定增长，消费市场逐步恢复，城乡居民生活水平继续提高，各项民生保障政策落实有力。" * 2
    rep = Report(["#南浔市2024年国民经济和社会发展统计公报", "南浔市统计局", "2025年3月25日",
                  *[filler] * 16, "表5 2024年居民收入和消费支出", Table(t1),
                  "注：居民收入和消费支出数据来自城乡一体化住户抽样调查。", "表6 2024年末金融机构存贷款", Table(t2)])
    cells = []
    for r in t1[1:]:
        cells += [[_label(r[0]), "金额(元)", _n(r[1]), 2024], [_label(r[0]), "比上年增长(%)", _n(r[2]), 2024]]
    for r in t2[1:]:
        cells += [[_label(r[0]), "余额(亿元)", _n(r[1]) * 1e8, 2024], [_label(r[0]), "比上年增长(%)", _n(r[2]), 2024]]
    return column_order_pdf(rep, breaks={0: 4}), {"cells": cells, "misprints": []}


def g05_html() -> tuple[bytes, dict]:
    """A fund account crawled as one line of HTML: the title and 单位：万元 rows merged across the table (colspan),
    项目 预算数 调整预算数 决算数 完成调整预算%, 合计 last with its 决算数 misprinted (153,060 for 153,600)."""
    rows = [["2023年政府性基金预算收入决算表"] * 5, ["单位：万元"] * 5,
            ["项目", "预算数", "调整预算数", "决算数", "完成调整预算%"],
            ["国有土地使用权出让收入", "180,000", "150,000", "142,360", "94.9"],
            ["城市基础设施配套费收入", "6,500", "5,800", "6,012", "103.7"],
            ["污水处理费收入", "3,200", "3,200", "3,355", "104.8"],
            ["其他政府性基金收入", "1,300", "2,000", "1,873", "93.7"],
            ["合计", "191,000", "161,000", "153,060", "95.4"]]
    rep = Report(["#关于岚山区2023年政府性基金预算决算的说明", "岚山区财政局 2024年8月2日",
                  "2023年全区政府性基金预算收入决算153600万元。", Table(rows, spans=[(0, 0, 0, 4), (1, 0, 1, 4)]),
                  "注：完成调整预算%为决算数占调整预算数的百分比。"])
    cells = []
    for r in rows[3:]:
        cells += [[r[0], rows[2][j], _n(r[j]) * 1e4, 2023] for j in (1, 2, 3)]
        cells.append([r[0], "完成调整预算%", _n(r[4]), 2023])
    return html_page(rep, "关于岚山区2023年政府性基金预算决算的说明").encode("utf-8"), \
        {"cells": cells, "misprints": [["合计", "决算数"]]}


def g06_text() -> tuple[bytes, dict]:
    """A bulletin saved as plain text, its columns set apart by runs of spaces, indented and 其中： rows, a change
    printed 下降3.6, and a 注： line whose words are spaced."""
    rows = [("规模以上工业增加值", "亿元", "412.6", "398.1", "3.6"),
            ("  其中：国有控股企业", "亿元", "96.3", "101.5", "-5.1"),
            ("        民营企业", "亿元", "268.4", "251.0", "6.9"),
            ("工业用电量", "亿千瓦时", "38.72", "40.15", "下降3.6"),
            ("规模以上工业企业数", "个", "326", "331", "-1.5")]
    table = ["指标名称              单位        2024年      2023年     增减(%)"]
    table += [f"{a:<20}{b:<10}{c:>10}{d:>12}{e:>10}" for a, b, c, d, e in rows]
    text = ("云溪县2024年工业经济运行情况\n云溪县统计局\n2025年2月12日\n2024年，全县工业生产平稳运行。\n"
            "表1  规模以上工业主要指标\n" + "\n".join(table) + "\n注：1. 规模以上工业 统计范围为年主营业务收入 2000 万元"
            "及以上的 工业法人单位。\n下一步，全县将加快推进工业转型升级。\n")
    scale = {"亿元": 1e8, "亿千瓦时": 1e8, "个": 1.0}
    cells = []
    for a, b, c, d, e in rows:
        cells += [[_label(a), "2024年", _n(c) * scale[b], 2024], [_label(a), "2023年", _n(d) * scale[b], 2023],
                  [_label(a), "增减(%)", _n(e), 2024]]
    return text.encode("utf-8"), {"cells": cells, "misprints": []}


def g07_docx() -> tuple[bytes, dict]:
    """An account in Word continued by hand: 类 merged down its rows (vMerge), the table cut into two Word tables
    with 续表 between and the header copied; 合计 merged across 类 and 款; 单位：万元 in a paragraph above."""
    header = ["类", "款", "预算数", "决算数", "完成预算%"]
    first = [["教育支出", "普通教育", "62,000", "61,245", "98.8"], ["教育支出", "职业教育", "8,400", "8,112", "96.6"],
             ["卫生健康支出", "公立医院", "15,600", "15,930", "102.1"]]
    second = [["卫生健康支出", "基层医疗卫生机构", "9,800", "9,544", "97.4"],
              ["城乡社区支出", "城乡社区管理事务", "12,300", "11,876", "96.6"],
              ["城乡社区支出", "城乡社区环境卫生", "7,900", "8,035", "101.7"],
              ["合计", "合计", "116,000", "114,742", "98.9"]]
    rep = Report(["#关于枫林县2024年部分支出决算情况的报告", "枫林县财政局", "2025年6月30日",
                  "表3 枫林县2024年一般公共预算部分支出决算表", "单位：万元",
                  Table([header, *first], spans=[(1, 0, 2, 0)]), "续表",
                  Table([header, *second], spans=[(2, 0, 3, 0), (4, 0, 4, 1)]), "注：合计为上述项目之和。"])
    cells = []
    for r in first + second:
        label = r[0] if r[0] == "合计" else f"{r[0]}:{r[1]}"
        cells += [[label, "预算数", _n(r[2]) * 1e4, 2024], [label, "决算数", _n(r[3]) * 1e4, 2024],
                  [label, "完成预算%", _n(r[4]), 2024]]
    return to_docx(rep), {"cells": cells, "misprints": []}


def g08_pdf() -> tuple[bytes, dict]:
    """A bulletin as a ruled PDF: 单位：万人 in the caption, two sets of 其中： rows indented under their total, a
    column of changes in the table's unit (-0.84, －1.86), the table continued on the next page under 续表 and its
    header printed again."""
    header = ["指标", "年末数", "比上年增减"]
    first = [["年末常住人口", "152.36", "-0.84"], ["\u3000其中：城镇", "98.71", "1.02"],
             ["\u3000\u3000\u3000乡村", "53.65", "－1.86"], ["\u3000其中：男性", "77.90", "-0.41"],
             ["\u3000\u3000\u3000女性", "74.46", "-0.43"]]
    second = [["\u3000其中：0-15岁", "24.18", "-0.72"], ["\u3000\u3000\u300016-59岁", "93.05", "-0.95"],
              ["\u3000\u3000\u300060岁及以上", "35.13", "0.83"]]
    rep = Report(["#丹桥市2024年人口发展统计公报", "丹桥市统计局 2025年4月8日", "2024年末全市常住人口152.36万人。",
                  "表1 2024年末常住人口及其构成（单位：万人）", Table([header, *first]), None, "续表",
                  Table([header, *second]), "注：常住人口为年末城乡一体化抽样调查推算数。"])
    cells = []
    for r in first + second:
        cells += [[_label(r[0]), "年末数", _n(r[1]) * 1e4, 2024], [_label(r[0]), "比上年增减", _n(r[2]) * 1e4, 2024]]
    return to_pdf(rep), {"cells": cells, "misprints": []}


BUILDERS = {"g01_chengjiang_gongbao_2024.html": g01_html, "g02_linxi_juesuan_2024.docx": g02_docx,
            "g03_baishi_yusuan_2025.txt": g03_text, "g04_nanxun_gongbao_2024.pdf": g04_pdf,
            "g05_lanshan_jijin_2023.html": g05_html, "g06_yunxi_gongye_2024.txt": g06_text,
            "g07_fenglin_juesuan_2024.docx": g07_docx, "g08_danqiao_renkou_2024.pdf": g08_pdf}




# ---------------------------------------------------------------------------------------------- held out
# written after the fixes of the set above, and committed before the code ran on it once
HELDOUT = FIXTURES / "tables_genres_heldout"


def h01_one_line() -> tuple[bytes, dict]:
    """A fund account crawled with its whole body on one line, cells a space apart: 单位：万元 before the header,
    项目 预算数 决算数 完成预算%, 合计 last."""
    rows = [["项目", "预算数", "决算数", "完成预算%"], ["专项债券安排支出", "52,000", "49,870", "95.9"],
            ["城乡社区支出", "31,400", "33,125", "105.5"], ["农林水支出", "6,200", "5,841", "94.2"],
            ["合计", "89,600", "88,836", "99.1"]]
    rep = Report(["#石坪县2023年政府性基金预算支出决算说明", "石坪县财政局 2024年7月9日", "2023年全县政府性基金预算支出情况如下。",
                  "单位：万元", Table(rows), "全县将进一步加强政府性基金预算管理。"])
    cells = [[r[0], rows[0][j], _n(r[j]) * 1e4, 2023] for r in rows[1:] for j in (1, 2)]
    cells += [[r[0], "完成预算%", _n(r[3]), 2023] for r in rows[1:]]
    return one_line(rep).encode("utf-8"), {"cells": cells, "misprints": []}


def h02_html() -> tuple[bytes, dict]:
    """A bulletin's table on a web page with a header over two rows (2024年 over 绝对数 and 比上年增长%, colspan; 指标
    and 单位 merged down, rowspan), changes printed −2.1 (a minus sign), －0.4 and 下降3.0."""
    rows = [["指标", "单位", "2024年", "2024年"], ["指标", "单位", "绝对数", "比上年增长%"],
            ["全社会固定资产投资", "亿元", "286.4", "−2.1"], ["其中：工业投资", "亿元", "97.2", "6.8"],
            ["房地产开发投资", "亿元", "41.5", "下降3.0"], ["社会消费品零售总额", "亿元", "512.8", "4.4"],
            ["进出口总额", "万美元", "84,316", "－0.4"]]
    rep = Report(["#鹤鸣市2024年国民经济和社会发展统计公报", "鹤鸣市统计局 2025年3月30日", "表4 2024年投资和消费主要指标",
                  Table(rows, spans=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)], header_rows=2), "注：进出口总额按美元计价。"])
    scale = {"亿元": 1e8, "万美元": 1e4}
    cells = []
    for r in rows[2:]:
        cells += [[_label(r[0]), "2024年 绝对数", _n(r[2].replace("−", "-")) * scale[r[1]], 2024],
                  [_label(r[0]), "2024年 比上年增长%", _n(r[3].replace("−", "-")), 2024]]
    return html_page(rep, "鹤鸣市2024年国民经济和社会发展统计公报").encode("utf-8"), {"cells": cells, "misprints": []}


def h03_pdf() -> tuple[bytes, dict]:
    """A bulletin's long table as a ruled PDF that runs over two pages, its header repeated by the producer (no
    续表): 指标 单位 产量 比上年增长(%), units in a column."""
    names = ["原煤", "发电量", "水泥", "钢材", "化肥", "饮料", "服装", "家具", "纸制品", "塑料制品", "汽车", "电子元件"]
    units = ["万吨", "亿千瓦时", "万吨", "万吨", "万吨", "万吨", "万件", "万件", "万吨", "万吨", "辆", "万只"]
    rows = [["指标", "单位", "产量", "比上年增长(%)"]]
    for k, (n, u) in enumerate(zip(names * 3, units * 3)):
        value = f"{(k * 37 % 90) + 10 + k / 10:.1f}"
        change = f"{(k * 13 % 21) - 9.5:.1f}"
        rows.append([f"{n}{'' if k < 12 else ('（一厂）' if k < 24 else '（二厂）')}", u, value, change])
    filler = "全年规模以上工业生产平稳，主要产品产量有增有减，新兴产品增势较好，传统产品结构继续优化调整。" * 2
    rep = Report(["#柳川市2024年国民经济和社会发展统计公报", "柳川市统计局", "2025年3月21日", *[filler] * 8,
                  "表2 2024年规模以上工业主要产品产量", Table(rows), "注：部分产品产量按新口径统计。"])
    scale = {"万吨": 1e4, "亿千瓦时": 1e8, "万件": 1e4, "辆": 1.0, "万只": 1e4}
    cells = []
    for r in rows[1:]:
        cells += [[r[0], "产量", _n(r[2]) * scale[r[1]], 2024], [r[0], "比上年增长(%)", _n(r[3]), 2024]]
    return to_pdf(rep), {"cells": cells, "misprints": []}


def h04_docx() -> tuple[bytes, dict]:
    """A budget in Word: the unit in the header (金额(亿元), 占比(%)), a 其中 row, 合计 merged across 序号 and 项目
    (gridSpan), a 注 paragraph after."""
    rows = [["序号", "项目", "金额(亿元)", "占比(%)"], ["1", "教育", "18.62", "31.4"], ["2", "社会保障和就业", "14.07", "23.7"],
            ["3", "卫生健康", "9.85", "16.6"], ["4", "城乡社区", "16.79", "28.3"], ["合计", "合计", "59.33", "100.0"]]
    rep = Report(["#关于岩溪市2025年民生支出预算安排的报告", "岩溪市财政局", "2025年1月18日", "表1 2025年民生支出预算",
                  Table(rows, spans=[(5, 0, 5, 1)]), "注：占比为占民生支出合计的比重。"])
    cells = [[r[1], "金额(亿元)", _n(r[2]) * 1e8, 2025] for r in rows[1:]]
    cells += [[r[1], "占比(%)", _n(r[3]), 2025] for r in rows[1:]]
    return to_docx(rep), {"cells": cells, "misprints": []}


def h05_text() -> tuple[bytes, dict]:
    """A revenue table as text with tabs: rows numbered as groups (一、 二、) with rows under them, 收入合计 misprinted
    (410,500 where the groups add up to 410,050), 比上年增长(%) with a minus sign (−), 单位 in the caption's line."""
    rows = [["一、税收收入", "286,300", "−1.8"], ["增值税", "120,400", "−3.5"], ["企业所得税", "58,900", "2.2"],
            ["其他各项税收", "107,000", "−1.9"], ["二、非税收入", "123,750", "9.4"], ["收入合计", "410,500", "1.3"]]
    text = ("青岚县2024年财政收入完成情况\n青岚县财政局\n2025年1月25日\n表1 2024年一般公共预算收入（单位：万元）\n"
            "项目\t完成数\t比上年增长(%)\n" + "\n".join("\t".join(r) for r in rows) + "\n注：增长按可比口径计算。\n")
    cells = []
    for r in rows:
        cells += [[_label(r[0]), "完成数", _n(r[1]) * 1e4, 2024], [_label(r[0]), "比上年增长(%)", _n(r[2].replace("−", "-")), 2024]]
    return text.encode("utf-8"), {"cells": cells, "misprints": [["收入合计", "完成数"]]}


def h06_pdf() -> tuple[bytes, dict]:
    """An account as a PDF drawn column by column and glyph by glyph, 单位：万元 in a line above, split over two pages
    under its header printed again, 决算数为预算数% and 比上年增减% beside the amounts."""
    rows = [["项目", "预算数", "决算数", "决算数为预算数%", "比上年增减%"],
            ["工资福利支出", "3,420", "3,388", "99.1", "2.4"], ["商品和服务支出", "1,260", "1,104", "87.6", "-8.7"],
            ["对个人和家庭的补助", "860", "912", "106.0", "－1.5"], ["资本性支出", "540", "496", "91.9", "-12.0"],
            ["合计", "6,080", "5,900", "97.0", "-1.1"]]
    filler = "本部门严格执行预算，压减一般性支出，保障重点领域支出需要，预算执行总体平稳。" * 2
    rep = Report(["#市档案馆2024年度部门决算说明", "市档案馆", "2025年8月15日", *[filler] * 20,
                  "表1 2024年度支出决算表", "单位：万元", Table(rows), "注：资本性支出含设备购置。"])
    cells = [[r[0], rows[0][j], _n(r[j]) * 1e4, 2024] for r in rows[1:] for j in (1, 2)]
    cells += [[r[0], rows[0][j], _n(r[j]), 2024] for r in rows[1:] for j in (3, 4)]
    return column_order_pdf(rep, by_glyph=True, breaks={0: 3}), {"cells": cells, "misprints": []}


HELDOUT_BUILDERS = {"h01_shiping_jijin_2023.txt": h01_one_line, "h02_heming_gongbao_2024.html": h02_html,
                    "h03_liuchuan_gongbao_2024.pdf": h03_pdf, "h04_yanxi_minsheng_2025.docx": h04_docx,
                    "h05_qinglan_shouru_2024.txt": h05_text, "h06_danganguan_juesuan_2024.pdf": h06_pdf}


def write(folder: Path, builders: dict, key_name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    key = {}
    for name, build in builders.items():
        data, answer = build()
        (folder / name).write_bytes(data)
        key[name] = answer
    (FIXTURES / key_name).write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    write(OUT, BUILDERS, "tables_genres_blind_key.json")
    write(HELDOUT, HELDOUT_BUILDERS, "tables_genres_heldout_key.json")


if __name__ == "__main__":
    main()
