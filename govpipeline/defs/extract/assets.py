"""Extract: statistical facts with their relations and enumerations (extracted.*)."""

import dagster as dg
import polars as pl

from govpipeline.defs.metadata import DUCKDB_POOL, RefreshConfig, table_metadata
from govpipeline.defs.resources import WarehouseResource
from govpipeline.lib.db import chunks, delete_docs, insert_frame, pending_documents, rows_for_ids, transaction
from govpipeline.lib.stages import extract_document

STATUS_SCHEMA = {"doc_id": pl.Utf8, "sha256": pl.Utf8, "n_facts": pl.Int32, "error": pl.Utf8,
                 "extracted_at": pl.Datetime}
FACT_SCHEMA = {
    "fact_id": pl.Utf8, "doc_id": pl.Utf8, "metric": pl.Utf8, "metric_id": pl.Utf8, "scope": pl.Utf8, "value": pl.Float64,
    "value_max": pl.Float64, "unit": pl.Utf8, "kind": pl.Utf8, "approx": pl.Utf8, "year": pl.Int32,
    "quote": pl.Utf8, "start": pl.Int32, "end": pl.Int32, "source_start": pl.Int32, "source_end": pl.Int32,
    "section": pl.Utf8, "sentence": pl.Utf8, "decimals": pl.Int32, "scale": pl.Float64,
}
RELATION_SCHEMA = {"relation_id": pl.Utf8, "doc_id": pl.Utf8, "relation_type": pl.Utf8, "role": pl.Utf8,
                   "fact_id": pl.Utf8, "note": pl.Utf8, "exhaustive": pl.Boolean}
ENUMERATION_SCHEMA = {"enumeration_id": pl.Utf8, "doc_id": pl.Utf8, "heading": pl.Utf8, "stated_count": pl.Int32,
                      "listed_count": pl.Int32, "items": pl.List(pl.Utf8), "count_fact_id": pl.Utf8}
CELL_SCHEMA = {"doc_id": pl.Utf8, "table_id": pl.Utf8, "row_key": pl.Utf8, "row_label": pl.Utf8, "column_key": pl.Utf8,
               "column_label": pl.Utf8, "value": pl.Float64, "raw": pl.Utf8, "is_blank": pl.Boolean,
               "derived": pl.Boolean, "fact_id": pl.Utf8}
ISSUE_SCHEMA = {"doc_id": pl.Utf8, "table_id": pl.Utf8, "row_key": pl.Utf8, "kind": pl.Utf8, "raw": pl.Utf8,
                "candidates": pl.List(pl.Utf8)}
EXTRACT_TABLES = ("extracted.documents", "extracted.facts", "extracted.relations", "extracted.enumerations",
                  "extracted.table_cells", "extracted.table_issues")


@dg.asset(
    key=["extracted", "facts"],
    deps=[dg.AssetKey(["normalized", "documents"])],
    group_name="extract",
    kinds={"python", "duckdb"},
    pool=DUCKDB_POOL,
    description=(
        "Every statistic in the normalized text: value in base units (万/亿 applied), unit, kind, qualifier, "
        "metric and scope labels, year, the quote and its offsets in both the normalized and the source text. "
        "Also the relations the text states (sum breakdowns, 占X% shares, year-over-year changes, before/after), "
        "enumerations (a stated count against the listed names), and the cells of the annual-report template tables "
        "(2019/2021), whose identities become sum relations. Writes extracted.documents/facts/relations/"
        "enumerations/table_cells/table_issues."
    ),
)
def extracted_facts(context: dg.AssetExecutionContext, config: RefreshConfig,
                    warehouse: WarehouseResource) -> dg.MaterializeResult:
    with warehouse.get_connection() as con:
        todo, gone = pending_documents(con, "normalized.documents", "extracted.documents", config.full_refresh)
        keys = ("doc_id", "sha256", "normalized_text", "offset_map", "source_length", "report_year")
        counts = dict.fromkeys(("facts", "relations", "enumerations", "cells", "issues"), 0)
        with transaction(con):  # one transaction, filled chunk by chunk
            for table in EXTRACT_TABLES:
                delete_docs(con, table, todo + gone)
            for ids in chunks(todo):
                statuses, facts, relations, enumerations, cells, issues = [], [], [], [], [], []
                for row in rows_for_ids(con, f"SELECT {', '.join(keys)} FROM normalized.documents "
                                             "WHERE doc_id IN (SELECT doc_id FROM _govpipeline_ids)", ids):
                    status, f, r, e, c, i = extract_document(dict(zip(keys, row)))
                    statuses.append(status)
                    facts += f
                    relations += r
                    enumerations += e
                    cells += c
                    issues += i
                    if status["error"]:
                        context.log.warning(f"{status['doc_id']}: {status['error']}")
                insert_frame(con, "extracted.documents", pl.DataFrame(statuses, schema=STATUS_SCHEMA))
                insert_frame(con, "extracted.facts", pl.DataFrame(facts, schema=FACT_SCHEMA))
                insert_frame(con, "extracted.relations", pl.DataFrame(relations, schema=RELATION_SCHEMA))
                insert_frame(con, "extracted.enumerations", pl.DataFrame(enumerations, schema=ENUMERATION_SCHEMA))
                insert_frame(con, "extracted.table_cells", pl.DataFrame(cells, schema=CELL_SCHEMA))
                insert_frame(con, "extracted.table_issues", pl.DataFrame(issues, schema=ISSUE_SCHEMA))
                for name, rows in (("facts", facts), ("relations", relations), ("enumerations", enumerations),
                                   ("cells", cells), ("issues", issues)):
                    counts[name] += len(rows)
        meta = table_metadata(con, "extracted.facts",
                              "SELECT doc_id, quote, value, unit, kind, approx, metric FROM extracted.facts "
                              "ORDER BY doc_id, start")
    return dg.MaterializeResult(metadata={**meta, "documents_extracted": len(todo), "facts_written": counts["facts"],
                                          "relation_rows_written": counts["relations"],
                                          "enumerations_written": counts["enumerations"],
                                          "template_cells_written": counts["cells"], "template_issues": counts["issues"]})
