"""Each report, however it arrives (re-encoded, saved as a web page), yields the same facts."""
import codecs
import json

import pytest

from govpipeline.lib.db import code_version
from govpipeline.lib.stages import (LIB, STAGE_MODULES, _LIB_IMPORT, code_files, extract_document, normalize_document,
                                    read_document, stage_version)
from govpipeline_tests.conftest import RAW
from govpipeline_tests.web_pages import as_web_page

SAMPLES = sorted(RAW.glob("*.txt"))


def facts_for(name: str, data: bytes) -> list[tuple]:
    raw = read_document(name, data)
    assert raw["error"] is None, raw["error"]
    [norm] = normalize_document(raw)
    assert norm["error"] is None, norm["error"]
    _, facts, relations, *_ = extract_document(norm)
    return [(f["quote"], f["value"], f["unit"], f["kind"], f["metric"]) for f in facts], len(relations)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_reencoded_copies_give_the_same_facts(path, encoding):
    text = path.read_text(encoding="utf-8")
    assert facts_for(path.name, text.encode(encoding)) == facts_for(path.name, text.encode("utf-8"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_web_page_copies_give_the_same_facts(path):
    text = path.read_text(encoding="utf-8")
    original, n_rel = facts_for(path.name, text.encode("utf-8"))
    page, page_rel = facts_for(path.stem + ".html", as_web_page(text).encode("utf-8"))
    assert [f[:4] for f in page] == [f[:4] for f in original]
    assert page_rel == n_rel


def test_web_page_offsets_point_into_the_page():
    path = SAMPLES[0]
    page = as_web_page(path.read_text(encoding="utf-8"))
    raw = read_document("page.html", page.encode("utf-8"))
    [norm] = normalize_document(raw)
    _, facts, *_ = extract_document(norm)
    located = [f for f in facts if page[f["source_start"]:f["source_end"]] == f["quote"]]
    assert len(located) == len(facts)


def test_big5_copy_of_the_traditional_report():
    path = next(p for p in SAMPLES if p.name.startswith("002"))
    text = path.read_text(encoding="utf-8")
    big5 = text.encode("big5", errors="replace")  # Big5 has no pinyin tone marks: they become '?'
    facts, _ = facts_for(path.name, big5)
    original, _ = facts_for(path.name, text.encode("utf-8"))
    assert {f[:3] for f in original} - {f[:3] for f in facts} == set()


def test_utf16_without_bom_is_quarantined_with_a_reason():
    raw = read_document("report.txt", "政府信息公开".encode("utf-16-le"))
    assert raw["error"].startswith("report.txt: not a text report:") and "NUL bytes" in raw["error"]
    assert "UTF-16 without a byte-order mark" in raw["error"]
    with_bom = read_document("report.txt", codecs.BOM_UTF16_LE + "政府信息公开".encode("utf-16-le"))
    assert with_bom["error"] is None and with_bom["decoded_text"] == "政府信息公开"


def test_each_stage_names_the_lib_modules_this_file_imports():
    imported = set(_LIB_IMPORT.findall((LIB / "stages.py").read_text(encoding="utf-8")))
    named = {m for modules in STAGE_MODULES.values() for m in modules}
    assert imported - {"db"} == named  # db only stamps the versions


def test_code_files_follow_imports_and_named_data_files(tmp_path):
    (tmp_path / "rules.py").write_text("from govpipeline.lib.words import WORDS\n", encoding="utf-8")
    (tmp_path / "words.py").write_text('WORDS = open(HERE / "words.yaml").read()\n', encoding="utf-8")
    (tmp_path / "words.yaml").write_text("- 件\n", encoding="utf-8")
    (tmp_path / "other.py").write_text("from govpipeline.lib.rules import WORDS\n", encoding="utf-8")
    (tmp_path / "other.yaml").write_text("- 人\n", encoding="utf-8")
    assert [p.name for p in code_files("rules", lib=tmp_path)] == ["rules.py", "words.py", "words.yaml"]


def test_code_files_take_a_package_whole(tmp_path):
    (tmp_path / "rules.py").write_text("from govpipeline.lib.stage.steps import STEP\n", encoding="utf-8")
    (tmp_path / "stage").mkdir()
    (tmp_path / "stage" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "stage" / "steps.py").write_text("from govpipeline.lib.words import WORDS\n", encoding="utf-8")
    (tmp_path / "stage" / "vocabulary.yaml").write_text("- 件\n", encoding="utf-8")
    (tmp_path / "words.py").write_text("WORDS = ()\n", encoding="utf-8")
    (tmp_path / "other.py").write_text("WORDS = ()\n", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in code_files("rules", lib=tmp_path)]
    assert found == ["rules.py", "stage/__init__.py", "stage/steps.py", "stage/vocabulary.yaml", "words.py"]


def test_each_stage_version_covers_the_stages_before_it():
    stage_version.cache_clear()  # versions of the files as they are now, not as an earlier test found them
    extract_files = {p.relative_to(LIB).as_posix() for p in code_files(*STAGE_MODULES["extract"])}
    package = {p.relative_to(LIB).as_posix() for p in (LIB / "extract").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    assert {"extract/__init__.py", "extract/relations/sums.py", "numbers.py", "sections.py", "indicators.yaml"} <= extract_files
    assert package <= extract_files  # every module and data file of the extraction package
    assert "normalize.py" not in extract_files  # a rule change in extraction does not normalize again
    versions = [stage_version(stage) for stage in STAGE_MODULES]
    assert len(set(versions)) == 3
    assert versions[2] == code_version(LIB / "stages.py", *code_files(*STAGE_MODULES["extract"]), upstream=versions[1])


def test_a_quarterly_reports_figures_are_named_for_their_quarter_with_their_indicator():
    body = "\n一、总体情况\n热线受理工单12.6万件，按时办结率98.5%。\n"
    rows = {}
    for title in ("某市12345热线2024年第三季度运行情况通报", "某市12345热线2024年运行情况通报"):
        [norm] = normalize_document(read_document(f"{title}.txt", (title + body).encode("utf-8")))
        _, facts, *_ = extract_document(norm)
        rows[norm["report_period"]] = [(f["metric"], f["metric_id"]) for f in facts]
    # the quarter stays in the name, where the analytics read it (defs/test_analytics.py); the rate is of the 工单
    assert rows == {"第三季度": [("热线受理工单(三季度)", "hotline_cases"), ("工单:按时办结率(三季度)", "ontime_completion_rate")],
                    None: [("热线受理工单", "hotline_cases"), ("工单:按时办结率", "ontime_completion_rate")]}


def metric_ids(name: str, text: str) -> dict[str, str | None]:
    """quote -> metric_id of a one-report text's facts, through the read, normalize and extract steps."""
    [norm] = normalize_document(read_document(name, text.encode("utf-8")))
    return {f["quote"]: f["metric_id"] for f in extract_document(norm)[1]}


def test_a_bound_set_beside_the_figure_itself_is_a_threshold_without_an_id():
    text = "一、农业\n全年粮食总产量61.7万吨，连续六年稳定在60万吨以上。生猪出栏超过40万头。\n"
    ids = metric_ids("bound.txt", text)
    assert ids["61.7万吨"] == "grain_output"
    assert ids["60万吨以上"] is None
    assert ids["超过40万头"] == "hogs_slaughtered"  # a bound alone is the report's figure


def test_a_disclosure_reports_service_measure_goes_on_with_the_subject_before_its_semicolon():
    text = ("标题：某市数据局2021年政府信息公开工作年度报告\n-----\n（五）政民互动\n"
            "市民服务热线全年接听来电4.7万个；按时办结率97.3%，满意率96.4%。"
            "全年收到政府信息公开申请52件；按时办结率100%。\n")
    ids = metric_ids("semicolon.txt", text)
    assert ids["97.3%"] == "ontime_completion_rate" and ids["96.4%"] == "satisfaction_rate"
    assert ids["100%"] is None  # after the requests: no centre's or hotline's words before the semicolon


def test_departments_counted_before_their_noun_are_the_centres_departments():
    text = ("标题：某区行政审批服务局2022年工作总结\n-----\n一、基本情况\n区政务服务大厅现有27家单位入驻，"
            "全年新增部门进驻3个，部门进驻事项1,350项。中心共有19个市直部门进驻。\n")
    ids = metric_ids("departments.txt", text)
    assert ids["27家"] == "service_windows" and ids["19个"] == "service_windows"
    assert ids["3个"] is None and ids["1,350项"] is None  # the year's new ones; the matters they brought


def test_a_part_its_clause_names_but_its_label_lost_gets_no_id():
    text = ("标题：某市12345热线2023年工作总结\n-----\n三、回访\n全年回访群众21.4万件，回访满意率95.1%。"
            "对不满意工单开展二次回访1.6万件，二次回访满意率68.2%。\n")
    ids = metric_ids("callbacks.txt", text)
    assert ids["21.4万件"] == "hotline_callbacks" and ids["95.1%"] == "callback_satisfaction_rate"
    assert ids["1.6万件"] is None and ids["68.2%"] is None


def test_a_part_that_heads_its_sentence_is_the_subject_of_its_later_figures():
    text = ("标题：某县政务服务中心2023年工作总结\n-----\n一、办件情况\n全年共受理办件21.6万件，办结率99.5%，平均办理时长2.4个工作日。"
            "公积金业务办件3.1万件，平均办理时长1.2个工作日。综合受理窗口受理办件12.8万件，占全部办件的59.3%。"
            "在中心设立帮办代办窗口12个，全年提供帮办代办服务2150次。\n")
    ids = metric_ids("subjects.txt", text)
    assert ids["21.6万件"] == "service_cases" and ids["99.5%"] == "completion_rate"
    assert ids["2.4个工作日"] == "average_processing_time"
    assert ids["1.2个工作日"] is None  # the 公积金业务's, not the centre's
    assert ids["12.8万件"] is None and ids["59.3%"] is None  # one window's, and its share
    assert ids["2150次"] == "assisted_services"  # the window is an object of 设立, not the sentence's subject


def test_a_figure_after_a_place_below_the_reports_own_is_that_places_not_the_wholes():
    # invented wording: a city hotline's orders by county after the city's own figures
    text = ("标题：北陵市12345热线2024年运行报告\n-----\n一、总体情况\n北陵市12345热线全年受理诉求48.2万件，按时办结率97.6%。"
            "各县区承办工单20.1万件。其中松岗区承办6.3万件，按时办结率96.2%；白河县承办4.4万件，满意率93.5%。\n"
            "二、分县情况\n分县看，松岗区受理诉求同比增长4.1%，白河县下降2.6%。\n")
    ids = metric_ids("places.txt", text)
    assert ids["48.2万件"] == "hotline_cases" and ids["97.6%"] == "ontime_completion_rate"  # the own city, named
    assert ids["96.2%"] is None and ids["93.5%"] is None  # a district's and a county's rates, filed under no scope
    assert ids["4.1%"] == "hotline_cases_growth"  # scoped to 松岗区 by extraction: that district's own series


def test_words_before_a_level_that_name_no_place_leave_the_id():
    # a verb before an abbreviated level (下发县…), a common noun (人均地区…), the own area (全年开发区…)
    text = ("标题：2024年统计公报\n-----\n一、综合\n全年开发区实现地区生产总值86.4亿元，比上年增长6.2%。"
            "人均地区生产总值9.6万元，比上年增长5.1%。\n")
    ids = metric_ids("nonplaces.txt", text)
    assert ids["86.4亿元"] == "gdp" and ids["6.2%"] == "gdp_growth"
    assert ids["9.6万元"] == "gdp_per_capita" and ids["5.1%"] == "gdp_per_capita_growth"


def test_in_time_is_part_of_a_rates_name():
    # 及 links figures (…3件及…), but 及时 is "in time": 及时办结率 keeps it
    ids = metric_ids("intime.txt", "标题：某市12345热线2022年工作报告\n-----\n全年受理诉求8.2万件，及时办结率96.9%。\n")
    assert ids["96.9%"] == "ontime_completion_rate"



def test_the_own_level_a_label_opens_with_is_the_facts_scope_over_the_sentences():
    text = "标题：某省政务服务管理局2020年工作总结\n-----\n全省网上可办率达到98.6%，其中省本级网上可办率99.8%。\n"
    [norm] = normalize_document(read_document("own.txt", text.encode("utf-8")))
    scopes = {f["quote"]: (f["metric_id"], f["scope"]) for f in extract_document(norm)[1]}
    assert scopes["99.8%"] == ("online_service_rate", "省本级")
    assert scopes["98.6%"] == ("online_service_rate", "全省")


def test_what_a_files_bytes_are_decides_how_it_is_read_not_its_name():
    import email.mime.multipart
    import email.mime.text

    page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某区2022年政府信息公开工作年度报告</title></head>"
            "<body><h1>某区2022年政府信息公开工作年度报告</h1><div class=\"content\"><p>一、总体情况</p>"
            "<p>2022年，本区主动公开政府信息368条。</p></div></body></html>")
    archive = email.mime.multipart.MIMEMultipart("related")
    archive.attach(email.mime.text.MIMEText(page, "html", "gb2312"))
    for name, data in (("年报.doc", page.encode("utf-8")), ("年报.txt", page.encode("utf-8")),
                       ("年报.doc", archive.as_bytes())):  # a page, and Word's single-file web page, named .doc
        raw = read_document(name, data)
        (norm,) = normalize_document(raw)
        assert (raw["format"], raw["error"], norm["title"]) == ("html", None, "某区2022年政府信息公开工作年度报告")
    # an RTF file under a Word name is read as RTF; a web page named .pdf is a failed download, not read
    rtf = read_document("年报.doc", b"{\\rtf1\\ansi x}")
    assert (rtf["format"], rtf["decoded_text"], rtf["error"]) == ("rtf", "x\n", None)
    assert "is not a PDF file" in read_document("年报.pdf", page.encode("utf-8"))["error"]


@pytest.mark.parametrize("head, properties, title", [
    ("昭化区交通运输局2022年政府信息公开工作年度报告", None, "昭化区交通运输局2022年政府信息公开工作年度报告"),
    # the running head is read before the properties, which often hold another file's title
    ("昭化区交通运输局2022年政府信息公开工作年度报告", "昭化区人民政府2021年政府信息公开工作年度报告",
     "昭化区交通运输局2022年政府信息公开工作年度报告"),
    # a head that reads as no title (a letterhead, a page's number) leaves the properties' title
    ("昭化区交通运输局", "昭化区交通运输局2022年政府信息公开工作年度报告", "昭化区交通运输局2022年政府信息公开工作年度报告"),
    ("— 1 —", None, None)])
def test_a_docx_titled_in_its_running_head(head, properties, title):
    """A .docx's running head is a part of the file of its own (the section's header), not its text."""
    from govpipeline_tests.report_files import Report, to_docx

    data = to_docx(Report(["一、总体情况", "2022年，我局主动公开信息188条。"]), title=properties, running_head=head)
    raw = read_document("年报.docx", data)
    assert head not in raw["decoded_text"]
    meta = normalize_document(raw)[0]
    assert meta["title"] == title
    assert json.loads(meta["metadata_found_in"]).get("title") == ("file" if title else None)


@pytest.mark.parametrize("head, properties, title", [
    ("苍溪县财政局2021年政府信息公开工作年度报告", "苍溪县财政局2020年部门决算", "苍溪县财政局2021年政府信息公开工作年度报告"),
    ("苍溪县财政局", "苍溪县财政局2021年政府信息公开工作年度报告", "苍溪县财政局2021年政府信息公开工作年度报告"),
    ("苍溪县财政局", None, None)])
def test_a_doc_titled_in_its_running_head(head, properties, title):
    """A .doc's headers and footers are a story of their own after its text (the footer's page number a field):
    a header that reads as a title is the file's, before its properties'; none of it is the report's text."""
    from govpipeline_tests.doc_files import doc_bytes

    data = doc_bytes(["一、总体情况", "2021年，我局主动公开信息97条。"], title=properties, running_head=head)
    raw = read_document("年报.doc", data)
    assert (raw["format"], raw["decoded_text"]) == ("doc", "一、总体情况\n2021年，我局主动公开信息97条。\n")
    meta = normalize_document(raw)[0]
    assert meta["title"] == title
    assert json.loads(meta["metadata_found_in"]).get("title") == ("file" if title else None)


@pytest.mark.parametrize("form", ["pdf", "docx", "txt"])
def test_a_title_printed_as_a_bodys_name_over_its_genre_and_year_is_joined(form):
    """A title on two heading lines, the body's name alone first and the genre with its year second (a hotline's
    12345 name, a centre's): the second line takes the name, and the body is the title's, not the signature's."""
    from govpipeline_tests.report_files import Report, to_docx, to_pdf

    for name, genre, signed, title, body, code in [
        ("#南充市12345政务服务便民热线", "#2023年度工作报告", "南充市政务服务和大数据管理局",
         "南充市12345政务服务便民热线2023年度工作报告", "南充市12345政务服务便民热线", "511300"),
        ("#广汉市政务服务中心", "#2022年工作总结", "广汉市人民政府办公室",
         "广汉市政务服务中心2022年工作总结", "广汉市政务服务中心", "510681")]:
        report = Report([name, genre, "全年共受理群众诉求28.6万件，同比增长6.2%。", "一、总体情况",
                         "按时办结率99.1%，群众满意率96.4%。", signed, "2024年1月12日"])
        data = {"pdf": lambda: to_pdf(report), "docx": lambda: to_docx(report),
                "txt": lambda: report.text().encode("utf-8")}[form]()
        (meta,) = normalize_document(read_document(f"报告.{form}", data))
        assert (meta["title"], meta["body"], meta["region_code"]) == (title, body, code)


def test_a_page_with_no_article_only_its_title_and_menus_is_quarantined_with_the_reason():
    page = ("<html><head><meta charset='utf-8'><title>某区2024年政务服务工作总结 - 某区人民政府</title></head><body>"
            "<ul class='nav'><li>首页</li><li>政务公开</li><li>办事服务</li></ul><div id='app'></div>"
            "<div class='footer'>主办单位：某区人民政府办公室</div></body></html>")
    (row,) = normalize_document(read_document("zongjie.shtml", page.encode()))
    assert row["error"].startswith("zongjie.shtml: the page holds no article, only its title and the site's menus")


def test_a_text_file_with_almost_no_chinese_is_no_report():
    """A log or listing dropped into the folder (a test run's: dots and percentages) gave a document of 55 facts named
    by dots; it is quarantined, and a short report or a budget sheet of mostly figures is read."""
    log = "".join(f"{'.' * 72} [{k:3d}%]\n" for k in range(1, 100, 2)) + "3944 passed in 164.66s (0:02:44)\n"
    (row,) = normalize_document(read_document("run.txt", log.encode()))
    assert row["error"].startswith("run.txt: holds almost no Chinese (0 Chinese characters of ")
    assert row["error"].endswith("): no report's text, but a log, a listing or a file in another language")
    sheet = "2023年某县一般公共预算收入表\n项目\t预算数\t执行数\n" + "".join(
        f"{name}\t{1000 + k * 37}\t{980 + k * 41}\n" for k, name in enumerate(["税收收入", "增值税", "企业所得税", "个人所得税"]))
    for name, text in (("short.txt", "某县2023年政府信息公开工作年度报告\n全年收到申请5件。"), ("sheet.txt", sheet)):
        (row,) = normalize_document(read_document(name, text.encode()))
        assert row["error"] is None


def test_a_notice_whose_report_is_an_attachment_names_the_attachment_to_add():
    """A site's notice page that only links its report (附件：…pdf, with the file's size) holds no article: the page is
    quarantined with the attachment's name, and a page whose text goes on beside its attachment is read."""
    page = ("<html><head><meta charset='utf-8'><title>青田县水利局2022年政府信息公开工作年度报告</title></head><body>"
            "<div class='article'><h1>青田县水利局2022年政府信息公开工作年度报告</h1><div class='info'>发布时间：2023-01-30 "
            "来源：县水利局</div><div class='content'><p>附件1：<a href='/att/P0203.docx'>青田县水利局2022年政府信息公开"
            "工作年度报告.docx</a>（45.5KB）</p></div></div></body></html>")
    (row,) = normalize_document(read_document("t20230130_1.html", page.encode()))
    assert row["error"] == ("t20230130_1.html: the page holds no article, only its title and a link to its report, the "
                            "attachment 青田县水利局2022年政府信息公开工作年度报告.docx: put that file in the folder (it is "
                            "read on its own)")
    read = page.replace("</p></div>", "</p><p>2022年，我局共主动公开政府信息156条，收到政府信息公开申请3件。</p></div>")
    (row,) = normalize_document(read_document("t20230130_1.html", read.encode()))
    assert row["error"] is None and row["title"] == "青田县水利局2022年政府信息公开工作年度报告"


def test_a_row_of_figures_no_table_reads_is_a_finding_not_facts_named_by_its_text():
    """A table typed with tabs whose header ran together (no column named with a unit): its rows, figures set apart
    or run into the name, give no fact named by the row's text (窗口 4210 4188 98.2%); each row is a finding."""
    text = ("某区2022年便民服务工作总结\n全年办件3.2万件，办结率98.9%。\n附表：窗口办件情况\n窗口受理量办结量满意率 同比\n"
            "社保窗口 4210 4188 98.2% 3.1%\n不动产窗口 3105 3099 99.0% -2.4%\n合计7315 7287 98.6% 0.8%\n"
            "附表二：乡镇情况\n乡镇人数比重\n东关镇12615.2\n西岭乡9811.8\n二、下一步工作\n")
    [norm] = normalize_document(read_document("bianmin.txt", text.encode("utf-8")))
    _, facts, _, _, cells, issues = extract_document(norm)
    assert sorted(f["value"] for f in facts) == [98.9, 32000.0]  # the sentence's two, none of the rows'
    assert not cells
    # the first table is a finding as a whole (its header names no column), the second's rows one by one
    assert [i["raw"].split(": ")[0] for i in issues] == ["社保窗口 4210 4188 98.2% 3.1%", "东关镇12615.2", "西岭乡9811.8"]
    assert [i["raw"].split(": ")[1][:8] for i in issues] == ["2 rows o", "a row of", "a row of"]


def test_a_titles_figures_name_what_the_report_is_about():
    # (a title set over two lines: the body's name, then 关于…的报告; the body restates what was counted)
    text = "临川区人民政府\n关于2023年区政府八件为民办实事完成情况的报告\n区政府确定的八件为民办实事全部完成，新建公厕12座。\n"
    assert list(metric_ids("report.txt", text)) == ["八件", "12座"]


def test_a_crawled_website_form_on_one_line_gives_its_rows_and_no_table():
    # the 政府网站工作年度报表 a crawler saved as one line: each row a fact in its unit, the catalog's rows with their
    # ids; its codes, numbers and dates (标识码, ICP, 电话) are none, and no table of columns is read from it
    page = ("标题: 某区人民政府门户网站2021年度工作报表\n发布时间: 2022-01-20\n来源: 某区人民政府办公室\n-----\n"
            "政府网站工作年度报表 （2021年度） 填报单位：某区人民政府办公室 网站名称 某区人民政府 政府网站标识码 3301090001 "
            "ICP备案编号 浙ICP备12005678号 独立用户访问总量（单位：个） 92150 网站总访问量（单位：次） 410236 信息发布 "
            "总数（单位：条） 2318 概况类信息更新量（单位：条） 12 政务动态信息更新量（单位：条） 1420 互动交流 是否使用统一平台 "
            "☑是 □否 留言办理 收到留言数量（单位：条） 286 平均办理时间（单位：天） 4.5 在线访谈 访谈期数（单位：期） 2 "
            "网民留言数量（单位：条） 31 联系电话：0571-8765432 填报日期：2022-01-15\n")
    norm = normalize_document(read_document("website_form.txt", page.encode()))[0]
    _, facts, _, _, cells, _ = extract_document(norm)
    assert [(f["quote"], f["unit"], f["metric"], f["metric_id"]) for f in facts] == [
        ("92150", "个", "独立用户访问总量", "website_unique_visitors"),
        ("410236", "次", "网站总访问量", "website_visits_times"), ("2318", "条", "信息发布:总数", "website_posts"),
        ("12", "条", "概况类信息更新量", None), ("1420", "条", "政务动态信息更新量", None),
        ("286", "条", "收到留言数量", "online_messages"), ("4.5", "天", "平均办理时间", None),
        ("2", "期", "在线访谈:访谈期数", "online_interviews"), ("31", "条", "网民留言数量", None)]
    assert cells == []


def test_a_website_form_as_a_web_pages_table_names_each_row_by_its_group():
    # the same form as an HTML table whose groups span rows (微博 and 微信 each with a 信息发布量): every row read, a row
    # named alike in two groups (or by a short word) after its group; the 名称 row gives no figure
    rows = [("独立用户访问总量（单位：个）", "51023"), ("信息发布", "总数（单位：条）", "1877"),
            ("信息发布", "概况类信息更新量（单位：条）", "8"), ("微博", "名称", "某镇发布"),
            ("微博", "信息发布量（单位：条）", "640"), ("微博", "关注量（单位：个）", "2210"),
            ("微信", "名称", "某镇政务"), ("微信", "信息发布量（单位：条）", "388"), ("微信", "订阅数（单位：个）", "3307")]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page = (f"<html><head><title>某镇人民政府网站2020年度工作报表</title></head><body><h1>某镇人民政府网站2020年度工作报表"
            f"</h1><table>{table}</table></body></html>")
    norm = normalize_document(read_document("website_form.html", page.encode()))[0]
    _, facts, _, _, _, issues = extract_document(norm)
    assert [(f["quote"], f["metric"], f["metric_id"]) for f in facts] == [
        ("51023", "独立用户访问总量", "website_unique_visitors"), ("1877", "信息发布:总数", "website_posts"),
        ("8", "概况类信息更新量", None), ("640", "微博:信息发布量", None), ("2210", "微博:关注量", None),
        ("388", "微信:信息发布量", None), ("3307", "微信:订阅数", None)]
    assert issues == []


def test_a_row_that_does_not_line_up_with_its_header_is_one_finding_saying_why():
    text = ("松坪县12345热线2023年运行情况通报\n全年受理群众诉求3.7万件。\n附表：分月受理情况\n月份 受理量（件） 办结量（件） 办结率（%）\n"
            "1月 3120 3098 99.3\n2月 2875 99.1\n3月 3302 3281 99.4\n")
    [norm] = normalize_document(read_document("songping.txt", text.encode("utf-8")))
    _, _, _, _, cells, issues = extract_document(norm)
    assert sorted({c["row_label"] for c in cells}) == ["1月", "3月"]
    assert [i["raw"] for i in issues] == [
        "2月: 3 cells under a header of 4: which column each of its figures is in is not printed"]
