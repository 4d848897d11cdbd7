"""TODO"""
from __future__ import annotations


from govpipeline.lib.extract.context import Context, count_han
from govpipeline.lib.extract.model import Fact, Relation
from govpipeline.lib.extract.own_words import clean_label
from govpipeline.lib.extract.patterns import CLAUSE_SPLIT, EARLIER, FIGURE_AND_LINK, LATER, PROCESSING, YEAR


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
        year = YEAR.search(seg)
        earlier, later = EARLIER.search(seg), LATER.search(seg)
        if earlier:
            when = float(year.group(1)) - 0.5 if year else float("-inf")
            anchor = (year.group(0) if year else "") + earlier.group(0)
        elif later or year:
            anchor = (year.group(0) if year else "") + (later.group(0) if later else "")
            when = float(year.group(1)) if year else float("inf")
            after = text[f.end:f.end + 8]
            if not (PROCESSING.search(text[max(seg_start, f.start - 12):f.start]) or PROCESSING.search(after)):
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
    clauses = [c for c in CLAUSE_SPLIT.split(subject_text) if c.strip()]
    subject = clean_label(clauses[-1]) if clauses else ""
    if count_han(subject) < 4 and len(clauses) > 1:
        subject = clean_label(FIGURE_AND_LINK.sub("", clauses[-2]))[-12:] + subject
    if count_han(subject) >= 2:
        before.metric, after.metric = f"{subject}(原)", f"{subject}(现)"
    if before.unit == after.unit and {before.kind, after.kind} == {"rate", "share"}:
        after.kind = before.kind  # 占GDP比重由1.8%提高到2.5%: one measure, as it was and as it is
