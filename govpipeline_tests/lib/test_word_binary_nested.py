"""A .doc whose tables sit in the cells of an outer layout table (lib/word_binary.py): a nested table's cells and rows
end with paragraph marks flagged sprmPFInnerTableCell / sprmPFInnerTtp, not with the cell mark; each nested row is a
line of its own with its cells between tabs, after the outer cells' paragraphs before it, as lib/word.py reads a
.docx. The fixture was saved by LibreOffice 7.4 from a .docx (govpipeline_tests.tables_round20.nested_doc)."""
from pathlib import Path

from govpipeline.lib.word_binary import read_doc

DOC = Path(__file__).resolve().parents[1] / "fixtures" / "doc_nested_office" / "hotline_nested.doc"


def test_a_table_nested_in_a_layout_tables_cell_is_read_one_row_a_line():
    assert read_doc(DOC.read_bytes()).text.splitlines() == [
        "益阳市12345热线2024年第一季度运行情况",
        "表1 受理渠道",
        "渠道\t受理量\t占比",
        "电话\t8,412\t61.3",
        "网站（含信箱）\t3,077\t22.4",  # a cell's two lines joined, as in a cell of the outer table
        "表2 办理结果",
        "结果\t件数",
        "按时办结\t12,906",
        "延期办结\t188",
        "下一步将继续提升接通率。",
    ]
