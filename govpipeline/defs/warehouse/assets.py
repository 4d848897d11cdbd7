"""Warehouse: the published tables analysts query (names and columns fixed by the contract in lib/warehouse.sql)."""

import dagster as dg

from govpipeline.defs.metadata import DUCKDB_POOL, RefreshConfig, table_metadata
from govpipeline.defs.resources import WarehouseResource
from govpipeline.lib.db import table_columns, transaction
from govpipeline.lib.metadata import renamed_bodies, succeeded_bodies
from govpipeline.lib.offsets import OffsetMap
from govpipeline.lib.regions import region_from_code
from govpipeline.lib.adjacent_years import (CARRIED_REQUESTS, CARRIED_ROWS, COLUMNS, ReportRow, cell_spans,
                                           placed_by_adjacent, readings_of, settle)
from govpipeline.lib.stages import now, template_cell_fact, template_cell_row
from govpipeline.lib.template import REQUESTERS, row_cells

WAREHOUSE_TABLES = {
    "documents": "One row per report: source path, hash, codec, format (and a PDF's or OFD's pages), script, title, issuer, "
                 "body, region, report_year, "
                 "report_period (a quarter, half-year or month the title names), publish_date, doc_type, template, "
                 "size, the version of the code that derived its rows, the page's source_url, where each metadata "
                 "field was found (metadata_found_in), and for a report of the template the cells its tables should "
                 "have and the cells read (table_cells_expected, table_cells_read).",
    "document_texts": "The normalized text of each report; facts.start/end are offsets into it.",
    "facts": "Every statistic, traceable to its characters (start/end in the normalized text, source_start/"
             "source_end in the decoded file).",
    "relations": "One row per fact taking part in a stated relation (sum, share, yoy, before_after) with its role.",
    "enumerations": "Headings that state a count, with the listed names cleaned and counted.",
    "table_cells": "The annual-report template tables (二 主动公开, 三 申请处理, 四 复议诉讼), one row per cell of the fixed "
                   "grid with stable row and column keys, read from web pages, tab or pipe rows, one cell per line or "
                   "a crawled page's single line; blank cells are NULL with is_blank, derived subtotals marked, and "
                   "evidence says how a cell was read (cells, split, narrative, adjacent_years). Other tables' "
                   "figures follow as table1, table2, … with their row and column labels, the statistics table of "
                   "older reports (政府信息公开情况统计表) included.",
    "table_issues": "Template table rows (or whole tables) that were not read: ambiguous splits with their candidate "
                    "readings, rows no reading fits, and rows or tables missing from a report of the template.",
    "quarantine": "Files that could not be processed, with the reason and the stage that rejected them.",
}
PREVIEWS = {
    "documents": "SELECT source_path, body, region, report_year, doc_type, template, script, title, n_facts, "
                 "table_cells_expected, table_cells_read "
                 "FROM warehouse.documents ORDER BY source_path",
    "document_texts": "SELECT doc_id, left(normalized_text, 80) AS text_start FROM warehouse.document_texts",
    "facts": "SELECT doc_id, quote, value, unit, kind, approx, metric, scope FROM warehouse.facts ORDER BY doc_id, start",
    "relations": "SELECT relation_id, relation_type, role, fact_id FROM warehouse.relations ORDER BY relation_id",
    "enumerations": "SELECT heading, stated_count, listed_count FROM warehouse.enumerations",
    "quarantine": "SELECT source_path, stage, reason FROM warehouse.quarantine",
    "table_cells": "SELECT doc_id, table_id, row_key, column_key, value, raw, is_blank, derived, evidence "
                   "FROM warehouse.table_cells",
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
                       doc_type, template, n_chars, n_facts, code_version, published_at, table_cells_expected,
                       table_cells_read, body, source_url, metadata_found_in, dropped_bytes, format, n_pages,
                       page_starts, images_not_read, report_in_file, co_issuers)
                   SELECT n.doc_id, r.source_path, n.sha256, r.encoding, n.script, n.title, n.issuer, n.region,
                          n.region_code, n.admin_level, n.province, n.city, n.county, n.report_year, n.report_period,
                          n.publish_date, n.doc_type, n.template,
                          length(n.normalized_text), e.n_facts, e.code_version, ?, e.table_cells_expected,
                          e.table_cells_read, n.body, n.source_url, n.metadata_found_in, r.dropped_bytes, r.format,
                          len(r.page_starts), r.page_starts, r.images_not_read, n.report_in_file, n.co_issuers
                   FROM extracted.documents e JOIN normalized.documents n USING (doc_id)
                   JOIN raw.documents r ON r.doc_id = n.file_id
                   WHERE e.error IS NULL AND e.doc_id IN (SELECT doc_id FROM _touched)""", [now()])
            published = "SELECT doc_id FROM warehouse.documents WHERE doc_id IN (SELECT doc_id FROM _touched)"
            con.execute(f"""INSERT INTO warehouse.document_texts (doc_id, normalized_text)
                            SELECT doc_id, normalized_text FROM normalized.documents WHERE doc_id IN ({published})""")
            for name in ("facts", "relations", "enumerations", "table_cells", "table_issues"):
                cols = ", ".join(f'"{c}"' for c in table_columns(con, f"warehouse.{name}"))
                con.execute(f"INSERT INTO warehouse.{name} ({cols}) SELECT {cols} FROM extracted.{name} "
                            f"WHERE doc_id IN ({published})")
            _name_renamed_bodies(con)
            settled = _settle_with_adjacent_years(con)
            touched = con.execute("SELECT count(*) FROM _touched").fetchone()[0]
            con.execute("DROP TABLE _touched")
            con.execute("DELETE FROM warehouse.quarantine")
            con.execute(
                """INSERT INTO warehouse.quarantine (source_path, sha256, reason, detected_at, stage, doc_id)
                   SELECT source_path, sha256, error, ingested_at, 'ingest', doc_id FROM raw.documents WHERE error IS NOT NULL
                   UNION ALL
                   SELECT r.source_path, n.sha256, n.error, n.normalized_at, 'normalize', n.doc_id
                   FROM normalized.documents n JOIN raw.documents r ON r.doc_id = n.file_id WHERE n.error IS NOT NULL
                   UNION ALL
                   SELECT r.source_path, e.sha256, r.source_path || ': ' || e.error, e.extracted_at, 'extract', e.doc_id
                   FROM extracted.documents e JOIN normalized.documents n USING (doc_id)
                   JOIN raw.documents r ON r.doc_id = n.file_id WHERE e.error IS NOT NULL""")
        context.log.info(f"published {touched} new, changed or removed documents; {settled} documents' 表二 rows "
                         "settled anew by the same body's reports of adjacent years")
        for name in WAREHOUSE_TABLES:
            yield dg.MaterializeResult(asset_key=["warehouse", name],
                                       metadata=table_metadata(con, f"warehouse.{name}", PREVIEWS[name]))


def _name_renamed_bodies(con) -> None:
    """A body that renamed itself (lib/metadata.renamed_bodies) goes by its latest name in warehouse.documents, so
    that its reports form one series; normalized.documents keeps the name each report gives. A body of a county
    renamed under a new code (lib/metadata.succeeded_bodies: 繁昌县人民政府 -> 繁昌区人民政府) takes the new
    division's region and name first. Derived from the whole warehouse each time, so it follows the reports present
    (the analytics rebuild the regions of a document whose region or body changed)."""
    rows = con.execute("SELECT d.doc_id, n.region_code, n.body, d.region_code, d.body, d.report_year, n.former_body, "
                       "n.report_period FROM warehouse.documents d JOIN normalized.documents n USING (doc_id)"
                       ).fetchall()
    succeeded = succeeded_bodies([(region, named, year) for _, region, named, _, _, year, _, _ in rows])
    rows = [(doc, *succeeded.get((region, named), (region, named)), held, body, year, former, period)
            for doc, region, named, held, body, year, former, period in rows]
    series = renamed_bodies([(region, named, year, former, period)
                             for _, region, named, _, _, year, former, period in rows])
    changed = [(region, series.get((region, named), named), doc) for doc, region, named, held, body, *_ in rows
               if (region, series.get((region, named), named)) != (held, body)]
    for region, body, doc in changed:
        place = region_from_code(region)
        con.execute("UPDATE warehouse.documents SET body = ?, region_code = ?, region = ?, admin_level = ?, "
                    "province = ?, city = ?, county = ? WHERE doc_id = ?",
                    [body, region, place and place.name, place and place.level, place and place.province,
                     place and place.city, place and place.county, doc])


def _settle_with_adjacent_years(con) -> int:
    """Store the 表二 rows of 2021-form reports that a flattened page left ambiguous and the same body's reports of
    adjacent years settle (lib/adjacent_years.py), as cells and facts with evidence 'adjacent_years'. They are
    derived from the whole warehouse each time, so they follow the reports present; a document whose settled cells
    change is published anew, so checks and analytics see it. Returns how many."""
    before = set(con.execute("SELECT doc_id, row_key, column_key, raw FROM warehouse.table_cells "
                             "WHERE evidence = 'adjacent_years'").fetchall())
    con.execute("DELETE FROM warehouse.facts WHERE fact_id IN "
                "(SELECT fact_id FROM warehouse.table_cells WHERE evidence = 'adjacent_years')")
    con.execute("DELETE FROM warehouse.table_cells WHERE evidence = 'adjacent_years'")
    reports = "d.template = '2021' AND d.report_year IS NOT NULL AND d.body IS NOT NULL"
    carried = [list(CARRIED_ROWS)]
    issues = con.execute(
        f"""SELECT i.doc_id, d.region_code, d.body, d.report_year, i.row_key, i.raw, i.start
            FROM warehouse.table_issues i JOIN warehouse.documents d USING (doc_id)
            WHERE i.table_id = 't2' AND i.kind = 'ambiguous' AND i.row_key IN (SELECT unnest(?::VARCHAR[]))
              AND {reports}
              -- a 2021 report that kept the trial format's 表二 (本年新制作, 本年新公开, 对外公开总数) carries nothing over
              AND NOT EXISTS (SELECT 1 FROM warehouse.table_cells x WHERE x.doc_id = i.doc_id AND x.table_id = 't2'
                              AND x.column_key NOT IN ('issued', 'repealed', 'in_force', 'decisions', 'fee_amount'))
            ORDER BY i.doc_id, i.row_key""", carried).fetchall()
    facts, cells = [], []
    if issues:
        printed = con.execute(
            f"""SELECT c.doc_id, d.region_code, d.body, d.report_year, c.row_key,
                       max(c.raw) FILTER (WHERE c.column_key = 'issued'),
                       max(c.raw) FILTER (WHERE c.column_key = 'repealed'),
                       max(c.raw) FILTER (WHERE c.column_key = 'in_force')
                FROM warehouse.table_cells c JOIN warehouse.documents d USING (doc_id)
                WHERE c.table_id = 't2' AND c.row_key IN (SELECT unnest(?::VARCHAR[])) AND {reports}
                GROUP BY ALL ORDER BY c.doc_id, c.row_key""", carried).fetchall()
        rows = [ReportRow(doc, (region, body), year, row, (tuple(values),), printed=True)
                for doc, region, body, year, row, *values in printed]
        # cells of an ambiguous row already read (those the readings its text leaves agree on) keep only the
        # readings that read them
        known = {(doc, row): values for doc, _, _, _, row, *values in printed}
        starts = {}
        for doc, region, body, year, row, raw, start in issues:
            readings = tuple(r for r in readings_of(raw) or ()
                             if all(k in (None, c) for k, c in zip(known.get((doc, row), ()), r)))
            if readings:
                rows.append(ReportRow(doc, (region, body), year, row, readings, printed=False))
                starts[(doc, row)] = start
        for found in settle(rows):
            text, offset_map, source_length, year = con.execute(
                """SELECT t.normalized_text, n.offset_map, n.source_length, d.report_year
                   FROM warehouse.document_texts t JOIN normalized.documents n USING (doc_id)
                   JOIN warehouse.documents d USING (doc_id) WHERE doc_id = ?""", [found.doc_id]).fetchone()
            spans = cell_spans(text, starts[(found.doc_id, found.row_key)], found.reading)
            if spans is None:
                continue
            offsets = OffsetMap.from_list(offset_map, len(text), source_length)
            reading = [(raw, a, b) for raw, (a, b) in zip(found.reading, spans)]
            read = known.get((found.doc_id, found.row_key), (None,) * len(COLUMNS))
            settled = {column for column, cell, k in zip(COLUMNS, found.cells, read) if cell is not None and k is None}
            for c in row_cells("t2", found.row_key, reading, "adjacent_years"):
                if c.column.key not in settled:
                    continue
                fact_id = f"{found.doc_id}-p-{c.row_key}-{c.column.key}"
                facts.append(template_cell_fact(found.doc_id, fact_id, c, text, offsets, year))
                cells.append(template_cell_row(found.doc_id, c, fact_id))
    _settle_carried_requests(con, facts, cells)
    for table, rows in (("facts", facts), ("table_cells", cells)):
        if rows:
            columns = list(rows[0])
            names = ", ".join(f'"{c}"' for c in columns)
            con.executemany(f"INSERT INTO warehouse.{table} ({names}) VALUES ({', '.join('?' for _ in columns)})",
                            [list(r.values()) for r in rows])
    after = {(c["doc_id"], c["row_key"], c["column_key"], c["raw"]) for c in cells}
    changed = sorted({doc for doc, *_ in before ^ after})
    if changed:
        con.execute("""UPDATE warehouse.documents SET published_at = ?, table_cells_read = (
                           SELECT count(*) FROM warehouse.table_cells c
                           WHERE c.doc_id = documents.doc_id AND NOT c.derived AND c.table_id IN ('t2', 't3', 't4'))
                       WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))""", [now(), changed])
    return len(changed)


def _settle_carried_requests(con, facts: list[dict], cells: list[dict]) -> None:
    """Add to ``facts`` and ``cells`` the 表三 cells of 上年结转 and 结转下年度继续办理 rows that a page dropping its
    blank cells left ambiguous, where the same body's report of the adjacent year reads the matching row whole (one
    year's 结转下年度继续办理 is the next year's 上年结转): the columns every way of placing the figures agrees on
    (lib/adjacent_years.placed_by_adjacent); evidence 'adjacent_years'."""
    issues = con.execute(
        """SELECT i.doc_id, d.region_code, d.body, d.report_year, d.template, i.row_key, i.raw, i.start
           FROM warehouse.table_issues i JOIN warehouse.documents d USING (doc_id)
           WHERE i.table_id = 't3' AND i.kind = 'ambiguous' AND i.row_key IN (SELECT unnest(?::VARCHAR[]))
             AND d.report_year IS NOT NULL AND d.body IS NOT NULL AND i.start IS NOT NULL
           ORDER BY i.doc_id, i.row_key""", [list(CARRIED_REQUESTS)]).fetchall()
    requesters = [c.key for c in REQUESTERS]
    for doc, region, body, year, template, row, raw, start in issues:
        earlier = row == CARRIED_REQUESTS[1]
        other_row, other_year = CARRIED_REQUESTS[not earlier], year - 1 if earlier else year + 1
        other = con.execute(
            """SELECT c.doc_id, c.column_key, coalesce(c.value, 0) FROM warehouse.table_cells c
               JOIN warehouse.documents d USING (doc_id)
               WHERE d.region_code IS NOT DISTINCT FROM ? AND d.body = ? AND d.report_year = ? AND c.table_id = 't3'
                 AND c.row_key = ? AND NOT c.derived AND c.evidence IS DISTINCT FROM 'adjacent_years'""",
            [region, body, other_year, other_row]).fetchall()
        adjacent = {column: value for _, column, value in other}
        if len({d for d, _, _ in other}) != 1 or sorted(adjacent) != sorted(requesters):
            continue  # no report of that year, two of them, or its row not read whole
        known = tuple(adjacent[k] for k in requesters)
        read = dict(con.execute("SELECT column_key, coalesce(value, 0) FROM warehouse.table_cells WHERE doc_id = ? "
                                "AND table_id = 't3' AND row_key = ? AND NOT derived", [doc, row]).fetchall())
        placed = placed_by_adjacent(raw, known)
        if placed is None or any(read[k] != v for k, v in zip(requesters, known) if k in read):
            continue
        printed, at = placed
        text, offset_map, source_length = con.execute(
            """SELECT t.normalized_text, n.offset_map, n.source_length FROM warehouse.document_texts t
               JOIN normalized.documents n USING (doc_id) WHERE doc_id = ?""", [doc]).fetchone()
        spans = cell_spans(text, start, tuple(printed))
        if spans is None:
            continue
        offsets = OffsetMap.from_list(offset_map, len(text), source_length)
        reading = [None if at.get(c) is None else (printed[at[c]], *spans[at[c]]) for c in range(len(requesters))]
        for c in row_cells("t3", row, reading, "adjacent_years", template or "2021"):
            if c.column.key in read or requesters.index(c.column.key) not in at:
                continue  # read before, or a column the ways of placing the figures leave open
            fact_id = None if c.is_blank else f"{doc}-p-{c.row_key}-{c.column.key}"
            if fact_id:
                facts.append(template_cell_fact(doc, fact_id, c, text, offsets, year))
            cells.append(template_cell_row(doc, c, fact_id))
