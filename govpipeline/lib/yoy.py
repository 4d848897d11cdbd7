"""Year-over-year comparisons (previous values implied by stated changes, the same metric across reports) and the
choice of the figure a series takes for a year."""
from __future__ import annotations

import re
from typing import NamedTuple

import polars as pl

from govpipeline.lib.numbers import POINT_UNITS

_MULTIPLE = re.compile(r"(?:是|为|相当于)[^，,；;。]{0,6}的$")  # 是上年的2.3倍: a multiple, not a growth
_DECREASE = re.compile(r"(?:负增长|下降|减少|回落|降低|下滑|缩减|缩小|下跌|比降|偏少|偏低)[了约近]?(?:达|为)?$")  # 比降: 比上年下降


class FactRow(NamedTuple):  # a tuple: hundreds of thousands are built from query rows
    fact_id: str
    doc_id: str
    region: str | None
    region_code: str | None
    metric_id: str | None
    scope: str | None
    metric: str | None
    unit: str
    kind: str
    value: float
    year: int | None
    quote: str
    sentence: str | None
    decimals: int
    scale: float
    body: str | None = None  # the issuing body: a department's figures and its region's are different series


def _words_before(change: FactRow) -> str:
    sentence = change.sentence or ""
    pos = sentence.find(change.quote)
    return sentence[max(0, pos - 8):pos] if pos >= 0 else ""


def direction(change: FactRow) -> int:
    """+1 for an increase, -1 for a decrease, read from the words just before the change figure."""
    return -1 if _DECREASE.search(_words_before(change)) else 1


def implied_previous(current: FactRow, change: FactRow) -> tuple[float | None, str]:
    """(previous value, how the stated change was read)."""
    sign = direction(change)
    if change.unit == "%" and current.unit not in ("%", "‰"):
        ratio = 1 + sign * change.value / 100
        return (current.value / ratio if ratio > 0 else None), "relative %"
    if change.unit == "%" and current.unit == "%":
        ratio = 1 + sign * change.value / 100
        return (current.value / ratio if ratio > 0 else None), "relative % of a rate"
    if change.unit == "‰" or change.unit in POINT_UNITS or change.unit == current.unit:
        return current.value - sign * change.value, "absolute difference"
    if change.unit == "倍":
        if _MULTIPLE.search(_words_before(change)):
            return current.value / change.value, "是上年的N倍 (×N)"
        if sign < 0:
            return None, "倍 with a decrease"
        # 增长N倍 strictly means ×(N+1) but is often used for ×N: keep the strict reading, flag it
        return current.value / (change.value + 1), "ambiguous 增长N倍 (read as ×(N+1))"
    return None, f"change in {change.unit} against {current.unit}"


def rounding_tolerance(f: FactRow) -> float:
    return 0.5 * f.scale * 10 ** (-f.decimals)


def agrees(stated_previous: float, reported: FactRow) -> bool:
    """A previous value implied by a stated change against the one the previous report prints: equal within the
    rounding of the printed figure and of the stated percentage (0.5% of the value)."""
    return abs(stated_previous - reported.value) <= rounding_tolerance(reported) + abs(reported.value) * 0.005


# ---------------------------------------------------------------------------------------------- series
# a change whose label ends with a decrease (生猪出栏下降): the report prints its size, the series its sign
# (before the window a part of the year's figure names last: 同比下降(1-9月))
_DECREASE_WORD = re.compile(r"(?:负增长|下降|减少|回落|降低|下滑|缩减|下跌|减产|偏少|偏低)(?:\([^()]*\))?$")


# the columns that make a series' point, and the order in which the facts that give it are preferred: a later report's
# restatement marked revised (经核实, 修正为, 修订后: the figure the statistics settled on), the latest first; the year's own
# report before another report's unmarked restatement (a later report's 上年 figure, an earlier one's target), a later
# restatement before an earlier; of the year's own reports the statistical bulletin (the statistics bureau's final
# figure, published after the work report's preliminary one); in one report a table's cell before the narrative that
# repeats it, then the first mention; doc_id and fact_id keep the choice the same in every run
# qualifiers that make a figure a bound: 逾50万 is at least 50万, 不足5分钟 at most 5 (extraction's `approx`)
LOWER_BOUNDS = ("逾", "超过", "以上", "多", "余")
UPPER_BOUNDS = ("不足", "近")
SERIES_KEY = ["region_code", "region", "body", "metric_id", "scope_kind", "scope_name", "year", "period"]
_PREFERENCE = [("revision", True), ("restated", False), ("bulletin", True), ("in_table", True), ("report_year", True), ("doc_id", False), ("start", False),
               ("fact_id", False)]


def choose_series(candidates: pl.DataFrame) -> pl.DataFrame:
    """One row per SERIES_KEY of ``candidates`` (facts with those columns and value, kind, metric, doc_id, fact_id,
    report_year, start, in_table, bulletin: from a statistical bulletin, revised: its clause marks it revised, title: its
    report's): the preferred fact's columns, and n_candidates, fact_ids (the chosen one first),
    chosen_because, restatements_agree (the others within 0.5 % of it, or bounds it keeps) and source; ``approx``
    (extraction's qualifier, may be null) says which figures are bounds.
    A growth or change is signed: 生猪出栏下降 3.1 is -3.1."""
    restated = (pl.col("report_year") != pl.col("year")).fill_null(True)
    ranked = candidates.with_columns(restated=restated, revision=restated & pl.col("revised")).sort(
        SERIES_KEY + [c for c, _ in _PREFERENCE], descending=[False] * len(SERIES_KEY) + [d for _, d in _PREFERENCE],
        nulls_last=True)
    first_doc, first_value = pl.col("doc_id").first(), pl.col("value").first()
    value, approx, first_approx = pl.col("value"), pl.col("approx"), pl.col("approx").first()
    # two figures agree when equal within 0.5 % (a 万 figure against an exact one), or when one is a bound the other
    # keeps (逾50万 and 516489)
    agree = ((value - first_value).abs() <= 0.005 * first_value.abs() + 1e-9) \
        | (approx.is_in(LOWER_BOUNDS) & (first_value >= value)) | (approx.is_in(UPPER_BOUNDS) & (first_value <= value)) \
        | (first_approx.is_in(LOWER_BOUNDS) & (value >= first_value)) \
        | (first_approx.is_in(UPPER_BOUNDS) & (value <= first_value))
    same_doc = pl.col("doc_id") == first_doc
    chosen = ranked.group_by(SERIES_KEY, maintain_order=True).agg(
        pl.all().exclude(SERIES_KEY).first(),
        n_candidates=pl.len().cast(pl.Int32),
        fact_ids=pl.col("fact_id"),
        other_reports=(~same_doc).sum(),
        narrative_in_report=(same_doc & ~pl.col("in_table")).sum(),
        same_source_in_report=(same_doc & (pl.col("in_table") == pl.col("in_table").first())).sum() - 1,
        own_year_elsewhere=(~pl.col("bulletin") & ~pl.col("restated")).sum(),
        restatements=pl.col("restated").sum(),
        restatements_agree=agree.fill_null(False).all(),
    )
    reasons = pl.concat_list(
        pl.when(pl.col("n_candidates") == 1).then(pl.lit("only figure")),
        pl.when(pl.col("revision")).then(pl.lit("a revision of the year's figure in a later report (")
                                         + pl.col("title").fill_null(pl.col("doc_id")) + pl.lit(", report year ")
                                         + pl.col("report_year").cast(pl.Utf8).fill_null("unknown") + pl.lit(")")),
        pl.when((pl.col("restatements") > 0) & ~pl.col("restated"))
        .then(pl.lit("the year's own report over a restatement in another report")),
        pl.when(pl.col("bulletin") & ~pl.col("restated") & (pl.col("own_year_elsewhere") > 0))
        .then(pl.lit("the statistical bulletin over another report of the year (a work report's earlier figure)")),
        pl.when((pl.col("other_reports") > 0) & pl.col("restated") & ~pl.col("revision")).then(pl.lit("the latest report that restates the year")),
        pl.when(pl.col("in_table") & (pl.col("narrative_in_report") > 0)).then(pl.lit("the table cell over the narrative")),
        pl.when(pl.col("same_source_in_report") > 0).then(pl.lit("the report's first mention")),
    ).list.drop_nulls().list.join("; ")
    decrease = (pl.col("kind") == "change") & pl.col("metric").fill_null("").str.contains(_DECREASE_WORD.pattern) \
        & (pl.col("value") > 0)
    return chosen.with_columns(
        chosen_because=reasons,
        source=pl.when(pl.col("in_table")).then(pl.lit("table")).otherwise(pl.lit("narrative")),
        value=pl.when(decrease).then(-pl.col("value")).otherwise(pl.col("value")),
    )


def add_sums(series: pl.DataFrame, sums: dict[str, tuple[str, ...]]) -> pl.DataFrame:
    """``series`` (choose_series' rows) with, for each whole id of ``sums`` (whole -> its parts' ids), a point where
    one table gives every part for a year (table four's direct and after-reconsideration litigations): their sum,
    source `table_sum`, its fact_ids the parts'. It stands for the whole's year as a table's cell does: over a
    narrative's figure for the whole (whose fact_ids it keeps, restatements_agree saying whether the two agree), not
    over a table's."""
    key = [c for c in SERIES_KEY if c != "metric_id"]
    for whole, parts in sums.items():
        found = series.filter(pl.col("metric_id").is_in(parts) & (pl.col("source") == "table"))
        if found.is_empty():
            continue
        summed = (found.sort("metric_id").group_by(key, maintain_order=True)
                  .agg(pl.all().exclude(key + ["value", "fact_ids", "n_candidates", "restatements_agree"]).first(),
                       value=pl.col("value").sum(), fact_ids=pl.col("fact_ids").explode(),
                       n_candidates=pl.col("n_candidates").sum(), restatements_agree=pl.col("restatements_agree").all(),
                       parts=pl.col("metric_id").n_unique(), docs=pl.col("doc_id").n_unique())
                  .filter((pl.col("parts") == len(parts)) & (pl.col("docs") == 1)).drop("parts", "docs"))
        if summed.is_empty():
            continue
        existing = series.filter(pl.col("metric_id") == whole).select(
            key + [pl.col("source").alias("_source"), pl.col("value").alias("_value"),
                   pl.col("fact_ids").alias("_fact_ids"), pl.col("n_candidates").alias("_n")])
        summed = summed.join(existing, on=key, how="left", nulls_equal=True).filter(
            pl.col("_source").is_null() | (pl.col("_source") == "narrative"))
        over_narrative = pl.col("_source").is_not_null()
        summed = summed.with_columns(
            metric_id=pl.lit(whole), source=pl.lit("table_sum"),
            chosen_because=pl.when(over_narrative)
            .then(pl.lit("the sum of its parts in the table over the narrative"))
            .otherwise(pl.lit("the sum of its parts in the table")),
            fact_ids=pl.when(over_narrative).then(pl.concat_list("fact_ids", "_fact_ids")).otherwise("fact_ids"),
            n_candidates=(pl.col("n_candidates") + pl.col("_n").fill_null(0)).cast(pl.Int32),
            restatements_agree=pl.col("restatements_agree")
            & (~over_narrative | ((pl.col("_value") - pl.col("value")).abs() <= 0.005 * pl.col("value").abs() + 1e-9)),
            fact_id=pl.col("fact_ids").list.first(),
        ).drop("_source", "_value", "_fact_ids", "_n")
        series = pl.concat([series.join(summed.select(key + ["metric_id"]), on=key + ["metric_id"], how="anti",
                                        nulls_equal=True), summed.select(series.columns)])
    return series


# the words that mark a restated figure revised, in the clause that holds it (2021年地区生产总值经最终核实后为21.86亿元,
# 修正为, 根据第五次全国经济普查结果修订, …亿元（上年数据经修订）); another clause of its sentence says nothing of it
REVISED = r"(?:核实|修订|修正)(?:后|为)|经[^，,；;。]{0,12}?(?:核实|修订|修正)|普查结果修订"


# a body that publishes a place's statistics rather than its own (县统计局, 国家统计局某某调查队)
_STATISTICS_BODY = r"(?:统计局|调查队)$"


def statistics_as_place(candidates: pl.DataFrame, statistical: set[str], governments: dict[str, str]) -> pl.DataFrame:
    """``candidates`` (SERIES_CANDIDATES_SQL's rows, with doc_type) where a figure of the national statistical system
    (an id in ``statistical``: indicators printed in bulletins) comes from a statistical bulletin or a statistics
    bureau: filed under the place's government (``governments``: region_code -> 某县人民政府), as its work reports'
    figures are, because a place's statistics are the place's whoever publishes them; a bulletin and a work report
    then give one series, and choose_series says which figure it took."""
    publisher = (pl.col("doc_type") == "statistical_bulletin") | pl.col("body").fill_null("").str.contains(_STATISTICS_BODY)
    government = pl.col("region_code").replace_strict(governments, default=None)
    return candidates.with_columns(body=pl.when(publisher & pl.col("metric_id").is_in(list(statistical))
                                                & government.is_not_null())
                                   .then(government).otherwise(pl.col("body")))


# a government's own body (县人民政府, 市政府) and the level its name ends with
_GOVERNMENT_BODY = r"([省市州盟县区旗])(?:人民)?政府$"


# the service hall of a level (市政务服务中心, 县政务服务大厅, as canonical_scope names it) and the bureaus that run one
# (行政审批/政务服务/营商环境/数据 bureaus, a centre's managing office)
_SERVICE_HALL = r"^(?:政务服务|行政服务|行政审批服务|政务)(?:中心|大厅)$"
_RUNS_HALL = r"(?:行政审批|政务服务|营商环境|数据资源|政务数据|大数据)[\p{Han}]{0,8}?局$|(?:政务服务|行政服务)中心(?:管理)?(?:办公室|委员会)$"


def hall_as_whole(candidates: pl.DataFrame) -> pl.DataFrame:
    """``candidates`` (SERIES_CANDIDATES_SQL's rows, scope keyed) where the report of a bureau that runs its level's
    service hall names the hall (县政务服务大厅全年受理办件9.12万件 in 某县数据资源管理局's summary) and prints no
    indicator for both the hall and the whole: the hall's figures are the bureau's own, filed under the whole, so that its
    series goes on over the years that name no hall. A report that prints one indicator for both (全市市县两级…办理297.65
    万件 beside 市政务中心大厅受理29.44万件) tells the hall apart: all its hall figures stay the hall's."""
    hall = (pl.col("scope_kind") == "department") & pl.col("scope_name").fill_null("").str.contains(_SERVICE_HALL) \
        & pl.col("body").fill_null("").str.contains(_RUNS_HALL)
    both = (hall.any() & (pl.col("scope_kind") == "whole").any()).over(["doc_id", "metric_id", "year", "period"])
    whole = hall & ~both.any().over("doc_id")
    return candidates.with_columns(scope_kind=pl.when(whole).then(pl.lit("whole")).otherwise(pl.col("scope_kind")),
                                   scope_name=pl.when(whole).then(pl.lit("")).otherwise(pl.col("scope_name")))


def government_as_whole(candidates: pl.DataFrame) -> pl.DataFrame:
    """``candidates`` (SERIES_CANDIDATES_SQL's rows) where a 人民政府's own report names its government (县政府共收到申请
    18件 in 某县人民政府's report) and prints no indicator for both the government and the whole: the government's figures
    are the report's, filed under the whole, as figures with no scope are. A report that prints one indicator for both
    (我市各级政府及其工作部门受理1120件 beside 市政府收到50件) means the government proper by it: all its government
    figures (the 50 requests' reply rate too) stay apart."""
    own = (pl.col("scope_kind") == "government") \
        & (pl.col("body").str.extract(_GOVERNMENT_BODY, 1) == pl.col("scope").str.slice(0, 1))
    both = ((pl.col("scope_kind") == "government").any() & (pl.col("scope_kind") == "whole").any()) \
        .over(["doc_id", "metric_id", "year", "period"])
    split_report = both.any().over("doc_id")
    return candidates.with_columns(scope_kind=pl.when(own & ~split_report).then(pl.lit("whole"))
                                   .otherwise(pl.col("scope_kind")))
