"""Parquet parts between the bucket steps and the loading step."""
import duckdb
import polars as pl
import pytest

from govpipeline.lib.stages import doc_id_for
from govpipeline.lib.staging import bucket_of, load_staged, remove, staged_doc_ids, staged_files, write_part

SCHEMA = {"doc_id": pl.Utf8, "value": pl.Float64}


def test_buckets_are_stable_and_spread_documents():
    ids = [doc_id_for(f"batch_{i // 100}/report_{i}.txt") for i in range(400)]
    buckets = [bucket_of(d, 4) for d in ids]
    assert buckets == [bucket_of(d, 4) for d in ids]
    assert all(70 <= buckets.count(b) <= 130 for b in range(4))


def test_parts_load_by_column_name_and_the_run_folder_goes(tmp_path):
    folder = tmp_path / "run" / "extract"
    write_part(folder, "t.facts", "bucket0-00000", [{"doc_id": "a", "value": 1.0}], SCHEMA)
    write_part(folder, "t.facts", "bucket1-00000", [{"doc_id": "b", "value": 2.0}], SCHEMA)
    assert write_part(folder, "t.facts", "bucket2-00000", [], SCHEMA) is None
    assert not list(folder.rglob("*.partial"))
    con = duckdb.connect()
    con.execute("CREATE SCHEMA t; CREATE TABLE t.facts (value DOUBLE, doc_id VARCHAR)")
    files = staged_files(folder, "t.facts")
    assert sorted(staged_doc_ids(con, files)) == ["a", "b"]
    assert load_staged(con, "t.facts", files) == 2
    assert con.execute("SELECT doc_id, value FROM t.facts ORDER BY doc_id").fetchall() == [("a", 1.0), ("b", 2.0)]
    remove(folder)
    assert not (tmp_path / "run").exists()


def test_parts_that_break_the_contract_are_refused(tmp_path):
    write_part(tmp_path, "t.facts", "p", [{"doc_id": "a", "value": 1.0}], SCHEMA)
    con = duckdb.connect()
    con.execute("CREATE SCHEMA t; CREATE TABLE t.facts (doc_id VARCHAR, value DOUBLE, unit VARCHAR)")
    with pytest.raises(ValueError, match="missing \\['unit'\\]"):
        load_staged(con, "t.facts", staged_files(tmp_path, "t.facts"))
