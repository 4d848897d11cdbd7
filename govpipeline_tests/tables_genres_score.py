"""Scores fixtures/tables_genres_blind (or the held-out tables_genres_heldout, or tables_nontemplate_blind and its
held-out set) against its key: each key cell is right (read under its row and column with its value and year, and
its unit where the key states one), wrong (read there with another value or year), unread (not read, and the file has a finding
naming its table or its row) or silent (not read, no such finding); a cell read that the key does not hold is wrong
too. Labels are compared in NFKC without spaces (（%） and (%) are one name). A total paired with rows that do not
add up to it is a flag: the key's misprints must be flagged, and nothing else.

usage: .venv/bin/python -m govpipeline_tests.tables_genres_score [SET [NAME ...]]  (SET: one of SETS)"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from govpipeline.lib.stages import extract_document, normalize_document, read_document
from govpipeline.lib.tables import read_tables, total_sums

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SETS = ("tables_genres_blind", "tables_genres_heldout", "tables_nontemplate_blind", "tables_nontemplate_heldout",
        "tables_nontemplate_blind_b", "tables_nontemplate_heldout_b", "tables_nontemplate_blind_c",
        "tables_tabstops_blind", "tables_tabstops_heldout",
        "tables_r17_nontemplate_blind", "tables_r17_nontemplate_heldout", "tables_r18_nontemplate_blind",
        "tables_r18_nontemplate_heldout", "tables_r18b_nontemplate_blind", "tables_r19_nontemplate_blind",
        "tables_r19_nontemplate_heldout")
KEYS = {s: json.loads((FIXTURES / f"{s}_key.json").read_text(encoding="utf-8")) for s in SETS}
KEY = KEYS["tables_genres_blind"]


def _name(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def cells_read(name: str, data: bytes) -> tuple[dict, dict[tuple, list], list[dict]]:
    """(the file's normalized row, {(row, column): [(value, year, unit, metric_id)]} of its table cells as read, its
    table issues)."""
    (norm,) = normalize_document(read_document(name, data))
    _, facts, _, _, cells, issues = extract_document(norm)
    fact = {f["fact_id"]: f for f in facts}
    got: dict[tuple, list] = {}
    for c in cells:
        f = fact[c["fact_id"]]
        got.setdefault((_name(c["row_label"]), _name(c["column_label"])), []).append(
            (c["value"], f["year"] or norm["report_year"], f["unit"], f["metric_id"]))
    return norm, got, issues


def score(name: str, folder: str = "tables_genres_blind", ofd_style: str | None = None) -> dict:
    """ofd_style: read the PDF as an OFD written from it in that producer style (ofd_files.ofd_from_pdf)."""
    key = KEYS[folder][name]
    data = (FIXTURES / folder / name).read_bytes()
    if ofd_style:
        from govpipeline_tests.ofd_files import ofd_from_pdf
        name, data = str(Path(name).with_suffix(".ofd")), ofd_from_pdf(data, ofd_style)
    norm, got, issues = cells_read(name, data)
    tally, out = Counter(), {"wrong": [], "unread": [], "silent": []}
    keyed = set()
    findings = " ".join(_name(i["raw"]) for i in issues)
    for row, column, value, y, *unit in key["cells"]:  # a key that states the unit: it must be read with it
        at = (_name(row), _name(column))
        keyed.add(at)
        read = got.get(at, [])
        if any(abs(v - value) <= 1e-6 * max(1.0, abs(value)) and ry == y and unit in ([], [u]) for v, ry, u, _ in read):
            tally["right"] += 1
        elif read:
            tally["wrong"] += 1
            out["wrong"].append((row, column, value, y, *unit, read))
        elif _name(row) in findings or any(i["row_key"] is None for i in issues):
            tally["unread"] += 1
            out["unread"].append((row, column))
        else:
            tally["silent"] += 1
            out["silent"].append((row, column))
    for at, read in got.items():
        if at not in keyed:
            tally["wrong"] += len(read)
            out["wrong"].append((*at, None, None, read))
    flagged = [(_name(t.row_label), _name(t.column_name)) for t, parts in total_sums(read_tables(
        norm["normalized_text"])) if abs(t.value - sum(p.value for p in parts)) > 1e-6 * max(1.0, abs(t.value))]
    misprints = {(_name(r), _name(c)) for r, c in key["misprints"]}
    out["flags_missed"] = sorted(misprints - set(flagged))
    out["false_flags"] = sorted(set(flagged) - misprints)
    out["tally"] = tally
    out["issues"] = [i["raw"][:120] for i in issues]
    return out


def main(folder: str, names: list[str]) -> None:
    total = Counter()
    for name in names or list(KEYS[folder]):
        out = score(name, folder)
        total += out["tally"]
        t = out["tally"]
        print(f"{name}: right {t['right']} wrong {t['wrong']} unread {t['unread']} silent {t['silent']}; "
              f"misprints missed {out['flags_missed']} false flags {out['false_flags']}")
        for kind in ("wrong", "unread", "silent"):
            for item in out[kind]:
                print(f"  {kind}: {item}")
        for raw in out["issues"]:
            print(f"  finding: {raw}")
    print(f"TOTAL right {total['right']} wrong {total['wrong']} unread {total['unread']} silent {total['silent']}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else SETS[0], sys.argv[2:])
