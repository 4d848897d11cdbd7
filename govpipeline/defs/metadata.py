"""What the Dagster UI shows for a table: row counts, column schema with the contract's comments, a preview."""
from __future__ import annotations

import duckdb
import dagster as dg
from pydantic import Field

from govpipeline.lib.db import column_descriptions, count_rows

DUCKDB_POOL = "duckdb"  # every writer takes this pool; its limit of 1 (dagster.yaml) queues concurrent runs


class RefreshConfig(dg.Config):
    full_refresh: bool = Field(
        default=False,
        description="Reprocess every document, not only new or changed ones and those derived by an older govpipeline")


def markdown_table(rows: list[tuple], columns: list[str], width: int = 60) -> str:
    def cell(v: object) -> str:
        s = "" if v is None else str(v)
        s = s.replace("|", "\\|").replace("\n", " ")
        return s if len(s) <= width else s[: width - 1] + "…"

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def table_records(rows: list[tuple], columns: list[str]) -> dg.TableMetadataValue:
    """Rows as a metadata table, which the UI shows inline (markdown of 1,000 characters or more only behind a
    "[Show Markdown]" link)."""
    def cell(v: object) -> object:
        return v if v is None or isinstance(v, (str, int, float, bool)) else str(v)

    return dg.MetadataValue.table(
        records=[dg.TableRecord(dict(zip(columns, map(cell, row)))) for row in rows],
        schema=dg.TableSchema(columns=[dg.TableColumn(c) for c in columns]))


def table_metadata(con: duckdb.DuckDBPyConnection, table: str, preview_sql: str | None = None,
                   limit: int = 10) -> dict:
    schema = dg.TableSchema(columns=[
        dg.TableColumn(name, dtype, description=comment,
                       constraints=dg.TableColumnConstraints(nullable=nullable))
        for name, dtype, nullable, comment in column_descriptions(con, table)
    ])
    sql = preview_sql or f"SELECT * FROM {table}"
    cur = con.execute(f"SELECT * FROM ({sql}) LIMIT {limit}")
    columns = [d[0] for d in cur.description]
    rows = cur.fetchall()  # before the next query on this connection, which would discard the pending result
    return {
        "dagster/row_count": dg.MetadataValue.int(count_rows(con, table)),
        "dagster/column_schema": schema,
        "dagster/table_name": table,
        "preview": table_records(rows, columns),
    }
