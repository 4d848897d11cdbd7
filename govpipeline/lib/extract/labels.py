"""Labels: the name of what each figure measures (its metric), built in steps from its own words, its brackets,
the figures and clauses around it, the word of its kind (时间, 占比) and its window.

Takes a ``Context``, the figures and the report's sections; sets each figure's section, label, metric and a year a
heading names.
"""
from __future__ import annotations

import re

from govpipeline.lib.numbers import POINT_UNITS
from govpipeline.lib.sections import SectionIndex
from govpipeline.lib.extract.context import Context, count_han, without_change_tail
from govpipeline.lib.extract.model import Fact
from govpipeline.lib.extract.neighbours import (balance_label, respective_shares, budget_of_flow, class_of_opener, colon_topic,
                                                context_label, counterpart_label, facet_of_subject, listed_measure,
                                                listed_object, medium_before, next_part, other_modifier, other_subject,
                                                qualifier_of_opener, rate_of_quantity, respective_label, shared_object,
                                                side_of_event, subject_of_clause_before, change_of_sibling_rate,
                                                yield_of_crop)
from govpipeline.lib.extract.own_words import antecedent, clean_label, cleaned, own_words
from govpipeline.lib.extract import patterns as rx
from govpipeline.lib.extract.scopes import (head_scope, heading_year, named_like_scope_before, period_at, ranked_place,
                                            regional_part, report_window, window_mark, without_scope)


def assign_labels(ctx: Context, facts: list[Fact], sections: SectionIndex, report_year: int | None) -> None:
    """Give each figure its section, a year a heading names, its label (its own words) and its metric (the label
    made to say what is measured: from the figures and clauses around it, the measure's word, the window)."""
    for i, f in enumerate(facts):
        prev = facts[i - 1] if i else None
        f.section = sections.path_at(f.start)
        if f.year is None and f.section and (year := heading_year(f.section)) != report_year:
            f.year = year  # 三、2024年主要目标 / 城镇新增就业2万人以上: a target of the year after the report's
        if f.form_group is not None:
            f.metric = f.label
            continue
        if not f.label:
            f.label = _own_label(ctx, facts, i, prev)
        metric = f.label
        if "提供" in metric and (provided := rx.PROVIDED_FOR.match(metric)):
            metric = f.label = provided.group(1) + provided.group(2)  # 养老服务中心为老年人提供助餐服务: who provided it
            said = count_han(metric)
        else:
            said = count_han(metric)  # 在全市11个县（区）中: the scope taken off below still said what is counted
            if f.scope and metric and (rest := without_scope(metric, f.scope)):
                metric = f.label = rest
        if f.in_paren and "的" in f.sentence and (ranked := ranked_place(ctx, f)) is not None:
            f.scope, metric = ranked
        elif f.in_paren:
            metric = _aside_metric(ctx, facts, i, metric)
        elif part := regional_part(ctx, facts, i, metric) or named_like_scope_before(ctx, facts, i, metric):
            f.scope, metric = part
        else:
            metric = _named_from_around(ctx, facts, i, sections, metric, said)
            if not said and (part := regional_part(ctx, facts, i, metric)):
                f.scope, metric = part  # 县区中，甲县满意率最高，为95.1%: the place the clause before names
            if f.kind == "change" and prev is not None and prev.scope and f.scope is None \
                    and metric.startswith(prev.metric) and rx.REGION_BREAKDOWN.match(ctx.text, f.sentence_start):
                f.scope = prev.scope  # 乙市843亿元，增长5.8%: the place's change
        if f.kind == "amount" and rx.CONVERTED.search(f.head) and (same := _restated_amount(facts, i)) is not None:
            metric = same.metric  # 进出口总额395.2亿元，增长23.6%，折合61.2亿美元: the same total in another currency
        if f.label.startswith("占") and metric.endswith(":" + f.label) and prev is not None \
                and ctx.text[prev.end:f.start - len(f.head)] in ("；", ";"):
            metric = f.label  # 比上年增长5.1%；占全省的3.2%: no heading's part, the level's (below)
        if metric.startswith("占") and (f.kind == "share" or f.kind == "change" and f.unit in POINT_UNITS) \
                and prev is not None and prev.kind not in ("share", "rate") \
                and ((gap := ctx.text[prev.end:f.start - len(f.head)]) in ("，", ",", "；", ";")
                     or gap[-1:] in ("，", ",") and 0 < len(gap) - 1 <= 4 and prev.metric.endswith(gap[:-1])):
            # 高技术制造业增加值增长9.8%，占规模以上工业增加值的比重为16.2% (or 比重提高1.4个百分点; or after ；): the share is of
            # the clause before's subject (涉及5个部门，占被审计部门的17.9%: the noun after the count is its own)
            subject = without_change_tail(prev.metric).rstrip(":")
            if not subject and prev.kind == "change" and i > 1 \
                    and ctx.text[facts[i - 2].end:prev.start - len(prev.head)] in ("，", ","):
                subject = facts[i - 2].metric  # (比上年增长6.4%；占…: a change named later, by the level before it)
            metric = subject + metric
        if f.kind == "share" and prev is not None and prev.kind == "count" and not f.in_paren \
                and "的占" in (gap := ctx.text[prev.end:f.start]) and rx.MEMBERS_SHARE.fullmatch(gap):
            metric = f"{prev.metric}:{metric}"  # 随迁子女在校生6.53万人，其中在公办学校就读的占91.2%: a share of those
        if f.kind in ("count", "other") and metric and "产量" in f.sentence \
                and ctx.text.find("产量", f.sentence_start, f.start) >= 0 \
                and rx.OUTPUT_LEAD.search(ctx.text, f.sentence_start, f.start):
            # 主要工业产品产量中，新能源汽车12.8万辆: how many were made; the lead is no parent of the product
            topic, _, product = metric.rpartition(":")
            # nor is the product before it (原煤420万吨；发电量…)
            product = product if rx.OUTPUT_LEAD.search(topic + "中") or prev is not None and prev.kind == "other" \
                and prev.metric in (topic, topic + "产量") else metric
            # (发电量 names its measure already)
            metric, f.kind = product if "产量" in product or rx.FULL_MEASURE.search(product) else product + "产量", "other"
        if f.kind != "change" and prev is not None and prev.kind != "change" and prev.unit == f.unit \
                and prev.start >= f.sentence_start and rx.EARLIER_FIGURE.fullmatch(f.clause) \
                and rx.EARLIER_FIGURE_END.match(ctx.text, f.end):
            # 常住人口586432人，与2010年…的512306人相比: the same measure, in the year compared with
            metric, f.kind = prev.metric, prev.kind
        if f.kind in ("count", "share") and "岁" in metric and (age := rx.AGE_CLASS_NAME.fullmatch(metric)) \
                and (whole := _people_of_ages(ctx, facts, i)) is not None:
            metric = f"{whole}:{metric}"  # 农业生产经营人员13.48万人…。年龄35岁及以下的2.05万人，占15.2%: of those people
        if metric in rx.RESIDENT_GROUPS and (measure := _per_capita_measure(ctx, facts, i)):
            metric += measure  # 居民人均可支配收入9862元…，其中城镇居民12730元: 城镇居民人均可支配收入
        if metric and ":" not in metric and (subject := _subject_of_parts_in_other_units(ctx, facts, i, metric)):
            metric = subject + metric  # 行政事业单位资产总额…，净资产…。其中，土地面积1260公顷，车辆412辆: theirs
        if "累计" not in metric and f.kind != "change" and ("累计" in f.head or _summed_before(ctx, f, prev)) \
                and _over_years(ctx, f):
            # 五年来…累计减税降费86.4亿元: a sum over years is no year's figure; nor is the next deed of the same
            # clause chain (五年累计新增城镇就业24.6万人，建成高标准农田86.5万亩)
            metric = "累计" + metric
        if prev is not None and (gap := ctx.text[prev.end:f.start]) in ("", "、") and (metric == prev.metric or not gap) \
                and f.unit != prev.unit and not prev.metric.endswith(rx.COUNT_OF_UNIT.get(prev.unit, "?")) \
                and f.unit in rx.COUNT_OF_UNIT and prev.unit in rx.COUNT_OF_UNIT and f.kind == prev.kind == "count":
            # 保障低保对象1.42万户2.31万人 (…1.26万户、1.98万人): one group counted in households and in people, each
            # named by its unit (来访172批次381人次: whatever the second's own words made of it)
            metric = prev.metric
            prev.metric += rx.COUNT_OF_UNIT[prev.unit]
            metric += rx.COUNT_OF_UNIT[f.unit]
        if metric[-2:] in ("资金", "项目") and (sampled := rx.SAMPLED.fullmatch(metric)):
            metric = (_audited_subject(f.section, sampled) if f.section and f.section.endswith("审计") else None) \
                or _audited_in_sentence(ctx, f, sampled) or metric
        if "类" in metric and (classed := rx.CLASS_NAME.fullmatch(metric)) \
                and (things := rx.CLASSED_THINGS.search(ctx.text, f.sentence_start, f.start)) \
                and rx.RANKING_WORD.search(f.sentence):
            # 从诉求类型看，最多的是城乡建设类，占31.2%: 城乡建设类诉求占比 (not a part named 占); a breakdown not ranked
            # (按诉求类型分，咨询类…件) names its classes as printed
            metric = classed.group(1) + (things.group(1) or things.group(2)) + ("占比" if classed.group(2) == "占" else classed.group(2) or "")
        if ":" in metric and ((parent := metric.rpartition(":"))[0] == parent[2] or parent[0].endswith(":" + parent[2])):
            metric = parent[0]  # 即办件:即办件, 生师比分别为16.5:1和13.5:1's second: a name is not its own part
        f.metric = _with_measure_word(f, metric)


def _per_capita_measure(ctx: Context, facts: list[Fact], i: int) -> str | None:
    """What residents have per head, in the latest level before a group of them named alone after 其中 (人均可支配收入
    of 全体居民人均可支配收入…，其中城镇居民…), within the sentence or the one before."""
    f = facts[i]
    opening = ctx.text.rfind("。", 0, max(f.sentence_start - 1, 0)) + 1
    for g in reversed(facts[:i]):
        if g.start < opening:
            return None
        if g.kind == "change" or g.unit != f.unit:
            continue
        per_capita = rx.PER_CAPITA_OF_RESIDENTS.fullmatch(g.metric)
        return per_capita.group(1) if per_capita and ctx.text.find("其中", g.end, f.start) >= 0 else None
    return None


def _subject_of_parts_in_other_units(ctx: Context, facts: list[Fact], i: int, metric: str) -> str | None:
    """The subject of a sentence of 其中 parts printed in other units than the money accounts before it: 单位资产
    总额…，净资产….。其中，土地面积…公顷，房屋面积…平方米，车辆…辆 are the 单位's land, floor space and cars."""
    f = facts[i]
    s0 = f.sentence_start  # (a match opens on a space or on 其中: most sentences are told apart without one)
    if not (ctx.text.startswith("其中", s0) or ctx.text[s0:s0 + 1].isspace()) or not rx.PARTS_OPENING.match(ctx.text, s0):
        return None
    before = next((g for g in reversed(facts[:i]) if g.start < f.sentence_start), None)
    if before is None or before.unit not in rx.MONEY_UNITS or before.unit == f.unit or ":" in before.metric \
            or ctx.text[before.end:f.sentence_start].strip() not in ("。", ""):
        return None
    side = rx.FACET_END.search(before.metric)
    subject = rx.YEAR_END_LAST.sub("", before.metric[:side.start()]) if side else ""
    return subject if count_han(subject) >= 2 and not metric.startswith(subject) else None


def _people_of_ages(ctx: Context, facts: list[Fact], i: int) -> str | None:
    """The people an age class's count is of: the last count of people before it in its paragraph that is neither
    a part nor an age class itself (…人员13.48万人，其中女性…。年龄35岁及以下的…: 人员, not 女性)."""
    f = facts[i]
    for g in reversed(facts[:i]):
        if "\n" in ctx.text[g.end:f.start] or f.start - g.end > 300:
            return None
        if g.kind == "count" and g.unit in rx.PEOPLE_UNITS and ":" not in g.metric \
                and not rx.AGE_CLASS_NAME.fullmatch(g.label):
            return without_scope(g.metric, g.scope) or g.metric if g.scope else g.metric
    return None


def _audited_in_sentence(ctx: Context, f: Fact, sampled: re.Match) -> str | None:
    """对全县乡村振兴衔接资金进行了审计，抽查资金2.15亿元: the funds (or projects) the sentence before the figure says
    were audited name what was sampled (抽查乡村振兴衔接资金)."""
    audited = rx.AUDITED_IN_SENTENCE.search(ctx.text, f.sentence_start, f.start)
    subject = audited.group(1) if audited else ""
    return sampled.group(1) + subject if count_han(subject) > 2 and subject.endswith(sampled.group(2)) else None


def _audited_subject(section: str, sampled: re.Match) -> str | None:
    """（一）养老服务资金审计。抽查资金1.84亿元: a paragraph led by the audit's subject and 审计, as its heading, names
    what was sampled (抽查养老服务资金); the lead is the figure's section, and only names what the bare noun stands for."""
    subject = rx.ORDINAL.sub("", section.rpartition(" > ")[2])[:-2]
    return sampled.group(1) + subject if count_han(subject) > 2 and subject.endswith(sampled.group(2)) else None


def name_windows(ctx: Context, facts: list[Fact], report_period: str | None) -> None:
    """Each figure's window narrower than the year, last in its name: given after every name and relation is read,
    so that no figure takes the window of the one before into its name (股份制企业增长7.1% after 国有控股企业增加值增长
    4.2% in a half-year report is 股份制企业增加值增长(上半年))."""
    windowed: dict[str, str] = {}  # a name -> the window it was given
    quarters = _respective_quarters(ctx, facts)
    told: dict[tuple[str, str], float] = {}  # (name, unit) -> the first value given under it
    for i, f in enumerate(facts):
        name = f.metric
        first = told.setdefault((name, f.unit), f.value)
        if first < f.value and "累计" in f.head and rx.RUNNING_TOTAL.search(ctx.text, f.sentence_start, f.start):
            # 发放贷款0.62万笔。…2023年末，累计发放贷款12.84万笔: at a day, past the year's figure, the total since the start
            f.metric = f"{name}(累计)"
            continue
        if name.endswith(("(原)", "(现)")):
            continue  # 由去年同期的45个工作日缩短至32个工作日: each figure's time is its own, its year says it
        if i in quarters:
            f.metric = quarters[i]
            continue
        period = period_at(ctx, f)
        if period is None and i and ctx.text.startswith("其中", f.sentence_start) \
                and (whole := next((g for g in reversed(facts[:i]) if g.start < f.sentence_start), None)):
            # 1-8月，…营业收入…。其中，…业增长15.2%: the parts' window is their whole's, unless they name a month of
            # their own (其中，11月份增长7.2%; 其中3月份零售额…，增长5.2%: each figure of the sentence)
            # the nearest: 1月…，2月… (each holds 月: the pattern, tried at every character, is not where none is)
            months = list(rx.MONTH_OF_WHOLE.finditer(ctx.text, f.sentence_start, f.start)) \
                if ctx.text.find("月", f.sentence_start, f.start) >= 0 else []
            period = months[-1].group(0) if months else period_at(ctx, whole)
        # (其中3月份增长8.1%: a part of the window, after 其中)
        if period is not None and (month := rx.OWN_WINDOW.match(f.head.lstrip("，,；; ").removeprefix("其中").lstrip("，,"))):
            period = month.group(1)
        own = _own_window(ctx, facts, i)
        if period is None and own is not None:
            f.metric = f"{own[0]}({own[1]})"
            windowed.setdefault(own[0], own[1])
            continue
        if own is not None:
            name = f.metric = own[0]  # …企业上半年实现营业收入…。6月末资产总额…: the stock's day, not its subject's half year
        whole = windowed.get(name.split(":")[0]) if ":" in name and period is None else None
        if period is None and not whole and not report_period:
            continue  # no window to give: neither the sentence, nor a whole, nor the report names one
        if period is None and f.kind == "duration" and name.endswith("时限"):
            continue  # 一般诉求办理时限为3-5个工作日: a standard, not what the report's half year did
        if period is None and not whole and f.kind in ("count", "area", "other") and _undated_stock(f, name):
            continue  # 全镇共有行政村12个，常住人口2.6万人: what a place has, told in a half-year report, is no half year's
        if whole and whole not in name:
            f.metric = f"{name}({whole})"  # 第三季度，受理诉求5.2万件。其中，咨询类…: a part has its whole's window
        else:
            f.metric = _with_window(name, period or report_period and report_window(ctx, f, report_period))
        if f.metric != name and f.metric.startswith(name + "("):
            windowed.setdefault(name, f.metric[len(name) + 1:-1])


def _undated_stock(f: Fact, name: str) -> bool:
    """Whether a figure is a stock told with no day: what a place has (共有/现有/实有/辖…, 全镇有…), its people, its
    villages and communities, things in a state (在用, 在册, 在岗…)."""
    # (STOCK_NAME is anchored at the start: match, not a search tried at every position; HELD_BEFORE holds 有)
    own = name.rpartition(":")[2]
    return bool(rx.STOCK_NAME.match(own) or own.startswith("在") and rx.IN_STATE.match(own)
                or "有" in f.head and rx.HELD_BEFORE.search(f.head))


def _respective_quarters(ctx: Context, facts: list[Fact]) -> dict[int, str]:
    """一至三季度分别受理诉求4.1万件、4.6万件、5.2万件: figures listed after 分别 under a range of quarters, as many as
    the range holds, are one quarter's each, in order (受理诉求(第一季度), …); their index -> name."""
    named: dict[int, str] = {}
    i = 0
    while i < len(facts):
        f = facts[i]
        span = rx.QUARTER_RANGE.search(f.metric) if "季度" in f.metric else None
        if span is None or "分别" not in ctx.text[f.sentence_start:f.start]:
            i += 1
            continue
        first, last = (rx.QUARTER_NUMBER[span.group(k)] for k in ("first", "last"))
        run = [j for j in range(i, min(len(facts), i + last - first + 1)) if facts[j].metric == f.metric]
        if first < last and len(run) == last - first + 1:
            rest = (f.metric[:span.start()] + f.metric[span.end():]).strip(":")
            named.update({j: f"{rest}(第{'一二三四'[first + k - 1]}季度)" for k, j in enumerate(run)})
        i += max(len(run), 1)
    return named


def _own_window(ctx: Context, facts: list[Fact], i: int) -> tuple[str, str] | None:
    """(name, window) of a figure whose own words name a part of the year (its sentence states none): 热线受理量
    第一季度4.2万件 is 热线受理量 in 第一季度, 上半年办件量 办件量 in 上半年; one named by its part alone (，第二季度5.1万件)
    is of the figure before's measure. Without it, metric_series would take a half year's figure for the year's."""
    f = facts[i]
    if "月" in f.head and (month := rx.MONTH_ALONE.fullmatch(f.head.lstrip("，,；; "))):
        # 受理群众诉求15.6万件。其中，1月5.8万件，2月4.3万件: the month's figure of the nearest measure before in its unit
        before = next((g for g in reversed(facts[max(i - 4, 0):i]) if g.unit == f.unit and g.kind == f.kind), None)
        rest = rx.WINDOW_MARK.sub("", before.metric) if before is not None else ""
        return (rest, month.group(1)) if count_han(rest) >= 2 else None
    if "季度" not in f.metric and "半年" not in f.metric:
        return None
    if (quarters := rx.QUARTER_RANGE.search(f.metric)) and rx.QUARTER_NUMBER[quarters.group("first")] == 1 \
            and (rest := (f.metric[:quarters.start()] + f.metric[quarters.end():]).strip(":")):
        last = rx.QUARTER_NUMBER[quarters.group("last")]  # 1-3季度累计受理诉求: the months since the year's start
        return (rest, f"1-{3 * last}月") if last < 4 else None
    named = [m for m in rx.WINDOW_IN_NAME.finditer(f.metric) if m.start() == 0 or f.metric[m.start() - 1] != "("]
    if not named or rx.WINDOW_RANGE.search(f.metric):
        return None  # 二至三季度…: a range of parts is no one figure's window
    own = named[-1]  # the last is the figure's own: others came with a sibling's name (上半年办件量:下半年)
    # (上半年的进出口总额: the window's 的 goes with it)
    rest = rx.WINDOW_IN_NAME.sub("", f.metric[:own.start()] + f.metric[own.end():]).strip(":").removeprefix("的")
    prev = facts[i - 1] if i else None
    if not rest and prev is not None and prev.unit == f.unit and prev.kind == f.kind \
            and prev.start >= f.sentence_start and (windowed := rx.WINDOW_LAST.search(prev.metric)):
        rest = prev.metric[:windowed.start()]
    return (rest, own.group(0)) if rest else None


def _summed_before(ctx: Context, f: Fact, prev: Fact | None) -> bool:
    """Whether the figure before, in the same sentence and joined by a comma alone, was summed (累计…, or by the chain
    before it) and this one's clause names no time of its own."""
    return prev is not None and prev.start >= f.sentence_start and ("累计" in prev.head or prev.metric.startswith("累计")) \
        and f.kind not in ("change", "rate", "share") and prev.kind not in ("change", "rate", "share") \
        and ctx.text[prev.end:f.start - len(f.head)] in ("，", ",") and not rx.YEAR.search(f.head) \
        and not f.head.startswith(("其中", "占", "比", "较", "同比"))


def _over_years(ctx: Context, f: Fact) -> bool:
    """Whether the figure's sentence or section speaks of several years (五年来, 过去五年, “十四五”以来)."""
    return rx.OVER_YEARS.search(ctx.text, f.sentence_start, f.start) is not None \
        or rx.OVER_YEARS.search(f.section or "") is not None


def _own_label(ctx: Context, facts: list[Fact], i: int, prev: Fact | None) -> str:
    """The figure's own words; for a figure of a list (A、B分别为X、Y), the name in its place."""
    f = facts[i]
    label = own_words(ctx, f, prev, facts[i - 2] if i >= 2 else None)
    if "分别" in f.head:  # 住宿和餐饮业营业额分别增长45%和18%: one name (a sector's) for each figure, without 分别
        label = (f.kind == "share" and respective_shares(ctx.text, facts, i)) or respective_label(ctx.text, facts, i) \
            or label.replace("分别", "")
    elif "、" in f.head and (listed := respective_label(ctx.text, facts, i)):
        label = listed
    elif label[:1] in ("该", "此"):
        label = antecedent(ctx.text, f.start - len(f.head), label)
    if label[:1] in rx.YOY_FIRST and (rx.YOY_CUE.fullmatch(label)
                                      or f.kind != "change" and rx.CHANGE_TAIL.fullmatch(label)):
        label = ""  # 较上年的97.5%, 较2021年的132件增长18.2%: last year's value of what the sentence measures
        if prev is not None and prev.unit == f.unit and prev.kind == f.kind and prev.start >= f.sentence_start:
            label = prev.metric  # 主动公开信息1,026条，较2015年的893条: of the figure just before
    return label


def _plan_in_bracket(ctx: Context, facts: list[Fact], i: int) -> tuple[Fact, str | None] | None:
    """增长5.6%（年度计划6%左右）, 上涨0.4%（调控目标3%左右）: (the change a bracket's figure is the plan of, the plan's
    own verb: 下降3.1%（年度计划增长5%）), or None."""
    f = facts[i]
    if not f.in_paren or i == 0 or f.unit != (outer := facts[i - 1]).unit or outer.kind != "change" or outer.in_paren:
        return None
    opening = outer.end
    if ctx.text[opening:opening + 1] not in ("（", "(") or not (plan := rx.PLAN_IN_BRACKET.fullmatch(ctx.text, opening + 1, f.start)):
        return None
    return outer, plan.group(1)


def _plan_name(outer: Fact, verb: str | None) -> str:
    metric = outer.metric.removesuffix(rx.TARGET)  # 增长3%左右（力争5%）: the change before is itself a target
    return (without_change_tail(metric) + verb if verb else metric) + rx.TARGET


def name_plans_in_brackets(ctx: Context, facts: list[Fact]) -> None:
    """A plan in brackets after a change is named after it once relations have named the change (地区生产总值完成
    268.7亿元，增长4.8%（预期目标6%）: 地区生产总值增长(目标))."""
    for i, f in enumerate(facts):
        if f.in_paren and f.metric.endswith(rx.TARGET) and (planned := _plan_in_bracket(ctx, facts, i)) is not None:
            f.metric = _plan_name(*planned)


def _aside_metric(ctx: Context, facts: list[Fact], i: int, metric: str) -> str:
    """A figure in brackets, named from the figure before the brackets where its own words say too little."""
    f = facts[i]
    # (the bracket's own opening, not one of a word in it: 县（市、区）)
    opening = span[0] if (span := ctx.inside(ctx.parens, f.start)) else max(ctx.text.rfind("(", 0, f.start), ctx.text.rfind("（", 0, f.start))
    outer = next((g for g in reversed(facts[:i]) if g.end <= opening and not g.in_paren), None)
    if outer is not None and ctx.text.startswith(("（其中", "(其中"), opening):
        return f"{outer.metric}:{metric.removeprefix('其中')}"  # 申请64件（其中自然人申请58件，…）: its parts
    if outer is not None and outer.end == opening and outer.unit == f.unit and outer.kind == f.kind \
            and rx.LEVELS_ALONE.fullmatch(metric):
        return f"{outer.metric}:{metric}"  # 事项3104项（市级1135项、区县1969项）: the levels' parts of the whole
    if outer is not None and f.kind == outer.kind == "change" and ctx.text.endswith("目标", 0, opening) \
            and rx.BARE_CHANGE.fullmatch(metric) and outer.start >= ctx.sentence(f.start)[0]:
        # 投资下降4.2%，未完成年度预期目标（增长8%）: the target the change before missed, of its year
        return without_change_tail(outer.metric) + metric + rx.TARGET
    if (planned := _plan_in_bracket(ctx, facts, i)) is not None:
        f.kind = "change"
        return _plan_name(*planned)  # named again once the change before has its name (name_plans_in_brackets)
    if outer is not None and re.match(r"[（(](?:含|包括)", ctx.text[opening:opening + 3]):
        return f"{outer.metric}(含{re.sub(r'^(?:含|包括)', '', metric)})"
    if not metric and outer is not None and outer.end == opening and "/" in f.unit and f.unit != outer.unit \
            and f.unit.split("/")[0] == outer.unit.split("/")[0]:
        metric = f.label = outer.metric  # 每人每月780元（每年9360元）: the same standard per another period
    elif not metric and outer is not None and outer.start >= f.sentence_start \
            and rx.YOY_CUE.fullmatch(ctx.clause_before(opening)):
        metric = f.label = outer.metric  # 收到申请38件，与2022年（29件）相比: the figure before, a year earlier
    elif not metric and f.kind == "share" and outer is not None and outer.end == opening:
        metric = f.label = outer.metric + "占比"  # 城乡建设8.2万件（14.4%）
    elif not metric or f.kind == "share" and rx.BARE_SHARE.fullmatch(metric) \
            and not (outer is not None and outer.end == opening):  # 网上申请150件（占75%）: the figure's share
        # 发放施工许可(3个工作日), 集中于征地拆迁补偿（占48.1%）: the words before the parenthesis
        before = ctx.clause_before(opening)
        if topic := rx.TOPIC_LEAD.search(before):
            before = before[topic.end():]  # what the requests are about, not that they are about it
        metric = f.label = cleaned(ctx, before)
    return metric


def _named_from_around(ctx: Context, facts: list[Fact], i: int, sections: SectionIndex, metric: str, said: int) -> str:
    """The metric of a figure outside brackets: its label, or a name built from the figure before (another subject,
    a counterpart flow, another listed object, a shared object, the next part), from the context when the label
    (``said`` characters with the scope it named) says too little, or under the topic of the list a colon opens."""
    f = facts[i]
    prev = facts[i - 1] if i else None
    # 上半年下降2.1%: bare but for its window
    window = rx.OWN_WINDOW.match(metric) if f.kind == "change" and metric[:1] in rx.WINDOW_FIRST else None
    bare_change = f.kind == "change" and rx.BARE_CHANGE.fullmatch(metric, window.end() if window else 0) is not None
    count = f.kind == "count"  # (the count-only rules' entry, read once a figure rather than in each helper)
    if f.kind == "rate" and (counted := next((g for g in reversed(facts[:i]) if g.start < f.sentence_start
                                              or g.kind == "count" and not g.in_paren), None)) is not None \
            and counted.start >= f.sentence_start and (merged := rx.TAKEN_IN.match(counted.metric)) \
            and count_han(merged.group(1)) >= 2:
        return merged.group(1) + metric  # 热线共整合部门热线21条，(平均)接通率…: the hotline's rate, not the lines'
    if "类" in metric and (cls := class_of_opener(ctx, f, next((g for g in reversed(facts[:i]) if g.start < f.sentence_start), None),
                                                  metric)):
        return cls
    if (qualified := qualifier_of_opener(ctx, f, metric)) is not None:
        return qualified
    if prev is not None and prev.unit == f.unit and prev.start >= f.sentence_start \
            and rx.TARGET_HELD_BEFORE.search(f.head) \
            and (rx.TARGET_HELD_AFTER.match(ctx.text, f.end) or f.head.lstrip("，,；; ") == "控制在" and ctx.text.endswith("以内", f.start, f.end)
                 and ctx.text[prev.end:f.start - len(f.head)] in ("，", ",")):
        # 居民消费价格上涨0.4%，低于3%左右的调控目标: the target of the figure before, for its year (so is the bound
        # of 城镇登记失业率3.1%，控制在4%以内)
        f.kind = prev.kind
        return prev.metric + rx.TARGET
    if bare_change and prev is not None and prev.kind == "change" and prev.unit == f.unit \
            and prev.start >= f.sentence_start and ctx.text[prev.end:f.start - len(f.head)] in ("，", ",") \
            and (rx.BARE_CHANGE.fullmatch(prev.label) or rx.OWN_WINDOW.match(f.head)) \
            and count_han(changed := without_change_tail(prev.metric)) >= 2:
        # …同比增长18.6%，比2019年同期增长14.1%，两年平均增长6.8%: each the same level's; so is one in a window of its
        # own (3月份…居民消费价格同比上涨0.4%，1-3月平均比上年同期上涨0.2%)
        return changed + metric
    if bare_change and prev is not None and rx.MONTH_OF_WHOLE_GAP.fullmatch(ctx.text, prev.end, f.start - len(f.head)) \
            and rx.WINDOW_OF_WHOLE.search(ctx.text, prev.end, f.start) \
            and (w := next((j for j in range(i) if facts[j].start >= prev.sentence_start
                            and facts[j].kind == "change" and facts[j].unit == f.unit), None)) is not None \
            and (count_han(changed := without_change_tail(facts[w].metric)) >= 2
                 or w and facts[w - 1].start >= prev.sentence_start and facts[w - 1].kind != "change"
                 and count_han(changed := facts[w - 1].metric) >= 2):
        # 1-8月…增加值同比增长6.7%，增速比1-7月加快0.4个百分点。其中，8月当月增长8.1%: the month's own change of the
        # level the sentence before changed (…182.3亿元，比上年增长3.2%。一季度下降…: the level before that change, whose
        # name it takes later)
        return changed + metric
    if metric in rx.LEVEL_VERBS and f.kind == "amount" and prev is not None and prev.kind == "change" \
            and prev.unit != f.unit and prev.start >= f.sentence_start \
            and ctx.text[prev.end:f.start - len(f.head)].removeprefix("左右") in ("，", ",") \
            and count_han(level := rx.PLANNED_TAIL.sub("", without_change_tail(prev.metric))) >= 2:
        return level  # 一般公共预算收入预期增长5%左右，安排10.35亿元: the level that change leads to
    if f.kind == "duration" and metric.startswith("平均") and prev is not None and prev.kind == "count" \
            and prev.start >= f.sentence_start and ctx.text[prev.end:f.start - len(f.head)] in ("，", ","):
        return f"{prev.metric}:{metric}"  # 办理施工许可126件，平均用时6.5个工作日: the average of those counted
    if count and (some := _some_of_counted(ctx, f, prev)) is not None:
        return some
    if f.kind == "share" and prev is not None and prev.kind == "share" and prev.start >= f.sentence_start \
            and f.clause.endswith("的占") and "的" not in metric \
            and (of := (before := prev.metric.removesuffix("占比")).rfind("的")) > 0 and count_han(before) - of > 1:
        return metric + before[of:]  # 有火车站的乡镇占8.3%，有码头的占16.7%: 码头的乡镇, the things before
    if f.kind == "rate" and count_han(metric) >= 3 and rx.HANDLING_RATE.fullmatch(metric) \
            and (handled := _things_handled(ctx, facts, i, after_count=count_han(metric) >= 4)):
        return f"{handled}:{metric}"
    if prev is not None and prev.kind == "count" and f.kind == "amount" and prev.metric.endswith(("企业", "法人单位")) \
            and prev.start >= f.sentence_start and rx.TIMED_LINK.match(f.head) \
            and ctx.text[prev.end:f.start - len(f.head)] in ("，", ",") \
            and (measure := metric.removeprefix("实现").removeprefix("完成")).endswith(rx.ATTAINED_MEASURES) \
            and count_han(measure) <= 6:
        # 规模以上工业企业达到12家，实现产值21.3亿元: the output of the firms counted; 年末…企业1286家，全年实现利润总额…:
        # the year's flow, so the count's 年末 (its stock's day) is no part of it; so for 法人单位, firms as a bulletin counts them
        firms = next((prev.metric[len(end):] for end in rx.YEAR_END if prev.metric.startswith(end)), prev.metric)
        return firms + measure
    if count and (among := _among_uncounted(ctx, f, facts, i)) is not None:
        return f"{among}:{metric}"
    if metric.endswith("问题金额") and rx.PROBLEMS_FOUND.fullmatch(metric) and (audit := rx.AUDIT_HEADING.search(f.section or "")):
        return audit.group(1) + metric  # 二、部门预算执行审计情况 / …查出问题金额3.46亿元: found by that audit
    if metric in rx.AVERAGE_ALONE and prev is not None and prev.unit == f.unit and prev.kind == "count" \
            and prev.start >= f.sentence_start and ctx.text[prev.end:f.start - len(f.head)] in ("，", ","):
        return metric + prev.metric  # 受理群众诉求214.7万件，日均5882件: the daily average of that count
    if f.kind == "share" and (rx.WEIGHT_ALONE.fullmatch(metric) or metric.startswith("占") and "分" in metric
                              or metric == "占比") \
            and (weighed := rx.WEIGHED_IN.search(ctx.text, f.sentence_start, f.start)):
        return weighed.group(1) + metric  # 将政务公开纳入绩效考核，分值占比5%: the weight of what was taken in
    if metric.startswith(rx.FOLLOW_ON) or prev is not None and metric and prev.label.endswith(metric) \
            and count_han(metric) == 2 and rx.CARRY_ACTIVITY.match(prev.label):
        if (done := _after_activity(ctx, facts, i, metric)) is not None:
            return done
    if metric[:2] == "户均" and prev is not None and prev.kind == "count" and prev.unit == "户" \
            and prev.start >= f.sentence_start and _clause_before(ctx.text[prev.end:f.start - len(f.head)]):
        # 带动农户1860户，户均增收4200元: per household of those just counted (named from the verb that reached them)
        reached = next((at for at in map(prev.metric.find, rx.FOLLOW_ON) if at >= 0), 0)
        return prev.metric[reached:] + metric
    if metric[-1:] in ("数", "量") and rx.AUDIENCE_MEASURE.fullmatch(metric) and (medium := medium_before(ctx, f)):
        return medium + metric  # 开通“某某发布”微信公众号，关注人数达1.2万人: the account's followers
    if prev is not None and prev.kind == "rate" and f.kind in ("count", "rate") and prev.unit == f.unit \
            and ctx.text[prev.end:f.start] == "、" + f.head.lstrip("、") and count_han(metric) <= 6 \
            and (per := rx.PER_CAPITA.match(prev.metric)) and not metric.startswith("每"):
        f.kind = "rate"  # 每千常住人口执业（助理）医师3.08人、注册护士3.62人: the same ratio to the population
        return prev.metric[:per.end()] + metric
    if prev is not None and prev.kind in ("rate", "change") and f.kind != "share" \
            and (gap := ctx.text[prev.end:f.start])[:1] in ("、", "和", "及") and gap[1:] == f.head.removeprefix(gap[:1]) \
            and 2 <= count_han(metric) <= 6 \
            and (avg := rx.AVERAGED.search(prev.metric)) and not rx.AVERAGED.search(metric):
        # 平均减少材料35%、减少跑动1.8次; 医师日均担负诊疗6.8人次、住院2.1床日 (or 和住院): the average and its verb go
        # down the list
        f.kind = prev.kind
        verb = avg.group(1)
        return prev.metric[:avg.start(1) if verb and metric.startswith(verb) else avg.end()] + metric
    if metric[:2] in rx.AVERAGE_HEADS and prev is not None and f.kind != "change" and not f.in_paren \
            and (level := next((g for g in reversed(facts[:i]) if g.kind != "change"), None)) is not None \
            and level.start >= f.sentence_start and level.kind == f.kind and ":" not in level.metric \
            and ctx.text.find("；", level.end, f.start) >= 0 and (avg := rx.AVERAGE_WORD.search(level.metric, 2)) \
            and not metric.startswith(level.metric[:avg.start()]):
        # 医院次均门诊费用268.4元，上涨3.2%；人均住院费用9126元: another average of the same subject
        return level.metric[:avg.start()] + metric
    if metric[:2] in rx.AVERAGE_HEADS and prev is not None and f.kind != "change" and not f.in_paren \
            and (level := next((g for g in reversed(facts[:i]) if g.kind != "change"), None)) is not None \
            and level.start >= f.sentence_start and ":" not in level.metric \
            and ctx.text.find("；", level.end, f.start) >= 0 and (body := rx.FACILITY_SUBJECT.match(level.metric)) \
            and not metric.startswith(body.group(1)):
        # 医院病床使用率86.4%；平均住院日8.2日: an average of the facilities the measure before was of
        return body.group(1) + metric
    if metric[:2] in rx.INVOLVED_HEAD and rx.INVOLVED_MEASURE.fullmatch(metric) and (involving := _what_involves(ctx, f, prev, metric)):
        return involving
    if f.unit in rx.MONEY_UNITS and (deed := rx.DEED_ON_SUM.fullmatch(metric)) and (acted_on := _sum_acted_on(ctx, facts, i)):
        return acted_on + deed.group("deed")
    if prev is not None and prev.start >= f.sentence_start and (by_before := _of_figure_before(ctx, f, prev, metric)):
        return by_before
    # the words BUDGET_BARE's matches end with, first: most names hold neither, and a match costs ~1,700 instructions
    if ("资金" in metric or "进度" in metric) and (budget := budget_of_flow(ctx, f, facts, i, metric)):
        return budget
    if metric.endswith("限额") and prev is not None and prev.start >= f.sentence_start and prev.unit == f.unit \
            and prev.metric.endswith("余额") and count_han(prev.metric) >= 4 and prev.metric[-4:-2] not in metric:
        # 债务余额286.4亿元，控制在省核定的限额312.5亿元以内: the debt's limit (债务限额 says so itself)
        return prev.metric[:-2] + "限额"
    # 基金收入10.2亿元，增长10.1%；支出13.6亿元 (or 完成预算的102.3%；支出…): the counterpart is the level before
    level = prev
    if prev is not None and f.kind != "change":  # (…收入…，为调整预算的101.2%，增长2.9%；支出…: past both)
        j = i - 1
        while j >= 1 and (facts[j].kind == "change" or facts[j].kind == "rate" != f.kind and facts[j].unit != f.unit):
            j -= 1
        level = facts[j] if j < i - 1 else prev
    if subject := f.head.startswith(rx.LINKED_ALONE) and subject_of_clause_before(ctx, f, prev, metric) \
            or other_subject(ctx, f, facts, i) \
            or len(f.label) <= 6 and counterpart_label(ctx, f, level) \
            or f.label in rx.OF_A_BALANCE and balance_label(ctx, f, prev) or listed_object(ctx, f, prev) \
            or f.label in rx.EVENT_SIDES and side_of_event(ctx, f, level) \
            or f.kind in ("rate", "share") and other_modifier(ctx, f, prev) \
            or f.kind == "rate" and rate_of_quantity(ctx, f, prev) \
            or f.label[-1:] in "产量" and yield_of_crop(ctx, f, facts, i) \
            or f.kind == "change" and change_of_sibling_rate(ctx, f, prev):
        return subject
    if f.kind == "change" and (measured := listed_measure(ctx, f, prev)):
        return measured
    if (not metric or metric in rx.SO_FAR_VERBS) and prev is not None and prev.unit == f.unit and "累计" in f.head \
            and prev.start >= f.sentence_start and (new := rx.MADE_NEW_WORD.search(prev.metric)):
        # 新增注册商标1130件，累计达到8756件 (累计建成…): the sum so far of what is new, 累计注册商标, not new ones
        return prev.metric[:new.start()] + "累计" + prev.metric[new.end():]
    if prev is not None and prev.kind == "count" and f.kind == "count" and prev.unit == f.unit \
            and rx.MADE_NEW_WORD.fullmatch(metric) and ":" not in prev.metric \
            and ctx.text[prev.end:f.start - len(f.head)] in ("，", ",") and not rx.MADE_NEW_WORD.match(prev.metric):
        # 规模以上工业企业达到186家，新增24家: the new ones of those things (not of the stock's time: 年末)
        return metric + (prev.metric[2:] if prev.metric.startswith(rx.YEAR_END) else prev.metric)
    if prev is not None and prev.kind == f.kind == "count" and prev.unit == f.unit and metric in rx.YEAR_END \
            and prev.start >= f.sentence_start and (new := rx.MADE_NEW_WORD.match(prev.metric)):
        return metric + prev.metric[new.end():]  # 新增规模以上工业企业56家，年末达到1248家: the stock at the year's end
    if (of_counted := _measure_of_counted(ctx, f, prev)) is not None:
        return of_counted
    if (metric[:1] in rx.FACET_FIRST and (rx.FACET.fullmatch(metric) or f.kind == "change" and rx.FACET_CHANGE.fullmatch(metric))
            or metric[-1:] in rx.MEASURE_OF_COUNTED_LAST and rx.MEASURE_OF_COUNTED_END.search(metric)
            or metric in rx.MEMBERS_OF_COUNTED or metric in rx.STAFF_OF_COUNTED) \
            and (facet := facet_of_subject(ctx, f, facts, i, f.sentence_start)):
        return facet  # 规模以上工业企业营业收入…，增长…；利润总额…: a side named in full is still the subject's
    # (涉及农户41户 after a sum: what the sum involves; 涉及国家秘密3件，涉及商业秘密4件: counted alike, a list)
    if said < 4 or bare_change or f.after_list or f.involved or metric[:2] in rx.INVOLVED_HEAD \
            and (rx.INVOLVED_MEASURE.fullmatch(metric)
                 or rx.INVOLVED_ALONE.fullmatch(metric) and prev is not None and prev.unit != f.unit
                 and f.kind not in ("share", "rate")):
        metric = context_label(ctx, f, facts, i, sections) or metric  # 移送线索23件，涉及金额1.8亿元: what the clues involve
        if metric[-1:] in rx.MILESTONE_LAST and (milestone := rx.MILESTONE.search(metric)) and milestone.start():
            metric = metric[:milestone.start()]  # 地区生产总值突破千亿大关，达到1026.8亿元: the milestone names nothing
        if (total := rx.TOTAL_OF_NEW.fullmatch(metric)) is not None:
            metric = total.group(1) + total.group(2)  # 新增规上企业87家，总数达到1126家: 规上企业总数, not new ones
        # 全市地区生产总值突破3000亿元，达到3012.5亿元; 年末全县政府债务余额控制在…以内，为86亿元 (a stock's time first)
        if metric[:1] in rx.SCOPE_FIRST or metric.startswith(rx.YEAR_END):
            scope, _ = head_scope(metric)
            at = next((len(end) for end in rx.YEAR_END if metric.startswith(end)), 0) + len(scope or "")
            # (全市共有普通高中:招生, 年末全市共有普通高校:在校生: an area that has the things is no body that a list's
            # topic names; a whole area before a parent is taken off it too: 全县行政诉讼案件:审结 is the parent's)
            if scope and (f.scope is None or f.scope == scope and (":" not in metric or metric.startswith("共有", at)
                                                                   or rx.WHOLE_AREA.fullmatch(scope))) \
                    and (rest := without_scope(metric, scope)):
                f.scope, metric = scope, rest
        return metric
    if shared := shared_object(ctx, f, prev):
        return shared
    if part := next_part(ctx, f, prev):
        return part
    topic = colon_topic(ctx, f)
    if topic and topic not in metric and topic != f.scope:  # 1.区住建局：承办工单3216件: the body, not the name
        return f"{topic}:{metric}"
    return metric


def _restated_amount(facts: list[Fact], i: int) -> Fact | None:
    """The amount of the sentence that a figure after 折合 restates in another currency: the last one before it in its
    sentence (its growth may stand between), in another unit."""
    f = facts[i]
    for g in reversed(facts[:i]):
        if g.start < f.sentence_start:
            return None
        if g.kind == "amount":
            return g if g.unit != f.unit and g.metric else None
    return None


def _of_figure_before(ctx: Context, f: Fact, prev: Fact, metric: str) -> str | None:
    """Names a figure takes from the figure before it in its sentence: the pull of that growth on a wider one and its
    share in it (规模以上工业增加值增长7.6%，拉动全市经济增长2.3个百分点，对全市经济增长的贡献率为42.6%),
    and the projects funds support (新增专项债券额度9.6亿元，已全部发行，支持项目14个: 新增专项债券支持项目)."""
    pulled = f.kind == "change" and metric.startswith("拉动") and rx.PULLED_GROWTH.match(metric)
    if pulled or f.kind == "rate" and metric.endswith("贡献率") and f.head.lstrip("，,").startswith("对"):
        if prev.kind != "change" or ":" in prev.metric:
            return None
        subject = without_change_tail(prev.metric.partition("拉动")[0])
        if count_han(subject) < 2:
            return None
        # 对全市经济增长的贡献率: the wider growth as the report names it, its place kept
        return subject + metric if pulled else subject + "对" + clean_label(f.head.lstrip("，,")[1:])
    if f.kind == "count" and metric.startswith("支持") and prev.kind == "amount" and ":" not in prev.metric:
        funds = rx.FUNDS_TAIL.sub("", rx.FUNDS_LEAD.sub("", prev.metric))
        return funds + metric if count_han(funds) >= 2 else None
    return None


def _after_activity(ctx: Context, facts: list[Fact], i: int, metric: str) -> str | None:
    """开展村庄清洁行动126场次，参与群众8900人次; 发放低保金318.6万元，惠及1042户1863人: who took part in, gained
    from or was reached by what the clause before did is named after that activity (村庄清洁行动参与群众, 低保金惠及户数),
    and so is a bare repeat of its verb (开展技能培训23期，培训1150人次 is 技能培训)."""
    f = facts[i]
    text = ctx.text
    k = i - 1  # 惠及1042户1863人: the figures of one verb in a row share what was done before them
    while k >= 0 and facts[k].end == facts[k + 1].start:
        k -= 1
    run = facts[k + 1:i + 1] + ([facts[i + 1]] if i + 1 < len(facts) and facts[i + 1].start == f.end else [])
    if k < 0 or not _clause_before(text[facts[k].end:facts[k + 1].start - len(f.head.lstrip("、"))]) \
            or f.head.startswith("、") and not f.head[1:].startswith(rx.FOLLOW_ON):
        return None  # 惠及企业1.2万家、群众3.5万人次: a noun listed after 、 is another object of the same verb
    while k > 0 and facts[k].head.startswith(rx.FOLLOW_ON) \
            and _clause_before(text[facts[k - 1].end:facts[k].start - len(facts[k].head.lstrip("、"))]):
        k -= 1  # 新发展特色种植1200亩，覆盖6个行政村，带动农户386户: what was done, not whom it reached
    activity = facts[k]
    done, topic = activity.metric, ""
    if ":" in done and (listed := colon_topic(ctx, f)) and done.startswith(listed + ":"):
        done, topic = done[len(listed) + 1:], listed + ":"  # 办好民生实事：建设供水工程35处，惠及群众12万人: in the list
    if activity.kind not in ("count", "amount", "area", "other") or ":" in done \
            or activity.start < f.sentence_start:
        return None
    if (carry := rx.CARRY_ACTIVITY.match(done)) and count_han(done) - len(carry.group()) >= 2:
        done = done[carry.end():]  # 开展: the activity, not that it was held
    if "等" in done and count_han(done[done.rfind("等") + 1:]) >= 4:
        done = done[done.rfind("等") + 1:]  # 低保金、特困供养金等各类救助资金: the class, not its examples
    if not metric.startswith(rx.FOLLOW_ON):
        return topic + done if carry and done.endswith(metric) else None
    if len({g.unit for g in run}) > 1:
        metric += rx.COUNT_OF_UNIT.get(f.unit, f.unit)
    return topic + done + metric


def _some_of_counted(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """在统计的36种主要工业产品中，有21种产品产量比上年增长; 38个行业中有27个行业增加值增长: some of the things counted
    before, named by what they did (产量比上年增长的主要工业产品), not as a part of the whole. (``f`` is a count.)"""
    if prev is None or prev.kind != "count" or prev.unit != f.unit or prev.start < f.sentence_start \
            or not (among := rx.SOME_OF_COUNTED.fullmatch(ctx.text, prev.end, f.start)):
        return None
    thing, did = among.group(1), clean_label(ctx.clause_after(f.end))
    shared = next((k for k in (4, 3, 2) if did[:k] in thing), 0)  # 有21种产品产量…: 产品 says them again
    did = did[shared:]
    if count_han(did) < 2 or not rx.DID_CHANGE.search(did):
        return None
    if ctx.text.endswith("统计的", 0, prev.start) and prev.metric == "统计" + thing:
        prev.metric = "统计的" + thing  # the ones the statistics count, as bulletins say it
    return f"{did}的{thing}"


def _things_handled(ctx: Context, facts: list[Fact], i: int, after_count: bool = True) -> str | None:
    """What a handling rate named by itself (按时办结率, 群众满意率) is of: the things the count before it in its
    sentence counted (受理热线工单…件: 热线工单), past that count's changes and the rates before, or what the rate before
    is named of (工单按时签收率…，按期办结率…: 工单; …诉求办结率…，满意率…: 诉求). A rate of one word (满意率, 办结率)
    takes only the rate's things: after a count alone it is the count's whole, named so by older keys."""
    f = facts[i]
    if f.scope is not None and any(ctx.text.find(c, f.sentence_start, f.start) >= 0 for c in "：:"):
        return None  # 1.区住建局：承办工单…件，按时办结率…: one body's rate in a list of bodies, named as every body's
    for g in reversed(facts[:i]):
        if g.start < f.sentence_start or g.in_paren or g.scope != f.scope:
            return None
        if g.kind == "change":
            continue
        if g.kind == "rate" and count_han(g.metric) >= 3 and rx.HANDLING_RATE.fullmatch(g.metric):
            continue  # (办结率99.8%，群众满意率…: a rate named alone too)
        if g.kind == "rate" and (after_count or ":" not in g.metric) \
                and (rated := rx.HANDLING_RATE.search(g.metric, len(g.metric) - 8)) \
                and rated.end() == len(g.metric) and count_han(rated.group()) >= 3:
            named = g.metric[:rated.start()].rstrip(":")  # (工单按时签收率…，按期办结率…)
        elif after_count and g.kind == "count" and g.unit == "件" and ":" not in g.metric:
            named = g.metric
        else:
            return None
        verbs = list(rx.HANDLING_VERB.finditer(named))
        things = named[verbs[-1].end():] if verbs else named  # (受理群众诉求: the 群众诉求, not their taking in)
        return things if count_han(things) >= 2 and rx.HANDLED_THINGS.search(things) else None
    return None


def _among_uncounted(ctx: Context, f: Fact, facts: list[Fact], i: int) -> str | None:
    """市人代会确定的主要预期指标中，15项完成…，3项未达到预期: counts of some of things named, not counted, before the
    sentence's first figure are theirs (主要预期指标:完成…), as they are of a whole that is counted. (``f`` is a count.)"""
    first = i
    while first > 0 and (g := facts[first - 1]).start >= f.sentence_start:
        if g.kind != "count" or g.unit != f.unit:
            return None  # (walked back once: no slice and generator per figure)
        first -= 1
    if count_han(facts[first].head):  # (在…再造中，对…12个办事窗口…: the first count opens no clause)
        return None
    head = ctx.text[f.sentence_start:facts[first].start - len(facts[first].head)]
    # ($-anchored, so searched only where 中 ends the head, before a last newline at most)
    among = rx.AMONG_UNCOUNTED.search(head) if "中" in head[-3:] else None
    return among.group(1) if among else None


def _what_involves(ctx: Context, f: Fact, prev: Fact | None, metric: str) -> str | None:
    """移送问题线索12件，涉及金额…: what the things counted before involve (移送问题线索涉及金额); a second 涉及 names
    what the first does (涉及资金…，涉及人员…); bodies counted by a fault are named by the fault alone (9个单位…不规范，
    涉及金额…: 政府采购程序不规范涉及金额), projects keep their noun (未按期开工项目涉及资金)."""
    gap = ctx.text[prev.end:f.start - len(f.head)] if prev is not None else ""
    if prev is None or prev.start < f.sentence_start or gap[-1:] not in ("，", ",") \
            or any(c in "，,；;。" for c in gap[:-1]):
        return None
    if (before := rx.INVOLVED_MEASURE.search(prev.metric)) and before.start() and before.end() == len(prev.metric):
        return prev.metric[:before.start()].rstrip(":") + metric
    if prev.kind != "count" or ":" in prev.metric or f.unit not in rx.MONEY_UNITS:
        return None
    faulted = prev.metric.endswith(rx.FOUND_AT) and not prev.metric.endswith("项目") and rx.AT_FAULT.search(prev.metric)
    return (prev.metric[:-2] if faulted else prev.metric) + metric  # 移送问题线索12件，涉及金额…: 移送问题线索涉及金额


def _sum_acted_on(ctx: Context, facts: list[Fact], i: int) -> str | None:
    """挤占挪用扶贫资金涉及问题金额416万元，已追回资金372万元，其余44万元正在追缴中: what the sum before in the sentence
    is of (挤占挪用扶贫资金), past other deeds on it; that sum's name when it says no 涉及 (违规发放津补贴156.4万元). Not
    a part listed after 其中 (整改金额8.42亿元，其中…追回资金3860万元: a part of the whole)."""
    f = facts[i]
    for j in range(i - 1, -1, -1):
        g = facts[j]
        if g.start < f.sentence_start or ctx.text.find("其中", g.end, f.start) >= 0:
            return None
        if g.unit not in rx.MONEY_UNITS or g.kind != "amount":
            continue
        if "整改" in g.metric:
            return None  # 已整改问题金额1.93亿元，收回资金2450万元: a result of the rectification beside it, not of it
        if (involved := g.metric.find("涉及")) >= 0:
            subject = g.metric[:involved].rstrip(":")
            return subject if count_han(subject) >= 2 else None
        if not rx.DEED_ON_SUM.search(g.metric):
            return g.metric if count_han(g.metric) >= 2 else None
    return None


def _clause_before(gap: str) -> bool:
    """Whether ``gap``, the words between two figures, ends the first one's clause and holds no other (行政村，; 个、 of
    改造老旧小区126个、惠及居民4.3万户)."""
    return 0 < len(gap) <= 12 and gap[-1] in "，,、" and not any(c in "，,；;。、" for c in gap[:-1])


def _measure_of_counted(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """实施重点项目326个，完成投资482亿元: an amount named by a measure alone, right after a count of projects, is
    those projects' (重点项目完成投资)."""
    if prev is None or f.kind != "amount" or prev.kind != "count" or not rx.MEASURE_ALONE.fullmatch(f.label) \
            or ctx.text[prev.end:f.start - len(f.head)] not in ("，", ",", "；", ";") \
            or (counted := rx.COUNTED_PROJECTS.fullmatch(prev.metric)) is None:
        return None
    # 签约项目52个，总投资326亿元: 签约项目总投资, when nothing but 项目 names the projects; 新签约招商项目…，协议总投资…:
    # a verb that picks the projects out (新签约, 在建) stays, one that only carries them (实施, 推进) goes
    projects = counted.group(1) or counted.group(2)
    carried = count_han(projects) > 2 and prev.metric.replace(projects, "", 1) in rx.PROJECTS_CARRIED
    return (projects if carried else prev.metric) + f.label


def _with_measure_word(f: Fact, metric: str) -> str:
    """The word of what a figure's kind measures, when its name lacks it."""
    if f.kind == "duration" and not rx.TIME_WORD.search(metric) and not rx.MEASURE_NOUN.search(metric):
        return metric + "时间"  # 3个工作日发证: the figure is the time it takes (可支付月数 names its measure)
    if f.unit == "年" and not metric.endswith("年数"):
        return metric + "年数"  # 连续三年获评先进: the years of a run are counted
    if f.kind == "share" and not rx.SHARE_WORD.search(metric):
        return metric + "占比"
    return metric


def _with_window(metric: str, period: str | None) -> str:
    """``metric`` with the window narrower than the year that the sentence or the report gives the figure last."""
    if period and metric.startswith(period) and count_han(metric) > count_han(period) + 1:
        metric = metric[len(period):].lstrip(":")  # 1至10月份受理申请: the period goes last, as everywhere
    if period and period not in metric and not rx.WHOLE_YEAR.fullmatch(period):
        metric = metric + window_mark(period)
    return metric


def mark_reached_levels(facts: list[Fact]) -> None:
    """企业开办时间压缩至3个工作日以内: the figure is the level a change reached, named 企业开办时间(压缩至), so that it
    reads as no ordinary level; marked last, after its parts took their names from it. A level paired with the one
    before it is marked (现) already; a target (力争…提高到80%) is the level aimed at, whatever verb aims at it."""
    for f in facts:
        head = rx.PER_PERIOD.sub("", f.head) if "每" in f.head[-5:] else f.head  # 提高到每人每月860元
        # (a match ends with 至 or 到, before a last newline at most: most heads are not searched)
        if f.kind != "change" and head[-1:] in "至到\n" and (reached := rx.REACHED.search(head, len(head) - 3)) \
                and not f.metric.endswith(("(现)", rx.TARGET)):
            f.metric += f"({reached.group(0)})"
