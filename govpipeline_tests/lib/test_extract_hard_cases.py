"""Hard cases of Chinese statistical prose, constructed by hand (not taken from the samples)."""
import ast
import inspect
import random
import re
import sys
from re import _compiler
from re import _constants as sre
from re import _parser

import pytest

from govpipeline.lib.catalog import metric_id_for
from govpipeline.lib.extract import extract_facts
from govpipeline.lib.extract.context import _periods, _years, clauses_back, last_clause, last_phrase
from govpipeline.lib.extract.figures import scan_figures, unitless_matches
from govpipeline.lib.extract import patterns as rx
from govpipeline.lib.extract.own_words import _cleaned_stripped
from govpipeline.lib.extract.patterns import (BARE_CHANGE, CHANGE_TAIL, CHANGE_TAIL_LAST, CLAUSE_SPLIT, CLEANED_BY, COMPARED_AMOUNT, COMPARED_LAST,
                                              FACET, FACET_FIRST, FACT, LEAD_FIRST, LEAD_TRIM, NUMBERED_ITEM, PERIOD, PHRASE_SPLIT,
                                              PRE_BEFORE, PRE_LAST, SCOPE, SCOPE_LAST, SCOPE_WIDTH, TAIL_LAST, TAIL_TRIM,
                                              TIME_PREFIX, YEAR, YOY_CUE, UNITLESS_VALUE, YOY_FIRST)
from govpipeline.lib.normalize import normalize_text
from govpipeline.lib.sections import _DIGIT, find_headings
from govpipeline_tests.conftest import RAW


def facts_of(text):
    return [(f.quote, f.value, f.unit, f.kind, f.approx, f.value_max) for f in extract_facts(text, 2020).facts]


@pytest.mark.parametrize("text, expected", [
    ("全年开展政策解读近百次。", [("近百次", 100, "次", "count", "近", None)]),
    ("向社会公布各类信息一万余条。", [("一万余条", 10000, "条", "count", "余", None)]),
    ("大厅投诉率为0.02‰。", [("0.02‰", 0.02, "‰", "rate", None, None)]),
    ("网上办理比例为百分之十二点五。", [("百分之十二点五", 12.5, "%", "share", None, None)]),
    ("网上办理率为百分之十二点五。", [("百分之十二点五", 12.5, "%", "rate", None, None)]),
    ("九成事项实现最多跑一次。", [("九成", 90, "%", "share", None, None)]),
    ("网上办理量占总办件量的三分之一以上。", [("三分之一以上", 33.33, "%", "share", "以上", None)]),
    ("近三分之二的事项实现全程网办。", [("近三分之二", 66.67, "%", "share", "近", None)]),
    ("近两成信息通过新媒体发布。", [("近两成", 20, "%", "share", "近", None)]),
    ("近3成群众选择网上办理。", [("近3成", 30, "%", "share", "近", None)]),
    ("结案率达八成三。", [("八成三", 83, "%", "rate", None, None)]),  # tenths after 成: 83 %, not 80 %
    ("六成五以上的村实现集体经济增收。", [("六成五以上", 65, "%", "share", "以上", None)]),
    ("八成多的企业实现网上申报。", [("八成多", 80, "%", "share", "多", None)]),  # more than 80 %, not 80 %
    ("网上办件较上年增加近两成。", [("近两成", 20, "%", "change", "近", None)]),  # a change told in tenths
    ("群众满意度超九成。", [("超九成", 90, "%", "rate", "超过", None)]),  # a rate named just before, told in tenths
    ("平均每件用时0.5个工作日。", [("0.5个工作日", 0.5, "工作日", "duration", None, None)]),  # an average time taken
    ("惠及群众逾万人。", [("逾万人", 10000, "人", "count", "逾", None)]),
    ("全年办件量首次突破100万件。", [("突破100万件", 1_000_000, "件", "count", "超过", None)]),
    ("平均通话时长3分42秒。", [("3分42秒", 222, "秒", "duration", None, None)]),
    ("人口自然增长率为0.72‰。", [("0.72‰", 0.72, "‰", "rate", None, None)]),  # a rate, though it says 增长
    ("比上年下降0.3个千分点。", [("0.3个千分点", 0.3, "个千分点", "change", None, None)]),
    ("平均等候2小时15分钟。", [("2小时15分钟", 135, "分钟", "duration", None, None)]),
    ("实行垃圾四分类管理。", []),  # 分类 is a word, not a score
    ("建成“15分钟政务服务圈”，实现“24小时不打烊”和“两个100%”目标。", []),  # names and slogans
    ("全年接待群众来访120人（次）。", [("120人（次）", 120, "人(次)", "count", None, None)]),  # as 120人(次)
    ("审批时限压缩至“最多50个工作日”。", [("50个工作日", 50, "工作日", "duration", None, None)]),
    ("开展上百场宣讲。", [("上百场", 100, "场", "count", "以上", None)]),
    ("受理量比上年增长1.5倍。", [("1.5倍", 1.5, "倍", "change", None, None)]),
    ("全年经济增速6.5%。", [("6.5%", 6.5, "%", "change", None, None)]),
    ("按时办结率比上年提高2.3个百分点。", [("2.3个百分点", 2.3, "个百分点", "change", None, None)]),
    ("审核周期为3-5天。", [("3-5天", 3, "天", "duration", None, 5)]),
    ("共收缴税费80.9亿元。", [("80.9亿元", 8_090_000_000, "元", "amount", None, None)]),
    ("入库数据4800余万条。", [("4800余万条", 48_000_000, "条", "count", "余", None)]),
    ("投资300多万元扩建大厅。", [("300多万元", 3_000_000, "元", "amount", "多", None)]),
    ("共受理1,234件申请。", [("1,234件", 1234, "件", "count", None, None)]),
    ("大厅面积近3000㎡。", [("近3000㎡", 3000, "㎡", "area", "近", None)]),
    ("好评率超过85%。", [("超过85%", 85, "%", "rate", "超过", None)]),
    ("换照时间缩短至不足5分钟。", [("不足5分钟", 5, "分钟", "duration", "不足", None)]),
    ("考核评估得分95分。", [("95分", 95, "分", "score", None, None)]),
    ("办理时间只需半小时。", [("半小时", 0.5, "小时", "duration", None, None)]),
    ("全年共办件两千三百件。", [("两千三百件", 2300, "件", "count", None, None)]),
    ("共受理１２３件。", [("１２３件", 123, "件", "count", None, None)]),
    ("组建帮办代办队伍3支。", [("3支", 3, "支", "count", None, None)]),
    ("新增路灯1200盏。", [("1200盏", 1200, "盏", "count", None, None)]),
    ("开行定制公交86班次。", [("86班次", 86, "班次", "count", None, None)]),
    ("检查企业2356家次。", [("2356家次", 2356, "家次", "count", None, None)]),
    ("居民消费价格涨幅3%左右。", [("3%左右", 3, "%", "change", "左右", None)]),
    ("发放口罩200万只。", [("200万只", 2_000_000, "只", "count", None, None)]),
    ("派发工单1.2万单，建立两单两库，共12单元。", [("1.2万单", 12_000, "单", "count", None, None)]),  # work orders
    ("开展培训一次。", [("一次", 1, "次", "count", None, None)]),
    ("全年受理申请一件。", [("一件", 1, "件", "count", None, None)]),
    ("补贴标准为1万—2万元。", [("1万—2万元", 10000, "元", "amount", None, 20000)]),
    ("降幅在20%-30%之间。", [("20%-30%", 20, "%", "change", None, 30)]),
])
def test_numbers_units_and_qualifiers(text, expected):
    got = facts_of(text.replace("１２３", "123")) if "１" in text else facts_of(text)
    if "１" in text:
        expected = [("123件",) + expected[0][1:]]
    assert got == expected


@pytest.mark.parametrize("text", [
    "按照《湖南省2018年政务公开工作要点》（湘政办函〔2018〕66号）执行。",
    "咨询电话：0731-28680652，邮编：412007。",
    "建设“10分钟”健身圈。",  # a time in quotes of its own, before the thing it names
    "发出全市第一张“27证合一”营业执照。",
    "学习贯彻十九大精神，推行一窗受理、“三集中三到位”。",
    "拨打12345热线反映问题。",
    "我市位列全省第三。",
    "2018年3月20日发布，第2期。",
    "实现“最多跑一次”，一次性告知。",
    "推行“7×24小时”不打烊服务，落实“三集中三到位”。",
    "贯彻三次产业协调发展要求。",
    "5.属于三类内部事务信息\t0\t0\n6.属于四类过程性信息\t1\t0",
    "发布时间：2023-01-15 来源：县政府办 浏览次数：1234次 共5页 第1页",
    "全年累计支付5支持企业，组建一支队伍。",
    "群众办事最多跑一次，网上办一次，与区工信局一起。",
    "现将三台县12345政务服务便民热线运行情况报告如下，七台河市、九台区同。",  # places whose names open with 数+台
])
def test_not_facts(text):
    assert facts_of(text) == []


def test_yoy_and_share_relations():
    result = extract_facts("2017年共办理事项186.4万件，比上年增长9.3%。其中即办件75.1万件，占办件总量的40.3%。", 2017)
    by_quote = {f.quote: f for f in result.facts}
    assert ("yoy", (("change", "9.3%"), ("current", "186.4万件"))) in relations_of(result)
    assert ("share", (("part", "75.1万件"), ("share", "40.3%"), ("total", "186.4万件"))) in relations_of(result)
    assert by_quote["9.3%"].kind == "change"


def relations_of(result):
    return {(r.relation_type, tuple(sorted((role, result.facts[i].quote) for role, i in r.members)))
            for r in result.relations}


def test_a_bare_change_after_a_figure_is_year_over_year():
    result = extract_facts("全市地区生产总值达到2105.3亿元，增长5.2%；一般公共预算收入88.6亿元，同口径增长4.1%。", 2021)
    by_quote = {f.quote: f for f in result.facts}
    assert ("yoy", (("change", "5.2%"), ("current", "2105.3亿元"))) in relations_of(result)
    assert ("yoy", (("change", "4.1%"), ("current", "88.6亿元"))) in relations_of(result)
    assert by_quote["4.1%"].metric == "一般公共预算收入同口径增长"
    # a change that is not tied to a figure before it is not a comparison with one
    assert not relations_of(extract_facts("规模以上工业增加值增长7.2%。", 2021))


def test_paired_changes_follow_their_figures():
    result = extract_facts("城乡居民人均可支配收入分别达到38210元和17450元，分别增长6.3%和7.9%。", 2021)
    assert {("yoy", (("change", "6.3%"), ("current", "38210元"))),
            ("yoy", (("change", "7.9%"), ("current", "17450元")))} <= relations_of(result)
    assert {f.quote: f.kind for f in result.facts}["7.9%"] == "change"
    assert {f.quote: f.metric for f in result.facts}["7.9%"] == "农村居民人均可支配收入增长"


def test_listed_changes_with_their_own_verbs_pair_with_the_listed_levels():
    result = extract_facts("全年承办代表建议128件、政协提案96件，分别比上年增加7件和减少4件。", 2022)
    facts = {f.quote: f for f in result.facts}
    assert (facts["4件"].kind, facts["4件"].metric) == ("change", "承办政协提案比上年减少")
    assert {("yoy", (("change", "7件"), ("current", "128件"))),
            ("yoy", (("change", "4件"), ("current", "96件")))} <= relations_of(result)


def test_a_total_after_its_parts():
    result = extract_facts("本年度新收申请212件，上年结转9件，共计221件。", 2022)
    assert ("sum", (("part", "212件"), ("part", "9件"), ("total", "221件"))) in relations_of(result)
    assert {f.quote: f.metric for f in result.facts}["221件"] == "合计(新收申请+上年结转)"
    # the catalog's "received" id is the new requests' alone, not this total's
    assert metric_id_for("合计(本年度新收政府信息公开申请+上年结转)", "件", "count") is None
    # parts that do not reach it make no sum
    assert not [r for r in extract_facts("新收申请212件，上年结转9件，共计230件。", 2022).relations if r.relation_type == "sum"]


def test_foreign_money_is_an_amount_in_its_currency():
    result = extract_facts("实际使用外资3.2亿美元，增长5.0%；港资项目投资1.5亿港元。", 2023)
    assert [(f.quote, f.value, f.unit, f.kind, f.metric) for f in result.facts] == [
        ("3.2亿美元", 3.2e8, "美元", "amount", "实际使用外资"), ("5.0%", 5.0, "%", "change", "实际使用外资增长"),
        ("1.5亿港元", 1.5e8, "港元", "amount", "港资项目投资")]
    assert ("yoy", (("change", "5.0%"), ("current", "3.2亿美元"))) in relations_of(result)


def test_a_figure_of_part_of_the_year_is_its_indicators_over_that_window():
    # the window stays in the name; the series hold whole years and comparisons pair a window with the same window
    assert metric_id_for("收到政府信息公开申请", "件", "count") == "disclosure_requests_received"
    assert metric_id_for("收到政府信息公开申请(上半年)", "件", "count") == "disclosure_requests_received"
    assert metric_id_for("按时办结率(1-11月份)", "%", "rate") == "ontime_completion_rate"
    assert metric_id_for("回访群众满意率(截至10月1日)", "%", "rate") == "callback_satisfaction_rate"


def test_a_part_is_the_catalogued_statistic_its_own_words_name_not_its_wholes():
    assert metric_id_for("收到政府信息公开申请:市本级收到", "件", "count") is None
    assert metric_id_for("群众对办理情况的满意度:不满意占比", "%", "share") is None
    assert metric_id_for("受理工单:即办件", "件", "count") == "service_cases_immediate"
    assert metric_id_for("来电来信当场答复:办结率", "%", "rate") == "completion_rate"


def test_changes_in_percent_after_分别_pair_with_levels_of_different_units():
    result = extract_facts("全年作出行政处罚决定3120件，罚没款金额2140.6万元，同比分别下降4.1%和9.7%。", 2022)
    assert {("yoy", (("change", "4.1%"), ("current", "3120件"))),
            ("yoy", (("change", "9.7%"), ("current", "2140.6万元")))} <= relations_of(result)


def test_a_growth_in_percent_is_of_the_volume_before_a_rate():
    result = extract_facts("全年财政收入完成86.4亿元，为预算的102.3%，同比增长7.5%。", 2022)
    assert ("yoy", (("change", "7.5%"), ("current", "86.4亿元"))) in relations_of(result)
    # with no volume before it, the rate is what grew
    result = extract_facts("热线办结率98.6%，同比增长1.2%。", 2022)
    assert ("yoy", (("change", "1.2%"), ("current", "98.6%"))) in relations_of(result)


def test_last_years_figure_in_brackets_between_the_cue_and_the_change():
    result = extract_facts("2022年共收到政府信息公开申请45件，较上年（32件）增加13件，增长40.6%。", 2022)
    by_quote = {f.quote: f for f in result.facts}
    assert [(by_quote[q].kind, by_quote[q].year) for q in ("45件", "32件", "13件")] == [
        ("count", 2022), ("count", 2021), ("change", 2022)]
    assert {("yoy", (("change", "13件"), ("current", "45件"))),
            ("yoy", (("change", "40.6%"), ("current", "45件")))} <= set(relations_of(result))


def test_the_figure_after_the_cue_is_last_years():
    result = extract_facts("热线诉求办结率为98.4%，较上年的96.9%提高1.5个百分点；满意率90.2%。", 2022)
    by_quote = {f.quote: f for f in result.facts}
    assert ("yoy", (("change", "1.5个百分点"), ("current", "98.4%"))) in relations_of(result)
    assert (by_quote["96.9%"].metric, by_quote["96.9%"].year) == ("热线诉求办结率", 2021)
    assert by_quote["1.5个百分点"].metric == "热线诉求办结率较上年提高"
    assert by_quote["90.2%"].metric == "热线诉求:满意率"  # the hotline requests' too, as the rate before


def test_each_change_is_named_by_its_own_cue():
    result = extract_facts("全年受理群众诉求40.6万件，同比上升11.2%，环比下降1.4%。", 2022)
    assert {f.quote: f.metric for f in result.facts}["1.4%"] == "受理群众诉求环比下降"


def test_a_share_of_a_total_in_an_earlier_sentence():
    result = extract_facts("全年共受理诉求48.0万件。直接答复办结30.1万件，占62.7%；转派办理17.9万件，占37.3%。", 2022)
    assert ("share", (("part", "30.1万件"), ("share", "62.7%"), ("total", "48.0万件"))) in relations_of(result)
    assert ("share", (("part", "17.9万件"), ("share", "37.3%"), ("total", "48.0万件"))) in relations_of(result)
    assert {f.quote: f.metric for f in result.facts}["62.7%"] == "直接答复办结占比"


def test_changes_named_by_幅度_and_by_a_verb_with_its_object():
    result = extract_facts("网上办件量达到52.7万件，增幅达12%。线下办件量下降幅度为4.1%。节约群众办事时间约25%。", 2019)
    assert {f.quote: f.kind for f in result.facts if f.unit == "%"} == {"12%": "change", "4.1%": "change", "约25%": "change"}
    assert ("yoy", (("change", "12%"), ("current", "52.7万件"))) in relations_of(result)


def test_before_after_with_the_years_named():
    result = extract_facts("网上办理率由2018年的41.5%提升至2019年的73.2%。", 2019)
    assert ("before_after", (("after", "73.2%"), ("before", "41.5%"))) in relations_of(result)
    assert [(f.metric, f.year) for f in result.facts] == [("网上办理率(原)", 2018), ("网上办理率(现)", 2019)]


def test_a_share_with_its_own_subject_is_not_named_after_the_figure_before():
    result = extract_facts("热线共接听来电9.4万个，其中夜间来电占比约为7.2%。", 2019)
    assert {f.quote: f.metric for f in result.facts}["7.2%"] == "夜间来电占比"


def test_paired_absolute_changes():
    result = extract_facts("引发行政复议案件14件、行政诉讼案件6件，分别比上年减少4件和2件。", 2022)
    assert {f.quote: f.kind for f in result.facts}["2件"] == "change"
    assert {("yoy", (("change", "4件"), ("current", "14件"))),
            ("yoy", (("change", "2件"), ("current", "6件")))} <= relations_of(result)


def test_a_subject_with_a_parenthesis_is_the_scope():
    result = extract_facts("其中，市直部门收到申请610件，县（市、区）收到298件。", 2022)
    assert {f.quote: f.scope for f in result.facts} == {"610件": "市直部门", "298件": "县（市、区）"}


def test_a_share_is_named_after_its_part_even_without_a_base():
    result = extract_facts("关停整合账号37个，占账号总数的12.1%。", 2022)
    assert {f.quote: f.metric for f in result.facts}["12.1%"] == "关停整合账号占账号总数"


def test_an_absolute_change_against_a_stated_year():
    result = extract_facts("2021年，主动公开政府信息6120条，较2020年增加731条。", 2021)
    change = {f.quote: f for f in result.facts}["731条"]
    assert (change.kind, change.year) == ("change", 2021)
    assert ("yoy", (("change", "731条"), ("current", "6120条"))) in relations_of(result)


def test_breakdowns_without_其中_before_them():
    text = ("全年受理申请157件（当面申请31件、网络申请118件、信函申请8件），同比下降3.1%。已全部按期答复，其中予以公开70件，"
            "部分公开19件，不予公开9件，无法提供51件，不予处理8件。被申请行政复议5件，结果维持3件、纠正2件。")
    sums = {tuple(q for _, q in members) for kind, members in relations_of(extract_facts(text, 2021)) if kind == "sum"}
    assert tuple(sorted(("157件", "31件", "118件", "8件"))) in {tuple(sorted(m)) for m in sums}
    assert tuple(sorted(("157件", "70件", "19件", "9件", "51件", "8件"))) in {tuple(sorted(m)) for m in sums}
    assert tuple(sorted(("5件", "3件", "2件"))) in {tuple(sorted(m)) for m in sums}


def test_sum_and_before_after():
    result = extract_facts("共收到申请120件，其中当面申请20件，网络申请100件。办理时限由原来的30个工作日缩短至5个工作日。")
    rels = [(r.relation_type, [result.facts[i].quote for _, i in r.members]) for r in result.relations]
    assert ("sum", ["120件", "20件", "100件"]) in rels
    assert ("before_after", ["30个工作日", "5个工作日"]) in rels


def test_before_after_stays_in_its_phrase():
    result = extract_facts("企业开办时间由4个工作日压缩至1个工作日，工程建设项目审批时间压缩至60个工作日以内。")
    rels = [(r.relation_type, [result.facts[i].quote for _, i in r.members]) for r in result.relations]
    assert rels == [("before_after", ["4个工作日", "1个工作日"])]


def test_enumeration_heading_with_names():
    text = "（一）先进单位（3个）：甲局、乙局、丙委；\n（二）优秀个人（2名）\n张三　李四\n"
    enums = extract_facts(text).enumerations
    assert [(e.stated_count, e.listed_count, e.items) for e in enums] == [
        (3, 3, ["甲局", "乙局", "丙委"]), (2, 2, ["张三", "李四"])]
    # the names end where prose follows them; names on more lines than stated are all counted
    prose = "优秀个人（2名）\n张三、李四\n全年评选出红旗窗口4个，分别是甲窗口、乙窗口、丙窗口和丁窗口。\n"
    assert [(e.stated_count, e.listed_count) for e in extract_facts(prose).enumerations][0] == (2, 2)
    more = "优秀个人（2名）\n张三\n李四\n王五\n"
    assert [(e.stated_count, e.listed_count) for e in extract_facts(more).enumerations] == [(2, 3)]


def test_quick_scans_find_what_finditer_finds():
    texts = [normalize_text(p.read_text(encoding="utf-8")).text for p in sorted(RAW.glob("*.txt"))]
    texts.append("截至2020年10月底，1-11月份受理3-5件，2019年上半年、2019.1-3月、123-5月办结12件和5件，"
                 "截止到2019年12月31日，2019年第一季度，2019年10-12月。第三季度，今年上半年，前三季度，二季度办结3件。")
    texts.append("统一进一步推进一体化，三百分点，两成，二十五点五万元，1,234件，12.5万人，3 - 5天，百分之十二点五，"
                 "十九大，一百二十三项，三千万元，近百次，7成，五分之一，2021年，12019年，2019年2020年度，19年。")
    texts.append("居民消费价格指数为101.2，城乡居民收入之比2.31，收入比是2.1%，倍差达到1.9，收入比2.0：1，"
                 "亿元地区生产总值死亡率0.03，指数指数102.5，死亡率为0.1倍差2。")
    def spans(matches):
        return [m.span() for m in matches]

    def dated(m):  # digits and 年: a date, which scan_figures skips (a span of years, 2016—2018年, _reject drops)
        return m.group("unit") == "年" and (m.group("num") or "")[:1].isdigit() and not m.group("range")

    for text in texts:
        assert spans(scan_figures(text)) == spans(m for m in FACT.finditer(text) if not dated(m))
        assert spans(_periods(text)) == spans(PERIOD.finditer(text))
        assert spans(_years(text)) == spans(YEAR.finditer(text))
        assert spans(unitless_matches(text)) == spans(UNITLESS_VALUE.finditer(text))


def test_figures_read_as_when_digits_may_be_given_back():
    """FACT keeps a number's digits (possessive ++): every match is the one the backtracking pattern finds."""
    backtracking = re.compile(FACT.pattern.replace("++", "+"))
    rng = random.Random(11)
    pieces = list("0123456789.,，、-~至万亿千余多 %件个元年日人次（）(/)") + ["1,234", "12.5", "3,4567", "万元", "个百分点"]
    texts = [normalize_text(p.read_text(encoding="utf-8")).text for p in sorted(RAW.glob("*.txt"))]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    for text in texts:
        for at in range(len(text)):
            if text[at].isdigit():
                kept, given = FACT.match(text, at), backtracking.match(text, at)
                assert (kept and (kept.span(), kept.groupdict())) == (given and (given.span(), given.groupdict()))


def test_last_clause_and_phrase_are_the_last_piece_of_a_split():
    """last_clause, last_phrase and clauses_back read back from the end what a split of the whole string ends with."""
    rng = random.Random(7)
    pieces = list("，；;。：:, \t\n\u3000ab1２中文") + ["1,234", ",12", "3,4567"]
    texts = [normalize_text(p.read_text(encoding="utf-8")).text for p in sorted(RAW.glob("*.txt"))]
    samples = [t[k:k + n] for t in texts for k in range(0, len(t), 97) for n in (0, 1, 9, 40)]
    samples += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for s in samples:
        assert last_clause(s) == CLAUSE_SPLIT.split(s)[-1]
        assert list(clauses_back(s)) == CLAUSE_SPLIT.split(s)[::-1]
        assert last_phrase(s) == PHRASE_SPLIT.split(s)[-1]


def _edge_characters(items, last: bool) -> tuple[set[str], bool]:
    """(the characters a match of a parsed pattern can begin with, or end with when ``last``; whether it can be empty).
    Fails on an element it does not know, so that a changed pattern is looked at again."""
    chars: set[str] = set()
    for op, av in (reversed(list(items)) if last else items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    chars.add(chr(value))
                elif kind is sre.RANGE:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    raise AssertionError(f"unknown set member {kind}")
            return chars, False
        if op is sre.BRANCH:
            found = [_edge_characters(alt, last) for alt in av[1]]
            chars.update(*(c for c, _ in found))
            if not any(empty for _, empty in found):
                return chars, False
        elif op is sre.SUBPATTERN:
            sub, empty = _edge_characters(av[3], last)
            chars |= sub
            if not empty:
                return chars, False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            sub, empty = _edge_characters(av[2], last)
            chars |= sub
            if av[0] > 0 and not empty:
                return chars, False
        else:
            raise AssertionError(f"unknown element {op}")
    return chars, True


def test_labels_skip_the_trim_patterns_only_where_no_match_can_begin_or_end():
    firsts = set()
    for pattern in (LEAD_TRIM, TIME_PREFIX):
        chars, empty = _edge_characters(_parser.parse(pattern.pattern), last=False)
        assert not empty
        firsts |= chars
    lasts, empty = _edge_characters(_parser.parse(TAIL_TRIM.pattern), last=True)
    assert not empty
    assert firsts <= LEAD_FIRST and lasts <= TAIL_LAST


def _holds_a_cleaned_by_character(test: ast.expr) -> bool:
    """Whether ``test`` (a condition of clean_label's steps) can be true only of a label holding a CLEANED_BY character.
    Fails on a form it does not know, so that a changed step is looked at again."""
    def taken(node):  # the label or a slice of it
        return ast.unparse(node) == "label" or isinstance(node, ast.Subscript) and ast.unparse(node.value) == "label"

    def value(node):
        return getattr(rx, node.attr) if isinstance(node, ast.Attribute) else ast.literal_eval(node)

    def all_cleaned_by(words):  # the label holds one of words whole (or is empty, for label[:1] in "…")
        return all(CLEANED_BY.search(w) for w in words)

    if isinstance(test, ast.BoolOp):
        found = [_holds_a_cleaned_by_character(v) for v in test.values]
        return any(found) if isinstance(test.op, ast.And) else all(found)
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        left, right = test.left, test.comparators[0]
        if isinstance(test.ops[0], ast.In) and isinstance(left, ast.Constant) and taken(right):
            return any(CLEANED_BY.fullmatch(c) for c in left.value)  # every character of the word is there
        if isinstance(test.ops[0], (ast.In, ast.Eq)) and ast.unparse(left) in ("label[:1]", "label[-1:]"):
            words = value(right)
            return all_cleaned_by([words] if isinstance(test.ops[0], ast.Eq) else list(words))
    if isinstance(test, ast.Call) and ast.unparse(test.func) == "label.startswith":
        words = value(test.args[0])
        return all_cleaned_by([words] if isinstance(words, str) else words)
    if isinstance(test, ast.NamedExpr | ast.Call | ast.Compare):
        return False  # a regex or a count of the label: says nothing of its characters here
    raise AssertionError(f"unknown condition {ast.unparse(test)}")


def test_labels_without_a_character_the_clean_up_looks_for_are_left_as_they_are():
    """clean_label leaves a label without a character of CLEANED_BY as it is: each of its steps is taken only where
    the label holds one, or strips only such characters."""
    steps = ast.parse(inspect.getsource(_cleaned_stripped)).body[0].body
    for step in steps:
        while isinstance(step, ast.If | ast.While):
            if ast.unparse(step.test) == "label[:1].isdigit()":  # a list item's number: NUMBERED_ITEM begins with \d
                assert NUMBERED_ITEM.pattern.startswith(r"^\d") and r"\d]" in CLEANED_BY.pattern
            else:
                assert _holds_a_cleaned_by_character(step.test), ast.unparse(step.test)
            step = step.orelse[0] if step.orelse else None
        if isinstance(step, ast.Assign) and ast.unparse(step.targets[0]) == "label":
            call = step.value
            assert ast.unparse(call.func) == "_strip_keeping_quoted_head"
            assert all(CLEANED_BY.fullmatch(c) for c in ast.literal_eval(call.args[1]))
        else:
            assert step is None or isinstance(step, ast.Expr | ast.Return | ast.Assign) \
                and "label" not in {ast.unparse(t) for t in getattr(step, "targets", [])}, ast.unparse(step)
    rng = random.Random(5)
    pieces = list("\t\nab.．%-/①²ⅣＡ") + ["办理", "政务服务", "中心", "申请", "事项", "人民政府", "窗口", "率", "件"]
    texts = [CLEANED_BY.sub("", normalize_text(p.read_text(encoding="utf-8")).text) for p in sorted(RAW.glob("*.txt"))]
    samples = [t[k:k + n].strip("\t") for t in texts for k in range(0, len(t), 89) for n in (1, 2, 5, 9, 20)]
    samples += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))).strip("\t") for _ in range(20000)]
    assert "" in samples
    for s in samples:
        assert _cleaned_stripped(s) == s


def test_the_tail_trim_is_tried_only_where_one_of_its_words_begins_and_matches_as_a_repeat_of_them():
    """TAIL_TRIM is its words once and then repeated, so that re's search skips to where one begins (a charset prefix);
    it matches where and as (?:words)+$ does."""
    assert _compiler._get_charset_prefix(_parser.parse(TAIL_TRIM.pattern), 0) is not None
    repeated = re.compile(rf"(?:{rx._TAIL_WORDS})+$")
    rng = random.Random(3)
    pieces = list("为是有的了至到占共约均达近从由已仅，") + ["标准统一调整", "比例平均", "收入合计", "提高到", "每人每月", "受理诉求"]
    texts = [normalize_text(p.read_text(encoding="utf-8")).text for p in sorted(RAW.glob("*.txt"))]
    samples = [t[k:k + n] for t in texts for k in range(0, len(t), 13) for n in (3, 8, 15)]
    samples += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for s in samples:
        for start in (0, max(len(s) - 6, 0)):
            found, given = TAIL_TRIM.search(s, start), repeated.search(s, start)
            assert (found and found.span()) == (given and given.span())


@pytest.mark.parametrize("pattern, characters, last", [
    (COMPARED_AMOUNT, COMPARED_LAST, True), (PRE_BEFORE, PRE_LAST, True), (YOY_CUE, YOY_FIRST, False),
    (FACET, FACET_FIRST, False), (CHANGE_TAIL, CHANGE_TAIL_LAST, True), (BARE_CHANGE, CHANGE_TAIL_LAST, True)])
def test_patterns_are_tried_only_where_a_match_can_begin_or_end(pattern, characters, last):
    edge, empty = _edge_characters(_parser.parse(pattern.pattern), last=last)
    assert not empty and edge <= characters


def test_scopes_are_tried_only_where_a_match_can_end():
    scope = _parser.parse(SCOPE.pattern)
    lasts, empty = _edge_characters(scope, last=True)
    assert not empty and all(SCOPE_LAST.fullmatch(c) for c in lasts)
    assert scope.getwidth()[1] == SCOPE_WIDTH


def test_a_net_change_against_last_years_end_and_the_growth_of_the_level():
    result = extract_facts("截至年底，全县实有经营主体5.4万户，较上年末净增0.6万户，增长12.5%。", 2021)
    facts = {f.quote: f for f in result.facts}
    assert (facts["0.6万户"].kind, facts["0.6万户"].year, facts["5.4万户"].scope) == ("change", None, "全县")
    assert {("yoy", (("change", "0.6万户"), ("current", "5.4万户"))),
            ("yoy", (("change", "12.5%"), ("current", "5.4万户")))} <= relations_of(result)


def test_an_absolute_change_after_last_years_figure():
    result = extract_facts("全年收到申请75件，较上年的60件增加15件。", 2021)
    facts = {f.quote: f for f in result.facts}
    assert (facts["60件"].year, facts["15件"].kind) == (2020, "change")
    assert ("yoy", (("change", "15件"), ("current", "75件"))) in relations_of(result)


def test_a_breakdown_of_results_in_the_next_sentence():
    text = "已办结40件。办理结果中，予以公开25件，部分公开5件，不予公开4件，无法提供6件。"
    sums = [members for kind, members in relations_of(extract_facts(text, 2021)) if kind == "sum"]
    assert sums == [(("part", "25件"), ("part", "4件"), ("part", "5件"), ("part", "6件"), ("total", "40件"))]


def test_bare_numbers_listed_before_a_unit_after_分别():
    result = extract_facts("办结率98.0%，满意率95.5%，较上年分别提高0.8和1.6个百分点。", 2021)
    facts = {f.quote: f for f in result.facts}
    assert (facts["0.8"].value, facts["0.8"].unit, facts["0.8"].kind) == (0.8, "个百分点", "change")
    assert {("yoy", (("change", "0.8"), ("current", "98.0%"))),
            ("yoy", (("change", "1.6个百分点"), ("current", "95.5%")))} <= relations_of(result)
    assert [f.quote for f in extract_facts("编号为3和5件。", 2021).facts] == ["5件"]  # no 分别, no list


def test_a_breakdown_total_is_the_closest_sum():
    text = "共受理4.52万件，办结4.49万件，其中即办件2.81万件、承诺件1.71万件。"
    result = extract_facts(text, 2021)
    assert ("sum", (("part", "1.71万件"), ("part", "2.81万件"), ("total", "4.52万件"))) in relations_of(result)


@pytest.mark.parametrize("text, quote, metric", [
    ("网办率为70.2%，比上季度提高5.1个百分点。", "5.1个百分点", "网办率比上季度提高"),
    ("审结复议案件230件，其中维持180件，撤销20件，驳回25件，终止5件，纠错率8.7%。", "8.7%", "审结复议案件:纠错率"),
    ("收到评价3.1万条，其中好评3.0万条，好评率99.7%；差评56条，整改率100%。", "100%", "差评:整改率"),
    ("网站访问量52万人次，日均1425人次。", "1425人次", "日均网站访问量"),
    # the audience of what was handed out, named like those who took part (43f6947: 法治讲座参加人员)
    ("发放资料12万余份，受众30万人次。", "30万人次", "发放资料:受众"),
    ("召开发布会18场次。", "18场次", "召开发布会"),
])
def test_labels_of_compared_changes_rates_and_averages(text, quote, metric):
    assert {f.quote: f.metric for f in extract_facts(text, 2021).facts}[quote] == metric


def test_statistical_bulletin_phrasing():
    result = extract_facts("三次产业结构为8.1:40.2:51.7。粮食总产量95.2万吨，增产1.4%；生猪出栏86.3万头，下降2.2%。", 2021)
    assert [(f.quote, f.unit, f.kind) for f in result.facts] == [  # the structure's parts are shares (issue 28)
        ("8.1", "%", "share"), ("40.2", "%", "share"), ("51.7", "%", "share"),
        ("95.2万吨", "吨", "other"), ("1.4%", "%", "change"), ("86.3万头", "头", "count"), ("2.2%", "%", "change")]
    assert {("yoy", (("change", "1.4%"), ("current", "95.2万吨"))),
            ("yoy", (("change", "2.2%"), ("current", "86.3万头")))} <= relations_of(result)


@pytest.mark.parametrize("text, heading, items", [
    ("表彰先进集体4个：市人社局、市医保局、市税务局、市公安局。", "表彰先进集体", ["市人社局", "市医保局", "市税务局", "市公安局"]),
    ("评选出“红旗窗口”3个，分别是不动产登记窗口、社保窗口和公积金窗口。", "评选出“红旗窗口”",
     ["不动产登记窗口", "社保窗口", "公积金窗口"]),
])
def test_names_listed_after_their_count(text, heading, items):
    [enumeration] = extract_facts(text, 2022).enumerations
    assert (enumeration.heading, enumeration.stated_count, enumeration.items) == (heading, len(items), items)


def test_figures_after_a_count_are_no_names():
    assert extract_facts("共有窗口3个：综合窗口12个、专科窗口5个、其他窗口2个。", 2022).enumerations == []


def test_listed_figures_are_not_an_enumeration_of_names():
    assert extract_facts("财政收入先后跨越100亿元、150亿元两个台阶。", 2021).enumerations == []


def test_a_heading_line_keeps_its_heading_and_not_the_figures_after_it():
    text = "二、推行不打烊服务，设置自助服务区3个，配备终端12台。\n（三）以改革为抓手，推进中心规范化建设\n"
    assert [h.title for h in find_headings(text)] == ["二、推行不打烊服务", "（三）以改革为抓手，推进中心规范化建设"]


def test_a_heading_line_is_cut_before_a_clause_with_any_digit_str_isdigit_knows():
    text = "一、优化营商环境，，新设窗口①个。\n三、完善监督机制，成效明显，评议²次\n四、深化改革，12345热线\n"
    assert [h.title for h in find_headings(text)] == ["一、优化营商环境", "三、完善监督机制，成效明显", "四、深化改革"]
    assert [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdigit() != bool(_DIGIT.match(chr(c)))] == []


def test_breakdowns_by_an_attribute_in_the_next_sentence():
    text = ("全年主动公开信息500条。按公开方式分：网站公开420条，公报公开50条，发布会公开30条。"
            "全年受理申请20件。从申请方式看，网上申请15件，当面申请5件。行政复议维持具体行政行为1件。")
    result = extract_facts(text, 2016)
    sums = {members for kind, members in relations_of(result) if kind == "sum"}
    assert (("part", "30条"), ("part", "420条"), ("part", "50条"), ("total", "500条")) in sums
    assert (("part", "15件"), ("part", "5件"), ("total", "20件")) in sums
    metrics = {f.quote: f.metric for f in result.facts}
    assert (metrics["420条"], metrics["1件"]) == ("主动公开信息:网站公开", "行政复议维持具体行政行为")


def test_a_stated_year_with_的_is_the_first_figures_only():
    result = extract_facts("网上可办率从2021年的90.5%提高到98.2%，全程网办事项1200项。“掌上办”事项从去年的300项增加到650项，"
                           "增长了1.2倍。", 2022)
    facts = {f.quote: f for f in result.facts}
    assert [facts[q].year for q in ("90.5%", "98.2%", "1200项", "300项", "650项")] == [2021, None, None, 2021, None]
    assert facts["1.2倍"].metric == "“掌上办”事项增长"


def test_respective_shares_pair_with_the_parts_in_order():
    result = extract_facts("网办件量20万件。其中企业类8万件、个人类12万件，分别占40%和60%。", 2022)
    shares = {members for kind, members in relations_of(result) if kind == "share"}
    assert shares == {(("part", "8万件"), ("share", "40%"), ("total", "20万件")),
                      (("part", "12万件"), ("share", "60%"), ("total", "20万件"))}
    assert {f.quote: f.metric for f in result.facts}["60%"] == "网办件量:个人类占比"


def test_a_change_stated_before_the_level_it_reached():
    result = extract_facts("全年政务中心办件量同比增长12.4%，达到8.6万件。线上办件达到总量的61.2%。", 2021)
    facts = {f.quote: f for f in result.facts}
    assert ("yoy", (("change", "12.4%"), ("current", "8.6万件"))) in relations_of(result)
    assert (facts["8.6万件"].metric, facts["8.6万件"].scope) == ("政务中心办件量", "政务中心")
    assert facts["61.2%"].kind == "share"


def test_form_rows_with_the_unit_in_the_label():
    text = ("网站总访问量（单位：次）\t1,234,567\n信息发布\t总数（单位：条）\t4,321\n"
            "留言办理\t平均办理时间（单位：天）\t2.5\n公开经费（单位：万元）\t12.5\n（单位：万元）\n")
    assert [(f.quote, f.value, f.unit, f.kind, f.metric) for f in extract_facts(text, 2022).facts] == [
        ("1,234,567", 1234567, "次", "count", "网站总访问量"), ("4,321", 4321, "条", "count", "信息发布:总数"),
        ("2.5", 2.5, "天", "duration", "平均办理时间"), ("12.5", 125000, "元", "amount", "公开经费")]


@pytest.mark.parametrize("text, before, after", [
    ("审批时限由20天减至8天。", "20天", "8天"), ("满意率由86.5%升至93.2%。", "86.5%", "93.2%"),
    ("办理时间由原来的4天提速至1天。", "4天", "1天"), ("平均用时从40分钟缩减为15分钟。", "40分钟", "15分钟"),
])
def test_before_after_verbs(text, before, after):
    result = extract_facts(text, 2020)
    assert relations_of(result) == {("before_after", (("after", after), ("before", before)))}


def test_small_parts_that_keep_a_rounded_total_belong_to_its_breakdown():
    text = "收到评价52.4万条，其中非常满意49.8万条，满意2.5万条，基本满意0.1万条，不满意356条，非常不满意42条。"
    result = extract_facts(text, 2023)
    ((kind, members),) = relations_of(result)
    assert kind == "sum" and {q for role, q in members if role == "part"} == {
        "49.8万条", "2.5万条", "0.1万条", "356条", "42条"}
    assert {f.quote: f.metric for f in result.facts}["42条"] == "收到评价:非常不满意"


def test_a_rate_of_compression_is_a_rate_and_its_平均_goes_whole():
    # (never 压缩率平: 均 alone is not cut; the mean of a rate is named as the rate)
    result = extract_facts("承诺时限压缩率平均为68.2%，三个部门压缩率均超过85%。", 2023)
    assert [(f.quote, f.kind, f.metric) for f in result.facts if f.unit == "%"] == [
        ("68.2%", "rate", "承诺时限压缩率"), ("超过85%", "rate", "部门压缩率")]


def test_a_growth_after_a_share_is_the_counts():
    result = extract_facts("全年网上申报8.4万件，占全部申报量的比重为61.5%，与上年同期相比增长12.6%。其中企业申报3.1万件，所占比例为36.9%。", 2022)
    assert ("yoy", (("change", "12.6%"), ("current", "8.4万件"))) in relations_of(result)
    metrics = {f.quote: f.metric for f in result.facts}
    assert (metrics["12.6%"], metrics["36.9%"]) == ("网上申报与上年同期相比增长", "网上申报:企业申报占比")


def test_a_multiple_of_last_years_figure():
    result = extract_facts("全年掌上办件量达到38.5万件，是上年的2.2倍。", 2022)
    assert ("yoy", (("change", "2.2倍"), ("current", "38.5万件"))) in relations_of(result)


def test_an_absolute_change_against_the_start_of_the_year():
    facts = {f.quote: f for f in extract_facts("粉丝数增至52.6万人，较年初增加8.3万人。", 2022).facts}
    assert (facts["8.3万人"].kind, facts["8.3万人"].metric) == ("change", "粉丝数较年初增加")


def test_scopes_with_a_parenthesis_and_short_remainders():
    facts = extract_facts("各乡镇（街道）便民服务中心累计办件6.1万件。区本级政务服务中心全年办件19.2万件。", 2022).facts
    assert [(f.scope, f.metric) for f in facts] == [
        ("各乡镇（街道）便民服务中心", "各乡镇（街道）便民服务中心累计办件"), ("区本级政务服务中心", "区本级政务服务中心全年办件")]


def test_bare_myriads_after_a_word_that_says_what_they_count():
    result = extract_facts("政务微博粉丝量达12.5万，平台注册用户超过500万，常住人口128.5万，网站访问量3.2亿。全年办件量逾50万。"
                           "在册企业数120万。", 2022)
    assert [(f.quote, f.value, f.unit, f.approx, f.metric) for f in result.facts] == [
        ("12.5万", 125_000, "人", None, "政务微博粉丝量"),  # the unit the counted word implies
        ("超过500万", 5_000_000, "人", "超过", "平台注册用户"),
        ("128.5万", 1_285_000, "人", None, "常住人口"),
        ("3.2亿", 320_000_000, "次", None, "网站访问量"),
        ("逾50万", 500_000, "件", "逾", "办件量"),
    ]  # 企业数 is left: the word implies no unit this rule knows
    # a measure word after 万 makes an ordinary figure
    assert [(f.quote, f.unit) for f in extract_facts("粉丝量达12.5万人。", 2022).facts] == [("12.5万人", "人")]


@pytest.mark.parametrize("text, expected", [
    ("粮食总产量52.3万吨。", [("52.3万吨", 523_000, "吨", "other", None, None)]),
    ("新增高速公路通车里程45千米。", [("45千米", 45, "千米", "other", None, None)]),  # 千米 is no 千 times 米
    ("全社会用电量186.5亿千瓦时。", [("186.5亿千瓦时", 18_650_000_000, "千瓦时", "other", None, None)]),
    ("PM2.5平均浓度为32微克/立方米。", [("32微克/立方米", 32, "微克/立方米", "other", None, None)]),
    ("建成区面积达到126平方千米。", [("126平方千米", 126, "平方公里", "area", None, None)]),
    ("植树320万株。", [("320万株", 3_200_000, "株", "count", None, None)]),
    # an amount per unit is a rate, with its unit as printed
    ("居民用水价格为3.5元/立方米。", [("3.5元/立方米", 3.5, "元/立方米", "rate", None, None)]),
    ("最低工资标准为2100元/月。", [("2100元/月", 2100, "元/月", "rate", None, None)]),
    # days counted are a count, not a time taken
    ("空气质量优良天数达到328天。", [("328天", 328, "天", "count", None, None)]),
])
def test_physical_measures_and_counted_days(text, expected):
    assert facts_of(text) == expected


def test_a_growth_of_a_physical_measure_is_its_own():
    result = extract_facts("优良天数328天，PM2.5平均浓度为32微克/立方米，同比下降5.9%。", 2022)
    facts = {f.quote: f for f in result.facts}
    assert facts["5.9%"].metric == "PM2.5平均浓度同比下降"
    assert [(r.relation_type, [result.facts[i].quote for _, i in r.members]) for r in result.relations] == [
        ("yoy", ["32微克/立方米", "5.9%"])]


def test_a_ratio_to_the_population_and_words_that_open_with_在():
    result = extract_facts("全市在校学生28.6万人，每千人口执业（助理）医师3.2人，每千人口床位6.1张。", 2022)
    assert [(f.quote, f.kind, f.metric) for f in result.facts] == [
        ("28.6万人", "count", "在校学生"),  # 在校 is a word, not the preposition 在
        ("3.2人", "rate", "每千人口执业（助理）医师"),  # 千人 is the ratio's base, not a figure
        ("6.1张", "rate", "每千人口床位"),
    ]
    # a base of other people, households or firms is no figure either; a period after 每 is one (how often)
    result = extract_facts("每千名老年人拥有养老床位32张，每百户拥有汽车42辆，每两周检查一次。", 2022)
    assert [(f.quote, f.kind, f.metric) for f in result.facts][:2] == [
        ("32张", "rate", "每千名老年人拥有养老床位"), ("42辆", "rate", "每百户拥有汽车")]
    assert [(f.quote, f.kind) for f in result.facts][2] == ("两周", "duration")


def test_seconds_and_an_upper_bound_that_is_no_approximation():
    assert facts_of("平均等待时长不超过20秒。") == [("20秒", 20, "秒", "duration", None, None)]
    assert extract_facts("平均等待时长不超过20秒。", 2022).facts[0].metric == "平均等待时长"
    assert facts_of("接通率超过95%。") == [("超过95%", 95, "%", "rate", "超过", None)]


def test_a_breakdown_counts_the_last_figure_in_its_unit():
    # the amount between the count and its 其中 list is no total of counted cases
    result = extract_facts("全年查办案件4521件，罚没款3260.5万元。其中简易程序1230件、普通程序3291件。", 2022)
    assert ("sum", (("part", "1230件"), ("part", "3291件"), ("total", "4521件"))) in relations_of(result)
    assert {f.quote: f.metric for f in result.facts}["1230件"] == "查办案件:简易程序"


@pytest.mark.parametrize("text, expected", [
    ("邀请数十家企业参加座谈，开展数百场宣讲，涉及几十个部门，服务企业成百上千家。", []),  # a vague multitude
    ("部门总数十二个。", [("十二个", 12, "个", "count", None, None)]),
    ("培训上千人次。", [("上千人次", 1000, "人次", "count", "以上", None)]),
    # a move in a ranking is no statistic, as the rank is none
    ("得分92.5分，排名全省第3位，较上年前移5位。", [("92.5分", 92.5, "分", "score", None, None)]),
    # 一 before 倍 or 个百分点 is a figure, not an article
    ("办件量增长一倍，满意率提高一个百分点。",
     [("一倍", 1, "倍", "change", None, None), ("一个百分点", 1, "个百分点", "change", None, None)]),
])
def test_a_vague_multitude_is_no_figure_and_one_is_a_figure_of_change(text, expected):
    assert facts_of(text) == expected


def test_a_proportion_named_before_the_figure_is_a_share_and_a_proportion_of_a_cut_is_not():
    result = extract_facts("全年办件21.6万件，其中即办件14.2万件，即办件比例65.7%。审批时限压缩比例达66.8%。", 2022)
    kinds = {f.quote: f.kind for f in result.facts}
    assert (kinds["65.7%"], kinds["66.8%"]) == ("share", "rate")
    assert ("share", (("part", "14.2万件"), ("share", "65.7%"), ("total", "21.6万件"))) in relations_of(result)
    held = extract_facts("民生支出占一般公共预算支出的比重保持在80%以上，城镇调查失业率控制在5.5%以内。", 2023)
    assert [(f.quote, f.kind) for f in held.facts] == [("80%以上", "share"), ("5.5%以内", "rate")]


def test_trillions():
    assert facts_of("累计完成固定资产投资1.2万亿元。") == [("1.2万亿元", 1_200_000_000_000, "元", "amount", None, None)]
    # an average growth over years is no year-over-year change
    assert extract_facts("五年来累计完成投资1.2万亿元，年均增长8.5%。", 2023).relations == []


def test_a_share_before_and_after_keeps_its_kind():
    result = extract_facts("研发投入占GDP比重由1.8%提高到2.5%。", 2023)
    assert [(f.quote, f.kind) for f in result.facts] == [("1.8%", "share"), ("2.5%", "share")]


def test_things_counted_one_by_one_before_a_count_are_no_names():
    text = "因政府信息公开被申请行政复议3件、提起行政诉讼2件，其中维持原行政行为2件。"
    assert extract_facts(text, 2022).enumerations == []


def test_a_share_after_the_parts_own_change_is_of_the_total_before():
    result = extract_facts("一般公共预算收入123.4亿元，同比增长5.6%。其中，税收收入89.7亿元，增长4.2%，"
                           "占一般公共预算收入的72.7%。", 2023)
    quotes = [f.quote for f in result.facts]
    shares = [[(role, quotes[i]) for role, i in r.members] for r in result.relations if r.relation_type == "share"]
    assert shares == [[("part", "89.7亿元"), ("total", "123.4亿元"), ("share", "72.7%")]]
    assert result.facts[-1].metric == "一般公共预算收入:税收收入占一般公共预算收入"


def test_a_breakdown_after_其中_ends_at_a_semicolon_unless_its_parts_reach_the_total():
    text = "查出主要问题金额45.6亿元，其中管理不规范金额38.2亿元；审计促进增收节支2.3亿元；移送问题线索23件，涉及金额1.8亿元。"
    result = extract_facts(text, 2024)
    assert [r for r in result.relations if r.relation_type == "sum"] == []
    assert {f.quote: f.metric for f in result.facts}["1.8亿元"] == "移送问题线索涉及金额"  # as blind20's key names it
    reached = extract_facts("受理申请56件，其中自然人申请48件；法人申请8件。", 2024)
    assert [[reached.facts[i].quote for _, i in r.members] for r in reached.relations] == [["56件", "48件", "8件"]]


def test_a_growth_after_last_years_figure_is_of_this_years():
    result = extract_facts("全年网上办件量12.4万件，较2022年的8.1万件增加4.3万件，增幅53.1%。", 2023)
    quotes = [f.quote for f in result.facts]
    assert [[quotes[i] for _, i in r.members] for r in result.relations] == [
        ["12.4万件", "4.3万件"], ["12.4万件", "53.1%"]]
    assert [(f.quote, f.year) for f in result.facts][1] == ("8.1万件", 2022)


@pytest.mark.parametrize("text", ["平均得分为87.6分，较上年提升3.4分。", "平均得分为87.6分，比上年上升3.4分。"])
def test_a_rise_over_last_year_is_a_change_of_the_figure_before(text):
    result = extract_facts(text, 2023)
    assert [(f.quote, f.kind, f.year) for f in result.facts] == [("87.6分", "score", None), ("3.4分", "change", None)]
    assert [[i for _, i in r.members] for r in result.relations if r.relation_type == "yoy"] == [[0, 1]]


def test_the_figures_after_a_total_before_中_break_it_down():
    result = extract_facts("受理的286件申请中，予以公开172件，部分公开38件，不予公开20件。", 2023)
    assert [[(role, result.facts[i].quote) for role, i in r.members] for r in result.relations] == [
        [("total", "286件"), ("part", "172件"), ("part", "38件"), ("part", "20件")]]
    assert not result.relations[0].exhaustive


def test_the_figure_of_an_earlier_state_is_the_before():
    result = extract_facts("平均办理时间为3.5天，比实施前的12天缩短70.8%。", 2023)
    assert [(f.quote, f.metric) for f in result.facts] == [
        ("3.5天", "平均办理时间"), ("12天", "平均办理时间(实施前)"), ("70.8%", "平均办理时间较实施前缩短")]
    assert [(r.relation_type, r.members) for r in result.relations] == [("before_after", [("before", 1), ("after", 0)])]


def test_parts_listed_alike_across_semicolons_stay_parts():
    text = "全年共受理群众诉求42.6万件，其中咨询类23.1万件，占54.2%；求助类8.9万件，占20.9%；投诉类7.2万件，占16.9%。"
    result = extract_facts(text, 2023)
    quotes = [f.quote for f in result.facts]
    sums = [[quotes[i] for _, i in r.members] for r in result.relations if r.relation_type == "sum"]
    assert sums == [["42.6万件", "23.1万件", "8.9万件", "7.2万件"]]
    assert {f.quote: f.metric for f in result.facts}["7.2万件"] == "受理群众诉求:投诉类"
    named_alike = extract_facts("审结案件860件，其中维持类612件；纠错类158件。", 2023)
    assert [[named_alike.facts[i].quote for _, i in r.members] for r in named_alike.relations] == [
        ["860件", "612件", "158件"]]


def test_a_breakdown_in_two_units_breaks_down_the_total_of_each():
    text = ("全市共有各级各类学校1256所，在校学生48.6万人。其中，幼儿园458所，在园幼儿9.8万人；小学386所，在校生21.3万人；"
            "初中412所，在校生17.5万人。")
    result = extract_facts(text, 2023)
    quotes = [f.quote for f in result.facts]
    sums = [[quotes[i] for _, i in r.members] for r in result.relations if r.relation_type == "sum"]
    assert sums == [["48.6万人", "9.8万人", "21.3万人", "17.5万人"], ["1256所", "458所", "386所", "412所"]]
    assert {f.quote: f.metric for f in result.facts}["458所"] == "各级各类学校:幼儿园"
    assert {f.quote: f.metric for f in result.facts}["9.8万人"] == "在校学生:在园幼儿"


def test_last_years_figure_in_brackets_after_the_year_compared_with():
    result = extract_facts("2023年共收到政府信息公开申请38件，与2022年（29件）相比增加9件。", 2023)
    assert [(f.quote, f.metric, f.kind, f.year) for f in result.facts] == [
        ("38件", "收到政府信息公开申请", "count", 2023), ("29件", "收到政府信息公开申请", "count", 2022),
        ("9件", "收到政府信息公开申请与2022年相比增加", "change", 2023)]
    assert [[(role, i) for role, i in r.members] for r in result.relations] == [[("current", 0), ("change", 2)]]


def test_parts_that_add_up_to_a_total_before_after_an_among_opener():
    text = "全年主动公开政府信息4326条。公开的信息中，机构职能类156条，法规文件类423条，业务动态类2913条，其他834条。"
    result = extract_facts(text, 2016)
    assert ("sum", (("part", "156条"), ("part", "2913条"), ("part", "423条"), ("part", "834条"),
                    ("total", "4326条"))) in relations_of(result)
    assert {f.quote: f.metric for f in result.facts}["834条"] == "主动公开政府信息:其他"
    unequal = extract_facts("全年主动公开政府信息4326条。公开的信息中，机构职能类156条，其他834条。", 2016)
    assert [r for r in unequal.relations if r.relation_type == "sum"] == []  # parts that do not add up are not taken


def test_names_before_their_count_lose_the_verb_that_introduces_them():
    [enumeration] = extract_facts("先后获评全国文明城市、国家卫生城市、国家园林城市等3项国家级荣誉。", 2022).enumerations
    assert enumeration.items == ["全国文明城市", "国家卫生城市", "国家园林城市"]


@pytest.mark.parametrize("text", ["全年受理申请200件，其中网上申请150件（75%），当面申请50件（25%）。",
                                  "全年受理申请200件，其中网上申请150件（占75%），当面申请50件（占25%）。"])
def test_a_share_in_brackets_after_its_part(text):
    result = extract_facts(text, 2023)
    assert [(f.quote, f.metric, f.kind) for f in result.facts if f.unit == "%"] == [
        ("75%", "受理申请:网上申请占比", "share"), ("25%", "受理申请:当面申请占比", "share")]
    assert ("share", (("part", "150件"), ("share", "75%"), ("total", "200件"))) in relations_of(result)


def test_a_listed_share_in_brackets_names_the_next_item_cleanly():
    result = extract_facts("诉求量排名前五位的是：城乡建设8.2万件（14.4%）、劳动保障6.5万件（11.4%）。", 2023)
    assert [(f.metric, f.kind) for f in result.facts][2:] == [("诉求量:劳动保障", "count"),
                                                               ("诉求量:劳动保障占比", "share")]


def test_the_first_few_of_a_ranking_are_no_breakdown_of_a_figure_before():
    text = ("全年化解信访积案58件。\n从反映的问题看，排名前三位的分别是：城乡建设类682件，占31.8%；劳动社保类415件，占19.3%；"
            "农村农业类298件，占13.9%。")
    result = extract_facts(text, 2023)
    assert [f.metric for f in result.facts] == ["化解信访积案", "城乡建设类", "城乡建设类占比", "劳动社保类",
                                                "劳动社保类占比", "农村农业类", "农村农业类占比"]
    assert relations_of(result) == set()  # 58 is no total of 682 + 415 + 298, nor their base
    # under a total that holds them, they are a breakdown that need not reach it
    result = extract_facts("全年受理诉求2146件，排名前三位的分别是：城乡建设类682件、劳动社保类415件、农村农业类298件。", 2023)
    assert [(r.relation_type, r.exhaustive, len(r.members)) for r in result.relations] == [("sum", False, 4)]


def test_groups_of_visitors_are_counted_in_批():
    assert [(f.quote, f.unit, f.metric) for f in extract_facts("来访624批1958人次。经批准，开展批量办理。", 2023).facts] == [
        ("624批", "批", "来访批次"), ("1958人次", "人次", "来访人次")]  # one group in two units, named by each


def test_a_count_that_restates_the_names_before_it_is_no_statistic():
    assert extract_facts("将房产、国土两部门的存量数据整合。", 2017).facts == []
    kept = extract_facts("税友软件、百旺金赋、航天信息等三家机构入驻大厅。", 2017)
    assert [f.quote for f in kept.facts] == ["三家"] and kept.enumerations[0].items == ["税友软件", "百旺金赋", "航天信息"]
    events = extract_facts("市人社局、市医保局联合开展两次检查。", 2017)
    assert [f.quote for f in events.facts] == ["两次"] and events.enumerations == []  # events, not the names before


def test_measured_quantities_break_down_like_counts_but_concentrations_do_not():
    result = extract_facts("粮食总产量156.7万吨，比上年增长2.3%，其中夏粮产量45.6万吨，秋粮产量111.1万吨。", 2023)
    quotes = [f.quote for f in result.facts]
    assert [[quotes[i] for _, i in r.members] for r in result.relations if r.relation_type == "sum"] == [
        ["156.7万吨", "45.6万吨", "111.1万吨"]]
    assert {f.quote: f.metric for f in result.facts}["45.6万吨"] == "粮食总产量:夏粮产量"
    concentrations = extract_facts("PM2.5年均浓度为30微克/立方米，其中城区20微克/立方米，郊区10微克/立方米。", 2023)
    assert [r for r in concentrations.relations if r.relation_type == "sum"] == []
    assert concentrations.facts[1].metric == "PM2.5年均浓度:城区"  # the 2.5 of PM2.5 is part of the name


@pytest.mark.parametrize("compared, yoy", [("2022年", True), ("2018年", False)])
def test_a_change_against_a_named_year_is_year_over_year_only_against_the_year_before(compared, yoy):
    result = extract_facts(f"全年办件量52345件，比{compared}增长40%。", 2023)
    assert result.facts[1].metric == f"办件量比{compared}增长"
    assert relations_of(result) == ({("yoy", (("change", "40%"), ("current", "52345件")))} if yoy else set())


def test_multiples_of_a_base_year_listed_after_分别_name_their_figures_and_are_no_year_over_year():
    result = extract_facts("城镇居民人均可支配收入52345元、农村居民人均可支配收入28765元，分别是2018年的1.4倍和1.5倍。", 2023)
    assert [(f.quote, f.metric, f.kind, f.year) for f in result.facts[2:]] == [
        ("1.4倍", "城镇居民人均可支配收入是2018年", "change", None),
        ("1.5倍", "农村居民人均可支配收入是2018年", "change", None)]
    assert result.relations == []
    last_year = extract_facts("全年办件量52345件，是上年的1.4倍。", 2023)
    assert relations_of(last_year) == {("yoy", (("change", "1.4倍"), ("current", "52345件")))}


def test_a_figure_named_by_the_clause_before_takes_the_scope_that_clause_names():
    result = extract_facts("过去一年，全市地区生产总值突破3000亿元，达到3012.5亿元。", 2023)
    assert [(f.quote, f.metric, f.scope, f.approx) for f in result.facts] == [
        ("突破3000亿元", "地区生产总值", "全市", "超过"), ("3012.5亿元", "地区生产总值", "全市", None)]


def test_a_change_over_the_month_before_is_no_year_over_year():
    result = extract_facts("办件量5600件，同比增长12.35%，环比减少3%。", 2023)
    assert [f.metric for f in result.facts] == ["办件量", "办件量同比增长", "办件量环比减少"]
    assert relations_of(result) == {("yoy", (("change", "12.35%"), ("current", "5600件")))}


def test_a_change_takes_the_year_before_every_year_it_is_compared_with():
    result = extract_facts("2017年，主动公开政府信息1256条，与2016年相比增长12.5%，是2012年的2.1倍。", 2017)
    assert [(f.quote, f.year) for f in result.facts] == [("1256条", 2017), ("12.5%", 2017), ("2.1倍", 2017)]


def test_a_change_joined_to_its_level_by_a_list_mark_is_that_levels_change():
    text = ("全县地区生产总值完成386.2亿元、增长6.1%，社会消费品零售总额完成142.6亿元、同比增长7.8%；"
            "城乡居民人均可支配收入分别达到45862元和26318元、分别增长5.2%和7.1%。")
    result = extract_facts(text, 2023)
    assert [f.metric for f in result.facts if f.kind == "change"] == [
        "地区生产总值增长", "社会消费品零售总额同比增长", "城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]
    assert {("yoy", (("change", "6.1%"), ("current", "386.2亿元"))),
            ("yoy", (("change", "7.8%"), ("current", "142.6亿元"))),
            ("yoy", (("change", "5.2%"), ("current", "45862元"))),
            ("yoy", (("change", "7.1%"), ("current", "26318元")))} <= relations_of(result)


def test_things_listed_after_a_count_of_people_are_not_its_parts():
    text = "回访群众3.4万人次，群众满意率92.6%。\n从诉求类型看，咨询类6.9万件、投诉类3.1万件。"
    assert [f.metric for f in extract_facts(text, 2023).facts] == ["回访群众", "群众满意率", "咨询类", "投诉类"]
    # documents counted in two measure words are still the total's parts
    text = "制发规范性文件52件，其中政策文件35件、规划计划12条。"
    assert [f.metric for f in extract_facts(text, 2023).facts][1:] == ["制发规范性文件:政策文件", "制发规范性文件:规划计划"]


def test_per_mille_and_percent_in_words_with_the_next_figure_named_cleanly():
    result = extract_facts("全市人口出生率为千分之八点五，死亡率为百分之六点二。", 2023)
    assert [(f.quote, f.value, f.unit, f.kind, f.metric) for f in result.facts] == [
        ("千分之八点五", 8.5, "‰", "rate", "人口出生率"), ("百分之六点二", 6.2, "%", "rate", "死亡率")]


def test_a_cut_by_a_percentage_is_a_change():
    result = extract_facts("办理时限平均压缩60%以上，申请材料平均精简45%，审批环节压减30%。", 2023)
    assert [(f.quote, f.kind) for f in result.facts] == [("60%以上", "change"), ("45%", "change"), ("30%", "change")]


def test_a_stock_compared_with_the_start_of_the_year_changed_over_the_year():
    result = extract_facts("年末金融机构本外币各项存款余额5862.3亿元，比年初增加486.5亿元。", 2023)
    assert ("yoy", (("change", "486.5亿元"), ("current", "5862.3亿元"))) in relations_of(result)


def test_亿_alone_is_the_number_after_a_qualifier_as_万_is():
    result = extract_facts("节约成本近亿元，惠及群众超万人，上亿元项目12个。", 2023)
    assert [(f.quote, f.value, f.unit, f.approx) for f in result.facts] == [
        ("近亿元", 1e8, "元", "近"), ("超万人", 1e4, "人", "超过"), ("12个", 12.0, "个", None)]  # 上亿元项目 is a size class


def test_a_second_something_is_no_count():
    facts = extract_facts("对不满意工单开展二次回访1.6万件，二次回访满意率68.2%。实施二次供水改造3处。开展培训两次。", 2023).facts
    assert [(f.quote, f.unit) for f in facts] == [("1.6万件", "件"), ("68.2%", "%"), ("3处", "处"), ("两次", "次")]


@pytest.mark.parametrize("text, expected", [
    ("经自助终端办理9314件，通过APP2.6万件。", [("9314件", 9314, "件"), ("2.6万件", 26000, "件")]),
    ("新购DR3台、MRI2台。", [("3台", 3, "台"), ("2台", 2, "台")]),
    ("全区共有KTV41家，网吧17家。", [("41家", 41, "家"), ("17家", 17, "家")]),
    ("政务OA流转文件1,905件。", [("1,905件", 1905, "件")]),
    ("掌上APP注册用户3.1万人。", [("3.1万人", 31000, "人")]),
])
def test_a_count_right_after_a_latin_word(text, expected):
    assert [(q, v, u) for q, v, u, *_ in facts_of(text)] == expected


@pytest.mark.parametrize("text", [
    "沿G205国道布设，新增H5页面。",  # one letter before the number: a code
    "执飞CZ3107次航班，乘坐D2208次列车。",  # a flight's or train's number
    "依据GB/T19001标准，参照ISO/IEC27001执行。",  # a standard's number after a code
    "推进GIS3期建设，ERP2期上线。",  # a phase
    "APP2021年上线。",  # a year
])
def test_a_code_glued_to_letters_is_no_figure(text):
    assert facts_of(text) == []


def test_the_investment_survey_s_threshold_is_no_figure():
    result = extract_facts("全年完成5000万元以上固定资产投资38.2亿元，增长9.5%。", 2019)
    assert [(f.quote, f.metric) for f in result.facts] == [
        ("38.2亿元", "完成5000万元以上固定资产投资"), ("9.5%", "完成5000万元以上固定资产投资增长")]


def test_a_respective_list_of_changes_ends_where_its_clause_does():
    result = extract_facts("城镇常住居民人均可支配收入41235元、农村常住居民人均可支配收入20480元，分别增长6.2%和7.7%；"
                           "居民消费价格上涨1.8%。", 2021)
    metrics = {f.quote: f.metric for f in result.facts}
    assert metrics["6.2%"] == "城镇常住居民人均可支配收入增长"
    assert metrics["7.7%"] == "农村常住居民人均可支配收入增长"


def test_a_growth_at_comparable_prices_said_short_is_the_level_s_growth():
    result = extract_facts("全市地区生产总值完成512.3亿元，按可比价增长5.4%。", 2021)
    assert {f.quote: f.metric for f in result.facts}["5.4%"] == "地区生产总值按可比价增长"


@pytest.mark.parametrize("text, expected", [
    # a body opening the first figure's name is its subject: the bare verb after takes the object, not a heading
    ("二、上年工作回顾\n全年，区人民检察院共受理各类案件2140件，同比下降3.1%；办结2052件，同比上升2.4%。",
     {"2052件": "办结各类案件", "2.4%": "办结各类案件同比上升"}),
    ("一、主要工作\n2022年，市中级人民法院共受理各类案件15230件；审结14876件，结案率97.7%。",
     {"14876件": "审结各类案件", "97.7%": "审结各类案件:结案率"}),
    ("一、办理情况\n2021年，县信访局共受理群众来信1204件，办结1187件。", {"1187件": "办结群众来信"}),
])
def test_a_bare_verb_after_a_bodys_figure_takes_its_object(text, expected):
    metrics = {f.quote: f.metric for f in extract_facts(text, 2022).facts}
    assert {quote: metrics[quote] for quote in expected} == expected


# the national 政府网站工作年度报表 as a crawled page prints it: the whole form on one line, a cell a space apart
WEBSITE_FORM_ONE_LINE = (
    "政府网站工作年度报表 （2022年度） 填报单位：某县人民政府办公室 网站名称 某县人民政府网 首页网址 http://www.example.gov.cn "
    "主办单位 某县人民政府办公室 网站类型 ☑政府门户网站 □部门网站 政府网站标识码 5101000012 ICP备案编号 蜀ICP备09001234号 "
    "独立用户访问总量（单位：个） 318642 网站总访问量（单位：次） 1,402,317 信息发布 总数（单位：条） 4217 "
    "概况类信息更新量（单位：条） 23 政务动态信息更新量（单位：条） 2506 信息公开目录信息更新量（单位：条） 1688 "
    "专栏专题 维护数量（单位：个） 11 新开设数量（单位：个） 2 政策解读 总数（单位：条） 64 "
    "其中：解读材料数量（单位：条） 45 解读产品数量（单位：个） 16 媒体评论文章数量（单位：篇） 3 "
    "回应公众关注热点或重大舆情数量（单位：次） 5 办事服务 是否发布服务事项目录 ☑是 □否 注册用户数（单位：个） 21530 "
    "政务服务事项数量（单位：项） 986 可全程在线办理政务服务事项数量（单位：项） 812 办件量（单位：件） 总数 90412 "
    "自然人办件量 70215 法人办件量 20197 互动交流 是否使用统一平台 ☑是 □否 留言办理 收到留言数量（单位：条） 604 "
    "办结留言数量（单位：条） 598 平均办理时间（单位：天） 2.6 公开答复数量（单位：条） 437 征集调查 征集调查期数（单位：期） 7 "
    "在线访谈 访谈期数（单位：期） 3 网民留言数量（单位：条） 52 安全防护 安全检测评估次数（单位：次） 12 "
    "发现问题数量（单位：个） 4 问题整改数量（单位：个） 4 是否建立安全监测预警机制 ☑是 □否 移动新媒体 是否有移动新媒体 ☑是 □否 "
    "微博 名称 某县发布 信息发布量（单位：条） 1320 关注量（单位：个） 48210 微信 名称 某县政府 信息发布量（单位：条） 915 "
    "订阅数（单位：个） 60332 创新发展 ☑搜索即服务 □多语言版本 ☑无障碍浏览 ☑千人千网 单位负责人：某某 填报日期：2023-01-10\n")


def test_the_website_form_on_one_line_is_read_row_by_row():
    text = "某县人民政府网2022年度政府网站工作年度报表\n" + WEBSITE_FORM_ONE_LINE
    rows = [(f.quote, f.unit, f.kind, f.metric) for f in extract_facts(text, 2022).facts]
    assert rows == [
        ("318642", "个", "count", "独立用户访问总量"), ("1,402,317", "次", "count", "网站总访问量"),
        ("4217", "条", "count", "信息发布:总数"), ("23", "条", "count", "概况类信息更新量"),
        ("2506", "条", "count", "政务动态信息更新量"), ("1688", "条", "count", "信息公开目录信息更新量"),
        ("11", "个", "count", "专栏专题:维护数量"), ("2", "个", "count", "专栏专题:新开设数量"),
        ("64", "条", "count", "政策解读:总数"), ("45", "条", "count", "解读材料数量"), ("16", "个", "count", "解读产品数量"),
        ("3", "篇", "count", "媒体评论文章数量"), ("5", "次", "count", "回应公众关注热点或重大舆情数量"),
        ("21530", "个", "count", "办事服务:注册用户数"), ("986", "项", "count", "政务服务事项数量"),
        ("812", "项", "count", "可全程在线办理政务服务事项数量"), ("90412", "件", "count", "办件量:总数"),
        ("70215", "件", "count", "自然人办件量"), ("20197", "件", "count", "法人办件量"),
        ("604", "条", "count", "收到留言数量"), ("598", "条", "count", "办结留言数量"),
        ("2.6", "天", "duration", "平均办理时间"), ("437", "条", "count", "公开答复数量"),
        ("7", "期", "count", "征集调查期数"), ("3", "期", "count", "在线访谈:访谈期数"), ("52", "条", "count", "网民留言数量"),
        ("12", "次", "count", "安全检测评估次数"), ("4", "个", "count", "发现问题数量"), ("4", "个", "count", "问题整改数量"),
        ("1320", "条", "count", "微博:信息发布量"), ("48210", "个", "count", "微博:关注量"),
        ("915", "条", "count", "微信:信息发布量"), ("60332", "个", "count", "微信:订阅数")]


@pytest.mark.parametrize("text, expected", [
    # an age that bounds the people a share right after it is of is no figure: it names the class the share is of
    ("全院现有员额法官54名，其中45岁以下的占61.1%。", [("54名", "全院现有员额法官"), ("61.1%", "全院现有员额法官:45岁以下占比")]),
    ("全县公务员队伍中，35岁以下公务员占比为27.4%。", [("27.4%", "35岁以下公务员占比")]),
])
def test_an_age_bounding_those_a_share_is_of_is_no_figure(text, expected):
    assert [(f.quote, f.metric) for f in extract_facts(text, 2023).facts] == expected


def test_a_part_after_a_part_in_another_unit_is_none_of_it():
    # 其中A…件，B…批次: B is the whole's other part, not A's (was 来信:来访)
    text = "全年共受理群众来信来访506件次。其中来信128件，来访203批次467人次。"
    metrics = {f.quote: f.metric for f in extract_facts(text, 2022).facts}
    assert (metrics["203批次"], metrics["467人次"]) == ("受理群众来信来访:来访", "来访人次")


def test_a_forms_totals_hold_the_rows_after_them_in_their_group_and_unit():
    # the form's own arithmetic: 信息发布's 总数 over its three kinds, 办件量's over 自然人 and 法人 (a checked sum each);
    # 政策解读's 总数 over the row in its unit only; no row of another group (收到留言数量, also 条) joins a total
    result = extract_facts("某县人民政府网2022年度政府网站工作年度报表\n" + WEBSITE_FORM_ONE_LINE, 2022)
    assert relations_of(result) == {
        ("sum", (("part", "1688"), ("part", "23"), ("part", "2506"), ("total", "4217"))),
        ("sum", (("part", "45"), ("total", "64"))),
        ("sum", (("part", "20197"), ("part", "70215"), ("total", "90412")))}


def test_a_forms_rows_are_the_reports_year_wherever_its_line_breaks():
    # the year the form's line states (（2022年度）) would reach only the rows before a PDF's or browser's wrap: none
    # takes a year of its own, so every row is the report's year in every form the file takes
    one_line = "某县人民政府网2022年度政府网站工作年度报表\n" + WEBSITE_FORM_ONE_LINE
    wrapped = one_line.replace(" 政策解读 总数", "\n政策解读 总数")
    for text in (one_line, wrapped):
        assert {f.year for f in extract_facts(text, 2022).facts} == {None}


def test_a_parts_share_beside_its_wholes_share_is_of_the_wholes_base():
    # 其中 a part whose share is to the whole's share as the part is to the whole: both shares of one base (the
    # population), never the part's share of the whole, which would make a false finding
    relations = lambda text: sorted(r.note for r in extract_facts(text, 2023).relations)  # noqa: E731
    assert relations("二、年龄构成\n15-59岁人口为81.2万人，占61.42%；60周岁及以上人口为29.5万人，占22.31%，"
                     "其中65周岁及以上人口为21.7万人，占16.41%。") == []
    assert relations("年末户籍人口132.2万人。60周岁及以上人口为29.5万人，占22.31%，其中65周岁及以上人口为21.7万人，"
                     "占16.41%。") == ["217000 / 1322000 stated as 16.41%", "295000 / 1322000 stated as 22.31%"]
    # a part's share of its whole is still read as such
    assert relations("受理申请240件，其中网上申请180件，占75%，其中手机端申请90件，占50%。") == [
        "180 / 240 stated as 75%", "90 / 180 stated as 50%"]
