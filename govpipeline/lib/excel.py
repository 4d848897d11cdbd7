"""An Excel attachment (.xlsx, or .xls of Excel 97-2003) -> text in the form lib/word.py gives a report's tables: each
visible sheet's rows one a line, cells between tabs, a row with one cell (a title, a 单位 line, a note) a paragraph, an
empty row a blank line. A cell merged across columns is one cell; one merged across rows is repeated in each row it
covers, as Word's. A number prints as the sheet shows it: a percent format's 0.998 as 99.8%, 0.00's 5 as 5.00.

Sites post a report's statistics tables (表二-表四, a service centre's figures by window) as such attachments.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime

from govpipeline.lib.decode import NotTextError
from govpipeline.lib.pdf import join_lines

_DECIMALS = re.compile(r"0\.(0+)")


@dataclass(frozen=True)
class ExcelText:
    text: str
    title: str | None  # the workbook's own title property


@dataclass
class _Sheet:
    cells: dict[tuple[int, int], str]  # (row, column) from 0 -> text, for cells that hold a value
    merges: list[tuple[int, int, int, int]]  # (first row, first column, last row, last column)


def shown(value, number_format: str = "General") -> str:
    """A cell's value as the sheet shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (datetime, date)):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, (int, float)):
        percent = "%" in number_format
        v = value * 100 if percent else value
        if places := _DECIMALS.search(number_format):
            text = f"{v:.{len(places.group(1))}f}"
        elif percent or float(v).is_integer():
            text = f"{v:.0f}"
        else:
            text = repr(float(v))  # the shortest form that reads back as the stored value: 21.4, not 21.399999…
        return text + ("%" if percent else "")
    return join_lines(str(value).strip().split("\n"))


def _lines(sheet: _Sheet) -> list[str]:
    if not sheet.cells:
        return []
    width = max(c for _, c in sheet.cells) + 1
    height = max(r for r, _ in sheet.cells) + 1
    across: set[tuple[int, int]] = set()  # positions right of a merge's first column: no cell of their own
    for r0, c0, r1, c1 in sheet.merges:
        text = sheet.cells.get((r0, c0), "")
        for r in range(r0, r1 + 1):
            if r > r0 and text:
                sheet.cells[(r, c0)] = text  # merged down: repeated in each row
            across.update((r, c) for c in range(c0 + 1, c1 + 1))
    lines: list[str] = []
    for r in range(height):
        row = [sheet.cells.get((r, c), "") for c in range(width) if (r, c) not in across]
        filled = [text for text in row if text]
        if len(filled) > 1:
            lines.append("\t".join(row).rstrip("\t"))
        elif filled:
            lines.append(filled[0])
        elif lines and lines[-1]:
            lines.append("")
    return lines


def _xlsx_sheets(data: bytes) -> tuple[list[_Sheet], str | None]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)  # a formula's value as last computed
    except Exception as exc:  # zipfile, XML and openpyxl's own errors all mean the file cannot be read
        raise NotTextError(f"corrupt or unreadable .xlsx: {exc}") from exc
    sheets = []
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        cells = {(cell.row - 1, cell.column - 1): text for row in ws.iter_rows() for cell in row
                 if (text := shown(cell.value, cell.number_format))}
        merges = [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges]
        sheets.append(_Sheet(cells, merges))
    return sheets, book.properties.title or None


def _xls_sheets(data: bytes) -> tuple[list[_Sheet], str | None]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    except Exception as exc:  # xlrd raises its own errors and struct's for a damaged file
        raise NotTextError(f"corrupt or unreadable .xls: {exc}") from exc
    sheets = []
    for ws in book.sheets():
        if ws.visibility != 0:
            continue
        cells = {}
        for r in range(ws.nrows):
            for c in range(ws.ncols):
                cell = ws.cell(r, c)
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    continue
                if cell.ctype == xlrd.XL_CELL_DATE:
                    value = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(cell.value)
                else:
                    value = cell.value
                xf = book.xf_list[cell.xf_index]
                fmt = book.format_map[xf.format_key].format_str if xf.format_key in book.format_map else "General"
                if text := shown(value, fmt):
                    cells[(r, c)] = text
        merges = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in ws.merged_cells]
        sheets.append(_Sheet(cells, merges))
    return sheets, None


def read_excel(data: bytes, legacy: bool = False) -> ExcelText:
    """The workbook's visible sheets as text (``legacy``: the .xls format of Excel 97-2003)."""
    sheets, title = (_xls_sheets if legacy else _xlsx_sheets)(data)
    lines: list[str] = []
    for sheet in sheets:
        if lines and lines[-1]:
            lines.append("")
        lines += _lines(sheet)
    text = "\n".join(lines).strip("\n")
    if not text:
        raise NotTextError("a workbook with no text in its visible sheets")
    return ExcelText(text + "\n", title)
