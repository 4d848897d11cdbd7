"""Metric labels on constructed sentences (not taken from the samples): each case is one way official prose names
what a figure counts."""
import pytest

from govpipeline.lib.extract import extract_facts


def labels(text):
    return {f.quote: f.metric for f in extract_facts(text, 2020).facts}


@pytest.mark.parametrize("text, expected", [
    # 涉及…等N个部门: the named departments are examples; what involves them follows, or was named before
    ("区政务中心将涉及区人社局等12个部门的230项事项纳入综合窗口受理。",
     {"12个": "事项纳入综合窗口受理涉及部门", "230项": "事项纳入综合窗口受理"}),
    ("全区新增进驻事项40项，涉及区卫健局等5家单位。", {"40项": "新增进驻事项", "5家": "新增进驻事项:涉及单位"}),
    ("建成涵盖3200宗土地、1.2万户的不动产数据库。", {"3200宗": "不动产数据库涵盖土地", "1.2万户": "不动产数据库涵盖户数"}),
    ("网上政务服务平台涵盖1200项服务事项。", {"1200项": "网上政务服务平台涵盖服务事项"}),
    # figures listed with 、 share the words before the first; a pair joined by 和 is one noun
    ("共进驻30家单位、520项行政审批和公共服务事项。", {"30家": "进驻单位", "520项": "进驻行政审批和公共服务事项"}),
    ("受理申请120件，其中网上办结100件和现场办结18件。",
     {"120件": "受理申请", "100件": "受理申请:网上办结", "18件": "受理申请:现场办结"}),
    # short names of figures in one unit, one after the other, are siblings; a rate is not one of a time
    ("直办37527件（52.7%），转办33657件（47.3%）。",
     {"37527件": "直办", "52.7%": "直办占比", "33657件": "转办", "47.3%": "转办占比"}),
    ("行政复议0件，行政诉讼0件，申诉0件。", {"0件": "申诉"}),
    # kinds of one classification, however long their names, are siblings too
    ("按诉求类型分，咨询类2461件，意见建议类318件，表扬类97件。", {"2461件": "咨询类", "318件": "意见建议类", "97件": "表扬类"}),
    ("平均办理时间3天，办结率100%。", {"3天": "平均办理时间", "100%": "办结率"}),
    # 为/向/帮助 N户X + what was done for them + an amount: the count names the ones served, the amount the deed
    ("全年累计为3.6万户纳税人减免税费12.8亿元。", {"3.6万户": "减免税费纳税人", "12.8亿元": "减免税费"}),
    ("帮助326家企业解决融资86亿元，向230户困难家庭发放救助金。",
     {"326家": "解决融资企业", "86亿元": "解决融资", "230户": "领取救助金困难家庭"}),
    ("全市企业数量为1200家，同比增长5%。", {"1200家": "企业数量", "5%": "企业数量同比增长"}),
    # 压缩至/增长到 a figure: the figure is the level reached, named for what reached it and marked so; parts
    # compressed alike (not adding up to it) are its parts
    ("将项目审批时间压缩至30个工作日，比省定标准的45个工作日减少15个工作日。其中立项用地规划许可压缩至8个工作日，"
     "施工许可压缩至10个工作日。", {"30个工作日": "项目审批时间(压缩至)", "45个工作日": "比省定标准时间",
                          "15个工作日": "项目审批时间减少", "8个工作日": "项目审批时间:立项用地规划许可(压缩至)",
                          "10个工作日": "项目审批时间:施工许可(压缩至)"}),
    ("1-9月，办件量增长到12万件。", {"12万件": "办件量(增长到)(1-9月)"}),
    ("将开办环节精简至3个。", {"3个": "开办环节(精简至)"}),
    # the time words before what is counted are no part of its name
    ("今年以来共受理申请120件。", {"120件": "受理申请"}),
    ("人民调解组织共调解矛盾纠纷4821件。", {"4821件": "人民调解组织调解矛盾纠纷"}),
    ("受理申请120件，办结率100%。", {"120件": "受理申请", "100%": "受理申请:办结率"}),
    # the scope after a stock's time: 年末 stays in the name, 全市 goes to the scope (checked below)
    ("年末全市常住人口425.6万人，比上年末增加2.1万人。", {"425.6万人": "年末常住人口", "2.1万人": "年末常住人口比上年末增加"}),
    # 对 opens 对接, not only a preposition; a 了 left at a label's head is no word of it
    ("依托大数据中心对接了审批监察系统等共计60多个应用系统。", {"60多个": "对接审批监察系统等应用系统"}),
    # a long clause before names a figure from a listed word on, not from inside one
    ("按照集成化、标准化、智能化、人性化标准建设新市民服务中心，总面积20901㎡。",
     {"20901㎡": "标准化、智能化、人性化标准建设新市民服务中心:总面积"}),
    # a bracket without figures is part of a listed name, not an aside between figures
    ("全县12个乡镇（街道）便民服务中心、186个村（社区）便民服务站。",
     {"12个": "乡镇（街道）便民服务中心", "186个": "村（社区）便民服务站"}),
    # a rate is of the count before, not of one in brackets after it
    ("发布政策解读材料64篇（图文解读41篇、视频解读9个），解读率达100%。",
     {"64篇": "发布政策解读材料", "41篇": "图文解读", "9个": "视频解读", "100%": "发布政策解读材料:解读率"}),
    # a subject alone, of the kind that opens the figure before, takes its measure
    ("城镇居民恩格尔系数为29.8%，农村居民为32.1%。", {"29.8%": "城镇居民恩格尔系数", "32.1%": "农村居民恩格尔系数"}),
    ("市级事项办结率99.5%，县级98.7%。", {"99.5%": "市级事项办结率", "98.7%": "县级事项办结率"}),
    # a figure before 中 is the whole the figures after break down; a rank is no part of a score's name
    ("受理的286件申请中，予以公开172件，部分公开38件。",
     {"286件": "受理申请", "172件": "受理申请:予以公开", "38件": "受理申请:部分公开"}),
    ("在办理的12件中，已办结10件。", {"12件": "办理", "10件": "办理:办结"}),
    ("在全省营商环境评价中排名第3位，得分92.6分。", {"92.6分": "营商环境评价:得分"}),
    # a verb opening the next sentence counts what the paragraph's first figure did
    ("共收到行政复议申请1256件，受理1103件，告知其他途径解决55件。审结1087件，其中维持712件。",
     {"1256件": "收到行政复议申请", "1103件": "受理行政复议申请", "55件": "告知其他途径解决", "1087件": "审结行政复议申请",
      "712件": "审结行政复议申请:维持"}),
    # a rate that holds for each figure before (均) is named after none of them
    ("全年共办理人大代表建议86件、政协提案124件，办复率均为100%。",
     {"86件": "办理人大代表建议", "124件": "办理政协提案", "100%": "办复率"}),
    # a time before a rate's name is part of the name
    ("15秒接通率98.5%，人工接通率96.2%。", {"98.5%": "15秒接通率", "96.2%": "人工接通率"}),
    # 由…组成: parts of the named whole
    ("县级标准体系由12个子体系、300项标准组成。", {"12个": "县级标准体系组成子体系", "300项": "县级标准体系组成标准"}),
    ("共建成由8个分中心组成的政务服务体系。", {"8个": "政务服务体系:分中心"}),
    # 除…外，其余: the rest is a part of the total named before
    ("全县保留的政务服务事项210项，除5项暂不进驻外，其余的205项实现应进全进。",
     {"210项": "保留的政务服务事项", "5项": "保留的政务服务事项:暂不进驻",
      "205项": "保留的政务服务事项:实现应进全进"}),
    # a list of names before the count: the words before the list and the noun after the figure
    ("城镇调查失业率控制在5.2%以内。", {"5.2%以内": "城镇调查失业率"}),
    ("“好差评”系统共收到评价3.1万条。", {"3.1万条": "“好差评”系统收到评价"}),  # 共 only says it is a total
    ("将企业开办环节精简为申请、审核、发照3个环节。", {"3个": "企业开办环节精简"}),
    ("大厅设置“社保专区”、“医保专区”等五类综合专区。", {"五类": "大厅设置综合专区"}),
    # the same verb as the figure before: its subject and object carry over
    ("各政务新媒体共发布信息12000条，平均每天发布33条。",
     {"12000条": "各政务新媒体发布信息", "33条": "各政务新媒体平均每天发布信息"}),
    # a parenthesis inside the words is part of them; 统一 is a word, not a figure
    ("公布投诉热线(信箱)办理答复520件。", {"520件": "公布投诉热线(信箱)办理答复"}),
    ("网上平台共统一收件500件，办结480件。", {"500件": "网上平台共统一收件", "480件": "网上平台共统一收件:办结"}),
    # the reporting body names itself (本机关, 我委): that is no part of what is counted; a bare verb opening the next
    # sentence of the paragraph takes the object of the whole before, not of its last part
    ("本机关共收到政府信息公开申请52件，其中自然人申请48件，法人或其他组织申请4件。已答复45件。",
     {"52件": "收到政府信息公开申请", "48件": "收到政府信息公开申请:自然人申请",
      "4件": "收到政府信息公开申请:法人或其他组织申请", "45件": "答复政府信息公开申请"}),
    ("我委全年新收政府信息公开申请18件，办结17件。", {"18件": "新收政府信息公开申请", "17件": "办结政府信息公开申请"}),
    ("本中心全年受理各类办件3.2万件。", {"3.2万件": "受理各类办件"}),
    # the parts after 其中 belong to the figure of their own verb, when they add up to none
    ("共受理各类事项12.6万件，办结12.5万件。其中，不动产登记窗口受理2.3万件，社保窗口受理3.1万件。",
     {"12.6万件": "受理各类事项", "12.5万件": "办结各类事项", "2.3万件": "受理各类事项:不动产登记窗口受理",
      "3.1万件": "受理各类事项:社保窗口受理"}),
    # the pace of a change (增速) is named after what changed
    ("全年办件量126.5万件，同比增长12.3%，增速较上年提高2.1个百分点。",
     {"126.5万件": "办件量", "12.3%": "办件量同比增长", "2.1个百分点": "办件量增速较上年提高"}),
    # a ranking's lead-in is no part of the first name it lists
    ("排名前三的是城乡建设（8.6万件）、劳动保障（6.5万件）和教育（3.8万件）。",
     {"8.6万件": "城乡建设", "6.5万件": "劳动保障", "3.8万件": "教育"}),
    # a time before 办结 or 发证 is the time it takes to do that
    ("一般事项实现1个工作日办结，复杂事项5个工作日内办结。",
     {"1个工作日": "一般事项办结时间", "5个工作日": "复杂事项办结时限"}),
    # a run of years counts years (its label says so, without when the run began)
    ("政务服务工作从2018年起连续三年获评全省优秀单位。", {"三年": "政务服务工作连续获评全省优秀单位年数"}),
    # a short name right after a part is the next part, and after a verb that took the object before it takes it too;
    # one with its own verb, or a rate, is not
    ("全年清理规范性文件45件，废止3件，宣布失效2件。",
     {"45件": "清理规范性文件", "3件": "废止规范性文件", "2件": "宣布失效规范性文件"}),
    ("全年制发规范性文件15件，废止3件，现行有效86件。",
     {"15件": "制发规范性文件", "3件": "废止规范性文件", "86件": "现行有效规范性文件"}),
    ("收到申请52件，其中当面申请12件，网络申请40件，办结申请50件，办结率96.2%，按期办结率95.1%。",
     {"52件": "收到申请", "12件": "收到申请:当面申请", "40件": "收到申请:网络申请", "50件": "办结申请",
      "96.2%": "收到申请:办结率", "95.1%": "按期办结率"}),
    # 共 that opens a word (共享, 共建) is no total mark
    ("共享交换数据28.6亿条，共建共治项目12个，共受理申请120件。",
     {"28.6亿条": "共享交换数据", "12个": "共建共治项目", "120件": "受理申请"}),
    # a level reached by 扩展至, like 压缩至
    ("“一件事一次办”集成服务事项扩展至68项。", {"68项": "“一件事一次办”集成服务事项(扩展至)"}),
    # 本年 opening a name is the report's year, no part of the name
    ("本年制发规范性文件5件，废止2件，现行有效规范性文件共37件。",
     {"5件": "制发规范性文件", "2件": "废止规范性文件", "37件": "现行有效规范性文件"}),
    # 县政府 at the head is who; 依法 is how, no part of the name: the verbs after take the object of the first
    ("县政府共收到行政复议申请56件，依法受理51件，审结49件。",
     {"56件": "收到行政复议申请", "51件": "受理行政复议申请", "49件": "审结行政复议申请"}),
])
def test_labels(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a numbered heading run into its first sentence (a one-line page) is the section, not the name
    ("四、其他需要报告的事项本年度共收取信息处理费300元。", {"300元": "收取信息处理费"}),
    ("（三）平台建设我局新开设政务公开专栏2个。", {"2个": "新开设政务公开专栏"}),
    # a share in brackets after what the requests are about names that thing
    ("申请内容主要涉及房屋征收补偿（占37.5%）和户籍管理。", {"37.5%": "房屋征收补偿占比"}),
    ("来信主要集中于“证照办理”（42件）。", {"42件": "证照办理"}),
    # a part of the year in a figure's own words is its window; one named alone is of the figure before's measure
    ("热线受理量第一季度4.2万件，第二季度5.1万件；一季度末积压工单120件。",
     {"4.2万件": "热线受理量(一季度)", "5.1万件": "热线受理量(二季度)", "120件": "一季度末积压工单"}),
    ("上半年新增市场主体3260户，下半年新增4120户。",
     {"3260户": "新增市场主体(上半年)", "4120户": "新增市场主体(下半年)"}),
    # a month named alone is the window of the measure before in its unit, past a change
    ("一季度共受理群众诉求15.6万件，同比增长5.1%。其中，1月5.8万件，2月4.3万件，3月份5.5万件。",
     {"15.6万件": "受理群众诉求(一季度)", "5.1%": "受理群众诉求同比增长(一季度)", "5.8万件": "受理群众诉求(1月)",
      "4.3万件": "受理群众诉求(2月)", "5.5万件": "受理群众诉求(3月)"}),
    # figures listed after 分别 under a range of quarters are one quarter's each; a range from the first quarter is
    # the months since the year's start, one that ends later in the year is no window
    ("一至三季度分别办结工单3.8万件、4.2万件、4.9万件。",
     {"3.8万件": "办结工单(一季度)", "4.2万件": "办结工单(二季度)", "4.9万件": "办结工单(三季度)"}),
    ("第1季度至第2季度分别新增企业320户、410户；1-3季度累计受理诉求9.6万件；二至三季度办结5.1万件。",
     {"320户": "新增企业(一季度)", "410户": "新增企业(二季度)", "9.6万件": "累计受理诉求(1-9月)",
      "5.1万件": "二至三季度办结"}),
    # an earlier year's figure the later one doubled is of the same measure
    ("全年办理不动产登记8600件，较2021年的4300件翻了一番。",
     {"8600件": "办理不动产登记", "4300件": "办理不动产登记"}),
    # a bare average after a count is that count's average
    ("全年接听来电36.2万个，日均992个。", {"36.2万个": "接听来电", "992个": "日均接听来电"}),
    # the weight of what a sentence takes into an assessment
    ("将政务公开工作纳入部门绩效考评，权重为4%。", {"4%": "政务公开权重"}),
    # the level a rate reached after its change in points is that rate
    ("（二）热线运行。网上办件率较上年提高6.5个百分点，达到81.2%。",
     {"6.5个百分点": "网上办件率较上年提高", "81.2%": "网上办件率"}),
    # an aside in brackets after a figure is that figure's, not the next name's
    ("发布招标公告3120条（不含更正公告）、中标公告2876条。", {"3120条": "发布招标公告", "2876条": "中标公告"}),
])
def test_one_line_pages_and_brackets(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("保留权力事项920项，其中行政许可、行政处罚和其他权力分别为100项、700项、120项。",
     {"100项": "保留权力事项:行政许可", "700项": "保留权力事项:行政处罚", "120项": "保留权力事项:其他权力"}),
    ("甲级、乙级分别受理申请1.1万件和0.9万件。", {"1.1万件": "甲级受理申请", "0.9万件": "乙级受理申请"}),
    ("上半年、下半年办件量分别为3.2万件和4.1万件。", {"3.2万件": "办件量(上半年)", "4.1万件": "办件量(下半年)"}),
    ("线上、线下办件占比分别为61.5%、38.5%。", {"61.5%": "线上办件占比", "38.5%": "线下办件占比"}),
    # a word that names two things at once: 城乡 is 城镇 and 农村
    ("城乡居民人均可支配收入分别达到38260元和19470元。",
     {"38260元": "城镇居民人均可支配收入", "19470元": "农村居民人均可支配收入"}),
    # 三次产业 is three things: as many figures follow
    ("三次产业分别完成增加值8.6亿元、31.7亿元、52.4亿元，同比分别增长2.9%、5.4%、6.1%。",
     {"8.6亿元": "第一产业增加值", "52.4亿元": "第三产业增加值", "5.4%": "第二产业增加值同比增长"}),
])
def test_names_listed_before_分别_go_to_the_figures_in_order(text, expected):
    got = labels(text)
    assert {q: got[q] for q in expected} == expected


def test_该_names_the_thing_named_before():
    text = "上线运行“一网通办”系统，覆盖全部乡镇。全年该系统共受理申请5210件，办结5102件。"
    assert labels(text) == {"5210件": "“一网通办”系统受理申请", "5102件": "“一网通办”系统受理申请:办结"}


def test_a_body_numbered_in_a_list_before_a_colon_is_the_scope():
    text = "四、各单位办理情况\n1.区住建局：承办工单3216件，按时办结率98.7%；\n2.区人社局：办件量1962件。\n（一）工单办理：已办结33856件。"
    assert [(f.quote, f.metric, f.scope) for f in extract_facts(text, 2023).facts] == [
        ("3216件", "承办工单", "区住建局"), ("98.7%", "按时办结率", "区住建局"), ("1962件", "办件量", "区人社局"),
        ("33856件", "工单办理:办结", None)]
    # an ordinal before a name that is no body's: the name is what is counted
    assert [(f.metric, f.scope) for f in extract_facts("2.市直设有常驻窗口的单位(17个):市质监局、市公安局。", 2023).facts] \
        == [("市直设有常驻窗口的单位", None)]


def test_a_half_width_semicolon_ends_a_list_of_parts():
    # a crawled page's half-width punctuation: the list that 其中 opens ends at ; as at ；
    assert labels("全年举办业务培训班15期,其中专题培训6期;开展督导检查4次;走访企业230家。") == {
        "15期": "举办业务培训班", "6期": "举办业务培训班:专题培训", "4次": "开展督导检查", "230家": "走访企业"}


def test_the_scope_after_a_resolve_is_the_targets_scope():
    # 确保全区…: the resolve marks a target, and the area after it is who the target is for, not part of its name
    assert [(f.metric, f.scope) for f in extract_facts("明年，确保全区城镇调查失业率控制在5.5%以内。", 2023).facts] == [
        ("城镇调查失业率(目标)", "全区")]


def test_a_period_opening_the_label_goes_last():
    assert labels("1至10月份受理申请320件。") == {"320件": "受理申请(1-10月)"}  # one way to write a window
    # the year's end and its twelve months are no narrower window
    assert labels("截至2023年12月底，参保人数达到286.4万人。1-12月受理申请320件。") == {
        "286.4万人": "参保人数", "320件": "受理申请"}


def test_a_part_of_the_year_that_opens_a_clause_is_the_window_of_its_figures():
    text = "第三季度，热线受理诉求5.2万件，同比增长8.2%。其中，咨询类2.6万件，占50.0%。今年上半年，办结率98.5%。"
    assert labels(text) == {
        "5.2万件": "热线受理诉求(三季度)", "8.2%": "热线受理诉求同比增长(三季度)", "2.6万件": "热线受理诉求:咨询类(三季度)",
        "50.0%": "热线受理诉求:咨询类占比(三季度)", "98.5%": "办结率(上半年)"}
    # a part of the year in the figure's own words is its window, and no window of the next
    assert labels("上半年办件量1.2万件，下半年1.5万件。") == {"1.2万件": "办件量(上半年)", "1.5万件": "办件量(下半年)"}


@pytest.mark.parametrize("text, period", [
    ("第二季度，全区热线受理诉求3.6万件，二季度办结率98.2%。其中，第二季度咨询类诉求1.2万件。", "第二季度"),
    ("全区热线受理诉求3.6万件，二季度办结率98.2%。其中，第二季度咨询类诉求1.2万件。", "二季度"),
])
def test_a_quarter_is_spelled_one_way_however_the_text_spells_it(text, period):
    assert [f.metric for f in extract_facts(text, 2024, period).facts] == \
        ["热线受理诉求(二季度)", "办结率(二季度)", "热线受理诉求:咨询类诉求(二季度)"]


def test_the_part_of_the_year_a_whole_report_covers_is_the_window_of_its_figures():
    text = ("本季度，热线受理诉求5.2万件，同比增长8.2%，其中咨询类2.6万件。1-8月，办结率98.5%。"
            "今年以来累计受理诉求15.3万件。全年预计受理诉求20万件。")
    assert {f.quote: f.metric for f in extract_facts(text, 2024, "第三季度").facts} == {
        "5.2万件": "热线受理诉求(三季度)", "8.2%": "热线受理诉求同比增长(三季度)", "2.6万件": "热线受理诉求:咨询类(三季度)",
        "98.5%": "办结率(1-8月)", "15.3万件": "受理诉求(1-9月)", "20万件": "预计受理诉求"}
    # since the year's start is the months up to the period's end; the whole year has no window
    year_to_date = "今年以来累计受理诉求15.3万件。"
    assert [f.metric for f in extract_facts(year_to_date, 2024, "10月").facts] == ["受理诉求(1-10月)"]
    assert [f.metric for f in extract_facts(year_to_date, 2024, "第四季度").facts] == ["受理诉求"]
    # a report of the whole year gives its figures no window
    assert labels(text)["5.2万件"] == "热线受理诉求"


def test_a_flow_beside_its_counterpart_takes_its_subject_and_is_no_part_of_it():
    assert labels("医保基金收入12.4亿元，支出11.2亿元，当期结余1.2亿元，累计结余9.8亿元。"
                  "社保基金总收入50亿元，总支出46亿元，滚存结余30亿元。") == {
        "12.4亿元": "医保基金收入", "11.2亿元": "医保基金支出", "1.2亿元": "医保基金当期结余", "9.8亿元": "医保基金累计结余",
        "50亿元": "社保基金总收入", "46亿元": "社保基金总支出", "30亿元": "社保基金滚存结余"}
    # parts of a total stay its parts
    assert labels("进出口总额18亿元，其中进口12亿元，出口6亿元。") == {
        "18亿元": "进出口总额", "12亿元": "进出口总额:进口", "6亿元": "进出口总额:出口"}


def test_nouns_listed_after_a_verb_and_its_object_are_objects_of_that_verb():
    assert labels("市政务服务中心进驻部门46个、窗口218个、事项1386项。") == {
        "46个": "市政务服务中心进驻部门", "218个": "市政务服务中心进驻窗口", "1386项": "市政务服务中心进驻事项"}
    # what names a verb of its own, or a part after 其中, is no such object
    assert labels("受理申请120件、办结118件。其中咨询类69件、投诉类31件。")["118件"] == "办结申请"
    # a channel listed with a publishing verb of its own keeps its own words (not 网站刊登客户端推送…)
    assert labels("门户网站刊登动态860条、移动客户端推送动态1320条、今日头条号转载动态95条。") == {
        "860条": "门户网站刊登动态", "1320条": "移动客户端推送动态", "95条": "今日头条号转载动态"}


def test_adjacent_figures_share_their_words():
    assert labels("发放低保金六十二点五万元，受益对象二百一十户三百八十六人。") == {
        # who gained from the allowance, told apart by their unit
        "六十二点五万元": "发放低保金", "二百一十户": "低保金受益对象户数", "三百八十六人": "低保金受益对象人数"}


def test_template_terms_and_results_lists():
    text = "全年受理申请40件。上年结转2件。办理结果：予以公开20件，部分公开6件，无法提供14件，结转下年度2件。"
    # the results (42) add up to no one figure before them: none is their total
    assert [f.metric for f in extract_facts(text, 2020).facts] == [
        "受理申请", "上年结转", "办理结果:予以公开", "办理结果:部分公开", "办理结果:无法提供", "办理结果:结转下年度"]
    assert labels("被申请行政复议3件，结果维持2件，纠正1件。") == {
        "3件": "被申请行政复议", "2件": "被申请行政复议:维持", "1件": "被申请行政复议:纠正"}


def test_measures_named_in_full_are_siblings_not_parts():
    # the second takes the first one's parent, not the first one as its parent
    assert labels("开展窗口考核，平均分91.6分，最高分98分，最低分83分。") == {
        "91.6分": "开展窗口考核:平均分", "98分": "开展窗口考核:最高分", "83分": "开展窗口考核:最低分"}
    assert labels("政务微信全年总阅读量860万人次，粉丝数增至24.3万人。")["24.3万人"] == "粉丝数"
    # a bare verb still takes its object from the clause before
    assert labels("全年受理申请96件，办结90件。")["90件"] == "办结申请"


def test_a_figure_against_its_plan_is_a_completion_rate_of_the_figure_before():
    facts = {f.quote: f for f in extract_facts("全年税收收入完成52.6亿元，为年初预算的103.4%。", 2022).facts}
    assert (facts["103.4%"].kind, facts["103.4%"].metric) == ("rate", "税收收入:预算完成率")


def test_a_percentage_before_的_and_a_noun_is_a_share_of_those_things():
    facts = {f.quote: f for f in extract_facts("全区已有96%的政务服务事项实现全程网办，并按照10%的抽查比例开展核查。", 2022).facts}
    assert (facts["96%"].kind, facts["96%"].metric) == ("share", "政务服务事项实现全程网办占比")
    assert facts["10%"].kind == "rate" and facts["10%"].metric.startswith("抽查比例")


def test_objects_listed_after_a_figure_take_the_verb_its_words_open_with():
    assert labels("落实减税降费政策，惠及企业1.2万家、群众3.5万人次。") == {"1.2万家": "惠及企业", "3.5万人次": "惠及群众"}
    assert labels("全年培训执法人员1200人次、企业负责人3000人次。")["3000人次"] == "培训企业负责人"
    # a verb inside a name is none (不动产登记中心), and a listed verb brings its own (办结)
    assert labels("不动产登记中心延时服务150次、上门服务10次。")["10次"] == "上门服务"
    assert labels("受理申请120件、办结115件。")["115件"] == "办结申请"


@pytest.mark.parametrize("text, expected", [
    ("政务微博、微信公众号全年发布信息2300条、1860条。", {"2300条": "政务微博发布信息", "1860条": "微信公众号发布信息"}),
    ("网站、微博、微信共发布信息1200条、800条、650条。",
     {"1200条": "网站发布信息", "800条": "微博发布信息", "650条": "微信发布信息"}),
    # one figure for the names together; and no word where the shared words begin (审批 also names things)
    ("政务微博、微信公众号发布信息2300条。", {"2300条": "政务微博、微信公众号发布信息"}),
    ("行政许可、行政审批事项1200项、300项。", {"1200项": "行政许可、行政审批事项", "300项": "行政许可、行政审批事项"}),
])
def test_names_and_figures_listed_alike_without_分别_pair_in_order(text, expected):
    assert labels(text) == expected


def test_a_verb_that_only_links_a_thing_to_its_figure_is_dropped():
    assert labels("全市地区生产总值完成3256.8亿元，增长6.2%。")["3256.8亿元"] == "地区生产总值"
    assert labels("全年税收收入实现52.6亿元。")["52.6亿元"] == "税收收入"
    assert labels("外贸进出口总额首次突破100亿元。")["突破100亿元"] == "外贸进出口总额"
    assert labels("受理申请120件，完成115件。")["115件"] == "完成申请"  # a verb alone stays, with its object


def test_a_rate_named_after_the_part_before_it_is_not_a_part_of_that_part():
    assert labels("共收到评价52.3万条，其中好评52.1万条，好评率99.6%。")["99.6%"] == "收到评价:好评率"


def test_a_listed_part_in_another_unit_is_named_after_the_total_but_not_summed():
    result = extract_facts("主动公开政府信息1236条，其中政策文件35件、规划计划12条、财政预决算信息8条。", 2022)
    assert {f.quote: f.metric for f in result.facts}["35件"] == "主动公开政府信息:政策文件"
    sums = [[result.facts[i].quote for _, i in r.members] for r in result.relations if r.relation_type == "sum"]
    assert sums == [["1236条", "12条", "8条"]]


def test_the_whole_area_before_a_noun_is_the_scope():
    facts = extract_facts("全县政务服务事项网上可办率达到98.5%。全市场主体达到1.2万户。", 2022).facts
    assert [(f.scope, f.metric) for f in facts] == [("全县", "政务服务事项网上可办率"), (None, "全市场主体")]


def test_a_figure_after_link_words_alone_shares_the_words_before_the_first():
    # the run of years is the other figure's (粮食产量连续年数)
    assert labels("粮食产量连续三年稳定在500万吨以上。") == {"三年": "粮食产量连续年数", "500万吨以上": "粮食产量"}


def test_a_bare_part_of_the_year_takes_its_siblings_measure():
    assert labels("上半年办件量12.3万件，下半年15.6万件。") == {"12.3万件": "办件量(上半年)", "15.6万件": "办件量(下半年)"}
    assert labels("一季度受理申请320件，二季度410件。")["410件"] == "受理申请(二季度)"


def test_a_share_with_another_name_in_brackets_is_still_a_share_of_the_total():
    result = extract_facts("年末常住人口286.5万人。其中，城镇常住人口185.3万人，占常住人口比重（常住人口城镇化率）为64.68%。", 2023)
    share = result.facts[-1]
    assert (share.kind, share.metric) == ("share", "年末常住人口:城镇常住人口占常住人口比重（常住人口城镇化率）")
    (relation,) = [r for r in result.relations if r.relation_type == "share"]
    assert [(role, result.facts[i].quote) for role, i in relation.members] == [
        ("part", "185.3万人"), ("total", "286.5万人"), ("share", "64.68%")]
    assert extract_facts("按时办结率（按期）为98.2%。", 2023).facts[0].kind == "rate"  # the words outside decide


def test_a_lone_一_in_a_name_stays_in_the_name_of_the_figures_after_it():
    assert labels("全年推出“一件事”集成服务场景26个，累计办件4.3万件。")["4.3万件"] == "推出“一件事”集成服务场景:办件"


def test_an_aside_with_its_own_figure_is_not_part_of_the_name_after_it():
    got = labels("全年共收到政府信息公开申请215件（上年结转12件），已办结208件。")
    assert got["208件"] == "办结政府信息公开申请"
    assert labels("全年共收到政府信息公开申请215件（上年结转12件），其中网上申请180件。")["180件"] == \
        "收到政府信息公开申请:网上申请"


def test_figures_listed_before_a_total_name_no_parent_of_it():
    got = labels("（一）一般公共预算\n加上上级补助收入256.8亿元、债务转贷收入45.2亿元，收入总计446.6亿元。")
    assert got["256.8亿元"] == "上级补助收入"  # 加上 only links the list to the figures before
    assert got["446.6亿元"] == "收入总计"  # the total of the flows, named by itself


def test_plus_before_a_budget_line_that_opens_with_shang_is_not_the_conjunction_jiashang():
    # 加 (plus) before 上级补助 / 上解 / 上年结转: the line keeps its 上; 加上 (plus) before another line goes whole
    got = labels("县本级一般公共预算收入3.6亿元，加上级补助收入12.4亿元、上年结转0.8亿元，收入总计16.8亿元。")
    assert got["12.4亿元"] == "上级补助收入"
    got = labels("镇一般公共预算支出9800万元，加上解县级支出320万元，加上年结转资金150万元，支出总计10270万元。")
    assert got["320万元"] == "上解县级支出"
    assert got["150万元"] == "上年结转资金"
    assert labels("本年收入2.1亿元，加上调入资金0.3亿元，收入合计2.4亿元。")["0.3亿元"] == "调入资金"


def test_a_label_ending_in_the_average_before_takes_what_that_average_measures():
    got = labels("政务服务大厅日均接待办事群众3200人次，高峰期日均4500人次。")
    assert got["4500人次"] == "政务服务大厅高峰期日均接待办事群众"


def test_abbreviated_ordinal_names_and_names_of_figures_in_other_units_pair_in_order():
    result = extract_facts("第一、二、三产业增加值分别增长3.2%、7.1%和6.3%。", 2023)
    assert [(f.metric, f.kind) for f in result.facts] == [
        ("第一产业增加值增长", "change"), ("第二产业增加值增长", "change"), ("第三产业增加值增长", "change")]
    assert labels("全年办件量、好评率分别达到12.6万件和99.8%。") == {"12.6万件": "办件量", "99.8%": "好评率"}


def test_本年度_opening_a_label_is_the_reports_year_and_goes():
    assert labels("本年度共召开县政府常务会议24次。")["24次"] == "召开县政府常务会议"


def test_last_years_figure_before_a_change_is_named_after_what_the_sentence_measures():
    got = labels("全年共收到政府信息公开申请156件，较2021年的132件增长18.2%。")
    assert got["132件"] == "收到政府信息公开申请"


def test_the_attribute_of_a_breakdown_is_no_parent_of_its_parts():
    assert labels("按诉求类型分，咨询类31.2万件，占54.9%；投诉类18.6万件，占32.7%。")["31.2万件"] == "咨询类"


def test_a_long_explanation_in_brackets_leaves_the_name():
    got = labels("办理人大代表建议86件，其中A类（所提问题已解决或基本解决）建议52件，B类（所提问题正在解决）建议34件。")
    assert got["52件"] == "办理人大代表建议:A类建议"
    assert labels("每千人口执业（助理）医师3.2人。")["3.2人"] == "每千人口执业（助理）医师"  # a short one stays


def test_a_bare_verb_takes_the_object_of_a_figure_a_few_clauses_before():
    got = labels("本年度新收政府信息公开申请120件，上年结转3件，办结118件，结转下年度5件。")
    assert got["118件"] == "办结政府信息公开申请"


def test_a_table_rows_cell_boundary_is_no_part_of_a_label():
    assert labels("指标\t数值\n受理量\t12563件\n")["12563件"] == "受理量"


def test_a_tab_ends_a_clause_as_a_comma_does():
    assert labels("指标\t数值\t同比\n受理量\t12563件\t增长5.2%\n")["5.2%"] == "受理量增长"


def test_the_scope_named_after_a_stocks_time():
    assert [f.scope for f in extract_facts("年末全市政府债务余额356.8亿元。", 2023).facts] == ["全市"]


def test_the_reporting_body_and_the_year_before_it_are_no_scope():
    facts = extract_facts("本年度我局共受理政府信息公开申请36件。我市政务服务中心全年受理办件2.1万件。", 2020).facts
    assert [(f.metric, f.scope) for f in facts] == [("受理政府信息公开申请", None), ("受理办件", "我市政务服务中心")]


@pytest.mark.parametrize("text", ["部分承办单位办理质量不高，重复来电12836件。", "个别乡镇政务服务中心回复不及时，超期工单58件。"])
def test_some_of_the_bodies_are_no_scope(text):
    assert [f.scope for f in extract_facts(text, 2024).facts] == [None]


def test_the_subject_after_a_sentences_time_is_the_scope_of_all_its_figures():
    text = ("2023年，县政务服务中心共进驻部门38个，进驻事项1126项。今年以来，市行政审批服务局共受理事项2.3万件，办结2.2万件。"
            "2023年，以市政府新闻办名义召开新闻发布会39场。")
    assert [(f.quote, f.scope) for f in extract_facts(text, 2023).facts] == [
        ("38个", "县政务服务中心"), ("1126项", "县政务服务中心"), ("2.3万件", "市行政审批服务局"), ("2.2万件", "市行政审批服务局"),
        ("39场", None)]  # 以…名义 is how, not who


def test_a_heading_that_names_another_year_gives_its_figures_that_year():
    text = ("一、2023年工作回顾\n全年城镇新增就业1.8万人。\n二、2024年主要目标\n城镇新增就业2万人以上，地区生产总值增长6%左右。\n"
            "三、2019—2023年成效\n累计新增就业8.5万人。\n")
    assert [(f.quote, f.year) for f in extract_facts(text, 2023).facts] == [
        ("1.8万人", None), ("2万人以上", 2024), ("6%左右", 2024), ("8.5万人", None)]  # a span of years is no one year


def test_a_rate_after_a_list_of_counts_is_named_after_none_of_them_nor_the_section():
    text = "六、其他需要报告的事项\n本年度办理人大代表建议35件、政协委员提案42件，办复率100%。\n"
    assert labels(text) == {"35件": "办理人大代表建议", "42件": "办理政协委员提案", "100%": "办复率"}


def test_the_channels_listed_before_what_was_published_are_no_part_of_its_name():
    text = ("依托市政府网站、“某市发布”客户端和政务抖音号等多种渠道发布政务信息1520条，同比增长9.1%。"
            "通过政务微博等平台推送政策解读86篇。电商、直播等平台经济交易额达12亿元。")
    assert labels(text) == {"1520条": "发布政务信息", "9.1%": "发布政务信息同比增长", "86篇": "推送政策解读",
                            "12亿元": "电商、直播等平台经济交易额"}


def test_items_counted_with_the_times_each_was_handled_are_one_unit():
    facts = extract_facts("全年复核拟发布稿件2,318条次，排查隐患612家次。", 2023).facts
    assert [(f.quote, f.value, f.unit, f.metric) for f in facts] == [
        ("2,318条次", 2318, "条次", "复核拟发布稿件"), ("612家次", 612, "家次", "排查隐患")]


@pytest.mark.parametrize("text, expected", [
    # the bar a rate of the things counted fails or passes is part of their name, no statistic
    ("全区有4所学校体质健康达标率低于90%，已限期整改。", {"4所": "学校体质健康达标率低于90%"}),
    ("12个村垃圾分类覆盖率均达到100%。", {"12个": "村垃圾分类覆盖率均达到100%"}),
    # a rate aimed at after a clause of work is that rate alone; after a count it may be the count's
    ("明年将加快推进数字化改造，力争网上办理率达到90%。", {"90%": "网上办理率(目标)"}),
    # 本月 and 当月 are the report's own time, no part of a name
    ("当月新增登记企业236家，本月注销企业41家。", {"236家": "新增登记企业", "41家": "注销企业"}),
])
def test_bars_aims_and_the_months_own_words(text, expected):
    assert labels(text) == expected


def test_a_plan_published_among_other_papers_is_no_target():
    text = "全年公开年度预算、采购计划等信息46条，计划新建公厕12座。"
    assert [(f.quote, f.metric) for f in extract_facts(text, 2022).facts] == [
        ("46条", "公开年度预算、采购计划等信息"), ("12座", "新建公厕(目标)")]


def test_approximate_counts_with_a_verb_and_numbers_written_in_two_parts():
    facts = extract_facts("约有六百名志愿者参加，大约有120家企业参展。全年办理1万5千余件。", 2023).facts
    # the tail of 1万5千 alone would be a wrong figure (5000): better unread
    assert [(f.quote, f.value, f.approx) for f in facts] == [("约有六百名", 600, "约"), ("大约有120家", 120, "约")]


def test_a_rule_of_counting_states_no_count():
    text = "注：多人联名提出同一申请的，按1件计算；同一事项申请5次以上的，按1件统计。全年收到申请86件。"
    assert [(f.quote, f.metric) for f in extract_facts(text, 2022).facts] == [("86件", "收到申请")]


@pytest.mark.parametrize("text, expected", [
    # the template's sections of 一、总体情况 run into their first sentence on a one-line page are no part of a name;
    # 主动公开 alone may open the name itself
    ("（四）政府信息公开平台建设优化专栏设置12个。（五）监督保障情况组织专项督查2次。（一）主动公开政府信息960条。",
     {"12个": "优化专栏设置", "2次": "组织专项督查", "960条": "主动公开政府信息"}),
    # figures in brackets after 其中 are parts of the one before; what a figure includes (含) is said after it, and a
    # verb after both takes the whole's object
    ("全年受理举报86件（其中实名举报31件），办结84件。", {"86件": "受理举报", "31件": "受理举报:实名举报", "84件": "办结举报"}),
    ("全年受理举报86件（含实名举报31件），办结84件。", {"86件": "受理举报", "31件": "受理举报(含实名举报)", "84件": "办结举报"}),
    # a share in brackets after its count, both after what they are about, is that thing's share
    ("反映问题集中在物业管理（45件，占37.5%）。", {"45件": "物业管理", "37.5%": "物业管理占比"}),
    # 将X纳入考核，占比N%: the weight of X
    ("将营商环境评价纳入年度考核，占比6%。", {"6%": "营商环境评价占比"}),
])
def test_one_line_pages_sections_brackets_and_weights(text, expected):
    assert labels(text) == expected


def share_relations(text: str, year: int = 2023) -> list[dict[str, str]]:
    """The share relations of ``text``, each as role -> the quote of its figure."""
    ex = extract_facts(text, year)
    quote = {f.idx: f.quote for f in ex.facts}
    return [{role: quote[i] for role, i in r.members} for r in ex.relations if r.relation_type == "share"]


def test_a_shares_named_base_is_the_figure_its_words_name_not_the_parts_parent():
    shares = share_relations("全年受理办件8.6万件，办结8.4万件，其中即办件5.2万件，占受理总量的60.5%。")
    # 5.2 / 8.6 = 60.5%; of 8.4 it would be 61.9%, a false finding of the report's arithmetic
    assert {"part": "5.2万件", "total": "8.6万件", "share": "60.5%"} in shares


def test_a_share_whose_words_name_a_base_no_figure_holds_takes_the_one_the_figures_bear_out_or_none():
    def shares(text):
        return [share for share in share_relations(text) if share.get("part") == "3.9万件"]
    # 占业务总量的: 3.9 / 6.1 = 63.9% is of the cases received, though the part is listed under the cases closed
    assert shares("全年受理各类事项6.1万件，办结5.8万件。其中即办件3.9万件，占业务总量的63.9%。") == [
        {"part": "3.9万件", "total": "6.1万件", "share": "63.9%"}]
    # no figure bears 58.0% out: the words name another base than the part's whole, so no check is built on a guess
    assert shares("全年受理各类事项6.1万件，办结5.8万件。其中即办件3.9万件，占业务总量的58.0%。") == []


def test_a_share_with_no_base_named_is_of_the_figure_the_figures_bear_out_not_the_parts_parent():
    # 8.32 / 12.65 = 65.8%: of the cases received; of the 12.61万 closed, which 其中 follows, it would be 66.0%, a false
    # finding of the report's arithmetic
    text = "全年共受理各类审批服务事项12.65万件，办结12.61万件，办结率99.7%，其中即办件8.32万件，占65.8%。"
    assert {"part": "8.32万件", "total": "12.65万件", "share": "65.8%"} in share_relations(text)
    # borne out by the parent: the parent stays
    text = "全年共受理各类审批服务事项12.65万件，办结12.61万件，办结率99.7%，其中即办件8.32万件，占66.0%。"
    assert {"part": "8.32万件", "total": "12.61万件", "share": "66.0%"} in share_relations(text)


def test_a_ranking_of_kinds_names_each_kind_not_its_rank():
    # 最多 and 其次是 say where a kind stands, not what is counted; the lead says what the kinds are of
    assert labels("从来电内容看，医疗卫生类最多，为8.2万件；其次是教育类5.6万件。") == {
        "8.2万件": "医疗卫生类来电", "5.6万件": "教育类来电"}


def test_a_time_that_names_a_rate_aimed_at_is_no_figure():
    # 30秒内接听率稳定在95%: the seconds are part of the rate's name, whatever links it to its level
    assert labels("明年，力争30秒内接听率稳定在95%以上。") == {"95%以上": "30秒内接听率(目标)"}


def test_a_shares_named_base_is_the_one_the_figures_bear_out_among_those_its_words_name():
    # 户籍人口 names both the whole and the part listed before (城镇户籍人口): 3.1 / 12.4 = 25.0 %, of the whole
    shares = share_relations("年末户籍人口12.4万人，其中城镇户籍人口5.6万人。年末18周岁以下人口3.1万人，占户籍人口的25.0%。", 2024)
    assert {"part": "3.1万人", "total": "12.4万人", "share": "25.0%"} in shares


def test_a_rate_after_two_parts_that_其中_opens_is_of_their_whole():
    assert labels("全年共受理投诉举报2,410件，其中投诉1,906件，举报504件，办结率98.3%。")["98.3%"] == "受理投诉举报:办结率"


def test_a_notices_addressees_name_no_figure_of_a_page_run_onto_one_line():
    text = "各镇（街道）人民政府，区直各部门： 今年以来，全区共开展督查12次，发现问题37个。"
    assert labels(text) == {"12次": "开展督查", "37个": "发现问题"}


@pytest.mark.parametrize("text", [
    "县自然资源局、县住建局、县人社局诉求量位居前三，分别为2,315件、1,987件、1,402件。",
    "诉求量排名前三位的依次是县自然资源局、县住建局、县人社局，分别为2,315件、1,987件、1,402件。",
])
def test_names_listed_in_the_clause_before_分别为_name_each_figure(text):
    assert list(labels(text).values()) == ["县自然资源局诉求量", "县住建局诉求量", "县人社局诉求量"]


def test_a_share_named_alone_is_no_parent_of_the_next_part():
    text = "从来电类型看，咨询类8,420件，占比52.1%；投诉类4,310件，占比26.7%；求助类3,426件，占比21.2%。"
    assert labels(text)["4,310件"] == "投诉类" and labels(text)["26.7%"] == "投诉类占比"


@pytest.mark.parametrize("text, expected", [
    ("抽查执法案卷120卷，优良率91.5%。", {"120卷": "抽查执法案卷", "91.5%": "抽查执法案卷:优良率"}),
    ("清理规章草案38件，废止6件、修改4件。", {"38件": "清理规章草案", "6件": "废止规章草案", "4件": "修改规章草案"}),
    ("举办法治讲座5场，参加人员430人次。", {"5场": "举办法治讲座", "430人次": "法治讲座参加人员"}),
])
def test_case_files_verbs_sharing_an_object_and_those_who_took_part(text, expected):
    assert labels(text) == expected


def test_a_bare_word_counted_past_a_rate_is_a_part_of_the_sentences_count_not_of_the_heading():
    text = "三、化解行政争议\n全年新发生行政复议案件48件，复议决定按期作出率100%，撤销5件，撤销率10.4%。"
    assert labels(text)["5件"] == "新发生行政复议案件:撤销" and labels(text)["10.4%"] == "新发生行政复议案件:撤销率"


def test_a_year_after_a_figure_is_a_word_of_its_clause_not_the_next_figure():
    assert labels("全年受理申请18件，办结16件，2件结转至2025年办理。")["2件"] == "结转至2025年办理申请"


@pytest.mark.parametrize("text, expected", [
    # a time followed by 内 and what must be done in it is that deadline, named by the doing (and its subject);
    # the words that only set the deadline (最迟应在, 承诺在, 须在, 做到, 自受理之日起) name nothing
    ("对涉及重大突发事件的政务舆情，最迟应在24小时内举行新闻发布会。", {"24小时": "举行新闻发布会时限"}),
    ("对依申请公开事项，承诺在10个工作日内作出答复。", {"10个工作日": "作出答复时限"}),
    ("实行限时办结，一般事项在3个工作日内办结。", {"3个工作日": "一般事项办结时限"}),
    ("自受理之日起15个工作日内作出是否准予许可的决定。", {"15个工作日": "作出是否准予许可的决定时限"}),
    ("12345热线工单须在2个工作日内签收。", {"2个工作日": "12345热线工单签收时限"}),
    ("群众诉求做到30分钟内响应、2小时内到达现场。", {"30分钟": "群众诉求响应时限", "2小时": "群众诉求到达现场时限"}),
    # a time within which things done are counted or rated is no deadline of its own, and a time reached is a level
    ("企业开办时间压缩至1个工作日以内。", {"1个工作日以内": "企业开办时间(压缩至)"}),
])
def test_a_time_followed_by_within_and_a_deed_is_that_deeds_time_limit(text, expected):
    assert labels(text) == expected


def test_a_date_after_a_figure_is_a_word_of_its_clause_and_另有_names_nothing():
    assert labels("全年共收到申请20件，已答复19件，另有1件延期至2015年答复。")["1件"] == "延期至2015年答复申请"
    assert labels("收到申请12件，办结11件，1件延期至2021年3月办结。")["1件"].startswith("延期至2021年3月办结")


@pytest.mark.parametrize("text, expected", [
    # a list's topic that says who did what to a thing is named by the thing and the deed; an activity without the
    # verb that carried it out
    ("区自然资源局对不动产登记流程进行全面优化：压缩办理环节6个，减少申请材料14份。",
     {"6个": "不动产登记流程优化:压缩办理环节", "14份": "不动产登记流程优化:减少申请材料"}),
    ("组织开展安全生产大检查：检查企业326家，整改隐患1024处。",
     {"326家": "安全生产大检查:检查企业", "1024处": "安全生产大检查:整改隐患"}),
])
def test_a_lists_topic_is_the_deed_and_its_object_not_who_carried_it_out(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the rule or plan a deed follows is no parent of what it counts
    ("按照“三级十同”要求，经过两轮审核，公布事项清单。", {"两轮": "审核"}),
    ("根据市政府工作安排，共督查5轮。", {"5轮": "督查"}),
])
def test_the_rule_a_deed_follows_names_nothing_it_counts(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people sent to take part in something are named by what they took part in (同志 says only that they are people)
    ("局领导高度重视，指派3名同志参加了全省业务培训。", {"3名": "参加全省业务培训人员"}),
    ("选派12名干部参加市级集中轮训。", {"12名": "参加市级集中轮训干部"}),
])
def test_people_sent_to_take_part_are_named_by_what_they_took_part_in(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count in digits of the big parts a whole is made of (五大发展理念, in words, is a formula; 第3大 an ordinal)
    ("建成由4大板块、15个专区组成的网上办事大厅。", {"4": "网上办事大厅:大板块", "15个": "网上办事大厅:专区"}),
    ("重点推进5大行动。", {"5": "重点推进大行动"}),
    ("深入践行五大发展理念，第3大类事项全部进驻。", {}),
])
def test_a_count_of_big_parts_in_digits_is_a_figure(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # N个X中已有M个…: the N count X, the M are those of them that did what follows
    ("全市42个在建项目中已有30个完成主体施工，其余正在推进。", {"42个": "在建项目", "30个": "在建项目:完成主体施工"}),
    ("全区16个街道中已有12个街道建成便民服务站。", {"16个": "街道", "12个": "街道:建成便民服务站"}),
])
def test_some_of_those_counted_already(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the whole area said before a parent is the figures' scope, and names none of them: the parts after it are the
    # parent's as the parent is named alone
    ("全旗共发生森林火灾案件12起，查处11起，查处率91.7%。",
     {"12起": ("发生森林火灾案件", "全旗"), "11起": ("发生森林火灾案件:查处", "全旗"), "91.7%": ("发生森林火灾案件:查处率", "全旗")}),
    ("全区初级中学18所，招生5120人，毕业生4870人。",
     {"18所": ("初级中学", "全区"), "5120人": ("初级中学:招生", "全区"), "4870人": ("初级中学:毕业生", "全区")}),
    ("全州共受理劳动人事争议案件2130件，结案2089件，结案率98.1%。",
     {"2089件": ("受理劳动人事争议案件:结案", "全州"), "98.1%": ("受理劳动人事争议案件:结案率", "全州")}),
])
def test_a_whole_area_before_a_parent_is_no_part_of_the_parts_names(text, expected):
    facts = {f.quote: (f.metric, f.scope) for f in extract_facts(text, 2023).facts}
    assert {q: facts[q] for q in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a whole area opens the sentence, the report's own place (我州, 我市) the figure's clause: the figure is the own
    # place's, not the whole's
    ("2022年度全省政务服务第三方评估中，我州得分91.3分，位居全省第二。", {"91.3分": "我州"}),
    ("全州共有规上企业640家，我市占212家。", {"640家": "全州", "212家": "我市"}),
])
def test_the_own_place_in_the_figures_clause_is_its_scope_not_the_sentences_whole(text, expected):
    scopes = {f.quote: f.scope for f in extract_facts(text, 2023).facts}
    assert {q: scopes[q] for q in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a ranking names places, each with its figure in brackets: each figure is its place's, of the ranked measure
    ("各设区市中，空气质量优良天数比例最高的为松阳市（96.2%），最低的为桐江市（78.4%）。",
     {"96.2%": ("空气质量优良天数比例", "松阳市"), "78.4%": ("空气质量优良天数比例", "桐江市")}),
    ("网上办件量排名前三的乡镇依次为：石门镇（1.2万件）、白沙乡（0.9万件）、河口镇（0.8万件）。",
     {"1.2万件": ("网上办件量", "石门镇"), "0.9万件": ("网上办件量", "白沙乡"), "0.8万件": ("网上办件量", "河口镇")}),
])
def test_a_figure_after_a_place_a_ranking_names_is_that_places(text, expected):
    facts = {f.quote: (f.metric, f.scope) for f in extract_facts(text, 2023).facts}
    assert {q: facts[q] for q in expected} == expected


def test_a_class_a_ranking_names_is_no_place():
    fact, = extract_facts("诉求量最多的为城乡建设类（1.8万件）。", 2023).facts
    assert fact.scope is None and fact.metric != "诉求量"


@pytest.mark.parametrize("text, expected", [
    # names listed after a whole area share the words the last one carries, whatever the area before the first
    ("全区城镇、农村居民人均消费支出分别为26800元、14300元。", {"26800元": "城镇居民人均消费支出", "14300元": "农村居民人均消费支出"}),
    ("全市城镇、农村居民人均住房建筑面积分别为38.6平方米、45.2平方米。",
     {"38.6平方米": "城镇居民人均住房建筑面积", "45.2平方米": "农村居民人均住房建筑面积"}),
])
def test_names_listed_after_a_whole_area_share_the_last_ones_words(text, expected):
    assert {q: m for q, m in labels(text).items() if q in expected} == expected


def test_people_of_an_age_class_are_named_in_full_under_any_heading():
    text = "二、年龄结构\n年末户籍总人口74.2万人。0-17岁人口为15.1万人，占20.4%；18-59岁人口为44.3万人，占59.7%。"
    assert {q: m for q, m in labels(text).items() if q != "74.2万人"} == {
        "15.1万人": "0-17岁人口", "20.4%": "0-17岁人口占比", "44.3万人": "18-59岁人口", "59.7%": "18-59岁人口占比"}


@pytest.mark.parametrize("text, expected", [
    # 预计 before the whole area: the area is the scope, the estimate leads the name
    ("预计全州地区生产总值完成812.4亿元，增长5.6%；一般公共预算收入46.3亿元。",
     {"812.4亿元": ("预计地区生产总值", "全州"), "5.6%": ("预计地区生产总值增长", "全州"), "46.3亿元": ("一般公共预算收入", "全州")}),
    ("预计全旗城镇、牧区居民人均可支配收入分别达到4.6万元和2.1万元。",
     {"4.6万元": ("预计城镇居民人均可支配收入", "全旗"), "2.1万元": ("预计牧区居民人均可支配收入", "全旗")}),
])
def test_an_estimate_of_the_whole_area(text, expected):
    facts = {f.quote: (f.metric, f.scope) for f in extract_facts(text, 2023).facts}
    assert {q: facts[q] for q in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a name alone before a figure, ending as the scope of the figure before ends, is another place's or body's
    # figure of the same measure
    ("南湖区受理政务服务事项12.3万件；北湖区9.8万件。",
     {"12.3万件": ("受理政务服务事项", "南湖区"), "9.8万件": ("受理政务服务事项", "北湖区")}),
    ("市公安局窗口受理业务6.1万笔，市税务局窗口4.3万笔。",
     {"6.1万笔": ("受理业务", "市公安局窗口"), "4.3万笔": ("受理业务", "市税务局窗口")}),
])
def test_a_name_alone_like_the_scope_before_is_another_scope_of_the_same_measure(text, expected):
    facts = {f.quote: (f.metric, f.scope) for f in extract_facts(text, 2023).facts}
    assert {q: facts[q] for q in expected} == expected



def test_a_bare_deed_is_named_past_the_parts_a_其中_listed():
    # three figures back for the parallel of a bare 办结, not counting the parts a 其中 listed before it
    text = "全年共收到政府信息公开申请64件，比上年减少7件，其中自然人申请58件，法人或其他组织申请6件。已答复61件，结转3件。"
    assert labels(text)["61件"] == "答复政府信息公开申请"


@pytest.mark.parametrize("text, expected", [
    # 占 the plan after a level said as done is the plan's completion; after a part's amount, the part's share of it
    ("全年税收收入实现8.45亿元，占年初预算的102.6%。", {"102.6%": ("rate", "税收收入:预算完成率")}),
    ("项目投资完成31.2亿元，占年度计划的96.8%。", {"96.8%": ("rate", "项目投资:计划完成率")}),
    ("年初预算未落实到具体部门的专项资金2.17亿元，占年初预算的5.3%。",
     {"2.17亿元": ("amount", "年初预算未落实到具体部门的专项资金"), "5.3%": ("share", "年初预算未落实到具体部门的专项资金占年初预算")}),
])
def test_a_figure_占_the_plan_is_a_completion_only_of_a_level_said_as_done(text, expected):
    facts = {f.quote: (f.kind, f.metric) for f in extract_facts(text, 2022).facts}
    assert {q: facts[q] for q in expected} == expected


def test_what_was_not_passed_down_to_bodies_names_no_body():
    fact, = extract_facts("部门预算中未分配至基层单位的资金0.96亿元。", 2022).facts
    assert (fact.metric, fact.scope) == ("部门预算中未分配至基层单位的资金", None)


@pytest.mark.parametrize("text, expected", [
    # 上年度 before what the figure counts is the time of the thing counted, stripped whole (never leaving 度)
    ("上年度审计发现问题已整改金额1.08亿元。", "审计发现问题已整改金额"),
    ("上一年度巡察反馈问题整改完成42个。", "巡察反馈问题整改"),
])
def test_last_years_time_word_is_stripped_whole(text, expected):
    fact, = extract_facts(text, 2022).facts
    assert fact.metric == expected


@pytest.mark.parametrize("text, expected", [
    # a town or township at the head of a clause is the figures' scope, not part of their name (not 城镇, 乡镇, 城乡)
    ("2022年，柏溪镇完成一般公共预算收入4820万元，增长3.9%。",
     {"4820万元": ("一般公共预算收入", "柏溪镇"), "3.9%": ("一般公共预算收入增长", "柏溪镇")}),
    ("2021年，云台乡主动公开政府信息97条。", {"97条": ("主动公开政府信息", "云台乡")}),
    ("全县城镇新增就业3260人。", {"3260人": ("城镇新增就业", "全县")}),
    ("城乡居民收入比为2.1。", {"2.1": ("城乡居民收入比", None)}),
])
def test_a_town_at_a_clauses_head_is_its_scope(text, expected):
    facts = {f.quote: (f.metric, f.scope) for f in extract_facts(text, 2022).facts}
    assert {q: facts[q] for q in expected} == expected


@pytest.mark.parametrize("text, kept", [
    # a count in words at the head of its clause, whose things the next figure measures, counts nothing
    ("全年两项医疗保险基金支出合计58.2亿元。", {"58.2亿元"}),
    ("年末全县四项社会保险参保人数达31.7万人。", {"31.7万人"}),
    # a count after a deed is a count (开展三项专项行动), and a count in digits is read as ever
    ("全年开展三项专项整治，查处案件27件。", {"三项", "27件"}),
])
def test_a_count_in_words_that_says_which_things_counts_nothing(text, kept):
    assert {f.quote for f in extract_facts(text, 2023).facts} == kept


@pytest.mark.parametrize("text, expected", [
    # a count before the things another figure measures counts the things, not the measure (nor the stock's time)
    ("全县14座小型水库年末蓄水量0.32亿立方米。", {"14座": "小型水库"}),
    ("全市9家二级医院出院人数增长3.6%。", {"9家": "二级医院"}),
    ("全县11个乡镇卫生院床位数为860张。", {"11个": "乡镇卫生院"}),
])
def test_a_count_before_a_measure_of_its_things_names_the_things(text, expected):
    assert {q: m for q, m in labels(text).items() if q in expected} == expected


def test_a_running_total_at_a_day_past_the_years_figure_is_named_as_one():
    text = ("全年新增注册商标2860件。截至2024年底，累计有效注册商标4.12万件。"
            "全年办理抵押登记1.35万件，同比增长6.2%。年末，累计办理抵押登记9.8万件。")
    assert labels(text) == {"2860件": "新增注册商标", "4.12万件": "有效注册商标", "1.35万件": "办理抵押登记",
                            "6.2%": "办理抵押登记同比增长", "9.8万件": "办理抵押登记(累计)"}


def test_a_total_at_the_years_end_that_restates_the_years_figure_is_the_same_measure():
    text = "全年受理群众诉求12.6万件。截至12月底，累计受理群众诉求12.6万件。"
    assert set(labels(text).values()) == {"受理群众诉求"}


@pytest.mark.parametrize("text, expected", [
    # places of a kind each, listed with no 其中 after the whole area, are siblings, not parts of the first
    ("年末全县共有公共图书馆2个，文化馆1个，乡镇综合文化站18个。",
     {"2个": "年末公共图书馆", "1个": "文化馆", "18个": "乡镇综合文化站"}),
    ("全区共有体育场4个，体育馆3个。", {"4个": "体育场", "3个": "体育馆"}),
    # a kind of the place before stays what it was (医院…，三级医院…), and 其中 opens parts
    ("全县共有中学31所，其中完全中学6所。", {"31所": "中学", "6所": "中学:完全中学"}),
])
def test_places_of_a_kind_each_listed_without_其中_are_siblings(text, expected):
    assert {q: m for q, m in labels(text).items() if q in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a one-line page: a numbered heading, a space, then its first sentence; the space ends the heading as its line
    # break would, so the sentence's place word is its scope and no table or heading before is part of a name
    ("三、交通运输 全年全区公路货运量3260万吨，比上年增长4.1%。四、邮电 全年全区快递业务量1.8亿件。",
     {"3260万吨": ("公路货运量", "全区"), "1.8亿件": ("快递业务量", "全区")}),
    ("表3 主要产品产量 产品 单位 产量 钢材 万吨 12.6 水泥 万吨 30.5 （五）国内贸易 全年全市社会消费品零售总额86.2亿元。",
     {"86.2亿元": ("社会消费品零售总额", "全市")}),
])
def test_a_heading_run_on_with_a_space_ends_at_the_space(text, expected):
    facts = {f.quote: (f.metric, f.scope) for f in extract_facts(text, 2020).facts}
    assert {q: v for q, v in facts.items() if q in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a change run on after its level with no comma names no noun of the level
    ("全年外贸进出口总额58.4亿元比上年下降2.3%。", {"58.4亿元": "外贸进出口总额", "2.3%": "外贸进出口总额比上年下降"}),
    ("年内新登记市场主体6420户同比增长11.5%。", {"6420户": "新登记市场主体", "11.5%": "新登记市场主体同比增长"}),
    ("全年接待游客318万人次较上年增加26万人次。", {"318万人次": "接待游客", "26万人次": "接待游客较上年增加"}),
])
def test_a_change_run_on_after_its_level_is_no_noun_of_it(text, expected):
    assert labels(text) == expected


def test_the_word_for_a_percentage_is_no_score():
    assert labels("注：执行率为支出数占预算数的百分比。考评得分96.5分比上年提高0.8分。") == {
        "96.5分": "考评得分", "0.8分": "考评得分比上年提高"}


@pytest.mark.parametrize("text, expected", [
    # parts after 其中 that each name the verb of an earlier total are that total's (受理… of 受理, 审结… of 审结)
    ("全年共受理各类案件1200件，审结1100件。其中，受理刑事案件300件，审结290件。",
     {"300件": "受理各类案件:受理刑事案件", "290件": "审结各类案件:审结刑事案件"}),
    ("共收到群众来信860件，办结842件。其中，收到涉农来信210件，办结205件。",
     {"210件": "收到群众来信:收到涉农来信", "205件": "办结群众来信:办结涉农来信"}),
])
def test_parts_named_by_the_verbs_of_two_totals_are_each_its_own_totals(text, expected):
    assert {q: m for q, m in labels(text).items() if q in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a ranking that leads a list names no member: the first is named as those after it
    ("投诉量排名前三的行业分别是餐饮住宿（412件）、装饰装修（305件）、教育培训（188件）。",
     {"412件": "餐饮住宿", "305件": "装饰装修", "188件": "教育培训"}),
    ("满意度测评后两名为丙乡（82.4分）、丁镇（84.1分）。", {"82.4分": "丙乡", "84.1分": "丁镇"}),
    # a time's 的 goes with the time
    ("2022年的农村居民人均可支配收入为18620元。", {"18620元": "农村居民人均可支配收入"}),
    ("上半年的进出口总额为36.5亿元。", {"36.5亿元": "进出口总额(上半年)"}),
])
def test_a_ranking_lead_and_a_times_的_name_nothing(text, expected):
    assert labels(text) == expected


def test_a_rank_from_the_bottom_is_no_count():
    assert "两名" not in labels("满意度测评后两名为丙乡（82.4分）、丁镇（84.1分）。")
    assert labels("先后5名干部参加培训。") == {"5名": "干部参加培训"}
