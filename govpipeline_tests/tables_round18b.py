"""Round 18b's constructed reports (written with their keys before the code ran on them): 12345 分类诉求 tables
whose 序号, name and figures touch, and a wrapped template page.
- tables_r18b_nontemplate_blind (key tables_r18b_nontemplate_blind_key.json, scored by tables_genres_score):
  b01 a crawled one-line page whose cells of a row are run together (1城乡建设8,62019.9), rows a space apart;
  b02 the same with counts printed without separators (2教育328511.8); b03 a tab-typed table at right stops too
  tight, 15 pt, as an OFD drawn glyph by glyph;
- tables_r18b_blind (answers.json, scored by bench/table_forms.py): b04 a 2019 trial-format one-line page with
  signs touching, pasted into Word a section a paragraph, wrapped by a 13 pt PDF.
Places are real, figures invented.

usage: .venv/bin/python -m govpipeline_tests.tables_round18b   (needs soffice)
"""
from __future__ import annotations

from govpipeline_tests.ofd_files import ofd_from_pdf
from govpipeline_tests.table_files import main
from govpipeline_tests.tables_nontemplate import write as write_nontemplate
from govpipeline_tests.tables_round18 import FIXTURES, _HEAD_HOTLINE, _hotline, _hotline_report, _tab_lines, \
    _wrapped_trial_signs
from govpipeline_tests.tables_tabstops import _docx as tab_pdf


def _run_together(year: int, city: str, seed: int, separators: bool):
    rep, key = _hotline_report(year, city, seed)
    rows = _hotline(seed)
    if not separators:
        rows = [[c.replace(",", "") for c in r] for r in rows]
    head = " ".join(_HEAD_HOTLINE)
    table = " ".join("".join(r) for r in rows)
    text = rep.blocks[0].lstrip("#") + "\n" + " ".join(
        [b for b in rep.blocks[1:5] if isinstance(b, str)] + [head, table, "二、下一步工作"]) + "\n"
    return text.encode("utf-8"), key


def b03_tight_ofd():
    rep, key = _hotline_report(2023, "永州市", 31)
    return ofd_from_pdf(tab_pdf(_tab_lines(rep), 15, [(2, "right"), (9.5, "right"), (12.5, "right")]), "glyphs"), key


BLIND_N = {
    "b01_shaoyang_12345_run_together_2023.txt": lambda: _run_together(2023, "邵阳市", 29, True),
    "b02_xiangxi_12345_run_together_2022.txt": lambda: _run_together(2022, "吉首市", 37, False),
    "b03_yongzhou_12345_tight_2023.ofd": b03_tight_ofd,
}

BLIND = {"b04_pdf_wrapped_signs_2019": _wrapped_trial_signs(1861, 2019, "耒阳市自然资源局")}

if __name__ == "__main__":
    write_nontemplate("tables_r18b_nontemplate_blind", BLIND_N)
    main(FIXTURES / "tables_r18b_blind", BLIND)
