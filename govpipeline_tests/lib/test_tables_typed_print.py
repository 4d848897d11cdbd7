"""Round 14: template tables typed into paragraphs (LibreOffice) and borderless tables printed by Chromium
(fixtures/tables_typed_print_blind, _heldout); the rules they asked for, tested on other figures and forms."""
import io
from pathlib import Path

import pytest

from govpipeline.lib.normalize import normalize_text
from govpipeline.lib.pdf import pdf_to_text
from govpipeline.lib.template import parse_tables
from govpipeline_tests import template_forms as forms
from govpipeline_tests.table_fixtures import answers, score

FIXTURES = Path(__file__).parents[1] / "fixtures"
BLIND = FIXTURES / "tables_typed_print_blind"
HELDOUT = FIXTURES / "tables_typed_print_heldout"

# leaves of other sizes than the fixtures' (a busy city office), with zeros beside figures
LEAVES = {k: [(7 * i + 3 * len(k)) % 41 if (i + len(k)) % 3 else 0 for i in range(6)] for k in forms.LEAVES}


def _read(text: str) -> dict:
    parsed = parse_tables(normalize_text(text).text, 2022)
    return {(c.table_id, c.row_key, c.column.key): c.value for c in parsed.cells if not c.derived}, parsed.issues


def _meeting(grid: dict, left: int) -> dict:
    """Each row printed with cells ``left`` and ``left + 1`` as one figure, the others a space apart."""
    return {k: v[:left] + [f"{v[left]}{v[left + 1]}"] + v[left + 2:] for k, v in grid.items()}


@pytest.mark.parametrize("left", [1, 3, 5])
def test_two_columns_printed_together_in_every_row_are_cut_where_the_rows_sums_hold(left):
    grid = forms.grid(leaves=LEAVES, carried_over=[0, 0, 0, 2, 0, 0], carried_forward=[0, 4, 0, 3, 9, 0])
    got, issues = _read(forms.as_lines(" ", t3=_meeting(grid, left)))
    t3 = {(r, c): v for (t, r, c), v in got.items() if t == "t3"}
    want = {(r, c.key): v for r, values in grid.items() for c, v in zip(forms.T3_2021.columns, values)}
    assert {k: t3.get(k) for k in want} == {k: float(v) for k, v in want.items()}
    assert not [i for i in issues if i["table_id"] == "t3"]


def test_a_row_whose_figures_no_cut_makes_add_up_stays_unread_with_a_finding():
    grid = forms.grid(leaves=LEAVES)
    printed = _meeting(grid, 2)
    printed["r4_1"] = ["9", "14", "3", "0", "0", "1"]  # no cut of these six makes seven whose last is their sum
    got, issues = _read(forms.as_lines(" ", t3=printed))
    assert not [k for k in got if k[:2] == ("t3", "r4_1")]
    assert any(i["table_id"] == "t3" and i["row_key"] == "r4_1" for i in issues)


def test_a_figure_with_a_leading_zero_is_two_cells():
    t2 = dict(forms.T2_VALUES, rules=["0", "07"], normative_documents=["5", "1", "306"])
    got, _ = _read(forms.as_lines(" ", t2=t2))
    assert [got[("t2", "rules", c)] for c in ("issued", "repealed", "in_force")] == [0, 0, 7]


def _page(c, last_row_top: float, alone: str, alone_top: float) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c.setFont("STSong-Light", 14)
    c.drawString(70, 800, "某某市林业和草原局2022年政府信息公开工作年度报告")
    c.drawString(70, last_row_top, "5.要求行政机关确认或重新出具已获取信息 27 3 0 5 0 0")
    c.drawString(70, alone_top, alone)


def _text(last_row_top: float, alone: str, alone_top: float) -> str:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    _page(c, last_row_top, alone, alone_top)
    c.showPage()
    c.setFont("STSong-Light", 14)
    c.drawString(70, 800, "（六）其他处理 0 0 0 0 0 0 0")
    c.showPage()
    c.save()
    return pdf_to_text(out.getvalue()).text


def test_a_rows_last_figure_wrapped_to_a_pages_foot_is_kept_and_a_page_number_below_the_text_is_not():
    assert "0 0\n35" in _text(90, "35", 90 - 17) or "0 0 35" in _text(90, "35", 90 - 17)
    dropped = _text(120, "1", 40)  # the foot's page number, well under the text
    assert "0 0\n1" not in dropped and "0 0 1" not in dropped


# cells read right after the round's fixes (1,989 of 1,992; 1,554 first measured)
READ_RIGHT = {"t01_tabs_16pt_default_stops": 200, "t02_tabs_12pt_narrow_stops_2019": 198,
              "t03_spaces_16pt_justified": 200, "t04_spaces_12pt_2019": 198, "t05_browser_columns_meet": 197,
              "t06_browser_columns_meet_2019": 198, "t07_browser_480px_labels": 200,
              "t08_browser_split_header_repeated": 200, "t09_browser_split_no_header_2019": 198,
              "t10_browser_landscape_2021": 200}


@pytest.mark.parametrize("name", sorted(answers(BLIND)))
def test_typed_and_browser_printed_tables_read_no_cell_wrong(name):
    s = score(name, BLIND)
    assert s.wrong == [] and s.silent == [] and s.unflagged == []
    assert s.right >= READ_RIGHT[name]


def _drawn(parts: list[tuple[str, float]]) -> str:
    """A page with one line: each part drawn character by character from where the last ended, after its gap."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    _page(c, 700, "", 680)
    x = 70.0
    for text, gap in parts:
        x += gap
        for ch in text:
            c.drawString(x, 400, ch)
            x += pdfmetrics.stringWidth(ch, "STSong-Light", 14)
    c.showPage()
    c.save()
    return pdf_to_text(out.getvalue()).text


def test_figures_typed_to_tab_stops_narrower_than_them_stand_apart_and_a_figure_set_solid_stays_whole():
    assert "其他对外管理服务事项 48 48 2096" in _drawn([("其他对外管理服务事项", 0), ("48", 9), ("48", 2.2), ("2096", 2.5)])
    assert "政府集中采购 31 -7 405" in _drawn([("政府集中采购", 0), ("31", 11), ("-7", 2), ("405", 6.4)])
    assert "行政许可 30517" in _drawn([("行政许可", 0), ("305", 9), ("17", 0.3)])


# set B, written after the first fixes: cells read right (1,158 of 1,194; 1,140 first measured, with 5 wrong in b06)
BLIND_B = FIXTURES / "tables_typed_print_blind_b"
READ_RIGHT_B = {"b01_browser_two_pairs_meet": 194, "b02_browser_last_two_meet_official_2019": 178,
                "b03_fullwidth_spaces_14pt_justified": 200, "b04_tabs_10pt_narrow_stops_2019": 195,
                "b05_tabs_16pt_page_numbers": 200, "b06_browser_480px_split_2019": 198}


@pytest.mark.parametrize("name", sorted(answers(BLIND_B)))
def test_set_b_reads_no_cell_wrong(name):
    s = score(name, BLIND_B)
    assert s.wrong == [] and s.silent == [] and s.unflagged == []
    assert s.right >= READ_RIGHT_B[name]


def test_on_a_page_that_drops_empty_cells_a_misprinted_row_is_not_cut_to_add_up():
    grid = forms.grid(leaves=LEAVES)
    printed = {k: [str(x) for x in v] for k, v in grid.items()}
    printed["r3_4"] = [c for k, c in enumerate(printed["r3_4"]) if k != 5 or c != "0"]  # its empty 其他 dropped
    assert len(printed["r3_4"]) == 6
    # misprinted (its cells add up to 0, not 11) with an empty cell dropped: 0 0 0 0 0 1|1 would add up
    printed["r5_2"] = ["0", "0", "0", "0", "0", "11"]
    got, issues = _read(forms.as_lines(" ", t3=printed))
    assert ("t3", "r5_2", "total") not in got or got[("t3", "r5_2", "total")] == 11
    assert ("t3", "r5_2", "other") not in got or got[("t3", "r5_2", "other")] in (0, None)


def _under_header(header: list[tuple[str, float]], label: str, figures: list[tuple[str, float]]) -> str:
    """A page with a header line of words apart, each drawn at its x, and under it one row: its label, then each
    figure drawn character by character from its x (two figures drawn flush meet)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    _page(c, 700, "", 680)
    c.setFont("STSong-Light", 12)
    for word, x in header:
        c.drawString(x, 420, word)
    c.drawString(70, 400, label)
    for text, x in figures:
        for ch in text:
            c.drawString(x, 400, ch)
            x += pdfmetrics.stringWidth(ch, "STSong-Light", 12)
    c.showPage()
    c.save()
    return pdf_to_text(out.getvalue()).text


def test_two_columns_meeting_under_a_header_printed_apart_are_cut_midway_between_its_words_when_as_wide():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    digit = pdfmetrics.stringWidth("4", "STSong-Light", 12)
    header = [("项目名称", 70), ("上年件数", 160), ("本年新增", 240), ("年末件数", 320)]  # meeting midway at 304
    row = [("7", 170), ("45", 304 - 2 * digit), ("208", 304)]
    assert "某某服务事项 7 45 208" in _under_header(header, "某某服务事项", row)
    # words of other widths say nothing of where their columns meet
    uneven = [("项目名称", 70), ("上年件数", 160), ("本年增/减", 240), ("年末件数", 320)]
    assert "某某服务事项 7 45208" in _under_header(uneven, "某某服务事项", row)
    # no two digits meet near the middle (it falls a quarter of a digit off): left as printed
    assert "某某服务事项 7 45208" in _under_header(header, "某某服务事项", [("7", 170), ("45208", 304 - 2.25 * digit)])


# set C (round 14b), header cells printed apart over two columns that meet: cells read right (801 of 996 first measured)
BLIND_C = FIXTURES / "tables_typed_print_blind_c"
READ_RIGHT_C = {"c01_browser_th_padded_meet": 200, "c02_browser_ruled_header_meet_2019": 196,
                "c03_browser_480px_th_meet": 200, "c04_office_th_meet_2019": 186, "c05_office_th_meet_2021": 200}


@pytest.mark.parametrize("name", sorted(answers(BLIND_C)))
def test_set_c_reads_no_cell_wrong(name):
    s = score(name, BLIND_C)
    assert s.wrong == [] and s.silent == [] and s.unflagged == []
    assert s.right >= READ_RIGHT_C[name]
