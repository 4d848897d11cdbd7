"""Scores a warehouse against answer keys: one JSON per report listing every statistic a careful analyst records.

A predicted fact matches a key fact of the same document when units agree and values agree (relative 1e-6),
one to one. A metric label agrees when it holds at least half of the key label's characters. A key relation is
found when one predicted relation of the same type holds every fact it names. A fact is right on every count (a full
match) when it matches, its kind is the key's, its name is the key's (after the parent a part is named under,
受理申请:网上办结) and its year is the key's.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import duckdb

RELATION_ROLES = {"sum": ("total", "parts"), "share": ("part", "total", "share"), "yoy": ("current", "change"),
                  "before_after": ("before", "after")}
_UNIT_ALIASES = {"平方米": "㎡", "平米": "㎡", "％": "%"}


@dataclass
class Score:
    key_facts: int = 0
    core: int = 0
    predicted: int = 0
    matched: int = 0
    core_matched: int = 0
    kind_ok: int = 0
    metric_ok: int = 0
    key_relations: int = 0
    relations_found: int = 0
    full_ok: int = 0

    @property
    def full_match(self) -> float:
        return self.full_ok / self.key_facts

    @property
    def core_recall(self) -> float:
        return self.core_matched / self.core

    @property
    def precision(self) -> float:
        return self.matched / self.predicted

    @property
    def kind_accuracy(self) -> float:
        return self.kind_ok / self.matched

    @property
    def metric_agreement(self) -> float:
        return self.metric_ok / self.matched

    @property
    def relation_recall(self) -> float:
        return self.relations_found / self.key_relations if self.key_relations else 1.0  # none keyed: none missed


def _unit(u: str | None) -> str:
    u = _UNIT_ALIASES.get((u or "").strip(), (u or "").strip())
    return u[1:] if len(u) > 1 and u.startswith("个") else u


def _close(a, b) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= max(1e-6, 1e-6 * max(abs(a), abs(b)))


def metric_agrees(key: str | None, ours: str | None) -> bool:
    k, o = set(key or ""), set(ours or "")
    return bool(k and o and len(k & o) / len(k) >= 0.5)


# the documented marks a name may carry that a key written before them may leave out (README, warehouse.facts):
# a level reached, 贫困发生率(下降到), 企业开办时间(压缩至)
_REACHED_MARK = re.compile(r"\([\u4e00-\u9fff]{1,3}[至到]\)$")
# words a key may keep or leave out at a name's head: a stock's 年末 (年末户籍人口 is 户籍人口 of the year), an
# achievement's 完成 (完成造林 is 造林), never 完成 of a rate (完成率) or of a measure of its own (完成值)
_HEAD_WORDS = re.compile(r"^(?:年末|完成(?![率值度]))(?=[\u4e00-\u9fff（(]{2})")


def names_match(key: str | None, ours: str | None, period: str | None = None) -> bool:
    """The key's name, or ours is the key's under a parent (受理申请:网上办结 for 网上办结), after the documented
    conventions a key may leave out: ours may end in the part of the year a part-year report covers (its
    ``period``, 上半年: every figure of such a report carries it) and in a level-reached mark ((下降到)), and either
    may open with 年末 or 完成. Nothing else is let through: a window other than the report's, a parent in the key
    that ours lacks, any other word."""
    if not key or not ours:
        return False
    if ours == key or ours.endswith(":" + key):
        return True
    ours = _REACHED_MARK.sub("", ours.removesuffix(f"({period})") if period else ours)
    key, ours = _HEAD_WORDS.sub("", key), ":".join(_HEAD_WORDS.sub("", part) for part in ours.split(":"))
    return ours == key or ours.endswith(":" + key)


def match_facts(key_facts: list[dict], preds: list[dict]) -> tuple[dict[int, dict], list[dict]]:
    """(key fact's index -> the predicted fact it matches, the predicted facts no key fact matches): one to one, by
    unit and value, in order."""
    used, matched = set(), {}
    for i, kf in enumerate(key_facts):
        for j, p in enumerate(preds):
            if j not in used and _unit(p["unit"]) == _unit(kf["unit"]) and _close(p["value"], kf["value"]):
                used.add(j)
                matched[i] = p
                break
    return matched, [p for j, p in enumerate(preds) if j not in used]


def score_warehouse(db: Path, answer_keys: Path) -> Score:
    con = duckdb.connect(str(db), read_only=True)
    try:
        docs, periods = {}, {}
        for d, p, period in con.execute("SELECT doc_id, source_path, report_period FROM warehouse.documents").fetchall():
            docs[Path(p).stem], periods[d] = d, period
        facts = defaultdict(list)
        for row in con.execute("""SELECT f.fact_id, f.doc_id, f.value, f.unit, f.kind, f.metric,
                                         coalesce(f.year, d.report_year)
                                  FROM warehouse.facts f JOIN warehouse.documents d USING (doc_id)
                                  ORDER BY f.start""").fetchall():
            facts[row[1]].append(dict(zip(("fact_id", "doc_id", "value", "unit", "kind", "metric", "year"), row)))
        members = defaultdict(set)
        types = {}
        for rid, rtype, fid in con.execute("SELECT relation_id, relation_type, fact_id FROM warehouse.relations").fetchall():
            members[rid].add(fid)
            types[rid] = rtype
    finally:
        con.close()
    score = Score()
    for path in sorted(answer_keys.glob("*.json")):
        key = json.loads(path.read_text(encoding="utf-8"))
        doc = docs.get(Path(key["doc"]).stem)
        preds = facts.get(doc, [])
        matched, _ = match_facts(key["facts"], preds)
        score.key_facts += len(key["facts"])
        score.core += sum(1 for kf in key["facts"] if kf.get("core"))
        score.predicted += len(preds)
        score.matched += len(matched)
        score.core_matched += sum(1 for i in matched if key["facts"][i].get("core"))
        score.kind_ok += sum(1 for i, p in matched.items() if p["kind"] == key["facts"][i]["kind"])
        score.metric_ok += sum(1 for i, p in matched.items() if metric_agrees(key["facts"][i]["metric"], p["metric"]))
        score.full_ok += sum(1 for i, p in matched.items()
                             if p["kind"] == key["facts"][i]["kind"] and names_match(key["facts"][i]["metric"], p["metric"], periods.get(doc))
                             and p["year"] == key["facts"][i]["year"])
        for rel in key.get("relations", []):
            if rel["type"] not in RELATION_ROLES:
                continue
            score.key_relations += 1
            idx = []
            for role in RELATION_ROLES[rel["type"]]:
                v = rel.get(role)
                idx += v if isinstance(v, list) else ([v] if v is not None else [])
            if not all(i in matched for i in idx):
                continue
            want = {matched[i]["fact_id"] for i in idx}
            if any(types[r] == rel["type"] and want <= m for r, m in members.items()):
                score.relations_found += 1
    return score
