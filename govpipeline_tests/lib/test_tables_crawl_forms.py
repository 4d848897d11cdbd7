"""The template's tables in the crawled and converted forms of round 13 (fixtures/tables_crawl_forms_blind, a blind
round), and the classes its misses stood for, each tested in a form of its own."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from govpipeline.lib.normalize import normalize_text
from govpipeline.lib.template import parse_tables
from govpipeline_tests import template_forms as forms
from govpipeline_tests.table_files import figures
from govpipeline_tests.tables_crawl_forms import BLIND, ROUND_B, _parts, one_line
from govpipeline_tests.tables_one_line_score import answers, score

BLIND_SET = Path(__file__).parents[1] / "fixtures" / "tables_crawl_forms_blind"
BLIND_B = Path(__file__).parents[1] / "fixtures" / "tables_crawl_forms_blind_b"
HELD_OUT = Path(__file__).parents[1] / "fixtures" / "tables_crawl_forms_heldout"  # measured once, after the fixes


def _cells(text: str, year: int = 2022) -> dict:
    parsed = parse_tables(normalize_text(text).text, year)
    return {(c.table_id, c.row_key, c.column.key): c.value for c in parsed.cells if not c.derived}


def _zeros(cells: dict) -> dict:
    return {k: v or 0 for k, v in cells.items()}


@pytest.mark.parametrize(("folder", "name"), [(f, n) for f in (BLIND_SET, BLIND_B, HELD_OUT)
                                                for n in sorted(answers(f))])
def test_crawled_forms_read_no_wrong_cell_and_no_silent_one(folder, name):
    s = score(name, folder)
    assert s.wrong == []
    assert s.silent == []


def test_the_blind_sets_are_the_ones_their_builder_writes():
    assert set(answers(BLIND_SET)) == set(BLIND)
    assert set(answers(BLIND_B)) == set(ROUND_B)


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("edition", ["2019", "2021"])
def test_none_word_for_zero_where_cells_run_together_is_a_blank_cell(edition, numbered):
    """0 printed 无 on a page that runs every cell into the next (3无无无无无3, 属于国家秘密无无无无无无无2.其他…): 无
    beside a figure or another 无 is a blank cell, 无 of a label's word (（四）无法提供, 4.无正当理由…) stays a word.
    Labels without their numbers run on after a row's 无s (…无无无法提供…): the 无 of 无法提供 and 无正当理由 is the
    label's. Before, 无无 and a 无 touching a figure were read as words and the rows went unread. 表三 and 表四 are read whole
    (their identities settle each run); 表二's runs with no 无 among them have no sum to settle them and may stay
    unread, never wrong."""
    tabbed, year = (forms.as_lines_2019(), 2019) if edition == "2019" else (forms.as_lines(), 2022)
    expected = _zeros(_cells(tabbed, year))
    marked = re.sub(r"(?<=\t)0(?=\t|\n)", "无", tabbed)
    if not numbered:
        marked = re.sub(r"(?m)(^|\t)(?:（[一二三四五六七]）|\d\.)(?=[\u4e00-\u9fff])", r"\1", marked)
    head, body = marked.split("\n", 1)
    page = head + "\n" + "".join(c for line in body.split("\n") for c in line.split("\t") if c) + "\n"
    assert "无无" in page and re.search(r"\d无|无\d", page)
    assert numbered or "无无法提供" in page and "无无正当理由" in page
    got = _zeros(_cells(page, year))
    assert {k: v for k, v in got.items() if expected.get(k) != v} == {}
    assert {k for k in expected if k[0] != "t2"} <= set(got)


@pytest.mark.parametrize("unit", ["件", "项"])
@pytest.mark.parametrize("sep", ["\t", " "])
def test_a_count_printed_with_its_unit_is_one_cell(unit, sep):
    """Every figure printed with its unit (12件, 0项), in tab rows and on one line a space apart: each is one cell of
    its value; its unit cuts no row (0件 2.其他… is a cell, then the next item's number)."""
    tabbed = forms.as_lines()
    expected = _cells(tabbed)
    suffixed = re.sub(r"(?<=\t)(\d+)(?=\t|\n)", rf"\g<1>{unit}", tabbed)
    page = suffixed if sep == "\t" else forms.one_line(suffixed.replace("\t", " "))
    assert _cells(page) == expected


@pytest.mark.parametrize("furniture", ["- 12 -", "第12页共19页", "第 12 页 / 共 19 页", "共19页 第12页"])
def test_a_page_number_a_crawl_left_inside_a_table_on_one_line_is_no_cell(furniture):
    """A PDF's page break crawled onto one line inside 表三 (before （四）) and inside 表四 (before its figures), with
    the page's number and the site's name between the parts. The number is no cell (12 and 19 were read as 表四's
    first figures, 12 as the end of a 表三 row); the figures around it are read as without it."""
    tabbed = forms.as_lines()
    expected = _cells(forms.one_line(tabbed))
    lines = tabbed.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("（四）无法提供"))
    lines[at:at] = [furniture, "某某县人民政府网站"]
    figures = max(i for i, line in enumerate(lines) if line.startswith("结果维持"))
    lines[figures + 1:figures + 1] = [furniture]
    assert _cells(forms.one_line("\n".join(lines))) == expected


def test_dashes_set_apart_among_figures_set_apart_stay_blank_cells():
    """On a page whose cells are a space apart with 0 printed -, a row's - 3 - is a blank, 3 and a blank, no page
    number: the spaces stand outside its dashes too."""
    tabbed = forms.as_lines()
    expected = _zeros(_cells(tabbed))
    marked = re.sub(r"(?<=\t)0(?=\t|\n)", "-", tabbed)
    assert re.search(r"\t-\t\d+\t-\t", marked)
    head, body = marked.split("\n", 1)
    page = head + "\n" + " ".join(c for line in body.split("\n") for c in line.split("\t") if c) + "\n"
    assert _zeros(_cells(page)) == expected


@pytest.mark.parametrize(("seed", "edition", "mark"), [(506, "2021", "—"), (529, "2019", "—"), (511, "2021", "无"),
                                                        (550, "2019", "无")])
def test_a_blank_outcome_cell_counts_0_in_the_column_sums_that_settle_a_split(seed, edition, mark):
    """Cells run together with 0 printed as a mark: where （七）总计's run (or 一's) can be cut two ways, the outcome
    rows' sum down each column settles it, a blank outcome cell counting 0. Before, a column with any blank outcome
    cell stated no sum, and a table of marks had few columns left to settle the run: both rows went unread."""
    f = figures(seed, edition)
    page = one_line(_parts([(f, "青石县档案馆", {"zero": mark})]), "")
    parsed = parse_tables(normalize_text(page).text, f.year)
    got = {f"t3.{c.row_key}.{c.column.key}": c.value or 0 for c in parsed.cells if not c.derived and c.table_id == "t3"}
    assert got == {k: v for k, v in f.cells().items() if k.startswith("t3.")}


@pytest.mark.parametrize("furniture", ["第3页 共8页", "第3页共8页", "- 3 -"])
def test_a_page_number_inside_a_row_label_on_one_line_leaves_the_row_whole(furniture):
    """A PDF row cut by its page break keeps its cells on one line: the break falls inside its label (没有现成信息 |
    需要另行制作), and the crawl puts the page's number there. The label is read as one, its figures as its own."""
    tabbed = forms.as_lines()
    expected = _cells(forms.one_line(tabbed))
    cut = tabbed.replace("没有现成信息需要", f"没有现成信息{furniture}某某区政府网站需要", 1)
    assert cut != tabbed
    assert _cells(forms.one_line(cut)) == expected


@pytest.mark.parametrize("furniture", ["- 5 -", "第 5 页", "共9页 第5页"])
def test_a_page_number_between_pipe_joined_cells_is_no_cell(furniture):
    """A page on one line whose cells are joined by ' | ', with a PDF page's number as a cell of its own between two
    表三 rows and between 表四's header and figures: it is no cell (before, - 2 - ran on as the row's eighth cell
    and the row went unread)."""
    piped = forms.as_lines(sep=" | ")
    expected = _cells(piped)
    lines = piped.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("（三）不予公开"))
    lines[at:at] = [furniture, "某某市人民政府门户网站"]
    lines.insert(len(lines) - lines[::-1].index(next(x for x in lines[::-1] if x.startswith("结果维持"))), furniture)
    head, body = "\n".join(lines).split("\n", 1)
    page = head + "\n" + " | ".join(x for x in body.split("\n") if x) + "\n"
    assert f" | {furniture} | " in page
    assert _cells(page) == expected
