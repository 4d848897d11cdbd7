"""Offset maps: the way back from a derived text to the characters it came from.

A map is a sorted tuple of aligned segments ``(out_start, src_start, length)``: output characters that stand one
for one for source characters (copied, or replaced by a single character such as a Simplified form). Output text
between two segments was rewritten, and maps onto the source gap between them. Edits are sparse, so a map stays
small.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
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

    @property
    def _ends(self) -> list[int]:
        ends = self.__dict__.get("_ends_cache")
        if ends is None:
            ends = [s[0] + s[2] for s in self.segments]
            object.__setattr__(self, "_ends_cache", ends)
        return ends

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

    def part(self, start: int, end: int) -> "OffsetMap":
        """The map of the output's characters ``start:end`` (a text cut out of this one) back to the same source."""
        return compose(OffsetMap(((0, start, end - start),) if end > start else (), end - start, self.out_len), self)

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
    """``outer`` maps text2 -> text1 and ``inner`` maps text1 -> source; the result maps text2 -> source.

    Inside one outer segment the inner segments only shift, so all but the two at its ends are copied in bulk.
    """
    result: list[tuple[int, int, int]] = []
    inner_segs = inner.segments
    starts = inner._starts
    ends = inner._ends
    for o2, s1, n in outer.segments:
        e1 = s1 + n
        j = bisect_right(ends, s1)  # first inner segment ending after s1
        k = bisect_left(starts, e1)  # first inner segment starting at or after e1
        if j >= k:
            continue
        shift = o2 - s1
        pieces = []
        io, isrc, il = inner_segs[j]
        lo, hi = max(s1, io), min(e1, io + il)
        pieces.append((lo + shift, isrc + lo - io, hi - lo))
        if k - j > 2:
            pieces += [(io + shift, isrc, il) for io, isrc, il in inner_segs[j + 1:k - 1]]
        if k - j > 1:
            io, isrc, il = inner_segs[k - 1]
            hi = min(e1, io + il)
            pieces.append((io + shift, isrc, hi - io))
        for piece in pieces:
            if result and result[-1][0] + result[-1][2] == piece[0] and result[-1][1] + result[-1][2] == piece[1]:
                po, ps, pl = result[-1]
                result[-1] = (po, ps, pl + piece[2])
            elif piece[2] > 0:
                result.append(piece)
    return OffsetMap(tuple(result), outer.out_len, inner.src_len)
