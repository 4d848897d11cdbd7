"""Every pattern and word set of the extraction rules, built in one place from the vocabularies in
``vocabulary/*.yaml`` (units, qualifiers, verbs, scope words, non-figure contexts, idioms), which are read once.

A word goes in a vocabulary file; a pattern's form (what stands around the words) is written here, next to the
patterns of the same stage. Many patterns open with a literal or are searched only near a key word: re skips ahead
fast only to a pattern's possible first characters, so that keeps extraction fast. In the patterns tried most, an
optional part of more than one character is written ``(?:X|)``, not ``(?:X)?``: it matches the same (X first, then
nothing), but re runs a ``?`` over such a part through its repeat machinery, several times dearer than a branch.

The stage modules import this module as ``rx`` and read ``rx.NAME``, not ``from … import NAME``: CPython 3.11
compiles ``NAME.search(…)`` on a name bound by an import as an attribute load that builds a bound method at every
call, which cost extraction about 4 % (interleaved against the code of one module, bench/RESULTS.md).
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from govpipeline.lib.numbers import ARABIC_NUMBER

_VOCABULARY = Path(__file__).parent / "vocabulary"


def _vocabulary(name: str) -> dict:
    """The word lists of one file of vocabulary/ (read once: this module is imported once). libyaml's loader, where
    PyYAML has it, reads them in a sixth of the time of the pure-Python one: every process that extracts pays it."""
    with open(_VOCABULARY / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _alt(words) -> str:
    """An alternation of ``words``, tried in their order."""
    return "|".join(words)


def _literal_alt(words) -> str:
    """An alternation of the literal ``words`` that matches as ``_alt`` of them does, grouped by first character: re
    tries a flat alternation's branches one by one, and of a group only the one whose character is the text's."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(re.escape(first) + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
                    for first, rests in groups.items())


_UNIT_WORDS = _vocabulary("units")
_QUALIFIERS = _vocabulary("qualifiers")
_VERBS = _vocabulary("verbs")
_SCOPE_WORDS = _vocabulary("scopes")
_NON_FIGURES = _vocabulary("non_figures")
_IDIOMS = _vocabulary("idioms")


# ----------------------------------------------------------------- clauses, sentences, quotes and brackets (context)
_UNITS = tuple(_UNIT_WORDS["units"])
FIGURE_LAST = frozenset({u[-1] for u in _UNITS} | set("0123456789"))  # what a figure can end with
# a comma between a digit and three more is a thousands separator (1,026条), no clause's end
_COMMA = r"(?:(?<!\d),|,(?!\d{3}(?!\d)))"
CLAUSE_BREAKS = "，,；;：:。！？!?\n\t()（）"  # a tab ends a table cell; see THOUSANDS_COMMA
THOUSANDS_COMMA = re.compile(r",(?=\d{3}(?!\d))")  # after a digit (checked apart: a literal first is found fast)
SENTENCE_BREAKS = "。！？!?\n"  # a subset of the clause breaks
# a numbered heading run into its first sentence on a one-line page (一、综合 全年…, （二）农业 2023年…, 二、今年工作目标
# 全镇…): it opens a sentence, and the space after it ends a clause, as the heading's line break would (its first
# character at a sentence's start or after a space); its words are the section's, never part of a name or a scope
# (a short aside in it is its own: 二、各县（市、区）办理情况 竞秀区…)
# (one class first, so that re skips to where a heading can begin: a group of alternatives is tried at every character)
RUN_IN_HEADING = re.compile(r"[一二三四五六七八九十（(](?:(?<=[（(])[一二三四五六七八九十]{1,3}[）)]|(?<![（(])[一二三四五六七八九十]{0,2}、)"
                            r"(?:[^，,；;。：:！？!?()（）\s]|[（(][^，,；;。：:()（）\s\d]{1,8}[）)]){1,30}[ \u3000]+(?=[\u4e00-\u9fff\d“])")
HEADING_BEFORE = frozenset(SENTENCE_BREAKS + " \t\u3000")
# a notice's or a briefing's addressees (各区县人民政府，市直各部门：) end a sentence: a page run onto one line goes on
# after them, and they are no topic of the figures that follow
SALUTATION = re.compile(r"各[^。！？；：:\n]{0,40}(?:单位|部门|政府|办事处|委员会|机构)[：:]")
SALUTATION_ENDS = ("单位", "部门", "政府", "事处", "员会", "机构")

# 地区生产总值完成386.2亿元、增长6.1%: a 、 between a figure and its change ends a clause, as a comma does
LEVEL_THEN_CHANGE = re.compile(rf"、(?=(?:同比|比上年|较上年)?(?:分别)?(?:{_alt(_VERBS['change_after_level'])})"
                               r"(?:[\d百一二三四五六七八九十零〇两]|$))")  # $: a clause read up to its figure

YEAR = re.compile(r"((?:19|20)\d{2})年")
DATE_WORDS = re.compile(r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?")  # a date in words after a figure (延期至2024年1月)

# a window narrower than the report's year: 截至10月1日, 1-11月份, 2019年上半年
# (比1-5月提高0.3个百分点: the months compared with are no window)
# (?=\d) and (?=[第…]) before the look-behinds: a branch that opens with a look-behind is tested at every position
PERIOD = re.compile(r"(?:截至|截止到|截止)(?:(?:19|20)\d{2}年|)\d{1,2}月(?:\d{1,2}日|底|末|)|(?=\d)(?<![\d.比较])\d{1,2}[-－~至]\d{1,2}月份?|"
                     r"(?:19|20)\d{2}年(?:上半年|下半年|第[一二三四]季度|\d{1,2}[-－至]\d{1,2}月)|"
                     # 第三季度，热线受理诉求15.6万件; 6月份，…; 6月末，各项存款余额…; 10月当月，…: a part of the year that
                     # opens a clause is the window of what follows
                     r"(?=[第一二三四前上下\d])(?:\A|(?<=[。；;：:，,\n])|(?<=今年)|(?<=本年))"
                     r"(?:第?[一二三四]季度|前三季度|上半年|下半年|\d{1,2}月(?:份|末|底|当月|))(?=[，,]|[全我本][市省县区州镇乡])|"
                     # …，6月末实有市场主体3.8万户; 到6月末，…; 全县6月末各项存款余额…: a month's end is the day a stock is
                     # told at, wherever a clause, its area or 其中 opens with it; so is 8月当月增长… the month alone
                     r"(?=\d)(?:\A|(?<=[。；;：:，,\n])|(?<=[。；;：:，,\n][到至])|(?<=[全本我][市省县区州镇乡旗盟])|(?<=其中))\d{1,2}月(?:末|底|当月)")

MONTHS_SPAN = re.compile(r"(?<=\d)(?:至|到|~|－|—)(?=\d)")  # 1至10月, 1~10月: one window, written 1-10月
# every period holds 月, 季度 or 半年, and begins at most 16 characters before that word and ends at most 4 after it
PERIOD_KEYS = ("月", "季度", "半年")

# the numbering of a heading or a list item: 一、 （一） 1. 【…】
ORDINAL = re.compile(r"^\s*(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|【)|】$")

NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
CURLY_QUOTED = re.compile(r"“[^”\n]{0,40}”")
QUOTED = re.compile(rf"{CURLY_QUOTED.pattern}|\"[^\"\n]{{0,40}}\"")
TITLED = re.compile(r"《[^》\n]{0,80}》")
_IN_PARENTHESES = r"(?:[^（()）\n]|[（(][^（()）\n\d]{1,6}[）)]){0,80}[）)]"  # 县（市、区）in a bracket: a word of it
FULLWIDTH_PARENTHESIZED = re.compile("（" + _IN_PARENTHESES)
PARENTHESIZED = re.compile(r"\(" + _IN_PARENTHESES)


# ------------------------------------------------------------ figures: numbers, units, qualifiers, what is no figure
DURATION_UNITS = frozenset(_UNIT_WORDS["durations"]) | {"日"}  # 日: a unit only after a decimal (FACT)
UNIT_CANON = _UNIT_WORDS["canonical"]
_UNIT_ALT = _literal_alt(_UNITS)
CN = "零〇一二两三四五六七八九十百千"
# FACT never gives back a digit (nor a thousands group): nothing it reads after a number can begin with a digit or a
# comma, so a shorter number fails where the whole one did, and re tried each (10 % of FACT's cost)
_DIGITS_KEPT = ARABIC_NUMBER.replace("+", "++")
_NUM = rf"{_DIGITS_KEPT}|[{CN}]+(?:点[零〇一二三四五六七八九]+|)|半"
_PRE = _alt(_QUALIFIERS["before"])
PRE_BEFORE = re.compile(rf"(?P<pre>{_PRE})(?P<link>占|达到|达|为)?$")
PRE_LAST = frozenset("近约过于超破逾足到占达为有")  # what a match of PRE_BEFORE can end with
# 签约31个, 预约128人次, 节约3.2万元: 约 ends a verb there, it qualifies no figure
YUE_OF_VERB = frozenset("签预节履违合集制")

FACT = re.compile(
    rf"(?:百分之(?P<pct>[{CN}点]+)|千分之(?P<per_mille>[{CN}点]+)"
    rf"|(?P<den>[二两三四五六七八九十]|十[一二三四五六七八九]?|[2-9])分之(?P<nom>[一二两三四五六七八九]|[1-9])(?!十|[\d.])"
    # 九成五: 95 %, the numeral after 成 its tenths (not a count that follows: 三成五个)
    rf"|(?P<cheng>[一二两三四五六七八九十]|(?<![\d.])[1-9])成(?![为立效果本员就功绩])"
    rf"(?:(?P<tenth>[一二三四五六七八九])(?![\u4e00-\u9fff])|(?P<tenth_before>[一二三四五六七八九])(?=以上|左右|的|多))?"
    rf"(?P<cheng_more>多(?=[的，,。；;、]))?"  # 七成多的群众: more than 70 %
    rf"|(?P<num>{_NUM})(?:(?:(?P<first>万|亿|%)|)\s?(?P<range>[-－~～至到—])\s?(?P<num2>\d++(?:\.\d++|))|)"
    # a space, not a line or cell break, before the unit: 阅读 12\n分享 is no 12分
    rf"(?:(?P<sfx1>余|多)|)(?:(?P<mult>千万|百万|万亿|万|亿|千)|)(?:(?P<sfx2>余|多)|) ?"
    # 日 and 年 are units only right after a decimal (平均住院日8.6日, 平均受教育年限10.05年): after a whole number they
    # are a date's (12月31日, 2024年)
    rf"(?P<unit>{_UNIT_ALT}|(?:(?<=\.\d)|(?<=\.\d\d))[日年])(?:(?P<alt>[(（](?:{_UNIT_ALT})[)）])|)"
    # 152.6公里/百平方公里: a density; 820元/人·月: a standard per person and month
    rf"(?:/(?P<per>[人户]·[月年]|{_UNIT_ALT}|月|日|[百千万](?:人|户|平方公里))|))"
    rf"(?:(?P<post>{_alt(_QUALIFIERS['after'])})|)"
)

# Every figure begins with a digit or a Chinese numeral. re skips ahead to a pattern's possible first characters only
# when it opens with a literal or one character class (not [...]+, not an alternation like FACT's), so runs of
# numerals are found first and FACT is tried only there. No unit is made of numerals alone, so a figure goes on past
# its run, with a character that can follow a numeral in FACT: runs followed by anything else (统一, 进一步) are
# skipped, and so are digits followed by 年 (a date: _reject takes only 连续三年). 0-9, not \d: the text's digits are
# ASCII (normalize folds full-width ones), and \d would look up the Unicode category of every character of the text.
_AFTER_NUMERAL = "".join(sorted({u[0] for u in _UNITS} | {u.lstrip(CN)[:1] for u in _UNITS}  # 45千米: 米
                                 | set(",.点成分余多万亿至到-－~～—")))

NUMERAL_RUN = re.compile(rf"[0-9{CN}半][0-9{CN}半]*+(?=[\s{re.escape(_AFTER_NUMERAL)}])(?!(?<=\d)年)")
APPROX_CANON = _QUALIFIERS["canonical"]
BOUNDS = frozenset(_QUALIFIERS["bounds"])  # not approximations
MINUS = frozenset("-－−负")  # a printed sign just before a number: 增长-3.5%, 为负3.5%

# 逾万人, 近万件, 上亿元: 万 or 亿 alone is the number; the scan for numerals does not start at it. Found from the
# word, which re can skip ahead to (a pattern each: not to a class); the qualifier is read back.
# 构建了由3大体系、20个子体系组成: a count of the big parts a whole is made of, in digits (五大发展理念 is a formula;
# 8大类 is a unit of its own)
BIG_PARTS = re.compile(r"(\d{1,2})大(体系|板块|领域|行业|产业|工程|行动|专项|平台|片区|园区|模块|系统|功能区|主题)")
ROUND_NUMBERS = tuple((word, re.compile(rf"{word}(?P<sfx>余|多)?(?P<unit>{_UNIT_ALT})")) for word in ("万", "亿"))

ROUND_QUALIFIERS = tuple(_QUALIFIERS["before_round_numbers"])
SIZED_BY = re.compile(_alt(_NON_FIGURES["sized_by"]))  # 上亿元项目: a class of things sized by it, no statistic
# (not 保持在95%以上的水平, a level held)
CLASS_BAR_AFTER = re.compile(r"及?(?:以上|以下)的(?!水平|高位|位置|区间|幅度|增长|增速|速度)[\u4e00-\u9fff]")
SIZED_CLASS = re.compile(rf"(?:（含）|\(含\))?及?(?:以上|以下)的?[\u4e00-\u9fff]{{0,4}}?(?:{_alt(_NON_FIGURES['sized_classes'])})")
# 收入超过30万元的村达到5个, 其中超过30万元的3个, 8个村收入全部超过10万元: the bar the things counted pass, no statistic
BAR_BEFORE = ("超过", "高于", "不低于", "低于", "不足", "达到")
SCOPE_THRESHOLD = re.compile(r"(?:统计|申报|纳统)?(?:起点|门槛|起报点)(?:标准)?(?:为|是)?(?:计划总投资)?$")  # 统计起点为500万元
BAR_CLASS = re.compile(rf"的(?:[\u4e00-\u9fff]{{0,4}}?(?:{_alt(_NON_FIGURES['sized_classes'])})|\d+(?:个|家|户))")
ALL_PASS_BAR = re.compile(r"(?:全部|均|都)(?:超过|高于|达到|突破)$")
ALL_PASS_BAR_LAST = frozenset("过于到破")  # what a match of ALL_PASS_BAR can end with
# 13个社区卫生服务中心全部达到国家标准, 12个监测断面均达到Ⅱ类: what all the things counted did, after them
ALL_OF_THEM_DID = re.compile(r"(?:全部|(?<![人平日月年户亩])均|都)(?:已|已经)?(?=[实达建完开通纳接配设覆启安落])")
BAR_AMOUNT = re.compile(r"\d+(?:\.\d+)?[万亿]?元")  # the bar itself, kept in the name of the things counted
# 同一申请人就同一事项提出3次以上申请的，按1件统计: how things are counted, no count
COUNTING_RULE_AFTER = re.compile(r"(?:以上|以下|及以上)?[^，,。；;]{0,12}的[，,]按")
COUNTED_AS = ("统计", "计算", "计入", "计")
# 有3家单位按时办结率低于95%, 5个乡镇满意率均未达到90%: the rate's bar that the things counted fail or pass
BAR_WORDS = ("低于", "高于", "超过", "不足", "未达到", "未达", "达到")  # what a rate's bar follows (checked first: cheap)
RATE_BAR_WORD = re.compile(rf"率(?:均|都|全部)?(?:{_alt(BAR_WORDS)})$")
RATE_BAR_BEFORE = re.compile(rf"\d+(?:个|家|所|名)[\u4e00-\u9fff]{{1,16}}?{RATE_BAR_WORD.pattern}")
RATE_BAR = re.compile(r"\d+(?:\.\d+)?%")

# Bare figures with 万/亿 and no measure word after a word that says what they count: 办件量逾50万, 粉丝量达12.5万,
# 注册用户超过500万, 常住人口128.5万
BARE_VOLUME = re.compile(r"(?P<word>量|数|用户|粉丝|人口)(?P<pre>逾|超过|超|近|约|达到|达|为|突破)?(?P<num>\d+(?:\.\d+)?)"
                          r"(?P<mult>万亿|万|亿)(?![\u4e00-\u9fff%‰㎡])")

# the unit a counted word implies when no measure word is printed: 办件量 counts 件, 粉丝量 people, 访问量 visits
IMPLIED_UNITS = tuple(_UNIT_WORDS["implied_by_word"].items())

BARE_VOLUME_WIDTH = 16  # the most characters BARE_VOLUME takes before its 万 or 亿, bar very long numbers

DEMONSTRATIVE_END = re.compile(rf"(?:{_alt(_NON_FIGURES['demonstratives'])})$")

RANKING_MOVES = tuple(_NON_FIGURES["ranking_moves"])
PRINCIPLE_COLON = re.compile(r"[\u4e00-\u9fff]{1,4}[:：]")

# 每千人口执业医师3.2人, 每千名老年人拥有养老床位32张: a ratio to the population, households or firms
PER_CAPITA = re.compile(r"每(?:十万|[百千万]|[1-9]0*万?)(?:常住|户籍)?(?:人口?|名|户|家)")  # 每千人口, 每10万人
PER_PERIOD = re.compile(r"每(?:人|户|名)?每?([月年日天])$")  # 低保标准每人每月860元: 860 元/月, a rate
# 土地流转租金由每亩850元, 均价每平方米8600元: money per unit of land or floor, 元/亩, 元/㎡ (a rate)
PER_AREA_PRICE = re.compile(r"每(亩|平方米)$")
PER_PERIOD_LISTED = re.compile(r"每(?:人|户|名)?每?([月年日天])\d+(?:\.\d+)?[万亿]?元[和、]$")

# 上年结转申请5件, 上一年度结转4件 are what this year began with, figures of the report's own year
PREVIOUS_YEAR = re.compile(r"(?:上一?年|去年)(?!度?结转)[^，,；;。]{0,4}$")
NOT_A_UNIT_AFTER = _NON_FIGURES["not_a_unit_after"]
LATIN_WORD_BEFORE = re.compile(r"(?<![A-Za-z\d./_\-])[A-Za-z]{2,}$")
NOT_AFTER_LATIN_WORD = frozenset(_NON_FIGURES["not_after_latin_word"])
NUMBERED_SERVICE = re.compile(r"(?:列车|航班|班机|动车|班列)")  # MU5735次航班: a flight's or train's number
COUNTED_SLOGAN = {f"“{n}" for n in "一二两三四五六七八九十"}
CLAUSE_ENDS = frozenset("，,。；;")
COUNTED_ONCE = re.compile(rf"[\u4e00-\u9fff](?<![{_NON_FIGURES['not_counted_once_after']}])")
LISTED_KINDS = frozenset(_UNIT_WORDS["listed_kinds"])  # what names listed before a count can be
# 15分钟便民服务圈: up to 6 characters of the thing's name before what names it
POINTS_AFTER = re.compile(r"[和、或至到]\d+(?:\.\d+)?个(百分点|千分点)")  # 1.2个和2.5个百分点: the first is in points too
DURATION_NAME = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{_alt(_NON_FIGURES['duration_names'])})")
NET_OF_PRICES = re.compile(r"扣除价格因素后?")  # 扣除价格因素实际增长5.8%: the real change
MEETING_ORDINAL = tuple(_NON_FIGURES["ordinal_of_meetings"])
# 市十六届人大三次会议: the session of a congress named a few characters before (召开三次会议 counts meetings)
SESSION_OF_CONGRESS = re.compile(rf"届[\u4e00-\u9fff]{{0,6}}$")
SESSIONS = tuple(_NON_FIGURES["sessions"])
FORMULA_AFTER_COUNT = tuple(_NON_FIGURES["formulas_after_count"])
CLASSES_MEASURED = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{_alt(_NON_FIGURES['measures_of_classes'])})")
PAGE_COUNTER = re.compile(rf"(?:{_alt(_NON_FIGURES['page_counters'])})次数[：:]\s*$")
NAMES_A_RATE = re.compile(r"内?[\u4e00-\u9fff]{1,5}率[\u4e00-\u9fff]{0,3}?[\d百]")  # 15秒接通率保持在90%
# 5岁以下儿童死亡率, 65岁及以上老年人健康管理率: an age that bounds the people a rate is of is part of its name
AGE_IN_RATE = re.compile(r"(?:及?以[上下])?[^，,；;。、\d]{1,14}?(?:率|比例|比重)")
# 1264名80周岁以上老人: an age right after a count of people bounds them
AGE_BOUND = re.compile(r"及?以[上下]")
AGE_OF_COUNTED = re.compile(r"\d{1,3}周?岁及?以[上下]")
# 60周岁及以上人口10.2万人, 全县有65岁以上老人3.2万人: an age right before the people a count after it is of bounds them
AGE_OF_PEOPLE_COUNTED = re.compile(r"及?以[上下]的?[\u4e00-\u9fff]{0,4}?(?:人口|老人|老年人|人员|居民|儿童)(?:约|共|有|达|为)?\d")

# 65岁及以上老年人健康管理人数42.3万人: an age before the long name of the count that follows bounds whom it counts
AGE_OF_NAMED_COUNT = re.compile(r"及?以[上下]的?[\u4e00-\u9fff]{2,14}?(?:人数|人次|数量)(?:约|共|有|达到|达|为)?\d")
# 其中40岁以下的占38.3%, 35岁以下法官占比42%: an age that bounds the people a share right after it is of
AGE_OF_SHARE = re.compile(r"及?以[上下]的?[\u4e00-\u9fff]{0,6}?占")
# 3-5岁幼儿, 0-3岁婴幼儿照护: a range of ages right before the people it bounds names a class of them
AGE_RANGE_CLASS = re.compile(r"的?(?:婴幼儿|幼儿|儿童|少年|青少年|学生|老人|老年人|人口|人群|妇女|女性)|的(?=\d)")  # (36—54岁的6.37万人)
MEANS_FIRST = ("通过", "依托", "利用")  # the means a deed was done by (通过政府网站公开…)
PARTS_OPENING = re.compile(r"\s*其中[，,：:]?")  # a sentence that opens on 其中
# 年龄35岁及以下, 36—54岁, 55岁及以上: a name that is an age class alone (and its share, 占比)
AGE_CLASS_NAME = re.compile(r"(?:年龄)?\d{1,3}(?:[—\-－~～至]\d{1,3})?周?岁(?:及?以[上下])?(?:占比)?")
# 部分60周岁以上经营者…: an age some of the people are above says who they are, it states no age
SOME_OF_AGE = ("部分", "少数", "个别", "一些", "多数")
# 3分42秒, 2小时15分钟: one duration, counted in its smaller unit
DURATION_REST = re.compile(r"(?P<n>[0-5]?\d)(?P<unit>秒|分钟|分(?![类之别局会]))")  # not 2分类, 3分之一

SMALLER_UNITS = {unit: tuple(smaller) for unit, smaller in _UNIT_WORDS["smaller"].items()}

# a form's row, the unit in its label (政府网站工作年度报表): 网站总访问量（单位：次）\t3,875,210; on a crawled page's one
# line, the next row's words after a space (…（单位：次） 1,402,317 信息发布 总数（单位：条） 4217); a total's own word may
# stand before its figure (办件量（单位：件） 总数 90412 自然人办件量 70215 法人办件量 20197: the rows after it share its unit)
UNIT_IN_LABEL = re.compile(rf"[（(]单位[：:]\s*(?P<mult>万|亿|千)?(?P<unit>{_UNIT_ALT})[）)][ \t]*"
                            rf"(?:(?P<total>总数|合计|总计)[ \t]+)?"
                            rf"(?P<num>{ARABIC_NUMBER})(?=[ \t]*(?:\n|\t|$)|(?P<spaced> +)[^\d\s])")
FORM_ROW_AFTER_TOTAL = re.compile(rf" +(?P<label>[\u4e00-\u9fff]{{2,16}}) +(?P<num>{ARABIC_NUMBER})(?=[ \t]*(?:\n|$)| +[^\d\s])")
FORM_PART_OF = re.compile(r"^其中[：:]")  # 政策解读 总数（单位：条） 64 其中：解读材料数量（单位：条） 45
# a one-line form's words that name no row: a choice (☑是 □否), a yes-or-no question (是否发布服务事项目录), a 名称
# with the name it gives (微博 名称 某县发布), and what holds a digit or an address (浙ICP备12005678号, http://…)
FORM_NO_ROW = re.compile(r"[☑□■√✓✔☐][^ ]*|是否[^ ]*|名称 +[^ ]+|[^ ]*(?:\d|://)[^ ]*")

# 三次产业结构为9.8:26.1:64.1, 性别比104.6:100: a ratio's parts, found from the first colon between digits
RATIO = re.compile(r"(?<![\d.:：])(\d+(?:\.\d+)?)(?:[:：](\d+(?:\.\d+)?)){1,5}(?![\d.:：])")
# 由上年的9.8:26.1:64.1调整为…: the words that say a ratio is an earlier state, and those between it and the later one
RATIO_FROM = re.compile(r"(?:由|从)(?:上年|去年|上年末|(?:19|20)\d{2}年)?(?:末)?的?$")
RATIO_CHANGED_TO = re.compile(r"(?:调整|变化|优化|转变|变|缩小|扩大|下降|降低|上升|提高)?(?:为|成|到|至)")
# 收入比缩小至2.13:1: the verb by which a ratio reached its level, no word of its name
RATIO_REACHED = re.compile(r"(?:调整|优化|缩小|扩大|下降|降低|上升|提高)(?:为|到|至)$")
RATIO_PART = re.compile(r"\d+(?:\.\d+)?")
# a later ratio of a list (…分别为15.8:1、12.4:1和13.6:1): its first figure, before a ratio to 1 or 100
LISTED_RATIO = re.compile(r"[、，,和及与](\d+(?:\.\d+)?)(?=[:：](?:1|100)(?![\d.:：]))[:：](?:1|100)")
# the noun a list of ratios shares, printed once after the last name (小学、初中生师比)
RATIO_NOUN = re.compile(r"(?:生师比|师生比|医护比|床护比|床人比|性别比|收入比)$")
# 收入比为2.02:1，比上年缩小0.04 (or 0.04个百分点), 性别比为104.39，比2010年下降1.12: the change of a ratio, a bare
# number in the ratio's own measure
RATIO_CHANGE = re.compile(r"[，,]?((?:比|较)(?:上年|去年|上年末|(?:19|20)\d{2}年末?)?|同比)?(缩小|扩大|下降|上升|降低|提高|减少|增加)(\d+(?:\.\d+)?)"
                          r"(个?百分点)?(?=[，,。；;）)\s]|$)")
RATIO_WORDS = ("比", "结构", "比例")  # what names a ratio: 性别比, 三次产业结构, 城乡居民收入之比
RATIO_NAMES = {word: tuple(parts) for word, parts in _IDIOMS["ratio_parts"].items()}
# 二、三产业结构为64.3:35.7, 第一、二、三产业之比: the ratio of the industries it lists by their ordinals
LISTED_INDUSTRIES = re.compile(r"^第?([一二三])[、，]?(?:第?([一二三])[、，]?)?(?:第?([一二三]))?产业")
# measures printed without a unit: 居民消费价格指数（CPI）为101.2, 城乡居民收入比为2.17, 亿元地区生产总值生产安全事故死亡率为0.031
UNITLESS_VALUE = re.compile(r"(指数|收入比|收入之比|倍差|死亡率)(?:[（(][^（）()]{1,12}[）)])?(?:为|是|达到|达)?(\d+(?:\.\d+)?)"
                            r"(?![\d.%‰:：\u4e00-\u9fff])")
UNITLESS_HEADS = ("指数", "收入", "倍差", "死亡率")  # how its words open, sharing no character (occurrences)
# a rate stated as a bare zero (行政诉讼败诉率为0, 纠错率0): 0 %, whatever the rate; not a death rate, whose unit (‰, per
# 10万) a bare zero does not say
ZERO_RATE = re.compile(r"率(?:[（(][^（）()]{1,12}[）)])?(?:为|是|均为|达到|达)?(0)(?![\d.%‰％:：\u4e00-\u9fff])")
RATE_BASE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,12}?率")
SOME_OF = ("部分", "个别", "少数", "一些", "有的", "多数", "大部分")  # a share of the bodies named after it, not one
# 预算未细化到具体项目和单位的资金: what was not passed down to bodies, which names none
NOT_PASSED_TO = re.compile(r"未[\u4e00-\u9fff]{0,4}[到至]")
# a dispatching verb before the bodies (转派承办单位, 交办各责任单位): those the orders were passed on to
PASSED_ON_TO = re.compile(r"(?:转派|转交|交办|派发|分派|转办|下派|移交)(?:给|至|到)?")
# the denominator a death rate names: 亿元地区生产总值…死亡率 is in deaths per 亿元
DEATH_RATE_PER = re.compile(r"(亿元|十万人|10万人|百万吨|万车|万辆)")
DEATHS_PER = re.compile(r"(?:亿元|十万人|10万人|百万吨|万车|万辆)[^，,；;。]{0,12}死亡人数(?:为|是|达到?)?$")  # 万车死亡人数2.07人
# the change of a count between the count and a side of its event (发生事故126起，同比下降8.7%；死亡41人; 接报火灾
# 327起，比上年减少41起，直接财产损失…)
CHANGE_BETWEEN = re.compile(r"[，,][^，,；;。\d]{0,8}?(?:增长|下降|增加|减少|上升|提高)\d+(?:\.\d+)?(?:[%％]|[\u4e00-\u9fff]{1,2})[；;，,]")
# 总人口性别比（以女性为100，男性对女性的比例）为104.32: a sex ratio printed bare is males to 100 females
SEX_RATIO_VALUE = re.compile(r"性别比(?:[（(][^（）()]{0,30}[）)])?(?:为|是|达到|达)?(\d+(?:\.\d+)?)(?![\d.%‰:：\u4e00-\u9fff])")

SHARED_UNIT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[和、]$")
NEXT_MEMBER = re.compile(r"[，,、；;][\u4e00-\u9fff]{2,8}")
BARE_MEMBER = re.compile(r"(?P<num>\d\d+(?:\.\d+)?)(?=[，,；;。])")  # not \d{2,}: re skips ahead only to a leading class

# a printed figure inside context words; a Chinese numeral counts only with its unit (统一 is a word, not a figure);
# digits after a Latin letter are part of a name (PM2.5)
_SCALE = r"(?:余|多)?(?:万亿|万|亿|千)?(?:余|多)?"  # what may stand between a number and its unit: 2.8万余

FIGURE_END = re.compile(rf"\d{_SCALE}(?:{_UNIT_ALT})$")  # 8.2万件 just before: 8.2万件（14.4%）
ASIDE = re.compile("[（(]" + _IN_PARENTHESES)


# ------------------------------------------------------------------------------------------------------------- kinds
MONEY_UNITS = frozenset(_UNIT_WORDS["money"])
AREA_UNITS = frozenset(_UNIT_WORDS["areas"])  # sets: asked of every figure's unit
MEASURE_UNITS = frozenset(_UNIT_WORDS["measures"])  # neither counted things nor money
# 涨幅控制在3%左右: a pace kept within a bound is still a change
# (节约率, 节资率: what a purchase saved of its budget, a rate, not a change over time)
CHANGE_VERB = re.compile(rf"(?<!自然)(?:{_alt(_VERBS['change'])})(?:幅度)?[了约近]?(?:率(?<![约省]率))?(?:达到|达|为|在|(?:控制|保持|稳定)在)?$")
CHANGE_OF_OBJECT = re.compile(rf"(?:{_alt(_VERBS['change_of_object'])})[^，,；;。\d至到为达率]{{1,8}}(?:约|近|超过)?$")  # 节约办事时间约30%
CHANGE_DURATION = re.compile(rf"(?:{_alt(_VERBS['change_of_time'])})了?(?:审批|办理)?(?:时限|时间)?$")
# 比增5.6%, 比降2.1% (a regional form of 比上年增长): the cue and the verb in one word
YOY_CUE = re.compile(r"(?:比|较|与)(?:上年|去年|上一年|上年度|年初|(?:19|20)\d{2}年)(?:底|末|同期|)(?:相比|)|同比|环比|比(?=[增降](?![加长低]))")

# 较上年增加1205条, 较上年末净增1.12万户, 较上年的43件增加14件; against another time: 较年初增加12.4万人; against
# a figure in brackets: 与2022年（29件）相比增加9件
COMPARED_AMOUNT = re.compile(rf"(?:{YOY_CUE.pattern}|(?:比|较)(?:年初|上季度|上月|上半年|一季度)|^相比)(?:的\d[\d.,]*(?:万亿|万|亿)?(?:{_UNIT_ALT}))?"
                             rf"[^，,；;。\d]{{0,4}}?(?:{_alt(_VERBS['change_by_amount'])})了?$")

PRICE_WORDS = ("价格", "价")  # 食品烟酒价格, 房价: a price named in full
ENDS_ITS_CLAUSE = CLAUSE_ENDS | {"", "\n"}  # what follows a figure that ends its clause (the text's end: "")
# 贸易顺差410.7亿元，扩大96.3亿元: a clause of a change's verb alone, after a level, is that level's change
BARE_CHANGE_BY_AMOUNT = re.compile(rf"(?:{_alt(_VERBS['bare_change'])})了?")
# 与2010年相比，城镇人口增加98542人，乡村人口减少24416人; 比2010年的3.03人减少0.41人, 比2006年第二次全国农业普查增加
# 2.6万亩: an amount changed against a time a clause of the sentence before names, or against that time (its figure,
# or the census or survey it is named by) in the same clause
CHANGED_BY_END = re.compile(rf"^[^，,；;。\d]{{0,12}}?(?:{_alt(_VERBS['change_by_amount'])})了?$")
COMPARISON_CLAUSE = re.compile(r"(?:^|[，,])\s*(?:与|同|和|跟)[^，,；;。]{1,40}?相比[，,]")
COMPARED_WITH_FIGURE = re.compile(rf"^(?:比|较|与|同)(?:(?:[^，,；;。\d]|(?:19|20)\d\d年){{0,24}}?的\d[\d.,]*(?:万亿|万|亿)?"
                                  rf"(?:{_UNIT_ALT})|(?:19|20)\d\d年[^，,；;。\d]{{2,24}}?)(?:相比)?"
                                  rf"(?:{_alt(_VERBS['change_by_amount'])})了?$")

SHARE_CUE = re.compile(r"(?:占|占比|权重|(?<!压缩|压减|缩减|缩短|减少|降低|提高|提升|增长|下降)(?:比例|比重))(?:[^，,；;。]{0,12}?的)?(?:比例|比重)?(?:力争|确保|分别|平均)?(?:为|达到|达|(?:保持|稳定|维持|控制)在|(?:提高|提升|增加|下降|降低)(?:到|至))?(?:约|近)?$")
SHARE_OF = re.compile(r"占[^，,；;。]{0,12}$")
AIM_OPENINGS = ("力争", "确保", "争取", "将力争", "将确保")  # a clause that opens with an aim
_RESOLVE = r"(?:将|要|还将)?(?:力争|确保|争取)"  # the words that mark an aim
SPEAKER_RESOLVES = re.compile(r"^(?:我|本)?(?:街道|镇|乡|局|委|办|县|区|市)" + _RESOLVE)
# 市人大常委会将计划制定…: the body that plans, and its plan, lead what it plans to do (计划 marks the aim)
BODY_PLANS = re.compile(r"^[\u4e00-\u9fff]{0,10}?(?:会|委|局|府|院|办|街道|镇|乡|县|区|市)(?:将|要|还将)计划")
# 我们将继续办好十件民生实事：…: the speaker and what they will do lead the list's topic, which is 民生实事
SPEAKER_WILL = re.compile(r"^我们?(?:将|要|还将|也将)?(?:继续|持续|着力|全力|重点|集中)?(?:办好|做好|抓好|推进|实施|完成|开展)?")
INNER_RESOLVE = re.compile(r"(?<=.)" + _RESOLVE)
LEADING_RESOLVE = re.compile("^" + _RESOLVE)  # 力争全县…达到100%: the scope follows the resolve
# a part of the year in a figure's own words (热线受理量第一季度, 一季度增长), not a time inside it (一季度末) nor
# the one it is compared with (增速比上半年加快)
WINDOW_IN_NAME = re.compile(r"(?<![比较与于])(?:第?[一二三四1-4]季度|前三季度|[上下]半年)(?![末初底度内])")
WINDOW_LAST = re.compile(r"\((?:第?[一二三四1-4]季度|前三季度|[上下]半年)\)$")
# 其中，1月5.8万件，2月4.3万件: a month alone names the window of the measure before
MONTH_ALONE = re.compile(r"(?:其中[，,]?)?((?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月)份?")
WINDOW_MARK = re.compile(r"\([^()]*(?:月|季度|半年)[^()]*\)$")
WINDOW_RANGE = re.compile(r"(?:季度|半年)(?:至|到|[-~－])|(?:至|到|[-~－])第?[一二三四1-4]季度")
# a range of quarters (第1季度至第4季度, 一至三季度, 1-3季度) and the number of each end
QUARTER_RANGE = re.compile(r"第?(?P<first>[一二三四1-4])(?:季度)?(?:至|到|[-~－])第?(?P<last>[一二三四1-4])季度")
QUARTER_MARK_LONG = re.compile(r"\(第([一二三四])季度\)")  # a quarter's window, spelled as statistics offices do
QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
AVERAGE_ALONE = frozenset({"日均", "月均", "年均", "周均", "平均每天", "平均每日", "平均每月"})
WEIGHT_ALONE = re.compile(r"(?:分值|权重|分值权重)(?:占比)?")
WEIGHED_IN = re.compile(r"将([^，,；;。]{2,12}?)(?:工作)?(?:纳入|列入)[^，,；;。]{0,16}(?:考核|考评|评价|评估)")
LEADING_ASIDE = re.compile(r"[（(][^（()）\d]{1,20}[）)][、，,；;\s]*(?=[\u4e00-\u9fff])")
BARE_SHARE = re.compile(r"(?:约|近)?所?占(?:比)?")  # a share's own words that name nothing: （占48.1%）
TOPIC_LEAD = re.compile(r"^.*?(?:集中于|集中在|主要涉及|涉及|主要为|主要是|主要集中在|主要集中于)(?=[\u4e00-\u9fff“])")
OF_THE_WHOLE = tuple(_IDIOMS["of_the_whole"])  # 达到总量的56.8%

# 为预算的101.2%, 完成年度计划的96.3%: the figure before, against its plan
OF_PLAN = re.compile(r"(?:为|完成|达到|达|占)(?:年度|全年|年初|调整)?((?:投资)?(?:预算|计划|目标任务|目标|任务))(?:投资)?数?的$")  # 为调整预算数的
# 收入完成12.5亿元，占年初预算的103.4%: 占 the plan is a completion only of a level said as done; 未细化的资金4.36亿元，
# 占年初预算的7.4% is a part's share of the plan
COMPLETED = re.compile(r"完成|实现|达到|达")

AVERAGE = re.compile(r"(?:平均|日均|月均|年均)(?:天|日|月|周|年|小时)?[^，,；;。]{0,10}$")  # 平均每个家庭户的人口为, 平均班额
AVERAGE_PER = re.compile(r"平均每[^，,；;。]{1,10}$")  # 平均每个村产粮, 平均每亩产量: a measure per unit of a thing
# the words before a time taken, counted in days (平均办理时限3日, 较上年缩短1日, 压缩至5日): 日 after a whole number
# there is no date's day
TIME_TAKEN_BEFORE = re.compile(rf"(?:时限|时长|用时|时间|周期|住院日|天数)(?:均|平均)?(?:为|是|约|在)?$"
                               rf"|(?:{_alt(_VERBS['change_of_time'])}|延长|提前)(?:了|至|到|为)?$|(?:控制|压缩)在$")
DAY_COUNT = re.compile(r"(?:天数|日数)(?:达到|达|为|有|共)?$")
SHARE_WORD = re.compile(r"占|比例|比重|权重|率")
GLOSS_END = re.compile(r"[（(][^（）()]{1,20}[）)](?=(?:为|达到|达)?$)")  # another name in brackets, before the figure

# a measure named just before its figure (searched in the last 4 characters: re tries a $-anchored pattern everywhere)
RATED = re.compile(r"[率度](?:达到|达|为|在|保持在|稳定在)?$")

# the characters a match of COMPARED_AMOUNT can end with: most words before a figure end with none, and skip it
COMPARED_LAST = frozenset("了加少长降多高低约省增减升产收")

LINKS = frozenset("和、及与")  # the words that join listed figures
_SIBLING = rf"\d[\d.,]*{_SCALE}(?:{_UNIT_ALT}|%|‰)[和、及与]"  # 5.1%和 in 分别增长5.1%和6.8%
SIBLING_FIGURES = re.compile(_SIBLING)
SIBLING_FIGURE = re.compile(_SIBLING + "$")


# ------------------------------------------------------------------------------------------------ scopes and periods
LEADING_PUNCT = re.compile(r"^[，,；;：:\s]+")
LEADING_LINK = re.compile(rf"^(?:{_alt(_IDIOMS['leading_links'])})[，,]?")
OUR_PLACE = re.compile(rf"^(?:{_alt(_SCOPE_WORDS['our_place'])})")
MONTH_SPAN_OPEN = re.compile(r"((?:19|20)\d{2})年\d{1,2}月份?(?:至|到|[—\-－~～])$")  # the start of 2022年7月至2023年6月
YEAR_SPAN = re.compile(r"(?:19|20)\d{2}年?\s*[—\-－~～至到]|(?:19|20)\d{2}年(?:度)?(?:以来|以前|前|起)")
TIME_PREFIX = re.compile(r"^(?:(?:19|20)\d{2}年(?:度|底|初|末|上半年|下半年)?(?:\d{1,2}月(?:份|底|初)?)?(?:\d{1,2}日)?(?:以来|前)?"
                         r"|(?:1[0-2]|[1-9])(?:[-—－~～至到](?:1[0-2]|[1-9]))?月(?:份|底|初|末)?(?:\d{1,2}日)?(?:以来|前)?|截至|截止|今年(?:以来)?|明年|本年度?|去年|上一?年度?(?![度结]))+")

SCOPE = re.compile(
    rf"({_alt(_SCOPE_WORDS['named'])}|"
    rf"(?![以对按把被]|(?:全[省市县区]|)(?:规模以上|限额以上|规上|限上))[\u4e00-\u9fff]{{2,14}}?(?:[（(][\u4e00-\u9fff、]{{1,6}}[）)][\u4e00-\u9fff]{{0,8}}?|)"
    # (镇便民服务中心上半年受理…: a part of the year may stand between the body and what it did)
    rf"(?:{_alt(_SCOPE_WORDS['bodies'])}))(?=(?:{_alt(_IDIOMS['parts_of_year'])}|)(?:{_alt(_SCOPE_WORDS['followed_by'])})|[：:])"
    # 全县政务服务事项, 全县各项贷款: the whole area, before any noun (not 全市场, 全市各级, nor the area's hotline:
    # 全市12345热线受理…, whose subject is the line, a department in another body's report: catalog.implied_scope)
    rf"|({_alt(_SCOPE_WORDS['whole_area'])})(?![场域范上级]|各(?!项)|12345|政务服务便民热线)"
)

WHOLE_AREA = re.compile(_alt(_SCOPE_WORDS['whole_area']))
WITHIN_AREA = re.compile(rf"(?:{_alt(_SCOPE_WORDS['whole_area'])})内$")  # 辖区内15个社区: where they are

# 市财政局组织的一般公共预算收入, 税务部门征收的税收: how the body raised the revenue, left after the body is taken as
# the scope (保留的政务服务事项 keeps its word: it says which items)
SCOPES_DOING = re.compile(r"^(?:组织|征收|完成|实现|入库)的(?=[\u4e00-\u9fff]{4})")
SCOPE_LAST = re.compile(r"[)会位关区厅县口室局市府心省级道门）镇乡州盟旗内]")
SCOPE_WIDTH = 36

# first characters, besides spaces, of what head_scope strips (punctuation, a year, 截至/今年/去年/上年, 其中/同时/另外/目前/
# 年内/全年/当年, 力争/确保/争取)
MAY_LEAD_SCOPE = frozenset("，,；;：:123456789截今去上下前第一二三四其同另目年全当本将要还力确争")
# 上半年全市实现地区生产总值: a part of the year before the scope (said last in the name, as the window)
PART_OF_YEAR_LEAD = re.compile(rf"^(?:{_alt(_IDIOMS['parts_of_year'])})(?:[，,]|(?=[全我本][市省县区州镇乡]))")


def _leads_in_turn(*leads: re.Pattern) -> re.Pattern:
    """One match for ``leads``, patterns anchored at a string's head that are stripped one after the other: each is an
    optional atomic group, which takes what a sub of its own would take from what the ones before left (one match, not
    a sub and a new string for each). Optional as (?>X|), not (?>X)?, which re runs through a repeat context: the
    same match, as every group after may match nothing and nothing backtracks into one."""
    return re.compile("".join(f"(?>{lead.pattern.removeprefix('^')}|)" for lead in leads))


LEADS_BEFORE_SCOPE = _leads_in_turn(LEADING_PUNCT, LEADING_LINK, LEADING_RESOLVE, TIME_PREFIX, PART_OF_YEAR_LEAD)

ORDINAL_FIRST = frozenset("（(0123456789")
YEAR_END = tuple(_IDIOMS["year_ends"])  # a stock's time, which may stand before its scope
YEAR_END_LAST = re.compile(rf"(?:{_alt(_IDIOMS['year_ends'])})$")
STOCK_HAS = re.compile(r"(?:共|拥)?有(?![效关序])")  # 年末(共)有公共图书馆3个, 年末拥有高新技术企业
# 政府债务余额控制在省核定的限额以内，为86亿元: the limit the stock is kept within is no part of its name
KEPT_WITHIN = re.compile(r"控制在[^，,；;。]{1,16}?(?:以内|之内|范围内)$")
HAVE_VERB = re.compile(r"[实现共拥]有(?![效关序])")  # 12家医院实有床位…: what the things counted have

# in a quarterly or monthly report, words that reach back past its window: to the year's start, or over the whole year
RUNNING_TOTAL = re.compile(r"(?:年末|年底|(?:截至|截止)[^，,。；;]{0,14})[，,]?\s*(?:共|已)?累计")  # 年末，累计发放…
YEAR_TO_DATE = re.compile(r"(今年以来|年初以来|自年初|今年累计|截至目前)|全年|年内|本年度")

CONVERTED = re.compile(r"折合(?:成)?(?:美元|人民币)?(?:约)?$")  # 折合61.2亿美元: the figure before it in another currency
PLAN_HEADING = re.compile(_alt(_IDIOMS["plan_headings"]))
REVIEW_HEADING = re.compile(_alt(_IDIOMS["review_headings"]))
COMING_WORK = re.compile(r"(今年|明年)(?!以来)[^，,。]*?(?:工作|任务)")  # 三、今年重点工作
LOOKED_BACK = re.compile(r"(?:去年|过去一年|过去的一年)(?![同末底初])")  # a report given in the year after the one it reviews
# the time a sentence of a mixed section opens with or names (not 比上年, 较2023年: a comparison)
SECTION_TIME = re.compile(rf"(?<![比较同])(?:((?:19|20)\d{{2}})年|({_alt(_IDIOMS['plan_times'])})|{_alt(_IDIOMS['review_times'])})")
# not 完成年度计划的96.3%, 为计划数的…, a result against the plan; not 计划生育, 计划单列, 规划计划类; not 人均预期寿命, a measure
# 改进措施：一是… in a report's 存在的问题及改进 part lists what is to be done (not 采取了以下改进措施：)
TARGET_CUE = re.compile(rf"(?!预期寿命)(?:{_alt(_IDIOMS['target_cues'])})|(?<!规划)计划(?![的生单类内外等、和及与]|数的|确定|信息|文件)"
                        r"|(?<!了)(?<!以下)改进措施[:：]")
# 低于年度计划0.9个百分点, 完成年度计划的98.7%, 超过预期目标, 比预期目标低: a result held against its plan, no aim;
# 列入计划逐步解决: what was put into a plan
PLAN_COMPARED = re.compile(r"(?:低于|高于|超过|超出|快于|慢于|好于|完成|达到|未达到|未达|比|较|列入|纳入)(?:年度|全年|年初)?$")
# 上涨0.4%，低于3%左右的调控目标: the figure is the target the one before is held against
# 确定的12项主要预期指标中，9项完成: the indicators of the year reviewed, no aim
INDICATORS_REVIEWED = re.compile(r"预期(?:性)?指标中")
# (超额)完成下降3.6%的年度目标: the target the change before is held against, with its own verb
TARGET_HELD_BEFORE = re.compile(r"(?:低于|高于|快于|慢于|好于|优于|不超过|控制在|完成(?:下降|增长|降低|提高|上涨|增加|减少))$")
TARGET_HELD_AFTER = re.compile(r"的(?:调控|预期|年度|全年|计划|控制)?目标")
# 低于年度计划0.9个百分点, 高于全省平均水平1.2个百分点: the change before, held against its plan or a wider area's
PLAN_GAP = re.compile(r"(?:低于|高于|超过|超出|快于|慢于|好于|优于)(?:(?:年度|全年|年初)?(?:计划|预期|目标)"
                      r"|全(?:国|省|市|区|县|州)(?:平均水平|平均|水平)?)|[比较](?:年度|全年|年初)?(?:计划|预期)目?标?[低高快慢]")
# 计划完成92亿元，实际完成87.5亿元，完成计划的95.1%: the clause that says what was done ends the plan's reach
ACTUAL_AFTER_PLAN = re.compile(r"[，,；;]实际")
# 对尚未完成整改的12个问题，将督促…: what is left undone is counted as of the report; the aim is to finish it
LEFT_UNDONE = ("尚未", "仍有", "尚有", "剩余", "仍未")  # words a name opens with: str.startswith, no pattern
TARGET_WORDS = tuple(dict.fromkeys(w[:2] for w in _IDIOMS["target_cues"] + ["计划", "改进"]))  # what a cue opens with
# 2025年，我镇将…: a sentence that opens with a year after the report's and what will be done in it is a plan
LATER_YEAR_PLAN = re.compile(r"年[，,]?[^，,。；;\d]{0,8}?(?:将|要|计划|拟)")  # matched after a year at a sentence's start
TARGET = "(目标)"  # the mark of a target's name
# 增长5.6%（年度计划6%左右）: the words of a bracket that holds the plan of the change before it; 增长3%左右（力争5%）:
# the higher aim of a target
PLAN_IN_BRACKET = re.compile(r"(?:年度|全年|年初)?(?:计划|预期目标|预期|调控目标|控制目标|目标|力争|争取)(?:为|是|达到)?"
                             r"(增长|下降|上涨|提高|降低)?")
PLANNED_ALONE = frozenset(("安排", "预计", "计划安排"))  # a budget's plan, named by its verb alone
AIM_LAST = re.compile(r"(?:预期|预计|力争|计划)$")
AIM_BEFORE_CHANGE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:(?:预期|预计|力争|计划)?目标(?=(?:增长|下降|提高|降低|增加|减少)?$)"
                               r"|(?:预期|预计|力争|计划)(?=(?:增长|下降|提高|降低|增加|减少)$)|(?:预期|预计)$)")  # 收入预期目标为91.6亿元: 收入(目标)

LAST_MONTH = {"第一季度": 3, "第二季度": 6, "第三季度": 9, "前三季度": 9, "上半年": 6}


# ------------------------------------------------------------------------------------------------------------ labels

# compiled once: re.split(str, …) looks its pattern up at every call, and these run for every figure
CLAUSE_SPLIT = re.compile(rf"[，；;：:]|{_COMMA}")
# up to the last clause break: its match ends where the last clause begins (re backtracks from the end)
UP_TO_LAST_CLAUSE = re.compile(rf"(?s:.*)(?:{CLAUSE_SPLIT.pattern})")

# a topic is one phrase: not the page's title and info line before it (…统计公报 时间：--:)
PHRASE_SPLIT = re.compile(rf"[，；;。：:\s]|{_COMMA}")
UP_TO_LAST_PHRASE = re.compile(rf"(?s:.*)(?:{PHRASE_SPLIT.pattern})")  # as UP_TO_LAST_CLAUSE, for phrases
YOY_FIRST = frozenset("比较与同环")  # what a match of YOY_CUE can begin with
# 实际使用外资4.8亿美元，（同比）翻了一番: a doubling told after the figure, in a clause of its own
DOUBLED = re.compile(r"翻了?一番")
DOUBLED_AFTER = re.compile(rf"[，,](?:{YOY_CUE.pattern})?")

# 名义增长, 实际增长 (扣除价格因素): a change of the level before, told twice
# (两年平均增长, 比2019年同期增长: 2021's growth told against the year before the pandemic too; 五年年均增长: over a plan period;
# 十年共减少: between two censuses)
BARE_CHANGE = re.compile(rf"(?:同口径|同比|环比|(?:按?可比|按当年|按现行)价格?(?:计算)?|扣除[\u4e00-\u9fff]{{1,8}}?因素后?|名义|实际|(?:[两三四五六七八九十]年)?年?平均|[两三四五六七八九十]年年均|[两三四五六七八九十]年共?"
                         rf"|(?:比|较)(?:上年|去年|(?:19|20)\d\d年)?同期){{0,2}}(?:分别|)(?:(?:{_alt(_VERBS['bare_change'])})了?|"
                         rf"(?:{_alt(_VERBS['paces'])})(?:为|达到|达|))"
                         r"|(?:[两三四五六七八九十]年)?(?:年?平均|年均)增长率(?:为|达到|达|)")  # 年平均增长率为-0.30%: the same pace

# 主要工业产品产量中，集成电路18.6亿块，…；新能源汽车12.8万辆: a list of products after a lead naming their output
OUTPUT_LEAD = re.compile(r"产品(?:的)?(?:产量)?(?:中|：|:|方面|看)")  # 主要工业产品中，汽车产量…
# 年均增长X%: the average yearly change over the years reviewed, of the level before it; no change against last year
AVERAGE_CHANGE = re.compile(rf"年均(?:{BARE_CHANGE.pattern})")
# 累计完成, 五年累计: how a sum over years is reached, not part of the measure whose yearly pace follows it
SUMMED_OVER_YEARS = re.compile(r"^(?:[两三四五六七八九十]年)?累计(?:完成)?|累计(?:完成)?$")

RATE_OF_CHANGE = tuple(_VERBS["rate_of_change"])  # a change's own pace, named without what changes
# 增长5.3%，比一季度加快0.4个百分点: the change of that pace against an earlier time, named without the pace
PACE_AGAINST = re.compile(rf"(?:比|较)[^，,；;。]{{1,8}}?(?:{_alt(_VERBS['pace_moves'])})")
CHANGE_TAIL = re.compile(rf"(?:{YOY_CUE.pattern}|年均|)(?:{BARE_CHANGE.pattern})$")  # 办件量同比增长 -> 办件量
YOY_TAIL = re.compile(rf"(?:{YOY_CUE.pattern})$")  # 在校生人数比上年(增加2.1%): the comparison the change after it makes
# what a match of CHANGE_TAIL ends with, as BARE_CHANGE's ends: a verb (了), a pace (为, 达到, 达), 年均增长率; and a line break,
# before which $ matches too
CHANGE_TAIL_LAST = frozenset(w[-1] for w in _VERBS["bare_change"] + _VERBS["paces"]) | frozenset("了为到达率\n")
TIME_WORD = re.compile(_alt(_IDIOMS["time_words"]))

LEAD_PREPOSITIONS = frozenset("对向经在从")  # what a thing's name found before 该 may open with (对区城投集团)
# 加 (plus) before 上级补助, 上解, 上年结转 or 上划 goes alone: 加上 there is no conjunction (加上级补助收入 -> 上级补助收入).
# 累计 qualifies a verb (累计办理…) but is part of a measure's name (累计访问量, 累计交易额); 报告 before an incidence
# rate tells how the cases came in (报告甲乙类传染病发病率 is the 甲乙类传染病发病率)
LEAD_TRIM = re.compile(
    r"^(?:由原来的|由原来|由原|有关(?:部门|单位)(?:[和及、](?:部门|单位))?|预算安排(?=[\u4e00-\u9fff]{2})|主要(?:是|由于|因为)|[一二三四五六七八九十]+是|(?:排名|位居|居)前[一二三四五六七八九十\d]+(?:位|名)?的?(?:依次|分别)?(?:是|为)|依次(?:是|为)|(?:其次|再次|然后)(?:是|为)|(?:反映|(?:诉求|来电|问题)量?)?最(?:多|少|高|低|集中)的(?:是|为)|按(?:当年|现行)价格(?:计算)?|(?:排在?)?第[一二三四五六七八九十]*位?的?(?:是|为)|"
    r"我们(?:将|要|还将|也将)?(?:继续|持续|着力|全力|重点|集中)?(?:办好|做好|抓好)?|控制在|(?:我|本)(?:市|区|县|省|州|镇|乡|街道|机关|单位|部门|机构|局|委|办(?![理结件])|厅|院|中心)|年底前|报告(?=[\u4e00-\u9fff]{2,12}?发病率)|其中|并且|并(?![案联网购])|且|同时|另外|此外|目前|力争|确保|预期|计划(?![生单类])|截至目前|截止目前|截至|截止|今年以来|全年|年内|当年|全季度|本季度|当季|全月|本月|当月|折合|另(?=有)|累计(?![\u4e00-\u9fff]{1,3}[量额]$)|共计|合计|总计|共(?![享建治同识性])|已经|已(?!交税)|先后|依法|"
    r"还|再|又|均|全部(?!工业)|分别|已经|达到(?!或)|达(?![成标到或])|为|是|有(?![效序关])|仅|在(?![校园职岗册编线建用营押库]|学(?!校))|将|对(?![接比标照外口应话])|把|向|通过|经过|按照|其余的|其余|除|以(?![\u4e00-\u9fff]代)|以及|和|及(?!时)|与|加(?=上(?:级|解|年|划))|加上|结果|同期相比|同期|了(?!解))+"
)

# the verbs of a change to a level: 由20个工作日压缩至3个工作日, 增长到12万件
_CHANGED_TO = _alt(_VERBS["changed_to"])
_TO_LEVEL = rf"(?:{_CHANGED_TO})(?:至|到)"  # the figure after is the level the change reached

# the link words a label ends with; 均 of 均为 goes, 日均 stays; 为 goes, 行为 stays; 总计 goes, but not the total of a
# budget's flows (收入总计); a budget's plan goes (收入安排, 支出预计为: the target's mark says it)
# a word's look-behind after the word (占(?<=[…]占), not (?<=[…])占): re tries a branch that opens with a literal only
# where the text has that character, and one that opens with a look-behind everywhere
# each word a literal first, once and then repeated (not (?:…)+): re then tries the pattern only where a text has one
_TO_LEVEL_EACH = "|".join(f"{verb}(?:至|到)" for verb in _VERBS["changed_to"])
_TAIL_WORDS = rf"{PER_PERIOD.pattern[:-1]}|力争|确保|控制在|保持在|保持|稳定在|{_TO_LEVEL_EACH}|首次|突破|占(?<=[\u4e00-\u9fff”]占)|共计|合计(?<!收入..)(?<!支出..)|总计(?<!收入..)(?<!支出..)|累计|安排(?<=(?:收入|支出|资金|预算|经费)安排)|预计(?<=[\u4e00-\u9fff]预计)|共|可(?=达)(?<![许认不宁]可)|有望(?=达|突破|超过|$)|达到|达|为(?<![行作认成]为)|是|有|约(?<![签预节履违合集制]约)|近|不超过|不高于|不多于|超过|逾|增至|降至|至(?<!收至)|到(?<![收达得报]到)|了|的|由|从|分别|均(?<![日月年人户平]均)|已|仅|最多|最少|最高|最低|居首|统一(?<=标准统一)|调整(?<=(?:标准|统一)调整)|平均(?:(?<=比例平均)|(?<=率平均)|(?<=浓度平均)|(?<=比重平均)|(?<=密度平均))"
TAIL_TRIM = re.compile(rf"(?:{_TAIL_WORDS})(?:{_TAIL_WORDS})*$")  # 城乡建设类诉求最多，为31.6万件; 低保标准统一调整为…
# (优良天数比例平均为91.5%: the mean of a ratio or a concentration is that ratio, named without 平均; 月工资平均为…
# keeps it, an average of amounts)
# 依托涉农社区发展食用菌种植基地2个: the means a thing was done by is no part of what was done
MEANS_LEAD = re.compile(r"^(?:依托|借助|利用|依靠)[^，,；;。]{1,14}?(?=发展|建设|建成|新建|实施|开展|打造|引进|培育|举办|设立|新增)")
SINCE_YEAR = re.compile(r"(?:从|自)(?:19|20)\d{2}年(?:起|以来|开始)")
# 受疫情影响同比下降38.7%, 建安投资受原材料价格上涨影响同比下降: a cause before a change names nothing
CAUSE_INSIDE = re.compile(r"受[\u4e00-\u9fff]{1,10}?影响")
# 因供暖诉求集中，接通率…; 受疫情影响，…: a clause that gives a cause
CAUSE_CLAUSE = re.compile(r"因(?!此)|由于|受[^，,；;。]{1,12}影响")
CAUSE_FIRST = frozenset("因由受")
# 五年累计完成固定资产投资: how many years a sum runs over is its window (the year says it), not part of its name
YEARS_OF_SUM = re.compile(r"(?:近|过去)?[两三四五六七八九十]年(?:来)?(?=累计)")
# 五年新建改扩建中小学126所: the years a sum of work done runs over, opening its name, are its window too
YEARS_OF_WORK = re.compile(r"^(?:近|过去)?[两三四五六七八九十]年(?:来|间)?(?=新建|新增|新改建|改扩建|建成|改造|实施|完成|培育|引进|发放|帮助)")

# a numbered heading run into the line of its first sentence: the heading is the section, never part of a name
_OPENER_FIRST = "".join(sorted({w[0] for w in _IDIOMS["sentence_openers"]}))  # a class first: most places fail at it
HEADING_IN_LABEL = re.compile(rf"^(?:{RUN_IN_HEADING.pattern}|(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
                              rf"[^，,；;。：:]*?(?=[{_OPENER_FIRST}])(?={_alt(_IDIOMS['sentence_openers'])}))")
# the template's own sections of 一、总体情况, run into their first sentence on a one-line page (（三）政府信息管理全面清理…):
# the section, never part of a name (主动公开 and 依申请公开 only with 情况: alone they may open the name)
TEMPLATE_SUBHEADING = re.compile(r"^[（(][一二三四五六七八九十]+[）)](?:政府信息管理|(?:政府信息公开)?平台建设|监督保障|"
                                 r"(?:主动公开|依申请公开)(?:政府信息)?情况)(?:情况|工作)?(?=[\u4e00-\u9fff])")
HEADING_FIRST = frozenset("一二三四五六七八九十（(")
INCLUDED_TAIL = re.compile(r"\(含[^()]*\)$")  # 受理投诉(含匿名投诉): what a figure includes, named after it

# the characters a match of LEAD_TRIM or TIME_PREFIX can begin with, and of TAIL_TRIM end with: most labels
# begin and end with neither, and are left without trying the patterns
LEAD_FIRST = frozenset("最反诉来问报控折主然明力确预计由一二三四五六七八九十我其并且同另此目截今本全年当累共合总已先还再又均分达为是有仅在将对把向通经按除以和及与加结123456789去上了排位居依下前第")
TIME_LEAD = _leads_in_turn(PART_OF_YEAR_LEAD, TIME_PREFIX)  # clean_label strips these first,
LEAD_WORDS_AND_TIME = _leads_in_turn(LEAD_TRIM, TIME_PREFIX)  # then these, in turns

TAIL_LAST = frozenset("可望在次破占计共到达为是有约近过于逾至了的由从别均已争保月年日天持排多少高低首仅一整")
# a list item's number at the head of its line (1. 新建幼儿园3所): the list's, not the name's; not a decimal (1.5万件)
NUMBERED_ITEM = re.compile(r"^\d{1,2}[.．、]\s*(?!\d)")
LONG_ASIDE = re.compile(r"（[^（）]{8,}(?<![率数量额])）")  # not another name of a measure (（常住人口城镇化率）)
# the characters clean_label's steps look for (the edges they trim, the words they take out): most labels hold none
CLEANED_BY = re.compile("[" + re.escape("".join(sorted(
    HEADING_FIRST | LEAD_FIRST | TAIL_LAST | set("前后）)（(向影依借利年共控的等力确争将预“”实完 　\"'·、，,；;：:")))) + r"\d]")

# what a match of SCOPE can end with, and how long it can be: most clauses hold no such character where a match
# would end, and are not tried
SCOPE_FIRST = frozenset("全市区县本")  # what the whole-area and own-level scopes begin with

FIGURE = re.compile(rf"(?:(?<![A-Za-z\d.])\d+(?:[,.]\d+)*(?![A-Za-z\d])\s?{_SCALE}(?:{_UNIT_ALT})?|[百千]分之[{CN}点]+"
                     rf"|[{CN}]+(?:点[{CN}]+)?{_SCALE}(?:{_UNIT_ALT}))")

# removed from words: 分别达到45620元和21350元; not a lone 一, which names (“一件事”, 一个窗口) rather than counts
FIGURE_AND_LINK = re.compile(rf"(?!一(?![{CN}万亿点余多]))(?:{FIGURE.pattern})[和、及与]?")

RANK = re.compile(r"(?:排名|位列|位居|名列|居|列)?第(?:[\d一二三四五六七八九十]+(?:位|名)?)?$")  # what a rank leaves

# the words between listed figures; a bracket without figures is part of a name (12个乡镇（街道）中心、186个村（社区）站)
SIBLING_GAP = re.compile(r"(?:[^，,；;。：:()（）\d]|[（(][^，,；;。：:()（）\d]{1,8}[）)]){0,20}")

DONE_IN = re.compile(rf"(?:内|以内)?({_alt(_VERBS['done_in'])})")  # a time that says what is done in it
# 最迟应在24小时内举行新闻发布会: a time followed by 内 and a deed (read to the clause's end) is the deed's time limit;
# not where the words after it count or rate what was done in it (3个工作日内办结的事项占…, …内办结率)
DEADLINE_DEED = re.compile(r"(?:以)?内(?!.*的(?:比例|占比|比重|事项|件数|数量|个数))([\u4e00-\u9fff“”]{2,16})(?<!率)")
# the words before such a time that only set the deadline, and when its count starts (自受理之日起)
DEADLINE_LEAD = re.compile(r"(?:自[^，,；;。]{1,10}?起)?(?:最迟|最长|一般应|原则上)?(?:应当|应|须|必须|要|需|承诺|确保|力争|保证|做到)?"
                           r"(?:在|于)?$")
# (…4.1亿元等，: the list's end; 123.4亿元比上年增长5.1%, 1234件同比增长…: a change run on with no comma names no noun)
TAIL_STOP = re.compile(r"^(?:内|以内|以上|左右|不等|缩短|减少|压缩|增加|提高|降低|简化|调整|即可|办结|后$|等$"
                       r"|比(?:上|去|前|年初|同期)|同比|环比|较(?:上|去|前|年初|同期)|增长|下降|上升|回落|持平)")
REPORT_VERBS = tuple(_VERBS["report"])
LISTED_ONLY = tuple(_VERBS["listed_only"])
LISTED_VERBS = REPORT_VERBS + LISTED_ONLY  # a bare verb after 、 (修改3件, 废止1件)
REPORT_VERB_IN = re.compile(_alt(REPORT_VERBS))
# a body opening a figure's name before its verb (县法院受理各类案件, 市政府办公室收到申请): the subject, not the object
BODY_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:法院|检察院|政府(?:各?部门|系统)?|中心|办公室|委员会|局|委|厅|办)")
BODY_BEFORE_VERB = re.compile(rf"{BODY_HEAD.pattern}(?={_alt(REPORT_VERBS)})")
# a figure next in the clause, after the words of the one before and a link (…水源地水质达标率为100%)
FIGURE_NEXT = re.compile(r"(?:为|达到|达|是|共|累计)?\d")
# 全年三项社会保险基金收入合计186.7亿元, 年末全县五项社会保险参保人数…: a count in words at the head of its clause (no deed
# before it) whose things the clause's next figure measures says which things, and counts nothing
# (三个部门压缩率均超过85%: each of the things counted passes, and the count stands)
DETERMINED_BY_COUNT = re.compile(r"(?:(?![均都])[\u4e00-\u9fff]){2,16}?(?:为|达到|达|是|共|累计)?\d")
NO_DEED_BEFORE = re.compile(r"\s*(?:全年|当年|年末|年底|年初|(?:19|20)\d{2}年(?:末|底)?)?(?:全[省市县区州旗镇乡]|我[省市县区州旗镇乡])?")
STOCK_TIME_IN = re.compile(rf"{_alt(_IDIOMS['year_ends'])}")  # 21座大中型水库年末蓄水总量: the time of a stock measured
# the last character of the name of a place or a facility a count counts (水源地, 监测站, 卫生院, 行政村)
FOUND_AT = ("部门", "单位", "项目", "乡镇", "县区", "区县", "街道")  # the bodies an audit names by what it found (3个单位应缴未缴非税收入…)
# (收入预计为…: a budget's plan, which the target's mark says)
EXPECTED_AFTER_SUBJECT = re.compile(r"(?<=[\u4e00-\u9fff”])预计(?!为)(?:全年)?(?:完成|实现|达到|可达)?")
WHOLE_AREA_HEAD = re.compile(r"(?:全(?:省|市|县|区|州|盟|旗|镇|乡))?")
SENT_TO_LEAD = re.compile(r"向[\u4e00-\u9fff、]{2,20}?(?=移送|移交|报送|提交|转交|推送)")
GIVEN_TO_LEAD = re.compile(r"(?:发现|其中)?向([\u4e00-\u9fff]{2,12}?)的?")  # 向不符合条件的(23户家庭发放…)
FINDING_VERBS = ("发现", "审计发现", "检查发现", "抽查发现")
INVOLVED_SUM_NEXT = re.compile(r"[，,]涉及(?:金额|资金)(?:为|达)?\d")  # 9个单位…不规范，涉及金额2186万元
AT_FAULT = re.compile(r"违规|违反|未|无|超|不|闲置|挤占|挪用|虚报|套取|滞留|截留|损失|浪费")  # what it found them at fault for
THING_LAST = "地站点所区村户校院园场馆厂库井段口面"
# 9个中心城市环境空气质量优良天数比例…, 14个设区市细颗粒物平均浓度…: the cities a measure printed next is over
PLACES_COUNTED = re.compile(r"(?:设区|地级|中心|省辖|县级)?(?:城市|市州|市（州）)|(?:设区|地级|省辖)市")
MEASURE_OF_PLACES_END = re.compile(r"(?:率|比例|比重|浓度|天数)(?:平均|均值)?$")

# 共 inside a label, after what made the figure (热线共受理诉求): the figure is a total; that is no part of its name
# (the look-behinds after the words, so that re tries the pattern only where 全, 累 or 共 stands; see TAIL_TRIM)
INNER_TOTAL = re.compile(r"(?:(?:全年|累计)(?<=[\u4e00-\u9fff”]..)(?<!公..)共|共(?<=[\u4e00-\u9fff”]共)(?<!公共))(?:计|)(?="
                         + _alt(REPORT_VERBS + tuple(_VERBS["after_total"])) + ")")

# verbs that take the objects of figures listed after the first one (惠及企业1.2万家、群众3.5万人次)
LISTING_VERB = re.compile(_alt(REPORT_VERBS + tuple(_VERBS["listing"])))

# a level named by its verb alone after its change (…预期增长5%左右，安排10.35亿元; 增长6.2%，达到41.2亿元)
LEVEL_VERBS = frozenset(["安排", "完成", "实现", "达到", "达"])
PLANNED_TAIL = re.compile(r"(?:预期|预计|计划|力争)$")
LINKING_VERBS = tuple(_VERBS["linking"])  # verbs that only link a thing to its figure, as 达到 does
LINKED_ALONE = LINKING_VERBS + ("达到",)  # 实现利润总额3.6亿元: a clause that opens with one names no subject
CLAUSE_SUBJECT = re.compile(rf"[\u4e00-\u9fff]{{1,12}}?(?:{_alt(_IDIOMS['clause_subjects'])})")
LISTED_OBJECT = re.compile(r"、([\u4e00-\u9fff]{2,8})")
BENEFACTIVE = re.compile(r"(?:为|向|帮助|帮)(?:近|约|超过)?$")
BENEFACTIVE_LAST = frozenset("为向助帮近约过")  # what a match of BENEFACTIVE can end with
BENEFICIARY_LAST = frozenset("人户业体众庭位生工员者民商口儿童女属象")  # 口: 脱贫人口; 孤儿, 儿童, 妇女, 家属; 对象
DONE_FOR = re.compile(_alt(_VERBS["done_for"]))
DRAWN_BY = re.compile(_alt(_VERBS["drawn_by"]))
FOLLOW_ON = tuple(_VERBS["follow_on"])
CARRY_ACTIVITY = re.compile(_alt(_VERBS["carry_activity"]))
# 指派2名同志参加了培训: people sent to take part in something, counted by whom they are and what they took part in
SENDING_VERBS = ("指派", "选派", "派出", "抽调", "委派", "推荐", "组织")
SENT_TO_TAKE_PART = re.compile(r"(同志|干部职工|干部|职工|工作人员|人员|党员|骨干)(参加|参与|出席)了?([\u4e00-\u9fff“”]{2,14})")
# 按照“八公开”要求，经过三轮核对: the rule a deed follows names nothing that a figure measures
BASIS_CLAUSE = re.compile(r"\s*(?:按照|根据|依照|依据|遵照|对照)[^，,；;。]{1,30}(?:要求|规定|部署|安排|标准|原则|精神|意见|通知|办法|条例)")
# a list's topic that says who did what to a thing (市住建委对审批工作流程进行再造：…): the deed, named by the thing
ACTED_ON = re.compile(r"(?:对|^)((?:(?!对)[\u4e00-\u9fff“”、]){2,20}?)进行了?(?:全面|集中|专项|系统|深入|认真|逐项|彻底)?([\u4e00-\u9fff“”]{2,6})$")
# 惠及312户586人: figures of one verb in two units are told apart by their unit's count
SAMPLED = re.compile(r"(?:审计)?(抽查|抽审|审计)(资金|项目)")  # 抽查资金 under （一）养老服务资金审计: which funds
# 地区生产总值（GDP）, 居民消费价格指数(CPI): a Latin abbreviation of the words before it (not 细颗粒物（PM2.5）, a
# name of its own with digits); 价格指数（以上年为100）, (2020年=100), （以2020年同期为100）: the base every index is read against
ABBREVIATION_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:[A-Z]{2,5}|以?(?:上年|去年|上年同期|(?:19|20)\d\d年(?:同期)?)(?:为|=|＝)100)[）)]")
# 以2020年为100, (2020年=100), 以2020年同期为100: the year after which an index's base is stated, not the year the index is of
INDEX_BASE_YEAR = re.compile(r"(?:同期)?(?:为|=|＝)100(?!\d)")
# 对全县乡村振兴衔接资金进行了审计，抽查资金2.15亿元: the funds the sentence says were audited
AUDITED_IN_SENTENCE = re.compile(r"对(?:(?:19|20)\d\d年度?)?(?:全[省市县区镇乡])?([^，,；;。\d对]{2,20}?)(?:进行了?|开展了?|实施了?)(?:专项)?审计(?:调查)?[，,]")
COUNT_OF_UNIT = {"户": "户数", "人": "人数", "家": "家数", "批": "批次", "批次": "批次", "人次": "人次"}  # 接待来访群众512批1380人次
COMPOSED = re.compile(r"(组成|构成)(?:的([^，,；;。、]{2,20}))?")

# the verb that introduces a list of names; what follows its last occurrence is the first name
LIST_LEAD = re.compile(rf"^.*(?:{_alt(_VERBS['list_lead'])})")

INVOLVES = re.compile(r"(涉及|涵盖|覆盖)(?:[^，,；;。]{0,40}?等)?$")
# 在校生6.53万人，其中在公办学校就读的占91.2%: the members a share picks out by what they do, no thing of their own
MEMBERS_SHARE = re.compile(r"[，,]其中[^，,；;。\d]{1,16}的占(?:比)?(?:为|达)?")
# 涉及金额, and 涉案金额 of cases: what the things counted before involve
INVOLVED_MEASURE = re.compile(r"涉(?:及|案)(?:问题金额|问题资金|金额|资金|人数|人员|企业|群众|劳动者|职工|农民工|家庭)")
INVOLVED_HEAD = ("涉及", "涉案")
# 审计了乡村振兴衔接资金: the verb's aspect particle is no part of a name (not 了解, 为了, 除了)
ASPECT_LE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![为除])了(?![解结])(?=[\u4e00-\u9fff“])")
# 涉及农户41户 alone in its clause: whatever it names, it is what the figure before involves
INVOLVED_ALONE = re.compile(r"涉(?:及|案)[\u4e00-\u9fff]{1,6}")
LEADING_FIGURE = re.compile(rf"共?(?:{FIGURE.pattern})?")
NOUN = re.compile(r"[^的共、和及\d，,；;。：:\n]{0,8}")

# where the words after a figure may end: a clause break, a digit (² ① ❶ included), 和/与/及, or a parenthesis
AFTER_STOP = re.compile(r"[，,；;。：:\n\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070-\u2089\u2460-\u24ff\u2776-\u2793和与及(（)）]")

NEXT_FIGURE = re.compile(r"[^，,；;。：:\n\d]{0,12}\d")

# parts of the year a report compares (上半年办件量12.3万件，下半年15.6万件), the longer of two that share an end first
PARTS_OF_YEAR = tuple(_IDIOMS["parts_of_year"])
# 1-8月…增长6.2%。其中，8月当月增长8.1%: the month's own change of the level the sentence before changed
# (分月看，1-2月增长6.8%，3月份增长8.2%: so are the months a breakdown by month lists)
_MONTHS = r"(?:(?:1[0-2]|[1-9])[-－~至])?(?:1[0-2]|[1-9])月份?(?:当月)?"
# (分季度看，一季度下降18.5%，1-6月增长2.4%; 分阶段看: so are the quarters and half years a breakdown by time lists)
_PART_OF_YEAR = r"(?:第?[一二三四]季度|前三季度|[上下]半年)"
# (一季度下降6.1%。上半年增长1.5%: so is a window that opens a sentence of a bare change, with no breakdown word)
MONTH_OF_WHOLE_GAP = re.compile(rf"[。；;]\s*(?:(?:其中|分(?:月(?:份|度)?|季度?|阶段)看)[，,]?\s*)?(?:(?:{_MONTHS}|{_PART_OF_YEAR})[，,]?)?")
MONTH_OF_WHOLE = re.compile(_MONTHS)
WINDOW_OF_WHOLE = re.compile(rf"{_MONTHS}|{_PART_OF_YEAR}(?![末初底])")
# 3月份增长8.2% after 1-2月…, 上半年下降2.1% after 第一季度…: a month or part of the year opening the figure's own words
# is its window, not the sentence's
WINDOW_FIRST = frozenset("123456789第一二三四前上下")  # the characters OWN_WINDOW's matches begin with
OWN_WINDOW = re.compile(rf"({_MONTHS}|{_PART_OF_YEAR})(?=[\u4e00-\u9fff])(?![末初底])")
MONTH_END_BEFORE_DECEMBER = re.compile(r"(?<![\d-])(?:[1-9]|1[01])月(?:末|底)")  # 6月末, not 12月末
# 11个社区便民服务站全年办理事项…: the time the things counted did something in is no part of their noun
TIME_TAIL = re.compile(rf"(?:全年|今年|当年|年内|去年|本年度?|{_alt(_IDIOMS['parts_of_year'])})$")

SHARED_WORDS = REPORT_VERBS + ("日均", "月均", "年均", "人均")
# an answer's outcome (收到政府信息公开申请87件，同意公开52件): a request's result, not the verb 公开 of the clause before
ANSWER_OUTCOME = re.compile(r"(?:同意|予以|部分|不予|准予)公开$")

# flows a subject has side by side, each a figure of its own and none a part of another
COUNTERPARTS = tuple(tuple(group) for group in _IDIOMS["counterparts"])

FLOWS = frozenset(w for g in COUNTERPARTS for w in g)
FUND_FLOWS = frozenset(COUNTERPARTS[0])  # 收入, 支出, 结余, 结存: a fund's or a budget's
FLOW_QUALIFIERS = tuple(_IDIOMS["flow_qualifiers"])
# a budget's transfer or pace named bare (全年调出资金3.2亿元, 支出进度较上年同期加快…), and the budget a figure names
BUDGET_BARE = re.compile(rf"(?:{_alt(_IDIOMS['parts_of_year'])}|)(?:(?:调出|调入)资金|(?:支出|收入)进度)")  # (上半年调出资金)
PROBLEMS_FOUND = re.compile(r"(?:查出|发现)(?:主要)?问题金额")
AUDIT_HEADING = re.compile(r"(?:^|[、）)> ])([\u4e00-\u9fff]{2,12}审计)(?:情况)?$")  # 二、部门预算执行审计情况
BUDGET_NAMED = re.compile(r"[\u4e00-\u9fff]{2,12}?预算(?=收入|支出)")
MONEY_SENT = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:下达|拨付|安排|发放|筹集|争取|兑现))?([\u4e00-\u9fff]{2,10}资金)")  # 下达直达资金
FLOW_TOTALS = ("", "总计", "合计", "总额", "余额")  # 收入总计…、支出总计…: a flow's total after it; 存款余额…；贷款余额
LISTED_MEASURES = tuple(_IDIOMS["listed_measures"])
# the measure just before a change's words at the end of a name: 采矿业增加值增长 -> 增加值
ATTAINED_MEASURES = tuple(_IDIOMS["attained_measures"])
# 实现/完成 before an aggregate measure, the last in the words: what follows is the measure's name (通过公共网络实现的
# 商品零售额: a verb before 的 tells which sales, it stays), an aside after it too (实现地区生产总值（GDP）)
ATTAINED = re.compile(rf"(?:实现|完成)(?!的)(?=[^实完]*?(?:{_alt(ATTAINED_MEASURES)})(?:[（(][^（）()]{{1,12}}[）)])?$)")
# words that make a sentence or section speak of several years: a 累计 in it sums them (五年来…累计减税降费86.4亿元)
BASE_YEAR = re.compile(r"(?:比|较|与|由|从)((?:19|20)\d{2})年")  # 比2017年增长36.4%: the base of a review's changes
OVER_YEARS = re.compile(r"[两三四五六七八九十]年(?:来|间|以来|累计)|过去[两三四五六七八九十]年|十[一二三四五]五”?(?:时期|期间|以来)"
                        r"|(?:19|20)\d{2}年以来|(?:19|20)\d{2}[—–-](?:19|20)\d{2}年")
MILESTONE = re.compile(rf"(?:首次|成功|一举)?(?:{_alt(_IDIOMS['milestones'])})[^，,；;。:：]*?(?:大关|关口|台阶|亿元|万元|亿|万)$")
MILESTONE_LAST = frozenset("关口阶元亿万")
MADE_NEW_WORD = re.compile(_alt(_IDIOMS["made_new"]))
TOTAL_OF_NEW = re.compile(rf"(?:{_alt(_IDIOMS['made_new'])})([^:]{{2,}}):(总数|总量)")
# 实施重点项目326个, 重点项目安排250个, 完成文物保护修缮工程5处: what is done with the projects or works, before or
# after them
PROJECTS_CARRIED = frozenset({"实施", "推进", "安排", "谋划", "完成", "抽查", "审计"})  # verbs that only carry projects to their count (抽查: an audit's sample)
COUNTED_PROJECTS = re.compile(rf"(?:招商引资|招商)?(?:{_alt(_IDIOMS['doing_projects'])})([^:]{{0,10}}(?:项目|工程))"
                              rf"|([^:]{{0,10}}(?:项目|工程))(?:{_alt(_IDIOMS['doing_projects'])})")
MEASURE_ALONE = re.compile(_alt(_IDIOMS["measures_alone"]))
# a breakdown by place (分市看，, 分县（市、区）看，, 从各市州看，) and a place at the head of a name in it (甲市地区生产总值)
# a level named alone (市级, 市本级, 区县, 县（市、区）, 各县（区）): a part of a whole by the level it is counted at;
# not 市区, a city's urban area
LEVELS_ALONE = re.compile(r"(?!市区)各?[省市州盟县区旗乡镇](?:本?级|[省市州盟县区旗]{1,2}|[（(][省市州盟县区旗乡镇、]{1,6}[）)])")
REGION_BREAKDOWN_FIRST = "分按从各县区乡镇"  # what a match of REGION_BREAKDOWN opens with, after any space
# 分县区看，…; 县区中，甲县满意率最高…，乙区最低…: the sentence goes through the places one by one
REGION_BREAKDOWN = re.compile(r"\s*(?:(?:分|按|从)各?(?:市州|县市区|县区|区县|地市|盟市|市|县|区|地区|县（市、区）|市（州）)"
                              r"(?:来|分布)?(?:看|分)|各?(?:县市区|县区|区县|县（市、区）|乡镇|乡镇（街道）|镇街)中)[，,]")
# 县区中，满意率最高的是甲区，为98.9%: the measure, the ranking word and the place it names
RANKED_PLACE = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:最高|最低|最多|最少)的(?:是|为)")
# PM2.5年均浓度最低的为甲县（24微克/立方米），最高的为乙区（36…）; 满意率排名前三的区县为：甲区（92.3%）、乙县…: a measure,
# a ranking word and the places it names, each followed by its own figure in brackets (the measure is said once)
PLACES_LISTED_BEFORE = re.compile(r"^.*[）)]、")  # 甲区（92.3%）、乙县: the places before the last one listed
RANKING_OF_PLACES = re.compile(r"([A-Za-z0-9.\u4e00-\u9fff]{2,16}?|)(?:最高|最低|最多|最少|最快|最慢|最大|最小|"
                               r"(?:排名|排在|位居|居)?前[二三四五六七八九十\d]+(?:位|名)?)的"
                               r"(?:区县|县区|县（市、区）|县市区|市州|乡镇|镇街|地市|城市|县|区|市|镇|乡)?(?:依次|分别)?(?:是|为)[：:]?")
# 按期办结率方面，甲区、乙区均为100%；丙县为95.7%: a measure the places after it are ranked by
MEASURE_TOPIC = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:率|度|量|数))方面[，,]")
# 甲市, 开发区, and a place of two characters (城区); not 地区 of 地区生产总值
PLACE_AT_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{2,6}?(?:市|县|州|盟|旗|(?<!地)区|地区(?!生产)|镇|乡|街道)|(?!地区生产)[\u4e00-\u9fff][区县镇乡])"
                           r"(?![场长民区级域委政内外])")
# the end of a sentence and the lead of a breakdown of what it measured: 。分经济类型看，, 。按门类分，
# (…增长9.3%。其中，信息传输…服务业增长15.2%: the parts of the sentence before, as a breakdown is)
BREAKDOWN_GAP = re.compile(r"[。；;]\s*(?:(?:分|按)[\u4e00-\u9fff]{1,8}(?:看|分)|其中)[，,]")
# a measure per unit of output, or of what is used up or given off (单位GDP能耗, 万元工业增加值用水量, 二氧化碳排放)
INTENSITY = re.compile(r"^(?:单位|万元)|(?:能耗|排放|消耗)$")
PACE_OF_CHANGE = ("增速", "增幅", "降幅", "涨幅", "跌幅")  # the pace of a change told before: 增速比1-9月提高
# 增长7.6%，拉动全市经济增长2.3个百分点; 对全市经济增长的贡献率为42.6%: the pull on, and the share in, a wider growth
PULLED_GROWTH = re.compile(r"拉动[\u4e00-\u9fff]{2,12}?增长")
# 控制在省核定的债务限额92.6亿元以内: the limit a higher level set is named by itself, not by who set it
SET_BY_ABOVE = re.compile(r"^(?P<verb>控制在|保持在|低于|不超过|不高于)[\u4e00-\u9fff]{0,6}?(?:核定|下达|批准|核准|确定)的"
                          r"|^(?:省|市|县|区|上级)(?:核定|下达|批准|核准|确定)的")  # (控制在 gone as a lead)
# 社区养老服务中心为辖区老年人提供助餐服务2.6万人次: the provider, and what it provided, not for whom
PROVIDED_FOR = re.compile(r"^([\u4e00-\u9fff]{2,14}?(?:中心|站|所|院|馆|机构|企业|公司|协会|组织|食堂|基地|平台))"
                          r"为[^，,；;。为]{1,12}?(提供[\u4e00-\u9fff]{2,})$")
# 新增专项债券额度9.6亿元，已全部发行，支持项目14个: the projects the funds before support
FUNDS_LEAD = re.compile(r"^(?:争取到?|获得|获批|发行|下达|安排|落实|筹集|投入)")
FUNDS_TAIL = re.compile(r"(?:额度|规模)$")
# 限额以上单位商品零售额中，汽车类增长12.4%: an opener whose measure (零售额) and qualifier (限额以上单位) its classes share
AMONG_MEASURE = re.compile(rf"\s*(?:在|其中[，,]?)?([^，,；;。：:\d]{{0,12}}?)(?:商品|消费品)?({_alt(LISTED_MEASURES)})中[，,]")
# 限额以上单位中，餐饮收入增长…: an opener of a qualifier alone, which the sentence's figures share
UNITS_QUALIFIER = r"(?:限额以上|限上)[^，,；;。：:\d]{0,6}?(?:单位|企业)"
AMONG_UNITS = re.compile(rf"\s*(?:在|其中[，,]?)?(?:全年|(?:19|20)\d{{2}}年)?({UNITS_QUALIFIER})中[，,]")
# 规模以上工业企业中，亏损企业32家: an opener of the firms a size qualifies, whose parts the sentence lists
AMONG_FIRMS = re.compile(r"\s*(?:在|其中[，,]?)?(?:全年|(?:19|20)\d{2}年)?((?:规模以上|规上)工业(?:企业)?)中[，,]")
QUALIFIED_WHOLE = re.compile(UNITS_QUALIFIER)  # 限额以上单位消费品零售额…。其中，汽车类…: the parts' qualifier
PARTS_OPENER = re.compile(r"\s*其中[，,]?")
LISTED_MEASURE = re.compile(_alt(LISTED_MEASURES))
LISTED_CLASS = re.compile(r"[^，,；;。：:\d]{1,12}?类")
MEASURE_BEFORE_CHANGE = re.compile(rf"({_alt(LISTED_MEASURES)})(?:{CHANGE_TAIL.pattern})")
_FACETS = _alt(sorted(_IDIOMS["facets"], key=len, reverse=True))
FACET_END = re.compile(rf"(?:{_FACETS})$")
# a side with a qualifier first is a side all the same (国有企业资产总额…；平均资产负债率62.2%: the firms' average)
FACET = re.compile(rf"(?:平均|人均)?(?:{_FACETS})")
FACET_FIRST = frozenset("平人" + "".join(w[0] for w in _IDIOMS["facets"]))  # what a match of FACET can begin with
FACET_CHANGE = re.compile(rf"{FACET.pattern}{CHANGE_TAIL.pattern}")  # 利润总额增长: a side's change
# 2024年，实现营业总收入…: the year a sentence opens with, in a clause of its own
# 投资：前三季度，全区…: a word before a colon that a window and its comma follow is a run-in heading, no list's topic
RUN_IN_WINDOW = re.compile(r"\s*(?:(?:19|20)\d{2}年度?)?(?:前三季度|第?[一二三四1-4]季度|[上下]半年|全年"
                           r"|\d{1,2}[-－~至]\d{1,2}月份?|\d{1,2}月(?:份|末|底)?)[，,]")
TIME_OPENER = re.compile(r"(?:(?:19|20)\d{2}年度?|全年|当年)[，,]|")
# 全年实现营业收入…, 6月末资产总额…: a sentence that opens on its time and a link only
SUBJECTLESS_OPENING = re.compile(r"(?:全年|当年|年内|年末|年底|(?:1[0-2]|[1-9])月(?:末|底))?(?:共|累计)?(?:实现|完成)?")
YEAR_OF_WINDOW = re.compile(r"^(?:19|20)\d{2}年(?=第?[一二三四1-4]季度|前三季度|[上下]半年|\d{1,2}[-－~至]\d{1,2}月)")  # 2025年上半年
# 实现利润总额…, 全年实现营业收入…: the link that opens what the firms counted before attained, with its time
TIMED_LINK = re.compile(r"(?:全年|当年|年内)?(?:实现|完成)")
# what is measured of the things a count counts, when its figure follows (5家区属国有企业年末资产总额624.8亿元)
MEASURE_OF_FIRMS_END = re.compile(rf"(?:{_alt(_IDIOMS['year_ends'])}|全年)?(?:{_FACETS}"
                                  r"|总产值|产值|增加值)$")
MEASURES_OF_COUNTED = frozenset(_IDIOMS["measures_of_counted"])
STAFF_OF_COUNTED = frozenset(_IDIOMS["staff_of_counted"])
RESOURCES_OF_COUNTED = MEASURES_OF_COUNTED | STAFF_OF_COUNTED
MEMBERS_OF_COUNTED = frozenset(_IDIOMS["members_of_counted"])
ALL_SCHOOLS = re.compile(r"(?:各级各类|各类)?学校")
OF_A_BALANCE = frozenset(_IDIOMS["of_a_balance"])
MEASURE_OF_COUNTED_END = re.compile(rf"(?:{_alt(_IDIOMS['measures_of_counted'])})$")  # 结算金额 after 直接结算…人次
# the characters a match of it ends with (or a newline its $ stands before): a name ending otherwise is not searched
MEASURE_OF_COUNTED_LAST = "".join(sorted({w[-1] for w in _IDIOMS["measures_of_counted"]})) + "\n"
SO_FAR_VERBS = frozenset(_IDIOMS["so_far_verbs"])
NET_CHANGE = re.compile(r"净(?:增加?|减少?)了?$")  # 净增3120家, 净减少12户
COUNT_MEASURE = re.compile(r"[人户件个]?[数量]|人次")  # what a count counts, after its verb (参保人数)
MEASURE_NOUN = re.compile(r"[\u4e00-\u9fff](?:分|数|量)$")  # 最低分, 粉丝数, 总阅读量: a measure named in full
HOW_IT_WENT = re.compile(r"(?:审计|运行|执行|经营|完成|开展|落实|整改)情况$|情况说明$"  # a heading, not what a figure is of
                         # nor one that judges how a field went (（二）乡村振兴扎实推进。全镇共有…, 生态环境持续改善)
                         # (（四）好差评体系有效运行。…差评12条，整改率100%; 办件服务提质增效; 就业形势总体稳定)
                         r"|(?:扎实|稳步|持续|有序|全面|不断|明显|显著|稳中|有力|有效|高效|平稳|深入|加快|积极|顺利)"
                         r"(?:推进|加强|提升|改善|完善|巩固|增强|向好|有进|有效|运行|运转|实施|开展)$"
                         r"|成效(?:明显|显著|突出)$|取得新?(?:成效|进展|突破)$|提质增效$|总体稳定$"
                         # nor an overview's or a review's, which names no field (一、综合, 一、总体情况, 一、2023年工作回顾)
                         r"|^(?:综合|概况|综述|总体情况|基本情况|总体概况)$|回顾$"
                         # nor one of two fields, which a figure is of one of (二、执法检查和应急演练)
                         r"|^[\u4e00-\u9fff]{2,8}[和及与][\u4e00-\u9fff]{2,8}$")
# 发电量, 债务率, 销售额, 人均GDP: a measure named in full, which a heading above it is no parent of
FULL_MEASURE = re.compile(r"[\u4e00-\u9fff](?:量|数|额|率|值|比例|比重|面积|系数|指数)$|(?:GDP|CPI|PPI|PMI)$")
PARTS_FOLLOW = re.compile("其中|包括|含")
# a measure of an account's or a site's audience, named without the account (关注人数, 粉丝数, 总阅读量)
AUDIENCE_MEASURE = re.compile(r"(?:累计|总|日均)?(?:关注人数|关注量|粉丝数|粉丝量|订阅数|订阅人数|阅读量|浏览量|点击量|访问量|用户数)")
# an account or a site as a sentence names it (开通“某某发布”微信公众号, 区政府门户网站)
MEDIUM = re.compile(r"(?:“[^”]{1,16}”)?[\u4e00-\u9fff]{0,8}?(?:微信公众号|公众号|政务微博|微博|门户网站|网站|客户端|APP|视频号|抖音号)")
# the places a text was published through, listed before its verb (门户网站、政务微博等平台主动公开…)
CHANNEL_LIST = re.compile(r"[^，,；;。]{2,40}?等(?:各类|多种|多个)?(?:平台|渠道|载体|媒体|新媒体|途径|方式)"
                          r"(?=(?:主动|累计|共|集中)?(?:公开|发布|推送|更新|刊发|解读|回应)[\u4e00-\u9fff]{2})")
MEDIUM_LEAD = re.compile(r"^(?:开通|通过|依托|利用|开设|建立|运营|在)+")
# 受理群众来电、网络留言等各类诉求: examples before 等 and all kinds of a thing (各类, 各项) are that thing; the verb stays
# (帮助企业解决融资、用工等问题 names the problems by its examples, and keeps them)
EXAMPLES_OF_ALL = re.compile(rf"({_alt(_VERBS['report'] + _VERBS['done_for'])})[^，,；;。：:]{{2,30}}?、[^，,；;。：:]{{2,30}}?等(?=各类|各项)")
# 分别占建议总数和提案总数的: the totals the shares listed after it are of, one for each count listed before
RESPECTIVE_SHARE_OF = re.compile(r"分别占([\u4e00-\u9fff]{2,20}?)的")
LIST_SEPARATOR = re.compile(r"[、，,和及与](?:每[人户名]?每?[月年])?")  # 每人每月760元、每人每年7920元: a period said again
# a sector's name, which may hold 和/及/与 (住宿和餐饮业, 电力、燃气及水的生产和供应业): it ends in 业
SECTOR_END = "业"
SECTOR = re.compile(r"[\u4e00-\u9fff]{1,12}?(?<![就创失毕学作结])业(?![务主态绩])")  # not 就业, 创业, 毕业
SHARED_NOUN = re.compile(r"[\u4e00-\u9fff]*(?:量|数|率|占比|比例|比重|额|收入|支出|人次|增加值|产值|总值|面积|余额|浓度|价格|标准)$")  # 城市、农村低保标准: each one's 低保标准
# nouns the names of a list share, printed once after the last (小学、初中、普通高中在校生; 省外、省内县外和县内就业)
AVERAGE_IN = re.compile(r"平均|人均|日均|月均|年均")
QUALIFIER_LAST = re.compile(rf"(?:{_alt(_IDIOMS['listed_noun_qualifiers'])})$")
LISTED_NOUN = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{_alt(_IDIOMS['listed_noun_qualifiers'])})?"
                         rf"(?:{_alt(_IDIOMS['listed_nouns'])})$")

# 道路运输安全生产事故起数、死亡人数: the first name's thing (事故) and its side (起数), up to three characters
EVENT_SIDES = frozenset(_IDIOMS["event_sides"])
# a thing such a side befell, at the end of the name of the count before (发生生产安全事故), without its verb
# (上半年发生…: its part of the year stays, to be its window)
EVENT_THING = re.compile(rf"((?:{_alt(_IDIOMS['parts_of_year'])})?)(?:.*?共?发生)?(.*(?:{_alt(_IDIOMS['things_with_sides'])}))")
THING_AND_SIDE = re.compile(rf"(.*(?:{_alt(_IDIOMS['things_with_sides'])}))[\u4e00-\u9fff]{{1,3}}")
BUILT_END = re.compile(rf"(?:{_alt(_IDIOMS['built_verbs'])})$")
MADE_OR_BUILT = tuple(_IDIOMS["made_new"] + _IDIOMS["built_verbs"])
SIDES_OF_BUILT = frozenset(_IDIOMS["sides_of_built"])
OPPOSED_SIDES = frozenset(frozenset(pair) for pair in _IDIOMS["opposed_sides"])
# 各位代表：去年，…: the speaker addresses the audience; 发布时间：2023-02-10 一、…: a page's info line; neither colon
# opens a list of figures
PAGE_INFO_KEY = re.compile(r"(?:发布|发文|成文|更新|公开)(?:时间|日期)|时间|日期|(?:信息)?来源|发布机构|作者|索引号|浏览次数|点击数|字号|分享到")
ADDRESSED = re.compile(r"(?:各位[\u4e00-\u9fff]{1,4}?|同志们|朋友们)(?:[、，,]?(?:各位[\u4e00-\u9fff]{1,4}?|同志们|朋友们))*")
# 油料产量2.4万吨，下降1.1%，平均每亩产量182公斤: a yield per mu, of the crop whose output (or whose sown area:
# 水稻种植面积6.2万亩，平均每亩产量628公斤) is told before it
YIELD_PER_MU = re.compile(r"(?:平均)?(?:每亩产量|亩产量?|单产)")
OUTPUT_END = re.compile(r"总?产量$|(?:种植|播种|收获)面积$")
# 一般工业固体废物产生量…，综合利用率…: what a quantity produced or handled ends with, before the material it is of
QUANTITY_HANDLED = re.compile(r"总?(?:产生|清运|收运|收集|排放|贮存|产)?量$")
# words that name several things at once, each of which a figure after 分别 measures
PAIRED = {word: tuple(things) for word, things in _IDIOMS["paired"].items()}

# where the words that names listed with 、 share begin when no 分别 marks it (政务微博、微信公众号全年发布信息2300条、
# 1860条): an adverb of time or total, or a verb that names no thing (not 审批, 登记, 服务: 行政审批事项)
SHARED_PREDICATE = re.compile(_alt(_VERBS["shared_predicate"]))

JOINED_HEADS = tuple(_IDIOMS["joined_heads"])
JOINED_SHARED_OPENERS = tuple(_IDIOMS["joined_shared_openers"])
ORDINAL_NAME = re.compile(r"第?[一二三四五六七八九十]+")  # 第一、二、三产业: 第一产业, 第二产业, 第三产业
LIST_GAP = re.compile(r"[，,、；;](?!其中)[^，,；;。\d]{1,10}")

# a window that is the whole year after all: 截至12月底 is the year's end, 1-12月 the year
WHOLE_YEAR = re.compile(r"(?:截至|截止到|截止)(?:(?:19|20)\d{2}年)?12月(?:31日|底|末)?|1[-－~至]12月份?")

REACHED = re.compile(_TO_LEVEL + "$")
# the names a list's figures are of, in the clause before 分别为: 办件量位居前三的是A、B、C (the measure, then the names)
TOP_NAMES = re.compile(r"(.{2,20}?)(?:排名|排在|位居|居)?前[一二三四五六七八九十\d]+(?:位|名)?的?(?:单位|部门)?(?:依次|分别)?(?:是|为)"
                       r"([^，,；;。]+、[^，,；;。]+)")
# 排名前五的诉求分别为城乡建设（1632件）、…, 后三名为甲镇（85.2分）: the ranking that leads a list, before its first member
RANKING_LEAD = re.compile(r"(?:排名|排在|位居|居)?[前后][一两二三四五六七八九十\d]+(?:[位名]的?|的)[\u4e00-\u9fff]{0,8}?(?:依次|分别)?(?:是|为)[：:]?")
RANKED = re.compile(r"(?:排名|排在|位居|居)?前[一两二三四五六七八九十\d]+(?:位|名)?的?(?:依次|分别)?(?:是|为)?$")  # 排名前三位的分别是

# 按公开类别分：…, 从申请方式看，…: a breakdown by one attribute, often in the sentence after its total
_ATTRIBUTE_WORDS = r"[^，,；;。：:\d]{1,8}(?:分|看|来看|划分)"

# every branch opens with a literal, so that re skips ahead to where one may match (a class like [，,。] stops that)
ATTRIBUTE_CLAUSE = re.compile(rf"(?:按|从){_ATTRIBUTE_WORDS}")

# 受理的286件申请中，予以公开172件…: the figures after break down the one before 中
ACTED_ON_COUNTED = re.compile(r"([\u4e00-\u9fff]{1,12}?)的?(?:预算执行|财务收支|经济责任)?(?:情况)?进行了?(?:全面|集中|专项|系统|深入)?"
                              r"(审计|检查|督查|巡查|评估|考核)")
# 从诉求类型看，最多的是城乡建设类，占31.2%；其次是…类 (反映问题中，…): the things a list of classes sorts, named once
# in its lead; each class is a class of them (城乡建设类诉求)
CLASSED_THINGS = re.compile(r"(?:从|按)(诉求|问题|工单|来电|来信|来访|事项|案件|投诉|举报|信件)的?(?:类型|内容|类别|领域|性质)(?:来?看|分)"
                            r"|(?:反映|受理|涉及)?的?(诉求|问题|工单|来电|来信|来访|事项|案件|投诉|举报|信件)中[，,]")
# 受理热线工单3862件，同比减少5.4%，按时办结率99.2%，群众满意率98.5%: how well the things counted were handled, named
# by the rate alone (and 工单按时签收率…，按期办结率…: the next rate of the same things)
HANDLING_RATE = re.compile(r"(?:群众|回访|办事群众)?(?:按时|按期|及时)?(?:签收|办结|答复|回复|解决|响应|联系|办理|处理|结案|调解成功|调处成功)?(?:满意|好评)?率")
# a body that took in the things counted (热线共整合部门热线21条): a rate after is the body's; a quoted program whose
# items went online (“就医一件事”服务事项上线6个): what is done after, in another unit, is the program's
TAKEN_IN = re.compile(r"(.{2,}?)(?:共|累计|已|先后)?(?:整合|归并|并入|接入|纳入|融合|合并)")
PROGRAM_LAUNCHED = re.compile(r"(“[^”]{2,16}”)[\u4e00-\u9fff]{0,8}?(?:上线|推出|开通|上架)(?:运行)?")
HANDLING_VERB = re.compile(r"受理|接收|转办|转派|接听|收到|登记|派发|交办|办结|办理")
HANDLED_THINGS = re.compile(r"(?:工单|诉求|来电|来信|事项|投诉|举报|办件|案件|纠纷)$")
CLASS_NAME = re.compile(r"([\u4e00-\u9fff]{2,10}类)(?::?(占(?:比|[\u4e00-\u9fff]{2,10})?))?")
AVERAGED = re.compile(r"(?:平均|日均|人均|户均|年均)(担负|减少|节约|节省|缩短|压缩|降低|提高|增加)?")
RANKING_WORD = re.compile(r"最(?:多|少|高|低|集中)|其次|再次|第[一二三四五六七八九十]+(?:位)?(?:的)?(?:是|为)|居首")
AVERAGE_HEADS = frozenset({"平均", "人均", "次均", "日均", "户均"})
AVERAGE_WORD = re.compile(r"次均|人均|平均|日均|户均")
FACILITY_SUBJECT = re.compile(r"([\u4e00-\u9fff]{0,6}?(?:医院|卫生院|卫生室|医疗机构|企业|学校|幼儿园))(?=[\u4e00-\u9fff]{2})")
AMONG_UNCOUNTED = re.compile(r"的([\u4e00-\u9fff]{2,10})中[，,]$")  # 确定的主要预期指标中，(15项…)
# (在建项目 are not: those under way in 1-10月 are the months' count, as blind14's key has them)
STOCK_NAME = re.compile(r"^(?:常住|户籍)?(?:总)?人口(?:数)?$"
                        r"|^(?:辖内共有|辖内|辖区内)?(?:行政村|自然村|社区|村（社区）|村\(社区\)|居委会|村委会)$")
HELD_BEFORE = re.compile(r"共有|现有|实有|拥有|辖有|(?:^|全[省市县区镇乡])有")
# 在用登记特种设备, 在册志愿者, 在岗职工, 在学研究生: things in a state on the report's day, a stock (not 在线, 在建: done in the window)
IN_STATE = re.compile(r"^(?:在用|在册|在营|在岗|在职|在编|在库|在押|在校|在园|在学(?!校))")
SOME_OF_COUNTED = re.compile(r"([^，,；;。\d]{2,16})中[，,]?有")  # 36种主要工业产品中，有21种…
DID_CHANGE = re.compile(r"增长|下降|增加|减少|提高|上升|降低|持平")
SOME_OF_THEM = re.compile(r"有(?:\d|[一二三四五六七八九十两])")  # 38个行业中有27个: some of those counted
AMONG_THE = re.compile(r"的\d[\d.,]*(?:万|亿)?[^\d，,；;。]{1,8}(中)[，,]")
ASSESSED_IN = re.compile(r"(?:评估|评价|考核|测评|评比|评议|检查|督查|调查|监测|排名)中$")
AMONG_RANKED = re.compile(r"中(?:排名|排在|位列|位居|名列|居)")  # 在全市11个县（区）中排名第4位: the 11 counts 县（区）
# the words before a colon that announce what follows (重点做好以下工作：一是…, 改进措施：, 分科目看：), which names
# none of it
ANNOUNCES_LIST = re.compile(r"(?:以下|下列|如下)[\u4e00-\u9fff]{0,6}$|(?:措施|做法|举措)$|(?:主要|存在的|发现的)问题$"
                            r"|^分[\u4e00-\u9fff]{1,4}看$|按[\u4e00-\u9fff]{1,6}(?:划分|分)$")  # 按医院等级分：
ANNOUNCES_LIST_WIDTH = 9  # its longest match, before a last newline: searched no further back than that


# --------------------------------------------------------------------------------------------------------- relations

# the same rule for a split of a short clause; a pattern that opens with a lookbehind is tried at every position, so
# the scan of a whole text (Context) finds the 、 first and tests the character before it itself
CHANGE_AFTER_LEVEL = re.compile(rf"(?<=[{re.escape(''.join(sorted(FIGURE_LAST)))}]){LEVEL_THEN_CHANGE.pattern}")

PEOPLE_UNITS = frozenset(_UNIT_WORDS["people"])  # who is counted, not what

# no lookbehind: re skips ahead only to a pattern's possible first characters, which a lookbehind hides
_RESULTS = r"(?:审理|办理|复议|诉讼|答复)?结果"

_ATTRIBUTE_TAIL = rf"{_ATTRIBUTE_WORDS}[：:，,]"
_BY_ATTRIBUTE = rf"(?:按|从){_ATTRIBUTE_TAIL}"

LIST_START = re.compile("|".join([r"其中[，,：:]?", r"包括[：:]?", "分别为", "分别是",
                                   *(rf"{c}{_RESULTS}(?:中|为|是)?[，,：:]?" for c in "，,。"),
                                   *(rf"{c}{_ATTRIBUTE_TAIL}" for c in "按从")]))

SHARE_OF_PART = re.compile(r"[，,、\s（(]*(?:约|近)?所?(?:占|比例|比重)")
PAREN_CLOSE = re.compile(r"[)）]")

# 与2010年第六次全国人口普查的512306人相比, 比2010年…的3.03人减少0.41人: the earlier figure of the measure before
EARLIER_FIGURE = re.compile(r"(?:与|同|比|较)(?:19|20)\d\d年[^，,；;。\d]{0,20}?的")
EARLIER_FIGURE_END = re.compile(rf"相比|(?:{_alt(_VERBS['change_by_amount'])})")
COMPARED_WITH_YEAR = re.compile(r"(?:与|同)((?:19|20)\d{2})年[^，,；;。\n]{0,20}?相比")  # 与2010年第六次…相比
HEADING_LINE_START = re.compile(r"^[ \t]*[一二三四五六七八九十]{1,3}[、．.]", re.M)  # 五、受教育程度: a section opens
COMPARISON_CLOSED = re.compile(r"相比|[，,；;]")  # the words of a comparison (与2010年…相比) ended before a figure
# 由3.12%下降为1.92%: the figure after a change from a figure is the level reached
PAIR_TO = re.compile(rf"[由从]\d[\d.]*(?:万|亿)?(?:{_UNIT_ALT}|%|‰)[^，,；;。\d]{{0,4}}?(?:{_CHANGED_TO})了?(?:为|至|到)$")
# 最低工资标准从1580提高至1760元: the first figure of a pair is printed bare and shares the unit of the second
BARE_STARTING_POINT = re.compile(rf"[从由](?P<num>{ARABIC_NUMBER})(?={_TO_LEVEL}|(?:{_CHANGED_TO})?了?[至到为])")
# 12000元/年-31200元/年不等: a range whose bounds both print the unit
RANGE_GAP = re.compile(r"[-－~～至到—]")

BEFORE_AFTER = re.compile(rf"(?:(?:{_CHANGED_TO})了?(?:为|至|到)|"
                           r"[减降增升]至)(?:原来的)?"
                           r"(?:(?:19|20)\d{2}年(?:底|末)?的)?(?:近|约|不足|只需|仅)?$")

AMONG = re.compile(r"\s{0,3}[^，,；;。：:\d\n]{1,12}中[，,：:]")  # 公开的信息中，: among the things counted before
TOTAL_AFTER = re.compile(r"[，,；;](?:共计|合计|总计|总共|共)(?:为|达到|达)?$")  # …，共计344件: the sum of the figures before

# 是上年的2.3倍, 是2018年的1.4倍: a multiple of an earlier year's figure
MULTIPLE_OF_EARLIER = re.compile(r"(?:是|为|相当于)(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:同期)?的$")
# groups of residents a per-capita measure is told for, named alone after 其中 (其中城镇居民12730元)
RESIDENT_GROUPS = frozenset(("城镇居民", "农村居民", "城市居民", "农民", "城镇常住居民", "农村常住居民"))
PER_CAPITA_OF_RESIDENTS = re.compile(r"(?:全体|城镇|农村|城市|常住)?(?:常住)?(?:居民|农民)(人均[\u4e00-\u9fff]{2,10})")
# who speaks in a press conference's transcript (主持人：…, 记者：…, 问：…)
SPEAKERS = frozenset(("主持人", "记者", "问", "答", "发布人", "提问"))
# 是“十一五”时期的2.8倍: a multiple of an earlier plan period's figure, which is no year's
MULTIPLE_OF_PERIOD = re.compile(r"(?:是|为|相当于)[“”\u4e00-\u9fff]{2,10}?(?:时期|期间)的$")

LEVEL_AFTER = re.compile(r"[，,](?:达到|达|为|升至|降至)")
CONTINUES = re.compile(rf"[\s\n]{{0,3}}(?:(?:[^，,；;。\d\n]{{0,12}}[，,])?其中|{_RESULTS}(?:中|为|是)?[，,：:]|{_BY_ATTRIBUTE})")
EARLIER = re.compile(_alt(_IDIOMS["earlier"]))
LATER = re.compile(_alt(_IDIOMS["later"]))
PROCESSING = re.compile(r"(?:只需|仅需|仅用|即可|就能|当场|缩短|压缩|提速)[^，,；;。]{0,6}$|^[^，,；;。]{0,3}(?:即可|就能|内)?(?:办结|发证|取证|完成|办完|出证)")
CHANGE_BEFORE_SHARE = re.compile(rf"[，,、\s]*(?:{YOY_CUE.pattern})?(?:{BARE_CHANGE.pattern})")

SHARE_AFTER_PART = re.compile(r"[，,、\s]*(?:约|近)?(?:占|占比)?[^，,；;。\d]{0,20}?"
                               r"(?:[（(][^（）()，,；;。\d]{1,16}[）)](?:为|达到|达)?)?")  # 比重（城镇化率）为

SHARE_WORDS = re.compile(r"^(?:约|近)?所?占|的$")
EARLIER_STATE = re.compile(r"(?:比|较|与)([^，,；;。\d比较与]{1,6}前)(?:相比)?的?$")  # 较改革前的
CHANGE_AFTER = re.compile(rf"[^，,；;。\d]{{0,2}}?({_alt(_VERBS['change_from_state'])})了?(?:约|近)?")


# ------------------------------------------------------------------------------------------------------ enumerations
ITEM_SPLIT = re.compile(r"[、，,；;]")
EVENT_UNITS = frozenset(_UNIT_WORDS["events"])  # what happens, not who or what
ENUM_COUNT = re.compile(r"[（(](?P<count>\d{1,4}|[一二三四五六七八九十]+)(?P<unit>个|名|家|人|项|位|条|所)[）)][:：]?")
NEW_BLOCK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、|【)")
GROUP_LABEL = re.compile(r"^[^:：]{1,20}[:：]")
QUOTED_NAME = re.compile(r"“([^”]{1,30})”")
QUOTES_LISTED = re.compile(r"”[、和及与]“")
NAME_SPLIT = re.compile(r"、|和|及")

# names listed after a count: 表彰先进集体4个：A、B、C、D; “红旗窗口”3个，分别是A、B和C
NAMES_AFTER = re.compile(r"(?:[，,](?:分别是|分别为|即|包括)|[：:])(?P<names>[^。；;：:\n]{2,200})")
NAMES_AFTER_FIRST = frozenset("，,：:")  # what a match of NAMES_AFTER opens with

# a report on fixing what an earlier year's audit found (关于2023年度…审计查出问题整改情况的报告), and the deeds of a fix
# in it: a fix is dated when it was done, the findings keep the audited year
FIX_REPORT = re.compile(r"审计(?:查出|发现|指出)的?问题的?整改")
# (a deed not done is a finding's: 未及时上缴; 已将N万元缴入国库 is done; what is left undone is told as of the report:
# 仍有14个问题尚未整改)
FIX_DEED = re.compile(r"(?<![未不没])(?<!未及时)(?<!未按时)(?<!未按期)(?<!未足额)(?:整改到位|整改完成|已整改|收回|追回|清退"
                      r"|清理|归还|退还|补签|补缴|补办|核减|审减|拨付|盘活|调整账目|上缴|缴入|缴回|收缴|追缴|完善制度|制度\d|问责)"
                      r"|已[将把]|仍有|尚有|尚未|剩余(?=\d|[一二三四五六七八九十两]|$)")  # $: the figure's start
# 违规发放津补贴涉及金额156.4万元，已责令退还138.2万元: a deed named alone that gets back or pays a sum acts on the sum
# named before it in the sentence (剩余48万元正在追缴中: the rest of it)
DEED_ON_SUM = re.compile(r"(?:剩余|其余|余下)?(?P<deed>(?:正在|责令|督促)?(?:追回|收回|清退|退还|追缴|补缴|上缴|缴回|收缴|归还)(?:资金|款项|金额)?中?)")
DEED_AFTER = re.compile(r"[，,](?:均|现|目前)?已(?:全部|全额)?(?:责令|督促)?(?:追回|收回|清退|退还|追缴|补缴|上缴|缴回|收缴|归还|整改)")
WHOLE_OF_SOME = re.compile(r"[^，,；;。\d]{1,16}中[，,]?已?有(?:\d|[一二三四五六七八九十两])")  # 8个项目中已有5个…: the 8
AS_OF_YEAR = re.compile(r"(?:截至|截止到|截止)((?:19|20)\d{2})年")
