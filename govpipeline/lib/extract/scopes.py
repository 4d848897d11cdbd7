"""Scopes and periods: who a figure is about (全市, 市政务服务中心), named at the head of its clause or sentence, and
the window it covers (截至10月底, 1-9月, a quarterly report's quarter), or the year a heading names.

Takes a ``Context`` and a figure's position; gives a scope, a window or a year.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from govpipeline.lib.extract.context import Context, count_han, occurrences
from govpipeline.lib.extract.model import Fact
from govpipeline.lib.extract.own_words import clean_label
from govpipeline.lib.extract import patterns as rx


def head_scope(seg: str) -> tuple[str | None, int]:
    """(who is named at the head of ``seg``, how far into ``seg`` that reading reaches)."""
    stripped = seg
    if (run_in := rx.RUN_IN_HEADING.match(seg.lstrip())) is not None:
        stripped = seg.lstrip()[run_in.end():]  # the heading's words are the section's, no one's name
    item = rx.ORDINAL.match(stripped) if stripped[:1] in rx.ORDINAL_FIRST else None
    if item:  # 1.区住建局：承办工单3216件, but not 2.市直设有常驻窗口的单位(17个)
        stripped = stripped[item.end():]
    while stripped[:1] in rx.MAY_LEAD_SCOPE or stripped[:1].isspace():  # 2023年，县中心…; 今年以来，市局…
        lead = rx.LEADS_BEFORE_SCOPE.match(stripped).end()
        if not lead:
            break
        stripped = stripped[lead:]
    if stripped.startswith("预计全"):
        stripped = stripped[2:]  # 预计全县地区生产总值: an estimate of the whole area's
    among = rx.REGION_BREAKDOWN.match(stripped) if stripped[:1] in rx.REGION_BREAKDOWN_FIRST else None
    if among:  # 各县（市、区）中，甲区受理…；乙市…: the places gone through; the first opens
        stripped = stripped[among.end():]
        if (city := county_city(stripped)) and not rx.SCOPE.match(stripped):
            return city, len(seg) - len(stripped) + len(city)
    m = rx.SCOPE.match(stripped) if rx.SCOPE_LAST.search(stripped, 0, rx.SCOPE_WIDTH) else None
    if m and item and stripped[m.end():m.end() + 1] not in ("：", ":"):
        m = None
    offset = len(seg) - len(stripped)
    if m and ((m.group(1) or m.group(2)).startswith(rx.SOME_OF) or m.group(1) and (
            rx.NOT_PASSED_TO.search(m.group(1)) or rx.PASSED_ON_TO.match(m.group(1)))):
        # 部分承办单位办理质量不高，重复来电…: some units, which the figure is no count of; 其中转派承办单位办理18.6万件:
        # the units the orders went to, not who counted them
        return None, offset
    return (m.group(1) or m.group(2), offset + m.end() + 2) if m else (None, offset)  # + 2: rx.SCOPE looks ahead


def county_city(seg: str) -> str | None:
    """A county-level city named at the head of ``seg`` (乙市受理诉求…), which is no body's name to rx.SCOPE: read only
    where places are gone through (after 各县（市、区）中, or a named district's part before)."""
    place = rx.PLACE_AT_HEAD.match(seg)
    return place.group(0) if place and place.end() >= 3 and seg[place.end() - 1] == "市" else None


def scope_of(ctx: Context, start: int, words: str, s0: int, s1: int) -> str | None:
    """Who a figure is about: named at the head of its clause (``words``, read with the parenthesis it holds: see
    ``Context.words_before``), else at the head of its sentence (from ``s0`` to ``s1``, which the caller has read)."""
    if rx.SCOPE_LAST.search(words) and (scope := head_scope(words)[0]):  # no body's last character: no body named
        return scope
    if s0 not in ctx.sentence_scopes:  # read once per sentence; valid for figures after what the reading saw
        ctx.sentence_scopes[s0] = head_scope(ctx.text[s0:s1])
    scope, reach = ctx.sentence_scopes[s0]
    if scope and s0 + reach <= start:
        # 甲区受理…，办结率…；乙区受理…，办结率98.7%: a sentence that goes through subjects one per semicolon; the one
        # that opens the figure's part, not the sentence's first
        semi = max(ctx.text.rfind(";", s0, start), ctx.text.rfind("；", s0, start))
        if semi > s0 and rx.SCOPE_LAST.search(ctx.text, semi + 1, start) \
                and (own := head_scope(part := ctx.text[semi + 1:start])[0]
                     # places one per part: a county-level city opens its own (甲区…；乙市受理…)
                     or rx.PLACE_AT_HEAD.fullmatch(scope) and not rx.WHOLE_AREA.fullmatch(scope) and county_city(part)):
            return own
    if scope and words[:1] == "我" and (ours := rx.OUR_PLACE.match(words)):
        return ours.group(0)  # 全市…评估中，我区得分88.6分: the report's own place, not the sentence's whole
    return scope if s0 + reach <= start else head_scope(ctx.text[s0:start])[0]


def without_scope(metric: str, scope: str) -> str | None:
    """``metric`` without ``scope`` at its head, or after a stock's time (年末全市常住人口 -> 年末常住人口), when what is
    left still names a measure; None otherwise."""
    when = metric[:2] if metric.startswith(rx.YEAR_END) else ""
    # 全县医院, 全市共有小学: after a whole area (or what it has) a word of two characters names a measure; after a
    # body, two characters are one of its sides (市财政局收入) and the body stays
    # (but 县内就业: within an area, two characters may be what is told apart from outside it, 县外就业)
    whole = rx.WHOLE_AREA.fullmatch(scope) and not scope.endswith("内")
    for prefix in (scope, rx.OUR_PLACE.sub("", scope)):
        at = len(when) + len(prefix)
        if whole and metric.startswith(("内共有", "内有"), at) or scope == "辖区" and metric.startswith("内", at):
            at += 1  # 辖区内共有社区, 辖区内常住人口: 内 says where, before what the area has
        if prefix and metric.startswith(prefix, len(when)) \
                and count_han(rest := clean_label(metric[at:])) >= (2 if whole or metric.startswith("共有", at) else 3):
            return when + rx.SCOPES_DOING.sub("", rest)
    return None


def regional_part(ctx: Context, facts: list[Fact], i: int, metric: str) -> tuple[str, str] | None:
    """分市看，甲市地区生产总值1265亿元，增长6.1%；乙市843亿元: in a sentence that breaks a measure down by place, the
    place at the head of a name is the figure's scope, and a place alone takes the measure of the place before it
    (乙市: 地区生产总值). (scope, metric), or None."""
    f = facts[i]
    s0 = f.sentence_start
    opening = ctx.text[s0:s0 + 1]  # one character tells most sentences apart, without a match (~1,700 instructions)
    if ctx.text.find("方面", s0, s0 + 14) >= 0 and (topic := rx.MEASURE_TOPIC.match(ctx.text, s0)) and (places := rx.TAIL_TRIM.sub("", f.clause.lstrip("，,；;"))) \
            and all(rx.PLACE_AT_HEAD.fullmatch(p) for p in places.split("、")):
        return places, topic.group(1)  # 按期办结率方面，甲区、乙区均为100%；丙县为95.7%: each place's 按期办结率
    if not (opening in rx.REGION_BREAKDOWN_FIRST or opening.isspace()) or not rx.REGION_BREAKDOWN.match(ctx.text, s0):
        return None
    if (ranked := rx.RANKED_PLACE.match(metric)) and (place := rx.PLACE_AT_HEAD.fullmatch(metric, ranked.end())):
        return place.group(0), ranked.group(1)  # 满意率最高的是甲区: 甲区's 满意率
    if not (place := rx.PLACE_AT_HEAD.match(metric)):
        return None
    rest = metric[place.end():]
    if count_han(rest) >= 2:
        return place.group(0), rest
    if rest:
        return None
    before = next((g for g in reversed(facts[:i]) if g.start >= s0 and g.kind == f.kind and g.unit == f.unit), None)
    return (place.group(0), before.metric) if before is not None and before.scope else None


def named_like_scope_before(ctx: Context, facts: list[Fact], i: int, metric: str) -> tuple[str, str] | None:
    """甲区受理诉求2.1万件；乙区1.8万件; 人社局窗口办件8.9万件；医保窗口7.6万件: a figure whose clause is only a name
    ending as the scope of the figure before ends, in its unit, is that other place's or body's figure of the same
    measure. (scope, metric), or None."""
    f = facts[i]
    prev = facts[i - 1] if i else None
    # (各县区受理量：甲区…，乙区…: members of a list a colon opens, named under its topic; 全区累计建成…，改造老旧小区86个:
    # a whole area has no sibling place)
    if prev is None or not prev.scope or rx.WHOLE_AREA.fullmatch(prev.scope) or prev.start < f.sentence_start \
            or prev.in_paren or f.in_paren or ":" in prev.metric \
            or prev.unit != f.unit or prev.kind != f.kind or metric == prev.scope or metric[-1:] != prev.scope[-1:] \
            or count_han(metric) < 2 or f.clause.lstrip("，,；;、 ") != metric or not rx.SCOPE_LAST.search(metric):
        return None
    measure = prev.metric.removeprefix(prev.scope)
    return metric, (metric + measure if measure != prev.metric else measure)


def ranked_place(ctx: Context, f: Fact) -> tuple[str, str] | None:
    """满意率排名前三的区县为：甲区（92.3%）、乙县（90.1%）: a figure in brackets after a place a ranking names is that
    place's figure of the ranked measure (the measure said once for rankings that follow: …最低的为甲县（24…），最高的
    为乙区（36…）). (scope, metric), or None."""
    opening = max(ctx.text.rfind("（", f.sentence_start, f.start), ctx.text.rfind("(", f.sentence_start, f.start))
    if opening < 0 or ctx.text[opening + 1:f.start].strip():
        return None
    if ctx.text.find("最", f.sentence_start, opening) < 0 and ctx.text.find("前", f.sentence_start, opening) < 0:
        return None  # every ranking word holds one: the pattern, tried at each character, need not be
    measure, place_from = "", -1
    for ranking in rx.RANKING_OF_PLACES.finditer(ctx.text, f.sentence_start, opening):
        measure, place_from = ranking.group(1) or measure, ranking.end()
    if not measure or place_from < 0:
        return None
    listed = ctx.text[place_from:opening]
    place = rx.PLACES_LISTED_BEFORE.sub("", listed)  # the last of the places listed, each with its figure
    if any(c in listed for c in "，,；;。") or not rx.PLACE_AT_HEAD.fullmatch(place):
        return None
    return place, measure


@lru_cache(maxsize=256)  # a report has few sections, and most of its figures ask
def heading_year(section: str) -> int | None:
    """The one year the deepest heading that names a year names (2024年主要目标), not a span (2018—2022年)."""
    for heading in reversed(section.split(" > ")):
        years = rx.YEAR.findall(heading) if "年" in heading else []
        if years:
            return int(years[0]) if len(years) == 1 and not rx.YEAR_SPAN.search(heading) else None
    return None


@lru_cache(maxsize=256)
def in_plan(section: str) -> bool:
    """Whether a heading of the section announces plans or targets (三、2024年主要目标, 下一步工作打算)."""
    return any(rx.PLAN_HEADING.search(heading) for heading in section.split(" > "))


@lru_cache(maxsize=256)
def coming_work(section: str) -> str | None:
    """The year word of a heading that names the work of a year (明年重点工作, 今年重点任务: 明年, 今年); None for
    none, for 今年以来 and for a review (今年工作总结)."""
    for heading in section.split(" > "):
        coming = rx.COMING_WORK.search(heading)
        if coming and not rx.REVIEW_HEADING.search(heading):
            return coming.group(1)
    return None


@lru_cache(maxsize=256)
def mixed_plan_year(section: str) -> int | None:
    """The plan's year of a heading that names a review and a plan (2024年工作回顾和2025年工作安排: 2025), 0 when it
    names no year; None for a section that is not one."""
    for heading in reversed(section.split(" > ")):
        if rx.PLAN_HEADING.search(heading) and rx.REVIEW_HEADING.search(heading):
            return max(map(int, rx.YEAR.findall(heading)), default=0)
    return None


def time_of_part(ctx: Context, start: int, plan_year: int) -> bool:
    """Whether the figure at ``start`` of a mixed section is in its plan: the last time named before it in its
    paragraph is the plan's year, 明年, or 今年 in a report given in the plan's year (one that calls the year it
    reviews 去年 or 过去一年 and says no 明年: a year-end summary's 今年 is the year it reviews); not the review's
    (2024年, 去年, 过去一年). No time is the review."""
    paragraph = ctx.text.rfind("\n", 0, start) + 1
    last = None
    for last in rx.SECTION_TIME.finditer(ctx.text, paragraph, start):
        pass
    if last is None:
        return False
    if last.group(2):
        return last.group(2) != "今年" or ("明年" not in ctx.text and rx.LOOKED_BACK.search(ctx.text) is not None)
    return last.group(1) is not None and int(last.group(1)) == plan_year


def mark_targets(ctx: Context, facts: list[Fact], report_year: int | None, report_period: str | None) -> None:
    """Figures of a plan section, or after 力争/预期/计划 in their sentence, are targets: their names end in (目标),
    and a target under a plan heading that names no year, or after 力争/预期 in a whole year's report outside any plan
    section, is for the year after the one the report looks back on (a part-year report's: its own year, and its
    window leaves the name). A heading of a later year than the report's is a plan's; in a section of results and
    plans (2024年工作回顾和2025年工作安排) each figure is in the part its paragraph's last time names.
    Marked last, after changes took their names from the levels they change."""
    text = ctx.text
    # where the cues are, found once from their words (re skips ahead fast to one literal, not to an alternation)
    cues = [at for at, _ in occurrences(text, rx.TARGET_WORDS)
            if rx.TARGET_CUE.match(text, at) and not rx.PLAN_COMPARED.search(text, at - 6, at)
            and not rx.INDICATORS_REVIEWED.match(text, at)]
    if report_year:
        # 2025年，我镇将…, …，2026年底前将…: a sentence or clause opening with a later year and what will be done in it
        # (years found once)
        cues = sorted(cues + [y.start() for y in ctx.years[1] if int(y.group(1)) > report_year
                              and (y.start() == 0 or text[y.start() - 1] in "。；;\n，,")
                              and rx.LATER_YEAR_PLAN.match(text, y.end() - 1)])
    # a plan heading, or one of a year after the report's (二、2025年需要重点办好的民生实事 in a report on 2024): aims
    plans = {section for section in {f.section for f in facts}
             if section and (in_plan(section) or (report_year and (heading_year(section) or 0) > report_year))}
    if coming := {section: year for section in {f.section for f in facts} - plans
                  if section and (year := coming_work(section))}:
        # 今年 is the plan's year in a report given after the year it reviews (it calls that year 去年 or 过去一年)
        given_after = "明年" not in text and rx.LOOKED_BACK.search(text) is not None
        plans |= {section for section, year in coming.items() if year == "明年" or given_after}
    if not cues and not plans:
        return  # most reports state no plan: their figures are not looked at one by one
    part_year = report_period is not None and report_period != "学年"  # a school year's report aims at the next one
    for f in facts:
        if f.section in plans and _looked_back(ctx, f, cues):
            # 去年粮食总产量达到27.6万吨，今年力争…: the result of the year before the plan's, its starting point
            if f.year is not None and report_year and f.year > report_year:
                f.year -= 1
            continue
        if f.kind == "count" and f.metric.startswith(rx.LEFT_UNDONE):
            continue  # 对尚未完成整改的12个问题，将督促…: what is left is counted as of the report, in a plan or not
        planned = f.section in plans
        if planned and (plan_year := mixed_plan_year(f.section)) is not None:
            plan_year = plan_year or (report_year + 1 if report_year else 0)
            planned = time_of_part(ctx, f.start, plan_year)
            if planned and plan_year:
                f.year = plan_year
        elif planned and f.year is None and report_year and not rx.YEAR.search(f.section):
            # 今后五年工作安排 names no one year; 下一步工作打算: the coming year, or a part-year report's own
            f.year = report_year if part_year else report_year + 1
        cue = bisect_right(cues, f.start) - 1
        # (a cue in brackets is only theirs: 增长5.6%（年度计划6%左右）；规模以上工业增加值增长7.8% is a result)
        while cue >= 0 and f.sentence_start <= cues[cue] \
                and (paren := ctx.inside(ctx.parens, cues[cue])) is not None and not paren[0] <= f.start < paren[1]:
            cue -= 1
        cued = cue >= 0 and f.sentence_start <= cues[cue] and not rx.ACTUAL_AFTER_PLAN.search(text, cues[cue], f.start) \
            and not (f.kind == "share" and text[f.start - 1:f.start] == "的"
                     and "占" in text[max(cues[cue] - 6, f.sentence_start):cues[cue]])  # 占年度计划投资4.2亿元的111.4%: done
        if cued and not planned and f.year is None and report_year and not part_year \
                and not text.startswith("计划", cues[cue]) and not (f.in_paren and ctx.inside(ctx.parens, cues[cue])):
            # (增长4.8%（预期目标6%）: a plan in brackets beside a result is of the result's year)
            # 力争新增市场主体7000户 with no plan heading: a report of the year it looks back on aims at the next
            # (a part-year report's aims are its own year's; 计划总投资 is a project's size, not an aim of a year)
            f.year = report_year + 1
        if planned or cued:
            if report_period:  # a part-year report's aims are for the rest of its year, not its window (a school
                # year's, for the next school year)
                f.metric = f.metric.replace(f"({report_period})", "")
                said = ctx.last_before(ctx.periods, f.start, f.sentence_start)
                if said and text.find("全年", said.end(), f.start) > 0:
                    # 下半年，街道将冲刺全年目标任务：…确保完成2.5亿元: the year's aim, said in the rest of the year
                    f.metric = f.metric.replace(window_mark(said.group(0)), "")
            if not f.metric.endswith(rx.TARGET):
                # 收入预期增长3%: the mark says it is aimed at, not the aim's verb (一般公共预算收入增长(目标))
                f.metric = rx.AIM_BEFORE_CHANGE.sub("", f.metric) + rx.TARGET


def _looked_back(ctx: Context, f: Fact, cues: list[int]) -> bool:
    """Whether the figure's sentence says, before it and after any aim, that it is of the year looked back on (去年,
    过去一年; not 比去年, a comparison)."""
    s0 = f.sentence_start
    back = None
    for back in rx.LOOKED_BACK.finditer(ctx.text, s0, f.start):
        pass
    if back is None or ctx.text[back.start() - 1:back.start()] in ("比", "较", "同", "与", "于"):
        return False
    return bisect_right(cues, f.start) == bisect_right(cues, back.start())


def report_window(ctx: Context, f: Fact, report_period: str) -> str | None:
    """The window a quarterly or monthly report gives a figure that states none: its period (第三季度), the months up to
    its end for a figure since the year's start (今年以来 in a third-quarter report: 1-9月), none for the whole year."""
    reach = rx.YEAR_TO_DATE.search(ctx.text, f.sentence_start, f.start)
    if reach is None:
        return report_period
    if reach.group(1) is None:
        return None  # 全年预计受理诉求60万件
    if report_period in rx.LAST_MONTH:
        last = rx.LAST_MONTH[report_period]
    elif report_period.endswith("月"):  # 10月, 1-9月
        last = int(report_period[:-1].rsplit("-", 1)[-1])
    else:
        return None  # 第四季度, 下半年: since the year's start is the whole year
    return None if last == 12 else f"1-{last}月" if last > 1 else "1月"


def window_last(ctx: Context, facts: list[Fact], report_period: str | None) -> None:
    """受理诉求(1-9月)同比增长, 受理诉求(第三季度):咨询类: a name built on a figure's name that holds a window puts the
    window last, where every other name has it."""
    windows = {f"({m.group(0)})" for m in ctx.periods[1]} | ({f"({report_period})"} if report_period else set())
    for f in facts:
        for window in windows:
            if window in f.metric and not f.metric.endswith(window):
                f.metric = f.metric.replace(window, "") + window
        if "(第" in f.metric:
            f.metric = rx.QUARTER_MARK_LONG.sub(r"(\1季度)", f.metric)  # (第一季度) and (一季度): one window, one spelling


def date_fixes(ctx: Context, facts: list[Fact], report_year: int | None) -> None:
    """In a report on fixing an earlier year's audit findings, a figure that states no year of its own is a fix's, of
    the year it was done, when a fix's deed comes before it in its sentence (已收回资金N万元, 补签合同N份) or a date
    as of which the fixes are told (截至2024年10月底) comes before it in its paragraph: that date's year, the last
    before it, else the report's first, else the year after the audited one. What the audit found keeps its year, as
    does a whole some of which were fixed (8个项目中已有5个完成验收: the 8)."""
    title = rx.FIX_REPORT.search(ctx.text, 0, 400) if report_year is not None else None
    if title is None or f"{report_year}年" not in ctx.text[ctx.text.rfind("\n", 0, title.start()) + 1:title.start()]:
        return  # the title names the audited year, the report's
    as_of = list(rx.AS_OF_YEAR.finditer(ctx.text))
    for f in facts:
        if f.year is not None or rx.WHOLE_OF_SOME.match(ctx.text, f.end) or _found_then_fixed(ctx, f):
            continue
        paragraph = ctx.text.rfind("\n", 0, f.start) + 1
        before = [m for m in as_of if m.start() < f.start]
        if rx.FIX_DEED.search(ctx.text, f.sentence_start, f.start) or before and before[-1].start() >= paragraph:
            year = int(before[-1].group(1)) if before else int(as_of[0].group(1)) if as_of else report_year + 1
            f.year = year if year > report_year else None


def _found_then_fixed(ctx: Context, f: Fact) -> bool:
    """超标准列支会议费23.6万元，已追回: a sum named in a clause of no deed, with the deed on it after, is what the audit
    found (the deed is another fact, of the year it was done)."""
    clause = max(ctx.text.rfind(c, f.sentence_start, f.start) for c in "，,；;") + 1
    return rx.FIX_DEED.search(ctx.text, max(clause, f.sentence_start), f.start) is None \
        and rx.DEED_AFTER.match(ctx.text, f.end) is not None


def period_at(ctx: Context, f: Fact) -> str | None:
    """A window stated at the head of the figure's sentence (截至10月1日, 1-11月份)."""
    found = ctx.last_before(ctx.periods, f.start, f.sentence_start)
    return found.group(0) if found else None


def window_mark(period: str) -> str:
    """How a name says a window, last: 1至10月份 is (1-10月), 10月当月 is (10月); 2025年上半年 is (上半年), as the
    report's other figures of that window are named (the year is the fact's year)."""
    period = rx.YEAR_OF_WINDOW.sub("", period)
    return f"({rx.MONTHS_SPAN.sub('-', period).replace('月份', '月').replace('月当月', '月')})"
