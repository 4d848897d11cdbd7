"""Year-over-year comparisons: previous values implied by stated changes, and the same metric across reports."""
from __future__ import annotations

import re
from typing import NamedTuple

from govpipeline.lib.numbers import POINT_UNITS

_MULTIPLE = re.compile(r"(?:是|为|相当于)[^，,；;。]{0,6}的$")  # 是上年的2.3倍: a multiple, not a growth
_DECREASE = re.compile(r"(?:下降|减少|回落|降低|下滑|缩减|缩小|下跌|比降)[了约近]?(?:达|为)?$")  # 比降: 比上年下降


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
