"""OFD files (GB/T 33190-2016) written the ways OFD producers write them, from the layout of a real PDF.

A PDF that LibreOffice or Chromium wrote gives each character's box and each ruling line; the same page is written
as an OFD package in one of two styles that OFD producers use:
- ``runs``: one TextObject per run of characters of one size on a line, its TextCode placing the characters by
  DeltaX (repeats written ``g N step``), as a converter from Word or PDF writes a document;
- ``glyphs``: one TextObject per character, scaled by a CTM with the TextCode in the object's own units, as a
  virtual printer writes each glyph it is sent.
Ruling lines are PathObjects, images ImageObjects with their picture in the document's resources, the file's title
the DocInfo's. Lengths are millimetres, y down from the page's top, as OFD has them.
"""
from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import pdfplumber

NS = "http://www.ofdspec.org/2016"
MM = 25.4 / 72  # millimetres a point
# a 1x1 grey PNG: the picture of an ImageObject (a reader needs where it stands, not what it shows)
PIXEL = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010800000000"
                      "3a7e9b550000000a49444154789c63600000000200015ab6d3e40000000049454e44ae426082")


def _n(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def delta_x(steps: list[float]) -> str:
    """DeltaX with runs of one step written ``g N step``, as producers write them."""
    out, k = [], 0
    while k < len(steps):
        j = k
        while j < len(steps) and abs(steps[j] - steps[k]) < 0.001:
            j += 1
        out.append(f"g {j - k} {_n(steps[k])}" if j - k > 1 else _n(steps[k]))
        k = j
    return " ".join(out)


def _runs(chars: list[dict]) -> list[list[dict]]:
    """Characters of one line, size and font, each run cut where a gap opens (a cell's or a word's end: a PDF
    draws those apart)."""
    runs: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (-round(c["matrix"][5], 1), c["x0"])):
        last = runs[-1][-1] if runs else None
        if last is not None and abs(last["matrix"][5] - c["matrix"][5]) < 0.5 and abs(last["size"] - c["size"]) < 0.1 \
                and last["fontname"] == c["fontname"] and -0.5 < c["x0"] - last["x1"] < 0.1 * c["size"]:
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _text_objects(chars: list[dict], page_height: float, style: str, ids, fonts: dict[str, int]) -> list[str]:
    out = []
    for run in _runs(chars) if style == "runs" else [[c] for c in chars]:
        size = run[0]["size"] * MM
        font = fonts.setdefault(run[0]["fontname"], 20 + len(fonts))
        base = (page_height - run[0]["matrix"][5]) * MM  # the baseline, where the PDF's text matrix sets the glyph
        x0, x1 = run[0]["x0"] * MM, run[-1]["x1"] * MM
        top = base - 0.88 * size
        text = escape("".join(c["text"] for c in run))
        steps = [(b["x0"] - a["x0"]) * MM for a, b in zip(run, run[1:])]
        if style == "runs":
            dx = f' DeltaX="{delta_x(steps)}"' if steps else ""
            out.append(f'<ofd:TextObject ID="{next(ids)}" Boundary="{_n(x0)} {_n(top)} {_n(x1 - x0)} {_n(size)}" '
                       f'Font="{font}" Size="{_n(size)}"><ofd:FillColor Value="0 0 0"/>'
                       f'<ofd:TextCode X="0" Y="{_n(0.88 * size)}"{dx}>{text}</ofd:TextCode></ofd:TextObject>')
        else:
            k = size / 10  # the glyph drawn at size 10 and scaled down by the CTM
            out.append(f'<ofd:TextObject ID="{next(ids)}" Boundary="{_n(x0)} {_n(top)} {_n(x1 - x0 + 1)} {_n(size)}" '
                       f'Font="{font}" Size="10" CTM="{_n(k)} 0 0 {_n(k)} 0 0">'
                       f'<ofd:TextCode X="0" Y="{_n(0.88 * size / k)}">{text}</ofd:TextCode></ofd:TextObject>')
    return out


def _path_objects(page, ids) -> list[str]:
    out = []
    for e in page.edges:
        x0, x1, top, bottom = e["x0"] * MM, e["x1"] * MM, e["top"] * MM, e["bottom"] * MM
        out.append(f'<ofd:PathObject ID="{next(ids)}" Boundary="{_n(x0)} {_n(top)} {_n(max(x1 - x0, 0.1))} '
                   f'{_n(max(bottom - top, 0.1))}" LineWidth="0.25">'
                   f'<ofd:AbstractData>M 0 0 L {_n(x1 - x0)} {_n(bottom - top)}</ofd:AbstractData></ofd:PathObject>')
    return out


def _image_objects(page, ids, resource: int) -> list[str]:
    out = []
    for im in page.images:
        x0, top = im["x0"] * MM, im["top"] * MM
        w, h = (im["x1"] - im["x0"]) * MM, (im["bottom"] - im["top"]) * MM
        out.append(f'<ofd:ImageObject ID="{next(ids)}" Boundary="{_n(x0)} {_n(top)} {_n(w)} {_n(h)}" '
                   f'CTM="{_n(w)} 0 0 {_n(h)} 0 0" ResourceID="{resource}"/>')
    return out


def ofd_from_pdf(pdf: bytes, style: str = "runs", title: str | None = None) -> bytes:
    """The PDF's pages as an OFD package in the given producer style."""
    counter = iter(range(100, 10 ** 9))
    fonts: dict[str, int] = {}
    pages, boxes = [], []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        title = title if title is not None else doc.metadata.get("Title")
        for page in doc.pages:
            objects = _text_objects(page.chars, page.height, style, counter, fonts) + _path_objects(page, counter) \
                + _image_objects(page, counter, 2)
            boxes.append(f"0 0 {_n(page.width * MM)} {_n(page.height * MM)}")
            pages.append(objects)
    return ofd_package(pages, boxes, title=title, fonts=fonts)


def ofd_package(pages: list[list[str]], boxes: list[str], title: str | None = None,
                template: list[str] | None = None, namespace: str = NS, fonts: dict[str, int] | None = None,
                tags: list[tuple[str, str | list[tuple[int, int]]]] | None = None, tag_root: str = "公文") -> bytes:
    """An OFD package of pages of content objects (each page one Layer), with an optional template page drawn under
    every page, and optional custom tags (GB/T 33476.2's 公文 tags, as a document system marks 标题, 发文机关署名,
    成文日期): each tag (name, its text written in the tag, or the (page index, object ID) of the TextObjects that
    print it), listed in CustomTags.xml, which Document.xml names."""
    info = f"<ofd:Title>{escape(title)}</ofd:Title>" if title else ""
    ofd_xml = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{namespace}" Version="1.1" DocType="OFD">'
               f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>9b1c</ofd:DocID>{info}<ofd:Creator>govpipeline tests'
               '</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    tpl = '<ofd:TemplatePage ID="7" BaseLoc="Tpls/Tpl_0/Content.xml"/>' if template else ""
    listed = "".join(f'<ofd:Page ID="{10 + k}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k in range(len(pages)))
    document = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{namespace}"><ofd:CommonData>'
                f'<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>{boxes[0]}</ofd:PhysicalBox>'
                '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml'
                f'</ofd:DocumentRes>{tpl}</ofd:CommonData><ofd:Pages>{listed}</ofd:Pages>'
                + ("<ofd:CustomTags>CustomTags.xml</ofd:CustomTags>" if tags else "") + '</ofd:Document>')
    public = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{namespace}" BaseLoc="Res"><ofd:Fonts>'
              '<ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/>'
              + "".join(f'<ofd:Font ID="{k}" FontName="{escape(name.split("+")[-1])}"/>' for name, k in (fonts or {}).items())
              + '</ofd:Fonts></ofd:Res>')
    res = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{namespace}" BaseLoc="Res"><ofd:MultiMedias>'
           '<ofd:MultiMedia ID="2" Type="Image" Format="PNG"><ofd:MediaFile>image_2.png</ofd:MediaFile>'
           '</ofd:MultiMedia></ofd:MultiMedias></ofd:Res>')

    def page_xml(objects: list[str], box: str, with_template: bool) -> str:
        use = '<ofd:Template TemplateID="7" ZOrder="Background"/>' if with_template else ""
        return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{namespace}"><ofd:Area>'
                f'<ofd:PhysicalBox>{box}</ofd:PhysicalBox></ofd:Area>{use}<ofd:Content>'
                f'<ofd:Layer ID="5" Type="Body">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", ofd_xml)
        z.writestr("Doc_0/Document.xml", document)
        z.writestr("Doc_0/PublicRes.xml", public)
        z.writestr("Doc_0/DocumentRes.xml", res)
        z.writestr("Doc_0/Res/image_2.png", PIXEL)
        if template:
            z.writestr("Doc_0/Tpls/Tpl_0/Content.xml", page_xml(template, boxes[0], False))
        for k, (objects, box) in enumerate(zip(pages, boxes)):
            z.writestr(f"Doc_0/Pages/Page_{k}/Content.xml", page_xml(objects, box, bool(template)))
        if tags:
            z.writestr("Doc_0/CustomTags.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:CustomTags xmlns:ofd="{namespace}">'
                       f'<ofd:CustomTag NameSpace="{GONGWEN}"><ofd:SchemaLoc>Tags/gongwen.xsd</ofd:SchemaLoc>'
                       '<ofd:FileLoc>Tags/CustomTag.xml</ofd:FileLoc></ofd:CustomTag></ofd:CustomTags>')
            z.writestr("Doc_0/Tags/CustomTag.xml", _tag_file(tags, tag_root, namespace))
    return out.getvalue()


GONGWEN = "http://www.ofdspec.org/2016/gongwen"  # the namespace a 公文 tag file's elements are in


def _tag_file(tags, root: str, namespace: str) -> str:
    def tag(name, value):
        inner = escape(value) if isinstance(value, str) else "".join(
            f'<ofd:ObjectRef PageRef="{10 + page}">{object_id}</ofd:ObjectRef>' for page, object_id in value)
        return f"<fw:{name}>{inner}</fw:{name}>"

    return (f'<?xml version="1.0" encoding="UTF-8"?><fw:{root} xmlns:fw="{GONGWEN}" xmlns:ofd="{namespace}">'
            + "".join(tag(n, v) for n, v in tags) + f"</fw:{root}>")


def text_object(x: float, y: float, text: str, size: float = 4.2, delta: bool = True, object_id: int = 1) -> str:
    """A TextObject of one line at (x, baseline y) in millimetres, its characters placed by DeltaX as a font with
    half-width digits and letters sets them, or, with no delta, left to the reader (no DeltaX)."""
    steps = [size if ord(c) > 0x2e7f else size / 2 for c in text[:-1]]
    dx = f' DeltaX="{delta_x(steps)}"' if delta and steps else ""
    return (f'<ofd:TextObject ID="{object_id}" Boundary="{_n(x)} {_n(y - size)} {_n(sum(steps) + size)} {_n(size * 1.2)}" '
            f'Font="3" Size="{_n(size)}"><ofd:TextCode X="0" Y="{_n(size)}"{dx}>{escape(text)}</ofd:TextCode>'
            '</ofd:TextObject>')
