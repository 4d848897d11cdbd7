"""The raw folder as people fill it: no entry stops or hangs a scan."""
import os
import socket
from collections import Counter

from govpipeline.lib.folder import NotReadable, folder_fingerprint, read_file, readable_path, scan, stat_entry

import pytest


def hostile_folder(root):
    """A report, and the entries that used to stop a run: a dangling link, a link to itself, a FIFO and a socket
    named like reports, and a report whose name is GBK bytes (a Windows zip unpacked on Linux); and a crawl linked
    in from outside beside a link to the folder itself (which used to be passed over, and must not loop)."""
    root.mkdir(exist_ok=True)
    crawl = root.parent / "crawl_linked_in"
    crawl.mkdir(exist_ok=True)
    (crawl / "linked.txt").write_text("某某县2019年政府信息公开工作年度报告\n共受理申请9件。\n", encoding="utf-8")
    os.symlink(crawl, root / "crawl")
    os.symlink(".", root / "again")
    (root / "good.txt").write_text("某某县2020年政府信息公开工作年度报告\n共受理申请12件。\n", encoding="utf-8")
    os.symlink("missing.txt", root / "dangling.txt")
    os.symlink("loop.txt", root / "loop.txt")
    os.mkfifo(root / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "sock.txt"))
    sock.close()
    name = os.fsencode(root) + b"/" + "报告".encode("gbk") + b".txt"
    with open(name, "wb") as f:
        f.write("某某县2021年政府信息公开工作年度报告\n共受理申请15件。\n".encode("gbk"))
    return root


def test_every_entry_is_a_file_or_a_reason(tmp_path):
    root = hostile_folder(tmp_path / "raw")
    found = {e.display_path: e.problem for e in scan(root)}
    assert found["good.txt"] is None and found["报告.txt"] is None
    assert "does not exist" in found["dangling.txt"]
    assert "loops" in found["loop.txt"]
    assert found["pipe.txt"].startswith("a FIFO")
    assert found["sock.txt"].startswith("a socket")
    assert found["crawl/linked.txt"] is None  # the linked crawl, read once: the link to the folder itself is not followed
    assert len(found) == 7


def test_a_fifo_is_never_opened_for_reading(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(NotReadable, match="FIFO"):  # would block forever if opened as a file
        read_file(str(tmp_path / "pipe.txt"))


def test_a_vanished_file_is_gone_not_broken(tmp_path):
    path = tmp_path / "gone.txt"
    path.write_text("x", encoding="utf-8")
    full = str(path)
    path.unlink()
    assert stat_entry("gone.txt", full) is None
    with pytest.raises(FileNotFoundError):
        read_file(full)


def test_names_that_are_not_utf8_are_shown_readably_and_kept_apart():
    gbk = os.fsdecode("报告".encode("gbk") + b".txt")
    assert readable_path(gbk) == "报告.txt"
    assert readable_path("sub/" + os.fsdecode(b"\xff\xfe.txt")) == "sub/\\xff\\xfe.txt"
    assert readable_path("正常.txt") == "正常.txt"


def test_the_fingerprint_sees_hostile_entries_and_their_changes(tmp_path):
    root = hostile_folder(tmp_path / "raw")
    first = folder_fingerprint(root)
    assert first[1] == 7
    (root / "missing.txt").write_text("now it exists", encoding="utf-8")  # the dangling link now leads to a file
    second = folder_fingerprint(root)
    assert second[1] == 8 and second[0] != first[0]


def test_a_folder_that_cannot_be_listed_is_an_entry_with_its_reason(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):  # as for a folder without read permission (the tests may run as root, who has it)
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = {e.rel: e.problem for e in scan(tmp_path)}
    assert found["b.txt"] is None and "cannot be listed" in found["locked/"]
    assert len(found) == 2


def crawled_mirror(root):
    """A site mirrored by a crawler: articles saved under the site's own suffixes (a query kept in the name), beside
    the style sheets, scripts and images of its pages."""
    root.mkdir(exist_ok=True)
    page = ("<html><head><meta charset='gbk'></head><body><div class='content'><h1>某某县{year}年政府信息公开工作年度报告"
            "</h1><p>全年共受理政府信息公开申请{n}件。</p></div></body></html>")
    (root / "t20240312_1187.shtml").write_bytes(page.format(year=2023, n=31).encode("gbk"))
    (root / "content.jsp?id=88").write_bytes(page.format(year=2022, n=27).encode("gbk"))
    for name in ("style.css", "main.js", "logo.png", "banner.png", "notes"):
        (root / name).write_bytes(b"\x89PNG" if name.endswith(".png") else b"body{}")
    return root


def test_a_crawlers_page_suffixes_are_reports_and_the_rest_is_counted(tmp_path):
    passed_over = Counter()
    found = [e.rel for e in scan(crawled_mirror(tmp_path / "raw"), passed_over)]
    assert found == ["content.jsp?id=88", "t20240312_1187.shtml"]
    assert passed_over == {".png": 2, ".css": 1, ".js": 1, "(no suffix)": 1}


def test_a_linked_folder_is_read_once_and_a_link_back_up_does_not_loop(tmp_path):
    """People link their crawls into the folder: a linked folder's reports are read, a second link to the same
    folder does not read them twice, and a link to a folder above ends instead of walking round."""
    crawl = tmp_path / "crawl" / "2024"
    crawl.mkdir(parents=True)
    (crawl / "page.html").write_text("<p>某某县2024年政府信息公开工作年度报告</p>", encoding="utf-8")
    root = tmp_path / "raw"
    root.mkdir()
    (root / "own.txt").write_text("某某县2023年政府信息公开工作年度报告\n", encoding="utf-8")
    os.symlink(tmp_path / "crawl", root / "a_crawl")
    os.symlink(tmp_path / "crawl", root / "b_same_crawl")
    os.symlink("..", root / "up")
    os.symlink(".", root / "here")
    (tmp_path / "beside.txt").write_text("某某县2022年政府信息公开工作年度报告\n", encoding="utf-8")
    assert [e.display_path for e in scan(root)] == ["a_crawl/2024/page.html", "own.txt"]
    assert all(e.problem is None for e in scan(root))
