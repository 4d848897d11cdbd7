"""Tables posted as Excel attachments (.xlsx, .xls) read in the form of a .docx's tables (lib/excel.py).

Round 22 (fixtures/tables_excel_blind, keyed before any reader of Excel existed): first measured with the reader,
the annual report's 表二-表四 stacked on one sheet gave all 200 template cells, and the other two workbooks 47 of 47
cells (checked with the other tables' key in test_tables_other_blind.py)."""
from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from govpipeline.lib.decode import NotTextError
from govpipeline.lib.excel import read_excel, shown
from govpipeline.lib.stages import extract_document, normalize_document, read_document
from govpipeline_tests.report_files import t3_rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tables_excel_blind"


def _xlsx(build) -> bytes:
    book = openpyxl.Workbook()
    build(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("value, number_format, text", [
    (0.998, "0.0%", "99.8%"), (1, "0.0%", "100.0%"), (0.5, "0%", "50%"), (5, "0.00", "5.00"), (1864, "#,##0", "1864"),
    (406.37, "General", "406.37"), (21.4, "General", "21.4"), (12.0, "General", "12"), (-3.2, "General", "-3.2"),
    (datetime(2024, 1, 22), "yyyy-mm-dd", "2024年1月22日"), ("受理量\n（件）", "General", "受理量（件）"), (None, "General", "")])
def test_a_cell_prints_as_the_sheet_shows_it(value, number_format, text):
    assert shown(value, number_format) == text


def test_merged_cells_take_the_form_of_a_word_table_and_hidden_sheets_are_left_out():
    def build(book):
        ws = book.active
        ws.append(["某县政务服务中心2024年各窗口办件统计表"])
        ws.merge_cells("A1:D1")
        ws.append(["窗口", "2024年", None, "备注"])
        ws.merge_cells("B2:C2")
        ws.merge_cells("D2:D3")
        ws.append([None, "受理", "办结"])
        ws.merge_cells("A2:A3")
        ws.append(["社保", 12, 11, "含异地"])
        ws.append([])
        ws.append(["注：数据截至12月31日。"])
        hidden = book.create_sheet("草稿")
        hidden.append(["不应读出", 1])
        hidden.sheet_state = "hidden"
    assert read_excel(_xlsx(build)).text.split("\n") == [
        "某县政务服务中心2024年各窗口办件统计表", "窗口\t2024年\t备注", "窗口\t受理\t办结\t备注", "社保\t12\t11\t含异地", "",
        "注：数据截至12月31日。", ""]


def test_a_workbook_without_text_and_a_damaged_one_are_quarantined_with_the_reason():
    with pytest.raises(NotTextError, match="no text in its visible sheets"):
        read_excel(_xlsx(lambda book: None))
    raw = read_document("附件/统计表.xlsx", b"PK\x03\x04" + bytes(60))
    assert raw["error"].startswith("附件/统计表.xlsx: corrupt or unreadable .xlsx") and raw["decoded_text"] is None
    raw = read_document("统计表.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    assert raw["error"].startswith("统计表.xls: corrupt or unreadable .xls") and raw["decoded_text"] is None


def test_a_workbook_served_under_a_word_name_is_read_as_what_its_bytes_are():
    xls = (FIXTURES / "x02_mabian_zhengwu_2024h1.xls").read_bytes()
    xlsx = (FIXTURES / "x03_yongxiu_12345_2024.xlsx").read_bytes()
    for name, data, fmt in (("附件1.doc", xls, "xls"), ("附件2.docx", xlsx, "xlsx"), ("附件3.xls", xlsx, "xlsx")):
        raw = read_document(name, data)
        assert (raw["format"], raw["error"]) == (fmt, None)
        assert "\t" in raw["decoded_text"]


def test_the_annual_reports_tables_as_an_attachment_give_every_template_cell():
    name = "x01_qingchuan_ziran_2023_tongjibiao.xlsx"
    raw = read_document(name, (FIXTURES / name).read_bytes())
    assert raw["file_title"] == "青川县自然资源局2023年政府信息公开工作年度报告统计表"
    (norm,) = normalize_document(raw)
    assert (norm["body"], norm["region"], norm["report_year"], norm["template"]) == (
        "青川县自然资源局", "广元市青川县", 2023, "2021")
    document, _, _, _, cells, issues = extract_document(norm)
    assert document["table_cells_expected"] == document["table_cells_read"] == 200 and issues == []
    by_label = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    assert [by_label[("三、本年度办理结果（七）总计", f"申请人情况·{column}")] for column in ("自然人", "总计")] == [
        next(cells for label, cells in t3_rows("2021") if label == "（七）总计")[i] for i in (0, -1)]
