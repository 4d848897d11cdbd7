import pytest

from govpipeline.lib.metadata import extract_metadata
from govpipeline.lib.normalize import normalize_text
from govpipeline_tests.conftest import RAW

EXPECTED = {  # what a reader of each bundled report records about it
    "000": ("益阳市", 2017, "briefing", None, "2018-03-05"),
    "001": ("阜新市", 2017, "disclosure_annual_report", "narrative", "2018-03-27"),
    "002": ("株洲市", 2018, "disclosure_annual_report", "narrative", "2019-03-22"),
    "003": ("长沙市雨花区", 2015, "work_summary", None, "2016-04-12"),
    "004": ("咸宁市", 2017, "briefing", None, None),
}


@pytest.mark.parametrize("path", sorted(RAW.glob("*.txt")), ids=lambda p: p.name[:3])
def test_sample_metadata(path):
    meta = extract_metadata(normalize_text(path.read_text(encoding="utf-8")).text)
    assert (meta.region, meta.report_year, meta.doc_type, meta.template, meta.publish_date) == EXPECTED[path.name[:3]]


def test_report_year_is_the_year_covered_not_published():
    text = "某县人民政府2020年政府信息公开工作年度报告\n发布日期：2021-01-28\n本报告由某县人民政府办公室编制。"
    meta = extract_metadata(text)
    assert meta.report_year == 2020 and meta.publish_date == "2021-01-28"
    assert meta.doc_type == "disclosure_annual_report" and meta.template == "2019_trial"


def test_template_from_table_labels():
    text = "2022年政府信息公开工作年度报告\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数"
    assert extract_metadata(text).template == "2021"
