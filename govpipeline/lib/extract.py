"""Statistical facts, their relations and enumerations, from normalized report text.

Every fact carries the exact span it was read from. The rules are about how Chinese official prose writes
statistics (measure words, 万/亿, qualifiers, 其中 breakdowns, 占X%, 比上年增长X%, 由A缩短至B), never about a
particular report.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from govpipeline.lib.numbers import ARABIC_NUMBER, MULTIPLIERS, POINT_UNITS, decimals, parse_number, scaled
from govpipeline.lib.sections import SectionIndex

KINDS = ("count", "amount", "rate", "share", "change", "duration", "area", "score", "other")
APPROX = ("近", "约", "余", "多", "以上", "超过", "逾", "不足", "左右")
RELATION_ROLES = {"sum": ("total", "part"), "share": ("part", "total", "share"), "yoy": ("current", "change"),
                  "before_after": ("before", "after"), "narrative_table": ("narrative", "table")}


@dataclass
class Fact:
    idx: int
    value: float
    value_max: float | None
    unit: str
    kind: str
    approx: str | None
    metric: str
    scope: str | None
    year: int | None
    quote: str
    start: int
    end: int
    section: str | None
    sentence: str
    decimals: int  # printed decimals, for rounding tolerances
    scale: float  # multiplier the figure was printed with (1e4 for 万), for rounding tolerances
    in_paren: bool = False
    after_list: bool = False  # the figure counts a list of names just before it
    label: str = ""  # the measured thing's own words, before any parent label is prefixed
    head: str = ""  # the words before the figure in its clause, shared by figures listed with 、
    involved: bool = False  # 涉及N个部门 with no object in its clause: what involves them is named before


@dataclass
class Relation:
    relation_type: str
    members: list[tuple[str, int]]  # (role, fact idx)
    note: str = ""
    exhaustive: bool | None = None  # sum: the parts claim to make up the whole total (分别为, or they reach it)


@dataclass
class Enumeration:
    heading: str
    stated_count: int
    listed_count: int
    items: list[str]
    count_fact: int | None = None


@dataclass
class Extraction:
    facts: list[Fact] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    enumerations: list[Enumeration] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- the number pattern
_DURATION_UNITS = ("工作日", "天", "小时", "分钟", "秒", "个月", "周", "年")
_UNITS = (
    "个工作日", "工作日", "个百分点", "百分点", "个千分点", "千分点", "个月", "人次", "户次", "件次", "批次", "家次", "台次", "车次", "艘次",
    "小时", "分钟", "平方米", "㎡", "场次", "公里", "公顷", "大类", "部门", "部分", "方面", "元", "%", "‰", "倍", "件",
    "项", "个", "家", "人", "名", "条", "篇", "场", "次", "期", "户", "宗", "份", "封", "面", "所", "台", "类", "起",
    "例", "天", "周", "分", "处", "套", "步", "轮", "岁", "笔", "座", "栋", "张", "册", "辆", "间", "位", "吨", "亩", "头", "年",
    # physical measures (千米 and 千瓦 are units of their own, not 千 times 米 or 瓦)
    "平方公里", "平方千米", "千米", "立方米", "千瓦时", "千瓦", "兆瓦", "千克", "微克/立方米", "毫克/升", "株", "棵", "艘",
    "秒", "支", "盏", "枚", "架次", "架", "趟", "班次", "只", "单", "批",  # 来访624批1958人次: visits in groups
    # foreign money: trade, foreign investment (实际使用外资3.2亿美元)
    "美元", "欧元", "港元", "日元",
)
_MONEY_UNITS = ("元", "美元", "欧元", "港元", "日元")
_UNIT_CANON = {"个工作日": "工作日", "平方米": "㎡", "大类": "类", "百分点": "个百分点", "千分点": "个千分点",
               "平方千米": "平方公里"}
_AREA_UNITS = ("㎡", "公顷", "亩", "平方公里")
# quantities that are neither counted things nor money: weight, length, volume, energy, concentration
_MEASURE_UNITS = ("吨", "公里", "千米", "立方米", "千瓦时", "千瓦", "兆瓦", "千克", "微克/立方米", "毫克/升")
_UNIT_ALT = '|'.join(map(re.escape, _UNITS))
_FIGURE_LAST = frozenset({u[-1] for u in _UNITS} | set("0123456789"))  # what a figure can end with
_CN = "零〇一二两三四五六七八九十百千"
_NUM = rf"{ARABIC_NUMBER}|[{_CN}]+(?:点[零〇一二三四五六七八九]+)?|半"
_PRE = r"近|约|不超过|不高于|不多于|超过|超|突破|逾|不足|不到|将近|接近|不少于|不低于|大约"
_PRE_BEFORE = re.compile(rf"(?P<pre>{_PRE})(?P<link>占|达到|达|为)?$")
_PRE_LAST = frozenset("近约过于超破逾足到占达为")  # what a match of _PRE_BEFORE can end with
_FACT = re.compile(
    rf"(?:百分之(?P<pct>[{_CN}点]+)|千分之(?P<per_mille>[{_CN}点]+)"
    rf"|(?P<den>[二两三四五六七八九十]|十[一二三四五六七八九]?|[2-9])分之(?P<nom>[一二两三四五六七八九]|[1-9])(?!十|[\d.])"
    rf"|(?P<cheng>[一二两三四五六七八九十]|(?<![\d.])[1-9])成(?![为立效果本员就功绩])"
    rf"|(?P<num>{_NUM})(?:(?P<first>万|亿|%)?\s?(?P<range>[-－~～至到—])\s?(?P<num2>\d+(?:\.\d+)?))?"
    rf"(?P<sfx1>余|多)?(?P<mult>千万|百万|万亿|万|亿|千)?(?P<sfx2>余|多)?\s?"
    rf"(?P<unit>{_UNIT_ALT})(?P<alt>[(（](?:{_UNIT_ALT})[)）])?(?:/(?P<per>{_UNIT_ALT}|月|日))?)"
    rf"(?P<post>以上|左右|以内|以下|之多)?"
)
# Every figure begins with a digit or a Chinese numeral. re skips ahead to a pattern's possible first characters only
# when it opens with a literal or one character class (not [...]+, not an alternation like _FACT's), so runs of
# numerals are found first and _FACT is tried only there. No unit is made of numerals alone, so a figure goes on past
# its run, with a character that can follow a numeral in _FACT: runs followed by anything else (统一, 进一步) are
# skipped, and so are digits followed by 年 (a date: _reject takes only 连续三年).
_AFTER_NUMERAL = "".join(sorted({u[0] for u in _UNITS} | {u.lstrip(_CN)[:1] for u in _UNITS}  # 45千米: 米
                                 | set(",.点成分余多万亿至到-－~～—")))
_NUMERAL_RUN = re.compile(rf"[\d{_CN}半][\d{_CN}半]*+(?=[\s{re.escape(_AFTER_NUMERAL)}])(?!(?<=\d)年)")


def _figures(text: str):
    """``_FACT.finditer(text)``, tried only inside runs of numerals."""
    match = _FACT.match
    pos = 0
    for run in _NUMERAL_RUN.finditer(text):
        p, end = max(run.start(), pos), run.end()
        while p < end:
            m = match(text, p)
            if m:
                yield m
                p = pos = m.end()
            else:
                p += 1


_APPROX_CANON = {"上": "以上", "超": "超过", "突破": "超过", "将近": "近", "接近": "近", "不到": "不足", "大约": "约", "不少于": "以上", "不低于": "以上",
                 "之多": "多"}
# 逾万人, 近万件, 上亿元: 万 or 亿 alone is the number; the scan for numerals does not start at it. Found from the
# word, which re can skip ahead to (a pattern each: not to a class); the qualifier is read back.
_ROUND_NUMBERS = tuple((word, re.compile(rf"{word}(?P<sfx>余|多)?(?P<unit>{_UNIT_ALT})")) for word in ("万", "亿"))
_ROUND_QUALIFIERS = ("超过", "逾", "近", "超", "约", "上")
_SIZED_BY = re.compile(r"项目|企业|级|规模|以上")  # 上亿元项目: a class of things sized by it, no statistic
# Bare figures with 万/亿 and no measure word after a word that says what they count: 办件量逾50万, 粉丝量达12.5万,
# 注册用户超过500万, 常住人口128.5万
_BARE_VOLUME = re.compile(r"(?P<word>量|数|用户|粉丝|人口)(?P<pre>逾|超过|超|近|约|达到|达|为|突破)?(?P<num>\d+(?:\.\d+)?)"
                          r"(?P<mult>万亿|万|亿)(?![\u4e00-\u9fff%‰㎡])")
# the unit a counted word implies when no measure word is printed: 办件量 counts 件, 粉丝量 people, 访问量 visits
_IMPLIED_UNITS = (("件", "件"), ("人口", "人"), ("人数", "人"), ("粉丝", "人"), ("用户", "人"), ("会员", "人"),
                  ("访问", "次"), ("浏览", "次"), ("点击", "次"), ("阅读", "次"), ("播放", "次"), ("下载", "次"))
_BARE_VOLUME_WIDTH = 16  # the most characters _BARE_VOLUME takes before its 万 or 亿, bar very long numbers


def _bare_volumes(text: str) -> list[re.Match]:
    """``_BARE_VOLUME.finditer(text)``, tried only before a 万 or 亿 that no measure word follows: its opening
    alternation makes re test a class at every character (8x slower than finding 万)."""
    found: list[re.Match] = []
    for at, _ in _occurrences(text, ("万", "亿")):
        after = text[at + 1:at + 2]
        if after and ("\u4e00" <= after <= "\u9fff" or after in "%‰㎡"):
            continue
        lo = max(at - _BARE_VOLUME_WIDTH, found[-1].end() if found else 0)
        found += (m for m in _BARE_VOLUME.finditer(text, lo, at + 2) if m.end() == at + 1)
    return found

_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n\t()（）]")  # a tab ends a table cell
_SENTENCE_BREAKS = "。！？!?\n"  # a subset of the clause breaks
# 地区生产总值完成386.2亿元、增长6.1%: a 、 between a figure and its change ends a clause, as a comma does
_LEVEL_THEN_CHANGE = re.compile(r"、(?=(?:同比|比上年|较上年)?(?:分别)?(?:增长|下降|增加|减少|提高|降低|上升|回落|下滑)"
                                r"(?:[\d百一二三四五六七八九十零〇两]|$))")  # $: a clause read up to its figure
# compiled once: re.split(str, …) looks its pattern up at every call, and these run for every figure
_CLAUSE_SPLIT = re.compile(r"[，,；;：:]")
# the same rule for a split of a short clause; a pattern that opens with a lookbehind is tried at every position, so
# the scan of a whole text (_Context) finds the 、 first and tests the character before it itself
_CHANGE_AFTER_LEVEL = re.compile(rf"(?<=[{re.escape(''.join(sorted(_FIGURE_LAST)))}]){_LEVEL_THEN_CHANGE.pattern}")
_PHRASE_SPLIT = re.compile(r"[，,；;。]")
_ITEM_SPLIT = re.compile(r"[、，,；;]")
_CHANGE_VERB = re.compile(r"(?<!自然)(?:增长|增加|上涨|上升|下降|减少|降低|提高|提升|提速|缩短|压缩|压减|精简|缩减|回落|下滑|增产|减产|增收|减收|增幅|降幅|涨幅|跌幅|增速|节约|节省)(?:幅度)?[了约近]?(?:率)?(?:达到|达|为|在)?$")
_CHANGE_OF_OBJECT = re.compile(r"(?:节约|节省|压缩|缩短|减少|降低|提高|提升)[^，,；;。\d至到为达率]{1,8}(?:约|近|超过)?$")  # 节约办事时间约30%
_CHANGE_DURATION = re.compile(r"(?:缩短|减少|压缩|节约|节省|提速)了?(?:审批|办理)?(?:时限|时间)?$")
_YOY_CUE = re.compile(r"(?:比|较|与)(?:上年|去年|上一年|上年度|年初|(?:19|20)\d{2}年)(?:底|末|同期)?(?:相比)?|同比|环比")
_YOY_FIRST = frozenset("比较与同环")  # what a match of _YOY_CUE can begin with
# 较上年增加1205条, 较上年末净增1.12万户, 较上年的43件增加14件; against another time: 较年初增加12.4万人; against
# a figure in brackets: 与2022年（29件）相比增加9件
_COMPARED_AMOUNT = re.compile(rf"(?:{_YOY_CUE.pattern}|(?:比|较)(?:年初|上季度|上月|上半年|一季度)|^相比)(?:的\d[\d.,]*(?:万亿|万|亿)?(?:{_UNIT_ALT}))?"
                         r"[^，,；;。\d]{0,4}?(?:增加|减少|增长|下降|多|少|提高|提升|上升|降低|节约|节省|净增|净减)了?$")
_SHARE_CUE = re.compile(r"(?:占|占比|(?<!压缩|压减|缩减|缩短|减少|降低|提高|提升|增长|下降)(?:比例|比重))(?:[^，,；;。]{0,12}?的)?(?:比例|比重)?(?:为|达到|达|(?:保持|稳定|维持|控制)在)?(?:约|近)?$")
_RATE_WORD = re.compile(r"率")
_BARE_CHANGE = re.compile(r"(?:同口径|同比|环比|按可比价格计算|可比价)?(?:分别)?(?:(?:增长|增加|下降|减少|上涨|上升|提高|提升|降低|回落|下滑|增产|减产|增收|减收)了?|"
                          r"(?:增幅|降幅|涨幅|跌幅|增速)(?:为|达到|达)?)")
_RATE_OF_CHANGE = ("增速", "增幅", "降幅", "涨幅")  # a change's own pace, named without what changes
_CHANGE_TAIL = re.compile(rf"(?:{_YOY_CUE.pattern})?(?:{_BARE_CHANGE.pattern})$")  # 办件量同比增长 -> 办件量
_YEAR = re.compile(r"((?:19|20)\d{2})年")
# a window narrower than the report's year: 截至10月1日, 1-11月份, 2019年上半年
_PERIOD = re.compile(r"(?:截至|截止到|截止)(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末)?|(?<![\d.])\d{1,2}[-－~至]\d{1,2}月份?|"
                     r"(?:19|20)\d{2}年(?:上半年|下半年|第[一二三四]季度|\d{1,2}[-－至]\d{1,2}月)|"
                     # 第三季度，热线受理诉求15.6万件: a part of the year that opens a clause is the window of what follows
                     r"(?:\A|(?<=[。；;：:，,\n])|(?<=今年)|(?<=本年))(?:第?[一二三四]季度|前三季度|上半年|下半年)(?=[，,])")
# every period holds 月, 季度 or 半年, and begins at most 16 characters before that word and ends at most 4 after it
_PERIOD_KEYS = ("月", "季度", "半年")


def _periods(text: str) -> list[re.Match]:
    """``_PERIOD.finditer(text)``, searched only around its key words: a branch of _PERIOD opens with a lookbehind,
    so re tries the whole pattern at every position (85 ns a character)."""
    found: list[re.Match] = []
    lo = hi = 0
    for start, end in _occurrences(text, _PERIOD_KEYS):
        if start - 16 > hi:
            found += _PERIOD.finditer(text, lo, hi)
            lo = start - 16
        hi = end + 4
    found += _PERIOD.finditer(text, lo, hi)
    return found


def _years(text: str) -> list[re.Match]:
    """``_YEAR.finditer(text)``, read back from each 年: re finds one literal character far faster than a class."""
    return [m for start, _ in _occurrences(text, ("年",)) if start >= 4 and (m := _YEAR.match(text, start - 4))]


def _positions(text: str, word: str, start: int, end: int):
    """Where ``word`` occurs in ``text[start:end]``."""
    while (at := text.find(word, start, end)) >= 0:
        yield at
        start = at + len(word)


def _occurrences(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of ``words``, which share no characters, in order."""
    return sorted((at, at + len(w)) for w in words for at in _positions(text, w, 0, len(text)))


# precompiled: these run once per figure
_DEMONSTRATIVE_END = re.compile(r"(?:这|那|该|此|上述|以上|前述)$")
_PRINCIPLE_COLON = re.compile(r"[\u4e00-\u9fff]{1,4}[:：]")
_SHARE_OF = re.compile(r"占[^，,；;。]{0,12}$")
_OF_THE_WHOLE = ("总量的", "总数的", "总额的")  # 达到总量的56.8%
# 为预算的101.2%, 完成年度计划的96.3%: the figure before, against its plan
_OF_PLAN = re.compile(r"(?:为|完成|达到|达|占)(?:年度|全年|年初|调整)?(预算|计划|目标|任务)的$")
_AVERAGE = re.compile(r"(?:平均每|日均|月均|年均)(?:天|日|月|周|年|小时)?[^，,；;。]{0,6}$")
# 每千人口执业医师3.2人, 每千名老年人拥有养老床位32张: a ratio to the population, households or firms
_PER_CAPITA = re.compile(r"每(?:十万|[百千万])(?:人口?|名|户|家)")
_LEADING_PUNCT = re.compile(r"^[，,；;：:\s]+")
# the numbering of a heading or a list item: 一、 （一） 1. 【…】
_ORDINAL = re.compile(r"^\s*(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|【)|】$")
_LEADING_LINK = re.compile(r"^(?:其中|同时|另外|目前|截至目前|今年以来|年内|全年|当年|年末|年底|年初)[，,]?")
_PREVIOUS_YEAR = re.compile(r"(?:上年|去年|上一年)[^，,；;。]{0,4}$")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
_OUR_PLACE = re.compile(r"^(?:我市|我区|我县|全市|全区|全县)")
_DAY_COUNT = re.compile(r"(?:天数|日数)(?:达到|达|为|有|共)?$")
_TIME_WORD = re.compile(r"时间|时限|周期|时长|期限|工期|用时|耗时")
_SHARE_WORD = re.compile(r"占|比例|比重|率")
_GLOSS_END = re.compile(r"[（(][^（）()]{1,20}[）)](?=(?:为|达到|达)?$)")  # another name in brackets, before the figure


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


# ---------------------------------------------------------------------------------------------- context helpers
_CURLY_QUOTED = re.compile(r"“[^”\n]{0,40}”")
_QUOTED = re.compile(rf"{_CURLY_QUOTED.pattern}|\"[^\"\n]{{0,40}}\"")
_TITLED = re.compile(r"《[^》\n]{0,80}》")
_IN_PARENTHESES = r"[^（()）\n]{0,80}[）)]"
_FULLWIDTH_PARENTHESIZED = re.compile("（" + _IN_PARENTHESES)
_PARENTHESIZED = re.compile(r"\(" + _IN_PARENTHESES)


class _Context:
    def __init__(self, text: str):
        self.text = text
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
        if "、" in text:
            breaks = sorted(breaks + [m.start() for m in _LEVEL_THEN_CHANGE.finditer(text)
                                      if text[m.start() - 1:m.start()] in _FIGURE_LAST])
        self.sentence_starts = [0] + [b + 1 for b in breaks if text[b] in _SENTENCE_BREAKS]
        self._sentence_bounds = self.sentence_starts + [len(text)]
        self._sentence_at: dict[int, tuple[int, int]] = {}
        self._sentence_texts: dict[int, str] = {}
        self.break_starts = breaks
        self.break_ends = [b + 1 for b in breaks]
        # re skips ahead fast only to one literal character: a pattern per opening character where spans can't overlap
        self.quotes = self._spans(_QUOTED if '"' in text else _CURLY_QUOTED)
        self.titles = self._spans(_TITLED)
        self.parens = self._spans(_FULLWIDTH_PARENTHESIZED, _PARENTHESIZED)
        self.years = self._found(_years(text))
        self.periods = self._found(_periods(text))
        # read once per sentence: who its head names
        self.sentence_scopes: dict[int, tuple[str | None, int]] = {}
        self.colon_topics: dict[int, str | None] = {}  # colon -> the topic of the list it opens

    def _spans(self, *patterns: re.Pattern) -> tuple[list[int], list[int]]:
        """(starts, ends) of the patterns' matches, which never overlap."""
        spans = sorted(m.span() for pattern in patterns for m in pattern.finditer(self.text))
        return [s for s, _ in spans], [e for _, e in spans]

    @staticmethod
    def inside(spans: tuple[list[int], list[int]], pos: int) -> tuple[int, int] | None:
        starts, ends = spans
        i = bisect_right(starts, pos) - 1
        return (starts[i], ends[i]) if i >= 0 and pos < ends[i] else None

    def sentence(self, pos: int) -> tuple[int, int]:
        bounds = self._sentence_at.get(pos)
        if bounds is None:
            i = bisect_right(self.sentence_starts, pos) - 1
            bounds = self._sentence_at[pos] = (self._sentence_bounds[i], self._sentence_bounds[i + 1])
        return bounds

    def sentence_text(self, s0: int, s1: int) -> str:
        """The sentence's text, stripped; one string for all the figures in it."""
        if s0 not in self._sentence_texts:
            self._sentence_texts[s0] = self.text[s0:s1].strip()
        return self._sentence_texts[s0]

    @staticmethod
    def _found(matches) -> tuple[list[int], list[re.Match]]:
        """(ends, matches) of a pattern's matches, which never overlap nor cross a sentence break."""
        found = list(matches)
        return [m.end() for m in found], found

    def last_before(self, found: tuple[list[int], list[re.Match]], pos: int) -> re.Match | None:
        """The last of ``found`` in the sentence of ``pos`` that ends before it."""
        ends, matches = found
        i = bisect_right(ends, pos) - 1
        return matches[i] if i >= 0 and matches[i].start() >= self.sentence(pos)[0] else None

    def clause_before(self, pos: int, limit: int = 80) -> str:
        i = bisect_right(self.break_ends, pos) - 1
        cut = self.break_ends[i] if i >= 0 else 0
        return self.text[max(cut, pos - limit):pos]

    def words_before(self, pos: int, before: str | None = None) -> str:
        """The clause before ``pos`` (``before``, when already read), with a parenthesis it holds: 县（市、区）收到,
        市长热线(信箱)办理答复."""
        before = self.clause_before(pos) if before is None else before
        clause_start = pos - len(before)
        if clause_start and self.text[clause_start - 1] in ")）":
            opening = max(self.text.rfind("(", 0, clause_start), self.text.rfind("（", 0, clause_start))
            if opening >= 0:
                return self.clause_before(opening) + self.text[opening:pos]
        return before

    def segment_start(self, pos: int, stops: str) -> int:
        """Where the text before ``pos`` that holds none of ``stops`` (clause breaks) begins; read from the breaks
        found once, not by scanning back through the whole text for each stop."""
        breaks, text = self.break_starts, self.text
        i = bisect_left(breaks, pos) - 1
        while i >= 0 and text[breaks[i]] not in stops:
            i -= 1
        return breaks[i] + 1 if i >= 0 else 0

    def clause_end(self, pos: int) -> int:
        k = bisect_left(self.break_starts, pos)
        return self.break_starts[k] if k < len(self.break_starts) else len(self.text)

    def clause_after(self, pos: int, limit: int = 24) -> str:
        return self.text[pos:min(self.clause_end(pos), pos + limit)]


# ---------------------------------------------------------------------------------------------- filters
_NOT_A_UNIT_AFTER = {"次": "性数序产", "分": "之别钟局会类", "年": "度级", "天": "然地", "周": "年边期", "期": "间刊限末满",
                     "个": "人性体", "人": "员民大", "名": "称单义录", "面": "积向临对貌", "所": "属有以在谓", "起": "来点草诉",
                     "台": "账阶", "位": "于置数次一", "条": "例件款码线", "场": "所景地", "张": "网", "项": "目",
                     "份": "额子", "处": "理置罚室", "家": "庭属乡", "部门": "", "部分": "公", "步": "伐", "轮": "训流",
                     "类": "别似型", "头": "条号版脑发像", "秒": "批办报杀",
                     "支": "持付出援撑部柱", "批": "准复示办量发评阅", "架": "构空设", "只": "需要有是能用跑读", "单": "位元据价独项号"}


_COUNTED_SLOGAN = {f"“{n}" for n in "一二两三四五六七八九十"}
_CLAUSE_ENDS = frozenset("，,。；;")
_COUNTED_ONCE = re.compile(r"[\u4e00-\u9fff](?<![跑进办见找报填交])")
_PEOPLE_UNITS = frozenset(("人", "人次", "名", "位", "户", "户次"))  # who is counted, not what
_EVENT_UNITS = frozenset(("次", "场", "期", "轮", "批", "批次", "人次", "件次", "场次"))  # what happens, not who or what
_LISTED_KINDS = frozenset(("部门", "个", "家", "所", "类", "名", "位"))  # what names listed before a count can be
_PAGE_COUNTER = re.compile(r"(?:浏览|点击|阅读|访问)次数[：:]\s*$")


_NAMES_A_RATE = re.compile(r"内?[\u4e00-\u9fff]{1,5}率(?:为|达到|达|是)?[\d百]")


def _reject(ctx: _Context, m: re.Match, unit: str, numtext: str) -> bool:
    """Whether a match of the number pattern is not a statistic; checked before anything is computed for it."""
    text = ctx.text
    s, e = m.start(), m.end()
    before = text[max(0, s - 2):s]
    chinese = bool(numtext) and not numtext[0].isdigit()
    if unit == "年" and not (chinese and before == "连续"):
        return True  # years are dates, except "连续三年"
    if unit == "单" and chinese:
        return True  # 两单两库, 三单一网: lists in a slogan's name; work orders are counted in figures (12560单)
    nxt = text[e:e + 1]
    if before.endswith("第") or before.endswith("前") and unit in ("名", "位"):
        return True  # ordinals and ranks
    if unit in ("名", "位") and before in ("前移", "后移", "跃升", "攀升"):
        return True  # 排名前移5位: a move in a ranking, not a statistic
    if before[-1:].isascii() and before[-1:].isalnum() or before[-1:] in (".", "×", "*"):
        return True  # part of a code, version, larger number or product (ISO9001, 3.0版, 7×24小时)
    if nxt and nxt in _NOT_A_UNIT_AFTER.get(unit, ""):
        return True  # the "unit" begins another word: 一次性, 三分之一, 十九大
    if before[-1:] == "“" and (close := text.find("”", e, e + 12)) > e + 1 and _han(text[e:close]) == close - e:
        return True  # a figure that opens a quoted name: “15分钟政务服务圈”, “24小时不打烊” (not “最多50个工作日”)
    if before[-1:] == "个" and text[s - 3:s - 1] in _COUNTED_SLOGAN and text[e:e + 1] == "”":
        return True  # “两个100%”: a slogan that counts its goals
    if before[-1:] in ("：", ":", " ") and _PAGE_COUNTER.search(text, max(0, s - 8), s):
        return True  # the web page's own counter: 浏览次数：1234
    if unit in _DURATION_UNITS and _NAMES_A_RATE.match(text, e):
        return True  # 15秒接通率98.5%, 1小时办结率: the time is part of the rate's name
    if ctx.inside(ctx.titles, s):
        return True  # inside a document title 《…》
    if chinese and ctx.inside(ctx.quotes, s):
        return True  # slogans: “最多跑一次” “三个一批” “两张皮”
    if chinese and numtext == "一" and not m.group("mult") and unit not in _DURATION_UNITS \
            and unit != "倍" and unit not in POINT_UNITS \
            and not (nxt in _CLAUSE_ENDS and unit != "起" and _COUNTED_ONCE.match(before[-1:])):
        # 一 with a measure word is an article (一个窗口, 一次办好), not a statistic (增长一倍 is one); at the end of
        # its clause after the thing counted it counts (开展培训一次。), but not after 跑 (最多跑一次) nor as 一起
        return True
    if chinese and nxt and nxt in "一" and unit in ("个", "次", "张", "件"):
        return True  # 三个一批, 五个一
    if chinese and numtext[0] in "十百千万" and (before[-1:] == "几" or before == "百上"
                                               or before[-1:] == "数" and before[:1] not in "总人次户件个家基指项位天岁"):
        return True  # 数十家, 几十个, 成百上千: a vague multitude, no figure (总数十二个 is one)
    if chinese and before.endswith("每") and unit not in _DURATION_UNITS:
        return True  # 每千人口, 每万人, 每千名老年人: the base of a ratio (每两周 is how often: a period)
    if chinese and (_DEMONSTRATIVE_END.search(before) or before == "属于"):
        return True  # 这三个部门 refers back to things already counted; 属于三类内部事务信息 names a category
    if chinese and _PRINCIPLE_COLON.match(text, e, e + 6):
        return True  # 做到三个明确：明确… names principles, not a statistic
    if chinese and unit in _LISTED_KINDS and before[-1:] not in ("等", "”") \
            and (listed := ctx.clause_before(s).count("、")) and listed + 1 == parse_number(numtext):
        return True  # 房产、国土两部门: the count restates the names just listed (等三家, “…”六个方面 count them)
    return False


# ---------------------------------------------------------------------------------------------- kind, metric, scope
_LEAD_TRIM = re.compile(
    r"^(?:由原来的|由原来|由原|[一二三四五六七八九十]+是|(?:排名|位居|居)前[一二三四五六七八九十\d]+(?:位|名)?的?(?:依次|分别)?(?:是|为)|依次(?:是|为)|"
    r"(?:我|本)(?:市|区|县|省|州|镇|乡|街道|机关|单位|部门|机构|局|委|办(?![理结件])|厅|院|中心)|其中|并且|并|且|同时|另外|此外|目前|截至目前|截止目前|截至|截止|今年以来|全年|年内|当年|累计|共计|合计|总计|共(?![享建治同识性])|已|先后|依法|"
    r"还|再|又|均|全部|分别|已经|达到|达|为|是|有|仅|在(?![校园职岗册编线建])|将|对(?![接比标照外口应话])|把|向|通过|经过|按照|其余的|其余|除|以|以及|和|及|与|加上|结果|同期相比|同期|了)+"
)
# 均 of 均为 goes, 日均 stays; 为 goes, 行为 stays
# the verbs of a change to a level: 由20个工作日压缩至3个工作日, 增长到12万件
_CHANGED_TO = "缩短|减少|增加|提高|简化|压缩|降低|提升|扩大|扩展|拓展|精简|增长|下降|上升|压减|提速|缩减"
_TO_LEVEL = rf"(?:{_CHANGED_TO})(?:至|到)"  # the figure after is the level the change reached
_TAIL_TRIM = re.compile(rf"(?:控制在|保持在|稳定在|{_TO_LEVEL}|首次|突破|(?<=[\u4e00-\u9fff”])占|共计|合计|总计|累计|共|达到|达|(?<![行作认成])为|是|有|约|近|不超过|不高于|不多于|超过|逾|增至|降至|(?<!收)至|(?<![收达得])到|了|的|由|从|分别|(?<![日月年人户平])均|已)+$")
_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}年?\s*[—\-－~～至到]|(?:19|20)\d{2}年(?:度)?(?:以来|以前|前|起)")
_SINCE_YEAR = re.compile(r"(?:从|自)(?:19|20)\d{2}年(?:起|以来|开始)")
_TIME_PREFIX = re.compile(r"^(?:(?:19|20)\d{2}年(?:度|底|初|末|上半年|下半年)?(?:\d{1,2}月(?:份|底|初)?)?(?:\d{1,2}日)?(?:以来|前)?|截至|截止|今年(?:以来)?|本年度?|去年|上年(?!结转))+")
_SCOPE = re.compile(
    r"(全市各级政府及其工作部门|全市各级行政机关|全市|全区|全县|全省|[省市区县镇乡]政府|市本级|区本级|县本级|本级|市县两级|市、县两级|县市区|县[（(]市、?区[）)]|县[（(]市[）)]|(?:乡镇|镇)[（(]街道[）)]|"
    r"市直部门和县市区|(?![以对按把被])[\u4e00-\u9fff]{2,14}?(?:[（(][\u4e00-\u9fff、]{1,6}[）)][\u4e00-\u9fff]{0,8}?)?(?:政务服务中心|政务中心大厅|服务中心|服务大厅|大厅|窗口|管理局|局|办公室|委员会|中心|政府|分中心|街道|县|区|部门|机关|单位))(?=共|累计|全年|已|先后|连续|新|依法|实有|现有|拥有|收到|受理|办理|完成|发布|"
    r"主动|通过|实现|对|为|在|将|把|组织|开展|进行|提供|核发|建立|印制|投资|编制|清理|设置|办件|的|[：:])"
    r"|(全市|全区|全县|全省)(?![场域范上各级])"  # 全县政务服务事项: the whole area, before any noun (not 全市场)
)


# the characters a match of _LEAD_TRIM or _TIME_PREFIX can begin with, and of _TAIL_TRIM end with: most labels
# begin and end with neither, and are left without trying the patterns
_LEAD_FIRST = frozenset("由一二三四五六七八九十我其并且同另此目截今本全年当累共合总已先还再又均分达为是有仅在将对把向通经按除以和及与加结12去上了排位居依")
_TAIL_LAST = frozenset("在次破占计共到达为是有约近过于逾至了的由从别均已")


_LONG_ASIDE = re.compile(r"（[^（）]{8,}(?<![率数量额])）")  # not another name of a measure (（常住人口城镇化率）)


def _clean_label(label: str) -> str:
    label = label.strip(" 　\t“”\"'")  # a tab: the cell boundary of a table row
    if label[:1] in ("）", ")"):
        label = label.lstrip("）)、，,；; ")  # what a parenthesis before left: 8.2万件（14.4%）、劳动保障6.5万件
    if label[:1] in _LEAD_FIRST:
        label = _TIME_PREFIX.sub("", label)
        for _ in range(3):
            trimmed = _TIME_PREFIX.sub("", _LEAD_TRIM.sub("", label))
            if trimmed == label:
                break
            label = trimmed
    if "年" in label:
        label = _SINCE_YEAR.sub("", label)  # 从2015年起连续三年获评: when the run began is no part of what is counted
    if "共" in label:
        label = _INNER_TOTAL.sub("", label)
    while label[-1:] in _TAIL_LAST and (tail := _TAIL_TRIM.search(label, max(0, len(label) - 6))):
        label = label[:tail.start()]  # searched from near the end: a $-anchored pattern is otherwise tried everywhere
    label = label.strip(" 　“”\"'·、，,；;：:")
    if ("“" in label or "”" in label) and label.count("“") != label.count("”"):  # 好差评”系统: a quote whose other half was cut off
        label = label.replace("“", "").replace("”", "")
    if "（" in label and len(label) > 12:  # A类（所提问题已解决或基本解决）建议: a long explanation, not the name
        label = _LONG_ASIDE.sub("", label)
    return label


# a measure named just before its figure (searched in the last 4 characters: re tries a $-anchored pattern everywhere)
_RATED = re.compile(r"[率度](?:达到|达|为|在|保持在|稳定在)?$")


def _kind(unit: str, before: str, after: str, m: re.Match | None) -> str:
    while before[-1:] in _LINKS:  # 分别增长5.1%、6.8%和7.2%: a later figure is read with the first one's words
        sibling = _SIBLING_FIGURE.search(before, max(0, len(before) - 12))
        if sibling is None:
            break
        before = before[:sibling.start()]
    if unit in ("%", "‰"):
        if m is not None and m.group("cheng"):  # 九成 is a share; 较上年增加近两成, a change; 满意度超九成, a rate
            if _CHANGE_VERB.search(before) or _compared_amount(before):
                return "change"
            return "rate" if _RATED.search(before, max(0, len(before) - 4)) else "share"
        if "）" in before[-4:] or ")" in before[-4:]:
            before = _GLOSS_END.sub("", before)  # 占常住人口比重（城镇化率）为64.68%: the words outside the gloss decide
        if _CHANGE_VERB.search(before) or _CHANGE_OF_OBJECT.search(before, max(0, len(before) - 14)):
            return "change"
        if _OF_PLAN.search(before):
            return "rate"  # 为预算的102.3%: completed against the plan, and it may pass 100
        if _SHARE_OF.search(before) or _SHARE_CUE.search(before) or before.endswith(_OF_THE_WHOLE):
            return "share"
        if _RATE_WORD.search(before):
            return "rate"
        if m is not None and m.group("post") == "以上" and after[:1] and "\u4e00" <= after[:1] <= "\u9fff" and after[:1] not in "的":
            return "share"  # 80%以上企业…: a share of the things named next
        if after[:1] == "的" and "\u4e00" <= after[1:2] <= "\u9fff" and not _SHARE_WORD.search(after):
            return "share"  # 98%的政务服务事项…: a share of the things named next (not 100%的抽查比例)
        return "rate"
    if unit == "倍" or unit in POINT_UNITS or _compared_amount(before):
        return "change"
    if "/" in unit and unit not in _MEASURE_UNITS:
        return "rate"  # 3.5元/立方米, 12件/日: an amount per unit
    if unit in _MONEY_UNITS:
        return "amount"
    if unit in _AREA_UNITS:
        return "area"
    if unit in _MEASURE_UNITS:
        return "other"
    if unit == "分":
        return "score"
    if unit == "岁":
        return "other"
    if "均" in before and _AVERAGE.search(before) and unit not in _DURATION_UNITS:
        return "rate"  # 日均接待3200人次; but 平均每件用时0.5个工作日 is a time taken
    if unit in _DURATION_UNITS and unit != "年":
        if _DAY_COUNT.search(before, max(0, len(before) - 6)):
            return "count"  # 空气质量优良天数328天: days counted, not a time taken
        return "change" if _CHANGE_DURATION.search(before) else "duration"
    return "count"


# what a match of _SCOPE can end with, and how long it can be: most clauses hold no such character where a match
# would end, and are not tried
_SCOPE_FIRST = frozenset("全市区县本")  # what the whole-area and own-level scopes begin with
_SCOPE_LAST = re.compile(r"[)会位关区厅县口室局市府心省级道门）]")
_SCOPE_WIDTH = 36

# the characters a match of _COMPARED_AMOUNT can end with: most words before a figure end with none, and skip it
_COMPARED_LAST = frozenset("了加少长降多高低约省增减升")


def _compared_amount(before: str) -> bool:
    """较上年增加1205条; in 分别比上年增加12件和减少9件 the second too, read without the figure listed before it."""
    if before[-1:] in _COMPARED_LAST and _COMPARED_AMOUNT.search(before, max(0, len(before) - 16)):
        return True
    tail = before[-24:]
    if not any(link in tail for link in _LINKS) or not _SIBLING_FIGURES.search(tail):
        return False
    tail = _SIBLING_FIGURES.sub("", tail)
    return tail[-1:] in _COMPARED_LAST and _COMPARED_AMOUNT.search(tail, max(0, len(tail) - 16)) is not None


# first characters, besides spaces, of what _head_scope strips (punctuation, a year, 截至/今年/去年/上年, 其中/同时/另外/目前/
# 年内/全年/当年)
_MAY_LEAD_SCOPE = frozenset("，,；;：:129截今去上其同另目年全当本")
_ORDINAL_FIRST = frozenset("（(0123456789")


def _head_scope(seg: str) -> tuple[str | None, int]:
    """(who is named at the head of ``seg``, how far into ``seg`` that reading reaches)."""
    stripped = seg
    item = _ORDINAL.match(seg) if seg[:1] in _ORDINAL_FIRST else None
    if item:  # 1.区住建局：承办工单3216件, but not 2.市直设有常驻窗口的单位(17个)
        stripped = seg[item.end():]
    while stripped[:1] in _MAY_LEAD_SCOPE or stripped[:1].isspace():  # 2023年，县中心…; 今年以来，市局…
        rest = _TIME_PREFIX.sub("", _LEADING_LINK.sub("", _LEADING_PUNCT.sub("", stripped)))
        if rest == stripped:
            break
        stripped = rest
    m = _SCOPE.match(stripped) if _SCOPE_LAST.search(stripped, 0, _SCOPE_WIDTH) else None
    if m and item and stripped[m.end():m.end() + 1] not in ("：", ":"):
        m = None
    offset = len(seg) - len(stripped)
    return (m.group(1) or m.group(2), offset + m.end() + 2) if m else (None, offset)  # + 2: _SCOPE looks ahead


def _scope(ctx: _Context, start: int, clause_before: str) -> str | None:
    """Who a figure is about: named at the head of its clause, else at the head of its sentence."""
    scope, _ = _head_scope(ctx.words_before(start, clause_before))
    if scope:
        return scope
    s0, s1 = ctx.sentence(start)
    if s0 not in ctx.sentence_scopes:  # read once per sentence; valid for figures after what the reading saw
        ctx.sentence_scopes[s0] = _head_scope(ctx.text[s0:s1])
    scope, reach = ctx.sentence_scopes[s0]
    return scope if s0 + reach <= start else _head_scope(ctx.text[s0:start])[0]


# ---------------------------------------------------------------------------------------------- extraction
# 3分42秒, 2小时15分钟: one duration, counted in its smaller unit
_DURATION_REST = re.compile(r"(?P<n>[0-5]?\d)(?P<unit>秒|分钟|分(?![类之别局会]))")  # not 2分类, 3分之一
_SMALLER_UNITS = {"分": ("秒",), "分钟": ("秒",), "小时": ("分钟", "分")}


def _candidates(ctx: _Context, report_year: int | None) -> list[Fact]:
    text = ctx.text
    facts: list[Fact] = []
    read_to = 0  # the end of a compound duration, whose second figure is no fact of its own
    for m in _figures(text):
        if m.start() < read_to:
            continue
        num, pct, cheng, unit, alt, per = m.group("num", "pct", "cheng", "unit", "alt", "per")
        numtext = num or pct or cheng or m.group("per_mille")
        if m.group("den"):  # 三分之一, 近三分之二: a share in %, to two decimals
            numtext = f"{100 * parse_number(m.group('nom')) / parse_number(m.group('den')):.2f}"
        if num:
            unit = f"{unit}({alt[1:-1]})" if alt else unit  # 人（次）: one way to print 人(次)
            unit = _UNIT_CANON.get(unit, unit)
            if per:  # 3.5元/立方米: a price or another amount per unit
                unit = f"{unit}/{_UNIT_CANON.get(per, per)}"
        else:
            unit = "‰" if m.group("per_mille") else "%"  # 千分之八点五: 8.5‰
        if _reject(ctx, m, unit, numtext):
            continue
        value = parse_number(numtext)
        if value is None:
            continue
        value_max = None
        if cheng:
            value *= 10
        elif num and m.group("num2"):
            value_max = parse_number(m.group("num2"))
            if value_max is not None and value_max <= value:
                continue  # 2016-2018 style spans and codes, not ranges
            if (first := m.group("first")) and first != (unit if first == "%" else m.group("mult")):
                continue  # 1万—2万元 and 20%-30% repeat the scale or unit; 1万—2亿 is no range
        if unit == "%" and value > 1000:
            continue
        lookback = _PRE_BEFORE.search(text, max(0, m.start() - 5), m.start()) \
            if text[m.start() - 1:m.start()] in _PRE_LAST else None
        pre = lookback.group("pre") if lookback else None
        mult_text = m.group("mult")
        scale = MULTIPLIERS.get(mult_text, 1) if mult_text else 1
        if num:
            value = scaled(numtext, scale)
            value_max = scaled(m.group("num2"), scale) if value_max is not None else None
        approx = m.group("sfx1") or m.group("sfx2") or m.group("post") or pre
        approx = _APPROX_CANON.get(approx, approx) if approx else None
        if approx in ("以内", "以下", "不超过", "不高于", "不多于"):  # a bound, not an approximation
            approx = None
        start = m.start()
        if pre and approx == _APPROX_CANON.get(pre, pre) and not lookback.group("link"):
            start = lookback.start()  # 近百次: the qualifier is part of the figure; in 约占2% it is not
        elif approx is None and numtext[0] in "百千" and text[start - 1:start] == "上":
            approx, start = "以上", start - 1  # 上百场, 上千人
        end = m.end()
        if unit in _SMALLER_UNITS and value_max is None and (rest := _DURATION_REST.match(text, end)) \
                and rest.group("unit") in _SMALLER_UNITS[unit]:
            value, end = value * 60 + int(rest.group("n")), rest.end()
            unit, read_to = "秒" if rest.group("unit") == "秒" else "分钟", end
        facts.append(_fact(ctx, len(facts), value, value_max, unit, approx, start, end, numtext, scale, report_year, m))
        if num and text[start - 1:start] in ("和", "、"):
            facts += _unit_shared_with(ctx, m, unit, scale, report_year)
    previous_end = 0
    for m in _bare_volumes(text):
        word_start = m.start()
        while word_start > max(previous_end, m.start() - 4) and "\u4e00" <= text[word_start - 1] <= "\u9fff":
            word_start -= 1
        word = text[word_start:m.end("word")]
        previous_end = m.end()
        if word_start == m.start() and len(word) == 1:
            continue  # a bare 量 or 数 says nothing
        unit = next((u for key, u in _IMPLIED_UNITS if key in word), None)
        if unit is None:
            continue  # no unit printed, and none that the word implies
        value = float(m.group("num")) * MULTIPLIERS[m.group("mult")]
        pre = m.group("pre")
        approx = _APPROX_CANON.get(pre, pre) if pre in ("逾", "超过", "超", "突破", "近", "约") else None
        start = m.start("pre") if approx else m.start("num")
        facts.append(_fact(ctx, len(facts), value, None, unit, approx, start, m.end(), m.group("num"),
                           MULTIPLIERS[m.group("mult")], report_year, None))
    for word, pattern in _ROUND_NUMBERS:
        for m in pattern.finditer(text) if word in text else ():
            pre = next((q for q in _ROUND_QUALIFIERS if text.endswith(q, 0, m.start())), None)
            unit = _UNIT_CANON.get(m.group("unit"), m.group("unit"))
            if pre and not _reject(ctx, m, unit, word) and not _SIZED_BY.match(text, m.end()):
                approx = m.group("sfx") or _APPROX_CANON.get(pre, pre)
                facts.append(_fact(ctx, len(facts), float(MULTIPLIERS[word]), None, unit, approx,
                                   m.start() - len(pre), m.end(), word, MULTIPLIERS[word], report_year, m))
    form_rows = _UNIT_IN_LABEL.finditer(text) if "（单位" in text or "(单位" in text else ()  # skip a dear scan
    for m in form_rows:
        line_start = text.rfind("\n", 0, m.start()) + 1
        cells = [c.strip() for c in text[line_start:m.start()].split("\t")]
        label = f"{cells[-2]}:{cells[-1]}" if _han(cells[-1]) < 5 and len(cells) > 1 else cells[-1]
        unit = _UNIT_CANON.get(m.group("unit"), m.group("unit"))
        scale = MULTIPLIERS.get(m.group("mult"), 1) if m.group("mult") else 1
        f = _fact(ctx, len(facts), scaled(m.group("num"), scale), None, unit, None, m.start("num"), m.end(),
                  m.group("num"), scale, report_year, None, label=_clean_label(label))
        f.kind = _kind(unit, label, "", None)
        facts.append(f)
    facts.sort(key=lambda f: f.start)
    facts += _bare_list_members(ctx, facts, report_year)
    facts.sort(key=lambda f: f.start)
    for i, f in enumerate(facts):
        f.idx = i
    return facts


# a form's row, the unit in its label (政府网站工作年度报表): 网站总访问量（单位：次）\t3,875,210
_UNIT_IN_LABEL = re.compile(rf"[（(]单位[：:]\s*(?P<mult>万|亿|千)?(?P<unit>{_UNIT_ALT})[）)][ \t]*"
                            rf"(?P<num>{ARABIC_NUMBER})(?=[ \t]*(?:\n|\t|$))")
_SHARED_UNIT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[和、]$")


def _unit_shared_with(ctx: _Context, m: re.Match, unit: str, scale: float, report_year: int | None) -> list[Fact]:
    """分别提高1.2和2.5个百分点: the bare numbers listed before a figure after 分别 take its unit and multiplier."""
    listed: list[re.Match] = []
    end = m.start()
    while (bare := _SHARED_UNIT.search(ctx.text, max(0, end - 12), end)) is not None:
        listed.append(bare)
        end = bare.start()
    if not listed or "分别" not in ctx.clause_before(end):
        return []
    return [_fact(ctx, 0, scaled(b.group(1), scale), None, unit, None, b.start(), b.end(1), b.group(1), scale,
                  report_year, m) for b in listed]


_NEXT_MEMBER = re.compile(r"[，,、；;][\u4e00-\u9fff]{2,8}")
_BARE_MEMBER = re.compile(r"(?P<num>\d\d+(?:\.\d+)?)(?=[，,；;。])")  # not \d{2,}: re skips ahead only to a leading class


def _after_其中(ctx: _Context, pattern: re.Pattern):
    """``pattern.finditer(ctx.text)``, searched only from a sentence's first 其中 to the sentence's end."""
    end = 0
    for start in _positions(ctx.text, "其中", 0, len(ctx.text)):
        if start >= end:
            end = ctx.sentence(start)[1]
            yield from pattern.finditer(ctx.text, start, end)


def _bare_list_members(ctx: _Context, facts: list[Fact], report_year: int | None) -> list[Fact]:
    """A member of a 其中 list printed without its measure word (其中承诺件4016件，即办件53349，…) takes the unit
    of the member before it."""
    out = []
    starts = [f.start for f in facts]
    for m in _after_其中(ctx, _BARE_MEMBER):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or not "\u4e00" <= ctx.text[m.start() - 1] <= "\u9fff":
            continue
        prev = facts[i]
        between = ctx.text[prev.end:m.start()]
        s0, _ = ctx.sentence(m.start())
        if prev.kind != "count" or prev.start < s0 or not _NEXT_MEMBER.fullmatch(between):
            continue
        if "其中" not in ctx.text[s0:prev.start]:
            continue
        out.append(_fact(ctx, 0, float(m.group("num")), None, prev.unit, None, m.start(), m.end(), m.group("num"), 1,
                         report_year, None, label=_clean_label(between)))
    return out


def _fact(ctx: _Context, idx: int, value: float, value_max: float | None, unit: str, approx: str | None, start: int,
          end: int, numtext: str, scale: float, report_year: int | None, m: re.Match | None, label: str | None = None) -> Fact:
    text = ctx.text
    s0, s1 = ctx.sentence(start)
    before = ctx.clause_before(start)
    after = ctx.clause_after(end)
    after_aside = text[start - len(before) - 1:start - len(before)] in ("）", ")")  # the clause opens after a ）
    if unit in ("%", "‰") and after_aside:
        kind = _kind(unit, ctx.words_before(start, before), after, m)  # 占…比重（城镇化率）为64.68%
    elif unit in ("%", "‰") and not before and text[start - 1:start] in ("（", "(") \
            and text[end:end + 1] in ("）", ")") and _FIGURE_END.search(text, max(0, start - 12), start - 1):
        kind = "share"  # 城乡建设8.2万件（14.4%）: the figure's share of the whole
    else:
        kind = _kind(unit, before, after, m) if m is not None else "count"
        if kind == "count" and m is not None and after_aside:
            # 较上年（32件）增加13件: the change is stated around the earlier year's figure
            kind = _kind(unit, _ASIDE.sub("", ctx.words_before(start, before)), after, m)
    if kind == "count" and "每" in (words := ctx.words_before(start, before)) and _PER_CAPITA.search(words):
        kind = "rate"  # read with a parenthesis the words hold: 每千人口执业（助理）医师
    scope = _scope(ctx, start, before)
    year = None
    # 较上年（32件）: an aside's figure is of the year the words before the aside name
    said = ctx.clause_before(start - 1) if not before and text[start - 1:start] in ("（", "(") else before
    if kind != "change" and "年" in said[-7:] and _PREVIOUS_YEAR.search(said):
        year = report_year - 1 if report_year else None
    else:
        stated = ctx.last_before(ctx.years, start)
        while stated and kind == "change" and (text[stated.start() - 1:stated.start()] in ("比", "较", "与") or
                                               unit == "倍" and text[stated.start() - 1:stated.start()] in ("是", "为")):
            # 较2020年增加, 是2018年的1.4倍: the year compared with is not the figure's, nor one compared with before
            stated = ctx.last_before(ctx.years, stated.start())
        if stated and text.startswith("的", stated.end()) and start > stated.end() + 1 \
                and text[stated.end() + 1:stated.end() + 2].isdigit():
            stated = None  # 从2021年的92.3%提高到99.4%: the year is the first figure's only
        year = int(stated.group(1)) if stated else None
    return Fact(
        idx=idx, value=value, value_max=value_max, unit=unit, kind=kind, approx=approx, metric=label or "",
        scope=scope, year=year, quote=text[start:end], start=start, end=end, section=None,
        sentence=ctx.sentence_text(s0, s1), decimals=decimals(numtext) if numtext and numtext[0].isdigit() else 0,
        scale=scale, in_paren=ctx.inside(ctx.parens, start) is not None, label=label or "",
    )


# ---------------------------------------------------------------------------------------------- labels
def _han(s: str) -> int:
    return len(s) - len(_NOT_HAN.findall(s))  # labels are mostly han: the few others are cheaper to list


# a printed figure inside context words; a Chinese numeral counts only with its unit (统一 is a word, not a figure);
# digits after a Latin letter are part of a name (PM2.5)
_SCALE = r"(?:余|多)?(?:万亿|万|亿|千)?(?:余|多)?"  # what may stand between a number and its unit: 2.8万余
_FIGURE = re.compile(rf"(?:(?<![A-Za-z\d.])\d+(?:[,.]\d+)*\s?{_SCALE}(?:{_UNIT_ALT})?|[百千]分之[{_CN}点]+"
                     rf"|[{_CN}]+(?:点[{_CN}]+)?{_SCALE}(?:{_UNIT_ALT}))")
_FIGURE_END = re.compile(rf"\d{_SCALE}(?:{_UNIT_ALT})$")  # 8.2万件 just before: 8.2万件（14.4%）


_LINKS = frozenset("和、及与")  # the words that join listed figures
_SIBLING = rf"\d[\d.,]*{_SCALE}(?:{_UNIT_ALT}|%|‰)[和、及与]"  # 5.1%和 in 分别增长5.1%和6.8%
_SIBLING_FIGURES = re.compile(_SIBLING)
_SIBLING_FIGURE = re.compile(_SIBLING + "$")
# removed from words: 分别达到45620元和21350元; not a lone 一, which names (“一件事”, 一个窗口) rather than counts
_FIGURE_AND_LINK = re.compile(rf"(?!一(?![{_CN}万亿点余多]))(?:{_FIGURE.pattern})[和、及与]?")
_RANK = re.compile(r"(?:排名|位列|位居|名列|居|列)?第(?:[\d一二三四五六七八九十]+(?:位|名)?)?$")  # what a rank leaves
_ASIDE = re.compile("[（(]" + _IN_PARENTHESES)


def _without_figured_asides(words: str) -> str:
    """``words`` without the parentheses that hold a figure, which is a fact of its own."""
    if "（" not in words and "(" not in words:
        return words
    return _ASIDE.sub(lambda a: "" if _FIGURE.search(a.group()) else a.group(), words)

# the words between listed figures; a bracket without figures is part of a name (12个乡镇（街道）中心、186个村（社区）站)
_SIBLING_GAP = re.compile(r"(?:[^，,；;。：:()（）\d]|[（(][^，,；;。：:()（）\d]{1,8}[）)]){0,20}")
_DONE_IN = re.compile(r"(?:内|以内)?(办结|办完|出证|发证|审结|答复)")  # a time that says what is done in it
_TAIL_STOP = re.compile(r"^(?:内|以内|以上|左右|缩短|减少|压缩|增加|提高|降低|简化|调整|即可|办结)")
_REPORT_VERBS = ("取消", "下放", "暂停", "承接", "新增", "调整", "办理", "受理", "办结", "收到", "新收", "答复", "完成", "核发", "发放", "印制",
                 "审核", "接听", "回访", "公开", "发布", "编发", "上报", "公布", "清理", "保留", "进驻", "精简", "压缩", "减少", "增加", "录入",
                 "梳理", "审批", "下发", "制定", "出台", "举办", "召开", "开展", "制发", "废止", "修订", "审结", "办复",
                 "转办", "回复")
# 共 inside a label, after what made the figure (热线共受理诉求): the figure is a total; that is no part of its name
_INNER_TOTAL = re.compile(r"(?<=[\u4e00-\u9fff”])(?<!公)(?:全年|累计)?共(?:计)?(?="
                          + "|".join(_REPORT_VERBS + ("接通", "接待", "处理", "服务", "调解", "调处", "化解", "排查", "查处",
                                                      "检查", "培训", "走访", "救助", "帮扶", "征集")) + ")")
# verbs that take the objects of figures listed after the first one (惠及企业1.2万家、群众3.5万人次)
_LISTING_VERB = re.compile("|".join(_REPORT_VERBS + (
    "惠及", "培训", "服务", "帮扶", "走访", "接待", "检查", "查处", "处理", "调解", "化解", "救助", "资助", "覆盖", "带动",
    "吸纳", "安置", "培育", "引进", "招聘", "慰问", "减免", "拨付", "兑现", "约谈", "处罚", "登记", "备案", "立案", "抽查",
    "抽检", "排查", "整治", "新建", "建成", "改造", "提供", "组织", "指导", "帮助", "解决", "发现", "吸引", "培养", "表彰")))
_LINKING_VERBS = ("完成", "实现")  # verbs that only link a thing to its figure, as 达到 does
_LISTED_OBJECT = re.compile(r"、([\u4e00-\u9fff]{2,8})")


def _shared_verb(prev: Fact, between: str) -> str | None:
    """惠及企业1.2万家、群众3.5万人次; 培训干部120人次、群众300人次: an object listed after a figure takes the verb
    that figure's words open with (not when it brings a verb of its own: 受理120件、办结115件)."""
    listed = _LISTED_OBJECT.fullmatch(between)
    if listed is None or _LISTING_VERB.match(listed.group(1)):
        return None
    end = 0  # the verbs the words open with (开展检查); a verb inside a name (不动产登记中心) is none
    while (verb := _LISTING_VERB.match(prev.label, end)) and _han(prev.label[verb.end():]) >= 2:
        end = verb.end()
    return prev.label[:end] + listed.group(1) if end else None


_BENEFACTIVE = re.compile(r"(?:为|向|帮助|帮)(?:近|约|超过)?$")
_BENEFICIARY_LAST = frozenset("人户业体众庭位生工员者民商")
_DONE_FOR = re.compile(r"减免|减税|降费|退税|退还|返还|办理|发放|提供|解决|兑现|落实|争取|节约|节省|减少|降低|补贴|补助|协调|"
                       r"代办|追回|挽回|化解|免除|减轻|拨付|支付|偿还|追讨|清欠|核发|开具|培训|安置|介绍")


def _beneficiary_end(words: str) -> int:
    """为3.6万户纳税人减免税费12.8亿元: where the ones a figure counts (纳税人) end and what was done for them
    (减免税费) begins in the words after it; 0 when the words are not so made."""
    for i in range(2, min(len(words), 9)):
        if words[i - 1] in _BENEFICIARY_LAST and _DONE_FOR.match(words, i):
            return i
    return 0


def _own_words(ctx: _Context, f: Fact, prev: Fact | None) -> str:
    """The words that name what a figure measures: its clause up to the figure (from the previous figure when the
    clause holds several), plus the noun that follows it (25个具有审批职能的部门)."""
    text = ctx.text
    before = ctx.words_before(f.start)
    clause_start = f.start - len(before)
    between = None
    if prev is not None and clause_start < prev.end <= f.start:
        before = between = text[prev.end:f.start]
        if not before or before[-1:] in _LINKS and _SIBLING_GAP.fullmatch(before) \
                or before[-1:] in _TAIL_LAST and not _clean_label(before):
            # 进驻46家单位、771项事项, 受益341户568人: listed figures share the words before the first; so does a figure
            # after link words alone (产量连续三年稳定在500万吨以上: the run of years is the other figure's)
            before = prev.head.removesuffix("连续") if prev.unit == "年" else prev.head
        elif before.endswith("的") and _han(before) <= 8 and _SIBLING_GAP.fullmatch(before):
            before = ""  # 12个部门的230项事项: the earlier figure's noun describes this one's
    f.head = before
    if f.unit == "%" and (plan := _OF_PLAN.search(before)):  # 收入86.4亿元，为预算的102.3%: of the figure before
        completion = f"{plan.group(1)}完成率"
        parent = prev is not None and prev.start >= ctx.sentence(f.start)[0] and prev.kind in ("amount", "count")
        return f"{prev.metric}:{completion}" if parent else completion
    after = ctx.clause_after(f.end)
    list_tail = before.rsplit("、", 1)[-1]
    involved = _INVOLVES.search(before) if "涉及" in before or "涵盖" in before or "覆盖" in before else None
    if involved:
        return _involvement(ctx, f, involved.group(1), before[:involved.start()])
    if before.count("、") >= 2 and len(list_tail) <= 8 and "等" not in list_tail and after[:1] \
            and "\u4e00" <= after[:1] <= "\u9fff" or "、" in before and before.endswith("等"):
        # 将环节精简为A、B、C3个环节, 设置A、B等七大类专区: the names are members or examples; the words before them
        # and the noun after the figure say what is counted
        before = _list_lead(before)
        f.after_list = _han(_clean_label(before)) < 2
    label = _clean_label(before)
    if before.endswith(_LINKING_VERBS) and label.endswith(_LINKING_VERBS) and _han(label) >= 4:
        label = label[:-2]  # 税收收入完成52.6亿元: the verb only links the thing to its figure, as 达到 does
    if between and (shared := _shared_verb(prev, between)):
        label = shared
    elif between and _BENEFACTIVE.search(text, max(0, prev.start - 4), prev.start) \
            and (done := _beneficiary_end(between)):
        label = _clean_label(between[done:])  # 为3.6万户纳税人减免税费12.8亿元: the amount is what was done
    first_after = text[f.end:f.end + 1]
    if f.kind != "change" and first_after and ("\u4e00" <= first_after <= "\u9fff" or first_after in "“\""):
        after = _clause_after_figure(text, f.end)
        # 受益对象341户五百六十八人: a figure right after this one is no noun of it
        adjacent = _FACT.match(text, f.end) if first_after in _CN else None
        if adjacent and adjacent.group("num") not in (None, "一"):
            after = after[adjacent.end() - f.end:]
        if after.endswith("中") and _AMONG_THE.match(text, f.start - 1):
            after = after[:-1]  # 受理的286件申请中，…: the figure counts 申请
        if after and not _TAIL_STOP.match(after):
            noun = _clean_label(after.removeprefix("的"))[:20]  # 98%的政务服务事项
            if (benefactive := _BENEFACTIVE.search(before, max(0, len(before) - 4))) \
                    and (done := _beneficiary_end(noun)):
                noun = noun[done:] + noun[:done]  # 为1200家企业办理退税: the firms for which it was done
                label = _clean_label(before[:benefactive.start()])
            if noun not in label:  # 将企业开办环节精简为…3个环节: the noun is named already
                label += noun
        elif f.kind == "duration" and (done := _DONE_IN.match(after)) and done.group(1) not in label:
            # 一般事项实现1个工作日办结: the time it takes to do what follows (实现 only links)
            label = label.removesuffix("实现") + done.group(1)
    if not label and text[f.end:f.end + 1] in ("(", "（"):
        close = text.find(")" if text[f.end] == "(" else "）", f.end)
        if close > 0:  # 其余的141项(其中…)实现应进全进
            label = _clean_label(re.split(r"[，,；;。、]", text[close + 1:close + 20], maxsplit=1)[0])
    return _composition(ctx, f) or label


_COMPOSED = re.compile(r"(组成|构成)(?:的([^，,；;。、]{2,20}))?")


def _composition(ctx: _Context, f: Fact) -> str | None:
    """由3大体系、20个子体系组成的标准体系; 全文由…等六部分组成: the figure counts parts of the whole it names."""
    s0, _ = ctx.sentence(f.start)
    opening = ctx.text.rfind("由", s0, f.start) - s0
    if opening < 0:
        return None
    lead = ctx.text[s0:f.start]
    rest = ctx.clause_after(f.end, limit=60)
    m = _COMPOSED.search(rest)
    if m is None:
        return None
    noun = _clean_label(_NOUN.match(rest[:m.start()]).group(0)) or f.unit
    if m.group(2):
        return f"{_clean_label(m.group(2))}:{noun}"
    whole = _clean_label(_CLAUSE_SPLIT.split(lead[:opening])[-1])
    return f"{whole}{m.group(1)}{noun}" if _han(whole) >= 2 else None


# the verb that introduces a list of names; what follows its last occurrence is the first name
_LIST_LEAD = re.compile(r"^.*(?:精简为|简化为|分为|确定为|调整为|包括|涉及|设置|设立|开设|另设|单设了|单设|整合|推行|实行|"
                        r"启动|取消|建立|开展|推出|获评|荣获|获批|入选|评为|在|有|是|对|将|把)")


def _list_lead(before: str) -> str:
    """The words before a list of names (A、B、C or “A”、“B”): where the first name begins is where a quote
    opens, else after the verb that introduces the list, else as far back as the second name is long."""
    first, second = before.split("、", 2)[:2]
    if first.endswith(("”", "\"")):
        return first[:max(first.rfind("“"), first.rfind("\""), 0)]
    lead = _LIST_LEAD.match(first)
    if lead:
        return lead.group(0)
    return first[:max(0, len(first) - len(second.rstrip("等")))]


_INVOLVES = re.compile(r"(涉及|涵盖|覆盖)(?:[^，,；;。]{0,40}?等)?$")
_INVOLVED_MEASURE = re.compile(r"涉及(?:金额|资金|人数|人员|企业|群众)")
_LEADING_FIGURE = re.compile(rf"共?(?:{_FIGURE.pattern})?")
_NOUN = re.compile(r"[^的共、和及\d，,；;。：:\n]{0,8}")


def _involvement(ctx: _Context, f: Fact, verb: str, subject: str) -> str:
    """涉及市发改委等28个部门的388个办理事项: the departments are those the items involve, not the named examples.
    The label names what involves them: the noun phrase after the figures, else the subject before the verb
    (平台涵盖1200项服务事项), else (f.involved) the previous clause."""
    rest = ctx.clause_after(f.end, limit=60)
    noun = _NOUN.match(rest).group(0) or f.unit
    tail = rest[len(noun):]
    tail = tail[tail.rfind("的") + 1:]
    while (figure := _LEADING_FIGURE.match(tail)) and figure.end():
        tail = tail[figure.end():]
    obj = _clean_label(tail)
    if _han(obj) >= 3:
        return f"{obj}{verb}{noun}"
    subject = _clean_label(subject)
    if _han(subject) >= 2:
        return f"{subject}{verb}{noun}"
    f.involved = True
    return f"{verb}{noun}"


# where the words after a figure may end: a clause break, a digit (² ① ❶ included), 和/与/及, or a parenthesis
_AFTER_STOP = re.compile(r"[，,；;。：:\n\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070-\u2089\u2460-\u24ff\u2776-\u2793和与及(（)）]")
_NEXT_FIGURE = re.compile(r"[^，,；;。：:\n\d]{0,12}\d")


def _clause_after_figure(text: str, end: int) -> str:
    """The words after a figure up to the end of its clause or the next figure; parentheses are kept whole."""
    limit = min(len(text), end + 40)
    depth = 0
    for m in _AFTER_STOP.finditer(text, end, limit):
        ch, i = m.group(), m.start()
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch not in "和与及" or _NEXT_FIGURE.match(text, i + 1, i + 14)):
            return text[end:i]  # 行政许可12件和公共服务5件: the next figure's words begin at 和 (771项行政审批和公共服务事项 is one)
    return text[end:limit]


# parts of the year a report compares (上半年办件量12.3万件，下半年15.6万件), the longer of two that share an end first
_PARTS_OF_YEAR = ("上半年", "下半年", "前三季度", "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度",
                  "四季度")


def _parallel_label(f: Fact, prev: Fact) -> str | None:
    """取消政策性审批服务项目22项，下放13项: a bare verb takes the object of its parallel sibling; 上半年办件量12.3万件，
    下半年15.6万件: a bare part of the year takes its sibling's measure."""
    words = _REPORT_VERBS if f.label in _REPORT_VERBS else _PARTS_OF_YEAR if f.label in _PARTS_OF_YEAR else None
    if words is None:
        return None
    whole = prev.metric.split(":")[0]  # after 其中自然人申请48件: 答复 what was 收到, not what the part was
    rest = _after_lead(whole, words)
    return f.label + rest if rest else None


def _after_lead(metric: str, leads: tuple[str, ...]) -> str | None:
    """What ``metric`` names after the lead word (a verb, a part of the year) it opens with, when that is two
    characters or more: 收到政府信息公开申请 -> 政府信息公开申请."""
    lead = next((w for w in leads if metric.startswith(w)), None)
    return metric[len(lead):] if lead is not None and _han(metric) - len(lead) >= 2 else None


_SHARED_WORDS = _REPORT_VERBS + ("日均", "月均", "年均", "人均")


def _shared_object(ctx: _Context, f: Fact, prev: Fact | None) -> str | None:
    """共发布信息30902篇，平均每天发布172篇: a label ending in the verb of the figure before takes that figure's
    subject and object; so does one ending in its average (日均接待群众3200人次，高峰期日均4500人次)."""
    if prev is None or prev.unit != f.unit or prev.start < ctx.sentence(f.start)[0] or _han(f.label) > 8 \
            or not f.label.endswith(_SHARED_WORDS):
        return None
    verb = next(v for v in _SHARED_WORDS if f.label.endswith(v))
    at = prev.label.find(verb)
    if at < 0 or _han(prev.label[at + len(verb):]) < 2:
        return None
    subject = _clean_label(prev.label[:at])
    return ("" if f.label.startswith(subject) else subject) + f.label + prev.label[at + len(verb):]


def _other_subject(ctx: _Context, f: Fact, prev: Fact | None) -> str | None:
    """城镇居民恩格尔系数为29.8%，农村居民为32.1%: a subject alone, of the kind that opens the figure before (both end
    in 居民), takes that figure's measure."""
    label = f.label
    if prev is None or prev.unit != f.unit or prev.kind != f.kind or not 2 <= len(label) <= 6 \
            or not prev.label.startswith(label[-1], len(label) - 1) or prev.label.startswith(label) \
            or ctx.text[prev.end:f.start - len(f.head)] not in ("，", "；", ",", ";") or _han(label) != len(label):
        return None
    measure = prev.metric[prev.metric.find(prev.label) + len(label):] if prev.label in prev.metric else ""
    return label + measure if _han(measure) >= 2 and not measure.startswith(_REPORT_VERBS) else None


# flows a subject has side by side, each a figure of its own and none a part of another
_COUNTERPARTS = (("收入", "支出", "结余", "结存"), ("进口", "出口"), ("流入", "流出"))
_FLOWS = frozenset(w for g in _COUNTERPARTS for w in g)
_FLOW_QUALIFIERS = ("", "当期", "本期", "当年", "累计", "滚存", "总")


def _counterpart(ctx: _Context, f: Fact, prev: Fact | None) -> str | None:
    """医保基金收入12.4亿元，支出11.2亿元，当期结余1.2亿元: a bare flow after its counterpart takes that figure's
    subject (医保基金支出, 医保基金当期结余), and is no part of it."""
    if len(f.label) > 4 or f.label[-2:] not in _FLOWS or f.label[:-2] not in _FLOW_QUALIFIERS or prev is None \
            or prev.unit != f.unit or prev.start < ctx.sentence(f.start)[0]:
        return None
    group = next(g for g in _COUNTERPARTS if f.label.endswith(g))
    # 累计结余: a qualifier the label lost to its lead-word trim
    own = next((q + f.label for q in _FLOW_QUALIFIERS if q and f.head.endswith(q + f.label)), f.label)
    word = next((w for w in group if prev.label.endswith(w)), None)
    if word is None or own == word or not prev.metric.endswith(prev.label):
        return None  # 收入总计446.6亿元 after 债务转贷收入: the same flow again is a total
    qualifier = next((q for q in _FLOW_QUALIFIERS if q and prev.label.endswith(q + word)), "")
    subject = prev.metric[:len(prev.metric) - len(qualifier) - len(word)]
    return subject + own if _han(subject) >= 2 and not subject.endswith(":") else None


def _listed_object(ctx: _Context, f: Fact, prev: Fact | None) -> str | None:
    """进驻部门46个、窗口218个、事项1386项: a bare noun listed with 、 after a figure named by a verb and its object is
    another object of that verb (进驻窗口, 进驻事项)."""
    if prev is None or prev.end != f.start - len(f.label) - 1 or ctx.text[prev.end] != "、" or not f.label \
            or len(f.label) > 4 or _han(f.label) != len(f.label) or any(v in f.label for v in _REPORT_VERBS):
        return None
    verb = max(_REPORT_VERBS, key=lambda v: prev.metric.rfind(v))
    at = prev.metric.rfind(verb)
    if at < 0 or _han(prev.metric[at + len(verb):]) < 1 or ":" in prev.metric[at:]:
        return None
    return prev.metric[:at + len(verb)] + f.label


def _next_part(ctx: _Context, f: Fact, prev: Fact | None) -> str | None:
    """受理申请120件，其中网上办结100件，现场办结18件: a short name listed right after a part, in its unit, names the
    next part; 制发规范性文件15件，废止3件，现行有效86件: after a verb that took the object before, the name takes it
    too. A name that opens with a verb of its own (办结申请), or a rate, is a figure of its own."""
    if prev is None or f.kind not in ("count", "amount") or prev.in_paren or prev.unit != f.unit or not f.label \
            or _han(f.label) > 6 or f.label.startswith(_REPORT_VERBS) \
            or ctx.text[prev.end:f.start - len(f.head)] not in ("，", "、", ","):
        return None
    if prev.label in _REPORT_VERBS and (rest := _after_lead(prev.metric, (prev.label,))):
        return f.label + rest
    return _beside(prev, f.label)


_MEASURE_NOUN = re.compile(r"[\u4e00-\u9fff](?:分|数|量)$")  # 最低分, 粉丝数, 总阅读量: a measure named in full


def _beside(g: Fact, label: str) -> str | None:
    """``label`` under the parent of ``g``'s own label, when ``g`` has one (受理申请:网上办结 -> 受理申请:现场办结)."""
    if g.label and g.metric.endswith(":" + g.label):
        return g.metric[:-len(g.label)] + label
    return None


_PARTS_FOLLOW = re.compile("其中|包括|含")


def _context_label(ctx: _Context, f: Fact, facts: list[Fact], i: int, sections: SectionIndex) -> str | None:
    """Words that make a too-short label say what is measured, from the nearest place that holds them."""
    text = ctx.text
    s0, _ = ctx.sentence(f.start)
    prev = facts[i - 1] if i else None
    # 新收申请120件，上年结转3件，办结118件: 办结 what was 新收; so in the next sentence of the paragraph (…52件。已答复45件)
    bound = s0
    if prev is not None and prev.start < s0 and "\n" not in text[prev.end:f.start]:
        bound = ctx.sentence(prev.start)[0]
    for j in range(i - 1, max(-1, i - 4), -1):
        if facts[j].start < bound:
            break
        if facts[j].unit == f.unit and (parallel := _parallel_label(f, facts[j])):
            return parallel
    if f.kind == "rate" and f.label.endswith("率"):
        # the count it is a rate of, not one in brackets (材料64篇（图文41篇、视频9个），解读率100%)
        j = next((j for j in range(i - 1, -1, -1)
                  if facts[j].start < s0 or facts[j].kind == "count" and not facts[j].in_paren), -1)
        if j >= 0 and facts[j].start >= s0:
            base = None if "均" in ctx.clause_before(f.start) else _list_head(ctx.text, facts, j, s0)
            if base is None:  # 建议86件、提案124件，办复率（均为）100%: the rate of each is named after none, nor the section
                return f.label
            # 收到依申请公开事项50件，…，回复率达到100%; not 办件量、好评率分别为12.6万件和99.8%, named in the same list
            if _han(base.metric) >= 2 and not (f.head and base.head is f.head):
                if f.label.startswith(base.label) and (sibling := _beside(base, f.label)):
                    return sibling  # 其中好评52.1万条，好评率99.6%: not 好评:好评率
                return f"{base.metric}:{f.label}"
    before_clause_start = f.start - len(ctx.clause_before(f.start))
    sentence_head = text[s0:before_clause_start]
    raw_prev = _CLAUSE_SPLIT.split(sentence_head.rstrip("，,；;：: "))[-1] if sentence_head.strip() else ""
    raw_prev = _without_figured_asides(raw_prev)  # 收到申请215件（上年结转12件）: the aside goes with its figure
    prev_clause = _clean_label(_FIGURE_AND_LINK.sub("", raw_prev.split("由")[0]))
    if "、" in raw_prev and len(_FIGURE.findall(raw_prev)) >= 2 or _ATTRIBUTE_CLAUSE.fullmatch(prev_clause):
        # 加上A 25.6亿元、B 4.5亿元，收入总计…: figures listed before their total name no parent; nor does the
        # attribute a breakdown is by (按诉求类型分，咨询类31.2万件)
        prev_clause = ""
    if "第" in prev_clause:  # 在全省营商环境评价中排名第3位，得分92.6分: the rank is no part of the score's name
        prev_clause = _RANK.sub("", prev_clause)
        if raw_prev.lstrip().startswith("在"):
            prev_clause = prev_clause.removesuffix("中")
    if raw_prev.endswith("中") and _AMONG_THE.search(raw_prev + "，"):
        prev_clause = prev_clause.removesuffix("中").replace("的", "")  # 在办理的12件中，已办结10件: 办理:办结
    if prev_clause[:1] in ("该", "此"):
        prev_clause = _antecedent(text, before_clause_start - len(raw_prev), prev_clause)
    colon = max(sentence_head.rfind("："), sentence_head.rfind(":"))
    in_list = colon >= 0 and (not raw_prev or _FIGURE.search(raw_prev) is not None or
                              sentence_head.rstrip().endswith(("：", ":")))
    if in_list:  # 满意度为：“非常满意”占8%，“满意”占6.7%: members of a list after a colon carry its topic
        topic = _topic_words(sentence_head[:colon])
        if topic == f.scope and _han(f.label) >= 2:
            return f.label  # 市人社局：办件量逾50万件: the topic is who, and the label says what
        if _han(topic) >= 2:
            return f"{topic}:{f.label}" if f.label else topic
    if f.label and _MEASURE_NOUN.search(f.label) and _MEASURE_NOUN.search(prev_clause):
        # two measures named in full are siblings, not whole and part (最高分98.5分，最低分82.3分; 总阅读量…，粉丝数…):
        # the second takes the first one's parent, if it has one
        if prev is not None and prev.start >= s0 and (sibling := _beside(prev, f.label)):
            return sibling
        prev_clause = ""
    # 直办37527件（52.7%）: the figure before, not its share in brackets
    outer = next((facts[j] for j in range(i - 1, -1, -1) if not facts[j].in_paren), None)
    if outer is not None and outer.start >= s0 and outer.unit == f.unit and f.label and outer.label == prev_clause \
            and _han(prev_clause) <= 4 and not _PARTS_FOLLOW.search(text, outer.end, f.start):
        # 直办37527件，转办33657件; 行政复议0件，行政诉讼0件: short names of figures in one unit are siblings (not after
        # 其中, which opens parts)
        return _beside(outer, f.label) or f.label
    if f.kind == "rate" and outer is not None and outer.start >= s0 and outer.kind in ("duration", "score", "change") \
            and _FIGURE.search(raw_prev):
        prev_clause = ""  # 平均办理时间3天，办结率100%: a rate is not one of a time
    # not just 较上年的提高; a rate is no parent (好评率99.6%，差评…), but names a figure of its own (较上年的96.9%)
    if _han(_BARE_CHANGE.sub("", _YOY_CUE.sub("", prev_clause)).replace("的", "")) >= 2 \
            and not (f.label and prev_clause.endswith("率")):
        named = _last_words(_CHANGE_TAIL.sub("", prev_clause))  # 办件量同比增长23.6%，达到15.8万件: the 办件量
        return f"{named}:{f.label}" if f.label else named
    head = _heading_path(f.section or "", "")
    if head and head not in f.label:
        return f"{head}:{f.label}" if f.label else head
    return None


def _last_words(words: str, most: int = 24) -> str:
    """The last ``most`` characters of ``words``, begun after a 、 where one is, rather than inside a listed word."""
    if len(words) <= most:
        return words
    cut = words.find("、", len(words) - most)
    return words[cut + 1:] if cut >= 0 else words[-most:]


def _antecedent(text: str, pos: int, label: str) -> str:
    """该平台共统一收件: 该 refers to the nearest thing named with that noun before (“互联网+政务服务”平台)."""
    for noun in (label[1:3], label[1:2]):
        named = re.findall(rf"“[^”\n]{{1,20}}”{noun}|[\u4e00-\u9fff]{{2,6}}{noun}", text[max(0, pos - 400):pos])
        if named and not named[-1].startswith(("该", "此")):
            return named[-1] + label[1 + len(noun):]
    return label


_LIST_SEPARATOR = re.compile(r"[、，,和及与]")
_SHARED_NOUN = re.compile(r"[\u4e00-\u9fff]*(?:量|数|率|占比|比例|比重|金额|收入|人次)$")


# words that name two things at once, each of which a figure after 分别 measures
_PAIRED = {"城乡": ("城镇", "农村"), "进出口": ("进口", "出口"), "内外资": ("内资", "外资")}


# where the words that names listed with 、 share begin when no 分别 marks it (政务微博、微信公众号全年发布信息2300条、
# 1860条): an adverb of time or total, or a verb that names no thing (not 审批, 登记, 服务: 行政审批事项)
_SHARED_PREDICATE = re.compile(r"全年|今年|当年|年内|共计|共|累计|合计|先后|发布|受理|办理|办结|收到|接听|回复|答复|处理|完成|"
                               r"开展|举办|召开|录入|新增|核发|发放|接待")


def _respective_label(text: str, facts: list[Fact], i: int) -> str | None:
    """行政许可、行政处罚、其他权力分别为312项、2456项、660项; 网上、掌上、窗口办件占比分别为45.2%、30.1%、24.7%;
    政务微博、微信公众号发布信息2300条、1860条: each figure of the list is named by the name in the same place (with
    the noun the last name carries, 办件占比), and the words after the names."""
    f = facts[i]
    at = f.head.rfind("分别")
    if at >= 0:
        names_end, shared_start = at, at + 2
    else:
        last = f.head.rfind("、")
        shared = _SHARED_PREDICATE.search(f.head, last + 3) if last >= 0 else None  # the last name has 2 characters
        if shared is None:
            return None
        names_end = shared_start = shared.start()
    k = 0  # f's place in the list: the figures before it joined by a separator alone
    while k < i and facts[i - k - 1].head is f.head \
            and _LIST_SEPARATOR.fullmatch(text, facts[i - k - 1].end, facts[i - k].start):
        k += 1
    n = k + 1
    while i + n - k < len(facts) \
            and _LIST_SEPARATOR.fullmatch(text, facts[i + n - k - 1].end, facts[i + n - k].start):
        n += 1  # 办件量、好评率分别达到12.6万件和99.8%: the figures may differ in unit
    names = _clean_label(f.head[:names_end]).split("、")
    if len(names) >= 2 and all(_ORDINAL_NAME.fullmatch(x) for x in names[:-1]) \
            and (last := _ORDINAL_NAME.match(names[-1])) and last.end() < len(names[-1]):
        prefix, noun = names[0][:1] if names[0][0] == "第" else "", names[-1][last.end():]
        names = [prefix + x.removeprefix("第") + noun for x in names[:-1]] + [prefix + names[-1].removeprefix("第")]
    if len(names) == n - 1 and len(parts := re.split(r"[和及与]", names[-1])) == 2:
        names[-1:] = parts  # 行政许可、行政确认和其他权力
    pair = next((p for p in _PAIRED if names[0].startswith(p)), None) if n == 2 and len(names) == 1 else None
    if pair:  # 城乡居民人均可支配收入分别达到A和B: 城镇…, 农村…
        names = [word + names[0][len(pair):] for word in _PAIRED[pair]]
    if len(names) != n or n < 2 or not all(names):
        return None
    tail = ""
    extra = names[-1][len(names[-2]):]
    if len(names[-1]) > len(names[-2]) and _SHARED_NOUN.fullmatch(extra):
        names[-1], tail = names[-1][:len(names[-2])], extra
    return names[k] + tail + _clean_label(f.head[shared_start:])


_ORDINAL_NAME = re.compile(r"第?[一二三四五六七八九十]+")  # 第一、二、三产业: 第一产业, 第二产业, 第三产业
_LIST_GAP = re.compile(r"[，,、；;](?!其中)[^，,；;。\d]{1,10}")


def _list_head(text: str, facts: list[Fact], j: int, s0: int) -> Fact | None:
    """The count a rate after ``facts[j]`` is about: ``facts[j]``, unless it ends a list of three or more counts
    (审结1108件，其中维持826件，撤销54件，驳回85件，纠错率6.96%), whose head, the count before it, is meant; none when
    it ends a list of counts joined by 、, each of which the rate is of."""
    first = j
    while first > 0 and facts[first - 1].start >= s0 and facts[first - 1].kind == "count" \
            and facts[first - 1].unit == facts[j].unit \
            and _LIST_GAP.fullmatch(text, facts[first - 1].end, facts[first].start):
        first -= 1
    if j - first >= 2 and first > 0 and facts[first - 1].start >= s0 and facts[first - 1].kind == "count":
        return facts[first - 1]
    if first < j and "、" in text[facts[j - 1].end:facts[j].start]:
        return None  # 办理建议35件、提案42件，办复率100%: the rate of each listed count is named after none of them
    return facts[j]


_YEAR_END = ("年末", "年底", "年初")  # a stock's time, which may stand before its scope


def _without_scope(metric: str, scope: str) -> str | None:
    """``metric`` without ``scope`` at its head, or after a stock's time (年末全市常住人口 -> 年末常住人口), when what is
    left still names a measure; None otherwise."""
    when = metric[:2] if metric.startswith(_YEAR_END) else ""
    for prefix in (scope, _OUR_PLACE.sub("", scope)):
        if prefix and metric.startswith(prefix, len(when)) \
                and _han(rest := _clean_label(metric[len(when) + len(prefix):])) >= 3:
            return when + rest
    return None


@lru_cache(maxsize=256)  # a report has few sections, and most of its figures ask
def _heading_year(section: str) -> int | None:
    """The one year the deepest heading that names a year names (2024年主要目标), not a span (2018—2022年)."""
    for heading in reversed(section.split(" > ")):
        years = _YEAR.findall(heading) if "年" in heading else []
        if years:
            return int(years[0]) if len(years) == 1 and not _YEAR_SPAN.search(heading) else None
    return None


def _assign_labels(ctx: _Context, facts: list[Fact], sections: SectionIndex, report_year: int | None,
                   report_period: str | None) -> None:
    for i, f in enumerate(facts):
        prev = facts[i - 1] if i else None
        f.section = sections.path_at(f.start)
        if f.year is None and f.section and (year := _heading_year(f.section)) != report_year:
            f.year = year  # 三、2024年主要目标 / 城镇新增就业2万人以上: a target of the year after the report's
        if not f.label:
            f.label = _own_words(ctx, f, prev)
            if "分别" in f.head:
                f.label = _respective_label(ctx.text, facts, i) or f.label
            elif "、" in f.head and (listed := _respective_label(ctx.text, facts, i)):
                f.label = listed
            elif f.label[:1] in ("该", "此"):
                f.label = _antecedent(ctx.text, f.start - len(f.head), f.label)
            if f.label[:1] in _YOY_FIRST and (_YOY_CUE.fullmatch(f.label)
                                              or f.kind != "change" and _CHANGE_TAIL.fullmatch(f.label)):
                f.label = ""  # 较上年的97.5%, 较2021年的132件增长18.2%: last year's value of what the sentence measures
        metric = f.label
        if f.scope and metric and (rest := _without_scope(metric, f.scope)):
            metric = f.label = rest
        if f.in_paren:
            opening = max(ctx.text.rfind("(", 0, f.start), ctx.text.rfind("（", 0, f.start))
            outer = next((g for g in reversed(facts[:i]) if g.end <= opening and not g.in_paren), None)
            if outer is not None and re.match(r"[（(](?:含|包括|其中)", ctx.text[opening:opening + 3]):
                metric = f"{outer.metric}(含{re.sub(r'^(?:含|包括|其中)', '', metric)})"
            elif not metric and outer is not None and outer.start >= ctx.sentence(f.start)[0] \
                    and _YOY_CUE.fullmatch(ctx.clause_before(opening)):
                metric = f.label = outer.metric  # 收到申请38件，与2022年（29件）相比: the figure before, a year earlier
            elif not metric and f.kind == "share" and outer is not None and outer.end == opening:
                metric = f.label = outer.metric + "占比"  # 城乡建设8.2万件（14.4%）
            elif not metric:  # 发放施工许可(3个工作日): the words before the parenthesis
                metric = f.label = _clean_label(ctx.clause_before(opening))
        bare_change = f.kind == "change" and _BARE_CHANGE.fullmatch(metric) is not None
        if not f.in_paren and (subject := _other_subject(ctx, f, prev) or _counterpart(ctx, f, prev)
                               or _listed_object(ctx, f, prev)):
            metric = subject
        elif (_han(metric) < 4 or bare_change or f.after_list or f.involved or _INVOLVED_MEASURE.fullmatch(metric)) \
                and not f.in_paren:  # 移送线索23件，涉及金额1.8亿元: the amount the clues involve
            metric = _context_label(ctx, f, facts, i, sections) or metric
            if f.scope is None and metric[:1] in _SCOPE_FIRST:  # 全市地区生产总值突破3000亿元，达到3012.5亿元
                scope, _ = _head_scope(metric)
                if scope and (rest := _without_scope(metric, scope)):
                    f.scope, metric = scope, rest
        elif not f.in_paren and (shared := _shared_object(ctx, f, prev)):
            metric = shared
        elif not f.in_paren and (part := _next_part(ctx, f, prev)):
            metric = part
        elif not f.in_paren:
            topic = _colon_topic(ctx, f)
            if topic and topic not in metric and topic != f.scope:  # 1.区住建局：承办工单3216件: the body, not the name
                metric = f"{topic}:{metric}"
        if f.kind == "change" and metric.startswith(_RATE_OF_CHANGE) and i and facts[i - 1].kind == "change" \
                and facts[i - 1].start >= ctx.sentence(f.start)[0]:
            subject = _CHANGE_TAIL.sub("", facts[i - 1].metric).rstrip(":")
            if subject and not metric.startswith(subject):
                metric = subject + metric  # 办件量同比增长12.3%，增速较上年提高2.1个百分点: 办件量's 增速
        if f.kind == "duration" and not _TIME_WORD.search(metric):
            metric += "时间"  # 3个工作日发证: the figure is the time it takes
        elif f.unit == "年" and not metric.endswith("年数"):
            metric += "年数"  # 连续三年获评先进: the years of a run are counted
        elif f.kind == "share" and not _SHARE_WORD.search(metric):
            metric += "占比"
        period = _period(ctx, f) or (_report_window(ctx, f, report_period) if report_period else None)
        if period and metric.startswith(period) and _han(metric) > _han(period) + 1:
            metric = metric[len(period):].lstrip(":")  # 1至10月份受理申请: the period goes last, as everywhere
        if period and period not in metric and not _WHOLE_YEAR.fullmatch(period):
            metric = f"{metric}({period})"
        f.metric = metric


# in a quarterly or monthly report, words that reach back past its window: to the year's start, or over the whole year
_YEAR_TO_DATE = re.compile(r"(今年以来|年初以来|自年初|今年累计|截至目前)|全年|年内|本年度")
_LAST_MONTH = {"第一季度": 3, "第二季度": 6, "第三季度": 9, "前三季度": 9, "上半年": 6}


def _report_window(ctx: _Context, f: Fact, report_period: str) -> str | None:
    """The window a quarterly or monthly report gives a figure that states none: its period (第三季度), the months up to
    its end for a figure since the year's start (今年以来 in a third-quarter report: 1-9月), none for the whole year."""
    reach = _YEAR_TO_DATE.search(ctx.text, ctx.sentence(f.start)[0], f.start)
    if reach is None:
        return report_period
    if reach.group(1) is None:
        return None  # 全年预计受理诉求60万件
    if report_period in _LAST_MONTH:
        last = _LAST_MONTH[report_period]
    elif report_period.endswith("月"):  # 10月, 1-9月
        last = int(report_period[:-1].rsplit("-", 1)[-1])
    else:
        return None  # 第四季度, 下半年: since the year's start is the whole year
    return None if last == 12 else f"1-{last}月" if last > 1 else "1月"
# a window that is the whole year after all: 截至12月底 is the year's end, 1-12月 the year
_WHOLE_YEAR = re.compile(r"(?:截至|截止到|截止)(?:(?:19|20)\d{2}年)?12月(?:31日|底|末)?|1[-－~至]12月份?")


_REACHED = re.compile(_TO_LEVEL + "$")


def _mark_reached_levels(facts: list[Fact]) -> None:
    """企业开办时间压缩至3个工作日以内: the figure is the level a change reached, named 企业开办时间(压缩至), so that it
    reads as no ordinary level; marked last, after its parts took their names from it. A level paired with the one
    before it is marked (现) already."""
    for f in facts:
        if f.kind != "change" and (reached := _REACHED.search(f.head, max(0, len(f.head) - 3))) \
                and not f.metric.endswith("(现)"):
            f.metric += f"({reached.group(0)})"


def _window_last(ctx: _Context, facts: list[Fact], report_period: str | None) -> None:
    """受理诉求(1-9月)同比增长, 受理诉求(第三季度):咨询类: a name built on a figure's name that holds a window puts the
    window last, where every other name has it."""
    windows = {f"({m.group(0)})" for m in ctx.periods[1]} | ({f"({report_period})"} if report_period else set())
    for f in facts:
        for window in windows:
            if window in f.metric and not f.metric.endswith(window):
                f.metric = f.metric.replace(window, "") + window


def _period(ctx: _Context, f: Fact) -> str | None:
    """A window stated at the head of the figure's sentence (截至10月1日, 1-11月份)."""
    found = ctx.last_before(ctx.periods, f.start)
    return found.group(0) if found else None


_RANKED = re.compile(r"(?:排名|排在|位居|居)?前[一二三四五六七八九十\d]+(?:位|名)?的?(?:依次|分别)?(?:是|为)?$")  # 排名前三位的分别是


def _topic_words(before_colon: str) -> str:
    """The words of the last phrase before a colon, without a list ordinal (1.区住建局：) or figures."""
    return _clean_label(_FIGURE_AND_LINK.sub("", _ORDINAL.sub("", _PHRASE_SPLIT.split(before_colon)[-1])))


def _colon_topic(ctx: _Context, f: Fact) -> str | None:
    """主要原因有：属于国家秘密2件；…: members of a list introduced by a colon carry its topic."""
    s0, _ = ctx.sentence(f.start)
    head_end = f.start - len(ctx.clause_before(f.start))
    colon = max(ctx.text.rfind("：", s0, head_end), ctx.text.rfind(":", s0, head_end))
    if colon < 0:
        return None
    if colon not in ctx.colon_topics:  # read once for all the members of its list
        topic = None
        if not ctx.inside(ctx.parens, colon):  # （单位：条） opens no list
            ranked = _RANKED.search(ctx.text, max(s0, colon - 12), colon)  # 诉求量排名前五位的是: 诉求量 is the topic
            topic = _topic_words(ctx.text[s0:ranked.start() if ranked else colon])
            topic = re.sub(r"(?:主要|具体)?(?:情况|内容)?(?:如下|有|为|是)$", "", topic)
        ctx.colon_topics[colon] = topic if topic and _han(topic) >= 2 else None
    return ctx.colon_topics[colon]


# ---------------------------------------------------------------------------------------------- relations
# no lookbehind: re skips ahead only to a pattern's possible first characters, which a lookbehind hides
_RESULTS = r"(?:审理|办理|复议|诉讼|答复)?结果"
# 按公开类别分：…, 从申请方式看，…: a breakdown by one attribute, often in the sentence after its total
_ATTRIBUTE_WORDS = r"[^，,；;。：:\d]{1,8}(?:分|看|来看|划分)"
_ATTRIBUTE_TAIL = rf"{_ATTRIBUTE_WORDS}[：:，,]"
_BY_ATTRIBUTE = rf"(?:按|从){_ATTRIBUTE_TAIL}"
# every branch opens with a literal, so that re skips ahead to where one may match (a class like [，,。] stops that)
_ATTRIBUTE_CLAUSE = re.compile(rf"(?:按|从){_ATTRIBUTE_WORDS}")
_LIST_START = re.compile("|".join([r"其中[，,：:]?", r"包括[：:]?", "分别为", "分别是",
                                   *(rf"{c}{_RESULTS}(?:中|为|是)?[，,：:]?" for c in "，,。"),
                                   *(rf"{c}{_ATTRIBUTE_TAIL}" for c in "按从")]))
# 受理的286件申请中，予以公开172件…: the figures after break down the one before 中
_AMONG_THE = re.compile(r"的\d[\d.,]*(?:万|亿)?[^\d，,；;。]{1,8}(中)[，,]")
_SHARE_OF_PART = re.compile(r"[，,、\s（(]*(?:约|近)?所?(?:占|比例|比重)")
_PAREN_CLOSE = re.compile(r"[)）]")
_BEFORE_AFTER = re.compile(rf"(?:(?:{_CHANGED_TO})了?(?:为|至|到)|"
                           r"[减降增升]至)(?:原来的)?"
                           r"(?:(?:19|20)\d{2}年(?:底|末)?的)?(?:近|约|不足|只需|仅)?$")


def _relations(ctx: _Context, facts: list[Fact], report_year: int | None) -> list[Relation]:
    text = ctx.text
    relations: list[Relation] = []
    in_sentence: dict[int, list[Fact]] = {}
    for f in facts:
        in_sentence.setdefault(ctx.sentence(f.start)[0], []).append(f)
    by_sentence: dict[int, list[Fact]] = {}
    for start, group in in_sentence.items():
        by_sentence.setdefault(_sentence_start(ctx, start), []).extend(group)
    earlier: list[Fact] = []  # the figures of the paragraph before the sentence
    for start, group in by_sentence.items():
        if earlier and text.find("\n", earlier[-1].end, start) >= 0:
            earlier = []
        relations += _sentence_relations(text, start, group, earlier, report_year)
        earlier.extend(group)
    return relations


_AMONG = re.compile(r"\s{0,3}[^，,；;。：:\d\n]{1,12}中[，,：:]")  # 公开的信息中，: among the things counted before
_TOTAL_AFTER = re.compile(r"[，,；;](?:共计|合计|总计|总共|共)(?:为|达到|达)?$")  # …，共计344件: the sum of the figures before
SUM_OF_PARTS = "合计("  # the name of such a total opens 合计(新收…+上年结转); the catalog gives it no id
# 是上年的2.3倍, 是2018年的1.4倍: a multiple of an earlier year's figure
_MULTIPLE_OF_EARLIER = re.compile(r"(?:是|为|相当于)(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:同期)?的$")
_LEVEL_AFTER = re.compile(r"[，,](?:达到|达|为|升至|降至)")
_CONTINUES = re.compile(rf"[\s\n]{{0,3}}(?:(?:[^，,；;。\d\n]{{0,12}}[，,])?其中|{_RESULTS}(?:中|为|是)?[，,：:]|{_BY_ATTRIBUTE})")


def _sentence_start(ctx: _Context, pos: int) -> int:
    """Start of the sentence holding ``pos``; a sentence opening with 其中, with a clause of words and then 其中
    (已全部按期答复，其中…), with 办理结果中 or with 按…分 continues the one before it."""
    start, _ = ctx.sentence(pos)
    while start > 0 and _CONTINUES.match(ctx.text, start):
        start, _ = ctx.sentence(start - 1)
    return start


_EARLIER = re.compile(r"以前|之前|原来|过去|以往|此前")
_LATER = re.compile(r"如今|现在|目前|开始|以来|今年")
_PROCESSING = re.compile(r"(?:只需|仅需|仅用|即可|就能|当场|缩短|压缩|提速)[^，,；;。]{0,6}$|^[^，,；;。]{0,3}(?:即可|就能|内)?(?:办结|发证|取证|完成|办完|出证)")


def _temporal_before_after(ctx: _Context, facts: list[Fact]) -> list[Relation]:
    """Processing times told as a story within a paragraph: 以前…3-5天 … 如今…只需半小时; 2011年之前…一个月 …
    从2016年开始…3个工作日发证; 2017年…5分钟即可取证. Each time is paired with the next, later one."""
    text = ctx.text
    rels: list[Relation] = []
    timeline: list[tuple[float, Fact, str]] = []
    paragraph = -1
    for f in facts:
        if f.kind != "duration":
            continue
        par = text.rfind("\n", 0, f.start)
        if par != paragraph:
            timeline, paragraph = [], par
        seg_start = ctx.segment_start(f.start, "。；;\n")
        seg = text[seg_start:f.start]
        year = _YEAR.search(seg)
        earlier, later = _EARLIER.search(seg), _LATER.search(seg)
        if earlier:
            when = float(year.group(1)) - 0.5 if year else float("-inf")
            anchor = (year.group(0) if year else "") + earlier.group(0)
        elif later or year:
            anchor = (year.group(0) if year else "") + (later.group(0) if later else "")
            when = float(year.group(1)) if year else float("inf")
            after = text[f.end:f.end + 8]
            if not (_PROCESSING.search(text[max(seg_start, f.start - 12):f.start]) or _PROCESSING.search(after)):
                continue
        else:
            continue
        if timeline and when > timeline[-1][0]:
            earlier_fact, earlier_anchor = timeline[-1][1], timeline[-1][2]
            rels.append(Relation("before_after", [("before", earlier_fact.idx), ("after", f.idx)],
                                 f"{earlier_fact.quote} -> {f.quote}"))
            for g, a in ((earlier_fact, earlier_anchor), (f, anchor)):
                if a and a not in g.metric:
                    g.metric = f"{g.metric}({a})"
        timeline.append((when, f, anchor))
    return rels


def _is_total_like(f: Fact) -> bool:
    """Figures that parts can add up to: counts, money, durations, areas and measured quantities (tonnes, kWh), not
    concentrations or ages."""
    return f.kind in ("count", "amount", "duration", "area") or (f.unit in _MEASURE_UNITS and "/" not in f.unit)


def _parallel_parts(text: str, items: list[Fact]) -> bool:
    """其中咨询类23.1万件，占54.2%；求助类8.9万件，占20.9%: parts listed across semicolons, named alike (their
    names share the last character) or each with its share, are still parts; 其中A 38.2亿元；审计促进增收2.3亿元 is not."""
    names = [f.label for f in items]
    if all(names) and all(_han(n) <= 6 for n in names) and len({n[-1] for n in names}) == 1:
        return True
    return all(_SHARE_OF_PART.match(text, f.end) for f in items)


def _sentence_relations(text: str, s_start: int, group: list[Fact], earlier: list[Fact],
                        report_year: int | None) -> list[Relation]:
    if len(group) < 2:
        return []  # every relation, and every label read from one, pairs figures of the sentence
    rels: list[Relation] = []
    # --- sum lists: 总数…其中A…B…
    markers = [m.start() for m in _LIST_START.finditer(text, s_start, group[-1].end)]
    markers += [m.start(1) for m in _AMONG_THE.finditer(text, s_start, group[-1].start)]
    markers.sort()
    closed: dict[int, Fact] = {}  # part of a breakdown that reached its total -> that total
    member_of: dict[int, Fact] = {}  # part of any breakdown -> its total
    for k, pos in enumerate(markers):
        candidates = [f for f in group if f.end <= pos and _is_total_like(f) and not f.in_paren]
        if not candidates:
            continue
        nearest = candidates[-1]
        nxt = markers[k + 1] if k + 1 < len(markers) else None
        if text[pos - 1:pos] in "（(":
            # a parenthetical list belongs to the figure just before the parenthesis
            items = [f for f in group if f.start > pos and f.in_paren and f.unit == nearest.unit
                     and _is_total_like(f) and text.find(")", pos, f.start) < 0 and text.find("）", pos, f.start) < 0]
            breakdowns = [(nearest, items)]
        else:
            listed = [f for f in group if f.start > pos and (nxt is None or f.start < nxt) and _is_total_like(f)
                      and not f.in_paren]
            if listed and not any(f.unit == nearest.unit for f in listed):
                # 4521件，罚没款3260.5万元。其中简易程序1230件…: the parts count the last figure in their unit
                candidates = [c for c in candidates if c.unit == listed[0].unit] or candidates
                nearest = candidates[-1]
            items = [f for f in listed if f.unit == nearest.unit]
            head = _pick_head(candidates, items, closed)
            breakdowns = [(head, items)]
            for unit in dict.fromkeys(f.unit for f in listed if f.unit != head.unit):
                parts = [f for f in listed if f.unit == unit]
                totals = [c for c in candidates if c.unit == unit]
                total = _pick_head(totals, parts, closed) if totals and len(parts) >= 2 else None
                if total is not None and _adds_up(total, _contiguous(parts, total)):
                    breakdowns.append((total, parts))  # 学校1256所，在校学生48.6万人。其中，幼儿园458所，在园幼儿9.8万人…
                elif (head.unit in _PEOPLE_UNITS) == (unit in _PEOPLE_UNITS):
                    # 其中政策文件35件、规划计划12条: a part in another unit is the total's too, though not summed;
                    # not when one counts people and the other things (回访群众3.4万人次 … 咨询类6.9万件)
                    _name_after(head, [f for f in parts if f.kind == head.kind])
        # 排名前三位的分别是: the first few of a ranking are no whole breakdown
        explicit = text.startswith(("分别", "包括"), pos) and not _RANKED.search(text, max(0, pos - 10), pos)
        for head, items in breakdowns:
            items = _contiguous(items, head)
            reaches = _adds_up(head, items)
            if not (reaches or explicit) and len(items) >= 2 and text[pos + 2:pos + 3] not in "：:" \
                    and (semicolon := text.find("；", items[0].end, items[-1].start)) >= 0 \
                    and not _parallel_parts(text, items):
                items = [f for f in items if f.start < semicolon]  # 其中A 38.2亿元；审计促进增收2.3亿元: A alone is a part
                reaches = _adds_up(head, items)
            exceeds = sum(f.value for f in items) > head.value + _tolerance(head, items)
            if exceeds and not explicit:
                continue  # the parts belong to several earlier figures (…300余次…800余次，其中…653次，…1001次)
            _name_after(head, items)
            if len(items) >= 2:
                rels.append(Relation("sum", [("total", head.idx)] + [("part", f.idx) for f in items],
                                     _sum_note(head, items), exhaustive=explicit or reaches))
                if reaches:
                    closed.update({f.idx: head for f in items})
            member_of.update({f.idx: head for f in items})
    # --- 新收326件，上年结转18件，共计344件: a total after its parts
    for k, total in enumerate(group):
        if k < 2 or not _is_total_like(total) or total.in_paren \
                or not _TOTAL_AFTER.search(text, max(s_start, total.start - 6), total.start):
            continue
        parts: list[Fact] = []
        for g in reversed(group[:k]):
            if g.unit != total.unit or not _is_total_like(g) or g.in_paren or g.idx in member_of:
                break
            parts.insert(0, g)
            if len(parts) >= 2 and abs(sum(p.value for p in parts) - total.value) <= _tolerance(total, parts):
                rels.append(Relation("sum", [("total", total.idx)] + [("part", p.idx) for p in parts],
                                     _sum_note(total, parts), exhaustive=True))
                total.metric = SUM_OF_PARTS + "+".join(p.metric for p in parts) + ")"
                break
    # --- 213件（当面申请45件、网络申请152件）: a parenthesis of parts right after a figure, adding up to it
    for head in group:
        if head.in_paren or not _is_total_like(head) or text[head.end:head.end + 1] not in ("(", "（") \
                or _LIST_START.match(text, head.end + 1):
            continue
        close = _PAREN_CLOSE.search(text, head.end + 1, head.end + 120)
        if close is None:
            continue
        items = [f for f in group if head.end < f.start < close.start() and f.unit == head.unit and _is_total_like(f)]
        if len(items) >= 2 and abs(sum(f.value for f in items) - head.value) <= _tolerance(head, items):
            rels.append(Relation("sum", [("total", head.idx)] + [("part", f.idx) for f in items],
                                 _sum_note(head, items), exhaustive=True))
    # --- 公开的信息中，机构职能类156条，…，其他834条: the parts of a total in a sentence before, which they add up to
    if earlier and not member_of and _AMONG.match(text, s_start):
        parts = [f for f in group if f.unit == group[0].unit and _is_total_like(f) and not f.in_paren]
        total = next((e for e in reversed(earlier) if e.unit == parts[0].unit and _is_total_like(e)
                      and not e.in_paren and _adds_up(e, parts)), None) if len(parts) >= 2 else None
        if total is not None:
            _name_after(total, parts)
            rels.append(Relation("sum", [("total", total.idx)] + [("part", f.idx) for f in parts],
                                 _sum_note(total, parts), exhaustive=True))
            member_of.update({f.idx: total for f in parts})
    # --- 除A外，其余B: total = A + B
    for pos in _positions(text, "除", s_start, group[-1].end):
        before = [f for f in group if f.end <= pos and _is_total_like(f)]
        excl = [f for f in group if f.start > pos and _is_total_like(f)]
        rest_pos = text.find("其余", pos, group[-1].end)
        if before and len(excl) >= 2 and rest_pos > 0:
            a = excl[0]
            b = next((f for f in excl if f.start > rest_pos), None)
            if b is not None and a.unit == b.unit == before[-1].unit and a.start < rest_pos:
                total = before[-1]
                for part in (a, b):  # 除2项暂不进驻外，其余的141项实现应进全进: both are parts of the total
                    own = re.sub(r"外$", "", part.label)
                    if total.metric and not part.metric.startswith(total.metric):
                        part.metric = f"{total.metric}:{own}" if own else total.metric
                rels.append(Relation("sum", [("total", before[-1].idx), ("part", a.idx), ("part", b.idx)],
                                     _sum_note(before[-1], [a, b]), exhaustive=True))
    # --- shares: X件，占Y%
    for i, f in enumerate(group):
        if f.kind != "share" or f.unit not in ("%", "‰"):
            continue
        part = _respective(text, group, i)  # 企业类15.6万件、个人类27.1万件，分别占36.5%和63.5%
        if part is not None and _is_total_like(part):
            f.metric = part.metric + "占比"
            gap = part.end
        else:
            k = next((k for k in range(i - 1, -1, -1) if _is_total_like(group[k])), None)
            gap = _share_words_start(text, group, k, i) if k is not None else None
            if gap is None or not re.search(r"占|比例|比重", text[gap:f.start] + f.metric):
                continue
            part = group[k]
        own = _SHARE_WORDS.sub("", f.label)
        if _SHARE_OF_PART.match(text, gap, f.start):  # not in 10.2万个，其中夜间来电占比8.6%, which names its own part
            named = _han(own) >= 2 and own not in ("比例", "比重")  # 所占比例为75%: no base named
            f.metric = part.metric + ("占" + own if named else "占比")  # whether or not its base is found
        elif text[gap:f.start] in ("（", "("):
            f.metric = part.metric + "占比"  # 网上申请150件（75%）
        total = member_of.get(part.idx) or _share_total(text, group, part, f) or _base_of_share(earlier + group[:i], part, f)
        if total is None:
            continue
        rels.append(Relation("share", [("part", part.idx), ("total", total.idx), ("share", f.idx)],
                             f"{_fmt(part.value)} / {_fmt(total.value)} stated as {_fmt(f.value)}%"))
    # --- rates named after a listed part: 即办件53349，即办件率93%
    for f in group:
        if f.unit != "%" or f.kind != "rate" or not f.metric.endswith("率"):
            continue
        stem = f.metric[:-1]
        for r in rels:
            if r.relation_type != "sum":
                continue
            total_idx = r.members[0][1]
            for role, idx in r.members[1:]:
                g = next(x for x in group if x.idx == idx)
                if stem and g.label and g.label.endswith(stem[-3:]) and stem.endswith(g.label[-3:]):
                    rels.append(Relation("share", [("part", idx), ("total", total_idx), ("share", f.idx)],
                                         f"{f.metric}: {_fmt(g.value)} / total"))
                    break
    # --- before / after: 由A缩短至B (first: a change of the after-value is named after it)
    for i, f in enumerate(group[1:], 1):
        window = text[max(s_start, f.start - 16):f.start]
        if not ("至" in window or "到" in window or "为" in window) or not _BEFORE_AFTER.search(window):
            continue  # the cheap test first: a $-anchored search is tried at every position of the window
        prev = group[i - 1]
        # 由 must open prev's own phrase: in 由5天压缩至1天，B压缩至3天 the 3 has no before
        lead = text[max(s_start, prev.start - 12, group[i - 2].end if i >= 2 else 0):prev.start]
        if "由" not in lead and "从" not in lead:
            continue
        if prev.unit == f.unit or (prev.kind == f.kind == "duration"):
            rels.append(Relation("before_after", [("before", prev.idx), ("after", f.idx)], f"{prev.quote} -> {f.quote}"))
            _label_before_after(text, s_start, prev, f)
    # --- 压缩至80个工作日，较改革前的200个工作日减少60%: the figure of an earlier state is the before
    for i, f in enumerate(group[1:], 1):
        if "前" not in text[max(s_start, f.start - 4):f.start] \
                or not (state := _EARLIER_STATE.search(text, max(s_start, f.start - 12), f.start)):
            continue
        now = group[i - 1]
        if now.in_paren or not (now.unit == f.unit or now.kind == f.kind == "duration") or f.kind == "change":
            continue
        rels.append(Relation("before_after", [("before", f.idx), ("after", now.idx)], f"{f.quote} -> {now.quote}"))
        f.metric = f"{now.metric}({state.group(1)})"
        nxt = group[i + 1] if i + 1 < len(group) else None
        if nxt is not None and nxt.kind == "change" and (verb := _CHANGE_AFTER.fullmatch(text, f.end, nxt.start)):
            nxt.metric = f"{now.metric}较{state.group(1)}{verb.group(1)}"
    # --- year over year: 比上年增长X%; in a year's summary a bare 增长X% after a figure compares it with last year too
    for i, f in enumerate(group):
        if f.kind != "change":
            continue
        own_clause = _CLAUSE_SPLIT.split(text[max(s_start, f.start - 24):f.start])[-1]
        if "、" in own_clause:  # 完成386.2亿元、增长6.1%
            own_clause = _CHANGE_AFTER_LEVEL.split(own_clause)[-1]
        # 分别是2018年的1.4倍和1.5倍: the second is read without the first
        multiple = _MULTIPLE_OF_EARLIER.search(_SIBLING_FIGURES.sub("", own_clause)) if f.unit == "倍" else None
        cue = _YOY_CUE.search(own_clause) or multiple
        if cue is None and not _BARE_CHANGE.fullmatch(_SIBLING_FIGURES.sub("", own_clause)):
            if f.label[:1] in ("比", "较") \
                    and (current := _yoy_current(text, group, i, f.start - len(own_clause), report_year)):
                f.metric = current.metric + f.label.replace("分别", "")  # 比一季度提高: against another period
            continue
        level = group[i + 1] if i + 1 < len(group) else None
        if level is not None and level.kind != "change" and _LEVEL_AFTER.fullmatch(text, f.end, level.start):
            current = level  # 办件量同比增长23.6%，达到15.8万件
        else:  # in 较上年的97.5%提高1.6个百分点 the figure after the cue is last year's, not the one compared
            current = _yoy_current(text, group, i, f.start - len(own_clause) + (cue.start() if cue else len(own_clause)),
                                   report_year)
        if current is None:
            continue
        if cue is not None and (not f.label or len(f.label) < 6 or _YOY_CUE.match(f.label) or multiple):
            words = own_clause[cue.start():]
            listed = list(_SIBLING_FIGURES.finditer(own_clause, cue.end()))
            if listed and _han(own_clause[listed[-1].end():]):  # 比上年增加12件和减少9件: 比上年减少
                words = cue.group() + own_clause[listed[-1].end():]
            words = _FIGURE_AND_LINK.sub(lambda m: m.group() if _YEAR.fullmatch(m.group()) else "",
                                         _without_figured_asides(words))  # 与2022年（29件）相比增加
            f.metric = current.metric.removesuffix("(现)") + words.replace("的", "").replace("分别", "").strip("了又")
        elif cue is None:
            f.metric = current.metric.removesuffix("(现)") + f.label
        compared, year = (_YEAR.search(cue.group()) if cue else None), current.year or report_year
        if cue is not None and cue.group() == "环比" or compared and year and int(compared.group(1)) != year - 1:
            continue  # 环比减少, 比2018年增长: a change over the month before or since a base year, not the year before
        rels.append(Relation("yoy", [("current", current.idx), ("change", f.idx)], f"{f.quote} against {current.quote}"))
    return rels


def _share_words_start(text: str, group: list[Fact], k: int, i: int) -> int | None:
    """Where the words that tie the share ``group[i]`` to its part ``group[k]`` begin: after the part, or after the
    part's own changes between them (税收收入89.7亿元，增长4.2%，占…的72.7%). None when anything else stands between."""
    changes = group[k + 1:i]
    if changes and not (all(g.kind == "change" for g in changes)
                        and _CHANGE_BEFORE_SHARE.fullmatch(text, group[k].end, changes[0].start)):
        return None
    start = changes[-1].end if changes else group[k].end
    return start if _SHARE_AFTER_PART.fullmatch(text, start, group[i].start) else None


_CHANGE_BEFORE_SHARE = re.compile(rf"[，,、\s]*(?:{_YOY_CUE.pattern})?(?:{_BARE_CHANGE.pattern})")
_SHARE_AFTER_PART = re.compile(r"[，,、\s]*(?:约|近)?(?:占|占比)?[^，,；;。\d]{0,12}?"
                               r"(?:[（(][^（）()，,；;。\d]{1,16}[）)](?:为|达到|达)?)?")  # 比重（城镇化率）为
_SHARE_WORDS = re.compile(r"^(?:约|近)?所?占|的$")


def _respective(text: str, group: list[Fact], i: int) -> Fact | None:
    """分别为A和B，分别增长X%和Y% (or 分别占X%和Y%): the figure in the same place of the list before the figures of
    ``group[i]``'s kind and unit."""
    f = group[i]
    first = i
    while first and group[first - 1].kind == f.kind and group[first - 1].unit == f.unit:
        first -= 1
    last = i
    while last + 1 < len(group) and group[last + 1].kind == f.kind and group[last + 1].unit == f.unit:
        last += 1
    levels = group[first - (last - first + 1):first] if first >= last - first + 1 else []
    mixed = f.kind == "change" and f.unit == "%"  # 4521件，罚没款3260.5万元，同比分别下降6.3%和12.8%
    if last > first and "分别" in text[group[first].start - 10:group[first].start] and levels \
            and all(g.kind != f.kind and not g.in_paren and (mixed or g.unit == levels[0].unit) for g in levels):
        return levels[i - first]
    return None


def _yoy_current(text: str, group: list[Fact], i: int, cue_start: int, report_year: int | None) -> Fact | None:
    """The figure a change compares with last year's: the figure in the same place of a list before (分别为A和B，
    分别增长X%和Y%), else the nearest figure before the cue it can be a change of, and not of an earlier year
    (较2022年的8.1万件增加4.3万件，增幅53.1%: the growth of the figure before 较)."""
    f = group[i]
    respective = _respective(text, group, i)
    if respective is not None:
        return respective
    rate = None
    year = f.year or report_year
    for g in reversed(group[:i]):
        if g.in_paren or g.kind == "change" or g.start >= cue_start or (year and g.year and g.year < year):
            continue
        if f.unit in ("%", "倍") and g.kind == "share":
            continue  # a share changes in points: 占68.3%，同比增长15.2% is the growth of the count before it
        if f.unit in ("%", "倍") and g.kind == "rate":
            rate = rate or g  # a rate too, mostly: 收入286.4亿元，为预算的101.2%，增长6.8% is the income's growth
            continue
        if f.unit in ("%", "倍") and g.kind in ("count", "amount", "duration", "area", "other"):
            return g
        if (f.unit == "‰" or f.unit in POINT_UNITS) and g.unit in ("%", "‰"):
            return g
        if f.unit == g.unit:
            return g
    return rate


def _name_after(head: Fact, parts: list[Fact]) -> None:
    """Parts of a breakdown are named under their total: 受理申请:网上办结."""
    for f in parts:
        if f.label and head.metric and not f.metric.startswith(head.metric):
            f.metric = f"{head.metric}:{f.label}"


def _pick_head(candidates: list[Fact], items: list[Fact], closed: dict[int, Fact]) -> Fact:
    """The total a 其中 list breaks down: the earlier figure its parts add up to (the closest sum, then the nearest:
    受理18.62万件，办结18.59万件，其中即办件11.3万件、承诺件7.32万件 adds up to 受理 within 办结's rounding too);
    else the one whose words hold the parts' verb; else, when the nearest figure is itself the last part of a
    finished breakdown, that breakdown's total; else the nearest figure."""
    nearest = candidates[-1]
    best, best_gap = None, 0.0
    for c in reversed(candidates):
        if c.unit != nearest.unit:
            continue
        running = 0.0
        for f in items:
            running += f.value
            gap = abs(running - c.value)
            if gap <= _tolerance(c, items):
                if best is None or gap < best_gap:
                    best, best_gap = c, gap
                break
    if best is None:  # 受理12.6万件，办结12.5万件，其中A窗口受理2.3万件: the figure of the parts' own verb
        # the words before each figure too: a name drops the verb of 压缩至 (企业登记压缩至4个工作日: 企业登记)
        verbs = {v for f in items for v in _REPORT_VERBS if v in f.label or v in f.head}
        sharing = [c for c in candidates
                   if c.unit == nearest.unit and any(v in c.metric or v in c.head for v in verbs)]
        if verbs and sharing and len(sharing) < len([c for c in candidates if c.unit == nearest.unit]):
            return sharing[-1]
    return best or closed.get(nearest.idx, nearest)


_EARLIER_STATE = re.compile(r"(?:比|较|与)([^，,；;。\d比较与]{1,6}前)(?:相比)?的?$")  # 较改革前的
_CHANGE_AFTER = re.compile(r"[^，,；;。\d]{0,2}?(减少|缩短|压缩|降低|下降|提高|增加|提升)了?(?:约|近)?")


def _label_before_after(text: str, s_start: int, before: Fact, after: Fact) -> None:
    """由A缩短至B: both measure the subject named before 由, as it was and as it is."""
    lead = text[s_start:before.start]
    cut = lead.rfind("由")
    if cut < 0:
        cut = lead.rfind("从")
    subject_text = lead[:cut] if cut >= 0 else lead
    clauses = [c for c in _CLAUSE_SPLIT.split(subject_text) if c.strip()]
    subject = _clean_label(clauses[-1]) if clauses else ""
    if _han(subject) < 4 and len(clauses) > 1:
        subject = _clean_label(_FIGURE_AND_LINK.sub("", clauses[-2]))[-12:] + subject
    if _han(subject) >= 2:
        before.metric, after.metric = f"{subject}(原)", f"{subject}(现)"
    if before.unit == after.unit and {before.kind, after.kind} == {"rate", "share"}:
        after.kind = before.kind  # 占GDP比重由1.8%提高到2.5%: one measure, as it was and as it is


def _contiguous(items: list[Fact], head: Fact) -> list[Fact]:
    """Stop a breakdown where its parts reach the total, after the small parts that keep it there (a total of 186.7万
    reached by 178.2万, 8.1万 and 0.3万 takes 621 and 113 too): a second list may follow for the same total."""
    out: list[Fact] = []
    running = 0.0
    reached = False
    for f in items:
        if reached and (f.value <= 0 or abs(running + f.value - head.value) > _tolerance(head, out + [f])):
            break
        out.append(f)
        running += f.value
        reached = reached or len(out) >= 2 and abs(running - head.value) <= _tolerance(head, out)
    return out


def _adds_up(head: Fact, parts: list[Fact]) -> bool:
    return abs(sum(f.value for f in parts) - head.value) <= _tolerance(head, parts)


def _tolerance(head: Fact, parts: list[Fact]) -> float:
    """Half a unit of the last printed digit of the total, plus that of each part."""
    tol = 0.5 * head.scale * 10 ** (-head.decimals)
    tol += sum(0.5 * p.scale * 10 ** (-p.decimals) for p in parts if p.scale > 1)
    return tol


def _sum_note(head: Fact, parts: list[Fact]) -> str:
    total = sum(p.value for p in parts)
    return f"{' + '.join(_fmt(p.value) for p in parts)} = {_fmt(total)}; stated total {_fmt(head.value)}"


def _share_total(text: str, group: list[Fact], part: Fact, share: Fact) -> Fact | None:
    """The base of 占X%: the head of the breakdown the part belongs to, else the sentence's first total; never a
    figure smaller than the part."""
    for r_head in reversed([g for g in group if g.start < part.start and _is_total_like(g) and g.unit == part.unit
                            and not g.in_paren and g.value >= part.value]):
        between = text[r_head.end:part.start]
        if "其中" in between or "包括" in between or "分别" in between:
            return r_head
    if "总量" in share.metric or "总" in text[part.end:share.start]:
        firsts = [g for g in group if g.start < part.start and g.unit == part.unit and _is_total_like(g)
                  and g.value >= part.value]
        return firsts[0] if firsts else None
    return None


def _base_of_share(candidates: list[Fact], part: Fact, share: Fact) -> Fact | None:
    """The base of 占X% when no words name it: the nearest earlier figure of the part's unit of which the part is X%,
    within the rounding of all three printed figures (approximate figures have no such bound)."""
    if part.approx or share.approx:
        return None
    p, dp = part.value, 0.5 * part.scale * 10 ** -part.decimals
    ds = 0.5 * 10 ** -share.decimals
    per = 1000 if share.unit == "‰" else 100
    for g in reversed(candidates):
        if g is part or g.unit != part.unit or not _is_total_like(g) or g.value <= p or g.approx:
            continue
        dt = 0.5 * g.scale * 10 ** -g.decimals
        if (p - dp) / (g.value + dt) * per - ds <= share.value <= (p + dp) / max(g.value - dt, 1e-9) * per + ds:
            return g
    return None


# ---------------------------------------------------------------------------------------------- enumerations
_ENUM_COUNT = re.compile(r"[（(](?P<count>\d{1,4}|[一二三四五六七八九十]+)(?P<unit>个|名|家|人|项|位|条|所)[）)][:：]?")


class _HeadingMatch:
    """A heading that states a count: '优秀窗口（10个）' with what follows it on its line."""

    def __init__(self, text: str, m: re.Match):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        self._start, self._end = max(line_start, m.start() - 60), line_end
        self._count_start = m.start("count")
        self.groups = {"heading": text[self._start:m.start()], "count": m.group("count"), "unit": m.group("unit"),
                       "rest": text[m.end():line_end]}

    def group(self, name: str) -> str:
        return self.groups[name]

    def start(self, name: str | None = None) -> int:
        return self._count_start if name == "count" else self._start

    def end(self) -> int:
        return self._end


def _enum_headings(text: str):
    for m in _ENUM_COUNT.finditer(text):
        yield _HeadingMatch(text, m)
_NEW_BLOCK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、|【)")


_GROUP_LABEL = re.compile(r"^[^:：]{1,20}[:：]")


def _clean_item(item: str) -> str:
    item = item.strip(" 　;；。，,、")
    item = _GROUP_LABEL.sub("", item) if ":" in item or "：" in item else item
    return item.strip(" 　“”\"")


def _enumerations(ctx: _Context, facts: list[Fact], sections: SectionIndex) -> list[Enumeration]:
    text = ctx.text
    enums: list[Enumeration] = []
    fact_at = {f.start: f for f in facts}
    for m in _enum_headings(text):
        stated = parse_number(m.group("count"))
        if stated is None:
            continue
        heading = m.group("heading").strip()
        rest = m.group("rest").strip()
        if rest:
            raw_items = _ITEM_SPLIT.split(rest)
        else:
            raw_items = []
            for line in _lines_from(text, m.end() + 1):
                if _NEW_BLOCK.match(line) or _ENUM_COUNT.search(line):
                    break
                if raw_items and "。" in line:
                    break  # prose after the names (not more names than stated: the check counts those)
                if line.strip():
                    raw_items += [x for chunk in _ITEM_SPLIT.split(line) for x in _split_names(chunk)]
        items = [c for c in (_clean_item(x) for x in raw_items) if c]
        if not items:
            continue
        count_fact = fact_at.get(m.start("count"))
        line_start = text.rfind("\n", 0, m.start()) + 1
        parent = sections.parent_path_at(line_start) or ""
        title = _heading_path(parent, heading)
        enums.append(Enumeration(title, int(stated), len(items), items, count_fact.idx if count_fact else None))
        if count_fact is not None:
            count_fact.metric = title
    enums += _inline_enumerations(ctx, facts, {e.count_fact for e in enums if e.count_fact is not None})
    return enums


def _lines_from(text: str, pos: int):
    """The lines of ``text`` from ``pos`` on, read as far as they are wanted (a heading's block is short)."""
    while pos <= len(text):
        end = text.find("\n", pos)
        if end < 0:
            yield text[pos:]
            return
        yield text[pos:end]
        pos = end + 1


def _split_names(chunk: str) -> list[str]:
    """A line of names separated by spaces; a leading 'group:' label goes with the first name and is cleaned."""
    parts = chunk.split()
    return parts if parts else [chunk]


def _heading_path(parent: str, heading: str) -> str:
    heading = _ORDINAL.sub("", heading).strip()
    last = _ORDINAL.sub("", parent.split(" > ")[-1]).strip() if parent else ""
    if not heading:
        return last
    if last and last not in heading and not heading.startswith(last):
        return f"{last}:{heading}"
    return heading


_QUOTED_NAME = re.compile(r"“([^”]{1,30})”")
_QUOTES_LISTED = re.compile(r"”[、和及与]“")
_NAME_SPLIT = re.compile(r"、|和|及")


# names listed after a count: 表彰先进集体4个：A、B、C、D; “红旗窗口”3个，分别是A、B和C
_NAMES_AFTER = re.compile(r"(?:[，,](?:分别是|分别为|即|包括)|[：:])(?P<names>[^。；;：:\n]{2,200})")


def _inline_enumerations(ctx: _Context, facts: list[Fact], taken: set[int]) -> list[Enumeration]:
    text = ctx.text
    enums: list[Enumeration] = []
    for f in facts:
        if f.idx in taken or f.in_paren:
            continue
        if f.kind != "count" or f.value < 2 or f.value > 60 or not float(f.value).is_integer():
            continue
        seg_start = ctx.segment_start(f.start, "，,；;：:。\n")
        seg = text[seg_start:f.start]
        after = _NAMES_AFTER.match(text, f.end)
        if after is not None and "、" in after.group("names"):
            items = [c for c in (_clean_item(x) for x in _NAME_SPLIT.split(after.group("names"))) if c]
            if len(items) == int(f.value) and not any(_FIGURE.search(x) for x in items):
                enums.append(Enumeration(seg.strip(), int(f.value), len(items), items, f.idx))
                continue
        if "、" not in seg and "”" not in seg or f.unit in _EVENT_UNITS:
            continue  # neither names listed with 、 nor quoted names; 开展两次检查 counts events, not the names before
        quoted = _QUOTED_NAME.findall(seg)
        if len(quoted) >= 2 and _QUOTES_LISTED.search(seg):
            items = quoted
        else:
            body = _LEADING_LINK.sub("", seg.strip().removesuffix("等"))
            if body.count("、") < 1:
                continue
            items = [x.strip() for x in _NAME_SPLIT.split(body) if x.strip()]
            if items:
                items[0] = _LIST_LEAD.sub("", items[0]) or items[0]
        if len(items) < 2 or any(_FIGURE.fullmatch(x) for x in items):
            continue  # 跨越2000亿元、2500亿元两个台阶 lists figures, not names
        if f.idx and facts[f.idx - 1].start >= seg_start:
            continue  # 被申请行政复议3件、提起行政诉讼2件: things counted one by one, not names
        if len(items) != int(f.value):
            continue  # names before a count are its members only when they are as many as it says
        enums.append(Enumeration(seg.strip(), int(f.value), len(items), items, f.idx))
    return enums


# ---------------------------------------------------------------------------------------------- entry point
def extract_facts(text: str, report_year: int | None = None, report_period: str | None = None) -> Extraction:
    """The facts, relations and enumerations of a report's text. ``report_period`` is the part of the year the whole
    report covers (第三季度, 1-9月; metadata reads it off the title): the window of every figure that states none."""
    ctx = _Context(text)
    facts = _candidates(ctx, report_year)
    sections = SectionIndex(text)
    _assign_labels(ctx, facts, sections, report_year, report_period)
    relations = _relations(ctx, facts, report_year)
    stated = {tuple(r.members) for r in relations}
    relations += [r for r in _temporal_before_after(ctx, facts) if tuple(r.members) not in stated]
    enumerations = _enumerations(ctx, facts, sections)
    _mark_reached_levels(facts)
    _window_last(ctx, facts, report_period)
    return Extraction(facts, relations, enumerations)
