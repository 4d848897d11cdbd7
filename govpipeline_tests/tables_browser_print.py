"""Constructed annual reports as web pages a researcher saved as PDF with a browser (Chromium's print to PDF), their
template tables without borders (border="0", no border attribute, CSS border:0, or rules between rows only), cell
padding 0-2 px, narrow columns, figures right- or centre-aligned, both editions (fixtures/tables_browser_print_blind).
Each page is kept beside its PDF. Keys as ``table_files``.

usage: python -m govpipeline_tests.tables_browser_print FOLDER [NAME ...]  (needs /usr/bin/chromium; no NAME: the
       blind set; the held-out set is built by naming its pages, h01_… to h05_…)
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from govpipeline_tests.table_files import figures, main, report, t2_table, t3_table, t4_table, write
from govpipeline_tests.table_layouts import html_page

_RIGHT = "td:not(:first-child){text-align:right}"
_CENTRE = "td{text-align:center}"


def printed_page(html_text: str, head_and_foot: bool) -> bytes:
    """The page printed to PDF by headless Chromium, with or without its running head and foot (date, title, URL)."""
    with tempfile.TemporaryDirectory() as tmp:
        page, out = Path(tmp) / "page.html", Path(tmp) / "page.pdf"
        page.write_text(html_text, encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}"]
                       + ([] if head_and_foot else ["--no-pdf-header-footer"]) + [page.as_uri()],
                       check=True, capture_output=True, timeout=120)
        return out.read_bytes()


def _page(seed: int, version: str, body: str, table_tag: str, style: str, head_and_foot: bool,
          official: bool = True):
    def build(folder, name, answers):
        f = figures(seed, version)
        rep = report(f, body, [t2_table(f)], [t3_table(f, official=official)], [t4_table(f)])
        page = html_page(rep, f"{body}{f.year}年政府信息公开工作年度报告", table_tag, style)
        (folder / f"{name}.html").write_text(page, encoding="utf-8")
        write(folder, f"{name}.pdf", printed_page(page, head_and_foot), f,
              f"{version}, printed by Chromium from a page whose tables are {table_tag} with CSS {style!r}"
              + ("" if official else "; 表三's labels in one column") + ("; the browser's head and foot" if head_and_foot
                                                                          else ""), answers)
    return build


BUILDERS = {
    "b01_border0_pad0_right": _page(1301, "2021", "某某市审计局", '<table border="0" cellpadding="0" cellspacing="0">',
                                    _RIGHT, True),
    "b02_border0_pad1_centre_2019": _page(1302, "2019", "某某县民政局",
                                          '<table border="0" cellpadding="1" cellspacing="0" width="100%">',
                                          _CENTRE + "body{font-size:12px}", False),
    "b03_css_border0_pad2_centre": _page(1303, "2021", "某某区卫生健康委员会", '<table cellpadding="2">',
                                         "table,td{border:0;border-collapse:collapse}" + _CENTRE
                                         + "body{font-size:14px}", True),
    "b04_no_border_attr_right_2019": _page(1304, "2019", "某某市自然资源和规划局", '<table cellspacing="0">',
                                           _RIGHT + "body{font-family:serif}", True),
    "b05_border0_one_label_column": _page(1305, "2021", "某某镇人民政府", '<table border="0" cellspacing="0">',
                                          _CENTRE + "body{font-size:10.5pt}", False, official=False),
    "b06_narrow_table_pad0_right": _page(1306, "2021", "某某市住房和城乡建设局",
                                         '<table border="0" cellpadding="0" cellspacing="0" style="width:480px">',
                                         _RIGHT + "td{font-size:13px}", True),
    "b07_border0_pad2_centre_2019": _page(1307, "2019", "某某县市场监督管理局",
                                          '<table border="0" cellpadding="2" cellspacing="0">', _CENTRE, False,
                                          official=False),
    "b08_rules_between_rows_only": _page(1308, "2021", "某某区教育局", '<table cellpadding="1" cellspacing="0">',
                                         "td{border:0;border-bottom:1px solid #999}" + _RIGHT, True),
}
# the held-out set (fixtures/tables_browser_print_heldout), written after the fixes: build it by naming these
HELDOUT = {
    "h01_border0_pad0_centre_big_font": _page(1351, "2021", "某某州生态环境局",
                                              '<table border="0" cellpadding="0" cellspacing="0">',
                                              _CENTRE + "body{font-size:16px}", True),
    "h02_no_border_narrow_2019": _page(1352, "2019", "某某县财政局",
                                       '<table cellpadding="0" cellspacing="0" style="width:520px">',
                                       _RIGHT + "td{font-size:12px}", False),
    "h03_css_border_none_pad1_right": _page(1353, "2021", "某某市农业农村局", '<table cellpadding="1">',
                                            "td{border:none}" + _RIGHT + "body{font-family:serif;font-size:13px}",
                                            False, official=False),
    "h04_border0_pad2_centre_2019": _page(1354, "2019", "某某区司法局",
                                          '<table border="0" cellpadding="2" cellspacing="0" width="100%">',
                                          _CENTRE + "body{font-size:11px}", True),
    "h05_border0_pad1_right_wide": _page(1355, "2021", "某某省人力资源和社会保障厅",
                                         '<table border="0" cellpadding="1" cellspacing="0" width="100%">',
                                         _RIGHT, True),
}

if __name__ == "__main__":
    every = BUILDERS | HELDOUT
    main(Path(sys.argv[1]), {k: v for k, v in every.items() if k in sys.argv[2:]} if sys.argv[2:] else BUILDERS)
