"""Document metadata read from a page's header and its normalized text: title, issuer, the issuing body, dates,
region, report year, genre, template, and where each was found."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

import yaml

from govpipeline.lib.normalize import CRUMB_KEYS, FORM_ROW, HOME_STEP
from govpipeline.lib.regions import (dominant_place, former_names, leading_places, leading_places_span,
                                     old_name_ending, partner_sentences, place_mentions, place_name, places_named,
                                     places_spelled, region_from_code, shared_place_name, successor, without_counties)
from govpipeline.lib.template import detect_version


@dataclass(frozen=True)
class DocumentMetadata:
    title: str | None
    issuer: str | None
    region: str | None
    region_code: str | None
    admin_level: str | None
    province: str | None
    city: str | None
    county: str | None
    report_year: int | None
    report_period: str | None  # the part of report_year the report covers, when its title names one
    publish_date: str | None
    doc_type: str
    template: str | None
    body: str | None = None  # the issuing body's name in one spelling: 某县政府 and 某县人民政府 are one body
    source_url: str | None = None
    found_in: dict[str, str] = field(default_factory=dict)
    former_body: str | None = None  # the body's former name, where the report says it was renamed  # field -> 'header' | 'title' | 'text' | 'file'
    # the bodies that issued the report jointly with its body (named with it in its title, or signing with it), in
    # the order they are named; the report is in its body's series only
    co_issuers: tuple[str, ...] = ()


DOC_TYPES = ("disclosure_annual_report", "work_summary", "briefing", "government_work_report", "statistical_bulletin",
             "budget_report", "plan_report", "audit_report", "website_report", "other")
TEMPLATES = ("narrative", "2019_trial", "2021")

# a budget's or final accounts' page is titled by the kind alone (2023年度部门决算, 某局2024年部门预算公开); a 年报 after
# its year (某区2021年度政务公开年报), not a site's column (首页 > 政府信息公开年报, 信息类别：政府信息公开年报); a table's
# file is titled by its year and kind (某县2020年一般公共预算收支决算表, 2024年1-6月某市12345热线工单统计表)
_TITLE_WORDS = re.compile(r"报告|通报|总结|计划|情况|简况|简报|快报|公报|要点|工作|汇报|说明|分析|综述|月报|季报|"
                          r"年度?[^\n:：>]{0,12}?年报|"
                          r"[决预]算(?:公开)?$|(?:19|20)\d{2}\s*年.{0,40}?(?:统计|汇总|明细|一览|[决预]算)表$")
# a date's parts may be joined by a full-width dash or slash (２０２３－０１－２０: normalization folds the digits only)
_DATE = r"((?:19|20)\d{2})\s*[-/.年－／]\s*(\d{1,2})\s*[-/.月－／]\s*(\d{1,2})\s*日?"
# not the day a crawler fetched the page (采集时间, 抓取时间: a one-line page keeps its header in the text)
_PUBLISH = re.compile(r"(?<!采集)(?<!抓取)(?<!爬取)(?<!入库)(?:发布时间|发布日期|发文日期|成文日期|日期|时间)\s*[:：]\s*"
                      + _DATE)
# a signature's date alone on its line, in digits or in Chinese numerals (二〇二四年一月二十日), or with the note
# on its release a PDF reader may run onto it (二〇二四年一月二十日（此件公开发布）)
# January is also 元月, in numerals or with digits (二〇二四年元月十八日, 2024年元月18日); a seal's mark may follow (（印章）)
_NUMERAL_DATE = r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2}|元)\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
_FIRST_MONTH = r"((?:19|20)\d{2})\s*年\s*(元)\s*月\s*(\d{1,2})\s*日"
_SIGNED_DATE = (r"(?:" + _DATE + "|" + _NUMERAL_DATE + "|" + _FIRST_MONTH
                + r")\s*(?:[（(](?:此件[^（()）\n]{2,8}|[印盖公]章)[)）])?")
_SIGN_DATE = re.compile(r"^\s*" + _SIGNED_DATE + r"\s*$", re.M)
_PRINTED = re.compile(_DATE + r"\s*印\s*发\s*$", re.M)  # 印 / 发 wrapped by a PDF's line
# a date alone on a line under the title, in brackets or not: （2024年1月28日）
# (or after the body that signs it, on one line: 某县发展和改革局  2023年1月16日)
_DATE_UNDER_TITLE = re.compile(r"^(?:[\u4e00-\u9fff]{4,30}[ \t\u3000]+)?[（(]?\s*" + _DATE + r"\s*[)）]?$")
_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "元": 1}
_ISSUER = re.compile(r"(?:来源|发布机构|发文机关|发布单位|信息来源)\s*[:：]\s*([^\s:：]{2,30}?)(?=\s|$|字体|文字|浏览|作者)")
# the body a title opens with, up to the report's year, 关于 or 政府信息公开 (no year in a name; 乡 ends one only
# there, not 乡村振兴局)
# A name holds no digits but a service hotline's number (某市12345政务服务便民热线: the hotline is the body, as its
# reports and its peers' name it). Bodies a title names together (某县人民政府办公室、某县大数据发展管理局, or joined
# by 和/与/及, or set apart by a space: 中共某县委办公室 某县人民政府办公室) report jointly under the first, which leads
# (_title_body).
_BODY_NAME = (r"(?:[^\d、]|1\d{4}(?!\d)){2,30}?(?:人民政府|政府|局|办公室|委员会|管委会|中心|办|委|厅|院|部|署|大学|中学|小学|"
              r"学校|公司|街道|办事处|联络处|镇|乡|苏木|热线|海关|分行|支行|[大支总]队|调查队)")
_TITLE_ISSUER = re.compile(rf"^({_BODY_NAME})(?:(?:[、和与及]|\s+){_BODY_NAME})*"
                           r"(?=(?:19|20)\d{2}|关于|$|政府信息公开|政务公开|信息公开|工作报告$|工作总结$)")
# a year in Chinese numerals (二〇二三年), read as digits wherever a title's year is read
_NUMERAL_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})(?=\s*年)")


def _title_body(lead: str) -> str | None:
    """The body a title opens with (``lead``: the title past its year and 关于): the first of _title_bodies."""
    return (_title_bodies(lead) or [None])[0]


# a body named after another in a title (、某县大数据发展管理局), up to the next one or the names' end
_JOINED_NAME = re.compile(rf"(?:[、和与及]|\s+)({_BODY_NAME})(?=[、和与及]|\s|$)")


def _title_bodies(lead: str) -> list[str]:
    """The bodies a title opens with (``lead``: the title past its year and 关于), in the order it names them. Of bodies
    named together the first leads; a 和/与/及 joins two bodies only when a place opens the name after it
    (某县人民政府办公室和某县大数据中心), else it is inside one name (政务服务和大数据管理局, 发展和改革局)."""
    m = _TITLE_ISSUER.match(lead)
    if not m:
        return []
    first, rest = m.group(1), m.group(0)[m.end(1):]
    if rest and rest[0] in "和与及" and not (rest[1] in "省市县区" or leading_places_span(rest[1:])[1]):
        return [m.group(0)]
    names, pos = [first], 0
    while joined := _JOINED_NAME.match(rest, pos):
        names.append(joined.group(1))
        pos = joined.end()
    return names


_YEAR_FIRST = re.compile(r"^(?:19|20)\d{2}\s*年度?")  # 2024年某市政府工作报告: the body after the year
# 关于某县2023年…的报告, 关于印发《某县2023年…》的通知: the body after 关于 (and a notice's verb and mark)
_ABOUT = re.compile(r"^关于(?:印发|公布|发布|转发)?《?")


# a zone's name before 政府信息公开: the 政府 is the disclosure's word, as a zone has a committee, not a government
_ZONE_BEFORE_DISCLOSURE = re.compile(r"(?:开发区|高新区|经开区|园区|实验区|示范区|保税区|合作区)政府$")


_HOTLINE = re.compile(r"[^\s\d]{2,20}?12345[^\s\d]{0,12}?热线")
_PLACE_BY_LEVEL = re.compile(r"(?![全本我各])[\u4e00-\u9fff]{1,8}[省市州盟县区旗]12345")
# a table's or a bulletin's title that names its body before the table's own words (2024年1-6月某县政务服务中心各窗口
# 办件情况统计表, 2024年第一季度某县政务服务中心运行情况通报, …中心政务服务好差评情况统计表): the body is the name up
# to those words; 政务服务 opens the table's words, not a body's name (某县人民政府政务服务中心)
_TABLE_BODY = re.compile(rf"^({_BODY_NAME})(?=各|运行|办件|办理|受理|窗口|业务|数据|事项|好差评|评价|工作情况|服务情况"
                         r"|政务服务(?!中心|管理|和|局|办|大厅))")


def _named_body(title: str) -> str | None:
    """The body a title opens with, past its year and a 关于."""
    return (_named_bodies(title) or [None])[0]


def _named_bodies(title: str) -> list[str]:
    """The bodies a title opens with, past its year and a 关于, the leading one first (_title_bodies)."""
    period = _PERIOD_IN_TITLE.match(title)  # 2024年1-6月某市…, 2024年第二季度某县…: the body after its period too
    lead = _ABOUT.sub("", title[period.end():] if period else _YEAR_FIRST.sub("", title))
    named = _title_bodies(lead)
    if not named and lead.endswith(("表", "通报")) and (table := _TABLE_BODY.match(lead)):
        # only a body named in full, its place and its kind (某县政务服务中心), not some of a place's (某县各乡镇…)
        end = leading_places_span(table.group(1))[1]
        if end and table.group(1)[end - 1] in _FULL_NAME_END and len(table.group(1)) - end >= 2 \
                and not re.search("各|全|所属|下属", table.group(1)[end:]):
            return [table.group(1)]
    if not named and "热线" in lead and (hotline := _HOTLINE.match(lead)) \
            and (leading_places_span(hotline.group(0))[1] or _PLACE_BY_LEVEL.match(hotline.group(0))):
        # 2024年1-6月某市12345政务服务便民热线运行情况: the hotline, whatever follows it, whether or not the
        # gazetteer knows its place (as a title opening with the hotline gives it)
        return [hotline.group(0)]
    if named and _ZONE_BEFORE_DISCLOSURE.search(named[0]) and lead[len(named[0]):].startswith("信息公开"):
        return []  # 某经济开发区政府信息公开工作年度报告: the zone's report, its committee's
    return named
_CRUMB_KEYS = frozenset(key.replace(" ", "") for key in CRUMB_KEYS)  # as an info line's keys are read (You are here)
_CRUMBS = re.compile(rf"(?:{'|'.join(CRUMB_KEYS)})?\s*[:：]?\s*{HOME_STEP}")  # a breadcrumb's first step
# before a title's first name; 国网 opens the name of the State Grid's company of the place it serves (国网某县供电公司),
# and a vertical system's name its unit's of a place (国家税务总局某县税务局, 中国人民银行某市分行, 中华人民共和国某海关,
# 国家统计局某调查队, 中国银保监会某监管分局 before 2023)
# (and the part of the year a title names after its year: 2024年1-6月某县政务服务中心…统计表)
_TITLE_LEAD = re.compile(r"^(?:关于|《)?\s*(?:(?:19|20)\d{2}\s*年度?\s*(?:第?[一二三四]季度|前三季度|[上下]半年"
                         r"|(?:1[0-2]|0?[1-9])\s*(?:月份?\s*)?[-－~至]\s*(?:1[0-2]|0?[1-9])\s*月份?|(?:1[0-2]|0?[1-9])\s*月份?)?\s*)?"
                         r"(?:关于)?(?:中共|中国共产党|共青团|中国共产主义青年团|国网|国家税务总局|国家统计局|中国人民银行|"
                         r"国家金融监督管理总局|中国银保监会|中国银行保险监督管理委员会|中华人民共和国)?")
_FULL_NAME_END = frozenset("省市县区旗州盟")  # a place's full name, not a short one (宁波经济技术开发区 keeps its name)
# 中共某县委员会, 共青团某市委员会, 政协某市委员会: the county's party committee, the city's league committee, its
# political consultative conference
_PARTY = re.compile(r"^(?:中共|中国共产党|共青团|中国共产主义青年团|政协|中国人民政治协商会议)")
# a government work report's dateline: ——2024年1月15日在浏阳市第十七届人民代表大会第四次会议上; not its standing
# committee's session, where a department's head reports (某审计局局长, 受某区人民政府委托)
# (a 盟's or 地区's, which has no congress: ——2024年2月6日在某盟第六届人大工作委员会第三次全体（扩大）会议上)
_CONGRESS = r"(?:人民代表大会(?!常务委员会)|人大工作委员会|人大工委)"
_SESSION = re.compile(rf"在([\u4e00-\u9fff]{{2,14}}?)第[一二三四五六七八九十]+届{_CONGRESS}")
# its standing committee's session, where a department's head reports: the department, its head's line under the
# session (某县审计局局长  某某); the government's when 受某县人民政府委托 (extract_issuer)
_STANDING_SESSION = re.compile(r"在([\u4e00-\u9fff]{2,14}?)第[一二三四五六七八九十]+届人民代表大会常务委员会[^\n]*\n")
_DEPARTMENT_HEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,24}?(?:局|厅|委员会|办公室))(?:代理|常务副|副)?(?:局长|厅长|主任)"
                              r"[ \t\u3000]+[\u4e00-\u9fff]{1,4}\s*\n")
# who delivers a report at the session: the head on the line under it (某县人民法院院长 某某, 某县人大常委会主任 某某,
# 某县人民政府县长 某某) or the report's own words (我代表县人民检察院向大会报告工作); the government only when its head
# (a department's head, 受某县人民政府委托, reports the government's plan or budget: the government's)
_DELIVERING = r"[\u4e00-\u9fff]{0,24}?(?:人民法院|人民检察院|人大常委会|人民代表大会常务委员会|监察委员会|人民政府|行政公署)"
_SPEAKER = re.compile(rf"\n\s*({_DELIVERING})(?:代理|代|常务副|副)?(?:院长|检察长|主任|专员|[省市县区旗州盟]长)"
                      r"[ \t\u3000]+[\u4e00-\u9fff]{1,4}\s*\n")
_ON_BEHALF = re.compile(rf"我代表({_DELIVERING})[，,]?\s*向(?:大会|本次会议|会议)报告")
# a title naming its body by kind alone (法院工作报告, 常务委员会工作报告): the kind's name in full after the session's place
_BARE_KINDS = {"法院": "人民法院", "人民法院": "人民法院", "检察院": "人民检察院", "人民检察院": "人民检察院",
               "常委会": "人民代表大会常务委员会", "人大常委会": "人民代表大会常务委员会",
               "常务委员会": "人民代表大会常务委员会", "人民代表大会常务委员会": "人民代表大会常务委员会",
               "监察委员会": "监察委员会", "监委": "监察委员会"}
_BARE_KIND = re.compile("|".join(sorted(_BARE_KINDS, key=len, reverse=True)))
# a 政协's plenary session (——2023年1月4日在政协某县第十届委员会第二次会议上), where its standing committee reports
_CPPCC_SESSION = re.compile(r"在(?:政协|中国人民政治协商会议)([\u4e00-\u9fff]{2,14}?)第[一二三四五六七八九十]+届委员会")
# a work report looks back on the year before (2020年和“十三五”工作回顾: the year and the plan period it closes)
_REVIEW = re.compile(r"过去一年|过去的一年|(?:19|20)\d{2}年(?:[和及与][^\n，。]{0,12}?)?(?:工作)?回顾")
# 去年，全镇…: a paragraph of a work report titled with its year opens on the year before (not 一年来, which a report
# to a December session says of that same year)
_LAST_YEAR_OPENING = re.compile(r"(?:^|(?<=[。\s：:]))去年[，,]")
# a work report whose title names no year: the year its review heading names, else the year before its session's
# date (——2024年1月16日在某市第九届人民代表大会第四次会议上)
_REVIEWED_YEAR = re.compile(r"((?:19|20)\d{2})年(?:[和及与][^\n，。]{0,12}?)?(?:工作)?回顾")
_CPPCC_SESSION_WORDS = r"政协[^\n。]{0,20}?委员会第[^\n。]{1,6}次会议"  # a 政协 session's (its standing committee reports)
# (in digits or in numerals: ——二〇二五年一月九日在某县…)
_SESSION_DATE = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|" + _NUMERAL_DATE
                           + r")\s*在[^\n。]{0,40}?(?:人民代表大会|人大工作委员会|人大工委|" + _CPPCC_SESSION_WORDS + ")")
# its year, the day or the month alone printed (——2025年1月在某县…): the report looks back on the year before
_SESSION_YEAR = re.compile(r"(?:((?:19|20)\d{2})|([〇○零一二三四五六七八九]{4}))\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}|元)"
                           r"\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*在[^\n。]{0,40}?"
                           r"(?:人民代表大会|人大工作委员会|人大工委|" + _CPPCC_SESSION_WORDS + ")")


def _session_year(text: str) -> int | None:
    m = _SESSION_YEAR.search(text, 0, 3000)
    return (int(m.group(1)) if m.group(1) else _numeral(m.group(2))) if m else None


_YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–－~～至到]\s*(?:19|20)\d{2}|学年")
# a school year (2023-2024学年, 2022—2023学年度): a university's or a school's report is of the year it ends in
_SCHOOL_YEAR = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–－~～至到]\s*((?:19|20)\d{2})\s*学年")
# the part of the year a title names after its year (2024年第三季度, 2024年1-9月份, 2024年10月), or opens with
_PERIOD_IN_TITLE = re.compile(r"(?:(?:19|20)\d{2}\s*年度?|^)\s*(?:(?P<quarter>第?[一二三四1-4]季度|前三季度|[上下]半年)"
                              r"|(?P<first>1[0-2]|0?[1-9])\s*(?:月份?\s*)?[-－~至]\s*(?P<last>1[0-2]|0?[1-9])\s*月份?"
                              r"|(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?)"
                              r"(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)")
# No (?<!\d) in front: a pattern opening with an assertion is tried at every position; the caller checks that instead.
_YEAR_MENTION = re.compile(r"((?:19|20)\d{2})\s*年(?![0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日)")


def _first_lines(text: str, n: int = 6) -> list[str]:
    """The first ``n`` lines that are not blank, stripped; read from the top, not by splitting the whole text."""
    lines: list[str] = []
    pos = 0
    while len(lines) < n and pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if line := text[pos:end].strip():
            lines.append(line)
        pos = end + 1
    return lines


_ORGANISATION_END = r"(?:政府|局|办|委|会|中心|厅|院|室|处|所|站|街道|办事处|镇|乡|部|组|队|司|署|馆)"
_DOCUMENT_NUMBER = re.compile(r"^\S{1,16}[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*\d+\s*号$")  # 某府办发〔2024〕3号
_LETTERHEAD = re.compile(r"^\S{2,30}文件$")  # 某县人民政府办公室文件: the red head of a document's first page
# a gazette's running head over a report it prints: its issue (2024年第1期（总第86期）) under its name (某县人民政府公报),
# and a page's number (— 12 —)
_GAZETTE_ISSUE = re.compile(r"^(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期\s*(?:[（(]\s*总第\s*\d{1,5}\s*期\s*[)）])?$")
_PAGE_NUMBER = re.compile(r"^[—\-－–]\s*\d{1,4}\s*[—\-－–]$")
_YEAR_LINE = re.compile(r"^[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）]$")  # （2023年度） on its own line under the title
# an entry of a list page or a side column: a title and its date, either way round (· 某县2023年…报告 2024-01-19,
# 某报告 [2024-01-19], 2024-01-19 某报告)
_LIST_DATE = r"[\[［【(（]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\]］】)）]?"
_LISTED = re.compile(r"^[·•●◆■>\s]*(?:(.{6,60}?)\s*" + _LIST_DATE + r"|" + _LIST_DATE + r"\s*(.{6,60}))$")
# where a title printed over two lines breaks: after a body's name (a line that is only one: 某市12345政务服务便民热线
# over 2022年度工作报告), a year or 关于…, before a line that goes on
_YEAR_WORD = r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})"  # 2023, 二〇二三
_TITLE_BREAK_ABOVE = re.compile(_ORGANISATION_END + rf"$|^(?:{_BODY_NAME})$|{_YEAR_WORD}\s*年度?$|关于")
_TITLE_BREAK_BELOW = re.compile(r"(?:19|20)\d{2}|关于|政府信息公开|政务公开|信息公开|工作|年度")
# a long title wrapped inside its genre's words (the line's end, the next line): 某州某县人民政府2023年政府信息公开 /
# 工作年度报告, 某县2023年国民经济和社会 / 发展统计公报, 某市2023年生态环境 / 状况公报
_GENRE_WRAPS = ((re.compile(r"(?:信息公开|政务公开)(?:工作)?$"), re.compile(r"(?:工作)?(?:年度)?(?:报告|总结)")),
                (re.compile(r"国民经济(?:和社会)?(?:发展)?$"), re.compile(r"(?:和社会)?(?:发展)?统计公报")),
                (re.compile(r"环境(?:质量)?$"), re.compile(r"(?:质量)?状况公报")),
                # 关于2023年法治政府建设 / 情况的报告: a 关于 line that does not end its genre
                (re.compile(r"^关于(?!.*(?:报告|总结)$)"), re.compile(r"(?:工作)?(?:情况)?的?(?:报告|总结)")),
                # a 关于 line cut at a conjunction, or one the line below opens with: 关于…执行情况 / 和…草案的报告
                (re.compile(r"^关于(?!.*(?:报告|总结)$).*[和及与暨]$"), re.compile(r"[^，。]{2,40}(?:报告|总结)")),
                (re.compile(r"^关于(?!.*(?:报告|总结)$)"), re.compile(r"(?:和|及|与|暨|以及)[^，。]{2,40}(?:报告|总结)")),
                # a PDF's line cut inside the genre's word: …情况的报 / 告, …工作总 / 结, …运行情况通 / 报
                (re.compile(r"[报总公通汇简]$"), re.compile(r"[告结报]")))


# a numbered heading of a report's body (一、总体情况, （一）, 1., 第一章): the title, if printed, is above it
_BODY_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、．]"
                           r"|第[一二三四五六七八九十\d]{1,3}[章部节])")


def _letterhead(text: str) -> str | None:
    """The body a document's red head names (某县人民政府办公室 of 某县人民政府办公室文件), if it opens the text."""
    return next((ln[:-2] for ln in _first_lines(text, 2) if _LETTERHEAD.match(ln)), None)


def _title_broken(above: str, line: str) -> bool:
    """Whether a title is printed over ``above`` and ``line``: ``above`` ends where titles break (a body's name, a
    place's full name alone as a cover prints it, a year, 关于…) and ``line`` goes on without a body of its own. After
    a place's or body's year (某市某区2023年 / 国民经济和社会发展统计公报) any genre goes on: no sentence opens so."""
    lead = line[_TITLE_LEAD.match(line).end():]
    return bool(_title_like(above) and not _TITLE_WORDS.search(above)
                and (_TITLE_BREAK_ABOVE.search(above)
                     or above[-1:] in _FULL_NAME_END and leading_places_span(above)[1] == len(above))
                and (_TITLE_BREAK_BELOW.match(line) or _NAMED_YEAR_ABOVE.fullmatch(above))
                and not leading_places_span(lead)[1] and not _TITLE_ISSUER.match(lead))


# a place's or a body's name and a year, a title's first line on a cover (某市某区2023年, 某县统计局二〇二三年)
_NAMED_YEAR_ABOVE = re.compile(rf"(?:{_BODY_NAME}|[\u4e00-\u9fff]{{2,20}}?[省市县区旗州盟])\s*{_YEAR_WORD}\s*年度?")


def _title_like(line: str) -> bool:
    # (现将本区2019年…情况报告如下：: a sentence announcing the report, no title)
    return not (len(line) > 60 or line.endswith("。") or "，" in line or "," in line or _PUBLISH.search(line)
                or _ISSUER.search(line) or line.rstrip("：: ").endswith("如下"))


# a table of contents before the text: its heading (目录) and its entries, each ending in leaders and a page number
_CONTENTS = re.compile(r"^目\s*录$")
_CONTENTS_ENTRY = re.compile(r"(?:[…．.·—\-_]\s*){2,}\d{1,3}$")
# a line that is only a title in book-title marks (a cover's 《某县2023年…年度报告》), or a notice issuing one
# (关于印发《某县2023年…年度报告》的通知), or a letter sending one to its recipient (关于报送《…》的函), on the first page
# of a file whose report follows under its own title line: the title is the report's. A notice or letter alone (the
# report not in the text) keeps its own title.
_MARKED_TITLE = re.compile(r"^《([^《》]+)》$")
_COVER = r"关于(?:印发|转发|公布|发布|报送|呈报|上报)"
# a notice or letter issuing a report, or an announcement (公告: how a government publishes its bulletins) of one
# it names in book-title marks
_ISSUING_NOTICE = re.compile(_COVER + r"《([^《》]+)》的(?:通知|函|公告)$")
_ISSUING_UNMARKED = re.compile(_COVER + r"([^《》\s]{6,60}?)的(?:通知|函)$")
# a notice's title with its addressees run onto it by a PDF reader (…的通知各乡镇人民政府，县政府各部门：)
_NOTICE_TO = re.compile(r"^(\S*关于\S+的通知)(?=\S{2,}[，、]\S*[:：]$)")
_NOTICE_END = re.compile(r"(?:[^\s，。：:]{0,12}的)?通知")


def _issued_title(line: str, text: str) -> str | None:
    if m := _MARKED_TITLE.match(line):
        return m.group(1) if _TITLE_WORDS.search(m.group(1)) else None
    if (m := _ISSUING_NOTICE.search(line)) and _TITLE_WORDS.search(m.group(1)):
        # the report's own title line, or its title over two lines (某局 / 2023年…报告)
        title = "\n?".join(map(re.escape, m.group(1)))
        follows = re.search(rf"^\s*《?{title}》?\s*$", text, re.M)
        return m.group(1) if follows else _report_after_notice(m.group(1), text)
    if (m := _ISSUING_UNMARKED.search(line)) and _TITLE_WORDS.search(m.group(1)):
        # 关于印发某县2023年…公报的通知 with no book-title marks: only under its own title line, or where the report
        # (its title, or its first heading) opens the text after the cover's date
        if re.search(rf"^\s*{re.escape(m.group(1))}\s*$", text, re.M):
            return m.group(1)
        return _report_after_notice(m.group(1), text)
    return None


def _report_after_notice(issued: str, text: str) -> str | None:
    """The title of the report a notice issues under a short name (《某县2023年度…工作报告》 for 某县人民政府2023年…
    年度报告): the first line after the notice's signed date, when it is a title of the issued title's year and
    opens with a body or is the issued name (年 for 年度); the issued name itself when that line is the report's first heading (it prints no title).
    The notice's own lines (its addressees, 现将…印发给你们) are no title."""
    year = re.search(r"(?:19|20)\d{2}", issued)
    signed = _SIGN_DATE.search(text, 0, 1500)
    if not year or not signed:
        return None
    # past the cover's release note and the attachment's label (（此件公开发布）, 附件, 附件1)
    after = [ln for ln in _first_lines(text[signed.end():], 3) if not _COVER_TAIL.match(ln)]
    line = after[0] if after else ""
    if _BODY_HEADING.match(line):
        return issued  # the report prints no title line, its first heading at once: it goes by the issued name
    return line if (year.group(0) in line and _title_like(line) and _TITLE_WORDS.search(line)
                    and (_TITLE_ISSUER.match(line[_TITLE_LEAD.match(line).end():])
                         or _ANNUAL.sub("年", line) == _ANNUAL.sub("年", issued))) else None


_ADDRESSEE = re.compile(_BODY_NAME + r"(?:[（(][^（()）]{2,20}[)）])?[:：]")  # 某县人民政府办公室（县政务公开办）：
_ANNUAL = re.compile(r"年度?")  # 2022年度…报告 and 2022年…报告 name one report
_COVER_TAIL = re.compile(r"^(?:[（(]此件[^（()）]{2,8}[)）]|附件\s*\d{0,2}\s*[:：]?)$")


_TITLE_LINES = 12  # a browser's print of a page: its site's navigation above the title
# a title spaced out a character a piece, as a cover prints it and a PDF's text keeps it: 政 府 工 作 报 告
_SPACED_OUT = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){3,}")


def _opening_lines(text: str) -> list[str]:
    """The first lines where a title is looked for: past a letterhead, a document number, a gazette's running head
    and a page's number, and a table of contents,
    a title in book-title marks or issued by a notice read as the title itself (_issued_title)."""
    lines = _first_lines(text, _TITLE_LINES)
    # under a 目录 heading, or three entries with leaders and page numbers without one
    if any(_CONTENTS.match(ln.replace("\u3000", "")) for ln in lines) \
            or sum(1 for ln in lines if ln[-1].isdigit() and _CONTENTS_ENTRY.search(ln)) >= 3:
        lines = [ln for ln in _first_lines(text, 40)
                 if not (_CONTENTS.match(ln.replace("\u3000", "")) or _CONTENTS_ENTRY.search(ln))][:8]
    lines = [ln for i, ln in enumerate(lines) if not (
        _DOCUMENT_NUMBER.match(ln) or _LETTERHEAD.match(ln) or _GAZETTE_ISSUE.match(ln) or _PAGE_NUMBER.match(ln)
        or ln.endswith("公报") and i + 1 < len(lines) and _GAZETTE_ISSUE.match(lines[i + 1]))]
    lines = [m.group(1) if (m := _NOTICE_TO.match(ln)) else ln for ln in lines]
    lines = [re.sub(r"\s+", "", ln) if _SPACED_OUT.fullmatch(ln) else ln for ln in lines]
    for i in range(len(lines) - 1):
        if "关于" in lines[i] and _NOTICE_END.fullmatch(lines[i + 1]) and not lines[i].endswith("通知"):
            lines[i:i + 2] = [lines[i] + lines[i + 1], ""]  # 某办公室关于印发《…》的 / 通知: a notice's title wrapped
    return [_issued_title(ln, text) or ln for ln in lines if ln]


_YEAR_IN_TITLE = re.compile(r"[（(]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?")


def _fuller_title(title: str, below: list[str]) -> str | None:
    """A cover's title naming only the genre (政府信息公开工作年度报告 / （2023年度）, the body on a line under it) gives
    way to the report's full title further down, before the text's first heading: a line naming a body that ends in
    the same words, of the same year."""
    genre = _YEAR_IN_TITLE.sub("", title)
    year = _YEAR_IN_TITLE.search(title)
    for line in below:
        if _BODY_HEADING.match(line):
            return None
        if (len(genre) >= 4 and line.endswith(genre) and line != genre and (not year or year.group(1) in line)
                and _title_like(line) and _TITLE_ISSUER.match(line[_TITLE_LEAD.match(line).end():])):
            named = _TITLE_ISSUER.match(title[_TITLE_LEAD.match(title).end():]) or leading_places_span(title)[1]
            return None if named else line
    return None


_YEAR_ALONE = re.compile(rf"{_YEAR_WORD}\s*年度?")


def _body_over_genre(title: str, below: list[str]) -> str | None:
    """A cover's title naming only the genre (2023年度政府信息公开工作年度报告, or 政府信息公开工作年度报告 / （2023年度）)
    with the body's name alone on the line under it and no full title further down: the two joined, the body first
    (某县某局2023年度政府信息公开工作年度报告). Other genres keep their title as printed: the body under a 12345 or
    营商环境 report's title is its byline, not part of it."""
    if not below or len(below[0]) > 30 or not re.fullmatch(_BODY_NAME, below[0]) or not _PLACE_OWN_GENRE.search(title):
        return None
    lead = title[_TITLE_LEAD.match(title).end():]
    if _TITLE_ISSUER.match(lead) or leading_places_span(lead)[1] or not leading_places_span(below[0])[1]:
        return None  # the title names a body of its own, or the line under it names no place's body
    return below[0] + title


# a site's navigation printed above the article, as a browser prints a page: 首页 / 政务公开 / 政府信息公开指南, one
# a line, with no figure, no mark and no body's name (a cover's 某县人民政府 above its title is one)
_NAVIGATION_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,16}")


def _navigation(lines: list[str]) -> bool:
    return all(_NAVIGATION_ITEM.fullmatch(ln) and (not _TITLE_WORDS.search(ln) or _genre_only(ln))
               and not re.fullmatch(_BODY_NAME, ln) for ln in lines)


def _menu_genre(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a menu's item that names a genre alone (统计公报, 政府信息公开年报) under other items and
    above the page's own title, a line with its year further down (a cover's genre over its year is a title)."""
    return bool(i and _navigation(lines[:i]) and _NAVIGATION_ITEM.fullmatch(lines[i]) and _genre_only(lines[i])
                and any(_YEAR_IN_TITLE.search(ln) and _title_like(ln) and _TITLE_WORDS.search(ln) for ln in lines[i + 1:]))


def extract_title(text: str) -> str | None:
    """The title among the first lines (_opening_lines), or under a site's navigation a browser printed; a title
    printed over two lines (a body's name, or 某某关于印发某某, above a line opening with the year) is joined, and so
    is a year in brackets on the line under it."""
    lines = _opening_lines(text)
    if lines and _ADDRESSEE.fullmatch(lines[0]) and (signed := _SIGN_DATE.search(text, 0, 1500)):
        # a cover letter printed without its title, opening with its addressee (某市人民政府办公室：): the report's
        # title is the first line after the letter's date, when it names its body or place
        after = [ln for ln in _first_lines(text[signed.end():], 3) if not _COVER_TAIL.match(ln)]
        line = after[0] if after else ""
        if _title_like(line) and _TITLE_WORDS.search(line) and _YEAR_IN_TITLE.search(line) \
                and (_TITLE_ISSUER.match(line) or leading_places_span(line)[1]):
            return line
    for i, line in enumerate(lines):
        if _BODY_HEADING.match(line) or i >= 3 and not _navigation(lines[:i]):
            break  # a text that opens with its first heading has no title line
        wrapped = i + 1 < len(lines) and _title_like(line) \
            and any(cut.search(line) and rest.fullmatch(lines[i + 1]) for cut, rest in _GENRE_WRAPS)
        if wrapped:
            line, lines = line + lines[i + 1], lines[:i + 1] + lines[i + 2:]
        if (m := _TITLE_BEFORE_OPENING.match(line)) and m.start(1) == 0:
            line = m.group(1)  # …年度报告本报告根据《…: a browser printed the first paragraph on after the title
        if not (_title_like(line) and _TITLE_WORDS.search(line)) or _menu_genre(lines, i):
            continue
        above = lines[i - 1] if i else ""
        if above and _title_broken(above, line):
            line = above + line  # the line below names no body of its own (a site's banner above 某区2023年… is not)
            top = lines[i - 2] if i >= 2 else ""
            if (line.startswith(above + "关于") and _ORGANISATION.search(above) and _title_like(top)
                    and not _TITLE_WORDS.search(top) and _ORGANISATION.search(top)):
                line = top + line  # joint issuers, one a line, above 关于…: 中共某县委办公室 / 某县人民政府办公室 / 关于…
            elif _YEAR_ALONE.fullmatch(above) and len(top) <= 30 and re.fullmatch(_BODY_NAME, top) \
                    and leading_places_span(top)[1]:
                line = top + line  # a cover's body, year and genre one a line: 某县某局 / 2023年 / 政府信息公开…报告
        below = i + 1
        if below < len(lines) and _YEAR_LINE.match(lines[below]):
            line += lines[below]
            below += 1
        line = _fuller_title(line, lines[i + 1:]) or _body_over_genre(line, lines[below:]) or line
        return without_site_name(line)
    # a printed page's lines above its title that are neither menus nor a title (a 信息公开 catalogue printed
    # without rules, its labels wrapped in their cells): the title is the line the report's opening sentence follows
    for i, line in enumerate(lines[3:-1], 3):
        if _OPENS_REPORT.match(lines[i + 1]) and _YEAR_IN_TITLE.search(line) and _title_like(line) \
                and _PAGE_TITLE.fullmatch(_digit_years(line)):
            return line
    # a one-line page: its title is the run its line opens with, or the first after a breadcrumb (首页 > … > 年报)
    tokens = lines[0].split()[:20] if lines and not _title_like(lines[0]) else []
    crumbs = bool(tokens) and bool(_CRUMBS.match(" ".join(tokens[:2])))  # 当前位置： 首页 > …: the label's own token
    for token in tokens if crumbs else tokens[:1]:
        if crumbs and (step := _CRUMB_STEP.split(token)[-1]) != token:
            token = _glued_crumb(step)  # 首页>政务公开>年度报告某县…报告: the run after the breadcrumb's last step
        token = without_site_name(token)
        read = _digit_years(token)  # 二〇二三年 read as 2023年, of the same length: the title keeps its numerals
        if (m := _PAGE_OR_FORM_TITLE.fullmatch(read)) and m.start(1) == 0:
            return token[:m.end(1)]
        if (m := _TITLE_BEFORE_INFO.match(read) or _TITLE_BEFORE_OPENING.match(read)) and m.start(1) == 0:
            # 某局2024年…年度报告发布日期：2025-01-23, …年度报告本报告根据…: the info line or the text run onto the title
            return token[:m.end(1)]
        if len(token) > 20 or "。" in token:
            break
    return None


_CRUMB_STEP = re.compile(r"[>＞»›→]")


def _crumb_title(page_info) -> str | None:
    """The title an info line's breadcrumb ends with, after its last step and a space (当前位置：首页 > 政务公开 >
    年度报表 2022年政府网站工作年度报表 来源：…), where it names a year and a genre (…经济运行情况 too), or a body
    or 关于 and a genre (某县人民法院工作报告, 关于…提案工作情况的报告). A step alone is a column's name, unless it is a
    title naming its body or place, a year and a genre (首页 > 部门工作总结 > 某市某区应急管理局2022年工作总结), which
    no column's name does."""
    for key, value in page_info:
        if key.replace(" ", "") not in _CRUMB_KEYS:
            continue
        steps = _CRUMB_STEP.split(value)
        tokens = steps[-1].split()
        title = tokens[-1] if tokens else ""
        dated = (m := _CRUMB_TITLE.fullmatch(_digit_years(title))) and m.start(1) == 0
        named = leading_places_span(title)[1] or _PLACE_SHAPED.match(title) or title.startswith("关于")
        if len(tokens) > 1 and (dated or _UNDATED_CRUMB_TITLE.fullmatch(title) and named) \
                or len(tokens) == 1 and len(steps) > 1 and dated \
                and (named or _TITLE_ISSUER.match(title[_TITLE_LEAD.match(title).end():])):
            return title
    return None


def _glued_crumb(step: str) -> str:
    """A breadcrumb's last step with the page's title run onto it (年度报告某县人民政府2023年…): the title, from where a
    place is first named (the step alone where none is)."""
    for k in range(min(len(step), 12)):
        if leading_places_span(step[k:])[1]:
            return step[k:]
    return step


def listed_titles(text: str) -> list[str]:
    """The titles a list page (or a side column) gives with their dates, among the page's first lines; on a page
    with no sentence, also the report titles it lists without dates (two or more different ones)."""
    lines = _first_lines(text, 12)
    entries = [(m.group(1) or m.group(2)).strip() for ln in lines if (m := _LISTED.match(ln))]
    if "。" not in text:
        undated = [m.group(1) for ln in lines if (m := _REPORT_TITLE.fullmatch(ln.lstrip("·•●◆■> "))) and
                   m.start(1) == 0]
        entries += undated if len(set(undated)) >= 2 else []
    return [entry for entry in entries if _TITLE_WORDS.search(entry)]


def _digit_years(title: str | None) -> str | None:
    """A title with a year in Chinese numerals in digits (二〇二三年 -> 2023年), for reading; the title keeps its own."""
    if not title or not _NUMERAL_YEAR.search(title):
        return title
    return _NUMERAL_YEAR.sub(lambda m: year if (year := str(_numeral(m.group(1)))).startswith(("19", "20"))
                             else m.group(1), title)


def _numeral(word: str) -> int:
    """一 -> 1, 十 -> 10, 二十一 -> 21, 二〇二四 -> 2024 (a year is read digit by digit)."""
    if "十" not in word:
        return int("".join(str(_DIGIT[c]) for c in word))
    tens, _, ones = word.partition("十")
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)


def _iso(m: re.Match) -> str | None:
    """The ISO date of a match of _DATE, or of _SIGN_DATE in digits or numerals."""
    parts = [g for g in m.groups() if g is not None][:3]
    try:
        return date(*(int(p) if p.isdigit() else _numeral(p) for p in parts)).isoformat()
    except ValueError:  # 2023-13-45 is no date
        return None


def issued_date(text: str) -> str | None:
    """The day a document was issued, as its last lines print it (某县人民政府办公室  2024年1月19日印发)."""
    printed = list(_PRINTED.finditer(text[-400:]))
    return _iso(printed[-1]) if printed else None


def extract_publish_date(text: str, title: str | None = None) -> str | None:
    """The report's date: a dated key in its head, its issue or signing date at its end, or a date alone on a line
    under its title (where the title stands at the top, or under a site's menus a browser printed with the page)."""
    head = text[:600]
    m = _PUBLISH.search(head)
    if m and _iso(m):
        return _iso(m)
    # signature date at the end of the report ("2019年3月20日" alone on a line)
    # the day the document was issued (某县人民政府办公室  2024年1月19日印发, a document's last line), else its signing
    if issued := issued_date(text):
        return issued
    tail = list(_SIGN_DATE.finditer(text[-400:]))
    if tail:
        return _iso(tail[-1])
    # or after its signature on one line (某县交通运输局  2024年9月5日)
    signed = [part for ln in text[-400:].split("\n") for part in _signed_and_dated(ln.strip())[1:]]
    if signed and (day := _SIGN_DATE.match(signed[-1])):
        return _iso(day)
    lines = _first_lines(text, _TITLE_LINES)
    at = next((k for k, line in enumerate(lines) if title and line.startswith(title[:10])), 0)
    under = next((m for line in lines[:4] + lines[at + 1:at + 4] if (m := _DATE_UNDER_TITLE.match(line))), None)
    if under:
        return _iso(under)
    # a work report's session line (——2024年1月18日在某县第十届人民代表大会第四次会议上): the day it was delivered
    session = _SESSION_DATE.search(head) if re.search("人民代表大会|人大工|政协", head) else None
    return _iso(session) if session else None


# ---------------------------------------------------------------------------------------------- page header
# header keys (lib/normalize.py takes them out of the text) by the field they give, the most telling first
_HEADER_FIELDS = {
    "title": ("标题", "文章标题", "题目", "名称", "title", "Title"),
    # the day a page went up before the day its document was issued (印发); the day it was signed (成文日期) yields
    # to an issue date the text prints too (signed_date)
    "publish_date": ("发布时间", "发布日期", "公开日期", "公开时间", "生成日期", "发文日期", "时间", "日期", "更新时间",
                     "印发日期", "印发时间", "publish_time", "publish_date", "pub_time", "pub_date", "pubDate",
                     "publishDate", "publishTime", "date", "Date"),
    "signed_date": ("成文日期", "成文时间"),
    # never 主办单位: that is the website's owner, whoever's report the page holds
    "issuer": ("发布机构", "发文机关", "发文机构", "发布单位", "发布部门", "来源", "信息来源", "文章来源", "source",
               "Source"),
    "source_url": ("原文链接", "原文地址", "原文网址", "来源链接", "链接", "网址", "URL", "url"),
}
# 年度报告_某县人民政府, 年度报告 - 某县人民政府, 年度报告-某县人民政府: the site's name after the title
# (a bare hyphen only after a word a title ends with: 报告, 总结, 要点, 计划, 情况, 打算, 安排, 方案, 思路, 意见, 说明, 公示,
# 报表, 报告书, 纪要)
SITE_SUFFIX = re.compile(r"\s*[_|｜]\s*|\s+[-－—]\s+|(?<=[告结报点划况算排案路见明示表书要）)])[-－](?=[\u4e00-\u9fff])")
_ORGANISATION = re.compile(_ORGANISATION_END + "$")
_SITE_WORDS = re.compile(r"(?:门户网站|网站|官网|官方网站|网)$")


def site_name(tail: str) -> bool:
    """Whether what follows a title after _ | - is its site's name: 某县人民政府门户网站, or the body that runs the
    site named alone (某市人民政府), with no year or title word of its own."""
    return bool(_SITE_WORDS.search(tail) or len(tail) <= 30 and not re.search(r"\d", tail)
                and not _TITLE_WORDS.search(tail) and re.search(_ORGANISATION_END + "$", tail))
_URL = re.compile(r"(?:https?://|www\.)[!-~]+")


def title_site(title: str) -> tuple[str, str | None]:
    """A page's title and its site's name after _ | - (某县…报告_某县人民政府门户网站: the site's), as a title line, a
    browser's print (its Title property is the page's <title>) or a one-line page has it; None where none follows."""
    site = SITE_SUFFIX.split(title, 1)
    return (site[0], site[1].strip()) if len(site) == 2 and site_name(site[1].strip()) else (title, None)


def without_site_name(title: str) -> str:
    return title_site(title)[0]


def _header_title(value: str) -> str | None:
    return SITE_SUFFIX.split(value)[0].strip() or None


# a date under a date's key written without separators (发布日期：20240125), or in numerals (二〇二四年一月二十五日)
_HEADER_DATE = re.compile(r"\s*(?:" + _DATE + r"|((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)|"
                          + _NUMERAL_DATE + ")")


def _header_date(value: str) -> str | None:
    m = _HEADER_DATE.match(value)
    return _iso(m) if m else None


# a news outlet a page names as its 来源 reposts a report and issues none (某县融媒体中心, 某市广播电视台)
NEWS_OUTLET = re.compile(r"(?:融媒体中心|广播电视台|电视台|广播电台|日报社?|晚报社?|报社|新闻中心|新闻网|传媒集团)$")


def _header_issuer(value: str) -> str | None:
    """An organisation's name (a site's, 某县人民政府网, stands for its body) or a section's of one (某局综合科); not a
    news outlet or 本网."""
    name = re.sub(r"\s+", "", value)
    return name if 2 <= len(name) <= 40 and _ORGANISATION.search(section_holder(_SITE_WORDS.sub("", name))) \
        and not NEWS_OUTLET.search(name) else None


def _header_url(value: str) -> str | None:
    m = _URL.search(value)
    return m.group(0) if m else None


# the day a site's CMS put a page up, in the page's address: …/202401/t20240115_123.html (TRS),
# …/art/2024/1/15/art_1229_345.html (jcms), …/2024-01/15/content_5566.htm (a month directory, the day's under it),
# …/c/2024-01-15/889.shtml (a day's directory). Digits that run on into an id (content_2024012345) or a month alone
# (/202401/) say no day.
_URL_DATE = re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+\.|/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/art_"
                       r"|/((?:19|20)\d{2})-(\d{2})/(\d{2})/|/((?:19|20)\d{2})-(\d{2})-(\d{2})/")


def url_date(url: str | None) -> str | None:
    """The ISO date a page's address holds, where its site's CMS writes one."""
    m = _URL_DATE.search(url or "")
    return _iso(m) if m else None


_HEADER_READERS = {"title": _header_title, "publish_date": _header_date, "signed_date": _header_date,
                   "issuer": _header_issuer, "source_url": _header_url}


def header_fields(page_info: list[tuple[str, str]]) -> dict[str, str]:
    """title, publish_date and signed_date (ISO), issuer and source_url from a page's header lines, where they hold
    one."""
    values: dict[str, str] = {}
    for key, value in page_info:
        values.setdefault(key, value)
    out = {}
    for name, keys in _HEADER_FIELDS.items():
        for key in keys:
            if key in values and (read := _HEADER_READERS[name](values[key])):
                out[name] = read
                break
    site = next((SITE_SUFFIX.split(values[k], 1) for k in _HEADER_FIELDS["title"] if k in values), [])
    if "issuer" not in out and len(site) == 2 and _SITE_WORDS.search(site[1].strip()):
        out["issuer"] = _header_issuer(site[1])  # 某县2023年…报告 - 某县人民政府门户网站: the site's body posted it
        out = {k: v for k, v in out.items() if v}
    return out


# ---------------------------------------------------------------------------------------------- issuer and body
_SIGNATORY = re.compile(r"(?:政府|局|办|委|委员会|管委会|中心|厅|院|室|办事处)$")  # a zone signs as its committee
# a cover's date: a signature's, or its month alone (二〇二四年一月)
_COVER_DATE = re.compile(_SIGN_DATE.pattern + r"|^\s*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*"
                         r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*$", re.M)
# the website form's reporting body (填报单位：某县人民政府办公室, 填报单位（盖章）：…, or in the cell beside its label)
_FORM_FILER = re.compile(r"填报单位[ \t\u3000]*(?:[（(][盖公签]章[)）])?[ \t\u3000]*[:：]?[ \t\u3000]*"
                         r"([\u4e00-\u9fff（）()]{4,40})")
# a table's compiler under its title row (编制单位：某县财政局, 填报单位（盖章）：…, 制表单位：…)
_TABLE_FILER = re.compile(r"^(?:编制|填报|制表)单位[ \t\u3000]*(?:[（(][盖公签]章[)）])?[ \t\u3000]*[:：][ \t\u3000]*"
                          r"([\u4e00-\u9fff（）()]{4,40})", re.M)
_COMPILED_BY = re.compile(r"本(?:年度)?报告[^。\n]{0,60}?由([\u4e00-\u9fff（）()]{4,40}?)(?:根据[^。\n]{0,60}?)?(?:负责)?"
                          r"(?:编制|编写|起草)")  # 本报告由某县人民政府办公室根据《条例》要求编制


# a bulletin's co-signer, the national statistics bureau's survey team of the place (国家统计局某调查队), signs after
# the place's statistics bureau, on its line or on the line below
_SURVEY_TEAM = re.compile(r"调查总?队$")


def _signers(line: str) -> list[str]:
    """The bodies a signature line names (two may sign on one line, apart by spaces); none where the line is a label's
    (起草单位：某局, 联系人：…, 抄送：…): a unit that drafted, is the contact for or receives a report did not issue it."""
    if "：" in line or ":" in line:
        return []
    names = re.split(r"\s+", line)
    if all(len(name) <= 30 and _SIGNATORY.search(name) for name in names):
        return names
    # a name spaced out, a character or two a piece: 某 县 人 民 政 府
    return [line] if len(line) <= 30 and _SIGNATORY.search(line) and all(len(n) <= 2 for n in names) else []


def _signing_group(lines: list[str], i: int) -> list[str]:
    """The bodies signing over ``lines[i]`` (its date), the issuer first: the first of the bodies on the lines just
    above it (a bureau signs above the centre it runs), the government before the Party committee signing with it, or
    where a survey team co-signs, the bureau before the team on that line (某县统计局  国家统计局某调查队) or on the line
    above it; then the others in the order they sign."""
    line = lines[i - 1]
    names = re.split(r"\s+", line)
    if any(_SURVEY_TEAM.search(name) for name in names):
        # the team may sign first on the line (国家统计局某调查队  某市统计局): the bureau issues all the same
        team = [name for name in names if _SURVEY_TEAM.search(name)]
        bureau = [name for name in names if not _SURVEY_TEAM.search(name)]
        line = bureau[0] if bureau else lines[i - 2] if i > 1 else ""
        return [line, *team, *bureau[1:]] if len(line) <= 30 and _SIGNATORY.search(line) else []
    signers: list[str] = []
    while i and (names := _signers(lines[i - 1])):  # upwards while the lines above are bodies too
        signers[:0] = names
        i -= 1
    lead = next((name for name in signers if not _PARTY.match(name)), signers[0] if signers else None)
    return [lead] + [name for name in signers if name is not lead] if lead else []


# body(ies)  its date; on a page run onto one line, after the last sentence (…加强培训。 某县人民政府 2014年2月17日)
_SIGNED_ON = re.compile(r"^(?:.*[。！；][ \t\u3000]+)?(.{4,62}?)[ \t\u3000]+(" + _SIGNED_DATE + r")$")


def _signed_and_dated(line: str) -> list[str]:
    """A signature and its date on one line (县统计局  2024年4月20日) as the two lines they are printed as elsewhere
    (the text before them, on a one-line page, left out)."""
    m = _SIGNED_ON.match(line)
    return [m.group(1), m.group(2)] if m and _signers(m.group(1)) else [line]


def signing_bodies(text: str) -> list[str]:
    """The bodies that sign a report (_signing_group): on their own lines just before its closing date, or before the
    date at a cover's foot (《2023年…年度报告》 / 某县某局 / 二〇二四年一月); [] where none signs."""
    tail = [part for ln in text[-400:].split("\n") if ln.strip() for part in _signed_and_dated(ln.strip())]
    for lines, dated in ((tail, _SIGN_DATE), (_first_lines(text, 6), _COVER_DATE)):
        if group := next((group for i, ln in enumerate(lines) if i and dated.match(ln)
                          and (group := _signing_group(lines, i))), None):
            return group
    return []


def extract_issuer(text: str, title: str | None, page_issuer: str | None = None,
                   signed: list[str] | None = None) -> tuple[str | None, str | None]:
    """(issuer, where it was found): the government a work report is made by to its congress, the signature (a
    department may post its government's report), the page's 发布机构 or 来源, the body the report says compiled it,
    or the body the title opens with; the first that names its place (a page's 区政府办 yields to the 某某区人民政府办公室
    its report names). ``signed``: the report's signing_bodies, where the caller has read them."""
    named = _named_body(title) if title else None
    bare = m.group(0) if title and (m := _BARE_KIND.match(title)) else None  # 法院工作报告: a body by its kind alone
    found = []
    if session := _SESSION.search(text, 0, 600):
        # the body reporting to its people's congress, whoever posted its report: the government, unless a court, a
        # procuratorate or the standing committee delivers it (its head's line, its own words, or the title's name)
        found.append((_session_speaker(text, session, named, bare), "text"))
    elif (cppcc := _CPPCC_SESSION.search(text, 0, 600)) and bare in ("常委会", "常务委员会"):
        found.append((f"政协{cppcc.group(1)}委员会常务委员会", "text"))  # not the government that posted it
    elif (standing := _STANDING_SESSION.search(text, 0, 600)) and (head := _DEPARTMENT_HEAD.match(text, standing.end())):
        department, word = head.group(1), _level_word(head.group(1))  # 县审计局: the session's place's
        found.append((standing.group(1) + department[len(word):] if word and standing.group(1).endswith(word)
                      else department, "text"))
    if presenter := _presenting_body(text, page_issuer, title):
        found.append((presenter, "text"))  # a press conference's transcript: the presenting body's, not its host's
    # a bulletin's compiler on the line under its title (某县统计局), before a notice's signature that issues it
    # (signed with the survey team on the same line, 某县统计局  国家统计局某调查队: the first)
    # (or with its date: 某县发展和改革局  2023年1月16日)
    byline = re.search(rf"^\s*{re.escape(title)}\s*\n\s*([\u4e00-\u9fff]{{4,30}})"
                       rf"(?:[ \t\u3000]+(?:[\u4e00-\u9fff]{{4,30}}|{_DATE}))?\s*$", text[:2000], re.M) \
        if title and not named else None
    if byline and re.fullmatch(_BODY_NAME, byline.group(1)) and _SIGNATORY.search(byline.group(1)):
        found.append((byline.group(1), "text"))
    if signed := signing_bodies(text) if signed is None else signed:
        found.append((signed[0], "text"))
    if page_issuer:
        if found and normalize_body(found[-1][0]) == normalize_body(page_issuer) + "办公室":
            found.pop()  # the office signs for the body the page names as its source
        found.append((page_issuer, "header"))
    if (m := _ISSUER.search(text[:600])) and not NEWS_OUTLET.search(m.group(1)):
        found.append((m.group(1), "text"))
    if compiled := _COMPILED_BY.search(text, 0, 1500):
        found.append((compiled.group(1), "text"))  # 本报告由某县人民政府办公室编制
    if named:
        found.append((named, "title"))
    placed = [f for f in found if not _PLACELESS.match(normalize_body(f[0]))]
    issuer, where = (placed or found or [(None, None)])[0]
    if issuer and not session and not issuer.endswith("人民政府") \
            and (_TO_THE_CONGRESS.search(text, 0, 600) or _ENTRUSTED.search(text, 0, 600)) \
            and (end := leading_places_span(name := normalize_body(issuer))[1] or len(_level_word(name))):
        # a department's head giving the government's report on its behalf (受县人民政府委托): to the congress without
        # its session line (…提请县人民代表大会…审议), or its plan, budget or audit work report to the standing
        # committee, the government's as at the congress's session (县财政局's, 县审计局's: 县人民政府, its place read
        # as a level-named body's); such a report in the department's own name, entrusted by no one, stays the
        # department's
        return name[:end] + "人民政府", "text"
    return issuer, where


# a press conference's presenter (发布人：市统计局局长 某某, 发布人：某市统计局党组书记、局长 某某): the body whose release it
# is; the 新闻办 that hosts it holds every body's conferences, so the presenter's releases over the years are one series
_PRESENTER = re.compile(r"发布人\s*[:：]\s*([\u4e00-\u9fff]{2,30}?(?:局|厅|委员会|委|办公室|中心|队))"
                        r"(?:党组|党委)?(?:副?书记、)?(?:代理|常务副|副|一级巡视员|二级巡视员)?"
                        r"(?:局长|厅长|主任|队长|巡视员|新闻发言人|负责人)")


def _presenting_body(text: str, host: str | None, title: str | None) -> str | None:
    """The body presenting at a press conference the text transcribes (its first 发布人), a name by its level alone
    (市统计局) taking the place of the host or the title where that place is of the level (某市人民政府新闻办公室)."""
    if "发布会" not in (title or "") + text[:1500] or not (m := _PRESENTER.search(text, 0, 1500)):
        return None  # a page's 发布人 byline (信息发布人：…) on any other text names no presenter
    body = m.group(1)
    if word := _level_word(body):
        for name in (host, title):
            if name and (end := leading_places_span(normalize_body(name))[1]) \
                    and normalize_body(name)[:end].endswith(word):
                return normalize_body(name)[:end] + body[len(word):]
    return body


_ENTRUSTED = re.compile(r"受[^\n。，]{0,12}?人民政府委托")
_TO_THE_CONGRESS = re.compile(_ENTRUSTED.pattern + r"[^\n。]{0,80}?提请[^\n。]{0,40}?(?:人民代表大会|人大)"
                              r"(?!常务委员会|常委会)")


def _session_speaker(text: str, session: re.Match, named: str | None, bare: str | None) -> str:
    """The body delivering a report at the congress session ``session`` names: its head's line under the session,
    else the body the report speaks for, else the title's body (``bare``: the kind a title names alone, in the
    session's place), else the place's government. A name by its level alone (县人民检察院) takes the session's
    place."""
    place = session.group(1)
    speaker = _SPEAKER.match(text, session.end() + text[session.end():session.end() + 40].find("\n")) \
        or _ON_BEHALF.search(text, session.end(), session.end() + 400)
    body = speaker.group(1) if speaker else place + _BARE_KINDS[bare] if bare and named in (None, bare) \
        else named if named and re.fullmatch(_DELIVERING, named) else f"{place}人民政府"
    body = re.sub(r"人大常委会$", "人民代表大会常务委员会", body)
    if word := _level_word(body):
        body = place + body[len(word):] if place.endswith(word) else body
    return body


# a body named by its level alone (市行政审批局, 县政府办): its place is the reader's, not the name's; 市场 is a word
_UNIT_ALONE = re.compile(r"[局委办府院]?(?:办公室|[\u4e00-\u9fff]{1,4}[科股])")  # 办公室, 局办公室, 综合科, 政务公开股
_PLACELESS = re.compile(r"^(?:本|我|自治区|[省市县区镇乡旗州盟](?!场))")  # 自治区人社厅: an autonomous region's; 州人民政府: a prefecture's


# a department named by its kind alone (来源：统计局 on a county's site), not a national body, nor one whose name holds
# a place of its own (青禾新区管理委员会, 太湖流域管理局, 长江航务管理局; 城乡 and 农村 are words)
_KIND_ALONE = re.compile(r"(?!国家|中国|中共|全国)[\u4e00-\u9fff]{1,10}?(?:局|委员会)")
_OWN_PLACE_WORD = re.compile(r"[省市县区州盟旗镇乡村湖江河海山]|流域|航[务道运]")


def _kind_alone(name: str) -> bool:
    return bool(_KIND_ALONE.fullmatch(name) and not _ZONE_WORDS.search(name)
                and not _OWN_PLACE_WORD.search(re.sub("城乡|农村", "", name)))


def _level_word(name: str) -> str:
    """The level a body is named by instead of its place (市 of 市统计局, 自治区 of 自治区人社厅), or ''."""
    m = _PLACELESS.match(name)
    return m.group(0) if m else ""


# the short forms sites and titles use for a kind of body, in full, so that a body's years spelled either way are one
# series (市工商局 and 某市工商行政管理局, 高新区管委会 and 某高新技术产业开发区管理委员会); only forms with one full name
_SHORT_KINDS = {"工商局": "工商行政管理局", "市场监管局": "市场监督管理局", "质监局": "质量技术监督局",
                "食药监局": "食品药品监督管理局", "人社局": "人力资源和社会保障局", "高新区": "高新技术产业开发区",
                "经开区": "经济技术开发区", "环保局": "环境保护局", "卫计委": "卫生和计划生育委员会",
                "卫生计生委": "卫生和计划生育委员会", "卫健委": "卫生健康委员会", "卫计局": "卫生和计划生育局",
                "卫生计生局": "卫生和计划生育局", "卫健局": "卫生健康局", "发改局": "发展和改革局",
                "发改委": "发展和改革委员会", "住建局": "住房和城乡建设局", "应急局": "应急管理局", "医保局": "医疗保障局",
                "退役军人局": "退役军人事务局", "市监局": "市场监督管理局", "人防办公室": "人民防空办公室",
                "人防办": "人民防空办公室", "资规局": "自然资源和规划局",
                # the official short forms that drop 和 (人力资源社会保障局, 发展改革委): one body's name either way
                "人力资源社会保障": "人力资源和社会保障", "发展改革委员会": "发展和改革委员会", "发展改革委": "发展和改革委员会",
                "发展改革": "发展和改革", "住房城乡建设": "住房和城乡建设"}
_SHORT_KIND = re.compile("|".join(sorted(_SHORT_KINDS, key=len, reverse=True)))  # 人防办公室 before 人防办


def full_kind_names(name: str) -> str:
    """A name with the short forms of its kinds of body in full (襄阳高新区 -> 襄阳高新技术产业开发区)."""
    return _SHORT_KIND.sub(lambda m: _SHORT_KINDS[m.group(0)], name)


_FUND_CENTRE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(住房公积金管理中心)")
_HOTLINE_NAME = re.compile(r"12345[^\d\s]{0,10}?热线(?:[^\d\s]{0,4}?中心)?$")


def normalize_body(name: str) -> str:
    """One spelling of a body's name: no spaces or site words, short kinds of body in full, 政府 of a place as
    人民政府, 管委会 in full."""
    name = full_kind_names(_SITE_WORDS.sub("", re.sub(r"\s+", "", name)))
    name = re.sub(r"(?<=[省市县区旗镇乡州盟])政府", "人民政府", name)
    name = re.sub(r"人民政府办$", "人民政府办公室", name)
    name = re.sub(r"(?<=[省市县区旗州盟])府办(?:公室)?$", "人民政府办公室", name)  # 县府办: the county's government's office
    # a place's 12345 hotline by any of its names (12345热线, 12345市长热线, 12345市民服务热线) or its centre's (12345
    # 政务服务便民热线管理中心, 12345热线服务中心, which runs it and signs its reports): a place has one 12345 line, one body
    # over its years
    name = _HOTLINE_NAME.sub("12345政务服务便民热线", name)
    # a city's housing fund centre by its short names (公积金中心, 住房公积金中心, 公积金管理中心): it has one full name,
    # its city's in full (某某住房公积金中心 of 某某市: each city has one)
    name = re.sub(r"(?:住房)?公积金(?:管理)?中心", "住房公积金管理中心", name)
    if (fund := _FUND_CENTRE.match(name)) and [full for _, _, full in places_named(fund.group(1))] == [fund.group(1) + "市"]:
        name = fund.group(1) + "市" + name[fund.start(2):]
    # a 街道 named as its district's or county's government's agency (某区人民政府某街道办事处) is that 街道's office;
    # so is its 政务服务中心 (某县人民政府政务服务中心), which 政务中心 is short for
    name = re.sub(r"(?<=[区县市旗])人民政府(?=[\u4e00-\u9fff]{1,10}?街道|政务服务中心|政务中心)", "", name)
    name = name.replace("政务中心", "政务服务中心")
    # a town or sub-district named alone is its government or office (百江镇 is 百江镇人民政府)
    name = re.sub(r"(?:(?<=[镇乡])|(?<=苏木))$", "人民政府", re.sub(r"(?<=街道)(?:办)?$", "办事处", name))  # 某街道办 too
    return name.replace("管委会", "管理委员会")


def _short_name_alone(lead: str, own: str) -> bool:
    """Whether the places a body's name opens with end in its place's short name without its level: 温州大学 opens
    with 温州 of 温州市 and is no body of 温州市's (延边州 is a short name with its level, 杭州市 a full name)."""
    return not lead.endswith(own) and any(own.startswith(lead[i:]) for i in range(len(lead) - 1))


_DEPARTMENT = re.compile(r"(?:局|办公室|中心)$")  # a department's name, as a zone's committee names its own
_ZONE_WORDS = re.compile(r"开发区|新区|园区|实验区|示范区|管理委员会|管委会")
_ZONE_END = re.compile(r"(?:开发区|新区|园区|实验区|示范区)$")  # a zone's name before its department's


# 某县人民政府办公室关于2023年度政府信息公开工作年度报告: the office reporting on a year's work, which is its
# government's when the text speaks of the whole place (全县, 我县, 各级行政机关), not of the office's own (我办)
_OFFICE_ON_THE_YEAR = re.compile(r"^([^\s办、]+?(?:人民政府|管理委员会))办公室关于([^\s\d]{0,20}?)(?:19|20)\d{2}")
# (or the government the year's work opens with: 2023年，区政府认真贯彻…, not 区政府办公室)
_WHOLE_PLACE = re.compile(r"全[省市县区旗州盟]|[我本][省市县区旗州盟]|各级行政机关|"
                          r"(?:19|20)\d{2}年度?[，,]\s*[省市县区旗州盟](?:人民)?政府(?!办)")
_OWN_OFFICE = re.compile(r"[我本]办|本机关")


# a section inside a department (某县财政局办公室, 某市统计局综合科, 某局政策法规股, 某委员会综合室) posts for it; not a
# government's, a party committee's or a congress's 办公室, which is a body of its own (某县人民政府办公室, 县委办公室)
_SECTION = re.compile(r"(.+?(?:局|厅|署|中心|委员会|委|办公室))(办公室|[^局厅署委会心办室科股]{1,6}[科股室])$")
_OWN_OFFICE_BODY = re.compile(r"^(?:中共|中国共产党)|常务委员会|人大|政协|纪律检查委员会$|(?:[省市县区州旗盟]|党|工|纪)委$")


def section_holder(name: str) -> str:
    """The body a section of it names (某县财政局办公室 -> 某县财政局, 某县人民政府办公室综合股 -> 某县人民政府办公室),
    else the name."""
    m = _SECTION.match(name)
    return name if not m or m.group(2) == "办公室" and _OWN_OFFICE_BODY.search(m.group(1)) else m.group(1)


_SECTION_ALONE = re.compile(r"[局委办]?(?:办公室|[^局厅署委会心办室科股府]{1,10}[科股室])")  # 综合科, 规划发展与信息化科
_DEPARTMENT_SITE = re.compile(r"(?:局|厅|署|委员会)$")


def _sections_department(page_info, owner: str | None) -> str | None:
    """The department whose own site (主办: 某市卫生健康局) gives a section named alone as the page's source."""
    source = next((re.sub(r"\s+", "", v) for k, v in page_info if k in _HEADER_FIELDS["issuer"]), "")
    department = section_holder(normalize_body(owner)) if owner else ""
    return department if _SECTION_ALONE.fullmatch(source) and _DEPARTMENT_SITE.search(department) \
        and not _OWN_OFFICE_BODY.search(department) else None


def issuing_body(title: str | None, issuer: str | None, issuer_found: str | None, text: str = ""
                 ) -> tuple[str | None, str | None]:
    """(body, where it was found): the body the title opens with (a report is its body's, whoever posted it), else
    the issuer. A body the title names by its level alone (区行政审批局) takes the issuer's name when that is the
    same body with its place (某市某区行政审批局). A government's office reporting 关于 a year's work on the whole
    place (``text``, the report's) reports its government's; its briefing (通报) on the place is its own."""
    named = _named_body(title) if title else None
    full = section_holder(normalize_body(issuer)) if issuer else None
    if named and (office := _OFFICE_ON_THE_YEAR.match(title)) and normalize_body(named) == office.group(1) + "办公室" \
            and not title.rstrip().endswith("通报"):  # a briefing on the place's websites is the office's own
        about = office.group(2)  # 关于某县2023年…: the place's year, its government's
        if (leading_places(about) or -1) == leading_places(office.group(1)) if about else \
                _WHOLE_PLACE.search(text, 0, 600) and not _OWN_OFFICE.search(text, 0, 600):
            return normalize_body(office.group(1)), "title"
    if named:
        body = normalize_body(named)
        if _PLACELESS.match(body) and full and full.endswith(body[len(_level_word(body)):]) \
                and not _PLACELESS.match(full):
            return full, issuer_found
        if full and len(full) > len(body) \
                and re.fullmatch(rf"(?:人民)?{re.escape(body)}", full[leading_places_span(full)[1]:]):
            return full, issuer_found  # 统计局 posted by 某市统计局, 检察院 delivered by 某县人民检察院: the issuer is the
            # title's body with its place
        if full and body in _BARE_KINDS and full != _BARE_KINDS[body] and (
                full.endswith(_BARE_KINDS[body]) or full.startswith("政协") and full.endswith("委员会常务委员会")):
            return full, issuer_found  # 常务委员会 delivered by 某县人民代表大会常务委员会 (or 政协某县委员会常务委员会)
        if full and full != body and full.endswith(body) and _ZONE_END.search(full[:-len(body)]) \
                and not leading_places_span(body)[1]:
            return full, issuer_found  # 社会事业局 signed by 某某经济技术开发区社会事业局: the zone's department
        if full and full.endswith("管理委员会") and _DEPARTMENT.search(body) and not leading_places_span(body)[1] \
                and not _ZONE_WORDS.search(body):
            return full + body, issuer_found  # 社会事务局 posted by its zone's 管委会: the committee's department
        return body, "title"
    # 某县2023年政府信息公开工作年度报告, posted by 某县人民政府办公室: the place's own report, its government's; a
    # zone's (某高新区2023年…, 某开发区政府信息公开…), posted or signed by its committee or the committee's office,
    # the committee's
    government = re.match(r"(.+?)(人民政府|管理委员会)(?:办公室)?$", full or "")
    lead = full_kind_names(title[_TITLE_LEAD.match(title).end():]) if title else ""
    if government and re.match(re.escape(government.group(1)) + r"\s*(?:(?:19|20)\d{2}|政府信息公开)", lead):
        return government.group(1) + government.group(2), issuer_found
    # a title naming no place (2023年政府信息公开工作年度报告), by 某市人民政府办公室 on the whole place (全市): its
    # government's
    if government and title and full.endswith("办公室") and not leading_places_span(lead)[1] \
            and _PLACE_OWN_GENRE.search(title) \
            and _WHOLE_PLACE.search(text, 0, 600) and not _OWN_OFFICE.search(text, 0, 600):
        return government.group(1) + government.group(2), issuer_found
    # a place's own report (某市某县2023年政府信息公开…, 某县2023年政务公开…), whoever posted it (县政府办, a city's
    # portal, none), is its government's; a zone's named with its city (某市高新区2023年…), its committee's
    if title and _PLACE_OWN_GENRE.search(title):
        code, end = leading_places_span(lead)
        if code and lead[end - 1] in _FULL_NAME_END and _OWN_REPORT_AFTER.match(lead, end):
            return lead[:end] + "人民政府", "title"
        if (zone := _PLACED_ZONE.match(lead)) and leading_places_span(zone.group(1))[1]:
            return zone.group(1) + "管理委员会", "title"
    if full and title and _PLACELESS_HOTLINE.match(lead) and _RUNS_HOTLINE.search(full):
        # 关于2022年度12345热线工作情况的报告, signed by the city's 政务服务 office or posted by its government: the report
        # of the hotline of the place its signer is of (市… by its level alone: the level, placed with the region), as
        # the hotline's years that name it are; a department reporting on the hotline's orders it handled (某市住建局)
        # reports its own work
        code, end = leading_places_span(full)
        place = full[:end] if end and full[end - 1] in _FULL_NAME_END else _level_word(full)
        if place:
            return place + "12345政务服务便民热线", issuer_found
    return (full, issuer_found) if full else (None, None)


# a title whose subject is a 12345 hotline named without its place (12345热线…, 12345政务服务便民热线…, past the year)
_PLACELESS_HOTLINE = re.compile(r"[全本]?[省市县区旗州盟]?12345[^\d\s]{0,10}?热线")
# the bodies that run a place's hotline or speak for the place: its 政务服务/数据/审批 bureau or centre, the hotline's
# own centre, the government or its office
_RUNS_HOTLINE = re.compile(r"热线|政务服务|政务|数据|审批|便民服务|(?:人民政府|管理委员会|行政公署)(?:办公室|办公厅)?$")


# the genres a place reports on as a whole, by its government: not a bulletin (its statistics bureau's)
_PLACE_OWN_GENRE = re.compile(r"政府信息公开|政务公开|政府工作报告|法治政府建设")
_OWN_REPORT_AFTER = re.compile(r"\s*(?:(?:19|20)\d{2}|政府信息公开|政务公开)")
_PLACED_ZONE = re.compile(r"(\S{2,20}?(?:高新技术产业开发区|经济技术开发区|经济开发区|开发区|工业园区|产业园区|实验区|示范区|"
                          r"保税区))" + _OWN_REPORT_AFTER.pattern)


def extract_report_year(text: str, title: str | None, publish_date: str | None,
                        doc_type: str = "other") -> tuple[int | None, str | None]:
    """(year, what it was read from: 'title', 'text' or 'publish_date'): the year the statistics cover, the year a
    title names, else the year the text speaks of most. A government work report is named after the year of its
    congress session and reports on the year before it. A school year's report (2023-2024学年) is of the year its
    school year ends in, as a calendar year's is published after the year it covers (report_period 学年)."""
    if title and "学年" in title and (school_year := _SCHOOL_YEAR.search(title)):
        return int(school_year.group(1)), "title"
    if title and _YEAR_RANGE.search(title):
        return None, None  # 2022—2023年度, （2023—2025年）, 2023-2024学年: no one year is the report's
    if title:
        m = _YEAR_IN_TITLE.search(title)
        if m:
            year = int(m.group(1))
            if doc_type == "government_work_report" and (_REVIEW.search(text, 0, 8000)
                                                         or _LAST_YEAR_OPENING.search(text, 0, 8000)) \
                    or doc_type in ("plan_report", "budget_report") and _DRAFT_ONLY.search(title):
                return year - 1, "title"
            return year, "title"
    if doc_type == "government_work_report":
        if m := _REVIEWED_YEAR.search(text, 0, 8000):
            return int(m.group(1)), "text"
        if session := _session_year(text):
            return session - 1, "text"
    elif (session := _session_year(text)) and _REVIEW.search(text, 0, 8000):
        return session - 1, "text"  # a 人大常委会's or 政协's report to the session looks back on 过去一年
    if m := _REFERENCE_MOMENT.search(text, 0, 3000):
        # a census counts as of its moment, whatever years it compares
        return int(next(year for year in m.groups() if year)), "text"
    if title and (m := _POPULATION_CENSUS.search(title)):
        return 1990 + 10 * "四五六七八九".index(m.group(1)), "title"  # 第七次全国人口普查: 2020 (decennial since 1990)
    publish_year = int(publish_date[:4]) if publish_date else None
    head = text[:20000]
    if "〇" in head or "○" in head:
        head = _digit_years(head)  # 二〇一〇年，我局…: a year in numerals counts as one in digits (of one length)
    plans = _plan_sections(head)
    # a year the text starts from (自2008年以来, 从2019年起) is no year the report covers
    years = Counter(int(m.group(1)) for m in _YEAR_MENTION.finditer(head)
                    if not (m.start() and (head[m.start() - 1].isdigit() or head[m.start() - 1] in "自从"))
                    and not any(start <= m.start() < end for start, end in plans))
    if publish_year:
        years = Counter({y: c for y, c in years.items() if y <= publish_year})
    if years:
        year = years.most_common(1)[0][0]
        if year == publish_year and publish_date[5:7] == "01" and not extract_report_period(title) \
                and _DONE_THIS_YEAR.search((title or "") + "\n" + text[:3000]) \
                and not re.search(rf"{year}\s*年\s*[1一元]\s*月|今年\s*[1一元]\s*月", head):
            # 今年以来… posted in January: its 2024年 is the coming year's (2024年，我局将…), unless the text is on
            # January itself (2024年1月, 今年1月)
            return year - 1, "publish_date"
        return year, "text"
    if publish_year and (end := _period_end(extract_report_period(title))):
        # a month's or a quarter's report naming no year (1月份…通报, 第四季度…情况): of the posting year where the
        # period has ended by the posting month (1月份 posted in January), else of the year before (第四季度 in January)
        return (publish_year if end <= int(publish_date[5:7]) else publish_year - 1), "publish_date"
    if publish_year and publish_date[5:7] != "01" and _THIS_YEAR.search((title or "") + "\n" + text[:3000]):
        return publish_year, "publish_date"  # 今年以来… posted after January: written in the year it was posted
    return (publish_year - 1, "publish_date") if publish_year else (None, None)


_PERIOD_ENDS = {"第一季度": 3, "第二季度": 6, "第三季度": 9, "第四季度": 12, "前三季度": 9, "上半年": 6, "下半年": 12}


def _period_end(period: str | None) -> int | None:
    """The last month of a report_period (第二季度: 6, 1-9月: 9, 1月: 1); None for none or a school year."""
    if period is None or period == "学年":
        return None
    return _PERIOD_ENDS.get(period) or int(re.findall(r"\d+", period)[-1])


# a plan or budget report titled by its draft's year alone (关于2024年国民经济和社会发展计划草案的报告, 关于2024年预算
# 草案的报告): what it reports as done is the year before's, as a title naming both years says
_DRAFT_ONLY = re.compile(r"^(?!.*(?:执行|决算)).*?(?:19|20)\d{2}\s*年度?[^\n]{0,24}?(?:计划|预算)(?:\(|（)?草案")


# the year a text is written in as done and over (今年以来, 今年工作总结): in January, the year before
_DONE_THIS_YEAR = re.compile(r"今年以来|今年(?:的)?工作(?:总结|情况)")
# a text on the year it is written in, as done (今年以来, 今年工作总结, 今年1-10月), no year printed
_THIS_YEAR = re.compile(r"今年(?:以来|工作总结|上半年|前三季度|[\d一二三四五六七八九十\-—至~－]{1,6}月)")


# a census's reference moment (以2020年11月1日零时为标准时点, 普查标准时点为2023年12月31日): the year its figures are of
_REFERENCE_MOMENT = re.compile(r"以\s*((?:19|20)\d{2})\s*年[^\n。，]{0,16}?为[^\n。，]{0,6}?标准时[点间]|"
                               r"标准时[点间]\s*(?:为|是)\s*((?:19|20)\d{2})\s*年|"
                               # 现将2020年11月1日零时全市人口的基本情况公布如下
                               r"((?:19|20)\d{2})\s*年\s*1[01]\s*月\s*1\s*日\s*零时[^\n。，]{0,12}?人口")
_POPULATION_CENSUS = re.compile(r"第([四五六七八九])次全国人口普查")


# a section on the year to come (三、下一步工作打算, 五、2024年工作计划): the years it names are not the report's
_PLAN_HEADING = re.compile(r"^[ \t]*[一二三四五六七八九十]{1,3}\s*[、．.][^\n]{0,16}?"
                           r"(?:下一?步|今后|明年|工作计划|工作打算|工作安排|工作思路|工作重点|工作设想)[^\n。]{0,12}$", re.M)
_HEADING_LINE = re.compile(r"^[ \t]*[一二三四五六七八九十]{1,3}\s*[、．.]", re.M)


def _plan_sections(text: str) -> list[tuple[int, int]]:
    """(start, end) of each section of ``text`` on the year to come, up to the next numbered heading."""
    spans = []
    for m in _PLAN_HEADING.finditer(text):
        following = _HEADING_LINE.search(text, m.end())
        spans.append((m.start(), following.start() if following else len(text)))
    return spans


def _headline(text: str) -> str | None:
    """The first line of a text with no title line, where it reads like one and names a year: 2024年1-9月全县主要经济
    指标 names the months its figures cover though no title word (报告, 快报, 分析…) ends it."""
    line = next((ln.strip() for ln in text[:300].splitlines() if ln.strip()), "")
    return line if _title_like(line) and _YEAR_MENTION.search(line) and "。" not in line else None


def extract_report_period(title: str | None) -> str | None:
    """The part of the year a quarterly, half-yearly or monthly report covers, as its title names it, in one
    spelling: 第三季度, 上半年, 1-9月, 10月; 学年 for a school year's report (2023-2024学年, whose report_year is the
    year it ends in). None for a whole year (1-12月 too) or a title that names no part."""
    if title and "学年" in title and _SCHOOL_YEAR.search(title):
        return "学年"
    m = _PERIOD_IN_TITLE.search(title) if title else None
    if m is None:
        return None
    if m.group("quarter"):
        quarter = m.group("quarter")
        quarter = quarter.translate(str.maketrans("1234", "一二三四"))
        return quarter if quarter[0] in "第前上下" else f"第{quarter}"
    if m.group("month"):
        month = m.group("month")
        return f"{int(month) if month.isdigit() else _numeral(month)}月"  # 一月份: 1月
    first, last = int(m.group("first")), int(m.group("last"))
    return None if (first, last) == (1, 12) or first >= last else f"{first}-{last}月"


_WEBSITE_FORM = r"网站(?:工作)?年度报表|网站.{0,8}年度.{0,4}工作报表|网站工作报表"


def classify_doc_type(text: str, title: str | None) -> str:
    head = (title or "") + "\n" + text[:400]
    if re.search(r"信息公开.{0,6}(?:工作)?年度报告|信息公开工作(?:情况)?报告|信息公开(?:工作)?年报", head):
        return "disclosure_annual_report"
    if re.search(r"政务公开(?:工作)?年(?:度报告|报)", title or ""):
        return "disclosure_annual_report"  # the same report as some sites title it (某区人民政府二〇二二年政务公开年报)
    if re.search(r"(?:政府|行政公署)工作报告", title or ""):  # a 盟's or 地区's government: its 行政公署
        return "government_work_report"
    if re.search(r"新闻发布会|发布会(?:(?:文字|图文)?实录)?$", title or ""):
        return "briefing"  # a press conference's transcript (其经济运行情况新闻发布会 too: no bulletin's text)
    if re.search(r"统计公报|[省市县区州盟旗](?:国民)?经济运行(?:情况|简况)|(?:状况|资源|普查|保持|环境质量)公报|数据公报",
                 title or ""):
        # and a place's statistics released by month or quarter (全市经济运行情况), and the bulletins of a place's
        # environment, water, forests, census or sample surveys (生态环境状况公报, 水资源公报, 经济普查主要数据公报,
        # 人口抽样调查主要数据公报); not a 政府公报 or 常委会公报 (gazettes)
        return "statistical_bulletin"
    if re.search(_WEBSITE_FORM, title or "") \
            or re.search(_WEBSITE_FORM, text[:400]) and FORM_ROW.search(text, 0, 3000):
        # the national form a body fills each year on its website (政府网站工作年度报表); named only in the text, the
        # form must be printed there too (a summary that mentions filing it is no form)
        return "website_report"
    if re.search(r"审计工作报告|审计结果|审计(?:查出|发现)(?:的)?问题", title or ""):
        return "audit_report"
    if re.search(r"预算执行|预算[（(]?草案|决算|(?:部门|单位)预算|预算(?:公开|情况)?的?说明", title or ""):
        return "budget_report"  # and a department's budget as published (某局2024年部门预算公开说明)
    if re.search(r"(?:国民经济和社会发展|经济社会发展)计划(?!纲要)|计划执行情况.{0,30}计划草案", title or ""):
        return "plan_report"  # a place's yearly plan (计划执行情况与计划草案的报告), as budget_report is its budget's
    if re.search(r"工作总结|总结|述职|工作(?:情况)?的?报告|情况的?报告|年度报告|^(?!.*听取).*(?:工作|情况)的?汇报(?!会)",
                 title or ""):
        # 关于2021年度政务服务工作情况的报告, 12345热线2023年度工作报告, 法治政府建设情况(的)报告, 某局2023年工作汇报 (not
        # news of one: 听取某县工作汇报, 工作汇报会)
        return "work_summary"
    if re.search(r"通报|简报|快报|动态", title or ""):
        return "briefing"
    if re.search(r"(?:热线|政务服务|平台|中心|窗口).{0,12}运行(?:情况|分析)", title or ""):
        return "work_summary"  # a service's own account of its quarter or year (12345热线运行情况)
    if title is None and re.search(r"通讯员|记者|编辑[:：]", text):
        return "briefing"  # a news-style feature with no title line is a briefing on the work
    return "other"


def detect_template(text: str, doc_type: str, report_year: int | None) -> str | None:
    """narrative (before the national format), 2019_trial or 2021, for disclosure annual reports."""
    if doc_type != "disclosure_annual_report":
        return None
    version = detect_version(text, report_year)
    if version is None and report_year is not None and report_year >= 2019:
        version = "2021" if report_year >= 2021 else "2019"
    return {"2021": "2021", "2019": "2019_trial"}.get(version, "narrative")


# ---------------------------------------------------------------------------------------------- region
_TOWN = re.compile(r"(?:镇|乡|苏木|街道)(?:人民政府|办事处)?$")  # 苏木: Inner Mongolia's township
_REGION_TEXT = 3000  # reports name their place early; later mentions only repeat it
_LEVELS = {"省": "province", "自治区": "province", "市": "city", "州": "city", "盟": "city", "县": "county", "区": "county",
           "旗": "county", "镇": "county", "乡": "county", "本": "city", "我": "city"}


# a government site's host: its last name before gov.cn (www.lintao.gov.cn, tjj.lintao.gov.cn: lintao)
_GOV_HOST = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)*?([a-z]+)\.gov\.cn(?![a-z0-9.-])", re.I)
# the levels a body named by its level word (县统计局, 市人民政府) can be of
_WORD_LEVELS = {"省": ("province",), "自治区": ("province",), "州": ("city",), "盟": ("city",), "市": ("city", "county"),
                "县": ("county",), "区": ("county",), "旗": ("county",)}


def host_region(url: str | None, word: str) -> str | None:
    """The code of the place a government site's host spells in pinyin (lintao: 临洮县), where it spells that place
    alone in the gazetteer, in any reading, and the place is of the kind ``word`` names (县 of 县统计局); else
    None. Initials (sjzxh) spell none; a spelling of two places (wugang: 武冈市, 舞钢市) says neither."""
    m = _GOV_HOST.match(url or "")
    codes = places_spelled(m.group(1)) if m else frozenset()
    if len(codes) != 1:
        return None
    (code,) = codes
    return code if _level(code) in _WORD_LEVELS.get(word, ()) and (place_name(code) or "").endswith(word) else None


def _level(code: str) -> str:
    return "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"


def infer_region(text: str, title: str | None, body: tuple[str | None, str | None],
                 issuer: tuple[str | None, str | None], owner: str | None = None,
                 record_province: str | None = None, posted_by: str | None = None) -> tuple[str | None, str | None]:
    """(division code, where it was found) of the place a report belongs to, or (None, None) when it cannot be known.
    ``body`` and ``issuer`` are (name, where it was found).

    The place the title opens with (杭州市西湖区…), else the one the body's name opens with (某县行政审批局). The
    issuer that posted the report (a city's portal may post a zone's or a district's) counts only for a body named
    by its level alone, and only at that level, or for a report with no body. Such a report takes its place from
    the text only where the text's place names point overwhelmingly to one city or, for a county's body, one
    county. A place merely mentioned in a title or a text never counts.

    ``owner`` is the site's owner (主办单位), ``posted_by`` the page's 发布机构 or 来源, ``record_province`` the two-digit code of the province its ICP record
    was filed in (浙ICP备: 33). The record only rules out: a place the text alone points to in another province is
    none (a copy on another province's or a national site keeps the places the report itself names).
    """
    head = text[:_REGION_TEXT]
    # a name several places share (鼓楼区) is told apart by the city or province who posted it names (the issuer,
    # the page's source where the text's byline is the issuer, the site's owner), or else by the text naming it with
    # its city (沈阳市和平区)
    poster = "\n".join(name or "" for name in (issuer[0], posted_by, owner))

    def place_of(name: str) -> str | None:
        code = leading_places(name, poster, head)
        if code and record_province and code[:2] != record_province and leading_places(name, poster) != code:
            return None  # told apart by the text alone, against the site's province
        return code

    if title and (code := place_of(title[_TITLE_LEAD.match(title).end():])):
        return code, "title"
    name, found = body
    if name and (code := place_of(_PARTY.sub("", name))):
        return code, found
    if name and _TOWN.search(name):
        # a town's report posted by a county, or on a county's site (主办单位): the town lies in that county
        for poster_name, poster_found in ((issuer[0], issuer[1]), (owner, "header")):
            if poster_name and (code := place_of(_PARTY.sub("", poster_name))) and _level(code) == "county":
                return code, poster_found
        if not leading_places_span(name)[1] and "委" in head and (code := _credited_county(head)):
            return code, "text"  # a town named alone that credits its county's leadership (在某县委、县政府领导下)
    if name and owner and (code := _owners_short_name(name, owner)):
        return code, "header"  # 某某水务集团有限公司 on the site of 某某市, the city its name opens with
    if name and not _PLACELESS.match(name):
        return None, None  # a named body outside the gazetteer (某某新区管理委员会): its place is not known
    level = _LEVELS.get(_level_word(name) or name[0], "city") if name else None
    if issuer[0] and (code := place_of(_PARTY.sub("", issuer[0]))) and level in (None, _level(code)):
        return code, issuer[1]
    if name and (name[0] in "省市县区旗州盟" or name.startswith("自治区")) and owner \
            and (code := place_of(_PARTY.sub("", owner))) \
            and (_level(code) == level or name[0] == "市" and (place_name(code) or "").endswith("市")):
        # 省水利厅 on a site its province owns, 市统计局 on a city's or a county-level city's: a site holds its own
        # level's bodies' reports
        return code, "header"
    if level == "province":
        return None, None  # a province's many cities in a text point to no one place
    code = dominant_place(head, level or "city")
    if code and record_province and code[:2] != record_province:
        return None, None  # the text's places point to another province than the site's
    return (code, "text") if code else (None, None)


def _owners_short_name(name: str, owner: str) -> str | None:
    """Division code of the site's owner (主办单位) when a body's name opens with the owner's city's or county's short
    name (襄阳水务集团有限公司 on 襄阳市's portal): a short name alone names no place (中山大学 is not 中山市's), but a
    place's site holds its own utilities' reports."""
    code = leading_places(_PARTY.sub("", owner))
    full = place_name(code) if code else None
    if not full or full[-1] not in "市县" or "自治" in full or name.startswith(full):
        return None
    return code if len(full) >= 3 and name.startswith(full[:-1]) else None


# 在某县委、县政府的坚强领导下: the leadership a town's report credits, its county's (县委 alone names none)
_COUNTY_LEADERSHIP = re.compile(r"在(?:中共)?([\u4e00-\u9fff]{1,12}?[县区旗市])委\s*[、和与及]?\s*[县区旗市]?(?:人民)?政府")


def _credited_county(head: str) -> str | None:
    """The one county whose leadership a town's report credits (在礼泉县委、县政府的领导下), outside a sentence on a
    partner; None when it credits none, several, or a place of another level."""
    partners = partner_sentences(head)
    codes = {leading_places(m.group(1)) for m in _COUNTY_LEADERSHIP.finditer(head)
             if not any(s <= m.start() < e for s, e in partners)}
    code = codes.pop() if len(codes) == 1 else None
    return code if code and _level(code) == "county" else None


_CRUMB_SEPARATOR = re.compile(r"\s*(?:>>|>|＞|›|»|→|/)\s*")
# a crawler's column (栏目：首页 > 某市人民政府 > 部门动态) that holds the page's path from the home page is its breadcrumb
_COLUMN_KEYS = frozenset(("栏目", "所属栏目"))
_PATH = re.compile(rf"\s*{HOME_STEP}\s*(?:>>|>|＞|›|»|→|/)")
# a breadcrumb's step that names a place's government (首页 > 贵州省人民政府 > 政务公开 > …): the portal the page is on
_PORTAL_STEP = re.compile(r"(.{2,20}?)(?:人民政府|政府)(?:门户网站|网站|网)?")


def site_owner(page_info) -> str | None:
    """The site's owner (主办单位) among the lines normalization took out of a page; without one, the place's
    government a breadcrumb's step names (the portal's owner, 首页 > 某省人民政府 > …), or else the place a step names
    by its full name alone (首页 > 镇村信息公开 > 某县 > 某镇: the section of that place's reports)."""
    if owner := next((value for key, value in page_info if key in ("主办单位", "主办")), None):
        return owner
    crumbs = [_CRUMB_SEPARATOR.split(value) for key, value in page_info
              if key in _CRUMB_KEYS or key in _COLUMN_KEYS and _PATH.match(value)]
    for steps in crumbs:
        for step in steps:
            if (m := _PORTAL_STEP.fullmatch(step)) and leading_places_span(m.group(1))[1] == len(m.group(1)):
                return f"{m.group(1)}人民政府"
    for steps in crumbs:
        for step in steps:
            if step[-1:] in _FULL_NAME_END and 2 <= len(step) <= 12 and leading_places_span(step)[1] == len(step):
                return f"{step}人民政府"
    return None


# the ICP record's province, by the one character its number opens with (浙ICP备): a province, never a city
_RECORD_PROVINCES = {"京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15", "辽": "21", "吉": "22", "黑": "23",
                     "沪": "31", "苏": "32", "浙": "33", "皖": "34", "闽": "35", "赣": "36", "鲁": "37", "豫": "41",
                     "鄂": "42", "湘": "43", "粤": "44", "桂": "45", "琼": "46", "渝": "50", "川": "51", "蜀": "51",
                     "贵": "52", "黔": "52", "云": "53", "滇": "53", "藏": "54", "陕": "61", "秦": "61", "甘": "62",
                     "陇": "62", "青": "63", "宁": "64", "新": "65"}


def record_province(page_info) -> str | None:
    """Two-digit code of the province a site's ICP record was filed in, when the page shows one record."""
    provinces = {_RECORD_PROVINCES.get(value) for key, value in page_info if key == "ICP备"}
    return provinces.pop() if len(provinces) == 1 else None


# a zone named by its kind alone (高新区管委会, 经开区党政办): many cities have one
_BARE_ZONE = re.compile(r"(?:国家级)?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|新区|工业园区|"
                        r"产业园区|综合保税区|保税区|自贸区|管委会|管理委员会)")


def site_owner_region(text: str, owner: str | None, body: str | None = None) -> tuple[str | None, str | None]:
    """(division code, "header") of a county-level site's owner (主办单位: 某县人民政府办公室) when the report calls its
    place by that level (我县, 本县): a county's portal holds its own and its towns' and departments' reports, all of
    that county, and a town or 街道 named without its county (某某街道办事处) there is the county's whatever its text
    says. A city's portal also holds its districts' and counties' reports, so a city owner gives none for
    those; but a zone named by its kind alone (高新区管委会) on a site whose owner is a place's or its zone's is that
    place's: a site holds no other city's zone."""
    code = leading_places(_PARTY.sub("", owner)) if owner else None
    if code and body and _BARE_ZONE.match(body) and not code.endswith("0000"):
        return code, "header"
    if code and _unplaced_town(body) and without_counties(code):
        return code, "header"  # a city with no counties (东莞市) holds its towns itself
    if not code or _level(code) != "county":
        return None, None
    level = place_name(code)[-1]
    own = re.compile(f"[我本全]{level}")  # 我县, 本区, 全县: the report's own county
    return (code, "header") if own.search(text, 0, _REGION_TEXT) or _unplaced_town(body) else (None, None)


def _name_over_text(text: str) -> str | None:
    """A body's name alone on the text's first line (a running head a one-page PDF printed as its first line, or a
    red head): 某县某镇人民政府 over 某镇2024年…报告."""
    first = _first_lines(text, 1)
    return first[0] if first and (re.fullmatch(_BODY_NAME, first[0]) or _LETTERHEAD.match(first[0])) else None


def _unplaced_town(body: str | None) -> bool:
    """A town's or 街道's name that opens with no place (夜明珠街道办事处): many counties have one of that name."""
    return bool(body and _TOWN.search(body) and not leading_places_span(body)[1])


def file_title(value: str | None) -> str | None:
    """The title a PDF's, .docx's or .doc's properties hold, when it reads as a report's title: a title word, no sentence,
    not a file's name or a program's (Microsoft Word - 附件1.docx, 未命名, (anonymous)) nor a cover letter's (关于报送…的函:
    the report's own name where it is in book-title marks); a browser's print holds the page's <title>, whose site's
    name is left."""
    value = without_site_name(re.sub(r"\s+", " ", value or "").strip())
    if cover := _ISSUING_NOTICE.search(value):
        value = cover.group(1)  # the properties of a notice or letter sending a report, which the file holds alone
    elif _ISSUING_UNMARKED.search(value):
        return None
    if (not value or len(value) > 60 or re.search(r"[A-Za-z]{3}", value) or not _title_like(value)
            or not _TITLE_WORDS.search(value)):
        return None
    return value


# a crawler's or a site's additions to an attachment's name: 附件1：, 附件2-, a copy's (1)
_ATTACHMENT_MARK = re.compile(r"^附件\s*\d{0,2}\s*[：:、.．\-—_ ]*")
_COPY_MARK = re.compile(r"\s*[(（]\d{1,2}[)）]$")
# a short index a crawler or a clerk numbers saved files by, before the title (01_, h5_, 3-, 12．)
_INDEX_MARK = re.compile(r"^[A-Za-z]{0,3}\d{1,4}\s*[_\-.．、]\s*(?=[\u4e00-\u9fff])")
# a title's year, in brackets or not (（2023年度）), and a name's part past its genre that no text title holds
_BRACKETED_YEAR = re.compile(r"[（(]?\s*(?:19|20)\d{2}\s*年度?\s*[)）]?")


# a crawler's id in a name: five digits or more, but for a service hotline's number (12345热线, 12345政务服务便民热线)
_ID_DIGITS = re.compile(r"\d{6}|(?<!\d)\d{5}(?!\d|[^\s\d]{0,8}?热线)")


def file_name_title(path: str | None) -> str | None:
    """The title a file's name carries (某县2023年…年度报告.pdf, 附件1：某局2022年度….docx, 2024年1-6月某县…统计表.xlsx),
    past a folder, the suffix, an attachment's number and a copy's mark; None for a name that is an id (P0…, t2024…_….html,
    content_88.html) or a word (附件.doc): no title word, or a run of digits a title never holds."""
    if not path:
        return None
    stem = re.split(r"[/\\]", path)[-1].rsplit(".", 1)[0]
    stem = _COPY_MARK.sub("", _ATTACHMENT_MARK.sub("", _INDEX_MARK.sub("", stem)))
    return None if _ID_DIGITS.search(stem) else file_title(stem)


# a PDF printed from Word by Acrobat's driver holds the Word file's name as its Title (Microsoft Word - 某县某镇2023年报.docx)
_PRINTED_FROM = re.compile(r"^Microsoft (?:Office )?Word\s*-\s*(.+?)(?:\.(?:docx?|wps|rtf))?$")
_TOWN_NAME = re.compile(r"(?:镇|乡|苏木|街道)")


def _towns_county(town: str, names: list[tuple[str, str | None]], text: str) -> tuple[str, str] | None:
    """(county code, where it was read: 'file_name', 'file', 'header' or 'text') of a town or 街道 the text names without
    its county, where a file's name, its properties, its running head, a crawler's 来源 or a name over its text ((where,
    name) pairs) spell the town with a county before it (燕店镇人民政府 in 莘县燕店镇2023年年报.pdf, a PDF whose Title
    is Microsoft Word - 莘县燕店镇….docx, a .docx headed 莘县燕店镇人民政府 on every page, 来源：莘县燕店镇), or the
    town's report says which county it lies in (球溪镇位于资中县西北部, 我镇地处某县东部); None where two of these
    name different counties."""
    kind = _TOWN_NAME.search(town)
    short = town[:kind.end()]  # 燕店镇人民政府 -> 燕店镇
    found = []
    for where, name in names:
        if not name:
            continue
        name = re.split(r"[/\\]", name.strip())[-1]
        if printed := _PRINTED_FROM.match(name):
            name = printed.group(1)
        name = _ATTACHMENT_MARK.sub("", re.sub(r"^[\x00-\x7f]+", "", name))  # a crawler's id (001_, P0…_) before it
        if (at := name.find(short)) > 0:
            code, end = leading_places_span(name[:at])
            if code and end == at and _level(code) == "county":
                found.append((code, where))
    # the town's own sentence on its place, not a place merely mentioned
    for m in re.finditer(rf"(?:{re.escape(short)}|[我本]{kind.group(0)})(?:地处|位于)", text[:_REGION_TEXT]):
        after = text[m.end():m.end() + 20]
        code, end = leading_places_span(after)
        # the county's part (东北部, 境内, 城区) or the sentence's pause, not 某县、某县交界: where counties meet
        if code and end and _level(code) == "county" and re.match(r"[东南西北中境城腹，,。]", after[end:end + 1]):
            found.append((code, "text"))
    return found[0] if found and len({code for code, _ in found}) == 1 else None


def _file_name_year(path: str | None) -> int | None:
    """The year a file's name gives with 年度 (2022年度报告.docx, 附件1-2022年度政务公开报告.pdf): the year a report covers,
    where 2024年报.pdf may be the year it was published in; None for a range (2022-2023年度)."""
    stem = re.split(r"[/\\]", path)[-1].rsplit(".", 1)[0] if path else ""
    years = re.findall(r"(?<!\d)((?:19|20)\d{2})\s*年度", stem)
    return int(years[0]) if len(years) == 1 and not _YEAR_RANGE.search(stem) else None


def _genre_only(title: str) -> bool:
    """Whether a title names its genre (and maybe its year) but no body and no place: 政府信息公开工作年度报告,
    2023年政府信息公开工作年度报告, 各窗口办件情况统计表."""
    if title == "政府工作报告":
        return False  # a work report's own full title, its government named in its session line under it
    lead = title[_TITLE_LEAD.match(title).end():]
    return not leading_places_span(lead)[1] and _named_body(title) is None and not _PLACEHOLDER.match(lead)


def _name_agrees(named: str, printed: str | None, text: str, signed: list[str]) -> bool:
    """Whether a file name's title agrees with what the text says: it holds the genre and the years the text's own title
    prints, the year the text speaks of, and the place of a body signing the text."""
    if printed is not None:
        if _BRACKETED_YEAR.sub("", printed).strip() not in named:
            return False
        if any(y not in named for y in re.findall(r"(?:19|20)\d{2}", printed)):
            return False
    named_year = _YEAR_IN_TITLE.search(named)
    text_year, _ = extract_report_year(text, None, None) if named_year and printed is None else (None, None)
    if text_year and text_year != int(named_year.group(1)):
        return False
    # no sentence gives the year (统计期限自2023年1月1日起…): a name whose year the text never names is another's
    if named_year and not text_year and (years := set(re.findall(r"((?:19|20)\d{2})年", text))) \
            and named_year.group(1) not in years:
        return False
    lead = named[_TITLE_LEAD.match(named).end():]
    place, span = leading_places_span(lead)
    if span and lead[span:span + 1] in _JOINING and leading_places_span(lead[span + 1:])[1]:
        return False  # 某县、某县2023年…: two places' names, neither sure
    if place and not _speaks_as(place, named, text):
        return False
    return not any((signer_place := leading_places(signer)) and signer_place != place for signer in signed)


_JOINING = frozenset("、，,和与及")
# how a text speaks of its own place (全县, 我市, 本区) and of its own body (我局, 本委): a county's text saved under a
# county-level city's name, or a bureau's under its city's, is another body's report
_OWN_LEVEL = re.compile(r"(?:全|我|本)([省州盟县市区旗])")
_OWN_UNIT = re.compile(r"(?:我|本)(局|委|中心|院|校|厅)")


def _speaks_as(place: str, named: str, text: str) -> bool:
    """Whether a text can be the report the name names at ``place``: it speaks of itself at that place's level (or of
    no level), of a body only where the name names one, and the government its first lines name is that place's or a
    place above it."""
    levels = {m.group(1) for m in _OWN_LEVEL.finditer(text)} if ("全" in text or "我" in text or "本" in text) else set()
    if levels and (place_name(place) or "")[-1:] not in levels:
        return False
    units = {m.group(1) for m in _OWN_UNIT.finditer(text)}
    body = _named_body(named)
    if units and (body is None or not any(unit in body or unit == "校" and "学" in body for unit in units)):
        return False  # 我局 in a text named as a government's office (某县人民政府办公室…) is another body's report
    head = text[:300]
    return not ("人民政府" in head and any(
        code != place and not place.startswith(code.rstrip("0")) and head.startswith("人民政府", start + len(word))
        for code, _, word, start in place_mentions(head)))


# the stand-in a sample or a template writes for a place (某市, 某某县, ××区), after the real places it opens with
_PLACEHOLDER = re.compile(r"某|××|XX")


def _placeholder_place(name: str) -> bool:
    """Whether a title's or a body's place is a stand-in: 某县统计局, 2023年某市…, 四川省某县…, 中共某县委…."""
    lead = name[_TITLE_LEAD.match(name).end():]
    return bool(_PLACEHOLDER.match(lead, leading_places_span(lead)[1]))


def extract_metadata(text: str, page_info: list[tuple[str, str]] = (), file_title_property: str | None = None,
                     file_name: str | None = None, running_heads: list[str] = ()) -> DocumentMetadata:
    """Metadata of a normalized text; ``page_info`` holds the header lines normalization took out of it,
    ``file_title_property`` the title in the file's properties (a PDF's, .docx's or .doc's), which is the report's only when
    neither the header nor the text gives one, and ``file_name`` the file's path, whose name is the report's title where
    the text prints none or only its genre (政府信息公开工作年度报告) and says nothing against it (file_name_title), and
    ``running_heads`` the lines of a file's running heads, which may name a town's county its text leaves out."""
    header = header_fields(list(page_info))
    found: dict[str, str] = {}

    def take(name: str, value, where: str | None):
        if value is not None:
            found[name] = where
        return value

    headed = header.get("title")
    # a notice issuing a report (关于印发《某县…年度报告》的通知) is titled by the report it issues, as its text is
    signed = signing_bodies(text)
    # a file's properties may be another report's (last year's file saved anew): its title only where the text agrees
    # with it as with a file's name
    kept = file_title(file_title_property)
    printed = (take("title", headed and _issued_title(headed, text) or headed, "header") or extract_title(text)
               or take("title", _crumb_title(page_info), "header")
               or take("title", kept if kept and _name_agrees(kept, None, text, signed) else None, "file"))
    # a crawled attachment is often named by its title, where its text prints none or only the genre
    if "title" not in found and (named := file_name_title(file_name)) \
            and (printed is None or _genre_only(printed)) and _name_agrees(named, printed, text, signed):
        printed = take("title", named, "file_name")
    title = _digit_years(printed)
    # a list page: its title line is an entry, or the page is entries under a heading with no sentence of its own
    listed = listed_titles(text) if title and "title" not in found and (_LISTED.match(title) or "。" not in text) \
        else []
    listed = listed if len(listed) >= 2 else []
    listed_date = None
    if listed:
        title = None
        # a list page holds several reports and is none of them; the body, or else the place, all its entries open
        # with is still the page's
        named = {_title_body(t) for t in listed}
        places = {leading_places(t[_TITLE_LEAD.match(t).end():]) for t in listed}
        issuer_title = listed[0] if len(named) == 1 else None
        place_title = listed[0] if len(places) == 1 and None not in places else None
    else:
        entry = _LISTED.match(title) if title and "title" not in found else None
        if entry:  # one report printed under its entry of a list (title  2024-01-20): the title, and its date
            title = (entry.group(1) or entry.group(2)).strip()
            listed_date = _header_date(re.search(_DATE, entry.group(0)).group(0))
        issuer_title = place_title = title if "title" in found else take("title", title, "text")
    publish_date = (take("publish_date", header.get("publish_date"), "header")
                    or take("publish_date", listed_date, "text")
                    or take("publish_date", issued_date(text) if "signed_date" in header else None, "text")
                    or take("publish_date", header.get("signed_date"), "header")
                    or take("publish_date", extract_publish_date(text, title), "text")
                    or take("publish_date", url_date(header.get("source_url")), "header"))
    doc_type = "list_page" if listed else classify_doc_type(text, title)
    issuer, issuer_found = extract_issuer(text, issuer_title, header.get("issuer"), signed)
    filer = _FORM_FILER.search(text, 0, 3000) if doc_type == "website_report" else None
    if filer and _SIGNATORY.search(filer.group(1)):
        # the website form's 填报单位 runs the site and reports on it, whoever posted the page or the title names
        issuer, issuer_found = filer.group(1), "text"
        body, body_found = normalize_body(issuer), "text"
    else:
        body, body_found = issuing_body(title, issuer, issuer_found, text)
    if body is None and title and title.endswith("表") and (compiler := _TABLE_FILER.search(text, 0, 600)) \
            and _SIGNATORY.search(compiler.group(1)):
        # a table whose title names no body: the compiler its head names made it
        issuer, issuer_found = compiler.group(1), "text"
        body, body_found = normalize_body(issuer), "text"
    take("issuer", issuer, issuer_found)
    if body and (head := _letterhead(text)) and head.endswith(body) \
            and leading_places_span(head)[1] == len(head) - len(body):
        body = head  # 大安镇人民政府 under the letterhead 宁强县大安镇人民政府文件: its place is the letterhead's
    report_year, year_found = extract_report_year(text, title, publish_date, doc_type) if not listed \
        else (None, None)
    take("report_year", report_year, found.get("publish_date") if year_found == "publish_date" else year_found)
    if report_year is None and not listed and doc_type != "government_work_report" \
            and (named_year := _file_name_year(file_name)):
        report_year = take("report_year", named_year, "file_name")  # the text prints no year and no date
    owner = site_owner(page_info)
    code, region_found = infer_region(text, place_title, (body, body_found), (issuer, issuer_found), owner,
                                      record_province(page_info), header.get("issuer"))
    kind_alone = body is not None and _kind_alone(body)
    if code is None and (body is None or _PLACELESS.match(body) or _BARE_ZONE.match(body) or _unplaced_town(body)
                         or kind_alone):
        # a county's news outlet reposting a report on its county's page stands for the site's place, not its body
        outlet = next((v for k, v in page_info if k in _HEADER_FIELDS["issuer"] and NEWS_OUTLET.search(v.strip())),
                      None)
        # so does a county's government or department posting a town's or 街道's report (发布机构：某区人民政府,
        # 来源：某县司法局): its own town's (a city's is none: site_owner_region takes a county's place only)
        posted = next((v for k, v in page_info if k in _HEADER_FIELDS["issuer"]
                       and leading_places_span(v.strip())[1]), None) if _unplaced_town(body) else None
        code, region_found = site_owner_region(text, owner or outlet or posted, body)
    if code is None and _unplaced_town(body) and (county := _towns_county(
            body, [("file_name", file_name), ("file", file_title_property)] + [("file", h) for h in running_heads]
            + [("header", v) for k, v in page_info if k in _HEADER_FIELDS["issuer"]]  # 来源：某县某乡
            + [("text", _name_over_text(text))], text)):
        code, region_found = county
    if code is None and body is not None and (word := _level_word(body)) \
            and (spelled := host_region(header.get("source_url"), word)):
        code, region_found = spelled, "header"  # 县统计局 on www.longsheng.gov.cn: 龙胜各族自治县统计局
    if any(_placeholder_place(name) for name in (place_title, body) if name):
        # 某市人民政府, 四川省某县统计局: a sample's or a template's stand-in names no body and no place, and would put
        # every such report in one series
        body, code, region_found = None, None, None
    take("region", code, region_found)
    if body is not None and owner and _BARE_ZONE.match(body) and code:
        site = normalize_body(owner)
        if site.endswith(body) and leading_places_span(site)[1] == len(site) - len(body):
            body = site  # 高新区管委会 on the site of 某市高新技术产业开发区管理委员会: the site's own committee
    place = region_from_code(code)
    own = place and (place.county if place.level == "county" else place.city if place.level == "city"
                     else place.province)
    if body is not None and (_PLACELESS.match(body) or kind_alone and region_found in ("title", "header")):
        # 县行政审批局 is 某县行政审批局 once its county is known, and of an unknown place would meet every other
        # county's in one series; so is 统计局 under a title or on a site naming its place (a name of its own,
        # 太湖流域管理局, is no kind)
        word = _level_word(body)
        body = own + body[len(word):] if own and own.endswith(word) else body if place else None
    elif body is not None and place is None and (shared_place_name(body) or _BARE_ZONE.match(body) or _TOWN.search(body)
                                                 and not leading_places_span(body)[1]):
        # 和平区人民政府 of an unknown 和平区 would meet the other 和平区's in one series; so would a town's (城关镇人民政府),
        # whose name the gazetteer cannot tell apart from the other counties' towns
        body = None
    elif body is not None and place and (place.level == "county" or without_counties(code)) and _TOWN.search(body) \
            and not leading_places_span(body)[1] and not body.startswith(own):  # (铁东区某街道: a name two cities share)
        body = own + body  # 百江镇人民政府 of 桐庐县, as the town's reports that name their county spell it
    elif body is not None and own:
        # one spelling over the years: 某市某区人民政府办公室 and 某区人民政府办公室 are one body, named from its own place
        lead_code, end = leading_places_span(_PARTY.sub("", body))
        party = _PARTY.match(body)
        start = party.end() if party else 0
        own = old_name_ending(body[start:start + end]) or own  # 九江市庐山区人民政府: the name it was issued under
        if lead_code == code and end and body[start + end - 1] in _FULL_NAME_END \
                and not _short_name_alone(body[start:start + end], own):
            body = body[:start] + own + body[start + end:]
    if body is not None and _UNIT_ALONE.fullmatch(body) and not leading_places_span(body)[1]:
        body = None  # 信息来源：办公室: a unit inside a body, named without it, names none
    if body is None and (department := _sections_department(page_info, owner)) \
            and (placed := leading_places(department)) and code in (None, placed):
        body, body_found = department, "header"  # 信息来源：规划发展与信息化科 on a department's own site: its section
        if code is None:
            code, place = take("region", placed, "header"), region_from_code(placed)
    take("body", body, body_found)
    # bodies a title names together are apart by 、 or 和/与/及
    named_together = _named_bodies(title) if title and any(c in title for c in "、和与及") else []
    co_issuers = _co_issuers(body, named_together, signed)
    former = former_body(text, body)
    source_url = take("source_url", header.get("source_url"), "header")
    period = extract_report_period(title if title is not None or listed else _headline(text))
    if title is not None and _digit_years(printed) == title:
        title = printed  # as the page prints it (二〇二三年), read above with digits
    if found.get("title") == "file_name":  # the place, body and year a title gives came from the file's name
        found = {k: "file_name" if where == "title" else where for k, where in found.items()}
    return DocumentMetadata(
        title=title, issuer=issuer, region=place.name if place else None, region_code=code,
        admin_level=place.level if place else None, province=place.province if place else None,
        city=place.city if place else None, county=place.county if place else None, report_year=report_year,
        report_period=period, publish_date=publish_date, doc_type=doc_type, template=detect_template(text, doc_type, report_year),
        body=body, source_url=source_url, found_in=found, former_body=former, co_issuers=co_issuers,
    )


def _co_issuers(body: str | None, *groups: list[str]) -> tuple[str, ...]:
    """The others of the first group of bodies (named together in a title, or signing together) that ``body`` leads:
    某县人民政府办公室、某县大数据发展管理局2023年…, or 某县统计局 / 国家统计局某调查队 under a bulletin."""
    for group in groups:
        if len(group) > 1 and body:
            names = [normalize_body(name) for name in group]
            if names[0] == body or body.endswith(names[0][len(_level_word(names[0])):]):
                party = _PARTY.match(body)
                start = party.end() if party else 0
                place = body[:start + leading_places_span(body[start:])[1]]
                # 市政务服务管理办公室 signing with 某市人民政府办公室: the level's place is the body's
                spelled = [place + name[len(word):] if (word := _level_word(name)) and place.endswith(word) else name
                           for name in names[1:]]
                return tuple(dict.fromkeys(name for name in spelled if name != body))
    return ()


# ---------------------------------------------------------------------------------------------- renamed bodies
# the word that says what kind of organisation a body is, at the end of its name
_ORGANISATION_KIND = re.compile(r"(?:人民政府办公室|人民政府|管理委员会|委员会|办公室|办公厅|办事处|局|中心|厅|委|办|院|署|部|"
                                r"所|站|公署)$")


# a vertical system's name before the place of its unit, which names the unit's kind with it (the system renamed in a
# reform: 中国银保监会某监管分局 -> 国家金融监督管理总局某监管分局, body_reforms.yaml)
_VERTICAL = re.compile(r"国家税务总局|国家金融监督管理总局|中国银保监会|中国银行保险监督管理委员会")


def _function_words(body: str, region: str) -> tuple[str, str] | None:
    """(what the body does, what kind of organisation it is) of a body's name without its place:
    湖州市政务服务和数据管理局 -> ('政务服务和数据管理', '局'); None for a name with no place or no kind. The body's
    region tells a place name several places share (通州区自然资源局 of 南通市) from the others."""
    vertical = _VERTICAL.match(body)  # 国家金融监督管理总局某监管分局: the system's name, then the place
    unparty = _PARTY.sub("", body[vertical.end():] if vertical else body)
    place = region_from_code(region)
    _, end = leading_places_span(unparty, "".join(filter(None, (place.province, place.city, place.county)))
                                 if place else "")
    start = len(body) - len(unparty) + end
    kind = _ORGANISATION_KIND.search(body)
    if not end or not kind or kind.start() - start < 2:
        return None  # 某县人民政府, 中共某县委员会: the place's own body, named by its place alone
    return (vertical.group(0) if vertical else "") + body[start:kind.start()], kind.group(0)


# a report that says its body was renamed: 原市行政审批服务局更名为市政务服务和大数据管理局 (or without 原, the old name
# after a pause: 经县委编委批复，县行政审批局更名为…), 我局（原县行政审批服务局）
_KIND_WORDS = r"(?:局|委员会|委|办公室|办|中心|厅|署)"
_RENAMED_FROM = re.compile(r"(?:原|(?<![\u4e00-\u9fff]))([\u4e00-\u9fff]{2,30}?" + _KIND_WORDS + r")(?:正式)?(?:更名为|更名成为|改名为)"
                           r"([\u4e00-\u9fff]{2,30}?" + _KIND_WORDS + r")(?![\u4e00-\u9fff])")
# the body telling where its name came from: 我局由原某县行政审批服务局更名而来
_RENAMED_INTO = re.compile(r"([\u4e00-\u9fff]{1,30}?" + _KIND_WORDS + r")由原([\u4e00-\u9fff]{2,30}?" + _KIND_WORDS
                           + r")(?:正式|整体)?(?:更名|改名)而(?:来|成)")
_FORMERLY = re.compile(r"([\u4e00-\u9fff]{1,30}?" + _KIND_WORDS + r")[（(]原([\u4e00-\u9fff]{2,30}?"
                       + _KIND_WORDS + r")[)）]")
_SELF = re.compile(r"(?:我|本)(?:局|委|办|中心|厅|署|机关|单位)$")
# a town made a 街道 under another name, as the 街道's report says: 撤销某镇，设立某街道; 原某镇更名为某街道
_TOWN_TO_STREET = re.compile(r"撤销([\u4e00-\u9fff]{1,8}?[镇乡])[，,、]?(?:设立|成立|改设)([\u4e00-\u9fff]{1,8}?街道)"
                             r"|原([\u4e00-\u9fff]{1,8}?[镇乡])(?:正式)?(?:更名为|改设为|改为)([\u4e00-\u9fff]{1,8}?街道)")
_RENAME_TEXT = 3000  # a report says it early: in its opening or its 总体情况


def _without_place(name: str) -> str:
    """A body's name without its party word, the places it opens with, or the level it is named by (市行政审批服务局
    -> 行政审批服务局)."""
    name = _PARTY.sub("", name)
    name = name[leading_places_span(name)[1]:]
    return name[len(_level_word(name)):] if _PLACELESS.match(name) and len(name) > 3 else name


def former_body(text: str, body: str | None) -> str | None:
    """The former name of the report's body, when the report says it was renamed (原某局更名为<the body>, 某局更名为<the
    body>, <the body>（原某局）, 我局（原某局）, 我局由原某局更名而来); None otherwise. A body merged into another (职责划入) is no rename."""
    if not body:
        return None
    head = text[:_RENAME_TEXT]
    if "原" not in head and "撤销" not in head and "更名" not in head and "改名" not in head:
        return None  # most reports; and the patterns are tried only where their words are (_FORMERLY is slow)
    if body.endswith("街道办事处"):
        for m in _TOWN_TO_STREET.finditer(head):
            town, street = m.group(1) or m.group(3), m.group(2) or m.group(4)
            if _without_place(body) == street + "办事处":
                return normalize_body(town)
    renamed = "更名" in head or "改名" in head
    formerly = "（原" in head or "(原" in head
    for m in _RENAMED_FROM.finditer(head) if renamed else ():
        if _without_place(normalize_body(m.group(2))) == _without_place(body):
            return normalize_body(m.group(1))
    for m in [*(_RENAMED_INTO.finditer(head) if renamed else ()), *(_FORMERLY.finditer(head) if formerly else ())]:
        named = m.group(1)  # the run of words before 由原 or the bracket, ending in the body's name or 我局
        if _SELF.search(named) or normalize_body(named).endswith(_without_place(body)):
            return normalize_body(m.group(2))
    return None


# a body's kind inside a name's function words: a unit of that body (某市生态环境局某县分局, 某局某中心), no rename of it
_UNIT_OF = re.compile(r"局|厅|委员会")


def _within(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with words put in: 政务服务管理 within 政务服务和数据管理."""
    rest = iter(long)
    return all(ch in rest for ch in short)


_REFORMS_PATH = Path(__file__).with_name("body_reforms.yaml")


@lru_cache(maxsize=1)
def _reforms() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The institutional reforms' table (body_reforms.yaml), names without their place: (old name -> the new names
    a rename gave it (农业委员会 became 农业农村委员会 in some places, 农业农村局 in others), new name -> the old names
    merged into it, under each later name it was renamed to as well: 卫生局 merged into 卫生和计划生育局 stays apart
    from the 卫生健康局 that became)."""
    table = yaml.safe_load(_REFORMS_PATH.read_text(encoding="utf-8"))
    renamed: dict[str, set[str]] = {}
    for entry in table["renamed"]:
        renamed.setdefault(entry["from"], set()).add(entry["to"])
    merged: dict[str, set[str]] = {}
    for entry in table["merged"]:
        for name in _successors(entry["formed"], renamed) | {entry["formed"]}:
            merged.setdefault(name, set()).update(entry["of"])
    return ({old: frozenset(new) for old, new in renamed.items()},
            {name: frozenset(old) for name, old in merged.items()})


def _successors(name: str, renamed) -> set[str]:
    """The names the reforms' renames gave a body called ``name``, in one step or several."""
    found, todo = set(), [name]
    while todo:
        for new in renamed.get(todo.pop(), ()):
            if new not in found:
                found.add(new)
                todo.append(new)
    return found


def _reform_renamed(old: str, new: str) -> bool:
    """Whether the reforms renamed a body called ``old`` (without its place) to ``new``, in one step or several."""
    return new in _successors(old, _reforms()[0])


def _merged_apart(a: str, b: str) -> bool:
    """Whether one of two names (without their place) is a body the reforms merged into the other."""
    _, merged = _reforms()
    return a in merged.get(b, ()) or b in merged.get(a, ())


_TOWN_GOVERNMENT = re.compile(r"(\S{1,8}?)[镇乡]人民政府")


def _town_made_street(a: str, b: str) -> bool:
    """Whether ``b`` is the 街道办事处 a town or township ``a`` was made (洪川镇人民政府 -> 洪川街道办事处), or the town
    a township of its name was made (撤乡设镇: 高坪乡人民政府 -> 高坪镇人民政府)."""
    return bool(m := _TOWN_GOVERNMENT.fullmatch(a)) and (
        b == m.group(1) + "街道办事处" or a.endswith("乡人民政府") and b == m.group(1) + "镇人民政府")


def succeeded_bodies(reports: list[tuple]) -> dict[tuple[str, str], tuple[str, str]]:
    """(region_code, body) -> (region_code, body) of the same body after its county was renamed under a new code
    (regions.successor: 繁昌县 340222 -> 繁昌区 340212), from (region_code, body, report_year) of every report: a
    body of the old county whose name, the county's name respelt, is a body of the new division reporting only in
    later years (繁昌县人民政府 2018-2019 -> 繁昌区人民政府 2021-), or one the new division's body renamed itself from
    (renamed_bodies: 永年县环境保护局 2017 -> 永年区生态环境局 2020). Where the new division has no such body's
    reports, nothing is joined."""
    years: dict[tuple[str, str], set[int]] = {}
    for region, body, year, *_ in reports:
        if region and body and year:
            years.setdefault((region, body), set()).add(year)
    joined = {}
    for (region, body), held in years.items():
        new = successor(region)
        old_name, new_name = place_name(region), place_name(new) if new else None
        if not new and (kept := next((name for name in former_names(region) if name in body), None)):
            new, old_name, new_name = region, kept, place_name(region)  # renamed under its code: 庐山区 -> 濂溪区
        if not (new and old_name and new_name and old_name in body):
            continue
        respelt = (new, body.replace(old_name, new_name))
        theirs = {key: ys for key, ys in years.items() if key[0] == new and key != respelt}
        series = renamed_bodies([(*respelt, y) for y in held] + [(*key, y) for key, ys in theirs.items() for y in ys])
        later = years.get(respelt, set()) | {y for key, ys in theirs.items()
                                            if respelt in series and series.get(key) == series[respelt] for y in ys}
        if later and max(held) < min(later):
            joined[(region, body)] = respelt
    return joined


def renamed_bodies(reports: list[tuple]) -> dict[tuple[str, str], str]:
    """(region_code, body) -> the name of its series, for the bodies that renamed themselves, from (region_code,
    body, report_year), (region_code, body, report_year, former_body) or (…, former_body, report_period) of every
    report.

    Two names are one body renamed when they belong to one region (a known one), their reports' years do not
    overlap (two bodies report in the same years), their names without the place end in the same kind of
    organisation (局, 委员会, 中心 …), open with the same two characters, and one's function words are the other's
    with words put in: 湖州市政务服务管理局 -> 湖州市政务服务和数据管理局, 某县自然资源局 -> 某县自然资源和规划局,
    某市行政审批局 -> 某市行政审批服务局 (a body merged with another that keeps its words, 文化局 in 文化和旅游局,
    is a merger of the reforms' table, below, and stays apart). The institutional reforms' renames
    (body_reforms.yaml: 环境保护局 -> 生态环境局, 卫生和计划生育委员会 -> 卫生健康委员会) join too, the old name's years
    first; a body the reforms merged into another (文化局 into 文化和旅游局, 卫生局 into 卫生和计划生育局) stays apart
    from it, its words notwithstanding. Names of other words are one body where a report of one says the other is its
    former name (原行政审批服务局更名为政务服务和大数据管理局), a merger or not, the old name's years first, or meeting
    the new's in the year of the rename where the reports of that year are of its parts (a quarter's, a half's: both
    names report in it; two whole years' reports of one year are two bodies'). A government's 办公室 and 办公厅 in
    years apart are its one general office. The series takes the latest name."""
    years: dict[tuple[str, str], set[int]] = {}
    whole: set[tuple[tuple[str, str], int]] = set()  # a body's whole-year reports (no report_period), by year
    stated: dict[tuple[str, str], set[str]] = {}  # a body -> the former names its reports state, without the place
    for region, body, year, *rest in reports:
        former, period = (rest + [None, None])[:2]
        if region and body and year:
            years.setdefault((region, body), set()).add(year)
            if period is None:
                whole.add(((region, body), year))
            if former:
                stated.setdefault((region, body), set()).add(_without_place(former))
    words = {key: w for key in years if (w := _function_words(key[1], key[0]))}
    by_region: dict[str, list[tuple[str, str]]] = {}
    for key in sorted(words):
        by_region.setdefault(key[0], []).append(key)
    series = {}
    for keys in by_region.values():
        groups = [[key] for key in keys]  # joined names, each group's years kept apart from the others'
        for a in keys:
            for b in keys:
                ga, gb = (next(g for g in groups if k in g) for k in (a, b))
                (fa, ka), (fb, kb) = words[a], words[b]
                before = max(years[a]) < min(years[b])
                # a rename its report states may fall inside a year both names report parts of (a quarter's, a half's)
                meet = max(years[a]) == min(years[b])
                stated_rename = fa + ka in stated.get(b, ()) and (before or meet and not any(
                    (k, min(years[b])) in whole for g in (ga, gb) for k in g))
                renamed = (stated_rename
                           or (ka == kb and fa[:2] == fb[:2] and _within(fa, fb) and not _UNIT_OF.search(fb)
                               or before and _reform_renamed(fa + ka, fb + kb))
                           and not _merged_apart(fa + ka, fb + kb)
                           or before and _town_made_street(fa + ka, fb + kb))
                shared = {y for k in ga for y in years[k]} & {y for k in gb for y in years[k]}
                if ga is not gb and renamed and (not shared or stated_rename and shared == {min(years[b])}):
                    ga += gb
                    groups.remove(gb)
        for group in groups:
            if len(group) > 1:
                latest = max(group, key=lambda k: (max(years[k]), k[1]))[1]
                series |= {key: latest for key in group}
    # a government has one general office, printed 办公室 one year and 办公厅 another: one body where they do not
    # report in the same year
    offices: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in years:
        if office := _GENERAL_OFFICE.fullmatch(key[1]):
            offices.setdefault((key[0], office.group(1)), []).append(key)
    for pair in offices.values():
        if len(pair) == 2 and not years[pair[0]] & years[pair[1]]:
            latest = max(pair, key=lambda k: max(years[k]))[1]
            series |= {key: latest for key in pair}
    return series


_GENERAL_OFFICE = re.compile(r"(.+人民政府)办公[室厅]")


# ---------------------------------------------------------------------------------------------- reports on one page
# A page may hold several reports: a detail page followed by 相关阅读 with another report's full text, a list page
# that prints several years' reports in full, a PDF of several years merged. Each report starts at its own title,
# standing alone: a line of its own, or a run between spaces on a one-line page. A link's label may open it.
_LINK_LABEL = r"(?:(?:上一篇|下一篇|上一条|下一条|相关阅读|相关文章|相关链接|相关推荐|推荐阅读)\s*[:：]?\s*)?"
_TITLE_CHAR = r"[^\s。，,；;：:《》“”\"、]"  # no sentence, list or quotation in a title (一、 opens a heading)
_BRACKET_YEAR = r"[（(](?:19|20)\d{2}\s*年度?[)）]"
def _titled(genres: str, char: str = _TITLE_CHAR) -> re.Pattern:
    """A link's or a run's text that is a title ending in one of ``genres``, with a year or a bracketed year."""
    return re.compile(_LINK_LABEL + rf"((?:{char}{{0,40}}(?:19|20)\d{{2}}\s*学?年{char}{{0,40}}"
                      rf"|{char}{{2,40}}(?=(?:{genres}){_BRACKET_YEAR}))(?:{genres})(?:{_BRACKET_YEAR})?)")


_REPORT_TITLE = _titled("报告|总结|公报")
# a one-line page's own title, at the line's start, may name any genre and quote a word (关于…“好差评”情况的通报); a
# report's title inside a text opens a report only when it names a report
_PAGE_TITLE_CHAR = r"[^\s。，,；;：:《》、]"
_PAGE_GENRES = "报告|总结|公报|通报|简报|快报|简况|分析|综述|月报|季报"
_PAGE_TITLE = _titled(_PAGE_GENRES, _PAGE_TITLE_CHAR)
# a one-line page's or a breadcrumb's title, and a form's (2022年政府网站工作年度报表)
_PAGE_OR_FORM_TITLE = _titled(_PAGE_GENRES + "|报表", _PAGE_TITLE_CHAR)
# (and a press conference's transcript: 某市2024年前三季度经济运行情况发布会, …新闻发布会实录)
_CRUMB_TITLE = _titled(_PAGE_GENRES + "|报表|情况|发布会(?:(?:文字|图文)?实录)?", _PAGE_TITLE_CHAR)
# a place's name by its shape, known or not (某某县, 某某市, 某某街道): a title's first word
_PLACE_SHAPED = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:自治区|自治州|自治县|街道|省|市|州|盟|县|旗|区|镇|乡)")
_UNDATED_CRUMB_TITLE = re.compile(rf"[^\s。，,；;：:]{{4,60}}(?:报告|总结|公报|情况)")
# a title with the page's info line run onto it, as a one-line page prints them
_TITLE_BEFORE_INFO = re.compile(_PAGE_TITLE.pattern + r"(?=(?:发布时间|发布日期|发文日期|日期|时间|来源|信息来源|发布机构|作者|索引号)\s*[:：])")
# a title with the report's first words run onto it, as a page's text extracted without breaks prints them
# (the shortest such run: 本报告 ends in a genre's word too)
_TITLE_BEFORE_OPENING = re.compile(rf"({_PAGE_TITLE_CHAR}{{0,40}}?(?:19|20)\d{{2}}\s*学?年{_PAGE_TITLE_CHAR}{{0,40}}?"
                                   rf"(?:{_PAGE_GENRES}))(?=本(?:年度)?报告|根据|按照|依据|一、|(?:19|20)\d{{2}}年[，,])")
# where such a run may end: its genre word before a space, a line's end or the page's end
_REPORT_TITLE_END = re.compile(rf"(?:报告|总结|公报)(?:{_BRACKET_YEAR})?(?=\s|$)")
_NEXT_YEAR_LINE = re.compile(r"\n\s*([（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）])[ \t]*(?=\n|$)")
_NUMBERED_HEADING = re.compile(r"(?:^|(?<=\s))([一二三四五六七八九十]{1,3})、")
_MIN_REPORT = 200  # a report before another has a body: not a notice that issues the report, not a title repeated
_OPENS_REPORT = re.compile(r"本(?:年度)?报告(?:是|系)?根据|根据《")  # a report's first sentence, on its preamble
_OPENING = 400  # a report's first sentence follows its title and info lines within this many characters
_NUMBERING = 2000  # how far a report's first numbered heading is looked for
_PREAMBLE = re.compile("本(?:年度)?报告")  # what a report's preamble says of itself
_COLUMN = 160  # how far above a title another title makes the two a column of links
_DATED = re.compile(_DATE + r"|[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月")
_INFO_WORD = re.compile(r"发布|来源|时间\s*[:：]|日期\s*[:：]")
_SIGNED_ONTO = re.compile(r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})(?=[\u4e00-\u9fff])")


def _title_year(title: str) -> int | None:
    m = _YEAR_IN_TITLE.search(title)
    return int(m.group(1)) if m else None


def _title_name(title: str) -> str | None:
    """The body or place a title opens with, in one spelling (None when it names none)."""
    lead = title[_TITLE_LEAD.match(title).end():]
    if named := _title_body(lead):
        return normalize_body(named)
    return leading_places(lead)


def _other_report(title: str, current: str | None) -> bool:
    """Whether ``title`` is another report than the one titled ``current``: another year, or another body or place
    where both name one. A title without its body's name under a title with it is the same report's heading."""
    if current is None:
        return False
    if re.sub(r"\s", "", title) == re.sub(r"\s", "", current):
        return False
    year, current_year = _title_year(title), _title_year(current)
    if year is not None and current_year is not None and year != current_year:
        return True
    name, current_name = _title_name(title), _title_name(current)
    return name is not None and current_name is not None and name != current_name


def _opens_report(text: str, end: int, title: str) -> str | None:
    """How a report's text follows a title ending at ``end``, or None when none does: 'heading' when, past its info
    lines and the form's preamble on 本报告, its first heading is 一、; 'sentence' when its first sentence names the title's year or 本报告. No other
    report's title may stand before that sentence (a column of links is not a report), and its numbered headings
    start at 一 (a side column between the sections of the report around it is followed by that report's 二、)."""
    window = text[end:end + _OPENING]
    sentence = window.find("。")
    if sentence < 0:
        return None
    opening = window[:sentence + 1]
    if any(_REPORT_TITLE.fullmatch(token) for token in opening.split()):
        return None
    heading = _NUMBERED_HEADING.search(text, end, end + _NUMBERING)
    if heading is not None and heading.group(1) != "一":
        return None
    if heading is not None and heading.start() <= end + sentence:
        return "heading"
    if heading is not None and heading.start() <= end + _OPENING and _PREAMBLE.search(text, end, heading.start()):
        return "heading"  # the form's preamble (本报告根据…编制。本报告所列数据的统计期限…), then 一、
    year = _title_year(title)
    if (year is not None and str(year) in opening) or "本报告" in opening or "本年度报告" in opening:
        return "sentence"
    return None


def _title_head(text: str, start: int) -> int:
    """Where a report whose title line starts at ``start`` begins: at the letterhead, document number or first half
    of its title on the lines just above it."""
    line_end = text.find("\n", start)
    line = text[start:len(text) if line_end < 0 else line_end]
    for _ in range(3):
        if start == 0 or text[start - 1] != "\n":
            break
        above_start = text.rfind("\n", 0, start - 1) + 1
        above = text[above_start:start - 1].strip()
        if not (_title_broken(above, line) or _DOCUMENT_NUMBER.match(above) or _LETTERHEAD.match(above)):
            break
        start, line = above_start, above
    return start


def _report_titles(text: str, first_title: Callable[[], str | None]) -> Iterator[tuple[int, str, bool]]:
    """(start, title, told apart) of each title after the first report's that stands alone, names another year or
    another body than the report before it, comes after that report's body, and is followed by a report's opening
    (see ``_opens_report``); told apart when it starts a report: opened by its 一、 heading, or dated or signed where
    the report before ended. A title cited in a sentence, in 《》 or in a column of links is none, and neither is
    last year's report named in this year's. ``first_title`` is called only when a title could start a report."""
    current, current_start = None, 0
    for end_match in _REPORT_TITLE_END.finditer(text):
        end = end_match.end()
        space = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end), text.rfind("\t", 0, end),
                    text.rfind("\u3000", 0, end))
        token_start = space + 1
        m = _REPORT_TITLE.fullmatch(text, token_start, end)
        if m is None and (stop := text.rfind("。", token_start, end)) >= 0:
            token_start = stop + 1  # …完善工作制度。某县2022年…报告: a report's last sentence run onto the next's title
            m = _REPORT_TITLE.fullmatch(text, token_start, end)
        if m is not None and (signed := _SIGNED_ONTO.match(text, token_start, end)):
            token_start = signed.end()  # …某县人民政府 2024年1月22日某县2022年…报告: the signature's date is the report's before
            m = _REPORT_TITLE.fullmatch(text, token_start, end)
        if m is None and (year_line := _NEXT_YEAR_LINE.match(text, end)):
            # a cover's title with its year in brackets on the line under it: 政府信息公开工作年度报告 / （2022年度）
            m = _REPORT_TITLE.fullmatch(text[token_start:end] + year_line.group(1))
            title_start, end = token_start + (m.start(1) if m else 0), year_line.end()
        else:
            title_start = m.start(1) if m else 0
        if m is None or len(m.group(1)) > 60:
            continue
        before = text[current_start:token_start]
        if len(before) < _MIN_REPORT or before.count("。") < 2:
            continue
        candidate = m.group(1)
        if current_start == 0 and current is None:  # read only on a page that may hold another report
            current = first_title()
        opens = _opens_report(text, end, candidate) if _other_report(candidate, current) else None
        if opens is None:
            continue
        above = before[-_COLUMN:]
        closing = above[above.rfind("。") + 1:]  # the lines since the report before ended its last sentence
        if any(_REPORT_TITLE.fullmatch(token) for token in closing.split()):
            continue  # the last of a column of titles (热点推荐, 相关文章) is no report's start
        start = _title_head(text, title_start)
        if f"《{candidate}》" in before:
            continue  # the report a notice before it issues (关于印发《…》的通知) is that notice's
        info = text[end:text.find("。", end)]
        if opens == "sentence" and not (_DATED.search(closing) or _DATED.search(info) or _INFO_WORD.search(info)):
            yield start, candidate, False  # no heading, date or signature says where the report before ends
            continue
        yield start, candidate, True
        current, current_start = candidate, start


def report_starts(text: str, page_info: list[tuple[str, str]] = ()) -> list[int]:
    """Where each report after the first begins in a page's normalized text (see ``_report_titles``); ``page_info``
    (the page's header and footer lines) gives the first report's title when the page has one, else its first lines
    do."""
    def first_title() -> str | None:
        return header_fields(list(page_info)).get("title") or extract_title(text)

    return [start for start, _, apart in _report_titles(text, first_title) if apart]


def reports_not_told_apart(text: str, title: str | None) -> list[tuple[int, str]]:
    """(start, title) of each title in a report's text, titled ``title``, that may open another report but was not
    split off: it has no 一、 heading, and no date or signature tells where the report before it ends. Its text is
    read as this report's."""
    return [(start, candidate) for start, candidate, apart in _report_titles(text, lambda: title) if not apart]


def report_spans(text: str, page_info: list[tuple[str, str]] = ()) -> list[tuple[int, int]]:
    """(start, end) in a page's normalized text of each report it holds, in order, without the blank lines between
    them; together they hold every word of the text. ``page_info`` (the page's header and footer lines) gives the
    first report's title when the page has one."""
    bounds = [0, *report_starts(text, page_info), len(text)]
    return [(start, start + len(text[start:end].rstrip())) for start, end in zip(bounds, bounds[1:])]
