"""Measures a held-out set (a folder of reports and key/*.json): stage functions + the scorer's match_facts/names_match;
S marks the seeded 40-fact sample. Run from the worktree:
.venv/bin/python bench/measure_heldout.py bench/genres_heldout_O 2844"""
import json, random, sys
from pathlib import Path
from govpipeline.lib.stages import extract_document, normalize_document, read_document
from govpipeline_tests.scoring import match_facts, names_match
D, SEED = Path(sys.argv[1]), int(sys.argv[2])
rows = []
extra_n = 0
for kp in sorted((D / "key").glob("*.json")):
    key = json.loads(kp.read_text(encoding="utf-8"))
    p = D / key["doc"]
    (norm,) = normalize_document(read_document(p.name, p.read_bytes()))
    _, facts, _, _, cells, findings = extract_document(norm)
    matched, extra = match_facts(key["facts"], facts)
    extra_n += len(extra)
    for e in extra: print("EXTRA", key["doc"], e["value"], e["unit"], e["kind"], e["metric"], e.get("year"))
    for i, kf in enumerate(key["facts"]):
        m = matched.get(i)
        y = (m.get("year") or norm["report_year"]) if m else None
        # a key that states value_max (None too, sets from 53 on) wants the range read whole
        ok = bool(m) and m["kind"] == kf["kind"] and names_match(kf["metric"], m["metric"], norm["report_period"]) \
            and y == kf["year"] and ("value_max" not in kf or m["value_max"] == kf["value_max"])
        rows.append((key["doc"][:12], kf, m, y, ok))
sample = set(random.Random(SEED).sample(range(len(rows)), min(40, len(rows))))  # a set of fewer facts: all
print("strict", sum(r[4] for r in rows), "/", len(rows), "matched", sum(1 for r in rows if r[2]), "extra", extra_n)
for n, (d, kf, m, y, ok) in enumerate(rows):
    s = "S" if n in sample else " "
    got = f"{m['kind']:7} {m['metric']} {y}" if m else "UNMATCHED"
    print(f"{n:2} {s} {'ok' if ok else '--'} {d} {kf['quote']:10} {kf['kind']:7} {kf['metric']} {kf['year']} || {got}")
