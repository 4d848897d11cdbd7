"""Hard-wrapped text: a report saved as text from a PDF or a print view breaks its paragraphs into lines of the page's
width (…其中予以公开 / 2件。), so a figure's words end up on the line before it. Such a text is told by its lines:
many end short of a sentence's end at nearly one width, and hardly any line is longer than that width. Then a line that
reaches the width and ends inside a sentence goes on in the next, unless that one opens a heading, a list item, a
table row or a page number. Texts of one paragraph a line (web pages, .docx, our PDF reader's) are left as they are.
"""
from __future__ import annotations

import re
import unicodedata

from govpipeline.lib.offsets import Edit

_SENTENCE_END = tuple("。！？；：!?;:")
_OPENS_BLOCK = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、](?!\d)|第[一二三四五六七八九十\d]+[章节条部]"
                          r"|[-—–－]\s*\d+\s*[-—–－]$|第\s*\d+\s*页|附件|附表)")
_TABLE_ROW = re.compile(r"\t|\S\s{2,}\S|(?:^|\s)\d[\d,.]*(?:\s+\d[\d,.]*){2,}\s*$")
_MIN_WIDTH, _MAX_WIDTH = 40, 160  # half-width columns: a page holds 20 to 80 Chinese characters a line
_SLACK = 12  # a line this far short of the page's width still reaches it (punctuation set narrow, a long word moved on)
_WRAPPED_LINES = 4  # this many lines ending inside a sentence at the page's width make a hard-wrapped text


def width(line: str) -> int:
    """Display width in half-width columns: a Chinese character is two, a digit or Latin letter one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def wrap_edits(text: str) -> list[Edit]:
    """Edits that join the lines of a hard-wrapped text's paragraphs; none for a text that is not hard-wrapped."""
    lines = text.split("\n")
    prose = [(i, width(line)) for i, line in enumerate(lines)
             if line.strip() and not _TABLE_ROW.search(line)]
    if len(prose) < _WRAPPED_LINES:
        return []
    widths = sorted(w for _, w in prose)
    page = widths[int(len(widths) * 0.9)]  # the page's width: most prose lines are at most this wide
    if not _MIN_WIDTH <= page <= _MAX_WIDTH or sum(w > page + _SLACK for w in widths) > len(widths) * 0.05:
        return []  # lines far longer than the rest: paragraphs a line, not a page's width
    reaching = {i for i, w in prose if w >= page - _SLACK and not lines[i].rstrip().endswith(_SENTENCE_END)}
    if len(reaching) < max(_WRAPPED_LINES, sum(w >= page // 2 for _, w in prose) * 0.3):
        return []  # most long lines of a wrapped text are cut inside a sentence
    edits: list[Edit] = []
    at = 0
    for i, line in enumerate(lines[:-1]):
        at += len(line) + 1
        following = lines[i + 1]
        if i in reaching and following.strip() and not _OPENS_BLOCK.match(following) \
                and not _TABLE_ROW.search(following):
            latin = line[-1:].isascii() and line[-1:].isalnum() and following[:1].isascii() and following[:1].isalnum()
            edits.append((at - 1, at, " " if latin else ""))
    return edits
