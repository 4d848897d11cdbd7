"""RTF reports: files an office suite wrote read to the same text as their .docx, and the forms Word and WPS Office
write (GBK bytes in a Chinese font, Unicode with fallback bytes, list numbers, pictures, headers, fields, nested and
merged table cells) read as the report shows them."""
from pathlib import Path

import pytest

from govpipeline.lib.decode import NotTextError
from govpipeline.lib.rtf import read_rtf
from govpipeline.lib.stages import read_document
from govpipeline.lib.word import read_docx

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SOURCES = {"o05_town_2021": "tables_office_blind", "d03_tables_nested_in_a_frame": "tables_files_blind",
           "d02_tables_pasted_as_tab_text": "tables_files_blind", "yudu_xianzhengfu_2023": "yoy_blind",
           "jingmen_zhengfu_gongzuo_baogao_2025": "genres"}


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_an_office_suites_rtf_reads_as_its_docx(name):
    rtf = read_rtf((FIXTURES / "rtf_office" / f"{name}.rtf").read_bytes())
    docx = read_docx((FIXTURES / SOURCES[name] / f"{name}.docx").read_bytes())
    assert rtf.text == docx.text and rtf.text.count("\n") >= 12


def test_cells_merged_across_rows_repeat_and_a_frames_tables_are_the_bodys():
    merged = read_rtf((FIXTURES / "rtf_office" / "o05_town_2021.rtf").read_bytes()).text.splitlines()
    assert "三、本年度办理结果\t（三）不予公开\t2.其他法律行政法规禁止公开\t0\t0\t0\t1\t0\t0\t1" in merged
    framed = read_rtf((FIXTURES / "rtf_office" / "d03_tables_nested_in_a_frame.rtf").read_bytes()).text.splitlines()
    assert "规章\t1\t1\t10" in framed and "二、主动公开政府信息情况" in framed


def _gbk(text: str, codec: str = "gbk") -> str:
    """Text as Word writes it in a font of a Chinese charset: each byte as \\'hh."""
    return "".join(f"\\'{b:02x}" for b in text.encode(codec))


def _word_style_rtf() -> bytes:
    """A report in the forms Word and WPS Office write RTF (not an office's file: each form built by hand)."""
    picture = "{\\*\\shppict{\\pict\\pngblip\\picw100\\pich100\\picwgoal7000\\pichgoal5000 89504e470d0a}}" \
              "{\\nonshppict{\\pict\\wmetafile8\\picwgoal7000\\pichgoal5000 0100090000}}"
    row_definition = "\\trowd\\trgaph108\\clvmgf\\cellx2400\\cellx6000\\cellx7600"
    next_definition = "\\trowd\\trgaph108\\clvmrg\\cellx2400\\cellx6000\\cellx7600"
    parts = [
        "{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052",
        "{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fnil\\fcharset134 " + _gbk("宋体") + ";}"
        "{\\f2\\fnil\\fcharset136 " + _gbk("細明體", "big5") + ";}}",
        "{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Riched20 10.0.19041}",
        "{\\info{\\title " + _gbk("平安县统计局2022年政府信息公开工作年度报告") + "}{\\author admin}}",
        "\\paperw11906\\paperh16838\\margl1800\\margr1800",
        "{\\header \\pard\\plain \\f1 " + _gbk("平安县统计局") + "\\par}",
        "{\\footer \\pard\\plain {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}",
        # a list item's number stands in \listtext, apart from its paragraph's text
        "\\pard\\plain \\ltrch\\loch\\f1 {\\listtext\\pard\\plain \\f1 " + _gbk("一、") + "\\tab}" + _gbk("总体情况")
        + "\\par",
        # GBK bytes in a font of charset 0 take the document's code page; a character's bytes broken over two lines
        "\\pard\\plain \\f0 " + _gbk("全年主动公开政府信息") + "128" + _gbk("条，")[:4] + "\r\n"
        + _gbk("条，")[4:] + "{\\uc2\\u20854\\'c6\\'e4}" + _gbk("中") + "{\\uc1\\u8220?}" + _gbk("文件")
        + "{\\uc2\\u8221\\'a1\\'b1}" + "36" + _gbk("件。") + "\\par",
        # a link keeps its text, not its address; a picture once, though Word writes it twice
        "\\pard\\plain \\f1 " + _gbk("详见") + "{\\field{\\*\\fldinst HYPERLINK \"http://www.example.gov.cn\"}"
        "{\\fldrslt " + _gbk("门户网站") + "}}" + _gbk("。") + "\\par",
        "\\pard\\plain " + picture + "\\par",
        "{\\*\\blipuid 0f0e}{\\pict\\bin6 }{\x00\x01\x02}}\\par",
        # Traditional characters in a Big5 font
        "\\pard\\plain \\f2 " + _gbk("統計資料", "big5") + "\\par",
        # a table as Word writes it: each row's definition before its cells and again before its end
        "\\pard\\plain " + row_definition + "\\pard\\plain\\intbl\\f1 " + _gbk("三、本年度办理结果") + "\\cell "
        + _gbk("（一）予以公开") + "\\cell 12\\cell\\pard\\plain\\intbl{" + row_definition + "\\row}",
        next_definition + "\\pard\\plain\\intbl\\f1 \\cell " + _gbk("（二）部分") + "\\par " + _gbk("公开")
        + "\\cell 3\\cell\\pard\\plain\\intbl{" + next_definition + "\\row}",
        # a table pasted as text, its cells set apart with tabs
        "\\pard\\plain \\f1 " + _gbk("规章") + "\\tab\\tab 5\\tab\\tab 12\\par",
        "\\pard\\plain \\f1 " + _gbk("规范性文件") + "\\tab\\tab 31\\tab\\tab 208\\par",
        "}",
    ]
    return "\n".join(parts).encode("latin-1")


def test_the_forms_word_and_wps_office_write():
    read = read_rtf(_word_style_rtf())
    assert read.text.splitlines() == [
        "一、总体情况",
        "全年主动公开政府信息128条，其中“文件”36件。",
        "详见门户网站。",
        "統計資料",
        "三、本年度办理结果\t（一）予以公开\t12",
        "三、本年度办理结果\t（二）部分公开\t3",
        "规章\t5\t12",
        "规范性文件\t31\t208"]
    assert read.title == "平安县统计局2022年政府信息公开工作年度报告"
    assert read.running_heads == ("平安县统计局", "1")
    assert read.images_not_read == ["an image over 17% of a page, after “详见门户网站。”"]


def test_a_character_beyond_16_bits_is_its_two_surrogates_joined():
    assert read_rtf(b"{\\rtf1\\ansi \\u-10174?\\u-8229?\\u-10179?\\par}").text == "\U00020bdb\ufffd\n"


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.4 ...", "is not an RTF file (it does not begin with {\\rtf)"),
    (b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\pard\\par}", "the RTF file holds no text"),
])
def test_what_is_no_rtf_or_holds_no_text_is_said(data, reason):
    with pytest.raises(NotTextError, match=reason.replace("\\", "\\\\").replace("{", "\\{").replace("(", "\\(")
                       .replace(")", "\\)")):
        read_rtf(data)


def test_an_rtf_is_read_under_its_own_name_and_under_a_word_name():
    data = (FIXTURES / "rtf_office" / "yudu_xianzhengfu_2023.rtf").read_bytes()
    for name in ("年报.rtf", "年报.doc"):
        row = read_document(name, data)
        assert (row["format"], row["error"]) == ("rtf", None)
        assert row["decoded_text"] == read_docx((FIXTURES / "yoy_blind" / "yudu_xianzhengfu_2023.docx").read_bytes()).text
    assert read_document("空.rtf", b"{\\rtf1\\ansi\\par}")["error"] == "空.rtf: the RTF file holds no text"


def test_a_wps_spreadsheet_is_read_when_its_bytes_are_a_workbook_and_quarantined_when_not():
    workbook = (FIXTURES / "tables_excel_blind" / "x02_mabian_zhengwu_2024h1.xls").read_bytes()
    row = read_document("统计表.et", workbook)
    assert (row["format"], row["error"]) == ("xls", None) and "\t" in row["decoded_text"]
    assert read_document("统计表.et", b"\x00\x01ET")["error"] == (
        "统计表.et: a WPS spreadsheet file is not read; put the report in the folder as text (.txt), as its saved web "
        "page (.html), or as PDF or .docx")
