"""Tables other than the annual-report template's, as web pages and text files print them: a header row of column
names, then rows of a name and figures (normalization leaves HTML tables as tab-separated lines, and the columns of a
text file's table one space apart; flattened pages put cells between pipes, and PDFs one cell per line; a crawled
bulletin may run a whole table onto one line with its cells a space apart, which is read row by row).

    部门        受理件数   办结件数   按时办结率
    市场监管局  12563      12498      99.5%
    合计        27726      27628      99.6%

Each figure becomes a cell named by its row and its column. Its unit is printed in the cell (99.5%, 增长5.2%) or said
by the column's name (受理件数, 金额（万元）), by a 单位 column of its row (统计指标 单位 统计数, the national forms of
2016-2018) or by a 单位 line above the table (单位：万人、% gives one unit a column, in order); a figure whose unit
nothing says is not read, rather than guessed. A row
named 合计/总计/小计 totals the rows above it (or, printed first, the rows below); a numbered group row (（一）收到申请数)
holds the numbered rows under it (1.当面申请数, 2.网络申请数).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, product
from math import prod

from govpipeline.lib.numbers import ARABIC_NUMBER, MULTIPLIERS, POINT_UNITS, decimals, scaled
from govpipeline.lib.statistics_table import flattened_statistics_tables


@dataclass(frozen=True)
class TableCell:
    table: int  # the table's place among the document's tables
    row: int
    row_label: str
    column: int
    column_label: str
    value: float
    unit: str
    scale: float
    raw: str
    start: int
    end: int
    line: str
    change_word: str = ""  # 增长 in a cell printed 增长5.2%: the cell states a change whatever its column
    parent_row: int | None = None  # for a numbered row (1.当面申请数), the group row above it (（一）收到申请数)
    row_span: tuple[int, int] = (0, 0)  # where the cell's whole row is printed, its name included
    column_group: str = ""  # the name a header of two rows prints over the column's (受理件数 over 2024年)
    heads_group: bool = False  # a cell of a row numbered as a group (一、税收收入, （二）非税收入)
    subset: bool = False  # a cell of a row printed 其中：…, a part of the row above it

    @property
    def decimals(self) -> int:
        return decimals(_PRINTED_NUMBER.search(self.raw).group())

    @property
    def is_total(self) -> bool:
        """A cell of a 合计 row."""
        return _TOTAL_ROW.match(self.row_label.replace(" ", "")) is not None

    @property
    def in_total_column(self) -> bool:
        """A cell of a 合计 column (a table transposed: the items its columns, the measures its rows); a 小计 under a
        group (公务用车购置及运行费 over 小计) is the group's, not the table's."""
        return not self.column_group and _TOTAL_ROW.match(self.column_label.replace(" ", "")) is not None

    @property
    def kind(self) -> str:
        if self.change_word or _CHANGE_NAME.search(self.column_label) or _CHANGE_ROW.match(self.row_label):
            return "change"  # 同比增长, 增减 (%), or 增长5.2% in the cell; a transposed table's 增减 row
        if self.unit in ("%", "‰"):
            return "share" if _SHARE_NAME.search(self.column_label) else "rate"
        if self.unit in ("元", "美元"):
            return "amount"
        if self.unit == "分":
            return "score"
        return "area" if self.unit in _AREA_UNITS else "other" if self.unit in _MEASURE_UNITS else "count"

    @property
    def year(self) -> int | None:
        """The year a column or a row is of (2022年, 2023年度), when its name is one."""
        m = _YEAR_NAME.match(self.column_label) or _YEAR_NAME.match(self.column_group) \
            or _YEAR_NAME.match(self.row_label) or _year_opens(self.column_label) or _year_opens(self.column_group) \
            or _year_opens(self.row_label)  # a table transposed: 2025年预算数 a row, the items its columns
        return int(m.group(1)) if m else None

    @property
    def of_previous_year(self) -> bool:
        """A cell of a column or row of the year before the report's (上年同期, 去年)."""
        return any(_PREVIOUS_YEAR_NAME.match(name) for name in (self.column_label, self.column_group, self.row_label))

    @property
    def metric(self) -> str:
        """What the cell measures: its row's and its column's names, without a name that says only the year (which is
        the cell's year: 2023年, 本期, 上年同期) or only that the column holds the figures (统计数), nor the unit a
        name states (受理量（件）), so that one indicator of two reports, or of two years' columns, has one name."""
        row, column, group = (_UNIT_SUFFIX.sub("", label) for label in (self.row_label, self.column_label,
                                                                          self.column_group))
        if opens := _year_opens(column):
            column = column[opens.end(1):].lstrip("年度")  # 2024年执行数: the year is the cell's, 执行数 the measure
        elif opens := _year_opens(row):
            row = row[opens.end(1):].lstrip("年度")  # a row 2025年预算数 over the items' columns, alike
        if _names_a_year(self.column_group):
            group = ""  # 本年 over 数量 and 同比增长: the group gives the year, the column the measure
        if _names_a_year(self.column_label) or _PLAIN_FIGURES.match(self.column_label):
            return f"{row}|{group}" if group else row
        column = group + column
        if _names_a_year(self.row_label):
            return column
        return f"{row}|{column}"

    @property
    def column_name(self) -> str:
        """The column's name as printed, under its group's (受理件数 2024年)."""
        return f"{self.column_group} {self.column_label}" if self.column_group else self.column_label


_NOTE_MARK = re.compile(r"(?<=\d)[①-⑳*＊※]$")
_SIGNED = rf"(?P<sign>[-－−])?(?P<num>{ARABIC_NUMBER})"
_NUMBER = re.compile(rf"{_SIGNED}\s*(?P<pct>[%‰])?")
# a bulletin's tables measure goods, land and power too (产量（万吨）, 单位：千公顷); longer units first
_UNITS = (r"吨标准煤|千瓦时|平方公里|平方米|立方米|公顷|公里|公斤|美元|元|件次|人次|户次|件|人|户|个|项|家|次|条|份|场|期|篇|所|名|宗|起"
          r"|吨|亩|头|只|辆|张|床|座|台|套|册|分")
_AREA_UNITS = frozenset(("平方公里", "平方米", "公顷", "亩"))
_MEASURE_UNITS = frozenset(("吨标准煤", "千瓦时", "立方米", "公里", "公斤", "吨"))
_NUMBER_WITH_UNIT = re.compile(rf"{_SIGNED}(?P<mult>万|亿)?(?P<unit>{_UNITS})")  # in the cell: 1.2万元
# a change printed with its direction: 增长5.2%, 下降3件, 提高1.5个百分点, ↑5.2%
_CHANGE_CELL = re.compile(rf"(?P<word>增长|增加|上升|提高|上涨|↑|(?P<down>下降|减少|降低|回落|↓)){_SIGNED}"
                          rf"(?:(?P<pct>%|‰|{'|'.join(POINT_UNITS)})|(?P<mult>万|亿)?(?P<unit>{_UNITS}))?")
_PRINTED_NUMBER = re.compile(ARABIC_NUMBER)
# a row that totals the others: 合计, 全市合计, 总 计; not a row named after its own total (制发规范性文件总数)
_TOTAL_ROW = re.compile(r"[\u4e00-\u9fff]{0,3}(?:合计|总计|小计|共计)|总数$")
# the unit a column's name or a 单位 line states: （万元）, (件), 单位：件, 单位：万元
_STATED_UNIT = re.compile(rf"(?:单位[：:]\s*|[（(])(?P<mult>万|亿)?(?P<unit>{_UNITS}|%)[）)]?")
# the unit a column's name ends with: 受理件数, 参训人数, 办件量 is not one
_COUNT_NAME = re.compile(rf"(?P<unit>{_UNITS})数$")
_PERCENT_NAME = re.compile(r"率|占比|比例|比重")
# a score's column: 得分, 综合得分, 考核评分 (分数 is a count name's form); a rank (排名, 名次) is no statistic, as 第3名
# in a sentence is none
_SCORE_NAME = re.compile(r"(?:得分|评分|分值|总分)$")
_SHARE_NAME = re.compile(r"占比|比例|比重")
_CHANGE_NAME = re.compile(r"增长|增幅|增减|下降|降幅|同比|比上年|较上年")
_CHANGE_ROW = re.compile(r"^(?:预算数?|决算数?)?(?:(?:比|较)上年(?:同期)?|同比)?(?:增减|增长|下降)(?:额|数|变化)?$")  # a row that is only one
_UNIT_COLUMN = ("单位", "计量单位")
# a column that counts things no unit of _UNITS names: 项目数, 企业数 (个)
_COUNTED_NOUN = re.compile(r"(?:项目|企业|单位|机构|学校|医院|村|社区|乡镇|网点)(?:个)?数$")
# a column of a change that names no unit: a rate of change (比上年增长, 增幅, 同比, 为上年) is in percent, as a
# bulletin prints its growth; an amount of change (比上年增减, 增加额, 增长量) is in the figures' unit
_RELATIVE_CHANGE = re.compile(r"增长|增幅|降幅|下降|同比|为上年|为上年同期")
_ABSOLUTE_CHANGE = re.compile(r"增减|增加|减少|增量|额|量|数")
# a column of numbers that identify or date, no statistic: a table of them unread is no finding (联系电话, 邮编)
_IDENTIFIER_NAME = re.compile(r"电话|手机|传真|邮编|邮政编码|代码|编号|号码|序号|证号|账号|日期|排名|名次")
# a first column that numbers the rows, or ranks them, and names none
_NUMBERING = ("序号", "编号", "排名", "名次", "排序")
_DASHES = ("—", "-", "－", "——", "/")  # a column that states each row's unit (指标 单位 数量, the national forms of 2016-2018)
_ROW_UNIT = re.compile(rf"(?P<mult>万|亿)?(?P<unit>{_UNITS}|%)")
# a 单位 column states its row's unit whatever the word (万重量箱, 亿支, 千升): a unit of no list is read as printed
_PRINTED_UNIT = re.compile(r"(?P<mult>万|亿)?(?P<unit>[\u4e00-\u9fff]{1,4})")
# the numbering before a row's name: （一） opens a group, 1. or （1） a row within it; 其中： marks a subset
_OUTLINE = re.compile(r"^\s*(?:其中[：:]?\s*)?(?:(?P<group>[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)|"
                      r"(?P<item>\d+[.．、]|[（(]\d+[）)]))?(?:其中[：:]?)?")
_YEAR_NAME = re.compile(r"((?:19|20)\d{2})(?:年度?)?(?:[（(].*[）)])?$")
# a column (or row) of the report's year or of the year before, named as such instead of by its number
_YEAR_LEAD = re.compile(r"(?:19|20)\d{2}年")  # a name opening with a year: 2023年执行数
_THIS_YEAR_NAME = re.compile(r"(?:本期|本年|本年度|今年|当年|本年累计|本期数|本年数)$")
_PREVIOUS_YEAR_NAME = re.compile(r"(?:上年|去年|上年度|上一年)(?:同期)?(?:数|累计)?$")
_UNIT_SUFFIX = re.compile(rf"\s*[（(](?:单位[：:])?(?:万|亿)?(?:{_UNITS}|%|‰)[）)]$")  # 受理量（件）: the unit the name states


# a column's name that opens with its year and goes on to say what it holds (2024年执行数, 2025年预算数), naming no
# other year and no change (2024年比上年增长 is the report's change)
_YEAR_OPENS = re.compile(r"((?:19|20)\d{2})年度?[\u4e00-\u9fff]")
_NOT_ONE_YEAR = re.compile(rf"(?:19|20)\d{{2}}|{_CHANGE_NAME.pattern}")


def _year_opens(name: str) -> re.Match | None:
    return m if name[:2] in ("19", "20") and (m := _YEAR_OPENS.match(name)) \
        and not _NOT_ONE_YEAR.search(name, m.end()) else None


def _names_a_year(name: str) -> bool:
    return bool(_YEAR_NAME.match(name) or _THIS_YEAR_NAME.match(name) or _PREVIOUS_YEAR_NAME.match(name))


_ANOTHER_UNIT = re.compile(rf"\s*[、，,/和及]\s*(?P<mult>万|亿)?(?P<unit>{_UNITS}|%|‰)")
_PLAIN_FIGURES = re.compile(r"(?:统计数|数量|数值|数据|指标值)(?:[（(].*[）)])?$")  # a column of the figures, no more


def read_tables(text: str, skip: list[tuple[int, int]] = (), unread: list[dict] | None = None,
                statements: list[tuple[str, float, str]] = ()) -> list[TableCell]:
    """Every figure of the tables in ``text`` whose unit is stated, in text order; tables that
    overlap a span of ``skip`` (the template's tables, read on their own) are left out. A flattened statistics
    table's rows are split with the help of ``statements`` (label, value, unit) of the report's text; rows whose
    split is not settled go to ``unread`` as {table, row, label, raw, candidates}."""
    cells: list[TableCell] = []
    one_line = list(_one_line_blocks(text)) + list(_sheet_blocks(text))
    spans = [(lines[0][2], max(max(row[2] + len(row[1]), row[3][-1] + len(row[0][-1])) for row in lines))
             for lines, _, _ in one_line]  # a sheet's rows hold cells of later lines
    # a line holding a whole table is read by rows, not as one row of a block of spaced lines
    spaced = [block for block in _blocks(text) if not any(
        s < block[0][-1][2] + len(block[0][-1][1]) and block[0][0][2] < e for s, e in spans)]
    blocks = _continued(text, sorted([*spaced, *one_line, *_vertical_blocks(text),
                                      *flattened_statistics_tables(text, statements)], key=lambda block: block[0][0][2]))
    for table, (lines, stated, ambiguous) in enumerate(blocks):
        if any(s < lines[-1][2] + len(lines[-1][1]) and lines[0][2] < e for s, e in skip):
            continue
        misaligned: list[dict] = []
        # a first row whose other cells are dashes is a group row with no figures, not a header naming columns
        headless = any(name.strip() in _DASHES for name in lines[0][0][1:])
        lines = _reglued(lines)
        read = [] if headless else _read_block(table, lines, stated, misaligned)
        if read and any("place" in m for m in misaligned):
            read, misaligned = _place_short_rows(table, lines, stated, read, misaligned)
        cells += read
        if unread is not None:
            unread += [{"table": table} | row for row in ambiguous]
            if read:  # a row of figures in a table that is read, whose cells do not line up with its columns
                unread += [{"table": table} | row for row in misaligned]
            counted = [j for j, name in enumerate(lines[0][0]) if not _IDENTIFIER_NAME.search(name)]
            # a row left run together (公安局210498.1: no cut settled) holds figures too
            figure_rows = sum(1 for values, _, _, _ in lines[1:]
                              if sum(1 for j in counted if j < len(values) and _is_figure(values[j])) >= 2
                              or len(values) < len(lines[0][0]) and any(_GLUED_ROW.fullmatch(v.strip()) for v in values))
            header = " ".join(v.strip() for v in lines[0][0] if v.strip())
            if not read and not ambiguous and figure_rows >= 2:  # figures, but no column says what they are
                unread.append({"table": table, "row": None, "label": header[:60], "candidates": [],
                               "raw": f"{figure_rows} rows of figures under a header that names none of their "
                                      "columns with a unit, or does not line up with them", "start": lines[0][2],
                               "end": lines[-1][2] + len(lines[-1][1])})
            elif read and not ambiguous:
                unread += _unread_columns(table, lines, read, counted, header)
    return cells


def _continued(text: str, blocks: list) -> list:
    """The blocks, each table continued over a page (its header printed again after 续表, a 单位 line or nothing but
    the page's break) made one with the part before it: its rows are the table's, under the unit its caption states,
    and its 合计 totals the rows of both parts."""
    out: list = []
    for lines, stated, ambiguous in blocks:
        if out and _rows_go_on(text, out[-1][0], lines):
            out[-1] = (out[-1][0] + lines, out[-1][1] or stated, (*out[-1][2], *ambiguous))
            continue
        # the first row printed as one of the first part's (a string test first: most tables follow none like them)
        if out and any(lines[0][1] == first[1] for first in out[-1][0][:3]) \
                and (head := _header_cells(lines)) and head == _header_cells(out[-1][0]):
            before = out[-1][0][-1]
            gap = text[before[2] + len(before[1]):lines[0][2]].split("\n")
            if all(not g.strip() or "续" in g or "单位" in g or _PAGE_NUMBER.fullmatch(g) for g in gap):
                # the header rows printed again (one or two) go; the first part's header names the columns
                again = next(k for k, (first, then) in enumerate(zip([*out[-1][0], None], [*lines, None]))
                             if first is None or then is None or [c.strip() for c in first[0]] != [
                                 c.strip() for c in then[0]])
                out[-1] = (out[-1][0] + lines[again:], out[-1][1] or stated, (*out[-1][2], *ambiguous))
                continue
        out.append((lines, stated, ambiguous))
    return out


def _sheet_blocks(text: str):
    """Sheets printed with their columns over pages (a spreadsheet's print: the labels on the first page only), each
    as one block: a row of names, rows each a label and figures, then on each later page a row of names and as many
    rows of figures alone, each as wide as its names; only blank, 单位 and page-number lines between the pages.
    Cells are one space apart, as a PDF's line gives them (a page of one column of figures too)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    k = 0
    while k < len(lines):
        names = lines[k].split(" ")
        rows = []
        while k + 1 + len(rows) < len(lines) and _label_row(lines[k + 1 + len(rows)], len(names)):
            rows.append(k + 1 + len(rows))
        block, stated, at = None, None, k + 1 + len(rows)
        while len(rows) >= 2 and all(names) and not any(map(_is_figure, names)):
            while at < len(lines) and (not lines[at].strip() or "单位" in lines[at] and len(lines[at]) <= 20
                                       or _PAGE_NUMBER.fullmatch(lines[at])):
                stated = stated or _STATED_UNIT.search(lines[at])
                at += 1
            more = lines[at].split(" ") if at < len(lines) else [""]
            page = range(at + 1, at + 1 + len(rows))
            if not all(more) or any(map(_is_figure, more)) or page.stop > len(lines) or not all(
                    len(cells := lines[j].split(" ")) == len(more) and all(map(_is_figure, cells)) for j in page):
                break
            block = [_side_by_side(a, table_row(lines[b].split(" "), lines[b], starts[b]))
                     for a, b in zip(block or [table_row(lines[j].split(" "), lines[j], starts[j])
                                               for j in [k, *rows]], [at, *page])]
            at = page.stop
        if block:
            above = lines[k - 1] if k else ""
            yield block, stated or (_STATED_UNIT.search(above) if "单位" in above else None), ()
            k = at
        else:
            k += 1


def _label_row(line: str, width: int) -> bool:
    cells = line.split(" ")
    return len(cells) == width and not _is_figure(cells[0]) and bool(cells[0]) and all(map(_is_figure, cells[1:]))


def _side_by_side(row: tuple, more: tuple) -> tuple:
    return [*row[0], *more[0]], row[1], row[2], [*row[3], *more[3]]


def _rows_go_on(text: str, part: list, lines: list) -> bool:
    """Whether ``lines`` are rows of the table ``part`` continued under 续表 without its header: only 续表 (a 单位
    line, a page's number) between them, and a first row of figures as wide as the table's."""
    before = part[-1]
    gap = [g.strip() for g in text[before[2] + len(before[1]):lines[0][2]].split("\n")]
    width = max(len(values) for values, *_ in part)
    return any(g.startswith("续表") for g in gap) \
        and all(not g or g.startswith("续表") or "单位" in g or _PAGE_NUMBER.fullmatch(g) for g in gap) \
        and len(lines[0][0]) == width and any(_is_figure(c) for c in lines[0][0][1:])


def _header_cells(lines: list) -> list[str] | None:
    """The names of a block's first row of two or more, past a title row across the columns."""
    return next(([c.strip() for c in values] for values, *_ in lines[:3] if sum(1 for c in values if c.strip()) >= 2),
                None)


def _unread_columns(table: int, lines: list, read: list[TableCell], counted: list[int], header: str) -> list[dict]:
    """A column of a table read in part whose figures were not read (its name states no unit: 绝对数, 指数): one
    issue per such column, so that no figure of a table is left unread in silence."""
    width = len(lines[0][0])
    taken = {c.column for c in read}
    figures = {j: sum(1 for values, _, _, _ in lines[1:] if len(values) == width and _is_figure(values[j]))
               for j in counted if j not in taken}
    missed = [(j, n) for j, n in figures.items() if n >= 2]
    return [{"table": table, "row": None, "label": header[:60], "candidates": [], "start": lines[0][2],
             "raw": f"column {lines[0][0][j].strip() or j + 1}: {n} figures not read (nothing states their unit)"}
            for j, n in missed]


def _is_figure(cell: str) -> bool:
    cell = cell.strip()
    return bool(_NUMBER.fullmatch(cell) or _NUMBER_WITH_UNIT.fullmatch(cell) or _CHANGE_CELL.fullmatch(cell))


def _cells(line: str) -> list[str] | None:
    """The cells of a table line: split at tabs (a web page's table), else at pipes (a page flattened with its
    cells between pipes: 收到申请数 | 件 | 45 |), else at single spaces when there are two or more (a text file's,
    whose runs of spaces normalization made one); None for a line of prose, and for a note under a table (注：1. 本表
    …), whose words may be spaced too."""
    if "\t" in line:
        return line.split("\t")
    if line.count("|") >= 2:
        if line.lstrip().startswith("|"):
            line = line.replace("|", " ", 1)  # a leading pipe opens no cell; replaced, not cut, so offsets hold
        return line.split("|")
    return line.split(" ") if line.count(" ") >= 2 and line[:2] not in ("注：", "注:") else None


def _blocks(text: str):
    """Runs of table lines, each as [(cells, line, start)], with the unit a 单位 line just above states."""
    run: list[tuple[list[str], str, int]] = []
    previous = ""
    pos = 0
    lines = text.split("\n") + [""]
    for k, line in enumerate(lines):
        if run and len(line) <= 12 and _PAGE_NUMBER.fullmatch(line):  # a page's number inside a table: its rows go on
            pos += len(line) + 1
            continue
        if (cells := _cells(line)) is None and run and _group_across(lines, k, max(len(r[0]) for r in run)):
            cells = [line]
        elif cells is None and run and len(line) <= 60 and (_GLUED_ROW.fullmatch(line) or " " in line and all(
                c in _DASHES for c in line.split(" ")[1:]) or _next_numbered(run, line)):
            # a row whose cells a PDF printed touching (原盐万吨42.3-2.7: _reglued cuts it), or a label and a dash
            cells = line.split(" ")
        elif cells is None and not run and line.count(" ") == 1 and len(line) <= 60 and k + 1 < len(lines) and (
                _HEAD_CUT.search(line) and (len(_cells(lines[k + 1]) or ()) == len(
                    _head_cut(table_row(line.split(" "), line, 0))[0]) >= 3 or _GLUED_ROW.fullmatch(lines[k + 1])
                    or _next_numbered([table_row(line.split(" "), line, 0)], lines[k + 1]))
                or not _FIGURE_IN_LINE.search(line) and _UNIT_SUFFIX.search(line)
                and lines[k + 1].count(" ") <= 1 and _GLUED_ROW.fullmatch(lines[k + 1])):
            # a header whose names a PDF ran together (_reglued cuts them apart), or the two names of a table of one
            # column of figures, the second stating their unit (信息类别 数量（条）), over a row of a label and a figure
            cells = line.split(" ")
        elif cells is None and run and _wrapped_rest(run, line):
            # the rest of the row above, which the page's width wrapped (一、…情况 — / —): the row goes on
            cells, row_line, start, starts = run[-1]
            run[-1] = ([*cells, *line.split(" ")], f"{row_line}\n{line}", start,
                       [*starts, *table_row(line.split(" "), line, pos)[3]])
            pos += len(line) + 1
            continue
        if cells is not None:
            if not run:
                above = previous
            run.append(table_row(cells, line, pos))
        else:
            if len(run) >= 2:
                yield run, _STATED_UNIT.search(above) if "单位" in above else None, ()
            run = []
            previous = line
        pos += len(line) + 1


def _row_number(run: list) -> int | None:
    """The number of the run's last row (0 for its header) when the header opens with 序号, else None."""
    if not run[0][0] or not run[0][0][0].strip().startswith(_NUMBERING):
        return None
    found = re.match(r"\d+", run[-1][0][0].strip()) if len(run) > 1 else None
    return 0 if len(run) == 1 else int(found.group()) if found else None


def _next_numbered(run: list, line: str) -> bool:
    """Whether ``line`` is a numbered row a PDF printed touching (2劳动和社会保障8,28519.1): it opens with the
    number after the row before's, then a label and figures."""
    number = _row_number(run)
    return number is not None and line.startswith(str(number + 1)) \
        and bool(_GLUED_ROW.fullmatch(line[len(str(number + 1)):]))


def _wrapped_rest(run: list, line: str) -> bool:
    """Whether ``line`` is the last cells of the run's last row, wrapped onto a line of their own: figures or dashes
    alone, as many as the row lacks of the header's."""
    rest = line.split(" ")
    return 0 < len(run[-1][0]) < len(run[0][0]) and len(run[-1][0]) + len(rest) == len(run[0][0]) \
        and all(c.strip() in _DASHES or _is_figure(c) for c in rest)


def _group_across(lines: list[str], k: int, width: int) -> bool:
    """Whether lines[k] is a table's group row merged across its columns, which a Word or Excel file prints as one
    cell, no tab (一、主动公开情况, （二）通过不同渠道…): numbered as a group, no figure, and followed (past more such
    rows) by a row of figures as wide as the row above it; a heading before another table is followed by its header."""
    while (heading := _OUTLINE.match(lines[k])) and heading.group("group") and len(lines[k]) <= 40 \
            and not _FIGURE_IN_LINE.search(lines[k]) and not lines[k].rstrip().endswith(("。", "：", ":")):
        k += 1
    after = _cells(lines[k]) if k < len(lines) else None
    return bool(after) and len(after) == width and any(_is_figure(c) for c in after[1:])


_FIGURE_IN_LINE = re.compile(r"\d")
_PAGE_NUMBER = re.compile(r"\s*(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)\s*")


def _one_line_blocks(text: str):
    """Tables a page runs onto one line with their cells a space apart, in the form of ``_blocks``:

        表1 年末常住人口及其构成 单位：万人、% 指标 年末数 比重 常住人口 86.42 100.0 其中：城镇 61.35 71.0 乡村 25.07 29.0

    The first run of k figures closes the first row; the k names before its label are the columns, the word before
    them (指标) names the rows; then rows of a name and k figures follow while the line holds them (two at least). A
    single word a cell: a name printed with a space inside it ends the table there. Such a line that a PDF wrapped
    over lines of one width (see _wrapped_lines) is read as one line, and only its tables that run over a break."""
    lines = text.split("\n")
    pos, after, wrapped = 0, 0, []
    for k, line in enumerate(lines):
        if k < after:
            pass
        elif " " in line and len(line) <= _PAGE_LINE and (n := _wrapped_lines(lines, k)) > 1:
            joined = "\n".join(lines[k:k + n])
            breaks = [pos + m.start() for m in re.finditer("\n", joined)]
            wrapped = [block for block in _one_line_of(joined, pos) if any(
                block[0][0][2] < b < block[0][-1][2] for b in breaks)]
            at = pos
            for j in range(k, k + n):
                yield from (block for block in _one_line_of(lines[j], at) if not any(
                    w[0][0][2] <= block[0][-1][2] and block[0][0][2] <= w[0][-1][2] for w in wrapped))
                at += len(lines[j]) + 1
            yield from wrapped
            after = k + n
        elif line.count(" ") >= 6:
            n = 1
            blocks = list(_one_line_of(line, pos))
            # a table whose rows run to the line's end, less than a row left (…肉类总产量 吨 44,655 10.1 其 / 中：猪肉 吨 …),
            # goes on on the next line
            while blocks and n < 6 and k + n < len(lines) and lines[k + n].strip() and "\t" not in lines[k + n] \
                    and _row_left(blocks[-1], "\n".join(lines[k:k + n]), pos):
                start = blocks[-1][0][0][2]
                longer = [b for b in _one_line_of("\n".join(lines[k:k + n + 1]), pos) if b[0][0][2] >= start]
                if not longer or longer[0][0][0][2] != start or len(longer[0][0]) <= len(blocks[-1][0]):
                    break
                blocks = blocks[:-1] + longer
                n += 1
            after = k + n
            yield from blocks
        pos += len(line) + 1


def _row_left(block, text: str, pos: int) -> bool:
    """Whether the text after the block's last row is less than a row: a row the line's end cut."""
    cells, _, _, starts = block[0][-1]
    rest = text[starts[-1] + len(cells[-1]) - pos:].split()
    return 0 < len(rest) < len(cells)


def _one_line_of(line: str, pos: int):
    if line.count(" ") + line.count("\n") >= 6 and "\t" not in line and line.count("|") < 2:  # cells apart by spaces
        tokens, at = [], pos
        for token in _LINE_BREAK_APART.split(line):
            tokens.append((token.replace("\n", ""), at))  # a name a line break cut is one again
            at += len(token) + 1
        figure = [bool(t) and (_NUMBER.fullmatch(t) is not None or t in _DASHES) for t, _ in tokens]
        numbered = list(_numbered_one_line_tables(line, pos, tokens, figure)) \
            if any(n in line for n in _NUMBERING) else []
        numbered += list(_glued_numbered_one_line(tokens)) if numbered == [] and any(
            n in line for n in _NUMBERING) else []
        yield from numbered
        yield from (block for block in _one_line_tables(line, pos, tokens, figure) if not any(
            lines[0][2] <= block[0][-1][2] and block[0][0][2] <= lines[-1][2] for lines, _, _ in numbered))


# a line break that a wrapped line of cells put between two cells (at a figure's side), not inside a name (总量（亿 / 元）)
_LINE_BREAK_APART = re.compile(r" |(?<=[\d%‰—－/])\n|\n(?=[\d+\-−－—/])")
_PAGE_LINE = 160  # the most a PDF's line holds, in half-width characters


def _line_width(line: str) -> int:
    """Half-width characters: a CJK character (three bytes in UTF-8) counts two."""
    return (len(line.encode("utf-8")) + len(line)) // 2


def _wrapped_lines(lines: list[str], k: int) -> int:
    """How many lines from lines[k] are one line of cells a PDF wrapped at the page's width: lines of one width (the
    last shorter), cells a space apart, no tab, and some line after the first opening with a figure and going on to
    a name (44.31 -3.0 渌口区 469.9 …: a row cut by the wrap), which a table's own rows, each opening with its name,
    and a sheet's rows of figures alone never are; 1 when not."""
    if len(lines[k]) > _PAGE_LINE or " " not in lines[k] or "\t" in lines[k] or k + 1 == len(lines) \
            or " " not in lines[k + 1] and not _NUMBER.fullmatch(lines[k + 1].strip()):
        return 1
    width = _line_width(lines[k])
    n = 1
    while k + n < len(lines) and lines[k + n].strip() and "\t" not in lines[k + n] and lines[k + n].count("|") < 2 \
            and _line_width(lines[k + n - 1]) >= 0.8 * width and _line_width(lines[k + n]) <= width + 4 \
            and " " in lines[k + n - 1] and width <= _PAGE_LINE:
        n += 1
    cut = n > 1 and any(_NUMBER.fullmatch((words := lines[j].split(" "))[0]) and any(
        not _NUMBER.fullmatch(w) and w not in _DASHES for w in words[1:]) for j in range(k + 1, k + n))
    return n if n > 1 and cut else 1


def _glued_numbered_one_line(tokens: list[tuple[str, int]]):
    """A one-line table of numbered rows whose cells a page ran together, each row a word
    (序号 诉求类别 诉求量（件） 占比（%） 1城乡建设8,62019.9 2劳动和社会保障8,50518.8 … 合计45,351100): the header runs
    from 序号 to the word opening with 1, each row opens with the number after the row before's, a 合计 row may
    close it; _reglued cuts the rows."""
    for h, (token, _) in enumerate(tokens):
        if token not in _NUMBERING:
            continue
        one = next((n for n in range(h + 2, min(h + 12, len(tokens)))
                    if _GLUED_ROW.fullmatch(tokens[n][0][1:]) and tokens[n][0].startswith("1")), None)
        if one is None or any(_NUMBER.fullmatch(t) or _FIGURE_IN_LINE.search(t) and _GLUED_ROW.fullmatch(t)
                              for t, _ in tokens[h + 1:one]):
            continue
        rows, at = [], one
        while at < len(tokens) and (n := str(len(rows) + 1)) and tokens[at][0].startswith(n) \
                and _GLUED_ROW.fullmatch(tokens[at][0][len(n):]):
            rows.append(at)
            at += 1
        if at < len(tokens) and (m := _GLUED_ROW.fullmatch(tokens[at][0])) and _TOTAL_ROW.fullmatch(m.group("label")):
            rows.append(at)
        if len(rows) >= 2:
            header = [t for t, _ in tokens[h:one]]
            line = " ".join(t for t, _ in tokens[h:rows[-1] + 1])
            yield [table_row(header, line, tokens[h][1])[:3] + ([s for _, s in tokens[h:one]],),
                   *(([tokens[r][0]], tokens[r][0], tokens[r][1], [tokens[r][1]]) for r in rows)], None, ()


def _numbered_one_line_tables(line: str, pos: int, tokens: list[tuple[str, int]], figure: list[bool]):
    """Tables a page runs onto one line whose rows are numbered, so that a row may hold words (a website's name, 优秀)
    besides figures:

        序号 单位名称 网站名称 得分 等次 1 某局 某局微信公众号 96.5 优秀 2 某局 某局门户网站 93.0 优秀

    The header runs from 序号 to the row numbered 1; each row is as wide and opens with the next number, so a name
    with a space inside or a cell left out ends the table there."""
    for h, (token, _) in enumerate(tokens):
        if token not in _NUMBERING:
            continue
        one = next((n for n in range(h + 3, min(h + 16, len(tokens))) if tokens[n][0] == "1"), None)
        if one is None or any(_NUMBER.fullmatch(t) for t, _ in tokens[h + 1:one]):
            continue
        width, rows, at = one - h, [], one
        # each row opens with its number and holds figures where the first row does: a row a cell short or long
        # shifts its cells, and is not read
        while at + width <= len(tokens) and tokens[at][0] == str(len(rows) + 1) \
                and all(t for t, _ in tokens[at:at + width]) and figure[at:at + width] == figure[one:one + width]:
            rows.append(_segment(tokens[at:at + width]))
            at += width
        # a 合计 row after them has no number: its cells stand where the rows' do after theirs
        total = tokens[at:at + width - 1]
        if len(rows) >= 2 and len(total) == width - 1 and _TOTAL_ROW.fullmatch(total[0][0]) \
                and figure[at:at + width - 1] == figure[one + 1:one + width] \
                and (at + width - 1 == len(tokens) or not figure[at + width - 1]):
            cells, text, start, starts = _segment(total)
            rows.append(([""] + cells, text, start, [start] + starts))
        if len(rows) >= 2:
            before = line[max(0, tokens[h][1] - pos - 40):tokens[h][1] - pos]
            yield [_segment(tokens[h:one]), *rows], _STATED_UNIT.search(before) if "单位" in before else None, ()


def _one_line_tables(line: str, pos: int, tokens: list[tuple[str, int]], figure: list[bool]):
    i, done = 0, 0
    while i < len(tokens):
        if not figure[i]:
            i += 1
            continue
        k = next((n for n in range(i, len(tokens)) if not figure[n]), len(tokens)) - i
        # a 单位 column holds each row's unit before its figures (粮食 万吨 52.3 1.2), any word under 单位
        unit = 1 if i >= k + 4 and _PRINTED_UNIT.fullmatch(tokens[i - 1][0]) \
            and tokens[i - k - 3][0] in _UNIT_COLUMN else 0  # the 单位 after the word naming the rows
        # two columns name the rows, the first a group merged down its rows and printed once (类别 产品 单位 …)
        # (the group and the name unnumbered: 一、主动公开情况 （一）… 条 906 is a 统计表's heading run into its row)
        grouped = not unit and i >= k + 6 and _PRINTED_UNIT.fullmatch(tokens[i - 1][0]) \
            and tokens[i - k - 4][0] in _UNIT_COLUMN and not any(
                figure[t] or _OUTLINE.match(tokens[t][0]).end() for t in (i - 3, i - 2)) \
            and not tokens[i - k - 6][0].startswith(("表", "附"))
        if grouped:
            rows, at = _grouped_rows(tokens, figure, i - 3, k)
            header = i - k - 6
            if len(rows) >= 2 and header >= done and not any(figure[header:i]) and _is_header(tokens[header][0]):
                yield [_segment(tokens[header:i - 3]), *rows], None, ()
                done = at
                i = at
                continue
        first = i - 1 - unit  # the first row's name
        header = first - unit - k - 1  # the word naming the rows, then the columns' names
        # a year names columns, not rows, alone or opening a name (2022年决算数): a header of two rows (项目 2023年
        # 完成预算% 预算数 决算数, 2023年 over the last two) runs from the word before it, wider than the rows, and is
        # not read but said
        while header > done and (_names_a_year(tokens[header][0]) or _YEAR_LEAD.match(tokens[header][0])) \
                and not figure[header - 1]:
            header -= 1
        if header < done or any(figure[header:first + 1]) or not _is_header(tokens[header][0]):
            i += k
            continue
        rows, at = _plain_rows(tokens, figure, first, unit, k)
        while rows and at < len(tokens) and tokens[at][0].startswith("续") and tokens[at][0].endswith("表"):
            more, end = _plain_rows(tokens, figure, at + 1, unit, k)  # 续表 and the rows, without the header again
            if not more:
                break
            rows, at = rows + more, end
        if len(rows) >= 2:
            head = _two_row_head(tokens, header, first - unit, done) or (
                _settled_head(tokens[header:first], rows) if not unit and first - header > 1 + k else None)
            top = head[0][2] if head else tokens[header][1]
            before = line[tokens[done][1] - pos if done < len(tokens) else 0:top - pos]
            stated = _STATED_UNIT.search(before) if "单位" in before else None
            # a row the table cannot place (a name with a space inside it) ends it: the rows after it are said
            left = [] if not _row_follows(tokens, figure, at, k) else [{
                "row": None, "label": tokens[at][0][:60], "candidates": [], "start": tokens[at][1],
                "raw": f"the table's rows go on past {' '.join(t for t, _ in tokens[at:at + 3])}…, "
                       "whose cells are not told apart"}]
            yield [*(head or [_segment(tokens[header:first])]), *rows], stated, left
            done = at
        i = max(at, i + k)


def _settled_head(words: list[tuple[str, int]], rows: list) -> list | None:
    """The two header rows of a one-line table whose header the crawl printed row after row, the upper row's merged
    cells once (项目 2023年 完成预算% 预算数 决算数: 项目 and 完成预算% merged down, 2023年 over the next two), when
    one split alone makes the rows' identities hold: a 合计 or 小计 under a group is the sum of the group's other
    columns, a percent named after a 预算 or 计划 column is 100 times another column over that one. None when no
    split, or more than one, does (the header is then said, not read)."""
    name, rest = words[0][0], [t for t, _ in words[1:]]
    width = len(rows[0][0]) - 1
    values = [row[0][1:] for row in rows]
    found = []
    for cut in range(1, len(rest)):
        upper, lower = rest[:cut], rest[cut:]
        groups = len(upper) - (width - len(lower))  # the upper words over lower ones; the others are merged down
        if groups < 1 or len(lower) < 2 * groups:
            continue
        for over in combinations(range(len(upper)), groups):
            for sizes in product(range(2, len(lower) + 1), repeat=groups):
                if sum(sizes) != len(lower):
                    continue
                columns, taken, size = [], 0, iter(sizes)
                for j, word in enumerate(upper):
                    n = next(size) if j in over else 1
                    columns += [(word, lower[taken + m]) for m in range(n)] if j in over else [(word, word)]
                    taken += n if j in over else 0
                if _identities(columns, values):
                    found.append(columns)
                if len(found) > 1:
                    return None
    if len(found) != 1:
        return None
    start = words[0][1]
    return [table_row([name] + [u for u, _ in found[0]], " ".join(t for t, _ in words), start),
            table_row([name] + [w for _, w in found[0]], " ".join(t for t, _ in words), start)]


def _figure_value(text: str) -> float | None:
    m = _NUMBER.fullmatch(text.strip())
    return None if m is None else float(m.group("num").replace(",", "")) * (-1 if m.group("sign") else 1)


def _rounding(text: str) -> float:
    """Half the last printed place of a figure: 95.6 -> 0.05, 96 -> 0.5."""
    return 0.5 * 10 ** -decimals(text.strip().replace(",", "")) + 1e-9


_GROUP_TOTAL = re.compile(r"(?:合计|小计)$")
_PERCENT_OF = re.compile(r".*(预算|计划).*(?:%|（%）|\(%\)|率)$")


def _identities(columns: list[tuple[str, str]], printed: list[list[str]]) -> bool:
    """Whether the identities these columns (group, name) name hold in every row (its figures as printed), within
    the rounding of the printed figures, and at least one is named."""
    values = [[_figure_value(v) for v in row] for row in printed]
    named = False
    for j, (group, word) in enumerate(columns):
        if group != word and _GROUP_TOTAL.search(word):
            parts = [m for m, (g, w) in enumerate(columns) if g == group and m != j and g != w]
            if len(parts) < 2 or any(row[j] is None or any(row[m] is None for m in parts)
                                     or abs(row[j] - sum(row[m] for m in parts)) > 1e-6 * max(1.0, abs(row[j]))
                                     for row in values):
                return False
            named = True
        elif (m := _PERCENT_OF.match(word)) and group == word:
            of = [k for k, (g, w) in enumerate(columns) if k != j and m.group(1) in f"{g}{w}" and "%" not in w]
            if len(of) != 1:
                continue
            y = of[0]
            if not any(all(row[j] is not None and row[x] is not None and row[y] and abs(
                    row[j] - 100 * row[x] / row[y]) <= _rounding(text[j]) for row, text in zip(values, printed))
                    for x in range(len(columns)) if x not in (j, y)):
                return False
            named = True
    return named


def _plain_rows(tokens: list[tuple[str, int]], figure: list[bool], at: int, unit: int, k: int) -> tuple[list, int]:
    """The rows from ``at`` of a one-line table: a name, its unit when the table has a 单位 column, k figures."""
    rows, width = [], 1 + unit + k
    while at + width <= len(tokens) and tokens[at][0] and not figure[at] \
            and (not unit or _PRINTED_UNIT.fullmatch(tokens[at + 1][0])) and all(figure[at + 1 + unit:at + width]) \
            and (at + width == len(tokens) or not figure[at + width]):
        rows.append(_segment(tokens[at:at + width]))
        at += width
    return rows, at


def _row_follows(tokens: list[tuple[str, int]], figure: list[bool], at: int, figures: int) -> bool:
    """Whether a row a table could not read follows ``at``: a few words, then as many figures as its rows hold."""
    return any(not any(figure[at:j]) and all(figure[j:j + figures]) and (j + figures == len(tokens) or not figure[
        j + figures]) for j in range(at + 1, min(at + 5, len(tokens) - figures + 1)))


def _grouped_rows(tokens: list[tuple[str, int]], figure: list[bool], at: int, k: int) -> tuple[list, int]:
    """The rows from ``at`` of a one-line table named by a group and a name, the group printed in its first row only
    (粮食 稻谷 万吨 30.1 -2.4 小麦 万吨 16.2 0.9 油料 …): three words (group, name, unit) or two (name, unit, under
    the group above) before k figures; each row carries its group. Returns the rows and where they end."""
    rows, group = [], None
    while True:
        words = next((w for w in (3, 2) if at + w + k <= len(tokens) and all(
            tokens[t][0] and not figure[t] for t in range(at, at + w)) and all(figure[at + w:at + w + k])
            and (at + w + k == len(tokens) or not figure[at + w + k])
            and _PRINTED_UNIT.fullmatch(tokens[at + w - 1][0])), None)
        if words is None or words == 2 and group is None:
            return rows, at
        own = tokens[at:at + words + k]
        if words == 3:
            group = own[0]
            rows.append(_segment(own))
        else:
            row = _segment(own)
            rows.append(([group[0], *row[0]], row[1], row[2], [own[0][1], *row[3]]))
        at += words + k


def _two_row_head(tokens: list[tuple[str, int]], header: int, end: int, done: int) -> list | None:
    """The two header rows of a one-line table whose columns name years, or other names repeated, under groups (街道
    新增就业（人） 失业人员（人） 2024年 2023年 2024年 2023年 东城街道 812 790 64 71 …): the word naming the rows with the
    groups, then with the years; as many groups as the years repeat in order, one word each before them. None for a header of one row, and
    for a single group, which the word naming the rows cannot be told from (指标 2024年 2023年)."""
    years = [t for t, _ in tokens[header + 1:end]]
    if not years:
        return None
    period = next(p for p in range(1, len(years) + 1) if len(years) % p == 0
                  and all(years[k] == years[k % p] for k in range(len(years))))
    # other names than years must repeat as a group's own columns (总量（亿元） 增速（%） 总量（亿元） 增速（%）): one name
    # printed twice in a header of one row would name two columns alike
    if not all(map(_names_a_year, years)) and (period < 2 or len(set(years[:period])) < period):
        return None
    groups = len(years) // period
    names = header - groups  # the word naming the rows, before the groups (the last one at ``header``)
    if groups < 2 or names < done or any(_NUMBER.fullmatch(t) for t, _ in tokens[names:header + 1]) \
            or not _is_header(tokens[names][0]):
        return None
    return [_segment(tokens[names:header + 1]), _segment([tokens[names], *tokens[header + 1:end]])]


def _segment(tokens: list[tuple[str, int]]) -> tuple[list[str], str, int, list[int]]:
    """Tokens of one row, each a space (or a line break) apart in the text, as a row of a table block."""
    cells = [t for t, _ in tokens]
    return cells, " ".join(cells), tokens[0][1], [at for _, at in tokens]


def _vertical_blocks(text: str):
    """Tables printed one cell per line, as a PDF's text often has them, in the form of ``_blocks``: found only where
    a header line 单位 stands between the header of the names and one to four headers of figures, and read while
    every row is a name, a unit (or a dash) and figures (or dashes)."""
    if "单位" not in text:
        return  # the anchor of every such table
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 1
    while i < len(lines) - 1:
        if lines[i].strip() not in _UNIT_COLUMN or not _is_header(lines[i - 1]):
            i += 1
            continue
        for width in range(3, 7):  # name, 单位 and one to four columns of figures
            rows = _vertical_rows(lines, i - 1 + width, width)
            if rows >= 2:
                first = i - 1
                yield [_joined(text, starts, first + k * width, width) for k in range(rows + 1)], None, ()
                i = first + (rows + 1) * width
                break
        else:
            i += 1


def _is_header(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 8 and not _NUMBER.fullmatch(line) and _OUTLINE.match(line).end() == 0


def _vertical_rows(lines: list[str], at: int, width: int) -> int:
    """How many rows of ``width`` lines from ``at`` read as a name, a unit or a dash, and figures or dashes."""
    if not all(_is_header(line) for line in lines[at - width + 2:at]):
        return 0
    rows = 0
    while at + width <= len(lines):
        name, unit, *figures = (line.strip() for line in lines[at:at + width])
        if not name or _NUMBER.fullmatch(name) or not (unit in _DASHES or _ROW_UNIT.fullmatch(unit)) \
                or not all(f in _DASHES or _NUMBER.fullmatch(f) for f in figures):
            break
        rows += 1
        at += width
    return rows


def _joined(text: str, starts: list[int], first: int, width: int) -> tuple[list[str], str, int, list[int]]:
    """Lines ``first`` .. ``first + width`` as one row: its cells are one newline apart, as a tab row's are one tab."""
    row = text[starts[first]:starts[first + width] - 1]
    return table_row(row.split("\n"), row, starts[first])


def table_row(cells: list[str], line: str, start: int) -> tuple[list[str], str, int, list[int]]:
    """A row of a table block: its cells, its text, where it starts and where each cell starts (the cells one
    separator character apart)."""
    starts, at = [], start
    for cell in cells:
        starts.append(at)
        at += len(cell) + 1
    return cells, line, start, starts


# a row whose cells a PDF set less than a space apart: its label, then figures (and a unit) with no gap or one
_GLUED_ROW = re.compile(r"(?P<label>(?:其中[：:])?[^\d\s。，；：:;](?:[^\d。，；：:;]*[^\d\s.,%+\-−－。，；：:;])?)\s?"
                        r"(?P<figures>[+\-−－]?\d[\d.,%+\-−－ ]*)")
_PIECE = re.compile(r"[+\-−－]?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?%?")
# where a PDF ran two column names together: a word and the year closing it (项目2023年), two years (2023年2022年),
# a name's unit in brackets and the next name (地区生产总值(亿元)比上年增长(%)), a name and a change after it
# (绝对数比上年增长%), or a bare 增长 not closing such a comparison (全年完成增长（%）), 计量单位 and the next name
# (计量单位产量), a rows' 类别, 名称, 渠道, 类型 or 方式 and the next name (诉求类别诉求量（件）, 受理渠道受理量（件）); the
# cut is where the match ends
_HEAD_CUT = re.compile(rf"[^\d\s](?=(?:19|20)\d{{2}}年度?$)|年(?=(?:19|20)\d{{2}}年)"
                       rf"|[（(](?:单位[：:])?(?:万|亿)?(?:{_UNITS}|%|‰)[）)](?=[\u4e00-\u9fff])"
                       rf"|[^\d\s](?=(?:比上年|较上年|比上期|同比)\S*$)|^计量单位(?=[\u4e00-\u9fff])"
                       rf"|[\u4e00-\u9fff](?<!比)(?<!上年)(?<!同期)(?<!上期)(?=(?:增长|增速|增幅)(?:[（(]%[）)]|%)?$)"
                       rf"|(?:类别|名称|渠道|类型|方式)(?=[\u4e00-\u9fff])")


def _reglued(lines: list) -> list:
    """The block with its cells set apart where a PDF printed them touching (a typed table's tab stops too tight):
    a header's names run together (项目2023年, 2023年2022年, 产值(亿元)增长(%)) when a row has as many cells as the
    names cut apart; a row's label run into its unit or its first figure (原盐万吨42.3, 合计27726); figures run into
    each other (42.3-2.7, 79.49.4). A row is cut only where exactly one cut gives it as many cells as the header, each
    figure a number as printed, and (in a second pass) each of as many decimals as its column's figures show in every
    row that needed no cut (81.079.42.0: 81.0 79.4 2.0, not 81.07 9.4 2.0). Rows no single cut settles are left as
    printed: the table's findings name them."""
    lines = _numbers_apart(lines)
    header = _head_cut(lines[0])
    # the names cut apart when a row has as many cells, or is cut into as many (every row touching), and none reads
    # under them as printed (a label, then figures; under 序号, a row with no number, 合计, is no witness)
    cut = len(header[0])
    unit = next((j for j, n in enumerate(header[0]) if n.strip() in _UNIT_COLUMN), None)
    numbered = lines[0][0][0].strip().startswith(_NUMBERING)
    if cut == len(lines[0][0]) or not any(
            len(values) == cut or _recut(row, cut, unit, {}) for row in lines[1:] for values in row[:1]) or any(
            len(values) == len(lines[0][0]) > 1 and not _GLUED_ROW.fullmatch(values[0].strip())
            and all(map(_is_figure, values[1:])) and not (numbered and not values[0].strip()[:1].isdigit())
            for values, *_ in lines[1:]):
        header = lines[0]
    width = len(header[0])
    units = [j for j, n in enumerate(header[0]) if n.strip() in _UNIT_COLUMN]
    # the column of the rows' names: the first that holds words in every row printed as wide as the header (after a
    # 序号's figures)
    full = [values for values, *_ in lines[1:] if len(values) == width]
    name = next((j for j in range(width - 1) if full and not any(_is_figure(v[j]) for v in full)), int(numbered))
    rows = [row if len(row[0]) == width else _recut(row, width, units[0] if units else None, {}, name) or row
            for row in lines[1:]]
    # decimals a column shows in every row that needed no cut; under a unit column, also those its rows of one unit
    # show, two rows or more (亿元 rows 986.05 1719.42, 元 rows 27633: 52.790.9 is 52.79 0.9)
    shown: dict[int | tuple[int, str], list[int]] = {}
    for values, *_ in rows:
        if len(values) == width:
            for j, v in enumerate(values):
                if _PIECE.fullmatch(v.strip()):
                    shown.setdefault(j, []).append(_decimals(v.strip()))
                    if units:
                        shown.setdefault((j, values[units[0]].strip()), []).append(_decimals(v.strip()))
    settled = {j: d[0] for j, d in shown.items() if len(set(d)) == 1 and (isinstance(j, int) or len(d) > 1)}
    rows = [row if len(row[0]) == width else _recut(row, width, units[0] if units else None, settled, name) or row
            for row in rows]
    return [header, *_share_settled(header[0], rows, width, units[0] if units else None, settled, name)]


def _share_settled(names: list[str], rows: list, width: int, unit: int | None, settled: dict[int, int],
                   name: int) -> list:
    """Rows no cut settled, cut where a 占比 column and the count before it agree (884019.5 under a 合计 of 45351:
    8840 19.5, not 88401 9.5): the 合计 row the one reading whose share is 100, each other row the one whose share
    is its count over that total, to the share's decimals. Rows still unsettled are left as printed."""
    share = next((j for j, n in enumerate(names) if j > name + 1 and _SHARE_NAME.search(n)), None)
    if share is None or all(len(row[0]) == width for row in rows):
        return rows

    def value(piece: str) -> float:
        return float(piece.replace(",", "").rstrip("%"))

    def agrees(total: float | None):
        def ok(cells: list[tuple[str, int]]) -> bool:
            got, count = value(cells[share][0]), value(cells[share - 1][0])
            want = 100.0 if total is None else count / total * 100 if total else -1.0
            return abs(got - want) <= 0.5 * 10 ** -_decimals(cells[share][0]) + 1e-9
        return ok

    def label(row) -> str:
        return next((c.strip() for c in row[0][name:name + 1]), "")

    def total_row(row) -> bool:
        m = _GLUED_ROW.fullmatch(label(row)) if len(row[0]) != width else None
        return _TOTAL_ROW.fullmatch(m.group("label") if m else label(row)) is not None

    totals = [row if len(row[0]) == width else _recut(row, width, unit, settled, name, agrees(None)) for row in rows
              if total_row(row)]
    if len(totals) != 1 or totals[0] is None or not _PIECE.fullmatch(totals[0][0][share - 1].strip()):
        return rows
    total = value(totals[0][0][share - 1].strip())
    return [row if len(row[0]) == width else _recut(row, width, unit, settled, name, agrees(
        None if total_row(row) else total)) or row for row in rows]


def _numbers_apart(lines: list) -> list:
    """Under a header opening with 序号, each row's number cut from the label it touches (2劳动和社会保障): a row's
    number is the one after the row before's, so 12 after 11 and 1 after the header, never a guess at its digits."""
    if not lines[0][0] or not lines[0][0][0].strip().startswith(_NUMBERING):
        return lines
    out, number = [lines[0]], 0
    for cells, line, start, starts in lines[1:]:
        first = cells[0].strip()
        at = starts[0] + (cells[0].index(first[:1]) if first else 0)
        n = str(number + 1)
        if first == n:
            number += 1
        elif first.startswith(n) and not first[len(n)].isdigit() and first[len(n)] not in ".,":
            number += 1
            cells, starts = [n, first[len(n):], *cells[1:]], [at, at + len(n), *starts[1:]]
        elif (m := _GLUED_ROW.fullmatch(first)) and _TOTAL_ROW.fullmatch(m.group("label")):
            cells, starts = ["", *cells], [at, *starts]  # 合计 has no number: its 序号 cell is empty
        out.append((cells, line, start, starts))
    return out


def _head_cut(row: tuple) -> tuple:
    cells, line, start, starts = row
    out: list[tuple[str, int]] = []
    for cell, at in zip(cells, starts):
        cuts = [0, *(m.end() for m in _HEAD_CUT.finditer(cell.strip())), len(cell.strip())]
        at += cell.index(cell.strip()[:1]) if cell.strip() else 0
        out += [(cell.strip()[a:b], at + a) for a, b in zip(cuts, cuts[1:])] if len(cuts) > 2 else [(cell, at)]
    return [c for c, _ in out], line, start, [a for _, a in out]


def _decimals(figure: str) -> int:
    return len(figure.rstrip("%").split(".", 1)[1]) if "." in figure else 0


def _recut(row: tuple, width: int, unit: int | None, settled: dict, name: int = 0,
           ok=None) -> tuple | None:
    """``row`` cut into ``width`` cells (see _reglued), its name in column ``name``, or None; with ``ok``, only the
    cuts whose cells (text, where it starts) it passes count. ``settled``: the decimals of a column (by its index),
    or of a column's rows of one unit (by index and unit)."""
    cells, line, start, starts = row
    parts: list[tuple[str, int]] = []  # (text, where it starts)
    for cell, at in zip(cells, starts):
        text = cell.strip()
        at += cell.index(text[:1]) if text else 0
        m = _GLUED_ROW.fullmatch(text) if len(parts) == name or unit is not None and len(parts) == unit else None
        if m and m.group("label"):
            parts.append((m.group("label"), at))
            parts += [(f, at + m.start("figures") + k) for f, k in _words(m.group("figures"))]
        else:
            parts.append((text, at))
    if unit == 1 and len(parts) > 1 and _PIECE.match(parts[1][0]):
        label, at = parts[0]  # 塑料制品吨: the label run into its unit
        cut = next((k for k in range(1, len(label)) if _ROW_UNIT.fullmatch(label[k:])), None)
        if cut is None:
            return None
        parts[:1] = [(label[:cut], at), (label[cut:], at + cut)]
    named = max(unit + 1 if unit is not None else 1, name + 1)
    if len(parts) <= named or len(parts) > width:
        return None
    if unit is not None:
        settled = {j: d for j, d in settled.items() if isinstance(j, int)} | {
            j[0]: d for j, d in settled.items() if not isinstance(j, int) and j[1] == parts[unit][0]}
    found: list[list[tuple[str, int]]] = []

    def pieces(k: int, done: list[tuple[str, int]]) -> None:
        if len(found) > 1 or named + len(done) > width:
            return
        if k == len(parts) - named:
            if named + len(done) == width and (ok is None or ok(parts[:named] + done)):
                found.append(done)
            return
        text, at = parts[named + k]
        for cut in _cuts(text, named + len(done), width - named - len(done) - (len(parts) - named - k - 1), settled,
                         whole=ok is None):
            pieces(k + 1, done + [(p, at + o) for p, o in cut])

    pieces(0, [])
    if len(found) != 1:
        return None
    done = parts[:named] + found[0]
    return [p for p, _ in done], line, start, [a for _, a in done]


def _cuts(text: str, column: int, most: int, settled: dict[int, int], whole: bool = True):
    """Each way to cut ``text`` into figures, at most ``most``, the first in ``column``: lists of (figure, offset).
    A figure as printed (9.42, 12046) is kept whole (no gap a PDF lost shows inside it) unless not ``whole`` (the
    table's shares then settle the cut); a dash is a cell, and so is a long dash run into a figure."""
    if text in _DASHES:
        yield [(text, 0)]
        return
    if whole and _PIECE.fullmatch(text):
        most = 1

    def go(at: int, j: int, done: list):
        if at == len(text):
            yield done
            return
        if j - column >= most:
            return
        if dash := re.match(r"—+", text[at:]):  # a long dash touching a figure (193— 193): a cell of its own
            yield from go(at + dash.end(), j + 1, done + [(dash.group(), at)])
            return
        for end in range(at + 1, len(text) + 1):
            piece = text[at:end]
            if _PIECE.fullmatch(piece) and (j not in settled or _decimals(piece) == settled[j]):
                yield from go(end, j + 1, done + [(piece, at)])

    yield from go(0, column, [])


def _words(text: str) -> list[tuple[str, int]]:
    """The words of ``text`` and where each starts."""
    return [(m.group(), m.start()) for m in re.finditer(r"\S+", text)]


def _read_block(table: int, lines: list[tuple[list[str], str, int]], stated: re.Match | None,
                misaligned: list[dict] | None = None, placed: dict[int, tuple[int, ...]] | None = None
                ) -> list[TableCell]:
    """The cells of a block; rows holding figures but not as many cells as the header (an empty cell a text file
    dropped: 县民政局 806 98.7 under four columns) go to ``misaligned``, as no column can be told for their figures."""
    while len(lines) > 2 and sum(1 for c in lines[0][0] if c.strip()) < 2:  # a title row spanning the columns
        stated = _STATED_UNIT.search(lines[0][1]) if "单位" in lines[0][1] else stated
        lines = lines[1:]
    header = [c.strip() for c in lines[0][0]]
    # a sheet printed to PDF: its 单位 line, set right above the header, joined to the header's first name
    if stated is None and (opens := _STATED_UNIT.match(header[0])) and header[0].startswith("单位") \
            and header[0][opens.end():]:
        stated, header[0] = opens, header[0][opens.end():]
    if sum(1 for c in header if c) < 2 or any(_NUMBER.fullmatch(c) and not _YEAR_NAME.match(c) for c in header):
        return []
    units = [_column_unit(name) for name in header]
    table_unit = _cell_unit(stated, (None, 1.0)) if stated else (None, 1.0)
    named = 1 if header[0] in _NUMBERING and len(header) > 2 else 0  # the column that names the rows
    groups = [""] * len(header)
    lower = [c.strip() for c in lines[1][0]] if len(lines) > 2 else []
    if lower and len(lower) + 1 == len(lines[2][0]) and lower[0] != header[0]:
        lower = [header[0], *lower]  # the word naming the rows, merged down both rows, printed once (a text file's)
    if lower and len(header) < len(lower):
        header = _spread(header, lower) or header
    if lower and (carried := _two_row_header(header, lower, named)):
        header = [low or group for low, group in zip(lower, carried)]
        groups = [group if low and group != low else "" for low, group in zip(lower, carried)]
        units = [unit if unit[0] else _column_unit(group) for unit, group in
                 zip((_column_unit(name) for name in header), groups)]
        lines = lines[1:]
    unit_column = next((j for j, name in enumerate(header) if name in _UNIT_COLUMN), None)
    if stated and (listed := _listed_units(stated)):
        # 单位：万人、%: one unit a column of figures, in order, when there are as many; else only the columns' names
        # can say which column is in which
        table_unit = (None, 1.0)
        figure_columns = [j for j in range(named + 1, len(header)) if j != unit_column]
        if len(listed) == len(figure_columns):
            units = [listed[figure_columns.index(j)] if j in figure_columns and not unit[0] else unit
                     for j, unit in enumerate(units)]
    cells = []
    group_row = None
    sub = _subgroup_column(lines[1:], header, named)
    # a short 合计 row is one whose name is merged across the columns that name the rows (two or more, a row's
    # number among them, up to the first figure after a name in every row of figures that lines up with the header);
    # under one such column its cells are not placed (合计 169665 168358 99.2 under 月份 受理量 办结量 办结率 满意率: a
    # blank dropped, none can say where)
    full = [values for values, *_ in lines[1:] if len(values) == len(header) and any(map(_is_figure, values))]
    lined_up = min((_first_figure_after_name(values) for values in full), default=0) > 1
    for row, (values, line, start, cell_starts) in enumerate(lines[1:], 1):
        if _repeats_header(values, header):  # a sub-table's own header (信息内容 本年处理决定数量) names what follows
            header = [c.strip() for c in values]
            units = [_column_unit(name) for name in header]
            continue
        if len(values) < len(header) and lined_up and (merged := _merged_total(values, len(header), named)):
            values, cell_starts = merged, cell_starts[:1] * (len(header) - len(values) + 1) + cell_starts[1:]
        if placed and row in placed and len(values) < len(header):  # the columns the identities put its figures in
            at = dict(zip(placed[row], zip(values[1:], cell_starts[1:])))
            values = [values[0], *(at.get(j, ("", start))[0] for j in range(1, len(header)))]
            cell_starts = [cell_starts[0], *(at.get(j, ("", start))[1] for j in range(1, len(header)))]
        label = values[named].strip() if len(values) == len(header) else ""
        if len(values) != len(header) and misaligned is not None and any(_is_figure(v) for v in values):
            # named by its words, not its 序号
            misaligned.append({"row": row, "label": next((v.strip() for v in values if v.strip() and not _is_figure(v)),
                                                         next((v.strip() for v in values if v.strip()), ""))[:60],
                               "candidates": [], "start": start,
                               "raw": f"{len(values)} cells under a header of {len(header)}: which column each of "
                                      "its figures is in is not printed"})
            if not named and 1 < len(values) < len(header) and not _is_figure(values[0]) \
                    and all(_is_figure(v) or v.strip() in _DASHES for v in values[1:]):
                misaligned[-1]["place"] = (len(values) - 1, len(header) - 1)  # figures, columns they may be in
        if label and sub and values[sub].strip():
            label = f"{label}:{values[sub].strip()}"  # 行政许可 受理, 行政许可 办结: the group's rows
        if not label and (heading := _OUTLINE.match(next((v.strip() for v in values if v.strip()), ""))) \
                and heading.group("group"):
            group_row = row  # a group's row across the columns, no figure (（二）通过不同渠道…——): the rows under it are its
        if not label or _NUMBER.fullmatch(label) and not _YEAR_NAME.match(label):  # a row of a year names it
            continue
        outline = _OUTLINE.match(label)
        subset = label.startswith("其中")
        label = label[outline.end():].strip() or label
        if outline.group("group"):
            group_row = row
        parent_row = group_row if outline.group("item") else None
        row_unit = None if unit_column is None else _ROW_UNIT.fullmatch(values[unit_column].strip()) or (
            _PRINTED_UNIT.fullmatch(values[unit_column].strip()) if unit_column != named else None)
        named_unit = _column_unit(label)  # a row of indicators names its own unit: 受理量（件）, 满意率（%）
        for j in range(named + 1, len(values)):
            raw = _NOTE_MARK.sub("", values[j].strip())  # 201,115①: the figure; the mark points to a 注 line
            m = None if j == unit_column else (_NUMBER.fullmatch(raw) or _NUMBER_WITH_UNIT.fullmatch(raw)
                                               or _CHANGE_CELL.fullmatch(raw))
            # the unit printed in the cell, else the one its column's name says, its row's 单位, its row's name or
            # the 单位 line, or a 指数 column (an index is in no unit of the row's or the table's)
            otherwise = units[j] if units[j][0] else (None, 1.0) if "指数" in header[j] \
                else _cell_unit(row_unit, table_unit) if row_unit else named_unit if named_unit[0] else table_unit
            unit, scale = _cell_unit(m, otherwise) if m else (None, 1.0)
            if m and unit and header[j]:
                at = cell_starts[j] + values[j].index(raw)
                found = m.groupdict()
                value = scaled(m.group("num"), scale) * (-1 if m.group("sign") or found.get("down") else 1)
                cells.append(TableCell(table, row, label, j, header[j], value, unit, scale, raw, at, at + len(raw),
                                       line.strip(), found.get("word") or "", parent_row, (start, start + len(line)),
                                       groups[j], bool(outline.group("group")), subset))
    return cells


def _place_short_rows(table: int, lines: list, stated: re.Match | None, read: list[TableCell],
                      misaligned: list[dict]) -> tuple[list[TableCell], list[dict]]:
    """Rows printed with fewer cells than the header (a text file drops an empty cell: 县民政局 806 98.7 under 受理
    办结 办结率), placed by the table's totals: each reading puts the row's figures in columns in their order; the one
    reading under which every 合计 adds up, the row's figures among its parts, gives the row's cells. Rows that no
    single reading settles stay findings (``misaligned``), as do all when the table prints no total to check."""
    short = [m for m in misaligned if "place" in m]
    options = [list(combinations(range(1, m["place"][1] + 1), m["place"][0])) for m in short]
    if prod(len(o) for o in options) > 64:
        return read, misaligned
    settled = []
    for choice in product(*options):
        placed = {m["row"]: columns for m, columns in zip(short, choice)}
        cells = _read_block(table, lines, stated, None, placed)
        pairs = total_sums(cells)
        checked = {p.row for _, parts in pairs for p in parts}
        if pairs and all(row in checked for row in placed) and all(_adds_up(t, parts) for t, parts in pairs):
            settled.append(cells)
            if len(settled) > 1:
                return read, misaligned
    if not settled:
        return read, misaligned
    return settled[0], [m for m in misaligned if "place" not in m]


def _adds_up(total: TableCell, parts: list[TableCell]) -> bool:
    """Whether ``parts`` sum to ``total`` within the rounding of the printed figures."""
    return abs(sum(p.value for p in parts) - total.value) <= sum(0.5 * 10 ** -c.decimals * c.scale
                                                                 for c in (total, *parts))


def _spread(upper: list[str], lower: list[str]) -> list[str] | None:
    """The upper row of a two-row header whose merged cells are printed once (as a PDF's or a Word file's grid is),
    one name a column below: a name the lower row prints again is a column merged down both rows; the names between
    two such columns share the columns between them evenly, whose names repeat in the same order under each, their
    units aside (部门 受理件数 办结件数 over 部门 2024年 2023年 2024年 2023年); None when they do not."""
    spread, i, j = [], 0, 0
    while j < len(lower):
        if i < len(upper) and lower[j] == upper[i]:
            spread.append(upper[i])
            i, j = i + 1, j + 1
            continue
        anchor = next((k for k in range(j, len(lower)) if lower[k] in upper[i:]), len(lower))
        names = upper[i:upper.index(lower[anchor], i) if anchor < len(lower) else len(upper)]
        below = lower[j:anchor]
        if not names or len(below) % len(names):
            return None
        width = len(below) // len(names)
        # names equal but for the unit they state (绝对数(亿元) under 生产总值, 绝对数(万元) under 财政收入)
        if any(_UNIT_SUFFIX.sub("", below[k]) != _UNIT_SUFFIX.sub("", below[k % width]) for k in range(len(below))):
            return None
        spread += [name for name in names for _ in range(width)]
        i, j = i + len(names), anchor
    return spread if i == len(upper) else None


def _first_figure_after_name(values: list[str]) -> int:
    """Where a row's figures begin: its first figure after a cell that is not one (1 危房改造 312.5: 2)."""
    name = next((j for j, v in enumerate(values) if not _is_figure(v)), len(values))
    return next((j for j in range(name + 1, len(values)) if _is_figure(values[j])), len(values))


def _merged_total(values: list[str], width: int, named: int) -> list[str] | None:
    """A 合计 row whose name is merged across the columns that name the rows and printed once (合计 22 under 问题类别
    具体问题 数量, as a PDF's grid gives it): its cells spread to the header's width, the name in the column that names
    the rows and the figures in the last columns; None for any other short row, whose cells cannot be placed."""
    label = values[0].strip()
    if not _TOTAL_ROW.match(label.replace(" ", "")) or len(values) < 2 or width - len(values) < named \
            or not all(_is_figure(v) or v.strip() in _DASHES for v in values[1:]):
        return None
    pad = width - len(values)
    return [""] * named + [values[0]] + [""] * (pad - named) + values[1:]


def _subgroup_column(rows: list[tuple], header: list[str], named: int) -> int | None:
    """The column that names the rows within a group a merged cell names down its rows (类别 项目 件数: 行政许可 over
    受理 and 办结, each row printing 行政许可), when the names repeat in adjacent rows and the next column holds words:
    then each row is named by both."""
    sub = named + 1
    if sub >= len(header) - 1:
        return None
    named_rows = [values for values, _, _, _ in rows if len(values) == len(header) and values[named].strip()]
    if not any(a[named] == b[named] for a, b in zip(named_rows, named_rows[1:])):
        return None
    # a 合计 row merged across the group's columns names no item
    words = [values[sub].strip() for values in named_rows if not _TOTAL_ROW.match(values[named].strip())]
    return sub if all(w and not _is_figure(w) for w in words) and len(set(words)) > 1 else None


def _two_row_header(upper: list[str], second: list[str], named: int) -> list[str] | None:
    """The names a header printed over two rows puts its columns under, each carried right over the columns its
    merged cell covers (部门 | 受理件数 | · | 办结件数 | · over · | 2024年 | 2023年 | 2024年 | 2023年); None when
    ``second`` is a row of figures, or ``upper`` merges no cell."""
    lower = [c.strip() for c in second]
    names = [name for j, name in enumerate(lower) if j > named and name]
    if len(lower) != len(upper) or lower[named] not in ("", upper[named]) or len(names) < 2 \
            or any(_NUMBER.fullmatch(name) and not _YEAR_NAME.match(name) for name in names) \
            or not any(not upper[j] or upper[j] == upper[j - 1] for j in range(named + 2, len(upper))):
        return None
    carried, last = [], ""
    for name in upper:
        last = name or last
        carried.append(last)
    return carried


def _listed_units(stated: re.Match) -> list[tuple[str | None, float]]:
    """The units a 单位 line lists after its first (单位：万人、%: 万人 and %), the first included; none when it states
    one unit."""
    listed, at = [], stated.end()
    while more := _ANOTHER_UNIT.match(stated.string, at):
        listed.append(_cell_unit(more, (None, 1.0)))
        at = more.end()
    return [_cell_unit(stated, (None, 1.0)), *listed] if listed else []


def _repeats_header(values: list[str], header: list[str]) -> bool:
    """A row that opens like the header and holds names, not figures: the header of the rows below it (表二's blocks
    第二十条第（五）项, a table's header repeated after a page break)."""
    names = [v.strip() for v in values if v.strip()]
    return len(values) == len(header) and values[0].strip() == header[0] and len(names) >= 2 \
        and not any(_NUMBER.fullmatch(v) for v in names)


def _cell_unit(m: re.Match, otherwise: tuple[str | None, float]) -> tuple[str | None, float]:
    """(unit, scale) that a match prints (99.5%, 12,563件, 1.2万元, 增长5.2%, a 单位 cell's 万元), else ``otherwise``."""
    found = m.groupdict()
    if found.get("pct"):
        return m.group("pct"), 1.0
    if found.get("unit"):
        return m.group("unit"), float(MULTIPLIERS[m.group("mult")]) if m.group("mult") else 1.0
    return otherwise


@lru_cache(maxsize=4096)  # the same names head the columns and rows of many tables
def _column_unit(name: str) -> tuple[str | None, float]:
    """(unit, scale) that a column's name states (金额（万元）, 增长（%）) or implies (按时办结率 over figures printed
    without %, 受理件数); (None, 1.0) when it says none."""
    if m := _STATED_UNIT.search(name):
        return _cell_unit(m, (None, 1.0))
    if "%" in name or "％" in name:  # 完成预算%, 比上年增长%: the sign without brackets, before a 单位 line's 万元
        return "%", 1.0
    if "指数" in name and "100" in name:  # 指数（上年=100）: a percent of the base year's figure
        return "%", 1.0
    if name.endswith("数") and _COUNTED_NOUN.search(name):  # 项目数 under 单位：万元 counts projects
        return "个", 1.0
    if _RELATIVE_CHANGE.search(name) and not _ABSOLUTE_CHANGE.search(name):
        return "%", 1.0  # 比上年增长 5.4 beside 亿元 in the 单位 column is 5.4 %, not 5.4亿元
    if _PERCENT_NAME.search(name):
        return "%", 1.0
    if _SCORE_NAME.search(name):
        return "分", 1.0
    if counted := _COUNT_NAME.search(name):
        return counted.group("unit"), 1.0
    return None, 1.0


# a table's caption over its header (表6 一般公共预算“三公”经费支出表, 六、“三公”经费支出决算情况): group 1 the whole its total
# row is, without what its columns say (预算, 决算)
_CAPTION = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?(?:附?表[一二三四五六七八九十\d]*[：:、.]?\s*)?"
                      r"(\S{2,30}?)(?:(?:预算|决算)?(?:情况|明细|统计)?表|(?:预算|决算)?情况)$")


def table_captions(text: str, cells: list[TableCell]) -> dict[int, str]:
    """{table: the whole its caption names}, for the tables whose caption is among the 4 lines over their first row."""
    first: dict[int, int] = {}
    for c in cells:
        first[c.table] = min(first.get(c.table, c.row_span[0] or c.start), c.row_span[0] or c.start)
    out = {}
    for table, start in first.items():
        # (a caption run onto the sentence before it, as a PDF's text may join them: the words after that sentence)
        lines = [re.split(r"[。；;]", line)[-1].strip()
                 for line in text[:text.rfind("\n", 0, start) + 1].splitlines()[-4:]]
        if caption := next((m for line in reversed(lines) if (m := _CAPTION.match(line))), None):
            out[table] = caption.group(1)
    return out


def total_sums(cells: list[TableCell]) -> list[tuple[TableCell, list[TableCell]]]:
    """(total, parts) for each 合计 cell not in percent or of changes: the cells above it in its column, up to an
    earlier total; for a total printed first, the cells below it. Where some of them are rows numbered as groups
    (一、税收收入 over its taxes, 二、非税收入), the groups alone: the rows under a group are in its figure."""
    out = []
    for total in cells:
        if not total.is_total or total.unit in ("%", "‰") or total.kind == "change":
            continue
        column = [c for c in cells if c.table == total.table and c.column == total.column]
        above = [c for c in column if c.row < total.row]
        if above:
            parts = [c for c in above if not any(t.is_total and c.row <= t.row for t in above)]
        else:
            below = [c for c in column if c.row > total.row]
            parts = below[:next((k for k, c in enumerate(below) if c.is_total), len(below))]
        if any(p.heads_group for p in parts):
            parts = [p for p in parts if p.heads_group]
        if any(p.subset for p in parts) and (parts := _parts_that_add_up(total, parts)) is None:
            continue  # no reading of the 其中 rows adds up: a misprint cannot be told from rows of a part
        if len(parts) >= 2:
            out.append((total, parts))
    return out


def _parts_that_add_up(total: TableCell, parts: list[TableCell]) -> list[TableCell] | None:
    """The parts of a total whose rows include 其中 rows (税收收入, 其中：增值税, 非税收入, 合计): a 其中 row and the rows
    after it that are printed without the mark (其中：城镇, 乡村) are inside the row above, but how many such rows
    follow is not printed. Each reading leaves out a 其中 row and 0 or more rows after it (up to the next 其中 row);
    the first reading, fewest rows left out, whose parts add up to the total within the rounding of the printed
    figures; None when none does."""
    runs = [k for k, p in enumerate(parts) if p.subset]
    ends = [*runs[1:], len(parts)]
    readings = [[]]
    for start, end in zip(runs, ends):
        readings = [left + list(range(start, stop)) for left in readings for stop in range(start + 1, end + 1)]
        if len(readings) > 256:
            return None
    for left in sorted(readings, key=len):
        kept = [p for k, p in enumerate(parts) if k not in left]
        if _adds_up(total, kept):
            return kept
    return None


def outline_sums(cells: list[TableCell]) -> list[tuple[TableCell, list[TableCell]]]:
    """(total, parts) for each cell of a numbered group row (（一）收到申请数) and the cells of the numbered rows
    under it (1.当面申请数, 2.网络申请数) in its column and unit, up to the next group row."""
    children: dict[tuple, list[TableCell]] = {}
    for c in cells:
        if c.parent_row is not None:
            children.setdefault((c.table, c.parent_row, c.column, c.unit), []).append(c)
    out = []
    for total in cells:
        parts = children.get((total.table, total.row, total.column, total.unit), [])
        if len(parts) >= 2 and total.unit not in ("%", "‰") and total.kind != "change":
            out.append((total, parts))
    return out


def row_changes(cells: list[TableCell]) -> list[tuple[TableCell, TableCell]]:
    """(current, change) for each figure of a column of changes (同比增长) and the figure it changes: the one of the
    column its name names (受理件数同比增长), else the nearest one to its left in its row, no change itself and in the
    change's unit unless the change is in percent, and not of the year before; a change in 个百分点 (个千分点) changes a
    rate in % (‰)."""
    out = []
    for change in cells:
        if change.kind != "change":
            continue
        left = [c for c in cells if c.table == change.table and c.row == change.row and c.column < change.column
                and c.kind != "change" and (c.unit == POINT_UNITS[change.unit] if change.unit in POINT_UNITS else
                                            c.unit not in ("%", "‰") and change.unit in ("%", c.unit))]
        named = [c for c in left if c.column_label and c.column_label in change.column_label]
        # 本期 上年同期 同比: the change is of 本期's figure; a change under 上年 (of two years' groups), of 上年's
        current = [c for c in left if c.of_previous_year == change.of_previous_year]
        if named or current:
            out.append((max(named or current, key=lambda c: c.column), change))
    return out

