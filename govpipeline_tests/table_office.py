"""Constructed annual reports written as .docx and converted by an office suite to the forms sites publish (the lead's
round 24, fixtures/tables_office_blind): a Word 97-2003 .doc, a PDF exported by the suite (its fonts embedded with
their Unicode maps, a ruled table's cells drawn as rectangles, header rows printed again on each page) and a .docx
saved again by the suite (its own OOXML for merges, widths and header rows, not python-docx's). Every other PDF and
Word fixture is written by our own code (reportlab, python-docx, govpipeline_tests.doc_files); these check the
readers against files an office program wrote.

Figures come from ``table_files.figures`` (every identity holds), keyed ``table.row.column`` in base units.

usage: python -m govpipeline_tests.table_office FOLDER   (writes each report's .docx and answers.json there, then
       converts them with LibreOffice: ``soffice --headless --convert-to doc|pdf|docx``; the committed files were
       made with LibreOffice 7.4.7 of Debian 12, and the tests read them without it)
"""
from __future__ import annotations

import io
import json
import sys
import tempfile
from pathlib import Path

from govpipeline_tests.office_files import convert
from govpipeline_tests.report_files import Report, Table, add_word_table, repeat_header_rows
from govpipeline_tests.table_files import figures, report, t2_table, t3_table, t4_table

# (name, seed, edition, body, form, what the report's layout adds)
REPORTS = [
    ("o01_county_bureau_2021", 2401, "2021", "临澧县自然资源局", "pdf", "official 表三, header rows repeated"),
    ("o02_city_health_2021", 2402, "2021", "东阳市卫生健康局", "doc", "official 表三"),
    ("o03_district_2019", 2403, "2019", "鹤壁市淇滨区人民政府", "pdf",
     "2019 edition, official 表三, columns of equal width: labels wrapped over many lines, rows cut by a page's end"),
    ("o04_prefecture_office_2019", 2404, "2019", "阿克苏地区行政公署办公室", "doc", "2019 edition"),
    ("o05_town_2021", 2405, "2021", "桐庐县分水镇人民政府", "docx", "saved again by the suite"),
    ("o06_city_police_2021", 2406, "2021", "六盘水市公安局", "pdf", "表三 with its labels in one column"),
    ("o07_province_dept_2021", 2407, "2021", "甘肃省医疗保障局", "pdf", "tables on landscape pages"),
    ("o08_water_company_2019", 2408, "2019", "九江市自来水有限公司", "doc", "表三 with its labels in one column"),
]


def _docx(rep: Report, landscape_tables: bool, equal_widths: bool) -> bytes:
    """The report as python-docx writes it, each table's header rows marked to repeat on every page, its columns
    as wide as the table says (else of equal width), and its tables section on landscape pages when asked."""
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    document = docx.Document()
    document.core_properties.author = "Administrator"
    turned = False
    for block in rep.blocks:
        if isinstance(block, Table):
            if landscape_tables and not turned:
                section = document.add_section(WD_SECTION.NEW_PAGE)
                section.orientation = WD_ORIENT.LANDSCAPE
                section.page_width, section.page_height = section.page_height, section.page_width
                turned = True
            add_word_table(document, block)
            table = document.tables[-1]
            if block.widths and not equal_widths:
                table.autofit = False
                for column, width in zip(table.columns, block.widths):
                    column.width = Cm(width)  # the grid, which an office suite lays the table out by
                    for cell in column.cells:
                        cell.width = Cm(width)
            repeat_header_rows(table, block.header_rows)
        elif isinstance(block, str):
            document.add_paragraph(block.lstrip("#"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def build(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    answers = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, seed, edition, body, form, layout in REPORTS:
            f = figures(seed, edition)
            official = "one column" not in layout
            rep = report(f, body, [t2_table(f)], [t3_table(f, official=official)], [t4_table(f)])
            source = Path(tmp, f"{name}.docx")
            source.write_bytes(_docx(rep, "landscape" in layout, "equal width" in layout))
            convert(source, form, folder)
            answers[name] = {"file": f"{name}.{form}", "form": f"{edition}, {form} by LibreOffice: {layout}",
                             "cells": f.cells()}
    (folder / "answers.json").write_text(json.dumps(answers, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
