"""Scores the template tables read from one-line pages (fixtures/tables_one_line_blind, tables_one_line_heldout)
against the answers written with them. A file may hold several years' reports: each report the normalize step
finds is matched to the answer of its report year. Per file: cells read right, read wrong (a value other than the
answer's, a cell keyed null, a cell the answer does not hold, or a report the answer does not hold), unread, and of
the unread those that no finding on their row or table names (silent). A report the page does not tell apart from
the one before it is read as none; a finding of the page's other reports on its table names its cells."""
from __future__ import annotations

from pathlib import Path

from govpipeline.lib.stages import extract_document, normalize_document, read_document
from govpipeline_tests.table_fixtures import Score, answers

BLIND = Path(__file__).parent / "fixtures" / "tables_one_line_blind"
HELD_OUT = Path(__file__).parent / "fixtures" / "tables_one_line_heldout"


def read(path: Path) -> dict[str, tuple[dict, list[dict]]]:
    """Report year -> (table.row.column -> value of the printed cells read, table issues)."""
    raw = read_document(str(path), path.read_bytes())
    out: dict[str, tuple[dict, list[dict]]] = {}
    for norm in normalize_document(raw):
        _, _, _, _, cells, issues = extract_document(norm)
        got = {f"{c['table_id']}.{c['row_key']}.{c['column_key']}": c["value"] for c in cells
               if not c["derived"] and c["table_id"] in ("t2", "t3", "t4")}
        year = str(norm["report_year"])
        prev_got, prev_issues = out.get(year, ({}, []))
        out[year] = ({**prev_got, **got}, prev_issues + issues)
    return out


def score(name: str, folder: Path) -> Score:
    answer = answers(folder)[name]
    found = read(folder / answer["file"])
    total = right = unread = 0
    wrong: list[str] = []
    silent: list[str] = []
    page_issues = [i for _, issues in found.values() for i in issues]
    for year, keyed in answer["reports"].items():
        # a report the page does not tell apart is read as none: the findings of the page's other reports name it
        got, issues = found.get(year, ({}, page_issues))
        named = {(i["table_id"], i["row_key"]) for i in issues}
        for key, value in keyed.items():
            total += 1
            table, row, _ = key.split(".")
            if value is None:  # not printed: no cell to read
                if key in got:
                    wrong.append(f"{year} {key}: {got[key]} (not printed)")
                else:
                    right += 1
            elif key not in got:
                unread += 1
                if (table, row) not in named and (table, None) not in named:
                    silent.append(f"{year} {key}")
            elif got[key] == value or (got[key] is None and value == 0):
                right += 1
            else:
                wrong.append(f"{year} {key}: {got[key]} (answer {value})")
        wrong += [f"{year} {k}: {v} (not printed)" for k, v in got.items() if k not in keyed]
    for year, (got, _) in found.items():
        if year not in answer["reports"] and got:
            wrong.append(f"{len(got)} cells read for a report of {year} the page does not hold")
    return Score(name, total, right, wrong, unread, silent)


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND
    sums = [0, 0, 0, 0, 0]
    for name in answers(folder):
        s = score(name, folder)
        sums = [a + b for a, b in zip(sums, (s.cells, s.right, len(s.wrong), s.unread, len(s.silent)))]
        print(f"{name}: {s.cells} cells, right {s.right}, wrong {len(s.wrong)}, unread {s.unread}, "
              f"silent {len(s.silent)}")
        for w in s.wrong[:6]:
            print("   wrong", w)
        for w in s.silent[:4]:
            print("   silent", w)
    print("total: cells {}, right {}, wrong {}, unread {}, silent {}".format(*sums))
