"""One annual report's template tables (2021 format), rendered in every form they arrive in on the web.

The grid is constructed, not copied: figures chosen so that every identity of the form holds (each row's 总计 is
the sum of its requester columns, the outcomes add up to （七）总计, 一 + 二 = 三（七）+ 四, each 复议/诉讼 block
adds up to its 总计). ``grid(...)`` can break one on purpose.
"""
from __future__ import annotations

import html

from govpipeline.lib.template import T2_2021, T3_2021

LEAVES = {  # the six requester columns of each outcome row
    "r1_open": [80, 1, 0, 0, 0, 0], "r2_partial": [3, 0, 0, 0, 0, 0],
    "r3_1": [0] * 6, "r3_2": [0] * 6, "r3_3": [0] * 6, "r3_4": [2, 0, 0, 0, 0, 0], "r3_5": [0] * 6,
    "r3_6": [0] * 6, "r3_7": [0] * 6, "r3_8": [0] * 6,
    "r4_1": [12, 1, 0, 0, 0, 0], "r4_2": [1, 0, 0, 0, 0, 0], "r4_3": [0] * 6,
    "r5_1": [4, 0, 0, 0, 0, 0], "r5_2": [2, 0, 0, 0, 0, 0], "r5_3": [0] * 6, "r5_4": [0] * 6, "r5_5": [0] * 6,
    "r6_1": [1, 0, 0, 0, 0, 0], "r6_2": [0] * 6, "r6_3": [0] * 6,
}
CARRIED_OVER = [5, 0, 0, 0, 0, 0]
CARRIED_FORWARD = [6, 0, 0, 0, 0, 0]
T4_VALUES = [1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2]
T2_VALUES = {"rules": ["0", "0", "3"], "normative_documents": ["12", "3", "45"], "licensing": ["1580"],
             "penalty": ["236"], "coercion": ["12"], "fees": ["12.5"]}


def grid(break_new_received_total: bool = False, leaves: dict | None = None, carried_over: list | None = None,
         carried_forward: list | None = None) -> dict[str, list[int]]:
    """Row key -> 7 values (six requester columns, 总计); 一、本年新收 follows from the others."""
    leaves, over, forward = leaves or LEAVES, carried_over or CARRIED_OVER, carried_forward or CARRIED_FORWARD
    rows = {k: v + [sum(v)] for k, v in leaves.items()}
    r7 = [sum(leaves[k][c] for k in leaves) for c in range(6)]
    new = [r7[c] + forward[c] - over[c] for c in range(6)]
    ordered = {"new_received": new + [sum(new)], "carried_over": over + [sum(over)]}
    ordered.update(rows)
    ordered["r7_total"] = r7 + [sum(r7)]
    ordered["carried_forward"] = forward + [sum(forward)]
    if break_new_received_total:
        ordered["new_received"][6] += 1
    return ordered


HEAD = "某县人民政府办公室2022年政府信息公开工作年度报告\n发布日期：2023-01-20\n\n一、总体情况\n2022年，本机关依法做好政府信息公开工作。\n\n"
TAIL = "\n五、存在的主要问题及改进情况\n无。\n\n六、其他需要报告的事项\n本年度未收取信息处理费。\n"


def _label(row_key: str) -> str:
    row = next(r for r in T3_2021.rows if r.key == row_key)
    return row.label.split(" ")[-1].replace("三、本年度办理结果", "")


def as_lines(sep: str = "\t", t3: dict | None = None, t2: dict | None = None, t4: list | None = None) -> str:
    """Tab- or pipe-separated rows, as normalization lays out an HTML table (label cells repeated)."""
    t3, t2, t4 = t3 or grid(), t2 or T2_VALUES, t4 or T4_VALUES
    out = [HEAD, "二、主动公开政府信息情况", sep.join(["第二十条第（一）项", "", "", ""]),
           sep.join(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])]
    out += [sep.join([r.label.split(" ")[-1]] + t2[r.key]) for r in T2_2021.rows[:2]]
    out += [sep.join(["信息内容", "本年处理决定数量"])]
    out += [sep.join([r.label.split(" ")[-1]] + t2[r.key]) for r in T2_2021.rows[2:5]]
    out += [sep.join(["信息内容", "本年收费金额（单位：万元）"]), sep.join(["行政事业性收费", t2["fees"][0]])]
    out += ["", "三、收到和处理政府信息公开申请情况",
            sep.join(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"]),
            sep.join(["自然人", "法人或其他组织", "总计"]),
            sep.join(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])]
    for key, values in t3.items():
        label = _label(key)
        if key.startswith("r") and key[1].isdigit() and key.endswith("_1") and key[:2] in ("r3", "r4", "r5", "r6"):
            group = {"r3": "（三）不予公开", "r4": "（四）无法提供", "r5": "（五）不予处理", "r6": "（六）其他处理"}[key[:2]]
            label = f"{group}{sep}{label}"
        if key == "r1_open":
            label = f"三、本年度办理结果{sep}{label}"
        out.append(sep.join([label] + [str(v) for v in values]))
    out += ["", "四、政府信息公开行政复议、行政诉讼情况", sep.join(["行政复议", "行政诉讼"]),
            sep.join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"]),
            sep.join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2),
            sep.join(str(v) for v in t4)]
    return "\n".join(out) + "\n" + TAIL


def one_cell_per_line() -> str:
    """Every label and every number on its own line."""
    return "\n".join(cell for line in as_lines().split("\n") for cell in (line.split("\t") if "\t" in line else [line]))


def flattened(t3: dict | None = None) -> str:
    """Cells run together: each row is its label followed by one digit string."""
    return flatten(as_lines(t3=t3 or grid()))


BLANK_MARKS = ("—", "——", "-", "－", "/", "／")  # a blank cell as tables print it in place of 0


def flatten(tab_lines: str) -> str:
    """A report's tab-separated table rows run together as crawled pages print them."""
    lines = tab_lines.split("\n")
    out = []
    for line in lines:
        cells = line.split("\t")
        numbers = [c for c in cells if c.replace(".", "").replace(",", "").isdigit() or c in BLANK_MARKS]
        labels = [c for c in cells if c and c not in numbers]
        if numbers and len(numbers) > 1:
            out.append("".join(labels) + "".join(numbers))
        else:
            out.append("".join(cells))
    return "\n".join(out)


TRIAL_T2 = ["第二十条第（一）项", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", "规章\t0\t0\t2",
            "规范性文件\t5\t5\t40", "第二十条第（五）项", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
            "行政许可\t120\t+3\t4500", "其他对外管理服务事项\t8\t0\t300", "第二十条第（六）项",
            "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政处罚\t60\t-2\t236", "行政强制\t6\t0\t12",
            "第二十条第（八）项", "信息内容\t上一年项目数量\t本年增/减", "行政事业性收费\t4\t0", "第二十条第（九）项",
            "信息内容\t采购项目数量\t采购总金额", "政府集中采购\t15\t251000"]


def as_lines_2019() -> str:
    """The same report in the 2019 trial format: its own 表二 and 表三's single row （六）其他处理 (23 rows)."""
    lines = as_lines().split("\n")
    t2_start = lines.index("二、主动公开政府信息情况") + 1
    t2_end = next(i for i, line in enumerate(lines) if line.startswith("三、收到和处理"))
    lines[t2_start:t2_end] = TRIAL_T2 + [""]
    r6 = [sum(LEAVES[k][c] for k in ("r6_1", "r6_2", "r6_3")) for c in range(6)]
    first = next(i for i, line in enumerate(lines) if line.startswith("（六）其他处理"))
    lines[first:first + 3] = ["\t".join(["（六）其他处理"] + [str(v) for v in r6 + [sum(r6)]])]
    return "\n".join(lines).replace("2022年", "2019年")


def one_line(text: str | None = None) -> str:
    """The whole body on one line, as crawled pages print it: labels and each row's figures run together, and a
    row's item number sticks to the figures of the row before (…00000002.其他…)."""
    head, body = (text or as_lines()).split("\n", 1)
    return head + "\n" + "".join(cell for line in body.split("\n") for cell in line.split("\t")) + "\n"


def html_page() -> str:
    """A saved web page: the tables as HTML with rowspan and colspan, inside site chrome."""
    t3 = grid()
    rows = []
    for key, values in t3.items():
        label = _label(key)
        tds = "".join(f"<td>{v}</td>" for v in values)
        if key == "r1_open":
            rows.append(f'<tr><td rowspan="23">三、本年度办理结果</td><td colspan="2">{label}</td>{tds}</tr>')
        elif key in ("r2_partial", "r7_total"):
            rows.append(f'<tr><td colspan="2">{label}</td>{tds}</tr>')
        elif key.endswith("_1") and key[:2] in ("r3", "r4", "r5", "r6"):
            n = sum(1 for k in t3 if k.startswith(key[:3]))
            group = {"r3": "（三）不予公开", "r4": "（四）无法提供", "r5": "（五）不予处理", "r6": "（六）其他处理"}[key[:2]]
            rows.append(f'<tr><td rowspan="{n}">{group}</td><td>{label}</td>{tds}</tr>')
        elif key[:2] in ("r3", "r4", "r5", "r6"):
            rows.append(f"<tr><td>{label}</td>{tds}</tr>")
        else:
            rows.append(f'<tr><td colspan="3">{label}</td>{tds}</tr>')
    t3_html = ('<table border="1"><tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
               '<td colspan="7">申请人情况</td></tr><tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td>'
               '<td rowspan="2">总计</td></tr><tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td>'
               '<td>其他</td></tr>' + "".join(rows) + "</table>")
    t2_rows = "".join(f"<tr><td>{r.label.split(' ')[-1]}</td>" + "".join(f"<td>{v}</td>" for v in T2_VALUES[r.key])
                      + "</tr>" for r in T2_2021.rows)
    t4_cells = "".join(f"<td>{v}</td>" for v in T4_VALUES)
    body = (f"<p>{html.escape(HEAD).replace(chr(10), '<br/>')}</p><p>二、主动公开政府信息情况</p><table>{t2_rows}</table>"
            f"<p>三、收到和处理政府信息公开申请情况</p>{t3_html}<p>四、政府信息公开行政复议、行政诉讼情况</p>"
            f'<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr>{t4_cells}</tr></table>'
            f"<p>{html.escape(TAIL).replace(chr(10), '<br/>')}</p>")
    return (f'<html><head><title>年度报告</title><script>var a=1;</script></head><body><div class="nav">首页 &gt; 信息公开'
            f'</div><div id="zoom">{body}</div><div class="footer">版权所有</div></body></html>')
