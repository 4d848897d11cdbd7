"""Build a realistic corpus of N reports from the bundled samples and the template-table forms.

usage: python bench/make_corpus.py N OUT_DIR [--seed S]

Each report is a bundled report or a template-table report with its figures scaled by a whole factor (sums,
breakdowns and template identities still hold; percentages are kept), its years shifted together, and its place
replaced by another city. Forms are mixed as users have them: about 5 % Traditional, 10 % saved web pages, a few
GB18030 and UTF-16 files, a few damaged (binary) files. Output is deterministic for a given seed. Files go into
folders of 1,000.
"""
from __future__ import annotations

import argparse
import codecs
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from govpipeline.lib.metadata import extract_metadata  # noqa: E402
from govpipeline.lib.normalize import normalize_text  # noqa: E402
from govpipeline_tests import template_forms  # noqa: E402
from govpipeline_tests.web_pages import as_web_page  # noqa: E402

_YEAR = re.compile(r"(?<!\d)(20[0-2]\d)(?=年|-\d)")
# whole numbers that are figures: not years, not part of decimals/dates/percentages
_FIGURE = re.compile(r"(?<![\d.:\-])(\d+)(?![\d.:]|年|月|日|%|‰|-\d)")

# the count a heading states for the names listed under it (优秀窗口（10个）): the list does not grow with the figures
_LISTED_COUNT = re.compile(r"[（(]\d+[\u4e00-\u9fff]?[）)]")


@lru_cache(maxsize=1)
def _cities() -> list[str]:
    import cpca

    return sorted({a.name for code, a in cpca.ad_2_addr_dict.items() if code[4:6] == "00" and code[2:4] != "00"
                   and a.name.endswith("市")})


@lru_cache(maxsize=None)
def _base_region(text: str) -> str | None:
    norm = normalize_text(text)
    name = extract_metadata(norm.text, norm.page_info).region
    return name if name and name.endswith("市") else None


def _sources() -> list[tuple[str, str]]:
    samples = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((REPO / "data" / "raw").glob("*.txt"))]
    tables = [("template_tabs", template_forms.as_lines()), ("template_pipes", template_forms.as_lines(" | ")),
              ("template_cells", template_forms.one_cell_per_line()), ("template_flat", template_forms.as_lines())]
    return samples + tables


def _is_traditional(text: str) -> bool:
    from govpipeline.lib.normalize import detect_script

    return detect_script(text) == "traditional"


def vary(text: str, rng: random.Random) -> str:
    factor = rng.choice((1, 2, 3))
    shift = rng.randint(-2, 3)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    if factor != 1:
        text = _FIGURE.sub(lambda m: m.group(1) if _LISTED_COUNT.match(text, m.start() - 1) else
                           str(int(m.group(1)) * factor), text)
    place = _base_region(text)
    if place:
        new = rng.choice(_cities())
        text = text.replace(place, new).replace(place[:-1], new[:-1])
    return text


def render(text: str, rng: random.Random, traditional: bool) -> tuple[str, bytes]:
    """(file suffix, bytes) in one of the forms users have."""
    roll = rng.random()
    if traditional:
        import opencc

        text = opencc.OpenCC("s2t").convert(text)
    if roll < 0.005:
        return ".txt", b"\x89PNG\r\n\x1a\n\x00\x00" + rng.randbytes(512)  # a scan saved under the wrong name
    if roll < 0.105:
        return ".html", as_web_page(text).encode("utf-8")
    if roll < 0.125:
        return ".txt", text.encode("gb18030")
    if roll < 0.145:
        return ".txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return ".txt", text.encode("utf-8")


def make_corpus(n: int, out: Path, seed: int = 0) -> None:
    sources = _sources()
    traditional_sources = [s for s in sources if _is_traditional(s[1])]
    samples = [s for s in sources if not s[0].startswith("template") and s not in traditional_sources]
    tables = [s for s in sources if s[0].startswith("template")]
    out.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        roll = rng.random()
        if roll < 0.05:  # about 5 % in Traditional script: a Traditional report, or a Simplified one converted
            pool, traditional = traditional_sources + samples, True
        else:  # most reports are narrative; a quarter have the template tables
            pool, traditional = (samples if roll < 0.77 else tables), False
        name, text = pool[rng.randrange(len(pool))]
        traditional = traditional and not _is_traditional(text)
        text = vary(text, rng)
        if name == "template_flat":  # flattened after scaling, so each cell is scaled, not the row's digit run
            text = template_forms.flatten(text)
        suffix, data = render(text, rng, traditional)
        folder = out / f"batch_{i // 1000:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{i:06d}_{name[:12]}{suffix}").write_bytes(data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    make_corpus(a.n, a.out, a.seed)
    files = list(a.out.rglob("*.*"))
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} files, {size / 1e6:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
