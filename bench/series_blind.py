"""Score bodies' multi-year series against a folder's expected.yaml (govpipeline_tests/fixtures/series_across_2019/:
one body, `series:`; series_two_bodies/: `bodies:`, body -> indicator -> year): materialize the whole asset graph on
the folder's reports into a temporary warehouse and compare analytics.metric_series, whole-year rows of each body.

usage: python bench/series_blind.py [FOLDER]

Prints, per indicator, each year's expected value and source against what the series holds, whether the indicator is
ONE continuous series over the key's years (every year present, right value, one scope, and the file a key's `doc`
names, and the words a key's `because` asks of its chosen_because), and the totals.

A key with `scopes_apart: true` compares each keyed indicator with its rows of the key's scope kind alone (an indicator
keyed `id@kind` is that id's series of that kind: approval_items@own_level; `id@kind#name` of that kind and scope
name: service_cases@subregions#村); rows of other kinds are other series. A
key's `yoy` list names analytics.yoy_comparisons' cross_document rows expected (body, metric_id, year,
previous_value, in the indicator's unit): each is right, refused (no row) or wrong (another previous value or unit).
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
    """Per body of the key (a `series:` key is 泾县人民政府's) and indicator: each year's expected value against the
    rows metric_series holds for that body, indicator and year (whole year, any scope). ONE continuous series: every
    year exactly one row, the right value under the whole scope (or the key's `scope` kind), and no row in another
    year."""
    key = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    bodies = key.get("bodies") or {BODY: key["series"]}
    apart = key.get("scopes_apart", False)
    metrics = sorted({m.split("@")[0] for series in bodies.values() for m in series})
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for f in folder.iterdir():
            if f.name not in ("expected.yaml", "build.py", "__pycache__"):
                shutil.copy(f, raw / f.name)
        db = Path(tmp) / "w.duckdb"
        materialize_all(raw, db)
        rows = query(db, "SELECT s.metric_id, s.year, s.value, s.source, s.scope_kind, s.body, r.source_path, "
                         "s.chosen_because, s.scope_name FROM analytics.metric_series s "
                         "LEFT JOIN normalized.documents d ON d.doc_id = s.doc_id "
                         "LEFT JOIN raw.documents r ON r.doc_id = d.file_id "
                         "WHERE s.period = '' AND s.metric_id IN (SELECT unnest(?))", [metrics])
        print("bodies:", query(db, "SELECT DISTINCT body, region FROM warehouse.documents ORDER BY ALL"))
        yoy = query(db, "SELECT body, metric_id, year, previous_value, unit FROM analytics.yoy_comparisons "
                        "WHERE basis = 'cross_document'") if key.get("yoy") else []
    got: dict = {}
    for mid, year, value, source, kind, body, path, because, name in rows:
        got.setdefault((body, mid), {}).setdefault(year, []).append((value, source, kind, path, because, name))
    years_right = years_all = whole = indicators = 0
    for body, series in bodies.items():
        for keyed, years in series.items():
            mid, _, kind = keyed.partition("@")
            kind, _, name = kind.partition("#")  # approval_items@subregions#村: that kind's rows of that name alone
            mine = lambda h: h[2] == (kind or "whole") and (not name or h[5] == name)  # noqa: E731
            right = 0
            for year, want in sorted(years.items()):
                have = got.get((body, mid), {}).get(year, [])
                if apart:  # the rows of the keyed scope kind alone
                    have = [h for h in have if mine(h)]
                ok = len(have) == 1 and have[0][0] == want["value"] and have[0][2] == want.get("scope", "whole") \
                    and want.get("doc") in (None, have[0][3]) and want.get("scope_name") in (None, have[0][5]) \
                    and want.get("because", "") in (have[0][4] or "")  # `doc`: the file it must come from; `because`: why
                right += ok
                print(f"  {body} {mid:34} {year} want {want['value']:>8} ({want['source']:9} {want.get('doc', '')}) got "
                      f"{have or '-'}{'' if ok else '  <-- wrong, missing or split'}")
            extra = sorted(y for y, rows in got.get((body, mid), {}).items() if y not in years and (
                not apart or any(mine(h) for h in rows)))
            one = right == len(years) and not extra
            whole += one
            indicators += 1
            years_right += right
            years_all += len(years)
            print(f"{body} {keyed}: {right} of {len(years)} years one right row{'; extra years ' + str(extra) if extra else ''}"
                  f"; {'ONE continuous series' if one else 'broken'}")
    print(f"\n{whole} of {indicators} (body, indicator) one continuous series; {years_right} of {years_all} "
          f"year-values one right row")
    verdicts = []
    for want in key.get("yoy") or []:
        # a report whose documents.body is NULL (a bulletin under no named body) compares under no body
        rows = [r for r in yoy if r[0] in (want["body"], None) and r[1:3] == (want["metric_id"], want["year"])]
        right = len(rows) == 1 and abs(rows[0][3] - want["previous_value"]) < 1e-6
        verdicts.append("refused" if not rows else "right" if right else "wrong")
        print(f"  yoy {want['body']} {want['metric_id']} {want['year']} want previous {want['previous_value']} got "
              f"{rows or '-'}: {verdicts[-1]}")
    if verdicts:
        print("yoy cross_document: " + ", ".join(f"{v} {verdicts.count(v)}" for v in ("right", "refused", "wrong")))
    return whole, indicators, years_right, years_all


if __name__ == "__main__":
    score(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
