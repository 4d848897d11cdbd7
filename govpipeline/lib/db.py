"""DuckDB helpers: the schema from warehouse.sql, transactions, and writes that follow the column contract."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import duckdb
import polars as pl

DDL_PATH = Path(__file__).with_name("warehouse.sql")
SCHEMAS = ("raw", "normalized", "extracted", "warehouse", "analytics", "quality")


def ddl() -> str:
    return DDL_PATH.read_text(encoding="utf-8")


def ddl_version() -> str:
    return hashlib.sha256(ddl().encode("utf-8")).hexdigest()[:16]


def inline_comments(text: str) -> dict[tuple[str, str], str]:
    """The ``--`` comment after each column of the DDL's CREATE TABLE statements, with the comment lines under it
    (aligned with it: a comment line elsewhere is a note on the lines below, not part of a description)."""
    comments: dict[tuple[str, str], str] = {}
    table = column = None
    at = -1  # where the current column's comment starts
    for line in text.splitlines():
        if start := re.match(r"CREATE TABLE IF NOT EXISTS (\w+\.\w+) \(", line):
            table, column = start.group(1), None
        elif line.startswith(")"):
            table = None
        elif table and (definition := re.match(r'\s+"?(\w+)"?\s+[A-Z][^-]*(?:--\s*(.*))?$', line)):
            column, at = definition.group(1), line.find("--")
            if definition.group(2):
                comments[(table, column)] = definition.group(2).strip()
        elif table and column and (more := re.match(r"\s+--\s*(.*)$", line)) and (table, column) in comments \
                and line.find("--") == at:
            comments[(table, column)] += " " + more.group(1).strip()
    return comments


def _comment(con: duckdb.DuckDBPyConnection, table: str, column: str, comment: str) -> None:
    quoted = comment.replace("'", "''")  # COMMENT ON takes no parameters
    con.execute(f"""COMMENT ON COLUMN {table}."{column}" IS '{quoted}'""")


def _describe_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Every column's comment, which the UI shows: its COMMENT ON statement, else the ``--`` comment beside it, else
    the comment of the column it copies: the same column of the warehouse table of its name (extracted.facts ->
    warehouse.facts, normalized.documents -> warehouse.documents), else of warehouse.documents or warehouse.facts."""
    for (table, column), comment in inline_comments(ddl()).items():
        current = con.execute("SELECT comment FROM duckdb_columns() WHERE schema_name || '.' || table_name = ? "
                              "AND column_name = ?", [table, column]).fetchone()
        if current is not None and current[0] is None:
            _comment(con, table, column, comment)
    missing = con.execute(
        """SELECT c.schema_name, c.table_name, c.column_name,
                  coalesce(w.comment, d.comment, f.comment) FROM duckdb_columns() c
           LEFT JOIN duckdb_columns() w ON w.schema_name = 'warehouse' AND w.table_name = c.table_name
                                       AND w.column_name = c.column_name
           LEFT JOIN duckdb_columns() d ON d.schema_name = 'warehouse' AND d.table_name = 'documents'
                                       AND d.column_name = c.column_name
           LEFT JOIN duckdb_columns() f ON f.schema_name = 'warehouse' AND f.table_name = 'facts'
                                       AND f.column_name = c.column_name
           WHERE c.comment IS NULL AND c.schema_name IN (SELECT unnest(?::VARCHAR[]))
             AND coalesce(w.comment, d.comment, f.comment) IS NOT NULL""", [list(SCHEMAS)]).fetchall()
    for schema, table, column, comment in missing:
        _comment(con, f"{schema}.{table}", column, comment)


def code_version(*paths: Path, upstream: str = "") -> str:
    """A stamp of the code that derived some rows: stored with them, it says when new code must derive them again.
    ``upstream`` is the stamp of the code that derived their input, so that new code there counts too."""
    digest = hashlib.sha256(upstream.encode("ascii"))
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def storage_path(path: str | Path) -> Path:
    """Where the database bytes live for a configured path.

    DuckDB names a file's catalog after its stem, so ``warehouse.duckdb`` holding a schema ``warehouse`` makes every
    ``warehouse.facts`` ambiguous. Such a path becomes a symlink to ``govpipeline_<stem>.duckdb``: DuckDB resolves an
    existing link and names the catalog after the target, so users still open the path they configured.
    """
    path = Path(path)
    if path.stem not in SCHEMAS:
        return path
    return path.with_name(f"govpipeline_{path.stem}{path.suffix}")


def prepare_database_file(path: str | Path) -> Path:
    """Create the folder and, where needed, the symlink; return the file to connect to (the link's target:
    through a link whose target does not exist yet, DuckDB would name the new catalog after the link)."""
    path = Path(path).absolute()
    path.parent.mkdir(parents=True, exist_ok=True)
    target = storage_path(path)
    if target != path:
        if path.is_symlink():
            if Path(path.readlink()).name != target.name:
                path.unlink()
        elif path.exists():
            raise FileExistsError(
                f"{path} is a DuckDB file whose name clashes with its '{path.stem}' schema; move it away so that "
                f"govpipeline can keep the database in {target.name} with {path.name} linking to it")
        if not path.is_symlink():
            path.symlink_to(target.name)
    return target


def working_path(published: Path) -> Path:
    """The copy of the database that runs write. Readers open the published file, which only a finished run
    replaces, whole (``publish``). Named so that DuckDB gives it the published file's catalog name (the part of the
    name before the first dot)."""
    return published.with_name(f"{published.stem}.working{published.suffix}")


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def prepare_working_copy(published: Path) -> Path:
    """The working copy, begun from the published file when a warehouse of an earlier govpipeline (one file that
    runs wrote in place) has none yet."""
    working = working_path(published)
    if not working.exists() and published.exists():
        begun = working.with_name(working.name + ".begin")
        shutil.copyfile(published, begun)
        if _wal(published).exists():  # committed work not yet checkpointed into the file
            shutil.copyfile(_wal(published), _wal(working))
        begun.replace(working)
    return working


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_size, st.st_mtime_ns


def snapshot_current(published: Path) -> bool:
    """Whether the published file is the working copy as the last run left it: a publish gives it the working
    copy's size and modification time, and any later write changes the working copy's."""
    working = _signature(working_path(published))
    return working is None or working == _signature(published)


def publish(published: Path) -> int:
    """Replace the published file with a copy of the (checkpointed, closed) working copy in one rename: a reader
    that has the file open keeps reading the old snapshot, one that opens it after sees the new one, none sees a
    file in between. Returns the bytes copied."""
    working = working_path(published)
    if _wal(working).exists():
        raise RuntimeError(f"{working} has a write-ahead log: it is open in another process, or was not checkpointed")
    signature = _signature(working)
    partial = published.with_name(published.name + ".publishing")
    shutil.copyfile(working, partial)
    with open(partial, "rb+") as f:
        os.fsync(f.fileno())
    os.utime(partial, ns=(signature[1], signature[1]))
    _wal(published).unlink(missing_ok=True)  # only an earlier govpipeline wrote the published file in place
    partial.replace(published)
    if _signature(working) != signature:
        raise RuntimeError(f"{working} changed while it was published; the next run publishes it again")
    return signature[0]


def stored_version(con: duckdb.DuckDBPyConnection) -> str | None:
    """The contract version the database was built with (None for a new file); works on read-only connections."""
    try:
        row = con.execute("SELECT version FROM meta.schema_version").fetchone()
    except duckdb.CatalogException:
        return None
    return row[0] if row else None


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create every table; rebuild them all when the contract in warehouse.sql has changed."""
    stored, version = stored_version(con), ddl_version()
    if stored == version:
        return
    with transaction(con):
        if stored is not None:
            for schema in SCHEMAS:
                con.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        con.execute("CREATE SCHEMA IF NOT EXISTS meta")
        con.execute("CREATE TABLE IF NOT EXISTS meta.schema_version (version VARCHAR NOT NULL)")
        con.execute(ddl())
        _describe_columns(con)
        con.execute("DELETE FROM meta.schema_version")
        con.execute("INSERT INTO meta.schema_version VALUES (?)", [version])


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction: committed when the block ends, rolled back (previous contents intact) when it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    schema, name = table.split(".")
    rows = con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = ? AND table_name = ? ORDER BY column_index",
        [schema, name],
    ).fetchall()
    if not rows:
        raise LookupError(f"no table {table}")
    return [r[0] for r in rows]


def column_descriptions(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str, bool, str | None]]:
    """(name, type, nullable, comment) of each column, for the UI's column schema."""
    schema, name = table.split(".")
    return con.execute(
        "SELECT column_name, data_type, is_nullable, comment FROM duckdb_columns() "
        "WHERE schema_name = ? AND table_name = ? ORDER BY column_index",
        [schema, name],
    ).fetchall()


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    """Insert with an explicit column list taken from the table; a frame that breaks the contract raises."""
    columns = table_columns(con, table)
    missing = [c for c in columns if c not in frame.columns]
    extra = [c for c in frame.columns if c not in columns]
    if missing or extra:
        raise ValueError(f"{table}: frame does not match the column contract (missing {missing}, unexpected {extra})")
    if frame.height == 0:
        return 0
    quoted = ", ".join(f'"{c}"' for c in columns)
    con.register("_govpipeline_frame", frame.select(columns))
    try:
        con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM _govpipeline_frame")
    finally:
        con.unregister("_govpipeline_frame")
    return frame.height


def delete_docs(con: duckdb.DuckDBPyConnection, table: str, doc_ids: Sequence[str], column: str = "doc_id") -> None:
    """Delete the rows of ``table`` whose ``column`` (doc_id, or the file_id of a file's reports) is in ``doc_ids``."""
    if not doc_ids:
        return
    con.register("_govpipeline_ids", pl.DataFrame({"doc_id": list(doc_ids)}, schema={"doc_id": pl.Utf8}))
    try:
        con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT doc_id FROM _govpipeline_ids)")
    finally:
        con.unregister("_govpipeline_ids")


def count_rows(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


CHUNK = 500  # documents processed and inserted at a time, so memory stays flat as a corpus grows


def chunks(items: Sequence, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def rows_for_ids(con: duckdb.DuckDBPyConnection, sql: str, doc_ids: Sequence[str]) -> list[tuple]:
    """Run ``sql``, which selects from ``_govpipeline_ids(doc_id)``, for these documents."""
    con.register("_govpipeline_ids", pl.DataFrame({"doc_id": list(doc_ids)}, schema={"doc_id": pl.Utf8}))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.unregister("_govpipeline_ids")


def pending_documents(con: duckdb.DuckDBPyConnection, upstream: str, own: str, version: str,
                      full_refresh: bool, link: str = "doc_id") -> tuple[list[str], list[str]]:
    """(upstream documents to (re)process, upstream ids whose rows to remove) for a layer ``own`` that derives from
    ``upstream``: new or changed content (by sha256) upstream, rows derived by other code than ``version``, and rows
    whose upstream document is gone or failed. ``link`` is the column of ``own`` that holds the upstream doc_id
    (file_id where a file gives one row per report it holds)."""
    # no query parameters: duckdb imports pandas (0.6 s) the first time a process binds one
    todo = [r[0] for r in con.execute(
        f"""SELECT DISTINCT u.doc_id FROM {upstream} u LEFT JOIN {own} o ON o.{link} = u.doc_id
            WHERE u.error IS NULL AND ({bool(full_refresh)} OR o.sha256 IS DISTINCT FROM u.sha256
                                       OR o.code_version IS DISTINCT FROM '{version}')
            ORDER BY u.doc_id""").fetchall()]
    gone = [r[0] for r in con.execute(
        f"""SELECT DISTINCT o.{link} FROM {own} o LEFT JOIN {upstream} u ON u.doc_id = o.{link}
            WHERE u.doc_id IS NULL OR u.error IS NOT NULL ORDER BY 1""").fetchall()]
    return todo, gone


def layers_behind(con: duckdb.DuckDBPyConnection, layers: Sequence[tuple[str, str, str, str]]) -> list[str]:
    """Of ``layers`` ((upstream table, own table, code version, link column), in pipeline order), those with documents still to
    process or remove: what an interrupted or failed run left undone, or what new code must derive again."""
    return [own for upstream, own, version, link in layers
            if any(pending_documents(con, upstream, own, version, False, link))]


PUBLISHED = ("warehouse.documents", "warehouse.document_texts", "warehouse.facts", "warehouse.relations",
             "warehouse.enumerations", "warehouse.table_cells", "warehouse.table_issues", "warehouse.quarantine",
             "analytics.yoy_comparisons", "analytics.metric_series", "quality.findings")


def column_reference() -> str:
    """The README's column reference of the tables researchers query, from the DDL's comments
    (``python -m govpipeline.lib.db`` prints it)."""
    con = duckdb.connect()
    ensure_schema(con)
    parts = []
    for table in PUBLISHED:
        rows = ["| `{}` | {} | {} |".format(name, dtype, (comment or "").replace("|", "\\|"))
                for name, dtype, _, comment in column_descriptions(con, table)]
        parts.append(f"<details><summary><code>{table}</code></summary>\n\n| column | type | description |\n"
                     "|---|---|---|\n" + "\n".join(rows) + "\n\n</details>")
    return "\n".join(parts)


if __name__ == "__main__":
    print(column_reference())
