"""OFD reports (GB/T 33190-2016): the text a file's pages print, read as a PDF's is, and a clear refusal of what
cannot be read."""
import io
import zipfile
from pathlib import Path

import pytest

from govpipeline.lib.decode import NotTextError
from govpipeline.lib.ofd import read_ofd
from govpipeline.lib.stages import normalize_document, read_document
from govpipeline_tests.ofd_files import delta_x, ofd_from_pdf, ofd_package, text_object

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
A4 = "0 0 210 297"
# a table with ruling lines, a table without, paragraphs, a page number; one written by LibreOffice, one by Chromium
RULED = FIXTURES / "tables_office_blind" / "o01_county_bureau_2021.pdf"
PRINTED = FIXTURES / "browser_pdf25" / sorted(p.name for p in (FIXTURES / "browser_pdf25").glob("*.pdf"))[0]


def _page(*lines: tuple[float, str], size: float = 4.2) -> list[str]:
    return [text_object(25, y, text, size=size) for y, text in lines]


def test_delta_x_writes_repeated_steps_as_producers_do():
    assert delta_x([4.2, 4.2, 4.2, 2.1, 4.2]) == "g 3 4.2 2.1 4.2"


@pytest.mark.parametrize("style", ["runs", "glyphs"])
@pytest.mark.parametrize("pdf", [RULED, PRINTED], ids=["libreoffice", "chromium"])
def test_an_ofd_reads_as_the_pdf_it_was_made_from(pdf, style):
    data = pdf.read_bytes()
    want = read_document(pdf.name, data)
    got = read_document("报告.ofd", ofd_from_pdf(data, style))
    assert got["error"] is None
    assert got["format"] == "ofd"
    assert got["decoded_text"] == want["decoded_text"]
    assert got["page_starts"] == want["page_starts"]


def test_paragraphs_template_running_head_page_numbers_and_title():
    head = [text_object(70, 15, "某某县人民政府办公室文件", size=3.5)]
    pages = [_page((40, "某某县2023年政府信息公开工作年度报告"),
                   (60, "一、总体情况"),
                   (70, "2023年，全县主动公开政府信息1234条，其中政策文件56件。"),
                   (280, "- 1 -")),
             _page((40, "二、收到和处理政府信息公开申请情况"),
                   (50, "全年共收到申请78件，均按时答复。"),
                   (280, "- 2 -"))]
    read = read_ofd(ofd_package(pages, [A4, A4], title="年度报告", template=head))
    assert read.text.splitlines() == ["某某县2023年政府信息公开工作年度报告", "一、总体情况",
                                      "2023年，全县主动公开政府信息1234条，其中政策文件56件。",
                                      "二、收到和处理政府信息公开申请情况", "全年共收到申请78件，均按时答复。"]
    assert read.running_heads == ("某某县人民政府办公室文件",)
    assert read.title == "年度报告"
    assert len(read.page_starts) == 2 and read.text[read.page_starts[1]:].startswith("二、收到")


def test_characters_without_delta_x_are_placed_by_their_widths():
    page = [text_object(25, 40, "全年受理12345热线来电8.6万件", size=4.2, delta=False)]
    assert read_ofd(ofd_package([page], [A4])).text.splitlines() == ["全年受理12345热线来电8.6万件"]


def _one_object_a_character(y: float, text: str, size: float = 4.0, step: float = 0.64,
                            percent: float = 0.64, spacing: float = 0.0) -> list[str]:
    """A line drawn as some producers draw it: every character its own TextObject, digits in a font whose digits
    are ``step`` of the size wide and its % ``percent``, each character ``spacing`` apart (a justified line's)."""
    objects, x = [], 25.0
    for char in text:
        objects.append(f'<ofd:TextObject ID="1" Boundary="{x:.2f} {y - size:.2f} {size:.2f} {size * 1.2:.2f}" '
                       f'Font="{4 if char.isascii() else 3}" Size="{size}"><ofd:TextCode X="0" Y="{size}">{char}'
                       '</ofd:TextCode></ofd:TextObject>')
        x += size * ((percent if char == "%" else step if char.isascii() else 1) + spacing)
    return objects


def test_a_font_drawn_one_character_an_object_has_one_width_on_every_page():
    # page 2 holds one short figure: too few steps there to tell its digits' width, the other page's tell it
    pages = [_one_object_a_character(40, "全年办理事项4567件，比上年增加1289件，办结率98%。"),
             _one_object_a_character(40, "接受咨询人次208")]
    assert read_ofd(ofd_package(pages, [A4, A4])).text.replace("\n", "") == \
        "全年办理事项4567件，比上年增加1289件，办结率98%。接受咨询人次208"


@pytest.mark.parametrize("percent", [0.5, 0.83, 0.95])  # a Chinese font's %, Times New Roman's, DejaVu Serif's
def test_a_percent_sign_drawn_alone_leaves_no_gap_before_the_next_word(percent):
    # a justified line: every character set a tenth of the size further apart
    page = _one_object_a_character(40, "城乡居民收入分别增长4.8%和6.9%，均快于经济增长。", percent=percent, spacing=0.1)
    assert read_ofd(ofd_package([page], [A4])).text.splitlines() == ["城乡居民收入分别增长4.8%和6.9%，均快于经济增长。"]


def test_text_codes_of_one_object_pageblocks_and_a_default_namespace():
    # two TextCodes in one object, the second placed by X only; objects nested in a PageBlock; no ofd: prefix
    body = ('<TextObject ID="1" Boundary="20 60 170 10" Font="3" Size="4"><TextCode X="0" Y="4" '
            'DeltaX="g 4 2 g 7 4 g 2 2 g 7 4 g 4 2">2023年受理各类事项12万件，同比增长5.2%。</TextCode></TextObject>'
            '<TextObject ID="2" Boundary="20 30 170 10" Font="3" Size="4"><TextCode X="0" Y="4" DeltaX="g 4 4 2">'
            '办结率为98</TextCode><TextCode X="20" DeltaX="g 3 2">.5%。</TextCode></TextObject>'
            '<PageBlock ID="3"><TextObject ID="4" Boundary="20 45 170 10" Font="3" Size="4">'
            '<TextCode X="0" Y="4" DeltaX="g 3 4 g 4 2">满意率99.1%</TextCode></TextObject></PageBlock>')
    data = ofd_package([[body]], [A4])
    unprefixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(unprefixed, "w") as out:
        for name in src.namelist():
            if not name.endswith(".xml"):
                out.writestr(name, src.read(name))
                continue
            xml = src.read(name).decode("utf-8")
            xml = xml.replace("xmlns:ofd=", "xmlns=").replace("<ofd:", "<").replace("</ofd:", "</")
            out.writestr(name, xml)
    for form in (data, unprefixed.getvalue()):
        assert read_ofd(form).text.splitlines() == ["办结率为98.5%。", "满意率99.1%",
                                                    "2023年受理各类事项12万件，同比增长5.2%。"]


def test_a_large_image_on_a_page_is_named():
    page = _page((30, "二、收到和处理政府信息公开申请情况"))
    page.append('<ofd:ImageObject ID="9" Boundary="25 40 160 120" CTM="160 0 0 120 0 0" ResourceID="2"/>')
    read = read_ofd(ofd_package([page], [A4]))
    assert read.images_not_read == ["page 1: an image over 31% of the page, no text on it"]


def _zip(files: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in files.items():
            z.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("data, reason", [
    (b"<html><body>404 Not Found</body></html>", "is not an OFD file"),
    (_zip({"content.xml": "<x/>"}), "no OFD.xml"),
    (ofd_package([['<ofd:ImageObject ID="9" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="2"/>']],
                 [A4])[:-40], "corrupt OFD"),
    (ofd_package([['<ofd:ImageObject ID="9" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="2"/>']], [A4]),
     "scanned OFD, no text layer"),
    (_zip({"OFD.xml": '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml'
                      '</ofd:DocRoot></ofd:DocBody></ofd:OFD>', "Doc_0/Encryptions.xml": "<x/>",
           "Doc_0/Document.xml": "<x/>"}), "encrypted OFD"),
])
def test_what_cannot_be_read_is_refused_with_its_reason(data, reason):
    with pytest.raises(NotTextError, match=reason):
        read_ofd(data)
    row = read_document("年报.ofd", data)
    assert row["error"].startswith("年报.ofd: ") and reason in row["error"]


def _tagged_report(tags, tag_root="公文"):
    """A report whose title prints without its body and whose signature is only a seal's: what names its body and its
    date are the 公文 tags (GB/T 33476.2) the document system wrote."""
    page = [text_object(60, 40, "2023年度政府信息公开", size=7, object_id=11),
            text_object(70, 51, "工作年度报告", size=7, object_id=12),
            text_object(25, 70, "2023年，我县主动公开政府信息1377条，办理依申请公开38件。", object_id=13),
            text_object(140, 100, "2024年1月22日", object_id=14)]
    return ofd_package([page], [A4], tags=tags, tag_root=tag_root)


@pytest.mark.parametrize("tags, tag_root", [
    ([("标题", [(0, 11), (0, 12)]), ("发文机关署名", "遂川县人民政府"), ("成文日期", [(0, 14)])], "公文"),
    ([("发文机关", "遂川县人民政府"), ("标题", "2023年度政府信息公开工作年度报告"), ("成文日期", "2024-01-22")], "Document"),
])
def test_an_ofds_custom_tags_give_its_title_body_and_date(tags, tag_root):
    """GB/T 33476's custom tags (Document.xml names CustomTags.xml, which names the tag file) mark the title, the
    issuing body and the date, by reference to the objects that print them or as the tag's own text: they are read
    as a page's header fields (set 37: an OFD with no signature printed had no body)."""
    row = normalize_document(read_document("附件.ofd", _tagged_report(tags, tag_root)))[0]
    assert (row["title"], row["body"], row["region_code"], str(row["publish_date"]), row["report_year"]) == \
        ("2023年度政府信息公开工作年度报告", "遂川县人民政府", "360827", "2024-01-22", 2023)
    assert "标题" not in row["normalized_text"] and "发文机关" not in row["normalized_text"]


def test_an_ofds_other_tags_and_dangling_references_give_nothing():
    row = normalize_document(read_document("附件.ofd", _tagged_report(
        [("主题词", "信息公开 年报"), ("发文机关署名", [(0, 99)]), ("标题", [(3, 11)])])))[0]
    assert (row["title"], row["body"], str(row["publish_date"])) == ("2023年度政府信息公开工作年度报告", None, "2024-01-22")


def test_an_ofd_notices_title_tag_is_titled_by_the_report_it_issues():
    """A 公文 OFD is often the notice that issues a report (关于印发《…》的通知), its 标题 tag the notice's: the title is
    the report's, as the notice's printed text gives it, and a crawler's header titled so reads alike."""
    notice = "关于印发《澧县2023年政府信息公开工作年度报告》的通知"
    lines = [notice, "各乡镇人民政府，县直各单位：", "现将《澧县2023年政府信息公开工作年度报告》印发给你们。",
             "澧县人民政府办公室", "2024年1月19日", "澧县2023年政府信息公开工作年度报告", "一、总体情况",
             "2023年，全县主动公开政府信息1290条。"]
    page = [text_object(25, 30 + 9 * k, line, object_id=21 + k) for k, line in enumerate(lines)]
    ofd = ofd_package([page], [A4], tags=[("标题", [(0, 21)]), ("发文机关署名", [(0, 24)]), ("成文日期", [(0, 25)])])
    crawled = f"标题: {notice}\n发布时间: 2024-01-22\n" + "=" * 20 + "\n" + "\n".join(lines) + "\n"
    for name, data in (("附件.ofd", ofd), ("content_41.txt", crawled.encode("utf-8"))):
        row = normalize_document(read_document(name, data))[0]
        assert (row["title"], row["body"], row["region_code"], row["report_year"]) == \
            ("澧县2023年政府信息公开工作年度报告", "澧县人民政府", "430723", 2023)
