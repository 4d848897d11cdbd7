"""Read OFD files made from the fixtures' PDFs against the PDFs themselves: each PDF under
govpipeline_tests/fixtures is written as an OFD package in each producer style of govpipeline_tests/ofd_files.py,
read as the pipeline reads a file, and its text compared with the PDF's. Prints per style how many texts are equal,
differ, or were refused, and how many of the PDFs' figures the OFDs lose or read otherwise (a figure that is not
the PDF's, as two cells run together), and each difference's first lines with `--list`.
Usage: ofd_roundtrip.py [--list]"""
from __future__ import annotations

import difflib
import re
import sys
from collections import Counter
from pathlib import Path

from govpipeline.lib.stages import read_document
from govpipeline_tests.ofd_files import ofd_from_pdf

FIGURE = re.compile(r"\d[\d,.]*%?")
FIXTURES = Path(__file__).resolve().parent.parent / "govpipeline_tests" / "fixtures"


def main() -> None:
    show = "--list" in sys.argv
    pdfs = sorted(FIXTURES.rglob("*.pdf"))
    for style in ("runs", "glyphs"):
        counts, figures = Counter(), Counter()
        for path in pdfs:
            data = path.read_bytes()
            want = read_document(path.name, data)
            got = read_document(path.with_suffix(".ofd").name, ofd_from_pdf(data, style))
            if want["error"]:
                counts["pdf refused"] += 1
                continue
            if got["error"]:
                counts["ofd refused"] += 1
                if show:
                    print(f"{style} {path.relative_to(FIXTURES)}: {got['error']}")
                continue
            want_figures, got_figures = Counter(FIGURE.findall(want["decoded_text"])), \
                Counter(FIGURE.findall(got["decoded_text"]))
            figures["in the PDFs"] += sum(want_figures.values())
            figures["lost"] += sum((want_figures - got_figures).values())
            figures["not the PDF's"] += sum((got_figures - want_figures).values())
            if got["decoded_text"] == want["decoded_text"] and got["file_title"] == want["file_title"] \
                    and got["page_starts"] == want["page_starts"]:
                counts["equal"] += 1
            else:
                counts["differ"] += 1
                if show:
                    diff = difflib.unified_diff(want["decoded_text"].splitlines(), got["decoded_text"].splitlines(),
                                                lineterm="", n=0)
                    print(f"{style} {path.relative_to(FIXTURES)}:", *list(diff)[2:8], sep="\n  ")
        print(f"{style}: {len(pdfs)} PDFs: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
              + "; figures: " + ", ".join(f"{k} {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
