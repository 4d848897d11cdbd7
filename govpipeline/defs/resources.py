"""Resources, configured from the environment when the definitions load (never at import)."""
from __future__ import annotations

import gc
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import Field

from govpipeline.lib.db import (ddl_version, ensure_schema, prepare_database_file, prepare_working_copy, publish,
                                snapshot_current, stored_version)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_RAW_DIR = PROJECT_ROOT / "data" / "raw"
DEFAULT_DB = PROJECT_ROOT / "data" / "warehouse.duckdb"


LOCK_WAITS = (0.5, 1, 2, 4, 8, 16)  # seconds between attempts while another process holds the file


class WarehouseResource(DuckDBResource):
    """The DuckDB warehouse. Runs work in a working copy next to the configured file and publish it whole at their
    end (``publish``), so readers of the configured file (a notebook) never hold a lock a run needs, and never see
    a run half done. Connections are closed in ``finally`` (the stock resource leaks the file lock when an asset
    raises), the schema from lib/warehouse.sql is in place before the first query, and opening waits out a lock
    held by another step (a bucket step of another run) for about half a minute before it fails."""

    def published_file(self) -> Path:
        return prepare_database_file(self.database)

    def snapshot_current(self) -> bool:
        """Whether the published file holds everything the last run wrote."""
        return snapshot_current(self.published_file())

    def publish(self) -> int:
        """Publish the working copy (checkpointed first); returns its size in bytes."""
        with self.get_connection():
            pass  # a clean close checkpoints the write-ahead log into the file
        return publish(self.published_file())

    @contextmanager
    def get_connection(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        path = prepare_working_copy(self.published_file())
        con = self._open_current(path) if read_only else self._open(path, read_only=False)
        try:
            if not read_only:
                ensure_schema(con)
            yield con
        except BaseException:
            con.close()
            gc.collect()  # the traceback's frames hold the connection's objects; free them before another opens
            raise
        con.close()  # no collection on success: a full collection costs 0.1 s, about 1.5 s in a small run

    def _open(self, path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
        config = {"custom_user_agent": "govpipeline", **self.connection_config}
        for wait in (*LOCK_WAITS, None):
            try:
                return duckdb.connect(str(path), read_only=read_only, config=config)
            except duckdb.IOException as exc:
                if wait is None or "lock" not in str(exc).lower():
                    raise
                time.sleep(wait)
        raise AssertionError("unreachable")

    def _open_current(self, path: Path) -> duckdb.DuckDBPyConnection:
        """A read-only connection to a database whose schema is current: one open when it is, as it nearly always
        is; otherwise the schema is created or rebuilt through a writing connection first."""
        if path.exists():
            con = self._open(path, read_only=True)
            if stored_version(con) == ddl_version():
                return con
            con.close()
        with self.get_connection():
            pass
        return self._open(path, read_only=True)


class RawFolder(dg.ConfigurableResource):
    """The folder of report files (searched recursively for .txt, .htm and .html)."""

    path: str = Field(description="Folder of report files")

    def root(self) -> Path:
        root = Path(self.path)
        if not root.is_dir():
            raise FileNotFoundError(f"raw folder {root} does not exist (set GOVPIPELINE_RAW_DIR to your reports)")
        return root


class StagingArea(dg.ConfigurableResource):
    """Where the parallel bucket steps leave their Parquet parts for the step that loads DuckDB. Every worker must
    reach it: a local folder on one machine, a shared filesystem when workers run on several."""

    path: str = Field(description="Folder for the Parquet parts of runs in progress")

    def folder(self, run_id: str, layer: str) -> Path:
        return Path(self.path) / run_id / layer


def build_resources(environ: dict[str, str] | None = None) -> dict[str, dg.ConfigurableResource]:
    env = os.environ if environ is None else environ
    database = env.get("GOVPIPELINE_DB") or str(DEFAULT_DB)
    return {
        "warehouse": WarehouseResource(database=database),
        "raw_folder": RawFolder(path=env.get("GOVPIPELINE_RAW_DIR") or str(DEFAULT_RAW_DIR)),
        "staging": StagingArea(path=env.get("GOVPIPELINE_STAGING_DIR") or str(Path(database).parent / "staging")),
    }


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(resources=build_resources())
