"""Hard-wrapped text: a report saved as text from a PDF or a print view breaks its paragraphs into lines of the page's
width (…其中予以公开 / 2件。), so a figure's words end up on the line before it. Such a text is told by its lines:
many hold a clause's end and end short of a sentence's end at nearly one width, and hardly any line is longer than
that width (a list of titles, each as wide as the next, is no paragraph). Then a line that
reaches the width and ends inside a sentence goes on in the next, unless that one opens a heading, a list item, a
table row or a page number. Texts of one paragraph a line (web pages, .docx, our PDF reader's) are left as they are.
"""
from __future__ import annotations

import re

from govpipeline.lib.offsets import Edit

_SENTENCE_END = tuple("。！？；：!?;:")
_INNER_PUNCTUATION = re.compile(r"[，。；、：,;]")
_OPENS_BLOCK = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、](?!\d)|第[一二三四五六七八九十\d]+[章节条部]"
                          r"|[-—–－]\s*\d+\s*[-—–－]$|第\s*\d+\s*页|附件|附表)")
_TABLE_ROW = re.compile(r"\t|\S\s{2,}\S|(?:^|\s)\d[\d,.]*(?:\s+\d[\d,.]*){2,}\s*$")
# a figure cut between its scale and its unit (5.2万 / 亩) or inside its unit (元/ / 年): one figure, at any width
_FIGURE_CUT = re.compile(r"(?:\d[万亿千]|\d[\u4e00-\u9fff]{1,3}/)$")
_MIN_WIDTH, _MAX_WIDTH = 40, 160  # half-width columns: a page holds 20 to 80 Chinese characters a line
_SLACK = 12  # a line this far short of the page's width still reaches it (punctuation set narrow, a long word moved on)
_WRAPPED_LINES = 4  # this many lines ending inside a sentence at the page's width make a hard-wrapped text


def width(line: str) -> int:
    """Display width in half-width columns: a Chinese character is two, a digit or Latin letter one (GBK's bytes
    count them so, at C speed; a character GBK lacks counts one)."""
    return len(line.encode("gbk", errors="replace"))


def wrap_edits(text: str) -> list[Edit]:
    """Edits that join the lines of a hard-wrapped text's paragraphs; none for a text that is not hard-wrapped."""
    lines = text.split("\n")
    lengths = sorted(len(line) for line in lines if line)
    # a line is at most twice as wide as it is long: a text whose lines are mostly longer than a page is wide is
    # paragraphs a line, told without measuring each character (most texts)
    if len(lengths) < _WRAPPED_LINES or lengths[int(len(lengths) * 0.9)] > _MAX_WIDTH:
        return []
    cut = sum(1 for line in lines if len(line) >= _MIN_WIDTH // 2 and not line.rstrip().endswith(_SENTENCE_END)
              and _INNER_PUNCTUATION.search(line))
    if cut < _WRAPPED_LINES:
        return []  # too few lines cut inside a sentence to be a wrapped page
    prose = [(i, width(line)) for i, line in enumerate(lines)
             if line.strip() and not _TABLE_ROW.search(line)]
    if len(prose) < _WRAPPED_LINES:
        return []
    widths = sorted(w for _, w in prose)
    page = widths[int(len(widths) * 0.9)]  # the page's width: most prose lines are at most this wide
    if not _MIN_WIDTH <= page <= _MAX_WIDTH or sum(w > page + _SLACK for w in widths) > len(widths) * 0.05:
        return []  # lines far longer than the rest: paragraphs a line, not a page's width
    # a line of prose holds a clause's end somewhere (a list of titles, each as wide as the next, holds none)
    reaching = {i for i, w in prose if w >= page - _SLACK and not lines[i].rstrip().endswith(_SENTENCE_END)
                and _INNER_PUNCTUATION.search(lines[i])}
    if len(reaching) < max(_WRAPPED_LINES, sum(w >= page // 2 for _, w in prose) * 0.3):
        return []  # most long lines of a wrapped text are cut inside a sentence
    edits: list[Edit] = []
    at = 0
    for i, line in enumerate(lines[:-1]):
        at += len(line) + 1
        following = lines[i + 1]
        if (i in reaching or _FIGURE_CUT.search(line)) and following.strip() and not _OPENS_BLOCK.match(following) \
                and not _TABLE_ROW.search(following):
            # words of a Latin text keep a space; a figure cut at the line's end (4,28 / 6条) is one figure
            latin = line[-1:].isascii() and line[-1:].isalpha() and following[:1].isascii() and following[:1].isalpha()
            edits.append((at - 1, at, " " if latin else ""))
    return edits
