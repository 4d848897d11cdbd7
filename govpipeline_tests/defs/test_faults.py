"""Faults a user meets: hostile folder entries, interrupted runs, a notebook left open, files that arrive in
batches, damaged files. Each runs the real asset graph (or the real command, for kill -9) into a temporary DuckDB."""
from govpipeline_tests.conftest import materialize_all, query
from govpipeline_tests.lib.test_folder import hostile_folder


def test_no_directory_entry_stops_a_run(tmp_path):
    raw, db = hostile_folder(tmp_path / "raw"), tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT source_path, encoding FROM warehouse.documents ORDER BY 1") == [
        ("good.txt", "utf-8"), ("报告.txt", "gb18030")]
    reasons = dict(query(db, "SELECT source_path, reason FROM warehouse.quarantine WHERE stage = 'ingest'"))
    assert sorted(reasons) == ["dangling.txt", "loop.txt", "pipe.txt", "sock.txt"]
    assert "does not exist" in reasons["dangling.txt"] and "FIFO" in reasons["pipe.txt"]
    assert all(r.startswith(path + ": ") for path, r in reasons.items())
    # the entries are examined again but, unchanged, cause no work
    assert materialize_all(raw, db).get_asset_materialization_events() == []
    (raw / "dangling.txt").unlink()
    materialize_all(raw, db)
    assert "dangling.txt" not in {r[0] for r in query(db, "SELECT source_path FROM warehouse.quarantine")}
