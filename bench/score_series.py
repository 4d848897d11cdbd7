"""Score one body's series across renames and mergers end to end: set 17's pages (crawled_pages.SEVENTEENTH_PAGES)
through the asset graph into a temporary warehouse, then for each series the distinct bodies warehouse.documents
gives its pages (one, its `series_body`, is right) and the bodies metric_series gives its pages' figures.
`--held-out` scores its held-out pages instead, `--eighteenth` set 18's series (a government's 法治政府建设
reports); `--list` prints each page's body in the warehouse. Per-page
metadata (title, year, date, region, the body as issued) is scored by `score_metadata.py --seventeenth`."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from govpipeline_tests.conftest import materialize_all, query
from govpipeline_tests.lib.crawled_pages import (EIGHTEENTH_SERIES_PAGES, SEVENTEENTH_HELD_OUT_PAGES,
                                                 SEVENTEENTH_PAGES)


def main() -> None:
    pages = (SEVENTEENTH_HELD_OUT_PAGES if "--held-out" in sys.argv
             else EIGHTEENTH_SERIES_PAGES if "--eighteenth" in sys.argv else SEVENTEENTH_PAGES)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for name, page, _ in pages:
            (raw / f"{name}.txt").write_text(page, encoding="utf-8")
        db = Path(tmp) / "warehouse.duckdb"
        materialize_all(raw, db)
        bodies = dict(query(db, "SELECT replace(source_path, '.txt', ''), body FROM warehouse.documents"))
        series_bodies = {(body, year) for body, year in query(
            db, "SELECT DISTINCT s.body, s.year FROM analytics.metric_series s JOIN warehouse.documents d USING (doc_id) "
                "WHERE s.period = ''")}
    series: dict[str, tuple[str, set, set]] = {}
    right = wrong = 0
    for name, _, expected in pages:
        got = bodies.get(name)
        expect, found, in_series = series.setdefault(expected["series"], (expected["series_body"], set(), set()))
        found.add(got)
        in_series |= {b for b, y in series_bodies if y == expected["report_year"] and b == got}
        right, wrong = (right + 1, wrong) if got == expected["series_body"] else (right, wrong + 1)
        if "--list" in sys.argv:
            print(f"{name:24} {got!s:28} expected {expected['series_body']}")
    print(f"pages whose warehouse body is their series' name: right {right}  wrong or NULL {wrong}")
    for label, (expect, found, in_series) in series.items():
        verdict = "right" if found == {expect} else "wrong"
        print(f"series {label:16} {verdict:5} {len(found)} bodies: {sorted(found, key=str)}; metric_series: "
              f"{sorted(in_series)}")


if __name__ == "__main__":
    main()
