"""A PDF report's text layer -> the report as text, in the form the rest of govpipeline reads: one paragraph a line,
and each ruled table one row a line with its cells between tabs (as lib/html.py writes a web page's table), so that
the template tables and other tables are read by the same code whatever the file's format.

pdfplumber (on pdfminer.six) reads the characters with their positions and finds the tables by their ruling lines,
merged cells included. On that:
- a cell's lines are joined (a label wrapped over two or three lines, a header printed 社会/公益/组织); a cell merged
  across columns is one cell, so that a row prints each figure once, and one merged across rows is repeated in each
  row it covers, so that each row carries its group's label (lib/html.py repeats both);
- a table that goes on at the top of the next page is one table: a header printed again is dropped, and a row cut by
  the page's end is joined again;
- a table printed without rules is not found as a table: its rows are lines with their cells a space apart (as a
  text file prints them), never joined to the lines around them, and a line just under a row, inside its label's
  column, is the rest of a wrapped label, as is a line just above it when the row's cells are centred in its
  height (the figures on the label's second line or between its lines), and a line at the top of a page, after
  the table's header printed again, is the rest of the label of the row the page's end cut;
- page numbers (-3-, 第3页, 3/12) at a page's head or foot are left out, and so are lines printed at the head or foot
  of most pages (a running title); the lines of a paragraph are joined (a line that reaches the right margin goes on
  in the next line unless that one is indented), and a gap narrower than half a character (a justified line, the
  space Word sets between Chinese and digits) is no space.

``page_starts`` says where each page's text begins in the result, so a fact's offset gives its page, and
``images_not_read`` names the images that may hold what the text lacks: a table pasted as a picture, a scanned page.
"""
from __future__ import annotations

import io
import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, field
from statistics import median

from govpipeline.lib.charsets import SHARED_GLYPHS
from govpipeline.lib.decode import NotTextError

_PAGE_NUMBER = re.compile(r"[-—–－\s]*(?:第\s*)?\d{1,4}\s*页?(?:\s*[/／,，]?\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–－\s]*")
# a gap between two characters is a space when it is wider than half of their size: Word sets Chinese apart from
# digits and Latin letters by about a quarter of a character (受理 36.8 万件 would lose its figure), while the
# columns of a table printed without rules stand a character or more apart
_GAP = 0.5
# a full-width mark takes no space before it: a gap there is a width the file did not give (an OFD's run ends with
# no width for its last character: 增长5.4% 。其中…), and it would cut the sentence
_SPACE_BEFORE_MARK = re.compile(r" +(?=[。，；：、！？])")
_UNMAPPED = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff]")  # a glyph that pdfminer cannot map to a character
# two or more figures at a line's end: a row of a table printed without rules
_FIGURE_ROW = re.compile(r"(?:^|(?<=\s))[-+]?\d[\d,.]*%?(?:\s+[-+]?\d[\d,.]*%?)+\s*$")
_SENTENCE_END = re.compile(r"[。！？；：;:!?]$")
_OUTLINE = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])")
_ROW_NUMBER = re.compile(r"[（(][一二三四五六七八九十]+[）)]")  # （二）: a row of a table, wherever it stands
# an outline's numbers by level: 一、 then （一） then 1.
_ROW_MARK = {1: re.compile(r"[一二三四五六七八九十]+、"), 2: _ROW_NUMBER, 3: re.compile(r"(?<![\d.])\d+[.．、](?!\d)")}


def _outline_level(text: str) -> int | None:
    """The level of the number a line or label opens with (1: 一、, 2: （一）, 3: 1.), None if none."""
    return next((k for k, mark in _ROW_MARK.items() if mark.match(text.lstrip())), None)
_NUMBER_CELL = re.compile(r"[+\-－]?\d[\d,.]*%?")
# a row's last cell, a figure set a gap apart from the words before it (…数 条 2014, 契税 58,062): no paragraph's
# line ends so
_CELL_AT_END = re.compile(r"[\u4e00-\u9fff）)]\s+[+\-－]?\d[\d,.]*%?$")
# what typesetting keeps together at a line's start: figures or Latin words (5,264.8, 2.31‰、3.05‰), or a character,
# with the opening marks before it and the marks no line may begin with after it (位”，), and a quotation mark with
# the characters on both its sides (过“政: Unicode's line breaking, which LibreOffice follows, breaks at neither);
# set on the next line whole, it leaves its width at the line before's end
_CLOSING = "”’」』）》〉】〕，。、；：！？,.;:!?%‰)\\]…·"
_KEPT_TOGETHER = re.compile(rf"[“‘「『（《〈【〔(\[]*(?:(?:[0-9A-Za-z][0-9A-Za-z,.%]*[{_CLOSING}]*)+|.[{_CLOSING}]*)(?:[“‘].)?")
# a Chinese character: a line of figures alone (100%。) may be set in another size than the words around it
_HAN = re.compile(r"[\u4e00-\u9fff]")
_GLUED = re.compile(r"(?<=[\u4e00-\u9fff）)])\d+$")  # a figure run into a label's last character
_WORD_END = re.compile(r"[A-Za-z]$")
_WORD_START = re.compile(r"^[A-Za-z]")
# what a page read from a scan's OCR layer is said to be (its image is read, by another program)
OCR_READING = "its figures may be misread by the OCR; check them against the page"
# an image over this share of its page with no text on it holds content that is not read (a table pasted as a
# picture, a scanned page); a seal, a logo or a banner is smaller
IMAGE_SHARE = 0.15


@dataclass(frozen=True)
class PdfText:
    text: str
    page_starts: list[int]  # offset in ``text`` where each page's text begins, one per page
    images_not_read: list[str]  # page 3: an image over 40 % of the page with no text on it, …
    title: str | None = None  # the Title in the file's properties, as the file holds it
    # the lines left out as running at the pages' heads, in order (a report's title may be printed only there)
    running_heads: tuple[str, ...] = ()


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    size: float
    page: int
    top: float  # of its last printed line, when lines of a wrapped label were joined to it
    figures: str | None = None  # a row of a table without rules: its figures at the end (17 2 0 1 0 0 20)
    figures_x0: float | None = None  # where they start
    # the words before the figures, by where they start: a label printed in several columns (（六）其 | 1.申请人…)
    words: list[tuple[float, str]] = field(default_factory=list)
    figure_chars: list[tuple[float, float]] = field(default_factory=list)  # x0, x1 of each character of the figures
    word_ends: list[float] = field(default_factory=list)  # where each of ``words`` ends
    # a figure run into the label's end with no gap (予以公开0 17 …: labels set right, figures left): its characters
    glued: list[tuple[float, float]] = field(default_factory=list)
    solid: bool = False  # the label's column ends where its figures start (a glued figure taken as the first)

    def label(self) -> str:
        return self.text[:len(self.text) - len(self.figures)] if self.figures else self.text

    def unglue(self) -> None:
        """The figure run into the label's end is the row's first figure."""
        x0, part = self.words[-1]
        self.words[-1] = (x0, part[:-len(self.glued)])
        self.figures = f"{part[-len(self.glued):]} {self.figures}"
        self.figures_x0 = self.glued[0][0]
        self.figure_chars = self.glued + self.figure_chars
        self.glued = []
        self.solid = True

    def add_words(self, more: list[tuple[float, str]]) -> None:
        """Lines of a wrapped label joined to this row's label. In a label of several columns (a group's name beside
        its item's: （六）其 | 1.申请人…逾期不补, then 他处理 | 正、行政机关…) a line whose parts each stand under one of
        the label's goes on column by column; any other line goes on at the label's end."""
        words = list(self.words)
        columns = [next((k for k, (x0, _) in enumerate(words) if abs(x0 - x) <= self.size), None) for x, _ in more]
        if len(more) > 1 and None not in columns and len(set(columns)) == len(columns):
            for k, (_, part) in zip(columns, more):
                words[k] = (words[k][0], join_lines([words[k][1], part]))
        elif words and more:
            words[-1] = (words[-1][0], join_lines([words[-1][1], " ".join(part for _, part in more)]))
        else:
            words += more
        self.words = words
        label = " ".join(part for _, part in words)
        self.text = f"{label} {self.figures}" if self.figures else label


def _words(text: str, chars: list[dict]) -> list[tuple[float, str]]:
    """The parts of a line between its gaps, with where each starts."""
    out, k = [], 0
    for part in text.split():
        out.append((chars[k]["x0"] if k < len(chars) else chars[-1]["x1"] if chars else 0.0, part))
        k += len(part)
    return out


def _stretch(chars: list[dict], size: float) -> float:
    """How far a justified line sets its Chinese characters apart (0 for a line set solid): the median gap between
    two of them, at most half a character, so that a table's columns stay apart."""
    gaps = [b["x0"] - a["x1"] for a, b in zip(chars, chars[1:]) if not a["text"].isascii() and not b["text"].isascii()]
    return min(max(median(gaps), 0.0), 0.5 * size) if len(gaps) >= 4 else 0.0


def _collide(chars: list[dict], others: list[dict]) -> bool:
    """Whether a character of ``others`` stands over one of ``chars``."""
    spans = sorted((c["x0"], c["x1"]) for c in chars)
    starts = [x0 for x0, _ in spans]
    for c in others:
        k = bisect_right(starts, c["x1"] - 0.5)
        if k and spans[k - 1][1] > c["x0"] + 0.5:
            return True
    return False


def _spaced(chars: list[dict], stretch: float) -> str:
    """Characters as a line's text: a space where two stand apart by more than the line's own spread and half a
    character."""
    size = median(c["size"] for c in chars) if chars else 10.0
    return "".join((" " if k and c["x0"] - chars[k - 1]["x1"] > stretch + _GAP * size else "") + c["text"]
                   for k, c in enumerate(chars))


# a gap between two digits wider than this share of a character (and the line's own spread) parts two figures: the
# digits of one are set solid, a tab to a stop just past a figure leaves less than the half character of a space
_DIGITS_APART = 0.12


def _figures_apart(text: str, chars: list[dict], stretch: float, size: float) -> str:
    """``text`` with a space between two digits, or a digit and the sign after it, that stand apart (1717175 typed
    17→17→175 with tab stops narrower than its figures), or two Chinese characters (a header typed with tabs whose
    words end just before the next stop: 部门受理件数办结件数; a gap between a character and a digit may be the
    spacing a typesetter puts between Chinese and Latin text)."""
    if sum(not ch.isspace() for ch in text) != len(chars):
        return text
    out, k = [], 0
    for ch in text:
        if not ch.isspace():
            if k and out and not out[-1].isspace() and (chars[k - 1]["text"].isdigit() and (ch.isdigit() or ch in "+-")
                                                        or _HAN.match(chars[k - 1]["text"]) and _HAN.match(ch)
                                                        and _alone_apart(chars, k, stretch + _DIGITS_APART * size)) \
                    and chars[k]["x0"] - chars[k - 1]["x1"] > stretch + _DIGITS_APART * size:
                out.append(" ")
            k += 1
        out.append(ch)
    return "".join(out)


def _alone_apart(chars: list[dict], k: int, gap: float) -> bool:
    """Whether the characters on both sides of the gap before chars[k] are set solid with their other neighbours (a
    tab's gap, not a cell's words spread out to fill it: 受 理 件 数)."""
    return all(not 0 < j < len(chars) or chars[j]["x0"] - chars[j - 1]["x1"] <= gap for j in (k - 1, k + 1))


def _side_by_side(lines: list[dict]) -> list[dict]:
    """Lines that share most of their height and none of their characters' places are one line: a run in another
    font stands higher or lower by the difference of the fonts' ascents (a title's 2022 in a Latin bold amid
    Chinese, as a browser prints it), and pdfplumber tells a line by its top."""
    out: list[dict] = []
    for line in sorted(lines, key=lambda ln: ln["top"]):
        for kept in reversed(out[-3:]):
            shared = min(kept["bottom"], line["bottom"]) - max(kept["top"], line["top"])
            height = min(kept["bottom"] - kept["top"], line["bottom"] - line["top"])
            if shared > 0.5 * height and not _collide(kept["chars"], line["chars"]):
                chars = sorted(kept["chars"] + line["chars"], key=lambda c: c["x0"])
                text = _spaced([c for c in chars if not c["text"].isspace()], 0.0)
                kept.update(chars=chars, text=text, x0=min(kept["x0"], line["x0"]), x1=max(kept["x1"], line["x1"]),
                            top=min(kept["top"], line["top"]), bottom=max(kept["bottom"], line["bottom"]))
                break
        else:
            out.append(dict(line))
    return out


def _text_line(line: dict, page: int) -> _Line:
    chars = [c for c in line["chars"] if not c["text"].isspace()]
    size = median(c["size"] for c in chars) if chars else 10.0
    text = line["text"].strip()
    stretch = _stretch(chars, size)
    if stretch > 0.1 * size:  # a gap is a space when it is wider than the line's own by half a character
        text = _spaced(chars, stretch)
    text = _figures_apart(text, chars, stretch, size)
    text = text.translate(SHARED_GLYPHS)  # ⼀、 is a heading's 一、 to the rules below
    text = _SPACE_BEFORE_MARK.sub("", text)
    row = _FIGURE_ROW.search(text)
    figures = row.group().strip() if row else None
    width = len(figures.replace(" ", "")) if figures else 0
    figures_x0 = chars[-width]["x0"] if figures and width <= len(chars) else None
    figures = figures if figures_x0 else None
    words = _words(text[:len(text) - len(figures)] if figures else text, chars)
    spans = [(c["x0"], c["x1"]) for c in chars[-width:]] if figures else []
    ends = list(accumulate(len(part) for _, part in words))
    glued = _GLUED.search(words[-1][1]) if figures and ends and ends[-1] <= len(chars) else None
    glued = [(c["x0"], c["x1"]) for c in chars[ends[-1] - len(glued.group()):ends[-1]]] if glued else []
    ends = [chars[k - 1]["x1"] for k in ends] if ends and ends[-1] <= len(chars) else []
    return _Line(text, line["x0"], line["x1"], size, page, line["top"], figures, figures_x0, words, spans, ends, glued)


# how far apart two cells of one column may stand and still line up (points)
_ALIGNED = 0.75
_ANCHORS = (lambda g: g[-1][1], lambda g: g[0][0], lambda g: (g[0][0] + g[-1][1]) / 2)  # end, start, centre


def _cells(line: _Line) -> list[list[tuple[float, float]]]:
    """The places of the characters of each figure of a row, figure by figure."""
    out, k = [], 0
    for part in line.figures.split():
        out.append(line.figure_chars[k:k + len(part)])
        k += len(part)
    return out


def _lined_up(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= _ALIGNED for x, y in zip(a, b))


def _split_run_together(pages: list[list]) -> None:
    """Figures of a table without rules that print too close to be told apart (a browser's print of a borderless
    table: 142|279|1528 printed 1422791528) are split where the table's columns are. A column is where the figures of
    other rows end, start or are centred: a row whose figures, split at places between two characters, line up with
    every figure of two or more other rows is read so, when one such split makes the cuts of all others; otherwise
    it is left as printed (and read as one figure or not at all)."""
    rows = [b for blocks in pages for b in blocks
            if isinstance(b, _Line) and b.figures and len(b.figure_chars) == len(b.figures.replace(" ", ""))]
    seen: dict[tuple[int, int], list[list]] = {}  # (anchor, figures) -> [the column places, rows that print them]
    for row in rows:
        cells = _cells(row)
        if len(cells) < 3:
            continue
        for a, anchor in enumerate(_ANCHORS):
            places = [anchor(c) for c in cells]
            kin = seen.setdefault((a, len(places)), [])
            match = next((m for m in kin if _lined_up(m[0], places)), None)
            if match is None:
                kin.append([places, 1])
            else:
                match[1] += 1
    columns = [(a, places) for (a, _), kin in seen.items() for places, n in kin if n >= 2]
    for row in rows:
        cells = _cells(row)
        found = set()
        for a, places in columns:
            if len(places) > len(cells):
                found |= _splits(cells, places, _ANCHORS[a])
        # columns seen in rows that ran two figures together too are coarser: the split that makes every other's
        # cuts is the one
        finest = max(found, key=len, default=())
        if found and all(set(ends) <= set(finest) for ends in found):
            figures, start, parts = row.figures.replace(" ", ""), 0, []
            for end in finest:
                parts.append(figures[start:end])
                start = end
            row.text = row.text[:len(row.text) - len(row.figures)] + " ".join(parts)
            row.figures = " ".join(parts)


# how far from a border of a header's cells the point between two digits may fall and be where their columns meet
# (a share of a character: browsers and office programs print the digits flush against it; a digit is half of one)
_UNDER_GAP = 0.05


def _split_under_header(pages: list[list]) -> None:
    """Figures of a table without rules whose two columns meet in every row (1|21 printed 121 under 本年废止件数 and
    现行有效件数), under a header printed apart: a figure that runs over a border between two header cells is cut
    there, when two of its digits meet within a twentieth of a character of it, and only when the row then holds one
    figure under each header cell after the first (its label's); otherwise the row is left as printed (and read as one
    figure or not at all). A ruled header row shows its borders; a header line of words apart shows them midway
    between two words as wide (centred in cells as wide: 本年增/减 beside 处理决定数量 says nothing of where they meet)."""
    for blocks in pages:
        columns = None  # (the borders a cut may fall on, the left edges of the figure columns and the right end)
        for block in blocks:
            if isinstance(block, _Table):
                last = block.rows[-1] if block.rows else []
                columns = (block.columns[2:], block.columns[1:] + [block.right]) \
                    if len(last) >= 3 and all(c is not None and not _NUMBER_CELL.search(c) for c in last) else None
            elif not isinstance(block, _Line):
                columns = None
            elif not block.figures:
                columns = _header_borders(block) if len(block.words) >= 3 and len(block.word_ends) == len(block.words) \
                    and not any(_NUMBER_CELL.fullmatch(part) for _, part in block.words) else None
            elif columns and len(block.figure_chars) == len(block.figures.replace(" ", "")) \
                    and len(block.figures.split()) < len(columns[1]) - 1:
                _cut_under(block, *columns)


def _header_borders(header: _Line) -> tuple[list[float], list[float]]:
    middles = [(end + start) / 2 for end, (start, _) in zip(header.word_ends, header.words[1:])]
    widths = [end - start for end, (start, _) in zip(header.word_ends, header.words)]
    borders = [m for k, m in enumerate(middles) if abs(widths[k] - widths[k + 1]) <= _UNDER_GAP * header.size]
    return borders, middles + [float("inf")]


def _cut_under(row: _Line, borders: list[float], edges: list[float]) -> None:
    near = _UNDER_GAP * row.size
    parts, k = [], 0
    for part in row.figures.split():
        chars = row.figure_chars[k:k + len(part)]
        k += len(part)
        cut = 0
        for j in range(1, len(part)):
            if any(abs(chars[j][0] - m) <= near and chars[j - 1][1] <= chars[j][0] + _ALIGNED
                   for m in borders if chars[0][0] < m < chars[-1][1]):
                parts.append((part[cut:j], chars[cut:j]))
                cut = j
        parts.append((part[cut:], chars[cut:]))
    # each figure under its own header cell
    columns = [next((c for c, (lo, hi) in enumerate(zip(edges, edges[1:]))
                     if lo - near < chars[0][0] and chars[-1][1] < hi + near), None) for _, chars in parts]
    if len(parts) > len(row.figures.split()) and columns == list(range(len(edges) - 1)) \
            and not any(_NUMBER_CELL.fullmatch(p) is None for p, _ in parts):
        figures = " ".join(p for p, _ in parts)
        row.text = row.text[:len(row.text) - len(row.figures)] + figures
        row.figures = figures


def _splits(cells: list[list[tuple[float, float]]], places: list[float], anchor) -> set[tuple[int, ...]]:
    """The ways (at most two) to cut the row's characters into one figure per column place, cutting between every
    two of its figures as printed: each a tuple of where each figure ends."""
    chars = [c for cell in cells for c in cell]
    cuts, k = set(), 0
    for cell in cells:
        k += len(cell)
        cuts.add(k)
    found: set[tuple[int, ...]] = set()

    def walk(start: int, column: int, ends: tuple[int, ...]) -> None:
        if len(found) > 1:
            return
        if column == len(places):
            if start == len(chars):
                found.add(ends)
            return
        for end in range(start + 1, len(chars) + 1):
            if abs(anchor(chars[start:end]) - places[column]) <= _ALIGNED:
                walk(end, column + 1, ends + (end,))
            if end in cuts:  # a figure as printed is never joined to the next
                break

    walk(0, 0, ())
    return found


@dataclass
class _Table:
    rows: list[list[str | None]]  # None: a position covered by a cell merged across columns
    columns: list[float]  # x of each column's left edge
    right: float  # x of the table's right edge
    pages: list[int]  # the page of each row


@dataclass
class _Paragraph:
    lines: list[_Line]

    def runs_on(self, line: _Line, left: float, right: float) -> bool:
        """Whether ``line`` goes on with this paragraph: its last line reaches the right margin, ``line`` is not
        indented, and it is not a numbered heading after a finished sentence. Over a page's end, the last line must
        also be a paragraph's, starting at the left margin or a first line's indent (up to 4 characters), not set
        right or centred as a cover's date or title is. On a page or over its end, ``line`` is in the type of the last
        line (a title, larger than the body, may reach the right margin: a browser prints a page's heading so, and the
        info line or issuer under it is no part of it)."""
        last = self.lines[-1]
        if (line.page != last.page and last.x0 > left + 4 * last.size) \
                or (abs(line.size - last.size) > 0.1 * last.size and _HAN.search(line.text) and _HAN.search(last.text)):
            return False
        found = _KEPT_TOGETHER.match(line.text)
        kept = found.group() if found else ""
        width = sum(0.6 if ch.isascii() else 1.0 for ch in kept) * line.size
        slack = 2 * last.size + width - (line.size if len(kept) == 1 and not kept.isascii() else 0.0)
        return last.x1 >= right - slack and line.x0 <= left + 0.5 * line.size \
            and not (_SENTENCE_END.search(last.text.rstrip()) and _OUTLINE.match(line.text)) \
            and last.figures is None and line.figures is None and not _CELL_AT_END.search(last.text) \
            and not _set_apart(last)
        # a table's row is a line of its own, also one figure after its words set apart (统计指标 单位 统计数), or
        # words set at tab stops more than two characters apart (a header typed with tabs: 统计指标    单位    统计数)

    def heads_row(self, line: _Line) -> bool:
        """Whether this one-line paragraph is the first line of the label of ``line``, a row of a table without
        rules whose cells are centred in its height (its figures sit on the label's second line, or between its
        lines): just above it, inside the label's column, with no figures; and ``line``'s own words, if any, go on
        from it (no row number such as （二） or 3. of their own)."""
        label, row = self.lines[-1], line
        if len(self.lines) != 1 or label.figures is not None or row.figures is None or label.page != row.page:
            return False
        words = row.label().strip()
        return 0 < row.top - label.top <= 1.6 * label.size and label.x1 <= row.figures_x0 - label.size / 2 \
            and not _SENTENCE_END.search(label.text.rstrip()) \
            and (not words or abs(row.x0 - label.x0) <= label.size and not _OUTLINE.match(words))

    def rest_of_cut_row(self, blocks: list, i: int) -> int:
        """How many lines from ``blocks[i]``, first on its page after a header printed again, are the rest of the
        label of this row, the last of a table without rules on the page before, cut by the page's end: lines one
        under the other inside the row's label column (a narrow column wraps the rest over several), no figures and
        no row number of their own, and followed by a row with its own label (or a row number, the label of a row
        whose figures are on its next line). 0: none."""
        row = self.lines[-1]
        if len(self.lines) != 1 or row.figures is None:
            return 0
        n = 0
        while i + n < len(blocks) and isinstance(line := blocks[i + n], _Line) and line.figures is None \
                and not _OUTLINE.match(line.text) and not _figure_alone(line.text) \
                and abs(line.x0 - row.x0) <= row.size and line.x1 <= row.figures_x0 - row.size / 2 \
                and (n == 0 or line.page == blocks[i].page and 0 < line.top - blocks[i + n - 1].top <= 1.6 * row.size):
            n += 1
        after = blocks[i + n] if i + n < len(blocks) else None
        # the next row starts under the rest, or under a part of the row's label (its item's, a group column blank)
        ok = n and isinstance(after, _Line) and after.page == blocks[i].page \
            and any(abs(after.x0 - x) <= row.size for x in [blocks[i].x0] + [x for x, _ in row.words]) \
            and (_OUTLINE.match(after.text) is not None if after.figures is None else after.label().strip() != "")
        return n if ok else 0

    def wraps_item(self, blocks: list, i: int) -> bool:
        """Whether ``blocks[i]`` goes on with the label of this row (its figures on a line of the label) though it
        holds a row number: a group's label wrapped in a narrow column into its first item's (三、本年度办理结果
        / （一） / 予以公 / 开; 度办理结 7 19 … / 果（一） / 予以公开): the number is of a level under the label's own, if
        any, which holds none of that level yet,
        and the first row of figures after it and the label lines under it opens with a number of its level (（二）),
        so it is no row of its own (a row whose figures sit on its label's second line)."""
        line, row = blocks[i], self.lines[-1]
        # the number opens the line, or follows the rest of the group's label (果（一）: cells centred in their rows)
        level = _outline_level(line.text) or (2 if _ROW_NUMBER.search(line.text) else None)
        own = _outline_level(row.label()) or 0
        if len(self.lines) != 1 or row.figures is None or line.figures is not None or level is None \
                or level <= own or _ROW_MARK[level].search(row.label()) \
                or line.page != row.page or not 0 < line.top - row.top <= 1.6 * row.size \
                or line.x0 < row.x0 - row.size / 2 or line.x1 > row.figures_x0 - 0.5 * row.size:
            return False
        for below in blocks[i + 1:]:
            if not isinstance(below, _Line) or below.page != line.page:
                return False
            if below.figures is not None:
                return _outline_level(below.label()) == level
        return False

    def wraps_group(self, line: _Line) -> bool:
        """Whether ``line`` is the next line of the group's label beside this row, a row of a table without rules
        whose labels stand in two columns, the group's cell merged down over its items (三、本 | （一）予以公开 …, then
        度办 / 理结 / 果 between the items' wrapped lines): just under the row, one part, no figures and no row number,
        in the column of the row's first part when it has two, or wholly left of its label when the row leaves that
        column blank."""
        row = self.lines[-1]
        if len(self.lines) != 1 or row.figures is None or line.figures is not None or line.page != row.page \
                or not 0 < line.top - row.top <= 1.6 * row.size or len(line.words) != 1 or not row.words \
                or _OUTLINE.match(line.text) or _ROW_NUMBER.search(line.text) or _figure_alone(line.text):
            return False
        first = row.words[0][0]
        return line.x1 <= first - 0.5 * row.size or len(row.words) >= 2 and abs(line.x0 - first) <= row.size \
            and line.x1 <= row.words[1][0] - 0.5 * row.size

    def add_group_line(self, line: _Line) -> None:
        row = self.lines[-1]
        x0, part = line.words[0]
        if line.x1 <= row.words[0][0] - 0.5 * row.size:
            row.words = [(x0, part)] + row.words
        else:
            row.words = [(row.words[0][0], join_lines([row.words[0][1], part]))] + row.words[1:]
        label = " ".join(p for _, p in row.words)
        row.text = f"{label} {row.figures}"
        row.top = line.top

    def add_label_line(self, line: _Line) -> None:
        """The rest of this row's label, from ``line``. Where the label's first line ends in a figure with no gap and
        the rest ends before that figure starts, the figure stands in the next column: it is the row's first."""
        row = self.lines[-1]
        if row.glued and line.x1 <= row.glued[0][0] + 0.1 * row.size:
            row.unglue()
        row.add_words(line.words)
        if line.page == row.page:
            row.top = line.top

    def wraps_label(self, line: _Line, after) -> bool:
        """Whether ``line`` goes on with the label of this one-line paragraph, a row of a table without rules (the
        row's figures sit on the label's first line): just under it, inside the label's column, no figures and no
        row number of its own, in any of its parts (办理结果 | （二）部分公开…: a group's name goes on beside the
        next row's label), nor a bracketed one inside a part (度办理结（二）部分公开…: a narrow table's group cell
        runs into the next row's label with no gap); and not the first line of the label of the next line, a row of
        figures alone just under it (a label centred in its row's height: 其他对外管理服务事 / 103 +2 1457 / 项)."""
        row = self.lines[-1]
        heads_next = isinstance(after, _Line) and after.figures is not None and not after.label().strip() \
            and after.page == line.page and 0 < after.top - line.top <= 1.6 * line.size
        return len(self.lines) == 1 and row.figures is not None and line.figures is None and not heads_next \
            and line.page == row.page and 0 < line.top - row.top <= 1.6 * row.size \
            and line.x0 >= row.x0 - row.size / 2 and line.x1 <= row.figures_x0 - (-0.1 if row.solid else 0.5) * row.size \
            and not any(_OUTLINE.match(part) for _, part in line.words) and not _ROW_NUMBER.search(line.text) \
            and not _figure_alone(line.text)


def _set_apart(line: _Line) -> bool:
    """Whether two of the line's words stand more than two characters apart (cells set at tab stops)."""
    return any(x0 - end > 2 * line.size for (x0, _), end in zip(line.words[1:], line.word_ends))


def _figure_alone(text: str) -> bool:
    """Whether a line is a figure or a page number alone (a row's last cell wrapped, a page's foot), never the rest
    of a row's label."""
    return bool(_NUMBER_CELL.fullmatch(text) or _PAGE_NUMBER.fullmatch(text))


def join_lines(parts: list[str], figures_apart: bool = False) -> str:
    """Lines of one cell or paragraph as one: Chinese runs on without a space, two Latin words get one. With
    ``figures_apart`` (a paragraph's lines), two figures get one too: a paragraph breaks a figure only at a space
    (95+4 / 1246), while a narrow cell breaks a long one anywhere."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        apart = _WORD_END.search(out) and _WORD_START.search(part) \
            or figures_apart and out[-1:].isascii() and out[-1:].isdigit() and part[0].isascii() and part[0].isdigit()
        out += " " + part if out and apart else part
    return out


def pdf_to_text(data: bytes) -> PdfText:
    """The report's text; NotTextError when the file is not a PDF, cannot be opened, or has no text layer."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    if not data.lstrip()[:1024].startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise NotTextError("is not a PDF file (no %PDF- header)")
    if b"%%EOF" not in data[-2048:]:
        raise NotTextError("truncated PDF: the file ends before its %%EOF end marker (an incomplete download or copy)")
    pages: list[list] = []
    images: list[str] = []
    chars = unmapped = 0
    scans: list[int] = []  # pages whose text lies over an image of the whole page: a scan's OCR layer
    title = None
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            title = pdf.metadata.get("Title")
            for number, page in enumerate(pdf.pages, 1):
                chars += len(page.chars)
                unmapped += sum(1 for c in page.chars if _UNMAPPED.match(c["text"]))
                pages.append(_page_blocks(page, number))
                not_read, scan = _page_images(page, number)
                images += not_read
                if scan:
                    scans.append(number)
                page.close()  # frees the page's parsed objects: a long report is read page by page
    except NotTextError:
        raise
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise NotTextError("encrypted PDF: it needs a password to open; save an unprotected copy") from None
        raise NotTextError(f"corrupt PDF: {type(cause).__name__}: {cause}") from None
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        raise NotTextError(f"corrupt PDF: {type(exc).__name__}: {exc}") from None
    if not pages:
        raise NotTextError("corrupt PDF: no pages")
    _drop_page_numbers(pages)  # a scan's pages may print their numbers as text: no text layer for all that
    if not any(isinstance(b, _Table) or b.text.strip() for blocks in pages for b in blocks):
        raise NotTextError("scanned PDF, no text layer")
    if unmapped > 0.2 * chars:
        raise NotTextError(f"PDF text layer not readable: {unmapped} of its {chars} characters are glyphs of fonts "
                           "embedded without their Unicode map; run OCR on the file, or export it again from its source")
    if scans:
        images.insert(0, f"{_page_list(scans)}: the text lies over an image of the whole page, as a scan's OCR layer "
                         f"does: {OCR_READING}")
    heads = _drop_running_lines(pages)
    _split_run_together(pages)
    _split_under_header(pages)
    text, page_starts = _assemble(pages)
    return PdfText(text, page_starts, images, title if isinstance(title, str) else None, heads)


def _page_list(numbers: list[int]) -> str:
    """page 3, pages 1-4, pages 1, 3-5."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    spans = ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
    return f"{'pages' if len(numbers) > 1 else 'page'} {spans}"


def _page_images(page, number: int) -> tuple[list[str], bool]:
    """The images of a page that are large and have no text over them (text over an image, a watermark or a
    background, is read), and whether an image covers nine tenths of the page with ten or more characters over it: a
    scanned page with the text layer an OCR program added (ocrmypdf, a scanner's or a PDF editor's OCR), whose figures
    are the OCR's reading of the image."""
    found, scan = [], False
    for image in page.images:
        x0, top = max(image["x0"], 0), max(image["top"], 0)
        x1, bottom = min(image["x1"], page.width), min(image["bottom"], page.height)
        share = max(x1 - x0, 0) * max(bottom - top, 0) / (page.width * page.height)
        if share < IMAGE_SHARE:
            continue
        over = sum(1 for c in page.chars if not c["text"].isspace() and x0 <= c["x0"] and c["x1"] <= x1
                   and top <= c["top"] and c["bottom"] <= bottom)
        if over < 10:
            kind = "a scanned page, no text layer" if not page.chars else "no text on it"
            found.append(f"page {number}: an image over {share:.0%} of the page, {kind}")
        elif share >= 0.9:
            scan = True
    return found, scan


def _page_blocks(page, number: int) -> list:
    """The page's text lines and tables, top to bottom, its page number left out."""
    page = _without_clipped_lines(_without_doubled_chars(page))
    tables = page.find_tables({"explicit_horizontal_lines": _open_ends(page)})
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    blocks = []
    for line in _side_by_side(page.filter(outside).extract_text_lines(return_chars=True, x_tolerance_ratio=_GAP)):
        blocks.append((line["top"], _text_line(line, number)))
    for table in tables:
        grid = _grid(table, number)
        if grid.rows:  # ruled boxes without text are a drawing (a chart, a frame), not a table
            blocks.append((table.bbox[1], grid))
    return [b for _, b in sorted(blocks, key=lambda tb: tb[0])]


def _drop_page_numbers(pages: list[list]) -> None:
    """Leave out each page's number: its first or last line, alone (- 3 -, 第3页 共12页, 3); not the last figures of
    a table row that the page's width wrapped onto the next line (a typed row's 总计), which stand a line's pitch under
    the row. A bare figure there is a page's number only when the pages' figures there run with the pages (the same
    number more than the page's on two pages or more; where no two do, the page's own number; or the file is one
    page): else it is a cell of a table set one cell a line, which a page's head or foot fell on."""
    def lone(blocks: list, k: int) -> _Line | None:
        line = blocks[k] if blocks else None
        return line if isinstance(line, _Line) and page_number(line.text) \
            and not (k == -1 and _wrapped_figures(blocks[-2:])) else None

    for k in (-1, 0):
        bare = {n: int(line.text) for n, blocks in enumerate(pages, 1)
                if (line := lone(blocks, k)) and line.text.strip().isdigit()}
        runs = Counter(figure - n for n, figure in bare.items()).most_common(1)
        for n, blocks in enumerate(pages, 1):
            if lone(blocks, k) and (n not in bare or len(pages) == 1 or (
                    bare[n] - n == runs[0][0] if runs[0][1] >= 2 else bare[n] == n)):
                del blocks[k]


def page_number(text: str) -> bool:
    """Whether a line alone may be a page's number (3, - 3 -, 第3页 共12页); never 0, a cell of a table set one cell
    a line."""
    return _PAGE_NUMBER.fullmatch(text) is not None and re.search(r"[1-9]", text) is not None


def _wrapped_figures(lines: list) -> bool:
    """Whether the second of two lines is the rest of the first's figures: the first ends in figures and the second
    stands under it at the pitch of the text's lines."""
    if len(lines) < 2 or not all(isinstance(b, _Line) for b in lines):
        return False
    row, rest = lines
    return bool(row.figures) and 0 < rest.top - row.top <= 1.6 * max(row.size, rest.size)


def _without_doubled_chars(page):
    """The page without the second copy of characters drawn twice a fraction of a point apart, as some writers make a
    bold face (pdfplumber's dedupe_chars does the same but cost half the reading time)."""
    doubled, kept = set(), None
    for char in sorted(page.chars, key=lambda c: (round(c["top"]), c["x0"])):
        if kept is not None and char["text"] == kept["text"] and abs(char["x0"] - kept["x0"]) < 1 \
                and abs(char["top"] - kept["top"]) < 1:
            doubled.add(id(char))
        else:
            kept = char
    return page.filter(lambda obj: id(obj) not in doubled) if doubled else page


def _without_clipped_lines(page):
    """The page without the lines of text an office program drew clipped out of sight: a cell merged down over a
    table's header rows, printed again on the next page and cut short there, still draws the next line of its text,
    which the cell under it hides (第一项 drawn over that cell's 物, a few tenths of a character higher). Of two lines of
    the same size whose characters stand over each other (the same place, tops less than half a character apart, other
    characters), the higher is left out, with the characters it runs on with."""
    chars = sorted((c for c in page.chars if not c["text"].isspace() and c.get("upright", True)), key=lambda c: c["x0"])
    boxes = [(c["x0"], c["x1"], c["top"], c["size"], c["text"]) for c in chars]
    hidden: set[int] = set()
    for k, (x0, x1, top, size, text) in enumerate(boxes):
        for m in range(k + 1, len(boxes)):
            bx0, bx1, btop, bsize, btext = boxes[m]
            if bx0 - x0 >= 0.5 * size:
                break
            lift = btop - top
            if 0.05 * size < abs(lift) < 0.5 * size and btext != text and abs(size - bsize) < 0.1 * size \
                    and min(x1, bx1) - bx0 > 0.5 * min(x1 - x0, bx1 - bx0):
                hidden.add(id(chars[k] if lift > 0 else chars[m]))
    if not hidden:
        return page
    # the rest of each hidden line: the characters at its height that run on from it, a character apart at most
    for c in [c for c in chars if id(c) in hidden]:
        line = sorted((d for d in chars if abs(d["top"] - c["top"]) < 0.05 * c["size"]), key=lambda d: d["x0"])
        at = next(k for k, d in enumerate(line) if d is c)
        for step in (1, -1):
            k = at
            while 0 <= k + step < len(line) and abs(line[k + step]["x0"] - line[k]["x0"]) <= 1.5 * c["size"]:
                k += step
                hidden.add(id(line[k]))
    return page.filter(lambda obj: id(obj) not in hidden)


def _open_ends(page) -> list[dict]:
    """A rule across the ends of the vertical rules that stop at one height: a row cut by the page's end is often
    left open there, and a table's cells need a rule on each side (where one is printed, it changes nothing)."""
    ends: dict[float, list[float]] = {}
    for edge in page.edges:
        if edge["orientation"] == "v":
            for y in (edge["top"], edge["bottom"]):
                ends.setdefault(round(y, 1), []).append(edge["x0"])
    return [{"object_type": "line", "x0": min(xs), "x1": max(xs), "top": y, "bottom": y, "width": max(xs) - min(xs),
             "height": 0.0, "doctop": y} for y, xs in ends.items() if len(xs) >= 2]


def _grid(table, page: int) -> _Table:
    """Rows of cells. A cell merged across columns is one cell (None in the positions it covers, which are not
    written), so a row's figures are printed once each; one merged across rows is repeated in each row it covers, as a
    group's label is read with each of its rows."""
    rows = table.rows
    columns = sorted({cell[0] for row in rows for cell in row.cells if cell is not None})
    grid: list[list[str | None]] = []
    for row, texts in zip(rows, table.extract(x_tolerance_ratio=_GAP)):
        cells: list[str | None] = []
        for c, (box, text) in enumerate(zip(row.cells, texts)):
            if box is not None:
                cells.append(join_lines((text or "").translate(SHARED_GLYPHS).split("\n")))
            elif _spans_right(row.cells, c, columns):
                cells.append(None)
            else:
                cells.append(grid[-1][c] if grid else "")
        grid.append(cells)
    grid = [row for row in grid if any(row)]  # a row of empty cells holds no figure
    return _Table(grid, columns, table.bbox[2], [page] * len(grid))


def _spans_right(cells: list, c: int, columns: list[float]) -> bool:
    """Whether position ``c`` of a row is covered by the nearest printed cell to its left."""
    for box in reversed(cells[:c]):
        if box is not None:
            return box[2] > columns[c] + 1
    return False


def _continues(table: _Table, block: _Table) -> bool:
    """Whether ``block``, first on its page, goes on with ``table``, last on the page before: the same outer edges
    (its inner columns may differ, when pdfplumber read parts of different columns as one table)."""
    return abs(table.columns[0] - block.columns[0]) <= 2 and abs(table.right - block.right) <= 2


def _regrid(table: _Table, columns: list[float]) -> None:
    """The table's rows on ``columns``, which hold its own: a position it does not have is covered by the cell to
    its left."""
    index = [next((k for k, y in enumerate(table.columns) if abs(x - y) <= 2), None) for x in columns]
    table.rows = [[row[k] if k is not None else None for k in index] for row in table.rows]
    table.columns = columns


def _cut_row(above: list[str], below: list[str]) -> bool:
    """Whether ``below``, first row on a page, is the rest of ``above``, the last on the page before: the same cells
    merged across columns, one of them has empty cells, no column has a figure in both, and ``below`` opens with no
    row number such as （二） or 3."""
    if [a is None for a in above] != [b is None for b in below]:
        return False
    above, below = [a or "" for a in above], [b or "" for b in below]
    if _OUTLINE.match(below[0]) or all(above) and all(below):
        return False
    return not any(a and b and (_NUMBER_CELL.fullmatch(a) or _NUMBER_CELL.fullmatch(b)) for a, b in zip(above, below))


def _printed_again(row: list, header: list) -> bool:
    """Whether ``row`` is ``header`` printed again: the same cells, where a cell merged down over the header rows may
    be cut short (an office program prints what the repeated rows' height holds: （本列数据的勾稽关系为：)."""
    return row == header or len(row) == len(header) and all(
        a == b or a and b and a.startswith(b) for a, b in zip(header, row))


def _append_rows(table: _Table, block: _Table) -> None:
    """The rows of ``block`` after those of ``table``: a header printed again left out, a cut row joined."""
    columns = sorted(table.columns + [x for x in block.columns if all(abs(x - y) > 2 for y in table.columns)])
    _regrid(table, columns)
    _regrid(block, columns)
    k = 0  # a row printed again at the top without figures is a header (of the table or of a part of it)
    while k < len(block.rows) - 1 and any(_printed_again(block.rows[k], row) for row in table.rows) \
            and not any(c and _NUMBER_CELL.fullmatch(c) for c in block.rows[k]):
        k += 1
    rows, pages = block.rows[k:], block.pages[k:]
    if rows and _cut_row(table.rows[-1], rows[0]):
        table.rows[-1] = [a if a == b else join_lines([a or "", b or ""]) for a, b in zip(table.rows[-1], rows[0])]
        rows, pages = rows[1:], pages[1:]
    table.rows += rows
    table.pages += pages


def _drop_running_lines(pages: list[list]) -> tuple[str, ...]:
    """Leave out the lines printed at the head or foot of most pages (the issuer, the report's title, a page number
    with words around it): page furniture that would cut the paragraphs and tables running over the pages. Returns the
    heads that ran over the pages (not a browser's, which hold its print time)."""
    def key(line: _Line) -> str:  # the page's number may be part of it: 某某县年报 第3页
        text = line.text.strip()
        return re.sub(r"\d+", "#", text) if "页" in text else text

    def counts_pages(line: _Line, number: int) -> bool:  # a browser's or a printer's foot: …/report.html 2/3
        return re.search(rf"(?<![\d/]){number}\s*/\s*{len(pages)}$|第\s*{number}\s*页\s*[/，,]?\s*共\s*{len(pages)}\s*页$",
                         line.text.strip()) is not None

    counts: Counter[str] = Counter()
    for blocks in pages:
        counts.update({key(b) for b in (blocks[:1] + blocks[-1:]) if isinstance(b, _Line)})
    # a figure alone is a cell of a table set one cell a line (0 at the foot of most pages), not page furniture
    running = {k for k, n in counts.items() if n >= 2 and n > len(pages) / 2 and not re.fullmatch(r"[\d.,%]+", k)}
    heads: dict[str, None] = {}
    for number, blocks in enumerate(pages, 1):
        for k in (-1, 0):
            if blocks and isinstance(blocks[k], _Line) and (key(blocks[k]) in running or counts_pages(blocks[k], number)
                                                            or k == 0 and _PRINTED_AT.match(blocks[k].text)):
                if k == 0 and key(blocks[k]) in running and not _PRINTED_AT.match(blocks[k].text):
                    heads[blocks[k].text.strip()] = None
                del blocks[k]
    return tuple(heads)


# a browser's head over a page it prints: the time it printed it (12/6/26, 10:53 PM; 2024/7/15 10:53), then the page's
# title; on a one-page file no other page shows it running
_PRINTED_AT = re.compile(r"\s*(?:\d{1,2}/\d{1,2}/\d{2}|(?:19|20)\d{2}/\d{1,2}/\d{1,2}),?\s+(?:[上下]午\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?!\S)")


def _assemble(pages: list[list]) -> tuple[str, list[int]]:
    """The text of the pages (their running lines left out), and where each page's text begins in it."""
    lines = [b for blocks in pages for b in blocks if isinstance(b, _Line)]
    left = min((ln.x0 for ln in lines), default=0.0)
    right = max((ln.x1 for ln in lines), default=0.0)
    items: list[_Paragraph | _Table] = []
    printed: set[str] = set()  # the lines of the pages before: a table's header printed again is among them
    printed_parts: set[str] = set()  # and the parts of those without figures
    printed_at: set[tuple[str, int]] = set()  # and those lines with where they stood on their page
    for blocks in pages:
        last = items[-1] if items else None
        cut = last if isinstance(last, _Paragraph) and last.lines[-1].figures is not None else None
        skip, header_placed = 0, False
        for i, block in enumerate(blocks):
            last = items[-1] if items else None
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            if skip:
                skip -= 1
                continue
            # the rest starts after the header: a line not printed before, or one printed elsewhere right after a
            # header printed again where it stood on a page before (请, which another row's label wrapped to)
            placed = isinstance(block, _Line) and (block.text, round(block.top)) in printed_at
            rest = cut.rest_of_cut_row(blocks, i) if cut is not None and isinstance(block, _Line) and not placed \
                and (block.text not in printed or header_placed) else 0
            header_placed = placed
            if rest:
                for line in blocks[i:i + rest]:
                    cut.add_label_line(line)
                cut, skip = None, rest - 1
                continue
            # a header printed again keeps the cut row open: its lines, or their parts, were printed on the pages
            # before (a merged cell cut short there parts the header's lines otherwise: 第一项加 自然人 … 总计)
            if not isinstance(block, _Line) or block.text not in printed and (
                    block.figures is not None or not set(block.text.split()) <= printed_parts):
                cut = None
            if isinstance(block, _Table):
                if i == 0 and isinstance(last, _Table) and _continues(last, block):
                    _append_rows(last, block)
                else:
                    items.append(block)
            elif isinstance(last, _Paragraph) and last.heads_row(block):
                label = last.lines[0]
                own, block.words = block.words, label.words
                block.add_words(own)
                block.x0 = label.x0
                last.lines = [block]
            elif isinstance(last, _Paragraph) and last.wraps_group(block):
                last.add_group_line(block)
            elif isinstance(last, _Paragraph) and (last.wraps_label(block, after) or last.wraps_item(blocks, i)):
                last.add_label_line(block)
            elif isinstance(last, _Paragraph) and last.runs_on(block, left, right):
                last.lines.append(block)
            else:
                items.append(_Paragraph([block]))
        printed.update(b.text for b in blocks if isinstance(b, _Line))
        printed_at.update((b.text, round(b.top)) for b in blocks if isinstance(b, _Line))
        printed_parts.update(part for b in blocks if isinstance(b, _Line) and b.figures is None for part in b.text.split())
    out: list[str] = []
    first_at: dict[int, int] = {}  # page -> offset of its first character in the text
    pos = 0
    for item in items:
        if isinstance(item, _Table):
            for row, page in zip(item.rows, item.pages):
                first_at.setdefault(page, pos)
                out.append("\t".join(cell for cell in row if cell is not None))
                pos += len(out[-1]) + 1
            continue
        text = ""
        for line in item.lines:
            text = join_lines([text, line.text], figures_apart=True)
            first_at.setdefault(line.page, pos + len(text) - len(line.text.strip()))
        out.append(text)
        pos += len(text) + 1
    page_starts, start = [], pos
    for page in range(len(pages), 0, -1):  # a page with nothing read begins where the next one does
        start = first_at.get(page, start)
        page_starts.append(start)
    return "\n".join(out) + "\n", page_starts[::-1]
