import gc
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from govpipeline.definitions import defs
from govpipeline.defs.resources import build_resources
from govpipeline.lib.db import prepare_database_file, working_path

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def materialize_all(raw_dir: Path, db_path: Path, run_config: dict | None = None,
                    instance: dg.DagsterInstance | None = None, raise_on_error: bool = True):
    """Materialize the project's whole asset graph, with its checks, into ``db_path``."""
    d = defs()
    graph_defs = list(d.assets or []) + list(d.asset_checks or [])
    resources = build_resources({"GOVPIPELINE_RAW_DIR": str(raw_dir), "GOVPIPELINE_DB": str(db_path)})
    result = dg.materialize(graph_defs, resources=resources, run_config=run_config, instance=instance,
                            raise_on_error=raise_on_error)
    gc.collect()
    return result


def query(db_path: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def working_copy(db_path: Path) -> Path:
    """The file runs write (the one at ``db_path`` is the snapshot they publish): where a test that changes the
    warehouse behind the pipeline's back makes its change."""
    return working_path(prepare_database_file(db_path))


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled reports."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory) -> Path:
    """The bundled reports materialized once, shared by read-only tests."""
    db = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    materialize_all(RAW, db)
    return db


@pytest.fixture(scope="session")
def genre_warehouse(tmp_path_factory) -> Path:
    """The reports of other genres (fixtures/genres) materialized once, shared by read-only tests."""
    db = tmp_path_factory.mktemp("genres") / "warehouse.duckdb"
    materialize_all(FIXTURES / "genres", db)
    return db
