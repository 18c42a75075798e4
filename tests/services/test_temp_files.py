"""Private temporary files: a 0700 folder of the app, 0600 files, leftovers cleaned at start."""

from __future__ import annotations

import os
import stat
import time

import pytest

from vomdesk.services.temp_files import (
    clean_temp_files,
    private_copy,
    private_temp_file,
    temp_folder,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def test_the_folder_is_the_apps_own_and_not_the_system_temp(tmp_path, monkeypatch):
    monkeypatch.setenv("VOMDESK_TEMP_DIR", str(tmp_path / "private"))
    path = private_temp_file(".pdf")
    assert path.parent == temp_folder() == tmp_path / "private"
    assert path.suffix == ".pdf" and path.read_bytes() == b""


@posix_only
def test_folder_0700_and_files_0600_even_when_the_folder_was_open(tmp_path, monkeypatch):
    folder = tmp_path / "private"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    monkeypatch.setenv("VOMDESK_TEMP_DIR", str(folder))
    path = private_temp_file()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_private_copy_holds_the_data_and_is_gone_afterwards(tmp_path, monkeypatch):
    monkeypatch.setenv("VOMDESK_TEMP_DIR", str(tmp_path / "private"))
    with private_copy(b"%PDF-1.4 data", ".pdf") as path:
        assert path.read_bytes() == b"%PDF-1.4 data"
    assert not path.exists()
    with pytest.raises(RuntimeError), private_copy(b"x") as failing:
        raise RuntimeError("the print system failed")
    assert not failing.exists()
    assert list(temp_folder().iterdir()) == []


def test_clean_removes_old_leftovers_and_keeps_a_file_being_printed(tmp_path, monkeypatch):
    monkeypatch.setenv("VOMDESK_TEMP_DIR", str(tmp_path / "private"))
    assert clean_temp_files() == 0, "no folder yet: nothing to do"
    old_file, recent = private_temp_file(".pdf"), private_temp_file(".pdf")
    old_folder = temp_folder() / "vomdesk-print-old"
    old_folder.mkdir()
    (old_folder / "document.pdf").write_bytes(b"left by a crash")
    an_hour_ago = time.time() - 3600
    for path in (old_file, old_folder):
        os.utime(path, (an_hour_ago, an_hour_ago))

    assert clean_temp_files() == 2
    assert list(temp_folder().iterdir()) == [recent]
    assert clean_temp_files(keep_recent_seconds=0) == 1
    assert list(temp_folder().iterdir()) == []
