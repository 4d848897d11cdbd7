"""Bytes of a report file -> text, with the encoding named, or a clear reason why the file is not text."""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from govpipeline.lib.charsets import common_han_share, is_han


class NotTextError(ValueError):
    """The file cannot be read as a text report; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


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
            try:
                return Decoded(data.decode(enc), "utf-16-le" if bom == codecs.BOM_UTF16_LE else
                               "utf-16-be" if bom == codecs.BOM_UTF16_BE else "utf-8-sig")
            except UnicodeDecodeError as exc:
                raise NotTextError(f"has a {enc} byte-order mark but is not valid {enc}: {exc.reason} at byte {exc.start}")
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise NotTextError(f"contains NUL bytes (binary data, or UTF-16 without a byte-order mark); first at byte {nul}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: ask the detector, then confirm with the text itself. GB18030 and Big5 both decode most byte
    # strings into Han characters; only the right codec yields mostly common ones.
    best = from_bytes(data, cp_isolation=list(_CJK_CANDIDATES) + ["gbk", "gb2312", "big5hkscs", "cp950"]).best()
    candidates: list[str] = []
    if best is not None:
        candidates.append(_CANONICAL.get(best.encoding.lower(), best.encoding.lower()))
    candidates += [c for c in _CJK_CANDIDATES if c not in candidates]
    decoded: list[tuple[float, str, str]] = []
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        sample = text[:20000]
        han = sum(1 for ch in sample if is_han(ch))
        decoded.append((common_han_share(sample) * min(1.0, 10 * han / max(len(sample), 1)), enc, text))
    if not decoded:
        raise NotTextError("is not valid UTF-8, GB18030 or Big5 text (undecodable bytes)")
    share, enc, text = max(decoded, key=lambda t: t[0])
    control = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\r\n\f")
    if control > 0.01 * min(len(text), 20000):
        raise NotTextError(f"decodes as {enc} but {control} control characters suggest binary data")
    return Decoded(text, enc)
