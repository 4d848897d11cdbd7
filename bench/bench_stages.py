"""Stage throughput on one core: normalization (Simplified and Traditional text) and fact extraction.

usage: python bench/bench_stages.py [--seconds S]

Inputs are the bundled reports repeated; MB are megabytes of UTF-8 text in. Time is the process's CPU time. Each stage
runs 5 times; the first figure is the best run (the one other load on a shared machine disturbed least), the second
the median. Prints one line per stage.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the test package's constructed template forms

from govpipeline.lib.extract import extract_facts  # noqa: E402
from govpipeline.lib.extract.figures import scan_figures  # noqa: E402
from govpipeline.lib.metadata import extract_metadata, report_spans  # noqa: E402
from govpipeline.lib.normalize import normalize_text  # noqa: E402
from govpipeline.lib.stages import extract_document, normalize_document, read_document  # noqa: E402
from govpipeline.lib.template import parse_tables  # noqa: E402
from govpipeline_tests import template_forms  # noqa: E402

RAW = REPO / "data" / "raw"


def throughput(fn, docs: list, seconds: float, trials: int = 5) -> tuple[float, float, int]:
    """MB/s of ``fn`` over ``docs`` in ``trials`` runs of ``seconds / trials`` each: the best run (the one other load
    on a shared machine disturbed least), the median run, and the number of rounds over ``docs`` in all."""
    size = sum(len(_text_of(d).encode("utf-8")) for d in docs)
    fn(docs[0])  # warm caches (OpenCC dictionaries, gazetteer)
    speeds, total_rounds = [], 0
    for _ in range(trials):
        rounds = 0
        start = time.process_time()
        while True:
            for d in docs:
                fn(d)
            rounds += 1
            elapsed = time.process_time() - start
            if elapsed >= seconds / trials:
                break
        speeds.append(size * rounds / elapsed / 1e6)
        total_rounds += rounds
    return max(speeds), statistics.median(speeds), total_rounds


def _text_of(doc: str | dict) -> str:
    return doc if isinstance(doc, str) else doc["normalized_text"]


def _normalize_and_read_metadata(text: str):
    """As the normalize step does: the text, the reports it holds, each one's metadata."""
    norm = normalize_text(text)
    return [extract_metadata(norm.text[a:b], norm.page_info) for a, b in report_spans(norm.text, norm.page_info)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=10.0)
    a = ap.parse_args()
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))}
    simplified = [t for n, t in texts.items() if not n.startswith("002")]
    traditional = [texts[n] for n in texts if n.startswith("002")]
    normalized = [normalize_text(t) for t in texts.values()]
    years = [extract_metadata(n.text, n.page_info).report_year for n in normalized]
    normalized = [n.text for n in normalized]
    rows_in = [norm for p in sorted(RAW.glob("*.txt")) for norm in normalize_document(read_document(p.name, p.read_bytes()))]
    # the 2021 template's tables as crawled pages print them (one line) and as web pages do (tab rows), alone and
    # after a bundled report's narrative (a report of a usual size)
    template_pages = [normalize_text(template_forms.one_line()).text, normalize_text(template_forms.as_lines()).text]
    narrative = (RAW / "000_6b9fb25426896547.txt").read_bytes()
    with_tables = [normalize_document(read_document(f"with_tables_{k}.txt", narrative + b"\n" + page.encode()))[0]
                   for k, page in enumerate(template_pages)]
    bare = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:件|项|个|家|人|条|次|%|元)")

    rows = [
        ("normalize, Simplified", lambda t: normalize_text(t), simplified, "target >= 20 MB/s"),
        ("normalize, Traditional", lambda t: normalize_text(t), traditional, "target >= 0.4 MB/s"),
        ("normalize + metadata, Simplified", _normalize_and_read_metadata, simplified, ""),
        ("extract facts+relations", lambda t: extract_facts(t, years[0]), normalized, "target >= 5 MB/s"),
        ("extraction step (+ tables, warehouse rows)", extract_document, rows_in, "what a bucket step runs"),
        ("template tables (one-line and tab pages)", lambda t: parse_tables(t, 2022), template_pages,
         "no more than extraction of the same pages"),
        ("extract facts+relations, same pages", lambda t: extract_facts(t, 2022), template_pages, ""),
        ("extraction step, narrative + template tables", extract_document, with_tables, ""),
        ("extract facts+relations, same reports", lambda d: extract_facts(d["normalized_text"], 2022), with_tables,
         "the step less this is what tables and rows cost"),
        ("number pattern alone (our scan_figures)", lambda t: list(scan_figures(t)), normalized, ""),
        ("bare regex for numbers with units", lambda t: list(bare.finditer(t)), normalized, "reference ~50 MB/s"),
    ]
    print(f"{'stage':42} {'MB/s':>8} {'median':>7}  {'rounds':>6}  note")
    for name, fn, docs, note in rows:
        best, median, rounds = throughput(fn, docs, a.seconds)
        print(f"{name:42} {best:8.2f} {median:7.2f}  {rounds:6d}  {note}")


if __name__ == "__main__":
    main()
