"""TODO"""
from __future__ import annotations

import re

from govpipeline.lib.extract.context import Context, count_han, fmt, positions
from govpipeline.lib.extract.model import Fact, Relation, SUM_OF_PARTS
from govpipeline.lib.extract.own_words import without_figured_asides
from govpipeline.lib.extract.patterns import AMONG, AMONG_THE, BARE_CHANGE, BEFORE_AFTER, CHANGE_AFTER, CHANGE_AFTER_LEVEL, CLAUSE_SPLIT, CONTINUES, EARLIER_STATE, FIGURE_AND_LINK, LEVEL_AFTER, LIST_START, MULTIPLE_OF_EARLIER, PAREN_CLOSE, PEOPLE_UNITS, RANKED, SHARE_OF_PART, SHARE_WORDS, SIBLING_FIGURES, TOTAL_AFTER, YEAR, YOY_CUE
from govpipeline.lib.extract.relations.before_after import label_before_after
from govpipeline.lib.extract.relations.shares import base_of_share, respective_figure, share_total, share_words_start
from govpipeline.lib.extract.relations.sums import adds_up, contiguous, is_total_like, name_after, parallel_parts, pick_head, sum_note, tolerance
from govpipeline.lib.extract.relations.yoy import yoy_current


def relations_of(ctx: Context, facts: list[Fact], report_year: int | None) -> list[Relation]:
    text = ctx.text
    relations: list[Relation] = []
    in_sentence: dict[int, list[Fact]] = {}
    for f in facts:
        in_sentence.setdefault(ctx.sentence(f.start)[0], []).append(f)
    by_sentence: dict[int, list[Fact]] = {}
    for start, group in in_sentence.items():
        by_sentence.setdefault(_sentence_start(ctx, start), []).extend(group)
    earlier: list[Fact] = []  # the figures of the paragraph before the sentence
    for start, group in by_sentence.items():
        if earlier and text.find("\n", earlier[-1].end, start) >= 0:
            earlier = []
        relations += _sentence_relations(text, start, group, earlier, report_year)
        earlier.extend(group)
    return relations


def _sentence_start(ctx: Context, pos: int) -> int:
    """Start of the sentence holding ``pos``; a sentence opening with 其中, with a clause of words and then 其中
    (已全部按期答复，其中…), with 办理结果中 or with 按…分 continues the one before it."""
    start, _ = ctx.sentence(pos)
    while start > 0 and CONTINUES.match(ctx.text, start):
        start, _ = ctx.sentence(start - 1)
    return start


def _sentence_relations(text: str, s_start: int, group: list[Fact], earlier: list[Fact],
                        report_year: int | None) -> list[Relation]:
    if len(group) < 2:
        return []  # every relation, and every label read from one, pairs figures of the sentence
    rels: list[Relation] = []
    # --- sum lists: 总数…其中A…B…
    markers = [m.start() for m in LIST_START.finditer(text, s_start, group[-1].end)]
    markers += [m.start(1) for m in AMONG_THE.finditer(text, s_start, group[-1].start)]
    markers.sort()
    closed: dict[int, Fact] = {}  # part of a breakdown that reached its total -> that total
    member_of: dict[int, Fact] = {}  # part of any breakdown -> its total
    for k, pos in enumerate(markers):
        candidates = [f for f in group if f.end <= pos and is_total_like(f) and not f.in_paren]
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
            head = pick_head(candidates, items, closed)
            breakdowns = [(head, items)]
            for unit in dict.fromkeys(f.unit for f in listed if f.unit != head.unit):
                parts = [f for f in listed if f.unit == unit]
                totals = [c for c in candidates if c.unit == unit]
                total = pick_head(totals, parts, closed) if totals and len(parts) >= 2 else None
                if total is not None and adds_up(total, contiguous(parts, total)):
                    breakdowns.append((total, parts))  # 学校1256所，在校学生48.6万人。其中，幼儿园458所，在园幼儿9.8万人…
                elif (head.unit in PEOPLE_UNITS) == (unit in PEOPLE_UNITS):
                    # 其中政策文件35件、规划计划12条: a part in another unit is the total's too, though not summed;
                    # not when one counts people and the other things (回访群众3.4万人次 … 咨询类6.9万件)
                    name_after(head, [f for f in parts if f.kind == head.kind])
        # 排名前三位的分别是: the first few of a ranking are no whole breakdown
        explicit = text.startswith(("分别", "包括"), pos) and not RANKED.search(text, max(0, pos - 10), pos)
        for head, items in breakdowns:
            items = contiguous(items, head)
            reaches = adds_up(head, items)
            if not (reaches or explicit) and len(items) >= 2 and text[pos + 2:pos + 3] not in "：:" \
                    and (semicolon := text.find("；", items[0].end, items[-1].start)) >= 0 \
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
    # --- 新收326件，上年结转18件，共计344件: a total after its parts
    for k, total in enumerate(group):
        if k < 2 or not is_total_like(total) or total.in_paren \
                or not TOTAL_AFTER.search(text, max(s_start, total.start - 6), total.start):
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
    # --- 213件（当面申请45件、网络申请152件）: a parenthesis of parts right after a figure, adding up to it
    for head in group:
        if head.in_paren or not is_total_like(head) or text[head.end:head.end + 1] not in ("(", "（") \
                or LIST_START.match(text, head.end + 1):
            continue
        close = PAREN_CLOSE.search(text, head.end + 1, head.end + 120)
        if close is None:
            continue
        items = [f for f in group if head.end < f.start < close.start() and f.unit == head.unit and is_total_like(f)]
        if len(items) >= 2 and abs(sum(f.value for f in items) - head.value) <= tolerance(head, items):
            rels.append(Relation("sum", [("total", head.idx)] + [("part", f.idx) for f in items],
                                 sum_note(head, items), exhaustive=True))
    # --- 公开的信息中，机构职能类156条，…，其他834条: the parts of a total in a sentence before, which they add up to
    if earlier and not member_of and AMONG.match(text, s_start):
        parts = [f for f in group if f.unit == group[0].unit and is_total_like(f) and not f.in_paren]
        total = next((e for e in reversed(earlier) if e.unit == parts[0].unit and is_total_like(e)
                      and not e.in_paren and adds_up(e, parts)), None) if len(parts) >= 2 else None
        if total is not None:
            name_after(total, parts)
            rels.append(Relation("sum", [("total", total.idx)] + [("part", f.idx) for f in parts],
                                 sum_note(total, parts), exhaustive=True))
            member_of.update({f.idx: total for f in parts})
    # --- 除A外，其余B: total = A + B
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
    # --- shares: X件，占Y%
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
        own = SHARE_WORDS.sub("", f.label)
        if SHARE_OF_PART.match(text, gap, f.start):  # not in 10.2万个，其中夜间来电占比8.6%, which names its own part
            named = count_han(own) >= 2 and own not in ("比例", "比重")  # 所占比例为75%: no base named
            f.metric = part.metric + ("占" + own if named else "占比")  # whether or not its base is found
        elif text[gap:f.start] in ("（", "("):
            f.metric = part.metric + "占比"  # 网上申请150件（75%）
        total = member_of.get(part.idx) or share_total(text, group, part, f) or base_of_share(earlier + group[:i], part, f)
        if total is None:
            continue
        rels.append(Relation("share", [("part", part.idx), ("total", total.idx), ("share", f.idx)],
                             f"{fmt(part.value)} / {fmt(total.value)} stated as {fmt(f.value)}%"))
    # --- rates named after a listed part: 即办件53349，即办件率93%
    for f in group:
        if f.unit != "%" or f.kind != "rate" or not f.metric.endswith("率"):
            continue
        stem = f.metric[:-1]
        for r in rels:
            if r.relation_type != "sum":
                continue
            total_idx = r.members[0][1]
            for role, idx in r.members[1:]:
                g = next(x for x in group if x.idx == idx)
                if stem and g.label and g.label.endswith(stem[-3:]) and stem.endswith(g.label[-3:]):
                    rels.append(Relation("share", [("part", idx), ("total", total_idx), ("share", f.idx)],
                                         f"{f.metric}: {fmt(g.value)} / total"))
                    break
    # --- before / after: 由A缩短至B (first: a change of the after-value is named after it)
    for i, f in enumerate(group[1:], 1):
        window = text[max(s_start, f.start - 16):f.start]
        if not ("至" in window or "到" in window or "为" in window) or not BEFORE_AFTER.search(window):
            continue  # the cheap test first: a $-anchored search is tried at every position of the window
        prev = group[i - 1]
        # 由 must open prev's own phrase: in 由5天压缩至1天，B压缩至3天 the 3 has no before
        lead = text[max(s_start, prev.start - 12, group[i - 2].end if i >= 2 else 0):prev.start]
        if "由" not in lead and "从" not in lead:
            continue
        if prev.unit == f.unit or (prev.kind == f.kind == "duration"):
            rels.append(Relation("before_after", [("before", prev.idx), ("after", f.idx)], f"{prev.quote} -> {f.quote}"))
            label_before_after(text, s_start, prev, f)
    # --- 压缩至80个工作日，较改革前的200个工作日减少60%: the figure of an earlier state is the before
    for i, f in enumerate(group[1:], 1):
        if "前" not in text[max(s_start, f.start - 4):f.start] \
                or not (state := EARLIER_STATE.search(text, max(s_start, f.start - 12), f.start)):
            continue
        now = group[i - 1]
        if now.in_paren or not (now.unit == f.unit or now.kind == f.kind == "duration") or f.kind == "change":
            continue
        rels.append(Relation("before_after", [("before", f.idx), ("after", now.idx)], f"{f.quote} -> {now.quote}"))
        f.metric = f"{now.metric}({state.group(1)})"
        nxt = group[i + 1] if i + 1 < len(group) else None
        if nxt is not None and nxt.kind == "change" and (verb := CHANGE_AFTER.fullmatch(text, f.end, nxt.start)):
            nxt.metric = f"{now.metric}较{state.group(1)}{verb.group(1)}"
    # --- year over year: 比上年增长X%; in a year's summary a bare 增长X% after a figure compares it with last year too
    for i, f in enumerate(group):
        if f.kind != "change":
            continue
        own_clause = CLAUSE_SPLIT.split(text[max(s_start, f.start - 24):f.start])[-1]
        if "、" in own_clause:  # 完成386.2亿元、增长6.1%
            own_clause = CHANGE_AFTER_LEVEL.split(own_clause)[-1]
        # 分别是2018年的1.4倍和1.5倍: the second is read without the first
        multiple = MULTIPLE_OF_EARLIER.search(SIBLING_FIGURES.sub("", own_clause)) if f.unit == "倍" else None
        cue = YOY_CUE.search(own_clause) or multiple
        if cue is None and not BARE_CHANGE.fullmatch(SIBLING_FIGURES.sub("", own_clause)):
            if f.label[:1] in ("比", "较") \
                    and (current := yoy_current(text, group, i, f.start - len(own_clause), report_year)):
                f.metric = current.metric + f.label.replace("分别", "")  # 比一季度提高: against another period
            continue
        level = group[i + 1] if i + 1 < len(group) else None
        if level is not None and level.kind != "change" and LEVEL_AFTER.fullmatch(text, f.end, level.start):
            current = level  # 办件量同比增长23.6%，达到15.8万件
        else:  # in 较上年的97.5%提高1.6个百分点 the figure after the cue is last year's, not the one compared
            current = yoy_current(text, group, i, f.start - len(own_clause) + (cue.start() if cue else len(own_clause)),
                                   report_year)
        if current is None:
            continue
        if cue is not None and (not f.label or len(f.label) < 6 or YOY_CUE.match(f.label) or multiple):
            words = own_clause[cue.start():]
            listed = list(SIBLING_FIGURES.finditer(own_clause, cue.end()))
            if listed and count_han(own_clause[listed[-1].end():]):  # 比上年增加12件和减少9件: 比上年减少
                words = cue.group() + own_clause[listed[-1].end():]
            words = FIGURE_AND_LINK.sub(lambda m: m.group() if YEAR.fullmatch(m.group()) else "",
                                         without_figured_asides(words))  # 与2022年（29件）相比增加
            f.metric = current.metric.removesuffix("(现)") + words.replace("的", "").replace("分别", "").strip("了又")
        elif cue is None:
            f.metric = current.metric.removesuffix("(现)") + f.label
        compared, year = (YEAR.search(cue.group()) if cue else None), current.year or report_year
        if cue is not None and cue.group() == "环比" or compared and year and int(compared.group(1)) != year - 1:
            continue  # 环比减少, 比2018年增长: a change over the month before or since a base year, not the year before
        rels.append(Relation("yoy", [("current", current.idx), ("change", f.idx)], f"{f.quote} against {current.quote}"))
    return rels
