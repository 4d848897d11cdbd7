"""Tables whose header is printed over two rows and whose groups are merged down their rows, as a .docx, a PDF and a
web page (fixtures/tables_two_row_headers), keyed before the code ran on them after the rules for such headers were
written: every cell is read by its row, its column under its group and its year. The code before those rules read
none of the 48, with no finding."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from govpipeline.lib.stages import extract_document, normalize_document, read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
KEY = json.loads((FIXTURES / "tables_two_row_headers_key.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", KEY)
def test_every_cell_is_read_by_its_row_its_column_and_its_year(name):
    (norm,) = normalize_document(read_document(name, (FIXTURES / "tables_two_row_headers" / name).read_bytes()))
    _, facts, _, _, cells, issues = extract_document(norm)
    year = {f["fact_id"]: f["year"] or norm["report_year"] for f in facts}
    got = {(c["row_label"], c["column_label"]): (c["value"], year[c["fact_id"]]) for c in cells}
    assert got == {(row, column): (value, y) for row, column, value, y in KEY[name]}
    assert issues == []
