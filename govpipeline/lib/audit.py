"""Auditing the reports' arithmetic and our own output: pure functions from rows to findings."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from govpipeline.lib.template import OUTCOME_ROWS, describe_row


@dataclass
class Finding:
    check_name: str
    severity: str  # 'WARN' (the report's own arithmetic) | 'ERROR' (a broken invariant of our output)
    message: str
    doc_id: str | None = None
    relation_id: str | None = None
    fact_ids: list[str] = field(default_factory=list)
    expected: float | None = None
    actual: float | None = None
    tolerance: float | None = None


class Member(NamedTuple):  # a tuple, not a frozen dataclass: a check reads 660k of them at 10,000 reports
    relation_id: str
    doc_id: str
    role: str
    fact_id: str
    value: float
    unit: str
    decimals: int
    scale: float
    quote: str
    exhaustive: bool | None = None


def printed_half_unit(m: Member) -> float:
    """Half a unit of the last printed digit, in base units: 2.8万 -> 500, 14.97 -> 0.005."""
    return 0.5 * m.scale * 10 ** (-m.decimals)


# the measure a rate's name ends with (before a mark such as (目标) or a window): a completion or execution rate against
# a plan may pass 100 %; a contribution to growth, a growth rate or pace, an index, a debt ratio (债务率 118%: debt
# over the year's means), a self-sufficiency or a sales-to-output ratio are bounded by nothing
_COMPLETION = re.compile(r"(?:完成率|执行率|达成率)(?:\([^()]*\))*$")
_UNBOUNDED = re.compile(r"(?:贡献率|增长率|增速|增幅|降幅|涨幅|指数|弹性系数|债务率|负债率|自给率|产销率)(?:\([^()]*\))*$")


def rate_bounds(rows: list[tuple[str, str, str, float, str, str, str | None]]) -> list[Finding]:
    """rows: (fact_id, doc_id, unit, value, kind, quote, metric) of rate/share facts. Bounded rates and shares lie in
    [0, 100] % or [0, 1000] ‰; a completion rate against a plan (预算完成率) only above 0; a contribution rate
    (贡献率), a growth rate (增长率, 增速) or an index is not bounded."""
    out = []
    for fact_id, doc_id, unit, value, kind, quote, metric in rows:
        if _UNBOUNDED.search(metric or ""):
            continue
        upper = float("inf") if _COMPLETION.search(metric or "") else 100.0 if unit == "%" else 1000.0
        if not 0 <= value <= upper:
            out.append(Finding("rates_within_bounds", "WARN", f"{kind} {quote} is outside [0, {upper:g}] {unit}",
                               doc_id, None, [fact_id], upper if value > upper else 0.0, value, 0.0))
    return out


def breakdown_findings(members: list[Member]) -> list[Finding]:
    """A stated total against its listed parts: the parts never exceed the total, and an exhaustive breakdown
    (分别为, or parts that reach the total) adds up to it, within the rounding of the printed figures."""
    out = []
    for rid, group in _by_relation(members).items():
        totals = [m for m in group if m.role == "total"]
        parts = [m for m in group if m.role == "part"]
        if len(totals) != 1 or not parts:
            continue
        total = totals[0]
        got = sum(p.value for p in parts)
        tol = printed_half_unit(total) + sum(printed_half_unit(p) for p in parts if p.scale > 1)
        listed = " + ".join(p.quote for p in parts)
        if got > total.value + tol + 1e-9:
            why = f"the parts {listed} = {got:g} exceed the stated total {total.quote}"
        elif total.exhaustive and got < total.value - tol - 1e-9:
            why = f"the breakdown is exhaustive but {listed} = {got:g} falls short of the stated total {total.quote}"
        else:
            continue
        out.append(Finding("breakdowns_add_up", "WARN", f"{why} (difference {got - total.value:+g}, rounding of the "
                                                         f"printed figures allows ±{tol:g})",
                           total.doc_id, rid, [total.fact_id] + [p.fact_id for p in parts], total.value, got, tol))
    return out


def share_list_findings(members: list[Member]) -> list[Finding]:
    """The shares of an exhaustive breakdown, one per part, sum to 100 ± the rounding of the printed shares."""
    groups = _by_relation(members)
    shares_of: dict[tuple[str, str], Member] = {}  # (total fact, part fact) -> share fact
    for group in groups.values():
        roles = {m.role: m for m in group}
        if {"part", "total", "share"} <= roles.keys() and roles["share"].unit == "%":
            shares_of[(roles["total"].fact_id, roles["part"].fact_id)] = roles["share"]
    out = []
    for rid, group in groups.items():
        totals = [m for m in group if m.role == "total"]
        parts = [m for m in group if m.role == "part"]
        if len(totals) != 1 or len(parts) < 2 or not totals[0].exhaustive:
            continue
        total = totals[0]
        shares = [shares_of.get((total.fact_id, p.fact_id)) for p in parts]
        if any(sh is None for sh in shares):
            continue
        got = sum(sh.value for sh in shares)
        tol = round(sum(0.5 * 10 ** (-sh.decimals) for sh in shares), 10)
        if abs(got - 100) <= tol + 1e-9:
            continue
        parts_sum = sum(p.value for p in parts)
        expected_from_parts = 100 * parts_sum / total.value
        message = (f"the {len(shares)} shares of {total.quote} ({', '.join(sh.quote for sh in shares)}) sum to "
                   f"{got:g}%, not 100% (the rounding of the printed shares allows ±{tol:.2f})")
        if total.scale > 1 and abs(got - expected_from_parts) <= tol + 1e-9:
            message += (f"; beyond rounding, but explained: the parts add up to {parts_sum:g}, "
                        f"{expected_from_parts:.1f}% of the stated total, which is rounded to "
                        f"±{printed_half_unit(total):g}, and the shares were computed against that rounded total; no "
                        f"category is missing")
        out.append(Finding("share_lists_sum_to_100", "WARN", message, total.doc_id, rid,
                           [total.fact_id] + [sh.fact_id for sh in shares], 100.0, got, tol))
    return out


def share_findings(members: list[Member]) -> list[Finding]:
    """share = part / total x 100 within half a unit of the share's last printed digit, the part being known only to
    half a unit of its own (7.3万 of 12.54万 is anything from 57.8 % to 58.6 %).

    The base is the stated total or, for a rounded total, the sum of the listed parts. Truncation is accepted
    when it is the list's convention; a list whose other shares only fit by rounding is a rounding list, and
    a share there that fits only by truncation is reported.
    """
    groups = _by_relation(members)
    part_sums = _parts_by_total(members)
    assessed = []
    for rid, group in groups.items():
        roles = {m.role: m for m in group}
        if not {"part", "total", "share"} <= roles.keys():
            continue
        part, total, share = roles["part"], roles["total"], roles["share"]
        step = 10 ** (-share.decimals)
        bases = [total.value] + [s for s in part_sums.get(total.fact_id, []) if s != total.value]
        rounded_fit = truncated_fit = False
        best = None
        dp = printed_half_unit(part)
        for base in bases:
            if base <= 0:
                continue
            computed = 100 * part.value / base
            if best is None or abs(computed - share.value) < abs(best - share.value):
                best = computed
            lowest, highest = 100 * (part.value - dp) / base, 100 * (part.value + dp) / base
            rounded_fit |= lowest - 0.5 * step - 1e-9 <= share.value <= highest + 0.5 * step + 1e-9
            truncated_fit |= abs(int(computed / step + 1e-9) * step - share.value) <= 1e-9
        if best is not None:
            assessed.append((rid, part, total, share, step, best, rounded_fit, truncated_fit, len(bases) > 1))
    rounding_lists = {a[2].fact_id for a in assessed if a[6] and not a[7]}
    out = []
    for rid, part, total, share, step, best, rounded_fit, truncated_fit, tried_parts in assessed:
        if rounded_fit or (truncated_fit and total.fact_id not in rounding_lists):
            continue
        why = ("it matches only by truncation, while the other shares of this list are rounded"
               if truncated_fit else f"tolerance ±{0.5 * step:g}")
        out.append(Finding(
            "shares_consistent", "WARN",
            f"{part.quote} of {total.quote} is {best:.4f}%, which rounds to {best:.{share.decimals}f}%, but the report "
            f"states {share.quote}: {why}; tried the stated total" + (" and the sum of the listed parts" if tried_parts
                                                                         else ""),
            share.doc_id, rid, [part.fact_id, total.fact_id, share.fact_id], best, share.value, 0.5 * step))
    return out


def enumeration_findings(rows: list[tuple[str, str, str, int, int]]) -> list[Finding]:
    """rows: (enumeration_id, doc_id, heading, stated_count, listed_count)."""
    return [Finding("enumerations_match_counts", "WARN",
                    f"'{heading}' states {stated} but lists {listed}", doc_id, eid, [], stated, listed, 0.0)
            for eid, doc_id, heading, stated, listed in rows if stated != listed]


def _by_relation(members: list[Member]) -> dict[str, list[Member]]:
    out: dict[str, list[Member]] = {}
    for m in members:
        out.setdefault(m.relation_id, []).append(m)
    return out


def _parts_by_total(members: list[Member]) -> dict[str, list[float]]:
    """total fact -> sums of the parts of each sum relation it heads."""
    out: dict[str, list[float]] = {}
    for group in _by_relation(members).values():
        totals = [m for m in group if m.role == "total"]
        parts = [m for m in group if m.role == "part"]
        if len(totals) == 1 and parts and len(group) == len(totals) + len(parts):
            out.setdefault(totals[0].fact_id, []).append(sum(p.value for p in parts))
    return out


# ---------------------------------------------------------------------------------------------- template tables
CellRow = tuple  # (doc_id, table_id, row_key, column_key, value, fact_id)
_REQUESTER_KEYS = ("natural_person", "commercial", "research", "public_interest", "legal_services", "other")


def template_identity_findings(cells: list[CellRow], unread: set[tuple[str, str, str]] = frozenset()) -> list[Finding]:
    """The identities printed on the 2019/2021 form, on the cells a report fills in (blank cells are skipped):
    each row's 总计 = its requester columns; （七）总计 = the outcome rows; 一 + 二 = 三（七）+ 四; each 复议/诉讼
    block's 总计 = 维持 + 纠正 + 其他 + 尚未审结. ``unread`` holds (doc_id, table_id, row_key) of rows that could not
    be read: an identity over them is not checked, since their values are unknown (template_tables_parsed
    reports them)."""
    grid: dict[str, dict[tuple[str, str, str], tuple[float, str]]] = {}
    for doc, table, row, col, value, fact in cells:
        if value is not None and fact is not None:
            grid.setdefault(doc, {})[(table, row, col)] = (value, fact)
    missing_outcomes = {d for d, t, r in unread if t == "t3" and (r is None or r.startswith(OUTCOME_ROWS))}
    out = []
    for doc, g in grid.items():
        def check(name: str, total_key, part_keys, detail: str):
            if total_key not in g or any(k not in g for k in part_keys):
                return
            total, parts = g[total_key], [g[k] for k in part_keys]
            got = sum(v for v, _ in parts)
            if abs(got - total[0]) > 1e-9:
                out.append(Finding("template_identities", "WARN",
                                   f"{detail}: {total[0]:g} stated, the parts add up to {got:g}", doc, None,
                                   [total[1]] + [f for _, f in parts], total[0], got, 0.0))

        rows = {r for (t, r, _) in g if t == "t3"}
        for row in sorted(rows):
            check("row", ("t3", row, "total"), [("t3", row, k) for k in _REQUESTER_KEYS],
                  f"表三 {row}: 总计 against the six requester columns")
        leaves = sorted(r for r in rows if r.startswith(OUTCOME_ROWS))
        for col in _REQUESTER_KEYS + ("total",):
            if doc not in missing_outcomes:
                check("outcomes", ("t3", "r7_total", col), [("t3", r, col) for r in leaves],
                      f"表三 {col}: （七）总计 against the outcome rows")
            keys = [("t3", r, col) for r in ("new_received", "carried_over", "r7_total", "carried_forward")]
            if all(k in g for k in keys):
                (a, fa), (b, fb), (c, fc), (d, fd) = (g[k] for k in keys)
                if abs(a + b - c - d) > 1e-9:
                    out.append(Finding("template_identities", "WARN",
                                       f"表三 {col}: 一 本年新收 {a:g} + 二 上年结转 {b:g} = {a + b:g}, but 三（七）总计 "
                                       f"{c:g} + 四 结转下年度 {d:g} = {c + d:g}", doc, None, [fa, fb, fc, fd],
                                       a + b, c + d, 0.0))
        for block in ("reconsideration", "litigation_direct", "litigation_after"):
            check("t4", ("t4", "cases", f"{block}_total"),
                  [("t4", "cases", f"{block}_{k}") for k in ("upheld", "corrected", "other", "pending")],
                  f"表四 {block}: 总计 against its outcomes")
    return out


def template_parse_findings(issues: list[tuple[str, str, str, str, str, list[str]]]) -> list[Finding]:
    """rows: (doc_id, table_id, row_key, kind, raw, candidates). An ambiguous row is not stored; say why."""
    out = []
    for doc, table, row, kind, raw, candidates in issues:
        where = describe_row(table, row)
        if kind == "ambiguous":
            message = (f"{where}: '{raw}' splits into cells in {len(candidates)}"
                       f"{'+' if len(candidates) >= 10 else ''} ways that the form's identities and the report's "
                       f"text do not tell apart ({'; '.join(candidates[:5])}); none is stored")
        elif kind == "missing":
            message = (f"{where}: the report names the table ('{raw}') but no figure of it was read" if raw
                       else f"{where}: the table was not found in a report of the template" if row is None
                       else f"{where}: the row was not found, or has no figures")
        else:
            message = f"{where}: '{raw}' could not be read as the {'row' if row else 'table'}'s cells"
        out.append(Finding("template_tables_parsed", "WARN", message, doc, None, [], None, None, None))
    return out


def template_cross_year_findings(rows: list[tuple]) -> list[Finding]:
    """rows: (doc_id, region_code, body, year, table_id, row_key, column_key, value, fact_id) of the cells that link
    years: 上年结转 (Y) = 结转下年度 (Y-1); 现行有效 (Y) = 现行有效 (Y-1) + 本年制发 (Y) - 本年废止 (Y)."""
    cells = {(r[1], r[2], r[3], r[4], r[5], r[6]): (r[7], r[8], r[0]) for r in rows}
    out = []
    for (region, body, year, table, row, col), (value, fact, doc) in cells.items():
        if table == "t3" and row == "carried_over":
            prev = cells.get((region, body, year - 1, "t3", "carried_forward", col))
            if prev is not None and prev[0] != value:
                out.append(Finding("template_cross_year", "WARN",
                                   f"表三 {col}: 上年结转 {value:g} in {year}, but the {year - 1} report carried "
                                   f"{prev[0]:g} forward", doc, None, [fact, prev[1]], prev[0], value, 0.0))
        if table == "t2" and col == "in_force":
            prev = cells.get((region, body, year - 1, "t2", row, "in_force"))
            issued = cells.get((region, body, year, "t2", row, "issued"))
            repealed = cells.get((region, body, year, "t2", row, "repealed"))
            if prev and issued and repealed:
                expected = prev[0] + issued[0] - repealed[0]
                if expected != value:
                    out.append(Finding("template_cross_year", "WARN",
                                       f"表二 {row}: 现行有效 {value:g} in {year}, but {prev[0]:g} in {year - 1} + "
                                       f"{issued[0]:g} 制发 - {repealed[0]:g} 废止 = {expected:g} (re-counts and "
                                       f"documents expiring by date also move it)", doc, None,
                                       [fact, prev[1], issued[1], repealed[1]], expected, value, 0.0))
    return out
