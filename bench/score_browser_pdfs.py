"""Score metadata on web pages saved as PDF by a browser against the pages themselves: for a folder holding
`name.html`, `name.pdf` and `key.json` (govpipeline_tests/fixtures/browser_pdf25), count per field how many of each
form are right, NULL where a value was expected, or wrong, read as the pipeline reads a file (its first report).
Each form a page is kept in (`.html`, `.pdf`, `.txt`, `.docx`, `.doc`, `.rtf`) is scored, and each PDF written as
an OFD in both producer styles of govpipeline_tests/ofd_files.py (`ofd-runs`, `ofd-glyphs`).
`--list` prints each miss. Usage: score_browser_pdfs.py FOLDER [--list]"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from govpipeline_tests.lib.crawled_files import measured_file
from govpipeline_tests.ofd_files import ofd_from_pdf

FIELDS = ("title", "report_year", "report_period", "publish_date", "region", "body")


def main() -> None:
    folder = Path(next(a for a in sys.argv[1:] if not a.startswith("--")))
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    for form in ("pdf", "ofd-runs", "ofd-glyphs", "html", "txt", "docx", "doc", "rtf"):
        scores = {f: Counter() for f in FIELDS}
        for name, expected in sorted(key.items()):
            ofd_style = form.split("-")[1] if form.startswith("ofd") else None
            path = folder / f"{name}.{'pdf' if ofd_style else form}"
            if not path.exists():
                continue
            got = measured_file(f"{name}.ofd", ofd_from_pdf(path.read_bytes(), ofd_style)) if ofd_style \
                else measured_file(path.name, path.read_bytes())
            for f in FIELDS:
                if f not in expected:
                    continue
                verdict = "right" if got[f] == expected[f] else "NULL" if got[f] is None else "wrong"
                scores[f][verdict] += 1
                if verdict != "right" and "--list" in sys.argv:
                    print(f"{form:10} {name:24} {f:13} {verdict:5} got {got[f]!r} expected {expected[f]!r}")
        for f in FIELDS:
            if not (s := scores[f]):
                continue
            print(f"{form:10} {f:13} right {s['right']:3}  NULL {s['NULL']:3}  wrong {s['wrong']:3}")


if __name__ == "__main__":
    main()
