"""Temporary files in a private folder of the app (0700), each file 0600, cleaned at start.

Printing hands a PDF to the print system as a file; that copy lives here, never in the shared
system temporary folder, and is removed as soon as it has been handed over. What a crash or the
Windows print verb leaves behind is removed the next time the app starts.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import platformdirs

from vomdesk.paths import APP

TEMP_DIR_ENV = "VOMDESK_TEMP_DIR"
PREFIX = "vomdesk-"
KEEP_RECENT_SECONDS = 60.0  # another window of the app may be handing a file over right now


def temp_folder() -> Path:
    """The private folder: $VOMDESK_TEMP_DIR if set, else ``tmp`` in the per-user cache folder."""
    override = os.environ.get(TEMP_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_cache_dir(APP, appauthor=False)) / "tmp"


def private_folder() -> Path:
    """The private folder, created if needed and readable by this user only."""
    folder = temp_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) != 0o700:
        folder.chmod(0o700)
    return folder


def private_temp_file(suffix: str = "") -> Path:
    """A new empty file (0600) in the private folder; the caller removes it after use."""
    fd, name = tempfile.mkstemp(prefix=PREFIX, suffix=suffix, dir=private_folder())
    os.close(fd)
    path = Path(name)
    if os.name == "posix":
        path.chmod(0o600)
    return path


def write_private_temp_file(data: bytes, suffix: str = "") -> Path:
    """``data`` in a new private temporary file, flushed to disk; the caller removes it."""
    path = private_temp_file(suffix)
    try:
        with path.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        remove_quietly(path)
        raise
    return path


@contextlib.contextmanager
def private_copy(data: bytes, suffix: str = "") -> Iterator[Path]:
    """``data`` as a private temporary file for the ``with`` block; removed afterwards."""
    path = write_private_temp_file(data, suffix)
    try:
        yield path
    finally:
        remove_quietly(path)


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def clean_temp_files(*, keep_recent_seconds: float = KEEP_RECENT_SECONDS) -> int:
    """Remove what earlier runs left in the private folder; returns how many entries went.

    Entries changed in the last ``keep_recent_seconds`` are left alone: another window of the
    app may be printing.
    """
    folder = temp_folder()
    if not folder.is_dir():
        return 0
    removed = 0
    now = time.time()
    for entry in folder.iterdir():
        try:
            if now - entry.lstat().st_mtime < keep_recent_seconds:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            continue  # in use (Windows) or gone already: the next start tries again
        removed += 1
    return removed
