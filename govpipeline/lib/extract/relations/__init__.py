"""Relations between the figures of a sentence, read step by step: sums (``sums``), shares (``shares``),
before and after (``before_after``) and year-over-year changes (``yoy``).

Takes a ``Context`` and the labelled figures; gives ``Relation`` rows and renames parts, shares and changes after
the figures they relate to (受理申请:网上办结, 受理申请占比, 办件量同比增长).
"""
from __future__ import annotations

from govpipeline.lib.extract.context import Context, count_han
from govpipeline.lib.extract.model import Fact, Relation
from govpipeline.lib.extract import patterns as rx
from govpipeline.lib.extract.relations.before_after import changed_to, earlier_state
from govpipeline.lib.extract.relations.shares import rates_of_counts, rates_of_parts, stated_shares
from govpipeline.lib.extract.relations.sums import (breakdowns, except_and_rest, form_totals, parts_in_brackets,
                                                    parts_of_earlier_total, total_after_parts)
from govpipeline.lib.extract.relations.yoy import year_over_year


def relations_of(ctx: Context, facts: list[Fact], report_year: int | None) -> list[Relation]:
    text = ctx.text
    relations: list[Relation] = []
    in_sentence: dict[int, list[Fact]] = {}
    for f in facts:
        if f.form_group is None:  # a one-line form's rows make one sentence: their relations are the form's
            in_sentence.setdefault(f.sentence_start, []).append(f)
    by_sentence: dict[int, list[Fact]] = {}
    for start, group in in_sentence.items():
        by_sentence.setdefault(_sentence_start(ctx, start), []).extend(group)
    earlier: list[Fact] = []  # the figures of the paragraph before the sentence
    for start, group in by_sentence.items():
        if earlier and text.find("\n", earlier[-1].end, start) >= 0 and not _among_last(text, start, earlier[-1]):
            earlier = []
        relations += _sentence_relations(text, start, group, earlier, report_year)
        earlier.extend(group)
    return relations + form_totals(facts)


def _among_last(text: str, start: int, last: Fact) -> bool:
    """…其中：医院54个。¶医院中，公立医院21个…: a paragraph opening with X中 where X is the last thing counted before it
    breaks down that figure, as within one paragraph."""
    among = rx.AMONG.match(text, start)
    return among is not None and last.metric.rpartition(":")[2].endswith(among.group().strip()[:-2]) \
        and count_han(among.group()) >= 3


def _sentence_start(ctx: Context, pos: int) -> int:
    """Start of the sentence holding ``pos``; a sentence opening with 其中, with a clause of words and then 其中
    (已全部按期答复，其中…), with 办理结果中 or with 按…分 continues the one before it."""
    start, _ = ctx.sentence(pos)
    while start > 0 and rx.CONTINUES.match(ctx.text, start):
        start, _ = ctx.sentence(start - 1)
    return start

def _sentence_relations(text: str, s_start: int, group: list[Fact], earlier: list[Fact],
                        report_year: int | None) -> list[Relation]:
    """The relations among the figures of one sentence (``earlier``: the figures of its paragraph before it), in
    order: a later step reads the names an earlier one gave."""
    if len(group) < 2:
        return []  # every relation, and every label read from one, pairs figures of the sentence
    # each step below needs a figure of its kind or a word of its own in the sentence; the figures are tried only
    # in a sentence that has one
    kinds = {f.kind for f in group}
    last = group[-1].start
    rels, member_of = breakdowns(text, s_start, group)
    if len(group) > 2 and (text.find("共", s_start, last) >= 0 or text.find("计", s_start, last) >= 0):
        rels += total_after_parts(text, s_start, group, member_of)
    if text.find("(", s_start, group[-1].end + 1) >= 0 or text.find("（", s_start, group[-1].end + 1) >= 0:
        rels += parts_in_brackets(text, group)
    if earlier and not member_of and rx.AMONG.match(text, s_start):
        rels += parts_of_earlier_total(text, group, earlier, member_of)
    rels += except_and_rest(text, s_start, group)
    if "share" in kinds:
        rels += stated_shares(text, group, earlier, member_of)
    if "rate" in kinds:
        rels += rates_of_parts(group, rels)
        rels += rates_of_counts(group, rels)
    if text.find("至", s_start, last) >= 0 or text.find("到", s_start, last) >= 0 or text.find("为", s_start, last) >= 0:
        changed = changed_to(text, s_start, group)
        if changed:  # an after-value may take its before's kind
            kinds = {f.kind for f in group}
        rels += changed
    if text.find("前", s_start, last) >= 0:
        rels += earlier_state(text, s_start, group)
    if "change" in kinds:
        rels += year_over_year(text, s_start, group, report_year)
    return rels
