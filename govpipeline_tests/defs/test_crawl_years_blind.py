"""Round 23, keyed before the code ran: a crawl's folder of two bodies' disclosure reports over the years, the 2021
template's tables in four forms (a crawled page run onto one line under the crawler's header and saved under the
page's name, .shtml; HTML tables; a PDF; tab text). First measured: the .shtml page was quarantined as a page with no
article (its text, holding no markup, was read as a page's), so 4 of 5 documents, 800 of 1,000 cells and 20 of 25
series values; the cross-year contradiction was named. Now all of them."""
import json
import shutil
from pathlib import Path

from govpipeline_tests.conftest import materialize_all, query

FIXTURES = Path(__file__).parents[1] / "fixtures"
KEY = json.loads((FIXTURES / "crawl_years_blind_key.json").read_text(encoding="utf-8"))
IDS = {"received": "disclosure_requests_received", "carried_over": "disclosure_requests_carried_over",
       "granted": "disclosure_answers_granted", "carried_forward": "disclosure_requests_carried_forward",
       "proactive": "proactive_disclosures"}


def test_a_crawls_folder_gives_each_bodys_series_over_the_years_and_names_the_contradicted_carry_over(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURES / "crawl_years_blind", raw)
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    documents = query(db, "SELECT source_path, body, region, report_year, table_cells_expected, table_cells_read "
                          "FROM warehouse.documents")
    assert {path: [body, region, year] for path, body, region, year, _, _ in documents} == KEY["documents"]
    assert {(expected, read) for *_, expected, read in documents} == {(KEY["table_cells"], KEY["table_cells"])}
    series = {(body, metric_id, year): value for body, metric_id, year, value in query(
        db, "SELECT body, metric_id, year, value FROM analytics.metric_series WHERE period = ''")}
    assert {(body, what, year): series.get((body, IDS[what], year)) for body, what, year, _ in KEY["series"]} == {
        (body, what, year): value for body, what, year, value in KEY["series"]}
    findings = query(db, "SELECT d.body, d.report_year, f.message FROM quality.findings f "
                         "JOIN warehouse.documents d USING (doc_id) WHERE f.check_name = 'template_cross_year'")
    assert {(body, year) for body, year, _ in findings} == {tuple(f) for f in KEY["cross_year_findings"]}
    assert sorted(message for *_, message in findings) == [
        "表三 natural_person: 上年结转 2 in 2023, but the 2022 report carried 3 forward",
        "表三 total: 上年结转 2 in 2023, but the 2022 report carried 3 forward"]
