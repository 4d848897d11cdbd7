"""Analytics: year-over-year comparisons (analytics.yoy_comparisons)."""

import dagster as dg
import polars as pl

from govpipeline.defs.metadata import DUCKDB_POOL, table_metadata
from govpipeline.defs.resources import WarehouseResource
from govpipeline.lib.db import insert_frame, transaction
from govpipeline.lib.yoy import FactRow, implied_previous, rounding_tolerance

YOY_SCHEMA = {
    "region": pl.Utf8, "scope": pl.Utf8, "metric": pl.Utf8, "unit": pl.Utf8, "year": pl.Int32, "value": pl.Float64,
    "previous_year": pl.Int32, "previous_value": pl.Float64, "change_abs": pl.Float64, "change_pct": pl.Float64,
    "stated_change": pl.Utf8, "basis": pl.Utf8, "consistent": pl.Boolean, "doc_id": pl.Utf8,
    "previous_doc_id": pl.Utf8, "fact_id": pl.Utf8, "change_fact_id": pl.Utf8,
}
_FACT_SQL = """
SELECT f.fact_id, f.doc_id, d.region, f.scope, f.metric, f.unit, f.kind, f.value, coalesce(f.year, d.report_year),
       f.quote, f.sentence, coalesce(f.decimals, 0), coalesce(f.scale, 1)
FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id)
"""


def _row(cur: FactRow, prev_value: float | None, basis: str, stated: str | None, prev_doc: str | None,
         change_fact: str | None, consistent: bool | None) -> dict:
    year = cur.year
    return {
        "region": cur.region, "scope": cur.scope, "metric": cur.metric, "unit": cur.unit, "year": year,
        "value": cur.value, "previous_year": year - 1 if year is not None else None, "previous_value": prev_value,
        "change_abs": cur.value - prev_value if prev_value is not None else None,
        "change_pct": 100 * (cur.value - prev_value) / prev_value if prev_value else None,
        "stated_change": stated, "basis": basis, "consistent": consistent, "doc_id": cur.doc_id,
        "previous_doc_id": prev_doc, "fact_id": cur.fact_id, "change_fact_id": change_fact,
    }


@dg.asset(
    key=["analytics", "yoy_comparisons"],
    deps=[dg.AssetKey(["warehouse", "facts"]), dg.AssetKey(["warehouse", "relations"])],
    group_name="analytics",
    kinds={"python", "duckdb"},
    pool=DUCKDB_POOL,
    description=(
        "How each figure changed from the previous year. basis 'stated': the previous value implied by a change the "
        "report states (297.65万件, 比上年增长14.97% -> 2588936). basis 'cross_document': the same region, scope, "
        "metric and unit in the report of the previous year. `consistent` says whether the two agree within the "
        "rounding of the printed figures."
    ),
)
def yoy_comparisons(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    with warehouse.get_connection() as con:
        facts = {r[0]: FactRow(*r) for r in con.execute(_FACT_SQL).fetchall()}
        pairs = con.execute(
            """SELECT c.fact_id, ch.fact_id FROM warehouse.relations c JOIN warehouse.relations ch
               ON c.relation_id = ch.relation_id AND c.role = 'current' AND ch.role = 'change'
               WHERE c.relation_type = 'yoy'""").fetchall()
        rows: list[dict] = []
        stated_prev: dict[tuple, float] = {}
        for cur_id, change_id in pairs:
            cur, change = facts[cur_id], facts[change_id]
            prev, reading = implied_previous(cur, change)
            rows.append(_row(cur, prev, "stated", f"{change.quote} ({reading})", None, change_id, None))
            if prev is not None:
                stated_prev[(cur.region, cur.scope, cur.metric, cur.unit, cur.year)] = prev
        # cross-document: the same labelled figure in two reports of consecutive years for one region
        by_key: dict[tuple, dict[int, FactRow]] = {}
        for f in facts.values():
            if f.region and f.metric and f.year and f.kind in ("count", "amount", "rate", "duration"):
                by_key.setdefault((f.region, f.scope, f.metric, f.unit), {}).setdefault(f.year, f)
        for key, years in by_key.items():
            for year, cur in years.items():
                prev = years.get(year - 1)
                if prev is None or prev.doc_id == cur.doc_id:
                    continue
                stated = stated_prev.get((*key, year))
                consistent = None
                if stated is not None:
                    consistent = abs(stated - prev.value) <= rounding_tolerance(prev) + abs(stated) * 0.005
                rows.append(_row(cur, prev.value, "cross_document", None, prev.doc_id, None, consistent))
        with transaction(con):
            con.execute("DELETE FROM analytics.yoy_comparisons")
            insert_frame(con, "analytics.yoy_comparisons", pl.DataFrame(rows, schema=YOY_SCHEMA))
        meta = table_metadata(con, "analytics.yoy_comparisons",
                              "SELECT region, scope, metric, unit, year, value, previous_value, round(change_pct, 2) "
                              "AS change_pct, basis, consistent FROM analytics.yoy_comparisons ORDER BY region, year")
    return dg.MaterializeResult(metadata=meta)
