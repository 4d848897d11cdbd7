"""Write govpipeline/lib/place_pinyin.csv: each spelling in pinyin (every reading of its characters) of each place's
full name and its name without its kind (天台县, 天台; 龙胜各族自治县, 龙胜) and each abbreviation the gazetteer knows,
with the code of each place it names. A site's host spells its
place so (www.tiantai.gov.cn); lib/metadata.host_region reads the table, so pypinyin is needed only to remake it:
.venv/bin/pip install pypinyin && .venv/bin/python bench/make_place_pinyin.py"""
import re
from itertools import islice, product
from pathlib import Path

from pypinyin import Style, pinyin

from govpipeline.lib.regions import _added_divisions, _current_code, gazetteer

OUT = Path(__file__).parent.parent / "govpipeline" / "lib" / "place_pinyin.csv"


def spellings(word: str) -> set[str]:
    readings = pinyin(word, style=Style.NORMAL, heteronym=True, errors="ignore")
    return {"".join(p) for p in islice(product(*readings), 256)} if len(readings) == len(word) else set()


# a place's kind after its name; an autonomous one's peoples before it are dropped with it (龙胜各族自治县: 龙胜)
_KIND = re.compile(r"(?:(?:[\u4e00-\u9fff]{1,8}?族)*自治(?:县|旗|州|区)|各族自治县|特别行政区|地区|林区|特区|新区|省|市|县|区|旗|盟)$")


def stems(name: str) -> set[str]:
    stem = _KIND.sub("", name)
    return {name} | ({stem} if len(stem) >= 2 else set()) | ({name[:2]} if "自治" in name else set())


def main() -> None:
    automaton = gazetteer().matcher.ac
    rows = set()
    for word in automaton.keys():
        if len(word) >= 2:
            for addr in automaton.get(word)[1]:
                code = _current_code(addr.adcode, addr.name)
                rows |= {(s, code) for w in stems(addr.name) | {word} for s in spellings(w)}
    for name, code in _added_divisions().items():
        rows |= {(s, code) for w in stems(name) for s in spellings(w)}
    OUT.write_text("# made by bench/make_place_pinyin.py (pypinyin 0.55, every reading): spelling,code\nspelling,code\n"
                   + "".join(f"{s},{c}\n" for s, c in sorted(rows)), encoding="utf-8")


if __name__ == "__main__":
    main()
