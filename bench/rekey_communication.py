"""Apply the lead's convention of stop 39 to every catalog set's key (govpipeline_tests/fixtures/catalog_blind*/
expected.yaml): communication statistics researchers compare across bodies have ids of their own, distinct from
their totals. The keys had marked them `none` (a part of the interpretations, of the site's visits) or, for a
column's visits told alone, `website_visits`.

The rule reads the printed text before each keyed figure (its clause back to the sentence's start), never the
code's output:
- policy interpretations in one form, 其中图解12篇 / 图文解读 / 视频解读: policy_interpretations_graphic / _video;
  several forms together, 其中图解、视频等多样化解读 / 以图文、动漫、视频等形式解读: policy_interpretations_multiform;
- daily visits of a site, 日均访问量: website_visits_daily;
- a column's visits (专栏, 栏目, 专题; the disclosure column's too), 其中政府信息公开专栏访问量: column_visits, and the
  change printed right after it: column_visits_growth;
- accounts run, 现有政务新媒体账号 / 运维政务新媒体: new_media_accounts (closed or merged ones stay none);
- followers, 粉丝数 / 关注人数: new_media_followers.

usage: python bench/rekey_communication.py [--write]  (prints every entry it changes; --write rewrites the keys)
A second run changes nothing.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from catalog_blind import report_of  # noqa: E402

_SITE = "(?:网站|门户|网页|平台)"
_FORMS = "(?:图解|图文|视频|短视频|动漫|动画|漫画|音频|H5|海报)"
RULES = [  # (the clause's last part must match, the sentence must match, id)
    (rf"{_FORMS}(?:类|式)?[、和及与]{_FORMS}[^，,；;]*解读(?:产品|材料|稿件)?(?:政策)?$", "", "policy_interpretations_multiform"),
    (rf"^(?:其中)?(?:以)?(?:图解|图文)(?:类|式|形式)?(?:的)?(?:政策)?(?:解读)?(?:稿件|材料|产品)?$", "解读",
     "policy_interpretations_graphic"),
    (r"^(?:其中)?(?:以)?(?:短)?视频(?:类|形式)?(?:的)?(?:政策)?(?:解读)?(?:稿件|材料|产品)?$", "解读",
     "policy_interpretations_video"),
    (r"日均(?:访问|点击|浏览)(?:量|人次|次数)?(?:达|为|约)?$", _SITE, "website_visits_daily"),
    (r"(?:专栏|栏目|专题)(?:全年|年度)?(?:总)?(?:访问|点击|浏览)(?:量|人次|次数)(?:达到|达|为|约)?$", "", "column_visits"),
    (r"^(?:现有|运维|开设|运营|开通|共有)(?:政务)?新媒体(?:账号|平台)?$", "", "new_media_accounts"),
    (r"(?:粉丝|关注|订阅)(?:人数|用户数?|数|量)(?:达到|达|为|约)?$", "", "new_media_followers"),
]
_AFTER_COLUMN = r"(?:专栏|栏目|专题)(?:全年|年度)?(?:总)?(?:访问|点击|浏览)(?:量|人次|次数)(?:达到|达|为|约)?[\d.,，万余约]+(?:人次|次)[，,]?(?:较上年|同比|比上年)(?:增长|下降|上升|减少)$"


def convention_id(sentence: str) -> str | None:
    """The id the convention gives the figure that ``sentence`` (its text before the figure) leads to, if any."""
    part = re.split(r"[，,、：:（(]", sentence)[-1]
    if re.search(_AFTER_COLUMN, sentence):
        return "column_visits_growth"
    for last, whole, found in RULES:
        # the forms rule reads the clause across its 、; the others its last part
        if re.search(last, sentence if found.endswith("multiform") else part) and re.search(whole, sentence):
            return found
    return None


def changes(key: Path) -> list[tuple[str, int, dict, str]]:
    """(report, entry's index, entry, new id) for each entry of ``key`` the convention re-keys."""
    out = []
    for name, entries in yaml.safe_load(key.read_text(encoding="utf-8")).items():
        text = None
        for i, e in enumerate(entries):
            if str(e["id"]) not in ("none", "website_visits"):
                continue
            text = text if text is not None else report_of(key.parent / name)[0]
            at = text.find(e["after"]) if e.get("after") else 0
            m = re.compile(r"(?<![\d.])" + re.escape(str(e["figure"]))).search(text, max(at, 0))
            if not m:
                continue
            sentence = re.split(r"[。；;\n]", text[max(0, m.start() - 80):m.start()])[-1]
            new = convention_id(sentence)
            if new and (e["id"] == "none" or new == "column_visits"):
                out.append((name, i, e, new))
    return out


def rewrite(key: Path, found: list[tuple[str, int, dict, str]]) -> None:
    """Rewrite the changed entries' lines in place, keeping the key's comments and layout."""
    lines = key.read_text(encoding="utf-8").splitlines(keepends=True)
    want = {(name, i): new for name, i, _, new in found}
    report, index = None, -1
    for n, line in enumerate(lines):
        if not line.startswith((" ", "#")) and line.rstrip().endswith(":"):
            report, index = line.rstrip()[:-1].strip("'\""), -1
        elif line.startswith("  - {"):
            index += 1
            if (report, index) in want:
                lines[n] = re.sub(r"id: (?:none|website_visits)\b(?:, why: [^}]*)?", f"id: {want[report, index]}", line, count=1)
    key.write_text("".join(lines), encoding="utf-8")


def main() -> None:
    total = 0
    for key in sorted(REPO.glob("govpipeline_tests/fixtures/catalog_blind*/expected.yaml")):
        found = changes(key)
        for name, _, e, new in found:
            print(f"{key.parent.name}/{name}\t{e['figure']}\t{e['id']} -> {new}")
        total += len(found)
        if found and "--write" in sys.argv:
            rewrite(key, found)
    print(f"{total} entries")


if __name__ == "__main__":
    main()
