"""What extraction gives: facts, relations and enumerations, and the values their fields take."""
from __future__ import annotations

from dataclasses import dataclass, field


KINDS = ("count", "amount", "rate", "share", "change", "duration", "area", "score", "other")


APPROX = ("近", "约", "余", "多", "以上", "超过", "逾", "不足", "左右")


RELATION_ROLES = {"sum": ("total", "part"), "share": ("part", "total", "share"), "yoy": ("current", "change"),
                  "before_after": ("before", "after"), "narrative_table": ("narrative", "table")}


@dataclass(slots=True)
class Fact:
    idx: int
    value: float
    value_max: float | None
    unit: str
    kind: str
    approx: str | None
    metric: str
    scope: str | None
    year: int | None
    quote: str
    start: int
    end: int
    section: str | None
    sentence: str
    decimals: int  # printed decimals, for rounding tolerances
    scale: float  # multiplier the figure was printed with (1e4 for 万), for rounding tolerances
    in_paren: bool = False
    after_list: bool = False  # the figure counts a list of names just before it
    label: str = ""  # the measured thing's own words, before any parent label is prefixed
    head: str = ""  # the words before the figure in its clause, shared by figures listed with 、
    involved: bool = False  # 涉及N个部门 with no object in its clause: what involves them is named before
    sentence_start: int = 0  # where its sentence begins: most rules ask, so it is read once
    clause: str = ""  # the words of its clause before it (Context.clause_before), read once for the same reason
    # a form's row (网站总访问量（单位：次） 1,402,317; its label, the row's name, is its metric): the group it is printed
    # under ("" none: 信息发布 for 信息发布 总数 and the rows after it); None for a figure of the text
    form_group: str | None = None


@dataclass(slots=True)
class Relation:
    relation_type: str
    members: list[tuple[str, int]]  # (role, fact idx)
    note: str = ""
    exhaustive: bool | None = None  # sum: the parts claim to make up the whole total (分别为, or they reach it)


@dataclass(slots=True)
class Enumeration:
    heading: str
    stated_count: int
    listed_count: int
    items: list[str]
    count_fact: int | None = None


@dataclass
class Extraction:
    facts: list[Fact] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    enumerations: list[Enumeration] = field(default_factory=list)


SUM_OF_PARTS = "合计("  # the name of such a total opens 合计(新收…+上年结转); the catalog gives it no id
