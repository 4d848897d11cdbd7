"""TODO"""
from __future__ import annotations

import re

from govpipeline.lib.sections import SectionIndex
from govpipeline.lib.extract.context import Context, count_han
from govpipeline.lib.extract.model import Fact
from govpipeline.lib.extract.neighbours import colon_topic, context_label, counterpart_label, listed_object, next_part, other_subject, respective_label, shared_object
from govpipeline.lib.extract.own_words import antecedent, clean_label, own_words
from govpipeline.lib.extract.patterns import BARE_CHANGE, CHANGE_TAIL, INVOLVED_MEASURE, RATE_OF_CHANGE, REACHED, SCOPE_FIRST, SHARE_WORD, TIME_WORD, WHOLE_YEAR, YOY_CUE, YOY_FIRST
from govpipeline.lib.extract.scopes import head_scope, heading_year, period_at, report_window, without_scope


def assign_labels(ctx: Context, facts: list[Fact], sections: SectionIndex, report_year: int | None,
                   report_period: str | None) -> None:
    for i, f in enumerate(facts):
        prev = facts[i - 1] if i else None
        f.section = sections.path_at(f.start)
        if f.year is None and f.section and (year := heading_year(f.section)) != report_year:
            f.year = year  # 三、2024年主要目标 / 城镇新增就业2万人以上: a target of the year after the report's
        if not f.label:
            f.label = own_words(ctx, f, prev)
            if "分别" in f.head:
                f.label = respective_label(ctx.text, facts, i) or f.label
            elif "、" in f.head and (listed := respective_label(ctx.text, facts, i)):
                f.label = listed
            elif f.label[:1] in ("该", "此"):
                f.label = antecedent(ctx.text, f.start - len(f.head), f.label)
            if f.label[:1] in YOY_FIRST and (YOY_CUE.fullmatch(f.label)
                                              or f.kind != "change" and CHANGE_TAIL.fullmatch(f.label)):
                f.label = ""  # 较上年的97.5%, 较2021年的132件增长18.2%: last year's value of what the sentence measures
        metric = f.label
        if f.scope and metric and (rest := without_scope(metric, f.scope)):
            metric = f.label = rest
        if f.in_paren:
            opening = max(ctx.text.rfind("(", 0, f.start), ctx.text.rfind("（", 0, f.start))
            outer = next((g for g in reversed(facts[:i]) if g.end <= opening and not g.in_paren), None)
            if outer is not None and re.match(r"[（(](?:含|包括|其中)", ctx.text[opening:opening + 3]):
                metric = f"{outer.metric}(含{re.sub(r'^(?:含|包括|其中)', '', metric)})"
            elif not metric and outer is not None and outer.start >= ctx.sentence(f.start)[0] \
                    and YOY_CUE.fullmatch(ctx.clause_before(opening)):
                metric = f.label = outer.metric  # 收到申请38件，与2022年（29件）相比: the figure before, a year earlier
            elif not metric and f.kind == "share" and outer is not None and outer.end == opening:
                metric = f.label = outer.metric + "占比"  # 城乡建设8.2万件（14.4%）
            elif not metric:  # 发放施工许可(3个工作日): the words before the parenthesis
                metric = f.label = clean_label(ctx.clause_before(opening))
        bare_change = f.kind == "change" and BARE_CHANGE.fullmatch(metric) is not None
        if not f.in_paren and (subject := other_subject(ctx, f, prev) or counterpart_label(ctx, f, prev)
                               or listed_object(ctx, f, prev)):
            metric = subject
        elif (count_han(metric) < 4 or bare_change or f.after_list or f.involved or INVOLVED_MEASURE.fullmatch(metric)) \
                and not f.in_paren:  # 移送线索23件，涉及金额1.8亿元: the amount the clues involve
            metric = context_label(ctx, f, facts, i, sections) or metric
            if f.scope is None and metric[:1] in SCOPE_FIRST:  # 全市地区生产总值突破3000亿元，达到3012.5亿元
                scope, _ = head_scope(metric)
                if scope and (rest := without_scope(metric, scope)):
                    f.scope, metric = scope, rest
        elif not f.in_paren and (shared := shared_object(ctx, f, prev)):
            metric = shared
        elif not f.in_paren and (part := next_part(ctx, f, prev)):
            metric = part
        elif not f.in_paren:
            topic = colon_topic(ctx, f)
            if topic and topic not in metric and topic != f.scope:  # 1.区住建局：承办工单3216件: the body, not the name
                metric = f"{topic}:{metric}"
        if f.kind == "change" and metric.startswith(RATE_OF_CHANGE) and i and facts[i - 1].kind == "change" \
                and facts[i - 1].start >= ctx.sentence(f.start)[0]:
            subject = CHANGE_TAIL.sub("", facts[i - 1].metric).rstrip(":")
            if subject and not metric.startswith(subject):
                metric = subject + metric  # 办件量同比增长12.3%，增速较上年提高2.1个百分点: 办件量's 增速
        if f.kind == "duration" and not TIME_WORD.search(metric):
            metric += "时间"  # 3个工作日发证: the figure is the time it takes
        elif f.unit == "年" and not metric.endswith("年数"):
            metric += "年数"  # 连续三年获评先进: the years of a run are counted
        elif f.kind == "share" and not SHARE_WORD.search(metric):
            metric += "占比"
        period = period_at(ctx, f) or (report_window(ctx, f, report_period) if report_period else None)
        if period and metric.startswith(period) and count_han(metric) > count_han(period) + 1:
            metric = metric[len(period):].lstrip(":")  # 1至10月份受理申请: the period goes last, as everywhere
        if period and period not in metric and not WHOLE_YEAR.fullmatch(period):
            metric = f"{metric}({period})"
        f.metric = metric


def mark_reached_levels(facts: list[Fact]) -> None:
    """企业开办时间压缩至3个工作日以内: the figure is the level a change reached, named 企业开办时间(压缩至), so that it
    reads as no ordinary level; marked last, after its parts took their names from it. A level paired with the one
    before it is marked (现) already."""
    for f in facts:
        if f.kind != "change" and (reached := REACHED.search(f.head, max(0, len(f.head) - 3))) \
                and not f.metric.endswith("(现)"):
            f.metric += f"({reached.group(0)})"
