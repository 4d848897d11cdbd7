"""End-to-end benchmark: the whole asset graph through Dagster, as a user runs it, on generated corpora.

usage: python bench/e2e.py [--sizes 1000 10000] [--workdir bench/work] [--results bench/RESULTS.md]

For each size: build the corpus (bench/make_corpus.py, not timed), materialize everything into an empty
warehouse, then take in one added and one changed report, then rerun with nothing new. Each materialization is
`dagster asset materialize -m govpipeline.definitions --select '*'` in a subprocess; wall time and the peak
resident memory of that process are recorded. Writes the figures to RESULTS.md with the stage benchmarks.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def materialize(raw: Path, db: Path, home: Path) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one materialization of everything."""
    env = {**os.environ, "GOVPIPELINE_RAW_DIR": str(raw), "GOVPIPELINE_DB": str(db), "DAGSTER_HOME": str(home)}
    cmd = [str(BIN / "dagster"), "asset", "materialize", "-m", "govpipeline.definitions", "--select", "*"]
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"materialization failed:\n{proc.stderr[-3000:]}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child so far
    return wall, peak_kb / 1024


def run_size(n: int, workdir: Path) -> dict:
    corpus, db, home = workdir / f"corpus_{n}", workdir / f"warehouse_{n}.duckdb", workdir / f"home_{n}"
    for path in (corpus, home):
        shutil.rmtree(path, ignore_errors=True)
    for path in workdir.glob(f"*warehouse_{n}.duckdb*"):
        path.unlink()
    home.mkdir(parents=True)
    shutil.copy(REPO / "data" / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    subprocess.run([sys.executable, str(REPO / "bench" / "make_corpus.py"), str(n), str(corpus)], check=True)
    size_mb = sum(f.stat().st_size for f in corpus.rglob("*.*")) / 1e6
    out = {"n": n, "corpus_mb": size_mb}
    out["cold_s"], out["cold_peak_mb"] = materialize(corpus, db, home)
    added = corpus / "added" / "new_report.txt"
    added.parent.mkdir()
    shutil.copy(REPO / "data" / "raw" / "003_40d39cb72ffbd3c3.txt", added)
    out["add_one_s"], _ = materialize(corpus, db, home)
    changed = next(corpus.rglob("*.txt"))
    changed.write_bytes(changed.read_bytes() + "\n2020年共受理申请12件。\n".encode("utf-8"))
    out["change_one_s"], _ = materialize(corpus, db, home)
    out["nothing_new_s"], _ = materialize(corpus, db, home)
    storage = db.with_name(f"govpipeline_{db.stem}.duckdb") if not db.exists() or db.is_symlink() else db
    out["warehouse_mb"] = (storage if storage.exists() else db.resolve()).stat().st_size / 1e6
    return out


def stage_figures() -> str:
    proc = subprocess.run([sys.executable, str(REPO / "bench" / "bench_stages.py"), "--seconds", "3"],
                          capture_output=True, text=True, check=True)
    return proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workdir", type=Path, default=REPO / "bench" / "work")
    ap.add_argument("--results", type=Path, default=REPO / "bench" / "RESULTS.md")
    a = ap.parse_args()
    a.workdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in a.sizes:
        r = run_size(n, a.workdir)
        rows.append(r)
        print(f"{n} documents ({r['corpus_mb']:.0f} MB): cold {r['cold_s']:.1f} s, peak {r['cold_peak_mb']:.0f} MB; "
              f"+1 added {r['add_one_s']:.1f} s; 1 changed {r['change_one_s']:.1f} s; nothing new "
              f"{r['nothing_new_s']:.1f} s; warehouse {r['warehouse_mb']:.0f} MB", flush=True)
    stages = stage_figures()
    print(stages)
    lines = [
        "# Benchmark results", "",
        f"Machine: {os.cpu_count()} cores. Commands: `python bench/e2e.py --sizes {' '.join(map(str, a.sizes))}` "
        "(corpora from `python bench/make_corpus.py N DIR`, seed 0) and `python bench/bench_stages.py`.", "",
        "Each run is `dagster asset materialize -m govpipeline.definitions --select '*'` (all assets and checks, "
        "in-process executor) in a subprocess; peak memory is the largest resident set of those processes.", "",
        "| documents | corpus MB | empty warehouse: wall s | peak MB | +1 added: s | 1 changed: s | nothing new: s | warehouse MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    lines += [f"| {r['n']} | {r['corpus_mb']:.0f} | {r['cold_s']:.1f} | {r['cold_peak_mb']:.0f} | {r['add_one_s']:.1f} | "
              f"{r['change_one_s']:.1f} | {r['nothing_new_s']:.1f} | {r['warehouse_mb']:.0f} |" for r in rows]
    lines += ["", "Targets (issue 7): 10,000 documents in ≤ 60 s, peak ≤ 2 GB, one added or changed document ≤ 10 s, "
              "nothing new ≤ 5 s.", "", "## Stage throughput (one core)", "", "```", stages.rstrip(), "```", ""]
    a.results.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {a.results}")


if __name__ == "__main__":
    main()
