"""One body's reports over the years give one series per indicator, whatever phrasing and form each year used."""
import shutil
from pathlib import Path

import pytest
import yaml

from govpipeline_tests import template_forms
from govpipeline_tests.conftest import materialize_all, query

BODY = "庆元县人民政府"


def _report(year: int, body: str) -> str:
    return f"标题：{BODY}{year}年政府信息公开工作年度报告\n发布时间：{year + 1}-03-01\n-----\n{body}"


def test_a_bodys_reports_form_one_series_per_indicator_across_phrasings_and_forms(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    template = template_forms.as_lines().replace(template_forms.HEAD, "")
    received_2022 = template_forms.grid()["new_received"][6]
    reports = {
        # the whole county, named three ways, or not at all
        "2016.txt": "一、总体情况\n全县共受理政府信息公开申请30件，其中当面申请10件，网络申请20件。\n",
        # the narrative and the statistics table state the same figure: the table's cell is taken
        "2017.txt": ("一、总体情况\n我县各级政府及其工作部门共受理政府信息公开申请36件。\n\n附表：2017年政府信息公开情况统计表\n"
                     "统计指标\t单位\t统计数\n三、依申请公开情况\t—\t—\n（一）收到申请数\t件\t36\n（二）申请办结数\t件\t35\n"),
        "2018.txt": "一、总体情况\n2018年，共收到政府信息公开申请42件，比上年增长16.7%。\n",
        # the 2021 template's 表三
        "2022.txt": "一、总体情况\n2022年，本机关依法做好政府信息公开工作。\n\n" + template,
    }
    for name, body in reports.items():
        (raw / name).write_text(_report(int(name[:4]), body), encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    rows = query(db, """SELECT year, value, scope_kind, scope_name, scope, source, n_candidates, chosen_because
                        FROM analytics.metric_series
                        WHERE body = ? AND metric_id = 'disclosure_requests_received' ORDER BY year""", [BODY])
    assert rows == [
        (2016, 30.0, "whole", "", "全县", "narrative", 1, "only figure"),
        (2017, 36.0, "whole", "", None, "table", 2, "the table cell over the narrative"),
        (2018, 42.0, "whole", "", None, "narrative", 1, "only figure"),
        (2022, float(received_2022), "whole", "", None, "table", 1, "only figure"),
    ]
    assert query(db, "SELECT year, round(value, 1), metric_name FROM analytics.metric_series "
                     "WHERE metric_id = 'disclosure_requests_received_growth'") == [(2018, 16.7, "收到政府信息公开申请增速")]
    # 表二's 行政规范性文件 row: the year's repeals and the stock in force, each an indicator's series
    t2 = template_forms.T2_VALUES["normative_documents"]
    assert query(db, "SELECT metric_id, year, value, source FROM analytics.metric_series WHERE metric_id IN "
                     "('normative_documents_repealed', 'normative_documents_in_force') ORDER BY metric_id") == [
        ("normative_documents_in_force", 2022, float(t2[2]), "table"),
        ("normative_documents_repealed", 2022, float(t2[1]), "table")]
    (fact_ids, agree), = query(db, "SELECT fact_ids, restatements_agree FROM analytics.metric_series "
                                   "WHERE metric_id = 'disclosure_requests_received' AND year = 2017")
    assert len(fact_ids) == 2 and agree is True
    assert query(db, "SELECT f.metric FROM warehouse.facts f WHERE f.fact_id = ?", [fact_ids[1]]) == [("受理政府信息公开申请",)]
    # comparisons across reports pair the years too, whatever the scope's phrasing; the stated +16.7 % agrees
    assert query(db, """SELECT year, value, previous_value, basis, consistent FROM analytics.yoy_comparisons
                        WHERE body = ? AND metric_id = 'disclosure_requests_received' ORDER BY year, basis""",
                 [BODY]) == [(2017, 36.0, 30.0, "cross_document", None), (2018, 42.0, 36.0, "cross_document", True),
                             (2018, 42.0, 42.0 / 1.167, "stated", True)]


def test_a_departments_figures_form_their_own_series_and_the_issuing_body_is_the_whole(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    body = "青禾县行政审批服务局"
    reports = {  # the issuing 局 named as the subject one year, not at all the next; departments' figures among them
        2021: ("一、总体情况\n2021年，县行政审批服务局共受理各类政务服务事项12.3万件，按时办结率99.8%。"
               "全年提供延时服务300次，预约服务150次；县不动产登记中心延时服务40次、预约服务12次。\n"),
        2022: ("一、总体情况\n全年共受理政务服务事项13.5万件，按时办结率99.9%。全年提供延时服务320次。\n"
               "县医保局：医保窗口服务提质\n一年来，窗口提供延时服务55次。\n"),
    }
    for year, text in reports.items():
        (raw / f"{year}.txt").write_text(f"标题：{body}{year}年政务服务工作总结\n发布时间：{year + 1}-01-20\n-----\n{text}",
                                         encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    series = """SELECT metric_id, year, scope_kind, scope_name, value, restatements_agree FROM analytics.metric_series
                WHERE metric_id IN ('service_cases', 'extended_hours_services', 'appointment_services')
                ORDER BY metric_id, scope_kind, scope_name, year"""
    assert query(db, series) == [
        ("appointment_services", 2021, "department", "不动产登记中心", 12.0, True),
        ("appointment_services", 2021, "whole", "", 150.0, True),
        ("extended_hours_services", 2021, "department", "不动产登记中心", 40.0, True),
        ("extended_hours_services", 2022, "department", "医保局", 55.0, True),
        ("extended_hours_services", 2021, "whole", "", 300.0, True),
        ("extended_hours_services", 2022, "whole", "", 320.0, True),
        ("service_cases", 2021, "whole", "", 123000.0, True),
        ("service_cases", 2022, "whole", "", 135000.0, True),
    ]


# five years of one city's 政务服务 summaries (constructed, invented figures): each year words the same indicators its
# own way and names the whole its own way (全市市县两级政务服务中心, 全市, 我市各级政务服务中心, none), the bureau is
# renamed in 2023, and the own level's, the city centre's and a department's figures sit beside the whole's. The city's
# own centre (市政务服务中心) is not the whole (全市 counts the counties' centres too): its windows (a part, 其中) get no
# id; 中心共设服务窗口 (2021) takes the windows' id, as round 19 keyed a centre's 设置窗口 (README, round 19's conventions),
# and with no scope of its own joins the whole's series
_CITY_SUMMARIES = {
    2020: ("丽水市政务服务管理局",
           "一、总体情况\n2020年，全市市县两级政务服务中心共受理各类政务服务事项186.2万件，按时办结率99.6%。全市政务服务事项"
           "网上可办率达到92.1%。全市各级政务服务中心设置服务窗口152个，窗口工作人员420人。群众满意率99.2%。"
           "其中，市本级受理办件28.4万件。市公安局窗口办件量41.3万件。\n"),
    2021: ("丽水市政务服务管理局",
           "一、工作成效\n全市共办理政务服务事项201.4万件，同比增长8.2%；按期办结率99.7%。政务服务事项网上可办率95.3%。"
           "中心共设服务窗口160个，窗口工作人员436名。办事群众满意度99.4%。市本级办件量30.2万件。\n"
           "二、部门情况\n市公安局窗口全年办件量43.0万件。\n"),
    2022: ("丽水市政务服务管理局",
           "一、主要成效\n一年来，我市各级政务服务中心受理办件量达到215.0万件，按时办结率99.8%，网上可办率97.5%。"
           "设置服务窗口168个，配备窗口工作人员451名，其中市政务服务中心设置窗口62个。服务对象满意率99.5%。\n"),
    2023: ("丽水市政务服务和数据管理局",
           "一、2023年工作情况\n全市政务服务中心全年办件量228.7万件，按时办结率达到99.85%，政务服务事项网上可办率98.6%。"
           "全市群众满意率99.6%。市本级全年办件32.9万件。市公安局窗口办件量46.1万件。\n"),
    2024: ("丽水市政务服务和数据管理局",
           "一、总体情况\n2024年，全市政务服务办件量242.3万件，同比增长5.9%，按时办结率99.9%，政务服务事项网上可办率99.1%。"
           "服务窗口175个，窗口工作人员463人。企业群众满意率99.7%。\n"),
}


def test_a_renamed_citys_summaries_over_five_years_give_one_series_per_indicator_and_scope(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for year, (body, text) in _CITY_SUMMARIES.items():
        (raw / f"{year}.txt").write_text(f"标题：{body}{year}年政务服务工作总结\n发布时间：{year + 1}-01-15\n-----\n{text}",
                                         encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    rows = query(db, """SELECT metric_id, scope_kind, scope_name, list(year ORDER BY year), list(value ORDER BY year),
                               list(DISTINCT body)
                        FROM analytics.metric_series
                        WHERE metric_id IN ('service_cases', 'service_cases_growth', 'ontime_completion_rate',
                                            'online_service_rate', 'satisfaction_rate', 'service_windows_count',
                                            'window_staff')
                        GROUP BY ALL ORDER BY ALL""")
    body = ["丽水市政务服务和数据管理局"]  # the bureau's latest name (a known place: renamed_bodies needs its region)
    assert rows == [
        ("online_service_rate", "whole", "", [2020, 2021, 2022, 2023, 2024], [92.1, 95.3, 97.5, 98.6, 99.1], body),
        ("ontime_completion_rate", "whole", "", [2020, 2021, 2022, 2023, 2024], [99.6, 99.7, 99.8, 99.85, 99.9], body),
        ("satisfaction_rate", "whole", "", [2020, 2021, 2022, 2023, 2024], [99.2, 99.4, 99.5, 99.6, 99.7], body),
        ("service_cases", "department", "公安局", [2020, 2021, 2023], [413000.0, 430000.0, 461000.0], body),
        ("service_cases", "own_level", "", [2020, 2021, 2023], [284000.0, 302000.0, 329000.0], body),
        ("service_cases", "whole", "", [2020, 2021, 2022, 2023, 2024],
         [1862000.0, 2014000.0, 2150000.0, 2287000.0, 2423000.0], body),
        ("service_cases_growth", "whole", "", [2021, 2024], [8.2, 5.9], body),
        ("service_windows_count", "whole", "", [2020, 2021, 2022, 2024], [152.0, 160.0, 168.0, 175.0], body),
        ("window_staff", "whole", "", [2020, 2021, 2022, 2024], [420.0, 436.0, 451.0, 463.0], body),
    ]


# five years of a district's government and of one of its bureaus (constructed, invented figures), on pages that name
# them differently each year: with the city first, by the district alone (a name two provinces share: 北京 has a
# 通州区 too), by its level alone with the full name in the 来源 line, only in the signature; one year posted by the
# city's portal (来源 the city's government); the bureau renamed in 2022 (自然资源局 -> 自然资源和规划局)
_DISTRICT_PAGES = {
    ("gov", 2019): "标题：南通市通州区人民政府2019年政府信息公开工作年度报告\n来源：通州区人民政府办公室\n发布时间：2020-01-20\n-----\n",
    ("gov", 2020): "通州区人民政府2020年政府信息公开工作年度报告\n发布机构：南通市通州区人民政府  发布日期：2021-01-22\n",
    ("gov", 2021): "2021年政府信息公开工作年度报告\n",
    ("gov", 2022): "南通市通州区人民政府2022年政府信息公开工作年度报告\n发布时间：2023-01-19  来源：南通市人民政府\n",
    ("gov", 2023): "通州区人民政府2023年政府信息公开工作年度报告\n发布时间：2024-01-18  来源：通州区人民政府办公室\n",
    ("bureau", 2019): "南通市通州区自然资源局2019年政府信息公开工作年度报告\n发布机构：通州区自然资源局  发布日期：2020-01-21\n",
    ("bureau", 2020): "区自然资源局2020年政府信息公开工作年度报告\n来源：南通市通州区自然资源局  发布时间：2021-01-25\n",
    ("bureau", 2021): "2021年政府信息公开工作年度报告\n",
    ("bureau", 2022): "南通市通州区自然资源和规划局2022年政府信息公开工作年度报告\n发布时间：2023-01-20  来源：南通市人民政府\n",
    ("bureau", 2023): "通州区自然资源和规划局2023年政府信息公开工作年度报告\n发布时间：2024-01-23  来源：南通市通州区人民政府\n",
}
_SIGNED_ONLY = {"gov": "南通市通州区人民政府", "bureau": "南通市通州区自然资源局"}


def _district_page(who: str, year: int, received: int) -> str:
    lead = "在南通市委、市政府的坚强领导下，" if year == 2023 else ""
    text = (f"一、总体情况\n{year}年，{lead}{'我区' if who == 'gov' else '我局'}全面推进政务公开工作。"
            f"全年共收到政府信息公开申请{received}件，办理结果总计{received - 2}件。\n"
            "二、存在的主要问题及改进情况\n政务公开的标准化规范化水平仍需提高。\n")
    sign = f"{_SIGNED_ONLY[who]}\n{year + 1}年1月20日\n" if year == 2021 else ""
    return _DISTRICT_PAGES[who, year] + text + sign


def test_a_districts_government_and_its_renamed_bureau_form_one_series_each_through_the_asset_graph(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    received = {"gov": [41, 47, 52, 58, 63], "bureau": [11, 14, 9, 16, 19]}
    for who, counts in received.items():
        for year, n in zip(range(2019, 2024), counts):
            (raw / f"{who}_{year}.txt").write_text(_district_page(who, year, n), encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, """SELECT body, region_code, list(report_year ORDER BY report_year) FROM warehouse.documents
                        GROUP BY ALL ORDER BY ALL""") == [
        ("通州区人民政府", "320612", [2019, 2020, 2021, 2022, 2023]),
        ("通州区自然资源和规划局", "320612", [2019, 2020, 2021, 2022, 2023]),
    ]
    assert query(db, """SELECT body, region_code, list(year ORDER BY year), list(value ORDER BY year)
                        FROM analytics.metric_series WHERE metric_id = 'disclosure_requests_received'
                        GROUP BY ALL ORDER BY ALL""") == [
        ("通州区人民政府", "320612", [2019, 2020, 2021, 2022, 2023], [41.0, 47.0, 52.0, 58.0, 63.0]),
        ("通州区自然资源和规划局", "320612", [2019, 2020, 2021, 2022, 2023], [11.0, 14.0, 9.0, 16.0, 19.0]),
    ]
    # each year is compared with its own body's year before, never with the other body's
    assert query(db, """SELECT body, list(year ORDER BY year), list(previous_value ORDER BY year)
                        FROM analytics.yoy_comparisons
                        WHERE metric_id = 'disclosure_requests_received' AND basis = 'cross_document'
                        GROUP BY ALL ORDER BY ALL""") == [
        ("通州区人民政府", [2020, 2021, 2022, 2023], [41.0, 47.0, 52.0, 58.0]),
        ("通州区自然资源和规划局", [2020, 2021, 2022, 2023], [11.0, 14.0, 9.0, 16.0]),
    ]


def test_one_bodys_reports_in_its_issuers_spellings_over_six_years_form_one_body_and_one_series(tmp_path):
    """A county's government, one of its towns and one of its bureaus, each year spelled as the site or the
    issuer happened to spell it: the county before the year, 县政府办 as the source, only the 发布机构, only the
    signature (in numerals, under the body, with the site's footer below), the city first and other places named in
    the text; the town alone, posted by its county, or with its county; the bureau by its level, with its county, and
    renamed 行政审批服务局 -> 行政审批局. Each is one body of one region in documents and one series in
    metric_series."""
    raw = tmp_path / "raw"
    raw.mkdir()

    def report(year: int, received: int, who: str = "本机关") -> str:
        return (f"一、总体情况\n{year}年，{who}共收到政府信息公开申请{received}件，均已按时答复。"
                f"全年主动公开政府信息{received * 10}条。\n二、存在的主要问题\n公开内容的规范性有待加强。\n")

    footer = ("【打印本页】【关闭窗口】\n主办单位：南丰县人民政府办公室  承办单位：南丰县融媒体中心\n"
              "网站标识码：3610230001  赣ICP备05012345号-1\n")
    pages = {
        "gov2018.txt": "南丰县人民政府2018年政府信息公开工作年度报告\n"
                       "发布时间：2019-03-28  来源：南丰县人民政府办公室\n" + report(2018, 30),
        "gov2019.txt": "南丰县2019年政府信息公开工作年度报告\n"
                       "发布机构：南丰县政府办公室  发布日期：2020-01-21\n" + report(2019, 36),
        "gov2020.txt": "2020年南丰县政府信息公开工作年度报告\n发布时间：2021-01-26  来源：县政府办\n" + report(2020, 42),
        "gov2021.txt": "南丰县人民政府2021年政府信息公开工作年度报告\n" + report(2021, 48)
                       + "南丰县人民政府\n二〇二二年一月二十六日\n" + footer,
        "gov2022.txt": "2022年政府信息公开工作年度报告\n发布机构：南丰县人民政府  发布日期：2023-01-20\n"
                       + report(2022, 55),
        "gov2023.txt": "抚州市南丰县人民政府2023年度政府信息公开工作年度报告\n发布时间：2024-01-19\n"
                       "一、总体情况\n2023年，南丰县与福建省建宁县、泰宁县及抚州市南城县、广昌县开展跨省通办合作，"
                       "共收到政府信息公开申请61件，均已按时答复。全年主动公开政府信息610条。\n",
        "town2021.txt": "琴城镇人民政府2021年政府信息公开工作年度报告\n发布时间：2022-01-18  来源：南丰县人民政府\n"
                        + report(2021, 5),
        "town2022.txt": "南丰县琴城镇2022年政府信息公开工作年度报告\n发布时间：2023-01-17\n" + report(2022, 7),
        "town2023.txt": "琴城镇政府2023年政府信息公开工作年度报告\n"
                        "发布机构：南丰县琴城镇人民政府  发布日期：2024-01-16\n" + report(2023, 9),
        "bureau2019.txt": "南丰县行政审批服务局2019年政府信息公开工作年度报告\n发布时间：2020-01-15\n"
                          + report(2019, 12),
        "bureau2020.txt": "南丰县行政审批服务局2020年政府信息公开工作年度报告\n发布时间：2021-01-14\n"
                          + report(2020, 15),
        "bureau2021.txt": "县行政审批服务局2021年政府信息公开工作年度报告\n发布时间：2022-01-13  来源：南丰县人民政府\n"
                          + report(2021, 18),
        "bureau2022.txt": "南丰县行政审批局2022年政府信息公开工作年度报告\n发布时间：2023-01-12\n" + report(2022, 21),
        "bureau2023.txt": "行政审批局2023年政府信息公开工作年度报告\n发布时间：2024-01-11  来源：南丰县行政审批局\n"
                          + report(2023, 26),
    }
    for name, page in pages.items():
        (raw / name).write_text(page, encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)

    documents = query(db, "SELECT body, region_code, list(report_year ORDER BY report_year) FROM warehouse.documents "
                          "GROUP BY body, region_code ORDER BY body")
    assert documents == [("南丰县人民政府", "361023", [2018, 2019, 2020, 2021, 2022, 2023]),
                         ("南丰县琴城镇人民政府", "361023", [2021, 2022, 2023]),
                         ("南丰县行政审批局", "361023", [2019, 2020, 2021, 2022, 2023])]
    series = query(db, """SELECT body, region_code, list(year ORDER BY year), list(value ORDER BY year)
                          FROM analytics.metric_series WHERE metric_id = 'disclosure_requests_received'
                          GROUP BY body, region_code ORDER BY body""")
    assert series == [
        ("南丰县人民政府", "361023", [2018, 2019, 2020, 2021, 2022, 2023], [30.0, 36.0, 42.0, 48.0, 55.0, 61.0]),
        ("南丰县琴城镇人民政府", "361023", [2021, 2022, 2023], [5.0, 7.0, 9.0]),
        ("南丰县行政审批局", "361023", [2019, 2020, 2021, 2022, 2023], [12.0, 15.0, 18.0, 21.0, 26.0])]
    # each year is compared with its own body's year before, never with another body's
    pairs = query(db, """SELECT body, year, value, previous_value FROM analytics.yoy_comparisons
                         WHERE metric_id = 'disclosure_requests_received' AND basis = 'cross_document'
                         ORDER BY body, year""")
    assert pairs == [("南丰县人民政府", 2019, 36.0, 30.0), ("南丰县人民政府", 2020, 42.0, 36.0),
                     ("南丰县人民政府", 2021, 48.0, 42.0), ("南丰县人民政府", 2022, 55.0, 48.0),
                     ("南丰县人民政府", 2023, 61.0, 55.0),
                     ("南丰县琴城镇人民政府", 2022, 7.0, 5.0), ("南丰县琴城镇人民政府", 2023, 9.0, 7.0),
                     ("南丰县行政审批局", 2020, 15.0, 12.0), ("南丰县行政审批局", 2021, 18.0, 15.0),
                     ("南丰县行政审批局", 2022, 21.0, 18.0), ("南丰县行政审批局", 2023, 26.0, 21.0)]


def test_a_bureau_renamed_in_other_words_is_one_series_where_its_report_says_so(tmp_path):
    """日照市行政审批服务局 (2019, and 2020 named by its level on the city's portal) became 日照市政务服务和大数据管理局,
    which its 2021 report says; the 2022 report names it without its city. One body, one series. The city's 大数据局,
    whose reports say nothing of the kind, stays its own body."""
    raw = tmp_path / "raw"
    raw.mkdir()

    def report(year: int, received: int, opening: str = "") -> str:
        return (f"一、总体情况\n{opening}{year}年，本机关共收到政府信息公开申请{received}件，均已按时答复。"
                f"全年主动公开政府信息{received * 10}条。\n")

    pages = {
        "a2019.txt": "日照市行政审批服务局2019年政府信息公开工作年度报告\n发布时间：2020-01-20\n" + report(2019, 40),
        "a2020.txt": "市行政审批服务局2020年政府信息公开工作年度报告\n发布时间：2021-01-19  来源：日照市人民政府\n"
                     + report(2020, 44),
        "a2021.txt": "日照市政务服务和大数据管理局2021年政府信息公开工作年度报告\n发布时间：2022-01-18\n"
                     + report(2021, 47, "2021年3月，原日照市行政审批服务局更名为日照市政务服务和大数据管理局。"),
        "a2022.txt": "政务服务和大数据管理局2022年政府信息公开工作年度报告\n"
                     "发布时间：2023-01-17  来源：日照市政务服务和大数据管理局\n" + report(2022, 52),
        "b2019.txt": "日照市大数据发展局2019年政府信息公开工作年度报告\n发布时间：2020-01-22\n" + report(2019, 3),
    }
    for name, page in pages.items():
        (raw / name).write_text(page, encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT body, region_code, list(report_year ORDER BY report_year) FROM warehouse.documents "
                     "GROUP BY body, region_code ORDER BY body") == [
        ("日照市大数据发展局", "371100", [2019]),
        ("日照市政务服务和大数据管理局", "371100", [2019, 2020, 2021, 2022])]
    assert query(db, """SELECT body, list(year ORDER BY year), list(value ORDER BY year) FROM analytics.metric_series
                        WHERE metric_id = 'disclosure_requests_received' GROUP BY body ORDER BY body""") == [
        ("日照市大数据发展局", [2019], [3.0]),
        ("日照市政务服务和大数据管理局", [2019, 2020, 2021, 2022], [40.0, 44.0, 47.0, 52.0])]


# six years of one county government's disclosure reports before the template (constructed, invented figures): each
# year names the requests, the proactive disclosures and the reconsiderations its own way (受理, 收到, 新收, 接到, 共有,
# 依申请公开事项), and names the whole its own way (全县, 我县, 县政府及各部门, none)
_COUNTY_DISCLOSURES = {
    2014: "全县共受理政府信息公开申请23件，全部按时答复。全年主动公开政府信息1860条。因政府信息公开申请被申请行政复议1件。",
    2015: "2015年，我县共收到依申请公开申请31件。全年通过政府门户网站等渠道主动公开政府信息2104条。全年未发生因政府信息公开引起的行政复议。",
    2016: "全年新收政府信息公开申请38件，上年结转2件。全县主动公开各类政府信息2356条。因政府信息公开被申请行政复议2件。",
    2017: "本年度共接到政府信息公开申请44件，均在法定期限内答复。主动公开政府信息2611条。收到行政复议申请3件。",
    2018: "2018年，县政府及各部门共收到各类政府信息公开申请52件。累计主动公开政府信息2870条。",
    2019: "全年受理依申请公开事项61件，同比增长17.3%。全年共主动公开政府信息3125条。因政府信息公开申请提起行政复议2件。",
}
# six years of one city's 12345 hotline annual reports (constructed, invented figures): the calls are 接听来电, 受理来电,
# 话务量, 呼入总量, 接通来电 or 接到来电 in 个, 通 or 次; the cases 受理群众诉求, 受理工单, 受理市民诉求, 形成工单 or 受理诉求;
# the on-time rate 按时办结率, 按期办结率 or 及时办结率; the callback satisfaction 回访满意率 or 回访群众满意率. The valid
# demands among the cases (有效诉求) are a series of their own, never the cases' (the lead's decision, round 11)
_HOTLINE_YEARS = {
    2019: "全年共接听来电86.2万个，受理群众诉求52.1万件，按时办结率95.2%，回访满意率90.1%。",
    2020: "全年热线受理来电92.4万个，受理工单55.6万件，按期办结率95.8%，回访满意率91.3%。",
    2021: "热线全年话务量101.3万通，受理市民诉求58.9万件，按时办结率96.4%，回访群众满意率92.0%。",
    2022: "全年热线呼入总量108.7万次，受理群众诉求61.2万件，及时办结率97.1%，回访满意率92.8%。",
    2023: "全年接通群众来电115.2万个，形成工单64.5万件，按时办结率97.6%，回访满意率93.5%。",
    2024: "全年共接到群众来电119.8万个，受理诉求67.3万件，其中有效诉求61.5万件，按期办结率98.0%，回访满意率94.1%。",
}


def test_one_bodys_reports_give_one_series_per_indicator_whatever_each_years_phrasing(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for year, text in _COUNTY_DISCLOSURES.items():
        (raw / f"county_{year}.txt").write_text(
            f"标题：松岭县人民政府{year}年政府信息公开工作年度报告\n发布时间：{year + 1}-03-20\n-----\n一、概述\n{text}\n",
            encoding="utf-8")
    for year, text in _HOTLINE_YEARS.items():
        (raw / f"hotline_{year}.txt").write_text(
            f"标题：湖州市12345政务服务便民热线{year}年工作报告\n发布时间：{year + 1}-01-28\n-----\n一、运行情况\n{text}\n",
            encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    rows = query(db, """SELECT metric_id, scope_kind, list(year ORDER BY year), list(value ORDER BY year)
                        FROM analytics.metric_series
                        WHERE metric_id IN ('disclosure_requests_received', 'proactive_disclosures',
                                            'admin_reconsiderations', 'hotline_calls', 'hotline_cases',
                                            'ontime_completion_rate', 'callback_satisfaction_rate')
                        GROUP BY ALL ORDER BY ALL""")
    assert rows == [
        ("admin_reconsiderations", "whole", [2014, 2016, 2017, 2019], [1.0, 2.0, 3.0, 2.0]),
        ("callback_satisfaction_rate", "whole", list(_HOTLINE_YEARS), [90.1, 91.3, 92.0, 92.8, 93.5, 94.1]),
        ("disclosure_requests_received", "whole", list(_COUNTY_DISCLOSURES), [23.0, 31.0, 38.0, 44.0, 52.0, 61.0]),
        ("hotline_calls", "whole", list(_HOTLINE_YEARS),
         [862000.0, 924000.0, 1013000.0, 1087000.0, 1152000.0, 1198000.0]),
        ("hotline_cases", "whole", list(_HOTLINE_YEARS),
         [521000.0, 556000.0, 589000.0, 612000.0, 645000.0, 673000.0]),
        ("ontime_completion_rate", "whole", list(_HOTLINE_YEARS), [95.2, 95.8, 96.4, 97.1, 97.6, 98.0]),
        ("proactive_disclosures", "whole", list(_COUNTY_DISCLOSURES), [1860.0, 2104.0, 2356.0, 2611.0, 2870.0, 3125.0]),
    ]
    assert query(db, """SELECT list(year), list(value) FROM analytics.metric_series
                        WHERE metric_id = 'hotline_valid_cases'""") == [([2024], [615000.0])]
    # each is one body's series: the county government's, and the hotline's, which its title names with its city
    assert query(db, """SELECT metric_id, list(DISTINCT body), list(DISTINCT region_code) FROM analytics.metric_series
                        WHERE metric_id IN ('disclosure_requests_received', 'hotline_calls') GROUP BY ALL ORDER BY ALL""") \
        == [("disclosure_requests_received", ["松岭县人民政府"], [None]),
            ("hotline_calls", ["湖州市12345政务服务便民热线"], ["330500"])]


# written before the code ran on it (the first run's breaks are in the commit that made it pass): six years of one
# county's statistical bulletins and six of one county's 政务服务 summaries (constructed, invented figures), each
# year naming the indicators its own way
_BULLETIN_YEARS = {
    2018: "全年实现地区生产总值126.4亿元，按可比价格计算，比上年增长7.2%。公共财政预算收入8.12亿元。社会消费品零售总额52.3亿元。"
          "城镇常住居民人均可支配收入31250元。年末常住人口38.6万人。",
    2019: "全县生产总值(GDP)134.8亿元，比上年增长6.9%。一般公共预算收入8.64亿元。全年社会消费品零售额56.1亿元。"
          "城镇居民人均可支配收入33420元。年末全县常住人口38.4万人。",
    2020: "全年地区生产总值（GDP）138.2亿元，增长3.6%。地方一般公共预算收入8.31亿元。社会消费品零售总额53.9亿元。"
          "城镇常住居民人均可支配收入34860元。年末常住人口总量38.1万人。",
    2021: "全年全县完成地区生产总值151.7亿元，同比增长8.1%。财政一般公共预算收入9.46亿元。实现社会消费品零售总额60.2亿元。"
          "城镇居民人均可支配收入37510元。年末常住人口37.9万人。",
    2022: "初步核算，全县实现生产总值158.3亿元，增长4.4%。全年一般预算收入9.02亿元。社会消费品零售总额61.0亿元。"
          "城镇常住居民人均可支配收入39180元。常住人口37.7万人。",
    2023: "全年GDP达到167.9亿元，比上年增长5.8%。一般公共预算收入9.88亿元。全年实现社会消费品零售总额65.4亿元。"
          "城镇居民人均可支配收入41270元。年末全县常住人口37.5万人。",
}
_SERVICE_YEARS = {
    2019: "全年共受理各类办件18.2万件，即办件9.6万件，好评率99.2%，网上可办率86.3%。",
    2020: "全年办理政务服务事项19.5万件，其中即办件10.4万件。“好差评”好评率99.5%。政务服务事项网上可办比例90.2%。",
    2021: "全年办件总量21.1万件，即办件11.8万件，群众好评率99.6%，网上可办率93.4%。",
    2022: "中心共受理审批服务事项22.6万件，即办事项办件12.9万件。好评率达99.8%。一网通办率95.7%。",
    2023: "全年累计办件23.9万件，即办件13.5万件。全年好评率99.85%。全县政务服务事项网上可办率97.1%。",
    2024: "全年办件量25.3万件，即办件14.2万件，好评率99.9%，网上可办率98.5%。",
}


def test_a_countys_bulletins_and_service_summaries_give_one_series_per_indicator_over_six_years(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for year, text in _BULLETIN_YEARS.items():
        (raw / f"bulletin_{year}.txt").write_text(
            f"标题：松阳县{year}年国民经济和社会发展统计公报\n发布时间：{year + 1}-03-25\n-----\n一、综合\n{text}\n", encoding="utf-8")
    for year, text in _SERVICE_YEARS.items():
        (raw / f"service_{year}.txt").write_text(
            f"标题：松阳县政务服务中心{year}年工作总结\n发布时间：{year + 1}-01-12\n-----\n一、工作成效\n{text}\n", encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    rows = query(db, """SELECT metric_id, scope_kind, list(year ORDER BY year), list(value ORDER BY year)
                        FROM analytics.metric_series
                        WHERE metric_id IN ('gdp', 'gdp_growth', 'general_budget_revenue', 'retail_sales',
                                            'disposable_income_urban', 'resident_population', 'service_cases',
                                            'service_cases_immediate', 'positive_evaluation_rate', 'online_service_rate')
                        GROUP BY ALL ORDER BY ALL""")
    bulletin, service = list(_BULLETIN_YEARS), list(_SERVICE_YEARS)
    assert rows == [
        ("disposable_income_urban", "whole", bulletin, [31250.0, 33420.0, 34860.0, 37510.0, 39180.0, 41270.0]),
        ("gdp", "whole", bulletin, [12640000000.0, 13480000000.0, 13820000000.0, 15170000000.0, 15830000000.0,
                                    16790000000.0]),
        ("gdp_growth", "whole", bulletin, [7.2, 6.9, 3.6, 8.1, 4.4, 5.8]),
        ("general_budget_revenue", "whole", bulletin, [812000000.0, 864000000.0, 831000000.0, 946000000.0,
                                                       902000000.0, 988000000.0]),
        ("online_service_rate", "whole", service, [86.3, 90.2, 93.4, 95.7, 97.1, 98.5]),
        ("positive_evaluation_rate", "whole", service, [99.2, 99.5, 99.6, 99.8, 99.85, 99.9]),
        ("resident_population", "whole", bulletin, [386000.0, 384000.0, 381000.0, 379000.0, 377000.0, 375000.0]),
        ("retail_sales", "whole", bulletin, [5230000000.0, 5610000000.0, 5390000000.0, 6020000000.0, 6100000000.0,
                                             6540000000.0]),
        ("service_cases", "whole", service, [182000.0, 195000.0, 211000.0, 226000.0, 239000.0, 253000.0]),
        ("service_cases_immediate", "whole", service, [96000.0, 104000.0, 118000.0, 129000.0, 135000.0, 142000.0]),
    ]


def test_requests_carried_in_and_carried_over_are_two_series_across_narrative_and_template_years(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    template = template_forms.as_lines().replace(template_forms.HEAD, "")
    grid = template_forms.grid()
    reports = {  # one report prints both; the template's two rows join their series
        "2018.txt": "一、总体情况\n全年收到政府信息公开申请40件，上年结转3件，办结39件，结转下年度4件。\n",
        "2019.txt": "一、总体情况\n全年新收政府信息公开申请45件，从上年结转4件，结转至下年度继续办理2件。\n",
        "2022.txt": "一、总体情况\n2022年，本机关依法做好政府信息公开工作。\n\n" + template,
    }
    for name, body in reports.items():
        (raw / name).write_text(_report(int(name[:4]), body), encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    rows = query(db, """SELECT metric_id, list(year ORDER BY year), list(value ORDER BY year), list(source ORDER BY year)
                        FROM analytics.metric_series WHERE body = ? AND metric_id LIKE 'disclosure_requests_carried%'
                        GROUP BY ALL ORDER BY ALL""", [BODY])
    assert rows == [
        ("disclosure_requests_carried_forward", [2018, 2019, 2022], [4.0, 2.0, float(grid["carried_forward"][6])],
         ["narrative", "narrative", "table"]),
        ("disclosure_requests_carried_over", [2018, 2019, 2022], [3.0, 4.0, float(grid["carried_over"][6])],
         ["narrative", "narrative", "table"]),
    ]


def test_reconsiderations_and_litigations_by_outcome_join_table_fours_cells_across_narrative_and_template_years(tmp_path):
    # the lead's convention: a narrative's 复议 outcomes join table four's reconsideration cells; a litigation's outcome
    # joins a cell only where its sentence says direct or after 复议 (2016), and none where it does not (2017)
    raw = tmp_path / "raw"
    raw.mkdir()
    template = template_forms.as_lines().replace(template_forms.HEAD, "")
    reports = {
        "2016.txt": "五、行政复议和行政诉讼\n本年度因政府信息公开申请提起行政复议3件，其中维持原答复2件，责令履行1件；"
                    "提起行政诉讼2件，其中未经复议直接提起诉讼2件，判决维持1件，尚未审结1件。\n",
        "2017.txt": "五、行政复议和行政诉讼\n本年度因政府信息公开被申请行政复议2件，维持1件，其他结果1件。"
                    "因政府信息公开被提起行政诉讼1件，法院判决维持1件。\n",
        "2022.txt": "一、总体情况\n2022年，本机关依法做好政府信息公开工作。\n\n" + template,
    }
    for name, body in reports.items():
        (raw / name).write_text(_report(int(name[:4]), body), encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    rows = query(db, """SELECT metric_id, list(year ORDER BY year), list(value ORDER BY year), list(source ORDER BY year)
                        FROM analytics.metric_series WHERE body = ? AND (metric_id LIKE 'admin_reconsiderations_%'
                        OR metric_id LIKE 'admin_litigations_%') AND value > 0 GROUP BY ALL ORDER BY ALL""", [BODY])
    upheld, corrected, other, pending, total, *litigation = template_forms.T4_VALUES
    assert rows == [
        ("admin_litigations_after", [2022], [float(litigation[9])], ["table"]),
        ("admin_litigations_after_other", [2022], [float(litigation[7])], ["table"]),
        ("admin_litigations_after_upheld", [2022], [float(litigation[5])], ["table"]),
        ("admin_litigations_direct", [2016, 2022], [2.0, float(litigation[4])], ["narrative", "table"]),
        ("admin_litigations_direct_pending", [2016, 2022], [1.0, float(litigation[3])], ["narrative", "table"]),
        ("admin_litigations_direct_upheld", [2016, 2022], [1.0, float(litigation[0])], ["narrative", "table"]),
        ("admin_reconsiderations_corrected", [2016, 2022], [1.0, float(corrected)], ["narrative", "table"]),
        ("admin_reconsiderations_other", [2017], [1.0], ["narrative"]),
        ("admin_reconsiderations_upheld", [2016, 2017, 2022], [2.0, 1.0, float(upheld)], ["narrative", "narrative", "table"]),
    ]


def test_one_bodys_reports_as_page_pdf_docx_wechat_copy_and_doc_form_one_body_and_one_series(tmp_path):
    """A county government's reports over five years, each in the form it was found in: a page with a breadcrumb
    (the county named before the year), a PDF titled on its first page over two lines with the date in brackets under
    it, a .docx and a .doc titled only in their properties, and a WeChat copy. One body of one region in documents,
    one series in metric_series, each year compared with the year before."""
    from govpipeline_tests.report_files import Report, to_doc, to_docx, to_pdf

    raw = tmp_path / "raw"
    raw.mkdir()
    body = "龙胜各族自治县人民政府"
    received = {2019: 21, 2020: 25, 2021: 30, 2022: 28, 2023: 33}

    def paragraphs(year: int) -> list[str]:
        return ["一、总体情况", f"{year}年，我县共收到政府信息公开申请{received[year]}件，均已按时答复。",
                "二、存在的主要问题", "公开内容的规范性有待加强。"]

    (raw / "2019.txt").write_text(
        "当前位置：首页 > 政务公开 > 年报  来源：龙胜各族自治县人民政府办公室  时间：2020-01-20 10:12\n"
        "龙胜各族自治县2019年政府信息公开工作年度报告\n" + "\n".join(paragraphs(2019)) + "\n", encoding="utf-8")
    (raw / "2020.pdf").write_bytes(to_pdf(Report(["龙胜各族自治县人民政府", "2020年政府信息公开工作年度报告",
                                                  "（2021年1月26日）"] + paragraphs(2020)),
                                          title="Microsoft Word - 2020年报.doc"))
    (raw / "2021.docx").write_bytes(to_docx(Report(paragraphs(2021)), title=f"{body}2021年政府信息公开工作年度报告"))
    (raw / "2022.txt").write_text(
        f"{body}2022年政府信息公开工作年度报告\n原创 龙胜发布 龙胜发布 2023-01-28 18:20 发表于广西\n"
        + "\n".join(paragraphs(2022)) + "\n阅读原文\n", encoding="utf-8")
    (raw / "2023.doc").write_bytes(to_doc(Report(paragraphs(2023)), title=f"{body}2023年政府信息公开工作年度报告"))
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT report_year, body, region_code, publish_date::VARCHAR FROM warehouse.documents "
                     "ORDER BY report_year") == [
        (2019, body, "450328", "2020-01-20"), (2020, body, "450328", "2021-01-26"), (2021, body, "450328", None),
        (2022, body, "450328", "2023-01-28"), (2023, body, "450328", None)]
    assert query(db, """SELECT year, value FROM analytics.metric_series
                        WHERE body = ? AND metric_id = 'disclosure_requests_received' ORDER BY year""",
                 [body]) == [(year, float(n)) for year, n in received.items()]
    assert query(db, """SELECT year, previous_value FROM analytics.yoy_comparisons WHERE body = ?
                        AND metric_id = 'disclosure_requests_received' AND basis = 'cross_document' ORDER BY year""",
                 [body]) == [(year, float(received[year - 1])) for year in (2020, 2021, 2022, 2023)]


def _materialized_set(pages: list, tmp_path) -> tuple:
    """A set's pages through the asset graph: the warehouse and each expected body's (body, region) -> years."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, page, _ in pages:
        (raw / f"{name}.txt").write_text(page, encoding="utf-8")
    expected: dict[tuple[str, str], list[int]] = {}
    for _, _, e in pages:
        expected.setdefault((e["body"], e["region"]), []).append(e["report_year"])
    assert len({e["series"] for _, _, e in pages}) == len(expected)
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT body, region_code, list(report_year ORDER BY report_year) FROM warehouse.documents "
                     "GROUP BY ALL ORDER BY ALL") == sorted((b, r, sorted(y)) for (b, r), y in expected.items())
    return db, expected


def test_set_14s_bodies_over_the_years_form_one_body_and_one_series_each(tmp_path):
    """Set 14 (lib/crawled_pages.FOURTEENTH_PAGES): a county's government, its office, a city's 工商行政管理局 and
    the 市场监督管理局 formed from it by merger in 2019 (two bodies, by decision), a zone's committee and a district of
    重庆, each year spelled its own way. Each body is one body of one region in documents, in the years its pages
    say, and one series per indicator in metric_series."""
    from govpipeline_tests.lib.crawled_pages import FOURTEENTH_PAGES

    db, expected = _materialized_set(FOURTEENTH_PAGES, tmp_path)
    assert len(expected) == 6
    assert query(db, """SELECT body, list(year ORDER BY year), list(value ORDER BY year) FROM analytics.metric_series
                        WHERE metric_id = 'proactive_disclosures' GROUP BY body ORDER BY body""") == [
        ("曲靖市工商行政管理局", [2016, 2017], [860.0, 912.0]),
        ("曲靖市市场监督管理局", [2019, 2020, 2022], [1460.0, 1532.0, 1688.0]),
        ("灵川县人民政府", [2016, 2018, 2019, 2021, 2023], [1520.0, 1836.0, 2104.0, 2388.0, 2650.0]),
        ("灵川县人民政府办公室", [2022], [215.0]),
        ("綦江区人民政府", [2015, 2017, 2019, 2021, 2024], [3120.0, 3544.0, 3980.0, 4210.0, 4655.0]),
        ("襄阳高新技术产业开发区管理委员会", [2017, 2019, 2020, 2022, 2024], [640.0, 733.0, 781.0, 845.0, 902.0])]
    assert query(db, """SELECT count(DISTINCT body) FROM analytics.metric_series
                        WHERE metric_id = 'disclosure_requests_received'""") == [(6,)]


def test_set_14s_held_out_bodies_form_one_series_each(tmp_path):
    """Set 14's held-out pages (written after its fixes): each body one series of its years per indicator."""
    from govpipeline_tests.lib.crawled_pages import FOURTEENTH_HELD_OUT_PAGES

    db, expected = _materialized_set(FOURTEENTH_HELD_OUT_PAGES, tmp_path)
    for metric in ("proactive_disclosures", "disclosure_requests_received"):
        assert query(db, f"""SELECT body, region_code, list(year ORDER BY year) FROM analytics.metric_series
                             WHERE metric_id = '{metric}' GROUP BY ALL ORDER BY ALL""") == sorted(
            (b, r, sorted(y)) for (b, r), y in expected.items())


def test_reports_of_a_stand_in_place_form_no_series(tmp_path):
    """Two samples under one stand-in name (某市人民政府, a template's or a sample's) are no body's years: no body, no
    region, no comparison across them."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for year, received in ((2022, 41), (2023, 58)):
        (raw / f"{year}.txt").write_text(
            f"某市人民政府{year}年政府信息公开工作年度报告\n一、总体情况\n{year}年，全市共受理政府信息公开申请{received}件。\n"
            f"某市人民政府办公室\n{year + 1}年1月20日\n", encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT body, region_code, issuer FROM warehouse.documents ORDER BY report_year") == [
        (None, None, "某市人民政府办公室")] * 2
    assert query(db, "SELECT count(*) FROM warehouse.facts WHERE metric LIKE '%政府信息公开申请%'") == [(2,)]
    assert query(db, "SELECT count(*) FROM analytics.yoy_comparisons") == [(0,)]


def test_reports_of_no_known_body_or_place_give_no_series(tmp_path):
    """Two bulletins of places the gazetteer does not know (no body: a bulletin is its 统计局's, which they do not
    name): their figures would join each other's in one series of no one, so they give none."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, year, gdp in (("岚川县", 2022, "96.4"), ("澄溪县", 2023, "131.2")):
        (raw / f"{name}.txt").write_text(
            f"标题：{name}{year}年国民经济和社会发展统计公报\n发布时间：{year + 1}-03-25\n-----\n一、综合\n"
            f"全年地区生产总值{gdp}亿元，比上年增长5.1%。\n", encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT count(*) FROM warehouse.facts WHERE metric_id = 'gdp'") == [(2,)]
    assert query(db, "SELECT count(*) FROM analytics.metric_series") == [(0,)]


def test_a_bureau_renamed_in_the_reform_is_one_series_and_a_merged_one_a_new_series(tmp_path):
    """邢台市环境保护局 (2016-2018, 2017 titled 市环保局) became 邢台市生态环境局 in the 2018 reform (its 2019 and 2020
    reports say nothing of it): one body, one series under the later name, compared across the reform; the city's
    卫计委 (2017) and 卫生健康委员会 (2019) likewise. Its 文化局 (2017) merged with 旅游局 into 文化和旅游局 (2019, 2020):
    two bodies (lib/body_reforms.yaml). Each report keeps the name it was issued under in normalized.documents."""
    raw = tmp_path / "raw"
    raw.mkdir()

    def page(title: str, year: int, published: int) -> str:
        return (f"{title}\n发布时间：{year + 1}-01-20\n"
                f"一、总体情况\n{year}年，我局全面推进政务公开工作。全年主动公开政府信息{published}条。\n")

    pages = {
        "env2016": page("邢台市环境保护局2016年政府信息公开工作年度报告", 2016, 310),
        "env2017": page("邢台市环保局2017年政府信息公开工作年度报告", 2017, 342),
        "env2018": page("邢台市环境保护局2018年政府信息公开工作年度报告", 2018, 365),
        "env2019": page("邢台市生态环境局2019年政府信息公开工作年度报告", 2019, 421),
        "env2020": page("邢台市生态环境局2020年政府信息公开工作年度报告", 2020, 447),
        "health2017": page("邢台市卫计委2017年政府信息公开工作年度报告", 2017, 520),
        "health2019": page("邢台市卫生健康委员会2019年政府信息公开工作年度报告", 2019, 610),
        "culture2017": page("邢台市文化局2017年政府信息公开工作年度报告", 2017, 130),
        "culture2019": page("邢台市文化和旅游局2019年政府信息公开工作年度报告", 2019, 260),
        "culture2020": page("邢台市文化和旅游局2020年政府信息公开工作年度报告", 2020, 281),
    }
    for name, text in pages.items():
        (raw / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, """SELECT body, list(year ORDER BY year), list(value ORDER BY year) FROM analytics.metric_series
                        WHERE metric_id = 'proactive_disclosures' GROUP BY body ORDER BY body""") == [
        ("邢台市卫生健康委员会", [2017, 2019], [520.0, 610.0]),
        ("邢台市文化和旅游局", [2019, 2020], [260.0, 281.0]),
        ("邢台市文化局", [2017], [130.0]),
        ("邢台市生态环境局", [2016, 2017, 2018, 2019, 2020], [310.0, 342.0, 365.0, 421.0, 447.0])]
    # compared across the reform, 2019 with 2018, as one body
    assert query(db, """SELECT body, list(year ORDER BY year), list(previous_value ORDER BY year)
                        FROM analytics.yoy_comparisons
                        WHERE metric_id = 'proactive_disclosures' AND basis = 'cross_document'
                        GROUP BY body ORDER BY body""") == [
        ("邢台市文化和旅游局", [2020], [260.0]),
        ("邢台市生态环境局", [2017, 2018, 2019, 2020], [310.0, 342.0, 365.0, 421.0])]
    # the name each report was issued under stays auditable
    assert query(db, """SELECT n.body, d.body, d.report_year FROM warehouse.documents d
                        JOIN normalized.documents n USING (doc_id)
                        WHERE d.body IN ('邢台市生态环境局', '邢台市卫生健康委员会') ORDER BY d.body, d.report_year""") == [
        ("邢台市卫生和计划生育委员会", "邢台市卫生健康委员会", 2017), ("邢台市卫生健康委员会", "邢台市卫生健康委员会", 2019),
        ("邢台市环境保护局", "邢台市生态环境局", 2016), ("邢台市环境保护局", "邢台市生态环境局", 2017),
        ("邢台市环境保护局", "邢台市生态环境局", 2018), ("邢台市生态环境局", "邢台市生态环境局", 2019),
        ("邢台市生态环境局", "邢台市生态环境局", 2020)]


@pytest.mark.parametrize("held_out", [False, True])
def test_set_17s_bodies_across_the_reforms_form_the_series_their_decisions_give(tmp_path, held_out):
    """Set 17 (lib/crawled_pages.SEVENTEENTH_PAGES) and its held-out pages: renamed bodies (环境保护局/厅, 卫计委,
    卫计局, 农业局, 农业委员会, 林业局/厅, 扶贫开发局) are one series each under the later name; merged ones (安监局 ->
    应急管理局, 文化局 -> 文化和旅游局, 国土资源局 -> 自然资源局, 粮食局 -> 粮食和物资储备局, unless a report states the
    rename) and a city bureau's county branch are series of their own. warehouse.documents and metric_series give
    each page its series' name."""
    from govpipeline_tests.lib.crawled_pages import SEVENTEENTH_HELD_OUT_PAGES, SEVENTEENTH_PAGES

    pages = SEVENTEENTH_HELD_OUT_PAGES if held_out else SEVENTEENTH_PAGES
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, page, _ in pages:
        (raw / f"{name}.txt").write_text(page, encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    expected: dict[tuple[str, str], list[int]] = {}
    for _, _, e in pages:
        expected.setdefault((e["series_body"], e["region"]), []).append(e["report_year"])
    assert len(expected) == len({e["series"] for _, _, e in pages}) == 11
    assert query(db, "SELECT body, region_code, list(report_year ORDER BY report_year) FROM warehouse.documents "
                     "GROUP BY ALL ORDER BY ALL") == sorted((b, r, sorted(y)) for (b, r), y in expected.items())
    assert query(db, """SELECT body, region_code, list(year ORDER BY year) FROM analytics.metric_series
                        WHERE metric_id = 'proactive_disclosures' GROUP BY ALL ORDER BY ALL""") == sorted(
        (b, r, sorted(y)) for (b, r), y in expected.items())


def test_set_18s_law_reports_spelled_five_ways_are_one_series(tmp_path):
    """Set 18's series (lib/crawled_pages.EIGHTEENTH_SERIES_PAGES): a government's 法治政府建设 reports of five years,
    titled the place alone (posted by its 司法局), 人民政府关于, 关于 the place's year, the year first, 政府 short, are one
    body in warehouse.documents and one series of each figure in metric_series."""
    from govpipeline_tests.lib.crawled_pages import EIGHTEENTH_SERIES_PAGES

    raw = tmp_path / "raw"
    raw.mkdir()
    for name, page, _ in EIGHTEENTH_SERIES_PAGES:
        (raw / f"{name}.txt").write_text(page, encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    years = [2019, 2020, 2021, 2022, 2023]
    assert query(db, "SELECT body, region_code, list(report_year ORDER BY report_year) FROM warehouse.documents "
                     "GROUP BY ALL") == [("青铜峡市人民政府", "640381", years)]
    series = query(db, """SELECT metric_id, body, list(year ORDER BY year) FROM analytics.metric_series
                          WHERE period = '' GROUP BY ALL ORDER BY ALL""")
    assert series and all(body == "青铜峡市人民政府" for _, body, _ in series)
    # (all the government's reconsiderations, not those of disclosure: reconsideration_cases)
    assert ("reconsideration_cases", "青铜峡市人民政府", years) in series


# one county government's reports 2015-2023 across the 2019 template change (fixtures/series_across_2019, its key
# written before the code ran on it), and the same reports of another county each in another producer's format
# (fixtures/series_formats: PDF from LibreOffice and from a browser's print of the page, OFD, .doc, .wps, .docx): the
# figures the key expects that the series does not hold yet, and why
_FIXTURES = Path(__file__).parents[1] / "fixtures"
_NOT_YET = {
    ("disclosure_requests_answered", 2016): "按时答复23件: the on-time answers, a part, get no id",
    ("admin_litigations", 2015): "未发生行政诉讼: a zero said in words is no fact",
    ("disclosure_fees", 2018): "未收取任何费用: a zero said in words",
    ("disclosure_fees", 2019): "未收取…相关费用: a zero said in words",
    ("disclosure_fees", 2022): "未收取信息处理费: a zero said in words",
}


@pytest.mark.parametrize(("corpus", "body"), [("series_across_2019", "泾县人民政府"), ("series_formats", "松阳县人民政府")])
def test_a_county_governments_reports_across_the_2019_template_change_give_one_series_per_indicator(
        tmp_path, corpus, body):
    raw = tmp_path / "raw"
    raw.mkdir()
    for f in (_FIXTURES / corpus).iterdir():
        if f.name[:4].isdigit():
            shutil.copy(f, raw / f.name)
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    key = yaml.safe_load((_FIXTURES / corpus / "expected.yaml").read_text(encoding="utf-8"))
    key = key["bodies"][body] if "bodies" in key else key["series"]
    got = query(db, """SELECT metric_id, list((year, value, source) ORDER BY year) FROM analytics.metric_series
                       WHERE body = ? AND scope_kind = 'whole' AND period = '' AND metric_id IN (SELECT unnest(?))
                       GROUP BY ALL""", [body, list(key)])
    assert {m: [tuple(p) for p in points] for m, points in got} == {
        m: [(y, float(e["value"]), e["source"]) for y, e in sorted(years.items()) if (m, y) not in _NOT_YET]
        for m, years in key.items()}
    # every point of the body's series is the whole's: no indicator split by a scope phrase
    assert query(db, "SELECT DISTINCT scope_kind FROM analytics.metric_series WHERE body = ? "
                     "AND metric_id IN (SELECT unnest(?))", [body, list(key)]) == [("whole",)]


def test_a_universitys_school_years_form_its_own_series_apart_from_calendar_years(tmp_path):
    """A school year's reports (2022-2023学年, 2023-2024学年) are of the years they end in, period 学年: the
    university's series runs 2023, 2024 under 学年 and its two years compare, while a county's calendar-year figures
    of the same indicator stay in their own series."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for first, received in ((2022, 14), (2023, 21)):
        (raw / f"明德理工学院{first}.txt").write_text(
            f"标题：明德理工学院{first}-{first + 1}学年信息公开工作年度报告\n发布时间：{first + 1}-10-28\n-----\n"
            f"一、概述\n本学年，共收到信息公开申请{received}件，均已按期答复。\n", encoding="utf-8")
    (raw / "county2023.txt").write_text(_report(2023, "一、总体情况\n全县共受理政府信息公开申请30件。\n"), encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT body, report_year, report_period FROM warehouse.documents ORDER BY body, report_year") == [
        (BODY, 2023, None), ("明德理工学院", 2023, "学年"), ("明德理工学院", 2024, "学年")]
    assert query(db, """SELECT body, year, period, value FROM analytics.metric_series
                        WHERE metric_id = 'disclosure_requests_received' ORDER BY body, year""") == [
        (BODY, 2023, "", 30.0), ("明德理工学院", 2023, "学年", 14.0), ("明德理工学院", 2024, "学年", 21.0)]
    assert query(db, """SELECT body, year, previous_value, basis FROM analytics.yoy_comparisons
                        WHERE metric_id = 'disclosure_requests_received'""") == [("明德理工学院", 2024, 14.0, "cross_document")]


def test_a_jointly_issued_report_is_in_its_first_bodys_series_and_names_the_others(tmp_path):
    """A report two bodies issue together is its first body's, the other in co_issuers: the second body's series
    holds its own reports only, so no figure counts in two series."""
    raw = tmp_path / "raw"
    raw.mkdir()
    office, data = "桂东县人民政府办公室", "桂东县数据资源局"
    reports = {"joint.txt": (f"{office}、{data}", 2023, 40), "data2022.txt": (data, 2022, 12),
               "office2022.txt": (office, 2022, 35)}
    for name, (bodies, year, received) in reports.items():
        (raw / name).write_text(f"标题：{bodies}{year}年政府信息公开工作年度报告\n发布时间：{year + 1}-01-20\n-----\n"
                                f"一、总体情况\n{year}年，共收到政府信息公开申请{received}件。\n", encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT body, report_year, co_issuers FROM warehouse.documents ORDER BY body, report_year") == [
        (office, 2022, None), (office, 2023, [data]), (data, 2022, None)]
    assert query(db, """SELECT body, year, value FROM analytics.metric_series
                        WHERE metric_id = 'disclosure_requests_received' ORDER BY body, year""") == [
        (office, 2022, 35.0), (office, 2023, 40.0), (data, 2022, 12.0)]
    assert query(db, "SELECT body, report_year FROM warehouse.documents WHERE list_contains(co_issuers, ?)",
                 [data]) == [(office, 2023)]


@pytest.mark.parametrize("folder", ["series_two_bodies", "series_two_bodies_held_out", "series_one_body_phrasings"])
def test_a_bodys_reports_over_the_years_give_one_row_per_year_of_each_indicator(tmp_path, folder):
    """Two bodies each, six years across the 2008 narrative and the 2019 and 2021 templates, worded differently
    each year (fixtures/series_two_bodies*, their keys written before the code ran on them), and one body's
    disclosure reports and 政务服务 summaries over four years, each year in its own words (series_one_body_phrasings,
    set 47): every (body, indicator) of the key is one series, one row a year, its value and source the key's, all
    of the body's whole."""
    corpus = Path(__file__).parents[1] / "fixtures" / folder
    raw = tmp_path / "raw"
    raw.mkdir()
    for f in corpus.glob("*.txt"):
        shutil.copy(f, raw / f.name)
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    key = yaml.safe_load((corpus / "expected.yaml").read_text(encoding="utf-8"))["bodies"]
    metrics = sorted({m for series in key.values() for m in series})
    got = query(db, """SELECT body, metric_id, list((year, value, source, scope_kind) ORDER BY year)
                       FROM analytics.metric_series WHERE period = '' AND metric_id IN (SELECT unnest(?))
                       GROUP BY ALL""", [metrics])
    assert {(b, m): [tuple(p) for p in points] for b, m, points in got} == {
        (b, m): [(y, float(e["value"]), e["source"], "whole") for y, e in sorted(years.items())]
        for b, series in key.items() for m, years in series.items()}


def test_a_countys_reports_join_the_district_it_was_made_across_its_new_code(tmp_path):
    """永年县 (130429) made 永年区 (130408): the county's government's reports join the district government's series,
    under the district's region and name in warehouse.documents and metric_series; its bureaus' the bureaus' (环境保护局
    under the name the reform gave it); and once the district's government's reports are gone, the county's take
    their own region back."""
    raw = tmp_path / "raw"
    raw.mkdir()
    pages = {"gov_2018": ("永年县人民政府", 2018, 33), "gov_2019": ("永年县人民政府", 2019, 38),
             "gov_2021": ("永年区人民政府", 2021, 45), "gov_2022": ("永年区人民政府", 2022, 51),
             "stats_2019": ("永年县统计局", 2019, 6), "stats_2022": ("邯郸市永年区统计局", 2022, 9),
             "env_2017": ("永年县环境保护局", 2017, 4), "env_2021": ("永年区生态环境局", 2021, 7)}
    for name, (body, year, n) in pages.items():
        (raw / f"{name}.txt").write_text(
            f"标题：{body}{year}年政府信息公开工作年度报告\n发布时间：{year + 1}-01-20\n-----\n一、总体情况\n"
            f"{year}年，共收到政府信息公开申请{n}件，均已按时答复。\n", encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, """SELECT body, region_code, region, list(report_year ORDER BY report_year)
                        FROM warehouse.documents GROUP BY ALL ORDER BY ALL""") == [
        ("永年区人民政府", "130408", "邯郸市永年区", [2018, 2019, 2021, 2022]),
        ("永年区生态环境局", "130408", "邯郸市永年区", [2017, 2021]),
        ("永年区统计局", "130408", "邯郸市永年区", [2019, 2022]),
    ]
    assert query(db, """SELECT body, list(year ORDER BY year), list(value ORDER BY year) FROM analytics.metric_series
                        WHERE metric_id = 'disclosure_requests_received' GROUP BY ALL ORDER BY ALL""") == [
        ("永年区人民政府", [2018, 2019, 2021, 2022], [33.0, 38.0, 45.0, 51.0]),
        ("永年区生态环境局", [2017, 2021], [4.0, 7.0]),
        ("永年区统计局", [2019, 2022], [6.0, 9.0]),
    ]
    # each report keeps its own region and name in normalized.documents
    assert query(db, "SELECT region_code, body FROM normalized.documents WHERE report_year = 2018") == [
        ("130429", "永年县人民政府")]
    for name in ("gov_2021", "gov_2022"):
        (raw / f"{name}.txt").unlink()
    materialize_all(raw, db)
    assert query(db, """SELECT body, region_code, list(report_year ORDER BY report_year)
                        FROM warehouse.documents GROUP BY ALL ORDER BY ALL""") == [
        ("永年区生态环境局", "130408", [2017, 2021]), ("永年区统计局", "130408", [2019, 2022]),
        ("永年县人民政府", "130429", [2018, 2019])]
    assert query(db, """SELECT body, region_code, list(year ORDER BY year) FROM analytics.metric_series
                        WHERE metric_id = 'disclosure_requests_received' GROUP BY ALL ORDER BY ALL""") == [
        ("永年区生态环境局", "130408", [2017, 2021]), ("永年区统计局", "130408", [2019, 2022]),
        ("永年县人民政府", "130429", [2018, 2019])]


def test_a_places_bulletins_and_work_reports_give_one_series_under_its_government(tmp_path):
    """A prefecture-level city's statistics bureau's bulletins and its government's work reports (each reviewing the
    year before its session) are the city's statistics: one series per indicator under 某市人民政府, the bulletin's
    figure where both print a year (the work report's is earlier and rounder), the work report's where no bulletin is
    there; 财政总收入 is a series of its own."""
    raw = tmp_path / "raw"
    raw.mkdir()
    bulletins = {2021: "全市实现地区生产总值2186.4亿元，增长7.9%。全市财政总收入302.6亿元，一般公共预算收入171.3亿元。",
                 2023: "全年全市GDP 2398.1亿元，比上年增长5.2%。财政总收入318.9亿元；地方一般公共预算收入1853000万元。"}
    reports = {2022: ("2021年工作回顾", "全市生产总值达到2186亿元，增长7.9%；一般公共预算收入171.3亿元。"),
               2023: ("2022年工作回顾", "全市地区生产总值2297.5亿元、增长4.6%；财政总收入311.2亿元，其中一般公共预算收入178.8亿元。"),
               2024: ("2023年工作回顾", "全市地区生产总值2400亿元，增长5.2%；一般公共预算收入185.3亿元。")}
    for year, text in bulletins.items():
        (raw / f"bulletin_{year}.txt").write_text(f"焦作市{year}年国民经济和社会发展统计公报\n\n焦作市统计局\n{year + 1}年3月30日\n\n"
                                                  f"一、综合\n{text}\n", encoding="utf-8")
    for session, (heading, text) in reports.items():
        (raw / f"report_{session}.txt").write_text(
            f"政府工作报告\n——{session}年1月15日在焦作市第十五届人民代表大会第二次会议上\n\n各位代表：\n一、{heading}\n{text}\n",
            encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    rows = query(db, """SELECT metric_id, body, list(year ORDER BY year), list(value ORDER BY year),
                               list(chosen_because ORDER BY year)
                        FROM analytics.metric_series WHERE metric_id IN ('gdp', 'general_budget_revenue',
                        'fiscal_total_revenue') AND period = '' GROUP BY ALL ORDER BY ALL""")
    bulletin_first = "the statistical bulletin over another report of the year (a work report's earlier figure)"
    assert rows == [
        ("fiscal_total_revenue", "焦作市人民政府", [2021, 2022, 2023], [30260000000.0, 31120000000.0, 31890000000.0],
         ["only figure", "only figure", "only figure"]),
        ("gdp", "焦作市人民政府", [2021, 2022, 2023], [218640000000.0, 229750000000.0, 239810000000.0],
         [bulletin_first, "only figure", bulletin_first]),
        ("general_budget_revenue", "焦作市人民政府", [2021, 2022, 2023], [17130000000.0, 17880000000.0, 18530000000.0],
         [bulletin_first, "only figure", bulletin_first]),
    ]


# series set 72s's findings, in other words (invented figures): a county bureau's own hall named in some years and not
# in others; 网上可办率 and 全程网办率 side by side, two series; grain printed in 吨 one year and in 斤 or 公斤 others
_BUREAU_YEARS = {
    2020: "县政务服务大厅全年受理办件9.12万件，按时办结率99.4%。政务服务事项可网办率88.5%。",
    2021: "全年县政务服务中心办件量9.86万件，按期办结率99.5%。网上可办率93.2%，全程网办率61.4%。",
    2022: "全年共接件10.43万件，按时办结率99.7%。全程网办率70.8%。",
}
_GRAIN_YEARS = {2020: "全年粮食总产量21.6万吨。", 2021: "全年粮食总产量4.5亿斤。", 2022: "全年粮食总产量2.31亿公斤。"}


def test_a_bureaus_hall_online_rates_and_grain_in_jin_give_one_series_each(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for year, text in _BUREAU_YEARS.items():
        (raw / f"bureau_{year}.txt").write_text(
            f"标题：青川县数据资源管理局{year}年工作总结\n发布时间：{year + 1}-01-12\n-----\n一、政务服务\n{text}\n",
            encoding="utf-8")
    for year, text in _GRAIN_YEARS.items():
        (raw / f"bulletin_{year}.txt").write_text(
            f"标题：青川县{year}年国民经济和社会发展统计公报\n发布时间：{year + 1}-04-02\n-----\n二、农业\n{text}\n",
            encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    rows = query(db, """SELECT metric_id, scope_kind, unit, list(year ORDER BY year), list(value ORDER BY year)
                        FROM analytics.metric_series
                        WHERE metric_id IN ('service_cases', 'ontime_completion_rate', 'online_service_rate',
                                            'fully_online_rate', 'grain_output')
                        GROUP BY ALL ORDER BY ALL""")
    assert rows == [
        ("fully_online_rate", "whole", "%", [2021, 2022], [61.4, 70.8]),
        ("grain_output", "whole", "吨", [2020, 2021, 2022], [216000.0, 225000.0, 231000.0]),
        ("online_service_rate", "whole", "%", [2020, 2021], [88.5, 93.2]),
        ("ontime_completion_rate", "whole", "%", [2020, 2021, 2022], [99.4, 99.5, 99.7]),
        ("service_cases", "whole", "件", [2020, 2021, 2022], [91200.0, 98600.0, 104300.0]),
    ]
