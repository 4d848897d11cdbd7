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
