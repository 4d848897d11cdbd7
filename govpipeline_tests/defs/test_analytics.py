"""Analytics tables rebuild only the regions whose reports changed, and end up as a full rebuild would."""
import re
import shutil

import dagster as dg
import duckdb

from govpipeline.defs.analytics import assets as analytics
from govpipeline.defs.resources import WarehouseResource
from govpipeline.lib.chart import INLINE_LIMIT
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


def test_each_chart_names_its_indicator_and_series_in_chinese_stays_inline_and_the_table_lists_every_series(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURES / "constructed", raw)
    db = tmp_path / "warehouse.duckdb"
    (event,) = [e for e in materialize_all(raw, db).get_asset_materialization_events()
                if e.asset_key.path[-1] == "metric_series"]
    meta = event.materialization.metadata
    series = query(db, "SELECT DISTINCT metric_id, unit, region, scope_kind, scope_name, body "
                       "FROM analytics.metric_series")  # a line per series as metric_series keys them
    listed = [r.data for r in meta["series"].value.records]
    assert meta["series_count"].value == len(listed) == len(series)
    assert {(r["region"], r["scope"]) for r in listed} == {
        (region, None if kind == "whole" else name or analytics.UNNAMED_SCOPES[kind])
        for _, _, region, kind, name, _ in series}
    charts = [meta[key].value for key in meta if key.startswith("chart ")]
    assert charts and all(len(text) < INLINE_LIMIT for text in charts)  # the UI shows each inline
    drawn = [r for r in listed if r["drawn"] == "是"]
    for text in charts:
        title, image, legend = text.split("\n\n")
        mine = [r for r in drawn if title in {f"**{r['metric']}（{scale}{r['unit']}）**" for scale in ("", "万", "亿")}]
        assert mine and all((r["body"] or r["region"]) in legend for r in mine)
        assert image.count("<path") == 1 + len(mine)  # the grid, and a line per series drawn
    assert len(drawn) == sum(len(re.findall(r"<path", t)) - 1 for t in charts)
    assert meta["charts"].value.startswith(f"{len(charts)} of ")


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


def test_grain_in_jin_and_in_tonnes_compares_across_reports_in_tonnes(tmp_path):
    # series set 76s's finding: a weight (kind other) never paired across reports; grain printed 4.8亿斤 one year and
    # 24.6万吨 the next compares as tonnes, never 斤 against 吨 raw; a weight no indicator converts still does not pair
    db = tmp_path / "warehouse.duckdb"
    warehouse = WarehouseResource(database=str(db))
    with warehouse.get_connection() as con:
        for doc, year in (("a", 2019), ("b", 2020), ("c", 2021)):
            con.execute("INSERT INTO warehouse.documents (doc_id, source_path, sha256, region, report_year, "
                        "code_version, published_at) VALUES (?, ?, ?, '某县', ?, 'test', now())",
                        [doc, f"{doc}.txt", doc, year])
        facts = [("a1", "a", 480000000, "斤", "grain_output"), ("b1", "b", 246000, "吨", "grain_output"),
                 ("c1", "c", 502000000, "公斤", "grain_output"),
                 ("a2", "a", 31000, "吨", None), ("b2", "b", 32000, "吨", None)]  # 油料产量: no indicator
        for fact_id, doc, value, unit, metric_id in facts:
            con.execute("INSERT INTO warehouse.facts (fact_id, doc_id, value, unit, kind, metric_id, quote, start, "
                        "\"end\", metric) VALUES (?, ?, ?, ?, 'other', ?, ?, 0, 4, ?)",
                        [fact_id, doc, value, unit, metric_id, f"{value}{unit}", "粮食总产量" if metric_id else "油料产量"])
    dg.materialize([analytics.yoy_comparisons], resources={"warehouse": warehouse})
    assert query(working_copy(db), "SELECT fact_id, unit, value, previous_value FROM analytics.yoy_comparisons "
                 "ORDER BY fact_id") == [("b1", "吨", 246000.0, 240000.0), ("c1", "吨", 502000.0, 246000.0)]


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


def _crawled_reports(raw, reports: dict[str, tuple[str, int]]) -> None:
    """Crawled annual reports (a crawler's header, then one sentence): file -> (title, requests received)."""
    for name, (title, received) in reports.items():
        (raw / name).write_text(f"标题：{title}\n发布时间：{title[title.index('20'):][:4]}-02-20\n-----\n"
                                f"一、总体情况\n全年共受理政府信息公开申请{received}件。\n", encoding="utf-8")


def test_a_department_and_its_county_form_separate_series(tmp_path):
    """Reports of a county's government and of one of its departments share a region but not a body; two zones
    outside the gazetteer (invented names: a stand-in, 某某, names no body) have no region and are told apart by their
    bodies."""
    raw = tmp_path / "raw"
    raw.mkdir()
    reports = {  # file: (title, requests received); the county's own title spells its body two ways
        "county_2022.txt": ("泰顺县政府2022年政府信息公开工作年度报告", 40),
        "county_2023.txt": ("泰顺县人民政府2023年政府信息公开工作年度报告", 50),
        "department_2022.txt": ("泰顺县行政审批局2022年政府信息公开工作年度报告", 8),
        "department_2023.txt": ("泰顺县行政审批局2023年政府信息公开工作年度报告", 10),
        "zone_a_2022.txt": ("青禾新区管委会2022年政府信息公开工作年度报告", 3),
        "zone_a_2023.txt": ("青禾新区管理委员会2023年政府信息公开工作年度报告", 6),
        "zone_b_2023.txt": ("岚川经济技术开发区管理委员会2023年政府信息公开工作年度报告", 70),
    }
    _crawled_reports(raw, reports)
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT body, region_code, year, value, n_candidates FROM analytics.metric_series "
                     "WHERE metric_id = 'disclosure_requests_received' ORDER BY ALL") == [
        ("岚川经济技术开发区管理委员会", None, 2023, 70.0, 1),
        ("泰顺县人民政府", "330329", 2022, 40.0, 1),
        ("泰顺县人民政府", "330329", 2023, 50.0, 1),
        ("泰顺县行政审批局", "330329", 2022, 8.0, 1),
        ("泰顺县行政审批局", "330329", 2023, 10.0, 1),
        ("青禾新区管理委员会", None, 2022, 3.0, 1),
        ("青禾新区管理委员会", None, 2023, 6.0, 1),
    ]
    assert query(db, "SELECT body, value, previous_value FROM analytics.yoy_comparisons "
                     "WHERE basis = 'cross_document' ORDER BY ALL") == [
        ("泰顺县人民政府", 50.0, 40.0), ("泰顺县行政审批局", 10.0, 8.0), ("青禾新区管理委员会", 6.0, 3.0)]
    assert query(db, "SELECT DISTINCT json_extract_string(metadata_found_in, '$.body') FROM warehouse.documents") == [
        ("title",)]
    with duckdb.connect(str(db), read_only=True) as con:
        series = con.sql("SELECT * FROM analytics.metric_series ORDER BY metric_id, region_code, body, year").pl()
    panels = analytics.chart_panels(series)
    (panel,) = [p for p in panels if any(s.body == "泰顺县行政审批局" for s in p.series)]
    assert {(s.label, s.points) for s in panel.series} == {
        ("岚川经济技术开发区管理委员会", ((2023, 70.0),)), ("青禾新区管理委员会", ((2022, 3.0), (2023, 6.0))),
        ("泰顺县人民政府", ((2022, 40.0), (2023, 50.0))), ("泰顺县行政审批局", ((2022, 8.0), (2023, 10.0)))}


def test_a_renamed_body_keeps_one_series(tmp_path):
    """A city's bureau that renamed itself (政务服务管理局 -> 政务服务和数据管理局) is one series under its latest name;
    two bureaus of the city reporting in the same years stay apart, and the reports keep the names they give."""
    raw = tmp_path / "raw"
    raw.mkdir()
    reports = {  # file: (title, requests received)
        "bureau_2022.txt": ("湖州市政务服务管理局2022年政府信息公开工作年度报告", 20),
        "bureau_2023.txt": ("湖州市政务服务和数据管理局2023年政府信息公开工作年度报告", 25),
        "finance_2022.txt": ("湖州市财政局2022年政府信息公开工作年度报告", 7),
        "finance_2023.txt": ("湖州市财政局2023年政府信息公开工作年度报告", 9),
        "audit_2023.txt": ("湖州市财政监督局2023年政府信息公开工作年度报告", 2),
    }
    _crawled_reports(raw, reports)
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT body, year, value FROM analytics.metric_series "
                     "WHERE metric_id = 'disclosure_requests_received' ORDER BY ALL") == [
        ("湖州市政务服务和数据管理局", 2022, 20.0), ("湖州市政务服务和数据管理局", 2023, 25.0),
        ("湖州市财政局", 2022, 7.0), ("湖州市财政局", 2023, 9.0), ("湖州市财政监督局", 2023, 2.0)]
    assert query(db, "SELECT body, value, previous_value FROM analytics.yoy_comparisons "
                     "WHERE basis = 'cross_document' ORDER BY ALL") == [
        ("湖州市政务服务和数据管理局", 25.0, 20.0), ("湖州市财政局", 9.0, 7.0)]
    assert query(db, "SELECT n.body, d.body FROM normalized.documents n JOIN warehouse.documents d USING (doc_id) "
                     "WHERE n.body LIKE '%政务服务%' ORDER BY ALL") == [
        ("湖州市政务服务和数据管理局", "湖州市政务服务和数据管理局"), ("湖州市政务服务管理局", "湖州市政务服务和数据管理局")]


def test_a_figure_of_part_of_the_year_is_compared_and_kept_in_series_only_with_the_same_part(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    warehouse = WarehouseResource(database=str(db))
    with warehouse.get_connection() as con:
        for doc, year in (("q23", 2023), ("q24", 2024), ("a23", 2023), ("h24", 2024)):
            con.execute("INSERT INTO warehouse.documents (doc_id, source_path, sha256, region, report_year, "
                        "code_version, published_at) VALUES (?, ?, ?, '某市', ?, 'test', now())",
                        [doc, f"{doc}.txt", doc, year])
        # two third-quarter bulletins, worded two ways, a whole year's report and a half year's of one city's hotline
        for fact_id, doc, value, metric in (("q23a", "q23", 41000, "受理诉求(第三季度)"),
                                            ("q24a", "q24", 45100, "受理诉求(7-9月份)"),
                                            ("a23a", "a23", 162000, "受理诉求"),
                                            ("h24a", "h24", 83000, "受理诉求(上半年)")):
            con.execute("INSERT INTO warehouse.facts (fact_id, doc_id, value, unit, kind, metric, metric_id, quote, "
                        "start, \"end\") VALUES (?, ?, ?, '件', 'count', ?, 'hotline_cases', ?, 0, 6)",
                        [fact_id, doc, value, metric, f"{value}件"])
    dg.materialize([analytics.yoy_comparisons, analytics.metric_series], resources={"warehouse": warehouse})
    copy = working_copy(db)
    # the 2024 quarter against the 2023 quarter, never against the 2023 year
    assert query(copy, "SELECT fact_id, previous_value FROM analytics.yoy_comparisons") == [("q24a", 41000.0)]
    assert query(copy, "SELECT metric_id, year, period, value FROM analytics.metric_series ORDER BY ALL") == [
        ("hotline_cases", 2023, "", 162000.0), ("hotline_cases", 2023, "7-9月", 41000.0),
        ("hotline_cases", 2024, "1-6月", 83000.0), ("hotline_cases", 2024, "7-9月", 45100.0)]
