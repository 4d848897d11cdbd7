import pytest

from govpipeline.lib.html import article_images, html_to_text
from govpipeline.lib.normalize import normalize_text
from govpipeline.lib.offsets import compose
from govpipeline.lib.stages import normalize_document, read_document

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市2021年政府信息公开工作年度报告</title>
<style>.x{color:red}</style><script>var hits = 123;</script></head><body>
<div class="header"><ul class="nav"><li>首页</li><li>信息公开</li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 信息公开 &gt; 年度报告</div>
<div id="zoom"><h1>某市2021年政府信息公开工作年度报告</h1>
<p>2021年，共收到政府信息公开申请81件，比上年增长14.97%。</p>
<table border="1"><tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>2</td><td>1</td><td>3</td></tr>
<tr><td>（二）部分公开</td><td>&nbsp;</td><td>0</td><td>0</td></tr></table>
<p>分享</p></div><div class="footer">版权所有 ICP备12345号</div></body></html>"""


def test_article_body_without_chrome():
    text, _ = html_to_text(PAGE)
    assert "首页" not in text and "版权所有" not in text and "hits" not in text and "color" not in text
    assert "共收到政府信息公开申请81件" in text


def test_table_rows_are_lines_of_tab_separated_cells():
    text, _ = html_to_text(PAGE)
    rows = [ln.split("\t") for ln in text.split("\n") if "\t" in ln]
    assert rows == [["三、本年度办理结果", "（一）予以公开", "2", "1", "3"],
                    ["三、本年度办理结果", "（二）部分公开", "", "0", "0"]]


def test_offsets_point_into_the_page_source():
    text, html_map = html_to_text(PAGE)
    norm = normalize_text(text)
    offsets = compose(norm.offsets, html_map)
    i = norm.text.index("81件")
    assert PAGE[offsets.source_start(i):offsets.source_end(i + 3)] == "81件"


ARTICLE_PAGE = """<html><head><title>某县2023年政府信息公开工作年度报告_某县人民政府</title></head><body>
<div class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</div>
<div class="wrap"><h1 class="title">某县2023年政府信息公开工作年度报告</h1>
<div class="info">发布时间：2024-01-20 来源：县政府办公室</div>
<div id="zoom"><p>一、总体情况</p><p>2023年，共收到政府信息公开申请45件。</p><p>全年主动公开政府信息1256条。</p></div></div>
<div class="footer">版权所有</div></body></html>"""


def test_the_title_and_the_date_and_source_line_outside_the_article_come_first():
    text, html_map = html_to_text(ARTICLE_PAGE)
    assert text.split("\n")[:3] == ["某县2023年政府信息公开工作年度报告", "发布时间：2024-01-20 来源：县政府办公室", "一、总体情况"]
    assert "首页" not in text and "版权所有" not in text
    i = text.index("2024-01-20")
    assert ARTICLE_PAGE[html_map.source_start(i):html_map.source_end(i + 10)] == "2024-01-20"
    # with no heading on the page, the page title without the site's name
    no_heading = ARTICLE_PAGE.replace('<h1 class="title">某县2023年政府信息公开工作年度报告</h1>', "")
    assert html_to_text(no_heading)[0].split("\n")[0] == "某县2023年政府信息公开工作年度报告"


def test_broken_markup_is_read_as_browsers_read_it():
    deep = "<div>" * 1200 + "共受理申请12件。" + "</div>" * 1200  # deeper than Python's recursion limit
    page = (f"<html><body><p>某县2020年政府信息公开工作年度报告</p>{deep}<table><tr><td colspan=\"2px\">合计</td>"
            "<td rowspan=\"x\">8</td></tr><tr><td colspan=\"0\">其中</td><td>3</td></tr></table></body></html>")
    text, _ = html_to_text(page)
    assert "共受理申请12件。" in text
    assert "合计\t\t8\n其中\t3" in text


def test_the_article_fields_a_government_page_carries_in_its_head_are_read():
    from govpipeline.lib.stages import normalize_document, read_document

    page = ('<html><head><meta charset="utf-8"><meta name="SiteName" content="某市人民政府">'
            '<meta name="ArticleTitle" content="某市水利局2022年政府信息公开工作年度报告">'
            '<meta name="PubDate" content="2023-01-30 09:15"><meta name="ContentSource" content="某市水利局">'
            '<title>政府信息公开年报</title></head><body><div class="content"><p>一、总体情况</p>'
            '<p>2022年，本局主动公开政府信息186条。</p></div></body></html>')
    (norm,) = normalize_document(read_document("page.html", page.encode("utf-8")))
    assert (norm["title"], str(norm["publish_date"]), norm["issuer"]) == (
        "某市水利局2022年政府信息公开工作年度报告", "2023-01-30", "某市水利局")
    assert norm["normalized_text"].startswith("一、总体情况")  # the fields are page information, not text


def test_a_title_above_the_article_is_kept_when_a_sentence_of_the_body_names_its_period():
    page = ("<html><body><div class='title'><h1>2025年第一季度全区政务服务工作情况通报</h1></div>"
            "<div class='TRS_Editor'><p>各街道办事处：</p><p>现将2025年第一季度全区政务服务工作情况通报如下。</p>"
            "<p>一季度共办件3120件。</p></div></body></html>")
    text, _ = html_to_text(page)
    assert text.startswith("2025年第一季度全区政务服务工作情况通报\n")


def test_a_title_the_article_prints_itself_is_not_repeated():
    page = ("<html><body><h1>2025年第一季度全区政务服务工作情况通报</h1><div class='TRS_Editor'>"
            "<p>2025年第一季度全区政务服务工作情况通报</p><p>一季度共办件3120件。</p></div></body></html>")
    text, _ = html_to_text(page)
    assert text.count("工作情况通报") == 1


def test_a_title_blocks_full_heading_outside_the_article_is_preferred_to_a_shortened_page_title():
    page = ("<html><head><title>城关街道2022年政府信息公开工作年度报告</title></head><body>"
            "<div class='detail-title'>岷县城关街道办事处2022年政府信息公开工作年度报告</div>"
            "<div class='article'><p>2022年，我街道主动公开政府信息85条，受理依申请公开3件，均按时答复。"
            "全年未发生行政复议和行政诉讼。</p></div></body></html>")
    text, _ = html_to_text(page)
    assert text.startswith("岷县城关街道办事处2022年政府信息公开工作年度报告\n2022年，我街道")
    # a block that is no fuller name of the same title leaves the page's <title>
    other = page.replace("岷县城关街道办事处2022年政府信息公开工作年度报告</div>", "岷县人民政府门户网站</div>")
    assert html_to_text(other)[0].startswith("城关街道2022年政府信息公开工作年度报告\n")


def test_a_title_blocks_session_and_speaker_lines_outside_the_article_are_read():
    # a CMS template prints the heading, the session line, the speaker and the date line above the article, outside it
    page = ("<html><head><title>岚县人民政府</title></head><body><div class='wz-head'><h3>政府工作报告</h3>"
            "<div class='fbt'>——2022年1月4日在岚县第十七届人民代表大会第一次会议上</div>"
            "<div class='zjr'>岚县人民政府县长　刘某某</div>"
            "<div class='xx'>发布日期：2022-01-11　信息来源：县政府办公室</div></div>"
            "<div class='zw'><p>各位代表：</p><p>现在，我代表县人民政府，向大会报告工作，请予审议。</p>"
            "<p>2021年，全县地区生产总值完成61.2亿元，增长7.3%。</p><p>一般公共预算收入完成3.9亿元。</p></div></body></html>")
    text, _ = html_to_text(page)
    assert text.startswith("政府工作报告\n——2022年1月4日在岚县第十七届人民代表大会第一次会议上\n岚县人民政府县长　刘某某\n"
                           "发布日期：2022-01-11")
    meta = normalize_document(read_document("index.html", page.encode()))[0]
    assert (meta["body"], meta["issuer"], meta["region_code"]) == ("岚县人民政府", "岚县人民政府", "141127")


def test_a_title_blocks_h2_heading_is_the_title_where_the_page_title_is_the_sites_name():
    page = ("<html><head><title>遂川县人民政府网</title></head><body><div class='nr-top'>"
            "<h2>遂川县自然资源局2022年政府信息公开工作年度报告</h2><p class='sj'>发布时间：2023-01-20 来源：县自然资源局</p></div>"
            "<div class='nr-text'><p>2022年，我局主动公开政府信息216条，受理依申请公开9件，均按时答复。</p>"
            "<p>全年未发生行政复议和行政诉讼。</p></div></body></html>")
    meta = normalize_document(read_document("index.html", page.encode()))[0]
    assert (meta["title"], meta["body"], meta["region_code"]) == (
        "遂川县自然资源局2022年政府信息公开工作年度报告", "遂川县自然资源局", "360827")


def test_a_speaker_line_opening_as_the_title_does_is_no_title_the_article_prints():
    page = ("<html><head><title>旬阳市人民检察院工作报告_旬阳市人民政府</title></head><body>"
            "<h1 class='title'>旬阳市人民检察院工作报告</h1><div class='info'>发布时间：2023-01-16　来源：旬阳市人民检察院</div>"
            "<div class='article'><p>——2023年1月8日在旬阳市第一届人民代表大会第二次会议上</p><p>旬阳市人民检察院检察长　陈某某</p>"
            "<p>各位代表：</p><p>现在，我代表市人民检察院向大会报告工作，请予审议。</p><p>2022年，共批准逮捕犯罪嫌疑人96人。</p></div>"
            "</body></html>")
    meta = normalize_document(read_document("index.html", page.encode()))[0]
    assert (meta["title"], meta["body"], meta["region_code"]) == ("旬阳市人民检察院工作报告", "旬阳市人民检察院", "610981")


def test_a_sites_banner_over_a_date_widget_is_no_title_block():
    page = ("<html><head><title>奉化区2021年政府信息公开工作年度报告</title></head><body>"
            "<div class='top'><h2 class='site-title'>宁波市奉化区人民政府</h2><div class='rq'>当前日期：2022-03-01</div></div>"
            "<div class='zw'><p>2021年，全区主动公开政府信息1,204条，受理依申请公开37件，均按时答复。</p>"
            "<p>全年未发生行政复议和行政诉讼。</p></div></body></html>")
    assert html_to_text(page)[0].startswith("奉化区2021年政府信息公开工作年度报告\n")


def test_a_title_blocks_date_line_may_follow_the_block_holding_its_heading():
    page = ("<html><head><title>偏关县人民政府</title></head><body><div class='art-head'><h1>政府工作报告</h1>"
            "<h4>——2021年1月20日在偏关县第十六届人民代表大会第五次会议上</h4><h5>偏关县人民政府县长　郭某某</h5></div>"
            "<div class='art-info'>发布时间：2021-01-27　来源：县政府办公室</div>"
            "<div class='TRS_Editor'><p>各位代表：</p><p>现在，我代表县人民政府，向大会报告工作，请予审议。</p>"
            "<p>2020年，全县地区生产总值完成42.6亿元，增长3.1%。</p></div></body></html>")
    assert html_to_text(page)[0].startswith("政府工作报告\n——2021年1月20日在偏关县第十六届人民代表大会第五次会议上\n"
                                           "偏关县人民政府县长　郭某某\n发布时间：2021-01-27")
    meta = normalize_document(read_document("index.html", page.encode()))[0]
    assert (meta["body"], meta["region_code"]) == ("偏关县人民政府", "140932")


def test_images_in_a_pages_article_are_named_and_its_decoration_is_not():
    page = ("<html><head><title>某县2023年政府信息公开工作年度报告</title></head><body>"
            "<div class='header'><img src='/images/logo.png'></div>"
            "<div class='content'><p>一、总体情况</p><p>本年主动公开政府信息368条。</p>"
            "<p>三、收到和处理政府信息公开申请情况</p>"
            "<p><img src='/upload/2024/01/W020240115%E8%A1%A8%E4%B8%89.png?v=2' width='640'></p>"
            "<img src='/images/share_weixin.png'><img src='/images/dot.gif' width='8' height='8'>"
            "<img src='/img/ewm.jpg'><p><img src='data:image/png;base64,iVBORw0KGgo=' style='width:600px'></p>"
            "</div><div class='footer'><img src='/images/jiucuo.png'></div></body></html>")
    assert article_images(page) == [
        "an image in the page's article, after “三、收到和处理政府信息公开申请情况”: W020240115表三.png",
        "an image in the page's article, after “三、收到和处理政府信息公开申请情况”: data:image/png"]
    row = read_document("report.html", page.encode("utf-8"))
    assert (row["format"], row["images_not_read"]) == ("html", article_images(page))
    assert read_document("plain.html", page.replace("<img", "<span").encode("utf-8"))["images_not_read"] is None


def _catalogue_page(rows: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>泰宁县人民政府</title></head><body>'
            '<div class="crumb">您所在的位置：首页 &gt; 政务公开 &gt; 年度报告</div>'
            f'<table class="gk">{rows}</table>'
            '<div class="detail"><h3>泰宁县农业农村局2022年政府信息公开工作年度报告</h3><div class="text">'
            '<p>一、总体情况</p><p>2022年，我局主动公开政府信息312条，受理政府信息公开申请6件，均按期答复。</p>'
            '<p>二、存在的问题</p><p>公开的及时性仍需提高，下一步将加强培训。</p></div></div></body></html>')


def test_a_catalogue_table_over_the_article_gives_every_field_and_the_page_date_over_the_signing_date():
    # the row holding the issuer holds the signing date; the page's date sits in another row
    cell = "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
    rows = (cell.format("信息索引号：", "FJTN-2023-0107", "组配分类：", "年度报告")
            + cell.format("发布机构：", "泰宁县农业农村局", "成文日期：", "2023-01-09")
            + cell.format("发布日期：", "2023-01-13", "公开方式：", "主动公开"))
    meta = normalize_document(read_document("gk.html", _catalogue_page(rows).encode()))[0]
    assert (meta["publish_date"].isoformat(), meta["body"], meta["region_code"]) == ("2023-01-13", "泰宁县农业农村局",
                                                                                    "350429")
    # labels without colons, spaced out, three pairs a row; dates in 年月日
    cell3 = "<tr><th>{}</th><td>{}</td><th>{}</th><td>{}</td><th>{}</th><td>{}</td></tr>"
    rows = (cell3.format("索 引 号", "FJTN-2023-0107", "发布机构", "泰宁县农业农村局", "成文日期", "2023年01月09日")
            + cell3.format("发布日期", "2023年01月16日", "文\u3000\u3000号", "", "主 题 词", "年报"))
    meta = normalize_document(read_document("gk.html", _catalogue_page(rows).encode()))[0]
    assert (meta["publish_date"].isoformat(), meta["body"]) == ("2023-01-16", "泰宁县农业农村局")


def test_a_data_table_outside_the_article_is_no_catalogue():
    # a table of figures whose cells name no catalogue labels stays out of the text, as before
    rows = "<tr><td>名称</td><td>数量</td></tr><tr><td>主动公开</td><td>312</td></tr>"
    text = html_to_text(_catalogue_page(rows))[0]
    assert "主动公开\t312" not in text and "2022年，我局主动公开政府信息312条" in text


def test_a_pages_site_name_heads_no_report():
    """A page whose <title>, or a logo's <h1> outside the article, is only its site's name and whose article's
    heading is a title without a body (2022年度政府信息公开工作年度报告): the site's name is its owner, not the first
    line of the title (set 37: 某县人民政府2022年度… and the government as body, for its finance bureau's report)."""
    article = ('<div class="article"><h3>2022年度政府信息公开工作年度报告</h3><div class="info">来源：{source}</div>'
               '<div class="content"><p>本报告根据《中华人民共和国政府信息公开条例》编制。</p>'
               '<p>2022年，我局主动公开政府信息96条。</p></div></div>')
    for head, source, body in (
            ('<title>安化县人民政府</title></head><body>', "安化县水利局", "安化县水利局"),
            ('<title>政府信息公开</title></head><body><h1>兴国县人民政府</h1>', "兴国县林业局办公室", "兴国县林业局")):
        page = f'<html><head><meta charset="utf-8">{head}' + article.format(source=source) + "</body></html>"
        row = normalize_document(read_document("a.html", page.encode("utf-8")))[0]
        assert (row["title"], row["body"]) == ("2022年度政府信息公开工作年度报告", body)


def test_a_title_block_classed_in_short_or_in_pinyin_is_read_where_the_page_title_is_generic():
    for cls in ('class="article-tit"', 'class="bt"', 'id="biaoti"'):
        page = (f'<html><head><title>年度报告</title></head><body><div class="nav">首页 &gt; 年度报告</div><div {cls}>'
                "平果市第二中学2022年度信息公开工作报告</div><div>发布日期：2023-01-16 来源：校办</div><div class=\"con\">"
                "<p>现将我校2022年度信息公开工作情况报告如下。</p><p>2022年，我校通过学校网站主动公开信息58条，"
                "微信公众号发布信息126条，未收到信息公开申请。</p><p>平果市第二中学</p></div></body></html>")
        meta = normalize_document(read_document("index.html", page.encode()))[0]
        assert meta["title"] == "平果市第二中学2022年度信息公开工作报告", cls


def test_a_footers_owner_outside_the_article_places_a_town_named_alone():
    """A county's portal names itself only in its footer (主办单位：某县人民政府, with other units after it): a town's
    report posted there, naming no county, is that county's town; a city's footer gives its towns none."""
    def page(owner: str) -> bytes:
        return ('<html><head><meta charset="utf-8"><title>桃源乡2022年政府信息公开工作年度报告</title></head><body>'
                '<div class="top">政府信息公开</div><div class="article"><h1>桃源乡2022年政府信息公开工作年度报告</h1>'
                '<div class="info">发布时间：2023-01-17 来源：桃源乡</div><div class="content">'
                '<p>2022年，我乡主动公开政府信息63条，赴襄阳市谷城县学习。</p><p>一、主动公开情况</p>'
                '<p>通过政府网站发布信息42条。</p></div></div>'
                f'<div class="bottom">主办单位：{owner} 承办单位：县融媒体中心 网站标识码：4206240001</div>'
                '</body></html>').encode("utf-8")
    row = normalize_document(read_document("a.html", page("南漳县人民政府办公室")))[0]
    assert (row["region_code"], row["body"]) == ("420624", "南漳县桃源乡人民政府")
    row = normalize_document(read_document("a.html", page("襄阳市人民政府办公室")))[0]
    assert (row["region_code"], row["body"]) == (None, None)


@pytest.mark.parametrize("cls", ["tit", "article-tit", "bt", "biaoti", "wz_biaoti"])
def test_a_title_block_classed_in_short_or_pinyin_heads_the_report(cls):
    """A template may class its title block tit, detail-tit, bt or biaoti, over a <title> that says only 信息公开 or
    only the site's name: the block's heading is the title (set 58: title NULL or the generic <title> before)."""
    for head in ("工作动态", "邵东市人民政府"):
        page = (f'<html><head><meta charset="utf-8"><title>{head}</title></head><body>'
                '<div class="nav">首页 政务公开 互动交流</div>'
                f'<div class="{cls}">邵东市畜牧水产事务中心2019年工作总结</div>'
                '<div class="about">发布日期：2020-01-21 来源：市畜牧水产事务中心</div>'
                '<div class="content"><p>2019年，中心完成生猪出栏81.4万头，与隆回县开展联合检疫。</p>'
                '<p>一、主要工作</p><p>抓好非洲猪瘟防控。</p></div>'
                '<div class="footer">网站地图 联系我们</div></body></html>').encode("utf-8")
        row = normalize_document(read_document("a.html", page))[0]
        assert (row["title"], row["report_year"]) == ("邵东市畜牧水产事务中心2019年工作总结", 2019)
