"""The indicator catalog (indicators.yaml): a fact whose label names a statistic researchers compare gets its id, and
a scope phrase is read as a kind of scope and a name, so that series do not split on phrasing."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from govpipeline.lib.extract import SUM_OF_PARTS
from govpipeline.lib.extract.patterns import PLAN_HEADING, TARGET

CATALOG_PATH = Path(__file__).with_name("indicators.yaml")
GROWTH_CONVENTIONS = ("comparable", "nominal", "count")


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    definition: str
    unit: str
    family: str
    genres: tuple[str, ...]
    pattern: re.Pattern  # any of the entry's patterns, searched in the label's own words
    within: re.Pattern | None  # any of its within, searched in the words before the label's last colon
    exclude: re.Pattern | None  # any of its excludes, anywhere in the label
    growth: str | None = None  # how a % change of it is measured: comparable, nominal or count
    kind: str | None = None  # 'change' for an indicator that is itself a change (CPI's rise)
    template_cells: tuple[str, ...] = ()  # the 2019/2021 template cells that hold the same figure
    derived_from: str | None = None  # the listed indicator a share or growth id is derived from
    units: tuple[str, ...] = ()  # other units the same count is printed in (来电 in 次, 个 or 通)
    with_whole: re.Pattern | None = None  # any of its with_whole patterns, searched in whole:part
    printed_as_change: bool = False  # a level reports also print as a change (时限较法定时限压缩68.5%)
    leads: re.Pattern | None = None  # one word that may stand before its name in a label's own words (the whole's)
    completed_as: str | None = None  # the id of its completed count, which a bare 办结 after it takes
    sentence_exclude: re.Pattern | None = None  # words of its figure's sentence that make the figure another's
    requires: re.Pattern | None = None  # words its label, sentence or heading must say (公积金 for a bare 提取额)
    sum_of: tuple[str, ...] = ()  # the ids of the parts a report may print instead of it (table four's two litigations)
    whole_of: tuple[str, ...] = ()  # ids a whole printed with a part of that id is this wider statistic instead of
    share_pattern: re.Pattern | None = None  # any of its share_patterns: its share named as a rate (空气质量优良率)
    outside_disclosure: str | None = None  # the id its count takes outside a disclosure context (a 法治政府 report's)

    def matches(self, context: str, own: str, label: str) -> bool:
        """A part (收到政府信息公开申请:当面申请) is the statistic its own words name, not its whole's; an entry with
        `within` names a part only inside a whole it names. A `with_whole` pattern reads the part with its whole
        (工单:办结 is the 工单's completion, a bare 办结 names nothing)."""
        if self.exclude is not None and self.exclude.search(label):
            return False
        if self.with_whole is not None and self.with_whole.search(f"{context}:{own}" if context else own):
            return True
        if self.pattern is None or (found := self.pattern.search(own)) is None:
            return False
        if not self.harmless_lead(own[:found.start()]):
            return False  # 不动产登记办件量, 市长信箱办结率, 重复来电: a part named in the whole's words
        return self.within is None or self.within.search(context) is not None

    def harmless_lead(self, lead: str) -> bool:
        """Whether the words before the name are all harmless: each a word of `leads` (time, coverage, a verb, a
        body, and the entry's own whole's nouns) or a piece of the indicator's own name or definition (常住人口 before
        城镇化率, 城镇 before 登记失业率, 乡镇（街道） before 便民服务中心). Any other word may name a part."""
        lead = _BARE_WINDOW.sub("", lead)
        if not lead:
            return True
        own_words = f"{self.name}\n{self.definition}"
        reachable = [True] + [False] * len(lead)
        for i in range(len(lead)):
            if reachable[i]:
                for j in range(i + 1, len(lead) + 1):
                    if not reachable[j] and (self.leads.fullmatch(lead, i, j)
                                             or j - i >= 2 and lead[i:j] in own_words):
                        reachable[j] = True
        return reachable[-1]


def _any_of(patterns: list[str] | None) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


# the windows as the label's subject (窗口提供延时服务, 窗口行政许可事项): the centre's, or its department's; a bare 窗口 before
# other words (窗口服务评价满意率) is one channel beside others
_BARE_WINDOW = re.compile(r"^窗口(?:$|(?=提供|受理|办理|开展|共|全年|累计))")
_CHANGE_UNIT = {"%": "个百分点", "‰": "个千分点"}  # a rate changes by points
# words any whole's statistic may be led by in its label (its time, its coverage, its body: 全年, 共, 各类, 县政务服务中心,
# 12345热线), learned from the blind sets' keys; an entry's `leads` adds the nouns of its own whole (工单, 诉求), and
# Indicator.harmless_lead pieces of its own name. Other words before the name qualify a part or another measure
_WHOLE_LEADS = (r"(?:[省市州盟县区旗]|本级|[省市州盟县区旗]直|全(?:地区|[省市州盟县区旗])|全年|一年来|年度|本年|今年|当年|年末|共计|共|累计|总|各类|各级|各种渠道|各|全部|"
                r"综合|平均|的|"
                r"受理|办理|完成|实现|提供|开展|接听|收到|接到|接收|达到|召开|举办|举行|组织|发布|进行|公布|梳理|确定|现有|建成|设立|推出|"
                r"配备|明确|设置|产生|属于|被|提起|发生|共有|主动|及时|积极|经审查|接通|挂牌|成立|"  # a verb or adverb names no part
                r"围绕[^:]{1,24}?(?:等(?:政策|工作|领域|方面)?|政策|工作|领域|方面)|"  # the topics (围绕稳就业、降费率等政策发布解读, 围绕重点工作发布…)
                r"因(?:政府)?信息公开(?:申请|工作)?(?:引发|引起)?|"  # the domain's own cause (因政府信息公开被申请行政复议)
                r"(?:与|涉及)(?:政府)?信息公开(?:申请|工作)?(?:有关|相关)?|"  # (发生与政府信息公开有关的行政复议案件)
                r"(?:以本机关为)?被(?:申请人|告)的|"  # the body as the party (以本机关为被申请人的…行政复议案件)
                r"(?:依申请)?(?:政务服务)?事项|"  # the items an item rate is of (政务服务事项网上可办率)
                r"\d{5}|"  # a hotline's number (12345, 12315)
                r"接诉即办|"  # the hotline's way of working, named as a program (开展“接诉即办”回访)
                r"[\u4e00-\u9fff\d+]{0,12}?(?:中心|局|厅|委|之家|热线|网站|网|平台|系统|办公室|新闻办|话务员|坐席|机关|政府|档案馆|图书馆)(?:名义)?|"
                r"(?:通过)?[^:]{1,16}?等(?:多种|各类)?(?:渠道|平台|方式|载体|途径)|"  # channels as examples: all of them
                r"、|"  # between bodies named one after another (区政务服务中心、区档案馆、区图书馆设立…)
                # a site and the other channels after it, together (门户网站及政务新媒体共主动公开…): all of them, as 等渠道
                r"(?<=[站网台])(?:及|和|与|、)[\u4e00-\u9fff]{0,8}?(?:新媒体|网站|平台|微博|公众号|客户端)|"
                r"[\u4e00-\u9fff]{1,12}?窗口|"  # a named window (中心窗口); a bare 窗口 is a channel beside others (窗口服务评价)
                r"为?(?:企业和?群众|群众和?企业|办事群众|群众|市民)|"  # the public a service is for
                r"[（(][^（）()]*[）)]|"  # a gloss: 乡镇(街道、场)
                r"(?:各级|[省市州盟县区旗])?政府(?:及其?|和)(?:[省市州盟县区旗]直|工作)?部门|"
                r"(?:第?[一二三四]季度|前三季度|[上下]半年|\d{1,2}(?:-\d{1,2})?月份?)|")  # the window its name carries


def _derived(e: Indicator) -> list[Indicator]:
    """The share and growth ids every entry implies (see indicators.yaml)."""
    def derive(suffix: str, name: str, definition: str, growth: str | None, kind: str | None,
               unit: str = "%") -> Indicator:
        return Indicator(f"{e.id}{suffix}", name, definition, unit, e.family, e.genres, e.pattern, e.within,
                         e.exclude, growth, kind, derived_from=e.id,
                         units=e.units if suffix == "_change" and unit == e.unit else (), with_whole=e.with_whole)

    if e.kind is not None:
        return []
    out = [derive("_change", f"{e.name}比上年增减", f"{e.name}比上年增减的数量（个百分点，或其单位）", None, "change",
                  _CHANGE_UNIT.get(e.unit, e.unit))]
    if e.unit not in _CHANGE_UNIT:
        out.append(derive("_share", f"{e.name}占比", f"{e.name}占其总体的比例", None, None))
    if e.share_pattern is not None:  # a share named as a rate of its own (优良天数比例) changes in points
        out.append(derive("_share_change", f"{e.name}占比比上年增减", f"{e.name}占其总体的比例比上年增减（个百分点）",
                          None, "change", "个百分点"))
    if e.growth == "nominal":
        out.append(derive("_growth", f"{e.name}名义增速", f"{e.name}比上年增长（现价，名义）", "nominal", "change"))
        out.append(derive("_real_growth", f"{e.name}实际增速", f"{e.name}扣除价格因素后比上年的实际增长",
                          "comparable", "change"))
    elif e.growth:
        what = "按可比价格计算" if e.growth == "comparable" else "数量"
        out.append(derive("_growth", f"{e.name}增速", f"{e.name}比上年增长（{what}）", e.growth, "change"))
    return out


def _default_growth(entry: dict) -> str | None:
    """An entry that names no growth convention: a sum of money grows at current prices, a count as a count; a rate's
    change is a difference in points, no growth."""
    if entry.get("kind") == "change" or entry["unit"] in ("%", "‰"):
        return None
    return "nominal" if entry["unit"].startswith("元") else "count"


@lru_cache(maxsize=1)
def catalog() -> tuple[Indicator, ...]:
    """Every indicator, the listed ones first, then the share and growth ids derived from them."""
    entries = yaml.safe_load(CATALOG_PATH.read_text(encoding="utf-8"))
    listed = []
    for e in entries:
        missing = [f for f in ("id", "name", "definition", "unit", "family", "genres") if not e.get(f)]
        if not e.get("patterns") and not e.get("with_whole"):
            missing.append("patterns")
        if missing:
            raise ValueError(f"{CATALOG_PATH}: indicator {e.get('id')!r} lacks {', '.join(missing)}")
        if e.get("growth") not in (None, *GROWTH_CONVENTIONS):
            raise ValueError(f"{CATALOG_PATH}: indicator {e['id']!r}: growth must be one of {GROWTH_CONVENTIONS}")
        listed.append(Indicator(e["id"], e["name"], e["definition"], e["unit"], e["family"], tuple(e["genres"]),
                                _any_of(e["patterns"]), _any_of(e.get("within")), _any_of(e.get("excludes")),
                                e.get("growth") or _default_growth(e), e.get("kind"),
                                tuple(e.get("template_cells", ())), units=tuple(e.get("units", ())),
                                with_whole=_any_of(e.get("with_whole")),
                                printed_as_change=bool(e.get("printed_as_change")),
                                leads=re.compile(_WHOLE_LEADS + "|".join(e.get("leads", ())) + ")"),
                                completed_as=e.get("completed_as"),
                                sentence_exclude=_any_of(e.get("sentence_excludes")),
                                requires=_any_of(e.get("requires")),
                                sum_of=tuple(e.get("sum_of", ())), whole_of=tuple(e.get("whole_of", ())),
                                share_pattern=_any_of(e.get("share_patterns")),
                                outside_disclosure=e.get("outside_disclosure")))
    every = tuple(listed + [d for e in listed for d in _derived(e)])
    ids = [i.id for i in every]
    if dupes := sorted({i for i in ids if ids.count(i) > 1}):
        raise ValueError(f"{CATALOG_PATH}: duplicate indicator ids: {', '.join(dupes)}")
    if unknown := sorted({p for i in every for p in (*i.sum_of, *i.whole_of, *filter(None, [i.outside_disclosure]))}
                         - set(ids)):
        raise ValueError(f"{CATALOG_PATH}: sum_of, whole_of or outside_disclosure names unknown ids: {', '.join(unknown)}")
    return every


@lru_cache(maxsize=1)
def _levels() -> tuple[dict[str, tuple[Indicator, ...]], dict[str, tuple[Indicator, ...]]]:
    """Listed indicators by unit: those that are levels, and those that are themselves changes."""
    listed = [i for i in catalog() if i.derived_from is None]
    levels, changes = {}, {}
    for i in listed:
        for unit in (i.unit, *i.units, *_SAME_UNIT.get(i.unit, ())):
            (changes if i.kind == "change" else levels).setdefault(unit, []).append(i)
            if i.printed_as_change:
                changes.setdefault(unit, []).append(i)
    return ({u: tuple(v) for u, v in levels.items()}, {u: tuple(v) for u, v in changes.items()})


# units that count the same things under another measure word (工作人员173名 is 173人)
_SAME_UNIT = {"人": ("名",)}
# weights and areas printed in another measure than the indicator's (粮食总产量42.1亿斤, 粮食播种面积412.6千公顷): the
# indicator's unit and the factor (a 公顷 is 15 亩 by definition)
_WEIGHTS = {"斤": ("吨", 0.0005), "公斤": ("吨", 0.001), "公顷": ("亩", 15.0)}


def in_indicator_unit(metric_id: str | None, unit: str, value: float) -> tuple[str, float]:
    """(unit, value) of a fact in its indicator's unit: a weight or an area the indicator also counts in (`units`: 斤,
    公斤; 公顷) converted to its own (tonnes; 亩), so one series holds one unit whatever each year printed; any other fact
    as it is."""
    indicator = _by_id().get(metric_id or "")
    if indicator and unit in indicator.units and (to := _WEIGHTS.get(unit)) and to[0] == indicator.unit:
        return to[0], value * to[1]
    return unit, value


def weight_conversions() -> list[tuple[str, str, str, float]]:
    """(indicator id, printed unit, the indicator's unit, factor) for every weight an indicator also counts in (grain_output
    in 斤: 吨, 0.0005) and its own unit (吨: 吨, 1): what in_indicator_unit converts, as rows a query can join."""
    weights = [(i.id, u, i.unit, to[1]) for i in catalog() for u in i.units if (to := _WEIGHTS.get(u)) and to[0] == i.unit]
    return weights + [(i, unit, unit, 1.0) for i, unit in sorted({(i, to) for i, _, to, _ in weights})]


@lru_cache(maxsize=1)
def _base_ids() -> frozenset[str]:
    return frozenset(i.id for i in catalog())


# the window extraction appends to a name (受理申请(1-11月份), 办结率(上半年), 参保人数(截至10月底), a school year's
# report's 收到信息公开申请(学年)): the figure is
# the indicator's over that part of the year; the series and comparisons keep it apart from whole years (WINDOW_SQL)
WINDOW_PATTERN = r"\(([^()]*(?:月|季度|半年|学年)[^()]*)\)$"
_WINDOW = re.compile(WINDOW_PATTERN)
_CN_MONTH = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十一": 11, "十二": 12}
_MONTH = r"(\d{1,2}|十[一二]?|[一二两三四五六七八九])"
_QUARTER = re.compile(r"(前)?第?([一二两三四1-4])(?:个)?季度")
_MONTHS = re.compile(rf"{_MONTH}(?:月)?[-至到~—－]{_MONTH}月")
_UP_TO = re.compile(rf"(?:截[至止]|至){_MONTH}月(?:底|末|\d{{1,2}}日)?")
_ONE_MONTH = re.compile(rf"{_MONTH}月")


def period_of(window: str | None) -> str:
    """The months a window of the year covers, one way however a report words it: 第三季度 and 7-9月份 are 7-9月,
    前三季度 and 1至9月 are 1-9月, 上半年 and 截至6月底 are 1-6月; '' for a whole year's figure, and the window as
    printed when it names no months."""
    if not window:
        return ""
    w = re.sub(r"^(?:19|20)\d{2}年(?:度)?", "", window.replace("月份", "月").strip()) or window  # 2024年第二季度: the year's
    month = lambda m: int(m) if m.isdigit() else _CN_MONTH[m]  # noqa: E731
    if m := _QUARTER.fullmatch(w):
        q = month(m.group(2))
        return f"{1 if m.group(1) else 3 * q - 2}-{3 * q}月"
    if w in ("上半年", "下半年"):
        return "1-6月" if w == "上半年" else "7-12月"
    if m := _MONTHS.fullmatch(w):
        return f"{month(m.group(1))}-{month(m.group(2))}月"
    if m := _UP_TO.fullmatch(w):
        return f"1-{month(m.group(1))}月"
    if m := _ONE_MONTH.fullmatch(w):
        return f"{month(m.group(1))}月"
    return w


# a heading that speaks of several years (过去五年工作回顾, “十三五”时期…): its figures may be their sums
_SEVERAL_YEARS = re.compile(r"[二两三四五十]年(?:来|间)|过去[两三五]年|十[二三四]五”?(?:期间|以来|时期)")
# bodies listed one after another before a rate (市住建局、市人社局…按期办结率)
_LISTED_BODIES = re.compile(r"(?:局|委员会|委|办公室|中心|政府|办事处|街道|[乡镇])、[^:]{1,24}?(?:局|委员会|委|办公室|中心|政府|办事处|街道|[乡镇])")
# the figure before a reform, set against the one after it (办结时限(原) 20, 办结时限(现) 5): not the year's
_BEFORE = re.compile(r"\((?:原|以前|之前|改革前|原来)\)$")
# a share's own words: the part's name, then 占比 / 比重 / 比例 (当面申请占比, 民生支出占一般公共预算支出比重)
_SHARE = re.compile(r"(?:占[^:]*?)?(?:的)?(?:所占)?(?:占比|比重|比例|比率)$|占[^:]+$")  # 优良天数比率
# a change's own words: the indicator's name, then the comparison and its direction (比上年增长, 同比下降, 增长)
# 比年初: a stock's change since the year's start, its growth over the year (存款余额比年初增长10.5%)
_GROWTH = re.compile(r"(?:比上年末?|(?:比|较)(?:去年|上年)(?:同期|预算数?|决算数?)?|同比|环比|较上年末?|(?:比|较)年初)?(?:按?(?:同|可比)口径)?(?:名义|实际)?(?:增长|增加|下降|减少|上涨|上升|提高|提升|回落|增产|减产|下滑|比增|增速)$")
_BASE_YEAR = re.compile(r"\d{4}年")
_PERIOD_BEFORE = re.compile(r"[较比]上(?:个)?(?:月|季度?|半年)")
# a part that extraction wrote as its whole's name with what it includes (政策解读文章(含图解) for 其中图解12篇): not the
# whole's statistic, and what the whole includes is no statistic of its own
_INCLUDED = re.compile(r"\(含[^()]*\)$")
# quotation marks around a reform's name (“跨省通办”事项) say nothing about the statistic
_QUOTES = re.compile(r"[“”‘’\"']")
# a net addition to a stock (净增, 净增加; not 净增长, a growth): the stock's change, whose bare 总数 after it is the stock
_NET_ADDED = re.compile(r"^(?:全年|当年|年内)?净增(?:加)?(?!长)")
_BARE_TOTAL = re.compile(r"^(?:总数|总量)$")
# the price basis a growth is stated at (地区生产总值按可比价格计算增长): the indicator's growth convention says it
_PRICE_BASIS = re.compile(r"按(?:可比价格?|现价|当年价格?)(?:计算)?$")
# a share written as its formula and then named in brackets (城镇常住人口占常住人口比重（常住人口城镇化率）): the name is
# the statistic, and the formula's words before it are no part's
_GLOSSED = re.compile(r"^[^（）()]*占[^（）()]*(?:比重|比例)[（(]([^（）()]{2,})[）)]")
# a figure a later report restates as revised (2021年地区生产总值经最终核实后为…, 2022年社会消费品零售总额修正为…,
# 人均可支配收入2022年根据第五次全国经济普查结果修订为…): the indicator's, named without the revision's words, the year
# a note's number and the whole place's words (全县, 全地区); a revision of other things (规范性文件修订) names no year, no
# 经/根据 before it and no 后 after it
_REVISED_BY = re.compile(r"^(?:数据)?(?:经|根据)|后$")
_REVISION_WORDS = re.compile(r"(?:数据)?(?:(?:经|根据)[^:]{0,16}?)?(?:最终)?(?:核实|修订|修正)后?$")
_NOTE_AND_YEAR = re.compile(r"^(?:\d{1,2}[.．、])?(?:\d{4}年)?(?:全(?:地区|[省市州盟县区旗]))?|\d{4}年$")


def _unrevised(own: str) -> str:
    m = _REVISION_WORDS.search(own)
    if not m or not (_REVISED_BY.search(m.group()) or _BASE_YEAR.search(own[:m.start()])):
        return own
    return _NOTE_AND_YEAR.sub("", own[:m.start()])


# a real growth's words before the figure (扣除价格因素实际增长)
_REAL = re.compile(r"实际|扣除价格因素|(?:按)?可比价格?(?:计算)?")  # 按可比价格增长3.2%: a sum of money's real growth


def _split(label: str) -> tuple[str, str]:
    """(the whole a part belongs to, the part's own words): 收到申请:当面申请 -> (收到申请, 当面申请). A table's
    `row|column` is read as the row's name when the column only says what kind of figure it holds."""
    cut = label.rfind(":")
    return (label[:cut] if cut >= 0 else ""), label[cut + 1:]


def _first(candidates, context: str, own: str, label: str) -> Indicator | None:
    return next((i for i in candidates if i.matches(context, own, label)), None)


# a part of the body a qualifier names (专区全年受理, 企业专线办结率, 不动产登记窗口:办件量, 涉企事项, 企业诉求) or of its work
# (重点项目帮办代办), a second round or a repeat (二次回访, 重复来电), the night hours: the whole's words for one zone's, line's,
# window's or class of cases' figure, not the whole's statistic. A window named by what it does for the
# whole (综合受理窗口, 服务窗口, 中心窗口) is the centre's own, and so are its 窗口单位 (the departments it houses), and
# all of them (各窗口); a 便民专线 is a hotline's name
_QUALIFIED_PART = re.compile(r"专区|(?<!便民)专线|专窗|涉企|企业诉求|重[点大]项目|重复|二次|再次|夜间"
                             r"|(?<=[\u4e00-\u9fff]{2})(?<!办理)(?<!受理)(?<!办结)(?<!各类)(?<!各项)(?<!服务)(?<!审批)(?<!主营)业务"
                             r"|(?<=[\u4e00-\u9fff]{2})(?<!各)(?<!所有)(?<!全部)(?<!综合)(?<!受理)(?<!办事)(?<!服务)(?<!进驻)(?<!设置)(?<!开设)(?<!常设)(?<!中心)(?<!大厅)窗口(?!单位)")
# a sentence whose opening clause is about a part (不动产登记业务办件4.8万件，平均办理时长1.5个工作日): the part is the
# subject of its later figures too. Only when the part heads the clause, not an object after a verb (设立帮办代办窗口…)
_SUBJECT_PART = re.compile(rf"^(?:其中|另外|此外|同时)?[^在设建开配为对向]{{0,10}}?(?:{_QUALIFIED_PART.pattern})")
# a threshold before a rate's name (15秒接通率, 24小时办结率, 3个工作日内办结率): another measure than the bare rate; an
# average's window (臭氧日最大8小时平均浓度) is none
_THRESHOLD = re.compile(r"(?<!\d)(?<!最大)\d+(?:秒|分钟|小时|个?工作日|天|日)内?(?=[\u4e00-\u9fff])")
# a school level a bulletin's sentence names before a bare 在校学生 or 专任教师, or all schools (各级各类学校)
_SCHOOL_LEVEL = re.compile(r"各级各类|幼儿园|学前|义务教育|小学|初级中学|初中|普通高中|中等职业(?:教育|学校)?|中职|特殊教育|高等|高校|大学|技工")
# the places below at a label's head (各乡镇共主动公开…, 县市区办件量): their figure, not the whole's, unless the indicator
# counts them (乡镇便民服务中心)
_SUBREGION_HEAD = re.compile(r"^(?:各(?:县|区|乡|镇|街道)|乡镇|镇街|街道|县市区|县区|村)")
_OF_PLACES_BELOW = re.compile(r"乡镇|街道|村|社区")
# a site's column (信息公开专栏, 栏目): its own statistic when printed alone, a part when its whole is the site's same one
_COLUMN = re.compile(r"专栏|栏目")


def metric_id_for(label: str | None, unit: str, kind: str, scope: str | None = None,
                  clause: str | None = None, sentence: str | None = None, own_names: str = "",
                  before: str = "", section: str | None = None) -> str | None:
    """The catalog id of a fact (label_metric_id), or None also when its scope phrase, the clause its figure ends
    (the words from the last comma to the figure) or the head of its sentence's opening clause (its subject, when the
    figure is in a later clause of ``sentence``, the words from the sentence's start or last semicolon to the figure)
    names a part its label lost, and the fact would be filed under the whole: 办结率 scoped 营商环境专线, 回访 in
    对不满意工单开展二次回访2.3万件, 平均办理时长 after 不动产登记业务办件4.8万件. The whole's words under a part's name are
    the part's statistic. A department's scope (市公安局窗口) keeps its id: its series is the department's. A figure
    filed under the whole whose label or a clause of whose sentence opens with a named place that is none of the
    report's ``own_names`` (its title, body, issuer and region) is that place's (…；清河县承办7.2万件，满意率94.2%;
    分市看，…；西岭市8432.6亿元，增长5.8%). A bare 日均受理 takes the daily id of its sentence's earlier figure's
    indicator (受理群众诉求…，日均受理3607件: hotline_cases_daily); a bare 办结 after a clause that received a part
    (局本级受理备案事项930件，办结930件) is that part's, and a part named with a gloss that lists several (网络渠道（网站、
    微信、APP）) is their sum, none of them. A bare 办结 after one whose indicator has a completed count that
    count's (收到政府信息公开申请126件，上年结转4件，办结125件: disclosure_requests_answered). A litigation's outcome
    (法院判决维持, 行政复议:行政诉讼:维持) takes the direct or after-reconsideration cell its sentence names, and no id
    when the sentence names neither. The report's own words (``own_names``) supply what a label leaves unsaid: its
    department's domain (人社政务服务事项网上可办率 in a 人社厅's report) and its subject's whole (电话渠道受理 in a
    hotline's report, 按时答复率 in a disclosure report). ``before`` is the sentence's part before its last semicolon:
    the subject a part that names none goes on with (热线受理诉求…；按期办结率98.6%). ``section`` is the heading the
    figure is under: 发布政府信息 under a disclosure report's 主动公开 heading is what it proactively disclosed."""
    if label and _ESTIMATED.match(label) and (section and _REVIEW.search(section) or _past_estimate(section, sentence, own_names)):
        label = _ESTIMATED.sub("", label)  # 预计全县地区生产总值 under 2022年工作回顾: the past year's preliminary figure
    place = named_subregion(label, scope, sentence, own_names)
    if place:  # 潼川镇全年受理诉求: the whole's statistic, of the place that names it (its scope, see stages)
        label = _without_place(label, place)
    elif label and canonical_scope(scope)[0] == "subregion":  # 河西区受理 scoped 河西区, the label 受理
        label = _place_intake(label)
    spent = False
    if label and "|" in label and _BUDGET_REPORT.search(own_names):
        label, spent = _budget_table_label(label, own_names)
    found = _label_id(label, unit, kind, own_names, sentence or "")
    # (小学、初中专任教师分别为…，生师比分别为16.5:1和13.5:1: each level's in turn, which the last level is not)
    if label and sentence and (levels := _SCHOOL_LEVEL.findall(sentence)) and not levels[-1].startswith("各级各类") \
            and not ("分别" in sentence and len(set(levels)) > 1) \
            and ((bare := _school_total(own_words := _split(label)[1], unit, kind)) and found in (None, bare)
                 or found is None and own_words == "生师比"):
        # 普通高中22所，在校学生4.86万人 (or under 在校学生…其中: 小学386所，在校生…; 小学…，专任教师…，生师比16.8:1): the
        # level its sentence last named, not all schools' (none if the level is not catalogued)
        found = label_metric_id(f"{levels[-1]}:{own_words}", unit, kind)
    if found and _by_id().get(found, _NO_INDICATOR).family == "department budget" and not spent:
        found = _department_budget_id(found, own_names)
        if kind == "change" and sentence and (against := _AGAINST_BUDGET.search(sentence)) \
                and (against.group(1) is None or f"{against.group(1)}年" in own_names):
            return None  # 比年初预算减少1.8万元，下降1.2%: against its budget, not the year before
    if found and kind == "change" and found.endswith("_growth") and sentence and _AFTER_DOLLARS.search(sentence) \
            and (dollars := found.removesuffix("_growth") + "_usd") in _by_id():
        found = dollars + "_growth"  # 折合61.2亿美元，增长32.1%: measured in dollars, not the 元 total's growth
    clauses = _CLAUSE.split(sentence) if sentence else []
    if found and kind == "change" and label and "环比" in label and (
            _WINDOW.search(label) or _PART_OF_YEAR.search(sentence[:len(sentence) - len(clauses[-1])] if clauses else "")):
        # 受理群众诉求环比下降(10月), 12月份办件量2.1万件，环比增长8.3%: a month's change against the month before (a
        # year's 环比 is its year's)
        return None
    if found and kind == "change" and label and _AGAINST_PERIOD.search(label):
        return None  # 满意率较一季度提高0.6个百分点, 增速比1-9月回落: against an earlier part of the year, no year's change
    own = _split(_WINDOW.sub("", label))[1] if label else ""
    if found in (None, "government_information_posts") and section and _PROACTIVE_SECTION.search(section) \
            and _DISCLOSURE_REPORT.search(own_names) and _POSTED_INFORMATION.match(own):
        found = label_metric_id("主动公开政府信息", unit, kind)  # elsewhere 发布政务信息 counts posts (briefings' sense)
    if found is None and label and _BARE_DAILY.match(own):  # 日均, or 受理情况:日均
        found = _daily_of(_CLAUSE.split(_GLOSS.sub("", sentence))[:-1] if sentence else [], unit) \
            or _daily_of(_CLAUSE.split(_GLOSS.sub("", before)), unit) \
            or ("hotline_cases_daily" if unit == "件" and _HOTLINE_REPORT.search(own_names) and _BARE_DAILY_CASES.match(own)
                and not before and len(_CLAUSE.split(sentence or "")) == 1 else None)
        # 受理诉求…，环比增长9.4%；日均受理3460件; in a hotline's own report, 日均受理1468件 opening a sentence of its own
    if found is None and label and _BARE_ACTUAL.match(own):  # …年初预算18.6万元，支出决算16.1万元: what its budget was for
        found = _spent_of(clauses[:-1], unit, own_names)
    if found and _BARE_COMPLETION.match(own):
        # …工单23.8万件，比上年增长10.2%；办结23.6万件: opening after a semicolon, of what the part before received
        received = clauses[:-1] or _CLAUSE.split(before)
        if _of_a_part(received, unit):
            return None
        found = _completion_of(received, unit) or (
            "hotline_cases_completed" if found == "service_cases_completed" and _HOTLINE_REPORT.search(own_names)
            else found)  # in a hotline's own report, a bare 办结 whose intake was not read is still the hotline's
    if found == "service_cases_completed" and _DISCLOSURE_REPORT.search(own_names) and _ANSWERS.search(sentence or "") \
            and not _CENTRE_OR_HOTLINE.search(f"{label}{sentence}"):
        found = "disclosure_requests_answered"  # 予以公开的60件，…，总计办结99件: the requests answered
    if found is None and unit == "件" and sentence and "不予公开" in sentence \
            and (_REFUSALS_OPEN.match(sentence) or _REFUSALS_BRACKET.search(sentence[:max(sentence.find(own), 0)])) \
            and (reason := label_metric_id(f"不予公开:{own}", unit, kind)) and reason.startswith("refusal_"):
        found = reason
    if sentence and unit == "件" and _REMEDY_OUTCOME.match(own):
        if _LITIGATION.search(label) or _LITIGATION.search(sentence):
            found = _litigation_outcome(own, unit, kind, sentence)
        elif found is None and _RECONSIDERATION.search(sentence):  # 被申请行政复议5件，复议机关维持4件: its whole's outcome
            found = label_metric_id(f"行政复议:{own}", unit, kind)
    if found and sentence and found.split("_")[0] in ("deposits", "loans") and not _CURRENCY.search(own) \
            and (said := _CURRENCY.findall(before + sentence[:max(sentence.find(own), 0)])) and said[-1] == "人民币":
        # 人民币各项存款余额…；各项贷款余额…: the currency its sentence named before it (none: all currencies)
        found = found.replace(found.split("_")[0], found.split("_")[0] + "_rmb", 1)
    glossed = clause and _SEVERAL_GLOSSED.search(clause)
    if found and not glossed and found.endswith(("_share", "_growth", "_change")) and len(clauses) > 1:
        # …（微信、网站、APP）受理1,547件，占17.9%(，增长35.4%): the share (growth) of a sum its sentence printed just before
        glossed = _SEVERAL_GLOSSED_FIGURE.search(sentence[:len(sentence) - len(clauses[-1])])
    if found and glossed and not _WEB_SITES.match(glossed.group()) \
            and _base_of(found).within is not None:
        return None  # 网络渠道（网站、微信、APP）16.3万件: several parts together, none of them alone
    if found and found.endswith("_growth"):
        found = _growth_of(clauses[:-1], found, label or "")
    elif found and found.endswith("_share") and label:
        found = _share_of(clauses[:-1], label, found, own_names)
    if found and found.endswith("_share") and _OF_A_LARGER_WHOLE.search(own) \
            and _base_of(found).within is None:
        return None  # 办件占全市办件总量的20.5%: a body's share of a larger whole, not a part's share of its own whole
    if label and sentence and (proposals := _proposals_rate(label, unit, kind, sentence, before, section, own_names)):
        return proposals[0]  # 办理人大代表建议87件、政协委员提案112件，办复率均为100%: both kinds' 办复率
    if found and sentence and _by_id().get(found, _NO_INDICATOR).unit == "%" and _PROPOSALS.search(sentence):
        return None  # …人大代表建议87件，占全部的20.3%: no rate of the catalog's
    if label and (_OTHER_CASES_REPORT.search(own_names) and not _SERVICE_OR_HOTLINE_NAMED.search(own_names)
                  or "信访" in f"{label}{sentence}") \
            and (found is None or _service_or_hotline(found)) \
            and not _SERVICE_OR_HOTLINE_NAMED.search(f"{label}\n{before}\n{sentence or ''}\n{section or ''}"):
        # a court's, a 信访 office's, a 12315 line's 办结率, 满意率, 来电, 接通率: their own, no 政务服务 or 12345
        # statistic; a 信访 report's or sentence's bare 按期办结率 and 参评满意率 are its petitions'
        found = _petitions_id(label, unit, kind, f"{own_names}{label}{sentence}")
    if found and sentence and _REFERRALS_RECEIVED.search(sentence) \
            and (_DISCLOSURE_REPORT.search(own_names) and "热线" not in own_names
                 or _DEPARTMENT_REPORT.search(own_names) and not _HOTLINE_OR_SERVICE_BODY.search(own_names)
                 and _BODY_TOOK_ON.search(sentence)):
        # 办理12345热线转办群众诉求128件，办结率100% in a disclosure report, or a 局's own summary saying it took them on:
        # the referrals a body took on, whose rates would share a series with its window's
        return None
    if found and _by_id()[found].family == "rule_of_law" and _DISCLOSURE_REPORT.search(own_names):
        return None  # 行政诉讼…败诉率5.7% in a disclosure report: its disclosure suits', not every suit of the government
    if found and (required := _base_of(found).requires) \
            and not required.search(f"{label}\n{before}\n{sentence or ''}\n{section or ''}\n{own_names}"):
        # 提取额52.16亿元 (after …住房公积金缴存额…；): the fund's only where its sentence, heading or report says so
        return None
    if found and _by_id()[found].family == "finance" and "公积金" in own_names:
        # 贷款余额236.45亿元 in a 住房公积金 report: the fund's loans, no bank's (its 存款 no statistic of the fund's)
        fund = label_metric_id(f"住房公积金{own}", unit, kind)
        found = fund if fund and _by_id()[fund].family == "housing fund" else None
    if found and (excluded := _base_of(found).sentence_exclude) \
            and (sentence and excluded.search(sentence)
                 or section and (years := _SEVERAL_YEARS.search(section)) and excluded.search(years.group())):
        # (一、过去五年工作回顾 …；建成高标准农田48.6万亩: a heading over several years counts as the sentence's words)
        # 收取政府信息公开费用0元，减免费用120元: the disclosure fees waived, not the fees a centre cut; what the report's
        # own words make of it instead (新收政府信息公开申请8件…，按时办结率100%: the requests' reply rate)
        found = _in_own_words(label, unit, kind, own_names, sentence) if label and own_names else None
        if found is None or _by_id()[found].sentence_exclude is not None:
            return None
    if found and _DISCLOSURE_REPORT.search(own_names) and _unsaid_whose(found) \
            and not _CENTRE_OR_HOTLINE.search(f"{label}{sentence}") \
            and not (_CENTRE_OR_HOTLINE.search(before) and not _OTHER_WHOSE.search(f"{label}{sentence}")):
        return None  # 办理情况：已办结37件，按时办结率100% in a disclosure report: its requests', a mailbox's or a centre's
    if found and own_names and not _DISCLOSURE_REPORT.search(own_names) \
            and _by_id().get(found, _NO_INDICATOR).family == "remedies" \
            and "信息公开" not in f"{label}{before}{sentence}{section or ''}":
        # 收到行政复议申请386件 in a 法治政府 report: all the government's reconsiderations, not disclosure's; no
        # outcome of them is catalogued
        # (received or handled, not the part accepted or closed: 受理118件 beside 收到136件)
        base = _base_of(found)
        general = base.outside_disclosure and _by_id()[base.outside_disclosure]
        return general.id + found[len(base.id):] \
            if general and general.pattern.search(_GROWTH.sub("", _split(label)[1])) else None
    if found is None or not (scope or clause or sentence or own_names):
        return found
    subject = clauses[0] if len(clauses) > 1 else None
    scope_kind, scope_name = canonical_scope(place or scope)
    if scope_kind == "whole" and _OWN_PLACE_NAMED.search(own_names) and any(
            (named := _NAMED_PLACE.match(words)) and named.group(1) not in own_names
            for words in (*clauses, *_split(label or "")) if words):
        return None
    if scope_kind == "subregion" and subject and (named := _NAMED_PLACE.match(subject)) \
            and named.group(1) != scope_name:
        return None  # 东城区受理…；西城区受理2.76万件，按期办结率96.1%: another place's figure than its scope's
    if scope_kind == "subregions":
        # the places below together (县级, 各县（区）, 县域 in a city's report; 各乡镇便民服务中心, 村级代办点 in a county's)
        # are compared: their own series, named by their level
        indicator = _by_id().get(found.removesuffix("_change"))
        if indicator and "单位" in indicator.name:
            return None  # 承办单位186家，其中市直部门68家、区县（市）12个: the places are the units counted
    if scope_kind != "whole":
        return found
    if scope and scope.endswith("窗口"):
        return None  # a window that is no department's (综合受理窗口受理办件…，占全部办件的68.4%): one channel's figures
    indicator = _by_id().get(found.removesuffix("_change"))
    for words, where in ((scope, _QUALIFIED_PART.search), (clause, _QUALIFIED_PART.search), (subject, _SUBJECT_PART.match)):
        if words and (part := where(words)):
            named = _QUALIFIED_PART.search(words, part.start(), part.end())  # the qualifier, without the head's words
            if indicator is None or named.group() not in indicator.name:
                return None
    return found


# the clause a growth ends right after a figure in dollars (…亿美元，增长…)
# (only the change's words: 美元，进出口总额增长 names another subject)
_AFTER_DOLLARS = re.compile(r"美元[）)]?[，,](?:比上年|同比|较上年|比去年)?(?:增长|下降|增加|减少|上升|回落)$")
# a work report's heading over the year it reviews (一、2022年工作回顾), and an estimate's word with the whole area after
# it, which extraction leaves in the label (预计全县地区生产总值)
_REVIEW = re.compile(r"回顾")
_ESTIMATED = re.compile(r"^(?:初步)?预计(?:初步)?(?:全年)?(?:全[省市州盟县区旗]|全地区)?")  # (初步预计 may come out 预计初步)
# the coming year a forecast names (预计今年…): not the past year's estimate
_COMING_YEAR = re.compile(r"今年|明年|来年|下一?年")


# a budget report (部门预算, 部门决算, a government's 预算执行/预算草案), whose department figures (“三公”经费, 车辆) are the
# department's; and a department's budget, not its final accounts: every amount it prints is one its budget sets
_BUDGET_REPORT = re.compile(r"预算|决算")
# against the year's own budget (比年初预算, 比2022年度预算数 in a 2022 决算; 较2024年预算 in a 2025 budget is the year before's)
_AGAINST_BUDGET = re.compile(r"[比较](?:年初|(20\d\d)年度?)?预算")
_DEPARTMENT_BUDGET = re.compile(r"(?:部门|单位)预算|预算(?:信息)?公开|预算(?:情况)?的?说明")


def _department_budget_id(found: str, own_names: str) -> str | None:
    """A department's budget statistic (“三公”经费, 公务接待批次, 车辆) is read in a budget report only; in a department's
    budget (not its final accounts: no 决算 in its title) an amount named bare (公务接待费6.2万元) is the budget's,
    `<id>_budget`, as 预算数 or 年初预算 names it in a 决算, so budgets and what was spent never share a series."""
    if not _BUDGET_REPORT.search(own_names):
        return None
    base = _by_id()[found].derived_from or found
    budget = f"{base}_budget"
    if budget in _by_id() and _DEPARTMENT_BUDGET.search(own_names) and "决算" not in own_names \
            and "预算执行" not in own_names:
        return budget + found[len(base):]
    return found


# a budget report's table columns (the year is the cell's): what the budget set, what was spent, a change against the
# year before, and a change against the budget (决算数比预算数增减), which no indicator holds
_BUDGET_COLUMN = re.compile(r"^(?:年初)?预算(?:数|安排)?(?:数)?$")
_SPENT_COLUMN = re.compile(r"^(?:支出)?决算(?:数)?$|^(?:实际)?支出(?:数|额)?$")
_CHANGE_COLUMN = re.compile(r"^(预算|决算)?数?(?:(?:(比|较)上年(?:同期)?|同比)?增减(?:额|变化|数)?$|(比|较)上年(?:同期)?(?:增长|下降|增减))")
_AGAINST_BUDGET_COLUMN = re.compile(r"[比较](?:年初)?预算")
_MEASURE_COLUMNS = (_BUDGET_COLUMN, _SPENT_COLUMN, _CHANGE_COLUMN, _AGAINST_BUDGET_COLUMN)


def is_budget_report(own_names: str) -> bool:
    return _BUDGET_REPORT.search(own_names) is not None


def _budget_table_label(label: str, own_names: str) -> tuple[str | None, bool]:
    """A budget report's table cell `row|column` whose row names the statistic and whose column what of it: the
    label the catalog reads (因公出国（境）费|预算数: 因公出国（境）费预算数), and whether the column says it was spent (a
    决算 column in a 部门预算 is still what was spent). A bare 增减 is against the year before only in a department's
    budget, which has nothing else to compare with; in final accounts it may be against the budget: no id."""
    row, column = label.rsplit("|", 1)
    if not any(r.match(column) for r in _MEASURE_COLUMNS) and any(r.match(row) for r in _MEASURE_COLUMNS):
        row, column = column, row  # a table transposed: 预算数 a row, the items its columns
    row = row.removesuffix("小计")  # 公务用车购置及运行费 over 小计, 购置费 and 运行费: its 小计 is itself
    if _BUDGET_COLUMN.match(column):
        return f"{row}预算数", False
    if _SPENT_COLUMN.match(column):
        return f"{row}决算数", True
    if _AGAINST_BUDGET_COLUMN.search(column):
        return None, False
    if (change := _CHANGE_COLUMN.match(column)) and (change.group(2) or change.group(3) or (
            _DEPARTMENT_BUDGET.search(own_names) and "决算" not in own_names)):
        # (预算比上年增长, 决算数比上年增减: the change of what the column names)
        measure = {"预算": "预算数", "决算": "决算数"}.get(change.group(1), "")
        return f"{row}{measure}比上年增长", change.group(1) == "决算"
    return label, False


def _past_estimate(section: str | None, sentence: str | None, own_names: str) -> bool:
    """Whether an estimate (预计全年实现地区生产总值…) in a government work report is the year under review's preliminary
    figure though no 回顾 heading says so (过去一年，…预计全年实现…, a review opening the report with no heading): outside a
    plan's heading, in a sentence that names no coming year. A plan's figures are targets, which get no id anyway."""
    return "政府工作报告" in own_names and not (section and PLAN_HEADING.search(section)) \
        and not _COMING_YEAR.search(sentence or "")
# how far before its part a whole may be printed (全年财政收入…，比上年增长…。其中，地方一般公共预算收入…)
_PART_REACH = 80


def widen_wholes(facts: list[dict]) -> None:
    """A whole printed just before a part of its own indicator (全年财政收入20.4亿元，增长10.5%。其中，地方一般公共预算收入
    11.8亿元: the part's label is 财政收入:地方一般公共预算收入, both read as general_budget_revenue) is the wider statistic
    whose entry lists that indicator in `whole_of` (fiscal_total_revenue), and so are its changes. A part that is a
    level's (其中县级一般公共预算收入, 市本级) is the same statistic of fewer places: no wider whole."""
    for part in facts:
        label, pid = part["metric"] or "", part["metric_id"]
        if not pid or ":" not in label or canonical_scope(part["scope"])[0] in ("own_level", "subregions"):
            continue
        whole, base = label[:label.rfind(":")], _by_id()[pid].derived_from or pid
        wider = next((i.id for i in catalog() if base in i.whole_of), None)
        for f in facts if wider else ():
            fid, name = f["metric_id"], f["metric"] or ""
            if fid and name.startswith(whole) and ":" not in name[len(whole):] \
                    and (_by_id()[fid].derived_from or fid) == base and 0 <= part["start"] - f["end"] <= _PART_REACH:
                f["metric_id"] = fid.replace(base, wider, 1)


def unsum_glossed_parts(facts: list[dict], text: str) -> None:
    """A part whose bracket right after its figure lists parts, its own id among them (网络渠道15246件（微信公众号8124件，
    网站4318件，APP2804件）: 网络渠道 read as the web's), is those parts together, none of them: no id. A part broken
    down into other things (电话受理…（人工…，智能语音…）) keeps its id."""
    for f in facts:
        if not f["metric_id"] or _by_id()[f["metric_id"]].within is None or text[f["end"]:f["end"] + 1] not in ("（", "("):
            continue
        close = min((i for i in (text.find("）", f["end"]), text.find(")", f["end"])) if i > 0), default=-1)
        inside = [g["metric_id"] for g in facts if f["end"] < g["start"] < close and g["metric_id"]]
        if len(inside) >= 2 and f["metric_id"] in inside:
            f["metric_id"] = None


# a disclosure report's heading on what it disclosed of its own accord (二、主动公开政府信息情况), and the words under
# it that say so without 主动公开 (全年累计发布政府信息4415条)
_PROACTIVE_SECTION = re.compile(r"主动公开")
_POSTED_INFORMATION = re.compile(r"^(?:全年|累计|共|共计)*发布(?:各类)?(?:政府|政务)?信息$")
# a month, a quarter or a half year named before a figure (12月份办件量…，环比增长8.3%)
_PART_OF_YEAR = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?|第[一二三四1-4]季度|[上下]半年")
# an earlier part of the year a change is against (较一季度, 比上月, 较上半年, 比1-9月), not the year before
_AGAINST_PERIOD = re.compile(r"(?:比|较)(?:上|前)?(?:第?[一二三四1-4]|个)?(?:季度|月份?)|(?:比|较)[上下]半年"
                             r"|(?:比|较)(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:[-—至~～](?:\d{1,2}|[一二三四五六七八九十]{1,2}))?月份?")
# a share of the whole region's or country's total (占全市办件总量的, 占全省的)
_OF_A_LARGER_WHOLE = re.compile(r"占全[省市州盟县区旗国]")
# proposals handled (人大代表建议, 政协委员提案): a rate printed after them is theirs, whatever its name
_PROPOSALS = re.compile(r"代表(?:意见)?建议|委员提案|政协提案")
# a rate of proposals (办复率, 满意和基本满意率, 解决采纳率), in the words its entries are named by (办结 and 答复 are 办复)
_PROPOSAL_RATE = re.compile(r"(?<!按时)(?<!按期)(?<!及时)(?<!不)(办复|办结|答复|满意(?:和|或|及)?(?:基本满意)?|解决(?:和|或|及)?(?:采纳)?|采纳)(?:率|度)")
_RATE_WORD = {"办": "办复率", "答": "办复率", "满": "满意率", "解": "解决率", "采": "解决率"}
# the kinds a rate's words name: both together (建议提案, 代表委员, …建议、…提案), the 人大's (代表…建议, 议案), the 政协's
_BOTH_KINDS = re.compile(r"建议[^，,。；;]{0,12}?提案|提案[^，,。；;]{0,12}?建议|代表委员")
_NPC_KIND = re.compile(r"代表[^，,。；;、]{0,8}?建议|人大建议|议案|代表对")
_CPPCC_KIND = re.compile(r"提案|委员对")
# the genres whose cases are neither a service centre's nor a hotline's (a court, a procuratorate, the 人大 and the
# 政协 and their proposals, 信访, 纪检监察, 市场监管's consumer complaints): their generic rates and counts (办结率,
# 满意率, 按时办结率, 来电, 接通率) are their own, unless their words name the 政务服务 or the 12345 line
_OTHER_CASES_REPORT = re.compile(r"法院|检察院|人民代表大会常务委员会|人大常委会|政协|信访|纪委|监委|纪检监察|市场监督管理|市场监管"
                                 r"|消费者权益|建议[^。]{0,10}提案|提案[^。]{0,6}办理")
_SERVICE_OR_HOTLINE_NAMED = re.compile(r"政务服务|政务大厅|便民服务|行政审批|审批服务|12345|便民热线|政务热线|市民热线")


def _proposals_rate(label: str, unit: str, kind: str, sentence: str, before: str, section: str | None,
                    own_names: str) -> tuple[str | None] | None:
    """(the id,) of a proposals' rate or its change (办复率, 满意率, 解决率) by the kinds the nearest words name: the
    label and its sentence, else the part before its semicolon, its heading, the report's own names; (None,) for one
    under 其中 (其中满意率: a part of 满意和基本满意); None when no kind is named or the label is no such rate."""
    own = _split(_WINDOW.sub("", label))[1]
    if unit not in ("%", _CHANGE_UNIT["%"]) or not (rate := _PROPOSAL_RATE.search(own)):
        return None
    said = f"{label}{sentence}"
    # (a sentence naming the 政务服务 or the 12345 line is theirs, whatever the heading or report is about)
    for words in (said,) if _SERVICE_OR_HOTLINE_NAMED.search(said) else (said, before, section or "", own_names):
        if _BOTH_KINDS.search(words) or _NPC_KIND.search(words) and _CPPCC_KIND.search(words):
            kinds = "建议提案"
        elif _NPC_KIND.search(words):
            kinds = "人大代表建议"
        elif _CPPCC_KIND.search(words):
            kinds = "政协委员提案"
        else:
            continue
        if _CLAUSE.split(sentence)[-1].startswith("其中"):
            return (None,)
        return (label_metric_id(f"{kinds}{_RATE_WORD[rate.group(1)[0]]}{own[rate.end():]}", unit, kind),)
    return None


def _service_or_hotline(found: str) -> bool:
    """Whether an id is a 政务服务 centre's or a hotline's statistic (or the satisfaction rate, theirs by its convention)."""
    family = _base_of(found).family
    return family.startswith(("政务服务", "12345", "hotline", "service centre")) or _base_of(found).id == "satisfaction_rate"


def _petitions_id(label: str, unit: str, kind: str, words: str) -> str | None:
    """Where ``words`` (a report's own names, or a figure's sentence too) say 信访, the petitions' id its label's own
    words have under 信访 (按期办结率, 参评满意率), else None."""
    if "信访" not in words:
        return None
    found = label_metric_id(f"信访{_split(_WINDOW.sub('', label))[1]}", unit, kind)
    return found if found and _base_of(found).family == "petitions" else None
# cases a body took over from a hotline (承办12345热线转办件, 通过12345热线转办98件, 办理12345热线工单): in a disclosure report (not a hotline's) a
# side task of its body, whose figures after them are the referrals', no statistic of the hotline's, the 政务服务's or the
# site's messages. A district's or a sub-district's own summary counts its hotline orders as its earlier keys do
_REFERRALS_RECEIVED = re.compile(r"(?:12345|热线)[^，,。；;]{0,8}?(?:转办|交办|转交|下派|派发|转来)|(?:办理|承办|处理)[^，,。；;]{0,4}?(?:12345|热线)[^，,。；;]{0,12}?工单")
# a department's own report (县自然资源局2023年工作总结), not a 管委会's, which counts its hotline orders as a district does;
# and a body that runs the hotline or the 政务服务 (数据资源管理局, 行政审批服务局), whose orders are its own
_DEPARTMENT_REPORT = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:厅|局|(?<!管)委员会|(?<![管县市区镇乡])委)")
_HOTLINE_OR_SERVICE_BODY = re.compile(r"热线|政务服务|数据|行政审批|便民服务")
# the body itself the subject that took the orders on (办理12345热线转办工单); 12345热线转办的市场监管类工单 in a 局's
# summary names the line as the subject, and keeps its id (round 97)
_BODY_TOOK_ON = re.compile(r"(?:办理|承办|处理|承接)[^，,。；;]{0,4}?(?:12345|热线)")
# a gloss in brackets (受理诉求…（其中电话…，微信…），日均…): the daily figure after it is the whole's before it
_GLOSS = re.compile(r"[（(][^（）()]*[）)]")
# a day's average named by its verb alone (…受理群众诉求10.82万件，日均受理3607件): its sentence says of what
_BARE_DAILY_CASES = re.compile(r"^日均(?:受理|接收)?(?:诉求|工单)?量?$")
_HOTLINE_REPORT = re.compile(r"(?:12345[\u4e00-\u9fff]{0,8}?|政务服务便民)热线")  # a report the hotline issues or is about
_BARE_DAILY = re.compile(r"^日均(?:受理|办理|接听|接待|办结|接收)?(?:办件)?量?$(?<!均)")
# a clause's label: its words up to its last figure, whose unit ends it (a hotline's number stays in the label:
# 市12345热线共受理群众诉求186.32万件)
# an amount named by what it is alone (支出决算, 决算数), its subject in the clause before; a year before that subject and
# the verb after it are no part of its name
_BARE_ACTUAL = re.compile(r"^(?:支出)?决算数?$")
_BUDGET_CLAUSE_EDGES = re.compile(r"^.*\d{4}年度?|(?:为|是)$")
_CLAUSE_LABEL = re.compile(r"^[\s　]*(?:其中|全年|当年|本年|今年|共|累计)*(.+?)(?:\d[\d.,]*|[一二三四五六七八九十]+)\D{0,4}$")
# a total's word before the verb after the subject (市12345热线共受理…), which extraction leaves out of the label
_TOTAL_BEFORE_VERB = re.compile(r"(?:共计|共|累计|合计)(?=受理|办理|接收|收到|接听)")


def _school_total(words: str, unit: str, kind: str) -> str | None:
    """The id of all schools' statistic (在校学生, 专任教师, or its change) that ``words`` name alone, else None."""
    bare = label_metric_id(words, unit, kind)
    total = bare and _by_id()[_by_id()[bare].derived_from or bare]
    return bare if total and total.family == "education" and "总数" in total.definition else None


def may_have_id(label: str | None, unit: str, kind: str, own_names: str = "", scope: str | None = None) -> bool:
    """Whether a fact may get an id, so that its clause and sentence are worth reading for metric_id_for."""
    if label and _OWN_PLACE_NAMED.search(own_names) and (place := _label_place(label, scope, own_names)):
        label = _without_place(label, place)
    elif label and canonical_scope(scope)[0] == "subregion":
        label = _place_intake(label)
    return _label_id(label, unit, kind, own_names) is not None or bool(label and (
        _ESTIMATED.match(label) and _label_id(_ESTIMATED.sub("", label), unit, kind, own_names) is not None  # see metric_id_for
        or _BARE_DAILY.match(_split(_WINDOW.sub("", label))[1]) or _BARE_ACTUAL.match(_split(label)[1]) or _POSTED_INFORMATION.match(_split(_WINDOW.sub("", label))[1]) or unit == "件" and _REMEDY_OUTCOME.match(_split(label)[1])
        or unit == "件" and (label_metric_id(f"不予公开:{_split(label)[1]}", unit, kind) or "").startswith("refusal_")
        or _school_total(_split(label)[1], unit, kind) or _split(label)[1] == "生师比"  # a level's, see metric_id_for
        or _PROPOSAL_RATE.search(_split(label)[1]) or _petitions_id(label, unit, kind, own_names)))


def named_subregion(label: str | None, scope: str | None, sentence: str | None, own_names: str) -> str | None:
    """The named place below the report's own (not among ``own_names``, which must name a place) whose figure this is,
    when the fact's scope says no place or says the whole: one that opens its label or its label's own words (收到申请:
    澄湖区收到, 西坪区网上办件率), else one that opens its sentence's subject, the first clause, when no later clause
    opens with another place or the whole (潼川镇全年受理诉求9997件，办结率98.3%: both the town's; 分区域看, a breakdown's
    heading before it, is no subject). The place is the
    fact's scope: its figure is in the place's own series, not the report's."""
    if not label or not _OWN_PLACE_NAMED.search(own_names):
        return None
    if place := _label_place(label, scope, own_names):
        # (向高新区下放了67项权限: the place the body gave them to, not the one that did it)
        return None if sentence and re.search(f"[向对给]{place}", sentence) else place
    if canonical_scope(scope)[0] != "whole" or not sentence:
        return None
    clauses = _CLAUSE.split(sentence)
    while len(clauses) > 1 and _BREAKDOWN.match(clauses[0]):
        clauses = clauses[1:]  # 分区域看，西坪区受理…: the breakdown's heading, then its place
    subject, *rest = clauses
    place = _place_at_head(subject, own_names) if rest else None
    if place and not any(_WHOLE.match(words) or _NAMED_PLACE.match(words) for words in rest):
        return place
    return None


def _label_place(label: str, scope: str | None, own_names: str) -> str | None:
    """The place that opens the label or its own words, or the place of its scope when the label opens with it
    (大同市政务服务中心全年办件 scoped 大同市政务服务中心)."""
    if place := _place_at_head(_split(label)[1], own_names) or _place_at_head(label, own_names):
        return place
    kind, name = canonical_scope(scope)
    return name if kind == "subregion" and label.startswith(name) else None


def _place_at_head(words: str, own_names: str) -> str | None:
    m = _NAMED_PLACE.match(words)
    return m.group(1) if m and m.group(1) not in own_names and not _UNDERTAKEN.match(words, m.end()) else None


def _without_place(label: str, place: str) -> str:
    """The label without the place at its own words' head, else at its whole's (收到申请:澄湖区收到 -> 收到申请:收到,
    潼川镇全年受理诉求:办结率 -> 全年受理诉求:办结率); a place only its sentence named leaves it as it is."""
    context, own = _split(label)
    if (at := own.find(place)) in (0, 2):  # (其中)东湖区
        own = _place_intake(_AFTER_PLACE.sub("", own[at + len(place):]))
    elif context and (at := context.find(place)) in (0, 2):
        context = _AFTER_PLACE.sub("", context[at + len(place):])
    return f"{context}:{own}" if context else own


def _place_intake(own: str) -> str:
    """A place's bare 受理 (in a window too) is its intake (分区域看，柴桑区受理7053件)."""
    return f"受理量{own[2:]}" if _WINDOW.sub("", own) == "受理" else own


# the time or coverage after a place that a scope's reading takes off with it (潼川镇全年受理诉求)
_AFTER_PLACE = re.compile(r"^(?:全年|本年度?|年内|今年|共|累计)+")
# what a place below did as a hotline's or a centre's undertaker (清河县承办7.2万件, 东园社区承接转办工单): the orders it
# took on, no statistic of its own (in a county's report they would compete with its own hotline's)
_UNDERTAKEN = re.compile(r"(?:全年|共|累计)*(?:承办|承接)")  # matched at the place's end


def _label_id(label: str | None, unit: str, kind: str, own_names: str, sentence: str = "") -> str | None:
    """label_metric_id, else the id the label has with what the report's own words say (_in_own_words): the year
    before the one its title names is the year before (较2021年增长 in a 2022 report is 较上年增长)."""
    found = label_metric_id(label, unit, kind)
    if found is not None or not (label and own_names):
        return found
    if kind == "change" and "年" in label and (named := _NAMED_BASE_YEAR.search(label)) \
            and f"{int(named.group(1)) + 1}年" in own_names:
        label = f"{label[:named.start()]}较上年{label[named.end():]}"
        if (found := label_metric_id(label, unit, kind)) is not None:
            return found
    return _in_own_words(_WINDOW.sub("", label), unit, kind, own_names, sentence)  # 一次性办结(第三季度): its period aside


_NAMED_BASE_YEAR = re.compile(r"(?:比|较|同比)(20\d\d)年度?(?=(?:预算)?[\u4e00-\u9fff]{2}$)")  # (较2024年预算减少: the budget's)


# a domain's word before an item, a service, a window's kind, a name in quotes or information (人社政务服务事项,
# 人社服务“掌上办”事项, 设置人社综合柜员制窗口, 生态环境局's 主动公开环境信息): the department's domain; words that
# name no department's domain are not one
_BEFORE_DOMAIN = re.compile(r"政务服务|服务|综合|“|信息")
_NO_DOMAIN = frozenset(("政务", "服务", "行政", "便民", "公共", "综合", "网上", "全程", "办事"))
# a department among the report's own names (云岭省交通运输厅, 某省人力资源和社会保障厅)
_OWN_BODY = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:厅|局|委员会|委)")
# the subject of a report's own names, the whole its labels may leave unsaid, and the words of a sentence about another
# subject: a hotline's (电话渠道受理 is a channel of its cases), a disclosure report's (按时答复率 is its requests', but not
# in 区长信箱全年收到群众来信…，按时回复率98.7%). A university's or a hospital's report is titled 信息公开 without 政府
_DISCLOSURE_REPORT = re.compile(r"信息公开|政务公开")
# A disclosure report's training (组织专题培训2期，培训120余人次) is its 政务公开's, unless its sentence names another
# training: words other than a verb, 政务公开's own or a kind of session before 培训 (职业技能培训, 窗口业务培训)
_OTHER_TRAINING = re.compile(r"(?!政务|信息|公开|组织|开展|举办|参加|全年|各类|集中|业务|专题|专项|工作)[\u4e00-\u9fff]{2}"
                             r"(?<!公开)(?:业务|专题|专项|工作)?培训")
_REPORT_WHOLE = ((re.compile(r"热线"), "受理诉求", None),
                 (_DISCLOSURE_REPORT, "依申请公开", re.compile(r"信箱|留言|来信|来电|信访|热线|诉求")),
                 (_DISCLOSURE_REPORT, "主动公开", None),  # 网站发布2294条: a channel of its proactive disclosures
                 (_DISCLOSURE_REPORT, "政务公开", _OTHER_TRAINING))


def _own_domain(word: str, own_names: str) -> bool:
    """Whether ``word`` is the domain of a department among the report's own names, itself or abbreviated in order
    (交通运输 of 交通运输厅, 人社 of 人力资源和社会保障厅)."""
    for body in _OWN_BODY.findall(own_names):
        rest = iter(body)
        if all(ch in rest for ch in word):
            return True
    return False


def _in_own_words(label: str, unit: str, kind: str, own_names: str, sentence: str) -> str | None:
    """The id of a label that names no statistic by itself but does in the report's own words: without its own
    department's domain word (全省交通运输政务服务事项网上可办率 in the 交通运输厅's report: online_service_rate; 公安 in a
    政务服务 bureau's report is another department's, and stays a part), or, a label with no whole of its own, under
    the whole of the report's subject, for an indicator that is a part of that whole (a hotline's 微信公众号受理 or
    按受理渠道分:电话渠道, a disclosure report's 按时答复率), unless its ``sentence`` is about another subject."""
    found, other = _own_words_id(label, unit, kind, own_names)
    return None if found is None or other is not None and other.search(sentence) else found


@lru_cache(maxsize=65536)  # every fact without an id of its own comes here, twice, and a report's labels recur
def _own_words_id(label: str, unit: str, kind: str, own_names: str) -> tuple[str | None, re.Pattern | None]:
    """_in_own_words's id and the words of a sentence that would make it another subject's (None: no such words)."""
    for i in range(len(label) - 2):
        for k in (2, 3, 4):
            word = label[i:i + k]
            if _BEFORE_DOMAIN.match(label, i + k) and word not in _NO_DOMAIN and _HAN_WORD.fullmatch(word) \
                    and _own_domain(word, own_names) \
                    and (found := label_metric_id(label[:i] + label[i + k:], unit, kind)) is not None:
                return found, None
    context, own = _split(label)
    if context and not _BREAKDOWN.match(context):
        return None, None
    for subject, whole, other in _REPORT_WHOLE:
        if subject.search(own_names) and (found := label_metric_id(f"{whole}:{own}", unit, kind)) is not None:
            base = _base_of(found)
            if base.within is not None or base.with_whole is not None and base.with_whole.search(f"{whole}:{own}"):
                return found, other  # a part of the whole, or a statistic named with it (政务公开:配备工作人员)
    return None, None


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
# a gloss that lists several parts right before a figure (网络渠道（网站、微信、APP）): the figure is their sum
# (or before its verb or a total's word: 网络渠道（微信、网站、APP）受理1547件, …合计1594件)
_SEVERAL_GLOSSED = re.compile(r"[（(][^（）()]*[、,，][^（）()]*[）)](?:受理|办理|接收|收到|转办|合计|共计|累计|共)?\s*$")
_SEVERAL_GLOSSED_FIGURE = re.compile(r"[（(][^（）()]*[、,，][^（）()]*[）)](?:受理|办理|接收|收到|转办|合计|共计|累计|共)?[\d.,]+[万亿]?"
                                     r"[^\d\s，,。；;（）()]{0,3}[，,]\s*(?:占[^，,。；;（）()]{0,16}[，,]\s*)?$")
# a gloss of web sites only (网络渠道（市政府门户网站、市民服务网）) names one channel, the web, not several
_WEB_SITES = re.compile(r"[（(](?:[^（）()、,，]*?网站?[、,，])+[^（）()、,，]*?网站?[）)]")
# a breakdown's heading, which names how a whole is split but not the whole (按受理渠道分, 从诉求类型看), also as a
# section's heading that names only the splits (二、受理渠道和类型)
_DIMENSION = r"(?:渠道|类型|类别|来源|性质)"
_BREAKDOWN = re.compile(r"^(?:按|从|分)[\u4e00-\u9fff]{1,8}?(?:分|看|统计|划分)?$"
                        rf"|^(?:受理|诉求|工单|来电)?{_DIMENSION}(?:(?:和|及|与|、){_DIMENSION})*(?:分析|分布|情况)?$")


# a completion named by its verb alone (…受理备案事项930件，办结930件): of what its sentence's earlier clause received;
# in a disclosure report after its answers, the requests answered
_ANSWERS = re.compile(r"予以公开|不予公开|部分公开|同意公开|答复")
_BARE_COMPLETION = re.compile(r"^办结(?:件数|件|量)?$")
# the words that make a service centre's or a hotline's measure named by itself (办结, 按时办结率, 满意率, 平均办理时长)
# theirs in a disclosure report (中心全年受理各类事项…，办结…; 热线受理群众诉求…，满意率…)
_CENTRE_OR_HOTLINE = re.compile(r"服务|大厅|窗口|办件|事项|审批|业务|热线|12345|来电|诉求|工单")
# words that name another whose after a semicolon (…；依申请公开…办结率, …；信箱留言…满意率)
_OTHER_WHOSE = re.compile(r"申请|公开|信箱|来信|留言|建议|提案|复议|诉讼|本机关|本单位")


def _unsaid_whose(found: str) -> bool:
    """Whether an id's own words say nothing of whose measure it is: the 政务服务 timeliness rates and times, the
    satisfaction rate, the fees waived (减免费用 beside a disclosure body's 复印费) and the completed cases (a disclosure report's requests, a mailbox's letters and a centre's cases
    are all 办结 in their own sentences)."""
    base = _base_of(found)
    return base.family == "政务服务 timeliness" or base.id in ("satisfaction_rate", "service_cases_completed", "fees_reduced")
_RECEIVED = re.compile(r"(?:受理|办理|办件)[\u4e00-\u9fff]{2}")  # a verb and what it received (a bare 受理 names no part)


def _of_a_part(clauses: list[str], unit: str) -> bool:
    """Whether the nearest earlier clause that ends in a figure of ``unit`` received something no indicator counts (a
    part: 备案事项, 不动产登记业务)."""
    for clause in reversed(clauses):
        clause = clause.rstrip()
        if clause.endswith(unit) and (m := _CLAUSE_LABEL.match(clause)):
            label = _TOTAL_BEFORE_VERB.sub("", m.group(1))
            return bool(_RECEIVED.search(label)) and label_metric_id(label, unit, "count") is None
    return False


def _completion_of(clauses: list[str], unit: str) -> str | None:
    """The completed count's id (completed_as) of the nearest earlier clause whose indicator has one."""
    for clause in reversed(clauses):
        if (m := _CLAUSE_LABEL.match(clause.rstrip())) and clause.rstrip().endswith(unit) \
                and (base := label_metric_id(_TOTAL_BEFORE_VERB.sub("", m.group(1)), unit, "count")) \
                and (completed := _by_id()[base].completed_as):
            return completed
    return None


# an outcome of a reconsideration or a litigation (维持, 撤销, 其他结果, 尚未审结), and words that make it a litigation's
_REMEDY_OUTCOME = re.compile(r"^(?:被)?(?:经)?(?:依法)?(?:法院)?(?:判决|裁定)?(?:复议机关|复议)?(?:决定)?(?:结果)?(?:为)?(?:维持|纠正|撤销|变更|确认(?:违法|无效)"
                             r"|纠错|责令|其他(?:结果|情形)|(?:尚未|未)审结|(?:尚在|正在)审理|驳回|(?:原告|申请人|起诉人)?(?:主动)?(?:撤诉|撤回))")
_LITIGATION = re.compile(r"诉讼|起诉|法院|判决")
# a sentence that opens with the refused requests or their reasons (不予公开的申请中，…; 不予公开的理由为：…; 不予公开的
# 21件中，…)
_REFUSALS_OPEN = re.compile(r"^(?:其中|在)?(?:对)?不予公开(?:的)?(?:[\d,]+件)?(?:申请|情形|理由|原因|中|[（(])")  # …3件（涉及国家秘密1件…）
# inside the bracket after the refused requests' count (不予公开2件（涉及国家秘密1件，涉及个人隐私1件）): their reasons
_REFUSALS_BRACKET = re.compile(r"不予公开(?:的)?[\d,]+件[（(][^（）()]*$")
_CURRENCY = re.compile(r"本外币|人民币")
_RECONSIDERATION = re.compile(r"行政复议")
# where a litigation's sentence says it came from: straight to court, or after a reconsideration (the cells of table four)
_LITIGATION_BRANCH = re.compile(r"(?P<direct>直接(?:向(?:人民)?法院)?(?:提起(?:行政)?诉讼|起诉))|(?P<after>复议后(?:提起(?:行政)?诉讼|起诉)"
                                r"|不服(?:行政)?复议(?:决定|结果)?)")
_BRANCH_WHOLE = {"direct": "未经复议直接起诉", "after": "经复议后起诉"}


def _litigation_outcome(own: str, unit: str, kind: str, sentence: str) -> str | None:
    """A litigation's outcome's id: that of the branch its sentence names last before it (…其中未经复议直接起诉5件，
    法院判决维持3件: admin_litigations_direct_upheld), or None when the sentence names none (no single cell)."""
    branches = list(_LITIGATION_BRANCH.finditer(sentence))
    if not branches:
        return None
    return label_metric_id(f"{_BRANCH_WHOLE[branches[-1].lastgroup]}:{own}", unit, kind)


# a clause's last figure and its unit (…网站访问量达326.4万人次: 人次)
_CLAUSE_UNIT = re.compile(r"\d(?:[万亿])?([^\d\s，,。；;、（）()]{1,4})$")


# the words a name says which of one group's counts it is with (来访1256批次3480人次: 来访批次, 来访人次), and their units
_COUNTED_IN = {"批次": "批次", "人次": "人次", "户数": "户", "人数": "人"}


def _growth_of(clauses: list[str], found: str, label: str = "") -> str:
    """The growth id of the statistic the nearest earlier clause printed, where ``found`` is the same statistic's in
    another unit (网站访问量达326.4万人次，较上年增长18.2%: website_visits_growth, not website_visits_times_growth);
    a name that says which count it changes (接待群众来访批次同比下降, of 1256批次3480人次) is that count's."""
    name = _by_id()[_by_id()[found].derived_from].name.split("（")[0]
    growth = "_real_growth" if found.endswith("_real_growth") else "_growth"  # 按可比价格计算增长: stays real
    for word, unit in _COUNTED_IN.items():
        if (at := label.find(word)) > 0 and (level := label_metric_id(label[:at + len(word)], unit, "count")) \
                and _by_id()[level].name.split("（")[0] == name and f"{level}{growth}" in _by_id():
            return f"{level}{growth}"
    for clause in reversed(clauses):
        clause = clause.rstrip()
        if (m := _CLAUSE_LABEL.match(clause)) and (unit := _CLAUSE_UNIT.search(clause)):
            level = label_metric_id(m.group(1), unit.group(1), "count")
            if level and _by_id()[level].name.split("（")[0] == name and f"{level}{growth}" in _by_id():
                return f"{level}{growth}"
            return found
    return found


def _share_of(clauses: list[str], label: str, found: str, own_names: str) -> str | None:
    """The share id of the statistic its name gives in the unit of the nearest earlier clause's figure, where
    ``found`` is a like-named statistic's in another unit (来电受理96.54万件，占85.9%: the phone channel's cases', not
    the calls')."""
    for clause in reversed(clauses):
        if unit := _CLAUSE_UNIT.search(clause.rstrip()):
            context, own = _split(label)
            named = _SHARE.search(own)
            of = _by_id()[found].derived_from  # None for a listed share (immediate_case_share)
            if named is None or of is None or unit.group(1) == _by_id()[of].unit:
                return found
            base = _label_id(f"{context}:{own[:named.start()]}" if context else own[:named.start()],
                             unit.group(1), "count", own_names)
            if base and f"{base}_share" in _by_id():
                return f"{base}_share"
            # (医院2.31万张（占80.8%）: the beds' share, not the hospitals' of 个; 税收收入36亿元，占比…: the 元's own)
            return found if unit.group(1) == "%" or _by_id()[of].unit.endswith(unit.group(1)) else None
    return found


def _spent_of(clauses: list[str], unit: str, own_names: str) -> str | None:
    """The amount spent on what the clause just before budgeted (the id without `_budget`), in a budget report."""
    if clauses and (m := _CLAUSE_LABEL.match(clauses[-1])):
        budget = label_metric_id(_BUDGET_CLAUSE_EDGES.sub("", m.group(1)), unit, "count") or ""
        if budget.endswith("_budget") and _BUDGET_REPORT.search(own_names):
            return budget.removesuffix("_budget")
    return None


def _daily_of(clauses: list[str], unit: str) -> str | None:
    """The daily id (hotline_cases_daily) of the nearest earlier clause's indicator in the daily figure's unit."""
    for clause in reversed(clauses):
        if (m := _CLAUSE_LABEL.match(clause)) and (base := label_metric_id(m.group(1), unit, "count")) \
                and f"{base}_daily" in _by_id():
            return f"{base}_daily"
    return None


@lru_cache(maxsize=65536)  # the same labels recur across a region's or a year's reports
def label_metric_id(label: str | None, unit: str, kind: str) -> str | None:
    """The catalog id of a fact, or None when its label names no catalogued statistic. A figure of a part of the year
    (受理诉求(第三季度)) gets its indicator's id; its window stays in its name, and the series and comparisons key on it.
    A change gets an id only as an indicator's growth (a % change against the year before) or as an indicator that
    is itself a change (CPI). No id rather than a wrong one: a part a qualifier names (企业专线办结率) gets none unless
    the indicator is about such parts (窗口工作人员), and so does a column's figure read as a part of its site's
    same statistic (门户网站主动公开信息:信息公开专栏公开; a column's visits have an id of their own, column_visits)."""
    label = _WHOLE_THEN_PART.sub(r"\1:", _WINDOW.sub("", label), count=1) if label else label
    found = _metric_id(label, unit, kind)
    if found is None:
        return None
    indicator = _by_id().get(found.removesuffix("_change"))
    if (part := _QUALIFIED_PART.search(label)) and (indicator is None or part.group() not in indicator.name):
        return None
    context, own = _split(label)
    if _THRESHOLD.search(own) or (_SUBREGION_HEAD.match(own) and indicator is not None
                                  and not _OF_PLACES_BELOW.search(indicator.definition)):
        return None
    if _COLUMN.search(own) and not _COLUMN.search(context) and _metric_id(context, unit, kind) == found:
        return None
    whole = _split(context)[1]
    if whole and whole in own and whole != own and _metric_id(context, unit, kind) == found:
        return None  # 帮办代办:企业帮办代办: the whole's name with a qualifier is one kind of it
    return found


# 诉求中咨询, 办件中即办件, 答复中予以公开: a whole with its part run into it after 中, read as whole:part (not 中心)
_WHOLE_THEN_PART = re.compile(r"^([^:]*?(?:诉求|工单|来电|办件|申请|答复))中(?![心小央级学药])(?=[\u4e00-\u9fff])")


_NO_INDICATOR = Indicator("", "", "", "", "", (), None, None, None)


@lru_cache(maxsize=1)
def _by_id() -> dict[str, Indicator]:
    return {i.id: i for i in catalog()}


def _base_of(found: str) -> Indicator:
    """The entry an id belongs to: its own, or for a derived id (_growth, _share, _change) the one it derives from."""
    return _by_id()[_by_id()[found].derived_from or found]


def _metric_id(label: str | None, unit: str, kind: str) -> str | None:
    if label and (window := _WINDOW.search(label)):
        label = label[:window.start()]  # 受理诉求(第三季度): the indicator's over a quarter, named by its own words
    if label and label.endswith("(现)"):
        label = label[:-3]  # 由2015年的1863.2亿元增加到2020年的2786.5亿元: the later level is the indicator's of its year
    if not label or label.startswith(SUM_OF_PARTS) or _BEFORE.search(label) \
            or label.endswith(TARGET) or _INCLUDED.search(label):
        return None  # a sum of named parts (合计(新收…+上年结转)) is no catalogued statistic, a plan's target no result
    levels, changes = _levels()
    label = _table_label(label)
    if label is None:
        return None
    label = _QUOTES.sub("", label)
    context, own = _split(label)
    if context and _BARE_DAILY.match(context):
        context, label = "", own  # 日均接待2736人次；全年办件量52.6万件 (日均接待:办件量): a daily average is no one's whole
    own = _GLOSSED.sub(r"\1", _SCOPE_HEAD.sub("", _unrevised(own)))
    if kind == "change":
        if (found := _first(changes.get(unit, ()), context, own, label)) is not None:
            return found.id
        if not (m := _GROWTH.search(own)) or m.start() == 0:
            return None
        base = _PRICE_BASIS.sub("", own[:m.start()])
        if _BASE_YEAR.search(base) or _PERIOD_BEFORE.search(base):
            return None  # 比2018年增长, 较上月下降: against a base year or the month before, not the year before
        if unit != "%" and "年初" in m.group():
            return None  # 存款余额比年初增加512.6亿元: the year's inflow, none (set 20's key); its % is the growth
        if unit != "%":  # 比上年末增加1.2万人, 提高0.85个百分点: a difference in the figure's unit or in points
            rate_unit = next((u for u, points in _CHANGE_UNIT.items() if points == unit), unit)
            found = _first(levels.get(rate_unit, ()), context, base, label)
            if found is None and rate_unit == "%" and (named := _named_share(context, base)):
                return f"{named.id}_share_change"  # 优良天数比例同比下降2.5个百分点: the share's change in points
            return f"{found.id}_change" if found is not None else None
        if not _REAL.sub("", base):  # 人均可支配收入:扣除价格因素实际增长: the growth of the whole
            context, base = _split(context)
        for candidates in (i for u, i in levels.items() if u != "%"):
            if (found := _first(candidates, context, base, label)) is not None and found.growth:
                # 实际 in the name (实际利用外资比上年增长) is no real growth's word
                real = found.growth == "nominal" and _REAL.search(label.replace(base, "", 1))
                return f"{found.id}_real_growth" if real else f"{found.id}_growth"
        return None
    if kind == "rate" and _LISTED_BODIES.search(own):
        return None  # 市住建局、市人社局、市交通运输局按期办结率均为100%: each listed body's rate, not the report's
    if net := _NET_ADDED.match(own):  # 净增规模以上工业企业46家: the stock's change over the year
        found = _first(levels.get(unit, ()), context, own[net.end():], label)
        return f"{found.id}_change" if found is not None else None
    if _BARE_TOTAL.match(own) and (net := _NET_ADDED.match(_split(context)[1])):
        # 净增规模以上工业企业46家，总数达到618家: the stock the change was of
        found = _first(levels.get(unit, ()), "", _split(context)[1][net.end():], label)
        return found.id if found is not None else None
    if (found := _first(levels.get(unit, ()), context, own, label)) is not None:
        return found.id
    if unit == "%" and (named := _named_share(context, own)):
        return f"{named.id}_share"  # (空气质量优良天数342天，优良率93.7%: a rate its whole names, whole:own)
    if unit == "%" and (m := _SHARE.search(own)) and m.start() > 0:
        base = own[:m.start()]
        for u, candidates in levels.items():
            if u != "%" and (found := _first(candidates, context, base, label)) is not None:
                return f"{found.id}_share"
    return None


def _named_share(context: str, own: str) -> Indicator | None:
    """The entry whose share a rate's words name as a rate of its own (share_patterns: 空气质量优良率)."""
    return next((i for i in catalog() if i.share_pattern and (
        i.share_pattern.search(own) or context and i.share_pattern.search(f"{context}:{own}"))), None)


# columns that only say what a table's figure is (统计数, 数量, 本年度), not what it counts
_FIGURE_COLUMN = re.compile(r"^(?:统计数|数量|数值|数据|本年度?|本期|合计|总计|全年|金额|件数|指标值)$")
# columns that name what of the row's item a figure counts (职工基本养老保险|参保人数, 失业保险|比上年末增加): the row's
# name and the column's together name the statistic
_MEASURE_OF_ROW = re.compile(r"^(?:参保人数|人数|户数|比上年末?(?:增加|增减|增长|减少))$")
# rows that stand for the whole of a table whose rows are bodies or places
_TOTAL_ROW = re.compile(r"^(?:合计|总计|全市|全县|全区|全省|总数|小计)$")


def _table_label(label: str) -> str | None:
    """A table's figure is named `row|column`: the statistic is the row when the column only holds the figures
    (收到申请数|统计数), and the column when the row is the table's total (合计|受理件数) or a body or place
    (人社局|受理件数: that body's figure, whose scope table_row_scope gives), and both when the column names what of
    the row's item it counts (工伤保险|参保人数). Other rows (a month, a category) are no whole year's statistic of the
    report's body: no id."""
    if "|" not in label:
        return label
    row, column = label.rsplit("|", 1)
    if _FIGURE_COLUMN.match(column):
        return row
    if _TOTAL_ROW.match(row) or table_row_scope(label) is not None:
        return column
    if _MEASURE_OF_ROW.match(column) and not re.search(r"\d", row):  # a month's row (1月) is no year's statistic
        return row + column
    return None


# ---------------------------------------------------------------------------------------------- scopes
SCOPE_KINDS = ("whole", "own_level", "government", "department", "subregion", "subregions", "sector")
_LEVEL = "省市州盟县区旗"
_WHOLE = re.compile(rf"^(?:全|我|本)(?:[{_LEVEL}]|地区)|^(?:[{_LEVEL}]{{1,3}})两级|^各级")  # 全地区: a 地区's whole
# the own level: 市本级, a department's own offices beside its system (厅本级, 局本级), the level's own hall (省级政务服务
# 大厅 beside 全省's)
_OWN_LEVEL_NAME = rf"[{_LEVEL}厅局委]本级|[{_LEVEL}]级[\u4e00-\u9fff]{{0,8}}?(?:政务服务中心|服务大厅|办事大厅)"
_OWN_LEVEL = re.compile(rf"^(?:{_OWN_LEVEL_NAME})|^本级|本级$")
# the own level at a label's head, which the fact's scope holds (市本级全年办件, 厅本级制发…, 省级人社服务大厅设窗口): not
# the statistic's name
_SCOPE_HEAD = re.compile(rf"^(?:{_OWN_LEVEL_NAME}|本级)(?=[\u4e00-\u9fff]{{2}})")
_GOVERNMENT = re.compile(rf"^[{_LEVEL}](?:人民)?政府(?:本级|本部|机关)?$")
# the places below, together: 县市区政府, 各乡镇, and the townships' or villages' centres named by their level alone
# (乡镇便民服务中心, 村（社区）便民服务站), which are no department of the report's body
_SUBREGIONS = re.compile(rf"^(?:各)?(?:[{_LEVEL}]{{2,4}}(?:[（(][^）)]*[）)])?|[{_LEVEL}][（(][{_LEVEL}、]+[）)])(?:人民)?(?:政府)?$"
                         r"|^各(?:县|区|乡|镇|街道|村|社区|(?:市|州|盟|旗)$)"
                         r"|^(?:乡镇|镇街|乡（镇）|镇（街道）|街道|村（社区）|村（居）|村级|村居)")
# the level the places below together are named by (their series' scope name): 县 for 县（市、区）, 区县, 县市区政府
_LEVEL_OF_PLACES = {"省": "省", "市": "市", "州": "市", "盟": "市", "地": "市", "县": "县", "区": "县", "旗": "县",
                    "乡": "乡镇", "镇": "乡镇", "街": "乡镇", "村": "村", "社": "村"}
_BODY_SUFFIX = r"(?:局|委员会|委|办公室|办|厅|中心|院|所|站|队|馆|公司|集团)"
_DEPARTMENT = re.compile(rf"^[{_LEVEL}](?!场)([\u4e00-\u9fff、]{{1,14}}?{_BODY_SUFFIX})(?:窗口(?:单位)?|服务大厅|大厅|窗口)?$")
_SECTOR = re.compile(r"(?:系统|行业|领域|企业|单位)$")
_PLACE = re.compile(rf"^([\u4e00-\u9fff]{{1,6}}?[{_LEVEL}](?<!州(?=市))(?<!专区))(?!长)(.*)$")  # 东州市 is one name; a
# hall's 专区 (社保医保专区) is a zone of its counters, no place
# a place named by its proper name at the head of a sentence or label (其中宁东区承办…, 清河县承办:满意率, 经济开发区实现…,
# 东园社区承办工单:满意率): two to four characters (more before 开发区, 新区, 自治县) with no level but 州 in them (广州市),
# then its level, or a town's, sub-district's or community's suffix (镇, 乡, 街道, 社区). Not the report's own
# place led by 全/本/我, nor an office (市长, 县委, 区直, 市本级), a level as an abbreviation after a verb (受理市热线办下派工单,
# 编印县政府公报, 新增跨省通办事项) or a common noun (人均地区生产总值, 城乡社区, 农产品市场, 县域)
# own names that say at least a level (某某县…): a title that names no place (2023年政府工作报告) cannot tell the own place
_OWN_PLACE_NAMED = re.compile(f"[{_LEVEL}镇乡]|街道")
_NOT_IN_NAME = ("省市盟县区旗乡镇委全本我各年在对按根围坚面由从为将把和与及的了是到其受理办公布编印发召开完成参加组织举建设实现"
                "累计新增跨进驻机厅局共覆盖达以来度向提供推动展施落聚焦")  # 关 is in names (城关镇, 嘉峪关市)
_NAME_CHAR = rf"(?:(?![{_NOT_IN_NAME}])[\u4e00-\u9fff])"
_MEANS = "依托|利用|借助|通过|经过|依据|按照|基于"  # a verb of means before a level (依托市一体化平台) is no name
_PAYING = "支出|发放|拨付|下达|筹集|补助|保障"  # nor is a verb of paying before 城市 (支出城市低保资金, 补助市县支出,
# 保障城市低保对象)
_COMPARED = "低于|高于|少于|多于|超过"  # nor a comparison's before a level (低于省核定的债务限额)
_NAMED_PLACE = re.compile(rf"^(?:其中|另外|此外|同时)?(?!{_MEANS}|{_PAYING}|{_COMPARED})({_NAME_CHAR}{{2,4}}?(?<![地社小辖街校])[{_LEVEL}]"
                          rf"|{_NAME_CHAR}{{1,6}}?(?:开发|高新|新|园|自治)[区县州旗]"
                          rf"|{_NAME_CHAR}{{2,4}}?(?:(?<![小城重点])镇|乡(?![村镇])|街道|社区))"
                          rf"(?![长委级直属域场民生内外本考控]|政(?!府)|分(?:处理|类|别|析|开))")
# 区分处理 is a verb; 城市政务 no name; 地表水省考断面, 省控断面: an assessment or a network (省考, 省控), no place
# a collective the whole-region scope is phrased as (全市各级政府及其工作部门, 全市市县两级政务服务中心)
_COLLECTIVE = re.compile(r"各级|两级|三级|政务(?:服务)?中心|行政服务中心|政府(?:及其)?(?:工作)?部门|^$")
_ALL_BODIES = re.compile(r"各级|两级|三级|政府(?:及其)?(?:工作)?部门")
_AREA_PART = re.compile(r"^(?:主|老|新|中心)?城区$|^郊区$|^县城$")
_ROW_BODY = re.compile(rf"^[\u4e00-\u9fff、]{{1,14}}?{_BODY_SUFFIX}$")
_ROW_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:县|区|市|镇|乡|街道|旗)$")
# the 12345 hotline (市12345热线, 区12345政务服务便民热线), which a centre of its own runs: one department whatever its
# long name, or its national name without the number (政务服务便民热线). A department's own line (12315, 12333) is that
# department's, as its report or the report's subject says
_HOTLINE_NAME = rf"[{_LEVEL}]?(?:12345[\u4e00-\u9fff]{{0,8}}?|政务服务便民)热线"
_HOTLINE = re.compile(rf"^[{_LEVEL}]?(?:12345[\u4e00-\u9fff]{{0,8}}|政务服务便民)热线$")
_BODY_HOTLINE = re.compile(r"(?:12345[\u4e00-\u9fff]{0,8}|政务服务便民)热线$")


def table_row_scope(label: str | None) -> tuple[str, str] | None:
    """The scope a table's row gives its figures when the row names a body (人社局|受理件数 -> department 人社局) or a
    place (某某镇|办件量 -> subregion 某某镇); None for any other figure."""
    if not label or "|" not in label:
        return None
    row, column = label.rsplit("|", 1)
    if _FIGURE_COLUMN.match(column) or _TOTAL_ROW.match(row):
        return None
    if _ROW_BODY.match(row):
        return "department", re.sub(rf"^[{_LEVEL}](?!场)(?=[\u4e00-\u9fff]{{2}})", "", row)
    if _ROW_PLACE.match(row):
        return "subregion", row
    return None


def fact_scope(phrase: str | None, region: str | None, label: str | None, body: str | None = None) -> tuple[str, str]:
    """(kind, name) of a fact's scope: a table row's body or place, else its scope phrase read by canonical_scope. A
    department that is the report's own issuing body (县行政审批服务局 in that 局's report) is the report's whole (its
    service hall may be too, report by report: yoy.hall_as_whole)."""
    kind, name = table_row_scope(label) or canonical_scope(phrase, region)
    if kind == "department" and body and (body.endswith(name) or _abbreviates(name, body)
                                          or _BODY_HOTLINE.search(body) and name == "12345热线"):
        return "whole", ""  # the body itself, or its hotline under its long name (某区12345政务服务便民热线)
    return kind, name


# the places at a body's head (澄江省, 柘溪市云岗区), before its domain (人力资源和社会保障厅)
# 澄州市…局: 澄州市, not 澄州; an autonomous prefecture's name runs to ten characters before its 州
_BODY_PLACES = re.compile(r"^(?:[\u4e00-\u9fff]{1,10}?[省市州盟县区旗](?![省市州盟县区旗]))+")


def _abbreviates(name: str, body: str) -> bool:
    """Whether ``name`` is the body's own name shortened (人社厅 of 澄江省人力资源和社会保障厅): its domain's first
    and last characters and the others in order. 社保局 is not 人力资源和社会保障局's (another body, its first word
    another)."""
    domain = re.sub("委员会$", "委", _BODY_PLACES.sub("", body))  # 卫健委 of 卫生健康委员会
    rest = iter(domain[1:])
    return len(name) >= 3 and bool(domain) and name[0] == domain[0] and name[-1] == domain[-1] \
        and all(ch in rest for ch in name[1:])


# a department named as the subject of a clause (县不动产登记中心全年办理…, 其中市住建局办理工单…) or at the head of a label
# (不动产登记中心延时服务): a level (市/县…) and a name ending in a body's suffix, or without the level a 局/委/办公室 or
# a 中心 of a named function (不动产登记中心), then what it did; a name with a preposition or particle in it is a phrase
_DEPT_NAME = (rf"(?:[{_LEVEL}][\u4e00-\u9fff]{{2,10}}?(?:局|委员会|委(?![员托])|办公室|中心|(?<!大)厅)"
              rf"|(?![各全乡村])[\u4e00-\u9fff]{{2,8}}?(?:局|委员会|委(?![员托])|办公室|(?:登记|管理|服务|监测|指挥)中心)"
              rf"|{_HOTLINE_NAME})(?:窗口)?")
_SUBJECT = re.compile(rf"^(?:其中|另外|此外|同时)?(?:全(?=[{_LEVEL}]?(?:12345|政务服务便民)))?({_DEPT_NAME})(?=[\u4e00-\u9fff:：])")  # (全市12345热线…: the line)
_LABEL_HEAD = re.compile(rf"^({_DEPT_NAME})(?=[\u4e00-\u9fff]{{2}})")
_CLAUSE = re.compile(r"[，,]")
# 通过局门户网站: a means, not a body; 和 joins two bodies (市住建局和市公安局) but is a word of one body's own name
# (住房和城乡建设局, 人力资源和社会保障局) when no body's suffix comes before it, nor right after it (…平台和局门户网站: a
# means and the 局's own site, no body named 平台和局)
_PHRASE = re.compile(r"[在对向将把为与及的了是到从]|通过|(?:局|委|厅|办|中心|站|所)和|和(?:局|委|厅|办)")
_SEGMENT_END = "；;。！？!?\n"
_REACH = 600  # characters before a figure that can name its department
_LEAD = re.compile(r"^[\s　]*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])?[\s　]*")
# a paragraph headed by a department alone (市住建局：… or （二）县医保局。…), or whose first sentence it is the subject
# of after the time (2017年，市某某局实现了…), or a heading line above the paragraph that opens with it
_PARAGRAPH_HEAD = re.compile(rf"^({_DEPT_NAME})[:：。]")
# how a sentence that names no subject of its own opens (一年来，窗口提供…; 全年共办理…; 同时开展…; 热线直接办结…, the hotline
# its paragraph is about; 工单办结率…, its orders): only such a sentence takes the department its paragraph is about
_NO_SUBJECT = re.compile(r"^(?:窗口|热线|工单|该|其|共|累计|全年|先后|提供|办理|开展|受理|完成|推行|推出|实现|为|对|通过|在|并|同时|此外|另外|还|"
                         r"进一步|积极|持续|不断|主动|全面)")
# the own level named at a label's head (州本级政务服务事项网上可办率, 省级人社服务大厅设窗口)
_OWN_LEVEL_HEAD = re.compile(rf"^({_OWN_LEVEL_NAME})(?=[\u4e00-\u9fff]{{2}})")
# a clause that opens with the own level (其中，厅本级受理…，办结…，承诺时限压缩比例68.5%): the later clauses of its
# sentence are the own level's too
_OWN_LEVEL_CLAUSE = re.compile(rf"^(?:其中|另外|此外|同时)?({_OWN_LEVEL_NAME})")
_HEADING_DEPT = re.compile(rf"^({_DEPT_NAME})(?:[:：\s]|$)")
_TIME_LEAD = re.compile(r"^(?:\d{4}年(?:度|以来)?|今年以来|一年来|全年)[，,]?")


def _department(name: str | None, hotline_report: bool = False) -> str | None:
    """``name`` when it names a department (not the whole, nor a phrase that ends in a body's suffix); a hotline is
    one only in a report that is not a hotline's own."""
    if not name or (hotline_report and _HOTLINE.match(name)):
        return None
    kind, _ = canonical_scope(name.removesuffix("窗口"))
    if kind != "department" or _PHRASE.search(name) or "政府办" in name:
        return None  # 县政府办公室 does the disclosure work of the government it reports for
    return name


# a level named at a label's own words' head (市级政务服务事项网上可办率, 县级受理办件), and the levels below each report's
_LEVEL_HEAD = re.compile(r"^([省市州盟县区旗乡镇])本?级(?:(?=[\u4e00-\u9fff]{2})(?!及?以[上下])|$)")
# the places below named together by their levels (各县（区）, 县（市、区）, 区县, 县市区, 县（市）, 县域): only ever the
# places below, never the own level (市县两级 is the whole)
_LEVELS_HEAD = re.compile(r"^各?([省市州盟县区旗])(?:[省市州盟县区旗]{1,2}|[（(][省市州盟县区旗、]{1,6}[）)]|[县区旗市]?域)+"
                          r"(?:(?=[\u4e00-\u9fff]{2})(?![两三]级)|$)|^各([市州盟县区旗])(?=[\u4e00-\u9fff]{2})")
_BELOW = {"省": "市州盟", "市": "县区旗", "州": "县市", "盟": "旗县市", "县": "乡镇", "区": "镇乡", "旗": "乡镇"}


# the townships or villages together at a label's own words' head, with or without their service centre (各乡镇便民服务
# 中心, 乡镇（街道）为民服务中心, 镇街, 村级代办点, 村（社区）便民服务站): named with 各, a bracket, 级 or 乡镇/镇街, never a bare
# 村 or 社区 (村庄, 社区矫正)
_TOWNS_HEAD = re.compile(r"^(?:全[县区市旗])?(?:各(?:乡镇|镇街|乡|镇|街道|村|社区)|(?:乡镇|镇街|乡|镇|村|社区)(?=[（(])|乡镇|镇街|村级|村居)"
                         r"(?:[（(][乡镇街道村居社区、]{1,6}[）)])?级?"
                         r"(?:(?P<centre>(?:便民|为民)服务(?:中心|站|室|点)|代办(?:点|站)|服务站)|(?!(?:便民|为民)服务|代办|服务站))"
                         r"(?=[\u4e00-\u9fff]{2})")  # (乡镇便民服务中心 alone counts the centres: the whole's)


def level_head(label: str | None, own_place: str | None) -> tuple[str, str] | None:
    """(scope, label without the level) for a label whose own words open with a level, read against the report's
    level (the last level of ``own_place``, its region or the places its body's name opens with), or a part named by
    the level alone (…:市级) or with a word of the whole's name (全年受理办件…，其中市级受理…: the whole's label): its own (市级
    in a city's report: the own level, 市本级) or the one below (县级 in a city's report: the counties together, 各县); None
    for any other level or no place. X本级 is X's own level in any report. The townships or villages together at the
    head (镇街便民服务中心受理) are the scope in any report, their centre the whole its figure is of (便民服务中心:受理)."""
    if not label:
        return None
    whole, own = _split(label)
    if towns := _TOWNS_HEAD.match(own):
        rest = own[towns.end():]
        return towns.group(), (f"{whole}:" if whole else "") + (f"{towns['centre']}:{rest}" if towns["centre"] else rest)
    if towns := _TOWNS_HEAD.match(whole):  # 各乡镇承办工单:按时办结率: the towns' rate, of what they did
        return towns.group(), f"{towns['centre'] or ''}{whole[towns.end():]}:{own}"
    if not (m := _LEVEL_HEAD.match(own) or _LEVELS_HEAD.match(own)):
        return None
    level = m.group(1) or m.group(2)
    if "本" in m.group():  # 市本级: that level's own, whatever the report's place
        scope = f"{level}本级"
    elif not own_place or not (places := _BODY_PLACES.match(own_place)):
        return None
    else:
        mine = places.group(0)[-1]
        below = f"各{level}" if level in _BELOW.get(mine, "") else None
        scope = below if m.re is _LEVELS_HEAD else f"{mine}本级" if level == mine else below
    whole, rest = _split(label)[0].rstrip("（("), own[m.end():]  # 在库事项（市本级…: the bracket is no word of the whole
    if scope and scope.startswith("各"):
        rest = rest.removesuffix("合计")  # 县（市）一般公共预算收入合计: the places' figures summed, their statistic
    if not rest or rest in whole:
        # 政务服务事项共梳理15862项，其中市级1326项; 全年受理办件…，其中市级受理…, 办件量…，其中市本级办件…: the level's
        # part of the whole's measure, named by the level alone or with a word of the whole's name
        return (scope, whole) if scope and whole else None
    return (scope, (whole + ":" if whole else "") + rest) if scope else None


_OPENER = re.compile(r"^(?:其中|另外|此外|同时)[，,]?")


def carried_level(sentence: str, own_place: str | None) -> str | None:
    """The level a figure's sentence is about when its nearest clause that names a subject, back from the figure's
    own, opens with a level (县级一般公共预算收入8.2亿元，加上级补助收入…，收入总计…: the later lines are the level's, a
    part of the whole, as a named place's later figures are the place's): the own level (县本级, 本级) or the places
    below together (县级 in a city's report: 各县), read as level_head reads a label's; the level as said (市级) when
    ``own_place`` cannot tell which. None when that clause names the whole, a place, the places below or a department
    (全县…; 县财政局…, though a level's clause after it wins). ``sentence`` runs from the sentence's start or last
    semicolon to the figure."""
    for clause in reversed(_CLAUSE.split(_GLOSS.sub("", sentence))):  # (含…，县级平台…次): a gloss names no subject
        head = re.match(r"[^\d.%]*", _OPENER.sub("", _TIME_LEAD.sub("", _LEAD.sub("", clause)))).group()
        if head.startswith("本级"):
            return "本级"
        if m := _OWN_LEVEL_HEAD.match(head):
            return m.group(1)
        if m := _LEVEL_HEAD.match(head):
            level, places = m.group(1), own_place and _BODY_PLACES.match(own_place)
            if "本" in m.group():
                return f"{level}本级"
            if not places:
                return f"{level}级"
            mine = places.group()[-1]
            return f"{mine}本级" if level == mine else f"各{level}" if level in _BELOW.get(mine, "") else f"{level}级"
        if _WHOLE.match(head) or _NAMED_PLACE.match(head) or _LEVELS_HEAD.match(head) or _TOWNS_HEAD.match(head) \
                or _SUBJECT.match(head):
            return None
    return None


def counts_places_below(label: str | None, unit: str, kind: str) -> bool:
    """Whether the label as printed names an indicator that counts the places below or their centres (村（社区）便民服务站
    …203个): the whole's count, which no level reading of its head (the villages together) takes."""
    found = label_metric_id(label, unit, kind)
    return bool(found) and _OF_PLACES_BELOW.search(_base_of(found).definition) is not None


def own_level_head(label: str | None) -> str | None:
    """The own level a label's own words open with (省本级网上可办率 -> 省本级): the fact's scope, whatever scope phrase
    extraction carried from before it (全省…，其中省本级网上可办率99.8%)."""
    return (m := _OWN_LEVEL_HEAD.match(_split(label)[1])) and m.group(1) if label else None


def implied_scope(text: str, start: int, label: str | None, title: str | None = None) -> str | None:
    """The scope a figure at ``start`` of ``text`` is about, when extraction gave it none: the own level its label
    opens with (州本级…网上可办率), else a department: one its label opens with (不动产登记中心延时服务), else the
    own level or the subject that opens the nearest clause before it, back to the last semicolon or sentence end
    (省级服务大厅设窗口42个，窗口工作人员168人: the hall's staff; 市住建局全年办理工单3.42万件，
    按时办结率99.2%；…: both figures are the 局's; a clause that opens with no department does not end the search, a
    semicolon does, so one department's figures do not run into the next one's or the whole's), else, for a sentence
    that names no subject of its own (一年来，窗口提供…), a department that heads its paragraph, is the subject of the
    paragraph's first sentence, or opens the heading line above it. The 12345 hotline is such a department
    (市12345热线全年受理…，按时办结率97.3% in a 政务服务 centre's report) unless the report's title (``title``, else its
    first line) names a hotline: a hotline's own report opens its sentences with its name too. fact_scope reads a
    department that is the report's own issuing body as the whole."""
    hotline_report = "热线" in (title or text.lstrip()[:80].split("\n", 1)[0])
    if found := own_level_head(label):
        return found
    if label and (found := _department((m := _LABEL_HEAD.match(label)) and m.group(1), hotline_report)):
        return found
    lo = max(0, start - _REACH)  # a flattened page is one long line: look back a bounded stretch
    seg_start = max(lo - 1, *(text.rfind(c, lo, start) for c in _SEGMENT_END)) + 1
    clauses = _CLAUSE.split(text[seg_start:start])
    for clause in reversed(clauses):
        clause = _LEAD.sub("", clause)
        if m := _OWN_LEVEL_CLAUSE.match(clause):
            return m.group(1)
        if found := _department((m := _SUBJECT.match(clause)) and m.group(1), hotline_report):
            return found
    par_start = text.rfind("\n", lo, start) + 1
    if par_start == 0 and lo > 0:
        return None  # the paragraph began too far back to read it
    sentence_start = max(lo - 1, *(text.rfind(c, lo, start) for c in "。！？!?\n")) + 1
    own_words = _TIME_LEAD.sub("", _LEAD.sub("", text[sentence_start:start]))
    if sentence_start > par_start and not _NO_SUBJECT.match(own_words):
        return None  # a sentence of its own subject (区长信箱全年收到来信…) in a paragraph about a department
    head = _TIME_LEAD.sub("", _LEAD.sub("", text[par_start:par_start + 60]))
    m = _PARAGRAPH_HEAD.match(head) or _SUBJECT.match(head)
    if found := _department(m and m.group(1), hotline_report):
        return found
    # a heading line above it (市某某局:延时服务获好评)
    heading_start = text.rfind("\n", max(0, par_start - 40), max(par_start - 1, 0)) + 1
    heading = text[heading_start:par_start].strip()
    if not _NO_SUBJECT.match(_TIME_LEAD.sub("", _LEAD.sub("", text[par_start:start]))):
        return None
    m = _HEADING_DEPT.match(_LEAD.sub("", heading)) if 0 < len(heading) <= 30 and "。" not in heading else None
    return _department(m and m.group(1), hotline_report)


_LAST_PLACE = re.compile(r"[^省市州盟县区旗]{2,8}[县区旗]$")  # a region's county or district (禹会区 of 蚌埠市禹会区)


def canonical_scope(phrase: str | None, region: str | None = None) -> tuple[str, str]:
    """(kind, name) of a fact's scope phrase in a report of ``region``:
    whole (the report's place as a whole, or no scope stated: 全市, 我市各级政府及其工作部门, 全市市县两级政务服务中心),
    own_level (市本级, 市本级窗口单位), government (市政府), department (市人社局服务大厅 -> 人社局), subregion (a named
    place below the report's: 某某县政务服务中心 in a city's report -> 某某县), subregions (县市区政府: the places below,
    together), sector (全市教育系统 -> 教育系统). A phrase no rule reads (a sentence's words the extraction took for
    a scope) is the report's own coverage: whole. The name is '' for whole, own_level and government."""
    phrase = (phrase or "").strip()
    if not phrase:
        return "whole", ""
    if _OWN_LEVEL.search(phrase):
        return "own_level", ""
    if _GOVERNMENT.match(phrase):
        return "government", ""
    if _SUBREGIONS.match(phrase):
        return "subregions", _LEVEL_OF_PLACES.get(phrase.removeprefix("各")[0], "县")
    if m := _WHOLE.match(phrase):
        rest = phrase[m.end():]
        if _SUBREGIONS.match(rest):  # 全县各乡镇便民服务中心: the townships together, not the county's whole
            return "subregions", _LEVEL_OF_PLACES.get(rest.removeprefix("各")[0], "县")
        if _SECTOR.search(rest) and not _COLLECTIVE.search(rest):
            return "sector", rest
        return "whole", ""
    if _HOTLINE.match(phrase):
        return "department", "12345热线"
    if m := _DEPARTMENT.match(phrase):
        return "department", m.group(1)
    own = region and (phrase.startswith(region) and region
                      or (last := _LAST_PLACE.search(region)) and phrase.startswith(last.group()) and last.group())
    if own:  # the report's own place, named (in full, or without its city: 禹会区 of 蚌埠市禹会区): as 全市 or 市 would say it
        rest = phrase[len(own):]
        if not rest or _ALL_BODIES.search(rest):
            return "whole", ""
        dept = re.match(rf"([\u4e00-\u9fff、]{{1,14}}?{_BODY_SUFFIX})", rest)
        return ("department", dept.group(1)) if dept else ("whole", "")
    if (m := _PLACE.match(phrase)) and len(m.group(1)) >= 3:
        return "subregion", m.group(1)
    if (m := _NAMED_PLACE.match(phrase)) and not (region and m.group(1) in region):
        return "subregion", m.group(1)  # a town, township or sub-district named (新城铺镇便民服务中心)
    if _AREA_PART.match(phrase):  # 城区 of a breakdown by place (分城乡看): a part of the region, never the whole
        return "subregion", phrase
    if _ROW_BODY.match(phrase):  # 市场监管局: a body without a level before it
        return "department", phrase
    return "whole", ""
