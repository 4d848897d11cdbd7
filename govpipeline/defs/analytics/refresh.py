"""Which regions an analytics table rebuilds: those of documents published or removed since it was last built.

Both analytics tables are built one region at a time (a comparison pairs figures of the same region; a series ranks
one region's figures), so rebuilding the touched regions gives the same table as rebuilding them all. New analytics
code, or a full refresh, rebuilds everything.
"""
from functools import lru_cache
from pathlib import Path

import duckdb

from govpipeline.lib import catalog, yoy
from govpipeline.lib.db import code_version
from govpipeline.lib.stages import now

IN_REBUILT = "doc_id IN (SELECT doc_id FROM _analytics_docs)"  # the documents of the regions being rebuilt


def _touched(key: str) -> str:
    """SQL: the region ``key`` names is being rebuilt (documents without a region form one too)."""
    return f"EXISTS (SELECT 1 FROM _analytics_keys k WHERE k.region_key IS NOT DISTINCT FROM {key})"


@lru_cache(maxsize=1)
def analytics_version() -> str:
    return code_version(Path(__file__).with_name("assets.py"), Path(__file__), Path(yoy.__file__),
                        Path(catalog.__file__), catalog.CATALOG_PATH)  # series read scopes and names


ANALYTICS_ASSETS = ("yoy_comparisons", "metric_series")


def analytics_behind(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The analytics tables that were not built from the documents the warehouse holds now, or were built by other
    code: what a run that died before or during them left undone."""
    return [f"analytics.{asset}" for asset in ANALYTICS_ASSETS if con.execute(f"""
        SELECT EXISTS (SELECT 1 FROM warehouse.documents d
                       FULL JOIN (SELECT * FROM analytics.analyzed_documents WHERE asset = '{asset}') a USING (doc_id)
                       WHERE a.published_at IS DISTINCT FROM d.published_at
                          OR a.code_version IS DISTINCT FROM '{analytics_version()}')""").fetchone()[0]]


class RegionRefresh:
    """The regions ``asset`` rebuilds in this run, as the temp table ``_analytics_docs`` of their documents.

    ``region_key`` is a SQL expression over the columns region_code and region, which both warehouse.documents and
    the asset's table have: coalesce(region_code, region) for comparisons, region_code for series. Documents without
    one form one region of their own."""

    def __init__(self, con: duckdb.DuckDBPyConnection, asset: str, table: str, region_key: str, full_refresh: bool):
        self.con, self.asset, self.table, self.key = con, asset, table, region_key
        stale, built = con.execute(
            "SELECT count(*) FILTER (WHERE code_version <> $version), count(*) FROM analytics.analyzed_documents "
            "WHERE asset = $asset", {"asset": asset, "version": analytics_version()}).fetchone()
        self.everything = full_refresh or stale > 0 or built == 0
        documents = f"SELECT doc_id, published_at, {region_key} AS region_key FROM warehouse.documents"
        # a report's region may change unpublished: the warehouse joins a county's reports to the district it was
        # made while the district's reports are there (warehouse/assets._name_renamed_bodies); both regions rebuild
        if self.everything:
            con.execute(f"CREATE OR REPLACE TEMP TABLE _analytics_keys AS SELECT DISTINCT region_key FROM ({documents})")
        else:
            con.execute(f"""
                CREATE OR REPLACE TEMP TABLE _analytics_keys AS
                SELECT DISTINCT region_key FROM (
                    SELECT d.region_key FROM ({documents}) d LEFT JOIN analytics.analyzed_documents a
                        ON a.asset = $asset AND a.doc_id = d.doc_id
                    WHERE a.published_at IS DISTINCT FROM d.published_at OR a.region_key IS DISTINCT FROM d.region_key
                    UNION ALL
                    SELECT a.region_key FROM analytics.analyzed_documents a LEFT JOIN ({documents}) d USING (doc_id)
                    WHERE a.asset = $asset AND (a.published_at IS DISTINCT FROM d.published_at
                                                OR a.region_key IS DISTINCT FROM d.region_key))""", {"asset": asset})
        con.execute(f"CREATE OR REPLACE TEMP TABLE _analytics_docs AS SELECT doc_id FROM ({documents}) d "
                    f"WHERE {_touched('d.region_key')}")
        self.regions = con.execute("SELECT count(*) FROM _analytics_keys").fetchone()[0]

    def replace_rows(self, insert) -> None:
        """Inside the caller's transaction: drop the rebuilt regions' rows, ``insert()`` the new ones, and record
        what they were built from."""
        if self.everything:
            self.con.execute(f"DELETE FROM {self.table}")
            self.con.execute("DELETE FROM analytics.analyzed_documents WHERE asset = $asset", {"asset": self.asset})
        else:
            self.con.execute(f"DELETE FROM {self.table} WHERE {_touched(self.key)}")  # the key names outer columns
            self.con.execute("DELETE FROM analytics.analyzed_documents a WHERE a.asset = $asset "
                             f"AND {_touched('a.region_key')}", {"asset": self.asset})
        insert()
        self.con.execute(
            f"""INSERT INTO analytics.analyzed_documents (asset, doc_id, published_at, region_key, code_version,
                                                          analyzed_at)
                SELECT $asset, doc_id, published_at, {self.key}, $version, $now FROM warehouse.documents
                WHERE {IN_REBUILT}""", {"asset": self.asset, "version": analytics_version(), "now": now()})

    def describe(self) -> str:
        n_docs = self.con.execute("SELECT count(*) FROM _analytics_docs").fetchone()[0]
        what = "every region" if self.everything else f"{self.regions} region(s) with new, changed or removed reports"
        return f"rebuilt {what}: {n_docs} report(s)"
