"""Reading PDF reports: time of a 5-page and a 100-page report on one core, peak memory, and what two PDF libraries
get right on the same constructed report.

    python bench/bench_pdf.py            # needs the test extra (reportlab); pypdfium2 only for the comparison

Figures: CPU seconds of this process (best and median of the rounds) for lib/pdf.py's ``pdf_to_text`` (pdfplumber:
text, ruled tables, page breaks), the peak resident memory of a fresh process reading the 100-page report, and for
each way of getting the text, how many of the template table cells (表二, 表三, 表四) ``parse_tables`` reads from it
right and wrong, against the report's own text.
"""
from __future__ import annotations

import io
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from govpipeline.lib.pdf import pdf_to_text  # noqa: E402
from govpipeline.lib.template import parse_tables  # noqa: E402
from govpipeline_tests.report_files import Report, annual_report, to_pdf  # noqa: E402

FILLER = "持续深化重点领域信息公开，围绕财政预决算、重大建设项目、公共资源配置等领域，及时准确发布相关信息，全年办件1200件。"


def five_pages() -> Report:
    report = annual_report("2021", cut=(21, 9, True))
    return Report(report.blocks + [None] + [f"{FILLER * 3}（第{k}项）" for k in range(1, 13)])


def hundred_pages() -> Report:
    return Report(sum(([f"#第{k}部分", FILLER * 8 + f"本部分共{k}项。", None] for k in range(1, 101)), [])[:-1])


def cpu_times(fn, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return times


def cells(text: str, year: int = 2023) -> dict:
    return {(c.table_id, c.row_key, c.column.key): c.value for c in parse_tables(text, year).cells if not c.derived}


def pypdfium2_text(data: bytes) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(pdf[k].get_textpage().get_text_range() for k in range(len(pdf)))
    finally:
        pdf.close()


def pdfplumber_text(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() for page in pdf.pages)


def main() -> None:
    if sys.argv[1:] == ["--peak"]:  # the child process that measures memory
        pdf_to_text(sys.stdin.buffer.read())
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
        return
    report = five_pages()
    data = to_pdf(report)
    pages = len(pdf_to_text(data).page_starts)
    times = cpu_times(lambda: pdf_to_text(data), 10)
    print(f"pdf_to_text, {pages}-page report ({len(data):,} bytes): best {min(times):.3f} s, "
          f"median {statistics.median(times):.3f} s CPU (target <= 0.5 s)")
    long = to_pdf(hundred_pages())
    times = cpu_times(lambda: pdf_to_text(long), 3)
    peak = subprocess.run([sys.executable, __file__, "--peak"], input=long, capture_output=True, check=True)
    print(f"pdf_to_text, 100-page report ({len(long):,} bytes): best {min(times):.2f} s, "
          f"median {statistics.median(times):.2f} s CPU; peak resident memory {peak.stdout.decode().strip()} MB")

    want = cells(report.text())
    ways = [("lib/pdf.py (pdfplumber: tables as grids)", lambda: pdf_to_text(data).text),
            ("pdfplumber extract_text (text only)", lambda: pdfplumber_text(data))]
    try:
        import pypdfium2  # noqa: F401
        ways.append(("pypdfium2 get_text_range (text only)", lambda: pypdfium2_text(data)))
    except ImportError:
        print("pypdfium2 not installed: `pip install pypdfium2` for its row of the comparison")
    print(f"\n{'text from':45} {'CPU s':>6} {'cells right':>12} {'wrong':>6} {'of':>4}")
    for name, fn in ways:
        text = fn()
        got = cells(text)
        right = sum(1 for k, v in got.items() if want.get(k) == v)
        wrong = sum(1 for k, v in got.items() if k in want and want[k] != v or k not in want)
        print(f"{name:45} {min(cpu_times(fn, 5)):6.3f} {right:12} {wrong:6} {len(want):4}")


if __name__ == "__main__":
    main()
