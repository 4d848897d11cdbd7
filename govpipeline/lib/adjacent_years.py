"""Rows of 表二 that a flattened page leaves ambiguous, settled by the same body's reports of adjacent years.

The 2021 form's 现行有效件数 carries over: this year's is last year's plus 本年制发 less 本年废止, for 规章 and for
行政规范性文件. A run such as 行政规范性文件486312 splits into (制发, 废止, 现行有效) in ten ways; when the body's report
of the year before gives 现行有效 264, only 48|6|306 … fits. The same identity reads backwards (the year after's
现行有效, 制发 and 废止 give this year's 现行有效), and two ambiguous years constrain each other: a body whose every
report is a flattened page has each reading kept only while some reading of the year before and of the year after
agrees with it. A reading left alone is stored with evidence 'adjacent_years'; when several are left, the cells they
all read the same, in the same place, are stored (a year after that fixes 现行有效 312 leaves 4|86|312 and 48|6|312:
312 is read, 制发 and 废止 stay an issue), unless two adjacent years of the body have no readings that carry over:
a body whose count does not always carry can leave several readings by chance (bench/adjacent_years.py: where
counts carry over in 70 % of the years, storing shared cells everywhere made 14 more rows wrong, this way 3). When no pair of readings of two years agrees (a document expired rather than being repealed, a report restated its count), that pair says nothing. The
result depends only on the reports present, never on the order they arrived in.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from dataclasses import dataclass

from govpipeline.lib.table_text import MOST_READINGS, printed_value, row_candidates, tokenize

CARRIED_ROWS = ("rules", "normative_documents")  # the rows of 表二 whose 现行有效件数 carries over
COLUMNS = ("issued", "repealed", "in_force")


@dataclass(frozen=True)
class ReportRow:
    """A carried 表二 row of one report: the reading it prints (cells as printed, None when blank or not read), or,
    when ambiguous, every reading its digits allow."""
    doc_id: str
    body: tuple  # what makes two reports the same body's (region code, body)
    year: int
    row_key: str
    readings: tuple[tuple[str | None, ...], ...]
    printed: bool


@dataclass(frozen=True)
class Settled:
    doc_id: str
    row_key: str
    cells: tuple[str | None, ...]  # the cells as printed, in COLUMNS order; None where the readings left disagree
    reading: tuple[str, ...]  # one reading left, whole: where its cells stand places the cells settled


def readings_of(raw: str) -> tuple[tuple[str, ...], ...] | None:
    """Every (制发, 废止, 现行有效) reading of a row's printed figures; None when there are too many to list, for a
    reading alone among a partial list proves nothing."""
    tokens = tokenize(raw, marks=True, signed=False)
    if any(t.kind == "blank" for t in tokens):
        return None  # a row printing a blank mark (规章 / / 3) has nothing to carry over
    numbers = [t for t in tokens if t.kind == "number"]
    options = row_candidates(numbers, len(COLUMNS), lambda v: True) if numbers else []
    if len(options) > MOST_READINGS:
        return None
    return tuple(tuple(cell[0] for cell in option) for option in options)


def _carries(before: tuple, after: tuple) -> bool:
    """Whether the year after's reading follows from the year before's (True when a cell it needs is unknown)."""
    last = printed_value(before[2]) if before[2] else None
    issued, repealed, in_force = (printed_value(c) if c else None for c in after)
    if None in (last, issued, repealed, in_force):
        return True
    return in_force == last + issued - repealed


def settle(rows: list[ReportRow]) -> list[Settled]:
    """The ambiguous rows that the same body's reports of adjacent years leave with one reading."""
    chains: dict[tuple, list[ReportRow]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: (r.year, r.doc_id, r.row_key)):
        if row.row_key in CARRIED_ROWS:
            chains[(row.body, row.row_key)].append(row)
    kept = {row: list(row.readings) for chain in chains.values() for row in chain}
    for chain in chains.values():
        links = [(a, b) for a in chain for b in chain if b.year == a.year + 1]
        changed = True
        while changed:
            changed = False
            for a, b in links:
                keep_a = [x for x in kept[a] if any(_carries(x, y) for y in kept[b])]
                keep_b = [y for y in kept[b] if any(_carries(x, y) for x in kept[a])]
                if keep_a and keep_b and (len(keep_a), len(keep_b)) != (len(kept[a]), len(kept[b])):
                    kept[a], kept[b] = keep_a, keep_b
                    changed = True
    # a body with two adjacent years that no readings carry over does not always carry its count: there, several
    # readings left may be left by chance, so the cells they share are not stored
    broken = {key for key, chain in chains.items() for a in chain for b in chain
              if b.year == a.year + 1 and not any(_carries(x, y) for x in a.readings for y in b.readings)}
    found = [Settled(row.doc_id, row.row_key, _agreed(kept[row]) if len(kept[row]) == 1 or key not in broken
                     else (None,) * len(COLUMNS), kept[row][0])
             for key, chain in chains.items() for row in chain if not row.printed and len(row.readings) > 1]
    return [s for s in found if any(cell is not None for cell in s.cells)]


def _agreed(readings: list[tuple]) -> tuple[str | None, ...]:
    """Each cell that every reading reads the same and in the same place (after as many digits), else None."""
    def placed(reading: tuple, c: int) -> tuple:
        return reading[c], sum(len(cell or "") for cell in reading[:c])
    return tuple(readings[0][c] if len({placed(r, c) for r in readings}) == 1 else None
                 for c in range(len(readings[0])))


def cell_spans(text: str, start: int, cells: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """Where each cell of a reading stands, the cells following one another from ``start`` (spaces may separate
    them); None when the text does not hold them there."""
    spans = []
    pos = start
    for cell in cells:
        while pos < len(text) and text[pos] in " \u3000":
            pos += 1
        if not text.startswith(cell, pos):
            return None
        spans.append((pos, pos + len(cell)))
        pos += len(cell)
    return spans


# 表三: a body's requests left over at one year's end (四、结转下年度继续办理) are the next year's 上年结转, column by
# column; the earlier report's row read whole places the later one's figures where a page dropped its blank cells
CARRIED_REQUESTS = ("carried_forward", "carried_over")  # (the year before's row, the year after's)


def placed_by_adjacent(raw: str, known: tuple[float, ...]) -> tuple[list[str], dict[int, int | None]] | None:
    """Where the printed figures ``raw`` of a 表三 row stand (blank cells dropped, so which column each stands in is
    open) by the same row of an adjacent year, ``known`` (its seven cells read whole, blanks 0): each figure in a
    column of the same value, every column left empty 0. (the figures as printed, {column: the index of its figure,
    or None for an empty cell} for each column every way of placing them agrees on: 3 0 0 3 over 3 0 0 0 0 0 3
    places both 3s, not which columns print the 0s); None when no way fits."""
    tokens = tokenize(raw, marks=True, signed=False)
    if not tokens or any(t.kind not in ("number", "blank") for t in tokens) or len(tokens) > len(known):
        return None
    values = [0.0 if t.kind == "blank" else printed_value(t.text) for t in tokens]
    ways: dict[int, set] = defaultdict(set)
    for columns in combinations(range(len(known)), len(tokens)):
        if all(known[c] == v for c, v in zip(columns, values)) and \
                all(known[c] == 0 for c in range(len(known)) if c not in columns):
            at = {c: k for k, c in enumerate(columns) if tokens[k].kind == "number"}
            for c in range(len(known)):
                ways[c].add(at.get(c))
    if not ways:
        return None
    return [t.text for t in tokens], {c: found.pop() for c, found in ways.items() if len(found) == 1}
