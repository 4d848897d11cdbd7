"""Freeze the extraction output of a fixed set of reports, so a refactor can show it changed nothing.

usage: python bench/freeze_output.py [--check]

The set: the bundled reports (data/raw), the constructed and genre fixtures of the tests, and a generated corpus of
300 reports (`bench/make_corpus.py`, seed 0). Each report goes through read, normalize and extract as a bucket step
runs them; its output (the extraction status, facts, relations, enumerations, table cells and table issues, without
the code version and the time) is written as canonical JSON. The fixture keeps one sha256 per report and table, and
the full output of the bundled reports and the fixtures, so a failing check can show the rows that differ.

Run it without arguments to write the fixture again after a change that is meant to change the output (and say so
in the commit); `--check` compares instead. `govpipeline_tests/lib/test_frozen_output.py` runs the check.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from make_corpus import make_corpus  # noqa: E402

from govpipeline.lib.stages import extract_document, normalize_document, read_document  # noqa: E402

FIXTURE = REPO / "govpipeline_tests" / "fixtures" / "frozen_output"
DIGESTS = FIXTURE / "digests.json"
SAMPLES = FIXTURE / "samples.jsonl.gz"
CORPUS_SIZE = 300
TABLES = ("status", "facts", "relations", "enumerations", "table_cells", "table_issues")
_VOLATILE = ("code_version", "extracted_at")  # differ with every change of code and every run, not with output


def _files(folder: Path) -> list[tuple[str, bytes]]:
    return [(p.relative_to(REPO).as_posix(), p.read_bytes()) for p in sorted(folder.rglob("*"))
            if p.suffix in (".txt", ".html")]


def documents(corpus_dir: Path) -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """(sampled documents, whose full output is kept; generated documents, kept by digest)."""
    fixtures = REPO / "govpipeline_tests" / "fixtures"
    sampled = (_files(REPO / "data" / "raw") + _files(fixtures / "constructed") + _files(fixtures / "genres"))
    make_corpus(CORPUS_SIZE, corpus_dir, seed=0)
    generated = [(f"corpus/{p.relative_to(corpus_dir).as_posix()}", p.read_bytes())
                 for p in sorted(corpus_dir.rglob("*.*"))]
    return sampled, generated


def output(name: str, data: bytes) -> dict[str, list[str]]:
    """Each table's rows of one report, as canonical JSON lines."""
    raw = read_document(name, data)
    if raw["error"]:
        return {"status": [json.dumps({"error": raw["error"]}, ensure_ascii=False)]}
    tables: dict[str, list] = {t: [] for t in TABLES}
    for norm in normalize_document(raw):  # one per report the file holds
        if norm["error"]:
            return {"status": [json.dumps({"error": norm["error"]}, ensure_ascii=False)]}
        status, *rows = extract_document(norm)
        status = {k: v for k, v in status.items() if k not in _VOLATILE}
        for t, rs in zip(TABLES, [[status], *rows]):
            tables[t] += rs
    return {t: [json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in rs]
            for t, rs in tables.items()}


def digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def current() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, list[str]]]]:
    """(digests of every document's tables, full output of the sampled documents), from the installed code."""
    with tempfile.TemporaryDirectory() as tmp:
        sampled, generated = documents(Path(tmp))
    digests, samples = {}, {}
    for name, data in sampled + generated:
        out = output(name, data)
        digests[name] = {t: digest(lines) for t, lines in out.items()}
        if (name, data) in sampled:
            samples[name] = out
    return digests, samples


def write(digests: dict, samples: dict) -> None:
    FIXTURE.mkdir(parents=True, exist_ok=True)
    DIGESTS.write_text(json.dumps(digests, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    lines = [json.dumps({"doc": name, **out}, ensure_ascii=False, sort_keys=True) for name, out in samples.items()]
    with gzip.GzipFile(SAMPLES, "wb", mtime=0) as f:  # mtime 0: the same output gives the same bytes
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


def read() -> tuple[dict, dict]:
    digests = json.loads(DIGESTS.read_text(encoding="utf-8"))
    with gzip.open(SAMPLES, "rt", encoding="utf-8") as f:
        samples = {row.pop("doc"): row for row in map(json.loads, f)}
    return digests, samples


def differences(frozen: tuple[dict, dict], now: tuple[dict, dict], most: int = 20) -> list[str]:
    """What differs, document by document and table by table; for sampled documents, the first rows that differ."""
    (old_digests, old_samples), (new_digests, new_samples) = frozen, now
    found = []
    for name in sorted(old_digests.keys() | new_digests.keys()):
        old, new = old_digests.get(name), new_digests.get(name)
        if old is None or new is None:
            found.append(f"{name}: {'new document' if old is None else 'document gone'}")
            continue
        for table in sorted(old.keys() | new.keys()):
            if old.get(table) == new.get(table):
                continue
            found.append(f"{name}: {table} differs")
            if name in old_samples and name in new_samples:
                was, now_rows = old_samples[name].get(table, []), new_samples[name].get(table, [])
                found += [f"  - {r}" for r in was if r not in now_rows][:3]
                found += [f"  + {r}" for r in now_rows if r not in was][:3]
    return found[:most]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the fixture instead of writing it")
    a = ap.parse_args()
    now = current()
    if a.check:
        diff = differences(read(), now)
        print("\n".join(diff) or f"same output for all {len(now[0])} documents")
        sys.exit(1 if diff else 0)
    write(*now)
    size = DIGESTS.stat().st_size + SAMPLES.stat().st_size
    print(f"froze {len(now[0])} documents ({len(now[1])} in full) in {FIXTURE.relative_to(REPO)}: {size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
