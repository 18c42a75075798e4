"""Bytes flipped in a copy of the store or of a backup: `vomdesk check` says so, changes nothing.

Each damaged copy gets one flipped byte at a different place: the salt at the start of the
header page, the header page's encrypted part, data pages early, in the middle and at the end
of the file (their content, their IV, their HMAC). The real CLI checks it in a separate process,
as a mediator or an administrator would run it; the copies' bytes are compared before and after.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vomdesk.services.backups import FOLDER, make_backup
from vomdesk.services.demo import fill_with_demo_cases

PASSPHRASE = "river kettle maple lantern"
PAGE = 4096
RESERVE = 80  # SQLCipher 4 keeps each page's IV (16 bytes) and HMAC (64) at its end


def digests(folder: Path) -> dict[str, str]:
    """The database and key file with the SHA-256 of their bytes; a write-ahead log a read-only
    connection leaves behind must be empty (SQLite makes one, and the shared-memory index, to
    read a WAL-mode database; neither holds data then)."""
    wal = folder / "vomdesk.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0, "something was written to the WAL"
    return {
        name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
        for name in ("vomdesk.db", "vomdesk.keys")
    }


def flip(path: Path, offset: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ 0x5A]))


def start_check(*args: str | Path) -> subprocess.Popen[str]:
    env = dict(os.environ, VOMDESK_PASSPHRASE=PASSPHRASE)
    return subprocess.Popen(
        [sys.executable, "-m", "vomdesk", "check", *map(str, args)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def places(size: int) -> dict[str, int]:
    """Where to flip one byte each, by name."""
    pages = size // PAGE
    assert pages >= 20, "a store big enough to have data pages"
    return {
        "salt in the header page": 7,
        "header page, encrypted part": 40,
        "second page (schema)": PAGE + 300,
        "a data page a third in": (pages // 3) * PAGE + 1000,
        "a data page's IV, halfway": (pages // 2) * PAGE + PAGE - RESERVE + 3,
        "the last page's HMAC": size - 5,
    }


@pytest.fixture
def sound_store(store, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A closed store with demo cases in it, and a backup of it in ``tmp_path/usb``."""
    fill_with_demo_cases(store, count=3)
    make_backup(store, tmp_path / "usb", FOLDER)
    store.close()
    return store.files.folder  # type: ignore[no-any-return]


def test_flipped_bytes_are_reported_and_the_copy_is_left_as_it_was(
    sound_store: Path, tmp_path: Path
) -> None:
    size = (sound_store / "vomdesk.db").stat().st_size
    copies: dict[str, tuple[Path, dict[str, str], subprocess.Popen[str]]] = {}
    for index, (name, offset) in enumerate(places(size).items()):
        copy = tmp_path / f"copy{index}"
        copy.mkdir()
        for file in ("vomdesk.db", "vomdesk.keys"):
            shutil.copy2(sound_store / file, copy / file)
        flip(copy / "vomdesk.db", offset)
        before = digests(copy)
        copies[name] = (copy, before, start_check("--data-dir", copy))
    failures = []
    for name, (copy, before, check) in copies.items():
        out, err = check.communicate(timeout=120)
        said = (out + err).strip()
        if check.returncode == 0 or not said:
            failures.append(f"{name}: not reported (exit {check.returncode}): {said[:300]!r}")
        if digests(copy) != before:
            failures.append(f"{name}: the check changed the copy ({said[:300]!r})")
    assert not failures, "\n".join(failures)


def test_a_flipped_byte_in_a_backup_is_reported_and_the_backup_is_left_as_it_was(
    sound_store: Path, tmp_path: Path
) -> None:
    (backup,) = (tmp_path / "usb").iterdir()
    sound = start_check("--backup", backup)
    out, err = sound.communicate(timeout=120)
    assert sound.returncode == 0 and out.strip() == "ok", err
    size = (backup / "vomdesk.db").stat().st_size
    checks = []
    for index, offset in enumerate((40, size // 2 + 77)):
        copy = tmp_path / f"backup{index}"
        shutil.copytree(backup, copy)
        flip(copy / "vomdesk.db", offset)
        checks.append((offset, copy, digests(copy), start_check("--backup", copy)))
    for offset, copy, before, check in checks:
        out, err = check.communicate(timeout=120)
        assert check.returncode != 0, f"byte {offset}: not reported: {out!r}"
        assert (out + err).strip(), "no message"
        assert digests(copy) == before, f"byte {offset}: the check changed the backup"
