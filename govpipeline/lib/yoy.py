"""Year-over-year comparisons (previous values implied by stated changes, the same metric across reports) and the
choice of the figure a series takes for a year."""
from __future__ import annotations

import re
from typing import NamedTuple

from govpipeline.lib.numbers import POINT_UNITS

_MULTIPLE = re.compile(r"(?:是|为|相当于)[^，,；;。]{0,6}的$")  # 是上年的2.3倍: a multiple, not a growth
_DECREASE = re.compile(r"(?:下降|减少|回落|降低|下滑|缩减|缩小|下跌)[了约近]?(?:达|为)?$")


class FactRow(NamedTuple):  # a tuple: hundreds of thousands are built from query rows
    fact_id: str
    doc_id: str
    region: str | None
    region_code: str | None
    metric_id: str | None
    scope: str | None
    metric: str | None
    unit: str
    kind: str
    value: float
    year: int | None
    quote: str
    sentence: str | None
    decimals: int
    scale: float
    body: str | None = None  # the issuing body: a department's figures and its region's are different series


def _words_before(change: FactRow) -> str:
    sentence = change.sentence or ""
    pos = sentence.find(change.quote)
    return sentence[max(0, pos - 8):pos] if pos >= 0 else ""


def direction(change: FactRow) -> int:
    """+1 for an increase, -1 for a decrease, read from the words just before the change figure."""
    return -1 if _DECREASE.search(_words_before(change)) else 1


def implied_previous(current: FactRow, change: FactRow) -> tuple[float | None, str]:
    """(previous value, how the stated change was read)."""
    sign = direction(change)
    if change.unit == "%" and current.unit not in ("%", "‰"):
        ratio = 1 + sign * change.value / 100
        return (current.value / ratio if ratio > 0 else None), "relative %"
    if change.unit == "%" and current.unit == "%":
        ratio = 1 + sign * change.value / 100
        return (current.value / ratio if ratio > 0 else None), "relative % of a rate"
    if change.unit == "‰" or change.unit in POINT_UNITS or change.unit == current.unit:
        return current.value - sign * change.value, "absolute difference"
    if change.unit == "倍":
        if _MULTIPLE.search(_words_before(change)):
            return current.value / change.value, "是上年的N倍 (×N)"
        if sign < 0:
            return None, "倍 with a decrease"
        # 增长N倍 strictly means ×(N+1) but is often used for ×N: keep the strict reading, flag it
        return current.value / (change.value + 1), "ambiguous 增长N倍 (read as ×(N+1))"
    return None, f"change in {change.unit} against {current.unit}"


def rounding_tolerance(f: FactRow) -> float:
    return 0.5 * f.scale * 10 ** (-f.decimals)


def agrees(stated_previous: float, reported: FactRow) -> bool:
    """A previous value implied by a stated change against the one the previous report prints: equal within the
    rounding of the printed figure and of the stated percentage (0.5% of the value)."""
    return abs(stated_previous - reported.value) <= rounding_tolerance(reported) + abs(reported.value) * 0.005


# ---------------------------------------------------------------------------------------------- series
_DECREASE_WORD = re.compile(r"(?:下降|减少|回落|降低|下滑|缩减|下跌|减产)$")


def signed_growth(label: str | None, value: float) -> float:
    """A growth figure with its direction: 生猪出栏下降 3.1 -> -3.1 (the label ends with the word the report used)."""
    return -value if label and _DECREASE_WORD.search(label) and value > 0 else value


class SeriesCandidate(NamedTuple):
    """A fact that could stand for its body, region, indicator, scope and year."""
    fact_id: str
    doc_id: str
    year: int
    report_year: int | None
    in_table: bool  # a figure of a table (a template cell, a statistics table's) rather than of the narrative
    start: int
    value: float


def _preference(c: SeriesCandidate) -> tuple:
    """The year's own report before another report's restatement (a later report's 上年 figure, an earlier one's
    target), and a later restatement before an earlier; in one report a table's cell before the narrative that
    repeats it, then the first mention; doc_id and fact_id keep the choice the same in every run."""
    return (c.report_year != c.year, c.in_table is False, -(c.report_year or 0), c.doc_id, c.start, c.fact_id)


def choose(candidates: list[SeriesCandidate]) -> tuple[SeriesCandidate, str, bool, list[str]]:
    """(the figure a series takes, why, whether the restatements agree with it, every candidate's fact_id with the
    chosen one first). Restatements agree when they are within 0.5 % of it (a 万 figure against an exact one)."""
    ranked = sorted(candidates, key=_preference)
    chosen, others = ranked[0], ranked[1:]
    reasons = []
    if not others:
        reasons.append("only figure")
    if chosen.report_year == chosen.year and any(o.doc_id != chosen.doc_id for o in others):
        reasons.append("the year's own report over a restatement in another report")
    elif chosen.report_year != chosen.year and any(o.doc_id != chosen.doc_id for o in others):
        reasons.append("the latest report that restates the year")
    same_report = [o for o in others if o.doc_id == chosen.doc_id]
    if chosen.in_table and any(not o.in_table for o in same_report):
        reasons.append("the table cell over the narrative")
    if any(o.in_table == chosen.in_table for o in same_report):
        reasons.append("the report's first mention")
    agree = all(abs(o.value - chosen.value) <= 0.005 * abs(chosen.value) + 1e-9 for o in others)
    return chosen, "; ".join(reasons), agree, [c.fact_id for c in ranked]
