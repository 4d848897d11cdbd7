"""Kinds: whether a figure is a count, an amount of money, a rate, a share, a change, a duration, an area, a score or
another measure.

Takes a figure's unit and the words around it; gives one of ``model.KINDS``.
"""
from __future__ import annotations

import re

from govpipeline.lib.numbers import POINT_UNITS
from govpipeline.lib.extract import patterns as rx


def completes(plan: re.Match, level_words: str) -> bool:
    """Whether a figure against a plan (OF_PLAN's match) is the plan's completion: 占 the plan is one only when the
    level before it was said as done (收入完成12.5亿元，占年初预算的103.4%; not 未细化的资金4.36亿元，占年初预算的7.4%)."""
    return not plan.group(0).startswith("占") or bool(rx.COMPLETED.search(level_words))


def kind_of(unit: str, before: str, after: str, m: re.Match | None, lead: str = "") -> str:
    """``lead``: the sentence's words before the figure's clause."""
    while before[-1:] in rx.LINKS:  # 分别增长5.1%、6.8%和7.2%: a later figure is read with the first one's words
        sibling = rx.SIBLING_FIGURE.search(before, len(before) - 12)
        if sibling is None:
            break
        before = before[:sibling.start()]
    if unit in ("%", "‰"):
        # $-anchored patterns are searched near the end: re otherwise tries them at every character
        end = len(before)
        if m is not None and m.group("cheng"):  # 九成 is a share; 较上年增加近两成, a change; 满意度超九成, a rate
            if rx.CHANGE_VERB.search(before, end - 12) or _compared_amount(before):
                return "change"
            return "rate" if rx.RATED.search(before, len(before) - 4) else "share"
        if "）" in before[-4:] or ")" in before[-4:]:
            before = rx.GLOSS_END.sub("", before)  # 占常住人口比重（城镇化率）为64.68%: the words outside the gloss decide
        end = len(before)
        if (rx.CHANGE_VERB.search(before, end - 12) or rx.CHANGE_OF_OBJECT.search(before, end - 14)) \
                and not (before[-1:] == "为" and rx.PAIR_TO.search(before)):
            return "change"  # (文盲率由3.12%下降为1.92%: the level it fell to)
        if before.endswith("的") and (plan := rx.OF_PLAN.search(before, end - 12)) and completes(plan, lead):
            return "rate"  # 为预算的102.3%: completed against the plan, and it may pass 100
        if rx.SHARE_OF.search(before, end - 14) or rx.SHARE_CUE.search(before, end - 26) \
                or before.endswith(rx.OF_THE_WHOLE):
            return "share"
        if "率" in before:
            return "rate"
        if m is not None and m.group("post") == "以上" and after[:1] and "\u4e00" <= after[:1] <= "\u9fff" and after[:1] not in "的":
            return "share"  # 80%以上企业…: a share of the things named next
        if after[:1] == "的" and "\u4e00" <= after[1:2] <= "\u9fff" and not rx.SHARE_WORD.search(after):
            return "share"  # 98%的政务服务事项…: a share of the things named next (not 100%的抽查比例)
        return "rate"
    if unit == "倍" or unit in POINT_UNITS or _compared_amount(before) \
            or "净" in before[-4:] and rx.NET_CHANGE.search(before, len(before) - 4) \
            or len(before) <= 3 and rx.BARE_CHANGE_BY_AMOUNT.fullmatch(before) and m is not None \
            and m.string[m.end():m.end() + 1] in rx.ENDS_ITS_CLAUSE:
        # 净增3120家: what a stock gained over the year; …，扩大96.3亿元。: the change of the level before (减少了7类证照
        # names what was cut)
        return "change"
    if "/" in unit and unit not in rx.MEASURE_UNITS:
        return "rate"  # 3.5元/立方米, 12件/日: an amount per unit
    if unit in rx.MONEY_UNITS:
        return "amount"
    if unit in rx.AREA_UNITS:
        return "area"
    if unit in rx.MEASURE_UNITS:
        return "rate" if "每" in before and rx.AVERAGE_PER.search(before, len(before) - 13) else "other"
    if unit == "分":
        return "score"
    if unit == "岁":
        return "other"
    if "均" in before and rx.AVERAGE.search(before) and unit not in rx.DURATION_UNITS:
        return "rate"  # 日均接待3200人次; but 平均每件用时0.5个工作日 is a time taken
    if unit in rx.DURATION_UNITS and unit != "年":
        if rx.DAY_COUNT.search(before, len(before) - 6):
            return "count"  # 空气质量优良天数328天: days counted, not a time taken
        return "change" if rx.CHANGE_DURATION.search(before) else "duration"
    if before[-4:] in ("死亡人数", "人数为", "人数是") and rx.DEATHS_PER.search(before, len(before) - 24):
        return "rate"  # 道路运输万车死亡人数2.07人: deaths per 10,000 vehicles
    return "count"


def _compared_amount(before: str) -> bool:
    """较上年增加1205条; in 分别比上年增加12件和减少9件 the second too, read without the figure listed before it."""
    if before[-1:] in rx.COMPARED_LAST and rx.COMPARED_AMOUNT.search(before, len(before) - 16):
        return True
    tail = before[-24:]
    # searched at once, and only where a link word (rx.LINKS), which the pattern ends with, is in the tail: three
    # tails in four hold none, and a substring test costs a tenth of the search
    if not ("、" in tail or "和" in tail or "及" in tail or "与" in tail) or not rx.SIBLING_FIGURES.search(tail):
        return False
    tail = rx.SIBLING_FIGURES.sub("", tail)
    return tail[-1:] in rx.COMPARED_LAST and rx.COMPARED_AMOUNT.search(tail, len(tail) - 16) is not None
