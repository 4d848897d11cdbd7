"""Places, normalized through cpca's gazetteer: 株洲 / 株洲市 / 株洲市人民政府 are one region, with its hierarchy."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Region:
    code: str  # 6-digit administrative division code
    name: str  # full name, e.g. 长沙市雨花区
    level: str  # 'province' | 'city' | 'county'
    province: str | None
    city: str | None
    county: str | None


@lru_cache(maxsize=1)
def _cpca():
    import cpca

    return cpca


def _name(code: str) -> str | None:
    addr = _cpca().ad_2_addr_dict.get(code.ljust(12, "0"))
    return addr.name if addr else None


def region_from_code(code: str | None) -> Region | None:
    if not code:
        return None
    code = code[:6]
    province = _name(code[:2] + "0000")
    if code.endswith("0000"):
        return Region(code, province or code, "province", province, None, None)
    city = _name(code[:4] + "00")
    if code.endswith("00"):
        return Region(code, city or code, "city", province, city, None)
    county = _name(code)
    if city is None:  # counties of a municipality sit directly under it
        return Region(code, f"{province or ''}{county or ''}", "county", province, province, county)
    return Region(code, f"{city}{county or ''}", "county", province, city, county)


@lru_cache(maxsize=4096)
def canonical_region(name: str | None) -> Region | None:
    """The most specific place a name denotes: '株洲' and '株洲市人民政府' -> 株洲市; '长沙市雨花区' -> the district."""
    if not name:
        return None
    best = None
    for mi in _cpca().matcher.iter(name):
        if len(mi.origin_value) < 2:
            continue
        addr = mi.get_match_addr(None, None)
        if addr is not None and (best is None or addr.rank > best.rank):
            best = addr
    return region_from_code(best.adcode) if best else None
