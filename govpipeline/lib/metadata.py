"""Document metadata read from normalized text: title, issuer, dates, region, report year, genre, template."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from govpipeline.lib.regions import gazetteer, place_mentions, place_name, places_named, region_from_code
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


DOC_TYPES = ("disclosure_annual_report", "work_summary", "briefing", "government_work_report", "statistical_bulletin",
             "budget_report", "audit_report", "other")
TEMPLATES = ("narrative", "2019_trial", "2021")

_TITLE_WORDS = re.compile(r"报告|通报|总结|计划|情况|简报|公报|要点|工作|汇报|说明")
_DATE = r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_PUBLISH = re.compile(r"(?:发布时间|发布日期|发文日期|成文日期|日期|时间)\s*[:：]\s*" + _DATE)
_SIGN_DATE = re.compile(r"^\s*" + _DATE + r"\s*$", re.M)
_ISSUER = re.compile(r"(?:来源|发布机构|发文机关|发布单位|信息来源)\s*[:：]\s*([^\s:：]{2,30}?)(?=\s|$|字体|文字|浏览|作者)")
# the body a title opens with, up to the report's year or 关于 (no year in a name; 乡 ends one only there, not 乡村振兴局)
_TITLE_ISSUER = re.compile(r"^([^\d]{2,30}?(?:人民政府|政府|局|办公室|委员会|中心|办|委|厅|院|街道|街道办事处|镇|乡))"
                           r"(?=(?:19|20)\d{2}|关于|$)")
# a government work report's dateline: ——2024年1月15日在浏阳市第十七届人民代表大会第四次会议上
_SESSION = re.compile(r"在([\u4e00-\u9fff]{2,14}?)第[一二三四五六七八九十]+届人民代表大会")
_REVIEW = re.compile(r"过去一年|过去的一年|(?:19|20)\d{2}年(?:工作)?回顾")  # a work report looks back on the year before
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*年(?:度|上半年|下半年|第.季度|1-\d+月)?")
# the part of the year a title names after its year (2024年第三季度, 2024年1-9月份, 2024年10月), or opens with
_PERIOD_IN_TITLE = re.compile(r"(?:(?:19|20)\d{2}\s*年度?|^)\s*(?:(?P<quarter>第?[一二三四1-4]季度|前三季度|[上下]半年)"
                              r"|(?P<first>1[0-2]|0?[1-9])\s*(?:月份?\s*)?[-－~至]\s*(?P<last>1[0-2]|0?[1-9])\s*月份?"
                              r"|(?P<month>1[0-2]|0?[1-9])\s*月份?)(?!\s*\d{1,2}\s*日)")
# No (?<!\d) in front: a pattern opening with an assertion is tried at every position; the caller checks that instead.
_YEAR_MENTION = re.compile(r"((?:19|20)\d{2})\s*年(?![0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日)")


def _first_lines(text: str, n: int = 6) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()][:n]


def extract_title(text: str) -> str | None:
    for line in _first_lines(text, 3):
        if len(line) > 60 or line.endswith("。") or "，" in line or "," in line:
            continue
        if _PUBLISH.search(line) or _ISSUER.search(line):
            continue
        if _TITLE_WORDS.search(line):
            return line
    return None


def _iso(m: re.Match) -> str:
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def extract_publish_date(text: str) -> str | None:
    head = text[:600]
    m = _PUBLISH.search(head)
    if m:
        return _iso(m)
    # signature date at the end of the report ("2019年3月20日" alone on a line)
    tail = list(_SIGN_DATE.finditer(text[-400:]))
    return _iso(tail[-1]) if tail else None


def extract_issuer(text: str, title: str | None) -> str | None:
    named = _TITLE_ISSUER.match(title) if title else None
    m = _ISSUER.search(text[:600])
    if m and not (named and not any(place_mentions(m.group(1)))):
        return m.group(1)  # a page's 来源, unless it is a short name (区政府办) and the title names the body in full
    # signature block: an organisation's name on its own line just before the closing date
    lines = [ln.strip() for ln in text[-400:].split("\n") if ln.strip()]
    for i, ln in enumerate(lines):
        if _SIGN_DATE.match(ln) and i > 0 and len(lines[i - 1]) <= 30 and re.search(r"(政府|局|办|委|中心|厅|院|室)$", lines[i - 1]):
            return lines[i - 1]
    if session := _SESSION.search(text, 0, 600):
        return f"{session.group(1)}人民政府"  # the government that reports to the place's people's congress
    return named.group(1) if named else None


def extract_report_year(text: str, title: str | None, publish_date: str | None, doc_type: str = "other") -> int | None:
    """The year the statistics cover: the year a title names, else the year the text speaks of most. A government
    work report is named after the year of its congress session and reports on the year before it."""
    if title:
        m = _YEAR_IN_TITLE.search(title)
        if m:
            year = int(m.group(1))
            if doc_type == "government_work_report" and _REVIEW.search(text, 0, 8000):
                return year - 1
            return year
    publish_year = int(publish_date[:4]) if publish_date else None
    years = Counter(int(m.group(1)) for m in _YEAR_MENTION.finditer(text, 0, 20000)
                    if not (m.start() and text[m.start() - 1].isdigit()))
    if publish_year:
        years = Counter({y: c for y, c in years.items() if y <= publish_year})
    if years:
        return years.most_common(1)[0][0]
    return publish_year - 1 if publish_year else None


def extract_report_period(title: str | None) -> str | None:
    """The part of the year a quarterly, half-yearly or monthly report covers, as its title names it, in one
    spelling: 第三季度, 上半年, 1-9月, 10月. None for a whole year (1-12月 too) or a title that names no part."""
    m = _PERIOD_IN_TITLE.search(title) if title else None
    if m is None:
        return None
    if m.group("quarter"):
        quarter = m.group("quarter")
        quarter = quarter.translate(str.maketrans("1234", "一二三四"))
        return quarter if quarter[0] in "第前上下" else f"第{quarter}"
    if m.group("month"):
        return f"{int(m.group('month'))}月"
    first, last = int(m.group("first")), int(m.group("last"))
    return None if (first, last) == (1, 12) or first >= last else f"{first}-{last}月"


def classify_doc_type(text: str, title: str | None) -> str:
    head = (title or "") + "\n" + text[:400]
    if re.search(r"信息公开.{0,6}(?:工作)?年度报告|信息公开工作报告", head):
        return "disclosure_annual_report"
    if re.search(r"政府工作报告", title or ""):
        return "government_work_report"
    if re.search(r"统计公报", title or ""):
        return "statistical_bulletin"
    if re.search(r"审计工作报告|审计结果", title or ""):
        return "audit_report"
    if re.search(r"预算执行|预算草案|决算", title or ""):
        return "budget_report"
    if re.search(r"工作总结|总结|述职|工作(?:情况)?的?报告|情况的?报告|年度报告", title or ""):
        return "work_summary"  # 关于2021年度政务服务工作情况的报告, 12345热线2023年度工作报告, 法治政府建设情况(的)报告
    if re.search(r"通报|简报|快报|动态", title or ""):
        return "briefing"
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
_REGION_TEXT = 3000  # reports name their place early; later mentions only repeat it


def infer_region(text: str, title: str | None, issuer: str | None) -> tuple[str | None, str | None]:
    """The place a report is about, as (name, adcode).

    A county or district named in the title or issuer wins (长沙市雨花区), then a city named there in full (株洲市,
    not an abbreviation that may be a common word). Otherwise it is the city that the text's place names point to
    most, counting each county for its city (阜蒙县, 彰武县 -> 阜新市). The text is scanned only in that last case:
    finding places is the slowest part of reading metadata.
    """
    cpca = gazetteer()
    head = " ".join(x for x in (title, issuer) if x)
    named = list(place_mentions(head))
    counties = [(code, name) for code, rank, name, _ in named if rank == cpca.AddrInfo.RANK_COUNTY]
    if counties:
        code, name = counties[0]
        # 杭州市西湖区, not 南昌市's: a county that several cities have is the one under the city or province named
        for parent, rank, _, _ in named:
            prefix = parent[:2] if rank == cpca.AddrInfo.RANK_PROVINCE else parent[:4]
            if rank < cpca.AddrInfo.RANK_COUNTY and not code.startswith(prefix):
                code = next((c for c, _, _ in places_named(name) if c.startswith(prefix)), code)
        return region_from_code(code).name, code
    for code, rank, name, _ in named:
        if rank == cpca.AddrInfo.RANK_CITY and name in head:
            return name, code
    cities = Counter()
    provinces = Counter()
    for code, rank, name, _ in named + list(place_mentions(text[:_REGION_TEXT])):
        if rank == cpca.AddrInfo.RANK_PROVINCE:
            provinces[code] += 1
        else:
            city = code[:4] + "00"
            if place_name(city) is None:  # municipalities: counties belong to the province-level city
                city = code[:2] + "0000"
            cities[city] += 1 if rank == cpca.AddrInfo.RANK_COUNTY else 2
    if cities:
        code = cities.most_common(1)[0][0]
        return place_name(code), code
    if provinces:
        code = provinces.most_common(1)[0][0]
        return place_name(code), code
    return None, None


def extract_metadata(text: str) -> DocumentMetadata:
    title = extract_title(text)
    publish_date = extract_publish_date(text)
    issuer = extract_issuer(text, title)
    doc_type = classify_doc_type(text, title)
    report_year = extract_report_year(text, title, publish_date, doc_type)
    _, code = infer_region(text, title, issuer)
    place = region_from_code(code)
    return DocumentMetadata(
        title=title, issuer=issuer, region=place.name if place else None, region_code=code,
        admin_level=place.level if place else None, province=place.province if place else None,
        city=place.city if place else None, county=place.county if place else None, report_year=report_year,
        report_period=extract_report_period(title),
        publish_date=publish_date, doc_type=doc_type, template=detect_template(text, doc_type, report_year),
    )
