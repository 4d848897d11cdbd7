"""End-to-end benchmark: the whole asset graph through Dagster, as a user runs it, on generated corpora.

usage: python bench/e2e.py [--sizes 1000 10000] [--workdir bench/work] [--results bench/RESULTS.md]

For each size: build the corpus (bench/make_corpus.py, not timed); materialize everything into an empty warehouse
under the multiprocess executor on 2 cores, and again pinned to 1 core (`taskset -c 0`), to show what the parallel
buckets buy; then take in one added report, one changed report, and rerun with nothing new (the default in-process
executor, as the sensor's runs use). Every materialization is `dagster asset materialize -m govpipeline.definitions
--select '*'` in a subprocess. Recorded: the command's wall time, the run's own time in Dagster (first to last event,
what the UI shows), the peak of the summed resident memory of the whole process tree, the warehouse size, and
whether the nothing-new run left the warehouse file byte-identical.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PARALLEL = {"execution": {"config": {"multiprocess": {
    "max_concurrent": 2, "start_method": {"forkserver": {"preload_modules": ["govpipeline.preload"]}}}}}}


def _tree_rss_mb(root: int) -> float:
    """Summed resident memory of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            status = Path(entry.path, "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        children.setdefault(int(fields["PPid"]), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total / 1024


def _run_seconds(home: Path) -> float:
    """The newest run's duration as Dagster recorded it (start to end)."""
    code = ("import dagster as dg, json; r = dg.DagsterInstance.get().get_run_records(limit=1)[0]; "
            "print(json.dumps([r.start_time, r.end_time]))")
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "DAGSTER_HOME": str(home)},
                         capture_output=True, text=True, check=True).stdout
    start, end = json.loads(out.strip().splitlines()[-1])
    return end - start


def materialize(raw: Path, db: Path, home: Path, run_config: dict | None = None,
                one_core: bool = False) -> dict:
    env = {**os.environ, "GOVPIPELINE_RAW_DIR": str(raw), "GOVPIPELINE_DB": str(db), "DAGSTER_HOME": str(home)}
    cmd = [str(BIN / "dagster"), "asset", "materialize", "-m", "govpipeline.definitions", "--select", "*"]
    if run_config:
        cmd += ["--config-json", json.dumps(run_config)]
    if one_core:
        cmd = ["taskset", "-c", "0", *cmd]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0.0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_mb(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"materialization failed:\n{err[-3000:]}")
    return {"wall_s": wall, "run_s": _run_seconds(home), "peak_mb": peak[0]}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_size(n: int, workdir: Path) -> dict:
    corpus = workdir / f"corpus_{n}"
    shutil.rmtree(corpus, ignore_errors=True)
    subprocess.run([sys.executable, str(REPO / "bench" / "make_corpus.py"), str(n), str(corpus)], check=True)
    out = {"n": n, "corpus_mb": sum(f.stat().st_size for f in corpus.rglob("*.*")) / 1e6}

    def fresh(tag: str) -> tuple[Path, Path]:
        home, db = workdir / f"home_{n}_{tag}", workdir / f"{tag}_{n}" / "warehouse.duckdb"
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(db.parent, ignore_errors=True)
        home.mkdir(parents=True)
        shutil.copy(REPO / "data" / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
        return db, home

    db, home = fresh("one_core")
    out["cold_1core"] = materialize(corpus, db, home, PARALLEL, one_core=True)
    db, home = fresh("two_cores")
    out["cold_2core"] = materialize(corpus, db, home, PARALLEL)
    added = corpus / "added" / "new_report.txt"
    added.parent.mkdir()
    shutil.copy(REPO / "data" / "raw" / "003_40d39cb72ffbd3c3.txt", added)
    out["add_one"] = materialize(corpus, db, home)
    changed = next(corpus.rglob("*.txt"))
    changed.write_bytes(changed.read_bytes() + "\n2020年共受理申请12件。\n".encode("utf-8"))
    out["change_one"] = materialize(corpus, db, home)
    stored = db.resolve()
    before = _digest(stored), stored.stat().st_mtime_ns
    out["nothing_new"] = materialize(corpus, db, home)
    out["nothing_written"] = (_digest(stored), stored.stat().st_mtime_ns) == before
    out["warehouse_mb"] = stored.stat().st_size / 1e6
    return out


def stage_figures() -> str:
    proc = subprocess.run([sys.executable, str(REPO / "bench" / "bench_stages.py")],
                          capture_output=True, text=True, check=True)
    return proc.stdout


def _cell(r: dict) -> str:
    return f"{r['wall_s']:.1f} ({r['run_s']:.1f})"


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
        print(json.dumps(r, indent=1), flush=True)
    stages = stage_figures()
    print(stages)
    lines = [
        "# Benchmark results", "",
        f"Machine: {os.cpu_count()} cores. Commands: `python bench/e2e.py --sizes {' '.join(map(str, a.sizes))}` "
        "(corpora from `python bench/make_corpus.py N DIR`, seed 0) and `python bench/bench_stages.py`.", "",
        "Every run is `dagster asset materialize -m govpipeline.definitions --select '*'` (all assets and checks) in a "
        "subprocess. Times are the command's wall seconds, with the run's own time in Dagster (first to last event) "
        "in brackets; the difference is the CLI loading the code and the instance. Loads from an empty warehouse use "
        "the multiprocess executor (`max_concurrent: 2`, forkserver), once on both cores and once pinned to one "
        "(`taskset -c 0`); the incremental runs use the default in-process executor. Peak memory is the summed "
        "resident memory of the whole process tree.", "",
        "| documents | corpus MB | empty, 1 core: s | empty, 2 cores: s | speed-up | peak MB (2 cores) | +1 added: s "
        "| 1 changed: s | nothing new: s | nothing new wrote nothing | warehouse MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    lines += [f"| {r['n']} | {r['corpus_mb']:.0f} | {_cell(r['cold_1core'])} | {_cell(r['cold_2core'])} | "
              f"{r['cold_1core']['wall_s'] / r['cold_2core']['wall_s']:.2f}x | {r['cold_2core']['peak_mb']:.0f} | "
              f"{_cell(r['add_one'])} | {_cell(r['change_one'])} | {_cell(r['nothing_new'])} | "
              f"{'yes' if r['nothing_written'] else 'NO'} | {r['warehouse_mb']:.0f} |" for r in rows]
    lines += ["", "Targets (issue 7): 10,000 documents in ≤ 60 s, peak ≤ 2 GB, one added or changed document ≤ 10 s, "
              "nothing new ≤ 5 s and writes nothing.", "", "## Stage throughput (one core)", "",
              "`python bench/bench_stages.py`: CPU time of one process; MB/s of the best of 5 runs, then the median run.",
              "", "```",
              stages.rstrip(), "```", ""]
    a.results.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {a.results}")


if __name__ == "__main__":
    main()
