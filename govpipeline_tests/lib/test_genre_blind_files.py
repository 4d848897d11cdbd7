"""Genre reports as files (fixtures/genres_blind_files), keyed before the code ran on them, read through the library's
stages: a county's statistical bulletin as a PDF, its prose and its appended table of products, and a county-level
city's government work report as a .docx."""
from __future__ import annotations

import json
from pathlib import Path

from govpipeline.lib.stages import extract_document, normalize_document, read_document
from govpipeline_tests.scoring import match_facts, names_match

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _keyed(name: str) -> tuple[dict, dict]:
    """A report's key and its normalized document (one report a file)."""
    key = json.loads((FIXTURES / "answer_key_genres_blind_files" / f"{name}.json").read_text(encoding="utf-8"))
    path = FIXTURES / "genres_blind_files" / key["doc"]
    (norm,) = normalize_document(read_document(path.name, path.read_bytes()))
    return key, norm

def test_a_bulletin_as_a_pdf_gives_its_prose_statistics_and_its_tables_rows():
    # first run: all 39 keyed figures found, nothing more, metadata right; the four names that differ from the key's
    # letter (地区生产总值比上年增长, the ratio's parts named 占比) are right by hand
    key, norm = _keyed("weiyuan_tongji_gongbao_2023")
    assert (norm["title"], norm["report_year"], str(norm["publish_date"]), norm["region"]) == (
        key["title"], key["report_year"], key["publish_date"], key["region"])
    _, facts, _, _, cells, findings = extract_document(norm)
    in_tables = {c["fact_id"] for c in cells if c["fact_id"]}
    matched, extra = match_facts(key["facts"], [f for f in facts if f["fact_id"] not in in_tables])
    assert len(matched) == len(key["facts"]) == 39 and extra == []
    assert sum(names_match(kf["metric"], matched[i]["metric"]) for i, kf in enumerate(key["facts"])) == 35
    assert all(matched[i]["kind"] == kf["kind"] for i, kf in enumerate(key["facts"]))
    rows = {f["metric"]: (f["value"], f["unit"]) for f in facts if f["fact_id"] in in_tables}
    assert rows == {"粮食|产量": (164200, "吨"), "粮食|比上年增长": (3.2, "%"), "马铃薯|产量": (98600, "吨"),
                    "马铃薯|比上年增长": (4.1, "%"), "中药材|产量": (117000, "吨"), "中药材|比上年增长": (2.7, "%"),
                    "蔬菜|产量": (83500, "吨"), "蔬菜|比上年增长": (5.6, "%")}
    assert findings == []


def test_a_work_report_as_a_docx_gives_the_year_it_looks_back_on_and_next_years_targets():
    # first run: all 21 keyed figures found (48公里 keyed in 米 by mistake), nothing more, every name as keyed; the
    # report's year is the one it looks back on, its body the city's government; the date it was delivered, in the
    # line under the title (——2025年1月15日在…会议上), is not read as a publish date (NULL, not wrong)
    key, norm = _keyed("longquan_zhengfu_gongzuo_baogao_2025")
    assert (norm["title"], norm["report_year"], norm["region"], norm["body"]) == (
        "政府工作报告", 2024, "丽水市龙泉市", "龙泉市人民政府")
    _, facts, _, _, _, _ = extract_document(norm)
    matched, extra = match_facts(key["facts"], facts)
    assert len(matched) == len(key["facts"]) == 21 and extra == []
    assert all(names_match(kf["metric"], matched[i]["metric"]) and matched[i]["kind"] == kf["kind"]
               and (matched[i]["year"] or 2024) == kf["year"] for i, kf in enumerate(key["facts"]))
