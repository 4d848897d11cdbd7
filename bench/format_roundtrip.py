"""Read the keyed genre reports (govpipeline_tests/fixtures/genres/*.txt: bulletins, work reports, summaries, audit,
budget) in the formats they are published in, against their text: each text is written as a .docx (one paragraph a
line; justified 16 pt with the first line indented, as official documents are set, or `ragged` in the default style)
and saved by LibreOffice as the form asked for, or, for `browser`, made a site's page (govpipeline_tests/web_pages.py:
banner, menu, footer) and printed by Chromium with its running head and foot, against that page. Both go through
read, normalize and extract as a run does. Prints per report the facts (metric, value, unit, kind, year) the form
loses and adds, the metadata fields that differ, and the totals.

forms: pdf (default), ragged (a ragged .docx's PDF), browser, doc, docx, ofd-runs, ofd-glyphs (OFD drawn from the
justified PDF, govpipeline_tests/ofd_files.py). Needs soffice, and /usr/bin/chromium for browser.
Usage: format_roundtrip.py [FOLDER] [--form FORM] [--list]"""
from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path

from govpipeline.lib.stages import extract_document, normalize_document, read_document
from govpipeline_tests.ofd_files import ofd_from_pdf
from govpipeline_tests.office_files import convert, text_docx
from govpipeline_tests.tables_browser_print import printed_page
from govpipeline_tests.web_pages import as_web_page

FIXTURES = Path(__file__).resolve().parent.parent / "govpipeline_tests" / "fixtures"
FIELDS = ("title", "report_year", "publish_date", "body", "region", "doc_type")
FORMS = ("pdf", "ragged", "browser", "doc", "docx", "ofd-runs", "ofd-glyphs")


def reading(name: str, data: bytes) -> tuple[dict, Counter]:
    norm = normalize_document(read_document(name, data))[0]
    facts = extract_document(norm)[1]
    return norm, Counter((f["metric"], f["value"], f["unit"], f["kind"], f["year"]) for f in facts)


def published(path: Path, form: str, tmp: Path) -> tuple[tuple[str, bytes], tuple[str, bytes]]:
    """(the original as read: name, bytes) and (the report in ``form``: name, bytes)."""
    text = path.read_text(encoding="utf-8")
    if form == "browser":
        page = as_web_page(text).encode("utf-8")
        return (f"{path.stem}.html", page), (f"{path.stem}.pdf", printed_page(page.decode("utf-8"), True))
    source = tmp / f"{path.stem}.docx"
    source.write_bytes(text_docx(text, justified=form != "ragged"))
    if form == "docx":
        data = source.read_bytes()
    elif form.startswith("ofd-"):
        data = ofd_from_pdf(convert(source, "pdf", tmp).read_bytes(), form[4:])
    else:
        data = convert(source, "doc" if form == "doc" else "pdf", tmp).read_bytes()
    suffix = {"ragged": "pdf", "ofd-runs": "ofd", "ofd-glyphs": "ofd"}.get(form, form)
    return (path.name, path.read_bytes()), (f"{path.stem}.{suffix}", data)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=FIXTURES / "genres")
    parser.add_argument("--form", choices=FORMS, default="pdf")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    totals = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(args.folder.glob("*.txt")):
            original, form = published(path, args.form, Path(tmp))
            (want_doc, want), (got_doc, got) = reading(*original), reading(*form)
            lost, added = want - got, got - want
            fields = [f for f in FIELDS if want_doc.get(f) != got_doc.get(f)]
            totals.update(facts=sum(want.values()), lost=sum(lost.values()), added=sum(added.values()),
                          reports=1, equal=not (lost or added or fields), fields_differ=len(fields))
            if (lost or added or fields) and args.list:
                print(f"{path.name}: lost {sum(lost.values())}, added {sum(added.values())}, fields {fields}")
                for f in fields:
                    print(f"   {f}: {want_doc.get(f)!r} -> {got_doc.get(f)!r}")
                for fact in sorted(lost, key=str)[:8]:
                    print("   -", fact)
                for fact in sorted(added, key=str)[:8]:
                    print("   +", fact)
    print(f"{args.form}: {totals['reports']} reports, {totals['equal']} read alike; facts {totals['facts']}: "
          f"{totals['lost']} lost, {totals['added']} added; {totals['fields_differ']} metadata fields differ")


if __name__ == "__main__":
    main()
