"""The column contract's descriptions: every column has one, from the DDL, and the README shows them."""
import duckdb

from govpipeline.lib.db import SCHEMAS, column_reference, ensure_schema, inline_comments
from govpipeline_tests.conftest import REPO


def test_every_column_of_every_table_is_described():
    con = duckdb.connect()
    ensure_schema(con)
    columns = con.execute("SELECT schema_name || '.' || table_name, column_name, comment FROM duckdb_columns() "
                          "WHERE schema_name IN (SELECT unnest(?::VARCHAR[]))", [list(SCHEMAS)]).fetchall()
    assert len(columns) > 200
    assert [(t, c) for t, c, comment in columns if not comment] == []
    described = {(t, c): comment for t, c, comment in columns}
    # a comment beside a column, continued on the lines under it
    assert described[("warehouse.table_cells", "table_id")].startswith("t2 主动公开")
    assert described[("warehouse.table_cells", "table_id")].endswith("(row r1…, column c1…)")
    # an extracted table's column copies the description of the column it is published as
    assert described[("extracted.facts", "quote")] == described[("warehouse.facts", "quote")]


def test_inline_comments_follow_their_column():
    ddl = ("CREATE TABLE IF NOT EXISTS s.t (\n    a  VARCHAR NOT NULL,   -- first\n"
           "                           -- and more\n    -- a note on the columns below\n    b  INTEGER,\n"
           "    \"end\" INTEGER  -- last\n);\n")
    # a comment line not aligned with the column's comment is a note on what follows, not part of a description
    assert inline_comments(ddl) == {("s.t", "a"): "first and more", ("s.t", "end"): "last"}


def test_the_readme_shows_the_ddl_descriptions():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown = readme.split("<!-- columns -->\n")[1].split("\n<!-- /columns -->")[0]
    assert shown == column_reference()
