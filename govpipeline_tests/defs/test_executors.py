"""The same job under the multiprocess executor and on a real Celery worker (filesystem broker, no server)."""
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import dagster as dg
import pytest
import yaml
from kombu.transport import filesystem
from kombu.utils.json import dumps

from govpipeline_tests.conftest import FIXTURES, REPO, materialize_all, query
from govpipeline_tests.defs import executor_jobs

CORPUS = FIXTURES / "constructed"
COMPARED = ["SELECT * EXCLUDE (ingested_at) FROM raw.documents",
            "SELECT doc_id, quote, value, unit, kind, metric, source_start FROM warehouse.facts",
            "SELECT * FROM warehouse.relations", "SELECT * EXCLUDE (found_at) FROM quality.findings"]

# forkserver with the definitions preloaded: a step's process starts in about a second instead of several
MULTIPROCESS = {"max_concurrent": 2,
                "start_method": {"forkserver": {"preload_modules": ["govpipeline.preload"]}}}


@pytest.fixture
def instance_home(tmp_path, monkeypatch):
    """A persistent instance (steps in other processes report to it) and the environment every worker reads."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text(yaml.safe_dump({"concurrency": {"pools": {"default_limit": 1}},
                                                       "telemetry": {"enabled": False}}))
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setenv("GOVPIPELINE_RAW_DIR", str(CORPUS))
    monkeypatch.setenv("GOVPIPELINE_DB", str(tmp_path / "warehouse.duckdb"))
    monkeypatch.setenv("GOVPIPELINE_STAGING_DIR", str(tmp_path / "staging"))
    # create the instance's SQLite storage now, in one process: a worker that opens the instance while this test does
    # races it to create the same tables (CI failed once on "table job_ticks already exists")
    with dg.DagsterInstance.get():
        pass
    return home


def _tables(db: Path) -> list:
    return [query(db, f"{sql} ORDER BY ALL") for sql in COMPARED]


def _in_process_reference(tmp_path: Path, corpus: Path = CORPUS) -> list:
    db = tmp_path / "reference" / "warehouse.duckdb"
    materialize_all(corpus, db)
    return _tables(db)


def _copies(corpus: Path, target: Path, n: int) -> Path:
    """``n`` copies of ``corpus``, each in a folder of its own, so that every bucket has documents to work on."""
    for k in range(n):
        shutil.copytree(corpus, target / f"copy{k:02d}")
    return target


def _lifetimes(instance: dg.DagsterInstance, run_id: str, prefix: str) -> list[tuple[float, float]]:
    """From the executor launching each step's process to the step's success. Their computations alone overlapped
    in most runs, not all: on 160 copies of the corpus a bucket computed for about 1 s, and a process started up to
    2 s after its launch on a loaded machine. That the executor runs two buckets at a time does not depend on it."""
    logs = [e for e in instance.all_logs(run_id) if e.is_dagster_event and (e.step_key or "").startswith(prefix)]
    start = {e.step_key: e.timestamp for e in logs
             if e.dagster_event_type == dg.DagsterEventType.STEP_WORKER_STARTING}
    end = {e.step_key: e.timestamp for e in logs if e.dagster_event_type == dg.DagsterEventType.STEP_SUCCESS}
    return [(start[k], end[k]) for k in start if k in end]


def test_multiprocess_runs_the_buckets_in_parallel_and_builds_the_same_warehouse(tmp_path, instance_home,
                                                                                  monkeypatch):
    corpus = _copies(CORPUS, tmp_path / "corpus", 20)
    monkeypatch.setenv("GOVPIPELINE_RAW_DIR", str(corpus))
    with dg.DagsterInstance.get() as instance:
        result = dg.execute_job(dg.reconstructable(executor_jobs.everything), instance=instance,
                                run_config={"execution": {"config": {"multiprocess": MULTIPROCESS}}})
        assert result.success
        spans = _lifetimes(instance, result.run_id, "extracted__facts.extract_bucket_")
    assert len(spans) == 4
    assert any(a_start < b_end and b_start < a_end
               for i, (a_start, a_end) in enumerate(spans) for b_start, b_end in spans[i + 1:])
    assert _tables(Path(os.environ["GOVPIPELINE_DB"])) == _in_process_reference(tmp_path, corpus)


def _put_whole(channel: filesystem.Channel, queue: str, payload: dict, **_) -> None:
    """kombu's filesystem transport creates a message's file before it writes it: a worker that lists the folder in
    between reads part of it and drops the task, and Dagster's Celery executor waits for that task forever (CI hung
    so once). Written beside its name and renamed, the file appears whole. With a reader polling every 0.5 ms,
    kombu's own put lost 157 of 3,000 messages and this one none."""
    path = Path(channel.data_folder_out) / f"{round(time.monotonic() * 1000)}_{uuid.uuid4()}.{queue}.msg"
    partial = path.with_name(f"{path.name}.part")  # the worker reads only names that end in .{queue}.msg
    partial.write_bytes(dumps(payload).encode())
    partial.replace(path)


@pytest.mark.timeout(300)
def test_the_job_runs_unchanged_on_a_celery_worker(tmp_path, instance_home, monkeypatch):
    monkeypatch.setenv("GOVPIPELINE_EXECUTOR", "celery")  # the run's process and the worker both read it
    # this process sends every task; the worker, without gossip, mingle and heartbeats, sends nothing to the broker
    monkeypatch.setattr(filesystem.Channel, "_put", _put_whole)
    broker = tmp_path / "broker"
    for name in ("queue", "processed", "results", "control"):
        (broker / name).mkdir(parents=True)
    celery = {"broker": "filesystem://", "backend": f"file://{broker / 'results'}",
              "config_source": {"broker_transport_options": {
                  "data_folder_in": str(broker / "queue"), "data_folder_out": str(broker / "queue"),
                  "data_folder_processed": str(broker / "processed"), "control_folder": str(broker / "control")}}}
    config_yaml = tmp_path / "celery.yaml"
    config_yaml.write_text(yaml.safe_dump({"execution": {"config": celery}}))
    log = tmp_path / "worker.log"
    worker = subprocess.Popen(
        [str(Path(sys.executable).with_name("dagster-celery")), "worker", "start", "-A", "dagster_celery.app",
         "-y", str(config_yaml), "--", "--concurrency=2", "--without-gossip", "--without-mingle",
         "--without-heartbeat"],
        cwd=REPO, start_new_session=True, stdout=log.open("w"), stderr=subprocess.STDOUT,
        # the wrapper starts `celery` from PATH: the one installed next to this Python
        env={**os.environ, "PYTHONPATH": str(REPO),
             "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"})
    try:
        time.sleep(3)
        assert worker.poll() is None, f"the Celery worker did not start: {log.read_text()[-2000:]}"
        with dg.DagsterInstance.get() as instance:
            result = dg.execute_job(dg.reconstructable(executor_jobs.everything_with_the_environment_executor),
                                    instance=instance, run_config={"execution": {"config": celery}})
            assert result.success
            step_keys = {e.step_key for e in result.all_events if e.event_type_value == "STEP_SUCCESS"}
            engine = {e.message for e in result.all_events if e.event_type_value == "ENGINE_EVENT"}
        assert "warehouse_tables" in step_keys and "normalized__documents.normalize_bucket_3" in step_keys
        assert any("celery" in (m or "").lower() for m in engine)
        assert executor_jobs.everything_with_the_environment_executor().executor_def.name == "celery"
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=60)
        print(f"worker log, last lines:\n{log.read_text()[-4000:]}")  # pytest shows it when the test fails
    assert _tables(Path(os.environ["GOVPIPELINE_DB"])) == _in_process_reference(tmp_path)
