"""Asset checks. Failures of the report's own arithmetic are WARN findings; broken invariants of our output are
ERROR on blocking checks, so downstream assets do not run on bad facts. Every failed instance is a row of
quality.findings and is listed in the check's metadata.

Most checks look at one document at a time, so a run checks only the documents published since they were last
checked, keeps the other documents' findings, and reports on the whole warehouse."""

from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Callable

import dagster as dg
import duckdb
import polars as pl

from govpipeline.defs.metadata import DUCKDB_POOL, RefreshConfig, markdown_table
from govpipeline.defs.resources import WarehouseResource
from govpipeline.lib import audit as audit_rules
from govpipeline.lib.audit import (Finding, Member, breakdown_findings, enumeration_findings, rate_bounds,
                                   share_findings, share_list_findings, template_cross_year_findings,
                                   template_identity_findings, template_parse_findings)
from govpipeline.lib.db import chunks, code_version, insert_frame, transaction
from govpipeline.lib.stages import now

FACTS = dg.AssetKey(["warehouse", "facts"])
RELATIONS = dg.AssetKey(["warehouse", "relations"])
ENUMERATIONS = dg.AssetKey(["warehouse", "enumerations"])
TABLE_CELLS = dg.AssetKey(["warehouse", "table_cells"])
FINDING_SCHEMA = {"check_name": pl.Utf8, "severity": pl.Utf8, "doc_id": pl.Utf8, "relation_id": pl.Utf8,
                  "fact_ids": pl.List(pl.Utf8), "expected": pl.Float64, "actual": pl.Float64,
                  "tolerance": pl.Float64, "message": pl.Utf8, "found_at": pl.Datetime}
TEMPLATE_CELLS = "table_id IN ('t2', 't3', 't4')"  # the other tables' cells have table1, table2, …
# members of the stated relations; template_identities checks the template's own sums
_MEMBERS_SQL = f"""
SELECT r.relation_id, r.doc_id, r.role, r.fact_id, f.value, f.unit, coalesce(f.decimals, 0), coalesce(f.scale, 1), f.quote,
       r.exhaustive
FROM warehouse.relations r JOIN warehouse.facts f USING (fact_id)
WHERE r.relation_type = ? AND r.doc_id IN (SELECT doc_id FROM _audit_docs)
  AND r.relation_id NOT IN (SELECT t.relation_id FROM warehouse.relations t JOIN warehouse.table_cells c USING (fact_id)
                            WHERE t.doc_id IN (SELECT doc_id FROM _audit_docs) AND c.{TEMPLATE_CELLS})
ORDER BY r.relation_id, r.role, f.fact_id"""  # fact ids follow the text order


IN_DOCS = "doc_id IN (SELECT doc_id FROM _audit_docs)"  # the documents this run checks


@lru_cache(maxsize=1)
def checks_version() -> str:
    """Changes with the check code, so that new rules see every document again."""
    return code_version(Path(__file__), Path(audit_rules.__file__))


def _unchecked_sql(full_refresh: bool) -> str:
    """Documents published since they were last checked, or checked by other check code (no query parameters:
    duckdb imports pandas the first time a process binds one)."""
    return f"""SELECT w.doc_id FROM warehouse.documents w LEFT JOIN quality.checked_documents c USING (doc_id)
               WHERE {bool(full_refresh)} OR c.published_at IS DISTINCT FROM w.published_at
                  OR c.checks_version IS DISTINCT FROM '{checks_version()}'"""


_REMOVED_SQL = "SELECT doc_id FROM quality.checked_documents WHERE doc_id NOT IN (SELECT doc_id FROM warehouse.documents)"


def checks_behind(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the checks have documents to check or forget: what a run that died before or during warehouse_checks
    left undone, or new check code."""
    return any(con.execute(f"SELECT EXISTS ({sql})").fetchone()[0] for sql in (_unchecked_sql(False), _REMOVED_SQL))


class Audit:
    """A checks step's connection and the documents it checks: those published since they were last checked or
    checked by other check code (all of them on a full refresh). The members of stated relations are read once for
    the checks that share them."""

    def __init__(self, con: duckdb.DuckDBPyConnection, full_refresh: bool = False):
        self.con = con
        self.docs = [r[0] for r in con.execute(_unchecked_sql(full_refresh)).fetchall()]
        self.gone = [r[0] for r in con.execute(_REMOVED_SQL).fetchall()]
        con.execute("CREATE OR REPLACE TEMP TABLE _audit_docs AS SELECT unnest(?::VARCHAR[]) AS doc_id", [self.docs])
        self._members: dict[str, list[Member]] = {}

    def mark_checked(self) -> None:
        with transaction(self.con):
            self.con.execute("DELETE FROM quality.checked_documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                             [self.docs + self.gone])
            self.con.execute(f"""INSERT INTO quality.checked_documents (doc_id, published_at, checks_version, checked_at)
                                 SELECT doc_id, published_at, ?, ? FROM warehouse.documents WHERE {IN_DOCS}""",
                             [checks_version(), now()])

    def members(self, relation_type: str) -> list[Member]:
        """The members of the relations the text states; the template tables' identities are template_identities'
        to check (and nine in ten of all sum members)."""
        if relation_type not in self._members:
            rows = self.con.execute(_MEMBERS_SQL, [relation_type]).fetchall()
            self._members[relation_type] = [Member(*r) for r in rows]
        return self._members[relation_type]


_WAREHOUSE_CHECKS: list[tuple[dg.AssetCheckSpec, Callable[[Audit], dg.AssetCheckResult]]] = []


def warehouse_check(asset: dg.AssetKey, description: str, blocking: bool = False):
    """Register a check of the warehouse tables; all of them run in the one step ``warehouse_checks``."""
    def register(fn: Callable[[Audit], dg.AssetCheckResult]):
        _WAREHOUSE_CHECKS.append((dg.AssetCheckSpec(fn.__name__, asset=asset, description=description,
                                                    blocking=blocking), fn))
        return fn
    return register


def _record(con: duckdb.DuckDBPyConnection, check_name: str, findings: list[Finding], severity: str, checked: int,
            documents: Audit | None = None) -> dg.AssetCheckResult:
    """Replace the check's findings for the ``documents`` it checked (all its findings, for a check across
    documents) and report on the whole warehouse."""
    rows = [{**asdict(f), "found_at": now()} for f in findings]
    with transaction(con):
        if documents is not None:
            con.execute(f"""DELETE FROM quality.findings WHERE check_name = ?
                            AND (doc_id IS NULL OR {IN_DOCS} OR doc_id IN (SELECT unnest(?::VARCHAR[])))""",
                        [check_name, documents.gone])
        else:
            con.execute("DELETE FROM quality.findings WHERE check_name = ?", [check_name])
        insert_frame(con, "quality.findings", pl.DataFrame(rows, schema=FINDING_SCHEMA))
    failures = con.execute("SELECT count(*) FROM quality.findings WHERE check_name = ?", [check_name]).fetchone()[0]
    preview = markdown_table(con.execute(
        """SELECT doc_id, array_to_string(fact_ids, ', '), expected, actual, tolerance, message FROM quality.findings
           WHERE check_name = ? ORDER BY doc_id, message LIMIT 25""", [check_name]).fetchall(),
        ["doc_id", "fact_ids", "expected", "actual", "tolerance", "message"], width=160)
    scope = f"{checked} checked in {len(documents.docs)} new or republished documents" if documents is not None \
        else f"{checked} checked across the warehouse"
    return dg.AssetCheckResult(
        passed=not failures,
        severity=dg.AssetCheckSeverity.ERROR if severity == "ERROR" else dg.AssetCheckSeverity.WARN,
        metadata={"checked": checked, "documents_checked": len(documents.docs) if documents is not None else None,
                  "failures": failures, "failing_instances": dg.MetadataValue.md(preview if failures else "none")},
        description=f"{failures} failing in the warehouse ({scope})" if failures else f"all hold ({scope})",
    )


@warehouse_check(asset=FACTS, blocking=True,
                description="ERROR: every fact has a value, a unit and a quote, and fact_ids are unique.")
def facts_complete_and_unique(audit: Audit) -> dg.AssetCheckResult:
    con = audit.con
    findings = [Finding("facts_complete_and_unique", "ERROR", f"fact {fid} lacks a value, unit or quote", doc,
                        None, [fid])
                for fid, doc in con.execute(
                    f"SELECT fact_id, doc_id FROM warehouse.facts WHERE {IN_DOCS} AND (value IS NULL OR unit IS NULL "
                    "OR unit = '' OR quote IS NULL OR quote = '')").fetchall()]
    findings += [Finding("facts_complete_and_unique", "ERROR", f"fact_id {fid} occurs {n} times", None, None, [fid])
                 for fid, n in con.execute(f"SELECT fact_id, count(*) FROM warehouse.facts WHERE {IN_DOCS} "
                                           "GROUP BY fact_id HAVING count(*) > 1").fetchall()]
    checked = con.execute(f"SELECT count(*) FROM warehouse.facts WHERE {IN_DOCS}").fetchone()[0]
    return _record(con, "facts_complete_and_unique", findings, "ERROR", checked, documents=audit)


@warehouse_check(asset=FACTS, blocking=True,
                description="ERROR: each fact's quote is exactly the text at its start/end in document_texts.")
def quotes_at_offsets(audit: Audit) -> dg.AssetCheckResult:
    # compared in Python, a batch of documents at a time: DuckDB's substring walks the text up to the offset; at
    # 10,000 reports the SQL took 2.5-2.9 s, this 1.2-1.5 s
    con = audit.con
    findings, checked = [], 0
    for batch in chunks(audit.docs, 2500):
        texts = dict(con.execute("SELECT doc_id, normalized_text FROM warehouse.document_texts "
                                 "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [batch]).fetchall())
        facts = con.execute('SELECT fact_id, doc_id, quote, "start", "end" FROM warehouse.facts '
                            "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [batch]).fetchall()
        checked += len(facts)
        for fact_id, doc_id, quote, start, end in facts:
            text = texts.get(doc_id)
            at = None if text is None else text[start:end]
            if at != quote:
                findings.append(Finding("quotes_at_offsets", "ERROR",
                                        f"quote {quote!r} but the text at its offsets is {at!r}", doc_id, None, [fact_id]))
    return _record(con, "quotes_at_offsets", findings, "ERROR", checked, documents=audit)


@warehouse_check(asset=RELATIONS, blocking=True,
                description="ERROR: every relation row points at an existing fact of the same document.")
def relations_reference_facts(audit: Audit) -> dg.AssetCheckResult:
    con = audit.con
    bad = con.execute(
        f"""SELECT r.relation_id, r.doc_id, r.fact_id FROM warehouse.relations r
            LEFT JOIN (SELECT fact_id, doc_id FROM warehouse.facts WHERE {IN_DOCS}) f
                   ON f.fact_id = r.fact_id AND f.doc_id = r.doc_id
            WHERE r.{IN_DOCS} AND f.fact_id IS NULL""").fetchall()
    findings = [Finding("relations_reference_facts", "ERROR", f"relation {rid} names missing fact {fid}", doc, rid,
                        [fid]) for rid, doc, fid in bad]
    checked = con.execute(f"SELECT count(*) FROM warehouse.relations WHERE {IN_DOCS}").fetchone()[0]
    return _record(con, "relations_reference_facts", findings, "ERROR", checked, documents=audit)


@warehouse_check(asset=FACTS,
                description="WARN: rates and shares lie in [0, 100] for %, [0, 1000] for ‰ (a completion rate "
                            "against a plan, 预算完成率, only above 0).")
def rates_within_bounds(audit: Audit) -> dg.AssetCheckResult:
    con = audit.con
    rows = con.execute("SELECT fact_id, doc_id, unit, value, kind, quote, metric FROM warehouse.facts "
                       f"WHERE {IN_DOCS} AND kind IN ('rate', 'share') AND unit IN ('%', '‰')").fetchall()
    return _record(con, "rates_within_bounds", rate_bounds(rows), "WARN", len(rows), documents=audit)


@warehouse_check(asset=RELATIONS,
                description="WARN: the parts of a breakdown never exceed its stated total, and an exhaustive one "
                            "(分别为, or parts that reach the total) adds up to it, within the rounding of the printed "
                            "figures (2.8万 allows ±500).")
def breakdowns_add_up(audit: Audit) -> dg.AssetCheckResult:
    members = audit.members("sum")
    return _record(audit.con, "breakdowns_add_up", breakdown_findings(members), "WARN",
                   len({m.relation_id for m in members}), documents=audit)


@warehouse_check(asset=RELATIONS,
                description="WARN: the shares of an exhaustive breakdown sum to 100 ± the rounding of the printed "
                            "shares; a gap explained by a rounded total is said so in the finding.")
def share_lists_sum_to_100(audit: Audit) -> dg.AssetCheckResult:
    members = audit.members("sum") + audit.members("share")
    findings = share_list_findings(members)
    checked = len({m.relation_id for m in members if m.role == "total" and m.exhaustive})
    return _record(audit.con, "share_lists_sum_to_100", findings, "WARN", checked, documents=audit)


@warehouse_check(asset=RELATIONS,
                description="WARN: share = part / total x 100 within half a unit of the last printed digit "
                            "(truncation accepted), against the stated total or the sum of the listed parts.")
def shares_consistent(audit: Audit) -> dg.AssetCheckResult:
    members = audit.members("share") + audit.members("sum")
    findings = share_findings(members)
    checked = len({m.relation_id for m in members if m.role == "share"})
    return _record(audit.con, "shares_consistent", findings, "WARN", checked, documents=audit)


@warehouse_check(asset=ENUMERATIONS,
                description="WARN: a heading's stated count equals the number of names listed under it.")
def enumerations_match_counts(audit: Audit) -> dg.AssetCheckResult:
    con = audit.con
    rows = con.execute("SELECT enumeration_id, doc_id, heading, stated_count, listed_count "
                       f"FROM warehouse.enumerations WHERE {IN_DOCS}").fetchall()
    return _record(con, "enumerations_match_counts", enumeration_findings(rows), "WARN", len(rows), documents=audit)


# blocking, so that warehouse/snapshot publishes its findings too; a WARN result never stops anything
@dg.asset_check(asset=dg.AssetKey(["analytics", "yoy_comparisons"]), pool=DUCKDB_POOL, blocking=True,
                description="WARN: a change a report states (比上年增长X%) agrees with the figure the previous year's "
                            "report of the same region printed, within the rounding of the printed figures.")
def yoy_stated_matches_previous_report(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get_connection() as con:
        return _yoy_findings(con)


def _yoy_findings(con: duckdb.DuckDBPyConnection) -> dg.AssetCheckResult:
    rows = con.execute(
        """SELECT s.doc_id, s.fact_id, s.change_fact_id, c.previous_doc_id, s.previous_value, c.previous_value,
                  s.stated_change, s.metric, s.year
           FROM analytics.yoy_comparisons s JOIN analytics.yoy_comparisons c
             ON c.basis = 'cross_document' AND c.fact_id = s.fact_id
           WHERE s.basis = 'stated'""").fetchall()
    findings = [
        Finding("yoy_stated_matches_previous_report", "WARN",
                f"{metric} {year}: the stated change {stated} implies {implied:.6g} for {year - 1}, but the "
                f"{year - 1} report gives {reported:.6g}", doc, None, [fact, change], reported, implied,
                abs(reported) * 0.005)
        for doc, fact, change, prev_doc, implied, reported, stated, metric, year in rows
        if abs(implied - reported) > abs(reported) * 0.005 + 0.5]
    return _record(con, "yoy_stated_matches_previous_report", findings, "WARN", len(rows))


@warehouse_check(asset=TABLE_CELLS,
                description="WARN: the identities printed on the 2019/2021 annual-report form hold in the filled cells: "
                            "row 总计 = requester columns, （七）总计 = outcome rows, 一 + 二 = 三（七）+ 四, "
                            "复议/诉讼 totals.")
def template_identities(audit: Audit) -> dg.AssetCheckResult:
    con = audit.con
    cells = con.execute("SELECT doc_id, table_id, row_key, column_key, value, fact_id FROM warehouse.table_cells "
                        f"WHERE NOT derived AND {TEMPLATE_CELLS} AND {IN_DOCS}").fetchall()
    unread = set(con.execute(f"SELECT doc_id, table_id, row_key FROM warehouse.table_issues WHERE {IN_DOCS}").fetchall())
    docs = len({c[0] for c in cells})
    return _record(con, "template_identities", template_identity_findings(cells, unread), "WARN", docs,
                   documents=audit)


@warehouse_check(asset=TABLE_CELLS,
                description="WARN: every template table row was read; a flattened row whose split the identities do "
                            "not determine is reported with its candidate readings and not stored.")
def template_tables_parsed(audit: Audit) -> dg.AssetCheckResult:
    con = audit.con
    issues = con.execute("SELECT doc_id, table_id, row_key, kind, raw, candidates FROM warehouse.table_issues "
                         f"WHERE {IN_DOCS} ORDER BY doc_id, table_id, row_key").fetchall()
    rows = con.execute("SELECT count(DISTINCT doc_id || table_id || row_key) FROM warehouse.table_cells "
                       f"WHERE NOT derived AND {TEMPLATE_CELLS} AND {IN_DOCS}").fetchone()[0]
    return _record(con, "template_tables_parsed", template_parse_findings(issues), "WARN", rows + len(issues),
                   documents=audit)


@warehouse_check(asset=TABLE_CELLS,
                description="WARN: across consecutive reports of one body: 上年结转 (Y) = 结转下年度 (Y-1), and 现行有效件数 (Y) "
                            "= 现行有效件数 (Y-1) + 本年制发 - 本年废止.")
def template_cross_year(audit: Audit) -> dg.AssetCheckResult:
    con = audit.con
    rows = con.execute(
        """SELECT c.doc_id, d.region_code, coalesce(d.issuer, ''), d.report_year, c.table_id, c.row_key,
                  c.column_key, c.value, c.fact_id
           FROM warehouse.table_cells c JOIN warehouse.documents d USING (doc_id)
           WHERE NOT c.derived AND c.value IS NOT NULL AND d.report_year IS NOT NULL
             AND (c.row_key IN ('carried_over', 'carried_forward') OR c.column_key IN ('in_force', 'issued', 'repealed'))
           ORDER BY c.doc_id, c.table_id, c.row_key, c.column_key  -- of two reports of a year, the same one counts
        """).fetchall()
    findings = template_cross_year_findings(rows)
    return _record(con, "template_cross_year", findings, "WARN", len({(r[1], r[2], r[3]) for r in rows}))


@warehouse_check(asset=RELATIONS,
                description="WARN: a figure the narrative repeats from the template tables (本年新收, 办结, 结转, 复议 "
                            "totals) equals the table cell; when not, the table is usually the more reliable one.")
def narrative_matches_table(audit: Audit) -> dg.AssetCheckResult:
    con = audit.con
    pairs = con.execute(
        f"""SELECT n.doc_id, n.relation_id, fn.fact_id, ft.fact_id, fn.value, ft.value, fn.quote, ft.metric
           FROM warehouse.relations n JOIN warehouse.relations t
             ON t.relation_id = n.relation_id AND n.role = 'narrative' AND t.role = 'table'
           JOIN warehouse.facts fn ON fn.fact_id = n.fact_id JOIN warehouse.facts ft ON ft.fact_id = t.fact_id
           WHERE n.relation_type = 'narrative_table' AND n.{IN_DOCS}""").fetchall()
    findings = [Finding("narrative_matches_table", "WARN",
                        f"the narrative says {quote} but the table's {metric} is {tv:g}; the table is usually the "
                        f"more reliable source", doc, rid, [nf, tf], tv, nv, 0.0)
                for doc, rid, nf, tf, nv, tv, quote, metric in pairs if nv != tv]
    return _record(con, "narrative_matches_table", findings, "WARN", len(pairs), documents=audit)


@dg.multi_asset_check(
    specs=[spec for spec, _ in _WAREHOUSE_CHECKS], name="warehouse_checks", pool=DUCKDB_POOL,
    description="The checks of the warehouse tables, in one step (a process per check would cost seconds each under "
                "the multiprocess and celery executors), over the documents published since they were last checked.")
def warehouse_checks(context: dg.AssetCheckExecutionContext, config: RefreshConfig, warehouse: WarehouseResource):
    with warehouse.get_connection() as con:
        audit = Audit(con, config.full_refresh)
        context.log.info(f"checking {len(audit.docs)} new or republished documents; {len(audit.gone)} removed")
        for spec, check in _WAREHOUSE_CHECKS:
            result = check(audit)
            yield dg.AssetCheckResult(asset_key=spec.asset_key, check_name=spec.name, passed=result.passed,
                                      severity=result.severity, metadata=result.metadata,
                                      description=result.description)
        audit.mark_checked()
