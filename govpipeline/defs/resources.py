"""Resources, configured from the environment when the definitions load (never at import)."""
from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import Field

from govpipeline.lib.db import ensure_schema, prepare_database_file

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_RAW_DIR = PROJECT_ROOT / "data" / "raw"
DEFAULT_DB = PROJECT_ROOT / "data" / "warehouse.duckdb"


class WarehouseResource(DuckDBResource):
    """The DuckDB warehouse file. Connections are closed in ``finally`` (the stock resource leaks the file lock when
    an asset raises) and the schema from lib/warehouse.sql is in place before the first query."""

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        path = prepare_database_file(self.database)
        con = duckdb.connect(str(path), config={"custom_user_agent": "govpipeline", **self.connection_config})
        try:
            ensure_schema(con)
            yield con
        finally:
            con.close()
            gc.collect()


class RawFolder(dg.ConfigurableResource):
    """The folder of report files (searched recursively for .txt, .htm and .html)."""

    path: str = Field(description="Folder of report files")

    def root(self) -> Path:
        root = Path(self.path)
        if not root.is_dir():
            raise FileNotFoundError(f"raw folder {root} does not exist (set GOVPIPELINE_RAW_DIR to your reports)")
        return root


def build_resources(environ: dict[str, str] | None = None) -> dict[str, dg.ConfigurableResource]:
    env = os.environ if environ is None else environ
    return {
        "warehouse": WarehouseResource(database=env.get("GOVPIPELINE_DB") or str(DEFAULT_DB)),
        "raw_folder": RawFolder(path=env.get("GOVPIPELINE_RAW_DIR") or str(DEFAULT_RAW_DIR)),
    }


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(resources=build_resources())
