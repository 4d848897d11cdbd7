"""Share of facts with a canonical metric id, by genre (documents.doc_type), on folders of reports.

usage: python bench/metric_coverage.py FOLDER [FOLDER ...] [--labels N] [--sample N --seed S]

Runs each report through read, normalize and extract (lib/stages.py, no Dagster, no warehouse) and prints, per
genre, the facts and the share with an id: all facts, and the facts a researcher compares (counts, amounts, rates,
shares and durations; changes never get an id). --labels N also lists each genre's N most frequent labels left
without an id (what to promote into lib/indicators.yaml next); --sample N prints N random facts with an id, for
checking by hand.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from govpipeline.lib.stages import (extract_document, list_report_files, normalize_document,  # noqa: E402
                                    read_document)

COMPARED = {"count", "amount", "rate", "share", "duration"}


def facts_of(folder: str):
    """(doc_type, fact) of every fact of every readable report below ``folder``."""
    for rel, full in list_report_files(folder):
        raw = read_document(rel, Path(full).read_bytes())
        if raw["error"]:
            continue
        for norm in normalize_document(raw):  # one per report the file holds
            if norm["error"]:
                continue
            status, facts, *_ = extract_document(norm)
            for f in facts:
                yield norm["doc_type"] or "unknown", f


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--labels", type=int, default=0)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=29)
    args = parser.parse_args()
    total, with_id, compared, compared_id = Counter(), Counter(), Counter(), Counter()
    missing: dict[str, Counter] = defaultdict(Counter)
    identified = []
    for folder in args.folders:
        for genre, f in facts_of(folder):
            total[genre] += 1
            with_id[genre] += f["metric_id"] is not None
            if f["kind"] in COMPARED:
                compared[genre] += 1
                compared_id[genre] += f["metric_id"] is not None
                if f["metric_id"] is None:
                    missing[genre][(f["metric"], f["unit"])] += 1
            if f["metric_id"] is not None and not f["metric_id"].startswith(("t2.", "t3.", "t4.")):
                identified.append((genre, f["metric_id"], f["metric"], f["unit"], f["quote"]))
    print("| genre | facts | with id | compared facts | with id |")
    print("|---|---:|---:|---:|---:|")
    for genre in sorted(total, key=lambda g: (-total[g], g)):
        print(f"| {genre} | {total[genre]} | {100 * with_id[genre] / total[genre]:.0f} % | {compared[genre]} | "
              f"{100 * compared_id[genre] / max(compared[genre], 1):.0f} % |")
    all_t, all_c = sum(total.values()), sum(compared.values())
    print(f"| all | {all_t} | {100 * sum(with_id.values()) / max(all_t, 1):.0f} % | {all_c} | "
          f"{100 * sum(compared_id.values()) / max(all_c, 1):.0f} % |")
    for genre in sorted(missing) if args.labels else ():
        print(f"\n## {genre}: labels without an id")
        for (label, unit), n in missing[genre].most_common(args.labels):
            print(f"{n:5d}  {unit:4s}  {label}")
    if args.sample:
        print(f"\n## {args.sample} facts with a catalog id (template cells left out), seed {args.seed}")
        for genre, metric_id, label, unit, quote in random.Random(args.seed).sample(
                sorted(identified), min(args.sample, len(identified))):
            print(f"{genre}\t{metric_id}\t{label}\t{unit}\t{quote}")


if __name__ == "__main__":
    main()
