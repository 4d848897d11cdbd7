"""The canonical metric catalog (metrics.yaml): facts whose label names a recurring statistic get its id."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from govpipeline.lib.extract import SUM_OF_PARTS

CATALOG_PATH = Path(__file__).with_name("metrics.yaml")


@dataclass(frozen=True)
class CatalogMetric:
    id: str
    name: str
    family: str
    unit: str
    pattern: re.Pattern  # any of the entry's patterns
    exclude: re.Pattern | None  # any of its excludes

    def matches(self, label: str, unit: str) -> bool:
        """A part (收到政府信息公开申请:市本级收到) is the statistic its own words after the last colon name, not its
        whole's; the excludes rule out words anywhere in the label."""
        return (unit == self.unit and self.pattern.search(label, label.rfind(":") + 1) is not None
                and (self.exclude is None or self.exclude.search(label) is None))


def _any_of(patterns: list[str]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@lru_cache(maxsize=1)
def catalog() -> tuple[CatalogMetric, ...]:
    entries = yaml.safe_load(CATALOG_PATH.read_text(encoding="utf-8"))
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{CATALOG_PATH}: duplicate metric ids")
    if empty := [e["id"] for e in entries if not e.get("patterns")]:
        raise ValueError(f"{CATALOG_PATH}: metrics without patterns: {', '.join(empty)}")
    return tuple(
        CatalogMetric(e["id"], e["name"], e["family"], e["unit"], _any_of(e["patterns"]), _any_of(e.get("excludes", [])))
        for e in entries)


@lru_cache(maxsize=1)
def _by_unit() -> dict[str, tuple[CatalogMetric, ...]]:
    units = {m.unit for m in catalog()}
    return {u: tuple(m for m in catalog() if m.unit == u) for u in units}


# the window extraction appends to a name (受理申请(1-11月份), 办结率(上半年), 参保人数(截至10月底))
_WINDOW = re.compile(r"\([^()]*(?:月|季度|半年)[^()]*\)$")


@lru_cache(maxsize=65536)  # the same labels recur across a region's or a year's reports
def metric_id_for(label: str | None, unit: str, kind: str) -> str | None:
    """The catalog id of a fact, or None when its label names no catalogued statistic. The catalog's statistics are a
    year's: a figure of a narrower window gets none, or the series and comparisons would set it against whole years."""
    if not label or kind == "change" or label.startswith(SUM_OF_PARTS) or _WINDOW.search(label):
        return None  # a change, or a sum of named parts (合计(新收…+上年结转)), is no catalogued statistic
    for metric in _by_unit().get(unit, ()):
        if metric.matches(label, unit):
            return metric.id
    return None
