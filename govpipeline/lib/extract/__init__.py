"""Statistical facts, their relations and enumerations, from normalized report text.

Every fact carries the exact span it was read from. The rules are about how Chinese official prose writes
statistics (measure words, 万/亿, qualifiers, 其中 breakdowns, 占X%, 比上年增长X%, 由A缩短至B), never about a
particular report. ``extract_facts`` runs the stages in order, each a module of this package:

- ``context``: the text's sentences, clauses, quotes, brackets, years and periods, found once
- ``figures``: the figures (number, scale, unit, qualifier), less what is no figure
- ``kinds``: what a figure is (count, amount, rate, share, change, duration, ...)
- ``scopes``: who a figure is about, and the window of the year it covers
- ``own_words``, ``neighbours``, ``labels``: what a figure measures (its metric)
- ``relations``: sums, shares, year-over-year changes, before and after
- ``enumerations``: headings that state a count, with the names they list

The words the rules know are data (``vocabulary/*.yaml``); ``patterns`` builds every pattern from them.
"""
from __future__ import annotations

from govpipeline.lib.sections import SectionIndex
from govpipeline.lib.extract.context import Context
from govpipeline.lib.extract.enumerations import enumerations_of
from govpipeline.lib.extract.figures import candidate_facts
from govpipeline.lib.extract.labels import assign_labels, mark_reached_levels, name_plans_in_brackets, name_windows
from govpipeline.lib.extract.neighbours import parts_of_qualified_firms
from govpipeline.lib.extract.model import (APPROX, Enumeration, Extraction, Fact, KINDS, RELATION_ROLES, Relation,
                                           SUM_OF_PARTS)
from govpipeline.lib.extract.relations import relations_of
from govpipeline.lib.extract.relations.before_after import temporal_before_after
from govpipeline.lib.extract.scopes import date_fixes, mark_targets, window_last


__all__ = ["APPROX", "KINDS", "RELATION_ROLES", "SUM_OF_PARTS", "Enumeration", "Extraction", "Fact", "Relation",
           "extract_facts"]


def extract_facts(text: str, report_year: int | None = None, report_period: str | None = None) -> Extraction:
    """The facts, relations and enumerations of a report's text. ``report_period`` is the part of the year the whole
    report covers (第三季度, 1-9月; metadata reads it off the title): the window of every figure that states none."""
    ctx = Context(text)
    facts = candidate_facts(ctx, report_year)
    sections = SectionIndex(text)
    assign_labels(ctx, facts, sections, report_year)
    relations = relations_of(ctx, facts, report_year)
    name_plans_in_brackets(ctx, facts)
    stated = {tuple(r.members) for r in relations}
    relations += [r for r in temporal_before_after(ctx, facts) if tuple(r.members) not in stated]
    name_windows(ctx, facts, report_period)
    enumerations = enumerations_of(ctx, facts, sections)
    mark_targets(ctx, facts, report_year, report_period)
    date_fixes(ctx, facts, report_year)
    mark_reached_levels(facts)
    parts_of_qualified_firms(ctx, facts)
    window_last(ctx, facts, report_period)
    return Extraction(facts, relations, enumerations)
