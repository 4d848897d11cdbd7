"""Ingest: every report file in the raw folder, hashed and decoded (raw.documents)."""
import os
from pathlib import Path

import dagster as dg
import polars as pl

from govpipeline.defs.metadata import DUCKDB_POOL, RefreshConfig, table_metadata
from govpipeline.defs.resources import RawFolder, WarehouseResource
from govpipeline.lib.db import chunks, delete_docs, insert_frame, layers_behind, transaction
from govpipeline.lib.stages import (doc_id_for, document_layers, file_sha256, list_report_files, read_document,
                                    stage_version)

RAW_SCHEMA = {"doc_id": pl.Utf8, "source_path": pl.Utf8, "sha256": pl.Utf8, "n_bytes": pl.Int64,
              "modified_ns": pl.Int64, "encoding": pl.Utf8, "decoded_text": pl.Utf8, "error": pl.Utf8,
              "code_version": pl.Utf8, "ingested_at": pl.Datetime, "format": pl.Utf8,
              "page_starts": pl.List(pl.Int32)}


def _refresh_requested(run_config: dict) -> bool:
    """Whether any step of this run was asked for a full refresh (then the run must go on even with no new file)."""
    return any(op.get("config", {}).get("full_refresh") for op in run_config.get("ops", {}).values())


def _read(rel: str, full: str) -> dict:
    modified_ns = os.stat(full).st_mtime_ns  # before reading: a write after it shows as a new time next run
    return read_document(rel, Path(full).read_bytes(), modified_ns)


@dg.asset(
    key=["raw", "documents"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool=DUCKDB_POOL,
    output_required=False,
    description=(
        "Every .txt/.htm/.html/.pdf/.docx file under the raw folder (GOVPIPELINE_RAW_DIR): bytes read, sha256, the "
        "codec it was decoded with (or the PDF's text layer and tables, the .docx's paragraphs and cells, as text) "
        "and the decoded text. Only new or changed files are decoded (a file whose size and "
        "modification time are those recorded is not read again unless the decoding code changed since; "
        "full_refresh reads all); rows of deleted files are removed. A file that is not text, a PDF without a text "
        "layer, a damaged PDF or .docx, or a report in a format that is not read (.doc, .wps, .ofd…), keeps its row with `error` set and goes "
        "to warehouse.quarantine. "
        "When no file changed and every layer is current, nothing is written and the rest of the run is skipped."
    ),
)
def raw_documents(context: dg.AssetExecutionContext, config: RefreshConfig, raw_folder: RawFolder,
                  warehouse: WarehouseResource):
    root = raw_folder.root()
    with warehouse.get_connection(read_only=True) as con:
        known = {r[0]: r[1:] for r in con.execute(
            "SELECT doc_id, sha256, n_bytes, modified_ns, code_version FROM raw.documents").fetchall()}
        behind = layers_behind(con, document_layers())
    version = stage_version("ingest")
    changed, seen = [], set()
    for rel, full in list_report_files(root):
        doc_id = doc_id_for(rel)
        seen.add(doc_id)
        sha256, n_bytes, modified_ns, read_by = known.get(doc_id, (None, None, None, None))
        reread = config.full_refresh or read_by != version  # new code may decode the same bytes otherwise
        stat = os.stat(full)
        if not reread and (stat.st_size, stat.st_mtime_ns) == (n_bytes, modified_ns):
            continue  # same size and time as when read: unchanged without reading it (as git and make decide)
        if reread or sha256 is None or sha256 != file_sha256(Path(full).read_bytes()):  # read once
            changed.append((rel, full))
    removed = [d for d in known if d not in seen]
    if not (changed or removed or behind or _refresh_requested(context.run.run_config)):
        context.log.info(f"nothing new in {len(seen)} report files and every layer is current: nothing written, "
                         "the downstream steps are skipped")
        return
    if behind:
        context.log.info(f"catching up {', '.join(behind)}: documents left behind by an earlier run or derived "
                         "by an older govpipeline")
    quarantined = 0
    with warehouse.get_connection() as con:
        with transaction(con):  # one transaction, filled chunk by chunk
            delete_docs(con, "raw.documents", [doc_id_for(rel) for rel, _ in changed] + removed)
            for batch in chunks(changed):
                rows = [_read(rel, full) for rel, full in batch]
                insert_frame(con, "raw.documents", pl.DataFrame(rows, schema=RAW_SCHEMA))
                for r in rows:
                    if r["error"]:
                        quarantined += 1
                        context.log.warning(f"quarantined {r['error']}")
        meta = table_metadata(con, "raw.documents",
                              "SELECT source_path, sha256, n_bytes, encoding, error FROM raw.documents ORDER BY source_path")
    context.log.info(f"{len(changed)} new or changed, {len(removed)} removed, {len(seen) - len(changed)} unchanged")
    yield dg.MaterializeResult(metadata={
        **meta, "files_found": len(seen), "new_or_changed": len(changed), "removed": len(removed),
        "not_text": quarantined,
    })
