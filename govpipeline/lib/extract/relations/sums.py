"""TODO"""
from __future__ import annotations


from govpipeline.lib.extract.context import count_han, fmt
from govpipeline.lib.extract.model import Fact
from govpipeline.lib.extract.patterns import MEASURE_UNITS, REPORT_VERBS, SHARE_OF_PART


def is_total_like(f: Fact) -> bool:
    """Figures that parts can add up to: counts, money, durations, areas and measured quantities (tonnes, kWh), not
    concentrations or ages."""
    return f.kind in ("count", "amount", "duration", "area") or (f.unit in MEASURE_UNITS and "/" not in f.unit)


def parallel_parts(text: str, items: list[Fact]) -> bool:
    """其中咨询类23.1万件，占54.2%；求助类8.9万件，占20.9%: parts listed across semicolons, named alike (their
    names share the last character) or each with its share, are still parts; 其中A 38.2亿元；审计促进增收2.3亿元 is not."""
    names = [f.label for f in items]
    if all(names) and all(count_han(n) <= 6 for n in names) and len({n[-1] for n in names}) == 1:
        return True
    return all(SHARE_OF_PART.match(text, f.end) for f in items)


def name_after(head: Fact, parts: list[Fact]) -> None:
    """Parts of a breakdown are named under their total: 受理申请:网上办结."""
    for f in parts:
        if f.label and head.metric and not f.metric.startswith(head.metric):
            f.metric = f"{head.metric}:{f.label}"


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
        running = 0.0
        for f in items:
            running += f.value
            gap = abs(running - c.value)
            if gap <= tolerance(c, items):
                if best is None or gap < best_gap:
                    best, best_gap = c, gap
                break
    if best is None:  # 受理12.6万件，办结12.5万件，其中A窗口受理2.3万件: the figure of the parts' own verb
        # the words before each figure too: a name drops the verb of 压缩至 (企业登记压缩至4个工作日: 企业登记)
        verbs = {v for f in items for v in REPORT_VERBS if v in f.label or v in f.head}
        sharing = [c for c in candidates
                   if c.unit == nearest.unit and any(v in c.metric or v in c.head for v in verbs)]
        if verbs and sharing and len(sharing) < len([c for c in candidates if c.unit == nearest.unit]):
            return sharing[-1]
    return best or closed.get(nearest.idx, nearest)


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
