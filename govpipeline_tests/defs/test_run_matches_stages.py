"""A run through the asset graph gives each document the metadata and facts the stage functions give it when called
with the whole row (as the unit tests, the frozen output and the blind sets' scores call them). Each step reads only
the columns it names: one it did not name made a run differ from what was measured (a page saved as .txt kept its
markup; the catalog lost the report's own names)."""
import shutil
from pathlib import Path

from govpipeline.lib.stages import extract_document, normalize_document, read_document
from govpipeline_tests.conftest import materialize_all, query

FIXTURES = Path(__file__).parents[1] / "fixtures"
# every form a report takes: text, pages (one line, tables, a crawler's header), PDF, Word, Excel; several genres
FOLDERS = ("genres_blind_files", "disclosure_blind_files", "service_blind_files", "crawl_years_blind", "yoy_blind",
           "tables_excel_blind", "tables_two_row_headers", "briefing_tables", "rule_of_law_blind")
METADATA = ("title", "body", "issuer", "region", "report_year", "report_period", "publish_date", "doc_type")
FACTS = ("fact_id", "metric", "metric_id", "scope", "value", "unit", "kind", "approx", "year", "quote")
CELLS = ("doc_id", "row_key", "row_label", "column_key", "column_label", "value", "fact_id")


def test_a_run_gives_what_the_stage_functions_give(tmp_path):
    raw = tmp_path / "raw"
    files = []
    for folder in FOLDERS:
        for path in sorted((FIXTURES / folder).iterdir()):
            if path.suffix != ".md":
                (raw / folder).mkdir(parents=True, exist_ok=True)
                shutil.copy(path, raw / folder / path.name)
                files.append(f"{folder}/{path.name}")
    db = tmp_path / "warehouse.duckdb"
    materialize_all(raw, db)
    expected_documents, expected_facts, expected_cells = {}, set(), set()
    for name in files:
        for norm in normalize_document(read_document(name, (raw / name).read_bytes())):
            if norm["error"]:
                continue
            expected_documents[norm["doc_id"]] = tuple(norm[c] for c in METADATA)
            _, facts, _, _, cells, _ = extract_document(norm)
            expected_facts |= {tuple(f[c] for c in FACTS) for f in facts}
            expected_cells |= {tuple(c[k] for k in CELLS) for c in cells}
    documents = query(db, f"SELECT doc_id, {', '.join(METADATA)} FROM warehouse.documents")
    assert {doc_id: tuple(rest) for doc_id, *rest in documents} == expected_documents
    assert len(expected_documents) > 25
    # besides the cells of 表二 rows run together that the same body's reports of the years around settle
    # (adjacent_years, fact ids <doc>-p-…), which no one report's functions can
    facts = set(query(db, f"SELECT {', '.join(FACTS)} FROM warehouse.facts WHERE fact_id NOT LIKE '%-p-%'"))
    assert facts == expected_facts and len(facts) > 600
    cells = set(query(db, f"SELECT {', '.join(CELLS)} FROM warehouse.table_cells "
                          "WHERE fact_id IS NULL OR fact_id NOT LIKE '%-p-%'"))
    assert cells == expected_cells and len(cells) > 1000
