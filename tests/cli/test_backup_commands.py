"""`vomdesk backup`, `restore` and `check --backup`, run as a user would: a separate process."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vomdesk.services.demo import fill_with_demo_cases
from vomdesk.services.unlock import Unlocker

PASSPHRASE = "river kettle maple lantern"
KEY_LINE = re.compile(r"^  (\S+)$", re.MULTILINE)


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def vomdesk(
    *args: str | Path, passphrase: str | None = None, recovery_key: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["VOMDESK_INSECURE_TEST_KDF"] = "1"
    env.pop("VOMDESK_PASSPHRASE", None)
    env.pop("VOMDESK_RECOVERY_KEY", None)
    if passphrase is not None:
        env["VOMDESK_PASSPHRASE"] = passphrase
    if recovery_key is not None:
        env["VOMDESK_RECOVERY_KEY"] = recovery_key
    return subprocess.run(
        [sys.executable, "-m", "vomdesk", *map(str, args)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def backup(store, recovery_key: str, tmp_path: Path) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """A store with five demo cases (made in-process: quick), backed up by `vomdesk backup --to`
    run as a separate process; with its recovery key."""
    fill_with_demo_cases(store, count=5)
    data = store.files.folder
    store.close()
    made = vomdesk("backup", "--to", tmp_path / "usb", "--data-dir", data, passphrase=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Backed up and verified: ") and "(5 cases)" in made.stdout
    folders = list((tmp_path / "usb").iterdir())
    assert len(folders) == 1 and folders[0].name.startswith("vomdesk-backup-")
    return folders[0], recovery_key


def test_backup_check_and_restore(backup: tuple[Path, str], tmp_path: Path) -> None:
    folder, _key = backup
    checked = vomdesk("check", "--backup", folder, passphrase=PASSPHRASE)
    assert (checked.returncode, checked.stdout) == (0, "ok\n"), checked.stderr
    new = tmp_path / "new laptop" / "data"
    restored = vomdesk("restore", folder, "--data-dir", new, passphrase=PASSPHRASE)
    assert restored.returncode == 0, restored.stderr
    assert "5 cases" in restored.stdout and f"Restored into {new}" in restored.stdout
    listed = vomdesk("list", "--format", "json", "--data-dir", new, passphrase=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count('"number"') == 5
    store_check = vomdesk("check", "--data-dir", new, passphrase=PASSPHRASE)
    assert store_check.returncode == 0 and store_check.stdout.endswith("ok\n")


def test_restore_with_the_recovery_key_from_the_database_file(
    backup: tuple[Path, str], tmp_path: Path
) -> None:
    folder, key = backup
    new = tmp_path / "new"
    restored = vomdesk("restore", folder / "vomdesk.db", "--data-dir", new, recovery_key=key)
    assert restored.returncode == 0, restored.stderr
    Unlocker(new).with_passphrase(PASSPHRASE).close()  # the backup's passphrase slot came along


def test_restore_refuses_a_folder_that_holds_a_store(
    backup: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _key = backup
    data = tmp_path / "data"
    before = snapshot(data)
    refused = vomdesk("restore", folder, "--data-dir", data, passphrase=PASSPHRASE)
    assert refused.returncode == 1
    assert refused.stderr == (
        "vomdesk restore: Restore only into a new, empty folder: nothing was overwritten.\n"
    )
    assert snapshot(data) == before
    missing = vomdesk("restore", folder, passphrase=PASSPHRASE)
    assert missing.returncode == 1 and "--data-dir" in missing.stderr


def test_wrong_passphrase_is_one_line(backup: tuple[Path, str], tmp_path: Path) -> None:
    folder, _key = backup
    for command in (
        ("check", "--backup", folder),
        ("restore", folder, "--data-dir", tmp_path / "new"),
    ):
        result = vomdesk(*command, passphrase="wrong wrong wrong wrong")
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and "That passphrase does not open" in result.stderr
    assert not (tmp_path / "new").exists()


def test_a_damaged_backup_is_reported_and_left_as_it_was(
    backup: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _key = backup
    database = folder / "vomdesk.db"
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x5A
    database.write_bytes(bytes(data))
    before = snapshot(folder)
    checked = vomdesk("check", "--backup", folder, passphrase=PASSPHRASE)
    assert checked.returncode == 1 and checked.stdout and checked.stdout != "ok\n"
    restored = vomdesk("restore", folder, "--data-dir", tmp_path / "new", passphrase=PASSPHRASE)
    assert restored.returncode == 1
    assert restored.stderr.startswith("vomdesk restore: This backup is damaged")
    assert not (tmp_path / "new").exists()
    assert snapshot(folder) == before


def test_a_truncated_backup_is_refused(backup: tuple[Path, str], tmp_path: Path) -> None:
    folder, _key = backup
    database = folder / "vomdesk.db"
    database.write_bytes(database.read_bytes()[: 3 * 4096])
    checked = vomdesk("check", "--backup", folder, passphrase=PASSPHRASE)
    assert checked.returncode == 1 and checked.stdout != "ok\n"
    restored = vomdesk("restore", folder, "--data-dir", tmp_path / "new", passphrase=PASSPHRASE)
    assert restored.returncode == 1 and "This backup is damaged" in restored.stderr


def test_a_missing_backup_is_one_line_before_any_prompt(tmp_path: Path) -> None:
    result = vomdesk("check", "--backup", tmp_path / "nothing")
    assert result.returncode == 1
    assert result.stderr.startswith("vomdesk check: There is no vomdesk backup there")
