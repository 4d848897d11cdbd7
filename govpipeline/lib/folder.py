"""The raw folder as people fill it: entries that are not regular files, names that are not UTF-8, files that vanish
between listing and reading. No entry may stop or hang a scan; each is either a file to read, a file gone, or an
entry with the reason it cannot be read (which the run quarantines).

Also a fingerprint of the folder, so that a sensor can tell that files were added, changed or removed without
reading them (or the warehouse)."""
from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from govpipeline.lib.stages import list_report_files


class NotReadable(Exception):
    """An entry that is there but cannot be read as a file; the message says why."""


@dataclass(frozen=True)
class Entry:
    rel: str  # path relative to the folder, as the OS names it (bytes that are not UTF-8 kept as surrogates)
    full: str
    size: int
    modified_ns: int
    problem: str | None  # why it cannot be read (a dangling link, a FIFO…); None for a regular file

    @property
    def display_path(self) -> str:
        return readable_path(self.rel)


def readable_path(rel: str) -> str:
    """The path to show and store (valid UTF-8). A name that is not UTF-8 usually comes from a Windows zip, so a
    part that decodes as GB18030 is shown so; other undecodable bytes are shown as \\xNN escapes. The doc_id keeps
    the exact bytes (``name_bytes``), so two names that display alike stay two documents."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        pass
    parts = []
    for part in rel.split("/"):
        raw = part.encode("utf-8", "surrogateescape")
        try:
            parts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                parts.append(raw.decode("gb18030"))
            except UnicodeDecodeError:
                parts.append(raw.decode("utf-8", "backslashreplace"))
    return "/".join(parts)


def name_bytes(rel: str) -> bytes:
    """The exact bytes of a name as listed (lossless for names that are not UTF-8)."""
    return rel.encode("utf-8", "surrogateescape")


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def stat_entry(rel: str, full: str) -> Entry | None:
    """What a listed entry is now, without opening it; None when it vanished since it was listed."""
    try:
        st = os.stat(full)
    except FileNotFoundError:
        if not os.path.lexists(full):
            return None  # deleted after the listing: gone, not broken
        target = os.readlink(full) if os.path.islink(full) else "?"
        return Entry(rel, full, 0, 0, f"a symbolic link to {readable_path(target)!r}, which does not exist")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Entry(rel, full, 0, 0, "a symbolic link that loops (it leads back to itself)")
        return Entry(rel, full, 0, 0, f"cannot be examined: {exc.strerror or exc}")
    if rel.endswith("/"):  # a folder os.walk could not list
        return Entry(rel, full, 0, st.st_mtime_ns, "a folder that cannot be listed (no permission to read it?): "
                                                   "its reports are not read")
    if not stat.S_ISREG(st.st_mode):
        return Entry(rel, full, 0, 0, f"{_kind(st.st_mode)}, not a file; it is not opened")
    return Entry(rel, full, st.st_size, st.st_mtime_ns, None)


def scan(raw_dir: str | os.PathLike, passed_over: Counter | None = None) -> Iterator[Entry]:
    """Every report entry below ``raw_dir`` that is still there, in a stable order; other files counted by suffix
    in ``passed_over``."""
    for rel, full in list_report_files(raw_dir, passed_over):
        entry = stat_entry(rel, full)
        if entry is not None:
            yield entry


def read_file(full: str) -> bytes:
    """The bytes of a regular file. Opened without blocking and checked after opening, so an entry replaced by a
    FIFO or a device since it was examined raises NotReadable instead of hanging; FileNotFoundError when it is
    gone."""
    try:
        fd = os.open(full, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise NotReadable(f"cannot be opened: {exc.strerror or exc}") from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotReadable(f"{_kind(mode)}, not a file; it is not read")
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read()
    except NotReadable:
        raise
    except OSError as exc:
        raise NotReadable(f"cannot be read: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)


def folder_fingerprint(raw_dir: str | os.PathLike) -> tuple[str, int]:
    """(digest of every report entry's path, size and modification time, or why it cannot be read; number of
    entries)."""
    digest = hashlib.sha256()
    n = 0
    for e in scan(raw_dir):
        digest.update(name_bytes(e.rel) + f"\0{e.size}\0{e.modified_ns}\0{e.problem or ''}\n".encode("utf-8"))
        n += 1
    return digest.hexdigest(), n
