"""Round 21, keyed before the code ran: year over year across one body's reports in three forms (a page crawled onto
one line, a PDF, a .docx) and a service centre's summaries (text, a page). Every stated change is checked against the
year before's report, and the one the earlier report contradicts is a finding."""
import json
import shutil
from pathlib import Path

from govpipeline_tests.conftest import materialize_all, query

FIXTURES = Path(__file__).parents[1] / "fixtures"
KEY = json.loads((FIXTURES / "yoy_blind_key.json").read_text(encoding="utf-8"))
# 通过县政府门户网站主动公开政府信息3206条 counts what one channel carried (proactive_disclosures_on_website): the
# catalog does not take a channel's figure for the whole, so that year has no comparison with the next's whole
CHANNEL_NOT_WHOLE = ("于都县人民政府", "主动公开政府信息", 2022)


def test_one_bodys_reports_compare_year_over_year_and_the_contradicted_change_is_a_finding(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURES / "yoy_blind", raw)
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    documents = query(db, "SELECT source_path, body, region, report_year FROM warehouse.documents")
    assert {path: [body, region, year] for path, body, region, year in documents} == KEY["bodies"]
    rows = query(db, """SELECT body, unit, year, value, previous_value, basis, consistent
                        FROM analytics.yoy_comparisons""")
    for body, what, unit, year, value, previous, consistent in KEY["comparisons"]:
        # a stated change implies the previous value (2 where the report before prints 3): only the comparison
        # with that report holds the printed one
        found = {(basis, agrees) for b, u, y, v, p, basis, agrees in rows
                 if (b, u, y) == (body, unit, year) and abs(v - value) < 1e-9 * value
                 and (basis == "stated" or abs(p - previous) <= 2e-3 * previous)}
        if (body, what, year) == CHANNEL_NOT_WHOLE:
            assert found == {("stated", None)}
            continue
        assert ("cross_document", consistent) in found, (body, what, year, found)
        assert ("stated", consistent) in found if consistent is not None else ("stated", None) not in found
    assert [(b, y, v) for b, u, y, v, p, basis, agrees in rows if agrees is False and basis == "cross_document"] == [
        ("于都县人民政府", 2023, 5.0)]
    findings = query(db, "SELECT message FROM quality.findings WHERE check_name = 'yoy_stated_matches_previous_report'")
    assert findings == [("发生政府信息公开行政复议 2023: the stated change 3件 (absolute difference) implies 2 for 2022, "
                         "but the 2022 report gives 3",)]
