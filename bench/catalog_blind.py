"""Score the indicator ids extraction gives against a hand-written answer key (a folder's expected.yaml, see
govpipeline_tests/fixtures/catalog_blind/).

usage: python bench/catalog_blind.py [FOLDER ...] [--all] [--quiet]

--all scores every blind set (govpipeline_tests/fixtures/catalog_blind*); --quiet prints no figure lines. With more
than one folder it ends with the share of facts with an id by genre (documents.doc_type), the wrong ids now (after
fitting: no measure), and the cumulative wrong-id rate as first measured, which bench/catalog_first_measured.yaml
records set by set (a set's first score is the honest one; later fitting does not change it).

A name in the key is a file of the folder or a path from it to a fixture elsewhere (sets 27-28 reference the
lead's blind fixtures, web pages, PDF and Word files among them, rather than copy them); each is scored on its
normalized text, the text its facts' offsets point into.

Each key entry names a figure as printed (the first occurrence, after the text `after` when given) and the id it
should get: a catalog id, `new` (a recurring statistic the catalog lacked when the key was written: any id it gets
is checked by hand, listed as `new?`), or `none` (no comparable indicator). An entry's optional `year` is the year the fact must carry (a work report's plan
figure its plan year), counted apart as year right / year wrong. An id ending in `_dept` or `_or_none` is
a department's figure: right with no id, or with that id and a department scope; one ending in `_subregion` is a
sub-region's figure (a bulletin's district): right only with that id and a sub-region scope; `_subregions` the
sub-regions together (县级 in a city's report), `_own_level` the own level (市本级), alike. Prints every figure with what it
got, then per report the facts, the share with an id, and right / wrong / missed ids.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from govpipeline.lib.catalog import fact_scope  # noqa: E402
from govpipeline.lib.stages import extract_document, normalize_document, read_document  # noqa: E402


def verdict(expected: str, got: str | None, scope_kind: str) -> str:
    # right only with that scope: the own level (市本级), a named sub-region, the sub-regions together (县级 in a city's)
    for kind in ("own_level", "subregions", "subregion"):
        if expected.endswith("_" + kind):
            base = expected.removesuffix("_" + kind)
            return "missed" if got is None else "right" if got == base and scope_kind == kind else "wrong"
    for suffix in ("_dept", "_or_none"):
        if expected.endswith(suffix):
            base = expected[: -len(suffix)]
            return "right" if got is None or (got == base and scope_kind == "department") else "wrong"
    if expected == "none":
        return "right" if got is None else "wrong"
    if expected == "new":
        return "missed" if got is None else "new?"
    return "right" if got == expected else ("missed" if got is None else "wrong")


def report_of(path: Path) -> tuple[str, list[dict], str]:
    """The normalized text, the facts and the genre of the report a file holds (its first), read as the pipeline
    reads it, so a web page, PDF or Word file is scored on the text its facts' offsets point into."""
    raw = read_document(path.name, path.read_bytes())
    norm = normalize_document(raw)[0]
    if raw["error"] or norm["error"]:
        raise SystemExit(f"{path}: {raw['error'] or norm['error']}")
    _, facts, *_ = extract_document(norm)
    return norm["normalized_text"], facts, norm["doc_type"] or "unknown"


def score_folder(folder: Path, quiet: bool, genres: dict[str, Counter]) -> Counter:
    """Score one blind set against its key; print its figures (unless ``quiet``) and its reports' lines; add each
    report's facts and facts with an id to ``genres``."""
    key = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    totals = Counter()
    for name, entries in key.items():  # a name may be a path from the folder to a fixture elsewhere
        text, facts, genre = report_of(folder / name)
        mine = {f["start"]: f for f in facts}
        counts = Counter()
        seen = set()
        say = (lambda line: None) if quiet else print
        print(f"\n## {folder.name}/{name}")
        for e in entries:
            at = text.find(e["after"]) if e.get("after") else 0
            found = re.compile(r"(?<![\d.])" + re.escape(e["figure"])).search(text, max(at, 0))
            start = found.start() if found else -1
            f = next((mine[s] for s in range(start, start + len(e["figure"])) if s in mine), None)
            if f is None:
                counts["not extracted"] += 1
                say(f"  not extracted  {e['figure']}  (want {e['id']})")
                continue
            seen.add(f["fact_id"])
            kind, _ = fact_scope(f["scope"], None, f["metric"])
            v = verdict(str(e["id"]), f["metric_id"], kind)
            counts[v] += 1
            if "year" in e:  # a plan figure carries its plan year, a result its own (checked apart from the id)
                counts["year right" if f["year"] == e["year"] else "year wrong"] += 1
            say(f"  {v:7s} {e['figure']:10s} want {e['id']:38s} got {f['metric_id']!s:38s} {f['metric']} [{f['scope']}]"
                + (f" year {f['year']}" if "year" in e else ""))
        for f in mine.values():
            if f["fact_id"] not in seen:
                counts["unlisted"] += 1
                counts["unlisted with id"] += f["metric_id"] is not None
                say(f"  unlisted {f['quote']:10s} got {f['metric_id']!s:38s} {f['metric']} [{f['scope']}]")
        n = len(mine)
        with_id = sum(f["metric_id"] is not None for f in mine.values())
        counts["keyed"] += len(entries)
        print(f"  {genre}: facts {n}, with id {with_id} ({100 * with_id / n:.0f} %); " +
              ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        genres.setdefault(genre, Counter()).update({"facts": n, "with id": with_id})
        totals.update(counts)
        totals["facts"] += n
        totals["with id"] += with_id
    return totals


def first_measured() -> tuple[int, int, int]:
    """The keyed figures, and the wrong ids by the keys' letter and by the earlier decisions, of every blind set as
    first measured (bench/catalog_first_measured.yaml)."""
    rows = yaml.safe_load((REPO / "bench" / "catalog_first_measured.yaml").read_text(encoding="utf-8"))
    return (sum(r["keyed"] for r in rows), sum(r["wrong"] for r in rows),
            sum(r.get("wrong_by_earlier_decisions", r["wrong"]) for r in rows))


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    quiet = "--quiet" in sys.argv
    if "--all" in sys.argv:
        sets = sorted(REPO.glob("govpipeline_tests/fixtures/catalog_blind*/expected.yaml"),
                      key=lambda p: int(p.parent.name.removeprefix("catalog_blind") or 1))
        folders = [p.parent for p in sets]
    else:
        folders = [Path(a) for a in args] or [REPO / "govpipeline_tests/fixtures/catalog_blind"]
    totals, genres = Counter(), {}
    for folder in folders:
        totals.update(score_folder(folder, quiet, genres))
    print(f"\nall: facts {totals['facts']}, with id {totals['with id']} "
          f"({100 * totals['with id'] / totals['facts']:.0f} %); " +
          ", ".join(f"{k} {v}" for k, v in sorted(totals.items()) if k not in ("facts", "with id")))
    if len(folders) > 1:
        print("\n| genre | facts | with an id |\n|---|---:|---:|")
        for genre, c in sorted(genres.items(), key=lambda g: -g[1]["facts"]):
            print(f"| {genre} | {c['facts']} | {c['with id']} ({100 * c['with id'] / c['facts']:.0f} %) |")
        keyed, wrong, earlier = first_measured()
        print(f"\nwrong ids now (after fitting, no measure): {totals['wrong']} of {totals['keyed']} keyed figures")
        print(f"wrong ids as first measured (every set, bench/catalog_first_measured.yaml): {wrong} of {keyed} keyed "
              f"figures ({100 * wrong / keyed:.1f} %); {earlier} ({100 * earlier / keyed:.1f} %) by the earlier "
              f"decisions")


if __name__ == "__main__":
    main()
