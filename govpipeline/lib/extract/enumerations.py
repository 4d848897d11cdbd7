"""Enumerations: a heading or clause that states a count of names (优秀窗口（10个）, 表彰先进集体4个：A、B、C、D) with the
names it lists, so the count can be checked against the list.

Takes a ``Context``, the figures and the sections; gives ``Enumeration`` rows and names each count figure after
its heading.
"""
from __future__ import annotations

import re

from govpipeline.lib.numbers import parse_number
from govpipeline.lib.sections import SectionIndex
from govpipeline.lib.extract.context import Context, heading_path, lines_from
from govpipeline.lib.extract.model import Enumeration, Fact
from govpipeline.lib.extract import patterns as rx


class _HeadingMatch:
    """A heading that states a count: '优秀窗口（10个）' with what follows it on its line."""

    def __init__(self, text: str, m: re.Match):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        self._start, self._end = max(line_start, m.start() - 60), line_end
        self._count_start = m.start("count")
        self.groups = {"heading": text[self._start:m.start()], "count": m.group("count"), "unit": m.group("unit"),
                       "rest": text[m.end():line_end]}

    def group(self, name: str) -> str:
        return self.groups[name]

    def start(self, name: str | None = None) -> int:
        return self._count_start if name == "count" else self._start

    def end(self) -> int:
        return self._end


def _enum_headings(ctx: Context):
    """(12个)：… headings, tried only where the context found a bracket opening (re would try the class everywhere)."""
    text = ctx.text
    for start in ctx.parens[0]:
        if m := rx.ENUM_COUNT.match(text, start):
            yield _HeadingMatch(text, m)


def _clean_item(item: str) -> str:
    item = item.strip(" 　;；。，,、")
    item = rx.GROUP_LABEL.sub("", item) if ":" in item or "：" in item else item
    return item.strip(" 　“”\"")


def enumerations_of(ctx: Context, facts: list[Fact], sections: SectionIndex) -> list[Enumeration]:
    text = ctx.text
    enums: list[Enumeration] = []
    fact_at = {f.start: f for f in facts}
    for m in _enum_headings(ctx):
        stated = parse_number(m.group("count"))
        if stated is None:
            continue
        heading = m.group("heading").strip()
        rest = m.group("rest").strip()
        if rest:
            raw_items = rx.ITEM_SPLIT.split(rest)
        else:
            raw_items = []
            for line in lines_from(text, m.end() + 1):
                if rx.NEW_BLOCK.match(line) or rx.ENUM_COUNT.search(line):
                    break
                if raw_items and "。" in line:
                    break  # prose after the names (not more names than stated: the check counts those)
                if line.strip():
                    raw_items += [x for chunk in rx.ITEM_SPLIT.split(line) for x in _split_names(chunk)]
        items = [c for c in (_clean_item(x) for x in raw_items) if c]
        if not items:
            continue
        count_fact = fact_at.get(m.start("count"))
        line_start = text.rfind("\n", 0, m.start()) + 1
        parent = sections.parent_path_at(line_start) or ""
        title = heading_path(parent, heading)
        enums.append(Enumeration(title, int(stated), len(items), items, count_fact.idx if count_fact else None))
        if count_fact is not None:
            count_fact.metric = title
    enums += _inline_enumerations(ctx, facts, {e.count_fact for e in enums if e.count_fact is not None})
    return enums


def _split_names(chunk: str) -> list[str]:
    """A line of names separated by spaces; a leading 'group:' label goes with the first name and is cleaned."""
    parts = chunk.split()
    return parts if parts else [chunk]


def _inline_enumerations(ctx: Context, facts: list[Fact], taken: set[int]) -> list[Enumeration]:
    text = ctx.text
    enums: list[Enumeration] = []
    for f in facts:
        if f.idx in taken or f.in_paren:
            continue
        if f.kind != "count" or f.value < 2 or f.value > 60 or not float(f.value).is_integer():
            continue
        seg_start = ctx.segment_start(f.start, "，,；;：:。\n")
        seg = text[seg_start:f.start]
        after = rx.NAMES_AFTER.match(text, f.end) if text[f.end:f.end + 1] in rx.NAMES_AFTER_FIRST else None
        if after is not None and "、" in after.group("names"):
            items = [c for c in (_clean_item(x) for x in rx.NAME_SPLIT.split(after.group("names"))) if c]
            if len(items) == int(f.value) and not any(rx.FIGURE.search(x) for x in items):
                enums.append(Enumeration(seg.strip(), int(f.value), len(items), items, f.idx))
                continue
        if "、" not in seg and "”" not in seg or f.unit in rx.EVENT_UNITS:
            continue  # neither names listed with 、 nor quoted names; 开展两次检查 counts events, not the names before
        quoted = rx.QUOTED_NAME.findall(seg)
        if len(quoted) >= 2 and rx.QUOTES_LISTED.search(seg):
            items = quoted
        else:
            body = rx.LEADING_LINK.sub("", seg.strip().removesuffix("等"))
            if body.count("、") < 1:
                continue
            items = [x.strip() for x in rx.NAME_SPLIT.split(body) if x.strip()]
            if items:
                items[0] = rx.LIST_LEAD.sub("", items[0]) or items[0]
        if len(items) < 2 or any(rx.FIGURE.fullmatch(x) for x in items):
            continue  # 跨越2000亿元、2500亿元两个台阶 lists figures, not names
        if f.idx and facts[f.idx - 1].start >= seg_start:
            continue  # 被申请行政复议3件、提起行政诉讼2件: things counted one by one, not names
        if len(items) != int(f.value):
            continue  # names before a count are its members only when they are as many as it says
        enums.append(Enumeration(seg.strip(), int(f.value), len(items), items, f.idx))
    return enums
