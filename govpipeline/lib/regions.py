"""Places through cpca's gazetteer: the places a text names, and a division code's region with its hierarchy."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Region:
    code: str  # 6-digit administrative division code
    name: str  # full name, e.g. 长沙市雨花区
    level: str  # 'province' | 'city' | 'county'
    province: str | None
    city: str | None
    county: str | None


@lru_cache(maxsize=1)
def gazetteer():
    """The cpca package, imported on first use by the steps that read places."""
    import cpca

    return cpca


# the codes that group counties without being a city: 市辖区 and 县 of a municipality, 省直辖县级行政区划 (仙桃市)
_GROUPINGS = frozenset(("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"))
_MUNICIPALITIES = frozenset(("11", "12", "31", "50"))  # 北京, 天津, 上海, 重庆: a province and a city in one


@lru_cache(maxsize=1)
def _added_divisions() -> dict[str, str]:
    """Name -> code of the counties created or renamed after cpca's gazetteer was made (divisions_added.csv)."""
    text = Path(__file__).with_name("divisions_added.csv").read_text(encoding="utf-8")
    rows = [line.split(",") for line in text.splitlines() if line and not line.startswith("#")][1:]  # after the header
    return {name: code for code, name in rows}


@lru_cache(maxsize=1)
def _added_names() -> dict[str, str]:
    return {code: name for name, code in _added_divisions().items()}


@lru_cache(maxsize=1)
def _renamed_divisions() -> list[tuple[str, str, str]]:
    """(old code, old name, new code) of the counties renamed into a division of another name (divisions_renamed.csv:
    郫县 510124 -> 郫都区 510117)."""
    text = Path(__file__).with_name("divisions_renamed.csv").read_text(encoding="utf-8")
    rows = [line.split(",") for line in text.splitlines() if line and not line.startswith("#")][1:]
    return [(old_code, old_name, new_code) for old_code, old_name, new_code, _, _ in rows]


@lru_cache(maxsize=1)
def _old_names() -> dict[str, str]:
    """Old name -> old code of the renamed counties cpca does not know by their old name (陕县 411222)."""
    automaton = gazetteer().matcher.ac
    return {name: code for code, name, _ in _renamed_divisions() if name not in automaton}


def place_name(code: str) -> str | None:
    """Full name of an administrative division code, e.g. 430200 -> 株洲市; none for a code that only groups
    counties (500100, 市辖区 of 重庆市)."""
    if added := _added_names().get(code):
        return added  # a county newer than cpca, or renamed under its code (信都区, cpca's 桥西区 of 邢台市)
    addr = gazetteer().ad_2_addr_dict.get(code.ljust(12, "0"))  # cpca keys are 12-digit codes
    if addr is None and (old := next((name for name, old_code in _old_names().items() if old_code == code), None)):
        return old  # a county renamed away before cpca's list (陕县, now 陕州区); a kept code is the new name's (濂溪区)
    return addr.name if addr and addr.name not in _GROUPINGS else None


def government_name(code: str) -> str | None:
    """The name of a place's government, by the place's kind: a 盟's or a 地区's is its 行政公署 (阿拉善盟行政公署, 阿克苏地区行政公署),
    any other place's its 人民政府; none where the code names no place."""
    name = place_name(code)
    if name is None:
        return None
    return f"{name}行政公署" if name.endswith(("盟", "地区")) else f"{name}人民政府"


def _current_code(code: str, name: str) -> str:
    """The code the current list gives a county cpca knows by ``name`` under an older code (公主岭市, moved from
    四平市 to 长春市: 220381 -> 220184), within its province; else ``code``."""
    added = _added_divisions().get(name)
    return added if added and added != code and added[:2] == code[:2] else code


def _gazetteer_codes(word: str, code: str) -> list[str]:
    """cpca's own codes of the place ``word`` names that now has ``code`` (its old code, where it moved)."""
    automaton = gazetteer().matcher.ac
    found = automaton.get(word)[1] if word in automaton else ()
    return [addr.adcode for addr in found if addr.adcode != code and _current_code(addr.adcode, addr.name) == code]


@lru_cache(maxsize=1)
def _successors() -> dict[str, str]:
    """Old code -> new code of the counties the current list renamed into a division of a new code under the same
    city: 繁昌县 (340222) -> 繁昌区 (340212), 海门市 -> 海门区, 沙县 -> 沙县区 (cpca's county of the same name's stem),
    and those renamed under another name (divisions_renamed.csv: 郫县 -> 郫都区)."""
    found = {}
    for name, code in _added_divisions().items():
        stem = name[:-1]
        for old in {stem + "县", stem + "市", stem, name[:-2] + "县" if name.endswith("市") else ""} - {name, ""}:
            automaton = gazetteer().matcher.ac
            for addr in automaton.get(old)[1] if old in automaton else ():
                if addr.name == old and addr.adcode[:4] == code[:4] and addr.adcode != code \
                        and addr.rank == gazetteer().AddrInfo.RANK_COUNTY:
                    found[addr.adcode] = code
    return found | {old: new for old, _, new in _renamed_divisions() if old != new}  # under another name (郫县 -> 郫都区)


def former_names(code: str | None) -> list[str]:
    """The names a division renamed under its own code had before (濂溪区 360402: 庐山区, divisions_renamed.csv)."""
    return [name for old, name, new in _renamed_divisions() if old == new == (code or "")[:6]]


def old_name_ending(lead: str) -> str | None:
    """The renamed division's old name a body's or title's leading places end in (九江市庐山区: 庐山区), else None."""
    return next((name for name in _old_names() if lead.endswith(name)  # a whole place: 淳安县 does not end in 安县
                 and leading_places_span(lead[:len(lead) - len(name)])[1] == len(lead) - len(name)), None)


def successor(code: str | None) -> str | None:
    """The division that took the place of a county renamed under a new code (see ``_successors``), else None."""
    return _successors().get(code[:6]) if code else None


@lru_cache(maxsize=1)
def _spellings() -> dict[str, set[str]]:
    text = Path(__file__).with_name("place_pinyin.csv").read_text(encoding="utf-8")
    found: dict[str, set[str]] = defaultdict(set)
    for line in text.splitlines()[2:]:  # after the comment and the header
        spelling, code = line.split(",")
        found[spelling].add(code)
    return found


def places_spelled(word: str) -> frozenset[str]:
    """The codes of every place whose name, or name without its kind, ``word`` spells in pinyin in any reading
    (tiantai: 天台县; chaoyang: 北京's and 长春's 朝阳区, 朝阳市, 朝阳县, …), from place_pinyin.csv."""
    return frozenset(_spellings().get(word.lower(), ()))


@lru_cache(maxsize=1)
def _cities_with_counties() -> frozenset[str]:
    return frozenset(code[:4] for code, addr in gazetteer().ad_2_addr_dict.items()
                     if code[4:6] != "00" and addr.name not in _GROUPINGS)


def without_counties(code: str | None) -> bool:
    """Whether ``code`` is a city with no county or district under it (东莞市, 中山市, 儋州市, 嘉峪关市): its towns and
    街道 are the city's own."""
    return bool(code) and code.endswith("00") and not code.endswith("0000") and code[:4] not in _cities_with_counties()


def places_named(word: str) -> list[tuple[str, int, str]]:
    """(adcode, rank, full name) of every place cpca knows by ``word`` (西湖区: 杭州市's and 南昌市's), or that an
    autonomous prefecture's short name names (延边州), or a county newer than cpca (divisions_added.csv)."""
    automaton = gazetteer().matcher.ac
    found = automaton.get(word) if word in automaton else None
    if found:
        return [(_current_code(addr.adcode, addr.name), addr.rank, addr.name) for addr in found[1]]
    if word in _added_divisions():
        return [(_added_divisions()[word], gazetteer().AddrInfo.RANK_COUNTY, word)]
    return [_prefecture_short_names()[word]] if word in _prefecture_short_names() else []


@lru_cache(maxsize=1)
def _prefecture_short_names() -> dict[str, tuple[str, int, str]]:
    """An autonomous prefecture by the short name its own bodies use: the place's first characters and 州 (延边州,
    黔东南州, 恩施州 for 恩施土家族苗族自治州), each naming one prefecture and no place of its own."""
    automaton = gazetteer().matcher.ac
    short: dict[str, list] = defaultdict(list)
    for word in automaton.keys():
        for addr in automaton.get(word)[1]:
            if addr.name.endswith("自治州") and word == addr.name:
                for k in (2, 3, 4):
                    short[addr.name[:k] + "州"].append((addr.adcode, addr.rank, addr.name))
    return {w: found[0] for w, found in short.items() if len({c for c, _, _ in found}) == 1 and w not in automaton}


@lru_cache(maxsize=1)
def _place_index() -> tuple[dict[str, tuple[str, int, str]], dict[str, tuple[int, ...]], re.Pattern]:
    """cpca's place names and abbreviations of two characters or more, each with (adcode, rank, full name) of the
    place it names first; the lengths of the names that start with each pair of characters, longest first; and a
    pattern for the positions where such a pair can start."""
    automaton = gazetteer().matcher.ac
    places = {}
    for word in automaton.keys():
        if len(word) >= 2:  # a bare 县/区 names no place
            addr = automaton.get(word)[1][0]
            places[word] = (_current_code(addr.adcode, addr.name), addr.rank, addr.name)
    places |= _prefecture_short_names()
    places |= {name: (code, gazetteer().AddrInfo.RANK_COUNTY, name) for name, code in _added_divisions().items()
               if name not in places}
    lengths: dict[str, set[int]] = defaultdict(set)
    for word in places:
        lengths[word[:2]].add(len(word))
    first, second = ("[" + re.escape("".join(sorted({w[k] for w in places}))) + "]" for k in (0, 1))
    return (places, {pair: tuple(sorted(ns, reverse=True)) for pair, ns in lengths.items()},
            re.compile(first + "(?=" + second + ")"))


def place_mentions(text: str):
    """(adcode, rank, full name, start) for each place named in ``text``, left to right, the longest name at each
    position (株洲市 rather than 株洲), names not overlapping.

    The names are cpca's, looked up in a dict instead of its Aho-Corasick automaton: that automaton compares each
    character of the text with the ~900 first characters of names one by one, 600 ns a character.
    """
    places, lengths, pair_start = _place_index()
    after = 0
    for m in pair_start.finditer(text):
        i = m.start()
        if i < after:
            continue
        for n in lengths.get(text[i:i + 2], ()):
            place = places.get(text[i:i + n])
            if place:
                yield (*place, i)
                after = i + n
                break


_STREET = ("街道", "社区", "镇", "乡", "村")


def _under(code: str, parent: str) -> bool:
    return code.startswith(parent[:2] if parent.endswith("0000") else parent[:4])


# what may follow a city's short name when it names the city (宁波经济技术开发区, 苏州高新区, 黄山2023年): a zone, a
# year, another place; not 大学 (中山大学 is no body of 中山市) or any other word. A zone's own name may come first
# (合肥新站高新技术产业开发区).
_AFTER_SHORT_NAME = re.compile(r"(?:19|20)\d{2}|[（(]|[\u4e00-\u9fff]{0,6}?(?:经济|高新|新区|开发区|工业园|产业园|园区|保税|"
                               r"自贸|综合|片区|港区|试验区|实验区|示范区|管委会|管理委员会)")
# a customs district, a survey team or a financial regulator's branch named by the city it sits in (青岛海关,
# 国家统计局宜宾调查队, 国家金融监督管理总局盐城监管分局): the city's short name counts there when it is the city's name
# less its 市 (黄埔海关 is named after no city, and lies in 东莞)
_CITY_UNIT = re.compile(r"海关|调查队|监管分局")
# and their province's units, named by the province's short name (国家统计局湖南调查总队, 国家金融监督管理总局广西监管局)
_PROVINCE_UNIT = re.compile(r"调查总队|监管局")
# a zone's name, then the district it shares its government with: 苏州高新区（虎丘区）
_ZONE_DISTRICT = re.compile(r"[\u4e00-\u9fff]{1,12}?[区园][（(]([\u4e00-\u9fff]{2,8})[）)]")


def _told_apart(word: str, candidates: list[str], text: str, named_in: str) -> list[str]:
    """The places named ``word`` (西湖区) that ``text`` (who posted the report: its source, its site's owner) or else
    ``named_in`` (its text) point to. ``text`` counts by any name of a candidate's city or province; ``named_in`` only
    by a candidate named with its city or province (沈阳市和平区), or by the city's leadership a district's report
    credits (在南通市委、市政府的领导下), outside sentences on a partner: a text names other cities and provinces for
    many reasons (statistics, training, visitors), its own place among them or not."""
    mentioned = {c for c, _, _, _ in place_mentions(text)}
    told = [c for c in candidates if c[:4] + "00" in mentioned or c[:2] + "0000" in mentioned]
    if told or not named_in or mentioned - set(candidates):
        return told  # the poster names one, several, or another place: the text cannot overrule it
    partners = partner_sentences(named_in)
    return [c for c in candidates if any(
        not any(s <= m.start() < e for s, e in partners)
        for parent in _parent_names(c)
        for m in re.finditer(re.escape(parent) + "(?:" + re.escape(word) + "|" + _LEADERSHIP + ")", named_in))]


_LEADERSHIP = r"委\s*[、和与及]?\s*[市州盟]?(?:人民)?政府"  # 某市委、市政府: a city's party committee and government


def _parent_names(code: str) -> list[str]:
    """The names a place's city (or a municipality) goes by before its districts: 沈阳市 and 沈阳."""
    parent = place_name(code[:4] + "00") or place_name(code[:2] + "0000") or ""
    short = re.sub(r"(?:市|地区|盟)$", "", parent)
    return [parent, short] if parent and len(short) >= 2 and short != parent else [parent] if parent else []


def leading_places_span(name: str, text: str = "", named_in: str = "") -> tuple[str | None, int]:
    """(division code, end) of the place a body's name or a title opens with: 浙江省杭州市西湖区… -> ('330106', 9).
    Each place named after the first must lie under it (南京江北新区: 南京市, the 江北区 of other cities is no part
    of it). A name several places have (西湖区, 城区) with no place above it named is the one whose city or province
    ``text`` names, when exactly one is; where ``text`` names none, the one ``named_in`` names with its city
    (see ``_told_apart``); else none: an unknown place is better than another's. A city's short name
    counts only before a zone, a year or another place; a short name with its level (延边州) counts anywhere."""
    places, lengths, _ = _place_index()
    code, end = None, 0
    i = 0
    while i < len(name):
        word = next((name[i:i + n] for n in lengths.get(name[i:i + 2], ()) if name[i:i + n] in places), None)
        old = next((w for w, c in _old_names().items() if name.startswith(w, i) and len(w) > len(word or "")
                    and (code is None or _under(c, code))), None)
        if old:  # a county's old name, before its rename (陕县, 三门峡市陕县; 遵义县, not the city's short name 遵义)
            code, i = _old_names()[old], i + len(old)
            end = i
            continue
        if word is None or (len(word) == 2 and name.startswith(_STREET, i + 2)):
            break  # 东区街道, 城区社区: a quarter's street or town, not the district of that name
        named = places_named(word)
        if name.startswith("区", i + len(word)) and named and all(full[-1] in "市县" and full != word
                                                                 for _, _, full in named):
            break  # 九江市庐山区 is no 庐山市: a county or a county's city becomes a district, never the reverse, so a
            # district the gazetteer lacks is no county-level place of its words
        if (code is None and i + len(word) < len(name) and all(word != full for _, _, full in named)
                and (name.startswith("湾", i + len(word))
                     or word[-1] not in "省市县区旗州盟" and not _AFTER_SHORT_NAME.match(name, i + len(word))
                     and not _starts_with_place(name, i + len(word))
                     and not (_CITY_UNIT.match(name, i + len(word)) and [full for _, _, full in named] == [word + "市"])
                     and not (_PROVINCE_UNIT.match(name, i + len(word)) and [r for _, r, _ in named] == [0]))):
            break  # 中山大学, 太湖流域: a short name before a common word names no place; nor before 湾 (杭州湾新区 lies
            # in 宁波: a bay is named after one city and shores on others)
        candidates = sorted({c for c, _, _ in named})
        if code is not None:
            moved = [c for c, _, _ in named if any(_under(old, code) for old in _gazetteer_codes(word, c))]
            candidates = [c for c in candidates if _under(c, code) and c != code] or moved  # 四平市公主岭市: its
            # city before the county moved to another (cpca's code lay under it), the county's current code
            if not candidates:
                break  # a place that is not under the one before: the name goes on with something else
        elif len(candidates) > 1:
            candidates = _told_apart(word, candidates, text, named_in)
        if len(candidates) != 1:
            return code, end
        code = candidates[0]
        i += len(word)
        end = i
    if code and (zone := _ZONE_DISTRICT.match(name, end)):
        district = [c for c, _, _ in places_named(zone.group(1)) if _under(c, code) and c != code]
        if len(district) == 1:
            return district[0], end
    return code, end


def _starts_with_place(name: str, i: int) -> bool:
    places, lengths, _ = _place_index()
    return any(name[i:i + n] in places for n in lengths.get(name[i:i + 2], ()))


def leading_places(name: str, text: str = "", named_in: str = "") -> str | None:
    """Division code of the place a body's name or a title opens with (see ``leading_places_span``)."""
    return leading_places_span(name, text, named_in)[0]


def shared_place_name(name: str) -> bool:
    """Whether ``name`` opens with the full name of a place that several places have (和平区, 朝阳区)."""
    places, lengths, _ = _place_index()
    word = next((name[:n] for n in lengths.get(name[:2], ()) if name[:n] in places), None)
    named = places_named(word) if word else []
    return len(named) > 1 and all(word == full for _, _, full in named)


# a sentence on another place a body works with (对口支援, 东西部协作, 结对帮扶, 援建): its places are the partner's
_PARTNER = re.compile(r"对口|支援|援建|援疆|援藏|援青|协作|帮扶|结对|合作|共建|交流|考察")
_SENTENCE_END = "。；;！？!?\n"


def partner_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` on a partner."""
    spans = []
    for m in _PARTNER.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue  # in the sentence before
        start = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_END) + 1
        ends = [e for c in _SENTENCE_END if (e := text.find(c, m.end())) >= 0]
        spans.append((start, min(ends, default=len(text))))
    return spans


def dominant_place(text: str, level: str) -> str | None:
    """The city (``level`` 'city') or county ('county') that a text's place names point to overwhelmingly: at least
    5 weighted mentions (a city's own name counts 2, each of its counties 1) and 80 % of all of them, and for a county
    3 mentions and 80 % of its city's county mentions. A report that names other places as often finds none, and
    the places of a sentence on a partner (对口支援, 协作, 帮扶) do not count."""
    cities: Counter = Counter()
    counties: Counter = Counter()
    partners = partner_sentences(text)
    for code, rank, _, start in place_mentions(text):
        if rank == gazetteer().AddrInfo.RANK_PROVINCE or any(s <= start < e for s, e in partners):
            continue
        city = code[:4] + "00"
        if place_name(city) is None:  # municipalities: counties belong to the province-level city
            city = code[:2] + "0000"
        cities[city] += 1 if rank == gazetteer().AddrInfo.RANK_COUNTY else 2
        if rank == gazetteer().AddrInfo.RANK_COUNTY:
            counties[code] += 1
    if not cities:
        return None
    city, weight = cities.most_common(1)[0]
    if weight < 5 or weight < 0.8 * sum(cities.values()):
        return None
    if level == "city":
        return city
    own = Counter({c: n for c, n in counties.items() if c[:4] + "00" == city or c[:2] + "0000" == city})
    if not own:
        return None
    county, n = own.most_common(1)[0]
    return county if n >= 3 and n >= 0.8 * sum(own.values()) else None


def region_from_code(code: str | None) -> Region | None:
    if not code:
        return None
    code = code[:6]
    province = place_name(code[:2] + "0000")
    if code.endswith("0000"):
        return Region(code, province or code, "province", province, None, None)
    city = place_name(code[:4] + "00")
    if code.endswith("00"):
        return Region(code, city or code, "city", province, city, None)
    county = place_name(code)
    if city is None and code[:2] in _MUNICIPALITIES:  # counties of a municipality sit directly under it
        return Region(code, f"{province or ''}{county or ''}", "county", province, province, county)
    if city is None:  # 仙桃市: a county-level city under its province
        return Region(code, county or code, "county", province, None, county)
    return Region(code, f"{city}{county or ''}", "county", province, city, county)
