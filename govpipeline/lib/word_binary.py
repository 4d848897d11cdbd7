"""A Word 97-2003 report (.doc, and a .wps that WPS Office saved in that format) -> the report as text, in the form
lib/word.py gives a .docx: one paragraph a line, each table one row a line with its cells between tabs.

olefile opens the compound file; the rest follows [MS-DOC]: the File Information Block (FIB) locates the piece
table (Clx), which maps the main text's character positions to its bytes (UTF-16, or 8-bit pieces), and the
paragraph properties (PlcBtePapx → PapxFkp pages), whose sprmPFTtp marks the paragraph that ends a table row. In
the text a cell ends with \\x07 and so does a row; only the properties tell the two apart (an empty cell is \\x07
too). A cell merged with the one above is stored empty, flagged in the row's sprmTDefTable (or sprmTVertMerge); it
takes the text of the cell above with the same left edge, as lib/word.py does for a .docx. Field codes (\\x13 code
\\x14 result \\x15) keep their result, as Word shows it. A text box's text, in a story after the main text, stands
before the paragraph that anchors it; a tracked deletion (sprmCFRMarkDel) is left out. A .doc has no fixed pages.
"""
from __future__ import annotations

import io
import re
import struct
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from govpipeline.lib.decode import NotTextError
from govpipeline.lib.pdf import join_lines

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_97 = 0x00C1  # nFib of Word 97; older files (Word 6, Word 95) have another layout
# indices of fcClx, fcPlcfBtePapx, fcPlcfBteChpx, fcPlcSpaMom (the main text's shapes) and fcPlcftxbxTxt (the text
# boxes' text) in the FIB's FibRgFcLcb97
_FC_CLX, _FC_PAPX, _FC_CHPX, _FC_SHAPES, _FC_BOXES = 33, 13, 12, 40, 56
_SPRM_DELETED = 0x0800  # sprmCFRMarkDel: a tracked deletion, which Word shows struck out
_SPRM_TTP, _SPRM_IN_TABLE = 0x2417, 0x2416
# a nested table: its cells and rows end with paragraph marks, flagged sprmPFInnerTableCell (and sprmPFInnerTtp)
_SPRM_INNER_CELL, _SPRM_INNER_TTP, _SPRM_ITAP = 0x244B, 0x244C, 0x6649  # sprmPItap: how deep the paragraph is nested
_SPRM_DEF_TABLE, _SPRM_CHG_TABS, _SPRM_VERT_MERGE = 0xD608, 0xC615, 0xD62B
# the paragraph's properties are too many for its FKP page and stand in the Data stream, at the operand's offset
# (LibreOffice writes a wide table's row ends so)
_SPRM_HUGE_PAPX = 0x6646
_VERT_MERGE, _VERT_RESTART = 0x0020, 0x0040  # flags of a TC80, a cell's entry in sprmTDefTable
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by the sprm's spra; 6 is variable
_DROPPED = dict.fromkeys(map(ord, "\x01\x02\x05\x08\x1f"), None)  # pictures, objects, note marks, soft hyphens
_SPACES = {ord("\x0b"): "\n", ord("\x0c"): "\n", ord("\x0e"): "\n", ord("\x1e"): "-", ord("\xa0"): " "}


@dataclass
class DocText:
    text: str
    title: str | None = None  # the Title of the file's summary properties, as the file holds it
    running_heads: tuple[str, ...] = ()  # the lines of its headers and footers (the header story), in order


def doc_to_text(data: bytes) -> str:
    """The report's text; NotTextError, with what to do, when the file is not a readable Word 97-2003 document."""
    return read_doc(data).text


def read_doc(data: bytes) -> DocText:
    """The report's text and the title its summary properties hold; NotTextError, with what to do, when the file is
    not a readable Word 97-2003 document."""
    import olefile

    if not data.startswith(OLE_MAGIC):
        raise NotTextError("is not a Word 97-2003 file (not an OLE compound file)")
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
        if ole.exists("EncryptedPackage"):
            raise NotTextError("is a password-protected .docx: open it in Word or WPS Office and save an "
                               "unprotected copy")
        if not ole.exists("WordDocument"):
            raise NotTextError("holds no Word document (no WordDocument stream): open it in Word or WPS Office and "
                               "save it as .docx")
        word = ole.openstream("WordDocument").read()
        flags = _u16(word, 0x0A)
        if _u16(word, 0) != 0xA5EC or _u16(word, 2) < _WORD_97:
            raise NotTextError("is a Word file older than Word 97 (Word 6 or 95): open it in Word or WPS Office and "
                               "save it as .docx")
        if flags & 0x0100:
            raise NotTextError("is password-protected: open it in Word or WPS Office and save an unprotected copy")
        table_name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(table_name):
            raise NotTextError(f"corrupt Word file: its {table_name} stream is missing")
        table = ole.openstream(table_name).read()
        data_stream = ole.openstream("Data").read() if ole.exists("Data") else b""
        title = _summary_title(ole)
        ole.close()
    except NotTextError:
        raise
    except Exception as exc:  # olefile raises many kinds on damaged files
        raise NotTextError(f"corrupt or truncated Word file: {type(exc).__name__}: {exc}") from None
    try:
        document = _Document(word, table, data_stream)
        text = document.text()
    except (struct.error, IndexError, ValueError) as exc:
        raise NotTextError(f"corrupt Word file: its text cannot be located ({type(exc).__name__}: {exc})") from None
    if not text.strip():
        raise NotTextError("the .doc holds no text")
    try:
        heads = document.running_heads()
    except (struct.error, IndexError, ValueError):
        heads = ()  # a damaged header story: the heads are a hint, the text is the report
    return DocText(text, title, heads)


def _summary_title(ole) -> str | None:
    """The Title of the SummaryInformation property set (olefile reads it as bytes in the set's code page; Chinese
    Word writes 936, GBK). A damaged or missing set gives none: the title is a hint, the text is the report."""
    if not ole.exists("\x05SummaryInformation"):
        return None
    try:
        meta = ole.get_metadata()
        raw = meta.title
        if not raw:
            return None
        codepage = (meta.codepage or 936) & 0xFFFF  # a VT_I2: 65001 (UTF-8) comes back as -535
        if codepage == 1200:
            return None  # UTF-16, whose zero bytes olefile has dropped: not to be read back
        return raw.decode("utf-8" if codepage == 65001 else f"cp{codepage}", errors="replace").strip() or None
    except Exception:  # olefile raises many kinds on a damaged property set
        return None


def _u16(buf: bytes, pos: int) -> int:
    return struct.unpack_from("<H", buf, pos)[0]


def _u32(buf: bytes, pos: int) -> int:
    return struct.unpack_from("<I", buf, pos)[0]


class _Document:
    def __init__(self, word: bytes, table: bytes, data: bytes = b"") -> None:
        self.word, self.table, self.data = word, table, data
        csw = _u16(word, 32)
        lw = 34 + 2 * csw + 2  # FibRgLw97
        self.ccp_text = _u32(word, lw + 12)
        self.ccp_ftn, self.ccp_hdd = _u32(word, lw + 16), _u32(word, lw + 20)  # footnotes, then headers and footers
        # after them the comments, the endnotes, then the text boxes' story
        self.boxes_start = self.ccp_text + self.ccp_ftn + self.ccp_hdd + _u32(word, lw + 28) + _u32(word, lw + 32)
        self.ccp_boxes = _u32(word, lw + 36)
        fc_lcb = lw + 4 * _u16(word, 34 + 2 * csw) + 2  # FibRgFcLcb97
        self.fc_lcb = fc_lcb
        self.pieces = self._pieces(*struct.unpack_from("<II", word, fc_lcb + 8 * _FC_CLX))
        self.row_ends, self.in_table, self.inner_cells, self.inner_rows = self._paragraph_marks(*struct.unpack_from("<II", word, fc_lcb + 8 * _FC_PAPX))
        try:
            self.deleted = self._deleted_runs(*struct.unpack_from("<II", word, fc_lcb + 8 * _FC_CHPX))
        except (struct.error, IndexError, KeyError):
            self.deleted = []  # damaged character properties: the text is still the report

    def _pieces(self, fc: int, lcb: int) -> list[tuple[int, int, int, bool]]:
        """(first cp, end cp, fc of the first character, 8-bit) of each piece of the text."""
        pos, end = fc, fc + lcb
        while pos < end and self.table[pos] == 1:  # Prc: property changes of a fast save, skipped
            pos += 3 + _u16(self.table, pos + 1)
        if pos >= end or self.table[pos] != 2:
            raise ValueError("no piece table")
        size = _u32(self.table, pos + 1)
        plc = self.table[pos + 5:pos + 5 + size]
        n = (size - 4) // 12
        cps = struct.unpack_from(f"<{n + 1}I", plc)
        pieces = []
        for i in range(n):
            fc_compressed = _u32(plc, 4 * (n + 1) + 8 * i + 2)
            eight_bit = bool(fc_compressed & 0x40000000)
            start = fc_compressed & 0x3FFFFFFF
            pieces.append((cps[i], cps[i + 1], start // 2 if eight_bit else start, eight_bit))
        return pieces

    def _paragraph_marks(self, fc: int, lcb: int) -> tuple[dict[int, _RowEnd], set[int], set[int], set[int]]:
        """Where the paragraph runs end (the byte after their mark) of paragraphs that end a table row, with the
        row's layout, of paragraphs in a table, and of those that end a nested table's cell and its row."""
        row_ends: dict[int, _RowEnd] = {}
        in_table: set[int] = set()
        inner_cells: set[int] = set()
        inner_rows: set[int] = set()
        self.nested_paragraphs: set[int] = set()  # paragraphs inside a nested table's cell, before its last
        for fkp, _, end, offset in self._runs(fc, lcb, 13):  # a BxPap: the offset, then a PHE of 12 bytes
            if not offset:
                continue
            sprms = _sprms(_papx_grpprl(fkp, offset))
            huge = sprms.get(_SPRM_HUGE_PAPX)
            if huge and len(huge) == 4:  # a PrcData: the grpprl's size, then the grpprl
                at = _u32(huge, 0)
                sprms.update(_sprms(self.data[at + 2:at + 2 + _u16(self.data, at)]))
            if sprms.get(_SPRM_TTP, b"\0")[0]:
                row_ends[end] = _row_end(sprms)
            if sprms.get(_SPRM_IN_TABLE, b"\0")[0]:
                in_table.add(end)
            if sprms.get(_SPRM_INNER_CELL, b"\0")[0]:
                (inner_rows if sprms.get(_SPRM_INNER_TTP, b"\0")[0] else inner_cells).add(end)
            elif len(itap := sprms.get(_SPRM_ITAP, b"")) == 4 and _u32(itap, 0) >= 2:
                self.nested_paragraphs.add(end)
        return row_ends, in_table, inner_cells, inner_rows

    def _runs(self, fc: int, lcb: int, entry: int):
        """(FKP page, first byte, byte after, offset of its properties in the page or 0) of each run of text the
        FKP pages hold that the PlcBte at ``fc`` locates; ``entry``: the size of a run's entry after the page's
        positions."""
        n = (lcb - 4) // 8 if lcb >= 12 else 0
        for i in range(n):
            page = (_u32(self.table, fc + 4 * (n + 1) + 4 * i) & 0x3FFFFF) * 512
            fkp = self.word[page:page + 512]
            runs = fkp[511]
            for r in range(runs):
                yield fkp, _u32(fkp, 4 * r), _u32(fkp, 4 * (r + 1)), 2 * fkp[4 * (runs + 1) + entry * r]

    def _deleted_runs(self, fc: int, lcb: int) -> list[tuple[int, int]]:
        """The byte ranges of the text whose characters are a tracked deletion (a ChpxFkp run with sprmCFRMarkDel
        on: 1, or 0x81, the opposite of its style's, which marks nothing deleted), in order."""
        deleted = []
        for fkp, start, end, offset in self._runs(fc, lcb, 1):  # a ChpxFkp's entry is the offset alone
            chpx = fkp[offset + 1:offset + 1 + fkp[offset]] if offset else b""
            if _sprms(chpx).get(_SPRM_DELETED, b"\0")[:1] in (b"\x01", b"\x81"):
                deleted.append((start, end))
        return sorted(deleted)

    def _characters(self, first: int = 0, last: int | None = None):
        """(character, byte offset after it) of the text between character positions ``first`` and ``last`` (the
        main text's end), in order."""
        last = self.ccp_text if last is None else last
        for cp_start, cp_end, fc, eight_bit in self.pieces:
            start, end = max(cp_start, first), min(cp_end, last)
            if start >= end:
                continue
            fc += (start - cp_start) * (1 if eight_bit else 2)
            count = end - start
            if eight_bit:
                chars = self.word[fc:fc + count].decode("cp1252", errors="replace")
                yield from ((c, fc + i + 1) for i, c in enumerate(chars))
            else:
                chars = self.word[fc:fc + 2 * count].decode("utf-16-le", errors="replace")
                yield from ((c, fc + 2 * i + 2) for i, c in enumerate(chars))

    def running_heads(self) -> tuple[str, ...]:
        """The lines of the header story (every section's headers and footers, after the main text and the
        footnotes), each once; a field's code (PAGE) is dropped and its result kept."""
        first = self.ccp_text + self.ccp_ftn
        story = "".join(c for c, _ in self._characters(first, first + self.ccp_hdd))
        story = re.sub("\x13[^\x13\x14\x15]*(?:\x14|\x15)", "", story).replace("\x15", "")
        heads: list[str] = []
        for line in re.split("[\r\x07\x0b\x0c]", story):
            line = line.translate(_DROPPED).translate(_SPACES).strip(" \u3000")
            if line and line not in heads:
                heads.append(line)
        return tuple(heads)

    def text_boxes(self) -> dict[int, list[tuple[int, int]]]:
        """The text boxes of the main text: the character position of each box's anchor (a drawn object, \\x08) ->
        the positions of its text in the text boxes' story. A shape and its text share an id (lid)."""
        if not self.ccp_boxes:
            return {}
        fc, lcb = struct.unpack_from("<II", self.word, self.fc_lcb + 8 * _FC_BOXES)
        n = (lcb - 4) // 26  # a PlcftxbxTxt: n + 1 positions, n FTXBXS of 22 bytes, the last one a placeholder
        cps = struct.unpack_from(f"<{n + 1}I", self.table, fc)
        text_of = {_u32(self.table, fc + 4 * (n + 1) + 22 * i + 14): (self.boxes_start + cps[i],
                                                                       self.boxes_start + cps[i + 1])
                   for i in range(n) if cps[i] < cps[i + 1]}
        fc, lcb = struct.unpack_from("<II", self.word, self.fc_lcb + 8 * _FC_SHAPES)
        n = (lcb - 4) // 30  # a PlcSpaMom: n + 1 positions, n SPA of 26 bytes, each opening with the shape's lid
        cps = struct.unpack_from(f"<{n + 1}I", self.table, fc)
        anchors: dict[int, list[tuple[int, int]]] = {}
        for i in range(n):
            if (lid := _u32(self.table, fc + 4 * (n + 1) + 26 * i)) in text_of:
                anchors.setdefault(cps[i], []).append(text_of[lid])
        return anchors

    def text(self, first: int = 0, stop: int | None = None) -> str:
        """The text between character positions ``first`` and ``stop`` (the main text's end); a text box's lines
        stand before the paragraph it is anchored in, as lib/word.py gives a .docx's."""
        try:
            boxes = self.text_boxes() if first == 0 else {}
        except (struct.error, IndexError, ValueError):
            boxes = {}  # a damaged shape table: the main text is still the report
        lines: list[str] = []
        row: list[str] = []
        above: dict[int, str] = {}  # the cells of the row before by left edge, for cells merged with the cell above
        cell: list[str] = []  # paragraphs of the current table cell
        inner: list[str] = []  # cells of the current row of a table nested in the cell
        inner_cell: list[str] = []  # paragraphs of the nested table's current cell
        nested: list[str] = []  # the row's cells' paragraphs and nested rows, in order, once a cell holds a table
        current: list[str] = []
        fields: list[bool] = []  # for each open field: whether its result has begun
        last = ""
        outside: list[int] = []  # the lines that are paragraphs outside a table
        starts = [start for start, _ in self.deleted]
        for cp, (char, end) in enumerate(self._characters(first, stop), first):
            if starts and char != "\x07" and (k := bisect_right(starts, end - 1)) and end - 1 < self.deleted[k - 1][1]:
                continue  # struck out: no part of the report
            if char == "\x08" and cp in boxes:
                lines += [line for box in boxes[cp] for line in self.text(*box).splitlines()]
            if char == "\x13":
                fields.append(False)
            elif char == "\x14" and fields:
                fields[-1] = True
            elif char == "\x15" and fields:
                fields.pop()
            elif fields and not fields[-1]:
                continue  # a field's code, which Word does not show
            elif char == "\x07":
                # without paragraph properties, a mark right after a cell's is taken for the row's end
                if end in self.row_ends or (not self.row_ends and last == "\x07"):
                    above = self.row_ends[end].fill(row, above) if end in self.row_ends else {}
                    # a layout table whose cells hold tables: its cells' paragraphs and tables are the report's
                    lines += [line for line in nested if line.strip()] if nested else ["\t".join(row)]
                    row, char, nested = [], "", []
                else:
                    cell.append("".join(current))
                    row.append(join_lines("\n".join(cell).replace("\x0b", "\n").split("\n")))
                    if nested:
                        nested += [p for p in cell if p.strip()]
                    cell = []
                current = []
            elif char == "\r" and (end in self.inner_cells or end in self.inner_rows):
                if end in self.inner_rows:  # the nested row's end: its cells are one line, after the cell's paragraphs
                    nested = nested or [c for c in row if c.strip()]  # and after the row's cells before it
                    nested += [p for p in cell if p.strip()] + ["\t".join(inner)]
                    cell, inner = [], []
                else:
                    inner.append(join_lines("\n".join(inner_cell + ["".join(current)]).replace("\x0b", "\n").split("\n")))
                    inner_cell = []
                current = []
            elif char == "\r" and end in self.nested_paragraphs:
                inner_cell.append("".join(current))
                current = []
            elif char == "\r":
                if end in self.in_table:
                    cell.append("".join(current))
                else:
                    outside.append(len(lines))
                    lines.append("".join(current))
                current = []
            else:
                current.append(char)
            last = char
        lines.append("".join(current))
        unit = tab_unit([lines[k] for k in outside])
        for k in outside:
            lines[k] = tab_stops(lines[k], unit)
        text = "\n".join(line.translate(_DROPPED).translate(_SPACES).strip(" \u3000") for line in lines)
        return "\n".join(line for line in text.split("\n") if line.strip()) + "\n"


_FIGURE_ROW = re.compile(r"[\d.,+\-—/\t]+")  # figures, marks for 0 and the tabs between them


def tab_stops(paragraph: str, unit: int | None = None) -> str:
    """A paragraph outside a table whose parts a writer set apart with tabs (a table pasted as text): tabs before its
    first or after its last words are none, and a run of tabs between two parts is as many gaps between cells as
    it holds ``unit``s, the document's own gap (see tab_unit): a table converted to text (one tab a cell) writes an
    empty cell as two tabs side by side, one pasted as text to reach the stops writes one tab or two for any gap.
    With no unit, a run is one gap."""
    if "\t" not in paragraph:
        return paragraph
    if unit is None:
        return re.sub(r"\t+", "\t", paragraph).strip("\t")
    body = paragraph.strip("\t")
    gaps = re.sub(r"\t+", lambda m: "\t" * max(1, (len(m.group(0)) + unit // 2) // unit), body)
    if unit > 1 or "\t" not in body:
        return gaps
    # one tab a cell: the tabs at a row's ends are its empty first cells (before a row of figures) or last cells
    lead = len(paragraph) - len(paragraph.lstrip("\t")) if _FIGURE_ROW.fullmatch(body) else 0
    return "\t" * lead + gaps + "\t" * (len(paragraph) - len(paragraph.rstrip("\t")))


def tab_unit(paragraphs: list[str]) -> int | None:
    """The gap a document's paragraphs set their parts apart with: the most frequent run of tabs between two parts
    (of two equally frequent, the longer); None when no paragraph has one."""
    runs = Counter(len(m.group(0)) for p in paragraphs for m in re.finditer(r"(?<=[^\t])\t+(?=[^\t])", p))
    return max(runs, key=lambda k: (runs[k], k)) if runs else None


def _papx_grpprl(fkp: bytes, offset: int) -> bytes:
    """The sprms of a PapxInFkp (after its style index)."""
    cb = fkp[offset]
    if cb:
        return fkp[offset + 3:offset + 1 + 2 * cb - 1]
    return fkp[offset + 4:offset + 2 + 2 * fkp[offset + 1]]


def _sprms(grpprl: bytes) -> dict[int, bytes]:
    """The properties (sprm) a grpprl sets, with their operands (of a variable one, what follows its size)."""
    found = {}
    pos = 0
    while pos + 2 <= len(grpprl):
        sprm = _u16(grpprl, pos)
        pos += 2
        spra = sprm >> 13
        if spra == 6:
            if sprm == _SPRM_DEF_TABLE:
                size, pos = _u16(grpprl, pos) - 1, pos + 2
            elif sprm == _SPRM_CHG_TABS:
                size, pos = grpprl[pos], pos + 1
            else:
                size, pos = grpprl[pos], pos + 1
        else:
            size = _OPERAND_SIZE[spra]
        found[sprm] = grpprl[pos:pos + size]
        pos += size
    return found


@dataclass(frozen=True)
class _RowEnd:
    edges: tuple[int, ...]  # each cell's left edge (twips); () when the row does not say
    merged: frozenset[int]  # the cells that continue a vertical merge

    def fill(self, row: list[str], above: dict[int, str]) -> dict[int, str]:
        """Give each merged cell of ``row`` the text above it (``above``: left edge or position -> text); the
        row's own cells by left edge, for the row below."""
        keys = self.edges[:len(row)] if len(self.edges) >= len(row) else range(len(row))
        for i, key in enumerate(keys):
            if i in self.merged and not row[i]:
                row[i] = above.get(key, "")
        return dict(zip(keys, row))


def _row_end(sprms: dict[int, bytes]) -> _RowEnd:
    """The layout of a table row from its row-end properties."""
    merged = set()
    edges: tuple[int, ...] = ()
    table = sprms.get(_SPRM_DEF_TABLE, b"")
    if table:
        cells = table[0]
        edges = struct.unpack_from(f"<{cells + 1}h", table, 1)[:cells]
        for i in range(cells):
            at = 1 + 2 * (cells + 1) + 20 * i
            if at + 2 <= len(table) and _u16(table, at) & (_VERT_MERGE | _VERT_RESTART) == _VERT_MERGE:
                merged.add(i)
    vert_merge = sprms.get(_SPRM_VERT_MERGE, b"")
    if len(vert_merge) >= 2:  # (cell, 1 merged with the cell above | 3 first of a merge | 0 none)
        (merged.add if vert_merge[1] == 1 else merged.discard)(vert_merge[0])
    return _RowEnd(edges if len(set(edges)) == len(edges) else (), frozenset(merged))
