"""The real asset graph, materialized with Dagster into a temporary DuckDB."""
import hashlib
import shutil

import duckdb
import pytest

from govpipeline_tests.conftest import FIXTURES, RAW, materialize_all, query, working_copy

CONTRACT = {
    "warehouse.documents": ["doc_id", "source_path", "sha256", "encoding", "script", "title", "issuer", "region",
                            "report_year", "report_period", "publish_date", "doc_type", "template", "n_chars"],
    "warehouse.document_texts": ["doc_id", "normalized_text"],
    "warehouse.facts": ["fact_id", "doc_id", "metric", "scope", "value", "value_max", "unit", "kind", "approx", "year",
                        "quote", "start", "end", "source_start", "source_end", "section", "sentence"],
    "warehouse.relations": ["relation_id", "doc_id", "relation_type", "role", "fact_id"],
    "warehouse.enumerations": ["doc_id", "heading", "stated_count", "listed_count", "items"],
    "warehouse.quarantine": ["source_path", "sha256", "reason", "detected_at"],
    "analytics.yoy_comparisons": ["region", "scope", "metric", "unit", "year", "value", "previous_year", "previous_value",
                                  "change_abs", "change_pct", "stated_change", "basis", "consistent", "doc_id",
                                  "previous_doc_id"],
    "quality.findings": ["check_name", "severity", "doc_id", "relation_id", "fact_ids", "expected", "actual",
                         "tolerance", "message"],
}
STATIC_TABLES = ["warehouse.documents", "warehouse.document_texts", "warehouse.facts", "warehouse.relations",
                 "warehouse.enumerations", "analytics.yoy_comparisons"]


def _contents(db) -> dict:
    """What the tables say, without the time a document was published."""
    return {t: query(db, f"SELECT * EXCLUDE (published_at) FROM {t} ORDER BY ALL" if t == "warehouse.documents"
                     else f"SELECT * FROM {t} ORDER BY ALL") for t in STATIC_TABLES}


def _doc_id(db, name):
    return query(db, "SELECT doc_id FROM warehouse.documents WHERE source_path = ?", [name])[0][0]


def test_contract_tables_and_columns(sample_warehouse):
    for table, columns in CONTRACT.items():
        schema, name = table.split(".")
        have = [r[0] for r in query(sample_warehouse, "SELECT column_name FROM duckdb_columns() WHERE schema_name = ? "
                                                      "AND table_name = ?", [schema, name])]
        assert set(columns) <= set(have), f"{table} lacks {set(columns) - set(have)}"


def test_every_bundled_report_is_in_the_warehouse(sample_warehouse):
    paths = sorted(p.name for p in RAW.glob("*.txt"))
    rows = query(sample_warehouse, "SELECT source_path, n_facts FROM warehouse.documents ORDER BY source_path")
    assert [r[0] for r in rows] == paths
    assert all(n > 10 for _, n in rows)
    counts = query(sample_warehouse, "SELECT count(DISTINCT doc_id) FROM warehouse.facts")[0][0]
    assert counts == 5


def test_values_keep_to_the_contract(sample_warehouse):
    from govpipeline.lib.extract import APPROX, KINDS, RELATION_ROLES
    from govpipeline.lib.metadata import DOC_TYPES, TEMPLATES

    assert {r[0] for r in query(sample_warehouse, "SELECT DISTINCT kind FROM warehouse.facts")} <= set(KINDS)
    assert {r[0] for r in query(sample_warehouse, "SELECT DISTINCT approx FROM warehouse.facts "
                                                  "WHERE approx IS NOT NULL")} <= set(APPROX)
    assert {r[0] for r in query(sample_warehouse, "SELECT DISTINCT doc_type FROM warehouse.documents")} <= set(DOC_TYPES)
    assert {r[0] for r in query(sample_warehouse, "SELECT DISTINCT template FROM warehouse.documents "
                                                  "WHERE template IS NOT NULL")} <= set(TEMPLATES)
    for rtype, role in query(sample_warehouse, "SELECT DISTINCT relation_type, role FROM warehouse.relations"):
        assert role in RELATION_ROLES[rtype], (rtype, role)


def test_yiyang_volume_with_its_yoy_relation(sample_warehouse):
    doc = _doc_id(sample_warehouse, "000_6b9fb25426896547.txt")
    facts = query(sample_warehouse, "SELECT fact_id, metric, unit, kind FROM warehouse.facts WHERE doc_id = ? AND "
                                    "value = 2976500", [doc])
    assert len(facts) == 1
    fact_id, metric, unit, kind = facts[0]
    assert unit == "件" and kind == "count" and "办理行政审批和服务事项" in metric
    change = query(sample_warehouse, """
        SELECT f.value, f.unit, f.kind FROM warehouse.relations cur
        JOIN warehouse.relations ch ON ch.relation_id = cur.relation_id AND ch.role = 'change'
        JOIN warehouse.facts f ON f.fact_id = ch.fact_id
        WHERE cur.relation_type = 'yoy' AND cur.role = 'current' AND cur.fact_id = ?""", [fact_id])
    assert change == [(14.97, "%", "change")]


def test_traditional_report_is_simplified_in_document_texts(sample_warehouse):
    doc = _doc_id(sample_warehouse, "002_f94757b5ee07a06a.txt")
    (text,) = query(sample_warehouse, "SELECT normalized_text FROM warehouse.document_texts WHERE doc_id = ?", [doc])[0]
    assert "株洲市人民政府2018年政府信息公开工作年度报告" in text
    assert "報告" not in text and "(wǎng)" not in text
    (script,) = query(sample_warehouse, "SELECT script FROM warehouse.documents WHERE doc_id = ?", [doc])[0]
    assert script == "traditional"


def test_fact_source_offsets_point_into_the_source_file(sample_warehouse):
    rows = query(sample_warehouse, "SELECT d.source_path, f.quote, f.source_start, f.source_end FROM warehouse.facts f "
                                   "JOIN warehouse.documents d USING (doc_id) WHERE d.script = 'simplified'")
    sources = {p.name: p.read_text(encoding="utf-8") for p in RAW.glob("*.txt")}
    assert rows and all(sources[path][s:e] == quote for path, quote, s, e in rows)


def test_reports_of_other_genres_pass_the_blocking_checks(tmp_path):
    """Physical units, 万亿, amounts per unit, bare 万 after a counted word, the 2016-2018 statistical form: every
    fact keeps the contract."""
    db = tmp_path / "warehouse.duckdb"
    assert materialize_all(FIXTURES / "genres", db).success
    assert query(db, "SELECT count(*) FROM warehouse.documents") == [(133,)]
    assert query(db, "SELECT count(*) FROM quality.findings WHERE severity = 'ERROR'") == [(0,)]
    shares = query(db, """SELECT s.quote, t.quote FROM warehouse.relations r
                          JOIN warehouse.facts s ON s.fact_id = r.fact_id AND r.role = 'share'
                          JOIN warehouse.relations rt ON rt.relation_id = r.relation_id AND rt.role = 'total'
                          JOIN warehouse.facts t ON t.fact_id = rt.fact_id
                          WHERE s.quote IN ('64.68%', '72.7%') ORDER BY 1""")
    assert shares == [("64.68%", "286.5万人"), ("72.7%", "123.4亿元")]
    totals = query(db, """SELECT t.quote FROM warehouse.relations r JOIN warehouse.facts t USING (fact_id)
                          WHERE r.relation_type = 'sum' AND r.role = 'total' AND t.quote IN ('1256所', '48.6万人',
                          '45.6亿元') ORDER BY 1""")
    assert totals == [("1256所",), ("48.6万人",)]  # 45.6亿元's items after semicolons are not its parts
    cells = query(db, "SELECT metric, value, unit, kind FROM warehouse.facts WHERE metric LIKE '市场监管局|%' ORDER BY 1")
    assert cells == [("市场监管局|办结件数", 12498, "件", "count"), ("市场监管局|受理件数", 12563, "件", "count"),
                     ("市场监管局|受理件数同比增长", 8.2, "%", "change"), ("市场监管局|按时办结率", 99.5, "%", "rate")]
    assert query(db, "SELECT note FROM warehouse.relations WHERE note LIKE 'table: 受理件数同比增长%' AND role = 'change' "
                     "ORDER BY relation_id") == [
        ("table: 受理件数同比增长 of 市场监管局 受理件数",), ("table: 受理件数同比增长 of 人社局 受理件数",),
        ("table: 受理件数同比增长 of 公安局 受理件数",), ("table: 受理件数同比增长 of 合计 受理件数",)]
    assert query(db, "SELECT count(DISTINCT relation_id) FROM warehouse.relations WHERE note LIKE 'table total:%'") \
        == [(2,)]
    form = query(db, "SELECT metric, value, unit FROM warehouse.facts "
                     "WHERE metric IN ('收到申请数', '政府信息公开专项经费') ORDER BY 1")
    assert form == [("收到申请数", 45, "件"), ("政府信息公开专项经费", 25_000, "元")]  # the 单位 column
    assert query(db, "SELECT count(DISTINCT relation_id) FROM warehouse.relations WHERE note LIKE 'table outline:%'") \
        == [(2,)]
    multiple = query(db, "SELECT f.metric, f.year, count(r.relation_id) FROM warehouse.facts f LEFT JOIN "
                         "warehouse.relations r USING (fact_id) WHERE f.quote = '2.1倍' GROUP BY ALL")
    assert multiple == [("主动公开政府信息是2012年", 2017, 0)]  # against a base year: no year-over-year relation
    units = dict(query(db, "SELECT quote, unit FROM warehouse.facts "
                           "WHERE quote IN ('1.2万亿元', '3.5元/立方米', '12.5万', '45千米', '20秒')"))
    assert units == {"1.2万亿元": "元", "3.5元/立方米": "元/立方米", "12.5万": "人", "45千米": "千米", "20秒": "秒"}
    assert query(db, "SELECT stated_count, listed_count FROM warehouse.enumerations WHERE heading = '表彰先进集体'") \
        == [(4, 4)]
    # the constructed reports name their bodies by a stand-in place (某市…): no body and no place, so no one's series;
    # but round I's 市场监管局 summary names a real county, whose body's catalogued figures are its series, and so
    # does round J's 审计工作报告 (安平县: the bureau whose head's line stands under the standing committee's session);
    # round J's other reports name the 人民政府 of places the code lists do not hold (禾川市, 临川市 a district now, 安宁县
    # a city now), and the held-out 国资 report its 财政局 (南岭县): a body and its series, no place; so do round L's four
    # (invented places: a 统计局, a 交通运输局, a 国资委, a 政务服务中心); round L2's 民政局 names a real county-level city
    # (澄江市, figures invented), whose place it takes; issue 28's sets R and S (genres_blind40/41) name invented places'
    # bodies (安平市 is none: 安平县 is), the 乡's none; so do round T's two bulletins (genres_blind45: a district's and a
    # 盟's 统计局) and stop 46's sets 46 and 47 (a 住建局, a 医保局, a 统计局's 前三季度 release, two 人民政府's plan and
    # budget reports, a 2013 审计局 report, all of invented places)
    assert query(db, "SELECT region_code, body FROM warehouse.documents "
                     "WHERE coalesce(region_code, region, body) IS NOT NULL ORDER BY coalesce(body, '')") == [
        (None, "丰河县政务服务中心"), (None, "临岫县住房和城乡建设局"), (None, "临川市人民政府"), (None, "北岭县人民政府"),
        (None, "南屏市人民政府"), (None, "南岭县财政局"), (None, "宁川县交通运输局"), (None, "宁川县人力资源和社会保障局"),
        (None, "安宁县人民政府"), ("131125", "安平县审计局"), (None, "安平市统计局"), (None, "寒江县统计局"),
        (None, "岑阳县医疗保障局"), (None, "岷川县统计局"), (None, "枫川市人民政府"), (None, "柏州市青溪区统计局"),
        (None, "桐湾区统计局"), (None, "桐溪区政务服务中心"), (None, "梧桐市人民政府国有资产监督管理委员会"), (None, "沅丰市人民政府"),
        (None, "渌溪县审计局"), ("530481", "澄江市民政局"), (None, "白溪县审计局"), ("430726", "石门县市场监督管理局"),
        (None, "禾川市人民政府"), (None, "锡林塔拉盟统计局")]
    assert query(db, "SELECT region_code, metric_id FROM analytics.metric_series "
                     "WHERE region_code IS NOT NULL ORDER BY 1, 2") == [
        # (stop 46's audit ids: 管理不规范金额, 促进增收节支, and the own level's completion rate)
        ("131125", "audit_irregular_management_amount"),
        ("131125", "audit_problem_amount"),  # 审计查出问题金额 since stop 48's catalog 102 (the total the audit found)
        ("131125", "audit_projects"),
        ("131125", "audit_recommendations"), ("131125", "audit_referrals"), ("131125", "audit_revenue_savings"),
        # (县级一般公共预算收入 in the audit report: the county's own level, round 74's X级 read against the report's; its
        # completion rate the own level's since round 95)
        ("131125", "general_budget_expenditure"), ("131125", "general_budget_expenditure_completion_rate"),
        ("131125", "general_budget_revenue"), ("131125", "general_budget_revenue_completion_rate"),
        ("430726", "complaints_received"),
        ("430726", "enterprises"), ("430726", "individual_businesses"),  # the stock's parts (stop 46's catalog 86)
        ("430726", "market_entities"), ("430726", "market_entities_growth"),  # 实有经营主体 at 6月底 (catalog70's stock)
        # (its 投诉举报 按时办结率 no 政务服务 rate since round 97: a 12315 line's, none)
        ("430726", "new_market_entities"), ("430726", "new_market_entities_growth"),
        # the 民政 bulletin's standard figures (stop 46's catalog 89 and 91)
        ("530481", "divorce_registrations"), ("530481", "elderly_care_beds"), ("530481", "elderly_care_institutions"),
        ("530481", "marriage_registrations"), ("530481", "rural_minimum_living_allowance_funds"),
        ("530481", "rural_minimum_living_allowance_households"), ("530481", "rural_minimum_living_allowance_recipients"),
        ("530481", "rural_minimum_living_standard_growth"), ("530481", "social_organizations"),
        ("530481", "social_organizations_growth"), ("530481", "temporary_assistance"),
        ("530481", "temporary_assistance_funds"), ("530481", "urban_minimum_living_allowance_funds"),
        ("530481", "urban_minimum_living_allowance_funds_growth"), ("530481", "urban_minimum_living_allowance_households"),
        ("530481", "urban_minimum_living_allowance_recipients")]
    # (50 before this stop's last catalog round: road mileage and its change, the census's population by year and its
    # changes, approval items, forest coverage, a five-year review's air quality reached; 54 before stop 43, whose
    # 法治政府 report's 行政复议 and 行政诉讼 counts and two outcomes were disclosure's indicators: now the general
    # reconsideration_cases and litigation_cases, the outcomes none; 55 since stop 44 gave a budget report's 政府性基金预算支出
    # and 国有资本经营预算收入/支出 their ids, in 临川市, a city no gazetteer entry names; 146 since issue 28's sets R and S
    # added 8 reports of invented places, 7 of them with a body; 221 since stop 45's round T added two bulletins of
    # invented places (57 rows: 33 the 盟's, 24 the district's) and catalog rounds 81-84 the bulletins' health, education,
    # social security and environment ids (18 rows of the earlier bulletins); 354 since stop 46's sets 46 and 47 added
    # six reports of invented places (108 rows) and its catalog rounds the budget, audit, 人社, 卫健 and 民政 ids (25 rows
    # of the earlier reports); 355 since round 93's water ids: 全县水资源总量 in the invented county's 国有资产 report;
    # 367 since round 95's: 生产安全事故 counts and growths x4, 快递业务收入 and its growth, 高速公路里程, 城市公共汽电车客运量,
    # 营业性客运量 and its growth, 普通高中's teachers, 中心城区 good days' share's change in points; 371 since stop 48's
    # catalog rounds 100 and 102: a 政务服务中心's 接待办事群众, a bulletin's 城乡低保户数, two audit reports' 审计查出问题金额
    # and 审计移送…问题线索)
    assert query(db, "SELECT count(*) FROM analytics.metric_series WHERE region_code IS NULL") == [(371,)]


def test_checks_run_and_record_findings(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    result = materialize_all(RAW, db)
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    for name in ("facts_complete_and_unique", "quotes_at_offsets", "relations_reference_facts", "rates_within_bounds"):
        assert evaluations[name].passed, name
    recorded = query(db, "SELECT check_name, count(*) FROM quality.findings GROUP BY check_name")
    failed = {name: e for name, e in evaluations.items() if not e.passed}
    assert dict(recorded) == {name: e.metadata["failures"].value for name, e in failed.items()}


def test_materializing_twice_leaves_identical_tables(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    materialize_all(RAW, db)
    first = _contents(db)
    stored = db.resolve()
    before = (stored.stat().st_mtime_ns, hashlib.sha256(stored.read_bytes()).hexdigest())
    second_run = materialize_all(RAW, db)
    # nothing new: no materialization, every step after ingest skipped, the file untouched
    assert second_run.get_asset_materialization_events() == []
    skipped = {e.step_key for e in second_run.all_events if e.event_type_value == "STEP_SKIPPED"}
    assert {"normalized__documents.load_normalize", "extracted__facts.load_extract", "warehouse_tables",
            "analytics__yoy_comparisons", "analytics__metric_series"} <= skipped
    assert (stored.stat().st_mtime_ns, hashlib.sha256(stored.read_bytes()).hexdigest()) == before
    materialize_all(RAW, db, run_config={"ops": {op: {"config": {"full_refresh": True}} for op in
                                                 ("raw__documents", "normalized__documents", "extracted__facts",
                                                  "warehouse_tables")}})
    assert _contents(db) == first


def test_binary_file_is_quarantined_and_the_rest_goes_on(raw_copy, tmp_path):
    (raw_copy / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (raw_copy / "2023").mkdir()
    (raw_copy / "2023" / "年度报告.PDF").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (raw_copy / "notes.md").write_text("not a report", encoding="utf-8")  # not a report format: not listed
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw_copy, db)
    quarantine = query(db, "SELECT source_path, reason, stage FROM warehouse.quarantine ORDER BY source_path")
    assert [(path, stage) for path, _, stage in quarantine] == [("2023/年度报告.PDF", "ingest"), ("scan.txt", "ingest")]
    assert "2023/年度报告.PDF" in quarantine[0][1] and "truncated PDF" in quarantine[0][1]
    assert "scan.txt" in quarantine[1][1] and "NUL bytes" in quarantine[1][1]
    assert query(db, "SELECT count(*) FROM warehouse.documents")[0][0] == 5


def test_changed_and_removed_files_are_updated(raw_copy, tmp_path):
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw_copy, db)
    removed = "001_19ea2d42bd045c4d.txt"
    (raw_copy / removed).unlink()
    changed = raw_copy / "003_40d39cb72ffbd3c3.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("4697件", "4698件"), encoding="utf-8")
    materialize_all(raw_copy, db)
    assert query(db, "SELECT count(*) FROM warehouse.documents WHERE source_path = ?", [removed])[0][0] == 0
    assert query(db, "SELECT count(*) FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id) "
                     "WHERE d.source_path = ?", [removed])[0][0] == 0
    values = {r[0] for r in query(db, "SELECT f.value FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id) "
                                      "WHERE d.source_path = ? AND f.unit = '件'", [changed.name])}
    assert 4698 in values and 4697 not in values


def test_another_raw_folder_builds_its_own_warehouse(tmp_path):
    folder = tmp_path / "reports" / "nested"
    folder.mkdir(parents=True)
    shutil.copy(RAW / "003_40d39cb72ffbd3c3.txt", folder / "yuhua.txt")
    db = tmp_path / "mine.duckdb"
    materialize_all(tmp_path / "reports", db)
    assert query(db, "SELECT source_path, region, report_year FROM warehouse.documents") == [
        ("nested/yuhua.txt", "长沙市雨花区", 2015)]


def test_interrupted_write_leaves_previous_contents(tmp_path, monkeypatch):
    """The extract step dies after writing its first table: the transaction rolls back every table."""
    db = tmp_path / "warehouse.duckdb"
    materialize_all(RAW, db)
    tables = ["extracted.documents", "extracted.facts", "extracted.relations", "warehouse.facts"]
    before = {t: query(working_copy(db), f"SELECT * FROM {t} ORDER BY ALL") for t in tables}
    import govpipeline.defs.layers as layers

    real_load = layers.load_staged
    calls = []

    def load_then_die(con, table, files):
        calls.append(table)
        if table == "extracted.facts":
            raise RuntimeError("interrupted mid-write")
        return real_load(con, table, files)

    monkeypatch.setattr(layers, "load_staged", load_then_die)
    full = {"ops": {op: {"config": {"full_refresh": True}} for op in ("raw__documents", "normalized__documents",
                                                                       "extracted__facts", "warehouse_tables")}}
    with pytest.raises(RuntimeError, match="interrupted mid-write"):
        materialize_all(RAW, db, run_config=full)
    assert calls[-2:] == ["extracted.documents", "extracted.facts"]
    assert {t: query(working_copy(db), f"SELECT * FROM {t} ORDER BY ALL") for t in tables} == before


def test_a_run_with_no_new_file_catches_up_what_a_failed_run_left(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    materialize_all(RAW, db)
    before = query(db, "SELECT * FROM warehouse.facts ORDER BY ALL")
    con = duckdb.connect(str(working_copy(db)))
    con.execute("DELETE FROM extracted.documents WHERE doc_id = (SELECT min(doc_id) FROM extracted.documents)")
    con.close()
    result = materialize_all(RAW, db)
    loaded = result.asset_materializations_for_node("extracted__facts")[0].metadata
    assert loaded["documents_processed"].value == 1
    assert query(db, "SELECT * FROM warehouse.facts ORDER BY ALL") == before


def _stamp(db, tables, version):
    """Mark the rows of ``tables`` as derived by other code than the installed one."""
    con = duckdb.connect(str(working_copy(db)))
    for table in tables:
        con.execute(f"UPDATE {table} SET code_version = ?", [version])
    con.close()


def test_updated_code_derives_the_stored_reports_again(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    materialize_all(RAW, db)
    first = _contents(db)
    times = "SELECT doc_id, {} FROM {} ORDER BY doc_id"
    normalized_at, published_at = (query(db, times.format("normalized_at", "normalized.documents")),
                                   query(db, times.format("published_at", "warehouse.documents")))
    current = query(db, "SELECT DISTINCT code_version FROM warehouse.documents")

    # new extraction rules: every report is extracted and published again, none normalized again
    _stamp(db, ["extracted.documents", "warehouse.documents"], "older-rules")
    result = materialize_all(RAW, db)
    assert result.asset_materializations_for_node("extracted__facts")[0].metadata["documents_processed"].value == 5
    assert query(db, times.format("normalized_at", "normalized.documents")) == normalized_at
    republished = query(db, times.format("published_at", "warehouse.documents"))
    assert all(new > old for (_, new), (_, old) in zip(republished, published_at))
    assert query(db, "SELECT DISTINCT code_version FROM warehouse.documents") == current
    assert _contents(db) == first

    # a new decoder: every file is read again, and everything after it follows
    _stamp(db, ["raw.documents", "normalized.documents", "extracted.documents", "warehouse.documents"], "older")
    result = materialize_all(RAW, db)
    assert result.asset_materializations_for_node("raw__documents")[0].metadata["new_or_changed"].value == 5
    assert result.asset_materializations_for_node("normalized__documents")[0].metadata["documents_processed"].value == 5
    renormalized = query(db, times.format("normalized_at", "normalized.documents"))
    assert all(new > old for (_, new), (_, old) in zip(renormalized, normalized_at))
    assert _contents(db) == first
    # and the next run finds nothing to do
    assert materialize_all(RAW, db).get_asset_materialization_events() == []


def test_a_file_of_two_reports_is_two_documents_and_follows_its_changes(tmp_path):
    """A page followed by another report's full text gives two documents through the whole graph, each with its
    own metadata and figures and offsets into the one file; when the file comes to hold one report, or goes, so do
    the second document's rows."""
    from govpipeline_tests.lib.test_reports_on_one_page import RELATED_FULL_TEXT, report

    raw = tmp_path / "raw"
    raw.mkdir()
    page = raw / "related.txt"
    page.write_text(RELATED_FULL_TEXT, encoding="utf-8")
    (raw / "alone.txt").write_text("青田县人民政府2023年政府信息公开工作年度报告\n" + report(2023, "青田县", 150, 3600),
                                   encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    docs = query(db, "SELECT source_path, report_in_file, title, report_year, body, region_code FROM warehouse.documents "
                     "ORDER BY source_path, report_in_file")
    assert docs == [("alone.txt", 1, "青田县人民政府2023年政府信息公开工作年度报告", 2023, "青田县人民政府", "331121"),
                    ("related.txt", 1, "松阳县人民政府2023年政府信息公开工作年度报告", 2023, "松阳县人民政府", "331124"),
                    ("related.txt", 2, "遂昌县人民政府2023年政府信息公开工作年度报告", 2023, "遂昌县人民政府", "331123")]
    facts = query(db, "SELECT d.report_in_file, f.value, f.quote, f.source_start, f.source_end FROM warehouse.facts f "
                      "JOIN warehouse.documents d USING (doc_id) WHERE d.source_path = 'related.txt'")
    by_report = {k: {v for r, v, *_ in facts if r == k} for k in (1, 2)}
    assert {5821, 317} <= by_report[1] and not {4410, 208} & by_report[1]
    assert {4410, 208} <= by_report[2] and not {5821, 317} & by_report[2]
    assert all(RELATED_FULL_TEXT[s:e] == quote for _, _, quote, s, e in facts)
    series = query(db, "SELECT DISTINCT body FROM analytics.metric_series ORDER BY body")
    assert ("遂昌县人民政府",) in series and ("松阳县人民政府",) in series
    assert query(db, "SELECT count(*) FROM quality.findings WHERE check_name = 'reports_told_apart'") == [(0,)]

    page.write_text(RELATED_FULL_TEXT[:RELATED_FULL_TEXT.index("相关阅读")], encoding="utf-8")
    materialize_all(raw, db)
    assert query(db, "SELECT source_path, report_in_file FROM warehouse.documents ORDER BY ALL") == [
        ("alone.txt", 1), ("related.txt", 1)]
    assert query(db, "SELECT count(*) FROM normalized.documents WHERE title LIKE '遂昌县%'") == [(0,)]
    assert query(db, "SELECT count(*) FROM warehouse.facts WHERE value IN (4410, 208)") == [(0,)]

    page.write_text(RELATED_FULL_TEXT, encoding="utf-8")
    materialize_all(raw, db)
    page.unlink()
    materialize_all(raw, db)
    assert query(db, "SELECT source_path FROM warehouse.documents") == [("alone.txt",)]
    assert query(db, "SELECT count(*) FROM normalized.documents") == [(1,)]


def test_a_report_not_told_apart_from_the_next_is_a_finding(tmp_path):
    """Two work summaries without headings, nothing between them to say where the first ends: kept as one document
    (a split there could take a report's own paragraphs away), and named by the check reports_told_apart."""
    from govpipeline_tests.lib.test_reports_on_one_page import SUMMARY

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "summaries.txt").write_text(SUMMARY + "松阳县行政审批局2022年工作总结\n"
                                       "2022年，我局全年办理审批事项2800件，同比增长9%。全年受理投诉15件。\n",
                                       encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    result = materialize_all(raw, db)
    assert query(db, "SELECT report_in_file, report_year FROM warehouse.documents") == [(1, 2023)]
    [(path, message)] = query(db, "SELECT source_path, message FROM quality.findings "
                                  "WHERE check_name = 'reports_told_apart'")
    assert path == "summaries.txt" and message.startswith("'松阳县行政审批局2022年工作总结', at character ")
    assert {e.check_name: e.passed for e in result.get_asset_check_evaluations()}["reports_told_apart"] is False


def test_a_report_saved_twice_is_a_finding_and_an_archive_is_quarantined(tmp_path):
    """A page saved under two names is read as two reports (nothing is lost), and reports_read_once names the later
    copy with the file it repeats; a zip of attachments is quarantined with what to do, and the other files go on."""
    from govpipeline_tests.lib.test_reports_on_one_page import SUMMARY

    raw = tmp_path / "raw"
    (raw / "copies").mkdir(parents=True)
    (raw / "a.txt").write_text(SUMMARY, encoding="utf-8")
    (raw / "copies" / "b.txt").write_text(SUMMARY, encoding="utf-8")
    (raw / "attachments.zip").write_bytes(b"PK\x03\x04" + bytes(40))
    db = tmp_path / "warehouse.duckdb"
    result = materialize_all(raw, db)
    assert query(db, "SELECT source_path FROM warehouse.documents ORDER BY 1") == [("a.txt",), ("copies/b.txt",)]
    assert query(db, "SELECT source_path, message FROM quality.findings WHERE check_name = 'reports_read_once'") == [
        ("copies/b.txt", "the same bytes as a.txt: the report is read twice")]
    assert {e.check_name: e.passed for e in result.get_asset_check_evaluations()}["reports_read_once"] is False
    assert query(db, "SELECT source_path, reason FROM warehouse.quarantine") == [
        ("attachments.zip", "attachments.zip: a zip archive is not opened; unpack its reports into the folder")]
    (raw / "copies" / "b.txt").unlink()
    materialize_all(raw, db)
    assert query(db, "SELECT count(*) FROM quality.findings WHERE check_name = 'reports_read_once'") == [(0,)]

