from govpipeline.lib.audit import (Member, breakdown_findings, enumeration_findings, rate_bounds, share_findings,
                                   share_list_findings, template_cross_year_findings, template_identity_findings)


def m(rid, role, fid, value, decimals=0, scale=1.0, unit="件", exhaustive=None):
    return Member(rid, "d1", role, fid, value, unit, decimals, scale, f"{value:g}{unit}", exhaustive)


CATEGORIES = [580, 82, 45, 122, 223, 3162, 23510]


def test_breakdown_within_rounding_of_a_wan_total():
    members = [m("r1", "total", "t", 28000, 1, 10000, exhaustive=True)] + [
        m("r1", "part", f"p{i}", v, exhaustive=True) for i, v in enumerate(CATEGORIES)]
    assert breakdown_findings(members) == []  # 27724 is 2.8万 at 0.1万 precision


def test_partial_breakdown_may_fall_short_but_never_exceed():
    partial = [m("r1", "total", "t", 100, exhaustive=False), m("r1", "part", "a", 60, exhaustive=False),
               m("r1", "part", "b", 30, exhaustive=False)]
    assert breakdown_findings(partial) == []
    exceeding = [m("r2", "total", "t", 100, exhaustive=False), m("r2", "part", "a", 60, exhaustive=False),
                 m("r2", "part", "b", 50, exhaustive=False)]
    (finding,) = breakdown_findings(exceeding)
    assert finding.severity == "WARN" and finding.expected == 100 and finding.actual == 110
    assert "exceed" in finding.message and finding.fact_ids == ["t", "a", "b"]


def test_exhaustive_breakdown_must_add_up():
    members = [m("r1", "total", "t", 100, exhaustive=True), m("r1", "part", "a", 60, exhaustive=True),
               m("r1", "part", "b", 30, exhaustive=True)]
    (finding,) = breakdown_findings(members)
    assert "falls short" in finding.message and finding.actual == 90


def test_share_list_of_a_rounded_total_is_reported_with_its_explanation():
    total = 28000
    members = [m("b", "total", "t", total, 1, 10000, exhaustive=True)]
    members += [m("b", "part", f"p{i}", v, exhaustive=True) for i, v in enumerate(CATEGORIES)]
    for i, (v, share, d) in enumerate(zip(CATEGORIES, [2, 0.3, 0.16, 0.44, 0.8, 11.3, 83.9], [0, 1, 2, 2, 1, 1, 1])):
        members += [m(f"s{i}", "part", f"p{i}", v), m(f"s{i}", "total", "t", total, 1, 10000),
                    m(f"s{i}", "share", f"q{i}", share, d, unit="%")]
    (finding,) = share_list_findings(members)
    assert round(finding.actual, 2) == 98.9 and finding.expected == 100 and round(finding.tolerance, 2) == 0.71
    assert "rounded" in finding.message and "no category is missing" in finding.message


def test_share_list_that_sums_to_100_passes():
    members = [m("b", "total", "t", 1120, exhaustive=True)]
    for i, (v, share) in enumerate([(511, 45.6), (0, 0.0), (358, 32.0), (251, 22.4)]):
        members += [m("b", "part", f"p{i}", v, exhaustive=True), m(f"s{i}", "part", f"p{i}", v),
                    m(f"s{i}", "total", "t", 1120), m(f"s{i}", "share", f"q{i}", share, 1, unit="%")]
    assert share_list_findings(members) == []


def test_share_rounding_truncation_and_parts_base():
    ok = [m("s1", "part", "p", 511), m("s1", "total", "t", 1120), m("s1", "share", "s", 45.6, 1, unit="%")]
    assert share_findings(ok) == []
    # a part printed in 万 is known to half a unit of its last digit: 7.3万 of 12.54万 may be 57.9%
    wan = [m("s5", "part", "p", 73000, 1, 10000), m("s5", "total", "t", 125400, 2, 10000), m("s5", "share", "s", 57.9, 1, unit="%")]
    assert share_findings(wan) == []
    truncated = [m("s2", "part", "p", 35), m("s2", "total", "t", 805), m("s2", "share", "s", 4.34, 2, unit="%")]
    assert share_findings(truncated) == []  # 4.348 truncated
    # a list that rounds (82/28000 = 0.293 -> 0.3): a share that fits only by truncation is reported
    total = m("s3", "total", "t", 28000, 1, 10000)
    listed = [m("s3", "part", "p", 23510), total, m("s3", "share", "s", 83.9, 1, unit="%"),
              m("s4", "part", "q", 82), m("s4", "total", "t", 28000, 1, 10000), m("s4", "share", "s2", 0.3, 1, unit="%")]
    (finding,) = share_findings(listed)
    assert round(finding.expected, 2) == 83.96 and finding.actual == 83.9 and finding.tolerance == 0.05
    assert "only by truncation" in finding.message


def test_rate_bounds_and_enumerations():
    assert rate_bounds([("f", "d", "%", 100.0, "rate", "100%", "办结率"), ("g", "d", "‰", 0.02, "rate", "0.02‰", None),
                        ("h", "d", "%", 103.5, "rate", "103.5%", "财政收入:预算完成率")]) == []
    # bulletins: a contribution to growth, a growth rate and an index pass 100 or fall below 0; a target's completion too
    assert rate_bounds([("a", "d", "%", 112.4, "rate", "112.4%", "消费对经济增长的贡献率"),
                        ("b", "d", "%", -12.5, "rate", "-12.5%", "净出口贡献率"),
                        ("c", "d", "%", 135.0, "rate", "135%", "研发经费增长率(目标)"),
                        ("e", "d", "%", 104.0, "rate", "104%", "投资计划完成率(目标)")]) == []
    # a debt ratio, a self-sufficiency and a sales-to-output ratio may pass 100; an execution rate may pass it too
    assert rate_bounds([("a", "d", "%", 118.2, "rate", "118.2%", "债务率"), ("b", "d", "%", 126.0, "rate", "126%", "粮食自给率"),
                        ("c", "d", "%", 101.3, "rate", "101.3%", "工业产品产销率"),
                        ("e", "d", "%", 102.6, "rate", "102.6%", "一般公共预算支出执行率")]) == []
    (low,) = rate_bounds([("g", "d", "%", -3.0, "rate", "-3%", "办结率")])
    assert low.expected == 0 and low.actual == -3
    (bad,) = rate_bounds([("f", "d", "%", 120.0, "share", "120%", "网办占比")])
    assert bad.expected == 100 and bad.actual == 120
    assert enumeration_findings([("e1", "d", "优秀窗口", 10, 10)]) == []
    (e,) = enumeration_findings([("e2", "d", "优秀员工", 32, 31)])
    assert "states 32 but lists 31" in e.message


def test_an_unread_outcome_row_leaves_the_outcome_total_unchecked():
    cells = [("d", "t3", "r7_total", "natural_person", 10.0, "f1"), ("d", "t3", "r1_open", "natural_person", 4.0, "f2"),
             ("d", "t3", "r2_partial", "natural_person", 3.0, "f3")]
    assert [f.actual for f in template_identity_findings(cells)] == [7.0]
    assert template_identity_findings(cells, {("d", "t3", "r5_1")}) == []
    # a whole 表三 not read (row_key NULL), beside another report's cells: nothing checked over it, and no crash
    assert template_identity_findings(cells, {("d", "t3", None), ("x", "t2", None)}) == []


def test_carry_over_compares_reports_of_one_body_only():
    # (doc_id, region_code, body, year, table_id, row_key, column_key, value, fact_id)
    rows = [("county22", "330329", "泰顺县人民政府", 2022, "t3", "carried_forward", "total", 4, "f1"),
            ("dept22", "330329", "泰顺县行政审批局", 2022, "t3", "carried_forward", "total", 1, "f2"),
            ("county23", "330329", "泰顺县人民政府", 2023, "t3", "carried_over", "total", 4, "f3"),
            ("dept23", "330329", "泰顺县行政审批局", 2023, "t3", "carried_over", "total", 2, "f4")]
    (finding,) = template_cross_year_findings(rows)
    assert (finding.doc_id, finding.fact_ids, finding.expected, finding.actual) == ("dept23", ["f4", "f2"], 1, 2)
