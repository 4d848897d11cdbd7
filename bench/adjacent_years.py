"""How many flattened 表二 rows the same body's reports of adjacent years settle, and how many wrongly.

usage: python bench/adjacent_years.py [N] [--seed S]

N bodies, each with 2–6 consecutive reports whose 行政规范性文件 row (制发, 废止, 现行有效) is printed as one run of
digits, none as cells. 现行有效 carries over (last year's + 制发 − 废止) for every body, for 70 % of the years, and
for none: the last two stand for bodies whose counts do not carry over (documents that expire, restated counts),
where a reading can agree with a neighbour's by coincidence and be stored wrong.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from flat_tables import _count  # noqa: E402
from govpipeline.lib.adjacent_years import ReportRow, readings_of, settle  # noqa: E402


def measure(n: int, seed: int, carry_share: float) -> tuple[int, int, int, int]:
    """(ambiguous rows, settled right, some cells settled right and the rest left, settled wrong: a cell wrong)."""
    ambiguous = right = partly = wrong = 0
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        in_force, rows, truth = _count(rng, 150, 0.05), [], {}
        for year in range(2021, 2021 + rng.randint(2, 6)):
            issued, repealed = _count(rng, 20, 0.2), _count(rng, 8, 0.5)
            repealed = min(repealed, in_force + issued)
            expired = 0 if rng.random() < carry_share else rng.randint(1, max(1, in_force + issued - repealed))
            in_force += issued - repealed - min(expired, in_force + issued - repealed)
            truth[year] = (str(issued), str(repealed), str(in_force))
            readings = readings_of("".join(truth[year]))
            if readings and len(readings) > 1:
                ambiguous += 1
                rows.append(ReportRow(f"d{year}", ("body",), year, "normative_documents", readings, printed=False))
        for found in settle(rows):
            told = [(cell, true) for cell, true in zip(found.cells, truth[int(found.doc_id[1:])]) if cell is not None]
            if any(cell != true for cell, true in told):
                wrong += 1
            elif len(told) == len(found.cells):
                right += 1
            else:
                partly += 1
    return ambiguous, right, partly, wrong


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=2000)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    print(f"{a.n} bodies, seed {a.seed}: 现行有效 carries over in … of the years")
    for share in (1.0, 0.7, 0.0):
        ambiguous, right, partly, wrong = measure(a.n, a.seed, share)
        print(f"{share:4.0%}: {ambiguous} ambiguous rows, {right} settled right ({right / ambiguous:.1%}), "
              f"{partly} in part ({partly / ambiguous:.1%}), {wrong} wrong ({wrong / ambiguous:.2%})")


if __name__ == "__main__":
    main()
