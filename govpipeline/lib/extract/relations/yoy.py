"""Year-over-year changes: 比上年增长X%, 同比下降, 是上年的1.4倍 with the figure they change; not a change against a base
year (比2018年增长) or the month before (环比).

Takes a sentence's figures; gives ``yoy`` relations and names each change after its figure.
"""
from __future__ import annotations

from govpipeline.lib.numbers import POINT_UNITS
from govpipeline.lib.extract.context import count_han, last_clause, without_change_tail
from govpipeline.lib.extract.model import Fact, Relation
from govpipeline.lib.extract.own_words import without_figured_asides
from govpipeline.lib.extract import patterns as rx
from govpipeline.lib.extract.relations.shares import respective_figure


def yoy_current(text: str, group: list[Fact], i: int, cue_start: int, report_year: int | None) -> Fact | None:
    """The figure a change compares with last year's: the figure in the same place of a list before (分别为A和B，
    分别增长X%和Y%), else the nearest figure before the cue it can be a change of, and not of an earlier year
    (较2022年的8.1万件增加4.3万件，增幅53.1%: the growth of the figure before 较)."""
    f = group[i]
    respective = respective_figure(text, group, i)
    if respective is not None:
        return respective
    rate = None
    year = f.year or report_year
    for g in reversed(group[:i]):
        if g.in_paren or g.kind == "change" or g.start >= cue_start or (year and g.year and g.year < year):
            continue
        if f.unit in ("%", "倍") and g.kind == "share":
            continue  # a share changes in points: 占68.3%，同比增长15.2% is the growth of the count before it
        if f.unit in ("%", "倍") and g.kind == "rate" and "/" in g.unit:
            return g  # 销售均价9800元/㎡，同比下降1.2%: an amount per unit is a level like any other
        if f.unit in ("%", "倍") and g.kind == "rate":
            rate = rate or g  # a rate too, mostly: 收入286.4亿元，为预算的101.2%，增长6.8% is the income's growth
            continue
        if f.unit in ("%", "倍") and g.kind in ("count", "amount", "duration", "area", "other"):
            return g
        if (f.unit == "‰" or f.unit in POINT_UNITS) and g.unit in ("%", "‰") or f.unit in POINT_UNITS and g.unit == "比":
            return g  # a ratio to 1 is told in points too: 收入比2.45:1，同比缩小0.06个百分点
        if f.unit == g.unit or "/" in g.unit and g.unit.partition("/")[0] == f.unit:
            return g  # (低保标准820元/人·月，比上年提高35元: the standard per person, raised by a sum)
    return rate


def year_over_year(text: str, s_start: int, group: list[Fact], report_year: int | None) -> list[Relation]:
    """比上年增长X%: a change against the year before, with the figure it changes; in a year's summary a bare 增长X%
    after a figure compares it with last year too."""
    rels: list[Relation] = []
    changed: list[tuple[Fact, Fact]] = []  # (change, the level it changes)
    for i, f in enumerate(group):
        if f.kind != "change":
            continue
        if f.unit in POINT_UNITS and i and group[i - 1].kind == "change" and group[i - 1].unit in ("%", "‰") \
                and rx.PACE_AGAINST.fullmatch(f.label) and text[group[i - 1].end:f.start - len(f.head)] in ("，", ",") \
                and (subject := without_change_tail(group[i - 1].metric).rstrip(":")):
            f.metric = subject + "增速" + f.label  # 增长5.3%，比一季度加快0.4个百分点: that growth's pace, in points
            continue
        if f.metric.startswith(rx.RATE_OF_CHANGE) and i and group[i - 1].kind == "change":
            # 收入比上年增长5.2%，增速比上年回落0.8个百分点: the pace of the change before, named once that change is;
            # in points it is a change of that pace, no change of a level
            subject = without_change_tail(group[i - 1].metric).rstrip(":")
            if subject and not f.metric.startswith(subject):
                f.metric = subject + f.metric
            if f.unit in POINT_UNITS:
                continue
        own_clause = last_clause(text[max(s_start, f.start - 24):f.start])
        if text.startswith("翻", f.start):
            own_clause += "增长"  # 4.8亿美元，翻了一番: the doubling is its own verb, a growth of 100 %
        if f.in_paren and (opening := max(own_clause.rfind("（"), own_clause.rfind("("))) >= 0:
            own_clause = own_clause[opening + 1:]  # 比上年增加187人（增长3.1%）: the bracket's own words
        if "、" in own_clause:  # 完成386.2亿元、增长6.1%
            own_clause = rx.CHANGE_AFTER_LEVEL.split(own_clause)[-1]
        # 分别是2018年的1.4倍和1.5倍: the second is read without the first
        earlier = of_period = None
        if f.unit == "倍":
            bare = rx.SIBLING_FIGURES.sub("", own_clause)
            earlier = rx.MULTIPLE_OF_EARLIER.search(bare)
            of_period = None if earlier else rx.MULTIPLE_OF_PERIOD.search(bare)  # 是“十一五”时期的2.8倍: no year's
        multiple = earlier or of_period
        cue = rx.YOY_CUE.search(own_clause) or multiple
        if cue is None and "年均" in own_clause and rx.AVERAGE_CHANGE.fullmatch(rx.SIBLING_FIGURES.sub("", own_clause)) \
                and (current := yoy_current(text, group, i, f.start - len(own_clause), report_year)):
            # 一般公共预算收入累计完成168.4亿元，年均增长4.3%: the yearly pace of the income, over the years reviewed
            subject = rx.SUMMED_OVER_YEARS.sub("", current.metric.removesuffix("(现)"))
            if subject and not f.metric.startswith(subject):
                f.metric = subject + f.metric
            continue
        if cue is None and not rx.BARE_CHANGE.fullmatch(rx.SIBLING_FIGURES.sub("", own_clause)):
            held = next((g for g in reversed(group[:i]) if not g.in_paren), None)  # not a plan in brackets
            if held is not None and held.kind == "change" and rx.PLAN_GAP.match(f.label) \
                    and not f.metric.startswith(held.metric):
                # 增长5.1%，低于年度计划0.9个百分点: that growth's gap (比上年 is not what the gap is against); after
                # 增速比一季度加快0.3个百分点, the gap of the same pace (地区生产总值增速高于全省)
                before = held.metric
                pace = max(before.find(w) for w in rx.PACE_OF_CHANGE)
                f.metric = (before[:pace + 2] if pace > 0 else rx.YOY_CUE.sub("", before)) + f.metric
                continue
            if f.label[:1] in ("比", "较") \
                    and (current := yoy_current(text, group, i, f.start - len(own_clause), report_year)):
                f.metric = current.metric + f.label.replace("分别", "")  # 比一季度提高: against another period
            continue
        level = group[i + 1] if i + 1 < len(group) else None
        if level is not None and level.kind != "change" and rx.LEVEL_AFTER.fullmatch(text, f.end, level.start):
            current = level  # 办件量同比增长23.6%，达到15.8万件
        else:  # in 较上年的97.5%提高1.6个百分点 the figure after the cue is last year's, not the one compared
            current = yoy_current(text, group, i, f.start - len(own_clause) + (cue.start() if cue else len(own_clause)),
                                   report_year)
        if current is None:
            continue
        if cue is not None and (not f.label or len(f.label) < 6 or rx.YOY_CUE.match(f.label) or multiple):
            words = own_clause[cue.start():]
            listed = list(rx.SIBLING_FIGURES.finditer(own_clause, cue.end()))
            if listed and count_han(own_clause[listed[-1].end():]):  # 比上年增加12件和减少9件: 比上年减少
                words = cue.group() + own_clause[listed[-1].end():]
            elif (compared := next(reversed(list(rx.FIGURE.finditer(own_clause, cue.end()))), None)) \
                    and count_han(own_clause[cue.end():compared.start()].removesuffix("的")) >= 2 \
                    and rx.BARE_CHANGE.fullmatch(own_clause, compared.end()):
                # 比2010年第六次全国人口普查的3.21人减少: the earlier figure is a fact of its own, with its base
                words = own_clause[compared.end():]
            words = rx.FIGURE_AND_LINK.sub(lambda m: m.group() if rx.YEAR.fullmatch(m.group()) else "",
                                         without_figured_asides(words))  # 与2022年（29件）相比增加
            f.metric = current.metric.removesuffix("(现)") + words.replace("的", "").replace("分别", "").strip("了又")
        elif cue is None:  # 扣除价格因素(后)(实际)增长: the real change
            f.metric = current.metric.removesuffix("(现)") + rx.NET_OF_PRICES.sub("实际", f.label).replace("实际实际", "实际")
        compared, year = (rx.YEAR.search(cue.group()) if cue else None), current.year or report_year
        if cue is not None and (cue.group() == "环比" or cue is of_period) \
                or compared and year and int(compared.group(1)) != year - 1:
            continue  # 环比减少, 比2018年增长: a change over the month before or since a base year, not the year before
        if cue is not None and "年初" in cue.group() and rx.MONTH_END_BEFORE_DECEMBER.search(text, s_start, f.start):
            continue  # 6月末存款余额…，比年初增加86.3亿元: against the year's start, half a year back, not a year
        if cue is None and ("年平均" in own_clause or "年均" in own_clause):
            continue  # 两年平均增长, 年均增长率: the yearly pace over years (2021's against 2019), not the change against 2020
        if current.unit == "点" and f.unit == "%" and abs(abs(current.value - 100) - abs(f.value)) < 0.051:
            continue  # 价格指数为100.6，比上年上涨0.6%: the index is the change itself (last year = 100), not a level
        rels.append(Relation("yoy", [("current", current.idx), ("change", f.idx)], f"{f.quote} against {current.quote}"))
        changed.append((f, current))
    _facets_apart(changed)
    return rels


def _facets_apart(changed: list[tuple[Fact, Fact]]) -> None:
    """发放贷款0.56万笔、21.34亿元，同比分别下降6.5%、3.8%: the changes of one measure told in two units are named
    apart by the facet each unit measures (发放贷款笔数同比下降, 发放贷款金额同比下降); the levels keep their name."""
    renamed = []
    for f, current in changed:
        base = current.metric.removesuffix("(现)")
        twins = [(g, c) for g, c in changed if g.metric == f.metric and c.metric.removesuffix("(现)") == base]
        if len(twins) > 1 and len({c.unit for _, c in twins}) == len(twins) and f.metric.startswith(base) \
                and (facet := _FACETS.get(current.kind) or current.kind == "count" and (
                    rx.COUNT_OF_UNIT.get(current.unit) or current.unit + "数" if len(current.unit) == 1 else "")):
            renamed.append((f, base + facet + f.metric[len(base):]))
    for f, metric in renamed:
        f.metric = metric


_FACETS = {"amount": "金额", "area": "面积"}
