"""Template cells read from the table fixture sets' PDFs (the folders with an answers.json) and from OFD copies of
them in each producer style of govpipeline_tests/ofd_files.py: per style, cells right, wrong, unread with a
finding, and silent (unread with none); a wrong cell that the PDF reads right is the OFD reader's. Then the same
for the PDFs of the sets keyed for govpipeline_tests/tables_genres_score.py (tables of any genre).
usage: python bench/ofd_tables.py [-v]"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from govpipeline_tests import tables_genres_score  # noqa: E402
from govpipeline_tests.table_fixtures import answers, score  # noqa: E402

FIXTURES = REPO / "govpipeline_tests" / "fixtures"


def main() -> None:
    verbose = "-v" in sys.argv
    totals = {style: [0, 0, 0, 0, 0] for style in ("pdf", "runs", "glyphs")}
    for folder in sorted(p.parent for p in FIXTURES.glob("tables_*/answers.json")):
        for report, answer in answers(folder).items():
            if not answer["file"].endswith(".pdf"):
                continue
            for style in totals:
                s = score(report, folder, None if style == "pdf" else style)
                row = (s.cells, s.right, len(s.wrong), s.unread - len([k for k in s.silent if k]), len(s.silent))
                totals[style] = [a + b for a, b in zip(totals[style], row)]
                if verbose and style != "pdf" and (s.wrong or s.silent or s.error):
                    print(f"{style} {folder.name}/{report}: right {s.right} wrong {len(s.wrong)} unread {s.unread}"
                          f" silent {len(s.silent)}" + (f" error {s.error}" if s.error else ""))
                    for line in s.wrong[:6]:
                        print("   ", line)
    for style, (cells, right, wrong, found, silent) in totals.items():
        print(f"{style:7} cells {cells}  right {right}  wrong {wrong}  unread with a finding {found}  silent {silent}")
    print("keyed sets (tables_genres_score), their PDFs:")
    for style in totals:
        tally = Counter()
        for folder in tables_genres_score.SETS:
            for name in tables_genres_score.KEYS[folder]:
                if name.endswith(".pdf"):
                    out = tables_genres_score.score(name, folder, None if style == "pdf" else style)
                    tally += out["tally"]
                    if verbose and style != "pdf" and out["wrong"]:
                        print(f"{style} {folder}/{name}: wrong", *out["wrong"][:6], sep="\n    ")
        print(f"{style:7} right {tally['right']}  wrong {tally['wrong']}  unread with a finding {tally['unread']}  "
              f"silent {tally['silent']}")


if __name__ == "__main__":
    main()
