"""Finding figures: a number (digits or Chinese numerals, ranges, 三分之一, 九成), its scale (万, 亿), its unit and
its qualifier (近, 逾, 以上); and what is not a figure (dates, ordinals, slogans, codes, the base of a ratio).

Takes a ``Context``; gives the report's ``Fact`` candidates in text order, each with its value, unit, approx, kind
(``kinds``), scope (``scopes``) and year, but no label yet.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from govpipeline.lib.numbers import MULTIPLIERS, POINT_UNITS, decimals, parse_number, scaled
from govpipeline.lib.extract.context import Context, count_han, occurrences, positions
from govpipeline.lib.extract.kinds import kind_of
from govpipeline.lib.extract.model import Fact
from govpipeline.lib.extract.own_words import clean_label
from govpipeline.lib.extract import patterns as rx
from govpipeline.lib.extract.scopes import scope_of


def scan_figures(text: str):
    """``rx.FACT.finditer(text)``, tried only inside runs of numerals."""
    match = rx.FACT.match
    pos = 0
    for run in rx.NUMERAL_RUN.finditer(text):
        p, end = run.span()
        if p < pos:
            p = pos
        while p < end:
            m = match(text, p)
            if m:
                yield m
                p = pos = m.end()
            else:
                p += 1


def _bare_volumes(text: str) -> list[re.Match]:
    """``rx.BARE_VOLUME.finditer(text)``, tried only before a 万 or 亿 that no measure word follows: its opening
    alternation makes re test a class at every character (8x slower than finding 万)."""
    found: list[re.Match] = []
    for at, _ in occurrences(text, ("万", "亿")):
        after = text[at + 1:at + 2]
        if after and ("\u4e00" <= after <= "\u9fff" or after in "%‰㎡"):
            continue
        lo = max(at - rx.BARE_VOLUME_WIDTH, found[-1].end() if found else 0)
        found += (m for m in rx.BARE_VOLUME.finditer(text, lo, at + 2) if m.end() == at + 1)
    return found


def _reject(ctx: Context, m: re.Match, unit: str, numtext: str) -> bool:
    """Whether a match of the number pattern is not a statistic; checked before anything is computed for it. The
    tests are grouped by the unit and by whether the figure is in Chinese numerals, so that a figure meets only
    those that can hold for it."""
    text = ctx.text
    s, e = m.start(), m.end()
    before = text[s - 2:s] if s >= 2 else text[:s]  # a conditional: max() costs ~1,200 instructions a call in 3.11
    last = before[-1:]
    chinese = bool(numtext) and not numtext[0].isdigit()
    if unit == "年" and not (chinese and before == "连续") and "." not in numtext:
        return True  # years are dates, except "连续三年" and a length in years (平均受教育年限10.05年)
    nxt = text[e:e + 1]
    if last == "第" or last.isascii() and last.isalnum() and not _after_latin_word(text, s, e, unit) \
            or last in (".", "×", "*"):
        return True  # ordinals; part of a code, version, larger number or product (ISO9001, 3.0版, 7×24小时)
    if nxt == "级":
        return True  # 千吨级泊位, 百亿级产业集群: the size of a class of things, part of their name
    if last == "每" and unit not in rx.DURATION_UNITS:
        return True  # 每10万人中, 每100户: the base of a ratio, in digits as in words (每千人口)
    if last in ("万", "亿") and before[:1].isdigit():
        return True  # 12万3千余个: the tail of a number written in two parts, which alone would be a wrong figure
    if nxt and nxt in rx.NOT_A_UNIT_AFTER.get(unit, ""):
        return True  # the "unit" begins another word: 一次性, 三分之一, 十九大
    if nxt == "比" and unit == "分" and chinese:
        return True  # 决算数占预算数的百分比: the word for a percentage, no score (92.5分比上年… is one)
    if last == "在" and text[m.end("unit"):m.end("unit") + 1] in ("及", "以") \
            and rx.CLASS_BAR_AFTER.match(text, m.end("unit")) is not None:
        return True  # 班额在56人以上的大班额比例, 日均客流在1000人次以上的车站: the bar a class is drawn at, any unit's
    if _rejected_by_unit(text, m, unit, s, e, before, nxt):
        return True
    if last == "“" and (close := text.find("”", e, e + 12)) > e + 1 and count_han(text[e:close]) == close - e \
            and not (unit in rx.DURATION_UNITS and rx.DONE_IN.fullmatch(text, e, close)):
        return True  # a figure that opens a quoted name: “15分钟政务服务圈”, “24小时不打烊” (not “最多50个工作日”, nor
        # the time a slogan sets to get a thing done: 实现“0.5天办结”)
    if last == "个" and text[s - 3:s - 1] in rx.COUNTED_SLOGAN and nxt == "”":
        return True  # “两个100%”: a slogan that counts its goals
    if last in ("：", ":", " ") and rx.PAGE_COUNTER.search(text, s - 8, s):
        return True  # the web page's own counter: 浏览次数：1234
    if last == "按" and text.startswith(rx.COUNTED_AS, e) \
            or text.find("按", e, e + 18) > 0 and rx.COUNTING_RULE_AFTER.match(text, e):
        return True  # 提出3次以上申请的，按1件统计: a rule of counting, stated with its figures
    if ctx.titles[0] and ctx.inside(ctx.titles, s):
        return True  # inside a document title 《…》
    return chinese and _rejected_in_words(ctx, m, unit, numtext, s, e, before, nxt)


def _after_latin_word(text: str, s: int, e: int, unit: str) -> bool:
    """通过APP7828件, 购置CT2台: a count right after a Latin word (two letters or more, no code before them) counts
    what the word names; not a code's number (G318, H5, GB/T19001, MU5735次航班), nor a phase or score (GIS2期)."""
    return unit not in rx.NOT_AFTER_LATIN_WORD and rx.LATIN_WORD_BEFORE.search(text, s - 16, s) is not None \
        and not rx.NUMBERED_SERVICE.match(text, e)


def _rejected_by_unit(text: str, m: re.Match, unit: str, s: int, e: int, before: str, nxt: str) -> bool:
    """The tests of ``_reject`` that only figures of some units can meet."""
    if unit in ("名", "位"):
        # ranks (前三名, 后三名; not 先后3名), and 排名前移5位: a move in a ranking
        return before[-1:] == "前" or before[-1:] == "后" and before != "先后" or before in rx.RANKING_MOVES
    if unit in rx.DURATION_UNITS:
        # 15秒接通率98.5%, 1小时办结率: the time is part of the rate's name; 18小时不打烊旅游产品, 15分钟便民服务圈:
        # part of a thing's name
        return rx.NAMES_A_RATE.match(text, e) is not None \
            or bool(nxt) and "\u4e00" <= nxt <= "\u9fff" and rx.DURATION_NAME.match(text, e, e + 9) is not None \
            or nxt == "”" and before[-1:] == "“" and rx.DURATION_NAME.match(text, e + 1, e + 10) is not None  # “5分钟”便民生活圈
    if unit == "岁":
        # 5岁以下儿童死亡率: the age bounds the people the rate is of; 为1264名80周岁以上老人: the people just counted
        # (对70岁以上的老人 states one); 60周岁及以上人口10.2万人: the people counted right after it (65岁及以上老年人
        # 健康管理人数42.3万人: named at length); 部分60周岁以上经营者: some people of that age; 3-5岁幼儿: a class
        # (15岁及以上人口的平均受教育年限, 文盲人口（15岁及以上不识字的人）: 及以上 always bounds a class, no age said)
        return text.startswith(("及以上", "及以下"), m.end("unit")) or rx.AGE_IN_RATE.match(text, e) is not None \
            or before[-1:] in rx.PEOPLE_UNITS and (before[:1].isdigit() or before[:1] in rx.CN or before[:1] in "万亿") \
            and rx.AGE_BOUND.match(text, m.end("unit")) is not None \
            or rx.AGE_OF_PEOPLE_COUNTED.match(text, m.end("unit")) is not None \
            or rx.AGE_BOUND.match(text, m.end("unit")) is not None \
            and (before.endswith(rx.SOME_OF_AGE) or rx.AGE_OF_NAMED_COUNT.match(text, m.end("unit")) is not None) \
            or m.group("num2") is not None and rx.AGE_RANGE_CLASS.match(text, m.end("unit")) is not None \
            or rx.AGE_OF_SHARE.match(text, m.end("unit")) is not None  # 其中40岁以下的占38.3%: the class a share is of
    if unit in rx.MONEY_UNITS:
        # 10亿元以上项目9个: the sum sizes the class of projects counted; 收入超过30万元的村, 全部超过10万元: the bar
        # the things counted pass, part of their name
        return rx.SIZED_CLASS.match(text, m.end("unit")) is not None \
            or rx.SCOPE_THRESHOLD.search(text, s - 12, s) is not None \
            or before in rx.BAR_BEFORE and rx.BAR_CLASS.match(text, m.end("unit")) is not None \
            or text[s - 1:s] in rx.ALL_PASS_BAR_LAST and rx.ALL_PASS_BAR.search(text, s - 4, s) is not None
    if unit == "%":
        # 有3家单位按时办结率低于95%: the bar of the units counted, part of their name; 1%人口抽样调查: a survey's name
        return text.startswith("人口抽样调查", e) or text.endswith(rx.BAR_WORDS, s - 3 if s > 3 else 0, s) and rx.RATE_BAR_BEFORE.search(text, s - 28, s) is not None
    return False


def _rejected_in_words(ctx: Context, m: re.Match, unit: str, numtext: str, s: int, e: int, before: str,
                       nxt: str) -> bool:
    """The tests of ``_reject`` for a figure in Chinese numerals, which are often words, not statistics."""
    text = ctx.text
    if unit == "单":
        return True  # 两单两库, 三单一网: lists in a slogan's name; work orders are counted in figures (12560单)
    if ctx.inside(ctx.quotes, s):
        return True  # slogans: “最多跑一次” “三个一批” “两张皮”
    if unit == "类" and rx.CLASSES_MEASURED.match(text, e):
        return True  # 八大类商品和服务价格“四涨四降”: which classes a measure is of, no count of them
    if text.startswith(numtext, e):
        return True  # 千人千网, 千人千面, 百村百企: the numeral repeated after its unit makes a slogan, not a count
    if unit == "个" and text.startswith(rx.FORMULA_AFTER_COUNT, e):
        return True  # 两个确立, 四个意识: a political formula, not a count
    if nxt and "\u4e00" <= nxt <= "\u9fff" and rx.DETERMINED_BY_COUNT.match(text, e) \
            and rx.NO_DEED_BEFORE.fullmatch(ctx.clause_before(s)):
        return True  # 全年三项社会保险基金收入合计186.7亿元: which things the next figure is of, no count of them
    if before.endswith(rx.MEETING_ORDINAL):
        return True  # 十一届五次全会: which session of which congress
    if unit == "次" and text.startswith(rx.SESSIONS, e) and rx.SESSION_OF_CONGRESS.search(text, s - 7, s):
        return True  # 市十六届人大三次会议: a session's ordinal after its congress
    if unit == "元" and len(numtext) == 1 and nxt and "\u4e00" <= nxt <= "\u9fff":
        return True  # 城乡二元体制, 一元化: a word, not an amount (捐款五元。 ends its clause)
    if numtext == "一" and not m.group("mult") and unit not in rx.DURATION_UNITS \
            and unit != "倍" and unit not in POINT_UNITS \
            and not (nxt in rx.CLAUSE_ENDS and unit not in ("起", "步") and rx.COUNTED_ONCE.match(before[-1:])):
        # 一 with a measure word is an article (一个窗口, 一次办好), not a statistic (增长一倍 is one); at the end of
        # its clause after the thing counted it counts (开展培训一次。), but not after 跑 (最多跑一次) nor as 一起 or
        # 下一步
        return True
    if numtext == "二" and unit == "次" and "\u4e00" <= nxt <= "\u9fff":
        return True  # 二次回访, 二次供水: "a second …" (twice is 两次)
    if nxt and nxt in "一" and unit in ("个", "次", "张", "件"):
        return True  # 三个一批, 五个一
    if numtext[0] in "十百千万" and (before[-1:] == "几" or before == "百上"
                                  or before[-1:] == "数" and before[:1] not in "总人次户件个家基指项位天岁"):
        return True  # 数十家, 几十个, 成百上千: a vague multitude, no figure (总数十二个 is one)
    if before.endswith("每") and unit not in rx.DURATION_UNITS:
        return True  # 每千人口, 每万人, 每千名老年人: the base of a ratio (每两周 is how often: a period)
    if numtext[0] in "十百千万" and rx.RATE_BASE_AFTER.match(text, e):
        return True  # 十万人生产安全事故死亡率, 万人发病率: the base of the rate named right after it
    if rx.DEMONSTRATIVE_END.search(before) or before == "属于":
        return True  # 这三个部门 refers back to things already counted; 属于三类内部事务信息 names a category
    if rx.PRINCIPLE_COLON.match(text, e, e + 6):
        return True  # 做到三个明确：明确… names principles, not a statistic
    if before[-1:] == "”" and unit in rx.LISTED_KINDS:
        # “五一”“国庆”两个黄金周: the count restates the quoted names just before it (“…”六个方面 counts aspects; names
        # listed with 、 or 和, “A”、“B”和“C”三个栏目, are an enumeration, whose count is kept to check)
        return _quoted_names_before(ctx, s) == parse_number(numtext)
    return unit in rx.LISTED_KINDS and before[-1:] != "等" \
        and bool(listed := ctx.clause_before(s).count("、")) and listed + 1 == parse_number(numtext)
    # the last: 房产、国土两部门: the count restates the names just listed (等三家 counts them)


def _quoted_names_before(ctx: Context, pos: int) -> int:
    """How many quoted names stand back to back right before ``pos``."""
    starts, ends = ctx.quotes
    i, names = bisect_right(ends, pos) - 1, 0
    while i >= 0 and ends[i] == pos:
        names, pos, i = names + 1, starts[i], i - 1
    return names


def candidate_facts(ctx: Context, report_year: int | None) -> list[Fact]:
    """Every figure of the text, in order and numbered: printed with a unit, a bare volume (办件量逾50万), 万 or 亿
    alone after a qualifier (逾万人), a form row's figure with the unit in its label, and a 其中 list's member
    printed without its unit. Each has its kind, scope and year; labels come later."""
    facts = _printed_figures(ctx, report_year)
    facts += _bare_volume_facts(ctx, report_year)
    facts += _round_number_facts(ctx, report_year)
    facts += _whole_days(ctx, report_year)
    facts += _big_parts(ctx, report_year)
    facts += _form_row_facts(ctx, report_year)
    ratios = _ratio_parts(ctx, report_year) + _unitless_values(ctx, report_year)
    if ratios:  # 收入比…同比缩小0.06个百分点: a change in points the ratio reads in its own name, not twice
        read = {f.start for f in ratios}
        facts = [f for f in facts if f.start not in read]
    facts += ratios
    facts.sort(key=lambda f: f.start)
    facts = _ranges_of_two_figures(ctx, facts)
    facts += _bare_list_members(ctx, facts, report_year)
    facts += _bare_starting_points(ctx, facts, report_year)
    if "翻" in ctx.text:
        facts += _doublings(ctx, facts, report_year)
    facts.sort(key=lambda f: f.start)
    for i, f in enumerate(facts):
        f.idx = i
    return facts


def _printed_figures(ctx: Context, report_year: int | None) -> list[Fact]:
    """Figures the number pattern finds, less what is no statistic; 3分42秒 is one duration."""
    text = ctx.text
    facts: list[Fact] = []
    read_to = 0  # the end of a compound duration, whose second figure is no fact of its own
    for m in scan_figures(text):
        if m.start() < read_to:
            continue
        read = _read_figure(ctx, m)
        if read is None:
            continue
        value, value_max, unit, approx, start, numtext, scale = read
        end = m.end()
        if unit == "个" and (point := rx.POINTS_AFTER.match(text, end)):
            unit = "个" + point.group(1)  # 分别提高1.2个和2.5个百分点: the first says 个 of the points the second names
        if unit in rx.SMALLER_UNITS and value_max is None and (rest := rx.DURATION_REST.match(text, end)) \
                and rest.group("unit") in rx.SMALLER_UNITS[unit]:
            value, end = value * 60 + int(rest.group("n")), rest.end()
            unit, read_to = "秒" if rest.group("unit") == "秒" else "分钟", end
        facts.append(_fact(ctx, value, value_max, unit, approx, start, end, numtext, scale, report_year, m))
        if m.group("num") and text[start - 1:start] in ("和", "、"):
            facts += _unit_shared_with(ctx, m, unit, scale, report_year)
    return facts


def _read_figure(ctx: Context, m: re.Match) -> tuple[float, float | None, str, str | None, int, str, float] | None:
    """(value, value_max, unit, approx, start, numtext, scale) of a match of the number pattern: its number, range,
    scale, canonical unit and qualifier; None when it is no statistic."""
    text = ctx.text
    # the groups every figure asks for, in one call
    num, pct, cheng, per_mille, den, unit, alt, per = m.group("num", "pct", "cheng", "per_mille", "den", "unit", "alt",
                                                              "per")
    numtext = num or pct or cheng or per_mille
    if den:  # 三分之一, 近三分之二: a share in %, to two decimals
        numtext = f"{100 * parse_number(m.group('nom')) / parse_number(den):.2f}"
    if num:
        unit = f"{unit}({alt[1:-1]})" if alt else unit  # 人（次）: one way to print 人(次)
        unit = rx.UNIT_CANON.get(unit, unit)
        if per:  # 3.5元/立方米: a price or another amount per unit
            unit = f"{unit}/{rx.UNIT_CANON.get(per, per)}"
    else:
        unit = "‰" if per_mille else "%"  # 千分之八点五: 8.5‰
    if _reject(ctx, m, unit, numtext):
        return None
    value = parse_number(numtext)
    if value is None:
        return None
    value_max = None
    if cheng:
        tenth = m.group("tenth") or m.group("tenth_before")
        value = value * 10 + (parse_number(tenth) if tenth else 0)
    elif num and m.group("num2"):
        value_max = parse_number(m.group("num2"))
        if value_max is not None and value_max <= value:
            return None  # 2016-2018 style spans and codes, not ranges
        if (first := m.group("first")) and first != (unit if first == "%" else m.group("mult")):
            return None  # 1万—2万元 and 20%-30% repeat the scale or unit; 1万—2亿 is no range
    if unit == "%" and value > 1000:
        return None
    lookback = rx.PRE_BEFORE.search(text, m.start() - 5, m.start()) \
        if text[m.start() - 1:m.start()] in rx.PRE_LAST else None
    if lookback and lookback.group("pre") == "约" and text[lookback.start() - 1:lookback.start()] in rx.YUE_OF_VERB:
        lookback = None
    pre = lookback.group("pre") if lookback else None
    mult_text = m.group("mult")
    scale = MULTIPLIERS.get(mult_text, 1) if mult_text else 1
    if num and scale != 1:  # (at 1, scaled is the number parse_number read above)
        value = scaled(numtext, scale)
        value_max = scaled(m.group("num2"), scale) if value_max is not None else None
    sfx1, sfx2, cheng_more, post = m.group("sfx1", "sfx2", "cheng_more", "post")
    approx = sfx1 or sfx2 or cheng_more or post or pre
    approx = rx.APPROX_CANON.get(approx, approx) if approx else None
    if approx in rx.BOUNDS:  # a bound, not an approximation
        approx = None
    start = m.start()
    if pre and approx == rx.APPROX_CANON.get(pre, pre) and not lookback.group("link"):
        start = lookback.start()  # 近百次: the qualifier is part of the figure; in 约占2% it is not
    elif approx is None and numtext[0] in "百千" and text[start - 1:start] == "上":
        approx, start = "以上", start - 1  # 上百场, 上千人
    if num and value_max is None and text[start - 1:start] in rx.MINUS \
            and not (text[start - 2:start - 1].isascii() and text[start - 2:start - 1].isalnum()) \
            and text[start - 2:start - 1] not in rx.FIGURE_LAST:  # 12000元/年-31200元/年: a range's dash
        value, start = -value, start - 1  # 增长-3.5%, 增速为负3.5%: the sign the report prints is kept
    return value, value_max, unit, approx, start, numtext, scale


def _bare_volume_facts(ctx: Context, report_year: int | None) -> list[Fact]:
    """办件量逾50万, 粉丝量达12.5万: a figure with 万 or 亿 and no measure word, in the unit its counted word implies."""
    text = ctx.text
    facts: list[Fact] = []
    previous_end = 0
    for m in _bare_volumes(text):
        word_start = m.start()
        while word_start > max(previous_end, m.start() - 4) and "\u4e00" <= text[word_start - 1] <= "\u9fff":
            word_start -= 1
        word = text[word_start:m.end("word")]
        previous_end = m.end()
        if word_start == m.start() and len(word) == 1:
            continue  # a bare 量 or 数 says nothing
        unit = next((u for key, u in rx.IMPLIED_UNITS if key in word), None)
        if unit is None:
            continue  # no unit printed, and none that the word implies
        value = float(m.group("num")) * MULTIPLIERS[m.group("mult")]
        pre = m.group("pre")
        approx = rx.APPROX_CANON.get(pre, pre) if pre in ("逾", "超过", "超", "突破", "近", "约") else None
        start = m.start("pre") if approx else m.start("num")
        facts.append(_fact(ctx, value, None, unit, approx, start, m.end(), m.group("num"),
                           MULTIPLIERS[m.group("mult")], report_year, None))
    return facts


def _whole_days(ctx: Context, report_year: int | None) -> list[Fact]:
    """平均办理时限3日, 较上年缩短1日: 日 after a whole number is a time taken where the words before name one (FACT
    reads 日 only after a decimal: elsewhere it is a date's day, 12月31日). Found from 日 after a digit."""
    text = ctx.text
    facts = []
    for at in positions(text, "日", 1, len(text)):
        if not text[at - 1].isdigit():
            continue
        start = at - 1
        while start and text[start - 1].isdigit():
            start -= 1
        if start and text[start - 1] in ".月-/－" or not rx.TIME_TAKEN_BEFORE.search(text, max(0, start - 8), start):
            continue
        kind = kind_of("日", ctx.clause_before(start), "", None)
        facts.append(_fact(ctx, float(text[start:at]), None, "日", None, start, at + 1, text[start:at], 1, report_year,
                           None, unprinted_kind=kind))
    return facts


def _big_parts(ctx: Context, report_year: int | None) -> list[Fact]:
    """3大体系: a count of the big parts a whole is made of, in 个, named by what follows the digits, as a count by
    the noun after it (大体系). Found from 大 after a digit (大 is common; a digit before it is not)."""
    text = ctx.text
    facts = []
    for at in positions(text, "大", 1, len(text)):
        if text[at - 1].isdigit() and (m := rx.BIG_PARTS.match(text, at - 2 if text[at - 2:at - 1].isdigit() else at - 1)) \
                and not text[m.start() - 1:m.start()].isdigit() and not _reject(ctx, m, "个", m.group(1)):
            facts.append(_fact(ctx, float(m.group(1)), None, "个", None, m.start(), at, m.group(1), 1, report_year, None))
    return facts


def _round_number_facts(ctx: Context, report_year: int | None) -> list[Fact]:
    """逾万人, 近万件, 上亿元: 万 or 亿 alone after a qualifier is the number (not when it sizes a class: 上亿元项目)."""
    text = ctx.text
    facts: list[Fact] = []
    for word, pattern in rx.ROUND_NUMBERS:
        for m in pattern.finditer(text) if word in text else ():
            pre = next((q for q in rx.ROUND_QUALIFIERS if text.endswith(q, 0, m.start())), None)
            unit = rx.UNIT_CANON.get(m.group("unit"), m.group("unit"))
            if pre and not _reject(ctx, m, unit, word) and not rx.SIZED_BY.match(text, m.end()):
                approx = m.group("sfx") or rx.APPROX_CANON.get(pre, pre)
                facts.append(_fact(ctx, float(MULTIPLIERS[word]), None, unit, approx,
                                   m.start() - len(pre), m.end(), word, MULTIPLIERS[word], report_year, m))
    return facts


def _form_row_facts(ctx: Context, report_year: int | None) -> list[Fact]:
    """A form's row with the unit in its label: 网站总访问量（单位：次）, a tab, 3,875,210 (or a space, and the next
    row's words, on a crawled page that prints the whole form on one line)."""
    text = ctx.text
    facts: list[Fact] = []
    form_rows = rx.UNIT_IN_LABEL.finditer(text) if "（单位" in text or "(单位" in text else ()  # skip a dear scan
    row_end, group = -1, ""  # where the line's row before ended; the last group its words named
    for m in form_rows:
        line_start = text.rfind("\n", 0, m.start()) + 1
        head = text[max(line_start, row_end):m.start()]
        unit = rx.UNIT_CANON.get(m.group("unit"), m.group("unit"))
        scale = MULTIPLIERS.get(m.group("mult"), 1) if m.group("mult") else 1
        if "\t" in head or not (m.group("spaced") or row_end > line_start):
            words = [c.strip() for c in head.split("\t")]  # a row's cells: its group's, then its own
            if len(words) < 2:
                group = ""
            elif words[-2] or row_end <= text.rfind("\n", 0, line_start - 1):
                group = words[-2]  # (an empty cell right under a row: the group whose cell spans both)
        else:  # a form on one line: a row's words after the row before, its group's before them (信息发布 总数)
            if row_end < line_start:
                group = ""
            words = rx.FORM_NO_ROW.sub(" ", head).split()
            if not words:
                continue
            group = words[-2] if len(words) > 1 else group
        own = rx.FORM_PART_OF.sub("", words[-1])
        # a short word (总数, 关注量) or one the form prints in two groups (微博's and 微信's 信息发布量) is its group's
        twice = len(re.findall(rf"(?<![\u4e00-\u9fff]){re.escape(own)}[（(]单位", text)) > 1
        label = own if m.group("total") or not group or count_han(own) >= 6 and not twice else f"{group}:{own}"
        row_end = m.end()
        rows = [(label + (f":{m.group('total')}" if m.group("total") else ""), m.start("num"), m.end(), m.group("num"))]
        if m.group("total"):
            group = label  # 办件量（单位：件） 总数 90412 自然人办件量 70215: the parts after the total are its
        while m.group("total") and (more := rx.FORM_ROW_AFTER_TOTAL.match(text, row_end)):
            part = more.group("label")  # 办件量（单位：件） 总数 90412 自然人办件量 70215: its parts, in its unit
            rows.append((part if part.endswith(label) else f"{label}:{part}", more.start("num"), more.end(), more.group("num")))
            row_end = more.end()
        for name, start, end, num in rows:
            f = _fact(ctx, scaled(num, scale), None, unit, None, start, end, num, scale, report_year, None,
                      label=clean_label(name))
            # (the form is the report's year's, whatever year its line or a wrapped part of it states)
            f.kind, f.form_group, f.year = kind_of(unit, name, "", None), group, None
            facts.append(f)
    return facts


def _ratio_parts(ctx: Context, report_year: int | None) -> list[Fact]:
    """三次产业结构为9.8:26.1:64.1: parts that make 100 are shares in %, named after the structure's parts;
    性别比104.6:100: a ratio to 100 (or 1) is its first figure; other ratios give each part. A ratio's unit is 比."""
    text = ctx.text
    facts: list[Fact] = []
    last = None  # the ratio read before, and its name
    for colon, _ in occurrences(text, (":", "：")):
        if not (text[colon - 1:colon].isdigit() and text[colon + 1:colon + 2].isdigit()) \
                or last and colon < last[0].end():
            continue
        m = rx.RATIO.search(text, max(colon - 12, last[0].end() if last else 0), colon + 40)
        if m is None or not m.start() < colon < m.end():
            continue
        # 结构由上年的14.8:35.6:49.6调整为14.4:35.8:49.8, 收入比由上年的2.38:1缩小至2.31:1: the same ratio, now
        changed_to = last is not None and rx.RATIO_CHANGED_TO.fullmatch(text, last[0].end(), m.start()) is not None
        if changed_to:
            name = last[1]
        elif last is not None and text[last[0].end():m.start()] in ("和", "、", "与", "及"):
            name = last[1]  # 生师比分别为16.5:1和13.5:1: a ratio listed after one is of its measure
        else:
            before = ctx.clause_before(m.start())
            name = clean_label(before[:earlier.start()] if (earlier := rx.RATIO_FROM.search(before))
                               else before[:reached.start()] if (reached := rx.RATIO_REACHED.search(before)) else before)
        if not name.endswith(rx.RATIO_WORDS):
            continue  # 8:30 is a time of day
        last = m, name
        parts = list(rx.RATIO_PART.finditer(text, m.start(), m.end()))
        values = [float(p.group()) for p in parts]
        if len(values) == 2 and values[1] in (1, 100):
            parts, unit, kind, names = parts[:1], "比", "other", [name]  # 性别比104.6:100, 收入比2.09:1
            listed = _listed_ratios(text, m.end(), name)
            if listed is not None:
                parts, names = parts + listed[0], listed[1]
                last = rx.RATIO.match(text, listed[0][-1].start()), name  # the list's later ratios are read
        elif abs(sum(values) - 100) <= 0.05 * len(values):
            unit, kind = "%", "share"
            listed = next((v for k, v in rx.RATIO_NAMES.items() if name.startswith(k)), None)
            if listed is None and (industries := rx.LISTED_INDUSTRIES.match(name)):
                listed = [f"第{n}产业" for n in industries.groups() if n]
            names = [f"{name}:{part}" for part in listed] if listed and len(listed) == len(values) \
                else [f"{name}:第{k}项" for k in range(1, len(values) + 1)]
        else:
            unit, kind, names = "比", "other", [f"{name}:第{k}项" for k in range(1, len(values) + 1)]
        year = None
        for part, label in zip(parts, names):
            f = _fact(ctx, float(part.group()), None, unit, None, part.start(), part.end(), part.group(), 1,
                      report_year, None, label=label)
            f.kind = kind
            year = f.year = None if changed_to else year if part.start() > m.start() else f.year  # 上年的: all parts'
            facts.append(f)
        if unit == "比" and len(parts) == 1:
            facts += _ratio_change(ctx, m.end(), report_year, name)
    return facts


def _ratio_change(ctx: Context, end: int, report_year: int | None, name: str | None = None) -> list[Fact]:
    """收入比为2.02:1，比上年缩小0.04 (or 0.04个百分点), 性别比为106.3，比上年下降1.4: the change printed right after a
    ratio's figure (ending at ``end``), a bare number in the ratio's own measure; named after ``name`` when given."""
    if (change := rx.RATIO_CHANGE.match(ctx.text, end)) is None:
        return []
    stop = change.end(4) if change.group(4) else change.end(3)  # in points, the figure printed with its unit
    label = name + (change.group(1) or "") + change.group(2) if name else None
    return [_fact(ctx, float(change.group(3)), None, change.group(4) or "比", None, change.start(3), stop,
                  ctx.text[change.start(3):stop], 1, report_year, None, label=label, unprinted_kind="change")]


def _listed_ratios(text: str, end: int, name: str) -> tuple[list[re.Match], list[str]] | None:
    """小学、初中、普通高中生师比分别为15.8:1、12.4:1、13.6:1: the later ratios of a list after the first, each to 1 (or
    100), and every one's name (小学生师比, 初中生师比, 普通高中生师比), when the names listed are as many as the ratios."""
    later = []
    while (m := rx.LISTED_RATIO.match(text, end)) is not None:
        later.append(rx.RATIO_PART.match(text, m.start(1)))  # the ratio's first figure, as the list's first
        end = m.end()
    names = name.split("、")
    noun = rx.RATIO_NOUN.search(names[-1])
    if not later or len(names) != len(later) + 1 or noun is None or noun.start() == 0:
        return None
    return later, [x + noun.group() for x in names[:-1]] + [names[-1]]


def unitless_matches(text: str) -> list[re.Match]:
    """``rx.UNITLESS_VALUE.finditer(text)``, tried only where one of its words opens (its matches cannot overlap): a
    pattern opening with an alternation makes re test a class at every character of the text."""
    return [m for at, _ in occurrences(text, rx.UNITLESS_HEADS) if (m := rx.UNITLESS_VALUE.match(text, at))]


def _unitless_values(ctx: Context, report_year: int | None) -> list[Fact]:
    """Measures printed without a unit, each a fact of its own: an index (居民消费价格指数101.2) in index points (点);
    an income ratio (城乡居民收入比为2.17, 城乡收入倍差2.3) in 比, with its change (比上年缩小0.05); a death rate per
    the denominator its name states (亿元地区生产总值生产安全事故死亡率为0.031: deaths per 亿元); a sex ratio
    (性别比为104.32), as 比; a rate stated as a bare zero (败诉率为0) in %."""
    text = ctx.text
    facts: list[Fact] = []
    for m in unitless_matches(text):
        word = m.group(1)
        if text[m.end():m.end() + 1] in (":", "："):
            continue
        if word == "指数":
            unit, kind = "点", "other"
        elif word == "死亡率":
            if (per := rx.DEATH_RATE_PER.search(ctx.clause_before(m.start(2)))) is None:
                continue  # 死亡率为7.32 with its ‰ lost: no unit to give it
            unit, kind = "人/" + per.group(1).replace("10万", "十万").replace("万车", "万辆"), "rate"
        else:
            unit, kind = "比", "other"
        f = _fact(ctx, float(m.group(2)), None, unit, None, m.start(2), m.end(2), m.group(2), 1, report_year, None)
        f.kind = kind
        facts.append(f)
        if unit == "比":
            facts += _ratio_change(ctx, m.end(), report_year)
    for at in positions(text, "率", 1, len(text)):
        if text[at - 2:at] != "死亡" and (m := rx.ZERO_RATE.match(text, at)):  # 败诉率为0: a rate of 0 %
            f = _fact(ctx, 0.0, None, "%", None, m.start(1), m.end(1), "0", 1, report_year, None)
            f.kind = "rate"
            facts.append(f)
    for at in positions(text, "性别比", 0, len(text)):  # …性别比为104.32: a ratio to 100, named by its words
        if m := rx.SEX_RATIO_VALUE.match(text, at):
            name = clean_label(ctx.clause_before(at) + "性别比")
            f = _fact(ctx, float(m.group(1)), None, "比", None, m.start(1), m.end(1), m.group(1), 1, report_year, None,
                      label=name)
            f.kind = "other"
            facts += [f, *_ratio_change(ctx, m.end(), report_year, name)]
    return facts


def _unit_shared_with(ctx: Context, m: re.Match, unit: str, scale: float, report_year: int | None) -> list[Fact]:
    """分别提高1.2和2.5个百分点: the bare numbers listed before a figure after 分别 take its unit and multiplier."""
    listed: list[re.Match] = []
    end = m.start()
    while (bare := rx.SHARED_UNIT.search(ctx.text, end - 12, end)) is not None:
        listed.append(bare)
        end = bare.start()
    if not listed or "分别" not in ctx.clause_before(end):
        return []
    return [_fact(ctx, scaled(b.group(1), scale), None, unit, None, b.start(), b.end(1), b.group(1), scale,
                  report_year, m) for b in listed]


def _ranges_of_two_figures(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """12000元/年-31200元/年不等: two figures of one unit joined by a dash are one range, with ``value_max``; in
    每人每月800元至1200元 the upper figure is per the period its lower one is."""
    out: list[Fact] = []
    for f in facts:
        low = out[-1] if out else None
        if low is not None and (low.unit == f.unit or low.unit.startswith(f.unit + "/")) \
                and low.value_max is None and f.value_max is None \
                and f.value > low.value > 0 and f.start - low.end == 1 and rx.RANGE_GAP.match(ctx.text, low.end) \
                and low.approx is None and f.approx is None:
            low.value_max, low.end, low.quote = f.value, f.end, ctx.text[low.start:f.end]
            continue
        out.append(f)
    return out


def _bare_starting_points(ctx: Context, facts: list[Fact], report_year: int | None) -> list[Fact]:
    """最低工资标准从1580提高至1760元: the bare figure after 从/由 takes the unit and scale of the figure it changed
    to, the next one in its clause."""
    text = ctx.text
    if "从" not in text and "由" not in text:
        return []
    out = []
    starts = [f.start for f in facts]
    # found from 从 and 由: re skips ahead fast to one literal, not to a class that opens a pattern
    for at, _ in occurrences(text, ("从", "由")):
        if not text[at + 1:at + 2].isdigit() or (m := rx.BARE_STARTING_POINT.match(text, at)) is None:
            continue
        i = bisect_right(starts, m.end())
        if i >= len(facts) or ctx.clause_end(m.end()) < facts[i].start or facts[i].start - m.end() > 6:
            continue
        after = facts[i]
        f = _fact(ctx, scaled(m.group("num"), after.scale), None, after.unit, None, m.start("num"), m.end("num"),
                  m.group("num"), after.scale, report_year, None)
        f.kind = after.kind
        out.append(f)
    return out


def _after_其中(ctx: Context, pattern: re.Pattern):
    """``pattern.finditer(ctx.text)``, searched only from a sentence's first 其中 to the sentence's end."""
    end = 0
    for start in positions(ctx.text, "其中", 0, len(ctx.text)):
        if start >= end:
            end = ctx.sentence(start)[1]
            yield from pattern.finditer(ctx.text, start, end)


def _bare_list_members(ctx: Context, facts: list[Fact], report_year: int | None) -> list[Fact]:
    """A member of a 其中 list printed without its measure word (其中承诺件4016件，即办件53349，…) takes the unit
    of the member before it."""
    out = []
    starts = [f.start for f in facts]
    for m in _after_其中(ctx, rx.BARE_MEMBER):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or not "\u4e00" <= ctx.text[m.start() - 1] <= "\u9fff":
            continue
        prev = facts[i]
        between = ctx.text[prev.end:m.start()]
        s0, _ = ctx.sentence(m.start())
        if prev.kind != "count" or prev.start < s0 or not rx.NEXT_MEMBER.fullmatch(between):
            continue
        if "其中" not in ctx.text[s0:prev.start]:
            continue
        out.append(_fact(ctx, float(m.group("num")), None, prev.unit, None, m.start(), m.end(), m.group("num"), 1,
                         report_year, None, label=clean_label(between)))
    return out


def _doublings(ctx: Context, facts: list[Fact], report_year: int | None) -> list[Fact]:
    """实际使用外资4.8亿美元，翻了一番: a doubling told after a figure, with no earlier figure printed, is a change of
    +100 %, named like the measure's other changes (实际使用外资增长). 较2021年的4300件翻了一番 prints the earlier figure
    in the same clause: the doubling is the relation of the two, no fact of its own."""
    text = ctx.text
    ends = [f.end for f in facts]
    out = []
    for at in positions(text, "翻", 0, len(text)):
        m = rx.DOUBLED.match(text, at)
        i = bisect_right(ends, at) - 1
        if m is None or i < 0 or facts[i].kind == "change" or facts[i].start < ctx.sentence(at)[0] \
                or not rx.DOUBLED_AFTER.fullmatch(text, facts[i].end, at):
            continue
        out.append(_fact(ctx, 100.0, None, "%", None, at, m.end(), "", 1, report_year, None, label="增长",
                         unprinted_kind="change"))
    return out


def _compared_year_before(ctx: Context, s0: int) -> re.Match | None:
    """The year a section compares with (与2010年第六次全国人口普查相比，…), said in a sentence before ``s0`` under the
    same heading: the year of a pair's first figure (由9.12年提高至10.05年) whose own sentence names none."""
    start = max(0, s0 - 400)
    for heading in rx.HEADING_LINE_START.finditer(ctx.text, start, s0):
        start = heading.end()
    found = None
    for found in rx.COMPARED_WITH_YEAR.finditer(ctx.text, start, s0):
        pass
    return found


def _fact(ctx: Context, value: float, value_max: float | None, unit: str, approx: str | None, start: int,
          end: int, numtext: str, scale: float, report_year: int | None, m: re.Match | None, label: str | None = None,
          unprinted_kind: str = "count") -> Fact:
    """A figure with its kind, scope and year, read from the words around it; numbered once all are found. A figure
    the number pattern did not find (``m`` is None) is of ``unprinted_kind``."""
    text = ctx.text
    s0, s1 = ctx.sentence(start)
    before = ctx.clause_before(start)
    if "/" not in unit and "每" in before and ((per := rx.PER_PERIOD.search(before, len(before) - 6))
                                             or before[-1:] in ("和", "、") and (per := rx.PER_PERIOD_LISTED.search(before))):
        unit = f"{unit}/{per.group(1)}"  # 每人每月860元和720元: the second is per month too
    elif unit in rx.MONEY_UNITS and "每" in before[-3:] and (per := rx.PER_AREA_PRICE.search(before)):
        unit = f"{unit}/{rx.UNIT_CANON.get(per.group(1), per.group(1))}"
    after = ctx.clause_after(end) if unit in ("%", "‰") else ""  # kind_of reads it for a rate or share alone
    after_aside = text[start - len(before) - 1:start - len(before)] in ("）", ")")  # the clause opens after a ）
    words = ctx.words_before(start, before) if after_aside else before  # with the parenthesis, read once
    if unit in ("%", "‰") and after_aside:
        kind = kind_of(unit, words, after, m)  # 占…比重（城镇化率）为64.68%
    elif unit in ("%", "‰") and not before and text[start - 1:start] in ("（", "(") \
            and text[end:end + 1] in ("）", ")") and rx.FIGURE_END.search(text, start - 12, start - 1):
        kind = "share"  # 城乡建设8.2万件（14.4%）: the figure's share of the whole
    else:
        kind = kind_of(unit, before, after, m, text[s0:start - len(before)]) if m is not None else unprinted_kind
        if kind == "count" and m is not None and after_aside:
            # 较上年（32件）增加13件: the change is stated around the earlier year's figure
            kind = kind_of(unit, rx.ASIDE.sub("", words), after, m)
    if kind != "change" and unit not in ("%", "‰") and m is not None and before[-1:] in rx.COMPARED_LAST \
            and (rx.COMPARED_WITH_FIGURE.match(before) or rx.CHANGED_BY_END.match(before)
                 and rx.COMPARISON_CLAUSE.search(text[s0:start - len(before)])):
        kind = "change"
    if unit == "年" and "." in numtext:
        kind = "other"  # a length in years (受教育年限10.05年), as a life expectancy in 岁 is
    if kind == "count" and "每" in words and rx.PER_CAPITA.search(words):
        kind = "rate"  # read with a parenthesis the words hold: 每千人口执业（助理）医师
    scope = scope_of(ctx, start, words, s0, s1)
    year = None
    # 较上年（32件）: an aside's figure is of the year the words before the aside name
    said = ctx.clause_before(start - 1) if not before and text[start - 1:start] in ("（", "(") else before
    if kind != "change" and "年" in said[-7:] and rx.PREVIOUS_YEAR.search(said):
        year = report_year - 1 if report_year else None
    else:
        stated = ctx.last_before(ctx.years, start, s0)
        while stated and kind == "change" and (text[stated.start() - 1:stated.start()] in ("比", "较", "与", "同") or
                                               unit == "倍" and text[stated.start() - 1:stated.start()] in ("是", "为")):
            # 较2020年增加, 是2018年的1.4倍: the year compared with is not the figure's, nor one compared with before
            stated = ctx.last_before(ctx.years, stated.start(), s0)
        if stated and text[stated.start() - 1:stated.start()] in ("比", "较", "与", "同") \
                and (rx.PAIR_TO.search(before) or not before.endswith(("由", "从"))
                     and rx.COMPARISON_CLOSED.search(text, stated.end(), start)):
            # 与2010年相比，…由10652人上升为16816人, 与2015年相比，文盲人口为2.3万人: a figure after the comparison
            # closed is not that year's (由… in it is, and so is 比2010年的3.03人 or 与2010年的512306人相比)
            stated = None
        if unit == "点" and stated and rx.INDEX_BASE_YEAR.match(text, stated.end()):
            stated = None  # 价格指数（2020年=100）为103.1: the index's base year, not the year it is of
        if stated and text.startswith(("以来", "起"), stated.end()):
            stated = None  # 对2016年以来制发的文件进行梳理，共梳理64件: when a span began, not the figure's year
        if stated and text.startswith("的", stated.end()) and start > stated.end() + 1 \
                and text[stated.end() + 1:stated.end() + 2].isdigit():
            stated = None  # 从2021年的92.3%提高到99.4%: the year is the first figure's only
        if stated is None and before[-1:] in ("由", "从"):
            stated = _compared_year_before(ctx, s0)  # …相比，…由10652人上升为16816人。…由9.12年提高至10.05年
        year = int(stated.group(1)) if stated else None
        if year is not None and year - 1 == report_year and int((opened := rx.MONTH_SPAN_OPEN.search(
                text, max(s0, stated.start() - 12), stated.start())) and opened.group(1) or 0) == report_year:
            year = report_year  # 2022年7月至2023年6月 in a report on 2022: the period's work is told for the year reported
    # every field by position, in model.Fact's order: type() packs 19 keywords in a dict and out again, ~10,000
    # instructions a fact (2.3 % of extraction)
    return Fact(
        0, value, value_max, unit, kind, approx, label or "",  # idx .. metric
        scope, year, text[start:end], start, end, None,  # scope, year, quote, start, end, section
        ctx.sentence_text(s0, s1), decimals(numtext) if numtext and numtext[0].isdigit() else 0, scale,  # sentence ..
        ctx.inside(ctx.parens, start) is not None, False, label or "", "", False, s0,  # in_paren .. sentence_start
        before,  # clause
    )
