"""Ingest: every report file in the raw folder, hashed and decoded (raw.documents)."""

import dagster as dg
import polars as pl

from govpipeline.defs.metadata import DUCKDB_POOL, RefreshConfig, table_metadata
from govpipeline.defs.resources import RawFolder, WarehouseResource
from govpipeline.lib.db import delete_docs, insert_frame, transaction
from govpipeline.lib.stages import doc_id_for, file_sha256, list_report_files, read_document

RAW_SCHEMA = {"doc_id": pl.Utf8, "source_path": pl.Utf8, "sha256": pl.Utf8, "n_bytes": pl.Int64, "encoding": pl.Utf8,
              "decoded_text": pl.Utf8, "error": pl.Utf8, "ingested_at": pl.Datetime}


@dg.asset(
    key=["raw", "documents"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool=DUCKDB_POOL,
    description=(
        "Every .txt/.htm/.html file under the raw folder (GOVPIPELINE_RAW_DIR): bytes read, sha256, the codec it "
        "was decoded with and the decoded text. Only new or changed files are decoded; rows of deleted files are "
        "removed. A file that is not text keeps its row with `error` set and goes to warehouse.quarantine."
    ),
)
def raw_documents(context: dg.AssetExecutionContext, config: RefreshConfig, raw_folder: RawFolder,
                  warehouse: WarehouseResource) -> dg.MaterializeResult:
    root = raw_folder.root()
    with warehouse.get_connection() as con:
        known = {} if config.full_refresh else dict(con.execute("SELECT doc_id, sha256 FROM raw.documents").fetchall())
        rows, seen = [], set()
        for rel, full in list_report_files(root):
            doc_id = doc_id_for(rel)
            seen.add(doc_id)
            data = full.read_bytes()
            if known.get(doc_id) == file_sha256(data):
                continue
            rows.append(read_document(rel, data))
        existing = dict(con.execute("SELECT doc_id, sha256 FROM raw.documents").fetchall())
        removed = [d for d in existing if d not in seen]
        changed = [r["doc_id"] for r in rows]
        with transaction(con):
            delete_docs(con, "raw.documents", (changed + removed) if not config.full_refresh else list(existing))
            insert_frame(con, "raw.documents", pl.DataFrame(rows, schema=RAW_SCHEMA))
        for r in rows:
            if r["error"]:
                context.log.warning(f"quarantined {r['error']}")
        context.log.info(f"{len(rows)} new or changed, {len(removed)} removed, {len(seen) - len(rows)} unchanged")
        meta = table_metadata(con, "raw.documents",
                              "SELECT source_path, sha256, n_bytes, encoding, error FROM raw.documents ORDER BY source_path")
    return dg.MaterializeResult(metadata={
        **meta,
        "files_found": len(seen), "new_or_changed": len(rows), "removed": len(removed),
        "not_text": sum(1 for r in rows if r["error"]),
    })
