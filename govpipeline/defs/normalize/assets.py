"""Normalize: clean Simplified text, offset map to the source, document metadata (normalized.documents)."""

import polars as pl

from govpipeline.defs.layers import Layer, layer_asset
from govpipeline.lib.stages import normalize_document

NORMALIZED_SCHEMA = {
    "doc_id": pl.Utf8, "sha256": pl.Utf8, "script": pl.Utf8, "normalized_text": pl.Utf8,
    "offset_map": pl.List(pl.Int32), "source_length": pl.Int32, "title": pl.Utf8, "issuer": pl.Utf8,
    "region": pl.Utf8, "region_code": pl.Utf8, "admin_level": pl.Utf8, "province": pl.Utf8, "city": pl.Utf8,
    "county": pl.Utf8, "report_year": pl.Int32, "report_period": pl.Utf8,
    "publish_date": pl.Date,
    "doc_type": pl.Utf8, "template": pl.Utf8, "repairs": pl.Utf8, "error": pl.Utf8, "code_version": pl.Utf8,
    "normalized_at": pl.Datetime, "body": pl.Utf8, "source_url": pl.Utf8, "metadata_found_in": pl.Utf8,
    "file_id": pl.Utf8, "report_in_file": pl.Int32, "former_body": pl.Utf8,
    "co_issuers": pl.List(pl.Utf8), "ocr_layer": pl.Boolean,
}

normalized_documents = layer_asset(Layer(
    name="normalize",
    key=["normalized", "documents"],
    upstream=["raw", "documents"],
    upstream_table="raw.documents",
    input_columns=("doc_id", "source_path", "sha256", "decoded_text", "format", "file_title", "running_heads"),
    process=lambda raw: {"normalized.documents": normalize_document(raw)},
    upstream_link="file_id",
    schemas={"normalized.documents": NORMALIZED_SCHEMA},
    preview_sql="SELECT doc_id, script, region, report_year, doc_type, template, title, error "
                "FROM normalized.documents ORDER BY doc_id",
    group_name="normalize",
    description=(
        "Each readable report as clean Simplified text (a file that holds several reports, a page followed by "
        "another's full text or several years' reports printed or merged one after another, gives one row per "
        "report, each with its own metadata and text and an offset map into the whole file): article body of saved pages (tables as tab-separated rows), "
        "web boilerplate dropped, GBK byte-shift mojibake and pinyin glosses repaired, full-width forms folded, "
        "Traditional converted with OpenCC t2s. Keeps an offset map back to the decoded source and the document's "
        "title, issuer, body, region, report_year (with report_period, when the title names a quarter, half-year or "
        "month), publish_date, doc_type and template, read first from a crawler's header or a page's info line (taken out of "
        "the text) and recorded with where each was found. New and changed documents are processed in parallel "
        "buckets; one step writes the table."
    ),
))
