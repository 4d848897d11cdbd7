"""Word reports (lib/word.py, and the .doc and RTF readers that give the same form): text boxes, which official
documents use for a letterhead or a title, read once, as paragraphs of their own, in each format an office saves."""
import io
from pathlib import Path

import pytest

from govpipeline.lib.rtf import read_rtf
from govpipeline.lib.stages import normalize_document, read_document
from govpipeline.lib.word import read_docx
from govpipeline.lib.word_binary import read_doc

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BOXES, TRACKED = FIXTURES / "text_boxes_office", FIXTURES / "tracked_changes_office"
RTF = FIXTURES / "rtf_office" / "annual_report_2021.rtf"
# each fixture as LibreOffice saved it in the three formats, and each format's reader
READERS = pytest.mark.parametrize("suffix, read", [("docx", read_docx), ("doc", read_doc), ("rtf", read_rtf)])


@READERS
def test_a_text_box_is_read_once_before_the_paragraph_it_is_anchored_in(suffix, read):
    assert read((BOXES / f"boxes.{suffix}").read_bytes()).text.splitlines() == [
        "青川县林业和草原局文件",
        "青川林发〔2024〕3号",
        "青川县林业和草原局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "2023年，本局主动公开政府信息217条，其中政策文件19件。",
        "主动公开情况",  # a box holding a table, anchored in the heading below
        "信息内容\t本年制发件数\t现行有效件数",
        "规范性文件\t4\t36",
        "二、收到和处理政府信息公开申请情况",
        "本年新收政府信息公开申请8件，均已按期答复。"]


@pytest.mark.parametrize("suffix", ["docx", "doc", "rtf"])
def test_a_title_in_a_text_box_is_the_reports_title(suffix):
    (report,) = normalize_document(read_document(f"附件.{suffix}", (BOXES / f"boxes.{suffix}").read_bytes()))
    assert (report["title"], report["report_year"], report["body"]) == (
        "青川县林业和草原局2023年政府信息公开工作年度报告", 2023, "青川县林业和草原局")


@READERS
def test_a_tracked_deletion_is_no_part_of_the_report(suffix, read):
    assert read((TRACKED / f"tracked.{suffix}").read_bytes()).text.splitlines() == [
        "宁化县医疗保障局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "本年新收政府信息公开申请15件，均按期答复。全年主动公开政府信息92条。",  # not 1215件, nor 新闻发布会6场
        "信息内容\t本年处理决定数量",
        "行政处罚\t7"]  # not 07


def test_text_moved_with_changes_tracked_is_read_where_it_went():
    import io

    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mark = 'w:author="办公室" w:date="2024-01-11T09:00:00Z"'
    document = docx.Document()
    first = document.add_paragraph("全年主动公开政府信息92条。")
    first._p.append(parse_xml(f'<w:moveFrom {w} w:id="1" {mark}><w:r><w:t>召开新闻发布会6场。</w:t></w:r></w:moveFrom>'))
    second = document.add_paragraph("政策解读12篇。")
    second._p.append(parse_xml(f'<w:moveTo {w} w:id="2" {mark}><w:r><w:t>召开新闻发布会6场。</w:t></w:r></w:moveTo>'))
    out = io.BytesIO()
    document.save(out)
    assert read_docx(out.getvalue()).text.splitlines() == ["全年主动公开政府信息92条。", "政策解读12篇。召开新闻发布会6场。"]


def _with_chunk(content_type: str, name: str, blob: bytes) -> bytes:
    """A .docx whose report is a document Word imports where it stands (w:altChunk), as exporters of web content
    (docx4j, the Open XML SDK) write one: a paragraph of its own, the chunk, and a closing paragraph."""
    import io

    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("（此件公开发布）")
    document.add_paragraph("附件下载")
    part = Part(PackURI(f"/word/{name}"), content_type, blob, document.part.package)
    rid = document.part.relate_to(
        part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    document.element.body.insert(1, parse_xml(
        '<w:altChunk xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{rid}"/>'))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_CHUNK_PAGE = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'>"
               "<title>年度报告</title></head><body><p>沙河市2022年政府信息公开工作年度报告</p>"
               "<p>一、总体情况</p><p>全年主动公开政府信息2317条。</p>"
               "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规范性文件</td><td>12</td></tr></table>"
               "</body></html>")
_CHUNK_LINES = ["（此件公开发布）", "沙河市2022年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息2317条。",
                "信息内容\t本年制发件数", "规范性文件\t12", "附件下载"]


def _mht(page: str) -> bytes:
    import base64

    body = base64.encodebytes(page.encode("gb2312")).decode("ascii")
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
            "------=_NextPart_01\r\nContent-Location: file:///C:/chunk.htm\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Type: text/html; charset=\"gb2312\"\r\n\r\n{body}\r\n------=_NextPart_01--\r\n").encode("ascii")


@pytest.mark.parametrize("content_type, name, blob", [
    ("text/html", "afchunk.htm", _CHUNK_PAGE.encode("gb2312")),
    ("application/xhtml+xml", "chunk1.xhtml", _CHUNK_PAGE.replace("gb2312", "utf-8").encode("utf-8")),
    ("message/rfc822", "afchunk.mht", _mht(_CHUNK_PAGE)),
], ids=["html", "xhtml", "mht"])
def test_a_document_imported_where_it_stands_is_read_there(content_type, name, blob):
    read = read_docx(_with_chunk(content_type, name, blob))
    assert read.text.splitlines() == _CHUNK_LINES and read.images_not_read == []


def test_an_rtf_or_text_chunk_is_read_and_one_that_cannot_be_is_named():
    rtf = read_docx(_with_chunk("application/rtf", "afchunk.rtf", RTF.read_bytes()))
    assert rtf.text.startswith("（此件公开发布）\n" + read_rtf(RTF.read_bytes()).text)
    text = read_docx(_with_chunk("text/plain", "afchunk.txt", "全年受理申请47件。".encode("gb18030")))
    assert text.text.splitlines() == ["（此件公开发布）", "全年受理申请47件。", "附件下载"]
    other = read_docx(_with_chunk("application/pdf", "afchunk.pdf", b"%PDF-1.4"))
    assert other.text.splitlines() == ["（此件公开发布）", "附件下载"]
    assert other.images_not_read == ["a document of type application/pdf imported into the file (altChunk), after "
                                     "“（此件公开发布）”: its content is not read"]


def _with_picture(before: list[str], width_cm: float, height_cm: float) -> bytes:
    import docx
    from docx.shared import Cm

    from govpipeline_tests.report_files import Picture

    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    document.add_picture(io.BytesIO(Picture(width_cm, height_cm).png()), width=Cm(width_cm), height=Cm(height_cm))
    document.add_paragraph("注：数据来源于热线系统。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("before, width, height, named", [
    (["一、受理情况", "表2 各渠道受理量统计表"], 15.0, 3.0, True),  # a strip of a table under its caption: 8 % of a page
    (["全年共受理来电1.2万件。", "（三）办理情况"], 15.0, 3.0, True),
    (["全年共受理来电1.2万件。"], 15.0, 3.0, False),  # under a sentence: a banner, a chart's legend
    (["表2 各渠道受理量统计表"], 2.0, 2.0, False),  # an icon
])
def test_a_small_picture_under_a_tables_caption_is_named_as_not_read(before, width, height, named):
    images = read_docx(_with_picture(before, width, height)).images_not_read
    assert bool(images) is named
    if named:
        assert images[0].startswith("an image over 7% of a page, after")
