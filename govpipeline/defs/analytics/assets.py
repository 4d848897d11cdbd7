"""Analytics: year-over-year comparisons and per-region series of the canonical metrics."""
import dagster as dg
import polars as pl

from govpipeline.defs.analytics.refresh import IN_REBUILT, RegionRefresh
from govpipeline.defs.metadata import DUCKDB_POOL, RefreshConfig, table_metadata, table_records
from govpipeline.defs.resources import WarehouseResource
from govpipeline.lib.catalog import (WINDOW_PATTERN, canonical_scope, catalog, fact_scope, in_indicator_unit, period_of,
                                     weight_conversions)
from govpipeline.lib.chart import Panel, Series, magnitude, panel_markdown, readable
from govpipeline.lib.db import insert_frame, transaction
from govpipeline.lib.regions import government_name
from govpipeline.lib.yoy import (REVISED, FactRow, add_sums, agrees, choose_series, government_as_whole, hall_as_whole,
                                 implied_previous, statistics_as_place)

YOY_SCHEMA = {
    "region": pl.Utf8, "region_code": pl.Utf8, "metric_id": pl.Utf8, "scope": pl.Utf8, "metric": pl.Utf8,
    "unit": pl.Utf8, "year": pl.Int32, "value": pl.Float64, "previous_year": pl.Int32, "previous_value": pl.Float64,
    "change_abs": pl.Float64, "change_pct": pl.Float64, "stated_change": pl.Utf8, "basis": pl.Utf8,
    "consistent": pl.Boolean, "doc_id": pl.Utf8, "previous_doc_id": pl.Utf8, "fact_id": pl.Utf8,
    "change_fact_id": pl.Utf8, "body": pl.Utf8,
}
# Facts of two reports compare when body, region, canonical scope (lib/catalog.canonical_scope: 全市 and no scope are
# one), indicator (a template cell that holds a catalogued figure counts as that indicator) and unit agree; the
# first mention of a figure in its year's own report stands for it, else the one in the latest report that gives it
# (a later report's 上年 figure before an earlier report's target for the year). Pairs are found in SQL: of the
# warehouse's facts, only those of stated comparisons and of the pairs found are read into Python.
# a catalogued weight (粮食总产量 in 吨, 斤) compares in its indicator's unit (_weights): 6.82亿斤 against 34.6万吨 as tonnes
_COMPARABLE = ("(f.kind IN ('count', 'amount', 'rate', 'share', 'duration') OR f.kind = 'other' AND w.to_unit IS NOT NULL) "
               "AND coalesce(d.region_code, d.region, d.body) IS NOT NULL AND coalesce(f.year, d.report_year) IS NOT NULL")
# a department's reports and its city's are different bodies of one region: their figures never pair
_SCOPE_KEY = f"coalesce(k.scope_key, '{'|'.join(canonical_scope(None))}')"  # no scope stated: the whole
# the part of the year a figure is of (受理诉求(第三季度)), as printed, and the months it covers (lib/catalog.period_of,
# from the temp table _periods): '' for a whole year's. A quarter pairs with the same quarter however it is worded
_WINDOW_SQL = f"regexp_extract(f.metric, '{WINDOW_PATTERN}', 1)"
_PERIOD_SQL = "coalesce(p.period, '')"
_KEY = (f"coalesce(d.region_code, d.region), coalesce(d.body, ''), {_SCOPE_KEY}, "
        f"coalesce(c.metric_id, f.metric_id, f.metric, ''), coalesce(w.to_unit, f.unit), {_PERIOD_SQL}")
# the canonical scope and indicator of a fact, from the temp tables _scope_keys and _cell_metrics
_ROW_LABEL = "CASE WHEN f.metric LIKE '%|%' THEN f.metric END"  # a table's row may name the scope
_KEY_JOINS = f"""LEFT JOIN _scope_keys k ON k.scope IS NOT DISTINCT FROM f.scope AND k.region IS NOT DISTINCT FROM d.region
                   AND k.body IS NOT DISTINCT FROM d.body
                   AND k.row_label IS NOT DISTINCT FROM {_ROW_LABEL}
                 LEFT JOIN _cell_metrics c ON c.cell = f.metric_id
                 LEFT JOIN _periods p ON p.window = {_WINDOW_SQL}
                 LEFT JOIN _weights w ON w.metric_id = f.metric_id AND w.unit = f.unit"""
_SCOPES_SQL = f"""SELECT DISTINCT f.scope, d.region, {_ROW_LABEL} AS row_label, d.body
                  FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id)
                  WHERE (f.scope IS NOT NULL OR f.metric LIKE '%|%') AND f.{IN_REBUILT}
                  ORDER BY ALL"""


def register_keys(con) -> None:
    """The temp tables _KEY joins: each scope phrase's canonical kind and name (per region, and per table row), the
    indicator each catalogued template cell counts as, the months each window of the year covers, and the weights an
    indicator converts to its own unit."""
    scopes = pl.DataFrame([(scope, region, row, body, "|".join(fact_scope(scope, region, row, body)))
                           for scope, region, row, body in con.execute(_SCOPES_SQL).fetchall()],
                          schema={"scope": pl.Utf8, "region": pl.Utf8, "row_label": pl.Utf8, "body": pl.Utf8,
                                  "scope_key": pl.Utf8},
                          orient="row")
    cells = pl.DataFrame([(cell, i.id) for i in catalog() for cell in i.template_cells],
                         schema={"cell": pl.Utf8, "metric_id": pl.Utf8}, orient="row")
    windows = [w for (w,) in con.execute(f"SELECT DISTINCT {_WINDOW_SQL} FROM warehouse.facts f "
                                         f"WHERE f.metric LIKE '%)' ORDER BY 1").fetchall() if w]
    periods = pl.DataFrame([(w, period_of(w)) for w in windows], schema={"window": pl.Utf8, "period": pl.Utf8},
                           orient="row")
    weights = pl.DataFrame(weight_conversions(), schema={"metric_id": pl.Utf8, "unit": pl.Utf8, "to_unit": pl.Utf8,
                                                         "factor": pl.Float64}, orient="row")
    for name, frame in (("_scope_keys", scopes), ("_cell_metrics", cells), ("_periods", periods), ("_weights", weights)):
        con.register("_keys_frame", frame)
        try:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM _keys_frame")
        finally:
            con.unregister("_keys_frame")


_PAIRS_SQL = f"""
CREATE OR REPLACE TEMP TABLE _yoy_pairs AS
WITH firsts AS (
    SELECT * FROM (
        SELECT f.fact_id, f.doc_id, coalesce(f.year, d.report_year) AS year, [{_KEY}] AS key,
               row_number() OVER (PARTITION BY {_KEY}, coalesce(f.year, d.report_year)
                                  ORDER BY d.report_year <> coalesce(f.year, d.report_year), d.report_year DESC,
                                           f.doc_id, f.start, f.fact_id) AS mention
        FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id) {_KEY_JOINS}
        WHERE f.{IN_REBUILT} AND {_COMPARABLE})
    WHERE mention = 1)
SELECT cur.fact_id AS cur_id, prev.fact_id AS prev_id
FROM firsts cur JOIN firsts prev ON cur.key = prev.key AND prev.year = cur.year - 1 AND prev.doc_id <> cur.doc_id
"""
_STATED_SQL = f"""SELECT c.fact_id, ch.fact_id FROM warehouse.relations c JOIN warehouse.relations ch
                   ON c.relation_id = ch.relation_id AND c.role = 'current' AND ch.role = 'change'
                   WHERE c.relation_type = 'yoy' AND c.{IN_REBUILT} ORDER BY c.relation_id"""
# FactRow's fields, and the comparable key (NULL where the fact compares with no other report's); only a change
# figure's sentence is read (for its direction)
_FACT_SQL = f"""
SELECT f.fact_id, f.doc_id, d.region, d.region_code, f.metric_id, f.scope, f.metric, f.unit, f.kind, f.value,
       coalesce(f.year, d.report_year), f.quote, CASE WHEN f.kind = 'change' THEN f.sentence END,
       coalesce(f.decimals, 0), coalesce(f.scale, 1), d.body, CASE WHEN {_COMPARABLE} THEN [{_KEY}] END
FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id) {_KEY_JOINS}
WHERE f.fact_id IN (SELECT fact_id FROM warehouse.relations WHERE relation_type = 'yoy' AND {IN_REBUILT}
                    UNION ALL SELECT cur_id FROM _yoy_pairs UNION ALL SELECT prev_id FROM _yoy_pairs)
"""


def in_own_unit(f: FactRow) -> FactRow:
    """A fact in its indicator's unit (42.1亿斤 of grain as 210.5万吨, its rounding scaled alike), so a comparison never
    sets 斤 against 吨."""
    unit, value = in_indicator_unit(f.metric_id, f.unit, f.value)
    return f if unit == f.unit else f._replace(unit=unit, value=value, scale=f.scale * value / f.value if f.value else f.scale)


def _row(cur: FactRow, prev_value: float | None, basis: str, stated: str | None, prev_doc: str | None,
         change_fact: str | None, consistent: bool | None) -> dict:
    year = cur.year
    return {
        "region": cur.region, "region_code": cur.region_code, "metric_id": cur.metric_id, "scope": cur.scope,
        "metric": cur.metric, "unit": cur.unit, "year": year, "value": cur.value,
        "previous_year": year - 1 if year is not None else None, "previous_value": prev_value,
        "change_abs": cur.value - prev_value if prev_value is not None else None,
        "change_pct": 100 * (cur.value - prev_value) / prev_value if prev_value else None,
        "stated_change": stated, "basis": basis, "consistent": consistent, "doc_id": cur.doc_id,
        "previous_doc_id": prev_doc, "fact_id": cur.fact_id, "change_fact_id": change_fact, "body": cur.body,
    }


@dg.asset(
    key=["analytics", "yoy_comparisons"],
    deps=[dg.AssetKey(["warehouse", "facts"]), dg.AssetKey(["warehouse", "relations"])],
    group_name="analytics",
    kinds={"python", "duckdb"},
    pool=DUCKDB_POOL,
    description=(
        "How each figure changed from the previous year. basis 'stated': the previous value implied by a change "
        "the report states (297.65万件, 比上年增长14.97% -> 2588936; a change in ‰, 个百分点 or 个千分点 is a difference of rates; "
        "增长N倍 is read as ×(N+1) and flagged, 是上年的N倍 as ×N). basis 'cross_document': the same body, region, scope, "
        "canonical metric and unit (a catalogued weight in its indicator's unit: 斤 as 吨) in the report of the previous "
        "year. Where both exist, `consistent` says "
        "whether they agree within the rounding of the printed figures. A run rebuilds only the regions with "
        "reports published or removed since the last build (all of them with full_refresh or new analytics "
        "code)."
    ),
)
def yoy_comparisons(context: dg.AssetExecutionContext, config: RefreshConfig,
                    warehouse: WarehouseResource) -> dg.MaterializeResult:
    with warehouse.get_connection() as con:
        regions = RegionRefresh(con, "yoy_comparisons", "analytics.yoy_comparisons", "coalesce(region_code, region)",
                                config.full_refresh)
        register_keys(con)
        con.execute(_PAIRS_SQL)
        facts, keys = {}, {}
        for r in con.execute(_FACT_SQL).fetchall():
            facts[r[0]] = in_own_unit(FactRow(*r[:-1]))
            keys[r[0]] = tuple(r[-1]) if r[-1] is not None else None
        pairs = con.execute(_STATED_SQL).fetchall()
        rows: list[dict] = []
        stated: dict[tuple, tuple[float, int]] = {}
        for cur_id, change_id in pairs:
            cur, change = facts[cur_id], facts[change_id]
            prev, reading = implied_previous(cur, change)
            rows.append(_row(cur, prev, "stated", f"{change.quote} ({reading})", None, change_id, None))
            if prev is not None and keys[cur_id] is not None:
                stated[(keys[cur_id], cur.year)] = (prev, len(rows) - 1)
        for cur_id, prev_id in con.execute("SELECT cur_id, prev_id FROM _yoy_pairs").fetchall():
            cur, prev = facts[cur_id], facts[prev_id]
            consistent = None
            implied = stated.get((keys[cur_id], cur.year))
            if implied is not None:
                consistent = agrees(implied[0], prev)
                rows[implied[1]]["consistent"] = consistent
                rows[implied[1]]["previous_doc_id"] = prev.doc_id
            rows.append(_row(cur, prev.value, "cross_document", None, prev.doc_id, None, consistent))
        with transaction(con):
            regions.replace_rows(lambda: insert_frame(con, "analytics.yoy_comparisons",
                                                      pl.DataFrame(rows, schema=YOY_SCHEMA)))
        meta = table_metadata(con, "analytics.yoy_comparisons",
                              "SELECT region, body, scope, metric, unit, year, value, "
                              "round(previous_value, 2) AS previous, round(change_pct, 2) AS change_pct, basis, "
                              "consistent FROM analytics.yoy_comparisons ORDER BY region, body, year")
        rebuilt = regions.describe()
    context.log.info(f"{rebuilt}; {len(pairs)} stated comparisons, {len(rows) - len(pairs)} across reports in them")
    return dg.MaterializeResult(metadata={**meta, "rebuilt": rebuilt})


# the facts that could stand for a series' year or part of a year: every fact with an indicator id (a change only as a growth or a
# change of an indicator), with its canonical scope and, for a template cell that holds a catalogued figure, that
# indicator (_scope_keys and _cell_metrics, see register_keys)
SERIES_CANDIDATES_SQL = f"""
SELECT d.region, d.region_code, d.admin_level, d.body, coalesce(c.metric_id, f.metric_id) AS metric_id, f.scope,
       f.metric, f.unit, f.kind, coalesce(f.year, d.report_year) AS year, f.value, f.approx, f.doc_id, f.fact_id,
       d.report_year, f.start, t.fact_id IS NOT NULL AS in_table, d.doc_type,
       d.doc_type = 'statistical_bulletin' AS bulletin, d.title,
       coalesce(strpos(f.sentence, f.quote) > 0 AND regexp_matches(
           regexp_extract(substr(f.sentence, 1, strpos(f.sentence, f.quote) - 1), '[^，,；;。]*$')
           || regexp_extract(substr(f.sentence, strpos(f.sentence, f.quote)), '^[^，,；;。]*'), '{REVISED}'), false)
           AS revised,  -- the clause that holds the figure marks it revised (yoy.REVISED)
       split_part({_SCOPE_KEY}, '|', 1) AS scope_kind, split_part({_SCOPE_KEY}, '|', 2) AS scope_name,
       {_PERIOD_SQL} AS period
FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id) {_KEY_JOINS}
     LEFT JOIN (SELECT DISTINCT fact_id FROM warehouse.table_cells WHERE fact_id IS NOT NULL) t USING (fact_id)
WHERE f.metric_id IS NOT NULL AND coalesce(f.year, d.report_year) IS NOT NULL AND f.{IN_REBUILT}
  AND coalesce(d.region_code, d.region, d.body) IS NOT NULL  -- a report of no known body or place is no one's series
"""
SERIES_COLUMNS = ["region", "region_code", "admin_level", "metric_id", "metric_name", "scope", "unit", "year", "period",
                  "value",
                  "approx", "doc_id", "fact_id", "n_candidates", "body", "scope_kind", "scope_name", "source",
                  "chosen_because", "fact_ids", "restatements_agree"]


SERIES_LISTED = 300  # rows of the series table in the metadata; every series is in analytics.metric_series
CHARTS = 6  # the most reported indicators get a chart each
# how a chart's legend names a canonical scope that has no name of its own (lib/catalog.canonical_scope)
UNNAMED_SCOPES = {"own_level": "本级", "government": "政府"}  # subregions are named by their level (县)


def in_indicator_units(candidates: pl.DataFrame) -> pl.DataFrame:
    """The candidates with each fact's unit and value in its indicator's unit (42.1亿斤 of grain in tonnes)."""
    converted = [in_indicator_unit(m, u, v) for m, u, v in candidates.select("metric_id", "unit", "value").iter_rows()]
    return candidates.with_columns(unit=pl.Series([u for u, _ in converted], dtype=pl.Utf8),
                                   value=pl.Series([v for _, v in converted], dtype=pl.Float64))


def chart_panels(series: pl.DataFrame) -> list[Panel]:
    """A panel per indicator and unit, the most reported first, each with every series, the longest first."""
    by_metric = (series.group_by("metric_id", "metric_name", "unit").len()
                 .sort(["len", "metric_id", "unit"], descending=[True, False, False], nulls_last=True))
    panels = []
    for metric_id, name, unit, _ in by_metric.iter_rows():
        sub = series.filter((pl.col("metric_id") == metric_id) & pl.col("unit").eq_missing(unit)).sort("year")
        # a line per series as metric_series keys them: body, region and canonical scope (not the phrase)
        lines = sorted((Series(region or code or "（无地区）",
                               None if kind == "whole" else scope or UNNAMED_SCOPES[kind],
                               tuple(zip(part["year"], part["value"])), body)
                        for (code, region, body, kind, scope), part in sub.group_by(
                            ["region_code", "region", "body", "scope_kind", "scope_name"])),
                       key=lambda s: (-len(s.points), s.label))
        panels.append(Panel(name or metric_id, unit, tuple(lines)))
    return panels


def series_charts(series: pl.DataFrame) -> tuple[list[str], list[tuple]]:
    """A chart (markdown the UI shows inline) for each of the most reported indicators, and a row for every series:
    metric, unit, region, body, scope, years, points, latest value and whether a chart draws it."""
    charts, rows = [], []
    for i, panel in enumerate(chart_panels(series)):
        text, drawn = panel_markdown(panel) if i < CHARTS else ("", 0)
        if drawn:
            charts.append(text)
        for k, s in enumerate(panel.series):
            years = [y for y, _ in s.points]
            rows.append((panel.metric, panel.unit, s.region, s.body, s.scope,
                         f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0]), len(years),
                         readable(s.points[-1][1], *magnitude([s.points[-1][1]])), "是" if k < drawn else "否"))
    return charts, rows


@dg.asset(
    key=["analytics", "metric_series"],
    deps=[dg.AssetKey(["warehouse", "facts"]), dg.AssetKey(["warehouse", "documents"])],
    group_name="analytics",
    kinds={"python", "duckdb"},
    pool=DUCKDB_POOL,
    description=(
        "One row per body, region, indicator (lib/indicators.yaml), canonical scope (scope_kind, scope_name), year "
        "and period (the months of a quarter's or other part's figure, '' for the whole year): "
        "the figure chosen among the facts that give it (a later report's restatement marked revised, 修订后/核实后/修正为, "
        "naming the report; else the year's own report over a restatement elsewhere, a table "
        "cell over the narrative, then the first mention; chosen_because says which applied, fact_ids lists them "
        "all; a 人民政府's report that gives an indicator only for its 县政府/市政府 gives the whole's; an indicator a table prints only as its parts, as table four does the litigations, is their sum, "
        "source table_sum), ready for charts across bodies and years; a report of no known body and no known place gives none. "
        "The metadata shows a chart of each of the most reported "
        "indicators (chart 1, chart 2, ...) and a table of every whole-year series. A run rebuilds only the regions with "
        "reports published or removed since the last build."
    ),
)
def metric_series(context: dg.AssetExecutionContext, config: RefreshConfig,
                  warehouse: WarehouseResource) -> dg.MaterializeResult:
    names = {m.id: m.name for m in catalog()}
    with warehouse.get_connection() as con:
        regions = RegionRefresh(con, "metric_series", "analytics.metric_series", "region_code", config.full_refresh)
        register_keys(con)
        sums = {m.id: m.sum_of for m in catalog() if m.sum_of}
        candidates = in_indicator_units(con.sql(SERIES_CANDIDATES_SQL).pl())
        statistical = {m.id for m in catalog() if "statistical_bulletin" in m.genres}
        governments = {code: name for code in candidates["region_code"].drop_nulls().unique()
                       if (name := government_name(code))}
        candidates = statistics_as_place(candidates, statistical, governments)
        series = add_sums(choose_series(hall_as_whole(government_as_whole(candidates))), sums).with_columns(
            metric_name=pl.col("metric_id").replace_strict(names, default=None)).select(SERIES_COLUMNS)
        with transaction(con):
            regions.replace_rows(lambda: insert_frame(con, "analytics.metric_series", series))
        rebuilt = regions.describe()
        context.log.info(rebuilt)
        # the charts show every region's whole years, in a fixed order
        series = con.sql("SELECT * FROM analytics.metric_series WHERE period = '' "
                         "ORDER BY metric_id, region_code, body, scope NULLS FIRST, year").pl()
        meta = table_metadata(con, "analytics.metric_series",
                              "SELECT region, body, metric_name, scope, year, period, value, unit "
                              "FROM analytics.metric_series ORDER BY metric_id, region, body, year, period")
    if series.height:
        charts, rows = series_charts(series)
        drawn = sum(r[-1] == "是" for r in rows)
        listed = "them all" if len(rows) <= SERIES_LISTED else f"the first {SERIES_LISTED}, the charted ones first"
        meta["charts"] = (f"{len(charts)} of {len({r[:2] for r in rows})} indicators, {drawn} of {len(rows)} series "
                          f"drawn (chart 1 to {len(charts)}); the series table lists {listed}")
        for i, text in enumerate(charts, 1):
            meta[f"chart {i}"] = dg.MetadataValue.md(text)
        meta["series"] = table_records(rows[:SERIES_LISTED], ["metric", "unit", "region", "body", "scope", "years",
                                                              "points", "latest", "drawn"])
        meta["series_count"] = len(rows)
    return dg.MaterializeResult(metadata={**meta, "rebuilt": rebuilt})
