"""Ingest: every report file in the raw folder, hashed and decoded (raw.documents)."""
import shutil
from collections import Counter
from pathlib import Path

import dagster as dg
import polars as pl

from govpipeline.defs.analytics.refresh import analytics_behind
from govpipeline.defs.metadata import DUCKDB_POOL, RefreshConfig, table_metadata
from govpipeline.defs.quality.checks import checks_behind, report_stored_checks
from govpipeline.defs.resources import RawFolder, StagingArea, WarehouseResource
from govpipeline.lib.db import chunks, delete_docs, insert_frame, layers_behind, transaction
from govpipeline.lib.folder import Entry, NotReadable, read_file, scan
from govpipeline.lib.staging import idle_seconds, run_folders
from govpipeline.lib.stages import doc_id_for, document_layers, file_sha256, now, read_document, stage_version

RAW_SCHEMA = {"doc_id": pl.Utf8, "source_path": pl.Utf8, "sha256": pl.Utf8, "n_bytes": pl.Int64,
              "modified_ns": pl.Int64, "encoding": pl.Utf8, "decoded_text": pl.Utf8, "error": pl.Utf8,
              "code_version": pl.Utf8, "ingested_at": pl.Datetime, "dropped_bytes": pl.Int32, "format": pl.Utf8,
              "page_starts": pl.List(pl.Int32), "images_not_read": pl.List(pl.Utf8),
              "file_title": pl.Utf8, "running_heads": pl.List(pl.Utf8)}


def _refresh_requested(run_config: dict) -> bool:
    """Whether any step of this run was asked for a full refresh (then the run must go on even with no new file)."""
    return any(op.get("config", {}).get("full_refresh") for op in run_config.get("ops", {}).values())


DEAD_AFTER = 3600  # seconds without a write after which the parts of a run that never finished are a dead run's


def _clear_dead_runs(context: dg.AssetExecutionContext, staging: StagingArea) -> None:
    """Remove the staging parts of runs that died (killed, out of memory, lost machine) before their load step.
    A run the instance knows as finished is dead; a run still marked as started (a killed process never says it
    ended) or unknown to this instance is dead once its parts have not been written for DEAD_AFTER seconds."""
    for folder in run_folders(Path(staging.path)):
        if folder.name in {context.run.run_id, context.run.root_run_id}:
            continue
        run = context.instance.get_run_by_id(folder.name)
        if (run is not None and run.is_finished) or idle_seconds(folder) > DEAD_AFTER:
            context.log.info(f"removing the staging parts of run {folder.name}, which ended before loading them")
            shutil.rmtree(folder, ignore_errors=True)


def _unreadable(entry: Entry, reason: str) -> dict:
    """The row of an entry that is there but cannot be read: quarantined with the reason, never opened again until
    it changes."""
    return {"doc_id": doc_id_for(entry.rel), "source_path": entry.display_path, "sha256": None,
            "n_bytes": entry.size, "modified_ns": entry.modified_ns, "encoding": None, "decoded_text": None,
            "error": f"{entry.display_path}: {reason}", "code_version": stage_version("ingest"), "ingested_at": now(),
            "dropped_bytes": None}


def _read(entry: Entry) -> dict | None:
    """The raw.documents row of an entry; None when the file vanished since the listing (then it is gone)."""
    if entry.problem:
        return _unreadable(entry, entry.problem)
    try:
        data = read_file(entry.full)
    except FileNotFoundError:
        return None
    except NotReadable as exc:
        return _unreadable(entry, str(exc))
    try:  # the time is the one taken before reading: a write after it shows as a new time next run
        row = read_document(entry.display_path, data, entry.modified_ns)
    except Exception as exc:  # a decoding bug must not stop the run
        return _unreadable(entry, f"could not be read: {type(exc).__name__}: {exc}")
    row["doc_id"] = doc_id_for(entry.rel)  # of the exact name, which the displayed path may not be
    return row


@dg.asset(
    key=["raw", "documents"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool=DUCKDB_POOL,
    output_required=False,
    description=(
        "Every report file under the raw folder (GOVPIPELINE_RAW_DIR): .txt, web pages (.html, .htm, and the "
        ".shtml, .jsp, .aspx… pages a crawler saves, .mht), .pdf, .ofd, .docx, .doc, .wps, .rtf, and Excel attachments (.xlsx, "
        ".xls, and a .et saved as one): bytes read, "
        "sha256, the codec it was decoded with (or the PDF's text layer and tables, a Word file's paragraphs and "
        "cells, a workbook's sheets, as text; a linked folder is read once) "
        "and the decoded text. Only new or changed files are decoded (a file whose size and "
        "modification time are those recorded is not read again unless the decoding code changed since; "
        "full_refresh reads all); rows of deleted files are removed. A file that is not text, a PDF without a text "
        "layer, a damaged or password-protected PDF or Word file, or a report in a format that is not read (a .et "
        "that is no Excel workbook), keeps its row with `error` set and goes "
        "to warehouse.quarantine; so does an entry that cannot be read (a broken or looping link, a FIFO, socket "
        "or device, never opened). A damaged file keeps its text without the few bytes that could not be decoded "
        "(dropped_bytes). When no file changed and every layer, the checks, the analytics and the published "
        "snapshot are current, nothing is written and the rest of the run is skipped; otherwise the run finishes "
        "what an earlier one left. Files of no report format (images, style sheets, notes) are counted by suffix in "
        "`not_reports` and named in a warning. It also removes the staging parts of runs that died."
    ),
)
def raw_documents(context: dg.AssetExecutionContext, config: RefreshConfig, raw_folder: RawFolder,
                  warehouse: WarehouseResource, staging: StagingArea):
    root = raw_folder.root()
    _clear_dead_runs(context, staging)
    with warehouse.get_connection(read_only=True) as con:
        known = {r[0]: r[1:] for r in con.execute(
            "SELECT doc_id, sha256, n_bytes, modified_ns, code_version, error FROM raw.documents").fetchall()}
        behind = layers_behind(con, document_layers()) + analytics_behind(con)
        if checks_behind(con):
            behind.append("warehouse_checks")
    if not warehouse.snapshot_current():
        behind.append("warehouse/snapshot")
    version = stage_version("ingest")
    changed, seen, passed_over = [], set(), Counter()
    for entry in scan(root, passed_over):
        doc_id = doc_id_for(entry.rel)
        seen.add(doc_id)
        sha256, n_bytes, modified_ns, read_by, error = known.get(doc_id, (None, None, None, None, None))
        reread = config.full_refresh or read_by != version  # new code may decode the same bytes otherwise
        if entry.problem:  # examined again every run (a stat): recorded anew when the reason changes
            if reread or error != f"{entry.display_path}: {entry.problem}":
                changed.append(entry)
            continue
        if not reread and (entry.size, entry.modified_ns) == (n_bytes, modified_ns):
            continue  # same size and time as when read: unchanged without reading it (as git and make decide)
        if reread or sha256 is None:
            changed.append(entry)
            continue
        try:
            data = read_file(entry.full)
        except FileNotFoundError:
            seen.discard(doc_id)  # deleted since the listing: its rows go
            continue
        except NotReadable:
            changed.append(entry)  # recorded with the reason when it is read below
            continue
        if sha256 != file_sha256(data):
            changed.append(entry)
    removed = [d for d in known if d not in seen]
    if passed_over:
        scans = " (a report scanned as images needs OCR and saving as PDF first)" if passed_over.keys() & _IMAGES else ""
        context.log.warning(f"{passed_over.total()} files in the raw folder are of no report format and were not "
                            f"read: {_suffix_counts(passed_over)}{scans}")
    if not (changed or removed or behind or _refresh_requested(context.run.run_config)):
        context.log.info(f"nothing new in {len(seen)} report files and every layer is current: nothing written, "
                         "the downstream steps are skipped")
        report_stored_checks(context, warehouse)
        return
    if behind and known:  # a first run has nothing to catch up on
        context.log.info(f"catching up {', '.join(behind)}: left behind by an earlier run that stopped, or derived "
                         "by an older govpipeline")
    quarantined = 0
    with warehouse.get_connection() as con:
        with transaction(con):  # one transaction, filled chunk by chunk
            delete_docs(con, "raw.documents", [doc_id_for(e.rel) for e in changed] + removed)
            for batch in chunks(changed):
                rows = [row for row in map(_read, batch) if row is not None]
                insert_frame(con, "raw.documents", pl.DataFrame(rows, schema=RAW_SCHEMA))
                for r in rows:
                    if r["error"]:
                        quarantined += 1
                        context.log.warning(f"quarantined {r['error']}")
                    elif r["dropped_bytes"]:
                        context.log.warning(f"{r['source_path']}: damaged, {r['dropped_bytes']} undecodable bytes "
                                            "left out; the rest is read")
                    if r.get("images_not_read"):
                        context.log.warning(f"{r['source_path']}: images whose content is not read (no OCR): "
                                            + "; ".join(r["images_not_read"]))
        meta = table_metadata(con, "raw.documents",
                              "SELECT source_path, sha256, n_bytes, encoding, error FROM raw.documents ORDER BY source_path")
    context.log.info(f"{len(changed)} new or changed, {len(removed)} removed, {len(seen) - len(changed)} unchanged")
    yield dg.MaterializeResult(metadata={
        **meta, "files_found": len(seen), "new_or_changed": len(changed), "removed": len(removed),
        "not_text": quarantined, "not_reports": _suffix_counts(passed_over) or "none",
    })


_IMAGES = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp"}


def _suffix_counts(passed_over: Counter) -> str:
    return ", ".join(f"{n} {suffix}" for suffix, n in sorted(passed_over.items(), key=lambda item: (-item[1], item[0])))
