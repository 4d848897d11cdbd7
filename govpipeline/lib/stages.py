"""One document through each layer: the pure functions the Dagster assets call, row in, rows out.

Any exception inside a stage becomes that document's ``error`` (quarantine), so one bad file never stops a run.
"""
from __future__ import annotations

import hashlib
import io
import zipfile
from collections import Counter
from bisect import bisect_right
import json
import os
import re
from datetime import date, datetime, timezone
from functools import cache
from pathlib import Path
from typing import Iterator

from govpipeline.lib.catalog import (canonical_scope, carried_level, counts_places_below, implied_scope, is_budget_report, level_head, may_have_id, metric_id_for, named_subregion,
                                    own_level_head, unsum_glossed_parts, widen_wholes)
from govpipeline.lib.db import code_version
from govpipeline.lib.decode import NotTextError, decode_report
from govpipeline.lib.excel import read_excel
from govpipeline.lib.extract import extract_facts
from govpipeline.lib.html import (WEB_PAGE_SUFFIXES, article_images, holds_markup, html_to_text, is_html_path,
                                  looks_like_html, mht_to_html)
from govpipeline.lib.metadata import extract_metadata, file_title, report_spans
from govpipeline.lib.numbers import decimals
from govpipeline.lib.normalize import normalize_text
from govpipeline.lib.offsets import OffsetMap, compose
from govpipeline.lib.ofd import read_ofd
from govpipeline.lib.pdf import OCR_READING, pdf_to_text
from govpipeline.lib.rtf import read_rtf
from govpipeline.lib.table_text import layout_columns
from govpipeline.lib.tables import outline_sums, read_tables, row_changes, table_captions, total_sums
from govpipeline.lib.template import (Cell, after_row_label, identity_sums, parse_tables, read_from_ocr,
                                      settle_with_text)
from govpipeline.lib.word import read_docx
from govpipeline.lib.word_binary import OLE_MAGIC, read_doc

REPORT_SUFFIXES = (".txt", ".mht", ".mhtml", ".pdf", ".ofd", ".docx", ".doc", ".wps", ".rtf", ".xlsx", ".xls") \
    + WEB_PAGE_SUFFIXES
# reports also come in formats that are not read: such a file is quarantined, not passed over in silence, unless
# its bytes are a format that is read (WPS Office saves a .et as an Excel 97-2003 workbook)
UNREAD_FORMATS = {".et": "WPS spreadsheet"}
_UNREAD_ADVICE = "put the report in the folder as text (.txt), as its saved web page (.html), or as PDF or .docx"
# a crawl's attachments often come packed: an archive is named, not opened
ARCHIVES = {".zip": "zip", ".rar": "RAR", ".7z": "7-Zip"}
_LISTED_SUFFIXES = frozenset(REPORT_SUFFIXES + tuple(UNREAD_FORMATS) + tuple(ARCHIVES))


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def doc_id_for(source_path: str) -> str:
    """Stable across edits of the file: derived from its path relative to the raw folder (its exact bytes, for a
    name that is not UTF-8)."""
    return hashlib.sha256(source_path.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def report_suffix(name: str) -> str:
    """A file name's suffix, lower case, before the query a crawler keeps in a saved page's name
    (``content.jsp?id=12`` is a .jsp page)."""
    return os.path.splitext(name.split("?", 1)[0])[1].lower()


def list_report_files(raw_dir: str | Path, passed_over: Counter | None = None) -> Iterator[tuple[str, str]]:
    """(relative path with /, full path) of every report file below ``raw_dir`` (text, web pages, PDF and .docx,
    and the formats that are quarantined), in a stable order, and of every folder that could not be listed (ending in /,
    so that it is quarantined rather than passed over). Other files (images, style sheets, notes) are counted by
    suffix in ``passed_over``. Plain strings: a Path per file cost a quarter of a second per 10,000 files, in every
    run."""
    root = os.fspath(raw_dir)
    found = []
    unlisted: list[OSError] = []
    seen = {real_root := os.path.realpath(root)}
    for dirpath, dirs, files in os.walk(root, onerror=unlisted.append, followlinks=True):
        # a linked folder is read (people link their crawls in), once, where it is first met; a link to a folder
        # that holds this one loops
        kept = []
        for d in sorted(dirs):
            real = os.path.realpath(os.path.join(dirpath, d))
            if real not in seen and not real_root.startswith(real + os.sep):
                seen.add(real)
                kept.append(d)
        dirs[:] = kept
        folder = os.path.relpath(dirpath, root)
        prefix = "" if folder == "." else folder.replace(os.sep, "/") + "/"
        for name in files:
            if name.startswith("."):
                continue
            if (suffix := report_suffix(name)) in _LISTED_SUFFIXES:
                found.append((prefix + name, os.path.join(dirpath, name)))
            elif passed_over is not None:
                passed_over[suffix or "(no suffix)"] += 1
    for error in unlisted:
        if error.filename and os.fspath(error.filename) != root:  # the folder itself is RawFolder's to report
            folder = os.fspath(error.filename)
            found.append((os.path.relpath(folder, root).replace(os.sep, "/") + "/", folder))
    yield from sorted(found)


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------- code versions
LIB = Path(__file__).parent
# the lib modules each stage's function below runs, besides this file; a test checks that they cover its imports
STAGE_MODULES = {"ingest": ("decode", "pdf", "ofd", "word", "word_binary", "rtf", "excel"), "normalize": ("html", "normalize", "metadata", "offsets"),
                 "extract": ("extract", "template", "table_text", "tables", "catalog", "numbers", "offsets")}
_LIB_IMPORT = re.compile(r"^from govpipeline\.lib\.(\w+)[\w.]* import", re.M)


def code_files(*modules: str, lib: Path = LIB) -> list[Path]:
    """The files that decide what the named lib modules compute: the modules, the lib modules they import,
    transitively, and the data files in ``lib`` whose names their code spells out (indicators.yaml). A package (extract)
    counts with all its modules and data files."""
    data = [p for p in lib.iterdir() if p.is_file() and p.suffix != ".py"]
    found: set[Path] = set()
    todo = [_module_path(lib, m) for m in modules]
    while todo:
        path = todo.pop()
        if path in found:
            continue
        found.add(path)
        if path.is_dir():
            todo += [p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
            continue
        if path.suffix != ".py":
            continue
        source = path.read_text(encoding="utf-8")
        todo += [_module_path(lib, m) for m in _LIB_IMPORT.findall(source)]
        found.update(p for p in data if f'"{p.name}"' in source)
    return sorted(p for p in found if p.is_file())


def _module_path(lib: Path, module: str) -> Path:
    """A lib module's file, or a lib package's folder."""
    package = lib / module
    return package if package.is_dir() else lib / f"{module}.py"


@cache
def stage_version(stage: str) -> str:
    """Stamp of the code that derives a stage's rows and of every stage before it. Stored with each row, it makes
    the next run derive the stored documents again after govpipeline is updated."""
    stages = list(STAGE_MODULES)
    upstream = stage_version(stages[stages.index(stage) - 1]) if stages.index(stage) else ""
    return code_version(Path(__file__), *code_files(*STAGE_MODULES[stage]), upstream=upstream)


def document_layers() -> tuple[tuple[str, str, str, str], ...]:
    """(the table a layer derives from, its table, the code version its rows must carry, its column that holds the
    upstream doc_id) for each document layer after ingest, in pipeline order. The warehouse publishes extracted rows
    as they are, so it carries their version; a file gives one normalized row per report it holds (file_id)."""
    return (("raw.documents", "normalized.documents", stage_version("normalize"), "file_id"),
            ("normalized.documents", "extracted.documents", stage_version("extract"), "doc_id"),
            ("extracted.documents", "warehouse.documents", stage_version("extract"), "doc_id"))


# ---------------------------------------------------------------------------------------------- ingest
def read_document(source_path: str, data: bytes, modified_ns: int | None = None) -> dict:
    """raw.documents row for one file's bytes."""
    row = {"doc_id": doc_id_for(source_path), "source_path": source_path, "sha256": file_sha256(data),
           "n_bytes": len(data), "modified_ns": modified_ns, "encoding": None, "decoded_text": None, "error": None,
           "code_version": stage_version("ingest"), "ingested_at": now(), "format": None, "page_starts": None,
           "dropped_bytes": None, "images_not_read": None, "file_title": None, "running_heads": None}
    suffix = report_suffix(source_path)
    found = content_format(data)
    if suffix in UNREAD_FORMATS and found not in ("xls", "xlsx"):
        row["error"] = f"{source_path}: a {UNREAD_FORMATS[suffix]} file is not read; {_UNREAD_ADVICE}"
        return row
    if suffix in ARCHIVES:
        row["error"] = f"{source_path}: a {ARCHIVES[suffix]} archive is not opened; unpack its reports into the folder"
        return row
    # what the bytes are decides, then the name: sites serve a saved web page as .doc, a .docx as .doc, a PDF as .html;
    # but a web page named .pdf or .ofd is a download that failed (an error page), not the report
    if found and not (suffix in (".pdf", ".ofd") and found == "text"):
        suffix = _SUFFIX_OF_CONTENT[found]
    try:
        if suffix in (".pdf", ".ofd"):
            read = pdf_to_text(data) if suffix == ".pdf" else read_ofd(data)
            row.update(format=suffix[1:], decoded_text=read.text, page_starts=read.page_starts, dropped_bytes=0,
                       images_not_read=read.images_not_read, **_file_heads(read))
        elif suffix == ".docx":
            read = read_docx(data)
            row.update(format="docx", decoded_text=read.text, dropped_bytes=0, images_not_read=read.images_not_read,
                       **_file_heads(read))
        elif suffix in (".xlsx", ".xls"):
            read = read_excel(data, legacy=suffix == ".xls")
            row.update(format=suffix[1:], decoded_text=read.text, dropped_bytes=0, file_title=read.title)
        elif suffix in (".doc", ".wps"):
            read = read_doc(data)
            row.update(format="doc", decoded_text=read.text, dropped_bytes=0, **_file_heads(read))
        elif suffix == ".rtf":
            read = read_rtf(data)
            row.update(format="rtf", decoded_text=read.text, dropped_bytes=0, images_not_read=read.images_not_read,
                       **_file_heads(read))
        elif suffix in (".mht", ".mhtml"):
            page = mht_to_html(data)
            row.update(format="html", decoded_text=page, dropped_bytes=0, images_not_read=article_images(page) or None)
        else:
            decoded = decode_report(data)
            # a page's name with no markup in it is a crawler's text saved under the page's name
            html = looks_like_html(decoded.text) or is_html_path(source_path) and holds_markup(decoded.text)
            row.update(format="html" if html else "text", encoding=decoded.encoding,
                       decoded_text=decoded.text, dropped_bytes=decoded.dropped_bytes,
                       images_not_read=article_images(decoded.text) or None if html else None)
    except NotTextError as exc:
        # a file format's reader says what is wrong with the file; a text's decoder, that it is no text
        text_file = suffix not in (".pdf", ".ofd", ".docx", ".doc", ".wps", ".rtf", ".mht", ".mhtml", ".xlsx", ".xls")
        row["error"] = f"{source_path}: not a text report: {exc}" if text_file else f"{source_path}: {exc}"
    return row


def _file_heads(read) -> dict:
    """A PDF's or a Word file's title: the first line of its running heads that reads as a title (the file's own),
    else its properties' (often another file's); and its running heads' lines."""
    return {"file_title": next((line for line in read.running_heads if file_title(line)), None) or read.title,
            "running_heads": list(read.running_heads) or None}


_SUFFIX_OF_CONTENT = {"pdf": ".pdf", "ofd": ".ofd", "docx": ".docx", "xlsx": ".xlsx", "doc": ".doc", "xls": ".xls", "mht": ".mht",
                      "rtf": ".rtf", "text": ".txt"}


def _ole_kind(data: bytes) -> str | None:
    """An OLE file's format: xls when it holds an Excel workbook (its Workbook or, before Excel 97, Book stream),
    else doc; None when the container cannot be opened (the name decides, and its reader names the damage)."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return "xls" if ole.exists("Workbook") or ole.exists("Book") else "doc"
    except Exception:  # olefile raises many kinds on damaged files
        return None


def _zip_kind(data: bytes) -> str | None:
    """A ZIP package's format by the names of its parts (its compressed bytes can hold any name by chance); for a
    damaged package, by the names its first parts' headers show."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = [n.lstrip("/") for n in package.namelist()]
    except (zipfile.BadZipFile, ValueError, OSError):
        start = data[:65536]
        return "docx" if b"word/" in start else "xlsx" if b"xl/" in start else "ofd" if b"OFD.xml" in start else None
    return "docx" if any(n.startswith("word/") for n in names) else "xlsx" if any(n.startswith("xl/") for n in names) \
        else "ofd" if any(n.lower() == "ofd.xml" for n in names) else None


def content_format(data: bytes) -> str | None:
    """What a file's first bytes say it is: pdf, ofd, docx, xlsx, doc (Word 97-2003), xls (Excel 97-2003), mht (a web
    archive), rtf, text (a page or text that is no Word, Excel, PDF or zip file) or None (a zip other than Word's or
    Excel's, or nothing to tell)."""
    head = data[:1024]
    if head.startswith(OLE_MAGIC):
        return _ole_kind(data)
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if re.match(rb"\s*[A-Za-z-]+:", head) and re.search(rb"^MIME-Version:", head, re.M | re.I) \
            and b"multipart/related" in head.lower():
        return "mht"
    return "text" if looks_like_html(head.decode("latin-1")) else None


# ---------------------------------------------------------------------------------------------- normalize
def report_id(file_id: str, k: int) -> str:
    """The doc_id of the k-th report (from 1) a file holds: the file's own id for its first or only report, so that
    finding a second report in a file leaves the first's id as it was."""
    return file_id if k == 1 else hashlib.sha256(f"{file_id}#{k}".encode("utf-8")).hexdigest()[:16]


def normalize_document(raw: dict) -> list[dict]:
    """normalized.documents rows from a raw.documents row: one per report the file holds (a page or PDF may hold
    several, see metadata.report_starts), each with its own text, metadata and offset map into the whole file."""
    row = {"doc_id": raw["doc_id"], "sha256": raw["sha256"], "script": None, "normalized_text": None,
           "offset_map": None, "source_length": None, "title": None, "issuer": None, "region": None,
           "region_code": None, "admin_level": None, "province": None, "city": None, "county": None,
           "report_year": None, "report_period": None, "publish_date": None, "doc_type": None, "template": None,
           "repairs": None, "error": None, "code_version": stage_version("normalize"), "normalized_at": now(),
           "body": None, "source_url": None, "metadata_found_in": None, "file_id": raw["doc_id"], "report_in_file": 1,
           "former_body": None, "co_issuers": None,
           # the text is a scan's OCR layer (a page's text over an image of the whole page): its figures are the
           # OCR program's reading
           "ocr_layer": any(OCR_READING in note for note in raw.get("images_not_read") or ())}
    try:
        source = raw["decoded_text"]
        if raw["format"] == "html":  # what ingest found the bytes to be: a page saved as .txt or .doc is one
            text, offsets = html_to_text(source)
        else:
            text, offsets = source, OffsetMap.identity(len(source))
        norm = normalize_text(text)
        offsets = compose(norm.offsets, offsets)
        if not norm.text.strip():
            raise ValueError("no text left after normalization")
        written = len(norm.text) - sum(map(norm.text.count, " \n\t"))
        if (han := len(_HAN.findall(norm.text))) < _LEAST_HAN_SHARE * written:
            raise NotAReport(f"holds almost no Chinese ({han} Chinese characters of {written}): no report's text, "
                             "but a log, a listing or a file in another language")
        if text is not source and not _article_text(norm.text):
            if attachments := _attachment_links(norm.text):
                raise NotAReport("the page holds no article, only its title and a link to its report, the attachment "
                                 + "、".join(attachments) + ": put that file in the folder (it is read on its own)")
            pictures = len(re.findall(r"<img\b", source, re.I))
            raise NotAReport("the page holds no article, only its title and the site's menus (a page whose "
                             "content a script loads, saved before it ran, or a notice whose report is an "
                             "attachment): save the page from a browser once it shows the report, or the attachment"
                             + (f"; its {pictures} pictures are not read (a report posted as images needs OCR)"
                                if pictures else ""))
        spans = report_spans(norm.text, norm.page_info)
        rows = []
        for k, (start, end) in enumerate(spans, 1):
            part, part_offsets = norm.text[start:end], offsets.part(start, end)
            # the page's header and footer lines describe the page, which is its first report's
            # so do the file's properties (a PDF's, .docx's or .doc's title)
            # and its name, which may be its title, and its running heads
            meta = extract_metadata(part, norm.page_info if k == 1 else [], raw.get("file_title") if k == 1 else None,
                                    raw["source_path"] if k == 1 else None,
                                    (raw.get("running_heads") or ()) if k == 1 else ())
            # a repair's offsets are into the text normalization read (a web page's text, not its HTML)
            first = norm.offsets.source_start(start) if k > 1 else 0
            last = norm.offsets.source_start(spans[k][0]) if k < len(spans) else len(text)
            repairs = [r for r in norm.repairs if first <= r["source_start"] < last]
            rows.append({
                **row, "doc_id": report_id(raw["doc_id"], k), "report_in_file": k,
                "script": norm.script, "normalized_text": part, "offset_map": part_offsets.to_list(),
                "source_length": len(source),
                "title": meta.title, "issuer": meta.issuer, "region": meta.region, "region_code": meta.region_code,
                "admin_level": meta.admin_level, "province": meta.province, "city": meta.city, "county": meta.county,
                "report_year": meta.report_year, "report_period": meta.report_period,
                "publish_date": date.fromisoformat(meta.publish_date) if meta.publish_date else None,
                "doc_type": meta.doc_type, "template": meta.template, "body": meta.body, "source_url": meta.source_url,
                "former_body": meta.former_body, "co_issuers": list(meta.co_issuers) or None,
                "metadata_found_in": json.dumps(meta.found_in, ensure_ascii=False),
                "repairs": json.dumps(repairs, ensure_ascii=False),
            })
        return rows
    except NotAReport as exc:
        row["error"] = f"{raw['source_path']}: {exc}"
    except Exception as exc:  # quarantine the document, keep the run going
        row["error"] = f"{raw['source_path']}: normalization failed: {type(exc).__name__}: {exc}"
    return [row]


class NotAReport(Exception):
    """A file that holds no report's text; the message says what it holds instead."""


_MENU_ITEM = 12  # a line this short is a title, a menu item or a heading, no article's sentence
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LEAST_HAN_SHARE = 0.05  # a report is mostly Chinese: over a quarter of a budget sheet, the figure-heaviest


# a link to an attachment, as a notice's article lists its report: 附件：某县2023年…年度报告.pdf (normalized text
# writes a full stop after Chinese as 。)
_ATTACHMENT_LINK = re.compile(r"(?:附件\s*\d{0,2}\s*[:：.、]?\s*)?(\S[^\n]{0,100}?[.。．](?:pdf|ofd|docx?|wps|rtf|xlsx?|et|"
                             r"zip|rar|7z))\s*(?:[(（]\s*\d[\d.]*\s*[KMG]?B?\s*[)）])?", re.I)


def _article_text(text: str) -> bool:
    """Whether a page's text holds more than its title, menus and links to attachments: some line after its first
    that is longer than a menu item."""
    return any(len(line.strip()) > _MENU_ITEM and not _ATTACHMENT_LINK.fullmatch(line.strip())
               for line in text.split("\n")[1:])


def _attachment_links(text: str) -> list[str]:
    return [re.sub(r"[。．](?=[A-Za-z0-9]+$)", ".", m.group(1)) for line in text.split("\n")[1:]
            if (m := _ATTACHMENT_LINK.fullmatch(line.strip()))]


# ---------------------------------------------------------------------------------------------- extract
_CLAUSE_END = "，,；;。！？!?\n"
_SENTENCE_END = "；;。！？!?\n"
# what makes a figure a lower bound (facts.approx): not an approximation of the figure (余, 多, 约)
_LOWER_BOUNDS = frozenset(("以上", "超过", "逾"))


def _title_lines(text: str, title: str | None) -> list[tuple[int, int]]:
    """(start, end) of the lines at the head of ``text`` that print the title or a part of it (a title set over two
    lines, the body's name above 关于…的报告)."""
    if not title:
        return []
    found, start = [], 0
    while start < min(len(text), 600):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if len(line) >= 6 and line in title:
            found.append((start, end))
        start = end + 1
    return found


def extract_document(norm: dict) -> tuple[dict, list[dict], list[dict], list[dict], list[dict], list[dict]]:
    """(extracted.documents row, facts, relations, enumerations, table cells, table issues) from a
    normalized.documents row."""
    doc_id = norm["doc_id"]
    status = {"doc_id": doc_id, "sha256": norm["sha256"], "n_facts": 0, "error": None,
              "code_version": stage_version("extract"), "extracted_at": now(), "table_cells_expected": None,
              "table_cells_read": None}
    try:
        text = norm["normalized_text"]
        offsets = OffsetMap.from_list(norm["offset_map"], len(text), norm["source_length"])
        result = extract_facts(text, norm["report_year"], norm["report_period"])
        tables = parse_tables(text, norm["report_year"], layout_columns(text, offsets))
        statements = [(f.metric or "", f.value, f.unit) for f in result.facts
                      if not _overlaps(tables.spans, f.start, f.end)]
        settle_with_text(tables, statements)
        if norm.get("ocr_layer"):
            read_from_ocr(tables)
        printed = [c for c in tables.cells if not c.derived and not c.is_blank and c.start is not None]
        unsplit: list[dict] = []  # rows of a flattened statistics table that no evidence splits
        # a form read row by row (政府网站工作年度报表 on one line) is no table of columns
        form_rows = [(f.start, f.end) for f in result.facts if f.form_group is not None]
        other_tables = read_tables(text, _table_spans(printed) + form_rows, unsplit, statements)
    except Exception as exc:
        status["error"] = f"extraction failed: {type(exc).__name__}: {exc}"
        return status, [], [], [], [], []
    # a template cell is read as a cell; a row of another table as its cells, with any figure in its name (计1条); a
    # template row's figures that no cell took (digits run together that no reading splits: 政府集中采购17314699元) are
    # no statistic of the narrative: the row is a finding
    spans = sorted([(c.start, c.end) for c in printed] + list({c.row_span for c in other_tables}))
    in_tables = sorted(tables.spans)
    narrative = [f for f in result.facts if not _overlaps(spans, f.start, f.end)
                 and not (_overlaps(in_tables, f.start, f.end) and after_row_label(text, f.start))]
    # a line that is a name and then figures set apart, or two lines or more in a row of a name and figures run
    # into it (a table typed with tabs whose columns ran together), is a table's row that no table took, not a
    # statement: its figures would be named by the row's text; it is a finding
    figure_rows = _unread_rows(text, sorted(spans + in_tables + form_rows))
    narrative = [f for f in narrative if text.rfind("\n", 0, f.start) + 1 not in figure_rows]
    # the title names what the report is about (关于全县十件民生实事完成情况的报告, 三大攻坚战工作总结); its body says
    # what was counted
    if title_lines := _title_lines(text, norm.get("title")):
        narrative = [f for f in narrative if not any(a <= f.start < b for a, b in title_lines)]
    fact_ids = {f.idx: f"{doc_id}-f{k:04d}" for k, f in enumerate(narrative)}
    # a bound its sentence sets beside the figure itself (粮食总产量186.4万吨，连续八年稳定在180万吨以上) is a threshold,
    # not the year's statistic
    exact = {(f.sentence, f.metric, f.unit) for f in narrative if f.approx is None}
    own_names = " ".join(filter(None, (norm.get("title"), norm.get("body"), norm.get("issuer"), norm.get("region"))))
    own_place = norm.get("region") or norm.get("body")
    facts = []
    for f in narrative:  # attributes: dataclasses.asdict deep-copies and cost a third of this step
        threshold = f.approx in _LOWER_BOUNDS and (f.sentence, f.metric, f.unit) in exact
        metric_id = place = None
        label, scope = f.metric, f.scope
        if (leveled := level_head(label, own_place)) \
                and not counts_places_below(label, f.unit, f.kind):
            scope, label = leveled  # 县级受理办件 in a city's report: the counties' 受理办件
        if not threshold and may_have_id(label, f.unit, f.kind, own_names, scope):  # the words around it are read
            lo = max(0, f.start - 120)  # a clause's words, from its comma to the figure
            clause = text[max(lo - 1, *(text.rfind(c, lo, f.start) for c in _CLAUSE_END)) + 1:f.start]
            # the sentence's words before the figure, from its start or last semicolon: its subject and clauses
            opening = max(lo - 1, *(text.rfind(c, lo, f.start) for c in _SENTENCE_END)) + 1
            before = ""
            if opening > lo and text[opening - 1] in "；;":  # the sentence's part before its last semicolon
                before = text[max(lo - 1, *(text.rfind(c, lo, opening - 1) for c in _SENTENCE_END)) + 1:opening - 1]
            carried = None if leveled else carried_level(text[opening:f.start], own_place)
            carried_kind = canonical_scope(carried)[0] if carried else None
            if carried and carried_kind != canonical_scope(scope)[0]:
                scope = carried  # 县级一般公共预算收入…，加上级补助收入…: the level's lines
            if carried_kind != "whole":  # a level the place cannot tell: no series
                metric_id = metric_id_for(label, f.unit, f.kind, scope, clause, text[opening:f.start], own_names,
                                          before, f.section)
            place = named_subregion(label, scope, text[opening:f.start], own_names)
        facts.append({
            "fact_id": fact_ids[f.idx], "doc_id": doc_id, "metric": f.metric or None, "metric_id": metric_id,
            # a catalogued figure of a department that extraction left without a scope would join its region's series
            "scope": (own_level_head(f.metric) or place or scope
                      or implied_scope(text, f.start, f.metric, norm.get("title")))
            if metric_id else f.scope,
            "value": f.value, "value_max": f.value_max, "unit": f.unit, "kind": f.kind,
            "approx": f.approx, "year": f.year, "quote": f.quote, "start": f.start, "end": f.end,
            "source_start": offsets.source_start(f.start), "source_end": offsets.source_end(f.end),
            "section": f.section, "sentence": f.sentence, "decimals": f.decimals, "scale": float(f.scale),
        })
    widen_wholes(facts)
    unsum_glossed_parts(facts, text)
    cell_ids = {}
    for k, c in enumerate(printed):
        cell_ids[id(c)] = fid = f"{doc_id}-t{k:04d}"
        facts.append(template_cell_fact(doc_id, fid, c, text, offsets, norm["report_year"]))
    other_ids = {}
    previous_year = norm["report_year"] - 1 if norm["report_year"] else None
    # a budget report's 合计 row is the whole its table's caption names (“三公”经费支出预算表: the “三公”经费)
    captions = table_captions(text, other_tables) if is_budget_report(own_names) else {}
    for k, c in enumerate(other_tables):
        other_ids[id(c)] = fid = f"{doc_id}-g{k:04d}"
        label = c.metric
        if c.table in captions and "|" in c.metric and (c.is_total or c.in_total_column):
            # the 合计 row's measure (or a transposed table's 合计 column's) of the whole its caption names
            label = f"{captions[c.table]}|{c.metric.rsplit('|', 1)[c.is_total]}"
        facts.append({
            "fact_id": fid, "doc_id": doc_id, "metric": c.metric, "metric_id": metric_id_for(label, c.unit, c.kind, own_names=own_names),
            "scope": None, "value": c.value, "value_max": None, "unit": c.unit, "kind": c.kind,
            "approx": None, "year": c.year or (previous_year if c.of_previous_year else None), "quote": c.raw,
            "start": c.start, "end": c.end,
            "source_start": offsets.source_start(c.start), "source_end": offsets.source_end(c.end), "section": None,
            "sentence": c.line[:200], "decimals": c.decimals, "scale": c.scale,
        })
    relations = []
    for k, r in enumerate(result.relations):
        if all(idx in fact_ids for _, idx in r.members):
            relations += _relation_rows(f"{doc_id}-r{k:03d}", doc_id, r.relation_type, r.note, r.exhaustive,
                                        [(role, fact_ids[idx]) for role, idx in r.members])
    unread = {(i["table_id"], i["row_key"]) for i in tables.issues}
    for k, (total, parts) in enumerate(identity_sums(printed, unread)):
        relations += _relation_rows(f"{doc_id}-i{k:03d}", doc_id, "sum",
                                    f"template identity: {total.row_label} {total.column.label} = sum of its parts",
                                    True, [("total", cell_ids[id(total)])] + [("part", cell_ids[id(p)]) for p in parts])
    # a 合计 row is the sum of its rows; a numbered group row holds its numbered rows, which may not be all of it
    table_sums = [("s", "table total", "= sum of its rows", True, total_sums(other_tables)),
                  ("o", "table outline", ">= its numbered rows", False, outline_sums(other_tables))]
    for tag, name, claim, exhaustive, sums in table_sums:
        for k, (total, parts) in enumerate(sums):
            relations += _relation_rows(f"{doc_id}-{tag}{k:03d}", doc_id, "sum",
                                        f"{name}: {total.row_label} {total.column_label} {claim}",
                                        exhaustive, [("total", other_ids[id(total)])]
                                        + [("part", other_ids[id(p)]) for p in parts])
    for k, (current, change) in enumerate(row_changes(other_tables)):
        relations += _relation_rows(f"{doc_id}-c{k:03d}", doc_id, "yoy",
                                    f"table: {change.column_label} of {current.row_label} {current.column_label}",
                                    None, [("current", other_ids[id(current)]), ("change", other_ids[id(change)])])
    by_cell = {f"{c.table_id}.{c.row_key}.{c.column.key}": cell_ids[id(c)] for c in printed}
    narrative_fact_ids = set(fact_ids.values())
    for k, fact in enumerate(facts):
        cell = by_cell.get(_NARRATIVE_CELLS.get(fact["metric_id"])) if fact["fact_id"] in narrative_fact_ids else None
        if cell is not None:
            relations += _relation_rows(f"{doc_id}-n{k:03d}", doc_id, "narrative_table",
                                        "the narrative repeats a template table figure", None,
                                        [("narrative", fact["fact_id"]), ("table", cell)])
    enumerations = [
        {"enumeration_id": f"{doc_id}-e{k:03d}", "doc_id": doc_id, "heading": e.heading,
         "stated_count": e.stated_count, "listed_count": e.listed_count, "items": e.items,
         "count_fact_id": fact_ids.get(e.count_fact) if e.count_fact is not None else None}
        for k, e in enumerate(result.enumerations)
    ]
    cells = [template_cell_row(doc_id, c, cell_ids.get(id(c))) for c in tables.cells]
    cells += [{"doc_id": doc_id, "table_id": f"table{c.table + 1}", "row_key": f"r{c.row}", "row_label": c.row_label,
               "column_key": f"c{c.column}", "column_label": c.column_name, "value": c.value, "raw": c.raw,
               "is_blank": False, "derived": False, "fact_id": other_ids[id(c)], "evidence": None}
              for c in other_tables]
    issues = [{"doc_id": doc_id, "table_id": i["table_id"], "row_key": i["row_key"], "kind": i["kind"],
               "raw": i["raw"], "candidates": [" ".join(c) for c in i["candidates"]],
               "start": next((c[1] for c in i["options"][0] if c), None) if i["options"] else None}  # a blank: None
              for i in tables.issues]
    named = _STATISTICS_TABLE.search(text)
    if named and not unsplit and not any(c.start > named.end() for c in other_tables):
        issues.append({"doc_id": doc_id, "table_id": "statistics", "row_key": None, "kind": "missing",
                       "raw": named.group(0), "candidates": [], "start": named.start()})
    issues += [{"doc_id": doc_id, "table_id": f"table{i['table'] + 1}",
                "row_key": f"r{i['row']}" if i["row"] is not None else None,
                "kind": "ambiguous" if i["candidates"] else "unreadable", "raw": f"{i['label']}: {i['raw']}",
                "candidates": [" ".join(c) for c in i["candidates"]], "start": i["start"]} for i in unsplit]
    # a table already a finding as a whole, or a row as itself (N cells under a header of M, which says why)
    reported = [(i["start"], i.get("end", i["start"])) for i in unsplit]
    issues += [{"doc_id": doc_id, "table_id": "row", "row_key": None, "kind": "unreadable",
                "raw": f"{line[:80]}: a row of figures that no table reads", "candidates": [], "start": start}
               for start, line in figure_rows.items()
               if not any(s <= start < e or start <= s < start + len(line) for s, e in reported)]
    status["n_facts"] = len(facts)
    if tables.version is not None:
        status["table_cells_expected"], status["table_cells_read"] = tables.expected, tables.read
    return status, facts, relations, enumerations, cells, issues


# a line of a name and figures at its end, with no sentence's punctuation: the figures set apart (group 1) or not
_FIGURE = r"[+\-−－]?\d[\d,.]*[%‰]?"
_FIGURE_ROW = re.compile(rf"^[^。；;，,！？\n]*?[\u4e00-\u9fff）)][ \t\u3000]*{_FIGURE}(?:([ \t\u3000]+)?{_FIGURE})*"
                         rf"[ \t\u3000]*$", re.M)


def _unread_rows(text: str, read: list[tuple[int, int]]) -> dict[int, str]:
    """{start: line} of the lines outside the spans ``read`` that are rows of figures: one with its figures set
    apart, or two or more in a row (a table whose columns ran together: 钢材万吨42.36.8)."""
    rows = [m for m in _FIGURE_ROW.finditer(text) if not _overlaps(read, m.start(), m.end())]
    out = {}
    for k, m in enumerate(rows):
        apart = m.group(1) is not None
        near = any(0 <= j < len(rows) and text.count("\n", *sorted((m.start(), rows[j].start()))) == 1
                   for j in (k - 1, k + 1))
        if apart or near:
            out[m.start()] = m.group()
    return out


# the statistics table older annual reports end with; when a report names it, its figures are expected
_STATISTICS_TABLE = re.compile(r"政府信息公开(?:工作)?(?:情况)?统计表")


def template_cell_fact(doc_id: str, fact_id: str, c: Cell, text: str, offsets: OffsetMap, year: int | None) -> dict:
    """The warehouse.facts row of a printed template cell, named `row|column` with its template key as metric_id."""
    line_start, line_end = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    around = max(line_start, min(c.start - 100, line_end - 200))  # a flattened page's line is the whole body
    return {
        "fact_id": fact_id, "doc_id": doc_id, "metric": f"{c.row_label}|{c.column.label}",
        "metric_id": f"{c.table_id}.{c.row_key}.{c.column.key}", "scope": None, "value": c.value,
        "value_max": None, "unit": c.column.unit, "kind": c.column.kind, "approx": None,
        "year": year, "quote": c.raw, "start": c.start, "end": c.end,
        "source_start": offsets.source_start(c.start), "source_end": offsets.source_end(c.end),
        "section": c.table_id, "sentence": text[around:line_end][:200],
        "decimals": decimals(c.raw), "scale": c.column.scale,
    }


def template_cell_row(doc_id: str, c: Cell, fact_id: str | None) -> dict:
    """The warehouse.table_cells row of a template cell."""
    return {"doc_id": doc_id, "table_id": c.table_id, "row_key": c.row_key, "row_label": c.row_label,
            "column_key": c.column.key, "column_label": c.column.label, "value": c.value, "raw": c.raw,
            "is_blank": c.is_blank, "derived": c.derived, "fact_id": fact_id, "evidence": c.evidence}


def _relation_rows(relation_id: str, doc_id: str, relation_type: str, note: str, exhaustive: bool | None,
                   members: list[tuple[str, str]]) -> list[dict]:
    """extracted.relations rows of one relation: one per (role, fact_id) member."""
    return [{"relation_id": relation_id, "doc_id": doc_id, "relation_type": relation_type, "role": role,
             "fact_id": fact_id, "note": note, "exhaustive": exhaustive} for role, fact_id in members]


# narrative figures that the template's tables also hold: canonical metric -> table cell
_NARRATIVE_CELLS = {
    "disclosure_requests_received": "t3.new_received.total",
    "disclosure_requests_carried_over": "t3.carried_over.total",
    "disclosure_requests_carried_forward": "t3.carried_forward.total",
    "disclosure_requests_answered": "t3.r7_total.total",
    "admin_reconsiderations": "t4.cases.reconsideration_total",
}



def _table_spans(cells) -> list[tuple[int, int]]:
    """From the first to the last printed cell of each template table."""
    by_table: dict[str, list[int]] = {}
    for c in cells:
        by_table.setdefault(c.table_id, []).extend((c.start, c.end))
    return [(min(bounds), max(bounds)) for bounds in by_table.values()]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, float("inf"))) - 1
    return any(s < end and start < e for s, e in spans[max(0, i - 1):i + 2])
