"""Score a set of one body's reports over the years (govpipeline_tests/fixtures/meta28): per field (title, report_year,
report_period and doc_type where keyed, publish_date, region, body) right / NULL / wrong as the metadata stage reads each file (its first report), then
through the asset graph into a temporary warehouse, for each keyed series the (body, region_code) pairs that
warehouse.documents and analytics.metric_series give its documents: one pair is one series (right when it is the
key's), more split it, a pair another series' documents share merges them wrongly; +NULL where a document has no body (in no series).
Usage: score_series_set.py FOLDER [--list] [--no-pipeline]"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

from govpipeline_tests.lib.crawled_files import measured_file

# report_period and doc_type where keyed
FIELDS = ("title", "report_year", "report_period", "publish_date", "region", "body", "doc_type")


def fields(folder: Path, documents: dict) -> None:
    keyed = [f for f in FIELDS if any(f in d for d in documents.values())]
    scores = {f: Counter() for f in keyed}
    for path in sorted(folder.iterdir()):
        if path.stem not in documents or path.suffix in (".fodt",):
            continue
        got, expected = measured_file(path.name, path.read_bytes()), documents[path.stem]
        for f in (f for f in keyed if f in expected):  # a field keyed for some documents only
            verdict = "right" if got[f] == expected[f] else "NULL" if got[f] is None else "wrong"
            scores[f][verdict] += 1
            if verdict != "right" and "--list" in sys.argv:
                print(f"{path.stem:36} {f:12} {verdict:5} got {got[f]!r} expected {expected[f]!r}")
    for f in keyed:
        s = scores[f]
        print(f"{f:12} right {s['right']:3}  NULL {s['NULL']:3}  wrong {s['wrong']:3}")


def series(folder: Path, documents: dict, keyed: dict) -> None:
    from govpipeline_tests.conftest import materialize_all, query

    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for path in folder.iterdir():
            if path.stem in documents and path.suffix != ".fodt":
                shutil.copy(path, raw / path.name)
        db = Path(tmp) / "warehouse.duckdb"
        materialize_all(raw, db)
        docs = query(db, "SELECT doc_id, source_path, body, region_code FROM warehouse.documents")
        in_series = query(db, "SELECT DISTINCT doc_id, body, region_code FROM analytics.metric_series")
    stem = {doc_id: Path(source).stem for doc_id, source, _, _ in docs}
    for table, rows in (("documents", [(d, b, r) for d, _, b, r in docs]), ("metric_series", in_series)):
        pairs: dict[str, set] = {}
        for doc_id, body, region in rows:
            pairs.setdefault(documents[stem[doc_id]]["series"], set()).add((body, region))
        owners = Counter(p for found in pairs.values() for p in found if p[0])
        verdicts = Counter()
        for label, want in keyed.items():
            unread = (None, None) in pairs.get(label, set())  # a document with no body is in no series
            found = {p for p in pairs.get(label, set()) if p[0]}
            verdict = ("merged" if any(owners[p] > 1 for p in found) else "split" if len(found) > 1
                       else "none" if not found else "one, keyed" if found == {(want["body"], want["region"])}
                       else "one, other name") + (" +NULL" if unread else "")
            verdicts[verdict] += 1
            if "--list" in sys.argv or verdict != "one, keyed":
                print(f"{table:13} {label:18} {verdict:15} {sorted(found, key=str)}")
        print(f"{table:13} series {len(keyed)}: " + ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items())))


def main() -> None:
    folder = Path(next(a for a in sys.argv[1:] if not a.startswith("--")))
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    fields(folder, key["documents"])
    if "--no-pipeline" not in sys.argv:
        series(folder, key["documents"], key["series"])


if __name__ == "__main__":
    main()
