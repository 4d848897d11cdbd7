"""A Word (.docx) report -> the report as text, in the form lib/pdf.py gives: one paragraph a line, each table one
row a line with its cells between tabs, read from the file's own cells with python-docx. A cell merged across
columns (gridSpan) is one cell; one merged across rows (vMerge) is repeated in each row it covers.

Word files have no fixed pages, so a .docx has no page offsets. The old binary format (.doc) is read by
lib/word_binary.py, also when a .doc was renamed .docx.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from govpipeline.lib.decode import NotTextError, decode_report
from govpipeline.lib.html import html_to_text, mht_to_html
from govpipeline.lib.pdf import IMAGE_SHARE, join_lines
from govpipeline.lib.rtf import read_rtf
from govpipeline.lib.word_binary import OLE_MAGIC, doc_to_text, tab_stops, tab_unit


@dataclass(frozen=True)
class WordText:
    text: str
    images_not_read: list[str]  # pictures over 15 % of a page: an image over 26% of a page, after “四、…”
    title: str | None = None  # the title in the file's properties, as the file holds it
    # the lines of its running heads (the sections' headers, parts of the file apart from its text), in order
    running_heads: tuple[str, ...] = ()


def docx_to_text(data: bytes) -> str:
    """The report's text; NotTextError when the file is not a readable .docx or holds no text."""
    return read_docx(data).text


def read_docx(data: bytes) -> WordText:
    """The report's text and its large pictures (a table pasted as a picture holds figures that are not read);
    NotTextError when the file is not a readable .docx or holds no text."""
    import docx
    from docx.oxml.ns import qn

    if data.startswith(OLE_MAGIC):  # a .doc renamed .docx, or a password-protected .docx
        return WordText(doc_to_text(data), [])
    if not data.startswith(b"PK"):
        raise NotTextError("is not a .docx file (not a zip package)")
    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise NotTextError(f"corrupt or truncated .docx: {exc}") from None
    except Exception as exc:  # python-docx and lxml raise many kinds on damaged packages
        raise NotTextError(f"corrupt .docx: {type(exc).__name__}: {exc}") from None
    numbering = _Numbering(document)
    section = document.sections[0] if document.sections else None
    page = (section.page_width or _A4[0]) * (section.page_height or _A4[1]) if section else _A4[0] * _A4[1]
    lines: list[str] = []
    images: list[str] = []
    blocks = list(_blocks(document.element.body))
    unit = tab_unit([_paragraph_text(b, tabs=True) for b in blocks if b.tag == qn("w:p")])
    for block in blocks:
        if block.tag == qn("w:p"):
            for box in _text_boxes(block):  # a text box's paragraphs and tables stand before its anchor's text
                for inner in _blocks(box):
                    lines += _table_lines(inner) if inner.tag == qn("w:tbl") else \
                        [tab_stops(_paragraph_text(inner, tabs=True), unit)]
            text = tab_stops(_paragraph_text(block, tabs=True), unit)
            for share in _picture_shares(block, page):
                before = next((line for line in reversed(lines) if line.strip()), "")
                if share < IMAGE_SHARE and not (share >= _CAPTIONED_SHARE and _CAPTION.match(before.strip())):
                    continue
                images.append(f"an image over {share:.0%} of a page, after “{before[:24]}”" if before
                              else f"an image over {share:.0%} of a page, at the start")
            lines.append(numbering.label(block) + text if text else "")
        elif block.tag == qn("w:altChunk"):
            lines += _chunk_lines(document.part, block, images, lines)
        else:
            lines += _table_lines(block)
    lines = [line for line in lines if line.strip()]
    if not lines:
        raise NotTextError("the .docx holds no text")
    return WordText("\n".join(lines) + "\n", images, document.core_properties.title or None, _running_heads(document))


def _running_heads(document) -> tuple[str, ...]:
    """The lines of the sections' own headers (first page, odd and even pages); a header linked to the previous
    section's has none of its own, and reading it would add one."""
    heads: list[str] = []
    for section in document.sections:
        for header in (section.first_page_header, section.header, section.even_page_header):
            if not header.is_linked_to_previous:
                heads += [line for p in header.paragraphs if (line := p.text.strip()) and line not in heads]
    return tuple(heads)


_A4 = (7_560_310, 10_692_130)  # EMU, when a section does not say


# a picture under a table's caption or a section's title (表2 各渠道受理情况, 四、…行政诉讼情况) is a table pasted as a
# picture, however small (表四 is a strip of 4 rows); under this share of a page it is an icon
_CAPTIONED_SHARE = 0.02
_CAPTION = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|附?表\s*[一二三四五六七八九十\d]+).*(?:情况|表)$")


def _picture_shares(p, page: float) -> list[float]:
    """The share of a page each picture in paragraph ``p`` covers (a drawing with a picture, not a text box)."""
    from docx.oxml.ns import qn

    shares = []
    for drawing in p.iter(qn("w:drawing")):
        extent = next(drawing.iter(qn("wp:extent")), None)
        if extent is None or next(drawing.iter(qn("pic:pic")), None) is None:
            continue
        shares.append(int(extent.get("cx", 0)) * int(extent.get("cy", 0)) / page)
    return shares


_CHINESE_DIGITS = "〇一二三四五六七八九"


def _chinese(n: int) -> str:
    """一 … 九十九, as Word counts in Chinese."""
    if n < 10:
        return _CHINESE_DIGITS[n]
    tens, unit = divmod(n, 10)
    return ("" if tens == 1 else _CHINESE_DIGITS[tens]) + "十" + (_CHINESE_DIGITS[unit] if unit else "") \
        if n < 100 else str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                           (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, n = divmod(n, value)
        out += letters * count
    return out


_FORMATS = {
    "chineseCounting": _chinese, "chineseCountingThousand": _chinese, "ideographDigital": _chinese,
    "taiwaneseCounting": _chinese, "taiwaneseCountingThousand": _chinese,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "lowerLetter": lambda n: chr(ord("a") + (n - 1) % 26), "upperLetter": lambda n: chr(ord("A") + (n - 1) % 26),
    "lowerRoman": _roman, "upperRoman": lambda n: _roman(n).upper(),
}


class _Numbering:
    """The numbers Word puts before the paragraphs of an automatically numbered list (一、 （一） 1.), which are in
    the file's numbering definitions, not in its text: without them a report's headings lose their numbers."""

    def __init__(self, document):
        from docx.oxml.ns import qn

        self.levels: dict[str, dict[str, tuple[str, str, int]]] = {}  # numId -> ilvl -> (format, text, start)
        self.counts: dict[str, dict[str, int]] = {}
        self.style_numbers: dict[str, tuple[str, str]] = {}  # paragraph style -> (numId, ilvl)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return  # no numbering part: no numbered lists
        abstract = {}
        for a in numbering.iterchildren(qn("w:abstractNum")):
            abstract[a.get(qn("w:abstractNumId"))] = {
                lvl.get(qn("w:ilvl")): (_val(lvl, "w:numFmt") or "decimal", _val(lvl, "w:lvlText") or "",
                                        int(_val(lvl, "w:start") or 1))
                for lvl in a.iterchildren(qn("w:lvl"))}
        for num in numbering.iterchildren(qn("w:num")):
            self.levels[num.get(qn("w:numId"))] = abstract.get(_val(num, "w:abstractNumId"), {})
        for style in document.styles.element.iterchildren(qn("w:style")):
            found = _number_properties(style)
            if found:
                self.style_numbers[style.get(qn("w:styleId"))] = found

    def label(self, p) -> str:
        from docx.oxml.ns import qn

        found = _number_properties(p)
        if found is None:
            style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            found = self.style_numbers.get(style.get(qn("w:val"))) if style is not None else None
        if found is None or found[0] not in self.levels:
            return ""
        num_id, ilvl = found
        levels, counts = self.levels[num_id], self.counts.setdefault(num_id, {})
        if ilvl not in levels:
            return ""
        counts[ilvl] = counts.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counts if k.isdigit() and int(k) > int(ilvl)]:
            del counts[deeper]  # a list item restarts the numbers of the levels under it
        fmt, text, _ = levels[ilvl]
        if fmt in ("bullet", "none"):
            return ""

        def number(m: re.Match) -> str:
            level = str(int(m.group(1)) - 1)
            lvl_fmt, _, start = levels.get(level, ("decimal", "", 1))
            return _FORMATS.get(lvl_fmt, str)(counts.get(level, start))

        return re.sub(r"%(\d)", number, text)


def _val(element, tag: str) -> str | None:
    from docx.oxml.ns import qn

    child = element.find(qn(tag))
    return child.get(qn("w:val")) if child is not None else None


def _number_properties(element) -> tuple[str, str] | None:
    """(numId, ilvl) of a paragraph's or a style's w:numPr."""
    from docx.oxml.ns import qn

    props = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if props is None or _val(props, "w:numId") in (None, "0"):
        return None
    return _val(props, "w:numId"), _val(props, "w:ilvl") or "0"


def _blocks(parent):
    """The paragraphs, tables and imported documents (w:altChunk) of the body in order, those inside content controls
    (w:sdt) included."""
    from docx.oxml.ns import qn

    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl"), qn("w:altChunk")):
            yield child
        elif child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _blocks(content)


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# what a paragraph holds that is no part of its own text: its text boxes (read as paragraphs of their own), their
# fallback copies, and text moved away with changes tracked (w:moveFrom; Word shows it struck out where it was; a
# deletion's text is w:delText, which is never read)
_NOT_OWN_TEXT = ("w:txbxContent", "w:moveFrom")


def _text_boxes(p) -> list:
    """The text boxes (w:txbxContent) anchored in paragraph ``p``, each once: Word writes a box twice, as a drawing
    and as its VML fallback (mc:Fallback) for older readers."""
    from docx.oxml.ns import qn

    box = qn("w:txbxContent")
    return [b for b in p.iter(box)
            if not any(a.tag in (_FALLBACK, box) for a in b.iterancestors() if a is not p)]


def _chunk_lines(part, chunk, images: list[str], before: list[str]) -> list[str]:
    """The lines of a document Word imports where it stands (w:altChunk), as exporters of web content write a
    report: a web page, a web archive, RTF, text or a .docx. One of another kind, damaged or empty is named in
    ``images``, with the line before it."""
    from docx.oxml.ns import qn

    target = part.related_parts.get(chunk.get(qn("r:id")))
    kind = target.content_type if target is not None else "missing from the file"
    text, reason = "", "its content is not read"
    try:
        if kind in ("text/html", "application/xhtml+xml"):
            text = html_to_text(decode_report(target.blob).text)[0]
        elif kind == "message/rfc822":
            text = html_to_text(mht_to_html(target.blob))[0]
        elif kind in ("application/rtf", "text/rtf"):
            text = read_rtf(target.blob).text
        elif kind == "text/plain":
            text = decode_report(target.blob).text
        elif kind.startswith("application/vnd.openxmlformats-officedocument.wordprocessingml") \
                and target.blob.startswith(b"PK"):
            text = read_docx(target.blob).text
    except NotTextError as exc:
        reason += f": {exc}"
    if not text:
        after = next((line for line in reversed(before) if line.strip()), "")
        where = f"after “{after[:24]}”" if after else "at the start"
        images.append(f"a document of type {kind} imported into the file (altChunk), {where}: {reason}")
    return text.splitlines()


def _paragraph_text(p, tabs: bool = False) -> str:
    """The paragraph's text, without what _NOT_OWN_TEXT names; ``tabs``: with its tab characters (a tab stop's
    definition is no character), else a tab is a space (inside a table's cell)."""
    from docx.oxml.ns import qn

    run, tab = qn("w:r"), qn("w:tab")
    apart = {qn(tag) for tag in _NOT_OWN_TEXT} | {_FALLBACK}
    elements = p.iter(qn("w:t"), tab)
    if next(p.iter(*apart), None) is not None:
        elements = [e for e in elements if not any(a.tag in apart for a in e.iterancestors())]
    return "".join(("\t" if tabs else " ") if e.tag == tab else e.text or ""
                   for e in elements if e.tag != tab or e.getparent().tag == run).strip()


def _table_lines(tbl) -> list[str]:
    from docx.oxml.ns import qn

    lines = []
    above: dict[int, str] = {}  # grid column -> text of the cell there in the row above
    for tr in tbl.iterchildren(qn("w:tr")):
        if any(tc.find(qn("w:tbl")) is not None for tc in tr.iterchildren(qn("w:tc"))):
            # a layout table (a frame around a section) whose cells hold tables: its cells' paragraphs and
            # tables are the report's, each read as if it stood in the body
            for tc in tr.iterchildren(qn("w:tc")):
                for block in _blocks(tc):
                    lines += _table_lines(block) if block.tag == qn("w:tbl") else \
                        [tab_stops(_paragraph_text(block, tabs=True))]
            continue
        cells, column = [], 0
        for tc in tr.iterchildren(qn("w:tc")):
            props = tc.tcPr
            span = props.grid_span if props is not None else 1
            merge = props.find(qn("w:vMerge")) if props is not None else None
            if merge is not None and merge.get(qn("w:val"), "continue") == "continue":
                text = above.get(column, "")  # merged with the cell above
            else:
                text = join_lines([_paragraph_text(p) for p in tc.iterchildren(qn("w:p"))])
            cells.append(text)
            above[column] = text
            column += span
        lines.append("\t".join(cells))
    return lines
