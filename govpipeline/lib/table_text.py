"""Cells of a table as text prints them: tokens (labels, figures, blank cells) and the ways to split a run of
figures into a row's cells.

A table arrives as tab or pipe rows, one cell per line, or flattened: a crawled page puts a whole table, even the
whole body, on one line, labels and each row's digits run together (…部分公开（…）121001014（三）不予公开1.属于国家秘密
00000002.其他…). ``tokenize`` reads every form as one stream of labels and figures with their offsets, telling a
row's item number from the digits stuck before it; ``row_candidates`` lists the ways a run of digits can be the
row's cells under the identities a caller gives. The template (template.py) and the statistics table of older
reports (statistics_table.py) read their rows from these.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Callable

from govpipeline.lib.offsets import OffsetMap

_SEPARATORS = re.compile(r"\t|\|")
# a figure: its sign, digits (in groups of three after a comma: 11,398,889), decimals, and 元 or 万元, or the count's
# unit a cell may print (12件, 3项: one cell, never cut; 件次 is a label's word). Figures in groups run together on a
# flattened page (2,4091,41850…) are one token, which row_candidates cuts between groups.
_UNSIGNED = r"\d+(?:,\d{3}\d*)*(?:\.\d+)?(?:万?元|件(?!次)|项)?"
# a cell of a run printed with thousands separators: a figure of four digits or more has them, a figure has no
# leading zero
_GROUPED_CELL = re.compile(r"0|[1-9]\d{0,2}(?:,\d{3})*")
NUMBER = re.compile(rf"[+\-]?{_UNSIGNED}")
# a change as Word's Chinese fonts print its sign (＋3, －2, −2): a sign right before its digits, where a table's
# figures are signed; alone, － is a blank mark
_SIGNED = rf"[+\-＋－−]?{_UNSIGNED}"
_SIGNS = str.maketrans("＋－−", "+--")
# a blank cell as a table prints it in place of 0 or of nothing (规章 / / /, 96—7), one token a character: —— is
# one blank printed as a long dash or two printed as dashes, which row_candidates decides
_MARK = r"—|－|-|/|／"
_MARK_CHARS = frozenset(_MARK.split("|"))  # a token that is one mark
_MARKS = re.compile(rf"(?:{_MARK})+")
_PAIRED = "—－-"  # marks of which two together may be one blank
# 无 printed for 0 among figures (12 无 无 35): a blank cell when it stands alone, not in a word (无法提供); where cells
# run together (567无无无18, 属于国家秘密无无…, 收费无-4), one of two or more together (but the 无 that opens the
# template's 无法提供 or 无正当理由 after them), or one touching a figure, a sign or a mark, or one after a figure before
# the next row's number (3无三、…)
_NONE_WORD = (r"(?<![\u4e00-\u9fff])无(?![\u4e00-\u9fff])|无(?=无|\d|[+\-＋－−—/／])|(?<=无)无(?!法|正当)|"
              r"(?<=\d)无(?=[^\u4e00-\u9fff]|[一二三四五六七八九十]+、|$)")
# between a run's figures: separators, units, and with marks the blank marks
_NOT_FIGURES = {False: re.compile(r"[,\s件项]"), True: re.compile(rf"[,\s件项]|{_MARK}|无")}
_HAN = re.compile(r"[\u4e00-\u9fff]")
# what no table prints touching a figure, and an OCR layer makes of a stroke it misreads (]41, 1]5, 2O6)
_JUNK = re.compile(r"[\[\]{}<>\\^_~`A-Za-z]")
_STRIPPED = r"[\s（）()、.．:：“”\"'‘’，,；;—\-/]"  # what separates the words of a label: spaces, punctuation
LABEL_STRIP = re.compile(_STRIPPED)


@cache
def loose(*phrases: str) -> re.Pattern:
    """Any of ``phrases``, with separators allowed between their characters: a search of the text as it is, which
    finds what a search of the text with LABEL_STRIP's characters removed would, without building that text."""
    return re.compile("|".join((_STRIPPED + "*").join(map(re.escape, p)) for p in phrases))


_BLANK_MARKS = {"", "-", "—", "－", "/", "／", "无"}


@dataclass
class Token:
    kind: str  # 'label' | 'number' | 'blank'
    text: str
    start: int
    end: int
    alone: bool = False  # a figure that is a whole cell of a tab row or a whole line: one cell, never several
    doubtful: bool = False  # a figure touching a character no table prints beside one (]41, 1O5): an OCR misreading

    @property
    def key_text(self) -> str:
        return LABEL_STRIP.sub("", self.text)


# figures inside a cell: numbers, one space apart or run together; where blank marks are read, marks among them
_FIGURES = re.compile(rf"{NUMBER.pattern}(?:[ \u3000]*{NUMBER.pattern})*")


@cache
def _figures(marks: bool, signed: bool) -> tuple[re.Pattern, re.Pattern]:
    """(a run of figures, one figure or mark in it)."""
    if not marks:
        return _FIGURES, NUMBER
    one = rf"{_SIGNED if signed else _UNSIGNED}|{_MARK}|{_NONE_WORD}"  # a sign before a digit is a sign only if signed
    return re.compile(rf"(?:{one})(?:[ \u3000]*(?:{one}))*"), re.compile(one)
# a page's number, where a PDF's page break falls inside a table: 第 3 页 共 8 页, - 3 -; on a line of its own also 3/8
_PAGE_WORDS = r"第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页[,，]?\s*第\s*\d{1,4}\s*页"
_PAGE_CELL = re.compile(rf"[-—－]\s*\d{{1,4}}\s*[-—－]|{_PAGE_WORDS}")  # a cell of its own (| 36 | - 2 - | …)
_PAGE_NUMBER = re.compile(rf"{_PAGE_CELL.pattern}|\d{{1,4}}\s*/\s*\d{{1,4}}")
# one a crawl of a PDF's pages left inside a table on one line: 第 3 页 共 8 页, or - 3 - with no space outside its
# dashes (…2727- 3 -某市…: a page's cells set apart by spaces would set the dashes apart too)
_PAGE_IN_LINE = re.compile(rf"{_PAGE_WORDS}|(?<=\S)[-—－]\s+\d{{1,4}}\s+[-—－](?=\S)")
_FIGURE_END = re.compile(rf"(?:\d|{_MARK}|无)\s*$")
_FIGURE_START = re.compile(rf"\s*(?:\d|{_MARK}|无)")


def _without_page_numbers(line: str) -> str:
    """The line with each page number inside it blanked out (offsets kept), unless figures stand on both sides of
    it: a row the break cuts is left as it is, never joined or cut again."""
    def blank(m: re.Match) -> str:
        inside = _FIGURE_END.search(line, 0, m.start()) and _FIGURE_START.match(line, m.end())
        return m.group(0) if inside else " " * len(m.group(0))
    return _PAGE_IN_LINE.sub(blank, line)


# the line under a Markdown table's header (|---|:---:|): no cells
_MARKDOWN_RULE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?")
_ITEM_MARK = ".．、"  # 2.其他…, 2、政府公报…: the number of the row that follows
_DATE_MARK = "年月日号"  # 2015年度: a year in a header, no cell
# the outline of a label: （三） or 三、 opens a group whose items count from 1; 2. or 2、 is an item
OUTLINE_MARKS = re.compile(r"(?P<group>[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)|"
                            r"(?<!\d)(?P<item>\d{1,2})[.．、](?!\d)")


class _Outline:
    """The item number last seen in a table's labels, so that the next item's number can be told from the digits of
    the row before when a flattened page runs them together (…禁止公开00000002.其他…: 0000000, then 2.其他)."""

    def __init__(self):
        self.last_item = 0

    def after(self, label: str) -> int:
        last = self.last_item
        for m in OUTLINE_MARKS.finditer(label):
            last = int(m.group("item")) if m.group("item") else 0
        return last

    def read(self, label: str) -> None:
        self.last_item = self.after(label)


def _item_digits(run: str, expected: int, alone: bool) -> int:
    """How many of the digits that end ``run`` are the number of the item after it: the number the outline expects
    next, else a run of one or two digits that stands alone, else its last digit."""
    want = str(expected)
    if run.endswith(want) and (len(run) > len(want) or alone):
        return len(want)
    return len(run) if alone and len(run) <= 2 else 1


def _stray(cell: str, tokens: list[Token], at: int, run_start: int) -> bool:
    """Whether the label just read is one character set apart between figures (0 0 0 0 了 0 7), what an OCR layer
    makes of a figure it misreads: then it and the figure before it are marked doubtful. (Two are a row's label on a
    page that drops the item numbers: … 0 0 其他 0 0 3 3.)"""
    if len(tokens) < 2 or tokens[-1].kind != "label" or tokens[-2].kind != "number":
        return False
    label, before = tokens[-1], tokens[-2]
    gap, after = cell[before.end - at:label.start - at], cell[label.end - at:run_start]
    if not (len(label.text) == 1 and _HAN.fullmatch(label.text) and label.text != "无"
            and gap and not gap.strip() and after and not after.strip()):
        return False
    tokens[-2] = dataclasses.replace(before, doubtful=True)
    return True


def _cell_tokens(cell: str, at: int, outline: _Outline, marks: bool, signed: bool) -> list[Token]:
    """The labels and numbers of one cell, in order, with offsets (``at`` is the cell's). A cell of a flattened page
    holds many: 部分公开（区分处理的…）121001014（三）不予公开1.属于国家秘密00000002.其他… With ``marks``, a blank mark
    among figures, or two or more together (规章///), is a blank cell; one alone between words is punctuation
    (本年增/减)."""
    runs, one = _figures(marks, signed)
    tokens: list[Token] = []
    label_from = 0

    def emit_label(end: int) -> None:
        text = cell[label_from:end]
        stripped = text.strip()
        if stripped and _HAN.search(stripped):  # not junk such as '?' before a number
            first = label_from + len(text) - len(text.lstrip())
            tokens.append(Token("label", stripped, at + first, at + first + len(stripped)))
            outline.read(stripped)

    for m in runs.finditer(cell):
        run = m.group(0)
        if marks and not any(c.isdigit() for c in run) and len(one.findall(run)) < 2:
            continue  # a mark alone between words
        after = cell[m.end():m.end() + 2]
        if after[:1] and after[0] in _DATE_MARK:
            continue  # a year or a date, part of the label
        if after[:1] in ("）", ")") and cell[m.start() - 1:m.start()] in ("（", "(") and run.isdigit():
            continue  # an item's number in brackets, （1）政府网站公开数: part of the label
        figures_end = m.end()
        if after[:1] and after[0] in _ITEM_MARK and (len(after) == 1 or not after[1].isdigit()):
            digits = re.search(r"\d+$", run)
            # cells a space apart (0 0 2.其他), or with blank marks among them (41 — — 2.其他, —2.其他)
            if not digits or not _NOT_FIGURES[marks].sub("", run).isdigit():
                continue
            begin = m.start() + digits.start()
            alone = begin == 0 or not cell[begin - 1].isdigit()
            pending = outline.after(cell[label_from:m.start()])
            k = _item_digits(digits.group(), pending + 1, alone)
            figures_end = m.end() - k
            if figures_end == m.start():
                continue  # the whole run numbers the next item: label text
        emit_label(m.start())
        stray = _stray(cell, tokens, at, m.start())
        for n in one.finditer(cell, m.start(), figures_end):
            kind = "blank" if n.group(0) == "无" or n.group(0) in _MARK_CHARS else "number"
            doubtful = kind == "number" and bool(_JUNK.match(cell[n.start() - 1:n.start()] if n.start() else "")
                                                 or _JUNK.match(cell[n.end():n.end() + 1]) or stray)
            stray = False
            tokens.append(Token(kind, n.group(0), at + n.start(), at + n.end(), doubtful=doubtful))
        label_from = figures_end
    emit_label(len(cell))
    return tokens


def tokenize(text: str, start: int = 0, end: int | None = None, marks: bool = False,
             signed: bool = True) -> list[Token]:
    """Labels, numbers and blank cells of a text region, with their offsets in ``text``. ``marks``: blank marks run
    together with figures are blank cells (see _cell_tokens); ``signed``: a + or - before a digit is its sign, else
    (a table with no column of changes) a - is a blank mark."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    outline = _Outline()
    pos = start
    for line in text[start:end].split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip() or len(line) < 24 and _PAGE_NUMBER.fullmatch(line.strip()) \
                or _MARKDOWN_RULE.fullmatch(line):
            continue
        line = _without_page_numbers(line)
        cells: list[tuple[int, str]] = []
        cell_start = 0
        for m in _SEPARATORS.finditer(line):
            cells.append((cell_start, line[cell_start:m.start()]))
            cell_start = m.end()
        cells.append((cell_start, line[cell_start:]))
        separated = len(cells) > 1
        if separated:  # '| 2 | 1 |': a pipe at the line's ends opens or closes it, it does not add a cell
            if line.lstrip().startswith("|") and not cells[0][1].strip():
                cells = cells[1:]
            if line.rstrip().endswith("|") and cells and not cells[-1][1].strip():
                cells = cells[:-1]
        for offset, cell in cells:
            stripped = cell.strip()
            if separated and _PAGE_CELL.fullmatch(stripped):
                continue  # a page's number a crawl set between a table's cells (| 36 | - 2 - | …): no cell
            cell_pos = line_start + offset + (len(cell) - len(cell.lstrip()))
            if stripped in _BLANK_MARKS or (separated and _MARKS.fullmatch(stripped)):  # ——, //
                if separated:
                    tokens.append(Token("blank", stripped, cell_pos, cell_pos + len(stripped)))
            elif NUMBER.fullmatch(stripped):  # the common cell of a table of cells, or a line of one cell: a figure
                tokens.append(Token("number", stripped, cell_pos, cell_pos + len(stripped), alone=True))
            else:
                tokens += _cell_tokens(cell, line_start + offset, outline, marks, signed)
    return tokens


Columns = Callable[[int], "tuple[int, int] | None"]


def layout_columns(text: str, offsets: OffsetMap) -> Columns:
    """Where a character of ``text`` stood across its line in the source, which normalization no longer shows (it
    turns a run of spaces into one): (column counting a CJK character two, as a layout-keeping converter may align
    them; column counting it one), each run of spaces as wide as the offset map says its source was. None when a
    character before it on the line was rewritten to another length (a repair), or the line's indent is not known
    (its line end stands for more than one source character: blank lines folded), so no count can be trusted."""
    def column(pos: int) -> tuple[int, int] | None:
        start = text.rfind("\n", 0, pos) + 1
        if start == 0 or offsets.source_end(start) - offsets.source_start(start - 1) != 1:
            return None
        wide = chars = offsets.source_start(start) - offsets.source_end(start)  # the spaces normalization took off
        for i in range(start, pos):
            length = offsets.source_end(i + 1) - offsets.source_start(i)
            if text[i] == " ":
                wide, chars = wide + length, chars + length
            elif length != 1:
                return None
            else:
                wide, chars = wide + (2 if unicodedata.east_asian_width(text[i]) in "WF" else 1), chars + 1
        return wide, chars
    return column


MOST_READINGS = 50


def row_candidates(tokens: list[Token], n: int, check, forced=None, cut_apart: bool = False,
                   signed: frozenset[int] | None = None) -> list[list[tuple[str, int, int]]]:
    """Ways to read ``tokens`` (numbers, some of them several cells run together, and blank cells) as ``n`` cells
    that satisfy ``check``; each cell is (text, start, end), or None for a blank one (0 to ``check``), and cells
    have no leading zeros. Cells are cut one at a time and
    ``check`` sees the values read so far, so a reading is dropped as soon as its first cells break an identity;
    ``forced``, given the values so far, names the value the next cell must have (a 总计 after its parts), so only
    that cut is tried. At most MOST_READINGS + 1 readings are kept (one more says there are more), in the order of
    their cell boundaries. Figures that are each a whole cell or line (Token.alone) are a cell each: fewer of them
    than ``n`` are cells with blanks left out, see _placements; with ``cut_apart`` (a page that keeps its empty
    cells), when no placement of blanks holds, they are cut as any run is. ``signed``: the cells a + or - may
    open (a change column's), when not any."""
    if 1 < len(tokens) < n and all(t.alone or t.kind == "blank" for t in tokens) and any(t.alone for t in tokens):
        placed = _placements(tokens, n, check)
        if placed or not cut_apart:
            return placed
        # two cells printed as one (a borderless table's columns that meet in every row: 158|123 as 158123)
        tokens = [dataclasses.replace(t, alone=False) for t in tokens]
    results: list[list[tuple[str, int, int] | None]] = []
    after = [0] * (len(tokens) + 1)  # at most a cell a character from token i on (a sign opens one); a decimal one
    least = [0] * (len(tokens) + 2)  # at least a cell a token from token i on, two paired marks one
    for i in range(len(tokens) - 1, -1, -1):
        text = tokens[i].text
        after[i] = after[i + 1] + (len(text) if tokens[i].kind == "number" and _splittable(text) else 1)
        least[i] = min(1 + least[i + 1], 1 + least[i + 2] if _paired(tokens, i) else len(tokens))

    def walk(i: int, pos: int, acc: list[tuple[str, int, int] | None], values: list[int]):
        if len(results) > MOST_READINGS or after[i] - pos < n - len(acc) or not check(values):
            return
        if signed is not None and acc and acc[-1] is not None and acc[-1][0][:1] in "+-＋－−" \
                and len(acc) - 1 not in signed:
            return
        if i < len(tokens) and forced is not None and (must := forced(values)) is not None \
                and (tokens[i].text.isdigit() or "," in tokens[i].text and _splittable(tokens[i].text)):
            rest = tokens[i].text[pos:]
            text = f"{must:,}" if "," in tokens[i].text else str(must)
            if rest == text:
                walk(i + 1, 0, acc + [(rest, tokens[i].start + pos, tokens[i].end)], values + [must])
            elif rest.startswith(text) and rest[len(text)].isdigit() and n - len(acc) >= 2:
                at = tokens[i].start + pos
                walk(i, pos + len(text), acc + [(text, at, at + len(text))], values + [must])
            return
        if i == len(tokens):
            if len(acc) == n:
                results.append(list(acc))
            return
        tok = tokens[i]
        if tok.kind == "blank":  # a cell alone, or with the same dash beside it
            for step in (1, 2) if _paired(tokens, i) else (1,):
                if len(acc) + 1 + least[i + step] <= n:
                    walk(i + step, 0, acc + [None], values + [0])
            return
        room = n - len(acc) - least[i + 1]  # cells this token may still take: the later ones need theirs
        if room < 1:
            return
        sign = 1 if pos == 0 and tok.text[0] in "+-＋－−" else 0  # 本年增/减 +3: the sign opens the first cell
        rest = tok.text[pos:]
        body = rest[sign:]
        if not body.isdigit() and not _splittable(body):  # a decimal (12.5 万元) is one cell, never cut
            walk(i + 1, 0, acc + [(tok.text, tok.start, tok.end)], values + [printed_value(tok.text)])
            return
        grouped = "," in tok.text
        if grouped:  # a cell ends between two digits and is grouped as the run prints figures
            minus = -1 if sign and rest[0] in "-－−" else 1
            if _GROUPED_CELL.fullmatch(body):
                walk(i + 1, 0, acc + [(rest, tok.start + pos, tok.end)], values + [minus * int(body.replace(",", ""))])
            if room >= 2:
                for k in range(1, min(len(body), 16)):
                    if body[k].isdigit() and _GROUPED_CELL.fullmatch(body[:k]):
                        end = tok.start + pos + sign + k
                        walk(i, pos + sign + k, acc + [(rest[:sign + k], tok.start + pos, end)],
                             values + [minus * int(body[:k].replace(",", ""))])
            return
        if pos == 0 or body == "0" or not body.startswith("0"):  # the rest of the token is one cell
            try:
                value = int(rest)
            except ValueError:  # a full-width sign (－2): rare, so looked for only here
                value = int(rest.translate(_SIGNS))
            walk(i + 1, 0, acc + [(rest, tok.start + pos, tok.end)], values + [value])
        if pos == 0 and rest[0] == "-" and room >= 2:  # or its - is a blank cell before the figures (8-300: 8, -, 300)
            walk(i, 1, acc + [None], values + [0])
        if room >= 2:  # or a cell is cut from it and the token goes on
            for k in range(sign + 1, sign + (min(2, len(body)) if body.startswith("0") else len(body))):
                # a cell '0' is one digit
                try:
                    value = int(rest[:k])
                except ValueError:
                    value = int(rest[:k].translate(_SIGNS))
                walk(i, pos + k, acc + [(rest[:k], tok.start + pos, tok.start + pos + k)], values + [value])

    walk(0, 0, [], [])
    unique = {tuple(cells): cells for cells in results}  # two blanks read as one or two may give the same cells
    return sorted(unique.values(), key=lambda cells: [(-1, 0) if c is None else (c[1], 1) for c in cells])


def _placements(tokens: list[Token], n: int, check) -> list[list[tuple[str, int, int] | None]]:
    """Ways to read ``tokens``, each one cell, as ``n`` cells in their order with blank cells among them (an empty
    cell that a converter dropped, one cell a line or tabs run together) that satisfy ``check``: a figure standing
    alone is never cut into several, which would read 2 and 18 of a row 规章 (empty) 2 18 as 2 1 8."""
    results = []
    for at in itertools.combinations(range(n), len(tokens)):
        cells: list[tuple[str, int, int] | None] = [None] * n
        for k, tok in zip(at, tokens):
            cells[k] = None if tok.kind == "blank" else (tok.text, tok.start, tok.end)
        if check([0 if c is None else printed_value(c[0]) for c in cells]):
            results.append(cells)
            if len(results) > MOST_READINGS:
                break
    return results


def _splittable(text: str) -> bool:
    """Whether a figure may hold several cells: digits, perhaps in groups, perhaps after a sign (a change touching
    the figure after it, +31,056: +3 | 1,056); a decimal or an amount in 元 is one."""
    body = text.lstrip("+-＋－−")
    return body[:1].isdigit() and body.replace(",", "").isdigit()


def _paired(tokens: list[Token], i: int) -> bool:
    """Whether token i and the next are two of the same dash side by side, which may be one blank cell."""
    return i + 1 < len(tokens) and tokens[i].kind == tokens[i + 1].kind == "blank" and \
        tokens[i].text == tokens[i + 1].text and tokens[i].text in _PAIRED and tokens[i].end == tokens[i + 1].start



def bare_figure(raw: str) -> str:
    """A figure as printed without its thousands separators and its unit (元, 万元, 件, 项)."""
    return raw.replace(",", "").removesuffix("件").removesuffix("项").removesuffix("元").removesuffix("万")


@lru_cache(maxsize=4096)  # a parse reads the same tokens again on each way it tries (~4 calls a figure)
def printed_value(raw: str) -> float:
    """A figure's value as printed, without its thousands separators and its unit."""
    try:
        return float(bare_figure(raw))
    except ValueError:  # a full-width sign (－2): rare, so looked for only here
        return float(bare_figure(raw.translate(_SIGNS)))
