"""Word 97-2003 (.doc) files built from a report's lines, as Word lays them out: an OLE compound file with a
WordDocument stream (File Information Block, the text in UTF-16, paragraph-property pages) and a 1Table stream
(piece table, the index of the property pages). A line with tabs becomes a table row: each cell ends with \\x07,
and the row with one more \\x07 whose paragraph carries sprmPFTtp, the only thing that tells it from an empty cell,
and sprmTDefTable, whose cell entries flag a cell merged with the one above (stored empty).

The real Word files in fixtures/doc/ check the parts Word writes (FIB, pieces, fields, encryption); these check
tables, which none of those files has.
"""
from __future__ import annotations

import struct

SECTOR = 512
_END, _FREE, _FAT_SECTOR, _NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
_IN_TABLE = b"\x16\x24\x01"  # sprmPFInTable = 1
_ROW_END = b"\x16\x24\x01\x17\x24\x01"  # sprmPFInTable = 1, sprmPFTtp = 1
_VERT_MERGE = 0x0020  # a TC80's flag: the cell continues the merge of the cell above


def lines_as_blocks(text: str) -> list:
    """A report's lines as doc_bytes blocks: a line with tabs is a table row, its cells between the tabs."""
    return [line.split("\t") if "\t" in line else line for line in text.rstrip("\n").split("\n")]


def doc_bytes(blocks: list, eight_bit: bool = False, title: str | None = None, running_head: str | None = None
              ) -> bytes:
    """A .doc of ``blocks``: a str is a paragraph, a list of cells a table row (a newline in a cell starts another
    paragraph in it, \x0b a line break; None is a cell merged with the one above; a (text or None, n) pair a cell
    across n columns of the table's grid). ``eight_bit`` stores the text as an 8-bit (cp1252) piece, as Word does
    for Latin-only text. ``title`` is the file's Title in its summary properties, in GBK (code page 936) as a
    Chinese Word writes it. ``running_head`` is a header's line, in the header story after the main text (with a
    PAGE field in the footer after it), as Word stores a section's headers and footers."""
    chars, marks = [], []  # marks: (index of a paragraph mark, its properties or None)
    for block in blocks:
        if isinstance(block, list):
            for cell in (_text(c) or "" for c in block):
                for paragraph in cell.split("\n")[:-1]:
                    chars.extend(paragraph + "\r")
                    marks.append((len(chars) - 1, _IN_TABLE))
                chars.extend(cell.split("\n")[-1] + "\x07")
                marks.append((len(chars) - 1, _IN_TABLE))
            chars.append("\x07")
            marks.append((len(chars) - 1, _ROW_END + _table_definition(block)))
        else:
            chars.extend(block + "\r")
            marks.append((len(chars) - 1, None))
    main = len(chars)
    if running_head is not None:  # the header, then a footer of its page number (a PAGE field), then the story's end
        chars.extend(running_head + "\r" + "- \x13 PAGE \x14" + "1\x15 -\r\r")
    body = "".join(chars)
    width = 1 if eight_bit else 2
    encoded = body.encode("cp1252") if eight_bit else body.encode("utf-16-le")
    text_fc = 1024
    pages_at = -(-(text_fc + len(encoded)) // SECTOR) * SECTOR
    pages, firsts = _fkp_pages([(text_fc + width * (i + 1), props) for i, props in marks], text_fc)
    word = bytearray(pages_at + SECTOR * len(pages))
    word[text_fc:text_fc + len(encoded)] = encoded
    for k, page in enumerate(pages):
        word[pages_at + SECTOR * k:pages_at + SECTOR * (k + 1)] = page
    fc = (text_fc * 2) | 0x40000000 if eight_bit else text_fc
    clx = b"\x02" + struct.pack("<I", 4 * 2 + 8) + struct.pack("<II", 0, len(body)) + struct.pack("<HIH", 0, fc, 0)
    bte = struct.pack(f"<{len(firsts)}I", *firsts) + struct.pack(f"<{len(pages)}I", *(
        pages_at // SECTOR + k for k in range(len(pages))))
    table = clx + bte
    _fib(word, main, (0, len(clx)), (len(clx), len(bte)), len(body) - main)
    streams = {"WordDocument": bytes(word), "1Table": table}
    if title:
        streams["\x05SummaryInformation"] = summary_information(title)
    return compound_file(streams)


_FMTID_SUMMARY = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")  # {F29F85E0-4FF9-1068-AB91-08002B27B3D9}


def summary_information(title: str, codepage: int = 936) -> bytes:
    """A SummaryInformation property set ([MS-OLEPS]) holding the code page (PID 1, VT_I2) and the title (PID 2,
    VT_LPSTR in that code page)."""
    encoded = title.encode(f"cp{codepage}") + b"\x00"
    values = [struct.pack("<HHhH", 2, 0, codepage - 65536 if codepage > 32767 else codepage, 0),
              struct.pack("<HHI", 30, 0, len(encoded)) + encoded.ljust(-(-len(encoded) // 4) * 4, b"\x00")]
    offsets, at = [], 8 + 8 * len(values)
    for v in values:
        offsets.append(at)
        at += len(v)
    section = struct.pack("<II", at, len(values)) + b"".join(
        struct.pack("<II", pid, off) for pid, off in zip((1, 2), offsets)) + b"".join(values)
    return struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + bytes(16) + struct.pack("<I", 1) + _FMTID_SUMMARY \
        + struct.pack("<I", 48) + section


def _text(cell) -> str | None:
    return cell[0] if isinstance(cell, tuple) else cell


def _table_definition(cells: list) -> bytes:
    """sprmTDefTable of a row: its cells' edges on a grid of columns 1,000 twips wide, each cell flagged when
    merged with the cell above."""
    spans = [cell[1] if isinstance(cell, tuple) else 1 for cell in cells]
    edges = [1000 * sum(spans[:i]) for i in range(len(cells) + 1)]
    operand = bytes([len(cells)]) + struct.pack(f"<{len(edges)}h", *edges) + b"".join(
        struct.pack("<H", _VERT_MERGE if _text(cell) is None else 0) + bytes(18) for cell in cells)
    return struct.pack("<HH", 0xD608, len(operand) + 1) + operand


def _papx(props: bytes) -> bytes:
    grpprl = b"\x00\x00" + props  # istd 0, then the sprms
    if len(grpprl) % 2:  # cb form: 2 * cb - 1 bytes
        return bytes([(len(grpprl) + 1) // 2]) + grpprl
    return b"\x00" + bytes([len(grpprl) // 2]) + grpprl  # cb = 0 form: 2 * cb' bytes


def _fkp_pages(runs: list[tuple[int, bytes | None]], first_fc: int) -> tuple[list[bytes], list[int]]:
    """PapxFkp pages of the paragraph runs (end fc, properties), and the first fc of each page then the last end.
    A page takes runs while their offsets, entries and distinct properties fit in its 511 bytes."""
    pages, firsts = [], []
    start, k = first_fc, 0
    while k < len(runs):
        chunk, blobs = [], {}
        while k < len(runs):
            props = runs[k][1]
            extra = {props: _papx(props)} if props and props not in blobs else {}
            size = 4 * (len(chunk) + 2) + 13 * (len(chunk) + 1) + sum(len(b) + 1 for b in {**blobs, **extra}.values())
            if size > 511 and chunk:
                break
            blobs.update(extra)
            chunk.append(runs[k])
            k += 1
        page = bytearray(SECTOR)
        fcs = [start] + [end for end, _ in chunk]
        struct.pack_into(f"<{len(fcs)}I", page, 0, *fcs)
        tail, offsets = 511, {}
        for props, blob in blobs.items():
            tail = (tail - len(blob)) & ~1
            page[tail:tail + len(blob)] = blob
            offsets[props] = tail // 2
        for r, (_, props) in enumerate(chunk):
            page[4 * len(fcs) + 13 * r] = offsets[props] if props else 0
        page[511] = len(chunk)
        pages.append(bytes(page))
        firsts.append(start)
        start = chunk[-1][0]
    firsts.append(start)
    return pages, firsts


def _fib(word: bytearray, ccp_text: int, clx: tuple[int, int], papx: tuple[int, int], ccp_hdd: int = 0) -> None:
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)  # wIdent, nFib (Word 97)
    struct.pack_into("<H", word, 0x0A, 0x0200)  # fWhichTblStm: the table stream is 1Table
    struct.pack_into("<H", word, 32, 14)  # csw, then FibRgW97
    struct.pack_into("<H", word, 62, 22)  # cslw, then FibRgLw97
    struct.pack_into("<I", word, 64 + 12, ccp_text)
    struct.pack_into("<I", word, 64 + 20, ccp_hdd)  # ccpHdd (ccpFtn, between them, is 0: no footnotes)
    struct.pack_into("<H", word, 152, 93)  # cbRgFcLcb, then FibRgFcLcb97
    struct.pack_into("<II", word, 154 + 8 * 33, *clx)
    struct.pack_into("<II", word, 154 + 8 * 13, *papx)


def compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file (version 3, 512-byte sectors) holding ``streams``; each is padded to 4,096 bytes at
    least, so none goes to the mini stream."""
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    sectors: list[bytes] = []
    starts = {}
    fat: list[int] = []
    for name in names:
        data = streams[name].ljust(4096, b"\x00")
        data = data.ljust(-(-len(data) // SECTOR) * SECTOR, b"\x00")
        starts[name] = len(sectors)
        n = len(data) // SECTOR
        fat += [len(sectors) + i + 1 for i in range(n - 1)] + [_END]
        sectors += [data[i * SECTOR:(i + 1) * SECTOR] for i in range(n)]
    entries = [_entry("Root Entry", 5, child=1, start=_END, size=0)]
    for k, name in enumerate(names):
        entries.append(_entry(name, 2, right=k + 2 if k + 1 < len(names) else _NONE, start=starts[name],
                              size=len(streams[name].ljust(4096, b"\x00"))))
    directory = b"".join(entries).ljust(-(-len(entries) // 4) * SECTOR, b"\x00")
    first_dir = len(sectors)
    n_dir = len(directory) // SECTOR
    fat += [first_dir + i + 1 for i in range(n_dir - 1)] + [_END]
    sectors += [directory[i * SECTOR:(i + 1) * SECTOR] for i in range(n_dir)]
    n_fat = -(-(len(sectors) + 1) // 128)
    fat_ids = list(range(len(sectors), len(sectors) + n_fat))
    fat += [_FAT_SECTOR] * n_fat
    table = struct.pack(f"<{len(fat)}I", *fat).ljust(n_fat * SECTOR, b"\xff")
    sectors += [table[i * SECTOR:(i + 1) * SECTOR] for i in range(n_fat)]
    header = bytearray(SECTOR)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x003E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, n_fat, first_dir, 0, 4096, _END, 0, _END, 0)
    difat = fat_ids + [_FREE] * (109 - n_fat)
    struct.pack_into("<109I", header, 76, *difat)
    return bytes(header) + b"".join(sectors)


def _entry(name: str, kind: int, left: int = _NONE, right: int = _NONE, child: int = _NONE, start: int = 0,
           size: int = 0) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", left, right, child) + b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16
            + struct.pack("<IQ", start, size))
