"""Word 97-2003 (.doc) reports read into the text form of a .docx: real files Word saved, and constructed ones with
tables, fields and 8-bit text."""
import pytest

from govpipeline.lib.decode import NotTextError
from govpipeline.lib.word import docx_to_text
from govpipeline.lib.word_binary import doc_to_text, read_doc
from govpipeline_tests.conftest import FIXTURES
from govpipeline_tests.doc_files import compound_file, doc_bytes, lines_as_blocks, summary_information
from govpipeline_tests.template_forms import as_lines

WORD_FILES = FIXTURES / "doc"


def test_a_document_word_saved_in_both_formats_reads_the_same():
    doc = doc_to_text((WORD_FILES / "harmless-clean.doc").read_bytes())
    assert doc == docx_to_text((WORD_FILES / "harmless-clean.docx").read_bytes())
    assert doc.startswith("Test\nThis is a harmless test document.\n") and "ünicöde-ßtringß" in doc
    assert doc_to_text((WORD_FILES / "word97.doc").read_bytes()) == "Test OLE file, saved as Word 97-2003 Document.\n"


def test_a_doc_renamed_docx_is_read_as_what_it_is():
    assert docx_to_text((WORD_FILES / "word97.doc").read_bytes()) == "Test OLE file, saved as Word 97-2003 Document.\n"


def test_table_rows_are_told_from_empty_cells_by_the_row_end_mark():
    blocks = ["表三", ["（二）部分公开", "3", "", "0", "3"], ["", "2.重复申请", "1", "1"], "合计如上。"]
    assert doc_to_text(doc_bytes(blocks)) == "表三\n（二）部分公开\t3\t\t0\t3\n\t2.重复申请\t1\t1\n合计如上。\n"


def test_a_cell_merged_with_the_one_above_takes_its_text_by_its_left_edge():
    # 总计 spans two header rows: the 4th cell of the first (one cell spans five columns there), the 8th of the second
    blocks = [["申请人情况", ("法人或其他组织", 5), "总计"],
              ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", None],
              ["（三）不予公开", "1.属于国家秘密", "0"], [None, "2.其他法律行政法规禁止公开", "1"]]
    blocks[0].insert(0, "")  # the header's first cell
    blocks[1].insert(0, None)
    assert doc_to_text(doc_bytes(blocks)).split("\n")[:4] == [
        "\t申请人情况\t法人或其他组织\t总计",
        "\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计",
        "（三）不予公开\t1.属于国家秘密\t0", "（三）不予公开\t2.其他法律行政法规禁止公开\t1"]


def test_a_cell_of_several_paragraphs_is_one_cell():
    blocks = [["（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）", "3"], ["Open\nrecords", "1"]]
    assert doc_to_text(doc_bytes(blocks)) == ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\n"
                                              "Open records\t1\n")


def test_the_template_tables_read_as_their_tab_rows():
    text = as_lines()
    assert doc_to_text(doc_bytes(lines_as_blocks(text))) == \
        "\n".join(line for line in text.split("\n") if line.strip()) + "\n"


def test_fields_show_their_result_and_objects_are_left_out():
    blocks = ["全年主动公开\x13 MERGEFIELD 条数 \x145316\x15条\x01。", "第\x13 PAGE \x15页", "收费\x0b1.2万元"]
    assert doc_to_text(doc_bytes(blocks)) == "全年主动公开5316条。\n第页\n收费\n1.2万元\n"


def test_latin_text_in_an_eight_bit_piece():
    assert doc_to_text(doc_bytes(["Annual report", ["Requests", "", "12"]], eight_bit=True)) == \
        "Annual report\nRequests\t\t12\n"


@pytest.mark.parametrize("data, reason", [
    ((WORD_FILES / "encrypted.doc").read_bytes(), "is password-protected"),
    (b"PK\x03\x04 not a compound file", "is not a Word 97-2003 file"),
    (compound_file({"Workbook": b"\x09\x08" + bytes(100)}), "holds no Word document"),
    (compound_file({"EncryptedPackage": bytes(100), "EncryptionInfo": bytes(100)}), "password-protected .docx"),
    ((WORD_FILES / "harmless-clean.doc").read_bytes()[:5000], "corrupt or truncated Word file"),
    (doc_bytes([""]), "holds no text"),
])
def test_files_that_cannot_be_read_say_why(data, reason):
    with pytest.raises(NotTextError, match=reason):
        doc_to_text(data)


def test_a_docs_title_is_read_from_its_summary_properties():
    data = doc_bytes(["一、总体情况", "2022年，我县主动公开信息300条。"], title="同心县人民政府2022年政府信息公开工作年度报告")
    assert read_doc(data).title == "同心县人民政府2022年政府信息公开工作年度报告"
    assert read_doc(data).text == doc_to_text(data)
    assert read_doc(doc_bytes(["一、总体情况"])).title is None  # no summary properties
    # a property set in UTF-8 (code page 65001) is read; a damaged one gives no title, and the text is still read
    utf8 = compound_file({**_streams(data), "\x05SummaryInformation": summary_information("盐池县年报", 65001)})
    assert read_doc(utf8).title == "盐池县年报"
    damaged = compound_file({**_streams(data), "\x05SummaryInformation": b"\xfe\xff" + bytes(10)})
    assert read_doc(damaged).title is None and "总体情况" in read_doc(damaged).text


def _streams(data: bytes) -> dict[str, bytes]:
    import io

    import olefile

    ole = olefile.OleFileIO(io.BytesIO(data))
    return {name: ole.openstream(name).read() for name in ("WordDocument", "1Table")}
