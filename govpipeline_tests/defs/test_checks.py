"""Each asset check, on constructed reports that satisfy it and reports that break it."""
import shutil

import duckdb
import pytest

from govpipeline.defs.quality import checks
from govpipeline.defs.resources import WarehouseResource
from govpipeline_tests.conftest import FIXTURES, RAW, materialize_all, query, working_copy

CONSTRUCTED = FIXTURES / "constructed"


@pytest.fixture(scope="module")
def constructed(tmp_path_factory):
    db = tmp_path_factory.mktemp("checks") / "warehouse.duckdb"
    result = materialize_all(CONSTRUCTED, db)
    return db, {e.check_name: e for e in result.get_asset_check_evaluations()}


def findings(db, check_name):
    return query(db, "SELECT d.source_path, q.severity, q.expected, q.actual, q.message FROM quality.findings q "
                     "JOIN warehouse.documents d USING (doc_id) WHERE q.check_name = ? ORDER BY 1, 4", [check_name])


def test_consistent_reports_raise_nothing(constructed):
    db, _ = constructed
    flagged = {r[0] for r in query(db, "SELECT DISTINCT d.source_path FROM quality.findings JOIN warehouse.documents d "
                                       "USING (doc_id)")}
    assert not any(path.startswith("xiangtan") for path in flagged)


def test_share_that_does_not_match_its_part(constructed):
    db, evaluations = constructed
    assert not evaluations["shares_consistent"].passed
    assert [(p, s, round(e, 1), a) for p, s, e, a, _ in findings(db, "shares_consistent")] == [
        ("hengyang_2019.txt", "WARN", 75.0, 80.0)]


def test_share_list_that_does_not_reach_100(constructed):
    db, evaluations = constructed
    ((path, severity, expected, actual, message),) = findings(db, "share_lists_sum_to_100")
    assert (path, severity, expected, actual) == ("hengyang_2019.txt", "WARN", 100.0, 105.0)
    assert "80.0%, 25.0%" in message


def test_exhaustive_breakdown_exceeding_its_total(constructed):
    db, _ = constructed
    ((path, _, expected, actual, message),) = findings(db, "breakdowns_add_up")
    assert (path, expected, actual) == ("hengyang_2019.txt", 100.0, 110.0) and "exceed" in message


def test_rate_out_of_bounds(constructed):
    db, _ = constructed
    assert [(p, a) for p, _, _, a, _ in findings(db, "rates_within_bounds")] == [("hengyang_2019.txt", 105.0)]


def test_enumeration_count_mismatch(constructed):
    db, _ = constructed
    ((path, _, expected, actual, message),) = findings(db, "enumerations_match_counts")
    assert (path, expected, actual) == ("hengyang_2019.txt", 3.0, 2.0) and "先进集体" in message


def test_stated_change_against_the_previous_report(constructed):
    db, evaluations = constructed
    rows = query(db, "SELECT region, metric_id, year, basis, round(previous_value), consistent "
                     "FROM analytics.yoy_comparisons WHERE metric_id = 'service_cases' ORDER BY region, year, basis")
    assert rows == [
        ("湘潭市", "service_cases", 2019, "cross_document", 1000000.0, True),
        ("湘潭市", "service_cases", 2019, "stated", 1000000.0, True),
        ("衡阳市", "service_cases", 2019, "cross_document", 800000.0, None),
        ("衡阳市", "service_cases", 2020, "cross_document", 600000.0, False),
        ("衡阳市", "service_cases", 2020, "stated", 750000.0, False),
    ]
    ((path, _, expected, actual, message),) = findings(db, "yoy_stated_matches_previous_report")
    assert (path, expected, actual) == ("hengyang_2020.txt", 600000.0, 750000.0)
    assert evaluations["yoy_stated_matches_previous_report"].passed is False


def test_metric_series_spans_the_years(constructed):
    db, _ = constructed
    assert query(db, "SELECT region, year, value FROM analytics.metric_series WHERE metric_id = 'service_cases' "
                     "AND scope IS NOT DISTINCT FROM '全市政务服务中心' ORDER BY region, year") == [
        ("湘潭市", 2018, 1_000_000.0), ("湘潭市", 2019, 1_200_000.0),
        ("衡阳市", 2018, 800_000.0), ("衡阳市", 2019, 600_000.0), ("衡阳市", 2020, 900_000.0)]


def _corrupt(db, sql):
    con = duckdb.connect(str(working_copy(db)))
    try:
        con.execute(sql)
    finally:
        con.close()


@pytest.mark.parametrize("check, corruption", [
    (checks.facts_complete_and_unique,
     "INSERT INTO warehouse.facts SELECT * FROM warehouse.facts LIMIT 1"),
    (checks.quotes_at_offsets,
     "UPDATE warehouse.facts SET quote = quote || '!' WHERE fact_id = (SELECT min(fact_id) FROM warehouse.facts)"),
    (checks.relations_reference_facts,
     "INSERT INTO warehouse.relations SELECT relation_id, doc_id, relation_type, role, 'missing-fact', note, exhaustive "
     "FROM warehouse.relations LIMIT 1"),
])
def test_broken_invariants_of_our_output_are_errors(tmp_path, check, corruption):
    db = tmp_path / "warehouse.duckdb"
    materialize_all(CONSTRUCTED, db)
    warehouse = WarehouseResource(database=str(db))
    with warehouse.get_connection() as con:
        assert check(checks.Audit(con, full_refresh=True)).passed
    _corrupt(db, corruption)
    with warehouse.get_connection() as con:
        result = check(checks.Audit(con, full_refresh=True))
    assert not result.passed and result.severity.value == "ERROR"
    assert result.metadata["failures"].value == 1


def test_a_failing_blocking_check_stops_downstream_assets(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    materialize_all(CONSTRUCTED, db)
    _corrupt(db, "UPDATE extracted.facts SET quote = 'x' || quote")
    full = {"ops": {"warehouse_tables": {"config": {"full_refresh": True}}}}
    result = materialize_all(CONSTRUCTED, db, run_config=full, raise_on_error=False)
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert not evaluations["quotes_at_offsets"].passed
    failed = {e.step_key for e in result.all_events if e.event_type_value == "STEP_FAILURE"}
    assert failed == {"warehouse_checks"}
    ran = {e.step_key for e in result.all_events if e.event_type_value == "STEP_START"}
    assert "warehouse_tables" in ran
    assert not {"analytics__yoy_comparisons", "analytics__metric_series"} & ran


def test_checks_see_only_new_documents_and_agree_with_a_full_check(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(CONSTRUCTED, raw)
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    all_findings = "SELECT * EXCLUDE (found_at) FROM quality.findings ORDER BY ALL"
    checked_at = "SELECT doc_id, checked_at FROM quality.checked_documents ORDER BY ALL"
    before = query(db, checked_at)
    shutil.copy(sorted(RAW.glob("*.txt"))[0], raw / "added.txt")
    result = materialize_all(raw, db)
    after = query(db, checked_at)
    assert len(after) == len(before) + 1 and set(before) < set(after)  # the other documents were not checked again
    incremental = query(db, all_findings)

    def whole_warehouse(result):
        return {e.check_name: {k: e.metadata[k].value for k in ("checked", "failures", "documents_with_instances")}
                for e in result.get_asset_check_evaluations()}

    counts = whole_warehouse(result)
    assert counts["facts_complete_and_unique"]["checked"] == query(db, "SELECT count(*) FROM warehouse.facts")[0][0]
    assert counts["facts_complete_and_unique"]["documents_with_instances"] == len(after)
    full = materialize_all(raw, db, run_config={"ops": {"warehouse_checks": {"config": {"full_refresh": True}}}})
    assert query(db, all_findings) == incremental
    assert whole_warehouse(full) == counts  # the counts of an incremental check are those of the whole warehouse
    added = query(db, "SELECT doc_id FROM warehouse.documents WHERE source_path = 'added.txt'")[0][0]
    (raw / "added.txt").unlink()
    materialize_all(raw, db)
    assert query(db, "SELECT count(*) FROM quality.findings WHERE doc_id = ?", [added]) == [(0,)]
    assert query(db, "SELECT count(*) FROM quality.checked_documents WHERE doc_id = ?", [added]) == [(0,)]


def test_a_table_total_that_its_rows_do_not_reach_is_flagged(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "county_2023.txt").write_text(
        "某县2023年政务服务工作情况\n各窗口办件情况\n窗口\t受理件数\t办结件数\n不动产\t1200\t1180\n社保\t860\t860\n"
        "合计\t2060\t2050\n", encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT table_id, row_label, column_label, value FROM warehouse.table_cells ORDER BY row_key, "
                     "column_key LIMIT 2") == [("table1", "不动产", "受理件数", 1200), ("table1", "不动产", "办结件数", 1180)]
    ((path, severity, expected, actual, message),) = findings(db, "breakdowns_add_up")
    assert (path, severity, expected, actual) == ("county_2023.txt", "WARN", 2050, 2040)
    assert "exhaustive" in message
