"""Shared context of one text: where its sentences and clauses begin and end, and its quotes, titles, brackets,
years and periods, each found once per text.

Takes the normalized text; gives ``Context``, which every later stage asks (``sentence``, ``clause_before``,
``words_before``, ``inside``, ``last_before``), and small helpers on text (``count_han``, ``positions``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import chain

from govpipeline.lib.extract import patterns as rx


def _periods(text: str) -> list[re.Match]:
    """``rx.PERIOD.finditer(text)``, searched only around its key words: a branch of rx.PERIOD opens with a lookbehind,
    so re tries the whole pattern at every position (85 ns a character)."""
    found: list[re.Match] = []
    lo = hi = 0
    for start, end in occurrences(text, rx.PERIOD_KEYS):
        if start - 16 > hi:
            found += rx.PERIOD.finditer(text, lo, hi)
            lo = start - 16
        hi = end + 4
    found += rx.PERIOD.finditer(text, lo, hi)
    return found


def _years(text: str) -> list[re.Match]:
    """``rx.YEAR.finditer(text)``, read back from each 年: re finds one literal character far faster than a class."""
    return [m for start, _ in occurrences(text, ("年",)) if start >= 4 and (m := rx.YEAR.match(text, start - 4))]


def _salutation(text: str, colon: int) -> bool:
    """Whether the colon at ``colon`` ends a list of addressees (各乡镇人民政府，市直各单位：)."""
    return any(m.end() == colon + 1 for m in rx.SALUTATION.finditer(text, colon - 44, colon + 1))


def _speakers(text: str, colons: list[int], breaks: list[int]) -> list[int]:
    """The colons after who speaks in a transcript (记者：…, 王晓东：…), which open what is said as addressees' do: a
    turn opens with a short name after a sentence's break (``breaks``, sorted), and a text is a transcript where a
    speaker's role opens one (主持人, 记者, 问)."""
    names = {}
    for b in colons:
        at = bisect_left(breaks, b) - 1
        opening = breaks[at] + 1 if at >= 0 and breaks[at] >= b - 8 else 0 if b <= 8 else -1
        if opening >= 0 and 0 < len(name := text[opening:b].strip()) <= 6:
            names[b] = name
    if not any(name in rx.SPEAKERS for name in names.values()):
        return []
    turns = Counter(names.values())
    return [b for b, name in names.items() if name in rx.SPEAKERS or turns[name] >= 2]


def _places(text: str, ch: str) -> list[int]:
    """Where the character ``ch`` occurs in ``text``."""
    found = []
    at = text.find(ch)
    while at >= 0:
        found.append(at)
        at = text.find(ch, at + 1)
    return found


def positions(text: str, word: str, start: int, end: int):
    """Where ``word`` occurs in ``text[start:end]``."""
    while (at := text.find(word, start, end)) >= 0:
        yield at
        start = at + len(word)


def occurrences(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of ``words``, which share no characters, in order. A word is found from its
    first character: str.find skips to one character several times faster than to two (目标, 季度); and in a plain
    loop, as a generator per occurrence of 年 or 万 costs more than the search."""
    found = []
    for word in words:
        first, width = word[0], len(word)
        at = text.find(first)
        while at >= 0:
            if width == 1 or text.startswith(word, at):
                found.append((at, at + width))
                at = text.find(first, at + width)
            else:
                at = text.find(first, at + 1)
    return sorted(found) if len(words) > 1 else found


def fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


class Context:
    def __init__(self, text: str):
        self.text = text
        # each break character found by str.find, which is faster than re testing a class at every position
        found = {ch: _places(text, ch) for ch in rx.CLAUSE_BREAKS}
        if thousands := {m.start() for m in rx.THOUSANDS_COMMA.finditer(text) if text[m.start() - 1:m.start()].isdigit()}:
            found[","] = [b for b in found[","] if b not in thousands]  # 1,026条: no clause's end
        breaks = sorted(chain.from_iterable(found.values()))
        if "、" in text:
            breaks = sorted(breaks + [m.start() for m in rx.LEVEL_THEN_CHANGE.finditer(text)
                                      if text[m.start() - 1:m.start()] in rx.FIGURE_LAST])
        # a heading run in before its first sentence (一、2021年工作回顾 全乡…) opens that sentence, whose year it may
        # name, and is a clause of its own (the space before it, if any, and the one after it end clauses)
        headings = [m for m in rx.RUN_IN_HEADING.finditer(text)
                    if m.start() == 0 or text[m.start() - 1] in rx.HEADING_BEFORE] if " " in text else []
        if headings:
            breaks = sorted(set(breaks).union(*((m.start() - 1, m.end() - 1) for m in headings)) - {-1})
        self._colons = sorted(found["："] + found[":"])
        salutations = [b for b in self._colons if text[b - 2:b] in rx.SALUTATION_ENDS and _salutation(text, b)]
        salutations += _speakers(text, self._colons, sorted(chain(*(found[ch] for ch in "\n。？！"))))
        self.sentence_starts = sorted({0}.union(b + 1 for b in chain(salutations, *map(found.get, rx.SENTENCE_BREAKS)))
                                      .union(m.start() for m in headings))
        self._sentence_bounds = self.sentence_starts + [len(text)]
        self._sentence_texts: dict[int, str] = {}
        self.break_starts = breaks
        # re skips ahead fast only to one literal character: a pattern per opening character where spans can't overlap
        self.quotes = self._spans(rx.QUOTED if '"' in text else rx.CURLY_QUOTED)
        self.titles = self._spans(rx.TITLED)
        self.parens = self._spans(rx.FULLWIDTH_PARENTHESIZED, rx.PARENTHESIZED)
        self.years = self._found(_years(text))
        self.periods = self._found(_periods(text))
        # read once per sentence: who its head names
        self.sentence_scopes: dict[int, tuple[str | None, int]] = {}
        self.colon_topics: dict[int, str | None] = {}  # colon -> the topic of the list it opens
        self.own_labels: dict[str, str] = {}  # words -> their clean_label (own_words.cleaned), read once per text

    def _spans(self, *patterns: re.Pattern) -> tuple[list[int], list[int]]:
        """(starts, ends) of the patterns' matches, which never overlap."""
        spans = sorted(m.span() for pattern in patterns for m in pattern.finditer(self.text))
        return [s for s, _ in spans], [e for _, e in spans]

    @staticmethod
    def inside(spans: tuple[list[int], list[int]], pos: int) -> tuple[int, int] | None:
        starts, ends = spans
        i = bisect_right(starts, pos) - 1
        return (starts[i], ends[i]) if i >= 0 and pos < ends[i] else None

    def sentence(self, pos: int) -> tuple[int, int]:
        # no cache by position: 7 of ~500 calls a round ask for one asked before
        i = bisect_right(self.sentence_starts, pos) - 1
        return self._sentence_bounds[i], self._sentence_bounds[i + 1]

    def sentence_text(self, s0: int, s1: int) -> str:
        """The sentence's text, stripped; one string for all the figures in it."""
        if s0 not in self._sentence_texts:
            self._sentence_texts[s0] = self.text[s0:s1].strip()
        return self._sentence_texts[s0]

    @staticmethod
    def _found(matches) -> tuple[list[int], list[re.Match]]:
        """(ends, matches) of a pattern's matches, which never overlap nor cross a sentence break."""
        found = list(matches)
        return [m.end() for m in found], found

    @staticmethod
    def last_before(found: tuple[list[int], list[re.Match]], pos: int, s0: int) -> re.Match | None:
        """The last of ``found`` in the sentence of ``pos``, which begins at ``s0`` (every caller knows it), that ends
        before ``pos``."""
        ends, matches = found
        i = bisect_right(ends, pos) - 1
        return matches[i] if i >= 0 and matches[i].start() >= s0 else None

    def clause_before(self, pos: int, limit: int = 80) -> str:
        i = bisect_left(self.break_starts, pos) - 1  # the last break before pos; no list of ends to make
        cut = self.break_starts[i] + 1 if i >= 0 else 0
        return self.text[cut if cut > pos - limit else pos - limit:pos]

    def words_before(self, pos: int, before: str | None = None) -> str:
        """The clause before ``pos`` (``before``, when already read), with a parenthesis it holds: 县（市、区）收到,
        市长热线(信箱)办理答复."""
        before = self.clause_before(pos) if before is None else before
        clause_start = pos - len(before)
        if clause_start and self.text[clause_start - 1] in ")）":
            opening = max(self.text.rfind("(", 0, clause_start), self.text.rfind("（", 0, clause_start))
            if opening >= 0:
                return self.clause_before(opening) + self.text[opening:pos]
        return before

    def segment_start(self, pos: int, stops: str) -> int:
        """Where the text before ``pos`` that holds none of ``stops`` (clause breaks) begins; read from the breaks
        found once, not by scanning back through the whole text for each stop."""
        breaks, text = self.break_starts, self.text
        i = bisect_left(breaks, pos) - 1
        while i >= 0 and text[breaks[i]] not in stops:
            i -= 1
        return breaks[i] + 1 if i >= 0 else 0

    def last_colon(self, start: int, end: int) -> int:
        """Where the last colon (full-width or not) in ``text[start:end]`` is, or -1: from the colons found once, not
        by two searches back through the text."""
        i = bisect_left(self._colons, end) - 1
        return self._colons[i] if i >= 0 and self._colons[i] >= start else -1

    def clause_end(self, pos: int) -> int:
        k = bisect_left(self.break_starts, pos)
        return self.break_starts[k] if k < len(self.break_starts) else len(self.text)

    def clause_after(self, pos: int, limit: int = 24) -> str:
        end = self.clause_end(pos)
        return self.text[pos:end if end < pos + limit else pos + limit]


def last_clause(s: str) -> str:
    """The words of ``s`` after its last clause break (``rx.CLAUSE_SPLIT.split(s)[-1]``, without reading it all)."""
    head = rx.UP_TO_LAST_CLAUSE.match(s)
    return s[head.end():] if head else s


def clauses_back(s: str):
    """The clauses of ``s``, the last first (``reversed(rx.CLAUSE_SPLIT.split(s))``, read only as far as wanted:
    each break is one character, and no digit, so the text cut at it reads as before)."""
    while (head := rx.UP_TO_LAST_CLAUSE.match(s)) is not None:
        yield s[head.end():]
        s = s[:head.end() - 1]
    yield s


def last_phrase(s: str) -> str:
    """The words of ``s`` after its last phrase break (``rx.PHRASE_SPLIT.split(s)[-1]``: each break is one character,
    so the last piece begins after the last place the pattern matches, which re finds back from the end)."""
    head = rx.UP_TO_LAST_PHRASE.match(s)
    return s[head.end():] if head else s


def without_change_tail(s: str) -> str:
    """``rx.CHANGE_TAIL.sub("", s)``: what changed (办件量 of 办件量同比增长). Tried only on words that end as a change
    does: the $-anchored pattern is otherwise tried at every character (~3.5 µs a label)."""
    return rx.CHANGE_TAIL.sub("", s) if s[-1:] in rx.CHANGE_TAIL_LAST else s


def count_han(s: str) -> int:
    return len(s) - len(rx.NOT_HAN.findall(s))  # labels are mostly han: the few others are cheaper to list


def lines_from(text: str, pos: int):
    """The lines of ``text`` from ``pos`` on, read as far as they are wanted (a heading's block is short)."""
    while pos <= len(text):
        end = text.find("\n", pos)
        if end < 0:
            yield text[pos:]
            return
        yield text[pos:end]
        pos = end + 1


def heading_path(parent: str, heading: str) -> str:
    heading = rx.ORDINAL.sub("", heading).strip()
    last = rx.ORDINAL.sub("", parent.split(" > ")[-1]).strip() if parent else ""
    if not heading:
        return last
    if last and last not in heading and not heading.startswith(last):
        return f"{last}:{heading}"
    return heading
