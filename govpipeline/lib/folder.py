"""A fingerprint of the raw folder, so that a sensor can tell that files were added, changed or removed
without reading them (or the warehouse)."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from govpipeline.lib.stages import list_report_files


def folder_fingerprint(raw_dir: str | Path) -> tuple[str, int]:
    """(digest of every report file's path, size and modification time, number of files)."""
    digest = hashlib.sha256()
    n = 0
    for rel, full in list_report_files(raw_dir):
        st = os.stat(full)
        digest.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8"))
        n += 1
    return digest.hexdigest(), n
