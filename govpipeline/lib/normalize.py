"""Decoded report text -> clean Simplified text, with an offset map back to the decoded source.

Steps, in order (each one's edits are mapped, so provenance survives all of them):
  1. web boilerplate lines (breadcrumbs, font widgets, counters, share/print links)
  2. GBK byte-shift mojibake runs, repaired only when the result is clearly better text
  3. pinyin glosses after characters: 網(wǎng)站 -> 網站
  4. full-width digits/letters/％/． -> ASCII, radicals a PDF's font mapped -> characters (⼈ -> 人), whitespace
     unified
  5. runs of '?' that stand for lost spaces (吴? 魁 -> 吴魁)
  6. Traditional -> Simplified (OpenCC t2s) when the document is Traditional
  7. a crawler's Markdown marks (# headings, > quotes) when the text opens with a # heading
  8. a crawler's `key: value` header (or a JSON record, or a 信息公开 table's tab-separated rows) and a page's info line (来源, 发布时间, …) are read into ``page_info`` and
     taken out of the text, so that extraction never reads them as the report's words; so are the info line,
     信息公开 table and site footer (主办单位, 网站标识码, ICP备) under the report
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from govpipeline.lib.charsets import SHARED_GLYPHS, common_han, is_han
from govpipeline.lib.line_wraps import wrap_edits
from govpipeline.lib.offsets import Edit, OffsetMap, apply_edits, compose


@dataclass
class Normalized:
    text: str
    offsets: OffsetMap
    script: str  # 'simplified' | 'traditional'
    repairs: list[dict] = field(default_factory=list)  # what was repaired or left damaged, for findings
    page_info: list[tuple[str, str]] = field(default_factory=list)  # (key, value) of the header lines taken out


# ---------------------------------------------------------------------------------------------- boilerplate
# the label before a page's breadcrumb, as sites word it (longest first, so that no shorter one ends a longer)
CRUMB_KEYS = tuple(sorted(("当前位置", "當前位置", "您现在的位置", "您的位置", "您当前的位置", "您当前所在位置", "当前所在位置",
                           "您所在的位置", "您现在所在的位置", "所在位置", "当前的位置", "现在位置", "您目前的位置", "您的当前位置",
                           # bilingual templates
                           "You are here", "you are here", "Location", "Current Location", "Current location",
                           "Your Location", "Your location", "Your Position", "Your position"),
                          key=len, reverse=True))
# a breadcrumb's first step: the site's home page (Home on bilingual templates)
HOME_STEP = r"(?:网站首页|首页|Home|HOME)"
_BOILERPLATE_LINE = re.compile(
    r"[ \t\u3000]*(?:"
    rf"(?:{'|'.join(CRUMB_KEYS)})[:：].*"
    r"|(?:打印本页|打印|分享|收藏|阅读原文|返回列表|返回顶部|关闭本页|关闭窗口|關閉本頁|關閉窗口|返回頂部|相关文档[:：]?|相關文檔[:：]?"
    r"|扫一扫在手机打开当前页|掃一掃在手機打開當前頁|【?打印】?|【?关闭】?)"
    # an account's article copied with its widgets: 点击上方蓝字关注我们 above, 阅读原文 / 阅读 2,305 在看 12 /
    # 分享 收藏 点赞 under it
    r"|点击上方\S{0,12}关注\S{0,8}"
    r"|(?:(?:阅读原文|阅读|在看|分享|收藏|点赞|写留言|留言|喜欢作者)[ \t]*(?:\d[\d,.]*万?\+?)?[ \t]*){2,}"
    r"|(?:[•·]\s*)?(?:扫一扫在手机打开当前页|掃一掃在手機打開當前頁)"
    r"|(?:第\s*\d+\s*页\s*/?\s*共\s*\d+\s*页|共\s*\d+\s*页|\d+\s*/\s*\d+\s*页)"
    r")[ \t\u3000]*"
)
# Inline widgets inside a metadata line: keep the dates and sources, drop the widgets and counters.
_INLINE_WIDGETS = re.compile(
    # not past the line's end; 发文字号 is a document number's label
    r"(?:字体|字體|文字大小|(?<!文)字号|字體大小|字体大小)[:：]?[ \t]*(?:【?[大中小]】?[ \t]*)*"
    # (an empty counter's line run into the text, 浏览次数： 2024年，… or 浏览次数： 1-10月，…, keeps the text's year
    # or month)
    r"|(?:浏览次数|浏览量|瀏覽次數|瀏覽量|阅读次数|点击数|点击量|閱讀次數)[:：][ \t]*(?:\d+(?![\d年月.\-－—~至]))?"
)


_TRAILING_COUNTER = re.compile(r"\n[ \t]*(\d{4,})[ \t]*\s*$")
# Every boilerplate line and widget holds one of these words. A pattern whose branches all start with a literal lets
# the engine skip ahead to their first characters; a branch starting with a class or a repeat makes it try every position.
_BOILERPLATE_HINT = re.compile(r"位置|打印|分享|收藏|返回|关闭|關閉|扫一扫|掃一掃|相关|相關|页|頁|字体|字體|字号|文字大小|浏览|瀏覽|阅读|閱讀|点击")
_HEAD = 300  # page chrome sits in the first and last lines of a page, around the article


def _widget_span(text: str, m: re.Match) -> tuple[int, int]:
    """Where an inline widget begins and ends, with the brackets around it (【字体：大 中 小】, [字号：大 中 小])."""
    start, end = m.span()
    closed = m.group().rstrip()[-1:] in ("】", "]")
    if not closed and text[end:end + 1] in ("】", "]"):
        closed, end = True, end + 1
    return (start - 1 if closed and text[start - 1:start] in ("【", "[") else start), end


def _boilerplate_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    windows = [(0, min(len(text), _HEAD))]
    if len(text) > 2 * _HEAD:
        windows.append((text.rfind("\n", 0, len(text) - _HEAD) + 1, len(text)))
    else:
        windows = [(0, len(text))]
    for lo, hi in windows:
        if not _BOILERPLATE_HINT.search(text, lo, hi):
            continue
        if lo == 0:
            edits += [(*_widget_span(text, m), "") for m in _INLINE_WIDGETS.finditer(text, 0, min(hi, _HEAD))]
        pos = lo
        for line in text[lo:hi].split("\n"):
            if len(line) <= 40 and line.strip() and _BOILERPLATE_LINE.fullmatch(line) and not _INFO_KEY.search(line):
                edits.append((pos, pos + len(line), ""))
            pos += len(line) + 1
    tail_start = max(0, len(text) - 40)
    counter = _TRAILING_COUNTER.search(text, tail_start)
    if counter:  # a hit counter is the page's last line; digit lines elsewhere may be table rows
        edits.append((counter.start(1), counter.end(1), ""))
    return _merge(edits)


def _merge(edits: list[Edit]) -> list[Edit]:
    """Sort edits and drop any that overlap an earlier one."""
    out: list[Edit] = []
    last = -1
    for e in sorted(edits, key=lambda e: (e[0], -e[1])):
        if e[0] >= last:
            out.append(e)
            last = e[1]
    return out


# ---------------------------------------------------------------------------------------------- mojibake
def _is_suspect(ch: str) -> bool:
    o = ord(ch)
    return (
        0xE000 <= o <= 0xF8FF  # private use: GBK user-defined area hit by shifted bytes
        or 0x3100 <= o <= 0x312F  # bopomofo
        or 0x2500 <= o <= 0x257F  # box drawing
        or 0xFE50 <= o <= 0xFE6F  # small form variants
        or o == 0xFFFD
    )


def _badness(text: str) -> int:
    common = common_han()
    bad = 0
    for ch in text:
        if _is_suspect(ch) or ch == "?":
            bad += 2
        elif is_han(ch) and ch not in common:
            bad += 1
    return bad


def _cp936_bytes(run: str) -> bytes:
    """Bytes as the damaging converter saw them: cp936 (where 0x80 is €), GB18030 for its user-defined area."""
    out = bytearray()
    for ch in run:
        if ch == "€":  # Windows cp936 maps 0x80 to the euro sign; Python's gbk codec does not
            out += b"\x80"
            continue
        try:
            out += ch.encode("gbk")
        except UnicodeEncodeError:
            out += ch.encode("gb18030", errors="replace")
    return bytes(out)


_SUSPECT = re.compile("[\ue000-\uf8ff\u3100-\u312f\u2500-\u257f\ufe50-\ufe6f\ufffd]")


def _mojibake_edits(text: str, repairs: list[dict]) -> list[Edit]:
    """Find runs of GBK text shifted by one byte and decode them back when that is clearly better."""
    seeds = [m.start() for m in _SUSPECT.finditer(text)]
    if not seeds:
        return []
    clusters: list[list[int]] = []
    for i in seeds:
        if clusters and i - clusters[-1][1] <= 8:
            clusters[-1][1] = i
        else:
            clusters.append([i, i])
    edits: list[Edit] = []
    last_end = 0
    for a, b in clusters:
        if b < last_end:
            continue
        a = max(a, last_end)
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        line_end = len(text) if line_end < 0 else line_end
        starts = sorted({max(line_start, last_end, a - k) for k in range(0, 4)})
        horizon = min(line_end, b + 12)
        lo = starts[0]
        # per-character bytes and running badness of the window, so each candidate costs one decode
        char_bytes = [_cp936_bytes(ch) for ch in text[lo:horizon]]
        bad_prefix = [0]
        for ch in text[lo:horizon]:
            bad_prefix.append(bad_prefix[-1] + _badness(ch))
        baseline = bad_prefix[-1]
        best: tuple[int, int, int, str] | None = None
        for s in starts:
            for e in range(b + 1, horizon + 1):
                raw = b"".join(char_bytes[s - lo:e - lo])
                outside = bad_prefix[s - lo] + baseline - bad_prefix[e - lo]
                if best is not None and outside >= best[0]:
                    continue
                for drop in (1, 2):
                    fixed = raw[drop:].decode("gbk", errors="replace")
                    if "\ufffd" in fixed:
                        continue
                    score = outside + _badness(fixed)
                    if best is None or score < best[0]:
                        best = (score, s, e, fixed)
        if best is not None and best[0] + 2 <= baseline and _badness(best[3]) == 0:
            _, s, e, fixed = best
            edits.append((s, e, fixed))
            repairs.append({"kind": "mojibake_repaired", "start": s, "end": e, "before": text[s:e], "after": fixed})
            last_end = e
        else:
            repairs.append({"kind": "mojibake_left", "start": a, "end": b + 1, "before": text[max(0, a - 4):b + 5],
                            "after": None})
    return edits


# ---------------------------------------------------------------------------------------------- pinyin glosses
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_GLOSS = re.compile(r"\((?=[a-zü" + _TONED + r"]*[" + _TONED + r"])[a-zü" + _TONED + r"]{1,6}\)")


def _gloss_edits(text: str) -> list[Edit]:
    if "(" not in text:
        return []
    return [(m.start(), m.end(), "") for m in _PINYIN_GLOSS.finditer(text) if m.start() and is_han(text[m.start() - 1])]


# ---------------------------------------------------------------------------------------------- '?' runs
_QMARK_RUN = re.compile(r"[ \u3000]*[?？](?:[?？ \u3000]*[?？])?[ \u3000]*")


def _lines_with_qmarks(text: str):
    """(offset, line) of each line holding a '?' or '？', found without scanning every line."""
    pos = 0
    found = [text.find(q) for q in "?？"]  # the next '?' and the next '？', kept so that neither is searched for twice
    while True:
        hits = [i for i in found if i >= 0]
        if not hits:
            return
        hit = min(hits)
        start = text.rfind("\n", 0, hit) + 1
        end = text.find("\n", hit)
        end = len(text) if end < 0 else end
        yield start, text[start:end]
        pos = end + 1
        found = [text.find(q, pos) if 0 <= i < pos else i for q, i in zip("?？", found)]


def _qmark_edits(text: str) -> list[Edit]:
    """'?' runs between Han characters stood for (full-width) spaces lost in conversion.

    Names of two characters were padded to the width of three (吴　魁), so a single Han character standing
    alone between runs belongs to its neighbour: paired with another lone character, or else joined to the
    word before it.
    """
    edits: list[Edit] = []
    for base, line in _lines_with_qmarks(text):
        runs = [m for m in _QMARK_RUN.finditer(line)
                if (m.start() == 0 or is_han(line[m.start() - 1]) or line[m.start() - 1] in "：:）)")
                and (m.end() == len(line) or is_han(line[m.end()]) or line[m.end()] in "（(")]
        if not runs:
            continue
        # tokens between runs
        bounds = [0] + [x for m in runs for x in (m.start(), m.end())] + [len(line)]
        tokens = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
        lone = [t[1] - t[0] == 1 and is_han(line[t[0]]) for t in tokens]
        join = [False] * len(runs)  # join[i]: run i (between token i and i+1) is inside a name
        i = 0
        while i < len(tokens):
            if lone[i]:
                if i + 1 < len(tokens) and lone[i + 1]:
                    join[i] = True
                    i += 2
                    continue
                if i > 0 and not join[i - 1]:
                    join[i - 1] = True
            i += 1
        for k, m in enumerate(runs):
            repl = "" if join[k] else " "
            if m.start() == 0 or m.end() == len(line):
                repl = ""
            edits.append((base + m.start(), base + m.end(), repl))
    return edits


# ---------------------------------------------------------------------------------------------- width and space
_WIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
_WIDTH.update({0xFF21 + i: 0x41 + i for i in range(26)})
_WIDTH.update({0xFF41 + i: 0x61 + i for i in range(26)})
_WIDTH.update({0xFF05: 0x25, 0xFF0E: 0x2E, 0x2030: 0x2030, 0x3000: 0x20, 0xA0: 0x20, 0x2002: 0x20, 0x2003: 0x20,
               0x2009: 0x20, 0x200B: 0x20, 0xFEFF: 0x20})
_WIDTH.update(SHARED_GLYPHS)
_WIDE = "[" + "".join(re.escape(chr(k)) for k in _WIDTH) + "]"
# a full-width comma between full-width digits, three after it, is a thousands separator (１，０３８条)
_WIDTH_RUN = re.compile(_WIDE + "(?:" + _WIDE + "|(?<=[０-９])，(?=[０-９]{3}(?![０-９])))*")  # not [...]+: a pattern
_FOLD = _WIDTH | {0xFF0C: 0x2C}  # opening with a repeat is tried at every position


# a Chinese comma typed between digits, three after it (2，316条, 1，038.5万元): opens with the literal, so re skips to it
_COMMA_IN_FIGURE = re.compile(r"，(?=\d{3}(?![\d%％]))")
_GROUP_BEFORE = re.compile(r"(?<![\d.第号])\d{1,3}(?:,\d{3})*$")


# a half-width full stop after a Chinese word, a % or a bracket ends a sentence (同比增长8.3%.其中…, 情况.2022年…)
_DOT = re.compile(r"\.(?!\.)")
_NUMERALS = frozenset("一二三四五六七八九十")


def _sentence_stops(text: str) -> list[int]:
    """Where a half-width '.' ends a Chinese sentence; a decimal point, a Latin text's dot and a heading's numeral
    (一.总体情况) are none."""
    stops = []
    for m in _DOT.finditer(text):
        at = m.start()
        before = text[at - 1:at]
        if not before or not (before >= "\u0080" or before in "%)") or before in "。．…":
            continue
        if before in _NUMERALS and (text[at - 2:at - 1] in ("", "\n", " ")
                                    or text[at - 2:at - 1] in _NUMERALS and text[at - 3:at - 2] in ("", "\n")):
            continue
        stops.append(at)
    return stops


def fold_width(text: str) -> str:
    """Full-width digits, letters, ％ and ． to ASCII, odd spaces to ' ', a thousands separator among full-width
    digits or typed as a Chinese comma between digits to ',', and a half-width full stop ending a Chinese sentence
    to 。; one character for one."""
    text = _WIDTH_RUN.sub(lambda m: m.group(0).translate(_FOLD), text)
    cuts = [m.start() for m in _COMMA_IN_FIGURE.finditer(text) if _GROUP_BEFORE.search(text, max(0, m.start() - 16), m.start())]
    stops = _sentence_stops(text) if "." in text else []
    if not cuts and not stops:
        return text
    chars = list(text)
    for i in cuts:
        chars[i] = ","
    for i in stops:
        chars[i] = "。"
    return "".join(chars)


# Whitespace runs that need an edit: two or more spaces and newlines, except a clean paragraph break ("\n\n"). Each
# branch opens with a literal, so the engine skips ahead to spaces and newlines.
_SPACE_RUN = re.compile(r" [ \n]+|\n(?: [ \n]*|\n[ \n]+)")


def _space_steps(text: str, offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """Line ends to \\n, no spaces at line ends, at most one blank line, runs of spaces to one. Tabs separate table
    cells and stay; a single space between words may separate names and stays."""
    # a line end stays its source's \n, with the spaces around it deleted, so that how far the source indented a
    # line is kept in the offset map (a layout's columns: template tables)
    if "\r" in text:
        text, offsets = _step(text, offsets, [(m.start(), m.end(), "" if text.startswith("\n", m.end()) else "\n")
                                              for m in re.finditer("\r", text)])
    edits = []
    for m in _SPACE_RUN.finditer(text):
        run = m.group(0)
        newlines = run.count("\n")
        repl = "\n\n" if newlines >= 2 else "\n" if newlines else " "
        if newlines == 1:
            at = m.start() + run.index("\n")
            edits += [e for e in ((m.start(), at, ""), (at + 1, m.end(), "")) if e[0] < e[1]]
        elif repl != run:
            edits.append((m.start(), m.end(), repl))
    return _step(text, offsets, edits)


# ---------------------------------------------------------------------------------------------- script
_DICT_DIR = Path(__import__("opencc").__file__).parent / "dictionary"


@lru_cache(maxsize=1)
def traditional_only() -> frozenset[str]:
    """Characters that only occur in Traditional text, from OpenCC's own TSCharacters dictionary."""
    trad: set[str] = set()
    simp: set[str] = set()
    with open(_DICT_DIR / "TSCharacters.txt", encoding="utf-8") as fh:
        for line in fh:
            key, _, values = line.rstrip("\n").partition("\t")
            trad.add(key)
            simp.update(values.split())
    return frozenset(ch for ch in trad - simp if len(ch) == 1)


@lru_cache(maxsize=1)
def _traditional_candidate() -> re.Pattern:
    """Matches any Traditional-only character, and also any character outside the BMP (the engine scans a class of BMP
    characters ten times faster than a set lookup per character; it cannot hold the others in that class)."""
    bmp = "".join(sorted(ch for ch in traditional_only() if ord(ch) <= 0xFFFF))
    return re.compile("[" + re.escape(bmp) + "]|[\U00010000-\U0010FFFF]")


_SCRIPT_SAMPLE = 800  # Traditional text shows Traditional-only characters within its first lines


def detect_script(text: str) -> str:
    """'traditional' when at least 2% of the Han characters (of the first few thousand) exist only in Traditional."""
    sample = text[:_SCRIPT_SAMPLE]
    if not _traditional_candidate().search(sample):
        return "simplified"
    trad = traditional_only()
    present = set(sample) & trad
    hits = sum(sample.count(ch) for ch in present)
    han = sum(sample.count(ch) for ch in set(sample) if is_han(ch))
    return "traditional" if hits / han >= 0.02 else "simplified"


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def _t2s_edits(text: str) -> list[Edit]:
    """OpenCC works phrase by phrase; converting line by line keeps a mapping, and almost every line keeps
    its length, so its characters map one to one."""
    cc = _t2s()
    whole = cc.convert(text)
    if len(whole) == len(text):
        return [(0, len(text), whole)]
    edits: list[Edit] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        conv = cc.convert(line)
        if conv == line:
            continue
        edits.append((m.start(), m.end(), conv))  # same length: characters map one for one
    return edits


# ---------------------------------------------------------------------------------------------- page header
# The keys of a crawler's header block and of a page's info line. A header key opens its line; values run to the
# next key, a widget or the line's end.
HEADER_KEYS = ("标题", "文章标题", "题目", "名称", "发布时间", "发布日期", "发文日期", "成文日期", "成文时间", "印发日期",
               "印发时间", "生成日期", "公开日期", "公开时间", "更新时间", "时间", "日期", "文号", "发文字号", "索引号", "信息索引号", "分类", "信息分类", "主题分类", "组配分类",
               "主题词", "有效性", "发布机构", "发文机关", "发文机构", "发布单位", "发布部门", "所属机构", "来源", "信息来源",
               "文章来源", "栏目", "所属栏目", "公开方式", "公开范围", "作者", "原文链接", "原文地址", "原文网址", "来源链接",
               "链接", "网址", "URL", "url", *CRUMB_KEYS, "责任编辑", "编辑", "审核", "校对",
               "title", "Title", "publish_time", "publish_date", "pub_time", "pub_date", "pubDate", "publishDate", "publishTime",
               "date", "Date", "source",
               "Source", "author",  # a crawler's own keys, in English
               # the day a crawler fetched the page, no date of the page's own: read as a key so that no 时间 is
               # taken out of it
               "采集时间", "采集日期", "抓取时间", "抓取日期", "爬取时间", "入库时间", "crawl_time", "crawl_date",
               "crawled_at", "fetch_time")
# the site's own lines under every page: its owner (主办单位 is the website's, not the report's issuer), host, ids
SITE_KEYS = ("主办单位", "承办单位", "协办单位", "主办", "承办", "网站标识码", "版权所有", "技术支持", "联系电话",
             "联系地址", "地址", "邮编", "邮政编码", "网站地图", "联系我们")
# a 信息公开 table spaces its labels out to one width (索 引 号, 标    题): any key may hold spaces
_KEY = "|".join(r"[ \t]*".join(map(re.escape, k)) for k in sorted(HEADER_KEYS, key=len, reverse=True))
_SITE_KEY = "|".join(map(re.escape, sorted(SITE_KEYS, key=len, reverse=True)))
# a key in Chinese run onto the value before it (…/2024-00021主题分类：…发布机构：…, a catalogue copied as one line):
# one of three characters or more, or 标题; a shorter one ends labels of other things too (废止日期, 生效时间, 数据来源)
_RUN_ON_KEY = "|".join(map(re.escape, sorted((k for k in HEADER_KEYS if not k.isascii() and (len(k) >= 3 or k == "标题")),
                                             key=len, reverse=True)))
# a key is followed by a colon, or stands in brackets (【标题】某县…, 【发布日期】2024-01-21)
_INFO_KEY = re.compile(rf"(?:^|(?<=\s)|(?<=[【\[]))(?:(?:{_KEY}|{_SITE_KEY})\s*[:：]|(?<=[【\[])(?:{_KEY})\s*[】\]][:：]?)"
                       rf"|(?:{_RUN_ON_KEY})[:：]")
_HEADER_LINE = re.compile(rf"\s*(?:[【\[]?(?:{_KEY})\s*[:：]|[【\[](?:{_KEY})\s*[】\]])")  # matched at a line's start
# an info line that opens with its date, unlabelled: 2025年3月15日  来源：某市统计局; its time and weekday may follow
# (2025-03-15 09:30 星期六)
_CLOCK = r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_DATED_LINE = re.compile(r"\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?" + _CLOCK
                         + r"(?:\s*(?:星期|周)[一二三四五六日天])?" + _CLOCK + rf")\s+(?=(?:{_KEY})\s*[:：])")
# an account's byline under an article's title: 原创 某某发布 2024-01-29 18:02 (its name, its author's, its date),
# and the province the post was sent from, which the app adds (发表于广西): the poster's, not the report's place. A
# name holds no digits but a hotline's number (某市12345; a list's entry, 某县2023年…报告 2024-01-19, is no byline)
_BYLINE = re.compile(r"\s*(?![一二三四五六七八九十]+、)(?:原创|转载)?(?:\s*[^\s\d。，,：:](?:[^\s\d。，,：:]|1\d{4}(?!\d)){0,19}){1,3}"
                     r"\s+((?:19|20)\d{2}-\d{1,2}-\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
                     r"(?:\s+\d{1,2}:\d{2})?(?:\s*发表于[\u4e00-\u9fff]{2,8})?\s*")
_SIGNING_BODY = re.compile(r"[\u4e00-\u9fff]{2,28}(?:局|委员会|人民政府|办公室|中心|办事处|管理委员会)")
_BYLINE_LAST = frozenset("0123456789日")  # what a byline ends with: most lines are no byline, and end otherwise
# the site's footer: its owner and host, ids and record numbers (浙ICP备…号, 公网安备), copyright
_SITE_LINE = re.compile(rf"\s*(?:(?:{_SITE_KEY})\s*[:：]|.*(?:ICP备|ICP证|公网安备|网站标识码|Copyright|©|版权所有))"
                        r"|\s*(?:上一篇|下一篇|上一条|下一条|分享到)\s*[:：]|.*网站地图")  # and the links to other pages
# a form's row, its unit in its label (政府网站工作年度报表's 网站总访问量（单位：次） 410236): a line holding one is the
# report itself, whatever site's record numbers the form states (ICP备案编号, 网站标识码)
FORM_ROW = re.compile(r"[（(]单位[：:][^（）()]{1,6}[）)]\s*(?:总数\s*)?\d")
# a line of widgets only: 【打印本页】【关闭窗口】, [ 打印 ] [ 关闭 ]
_WIDGET_ONLY = re.compile(r"\s*(?:[【\[]\s*[^【】\[\]\n]{1,8}\s*[】\]]\s*)+")
# a crawler's separator under its header, or a 正文 label before the body
_SEPARATOR = re.compile(r"\s*(?:[-=_*—─~·.]{3,}|正文\s*[:：])\s*")
# widgets that end a value on an info line (the counters and font widgets went in step 1)
_WIDGET = re.compile(r"\s+(?:微信|微博|QQ|分享|打印|收藏|关闭|字体|字号|浏览|阅读|点击|访问|【|扫一扫|\[)|[【】]")
_BREADCRUMB = re.compile(rf"\s*{HOME_STEP}\s*(?:>|＞|»|›|/|→|-)")
_WIDGET_LEFT = re.compile(r"[ \t]*[【】\[\]][ \t【】\[\]]*")
_HEADER_LINES = 12  # a page's header sits in its first lines
_OWNER_LINE = re.compile(r"\s*主办(?:单位)?\s*[:：]")  # the site's owner in a banner over the page, as in its footer


# a site's ICP record, filed in a province named by one character (浙ICP备05012345号): kept as ("ICP备", "浙")
_ICP_RECORD = re.compile(r"([\u4e00-\u9fff])ICP(?:备|证)")


# a footer naming the site's owner before the word (某县人民政府办公室 主办, 某县人民政府 版权所有)
_OWNER_BEFORE = re.compile(r"(?:^|(?<=\s))([\u4e00-\u9fff]{4,40}?(?:政府|办公室|办公厅|局|委员会|管委会|中心))[ \t\u3000]*"
                           r"(?:主办(?:单位)?|版权所有)(?=\s|$)")


def _read_info_line(line: str, info: list[tuple[str, str]]) -> None:
    """The (key, value) pairs of a header or info line into ``info``; a key's spaces go (标    题 is 标题)."""
    if dated := _DATED_LINE.match(line):
        info.append(("日期", dated.group(1)))
    if owner := _OWNER_BEFORE.search(line):
        info.append(("主办", owner.group(1)))
    if "ICP" in line and (record := _ICP_RECORD.search(line)):
        info.append(("ICP备", record.group(1)))
    keys = list(_INFO_KEY.finditer(line))
    for k, m in enumerate(keys):
        value = line[m.end():keys[k + 1].start() if k + 1 < len(keys) else len(line)]
        value = _WIDGET.split(value, 1)[0].strip()
        if value:
            info.append((re.sub(r"[\s:：【\[】\]]", "", m.group(0)), value))


_KEY_CELL = re.compile(rf"\s*(?:{_KEY})\s*[:：]?\s*")
_TITLE_KEYS = frozenset(("标题", "文章标题", "题目", "名称"))
# a report's title (某局2023年…年度报告): under a key of no title of its own (主题词 left empty), no value of it
_TITLE_VALUE = re.compile(r".*(?:19|20)\d{2}.*(?:报告|总结|通报|公报)")
# a catalogue line whose first key is none of ours (信息索引号：…, 文件编号：…) with ours run on after it
_UNKNOWN_KEY_FIRST = re.compile(r"\s*[\u4e00-\u9fff]{2,8}[:：]")


def _cell_lines(text: str, pos: int, in_cells: bool) -> tuple[int, tuple[str, str] | None] | None:
    """A 信息公开 table copied one cell a line (索引号 / 某号 / 主题分类 / 政务公开 / 发文字号 / 发布日期 / …): at ``pos``
    a key alone on its line, with the line under it as its value unless that is the next key (an empty cell) or a
    report's title under a key of no title. The end of what it takes and its (key, value), or None where the line is
    no such key. A key alone is one only in a run of them: in one already (``in_cells``), or with a key one or two
    lines below."""
    lines = text[pos:].split("\n", 3)
    if not _KEY_CELL.fullmatch(lines[0]) or not lines[0].strip():
        return None
    below = lines[1:3]
    if not (in_cells or any(_KEY_CELL.fullmatch(ln) for ln in below)):
        return None
    key = re.sub(r"[\s:：]", "", lines[0])
    end = pos + len(lines[0]) + 1
    value = below[0].strip() if below else ""
    if not value or _KEY_CELL.fullmatch(below[0]) or len(value) > 100 \
            or (key not in _TITLE_KEYS and _TITLE_VALUE.fullmatch(value)):
        return min(end, len(text)), None
    end += len(below[0]) + 1
    if key in _TITLE_KEYS:
        value, end = _wrapped_title(text, end, value)
    return min(end, len(text)), (key, value)


def _wrapped_title(text: str, pos: int, value: str) -> tuple[str, int]:
    """A title value that its cell wrapped (某县某局2023年政府 / 信息公开工作年度 / 报告), with up to three short lines
    from ``pos`` that make it a report's title, and the end of what it took; else ``value`` and ``pos``."""
    if _TITLE_VALUE.fullmatch(value):
        return value, pos
    joined, end = value, pos
    for line in text[pos:].split("\n", 3)[:3]:
        part = line.strip()
        if not part or len(part) > 40 or "。" in part or _KEY_CELL.fullmatch(line) or _HEADER_LINE.match(line):
            break
        joined, end = joined + part, end + len(line) + 1
        if _TITLE_VALUE.fullmatch(joined):
            return joined, end
    return value, pos


def _table_row(line: str, in_table: bool) -> list[tuple[str, str]] | None:
    """The (key, value) pairs of a 信息公开 table's row copied as tab-separated cells, a key and its value by turns
    (索引号\t某号\t主题分类\t政务公开; a cell may be empty), or None for any other line. A row of one key and its
    value (标题\t某报告) is one only under a row of two keys: a data table's head (名称\t数量) is no such row."""
    if "\t" not in line:
        return None
    cells = line.split("\t")
    keys = [c for c in cells[::2] if c.strip()]  # a row may end in empty cells
    if not _KEY_CELL.fullmatch(cells[0]) or len(keys) < (1 if in_table else 2) \
            or not all(_KEY_CELL.fullmatch(k) for k in keys):
        return None
    return [(re.sub(r"[\s:：]", "", k), v.strip()) for k, v in zip(cells[::2], cells[1::2]) if v.strip()]


def _json_record(line: str) -> list[tuple[str, str]] | None:
    """The (key, value) pairs of a crawler's record printed as one JSON object ({"title": …, "pubDate": …}), or
    None for any other line."""
    line = line.strip()
    if not (line.startswith("{") and line.endswith("}")):
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    return [(str(k), str(v)) for k, v in record.items() if isinstance(v, (str, int, float)) and str(v).strip()]


# a 信息公开 catalogue printed without rules or colons, its labels run onto their values (成文日期2022年01月14日
# 发布日期2022年01月21日文 号): only its own labels, which no value holds, mark its fields
_CATALOGUE_KEY = re.compile("|".join(r"[ \t]*".join(k) for k in sorted(
    ("索引号", "信息索引号", "信息分类", "主题分类", "组配分类", "发布机构", "发文机关", "所属机构", "成文日期", "发布日期",
     "生成日期", "发文日期", "印发日期", "公开日期", "文号", "发文字号", "主题词", "有效性", "公开方式", "公开范围"),
    key=len, reverse=True)))


def _catalogue_line(line: str) -> list[tuple[str, str]] | None:
    """The fields of a line that opens with one of a catalogue's labels and holds two or more, no sentence's marks."""
    keys = list(_CATALOGUE_KEY.finditer(line))
    if len(keys) < 2 or keys[0].start() != len(line) - len(line.lstrip()) or re.search(r"[。，；:：]", line):
        return None
    values = [(re.sub(r"\s", "", k.group()), line[k.end():keys[n + 1].start() if n + 1 < len(keys) else len(line)].strip())
              for n, k in enumerate(keys)]
    return [(key, value) for key, value in values if value]


def _header_edits(text: str, info: list[tuple[str, str]]) -> list[Edit]:
    """Lines of a crawler's header and a page's info line at the top of the text, each removed with its line break;
    their (key, value) pairs go to ``info``. Scanning stops at the first sentence of the body (a line ending in 。)
    or after a separator."""
    edits: list[Edit] = []
    pos = 0
    in_table = False  # the line above was a 信息公开 table's row
    in_cells = False  # the lines above were a 信息公开 table's cells, one a line
    for _ in range(_HEADER_LINES):
        if pos >= len(text):
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        crumbs = _BREADCRUMB.match(line)
        record = _json_record(line) if line.lstrip().startswith("{") else _table_row(line, in_table)
        in_table = record is not None and "\t" in line
        cell = None if record is not None else _cell_lines(text, pos, in_cells)
        in_cells = cell is not None
        if cell is not None:  # a 信息公开 table copied one cell a line: its key and value
            end, pair = cell
            info.extend([pair] if pair else [])
            edits.append((pos, end, ""))
            pos = end
            continue
        if record is not None:  # a crawler's record as a JSON object, or a 信息公开 table's row: its fields
            info.extend(record)
            edits.append((pos, min(end + 1, len(text)), ""))
        elif (_HEADER_LINE.match(line) or _DATED_LINE.match(line) or crumbs or _OWNER_LINE.match(line)
              or _UNKNOWN_KEY_FIRST.match(line) and len(_INFO_KEY.findall(line)) >= 2) \
                and len(line) <= 400 and "。" not in line:
            keys = list(_INFO_KEY.finditer(line))
            if crumbs:  # 首页 > 政务公开 > … : the path is the 当前位置 a page without that label prints
                info.append(("当前位置", line[:keys[0].start() if keys else len(line)].strip()))
            _read_info_line(line, info)
            if info and info[-1][0] in _TITLE_KEYS and line.rstrip().endswith(info[-1][1]):
                title, end = _wrapped_title(text, end + 1, info[-1][1])  # the title ends the line, wrapped below it
                info[-1], end = (info[-1][0], title), end - 1
            edits.append((pos, min(end + 1, len(text)), ""))
        elif len(line) <= 200 and (fields := _catalogue_line(line)) is not None:
            info.extend(fields)
            edits.append((pos, min(end + 1, len(text)), ""))
        elif len(line) <= 60 and (line.rstrip()[-1:] in _BYLINE_LAST or "发表于" in line) \
                and (byline := _BYLINE.fullmatch(line)):
            if _SIGNING_BODY.fullmatch(signer := line[:byline.start(1)].strip()):
                info.append(("来源", signer))  # 某区发展和改革局  2023年1月16日: the body that signs it, not an account
            info.append(("发布时间", byline.group(1)))
            edits.append((pos, min(end + 1, len(text)), ""))
        elif _WIDGET_LEFT.fullmatch(line):  # 【 】 left of a font widget on a line of its own
            edits.append((pos, min(end + 1, len(text)), ""))
        elif edits and _SEPARATOR.fullmatch(line):
            edits.append((pos, min(end + 1, len(text)), ""))
            break
        elif "。" in line and (run := _info_run_on_text(line)) is not None:
            # a page run onto one line: 某县…公报 发布时间：2024-03-20 来源：县统计局 全年…; the info run's pairs, the
            # title kept on a line of its own above the text, a breadcrumb before it read as one
            session = _TITLE_AND_SESSION.search(line, 0, run[0]) if crumbs else None
            if crumbs:  # (首页 > 统计公报 某县…公报 发布时间：…: the path and the title, read as a breadcrumb's)
                info.append(("当前位置", line[:session.start() if session else run[0]].strip()))
            _read_info_line(line[run[0]:run[1]], info)
            kept = 0 if crumbs else len(line[:run[0]].rstrip())
            text_at = _WIDGETS_AFTER.match(line, run[1]).end()
            if session:  # (… 政府工作报告 ——2016年1月26日在某省…会议上 发布时间：…: the report's title and dateline)
                edits += [(pos, pos + session.start(1), ""), (pos + session.end(1), pos + session.start(2), "\n")]
                kept = session.end(2)
            edits.append((pos + kept, pos + text_at, "" if not line[:kept].strip() else "\n"))
            if title := _TITLE_BEFORE_TEXT.match(line, text_at):  # (… 打印本页 关于…的报告 2023年，…: the title's line)
                edits.append((pos + title.end(1), pos + title.end(), "\n"))
            break
        elif line.rstrip().endswith("。"):
            break
        pos = end + 1
    return edits


# an info run's last value, up to the space before the text: a date (and time), a counter, or a name
_LAST_INFO_VALUE = re.compile(r"[ \t]*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?" + _CLOCK
                              + r"|[^\s。，,；;：:]{0,30})(?=[ \t\u3000])")


# widgets a page prints after its info run (打印本页, 分享到, 【关闭】), and the spaces before its title or text
_WIDGETS_AFTER = re.compile(r"(?:[ \t\u3000]+(?:打印本页|打印|关闭本页|关闭窗口|关闭|分享到[:：]?|分享|收藏|微信|微博|QQ空间|QQ"
                            r"|【[^】\s]{0,8}】)(?![\u4e00-\u9fff]))*[ \t\u3000]*")
# a title printed after the info run, before the text (关于2023年度…办理工作情况的报告 2023年，…): a run of no clause marks
# ending as report titles end, then a space
_TITLE_BEFORE_TEXT = re.compile(r"([^\s，。,；;：:]{4,60}?(?:报告|公报|总结|通报|情况|计划|要点|年报|说明))[ \t\u3000]+(?=\S)")
# a breadcrumb's last words that are a report's title and its session dateline (政府工作报告 ——2024年1月15日在某县第十
# 八届人民代表大会第四次会议上), the report's own lines, not the path's
_TITLE_AND_SESSION = re.compile(r"[ \t\u3000]+([^\s>＞»›→]{2,40})[ \t\u3000]+(——\S{6,60}?会议上)[ \t\u3000]*$")


def _info_run_on_text(line: str) -> tuple[int, int] | None:
    """Where the info keys and values stand in a page run onto one line before its first sentence (from the first
    key to the last value; the space after it ends the run), or None. Keys count only in the line's first 300
    characters and before its first clause mark, where a text's own words (资金来源：…) cannot stand yet."""
    opening = line[:min(300, *(i for i in (line.find("。"), line.find("，")) if i >= 0))]
    keys = list(_INFO_KEY.finditer(opening))
    if not keys or not (value := _LAST_INFO_VALUE.match(line, keys[-1].end())):
        return None
    return keys[0].start(), value.end()


def _footer_edits(text: str, info: list[tuple[str, str]]) -> list[Edit]:
    """Lines under the report: a page's info line or 信息公开 table printed after the article (发布机构, 成文日期,
    标题 …), its print and close widgets, and the site's footer (主办单位, 网站标识码, ICP备 …), each removed with the
    line break before it; their (key, value) pairs go to ``info``, after the top's. Scanning goes up from the last
    line and stops at the first line of the report."""
    edits: list[Edit] = []
    found: list[list[tuple[str, str]]] = []
    end = len(text)
    for _ in range(_HEADER_LINES):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or _WIDGET_ONLY.fullmatch(line) or _WIDGET_LEFT.fullmatch(line):
            pass
        elif ((_HEADER_LINE.match(line) or _DATED_LINE.match(line) or _SITE_LINE.match(line)) and len(line) <= 400
              and "。" not in line and not FORM_ROW.search(line)):
            pairs: list[tuple[str, str]] = []
            _read_info_line(line, pairs)
            found.append(pairs)
        else:
            break
        edits.append((max(start - 1, 0), end, ""))
        if start == 0:
            break
        end = start - 1
    for pairs in reversed(found):  # in the page's order
        info.extend(pairs)
    return edits


# ---------------------------------------------------------------------------------------------- Markdown
_MARKDOWN_MARK = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]?)|\*\*", re.M)


def _markdown_edits(text: str) -> list[Edit]:
    """A crawler that saves pages as Markdown marks headings with #, quoted info lines with > and bold words (keys)
    with **: the marks go, the words stay. Only in a text that opens with a # heading."""
    if not re.match(r"\s*#{1,6}[ \t]", text):
        return []
    return [(m.start(), m.end(), "") for m in _MARKDOWN_MARK.finditer(text)]


# ---------------------------------------------------------------------------------------------- pipeline
def _step(text: str, offsets: OffsetMap, edits: list[Edit]) -> tuple[str, OffsetMap]:
    if not edits:
        return text, offsets
    new_text, step_map = apply_edits(text, _merge(edits))
    return new_text, compose(step_map, offsets)


def normalize_text(source: str) -> Normalized:
    """Normalize decoded report text. ``offsets`` maps the result back to ``source``."""
    text, offsets = source, OffsetMap.identity(len(source))
    repairs: list[dict] = []
    text, offsets = _step(text, offsets, _boilerplate_edits(text))
    text, offsets = _step(text, offsets, _mojibake_edits(text, repairs))
    for r in repairs:
        r["source_start"], r["source_end"] = offsets.source_start(r["start"]), offsets.source_end(r["end"])
    text, offsets = _step(text, offsets, _gloss_edits(text))
    text = fold_width(text)  # one character for one: the map is unchanged
    text, offsets = _space_steps(text, offsets)
    text, offsets = _step(text, offsets, _qmark_edits(text))  # many small edits: composed once, last
    script = detect_script(text)
    if script == "traditional":
        text, offsets = _step(text, offsets, _t2s_edits(text))
    text, offsets = _step(text, offsets, _markdown_edits(text))
    page_info: list[tuple[str, str]] = []
    text, offsets = _step(text, offsets, _header_edits(text, page_info))
    text, offsets = _step(text, offsets, _footer_edits(text, page_info))
    text, offsets = _step(text, offsets, wrap_edits(text))  # after the page's chrome, which is no paragraph
    stripped = text.strip()
    if stripped != text:
        lead = len(text) - len(text.lstrip())
        text, offsets = _step(text, offsets, [(0, lead, ""), (lead + len(stripped), len(text), "")])
    return Normalized(text=text, offsets=offsets, script=script, repairs=repairs, page_info=page_info)
