"""TODO"""
from __future__ import annotations


from govpipeline.lib.numbers import POINT_UNITS
from govpipeline.lib.extract.model import Fact
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
        if f.unit in ("%", "倍") and g.kind == "rate":
            rate = rate or g  # a rate too, mostly: 收入286.4亿元，为预算的101.2%，增长6.8% is the income's growth
            continue
        if f.unit in ("%", "倍") and g.kind in ("count", "amount", "duration", "area", "other"):
            return g
        if (f.unit == "‰" or f.unit in POINT_UNITS) and g.unit in ("%", "‰"):
            return g
        if f.unit == g.unit:
            return g
    return rate
