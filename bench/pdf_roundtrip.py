"""Read the keyed genre reports (govpipeline_tests/fixtures/genres/*.txt: bulletins, work reports, summaries, audit,
budget) as the PDFs an office publishes, against their text: each text is written as a .docx (one paragraph a line,
justified 16 pt with the first line indented, as official documents are set, or with `--ragged` in the default
style) and converted by LibreOffice, or with `--browser` as a site's page (govpipeline_tests/web_pages.py: banner, menu,
footer) printed by Chromium with its running head and foot against that page; then both
files go through read, normalize and extract as a run does. Prints per report the facts (metric, value, unit, kind,
year) the PDF loses and adds against the text, the metadata fields that differ, and the totals.
Needs soffice or /usr/bin/chromium. Usage: pdf_roundtrip.py [FOLDER] [--list] [--ragged | --browser]"""
from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

from govpipeline.lib.stages import extract_document, normalize_document, read_document
from govpipeline_tests.office_files import convert, text_docx
from govpipeline_tests.tables_browser_print import printed_page
from govpipeline_tests.web_pages import as_web_page

FIXTURES = Path(__file__).resolve().parent.parent / "govpipeline_tests" / "fixtures"
FIELDS = ("title", "report_year", "publish_date", "body", "region", "doc_type")


def reading(name: str, data: bytes) -> tuple[dict, Counter]:
    norm = normalize_document(read_document(name, data))[0]
    facts = extract_document(norm)[1]
    return norm, Counter((f["metric"], f["value"], f["unit"], f["kind"], f["year"]) for f in facts)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else FIXTURES / "genres"
    totals = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if "--browser" in sys.argv:
                page = as_web_page(text)
                want_doc, want = reading(f"{path.stem}.html", page.encode("utf-8"))
                got_doc, got = reading(f"{path.stem}.pdf", printed_page(page, head_and_foot=True))
            else:
                source = Path(tmp, f"{path.stem}.docx")
                source.write_bytes(text_docx(text, justified="--ragged" not in sys.argv))
                pdf = convert(source, "pdf", Path(tmp))
                want_doc, want = reading(path.name, path.read_bytes())
                got_doc, got = reading(pdf.name, pdf.read_bytes())
            lost, added = want - got, got - want
            fields = [f for f in FIELDS if want_doc.get(f) != got_doc.get(f)]
            totals.update(facts=sum(want.values()), lost=sum(lost.values()), added=sum(added.values()),
                          reports=1, equal=not (lost or added or fields), fields_differ=len(fields))
            if (lost or added or fields) and "--list" in sys.argv:
                print(f"{path.name}: lost {sum(lost.values())}, added {sum(added.values())}, fields {fields}")
                for f in fields:
                    print(f"   {f}: {want_doc.get(f)!r} -> {got_doc.get(f)!r}")
                for fact in sorted(lost, key=str)[:8]:
                    print("   -", fact)
                for fact in sorted(added, key=str)[:8]:
                    print("   +", fact)
    print(f"{totals['reports']} reports, {totals['equal']} read alike; facts {totals['facts']}: {totals['lost']} lost, "
          f"{totals['added']} added; {totals['fields_differ']} metadata fields differ")


if __name__ == "__main__":
    main()
