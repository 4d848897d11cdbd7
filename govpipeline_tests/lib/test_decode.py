import codecs

import pytest

from govpipeline.lib.decode import NotTextError, decode_report
from govpipeline_tests.conftest import RAW

SAMPLES = sorted(RAW.glob("*.txt"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16-le", "utf-16-be"])
def test_reencoded_samples_decode_to_the_same_text(path, encoding):
    text = path.read_text(encoding="utf-8")
    if encoding == "gbk":
        text = text.encode("gbk", errors="replace").decode("gbk")  # GBK cannot hold pinyin tone marks
    data = text.encode(encoding, errors="strict")
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    decoded = decode_report(data)
    assert decoded.text == text
    assert decoded.encoding == {"gbk": "gb18030"}.get(encoding, encoding)


def test_big5_copy_of_the_traditional_sample():
    text = (RAW / "002_f94757b5ee07a06a.txt").read_text(encoding="utf-8")
    big5 = text.encode("big5", errors="replace")
    decoded = decode_report(big5)
    assert decoded.encoding == "big5"
    assert decoded.text == big5.decode("big5")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", "NUL bytes"),
    (bytes(range(128, 256)) * 40, "undecodable"),
])
def test_not_text(data, reason):
    with pytest.raises(NotTextError, match=reason):
        decode_report(data)
