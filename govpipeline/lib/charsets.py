"""Character classes shared by decoding and damage repair."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# a PDF whose font draws two characters with one glyph may map that glyph to the other one, the lowest code point:
# 人 read as the radical ⼈ (⼈⺠政府, ⽆法提供), 胶 as 㬵 (塑㬵), ～ as 〜, in a browser's or a converter's PDF in common
# CJK fonts (the pairs Noto/Source Han CJK SC draw alike). Each Kangxi radical, each CJK radical that is a whole
# character, and each such twin read as the character reports use (a translate table)
SHARED_GLYPHS = {k: ord(unicodedata.normalize("NFKC", chr(k))) for k in range(0x2F00, 0x2FD6)}
SHARED_GLYPHS.update({k: ord(c) for k, c in zip(
    (0x2E81, 0x2E8A, 0x2E8C, 0x2E92, 0x2E93, 0x2E9D, 0x2E9F, 0x2EA0, 0x2EA9, 0x2EAC, 0x2EBB, 0x2EBC, 0x2EBD, 0x2EC1,
     0x2EC4, 0x2EC5, 0x2EC6, 0x2EC9, 0x2ECB, 0x2ED1, 0x2ED3, 0x2ED4, 0x2ED7, 0x2ED8, 0x2ED9, 0x2EDA, 0x2EDB, 0x2EDC,
     0x2EDF, 0x2EE2, 0x2EE3, 0x2EE4, 0x2EE5, 0x2EE6, 0x2EE7, 0x2EE8, 0x2EE9, 0x2EEA, 0x2EEC, 0x2EEE, 0x2EF0, 0x2EF3),
    "厂卜小巳幺月母民王示聿月臼虎西见角贝车長长门雨青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟")})
SHARED_GLYPHS.update({ord(twin): ord(c) for twin, c in zip("㫚㬵㬺㮣〜∕", "曶胶幐槩～／")})


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
