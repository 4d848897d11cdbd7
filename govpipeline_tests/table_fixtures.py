"""Scores the template tables read from the blind round's constructed reports (fixtures/tables_blind) against the
answers written with them: per report, cells read right, read wrong (a value other than the answer's, or a cell
the report does not print: absent from the answers or keyed null) and unread, and of the unread those that no
finding names (silent); and of the cells an answer ``flags`` as misprinted, those that the warehouse's check of the
template identities does not find, nor (where the cell is left unread) a finding on its row
(unflagged)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from govpipeline.lib.audit import template_identity_findings
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
    unflagged: list[str] = field(default_factory=list)  # misprinted cells that no identity that fails holds


def answers(folder: Path = FOLDER) -> dict[str, dict]:
    return json.loads((folder / "answers.json").read_text(encoding="utf-8"))


def score(report: str, folder: Path = FOLDER, ofd_style: str | None = None) -> Score:
    """ofd_style: read the report's PDF as an OFD written from it in that producer style (ofd_files.ofd_from_pdf)."""
    answer = answers(folder)[report]
    path = folder / answer["file"]
    if ofd_style:
        from govpipeline_tests.ofd_files import ofd_from_pdf
        raw = read_document(str(path.with_suffix(".ofd")), ofd_from_pdf(path.read_bytes(), ofd_style))
    else:
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
        if value is None:  # not printed: no cell to read
            if key in got:
                wrong.append(f"{key}: {got[key]} (not printed)")
            elif not any(i["table_id"] == key.split(".")[0] for i in issues):
                silent.append(key)
            else:
                right += 1
        elif key not in got:
            unread += 1
            table, row, _ = key.split(".")
            if (table, row) not in named and (table, None) not in named:
                silent.append(key)
        elif got[key] == value or (got[key] is None and value == 0):
            right += 1
        else:
            wrong.append(f"{key}: {got[key]} (answer {value})")
    wrong += [f"{key}: {value} (not printed)" for key, value in got.items() if key not in answer["cells"]]
    failed = _failed_sums(cells, issues)
    # a misprint is shown by an identity that fails over it, or, where its row is left unread, by a finding on the row
    shown = lambda k: k in failed or (k not in got and tuple(k.split(".")[:2]) in named)  # noqa: E731
    return Score(report, len(answer["cells"]), right, wrong, unread, silent,
                 unflagged=[k for k in answer.get("flags", []) if not shown(k)])


def _failed_sums(cells: list[dict], issues: list[dict]) -> set[str]:
    """table.row.column of the cells in a template identity that the warehouse's check (template_identities) finds
    not to hold."""
    key = {c["fact_id"]: f"{c['table_id']}.{c['row_key']}.{c['column_key']}" for c in cells if c["fact_id"]}
    rows = [("doc", c["table_id"], c["row_key"], c["column_key"], c["value"], c["fact_id"]) for c in cells
            if not c["derived"] and c["table_id"] in ("t3", "t4")]
    unread = {("doc", i["table_id"], i["row_key"]) for i in issues}
    return {key[f] for finding in template_identity_findings(rows, unread) for f in finding.fact_ids if f in key}
