"""Before and after: 由A缩短至B, 较改革前的A, and processing times told as a story within a paragraph (以前…3-5天 …
如今…只需半小时).

Takes a sentence's (or the text's) figures; gives ``before_after`` relations and names the two figures (原)/(现).
"""
from __future__ import annotations

from govpipeline.lib.extract.context import Context, clauses_back, count_han
from govpipeline.lib.extract.model import Fact, Relation
from govpipeline.lib.extract.own_words import clean_label
from govpipeline.lib.extract import patterns as rx
from govpipeline.lib.extract.scopes import without_scope


def temporal_before_after(ctx: Context, facts: list[Fact]) -> list[Relation]:
    """Processing times told as a story within a paragraph: 以前…3-5天 … 如今…只需半小时; 2011年之前…一个月 …
    从2016年开始…3个工作日发证; 2017年…5分钟即可取证. Each time is paired with the next, later one."""
    text = ctx.text
    rels: list[Relation] = []
    timeline: list[tuple[float, Fact, str]] = []
    paragraph = -1
    for f in facts:
        if f.kind != "duration":
            continue
        par = text.rfind("\n", 0, f.start)
        if par != paragraph:
            timeline, paragraph = [], par
        seg_start = ctx.segment_start(f.start, "。；;\n")
        seg = text[seg_start:f.start]
        year = rx.YEAR.search(seg)
        earlier, later = rx.EARLIER.search(seg), rx.LATER.search(seg)
        if earlier:
            when = float(year.group(1)) - 0.5 if year else float("-inf")
            anchor = (year.group(0) if year else "") + earlier.group(0)
        elif later or year:
            anchor = (year.group(0) if year else "") + (later.group(0) if later else "")
            when = float(year.group(1)) if year else float("inf")
            after = text[f.end:f.end + 8]
            if not (rx.PROCESSING.search(text[max(seg_start, f.start - 12):f.start]) or rx.PROCESSING.search(after)):
                continue
        else:
            continue
        if timeline and when > timeline[-1][0]:
            earlier_fact, earlier_anchor = timeline[-1][1], timeline[-1][2]
            rels.append(Relation("before_after", [("before", earlier_fact.idx), ("after", f.idx)],
                                 f"{earlier_fact.quote} -> {f.quote}"))
            for g, a in ((earlier_fact, earlier_anchor), (f, anchor)):
                if a and a not in g.metric:
                    g.metric = f"{g.metric}({a})"
        timeline.append((when, f, anchor))
    return rels


def label_before_after(text: str, s_start: int, before: Fact, after: Fact) -> None:
    """由A缩短至B: both measure the subject named before 由, as it was and as it is."""
    lead = text[s_start:before.start]
    cut = lead.rfind("由")
    if cut < 0:
        cut = lead.rfind("从")
    subject_text = lead[:cut] if cut >= 0 else lead
    clauses = (c for c in clauses_back(subject_text) if c.strip())  # the last first: no split of the whole lead
    last, before_last = next(clauses, None), next(clauses, None)
    subject = clean_label(last) if last is not None else ""
    if count_han(subject) < 4 and before_last is not None:
        subject = _sibling_subject(before_last, subject)
    if before.scope:  # 全区地区生产总值由…增加到…: the area is the figures' scope, not part of their name
        subject = without_scope(subject, before.scope) or subject
    if count_han(subject) >= 2:
        before.metric, after.metric = f"{subject}(原)", f"{subject}(现)"
    if before.unit == after.unit and {before.kind, after.kind} == {"rate", "share"}:
        after.kind = before.kind  # 占GDP比重由1.8%提高到2.5%: one measure, as it was and as it is


def _sibling_subject(previous_clause: str, short: str) -> str:
    """A short subject after a clause names its part of that clause's subject. After another pair,
    最低工资标准第一档由…调整为…，第二档由…调整为…, the second subject takes the first's place: 最低工资标准第二档."""
    cut = max(previous_clause.rfind("由"), previous_clause.rfind("从"))
    if cut > 0:
        earlier = clean_label(previous_clause[:cut])
        if len(earlier) > len(short) and earlier[-1] == short[-1]:
            return earlier[:-len(short)] + short
    words = clean_label(rx.FIGURE_AND_LINK.sub("", previous_clause))
    if rx.FULL_MEASURE.search(short) and rx.FULL_MEASURE.search(words) or short[:2] in words:
        # 办结率99.6%，满意率从92.1%提高至95.3%: two measures side by side, neither the other's subject; 文盲人口…，
        # 文盲率由…: a short subject that repeats the clause's own words names its thing already
        return short
    return words[-12:] + short


def changed_to(text: str, s_start: int, group: list[Fact]) -> list[Relation]:
    """由A缩短至B: the figure before and the figure after a change (read before the changes of the sentence, which
    are named after the after-value)."""
    rels: list[Relation] = []
    for i, f in enumerate(group[1:], 1):
        window = text[f.start - 16 if f.start - 16 > s_start else s_start:f.start]
        if not ("至" in window or "到" in window or "为" in window) or not rx.BEFORE_AFTER.search(window):
            continue  # the cheap test first: a $-anchored search is tried at every position of the window
        prev = group[i - 1]
        # 由 must open prev's own phrase: in 由5天压缩至1天，B压缩至3天 the 3 has no before
        lead = text[max(s_start, prev.start - 12, group[i - 2].end if i >= 2 else 0):prev.start]
        if "由" not in lead and "从" not in lead:
            continue
        if prev.unit.startswith(f.unit + "/") and "每" in lead:
            f.unit, f.kind = prev.unit, prev.kind  # 由每人每月780元提高至820元: the after is per the same period
        if prev.unit == f.unit or (prev.kind == f.kind == "duration"):
            if rels and prev.year is None and f.year is None:
                # 从2017年的168.4亿元增长到2022年的236.9亿元；一般公共预算收入从9.62亿元增长到13.48亿元: the same years
                dated = {g.idx: g for g in group}
                was, now = (dated[idx] for _, idx in rels[-1].members)
                if was.year is not None:
                    prev.year, f.year = was.year, now.year
            elif prev.year is None and f.year is None and not rels and (base := _reviewed_base_year(text, s_start)):
                prev.year = base  # 过去五年，…比2017年增长36.4%。…企业从412家增加到586家: the review's base year
            rels.append(Relation("before_after", [("before", prev.idx), ("after", f.idx)], f"{prev.quote} -> {f.quote}"))
            label_before_after(text, s_start, prev, f)
    return rels


def _reviewed_base_year(text: str, s_start: int) -> int | None:
    """The year a review of several years sets its figures against (过去五年，…比2017年增长…), in the paragraph before
    the sentence; None outside such a review."""
    seg = text[text.rfind("\n", 0, s_start) + 1:s_start]
    years = list(rx.BASE_YEAR.finditer(seg)) if rx.OVER_YEARS.search(seg) else []
    return int(years[-1].group(1)) if years else None


def earlier_state(text: str, s_start: int, group: list[Fact]) -> list[Relation]:
    """压缩至80个工作日，较改革前的200个工作日减少60%: the figure of an earlier state is the before."""
    rels: list[Relation] = []
    for i, f in enumerate(group[1:], 1):
        if "前" not in text[f.start - 4 if f.start - 4 > s_start else s_start:f.start] \
                or not (state := rx.EARLIER_STATE.search(text, max(s_start, f.start - 12), f.start)):
            continue
        now = group[i - 1]
        if now.in_paren or not (now.unit == f.unit or now.kind == f.kind == "duration") or f.kind == "change":
            continue
        rels.append(Relation("before_after", [("before", f.idx), ("after", now.idx)], f"{f.quote} -> {now.quote}"))
        f.metric = f"{now.metric}({state.group(1)})"
        nxt = group[i + 1] if i + 1 < len(group) else None
        if nxt is not None and nxt.kind == "change" and (verb := rx.CHANGE_AFTER.fullmatch(text, f.end, nxt.start)):
            nxt.metric = f"{now.metric}较{state.group(1)}{verb.group(1)}"
    return rels
