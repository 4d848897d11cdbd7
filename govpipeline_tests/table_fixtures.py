"""Scores the template tables read from the blind round's constructed reports (fixtures/tables_blind) against the
answers written with them: per report, cells read right, read wrong (a value other than the answer's, or a cell
the report does not print) and unread, and of the unread those that no finding names (silent)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from govpipeline.lib.stages import extract_document, normalize_document, read_document

FOLDER = Path(__file__).parent / "fixtures" / "tables_blind"


@dataclass
class Score:
    report: str
    cells: int
    right: int
    wrong: list[str]
    unread: int
    silent: list[str]  # unread cells whose row and table no finding names
    error: str | None = None  # why the file was quarantined: a finding for every cell it holds


def answers(folder: Path = FOLDER) -> dict[str, dict]:
    return json.loads((folder / "answers.json").read_text(encoding="utf-8"))


def score(report: str, folder: Path = FOLDER) -> Score:
    answer = answers(folder)[report]
    path = folder / answer["file"]
    raw = read_document(str(path), path.read_bytes())
    if raw["error"]:
        return Score(report, len(answer["cells"]), 0, [], len(answer["cells"]), [], raw["error"])
    [norm] = normalize_document(raw)
    _, _, _, _, cells, issues = extract_document(norm)
    got = {f"{c['table_id']}.{c['row_key']}.{c['column_key']}": c["value"] for c in cells
           if not c["derived"] and c["table_id"] in ("t2", "t3", "t4")}
    named = {(i["table_id"], i["row_key"]) for i in issues}
    right, wrong, unread, silent = 0, [], 0, []
    for key, value in answer["cells"].items():
        if key not in got:
            unread += 1
            table, row, _ = key.split(".")
            if (table, row) not in named and (table, None) not in named:
                silent.append(key)
        elif got[key] == value or (got[key] is None and value == 0):
            right += 1
        else:
            wrong.append(f"{key}: {got[key]} (answer {value})")
    wrong += [f"{key}: {value} (not printed)" for key, value in got.items() if key not in answer["cells"]]
    return Score(report, len(answer["cells"]), right, wrong, unread, silent)
