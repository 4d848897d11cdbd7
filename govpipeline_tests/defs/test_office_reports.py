"""A folder of PDF, OFD and Word reports through the whole asset graph: the same cells and facts as the report saved as
text, a PDF's facts traceable to their pages, and the files that cannot be read quarantined with the reason."""
from pathlib import Path

from govpipeline_tests.conftest import materialize_all, query
from govpipeline_tests.ofd_files import ofd_from_pdf
from govpipeline_tests.report_files import Picture, Report, annual_report, to_doc, to_docx, to_pdf

BLOCKING = {"facts_complete_and_unique", "quotes_at_offsets", "relations_reference_facts"}
# the report below as LibreOffice saves it as RTF (fixtures/rtf_office/README.md)
RTF = Path(__file__).resolve().parents[1] / "fixtures" / "rtf_office" / "annual_report_2021.rtf"
# a page made a scan and given a text layer by ocrmypdf (fixtures/ocr_pdfs/README.md)
OCR_PAGE = RTF.parents[1] / "ocr_pdfs" / "qu_weijian_zongjie_2024.page1.ocr.pdf"


def test_pdf_and_word_reports_are_read_like_their_text(tmp_path):
    raw = tmp_path / "raw"
    (raw / "2023").mkdir(parents=True)
    report = annual_report("2021", cut=(21, 9, True))
    report.blocks.append(Picture(16, 10))  # a picture in the PDF and Word files, not in the text
    (raw / "2023" / "年报.txt").write_text(report.text(), encoding="utf-8")
    (raw / "2023" / "年报.pdf").write_bytes(to_pdf(report))
    (raw / "2023" / "年报.ofd").write_bytes(ofd_from_pdf(to_pdf(report)))
    (raw / "2023" / "年报.docx").write_bytes(to_docx(report))
    (raw / "2023" / "年报.doc").write_bytes(to_doc(report))
    (raw / "2023" / "年报.rtf").write_bytes(RTF.read_bytes())
    (raw / "扫描后识别.pdf").write_bytes(OCR_PAGE.read_bytes())
    (raw / "扫描件.pdf").write_bytes(to_pdf(Report([None])))  # pages with nothing but their numbers
    (raw / "损坏.doc").write_bytes(to_doc(report)[:3000])  # cut short, as an interrupted download
    db = tmp_path / "warehouse.duckdb"
    result = materialize_all(raw, db)
    failed = {e.check_name for e in result.get_asset_check_evaluations() if not e.passed}
    assert not failed & BLOCKING

    assert query(db, "SELECT source_path, stage, reason FROM warehouse.quarantine ORDER BY source_path") == [
        ("扫描件.pdf", "ingest", "扫描件.pdf: scanned PDF, no text layer"),
        ("损坏.doc", "ingest", "损坏.doc: corrupt or truncated Word file: OleFileError: incomplete OLE sector")]
    documents = query(db, "SELECT source_path, format, n_pages, encoding, report_year, template, images_not_read "
                          "FROM warehouse.documents ORDER BY source_path")
    assert documents == [("2023/年报.doc", "doc", None, None, 2023, "2021", None),
                         ("2023/年报.docx", "docx", None, None, 2023, "2021",
                          ["an image over 27% of a page, after “本机关全年未收取信息处理费以外的费用。”"]),
                         ("2023/年报.ofd", "ofd", 4, None, 2023, "2021",
                          ["page 4: an image over 26% of the page, no text on it"]),
                         ("2023/年报.pdf", "pdf", 4, None, 2023, "2021",
                          ["page 4: an image over 26% of the page, no text on it"]),
                         ("2023/年报.rtf", "rtf", None, None, 2023, "2021",
                          ["an image over 26% of a page, after “本机关全年未收取信息处理费以外的费用。”"]),
                         ("2023/年报.txt", "text", None, "utf-8", 2023, "2021", None),
                         ("扫描后识别.pdf", "pdf", 1, None, 2024, None,
                          ["page 1: the text lies over an image of the whole page, as a scan's OCR layer does: its "
                           "figures may be misread by the OCR; check them against the page"])]

    assert query(db, "SELECT source_path, message FROM quality.findings WHERE check_name = 'images_read' "
                     "ORDER BY source_path") == [
        ("2023/年报.docx", "an image over 27% of a page, after “本机关全年未收取信息处理费以外的费用。”: its content is not "
                          "read (no OCR)"),
        ("2023/年报.ofd", "page 4: an image over 26% of the page, no text on it: its content is not read (no OCR)"),
        ("2023/年报.pdf", "page 4: an image over 26% of the page, no text on it: its content is not read (no OCR)"),
        ("2023/年报.rtf", "an image over 26% of a page, after “本机关全年未收取信息处理费以外的费用。”: its content is not "
                         "read (no OCR)"),
        # the scan's image is read, by the OCR that made its text layer
        ("扫描后识别.pdf", "page 1: the text lies over an image of the whole page, as a scan's OCR layer does: its "
                         "figures may be misread by the OCR; check them against the page")]
    assert {e.check_name: e.passed for e in result.get_asset_check_evaluations()}["images_read"] is False

    def by_format(sql):
        rows = query(db, f"SELECT d.format, x.* EXCLUDE (doc_id, fact_id) FROM ({sql}) x "
                         "JOIN warehouse.documents d USING (doc_id) WHERE d.source_path LIKE '2023/%'")
        return {fmt: sorted(r[1:] for r in rows if r[0] == fmt) for fmt in ("text", "pdf", "ofd", "docx", "doc", "rtf")}

    cells = by_format("SELECT * FROM warehouse.table_cells")
    assert cells["ofd"] == cells["pdf"] == cells["docx"] == cells["doc"] == cells["rtf"] == cells["text"] and len(cells["text"]) > 200
    facts = by_format("SELECT fact_id, doc_id, metric, metric_id, value, unit, kind, approx, year, quote, section "
                      "FROM warehouse.facts")
    assert facts["ofd"] == facts["pdf"] == facts["docx"] == facts["doc"] == facts["rtf"] == facts["text"]

    # the page of each fact of the PDF, by the query README documents, and the quote at its offsets in that page
    pages = query(db, """
        SELECT f.quote, len(list_filter(d.page_starts, s -> s <= f.source_start)) AS page, f.source_start,
               d.page_starts, r.decoded_text
        FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id) JOIN raw.documents r USING (doc_id)
        WHERE d.source_path = '2023/年报.pdf' ORDER BY f.source_start""")
    assert {p for _, p, *_ in pages} == {1, 2, 3}
    for quote, page, start, starts, text in pages:
        end = starts[page] if page < len(starts) else len(text)
        assert starts[page - 1] <= start < end and text[start:start + len(quote)] == quote
    first = {quote: page for quote, page, *_ in pages}
    assert first["5316条"] == 1 and first["406.37"] == 1


def test_each_file_is_read_as_what_its_bytes_are_through_the_asset_graph(tmp_path):
    """A page saved as .txt or served as .doc is read as a page, not as text with its markup; a crawler's text saved
    under the page's name (.shtml) as text; a workbook as its sheets, also one served as .doc."""
    from pathlib import Path

    excel = Path(__file__).resolve().parents[1] / "fixtures" / "tables_excel_blind"
    page = ("<html><head><meta charset='utf-8'><title>某某县2023年政务服务工作总结</title></head><body>"
            "<div class='article'><h1>某某县2023年政务服务工作总结</h1><p>全年受理办件3.6万件，办结率99.2%。</p>"
            "<p>12345热线受理诉求8620件。</p></div></body></html>")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "saved_page.txt").write_text(page, encoding="utf-8")
    (raw / "served_as_word.doc").write_text(page, encoding="utf-8")
    (raw / "content_1001.shtml").write_text("标题：某某县2023年政务服务工作总结\n发布时间：2024-01-05\n-----\n"
                                            "某某县2023年政务服务工作总结\n全年受理办件3.6万件，办结率99.2%。\n"
                                            "12345热线受理诉求8620件。\n", encoding="utf-8")
    (raw / "统计表.xlsx").write_bytes((excel / "x03_yongxiu_12345_2024.xlsx").read_bytes())
    (raw / "附件.doc").write_bytes((excel / "x02_mabian_zhengwu_2024h1.xls").read_bytes())
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    assert query(db, "SELECT source_path, format FROM warehouse.documents ORDER BY 1") == [
        ("content_1001.shtml", "text"), ("saved_page.txt", "html"), ("served_as_word.doc", "html"),
        ("统计表.xlsx", "xlsx"), ("附件.doc", "xls")]
    assert query(db, "SELECT count(*) FROM warehouse.quarantine") == [(0,)]
    assert query(db, "SELECT count(*) FROM warehouse.document_texts WHERE normalized_text LIKE '%<%'") == [(0,)]
    for name in ("content_1001.shtml", "saved_page.txt", "served_as_word.doc"):
        assert query(db, "SELECT f.quote, f.metric FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id) "
                         "WHERE d.source_path = ? ORDER BY f.source_start", [name]) == [
            ("3.6万件", "受理办件"), ("99.2%", "受理办件:办结率"), ("8620件", "12345热线受理诉求")], name
    assert query(db, "SELECT d.source_path, count(*) FROM warehouse.table_cells c JOIN warehouse.documents d "
                     "USING (doc_id) GROUP BY 1 ORDER BY 1") == [("统计表.xlsx", 26), ("附件.doc", 21)]


def test_attachments_named_by_their_title_take_it_and_ids_give_nothing(tmp_path):
    """A crawl's attachments: a PDF printing no title line and a workbook of one centre's windows are named by their
    titles, which give their body, place and year (metadata_found_in 'file_name'); a copy under an id gives none."""
    import io

    import openpyxl

    def workbook(title: str | None) -> bytes:
        book = openpyxl.Workbook()
        for row in ([[title]] if title else []) + [["窗口", "受理件数", "办结件数"], ["综合受理窗口", 1820, 1804],
                                                   ["合计", 1820, 1804]]:
            book.active.append(row)
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    raw = tmp_path / "raw" / "附件"
    raw.mkdir(parents=True)
    text = Report(["#一、总体情况", "2023年，我局全面推进政务公开，主动公开政府信息264条。", "#二、依申请公开情况",
                   "本年新收政府信息公开申请5件。"])
    (raw / "附件1：剑阁县统计局2023年度政府信息公开工作年度报告.pdf").write_bytes(to_pdf(text))
    (raw / "P020240105612345.pdf").write_bytes(to_pdf(text))
    (raw / "2023年1-6月剑阁县政务服务中心各窗口办件情况统计表.xlsx").write_bytes(workbook("各窗口办件情况统计表"))
    (raw / "W020240708.xlsx").write_bytes(workbook("2024年1-6月剑阁县政务服务中心各窗口办件情况统计表"))
    db = tmp_path / "warehouse.duckdb"
    materialize_all(tmp_path / "raw", db)
    assert query(db, "SELECT source_path, body, region_code, report_year, "
                     "json_extract_string(metadata_found_in, '$.body') FROM warehouse.documents ORDER BY 1") == [
        ("附件/2023年1-6月剑阁县政务服务中心各窗口办件情况统计表.xlsx", "剑阁县政务服务中心", "510823", 2023, "file_name"),
        ("附件/P020240105612345.pdf", None, None, 2023, None),
        ("附件/W020240708.xlsx", "剑阁县政务服务中心", "510823", 2024, "title"),
        ("附件/附件1：剑阁县统计局2023年度政府信息公开工作年度报告.pdf", "剑阁县统计局", "510823", 2023, "file_name")]
