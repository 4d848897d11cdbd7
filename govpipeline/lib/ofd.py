"""An OFD report (GB/T 33190-2016, the fixed-layout format China's e-government systems issue documents in, posted
beside a PDF or instead of one) -> the report as text, in the form a PDF's is read.

An OFD file is a ZIP package of XML. OFD.xml names each document's Document.xml, which lists its pages and the
template pages drawn under or over them; a page holds layers of objects placed in millimetres, y down from the
page's top, each inside its Boundary and scaled by its CTM, PageBlocks nesting them: TextObjects, whose TextCodes
place each character (X, Y of the first, DeltaX and DeltaY the steps to the next, ``g N step`` for N equal steps;
with no steps, the font's widths), PathObjects (the ruling lines of a table) and ImageObjects.

Each page is drawn into a PDF page of the same size, every character where the OFD places it, every path and every
image's frame, and that PDF is read by lib/pdf.py: paragraphs, tables with and without rules, running heads, page
numbers and large images come out as they do for a PDF of the same layout.
"""
from __future__ import annotations

import dataclasses
import io
import posixpath
import re
import unicodedata
import zipfile
from statistics import median
from xml.etree import ElementTree

from govpipeline.lib.decode import NotTextError
from govpipeline.lib.pdf import PdfText, pdf_to_text

PT = 72 / 25.4  # points a millimetre
# AbstractData's commands and how many numbers each takes: start, move, line, quadratic, cubic, arc, close
_PATH_ARITY = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


@dataclasses.dataclass
class _Page:
    width: float  # millimetres
    height: float
    # x, baseline, size, character, the step to the next character of its TextCode (None at its end or with no
    # DeltaX), font
    chars: list[tuple[float, float, float, str, float | None, str | None]] = dataclasses.field(default_factory=list)
    paths: list[tuple[list[tuple[str, list[tuple[float, float]]]], float, bool, bool]] = \
        dataclasses.field(default_factory=list)  # segments, line width, stroked, filled
    images: list[tuple[float, float, float, float]] = dataclasses.field(default_factory=list)  # x0, top, x1, bottom


def read_ofd(data: bytes) -> PdfText:
    """The report's text; NotTextError when the file is no OFD package, is damaged or encrypted, or has no text."""
    if not data.startswith(b"PK"):
        raise NotTextError("is not an OFD file (an OFD file is a ZIP package; this one is not)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            files = {name.lstrip("/").lower(): name for name in package.namelist()}
            if "ofd.xml" not in files:
                raise NotTextError("is not an OFD package: no OFD.xml in it")
            if any(name.endswith("encryptions.xml") for name in files):
                raise NotTextError("encrypted OFD: it needs a key to open; save an unprotected copy or a PDF")
            title, pages, tags = _read_package(package, files)
    except NotTextError:
        raise
    except (zipfile.BadZipFile, ElementTree.ParseError, EOFError, KeyError, ValueError, OSError) as exc:
        raise NotTextError(f"corrupt OFD: {type(exc).__name__}: {exc}") from None
    if not pages:
        raise NotTextError("corrupt OFD: no pages")
    if not any(c[3] != " " for p in pages for c in p.chars):
        if any(p.images for p in pages):
            raise NotTextError("scanned OFD, no text layer (its pages are images)")
        raise NotTextError("OFD with no text on its pages")
    read = pdf_to_text(_as_pdf(pages))
    if tags:  # written as a page's fields are, in lines normalization takes out of the text
        head = "".join(f"{key}：{value}\n" for key, value in tags)
        read = dataclasses.replace(read, text=head + read.text,
                                   page_starts=read.page_starts[:1] + [s + len(head) for s in read.page_starts[1:]])
    return dataclasses.replace(read, title=title) if title else read


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element, name: str) -> list:
    return [e for e in element if _local(e.tag) == name] if element is not None else []


def _child(element, *path: str):
    for name in path:
        element = next(iter(_children(element, name)), None)
    return element


def _numbers(text: str | None) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text or "")]


def _resolve(files: dict[str, str], base: str, location: str) -> str:
    """A BaseLoc, absolute in the package or relative to the file that names it."""
    location = location.strip().replace("\\", "/")
    candidates = [location.lstrip("/")] if location.startswith("/") else \
        [posixpath.normpath(posixpath.join(posixpath.dirname(base), location)), location]
    for path in candidates:
        if path.lower() in files:
            return files[path.lower()]
    raise KeyError(f"{location} (named in {base}) is not in the package")


def _xml(package: zipfile.ZipFile, name: str):
    return ElementTree.fromstring(package.read(name))


# the GB/T 33476.2 公文 tags (CustomTags.xml) that say what a page prints, as the field of a page's header they are
_TAG_FIELDS = {"标题": "标题", "发文机关署名": "发文机关", "发文机关": "发文机关", "成文日期": "成文日期"}


def _tagged(package: zipfile.ZipFile, files: dict[str, str], document_path: str, document,
            objects: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """(field, text) of each 公文 tag of the document's CustomTags: the tag's own text, else the text of the
    TextObjects it refers to (ObjectRef: its page's ID, the object's ID), in order."""
    listed = _child(document, "CustomTags")
    if listed is None or not (listed.text or "").strip():
        return []
    index_path = _resolve(files, document_path, listed.text)
    out = []
    for tag in _children(_xml(package, index_path), "CustomTag"):
        location = _child(tag, "FileLoc")
        if location is None or not (location.text or "").strip():
            continue
        for element in _xml(package, _resolve(files, index_path, location.text)).iter():
            field = _TAG_FIELDS.get(_local(element.tag))
            refs = _children(element, "ObjectRef")
            value = "".join(objects.get((r.get("PageRef", ""), (r.text or "").strip()), "") for r in refs) if refs \
                else (element.text or "")
            value = " ".join(value.split())
            if field and value and field not in dict(out):
                out.append((field, value))
    return out


def _read_package(package: zipfile.ZipFile, files: dict[str, str]) -> tuple[str | None, list[_Page], list]:
    ofd = _xml(package, files["ofd.xml"])
    title, pages, tags = None, [], []
    for body in _children(ofd, "DocBody"):
        found = _child(body, "DocInfo", "Title")
        title = title or (found.text.strip() if found is not None and found.text and found.text.strip() else None)
        root = _child(body, "DocRoot")
        if root is None or not (root.text or "").strip():
            continue
        document_path = _resolve(files, files["ofd.xml"], root.text)
        document = _xml(package, document_path)
        common = _child(document, "CommonData")
        box = _child(common, "PageArea", "PhysicalBox")
        default_box = _numbers(box.text) if box is not None else [0, 0, 210, 297]
        templates = {t.get("ID"): _xml(package, _resolve(files, document_path, t.get("BaseLoc", "")))
                     for t in _children(common, "TemplatePage")}
        objects = {}  # (page ID, TextObject ID) -> its text, for the tags that refer to it
        for listed in _children(_child(document, "Pages"), "Page"):
            path = _resolve(files, document_path, listed.get("BaseLoc", ""))
            content = _xml(package, path)
            objects.update(((listed.get("ID", ""), obj.get("ID", "")),
                            "".join(code.text or "" for code in _children(obj, "TextCode")))
                           for obj in content.iter() if _local(obj.tag) == "TextObject")
            box = _child(content, "Area", "PhysicalBox")
            x, y, width, height = (_numbers(box.text) if box is not None else default_box)[:4]
            page = _Page(width, height)
            for use in _children(content, "Template"):
                if use.get("TemplateID") in templates:
                    _draw_content(templates[use.get("TemplateID")], page, (-x, -y))
            _draw_content(content, page, (-x, -y))
            pages.append(page)
        tags = tags or _tagged(package, files, document_path, document, objects)
    return title, pages, tags


def _draw_content(content, page: _Page, origin: tuple[float, float]) -> None:
    for layer in _children(_child(content, "Content"), "Layer"):
        _draw_objects(layer, page, origin)


def _draw_objects(parent, page: _Page, origin: tuple[float, float]) -> None:
    for obj in parent:
        kind = _local(obj.tag)
        if obj.get("Visible", "true").lower() == "false":
            continue
        if kind == "PageBlock":
            _draw_objects(obj, page, origin)
            continue
        if kind not in ("TextObject", "PathObject", "ImageObject"):
            continue
        bx, by = (_numbers(obj.get("Boundary")) + [0, 0])[:2]
        a, b, c, d, e, f = (_numbers(obj.get("CTM")) + [0] * 6)[:6] if obj.get("CTM") else (1, 0, 0, 1, 0, 0)

        def at(u: float, v: float) -> tuple[float, float]:
            return origin[0] + bx + a * u + c * v + e, origin[1] + by + b * u + d * v + f

        if kind == "TextObject":
            _draw_text(obj, page, at, abs(d) or 1)
        elif kind == "PathObject":
            data = _child(obj, "AbstractData")
            segments = _path(data.text or "" if data is not None else "", at)
            if segments:
                width = float((_numbers(obj.get("LineWidth")) or [0.353])[0]) * (abs(a) or 1)
                page.paths.append((segments, width, obj.get("Stroke", "true").lower() != "false",
                                   obj.get("Fill", "false").lower() == "true"))
        else:
            corners = [at(u, v) for u, v in ((0, 0), (1, 0), (0, 1), (1, 1))]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            page.images.append((min(xs), min(ys), max(xs), max(ys)))


def _steps(text: str | None) -> list[float]:
    """DeltaX or DeltaY: numbers, ``g N step`` standing for N steps of one length."""
    tokens, out, k = (text or "").split(), [], 0
    while k < len(tokens):
        if tokens[k] == "g" and k + 2 < len(tokens):
            out += [float(tokens[k + 2])] * int(float(tokens[k + 1]))
            k += 3
        else:
            out.append(float(tokens[k]))
            k += 1
    return out


def _draw_text(obj, page: _Page, at, y_scale: float) -> None:
    size = float((_numbers(obj.get("Size")) or [3.5])[0])
    font = obj.get("Font")
    x = y = 0.0
    for code in _children(obj, "TextCode"):
        text = code.text or ""
        x = float(code.get("X", x))
        y = float(code.get("Y", y))
        dx, dy = _steps(code.get("DeltaX")), _steps(code.get("DeltaY"))
        for k, char in enumerate(text):
            px, py = at(x, y)
            step = dx[k] if k < len(dx) else None
            page.chars.append((px, py, size * y_scale, " " if char.isspace() else char,
                               at(x + step, y)[0] - px if step is not None and k < len(text) - 1 else None, font))
            x += step if step is not None else size if _wide(char) else size / 2
            y += dy[k] if k < len(dy) else 0


def _wide(char: str) -> bool:
    """A character a Chinese font sets a full character wide: Chinese, full-width forms, and the marks whose width
    depends on the font (“”, —, …), which a Chinese font sets full width."""
    return unicodedata.east_asian_width(char) in "WFA"


def _next_on_line(chars: list[tuple]) -> dict[int, int]:
    """Each character's index -> the index of the character after it on its baseline."""
    order = sorted(range(len(chars)), key=lambda k: (round(chars[k][1], 1), chars[k][0]))
    return {k: n for k, n in zip(order, order[1:]) if abs(chars[n][1] - chars[k][1]) < 0.1}


def _narrow(pages: list[_Page]) -> dict[str | None, float]:
    """Per font, the width of its digits and Latin letters as the steps between such characters drawn one an
    object show, over the whole document (a page may hold too few such pairs to tell: a table's one figure): the
    lower quarter of the steps, as steps inside a figure or word are the width and those across a narrow gap
    wider."""
    alone: dict[str | None, list[float]] = {}
    for page in pages:
        chars = page.chars
        for k, n in _next_on_line(chars).items():
            step = (chars[n][0] - chars[k][0]) / chars[k][2]
            if chars[k][4] is None and chars[k][3].isalnum() and chars[n][3].isalnum() \
                    and chars[k][5] == chars[n][5] and not _wide(chars[k][3]) and not _wide(chars[n][3]) \
                    and 0.45 <= step <= 0.75:
                alone.setdefault(chars[k][5], []).append(step)
    return {font: min(sorted(steps)[len(steps) // 4], 0.65) for font, steps in alone.items() if len(steps) >= 3}


def _widths(chars: list[tuple], narrow: dict[str | None, float]) -> list[float]:
    """Each character's width, which OFD leaves to the font. Inside a TextCode, the step DeltaX gives to the next
    character, up to the most a character of its kind takes (a wider step leaves a gap, a tab's or a column's). At
    a TextCode's end, or with no DeltaX, the font's width as the file shows it: the least step any TextCode gives
    the same character in the same font (justified text only adds to it), else for a digit or Latin letter the
    font's ``narrow`` width (0.5 of the size in the fonts of official documents, up to 0.65 in others), else a
    Chinese character its size, % and ‰ too (a Latin font's widest, up to 0.95 of the size: at half of it, the rest
    read as a gap cut 增长4.8% 和6.9%), and any other half of it; never past the next character."""
    after = _next_on_line(chars)
    least: dict[tuple, float] = {}
    for x, _, size, char, advance, font in chars:
        if advance is not None and 0.2 * size < advance <= (1.3 if _wide(char) else 0.7) * size:
            least[font, char] = min(least.get((font, char), advance / size), advance / size)
    widths = []
    for k, (x, _, size, char, advance, font) in enumerate(chars):
        wide = _wide(char)
        if advance is not None and advance > 0:
            widths.append(min(advance, (1.3 if wide else 0.7) * size))
            continue
        digits = [least[font, d] for d in "0123456789" if (font, d) in least] if char.isdigit() else []
        natural = size * (least[font, char] if (font, char) in least else median(digits) if digits
                          else 1.0 if wide or char in "%‰" else narrow.get(font, 0.5) if char.isalnum() else 0.5)
        room = chars[after[k]][0] - x if k in after else 0
        widths.append(min(natural, room) if room > 0 else natural)
    return widths


def _path(data: str, at) -> list[tuple[str, list[tuple[float, float]]]]:
    """AbstractData's commands as move, line and close on the page; a curve (Q, B, A) as a line to its end."""
    tokens, out, k = data.split(), [], 0
    while k < len(tokens):
        op = tokens[k]
        if op not in _PATH_ARITY:
            k += 1
            continue
        args = [float(t) for t in tokens[k + 1:k + 1 + _PATH_ARITY[op]]]
        k += 1 + _PATH_ARITY[op]
        if op == "C":
            out.append(("h", []))
        elif len(args) == _PATH_ARITY[op]:
            out.append(("m" if op in "SM" else "l", [at(args[-2], args[-1])]))
    return out


def _as_pdf(pages: list[_Page]) -> bytes:
    """A PDF of the pages: each character drawn alone at its place (a font without glyphs, its codes mapped to the
    characters), each path, each image's frame (a one-pixel image scaled to it)."""
    codes: dict[str, int] = {}
    streams = []
    narrow = _narrow(pages)
    for page in pages:
        h = page.height * PT
        ops = ["BT /F1 1 Tf"]
        for (x, base, size, char, _, _), width in zip(page.chars, _widths(page.chars, narrow)):
            code = codes.setdefault(char, len(codes) + 1)
            ops.append(f"{width * PT:.3f} 0 0 {size * PT:.3f} {x * PT:.3f} {h - base * PT:.3f} Tm <{code:04X}> Tj")
        ops.append("ET")
        for segments, width, stroke, fill in page.paths:
            ops.append(f"{width * PT:.3f} w")
            for op, points in segments:
                ops.append(" ".join(f"{px * PT:.3f} {h - py * PT:.3f}" for px, py in points) + f" {op}")
            ops.append("B" if stroke and fill else "f" if fill else "S")
        for x0, top, x1, bottom in page.images:
            ops.append(f"q {(x1 - x0) * PT:.3f} 0 0 {(bottom - top) * PT:.3f} {x0 * PT:.3f} {h - bottom * PT:.3f} cm "
                       "/Im1 Do Q")
        streams.append("\n".join(ops).encode("ascii"))
    return _pdf_file(pages, streams, codes)


def _utf16(char: str) -> str:
    return char.encode("utf-16-be").hex().upper()


def _pdf_file(pages: list[_Page], streams: list[bytes], codes: dict[str, int]) -> bytes:
    mapped = sorted(codes.items(), key=lambda kv: kv[1])
    cmap = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /OFD def",
            "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    for k in range(0, len(mapped), 100):
        block = mapped[k:k + 100]
        cmap += [f"{len(block)} beginbfchar"] + [f"<{code:04X}> <{_utf16(char)}>" for char, code in block] \
            + ["endbfchar"]
    cmap += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
    n = len(pages)
    # objects: 1 catalog, 2 pages, 3 font, 4 descendant, 5 descriptor, 6 ToUnicode, 7 image, then page and stream pairs
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Count {n} /Kids [{' '.join(f'{8 + 2 * k} 0 R' for k in range(n))}] >>".encode(),
               b"<< /Type /Font /Subtype /Type0 /BaseFont /OFDText /Encoding /Identity-H /DescendantFonts [4 0 R] "
               b"/ToUnicode 6 0 R >>",
               b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /OFDText /CIDSystemInfo << /Registry (Adobe) "
               b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 >>",
               b"<< /Type /FontDescriptor /FontName /OFDText /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 "
               b"/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
               _stream("\n".join(cmap).encode("ascii")),
               _stream(b"\x80", b"/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
                                b"/BitsPerComponent 8")]
    for k, (page, stream) in enumerate(zip(pages, streams)):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {page.width * PT:.3f} {page.height * PT:.3f}] "
                       f"/Resources << /Font << /F1 3 0 R >> /XObject << /Im1 7 0 R >> >> /Contents {9 + 2 * k} 0 R >>"
                       .encode())
        objects.append(_stream(stream))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< " + entries + f" /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"
