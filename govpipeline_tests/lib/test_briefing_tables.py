"""Briefings (通报) that rank departments in a table, in three forms (an HTML table, a crawled page on one line, a
PDF), keyed before the code ran on them (fixtures/briefing_tables_key.json): each table cell the key lists is read
by its row and column, the narrative figures are found, and the title, year, period, date and place are read. First
run: 42 of 60 cells (a score column and a one-line table with word columns unread, with no finding), two titles
missing. A rank column (排名) is not read, as 第3名 in a sentence is no statistic: the key's 6 rank cells are left."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from govpipeline.lib.stages import extract_document, normalize_document, read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
KEY = json.loads((FIXTURES / "briefing_tables_key.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def read() -> dict[str, tuple[dict, list[dict], list[dict]]]:
    found = {}
    for name in KEY:
        (norm,) = normalize_document(read_document(name, (FIXTURES / "briefing_tables" / name).read_bytes()))
        _, facts, _, _, cells, _ = extract_document(norm)
        found[name] = norm, facts, cells
    return found


@pytest.mark.parametrize("name", KEY)
def test_every_cell_but_the_ranks_is_read_by_its_row_and_column(read, name):
    _, _, cells = read[name]
    got = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    want = {(row, column): value for row, column, value in KEY[name]["cells"] if column != "排名"}
    assert {k: got.get(k) for k in want} == want
    assert not any(column == "排名" for _, column in got)


@pytest.mark.parametrize("name", KEY)
def test_the_narrative_figures_are_found(read, name):
    _, facts, _ = read[name]
    assert all(any(f["value"] == value and f["unit"] == unit for f in facts) for _, value, unit in KEY[name]["facts"])


@pytest.mark.parametrize("name", KEY)
def test_title_year_period_date_place(read, name):
    norm, _, _ = read[name]
    title, year, period, date, region, _ = KEY[name]["meta"]
    assert (norm["title"], norm["report_year"], norm["report_period"], str(norm["publish_date"]), norm["region_code"]) \
        == (title, year, period, date, region)


def test_a_rate_after_two_parts_is_of_their_whole_and_addressees_name_no_figure(read):
    assert "政务服务“好差评”系统收到评价:好评率(10月)" in {
        f["metric"] for f in read["weiyang_haochaping_2024_10.pdf"][1] if f["quote"] == "99.68%"}
    assert {f["metric"] for f in read["jianou_websites_2024h1.txt"][1] if f["quote"] == "46个"} \
        == {"检查政务新媒体(上半年)"}
