"""The template tables step's instruction count: parse_tables over the two template pages bench_stages.py times
(one-line and tab rows) and the bundled reports, ROUNDS times.

usage: valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \
           --callgrind-out-file=/tmp/cg.out python bench/ir_tables.py ROUNDS

Counted as bench/ir_extract.py counts extraction (one uncounted round first, then the rounds in one reduce).
"""
from __future__ import annotations

import gc
import sys
from functools import reduce
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the test package's constructed template forms

from govpipeline.lib.extract import extract_facts  # noqa: E402,F401  (imported as bench_stages.py has it)
from govpipeline.lib.metadata import extract_metadata  # noqa: E402
from govpipeline.lib.normalize import normalize_text  # noqa: E402
from govpipeline.lib.template import parse_tables  # noqa: E402
from govpipeline_tests import template_forms  # noqa: E402


def main() -> None:
    rounds = int(sys.argv[1])
    pages = [(normalize_text(template_forms.one_line()).text, 2022),
             (normalize_text(template_forms.as_lines()).text, 2022)]
    for p in sorted((REPO / "data" / "raw").glob("*.txt")):
        n = normalize_text(p.read_text(encoding="utf-8"))
        pages.append((n.text, extract_metadata(n.text, n.page_info).report_year))
    for text, year in pages:
        parse_tables(text, year)
    gc.collect()
    reduce(lambda _, __: [parse_tables(t, y) for t, y in pages], range(rounds), None)


if __name__ == "__main__":
    main()
