"""A file holding several reports gives one document per report (metadata.report_starts, stages.normalize_document):
each with its own title, year, body and figures, and offsets into the whole file. A title that is only cited, a
column of links, a notice issuing its report, last year's report named in this year's: one report."""
import pytest

from govpipeline.lib.metadata import extract_title, report_spans, reports_not_told_apart
from govpipeline.lib.normalize import normalize_text
from govpipeline.lib.stages import extract_document, normalize_document, read_document


def report(year: int, who: str, received: int, published: int) -> str:
    """A short annual report's body with its own figures."""
    return ("一、总体情况\n"
            f"{year}年，{who}全面推进政务公开工作，全年主动公开政府信息{published}条。\n"
            "二、收到和处理政府信息公开申请情况\n"
            f"本年新收政府信息公开申请{received}件，办理结果总计{received - 2}件，结转下年度继续办理2件。\n"
            "三、存在的主要问题及改进情况\n"
            "政务公开的标准化规范化水平仍需提高，部分单位公开内容不够全面，解读形式较为单一。下一步将加强业务培训，"
            "完善工作制度，提升政务公开质量。\n")


def starts_of(page: str) -> list[str]:
    """The first line of each report after the first."""
    norm = normalize_text(page)
    return [norm.text[s:].split("\n")[0][:40] for s, _ in report_spans(norm.text, norm.page_info)[1:]]


def documents(page: str, name: str = "page.txt") -> list[tuple[dict, list[dict]]]:
    raw = read_document(name, page.encode("utf-8"))
    return [(norm, extract_document(norm)[1]) for norm in normalize_document(raw)]


RELATED_FULL_TEXT = (
    "标题：松阳县人民政府2023年政府信息公开工作年度报告\n"
    "发布时间：2024-01-21  来源：松阳县人民政府办公室\n"
    "------------------------------\n"
    + report(2023, "松阳县", 317, 5821) +
    "松阳县人民政府\n2024年1月19日\n"
    "相关阅读\n"
    "遂昌县人民政府2023年政府信息公开工作年度报告\n"
    "发布时间：2024-01-23\n"
    + report(2023, "遂昌县", 208, 4410) +
    "遂昌县人民政府\n2024年1月22日\n"
)


def test_a_page_followed_by_another_reports_full_text_gives_two_documents():
    (first, first_facts), (second, second_facts) = documents(RELATED_FULL_TEXT)
    assert (first["title"], first["report_year"], first["body"], first["region_code"], str(first["publish_date"])) \
        == ("松阳县人民政府2023年政府信息公开工作年度报告", 2023, "松阳县人民政府", "331124", "2024-01-21")
    assert (second["title"], second["report_year"], second["body"], second["region_code"],
            str(second["publish_date"])) == ("遂昌县人民政府2023年政府信息公开工作年度报告", 2023, "遂昌县人民政府",
                                             "331123", "2024-01-23")
    assert (first["file_id"], first["report_in_file"], second["file_id"], second["report_in_file"]) == (
        first["doc_id"], 1, first["doc_id"], 2)
    assert second["doc_id"] != first["doc_id"]
    # each report's figures in its own document, none in the other's
    assert {5821, 317} <= {f["value"] for f in first_facts} and not {4410, 208} & {f["value"] for f in first_facts}
    assert {4410, 208} <= {f["value"] for f in second_facts} and not {5821, 317} & {f["value"] for f in second_facts}
    # every fact's offsets point at its characters in the file
    for f in first_facts + second_facts:
        assert RELATED_FULL_TEXT[f["source_start"]:f["source_end"]] == f["quote"]
    # nothing is lost: the two texts are the page's text, the related-reading label left with the first
    assert first["normalized_text"].endswith("相关阅读")
    assert second["normalized_text"].startswith("遂昌县人民政府2023年政府信息公开工作年度报告\n发布时间：2024-01-23")


def test_a_saved_web_page_of_two_reports_keeps_offsets_into_its_html():
    lines = RELATED_FULL_TEXT.split("\n")
    html = ("<html><head><title>松阳县人民政府</title></head><body><div class='content'>"
            f"<h1>{lines[0].removeprefix('标题：')}</h1>" + "".join(f"<p>{line}</p>" for line in lines[3:] if line)
            + "</div></body></html>")
    docs = documents(html, "page.html")
    assert [(n["title"], n["report_year"], n["report_in_file"]) for n, _ in docs] == [
        ("松阳县人民政府2023年政府信息公开工作年度报告", 2023, 1), ("遂昌县人民政府2023年政府信息公开工作年度报告", 2023, 2)]
    assert 4410 in {f["value"] for f in docs[1][1]} and 4410 not in {f["value"] for f in docs[0][1]}
    for _, facts in docs:
        assert facts and all(html[f["source_start"]:f["source_end"]] == f["quote"] for f in facts)


def test_a_list_page_printing_several_years_in_full_gives_a_document_for_each():
    page = ("当前位置：首页 > 政务公开 > 年度报告\n"
            + "".join(f"景宁畲族自治县人民政府{year}年政府信息公开工作年度报告  {year + 1}-01-2{k}\n"
                      + report(year, "景宁县", 100 + k, 2000 + k) for k, year in enumerate((2023, 2022, 2021))))
    docs = documents(page)
    assert [(n["report_year"], n["title"], str(n["publish_date"]), n["region_code"]) for n, _ in docs] == [
        (2023, "景宁畲族自治县人民政府2023年政府信息公开工作年度报告", "2024-01-20", "331127"),
        (2022, "景宁畲族自治县人民政府2022年政府信息公开工作年度报告", "2023-01-21", "331127"),
        (2021, "景宁畲族自治县人民政府2021年政府信息公开工作年度报告", "2022-01-22", "331127")]
    for k, (_, facts) in enumerate(docs):
        assert {f["value"] for f in facts if f["unit"] == "条"} == {2000 + k}
        assert {f["year"] for f in facts if f["unit"] == "条"} == {2023 - k}


def test_a_merged_pdf_of_two_years_splits_at_the_second_letterhead():
    page = ("庆元县人民政府办公室文件\n庆政办发〔2024〕2号\n庆元县人民政府\n2023年政府信息公开工作年度报告\n"
            + report(2023, "庆元县", 91, 3303) + "庆元县人民政府\n2024年1月16日\n— 3 —\n"
            "庆元县人民政府办公室文件\n庆政办发〔2023〕4号\n庆元县人民政府\n2022年政府信息公开工作年度报告\n"
            + report(2022, "庆元县", 77, 2902) + "庆元县人民政府\n2023年1月18日\n— 6 —\n")
    assert starts_of(page) == ["庆元县人民政府办公室文件"]
    docs = documents(page, "merged.txt")
    assert [(n["title"], n["report_year"], str(n["publish_date"])) for n, _ in docs] == [
        ("庆元县人民政府2023年政府信息公开工作年度报告", 2023, "2024-01-16"),
        ("庆元县人民政府2022年政府信息公开工作年度报告", 2022, "2023-01-18")]
    assert {f["value"] for f in docs[1][1] if f["unit"] == "件"} >= {77} and \
        91 not in {f["value"] for f in docs[1][1]}


def test_a_next_article_label_and_a_bracketed_year_open_the_second_report():
    page = ("松阳县人民政府2023年政府信息公开工作年度报告\n发布时间：2024-01-21\n" + report(2023, "松阳县", 317, 5821)
            + "下一篇：松阳县人民政府政府信息公开工作年度报告（2022年度）\n" + report(2022, "松阳县", 208, 4410))
    assert starts_of(page) == ["松阳县人民政府政府信息公开工作年度报告（2022年度）"]
    assert [n["report_year"] for n, _ in documents(page)] == [2023, 2022]


def test_a_one_line_crawled_page_of_two_reports():
    lines = RELATED_FULL_TEXT.split("\n")
    page = " ".join([lines[0].removeprefix("标题："), lines[1]] + lines[3:])  # title, info and body on one line
    docs = documents(page)
    assert [(n["title"], n["report_year"], n["region_code"]) for n, _ in docs] == [
        ("松阳县人民政府2023年政府信息公开工作年度报告", 2023, "331124"),
        ("遂昌县人民政府2023年政府信息公开工作年度报告", 2023, "331123")]
    assert 4410 in {f["value"] for f in docs[1][1]} and 4410 not in {f["value"] for f in docs[0][1]}
    for norm, facts in docs:
        for f in facts:
            assert page[f["source_start"]:f["source_end"]] == f["quote"]


SUMMARY = ("松阳县行政审批局2023年工作总结\n2023年，我局全年办理审批事项3100件，同比增长12%。全年受理投诉12件，全部办结。"
           "我局深化改革，优化服务，推进一网通办，全年网上办件率达到98%。窗口服务满意率99.6%，较上年提高0.2个百分点。"
           "改革取得了明显成效，得到了群众的广泛认可和好评。我局还加强队伍建设，开展业务培训12次，培训人员300人次，提升了窗口人员的业务能力和服务水平和群众满意度。\n")


@pytest.mark.parametrize("one_line", [False, True])
def test_reports_without_headings_split_where_the_one_before_signed(one_line):
    page = (SUMMARY + "松阳县行政审批局\n2024年1月5日\n松阳县行政审批局2022年工作总结\n"
            "2022年，我局全年办理审批事项2800件，同比增长9%。全年受理投诉15件。\n")
    page = " ".join(page.split("\n")) if one_line else page
    docs = documents(page)
    assert [(n["title"], n["report_year"]) for n, _ in docs] == [("松阳县行政审批局2023年工作总结", 2023),
                                                              ("松阳县行政审批局2022年工作总结", 2022)]
    assert 2800 in {f["value"] for f in docs[1][1]} and 2800 not in {f["value"] for f in docs[0][1]}


ONE_REPORT = {
    "a_link_between_paragraphs_of_a_report_without_headings": (
        SUMMARY + "热点推荐\n遂昌县行政审批局2023年工作总结\n2023年，我局还将继续推进审批制度改革，全年计划新增事项20项。\n"),
    "a_column_of_dated_links_between_paragraphs": (
        SUMMARY + "相关文章\n· 遂昌县行政审批局2023年工作总结 2024-01-19\n· 龙泉市行政审批局2023年工作总结 2024-01-20\n"
        "2023年，我局还将继续推进审批制度改革，全年计划新增事项20项。\n"),
    "cites_last_years_report_in_a_sentence": (
        "云和县人民政府2023年政府信息公开工作年度报告\n" + report(2023, "云和县", 120, 3100)
        + "与云和县人民政府2022年政府信息公开工作年度报告相比，申请量有所增加。\n"),
    "cites_it_in_brackets_on_its_own_line": (
        "云和县人民政府2023年政府信息公开工作年度报告\n" + report(2023, "云和县", 120, 3100)
        + "《云和县人民政府2022年政府信息公开工作年度报告》\n2022年，全县新收申请98件，本年增加22件。\n"),
    "a_column_of_links_between_sections": (
        "云和县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，云和县全面推进政务公开。全年主动公开信息3100条。"
        "本年新收申请120件。\n热点推荐\n丽水市人民政府2023年政府信息公开工作年度报告\n"
        "二、收到和处理政府信息公开申请情况\n2023年，本年新收政府信息公开申请120件，办理结果总计118件。\n"),
    "one_link_to_another_report_then_its_own_next_section": (
        "云和县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，云和县全面推进政务公开。全年主动公开信息3100条。"
        "本年新收申请120件。\n相关阅读：龙泉市人民政府2023年政府信息公开工作年度报告\n"
        "三、存在的主要问题及改进情况\n2023年，政务公开的标准化水平仍需提高。\n"),
    "a_bracketed_year_title_cited_on_its_own_line": (
        "云和县人民政府2023年政府信息公开工作年度报告\n" + report(2023, "云和县", 120, 3100)
        + "对照\n云和县人民政府政府信息公开工作年度报告（2022年度）\n中提出的问题，逐项整改落实。\n"),
    "links_at_the_end": (
        "云和县人民政府2023年政府信息公开工作年度报告\n" + report(2023, "云和县", 120, 3100)
        + "上一篇：云和县人民政府2022年政府信息公开工作年度报告\n下一篇：云和县2024年政务公开工作要点\n"),
    "a_notice_issuing_the_report": (
        "云和县人民政府办公室关于印发云和县\n2023年政府信息公开工作年度报告的通知\n各乡镇人民政府，县政府各部门：\n"
        "现将《云和县2023年政府信息公开工作年度报告》印发给你们，请认真贯彻执行。\n云和县人民政府办公室\n2024年1月20日\n"
        "云和县2023年政府信息公开工作年度报告\n" + report(2023, "云和县", 120, 3100)),
    "its_title_repeated_after_a_foreword": (
        "标题：云和县人民政府2023年政府信息公开工作年度报告\n发布时间：2024-01-20\n"
        "根据《中华人民共和国政府信息公开条例》规定，现公布本县年度报告。本报告中所列数据的统计期限自2023年1月1日起"
        "至2023年12月31日止。本报告电子版可在县政府门户网站下载。如对本报告有疑问，请与县政府办公室联系，"
        "地址：云和县某某路1号，邮编：323600，电话：0578-5123456。政务公开工作是建设法治政府的重要内容，"
        "县政府办公室承担本县政府信息公开的日常工作。\n"
        "2023年政府信息公开工作年度报告\n" + report(2023, "云和县", 120, 3100)),
    "same_body_same_year_printed_twice_under_another_genre": (
        "云和县人民政府2023年政府信息公开工作年度报告\n" + report(2023, "云和县", 120, 3100)
        + "2023年政务公开工作年度报告\n" + report(2023, "云和县", 120, 3100)),
}


@pytest.mark.parametrize("page", ONE_REPORT.values(), ids=ONE_REPORT.keys())
def test_one_report_that_names_another_stays_one_document(page):
    assert starts_of(page) == []
    assert starts_of(" ".join(page.split("\n"))) == []
    [(norm, _)] = documents(page)
    assert norm["report_in_file"] == 1 and norm["report_year"] == 2023


def test_a_title_without_anything_to_tell_where_the_report_before_ends_is_named_not_split():
    page = SUMMARY + "松阳县行政审批局2022年工作总结\n2022年，我局全年办理审批事项2800件，同比增长9%。全年受理投诉15件。\n"
    assert starts_of(page) == []
    assert reports_not_told_apart(page, "松阳县行政审批局2023年工作总结") == [(len(SUMMARY), "松阳县行政审批局2022年工作总结")]
    # a report told apart, or a title only cited, is not named; a link between the paragraphs of a report without
    # headings, followed by a sentence naming its year, cannot be told from such a report, so it is named
    assert reports_not_told_apart(RELATED_FULL_TEXT, "松阳县人民政府2023年政府信息公开工作年度报告") == []
    named = {name for name, page in ONE_REPORT.items() if reports_not_told_apart(page, extract_title(page))}
    assert named == {"a_link_between_paragraphs_of_a_report_without_headings"}


@pytest.mark.parametrize("page, title, year, opening", [
    # an empty counter before a month range (浏览次数： 1-9月份，…) is no counter of 1; the title after the crumb's last
    # step names its year and ends in 情况
    ("首页 > 统计信息 > 月度数据 2022年1-9月份全市主要经济指标完成情况 发布日期：2022-10-25 来源：市统计局 浏览次数： "
     "1-9月份，全市地区生产总值同比增长4.1%，规模以上工业增加值增长5.3%。\n",
     "2022年1-9月份全市主要经济指标完成情况", 2022, "1-9月份，全市"),
    # a title naming no year after the crumb: 关于… and a genre
    ("首页 > 人大工作 > 工作报告 关于区人大代表建议办理情况的报告 发布时间：2023-12-26 来源：区人大常委会 一、基本情况 "
     "2023年，区八届三次会议以来代表共提出建议96件，已全部办结，办结率100%。\n",
     "关于区人大代表建议办理情况的报告", 2023, "一、基本情况"),
    # a title naming no year after the crumb, opening with a place's name the gazetteer need not know; its census
    # ordinal gives its year, not the years it compares with
    ("首页 > 数据公开 > 普查公报 鹤溪区第六次全国人口普查主要数据公报 发布日期：2011-05-16 来源：区统计局 一、人口总量 "
     "全区常住人口为28.6万人，与2000年第五次全国人口普查的26.9万人相比，增加1.7万人，2000年以来年均增长0.6%。\n",
     "鹤溪区第六次全国人口普查主要数据公报", 2010, "一、人口总量"),
])
def test_a_one_line_pages_title_after_its_breadcrumb(page, title, year, opening):
    norm = normalize_document(read_document("p.txt", page.encode()))[0]
    assert (norm["title"], norm["report_year"]) == (title, year)
    assert norm["normalized_text"].startswith(opening)
