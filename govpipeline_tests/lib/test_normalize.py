import re

import opencc
import pytest

from govpipeline.lib.normalize import detect_script, normalize_text, traditional_only
from govpipeline_tests.conftest import RAW

TRADITIONAL = RAW / "002_f94757b5ee07a06a.txt"


@pytest.mark.parametrize("raw, clean", [
    ("政府網(wǎng)站", "政府网站"),
    ("發(fā)布了", "发布了"),
    ("(以下簡稱《條例》)", "(以下简称《条例》)"),
    ("收到(含市本级政府16件)", "收到(含市本级政府16件)"),
    ("门户网站(www.zhuzhou.gov.cn)上", "门户网站(www.zhuzhou.gov.cn)上"),
    ("窗口主任吴? 魁?? 市房管局", "窗口主任吴魁 市房管局"),
    ("郭有名? 罗? 晨? 杨朝霞", "郭有名 罗晨 杨朝霞"),
    ("共１２３件，占４５．６％", "共123件，占45.6%"),
    # a full-width comma among full-width digits with three after it separates thousands; a clause's comma stays
    ("办理２，４０６件，１００%办结", "办理2,406件，100%办结"),
    ("受理３５件，２１０件已办结", "受理35件，210件已办结"),
    # so is a Chinese comma typed between ASCII digits, but not after an ordinal or a clause's end
    ("发布信息2，316条，同比增长5%", "发布信息2,316条，同比增长5%"),
    ("排名第1，100家企业参评", "排名第1，100家企业参评"),
    ("受理19件，100%办结", "受理19件，100%办结"),
    # a half-width full stop after a Chinese word, a % or a bracket ends the sentence, as 。 does; a decimal point,
    # an address and a heading's numeral stay
    ("(二)建设情况.新建站点12个,增长4.5%.全年投入资金80万元.", "(二)建设情况。新建站点12个,增长4.5%。全年投入资金80万元。"),
    ("详见(附件).2023年起执行", "详见(附件)。2023年起执行"),
    ("二.工作成效\n十一.附则\n官网www.example.gov.cn，浓度2.5", "二.工作成效\n十一.附则\n官网www.example.gov.cn，浓度2.5"),
    ("当前位置: 首页 > 信息公开\n正文", "正文"),
    ("一、概况 字体：【大】【中】【小】\n正文", "一、概况\n正文"),
    ("正文\n打印\n分享\n返回列表\n扫一扫在手机打开当前页", "正文"),
    ("第一段  第二句 \n第二段\r\n\r\n\r\n第三段\n \n第四段\n\n第五段", "第一段 第二句\n第二段\n\n第三段\n\n第四段\n\n第五段"),
    ("名称\t数量\n事项 \t12", "名称\t数量\n事项 \t12"),
    # radicals a PDF's font mapped its glyphs to (a browser's PDF in a common CJK font) are the characters they draw
    ("⼀、⼯作⽅⾯：全年⽆收费，⻓江⻔户⽹站访问⼈次", "一、工作方面：全年无收费，长江门户网站访问人次"),
    # and the other characters such a font draws with one glyph: 胶 as 㬵, ～ as 〜, ／ as ∕
    ("新建塑㬵运动场14个，Ⅰ〜Ⅲ类水质断面26个，人均住房面积∕平方米", "新建塑胶运动场14个，Ⅰ～Ⅲ类水质断面26个，人均住房面积／平方米"),
])
def test_repairs(raw, clean):
    assert normalize_text(raw).text == clean


def test_traditional_sample_is_repaired_and_simplified():
    src = TRADITIONAL.read_text(encoding="utf-8")
    norm = normalize_text(src)
    assert norm.script == "traditional"
    assert not re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)", norm.text)
    for heading in ("（三）围绕“放管服”改革推进服务公开", "（四）围绕稳定市场预期加强政策解读", "（九）推动政府公报线上线下融合发展",
                    "（一）主动公开政府信息的数量及类别", "（二）受理办理情况"):
        assert heading in norm.text, heading
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in norm.text)
    repaired = [r for r in norm.repairs if r["kind"] == "mojibake_repaired"]
    assert len(repaired) >= 12


def test_provenance_on_the_damaged_sample():
    src = TRADITIONAL.read_text(encoding="utf-8")
    norm = normalize_text(src)
    cc = opencc.OpenCC("t2s")
    spans = [m.span() for m in re.finditer(r"\d+(?:\.\d+)?[万]?[件条次个项%]", norm.text)]
    assert len(spans) > 50
    for s, e in spans:
        source = src[norm.offsets.source_start(s):norm.offsets.source_end(e)]
        assert cc.convert(source) == norm.text[s:e]


def test_script_detection_separates_the_samples():
    assert len(traditional_only()) > 1000
    scripts = {p.name[:3]: detect_script(p.read_text(encoding="utf-8")) for p in RAW.glob("*.txt")}
    assert scripts == {"000": "simplified", "001": "simplified", "002": "traditional", "003": "simplified",
                       "004": "simplified"}


def test_simplified_text_is_not_converted():
    text = "政务服务中心共办理行政审批事项297.65万件。"
    norm = normalize_text(text)
    assert norm.text == text and norm.script == "simplified"


def test_an_information_table_copied_as_tab_separated_cells_is_read_and_taken_out():
    page = ("索 引 号\t001122/2023-00456\t信息分类\t统计信息\t\n"
            "发布机构\t岱山县统计局\t成文日期\t2023-02-01\n"
            "名称\t岱山县统计局2022年政府信息公开工作年度报告\n"
            "文号\t\t发布日期\t2023-02-06\n"
            "岱山县统计局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局主动公开信息\t46条。\n")
    norm = normalize_text(page)
    assert norm.text.startswith("岱山县统计局2022年政府信息公开工作年度报告\n一、总体情况")
    assert ("索引号", "001122/2023-00456") in norm.page_info and ("发布日期", "2023-02-06") in norm.page_info
    assert ("发布机构", "岱山县统计局") in norm.page_info and not any(k == "文号" for k, _ in norm.page_info)
    # a body's line with a tab in it is no table row
    assert "我局主动公开信息\t46条" in norm.text


@pytest.mark.parametrize("head", ["名称\t数量\t", "时间\t数量\n", "标题\t某县2022年报告\n"])
def test_a_data_tables_head_is_no_information_table(head):
    page = head + "\n一、总体情况\n2022年，主动公开信息46条。\n"
    norm = normalize_text(page)
    assert norm.text.startswith(head.split("\t")[0] + "\t") and norm.page_info == []


def test_a_sites_icp_record_keeps_its_province():
    norm = normalize_text("某县2022年工作总结\n全年受理申请9件。\n主办单位：某县人民政府办公室\n"
                          "皖ICP备05001234号-2  皖公网安备 34010202000123号\n")
    assert norm.text == "某县2022年工作总结\n全年受理申请9件。"
    assert norm.page_info == [("主办单位", "某县人民政府办公室"), ("ICP备", "皖")]


def test_an_empty_page_counter_keeps_the_year_the_text_opens_with():
    # a page crawled before its script filled in the counter: the figure after it is the report's first year
    source = "某区民政局2024年工作总结 发布时间：2025-01-16 浏览次数： 2024年，全区低保对象1.2万人。 浏览量：368 一、工作成效"
    text = normalize_text(source).text
    assert "2024年，全区低保对象" in text and "368" not in text


def test_a_body_signing_on_the_line_under_the_title_is_the_pages_source():
    text = "关于2023年度安全生产工作的报告\n清溪县应急管理局  2024年1月22日\n一、基本情况\n全年发生事故3起。\n"
    assert normalize_text(text).page_info == [("来源", "清溪县应急管理局"), ("发布时间", "2024年1月22日")]
    # an account's byline names the account, no body
    text = "关于2023年度安全生产工作的报告\n原创 清溪应急 2024-01-22 18:02\n一、基本情况\n全年发生事故3起。\n"
    assert normalize_text(text).page_info == [("发布时间", "2024-01-22")]


@pytest.mark.parametrize("page, text, info", [
    # a page run onto one line: the title, its info run, then the text; the info run's pairs are read and taken out,
    # the title kept on its own line above the text
    ("青石县2022年国民经济和社会发展统计公报 发布时间：2023-04-11 16:02 来源：青石县统计局 全年全县粮食产量8.6万吨。",
     "青石县2022年国民经济和社会发展统计公报\n全年全县粮食产量8.6万吨。",
     [("发布时间", "2023-04-11 16:02"), ("来源", "青石县统计局")]),
    # after a breadcrumb, the path and title are read as the breadcrumb's, and go with the run
    ("首页 > 数据发布 > 月度数据 2024年1-5月全区经济运行简况 发布日期：2024-06-20 1-5月，全区实现社会消费品零售总额21.3亿元。",
     "1-5月，全区实现社会消费品零售总额21.3亿元。",
     [("当前位置", "首页 > 数据发布 > 月度数据 2024年1-5月全区经济运行简况"), ("发布日期", "2024-06-20")]),
])
def test_an_info_run_on_a_one_line_page_is_read_and_taken_out(page, text, info):
    norm = normalize_text(page)
    assert (norm.text, norm.page_info) == (text, info)


def test_a_title_after_the_info_run_and_its_widgets_keeps_its_own_line():
    page = ("当前位置：首页 > 政务公开 > 工作总结 来源：石湾镇人民政府 时间：2024-01-09 10:12 打印本页 分享到 "
            "石湾镇2023年工作总结及2024年工作计划 2023年，全镇实现地区生产总值21.6亿元。")
    norm = normalize_text(page)
    assert norm.text == "石湾镇2023年工作总结及2024年工作计划\n2023年，全镇实现地区生产总值21.6亿元。"
    assert ("来源", "石湾镇人民政府") in norm.page_info


def test_a_work_reports_title_and_dateline_before_the_info_run_stay_its_own_lines():
    page = ("首页 > 政务公开 > 政府工作报告 政府工作报告 ——2023年1月9日在岳西县第十八届人民代表大会第三次会议上 "
            "发布日期：2023-01-16 来源：县政府办 各位代表：现在，我代表县人民政府向大会报告工作，请予审议。")
    norm = normalize_text(page)
    assert norm.text == ("政府工作报告\n——2023年1月9日在岳西县第十八届人民代表大会第三次会议上\n"
                         "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。")
    assert norm.page_info == [("当前位置", "首页 > 政务公开 > 政府工作报告"), ("发布日期", "2023-01-16"), ("来源", "县政府办")]


def test_a_title_ending_in_shuoming_after_the_info_run_keeps_its_own_line():
    page = ("首页 > 财政信息 > 部门决算 时间：2021-08-30 来源：青石县水利局 打印本页 青石县水利局2020年部门决算说明 "
            "第一部分 部门概况 青石县水利局共有内设机构5个。")
    assert normalize_text(page).text == "青石县水利局2020年部门决算说明\n第一部分 部门概况 青石县水利局共有内设机构5个。"


def test_a_texts_own_key_words_after_its_first_clause_stay():
    page = "青石县2023年工作总结 2023年，我县资金来源：财政拨款3.2亿元，社会资本1.1亿元。"
    assert normalize_text(page).text == page
