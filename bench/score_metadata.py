"""Score metadata on the constructed crawled pages (govpipeline_tests/lib/crawled_pages.py): for each of title,
report_year, publish_date, region and body, how many pages are right, NULL where a value was expected, or wrong.
The page is read as the pipeline reads it: its first report's metadata (a page may hold several reports), and, where
a set says how many, the number of reports found (right or wrong). `--more`, `--last`, `--fourth`, `--held-out`,
`--sixth`, `--sixth-held-out`, `--seventh` and `--seventh-held-out` score the second, third and fourth sets, the
fourth's held-out pages, the sixth set and its held-out pages, the seventh set, its held-out pages and its second
held-out pages (`--seventh-second-held-out`), or set 8's pages (`--eighth`) and files (`--eighth-files`, PDF and
Word files read as the pipeline reads them), or their held-out ones (`--eighth-held-out`, `--eighth-held-out-files`),
or set 9's pages (`--ninth`) or its held-out ones (`--ninth-held-out`), or set 10's pages (`--tenth`) and files
(`--tenth-files`) or their held-out ones (`--tenth-held-out`, `--tenth-held-out-files`), or set 11's pages
(`--eleventh`) or its held-out ones (`--eleventh-held-out`), or set 12's files (`--twelfth-files`) or its held-out ones
(`--twelfth-held-out-files`), or set 13's pages (`--thirteenth`) and files (`--thirteenth-files`) or their held-out ones
(`--thirteenth-held-out`, `--thirteenth-held-out-files`), or set 14's pages (`--fourteenth`) or its held-out ones
(`--fourteenth-held-out`), or set 15's WeChat copies (`--fifteenth-files`) or their held-out ones
(`--fifteenth-held-out-files`), or set 16's pages (`--sixteenth`) and files (`--sixteenth-files`) or their held-out ones (`--sixteenth-held-out`,
`--sixteenth-held-out-files`), or set 17's pages (`--seventeenth`) or its held-out ones (`--seventeenth-held-out`; their series:
bench/score_series.py), or set 18's pages (`--eighteenth`), its series' pages (`--eighteenth-series`) and files
(`--eighteenth-files`), or their held-out ones (`--eighteenth-held-out`, `--eighteenth-held-out-files`), or set 19's (`--nineteenth`, `--nineteenth-held-out`), or set 20's pages (`--twentieth`) and files (`--twentieth-files`) or their held-out ones (`--twentieth-held-out`, `--twentieth-held-out-files`), or set 21's files, named by their title or by an id (`--twenty-first-files`) or its held-out ones (`--twenty-first-held-out-files`), or set 22's probe for wrong places (`--twenty-second`, `--twenty-second-files`), or set 23's pages (`--twenty-third`) and files (`--twenty-third-files`) or their held-out ones (`--twenty-third-held-out`, `--twenty-third-held-out-files`), or set 24's the same way (`--twenty-fourth`, `--twenty-fourth-files`, `--twenty-fourth-held-out`, `--twenty-fourth-held-out-files`), instead; `--set NAME`
scores a fixture folder keyed by its key.json (govpipeline_tests/fixtures/NAME: sets 39 on, doc_type too); `--list`
prints each miss. Where a set names each page's series (one body's reports over the years), the distinct bodies
read for each series are counted too (one is right). region_name (the gazetteer's name of the region's code) is scored where a set writes it down."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from govpipeline_tests.lib.crawled_files import (eighteenth_files, eighteenth_held_out_files, eighth_files,
                                                 eighth_held_out_files, fifteenth_files,
                                                 fifteenth_held_out_files, measured_file, sixteenth_files,
                                                 sixteenth_held_out_files,
                                                 tenth_files,
                                                 tenth_held_out_files, thirteenth_files,
                                                 thirteenth_held_out_files, twelfth_files,
                                                 twelfth_held_out_files, twentieth_files,
                                                 twentieth_held_out_files, twenty_first_files,
                                                 twenty_first_held_out_files, twenty_second_files,
                                                 twenty_third_files, twenty_third_held_out_files,
                                                 twenty_fourth_files, twenty_fourth_held_out_files)
from govpipeline_tests.lib.crawled_pages import (TWENTY_FOURTH_HELD_OUT_PAGES, TWENTY_FOURTH_PAGES,
                                                 TWENTY_THIRD_HELD_OUT_PAGES, TWENTY_THIRD_PAGES, TWENTY_SECOND_PAGES, TWENTIETH_HELD_OUT_PAGES, TWENTIETH_PAGES, NINETEENTH_HELD_OUT_PAGES, NINETEENTH_PAGES, EIGHTEENTH_HELD_OUT_PAGES, EIGHTEENTH_PAGES, EIGHTEENTH_SERIES_PAGES,
                                                 EIGHTH_HELD_OUT_PAGES, EIGHTH_PAGES, ELEVENTH_HELD_OUT_PAGES,
                                                 ELEVENTH_PAGES, FOURTH_PAGES, HELD_OUT_PAGES, LAST_PAGES, MORE_PAGES,
                                                 NINTH_HELD_OUT_PAGES, NINTH_PAGES, TENTH_HELD_OUT_PAGES, TENTH_PAGES,
                                                 PAGES, SEVENTH_HELD_OUT_PAGES, SEVENTH_PAGES,
                                                 SEVENTH_SECOND_HELD_OUT_PAGES, SIXTH_HELD_OUT_PAGES, SIXTH_PAGES,
                                                 FOURTEENTH_HELD_OUT_PAGES, FOURTEENTH_PAGES, SIXTEENTH_PAGES,
                                                 SIXTEENTH_HELD_OUT_PAGES, SEVENTEENTH_PAGES,
                                                 SEVENTEENTH_HELD_OUT_PAGES,
                                                 THIRTEENTH_HELD_OUT_PAGES, THIRTEENTH_PAGES,
                                                 measured)

FIELDS = ("title", "report_year", "report_period", "publish_date", "region", "region_name", "body", "doc_type")


def keyed_folder(name: str) -> list[tuple[str, bytes, dict]]:
    """A fixture folder's files with their key.json entries (a file is keyed by its name without its suffix)."""
    folder = Path(__file__).parent.parent / "govpipeline_tests" / "fixtures" / name
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))["documents"]
    return [(p.name, p.read_bytes(), key[p.stem]) for p in sorted(folder.iterdir()) if p.stem in key]


def main() -> None:
    scores = {f: Counter() for f in FIELDS + ("reports",)}
    pages = (MORE_PAGES if "--more" in sys.argv else LAST_PAGES if "--last" in sys.argv
             else FOURTH_PAGES if "--fourth" in sys.argv else HELD_OUT_PAGES if "--held-out" in sys.argv
             else SIXTH_PAGES if "--sixth" in sys.argv else SIXTH_HELD_OUT_PAGES if "--sixth-held-out" in sys.argv
             else SEVENTH_PAGES if "--seventh" in sys.argv
             else SEVENTH_HELD_OUT_PAGES if "--seventh-held-out" in sys.argv
             else SEVENTH_SECOND_HELD_OUT_PAGES if "--seventh-second-held-out" in sys.argv
             else EIGHTH_PAGES if "--eighth" in sys.argv
             else EIGHTH_HELD_OUT_PAGES if "--eighth-held-out" in sys.argv
             else NINTH_PAGES if "--ninth" in sys.argv
             else NINTH_HELD_OUT_PAGES if "--ninth-held-out" in sys.argv
             else TENTH_PAGES if "--tenth" in sys.argv
             else TENTH_HELD_OUT_PAGES if "--tenth-held-out" in sys.argv
             else ELEVENTH_PAGES if "--eleventh" in sys.argv
             else ELEVENTH_HELD_OUT_PAGES if "--eleventh-held-out" in sys.argv
             else THIRTEENTH_PAGES if "--thirteenth" in sys.argv
             else THIRTEENTH_HELD_OUT_PAGES if "--thirteenth-held-out" in sys.argv
             else FOURTEENTH_PAGES if "--fourteenth" in sys.argv
             else FOURTEENTH_HELD_OUT_PAGES if "--fourteenth-held-out" in sys.argv
             else SIXTEENTH_PAGES if "--sixteenth" in sys.argv
             else SIXTEENTH_HELD_OUT_PAGES if "--sixteenth-held-out" in sys.argv
             else SEVENTEENTH_PAGES if "--seventeenth" in sys.argv
             else SEVENTEENTH_HELD_OUT_PAGES if "--seventeenth-held-out" in sys.argv
             else TWENTY_SECOND_PAGES if "--twenty-second" in sys.argv
             else TWENTY_THIRD_PAGES if "--twenty-third" in sys.argv
             else TWENTY_THIRD_HELD_OUT_PAGES if "--twenty-third-held-out" in sys.argv
             else TWENTY_FOURTH_PAGES if "--twenty-fourth" in sys.argv
             else TWENTY_FOURTH_HELD_OUT_PAGES if "--twenty-fourth-held-out" in sys.argv
             else TWENTIETH_HELD_OUT_PAGES if "--twentieth-held-out" in sys.argv
             else TWENTIETH_PAGES if "--twentieth" in sys.argv
             else NINETEENTH_HELD_OUT_PAGES if "--nineteenth-held-out" in sys.argv
             else NINETEENTH_PAGES if "--nineteenth" in sys.argv
             else EIGHTEENTH_HELD_OUT_PAGES if "--eighteenth-held-out" in sys.argv
             else EIGHTEENTH_PAGES if "--eighteenth" in sys.argv
             else EIGHTEENTH_SERIES_PAGES if "--eighteenth-series" in sys.argv else PAGES)
    read = measured
    file_sets = {"--eighth-files": eighth_files, "--eighth-held-out-files": eighth_held_out_files,
                 "--tenth-files": tenth_files, "--tenth-held-out-files": tenth_held_out_files,
                 "--twelfth-files": twelfth_files, "--twelfth-held-out-files": twelfth_held_out_files,
                 "--thirteenth-files": thirteenth_files, "--thirteenth-held-out-files": thirteenth_held_out_files,
                 "--fifteenth-files": fifteenth_files, "--fifteenth-held-out-files": fifteenth_held_out_files,
                 "--sixteenth-files": sixteenth_files,
                 "--sixteenth-held-out-files": sixteenth_held_out_files, "--eighteenth-files": eighteenth_files,
                 "--eighteenth-held-out-files": eighteenth_held_out_files, "--twentieth-files": twentieth_files,
                 "--twentieth-held-out-files": twentieth_held_out_files,
                 "--twenty-first-files": twenty_first_files,
                 "--twenty-first-held-out-files": twenty_first_held_out_files,
                 "--twenty-second-files": twenty_second_files, "--twenty-third-files": twenty_third_files,
                 "--twenty-third-held-out-files": twenty_third_held_out_files,
                 "--twenty-fourth-files": twenty_fourth_files,
                 "--twenty-fourth-held-out-files": twenty_fourth_held_out_files}
    chosen = [make for flag, make in file_sets.items() if flag in sys.argv]
    if "--set" in sys.argv:
        chosen = [lambda: keyed_folder(sys.argv[sys.argv.index("--set") + 1])]
    if chosen:
        pages = chosen[0]()
        read = lambda data: measured_file(name, data)  # noqa: E731 (the file's name is the loop's)
    series: dict[str, set] = {}
    for name, page, expected in pages:
        got = read(page)
        if "series" in expected:
            series.setdefault(expected["series"], set()).add(got["body"])
        for f in FIELDS + ("reports",):
            if expected.get(f, ...) is ...:
                continue
            verdict = "right" if got.get(f) == expected[f] else "NULL" if got.get(f) is None else "wrong"
            scores[f][verdict] += 1
            if verdict != "right" and "--list" in sys.argv:
                print(f"{name:36} {f:13} {verdict:5} got {got.get(f)!r} expected {expected[f]!r}")
    for f in FIELDS + ("reports",):
        s = scores[f]
        if sum(s.values()):
            print(f"{f:13} right {s['right']:3}  NULL {s['NULL']:3}  wrong {s['wrong']:3}")
    for name, bodies in series.items():
        print(f"series {name:20} {len(bodies)} bodies: {sorted(bodies, key=str)}")


if __name__ == "__main__":
    main()
