"""The template's tables on one-line crawled pages (fixtures/tables_one_line_blind, a blind round), and the classes
its misses stood for, each tested in a form of its own."""
from __future__ import annotations

import re

import pytest

from govpipeline.lib.metadata import report_spans
from govpipeline.lib.normalize import normalize_text
from govpipeline.lib.template import parse_tables
from govpipeline_tests import template_forms as forms
from govpipeline_tests.tables_one_line_score import BLIND, HELD_OUT, answers, score


def _cells(text: str, year: int = 2022) -> dict:
    parsed = parse_tables(normalize_text(text).text, year)
    return {(c.table_id, c.row_key, c.column.key): c.value for c in parsed.cells if not c.derived}


@pytest.mark.parametrize("mark", ["／", "-", "—"])
def test_a_blank_mark_before_the_next_items_number_ends_the_row(mark):
    """Cells a space apart with a 0 printed as a mark: the mark, then the next item's number (… ／ 2.其他…) is a
    blank cell and an item's number, not words of the next label."""
    tabbed = forms.as_lines()
    expected = _cells(tabbed)
    marked = re.sub(r"(?<=\t)0(?=\t|\n)", mark, tabbed)
    head, body = marked.split("\n", 1)
    page = head + "\n" + " ".join(c for line in body.split("\n") for c in line.split("\t") if c) + "\n"
    assert {k: v or 0 for k, v in _cells(page).items()} == {k: v or 0 for k, v in expected.items()}


@pytest.mark.parametrize(("folder", "name"), [(f, n) for f in (BLIND, HELD_OUT) for n in sorted(answers(f))])
def test_one_line_pages_read_no_wrong_cell_and_no_silent_one(folder, name):
    s = score(name, folder)
    assert s.wrong == []
    assert s.silent == []


def test_a_report_opened_by_the_forms_preamble_then_its_first_heading_is_told_apart_on_one_line():
    """Two bodies' reports crawled onto one line: the second's title, its preamble on 本报告 (no 一、 before the
    first full stop), then 一、总体情况. It starts a report of its own; before, its text was read as the first's."""
    def one(who: str, year: int, received: int) -> str:
        return (f"{who}{year}年度政府信息公开工作年度报告 本年度报告依据《中华人民共和国政府信息公开条例》要求编写。"
                f"所列数据的统计期限为{year}年1月1日至12月31日。 一、总体情况 {year}年，{who}扎实推进政务公开，"
                f"全年受理政府信息公开申请{received}件，均按期答复。持续规范政府信息公开指南和目录，做好政策文件解读，"
                "及时回应群众关切。 二、存在的主要问题及改进情况 "
                "公开栏目更新不够及时，解读材料形式较为单一。下一步将完善制度，加强培训。")
    page = one("临川区医疗保障局", 2022, 17) + " " + one("临川区医疗保障局", 2023, 25) + "\n"
    norm = normalize_text(page)
    spans = report_spans(norm.text, norm.page_info)
    assert [norm.text[s:e].split(" ")[0] for s, e in spans] == ["临川区医疗保障局2022年度政府信息公开工作年度报告",
                                                              "临川区医疗保障局2023年度政府信息公开工作年度报告"]


@pytest.mark.parametrize("edition", ["2019", "2021"])
def test_other_handling_and_the_total_named_without_their_numbers(edition):
    """表三's （六）其他处理 (the 2019 edition's one row) and （七）总计 printed as 其他处理 and 总计, on one line with
    cells a space apart: each names its row after the row before it (the header's 总计 column names none)."""
    tabbed = forms.as_lines_2019() if edition == "2019" else forms.as_lines()
    year = 2019 if edition == "2019" else 2022
    expected = _cells(tabbed, year)
    unnumbered = tabbed.replace("（六）其他处理\t", "其他处理\t").replace("（七）总计", "总计")
    head, body = unnumbered.split("\n", 1)
    page = head + "\n" + " ".join(c for line in body.split("\n") for c in line.split("\t") if c) + "\n"
    assert ("t3", "r7_total", "total") in expected
    assert _cells(page, year) == expected


def test_table_three_without_its_total_column_run_together_is_read_by_the_column_identities():
    """表三 printed without its 总计 column, on a page that runs each row's figures together: the header names no
    总计, so a row is six cells; a run of six digits is six cells, and the others are settled by the sums down the
    columns (the outcome rows add up to （七）总计, 一 + 二 = （七） + 四), never by a guess."""
    tabbed = forms.as_lines()
    expected = {k: v for k, v in _cells(tabbed).items() if k[0] == "t3" and k[2] != "total"}
    lines = []
    for line in tabbed.split("\n"):
        cells = line.split("\t")
        if cells[-1:] and cells[-1].isdigit() and len([c for c in cells if c.isdigit()]) == 7:
            cells = cells[:-1]  # each 表三 row's 总计
        lines.append("\t".join(c for c in cells if c != "总计" or cells[0] != "自然人"))  # and the header's
    got = {k: v for k, v in _cells(forms.one_line("\n".join(lines))).items() if k[0] == "t3"}
    assert not any(k[2] == "total" for k in got)
    assert {k: got[k] for k in got} == {k: expected[k] for k in got}  # no cell read wrong
    assert set(got) == set(expected)  # and every one read


def test_a_second_reports_tables_run_on_after_the_first_are_a_finding_not_passed_over():
    """Two years' reports run together on one line with nothing to tell them apart: the first's tables are read,
    and the second's, printed after them, are named by a finding on each table instead of being passed over."""
    first = forms.one_line(forms.as_lines())
    second = forms.one_line(forms.as_lines().replace("2022年", "2023年")).replace("\n", "")
    parsed = parse_tables(normalize_text(first.rstrip("\n") + second + "\n").text, 2022)
    assert {(c.table_id, c.row_key, c.column.key): c.value for c in parsed.cells if not c.derived} == \
        _cells(forms.one_line(forms.as_lines()))
    again = {i["table_id"] for i in parsed.issues if i["row_key"] is None and "printed again" in i["raw"]}
    assert again == {"t2", "t3", "t4"}
    assert not any("printed again" in i["raw"] for i in parse_tables(normalize_text(first).text, 2022).issues)


def test_none_printed_for_zero_among_figures_set_apart_is_a_blank_cell():
    """0 printed as 无 among figures an ideographic space apart (12　无　无　35): each 无 that stands alone is a blank
    cell; the 无 of a label (（四）无法提供, 4.无正当理由大量反复申请) stays a word. Before, the row's figures after a 无
    were taken for the next label's and its 总计 was read from the wrong figure."""
    tabbed = forms.as_lines_2019()
    expected = _cells(tabbed, 2019)
    marked = re.sub(r"(?<=\t)0(?=\t|\n)", "无", tabbed)
    head, body = marked.split("\n", 1)
    page = head + "\n" + "\u3000".join(c for line in body.split("\n") for c in line.split("\t") if c) + "\n"
    assert {k: v or 0 for k, v in _cells(page, 2019).items()} == {k: v or 0 for k, v in expected.items()}
