"""An RTF report (.rtf, and a .doc that a site or an editor saved as RTF) -> the report as text, in the form lib/word.py
gives a .docx: one paragraph a line, each table one row a line with its cells between tabs, a cell merged with the one
above (clvmrg) repeating its text, as lib/word.py and lib/html.py repeat it.

RTF is 7-bit text: groups in braces, control words, and the text between them. Chinese stands either as \\uN (Unicode,
followed by \\ucN fallback characters that are skipped) or as \\'hh bytes in the code page of the current font
(\\fcharset134 is GBK, 136 Big5) or, for a font of the default charset, the document's \\ansicpg. Destinations that
are no part of the text (font and style tables, pictures' data, a field's instruction, \\* groups) are skipped;
headers and footers are kept apart as running heads, the info group's title as the file's title, as lib/word.py
does for a .docx.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from govpipeline.lib.decode import NotTextError
from govpipeline.lib.pdf import IMAGE_SHARE, join_lines
from govpipeline.lib.word_binary import tab_stops, tab_unit

_TOKEN = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)",
                    re.S)
# destinations that are no part of the text; a \\* group is skipped too, but a picture inside it (\\shppict) is seen
_SKIPPED = frozenset("""fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl generator xmlnstbl
    themedata colorschememapping latentstyles datastore info pict object fldinst footnote annotation atnid atnauthor
    author operator company subject keywords comment doccomm creatim revtim printim buptim userprops upr nonshppict
    bkmkstart bkmkend pgdsctbl""".split())
_RUNNING = frozenset("header headerl headerr headerf footer footerl footerr footerf".split())
_SYMBOLS = {"ldblquote": "“", "rdblquote": "”", "lquote": "‘", "rquote": "’", "emdash": "—", "endash": "–",
            "bullet": "•", "emspace": " ", "enspace": " ", "qmspace": " ", "tab": "\t"}
_ESCAPED = {"~": " ", "_": "-", "-": "", "{": "{", "}": "}", "\\": "\\"}
# a font's \fcharset -> its code page; 0 (ANSI) and 1 (default) take the document's \ansicpg
_CHARSETS = {128: "cp932", 129: "cp949", 134: "gbk", 136: "big5", 2: "latin-1", 77: "mac_roman"}


@dataclass(frozen=True)
class RtfText:
    text: str
    images_not_read: list[str]  # pictures over 15 % of a page: an image over 26% of a page, after “四、…”
    title: str | None = None  # the title in the file's info group
    running_heads: tuple[str, ...] = ()  # the lines of its headers and footers, in order


@dataclass
class _Group:
    # body, listtext (a list item's number), running (a header or footer), info, title, fonts, picture, definitions
    # (a nested table's row definition); skip (a \\* group) and dead (a destination that is no text, pictures inside it
    # included)
    destination: str = "body"
    font: int | None = None
    uc: int = 1  # fallback characters after a \uN
    deleted: bool = False  # a tracked deletion (\deleted): text the file shows struck out, no part of the report


@dataclass
class _Table:
    """The row being read of a table at one nesting level."""
    cells: list[str] = field(default_factory=list)
    cell_lines: list[str] = field(default_factory=list)  # the paragraphs of the cell being read
    # the row's cells as its definition gives them, in order: their right edge (\cellx) and whether each is merged
    # with the cell above (\clvmrg); a nested table's definition follows its row, so merges are taken at the row's end
    edges: list[tuple[int, bool]] = field(default_factory=list)
    pending_merge: bool = False
    above: dict[int, str] = field(default_factory=dict)  # a cell's right edge -> the text of the cell there above
    frame: bool = False  # the row's cells hold a table: a layout frame, whose cells are read as the body

    def end_cell(self, paragraph: str) -> None:
        self.cell_lines.append(paragraph.replace("\t", " "))
        self.cells.append(join_lines(self.cell_lines))
        self.cell_lines = []

    def end_row(self) -> str | None:
        if self.cell_lines:
            self.end_cell("")
        cells = []
        for k, text in enumerate(self.cells):
            edge, merged = self.edges[k] if k < len(self.edges) else (-k, False)
            if merged and not text:
                text = self.above.get(edge, "")
            self.above[edge] = text
            cells.append(text)
        self.cells, self.frame = [], False
        return "\t".join(cells) if any(cells) else None


@dataclass
class _Reader:
    codepage: str = "cp1252"
    fonts: dict[int, str] = field(default_factory=dict)
    lines: list[tuple[str, bool]] = field(default_factory=list)  # (text, whether a table's row)
    running: list[str] = field(default_factory=list)
    title: str = ""
    paragraph: str = ""
    level: int = 0  # the paragraph's table nesting: 0 the body, 1 a table, 2 a table inside a table's cell
    tables: tuple[_Table, _Table] = field(default_factory=lambda: (_Table(), _Table()))
    images: list[str] = field(default_factory=list)
    paper: dict[str, int] = field(default_factory=lambda: {"paperw": 12240, "paperh": 15840})  # twips; Letter
    picture: dict[str, int] = field(default_factory=dict)  # the sizes of the picture being read
    font_number: int | None = None  # the font entry being read in the font table
    default_font: int | None = None  # \deff: the font \plain sets

    def write(self, group: _Group, text: str) -> None:
        if group.deleted:
            return
        if group.destination in ("body", "listtext"):
            self.paragraph += text.replace("\t", "") if group.destination == "listtext" else text
        elif group.destination == "running":
            self.running.append(text)
        elif group.destination == "title":
            self.title += text

    def end_paragraph(self) -> None:
        outer, inner = self.tables
        if self.level >= 2:
            inner.cell_lines.append(self.paragraph.replace("\t", " "))
        elif self.level == 1 and not outer.frame:
            outer.cell_lines.append(self.paragraph.replace("\t", " "))
        else:
            self.lines.append((self.paragraph, False))
        self.paragraph = ""

    def end_cell(self, nested: bool) -> None:
        outer, inner = self.tables
        if nested:
            if not outer.frame:  # the outer cell's paragraphs so far stood before the table inside it
                outer.frame = True
                self.lines += [(line, False) for line in outer.cell_lines]
                outer.cell_lines = []
            inner.end_cell(self.paragraph)
        elif outer.frame:
            self.lines.append((self.paragraph, False))
        else:
            outer.end_cell(self.paragraph)
        self.paragraph = ""

    def end_row(self, nested: bool) -> None:
        table = self.tables[1 if nested else 0]
        if table.frame:
            self.lines.append((self.paragraph, False))
            self.paragraph = ""
            table.cells, table.frame = [], False
        elif (row := table.end_row()) is not None:
            self.lines.append((row, True))

    def code_page(self, group: _Group) -> str:
        return self.fonts.get(group.font, self.codepage) if group.font is not None else self.codepage


def read_rtf(data: bytes) -> RtfText:
    """The report's text, title, running heads and large pictures; NotTextError when the file is no RTF or holds
    no text."""
    if not data.lstrip().startswith(b"{\\rtf"):
        raise NotTextError("is not an RTF file (it does not begin with {\\rtf)")
    source = data.decode("latin-1")
    reader = _Reader()
    stack = [_Group()]
    pending = bytearray()  # \'hh bytes, decoded together (a GBK character is two)
    skip = 0  # fallback characters still to skip after a \uN
    position = 0
    while match := _TOKEN.match(source, position):
        position = match.end()
        word, number, hexbyte, escaped, brace, text = match.groups()
        group = stack[-1]
        if hexbyte is not None:
            if skip:
                skip -= 1
            else:
                pending.append(int(hexbyte, 16))
            continue
        if word is None and escaped is None and brace is None and text is None:
            continue  # a line break between tokens is no text in RTF, not even inside a character's bytes
        if pending:
            reader.write(group, pending.decode(reader.code_page(group), errors="replace"))
            pending.clear()
        if brace == "{":
            skip = 0
            stack.append(_Group(group.destination, group.font, group.uc, group.deleted))
        elif brace == "}":
            skip = 0
            closed = stack.pop() if len(stack) > 1 else group
            if closed.destination == "running" and stack[-1].destination != "running":
                reader.running.append("\n")
            if closed.destination == "picture" and stack[-1].destination != "picture":
                _picture(reader)
        elif text is not None:
            if skip:
                text, skip = text[skip:], max(0, skip - len(text))
            reader.write(group, text)
        elif escaped is not None:
            if escaped == "*":
                group.destination = "dead" if group.destination == "dead" else "skip"
            elif skip:
                skip -= 1
            elif escaped in "\r\n":  # a backslash before a line break is a \par
                _control(reader, group, "par", None, 0)
            elif escaped in _ESCAPED:
                reader.write(group, _ESCAPED[escaped])
        elif word == "bin":
            position += max(0, int(number or 0))
        elif word is not None:
            skip = _control(reader, group, word, None if number is None else int(number), skip)
    if pending:
        reader.write(stack[-1], pending.decode(reader.code_page(stack[-1]), errors="replace"))
    if reader.paragraph.strip():
        reader.end_paragraph()
    unit = tab_unit([line for line, row in reader.lines if not row])
    lines = [line if row else tab_stops(line.strip(), unit) for line, row in reader.lines if line.strip()]
    if not lines:
        raise NotTextError("the RTF file holds no text")
    running = tuple(line.strip() for line in _paired("".join(reader.running)).splitlines() if line.strip())
    return RtfText(_paired("\n".join(lines) + "\n"), reader.images, _paired(reader.title.strip()) or None, running)


def _paired(text: str) -> str:
    """A character beyond 16 bits stands as two \\uN, its UTF-16 surrogates: joined; one left alone is U+FFFD."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _control(reader: _Reader, group: _Group, word: str, number: int | None, skip: int) -> int:
    """Applies one control word; returns the fallback characters left to skip."""
    if word == "u" and number is not None:
        if -32768 <= number <= 65535:  # a signed 16-bit number, as RTF writes it
            reader.write(group, chr(number % 65536))
        return group.uc
    if skip:  # a control word stands for one fallback character too
        return skip - 1
    if word == "pict" and group.destination != "dead":
        group.destination, reader.picture = "picture", {}
    elif word == "shpinst":  # a shape's properties, no text; but a text box's text (shptxt) inside it is
        group.destination = "skip"
    elif word == "shptxt" and group.destination == "skip":
        group.destination = "body"
    elif word in _SKIPPED:
        group.destination = {"fonttbl": "fonts", "info": "info"}.get(word, "dead")
    elif word in _RUNNING:
        group.destination = "running"
    elif word == "title" and group.destination == "info":
        group.destination = "title"
    elif word in ("listtext", "pntext"):
        group.destination = "listtext"
    elif word == "nesttableprops":
        group.destination = "definitions"
    elif group.destination == "definitions":
        _body_control(reader, word, number, definitions=True)
    elif group.destination == "picture":
        if word in ("picwgoal", "pichgoal", "picscalex", "picscaley"):
            reader.picture[word] = number or 0
    elif group.destination == "fonts":
        if word == "f":
            reader.font_number = number
        elif word == "fcharset" and reader.font_number is not None and number in _CHARSETS:
            reader.fonts[reader.font_number] = _CHARSETS[number]
        elif word == "cpg" and reader.font_number is not None and (codec := _codec(number)):
            reader.fonts[reader.font_number] = codec
    elif word == "ansicpg" and (codec := _codec(number)):
        reader.codepage = codec
    elif word == "uc" and number is not None:
        group.uc = number
    elif word == "f":
        group.font = number
    elif word == "deff":
        reader.default_font = number
    elif word == "plain":
        group.font, group.deleted = reader.default_font, False
    elif word == "deleted":
        group.deleted = number != 0
    elif word in _SYMBOLS:
        reader.write(group, _SYMBOLS[word])
    elif group.destination in ("body", "listtext"):
        _body_control(reader, word, number)
    elif group.destination == "running" and word in ("par", "line", "cell", "row"):
        reader.running.append("\n")
    return 0


def _codec(code_page: int | None) -> str | None:
    """Python's codec for a Windows code page number; None for one it has not (the default stays)."""
    name = {936: "gbk", 54936: "gb18030"}.get(code_page or 0, f"cp{code_page}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _body_control(reader: _Reader, word: str, number: int | None, definitions: bool = False) -> None:
    """A control word of the text; ``definitions``: one inside a nested table's row definition (\\nesttableprops)."""
    table = reader.tables[1 if definitions or reader.level >= 2 else 0]
    if word in ("par", "line", "sect", "page"):
        reader.end_paragraph()
    elif word in ("cell", "nestcell"):
        reader.end_cell(word == "nestcell")
    elif word in ("row", "nestrow"):
        reader.end_row(word == "nestrow")
    elif word == "intbl":
        reader.level = max(reader.level, 1)
    elif word == "itap":
        reader.level = number if number is not None else 1
    elif word == "pard":
        reader.level = 0
    elif word == "trowd":
        table.edges, table.pending_merge = [], False
    elif word == "clvmrg":
        table.pending_merge = True
    elif word == "cellx":
        table.edges.append((number or 0, table.pending_merge))
        table.pending_merge = False
    elif word in ("paperw", "paperh") and number:
        reader.paper[word] = number


def _picture(reader: _Reader) -> None:
    """A picture over IMAGE_SHARE of a page may hold a table or a scanned page: it is named, as lib/word.py does."""
    p = reader.picture
    width = p.get("picwgoal", 0) * p.get("picscalex", 100) / 100
    height = p.get("pichgoal", 0) * p.get("picscaley", 100) / 100
    share = width * height / (reader.paper["paperw"] * reader.paper["paperh"])
    if share > IMAGE_SHARE:
        before = next((line for line, _ in reversed(reader.lines) if line.strip()), "")
        reader.images.append(f"an image over {share:.0%} of a page, after “{before[:24]}”" if before
                             else f"an image over {share:.0%} of a page, at the start")
