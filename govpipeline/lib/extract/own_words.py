"""A figure's own words: the words of its clause that name what it measures, cleaned of links, time words and
qualifiers (``clean_label``), with the noun after the figure, a list's lead, or what the figure involves.

Takes a ``Context`` and a figure (and the figure before it); gives its label.
"""
from __future__ import annotations

import re

from govpipeline.lib.extract.context import Context, count_han, last_clause, last_phrase, without_change_tail
from govpipeline.lib.extract.model import Fact
from govpipeline.lib.extract import patterns as rx
from govpipeline.lib.extract.kinds import completes


def _strip_keeping_quoted_head(label: str, chars: str) -> str:
    """label stripped of chars, but for an opening quote whose word the name goes on after: “三公”经费支出."""
    out = label.strip(chars)
    if "“" in label and label.lstrip(chars.replace("“", "")).startswith("“") and 0 < (close := out.find("”")) < len(out) - 1 \
            and "“" not in out[:close]:
        out = "“" + out
    return out


def clean_label(label: str) -> str:
    label = _strip_keeping_quoted_head(label, " 　\t“”\"'")  # a tab: the cell boundary of a table row
    # every step looks for a character of CLEANED_BY first (a test checks it): a label without one is left as it is
    return _cleaned_stripped(label) if rx.CLEANED_BY.search(label) else label


def _cleaned_stripped(label: str) -> str:
    """``clean_label``'s steps, on a label stripped of blanks and quotes."""
    if label[:1] in rx.HEADING_FIRST:
        if rx.ORDINAL.fullmatch(label):
            return ""  # （一）8个部门…: a paragraph's ordinal alone before a figure names nothing
        if heading := rx.HEADING_IN_LABEL.match(label) or rx.TEMPLATE_SUBHEADING.match(label):
            label = label[heading.end():]  # 十一、资源、环境和安全生产全社会用电量: the heading is the section's
    if label[:1].isdigit():
        label = rx.NUMBERED_ITEM.sub("", label)
    if ("前" in label or "后" in label) and (ranking := rx.RANKING_LEAD.search(label)) \
            and count_han(label[ranking.end():]) >= 2:
        label = label[ranking.end():]  # 排名前五的诉求分别为城乡建设（1632件）: the member ranked, as those after it
    if label[:1] in ("）", ")"):
        label = label.lstrip("）)、，,；; ")  # what a parenthesis before left: 8.2万件（14.4%）、劳动保障6.5万件
    elif label[:1] in ("（", "(") and (aside := rx.LEADING_ASIDE.match(label)):
        label = label[aside.end():]  # 4.82万条（含历史数据补录）、行政处罚信息1306条: the aside is the figure before's
    if label[:1] == "向" and (sent_to := rx.SENT_TO_LEAD.match(label)):
        label = label[sent_to.end():]  # 向纪检监察机关移送问题线索: what was sent, not to whom
    if label[:1] in rx.LEAD_FIRST:
        label = label[rx.TIME_LEAD.match(label).end():]
        for _ in range(3):  # (no match begins outside LEAD_FIRST: a test checks it)
            lead = rx.LEAD_WORDS_AND_TIME.match(label).end() if label[:1] in rx.LEAD_FIRST else 0
            if not lead:
                break
            label = label[lead:]
        if label[:1] == "的" and count_han(label) >= 3:
            label = label[1:]  # 1-9月的地区生产总值为…: the time's 的 goes with it
    if ("（" in label or "(" in label) and rx.ABBREVIATION_ASIDE.search(label):
        label = rx.ABBREVIATION_ASIDE.sub("", label)  # 地区生产总值（GDP）: the abbreviation names nothing more
    if "影响" in label and (cause := rx.CAUSE_INSIDE.search(label)) and rx.CHANGE_TAIL.fullmatch(label, cause.end()):
        label = label[:cause.start()] + label[cause.end():]  # (not 受台风影响人口, those it befell)
    if label[:1] in "依借利" and (means := rx.MEANS_LEAD.match(label)):
        label = label[means.end():]
    if "年" in label:
        label = rx.SINCE_YEAR.sub("", label)  # 从2015年起连续三年获评: when the run began is no part of what is counted
        if "累计" in label:
            label = rx.YEARS_OF_SUM.sub("", label)
        if "年" in label[1:4]:
            label = rx.YEARS_OF_WORK.sub("", label)
    if "共" in label:
        label = rx.INNER_TOTAL.sub("", label)
    if "了" in label:
        label = rx.ASPECT_LE.sub("", label)
    if "控制在" in label and (kept := rx.KEPT_WITHIN.search(label)) and count_han(label[:kept.start()]) >= 2:
        label = label[:kept.start()]
    if "的" in label and ("核定" in label or "下达" in label or "批准" in label or "核准" in label) \
            and (limit := rx.SET_BY_ABOVE.match(label)):
        # 控制在省核定的债务限额: 债务限额; a bare 限额 keeps who set it (省核定的限额)
        label = label[limit.end():] if count_han(label[limit.end():]) >= 3 \
            else label[max(limit.end("verb"), 0):]
    if "等" in label and (channels := rx.CHANNEL_LIST.match(label)):
        label = label[channels.end():]  # 门户网站、微信公众号等平台主动公开政府信息: where, not what, was published
    if "等各" in label:
        label = rx.EXAMPLES_OF_ALL.sub(r"\1", label)
    if "力争" in label or "确保" in label or "争取" in label:
        # 市热线将力争接通率: the resolve is the target's mark, not its name; 街道将力争税收收入: the body that resolves
        # is the report's own, named by no figure
        label = rx.INNER_RESOLVE.sub("", rx.SPEAKER_RESOLVES.sub("", label))
    if "将计划" in label and (plans := rx.BODY_PLANS.match(label)):
        label = label[plans.end():]
    if label.startswith(rx.YEAR_END) and (have := rx.STOCK_HAS.match(label, 2)):
        label = label[:2] + label[have.end():]  # 年末共有医疗卫生机构: what a stock's time has links it to its figure
    if "预计" in label[2:] and (expected := rx.EXPECTED_AFTER_SUBJECT.search(label, 2)):
        # 地区生产总值预计完成…, 增加值预计增长…: 预计 leads the name, as where it opens the sentence (预计地区生产总值)
        area = rx.WHOLE_AREA_HEAD.match(label).end()  # 全县…预计…: the whole area stays the scope at the head
        label = label[:area] + "预计" + label[area:expected.start()] + label[expected.end():]
    reach = 8 if "每" in label[-7:] else 6  # 提高到每人每月: a level's verb before a per-period base
    while label[-1:] in rx.TAIL_LAST and (tail := rx.TAIL_TRIM.search(label, len(label) - reach)):
        label = label[:tail.start()]  # searched from near the end: a $-anchored pattern is otherwise tried everywhere
    label = _strip_keeping_quoted_head(label, " 　“”\"'·、，,；;：:")
    if ("“" in label or "”" in label) and label.count("“") != label.count("”"):  # 好差评”系统: a quote whose other half was cut off
        label = label.replace("“", "").replace("”", "")
    if label.startswith("预计全年"):
        label = "预计" + label[4:]  # 预计全年受理诉求60万件: an estimate of the year, which every figure is of
    elif label.startswith("预计全") and (area := rx.WHOLE_AREA_HEAD.match(label[2:]).end()):
        label = label[2:2 + area] + "预计" + label[2 + area:]  # 预计全县地区生产总值: the area is the scope, at the head
    if ("实现" in label or "完成" in label) and (attained := rx.ATTAINED.search(label)) \
            and count_han(measure := label[attained.end():]) >= 3:
        # 实现地区生产总值, 规模以上工业企业实现营业收入: the verb only links the measure to its figure; a subject that
        # names again what the measure names (…建筑业企业完成建筑业总产值) is said by the measure alone
        subject = label[:attained.start()]
        label = measure if measure[:2] in subject else subject + measure
    if "（" in label and len(label) > 12:  # A类（所提问题已解决或基本解决）建议: a long explanation, not the name
        label = rx.LONG_ASIDE.sub("", label)
    return label


def cleaned(ctx: Context, words: str) -> str:
    """``clean_label(words)``, read once per text: listed figures share their words, a clause is read again as
    the one before the next figure's, and a colon's topic once per member of its list."""
    label = ctx.own_labels.get(words)
    if label is None:
        label = ctx.own_labels[words] = clean_label(words)
    return label


def without_figured_asides(words: str) -> str:
    """``words`` without the parentheses that hold a figure, which is a fact of its own."""
    if "（" not in words and "(" not in words:
        return words
    return rx.ASIDE.sub(lambda a: "" if rx.FIGURE.search(a.group()) else a.group(), words)


def _shared_verb(prev: Fact, between: str) -> str | None:
    """惠及企业1.2万家、群众3.5万人次; 培训干部120人次、群众300人次: an object listed after a figure takes the verb
    that figure's words open with (not when it brings a verb of its own: 受理120件、办结115件)."""
    listed = rx.LISTED_OBJECT.fullmatch(between)
    if listed is None or rx.LISTING_VERB.match(listed.group(1)) or listed.group(1) in rx.MEASURES_OF_COUNTED \
            or listed.group(1).startswith(rx.LISTED_ONLY):
        return None  # 新建运动场14个、面积6.3万平方米: the area is the fields', not a thing built
    end = 0  # the verbs the words open with (开展检查); a verb inside a name (不动产登记中心) is none
    if not rx.LISTING_VERB.match(prev.label) and (body := rx.BODY_HEAD.match(prev.label)) \
            and rx.LISTING_VERB.match(prev.label, body.end()):
        end = body.end()  # 县政府主办建议131件、提案172件: the body's verb (县政府主办提案)
    start = end
    while (verb := rx.LISTING_VERB.match(prev.label, end)) and count_han(prev.label[verb.end():]) >= 2:
        end = verb.end()
    return prev.label[:end] + listed.group(1) if end > start else None


def _beneficiary_end(words: str, deeds: re.Pattern = rx.DONE_FOR) -> int:
    """为3.6万户纳税人减免税费12.8亿元: where the ones a figure counts (纳税人) end and what was done for them
    (减免税费) begins in the words after it; 0 when the words are not so made."""
    for i in range(2, min(len(words), 14)):
        if words[i - 1] in rx.BENEFICIARY_LAST and deeds.match(words, i):
            return i
    return 0


def own_words(ctx: Context, f: Fact, prev: Fact | None, level: Fact | None = None) -> str:
    """The words that name what a figure measures: its clause up to the figure (from the previous figure when the
    clause holds several), plus the noun that follows it (25个具有审批职能的部门). ``level`` is the figure before
    ``prev``."""
    text = ctx.text
    before = ctx.words_before(f.start, f.clause)
    clause_start = f.start - len(before)
    between = None
    if prev is not None and clause_start < prev.end <= f.start:
        before = between = text[prev.end:f.start]
        if not before or before[-1:] in rx.LINKS and rx.SIBLING_GAP.fullmatch(before) \
                or before[-1:] in rx.TAIL_LAST and not cleaned(ctx, before):
            # 进驻46家单位、771项事项, 受益341户568人: listed figures share the words before the first; so does a figure
            # after link words alone (产量连续三年稳定在500万吨以上: the run of years is the other figure's)
            before = prev.head.removesuffix("连续") if prev.unit == "年" else prev.head
        elif before.endswith("的") and count_han(before) <= 8 and rx.SIBLING_GAP.fullmatch(before):
            before = ""  # 12个部门的230项事项: the earlier figure's noun describes this one's
    f.head = before
    if f.unit == "%" and between == "的" and (plan := rx.OF_PLAN.search(prev.head + "的", len(prev.head) - 12)) \
            and completes(plan, level.head if level is not None else ""):
        # 完成投资4.68亿元，占年度计划投资4.2亿元的111.4%: the plan's own figure stands between
        return _completion_of_plan(f, plan, level)
    if f.unit == "%" and before.endswith("的") and (plan := rx.OF_PLAN.search(before, len(before) - 12)) \
            and completes(plan, prev.head if prev is not None else ""):  # 收入86.4亿元，为预算的102.3%: of the figure before
        return _completion_of_plan(f, plan, prev)
    first_after = text[f.end:f.end + 1]  # a han character is no clause break: the clause after goes on with it
    list_tail = before.rsplit("、", 1)[-1]
    involved = rx.INVOLVES.search(before) if "涉及" in before or "涵盖" in before or "覆盖" in before else None
    if involved:
        return _involvement(ctx, f, involved.group(1), before[:involved.start()])
    if before.count("、") >= 2 and len(list_tail) <= 8 and "等" not in list_tail and first_after \
            and "\u4e00" <= first_after <= "\u9fff" or "、" in before and before.endswith("等"):
        # 将环节精简为A、B、C3个环节, 设置A、B等七大类专区: the names are members or examples; the words before them
        # and the noun after the figure say what is counted
        before = _list_lead(before)
        f.after_list = count_han(cleaned(ctx, before)) < 2
    label = cleaned(ctx, before)
    if label.endswith("内") and rx.WITHIN_AREA.search(label, len(label) - 3):
        label = label[:-1]  # 辖区内15个社区: 内 says where the things counted are; the area is their scope
    if label.startswith("扣除") and text.startswith("后", f.end):
        label = label[2:]  # 扣除重复计算量8.12亿立方米后，…: what is taken out is the figure's
    if before.endswith(rx.LINKING_VERBS) and label.endswith(rx.LINKING_VERBS) and count_han(label) >= 4:
        label = label[:-2]  # 税收收入完成52.6亿元: the verb only links the thing to its figure, as 达到 does
    if between and (shared := _shared_verb(prev, between)):
        label = shared
    elif between and label.startswith(rx.FOUND_AT) and len(label) > 3 and prev.metric.startswith(label[2:]) \
            and prev.metric.endswith(label[:2]):
        label = label[2:]  # 2个单位未及时上缴非税收入1270万元: the sum is of the fault its count is named by (and so is
        # …资金1.27亿元未统筹使用, whose fault after it the clause's own words add)
    elif between and text[prev.start - 1:prev.start] in rx.BENEFACTIVE_LAST \
            and rx.BENEFACTIVE.search(text, prev.start - 4, prev.start) \
            and (done := _beneficiary_end(between)):
        label = clean_label(between[done:])  # 为3.6万户纳税人减免税费12.8亿元: the amount is what was done
    elif between and f.kind == "amount" and prev.kind == "count" and (lead := _lead_of_count(prev, between)):
        label = clean_label(lead + between)  # 年初预算代编15个部门项目资金1.86亿元: the words before the count too
        if "向" in lead and (given_to := rx.GIVEN_TO_LEAD.fullmatch(lead)):
            label = "向" + given_to.group(1) + clean_label(between)  # (向不符合条件的23户家庭发放…)
    aged = first_after.isdigit() and f.unit in rx.PEOPLE_UNITS and rx.AGE_OF_COUNTED.match(text, f.end)
    if f.kind != "change" and first_after and ("\u4e00" <= first_after <= "\u9fff" or first_after in "“\"" or aged):
        # 为687名80周岁以上老人: the age that bounds them is part of their noun
        after = aged.group() + _clause_after_figure(text, aged.end()) if aged else _clause_after_figure(text, f.end)
        # 受益对象341户五百六十八人: a figure right after this one is no noun of it
        adjacent = rx.FACT.match(text, f.end) if first_after in rx.CN else None
        if adjacent and adjacent.group("num") not in (None, "一"):
            after = after[adjacent.end() - f.end:]
        among = after.endswith("中") and rx.AMONG_THE.match(text, f.start - 1)
        if after.endswith("中") and text[f.end + len(after):f.end + len(after) + 1] in ("，", ",") \
                or after.endswith(("中有", "中已有")) and rx.SOME_OF_THEM.match(text, f.end + len(after) - 1):
            # 受理的286件申请中，…; 全市28个监测断面中，…; 38个行业中(已)有27个…: the figure counts 申请, 断面, 行业
            after = after[:after.rindex("中")]
        if "中" in after and (ranked := rx.AMONG_RANKED.search(after)):
            after = after[:ranked.start()]
        if after[-1:] in rx.ALL_PASS_BAR_LAST and rx.ALL_PASS_BAR.search(after, len(after) - 6) \
                and (bar := rx.BAR_AMOUNT.match(text, f.end + len(after))):
            after += bar.group()  # 8个村集体经济收入全部超过10万元: the bar all of them pass names them
        elif f.unit in ("个", "家", "所", "名") and after.endswith(rx.BAR_WORDS) \
                and rx.RATE_BAR_WORD.search(after, len(after) - 8) \
                and (bar := rx.RATE_BAR.match(text, f.end + len(after))):
            after += bar.group()  # 3家单位按时办结率低于95%: the units whose rate is below the bar
        elif f.kind == "count" and ("全" in after or "均" in after or "都" in after) \
                and (every := rx.ALL_OF_THEM_DID.search(after)) and count_han(after[:every.start()]) >= 2:
            after = after[:every.start()]  # …全部建成综合治理中心: what they all did names no more of them
        if f.unit in rx.PEOPLE_UNITS and before.endswith(rx.SENDING_VERBS) \
                and (sent := rx.SENT_TO_TAKE_PART.fullmatch(after)):
            # 指派2名同志参加了培训: those who took part, named by what they took part in (同志 says only that they are
            # people); 选派12名干部参加省级培训: 参加省级培训干部
            label = sent.group(2) + sent.group(3) + ("人员" if sent.group(1) == "同志" else sent.group(1))
        elif after and not rx.TAIL_STOP.match(after):
            # 有18个达到国家基本标准: what the things counted reached is what names them, 达到 with it
            reached = "达到" if f.kind == "count" and after.startswith("达到") else ""
            words = reached + cleaned(ctx, after[len(reached):].removeprefix("的"))
            noun = words[:20]  # 98%的政务服务事项
            if f.kind == "count" and "对" in text[max(f.sentence_start, f.start - 30):f.start] \
                    and (acted := rx.ACTED_ON_COUNTED.fullmatch(words)):
                label, noun = "", acted.group(2) + acted.group(1)  # 对…等26个部门预算执行情况进行了审计: 审计部门
            if f.kind == "count" and "向" in before and (given_to := rx.GIVEN_TO_LEAD.fullmatch(before)) \
                    and rx.DONE_FOR.search(words, 1):
                # 向不符合条件的23户家庭发放租赁补贴18.6万元: those given it, named by what they were given, 向 with it
                label, noun = "向" + given_to.group(1), words[:20]
            elif f.kind == "count" and (next_figure := rx.FIGURE_NEXT.match(text, f.end + len(after))):
                noun = _found_at_fault(text, next_figure.end() - 1, noun) or _counted_before_next(noun)
                if count_han(timeless := rx.TIME_TAIL.sub("", noun)) >= 2:
                    noun = timeless
                if f.unit in rx.PEOPLE_UNITS and (drew := _beneficiary_end(noun, rx.DRAWN_BY)) \
                        and (money := rx.FACT.match(text, next_figure.end() - 1)) and money.group("unit") in rx.MONEY_UNITS:
                    noun = noun[drew:] + noun[:drew]  # 8.36万名缴存职工提取住房公积金32.5亿元: those who drew it, not the sum
            elif f.kind == "count" and (involved := rx.INVOLVED_SUM_NEXT.match(text, f.end + len(after))):
                noun = _found_at_fault(text, involved.end() - 1, noun) or noun  # …，涉及资金6420万元
            if label in rx.FINDING_VERBS and noun.endswith(rx.FOUND_AT) and noun != words[:20]:
                label = ""  # 发现4个项目未按期开工: what the audit found them at fault for names them
            benefactive = rx.BENEFACTIVE.search(before, len(before) - 4) if before[-1:] in rx.BENEFACTIVE_LAST else None
            if benefactive and (done := _beneficiary_end(words)):
                noun = words[done:] + words[:done]  # 为1200家企业办理退税: the firms for which it was done
                if noun.startswith("发放"):
                    noun = "领取" + noun[2:]  # 为…失业人员发放失业保险金: they received it (they paid nothing out)
                label = clean_label(before[:benefactive.start()])
            elif benefactive and benefactive.group().startswith("帮"):
                label = clean_label(before[:benefactive.start()])  # 帮助312名…人员实现再就业: they did it, helped
            if among and before.endswith("的") and count_han(label) >= 8:
                label = noun  # 人大批准的年度计划确定的18项主要指标中，…: the indicators, not the clause saying whose
            elif between and between.endswith(("中有", "中已有")) and label.endswith("中"):
                # 38个工业行业中有27个行业增加值增长 (或 中已有5个): some of the things counted before, by what they did
                whole = label[:-1]
                shared = next((k for k in (2, 1) if noun.startswith(whole[-k:])), 0)  # (…行业中有27个行业…)
                label = f"{whole}:{noun[shared:]}"
            elif noun not in label:  # 将企业开办环节精简为…3个环节: the noun is named already
                label += noun
        elif f.kind == "duration" and after[:1] in "以内" and (deed := rx.DEADLINE_DEED.fullmatch(ctx.clause_after(f.end).partition("、")[0])):
            # 一般事项在3个工作日内办结, 最迟应在24小时内举行新闻发布会: the time limit of the deed, named with its subject
            label = clean_label(before[:rx.DEADLINE_LEAD.search(before).start()]) + deed.group(1) + "时限"
        elif f.kind == "duration" and (done := rx.DONE_IN.match(after)) and done.group(1) not in label:
            # 一般事项实现1个工作日办结: the time it takes to do what follows (实现 only links)
            label = label.removesuffix("实现") + done.group(1)
    if not label and text[f.end:f.end + 1] in ("(", "（"):
        close = text.find(")" if text[f.end] == "(" else "）", f.end)
        if close > 0:  # 其余的141项(其中…)实现应进全进
            label = clean_label(re.split(r"[，,；;。、]", text[close + 1:close + 20], maxsplit=1)[0])
    return _composition(ctx, f) or label


def _lead_of_count(prev: Fact, between: str) -> str | None:
    """The words before a count that an amount after its noun shares: in 向不符合条件的23户家庭发放租赁补贴18.6万元 the
    subsidy is 向不符合条件的(家庭发放租赁补贴). Only within one clause, and not where the words are who or where
    alone (全县126家企业实现营业收入…) or a list's (进驻46家单位、…)."""
    lead = prev.head
    if count_han(lead) < 2 or lead[-1:] in rx.LINKS or rx.CLAUSE_SPLIT.search(between) or "、" in between:
        return None
    scope = rx.SCOPE.match(lead)
    return None if scope and count_han(lead[scope.end():]) < 2 else lead


def _found_at_fault(text: str, figure_at: int, noun: str) -> str | None:
    """5个部门违规发放津贴补贴48.6万元: bodies an audit found at fault, counted before a sum, are named by what they
    did wrong (违规发放津贴补贴部门); not where a report's verb opens what they did (12个部门公开预算信息…), nor where
    no fault is said (15个部门项目资金…)."""
    money = rx.FACT.match(text, figure_at)
    fault_after = bool(money) and rx.AT_FAULT.match(text, money.end()) is not None
    if not noun.startswith(rx.FOUND_AT) or rx.REPORT_VERB_IN.match(noun, 2) \
            or not (rx.AT_FAULT.search(noun, 2) or fault_after):
        return None
    if not (money and money.group("unit") in rx.MONEY_UNITS):
        return None
    # 11个部门结存两年以上资金1.27亿元未统筹使用: the fault said after the sum names the bodies too
    fault = _clause_after_figure(text, money.end()) if fault_after and not rx.AT_FAULT.search(noun, 2) else ""
    return noun[2:] + fault + noun[:2]


def _counted_before_next(noun: str) -> str:
    """全省14个市州政府网站发布信息12期; 8个集中式饮用水水源地水质达标率为100%: when another figure follows in the
    clause, the things a count counts end before what is done with them or measured of them (市州政府网站, 水源地)."""
    if (places := rx.PLACES_COUNTED.match(noun)) and count_han(noun) >= places.end() + 2 \
            and rx.MEASURE_OF_PLACES_END.search(noun):
        return places.group()  # 9个中心城市环境空气质量优良天数比例平均为…: the cities, not the measure over them
    if (average := rx.AVERAGE_IN.search(noun, 2)) and count_han(noun[:average.start()]) >= 2:
        return noun[:average.start()]  # 1286项…事项平均办理时限3个工作日, 32个服务站日均办件…: the average is the next's
    verb = rx.REPORT_VERB_IN.search(noun, 2)
    if verb:
        return noun[:verb.start()]
    if (have := rx.HAVE_VERB.search(noun, 2)) and count_han(noun[:have.start()]) >= 2:
        return noun[:have.start()]  # 12家医院实有床位1850张, 28所中学现有在校学生…: the hospitals, not what they have
    if (measure := rx.MEASURE_OF_FIRMS_END.search(noun, 2)) and count_han(noun[:measure.start()]) >= 2:
        return noun[:measure.start()]  # 5家区属国有企业年末资产总额…: the firms, not the assets measured of them
    if (stock := rx.STOCK_TIME_IN.search(noun, 2)) and count_han(noun[:stock.start()]) >= 2:
        return noun[:stock.start()]  # 21座大中型水库年末蓄水总量…: the reservoirs, not the stock measured of them
    measured = rx.YOY_TAIL.sub("", without_change_tail(noun))  # 12家三级医院门诊量增长5.2%: the hospitals
    if measured.endswith(("率", "比例", "比重", "量", "数", "总额", "总值", "产值")):
        thing_end = max(measured.rfind(c, 0, len(measured) - 3) for c in rx.THING_LAST)
        if thing_end >= 1:
            return measured[:thing_end + 1]
    return noun


def _composition(ctx: Context, f: Fact) -> str | None:
    """由3大体系、20个子体系组成的标准体系; 全文由…等六部分组成: the figure counts parts of the whole it names."""
    if "由" not in f.sentence:  # (nine sentences in ten: a test of the sentence costs less than a search by position)
        return None
    s0 = f.sentence_start
    opening = ctx.text.rfind("由", s0, f.start) - s0
    if opening < 0:
        return None
    lead = ctx.text[s0:f.start]
    rest = ctx.clause_after(f.end, limit=60)
    m = rx.COMPOSED.search(rest)
    if m is None:
        return None
    noun = clean_label(rx.NOUN.match(rest[:m.start()]).group(0)) or f.unit
    if m.group(2):
        return f"{clean_label(m.group(2))}:{noun}"
    whole = clean_label(last_clause(lead[:opening]))
    return f"{whole}{m.group(1)}{noun}" if count_han(whole) >= 2 else None


def _completion_of_plan(f: Fact, plan: re.Match, prev: Fact | None) -> str:
    """The name of a figure against its plan (为预算的102.3%): the plan's completion rate, of the level before it."""
    completion = f"{plan.group(1)}完成率"
    parent = None
    if prev is not None and prev.start >= f.sentence_start:
        # 零售总额765.3亿元，增长5.6%，完成年度计划的98.7%: the plan is the level's, named before its change
        parent = prev.metric if prev.kind in ("amount", "count", "area", "other") \
            else without_change_tail(prev.metric).rstrip(":") if prev.kind == "change" else None
        if parent and parent.endswith(rx.LINKING_VERBS) and count_han(parent) >= 6:
            parent = parent[:-2]  # 零售总额完成765.3亿元，增长5.6%: the change not named yet keeps the verb
            parent = parent.removesuffix("实际")  # 投资实际完成87.5亿元，完成计划的95.1%: the plan is the investment's
    return f"{parent}:{completion}" if parent else completion


def _list_lead(before: str) -> str:
    """The words before a list of names (A、B、C or “A”、“B”): where the first name begins is where a quote
    opens, else after the verb that introduces the list, else as far back as the second name is long."""
    first, second = before.split("、", 2)[:2]
    if first.endswith(("”", "\"")):
        return first[:max(first.rfind("“"), first.rfind("\""), 0)]
    lead = rx.LIST_LEAD.match(first)
    if lead:
        return lead.group(0)
    return first[:max(0, len(first) - len(second.rstrip("等")))]


def _involvement(ctx: Context, f: Fact, verb: str, subject: str) -> str:
    """涉及市发改委等28个部门的388个办理事项: the departments are those the items involve, not the named examples.
    The label names what involves them: the noun phrase after the figures, else the subject before the verb
    (平台涵盖1200项服务事项), else (f.involved) the previous clause."""
    rest = ctx.clause_after(f.end, limit=60)
    printed = rx.NOUN.match(rest).group(0)
    noun = printed or rx.COUNT_OF_UNIT.get(f.unit, f.unit)  # 服务覆盖28.6万人: those counted, 覆盖人数, as after 惠及
    tail = rest[len(printed):]
    tail = tail[tail.rfind("的") + 1:]
    while (figure := rx.LEADING_FIGURE.match(tail)) and figure.end():
        tail = tail[figure.end():]
    obj = clean_label(tail)
    if count_han(obj) >= 3:
        return f"{obj}{verb}{noun}"
    subject = clean_label(subject)
    if count_han(subject) >= 2:
        return f"{subject}{verb}{noun}"
    f.involved = True
    return f"{verb}{noun}"


def _clause_after_figure(text: str, end: int) -> str:
    """The words after a figure up to the end of its clause or the next figure; parentheses are kept whole."""
    limit = end + 40  # re and slices stop at the text's end
    depth, pos = 0, end
    while m := rx.AFTER_STOP.search(text, pos, limit):
        ch, i = m.group(), m.start()
        pos = i + 1
        if ch.isdigit() and (year := rx.DATE_WORDS.match(text, i)):
            pos = year.end()  # 1件结转至2024年办理, 延期至2024年1月答复: a date is a word of the clause, not the next figure
        elif ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif ch == "及" and text[i - 1] == "涉":
            return text[end:i - 1]  # 3个乡镇挤占挪用扶贫资金涉及问题金额…: what they did, not what it involves
        elif depth == 0 and (ch not in "和与及" or rx.NEXT_FIGURE.match(text, i + 1, i + 14)
                             and not (ch == "及" and text.startswith("时", i + 1))):  # 未及时上缴…: no 及 of a list
            return text[end:i]  # 行政许可12件和公共服务5件: the next figure's words begin at 和 (771项行政审批和公共服务事项 is one)
    return text[end:limit]


def last_words(words: str, most: int = 24) -> str:
    """The last ``most`` characters of ``words``, begun after a 、 where one is, rather than inside a listed word."""
    if len(words) <= most:
        return words
    cut = words.find("、", len(words) - most)
    return words[cut + 1:] if cut >= 0 else words[-most:]


def antecedent(text: str, pos: int, label: str) -> str:
    """该平台共统一收件: 该 refers to the nearest thing named with that noun before (“互联网+政务服务”平台)."""
    for noun in (label[1:3], label[1:2]):
        named = re.findall(rf"“[^”\n]{{1,20}}”{noun}|[\u4e00-\u9fff]{{2,8}}{noun}", text[max(0, pos - 400):pos])
        if named and not named[-1].startswith(("该", "此")):
            # 对区城投集团…进行了审计。该集团…: the thing, not the preposition before it
            thing = rx.LEAD_TRIM.sub("", named[-1]) if named[-1][0] in rx.LEAD_PREPOSITIONS else named[-1]
            thing = thing[thing.rfind("了") + 1:]  # 审计了市交通投资集团。该集团…: the thing begins after the verb's 了
            return (thing if len(thing) > len(noun) else named[-1]) + label[1 + len(noun):]
    return label


def topic_words(ctx: Context, before_colon: str) -> str:
    """The words of the last phrase before a colon, without a list ordinal (1.区住建局：) or figures; a deed done to a
    thing is named by the thing (市住建委对审批工作流程进行再造：…: 审批工作流程再造), and an activity without the
    verb that carried it out (开展政务服务标准化建设：…)."""
    topic = cleaned(ctx, rx.FIGURE_AND_LINK.sub("", rx.ORDINAL.sub("", last_phrase(before_colon))))
    if rx.ADDRESSED.fullmatch(topic) or rx.PAGE_INFO_KEY.fullmatch(topic):
        return ""
    if "进行" in topic and (acted := rx.ACTED_ON.search(topic)):
        return acted.group(1) + acted.group(2).strip("“”")
    if (carried := rx.CARRY_ACTIVITY.match(topic)) and count_han(topic) - carried.end() >= 4:
        return topic[carried.end():]
    return topic
