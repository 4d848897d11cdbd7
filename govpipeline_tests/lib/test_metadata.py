import json

import pytest

from govpipeline.lib.metadata import (extract_metadata, extract_report_period, extract_title, file_title, former_body,
                                      normalize_body, renamed_bodies, report_spans, succeeded_bodies)
from govpipeline.lib.normalize import normalize_text
from govpipeline.lib.stages import extract_document, normalize_document, read_document
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


def test_a_census_is_of_its_reference_moment_whatever_years_it_compares():
    text = ("某州第五次全国经济普查公报（第一号）\n某州统计局\n2025年3月2日\n普查标准时点为2023年12月31日。与2018年第四次全国经济普查"
            "相比，2018年末有法人单位3.2万个，2018年从业人员18万人，比2018年增加1.1万个。")
    assert extract_metadata(text).report_year == 2023
    text = ("某县1%人口抽样调查主要数据公报\n本次调查以2015年11月1日零时为标准时点。全县常住人口比2010年增加2.1万人，"
            "2010年为51.6万人，2010年以来年均增长0.8%。")
    assert extract_metadata(text).report_year == 2015


def test_a_population_census_without_its_moment_sentence_is_of_its_census_year():
    # the bulletin names no year in its title; the years it compares with (2010, 2000) are many
    text = ("某区第六次全国人口普查主要数据公报\n某区统计局\n2011年5月10日\n全区常住人口为35.2万人，与2000年第五次全国人口普查"
            "的33.1万人相比，增加2.1万人。2000年家庭户规模为3.4人，2000年以来年均增长0.6%。")
    assert extract_metadata(text).report_year == 2010
    text = ("某市第七次全国人口普查公报（第二号）\n某市统计局\n2021年5月28日\n现将2020年11月1日零时全市常住人口的地区分布情况"
            "公布如下：与2010年相比，各县人口均有减少，2010年为186万人，2010年以来减少4万人。")
    assert extract_metadata(text).report_year == 2020


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
    assert meta.body == "岳阳市人民政府"  # the body named by its level, with the place now known
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
    # a department's budget as it publishes it, as its final accounts are
    ("某县水务局2023年部门预算公开说明", "budget_report"),
    ("某区卫生健康委员会2022年单位预算", "budget_report"),
    ("关于2024年某镇预算情况的说明", "budget_report"),
    ("关于2023年度市级预算执行和其他财政收支的审计工作报告", "audit_report"),
    ("成都市统计局2023年政府信息公开工作年度报告", "disclosure_annual_report"),
    ("某区2023年政府信息公开年报", "disclosure_annual_report"),  # by its short name
    # an account of its work to those above it is a summary of its work
    ("某县医疗保障局2023年工作汇报", "work_summary"),
    ("关于全县营商环境建设情况的汇报", "work_summary"),
    ("市领导听取我县重点项目建设工作汇报", "other"),
    ("关于2021年度政务服务工作情况的报告", "work_summary"),
    ("某市12345政务服务便民热线2023年度工作报告", "work_summary"),
    ("2023年度全市政务公开政务服务工作情况通报", "briefing"),
    # a press conference told as a transcript is a briefing too
    ("某县2024年上半年经济运行情况新闻发布会", "briefing"),
    # a place's statistics released by month or quarter are the statistical system's, as its bulletin is; a report on
    # a set of firms' business is not
    ("2022年1-5月全区经济运行简况", "statistical_bulletin"),
    ("2021年上半年临水县国民经济运行情况", "statistical_bulletin"),
    ("关于2023年全市工业企业经济运行情况的报告", "work_summary"),
    # the bulletins of a place's environment, water or census are statistics as its 统计公报 is; a gazette is none
    ("2022年永丰县环境质量状况公报", "statistical_bulletin"),
    ("某市2021年度水资源公报", "statistical_bulletin"),
    ("2020年某区森林资源公报", "statistical_bulletin"),
    ("某州第七次全国人口普查公报（第一号）", "statistical_bulletin"),
    ("某市第五次全国经济普查主要数据公报", "statistical_bulletin"),
    ("某县2022年人口变动情况抽样调查主要数据公报", "statistical_bulletin"),
    ("某县人民政府公报2023年第4期", "other"),
    ("某市人大常委会公报", "other"),
    # a service's account of its own running is a summary of its work, its 通报 a briefing
    ("2023年10月份某区政务服务中心运行情况", "work_summary"),
    ("某县12345便民服务热线2022年度运行分析报告", "work_summary"),
    ("2023年1-6月全区经济运行分析", "other"),
])
def test_genres_named_in_the_title(title, doc_type):
    assert extract_metadata(title + "\n正文。").doc_type == doc_type


def test_a_sites_list_of_reports_is_a_list_page_not_one_of_its_reports():
    entries = "".join(f"临江区{y}年政府信息公开工作年度报告{y + 1}-01-2{y % 7}\n" for y in range(2023, 2018, -1))
    meta = extract_metadata("政府信息公开年报\n" + entries)
    assert (meta.doc_type, meta.title, meta.report_year) == ("list_page", None, None)


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
    ("2024年1-8月全市外经贸运行快报", "1-8月"),  # a 快报 names its months like a 简报
    ("2023年前三季度某区经济运行简况", "前三季度"),  # and so does a 统计局's 简况
    ("2024年1-9月全县经济运行分析", "1-9月"),  # an 分析 (经济运行分析), a 月报 and a 季报 name theirs too
    ("某市12345热线2024年11月运行月报", "11月"),
    ("2024年第二季度政务服务数据季报", "第二季度"),
    ("第二季度12345热线运行情况通报", "第二季度"),
    ("2024年1至12月工作情况通报", None),  # the whole year
    ("某市2023年政府信息公开工作年度报告", None),
    ("2024年度工作总结", None),
    ("关于2024年3月15日会议情况的通报", None),  # a date, not a month's report
])
def test_the_part_of_the_year_a_title_names(title, period):
    assert extract_metadata(title + "\n正文。").report_period == period


def test_a_first_line_with_no_title_word_still_names_the_months_it_covers():
    """A headline that reads like a title, though no title word ends it, names the part of the year its figures cover;
    a sentence does not."""
    meta = extract_metadata("2024年1-8月全区主要经济指标\n\n1-8月，全区规模以上工业增加值增长5.9%。")
    assert (meta.title, meta.report_period) == (None, "1-8月")
    assert extract_metadata("2023年前三季度全县经济运行数据\n\n前三季度，全县…").report_period == "前三季度"
    assert extract_metadata("2024年1-8月，全区规模以上工业增加值增长5.9%。\n下一段。").report_period is None


# ---------------------------------------------------------------------------------------------- crawled pages
def read_page(page: str):
    """Metadata of a page as the pipeline reads it: normalized, its header lines taken out of the text."""
    norm = normalize_text(page)
    return norm, extract_metadata(norm.text, norm.page_info)


CRAWLER_PAGE = (
    "标题: 兰考县人民政府2023年政府信息公开工作年度报告_兰考县人民政府门户网站\n"
    "发布时间: 2024-01-26 16:05\n"
    "文号: 兰政办〔2024〕7号\n"
    "发布机构: 兰考县人民政府办公室\n"
    "来源: 兰考县人民政府\n"
    "栏目: 政府信息公开年度报告\n"
    "原文链接: http://www.example.gov.cn/art/2024/1/26/art_3301_88.html\n"
    "==========================================\n"
    "本报告根据《中华人民共和国政府信息公开条例》要求编制。\n"
    "一、总体情况\n2023年，全县共受理政府信息公开申请46件。\n"
)


def test_a_crawler_header_gives_the_fields_and_leaves_the_text():
    norm, meta = read_page(CRAWLER_PAGE)
    assert meta.title == "兰考县人民政府2023年政府信息公开工作年度报告"  # no 标题: label, no site name
    assert (meta.publish_date, meta.report_year, meta.issuer) == ("2024-01-26", 2023, "兰考县人民政府办公室")
    assert meta.source_url == "http://www.example.gov.cn/art/2024/1/26/art_3301_88.html"
    assert (meta.body, meta.region, meta.region_code) == ("兰考县人民政府", "开封市兰考县", "410225")
    assert meta.found_in == {"title": "header", "publish_date": "header", "issuer": "header", "body": "title",
                             "report_year": "title", "region": "title", "source_url": "header"}
    assert norm.text.startswith("本报告根据") and "〔2024〕" not in norm.text and "http" not in norm.text
    # every character left maps back to the same character of the page
    assert all(CRAWLER_PAGE[norm.offsets.source_start(i)] == ch for i, ch in enumerate(norm.text) if ch != "\n")


def test_a_breadcrumb_and_info_line_on_one_line():
    page = ("当前位置： 首页 > 政务公开 > 工作总结 来源：嵊州市行政审批局 时间：2023-03-15 09:20 微信 微博 【打印】\n"
            "2022年度工作总结\n2022年，我局共办理审批服务事项3.2万件。\n")
    norm, meta = read_page(page)
    assert norm.text.startswith("2022年度工作总结")
    assert (meta.title, meta.publish_date, meta.report_year) == ("2022年度工作总结", "2023-03-15", 2022)
    assert (meta.issuer, meta.body, meta.region_code, meta.admin_level) == (
        "嵊州市行政审批局", "嵊州市行政审批局", "330683", "county")
    assert meta.found_in["region"] == "header" and meta.found_in["title"] == "text"


def test_an_info_line_under_the_title():
    page = ("永嘉县政务服务中心2021年工作总结\n发布日期：2022-02-08 信息来源：永嘉县政务服务中心 浏览次数：1024\n"
            "2021年，中心共受理办件15万件。\n")
    norm, meta = read_page(page)
    assert norm.text == "永嘉县政务服务中心2021年工作总结\n2021年，中心共受理办件15万件。"
    assert (meta.publish_date, meta.body, meta.region_code) == ("2022-02-08", "永嘉县政务服务中心", "330324")


def test_an_accounts_article_gives_its_byline_date_and_drops_its_widgets():
    page = ("望谟县卫生健康局2023年政府信息公开工作年度报告\n转载 望谟卫健 2024-02-02 09:15\n点击上方“望谟卫健”关注我们\n"
            "2023年，我局主动公开信息402条。\n阅读原文\n阅读 1.2万 在看 31 点赞 8\n写留言 分享 收藏\n")
    norm, meta = read_page(page)
    assert norm.text.split() == ["望谟县卫生健康局2023年政府信息公开工作年度报告", "2023年，我局主动公开信息402条。"]
    assert (meta.title, meta.publish_date, meta.report_year) == (
        "望谟县卫生健康局2023年政府信息公开工作年度报告", "2024-02-02", 2023)


def test_a_one_line_page_whose_info_line_runs_onto_its_title():
    page = ("当前位置：首页 > 信息公开 > 年报\n"
            "嘉鱼县水利和湖泊局2021年政府信息公开工作年度报告发布时间：2022-01-27 来源：县水利和湖泊局 "
            "一、总体情况2021年，我局主动公开信息96条。二、主动公开政府信息情况…\n")
    _, meta = read_page(page)
    assert (meta.title, meta.publish_date, meta.report_year) == (
        "嘉鱼县水利和湖泊局2021年政府信息公开工作年度报告", "2022-01-27", 2021)


def test_a_header_value_that_names_no_body_or_date_is_not_taken():
    page = "标题：某镇2023年工作总结\n来源：本网\n发布时间：2023-13-45\n----\n正文共三段。\n"
    _, meta = read_page(page)
    assert (meta.title, meta.issuer, meta.publish_date, meta.region) == ("某镇2023年工作总结", None, None, None)


@pytest.mark.parametrize("title, body", [
    ("青禾新区管委会2023年政府信息公开工作年度报告", "青禾新区管理委员会"),
    ("岚川经济技术开发区管理委员会2022年工作总结", "岚川经济技术开发区管理委员会"),
    ("澄溪高新技术产业开发区管委会关于2023年度法治政府建设情况的报告", "澄溪高新技术产业开发区管理委员会"),
    ("鹤汀综合实验区管理委员会2023年政府信息公开工作年度报告", "鹤汀综合实验区管理委员会"),
    ("青禾区政务服务数据管理局2023年工作总结", "青禾区政务服务数据管理局"),
])
def test_bodies_outside_the_gazetteer_keep_their_name_and_no_region(title, body):
    # invented places (a stand-in, 某某, names no body); the text names real places the body deals with, none of
    # them its place
    text = (title + "\n全年接待绵阳市、景洪市、桐庐县、建德市考察团12批，与苏州市、弥勒市签订合作协议3份，"
            "赴绵阳市、苏州市学习2次。\n")
    _, meta = read_page(text)
    assert (meta.body, meta.region, meta.region_code) == (body, None, None)
    assert meta.found_in["body"] == "title" and "region" not in meta.found_in


def test_a_zone_named_after_its_city_belongs_to_the_city():
    _, meta = read_page("绵阳高新技术产业开发区管委会2023年工作总结\n正文。\n")
    assert (meta.body, meta.region, meta.admin_level) == ("绵阳高新技术产业开发区管理委员会", "绵阳市", "city")
    # a county of that name elsewhere is no part of a zone of another city
    _, meta = read_page("苏州江北新区管理委员会2023年工作总结\n正文。\n")
    assert (meta.region, meta.region_code) == ("苏州市", "320500")


def test_a_report_naming_many_other_places_keeps_its_own():
    text = ("文成县人民政府2023年政府信息公开工作年度报告\n"
            + "全年学习苏州市、绵阳市、景洪市经验，与桐庐县、建德市、弥勒市、青田县开展合作。" * 4 + "\n")
    _, meta = read_page(text)
    assert (meta.region_code, meta.body) == ("330328", "文成县人民政府")
    # a body named by its level alone, in a text of many places: no region, and no body that could meet another's
    _, meta = read_page("县行政审批局2023年工作总结\n" + text.split("\n")[1] + "\n")
    assert (meta.region, meta.body) == (None, None)


def test_a_place_the_title_merely_mentions_is_not_the_region():
    page = "标题：关于赴苏州市学习考察营商环境建设的报告\n发布机构：青禾县发展和改革局\n-----\n考察组一行5人。\n"
    _, meta = read_page(page)
    assert (meta.region, meta.body, meta.found_in["body"]) == (None, "青禾县发展和改革局", "header")


def test_a_county_name_several_cities_have_needs_its_city():
    assert read_page("鼓楼区人民政府2023年政府信息公开工作年度报告\n正文。\n")[1].region is None
    _, meta = read_page("鼓楼区人民政府2023年政府信息公开工作年度报告\n福州市鼓楼区全年受理申请9件。\n")
    assert meta.region_code == "350102"


@pytest.mark.parametrize("text, code", [
    # the text names a namesake's city or province for another reason: no evidence of which one this is
    ("一、总体情况\n2022年，受理来自南京市的申请人3件、江苏省其他地区的5件。\n", None),
    ("一、总体情况\n2022年，选派2人赴徐州市跟班学习，向开封市档案馆移交档案12卷。\n", None),
    # named with its city outside a sentence on a partner: that one
    ("一、总体情况\n2022年，福州市鼓楼区主动公开信息312条。\n", "350102"),
    ("一、总体情况\n2022年，福州鼓楼区主动公开信息312条。\n", "350102"),
    # named with its city only in a sentence on a partner: not this one
    ("一、总体情况\n2022年，我区与南京市鼓楼区结对共建，交流政务公开经验。\n", None),
    # the city's leadership a district's report credits: its own city
    ("一、总体情况\n2022年，在福州市委、市政府的坚强领导下，我区主动公开信息312条。\n", "350102"),
    ("一、总体情况\n2022年，在福州市委市政府的正确领导下，我区主动公开信息312条。\n", "350102"),
    # a city's party school is no leadership
    ("一、总体情况\n2022年，选派3人参加徐州市委党校政务公开专题培训。\n", None),
])
def test_a_shared_district_name_is_told_apart_only_by_its_city_named_with_it(text, code):
    _, meta = read_page("鼓楼区卫生健康局2022年政府信息公开工作年度报告\n发布时间：2023-01-20\n" + text)
    assert meta.region_code == code
    assert meta.body == ("鼓楼区卫生健康局" if code else None)  # an unknown 鼓楼区's body would meet the others'


@pytest.mark.parametrize("footer, code", [
    ("主办单位：开封市鼓楼区人民政府办公室\n豫ICP备05001234号\n", "410204"),  # the site's owner names the city
    ("主办单位：河南省人民政府办公厅\n", "410204"),  # a province's portal: the one 鼓楼区 of that province
    ("主办单位：江苏省人民政府办公厅\n", None),  # two 鼓楼区 in that province
    ("主办单位：开封市人民政府办公室\n", "410204"),
    ("主办单位：洛阳市人民政府办公室\n", None),  # the site's owner names another city: none, not the text's
])
def test_a_shared_district_name_is_told_apart_by_the_sites_owner(footer, code):
    _, meta = read_page("鼓楼区人民政府2022年政府信息公开工作年度报告\n发布时间：2023-01-20\n"
                        "一、总体情况\n2022年，我区受理福州市鼓楼区转来的申请2件。\n" + footer)
    assert meta.region_code == code


def test_an_icp_records_province_only_rules_out():
    # alone it picks no 鼓楼区, though it leaves one
    _, alone = read_page("鼓楼区人民政府2022年政府信息公开工作年度报告\n发布时间：2023-01-20\n一、总体情况\n"
                         "2022年，我区主动公开信息312条。\n豫ICP备05001234号\n")
    assert alone.region_code is None
    # a district the text names with its city, on a site recorded in another province: none
    named = "鼓楼区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，福州市鼓楼区主动公开信息312条。\n"
    assert read_page(named + "闽ICP备05001234号\n")[1].region_code == "350102"
    assert read_page(named + "苏ICP备05001234号\n")[1].region_code is None
    # a place the text's names point to, in another province than the site's record: none
    counted = ("2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我市在漳州市芗城区、龙文区、龙海区、"
               "长泰区、漳浦县开展政务公开标准化试点，漳州市主动公开信息1200条。\n")
    assert read_page(counted)[1].region_code == "350600"
    assert read_page(counted + "闽ICP备05001234号\n")[1].region_code == "350600"
    assert read_page(counted + "京ICP备05001234号\n")[1].region_code is None
    # a place the title names without a namesake stands whatever site copied it
    assert read_page("漳州市人民政府2022年政府信息公开工作年度报告\n正文。\n京ICP备05001234号\n")[1].region_code == "350600"


@pytest.mark.parametrize("title, source, owner, code, body", [
    # on its own committee's site, the committee; short kinds in full
    ("经开区管委会", "经开区管委会", "主办单位：长春经济技术开发区管理委员会\n", "220100", "长春经济技术开发区管理委员会"),
    ("高新区", "高新区党政办", "主办单位：绵阳市人民政府办公室\n", "510700", "高新技术产业开发区党政办"),
    ("高新区", "高新区党政办", "", None, None),  # which city's 高新区 is not said: its body would meet the others'
    ("新区管委会", "新区管委会", "主办单位：四川省人民政府办公厅\n", None, None),  # a province has many
])
def test_a_zone_named_by_its_kind_alone_takes_the_sites_owners_place(title, source, owner, code, body):
    _, meta = read_page(f"{title}2022年政府信息公开工作年度报告\n发布时间：2023-01-20  来源：{source}\n"
                        "一、总体情况\n2022年，我区主动公开信息86条，与成都高新区、西安高新区交流合作。\n" + owner)
    assert (meta.region_code, meta.body) == (code, body)


def test_departments_of_one_region_are_different_bodies_of_one_place():
    pages = {
        "青田县人民政府2023年政府信息公开工作年度报告": "青田县人民政府",
        "青田县政府2022年政府信息公开工作年度报告": "青田县人民政府",  # one body, however the title spells it
        "青田县行政审批局2023年工作总结": "青田县行政审批局",
        "青田县政务服务数据管理局2023年政务服务工作情况的报告": "青田县政务服务数据管理局",
    }
    metas = {title: read_page(title + "\n正文。\n")[1] for title in pages}
    assert {t: m.body for t, m in metas.items()} == pages
    assert {m.region_code for m in metas.values()} == {"331121"}


def test_a_body_the_title_names_by_its_level_takes_its_place_from_the_issuer():
    page = "标题：区行政审批局2023年工作总结\n发布机构：乐清市区行政审批局\n来源：乐清市人民政府\n-----\n正文。\n"
    _, meta = read_page(page)
    assert meta.body == "乐清市区行政审批局" and meta.region_code == "330382"
    assert (meta.found_in["body"], meta.found_in["region"]) == ("header", "header")


def test_the_body_a_report_says_compiled_it():
    text = ("2023年政府信息公开工作年度报告\n本报告由泰顺县人民政府办公室负责编制，内容包括总体情况。\n"
            "全年主动公开信息1200条。\n")
    _, meta = read_page(text)
    assert (meta.issuer, meta.body, meta.region_code) == ("泰顺县人民政府办公室", "泰顺县人民政府办公室", "330329")
    assert meta.found_in["region"] == "text"


def test_header_lines_give_no_facts_and_facts_keep_their_source_offsets():
    page = CRAWLER_PAGE.replace("发布时间: 2024-01-26 16:05", "发布时间: 2024-01-26 16:05 浏览次数：3561")
    raw = read_document("crawled/lankao_2023.txt", page.encode("utf-8"))
    [norm] = normalize_document(raw)
    assert (norm["error"], norm["body"], norm["source_url"]) == (None, "兰考县人民政府", CRAWLER_PAGE[
        CRAWLER_PAGE.index("http"):CRAWLER_PAGE.index(".html") + 5])
    assert json.loads(norm["metadata_found_in"])["title"] == "header"
    _, facts, *_ = extract_document(norm)
    assert [(f["quote"], f["value"]) for f in facts] == [("46件", 46.0)]
    assert all(page[f["source_start"]:f["source_end"]] == f["quote"] for f in facts)


def test_a_places_own_report_posted_by_its_government_office_is_the_governments():
    bodies = set()
    for page in ("标题：建德市2022年政府信息公开工作年度报告\n发布机构：建德市政府办公室\n-----\n正文。\n",
                 "建德市人民政府2023年政府信息公开工作年度报告\n来源：建德市人民政府办公室\n正文。\n"):
        bodies.add(read_page(page)[1].body)
    assert bodies == {"建德市人民政府"}
    # a report of the office itself stays the office's
    assert read_page("建德市人民政府办公室2023年工作总结\n正文。\n")[1].body == "建德市人民政府办公室"


def test_an_unlabelled_breadcrumb_a_font_widget_and_a_short_source():
    page = ("首页 > 政务公开 > 年度报告\n【字体：大 中 小】\n青禾区2022年政府信息公开工作年度报告\n"
            "发布时间：2023-01-30 来源：区政府办 字号：大 中 小\n本报告由青禾区人民政府办公室编制。全年受理申请7件。\n")
    norm, meta = read_page(page)
    assert norm.text == "青禾区2022年政府信息公开工作年度报告\n本报告由青禾区人民政府办公室编制。全年受理申请7件。"
    assert ("当前位置", "首页 > 政务公开 > 年度报告") in norm.page_info
    assert (meta.title, meta.publish_date) == ("青禾区2022年政府信息公开工作年度报告", "2023-01-30")
    # the page's 区政府办 names no place; the report names its compiler in full, and it is the district's own report
    assert (meta.issuer, meta.found_in["issuer"]) == ("青禾区人民政府办公室", "text")
    assert (meta.body, meta.region) == ("青禾区人民政府", None)


def test_a_party_committee_belongs_to_its_place():
    _, meta = read_page("标题：2023年度工作总结\n发布机构：中共桐庐县委办公室\n-----\n正文。\n")
    assert (meta.body, meta.region_code) == ("中共桐庐县委办公室", "330122")
    _, meta = read_page("中共建德市委2023年工作总结\n正文。\n")
    assert (meta.body, meta.region_code) == ("中共建德市委", "330182")


@pytest.mark.parametrize("path", sorted(RAW.glob("*.txt")), ids=lambda p: p.name[:3])
def test_a_crawler_header_over_a_report_changes_no_fact(path):
    text = path.read_text(encoding="utf-8")
    header = ("标题: 某某文章标题2020年工作报告\n发布时间: 2021-02-03 08:00\n文号: 某办〔2021〕1号\n来源: 本网\n"
              "原文链接: https://www.example.gov.cn/a/1.html\n" + "-" * 30 + "\n")
    rows = [normalize_document(read_document(path.name, page.encode("utf-8")))[0] for page in (text, header + text)]
    plain, crawled = ([(f["quote"], f["value"], f["metric"], f["source_start"]) for f in extract_document(r)[1]]
                      for r in rows)
    assert crawled == [(q, v, m, s + len(header)) for q, v, m, s in plain]
    assert (rows[1]["title"], rows[1]["publish_date"].isoformat(), rows[1]["source_url"]) == (
        "某某文章标题2020年工作报告", "2021-02-03", "https://www.example.gov.cn/a/1.html")


def test_the_portal_that_posted_a_report_is_not_its_place():
    # a zone's report on its city's portal: the zone's place is not known from its name
    page = "标题：某某新区管委会2023年工作总结\n发布机构：金华市人民政府\n-----\n正文。\n"
    assert read_page(page)[1].region is None
    # a district bureau named by its level alone, posted by a city: the city is not the district
    page = "标题：区行政审批局2023年工作总结\n发布机构：金华市人民政府\n-----\n正文。\n"
    assert read_page(page)[1].region is None
    # a county bureau named by its level alone, posted by its county
    page = "标题：县行政审批局2023年工作总结\n发布机构：泰顺县人民政府\n-----\n正文。\n"
    meta = read_page(page)[1]
    assert (meta.region_code, meta.found_in["region"], meta.body) == ("330329", "header", "泰顺县行政审批局")


def test_a_report_year_read_off_the_publish_date_says_where_that_was_found():
    _, meta = read_page("标题：工作总结\n发布时间：2022-01-15\n-----\n全局上下团结一心，圆满完成各项任务。\n")
    assert (meta.report_year, meta.found_in["report_year"]) == (2021, "header")
    _, meta = read_page("工作总结\n2021年，全局上下团结一心。\n")
    assert (meta.report_year, meta.found_in["report_year"]) == (2021, "text")


def test_renamed_bodies_by_region_years_and_function_words():
    reports = [
        ("330500", "湖州市政务服务管理局", 2021), ("330500", "湖州市政务服务管理局", 2022),
        ("330500", "湖州市政务服务和数据管理局", 2023),
        # bodies the 2018 reform merged (文化局 and 旅游局 into 文化和旅游局, body_reforms.yaml) are none of the new
        # body's series, though one's words lie inside its name (this line had joined 文化局 before the table)
        ("330500", "湖州市文化局", 2017), ("330500", "湖州市旅游局", 2017), ("330500", "湖州市文化和旅游局", 2019),
        # a government and its office are two bodies; so are two bureaus that report in the same year
        ("330500", "湖州市人民政府", 2022), ("330500", "湖州市人民政府办公室", 2023),
        ("330500", "湖州市财政局", 2022), ("330500", "湖州市财政监督局", 2022),
        # one region only, and a known one
        ("330600", "绍兴市自然资源局", 2019), ("330700", "绍兴市自然资源和规划局", 2020),
        (None, "某某新区管理局", 2021), (None, "某某新区建设管理局", 2022),
        # a name joins one successor: the two that report in 2022 are two bodies
        ("330200", "宁波市行政审批局", 2021), ("330200", "宁波市行政审批服务局", 2022), ("330200", "宁波市行政审批管理局", 2022),
        # a district name two provinces share, spelled from the district: its region tells which 鼓楼区 it is
        ("350102", "鼓楼区自然资源局", 2021), ("350102", "鼓楼区自然资源和规划局", 2022),
    ]
    assert renamed_bodies(reports) == {
        ("330500", "湖州市政务服务管理局"): "湖州市政务服务和数据管理局",
        ("330500", "湖州市政务服务和数据管理局"): "湖州市政务服务和数据管理局",
        ("330200", "宁波市行政审批局"): "宁波市行政审批服务局",
        ("330200", "宁波市行政审批服务局"): "宁波市行政审批服务局",
        ("350102", "鼓楼区自然资源局"): "鼓楼区自然资源和规划局",
        ("350102", "鼓楼区自然资源和规划局"): "鼓楼区自然资源和规划局",
    }


def test_a_work_report_whose_title_names_no_year_reports_on_the_year_before_its_session():
    session = "政府工作报告\n——2024年1月16日在某市第九届人民代表大会第四次会议上\n各位代表：\n"
    assert extract_metadata(session + "过去一年，全市地区生产总值增长6%。今年预期增长6%左右。", []).report_year == 2023
    assert extract_metadata(session + "一、2023年工作回顾\n全市经济运行稳中向好。", []).report_year == 2023


def test_a_title_spaced_out_a_character_a_piece_is_read_whole():
    text = ("统 计 工 作 总 结\n——2021年12月28日在某县统计工作会议上\n同志们：\n一、2021年工作回顾\n全年完成调查任务36项。")
    assert extract_title(text) == "统计工作总结"


def test_a_work_report_titled_with_its_session_year_reviews_the_year_a_joint_heading_names():
    """A heading that joins the year to the plan period it closes (2025年及“十四五”工作回顾) still names the year
    reviewed: a title's year is the session's, the report is of the year before."""
    for heading in ("一、2025年及“十四五”时期工作回顾", "一、2025年和“十四五”工作回顾"):
        text = f"某市2026年政府工作报告\n——2026年1月20日在某市第十届人民代表大会第一次会议上\n{heading}\n全市经济平稳。"
        assert extract_metadata(text, []).report_year == 2025


def test_a_standing_committees_report_to_the_session_reports_on_the_year_it_looks_back_on():
    """Not only the government reports to the congress in January: its standing committee (and a 政协's to its own
    session) looks back on 过去一年 too, under a title that names no year, and speaks of the coming year most."""
    session = "某县人民代表大会常务委员会工作报告\n——2026年1月8日在某县第九届人民代表大会第六次会议上\n各位代表：\n"
    text = session + "一、过去一年的主要工作\n召开常委会会议7次。\n二、2026年主要任务\n2026年是开局之年，2026年要做好换届。"
    assert extract_metadata(text, []).report_year == 2025
    # a report at a standing committee's session on a named year keeps it; one that reviews no year keeps the rule
    # of the text's years
    audit = "关于某县2025年度预算执行的审计工作报告\n——2026年8月26日在某县第九届人民代表大会常务委员会第三十次会议上\n"
    assert extract_metadata(audit + "过去一年，审计查出问题金额1亿元。", []).report_year == 2025
    assert extract_metadata(session + "2026年，要开好换届选举会议。2026年要办好实事。", []).report_year == 2026


def test_a_sites_banner_is_not_joined_to_a_title_that_names_its_own_body():
    """A title over two lines is joined only where the second line names no body: a city portal's banner above a
    district's report stays out of its title, so the report keeps the district."""
    page = "宁波市人民政府\n2023年鄞州区政府信息公开工作年度报告\n2023年，鄞州区主动公开政府信息1234条。\n"
    _, meta = read_page(page)
    assert (meta.title, meta.region_code) == ("2023年鄞州区政府信息公开工作年度报告", "330212")
    _, meta = read_page("宁海县人民政府\n2023年政府信息公开工作年度报告\n2023年，全县主动公开政府信息1234条。\n")
    assert (meta.title, meta.region_code) == ("宁海县人民政府2023年政府信息公开工作年度报告", "330226")


def test_a_towns_reports_form_one_series_however_its_title_names_it():
    """A town named alone in its title (posted by its county) and named with its county and 人民政府 are one body."""
    alone = "百江镇2023年政府信息公开工作年度报告\n发布日期：2024-01-18  来源：桐庐县人民政府\n2023年，全镇主动公开信息12条。\n"
    full = "桐庐县百江镇人民政府2022年政府信息公开工作年度报告\n发布日期：2023-01-18\n2022年，全镇主动公开信息12条。\n"
    bodies = {(read_page(page)[1].body, read_page(page)[1].region_code) for page in (alone, full)}
    assert bodies == {("桐庐县百江镇人民政府", "330122")}
    assert read_page("樟潭街道2023年政府信息公开工作年度报告\n来源：衢江区人民政府\n2023年。\n")[1].body == "衢江区樟潭街道办事处"


def test_a_title_with_its_year_in_chinese_numerals_is_read_as_printed():
    meta = extract_metadata("某市12345热线二〇二四年上半年运行情况通报\n2024年上半年，共受理群众诉求18.6万件。\n")
    assert (meta.title, meta.report_year, meta.report_period) == ("某市12345热线二〇二四年上半年运行情况通报", 2024, "上半年")


def test_a_titles_site_is_cut_whether_named_as_a_site_or_as_the_body_that_runs_it():
    for suffix in ("｜某市人民政府", "_某市人民政府门户网站", " - 某市人民政府网"):
        _, meta = read_page(f"某市农业农村局2023年政府信息公开工作年度报告{suffix}\n发布时间：2024-01-26\n"
                            "2023年，我局主动公开政府信息96条。\n")
        assert meta.title == "某市农业农村局2023年政府信息公开工作年度报告"
    # what follows a bar with a year or a title word of its own is part of the title
    _, meta = read_page("某市政府信息公开工作年度报告｜2023年度\n2023年，全市主动公开政府信息96条。\n")
    assert meta.title == "某市政府信息公开工作年度报告｜2023年度"


def test_a_body_named_after_a_citys_short_name_keeps_its_name():
    """温州大学 lies in 温州市 but is no body of its: one spelling from its own place respells full names only."""
    _, meta = read_page("温州大学2023年度信息公开工作报告\n发布时间：2023-10-28\n2023年，学校主动公开信息1286条。\n")
    assert (meta.body, meta.region_code) == ("温州大学", "330300")
    _, meta = read_page("温州市鹿城区教育局2023年政府信息公开工作年度报告\n发布时间：2024-01-20\n2023年，我局主动公开信息86条。\n")
    assert (meta.body, meta.region_code) == ("鹿城区教育局", "330302")


def _read(page: str, file_title: str | None = None):
    norm = normalize_text(page)
    return extract_metadata(norm.text, norm.page_info, file_title)


def test_a_text_that_opens_with_its_first_heading_has_no_title_line():
    for heading in ("一、概述", "（一）主动公开情况", "1、基本情况", "第一部分 工作开展情况"):
        meta = _read(f"{heading}\n2022年，本机关主动公开信息52条，办理申请4件。\n二、存在的问题\n公开质量有待提高。\n")
        assert meta.title is None and "title" not in meta.found_in


@pytest.mark.parametrize("prop, title", [
    ("义乌市商务局2022年政府信息公开工作年度报告", "义乌市商务局2022年政府信息公开工作年度报告"),
    ("Microsoft Word - 附件2.docx", None), ("(anonymous)", None), ("未命名", None), ("附件3", None),
    ("2022年报.pdf", None), ("2022年，本局共公开信息52条。", None), ("", None)])
def test_the_title_in_a_files_properties_when_its_text_prints_none(prop, title):
    meta = _read("一、概述\n2022年，本局主动公开信息52条，办理申请4件。\n义乌市商务局\n2023年1月16日\n", prop)
    assert meta.title == title
    assert meta.found_in.get("title") == ("file" if title else None)
    if title:
        assert (meta.body, meta.region_code, meta.report_year) == ("义乌市商务局", "330782", 2022)


def test_a_printed_title_wins_over_the_files_properties():
    meta = _read("义乌市商务局2022年政府信息公开工作年度报告\n一、概述\n2022年，本局主动公开信息52条。\n",
                 "义乌市商务局2020年政府信息公开工作年度报告")
    assert (meta.title, meta.report_year, meta.found_in["title"]) == (
        "义乌市商务局2022年政府信息公开工作年度报告", 2022, "text")


def test_a_department_the_title_names_without_a_place_takes_the_issuers_full_name():
    meta = _read("审计局2022年政府信息公开工作年度报告\n发布日期：2023-01-30  发布机构：新余市审计局\n"
                 "一、概述\n2022年，我局主动公开信息52条。\n")
    assert (meta.body, meta.region_code) == ("新余市审计局", "360500")
    # a source that is another body keeps the title's name, and gives no place
    other = _read("审计局2022年政府信息公开工作年度报告\n发布日期：2023-01-30  来源：新余市人民政府\n"
                  "一、概述\n2022年，我局主动公开信息52条。\n")
    assert other.body == "审计局" and other.region_code is None


@pytest.mark.parametrize("name", ["钟楼区荷花池街道办", "钟楼区荷花池街道", "钟楼区荷花池街道办事处"])
def test_a_sub_district_office_in_any_spelling_is_one_body(name):
    meta = _read(f"{name}2022年政府信息公开工作年度报告\n发布日期：2023-01-12\n一、概述\n2022年，街道主动公开信息52条。\n")
    assert (meta.body, meta.region_code) == ("钟楼区荷花池街道办事处", "320404")


def test_a_sub_district_office_named_alone_takes_its_district_from_the_portal():
    meta = _read("荷花池街道办2022年政府信息公开工作年度报告\n发布日期：2023-01-12  来源：常州市钟楼区人民政府\n"
                 "一、概述\n2022年，街道主动公开信息52条。\n")
    assert (meta.body, meta.region_code) == ("钟楼区荷花池街道办事处", "320404")


def test_the_years_a_plan_section_names_are_not_the_reports():
    text = ("江阴市人民政府政府信息公开工作年度报告\n发布日期：2023-02-03\n一、总体情况\n本年度，我市主动公开信息300条。\n"
            "二、2023年工作计划\n2023年，我市将深化公开；2023年6月底前完成目录更新，2023年内实现全覆盖。\n")
    meta = _read(text)
    assert (meta.report_year, meta.found_in["report_year"]) == (2022, "header")
    # the year a review section names still counts
    reviewed = _read(text.replace("本年度，", "2022年，"))
    assert (reviewed.report_year, reviewed.found_in["report_year"]) == (2022, "text")


def test_the_places_of_a_sentence_on_a_partner_are_not_the_reports():
    text = ("2022年政府信息公开工作年度报告\n发布日期：2023-01-19\n一、总体情况\n"
            "2022年，我市深化东西部协作，与四川省甘孜藏族自治州康定市、泸定县、丹巴县结对帮扶，"
            "在康定市、泸定县援建学校4所，公开协作信息38条。全年主动公开信息420条。\n")
    assert _read(text).region_code is None
    # without the partner sentence, the places a text names overwhelmingly still give its region
    own = _read("2022年政府信息公开工作年度报告\n发布日期：2023-01-19\n一、总体情况\n"
                "2022年，我州在康定市、泸定县、丹巴县新建学校4所，甘孜藏族自治州全年主动公开信息420条。\n")
    assert own.region_code == "513300"


@pytest.mark.parametrize("text, body, former", [
    ("2022年机构改革后，原咸宁市行政审批局更名为咸宁市数据和政务服务局。", "咸宁市数据和政务服务局", "咸宁市行政审批局"),
    ("2022年，我局（原市行政审批局）主动公开信息300条。", "咸宁市数据和政务服务局", "市行政审批局"),
    ("2022年，咸宁市数据和政务服务局（原咸宁市行政审批局）主动公开信息300条。", "咸宁市数据和政务服务局",
     "咸宁市行政审批局"),
    # a body merged into this one is no former name of it; nor is another body's rename
    ("机构改革后，原市物价局职责划入我局，全年公开信息300条。", "咸宁市市场监督管理局", None),
    ("原市粮食局更名为市粮食和物资储备局，划归市发展和改革委员会管理。", "咸宁市发展和改革委员会", None),
    # the body telling where its name came from (由原…更名而来); another body's such sentence is not its
    ("我局由原黎川县行政审批服务局更名而来，2024年主动公开信息186条。", "黎川县政务服务和数据管理局", "黎川县行政审批服务局"),
    ("黎川县政务服务和数据管理局由原县行政审批服务局整体更名而成。", "黎川县政务服务和数据管理局", "县行政审批服务局"),
    ("县医疗保障局由原县医疗保险事业管理局更名而来，其公开信息另行发布。", "黎川县政务服务和数据管理局", None),
    # a rename stated without 原, after a pause; another body's so stated is not its
    ("2022年4月，经市委编委批复，市行政审批局更名为市数据和政务服务局。", "咸宁市数据和政务服务局", "市行政审批局"),
    ("咸宁市行政审批局更名为咸宁市数据和政务服务局，全年公开信息300条。", "咸宁市数据和政务服务局", "咸宁市行政审批局"),
    ("2022年，市医疗保险事业管理局更名为市医疗保障事务中心。", "咸宁市数据和政务服务局", None),
])
def test_the_former_name_a_report_gives_its_body(text, body, former):
    assert former_body("一、总体情况\n" + text + "\n", body) == former


def test_a_body_renamed_in_other_words_joins_its_series_where_a_report_says_so():
    reports = [("421200", "咸宁市行政审批局", 2020, None), ("421200", "咸宁市行政审批局", 2021, None),
               ("421200", "咸宁市数据和政务服务局", 2022, "咸宁市行政审批局"), ("421200", "咸宁市数据和政务服务局", 2023, None)]
    assert renamed_bodies(reports) == {("421200", "咸宁市行政审批局"): "咸宁市数据和政务服务局",
                                       ("421200", "咸宁市数据和政务服务局"): "咸宁市数据和政务服务局"}
    # without the statement, or with the two reporting in the same year, or in another region: two bodies
    assert renamed_bodies([r[:3] for r in reports]) == {}
    assert renamed_bodies(reports + [("421200", "咸宁市行政审批局", 2022, None)]) == {}
    assert renamed_bodies([("421200", "咸宁市行政审批局", 2021, None),
                           ("421281", "赤壁市数据和政务服务局", 2022, "咸宁市行政审批局")]) == {}


def test_a_rename_a_report_states_may_fall_inside_a_year_both_names_report_parts_of():
    quarters = [("360723", "大余县行政审批服务局", 2023, None, "第一季度"),
                ("360723", "大余县政务服务和数据管理局", 2023, "大余县行政审批服务局", "第三季度"),
                ("360723", "大余县政务服务和数据管理局", 2024, None, "第一季度")]
    assert renamed_bodies(quarters) == {("360723", "大余县行政审批服务局"): "大余县政务服务和数据管理局",
                                        ("360723", "大余县政务服务和数据管理局"): "大余县政务服务和数据管理局"}
    # a whole year's report of that year under either name, the old name reporting on after it, or nothing said: two
    for other in (("360723", "大余县行政审批服务局", 2023, None, None),
                  ("360723", "大余县政务服务和数据管理局", 2023, None, None),
                  ("360723", "大余县行政审批服务局", 2024, None, "第二季度")):
        assert renamed_bodies(quarters + [other]) == {}, other
    assert renamed_bodies([(r[0], r[1], r[2], None, r[4]) for r in quarters]) == {}


@pytest.mark.parametrize("title, body, region", [
    # (one spelling of a place's 12345 line, whatever the title calls it)
    ("温岭市12345政务服务热线2022年运行情况报告", "温岭市12345政务服务便民热线", "331081"),
    ("台州市12345政务服务便民热线2022年度工作总结", "台州市12345政务服务便民热线", "331000"),
    ("12345热线2022年工作总结", None, None),  # a hotline of no place named, nor any place on the page
])
def test_a_service_hotline_is_the_body_of_its_report(title, body, region):
    meta = _read(f"{title}\n发布日期：2023-01-11  来源：台州市大数据发展管理局\n"
                 "一、总体情况\n2022年，热线受理诉求32100件，办结率98.6%。\n" if region
                 else f"{title}\n发布日期：2023-01-11\n一、总体情况\n2022年，热线受理诉求32100件。\n")
    assert (meta.body, meta.region_code, meta.report_year) == (body, region, 2022)


def test_bodies_a_title_names_together_report_under_the_first():
    meta = _read("诸暨市人民政府办公室、诸暨市数据管理中心2022年政务公开工作报告\n发布日期：2023-01-20\n"
                 "一、总体情况\n2022年，我市主动公开信息300条。\n")
    assert (meta.body, meta.region_code, meta.title) == (
        "诸暨市人民政府办公室", "330681", "诸暨市人民政府办公室、诸暨市数据管理中心2022年政务公开工作报告")


@pytest.mark.parametrize("url, day", [
    ("http://www.example.gov.cn/col/202301/t20230118_998877.html", "2023-01-18"),
    ("https://www.example.gov.cn/art/2023/2/7/art_1512_887766.html", "2023-02-07"),
    ("https://www.example.gov.cn/art/2023/13/7/art_1512_887766.html", None),  # no day of any month
    ("http://www.example.gov.cn/zwgk/content_887766.html", None),
    ("http://www.example.gov.cn/xxgk/2023-02/09/content_44556.htm", "2023-02-09"),  # a month's, then the day's folder
    ("http://www.example.gov.cn/n1/2023-01-31/778899.shtml", "2023-01-31"),  # a day's folder
    ("http://www.example.gov.cn/xxgk/content_2023013199.html", None),  # digits running on into an id
    ("http://www.example.gov.cn/xxgk/202302/b7e1a9.html", None),  # a month's folder alone
    ("http://www.example.gov.cn/xxgk/2023-02/ab12.html", None),
])
def test_a_pages_address_gives_its_date_when_nothing_else_does(url, day):
    meta = _read(f"上虞区人民政府2022年政府信息公开工作年度报告\n原文链接：{url}\n"
                 "一、总体情况\n2022年，全区主动公开信息300条。\n")
    assert (meta.publish_date, meta.found_in.get("publish_date")) == (day, "header" if day else None)
    # a date the page prints wins over its address's
    dated = _read(f"上虞区人民政府2022年政府信息公开工作年度报告\n发布时间：2023-01-20\n原文链接：{url}\n"
                  "一、总体情况\n2022年，全区主动公开信息300条。\n")
    assert dated.publish_date == "2023-01-20"


def test_a_page_title_keeps_no_site_name_run_on_with_a_bare_hyphen():
    page = ("<html><head><title>某县住房和城乡建设局2023年政府信息公开工作年度报告-某县人民政府</title></head><body>"
            "<h3>某县住房和城乡建设局2023年政府信息公开工作年度报告</h3><div class=\"content\"><p>一、总体情况</p>"
            "<p>2023年，本局主动公开政府信息212条。</p></div></body></html>")
    norm = normalize_document(read_document("page.html", page.encode("utf-8")))[0]
    assert norm["title"] == "某县住房和城乡建设局2023年政府信息公开工作年度报告"
    # after a year in brackets closing the title, too
    page = page.replace("某县住房和城乡建设局2023年政府信息公开工作年度报告", "吉水县交通运输局政府信息公开工作年度报告（2023年度）")
    norm = normalize_document(read_document("page.html", page.encode("utf-8")))[0]
    assert (norm["title"], norm["report_year"]) == ("吉水县交通运输局政府信息公开工作年度报告（2023年度）", 2023)
    # a hyphen inside a title, between figures or after no report word, is kept
    assert extract_title("某市2021-2025年政务公开工作要点\n正文") == "某市2021-2025年政务公开工作要点"


@pytest.mark.parametrize("title, body, code", [
    # 与/和/及 between two bodies, the second named with its place or its level: the first leads
    ("格尔木市人民政府办公室与格尔木市政务服务中心2022年政务公开工作报告", "格尔木市人民政府办公室", "632801"),
    ("德令哈市财政局和市国有资产事务中心2022年政府信息公开工作年度报告", "德令哈市财政局", "632802"),
    ("呼和浩特市人民政府办公室及呼和浩特市大数据管理局2022年政务公开工作总结", "呼和浩特市人民政府办公室", "150100"),
    # 和 inside one name: no place after it
    ("海东市住房和城乡建设局2022年政府信息公开工作年度报告", "海东市住房和城乡建设局", "630200"),
    ("互助土族自治县科学技术和工业信息化局2022年政府信息公开工作年度报告", "互助土族自治县科学技术和工业信息化局", "630223"),
])
def test_a_title_joins_two_bodies_with_he_only_where_a_place_opens_the_second(title, body, code):
    meta = _read(f"{title}\n发布日期：2023-01-20\n一、总体情况\n2022年，主动公开信息300条。\n")
    assert (meta.title, meta.body, meta.region_code) == (title, body, code)


@pytest.mark.parametrize("line", ["（2023年2月6日）", "2023年2月6日", "(2023-02-06)"])
def test_a_date_alone_under_the_title_is_the_publication_date(line):
    meta = _read(f"大通回族土族自治县2022年国民经济和社会发展统计公报\n{line}\n"
                 "一、综合\n2022年，全县地区生产总值123.4亿元。\n")
    assert meta.publish_date == "2023-02-06"
    # a signature's date at the end wins; a date in a sentence under the title is none
    signed = _read(f"大通回族土族自治县2022年国民经济和社会发展统计公报\n{line}\n"
                   "一、综合\n2022年，全县地区生产总值123.4亿元。\n大通回族土族自治县统计局\n2023年2月8日\n")
    assert signed.publish_date == "2023-02-08"
    sentence = _read("大通回族土族自治县2022年国民经济和社会发展统计公报\n2023年2月6日，县统计局发布本公报。\n"
                     "一、综合\n2022年，全县地区生产总值123.4亿元。\n")
    assert sentence.publish_date is None


def _site(owner: str, own_words: str) -> str:
    return (f"2022年政府信息公开工作年度报告\n发布时间：2023-01-18\n一、总体情况\n2022年，{own_words}主动公开信息300条。\n"
            f"主办单位：{owner}  承办单位：某某信息中心\n网站标识码：6302000001  青ICP备05012345号\n")


@pytest.mark.parametrize("owner, own_words, code", [
    ("湟源县人民政府办公室", "我县", "630123"),  # a county's portal, the report calls its place 县
    ("城北区人民政府", "本区", "630105"),
    ("西宁市人民政府办公室", "我区", None),  # a city's portal holds its districts' reports: which one is not said
    ("西宁市人民政府办公室", "我市", None),  # nor is it said the report is the city's own, not a county-level city's
    ("湟源县人民政府办公室", "我局", None),  # a county's portal, the report not said to be the county's
    ("湟源县人民政府办公室", "我区", None),  # a level other than the owner's
    ("湟源县人民政府办公室", "全县", "630123"),  # the whole county: the report's own
    ("城北区人民政府", "全区", "630105"),
    ("西宁市人民政府办公室", "全市", None),
    ("湟源县人民政府办公室", "全区", None),
])
def test_a_county_sites_owner_gives_the_place_of_a_report_that_calls_it_so(owner, own_words, code):
    meta = _read(_site(owner, own_words))
    assert (meta.region_code, meta.found_in.get("region")) == (code, "header" if code else None)
    assert meta.body is None and meta.issuer is None  # the site's owner issued nothing


def test_a_zone_committees_department_named_alone_is_the_committees():
    meta = _read("经济发展局2022年政府信息公开工作年度报告\n发布时间：2023-01-28  来源：西宁经济技术开发区管委会\n"
                 "一、总体情况\n2022年，我局主动公开信息56条。\n")
    assert (meta.body, meta.region_code) == ("西宁经济技术开发区管理委员会经济发展局", "630100")
    # the committee's own report, and a department posted by a government, keep their names
    own = _read("西宁经济技术开发区管委会2022年政府信息公开工作年度报告\n来源：西宁经济技术开发区管委会\n"
                "一、总体情况\n2022年，主动公开信息56条。\n")
    assert own.body == "西宁经济技术开发区管理委员会"
    posted = _read("经济发展局2022年政府信息公开工作年度报告\n来源：西宁市人民政府\n"
                   "一、总体情况\n2022年，我局主动公开信息56条。\n")
    assert posted.body == "经济发展局"


def test_an_accounts_byline_with_the_province_it_was_sent_from():
    page = ("中卫市沙坡头区人民政府2022年政府信息公开工作年度报告\n原创 沙坡头发布 沙坡头发布 2023-02-03 20:11 发表于宁夏\n"
            "2022年，我区主动公开信息402条。\n")
    norm, meta = read_page(page)
    assert norm.text.split() == ["中卫市沙坡头区人民政府2022年政府信息公开工作年度报告", "2022年，我区主动公开信息402条。"]
    assert (meta.publish_date, meta.body, meta.region_code) == ("2023-02-03", "沙坡头区人民政府", "640502")


def test_an_accounts_byline_whose_name_holds_a_hotlines_number():
    """An account named after a hotline (某市12345) bylines its posts as any other: the date is the post's."""
    page = ("固原市12345政务服务便民热线2023年工作总结\n原创 固原12345 2024-01-22 17:40 发表于宁夏\n"
            "2023年，热线共受理群众诉求21.6万件。\n")
    norm, meta = read_page(page)
    assert norm.text.split() == ["固原市12345政务服务便民热线2023年工作总结", "2023年，热线共受理群众诉求21.6万件。"]
    assert (meta.publish_date, meta.body, meta.region_code) == ("2024-01-22", "固原市12345政务服务便民热线", "640400")


@pytest.mark.parametrize("cover", [
    "《遂昌县人民政府2022年政务公开工作总结》\n二〇二三年二月\n",
    "遂昌县人民政府\n《2022年政务公开工作总结》\n二〇二三年二月\n"])
def test_a_covers_title_in_book_title_marks_is_the_title(cover):
    meta = _read(cover + "一、主要做法\n2022年，我县主动公开信息3208条。\n")
    assert (meta.title, meta.body, meta.region_code, meta.report_year) == (
        "遂昌县人民政府2022年政务公开工作总结", "遂昌县人民政府", "331123", 2022)
    assert meta.publish_date is None  # a month without its day


def test_a_notice_issuing_the_report_before_it_gives_the_reports_title():
    notice = ("关于公布《建德市农业农村局2022年法治政府建设情况报告》的通知\n各乡镇（街道）农办，局机关各科室：\n"
              "现将《建德市农业农村局2022年法治政府建设情况报告》予以公布。\n建德市农业农村局\n2023年3月6日\n")
    report = "建德市农业农村局2022年法治政府建设情况报告\n一、主要成效\n2022年，我局制定规范性文件3件。\n"
    meta = _read(notice + report)
    assert (meta.title, meta.body, meta.region_code, meta.publish_date) == (
        "建德市农业农村局2022年法治政府建设情况报告", "建德市农业农村局", "330182", "2023-03-06")
    # the notice alone, the report not in the text: the notice's own title
    assert _read(notice).title == "关于公布《建德市农业农村局2022年法治政府建设情况报告》的通知"


def test_an_announcement_publishing_a_bulletin_gives_the_bulletins_title():
    notice = ("大余县人民政府关于发布《2022年大余县生态环境状况公报》的公告\n现将《2022年大余县生态环境状况公报》予以发布。\n"
              "大余县人民政府\n2023年6月2日\n")
    bulletin = "2022年大余县生态环境状况公报\n2022年，全县环境空气质量优良天数比例为98.9%。\n"
    meta = _read(notice + bulletin)
    assert (meta.title, meta.body, meta.region_code, meta.doc_type) == (
        "2022年大余县生态环境状况公报", "大余县人民政府", "360723", "statistical_bulletin")
    # an announcement naming what it publishes without the marks keeps its own title
    other = "大余县人民政府关于发布2023年度全县耕地质量等级情况的公告\n现将有关情况予以发布。\n大余县人民政府\n2023年6月2日\n"
    assert _read(other).title == "大余县人民政府关于发布2023年度全县耕地质量等级情况的公告"


def test_a_table_of_contents_before_the_title_is_passed():
    contents = "目　录\n第一部分 基本情况........3\n第二部分 主要数据..........7\n第三部分 附表 …… 12\n"
    meta = _read(contents + "开化县统计局2022年统计工作总结\n第一部分 基本情况\n2022年，我局完成调查12项。\n")
    assert (meta.title, meta.body, meta.region_code) == ("开化县统计局2022年统计工作总结", "开化县统计局", "330824")
    # entries with leaders and page numbers are read as such only under a 目录 heading
    assert _read("一、总体情况……1\n2022年，我局完成调查12项。\n").title is None


@pytest.mark.parametrize("title", ["关于常山县住房和城乡建设局2022年法治政府建设工作情况的报告",
                                   "关于转发《常山县住房和城乡建设局2022年法治政府建设工作情况的报告》的通知"])
def test_the_body_a_title_names_after_guanyu(title):
    meta = _read(title + "\n一、主要成效\n2022年，我局审查合同21份。\n")
    assert (meta.body, meta.region_code) == ("常山县住房和城乡建设局", "330822")


def test_a_notice_issuing_a_report_whose_title_runs_over_two_lines():
    text = ("关于印发《常山县审计局2022年政务公开工作总结》的通知\n局机关各科室：\n现将《常山县审计局2022年政务公开工作总结》"
            "印发给你们。\n常山县审计局\n2023年2月3日\n常山县审计局\n2022年政务公开工作总结\n一、主要做法\n2022年，我局公开信息61条。\n")
    assert _read(text).title == "常山县审计局2022年政务公开工作总结"


@pytest.mark.parametrize("under", ["常山县审计局\n二〇二三年二月\n", "常山县审计局\n2023年2月3日\n"])
def test_the_body_named_under_a_title_that_names_none(under):
    """A cover's foot (or a publisher under the title) names the body the title does not; the title is joined with
    it (set 16's decision: the title had been the genre's alone)."""
    meta = _read("《2022年政务公开工作总结》\n" + under + "一、主要做法\n2022年，我局公开信息61条。\n")
    assert (meta.title, meta.issuer, meta.body, meta.region_code) == (
        "常山县审计局2022年政务公开工作总结", "常山县审计局", "常山县审计局", "330822")


def test_a_notice_issuing_a_report_under_a_short_name_gives_the_title_after_its_date():
    notice = ("关于印发《青川县2022年度法治政府建设工作报告》的通知\n各乡镇人民政府，县级各部门：\n"
              "现将《青川县2022年度法治政府建设工作报告》印发给你们，请遵照执行。\n青川县人民政府办公室\n2023年3月10日\n")
    report = "青川县人民政府2022年法治政府建设情况报告\n一、主要成效\n2022年，我县审查规范性文件14件。\n"
    meta = _read(notice + report)
    assert (meta.title, meta.body, meta.region_code, meta.publish_date) == (
        "青川县人民政府2022年法治政府建设情况报告", "青川县人民政府", "510822", "2023-03-10")
    # what follows the date is no report of that year, or names no body: the notice keeps its own title
    for after in ("青川县人民政府2021年法治政府建设情况报告\n", "附件：2022年度法治政府建设工作报告\n",
                  "2022年法治政府建设情况报告\n"):
        assert _read(notice + after + "一、主要成效\n2022年，我县审查规范性文件14件。\n").title == \
            "关于印发《青川县2022年度法治政府建设工作报告》的通知"


def test_a_covers_title_of_the_genre_alone_gives_way_to_the_full_title_below():
    cover = "政务公开工作总结\n（2022年度）\n苍溪县审计局\n二〇二三年二月\n"
    meta = _read(cover + "苍溪县审计局2022年政务公开工作总结\n一、主要做法\n2022年，我局公开信息61条。\n")
    assert (meta.title, meta.body, meta.region_code, meta.publish_date) == (
        "苍溪县审计局2022年政务公开工作总结", "苍溪县审计局", "510824", None)
    # a line below of another year or genre, or one after the text's first heading, is no fuller title: the genre's
    # title is joined with the body on the cover (set 16's decision; it had been the genre's alone)
    for below in ("苍溪县审计局2021年政务公开工作总结\n一、主要做法\n", "苍溪县审计局2022年法治政府建设情况报告\n一、主要做法\n",
                  "一、主要做法\n苍溪县审计局2022年政务公开工作总结\n"):
        assert _read(cover + below + "2022年，我局公开信息61条。\n").title == "苍溪县审计局政务公开工作总结（2022年度）"


def test_three_contents_entries_without_a_heading_are_a_table_of_contents():
    contents = "一、工作开展情况……………1\n二、主要数据…………………3\n三、存在的问题……………5\n"
    meta = _read(contents + "旺苍县统计局2022年统计工作总结\n一、工作开展情况\n2022年，我局完成调查9项。\n")
    assert (meta.title, meta.body, meta.region_code) == ("旺苍县统计局2022年统计工作总结", "旺苍县统计局", "510821")


@pytest.mark.parametrize("page", ["剑阁县财政局2022年政府信息公开工作年度报告\n发布时间：２０２３－０２－１０\n",
                                  "剑阁县财政局2022年政府信息公开工作年度报告\n發佈時間：２０２３／０２／１０\n"])
def test_a_date_in_full_width_digits_and_dashes(page):
    meta = _read(page + "一、总体情况\n2022年，我局主动公开信息215条。\n剑阁县财政局\n2023年2月8日\n")
    assert meta.publish_date == "2023-02-10"


@pytest.mark.parametrize("name, owner, code, body", [
    ("省统计局", "四川省人民政府办公厅", "510000", "四川省统计局"),
    ("市统计局", "广元市人民政府办公室", "510800", "广元市统计局"),
    ("县统计局", "剑阁县人民政府办公室", "510823", "剑阁县统计局"),
    ("市统计局", "阆中市人民政府办公室", "511381", "阆中市统计局"),  # a county-level city's
    ("市统计局", "剑阁县人民政府办公室", None, None),
    ("市统计局", "四川省人民政府办公厅", None, None),  # a city's body on a province's site: which city is not said
    ("省统计局", None, None, None)])
def test_a_body_named_by_its_level_on_a_site_its_levels_place_owns(name, owner, code, body):
    page = (f"{name}2022年政府信息公开工作年度报告\n发布时间：2023-01-20  来源：{name}\n"
            "一、总体情况\n2022年，我局主动公开信息215条，其中涉及广元市、南充市、巴中市的统计数据60条。\n"
            + (f"主办单位：{owner}\n" if owner else ""))
    meta = _read(page)
    assert (meta.region_code, meta.body) == (code, body)


def test_a_bureau_named_by_its_short_kind_is_one_body_with_its_full_name():
    """市工商局 and 遂宁市工商行政管理局, 市场监管局 and 市场监督管理局: one body, spelled in full."""
    short = "市工商局2016年政府信息公开工作年度报告\n发布时间：2017-02-20  来源：遂宁市工商行政管理局\n2016年，我局主动公开信息40条。\n"
    full = "遂宁市工商行政管理局2017年政府信息公开工作年度报告\n发布时间：2018-02-22\n2017年，我局主动公开信息44条。\n"
    assert {read_page(page)[1].body for page in (short, full)} == {"遂宁市工商行政管理局"}
    _, meta = read_page("达州市市场监管局2021年度政府信息公开工作年度报告\n发布时间：2022-01-19\n2021年，我局主动公开信息71条。\n")
    assert (meta.body, meta.region_code) == ("达州市市场监督管理局", "511700")


def test_a_zones_reports_are_its_committees_however_the_title_names_the_zone():
    """A zone named alone, posted by its committee's office or signed by the committee, or before 政府信息公开 (a
    zone has no government), is its committee; a 新区 that is a district keeps its government."""
    posted = ("德阳经开区2021年政府信息公开工作年度报告\n发布时间：2022-01-20  来源：德阳经开区管委会办公室\n"
              "2021年，我区主动公开信息310条。\n")
    signed = ("2022年德阳经济技术开发区政府信息公开工作年度报告\n发布时间：2023-01-18\n2022年，我区主动公开信息330条。\n"
              "德阳经济技术开发区管理委员会\n2023年1月16日\n")
    committee = "德阳经济技术开发区管理委员会2023年政府信息公开工作年度报告\n发布时间：2024-01-17\n2023年，我区主动公开信息356条。\n"
    assert {(read_page(p)[1].body, read_page(p)[1].region_code) for p in (posted, signed, committee)} == {
        ("德阳经济技术开发区管理委员会", "510600")}
    _, meta = read_page("2022年浦东新区政府信息公开工作年度报告\n发布时间：2023-01-30\n2022年，全区主动公开信息5210条。\n")
    assert (meta.body, meta.region_code) == ("浦东新区人民政府", "310115")


def test_a_government_office_reporting_on_the_whole_places_year_reports_its_governments():
    """某市人民政府办公室关于2022年度…年度报告 on the whole city's work is the city government's report; the office's
    own report (我办), or one the office writes with another body, stays theirs."""
    def body(opening: str) -> str:
        return read_page("射洪市人民政府办公室关于2022年度政府信息公开工作年度报告\n发布时间：2023-01-28\n"
                         f"一、总体情况\n2022年，{opening}主动公开政府信息1460条。\n")[1].body
    assert body("全市各级行政机关") == body("我市") == "射洪市人民政府"
    assert body("我办") == "射洪市人民政府办公室"
    _, meta = read_page("射洪市人民政府办公室2022年政府信息公开工作年度报告\n发布时间：2023-01-28\n"
                        "一、总体情况\n2022年，全市政务公开工作有序推进，我办主动公开政府信息120条。\n")
    assert meta.body == "射洪市人民政府办公室"
    _, meta = read_page("中共射洪市委办公室射洪市人民政府办公室关于2022年度法治政府建设情况的报告\n"
                        "发布时间：2023-02-06\n2022年，全市法治政府建设扎实推进。\n")
    assert meta.body == "中共射洪市委办公室射洪市人民政府办公室"


@pytest.mark.parametrize("crumbs, level, code, body", [
    ("首页 > 青海省人民政府 > 政务公开 > 部门信息公开 > 省统计局", "省", "630000", "青海省统计局"),
    ("首页 > 西宁市政府 > 政务公开 > 市统计局", "市", "630100", "西宁市统计局"),
    # no step names a place's government: which province's 统计局 is not said
    ("首页 > 政务公开 > 部门信息公开 > 省统计局", "省", None, None),
    ("首页 > 区县政府 > 部门信息公开 > 市统计局", "市", None, None),
])
def test_a_breadcrumb_naming_a_places_portal_is_the_sites_owner_without_a_footer(crumbs, level, code, body):
    _, meta = read_page(f"当前位置：{crumbs}\n{level}统计局2023年政府信息公开工作年度报告\n发布日期：2024-01-30\n"
                        "一、总体情况\n2023年，我局围绕各地统计工作，全年主动公开政府信息312条。\n")
    assert (meta.region_code, meta.body) == (code, body)


@pytest.mark.parametrize("title, source, body", [
    # a place's own report is its government's whoever posted it: its office by its level, its city's portal, a
    # department of its own, nobody; named with its city or its municipality
    ("南江县2020年政府信息公开工作年度报告", "县政府办公室", "南江县人民政府"),
    ("南江县2020年政府信息公开工作年度报告", "巴中市人民政府", "南江县人民政府"),
    ("南江县2020年政务公开工作年度报告", "南江县政务服务和大数据管理局", "南江县人民政府"),
    ("南江县2020年政府信息公开工作年度报告", None, "南江县人民政府"),
    ("巴中市南江县2020年政府信息公开工作年度报告", "南江县政府办", "南江县人民政府"),
    ("上海市金山区2020年政府信息公开工作年度报告", "金山区政府办", "金山区人民政府"),
    # a zone named with its city, its committee's
    ("巴中经开区2020年政府信息公开工作年度报告", None, "巴中经济技术开发区管理委员会"),
    # the office's report 关于 its place's year is the government's; 关于 another place's, not
    ("南江县人民政府办公室关于南江县2020年政府信息公开工作年度报告的公告", None, "南江县人民政府"),
    ("南江县人民政府办公室关于巴中市2020年政府信息公开工作年度报告", None, "南江县人民政府办公室"),
])
def test_a_places_own_report_is_its_governments_whoever_posted_it(title, source, body):
    _, meta = read_page(f"{title}\n发布时间：2021-01-20{'  来源：' + source if source else ''}\n"
                        "一、总体情况\n2020年，全县主动公开政府信息210条。\n")
    assert meta.body == body


def test_a_places_bulletin_is_not_its_governments():
    """A statistical bulletin named after its place is its statistics bureau's (with the survey team), not the
    government's: the body stays the issuer's or NULL."""
    _, meta = read_page("南江县2020年国民经济和社会发展统计公报\n发布时间：2021-03-20\n一、综合\n2020年，全县地区生产总值"
                        "180.5亿元。\n")
    assert (meta.body, meta.region_code) == (None, "511922")


@pytest.mark.parametrize("page", [
    "某市人民政府2023年政府信息公开工作年度报告\n2023年，全市主动公开政府信息120条。\n",
    "2023年某县政府信息公开工作年度报告\n2023年，全县主动公开政府信息86条。\n某县人民政府办公室\n2024年1月15日\n",
    "四川省某某县统计局2023年工作总结\n2023年，全县统计调查任务全部完成。\n",
    "工作总结\n2023年，我局完成统计调查12项。\n某县统计局\n2024年1月8日\n",
    "中共××县委办公室2023年工作总结\n2023年，办理文件1200件。\n"])
def test_a_stand_in_for_a_place_names_no_body_and_no_region(page):
    """某 (a certain) and ×× stand in for a place in samples and templates: such a name identifies no body, and the
    reports of all samples under it would form one series; a real province before it does not make it the
    province's."""
    meta = extract_metadata(page)
    assert (meta.body, meta.region_code, meta.region) == (None, None, None)


def test_a_real_place_is_no_stand_in():
    meta = extract_metadata("南部县统计局2023年工作总结\n2023年，全县统计调查任务全部完成。\n")
    assert (meta.body, meta.region_code) == ("南部县统计局", "511321")


def test_a_one_line_pages_title_may_be_a_briefings():
    line = ("关于2025年一季度全县政务服务“好差评”情况的通报 发布日期：2025-04-09 来源：某县政务服务中心 "
            "各乡镇人民政府，县直各单位： 一季度，全县共收到评价8120条，好评率99.7%。")
    meta = extract_metadata(line + "\n")
    assert (meta.title, meta.report_period, meta.doc_type) == (
        "关于2025年一季度全县政务服务“好差评”情况的通报", "第一季度", "briefing")


# ---------------------------------------------------------------------------------------------- set 16's classes
def test_a_year_in_numerals_counts_and_a_year_the_text_starts_from_does_not():
    """A title with no year: the text's 二〇一二年 is its year, not the 2008 and 2009 it cites (the regulation's date,
    自2009年以来)."""
    meta = _read("盐池县民政局政府信息公开工作年度报告\n"
                 "二〇一二年，我局按照《中华人民共和国政府信息公开条例》（2008年5月1日起施行）要求，做好政府信息公开工作。\n"
                 "一、概述\n自2009年以来累计公开政府信息318条，从2009年起每年编制年度报告。\n二、主动公开情况\n本年度公开64条。\n"
                 "盐池县民政局\n二〇一三年二月二十日\n")
    assert (meta.report_year, meta.publish_date, meta.body, meta.region_code) == (
        2012, "2013-02-20", "盐池县民政局", "640323")


def test_a_notice_issuing_a_report_that_prints_no_title_line_gives_the_issued_name():
    notice = ("西充县人民政府办公室关于印发《西充县2022年度法治政府建设工作报告》的通知\n各乡镇人民政府，县级各部门：\n"
              "现将《西充县2022年度法治政府建设工作报告》印发给你们，请遵照执行。\n西充县人民政府办公室\n2023年3月10日\n")
    meta = _read(notice + "一、主要成效\n2022年，我县审查规范性文件14件。\n")
    assert (meta.title, meta.body, meta.region_code, meta.publish_date) == (
        "西充县2022年度法治政府建设工作报告", "西充县人民政府", "511325", "2023-03-10")
    # a sentence after the date (the notice goes on, or the report is not in the text): the notice's own title
    assert _read(notice + "特此通知。\n").title == "西充县人民政府办公室关于印发《西充县2022年度法治政府建设工作报告》的通知"


@pytest.mark.parametrize("cover, title", [
    ("法治政府建设情况报告\n（2022年度）\n营山县司法局\n二〇二三年三月\n", "营山县司法局法治政府建设情况报告（2022年度）"),
    ("2022年度政务公开工作总结\n仪陇县审计局\n", "仪陇县审计局2022年度政务公开工作总结"),
    # the line under names no place's body, or the title names its own: the title as printed
    ("2022年度政务公开工作总结\n办公室\n二〇二三年三月\n", "2022年度政务公开工作总结"),
    ("仪陇县审计局2022年度政务公开工作总结\n营山县司法局\n", "仪陇县审计局2022年度政务公开工作总结"),
])
def test_a_covers_genre_title_is_joined_with_the_body_named_under_it(cover, title):
    assert _read(cover + "一、主要做法\n2022年，我局公开信息61条。\n").title == title


@pytest.mark.parametrize("town, owner, code, body", [
    ("满城北街街道办事处", "银川市金凤区人民政府办公室", "640106", "金凤区满城北街街道办事处"),
    ("松江河镇人民政府", "抚松县人民政府", "220621", "抚松县松江河镇人民政府"),  # not 上海's 松江区
    ("满城北街街道办事处", "银川市人民政府办公室", None, None),  # a city's portal: which of its districts is not said
])
def test_a_town_named_alone_on_its_countys_site_is_that_countys(town, owner, code, body):
    _, meta = read_page(f"{town}2023年政府信息公开工作年度报告\n发布时间：2024-01-25\n"
                        "一、总体情况\n2023年，我街道与兴庆区、西夏区、贺兰县开展共建，主动公开政府信息163条。\n"
                        f"主办单位：{owner}\n宁ICP备12034567号-2\n")
    assert (meta.region_code, meta.body) == (code, body)


@pytest.mark.parametrize("title", ["红格尔苏木2023年政府信息公开工作年度报告", "红格尔苏木人民政府2023年政府信息公开工作年度报告"])
def test_a_sumu_is_a_township(title):
    """Inner Mongolia's 苏木 is a township: its government, with its 旗's name once the poster says which."""
    _, meta = read_page(f"{title}\n发布时间：2024-01-23  来源：四子王旗人民政府\n"
                        "一、总体情况\n2023年，我苏木主动公开政府信息96条。\n")
    assert (meta.region_code, meta.body) == ("150929", "四子王旗红格尔苏木人民政府")


@pytest.mark.parametrize("crumbs, owner, code, body", [
    ("首页 > 宁夏回族自治区人民政府 > 部门信息公开 > 自治区统计局", None, "640000", "宁夏回族自治区统计局"),
    ("首页 > 部门信息公开 > 自治区统计局", "广西壮族自治区人民政府办公厅", "450000", "广西壮族自治区统计局"),
    ("首页 > 部门信息公开 > 自治区统计局", None, None, None),
    ("首页 > 部门信息公开 > 自治区统计局", "银川市人民政府办公室", None, None),  # a city's site: no region's body
])
def test_a_body_named_by_its_autonomous_regions_level(crumbs, owner, code, body):
    _, meta = read_page(f"当前位置：{crumbs}\n自治区统计局2023年政府信息公开工作年度报告\n发布日期：2024-01-30\n"
                        "一、总体情况\n2023年，我局指导银川市、石嘴山市、吴忠市统计工作，主动公开政府信息312条。\n"
                        + (f"主办单位：{owner}\n" if owner else ""))
    assert (meta.region_code, meta.body) == (code, body)


@pytest.mark.parametrize("title, code", [("国网盐池县供电公司2023年信息公开工作报告", "640323"),
                                         # a province's short name before a word of the company's: as 吉林大学, none
                                         ("国网宁夏电力有限公司2023年信息公开工作报告", None)])
def test_a_state_grid_company_belongs_to_the_place_it_serves(title, code):
    """国网某县供电公司: the State Grid's company of the place its name gives in full; the company is its own body."""
    _, meta = read_page(f"{title}\n发布时间：2024-03-06\n一、总体情况\n2023年，公司主动公开供电服务信息86条。\n")
    assert (meta.region_code, meta.body) == (code, title.split("2023")[0])


# ---------------------------------------------------------------------------------------------- the reforms' table
def test_the_reforms_renames_join_a_places_body_across_the_reform():
    """环境保护局 -> 生态环境局 and 卫生和计划生育委员会 -> 卫生健康委员会 (body_reforms.yaml): one body each, under its
    later name, where the old name's years come first and do not overlap the new's; a short form (卫计委) is spelled
    in full first."""
    reports = [("610800", "榆林市环境保护局", 2016), ("610800", "榆林市环境保护局", 2017),
               ("610800", "榆林市生态环境局", 2019), ("610800", "榆林市生态环境局", 2021),
               ("610800", "榆林市卫生和计划生育委员会", 2017), ("610800", "榆林市卫生健康委员会", 2019),
               ("610824", "靖边县卫生和计划生育局", 2018), ("610824", "靖边县卫生健康局", 2020),
               ("610824", "靖边县扶贫开发办公室", 2020), ("610824", "靖边县乡村振兴局", 2021)]
    assert renamed_bodies(reports) == {
        ("610800", "榆林市环境保护局"): "榆林市生态环境局", ("610800", "榆林市生态环境局"): "榆林市生态环境局",
        ("610800", "榆林市卫生和计划生育委员会"): "榆林市卫生健康委员会",
        ("610800", "榆林市卫生健康委员会"): "榆林市卫生健康委员会",
        ("610824", "靖边县卫生和计划生育局"): "靖边县卫生健康局", ("610824", "靖边县卫生健康局"): "靖边县卫生健康局",
        ("610824", "靖边县扶贫开发办公室"): "靖边县乡村振兴局", ("610824", "靖边县乡村振兴局"): "靖边县乡村振兴局"}
    # years that overlap, the new name first, or two places: two bodies
    assert renamed_bodies([("610800", "榆林市环境保护局", 2019), ("610800", "榆林市生态环境局", 2019)]) == {}
    assert renamed_bodies([("610800", "榆林市生态环境局", 2017), ("610800", "榆林市环境保护局", 2019)]) == {}
    assert renamed_bodies([("610800", "榆林市环境保护局", 2017), ("610802", "榆阳区生态环境局", 2019)]) == {}
    _, meta = read_page("榆林市卫计委2017年政府信息公开工作年度报告\n发布时间：2018-03-02\n2017年，我委主动公开信息88条。\n")
    assert meta.body == "榆林市卫生和计划生育委员会"


def test_the_reforms_mergers_stay_apart_from_the_bodies_they_were_formed_of():
    """A body the reforms formed of several (body_reforms.yaml) starts a series of its own, also where an old body's
    words lie inside its name (粮食局 in 粮食和物资储备局) and after the merged body was renamed in turn (卫生局 into
    卫生和计划生育局, renamed 卫生健康局); a report that says the old body was renamed joins them all the same."""
    reports = [("610800", "榆林市粮食局", 2017), ("610800", "榆林市粮食和物资储备局", 2019),
               ("610824", "靖边县卫生局", 2012), ("610824", "靖边县卫生健康局", 2020),
               ("610824", "靖边县安全生产监督管理局", 2017), ("610824", "靖边县应急管理局", 2019)]
    assert renamed_bodies(reports) == {}
    stated = [("610800", "榆林市粮食局", 2017, None), ("610800", "榆林市粮食和物资储备局", 2019, "榆林市粮食局")]
    assert renamed_bodies(stated) == {("610800", "榆林市粮食局"): "榆林市粮食和物资储备局",
                                      ("610800", "榆林市粮食和物资储备局"): "榆林市粮食和物资储备局"}


@pytest.mark.parametrize("opening, code, body", [
    ("2023年，在盐池县委、县政府的坚强领导下，我镇", "640323", "盐池县花马池镇人民政府"),
    ("2023年，在中共盐池县委和县人民政府的正确领导下，我镇", "640323", "盐池县花马池镇人民政府"),
    # no county named, or only in a sentence on a partner: no county
    ("2023年，在县委、县政府的坚强领导下，我镇", None, None),
    ("2023年，我镇与同心县开展结对帮扶，在同心县委、县政府的支持下建成产业园。我镇", None, None),
    # the county, then its city: the county the town's report credits first
    ("2023年，在盐池县委、县政府和吴忠市委、市政府的领导下，我镇", "640323", "盐池县花马池镇人民政府"),
])
def test_a_town_named_alone_takes_the_county_whose_leadership_it_credits(opening, code, body):
    meta = extract_metadata(f"花马池镇2023年政府信息公开工作年度报告\n一、总体情况\n{opening}全面推进政务公开工作，"
                            "全年主动公开政府信息96条。\n")
    assert (meta.region_code, meta.body) == (code, body)


def test_a_unit_of_a_body_is_no_rename_of_it():
    """某市生态环境局某县分局, a branch the 2019 reform made of a county's bureau, is the branch's own body: no year of
    the city's bureau's series, though the bureau's words open its name and their years do not overlap."""
    reports = [("511500", "宜宾市生态环境局", 2019), ("511500", "宜宾市生态环境局", 2021),
               ("511500", "宜宾市生态环境局屏山分局", 2020)]
    assert renamed_bodies(reports) == {}


def test_a_countys_poverty_bureau_became_its_rural_revitalisation_bureau():
    reports = [("511529", "屏山县扶贫开发局", 2020), ("511529", "屏山县乡村振兴局", 2021),
               ("511528", "兴文县扶贫开发领导小组办公室", 2020), ("511528", "兴文县乡村振兴局", 2022)]
    assert renamed_bodies(reports) == {
        ("511529", "屏山县扶贫开发局"): "屏山县乡村振兴局", ("511529", "屏山县乡村振兴局"): "屏山县乡村振兴局",
        ("511528", "兴文县扶贫开发领导小组办公室"): "兴文县乡村振兴局", ("511528", "兴文县乡村振兴局"): "兴文县乡村振兴局"}


def test_the_sites_owner_in_a_banner_over_the_page():
    """主办单位 over the report (a site's banner), as under it: the site's owner, out of the text."""
    norm, meta = read_page("市商务局2023年政府信息公开工作年度报告\n发布时间：2024-01-25\n主办单位：宜宾市人民政府办公室\n"
                           "一、总体情况\n2023年，我局主动公开政府信息203条。\n")
    assert "主办单位" not in norm.text and ("主办单位", "宜宾市人民政府办公室") in norm.page_info
    assert (meta.region_code, meta.body) == ("511500", "宜宾市商务局")


def test_a_city_agriculture_committee_became_its_agriculture_and_rural_bureau():
    """农业委员会 became 农业农村委员会 in some places and 农业农村局 in most (body_reforms.yaml gives both); a county's
    卫计局 and 卫生计生局 are its 卫生和计划生育局, renamed 卫生健康局."""
    assert renamed_bodies([("511500", "宜宾市农业委员会", 2017), ("511500", "宜宾市农业农村局", 2019)]) == {
        ("511500", "宜宾市农业委员会"): "宜宾市农业农村局", ("511500", "宜宾市农业农村局"): "宜宾市农业农村局"}
    for short in ("卫计局", "卫生计生局"):
        _, meta = read_page(f"兴文县{short}2017年政府信息公开工作年度报告\n发布时间：2018-03-02\n2017年，我局主动公开信息88条。\n")
        assert meta.body == "兴文县卫生和计划生育局"


def test_a_work_report_is_its_governments_whoever_posted_it_and_is_dated_by_its_session():
    """A work report titled 政府工作报告 over its session line is the government's that reports to the congress, not
    the office that posted it; with no other date, the session line's day is its date."""
    session = ("政府工作报告\n——2024年1月12日在遵义市第五届人民代表大会第四次会议上\n遵义市市长  王志刚\n各位代表：\n"
               "一、2023年工作回顾\n过去一年，全市地区生产总值增长5.1%，桐梓县、正安县增速居前。\n")
    posted = _read(session.replace("各位代表", "发布时间：2024-01-19  来源：遵义市人民政府办公室\n各位代表", 1))
    assert (posted.body, posted.region_code, posted.report_year, posted.publish_date) == (
        "遵义市人民政府", "520300", 2023, "2024-01-19")
    alone = _read(session)
    assert (alone.body, alone.publish_date) == ("遵义市人民政府", "2024-01-12")
    # a date in a sentence of the report is no session line
    assert _read("政府工作报告\n各位代表：\n2024年1月12日，全市召开大会。\n").publish_date is None


def test_an_offices_briefing_on_its_place_is_its_own():
    """An office's 关于…的通报 on the whole place's websites is the office's; its report 关于 the year's work on the
    whole place stays its government's."""
    text = "\n2023年第二季度，对全市政府网站开展检查，兰考县、杞县合格率100%。\n开封市人民政府办公室\n2023年7月10日\n"
    briefing = _read("开封市人民政府办公室关于2023年第二季度全市政府网站检查情况的通报" + text)
    assert (briefing.body, briefing.region_code, briefing.report_period) == ("开封市人民政府办公室", "410200", "第二季度")
    report = _read("开封市人民政府办公室关于2023年度政府信息公开工作年度报告" + text)
    assert report.body == "开封市人民政府"


@pytest.mark.parametrize("source, signed, body", [
    ("息县司法局", "息县人民政府", "息县人民政府"),      # a department posts its government's report
    ("息县人民政府", "息县教育局", "息县教育局"),        # the portal posts a department's
])
def test_a_report_whose_title_names_no_body_is_its_signatorys_not_its_posters(source, signed, body):
    meta = _read(f"关于2022年度法治政府建设情况的报告\n发布时间：2023-02-24  来源：{source}\n"
                 "一、主要成效\n2022年，全县办理行政复议案件21件，与潢川县、光山县开展执法协作。\n"
                 f"{signed}\n2023年2月20日\n")
    assert (meta.body, meta.region_code, meta.report_year) == (body, "411528", 2022)


@pytest.mark.parametrize("signature", ["汝州市统计局\n国家统计局汝州调查队", "汝州市统计局  国家统计局汝州调查队",
                                       "汝州市统计局\n国家统计局汝州调查总队"])
def test_a_bulletin_signed_with_its_survey_team_is_the_bureaus(signature):
    """A bulletin signed by the place's statistics bureau and the national bureau's survey team, on two lines or
    one, is the bureau's (the team signs second)."""
    meta = _read("汝州市2023年国民经济和社会发展统计公报\n一、综合\n2023年，全市地区生产总值612.4亿元，高于郏县。\n"
                 f"{signature}\n2024年3月26日\n")
    assert (meta.body, meta.region_code, meta.publish_date) == ("汝州市统计局", "410482", "2024-03-26")
    # a team signing alone gives no body of the place
    alone = _read("汝州市2023年国民经济和社会发展统计公报\n一、综合\n2023年，全市地区生产总值612.4亿元。\n"
                  "国家统计局汝州调查队\n2024年3月26日\n")
    assert alone.body is None


@pytest.mark.parametrize("signature", ["国家统计局邓州调查队  邓州市统计局", "国家统计局邓州调查队　邓州市统计局"])
def test_a_survey_team_signing_first_on_the_line_leaves_the_bureau_the_issuer(signature):
    """The team may sign before the bureau on their one line: the bureau issues, the team co-signs; the line is
    not one body's name."""
    meta = _read("2024年一季度全市经济运行情况\n一季度，全市地区生产总值完成301.2亿元，同比增长4.4%。\n"
                 f"{signature}\n2024年4月23日\n")
    assert (meta.body, meta.region_code, meta.co_issuers) == ("邓州市统计局", "411381", ("国家统计局邓州调查队",))


@pytest.mark.parametrize("signature", ["编印  罗山县统计局", "宣传科  罗山县统计局"])
def test_a_word_and_a_body_on_the_signature_line_are_not_one_name(signature):
    # (they were read as one body, 编印罗山县统计局: a name spaced out has a character or two a piece)
    meta = _read("2024年1-9月罗山县经济运行简况\n1-9月，全县规模以上工业增加值同比增长6.1%。\n"
                 f"{signature}\n2024年10月21日\n")
    assert (meta.body, meta.region_code) == (None, "411521")


@pytest.mark.parametrize("signature, body, day", [
    ("县统计局  2024年10月21日", "罗山县统计局", "2024-10-21"),  # a body named by its level: the site's county's
    ("罗山县统计局　2024年10月21日", "罗山县统计局", "2024-10-21"),
    ("联系电话  2024年10月21日", None, "2024-10-21"),  # no body before the date (a date among a short text's first lines)
])
def test_a_signature_with_its_date_on_one_line_signs_and_dates_the_report(signature, body, day):
    meta = _read("2024年1-9月全县经济运行简况\n1-9月，全县规模以上工业增加值同比增长6.1%。\n"
                 f"{signature}\n主办单位：罗山县人民政府办公室  豫ICP备05000000号\n")
    assert (meta.body, meta.region_code, meta.publish_date) == (body, "411521", day)


def test_a_one_line_pages_signature_after_its_last_sentence_signs_it_over_the_office_that_posted_it():
    meta = _read("发布时间：2021-02-03 来源：商城县人民政府办公室 现将2020年政府信息公开工作情况报告如下。 一、总体情况 "
                 "2020年，县政府主动公开政府信息210条。 商城县人民政府 2021年2月2日\n")
    assert (meta.body, meta.region_code, meta.publish_date) == ("商城县人民政府", "411524", "2021-02-03")


def test_an_untitled_report_that_says_it_reports_its_disclosure_work_is_a_disclosure_report():
    meta = _read("发布时间：2020-01-22 来源：海陵区人民政府办公室 根据《条例》要求，现将本区2019年政府信息公开工作情况报告如下。"
                 " 一、概述 2019年，区政府主动公开政府信息86条。 海陵区人民政府 2020年1月21日\n")
    assert (meta.title, meta.doc_type, meta.body) == (None, "disclosure_annual_report", "海陵区人民政府")


@pytest.mark.parametrize("title", ["2023年度优化营商环境工作报告", "2024年第一季度12345政务服务便民热线运行分析"])
def test_the_body_under_another_genres_title_is_its_byline_not_part_of_the_title(title):
    meta = _read(f"{title}\n邓州市发展和改革局\n2024年4月8日\n一季度，全市新登记经营主体1210户。\n")
    assert (meta.title, meta.body, meta.region_code) == (title, "邓州市发展和改革局", "411381")
    # a disclosure report's cover still names its body before the genre
    cover = _read("2023年度政府信息公开工作年度报告\n邓州市发展和改革局\n一、总体情况\n2023年，我局主动公开信息88条。\n")
    assert cover.title == "邓州市发展和改革局2023年度政府信息公开工作年度报告"


@pytest.mark.parametrize("session, day", [("——二〇二四年一月十六日在修水县第十八届人民代表大会第四次会议上", "2024-01-16"),
                                          ("——2024年1月16日在修水县第十八届人民代表大会第四次会议上", "2024-01-16"),
                                          ("——二〇二四年一月在修水县第十八届人民代表大会第四次会议上", None)])
def test_a_work_reports_session_day_in_numerals_dates_it(session, day):
    meta = _read(f"政府工作报告\n{session}\n修水县人民政府县长  某某\n各位代表：\n一、过去一年工作回顾\n"
                 "全县地区生产总值完成312.8亿元，增长5.1%。\n")
    # the year looked back on is the session's year before, the day printed or not (it was the session's year)
    assert (meta.publish_date, meta.report_year, meta.body, meta.region_code) == (day, 2023, "修水县人民政府", "360424")


@pytest.mark.parametrize("source, owner, words, body, code", [
    ("统计局", "罗山县人民政府办公室", "全县", "罗山县统计局", "411521"),  # the site's county, as its text says
    ("卫生健康委员会", "罗山县人民政府办公室", "我县", "罗山县卫生健康委员会", "411521"),
    ("住房和城乡建设局", "罗山县人民政府办公室", "全县", "罗山县住房和城乡建设局", "411521"),
    ("青禾新区管理委员会", "罗山县人民政府办公室", "全县", "青禾新区管理委员会", None),  # a name of its own place
    ("统计局", "西宁市人民政府办公室", "全市", "统计局", None),  # a city's portal: which 市 is not said
    ("统计局", "罗山县人民政府办公室", "全市", "统计局", None),
    ("国家统计局", "罗山县人民政府办公室", "全县", "国家统计局", None),  # a national body is no county's
])
def test_a_department_named_by_its_kind_alone_takes_the_sites_county(source, owner, words, body, code):
    meta = _read(f"2024年1-11月经济运行情况\n发布时间：2024-12-12  来源：{source}\n"
                 f"1-11月，{words}规模以上工业增加值同比增长8.1%。\n主办单位：{owner}\n")
    assert (meta.body, meta.region_code) == (body, code)


@pytest.mark.parametrize("source, body", [("统计局", "峡江县统计局"), ("卫生健康委员会", "峡江县卫生健康委员会"),
                                          ("太湖流域管理局", "太湖流域管理局")])  # a name of its own is no kind
def test_a_department_named_by_its_kind_alone_under_a_title_naming_its_county_is_that_countys(source, body):
    meta = _read(f"峡江县2023年国民经济和社会发展统计公报\n发布时间：2024-04-02  来源：{source}\n"
                 "一、综合\n初步核算，2023年全县地区生产总值98.7亿元。\n主办单位：吉安市人民政府办公室\n")
    assert (meta.body, meta.region_code) == (body, "360823")


@pytest.mark.parametrize("title", ["2023年度部门决算", "罗山县水利局2024年部门预算", "2022年度部门决算公开"])
def test_a_budget_or_final_accounts_page_is_titled_by_its_kind(title):
    meta = _read(f"{title}\n第一部分 部门概况\n一、部门职责\n")
    assert meta.title == title
    # a heading inside a text is no title
    assert _read("第一部分 部门概况\n一般公共预算\n").title is None


@pytest.mark.parametrize("title, body", [
    ("2024年1-9月毕节市12345政务服务便民热线运行分析", "毕节市12345政务服务便民热线"),
    ("2024年第三季度毕节市12345政务服务便民热线工作情况通报", "毕节市12345政务服务便民热线"),
    ("2024年上半年织金县行政审批服务局工作总结", "织金县行政审批服务局"),
])
def test_a_title_opening_with_its_year_and_period_names_its_body_after_them(title, body):
    meta = _read(f"{title}\n一、基本情况\n热线共受理来电52100个，与六盘水市开展协作。\n毕节市政务服务中心\n2024年10月8日\n")
    assert (meta.body, meta.report_year) == (body, 2024)


@pytest.mark.parametrize("closing", [
    "起草单位：涉县司法局\n2023年3月6日\n",                       # a unit that drafted it, instead of a signature
    "涉县人民政府\n2023年3月6日\n承办单位：涉县司法局\n",          # ... under the signature
    "联系人：王磊  联系电话：0310-3812345\n2023年3月6日\n",        # a contact line over the date
    "联系单位：涉县司法局\n2023年3月6日\n",
    "涉县人民政府\n2023年3月6日\n抄送：县委办公室，县人大常委会办公室。\n涉县人民政府办公室  2023年3月8日印发\n",
    "涉县人民政府办公室\n2023年3月6日\n",                         # the office signs for the government the page names
    "中共涉县县委\n涉县人民政府\n2023年3月6日\n",                  # the Party committee signs with the government
    "中共涉县县委  涉县人民政府\n2023年3月6日\n",
])
def test_closing_lines_that_are_not_the_issuer_leave_it_to_the_page(closing):
    """A drafting or contact unit, the offices a report is copied to or printed by, the office that signs for its
    government and a Party committee signing with it do not issue the report: the government the page names does."""
    meta = _read("关于2022年度法治政府建设情况的报告\n发布时间：2023-03-09  来源：涉县人民政府\n"
                 "一、主要成效\n2022年，全县办理行政复议案件16件，与武安市、磁县开展执法协作。\n" + closing)
    assert (meta.body, meta.region_code, meta.report_year) == ("涉县人民政府", "130426", 2022)


@pytest.mark.parametrize("signature", ["湄潭县行政审批局\n湄潭县政务服务中心", "湄潭县行政审批局  湄潭县政务服务中心"])
def test_a_report_signed_by_two_bodies_is_the_first_signers(signature):
    """Two bodies signing, one a line or on one line, issue the report in the order they sign: a bureau signs above
    the centre it runs."""
    meta = _read("2023年政务服务工作总结\n发布时间：2024-01-09  来源：湄潭县人民政府\n"
                 "一、基本情况\n2023年，全县受理政务服务事项8620件，凤冈县、余庆县来我县跨县通办160件。\n"
                 f"{signature}\n2024年1月5日\n")
    assert (meta.body, meta.region_code) == ("湄潭县行政审批局", "520328")


@pytest.mark.parametrize("title, region", [
    ("2024年1-6月马边彝族自治县政务服务中心各窗口办件情况统计表", "乐山市马边彝族自治县"),
    ("2024年10月份宁陕县行政审批服务局办件情况通报", "安康市宁陕县"),
    ("2023年第三季度石泉县政务服务中心窗口评价情况", "安康市石泉县"),
])
def test_a_title_opening_with_its_year_and_a_part_of_it_names_its_place_after_them(title, region):
    """(an Excel attachment's title row is often such a line; the body, named before words that are no report's
    genre, 各窗口办件情况统计表, is left NULL rather than guessed)"""
    meta = _read(f"{title}\n单位：件\n受理件数\t办结件数\n3126\t3119\n")
    assert (meta.region, meta.report_year) == (region, 2024 if "2024" in title else 2023)

@pytest.mark.parametrize("title, year", [
    ("西北民族大学2024至2025学年信息公开工作年度报告", 2025),
    ("某职业技术学院2021—2022学年度信息公开工作报告", 2022),
    ("某中学2023～2024学年信息公开年度报告", 2024),
])
def test_a_school_years_report_is_of_the_year_it_ends_in(title, year):
    """A university's or a school's report over its school year is published after that year ends, as a calendar
    year's report is: its report_year is the year it ends in, its report_period 学年 (its figures are no calendar
    year's)."""
    meta = extract_metadata(f"{title}\n一、概述\n本学年，学校主动公开信息420条，收到信息公开申请3件。\n")
    assert (meta.report_year, meta.report_period) == (year, "学年")


def test_a_school_year_named_by_one_year_or_a_range_of_calendar_years_is_no_one_year():
    # 2023学年 is 2023-2024 at some schools and 2022-2023 at others; 2022—2023年度 spans two calendar years
    for title in ("某大学2023学年信息公开工作报告", "某市2022—2023年度政务公开工作报告"):
        meta = extract_metadata(f"{title}\n主动公开信息420条。\n")
        assert (meta.report_year, meta.report_period) == (None, None)


def test_a_one_line_page_behind_a_nav_bar_keeps_a_school_years_title():
    page = ("网站首页 学院概况 信息公开 教育教学 合作交流 当前位置：首页 > 信息公开 > 年度报告 "
            "西北民族大学2024至2025学年信息公开工作年度报告 发布时间：2025-10-28 一、概述 本学年，学校主动公开信息"
            "1620条。 二、依申请公开情况 本学年收到申请2件。 版权所有：西北民族大学")
    _, meta = read_page(page)
    assert (meta.title, meta.report_year, meta.body) == ("西北民族大学2024至2025学年信息公开工作年度报告", 2025,
                                                         "西北民族大学")


@pytest.mark.parametrize("title, body, code", [
    # a vertical system's unit of a place: the place after the system's name
    ("国家税务总局陇西县税务局", "国家税务总局陇西县税务局", "621122"),
    ("中国人民银行黄石市分行", "中国人民银行黄石市分行", "420200"),
    ("中国人民银行汉中市中心支行", "中国人民银行汉中市中心支行", "610700"),
    # a financial regulator's branch is set up per prefecture-level city and named by it, as a customs district
    # named by its city is (set 37; this case read NULL before)
    ("国家金融监督管理总局乐山监管分局", "国家金融监督管理总局乐山监管分局", "511100"),
    # a customs house is named after a port, not the place it sits in
    ("中华人民共和国拱北海关", "中华人民共和国拱北海关", None),
])
def test_a_vertical_bodys_unit_is_of_the_place_its_name_holds(title, body, code):
    meta = extract_metadata(f"{title}2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我单位主动公开信息"
                            "215条，与西安市、兰州市的同级单位开展交流。\n")
    assert (meta.body, meta.region_code) == (body, code)


def test_a_utility_named_by_its_sites_citys_short_name_is_that_citys():
    report = ("利川水务有限公司2023年度信息公开工作报告\n发布时间：2024-03-20\n"
              "一、总体情况\n2023年，公司完成恩施市、咸丰县交界管网改造，主动公开信息86条。\n")
    _, meta = read_page(report + "主办单位：利川市人民政府办公室\n鄂ICP备05001234号\n")
    assert (meta.body, meta.region_code) == ("利川水务有限公司", "422802")
    # without the site's owner, or on another place's site, the short name names no place
    assert read_page(report)[1].region_code is None
    assert read_page(report + "主办单位：恩施市人民政府办公室\n")[1].region_code is None


def test_a_town_named_alone_takes_the_county_its_breadcrumb_names_by_its_full_name():
    report = ("牙屯堡镇2023年政府信息公开工作年度报告\n发布时间：2024-01-23\n"
              "一、总体情况\n2023年，我镇与靖州苗族侗族自治县、会同县的乡镇结对，主动公开政府信息97条。\n")
    _, meta = read_page("当前位置：首页 > 政务公开 > 乡镇街道 > 通道侗族自治县 > 牙屯堡镇\n" + report)
    assert (meta.region_code, meta.body) == ("431230", "通道侗族自治县牙屯堡镇人民政府")
    # a step naming its city gives no county, and a step's short name no place: the town stays unknown
    for crumbs in ("首页 > 怀化市 > 乡镇信息公开 > 牙屯堡镇", "首页 > 走进通道 > 乡镇信息公开"):
        _, meta = read_page(f"当前位置：{crumbs}\n" + report)
        assert (meta.region_code, meta.body) == (None, None)


def test_a_jointly_issued_report_is_its_first_bodys_with_the_others_as_co_issuers():
    def read(title: str, signature: str = "") -> tuple:
        meta = extract_metadata(f"{title}\n一、总体情况\n2023年，主动公开政府信息215条。\n{signature}")
        return meta.body, meta.co_issuers
    # named together in the title (、 or 和 before a place), the first leads
    assert read("汝城县人民政府办公室、汝城县数据资源局2023年政府信息公开工作年度报告") == (
        "汝城县人民政府办公室", ("汝城县数据资源局",))
    assert read("汝城县人民政府办公室和汝城县政务服务中心2023年政务公开工作总结") == (
        "汝城县人民政府办公室", ("汝城县政务服务中心",))
    # signing together: the bureau over its centre, the government with the Party committee, the bureau with the
    # survey team; a co-signer named by its level is of the body's place
    assert read("2023年政务服务工作总结", "汝城县行政审批服务局\n县政务服务中心\n2024年1月8日\n") == (
        "汝城县行政审批服务局", ("汝城县政务服务中心",))
    assert read("关于2023年度法治政府建设情况的报告", "中共汝城县委  汝城县人民政府\n2024年3月1日\n") == (
        "汝城县人民政府", ("中共汝城县委",))
    assert read("汝城县2023年国民经济和社会发展统计公报", "汝城县统计局  国家统计局汝城调查队\n2024年3月20日\n") == (
        "汝城县统计局", ("国家统计局汝城调查队",))
    # one name holding 和, one signer, a signer the title's body does not lead: no co-issuers
    assert read("汝城县发展和改革局2023年政府信息公开工作年度报告") == ("汝城县发展和改革局", ())
    assert read("汝城县数据资源局2023年政府信息公开工作年度报告", "汝城县数据资源局\n2024年1月20日\n") == (
        "汝城县数据资源局", ())
    assert read("汝城县数据资源局2023年政府信息公开工作年度报告", "汝城县人民政府办公室\n汝城县大数据中心\n2024年1月20日\n") == (
        "汝城县数据资源局", ())


def test_a_files_name_is_its_title_where_the_text_prints_none_or_only_its_genre():
    body = "一、总体情况\n2022年，我局全面推进政务公开，主动公开政府信息188条。\n二、依申请公开情况\n本年收到申请2件。\n"

    def read(text: str, name: str):
        return extract_metadata(text, file_name=name)
    # no title line: the name's, past its folder, an attachment's number and a copy's mark
    meta = read(body, "下载/附件3、宜章县林业局2022年度政府信息公开工作年度报告（2）.pdf")
    assert (meta.title, meta.report_year, meta.region_code, meta.body) == (
        "宜章县林业局2022年度政府信息公开工作年度报告", 2022, "431022", "宜章县林业局")
    assert {k: meta.found_in[k] for k in ("title", "region", "body")} == {
        "title": "file_name", "region": "file_name", "body": "file_name"}
    # a title of the genre alone, with its year or without: the name that holds it
    for genre in ("政府信息公开工作年度报告", "2022年度政府信息公开工作年度报告", "政府信息公开工作年度报告\n（2022年度）"):
        meta = read(f"{genre}\n{body}", "宜章县林业局2022年度政府信息公开工作年度报告.docx")
        assert (meta.title, meta.body) == ("宜章县林业局2022年度政府信息公开工作年度报告", "宜章县林业局"), genre
    # a workbook's first row of the table's words alone
    meta = read("办件情况汇总表\n窗口\t受理\t办结\n综合窗口\t210\t208\n", "2024年1-9月苍溪县政务服务中心办件情况汇总表.xlsx")
    assert (meta.title, meta.report_year, meta.report_period, meta.region_code, meta.body) == (
        "2024年1-9月苍溪县政务服务中心办件情况汇总表", 2024, "1-9月", "510824", "苍溪县政务服务中心")


def test_a_town_the_text_names_without_its_county_takes_the_county_its_files_name_or_title_spells():
    text = ("葛公镇2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我镇主动公开政府信息96条。\n"
            "二、依申请公开情况\n本年收到申请1件。\n葛公镇人民政府\n2023年1月16日\n")

    def read(name=None, title=None):
        meta = extract_metadata(text, file_title_property=title, file_name=name)
        return meta.body, meta.region_code, meta.found_in.get("region")
    # the name a site or a researcher saved it under, past a crawler's id; a PDF printed from the Word file so named
    assert read(name="007_东至县葛公镇2022年年报.pdf") == ("东至县葛公镇人民政府", "341721", "file_name")
    assert read(name="附件1：池州市东至县葛公镇年报.pdf") == ("东至县葛公镇人民政府", "341721", "file_name")
    assert read(title="Microsoft Word - 东至县葛公镇2022年年报.doc") == ("东至县葛公镇人民政府", "341721", "file")
    assert read(title="东至县葛公镇人民政府2022年政府信息公开工作年度报告") == ("东至县葛公镇人民政府", "341721", "file")
    # a 街道 as well
    street = text.replace("葛公镇人民政府", "九龙街道办事处").replace("葛公镇", "九龙街道").replace("我镇", "我街道")
    assert extract_metadata(street, file_name="岳池县九龙街道2022年度报告.docx").body == "岳池县九龙街道办事处"
    # the town alone, under a city, or another town: no county, so none
    for name, title in (("葛公镇2022年年报.pdf", "Microsoft Word - 葛公镇年报.docx"), ("池州市葛公镇年报.pdf", None),
                        ("东至县尧渡镇2022年年报.pdf", "Microsoft Word - 东至县尧渡镇年报.docx")):
        assert read(name, title) == (None, None, None), name


def test_a_town_that_says_which_county_it_lies_in_is_that_countys():
    def read(where: str):
        meta = extract_metadata(f"罗渡镇2023年政府信息公开工作年度报告\n一、总体情况\n{where}2023年，我镇主动公开政府信息85条。\n"
                                "罗渡镇人民政府\n2024年1月12日\n")
        return meta.body, meta.region_code, meta.found_in.get("region")
    assert read("罗渡镇位于岳池县东北部，辖9个村。") == ("岳池县罗渡镇人民政府", "511621", "text")
    assert read("我镇地处岳池县北部，面积96平方公里。") == ("岳池县罗渡镇人民政府", "511621", "text")
    # a city, or a county named without 位于/地处 (a neighbour, a visit): no county
    for where in ("罗渡镇位于广安市北部。", "组织干部赴岳池县学习。", "罗渡镇与岳池县接壤。", "罗渡镇位于岳池县、武胜县交界处。"):
        assert read(where) == (None, None, None), where
    # a file's name spelling it under another county: neither is sure
    meta = extract_metadata("罗渡镇2023年政府信息公开工作年度报告\n一、总体情况\n罗渡镇位于岳池县东北部。\n罗渡镇人民政府\n",
                            file_name="武胜县罗渡镇2023年报.pdf")
    assert (meta.body, meta.region_code) == (None, None)


def test_a_town_the_text_names_without_its_county_takes_the_county_its_running_head_spells():
    text = ("官庄镇2024年政府信息公开工作年度报告\n一、总体情况\n2024年，本镇主动公开政府信息128条。\n"
            "二、依申请公开情况\n本年未收到申请。\n官庄镇人民政府\n2025年1月14日\n")

    def read(*heads, name=None):
        meta = extract_metadata(text, file_name=name, running_heads=list(heads))
        return meta.body, meta.region_code, meta.found_in.get("region")
    assert read("沂南县官庄镇人民政府") == ("沂南县官庄镇人民政府", "371321", "file")
    assert read("政务公开", "沂南县官庄镇  2024年度") == ("沂南县官庄镇人民政府", "371321", "file")
    # the head under a city, of another town, a word alone, or under another county than the file's name: none
    for heads, name in ((["临沂市官庄镇人民政府"], None), (["沂南县砖埠镇人民政府"], None), (["内部资料 注意保存"], None),
                        (["沂南县官庄镇人民政府"], "兰陵县官庄镇2024年报.docx")):
        assert read(*heads, name=name) == (None, None, None), heads


@pytest.mark.parametrize("posted, body, code", [
    ("成都市武侯区人民政府", "武侯区玉林街道办事处", "510107"),
    ("武侯区人民政府办公室", "武侯区玉林街道办事处", "510107"),
    # a city's government, a name two districts share, a government named by its level: no district
    ("成都市人民政府", None, None),
    ("江北区人民政府", None, None),
    ("区人民政府", None, None),
])
def test_a_street_named_alone_is_of_the_county_whose_government_posts_it(posted, body, code):
    text = ("玉林街道2024年上半年工作总结\n上半年，玉林街道完成社区微更新项目12个，新增就业岗位640个。\n"
            "玉林街道办事处\n2024年7月5日\n")
    meta = extract_metadata(text, [("标题", "玉林街道2024年上半年工作总结"), ("发布机构", posted)])
    assert (meta.body, meta.region_code) == (body, code)


@pytest.mark.parametrize("first, body, code", [
    ("乐安县招携镇人民政府", "乐安县招携镇人民政府", "361025"),  # a running head a one-page PDF prints as its first line
    ("乐安县招携镇人民政府文件", "乐安县招携镇人民政府", "361025"),
    # a sentence, a city, another town: none
    ("组织干部赴乐安县招携镇学习交流", None, None),
    ("抚州市招携镇人民政府", None, None),
    ("乐安县鳌溪镇人民政府", None, None),
])
def test_a_town_named_alone_takes_the_county_of_the_name_over_its_text(first, body, code):
    meta = extract_metadata(f"{first}\n招携镇2024年政府信息公开工作年度报告\n一、总体情况\n2024年，本镇主动公开政府信息97条。\n"
                            "招携镇人民政府\n2025年1月16日\n")
    assert (meta.body, meta.region_code) == (body, code)


def test_a_word_file_headed_with_its_streets_county_is_that_countys():
    from govpipeline_tests.report_files import Report, to_docx
    data = to_docx(Report(["东关街道2023年工作总结", "2023年，东关街道新增市场主体186户，化解矛盾纠纷97件。",
                           "东关街道办事处", "2024年1月9日"]), running_head="永新县东关街道办事处")
    row = normalize_document(read_document("附件2.docx", data))[0]
    assert (row["body"], row["region_code"], row["publish_date"].isoformat()) == (
        "永新县东关街道办事处", "360830", "2024-01-09")


def test_a_yearless_undated_report_takes_the_year_its_files_name_gives_with_nian_du():
    text = ("金寨县林业局政府信息公开工作年度报告\n一、总体情况\n本年度，我局主动公开政府信息64条。\n"
            "二、依申请公开情况\n本年度未收到申请。\n金寨县林业局\n")
    meta = extract_metadata(text, file_name="下载/2021年度报告.docx")
    assert (meta.report_year, meta.found_in["report_year"], meta.body) == (2021, "file_name", "金寨县林业局")
    # a year without 年度 may be the year it was published in; a range is no one year
    for name in ("2022年报.docx", "2021-2022年度报告.docx", "附件1.docx"):
        assert extract_metadata(text, file_name=name).report_year is None, name
    # a date in the text dates it as before
    assert extract_metadata(text + "2023年2月6日\n", file_name="2020年度报告.docx").report_year == 2022


def test_a_name_against_the_text_or_a_name_that_is_an_id_gives_nothing():
    body = "一、总体情况\n2022年，我局全面推进政务公开，主动公开政府信息188条。\n二、依申请公开情况\n本年收到申请2件。\n"
    # the text's own title wins, and a title's year, a text's year or a signer's place the name contradicts
    meta = extract_metadata("桂东县2022年政府信息公开工作年度报告\n" + body, file_name="汝城县2022年政府信息公开工作年度报告.pdf")
    assert (meta.title, meta.region_code) == ("桂东县2022年政府信息公开工作年度报告", "431027")
    for text, name in (("2022年度政府信息公开工作年度报告\n" + body, "桂东县林业局2021年度政府信息公开工作年度报告.pdf"),
                       (body, "桂东县林业局2021年度政府信息公开工作年度报告.pdf"),
                       (body + "汝城县林业局\n2023年1月18日\n", "桂东县林业局2022年度政府信息公开工作年度报告.pdf")):
        meta = extract_metadata(text, file_name=name)
        assert "file_name" not in meta.found_in.values() and meta.region_code != "431027", name
    # ids and words name nothing, not even a date
    for name in ("P020230118609871.pdf", "t20230118_4410.shtml", "content_1021.html", "附件.docx", "附件2.doc",
                 "W020230118.xls"):
        meta = extract_metadata(body, file_name=name)
        assert (meta.title, meta.region_code, meta.body, meta.publish_date) == (None, None, None, None), name
    # a work report's title is the genre, its government named in its session line
    meta = extract_metadata("政府工作报告\n——2023年1月10日在桂东县第十八届人民代表大会第二次会议上\n各位代表：\n"
                            "过去一年，全县生产总值增长6%。\n", file_name="桂东县政府工作报告.pdf")
    assert meta.title == "政府工作报告"


def test_a_name_another_text_was_saved_under_gives_no_place():
    """A title-less, unsigned text whose own words go against its name: it names another place's government first,
    speaks as a county under a city's name or as a bureau under a place's, the name names two places, or the text
    never names the name's year. The name then gives nothing: NULL, never the name's place."""
    def read(text: str, name: str):
        meta = extract_metadata(text, file_name=name)
        return meta.region_code, meta.body, meta.report_year

    tail = "二、依申请公开情况\n本年收到申请4件。\n"
    assert read(f"一、总体情况\n2024年，渠县人民政府深入推进政务公开，主动公开政府信息960条。\n{tail}",
                "开江县2024年政府信息公开工作年度报告.docx")[:2] == (None, None)
    assert read(f"一、总体情况\n2024年，全县深入推进政务公开，县人民政府主动公开政府信息960条。\n{tail}",
                "万源市2024年政府信息公开工作年度报告.pdf")[:2] == (None, None)
    assert read(f"一、总体情况\n2024年，本局深入推进政务公开，主动公开政府信息96条。\n{tail}",
                "达州市2024年政府信息公开工作年度报告.pdf")[:2] == (None, None)
    assert read(f"一、总体情况\n2024年，全县深入推进政务公开，主动公开政府信息960条。\n{tail}",
                "宣汉县和大竹县2024年政府信息公开工作年度报告.pdf")[:2] == (None, None)
    assert read(f"一、总体情况\n统计期限为2024年1月1日至2024年12月31日。全年主动公开政府信息960条。\n{tail}"
                "2025年1月16日\n", "大竹县2023年政府信息公开工作年度报告.pdf")[2] != 2023
    # the name agrees where the text speaks of its own level, its county above it or no place at all
    assert read(f"一、总体情况\n2024年，全市深入推进政务公开，在达州市人民政府考核中位列第一。\n{tail}",
                "万源市2024年政府信息公开工作年度报告.pdf") == ("511781", "万源市人民政府", 2024)


def test_a_bay_named_after_a_city_names_no_place():
    """A zone named after a bay (钦州湾…) lies on shores of more than the city the bay is named after."""
    assert extract_metadata("钦州湾临海工业区管理委员会2024年政府信息公开工作年度报告\n一、总体情况\n"
                            "2024年，工业区主动公开政府信息96条。\n").region_code is None
    assert extract_metadata("钦州港经济技术开发区管理委员会2024年政府信息公开工作年度报告\n一、总体情况\n"
                            "2024年，开发区主动公开政府信息96条。\n").region_code == "450700"


def test_a_table_or_bulletin_title_names_the_body_before_the_tables_own_words():
    def body_of(title: str) -> str | None:
        return extract_metadata(f"{title}\n项目\t本期\t上年同期\n受理件数\t3120\t2980\n").body
    assert body_of("2023年第三季度嘉禾县政务服务中心运行情况通报") == "嘉禾县政务服务中心"
    assert body_of("2023年1-9月嘉禾县行政审批服务局各窗口受理情况统计表") == "嘉禾县行政审批服务局"
    # (the government's 政务服务中心 is its 政务服务中心: one body however named)
    assert body_of("2023年嘉禾县人民政府政务服务中心办件情况统计表") == "嘉禾县政务服务中心"
    # a table of its services' ratings or its matters, 政务服务 opening the table's words and not the centre's name
    assert body_of("2023年12月嘉禾县政务服务中心政务服务好差评情况通报") == "嘉禾县政务服务中心"
    assert body_of("2023年嘉禾县人民政府政务服务中心好差评情况统计表") == "嘉禾县政务服务中心"
    assert body_of("2023年嘉禾县人民政府政务服务中心政务服务评价情况统计表") == "嘉禾县政务服务中心"
    assert body_of("2023年嘉禾县行政审批服务局事项办理情况一览表") == "嘉禾县行政审批服务局"
    # some of a place's bodies, or a kind word that is part of the table's words, name no body; the place stays
    assert body_of("2023年1-9月嘉禾县各乡镇便民服务中心办件情况统计表") is None
    assert body_of("2023年1-9月嘉禾县政务服务办件情况统计表") is None
    assert extract_metadata("2023年1-9月嘉禾县各乡镇便民服务中心办件情况统计表\n乡镇\t受理\n珠泉镇\t120\n").region_code == "431024"


@pytest.mark.parametrize("page, title, region", [
    # a page's text extracted without breaks: the report's first words run onto its title
    ("瑞金市人民政府2022年政府信息公开工作年度报告本报告根据《中华人民共和国政府信息公开条例》编制。一、总体情况全年共收到申请41件。",
     "瑞金市人民政府2022年政府信息公开工作年度报告", "赣州市瑞金市"),
    ("宁陕县政务服务中心2023年工作总结2023年，宁陕县政务服务中心全年受理办件2.1万件。",
     "宁陕县政务服务中心2023年工作总结", "安康市宁陕县"),
    # a breadcrumb run onto the title: the title starts where a place is first named, never in the crumbs
    ("首页>政务公开>年度报告瑞金市人民政府2022年政府信息公开工作年度报告发布时间：2023-01-16本报告根据《条例》编制。",
     "瑞金市人民政府2022年政府信息公开工作年度报告", "赣州市瑞金市"),
    ("首页»信息公开»年报石泉县人民政府2022年政府信息公开工作年度报告 本报告根据《条例》编制。全年共收到申请12件。",
     "石泉县人民政府2022年政府信息公开工作年度报告", "安康市石泉县"),
])
def test_a_one_line_pages_title_is_found_where_its_text_or_breadcrumb_runs_onto_it(page, title, region):
    meta = _read(page)
    assert (meta.title, meta.region) == (title, region)
    assert meta.body and not meta.body.startswith(("首页", "年度", "年报"))


@pytest.mark.parametrize("label", ["当前位置： ", "您的位置：　", "您现在的位置: ", "Location: "])
def test_a_one_line_pages_breadcrumb_label_set_apart_from_its_first_step(label):
    # the label and 首页 are two runs of the line; the title is still the run after the breadcrumb's last step
    meta = _read(f"{label}首页 > 部门信息公开 > 年度报告 阜平县水利局2020年度政府信息公开工作年度报告 来源：县水利局 "
                 "时间：2021-02-03 10:12 微信 微博 本报告根据《条例》编制。全年共收到申请7件。")
    assert (meta.title, meta.body, meta.region_code, meta.publish_date) == (
        "阜平县水利局2020年度政府信息公开工作年度报告", "阜平县水利局", "130624", "2021-02-03")


@pytest.mark.parametrize("page", [
    "首页 > 部门年报 弥勒市民政局二〇二〇年度政府信息公开工作年度报告 发布时间：2021-01-26 本报告根据《条例》编制。",
    "弥勒市民政局二〇二〇年度政府信息公开工作年度报告发布时间：2021-01-26 来源：县民政局 本报告根据《条例》编制。",
])
def test_a_one_line_pages_title_with_its_year_in_numerals_keeps_them(page):
    meta = _read(page)
    assert (meta.title, meta.report_year, meta.body, meta.region_code) == (
        "弥勒市民政局二〇二〇年度政府信息公开工作年度报告", 2020, "弥勒市民政局", "532504")


@pytest.mark.parametrize("page", [
    # a widget in brackets before the title, and a title with its site's name, on a one-line page
    "【字体：大 中 小】 瑞金市人民政府2022年政府信息公开工作年度报告 信息来源：瑞金市政府办 发布日期：2023-01-16 本报告根据《条例》编制。",
    "[字号：大 中 小] 瑞金市人民政府2022年政府信息公开工作年度报告 本报告根据《条例》编制。全年共收到申请41件。",
    "瑞金市人民政府2022年政府信息公开工作年度报告_瑞金市人民政府 本报告根据《条例》编制。全年共收到申请41件。",
])
def test_a_one_line_pages_title_is_read_past_a_bracketed_widget_and_without_its_sites_name(page):
    meta = _read(page)
    assert (meta.title, meta.body, meta.region) == (
        "瑞金市人民政府2022年政府信息公开工作年度报告", "瑞金市人民政府", "赣州市瑞金市")


_OPENING = "一、总体情况\n2023年，全面推进政务公开工作。全年主动公开政府信息236条。\n"


@pytest.mark.parametrize("header", [
    # one cell a line, an empty cell (发文字号), 主题词 left empty over the report's title line
    "索引号\nMB0987654/2024-00031\n发布机构\n宁津县水利局\n成文日期\n2024年01月17日\n标题\n"
    "宁津县水利局2023年政府信息公开工作年度报告\n发文字号\n发布日期\n2024年01月23日\n主题词\n",
    # the same with a colon after each key
    "索引号：\nMB0987654/2024-00031\n发布机构：\n宁津县水利局\n成文日期：\n2024-01-17\n发布日期：\n2024-01-23\n",
    # the whole catalogue run together on one line, no space before each key
    "索引号：MB0987654/2024-00031主题分类：水利发布机构：宁津县水利局成文日期：2024年01月17日"
    "标题：宁津县水利局2023年政府信息公开工作年度报告发文字号：发布日期：2024年01月23日主题词：\n",
    # a date under its key written without separators
    "发布时间：20240123  来源：宁津县水利局\n",
])
def test_a_catalogue_in_other_copies_gives_its_date_and_body(header):
    page = header + "宁津县水利局2023年政府信息公开工作年度报告\n" + _OPENING + "宁津县水利局\n2024年1月17日\n"
    norm = normalize_text(page)
    meta = extract_metadata(norm.text, norm.page_info)
    assert (meta.title, meta.publish_date, meta.body, meta.region_code) == (
        "宁津县水利局2023年政府信息公开工作年度报告", "2024-01-23", "宁津县水利局", "371422")
    assert norm.text.startswith("宁津县水利局2023年政府信息公开工作年度报告\n一、总体情况")


def test_a_data_tables_cells_one_a_line_are_no_catalogue():
    page = "名称\n数量\n主动公开信息\n236\n" + _OPENING
    assert normalize_text(page).text == page.rstrip("\n")


@pytest.mark.parametrize("page, published", [
    ("标题：镇赉县2023年政府信息公开工作年度报告\n抓取时间：2024-08-12 14:05:09\n----------\n" + _OPENING
     + "镇赉县人民政府\n2024年1月25日\n", "2024-01-25"),
    # on one line, the signature after the last sentence dates it too, never the fetch
    ("镇赉县2023年政府信息公开工作年度报告 采集时间：2024-08-12 14:05:09 " + _OPENING.replace("\n", " ")
     + "镇赉县人民政府 2024年1月25日", "2024-01-25"),
])
def test_the_day_a_crawler_fetched_a_page_is_not_its_date(page, published):
    norm = normalize_text(page)
    meta = extract_metadata(norm.text, norm.page_info)
    assert meta.publish_date == published and meta.region_code == "220821"


def test_a_brigade_or_detachment_is_its_own_body():
    for title, body, region in (("宁明县公安局交通警察大队2023年政府信息公开工作年度报告", "宁明县公安局交通警察大队",
                                 "451422"),
                                ("普洱市公安局交通警察支队2023年政府信息公开工作年度报告", "普洱市公安局交通警察支队",
                                 "530800")):
        meta = extract_metadata(title + "\n发布时间：2024-01-30  来源：" + body[:body.index("局") + 1] + "\n" + _OPENING)
        assert (meta.body, meta.region_code) == (body, region)


@pytest.mark.parametrize("lines", [
    ["墨江哈尼族自治县人民政府2023年政府信息公开", "工作年度报告"], ["墨江哈尼族自治县人民政府2023年政务公开工作", "年度报告"],
    # a bulletin's, an environment bulletin's
    ["2022年黎川县国民经济", "和社会发展统计公报"], ["资溪县2024年国民经济和社会发展", "统计公报"],
    ["抚州市2023年生态环境", "状况公报"], ["2021年南丰县环境质量", "状况公报"],
    # a body's name, then 关于… cut before the genre's words
    ["宜黄县人民政府", "关于2024年度法治政府建设", "情况的报告"], ["关于2023年度县级预算执行", "情况的报告"],
])
def test_a_title_wrapped_inside_its_genres_words_is_joined(lines):
    assert extract_title("\n".join(lines) + "\n" + _OPENING) == "".join(lines)


@pytest.mark.parametrize("header", [
    # the title wrapped inside its cell, after its genre's first words or after the body's name
    "索引号\nMB1122334/2024-00004\n发布机构\n丹棱县农业农村局\n标题\n丹棱县农业农村局2023年政府信息公开\n工作年度报告\n"
    "发布日期\n2024-01-26\n",
    "索 引 号\nMB1122334/2024-00004\n标    题\n丹棱县农业农村局\n2023年政府信息公开工作年度报告\n发布日期\n2024-01-26\n",
    # an unknown key first (文档编号), ours run on after it
    "文档编号：MB1122334/2024-00004发布机构：丹棱县农业农村局发布日期：2024-01-26"
    "标题：丹棱县农业农村局2023年政府信息公开工作年度报告\n",
    # the date with its weekday, and in numerals
    "丹棱县农业农村局2023年政府信息公开工作年度报告\n2024年01月26日 星期五  来源：丹棱县农业农村局\n",
    "丹棱县农业农村局2023年政府信息公开工作年度报告\n2024-01-26 16:05 星期五  来源：丹棱县农业农村局\n",
    "丹棱县农业农村局2023年政府信息公开工作年度报告\n发布日期：二〇二四年一月二十六日  来源：丹棱县农业农村局\n",
])
def test_a_catalogue_wrapped_or_opening_with_an_unknown_key_and_dates_with_weekdays_or_numerals(header):
    norm = normalize_text(header + _OPENING)
    meta = extract_metadata(norm.text, norm.page_info)
    assert (meta.title, meta.publish_date, meta.body, meta.region_code) == (
        "丹棱县农业农村局2023年政府信息公开工作年度报告", "2024-01-26", "丹棱县农业农村局", "511424")
    assert "星期" not in norm.text and "编号" not in norm.text


@pytest.mark.parametrize("outlet, region", [("洪雅县融媒体中心", "511423"), ("眉山日报社", None),
                                            ("洪雅县广播电视台", "511423")])
def test_a_news_outlet_as_the_pages_source_is_no_body(outlet, region):
    """An outlet reposts a report; a county's outlet on a report that speaks as 我县 names the county's place."""
    page = f"2023年政府信息公开工作年度报告\n发布时间：2024-01-24  来源：{outlet}\n" + _OPENING.replace("全面推进", "我县全面推进")
    norm = normalize_text(page)
    meta = extract_metadata(norm.text, norm.page_info)
    assert (meta.body, meta.issuer, meta.region_code) == (None, None, region)


def test_a_cover_title_over_three_lines_the_place_alone_on_the_first():
    assert extract_title("温县\n2023年政务公开\n工作年度报告\n温县人民政府\n2024年1月\n" + _OPENING) \
        == "温县2023年政务公开工作年度报告"


@pytest.mark.parametrize("between, second_year", [("", 2022), (" 嵩县人民政府 2024年1月22日", 2022)])
def test_two_reports_run_together_on_one_line_are_two(between, second_year):
    """The second report's title runs onto the first's last sentence, or onto its signature's date."""
    def report(year: int) -> str:
        return (f"嵩县{year}年政府信息公开工作年度报告 一、总体情况 {year}年，全县全面推进政务公开工作。全年主动公开政府"
                f"信息{year - 1800}条，其中规范性文件9件。 二、收到和处理政府信息公开申请情况 本年新收政府信息公开申请"
                "35件，上年结转2件，办理结果总计34件，结转下年度继续办理3件。 三、存在的主要问题及改进情况 政务公开的标准化"
                "规范化水平仍需提高，部分单位公开内容不够全面，解读形式较为单一。下一步将加强业务培训，完善工作制度。")
    text = normalize_text(report(2023) + between + report(2022)).text
    spans = report_spans(text)
    assert len(spans) == 2
    second = extract_metadata(text[spans[1][0]:spans[1][1]])
    assert (second.title, second.report_year, second.region_code) == (
        f"嵩县{second_year}年政府信息公开工作年度报告", second_year, "410325")


def test_a_date_of_anothers_label_run_on_is_not_the_pages():
    """日期 ends 废止日期 and 生效日期 too: run onto a value, only a key of its own (成文日期) is read."""
    page = ("索引号：MB5566778/2021-00003发布机构：永登县人民政府成文日期：2021-01-22废止日期：2024-01-01\n"
            "永登县人民政府2020年政府信息公开工作年度报告\n" + _OPENING.replace("2023", "2020"))
    norm = normalize_text(page)
    meta = extract_metadata(norm.text, norm.page_info)
    assert (meta.publish_date, meta.body, meta.region_code) == ("2021-01-22", "永登县人民政府", "620121")


@pytest.mark.parametrize("label", ["您当前的位置", "当前所在位置", "所在位置", "您所在的位置", "您现在所在的位置", "当前的位置"])
def test_a_breadcrumb_under_any_label_of_a_printed_page_is_no_title(label):
    # a page saved as PDF by a browser: its breadcrumb is the text's first line, as sites word its label
    page = (f"{label}：网站首页 >> 部门信息公开 >> 统计信息\n宁洱县统计局2022年政府信息公开工作年度报告\n"
            "发布时间：2023-01-29　来源：宁洱县统计局　浏览：73\n一、总体情况\n2022年，我局主动公开政府信息215条。\n")
    norm, meta = read_page(page)
    assert norm.text.startswith("宁洱县统计局2022年")
    assert (meta.title, meta.publish_date) == ("宁洱县统计局2022年政府信息公开工作年度报告", "2023-01-29")


def test_a_title_with_its_first_paragraph_printed_on_after_it():
    page = ("卓资县林业和草原局2023年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》规定，现公布本局\n"
            "2023年度政府信息公开工作年度报告。\n一、总体情况\n2023年，我局主动公开政府信息96条。\n卓资县林业和草原局\n"
            "2024年1月24日\n")
    _, meta = read_page(page)
    assert (meta.title, meta.report_year, meta.publish_date) == (
        "卓资县林业和草原局2023年政府信息公开工作年度报告", 2023, "2024-01-24")
    assert meta.body == "卓资县林业和草原局"


def test_an_audit_report_to_the_standing_committee_entrusted_by_the_government_is_the_governments():
    """Decision (stop 46): an audit work report a department's head delivers 受某区人民政府委托 at the standing
    committee is the government's, as its plan and budget reports are; one in the department's own name stays its."""
    text = ("关于2023年度沈河区本级预算执行和其他财政收支的审计工作报告\n"
            "——2024年8月27日在沈阳市沈河区第十八届人民代表大会常务委员会第二十一次会议上\n沈河区审计局局长 某某\n"
            "主任、各位副主任、各位委员：\n我受区人民政府委托，报告2023年度区本级预算执行的审计情况。\n")
    meta = extract_metadata(text, [("发布时间", "2024-09-02"), ("来源", "沈河区审计局")])
    assert (meta.body, meta.region_code) == ("沈河区人民政府", "210103")
    own = extract_metadata(text.replace("我受区人民政府委托，", ""), [("发布时间", "2024-09-02"), ("来源", "沈河区审计局")])
    assert (own.body, own.region_code) == ("沈河区审计局", "210103")
    # the government still makes its work report to the congress, whoever posts it
    work = "政府工作报告\n——2024年1月10日在沈河区第十八届人民代表大会第四次会议上\n各位代表：\n"
    assert extract_metadata(work, [("来源", "沈河区人民政府办公室")]).body == "沈河区人民政府"


@pytest.mark.parametrize("title, head, entrusted", [
    ("关于2023年度国有资产管理情况的综合报告", "平谷区财政局局长", "受区人民政府委托，现将我区2023年度国有资产管理情况报告如下"),
    ("关于全市食品安全工作情况的报告", "淮北市市场监督管理局局长", "受市人民政府委托，我向本次会议报告全市食品安全工作情况"),
])
def test_any_report_to_the_standing_committee_entrusted_by_the_government_is_the_governments(title, head, entrusted):
    """Decision (stop 47): 受…人民政府委托 says whose report it is, whatever its genre (a state assets or a special work
    report, as a plan, budget or audit report); one in the department's own name stays its."""
    text = (f"{title}\n——2024年10月22日在某届人民代表大会常务委员会第十二次会议上\n{head} 某某\n"
            f"主任、各位副主任、各位委员：\n{entrusted}，请予审议。\n")
    source = [("发布时间", "2024-10-30"), ("来源", head.removesuffix("局长"))]
    assert extract_metadata(text, source).body.endswith("人民政府")
    assert extract_metadata(text.replace(entrusted.split("，")[0] + "，", ""), source).body == source[1][1]


@pytest.mark.parametrize("head, issuer", [
    # the head's line under the session names the body delivering the report
    ("关于县人民法院工作的报告\n——2025年1月7日在宁陵县第十七届人民代表大会第五次会议上\n宁陵县人民法院代院长 某某\n",
     "宁陵县人民法院"),
    ("检察工作报告\n——2025年1月7日在宁陵县第十七届人民代表大会第五次会议上\n宁陵县人民检察院检察长　某某某\n",
     "宁陵县人民检察院"),
    ("宁陵县人大常委会工作报告\n——2025年1月6日在宁陵县第十七届人民代表大会第五次会议上\n宁陵县人大常委会主任 某某\n",
     "宁陵县人民代表大会常务委员会"),
    # a title naming the body by its kind alone (检察院工作报告) takes the name with its place
    ("检察院工作报告\n——2025年1月7日在宁陵县第十七届人民代表大会第五次会议上\n宁陵县人民检察院检察长 某某\n",
     "宁陵县人民检察院"),
    # no head's line: the body the report speaks for, by its level, in the session's place
    ("报告\n——2025年1月7日在宁陵县第十七届人民代表大会第五次会议上\n各位代表：\n我代表县人民检察院，向大会报告工作。\n",
     "宁陵县人民检察院"),
    # or the body the title names
    ("宁陵县人民代表大会常务委员会工作报告\n——2025年1月6日在宁陵县第十七届人民代表大会第五次会议上\n各位代表：\n",
     "宁陵县人民代表大会常务委员会"),
    # the government's own report, and its department's report of the government's plan, stay the government's
    ("政府工作报告\n——2025年1月6日在宁陵县第十七届人民代表大会第五次会议上\n宁陵县人民政府县长 某某\n", "宁陵县人民政府"),
    ("关于宁陵县2024年国民经济和社会发展计划执行情况的报告\n——2025年1月6日在宁陵县第十七届人民代表大会第五次会议上\n"
     "宁陵县发展和改革委员会主任 某某\n各位代表：\n受县人民政府委托，向大会报告。\n", "宁陵县人民政府"),
])
def test_a_report_to_the_congress_is_the_delivering_bodys(head, issuer):
    meta = extract_metadata(head + "2024年，共办结案件3,104件。\n", [("来源", "宁陵县人民政府办公室")])
    assert (meta.issuer, meta.region_code) == (issuer, "411423")
    if issuer != "宁陵县人民政府":
        assert meta.body == issuer


@pytest.mark.parametrize("title", ["政协宁陵县委员会常务委员会工作报告", "中国人民政治协商会议宁陵县委员会常务委员会工作报告"])
def test_a_political_consultative_conferences_report_is_of_its_place(title):
    text = (title + "\n——2025年1月5日在政协宁陵县第十届委员会第四次会议上\n各位委员：\n"
            "我受常务委员会委托，向大会报告工作。\n一年来，共收到提案213件。\n")
    meta = extract_metadata(text, [("来源", "宁陵县政协办公室")])
    assert (meta.body, meta.region_code) == (title[:-4], "411423")


def test_a_title_printed_only_over_two_pages_heads_is_the_reports():
    # the head running over both pages is left out of the text, and is still the file's title (its properties hold
    # the Word file it was printed from)
    from govpipeline_tests.report_files import Report, to_pdf
    paragraphs = ["#一、总体情况"] + [f"2022年，我局主动公开政府信息{n}条，涉及规划计划、项目审批和资金使用等方面，"
                                     "并及时在门户网站专栏更新，确保信息准确、完整、及时。" for n in range(301, 331)]
    data = to_pdf(Report(paragraphs + ["綦江区交通局", "2023年1月20日"]),
                  running_head="重庆市綦江区交通局2022年政府信息公开工作年度报告", title="Microsoft Word - 年报.docx")
    rows = normalize_document(read_document("P0202301.pdf", data))
    assert rows[0]["normalized_text"].count("年度报告") == 0
    assert (rows[0]["title"], rows[0]["report_year"], rows[0]["body"]) == (
        "重庆市綦江区交通局2022年政府信息公开工作年度报告", 2022, "綦江区交通局")


@pytest.mark.parametrize("title, code, name", [
    # divisions created or renamed after the gazetteer was made (lib/divisions_added.csv)
    ("海安市自然资源和规划局2023年政府信息公开工作年度报告", "320685", "南通市海安市"),
    ("温州市龙港市2022年政府信息公开工作年度报告", "330383", "温州市龙港市"),
    ("漠河市人民政府2021年政府信息公开工作年度报告", "232701", "大兴安岭地区漠河市"),
    ("即墨区城市管理局2022年政府信息公开工作年度报告", "370215", "青岛市即墨区"),
    ("库车市人民政府2023年政府信息公开工作年度报告", "652902", "阿克苏地区库车市"),
    # renamed under its code (cpca's 桥东区 of 邢台市): the code's name is the new one
    ("襄都区市场监督管理局2022年政府信息公开工作年度报告", "130502", "邢台市襄都区"),
    # under its former name a county keeps the gazetteer's code
    ("潜山县2017年政府信息公开工作年度报告", "340824", "安庆市潜山县"),
    # a county the current list holds under a new code and parent, its name unchanged (cpca: 371203 of 莱芜市)
    ("钢城区教育和体育局2022年政府信息公开工作年度报告", "370117", "济南市钢城区"),
    ("伊春市友好区人民政府2021年政府信息公开工作年度报告", "230719", "伊春市友好区"),
    # named under the city it left (莱芜市, gone): the county's current code, not the old city
    ("莱芜市钢城区人民政府2018年政府信息公开工作年度报告", "370117", "济南市钢城区"),
])
def test_a_division_newer_than_the_gazetteer_gets_its_own_code(title, code, name):
    meta = extract_metadata(title + "\n本报告由本机关编制。全年共受理申请6件。")
    assert (meta.region_code, meta.region) == (code, name)


def test_a_county_renamed_under_a_new_code_has_the_new_division_as_its_successor():
    from govpipeline.lib.regions import successor

    # 永年县 -> 永年区, 沙县 -> 沙县区, 横县 -> 横州市, 京山县 -> 京山市 (cpca's county of the new name's stem, same city)
    assert [successor(c) for c in ("130429", "350427", "450127", "420821")] == ["130408", "350405", "450181", "420882"]
    assert successor("130408") is None and successor("530629") is None and successor(None) is None


def test_a_bodys_reports_join_across_its_county_renamed_under_a_new_code():
    from govpipeline.lib.metadata import succeeded_bodies

    reports = [("130429", "永年县人民政府", 2017), ("130429", "永年县人民政府", 2018), ("130408", "永年区人民政府", 2020),
               ("130429", "永年县统计局", 2018), ("130408", "永年区统计局", 2021),
               ("350427", "沙县林业局", 2019), ("350405", "沙县区林业局", 2022)]
    assert succeeded_bodies(reports) == {
        ("130429", "永年县人民政府"): ("130408", "永年区人民政府"), ("130429", "永年县统计局"): ("130408", "永年区统计局"),
        ("350427", "沙县林业局"): ("350405", "沙县区林业局")}
    # the new division's body renamed itself since (a reform's rename) joins; a merger's new body does not
    assert succeeded_bodies([("350427", "沙县环境保护局", 2017), ("350405", "沙县区生态环境局", 2021),
                             ("350427", "沙县工商行政管理局", 2017), ("350405", "沙县区市场监督管理局", 2021)]) == {
        ("350427", "沙县环境保护局"): ("350405", "沙县区环境保护局")}
    # no report of the new division's body, or its years not all after the old's: nothing joined
    assert succeeded_bodies([("130429", "永年县人民政府", 2018), ("130408", "永年区统计局", 2020)]) == {}
    assert succeeded_bodies([("130429", "永年县统计局", 2019), ("130408", "永年区统计局", 2019)]) == {}


def test_a_town_made_a_street_office_joins_its_series():
    reports = [("430182", "宁乡市玉潭镇人民政府", 2018), ("430182", "宁乡市玉潭镇人民政府", 2019),
               ("430182", "宁乡市玉潭街道办事处", 2021), ("430182", "宁乡市沩山乡人民政府", 2019),
               ("430182", "宁乡市沩山街道办事处", 2022)]
    assert renamed_bodies(reports) == {
        ("430182", "宁乡市玉潭镇人民政府"): "宁乡市玉潭街道办事处", ("430182", "宁乡市玉潭街道办事处"): "宁乡市玉潭街道办事处",
        ("430182", "宁乡市沩山乡人民政府"): "宁乡市沩山街道办事处", ("430182", "宁乡市沩山街道办事处"): "宁乡市沩山街道办事处"}
    # another town's street office, or the street office's years first: apart
    assert renamed_bodies([("430182", "宁乡市玉潭镇人民政府", 2019), ("430182", "宁乡市白马桥街道办事处", 2021)]) == {}
    assert renamed_bodies([("430182", "宁乡市玉潭街道办事处", 2019), ("430182", "宁乡市玉潭镇人民政府", 2021)]) == {}


def test_a_township_made_a_town_of_its_name_joins_its_series():
    # 撤乡设镇: 太平乡 -> 太平镇 of one county, the 乡's years first
    assert renamed_bodies([("513333", "色达县泥朵乡人民政府", 2018), ("513333", "色达县泥朵镇人民政府", 2021),
                           ("513333", "色达县杨各乡人民政府", 2020), ("513333", "色达县旭日镇人民政府", 2022)]) == {
        ("513333", "色达县泥朵乡人民政府"): "色达县泥朵镇人民政府", ("513333", "色达县泥朵镇人民政府"): "色达县泥朵镇人民政府"}
    # a 镇's years first, or both in one year: two bodies
    assert renamed_bodies([("513333", "色达县泥朵镇人民政府", 2018), ("513333", "色达县泥朵乡人民政府", 2021)]) == {}
    assert renamed_bodies([("513333", "色达县泥朵乡人民政府", 2021), ("513333", "色达县泥朵镇人民政府", 2021)]) == {}


def test_a_countys_approval_bureau_named_shenpi_fuwu_joins_its_later_name():
    # body_reforms.yaml: 审批服务局 -> 行政审批局 / 行政审批服务局, its years first; in one year they are two
    assert renamed_bodies([("341203", "颍东区审批服务局", 2019), ("341203", "颍东区行政审批局", 2021),
                           ("341204", "颍泉区审批服务局", 2020), ("341204", "颍泉区行政审批服务局", 2022)]) == {
        ("341203", "颍东区审批服务局"): "颍东区行政审批局", ("341203", "颍东区行政审批局"): "颍东区行政审批局",
        ("341204", "颍泉区审批服务局"): "颍泉区行政审批服务局", ("341204", "颍泉区行政审批服务局"): "颍泉区行政审批服务局"}
    assert renamed_bodies([("341203", "颍东区行政审批局", 2019), ("341203", "颍东区审批服务局", 2021)]) == {}
    assert renamed_bodies([("341203", "颍东区审批服务局", 2021), ("341203", "颍东区行政审批局", 2021)]) == {}


@pytest.mark.parametrize("opening, body", [
    # a title naming no place, compiled by a government's office on the whole county: the government's
    ("本报告由宁陵县人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。\n2021年，全县主动公开政府信息1204条。",
     "宁陵县人民政府"),
    # on the office's own work: the office's
    ("本报告由宁陵县人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。\n2021年，我办主动公开政府信息64条。",
     "宁陵县人民政府办公室"),
])
def test_a_placeless_title_takes_the_body_the_report_says_compiled_it(opening, body):
    meta = extract_metadata(f"2021年政府信息公开工作年度报告\n{opening}\n", [("来源", "县政府办公室")])
    assert (meta.body, meta.region_code) == (body, "411423")


@pytest.mark.parametrize("head, body", [
    # a title naming its body by kind alone, no head's line and no 我代表: the kind in full, in the session's place
    ("法院工作报告\n——2021年12月28日在周口市淮阳区第一届人民代表大会第一次会议上\n各位代表：\n现在，向大会报告工作。\n",
     "淮阳区人民法院"),
    ("常委会工作报告\n——2022年1月5日在岚县第十七届人民代表大会第一次会议上\n各位代表：\n受常委会委托，向大会报告工作。\n",
     "岚县人民代表大会常务委员会"),
    ("人民检察院工作报告\n——2022年1月5日在岚县第十七届人民代表大会第一次会议上\n各位代表：\n现在，向大会报告工作。\n",
     "岚县人民检察院"),
    ("人民代表大会常务委员会工作报告\n——2022年1月5日在岚县第十七届人民代表大会第一次会议上\n各位代表：\n",
     "岚县人民代表大会常务委员会"),
])
def test_a_bare_titled_report_to_the_congress_is_its_kinds_body_in_the_sessions_place(head, body):
    meta = extract_metadata(head + "2021年，共办结案件2,318件。\n", [("来源", "岚县人民政府")])
    assert meta.body == body and meta.issuer.endswith(body)  # the issuer as the session spells its place


def test_a_bare_titled_report_to_a_political_consultative_conference_is_its_standing_committees():
    text = ("常委会工作报告\n——2022年1月6日在中国人民政治协商会议岚县第九届委员会第一次会议上\n各位委员：\n"
            "受常委会委托，向大会报告工作。\n一年来，共收到提案156件。\n")
    meta = extract_metadata(text, [("来源", "岚县人民政府")])
    assert (meta.issuer, meta.body, meta.region_code) == ("政协岚县委员会常务委员会", "政协岚县委员会常务委员会", "141127")


@pytest.mark.parametrize("crumbs", ["Location: Home > 政务公开 > 财政信息 > 预决算公开",
                                    "Current Location：HOME › 政务公开 › 财政信息",
                                    "Home > 政务公开 > 财政信息 > 预决算公开"])
def test_a_bilingual_templates_breadcrumb_is_no_title(crumbs):
    page = (crumbs + "\n宁国市财政局2023年政府信息公开工作年度报告\n发布时间：2024-01-22　来源：宁国市财政局\n"
            "2023年，我局主动公开政府信息312条，受理依申请公开5件，均按时答复。\n")
    norm = normalize_text(page)
    meta = extract_metadata(norm.text, norm.page_info)
    assert (meta.title, meta.publish_date, meta.region_code) == (
        "宁国市财政局2023年政府信息公开工作年度报告", "2024-01-22", "341881")
    assert "Home" not in norm.text and "HOME" not in norm.text


@pytest.mark.parametrize("catalogue", [
    # key and value on one line, the value wrapped over three lines
    "索引号：11341181MB0000000X/2023-00004\n发布机构：天长市水利局\n名称：天长市水利局\n2022年政府信息公开工作\n年度报告\n"
    "生成日期：2023-01-17\n",
    # one cell a line, the title's cell wrapped over three lines
    "索引号\n11341181MB0000000X/2023-00004\n发布机构\n天长市水利局\n名称\n天长市水利局2022\n年政府信息公开\n工作年度报告\n"
    "生成日期\n2023-01-17\n",
])
def test_a_catalogue_title_wrapped_over_three_lines_is_one_title(catalogue):
    norm = normalize_text(catalogue + "2022年，我局主动公开政府信息158条，受理依申请公开2件。\n")
    meta = extract_metadata(norm.text, norm.page_info)
    assert (meta.title, meta.publish_date, meta.body) == (
        "天长市水利局2022年政府信息公开工作年度报告", "2023-01-17", "天长市水利局")
    assert norm.text.startswith("2022年，我局主动公开")


@pytest.mark.parametrize("cover, title", [
    # a cover with the body and the year alone, the genre on the next page: one title, the body first
    ("宁国市林业局\n2021年度\n政府信息公开工作年度报告\n", "宁国市林业局2021年度政府信息公开工作年度报告"),
    ("新津区人民政府办公室\n2021年\n政府信息公开工作年度报告\n", "新津区人民政府办公室2021年政府信息公开工作年度报告"),
    ("宁国市林业局\n二〇二一年\n政府信息公开工作年度报告\n", "宁国市林业局二〇二一年政府信息公开工作年度报告"),
    # a line above the year that names no place's body stays out of the title
    ("政务公开专栏\n2021年\n政府信息公开工作年度报告\n", "2021年政府信息公开工作年度报告"),
])
def test_a_covers_body_and_year_one_a_line_open_the_title(cover, title):
    from govpipeline_tests.report_files import Report, to_docx
    text = cover + "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2021年，主动公开政府信息96条。\n"
    assert extract_title(text) == title
    blocks = cover.strip().split("\n")
    data = to_docx(Report(blocks[:2] + [None] + blocks[2:] + text[len(cover):].strip().split("\n")))
    assert normalize_document(read_document("附件.docx", data))[0]["title"] == title


@pytest.mark.parametrize("dates", ["成文时间：2023年3月6日　发布时间：2023年3月9日", "发布时间：2023年3月9日　印发时间：2023年3月6日"])
def test_the_day_a_document_was_written_is_not_the_day_it_went_up(dates):
    norm = normalize_text("吉县水利局2022年政府信息公开工作年度报告\n" + dates + "\n2022年，我局主动公开政府信息88条。\n")
    assert extract_metadata(norm.text, norm.page_info).publish_date == "2023-03-09"


def test_a_prefectures_and_a_leagues_bodies_named_by_their_level_take_the_sessions_place():
    text = ("政府工作报告\n\n——2025年1月10日在甲乙自治州第十五届人民代表大会第四次会议上\n\n州长  某某\n\n各位代表：\n\n"
            "现在，我代表州人民政府，向大会报告工作，请予审议。\n\n一、2024年工作回顾\n\n全州地区生产总值完成512.3亿元。\n")
    meta = extract_metadata(text, file_name="zhengfu_gongzuo_baogao_2025.txt")
    assert (meta.issuer, meta.report_year) == ("甲乙自治州人民政府", 2024)


def test_a_signature_date_with_the_release_note_run_onto_it_is_the_date():
    # a PDF reader runs （此件主动公开） onto the signature's date line (set 27b, r5's PDF)
    text = ("盐池县人民政府关于2022年度法治政府建设情况的报告\n吴忠市人民政府：\n2022年，我县办理行政复议案件41件。\n特此报告。\n"
            "盐池县人民政府\n二〇二三年二月九日（此件主动公开）\n")
    meta = extract_metadata(text)
    assert (meta.publish_date, meta.body) == ("2023-02-09", "盐池县人民政府")


def test_a_notice_title_wrapped_before_its_last_word_issues_the_report_that_follows():
    # 关于印发《…》的 / 通知: the notice's title broken over two lines; the report follows under its own title
    text = ("鹤峰县人民政府办公室文件\n鹤政办函〔2023〕12号\n鹤峰县人民政府办公室关于印发《鹤峰县医疗保障局2022年度政务服务工作报告》的\n"
            "通知\n各乡镇人民政府，县政府各部门：\n现印发给你们，请认真贯彻执行。\n鹤峰县人民政府办公室\n2023年3月2日\n"
            "鹤峰县医疗保障局2022年度政务服务工作报告\n2022年，我局窗口共受理办件8.1万件，办结率99.6%。\n鹤峰县医疗保障局\n2023年2月24日\n")
    meta = extract_metadata(text)
    assert (meta.title, meta.body) == ("鹤峰县医疗保障局2022年度政务服务工作报告", "鹤峰县医疗保障局")


def test_an_office_issuing_a_bureaus_bulletin_without_book_title_marks_gives_the_bulletin_and_its_bureau():
    # the notice signed by the office, then the bulletin under its own title and its compiler's line (set 27b, r4)
    notice = ("和静县人民政府办公室文件\n和政办发〔2022〕15号\n和静县人民政府办公室关于转发和静县2021年国民经济和社会发展统计公报的通知\n"
              "各乡镇人民政府，县直各单位：\n现将县统计局编制的统计公报转发给你们，请参照执行。\n和静县人民政府办公室\n"
              "2022年4月11日\n和静县2021年国民经济和社会发展统计公报\n和静县统计局\n2021年，全县实现地区生产总值137.2亿元，增长6.3%。\n")
    meta = extract_metadata(notice)
    assert (meta.title, meta.body, meta.publish_date) == (
        "和静县2021年国民经济和社会发展统计公报", "和静县统计局", "2022-04-11")
    # a PDF reader runs the addressees onto the notice's title line
    run_on = notice.replace("统计公报的通知\n各乡镇", "统计公报的通知各乡镇")
    assert (extract_metadata(run_on).title, extract_metadata(run_on).body) == (meta.title, meta.body)
    # a notice alone, the bulletin not in the file: the notice keeps its own title
    alone = notice.split("和静县2021年国民经济和社会发展统计公报\n和静县统计局")[0]
    assert extract_metadata(alone).title == "和静县人民政府办公室关于转发和静县2021年国民经济和社会发展统计公报的通知"


def test_a_bulletins_compiler_on_the_line_under_its_title_is_its_body():
    text = ("泾源县2022年国民经济和社会发展统计公报\n泾源县统计局\n2022年，全县地区生产总值完成21.6亿元，增长4.1%。\n"
            "年末常住人口9.8万人。\n")
    assert extract_metadata(text).body == "泾源县统计局"
    # a line under the title that is no body's name gives none
    assert extract_metadata(text.replace("泾源县统计局\n", "（2023年3月）\n")).body is None
    # the body and the day it signed, on one line
    meta = extract_metadata(text.replace("泾源县统计局\n", "泾源县统计局　2023年3月28日\n"))
    assert (meta.body, meta.publish_date) == ("泾源县统计局", "2023-03-28")


def test_title_under_a_site_navigation_a_browser_printed():
    """A page printed to PDF by a browser keeps its site's banner and menu above the article, one item a line."""
    text = ("安远县人民政府门户网站\n首页\n走进安远\n政务公开\n政民互动\n信息公开目录\n法定主动公开内容\n"
            "安远县财政局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局主动公开信息215条。\n")
    assert extract_title(text) == "安远县财政局2022年政府信息公开工作年度报告"
    # a body's name above the lines is a cover, not a menu, and a line of words or figures ends the search
    assert extract_title("安远县财政局\n首页\n政务公开\n信息公开\n2022年政府信息公开工作年度报告\n") is None
    assert extract_title("首页\n政务公开\n今年共受理申请12件\n信息公开\n安远县财政局2022年政府信息公开工作年度报告\n") is None


@pytest.mark.parametrize("title, body, region", [
    # a survey team of the national statistics bureau, its title with no year (政府信息公开 right after its name)
    ("国家统计局绵阳调查队政府信息公开工作年度报告", "国家统计局绵阳调查队", "510700"),
    ("国家统计局南通调查队2022年政府信息公开工作年度报告", "国家统计局南通调查队", "320600"),
    # a customs district named by its city's name less 市; a county-level city's too
    ("厦门海关2022年政府信息公开工作年度报告", "厦门海关", "350200"),
    ("二连浩特海关2022年政府信息公开工作年度报告", "二连浩特海关", "152501"),
    # named after no city (a port, a district's short name): no place
    ("拱北海关2022年政府信息公开工作年度报告", "拱北海关", None),
    ("黄埔海关2022年政府信息公开工作年度报告", "黄埔海关", None),
])
def test_a_vertical_unit_named_by_its_citys_name_less_its_level_is_that_citys(title, body, region):
    meta = _read(f"{title}\n发布日期：2023-01-18\n本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。\n"
                 "一、总体情况\n2022年，我单位主动公开政府信息210条，与广州、深圳、青岛等地同行交流。\n")
    assert (meta.body, meta.region_code, meta.report_year) == (body, region, 2022)


def test_a_county_renamed_under_another_name_has_its_successor_and_its_old_name_its_old_code():
    from govpipeline.lib.regions import leading_places, place_name, successor

    # 九江县 -> 柴桑区, 上饶县 -> 广信区 (cpca knows the old names), 郧县 -> 郧阳区, 开县 -> 开州区 (it does not)
    assert [successor(c) for c in ("360421", "361121", "420321", "500234")] == ["360404", "361104", "420304", "500154"]
    assert [leading_places(n) for n in ("郧县人民政府", "十堰市郧县人民政府", "开县统计局", "铜陵县人民政府")] == [
        "420321", "420321", "500234", "340721"]
    assert place_name("420321") == "郧县" and place_name("340700") == "铜陵市"
    # an old name inside another word names no county (公安县 is its own; 召开县委会议 names none)
    assert leading_places("公安县人民政府") == "421022" and leading_places("召开县委常委会议") is None


def test_a_bodys_reports_join_across_its_county_renamed_under_another_name():
    from govpipeline.lib.metadata import succeeded_bodies

    reports = [("360421", "九江县人民政府", 2015), ("360421", "九江县人民政府", 2016), ("360404", "柴桑区人民政府", 2018),
               ("420321", "郧县教育局", 2013), ("420304", "郧阳区教育局", 2015)]
    assert succeeded_bodies(reports) == {("360421", "九江县人民政府"): ("360404", "柴桑区人民政府"),
                                         ("420321", "郧县教育局"): ("420304", "郧阳区教育局")}


@pytest.mark.parametrize("text, body, former", [
    ("2020年，经省政府批准，撤销东岭镇，设立凤鸣街道。", "长乐区凤鸣街道办事处", "东岭镇人民政府"),
    ("原石桥乡正式更名为石桥街道……", "嵩县南门街道办事处", None),  # another 街道's
    ("原石桥乡正式更名为南门街道，全年主动公开信息86条。", "嵩县南门街道办事处", "石桥乡人民政府"),
    ("撤销东岭镇，设立凤鸣街道。", "长乐区东岭镇人民政府", None),  # the town's own report names no former name
])
def test_a_street_office_made_of_a_town_under_another_name_gives_the_town_as_its_former_name(text, body, former):
    assert former_body("一、总体情况\n" + text + "\n", body) == former


def test_a_town_made_a_street_office_of_another_name_joins_its_series_where_the_report_says_so():
    reports = [("350112", "长乐区东岭镇人民政府", 2018, None), ("350112", "长乐区东岭镇人民政府", 2019, None),
               ("350112", "长乐区凤鸣街道办事处", 2021, "东岭镇人民政府")]
    assert renamed_bodies(reports) == {("350112", "长乐区东岭镇人民政府"): "长乐区凤鸣街道办事处",
                                       ("350112", "长乐区凤鸣街道办事处"): "长乐区凤鸣街道办事处"}
    assert renamed_bodies([r[:3] for r in reports]) == {}  # without the statement: two bodies


@pytest.mark.parametrize("title, body, region", [
    # a province's office in another province's capital: the province's, whatever places its text names
    ("西藏自治区人民政府驻成都办事处2021年政府信息公开工作年度报告", "西藏自治区人民政府驻成都办事处", "540000"),
    ("黑龙江省人民政府驻大连联络处2021年政府信息公开工作年度报告", "黑龙江省人民政府驻大连联络处", "230000"),
    # two offices set apart by a space in the title: the first leads
    ("中共沅陵县委办公室 沅陵县人民政府办公室2021年政务公开工作总结", "中共沅陵县委办公室", "431222"),
])
def test_an_office_in_another_place_and_offices_a_title_sets_apart_by_a_space(title, body, region):
    meta = _read(f"{title}\n发布日期：2022-01-20\n一、总体情况\n2021年，我处在成都市武侯区、大连市中山区服务在外人员，"
                 "主动公开信息80条。\n")
    assert (meta.body, meta.region_code) == (body, region)


@pytest.mark.parametrize("property_title", [
    "鹿寨县2022年政府信息公开工作年度报告_鹿寨县人民政府门户网站",
    "鹿寨县2022年政府信息公开工作年度报告 - 鹿寨县人民政府",
    "鹿寨县2022年政府信息公开工作年度报告|柳州市鹿寨县人民政府网",
])
def test_a_browsers_print_title_property_is_the_pages_title_less_its_sites_name(property_title):
    """Chromium writes a page's <title> into the PDF's Title: the site's name after it is no part of the report's."""
    assert file_title(property_title) == "鹿寨县2022年政府信息公开工作年度报告"
    meta = _read("一、总体情况\n2022年，全县主动公开政府信息2100条。\n", property_title)
    assert meta.title == "鹿寨县2022年政府信息公开工作年度报告"


@pytest.mark.parametrize("footer", ["长沙市雨花区人民政府办公室 主办  湘ICP备05000000号", "主办：长沙市雨花区人民政府办公室",
                                    "长沙市雨花区人民政府 版权所有 湘ICP备05000000号"])
def test_a_street_named_without_its_district_is_of_the_district_whose_site_holds_it(footer):
    """A county-level site holds its own towns' and 街道's reports: one named without its county (桂花坪街道办事处) is
    that county's, and named with it, whatever the report says of its place (set 35: 夜明珠街道 on 西陵区's site)."""
    meta = _read("桂花坪街道办事处2023年政府信息公开工作年度报告\n发布时间：2024-01-18  来源：桂花坪街道办事处\n"
                 "一、总体情况\n2023年，街道办事处主动公开政府信息312条。\n【打印】【关闭】\n" + footer + "\n")
    assert (meta.body, meta.region_code) == ("雨花区桂花坪街道办事处", "430111")


def test_a_street_named_without_its_place_on_a_citys_site_stays_unplaced():
    # a city's portal holds its districts' streets too: which district's is not said
    meta = _read("桂花坪街道办事处2023年政府信息公开工作年度报告\n发布时间：2024-01-18\n"
                 "2023年，街道办事处主动公开政府信息312条。\n长沙市人民政府办公厅 主办 湘ICP备05000000号\n")
    assert (meta.body, meta.region_code) == (None, None)


@pytest.mark.parametrize("menus", [
    "区人民政府门户网站\n首页\n政务公开\n办事服务\n统计信息\n统计公报\n",
    "当前位置：首页 > 政务公开 > 统计信息\n",
])
@pytest.mark.parametrize("signed", ["东丽区统计局\n2024年3月22日", "东丽区统计局\n（2024年3月22日）", "2024年3月22日"])
def test_a_date_under_a_title_below_a_sites_menus_is_the_reports(menus, signed):
    """A browser prints the site's menus over the page's title: the date under the title is the report's all the same
    (the lead's round-trip: 某省…统计公报 with 2025年3月10日 under it read NULL from its print)."""
    meta = _read(menus + "东丽区2023年国民经济和社会发展统计公报\n" + signed + "\n一、综合\n"
                 "全年全区地区生产总值1120.5亿元，比上年增长4.8%。\n二、农业\n全年粮食总产量12.3万吨。\n")
    assert (meta.title, meta.publish_date) == ("东丽区2023年国民经济和社会发展统计公报", "2024-03-22")


def test_a_pages_title_names_the_site_whose_district_a_street_without_its_place_belongs_to():
    page = ("<html><head><meta charset='utf-8'><title>皋兰路街道办事处2022年政府信息公开工作年度报告_兰州市城关区人民政府"
            "</title></head><body><div class='nav'>首页 信息公开</div><div class='article'>"
            "<h1>皋兰路街道办事处2022年政府信息公开工作年度报告</h1><div class='info'>发布日期：2023-01-19</div>"
            "<div class='content'><p>2022年，街道办事处主动公开政府信息206条。</p></div></div></body></html>")
    row = normalize_document(read_document("content_4107.html", page.encode("utf-8")))[0]
    assert (row["title"], row["body"], row["region_code"]) == (
        "皋兰路街道办事处2022年政府信息公开工作年度报告", "城关区皋兰路街道办事处", "620102")
    # a city's portal holds every district's streets
    row = normalize_document(read_document("content_4107.html", page.replace("兰州市城关区", "兰州市").encode("utf-8")))[0]
    assert (row["body"], row["region_code"]) == (None, None)


def test_a_title_under_a_catalogue_printed_without_rules_is_the_line_the_report_opens_under():
    """A browser's print of a 信息公开 table without rules wraps its labels in their cells (发布机 / 构：): past those
    lines the title is the one the report's first sentence follows (a probe of set 35's pages, printed)."""
    page = ("南丹县教育局无障碍\n首页 政务公开 办事服务\n索 引 000123456/2023- 主题分 发布机 南丹县教育\n其他\n号 00011 类 构 局\n"
            "成文日 发布日 2023年01月 文\n2023年01月16日\n期 期 17日 号\n南丹县教育局2022年政府信息公开工作年度报告\n"
            "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2022年，我局主动公开政府信息311条。\n")
    meta = _read(page)
    assert (meta.title, meta.body, meta.region_code) == ("南丹县教育局2022年政府信息公开工作年度报告", "南丹县教育局", "451221")
    # a line above the opening that is no report's title (its genre and year) is none
    assert _read(page.replace("南丹县教育局2022年政府信息公开工作年度报告\n", "南丹县教育局\n")).title is None


@pytest.mark.parametrize("source", ["办公室", "局办公室", "综合科", "政务公开股"])
def test_a_unit_named_without_its_body_is_no_body(source):
    meta = _read(f"信息来源：{source}  发布时间：2023-01-17\n一、总体情况\n2022年，我局主动公开政府信息311条。\n")
    assert meta.body is None


def test_a_page_with_no_title_posted_by_a_governments_office_named_short_is_read():
    # 县政府办 with no title to read it against raised TypeError: the whole page was lost
    meta = _read("来源：县政府办  发布时间：2023-01-17\n一、总体情况\n2022年，全县主动公开政府信息311条。\n")
    assert (meta.title, meta.publish_date, meta.body) == (None, "2023-01-17", None)


@pytest.mark.parametrize("catalogue", [
    "索 引 号 015300123/2023-00009主题分类综合政务 发布机构宾川县水务局\n成文日期2023年01月10日 发布日期2023年01月12日文 号\n",
    "索引号 015300123/2023-00009发布机构宾川县水务局\n发布日期2023-01-12 信息分类年度报告\n文号 主题词\n",
])
def test_a_catalogue_printed_without_colons_gives_its_dates(catalogue):
    """A browser's print of a 信息公开 table without rules runs each label onto its value (发布日期2023年01月12日):
    the catalogue's own labels mark its fields (probe of set 34's pages printed by Chromium: the date was NULL)."""
    meta = _read("宾川县人民政府\n首页 政务公开\n" + catalogue + "宾川县水务局2022年政府信息公开工作年度报告\n"
                 "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2022年，我局主动公开政府信息96条。\n")
    assert (meta.title, meta.publish_date, meta.body) == ("宾川县水务局2022年政府信息公开工作年度报告", "2023-01-12", "宾川县水务局")


def test_a_line_of_the_report_that_names_catalogue_labels_is_no_catalogue():
    meta = _read("宾川县水务局2022年政府信息公开工作年度报告\n发布时间：2023-01-12\n"
                 "文号、主题词、发布日期2023年起逐项标注，索引号统一编制。\n一、总体情况\n2022年，我局主动公开政府信息96条。\n")
    assert meta.publish_date == "2023-01-12"


@pytest.mark.parametrize("title, session, speaker, body, region, year, date", [
    # a 地区's or 盟's government, its 行政公署, reports to the 人大工委 (no congress of its own): set 36's in other places
    ("2025年和田地区行政公署工作报告", "——2025年1月14日在和田地区第三届人大工作委员会第五次全体（扩大）会议上",
     "和田地区行政公署专员  某某", "和田地区行政公署", "653200", 2024, "2025-01-14"),
    ("政府工作报告", "——2022年2月9日在兴安盟第五届人大工委第二次全体会议上", "兴安盟行政公署盟长  某某",
     "兴安盟行政公署", "152200", 2021, "2022-02-09"),
    # a county's congress, for the control
    ("2023年政府工作报告", "——2023年1月6日在通渭县第十九届人民代表大会第二次会议上", "通渭县人民政府县长  某某",
     "通渭县人民政府", "621121", 2022, "2023-01-06"),
])
def test_a_prefectures_administrative_office_reports_to_its_peoples_congress_working_committee(
        title, session, speaker, body, region, year, date):
    meta = _read(f"{title}\n{session}\n{speaker}\n各位代表：\n现在，我代表行署向大会报告工作，请予审议。\n"
                 f"一、过去一年工作回顾\n过去一年，全域地区生产总值增长6.2%，一般公共预算收入增长8.1%。\n")
    assert (meta.body, meta.region_code, meta.report_year, meta.publish_date) == (body, region, year, date)


def test_an_audit_report_to_the_standing_committee_is_the_entrusting_government_without_a_source():
    """A department's head reporting to the standing committee 受某市人民政府委托 reports the government's: its place
    from the head's line under the session where no page names a source; a court's head (no department) leaves it
    unread."""
    text = ("关于2023年度市本级预算执行和其他财政收支的审计工作报告\n"
            "——2024年8月27日在黄山市第八届人民代表大会常务委员会第二十次会议上\n{head}  某某\n"
            "主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，现向本次会议报告2023年度市本级预算执行的审计情况。\n"
            "2023年，审计查出问题金额3.2亿元，已整改2.1亿元。\n")
    for head, body in (("黄山市审计局局长", "黄山市人民政府"), ("市审计局代理局长", "黄山市人民政府"),
                       ("市财政局局长", "黄山市人民政府")):
        meta = _read(text.format(head=head))
        assert (meta.body, meta.region_code, meta.report_year) == (body, "341000", 2023)
    assert _read(text.format(head="黄山市中级人民法院院长")).body is None


def test_a_bulletin_signed_by_its_bureau_and_the_survey_team_on_one_line_is_the_bureaus():
    for gap in ("  ", "\u3000"):
        meta = _read(f"榕江县2023年国民经济和社会发展统计公报\n榕江县统计局{gap}国家统计局榕江调查队\n（2024年3月28日）\n"
                     "一、综合\n初步核算，全年地区生产总值120.3亿元，比上年增长5.1%。\n")
        assert (meta.body, meta.region_code, meta.report_year) == ("榕江县统计局", "522632", 2023)


@pytest.mark.parametrize("source, body, region", [
    ("来源：沅陵县农业农村局办公室", "沅陵县农业农村局", "431222"),
    ("发布机构：岳池县卫生健康委员会综合股", "岳池县卫生健康委员会", "511621"),
    ("信息来源：敦化市人力资源和社会保障局政策法规科", "敦化市人力资源和社会保障局", "222403"),
    ("来源：樟树市行政审批局综合室", "樟树市行政审批局", "360982"),
    # a government's office and a party committee's are bodies of their own, not sections
    ("来源：沅陵县人民政府办公室", "沅陵县人民政府办公室", "431222"),
    ("来源：中共樟树市委办公室", "中共樟树市委办公室", "360982"),
    # a section of such an office is that office's
    ("发布机构：沅陵县人民政府办公室综合股", "沅陵县人民政府办公室", "431222"),
    ("来源：中共樟树市委办公室信息科", "中共樟树市委办公室", "360982"),
])
def test_a_source_naming_a_section_of_a_department_is_the_departments(source, body, region):
    """来源：某县某局办公室 / 某局综合股: a section posts its department's report (set 37: the body was the section, or
    none for a 科 or 股, which read as no organisation)."""
    meta = _read(f"{source}  发布时间：2023-02-03\n2022年度政府信息公开工作年度报告\n"
                 "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2022年，我单位主动公开政府信息96条。\n")
    assert (meta.title, meta.body, meta.region_code) == ("2022年度政府信息公开工作年度报告", body, region)


def test_a_section_named_alone_on_a_departments_own_site_is_that_departments():
    """信息来源：统计信息科 on a site whose owner (主办) is a department: the department's section (set 36's 遵义 page
    was left NULL for it); on a government's site, or a department of another place than the title's, none."""
    text = ("信息来源：统计信息科  发布时间：2023-06-30\n2022年常德市教育事业发展统计公报\n一、学校情况\n"
            "2022年末，全市共有各级各类学校1920所，比上年减少12所。\n主办：{owner}\n")
    meta = _read(text.format(owner="常德市教育局"))
    assert (meta.body, meta.region_code) == ("常德市教育局", "430700")
    assert _read(text.format(owner="常德市人民政府办公室")).body is None
    assert _read(text.format(owner="益阳市教育局")).body is None
    # a title naming no place: the department's own place
    meta = _read(text.format(owner="常德市教育局").replace("2022年常德市教育事业", "2022年教育事业"))
    assert (meta.body, meta.region_code) == ("常德市教育局", "430700")


@pytest.mark.parametrize("name, code", [
    ("赣州市瑞金区人民政府", "360700"),  # 瑞金市 is a county-level city of 赣州市: no district of that name
    ("长沙市浏阳区发展和改革局", "430100"),
    ("岳阳市平江区人民政府", "430600"),  # 平江县
    ("长沙市望城区人民政府", "430112"),  # a county made a district (望城县 -> 望城区) the gazetteer knows
    ("瑞金市人民政府", "360781"),
])
def test_a_district_the_gazetteer_lacks_is_no_county_of_its_words(name, code):
    """A county or county-level city becomes a district, never the reverse: 某市某区 whose 区 the gazetteer lacks is
    the city, not the county-level place of the same words (set 37: 九江市庐山区 read as 庐山市, another place)."""
    from govpipeline.lib.regions import leading_places

    assert leading_places(name) == code
    assert leading_places("乐清市区行政审批局") == "330382"  # a city named in full before 区 (its 市区, urban area)


@pytest.mark.parametrize("title, tail, body, region", [
    # signed by the 街道's office with its city and district, under a title naming the 街道 alone
    ("东湖街道2023年政府信息公开工作年度报告", "\n\n沈阳市浑南区东湖街道办事处\n2024年1月16日\n", "浑南区东湖街道办事处", "210112"),
    ("清河街道2022年政府信息公开工作年度报告", "\n\n海淀区清河街道办事处\n二〇二三年一月十日\n", "海淀区清河街道办事处", "110108"),
    # named as the district government's agency (派出机构): the 街道's office
    ("沈阳市浑南区人民政府东湖街道办事处2023年政府信息公开工作年度报告", "", "浑南区东湖街道办事处", "210112"),
    ("郫都区人民政府红光街道办事处2022年政府信息公开工作年度报告", "", "郫都区红光街道办事处", "510117"),
    # a province's office in Beijing keeps its 人民政府
    ("河南省人民政府驻北京办事处2022年政府信息公开工作年度报告", "", "河南省人民政府驻北京办事处", "410000"),
])
def test_a_streets_office_signs_and_is_named_without_its_governments_words(title, tail, body, region):
    """A 街道办事处 is its district government's agency: it signs as 某区某街道办事处 (set 37: a signature ending in
    办事处 was no signatory, body and region NULL) and is sometimes named 某区人民政府某街道办事处, one body either way."""
    meta = _read(f"{title}\n一、总体情况\n2022年，街道办事处主动公开政府信息66条。{tail}")
    assert (meta.body, meta.region_code) == (body, region)


@pytest.mark.parametrize("title, region", [
    ("国家金融监督管理总局绵阳监管分局2023年政府信息公开工作年度报告", "510700"),
    ("中国银保监会赣州监管分局2021年政府信息公开工作年度报告", "360700"),
    ("中国银行保险监督管理委员会湖州监管分局2020年政府信息公开工作年度报告", "330500"),
    # a province's unit, named by the province's short name
    ("国家金融监督管理总局江西监管局2023年政府信息公开工作年度报告", "360000"),
    ("中国银保监会广西监管局2021年政府信息公开工作年度报告", "450000"),
    ("国家统计局湖南调查总队2023年政府信息公开工作年度报告", "430000"),
])
def test_a_financial_regulators_branch_named_by_its_city_is_that_citys(title, region):
    """A regulator's branch is named by its city's name less 市 (set 37: 盐城监管分局, region NULL), as a customs
    district or a survey team is."""
    meta = _read(f"{title}\n一、总体情况\n2023年，我分局主动公开政府信息58条。\n")
    assert (meta.body, meta.region_code) == (title[:title.index("20")], region)


def test_a_regulators_branch_renamed_by_the_2023_reform_is_one_series():
    """The 2023 reform made each 中国银保监会某监管分局 (and 监管局) the 国家金融监督管理总局's: one body, the system's
    name before its place renamed (set 37: 盐城's two names were two series); the 2018 merger of a place's 国家税务局
    and 地方税务局 into 国家税务总局某县税务局 begins a series of its own."""
    reports = [("511500", "中国银保监会宜宾监管分局", 2020), ("511500", "中国银保监会宜宾监管分局", 2022),
               ("511500", "国家金融监督管理总局宜宾监管分局", 2023),
               ("330500", "中国银行保险监督管理委员会湖州监管分局", 2021), ("330500", "国家金融监督管理总局湖州监管分局", 2024),
               ("360000", "中国银行保险监督管理委员会江西监管局", 2021), ("360000", "国家金融监督管理总局江西监管局", 2024),
               ("330122", "桐庐县国家税务局", 2017), ("330122", "桐庐县地方税务局", 2017),
               ("330122", "国家税务总局桐庐县税务局", 2019)]
    assert renamed_bodies(reports) == {
        ("511500", "中国银保监会宜宾监管分局"): "国家金融监督管理总局宜宾监管分局",
        ("511500", "国家金融监督管理总局宜宾监管分局"): "国家金融监督管理总局宜宾监管分局",
        ("330500", "中国银行保险监督管理委员会湖州监管分局"): "国家金融监督管理总局湖州监管分局",
        ("330500", "国家金融监督管理总局湖州监管分局"): "国家金融监督管理总局湖州监管分局",
        ("360000", "中国银行保险监督管理委员会江西监管局"): "国家金融监督管理总局江西监管局",
        ("360000", "国家金融监督管理总局江西监管局"): "国家金融监督管理总局江西监管局"}
    # the old name after the new one is no rename
    assert renamed_bodies([("511500", "国家金融监督管理总局宜宾监管分局", 2021), ("511500", "中国银保监会宜宾监管分局", 2023)]) == {}


def test_a_district_renamed_under_its_own_code_keeps_its_reports_one_series():
    """庐山区 became 濂溪区 in 2016 under the same code (360402; cpca knows only 濂溪区, and read 九江市庐山区 as 庐山市,
    the former 星子县): the old name is that code, its bodies keep the name they were issued under, and the
    warehouse joins them under the new name (set 37)."""
    from govpipeline.lib.regions import leading_places, place_name

    assert [leading_places(n) for n in ("庐山区财政局", "九江市庐山区人民政府", "庐山市人民政府")] == ["360402", "360402", "360483"]
    assert place_name("360402") == "濂溪区"
    meta = _read("九江市庐山区财政局2014年政府信息公开工作年度报告\n一、总体情况\n2014年，我局主动公开政府信息88条。\n")
    assert (meta.body, meta.region_code, meta.region) == ("庐山区财政局", "360402", "九江市濂溪区")
    reports = [("360402", "庐山区财政局", 2014), ("360402", "庐山区财政局", 2015), ("360402", "濂溪区财政局", 2017),
               ("360402", "庐山区人民政府", 2015), ("360402", "濂溪区人民政府", 2019), ("360483", "庐山市人民政府", 2017)]
    assert succeeded_bodies(reports) == {("360402", "庐山区财政局"): ("360402", "濂溪区财政局"),
                                         ("360402", "庐山区人民政府"): ("360402", "濂溪区人民政府")}


_LETTER_REPORT = ("一、总体情况\n2022年，我局主动公开政府信息215条，与恩施市开展协作。\n二、存在的问题\n公开的及时性有待提高。\n")


@pytest.mark.parametrize("cover, title", [
    # a letter sending the report by its title in book-title marks, the report under it with its own title line
    ("来凤县民政局关于报送《来凤县民政局2022年政府信息公开工作年度报告》的函\n恩施州民政局：\n"
     "现将《来凤县民政局2022年政府信息公开工作年度报告》报送你局。\n来凤县民政局\n2023年1月11日\n附件\n"
     "来凤县民政局2022年政府信息公开工作年度报告\n", "来凤县民政局2022年政府信息公开工作年度报告"),
    # without marks, the report's title (its body named) after the letter's date and the attachment's label
    ("关于报送2022年度政务公开工作总结的函\n县政务公开办：\n现将我局2022年度政务公开工作总结报送你办。\n"
     "来凤县民政局\n2023年1月11日\n附件1：\n来凤县民政局2022年度政务公开工作总结\n", "来凤县民政局2022年度政务公开工作总结"),
    # the report's title without its body, the words the letter names it by (年 for 年度)
    ("关于报送2022年度政府信息公开工作年度报告的函\n恩施州民政局：\n来凤县民政局\n2023年1月11日\n"
     "2022年政府信息公开工作年度报告\n", "2022年政府信息公开工作年度报告"),
    # the report printing no title, its first heading at once: the name the letter gives it
    ("关于报送2022年度政务公开工作总结的函\n县政务公开办：\n来凤县民政局\n2023年1月11日\n", "2022年度政务公开工作总结"),
    # a notice sending it up (呈报) the same way
    ("来凤县民政局关于呈报2022年政府信息公开工作年度报告的函\n县人民政府办公室：\n来凤县民政局\n2023年1月11日\n"
     "（此件公开发布）\n来凤县民政局2022年政府信息公开工作年度报告\n", "来凤县民政局2022年政府信息公开工作年度报告"),
])
def test_a_cover_letter_sending_a_report_is_titled_by_the_report(cover, title):
    """A letter (关于报送…的函) before the report it sends is no title of its own: the report's is, and the letter's
    recipient (another body, another place) is not the report's body."""
    meta = _read(cover + _LETTER_REPORT + "来凤县民政局\n二〇二三年一月十一日\n")
    assert (meta.title, meta.body, meta.region_code, meta.report_year) == (title, "来凤县民政局", "422827", 2022)


def test_a_cover_letter_alone_keeps_its_title():
    # the report not in the text (only its name in the letter), or a title after the letter's date naming no body
    # and another report than the letter's
    for after in ("", "2022年政务公开工作总结\n" + _LETTER_REPORT):
        meta = _read("关于报送2022年度政府信息公开工作年度报告的函\n县政务公开办：\n现将我局年度报告报送你办，"
                     f"全年主动公开政府信息215条。\n来凤县民政局\n2023年1月11日\n{after}")
        assert meta.title == "关于报送2022年度政府信息公开工作年度报告的函"


@pytest.mark.parametrize("letterhead, title, body, region", [
    ("黎平县水口镇人民政府文件", "水口镇2022年政府信息公开工作年度报告", "黎平县水口镇人民政府", "522631"),
    ("洪雅县止戈镇人民政府文件", "止戈镇人民政府2022年政府信息公开工作年度报告", "洪雅县止戈镇人民政府", "511423"),
    # a letterhead naming another body than the report's gives it nothing
    ("洪雅县人民政府办公室文件", "止戈镇2022年政府信息公开工作年度报告", None, None),
])
def test_a_town_under_its_letterhead_is_of_the_county_the_letterhead_names(letterhead, title, body, region):
    meta = _read(f"{letterhead}\n镇政发〔2023〕2号\n{title}\n一、总体情况\n2022年，我镇主动公开政府信息188条。\n"
                 "二、存在的问题\n公开的及时性有待提高。\n" + title[:3] + "镇人民政府\n2023年1月13日\n")
    assert (meta.title, meta.body, meta.region_code) == (title, body, region)


def test_an_issue_date_wrapped_before_its_last_character_is_the_issue_date():
    # a PDF's footer band wraps …2024年1月29日印 / 发: the day the document was issued, as the unwrapped line is
    for footer in ("长汀县交通运输局办公室  2024年1月29日印发\n", "长汀县交通运输局办公室  2024年1月29日印\n发\n"):
        meta = _read("长汀县交通运输局2023年政府信息公开工作年度报告\n" + _LETTER_REPORT.replace("2022", "2023")
                     + "长汀县交通运输局\n二〇二四年一月二十五日\n抄送：县政务公开办。\n" + footer)
        assert meta.publish_date == "2024-01-29"


@pytest.mark.parametrize("prop, title", [
    ("长汀县人民政府2022年政府信息公开工作年度报告", "长汀县人民政府2022年政府信息公开工作年度报告"),  # agrees: kept
    ("长汀县人民政府2021年政府信息公开工作年度报告", None),  # last year's file saved anew: its year is not the text's
    ("龙岩市人民政府2022年政府信息公开工作年度报告", None),  # another body's, signed by a county's
    ("关于报送2022年度政府信息公开工作年度报告的函", None),  # the cover letter's name, the letter not in the file
    ("关于报送《长汀县人民政府2022年政府信息公开工作年度报告》的函", "长汀县人民政府2022年政府信息公开工作年度报告"),
])
def test_a_files_title_property_is_taken_only_where_the_text_agrees(prop, title):
    """The text prints no title: the properties' is the report's only where its year and place are the text's, as
    for a file's name; a cover letter's name is none, but the report's it names in book-title marks."""
    meta = _read("本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n2022年，县政府主动公开政府信息"
                 "1406条。\n二、存在的问题\n公开质量有待提高。\n长汀县人民政府\n二〇二三年一月十七日\n", prop)
    assert (meta.title, meta.report_year, meta.body, meta.region_code) == (title, 2022, "长汀县人民政府", "350821")


@pytest.mark.parametrize("name, title, body", [
    ("封丘县统计局2022年政府信息公开工作年度报告.txt", "封丘县统计局2022年政府信息公开工作年度报告", "封丘县统计局"),
    # a text speaking as a bureau (我局) saved under a government office's name is another body's report
    ("封丘县人民政府办公室2022年政府信息公开工作年度报告.txt", "2022年政府信息公开工作年度报告", None),
    ("封丘县卫生健康委员会2022年政府信息公开工作年度报告.txt", "2022年政府信息公开工作年度报告", None),
])
def test_a_file_name_of_another_kind_of_body_than_the_text_speaks_as_is_not_taken(name, title, body):
    text = "2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局主动公开政府信息315条。\n二、存在的问题\n公开质量有待提高。\n"
    row = normalize_document(read_document(name, text.encode("utf-8")))[0]
    assert (row["title"], row["body"]) == (title, body)


@pytest.mark.parametrize("signed", ["二〇二三年元月九日", "2023年元月9日", "二○二三年一月九日（印章）", "2023年1月9日（盖章）"])
def test_a_signature_dated_in_the_first_month_as_元月_or_under_a_seal_mark_dates_the_report(signed):
    meta = _read("博爱县审计局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局主动公开政府信息96条。\n"
                 f"二、存在的问题\n公开质量有待提高。\n博爱县审计局\n{signed}\n")
    assert (meta.publish_date, meta.body) == ("2023-01-09", "博爱县审计局")


@pytest.mark.parametrize("attached, title", [
    ("附件\n阳新县2022年政府信息公开工作年度报告\n", "阳新县2022年政府信息公开工作年度报告"),
    ("阳新县人民政府2022年政府信息公开工作年度报告\n", "阳新县人民政府2022年政府信息公开工作年度报告"),
])
def test_a_cover_letter_opening_with_its_addressee_is_not_the_reports_issuer(attached, title):
    # the letter prints no title: its addressee (the city's office), its signer (the county's office) and its date,
    # then the report the county's government signs
    meta = _read("黄石市人民政府办公室（市政务公开办）：\n现将我县2022年政府信息公开工作年度报告报送你办。\n阳新县人民政府办公室\n"
                 f"2023年1月16日\n{attached}一、总体情况\n2022年，全县主动公开政府信息1520条。\n二、存在的问题\n"
                 "公开质量有待提高。\n阳新县人民政府\n2023年1月16日\n")
    assert (meta.title, meta.body, meta.region_code, meta.report_year) == (title, "阳新县人民政府", "420222", 2022)


def test_a_cppcc_standing_committees_report_is_dated_by_its_session():
    text = ("政协临水县委员会常务委员会工作报告\n——2025年1月8日在政协临水县第十一届委员会第四次会议上\n各位委员：\n"
            "一、2024年工作回顾\n全年共收到提案203件。\n")
    meta = extract_metadata(text)
    assert (meta.publish_date, meta.report_year) == ("2025-01-08", 2024)


@pytest.mark.parametrize("title", [
    "柳岸市12345政务服务便民热线2022年工作总结",
    "2023年度柳岸市12345政务服务便民热线运行情况报告",
    "2024年1-6月柳岸市12345政务服务便民热线运行情况",
])
def test_a_hotline_of_a_place_outside_the_gazetteer_is_its_body_wherever_its_title_names_it(title):
    # one body over the years, whether its title opens with the hotline or with the year; the portal's bureau posted it
    meta = _read(f"{title}\n发布时间：2024-02-20 来源：柳岸市政务服务和数据管理局\n一、总体情况\n热线受理诉求32100件。\n")
    assert (meta.body, meta.region_code) == ("柳岸市12345政务服务便民热线", None)


def _website_form(year: int, filer: str) -> str:
    return (f"政府网站工作年度报表 （{year}年度） 填报单位：{filer} 网站名称 {filer[:3]}政府网 主办单位 {filer} "
            "独立用户访问总量（单位：个） 52310 网站总访问量（单位：次） 230114 信息发布 总数（单位：条） 1763 "
            f"填报日期：{year + 1}-01-11\n")


def test_a_website_forms_filer_is_its_body_whoever_posted_it():
    # a county portal posting its land bureau's form: the bureau's, under the form's own doc_type
    meta = _read("标题: 2021年政府网站工作年度报表\n发布时间: 2022-01-25\n来源: 遂昌县人民政府\n-----\n"
                 + _website_form(2021, "遂昌县自然资源和规划局"))
    assert (meta.body, meta.region_code, meta.report_year, meta.doc_type) == (
        "遂昌县自然资源和规划局", "331123", 2021, "website_report")


def test_one_offices_website_forms_over_the_years_are_one_series_whatever_their_titles_name():
    # one title names the site, the other the place and year (a place's own report would be its government's)
    first = _read("祁门县人民政府网站2019年度工作报表\n发布日期：2020-01-14\n" + _website_form(2019, "祁门县人民政府办公室"))
    second = _read("祁门县2020年政府网站工作年度报表\n发布日期：2021-01-13\n" + _website_form(2020, "祁门县人民政府办公室"))
    assert [(m.body, m.region_code, m.report_year, m.doc_type) for m in (first, second)] == [
        ("祁门县人民政府办公室", "341024", 2019, "website_report"), ("祁门县人民政府办公室", "341024", 2020, "website_report")]


def test_a_website_forms_empty_filer_cell_names_no_body():
    # the label's neighbour (网站名称) is no body, and the title's place alone names no office
    meta = _read("祁门县2020年政府网站工作年度报表\n发布日期：2021-01-13\n"
                 + _website_form(2020, "祁门县人民政府办公室").replace("填报单位：祁门县人民政府办公室", "填报单位："))
    assert (meta.body, meta.region_code, meta.doc_type) == (None, "341024", "website_report")


@pytest.mark.parametrize("crumbs, title", [
    ("您现在的位置：首页 > 信息公开 > 法定主动公开内容 2023年度政府信息公开工作年度报告", "2023年度政府信息公开工作年度报告"),
    ("当前位置： 首页 » 政务公开 » 网站报表 歙县人民政府网站2020年度工作报表", "歙县人民政府网站2020年度工作报表"),
    ("当前位置：首页 > 政务公开 > 政府信息公开年度报告", None),  # a column's name, no title
])
def test_a_breadcrumb_ending_with_a_title_titles_the_page(crumbs, title):
    meta = _read(f"{crumbs} 来源：歙县人民政府办公室 时间：2024-01-16 09:30 【打印】【关闭】\n"
                 "一、总体情况\n全县主动公开政府信息2310条。\n")
    assert meta.title == title


def test_a_one_line_website_form_under_its_title_with_a_sealed_filer_label():
    # the page's title opens its one line (a form's 报表), its filer after 填报单位（公章）
    meta = _read("休宁县人民政府门户网站2018年度工作报表 发布时间：2019-01-22 来源：本站 "
                 + _website_form(2018, "黄山市休宁县人民政府办公室").replace("填报单位：", "填报单位（公章）："))
    assert (meta.title, meta.body, meta.region_code, meta.report_year) == (
        "休宁县人民政府门户网站2018年度工作报表", "休宁县人民政府办公室", "341022", 2018)


def test_a_summary_that_mentions_filing_the_website_form_is_no_form():
    # the form named in a text's opening is a website_report only when the form is printed there
    meta = extract_metadata("某县档案馆2022年工作总结\n一、总体情况\n按时填报政府网站工作年度报表，全年更新信息420条。\n")
    assert meta.doc_type == "work_summary"
    meta = extract_metadata("政府网站工作年度报表 （2022年度） 填报单位：某县档案馆 独立用户访问总量（单位：个） 3120 "
                            "网站总访问量（单位：次） 15012\n")
    assert meta.doc_type == "website_report"


def test_a_governments_general_office_printed_as_either_kind_is_one_office():
    """A government has one general office, which a city may print 办公室 one year and 办公厅 another: one series
    under the later name, where the two do not report in the same year."""
    reports = [("530100", "昆明市人民政府办公室", 2020), ("530100", "昆明市人民政府办公厅", 2021),
               ("530100", "昆明市人民政府办公厅", 2022),
               # the government itself and a unit of it named 办公室 are other bodies
               ("530100", "昆明市人民政府", 2021), ("530100", "昆明市人民政府金融工作办公室", 2019),
               # both kinds in one year: two bodies' reports, not one office's
               ("520100", "贵阳市人民政府办公厅", 2022), ("520100", "贵阳市人民政府办公室", 2022)]
    assert renamed_bodies(reports) == {("530100", "昆明市人民政府办公室"): "昆明市人民政府办公厅",
                                       ("530100", "昆明市人民政府办公厅"): "昆明市人民政府办公厅"}


def test_a_towns_county_spelled_by_the_crawlers_source_line():
    page = ("标题: 梅城镇2022年度工作总结\n发布时间: 2023-01-30\n来源: {}\n" + "=" * 30 + "\n"
            "2022年，我镇完成固定资产投资2.1亿元。\n梅城镇人民政府\n2023年1月20日\n")
    meta = _read(page.format("安化县梅城镇"))
    assert (meta.body, meta.region_code, meta.found_in["region"]) == ("安化县梅城镇人民政府", "430923", "header")
    # the town named alone gives no county
    meta = _read(page.format("梅城镇"))
    assert (meta.body, meta.region_code) == (None, None)


@pytest.mark.parametrize("title, doc_type", [
    ("海曙区2021年度政务公开年报", "disclosure_annual_report"),
    ("临湘市人民政府二〇二三年政务公开工作年度报告", "disclosure_annual_report"),
    # a year's work on 政务公开, summed up: a work summary
    ("某镇2023年政务公开工作总结", "work_summary"),
])
def test_a_disclosure_report_titled_as_a_政务公开_annual_report_is_one(title, doc_type):
    assert extract_metadata(title + "\n本报告根据《中华人民共和国政府信息公开条例》要求编制。\n").doc_type == doc_type


@pytest.mark.parametrize("title, doc_type", [
    ("关于某县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告", "plan_report"),
    ("关于2021年计划执行情况和2022年计划草案的报告", "plan_report"),
    ("某市2024年国民经济和社会发展计划", "plan_report"),
    # a body's plan for its own work, and a five-year plan's outline, are none
    ("某镇2024年工作计划", "other"),
    ("某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "other"),
])
def test_a_places_yearly_plan_report_is_a_plan_report(title, doc_type):
    assert extract_metadata(title + "\n正文。").doc_type == doc_type


def test_a_text_on_this_year_published_after_january_is_of_the_year_it_was_published():
    page = ("某区应急管理局今年工作总结和明年工作打算\n发布时间：{}\n"
            "今年以来，全区未发生较大以上生产安全事故，检查企业316家。明年，我局将…\n")
    meta = _read(page.format("2022-11-28"))
    assert (meta.report_year, meta.found_in["report_year"]) == (2022, "header")
    # published in January, 今年 was written in the year before
    assert _read(page.format("2023-01-06")).report_year == 2022


def test_the_years_a_section_on_what_comes_next_names_are_not_the_reports():
    for heading in ("三、今后打算", "三、下步重点", "三、明年思路"):
        meta = _read("某镇人民政府工作总结\n发布时间：2024-01-20\n2023年，我镇完成税收收入1.2亿元。\n"
                     f"{heading}\n2024年，我镇将…；2024年底前建成集镇污水管网；2024年新建村级服务点3个。\n")
        assert meta.report_year == 2023, heading


def test_a_gazettes_running_head_and_page_number_over_a_report_are_no_title():
    meta = _read("某省人民政府公报\n2023年第14期（总第702期）\n- 35 -\n通化市人民政府\n关于2022年度法治政府建设情况的报告\n"
                 "吉林省人民政府：\n2022年，我市审查行政规范性文件16件。\n通化市人民政府\n2023年3月1日\n")
    assert (meta.title, meta.body, meta.region_code) == ("通化市人民政府关于2022年度法治政府建设情况的报告", "通化市人民政府",
                                                         "220500")
    # a bulletin's own title ends in 公报: no issue under it, so it stays the title
    assert _read("通化市2022年国民经济和社会发展统计公报\n通化市统计局\n一、综合\n全年地区生产总值增长5%。\n").title \
        == "通化市2022年国民经济和社会发展统计公报"


@pytest.mark.parametrize("first, second", [("沅江市生态环境局关于2023年度环境保护工作情况的报", "告"),
                                           ("南县大通湖区管委会2022年度工作总", "结"),
                                           ("某市12345热线2024年第一季度运行情况通", "报")])
def test_a_title_wrapped_inside_its_genres_word_is_joined(first, second):
    meta = _read(f"{first}\n{second}\n\n2023年，我们完成各项任务。\n二、存在的问题\n力量不足。\n")
    assert meta.title == first + second


def test_a_report_submitted_to_the_congress_for_the_government_is_the_governments_without_its_session_line():
    text = ("关于黔江区2023年预算执行情况和2024年预算草案的报告\n发布时间：2024-01-30  来源：黔江区财政局\n各位代表：\n"
            "受区人民政府委托，现将黔江区2023年预算执行情况和2024年预算草案提请区第五届人民代表大会第四次会议审议。\n"
            "一、2023年预算执行情况\n全区一般公共预算收入完成12.6亿元。\n")
    meta = _read(text)
    assert (meta.body, meta.region_code, meta.report_year) == ("黔江区人民政府", "500114", 2023)
    # to the standing committee, entrusted as well: the government's too
    standing = text.replace("提请区第五届人民代表大会第四次会议审议", "向区人民代表大会常务委员会报告")
    assert _read(standing).body == "黔江区人民政府"


def test_a_towns_report_posted_by_a_county_department_is_of_that_county():
    page = ("东坪镇2023年法治政府建设情况报告\n发布时间：2024-02-20  来源：{}\n"
            "2023年，东坪镇调处矛盾纠纷96起。\n东坪镇人民政府\n2024年2月18日\n")
    meta = _read(page.format("安化县司法局"))
    assert (meta.body, meta.region_code) == ("安化县东坪镇人民政府", "430923")
    # a prefecture's department holds its counties' towns: which county is unknown
    meta = _read(page.format("益阳市司法局"))
    assert (meta.body, meta.region_code) == (None, None)


def test_a_level_named_department_submitting_the_governments_budget_to_the_congress_reports_the_governments():
    meta = _read("关于2023年全县预算执行情况和2024年预算草案的报告\n发布时间：2024-01-25  来源：县财政局\n各位代表：\n"
                 "受县人民政府委托，现将2023年全县预算执行情况和2024年预算草案提请县第十七届人民代表大会第四次会议审议。\n"
                 "一、2023年预算执行情况\n全县一般公共预算收入完成8.1亿元。\n主办单位：安化县人民政府办公室\n")
    assert (meta.body, meta.region_code) == ("安化县人民政府", "430923")
    # the congress named short (提请县十七届人大四次会议审议), or its standing committee (县人大常委会): the government's
    text = ("关于2023年全县预算执行情况和2024年预算草案的报告\n发布时间：2024-01-25  来源：安化县财政局\n各位代表：\n"
            "受县人民政府委托，现将2023年全县预算执行情况和2024年预算草案提请{}审议。\n")
    assert _read(text.format("县十七届人大四次会议")).body == "安化县人民政府"
    assert _read(text.format("县人大常委会第十二次会议")).body == "安化县人民政府"


@pytest.mark.parametrize("head, body", [("", "乐至县人民政府"),
                                         # in the department's own name, entrusted by no one: the department's
                                         ("乐至县发展和改革局局长  王某某\n", "乐至县发展和改革局")])
def test_a_plan_report_to_the_standing_committee_is_the_governments_when_given_on_its_behalf(head, body):
    opening = "受县人民政府委托，现将" if not head else "现将"
    meta = _read("关于2022年上半年国民经济和社会发展计划执行情况的报告\n发布时间：2022-09-02  来源：乐至县发展和改革局\n"
                 "——2022年8月26日在乐至县第十八届人民代表大会常务委员会第五次会议上\n"
                 f"{head or '乐至县发展和改革局局长  王某某'}\n主任、各位副主任、各位委员：\n"
                 f"{opening}全县上半年国民经济和社会发展计划执行情况报告如下。\n上半年，全县地区生产总值增长5.3%。\n")
    assert (meta.body, meta.region_code, meta.report_year, meta.doc_type) == (body, "512022", 2022, "plan_report")


def test_a_final_accounts_report_to_the_standing_committee_on_the_governments_behalf_is_the_governments():
    meta = _read("关于2023年市本级财政决算的报告\n——2024年7月24日在鹤壁市第十一届人民代表大会常务委员会第十一次会议上\n"
                 "鹤壁市财政局局长  赵某\n主任、各位副主任、秘书长、各位委员：\n"
                 "受市人民政府委托，我向本次会议报告2023年市本级财政决算情况，请予审议。\n"
                 "2023年，市本级一般公共预算收入完成32.5亿元。\n")
    assert (meta.body, meta.region_code, meta.report_year) == ("鹤壁市人民政府", "410600", 2023)


@pytest.mark.parametrize("title, year", [
    ("关于2025年国民经济和社会发展计划草案的报告", 2024),
    ("关于西乡县2021年预算草案的报告", 2020),
    ("关于2023年度全市预算（草案）的报告", 2022),
    # both years named: the first, the year carried out
    ("关于2024年全县预算执行情况和2025年预算草案的报告", 2024),
    # a budget carried out, or final accounts: their own year
    ("关于2024年上半年预算执行情况的报告", 2024),
])
def test_a_plan_or_budget_report_titled_by_its_drafts_year_alone_is_of_the_year_before(title, year):
    meta = _read(f"{title}\n各位代表：\n过去一年，全县一般公共预算收入完成6.4亿元，增长3.9%。\n")
    assert meta.report_year == year


@pytest.mark.parametrize("title", ["界首市12345热线2022年运行情况报告", "界首市12345政务服务便民热线2023年度工作报告"])
def test_a_hotline_named_short_or_in_full_is_one_body(title):
    # the short name one year and the full one the next: one body, one series
    norm = normalize_document(read_document("a.txt", f"标题：{title}\n发布时间：2024-01-20\n-----\n全年受理诉求8.2万件。\n".encode()))[0]
    assert norm["body"] == "界首市12345政务服务便民热线"


@pytest.mark.parametrize("title", ["铜鼓县林业局2022年工作总结和2023年工作思路", "浠水县民政局2021年工作开展情况及下步安排",
                                   "遂川县水利局2023年度防汛抗旱工作方案", "峨边彝族自治县交通运输局2022年重点工作完成情况说明"])
def test_a_page_title_ending_in_a_plan_word_loses_the_site_name_run_on_with_a_bare_hyphen(title):
    page = (f"<html><head><title>{title}-{title[:3]}人民政府</title></head><body><div class=\"pos\">当前位置：首页 &gt; "
            "部门动态 来源：本站 发布时间：2023-02-10</div><h2>" + title + "</h2><div class=\"zoom\"><p>一、主要工作</p>"
            "<p>全年完成投资1.2亿元，实施重点项目14个，其中新建项目9个，续建项目5个，均按计划推进。</p><p>二、下一步打算</p>"
            "<p>继续推进重点项目建设，加强资金监管，确保项目按期完工并发挥效益。</p></div></body></html>")
    norm = normalize_document(read_document("page.html", page.encode("utf-8")))[0]
    assert norm["title"] == title


@pytest.mark.parametrize("title, posted, year", [
    ("一月份全市政务服务“好差评”情况通报", "2022-01-28", 2022),   # the month ended by its posting: the posting year
    ("第四季度12345热线工单办理情况通报", "2021-01-14", 2020),      # a quarter ending after the posting month: the year before
    ("前三季度全区重点项目推进情况", "2019-10-22", 2019),
    ("12月份市长热线运行分析", "2023-01-09", 2022)])
def test_a_part_of_the_years_report_naming_no_year_is_of_the_year_its_period_ended_by_the_posting(title, posted, year):
    text = (f"标题: {title}\n发布时间: {posted}\n来源: 澄迈县政务服务中心\n" + "=" * 20 + "\n"
            "本期共受理群众诉求1412件，较去年同期增长6.1%，按期办结率98.7%，满意率95.2%。\n一、主要诉求\n城乡建设类301件。\n")
    norm = normalize_text(text)
    assert extract_metadata(norm.text, norm.page_info).report_year == year


@pytest.mark.parametrize("title, period", [("十一月份全县政务服务好差评情况通报", "11月"), ("2023年三月份热线运行分析", "3月"),
                                           ("十月十八日全镇安全生产会议纪要", None)])
def test_a_month_in_numerals_is_a_titles_period(title, period):
    assert extract_report_period(title) == period


@pytest.mark.parametrize("title, byline, source, code, body", [
    ("鼓楼区2020年国民经济和社会发展统计公报", "鼓楼区统计局", "徐州市鼓楼区统计局", "320302", "鼓楼区统计局"),
    ("城关区2016年国民经济和社会发展统计公报", "城关区统计局", "甘肃省兰州市城关区统计局", "620102", "城关区统计局"),
    ("和平区2022年政府信息公开工作年度报告", "和平区人民政府", "沈阳市和平区人民政府办公室", "210102", "和平区人民政府")])
def test_a_shared_district_name_in_the_texts_byline_is_told_apart_by_the_pages_source(title, byline, source, code, body):
    text = (f"标题: {title}\n发布时间: 2021-03-19\n发布机构: {source}\n" + "=" * 20 + f"\n{byline}\n2021年3月16日\n一、综合\n"
            "初步核算，全年全区实现地区生产总值812.4亿元，比上年增长5.2%。\n二、农业\n全年粮食产量3.1万吨。\n")
    norm = normalize_text(text)
    meta = extract_metadata(norm.text, norm.page_info)
    assert (meta.region_code, meta.body) == (code, body)


@pytest.mark.parametrize("opening, body", [("2021年，县政府深入贯彻落实《条例》，", "平江县人民政府"),
                                           ("2021年度，县人民政府坚持以公开为常态，", "平江县人民政府"),
                                           ("2021年，县政府办公室深入贯彻落实《条例》，", "平江县人民政府办公室")])
def test_a_bodiless_title_posted_by_the_office_is_the_governments_when_the_year_opens_with_the_government(opening, body):
    page = ("标题: 2021年政府信息公开工作年度报告\n发布时间: 2022-01-27\n来源: 县政府办\n主办单位: 平江县人民政府办公室\n"
            + "=" * 20 + "\n一、总体情况\n" + opening + "主动公开政府信息1520条。\n二、存在的问题\n解读形式单一。\n")
    assert _read(page).body == body


def test_a_report_on_correcting_the_audits_findings_is_an_audit_report_the_entrusting_governments():
    text = ("关于2022年度市本级预算执行和其他财政收支审计发现问题整改情况的报告\n"
            "——2023年12月26日在朔州市第七届人民代表大会常务委员会第十五次会议上\n朔州市审计局局长  某某\n"
            "主任、各位副主任、各位委员：\n受市人民政府委托，现将审计发现问题的整改情况报告如下。\n一、整改工作的部署推进\n"
            "审计发现问题金额3.6亿元，已整改3.1亿元。\n")
    meta = _read(text)
    assert (meta.doc_type, meta.body, meta.region_code, meta.report_year) == (
        "audit_report", "朔州市人民政府", "140600", 2022)
    budget = _read(text.replace("审计发现问题整改情况的报告", "预算调整方案的报告").replace("审计发现问题的整改情况", "预算调整方案"))
    assert budget.doc_type == "budget_report"


@pytest.mark.parametrize("signed, body, code", [("鹰潭高新技术产业开发区经济发展局", "鹰潭高新技术产业开发区经济发展局", "360600"),
                                                ("滇中新区自然资源局", "滇中新区自然资源局", None)])
def test_a_department_titled_by_its_kind_and_signed_with_its_zone_is_the_zones(signed, body, code):
    department = signed[-5:]
    page = (f"标题: {department}2020年工作总结\n发布时间: 2021-01-20\n来源: {department}\n" + "=" * 20 + "\n"
            "2020年，我局全年签约项目12个，完成固定资产投资21.6亿元。\n二、2021年工作计划\n2021年，我局将……\n"
            f"{signed}\n2021年1月18日\n")
    meta = _read(page)
    assert (meta.body, meta.region_code) == (body, code)


@pytest.mark.parametrize("title, words, year", [
    # the printed year the coming one's
    ("蓝山县林业局今年工作总结", "今年以来，我局完成人工造林8600亩。\n下一步，2023年我局计划新建苗圃2处。\n", 2022),
    # a text on January itself
    ("蓝山县林业局护林员巡护情况", "2023年1月，全县护林员巡护1412人次，今年以来未发生森林火灾。\n", 2023),
    # no 今年: the years decide
    ("蓝山县林业局工作总结", "2022年，我局完成人工造林8600亩。\n2023年，我局将新建苗圃2处。\n", 2022)])
def test_a_january_text_on_this_year_as_done_whose_printed_year_is_the_posting_years(title, words, year):
    page = (f"标题: {title}\n发布时间: 2023-01-13\n来源: 蓝山县林业局\n" + "=" * 20 + "\n" + words
            + "蓝山县林业局\n1月12日\n")
    assert _read(page).report_year == year


@pytest.mark.parametrize("crumb, code, body", [
    ("首页 &gt; 乡镇动态 &gt; 隆化县 &gt; 青石岭乡", "130825", "隆化县青石岭乡人民政府"),
    ("首页 &gt; 镇街之窗 &gt; 滕州市 &gt; 青石岭乡", "370481", "滕州市青石岭乡人民政府"),
    ("首页 &gt; 乡镇动态 &gt; 青石岭乡", None, None)])  # no place in the crumb: many counties have such a 乡
def test_a_towns_page_whose_breadcrumb_outside_the_article_names_its_county(crumb, code, body):
    page = ('<html><head><title>青石岭乡2022年法治政府建设情况报告</title></head><body>'
            f'<div class="crumb">当前位置：{crumb}</div><h1>青石岭乡2022年法治政府建设情况报告</h1>'
            '<div class="info">发布时间：2023-02-20 来源：青石岭乡</div><div class="content">'
            '<p>2022年，青石岭乡深入推进依法行政，全年开展法治宣传活动21场次，调处矛盾纠纷53起，调解成功率98.1%。</p>'
            '<p>二、2023年工作打算</p><p>2023年，我乡将继续推进法治乡村建设，完善公共法律服务体系。</p>'
            '<p>青石岭乡人民政府</p><p>2023年2月17日</p></div></body></html>')
    row = normalize_document(read_document("page.html", page.encode("utf-8")))[0]
    assert (row["region_code"], row["body"]) == (code, body)


@pytest.mark.parametrize("first, second, title", [
    # the line below goes on with a conjunction: 和/及/与 a second matter, the genre at its end
    ("关于灵璧县2018年财政预算执行情况", "和2019年财政预算草案的报告", "关于灵璧县2018年财政预算执行情况和2019年财政预算草案的报告"),
    ("关于2022年度国民经济和社会发展计划执行情况", "与2023年计划草案的报告", "关于2022年度国民经济和社会发展计划执行情况与2023年计划草案的报告"),
    # the line above is cut after one: the title goes on below
    ("关于2020年度区级预算执行及", "其他财政收支的审计工作报告", "关于2020年度区级预算执行及其他财政收支的审计工作报告"),
    ("关于2016年度市本级决算草案和", "2017年上半年预算执行情况的报告", "关于2016年度市本级决算草案和2017年上半年预算执行情况的报告"),
])
def test_a_title_broken_at_a_conjunction_is_one_title(first, second, title):
    meta = _read(f"{first}\n{second}\n——在区第五届人民代表大会常务委员会第九次会议上\n主任、各位副主任、各位委员：\n"
                 "一、基本情况\n全年一般公共预算收入完成12.4亿元。\n")
    assert meta.title == title


@pytest.mark.parametrize("name, title, body", [
    # a service hotline's five-digit number is part of a name, not a crawler's id
    ("附件3：2021年7-9月宁国市12345热线诉求办理情况统计表.xls", "2021年7-9月宁国市12345热线诉求办理情况统计表",
     "宁国市12345政务服务便民热线"),
    ("2019年度醴陵市12345政务服务便民热线工作总结.docx", "2019年度醴陵市12345政务服务便民热线工作总结",
     "醴陵市12345政务服务便民热线"),
])
def test_a_hotlines_number_in_a_files_name_is_no_id(name, title, body):
    meta = extract_metadata("诉求类别\t工单数\t办结数\n咨询\t320\t318\n投诉\t95\t93\n", file_name=name)
    assert (meta.title, meta.body) == (title, body)


@pytest.mark.parametrize("name", ["P020240131384756012345.pdf", "t20230115_12345.html", "附件1_20240125_88231.docx"])
def test_a_crawlers_id_in_a_files_name_is_still_no_title(name):
    assert extract_metadata("诉求类别\t工单数\n咨询\t320\n", file_name=name).title is None


@pytest.mark.parametrize("name, title", [
    ("附件1：2022年1-3月泗洪县政务服务中心办件汇总表.xlsx", "2022年1-3月泗洪县政务服务中心办件汇总表"),
    ("2020年度旌德县各乡镇政务公开考核结果一览表.xls", "2020年度旌德县各乡镇政务公开考核结果一览表"),
])
def test_a_tables_file_named_by_its_period_and_kind_is_titled_by_its_name(name, title):
    meta = extract_metadata("窗口\t受理\t办结\n社保\t320\t318\n医保\t95\t93\n", file_name=name)
    assert (meta.title, meta.report_year) == (title, int(title[:4]))


def test_a_tables_kind_without_a_year_in_a_files_name_is_no_title():
    assert extract_metadata("窗口\t受理\n社保\t320\n", file_name="附件2：办件统计表.xlsx").title is None


@pytest.mark.parametrize("title, body, region", [
    ("兰西县2019年一般公共预算收支决算表", "兰西县财政局", "231222"),
    ("2022年泾县政府性基金预算表", "泾县财政局", "341823"),
])
def test_a_tables_title_row_of_its_year_and_kind_is_the_title(title, body, region):
    meta = extract_metadata(f"{title}\n编制单位：{body}\t\t单位：万元\n项目\t预算数\t决算数\n税收收入\t41200\t43055\n")
    assert (meta.title, meta.body, meta.region_code) == (title, body, region)


def test_a_tables_compiler_does_not_replace_the_body_its_title_names():
    meta = extract_metadata("旌德县政务服务中心2021年办件情况统计表\n填报单位：旌德县数据资源管理局\t\t单位：件\n"
                            "窗口\t受理\t办结\n社保\t320\t318\n")
    assert meta.body == "旌德县政务服务中心"


# one body's years as its sites spell them (short forms of its kind, 和 dropped as official short names drop it, 县府办)
# are one series; two bodies of one place (the government's office, its 人防办) and a reform's rename stay apart
@pytest.mark.parametrize("names", [
    ["通渭县发展和改革局", "通渭县发改局", "通渭县发展改革局"],
    ["天水市发展和改革委员会", "天水市发改委", "天水市发展改革委"],
    ["临洮县住房和城乡建设局", "临洮县住建局", "临洮县住房城乡建设局"],
    ["临洮县应急管理局", "临洮县应急局"], ["陇西县医疗保障局", "陇西县医保局"],
    ["陇西县退役军人事务局", "陇西县退役军人局"], ["定西市市场监督管理局", "定西市市监局", "定西市市场监管局"],
    ["渭源县人民防空办公室", "渭源县人防办", "渭源县人防办公室"],
    ["岷县人力资源和社会保障局", "岷县人力资源社会保障局", "岷县人社局"], ["漳县卫生健康局", "漳县卫健局"],
    ["安定区人民政府办公室", "安定区府办", "安定区府办公室", "安定区政府办", "安定区政府办公室"],
    # a city's housing fund centre: short kinds, and its city without 市
    ["宜宾市住房公积金管理中心", "宜宾市公积金中心", "宜宾住房公积金中心", "宜宾市住房公积金中心", "宜宾公积金管理中心"],
    # a 政务服务中心 named as its government's agency, or 政务中心
    ["永兴县政务服务中心", "永兴县人民政府政务服务中心", "永兴县政府政务服务中心", "永兴县政务中心"],
])
def test_one_bodys_spellings_are_one_name(names):
    assert {normalize_body(n) for n in names} == {normalize_body(names[0])} == {names[0]}


@pytest.mark.parametrize("one, other", [("安定区府办", "安定区人民政府"), ("渭源县人防办", "渭源县人民政府办公室"),
                                        ("永兴县人民政府政务服务中心", "永兴县人民政府办公室"),
                                        ("永兴县医疗保障事务中心", "永兴县医疗保障局"),
                                        ("漳县卫生和计划生育局", "漳县卫生健康局"), ("天水市发改委", "天水市发展和改革局")])
def test_two_bodies_of_one_place_stay_apart(one, other):
    assert normalize_body(one) != normalize_body(other)


def test_a_township_work_report_that_opens_a_paragraph_with_last_year_reports_on_that_year():
    """A 乡/镇 report with no review heading: a paragraph opening 去年， looks back on the year before its title's; a
    去年 inside a comparison (比去年增长) says nothing of the sort."""
    for opening in ("各位代表：\n去年，全乡农业总产值达到3.4亿元。", "各位代表：去年，全乡新修机耕道16公里。"):
        assert extract_metadata("柳河乡2022年政府工作报告\n" + opening, []).report_year == 2021
    assert extract_metadata("柳河乡2022年政府工作报告\n今年以来，全乡农业总产值比去年增长4%。", []).report_year == 2022


@pytest.mark.parametrize("column, source, title, code, body", [
    # a crawler's 栏目 holding the page's path from 首页 is its breadcrumb: the portal's step names the place
    ("首页 > 丹江口市人民政府 > 部门信息 > 市交通运输局", "市交通运输局", "2019年工作总结", "420381", "丹江口市交通运输局"),
    ("网站首页/定边县人民政府/部门动态", "县水利局", "县水利局2016年工作总结", "610825", "定边县水利局"),
    # a column's name alone is no path: which county's 水利局 is not said
    ("部门动态", "县水利局", "县水利局2016年工作总结", None, None),
])
def test_a_crawlers_column_holding_the_pages_path_is_its_breadcrumb(column, source, title, code, body):
    _, meta = read_page(f"标题: {title}\n发布时间: 2017-01-12\n来源: {source}\n栏目: {column}\n{'=' * 30}\n"
                        "一年来，我局紧紧围绕中心工作，各项任务圆满完成。\n一、主要工作\n全年完成投资3.2亿元。\n")
    assert (meta.region_code, meta.body) == (code, body)


@pytest.mark.parametrize("title, link, code, body", [
    # a body named by its kind alone, on a site whose host spells one place in pinyin, of that body's level
    ("县统计局2012年政府信息公开工作年度报告", "http://www.longsheng.gov.cn/xxgk/2013/0311/art_88.html", "450328",
     "龙胜各族自治县统计局"),
    ("县人民政府2015年政府信息公开工作年度报告", "https://lintao.gov.cn/info/1024/5531.htm", "621124", "临洮县人民政府"),
    # the host spells two or more places (武冈市, 舞钢市; 朝阳区 of 北京 and of 长春, 朝阳市, 朝阳县, 潮阳区): which is not said
    ("市人民政府2015年政府信息公开工作年度报告", "http://www.wugang.gov.cn/art/2016/3/1/art_7_91.html", None, None),
    ("区人民政府2015年政府信息公开工作年度报告", "http://www.chaoyang.gov.cn/zwgk/2016/91.html", None, None),
    # a city's host under a county's body: the page is on the city's site, the county is not said
    ("县人民政府2015年政府信息公开工作年度报告", "http://www.dingxi.gov.cn/art/2016/3/1/art_5_17.html", None, None),
    # initials spell no place
    ("区人民政府2015年政府信息公开工作年度报告", "http://www.hzxc.gov.cn/art/2016/3/1/art_5_17.html", None, None),
])
def test_a_body_by_its_kind_alone_takes_the_one_place_its_hosts_pinyin_spells(title, link, code, body):
    _, meta = read_page(f"标题: {title}\n发布时间: 2016-03-01\n原文链接: {link}\n{'=' * 30}\n"
                        "一、总体情况\n本年度，我单位认真贯彻落实《条例》，主动公开政府信息112条。\n")
    assert (meta.region_code, meta.body) == (code, body)


def test_a_housing_fund_centre_named_by_its_citys_short_name_is_placed_in_that_city():
    _, meta = read_page("标题: 2021年政府信息公开工作年度报告\n发布时间: 2022-01-19\n来源: 泸州住房公积金中心\n" + "=" * 30
                        + "\n一、总体情况\n2021年，我中心主动公开政府信息166条。\n")
    assert (meta.region_code, meta.body) == ("510500", "泸州市住房公积金管理中心")
    # a province's own centre (省直) is no city's
    assert normalize_body("省直住房公积金中心") == "省直住房公积金管理中心"


@pytest.mark.parametrize("header, date", [
    # the day the page went up first; else the day the document was issued (印发); the signing day (成文日期) last
    ("成文日期: 2016-04-11\n", "2016-04-13"),
    ("发布日期: 2016-04-20\n成文日期: 2016-04-11\n", "2016-04-20"),
    ("印发日期: 2016-04-12\n成文日期: 2016-04-11\n", "2016-04-12"),
])
def test_a_headers_signing_day_yields_to_the_issue_day_its_text_prints(header, date):
    _, meta = read_page(f"标题: 永新县人民政府2015年政府信息公开工作年度报告\n{header}{'=' * 30}\n"
                        "一、总体情况\n2015年，县政府主动公开政府信息328条。\n永新县人民政府\n2016年4月11日\n"
                        "永新县人民政府办公室          2016年4月13日印发\n")
    assert meta.publish_date == date


def test_a_headers_signing_day_is_the_date_where_the_text_prints_no_issue_day():
    _, meta = read_page("标题: 永新县人民政府2015年政府信息公开工作年度报告\n成文日期: 2016-04-11\n" + "=" * 30
                        + "\n一、总体情况\n2015年，县政府主动公开政府信息328条。\n")
    assert meta.publish_date == "2016-04-11"


@pytest.mark.parametrize("title, source, code, body", [
    # a city with no counties holds its towns and 街道 itself: its portal's town is the city's
    ("小榄镇2020年政府信息公开工作年度报告", "中山市人民政府", "442000", "中山市小榄镇人民政府"),
    ("峪泉镇人民政府2020年政府信息公开工作年度报告", "嘉峪关市人民政府", "620200", "嘉峪关市峪泉镇人民政府"),
    ("儋州市那大镇人民政府2020年政府信息公开工作年度报告", "那大镇人民政府", "460400", "儋州市那大镇人民政府"),
    # a city with counties: which county's town is not said
    ("关子镇2020年政府信息公开工作年度报告", "天水市人民政府", None, None),
])
def test_a_town_of_a_city_with_no_counties_is_that_citys(title, source, code, body):
    _, meta = read_page(f"标题: {title}\n发布时间: 2021-01-20\n来源: {source}\n{'=' * 30}\n"
                        "一、总体情况\n2020年，我镇主动公开政府信息86条。\n")
    assert (meta.region_code, meta.body) == (code, body)



@pytest.mark.parametrize("name", ["07_南召县农业农村局2016年工作总结.txt", "b12-南召县农业农村局2016年工作总结.txt",
                                  "3．南召县农业农村局2016年工作总结.txt"])
def test_a_file_titled_by_its_name_after_a_short_index(name):
    meta = extract_metadata("2016年，我局围绕乡村振兴中心工作，完成粮食播种面积86.2万亩。\n一、主要工作\n推进高标准农田建设。\n"
                            "南召县农业农村局\n2017年1月9日\n", file_name=name)
    assert (meta.title, meta.body, meta.region_code, meta.doc_type) == (
        "南召县农业农村局2016年工作总结", "南召县农业农村局", "411321", "work_summary")


@pytest.mark.parametrize("title, source, code, body", [
    # a street named with a district name several cities share, its city only in 来源: named once, not twice
    ("桥西区留营街道办事处2021年政府信息公开工作年度报告", "石家庄市桥西区人民政府", "130104", "桥西区留营街道办事处"),
    ("西湖区北山街道2021年政府信息公开工作年度报告", "杭州市西湖区人民政府", "330106", "西湖区北山街道办事处"),
])
def test_a_street_of_a_shared_district_name_placed_by_its_source_is_named_once(title, source, code, body):
    _, meta = read_page(f"标题: {title}\n发布时间: 2022-01-20\n来源: {source}\n{'=' * 30}\n"
                        "一、总体情况\n2021年，我街道主动公开政府信息71条。\n")
    assert (meta.region_code, meta.body) == (code, body)


def test_a_hosts_place_is_read_the_same_every_time():
    # (the table's entry is not used up by a read)
    pages = [read_page("标题: 县人民政府2015年政府信息公开工作年度报告\n发布时间: 2016-03-01\n"
                       "原文链接: http://www.lintao.gov.cn/info/1024/5531.htm\n" + "=" * 30 + "\n一、总体情况\n"
                       "本年度，我县主动公开政府信息112条。\n")[1] for _ in range(2)]
    assert [m.region_code for m in pages] == ["621124", "621124"]


def test_a_sentence_announcing_the_report_is_no_title():
    # an untitled text that opens 现将…报告如下：: NULL, never that sentence
    text = "现将我县2020年政府信息公开工作情况报告如下：\n一、总体情况\n2020年，全县主动公开政府信息960条。\n"
    assert extract_metadata(text, []).title is None
    assert extract_metadata("青石县2020年政府信息公开工作年度报告\n" + text, []).title == "青石县2020年政府信息公开工作年度报告"


@pytest.mark.parametrize("title, source, signer, body", [
    # a report on a place's 12345 hotline is the hotline's, whether its title names the place or not, whoever signs
    # or posts it (the 政务服务 bureau, the government's office, the hotline's centre) and by any of the line's names
    ("洛阳市12345政务服务便民热线2021年工作总结", "洛阳市政务服务中心", "洛阳市政务服务中心", "洛阳市12345政务服务便民热线"),
    ("关于2022年度12345政务服务便民热线工作情况的报告", "洛阳市人民政府办公室", "洛阳市政务服务和数据管理局",
     "洛阳市12345政务服务便民热线"),
    ("2023年12345热线运行分析报告", "洛阳市12345热线服务中心", "洛阳市12345热线服务中心", "洛阳市12345政务服务便民热线"),
    ("洛阳市12345市民服务热线2019年工作总结", "洛阳市人民政府", "洛阳市市长热线办公室", "洛阳市12345政务服务便民热线"),
    # a 政务服务 report naming no place stays its signer's
    ("关于2023年度政务服务工作情况的报告", "洛阳市人民政府办公室", "洛阳市政务服务和数据管理局", "洛阳市政务服务和数据管理局"),
    # and a department's account of the hotline's orders it handled, its own
    ("关于2023年度12345热线工单办理情况的报告", "洛阳市人民政府办公室", "洛阳市住房和城乡建设局", "洛阳市住房和城乡建设局"),
])
def test_a_places_hotline_is_one_body_whatever_its_reports_titles_say(title, source, signer, body):
    _, meta = read_page(f"标题: {title}\n发布时间: 2024-01-22\n来源: {source}\n{'=' * 30}\n"
                        "全市12345热线全年共受理群众诉求81236件，按时办结率98.9%，群众满意率97.2%。\n"
                        f"一、主要工作\n健全工单督办机制。\n{signer}\n2024年1月19日\n")
    assert (meta.body, meta.region_code) == (body, "410300")


def test_a_hotline_report_posted_by_its_level_alone_takes_the_sites_place():
    # 市12345热线管理中心 on the city's portal: the city's hotline once its place is known
    _, meta = read_page("标题: 2024年上半年12345热线运行情况通报\n发布时间: 2024-07-09\n来源: 市12345热线管理中心\n"
                        f"栏目: 首页 > 宜昌市人民政府 > 政务公开\n{'=' * 30}\n"
                        "上半年，市12345热线共受理群众诉求40217件，按时办结率99.1%。\n")
    assert (meta.body, meta.region_code, meta.report_period) == ("宜昌市12345政务服务便民热线", "420500", "上半年")


@pytest.mark.parametrize("crumb, title", [
    # a breadcrumb's last step is the page's title when it names its body or place, a year and a genre, bylines after
    ("首页 > 部门动态 > 工作总结 > 靖西市交通运输局2021年工作总结", "靖西市交通运输局2021年工作总结"),
    ("首页 > 信息公开 > 年度报告 > 城东街道2020年政府信息公开工作年度报告", "城东街道2020年政府信息公开工作年度报告"),
    # a column's name is none: it names no body or place
    ("首页 > 信息公开 > 2021年工作总结", None),
])
def test_a_breadcrumbs_last_step_before_bylines_is_the_title(crumb, title):
    _, meta = read_page(f"您所在的位置：{crumb} 作者：陈立 责任编辑：吴芳 发布时间：2022-02-08 来源：靖西市交通运输局 "
                        "【打印】\n2021年，我局完成公路建设投资3.2亿元。\n一、主要工作\n推进农村公路建设。\n")
    assert meta.title == title
    assert meta.publish_date == "2022-02-08"


def test_a_covers_title_broken_after_its_year_goes_on_with_any_genre():
    text = ("安康市汉滨区2019年\n生态环境状况公报\n安康市汉滨区生态环境局\n二〇二〇年五月\n"
            "2019年，全区环境空气质量优良天数为318天。\n一、环境空气\n全区细颗粒物平均浓度为38微克/立方米。\n")
    meta = extract_metadata(text, [])
    assert (meta.title, meta.doc_type, meta.report_year) == (
        "安康市汉滨区2019年生态环境状况公报", "statistical_bulletin", 2019)
    # a year alone over a line opens no title with it (a cover's date line)
    assert extract_metadata("2019年\n生态环境状况公报\n2019年，全区环境空气质量优良天数为318天。\n", []).title \
        == "生态环境状况公报"


@pytest.mark.parametrize("presenter, host, body", [
    # a bureau named by its level alone takes the host's place; its head's posts before the title
    ("县统计局党组书记、局长 周敏", "宁乡县人民政府新闻办公室", "宁乡县统计局"),
    ("邵阳市人力资源和社会保障局副局长 蒋涛", "邵阳市人民政府新闻办公室", "邵阳市人力资源和社会保障局"),
])
def test_a_press_conferences_transcript_is_its_presenters(presenter, host, body):
    """A 新闻办 hosts every body's press conferences: a transcript is the presenting body's (发布人), so a bureau's
    releases over the years are one series, and a briefing, not the bulletin its subject may name."""
    text = (f"2018年全县经济运行情况新闻发布会\n主持人：新闻办副主任 彭丽\n发布人：{presenter}\n"
            "主持人：欢迎各位参加今天的发布会。\n2018年，全县地区生产总值612.4亿元，增长8.1%。\n"
            "记者：请介绍一下就业情况。\n答：全年新增城镇就业1.2万人。\n")
    meta = extract_metadata(text, [("来源", host), ("发布时间", "2019-01-25")])
    assert (meta.body, meta.doc_type, meta.report_year) == (body, "briefing", 2018)


def test_a_breadcrumb_ending_in_a_press_conferences_title_is_the_title():
    _, meta = read_page("当前位置：首页 > 新闻发布 > 常德市2022年上半年经济运行情况新闻发布会实录 发布时间：2022-07-21 "
                        "来源：常德市人民政府新闻办公室 【字体：大 中 小】\n主持人：市政府新闻办公室主任 龚杰\n"
                        "发布人：常德市统计局局长 向阳\n上半年，全市地区生产总值1893.2亿元，同比增长4.6%。\n")
    assert (meta.title, meta.report_year, meta.body, meta.doc_type) == (
        "常德市2022年上半年经济运行情况新闻发布会实录", 2022, "常德市统计局", "briefing")


def test_a_pages_publisher_byline_on_a_report_names_no_presenter():
    """发布人 outside a press conference is a page's byline: the report stays its signer's."""
    text = ("2021年工作总结\n发布人：市政府办公室主任 谭军\n2021年，我局完成水利投资4.6亿元。\n"
            "一、主要工作\n完成病险水库除险加固3座。\n湘乡市水利局\n2022年1月10日\n")
    assert extract_metadata(text, [("来源", "湘乡市水利局")]).body == "湘乡市水利局"
