"""The heading tree of a report (一、 / （一） / 1. / 一是…), so that every fact knows its section path."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_CN = "一二三四五六七八九十"
# level, pattern matched at the start of a line (or, for 一是, at the start of a sentence)
_CN_ORDINAL = (1, re.compile(rf"^[{_CN}]{{1,3}}[、.．]"))
_BRACKETED = (1, re.compile(r"^【[^】\n]{2,40}】"))
_CN_PAREN = (2, re.compile(rf"^[（(]?[{_CN}]{{1,3}}[）)]"))
_NUMBERED = (3, re.compile(r"^\d{1,2}[.．、](?!\d)"))
_NUM_PAREN = (3, re.compile(r"^[（(]\d{1,2}[）)]"))
# the forms a heading line's first character can open, in the order they are tried; a digit (str.isdecimal, as \d)
# opens _NUMBERED alone
_FORMS_BY_FIRST = {**dict.fromkeys(_CN, (_CN_ORDINAL, _CN_PAREN)), "【": (_BRACKETED,),
                   "（": (_CN_PAREN, _NUM_PAREN), "(": (_CN_PAREN, _NUM_PAREN)}
_HEADING_FIRST = frozenset(_FORMS_BY_FIRST)


@dataclass(frozen=True)
class Heading:
    start: int
    level: int
    title: str


_HEAD_END = re.compile(r"[。：:；;]")
_COMMA = re.compile(r"[，,]")
# what str.isdigit holds: \d and the superscript, circled and other digits that are no decimals
_DIGIT = re.compile(r"[\d\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468"
                    r"\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792"
                    r"\U00010a40-\U00010a43\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a]")


def _heading_title(line: str) -> str:
    """A heading line is often a heading followed by its first sentence; keep the heading part: up to the first
    sentence break, and not past a comma that a clause with figures follows (二、推行…服务，设置自助终端12台)."""
    end = _HEAD_END.search(line)
    head = (line[:end.start()] if end else line).strip()
    # the first digit after the first comma, found by re, not by a test of each character of each clause
    comma = _COMMA.search(head)
    digit = _DIGIT.search(head, comma.end()) if comma else None
    if digit is None:
        return head[:40]
    clause = max(head.rfind("，", 0, digit.start()), head.rfind(",", 0, digit.start())) + 1
    return head[:clause].rstrip("，,")[:40]


# a page crawled as one line keeps its line breaks as spaces: 一、 or （一） after one starts a heading inside the line
_INLINE_HEADING = re.compile(rf"\s(?:[{_CN}]{{1,3}}、|[（(][{_CN}]{{1,3}}[）)])")
_SPACE = re.compile(r"\s")


def _pieces(line: str) -> list[tuple[int, str]]:
    """(offset, text) of the parts of a line that holds headings after spaces: the part before the first, and the
    parts those headings start, each cut at its first space (what followed a heading on its own line)."""
    starts = [m.start() + 1 for m in _INLINE_HEADING.finditer(line)]
    if not starts:
        return [(0, line)]
    bounds = [0, *starts, len(line)]
    pieces = [(0, line[:starts[0]])]
    for a, b in zip(bounds[1:], bounds[2:]):
        part = line[a:b]
        space = m.start() if (m := _SPACE.search(part, 4)) else len(part)
        pieces.append((a, part[:space]))
    return pieces


def _heading(piece: str, at: int) -> Heading | None:
    """The heading a line (or a part of one) at ``at`` opens, if it opens one."""
    stripped = piece.strip()
    first = stripped[:1]
    for level, pattern in _FORMS_BY_FIRST.get(first) or ((_NUMBERED,) if first.isdecimal() else ()):
        if pattern.match(stripped):
            # a numbered line is a heading when it is short or its first clause is
            title = _heading_title(stripped)
            return Heading(at + piece.index(first), level, title) if len(title) <= 40 else None
    return None


def find_headings(text: str) -> list[Heading]:
    headings: list[Heading] = []
    pos = 0
    for line in text.split("\n"):
        if (" " in line or "\u3000" in line) and ("、" in line or "）" in line or ")" in line):
            headings += filter(None, (_heading(piece, pos + offset) for offset, piece in _pieces(line)))
        elif line and (line[0] in _HEADING_FIRST or line[0].isdecimal() or line[0].isspace()) \
                and (heading := _heading(line, pos)):
            headings.append(heading)
        pos += len(line) + 1
    return headings


class SectionIndex:
    """Answers "which section path holds offset p" in O(log n)."""

    def __init__(self, text: str):
        self._paths: list[str] = []
        self._parents: list[str] = []
        self._starts: list[int] = []
        # (level, path) of each open heading: a path is its parent's and its own title, not joined again each time
        stack: list[tuple[int, str]] = []
        for h in find_headings(text):
            while stack and stack[-1][0] >= h.level:
                stack.pop()
            parent = stack[-1][1] if stack else ""
            path = f"{parent} > {h.title}" if stack else h.title
            stack.append((h.level, path))
            self._starts.append(h.start)
            self._paths.append(path)
            self._parents.append(parent)

    def path_at(self, pos: int) -> str | None:
        i = bisect_right(self._starts, pos) - 1
        return self._paths[i] if i >= 0 else None

    def parent_path_at(self, pos: int) -> str | None:
        """The path that holds the heading starting at ``pos`` (or holds ``pos``, if no heading starts there)."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        return self._parents[i] if self._starts[i] == pos else self._paths[i]

    def __len__(self) -> int:
        return len(self._paths)
