"""Numbers as reports write them: Arabic with separators, Chinese numerals, and mixed forms with 万/亿."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
MULTIPLIERS = {"千": 1_000, "万": 10_000, "百万": 1_000_000, "千万": 10_000_000, "亿": 100_000_000,
               "万亿": 1_000_000_000_000}
CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
# pattern of a printed number: 1,234.5, 86.3. The look-ahead only fails early what the thousands can't match, and
# (?:X|) is (?:X)? without re's repeat machinery (see extract/patterns.py)
ARABIC_NUMBER = r"(?=\d{1,3},\d)\d{1,3}(?:,\d{3})+(?:\.\d+|)|\d+(?:\.\d+|)"
# a difference of two rates, not a ratio: 个百分点 between rates in %, 个千分点 between rates in ‰
POINT_UNITS = {"个百分点": "%", "个千分点": "‰"}


def parse_chinese_integer(s: str) -> int | None:
    """三 -> 3, 十二 -> 12, 两千三百 -> 2300, 一万 -> 10000, 二〇一七 -> 2017 (digit by digit)."""
    if not s:
        return None
    if all(ch in _DIGITS for ch in s):
        if len(s) == 1:
            return _DIGITS[s]
        return int("".join(str(_DIGITS[ch]) for ch in s))
    total = section = number = 0
    for ch in s:
        if ch in _DIGITS:
            number = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (number or 1) * _SMALL_UNITS[ch]
            number = 0
        elif ch in _BIG_UNITS:
            total = (total + section + number) * _BIG_UNITS[ch]
            section = number = 0
        else:
            return None
    return total + section + number


def parse_chinese_decimal(s: str) -> float | None:
    """十二点五 -> 12.5."""
    whole, _, frac = s.partition("点")
    w = parse_chinese_integer(whole) if whole else 0
    if w is None:
        return None
    if not frac:
        return float(w)
    if not all(ch in _DIGITS for ch in frac):
        return None
    return float(f"{w}.{''.join(str(_DIGITS[ch]) for ch in frac)}")


def parse_number(s: str) -> float | None:
    """Arabic (1,234.5) or Chinese (十二点五, 半) number text -> float."""
    s = s.strip()
    if not s:
        return None
    if s == "半":
        return 0.5
    if s[0].isdigit():
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    return parse_chinese_decimal(s)


def scaled(numtext: str, scale: float) -> float | None:
    """The figure times its multiplier, exactly as printed: 80.9 x 1e8 -> 8090000000 (not ...0.000001)."""
    if numtext and numtext[0].isdigit():
        try:
            if scale == 1:
                return float(numtext.replace(",", ""))
            return float(Decimal(numtext.replace(",", "")) * Decimal(int(scale) if float(scale).is_integer() else scale))
        except (InvalidOperation, ValueError):
            return None
    value = parse_number(numtext)
    return None if value is None else value * scale


def decimals(s: str) -> int:
    """Printed decimals of a number text: '14.97' -> 2, '83' -> 0 (used for rounding tolerances)."""
    s = s.replace(",", "")
    return len(s.split(".", 1)[1]) if "." in s and s[0].isdigit() else 0
