"""The raw-folder sensor requests a run when files are added, changed or removed, and only then."""
import os

import dagster as dg

from govpipeline.defs.automation.sensors import raw_folder_sensor
from govpipeline.defs.resources import RawFolder


def _tick(folder, cursor=None):
    context = dg.build_sensor_context(cursor=cursor, resources={"raw_folder": RawFolder(path=str(folder))})
    return raw_folder_sensor(context)


def test_sensor_requests_runs_on_changes_only(raw_copy):
    first = _tick(raw_copy)
    assert len(first.run_requests) == 1 and first.cursor
    again = _tick(raw_copy, first.cursor)
    assert not again.run_requests and again.cursor == first.cursor and "5 report files" in again.skip_reason.skip_message

    (raw_copy / "new.html").write_text("<html><body><p>2020年共受理申请12件。</p></body></html>", encoding="utf-8")
    added = _tick(raw_copy, first.cursor)
    assert len(added.run_requests) == 1 and added.cursor != first.cursor

    target = raw_copy / "new.html"
    target.write_text("<html><body><p>2020年共受理申请13件。</p></body></html>", encoding="utf-8")
    os.utime(target, ns=(1, 1))
    changed = _tick(raw_copy, added.cursor)
    assert len(changed.run_requests) == 1

    target.unlink()
    removed = _tick(raw_copy, changed.cursor)
    assert len(removed.run_requests) == 1 and removed.cursor == first.cursor


def test_sensor_ignores_files_that_are_not_reports(raw_copy):
    first = _tick(raw_copy)
    (raw_copy / "notes.md").write_text("not a report", encoding="utf-8")
    (raw_copy / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    assert not _tick(raw_copy, first.cursor).run_requests


def test_sensor_requests_a_run_for_a_report_in_an_office_format_which_the_run_quarantines(raw_copy):
    first = _tick(raw_copy)
    (raw_copy / "notes.docx").write_bytes(b"PK\x03\x04")
    assert len(_tick(raw_copy, first.cursor).run_requests) == 1
