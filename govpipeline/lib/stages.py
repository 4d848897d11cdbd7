"""One document through each layer: the pure functions the Dagster assets call, row in, rows out.

Any exception inside a stage becomes that document's ``error`` (quarantine), so one bad file never stops a run.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator

from govpipeline.lib.catalog import metric_id_for
from govpipeline.lib.decode import NotTextError, decode_report
from govpipeline.lib.extract import extract_facts
from govpipeline.lib.html import html_to_text, is_html_path
from govpipeline.lib.metadata import extract_metadata
from govpipeline.lib.normalize import normalize_text
from govpipeline.lib.offsets import OffsetMap, compose

REPORT_SUFFIXES = (".txt", ".htm", ".html")


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def doc_id_for(source_path: str) -> str:
    """Stable across edits of the file: derived from its path relative to the raw folder."""
    return hashlib.sha256(source_path.encode("utf-8")).hexdigest()[:16]


def list_report_files(raw_dir: str | Path) -> Iterator[tuple[str, Path]]:
    """(relative path, absolute path) of every report file below ``raw_dir``, in a stable order."""
    root = Path(raw_dir)
    found = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            if name.lower().endswith(REPORT_SUFFIXES) and not name.startswith("."):
                full = Path(dirpath) / name
                found.append((full.relative_to(root).as_posix(), full))
    yield from sorted(found)


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------- ingest
def read_document(source_path: str, data: bytes) -> dict:
    """raw.documents row for one file's bytes."""
    row = {"doc_id": doc_id_for(source_path), "source_path": source_path, "sha256": file_sha256(data),
           "n_bytes": len(data), "encoding": None, "decoded_text": None, "error": None, "ingested_at": now()}
    try:
        decoded = decode_report(data)
        row["encoding"], row["decoded_text"] = decoded.encoding, decoded.text
    except NotTextError as exc:
        row["error"] = f"{source_path}: not a text report: {exc}"
    return row


# ---------------------------------------------------------------------------------------------- normalize
def normalize_document(raw: dict) -> dict:
    """normalized.documents row from a raw.documents row."""
    row = {"doc_id": raw["doc_id"], "sha256": raw["sha256"], "script": None, "normalized_text": None,
           "offset_map": None, "source_length": None, "title": None, "issuer": None, "region": None,
           "region_code": None, "admin_level": None, "province": None, "city": None, "county": None, "report_year": None, "publish_date": None, "doc_type": None, "template": None,
           "repairs": None, "error": None, "normalized_at": now()}
    try:
        source = raw["decoded_text"]
        if is_html_path(raw["source_path"]):
            text, offsets = html_to_text(source)
        else:
            text, offsets = source, OffsetMap.identity(len(source))
        norm = normalize_text(text)
        offsets = compose(norm.offsets, offsets)
        if not norm.text.strip():
            raise ValueError("no text left after normalization")
        meta = extract_metadata(norm.text)
        row.update(
            script=norm.script, normalized_text=norm.text, offset_map=offsets.to_list(), source_length=len(source),
            title=meta.title, issuer=meta.issuer, region=meta.region, region_code=meta.region_code,
            admin_level=meta.admin_level, province=meta.province, city=meta.city, county=meta.county,
            report_year=meta.report_year,
            publish_date=date.fromisoformat(meta.publish_date) if meta.publish_date else None,
            doc_type=meta.doc_type, template=meta.template,
            repairs=json.dumps(norm.repairs, ensure_ascii=False),
        )
    except Exception as exc:  # quarantine the document, keep the run going
        row["error"] = f"{raw['source_path']}: normalization failed: {type(exc).__name__}: {exc}"
    return row


# ---------------------------------------------------------------------------------------------- extract
def extract_document(norm: dict) -> tuple[dict, list[dict], list[dict], list[dict]]:
    """(extracted.documents row, facts, relations, enumerations) from a normalized.documents row."""
    doc_id = norm["doc_id"]
    status = {"doc_id": doc_id, "sha256": norm["sha256"], "n_facts": 0, "error": None, "extracted_at": now()}
    try:
        text = norm["normalized_text"]
        offsets = OffsetMap.from_list(norm["offset_map"], len(text), norm["source_length"])
        result = extract_facts(text, norm["report_year"])
    except Exception as exc:
        status["error"] = f"extraction failed: {type(exc).__name__}: {exc}"
        return status, [], [], []
    fact_ids = {f.idx: f"{doc_id}-f{f.idx:04d}" for f in result.facts}
    facts = []
    for f in result.facts:
        d = asdict(f)
        facts.append({
            "fact_id": fact_ids[f.idx], "doc_id": doc_id, "metric": d["metric"] or None,
            "metric_id": metric_id_for(d["metric"], d["unit"], d["kind"]), "scope": d["scope"],
            "value": d["value"], "value_max": d["value_max"], "unit": d["unit"], "kind": d["kind"],
            "approx": d["approx"], "year": d["year"], "quote": d["quote"], "start": d["start"], "end": d["end"],
            "source_start": offsets.source_start(f.start), "source_end": offsets.source_end(f.end),
            "section": d["section"], "sentence": d["sentence"], "decimals": d["decimals"], "scale": float(d["scale"]),
        })
    relations = [
        {"relation_id": f"{doc_id}-r{k:03d}", "doc_id": doc_id, "relation_type": r.relation_type, "role": role,
         "fact_id": fact_ids[idx], "note": r.note, "exhaustive": r.exhaustive}
        for k, r in enumerate(result.relations) for role, idx in r.members
    ]
    enumerations = [
        {"enumeration_id": f"{doc_id}-e{k:03d}", "doc_id": doc_id, "heading": e.heading,
         "stated_count": e.stated_count, "listed_count": e.listed_count, "items": e.items,
         "count_fact_id": fact_ids.get(e.count_fact) if e.count_fact is not None else None}
        for k, e in enumerate(result.enumerations)
    ]
    status["n_facts"] = len(facts)
    return status, facts, relations, enumerations
