"""Analytics tables rebuild only the regions whose reports changed, and end up as a full rebuild would."""
import shutil

import dagster as dg

from govpipeline.defs.analytics import assets as analytics
from govpipeline.defs.resources import WarehouseResource
from govpipeline_tests.conftest import FIXTURES, materialize_all, query, working_copy

TABLES = {"yoy_comparisons": "SELECT * FROM analytics.yoy_comparisons ORDER BY ALL",
          "metric_series": "SELECT * FROM analytics.metric_series ORDER BY ALL"}
FULL_REFRESH = {"ops": {f"analytics__{name}": {"config": {"full_refresh": True}}} for name in TABLES}


def rebuilt(result) -> dict[str, str]:
    return {e.asset_key.path[-1]: e.materialization.metadata["rebuilt"].value
            for e in result.get_asset_materialization_events() if e.asset_key.path[0] == "analytics"}


def test_a_changed_and_a_removed_report_rebuild_their_regions_only(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURES / "constructed", raw)
    db = tmp_path / "warehouse.duckdb"
    first = rebuilt(materialize_all(raw, db))
    assert first == {name: "rebuilt every region: 5 report(s)" for name in TABLES}
    before = {name: query(db, sql) for name, sql in TABLES.items()}
    assert before["yoy_comparisons"] and before["metric_series"]
    assert {r[0] for r in query(db, "SELECT DISTINCT region FROM analytics.yoy_comparisons")} == {"衡阳市", "湘潭市"}

    changed = raw / "hengyang_2019.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n全年共受理政府信息公开申请123件。\n", encoding="utf-8")
    (raw / "xiangtan_2019.txt").unlink()
    incremental = rebuilt(materialize_all(raw, db))
    # 衡阳市 (its three reports) and 湘潭市 (one report left)
    assert incremental == {name: "rebuilt 2 region(s) with new, changed or removed reports: 4 report(s)"
                           for name in TABLES}
    after = {name: query(db, sql) for name, sql in TABLES.items()}
    assert after != before
    assert not query(db, "SELECT * FROM analytics.yoy_comparisons WHERE region = '湘潭市' AND basis = 'cross_document'")

    materialize_all(raw, db, run_config=FULL_REFRESH)
    assert {name: query(db, sql) for name, sql in TABLES.items()} == after


def test_the_chart_is_drawn_again_only_when_its_figures_change(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURES / "constructed", raw)
    db = tmp_path / "warehouse.duckdb"
    instance = dg.DagsterInstance.ephemeral()  # one instance: the asset finds its previous materialization
    charts = []

    def chart_of(result):
        (event,) = [e for e in result.get_asset_materialization_events() if e.asset_key.path[-1] == "metric_series"]
        return event.materialization.metadata["chart"].value

    drawn = []
    monkeypatch.setattr(analytics, "series_chart", lambda panels: drawn.append(panels) or f"png{len(drawn)}")
    charts.append(chart_of(materialize_all(raw, db, instance=instance)))
    charts.append(chart_of(materialize_all(raw, db, run_config=FULL_REFRESH, instance=instance)))
    assert len(drawn) == 1 and charts[1] == charts[0]  # rebuilt, same figures: the chart is reused
    (raw / "hengyang_2020.txt").unlink()
    charts.append(chart_of(materialize_all(raw, db, instance=instance)))
    assert len(drawn) == 2 and "png2" in charts[2]


def test_cross_document_pairs_need_consecutive_years_of_one_region_scope_and_metric(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    warehouse = WarehouseResource(database=str(db))
    with warehouse.get_connection() as con:
        docs = [("a", "某市", 2016), ("b", "某市", 2017), ("c", "某市", 2019), ("d", "他市", 2017)]
        for doc, region, year in docs:
            con.execute("INSERT INTO warehouse.documents (doc_id, source_path, sha256, region, report_year, "
                        "code_version, published_at) VALUES (?, ?, ?, ?, ?, 'test', now())",
                        [doc, f"{doc}.txt", doc, region, year])
        facts = [("a1", "a", 100, "service_cases", None, 0), ("a2", "a", 50, "hotline_cases", None, 5),
                 ("a3", "a", 90, "service_cases", "市本级", 9), ("b1", "b", 120, "service_cases", None, 0),
                 ("b2", "b", 999, "service_cases", None, 7),  # a second mention: the first stands for the report
                 ("b3", "b", 95, "service_cases", "市本级", 9), ("c1", "c", 130, "service_cases", None, 0),
                 ("d1", "d", 70, "service_cases", None, 0)]
        for fact_id, doc, value, metric_id, scope, start in facts:
            con.execute("INSERT INTO warehouse.facts (fact_id, doc_id, value, unit, kind, metric_id, scope, quote, "
                        "start, \"end\") VALUES (?, ?, ?, '件', 'count', ?, ?, ?, ?, ?)",
                        [fact_id, doc, value, metric_id, scope, f"{value}件", start, start + 4])
    dg.materialize([analytics.yoy_comparisons], resources={"warehouse": warehouse})
    assert query(working_copy(db), "SELECT fact_id, previous_doc_id, value, previous_value, basis FROM analytics.yoy_comparisons "
                     "ORDER BY fact_id") == [("b1", "a", 120.0, 100.0, "cross_document"),
                                              ("b3", "a", 95.0, 90.0, "cross_document")]


def test_a_years_own_report_stands_for_it_before_an_earlier_reports_target(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    warehouse = WarehouseResource(database=str(db))
    with warehouse.get_connection() as con:
        for doc, year in (("a", 2016), ("b", 2017)):
            con.execute("INSERT INTO warehouse.documents (doc_id, source_path, sha256, region, report_year, "
                        "code_version, published_at) VALUES (?, ?, ?, '某市', ?, 'test', now())",
                        [doc, f"{doc}.txt", doc, year])
        # a: 100 in 2016, and under 三、2017年主要目标 a target of 200 for 2017; b: 120 in 2017
        for fact_id, doc, value, year, start in (("a1", "a", 100, None, 0), ("a2", "a", 200, 2017, 50),
                                                 ("b1", "b", 120, None, 0)):
            con.execute("INSERT INTO warehouse.facts (fact_id, doc_id, value, unit, kind, metric_id, year, quote, "
                        "start, \"end\") VALUES (?, ?, ?, '人', 'count', 'new_jobs', ?, ?, ?, ?)",
                        [fact_id, doc, value, year, f"{value}人", start, start + 4])
    dg.materialize([analytics.yoy_comparisons], resources={"warehouse": warehouse})
    assert query(working_copy(db), "SELECT fact_id, previous_doc_id, value, previous_value FROM analytics.yoy_comparisons") == [
        ("b1", "a", 120.0, 100.0)]
