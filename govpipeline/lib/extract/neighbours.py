"""Names from around a figure whose own words say too little: a sibling's object or measure, a counterpart flow,
the total a part belongs to, the figure a rate is of, the topic of a list a colon opens, the section heading.

Takes a ``Context``, the figures and one figure's place among them; gives a metric, or None.
"""
from __future__ import annotations

import re

from govpipeline.lib.sections import SectionIndex
from govpipeline.lib.extract.context import Context, count_han, heading_path, last_clause, without_change_tail
from govpipeline.lib.extract.model import Fact
from govpipeline.lib.extract.own_words import antecedent, clean_label, cleaned, last_words, topic_words, without_figured_asides
from govpipeline.lib.extract import patterns as rx


def _parallel_label(f: Fact, prev: Fact, words: tuple[str, ...]) -> str | None:
    """取消政策性审批服务项目22项，下放13项: a bare verb takes the object of its parallel sibling; 上半年办件量12.3万件，
    下半年15.6万件: a bare part of the year takes its sibling's measure. (``words``: the verbs or the parts of the year
    ``f``'s label is one of.)"""
    # after 其中自然人申请48件 or （含匿名投诉15件）: 答复 what was 收到, not what the part was
    whole = rx.INCLUDED_TAIL.sub("", prev.metric.split(":")[0])
    if words is rx.REPORT_VERBS:  # 县法院受理各类案件9862件…；审结9517件: 审结 what was 受理, whoever did it
        whole = rx.BODY_BEFORE_VERB.sub("", whole, count=1)
    rest = _after_lead(whole, words)
    return f.label + rest if rest else None


def _after_lead(metric: str, leads: tuple[str, ...]) -> str | None:
    """What ``metric`` names after the lead word (a verb, a part of the year) it opens with, when that is two
    characters or more: 收到政府信息公开申请 -> 政府信息公开申请."""
    lead = next((w for w in leads if metric.startswith(w)), None)
    return metric[len(lead):] if lead is not None and count_han(metric) - len(lead) >= 2 else None


def subject_of_clause_before(ctx: Context, f: Fact, prev: Fact | None, metric: str) -> str | None:
    """市属国有企业整体扭亏为盈，实现利润总额3.6亿元: a figure whose clause opens with a linking verb alone is of the subject
    of the clause before, when that clause holds no figure (市属国有企业利润总额). (``f``'s clause opens so.)"""
    if count_han(metric) > 6:
        return None
    clause_start = f.start - len(f.head)
    if ctx.text[clause_start - 1:clause_start] not in ("，", ","):
        return None
    before_start = ctx.segment_start(clause_start - 1, "，,；;。：:\n")
    if before_start < f.sentence_start or prev is not None and prev.end > before_start:
        return None
    words = clean_label(ctx.text[before_start:clause_start - 1])
    if f.scope:
        words = rx.OUR_PLACE.sub("", words.removeprefix(f.scope))
    subject = rx.CLAUSE_SUBJECT.match(words)
    if subject is None or len(subject.group()) == len(words) or metric.startswith(subject.group()):
        return None  # the clause is its subject alone: 规模以上工业企业，实现… reads the subject as the figure's own words
    return subject.group() + (metric[2:] if metric.startswith(rx.LINKED_ALONE) else metric)  # the verb only links


def shared_object(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """共发布信息30902篇，平均每天发布172篇: a label ending in the verb of the figure before takes that figure's
    subject and object; so does one ending in its average (日均接待群众3200人次，高峰期日均4500人次)."""
    if prev is None or prev.unit != f.unit or prev.start < f.sentence_start or count_han(f.label) > 8 \
            or not f.label.endswith(rx.SHARED_WORDS) or rx.ANSWER_OUTCOME.search(f.label):
        return None
    verb = next(v for v in rx.SHARED_WORDS if f.label.endswith(v))
    at = prev.label.find(verb)
    if at < 0 or count_han(prev.label[at + len(verb):]) < 2:
        return None
    subject = clean_label(prev.label[:at])
    if f.head.lstrip("，,、；;").startswith(rx.MEANS_FIRST) and count_han(f.label[:-len(verb)]) >= 2:
        subject = ""  # 主动公开信息…，通过政府网站公开…: the means is named in the subject's place (no 主动政府网站公开)
    return ("" if f.label.startswith(subject) else subject) + f.label + prev.label[at + len(verb):]


def other_subject(ctx: Context, f: Fact, facts: list[Fact], i: int) -> str | None:
    """城镇居民恩格尔系数为29.8%，农村居民为32.1%: a subject alone, of the kind that opens the figure before (both end
    in 居民), takes that figure's measure; so it does after that figure's own changes (城镇居民人均可支配收入46318元，
    增长4.6%；农村居民22156元)."""
    label = f.label
    if not 2 <= len(label) <= (10 if label[-1:] == "类" else 6):
        return None  # (the length the test below allows at most, first: two labels in three fail it)
    j = i - 1
    s0 = f.sentence_start
    while j > 0 and facts[j].kind == "change" != f.kind and facts[j].start >= s0 and facts[j - 1].start >= s0:
        j -= 1
    prev = facts[j] if j >= 0 else None
    # (汽车类零售额12.3亿元；石油及制品类8.6亿元: classes of other lengths end where their 类 does)
    classed = prev is not None and label[-1:] == "类" and prev.label.find("类") > 0
    end = prev.label.find("类") + 1 if classed else len(label)
    if prev is None or prev.unit != f.unit or prev.kind != f.kind or not 2 <= len(label) <= (10 if classed else 6) \
            or not prev.label.startswith(label[-1], end - 1) or prev.label.startswith(label) \
            or ctx.text[f.start - len(f.head) - 1:f.start - len(f.head)] not in ("，", "；", ",", ";") \
            or j < i - 1 and ctx.text[prev.end:prev.end + 1] not in ("，", "；", ",", ";") \
            or j == i - 1 and ctx.text[prev.end:f.start - len(f.head)] not in ("，", "；", ",", ";") \
            or count_han(label) != len(label):
        return None
    measure = prev.metric[prev.metric.find(prev.label) + end:] if prev.label in prev.metric else ""
    return label + measure if count_han(measure) >= 2 and not measure.startswith(rx.REPORT_VERBS) else None


def class_of_opener(ctx: Context, f: Fact, before: Fact | None, metric: str) -> str | None:
    """限额以上单位消费品零售额中，粮油、食品类增长11.2%，…，中西药品类零售额1.37亿元: a class the sentence's opener
    lists takes the opener's measure (零售额) and its qualifier (限额以上单位)."""
    opener = rx.AMONG_MEASURE.match(ctx.text, f.sentence_start)
    if opener is None and before is not None and (cls := rx.LISTED_CLASS.match(metric)) \
            and rx.PARTS_OPENER.match(ctx.text, f.sentence_start) and (whole := rx.QUALIFIED_WHOLE.match(before.metric)) \
            and not metric.startswith(whole.group()):
        # …零售额42.18亿元。其中，汽车类零售额增长…，石油及制品类下降…: the parts of the sentence before's qualified whole
        rest = metric[cls.end():]
        if not rest.startswith(rx.LISTED_MEASURES) and (measure := rx.LISTED_MEASURE.search(before.metric, whole.end())):
            rest = measure.group() + rest
        return whole.group() + cls.group() + rest
    if opener is None or f.start < opener.end() or (cls := rx.LISTED_CLASS.match(metric)) is None:
        return None
    qualifier, measure, rest = opener.group(1), opener.group(2), metric[cls.end():]
    return qualifier + cls.group() + (rest if rest.startswith(measure) else measure + rest)


def qualifier_of_opener(ctx: Context, f: Fact, metric: str) -> str | None:
    """限额以上单位中，餐饮收入增长18.5%，新能源汽车零售额…: a figure after an opener that names only a qualifier is of
    the units it qualifies."""
    if ctx.text.find("限", f.sentence_start, f.start) < 0:
        return None  # an opener before the figure holds 限 (限额以上, 限上): most sentences are told apart by it
    opener = rx.AMONG_UNITS.match(ctx.text, f.sentence_start)
    if opener is None or f.start < opener.end() or count_han(metric) < 2 or metric.startswith(opener.group(1)):
        return None
    return opener.group(1) + metric


def parts_of_qualified_firms(ctx: Context, facts: list[Fact]) -> None:
    """规模以上工业企业中，亏损企业32家，国有控股企业营业收入…增长4.3%: the figures after an opener of the firms a size
    qualifies are its parts, named under it (规模以上工业企业:亏损企业), once their own names are whole; not a figure
    whose name says the whole already (占规模以上工业增加值的比重)."""
    if "工业中" not in ctx.text and "工业企业中" not in ctx.text:
        return
    openers: dict[int, re.Match | None] = {}
    for f in facts:
        if f.sentence_start not in openers:
            openers[f.sentence_start] = rx.AMONG_FIRMS.match(ctx.text, f.sentence_start)
        opener = openers[f.sentence_start]
        if opener is None or f.start < opener.end() or count_han(f.metric) < 2 or "规" in f.metric \
                and (opener.group(1) in f.metric or "规模以上" in f.metric):
            continue
        f.metric = f"{opener.group(1)}:{f.metric}"


def listed_measure(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """采矿业增加值增长3.2%，制造业增长8.1%: a change named by its subject alone, listed right after a change of a
    measure of another subject, changes that measure too (制造业增加值增长); so does the first of a breakdown of the
    sentence before (规模以上工业增加值增长6.2%。分经济类型看，国有控股企业增长4.8%)."""
    if prev is None or prev.kind != "change":
        return None
    gap = ctx.text[prev.end:f.start - len(f.head)]
    if not (gap in ("，", "；", ",", ";") and prev.start >= f.sentence_start or rx.BREAKDOWN_GAP.fullmatch(gap)):
        return None
    change = rx.CHANGE_TAIL.search(f.label)
    subject = f.label[:change.start()] if change else ""
    if count_han(subject) < 2 or subject.endswith(rx.LISTED_MEASURES) or subject.endswith(rx.ATTAINED_MEASURES) \
            or rx.SHARE_WORD.search(subject) or subject.startswith(rx.PACE_OF_CHANGE) \
            or rx.FULL_MEASURE.search(subject) or rx.INTENSITY.search(subject):
        # nor is a share or a rate a subject (占…的比重提高1.4个百分点), nor the pace of the change before (增速比1-9月提高),
        # nor a subject that names its measure (用水量) or is one (单位GDP能耗)
        return None
    # (汽车制造业增加值增长15.2%，拉动规模以上工业增长2.8个百分点；电气机械制造业增长…: the growth, not its pull)
    before = prev.metric.partition("拉动")[0] + "增长" if "拉动" in prev.metric else prev.metric
    n = len(subject)
    if 4 <= n <= 6 and count_han(subject) == n and before[n - 2:n] == subject[-2:] and not before.startswith(subject) \
            and (tail := rx.CHANGE_TAIL.search(before)) and count_han(measure := before[n:tail.start()]) >= 2 \
            and not measure.startswith(rx.REPORT_VERBS):
        # 城镇居民人均可支配收入年均增长7.1%，农村居民年均增长8.6%: a subject of the kind that opens the change before
        # (both end in 居民) takes its measure
        return subject + measure + f.label[change.start():]
    measure = rx.MEASURE_BEFORE_CHANGE.search(before)
    if measure is None or measure.end() != len(before):
        # 居民消费价格上涨0.3%，其中城市上涨0.2%，农村上涨0.5%: the parts of a change of no listed measure are named
        # under its whole, unless they name a measure themselves (其中食品烟酒价格上涨…)
        if rx.FULL_MEASURE.search(subject) or subject.endswith(rx.PRICE_WORDS):
            return None
        parts = f.head.startswith("其中") or gap.endswith(("其中，", "其中,"))
        whole = without_change_tail(before) if parts and ":" not in before \
            else before.rpartition(":")[0] if gap in ("，", ",") and prev.start >= f.sentence_start else ""
        return f"{whole}:{f.label}" if count_han(whole) >= 2 else None
    return subject + measure.group(1) + f.label[change.start():]


def other_modifier(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """声环境昼间达标率为96.4%，夜间达标率为85.7%: a name that differs from the figure before's only in the words
    before their shared rate (昼间/夜间) is that figure's subject's too (声环境夜间达标率). (``f`` is a rate or share.)"""
    if prev is None or not f.label.endswith(("率", "比例", "比重")) \
            or prev.kind != f.kind or prev.unit != f.unit or not 3 <= len(f.label) <= 6 \
            or count_han(f.label) != len(f.label) or prev.start < f.sentence_start \
            or ctx.text[prev.end:f.start - len(f.head)] not in ("，", "；", ",", ";"):
        return None
    shared = 0
    while shared < len(f.label) and prev.metric[-1 - shared:][:1] == f.label[-1 - shared]:
        shared += 1
    subject = prev.metric[:len(prev.metric) - len(f.label)]
    if count_han(subject) < 2 or subject.endswith(":"):
        return None
    for own in range(max(1, len(f.label) - shared), min(3, len(f.label) - 2) + 1):  # 昼间/夜间 share 间 too
        if frozenset((prev.metric[len(subject):len(subject) + own], f.label[:own])) in rx.OPPOSED_SIDES:
            return subject + f.label
    return None


def rate_of_quantity(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """生活垃圾清运量32.6万吨，无害化处理率100%: a bare rate right after a quantity of a material produced or handled
    is that material's (生活垃圾无害化处理率). (``f`` is a rate.)"""
    if prev is None or prev.kind != "other" or ":" in prev.metric or not f.label.endswith("率") \
            or not 3 <= len(f.label) <= 7 or count_han(f.label) != len(f.label) or prev.start < f.sentence_start \
            or ctx.text[prev.end:f.start - len(f.head)] not in ("，", "；", ",", ";") \
            or not (handled := rx.QUANTITY_HANDLED.search(prev.metric)):
        return None
    material = prev.metric[:handled.start()]
    if (at := material.find(f.label[:-1], 2)) > 0:
        material = material[:at]  # 污水处理量…，处理率…: the material, not its handling twice
    return material + f.label if count_han(material) >= 2 and material not in f.label else None


def yield_of_crop(ctx: Context, f: Fact, facts: list[Fact], i: int) -> str | None:
    """油料产量2.4万吨，下降1.1%，平均每亩产量182公斤: a bare yield per mu after a crop's output or sown area (past
    its change) is that crop's (油料平均每亩产量)."""
    if not rx.YIELD_PER_MU.fullmatch(f.label):
        return None
    level = next((g for g in reversed(facts[:i]) if g.kind != "change"), None)
    if level is None or level.start < f.sentence_start or ":" in level.metric \
            or not (output := rx.OUTPUT_END.search(level.metric)) or count_han(crop := level.metric[:output.start()]) < 2:
        return None
    return crop + f.label


def change_of_sibling_rate(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """受理来电5.6万件，办结率98.1%，满意率同比提高2.3个百分点: the change of a rate right after a rate named under
    the count it is of is of a rate of the same count (受理来电:满意率同比提高). (``f`` is a change.)"""
    if prev is None or prev.kind != "rate" or ":" not in prev.metric or prev.start < f.sentence_start \
            or ctx.text[prev.end:f.start - len(f.head)] not in ("，", ",", "；", ";") \
            or not without_change_tail(f.label).endswith("率") or ":" in f.label:
        return None
    return f"{prev.metric.rpartition(':')[0]}:{f.label}"


_BOTH_FLOWS = "收支"


def counterpart_label(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """医保基金收入12.4亿元，支出11.2亿元，当期结余1.2亿元: a bare flow after its counterpart takes that figure's
    subject (医保基金支出, 医保基金当期结余), and is no part of it. (``f``'s label is at most 6 characters.)"""
    if prev is None or prev.unit != f.unit or prev.start < f.sentence_start:
        return None
    if f.label.startswith("实际") and prev.metric.endswith("预算") and count_han(prev.metric) > 4:
        return prev.metric[:-2] + f.label  # 预备费预算2亿元，实际支出1.36亿元: what was spent of that budget
    # 当年收支结余: 收支 names the two flows the balance is left of, no subject of its own
    lead = f.label[:-2].removesuffix(_BOTH_FLOWS) if f.label.endswith("结余") else f.label[:-2]
    if f.label[-2:] not in rx.FLOWS or lead not in rx.FLOW_QUALIFIERS:
        return _flow_beside(f, prev)
    group = next(g for g in rx.COUNTERPARTS if f.label.endswith(g))
    # 累计结余: a qualifier the label lost to its lead-word trim
    own = next((q + f.label for q in rx.FLOW_QUALIFIERS if q and f.head.endswith(q + f.label)), f.label)
    word = next((w for w in group if prev.label.endswith(w)), None)
    if word is None or own == word or not prev.metric.endswith(prev.label):
        return None  # 收入总计446.6亿元 after 债务转贷收入: the same flow again is a total
    qualifier = max((q + both for q in rx.FLOW_QUALIFIERS for both in (_BOTH_FLOWS, "")
                     if (q or both) and prev.label.endswith(q + both + word)), key=len, default="")
    subject = prev.metric[:len(prev.metric) - len(qualifier) - len(word)]
    if own != word and (kept := next((q for q in rx.FLOW_QUALIFIERS if q and subject.endswith(q)), None)):
        subject = subject[:-len(kept)]  # 当年结余…，累计结余…: the qualifier before is its own (医保基金累计结余)
    # 当年收支结余…，年末滚存结余…: 收支 names both flows, no subject
    return subject + own if count_han(subject) >= 2 and not subject.endswith(":") and subject != "收支" else None


def budget_of_flow(ctx: Context, f: Fact, facts: list[Fact], i: int, metric: str) -> str | None:
    """政府性基金预算支出31.52亿元…。全年调出资金3.2亿元: a budget's transfer or pace named bare is of the budget the
    last amount before it in its paragraph names (政府性基金预算调出资金, 一般公共预算支出进度较上年同期加快), and a
    pace of spending of the money its sentence sent before it (直达资金支出进度). (``metric`` holds 资金 or 进度.)"""
    if not rx.BUDGET_BARE.match(metric):
        return None
    paragraph = ctx.text.rfind("\n", 0, f.start)
    amount = next((g for g in reversed(facts[:i]) if g.kind == "amount" or g.start < paragraph), None)
    if amount is None or amount.start < paragraph:
        return None
    if budget := rx.BUDGET_NAMED.match(amount.metric):
        return budget.group() + metric
    money = rx.MONEY_SENT.fullmatch(amount.metric)
    if money and metric.startswith("支出进度") and amount.start >= f.sentence_start:
        return money.group(1) + metric  # 下达直达资金46.28亿元，支出进度达到98.2%: the pace of spending that money
    return None


def _flow_beside(f: Fact, prev: Fact) -> str | None:
    """养老保险基金收入…；基金支出…, 预算收入总计…、支出总计…: a flow whose words around it match those of its counterpart
    before takes that figure's subject (养老保险基金支出, 预算支出总计)."""
    at = next((i for i in range(len(f.label) - 1) if f.label[i:i + 2] in rx.FLOWS), -1)
    if at < 0 or at > 3 or f.label[at + 2:] not in rx.FLOW_TOTALS:
        return None
    lead, flow, tail = f.label[:at], f.label[at:at + 2], f.label[at + 2:]
    group = next(g for g in rx.COUNTERPARTS if flow in g)
    word = next((w for w in group if w != flow and prev.label.endswith(lead + w + tail)), None)
    if word is None or not prev.metric.endswith(prev.label):
        return None
    subject = prev.metric[:len(prev.metric) - len(lead + word + tail)]
    return subject + f.label if count_han(subject) >= 2 and not subject.endswith(":") else None


def balance_label(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """职工医保基金…累计结余86.25亿元，可支付月数19个月: how long a balance lasts, named alone right after it, is the
    fund's (职工医保基金可支付月数). (``f``'s label is one of OF_A_BALANCE.)"""
    if prev is None or prev.start < f.sentence_start \
            or prev.label[-2:] not in rx.FLOWS or not prev.metric.endswith(prev.label):
        return None
    subject = prev.metric[:len(prev.metric) - len(prev.label)]
    subject = subject.removesuffix(next((q for q in rx.FLOW_QUALIFIERS if q and subject.endswith(q)), ""))
    return subject + f.label if count_han(subject) >= 2 and not subject.endswith(":") else None


def listed_object(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """进驻部门46个、窗口218个、事项1386项: a bare noun listed with 、 after a figure named by a verb and its object is
    another object of that verb (进驻窗口, 进驻事项); so is a longer one of the same kind of thing, counted in the same
    unit (新增国家级专精特新企业8家、省级专精特新中小企业63家)."""
    if prev is None or prev.end != f.start - len(f.label) - 1 or ctx.text[prev.end] != "、" or not f.label:
        return None
    if prev.metric[-1:] in ("量", "数", "额") and (at := prev.metric.find(f.label[:2])) >= 2 \
            and f.label.startswith(stem := prev.metric[at:-1]) and count_han(f.label) >= len(stem) + 2:
        return prev.metric[:at] + f.label  # 快递业务量1.86亿件、业务收入12.4亿元: another side of the same business
    if len(f.label) == len(prev.label) == 2 and prev.metric.startswith(prev.label) and count_han(prev.metric) > 2 \
            and ":" not in prev.metric:
        # 清理规范性文件146件，废止12件、修改5件: a bare word in the place of a bare verb that took its object from
        # the clause before is another verb of it (修改规范性文件, not 废止修改)
        return f.label + prev.metric[2:]
    if f.label in rx.LISTED_VERBS and ":" not in prev.metric \
            and (verb := max(rx.LISTED_VERBS, key=prev.metric.rfind)) in prev.metric \
            and count_han(prev.metric) > (at := prev.metric.rfind(verb) + len(verb)) + 1:
        return f.label + prev.metric[at:]  # 制定地方性法规4件、修改3件: another verb of the same object
    same_kind = prev.unit == f.unit and f.label[-2:] == prev.metric[-2:]
    if len(f.label) > 4 and not same_kind or count_han(f.label) != len(f.label) \
            or any(v in f.label for v in rx.REPORT_VERBS):
        return None
    # 建成全国示范社区2个、省级示范社区9个: things of one kind are also made or built by the verb before
    verb = max(rx.REPORT_VERBS + rx.MADE_OR_BUILT if same_kind else rx.REPORT_VERBS, key=lambda v: prev.metric.rfind(v))
    at = prev.metric.rfind(verb)
    if at < 0 or count_han(prev.metric[at + len(verb):]) < 1 or ":" in prev.metric[at:]:
        return None
    return prev.metric[:at + len(verb)] + f.label


def side_of_event(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """发生生产安全事故12起、死亡9人: what befell people, listed right after a count of the things, is theirs
    (生产安全事故死亡), also past the count's change (…126起，同比下降8.7%；死亡41人). (``f``'s label is one of
    EVENT_SIDES; ``prev`` the count or level before it.)"""
    if prev is None or prev.kind != "count":
        return None
    # before the label, or before the head where the label runs past the figure (…12起，造成7人死亡: 造成死亡)
    if not any(gap in ("、", "，", ",") or rx.CHANGE_BETWEEN.fullmatch(gap)
               for gap in {ctx.text[prev.end:f.start - len(f.label)], ctx.text[prev.end:f.start - len(f.head)]}):
        return None
    thing = rx.EVENT_THING.match(prev.metric)
    return thing.group(1) + thing.group(2) + f.label if thing else None


def medium_before(ctx: Context, f: Fact) -> str | None:
    """The account or site a measure of its audience (关注人数, 粉丝数, 阅读量) is of, when its sentence names one
    before the figure's clause and the label does not: 开通“某某发布”微信公众号，关注人数达1.2万人."""
    s0 = f.sentence_start
    head = ctx.text[s0:f.start - len(f.clause)]
    found = None
    for found in rx.MEDIUM.finditer(head):
        pass
    if found is None:
        return None
    return rx.MEDIUM_LEAD.sub("", found.group(0)).replace("“", "").replace("”", "")


def next_part(ctx: Context, f: Fact, prev: Fact | None) -> str | None:
    """受理申请120件，其中网上办结100件，现场办结18件: a short name listed right after a part, in its unit, names the
    next part; 制发规范性文件15件，废止3件，现行有效86件: after a verb that took the object before, the name takes it
    too. A name that opens with a verb of its own (办结申请), or a rate, is a figure of its own."""
    if prev is None or f.kind not in ("count", "amount") or prev.in_paren or prev.unit != f.unit or not f.label \
            or count_han(f.label) > 6 or f.label.startswith(rx.REPORT_VERBS) \
            or ctx.text[prev.end:f.start - len(f.head)] not in ("，", "、", ","):
        return None
    if prev.label in rx.REPORT_VERBS and (rest := _after_lead(prev.metric, (prev.label,))):
        return f.label + rest
    return _beside(prev, f.label)


def _beside(g: Fact, label: str) -> str | None:
    """``label`` under the parent of ``g``'s own label, when ``g`` has one (受理申请:网上办结 -> 受理申请:现场办结)."""
    if g.label and g.metric.endswith(":" + g.label):
        return g.metric[:-len(g.label)] + label
    return None


def context_label(ctx: Context, f: Fact, facts: list[Fact], i: int, sections: SectionIndex) -> str | None:
    """Words that make a too-short label say what is measured, from the nearest place that holds them."""
    text = ctx.text
    s0 = f.sentence_start
    prev = facts[i - 1] if i else None
    if named := _parallel_before(ctx, f, facts, i, s0) or f.kind == "rate" and _rate_of_count(ctx, f, facts, i, s0) \
            or facet_of_subject(ctx, f, facts, i, s0):
        return named
    sentence_head, raw_prev, prev_clause = _clause_before_figure(ctx, f, s0)
    if any(c in prev_clause[:10] for c in rx.CAUSE_FIRST) and (cause := rx.CAUSE_CLAUSE.search(prev_clause, 0, 10)) \
            and count_han(f.label) >= 2 \
            and (not cause.start() or rx.WINDOW_IN_NAME.fullmatch(prev_clause, 0, cause.start())):
        # 其中第一季度因供暖诉求集中，接通率为91.2%: the cause names nothing; the quarter stays, for the window
        return f"{prev_clause[:cause.start()]}:{f.label}" if cause.start() else f.label
    full, half = sentence_head.rfind("："), sentence_head.rfind(":")
    colon = full if full > half else half
    if colon > 0 and sentence_head[colon - 1:colon].isdigit() and sentence_head[colon + 1:colon + 2].isdigit():
        colon = -1  # 9.8:41.2:49.0: a ratio's colon opens no list
    in_list = colon >= 0 and not rx.RUN_IN_WINDOW.match(text, s0 + colon + 1) and (not raw_prev or rx.FIGURE.search(raw_prev) is not None or
                              sentence_head.rstrip().endswith(("：", ":")))
    if in_list:  # 满意度为：“非常满意”占8%，“满意”占6.7%: members of a list after a colon carry its topic
        # (诉求量排名前五位的分别是：: the topic is what is ranked, 诉求量)
        ranked = rx.RANKED.search(sentence_head, max(colon - 12, 0), colon)
        topic = topic_words(ctx, sentence_head[:ranked.start() if ranked else colon])
        if rx.PLAN_HEADING.search(topic) and count_han(f.label) >= 2:
            return f.label  # 主要预期目标为：地区生产总值增长6%左右: the figure is a target of the plan, named by itself
        if topic == f.scope and count_han(f.label) >= 2:
            return f.label  # 市人社局：办件量逾50万件: the topic is who, and the label says what
        # (重点做好以下工作：: the lead is read as the words before the colon, not as its trimmed topic 下工作)
        if count_han(topic) >= 2 and not rx.ANNOUNCES_LIST.search(topic) \
                and not rx.ANNOUNCES_LIST.search(sentence_head, colon - rx.ANNOUNCES_LIST_WIDTH, colon):
            return f"{topic}:{f.label}" if f.label else topic
    if f.label and (rx.MEASURE_NOUN.search(f.label) and rx.MEASURE_NOUN.search(prev_clause)
                    or rx.FULL_MEASURE.search(f.label) and not f.label.endswith("率")
                    and (rx.FULL_MEASURE.search(prev_clause) or _sum_after_people(f, prev, s0))):
        # two measures named in full are siblings, not whole and part (最高分98.5分，最低分82.3分; 总阅读量…，粉丝数…;
        # 粮食播种面积…，发电量…); not a rate, which may be of the measure before (已整改问题金额…，整改率…): the
        # second takes the first one's parent, if it has one; so is a sum after a count of people (缴存职工…，缴存额…)
        if prev is not None and prev.start >= s0 and (sibling := _beside(prev, f.label)):
            return sibling
        prev_clause = ""
    if f.label.endswith("率") and count_han(f.label) >= 3 and (prev is None or prev.start < s0) \
            and f.clause.startswith(rx.AIM_OPENINGS):
        prev_clause = ""  # 将聚焦季节性诉求，确保接通率保持在95%以上: the work before is no whole of the rate aimed at
    # 直办37527件（52.7%）: the figure before, not its share in brackets
    outer = next((facts[j] for j in range(i - 1, -1, -1) if not facts[j].in_paren), None)
    if outer is not None and outer.start >= s0 and outer.unit == f.unit and f.label \
            and (outer.label == prev_clause and (count_han(prev_clause) <= 4 or prev_clause.endswith("类")
                                                 and f.label.endswith("类"))
                 or _places_beside(outer, f) or _kinds_of_one_thing(outer.metric, f.label)) \
            and not rx.PARTS_FOLLOW.search(text, outer.end, f.start) \
            and not text[outer.end:f.start - len(f.head)].rstrip("，,").endswith("中") \
            and not (f.label.startswith("实际") and "计划" in raw_prev):  # 计划新建公园4个，实际完成5个: below
        # 直办37527件，转办33657件; 行政复议0件，行政诉讼0件: short names of figures in one unit are siblings, and so are
        # kinds of one classification (意见建议类…，表扬类…) (not after 其中 or after N个…中，, which open parts)
        return _beside(outer, f.label) or f.label
    if f.kind == "rate" and outer is not None and outer.start >= s0 and outer.kind in ("duration", "score", "change") \
            and rx.FIGURE.search(raw_prev) \
            and not (outer.kind == "change" and without_change_tail(prev_clause).endswith(("率", "度"))):
        # 平均办理时间3天，办结率100%: a rate is not one of a time; but 满意率较上年提高2.3个百分点，达到96.5%: the
        # level the changed rate reached
        prev_clause = ""
    if f.kind == "count" and f.label and outer is not None and outer.start >= s0 and outer.kind == "count" \
            and count_han(f.label) <= 4 and rx.PARTS_OPENING.match(raw_prev) and rx.FIGURE.search(raw_prev):
        return f.label  # 其中来信46件，来访172批次: a part after a part, in another unit, is none of it
    if f.kind == "count" and f.label and prev is not None and prev.start >= s0 and prev.kind == "count" \
            and prev.unit != f.unit and ctx.text[prev.end:f.start - len(f.head)] in ("；", ";"):
        return f.label  # 幼儿园862所，在园幼儿18.6万人；小学512所: what a semicolon sets after a count of other things
    # not just 较上年的提高; a rate is no parent (好评率99.6%，差评…), but names a figure of its own (较上年的96.9%)
    # nor is a share named by its word alone (咨询类2130件，占比45.2%；求助类…: 占比 is no parent of 求助类)
    # (each pattern only on words holding a character its matches begin or end with: re tries it at every character)
    bare = rx.YOY_CUE.sub("", prev_clause) if not rx.YOY_FIRST.isdisjoint(prev_clause) else prev_clause
    bare = rx.BARE_CHANGE.sub("", bare) if not rx.CHANGE_TAIL_LAST.isdisjoint(bare) else bare
    if count_han(bare.replace("的", "")) >= 2 \
            and not (f.label and (prev_clause.endswith("率") or f.label.endswith("率") and "率" in prev_clause)) \
            and not rx.SHARE_CUE.fullmatch(prev_clause):
        named = last_words(without_change_tail(prev_clause))  # 办件量同比增长23.6%，达到15.8万件: the 办件量
        if f.label in rx.SIDES_OF_BUILT and (built := rx.BUILT_END.search(named)) and count_han(named[:built.start()]) >= 2:
            return named[:built.start()] + f.label  # 快速通道建成通车，全长12.8公里: the road's length
        if f.kind == "change" and rx.BARE_CHANGE.fullmatch(f.label):
            # 工业增加值同比增长7.4%，环比增长0.6%: the same level's change, told again; 利润总额12.8亿元，下降3.4%: the
            # change of the level before, by the name that figure was given
            if prev is not None and prev.start >= s0 and prev.label == named and ":" not in prev.metric:
                named = prev.metric
            return named + f.label
        if f.label in rx.PLANNED_ALONE and count_han(aimed := rx.AIM_LAST.sub("", named)) >= 2:
            return aimed  # 收入预期增长3%，安排50.1亿元: the sum planned for the flow the clause before names
        if f.label.startswith("实际") and "计划" in raw_prev:
            if count_han(named[:(plan := named.find("计划"))]) >= 2 and plan > 0:
                return named[:plan] + clean_label(f.head)  # 投资计划完成92亿元，实际完成87.5亿元: the plan's subject, done
            if plan < 0:
                return named  # 计划新建公园4个，实际完成5个: the deed planned, done
        if _sum_beside_deed(f, outer, s0) or _counted_beside_measured(f, outer, s0):
            return f.label
        if f.label and prev is not None and prev.unit != f.unit and (launched := rx.PROGRAM_LAUNCHED.fullmatch(named)):
            return launched.group(1) + f.label  # “就医一件事”服务事项上线6个，累计办件…: the program's, not the items'
        return f"{named}:{f.label}" if f.label else named
    if f.kind == "count" and count_han(f.label) <= 3 and outer is not None and outer.unit != f.unit \
            and (earlier := next((facts[j] for j in range(i - 1, -1, -1) if facts[j].start < s0
                                  or not facts[j].in_paren and facts[j].kind == "count"), None)) is not None \
            and earlier.start >= s0 and earlier.unit == f.unit \
            and count_han(earlier.label) >= 4 and ":" not in earlier.metric \
            and not any(c in text[earlier.end:f.start] for c in "；;"):
        # 发生行政诉讼案件62件，出庭应诉率100%，败诉7件: a bare word counted in the unit of the sentence's count, past
        # a figure of another unit, is a part of it
        return f"{earlier.metric}:{f.label}"
    head = heading_path(f.section or "", "")
    # a list item read as a heading is the figure's own line; a measure named in full (发电量, 债务率) is its own; a
    # heading that says how something went (国有企业审计情况, 国有企业运行情况) is the figure's section, no parent; what
    # is involved (涉及问题金额) is named by what involves it
    # (0-14岁人口: people of an age class are named in full, whatever the heading: 三、性别和年龄构成)
    if head and head not in f.label and f.quote not in head \
            and (not rx.FULL_MEASURE.search(f.label) or f.label.startswith(rx.INVOLVED_HEAD)) and not rx.HOW_IT_WENT.search(head) \
            and not ((age := rx.AGE_CLASS_NAME.match(f.label)) and count_han(f.label[age.end():]) >= 2):
        return f"{head}:{f.label}" if f.label else head
    return None



def _places_beside(outer: Fact, f: Fact) -> bool:
    """公共图书馆13个，文化馆13个，综合文化站156个: counts of places of a kind each (a library, a cultural centre),
    listed with no 其中, are siblings; not a kind of the place before (医院86个，三级医院12个)."""
    return f.kind == "count" and outer.kind == "count" and outer.label[-1:] in rx.THING_LAST \
        and f.label[-1:] in rx.THING_LAST and count_han(f.label) >= 2 and not f.label.endswith(outer.label[-2:])


def _kinds_of_one_thing(first: str, second: str) -> bool:
    """家庭户…，集体户…: two short names of one head noun, neither the other's, name kinds of one thing side by side
    (网上申请 after 申请 is a part: it ends with the first's name); the first's stock time is none of its name."""
    first = next((first[len(end):] for end in rx.YEAR_END if first.startswith(end)), first)
    return 2 <= count_han(first) <= 4 and 2 <= count_han(second) <= 4 and first[-1] == second[-1] \
        and not first.endswith(second) and not second.endswith(first)


def _counted_beside_measured(f: Fact, outer: Fact | None, s0: int) -> bool:
    """公路4286公里，桥梁312座: things counted by a short name of their own right after others measured by a length, an
    area or a weight are listed beside them, not a part of them (bridges are no part of roads)."""
    return f.kind == "count" and outer is not None and outer.start >= s0 and outer.kind != "change" \
        and (outer.unit in rx.MEASURE_UNITS or outer.unit in rx.AREA_UNITS) and 2 <= count_han(f.label) <= 3 \
        and not f.involved and f.unit not in rx.DURATION_UNITS  # (…52.3万吨，连续五年…: the run is the output's)


def _sum_after_people(f: Fact, prev: Fact | None, s0: int) -> bool:
    """参保单位…家，参保职工…万人，基金收入…亿元: a sum named in full by a measure after a count of people is the
    sentence's own, no part of those people (not one they are counted by: 涉及金额, 金额)."""
    return f.kind == "amount" and prev is not None and prev.start >= s0 and prev.kind == "count" \
        and prev.unit in rx.PEOPLE_UNITS and not f.involved and not f.label.startswith(rx.INVOLVED_HEAD) \
        and not rx.MEASURE_OF_COUNTED_END.search(f.label)


def _sum_beside_deed(f: Fact, outer: Fact | None, s0: int) -> bool:
    """结案152件，罚没款236.8万元: a sum named by a kind of money of its own, right after a count named by a bare deed,
    is that clause's sibling, not its part (not a measure of the counted things: 金额, 总投资, 投资额, 涉及…)."""
    return f.kind == "amount" and outer is not None and outer.start >= s0 and outer.kind == "count" \
        and count_han(outer.label) <= 2 and count_han(f.label) >= 2 and not f.involved \
        and not f.label.startswith((*rx.INVOLVED_HEAD, "总")) and f.label not in rx.MEASURES_OF_COUNTED \
        and not rx.MEASURE_OF_COUNTED_END.search(f.label) and not rx.FULL_MEASURE.search(f.label)


def facet_of_subject(ctx: Context, f: Fact, facts: list[Fact], i: int, s0: int) -> str | None:
    """普通本专科招生6.35万人，在校生22.16万人: a side of a subject named alone right after a figure named by that
    subject and another side is the subject's (普通本专科在校生); 拆除违法建设126处、面积3.84万平方米: a measure of
    counted things named alone right after their count is theirs (拆除违法建设面积)."""
    prev = facts[i - 1] if i else None
    gap = ctx.text[prev.end:f.start - len(f.head.lstrip("，、,；;"))] if prev is not None else ""
    if prev is not None and prev.start < s0 and rx.FACET.fullmatch(f.label) \
            and ctx.text[prev.end:s0] == "。" and rx.TIME_OPENER.fullmatch(ctx.text, s0, f.start - len(f.head)) \
            and rx.SUBJECTLESS_OPENING.fullmatch(f.head, 0, len(f.head) - len(f.label)) \
            and ctx.text.find("其中", prev.sentence_start, prev.start) < 0:
        # …资产负债率61.2%。全年实现营业收入… (2024年，实现…): a sentence of no subject goes on with the one before
        # (not with a part the sentence before listed: …其中…、中等职业学校3所。在校学生8.46万人 are all schools')
        s0, gap = prev.sentence_start, "。"
    if f.unit == "比" and prev is not None and prev.start >= s0 and prev.kind == "count" and f.label \
            and ctx.text[prev.end:f.start].removesuffix("为").removesuffix(f.label) in ("，", ",", "；", ";") \
            and (level := _level_of_members(prev.metric)):
        return level + f.label  # 小学专任教师…，生师比15.1:1: the ratio of that level (小学生师比), not of the teachers
    if prev is None or prev.start < s0 or prev.in_paren or gap not in ("，", "、", ",", "；", ";", "。"):
        return None
    # 营业收入486亿元，增长6.4%；利润总额…: the side before may carry its own change
    side_before = facts[i - 2] if prev.kind == "change" and i >= 2 and facts[i - 2].start >= s0 \
        and facts[i - 2].kind != "change" and (prev.metric.startswith(facts[i - 2].metric)
                                               or facts[i - 2].metric.endswith(prev.metric.partition(":")[0])
                                               or rx.CHANGE_TAIL.fullmatch(prev.metric) or rx.CHANGE_TAIL.fullmatch(prev.label)) \
        else prev  # 比上年增长… (a bare change may still be named by its heading: 某情况:同比下降)
    if f.label in rx.MEMBERS_OF_COUNTED and prev.kind == "count":
        named = prev.metric.rpartition(":")[2]  # (各级各类学校:普通高中4所，在校学生…: the part's)
        counted = next((named[len(end):] for end in rx.YEAR_END if named.startswith(end)), named)
        if prev.unit == "所":  # (各级各类学校…，在校学生…: those of all schools are named so alone)
            # (年末普通中学:在校生: under the schools' name as printed, their stock's time kept)
            return f"{named}:{f.label}" if count_han(counted) >= 2 and not rx.ALL_SCHOOLS.fullmatch(counted) else None
        if f.label in ("毕业生", "招生") and ":" not in prev.metric and (state := rx.IN_STATE.match(counted)) \
                and count_han(counted) >= state.end() + 2 and prev.unit == f.unit \
                and counted[state.end():] not in ("学生", "幼儿"):  # (在校学生…，毕业生…: no kind, the level's)
            return counted[state.end():] + f.label  # 在学研究生…，毕业生…: graduates of that kind, not of those enrolled
        schools, _, member = prev.metric.rpartition(":")
        if schools and member in rx.MEMBERS_OF_COUNTED and prev.unit == f.unit:
            return f"{schools}:{f.label}"  # …在校学生6.84万人，专任教师5126人: the same schools'
        if prev.unit == f.unit and (level := _level_of_members(prev.metric)):
            return level + f.label  # 普通高中在校学生…，专任教师…: the same level's teachers
    if f.label in rx.MEASURES_OF_COUNTED and prev.kind == "count" and count_han(prev.metric) >= 2 \
            and prev.unit != f.unit:
        return prev.metric + f.label  # (…:养老机构186个，床位1.92万张: the part's beds, under its whole as it is)
    if f.label in rx.RESOURCES_OF_COUNTED and f.label not in side_before.metric \
            and (had := next((w for w in rx.RESOURCES_OF_COUNTED if side_before.metric.endswith(w)), None)) \
            and count_han(subject := side_before.metric[:-len(had)]) >= 2 and subject[-1:] != ":" \
            and not subject.endswith("机构") and not rx.HELD_BEFORE.search(subject):
        # 乡镇卫生院床位0.21万张，卫生人员0.39万人: another resource of the same institutions; not of all of them
        # (卫生机构床位…，卫生技术人员…: the bare name is the whole's, as the catalog reads it)
        return subject + f.label
    if ":" in side_before.metric:
        return None
    # 力争营业收入增长6%，利润总额增长8%，资产负债率控制在65%以内: a side's change, or a side after another's change
    side_label, side_metric = f.label, side_before.metric
    if f.kind == "change" and (tail := rx.CHANGE_TAIL.search(side_label)) and tail.start():
        side_label = side_label[:tail.start()]
    if side_before.kind == "change" and (its := rx.CHANGE_TAIL.search(side_metric)) and its.start():
        side_metric = side_metric[:its.start()]
    if side_label[:1] in rx.FACET_FIRST and rx.FACET.fullmatch(side_label) and (side := rx.FACET_END.search(side_metric)) \
            and count_han(subject := rx.QUALIFIER_LAST.sub("", rx.YEAR_END_LAST.sub("", side_metric[:side.start()]))) >= 2 \
            and subject[:1] not in ("该", "此"):
        # 该集团…: a pronoun is no name to carry; nor is a qualifier of the side (国有企业平均资产负债率…。营业收入…:
        # 国有企业营业收入, not …平均营业收入)
        return subject + f.label  # (年末资产总额…，负债总额: the time was the stock's, not the subject's)
    if side_before.kind == "count" and (measure := rx.MEASURE_OF_COUNTED_END.search(f.label)) \
            and measure.start() >= 2 and side_before.metric.endswith(f.label[:measure.start()]):
        return side_before.metric + measure.group()  # 异地就医直接结算126.4万人次，…，结算金额…: 直接结算金额
    if side_before.kind == "count" and (measure := rx.MEASURE_OF_COUNTED_END.search(f.label)) \
            and measure.start() >= 2 and side_before.metric.startswith(f.label[:measure.start()]) \
            and count_han(side_before.metric) - measure.start() >= 2 and ":" not in side_before.metric:
        return side_before.metric + measure.group()  # 发放贷款0.63万笔，发放金额…: 发放贷款金额, the loans'
    return None


def _level_of_members(counted: str) -> str | None:
    """The level of schools a count of their members names, or None: 小学 of 年末小学专任教师, not of 各级各类学校:在校生."""
    if ":" in counted:
        return None
    counted = next((counted[len(end):] for end in rx.YEAR_END if counted.startswith(end)), counted)
    member = next((w for w in rx.MEMBERS_OF_COUNTED if counted.endswith(w)), None)
    return level if member and count_han(level := counted[:-len(member)]) >= 2 else None


def _parallel_before(ctx: Context, f: Fact, facts: list[Fact], i: int, s0: int) -> str | None:
    """新收申请120件，上年结转3件，办结118件: 办结 what was 新收; so in the next sentence of the paragraph (…52件。已答复45件)."""
    # a label that is no bare verb nor part of the year has no parallel: the figures before are not read
    words = rx.REPORT_VERBS if f.label in rx.REPORT_VERBS else rx.PARTS_OF_YEAR if f.label in rx.PARTS_OF_YEAR else None
    if words is None:
        return None
    prev = facts[i - 1] if i else None
    bound = s0
    if prev is not None and prev.start < s0 and "\n" not in ctx.text[prev.end:f.start]:
        bound = prev.sentence_start
    back = 0
    for j in range(i - 1, -1, -1):
        if facts[j].start < bound or back == 3:
            break
        if ctx.text.find("其中", facts[j].sentence_start, facts[j].start) < 0:
            back += 1  # three figures back, not counting the parts a 其中 listed (…97件，较上年增加12件，其中…89件，…8件。已办结94件)
        if facts[j].unit == f.unit and (facts[j].kind == "change") == (f.kind == "change") \
                and (parallel := _parallel_label(f, facts[j], words)):  # 同比增加1.2万件；办结18.4万件: not the change's
            return parallel
    return None


def _rate_of_count(ctx: Context, f: Fact, facts: list[Fact], i: int, s0: int) -> str | None:
    """A rate named 率 after the count of its sentence it is a rate of (收到申请50件，…，回复率达到100%). (``f`` is a rate.)"""
    if not f.label.endswith("率"):
        return None
    # the count it is a rate of, not one in brackets (材料64篇（图文41篇、视频9个），解读率100%)
    j = next((j for j in range(i - 1, -1, -1)
              if facts[j].start < s0 or facts[j].kind == "count" and not facts[j].in_paren), -1)
    if j >= 0 and facts[j].start >= s0:
        base = None if "均" in f.clause else _list_head(ctx.text, facts, j, s0)
        if base is None:  # 建议86件、提案124件，办复率（均为）100%: the rate of each is named after none, nor the section
            return f.label
        # 收到依申请公开事项50件，…，回复率达到100%; not 办件量、好评率分别为12.6万件和99.8%, named in the same list
        if count_han(base.metric) >= 2 and not (f.head and base.head is f.head):
            if f.label.startswith(base.label) and (sibling := _beside(base, f.label)):
                return sibling  # 其中好评52.1万条，好评率99.6%: not 好评:好评率
            stem = f.label[:-1]
            if count_han(f.label) >= 3 and base.metric.startswith(stem) and stem not in rx.REPORT_VERBS:
                # 火化遗体3482具，火化率98.6%: the rate of the activity counted, named in full by itself (not 办结率,
                # the rate of the things a report's verb did: 办结各类办件:办结率)
                return f.label
            if count_han(f.label) >= 3 and (at := base.metric.find(stem, 2)) > 0 \
                    and rx.COUNT_MEASURE.fullmatch(base.metric, at + len(stem)):
                return base.metric[:at] + f.label  # 基本医疗保险参保人数…，参保率…: 基本医疗保险参保率
            return f"{base.metric}:{f.label}"
    return None


def _clause_before_figure(ctx: Context, f: Fact, s0: int) -> tuple[str, str, str]:
    """(the sentence up to the figure's clause, the clause before that, that clause's words as a parent name)."""
    text = ctx.text
    before_clause_start = f.start - len(f.clause)
    if before_clause_start > s0 and text[before_clause_start - 1] in ")）" \
            and (opening := max(text.rfind("(", s0, before_clause_start), text.rfind("（", s0, before_clause_start))) >= 0 \
            and not rx.FIGURE.search(text, opening, before_clause_start):
        # 市本级1121项，县（区）1937项: a bracket without figures is a word of the figure's own name, not a clause before
        before_clause_start = opening - len(ctx.clause_before(opening))
    sentence_head = text[s0:before_clause_start]
    raw_prev = last_clause(sentence_head.rstrip("，,；;：: ")) if sentence_head.strip() else ""
    raw_prev = without_figured_asides(raw_prev)  # 收到申请215件（上年结转12件）: the aside goes with its figure
    if "前" in raw_prev and (ranked := rx.RANKED.search(raw_prev.rstrip("：: "))):
        raw_prev = raw_prev[:ranked.start()]  # 诉求量排名前五位的分别是：: what is ranked, not the ranking
    # a time's digits go with it before figures are taken out (截至2023年12月31日 would leave 月日, 2023年度… 度…)
    prev_clause = cleaned(ctx, rx.FIGURE_AND_LINK.sub("", rx.TIME_PREFIX.sub("", raw_prev.lstrip()).split("由")[0]))
    if "、" in raw_prev and len(rx.FIGURE.findall(raw_prev)) >= 2 or rx.ATTRIBUTE_CLAUSE.fullmatch(prev_clause) \
            or raw_prev[:3].lstrip()[:1] in "按根依遵对" and rx.BASIS_CLAUSE.fullmatch(raw_prev):
        # 加上A 25.6亿元、B 4.5亿元，收入总计…: figures listed before their total name no parent; nor does the
        # attribute a breakdown is by (按诉求类型分，咨询类31.2万件), nor the rule a deed follows (按照…要求)
        prev_clause = ""
    if "第" in prev_clause:  # 在全省营商环境评价中排名第3位，得分92.6分: the rank is no part of the score's name
        prev_clause = rx.RANK.sub("", prev_clause)
        if raw_prev.lstrip().startswith("在"):
            prev_clause = prev_clause.removesuffix("中")
    if rx.ASSESSED_IN.search(prev_clause):  # 全市政务公开第三方评估中，我区得分88.6分: in the assessment
        prev_clause = prev_clause.removesuffix("中")
    if raw_prev.endswith("中") and rx.AMONG_THE.search(raw_prev + "，"):
        prev_clause = prev_clause.removesuffix("中").replace("的", "")  # 在办理的12件中，已办结10件: 办理:办结
    elif raw_prev.endswith("中") and rx.FIGURE.search(raw_prev) and not rx.ASSESSED_IN.search(raw_prev):
        # 全县36个省控断面中，Ⅰ～Ⅲ类断面33个: 省控断面:Ⅰ～Ⅲ类断面, the area being the count's scope
        prev_clause = rx.OUR_PLACE.sub("", prev_clause.removesuffix("中"))
    if prev_clause[:1] in ("该", "此"):
        prev_clause = antecedent(text, before_clause_start - len(raw_prev), prev_clause)
    return sentence_head, raw_prev, prev_clause


def respective_label(text: str, facts: list[Fact], i: int) -> str | None:
    """行政许可、行政处罚、其他权力分别为312项、2456项、660项; 网上、掌上、窗口办件占比分别为45.2%、30.1%、24.7%;
    政务微博、微信公众号发布信息2300条、1860条: each figure of the list is named by the name in the same place (with
    the noun the last name carries, 办件占比), and the words after the names."""
    f = facts[i]
    k = 0  # f's place in the list: the figures before it joined by a separator alone
    while k < i and facts[i - k - 1].head is f.head \
            and rx.LIST_SEPARATOR.fullmatch(text, facts[i - k - 1].end, facts[i - k].start):
        k += 1
    head = f.head
    if head.startswith("分别") and (listed := _names_before(text, facts[i - k].start - len(head))):
        head = listed + head  # A、B、C办件量位居前三，分别为…: the names and the measure stand in the clause before
    at = head.rfind("分别")
    if at >= 0:
        names_end, shared_start = at, at + 2
    else:
        last = head.rfind("、")
        shared = rx.SHARED_PREDICATE.search(head, last + 3) if last >= 0 else None  # the last name has 2 characters
        if shared is None:
            return None
        names_end = shared_start = shared.start()
    n = k + 1
    while i + n - k < len(facts) \
            and rx.LIST_SEPARATOR.fullmatch(text, facts[i + n - k - 1].end, facts[i + n - k].start):
        n += 1  # 办件量、好评率分别达到12.6万件和99.8%: the figures may differ in unit
    if cue := rx.YOY_CUE.search(head, names_end - 6, names_end):
        if cue.end() == names_end:  # 事故起数、死亡人数同比分别下降: the comparison is every name's
            names_end = shared_start = cue.start()
    names = clean_label(head[:names_end]).split("、")
    # 全省城镇、农村居民人均可支配收入分别…: the area before the first name is none of it (names are told apart by length)
    area = rx.WHOLE_AREA.match(names[0]) if len(names) >= 2 else None
    area = area.group(0) if area and count_han(names[0]) - len(area.group(0)) >= 2 else ""
    names[0] = names[0][len(area):]
    # 预计城镇、农村居民人均可支配收入分别达到…: the estimate is of every name
    estimated = "预计" if len(names) >= 2 and names[0].startswith("预计") else ""
    names[0] = names[0].removeprefix(estimated)
    thing = rx.THING_AND_SIDE.fullmatch(names[0]) if len(names) >= 2 else None
    if thing and count_han(thing.group(1)) >= 2 and all(count_han(x) <= 6 for x in names[1:]):
        # 事故起数、死亡人数分别下降…: later names are sides of the first one's thing (事故死亡人数), each whole
        names[1:] = [x if x.startswith(thing.group(1)) else thing.group(1) + x for x in names[1:]]
    else:
        thing = None
    if len(names) >= 2 and all(rx.ORDINAL_NAME.fullmatch(x) for x in names[:-1]) \
            and (last := rx.ORDINAL_NAME.match(names[-1])) and last.end() < len(names[-1]):
        prefix, noun = names[0][:1] if names[0][0] == "第" else "", names[-1][last.end():]
        names = [prefix + x.removeprefix("第") + noun for x in names[:-1]] + [prefix + names[-1].removeprefix("第")]
    joined = len(names) == n - 1 and len(parts := re.split(r"[和及与]", names[-1])) == 2 \
        and not (rx.SECTOR.match(parts[1]) and not parts[0].endswith(rx.SECTOR_END))
    if joined:
        names[-1:] = parts  # 行政许可、行政确认和其他权力; not 住宿和餐饮业营业额, one sector's name
    pair = next((p for p in rx.PAIRED if names[0].startswith(p) and len(rx.PAIRED[p]) == n), None) \
        if len(names) == 1 else None
    if pair:  # 城乡居民人均可支配收入分别达到A和B: 城镇…, 农村…; 三次产业增加值分别为A、B和C
        names = [word + names[0][len(pair):] for word in rx.PAIRED[pair]]
    if len(names) != n or n < 2 or not all(names):
        return None
    tail = ""
    extra = names[-1][len(names[-2]):]
    shared_end = _shared_end(names[-2], names[-1])
    if thing is not None:
        pass  # each side is named whole
    elif shared_end:  # 职工医保、城乡居民医保政策范围内…比例: the words after the names' common end (医保) are shared
        names[-1], tail = names[-1][:shared_end], names[-1][shared_end:]
    elif joined and len(names[-1]) > len(names[-2]) and (end := _joined_name_end(names[-2], names[-1])):
        names[-1], tail = names[-1][:end], names[-1][end:]  # 县图书馆和县非遗展示馆线上平台访问量
    elif (listed := rx.LISTED_NOUN.search(names[-1])) and not names[-2].endswith(listed.group()):
        # 小学、初中、普通高中在校生: each name's 在校生
        names[-1], tail = names[-1][:listed.start()], listed.group()
    elif len(names[-1]) > len(names[-2]) and rx.SHARED_NOUN.fullmatch(extra) and not rx.SHARED_NOUN.fullmatch(names[-2]):
        # (婴儿死亡率、5岁以下儿童死亡率: each name holds its measure)
        names[-1], tail = names[-1][:len(names[-2])], extra
    elif names[-2].endswith(rx.SECTOR_END) and (sector := rx.SECTOR.match(names[-1])) and sector.end() < len(names[-1]):
        names[-1], tail = sector.group(), names[-1][sector.end():]  # 住宿和餐饮业、批发和零售业案件: sectors share 案件
    elif joined and count_han(names[-2]) <= 3 and count_han(extra) >= 3:
        names[-1], tail = names[-1][:len(names[-2])], extra  # 药品和耗材集中采购品种分别达到…: each one's 集中采购品种
    return area + estimated + names[k] + tail + clean_label(head[shared_start:].replace("分别", ""))


def respective_shares(text: str, facts: list[Fact], i: int) -> str | None:
    """承办建议168件、提案215件，分别占建议总数和提案总数的96.6%和94.3%: each share is of the count in its place, of
    the total in its place (承办建议占建议总数, 提案占提案总数); None unless as many counts come just before."""
    f = facts[i]
    if not (of := rx.RESPECTIVE_SHARE_OF.fullmatch(f.head)):
        return None
    k = 0  # f's place in the list of shares, as in respective_label
    while k < i and facts[i - k - 1].head is f.head \
            and rx.LIST_SEPARATOR.fullmatch(text, facts[i - k - 1].end, facts[i - k].start):
        k += 1
    n = k + 1
    while i + n - k < len(facts) \
            and rx.LIST_SEPARATOR.fullmatch(text, facts[i + n - k - 1].end, facts[i + n - k].start):
        n += 1  # (the figures after f have no words yet)
    first = i - k
    counted = facts[first - n:first] if first >= n else []
    if n < 2 or not counted or counted[0].start < f.sentence_start \
            or text[counted[-1].end:facts[first].start - len(f.head)] not in ("，", ",") \
            or any(g.kind != "count" or g.unit != counted[0].unit for g in counted) \
            or any(not rx.LISTED_OBJECT.fullmatch(text, a.end, b.start) for a, b in zip(counted, counted[1:])):
        return None
    totals = re.split(r"[和及与、]", of.group(1))
    if len(totals) != n:
        return counted[k].metric + "占" + of.group(1)  # 分别占全年目标的: one total of both
    area = area.group(0) if (area := rx.WHOLE_AREA.match(totals[0])) else ""  # 全市建议总数和提案总数: both the city's
    return counted[k].metric + "占" + (totals[k] if totals[k].startswith(area) else area + totals[k])


def _names_before(text: str, start: int) -> str | None:
    """The names and the measure of a list whose figures a clause of their own gives (…，分别为12件、8件), from the
    clause before it: A、B、C办件量位居前三 or 办件量位居前三的是A、B、C, as A、B、C办件量; None without a list there."""
    if text[start - 1:start] not in ("，", ","):
        return None
    clause = text[max(text.rfind(c, 0, start - 1) for c in "，,；;。：:\n") + 1:start - 1]
    if "、" not in clause or "分别" in clause or any(c.isdigit() for c in clause):  # …分别达到A、B，分别增长…
        return None
    if top := rx.TOP_NAMES.fullmatch(clause):
        return top.group(2) + top.group(1)
    ranked = rx.RANKED.search(clause)
    return clause[:ranked.start()] if ranked and ranked.start() else clause


def _joined_name_end(first: str, last: str) -> int:
    """Where the second of two names joined by 和 ends in ``last`` (it and the words both share): at its own head
    noun when the first name ends in one (县图书馆和县非遗展示馆…), else before the first word that opens what both
    share (药品和医用耗材集中带量采购品种); 0 when neither is found."""
    head = next((h for h in rx.JOINED_HEADS if first.endswith(h)), None)
    if head and (at := last.find(head, 1)) > 0 and at + len(head) < len(last):
        return at + len(head)
    return min((at for word in rx.JOINED_SHARED_OPENERS if (at := last.find(word, 2)) > 0), default=0)


def _shared_end(name: str, last: str) -> int:
    """Where the words the listed names share begin in the last name: after the end of the name before it (two
    characters or more: 医保 of 职工医保 in 城乡居民医保政策范围内住院费用报销比例), when the last name goes on past
    it; 0 when it does not."""
    for size in range(len(name), 1, -1):
        at = last.find(name[-size:], 1)
        if at > 0 and at + size < len(last):
            return at + size
    return 0


def _list_head(text: str, facts: list[Fact], j: int, s0: int) -> Fact | None:
    """The count a rate after ``facts[j]`` is about: ``facts[j]``, unless it ends a list of three or more counts
    (审结1108件，其中维持826件，撤销54件，驳回85件，纠错率6.96%), or of two that 其中 opens (收到评价5630条，其中好评5604条，
    差评26条，好评率99.5%), whose head, the count before it, is meant; none when it ends a list of counts joined by 、,
    each of which the rate is of."""
    first = j
    while first > 0 and facts[first - 1].start >= s0 and facts[first - 1].kind == "count" \
            and facts[first - 1].unit == facts[j].unit \
            and rx.LIST_GAP.fullmatch(text, facts[first - 1].end, facts[first].start):
        first -= 1
    if first > 0 and facts[first - 1].start >= s0 and facts[first - 1].kind == "count" \
            and (j - first >= 2 or j > first and "其中" in text[facts[first - 1].end:facts[first].start]):
        return facts[first - 1]
    if first < j and "、" in text[facts[j - 1].end:facts[j].start]:
        return None  # 办理建议35件、提案42件，办复率100%: the rate of each listed count is named after none of them
    return facts[j]


def colon_topic(ctx: Context, f: Fact) -> str | None:
    """主要原因有：属于国家秘密2件；…: members of a list introduced by a colon carry its topic."""
    s0 = f.sentence_start
    head_end = f.start - len(f.clause)
    colon = ctx.last_colon(s0, head_end)
    if colon < 0 or ctx.text[colon - 1:colon].isdigit() and ctx.text[colon + 1:colon + 2].isdigit():
        return None  # 9.8:41.2:49.0: a ratio's colon opens no list
    if colon not in ctx.colon_topics:  # read once for all the members of its list
        topic = None
        if not ctx.inside(ctx.parens, colon) and not rx.RUN_IN_WINDOW.match(ctx.text, colon + 1):  # （单位：条） opens no list
            ranked = rx.RANKED.search(ctx.text, max(s0, colon - 12), colon)  # 诉求量排名前五位的是: 诉求量 is the topic
            topic = topic_words(ctx, ctx.text[s0:ranked.start() if ranked else colon])
            topic = re.sub(r"(?:主要|具体)?(?:情况|内容)?(?:如下|有|为|是)$", "", topic)
            if topic[:1] == "我":
                topic = topic[rx.SPEAKER_WILL.match(topic).end():]
            lead = colon - rx.ANNOUNCES_LIST_WIDTH
            if rx.ANNOUNCES_LIST.search(topic) or rx.ANNOUNCES_LIST.search(ctx.text, lead if lead > s0 else s0, colon):
                topic = None  # 重点做好以下工作：…: read before trimming (以 goes as a lead word, leaving 下工作)
        # 主要预期目标为：地区生产总值增长6%左右: the plan the figures are targets of is no part of their names
        ctx.colon_topics[colon] = topic if topic and count_han(topic) >= 2 and not rx.PLAN_HEADING.search(topic) \
            else None
    return ctx.colon_topics[colon]
