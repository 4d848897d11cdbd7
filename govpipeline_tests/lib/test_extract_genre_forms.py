"""Forms of statistical bulletins, government work reports and work summaries (issue 28), constructed by hand with
invented figures: names that keep their subject, units kept whole, plan years, what is no statistic."""
import pytest

from govpipeline.lib.extract import extract_facts


def named(text, year=2023):
    """(quote, metric) of every figure, and the yoy pairs as (current quote, change quote)."""
    ex = extract_facts(text, year)
    by_idx = {f.idx: f for f in ex.facts}
    yoy = {(by_idx[r.members[0][1]].quote, by_idx[r.members[1][1]].quote)
           for r in ex.relations if r.relation_type == "yoy"}
    return [(f.quote, f.metric) for f in ex.facts], yoy


@pytest.mark.parametrize("text, level, changes", [
    # bulletin: a level told as nominal and real growth
    ("全年农村居民人均生活消费支出15120元，名义增长8.2%，实际增长6.0%。", ("15120元", "农村居民人均生活消费支出"),
     [("8.2%", "农村居民人均生活消费支出名义增长"), ("6.0%", "农村居民人均生活消费支出实际增长")]),
    # work report: the same, with the price factor taken out in a clause of its own
    ("城镇居民人均可支配收入达到41200元，名义增长5.6%，扣除价格因素，实际增长4.9%。",
     ("41200元", "城镇居民人均可支配收入"),
     [("5.6%", "城镇居民人均可支配收入名义增长"), ("4.9%", "城镇居民人均可支配收入实际增长")]),
    # work summary: a count, its change in people and in percent
    ("全年生产安全事故死亡5人，同比增加1人，上升25%。", ("5人", "生产安全事故死亡"),
     [("1人", "生产安全事故死亡同比增加"), ("25%", "生产安全事故死亡上升")]),
])
def test_chained_clauses_keep_their_subject(text, level, changes):
    facts, yoy = named(text)
    assert facts == [level, *changes]
    assert yoy == {(level[0], quote) for quote, _ in changes}


@pytest.mark.parametrize("text, expected, pairs", [
    # bulletin: a price per ㎡ after an area; the change is the price's
    ("商品房销售面积120.5万平方米，同比增长3.1%；商品房销售均价9800元/㎡，同比下降1.2%。",
     [("120.5万平方米", "商品房销售面积"), ("3.1%", "商品房销售面积同比增长"), ("9800元/㎡", "商品房销售均价"),
      ("1.2%", "商品房销售均价同比下降")],
     {("120.5万平方米", "3.1%"), ("9800元/㎡", "1.2%")}),
    # work summary: a wage per month after a count of people
    ("全年新增就业岗位3200个，比上年增长4.5%，平均工资6800元/月，增长3.2%。",
     [("3200个", "新增就业岗位"), ("4.5%", "新增就业岗位比上年增长"), ("6800元/月", "平均工资"),
      ("3.2%", "平均工资增长")],
     {("3200个", "4.5%"), ("6800元/月", "3.2%")}),
])
def test_a_change_is_of_its_own_clauses_level(text, expected, pairs):
    facts, yoy = named(text)
    assert facts == expected
    assert yoy == pairs


@pytest.mark.parametrize("text, quote, value, unit, metric", [
    ("港口集装箱吞吐量120万标箱。", "120万标箱", 1_200_000, "标箱", "港口集装箱吞吐量"),
    ("全年货物周转量35.6亿吨公里。", "35.6亿吨公里", 3_560_000_000, "吨公里", "货物周转量"),
    ("旅客周转量12.3亿人公里。", "12.3亿人公里", 1_230_000_000, "人公里", "旅客周转量"),
    ("年末船舶运力达到85万总吨。", "85万总吨", 850_000, "总吨", "年末船舶运力"),
    ("最低生活保障标准提高到每人860元/月。", "860元/月", 860, "元/月", None),
])
def test_compound_units_are_kept_whole(text, quote, value, unit, metric):
    f = extract_facts(text, 2023).facts[0]
    assert (f.quote, f.value, f.unit) == (quote, value, unit)
    if metric:
        assert f.metric == metric


@pytest.mark.parametrize("text, changes", [
    # bulletin (a regional form): 比增 / 比降 is 比上年增长 / 下降, a yoy change of the level before
    ("全年实现地区生产总值3260.5亿元，比增5.6%。", [("5.6%", 5.6)]),
    ("全年一般公共预算收入186.2亿元，比降2.1%。", [("2.1%", 2.1)]),
    # a printed sign is kept: the stored change is negative
    ("全年工业增加值3200亿元，增长-3.5%。", [("-3.5%", -3.5)]),
    ("全年进出口总额412.6亿元，增速为负3.5%。", [("负3.5%", -3.5)]),
    # 下降 is named in the metric and the size is stored as printed
    ("全年办件量12.6万件，同比下降3.5%。", [("3.5%", 3.5)]),
])
def test_regional_cues_and_signs_of_changes(text, changes):
    ex = extract_facts(text, 2023)
    level, *rest = ex.facts
    assert [(f.quote, f.value, f.kind) for f in rest] == [(q, v, "change") for q, v in changes]
    assert all(f.metric.startswith(level.metric) for f in rest)
    assert {(r.members[0][1], r.members[1][1]) for r in ex.relations if r.relation_type == "yoy"} \
        == {(level.idx, f.idx) for f in rest}


@pytest.mark.parametrize("text, metric", [
    ("十一、资源、环境和安全生产全社会用电量356.2亿千瓦时，增长5.1%。", "全社会用电量"),  # bulletin
    ("（三）农业全年粮食产量85.2万吨。", "粮食产量"),  # bulletin, a sub-heading
    ("二、过去一年的工作回顾年末常住人口128.6万人。", "年末常住人口"),  # work report
    ("（一）政务服务全年受理办件12.6万件。", "受理办件"),  # work summary
])
def test_a_heading_run_into_its_line_is_no_part_of_a_name(text, metric):
    assert extract_facts(text, 2023).facts[0].metric == metric


def test_a_work_reports_targets_carry_the_plans_year_and_mark():
    text = ("一、2023年工作回顾\n全年地区生产总值3260.5亿元，增长5.6%。\n"
            "二、2024年主要目标\n地区生产总值增长5.5%左右，城镇新增就业2万人以上。\n")
    facts = [(f.quote, f.metric, f.year) for f in extract_facts(text, 2023).facts]
    assert facts == [("3260.5亿元", "地区生产总值", None), ("5.6%", "地区生产总值增长", None),
                     ("5.5%左右", "地区生产总值增长(目标)", 2024), ("2万人以上", "城镇新增就业(目标)", 2024)]


def test_a_plan_section_without_a_year_is_the_next_year():
    text = "一、2023年工作情况\n全年受理办件12.6万件。\n二、下一步工作打算\n新建村级便民服务站120个。\n"
    facts = [(f.quote, f.metric, f.year) for f in extract_facts(text, 2023).facts]
    assert facts == [("12.6万件", "受理办件", None), ("120个", "新建村级便民服务站(目标)", 2024)]


@pytest.mark.parametrize("text, expected", [
    ("力争全年办件量达到15万件，网上办理率达到95%。", [("15万件", "办件量(目标)"), ("95%", "网上办理率(目标)")]),
    ("2025年计划完成固定资产投资850亿元。", [("850亿元", "完成固定资产投资(目标)")]),
    # results against a plan, and 规划计划类, are no targets
    ("全年完成固定资产投资812亿元，完成年度计划的95.5%。",
     [("812亿元", "完成固定资产投资"), ("95.5%", "完成固定资产投资:计划完成率")]),
    ("主动公开信息1256条，其中规划计划类45条。", [("1256条", "主动公开信息"), ("45条", "主动公开信息:规划计划类")]),
])
def test_target_cues_in_the_sentence(text, expected):
    assert [(f.quote, f.metric) for f in extract_facts(text, 2024).facts] == expected


@pytest.mark.parametrize("text", [
    "推出18小时不打烊旅游产品。",  # work report: the time names the product
    "打造15分钟生活圈。",
    "认真贯彻市委十一届五次全会精神。",  # a session's ordinal
    "建成产业园二期工程。",  # a phase
    "推进城乡二元体制改革。",  # a word, not an amount
    "政务服务事项百分百实现网上可办。",
])
def test_not_statistics(text):
    assert extract_facts(text, 2023).facts == []


@pytest.mark.parametrize("text, expected", [
    ("新建社区15分钟便民服务圈12个。", [("12个", "新建社区15分钟便民服务圈")]),  # the circles are counted
    ("举办培训班3期，培训120人。", [("3期", "举办培训班"), ("120人", "举办培训班:培训")]),  # sessions counted
    ("审批时间压缩至15分钟以内。", [("15分钟以内", "审批时间(压缩至)")]),
])
def test_figures_beside_those_forms_are_kept(text, expected):
    assert [(f.quote, f.metric) for f in extract_facts(text, 2023).facts] == expected


@pytest.mark.parametrize("text, before, after", [
    ("全年最低工资标准从1580提高至1760元。", ("1580", 1580, "元"), ("1760元", 1760, "元")),  # work report
    ("一般事项审批时间由20压缩至3个工作日。", ("20", 20, "工作日"), ("3个工作日", 3, "工作日")),  # work summary
    ("城镇居民人均住房面积从32.5增加到35.1平方米。", ("32.5", 32.5, "㎡"), ("35.1平方米", 35.1, "㎡")),  # bulletin
])
def test_the_first_figure_of_a_pair_shares_the_unit_of_the_second(text, before, after):
    ex = extract_facts(text, 2023)
    assert [(f.quote, f.value, f.unit) for f in ex.facts] == [before, after]
    assert ex.facts[0].kind == ex.facts[1].kind
    assert [(r.relation_type, r.members) for r in ex.relations] == [("before_after", [("before", 0), ("after", 1)])]


@pytest.mark.parametrize("text, quote, value, value_max, unit", [
    ("补贴标准为12000元/年-31200元/年不等。", "12000元/年-31200元/年", 12000, 31200, "元/年"),
    ("门票价格30元—50元不等。", "30元—50元", 30, 50, "元"),
])
def test_a_range_that_prints_its_unit_twice_is_one_fact(text, quote, value, value_max, unit):
    [f] = extract_facts(text, 2023).facts
    assert (f.quote, f.value, f.value_max, f.unit) == (quote, value, value_max, unit)
    assert "不等" not in f.metric


def test_each_listed_subject_keeps_the_measure_they_share():
    facts = extract_facts("全年批发业、零售业营业额分别增长45%、18%。", 2023).facts
    assert [(f.quote, f.metric) for f in facts] == [("45%", "批发业营业额增长"), ("18%", "零售业营业额增长")]


@pytest.mark.parametrize("text, expected", [
    ("其中，采矿业增加值增长3.2%，制造业增长8.1%，电力、燃气及水的生产和供应业增长6.5%。",
     ["采矿业增加值增长", "制造业增加值增长", "电力、燃气及水的生产和供应业增加值增长"]),
    ("批发业营业额增长6.2%，零售业增长4.8%。", ["批发业营业额增长", "零售业营业额增长"]),
    # a subject that names its own measure keeps it
    ("全年固定资产投资增长5.8%，工业投资增长15.2%。", ["固定资产投资增长", "工业投资增长"]),
    ("受理申请增长5%，办结增长6%。", ["受理申请增长", "办结增长"]),
])
def test_a_listed_subject_changes_the_measure_named_before_it(text, expected):
    assert [f.metric for f in extract_facts(text, 2023).facts] == expected


@pytest.mark.parametrize("text, expected", [
    ("三次产业结构为9.3:40.1:50.6。", [("9.3", 9.3, "%", "share", "三次产业结构:第一产业占比"),
                                  ("40.1", 40.1, "%", "share", "三次产业结构:第二产业占比"),
                                  ("50.6", 50.6, "%", "share", "三次产业结构:第三产业占比")]),
    ("出生人口性别比104.6:100。", [("104.6", 104.6, "比", "other", "出生人口性别比")]),
    ("城乡居民收入比为2.09:1。", [("2.09", 2.09, "比", "other", "城乡居民收入比")]),
    ("全年居民消费价格指数101.2，商品零售价格指数99.6。", [("101.2", 101.2, "点", "other", "居民消费价格指数"),
                                              ("99.6", 99.6, "点", "other", "商品零售价格指数")]),
    ("会议于8:30召开。", []),  # a time of day is no ratio
])
def test_ratios_become_their_parts_and_indices_are_facts(text, expected):
    assert [(f.quote, f.value, f.unit, f.kind, f.metric) for f in extract_facts(text, 2023).facts] == expected


def test_the_pages_title_and_info_line_are_no_topic_of_a_name():
    text = "某市2023年国民经济和社会发展统计公报 时间：--:全年实现生产总值3260.5亿元，增长5.6%。"
    assert [f.metric for f in extract_facts(text, 2023).facts] == ["实现生产总值", "实现生产总值增长"]
