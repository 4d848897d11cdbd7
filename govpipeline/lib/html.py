"""Saved web pages -> the article's text, tables kept as one row per line with tab-separated cells.

selectolax (Lexbor) parses; we only choose the article body and lay the text out. Every text run is located in
the page source, so facts found in a page still point at their characters in the .html file.
"""
from __future__ import annotations

import email
import html as html_lib
import re
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govpipeline.lib.decode import NotTextError
from govpipeline.lib.metadata import _TITLE_WORDS, SITE_SUFFIX, site_name, site_owner, title_site
from govpipeline.lib.normalize import CRUMB_KEYS
from govpipeline.lib.offsets import OffsetMap

_DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, select, button, template"
_CHROME = re.compile(r"nav|menu|breadcrumb|crumb|footer|header|banner|sidebar|share|toolbar|position|location|"
                     r"copyright|friend|link|search|login|print", re.I)
_CONTENT_SELECTORS = ("article", "#zoom", ".zoom", ".TRS_Editor", "#UCAP-CONTENT", ".article", ".article-content",
                      ".content", "#content", ".main-content", ".detail", ".con", "main")
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr",
          "table", "blockquote", "pre", "dd", "dt", "dl", "center", "hr"}


# the names crawlers give saved pages: a site's own suffix (.shtml, .jsp, .aspx…) is kept by wget and the like
WEB_PAGE_SUFFIXES = (".htm", ".html", ".shtml", ".shtm", ".xhtml", ".jhtml", ".jsp", ".asp", ".aspx", ".php")


def is_html_path(path: str) -> bool:
    return path.split("?", 1)[0].lower().endswith(WEB_PAGE_SUFFIXES + (".mht", ".mhtml"))


# a page saved under another name (.txt, .doc): its text opens with markup
_HTML_START = re.compile(r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    return _HTML_START.match(text[:4096]) is not None


# an element's tag, opening or closing: a page's fragment (<div>…) holds one, a crawler's text saved under the page's
# name (content_1001.shtml) holds none
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")


def holds_markup(text: str) -> bool:
    return _TAG.search(text, 0, 65536) is not None


def mht_to_html(data: bytes) -> str:
    """The page a web archive (.mht: a browser's saved page, Word's single-file web page) holds: its first HTML part,
    decoded from its transfer encoding and charset."""
    message = email.message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset() or "utf-8"
            try:
                return payload.decode(charset)
            except (LookupError, UnicodeDecodeError):
                return payload.decode("gb18030", errors="replace")
    raise NotTextError("is a web archive (.mht) without an HTML page in it")


def _text_len(node: LexborNode) -> int:
    return len((node.text(deep=True) or "").strip())


def _content_root(tree: LexborHTMLParser) -> LexborNode:
    body = tree.body or tree.root
    total = _text_len(body) or 1
    for sel in _CONTENT_SELECTORS:
        for node in tree.css(sel):
            if _text_len(node) >= 0.3 * total:
                return node
    # the element holding most of the page's text without being the whole page chrome
    best, best_len = body, 0
    for node in body.css("div, td, section"):
        n = _text_len(node)
        attrs = " ".join(str(v) for v in (node.attributes or {}).values() if v)
        if _CHROME.search(attrs):
            continue
        direct = len("".join((c.text(deep=False) or "") for c in node.iter(include_text=True)).strip())
        score = n + 3 * direct
        if n >= 0.5 * total and score > best_len:
            best, best_len = node, score
    return best


class _Writer:
    def __init__(self, source: str):
        self.source = source
        self.cursor = 0
        self.parts: list[str] = []
        self.segments: list[tuple[int, int, int]] = []
        self.length = 0

    def text(self, chunk: str) -> None:
        chunk = re.sub(r"[ \t\r\n\u00a0]+", " ", chunk)
        if not chunk.strip():
            if chunk and self.parts and not self.parts[-1].endswith((" ", "\n", "\t")):
                self._emit(" ", None)
            return
        self._emit(chunk, self._locate(chunk))

    def _locate(self, chunk: str) -> int | None:
        probe = chunk.strip()[:12]
        if not probe:
            return None
        pos = self.source.find(probe, self.cursor)
        if pos < 0:
            escaped = html_lib.escape(probe, quote=False)
            pos = self.source.find(escaped, self.cursor)
            if pos < 0:
                return None
        self.cursor = pos + len(probe)
        lead = len(chunk) - len(chunk.lstrip())
        return pos - lead

    def _emit(self, chunk: str, src: int | None) -> None:
        if src is not None and src >= 0 and self.source[src:src + len(chunk)] == chunk:
            self.segments.append((self.length, src, len(chunk)))
        elif src is not None and src >= 0:
            # entities or folded spaces inside: map the run's start and length as far as it agrees
            k = 0
            while k < len(chunk) and src + k < len(self.source) and self.source[src + k] == chunk[k]:
                k += 1
            if k:
                self.segments.append((self.length, src, k))
        self.parts.append(chunk)
        self.length += len(chunk)

    def sep(self, s: str) -> None:
        if not self.parts:
            return
        last = self.parts[-1]
        if s == "\n" and last.endswith("\n"):
            return
        if s == "\t" and last.endswith(("\t", "\n")):
            self._emit(s, None)
            return
        self.parts[-1] = last.rstrip(" ") if s in "\n\t" else last
        self.length = sum(map(len, self.parts))
        self._emit(s, None)


def _walk(node: LexborNode, out: _Writer) -> None:
    # with a stack, not recursion: pages nest markup deeper than Python's recursion limit (1,200 divs)
    stack, closing = [node.iter(include_text=True)], [None]  # children left to visit; the tag each level closes
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            if closing.pop() in _BLOCK:
                out.sep("\n")
            continue
        tag = child.tag
        if tag == "-text":
            out.text(child.text(deep=False) or "")
        elif tag in ("script", "style", "noscript", "-comment"):
            continue
        elif tag == "table":
            _table(child, out)
        else:
            if tag in _BLOCK:
                out.sep("\n")
            stack.append(child.iter(include_text=True))
            closing.append(tag)


_SPAN = re.compile(r"\s*(\d+)")


def _span(cell: LexborNode, attribute: str, limit: int) -> int:
    """A colspan or rowspan read as browsers read it: the number it starts with (colspan="2px" is 2), 1 when it has
    none or 0, at most ``limit``."""
    found = _SPAN.match((cell.attributes or {}).get(attribute) or "")
    return min(max(int(found.group(1)), 1), limit) if found else 1


def _table(table: LexborNode, out: _Writer) -> None:
    """Each row on its own line, cells separated by a tab; a rowspan/colspan label is repeated in the cells it
    covers so that every line is a full row of the grid."""
    pending: dict[int, tuple[LexborNode, int]] = {}  # column -> (cell, rows still covered)
    out.sep("\n")
    for tr in table.css("tr"):
        if tr.parent is not None and tr.parent.tag not in ("table", "tbody", "thead", "tfoot"):
            continue
        col = 0
        first = True
        cells = [c for c in tr.iter() if c.tag in ("td", "th")]
        queue = list(cells)
        while queue or col in pending:
            if col in pending:
                cell, left = pending[col]
                if not first:
                    out.sep("\t")
                out.text(" ".join((cell.text(deep=True) or "").split()))
                first = False
                if left > 1:
                    pending[col] = (cell, left - 1)
                else:
                    del pending[col]
                col += 1
                continue
            cell = queue.pop(0)
            span, rows = _span(cell, "colspan", 1000), _span(cell, "rowspan", 65534)
            for k in range(span):
                if not first:
                    out.sep("\t")
                if k == 0:
                    _walk_inline(cell, out)
                first = False
                if rows > 1:
                    pending[col] = (cell, rows - 1)
                col += 1
        out.sep("\n")


def _walk_inline(cell: LexborNode, out: _Writer) -> None:
    stack = [cell.iter(include_text=True)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == "-text":
            out.text(child.text(deep=False) or "")
        elif child.tag not in ("script", "style"):
            stack.append(child.iter(include_text=True))


# the line a page prints above its article: 发布时间：2024-01-20 来源：县政府办公室
_PAGE_INFO = re.compile(r"(?:发布时间|发布日期|成文日期|日期|时间)\s*[:：]\s*(?:19|20)\d{2}")


# the labels of a 信息公开 catalogue table that a page prints over its article (索引号 | 某号 | 发布机构 | 某局 | …),
# spaced out to one width or not (索 引 号), with or without a colon
_CATALOGUE_KEYS = frozenset(("索引号", "信息索引号", "发布机构", "发文机关", "成文日期", "发布日期", "生成日期", "发布时间",
                             "公开日期", "信息分类", "主题分类", "组配分类", "分类", "文号", "发文字号", "主题词", "公开方式",
                             "名称", "标题", "有效性"))
_CATALOGUE_DATES = frozenset(("成文日期", "发布日期", "生成日期", "发布时间", "公开日期"))


def _catalogue_table(tree: LexborHTMLParser, root: LexborNode) -> LexborNode | None:
    """The 信息公开 catalogue table outside the article: a table of at most eight rows whose cells hold three of its
    labels or more, one of them a date's."""
    for table in tree.css("table"):
        if _inside(table, root) or _inside(root, table) or len(table.css("tr")) > 8:
            continue
        keys = {re.sub(r"[\s:：]", "", c.text(deep=True) or "") for c in table.css("td, th")} & _CATALOGUE_KEYS
        if len(keys) >= 3 and keys & _CATALOGUE_DATES:
            return table
    return None


def _inside(node: LexborNode, root: LexborNode) -> bool:
    while node is not None:
        if node == root:
            return True
        node = node.parent
    return False


def _page_info(tree: LexborHTMLParser, root: LexborNode) -> str | None:
    """The date and source line a page prints outside its article body, if any: the shortest element that holds the
    date, and the source too where one does (they may sit in cells of their own)."""
    found = [(text, n) for n in tree.css("div, p, span, td, li, tr")
             if len(text := " ".join((n.text(deep=True) or "").split())) <= 120 and _PAGE_INFO.search(text)
             and not _inside(n, root)]
    with_source = [(text, n) for text, n in found if "来源" in text or "发布机构" in text]
    return min(with_source or found, key=lambda found_text: len(found_text[0]))[0] if found else None


def _crumb(tree: LexborHTMLParser, root: LexborNode) -> str | None:
    """The breadcrumb a page prints outside its article body (当前位置：首页 > 乡镇之窗 > 某县 > 某乡), if any and if it
    names a place (site_owner reads it): the shortest element that opens with its label."""
    found = [text for n in tree.css("div, p, span, td, li")
             if len(text := " ".join((n.text(deep=True) or "").split())) <= 120 and text.startswith(CRUMB_KEYS)
             and not _inside(n, root)]
    crumb = min(found, key=len) if found else None
    label = re.match(r"(.+?)\s*[：:]\s*(.*)", crumb) if crumb else None
    return crumb if label and site_owner([(label.group(1).replace(" ", ""), label.group(2))]) else None


# the fields the national standard for government websites has every article page carry in its head, as the
# header lines a crawler writes (标题：…): the article's own title, publication time and source
_ARTICLE_META = {"articletitle": "标题", "pubdate": "发布时间", "contentsource": "来源"}


def _article_meta(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    found = {}
    for node in tree.css("meta[name]"):
        key = _ARTICLE_META.get((node.attributes.get("name") or "").strip().lower())
        value = " ".join((node.attributes.get("content") or "").split())
        if key and value and key not in found:
            found[key] = value
    return list(found.items())


# a speaker's line under a report's session line: a post, then a name (某区人民检察院检察长　王某某)
_SPEAKER_LINE = re.compile(r"(?:长|主任|主席|书记)[ \t\u3000]+[\u4e00-\u9fff]{1,4}$")


def _opens_with_title(root: LexborNode, title: str) -> bool:
    """Whether the article body prints ``title`` itself: a short line among its first that holds the title's
    opening (a sentence that names the same quarter and year, 现将2024年第三季度…通报如下, is no title; nor is the
    line of the speaker whose body the title opens with)."""
    lines = [line.strip() for line in (root.text(separator="\n") or "").split("\n") if line.strip()][:3]
    return any(title[:8] in line and len(line) <= len(title) + 20 and not re.search("[。，；]", line)
               and not _SPEAKER_LINE.search(line) for line in lines)


# a title block's heading: a heading element, or one classed title or by its short and pinyin names (tit, detail-tit,
# bt, biaoti)
_TITLE_HEADINGS = ('[class*="title"], [id*="title"], [class*="tit"], [class~="bt"], [class*="biaoti"], '
                   '[id*="biaoti"]')


def _title_block(tree: LexborHTMLParser, root: LexborNode) -> tuple[LexborNode, list[LexborNode]] | None:
    """The heading of a title block a template prints above the article, outside it, and the lines between the
    heading and its date line (a work report's session line and speaker), where the date line follows the heading
    within four elements, in its container or just after it: (heading, lines). A site's banner over a date widget
    (当前日期：…) names no report."""
    for node in tree.css(f"h1, h2, h3, {_TITLE_HEADINGS}"):
        text = " ".join((node.text(deep=True) or "").split())
        if not _TITLE_WORDS.search(text) or len(text) > 100 or "。" in text or _inside(node, root) \
                or _inside(root, node):
            continue
        lines, sibling, container = [], node.next, node.parent
        while len(lines) < 4:
            if sibling is None:  # the heading's container ends: the date line may be the block after it
                if container is None or _inside(root, container) or container.parent is None:
                    break
                sibling, container = container.next, None
                continue
            if sibling.tag != "-text":
                line = " ".join((sibling.text(deep=True) or "").split())
                if _PAGE_INFO.search(line):
                    return node, lines
                if _inside(root, sibling) or len(line) > 80:
                    break
                if line:
                    lines.append(sibling)
            sibling = sibling.next
    return None


def _fuller_heading(tree: LexborHTMLParser, root: LexborNode, page_title: str) -> str:
    """The page's <title>, or the heading a title block prints above the article (class="title") where it is the same
    title named in full: it ends as the <title> does and is longer (分水镇2023年…年度报告 under 某县分水镇人民政府2023年…)."""
    for node in tree.css(_TITLE_HEADINGS):
        text = " ".join((node.text(deep=True) or "").split())
        if (len(page_title) >= 8 and len(page_title) < len(text) <= 100 and text.endswith(page_title[-8:])
                and "。" not in text and not _inside(node, root) and not _inside(root, node)):
            return text
    return page_title


# images a page sets in or around its article that hold no report: icons, logos, QR codes, share and print buttons
_DECORATION = re.compile(r"icon|logo|qr|ewm|erweima|share|weixin|wechat|weibo|wx|print|close|arrow|btn|button|"
                         r"spacer|blank|loading|banner", re.I)
_PIXELS = re.compile(r"\s*(\d+)\s*(?:px)?\s*$")


def article_images(source: str) -> list[str]:
    """The images in a page's article that may hold what its text lacks (a table pasted as a picture, a scanned
    page), each with the line before it and its file's name: they are not read (no OCR). Images under 100 px
    wide or high, and icons, logos and QR codes by their file's name, are left out."""
    tree = LexborHTMLParser(source)
    for node in tree.css(_DROP):
        node.decompose()
    found, before = [], ""
    stack = [_content_root(tree).iter(include_text=True)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == "-text":
            before = (child.text(deep=False) or "").strip() or before
        elif child.tag == "img":
            attributes = child.attributes
            src = (attributes.get("src") or attributes.get("data-src") or "").strip()
            # an image pasted into the editor stands in the page itself (data:image/png;base64,…)
            name = src.split(";")[0] if src.startswith("data:") else \
                unquote(src.split("?")[0].rstrip("/").rsplit("/", 1)[-1])
            sizes = [int(m.group(1)) for key in ("width", "height")
                     if (m := _PIXELS.match(attributes.get(key) or ""))]
            if name and not _DECORATION.search(name) and min(sizes, default=100) >= 100:
                found.append(f"an image in the page's article, after “{before[:24]}”: {name[-60:]}" if before
                             else f"an image in the page's article, at its start: {name[-60:]}")
        elif child.tag not in ("script", "style", "noscript", "-comment"):
            stack.append(child.iter(include_text=True))
    return found


# the site's owner as its footer names it (主办单位：某县人民政府办公室 承办单位：…, 主办：某县人民政府)
_FOOTER_OWNER = re.compile(r"主办(?:单位)?\s*[:：]\s*([\u4e00-\u9fff]{4,40}?(?:政府|办公室|办公厅|局|委员会|管委会|中心))"
                           r"(?![\u4e00-\u9fff])")


def _footer_owner(tree: LexborHTMLParser) -> str | None:
    """The site's owner its footer names (the page's last 主办单位), or None."""
    body = tree.body
    found = _FOOTER_OWNER.findall(body.text(separator=" ") if body is not None else "")
    return found[-1] if found else None


def html_to_text(source: str) -> tuple[str, OffsetMap]:
    """Article text of a page and the map of its characters back into ``source``: the article's fields from the
    page's head, the article's title and its date and source line when the page prints them outside the article
    body, then the body."""
    tree = LexborHTMLParser(source)
    meta = _article_meta(tree)
    footer = _footer_owner(tree)  # read before the page's chrome goes
    for node in tree.css(_DROP):
        node.decompose()
    root = _content_root(tree)
    out = _Writer(source)
    for key, value in meta:
        out.text(f"{key}：")
        out.text(value)
        out.sep("\n")
    page_title = tree.css_first("title")
    owner = None
    if root.css_first("h1") is None and not any(key == "标题" for key, _ in meta):
        heading, title = tree.css_first("h1"), page_title
        block = _title_block(tree, root)
        heading = heading if heading is not None or block is None else block[0]
        t = (heading.text() or "").strip() if heading is not None else ""
        t = t or _fuller_heading(tree, root, SITE_SUFFIX.split((title.text() or "").strip())[0]) if title is not None \
            else t
        if t and site_name(t):
            owner = t  # the site's name (a logo's <h1>, a <title> naming only the site) heads no report
        elif t and not _opens_with_title(root, t):
            out.text(t)
            out.sep("\n")
            for line in block[1] if block and block[0] == heading else ():
                out.text((line.text(deep=True) or "").strip())  # the session and speaker lines under a work report's title
                out.sep("\n")
    info = None
    if (catalogue := _catalogue_table(tree, root)) is not None:
        _table(catalogue, out)  # all its fields, row by row, as normalization reads a copied table
    elif (info := _page_info(tree, root)) and info[:12] not in (root.text() or "")[:400]:
        out.text(info)
        out.sep("\n")
    if (crumb := _crumb(tree, root)) and crumb not in (info or ""):
        out.text(crumb)  # 当前位置：首页 > 乡镇之窗 > 某县 > 某乡: the section, whose place may be a town's county
        out.sep("\n")
    _walk(root, out)
    if site := owner or page_title is not None and title_site(" ".join((page_title.text() or "").split()))[1] \
            or ("主办" not in (root.text() or "") and footer):
        # (or the owner the footer names outside the article: 主办单位：某县人民政府, whose site holds its towns' reports)
        out.sep("\n")
        out.text("主办：")  # the site named after the page's title (…报告-某区人民政府) is its owner, as its footer says
        out.text(site)
        out.sep("\n")
    text = "".join(out.parts)
    return text, OffsetMap(tuple(out.segments), len(text), len(source))
