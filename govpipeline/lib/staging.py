"""Parquet parts that carry a layer's rows from its parallel bucket steps to the one step that writes DuckDB.

A bucket is a fixed slice of the documents (by a hash of doc_id), so the same document always lands in the same
bucket and the buckets' outputs never overlap.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Iterable

import duckdb
import polars as pl

from govpipeline.lib.db import table_columns


def bucket_of(doc_id: str, n_buckets: int) -> int:
    """doc_ids are hex digests, so their leading digits spread documents evenly."""
    return int(doc_id[:8], 16) % n_buckets


def write_part(folder: Path, table: str, part: str, rows: list[dict], schema: dict) -> Path | None:
    """Write ``rows`` of ``table`` as ``folder/<table>/<part>.parquet`` (nothing for no rows). The file appears
    only complete: it is written under a temporary name and renamed."""
    if not rows:
        return None
    target = folder / table / f"{part}.parquet"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    pl.DataFrame(rows, schema=schema).write_parquet(partial)
    partial.replace(target)
    return target


def staged_files(folder: Path, table: str) -> list[Path]:
    return sorted((folder / table).glob("*.parquet"))


def staged_doc_ids(con: duckdb.DuckDBPyConnection, files: Iterable[Path], column: str = "doc_id") -> list[str]:
    """The distinct ids in ``column`` of the staged parts."""
    files = [str(f) for f in files]
    if not files:
        return []
    return [r[0] for r in con.execute(f"SELECT DISTINCT {column} FROM read_parquet(?)", [files]).fetchall()]


def load_staged(con: duckdb.DuckDBPyConnection, table: str, files: Iterable[Path]) -> int:
    """Insert the staged parts of ``table`` by column name; parts that break the column contract raise."""
    files = [str(f) for f in files]
    if not files:
        return 0
    columns = table_columns(con, table)
    staged = [r[0] for r in con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [files]).fetchall()]
    if sorted(staged) != sorted(columns):
        raise ValueError(f"{table}: staged parts do not match the column contract "
                         f"(missing {sorted(set(columns) - set(staged))}, unexpected {sorted(set(staged) - set(columns))})")
    quoted = ", ".join(f'"{c}"' for c in columns)
    return con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM read_parquet(?)", [files]).fetchone()[0]


def remove(folder: Path) -> None:
    """Remove a layer's parts, and the run's folder once no layer's parts are left in it."""
    shutil.rmtree(folder, ignore_errors=True)
    try:
        folder.parent.rmdir()
    except OSError:
        pass  # another layer's parts are still there


def run_folders(root: Path) -> list[Path]:
    """The folders of the runs that left parts in the staging area ``root`` (one per run id)."""
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


def idle_seconds(folder: Path) -> float:
    """Seconds since anything in ``folder`` was last written."""
    times = [os.stat(folder).st_mtime]
    for dirpath, dirs, files in os.walk(folder):
        for name in dirs + files:
            try:
                times.append(os.stat(os.path.join(dirpath, name)).st_mtime)
            except FileNotFoundError:
                pass
    return time.time() - max(times)
