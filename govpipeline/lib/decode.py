"""Bytes of a report file -> text, with the encoding named, or a clear reason why the file is not text."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from govpipeline.lib.charsets import common_han_share, is_han


class NotTextError(ValueError):
    """The file cannot be read as a text report; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    dropped_bytes: int = 0  # bytes the codec could not decode, left out of the text (a damaged file)


# A file that decodes but for a few bytes (cut off in the middle of a character, a damaged sector, an editor that
# mixed encodings) keeps its text without them, the number dropped on record; beyond this share it is not text.
MAX_DROPPED_SHARE = 0.005
_UNDECODED = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of an undecodable byte, one per byte


def _decode(data: bytes, encoding: str) -> tuple[str, int]:
    """(text without the undecodable bytes, how many there were)."""
    text = data.decode(encoding, errors="surrogateescape")
    cleaned = _UNDECODED.sub("", text)
    return cleaned, len(text) - len(cleaned)


def _too_damaged(dropped: int, data: bytes) -> bool:
    return dropped > MAX_DROPPED_SHARE * len(data)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Detector names -> the codec we decode with. GB2312 and GBK are subsets of GB18030, so decoding with the
# superset never fails on characters the detector's guess lacks.
_CANONICAL = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5", "big5hkscs": "big5hkscs",
              "cp950": "big5", "ascii": "utf-8", "utf_8": "utf-8", "utf-8": "utf-8"}
_CJK_CANDIDATES = ("utf-8", "gb18030", "big5")


def decode_report(data: bytes) -> Decoded:
    """Decode a report. Raises NotTextError for binary or undecodable input."""
    if not data:
        raise NotTextError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            name = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be" if bom == codecs.BOM_UTF16_BE else enc
            text, dropped = _decode(data, enc)
            if _too_damaged(dropped, data):
                raise NotTextError(f"has a {enc} byte-order mark but is not valid {enc}: {dropped} of {len(data)} "
                                   "bytes undecodable")
            return Decoded(text, name, dropped)
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise NotTextError(f"contains NUL bytes (binary data, or UTF-16 without a byte-order mark); first at byte {nul}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: ask the detector, then confirm with the text itself. GB18030 and Big5 both decode most byte
    # strings into Han characters; only the right codec yields mostly common ones, and the fewest bytes dropped.
    best = from_bytes(data, cp_isolation=list(_CJK_CANDIDATES) + ["gbk", "gb2312", "big5hkscs", "cp950"]).best()
    candidates: list[str] = []
    if best is not None:
        candidates.append(_CANONICAL.get(best.encoding.lower(), best.encoding.lower()))
    candidates += [c for c in _CJK_CANDIDATES if c not in candidates]
    decoded: list[tuple[float, str, str, int]] = []
    for enc in candidates:
        try:
            text, dropped = _decode(data, enc)
        except LookupError:
            continue
        sample = text[:20000]
        han = sum(1 for ch in sample if is_han(ch))
        share = common_han_share(sample) * min(1.0, 10 * han / max(len(sample), 1))
        decoded.append((share * max(0.0, 1 - dropped / (MAX_DROPPED_SHARE * len(data))), enc, text, dropped))
    _, enc, text, dropped = max(decoded, key=lambda t: (t[0], -t[3]))
    if _too_damaged(dropped, data):
        raise NotTextError(f"is not valid UTF-8, GB18030 or Big5 text (undecodable bytes: {dropped} of {len(data)} "
                           f"as {enc})")
    control = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\r\n\f")
    if control > 0.01 * min(len(text), 20000):
        raise NotTextError(f"decodes as {enc} but {control} control characters suggest binary data")
    return Decoded(text, enc, dropped)
