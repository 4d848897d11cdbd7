"""The statistics table that annual reports of about 2008-2018 end with (政府信息公开情况统计表), as a crawled page
flattens it onto one line:

    指标名称计量单位2015年度历年累计主动公开文件数条218764107其中：1、政府网站公开数条2187641072、政府公报公开数条00…

The header names the columns after 计量单位; then each row is an indicator, its unit and one run of digits holding
the row's cells (the next item's number, 2、, can stick to it). A run is split into the columns by what the table
itself says: a cumulative column (历年累计) is never below the year's, and an item listed under a total (其中：1、…)
never exceeds the total in any column. A row those rules leave more than one split for is not read: it is returned
with its readings, never guessed. The rows come out as table blocks that ``tables.read_tables`` reads like any
other table with a 单位 column, so a flattened page gives the cells its tab-separated form gives.
"""
from __future__ import annotations

import re

from govpipeline.lib.table_text import MOST_READINGS, Token, printed_value, row_candidates, tokenize

_HEADER = re.compile(r"(?P<name>指标名称|统计指标|指标)[ \u3000]*(?P<unit>计量单位|单位)")
_COLUMN = re.compile(r"[ \u3000]*((?:19|20)\d{2}年度?|本年度|上年度|本年|上年|本期|上期|历年累计|累计数?|统计数|数量|数值)")
_UNIT_END = re.compile(r"(?:人次|件次|户次|万元|亿元|元|条|件|次|个|人|项|家|篇|场|期|份|户|名|所|宗|起)$")
_ITEM = re.compile(r"^(?:其中[：:]?)?\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])|^其中")
_GROUP_HEADING = "情况"  # 回应解读情况: a heading row without figures, run into the next row's name
_GROUP_START = re.compile(r"\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)")
_FIGURE_KINDS = ("number", "blank")


def flattened_statistics_tables(text: str, statements: list[tuple[str, float, str]] = ()):
    """Blocks (rows, None, unread) of each statistics table whose header and rows share one line; rows as
    (cells, text, start, cell starts) with cells name, unit and figures, unread as {row, label, raw, candidates}.
    ``statements`` (label, value, unit) of the report's text settle a row as in ``_stated``."""
    for header in _HEADER.finditer(text):
        line_end = text.find("\n", header.end())
        line_end = len(text) if line_end < 0 else line_end
        if "\t" in text[header.start():line_end] or "|" in text[header.start():line_end]:
            continue  # a table of separated cells is read line by line
        columns, pos = [], header.end()
        while (column := _COLUMN.match(text, pos)) and pos < line_end:
            columns.append((column.group(1), column.start(1)))
            pos = column.end()
        rows = _rows(tokenize(text, pos, line_end, marks=True, signed=False))
        if columns and len(rows) >= 2:
            yield _block(text, header, columns, rows, statements)


def _rows(tokens: list[Token]) -> list[tuple[Token, int | None, list[Token]]]:
    """(name token, where its unit starts in it, figures) while each name ends with a unit and figures follow (a
    blank mark, 0 printed as —, is a figure's cell); a group's heading has no unit and only blank marks."""
    rows = []
    i = 0
    while i + 1 < len(tokens) and tokens[i].kind == "label" and tokens[i + 1].kind in _FIGURE_KINDS:
        j = i + 1
        while j < len(tokens) and tokens[j].kind in _FIGURE_KINDS:
            j += 1
        unit = _UNIT_END.search(tokens[i].text)
        if unit is None and not all(t.kind == "blank" for t in tokens[i + 1:j]):
            break
        # 一、主动公开情况——: a group's heading, a dash in each column (the national form of 2016-2018): no unit
        rows.append((tokens[i], unit.start() if unit else None, tokens[i + 1:j]))
        i = j
    return rows


def _block(text: str, header: re.Match, columns: list[tuple[str, int]], rows: list, statements):
    n = len(columns)
    names = [name for name, _ in columns]
    year = next((k for k, name in enumerate(names) if "累计" not in name), None)
    cumulative = next((k for k, name in enumerate(names) if "累计" in name), None)

    def within(values: list[float]) -> bool:
        if year is None or cumulative is None or len(values) <= max(year, cumulative):
            return True
        return values[cumulative] >= values[year]

    readings = [row_candidates(figures, n, within) if unit_at is not None else [] for _, unit_at, figures in rows]
    for k, (name, unit_at, _) in enumerate(rows):
        if unit_at is None:
            continue
        settled = None if year is None else _stated(name, unit_at, readings[k], year, statements)
        if settled is not None:
            readings[k] = [settled]
    _items_within_totals(rows, readings)
    lines = [_row(text, [(header.group("name"), header.start()), (header.group("unit"), header.start("unit"))]
                  + columns)]
    unread = []
    for k, ((name, unit_at, figures), options) in enumerate(zip(rows, readings), 1):
        if unit_at is None:
            if _GROUP_START.match(name.text):  # （二）通过不同渠道…的情况——: the group of the numbered rows under it,
                # a row without figures (else they would count as parts of the group row before it)
                lines.append(_row(text, [(name.text, name.start)] + [("", name.end)] * (n + 1)))
            continue  # a heading: the rows under it name themselves
        label = name.text[:unit_at]
        first = _past_heading(label)
        cells = [(label[first:], name.start + first), (name.text[unit_at:], name.start + unit_at)]
        if len(options) == 1:
            cells += [(cell[0], cell[1]) if cell else ("", figures[0].start) for cell in options[0]]
        else:
            cells += [("", figures[0].start)] * n
            unread.append({"row": k, "label": label[first:], "raw": " ".join(t.text for t in figures),
                           "start": figures[0].start,
                           "candidates": [[c[0] if c else "" for c in o] for o in options[:10]]})
        lines.append(_row(text, cells))
    return lines, None, unread


def _items_within_totals(rows: list, readings: list[list]) -> None:
    """Drop readings under which an item (其中：1、…, 2、…) exceeds its total in a column, or a total has no
    reading that every item fits under, until nothing changes."""
    groups: list[tuple[int | None, list[int]]] = []
    for k, (name, unit_at, _) in enumerate(rows):
        # a heading, on its own or run into the row's name, opens a group whose items have no printed total to stay
        # within (（二）通过不同渠道…的情况 1.政府公报公开政府信息数)
        first = 0 if unit_at is None else _past_heading(name.text[:unit_at])
        if unit_at is None or first:
            groups.append((None, []))
            if unit_at is None:
                continue
        if _ITEM.match(name.text[first:]) and groups:
            groups[-1][1].append(k)
        else:
            groups.append((k, []))

    def fits(item, whole) -> bool:
        return all(_value(i) <= _value(w) for i, w in zip(item, whole))

    changed = True
    while changed:
        changed = False
        for whole, items in groups:
            if whole is None or not items or any(len(readings[k]) > MOST_READINGS for k in [whole, *items]):
                continue
            kept = [w for w in readings[whole] if all(any(fits(i, w) for i in readings[k]) for k in items)]
            for k in items:
                fitting = [i for i in readings[k] if any(fits(i, w) for w in kept)]
                changed |= len(fitting) != len(readings[k])
                readings[k] = fitting
            changed |= len(kept) != len(readings[whole])
            readings[whole] = kept


def _past_heading(label: str) -> int:
    """Where a row's own name starts in a label a group's heading without figures runs into (…的情况 1.政府…)."""
    heading = label.rfind(_GROUP_HEADING)
    return heading + len(_GROUP_HEADING) if 0 <= heading < len(label) - len(_GROUP_HEADING) else 0


def _value(cell) -> float:
    return printed_value(cell[0]) if cell else 0.0  # a blank cell is nothing


def _row(text: str, cells: list[tuple[str, int]]) -> tuple[list[str], str, int, list[int]]:
    start = cells[0][1]
    end = max(at + len(cell) for cell, at in cells)
    return [cell for cell, _ in cells], text[start:end], start, [at for _, at in cells]


def _stated(name: Token, unit_at: int, options: list, year: int, statements) -> list | None:
    """The one reading whose cell of the year the report's text states for the row: a statement in the row's unit
    whose name holds the first four characters of the row's (主动公开文件数 ~ 全年主动公开政府信息2187条)."""
    label, unit = name.text[:unit_at], name.text[unit_at:]
    head = _ITEM.sub("", label)[:4]
    said = {value for text, value, in_unit in statements if in_unit == unit and len(head) == 4 and head in text}
    if not said or len(options) > MOST_READINGS:
        return None
    kept = [o for o in options if o[year] and printed_value(o[year][0]) in said]
    return kept[0] if len(kept) == 1 else None
