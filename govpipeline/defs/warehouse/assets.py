"""Warehouse: the published tables analysts query (names and columns fixed by the contract in lib/warehouse.sql)."""

import dagster as dg

from govpipeline.defs.metadata import DUCKDB_POOL, RefreshConfig, table_metadata
from govpipeline.defs.resources import WarehouseResource
from govpipeline.lib.db import table_columns, transaction
from govpipeline.lib.stages import now

WAREHOUSE_TABLES = {
    "documents": "One row per report: source path, hash, codec, format (and a PDF's pages), script, title, issuer, "
                 "region, report_year, "
                 "report_period (a quarter, half-year or month the title names), publish_date, doc_type, template, "
                 "size, and the version of the code that derived its rows.",
    "document_texts": "The normalized text of each report; facts.start/end are offsets into it.",
    "facts": "Every statistic, traceable to its characters (start/end in the normalized text, source_start/"
             "source_end in the decoded file).",
    "relations": "One row per fact taking part in a stated relation (sum, share, yoy, before_after) with its role.",
    "enumerations": "Headings that state a count, with the listed names cleaned and counted.",
    "table_cells": "The annual-report template tables (二 主动公开, 三 申请处理, 四 复议诉讼), one row per cell of the fixed "
                   "grid with stable row and column keys; blank cells are NULL with is_blank, derived subtotals marked. "
                   "Other tables' figures follow as table1, table2, … with their row and column labels.",
    "table_issues": "Template table rows that could not be read unambiguously, with the candidate readings.",
    "quarantine": "Files that could not be processed, with the reason and the stage that rejected them.",
}
PREVIEWS = {
    "documents": "SELECT source_path, region, report_year, doc_type, template, script, title, n_facts "
                 "FROM warehouse.documents ORDER BY source_path",
    "document_texts": "SELECT doc_id, left(normalized_text, 80) AS text_start FROM warehouse.document_texts",
    "facts": "SELECT doc_id, quote, value, unit, kind, approx, metric, scope FROM warehouse.facts ORDER BY doc_id, start",
    "relations": "SELECT relation_id, relation_type, role, fact_id FROM warehouse.relations ORDER BY relation_id",
    "enumerations": "SELECT heading, stated_count, listed_count FROM warehouse.enumerations",
    "quarantine": "SELECT source_path, stage, reason FROM warehouse.quarantine",
    "table_cells": "SELECT doc_id, table_id, row_key, column_key, value, raw, is_blank, derived FROM warehouse.table_cells",
    "table_issues": "SELECT doc_id, table_id, row_key, kind, raw, candidates FROM warehouse.table_issues",
}
DOC_TABLES = ("documents", "document_texts", "facts", "relations", "enumerations", "table_cells", "table_issues")


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["warehouse", name], description=desc, group_name="warehouse", kinds={"duckdb"},
                     deps=[dg.AssetKey(["extracted", "facts"])])
        for name, desc in WAREHOUSE_TABLES.items()
    ],
    pool=DUCKDB_POOL,
    name="warehouse_tables",
)
def warehouse_tables(context: dg.AssetExecutionContext, config: RefreshConfig, warehouse: WarehouseResource):
    """Publishes the extracted layer for documents whose content changed or that new code derived again, and
    rebuilds the quarantine list."""
    with warehouse.get_connection() as con:
        with transaction(con):
            con.execute("CREATE TEMP TABLE _touched AS SELECT doc_id FROM warehouse.documents WHERE false")
            con.execute(
                """INSERT INTO _touched
                   SELECT e.doc_id FROM extracted.documents e LEFT JOIN warehouse.documents w USING (doc_id)
                   WHERE ? OR w.sha256 IS DISTINCT FROM e.sha256 OR w.code_version IS DISTINCT FROM e.code_version
                   UNION SELECT w.doc_id FROM warehouse.documents w LEFT JOIN extracted.documents e USING (doc_id)
                   WHERE e.doc_id IS NULL OR e.error IS NOT NULL""", [config.full_refresh])
            for name in DOC_TABLES:
                con.execute(f"DELETE FROM warehouse.{name} WHERE doc_id IN (SELECT doc_id FROM _touched)")
            con.execute(
                """INSERT INTO warehouse.documents (doc_id, source_path, sha256, encoding, script, title, issuer, region,
                       region_code, admin_level, province, city, county, report_year, report_period, publish_date,
                       doc_type, template, n_chars, n_facts, code_version, published_at, format, n_pages,
                       page_starts)
                   SELECT n.doc_id, r.source_path, n.sha256, r.encoding, n.script, n.title, n.issuer, n.region,
                          n.region_code, n.admin_level, n.province, n.city, n.county, n.report_year, n.report_period,
                          n.publish_date, n.doc_type, n.template,
                          length(n.normalized_text), e.n_facts, e.code_version, ?, r.format, len(r.page_starts),
                          r.page_starts
                   FROM extracted.documents e JOIN normalized.documents n USING (doc_id) JOIN raw.documents r USING (doc_id)
                   WHERE e.error IS NULL AND e.doc_id IN (SELECT doc_id FROM _touched)""", [now()])
            published = "SELECT doc_id FROM warehouse.documents WHERE doc_id IN (SELECT doc_id FROM _touched)"
            con.execute(f"""INSERT INTO warehouse.document_texts (doc_id, normalized_text)
                            SELECT doc_id, normalized_text FROM normalized.documents WHERE doc_id IN ({published})""")
            for name in ("facts", "relations", "enumerations", "table_cells", "table_issues"):
                cols = ", ".join(f'"{c}"' for c in table_columns(con, f"warehouse.{name}"))
                con.execute(f"INSERT INTO warehouse.{name} ({cols}) SELECT {cols} FROM extracted.{name} "
                            f"WHERE doc_id IN ({published})")
            touched = con.execute("SELECT count(*) FROM _touched").fetchone()[0]
            con.execute("DROP TABLE _touched")
            con.execute("DELETE FROM warehouse.quarantine")
            con.execute(
                """INSERT INTO warehouse.quarantine (source_path, sha256, reason, detected_at, stage, doc_id)
                   SELECT source_path, sha256, error, ingested_at, 'ingest', doc_id FROM raw.documents WHERE error IS NOT NULL
                   UNION ALL
                   SELECT r.source_path, n.sha256, n.error, n.normalized_at, 'normalize', n.doc_id
                   FROM normalized.documents n JOIN raw.documents r USING (doc_id) WHERE n.error IS NOT NULL
                   UNION ALL
                   SELECT r.source_path, e.sha256, r.source_path || ': ' || e.error, e.extracted_at, 'extract', e.doc_id
                   FROM extracted.documents e JOIN raw.documents r USING (doc_id) WHERE e.error IS NOT NULL""")
        context.log.info(f"published {touched} new, changed or removed documents")
        for name in WAREHOUSE_TABLES:
            yield dg.MaterializeResult(asset_key=["warehouse", name],
                                       metadata=table_metadata(con, f"warehouse.{name}", PREVIEWS[name]))
