"""Template cells read from the blind round's constructed reports (govpipeline_tests/fixtures/tables_blind), whose
tables take forms real files take: per report, cells read right, read wrong (must be 0), unread, and unread with no
finding naming them (must be 0), and misprinted cells (an answer's ``flags``) that no failing identity shows
(must be 0).

usage: python bench/table_forms.py [-v] [FOLDER]   (FOLDER: another round's fixtures, such as
       govpipeline_tests/fixtures/tables_files_blind, the PDF and Word files)
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from govpipeline_tests.table_fixtures import FOLDER, answers, score  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv
    folders = [Path(a) for a in sys.argv[1:] if a != "-v"]
    folder = folders[0] if folders else FOLDER
    total = [0, 0, 0, 0, 0, 0]
    print(f"{'report':45} cells  right  wrong  unread  silent  unflagged")
    for report in answers(folder):
        s = score(report, folder)
        print(f"{report:45} {s.cells:5} {s.right:6} {len(s.wrong):6} {s.unread:7} {len(s.silent):7} "
              f"{len(s.unflagged):10}" + (f"  quarantined: {s.error}" if s.error else ""))
        for k, v in enumerate((s.cells, s.right, len(s.wrong), s.unread, len(s.silent), len(s.unflagged))):
            total[k] += v
        if verbose:
            for line in s.wrong + [f"silent: {k}" for k in s.silent] + [f"unflagged: {k}" for k in s.unflagged]:
                print("   ", line)
    print(f"{'all':45} {total[0]:5} {total[1]:6} {total[2]:6} {total[3]:7} {total[4]:7} {total[5]:10}"
          f"  ({total[1] / total[0]:.1%} read right)")


if __name__ == "__main__":
    main()
