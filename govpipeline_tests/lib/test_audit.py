from govpipeline.lib.audit import Member, enumeration_findings, rate_bounds, share_findings, sum_findings


def m(rid, role, fid, value, decimals=0, scale=1.0, unit="件"):
    return Member(rid, "d1", role, fid, value, unit, decimals, scale, f"{value:g}{unit}")


def test_sums_hold_within_rounding_of_a_wan_total():
    members = [m("r1", "total", "t", 28000, 1, 10000)] + [m("r1", "part", f"p{i}", v) for i, v in
                                                          enumerate([580, 82, 45, 122, 223, 3162, 23510])]
    assert sum_findings(members) == []  # 27724 is 2.8万 at 0.1万 precision


def test_sum_that_does_not_add_up_is_a_warn_finding():
    members = [m("r1", "total", "t", 100), m("r1", "part", "a", 60), m("r1", "part", "b", 30)]
    (finding,) = sum_findings(members)
    assert finding.severity == "WARN" and finding.expected == 100 and finding.actual == 90
    assert finding.fact_ids == ["t", "a", "b"]


def test_share_rounding_truncation_and_parts_base():
    ok = [m("s1", "part", "p", 511), m("s1", "total", "t", 1120), m("s1", "share", "s", 45.6, 1, unit="%")]
    assert share_findings(ok) == []
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
    assert rate_bounds([("f", "d", "%", 100.0, "rate", "100%"), ("g", "d", "‰", 0.02, "rate", "0.02‰")]) == []
    (bad,) = rate_bounds([("f", "d", "%", 120.0, "share", "120%")])
    assert bad.expected == 100 and bad.actual == 120
    assert enumeration_findings([("e1", "d", "优秀窗口", 10, 10)]) == []
    (e,) = enumeration_findings([("e2", "d", "优秀员工", 32, 31)])
    assert "states 32 but lists 31" in e.message
