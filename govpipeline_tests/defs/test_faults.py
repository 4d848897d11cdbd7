"""Faults a user meets: hostile folder entries, interrupted runs, a notebook left open, files that arrive in
batches, damaged files. Each runs the real asset graph (or the real command, for kill -9) into a temporary DuckDB."""
import os
import shutil
import subprocess
import sys
import time

import pytest

from govpipeline_tests.conftest import RAW, REPO, materialize_all, query, working_copy
from govpipeline_tests.lib.test_folder import crawled_mirror, hostile_folder


def test_no_directory_entry_stops_a_run(tmp_path):
    raw, db = hostile_folder(tmp_path / "raw"), tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT source_path, encoding FROM warehouse.documents ORDER BY 1") == [
        ("crawl/linked.txt", "utf-8"), ("good.txt", "utf-8"), ("报告.txt", "gb18030")]
    reasons = dict(query(db, "SELECT source_path, reason FROM warehouse.quarantine WHERE stage = 'ingest'"))
    assert sorted(reasons) == ["dangling.txt", "loop.txt", "pipe.txt", "sock.txt"]
    assert "does not exist" in reasons["dangling.txt"] and "FIFO" in reasons["pipe.txt"]
    assert all(r.startswith(path + ": ") for path, r in reasons.items())
    # the entries are examined again but, unchanged, cause no work
    assert materialize_all(raw, db).get_asset_materialization_events() == []
    (raw / "dangling.txt").unlink()
    materialize_all(raw, db)
    assert "dangling.txt" not in {r[0] for r in query(db, "SELECT source_path FROM warehouse.quarantine")}


# ------------------------------------------------------------------------------------------ interrupted runs
TIMES = ("ingested_at", "normalized_at", "extracted_at", "published_at", "detected_at", "found_at", "analyzed_at",
         "checked_at")


def every_table(db) -> dict:
    """Every table of the warehouse file, without the times rows were written: what the folder and the code
    decide."""
    tables = query(db, "SELECT schema_name, table_name FROM duckdb_tables() WHERE schema_name <> 'meta' ORDER BY 1, 2")
    contents = {}
    for schema, name in tables:
        columns = [c for (c,) in query(db, "SELECT column_name FROM duckdb_columns() WHERE schema_name = ? AND "
                                           "table_name = ? ORDER BY column_index", [schema, name]) if c not in TIMES]
        quoted = ", ".join(f'"{c}"' for c in columns)
        contents[f"{schema}.{name}"] = query(db, f"SELECT {quoted} FROM {schema}.{name} ORDER BY ALL")
    return contents


# kill -9 inside each kind of step: (function the step calls, on which call), patched in a child process
KILL_POINTS = {
    "ingest, mid-transaction": ("govpipeline.defs.ingest.assets", "insert_frame", 1),
    "bucket step": ("govpipeline.defs.layers", "write_part", 3),
    "load step, mid-transaction": ("govpipeline.defs.layers", "load_staged", 2),
    "warehouse publish, mid-transaction": ("govpipeline.defs.warehouse.assets", "table_columns", 2),
    "after the warehouse, in the checks": ("govpipeline.defs.quality.checks.Audit", "mark_checked", 1),
    "in the analytics": ("govpipeline.defs.analytics.refresh.RegionRefresh", "replace_rows", 2),
    "publishing the snapshot": ("govpipeline.defs.resources", "publish", 1),
}
_KILLER = """
import importlib, os, signal, sys
from pathlib import Path
owner, name, on_call, raw, db = sys.argv[1:]
try:
    target = importlib.import_module(owner)
except ModuleNotFoundError:
    module_name, cls_name = owner.rsplit(".", 1)
    target = getattr(importlib.import_module(module_name), cls_name)
real, calls = getattr(target, name), []
def kill(*args, **kwargs):
    calls.append(1)
    if len(calls) == int(on_call):
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
setattr(target, name, kill)
from govpipeline_tests.conftest import materialize_all
materialize_all(Path(raw), Path(db))
"""


@pytest.fixture(scope="module")
def clean_build(tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("clean") / "warehouse.duckdb"
    materialize_all(RAW, db)
    return every_table(db)


def _backdate(folder, seconds):
    for dirpath, dirs, files in os.walk(folder):
        for name in [dirpath] + [os.path.join(dirpath, n) for n in dirs + files]:
            os.utime(name, (time.time() - seconds, time.time() - seconds))


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_run_killed_in_any_step_is_finished_by_the_next(point, tmp_path, clean_build):
    db = tmp_path / "warehouse.duckdb"
    killed = subprocess.run([sys.executable, "-c", _KILLER, *map(str, KILL_POINTS[point]), str(RAW), str(db)],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert killed.returncode == -9, killed.stderr[-3000:]
    staging = tmp_path / "staging"
    if staging.exists():
        _backdate(staging, 7200)  # the next run an hour later: a run that never said it ended is dead by then
    materialize_all(RAW, db)
    assert every_table(db) == clean_build
    assert not staging.exists() or not any(staging.iterdir())
    assert materialize_all(RAW, db).get_asset_materialization_events() == []


# ------------------------------------------------------------------------------------------ load history
@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Generated reports with several of one region and year (figures scaled, places swapped, forms mixed), where
    the order rows were loaded in used to pick which report a series or a check took."""
    out = tmp_path_factory.mktemp("corpus") / "all"
    subprocess.run([sys.executable, "bench/make_corpus.py", "160", str(out)], cwd=REPO, check=True,
                   capture_output=True)
    return out


def test_loading_in_two_halves_equals_a_clean_build(corpus, tmp_path):
    clean, incremental = tmp_path / "clean.duckdb", tmp_path / "incremental.duckdb"
    materialize_all(corpus, clean)
    files = sorted(corpus.rglob("*.*"))
    raw = tmp_path / "raw"
    for batch in (files[len(files) // 2:], files[:len(files) // 2]):  # the later names first
        for f in batch:
            (raw / f.relative_to(corpus)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, raw / f.relative_to(corpus))  # with its modification time, which raw.documents records
        materialize_all(raw, incremental)
    assert every_table(incremental) == every_table(clean)


# ------------------------------------------------------------------------------------------ a notebook left open
_NOTEBOOK = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
for line in sys.stdin:  # one query per line, answered until stdin closes
    print(con.execute(line).fetchall(), flush=True)
"""


def test_a_notebook_left_open_never_blocks_a_run_nor_sees_one_half_done(raw_copy, tmp_path, monkeypatch):
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw_copy, db)
    count = "SELECT count(*) FROM warehouse.documents"
    notebook = subprocess.Popen([sys.executable, "-c", _NOTEBOOK, str(db)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)

    def ask(sql):
        notebook.stdin.write(sql + "\n")
        notebook.stdin.flush()
        return notebook.stdout.readline().strip()

    try:
        assert ask(count) == "[(5,)]"
        (raw_copy / "added.txt").write_text("某某县2020年政府信息公开工作年度报告\n共受理申请12件。\n", encoding="utf-8")
        # a second reader opens the warehouse between two steps: the run has published its tables in the working
        # copy, and the reader sees the previous run's complete warehouse
        import govpipeline.defs.analytics.assets as analytics

        seen, real = [], analytics.RegionRefresh

        def open_between_steps(*args, **kwargs):
            seen.append(query(db, "SELECT count(*), (SELECT count(*) FROM analytics.analyzed_documents) "
                                  "FROM warehouse.documents")[0])
            return real(*args, **kwargs)

        monkeypatch.setattr(analytics, "RegionRefresh", open_between_steps)
        start = time.perf_counter()
        materialize_all(raw_copy, db)
        assert time.perf_counter() - start < 30  # a lock held by a reader made the run wait 31 s, then fail
        assert seen == [(5, 10), (5, 10)]
        assert ask(count) == "[(5,)]"  # the open notebook keeps the snapshot it opened, and does not fail
        assert query(db, count) == [(6,)]  # a new connection sees the new run whole
    finally:
        notebook.stdin.close()
        notebook.wait(timeout=60)
    assert notebook.returncode == 0


# ------------------------------------------------------------------------------------------ damaged files
def test_damaged_files_keep_what_can_be_read(tmp_path):
    raw, db = tmp_path / "raw", tmp_path / "warehouse.duckdb"
    raw.mkdir()
    report = "某某县人民政府2021年政府信息公开工作年度报告\n本年度共受理政府信息公开申请135件，全部按期答复。\n" * 12
    (raw / "cut.txt").write_bytes(report.encode("utf-8")[:-2])  # cut in the middle of its last character
    gbk = [report[:40].encode("gbk"), report[40:200].encode("gbk"), report[200:400].encode("gbk"),
           report[400:].encode("gbk")]
    (raw / "gbk.txt").write_bytes(b"\xff".join(gbk))  # three bytes no GBK character begins with
    noisy = bytearray(report.encode("gbk"))
    noisy[::20] = b"\xff" * len(noisy[::20])
    (raw / "noise.txt").write_bytes(bytes(noisy))
    deep = "<div>" * 1200 + "<p>本年度共受理政府信息公开申请135件。</p>" + "</div>" * 1200
    (raw / "page.html").write_text(
        f"<html><head><title>某某县人民政府2021年政府信息公开工作年度报告</title></head><body>{deep}"
        "<table><tr><td colspan=\"2px\">申请</td><td>135</td></tr></table></body></html>", encoding="utf-8")
    materialize_all(raw, db)
    assert query(db, "SELECT source_path, encoding, dropped_bytes FROM warehouse.documents ORDER BY 1") == [
        ("cut.txt", "utf-8", 2), ("gbk.txt", "gb18030", 3), ("page.html", "utf-8", 0)]
    assert query(db, "SELECT count(*) FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id) "
                     "WHERE d.source_path = 'gbk.txt' AND f.value = 135") == [(12,)]
    ((path, reason),) = query(db, "SELECT source_path, reason FROM warehouse.quarantine")
    assert path == "noise.txt" and "undecodable bytes" in reason


def test_a_load_that_finds_work_undone_fails_and_the_next_run_does_it(tmp_path, monkeypatch, clean_build):
    """A bucket's parts are lost (a staging folder cleaned by hand, a worker's disk): the load step fails instead of
    reporting success over a layer that lacks those documents, nothing is published, and the next run does it."""
    import govpipeline.defs.layers as layers

    db, real = tmp_path / "warehouse.duckdb", layers.write_part
    monkeypatch.setattr(layers, "write_part", lambda folder, table, part, rows, schema:
                        None if part.startswith("bucket0") else real(folder, table, part, rows, schema))
    failed = materialize_all(RAW, db, raise_on_error=False)
    assert not failed.success
    messages = [str(e.event_specific_data) for e in failed.all_events if e.event_type_value == "STEP_FAILURE"]
    assert any("were not staged by this run's bucket steps" in m for m in messages)
    assert not db.exists()  # nothing was published
    monkeypatch.setattr(layers, "write_part", real)
    materialize_all(RAW, db)
    assert every_table(db) == clean_build


def test_the_sensor_tolerates_hostile_entries(tmp_path):
    import dagster as dg

    from govpipeline.defs.automation.sensors import raw_folder_sensor
    from govpipeline.defs.resources import RawFolder

    raw = hostile_folder(tmp_path / "raw")
    tick = raw_folder_sensor(dg.build_sensor_context(resources={"raw_folder": RawFolder(path=str(raw))}))
    assert len(tick.run_requests) == 1 and tick.run_requests[0].tags["govpipeline/files"] == "7"


def test_a_warehouse_of_an_earlier_govpipeline_becomes_the_first_working_copy(tmp_path, clean_build):
    db = tmp_path / "warehouse.duckdb"
    materialize_all(RAW, db)
    working_copy(db).unlink()  # one file, written in place, as before the snapshot
    materialize_all(RAW, db)
    assert working_copy(db).exists() and every_table(db) == clean_build
    assert materialize_all(RAW, db).get_asset_materialization_events() == []


def test_a_crawlers_mirror_gives_its_pages_and_names_what_it_passed_over(tmp_path):
    raw, db = crawled_mirror(tmp_path / "raw"), tmp_path / "warehouse.duckdb"
    result = materialize_all(raw, db)
    assert query(db, "SELECT source_path, format, encoding, report_year FROM warehouse.documents ORDER BY 1") == [
        ("content.jsp?id=88", "html", "gb18030", 2022), ("t20240312_1187.shtml", "html", "gb18030", 2023)]
    assert query(db, "SELECT value FROM warehouse.facts WHERE value IN (27, 31) ORDER BY 1") == [(27,), (31,)]
    assert query(db, "SELECT count(*) FROM warehouse.quarantine") == [(0,)]
    ingest = next(e for e in result.get_asset_materialization_events() if e.asset_key.path == ["raw", "documents"])
    assert ingest.materialization.metadata["not_reports"].value == "2 .png, 1 (no suffix), 1 .css, 1 .js"
