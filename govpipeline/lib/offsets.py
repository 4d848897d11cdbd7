"""Offset maps: the way back from a derived text to the characters it came from.

A map is a sorted tuple of aligned segments ``(out_start, src_start, length)``: output characters that stand one
for one for source characters (copied, or replaced by a single character such as a Simplified form). Output text
between two segments was rewritten, and maps onto the source gap between them. Edits are sparse, so a map stays
small.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Sequence

Edit = tuple[int, int, str]  # (start, end, replacement) in the input text


@dataclass(frozen=True)
class OffsetMap:
    segments: tuple[tuple[int, int, int], ...]
    out_len: int
    src_len: int

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        return cls(((0, 0, n),) if n else (), n, n)

    def _index(self, pos: int) -> int:
        return bisect_right(self._starts, pos) - 1

    @property
    def _starts(self) -> list[int]:
        starts = self.__dict__.get("_starts_cache")
        if starts is None:
            starts = [s[0] for s in self.segments]
            object.__setattr__(self, "_starts_cache", starts)
        return starts

    def source_start(self, pos: int) -> int:
        """Source offset of the character at output ``pos`` (start of the replaced source run if edited)."""
        i = self._index(pos)
        if i >= 0:
            o, s, n = self.segments[i]
            if pos < o + n:
                return s + pos - o
            return s + n
        return 0

    def source_end(self, pos: int) -> int:
        """Source offset for an exclusive output end ``pos``."""
        if pos <= 0:
            return 0
        i = self._index(pos - 1)
        if i >= 0:
            o, s, n = self.segments[i]
            if pos <= o + n:
                return s + pos - o
        nxt = i + 1
        return self.segments[nxt][1] if nxt < len(self.segments) else self.src_len

    def to_list(self) -> list[int]:
        """Flat ``[out, src, len, ...]`` for storage."""
        return [x for seg in self.segments for x in seg]

    @classmethod
    def from_list(cls, flat: Sequence[int], out_len: int, src_len: int) -> "OffsetMap":
        return cls(tuple((flat[i], flat[i + 1], flat[i + 2]) for i in range(0, len(flat), 3)), out_len, src_len)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits, sorted by start, and return the new text with its map to ``text``."""
    out: list[str] = []
    segments: list[tuple[int, int, int]] = []
    pos = 0
    out_len = 0
    for start, end, repl in edits:
        if start < pos:
            raise ValueError(f"overlapping edit at {start} (previous edit ended at {pos})")
        if start > pos:
            if segments and segments[-1][0] + segments[-1][2] == out_len and segments[-1][1] + segments[-1][2] == pos:
                o, sp, n = segments.pop()
                segments.append((o, sp, n + start - pos))
            else:
                segments.append((out_len, pos, start - pos))
            out.append(text[pos:start])
            out_len += start - pos
        if repl and len(repl) == end - start:
            segments.append((out_len, start, end - start))
        out.append(repl)
        out_len += len(repl)
        pos = end
    if pos == 0 and not segments and not out:
        return text, OffsetMap.identity(len(text))
    if pos < len(text):
        if segments and segments[-1][0] + segments[-1][2] == out_len and segments[-1][1] + segments[-1][2] == pos:
            o, sp, n = segments.pop()
            segments.append((o, sp, n + len(text) - pos))
        else:
            segments.append((out_len, pos, len(text) - pos))
        out.append(text[pos:])
        out_len += len(text) - pos
    return "".join(out), OffsetMap(tuple(segments), out_len, len(text))


def compose(outer: OffsetMap, inner: OffsetMap) -> OffsetMap:
    """``outer`` maps text2 -> text1 and ``inner`` maps text1 -> source; the result maps text2 -> source."""
    result: list[tuple[int, int, int]] = []
    inner_starts = inner._starts
    for o2, s1, n in outer.segments:
        a, end = s1, s1 + n
        i = max(bisect_right(inner_starts, a) - 1, 0)
        while a < end and i < len(inner.segments):
            io, isrc, il = inner.segments[i]
            lo, hi = max(a, io), min(end, io + il)
            if hi > lo:
                piece = (o2 + lo - s1, isrc + lo - io, hi - lo)
                if result and result[-1][0] + result[-1][2] == piece[0] and result[-1][1] + result[-1][2] == piece[1]:
                    last = result.pop()
                    piece = (last[0], last[1], last[2] + piece[2])
                result.append(piece)
            if io + il >= end:
                break
            a = max(a, io + il)
            i += 1
    return OffsetMap(tuple(result), outer.out_len, inner.src_len)
