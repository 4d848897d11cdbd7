"""表二 rows settled by the previous year's report of the same body."""
from govpipeline.lib.previous_reports import AmbiguousRow, cell_spans, settle

BODY = ("430321", "某县人民政府办公室")
READINGS = tuple(tuple(c.split("|")) for c in ("4|8|6312", "4|86|312", "48|6|312", "48|63|12", "486|3|12"))


def test_the_previous_years_documents_in_force_pick_the_one_reading():
    row = AmbiguousRow("d2022", BODY, 2022, "normative_documents", READINGS)
    (found,) = settle([row], {(BODY, 2021, "normative_documents"): 270.0})  # 270 + 48 - 6 = 312
    assert (found.doc_id, found.row_key, found.cells) == ("d2022", "normative_documents", ("48", "6", "312"))


def test_nothing_is_settled_without_the_same_bodys_previous_year_or_when_several_fit():
    row = AmbiguousRow("d2022", BODY, 2022, "normative_documents", READINGS)
    assert settle([row], {(BODY, 2020, "normative_documents"): 270.0}) == []
    assert settle([row], {(("430321", "另一个局"), 2021, "normative_documents"): 270.0}) == []
    assert settle([row], {(BODY, 2021, "rules"): 270.0}) == []
    twice = AmbiguousRow("d2022", BODY, 2022, "rules", (("1", "1", "5"), ("2", "2", "5")))
    assert settle([twice], {(BODY, 2021, "rules"): 5.0}) == []


def test_a_settled_year_settles_the_next_whatever_order_the_rows_come_in():
    rows = [AmbiguousRow("d2023", BODY, 2023, "rules", (("1", "0", "13"), ("10", "1", "3"))),
            AmbiguousRow("d2022", BODY, 2022, "rules", (("2", "0", "12"), ("20", "1", "2")))]
    settled = settle(rows, {(BODY, 2021, "rules"): 10.0})
    assert [(s.doc_id, s.cells) for s in settled] == [("d2022", ("2", "0", "12")), ("d2023", ("1", "0", "13"))]
    assert settle(rows[::-1], {(BODY, 2021, "rules"): 10.0}) == settled


def test_cells_are_found_where_the_row_prints_them():
    text = "行政规范性文件 48 6312第二十条"
    assert cell_spans(text, 7, ("48", "6", "312")) == [(8, 10), (11, 12), (12, 15)]
    assert cell_spans(text, 7, ("4", "86", "312")) is None  # a space the reading would have to cross
