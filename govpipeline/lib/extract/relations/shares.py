"""Shares: 占X% with its part and, where the words or the figures name it, its total; a rate named after a part
(即办件率) is that part's share.

Takes a sentence's figures and the sums found in it; gives ``share`` relations.
"""
from __future__ import annotations

import re

from govpipeline.lib.extract.context import count_han, fmt
from govpipeline.lib.extract.model import Fact, Relation
from govpipeline.lib.extract import patterns as rx
from govpipeline.lib.extract.relations.sums import is_total_like


def share_words_start(text: str, group: list[Fact], k: int, i: int) -> int | None:
    """Where the words that tie the share ``group[i]`` to its part ``group[k]`` begin: after the part, or after the
    part's own changes between them (税收收入89.7亿元，增长4.2%，占…的72.7%). None when anything else stands between."""
    changes = group[k + 1:i]
    if changes and not (all(g.kind == "change" for g in changes)
                        and rx.CHANGE_BEFORE_SHARE.fullmatch(text, group[k].end, changes[0].start)):
        return None
    start = changes[-1].end if changes else group[k].end
    return start if rx.SHARE_AFTER_PART.fullmatch(text, start, group[i].start) else None


def respective_figure(text: str, group: list[Fact], i: int) -> Fact | None:
    """分别为A和B，分别增长X%和Y% (or 分别占X%和Y%, or 分别达到A、B，增长X%、Y%): the figure in the same place of the
    list before the figures of ``group[i]``'s kind and unit."""
    f = group[i]

    def listed(a: Fact, b: Fact) -> bool:
        # 分别增长9.1%和9.4%；居民消费价格涨幅2.9%: the list ends where no separator (with its own verb: 增加7件和减少4件)
        # joins the next figure
        return a.kind == b.kind and a.unit == b.unit and b.start - a.end <= 4 \
            and rx.LIST_SEPARATOR.match(text, a.end) is not None

    first = i
    while first and listed(group[first - 1], group[first]):
        first -= 1
    last = i
    while last + 1 < len(group) and listed(group[last], group[last + 1]):
        last += 1
    mixed = f.kind == "change" and f.unit == "%"  # 4521件，罚没款3260.5万元，同比分别下降6.3%和12.8%
    # 受理12.46万件，办结12.41万件，办结率99.6%，同比分别增长8.3%和8.1%: a rate's change is told in points, so a list
    # of changes in % skips the rates and shares between it and its levels
    before = [g for g in group[:first] if not (mixed and g.unit in ("%", "‰"))] if mixed else group[:first]
    levels = before[len(before) - (last - first + 1):] if len(before) >= last - first + 1 else []
    if last > first and levels and ("分别" in text[group[first].start - 10:group[first].start]
                                    or "分别" in text[levels[0].start - 10:levels[0].start]) \
            and all(g.kind != f.kind and not g.in_paren and (mixed or g.unit == levels[0].unit) for g in levels):
        return levels[i - first]
    return None


def share_total(text: str, group: list[Fact], part: Fact, share: Fact) -> Fact | None:
    """The base of 占X%: the head of the breakdown the part belongs to, else the sentence's first total; never a
    figure smaller than the part."""
    for r_head in reversed([g for g in group if g.start < part.start and is_total_like(g) and g.unit == part.unit
                            and not g.in_paren and g.value >= part.value]):
        between = text[r_head.end:part.start]
        if "其中" in between or "包括" in between or "分别" in between:
            return r_head
    if "总量" in share.metric or "总" in text[part.end:share.start]:
        firsts = [g for g in group if g.start < part.start and g.unit == part.unit and is_total_like(g)
                  and g.value >= part.value]
        return firsts[0] if firsts else None
    return None


# 占受理总量的64.3%, 占全部诉求的40%: the words that name a share's base
_NAMED_BASE = re.compile(r"占(?:全部|全年|全)?([\u4e00-\u9fff]{2,8}?)(?:总量|总数|总额|总计|总和)?的?$")
_NO_BASE_NAMED = frozenset({"总量", "总数", "总额", "总计", "总和", "比重", "比例", "全部"})  # 占总量的: the whole, unnamed


def named_base(text: str, earlier: list[Fact], part: Fact, share: Fact) -> Fact | None | bool:
    """The base a share's words name by what was done or counted (即办件8.1万件，占受理总量的64.3%: the 受理 figure,
    though the part is one of the 办结 figure's): an earlier figure of the part's unit whose own words hold that stem
    (the one the figures bear out, else the nearest); False when the words name a base no such figure holds
    (占办件总量的: not the part's whole, unless the figures bear it out), None when they name none."""
    if share.start - part.end > 24 or not (m := _NAMED_BASE.search(text, part.end, share.start)) \
            or (stem := m.group(1)) in _NO_BASE_NAMED:
        return None
    named = [g for g in earlier if g is not part and g.unit == part.unit and g.value > part.value and is_total_like(g)
             and stem in (g.label or "")]
    # 城镇常住人口…，60周岁及以上人口…，占常住人口的23.4%: of the figures whose words hold the stem, the one the printed
    # figures bear out, else the nearest
    return (base_of_share(named, part, share) or named[-1]) if named else False


def base_of_share(candidates: list[Fact], part: Fact, share: Fact) -> Fact | None:
    """The base of 占X% when no words name it: the nearest earlier figure of the part's unit of which the part is X%,
    within the rounding of all three printed figures (approximate figures have no such bound)."""
    if part.approx or share.approx:
        return None
    p, dp = part.value, 0.5 * part.scale * 10 ** -part.decimals
    ds = 0.5 * 10 ** -share.decimals
    per = 1000 if share.unit == "‰" else 100
    for g in reversed(candidates):
        if g is part or g.unit != part.unit or not is_total_like(g) or g.value <= p or g.approx:
            continue
        dt = 0.5 * g.scale * 10 ** -g.decimals
        if (p - dp) / (g.value + dt) * per - ds <= share.value <= (p + dp) / max(g.value - dt, 1e-9) * per + ds:
            return g
    return None


def stated_shares(text: str, group: list[Fact], earlier: list[Fact], member_of: dict[int, Fact]) -> list[Relation]:
    """X件，占Y%: a share with its part and, where the words or the figures name it, its total."""
    rels: list[Relation] = []
    for i, f in enumerate(group):
        if f.kind != "share" or f.unit not in ("%", "‰"):
            continue
        part = respective_figure(text, group, i)  # 企业类15.6万件、个人类27.1万件，分别占36.5%和63.5%
        if part is not None and is_total_like(part):
            f.metric = part.metric + "占比"
            gap = part.end
        else:
            k = next((k for k in range(i - 1, -1, -1) if is_total_like(group[k])), None)
            gap = share_words_start(text, group, k, i) if k is not None else None
            if gap is None or not re.search(r"占|比例|比重", text[gap:f.start] + f.metric):
                continue
            part = group[k]
        own = rx.SHARE_WORDS.sub("", f.label)
        if rx.SHARE_OF_PART.match(text, gap, f.start):  # not in 10.2万个，其中夜间来电占比8.6%, which names its own part
            # 所占比例为75%: no base named; 征地拆迁（27件，占42.2%）: the words the share took from the topic are its part's
            named = count_han(own) >= 2 and own not in ("比例", "比重") and own != part.metric
            f.metric = part.metric + ("占" + own if named else "占比")  # whether or not its base is found
        elif text[gap:f.start] in ("（", "("):
            f.metric = part.metric + "占比"  # 网上申请150件（75%）
        named = named_base(text, earlier + group[:i], part, f)
        borne = base_of_share(earlier + group[:i], part, f)
        if named is None and (whole := member_of.get(part.idx)) is not None \
                and (base := _base_of_the_wholes_share(earlier + group[:i], rels, whole, part, f)) is not None:
            # 60岁及以上人口63.4万人，占19.90%，其中65岁及以上人口44.8万人，占14.06%: both shares of one base, which
            # the whole's share found or no figure printed
            if base:
                rels.append(Relation("share", [("part", part.idx), ("total", base.idx), ("share", f.idx)],
                                     f"{fmt(part.value)} / {fmt(base.value)} stated as {fmt(f.value)}%"))
            continue
        total = named or borne if named is not None else member_of.get(part.idx) or share_total(text, group, part, f)
        if named is None and (total is None or borne is not None and base_of_share([total], part, f) is None):
            # 受理12.65万件，办结12.61万件，其中即办件8.32万件，占65.8%: the base the figures bear out (受理), though
            # the part was read as one of the nearer figure's
            total = borne
        if total is None:
            continue
        rels.append(Relation("share", [("part", part.idx), ("total", total.idx), ("share", f.idx)],
                             f"{fmt(part.value)} / {fmt(total.value)} stated as {fmt(f.value)}%"))
    return rels


def _base_of_the_wholes_share(before: list[Fact], rels: list[Relation], whole: Fact, part: Fact,
                              share: Fact) -> Fact | bool | None:
    """When the whole a part is one of has a share of its own, printed after it, and the part's share is to it as the
    part is to the whole (within the printed figures' rounding), both shares are of one base: that base's figure
    where the whole's share found one, False where it found none; None when the part's share is of the whole."""
    whole_share = next((g for g in before if g.kind == "share" and g.unit == share.unit
                        and whole.end <= g.start < part.start and not g.approx), None)
    if whole_share is None or part.approx or share.approx or whole.approx or whole_share.value <= share.value:
        return None
    dp, dw = 0.5 * part.scale * 10 ** -part.decimals, 0.5 * whole.scale * 10 ** -whole.decimals
    ds, dws = 0.5 * 10 ** -share.decimals, 0.5 * 10 ** -whole_share.decimals
    if not ((part.value - dp) / (whole.value + dw) <= (share.value + ds) / (whole_share.value - dws)
            and (share.value - ds) / (whole_share.value + dws) <= (part.value + dp) / (whole.value - dw)):
        return None
    base = next((idx for r in rels if ("share", whole_share.idx) in r.members
                 for role, idx in r.members if role == "total"), None)
    return next((g for g in before if g.idx == base), False) if base is not None else False


def rates_of_counts(group: list[Fact], relations: list[Relation]) -> list[Relation]:
    """受理投诉3856件，办结3812件，办结率98.9%: a rate named after the verb of the count before it is that count's
    share of an earlier count, when the figures bear it out (within the rounding of all three)."""
    rels: list[Relation] = []
    shares = {idx for r in relations if r.relation_type == "share" for role, idx in r.members if role == "share"}
    for i, f in enumerate(group):
        if f.unit != "%" or f.kind != "rate" or f.idx in shares or not f.metric.endswith("率") or i < 2:
            continue
        part = group[i - 1]
        stem = f.metric.rsplit(":", 1)[-1][:-1]  # 办结消费者投诉举报:办结率: 办结
        if part.kind != "count" or count_han(stem) < 2 or not part.label.startswith(stem):
            continue
        total = base_of_share([g for g in group[:i - 1] if g.kind == "count"], part, f)
        if total is not None:
            rels.append(Relation("share", [("part", part.idx), ("total", total.idx), ("share", f.idx)],
                                 f"{f.metric}: {fmt(part.value)} / {fmt(total.value)}"))
    return rels


def rates_of_parts(group: list[Fact], sums: list[Relation]) -> list[Relation]:
    """即办件53349，即办件率93%: a rate named after a part of one of ``sums`` is that part's share of its total."""
    rels: list[Relation] = []
    for f in group:
        if f.unit != "%" or f.kind != "rate" or not f.metric.endswith("率"):
            continue
        stem = f.metric[:-1]
        for r in sums:
            if r.relation_type != "sum":
                continue
            total_idx = r.members[0][1]
            if stem in next(x for x in group if x.idx == total_idx).metric:
                continue  # 参保人数…，参保率97.2%。其中职工参保…: a rate named after the whole is the whole's
            for role, idx in r.members[1:]:
                g = next(x for x in group if x.idx == idx)
                if stem and g.label and g.label.endswith(stem[-3:]) and stem.endswith(g.label[-3:]):
                    rels.append(Relation("share", [("part", idx), ("total", total_idx), ("share", f.idx)],
                                         f"{f.metric}: {fmt(g.value)} / total"))
                    break
    return rels
