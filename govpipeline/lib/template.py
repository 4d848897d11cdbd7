"""The three tables of the national annual-report template (2019 trial format and 2021 format), parsed from
whatever form they arrive in: HTML rows (already tab-separated by normalization), tab- or pipe-separated lines,
one cell per line, or flattened text where the cells of a row run together into one digit string.

Every form becomes one stream of tokens (labels, numbers, blanks). Rows are found by the key words of their
official labels; their values follow. A digit string that holds several cells is split by the template's own
identities (a row's 总计 is the sum of its requester columns, outcomes add up to （七）总计, 一+二 = 三（七）+四,
each 复议/诉讼 block adds up to its 总计); a split the identities do not determine is reported, never guessed.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from decimal import Decimal
from dataclasses import dataclass, field

from govpipeline.lib.table_text import (LABEL_STRIP, MOST_READINGS, OUTLINE_MARKS, Columns, Token, _placements,
                                        bare_figure, loose, printed_value, row_candidates, tokenize)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    unit: str = "件"
    scale: float = 1.0  # 万元 columns: printed value x 1e4 = 元
    kind: str = "count"


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    keys: tuple[str, ...]  # key words of the label (punctuation and spaces removed); any one identifies the row
    columns: tuple[Column, ...] = ()
    whole: str = ""  # a label that names the row as all of a label's words (其他, 总计, when a page drops 3., （七）)


@dataclass(frozen=True)
class TableSpec:
    table_id: str
    title: str
    title_keys: tuple[str, ...]
    rows: tuple[Row, ...]
    columns: tuple[Column, ...]  # default columns of rows that name none
    anchors: tuple[str, ...] = ()  # words of the first header or row after the title


# ---------------------------------------------------------------------------------------------- table 三
REQUESTERS = (
    Column("natural_person", "申请人情况·自然人"),
    Column("commercial", "申请人情况·法人或其他组织·商业企业"),
    Column("research", "申请人情况·法人或其他组织·科研机构"),
    Column("public_interest", "申请人情况·法人或其他组织·社会公益组织"),
    Column("legal_services", "申请人情况·法人或其他组织·法律服务机构"),
    Column("other", "申请人情况·法人或其他组织·其他"),
    Column("total", "申请人情况·总计"),
)
_T3_HEAD = (
    Row("new_received", "一、本年新收政府信息公开申请数量", ("本年新收",)),
    Row("carried_over", "二、上年结转政府信息公开申请数量", ("上年结转",)),
    Row("r1_open", "三、本年度办理结果（一）予以公开", ("予以公开",)),
    Row("r2_partial", "三、本年度办理结果（二）部分公开", ("部分公开",)),
    Row("r3_1", "（三）不予公开 1.属于国家秘密", ("国家秘密",)),
    Row("r3_2", "（三）不予公开 2.其他法律行政法规禁止公开", ("其他法律行政法规禁止公开", "法律行政法规禁止公开")),
    Row("r3_3", "（三）不予公开 3.危及“三安全一稳定”", ("三安全一稳定",)),
    Row("r3_4", "（三）不予公开 4.保护第三方合法权益", ("第三方合法权益",)),
    Row("r3_5", "（三）不予公开 5.属于三类内部事务信息", ("三类内部事务",)),
    Row("r3_6", "（三）不予公开 6.属于四类过程性信息", ("四类过程性",)),
    Row("r3_7", "（三）不予公开 7.属于行政执法案卷", ("行政执法案卷",)),
    Row("r3_8", "（三）不予公开 8.属于行政查询事项", ("行政查询事项",)),
    Row("r4_1", "（四）无法提供 1.本机关不掌握相关政府信息", ("本机关不掌握",)),
    Row("r4_2", "（四）无法提供 2.没有现成信息需要另行制作", ("没有现成信息",)),
    Row("r4_3", "（四）无法提供 3.补正后申请内容仍不明确", ("补正后申请内容仍不明确", "补正后申请内容")),
    Row("r5_1", "（五）不予处理 1.信访举报投诉类申请", ("信访举报投诉",)),
    Row("r5_2", "（五）不予处理 2.重复申请", ("重复申请",)),
    Row("r5_3", "（五）不予处理 3.要求提供公开出版物", ("公开出版物",)),
    Row("r5_4", "（五）不予处理 4.无正当理由大量反复申请", ("大量反复申请",)),
    Row("r5_5", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息", ("确认或重新出具",)),
)
_T3_TAIL = (
    Row("r7_total", "三、本年度办理结果（七）总计", ("七总计", "七合计", "办理结果总计"), whole="总计"),
    Row("carried_forward", "四、结转下年度继续办理", ("结转下年度", "结转下一年度")),
)
T3_ANCHORS = ("申请人情况", "本年新收")
T3_2021 = TableSpec("t3", "收到和处理政府信息公开申请情况", ("收到和处理政府信息公开申请",),
                    _T3_HEAD + (
                        Row("r6_1", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                            ("逾期不补正",)),
                        Row("r6_2", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                            ("逾期未按收费通知", "未按收费通知")),
                        Row("r6_3", "（六）其他处理 3.其他", ("3其他",), whole="其他"),
                    ) + _T3_TAIL, REQUESTERS, T3_ANCHORS)
T3_2019 = TableSpec("t3", "收到和处理政府信息公开申请情况", ("收到和处理政府信息公开申请",),
                    _T3_HEAD + (Row("r6", "三、本年度办理结果（六）其他处理", ("六其他处理",), whole="其他处理"),) + _T3_TAIL, REQUESTERS,
                    T3_ANCHORS)
T3_GROUPS = {"r3": "（三）不予公开", "r4": "（四）无法提供", "r5": "（五）不予处理", "r6": "（六）其他处理"}

# ---------------------------------------------------------------------------------------------- table 四
_OUTCOMES = (("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"),
             ("total", "总计"))
T4_COLUMNS = tuple(
    Column(f"{block}_{key}", f"{name}·{label}")
    for block, name in (("reconsideration", "行政复议"), ("litigation_direct", "行政诉讼·未经复议直接起诉"),
                        ("litigation_after", "行政诉讼·复议后起诉"))
    for key, label in _OUTCOMES)
T4 = TableSpec("t4", "政府信息公开行政复议、行政诉讼情况", ("行政复议行政诉讼情况", "行政复议行政诉讼"),
               (Row("cases", "政府信息公开行政复议、行政诉讼", ()),), T4_COLUMNS, ("结果维持", "维持"))

# ---------------------------------------------------------------------------------------------- table 二
T2_ANCHORS = ("第二十条", "信息内容")
_ISSUED = (Column("issued", "本年制发件数"), Column("repealed", "本年废止件数"), Column("in_force", "现行有效件数"))
_DECISIONS = (Column("decisions", "本年处理决定数量"),)
T2_2021 = TableSpec("t2", "主动公开政府信息情况", ("主动公开政府信息情况",), (
    Row("rules", "第二十条第（一）项 规章", ("规章",), _ISSUED),
    Row("normative_documents", "第二十条第（一）项 行政规范性文件", ("行政规范性文件",), _ISSUED),
    Row("licensing", "第二十条第（五）项 行政许可", ("行政许可",), _DECISIONS),
    Row("penalty", "第二十条第（六）项 行政处罚", ("行政处罚",), _DECISIONS),
    Row("coercion", "第二十条第（六）项 行政强制", ("行政强制",), _DECISIONS),
    Row("fees", "第二十条第（八）项 行政事业性收费", ("行政事业性收费",),
        (Column("fee_amount", "本年收费金额（单位：万元）", unit="元", scale=10_000, kind="amount"),)),
), (), T2_ANCHORS)
_MADE = (Column("new_made", "本年新制作数量"), Column("new_published", "本年新公开数量"),
         Column("total_published", "对外公开总数量"))
_ITEMS = (Column("prev_items", "上一年项目数量", unit="项"), Column("item_change", "本年增/减", unit="项", kind="change"),
          Column("decisions", "处理决定数量"))
T2_2019 = TableSpec("t2", "主动公开政府信息情况", ("主动公开政府信息情况",), (
    Row("rules", "第二十条第（一）项 规章", ("规章",), _MADE),
    Row("normative_documents", "第二十条第（一）项 规范性文件", ("规范性文件",), _MADE),
    Row("licensing", "第二十条第（五）项 行政许可", ("行政许可",), _ITEMS),
    Row("other_services", "第二十条第（五）项 其他对外管理服务事项", ("其他对外管理服务事项",), _ITEMS),
    Row("penalty", "第二十条第（六）项 行政处罚", ("行政处罚",), _ITEMS),
    Row("coercion", "第二十条第（六）项 行政强制", ("行政强制",), _ITEMS),
    Row("fees", "第二十条第（八）项 行政事业性收费", ("行政事业性收费",), _ITEMS[:2]),
    Row("procurement", "第二十条第（九）项 政府集中采购", ("政府集中采购",),
        (Column("purchases", "采购项目数量", unit="项"), Column("purchase_amount", "采购总金额", unit="元", kind="amount"))),
), (), T2_ANCHORS)

_TEMPLATE_TABLES = loose("收到和处理政府信息公开申请", "行政复议行政诉讼", "主动公开政府信息情况")
_VERSION_2021_LABELS = loose("逾期不补正", "本年制发件数", "现行有效件数", "本年废止件数")
_VERSION_2019_LABELS = loose("本年新制作数量", "对外公开总数量", "上一年项目数量", "六其他处理")
_T2_2021_HEADER = loose("本年制发件数", "现行有效件数", "本年废止件数")
_T2_2019_HEADER = loose("本年新制作数量", "对外公开总数量", "上一年项目数量", "采购项目数量")


def _requester_total_ok(values: list[int]) -> bool:
    return len(values) < 7 or sum(values[:6]) == values[6]


def _requester_total(values: list[int]) -> int | None:
    return sum(values) if len(values) == 6 else None


def _t4_total(values: list[int]) -> int | None:
    return sum(values[-4:]) if len(values) in (4, 9, 14) else None


def _t4_ok(values: list[int]) -> bool:
    return all(sum(values[b:b + 4]) == values[b + 4] for b in (0, 5, 10) if len(values) >= b + 5)


# ---------------------------------------------------------------------------------------------- parsing
@dataclass
class Cell:
    table_id: str
    row_key: str
    row_label: str
    column: Column
    value: float | None
    raw: str | None
    start: int | None
    end: int | None
    is_blank: bool = False
    derived: bool = False
    # how the cell was read: 'cells' (printed as cells), 'split' (a run of digits split the one way the form's
    # identities allow), 'narrative' (the report's text states the figure that settles the split)
    evidence: str | None = None


@dataclass
class ParsedTables:
    version: str | None  # '2019' | '2021'
    cells: list[Cell] = field(default_factory=list)
    issues: list[dict] = field(default_factory=list)  # ambiguities and rows that could not be read
    expected: int = 0  # cells the form has in the tables of this version
    spans: list[tuple[int, int]] = field(default_factory=list)  # where the tables stand in the text
    # how a PDF's layout counts a CJK character's columns (0: two, 1: one), where 表三's full rows tell (see
    # _layout_cells); 表四 has one row, none to tell it by
    layout_count: int | None = None
    table_two: TableSpec | None = None  # the edition of 表二 as printed (see _t2_spec)
    blanks_dropped: bool = False  # a table read so far prints figures run together and drops its empty cells
    # a row of 表三 or 表四 whose figures stand apart, fewer than its cells, reads with blanks among them: the page
    # drops empty cells, so a row that no blank makes add up is misprinted, not two cells printed as one
    blanks_apart: bool = False

    @property
    def read(self) -> int:
        return sum(1 for c in self.cells if not c.derived)


def _find_title(text: str, spec: TableSpec) -> int | None:
    """Where the table's title ends: of the places the title's words stand (the narrative can name them too,
    监督保障…未发生行政复议、行政诉讼), the last one before the table's first header or row."""
    titles = [m.end() for m in loose(*spec.title_keys, LABEL_STRIP.sub("", spec.title)).finditer(text)]
    if not titles:
        return None
    anchor = loose(*spec.anchors).search(text, titles[0])
    if anchor is None:  # no header after any: the title's words ending a sentence (未发生行政复议、行政诉讼。) are no title
        titles = [t for t in titles if text[t:t + 1] not in ("。", "；", ";", "，", ",")]
        return titles[0] if titles else None
    return max(t for t in titles if t <= anchor.start())


def detect_version(text: str, report_year: int | None) -> str | None:
    if not _TEMPLATE_TABLES.search(text):
        return None
    if _VERSION_2021_LABELS.search(text):
        return "2021"
    if _VERSION_2019_LABELS.search(text):
        return "2019"
    if report_year is not None:
        return "2021" if report_year >= 2021 else "2019" if report_year >= 2019 else None
    return None


def _number_value(raw: str, column: Column) -> float:
    scale = 10_000 if raw.endswith("万元") else column.scale
    if scale == 1:
        return printed_value(raw)
    # exactly as printed: 277.72 万元 is 2777200 元, not 2777200.0000000005
    return float(Decimal(bare_figure(raw)) * Decimal(int(scale)))


_ROWS_BY_WORD: dict[int, tuple[re.Pattern, dict[str, Row]]] = {}


def _rows_in(key_text: str, rows: tuple[Row, ...], taken: set[str]) -> list[Row]:
    """The rows not yet read whose key words a label holds, in the order it names them: more than one where a page
    drops empty cells and a row printed nothing (3.其他 （七）总计 69 10 …)."""
    if id(rows) not in _ROWS_BY_WORD:  # one scan for the words of every row (a form's rows are module constants)
        words = {w: row for row in rows for w in row.keys}
        _ROWS_BY_WORD[id(rows)] = (re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))), words)
    pattern, words = _ROWS_BY_WORD[id(rows)]
    named = []
    for m in pattern.finditer(key_text):
        row = words[m.group()]
        if row.key not in taken and row not in named:
            named.append(row)
    return named


def _match_row(key_text: str, rows: tuple[Row, ...], taken: set[str]) -> Row | None:
    for k, row in enumerate(rows):
        if row.key in taken:
            continue
        # a whole label (其他) names its row only right after the row before it (not the header's 其他 column)
        if any(w in key_text for w in row.keys) or row.whole == key_text and k and rows[k - 1].key in taken:
            return row
    return None


# the next section of the report (五、存在的主要问题…), on its own line or run on after a table's last figures, or
# its title without the number (a Word file's automatic numbering, a web page's list numbering are not in the text)
_NEXT_SECTION = re.compile(r"(?<![（(第])[五六七]、(?=\s*[\u4e00-\u9fff])|存在的?主要问题|其他需要报告的事项")


# 表三's header: its note (本列数据的勾稽关系…), or 申请人情况 with 法人或其他组织 after it and no sentence's mark between
# (从申请人情况看，自然人… is a sentence)
_T3_HEADER_START = re.compile(rf"{loose('本列数据的勾稽关系').pattern}|"
                              rf"{loose('申请人情况').pattern}(?=[^。，；,;]{{0,80}}?{loose('法人或其他组织').pattern})")


def _regions(text: str, version: str) -> dict[str, tuple[TableSpec, int, int]]:
    specs = [T2_2021 if version == "2021" else T2_2019, T3_2021, T4]
    starts = []
    for spec in specs:
        pos = _find_title(text, spec)
        if pos is not None:
            starts.append((pos, spec))
    starts.sort(key=lambda x: x[0])
    _t3_from_header(text, starts)
    regions: dict[str, tuple[TableSpec, int, int]] = {}
    for i, (pos, spec) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        stop = _NEXT_SECTION.search(text, pos, end)
        end = stop.start() if stop else end
        if spec.table_id == "t3":
            spec = _t3_spec(text[pos:end], version)
        elif spec.table_id == "t2":
            spec = _t2_spec(text[pos:end], version)
        regions[spec.table_id] = (spec, pos, end)
    return regions


def _t3_from_header(text: str, starts: list[tuple[int, TableSpec]]) -> None:
    """表三 starts at its header where a page runs 表二's line and 表三's together: with its title lost (…行政事业性收费
    12.5（本列数据的勾稽关系…）申请人情况…), or with its title before 表二's rows (三、… then both tables' lines), which
    then stand between 表三's title and its header, and none between 表二's title and 表三's."""
    t2 = next((pos for pos, spec in starts if spec.table_id == "t2"), None)
    if t2 is None:
        return
    t3 = next((k for k, (_, spec) in enumerate(starts) if spec.table_id == "t3"), None)
    header = _T3_HEADER_START.search(text, t2)
    if header is None:
        return
    if t3 is None:
        later = [pos for pos, _ in starts if pos > t2]
        if not later or header.start() < min(later):
            starts.append((header.start(), T3_2021))
            starts.sort(key=lambda x: x[0])
        return
    pos, spec = starts[t3]
    t2_rows = loose(*(k for row in T2_2019.rows + T2_2021.rows for k in row.keys))
    if t2 < pos < header.start() and not t2_rows.search(text, t2, pos) and t2_rows.search(text, pos, header.start()):
        starts[t3] = (header.start(), spec)


def _t2_spec(region: str, version: str) -> TableSpec:
    """表二 as its own header names its columns: a body can keep the trial format's 表二 (本年新制作数量…) in a report
    whose 表三 is the 2021 form's, or the reverse; a header of neither (or both) goes by the report's version."""
    # the other edition's words (制作, 项目, 采购; 制发, 废止, 现行) before its header's pattern, which allows spacing
    if version == "2021" and any(w in region for w in ("制作", "项目", "采购")) \
            and _T2_2019_HEADER.search(region) and not _T2_2021_HEADER.search(region):
        return T2_2019
    if version == "2019" and any(w in region for w in ("制发", "废止", "现行")) \
            and _T2_2021_HEADER.search(region) and not _T2_2019_HEADER.search(region):
        return T2_2021
    return T2_2021 if version == "2021" else T2_2019


_T3_2021_ROWS = loose("逾期不补正", "未按收费通知")


def _t3_spec(region: str, version: str) -> TableSpec:
    """表三 as printed: a 2021 report can still print the trial format's single row （六）其他处理 (23 rows)."""
    if _T3_2021_ROWS.search(region):
        return T3_2021
    return T3_2019 if version == "2019" or loose("六其他处理").search(region) else T3_2021


# a single-figure row of 表二 printed blank on a one-line page: one mark after its label, words or the label's end next
_BLANK_ROW = re.compile(r"\s*(—|－|-|/|／|无)(?=\s*(?:[^\d\s]|$))")


def _rows_named(tok: Token, rows: tuple[Row, ...], taken: set[str]) -> list[tuple[Row, int, int]]:
    """The rows not yet read whose key words a label holds, in the order it names them, with where their words
    stand in it."""
    named = []
    for row in rows:
        if row.key not in taken and row.keys:
            m = loose(*row.keys).search(tok.text)
            if m:
                named.append((row, m.start(), m.end()))
    return sorted(named, key=lambda n: n[1])


def _row_values(tokens: list[Token], i: int) -> tuple[list[Token], int]:
    values = []
    j = i + 1
    while j < len(tokens) and tokens[j].kind != "label":
        values.append(tokens[j])
        j += 1
    return values, j


_WRAP_GAP = 3  # a label's next line follows it after the line break and a space or two
_CONTINUATION = 20  # the most characters of a wrapped label's next line (a note, 注：…, is no continuation)


def _label_rest(tokens: list[Token], i: int) -> Token | None:
    """The next line of the label at ``i`` when the label is cut after its figures' line (三、本年度办理结果（一）予
    14 0 … / 以公开): a short label right after the figures, with no figures of its own, that opens no item."""
    values, j = _row_values(tokens, i)
    rest = tokens[j] if j < len(tokens) else None
    if rest is None or rest.kind != "label" or rest.start - values[-1].end > _WRAP_GAP \
            or len(rest.text) > _CONTINUATION or j + 1 < len(tokens) and tokens[j + 1].kind != "label" \
            or OUTLINE_MARKS.match(rest.text):
        return None
    return rest


def _caught_figure(tokens: list[Token], i: int, rows: tuple[Row, ...], taken: set[str]) -> Token | None:
    """The rest of the label at ``i`` when the row's first figure ran into it in a PDF and the label's last line was
    put after that figure (…政府信息公开申0请 00 0 0 0 0): one figure touching the label on both sides, then a short
    label that names no row, opens no item and is no note, with figures set apart after it; those figures are the
    row's too. (On a page that runs everything together, 办理0001315注：1.表中…, nothing after the label stands
    apart.)"""
    if i + 3 >= len(tokens):
        return None
    label, figure, rest, after = tokens[i:i + 4]
    ok = figure.kind == "number" and figure.start == label.end and rest.kind == "label" and rest.start == figure.end \
        and len(rest.text) <= _CONTINUATION and "：" not in rest.text and ":" not in rest.text \
        and not OUTLINE_MARKS.match(rest.text) and _match_row(rest.key_text, rows, taken) is None \
        and after.kind != "label" and after.start > rest.end
    return rest if ok else None


def _rows_of(spec: TableSpec, tokens: list[Token], width: int | None = None,
             row_ok=lambda values: True) -> list[tuple[Row, list[Token]]]:
    """(row, its figures) for the rows whose labels the tokens hold. A PDF wraps a long label over two or three
    lines with the figures on any of them: a label that names no row and has figures is read together with the label
    just before it when that one had none (其他法律行政法规禁止 / 公开 0 0 …), and the figures after the next line of a row's
    label are the row's (上年结转政府信息公开申 / 请数量 3 0 …), and a label that names no row with its figures
is read with its next line when that one has none (三、本年度办理结果（一）予 14 0 … / 以公开). A PDF can also give a table's label column first and
    then its rows of figures: rows of ``width`` cells whose labels stood without figures take, in order, the
    figures that follow the last of them, when those are exactly their cells, each standing apart, and each row's
    cells pass ``row_ok``."""
    out, taken = [], set()
    before: Token | None = None  # the label just before, when no figures followed it
    pending: Row | None = None  # the row that label names
    waiting: list[Row] = []  # rows named since the last figures, none followed by figures
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind != "label":
            i += 1
            continue
        has_values = i + 1 < len(tokens) and tokens[i + 1].kind != "label"
        key = tok.key_text
        row = _match_row(key, spec.rows, taken)
        # a label that opens a group or an item (（五）不予处理1.信访举报投) starts a row, it does not go on the one before
        opens = OUTLINE_MARKS.match(tok.text)
        wrapped = before is not None and tok.start - before.end <= _WRAP_GAP and not opens
        if row is None and wrapped and pending is None and has_values:
            row = _match_row(before.key_text + key, spec.rows, taken) or spec.table_id == "t3" and \
                _match_row(_item_words(before.text + " " + tok.text), spec.rows, taken) or None
        elif row is None and wrapped and (len(tok.text) <= _CONTINUATION and "：" not in tok.text and ":" not in tok.text
                                          or pending is not None
                                          and _match_row(before.key_text + key, spec.rows, taken) is pending):
            row = pending  # a longer next line too, when the label it completes is that row's
        caught = _caught_figure(tokens, i, spec.rows, taken)
        if row is None and caught is not None:
            row = _match_row(key + caught.key_text, spec.rows, taken)
        rest = None
        if row is None and has_values and (pending is None or opens):
            rest = _label_rest(tokens, i)
            row = rest and _match_row(key + rest.key_text, spec.rows, taken)
            if row is None or _match_row(rest.key_text, spec.rows, taken) not in (None, row):
                rest, row = None, None  # the next line is another row's label
        if row is not None and spec.table_id == "t2":
            # a single-figure row printed blank on a one-line page (行政许可—行政处罚236, 行政强制—信息内容…): its
            # mark is its cell, and the figures after the label are the last row it names that has none
            # a label the row's name was wrapped into (政府集中采 / 购 42 …) names no row by itself: the row stands
            named, in_label = [], _rows_named(tok, spec.rows, taken)
            for r, _, end in in_label:
                mark = _BLANK_ROW.match(tok.text, end)
                if mark and len(r.columns) == 1 and (mark.end() < len(tok.text) or not has_values):
                    at = tok.start + mark.start(1)
                    out.append((r, [Token("blank", mark.group(1), at, at + len(mark.group(1)))]))
                    taken.add(r.key)
                else:
                    named.append(r)
            row = named[-1] if named else None if in_label else row
        if row is not None and has_values and spec.table_id == "t3" and rest is None:
            # the figures after a label that names several rows are the last one's: the others printed nothing
            row = (_rows_in(key, spec.rows, taken) or [row])[-1]
        if row is not None and has_values:
            values, i = _row_values(tokens, i)
            i += rest is not None  # the label's rest, read with it
            if caught is not None and i < len(tokens) and tokens[i] is caught:
                more, i = _row_values(tokens, i)
                values += more
            column = [r for r in waiting if r.key not in taken and r is not row] + [row] if waiting else ()
            if width and len(column) > 1 and len(values) == width * len(column) \
                    and not any(a.end == b.start for a, b in zip(values, values[1:])):
                chunks = [values[k * width:(k + 1) * width] for k in range(len(column))]
                if all(row_ok([printed_value(t.text) if t.kind == "number" else 0 for t in chunk])
                       for chunk in chunks):
                    out += list(zip(column, chunks))
                    taken.update(r.key for r in column)
                    before = pending = None
                    waiting = []
                    continue
            out.append((row, values))
            taken.add(row.key)
            before = pending = None
            waiting = []
            continue
        if has_values:
            waiting = []
        elif row is not None and row not in waiting:
            waiting.append(row)
        if not has_values and row is None and wrapped and pending is None and len(before.text) < _LONGEST_LABEL \
                and any(OUTLINE_MARKS.match(part) for part in before.text.split()):
            # a row's label wrapped over more lines, its figures on none yet (1.本 / 机关 / 不掌握相关政府信息 3 0 …)
            before = Token("label", f"{before.text} {tok.text}", before.start, tok.end)
        else:
            before, pending = (None, None) if has_values else (tok, row)
        i += 1
    return out


_LONGEST_LABEL = 60
_GROUP_WORDS = tuple(LABEL_STRIP.sub("", g) for g in ("三、本年度办理结果", *T3_GROUPS.values()))


def _item_words(label: str) -> str:
    """The words of a 表三 item's label that a PDF gives line by line with the lines of the group's merged cell beside
    it (2.没 / （四 有现 / ）无法提供 成信息需要另行制作): the label's parts, space apart, without those that are pieces
    of a group's label."""
    parts = [LABEL_STRIP.sub("", p) for p in label.split()]
    return "".join(p for p in parts if not (p and any(p in g for g in _GROUP_WORDS)))


def _cells_for(spec: TableSpec, row: Row, columns: tuple[Column, ...], values: list[tuple[str, int, int] | None],
               evidence: str) -> list[Cell]:
    cells = []
    for column, v in zip(columns, values):
        if v is None:
            cells.append(Cell(spec.table_id, row.key, row.label, column, None, None, None, None, is_blank=True,
                              evidence=evidence))
        else:
            raw, s, e = v
            cells.append(Cell(spec.table_id, row.key, row.label, column, _number_value(raw, column), raw, s, e,
                              evidence=evidence))
    return cells


def _one_per_value(options: list[list]) -> list[list]:
    """The readings of a row, those that read the same figures made one: where empty cells were dropped (a one-line
    page, 0 0 5 for seven cells), readings that differ only in which printed 0 stands where a blank was are the
    same row. A cell they place differently is 0 in each; no token can be named as it, so it is left blank."""
    groups: dict[tuple, list[list]] = {}
    for o in options:
        groups.setdefault(tuple(0 if c is None else printed_value(c[0]) for c in o), []).append(o)
    return [[g[0][c] if all(x[c] == g[0][c] for x in g) else None for c in range(len(g[0]))]
            for g in groups.values()]


def _agreed_cells(spec: TableSpec, row: Row, columns: tuple[Column, ...], options: list[list],
                  evidence: str = "split") -> list[Cell]:
    """The cells of a row that every one of its readings (all the identities leave) reads the same, in the same
    place: a row of one cell a line whose empty cells were dropped (16 22 14 82) leaves open which columns its figures
    stand in, but not that the last is its 总计. The row stays an issue for the rest."""
    cells = []
    width = len(options[0]) if options else 0  # a 表三 without its 总计 reads six
    for c, column in enumerate(columns[:width]):
        if len({None if o[c] is None else tuple(o[c]) for o in options}) == 1:
            cells += _cells_for(spec, row, (column,), [options[0][c]], evidence)
    return cells


def _figures(values: list[Token]) -> list[Token]:
    """The tokens of a row that are its cells when they must be split: its numbers and the blank marks among them
    (an empty cell of a tab row may be an artefact of the layout; a mark never is)."""
    return [t for t in values if t.kind == "number" or (t.kind == "blank" and t.text)]


def _apart(numbers: list[Token]) -> list[Token]:
    """A row's figures, each a cell of its own when two or more stand apart (a page that sets its cells a space
    apart drops an empty cell without a trace: 规章 1 11 is 1 and 11 with a blank among them, never 1 1 1), else as
    they are."""
    if len(numbers) < 2 or sum(t.kind == "number" for t in numbers) < 2 \
            or any(a.end >= b.start for a, b in zip(numbers, numbers[1:])):
        return numbers
    # a figure with a leading zero (00, 013) is two cells printed together, never one alone
    return [dataclasses.replace(t, alone=True) if t.kind == "number" and not _LEADING_ZERO.match(t.text) else t
            for t in numbers]


_LEADING_ZERO = re.compile(r"0\d")


def _short_run(values: list[Token], n: int) -> bool:
    """Whether a row prints its figures as one run with fewer digits than it has cells: the page drops empty cells
    (a 0 printed as nothing), so no run on it can be split soundly (规章36 is 3|6, or 36 and a blank, or …)."""
    printed, end = "", None
    for t in values:
        if t.kind == "blank" or end is not None and t.start != end:
            return False  # a blank printed, or figures apart: a page that keeps its cells
        printed += t.text
        end = t.end
    return printed != "" and (len(printed) < n or not printed.isdigit() and sum(map(str.isdigit, printed)) < n)


def _blank_among(numbers: list[Token], n: int, check) -> bool:
    """Whether a row's figures, each standing apart and fewer than its ``n`` cells, read with blanks among them."""
    return 1 < len(numbers) < n and all(t.alone or t.kind == "blank" for t in numbers) \
        and any(t.alone for t in numbers) and bool(row_candidates(numbers, n, check))


def _may_split(numbers: list[Token], parsed: ParsedTables) -> bool:
    """Whether a row's figures may be read as cells by a split: not on a page that drops empty cells, unless each
    figure stands apart (then the readings place the blanks among them, see row_candidates)."""
    return not parsed.blanks_dropped or all(t.alone or t.kind == "blank" for t in numbers)


def _direct_values(values: list[Token]) -> list[Token]:
    """A row's tokens without the empty cells at its ends (spans of its label or a figure), when each stands
    apart (tokens side by side are pieces of a run of cells); [] otherwise."""
    while values and values[0].kind == "blank" and not values[0].text:
        values = values[1:]
    while values and values[-1].kind == "blank" and not values[-1].text:
        values = values[:-1]
    return [] if _side_by_side(values) else values


def _side_by_side(values: list[Token]) -> bool:
    """Whether two of the tokens touch, pieces of a run of cells; an empty cell (a tab row's, or one a layout's
    columns place) touches nothing."""
    return any(a.end == b.start and a.text and b.text for a, b in zip(values, values[1:]))


def _direct(values: list[Token], n: int) -> list[tuple[str, int, int] | None] | None:
    """The values as printed, one token a cell, when there are exactly as many as the row has columns and each
    stands apart (tokens side by side, 35——1, are pieces of a run of cells that only a split may read). Empty cells
    beyond the row's count at its ends are the spans of its label cells (a label over three columns) or of a figure,
    not cells of its own; with empty cells at both ends, which are spans is not known."""
    if len(values) > n and values[0].kind == values[-1].kind == "blank" and not values[0].text \
            and not values[-1].text:
        return None
    while len(values) > n and values[0].kind == "blank" and not values[0].text:
        values = values[1:]
    while len(values) > n and values[-1].kind == "blank" and not values[-1].text:
        values = values[:-1]
    if len(values) != n or _side_by_side(values):
        return None
    return [None if t.kind == "blank" else (t.text, t.start, t.end) for t in values]


_LABEL_WORD = re.compile(r"[\u4e00-\u9fff]")


def _layout_cells(text: str, rows: list[tuple[Row, list[Token]]], n: int, columns: Columns | None,
                  parsed: ParsedTables | None = None) -> dict[str, list[Token]]:
    """A PDF's text with its layout kept prints an empty cell as spaces, which normalization folds into one, so a
    row with fewer figures than columns does not show which are empty. Where each figure stood across its line
    does: the rows that print all ``n`` figures give each column's extent, and a shorter row's figures take the
    columns they stand under, an empty cell in each other one. Only lines that open with their label are measured
    (how far the source indents a line is not kept). A CJK character may count one column or two; a count is
    trusted when every full row's figures of a column share a place under it, and a row is placed only when each
    figure stands under exactly one column, left to right, by every trusted count alike. Else the row stays as it
    was (unread, with a finding): a wrong column is worse than none."""
    if columns is None:
        return {}
    measured = []  # (row, figures, their extents under each count)
    for row, values in rows:
        figures = [t for t in values if t.kind == "number"]
        if not figures or len(figures) != len(values) or len(figures) > n:
            continue
        line, end = text.rfind("\n", 0, figures[0].start) + 1, text.find("\n", figures[-1].end)
        row_line = text[line:len(text) if end < 0 else end]
        # a line of its own, label then figures: not a tab or pipe row (its cells are known), nor a page on one line
        if text[figures[-1].end:line + len(row_line)].strip() or "\t" in row_line or "|" in row_line \
                or "\n" in text[line:figures[-1].end] or not _LABEL_WORD.search(text, line, figures[0].start):
            continue
        places = [(columns(t.start), columns(t.end)) for t in figures]
        if all(a is not None and b is not None for a, b in places):
            measured.append((row, figures, [[(a[k], b[k]) for a, b in places] for k in (0, 1)]))
    full = [m for m in measured if len(m[1]) == n]
    readings: dict[str, set] = {}
    trusted = []
    for k in (0, 1):
        extents = [(max(e[2][k][c][0] for e in full), min(e[2][k][c][1] for e in full),
                    min(e[2][k][c][0] for e in full), max(e[2][k][c][1] for e in full)) for c in range(n)] if full else []
        if not extents or any(lo >= hi for lo, hi, _, _ in extents) \
                or any(a[3] > b[2] for a, b in zip(extents, extents[1:])):
            continue  # no full row, or its figures do not stand in columns under this count
        trusted.append(k)
        for row, figures, places in measured:
            if len(figures) == n:
                continue
            at = []
            for start, end in places[k]:
                under = [c for c, (_, _, lo, hi) in enumerate(extents) if start < hi and lo < end]
                at.append(under[0] if len(under) == 1 else None)
            ok = None not in at and all(a < b for a, b in zip(at, at[1:]))
            readings.setdefault(row.key, set()).add(tuple(at) if ok else None)
    if parsed is not None and len(trusted) == 1 and len({len(_LABEL_WORD.findall(text[
            text.rfind("\n", 0, m[1][0].start) + 1:m[1][0].start])) for m in full}) > 1:
        parsed.layout_count = trusted[0]  # full rows whose labels differ in length bear out one count only
    placed = {}
    for row, figures, places in measured:
        reading = readings.get(row.key, {None})
        if len(figures) < n and not (len(reading) == 1 and None not in reading):
            # not placed: still, figures a run of spaces apart are a cell each, never cut into several (规章 1 21 is
            # not 1 2 1)
            if all(b[0] - a[1] >= 2 for a, b in zip(places[1], places[1][1:])):
                placed[row.key] = [dataclasses.replace(t, alone=True) for t in figures]
        elif len(reading) == 1 and None not in reading:
            [at] = reading
            by_column = dict(zip(at, figures))
            gap = figures[0].start - 1  # an empty cell's place: the space before the first figure, or after one
            cells = []
            for c in range(n):
                if c in by_column:
                    cells.append(by_column[c])
                    gap = by_column[c].end
                else:
                    cells.append(Token("blank", "", gap, gap))
            placed[row.key] = cells
    return placed


def _issue(parsed: ParsedTables, spec: TableSpec, row_key: str | None, kind: str, raw: str,
           options: list | None = None) -> None:
    """A row (or, with no row_key, a whole table) that was not read: 'ambiguous' with the readings the identities
    leave, 'unreadable' when none fits, 'missing' when the row or the table is not found."""
    parsed.issues.append({"table_id": spec.table_id, "row_key": row_key, "kind": kind, "raw": raw,
                          "candidates": _candidates(options or []), "options": options or []})


def _misread(parsed: ParsedTables, spec: TableSpec, row_key: str, values: list[Token]) -> bool:
    """Whether a row's figures touch what no table prints beside a figure (]41, 1]5: an OCR layer's misreading of
    the page), a finding: the digits left once the junk is dropped may be other than the page's."""
    if not any(t.doubtful for t in values):
        return False
    _issue(parsed, spec, row_key, "unreadable", " ".join(t.text for t in values))
    return True


def _candidates(options: list) -> list[list[str]]:
    """The first readings of a row, each its cells as printed, to show with its finding."""
    return [[c[0] if c else "" for c in o] for o in options[:10]]


# an annual report's own title (in its first lines), not a notice about reports (关于报送…年度报告的通知)
_ANNUAL_REPORT_TITLE = re.compile(r"政府信息公开(?:工作)?年度报告(?!.*(?:通知|的函|工作方案))")
_NOTICE = re.compile(r"关于|通知|印发|报送")


def _report_without_tables(text: str, report_year: int | None) -> str | None:
    """The template version of an annual report of 2019 or later whose text names none of the tables (they were
    pictures, or in a part of the file that was not read), which must print them; else None."""
    if report_year is None or report_year < 2019:
        return None
    head = "\n".join(text[:400].split("\n")[:4])
    if not _ANNUAL_REPORT_TITLE.search(head) or _NOTICE.search(head):
        return None
    return "2021" if report_year >= 2021 else "2019"


def parse_tables(text: str, report_year: int | None = None, columns: Columns | None = None) -> ParsedTables:
    """The template's tables in ``text``; ``columns`` (table_text.layout_columns) tells where each character stood
    across its source line, so that a layout's empty cells can be placed."""
    version = detect_version(text, report_year)
    parsed = ParsedTables(version)
    if version is None:
        version = _report_without_tables(text, report_year)
        return parsed if version is None else _tables_missing(version)
    regions = _regions(text, version)
    for spec in (T2_2021 if version == "2021" else T2_2019, T3_2021, T4):
        if spec.table_id not in regions:
            _issue(parsed, spec, None, "missing", "")
            parsed.expected += _table_size(T3_2019 if spec is T3_2021 and version == "2019" else spec)
    # 表二 last: a page that drops its empty cells may show it only in 表三 or 表四 (see _short_run), and 表二 has no
    # identity to catch a wrong split; the cells and findings keep the tables' order
    parts = {}  # table -> where its cells and findings stand in parsed's lists
    for table_id, (spec, lo, hi) in sorted(regions.items(), key=lambda region: region[0] == "t2"):
        first = len(parsed.cells), len(parsed.issues)
        parsed.spans.append((lo, hi))
        signed = any(c.kind == "change" for row in spec.rows for c in row.columns)  # 2019 表二's 本年增/减
        tokens = tokenize(text, lo, hi, marks=True, signed=signed)
        parsed.expected += _table_size(spec)
        if table_id == "t2":
            parsed.table_two = spec
        if spec is T4:
            _parse_t4(spec, tokens, parsed, text, columns)
        elif spec.table_id == "t3":
            _parse_t3(spec, tokens, parsed, text, columns)
        else:
            _parse_t2(spec, tokens, parsed, text, columns)
        read = {c.row_key for c in parsed.cells if c.table_id == table_id} | \
               {i["row_key"] for i in parsed.issues if i["table_id"] == table_id}
        for row in spec.rows:
            if row.key not in read:
                _issue(parsed, spec, row.key, "missing", "")
        parts[table_id] = first, (len(parsed.cells), len(parsed.issues))
    if parts:  # back in the tables' order
        cells, issues = [], parsed.issues[:min(first[1] for first, _ in parts.values())]
        for (cell, issue), (cell_end, issue_end) in (parts[table_id] for table_id in regions):
            cells += parsed.cells[cell:cell_end]
            issues += parsed.issues[issue:issue_end]
        parsed.cells, parsed.issues = cells, issues
        parsed.spans.sort()
    if regions and _tables_again(text, max(hi for _, _, hi in regions.values())):
        for spec, _, _ in regions.values():
            _issue(parsed, spec, None, "unreadable", "the template's tables are printed again after these (another "
                                                     "report on the page, not told apart from this one): not read")
    if not parsed.cells and all(i["kind"] == "missing" for i in parsed.issues) \
            and not (_VERSION_2021_LABELS.search(text) or _VERSION_2019_LABELS.search(text)):
        # no table: an annual report whose sections stand with nothing under them (the tables were pictures), or a
        # text of the template's years that names a section in passing
        return _tables_missing(version) if _report_without_tables(text, report_year) else ParsedTables(version)
    return parsed


_T3_TITLE = loose("收到和处理政府信息公开申请情况")
_T3_HEADER = loose(*T3_ANCHORS)


def _tables_again(text: str, end: int) -> bool:
    """Whether 表三's title and header stand again after the tables read (which end at ``end``): a second report's
    tables on a page whose reports were not told apart (a crawl that runs them together on one line)."""
    title = _T3_TITLE.search(text, end)
    return title is not None and _T3_HEADER.search(text, title.end(), title.end() + 200) is not None


def _tables_missing(version: str) -> ParsedTables:
    """A report of the template that prints none of its tables as text: a finding for each, no silent miss."""
    parsed = ParsedTables(version)
    for spec in (T2_2021 if version == "2021" else T2_2019, T3_2021 if version == "2021" else T3_2019, T4):
        _issue(parsed, spec, None, "missing", "")
        parsed.expected += _table_size(spec)
    return parsed


def _table_size(spec: TableSpec) -> int:
    return sum(len(row.columns or spec.columns) for row in spec.rows)


def _items_ok(columns: tuple[Column, ...]):
    """表二 2019's identity: this year's items (上一年项目数量 plus 本年增/减) are not fewer than none, so 24-269 is
    24 | -2 | 69, not 24 | -26 | 9."""
    keys = [c.key for c in columns]
    if "prev_items" not in keys or "item_change" not in keys:
        return lambda values: True
    prev, change = keys.index("prev_items"), keys.index("item_change")
    return lambda values: len(values) <= max(prev, change) or values[prev] + values[change] >= 0


def _parse_t2(spec: TableSpec, tokens: list[Token], parsed: ParsedTables, text: str = "",
              columns: Columns | None = None) -> None:
    rows = _rows_of(spec, tokens)
    width = max(len(row.columns) for row in spec.rows)
    placed = _layout_cells(text, [(r, v) for r, v in rows if len(r.columns) == width], width, columns)
    parsed.blanks_dropped |= any(_short_run(values, len(row.columns)) for row, values in rows)
    for row, values in rows:
        values = placed.get(row.key, values)
        if _misread(parsed, spec, row.key, values):
            continue
        n = len(row.columns)
        numbers = _apart(_figures(values))
        # a single figure spanning the block's three columns (colspan) leaves blank cells after it
        direct, evidence = _direct(values, n) or (_direct(numbers, n) if values[0].kind == "number" else None), "cells"
        if direct is None:
            signed = frozenset(k for k, c in enumerate(row.columns) if c.kind == "change")
            options = row_candidates(numbers, n, _items_ok(row.columns), signed=signed) \
                if numbers and _may_split(numbers, parsed) else []
            if parsed.blanks_apart and len(numbers) == 1 and numbers[0].kind == "number" \
                    and not _LEADING_ZERO.match(numbers[0].text):
                # on a page that sets its cells apart and drops the empty ones, a row's one figure may be one cell
                # with blanks beside it (行政事业性收费 17: 17 and a blank as well as 1 | 7)
                options += _placements(numbers, n, _items_ok(row.columns))
            if len(options) <= MOST_READINGS:
                options = _one_per_value(options)
            if len(options) != 1:
                _issue(parsed, spec, row.key, "ambiguous" if options else "unreadable",
                       " ".join(t.text for t in values), options)
                continue
            direct, evidence = options[0], "split"
        parsed.cells += _cells_for(spec, row, row.columns, direct, evidence)


def _t4_printed_columns(tokens: list[Token]) -> tuple[tuple[Column, ...], bool]:
    """表四's columns in the order its header prints them, and whether its blocks print their outcomes in the
    template's order (结果维持 … 总计): a header that names 复议后起诉 before 未经复议直接起诉 prints that block's figures
    first, and one that names the outcomes in another order prints each block's that way."""
    heads = LABEL_STRIP.sub("", "".join(t.text for t in tokens if t.kind == "label"))
    blocks = [T4_COLUMNS[:5], T4_COLUMNS[5:10], T4_COLUMNS[10:]]
    after, direct = heads.find("复议后起诉"), heads.find("未经复议直接起诉")
    if 0 <= after < direct:
        blocks = [blocks[0], blocks[2], blocks[1]]
    at = [heads.find(label) for _, label in _OUTCOMES]
    if min(at) >= 0 and at != sorted(at):
        order = sorted(range(5), key=lambda k: at[k])
        return tuple(block[k] for block in blocks for k in order), False
    return tuple(c for block in blocks for c in block), True


def _t4_layout(text: str, tokens: list[Token], numbers: list[Token], columns: Columns, count: int) \
        -> list[tuple[str, int, int] | None] | None:
    """表四's one row of a PDF's layout with empty cells, its figures under the header line that names all fifteen
    columns (结果 结果 其他 尚未 总计 …), each under exactly one of its words, left to right; measured by the count
    of columns 表三's rows bore out. None when any of that does not hold."""
    heads = [t for t in tokens if t.kind == "label" and len(t.text.split(" ")) == 15]
    if not heads or any(t.kind != "number" for t in numbers) or not 0 < len(numbers) < 15 \
            or "\n" in text[numbers[0].start:numbers[-1].end]:
        return None
    figures = [(columns(t.start), columns(t.end)) for t in numbers]
    readings = []
    for head in heads:  # a header wrapped over two lines (结果/维持) has two: they must place the figures alike
        words, at = [], head.start
        for word in head.text.split(" "):
            words.append((columns(at), columns(at + len(word))))
            at += len(word) + 1
        if any(a is None or b is None for a, b in words + figures):
            return None
        extents = [(a[count], b[count]) for a, b in words]
        cells: list[tuple[str, int, int] | None] = [None] * 15
        last = -1
        for tok, (a, b) in zip(numbers, figures):
            under = [c for c, (lo, hi) in enumerate(extents) if a[count] < hi and lo < b[count]]
            if len(under) != 1 or under[0] <= last:
                return None
            last = under[0]
            cells[last] = (tok.text, tok.start, tok.end)
        readings.append(cells)
    return readings[0] if all(r == readings[0] for r in readings) else None


def _blocks_add_up(columns: tuple[Column, ...], cells: list) -> bool:
    """Whether each 复议/诉讼 block's 总计 is the sum of its outcomes, the cells read in ``columns``."""
    value = {c.key: (0 if v is None else printed_value(v[0])) for c, v in zip(columns, cells)}
    return all(value[f"{b}_total"] == sum(value[f"{b}_{k}"] for k in ("upheld", "corrected", "other", "pending"))
               for b in ("reconsideration", "litigation_direct", "litigation_after"))


def _parse_t4(spec: TableSpec, tokens: list[Token], parsed: ParsedTables, text: str = "",
              layout: Columns | None = None) -> None:
    numbers = [t for t in tokens if t.kind in ("number", "blank")]
    if not numbers:
        return
    row = spec.rows[0]
    if _misread(parsed, spec, row.key, numbers):
        return
    columns, template_order = _t4_printed_columns(tokens)
    direct, evidence = _direct(numbers, 15), "cells"
    if direct is None and layout is not None and parsed.layout_count is not None:
        placed = _t4_layout(text, tokens, numbers, layout, parsed.layout_count)
        if placed is not None and _blocks_add_up(columns, placed):  # each block still adds up to its 总计
            direct = placed
    if direct is None and template_order:
        figures = _apart(_figures(numbers))
        parsed.blanks_dropped |= _short_run(numbers, 15)
        parsed.blanks_apart |= _blank_among(figures, 15, _t4_ok)
        if parsed.blanks_apart and figures and all(t.alone and printed_value(t.text) == 0 or t.kind == "blank"
                                                   for t in figures):
            # zeros set apart, the empty cells dropped (0 0 0 0 0 0 0 0): every reading is 0 in every cell, and
            # there are more than row_candidates lists; which cell a printed 0 is stays unknown, so all are blank
            options = [[None] * 15]
        else:
            options = row_candidates(figures, 15, _t4_ok, _t4_total, not parsed.blanks_apart) \
                if _may_split(figures, parsed) else []
        if len(options) <= MOST_READINGS:
            options = _one_per_value(options)
        if len(options) != 1:
            _issue(parsed, spec, row.key, "ambiguous" if options else "unreadable",
                   " ".join(t.text for t in numbers), options)
            if len(options) <= MOST_READINGS:
                parsed.cells += _agreed_cells(spec, row, columns, options)
            return
        direct, evidence = options[0], "split"
    elif direct is None or not template_order and not _blocks_add_up(columns, direct):
        # outcomes in another order: read only as printed cells whose blocks add up, never split
        _issue(parsed, spec, row.key, "unreadable", " ".join(t.text for t in numbers))
        return
    parsed.cells += _cells_for(spec, row, columns, direct, evidence)


OUTCOME_ROWS = ("r1", "r2", "r3", "r4", "r5", "r6")  # 表三's rows （一）–（六）, whose sum is （七）总计
_ENDS = ("new_received", "carried_over", "r7_total", "carried_forward")  # 一 + 二 = 三（七）+ 四


def _leaf_rows(spec: TableSpec) -> list[str]:
    return [r.key for r in spec.rows if r.key.startswith(OUTCOME_ROWS)]


def _ints(cells: list, blank: int | None = None) -> list[int | None]:
    return [blank if c is None else int(printed_value(c[0])) for c in cells]


def _solve_t3(spec: TableSpec, fixed: dict[str, list], options: dict[str, list]) -> dict[str, list] | None:
    """The one reading of the ambiguous rows under which 一 + 二 = 三（七）+ 四 and （七）总计 = the outcome rows hold in
    every column, or None when there is none or more than one. The outcome rows are summed column by column over
    their readings, keeping partial sums that stay within （七）总计; a search that grows too large gives up (None)."""
    leaves = _leaf_rows(spec)
    summed = all(k in fixed or k in options for k in leaves)
    end_keys = [k for k in _ENDS if k in options]
    leaf_keys = [k for k in leaves if k in options]
    if leaf_keys and not summed:
        return None  # nothing ties these rows' readings to the others
    found: list[dict[str, list]] = []
    combos = itertools.product(*(options[k] for k in end_keys))
    for n, combo in enumerate(combos):
        if n > 10_000:
            return None
        ends = {k: _ints(fixed[k]) for k in _ENDS if k in fixed} | {k: _ints(c) for k, c in zip(end_keys, combo)}
        if len(ends) == 4 and any(None not in col and col[0] + col[1] != col[2] + col[3]
                                  for col in zip(*(ends[k] for k in _ENDS))):
            continue
        if not summed or "r7_total" not in ends or None in ends["r7_total"]:
            if leaf_keys:
                return None
            found.append(dict(zip(end_keys, combo)))
        else:
            printed = [_ints(fixed[k], 0) for k in leaves if k in fixed]  # a blank cell (—, 无) is 0
            columns = list(range(len(ends["r7_total"])))
            target = tuple(ends["r7_total"][c] - sum(row[c] for row in printed) for c in columns)
            for leaf_choice in _leaf_readings(leaf_keys, options, columns, target):
                found.append(dict(zip(end_keys, combo)) | leaf_choice)
                if len(found) > 1:
                    return None
        if len(found) > 1:
            return None
    return found[0] if len(found) == 1 else None


def _leaf_readings(keys: list[str], options: dict[str, list], columns: list[int], target: tuple[int, ...]):
    """Readings of the outcome rows ``keys`` whose ``columns`` add up to ``target``, at most two (enough to tell one
    from many); two empty ones (many) when the partial sums grow past 200,000."""
    states: dict[tuple, list[dict]] = {(0,) * len(target): [{}]}
    for k in keys:
        nxt: dict[tuple, list[dict]] = {}
        for sums, choices in states.items():
            for option in options[k]:
                values = _ints(option)
                new = tuple(s + (values[c] or 0) for s, c in zip(sums, columns))  # a blank cell adds nothing
                if any(n > t for n, t in zip(new, target)):
                    continue
                bucket = nxt.setdefault(new, [])
                for choice in choices:
                    if len(bucket) < 2:
                        bucket.append(choice | {k: option})
        states = nxt
        if len(states) > 200_000:
            return [{}, {}]
    return states.get(target, [])


@dataclass(frozen=True)
class _Printed:
    """The columns a 表三 prints: the template's seven, or six when it prints no 总计, or eight with a 小计 of the
    法人或其他组织 columns at ``subtotal`` (which is no template cell)."""
    width: int = 7
    subtotal: int | None = None
    total_first: bool = False  # 总计 printed before 自然人

    def ok(self, values: list) -> bool:
        if self.total_first:
            return len(values) < 7 or sum(values[1:7]) == values[0]
        if self.subtotal is None:
            return self.width == 6 or _requester_total_ok(values)
        if len(values) < 8:
            return True
        legal = values[self.subtotal]
        return sum(values[1:7]) - legal == legal and values[0] + legal == values[7]  # its five, 自然人 + it = 总计

    def forced(self, values: list) -> int | None:
        if self.total_first:
            return None
        if self.width == 7:
            return _requester_total(values)
        if self.width == 8 and len(values) == 7:
            return values[0] + values[self.subtotal]
        return None

    def template_cells(self, cells: list) -> list:
        if self.total_first:
            return cells[1:] + cells[:1]
        return cells if self.subtotal is None else cells[:self.subtotal] + cells[self.subtotal + 1:]


def _t3_printed(tokens: list[Token], rows: list[tuple[Row, list[Token]]]) -> _Printed:
    """The columns the header names before the first row (自然人 … 其他 小计 总计), when the rows print that many."""
    head = ""
    for t in tokens:
        if t.kind == "blank" and not t.text:
            continue  # a merged header cell's empty places (申请人情况 over seven columns, as a page's grid writes it)
        if t.kind != "label":
            break
        head += t.key_text
    head = head[:head.find("本年新收")] if "本年新收" in head else head
    if "自然人" in head and "小计" not in head and re.search("总计|合计", head[:head.find("自然人")]):
        # 总计 named before 自然人: the rows bear it out when each full row's first cell is the sum of the rest and
        # some row's last is not the sum of the others
        full = [_ints(d, 0) for _, v in rows if (d := _direct(v, 7)) is not None]
        first = _Printed(total_first=True)
        if full and all(first.ok(v) for v in full) and not all(_requester_total_ok(v) for v in full):
            return first
    if "自然人" not in head or "小计" not in head and re.search("总计|合计", head):
        return _Printed()
    counts = {len(_direct_values(v)) for _, v in rows}
    if "小计" in head and 8 in counts:
        return _Printed(8, 1 if head.find("小计") < head.find("商业企业") else 6)
    if not re.search("总计|合计", head) and (6 in counts and 7 not in counts or counts <= {0, 1}):
        return _Printed(6)  # six cells apart, or each row's figures one run (a one-line page: its header says)
    return _Printed()


_REQUESTER_NAMES = {"自然人": 0, "商业企业": 1, "科研机构": 2, "社会公益组织": 3, "法律服务机构": 4, "其他": 5, "总计": 6,
                    "合计": 6}


def _transposed(spec: TableSpec, tokens: list[Token]) -> dict[str, list] | None:
    """表三 printed turned (its rows as columns): a header of its row labels with no figure, then a row for each
    requester column (自然人 … 其他, 总计) with a figure for each of those labels. Its cells by row key when all seven
    requester rows print one cell per label and every row's 总计 is the sum of its requester cells; else None."""
    named: list[Row] = []
    taken: set[str] = set()
    k = 0
    while k < len(tokens) and tokens[k].kind == "label" and tokens[k].key_text not in _REQUESTER_NAMES:
        row = _match_row(tokens[k].key_text, spec.rows, taken)
        if row is not None:
            named.append(row)
            taken.add(row.key)
        k += 1
    if len(named) < 2:
        return None
    columns: dict[int, list] = {}
    while k < len(tokens):
        tok = tokens[k]
        values, k = _row_values(tokens, k)
        at = _REQUESTER_NAMES.get(tok.key_text) if tok.kind == "label" else None
        if at is None or at in columns:
            if values:
                return None
            continue
        cells = _direct(values, len(named))
        if cells is None:
            return None
        columns[at] = cells
    if sorted(columns) != list(range(7)):
        return None
    fixed = {row.key: [columns[c][i] for c in range(7)] for i, row in enumerate(named)}
    return fixed if all(_requester_total_ok(_ints(cells, 0)) for cells in fixed.values()) else None


def _parse_t3(spec: TableSpec, tokens: list[Token], parsed: ParsedTables, text: str = "",
              columns: Columns | None = None) -> None:
    turned = _transposed(spec, tokens)
    if turned is not None:
        by_key = {r.key: r for r in spec.rows}
        for key, values in turned.items():
            parsed.cells += _cells_for(spec, by_key[key], spec.columns, values, "cells")
        parsed.cells += _t3_subtotals(spec, turned)
        return
    rows = _rows_of(spec, tokens, 7, _requester_total_ok)
    printed = _t3_printed(tokens, rows)
    ok, forced = (_requester_total_ok, _requester_total) if printed == _Printed() else (printed.ok, printed.forced)
    if printed.width != 7:
        rows = _rows_of(spec, tokens, printed.width, ok)
    if printed == _Printed() and _total_only(rows):
        _issue(parsed, spec, None, "unreadable", "申请人情况: only the 总计 column is filled, the six requester columns "
                                                 "are empty in every row")
        for row, values in rows:
            parsed.cells += _cells_for(spec, row, spec.columns[6:], _direct(values, 7)[6:], "cells")
        return
    if printed == _Printed() and len(rows) < len(spec.rows):
        rows = _rows_in_order(spec, tokens, text) or rows
    fixed: dict[str, list] = {}
    evidence: dict[str, str] = {}
    options_by_row: dict[str, list] = {}
    placed = _layout_cells(text, rows, printed.width, columns, parsed)
    parsed.blanks_dropped |= any(_short_run(values, printed.width) for _, values in rows)
    # figures no row took (24 40 … 53 / 信息公开申请数量 0 0: a narrow cell wrapped 240 and 530 over two lines)
    taken = {t.start for _, values in rows for t in values}
    stray = any(t.kind == "number" and t.start not in taken for t in tokens)
    to_read = []  # rows not read as printed: (row, values, figures)
    for row, values in rows:
        values = placed.get(row.key, values)
        if _misread(parsed, spec, row.key, values):
            continue
        direct = _direct(values, printed.width)
        wrapped = _wrapped_pieces(text, tokens, values, printed.width, taken) \
            if printed == _Printed() and (direct is None or stray and not ok(_ints(direct, 0))) else None
        head = wrapped and _direct(wrapped[0], printed.width)
        if head is not None and not ok(_ints(head, 0)):
            # a row whose cells wrapped the ends of their figures onto the next line: read where one way of putting
            # them back makes it add up
            joined = _wrapped_readings(head, wrapped[1], ok)
            if len(joined) == 1:
                options_by_row[row.key] = joined
                taken.update(t.start for t in wrapped[1])
                continue
        if direct is not None and stray and not ok(_ints(direct, 0)):
            # a row that does not add up, with figures about that no row took: not a misprint to keep as printed
            _issue(parsed, spec, row.key, "unreadable", " ".join(t.text for t in values))
            continue
        if direct is not None and (printed.subtotal is None and not printed.total_first or ok(_ints(direct, 0))):
            fixed[row.key], evidence[row.key] = printed.template_cells(direct), "cells"
        else:
            to_read.append((row, values, _apart(_figures(values))))
    parsed.blanks_apart |= any(_blank_among(numbers, printed.width, ok) for _, _, numbers in to_read)
    for row, values, numbers in to_read:
        if numbers and all(t.kind == "blank" for t in numbers):
            # marks and empty cells only: every cell is blank, whichever empty cells are spans
            fixed[row.key], evidence[row.key] = printed.template_cells([None] * printed.width), "cells"
            continue
        options = row_candidates(numbers, printed.width, ok, forced, not parsed.blanks_apart) \
            if numbers and _may_split(numbers, parsed) else []
        if printed.subtotal is not None or printed.total_first:
            options = list({tuple(printed.template_cells(o)): printed.template_cells(o) for o in options}.values())
        if len(options) <= MOST_READINGS:
            options = _one_per_value(options)
        if len(options) == 1:
            fixed[row.key], evidence[row.key] = options[0], "split"
        elif len(options) > MOST_READINGS:
            # more than row_candidates lists: no part in a solution
            _issue(parsed, spec, row.key, "ambiguous", " ".join(t.text for t in values), options)
            if len(options) <= MOST_READINGS:
                parsed.cells += _agreed_cells(spec, row, spec.columns, options)
        elif options:
            options_by_row[row.key] = options
        else:
            _issue(parsed, spec, row.key, "unreadable", " ".join(t.text for t in values))
    # a row printed as its label alone, where empty cells were dropped (one cell a line, a table converted to text),
    # is all blank when the identities bear that out with the other rows
    # (a PDF's layout wraps such a label over lines with nothing else on them: 1.属于国家秘 / 密)
    read = {r.key for r, _ in rows}
    alone = []
    i = 0
    while i < len(tokens):
        j = i + 1
        while tokens[i].kind == "label" and j < len(tokens) and tokens[j].kind == "label" \
                and tokens[j].start - tokens[j - 1].end <= _WRAP_GAP and not OUTLINE_MARKS.match(tokens[j].text):
            j += 1
        row = _match_row(tokens[i].key_text, spec.rows, read) if tokens[i].kind == "label" else None
        if row is None and j > i + 1:
            row = _match_row("".join(t.key_text for t in tokens[i:j]), spec.rows, read)
        if row is not None:
            # and the other rows the label names, printed as nothing (3.危及“三安全一稳定” 4.保护第三方合法权益)
            named = [row] + [r for r in _rows_in(tokens[i].key_text, spec.rows, read) if r is not row]
            read.update(r.key for r in named)
            alone += [r.key for r in named]
        i = j
    if alone and not options_by_row and printed.width == 7 and not any(i["table_id"] == "t3" for i in parsed.issues):
        if _blank_rows_hold(spec, fixed, alone):
            fixed.update({k: [None] * 7 for k in alone})
            evidence.update(dict.fromkeys(alone, "split"))
    elif alone and options_by_row:
        options_by_row.update({k: [[None] * printed.width] for k in alone})
    if options_by_row:
        solution = _solve_t3(spec, fixed, options_by_row)
        if solution is not None:
            fixed.update(solution)
            evidence.update(dict.fromkeys(solution, "split"))
        else:
            by_key = {r.key: r for r in spec.rows}
            if printed.width == 7:
                for k in _nothing_to_hold(spec, fixed, options_by_row, alone):
                    fixed[k], evidence[k] = [None] * 7, "split"
            for k, options in options_by_row.items():
                if k in alone:
                    continue  # no figure printed: the row stays missing, unless the 总计 column holds it empty
                _issue(parsed, spec, k, "ambiguous", " ".join(t.text for r, v in rows if r.key == k for t in v),
                       options)
                parsed.cells += _agreed_cells(spec, by_key[k], spec.columns, options)
    if printed.width == 6:
        parsed.expected -= len(spec.rows)  # no 总计 printed
    by_key = {r.key: r for r in spec.rows}
    for key, values in fixed.items():
        parsed.cells += _cells_for(spec, by_key[key], spec.columns, values, evidence[key])
    parsed.cells += _t3_subtotals(spec, fixed)


def _wrapped_pieces(text: str, tokens: list[Token], values: list[Token], width: int,
                    taken: set[int]) -> tuple[list[Token], list[Token]] | None:
    """(the row's figures, the ends of them its narrow cells wrapped onto the next line) where a row's figures line
    is followed by a line of fewer figures that no row took, alone or after the label's rest (…数量 24 40 … 53 /
    信息公开申请数量 0 0, or （七）总计 23 30 … 51 / 5 5)."""
    if len(values) > width and "\n" in text[values[width - 1].end:values[width].start]:
        head, pieces, first = values[:width], values[width:], values[width]
    else:
        j = next(k for k, t in enumerate(tokens) if t.start == values[-1].start) + 1
        if len(values) != width or j + 1 >= len(tokens) or tokens[j].kind != "label" \
                or "\n" not in text[values[-1].end:tokens[j].start]:
            return None
        head, pieces, first = values, [], tokens[j]
        for t in tokens[j + 1:]:
            if t.kind != "number" or t.start in taken or "\n" in text[first.end:t.start]:
                break
            pieces.append(t)
        if j + 1 + len(pieces) < len(tokens) and tokens[j + 1 + len(pieces)].kind != "label":
            return None
    if not pieces or len(pieces) >= width or any(t.kind != "number" or "\n" in text[first.start:t.start]
                                                 for t in pieces):
        return None
    return head, pieces


def _wrapped_readings(head: list, pieces: list[Token], ok) -> list[list]:
    """The readings of a row with the ends of its figures wrapped (see _wrapped_pieces): each piece appended in turn
    to one of the row's figures, left to right, where the row then adds up. More than one, or none, is no reading."""
    readings = []
    for at in itertools.combinations([k for k, c in enumerate(head) if c is not None], len(pieces)):
        cells = list(head)
        for k, piece in zip(at, pieces):
            cells[k] = (cells[k][0] + piece.text, cells[k][1], piece.end)
        if ok(_ints(cells, 0)):
            readings.append(cells)
    return readings


def _in_order(words: str, text: str) -> bool:
    """Whether ``words``' characters stand in ``text`` in their order (with other characters between them)."""
    at = 0
    for ch in words:
        at = text.find(ch, at) + 1
        if not at:
            return False
    return True


def _rows_in_order(spec: TableSpec, tokens: list[Token], text: str) -> list[tuple[Row, list[Token]]] | None:
    """表三's rows read in the form's order where a PDF of narrow unruled label columns sets each row's figures on a
    line of their own, its label's lines above and below them, interleaved with the group cell's (一、本年新收政府信
    / 58 14 … / 息公开申请数量): when the lines ending in figures are exactly one a row, seven cells each, the words
    between the lines before and after each hold its row's key in order, and every identity of the form holds."""
    lines: dict[int, list[Token]] = {}
    for tok in tokens:
        lines.setdefault(text.count("\n", 0, tok.start), []).append(tok)
    figures = []
    for line in lines.values():
        k = len(line)
        while k and line[k - 1].kind != "label":
            k -= 1
        run = line[k:]
        if len(run) > 7 and run[0].text == "无" and not text[run[0].start - 1].isspace():
            run = run[1:]  # the word a label's line ends in (4.无 / 正当理由…), not a blank cell
        if any(t.kind == "number" for t in line[:k]) or _side_by_side(run) or run and len(run) != 7:
            return None
        if run:
            figures.append(run)
    if len(figures) != len(spec.rows):
        return None
    bounds = [tokens[0].start] + [run[-1].end for run in figures]
    for k, row in enumerate(spec.rows):
        window = LABEL_STRIP.sub("", text[bounds[k]:figures[k + 1][0].start if k + 1 < len(figures) else tokens[-1].end])
        if not any(_in_order(key, window) for key in row.keys + ((row.whole,) if row.whole else ())):
            return None
    cells = {row.key: [0 if t.kind == "blank" else printed_value(t.text) for t in run]
             for row, run in zip(spec.rows, figures)}
    leaves = _leaf_rows(spec)
    ends = [cells[k] for k in _ENDS]
    if not all(_requester_total_ok(v) for v in cells.values()) \
            or any(sum(cells[k][c] for k in leaves) != ends[2][c] or ends[0][c] + ends[1][c] != ends[2][c] + ends[3][c]
                   for c in range(7)):
        return None
    return list(zip(spec.rows, figures))


def _blank_rows_hold(spec: TableSpec, fixed: dict[str, list], alone: list[str]) -> bool:
    """Whether 表三's rows printed as their label alone are all 0 by the identities: with every other row read, the
    outcome rows add up to （七）总计 and 一 + 二 = 三（七）+ 四 in every column, blank cells counted as 0 (counts are
    never negative, so rows that add nothing hold nothing)."""
    value = {k: _ints(cells, 0) for k, cells in fixed.items()} | {k: [0] * 7 for k in alone}
    leaves = _leaf_rows(spec)
    if any(k not in value for k in leaves + list(_ENDS)):
        return False
    new, over, total, forward = (value[k] for k in _ENDS)
    return all(sum(value[k][c] for k in leaves) == total[c] and new[c] + over[c] == total[c] + forward[c]
               for c in range(7))


def _nothing_to_hold(spec: TableSpec, fixed: dict[str, list], options: dict[str, list], alone: list[str]) -> list[str]:
    """表三's rows printed as their label alone (a page that drops its empty cells prints no figure of a row of
    zeros) whose 总计 the form's identities in the 总计 column fix at 0, when the other rows' readings leave them
    open: the outcome rows add up to （七）总计, and 一 + 二 = 三（七）+ 四. A row whose 总计 is 0 holds 0 in every
    requester column (counts are never negative). Each other row's 总计 must be known: printed, or the same in
    every reading left."""
    def total(k: str) -> int | None:
        if k in alone:
            return None
        if k in fixed:
            return _ints(fixed[k], 0)[6]
        totals = {_ints(o, 0)[6] for o in options.get(k, [])}
        return totals.pop() if len(totals) == 1 else None
    known = {k: total(k) for k in [r.key for r in spec.rows]}
    leaves = _leaf_rows(spec)
    empty = []
    silent = [k for k in leaves if k in alone]
    if silent and known["r7_total"] is not None and all(known[k] is not None for k in leaves if k not in alone) \
            and known["r7_total"] == sum(known[k] for k in leaves if k not in alone):
        empty += silent
    ends = [known[k] for k in _ENDS]
    if sum(k in alone for k in _ENDS) == 1 and ends.count(None) == 1:
        at = ends.index(None)
        rest = ends[:at] + [0] + ends[at + 1:]
        if rest[0] + rest[1] == rest[2] + rest[3]:
            empty.append(_ENDS[at])
    return empty


def _total_only(rows: list[tuple[Row, list[Token]]]) -> bool:
    """Whether a 表三 fills only its 总计 column: every row prints its seven cells, the six requester cells empty (no
    0, no mark), and some 总计 is not 0. Those six are not printed, not zeros: a 总计 of 12 over six blanks breaks the
    form's identity."""
    if not rows:
        return False
    totals = []
    for _, values in rows:
        cells = _direct(values, 7)
        if cells is None or cells[6] is None or any(cells[:6]) or any(t.kind == "blank" and t.text for t in values):
            return False
        totals.append(printed_value(cells[6][0]))
    return any(totals)


def _t3_subtotals(spec: TableSpec, fixed: dict[str, list]) -> list[Cell]:
    """The form prints no subtotal rows for （三）–（六）; they are derived, and marked so."""
    out = []
    for group, label in T3_GROUPS.items():
        members = [r.key for r in spec.rows if r.key.startswith(group + "_") or r.key == group]
        if not members or any(m not in fixed for m in members) or members == [group]:
            continue
        for c, column in enumerate(spec.columns[:len(fixed[members[0]])]):  # six when no 总计 is printed
            vals = [fixed[m][c] for m in members]
            if any(v is None for v in vals):
                continue
            total = sum(int(printed_value(v[0])) for v in vals)
            out.append(Cell(spec.table_id, group, label, column, float(total), None, None, None, derived=True))
    return out


def identity_sums(cells: list[Cell], unread: set[tuple[str, str]] = frozenset()) -> list[tuple[Cell, list[Cell]]]:
    """(total, parts) for each identity of the form that the printed cells state: a row's 总计 and its requester
    columns, （七）总计 and the outcome rows of a column (unless an outcome row in ``unread``, (table_id, row_key)
    of rows that could not be read, leaves the parts unknown), each 复议/诉讼 block's 总计 and its outcomes."""
    printed = {(c.table_id, c.row_key, c.column.key): c for c in cells if not c.derived and not c.is_blank}
    outcomes_unread = any(t == "t3" and (r is None or r.startswith(OUTCOME_ROWS)) for t, r in unread)
    sums = []
    for (table, row, col), total in printed.items():
        if table == "t3" and col == "total":
            parts = [printed.get((table, row, k.key)) for k in REQUESTERS[:6]]
            if all(parts):
                sums.append((total, parts))
        if table == "t3" and row == "r7_total" and not outcomes_unread:
            leaves = [c for (t, r, k), c in printed.items() if t == "t3" and k == col
                      and r.startswith(OUTCOME_ROWS)]
            if leaves:
                sums.append((total, leaves))
        if table == "t4" and col.endswith("_total"):
            block = col[: -len("_total")]
            parts = [printed.get((table, row, f"{block}_{k}")) for k in ("upheld", "corrected", "other", "pending")]
            if all(parts):
                sums.append((total, parts))
    return sums


OCR_EVIDENCE = " (OCR)"  # added to a cell's evidence when the text is a scan's OCR layer


def read_from_ocr(parsed: ParsedTables) -> None:
    """Mark the tables of a text that is a scan's OCR layer, whose figures are the OCR program's reading of the page
    (it reads a 6 as 0, a 3 as 8): each cell's evidence says so, and an identity of the form that does not hold over
    such cells is taken for a misreading, not kept as a misprint: the cells it holds are not read, each of their rows
    a finding."""
    printed = [c for c in parsed.cells if not c.derived and not c.is_blank]
    unread = {(i["table_id"], i["row_key"]) for i in parsed.issues}
    doubtful: dict[int, Cell] = {}
    for total, parts in identity_sums(printed, unread):
        if total.value != sum(p.value for p in parts):
            doubtful.update((id(c), c) for c in (total, *parts))
    # and the subtotals derived from them
    groups = {(c.table_id, c.row_key.split("_")[0], c.column.key) for c in doubtful.values()}
    parsed.cells = [c for c in parsed.cells if id(c) not in doubtful
                    and not (c.derived and (c.table_id, c.row_key, c.column.key) in groups)]
    for table_id, row_key in sorted({(c.table_id, c.row_key) for c in doubtful.values()}):
        parsed.issues.append({"table_id": table_id, "row_key": row_key, "kind": "unreadable", "candidates": [],
                              "options": [], "raw": "read from a scan's OCR layer, in a sum of the form that does not "
                                                    "add up there: its figures may be misread, not read"})
    for c in parsed.cells:
        c.evidence = (c.evidence or "cells") + OCR_EVIDENCE


# 表二's cells by the words a report's text uses when it states the same figure: the row's, then the column's
_T2_ROW_WORDS = {"rules": ("规章",), "normative_documents": ("规范性文件",), "licensing": ("行政许可",),
                 "penalty": ("行政处罚",), "coercion": ("行政强制",), "fees": ("收费",)}
_T2_COLUMN_WORDS = {"issued": ("制发", "印发", "出台", "制定"), "repealed": ("废止",), "in_force": ("现行有效",),
                    "decisions": ("决定",), "fee_amount": ("收费", "收取")}
# 表三's totals by the words of the statement's last part (本年新收…件，其中予以公开…件 is read 新收…:予以公开): a
# part naming two rows, or 予以公开 within 部分予以公开 / 不予公开, names none
_T3_TOTAL_WORDS = {"new_received": ("新收",), "carried_over": ("上年结转",), "r1_open": ("予以公开",),
                   "r2_partial": ("部分公开",), "carried_forward": ("结转下年度", "结转下一年度")}
# 表四's cells: a 行政复议 of 政府信息公开 (a 司法局's text counts all its 行政复议), its outcomes by the part's words; a
# 行政诉讼's block by how it was brought, its total only (其他结果 alone may be either block's)
_T4_REVIEW_WORDS = {"upheld": ("维持",), "corrected": ("纠正", "纠错"), "other": ("其他结果",),
                    "pending": ("尚未审结", "未审结")}


def _text_names(table_id: str, row_key: str, column: Column, label: str) -> bool:
    part = label.rsplit(":", 1)[-1]
    if table_id == "t3":
        named = [k for k, words in _T3_TOTAL_WORDS.items() if any(w in part for w in words)]
        return column.key == "total" and named == [row_key] and not (row_key == "r1_open" and "部分" in part)
    if table_id == "t4":
        block, _, outcome = column.key.rpartition("_")
        if block == "reconsideration":
            if "行政复议" not in label or "信息公开" not in label or "诉讼" in label or "起诉" in label:
                return False
            outcomes = [k for k, words in _T4_REVIEW_WORDS.items() if any(w in part for w in words)]
            return outcomes == [outcome] or (outcome == "total" and ":" not in label and not outcomes)
        words = {"litigation_direct": "直接起诉", "litigation_after": "复议后起诉"}[block]
        return outcome == "total" and words in part and not any(
            w in part for ws in _T4_REVIEW_WORDS.values() for w in ws)
    if table_id != "t2" or row_key not in _T2_ROW_WORDS or column.key not in _T2_COLUMN_WORDS:
        return False
    return any(w in label for w in _T2_ROW_WORDS[row_key]) and any(w in label for w in _T2_COLUMN_WORDS[column.key])


def settle_with_text(parsed: ParsedTables, statements: list[tuple[str, float, str]]) -> None:
    """Settle rows that a split left ambiguous (表二's, 表三's by their totals, 表四's) with the figures the report's
    own text states, as (label, value in base units, unit) of facts read outside the tables
    (本年制发规范性文件12件，废止3件; 发生政府信息公开行政复议2件，其中结果维持1件): a reading is kept when every cell a
    statement names has a statement of its value, and at least one has. When exactly one reading is kept its cells
    are stored with evidence 'narrative'; when several are, the cells they all read the same (the stated one at
    least) are, and the row stays an issue with the readings left (本年制发规范性文件12件 of 行政规范性文件12345 leaves
    12|3|45 and 12|34|5); otherwise the row stays an issue."""
    two = parsed.table_two or (T2_2021 if parsed.version == "2021" else T2_2019)
    specs = {"t2": two, "t3": T3_2021 if parsed.version == "2021" else T3_2019, "t4": T4}
    have = {(c.table_id, c.row_key, c.column.key) for c in parsed.cells}
    still = []
    for issue in parsed.issues:
        spec = specs.get(issue["table_id"]) if issue["kind"] == "ambiguous" else None
        row = next((r for r in spec.rows if r.key == issue["row_key"]), None) if spec else None
        columns = (row.columns or spec.columns) if row else ()
        kept = [] if row is None or len(issue["options"]) > MOST_READINGS else [
            option for option in issue["options"] if _stated(spec.table_id, row, columns, option, statements)]
        if len(kept) == 1:
            cells = _cells_for(spec, row, columns, kept[0], "narrative")
        else:
            cells = _agreed_cells(spec, row, columns, kept, "narrative") if kept else []
            if kept:
                issue.update(options=kept, candidates=_candidates(kept))
            still.append(issue)
        parsed.cells += [c for c in cells if (c.table_id, c.row_key, c.column.key) not in have]
    parsed.issues = still


def _stated(table_id: str, row: Row, columns: tuple[Column, ...], option: list,
            statements: list[tuple[str, float, str]]) -> bool:
    named = False
    for column, cell in zip(columns, option):
        said = [value for label, value, unit in statements
                if unit == column.unit and _text_names(table_id, row.key, column, label)]
        if said:
            # None: a reading's blank cell, a zero where 表三's and 表四's empty cells are dropped
            value = (None if table_id == "t2" else 0) if cell is None else _number_value(cell[0], column)
            if value not in said:
                return False
            named = True
    return named


def row_cells(table_id: str, row_key: str, reading: list[tuple[str, int, int] | None], evidence: str,
              version: str = "2021") -> list[Cell]:
    """The cells of a 表二 (2021) or 表三 row read as ``reading`` (each cell as printed, with its offsets; None a
    blank cell)."""
    spec = T2_2021 if table_id == "t2" else T3_2021 if version == "2021" else T3_2019
    row = next(r for r in spec.rows if r.key == row_key)
    return _cells_for(spec, row, row.columns or spec.columns, reading, evidence)


TABLE_NAMES = {"t2": "表二 主动公开政府信息情况", "t3": "表三 收到和处理政府信息公开申请情况",
               "t4": "表四 政府信息公开行政复议、行政诉讼情况", "statistics": "政府信息公开情况统计表"}


def describe_row(table_id: str, row_key: str | None) -> str:
    """A table and row as a reader knows them: 表二 主动公开政府信息情况, 行政规范性文件 (normative_documents)."""
    table = TABLE_NAMES.get(table_id, table_id)
    if row_key is None:
        return table
    label = next((r.label for spec in (T2_2021, T2_2019, T3_2021, T3_2019, T4) if spec.table_id == table_id
                  for r in spec.rows if r.key == row_key), None)
    return f"{table}, {label} ({row_key})" if label else f"{table}, row {row_key}"


# 表二's row labels: its figures may carry a unit (采购总金额 in 元), which the narrative's reader would take
_ROW_WORDS = tuple(sorted({k for spec in (T2_2021, T2_2019) for row in spec.rows for k in row.keys if len(k) >= 4},
                          key=len, reverse=True))


def after_row_label(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` follows a 表二 row's label with nothing between (政府集中采购17314699元): that row's
    cells run together, not a sentence's figure."""
    return text[max(0, pos - 24):pos].rstrip(" \t").endswith(_ROW_WORDS)
