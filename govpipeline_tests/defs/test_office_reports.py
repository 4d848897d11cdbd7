"""A folder of PDF and Word reports through the whole asset graph: the same cells and facts as the report saved as
text, a PDF's facts traceable to their pages, and the files that cannot be read quarantined with the reason."""
from govpipeline_tests.conftest import materialize_all, query
from govpipeline_tests.report_files import Picture, Report, annual_report, to_doc, to_docx, to_pdf

BLOCKING = {"facts_complete_and_unique", "quotes_at_offsets", "relations_reference_facts"}


def test_pdf_and_word_reports_are_read_like_their_text(tmp_path):
    raw = tmp_path / "raw"
    (raw / "2023").mkdir(parents=True)
    report = annual_report("2021", cut=(21, 9, True))
    report.blocks.append(Picture(16, 10))  # a picture in the PDF and Word files, not in the text
    (raw / "2023" / "年报.txt").write_text(report.text(), encoding="utf-8")
    (raw / "2023" / "年报.pdf").write_bytes(to_pdf(report))
    (raw / "2023" / "年报.docx").write_bytes(to_docx(report))
    (raw / "2023" / "年报.doc").write_bytes(to_doc(report))
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
                         ("2023/年报.pdf", "pdf", 4, None, 2023, "2021",
                          ["page 4: an image over 26% of the page, no text on it"]),
                         ("2023/年报.txt", "text", None, "utf-8", 2023, "2021", None)]

    assert query(db, "SELECT source_path, message FROM quality.findings WHERE check_name = 'images_read' "
                     "ORDER BY source_path") == [
        ("2023/年报.docx", "an image over 27% of a page, after “本机关全年未收取信息处理费以外的费用。”: its content is not "
                          "read (no OCR)"),
        ("2023/年报.pdf", "page 4: an image over 26% of the page, no text on it: its content is not read (no OCR)")]
    assert {e.check_name: e.passed for e in result.get_asset_check_evaluations()}["images_read"] is False

    def by_format(sql):
        rows = query(db, f"SELECT d.format, x.* EXCLUDE (doc_id, fact_id) FROM ({sql}) x "
                         "JOIN warehouse.documents d USING (doc_id)")
        return {fmt: sorted(r[1:] for r in rows if r[0] == fmt) for fmt in ("text", "pdf", "docx", "doc")}

    cells = by_format("SELECT * FROM warehouse.table_cells")
    assert cells["pdf"] == cells["docx"] == cells["doc"] == cells["text"] and len(cells["text"]) > 200
    facts = by_format("SELECT fact_id, doc_id, metric, metric_id, value, unit, kind, approx, year, quote, section "
                      "FROM warehouse.facts")
    assert facts["pdf"] == facts["docx"] == facts["doc"] == facts["text"]

    # the page of each fact of the PDF, by the query README documents, and the quote at its offsets in that page
    pages = query(db, """
        SELECT f.quote, len(list_filter(d.page_starts, s -> s <= f.source_start)) AS page, f.source_start,
               d.page_starts, r.decoded_text
        FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id) JOIN raw.documents r USING (doc_id)
        WHERE d.format = 'pdf' ORDER BY f.source_start""")
    assert {p for _, p, *_ in pages} == {1, 2, 3}
    for quote, page, start, starts, text in pages:
        end = starts[page] if page < len(starts) else len(text)
        assert starts[page - 1] <= start < end and text[start:start + len(quote)] == quote
    first = {quote: page for quote, page, *_ in pages}
    assert first["5316条"] == 1 and first["406.37"] == 1
