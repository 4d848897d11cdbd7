"""Score one body's multi-year series against a folder's expected.yaml (see
govpipeline_tests/fixtures/series_across_2019/): materialize the whole asset graph on the folder's reports into a
temporary warehouse and compare analytics.metric_series, whole-scope whole-year rows of the key's body.

usage: python bench/series_blind.py [FOLDER]

Prints, per indicator, each year's expected value and source against what the series holds, whether the indicator is
ONE continuous series over the key's years (every year present, right value, one scope), and the totals.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from govpipeline_tests.conftest import materialize_all, query  # noqa: E402

DEFAULT = REPO / "govpipeline_tests/fixtures/series_across_2019"
BODY = "泾县人民政府"


def score(folder: Path) -> tuple[int, int, int, int]:
    key = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))["series"]
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for f in folder.iterdir():
            if f.name not in ("expected.yaml", "build.py", "__pycache__"):
                shutil.copy(f, raw / f.name)
        db = Path(tmp) / "w.duckdb"
        materialize_all(raw, db)
        rows = query(db, "SELECT metric_id, year, value, source, scope_kind, body FROM analytics.metric_series "
                         "WHERE period = '' AND metric_id IN (SELECT unnest(?))", [list(key)])
        bodies = query(db, "SELECT DISTINCT body, region FROM warehouse.documents ORDER BY ALL")
    print("bodies:", bodies)
    got: dict = {}
    for mid, year, value, source, kind, body in rows:
        got.setdefault(mid, {}).setdefault(year, []).append((value, source, kind, body))
    years_right = years_all = whole = 0
    for mid, years in key.items():
        right = 0
        for year, want in sorted(years.items()):
            have = got.get(mid, {}).get(year, [])
            ok = any(v == want["value"] and k == "whole" and b == BODY for v, _, k, b in have)
            right += ok
            print(f"  {mid:38} {year} want {want['value']:>6} ({want['source']:9}) got "
                  f"{have or '-'}{'' if ok else '  <-- wrong or missing'}")
        extra = sorted(set(got.get(mid, {})) - set(years))
        one = right == len(years) and not extra
        whole += one
        years_right += right
        years_all += len(years)
        print(f"{mid}: {right} of {len(years)} years right{'; extra years ' + str(extra) if extra else ''}; "
              f"{'ONE continuous series' if one else 'broken'}")
    print(f"\n{whole} of {len(key)} indicators one continuous series; {years_right} of {years_all} year-values right")
    return whole, len(key), years_right, years_all


if __name__ == "__main__":
    score(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
