"""Character classes shared by decoding and damage repair."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    """Han characters in everyday use: GB2312 level 1 (Simplified) plus Big5 level 1 (Traditional).

    Text decoded with the wrong codec, or shifted by a byte, is full of rare characters; real reports are not.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(ch for ch in chars if "\u4e00" <= ch <= "\u9fff")


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def common_han_share(text: str) -> float:
    """Share of Han characters that are common ones (1.0 for text without Han characters)."""
    common = common_han()
    han = 0
    hits = 0
    for ch in text:
        if is_han(ch):
            han += 1
            hits += ch in common
    return hits / han if han else 1.0
