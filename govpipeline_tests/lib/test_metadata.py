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
    norm = normalize_text(path.read_text(encoding="utf-8"))
    meta = extract_metadata(norm.text, norm.page_info)
    assert (meta.region, meta.report_year, meta.doc_type, meta.template, meta.publish_date) == EXPECTED[path.name[:3]]


def test_report_year_is_the_year_covered_not_published():
    text = "某县人民政府2020年政府信息公开工作年度报告\n发布日期：2021-01-28\n本报告由某县人民政府办公室编制。"
    meta = extract_metadata(text)
    assert meta.report_year == 2020 and meta.publish_date == "2021-01-28"
    assert meta.doc_type == "disclosure_annual_report" and meta.template == "2019_trial"


def test_template_from_table_labels():
    text = "2022年政府信息公开工作年度报告\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数"
    assert extract_metadata(text).template == "2021"


def test_region_named_in_the_title_wins_over_places_in_the_text():
    text = ("岳阳市2020年政府信息公开工作年度报告\n"
            "全年向长沙市、株洲市、湘潭市转办申请12件，学习长沙市、株洲市的经验，与长沙市签订协议。")
    assert extract_metadata(text).region == "岳阳市"


def test_region_from_the_text_when_the_title_names_no_place():
    # a body named by its level alone takes its place from the text only where the text points to one city
    text = ("市人民政府2020年政府信息公开工作年度报告\n本市平江县、华容县、临湘市共受理申请30件，"
            "其中平江县12件、华容县10件、临湘市8件。")
    meta = extract_metadata(text)
    assert (meta.region, meta.admin_level, meta.found_in["region"]) == ("岳阳市", "city", "text")
    # three mentions are no strong evidence: the place stays unknown
    meta = extract_metadata("市人民政府2020年政府信息公开工作年度报告\n本市平江县、华容县、临湘市共受理申请30件。")
    assert (meta.region, meta.body) == (None, None)


def test_county_in_the_title_is_placed_under_its_city():
    meta = extract_metadata("平江县2020年政府信息公开工作年度报告\n全县共受理申请8件。")
    assert (meta.region, meta.admin_level, meta.city) == ("岳阳市平江县", "county", "岳阳市")


def test_a_county_several_cities_have_is_the_one_under_the_city_named():
    meta = extract_metadata("杭州市西湖区转塘街道2023年政府信息公开工作年度报告\n一、总体情况")
    assert (meta.region, meta.region_code, meta.city, meta.issuer) == ("杭州市西湖区", "330106", "杭州市", "杭州市西湖区转塘街道")
    assert extract_metadata("南昌市西湖区2023年政府信息公开工作年度报告\n正文。").region_code == "360103"


def test_a_district_of_a_municipality_is_under_the_municipality():
    meta = extract_metadata("重庆市渝中区2023年第三季度12345热线运行情况通报\n第三季度，区12345热线共受理诉求8.6万件。")
    assert (meta.region, meta.admin_level, meta.province, meta.city) == ("重庆市渝中区", "county", "重庆市", "重庆市")
    meta = extract_metadata("仙桃市2023年政府信息公开工作年度报告\n正文。")
    assert (meta.region, meta.province, meta.city) == ("仙桃市", "湖北省", None)


def test_the_body_a_title_names_in_full_over_a_pages_short_source():
    text = "湘潭市岳塘区人民政府2023年政府信息公开工作年度报告\n发布时间：2024-01-18 来源：区政府办\n一、总体情况"
    assert extract_metadata(text).issuer == "湘潭市岳塘区人民政府"
    text = "关于2023年度工作情况的报告\n来源：湘潭市岳塘区政务服务中心\n正文。"
    assert extract_metadata(text).issuer == "湘潭市岳塘区政务服务中心"
    assert extract_metadata("成都市武侯区人民政府办公室关于2023年政务公开工作情况的报告\n正文。").issuer == "成都市武侯区人民政府办公室"
    assert extract_metadata("某市乡村振兴局2023年工作总结\n正文。").issuer == "某市乡村振兴局"


@pytest.mark.parametrize("title, doc_type", [
    ("某县人民政府关于2023年度法治政府建设情况的报告", "work_summary"),
    ("某县人民政府2023年法治政府建设情况报告", "work_summary"),
    ("2023年吉林市国民经济和社会发展统计公报", "statistical_bulletin"),
    ("关于某市2023年预算执行情况和2024年预算草案的报告", "budget_report"),
    ("关于2023年度市级预算执行和其他财政收支的审计工作报告", "audit_report"),
    ("成都市统计局2023年政府信息公开工作年度报告", "disclosure_annual_report"),
    ("关于2021年度政务服务工作情况的报告", "work_summary"),
    ("某市12345政务服务便民热线2023年度工作报告", "work_summary"),
    ("2023年度全市政务公开政务服务工作情况通报", "briefing"),
])
def test_genres_named_in_the_title(title, doc_type):
    assert extract_metadata(title + "\n正文。").doc_type == doc_type


def test_a_government_work_report_covers_the_year_before_its_session():
    text = ("2024年政府工作报告\n——2024年1月15日在平江县第十八届人民代表大会第四次会议上\n县长 某某\n各位代表：\n"
            "一、2023年工作回顾\n过去一年，全县地区生产总值完成320亿元。")
    meta = extract_metadata(text)
    assert (meta.report_year, meta.issuer, meta.region, meta.doc_type) == (
        2023, "平江县人民政府", "岳阳市平江县", "government_work_report")
    # a title that opens with its year names no issuer
    assert extract_metadata("2024年政府工作报告\n各位代表：现在我代表政府作报告。").issuer is None
    assert extract_metadata("某县2023年政府信息公开工作年度报告\n正文。").issuer is None  # not 某县2023年政府


@pytest.mark.parametrize("title, period", [
    ("某市12345政务服务便民热线2024年第三季度运行情况通报", "第三季度"),
    ("2024年一季度政务服务工作简报", "第一季度"),
    ("2024年第1季度政务公开工作通报", "第一季度"),
    ("某区2023年上半年工作总结和下半年工作打算", "上半年"),
    ("2024年1-9月份全市政务服务运行情况分析", "1-9月"),
    ("2024年1月-6月工作情况", "1-6月"),
    ("2024年10月份12345热线数据通报", "10月"),
    ("第二季度12345热线运行情况通报", "第二季度"),
    ("2024年1至12月工作情况通报", None),  # the whole year
    ("某市2023年政府信息公开工作年度报告", None),
    ("2024年度工作总结", None),
    ("关于2024年3月15日会议情况的通报", None),  # a date, not a month's report
])
def test_the_part_of_the_year_a_title_names(title, period):
    assert extract_metadata(title + "\n正文。").report_period == period
