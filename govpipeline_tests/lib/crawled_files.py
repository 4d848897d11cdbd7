"""Constructed PDF and Word reports whose title is only in the file's properties or on its first page, each with the
metadata a reader of the file would write down (as crawled_pages.py does for pages). Places are real divisions,
figures invented; the expected values were written before the code ran on these files."""
from __future__ import annotations

from govpipeline.lib.stages import normalize_document, read_document
from govpipeline_tests.report_files import Report, t2_tables, t3_table, to_doc, to_docx, to_pdf


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
    return dict(title=first["title"], report_year=first["report_year"], report_period=first["report_period"],
                publish_date=first["publish_date"].isoformat() if first["publish_date"] else None,
                region=first["region_code"], region_name=first["region"], body=first["body"], doc_type=first["doc_type"],
                reports=len(rows))


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


def _tables() -> list:
    """表二 and 表三 of the 2021 form: a report's pages of tables."""
    return t2_tables("2021") + ["#三、收到和处理政府信息公开申请情况", t3_table("2021")]


def _toc() -> list[str]:
    return ["目　　录", "一、总体情况……………………………………1", "二、主动公开政府信息情况……………………2",
            "三、收到和处理政府信息公开申请情况…………3", "四、政府信息公开行政复议、行政诉讼情况……4",
            "五、存在的主要问题及改进情况……………………5", "六、其他需要报告的事项……………………………5"]


def twelfth_files() -> list[tuple[str, bytes, dict]]:
    """Set 12's files, in forms earlier sets did not cover, written before the code ran on them: (file name, bytes,
    expected metadata). A cover page, a 通知 issuing the report, a running head and foot, junk file properties beside a
    title in the text, a year only in the first paragraph, a table of contents, a date only on the last page. A cover's
    month without its day is no publish date."""
    return [
        # a cover page: the body, the title in book-title marks, the month in Chinese numerals at its foot; a PDF
        ("P020240131.pdf",
         to_pdf(Report(["沅陵县人民政府", "《沅陵县人民政府2023年政府信息公开工作年度报告》", "二〇二四年一月", None]
                       + _report_paragraphs(2023, "我县"))),
         dict(title="沅陵县人民政府2023年政府信息公开工作年度报告", report_year=2023, publish_date=None,
              region="431222", body="沅陵县人民政府", reports=1)),
        # a cover page whose title in book-title marks names no body (the body is the line above), with the day
        ("桑植县年报.docx",
         to_docx(Report(["桑植县人民政府", "《2023年政府信息公开工作年度报告》", "二〇二四年一月十二日", None]
                        + _report_paragraphs(2023, "我县"))),
         dict(title="桑植县人民政府2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-12",
              region="430822", body="桑植县人民政府", reports=1)),
        # the first page a 通知 of the county government's office issuing the county's report; the report after it
        ("麻政办发〔2024〕3号.pdf",
         to_pdf(Report(["麻阳苗族自治县人民政府办公室",
                        "关于印发《麻阳苗族自治县2023年政府信息公开工作年度报告》的通知",
                        "各乡镇人民政府，县直各单位：",
                        "现将《麻阳苗族自治县2023年政府信息公开工作年度报告》印发给你们，请结合工作实际，认真贯彻落实。",
                        "麻阳苗族自治县人民政府办公室", "2024年1月20日", None,
                        "麻阳苗族自治县2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我县"))),
         dict(title="麻阳苗族自治县2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-20",
              region="431226", body="麻阳苗族自治县人民政府", reports=1)),
        # the same as a .docx, a department's report issued to its units
        ("慈卫发〔2024〕2号.docx",
         to_docx(Report(["关于印发《慈利县卫生健康局2023年政府信息公开工作年度报告》的通知",
                         "各乡镇卫生院、局属各单位、机关各股室：",
                         "现将《慈利县卫生健康局2023年政府信息公开工作年度报告》印发给你们，请遵照执行。",
                         "慈利县卫生健康局", "2024年1月26日", None,
                         "慈利县卫生健康局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局"))),
         dict(title="慈利县卫生健康局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-26",
              region="430821", body="慈利县卫生健康局", reports=1)),
        # a running head holding the title and a running foot holding the body on every page, over pages of tables
        ("永顺县自然资源局.pdf",
         to_pdf(Report(["永顺县自然资源局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局")
                       + _tables() + ["永顺县自然资源局", "2024年1月22日"]),
                running_head="永顺县自然资源局2023年政府信息公开工作年度报告", running_foot="永顺县自然资源局"),
         dict(title="永顺县自然资源局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-22",
              region="433127", body="永顺县自然资源局", reports=1)),
        # the title only in the running head; the text opens with its first heading
        ("附件3.pdf",
         to_pdf(Report(_report_paragraphs(2023, "我委") + _tables()),
                running_head="凤凰县发展和改革委员会2023年政府信息公开工作年度报告"),
         dict(title="凤凰县发展和改革委员会2023年政府信息公开工作年度报告", report_year=2023, publish_date=None,
              region="433123", body="凤凰县发展和改革委员会", reports=1)),
        # junk properties beside a right title in the text: a PDF printed from an unsaved Word file
        ("吉首市教体局年报.pdf",
         to_pdf(Report(["吉首市教育和体育局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局")
                       + ["吉首市教育和体育局", "2024年1月29日"]), title="Microsoft Word - 文档1", author="Administrator"),
         dict(title="吉首市教育和体育局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-29",
              region="433101", body="吉首市教育和体育局", reports=1)),
        # the editor's name as its title
        ("龙山县林业局.docx",
         to_docx(Report(["龙山县林业局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局")),
                 title="WPS文字", author="彭小兰"),
         dict(title="龙山县林业局2023年政府信息公开工作年度报告", report_year=2023, publish_date=None,
              region="433130", body="龙山县林业局", reports=1)),
        ("保靖县交通运输局年报.docx",
         to_docx(Report(["保靖县交通运输局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局")
                        + ["保靖县交通运输局", "2024年1月17日"]), title="王建华"),
         dict(title="保靖县交通运输局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-17",
              region="433125", body="保靖县交通运输局", reports=1)),
        # a .doc whose summary title is another body's template of another year
        ("泸溪县民政局.doc",
         to_doc(Report(["泸溪县民政局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局")
                       + ["泸溪县民政局", "2024年1月24日"]), title="泸溪县人民政府2022年政府信息公开工作年度报告"),
         dict(title="泸溪县民政局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-24",
              region="433122", body="泸溪县民政局", reports=1)),
        # junk properties and no title in the text: nothing tells the body, the place or the title
        ("文档1.docx",
         to_docx(Report(_report_paragraphs(2023, "我局")), title="WPS文字", author="Administrator"),
         dict(title=None, report_year=2023, publish_date=None, region=None, body=None, reports=1)),
        # the title names no year; the first paragraph gives the period the figures cover
        ("古丈县人社局年报.pdf",
         to_pdf(Report(["古丈县人力资源和社会保障局政府信息公开工作年度报告",
                        "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自2023年1月1日起至"
                        "2023年12月31日止。"] + _report_paragraphs(2023, "我局") + ["古丈县人力资源和社会保障局",
                                                                           "2024年1月30日"])),
         dict(title="古丈县人力资源和社会保障局政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-30",
              region="433126", body="古丈县人力资源和社会保障局", reports=1)),
        # a table of contents before the text
        ("鹤城区年报.pdf",
         to_pdf(Report(_toc() + [None, "怀化市鹤城区人民政府2023年政府信息公开工作年度报告"]
                       + _report_paragraphs(2023, "我区") + _tables())),
         dict(title="怀化市鹤城区人民政府2023年政府信息公开工作年度报告", report_year=2023, publish_date=None,
              region="431202", body="鹤城区人民政府", reports=1)),
        # the signature and date only on the last page, after the tables
        ("溆浦县市场监管局.docx",
         to_docx(Report(["溆浦县市场监督管理局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局")
                        + _tables() + ["#四、其他需要报告的事项", "本机关全年未收取信息处理费。", None,
                                       "溆浦县市场监督管理局", "2024年1月18日"])),
         dict(title="溆浦县市场监督管理局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-18",
              region="431224", body="溆浦县市场监督管理局", reports=1)),
        # a cover page in a .doc (whose page breaks are not kept): the title in book-title marks, the month at its foot
        ("中方县年报.doc",
         to_doc(Report(["中方县人民政府", "《中方县人民政府2022年政府信息公开工作年度报告》", "二〇二三年一月", None]
                       + _report_paragraphs(2022, "我县"))),
         dict(title="中方县人民政府2022年政府信息公开工作年度报告", report_year=2022, publish_date=None,
              region="431221", body="中方县人民政府", reports=1)),
    ]


def twelfth_held_out_files() -> list[tuple[str, bytes, dict]]:
    """Held out from set 12, written after its fixes and before the code ran on them: (file name, bytes, expected)."""
    return [
        # a notice under its letterhead and number, its long title wrapping on the page, issuing the report after it
        ("新政办发〔2024〕5号.pdf",
         to_pdf(Report(["新晃侗族自治县人民政府办公室文件", "新政办发〔2024〕5号",
                        "新晃侗族自治县人民政府办公室关于印发《新晃侗族自治县人民政府2023年政府信息公开工作年度报告》的通知",
                        "各乡镇人民政府，县政府各部门，各直属机构：",
                        "现将《新晃侗族自治县人民政府2023年政府信息公开工作年度报告》印发给你们，请认真组织学习。",
                        "新晃侗族自治县人民政府办公室", "2024年1月23日", None,
                        "新晃侗族自治县人民政府2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我县"))),
         dict(title="新晃侗族自治县人民政府2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-23",
              region="431227", body="新晃侗族自治县人民政府", reports=1)),
        # a cover (the title in book-title marks, the month), then a table of contents, then the title again
        ("洪江市发改局年报.docx",
         to_docx(Report(["《洪江市发展和改革局2023年政府信息公开工作年度报告》", "二〇二四年一月", None]
                        + ["目录", "一、总体情况 ………………………… 1", "二、主动公开政府信息情况 …………… 2",
                           "三、收到和处理政府信息公开申请情况 … 3", None,
                           "洪江市发展和改革局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局")),
                 title="Normal", author="刘芳"),
         dict(title="洪江市发展和改革局2023年政府信息公开工作年度报告", report_year=2023, publish_date=None,
              region="431281", body="洪江市发展和改革局", reports=1)),
        # a .doc with a person's name as its summary title, a title with no year, the period in its first paragraph,
        # tables, and the signature and date after them
        ("会同县退役军人事务局.doc",
         to_doc(Report(["会同县退役军人事务局政府信息公开工作年度报告",
                        "本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"]
                       + _report_paragraphs(2023, "我局") + _tables() + ["会同县退役军人事务局", "2024年1月19日"]),
                title="张丽"),
         dict(title="会同县退役军人事务局政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-19",
              region="431225", body="会同县退役军人事务局", reports=1)),
        # the title only in a running head, the body in a running foot, the properties a Word file's name; signed after
        # the tables
        ("P020240201.pdf",
         to_pdf(Report(_report_paragraphs(2023, "我局") + _tables() + ["靖州苗族侗族自治县财政局", "2024年1月31日"]),
                running_head="靖州苗族侗族自治县财政局2023年政府信息公开工作年度报告",
                running_foot="靖州苗族侗族自治县财政局", title="Microsoft Word - 2023年报(定稿).docx", author="Lenovo"),
         dict(title="靖州苗族侗族自治县财政局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-31",
              region="431229", body="靖州苗族侗族自治县财政局", reports=1)),
    ]


def _old_report_paragraphs(year: int, who: str) -> list[str]:
    """A report of the 2008 format (six parts, fees and waivers), as county offices wrote them until 2019."""
    return [f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布{year}年度{who}政府信息公开年度"
            "报告。本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息"
            "公开申请提起行政复议、行政诉讼的情况，存在的主要问题和改进措施六部分组成。本报告中所列数据的统计期限自"
            f"{year}年1月1日起至{year}年12月31日止。",
            "#一、概述",
            f"{year}年，{who}认真贯彻落实《条例》，明确分管领导和专职人员，政府信息公开工作有序开展。",
            "#二、主动公开政府信息情况",
            f"{year}年，{who}主动公开政府信息142条，其中通过政府门户网站公开98条，通过公开栏公开44条。",
            "#三、依申请公开政府信息情况",
            f"{year}年，{who}共受理政府信息公开申请4件，均已按期答复。",
            "#四、政府信息公开的收费及减免情况",
            "本年度未收取任何费用。",
            "#五、因政府信息公开申请提起行政复议、行政诉讼的情况",
            "本年度未发生因政府信息公开申请提起行政复议、行政诉讼的情况。",
            "#六、存在的主要问题和改进措施",
            "公开内容还不够全面，更新还不够及时。下一步将进一步完善工作机制。"]


def thirteenth_files() -> list[tuple[str, bytes, dict]]:
    """Set 13's files, in forms earlier sets did not cover, written and committed before the code ran on them: (file
    name, bytes, expected metadata). A .docx titled only in its section header (the running head, a part of the file
    of its own); a cover whose title names no body and a year in brackets, the full title on the next page; a notice
    issuing the report under a short name in 《》 other than the report's own title; a contents page with entries but
    no 目录 heading; a 2010 county office's report in the 2008 format, signed with the date in Chinese numerals written
    with ○; a development zone's committee on a cover. Places are real, not the bundled samples', figures invented."""
    return [
        # the title only in the section header; the text opens with its first heading and is signed
        ("附件2.docx",
         to_docx(Report(_report_paragraphs(2023, "我局") + ["平遥县审计局", "2024年1月22日"]),
                 running_head="平遥县审计局2023年政府信息公开工作年度报告"),
         dict(title="平遥县审计局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-22",
              region="140728", region_name="晋中市平遥县", body="平遥县审计局", reports=1)),
        # a cover: the genre's title, the year in brackets, the body, the month; the full title heads the next page
        ("静宁县农业农村局年报.docx",
         to_docx(Report(["政府信息公开工作年度报告", "（2023年度）", "静宁县农业农村局", "二〇二四年一月", None,
                         "静宁县农业农村局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局"))),
         dict(title="静宁县农业农村局2023年政府信息公开工作年度报告", report_year=2023, publish_date=None,
              region="620826", region_name="平凉市静宁县", body="静宁县农业农村局", reports=1)),
        # a notice issuing the report under a short name (威宁自治县, 年度…工作报告) that is not the report's own title
        ("威府办发〔2024〕4号.pdf",
         to_pdf(Report(["威宁彝族回族苗族自治县人民政府办公室",
                        "关于印发《威宁自治县2023年度政府信息公开工作报告》的通知",
                        "各乡（镇）人民政府、街道办事处，县直各部门：",
                        "现将《威宁自治县2023年度政府信息公开工作报告》印发给你们，请认真抓好落实。",
                        "威宁彝族回族苗族自治县人民政府办公室", "2024年1月25日", None,
                        "威宁彝族回族苗族自治县人民政府2023年政府信息公开工作年度报告"]
                       + _report_paragraphs(2023, "我县"))),
         dict(title="威宁彝族回族苗族自治县人民政府2023年政府信息公开工作年度报告", report_year=2023,
              publish_date="2024-01-25", region="520526", region_name="毕节市威宁彝族回族苗族自治县",
              body="威宁彝族回族苗族自治县人民政府", reports=1)),
        # a contents page: entries with leaders and page numbers, no 目录 heading; the title on the next page
        ("榆中县水务局.pdf",
         to_pdf(Report(_toc()[1:] + [None, "榆中县水务局2023年政府信息公开工作年度报告"]
                       + _report_paragraphs(2023, "我局") + _tables() + ["榆中县水务局", "2024年1月19日"])),
         dict(title="榆中县水务局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-19",
              region="620123", region_name="兰州市榆中县", body="榆中县水务局", reports=1)),
        # a 2010 county office's report in the 2008 format, signed with the date in Chinese numerals written with ○
        ("五寨县政府办2010年报.doc",
         to_doc(Report(["五寨县人民政府办公室2010年政府信息公开工作年度报告"] + _old_report_paragraphs(2010, "我办")
                       + ["五寨县人民政府办公室", "二○一一年三月二十八日"])),
         dict(title="五寨县人民政府办公室2010年政府信息公开工作年度报告", report_year=2010,
              publish_date="2011-03-28", region="140928", region_name="忻州市五寨县", body="五寨县人民政府办公室",
              reports=1)),
        # a development zone's committee on a cover (its name, the title, the month), the text after it
        ("高新区管委会年报.docx",
         to_docx(Report(["鹰潭高新技术产业开发区管理委员会", "2023年政府信息公开工作年度报告", "二〇二四年一月", None]
                        + _report_paragraphs(2023, "我区"))),
         dict(title="鹰潭高新技术产业开发区管理委员会2023年政府信息公开工作年度报告", report_year=2023,
              publish_date=None, region="360600", region_name="鹰潭市", body="鹰潭高新技术产业开发区管理委员会",
              reports=1)),
    ]


def thirteenth_held_out_files() -> list[tuple[str, bytes, dict]]:
    """Held out from set 13, written after its fixes and before the code ran on them: (file name, bytes, expected)."""
    return [
        # the title only in the running head; properties a template's (Normal) and a person's; signed in numerals
        ("P020240126.docx",
         to_docx(Report(_report_paragraphs(2023, "我局") + ["介休市人力资源和社会保障局", "二〇二四年一月二十六日"]),
                 title="Normal", author="李娜", running_head="介休市人力资源和社会保障局2023年政府信息公开工作年度报告"),
         dict(title="介休市人力资源和社会保障局2023年政府信息公开工作年度报告", report_year=2023,
              publish_date="2024-01-26", region="140781", region_name="晋中市介休市", body="介休市人力资源和社会保障局",
              reports=1)),
        # a notice under its letterhead and number issuing the report under a shorter name; the report after it
        ("孝政办发〔2024〕6号.pdf",
         to_pdf(Report(["孝义市人民政府办公室文件", "孝政办发〔2024〕6号",
                        "孝义市人民政府办公室关于印发《孝义市2023年政务公开工作报告》的通知",
                        "各乡镇人民政府、街道办事处，市直各有关单位：",
                        "现将《孝义市2023年政务公开工作报告》印发给你们，请认真贯彻执行。",
                        "孝义市人民政府办公室", "2024年1月29日", None,
                        "孝义市人民政府2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我市"))),
         dict(title="孝义市人民政府2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-29",
              region="141181", region_name="吕梁市孝义市", body="孝义市人民政府", reports=1)),
        # a cover naming only the genre with the year in brackets, the body and the month; the full title next page
        ("汾阳市司法局.docx",
         to_docx(Report(["法治政府建设情况报告", "（2023年度）", "汾阳市司法局", "二〇二四年二月", None,
                         "汾阳市司法局2023年法治政府建设情况报告", "#一、主要举措",
                         "2023年，我局审查规范性文件8件，办理行政复议案件23件。"])),
         dict(title="汾阳市司法局2023年法治政府建设情况报告", report_year=2023, publish_date=None, region="141182",
              region_name="吕梁市汾阳市", body="汾阳市司法局", reports=1)),
        # a contents page without its heading in a .doc (no page breaks kept), then the title
        ("灵石县民政局.doc",
         to_doc(Report(_toc()[1:] + ["灵石县民政局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局")
                       + ["灵石县民政局", "2024年1月24日"])),
         dict(title="灵石县民政局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-24",
              region="140729", region_name="晋中市灵石县", body="灵石县民政局", reports=1)),
    ]


def _wechat_copy(title: str | None, heading: str | None, account: str, published: str, paragraphs: list[str]) -> bytes:
    """A WeChat article saved from mp.weixin.qq.com: the title only in the page's <title> and its <h1> (either may be
    empty), the account's name and the date in the byline, the article's paragraphs in #js_content."""
    body = "".join(f'<p style="text-indent:2em;"><span style="font-size:16px;">{p}</span></p>\n' for p in paragraphs)
    h1 = (f'<h1 class="rich_media_title " id="activity-name">\n            {heading}\n          </h1>\n'
          if heading is not None else "")
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title or ""}</title>\n'
            f'<meta property="og:title" content="{title or heading or ""}" />\n'
            '<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA5&amp;mid=2650&amp;idx=1" />\n'
            f'</head><body id="activity-detail" class="zh_CN">\n<div class="rich_media_wrp" id="js_article">\n'
            f'<div class="rich_media_inner">\n{h1}'
            '<div id="meta_content" class="rich_media_meta_list">\n'
            '<span class="rich_media_meta rich_media_meta_text">原创</span>\n'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{account}</a></span>\n'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{published}</em>\n'
            '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于湖南</em>\n</div>\n'
            f'<div class="rich_media_content js_underline_content" id="js_content">\n{body}</div>\n'
            '<div class="rich_media_tool" id="js_toobar3"><span>阅读</span> <span>在看</span> <span>分享</span></div>\n'
            '</div></div></body></html>\n').encode("utf-8")


def fifteenth_files() -> list[tuple[str, bytes, dict]]:
    """Set 15: WeChat copies whose title, and so their body, are only in the page's <title> and <h1> (the text names
    neither, the account's name is the byline's); expected values written before the code ran on them."""
    return [
        # a hotline's summary: <title> and <h1> both, the account a short name of the hotline
        ("株洲12345.html",
         _wechat_copy("株洲市12345政务服务便民热线2023年工作总结", "株洲市12345政务服务便民热线2023年工作总结",
                      "株洲12345", "2024-01-19 18:30",
                      ["2023年，市12345热线坚持“接诉即办”，全年共受理群众诉求98.6万件，同比增长7.4%，按时办结率99.2%。",
                       "一、总体运行情况", "电话渠道受理81.3万件，网络渠道受理17.3万件。群众满意率96.1%。",
                       "二、2024年工作打算", "力争接通率保持在95%以上。"]),
         dict(title="株洲市12345政务服务便民热线2023年工作总结", report_year=2023, publish_date="2024-01-19",
              region="430200", region_name="株洲市", body="株洲市12345政务服务便民热线", reports=1)),
        # a district's own report: <title> only (no <h1>), posted by the district's news account
        ("宣州发布.html",
         _wechat_copy("2023年宣城市宣州区政府信息公开工作年度报告", None, "宣州发布", "2024-01-26 10:02",
                      ["本报告依据《中华人民共和国政府信息公开条例》编制。", "一、总体情况",
                       "2023年，全区主动公开政府信息4521条，其中规范性文件16件。",
                       "二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请62件，办理结果总计60件。"]),
         dict(title="2023年宣城市宣州区政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-26",
              region="341802", region_name="宣城市宣州区", body="宣州区人民政府", reports=1)),
        # a county-level city's bureau: an empty <title> (the page's script fills it), the <h1> only; the byline's
        # date in words
        ("晋江审批.html",
         _wechat_copy(None, "晋江市行政审批局2023年度政府信息公开工作年度报告", "晋江审批", "2024年01月30日 09:12",
                      ["一、总体情况", "2023年，我局主动公开政府信息386条，办理各类审批事项5.2万件。",
                       "二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请9件，均已按时答复。"]),
         dict(title="晋江市行政审批局2023年度政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-30",
              region="350582", region_name="泉州市晋江市", body="晋江市行政审批局", reports=1)),
        # a district's own 法治政府建设 report posted by its news account, the text's source line at the end a bureau's
        ("康巴什发布.html",
         _wechat_copy("鄂尔多斯市康巴什区2022年法治政府建设情况报告", "鄂尔多斯市康巴什区2022年法治政府建设情况报告",
                      "康巴什发布", "2023-02-10 20:15",
                      ["点击蓝字 关注我们", "2022年，全区深入推进法治政府建设，审查规范性文件14件，办理行政复议案件31件。",
                       "一、主要举措", "全区行政机关负责人出庭应诉率100%。", "二、存在的不足",
                       "来源：康巴什区司法局", "编辑：王丽  审核：张强"]),
         dict(title="鄂尔多斯市康巴什区2022年法治政府建设情况报告", report_year=2022, publish_date="2023-02-10",
              region="150603", region_name="鄂尔多斯市康巴什区", body="康巴什区人民政府", reports=1)),
        # a county bureau: <title> and <h1>, the county named with its city in the title; the account the bureau's
        ("桂阳卫健.html",
         _wechat_copy("郴州市桂阳县卫生健康局2023年政府信息公开工作年度报告",
                      "郴州市桂阳县卫生健康局2023年政府信息公开工作年度报告", "桂阳卫健", "2024-01-15 17:05",
                      ["一、总体情况", "2023年，我局主动公开政府信息213条，其中医疗卫生信息96条。",
                       "二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请4件，办理结果总计4件。"]),
         dict(title="郴州市桂阳县卫生健康局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-15",
              region="431021", region_name="郴州市桂阳县", body="桂阳县卫生健康局", reports=1)),
    ]


def fifteenth_held_out_files() -> list[tuple[str, bytes, dict]]:
    """Held out from set 15, written after its fixes and before the code ran on them: (file name, bytes, expected)."""
    return [
        # a hotline's report: the <h1> only, the account's name with the hotline's number
        ("娄底12345.html",
         _wechat_copy(None, "娄底市12345政务服务便民热线2023年度运行情况报告", "娄底12345", "2024-02-01 16:20",
                      ["2023年，热线共受理群众诉求67.2万件，按时办结率98.9%，满意率95.6%。", "一、主要做法",
                       "整合市级部门热线18条。"]),
         dict(title="娄底市12345政务服务便民热线2023年度运行情况报告", report_year=2023, publish_date="2024-02-01",
              region="431300", region_name="娄底市", body="娄底市12345政务服务便民热线", reports=1)),
        # a district government's report, the byline's date in words
        ("蕉城发布.html",
         _wechat_copy("宁德市蕉城区人民政府2023年政府信息公开工作年度报告", "宁德市蕉城区人民政府2023年政府信息公开工作年度报告",
                      "蕉城发布", "2024年01月25日 19:30",
                      ["一、总体情况", "2023年，全区主动公开政府信息3816条。", "二、收到和处理政府信息公开申请情况",
                       "本年新收政府信息公开申请41件。"]),
         dict(title="宁德市蕉城区人民政府2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-25",
              region="350902", region_name="宁德市蕉城区", body="蕉城区人民政府", reports=1)),
        # a district bureau's report: the <title> only
        ("南谯财政.html",
         _wechat_copy("滁州市南谯区财政局2023年政府信息公开工作年度报告", None, "南谯财政", "2024-01-18 08:45",
                      ["一、总体情况", "2023年，我局主动公开财政预决算等信息126条。", "二、收到和处理政府信息公开申请情况",
                       "本年未收到政府信息公开申请。"]),
         dict(title="滁州市南谯区财政局2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-18",
              region="341103", region_name="滁州市南谯区", body="南谯区财政局", reports=1)),
        # a hotline's title in the <h1> on two lines, its name over the genre and year
        ("阜阳12345.html",
         _wechat_copy("阜阳市12345政务服务便民热线2023年度工作报告", "阜阳市12345政务服务便民热线<br>2023年度工作报告",
                      "阜阳12345", "2024-01-10 12:00",
                      ["2023年，市12345热线共受理群众诉求152.4万件，同比增长8.3%。", "一、总体运行情况",
                       "直接办结率61.2%。"]),
         dict(title="阜阳市12345政务服务便民热线2023年度工作报告", report_year=2023, publish_date="2024-01-10",
              region="341200", region_name="阜阳市", body="阜阳市12345政务服务便民热线", reports=1)),
    ]


def sixteenth_files() -> list[tuple[str, bytes, dict]]:
    """Set 16's files (a session's "set 15"), written and committed before the code ran on them: (file name, bytes,
    expected metadata). A town's .docx cover naming the genre and year over the town's name, and no full title after
    it (the title is the body joined with the genre title); a district office's notice issuing the district's report,
    which prints no title line of its own (the title is the name the notice issues it under); a 2010 county office's
    .doc whose title names no year, its text opening with 二〇一〇年; a township's PDF named alone, signed with its
    county; an autonomous region's department over two title lines, its text naming its cities. Places of 海南, 四川,
    安徽, 新疆, 内蒙古, figures invented."""
    return [
        # a cover: the genre and year, the town's name under it, the month; no full title after it
        ("博鳌镇年报.docx",
         to_docx(Report(["2023年度政府信息公开工作年度报告", "琼海市博鳌镇人民政府", "二〇二四年一月", None]
                        + _report_paragraphs(2023, "我镇"))),
         dict(title="琼海市博鳌镇人民政府2023年度政府信息公开工作年度报告", report_year=2023, publish_date=None,
              region="469002", region_name="琼海市", body="琼海市博鳌镇人民政府", reports=1)),
        # a notice issuing the district's report under its name in 《》; the report prints no title line
        ("广昭府办〔2024〕3号.pdf",
         to_pdf(Report(["广元市昭化区人民政府办公室",
                        "关于印发《昭化区2023年政务公开工作年度报告》的通知",
                        "各乡镇人民政府，区级各部门：",
                        "现将《昭化区2023年政务公开工作年度报告》印发给你们，请认真抓好落实。",
                        "广元市昭化区人民政府办公室", "2024年1月23日"] + _report_paragraphs(2023, "全区"))),
         dict(title="昭化区2023年政务公开工作年度报告", report_year=2023, publish_date="2024-01-23",
              region="510811", region_name="广元市昭化区", body="昭化区人民政府", reports=1)),
        # 2010: the title names no year; the text opens with the year in numerals and cites the regulation's 2008
        ("歙县政府办年报.doc",
         to_doc(Report(["歙县人民政府办公室政府信息公开工作年度报告",
                        "二〇一〇年，我办按照《中华人民共和国政府信息公开条例》（2008年5月1日起施行）要求，认真做好政府"
                        "信息公开工作。",
                        "#一、概述", "我办自2008年以来累计公开政府信息1215条，建立了政府信息公开工作制度。",
                        "#二、主动公开政府信息情况", "本年度主动公开政府信息236条。",
                        "#三、依申请公开政府信息情况", "本年度受理政府信息公开申请3件，均已按期答复。",
                        "歙县人民政府办公室", "二〇一一年三月二十五日"])),
         dict(title="歙县人民政府办公室政府信息公开工作年度报告", report_year=2010, publish_date="2011-03-25",
              region="341021", region_name="黄山市歙县", body="歙县人民政府办公室", reports=1)),
        # a township named alone in its title, signed with its county's name
        ("布拉克苏乡2023.pdf",
         to_pdf(Report(["布拉克苏乡2023年政府信息公开工作年度报告", "#一、总体情况",
                        "2023年，我乡与疏勒县、伽师县、阿克陶县的乡镇开展结对交流，全年主动公开政府信息148条。",
                        "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请1件。",
                        "疏附县布拉克苏乡人民政府", "2024年1月18日"])),
         dict(title="布拉克苏乡2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-18",
              region="653121", region_name="喀什地区疏附县", body="疏附县布拉克苏乡人民政府", reports=1)),
        # an autonomous region's department over two title lines; its text names its cities
        ("内蒙古人社厅.pdf",
         to_pdf(Report(["内蒙古自治区人力资源和社会保障厅", "2023年政府信息公开工作年度报告", "#一、总体情况",
                        "2023年，我厅指导呼和浩特市、包头市、鄂尔多斯市、赤峰市人社部门推进政务公开，全年主动公开政府"
                        "信息1320条。", "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请46件。",
                        "内蒙古自治区人力资源和社会保障厅", "2024年1月26日"])),
         dict(title="内蒙古自治区人力资源和社会保障厅2023年政府信息公开工作年度报告", report_year=2023,
              publish_date="2024-01-26", region="150000", region_name="内蒙古自治区",
              body="内蒙古自治区人力资源和社会保障厅", reports=1)),
    ]


def sixteenth_held_out_files() -> list[tuple[str, bytes, dict]]:
    """Held out from set 16, written after its fixes and before the code ran on them: (file name, bytes, expected)."""
    return [
        # a town's PDF cover: the genre, the year in brackets, the town with its banner, the month; no full title
        ("嘎达布其镇.pdf",
         to_pdf(Report(["政府信息公开工作年度报告", "（2023年度）", "东乌珠穆沁旗嘎达布其镇人民政府", "二〇二四年一月", None]
                       + _report_paragraphs(2023, "我镇"))),
         dict(title="东乌珠穆沁旗嘎达布其镇人民政府政府信息公开工作年度报告（2023年度）", report_year=2023,
              publish_date=None, region="152525", region_name="锡林郭勒盟东乌珠穆沁旗",
              body="东乌珠穆沁旗嘎达布其镇人民政府", reports=1)),
        # a notice under letterhead and number issuing the county's report, which prints no title line
        ("冠政办发〔2024〕2号.doc",
         to_doc(Report(["冠县人民政府办公室文件", "冠政办发〔2024〕2号",
                        "冠县人民政府办公室关于印发《冠县2023年政府信息公开工作年度报告》的通知",
                        "各乡镇人民政府、街道办事处，县政府各部门：",
                        "现将《冠县2023年政府信息公开工作年度报告》印发给你们，请认真贯彻执行。",
                        "冠县人民政府办公室", "2024年1月24日"] + _report_paragraphs(2023, "全县"))),
         dict(title="冠县2023年政府信息公开工作年度报告", report_year=2023, publish_date="2024-01-24",
              region="371525", region_name="聊城市冠县", body="冠县人民政府", reports=1)),
        # a town's 2012 report: the title names no year, the text opens with 二〇一二年 and cites 2008
        ("润镇年报.docx",
         to_docx(Report(["淳化县润镇人民政府政府信息公开工作年度报告",
                         "二〇一二年，我镇按照《中华人民共和国政府信息公开条例》（2008年5月1日起施行）要求，做好政府信息"
                         "公开工作。", "#一、概述", "自2008年以来，我镇累计公开政府信息164条。",
                         "#二、主动公开政府信息情况", "本年度主动公开政府信息37条。",
                         "淳化县润镇人民政府", "二〇一三年一月十日"])),
         dict(title="淳化县润镇人民政府政府信息公开工作年度报告", report_year=2012, publish_date="2013-01-10",
              region="610430", region_name="咸阳市淳化县", body="淳化县润镇人民政府", reports=1)),
    ]


def eighteenth_files() -> list[tuple[str, bytes, dict]]:
    """Set 18's files, written and committed before the code ran on them: (file name, bytes, expected metadata). A
    city hotline's quarter as a .docx whose heading is the hotline's name over a line of the year and quarter; a
    district's statistical bulletin as a PDF signed by its bureau with its city's name; a county's work report as a
    PDF titled 政府工作报告 over its session line (a report delivered in early 2024 reviews 2023); a town's 法治政府建设
    report as a .docx under a 关于 title naming the town alone, signed with its county. Places of 江苏, 西藏, 宁夏,
    figures invented."""
    return [
        ("常州12345二季度.docx",
         to_docx(Report(["常州市12345政务服务便民热线", "2024年第二季度运行情况报告",
                         "#一、基本情况", "第二季度，热线共受理来电386200个，其中咨询类152300件，投诉类61800件。",
                         "#二、下一步工作", "持续提升溧阳市、金坛区、武进区工单办理质效。",
                         "常州市12345政务服务便民热线管理中心", "2024年7月10日"])),
         dict(title="常州市12345政务服务便民热线2024年第二季度运行情况报告", report_year=2024,
              report_period="第二季度", publish_date="2024-07-10", region="320400", region_name="常州市",
              body="常州市12345政务服务便民热线", reports=1)),
        ("堆龙德庆区统计公报2023.pdf",
         to_pdf(Report(["堆龙德庆区2023年国民经济和社会发展统计公报", "#一、综合",
                        "2023年，全区地区生产总值152.6亿元，比上年增长9.1%，增速高于拉萨市城关区、达孜区。",
                        "#二、农业", "全年粮食产量2.1万吨。",
                        "拉萨市堆龙德庆区统计局", "2024年4月15日"])),
         dict(title="堆龙德庆区2023年国民经济和社会发展统计公报", report_year=2023, report_period=None,
              publish_date="2024-04-15", region="540103", region_name="拉萨市堆龙德庆区", body="堆龙德庆区统计局",
              reports=1)),
        ("工布江达县政府工作报告.pdf",
         to_pdf(Report(["政府工作报告", "——2024年1月18日在工布江达县第十届人民代表大会第四次会议上", "县长  扎西次仁",
                        "各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议。",
                        "#一、2023年工作回顾", "过去一年，全县地区生产总值增长8.5%，与巴宜区、米林市共建产业园区。",
                        "#二、2024年工作安排", "地区生产总值增长8%左右。"])),
         dict(title="政府工作报告", report_year=2023, report_period=None, publish_date="2024-01-18",
              region="540421", region_name="林芝市工布江达县", body="工布江达县人民政府", reports=1)),
        ("镇北堡镇法治政府建设.docx",
         to_docx(Report(["镇北堡镇关于2023年度法治政府建设工作情况的报告", "#一、主要举措和成效",
                         "2023年，我镇在西夏区委、区政府的坚强领导下，办理行政复议案件3件，化解矛盾纠纷126起，"
                         "与永宁县闽宁镇开展法治共建。",
                         "#二、下一步工作", "持续深化基层法治建设。",
                         "银川市西夏区镇北堡镇人民政府", "2024年1月22日"])),
         dict(title="镇北堡镇关于2023年度法治政府建设工作情况的报告", report_year=2023, report_period=None,
              publish_date="2024-01-22", region="640105", region_name="银川市西夏区", body="西夏区镇北堡镇人民政府",
              reports=1)),
    ]


def eighteenth_held_out_files() -> list[tuple[str, bytes, dict]]:
    """Held out from set 18, written after its fixes and committed before the code ran on them: a county's bulletin
    as a PDF signed by its bureau and survey team on two lines; a city hotline's 1-6月 report as a .docx titled year
    first on one line. Places of 宁夏 and 浙江, figures invented."""
    return [
        ("平罗县统计公报.pdf",
         to_pdf(Report(["平罗县2023年国民经济和社会发展统计公报", "#一、综合",
                        "2023年，全县地区生产总值236.8亿元，比上年增长6.8%，高于惠农区、大武口区。",
                        "#二、农业", "全年粮食产量38.6万吨。",
                        "平罗县统计局", "国家统计局平罗调查队", "2024年4月8日"])),
         dict(title="平罗县2023年国民经济和社会发展统计公报", report_year=2023, report_period=None,
              publish_date="2024-04-08", region="640221", region_name="石嘴山市平罗县", body="平罗县统计局",
              reports=1)),
        ("嘉兴12345上半年.docx",
         to_docx(Report(["2024年1-6月嘉兴市12345政务服务便民热线运行情况", "#一、基本情况",
                         "1-6月，热线共受理来电612400个，其中南湖区、秀洲区、海宁市诉求量居前。",
                         "#二、下一步工作", "持续提升工单办理质效。",
                         "嘉兴市12345政务服务便民热线管理中心", "2024年7月8日"])),
         dict(title="2024年1-6月嘉兴市12345政务服务便民热线运行情况", report_year=2024, report_period="1-6月",
              publish_date="2024-07-08", region="330400", region_name="嘉兴市", body="嘉兴市12345政务服务便民热线",
              reports=1)),
    ]


def _site_page(title: str, crumbs: str, heading: str, info: str, paragraphs: list[str], foot: str,
               one_line: bool = False) -> bytes:
    """A site's saved page (.shtml as wget keeps it): the <title> with the site's name after the report's, a nav bar,
    a breadcrumb, the heading, an info line, the article, the footer; ``one_line``: the whole page minified on one
    line, as many content systems serve it."""
    article = "".join(f"<p>{p}</p>" for p in paragraphs)
    parts = ['<!DOCTYPE html>', f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>',
             '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li>'
             '<li><a href="/zwfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>',
             f'<div class="crumbs">{crumbs}</div>', f'<div class="article"><h1>{heading}</h1>',
             f'<div class="info">{info}</div>', f'<div class="content">{article}</div></div>',
             f'<div class="footer">{foot}</div>', '</body></html>']
    return ("".join(parts) if one_line else "\n".join(parts) + "\n").encode("utf-8")


def twentieth_files() -> list[tuple[str, bytes, dict]]:
    """Set 20's files, written and committed before the code ran on them (the decisions are in crawled_pages' set 20
    comment): (file name, bytes, expected metadata). A university's saved .shtml page of its school year's report whose
    footer gives an address in a district; a street office's one-line .shtml page whose <title> names its district's
    portal; a gas company's PDF signed with its name; a college's .docx cover, its name over the school year's
    genre line (a short name that is also a county-level city's: 昌吉); a town's PDF titled over two lines."""
    return [
        ("t20241030_1187.shtml",
         _site_page("东北林业大学2023-2024学年信息公开工作年度报告-信息公开网",
                    "当前位置：首页 &gt; 年度报告", "东北林业大学2023-2024学年信息公开工作年度报告",
                    "发布时间：2024-10-30 浏览次数：288",
                    ["一、概述", "2023-2024学年，学校认真贯彻《高等学校信息公开办法》，面向黑龙江省哈尔滨市、齐齐哈尔市"
                     "招生，主动公开信息1830条。", "二、依申请公开情况", "本学年收到信息公开申请4件，均已按期答复。"],
                    "版权所有 © 东北林业大学 地址：黑龙江省哈尔滨市香坊区和兴路26号 黑ICP备05001111号"),
         dict(title="东北林业大学2023-2024学年信息公开工作年度报告", report_year=2024, report_period="学年",
              publish_date="2024-10-30", region=None, region_name=None, body="东北林业大学", reports=1)),
        ("t20240118_5566.shtml",
         _site_page("綦江区文龙街道办事处2023年政府信息公开工作年度报告_重庆市綦江区人民政府",
                    "当前位置：首页 &gt; 政务公开 &gt; 镇街信息公开 &gt; 文龙街道",
                    "綦江区文龙街道办事处2023年政府信息公开工作年度报告",
                    "发布日期：2024-01-18 来源：綦江区文龙街道办事处",
                    ["一、总体情况", "2023年，我街道与江津区、万盛经开区的街道开展结对交流，全年主动公开政府信息176条。",
                     "二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请2件，均已按期答复。",
                     "綦江区文龙街道办事处", "2024年1月16日"],
                    "主办单位：重庆市綦江区人民政府办公室 渝ICP备05003333号", one_line=True),
         dict(title="綦江区文龙街道办事处2023年政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date="2024-01-18", region="500110", region_name="重庆市綦江区", body="綦江区文龙街道办事处",
              reports=1)),
        ("盘锦燃气2023.pdf",
         to_pdf(Report(["盘锦市燃气有限公司2023年度信息公开工作报告", "#一、总体情况",
                        "2023年，公司按照公共企事业单位信息公开规定，完成兴隆台区、双台子区燃气管网改造，全年主动公开信息"
                        "268条。", "#二、依申请公开情况", "本年度收到信息公开申请2件，均已按期答复。",
                        "盘锦市燃气有限公司", "2024年3月8日"])),
         dict(title="盘锦市燃气有限公司2023年度信息公开工作报告", report_year=2023, report_period=None,
              publish_date="2024-03-08", region="211100", region_name="盘锦市", body="盘锦市燃气有限公司", reports=1)),
        ("昌吉职院年报.docx",
         to_docx(Report(["昌吉职业技术学院", "2023-2024学年信息公开工作年度报告", "#一、概述",
                         "2023-2024学年，学院认真贯彻《高等学校信息公开办法》，面向乌鲁木齐市、石河子市招生，主动公开"
                         "信息960条。", "#二、依申请公开情况", "本学年未收到信息公开申请。",
                         "昌吉职业技术学院", "2024年10月20日"])),
         dict(title="昌吉职业技术学院2023-2024学年信息公开工作年度报告", report_year=2024, report_period="学年",
              publish_date="2024-10-20", region=None, region_name=None, body="昌吉职业技术学院", reports=1)),
        ("门古寺镇2023.pdf",
         to_pdf(Report(["房县门古寺镇人民政府", "2023年政府信息公开工作年度报告", "#一、总体情况",
                        "2023年，我镇与竹山县、保康县的乡镇开展结对交流，全年主动公开政府信息133条。",
                        "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请1件。",
                        "房县门古寺镇人民政府", "2024年1月15日"])),
         dict(title="房县门古寺镇人民政府2023年政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date="2024-01-15", region="420325", region_name="十堰市房县", body="房县门古寺镇人民政府",
              reports=1)),
    ]


def twentieth_held_out_files() -> list[tuple[str, bytes, dict]]:
    """Held out from set 20, written after its fixes and committed before the code ran on them: a city school's school
    year in a PDF titled over two lines; a county hospital's .docx whose title names no place, signed with its county;
    a university's .shtml page with its school year spelled 学年度 and its address in a footer."""
    return [
        ("金华一中信息公开.pdf",
         to_pdf(Report(["金华市第一中学", "2023-2024学年信息公开工作报告", "#一、概述",
                        "2023-2024学年，我校认真落实《学校信息公开工作规定》，与婺城区、金东区的学校开展联合教研，主动公开"
                        "信息312条。", "#二、依申请公开情况", "本学年收到信息公开申请1件，已按期答复。",
                        "金华市第一中学", "2024年9月30日"])),
         dict(title="金华市第一中学2023-2024学年信息公开工作报告", report_year=2024, report_period="学年",
              publish_date="2024-09-30", region="330700", region_name="金华市", body="金华市第一中学", reports=1)),
        ("中医医院年报.docx",
         to_docx(Report(["中医医院2023年度信息公开工作报告", "#一、总体情况",
                         "2023年，我院按照公共企事业单位信息公开规定，与潜山市、太湖县的医院组建医联体，主动公开信息"
                         "146条。", "#二、依申请公开情况", "本年度未收到信息公开申请。",
                         "岳西县中医医院", "2024年3月4日"])),
         dict(title="中医医院2023年度信息公开工作报告", report_year=2023, report_period=None,
              publish_date="2024-03-04", region="340828", region_name="安庆市岳西县", body="岳西县中医医院",
              reports=1)),
        ("t20241025_2231.shtml",
         _site_page("华北水利水电大学2023—2024学年度信息公开工作年度报告-信息公开网",
                    "当前位置：首页 &gt; 年度报告", "华北水利水电大学2023—2024学年度信息公开工作年度报告",
                    "发布时间：2024-10-25 浏览次数：196",
                    ["一、概述", "2023—2024学年，学校认真贯彻《高等学校信息公开办法》，面向河南省郑州市、洛阳市招生，"
                     "主动公开信息1540条。", "二、依申请公开情况", "本学年收到信息公开申请3件，均已按期答复。"],
                    "版权所有 © 华北水利水电大学 地址：河南省郑州市金水区北环路36号 豫ICP备05002222号"),
         dict(title="华北水利水电大学2023—2024学年度信息公开工作年度报告", report_year=2024, report_period="学年",
              publish_date="2024-10-25", region=None, region_name=None, body="华北水利水电大学", reports=1)),
    ]


def _workbook(rows: list[list]) -> bytes:
    """An .xlsx attachment of one sheet, its rows as given (a row of one cell is a title, a 单位 line or a note)."""
    import io

    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_WINDOWS = [["窗口", "受理件数", "办结件数", "按期办结率"], ["社保医保窗口", 1526, 1498, "98.2%"],
            ["不动产登记窗口", 874, 861, "98.5%"], ["市场准入窗口", 653, 653, "100%"], ["合计", 3053, 3012, "98.7%"]]


def twenty_first_files() -> list[tuple[str, bytes, dict]]:
    """Set 21, the file's name as evidence, written and committed before the code ran on them: (file name, bytes,
    expected metadata). Decisions, written first:
    - a name that carries a title (某县2023年…年度报告.pdf, 附件1：…, a crawler's copy mark (1)) is the report's title
      where the text prints none, or only its genre (政府信息公开工作年度报告, with or without its year), and nothing in
      the text contradicts it; its place, body and year then count as a title's;
    - the text wins over a name that contradicts it (another place, another year): then nothing is taken from the name;
    - a meaningless name (P0…, t2024…_….shtml, content_88.html, 附件.doc) gives nothing, not even a date;
    - a workbook's title (its first row, or its name) names the body where a full body name (its place and its kind:
      某县政务服务中心, 某县自然资源局) follows the year and is followed by words of no genre (各窗口办件情况统计表,
      运行情况通报, 政府信息公开情况统计表): that body issued the table. A place followed by other words
      (某县各乡镇便民服务中心…) names the region but no body.
    A field a file gives no sure answer for is left out (not scored)."""
    return [
        ("附件/安化县2023年政府信息公开工作年度报告.pdf",
         to_pdf(Report(["#一、总体情况", "2023年，全县坚持以习近平新时代中国特色社会主义思想为指导，全面推进政务公开工作，"
                        "主动公开政府信息2316条。", "#二、收到和处理政府信息公开申请情况",
                        "本年新收政府信息公开申请64件，上年结转2件，办理结果总计63件。"])),
         dict(title="安化县2023年政府信息公开工作年度报告", report_year=2023, report_period=None, publish_date=None,
              region="430923", body="安化县人民政府", reports=1)),
        ("附件1：德江县交通运输局2022年度政府信息公开工作年度报告.docx",
         to_docx(Report(["政府信息公开工作年度报告", "#一、总体情况",
                         "2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息318条。",
                         "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请3件，均已按期答复。",
                         "2023年1月20日"])),
         dict(title="德江县交通运输局2022年度政府信息公开工作年度报告", report_year=2022, report_period=None,
              publish_date="2023-01-20", region="520626", body="德江县交通运输局", reports=1)),
        ("2024年1-6月仪陇县政务服务中心各窗口办件情况统计表.xlsx",
         _workbook([["各窗口办件情况统计表"], ["单位：件"], *_WINDOWS]),
         dict(title="2024年1-6月仪陇县政务服务中心各窗口办件情况统计表", report_year=2024, report_period="1-6月",
              publish_date=None, region="511324", body="仪陇县政务服务中心", reports=1)),
        ("P020240712345678.xlsx",
         _workbook([["2024年1-6月古蔺县政务服务中心各窗口办件情况统计表"], ["单位：件"], *_WINDOWS]),
         dict(title="2024年1-6月古蔺县政务服务中心各窗口办件情况统计表", report_year=2024, report_period="1-6月",
              publish_date=None, region="510525", body="古蔺县政务服务中心", reports=1)),
        ("附件.xlsx",
         _workbook([["2024年第一季度会泽县政务服务中心运行情况通报"], ["项目", "本季度", "上年同期"],
                    ["受理件数", 8420, 7915], ["办结件数", 8377, 7860], ["群众满意率", "99.6%", "99.4%"]]),
         dict(title="2024年第一季度会泽县政务服务中心运行情况通报", report_year=2024, report_period="第一季度",
              publish_date=None, region="530326", body="会泽县政务服务中心", reports=1)),
        ("2023年度新化县自然资源局政府信息公开情况统计表.xlsx",
         _workbook([["政府信息公开情况统计表"], ["项目", "数量"], ["主动公开政府信息", 412],
                    ["收到政府信息公开申请", 17], ["办结政府信息公开申请", 16]]),
         dict(title="2023年度新化县自然资源局政府信息公开情况统计表", report_year=2023, report_period=None,
              publish_date=None, region="431322", body="新化县自然资源局", reports=1)),
        ("2024年1-6月隆回县各乡镇便民服务中心办件情况统计表.xlsx",
         _workbook([["乡镇", "受理件数", "办结件数"], ["桃洪镇", 2310, 2298], ["六都寨镇", 1204, 1199],
                    ["合计", 3514, 3497]]),
         dict(title="2024年1-6月隆回县各乡镇便民服务中心办件情况统计表", report_year=2024, report_period="1-6月",
              publish_date=None, region="430524", body=None, reports=1)),
        ("泸溪县2023年政府信息公开工作年度报告.docx",
         to_docx(Report(["凤凰县2023年政府信息公开工作年度报告", "#一、总体情况",
                         "2023年，县人民政府全面推进政务公开，全年主动公开政府信息1675条。",
                         "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请21件。",
                         "凤凰县人民政府", "2024年1月22日"])),
         dict(title="凤凰县2023年政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date="2024-01-22", region="433123", body="凤凰县人民政府", reports=1)),
        ("永顺县2022年政府信息公开工作年度报告.pdf",
         to_pdf(Report(["政府信息公开工作年度报告", "（2023年度）", "#一、总体情况",
                        "2023年，县人民政府全面推进政务公开，全年主动公开政府信息1402条。",
                        "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请15件。",
                        "永顺县人民政府", "2024年1月25日"])),
         dict(report_year=2023, report_period=None, publish_date="2024-01-25", region="433127", body="永顺县人民政府",
              reports=1)),
        ("P020240118571234.pdf",
         to_pdf(Report(["2023年政府信息公开工作年度报告", "#一、总体情况",
                        "2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息206条。",
                        "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请2件。",
                        "城步苗族自治县财政局", "2024年1月18日"])),
         dict(report_year=2023, report_period=None, publish_date="2024-01-18", region="430529",
              body="城步苗族自治县财政局", reports=1)),
        ("content_88.html",
         _site_page("石门县2023年政府信息公开工作年度报告_石门县人民政府", "当前位置：首页 &gt; 政务公开 &gt; 年度报告",
                    "石门县2023年政府信息公开工作年度报告", "发布时间：2024-01-19 来源：石门县人民政府办公室",
                    ["一、总体情况", "2023年，县人民政府全面推进政务公开，全年主动公开政府信息1588条。",
                     "二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请19件。"],
                    "主办单位：石门县人民政府办公室 湘ICP备05004444号"),
         dict(title="石门县2023年政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date="2024-01-19", region="430726", body="石门县人民政府", reports=1)),
        ("附件.doc",
         to_doc(Report(["政府信息公开工作年度报告", "（2023年度）", "#一、总体情况",
                        "2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息287条。",
                        "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请4件。",
                        "江华瑶族自治县民政局", "2024年1月26日"])),
         dict(report_year=2023, report_period=None, publish_date="2024-01-26", region="431129",
              body="江华瑶族自治县民政局", reports=1)),
        ("武冈市市场监督管理局2023年政府信息公开工作年度报告.pdf",
         to_pdf(Report(["2023年政府信息公开工作年度报告", "#一、总体情况",
                        "2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息356条。",
                        "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请6件。", "2024年1月10日"])),
         dict(title="武冈市市场监督管理局2023年政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date="2024-01-10", region="430581", body="武冈市市场监督管理局", reports=1)),
        ("附件2-通道侗族自治县教育局2023年度政府信息公开工作年度报告(1).docx",
         to_docx(Report(["#一、总体情况",
                         "2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息241条。",
                         "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请1件。"])),
         dict(title="通道侗族自治县教育局2023年度政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date=None, region="431230", body="通道侗族自治县教育局", reports=1)),
    ]


def twenty_first_held_out_files() -> list[tuple[str, bytes, dict]]:
    """Held out from set 21, written after its fixes and committed before the code ran on them (set 21's decisions):
    names with an attachment's number before the year, a copy's mark after a space, a name whose body a signer of
    another county contradicts, a short id, workbooks titled by their first row or name (a bureau before 业务办理…, a
    county's departments, a centre before 政务服务好差评…, which the decision makes the centre's), a PDF whose text title
    is 工作总结 alone, and a name whose year the text's title contradicts."""
    paragraphs = ["#一、总体情况", "2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息173条。",
                  "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请3件。"]
    return [
        ("附件2：2023年度麻阳苗族自治县水利局政府信息公开工作年度报告.docx",
         to_docx(Report(["2023年度政府信息公开工作年度报告", *paragraphs])),
         dict(title="2023年度麻阳苗族自治县水利局政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date=None, region="431226", body="麻阳苗族自治县水利局", reports=1)),
        ("溆浦县2023年政府信息公开工作年度报告 (2).pdf",
         to_pdf(Report(["#一、总体情况", "2023年，全县全面推进政务公开，全年主动公开政府信息1460条。",
                        "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请26件。"])),
         dict(title="溆浦县2023年政府信息公开工作年度报告", report_year=2023, report_period=None, publish_date=None,
              region="431224", body="溆浦县人民政府", reports=1)),
        ("芷江侗族自治县民政局2023年政府信息公开工作年度报告.pdf",
         to_pdf(Report(["政府信息公开工作年度报告", *paragraphs, "新晃侗族自治县民政局", "2024年1月12日"])),
         dict(report_year=2023, report_period=None, publish_date="2024-01-12", region="431227",
              body="新晃侗族自治县民政局", reports=1)),
        ("1187.pdf",
         to_pdf(Report(["政府信息公开工作年度报告", *paragraphs, "会同县财政局", "2024年1月15日"])),
         dict(report_year=2023, report_period=None, publish_date="2024-01-15", region="431225", body="会同县财政局",
              reports=1)),
        ("附件3.xlsx",
         _workbook([["2024年上半年玉门市行政审批服务局业务办理情况统计表"], ["单位：件"],
                    ["事项类别", "受理", "办结"], ["企业开办", 612, 609], ["工程建设", 148, 140], ["合计", 760, 749]]),
         dict(title="2024年上半年玉门市行政审批服务局业务办理情况统计表", report_year=2024, report_period="上半年",
              publish_date=None, region="620981", body="玉门市行政审批服务局", reports=1)),
        ("2024年1-3月会宁县各部门政务服务事项办理情况统计表.xlsx",
         _workbook([["部门", "受理", "办结"], ["县人社局", 2210, 2203], ["县医保局", 1870, 1868], ["合计", 4080, 4071]]),
         dict(title="2024年1-3月会宁县各部门政务服务事项办理情况统计表", report_year=2024, report_period="1-3月",
              publish_date=None, region="620422", body=None, reports=1)),
        ("2024年6月阜平县政务服务中心政务服务好差评情况统计表.xlsx",
         _workbook([["窗口", "评价总数", "好评数", "好评率"], ["社保窗口", 412, 410, "99.5%"], ["合计", 412, 410, "99.5%"]]),
         dict(title="2024年6月阜平县政务服务中心政务服务好差评情况统计表", report_year=2024, report_period="6月",
              publish_date=None, region="130624", body="阜平县政务服务中心", reports=1)),
        ("融水苗族自治县政务服务中心2023年工作总结.pdf",
         to_pdf(Report(["工作总结", "#一、主要工作", "2023年，中心共受理各类事项15620件，办结15588件。",
                        "#二、下一步工作", "持续推进“一网通办”。", "2024年1月8日"])),
         dict(title="融水苗族自治县政务服务中心2023年工作总结", report_year=2023, report_period=None,
              publish_date="2024-01-08", region="450225", body="融水苗族自治县政务服务中心", reports=1)),
        ("辰溪县2022年政府信息公开工作年度报告.pdf",
         to_pdf(Report(["2023年政府信息公开工作年度报告", *paragraphs])),
         dict(report_year=2023, report_period=None, publish_date=None, region=None, body=None, reports=1)),
    ]


def twenty_second_files() -> list[tuple[str, bytes, dict]]:
    """Set 22, a probe for WRONG values from a file's name, written and committed before the code ran on them:
    (file name, bytes, expected metadata). Each text prints no title and is signed by no body, so its name is the
    only title it has, and the name is wrong or doubtful in a way the text shows. Expected: the text's own answer, or
    NULL (a NULL where a value is written here is not wrong; another value is):
    - a text saved under another county's name (a crawler naming files by a list's title, a user renaming files):
      the text names its own county as the subject of its first sentence;
    - a text written by a county (全县, 县人民政府) under a county-level city's name;
    - a name naming two places not one inside the other: no place, no body;
    - a name whose year the text's own dates contradict (its statistics period, its date);
    - a bureau's text (我局) under its city's name: not the city government's report."""
    return [
        ("附件/桂东县2023年政府信息公开工作年度报告.pdf",
         to_pdf(Report(["#一、总体情况", "2023年，攸县人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面推进"
                        "政务公开工作，全年主动公开政府信息1873条。", "#二、收到和处理政府信息公开申请情况",
                        "本年新收政府信息公开申请31件，上年结转1件，办理结果总计30件。"])),
         dict(report_year=2023, region="430223", body="攸县人民政府", reports=1)),
        ("浏阳市2023年政府信息公开工作年度报告.docx",
         to_docx(Report(["#一、总体情况", "2023年，县人民政府全面推进政务公开，全县各级行政机关主动公开政府信息2204条。",
                         "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请18件，均已按期答复。"])),
         dict(report_year=2023, region=None, body=None, reports=1)),
        ("茶陵县、炎陵县2023年政府信息公开工作年度报告.pdf",
         to_pdf(Report(["#一、总体情况", "2023年，全县全面推进政务公开，全年主动公开政府信息1136条。",
                        "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请9件。"])),
         dict(title=None, report_year=2023, region=None, body=None, reports=1)),
        ("安仁县2022年政府信息公开工作年度报告.pdf",
         to_pdf(Report(["#一、总体情况", "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。全年主动公开"
                        "政府信息1342条。", "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请12件。",
                        "2024年1月23日"])),
         dict(title=None, report_year=2023, publish_date="2024-01-23", reports=1)),
        ("汝城县2022年度政府信息公开工作年度报告.docx",
         to_docx(Report(["#一、总体情况", "2023年，全县坚持以习近平新时代中国特色社会主义思想为指导，全面推进政务公开"
                         "工作。2023年全年主动公开政府信息1590条。", "#二、收到和处理政府信息公开申请情况",
                         "2023年新收政府信息公开申请14件。", "2024年1月19日"])),
         dict(title=None, report_year=2023, publish_date="2024-01-19", reports=1)),
        ("郴州市2023年政府信息公开工作年度报告.pdf",
         to_pdf(Report(["#一、总体情况", "2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府"
                        "信息402条。", "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请5件。"])),
         dict(report_year=2023, region=None, body=None, reports=1)),
        ("嘉禾县2023年政府信息公开工作年度报告(1).pdf",
         to_pdf(Report(["#一、总体情况", "2023年，全县全面推进政务公开，全年主动公开政府信息1207条。",
                        "#二、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请11件。"])),
         dict(title="嘉禾县2023年政府信息公开工作年度报告", report_year=2023, region="431024", body="嘉禾县人民政府",
              reports=1)),
    ]


# left NULL: a text under another county's name that names its own county only as its first sentence's subject (a
# mention, which never gives a place) has its name ruled out and no place of its own
TWENTY_SECOND_FILES_LEFT_NULL = {("附件/桂东县2023年政府信息公开工作年度报告.pdf", "region"),
                                 ("附件/桂东县2023年政府信息公开工作年度报告.pdf", "body")}


def twenty_third_files() -> list[tuple[str, bytes, dict]]:
    """Set 23's files, written and committed with set 23's pages before the code ran on them: (file name, bytes,
    expected metadata). A cover page with the title over two lines and only a month under it, then 第 1 页 共 2 页 at
    each page's foot; a title naming no body with the site's name printed at every page's foot and the body only in the
    signature; a letterhead and 文号 over the title; a long title wrapped over two lines; a 文号 over a 关于 title with
    the body only in the signature. File names are ids or 附件 (no evidence). Places of 甘肃, 安徽, 山西, 贵州, 陕西."""
    return [
        ("P020240126556677889900.pdf",
         to_pdf(Report(["#山丹县人民政府", "#2023年政府信息公开工作年度报告", "山丹县人民政府办公室", "2024年1月", None]
                       + _report_paragraphs(2023, "我县")), page_number="第 {} 页 共 2 页"),
         dict(title="山丹县人民政府2023年政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date=None, region="620725", region_name="张掖市山丹县", body="山丹县人民政府", reports=1)),
        ("P020240130512345678901.pdf",
         to_pdf(Report(["#2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局")
                       + [None, "#三、存在的主要问题及改进情况", "政务公开的标准化规范化水平仍需提高。",
                          "灵璧县数据资源管理局", "2024年1月29日"]),
                page_number="第 {} 页 共 2 页", running_foot="灵璧县人民政府网"),
         dict(title="2023年政府信息公开工作年度报告", report_year=2023, report_period=None, publish_date="2024-01-29",
              region="341323", region_name="宿州市灵璧县", body="灵璧县数据资源管理局", reports=1)),
        ("附件1.docx",
         to_docx(Report(["五台县人民政府办公室文件", "五政办发〔2024〕3号",
                         "#五台县人民政府办公室2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我办")
                        + ["五台县人民政府办公室", "2024年1月24日"])),
         dict(title="五台县人民政府办公室2023年政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date="2024-01-24", region="140922", region_name="忻州市五台县", body="五台县人民政府办公室",
              reports=1)),
        ("2024012615234.pdf",
         to_pdf(Report(["#黔东南苗族侗族自治州台江县人民政府2023年政府信息公开", "#工作年度报告"]
                       + _report_paragraphs(2023, "我县") + ["台江县人民政府", "2024年1月23日"]), page_number="- {} -"),
         dict(title="黔东南苗族侗族自治州台江县人民政府2023年政府信息公开工作年度报告", report_year=2023,
              report_period=None, publish_date="2024-01-23", region="522630", region_name="黔东南苗族侗族自治州台江县",
              body="台江县人民政府", reports=1)),
        ("附件2.docx",
         to_docx(Report(["城发改〔2024〕2号", "#关于2023年度政府信息公开工作情况的报告"] + _report_paragraphs(2023, "我局")
                        + ["城固县发展和改革局", "2024年1月18日"])),
         dict(title="关于2023年度政府信息公开工作情况的报告", report_year=2023, report_period=None,
              publish_date="2024-01-18", region="610722", region_name="汉中市城固县", body="城固县发展和改革局",
              reports=1)),
    ]


def twenty_third_held_out_files() -> list[tuple[str, bytes, dict]]:
    """Held out from set 23, written with it and measured once after its fixes: a cover page dated in numerals with a
    month only; a .docx whose header prints the site's name, its title the genre with the year in brackets, the body
    only in the signature. Places of 山西, 内蒙古."""
    return [
        ("P020240131000111.pdf",
         to_pdf(Report(["#临猗县人民政府", "#2023年度政府信息公开工作报告", "临猗县人民政府", "二〇二四年一月", None]
                       + _report_paragraphs(2023, "我县")), page_number="第 {} 页 共 2 页"),
         dict(title="临猗县人民政府2023年度政府信息公开工作报告", report_year=2023, report_period=None,
              publish_date=None, region="140821", region_name="运城市临猗县", body="临猗县人民政府", reports=1)),
        ("附件.docx",
         to_docx(Report(["#政府信息公开工作年度报告（2023年度）"] + _report_paragraphs(2023, "我局")
                        + ["翁牛特旗司法局", "2024年1月20日"]), running_head="翁牛特旗人民政府门户网站"),
         dict(title="政府信息公开工作年度报告（2023年度）", report_year=2023, report_period=None,
              publish_date="2024-01-20", region="150426", region_name="赤峰市翁牛特旗", body="翁牛特旗司法局",
              reports=1)),
    ]


def twenty_fourth_files() -> list[tuple[str, bytes, dict]]:
    """Set 24's files, written and committed with set 24's pages before the code ran on them: a cover whose title is
    over three lines (the place alone, then the year and the genre wrapped inside its words); a .docx opening with the
    信息公开 catalogue as a table (key, value, key, value); a PDF whose title names no body, a running head on every
    page, signed by a bureau with the date in numerals. Places of 山西, 河南."""
    from govpipeline_tests.report_files import Table

    catalogue = Table([["索引号", "41102400/2024-00003", "主题分类", "财政"],
                       ["发布机构", "鄢陵县财政局", "成文日期", "2024-01-17"],
                       ["标题", "鄢陵县财政局2023年政府信息公开工作年度报告", "发文字号", ""]], header_rows=0)
    return [
        ("P020240124998877665544.pdf",
         to_pdf(Report(["#繁峙县", "#2023年政府信息公开", "#工作年度报告", "繁峙县人民政府", "2024年1月", None]
                       + _report_paragraphs(2023, "我县") + ["繁峙县人民政府", "2024年1月22日"]),
                page_number="第 {} 页 共 2 页"),
         dict(title="繁峙县2023年政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date="2024-01-22", region="140924", region_name="忻州市繁峙县", body="繁峙县人民政府", reports=1)),
        ("附件3.docx",
         to_docx(Report([catalogue, "#鄢陵县财政局2023年政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局"))),
         dict(title="鄢陵县财政局2023年政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date="2024-01-17", region="411024", region_name="许昌市鄢陵县", body="鄢陵县财政局", reports=1)),
        ("P020240119123123123123.pdf",
         to_pdf(Report(["#2023年度政府信息公开工作年度报告"] + _report_paragraphs(2023, "我局")
                       + [None, "#三、存在的主要问题及改进情况", "政务公开的标准化规范化水平仍需提高。", "舞阳县审计局",
                          "二〇二四年一月十八日"]),
                page_number="第 {} 页 共 2 页", running_head="舞阳县人民政府信息公开"),
         dict(title="2023年度政府信息公开工作年度报告", report_year=2023, report_period=None,
              publish_date="2024-01-18", region="411121", region_name="漯河市舞阳县", body="舞阳县审计局", reports=1)),
    ]


def twenty_fourth_held_out_files() -> list[tuple[str, bytes, dict]]:
    """Held out from set 24, written with it and measured once after its fixes: a cover whose title is over three
    lines, the genre wrapped after 政务公开. Places of 河南."""
    return [
        ("P020240126000222.pdf",
         to_pdf(Report(["#淅川县", "#2023年政务公开", "#工作年度报告", "淅川县人民政府办公室", "2024年1月", None]
                       + _report_paragraphs(2023, "我县")), page_number="第 {} 页 共 2 页"),
         dict(title="淅川县2023年政务公开工作年度报告", report_year=2023, report_period=None, publish_date=None,
              region="411326", region_name="南阳市淅川县", body="淅川县人民政府", reports=1)),
    ]
