"""Rows of 表二 that a flattened page leaves ambiguous, settled by the previous year's report of the same body.

The 2021 form's 现行有效件数 carries over: this year's is last year's plus 本年制发 less 本年废止, for 规章 and for
行政规范性文件. A run such as 行政规范性文件486312 splits into (制发, 废止, 现行有效) in ten ways; when the body's report
of the year before gives 现行有效 264, only 48|6|306 … fits, and a reading that is the only one to fit is stored
with evidence 'previous_report'. Reports are settled in year order, so a settled year can settle the next. The
result depends only on the reports present, never on the order they arrived in.
"""
from __future__ import annotations

from dataclasses import dataclass

from govpipeline.lib.table_text import printed_value

CARRIED_ROWS = ("rules", "normative_documents")  # the rows of 表二 whose 现行有效件数 carries over
COLUMNS = ("issued", "repealed", "in_force")


@dataclass(frozen=True)
class AmbiguousRow:
    doc_id: str
    body: tuple  # what makes two reports the same body's (region code, body)
    year: int
    row_key: str
    candidates: tuple[tuple[str, ...], ...]  # each reading's cells as printed


@dataclass(frozen=True)
class Settled:
    doc_id: str
    row_key: str
    cells: tuple[str, ...]  # the reading's cells as printed, in COLUMNS order


def settle(rows: list[AmbiguousRow], in_force: dict[tuple, float]) -> list[Settled]:
    """The readings of ``rows`` that the previous year's 现行有效件数 decides. ``in_force`` maps (body, year, row_key)
    to the 现行有效件数 a report prints (or its text settles)."""
    known = dict(in_force)
    settled = []
    for row in sorted(rows, key=lambda r: (r.year, r.doc_id, r.row_key)):
        before = known.get((row.body, row.year - 1, row.row_key))
        if before is None or row.row_key not in CARRIED_ROWS:
            continue
        fitting = [c for c in row.candidates if len(c) == 3 and printed_value(c[2]) == before + printed_value(c[0]) - printed_value(c[1])]
        if len(fitting) == 1:
            settled.append(Settled(row.doc_id, row.row_key, fitting[0]))
            known.setdefault((row.body, row.year, row.row_key), printed_value(fitting[0][2]))
    return settled


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
