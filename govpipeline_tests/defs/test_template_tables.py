"""The template tables through the whole asset graph: cells, identities, ambiguities and years."""
import pytest

from govpipeline_tests import template_forms as forms
from govpipeline_tests.conftest import materialize_all, query


def _report(text: str, place: str, year: int, narrative_new: int = 108) -> str:
    text = text.replace("本机关依法做好政府信息公开工作。", f"本机关依法做好政府信息公开工作，全年共收到政府信息公开申请{narrative_new}件。")
    return text.replace("某县人民政府办公室2022年", f"{place}人民政府办公室{year}年").replace("2023-01-20", f"{year + 1}-01-20")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    raw = tmp_path_factory.mktemp("reports")
    (raw / "xiangtan_county_2022.txt").write_text(_report(forms.as_lines(), "湘潭县", 2022), encoding="utf-8")
    (raw / "xiangtan_county_2023.html").write_text(_report(forms.html_page(), "湘潭县", 2023), encoding="utf-8")
    broken = forms.as_lines(" | ", t3=forms.grid(break_new_received_total=True))
    (raw / "shaoshan_2022.txt").write_text(_report(broken, "韶山市", 2022, narrative_new=110), encoding="utf-8")
    (raw / "xiangxiang_2022.txt").write_text(_report(forms.flattened(), "湘乡市", 2022), encoding="gb18030")
    db = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    result = materialize_all(raw, db)
    return db, {e.check_name: e for e in result.get_asset_check_evaluations()}


def test_new_requests_by_region_and_year_in_one_query(warehouse):
    db, _ = warehouse
    rows = query(db, """
        SELECT d.region, d.report_year, c.value
        FROM warehouse.table_cells c JOIN warehouse.documents d USING (doc_id)
        WHERE c.table_id = 't3' AND c.row_key = 'new_received' AND c.column_key = 'total'
        ORDER BY d.region, d.report_year""")
    assert set(rows) == {("湘潭市湘潭县", 2022, 108.0), ("湘潭市湘潭县", 2023, 108.0), ("湘潭市湘乡市", 2022, 108.0),
                         ("湘潭市韶山市", 2022, 109.0)}


def test_documents_know_their_template(warehouse):
    db, _ = warehouse
    assert {r[0] for r in query(db, "SELECT template FROM warehouse.documents")} == {"2021"}


def test_cells_are_facts_linked_by_identity_sums(warehouse):
    db, _ = warehouse
    (n_cells, n_facts) = query(db, """
        SELECT count(*), count(f.fact_id) FROM warehouse.table_cells c
        LEFT JOIN warehouse.facts f USING (fact_id)
        JOIN warehouse.documents d ON d.doc_id = c.doc_id
        WHERE d.source_path = 'xiangtan_county_2022.txt' AND NOT c.derived""")[0]
    assert n_cells == n_facts == 200
    (metric, unit, kind, value) = query(db, """
        SELECT f.metric, f.unit, f.kind, f.value FROM warehouse.facts f JOIN warehouse.table_cells c USING (fact_id)
        JOIN warehouse.documents d ON d.doc_id = f.doc_id
        WHERE d.source_path = 'xiangtan_county_2022.txt' AND c.row_key = 'fees'""")[0]
    assert (unit, kind, value) == ("元", "amount", 125000.0) and "本年收费金额" in metric
    sums = query(db, """
        SELECT count(DISTINCT r.relation_id) FROM warehouse.relations r JOIN warehouse.table_cells c USING (fact_id)
        JOIN warehouse.documents d ON d.doc_id = r.doc_id
        WHERE d.source_path = 'xiangtan_county_2022.txt' AND r.relation_type = 'sum'""")[0][0]
    assert sums == 25 + 7 + 3  # row totals, （七） per column, 复议/诉讼 blocks


def test_quotes_of_cells_sit_at_their_offsets_in_the_page(warehouse):
    db, evaluations = warehouse
    assert evaluations["quotes_at_offsets"].passed
    assert evaluations["facts_complete_and_unique"].passed


def test_broken_identity_is_a_finding(warehouse):
    db, evaluations = warehouse
    assert not evaluations["template_identities"].passed
    rows = query(db, """SELECT d.source_path, q.expected, q.actual, q.message FROM quality.findings q
                        JOIN warehouse.documents d USING (doc_id) WHERE q.check_name = 'template_identities'
                        ORDER BY q.message""")
    assert {r[0] for r in rows} == {"shaoshan_2022.txt"}
    messages = " ".join(r[3] for r in rows)
    assert "new_received: 总计 against the six requester columns: 109 stated, the parts add up to 108" in messages
    assert "一 本年新收 109 + 二 上年结转 5 = 114, but 三（七）总计 107 + 四 结转下年度 6 = 113" in messages


def test_ambiguous_flattened_row_is_reported_with_candidates(warehouse):
    db, _ = warehouse
    ((path, message),) = query(db, """SELECT d.source_path, q.message FROM quality.findings q
                                      JOIN warehouse.documents d USING (doc_id)
                                      WHERE q.check_name = 'template_tables_parsed'""")
    assert path == "xiangxiang_2022.txt" and "12345" in message and "12 3 45" in message
    assert query(db, """SELECT count(*) FROM warehouse.table_cells c JOIN warehouse.documents d USING (doc_id)
                        WHERE d.source_path = 'xiangxiang_2022.txt' AND row_key = 'normative_documents'""") == [(0,)]


def test_cross_year_carry_over_and_documents_in_force(warehouse):
    db, _ = warehouse
    rows = query(db, """SELECT d.source_path, q.expected, q.actual, q.message FROM quality.findings q
                        JOIN warehouse.documents d USING (doc_id) WHERE q.check_name = 'template_cross_year'
                        ORDER BY q.message""")
    assert {r[0] for r in rows} == {"xiangtan_county_2023.html"}
    assert [(e, a) for _, e, a, m in rows if "上年结转" in m] == [(6.0, 5.0), (6.0, 5.0)]
    assert [(e, a) for _, e, a, m in rows if "现行有效" in m] == [(54.0, 45.0)]


def test_narrative_figure_against_the_table(warehouse):
    db, evaluations = warehouse
    linked = query(db, """SELECT d.source_path, count(DISTINCT r.relation_id) FROM warehouse.relations r
                          JOIN warehouse.documents d USING (doc_id) WHERE r.relation_type = 'narrative_table'
                          GROUP BY 1 ORDER BY 1""")
    assert dict(linked) == {"shaoshan_2022.txt": 1, "xiangtan_county_2022.txt": 1, "xiangtan_county_2023.html": 1,
                            "xiangxiang_2022.txt": 1}
    ((path, expected, actual),) = query(db, """SELECT d.source_path, q.expected, q.actual FROM quality.findings q
                                              JOIN warehouse.documents d USING (doc_id)
                                              WHERE q.check_name = 'narrative_matches_table'""")
    assert (path, expected, actual) == ("shaoshan_2022.txt", 109.0, 110.0)


def test_crawled_one_line_pages_through_the_graph(tmp_path):
    from govpipeline_tests.lib.test_tables import _flattened

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "one_line_2022.txt").write_text(_report(forms.one_line(), "湘乡市", 2022), encoding="gb18030")
    (raw / "statistics_2016.txt").write_text(_flattened("全年主动公开政府信息3561条。"), encoding="utf-8")
    (raw / "names_a_table_2015.txt").write_text(
        "某镇2015年政府信息公开工作年度报告\n全年主动公开政府信息120条。附件：政府信息公开情况统计表（略）\n", encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    result = materialize_all(raw, db)
    docs = dict((r[0], r[1:]) for r in query(
        db, "SELECT source_path, table_cells_expected, table_cells_read FROM warehouse.documents"))
    assert docs["one_line_2022.txt"] == (200, 197)
    assert docs["statistics_2016.txt"] == (None, None)
    (n, evidence), = query(db, """SELECT count(*), list(DISTINCT evidence ORDER BY evidence) FROM warehouse.table_cells
                                 JOIN warehouse.documents USING (doc_id)
                                 WHERE source_path = 'one_line_2022.txt' AND NOT derived""")
    assert (n, evidence) == (197, ["cells", "split"])  # 行政许可1580: one figure, one cell
    (value,), = query(db, """SELECT f.value FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id)
                            WHERE d.source_path = 'statistics_2016.txt' AND f.metric = '主动公开文件数|历年累计'""")
    assert value == 48210
    messages = {r for r in query(db, """SELECT d.source_path, q.message FROM quality.findings q
                                       JOIN warehouse.documents d USING (doc_id)
                                       WHERE q.check_name = 'template_tables_parsed'""")}
    assert any(p == "one_line_2022.txt" and "normative_documents" in m for p, m in messages)
    assert any(p == "names_a_table_2015.txt" and "no figure of it was read" in m for p, m in messages)
    assert not any(p == "statistics_2016.txt" for p, _ in messages)
    parsed = {e.check_name: e for e in result.get_asset_check_evaluations()}["template_tables_parsed"]
    assert not parsed.passed


def test_the_previous_years_report_settles_a_flattened_row_in_any_loading_order(tmp_path):
    earlier = forms.as_lines().replace("行政规范性文件\t12\t3\t45", "行政规范性文件\t10\t2\t36")
    files = {"county_2021.txt": _report(earlier, "湘潭县", 2021),
             "county_2022.txt": _report(forms.one_line(), "湘潭县", 2022)}  # 行政规范性文件12345: 36 + 12 - 3 = 45

    def build(raw, names, db):
        for name in names:
            (raw / name).write_text(files[name], encoding="utf-8")
        materialize_all(raw, db)
        return db

    cells_sql = """SELECT d.source_path, c.column_key, c.value, c.evidence FROM warehouse.table_cells c
                   JOIN warehouse.documents d USING (doc_id) WHERE c.row_key = 'normative_documents' ORDER BY 1, 2"""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    clean = build(tmp_path / "a", list(files), tmp_path / "clean.duckdb")
    halves = build(tmp_path / "b", ["county_2022.txt"], tmp_path / "halves.duckdb")
    assert query(halves, cells_sql) == []
    build(tmp_path / "b", ["county_2021.txt"], halves)
    for db in (clean, halves):
        assert query(db, cells_sql) == [
            ("county_2021.txt", "in_force", 36.0, "cells"), ("county_2021.txt", "issued", 10.0, "cells"),
            ("county_2021.txt", "repealed", 2.0, "cells"), ("county_2022.txt", "in_force", 45.0, "adjacent_years"),
            ("county_2022.txt", "issued", 12.0, "adjacent_years"),
            ("county_2022.txt", "repealed", 3.0, "adjacent_years")]
        assert query(db, "SELECT table_cells_read FROM warehouse.documents WHERE source_path = 'county_2022.txt'") \
            == [(200,)]
        assert query(db, """SELECT count(*) FROM quality.findings q JOIN warehouse.documents d USING (doc_id)
                            WHERE q.check_name = 'template_tables_parsed'""") == [(0,)]
        (quote, start, end, text), = query(db, """
            SELECT f.quote, f.start, f."end", t.normalized_text FROM warehouse.facts f
            JOIN warehouse.documents d USING (doc_id) JOIN warehouse.document_texts t USING (doc_id)
            WHERE d.source_path = 'county_2022.txt' AND f.metric_id = 't2.normative_documents.in_force'""")
        assert text[start:end] == quote == "45"


def test_a_bodys_flattened_reports_settle_each_other(tmp_path):
    # neither year prints its cells: 20|2|330 then 5|2|333 is the one pair of readings where 330 + 5 - 2 = 333
    raw = tmp_path / "raw"
    raw.mkdir()
    for year, cells in ((2021, "20\t2\t330"), (2022, "5\t2\t333")):
        text = forms.as_lines().replace("行政规范性文件\t12\t3\t45", f"行政规范性文件\t{cells}")
        (raw / f"county_{year}.txt").write_text(_report(forms.one_line(text), "湘潭县", year), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    materialize_all(raw, db)
    assert query(db, """SELECT d.source_path, c.column_key, c.raw, c.evidence FROM warehouse.table_cells c
                        JOIN warehouse.documents d USING (doc_id) WHERE c.row_key = 'normative_documents'
                        ORDER BY 1, 2""") == [
        ("county_2021.txt", "in_force", "330", "adjacent_years"), ("county_2021.txt", "issued", "20", "adjacent_years"),
        ("county_2021.txt", "repealed", "2", "adjacent_years"), ("county_2022.txt", "in_force", "333", "adjacent_years"),
        ("county_2022.txt", "issued", "5", "adjacent_years"), ("county_2022.txt", "repealed", "2", "adjacent_years")]


def test_a_report_that_kept_the_trial_formats_table_two_is_not_settled_by_the_2021_carry_over(tmp_path):
    # 2022 keeps the trial 表二 beside the 2021 表三: 规范性文件5540 is 本年新制作 5, 本年新公开 5, 对外公开总数 40, which
    # the carry-over of 现行有效件数 (40 + 5 - 5 = 40) would misread as 2021 columns
    raw = tmp_path / "raw"
    raw.mkdir()
    earlier = forms.as_lines().replace("行政规范性文件\t12\t3\t45", "行政规范性文件\t3\t1\t40")
    lines = forms.as_lines().split("\n")
    start = lines.index("二、主动公开政府信息情况") + 1
    end = next(i for i, line in enumerate(lines) if line.startswith("三、收到和处理"))
    lines[start:end] = forms.TRIAL_T2 + [""]
    for year, text in ((2021, earlier), (2022, forms.one_line("\n".join(lines)))):
        (raw / f"county_{year}.txt").write_text(_report(text, "湘潭县", year), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    materialize_all(raw, db)
    assert "规范性文件5540" in query(db, """SELECT t.normalized_text FROM warehouse.document_texts t
                                         JOIN warehouse.documents d USING (doc_id)
                                         WHERE d.source_path = 'county_2022.txt'""")[0][0]
    assert query(db, """SELECT count(*) FROM warehouse.table_cells WHERE evidence = 'adjacent_years'""") == [(0,)]
    assert query(db, """SELECT i.kind FROM warehouse.table_issues i JOIN warehouse.documents d USING (doc_id)
                        WHERE d.source_path = 'county_2022.txt' AND i.row_key = 'normative_documents'""") \
        == [("ambiguous",)]


def test_a_neighbour_that_fixes_only_the_in_force_count_settles_that_cell_and_the_row_stays_a_finding(tmp_path):
    # 2022 prints 8 issued, 1 repealed, 52 in force, so 2021's run 12345 is 12|3|45 or 1|23|45: 45 alone is known
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "county_2021.txt").write_text(_report(forms.one_line(), "湘潭县", 2021), encoding="utf-8")
    later = forms.as_lines().replace("行政规范性文件\t12\t3\t45", "行政规范性文件\t8\t1\t52")
    (raw / "county_2022.txt").write_text(_report(later, "湘潭县", 2022), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    materialize_all(raw, db)
    assert query(db, """SELECT d.source_path, c.column_key, c.raw, c.evidence FROM warehouse.table_cells c
                        JOIN warehouse.documents d USING (doc_id) WHERE c.row_key = 'normative_documents'
                          AND d.source_path = 'county_2021.txt'""") == [
        ("county_2021.txt", "in_force", "45", "adjacent_years")]
    (quote, start, end, text), = query(db, """
        SELECT f.quote, f.start, f."end", t.normalized_text FROM warehouse.facts f
        JOIN warehouse.documents d USING (doc_id) JOIN warehouse.document_texts t USING (doc_id)
        WHERE d.source_path = 'county_2021.txt' AND f.metric_id = 't2.normative_documents.in_force'""")
    assert text[start:end] == quote == "45" and text[start - 3:start] == "123"
    messages = query(db, """SELECT q.message FROM quality.findings q JOIN warehouse.documents d USING (doc_id)
                            WHERE q.check_name = 'template_tables_parsed' AND d.source_path = 'county_2021.txt'""")
    assert any("normative_documents" in m for m, in messages)  # 制发 and 废止 are still unread


def test_the_reports_text_and_the_next_year_together_settle_what_neither_does_alone(tmp_path):
    # 2021's run 12345 with 本年制发…12件 is 12|3|45 or 12|34|5; 2022's 8, 1, 52 allows 12|3|45 or 1|23|45
    raw = tmp_path / "raw"
    raw.mkdir()
    said = forms.one_line().replace("本机关依法做好政府信息公开工作。", "本机关依法做好政府信息公开工作。本年制发规范性文件12件。")
    (raw / "county_2021.txt").write_text(_report(said, "湘潭县", 2021), encoding="utf-8")
    later = forms.as_lines().replace("行政规范性文件\t12\t3\t45", "行政规范性文件\t8\t1\t52")
    (raw / "county_2022.txt").write_text(_report(later, "湘潭县", 2022), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    materialize_all(raw, db)
    assert query(db, """SELECT c.column_key, c.raw, c.evidence FROM warehouse.table_cells c
                        JOIN warehouse.documents d USING (doc_id) WHERE c.row_key = 'normative_documents'
                          AND d.source_path = 'county_2021.txt' ORDER BY 1""") == [
        ("in_force", "45", "adjacent_years"), ("issued", "12", "narrative"), ("repealed", "3", "adjacent_years")]
    assert query(db, """SELECT count(*) FROM quality.findings q JOIN warehouse.documents d USING (doc_id)
                        WHERE q.check_name = 'template_tables_parsed' AND d.source_path = 'county_2021.txt'""") \
        == [(0,)]
    assert query(db, "SELECT table_cells_read FROM warehouse.documents WHERE source_path = 'county_2021.txt'") \
        == [(200,)]


def test_requests_carried_over_are_placed_by_the_year_befores_requests_carried_forward(tmp_path):
    # 2022's page drops its blank cells: 上年结转 5 3 8 and 结转下年度 6 3 9 leave the 3 in any one of five 法人 columns
    # (the same in both rows, so every identity holds); 2021's report, read whole, carried 5 3 0 0 0 0 8 forward,
    # which places 2022's 3 under 商业企业 and its other columns empty
    raw = tmp_path / "raw"
    raw.mkdir()
    earlier = forms.as_lines().replace("一、本年新收政府信息公开申请数量\t106\t2\t0\t0\t0\t0\t108",
                                       "一、本年新收政府信息公开申请数量\t105\t5\t0\t0\t0\t0\t110") \
        .replace("四、结转下年度继续办理\t6\t0\t0\t0\t0\t0\t6", "四、结转下年度继续办理\t5\t3\t0\t0\t0\t0\t8")
    later = forms.as_lines().replace("二、上年结转政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5", "二、上年结转政府信息公开申请数量\t5\t3\t8") \
        .replace("四、结转下年度继续办理\t6\t0\t0\t0\t0\t0\t6", "四、结转下年度继续办理\t6\t3\t9")
    (raw / "county_2021.txt").write_text(_report(earlier, "醴陵市", 2021, 110), encoding="utf-8")
    title, *body = later.split("\n")
    page = title + "\n" + " ".join(line.replace("\t", " ") for line in body if line)  # one line, cells a space apart
    (raw / "county_2022.txt").write_text(_report(page, "醴陵市", 2022), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    materialize_all(raw, db)
    cells = query(db, """SELECT c.column_key, c.raw, c.evidence FROM warehouse.table_cells c
                         JOIN warehouse.documents d USING (doc_id) WHERE d.source_path = 'county_2022.txt'
                           AND c.row_key = 'carried_over' AND NOT c.derived ORDER BY 1""")
    assert cells == [("commercial", "3", "adjacent_years"), ("legal_services", None, "adjacent_years"),
                     ("natural_person", "5", "adjacent_years"), ("other", None, "adjacent_years"),
                     ("public_interest", None, "adjacent_years"), ("research", None, "adjacent_years"),
                     ("total", "8", "split")]  # the one cell every reading of 5 3 8 agrees on
    (quote, start, end, text), = query(db, """
        SELECT f.quote, f.start, f."end", t.normalized_text FROM warehouse.facts f
        JOIN warehouse.documents d USING (doc_id) JOIN warehouse.document_texts t USING (doc_id)
        WHERE d.source_path = 'county_2022.txt' AND f.metric_id = 't3.carried_over.commercial'""")
    assert text[start:end] == quote == "3" and text[start - 2:start] == "5 "
    messages = [m for m, in query(db, """SELECT q.message FROM quality.findings q JOIN warehouse.documents d USING
                                         (doc_id) WHERE q.check_name = 'template_tables_parsed'
                                           AND d.source_path = 'county_2022.txt'""")]
    assert not any("carried_over" in m for m in messages) and any("carried_forward" in m for m in messages)
    # 结转下年度 has no report of 2023 to place it: it stays a finding
    assert query(db, """SELECT i.kind FROM warehouse.table_issues i JOIN warehouse.documents d USING (doc_id)
                        WHERE d.source_path = 'county_2022.txt' AND i.row_key = 'carried_forward'""") \
        == [("ambiguous",)]
