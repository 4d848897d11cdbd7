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


REPORT = "某某县人民政府2021年政府信息公开工作年度报告\n本年度共受理政府信息公开申请135件，同比增长12.5%，全部按期答复。\n" * 20


def test_a_utf8_file_cut_by_one_byte_keeps_its_text():
    data = REPORT.encode("utf-8")[:-2]  # the last character 。 loses its last byte; so does the line end before
    decoded = decode_report(data)
    assert decoded.encoding == "utf-8" and decoded.dropped_bytes == 2
    assert decoded.text == REPORT[:-2]


def test_a_gbk_file_with_three_invalid_bytes_keeps_the_rest():
    cuts = (50, 300, 700)  # between characters: a byte no GBK character begins with
    parts = [REPORT[a:b].encode("gbk") for a, b in zip((0,) + cuts, cuts + (len(REPORT),))]
    decoded = decode_report(b"\xff".join(parts))
    assert decoded.encoding == "gb18030" and decoded.dropped_bytes == 3
    assert decoded.text == REPORT


def test_a_mostly_undecodable_file_is_still_not_text():
    data = bytearray(REPORT.encode("gbk"))
    data[::50] = b"\xff" * len(data[::50])  # one byte in 50
    with pytest.raises(NotTextError, match="undecodable bytes"):
        decode_report(bytes(data))
