"""Constructed PDF and Word reports whose title is only in the file's properties or on its first page, each with the
metadata a reader of the file would write down (as crawled_pages.py does for pages). Places are real divisions,
figures invented; the expected values were written before the code ran on these files."""
from __future__ import annotations

from govpipeline.lib.stages import normalize_document, read_document
from govpipeline_tests.report_files import Report, to_doc, to_docx, to_pdf


def _report_paragraphs(year: int, who: str) -> list[str]:
    return ["#一、总体情况",
            f"{year}年，{who}坚持以习近平新时代中国特色社会主义思想为指导，全面推进政务公开工作。全年主动公开政府信息"
            "1234条，其中规范性文件12件。",
            "#二、收到和处理政府信息公开申请情况",
            "本年新收政府信息公开申请87件，上年结转3件，办理结果总计85件，结转下年度继续办理5件。"]


def measured_file(name: str, data: bytes) -> dict:
    """What the pipeline reads from a file: its first report's metadata and how many reports it holds."""
    rows = normalize_document(read_document(name, data))
    first = rows[0]
    assert first["error"] is None, first["error"]
    return dict(title=first["title"], report_year=first["report_year"],
                publish_date=first["publish_date"].isoformat() if first["publish_date"] else None,
                region=first["region_code"], body=first["body"], reports=len(rows))


def eighth_files() -> list[tuple[str, bytes, dict]]:
    """Set 8's files: (file name, bytes, expected metadata)."""
    return [
        # the title only in the PDF's properties; the text opens with its first heading and is signed
        ("资兴市年报.pdf",
         to_pdf(Report(_report_paragraphs(2023, "我市") + ["资兴市人民政府", "2024年1月25日"]),
                title="资兴市人民政府2023年政府信息公开工作年度报告"),
         dict(title="资兴市人民政府2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-25",
              region="431081", body="资兴市人民政府", reports=1)),
        # the title only in the .docx's properties, the text not signed
        ("附件1.docx",
         to_docx(Report(_report_paragraphs(2023, "我局")), title="醴陵市教育局2023年政府信息公开工作年度报告"),
         dict(title="醴陵市教育局2023年政府信息公开工作年度报告", report_year=2023, publish_date=None,
              region="430281", body="醴陵市教育局", reports=1)),
        # the PDF's properties hold the Word file it was printed from; the title is on the first page, over two lines
        ("汉寿县年报.pdf",
         to_pdf(Report(["汉寿县人民政府办公室", "2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "本机关")),
                title="Microsoft Word - 附件1.docx"),
         dict(title="汉寿县人民政府办公室2023年政府信息公开工作年度报告", report_year=2023, publish_date=None,
              region="430722", body="汉寿县人民政府办公室", reports=1)),
        # the .docx's properties kept an older year's title (the file was last year's, edited); its first page is right
        ("2023年报.docx",
         to_docx(Report(["汉川市人民政府2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我市")
                        + ["汉川市人民政府", "2024年1月22日"]),
                 title="汉川市人民政府2021年政府信息公开工作年度报告"),
         dict(title="汉川市人民政府2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-22",
              region="420984", body="汉川市人民政府", reports=1)),
    ]


def eighth_held_out_files() -> list[tuple[str, bytes, dict]]:
    """Held out from set 8, written after its fixes and before the code ran on them: (file name, bytes, expected)."""
    return [
        # the title only in the .docx's properties, signed with the date in numerals
        ("附件.docx",
         to_docx(Report(_report_paragraphs(2023, "我区") + ["江阳区人民政府", "二〇二四年一月十九日"]),
                 title="泸州市江阳区人民政府2023年政府信息公开工作年度报告"),
         dict(title="泸州市江阳区人民政府2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-19",
              region="510502", body="江阳区人民政府", reports=1)),
        # the PDF's properties hold a file's name; the title is the first page's first line
        ("永安市教育局.pdf",
         to_pdf(Report(["永安市教育局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局")),
                title="2023年度报告.doc"),
         dict(title="永安市教育局2023年政府信息公开工作年度报告", report_year=2023, publish_date=None,
              region="350481", body="永安市教育局", reports=1)),
    ]


def tenth_files() -> list[tuple[str, bytes, dict]]:
    """Set 10's files, written before the code ran on them: (file name, bytes, expected metadata). Three are one
    county government's 2020, 2021 and 2023 reports (its 2019 page and 2022 WeChat copy are in crawled_pages.py):
    each must give the same body. A file's dates (a PDF's or Word file's creation time) are when it was written, not
    when the report was published: only a printed date is one."""
    return [
        # 2020: a PDF whose properties hold the Word file it was printed from; the title over two lines on the first
        # page and the publication date in brackets under it
        ("P020210128.pdf",
         to_pdf(Report(["灵川县人民政府", "2020年政府信息公开工作年度报告", "（2021年1月28日）"]
                       + _report_paragraphs(2020, "我县")), title="Microsoft Word - 灵川县2020年报.doc"),
         dict(title="灵川县人民政府2020年政府信息公开工作年度报告", report_year=2020, publish_date="2021-01-28",
              region="450323", body="灵川县人民政府", reports=1)),
        # 2021: a .docx titled only in its properties, the text opening with its first heading, not signed
        ("附件1.docx",
         to_docx(Report(_report_paragraphs(2021, "我县")), title="灵川县人民政府2021年政府信息公开工作年度报告"),
         dict(title="灵川县人民政府2021年政府信息公开工作年度报告", report_year=2021, publish_date=None,
              region="450323", body="灵川县人民政府", reports=1)),
        # 2023: a .doc titled only in its summary properties, the text opening with its first heading
        ("年报.doc",
         to_doc(Report(_report_paragraphs(2023, "我县")), title="灵川县人民政府2023年政府信息公开工作年度报告"),
         dict(title="灵川县人民政府2023年政府信息公开工作年度报告", report_year=2023, publish_date=None,
              region="450323", body="灵川县人民政府", reports=1)),
        # a .doc whose summary title is a template's leftover; the first page has the title and the date under it
        ("附件2.doc",
         to_doc(Report(["阳朔县政务服务和大数据管理局2023年政府信息公开工作年度报告", "2024年1月16日"]
                       + _report_paragraphs(2023, "我局")), title="附件2"),
         dict(title="阳朔县政务服务和大数据管理局2023年政府信息公开工作年度报告", report_year=2023,
              publish_date="2024-01-16", region="450321", body="阳朔县政务服务和大数据管理局", reports=1)),
        # a .doc with no summary title: a joint report named over two lines on its first page, signed by both
        ("2023政务公开总结.doc",
         to_doc(Report(["临桂区人民政府办公室和临桂区大数据发展中心", "2023年政务公开工作总结"]
                       + _report_paragraphs(2023, "我区") + ["桂林市临桂区人民政府办公室", "桂林市临桂区大数据发展中心",
                                                           "2024年1月19日"])),
         dict(title="临桂区人民政府办公室和临桂区大数据发展中心2023年政务公开工作总结", report_year=2023,
              publish_date="2024-01-19", region="450312", body="临桂区人民政府办公室", reports=1)),
        # a .docx whose properties and first page give a 开发区 department with its committee; dated on its last line
        ("经开区财政局年报.docx",
         to_docx(Report(["赣州经济技术开发区管委会财政局2023年政府信息公开工作年度报告"]
                        + _report_paragraphs(2023, "我局") + ["2024年1月25日"]),
                 title="赣州经济技术开发区管委会财政局2023年政府信息公开工作年度报告"),
         dict(title="赣州经济技术开发区管委会财政局2023年政府信息公开工作年度报告", report_year=2023,
              publish_date="2024-01-25", region="360700", body="赣州经济技术开发区管理委员会财政局", reports=1)),
    ]


def tenth_held_out_files() -> list[tuple[str, bytes, dict]]:
    """Held out from set 10, written after its fixes and before the code ran on them: (file name, bytes, expected)."""
    return [
        # a .doc titled only in its summary properties, signed with the date in numerals
        ("附件.doc",
         to_doc(Report(_report_paragraphs(2022, "我市") + ["启东市人民政府", "二〇二三年一月十六日"]),
                title="启东市人民政府2022年政府信息公开工作年度报告"),
         dict(title="启东市人民政府2022年政府信息公开工作年度报告", report_year=2022, publish_date="2023-01-16",
              region="320681", body="启东市人民政府", reports=1)),
    ]
