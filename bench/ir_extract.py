"""Extraction's instruction count: run it over the bundled reports ROUNDS times, as bench_stages.py does.

usage: valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \
           --callgrind-out-file=/tmp/cg.out python bench/ir_extract.py ROUNDS

The rounds run inside one functools.reduce, so callgrind counts their instructions alone (not the imports and
set-up, nor what happens once in a process, done in a round before them): its total divided by ROUNDS is one
round's. Instruction counts do not depend on what else the machine runs, unlike bench_stages.py's times.
"""
from __future__ import annotations

import gc
import sys
from functools import reduce
from pathlib import Path

from govpipeline.lib.extract import extract_facts
from govpipeline.lib.metadata import extract_metadata
from govpipeline.lib.normalize import normalize_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def main() -> None:
    rounds = int(sys.argv[1])
    normalized = [normalize_text(p.read_text(encoding="utf-8")) for p in sorted(RAW.glob("*.txt"))]
    year = extract_metadata(normalized[0].text, normalized[0].page_info).report_year
    texts = [n.text for n in normalized]
    # one round first: re's cache compiles what a round asks for, and the collector moves the imports' objects to the
    # oldest generation; both happen once in a process and are no cost of a round
    for t in texts:
        extract_facts(t, year)
    gc.collect()
    reduce(lambda _, __: [extract_facts(t, year) for t in texts], range(rounds), None)


if __name__ == "__main__":
    main()
