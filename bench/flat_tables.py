"""How many template cells a crawled page's one-line tables give, over many random reports.

usage: python bench/flat_tables.py [N] [--seed S] [--blank MARK] [--thousands]

Each report has figures drawn at random for a body of random size (a county office with a handful of requests to a
province department with thousands), every identity of the form holding. Its tables are run together the way
crawled pages print them, then read; the tab-separated form of the same report is the answer. Counts cells read
right, read wrong (must be 0) and left unread (each a finding), by table, and the rows left ambiguous most often.
``--blank`` prints every zero cell as that mark instead (—, ——, -, /), as some bodies do; ``--thousands`` prints
figures of four digits or more with thousands separators (1,234), as others do.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from govpipeline.lib.normalize import normalize_text  # noqa: E402
from govpipeline.lib.template import parse_tables  # noqa: E402
from govpipeline_tests import template_forms as forms  # noqa: E402


def _count(rng: random.Random, scale: int, zero_share: float) -> int:
    return 0 if rng.random() < zero_share else int(rng.expovariate(1 / scale)) + 1


def random_report(rng: random.Random) -> dict:
    scale = rng.choice((2, 10, 60, 400, 3000))
    leaves = {key: [_count(rng, scale, 0.4)] + [_count(rng, max(1, scale // 10), 0.8) for _ in range(5)]
              for key in forms.LEAVES}
    r7 = [sum(v[c] for v in leaves.values()) for c in range(6)]
    over = [rng.randint(0, v) if rng.random() < 0.5 else 0 for v in r7]
    forward = [rng.randint(0, max(0, v // 5)) for v in r7]
    t3 = forms.grid(leaves=leaves, carried_over=over, carried_forward=forward)
    blocks = [[_count(rng, 4, 0.5) for _ in range(4)] for _ in range(3)]
    t4 = [v for b in blocks for v in b + [sum(b)]]
    t2 = {"rules": [str(_count(rng, 3, 0.6)), str(_count(rng, 2, 0.8)), str(_count(rng, 30, 0.2))],
          "normative_documents": [str(_count(rng, 20, 0.2)), str(_count(rng, 8, 0.5)), str(_count(rng, 200, 0.05))],
          "licensing": [str(_count(rng, scale * 50, 0.1))], "penalty": [str(_count(rng, scale * 10, 0.2))],
          "coercion": [str(_count(rng, scale, 0.4))], "fees": [f"{rng.randint(0, 50000) / 100:g}"]}
    return {"t3": t3, "t2": t2, "t4": t4}


def cells(text: str) -> tuple[dict, list]:
    parsed = parse_tables(normalize_text(text).text, 2022)
    return {(c.table_id, c.row_key, c.column.key): c.value for c in parsed.cells if not c.derived}, parsed.issues


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--blank", default="0", help="how a zero cell is printed")
    ap.add_argument("--thousands", action="store_true", help="figures of 1,000 and more with thousands separators")
    a = ap.parse_args()
    expected, right, wrong = Counter(), Counter(), Counter()
    ambiguous = Counter()
    for i in range(a.n):
        report = random_report(random.Random(a.seed * 1_000_003 + i))
        answer, issues = cells(forms.as_lines(**report))
        assert not issues, issues
        printed = re.sub(r"(?<=\t)0(?=\t|\n)", a.blank, forms.as_lines(**report))
        if a.thousands:
            printed = re.sub(r"(?<=\t)\d{4,}(?=\t|\n)", lambda m: f"{int(m.group(0)):,}", printed)
        got, issues = cells(forms.flatten(printed))
        for key, value in answer.items():
            expected[key[0]] += 1
            if key in got:
                (right if got[key] == value or (got[key] is None and value == 0) else wrong)[key[0]] += 1
        ambiguous.update(f"{x['table_id']} {x['row_key']}" for x in issues)
    print(f"{a.n} one-line reports, seed {a.seed}, zero cells printed as {a.blank!r}"
          + (", thousands separated" if a.thousands else ""))
    print("table  cells  read right  read wrong  unread")
    for table in sorted(expected):
        unread = expected[table] - right[table] - wrong[table]
        print(f"{table:5} {expected[table]:6} {right[table]:11} {wrong[table]:11} {unread:7}"
              f"  ({right[table] / expected[table]:.1%} read)")
    total = sum(expected.values())
    print(f"all   {total:6} {sum(right.values()):11} {sum(wrong.values()):11} "
          f"{total - sum(right.values()) - sum(wrong.values()):7}  ({sum(right.values()) / total:.1%} read)")
    print("rows left with findings, most frequent:", ambiguous.most_common(8))


if __name__ == "__main__":
    main()
