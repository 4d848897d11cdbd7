import pytest

from govpipeline.lib.yoy import FactRow, agrees, implied_previous


def fact(value, unit, quote, sentence="", kind="count", decimals=0, scale=1.0, year=2017, doc="d", fid="f",
         metric_id="service_cases"):
    return FactRow(fid, doc, "某市", "430200", metric_id, None, "办件量", unit, kind, value, year, quote, sentence,
                   decimals, scale)


def test_relative_increase():
    cur = fact(2976500, "件", "297.65万件")
    change = fact(14.97, "%", "14.97%", "比上年增长14.97%", kind="change")
    prev, how = implied_previous(cur, change)
    assert round(prev) == 2588936 and how == "relative %"


def test_rate_decrease_in_per_mille_is_absolute():
    cur = fact(0.02, "‰", "0.02‰", kind="rate")
    change = fact(0.01, "‰", "0.01‰", "比2016年又下降了0.01‰", kind="change")
    prev, how = implied_previous(cur, change)
    assert prev == pytest.approx(0.03) and how == "absolute difference"


def test_percentage_points_and_ambiguous_multiples():
    prev, _ = implied_previous(fact(95.0, "%", "95%", kind="rate"),
                               fact(2.5, "个百分点", "2.5个百分点", "提高2.5个百分点", kind="change"))
    assert prev == pytest.approx(92.5)
    prev, how = implied_previous(fact(0.72, "‰", "0.72‰", kind="rate"),
                                 fact(0.3, "个千分点", "0.3个千分点", "比上年下降0.3个千分点", kind="change"))
    assert prev == pytest.approx(1.02) and how == "absolute difference"
    prev, how = implied_previous(fact(250, "件", "250件"), fact(1.5, "倍", "1.5倍", "增长1.5倍", kind="change"))
    assert prev == pytest.approx(100) and "ambiguous" in how


def test_a_multiple_of_last_year():
    change = fact(2.3, "倍", "2.3倍", "办件量46万件，是上年的2.3倍", kind="change")
    prev, how = implied_previous(fact(460000, "件", "46万件"), change)
    assert prev == pytest.approx(200000) and how == "是上年的N倍 (×N)"


def test_stated_previous_agrees_within_printed_rounding():
    reported = fact(2588900, "件", "258.89万件", decimals=2, scale=10000)
    assert agrees(2588936, reported)
    assert not agrees(2700000, reported)


def test_signs_of_changes_as_the_words_state_them():
    """A decrease is stored as its size under words that say so (下降, 比降); a printed sign is stored with the value."""
    cur = fact(1862000000, "元", "18.62亿元", kind="amount")
    for change in (fact(2.0, "%", "2%", "一般公共预算收入18.62亿元，比降2%", kind="change"),
                   fact(2.0, "%", "2%", "一般公共预算收入18.62亿元，下降2%", kind="change"),
                   fact(2.0, "%", "2%", "降水总量18.62亿立方米，比上年偏少2%", kind="change"),  # a water bulletin's
                   fact(-2.0, "%", "-2%", "一般公共预算收入18.62亿元，增长-2%", kind="change"),
                   fact(-2.0, "%", "负2%", "一般公共预算收入18.62亿元，增速为负2%", kind="change"),
                   fact(2.0, "%", "2%", "建筑业总产值18.62亿元，负增长2%", kind="change")):  # a decrease in words
        prev, how = implied_previous(cur, change)
        assert prev == pytest.approx(1862000000 / 0.98) and how == "relative %"
