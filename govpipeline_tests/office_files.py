"""Reports converted by an office suite, as sites publish them: a text report written as a .docx (one paragraph a
line, ragged or justified with the first line indented as official documents set it) and converted by LibreOffice
to PDF; and the conversion itself, which the table fixtures of round 24 (table_office.py) use too. The committed
files were made with LibreOffice 7.4.7 of Debian 12; the tests read them and need no office suite.

usage: python -m govpipeline_tests.office_files FOLDER TEXT...   (writes NAME.ragged.pdf and NAME.justified.pdf)
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def convert(source: Path, form: str, folder: Path) -> Path:
    """``source`` (a .docx) converted to ``form`` (pdf, doc, docx) by LibreOffice, into ``folder``."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", "--convert-to", form, "--outdir", out, str(source)],
                       check=True, capture_output=True)
        target = folder / f"{source.stem}.{form}"
        shutil.copy(Path(out, f"{source.stem}.{form}"), target)
    return target


def text_docx(text: str, justified: bool) -> bytes:
    """A text report as a .docx: justified, the body in 16 pt with a first line indented by two characters (an
    official document's 三号 type), or ragged in the default style."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.author = "Administrator"
    if justified:
        document.styles["Normal"].font.size = Pt(16)
    for line in text.splitlines():
        if line.strip():
            paragraph = document.add_paragraph(line.strip())
            if justified:
                paragraph.paragraph_format.first_line_indent = Pt(32)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def build(folder: Path, texts: list[Path]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for path in texts:
            for layout in ("ragged", "justified"):
                source = Path(tmp, f"{path.stem}.{layout}.docx")
                source.write_bytes(text_docx(path.read_text(encoding="utf-8"), layout == "justified"))
                convert(source, "pdf", folder)


if __name__ == "__main__":
    build(Path(sys.argv[1]), [Path(a) for a in sys.argv[2:]])
