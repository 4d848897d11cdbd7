"""Extract: statistical facts with their relations and enumerations (extracted.*)."""

import polars as pl

from govpipeline.defs.layers import Layer, layer_asset
from govpipeline.lib.stages import extract_document

STATUS_SCHEMA = {"doc_id": pl.Utf8, "sha256": pl.Utf8, "n_facts": pl.Int32, "error": pl.Utf8,
                 "code_version": pl.Utf8, "extracted_at": pl.Datetime, "table_cells_expected": pl.Int32,
                 "table_cells_read": pl.Int32}
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
               "derived": pl.Boolean, "fact_id": pl.Utf8, "evidence": pl.Utf8}
ISSUE_SCHEMA = {"doc_id": pl.Utf8, "table_id": pl.Utf8, "row_key": pl.Utf8, "kind": pl.Utf8, "raw": pl.Utf8,
                "candidates": pl.List(pl.Utf8), "start": pl.Int32}
EXTRACT_SCHEMAS = {
    "extracted.documents": STATUS_SCHEMA, "extracted.facts": FACT_SCHEMA, "extracted.relations": RELATION_SCHEMA,
    "extracted.enumerations": ENUMERATION_SCHEMA, "extracted.table_cells": CELL_SCHEMA,
    "extracted.table_issues": ISSUE_SCHEMA,
}


def _extract(norm: dict) -> dict[str, list[dict]]:
    status, *rows = extract_document(norm)
    return dict(zip(EXTRACT_SCHEMAS, ([status], *rows)))


extracted_facts = layer_asset(Layer(
    name="extract",
    key=["extracted", "facts"],
    upstream=["normalized", "documents"],
    upstream_table="normalized.documents",
    # the title tells a hotline's own report (catalog.implied_scope); title, body, issuer and region are the report's
    # own names, which a label may open with and keep its indicator (catalog.metric_id_for)
    input_columns=("doc_id", "sha256", "normalized_text", "offset_map", "source_length", "report_year",
                   "report_period", "title", "body", "issuer", "region"),
    process=_extract,
    schemas=EXTRACT_SCHEMAS,
    preview_sql="SELECT doc_id, quote, value, unit, kind, approx, metric FROM extracted.facts ORDER BY doc_id, start",
    group_name="extract",
    description=(
        "Every statistic in the normalized text: value in base units (万/亿 applied), unit, kind, qualifier, "
        "metric and scope labels, year, the quote and its offsets in both the normalized and the source text. "
        "Also the relations the text states (sum breakdowns, 占X% shares, year-over-year changes, before/after), "
        "enumerations (a stated count against the listed names), and the cells of the annual-report template tables "
        "(2019/2021), whose identities become sum relations. Other tables (a header row, then rows of a name and "
        "figures) give a fact per figure whose unit the cell, its column or a 单位 line states, named 'row|column'; "
        "their 合计 rows become sum relations and their columns of changes year-over-year relations. Writes "
        "extracted.documents/facts/relations/enumerations/table_cells/table_issues, from parallel buckets through "
        "one writing step."
    ),
))
