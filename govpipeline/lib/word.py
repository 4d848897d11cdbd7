"""A Word (.docx) report -> the report as text, in the form lib/pdf.py gives: one paragraph a line, each table one
row a line with its cells between tabs, read from the file's own cells with python-docx. A cell merged across
columns (gridSpan) is one cell; one merged across rows (vMerge) is repeated in each row it covers.

Word files have no fixed pages, so a .docx has no page offsets. The old binary formats (.doc, .wps) are not read:
no well-kept pure-Python reader exists, and lib/stages.py says how to convert them.
"""
from __future__ import annotations

import io
import zipfile

from govpipeline.lib.decode import NotTextError
from govpipeline.lib.pdf import join_lines

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a password-protected .docx, or a .doc renamed


def docx_to_text(data: bytes) -> str:
    """The report's text; NotTextError when the file is not a readable .docx or holds no text."""
    import docx
    from docx.oxml.ns import qn

    if data.startswith(_OLE_MAGIC):
        raise NotTextError("encrypted Word file, or an old .doc renamed .docx (an OLE container, not a .docx "
                           "package): open it in Word or WPS and save an unprotected copy as .docx")
    if not data.startswith(b"PK"):
        raise NotTextError("is not a .docx file (not a zip package)")
    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise NotTextError(f"corrupt or truncated .docx: {exc}") from None
    except Exception as exc:  # python-docx and lxml raise many kinds on damaged packages
        raise NotTextError(f"corrupt .docx: {type(exc).__name__}: {exc}") from None
    lines: list[str] = []
    for block in _blocks(document.element.body):
        if block.tag == qn("w:p"):
            lines.append(_paragraph_text(block))
        else:
            lines += _table_lines(block)
    lines = [line for line in lines if line.strip()]
    if not lines:
        raise NotTextError("the .docx holds no text")
    return "\n".join(lines) + "\n"


def _blocks(parent):
    """The paragraphs and tables of the body in order, those inside content controls (w:sdt) included."""
    from docx.oxml.ns import qn

    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _blocks(content)


def _paragraph_text(p) -> str:
    from docx.oxml.ns import qn

    return "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()


def _table_lines(tbl) -> list[str]:
    from docx.oxml.ns import qn

    lines = []
    above: dict[int, str] = {}  # grid column -> text of the cell there in the row above
    for tr in tbl.iterchildren(qn("w:tr")):
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
