"""Sums: a total and its parts (其中, 包括, 分别为, 按…分; a total after its parts, 共计; parts in brackets; parts of a
total in the sentence before; 除A外，其余B), checked against the printed figures' rounding.

Takes a sentence's figures; gives ``sum`` relations (exhaustive when the parts claim or reach the whole total).
"""
from __future__ import annotations

import re

from govpipeline.lib.extract.context import count_han, fmt, positions
from govpipeline.lib.extract.model import Fact, Relation, SUM_OF_PARTS
from govpipeline.lib.extract import patterns as rx


def is_total_like(f: Fact) -> bool:
    """Figures that parts can add up to: counts, money, durations, areas and measured quantities (tonnes, kWh), not
    concentrations or ages."""
    return f.kind in ("count", "amount", "duration", "area") or (f.unit in rx.MEASURE_UNITS and "/" not in f.unit)


def parallel_parts(text: str, items: list[Fact]) -> bool:
    """其中咨询类23.1万件，占54.2%；求助类8.9万件，占20.9%: parts listed across semicolons, named alike (their
    names share the last character) or each with its share, are still parts; 其中A 38.2亿元；审计促进增收2.3亿元 is not."""
    names = [f.label for f in items]
    if all(names) and all(count_han(n) <= 6 for n in names) and len({n[-1] for n in names}) == 1:
        return True
    return all(rx.SHARE_OF_PART.match(text, f.end) for f in items)


def name_after(head: Fact, parts: list[Fact]) -> None:
    """Parts of a breakdown are named under their total: 受理申请:网上办结."""
    for f in parts:
        if f.label and head.metric and not f.metric.startswith(head.metric) \
                and not ("的" in f.metric and head.metric.endswith(f.metric.rpartition("的")[2])):
            # (产量比上年增长的主要工业产品 names itself as some of them); a measure already named after the things it
            # measures keeps that name (…养老机构186个，床位1.92万张: 养老床位:养老机构床位; 其中，续建项目58个，完成投资
            # 52.1亿元: 重点项目完成投资:续建项目完成投资; 其中，道路运输事故12起、死亡10人: …死亡:道路运输事故死亡)
            # (其中，受理刑事案件…，审结290件: a bare verb named after the part before, 审结刑事案件, keeps that name
            # where the total names other things: 清理规范性文件:废止 says what was repealed)
            own = f.metric if (f.label in rx.MEASURES_OF_COUNTED or f.label in rx.EVENT_SIDES
                               or rx.MEASURE_ALONE.fullmatch(f.label)) \
                and f.metric.endswith(f.label) and ":" not in f.metric \
                or f.label in rx.REPORT_VERBS and f.metric.startswith(f.label) and ":" not in f.metric \
                and f.metric[len(f.label):] not in head.metric else f.label
            if own == f.label and (head.metric == f.label or head.metric.endswith(":" + f.label)) \
                    and f.metric.count(":") == 1 and f.metric.endswith(":" + f.label):
                own = f.metric.replace(":", "")  # 交易额…；其中房屋建筑工程612宗，交易额…: the total's measure, of its subject
            f.metric = f"{head.metric}:{own}"


def pick_head(candidates: list[Fact], items: list[Fact], closed: dict[int, Fact]) -> Fact:
    """The total a 其中 list breaks down: the earlier figure its parts add up to (the closest sum, then the nearest:
    受理18.62万件，办结18.59万件，其中即办件11.3万件、承诺件7.32万件 adds up to 受理 within 办结's rounding too);
    else the one whose words hold the parts' verb; else, when the nearest figure is itself the last part of a
    finished breakdown, that breakdown's total; else the nearest figure."""
    nearest = candidates[-1]
    best, best_gap = None, 0.0
    for c in reversed(candidates):
        if c.unit != nearest.unit:
            continue
        running, tol = 0.0, tolerance(c, items)
        for f in items:
            running += f.value
            gap = abs(running - c.value)
            if gap <= tol:
                if best is None or gap < best_gap:
                    best, best_gap = c, gap
                break
    if best is None and (whole := _whole_of_run(candidates, nearest)) is not None:
        return whole  # 公开信息2140条，通过网站公开1530条，通过头条号发布610条。其中，…: the figures after the first split it
    if best is None:  # 受理12.6万件，办结12.5万件，其中A窗口受理2.3万件: the figure of the parts' own verb
        # the words before each figure too: a name drops the verb of 压缩至 (企业登记压缩至4个工作日: 企业登记)
        words = "\n".join(w for f in items for w in (f.label, f.head))  # one search per verb, none across two
        verbs = {v for v in rx.REPORT_VERBS if v in words}
        sharing = [c for c in candidates
                   if c.unit == nearest.unit and any(v in c.metric or v in c.head for v in verbs)]
        if verbs and sharing and len(sharing) < len([c for c in candidates if c.unit == nearest.unit]):
            return sharing[-1]
    return best or closed.get(nearest.idx, nearest)


def _by_verb(candidates: list[Fact], items: list[Fact]) -> list[tuple[Fact, list[Fact]]] | None:
    """受理案件1200件，审结1100件。其中，受理刑事案件300件，审结290件: parts named by the verbs of two earlier totals are
    each that total's, not all the nearest's (a part of no such verb, 执结…, is neither's); None unless the parts name
    the verbs of two or more totals in their unit."""
    totals = {verb: c for c in candidates if items and c.unit == items[0].unit and (verb := _verb_of(c))}
    groups: dict[str, list[Fact]] = {}
    for f in items:
        if (verb := _verb_of(f)) in totals:
            groups.setdefault(verb, []).append(f)
    return [(totals[verb], parts) for verb, parts in groups.items()] if len(groups) >= 2 else None


def _verb_of(f: Fact) -> str | None:
    """The report verb of a figure's own name (受理 of 全院受理各类案件, 审结 of 受理各类案件:审结), if any."""
    found = rx.REPORT_VERB_IN.search(f.metric.rpartition(":")[2])
    return found.group() if found else None


def _whole_of_run(candidates: list[Fact], last: Fact) -> Fact | None:
    """The figure a run of figures ending at ``last``, in its unit, adds up to (2140 of 1530 and 610), or None: a
    breakdown printed without a marker, which the parts of a later list break down no further."""
    same = [c for c in candidates if c.unit == last.unit]
    for k in range(len(same) - 3, -1, -1):
        if adds_up(same[k], same[k + 1:]):
            return same[k]
    return None


def contiguous(items: list[Fact], head: Fact) -> list[Fact]:
    """Stop a breakdown where its parts reach the total, after the small parts that keep it there (a total of 186.7万
    reached by 178.2万, 8.1万 and 0.3万 takes 621 and 113 too): a second list may follow for the same total."""
    out: list[Fact] = []
    running = 0.0
    reached = False
    for f in items:
        if reached and (f.value <= 0 or abs(running + f.value - head.value) > tolerance(head, out + [f])):
            break
        out.append(f)
        running += f.value
        reached = reached or len(out) >= 2 and abs(running - head.value) <= tolerance(head, out)
    return out


def adds_up(head: Fact, parts: list[Fact]) -> bool:
    return abs(sum(f.value for f in parts) - head.value) <= tolerance(head, parts)


def tolerance(head: Fact, parts: list[Fact]) -> float:
    """Half a unit of the last printed digit of the total, plus that of each part."""
    tol = 0.5 * head.scale * 10 ** (-head.decimals)
    tol += sum(0.5 * p.scale * 10 ** (-p.decimals) for p in parts if p.scale > 1)
    return tol


def sum_note(head: Fact, parts: list[Fact]) -> str:
    total = sum(p.value for p in parts)
    return f"{' + '.join(fmt(p.value) for p in parts)} = {fmt(total)}; stated total {fmt(head.value)}"


def breakdowns(text: str, s_start: int, group: list[Fact]) -> tuple[list[Relation], dict[int, Fact]]:
    """总数…其中A…B…, 包括, 分别为, 按…分: the figures listed after a marker break down a figure before it. Gives the
    sums and, for each part of any breakdown, its total."""
    rels: list[Relation] = []
    markers = [m.start() for m in rx.LIST_START.finditer(text, s_start, group[-1].end)]
    markers += [m.start(1) for m in rx.AMONG_THE.finditer(text, s_start, group[-1].start)]
    markers.sort()
    closed: dict[int, Fact] = {}  # part of a breakdown that reached its total -> that total
    member_of: dict[int, Fact] = {}  # part of any breakdown -> its total
    for k, pos in enumerate(markers):
        candidates = earlier = [f for f in group if f.end <= pos and is_total_like(f) and not f.in_paren]
        if not candidates:
            continue
        nearest = candidates[-1]
        nxt = markers[k + 1] if k + 1 < len(markers) else None
        if text[pos - 1:pos] in "（(":
            # a parenthetical list belongs to the figure just before the parenthesis
            items = [f for f in group if f.start > pos and f.in_paren and f.unit == nearest.unit
                     and is_total_like(f) and text.find(")", pos, f.start) < 0 and text.find("）", pos, f.start) < 0]
            breakdowns = [(nearest, items)]
        else:
            listed = [f for f in group if f.start > pos and (nxt is None or f.start < nxt) and is_total_like(f)
                      and not f.in_paren]
            if listed and not any(f.unit == nearest.unit for f in listed):
                # 4521件，罚没款3260.5万元。其中简易程序1230件…: the parts count the last figure in their unit
                candidates = [c for c in candidates if c.unit == listed[0].unit] or candidates
                nearest = candidates[-1]
            items = [f for f in listed if f.unit == nearest.unit]
            if items and (flow := items[0].metric[-2:]) in rx.FUND_FLOWS:
                # …收入15.4亿元，支出…，年末滚存结余…。其中：A基金收入…，支出…: a fund's income is of the income,
                # and its spending no part of it
                if same_flow := [c for c in candidates if c.metric[-2:] == flow]:
                    candidates = same_flow
                    items = [f for f in items if f.metric[-2:] == flow or f.metric[-2:] not in rx.FUND_FLOWS]
            head = pick_head(candidates, items, closed)
            breakdowns = _by_verb(candidates, items) or [(head, items)]
            for unit in dict.fromkeys(f.unit for f in listed if f.unit != head.unit):
                parts = [f for f in listed if f.unit == unit]
                totals = [c for c in earlier if c.unit == unit]  # (1.26万户2.03万人…；其中城市…2310户3865人)
                total = pick_head(totals, parts, closed) if totals and len(parts) >= 2 else None
                if total is not None and adds_up(total, contiguous(parts, total)):
                    breakdowns.append((total, parts))  # 学校1256所，在校学生48.6万人。其中，幼儿园458所，在园幼儿9.8万人…
                elif (head.unit in rx.PEOPLE_UNITS) == (unit in rx.PEOPLE_UNITS):
                    # 其中政策文件35件、规划计划12条: a part in another unit is the total's too, though not summed;
                    # not when one counts people and the other things (回访群众3.4万人次 … 咨询类6.9万件), nor after a
                    # semicolon that ends the list (其中A7条、B36条；通过公众号推送信息312篇)
                    name_after(head, [f for f in parts if f.kind == head.kind and _semicolon(text, pos, f.start) < 0])
        # 排名前三位的分别是: the first few of a ranking are no whole breakdown; nor 其中A、B分别为…, some of the parts
        clause_start = max(text.rfind(c, s_start, pos) for c in "，,；;。") + 1
        explicit = text.startswith(("分别", "包括"), pos) and not rx.RANKED.search(text, pos - 10, pos) \
            and "其中" not in text[clause_start:pos]
        for head, items in breakdowns:
            items = contiguous(items, head)
            reaches = adds_up(head, items)
            if not (reaches or explicit) and len(items) >= 2 and text[pos + 2:pos + 3] not in "：:" \
                    and (semicolon := _semicolon(text, items[0].end, items[-1].start)) >= 0 \
                    and not parallel_parts(text, items):
                items = [f for f in items if f.start < semicolon]  # 其中A 38.2亿元；审计促进增收2.3亿元: A alone is a part
                reaches = adds_up(head, items)
            exceeds = sum(f.value for f in items) > head.value + tolerance(head, items)
            if exceeds and not explicit:
                continue  # the parts belong to several earlier figures (…300余次…800余次，其中…653次，…1001次)
            name_after(head, items)
            if len(items) >= 2:
                rels.append(Relation("sum", [("total", head.idx)] + [("part", f.idx) for f in items],
                                     sum_note(head, items), exhaustive=explicit or reaches))
                if reaches:
                    closed.update({f.idx: head for f in items})
            member_of.update({f.idx: head for f in items})
    return rels, member_of


def total_after_parts(text: str, s_start: int, group: list[Fact], member_of: dict[int, Fact]) -> list[Relation]:
    """新收326件，上年结转18件，共计344件: a total after its parts, which are not parts of another breakdown."""
    rels: list[Relation] = []
    for k, total in enumerate(group):
        if k < 2 or not is_total_like(total) or total.in_paren \
                or not rx.TOTAL_AFTER.search(text, total.start - 6 if total.start - 6 > s_start else s_start, total.start):
            continue
        parts: list[Fact] = []
        for g in reversed(group[:k]):
            if g.unit != total.unit or not is_total_like(g) or g.in_paren or g.idx in member_of:
                break
            parts.insert(0, g)
            if len(parts) >= 2 and abs(sum(p.value for p in parts) - total.value) <= tolerance(total, parts):
                rels.append(Relation("sum", [("total", total.idx)] + [("part", p.idx) for p in parts],
                                     sum_note(total, parts), exhaustive=True))
                total.metric = SUM_OF_PARTS + "+".join(p.metric for p in parts) + ")"
                break
    return rels


def parts_in_brackets(text: str, group: list[Fact]) -> list[Relation]:
    """213件（当面申请45件、网络申请152件）: a parenthesis of parts right after a figure, adding up to it."""
    rels: list[Relation] = []
    for head in group:
        if head.in_paren or not is_total_like(head) or text[head.end:head.end + 1] not in ("(", "（") \
                or rx.LIST_START.match(text, head.end + 1):
            continue
        close = rx.PAREN_CLOSE.search(text, head.end + 1, head.end + 120)
        if close is None:
            continue
        items = [f for f in group if head.end < f.start < close.start() and f.unit == head.unit and is_total_like(f)]
        if len(items) >= 2 and abs(sum(f.value for f in items) - head.value) <= tolerance(head, items):
            rels.append(Relation("sum", [("total", head.idx)] + [("part", f.idx) for f in items],
                                 sum_note(head, items), exhaustive=True))
    return rels


def parts_of_earlier_total(text: str, group: list[Fact], earlier: list[Fact],
                           member_of: dict[int, Fact]) -> list[Relation]:
    """公开的信息中，机构职能类156条，…，其他834条: the parts of a total in a sentence before, which they add up to.
    Adds the parts to ``member_of``."""
    rels: list[Relation] = []
    parts = [f for f in group if f.unit == group[0].unit and is_total_like(f) and not f.in_paren]
    # 医院中，公立医院21个，民营医院33个。按医院等级分：三级医院6个…: a breakdown by an attribute after it is another
    # of the same whole, which need not reach it
    by = rx.ATTRIBUTE_CLAUSE.search(text, parts[0].end, parts[-1].start) if len(parts) > 2 else None
    later = [f for f in parts if by and f.start > by.start()]
    parts = parts[:len(parts) - len(later)]
    total = next((e for e in reversed(earlier) if e.unit == parts[0].unit and is_total_like(e)
                  and not e.in_paren and adds_up(e, parts)), None) if len(parts) >= 2 else None
    if total is not None:
        for listed, whole in ((parts, True), (later, False)):
            if len(listed) < 2 or not whole and sum(f.value for f in listed) > total.value + tolerance(total, listed):
                continue
            name_after(total, listed)
            rels.append(Relation("sum", [("total", total.idx)] + [("part", f.idx) for f in listed],
                                 sum_note(total, listed), exhaustive=whole or adds_up(total, listed)))
            member_of.update({f.idx: total for f in listed})
    return rels


def except_and_rest(text: str, s_start: int, group: list[Fact]) -> list[Relation]:
    """除A外，其余B: the total is A + B."""
    rels: list[Relation] = []
    for pos in positions(text, "除", s_start, group[-1].end):
        before = [f for f in group if f.end <= pos and is_total_like(f)]
        excl = [f for f in group if f.start > pos and is_total_like(f)]
        rest_pos = text.find("其余", pos, group[-1].end)
        if before and len(excl) >= 2 and rest_pos > 0:
            a = excl[0]
            b = next((f for f in excl if f.start > rest_pos), None)
            if b is not None and a.unit == b.unit == before[-1].unit and a.start < rest_pos:
                total = before[-1]
                for part in (a, b):  # 除2项暂不进驻外，其余的141项实现应进全进: both are parts of the total
                    own = re.sub(r"外$", "", part.label)
                    if total.metric and not part.metric.startswith(total.metric):
                        part.metric = f"{total.metric}:{own}" if own else total.metric
                rels.append(Relation("sum", [("total", before[-1].idx), ("part", a.idx), ("part", b.idx)],
                                     sum_note(before[-1], [a, b]), exhaustive=True))
    return rels


def _semicolon(text: str, start: int, end: int) -> int:
    """The first semicolon in ``text[start:end]``, full-width or half-width (a crawled page's ;), or -1."""
    found = [at for at in (text.find("；", start, end), text.find(";", start, end)) if at >= 0]
    return min(found) if found else -1


def form_totals(facts: list[Fact]) -> list[Relation]:
    """A form's 总数 and the rows after it in its group and unit, which never add up to more (信息发布 总数（单位：条）
    2318 概况类信息更新量（单位：条） 12 政务动态信息更新量（单位：条） 1420; 办件量（单位：件） 总数 90412 自然人办件量 70215
    法人办件量 20197)."""
    rows = [f for f in facts if f.form_group is not None]
    rels: list[Relation] = []
    for k, total in enumerate(rows):
        if not total.form_group or not total.metric.endswith(":总数"):
            continue
        parts = []
        for f in rows[k + 1:]:
            if f.form_group != total.form_group or f.unit != total.unit or f.metric.endswith(":总数"):
                break
            parts.append(f)
        if parts:
            rels.append(Relation("sum", [("total", total.idx)] + [("part", f.idx) for f in parts],
                                 sum_note(total, parts)))
    return rels

