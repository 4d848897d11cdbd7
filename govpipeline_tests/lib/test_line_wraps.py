from govpipeline.lib.line_wraps import wrap_edits
from govpipeline.lib.normalize import normalize_text

WRAPPED = (
    "某县某镇人民政府\n2024年政府信息公开工作年度报告\n一、总体情况\n"
    "（一）主动公开情况。全年在县政府门户网站镇政府信息公开专栏主动公开各类信息312条，其\n"
    "中：机构职能信息6条、规划计划信息15条、财政预决算信息24条、惠民惠农补贴信息118条、\n"
    "其他信息149条。全年发放各类惠农补贴资金586.32万元，惠及农户4218户，补贴信息公开率\n"
    "100%。\n"
    "（二）依申请公开情况。全年收到政府信息公开申请2件，均已在法定期限内答复，其中予以公开\n"
    "2件。\n"
    "— 2 —\n"
    "（三）政府信息管理情况。建立政府信息公开工作台账，落实“三审三校”制度，全年审核拟公开\n"
    "信息330余条。\n"
    "规章  0  0  0\n"
    "行政规范性文件  0  0  2\n"
)


def test_a_hard_wrapped_text_has_its_paragraphs_joined_and_maps_back():
    norm = normalize_text(WRAPPED)
    lines = norm.text.split("\n")
    assert "（二）依申请公开情况。全年收到政府信息公开申请2件，均已在法定期限内答复，其中予以公开2件。" in lines
    assert "（三）政府信息管理情况。建立政府信息公开工作台账，落实“三审三校”制度，全年审核拟公开信息330余条。" in lines
    assert lines[3].startswith("（一）主动公开情况。") and lines[3].endswith("补贴信息公开率100%。")
    # headings, the page number and table rows stay lines of their own
    assert lines[:3] == ["某县某镇人民政府", "2024年政府信息公开工作年度报告", "一、总体情况"]
    assert "— 2 —" in lines and lines[-2:] == ["规章 0 0 0", "行政规范性文件 0 0 2"]
    at = norm.text.index("其中予以公开2件")
    start, end = norm.offsets.source_start(at), norm.offsets.source_end(at + len("其中予以公开2件"))
    assert WRAPPED[start:end] == "其中予以公开\n2件"


def test_texts_of_one_paragraph_a_line_are_left_as_they_are():
    paragraphs = "\n".join([
        "一、总体情况",
        "2023年，本机关全年主动公开政府信息8652条，其中政策文件126条、政策解读87条，更新政务微信公众号信息1240条，"
        "召开新闻发布会14场",  # a paragraph without its full stop
        "（二）依申请公开",
        "2023年共收到政府信息公开申请133件，较上年增长21.2%，其中当面申请12件、网络申请94件、信函申请27件。",
        "抚州市某区人民政府办公室",
        "2024年1月26日",
    ] * 3)
    assert wrap_edits(paragraphs) == []
    # a table whose rows are flattened onto lines of their own
    rows = "\n".join(f"（{n}）某某申请事项的办理结果第{n}项说明文字较长的一行{n}0{n}0000{n}" for n in range(1, 12))
    assert wrap_edits(rows) == []


def test_a_list_of_titles_of_one_width_is_no_wrapped_paragraph():
    titles = "\n".join(f"某某县人民政府{year}年政府信息公开工作年度报告" for year in range(2016, 2024))
    assert wrap_edits("政府信息公开年报\n" + titles + "\n共8条 首页 上一页 1 下一页 尾页\n") == []


def test_a_figure_cut_at_a_lines_end_is_one_figure_and_latin_words_keep_their_space():
    cut = WRAPPED.replace("主动公开各类信息312条，其\n中：", "主动公开各类信息1,3\n12条，其中：").replace(
        "落实“三审三校”制度，全年审核拟公开\n信息", "落实“三审三校”制度，接入Open\nData平台，审核拟公开信息")
    text = normalize_text(cut).text
    assert "主动公开各类信息1,312条，其中：" in text and "接入Open Data平台" in text


def test_a_figure_cut_between_its_scale_and_its_unit_is_one_figure_on_a_short_line():
    # round AD: 完成造林5.2万 / 亩。 on a line short of the page's width stayed cut, and the figure was lost
    cut = WRAPPED.replace("100%。\n", "100%。新建通村道路2.4万\n米。发放补贴每户300元/\n月。\n")
    text = normalize_text(cut).text
    assert "新建通村道路2.4万米。发放补贴每户300元/月。" in text
