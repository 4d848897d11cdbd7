"""A blind set of tables other than the annual report's template (fixtures/tables_other_blind), written with its key
(fixtures/tables_other_blind_key.json: row label, column label, value in base units, year) before the code ran on
it: per-department tables of 政务服务 and 12345 reports with a header over two rows, a bulletin's indicator table with
a 单位 column, a 12345 table whose groups are merged down their rows, a 好差评 ranking and a website check's 通报,
one-line pages with years under groups, blank and — cells and a misprinted total. Figures are invented.

Run as a script to write the files: .venv/bin/python -m govpipeline_tests.tables_other_blind"""
from __future__ import annotations

import json
from pathlib import Path

from govpipeline_tests.report_files import Report, Table, to_docx, to_pdf

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OUT = FIXTURES / "tables_other_blind"


def _n(s: str) -> float:
    return float(s.replace(",", ""))


def b01_docx() -> tuple[bytes, list]:
    """A 政务服务 summary's windows in Word: 受理件数 and 办结件数 each merged over 2024年 and 2023年, 窗口 merged
    down both header rows; 合计 last."""
    rows = [["窗口", "受理件数", "受理件数", "办结件数", "办结件数"],
            ["窗口", "2024年", "2023年", "2024年", "2023年"],
            ["不动产登记", "8,412", "7,935", "8,377", "7,901"],
            ["社保医保", "12,306", "11,842", "12,298", "11,830"],
            ["市场准入", "5,127", "4,988", "5,127", "4,975"],
            ["合计", "25,845", "24,765", "25,802", "24,706"]]
    table = Table(rows, spans=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)], header_rows=2)
    report = Report(["#青禾县政务服务中心2024年工作总结",
                     "2024年，县政务服务中心坚持便民高效，各窗口办件情况如下。", table,
                     "青禾县政务服务中心", "2025年1月15日"])
    key = [[r[0], f"{rows[0][j]} {rows[1][j]}", _n(r[j]), int(rows[1][j][:4])] for r in rows[2:] for j in range(1, 5)]
    return to_docx(report), key


def b02_pdf() -> tuple[bytes, list]:
    """A 12345 hotline's quarterly 通报 as a PDF: 排名 first, a — cell, a 合计 whose 交办工单 is misprinted (11,753
    for 11,735) and whose score is —."""
    rows = [["排名", "承办单位", "交办工单（件）", "按时办结率（%）", "满意率（%）", "综合得分"],
            ["1", "市住房和城乡建设局", "3,208", "99.06", "96.21", "97.40"],
            ["2", "市交通运输局", "2,517", "98.73", "95.88", "96.85"],
            ["3", "市城市管理局", "4,126", "97.95", "—", "95.12"],
            ["4", "市教育局", "1,884", "97.21", "94.06", "94.77"],
            ["", "合计", "11,753", "98.12", "95.40", "—"]]
    report = Report(["#云岭市12345政务服务便民热线2024年第三季度工作情况通报",
                     "2024年第三季度，市12345热线共向承办单位交办工单11735件。各单位办理情况见下表。",
                     Table(rows), "云岭市12345政务服务便民热线管理办公室", "2024年10月12日"])
    key = [[r[1], rows[0][j], _n(r[j]), 2024] for r in rows[1:] for j in range(2, 6) if r[j] != "—"]
    return to_pdf(report), key


def b03_html() -> tuple[bytes, list]:
    """A statistical bulletin's table on a web page: 指标 单位 本年 上年 增长（%）, units in the 单位 column, — cells."""
    rows = [["指标", "单位", "本年", "上年", "增长（%）"],
            ["地区生产总值", "亿元", "1286.4", "1203.7", "6.1"],
            ["一般公共预算收入", "万元", "862,315", "813,402", "6.0"],
            ["城镇新增就业", "人", "15,230", "14,876", "2.4"],
            ["常住人口城镇化率", "%", "63.8", "62.9", "—"]]
    scale = {"亿元": 1e8, "万元": 1e4, "人": 1, "%": 1}
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows)
    page = ("<html><head><meta charset=\"utf-8\"><title>松川县2024年国民经济和社会发展统计公报</title></head><body>"
            "<div class=\"article\"><p>松川县2024年国民经济和社会发展统计公报</p><p>松川县统计局 2025年3月20日</p>"
            "<p>2024年，全县经济运行总体平稳。主要指标如下：</p><p>表1 2024年主要经济社会指标</p>"
            f"<table border=\"1\">\n{body}</table><p>注：地区生产总值增长按不变价格计算。</p></div></body></html>")
    key = []
    for r in rows[1:]:
        for j, year in ((2, 2024), (3, 2023), (4, 2024)):
            if r[j] != "—":
                key.append([r[0], rows[0][j], _n(r[j]) * (scale[r[1]] if j < 4 else 1), year])
    return page.encode("utf-8"), key


def b04_html() -> tuple[bytes, list]:
    """A 12345 annual report's table with 类别 merged down its rows (rowspan) and 合计 across two columns."""
    data = [("社会保障", "咨询", "1,206", "38.2"), ("社会保障", "投诉", "412", "13.1"),
            ("城乡建设", "咨询", "587", "18.6"), ("城乡建设", "投诉", "952", "30.2")]
    body = "<tr><td>类别</td><td>诉求类型</td><td>件数</td><td>占比（%）</td></tr>\n"
    for k, (group, item, n, share) in enumerate(data):
        first = f"<td rowspan=\"2\">{group}</td>" if k % 2 == 0 else ""
        body += f"<tr>{first}<td>{item}</td><td>{n}</td><td>{share}</td></tr>\n"
    body += "<tr><td colspan=\"2\">合计</td><td>3,157</td><td>100.0</td></tr>\n"
    page = ("<html><head><meta charset=\"utf-8\"><title>石门市12345热线2024年度诉求分析报告</title></head><body>"
            "<div class=\"content\"><p>石门市12345热线2024年度诉求分析报告</p><p>发布日期：2025-01-22</p>"
            "<p>2024年，热线共受理社会保障和城乡建设类诉求3157件，分类情况如下：</p>"
            f"<table border=\"1\">\n{body}</table></div></body></html>")
    key = [[f"{g}:{i}", c, _n(v), 2024] for g, i, n, s in data for c, v in (("件数", n), ("占比（%）", s))]
    key += [["合计", "件数", 3157.0, 2024], ["合计", "占比（%）", 100.0, 2024]]
    return page.encode("utf-8"), key


def b05_one_line() -> tuple[bytes, list]:
    """A 好差评 通报 crawled onto one line: a ranking whose rows hold a word (等次) besides figures, 排名 first."""
    rows = [["1", "区税务局", "8,412", "99.95", "98.7", "优秀"], ["2", "区人社局", "6,930", "99.81", "97.9", "优秀"],
            ["3", "区医保局", "5,204", "99.62", "96.4", "良好"], ["4", "区住建局", "3,377", "99.10", "94.2", "良好"],
            ["5", "区市场监管局", "4,085", "98.76", "91.8", "合格"]]
    header = ["排名", "单位名称", "评价数（件）", "好评率（%）", "得分", "等次"]
    text = ("关于2024年11月全区政务服务“好差评”情况的通报 发布时间：2024-12-06 各街道、区直各单位： 2024年11月，全区政务服务"
            "“好差评”系统共收到评价28008件，好评率99.58%。现将各单位情况通报如下： 表1 各单位评价情况 "
            + " ".join(header + [c for r in rows for c in r]) + " 请各单位对差评及时整改。 区政务服务管理局 2024年12月6日\n")
    key = [[r[1], header[j], _n(r[j]), 2024] for r in rows for j in (2, 3, 4)]
    return text.encode("utf-8"), key


def b06_one_line() -> tuple[bytes, list]:
    """A bulletin crawled onto one line: 单位：人, years under two groups, 合计 last."""
    rows = [["东城街道", "812", "790", "64", "71"], ["西城街道", "655", "702", "48", "52"],
            ["南湖街道", "430", "401", "37", "40"], ["合计", "1897", "1893", "149", "163"]]
    text = ("北川区2024年就业工作情况 来源：区人力资源和社会保障局 发布日期：2025-02-18 2024年，全区城镇新增就业1897人。"
            "各街道情况如下： 单位：人 街道 新增就业 失业人员 2024年 2023年 2024年 2023年 "
            + " ".join(c for r in rows for c in r) + " 下一步，全区将继续做好稳就业工作。\n")
    cols = [("新增就业 2024年", 2024), ("新增就业 2023年", 2023), ("失业人员 2024年", 2024), ("失业人员 2023年", 2023)]
    key = [[r[0], c, _n(r[j + 1]), y] for r in rows for j, (c, y) in enumerate(cols)]
    return text.encode("utf-8"), key


def b07_pdf() -> tuple[bytes, list]:
    """A website check's 通报 as a PDF: a numbered table with words (网站名称, 等次) and a score, then a table of
    problems whose 问题类别 is merged down its rows and printed once, 合计 across two columns."""
    scores = [["序号", "单位名称", "网站名称", "检查得分", "等次"],
              ["1", "县教育局", "青禾教育网", "92.5", "优秀"], ["2", "县卫生健康局", "青禾卫健网", "88.0", "良好"],
              ["3", "县农业农村局", "青禾农业信息网", "79.5", "合格"], ["4", "县文旅局", "青禾文旅网", "68.0", "不合格"]]
    problems = [["问题类别", "具体问题", "数量（个）"], ["内容更新", "栏目不更新", "6"], ["内容更新", "信息发布不及时", "9"],
                ["互动回应", "留言未回复", "4"], ["互动回应", "回复超期", "3"], ["合计", "合计", "22"]]
    report = Report(["#青禾县2024年第四季度政府网站检查情况通报",
                     "根据工作安排，县政府办公室对全县政府网站开展了第四季度检查，结果如下。", "一、检查得分",
                     Table(scores), "二、发现问题", Table(problems, spans=[(1, 0, 2, 0), (3, 0, 4, 0), (5, 0, 5, 1)]),
                     "青禾县人民政府办公室", "2025年1月8日"])
    key = [[r[1], "检查得分", _n(r[3]), 2024] for r in scores[1:]]
    key += [[f"{r[0]}:{r[1]}", "数量（个）", _n(r[2]), 2024] for r in problems[1:5]] + [["合计", "数量（个）", 22.0, 2024]]
    return to_pdf(report), key


def b08_text() -> tuple[bytes, list]:
    """A 政务服务 table saved as text (tabs): the groups' merged cells left empty beside them, a column merged down
    both header rows left empty below, — for a year a department did not exist, 单位：件 above."""
    rows = [["部门", "受理件数", "", "办结件数", "", "按期办结率（%）"],
            ["", "2024年", "2023年", "2024年", "2023年", ""],
            ["公安局", "6,204", "5,980", "6,198", "5,962", "99.8"],
            ["民政局", "1,322", "1,410", "1,322", "1,408", "100"],
            ["人社局", "3,047", "—", "3,041", "—", "99.6"],
            ["合计", "10,573", "7,390", "10,561", "7,370", "99.7"]]
    text = ("丰原市2024年政务服务工作报告\n丰原市政务服务管理局\n2025年1月20日\n2024年，全市政务服务事项办理情况如下。\n"
            "单位：件\n" + "\n".join("\t".join(r) for r in rows) + "\n注：人社局窗口2024年进驻。\n")
    cols = [("受理件数 2024年", 2024), ("受理件数 2023年", 2023), ("办结件数 2024年", 2024), ("办结件数 2023年", 2023),
            ("按期办结率（%）", 2024)]
    key = [[r[0], c, _n(r[j + 1]), y] for r in rows[2:] for j, (c, y) in enumerate(cols) if r[j + 1] != "—"]
    return text.encode("utf-8"), key


BUILDERS = {"b01_qinghe_zhengwu_2024.docx": b01_docx, "b02_yunling_12345_2024q3.pdf": b02_pdf,
            "b03_songchuan_gongbao_2024.html": b03_html, "b04_shimen_12345_2024.html": b04_html,
            "b05_haochaping_2024_11.txt": b05_one_line, "b06_beichuan_jiuye_2024.txt": b06_one_line,
            "b07_qinghe_websites_2024q4.pdf": b07_pdf, "b08_fengyuan_zhengwu_2024.txt": b08_text}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    key = {}
    for name, build in BUILDERS.items():
        data, cells = build()
        (OUT / name).write_bytes(data)
        key[name] = cells
    (FIXTURES / "tables_other_blind_key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")


if __name__ == "__main__":
    main()
