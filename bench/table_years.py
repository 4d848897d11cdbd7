"""Template cells of several years of the same bodies' reports (govpipeline_tests/fixtures/tables_years_blind),
read end to end: the folder is materialized into a temporary warehouse, so that the evidence of a body's other
years counts. Per report: cells read right, read wrong (must be 0), unread, and unread with no finding naming their
row or table (silent, must be 0); and how the cells of 表二 were read (evidence).

usage: python bench/table_years.py [-v] [FOLDER]
"""
from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from govpipeline_tests.conftest import materialize_all, query  # noqa: E402

FOLDER = REPO / "govpipeline_tests" / "fixtures" / "tables_years_blind"


def score(folder: Path) -> dict[str, dict]:
    """Report -> right, wrong (list), unread, silent (list), evidence (Counter of 表二's cells)."""
    answers = json.loads((folder / "answers.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "w.duckdb"
        materialize_all(folder, db)
        cells = query(db, """SELECT d.source_path, c.table_id || '.' || c.row_key || '.' || c.column_key, c.value,
                                    c.evidence
                             FROM warehouse.table_cells c JOIN warehouse.documents d USING (doc_id)
                             WHERE NOT c.derived AND c.table_id IN ('t2', 't3', 't4')""")
        issues = query(db, """SELECT d.source_path, i.table_id, i.row_key FROM warehouse.table_issues i
                              JOIN warehouse.documents d USING (doc_id)""")
    got: dict[str, dict] = {}
    evidence: dict[str, Counter] = {}
    for path, key, value, how in cells:
        got.setdefault(path, {})[key] = value
        if key.startswith("t2."):
            evidence.setdefault(path, Counter())[how] += 1
    named: dict[str, set] = {}
    for path, table, row in issues:
        named.setdefault(path, set()).add((table, row))
    out = {}
    for report, answer in answers.items():
        path, read = answer["file"], got.get(answer["file"], {})
        right, wrong, unread, silent = 0, [], 0, []
        for key, value in answer["cells"].items():
            if key not in read:
                unread += 1
                table, row, _ = key.split(".")
                if not named.get(path, set()) & {(table, row), (table, None)}:
                    silent.append(key)
            elif read[key] == value or (read[key] is None and value == 0):
                right += 1
            else:
                wrong.append(f"{key}: {read[key]} (answer {value})")
        wrong += [f"{k}: {v} (not printed)" for k, v in read.items() if k not in answer["cells"]]
        out[report] = {"cells": len(answer["cells"]), "right": right, "wrong": wrong, "unread": unread,
                       "silent": silent, "evidence": evidence.get(path, Counter()),
                       "t2_unread": sorted({k.split(".")[1] for k in answer["cells"] if k.startswith("t2.")
                                            and k not in read})}
    return out


def main() -> None:
    verbose = "-v" in sys.argv
    folders = [Path(a) for a in sys.argv[1:] if a != "-v"]
    scores = score(folders[0] if folders else FOLDER)
    total = Counter()
    print(f"{'report':10} cells  right  wrong  unread  silent  表二 evidence / unread rows")
    for report, s in scores.items():
        print(f"{report:10} {s['cells']:5} {s['right']:6} {len(s['wrong']):6} {s['unread']:7} {len(s['silent']):7}  "
              f"{dict(s['evidence'])} {s['t2_unread'] or ''}")
        total.update(cells=s["cells"], right=s["right"], wrong=len(s["wrong"]), unread=s["unread"],
                     silent=len(s["silent"]))
        if verbose:
            for line in s["wrong"] + [f"silent: {k}" for k in s["silent"]]:
                print("   ", line)
    print(f"{'all':10} {total['cells']:5} {total['right']:6} {total['wrong']:6} {total['unread']:7} "
          f"{total['silent']:7}  ({total['right'] / total['cells']:.1%} read right)")


if __name__ == "__main__":
    main()
