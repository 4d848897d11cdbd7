"""Normalize: clean Simplified text, offset map to the source, document metadata (normalized.documents)."""

import dagster as dg
import polars as pl

from govpipeline.defs.metadata import DUCKDB_POOL, RefreshConfig, table_metadata
from govpipeline.defs.resources import WarehouseResource
from govpipeline.lib.db import chunks, delete_docs, insert_frame, pending_documents, rows_for_ids, transaction
from govpipeline.lib.stages import normalize_document

NORMALIZED_SCHEMA = {
    "doc_id": pl.Utf8, "sha256": pl.Utf8, "script": pl.Utf8, "normalized_text": pl.Utf8,
    "offset_map": pl.List(pl.Int32), "source_length": pl.Int32, "title": pl.Utf8, "issuer": pl.Utf8,
    "region": pl.Utf8, "region_code": pl.Utf8, "admin_level": pl.Utf8, "province": pl.Utf8, "city": pl.Utf8,
    "county": pl.Utf8, "report_year": pl.Int32, "publish_date": pl.Date,
    "doc_type": pl.Utf8, "template": pl.Utf8, "repairs": pl.Utf8, "error": pl.Utf8, "normalized_at": pl.Datetime,
}


@dg.asset(
    key=["normalized", "documents"],
    deps=[dg.AssetKey(["raw", "documents"])],
    group_name="normalize",
    kinds={"python", "duckdb"},
    pool=DUCKDB_POOL,
    description=(
        "Each readable report as clean Simplified text: article body of saved pages (tables as tab-separated rows), "
        "web boilerplate dropped, GBK byte-shift mojibake and pinyin glosses repaired, full-width forms folded, "
        "Traditional converted with OpenCC t2s. Keeps an offset map back to the decoded source and the document's "
        "title, issuer, region, report_year, publish_date, doc_type and template."
    ),
)
def normalized_documents(context: dg.AssetExecutionContext, config: RefreshConfig,
                         warehouse: WarehouseResource) -> dg.MaterializeResult:
    with warehouse.get_connection() as con:
        todo, gone = pending_documents(con, "raw.documents", "normalized.documents", config.full_refresh)
        failed = 0
        with transaction(con):  # one transaction, filled chunk by chunk
            delete_docs(con, "normalized.documents", todo + gone)
            for ids in chunks(todo):
                raw = rows_for_ids(con, "SELECT doc_id, source_path, sha256, decoded_text FROM raw.documents "
                                        "WHERE doc_id IN (SELECT doc_id FROM _govpipeline_ids)", ids)
                rows = [normalize_document(dict(zip(("doc_id", "source_path", "sha256", "decoded_text"), t)))
                        for t in raw]
                insert_frame(con, "normalized.documents", pl.DataFrame(rows, schema=NORMALIZED_SCHEMA))
                for r in rows:
                    if r["error"]:
                        failed += 1
                        context.log.warning(f"quarantined {r['error']}")
        meta = table_metadata(
            con, "normalized.documents",
            "SELECT doc_id, script, region, report_year, doc_type, template, title, error FROM normalized.documents "
            "ORDER BY doc_id")
    return dg.MaterializeResult(metadata={**meta, "normalized": len(todo), "removed": len(gone), "failed": failed})
