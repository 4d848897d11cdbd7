"""表二 rows settled by the same body's reports of adjacent years (现行有效件数 carries over)."""
from govpipeline.lib.adjacent_years import ReportRow, cell_spans, readings_of, settle

BODY = ("430321", "某县人民政府办公室")
OTHER_BODY = ("430321", "某县发展和改革局")
ROW = "normative_documents"


def ambiguous(doc_id, year, raw, body=BODY, row_key=ROW):
    return ReportRow(doc_id, body, year, row_key, readings_of(raw), printed=False)


def printed(doc_id, year, cells, body=BODY, row_key=ROW):
    return ReportRow(doc_id, body, year, row_key, (cells,), printed=True)


def test_every_reading_of_a_run_is_listed_or_none_when_too_many():
    assert readings_of("486312") == (("4", "8", "6312"), ("4", "86", "312"), ("4", "863", "12"), ("4", "8631", "2"),
                                     ("48", "6", "312"), ("48", "63", "12"), ("48", "631", "2"), ("486", "3", "12"),
                                     ("486", "31", "2"), ("4863", "1", "2"))
    assert readings_of("48 6312") == (("4", "8", "6312"), ("48", "6", "312"), ("48", "63", "12"), ("48", "631", "2"))
    assert readings_of("1" * 14) is None  # 78 readings: more than are listed, so none can be proved alone


def test_the_previous_years_in_force_picks_the_one_reading():
    (found,) = settle([printed("d2021", 2021, (None, None, "270")), ambiguous("d2022", 2022, "486312")])
    assert (found.doc_id, found.row_key, found.cells) == ("d2022", ROW, ("48", "6", "312"))  # 270 + 48 − 6


def test_the_next_years_row_settles_the_year_before():
    # 2023 prints 12 issued, 3 repealed, 6321 in force: 2022's in force was 6321 − 12 + 3 = 6312
    (found,) = settle([ambiguous("d2022", 2022, "486312"), printed("d2023", 2023, ("12", "3", "6321"))])
    assert found.cells == ("4", "8", "6312") and found.doc_id == "d2022"
    # in force 312 has two readings (4|86|312, 48|6|312): the year after tells their 现行有效 only, the one cell they
    # read the same and in the same place; 制发 and 废止 stay unread
    (found,) = settle([ambiguous("d2022", 2022, "486312"), printed("d2023", 2023, ("12", "3", "321"))])
    assert found.cells == (None, None, "312") and found.reading in (("4", "86", "312"), ("48", "6", "312"))
    # the year after's in force alone (its issued and repealed unknown) says nothing about the year before
    assert settle([ambiguous("d2022", 2022, "486312"), printed("d2023", 2023, (None, None, "321"))]) == []


def test_a_series_of_flattened_reports_settles_itself():
    # in force 300 → 312 (+18 −6) → 330 (+20 −2) → 333 (+5 −2): every year a run of digits, none printed as cells
    rows = [ambiguous("d2021", 2021, "8105300"), ambiguous("d2022", 2022, "186312"),
            ambiguous("d2023", 2023, "202330"), ambiguous("d2024", 2024, "52333")]
    settled = {s.doc_id: s.cells for s in settle(rows)}
    assert settled["d2022"] == ("18", "6", "312") and settled["d2023"] == ("20", "2", "330")
    assert settled["d2024"] == ("5", "2", "333")
    assert settle(rows[::-1]) == settle(rows)


def test_nothing_is_settled_without_an_agreeing_neighbour_or_when_several_fit():
    row = ambiguous("d2022", 2022, "486312")
    assert settle([printed("d2020", 2020, (None, None, "270")), row]) == []  # not adjacent
    assert settle([printed("d2021", 2021, (None, None, "270"), body=OTHER_BODY), row]) == []
    assert settle([printed("d2021", 2021, (None, None, "270"), row_key="rules"), row]) == []
    twice = ambiguous("d2022", 2022, "115", row_key="rules")  # 1|1|5 only: one reading is no ambiguity
    assert settle([printed("d2021", 2021, (None, None, "5"), row_key="rules"), twice]) == []
    # no reading agrees (a document expired rather than being repealed): the pair says nothing, nothing is stored
    assert settle([printed("d2021", 2021, (None, None, "9999")), row]) == []


def test_cells_are_found_where_the_row_prints_them():
    text = "行政规范性文件 48 6312第二十条"
    assert cell_spans(text, 7, ("48", "6", "312")) == [(8, 10), (11, 12), (12, 15)]
    assert cell_spans(text, 7, ("4", "86", "312")) is None  # a space the reading would have to cross


def test_cells_the_readings_left_agree_on_are_settled_only_in_the_same_place():
    # 2022 prints 8 issued, 1 repealed, 52 in force: 2021's in force was 45, which 12|3|45 and 1|23|45 both read
    (found,) = settle([ambiguous("d2021", 2021, "12345"), printed("d2022", 2022, ("8", "1", "52"))])
    assert found.cells == (None, None, "45")  # 制发 and 废止 stay unread
    # a neighbour that says nothing leaves 1|1|21, 1|12|1 and 11|2|1: no cell is read the same by all three
    assert settle([ambiguous("d2021", 2021, "1121"), printed("d2022", 2022, (None, None, "9"))]) == []
    # a body with a year that does not carry over (9999 fits no reading of 2021) stores no shared cells
    assert settle([printed("d2020", 2020, ("1", "0", "9999")), ambiguous("d2021", 2021, "12345"),
                   printed("d2022", 2022, ("8", "1", "52"))]) == []


def test_a_requesters_row_is_placed_only_where_the_adjacent_years_row_fixes_each_figure():
    from govpipeline.lib.adjacent_years import placed_by_adjacent
    # 12 4 16 printed of seven cells: the year before carried 12 natural persons and 4 law firms forward
    assert placed_by_adjacent("12 4 16", (12, 0, 0, 0, 4, 0, 16)) == (
        ["12", "4", "16"], {0: 0, 1: None, 2: None, 3: None, 4: 1, 5: None, 6: 2})
    # a 0 printed among blanks fits five columns: the 7s are placed, the 0 columns left open
    assert placed_by_adjacent("7 0 7", (7, 0, 0, 0, 0, 0, 7)) == (["7", "0", "7"], {0: 0, 6: 2})
    assert placed_by_adjacent("9 9", (4, 5, 0, 0, 0, 0, 9)) is None  # the figures do not carry over
    assert placed_by_adjacent("3 3 6", (3, 0, 3, 0, 0, 0, 6)) == (
        ["3", "3", "6"], {0: 0, 1: None, 2: 1, 3: None, 4: None, 5: None, 6: 2})
    assert placed_by_adjacent("3 3 6", (3, 0, 0, 0, 0, 0, 6)) is None  # a figure left over
    # two equal figures that may swap places: each column's figure is the same, not the same token
    assert placed_by_adjacent("2 2 4", (2, 0, 2, 0, 0, 0, 4))[1] == {0: 0, 1: None, 2: 1, 3: None, 4: None, 5: None,
                                                                     6: 2}
