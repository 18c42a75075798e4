"""Backup options: a separate backup passphrase, rotation counts from the settings, the backup log,
the remembered data folder, and the cloud-sync / network folder rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from vomdesk.domain.backup_rotation import RotationPolicy, backups_to_keep
from vomdesk.domain.folder_kinds import FolderKind, Mount, folder_kind, parse_mounts
from vomdesk.security import keyslots
from vomdesk.services import errors
from vomdesk.services.backup_log import backups_made, is_outside, reminder_due
from vomdesk.services.backup_restore import check_backup, inspect_backup, restore_backup
from vomdesk.services.backups import (
    AUTOMATIC,
    FOLDER,
    automatic_backups,
    backup_if_due,
    make_backup,
    rotation_policy,
)
from vomdesk.services.data_folder import (
    chosen_data_folder,
    current_data_folder,
    remember_data_folder,
)
from vomdesk.services.demo import fill_with_demo_cases
from vomdesk.services.folder_kinds import kind_of_folder, read_mounts
from vomdesk.services.open_store import OpenStore
from vomdesk.services.settings import save_settings
from vomdesk.services.unlock import Unlocker

PASSPHRASE = "river kettle maple lantern"
BACKUP_PASSPHRASE = "copper willow harbour sunrise"


# --- a separate backup passphrase ---------------------------------------------------------
def test_a_backup_with_its_own_passphrase_opens_only_with_it(
    store: OpenStore, recovery_key: str, tmp_path: Path
) -> None:
    fill_with_demo_cases(store, count=2)
    record = make_backup(store, tmp_path / "usb", FOLDER, backup_passphrase=BACKUP_PASSPHRASE)
    assert record.verified and record.cases == 2
    folder = Path(record.location)
    slots = keyslots.KeySlots.load(folder / "vomdesk.keys")
    assert set(slots.slots) == {keyslots.PASSPHRASE}
    assert slots.store_id == store.store_id
    assert inspect_backup(folder, BACKUP_PASSPHRASE).cases == 2
    assert check_backup(folder, BACKUP_PASSPHRASE) == []
    with pytest.raises(errors.WrongPassphrase):
        inspect_backup(folder, PASSPHRASE)
    with pytest.raises(errors.BackupNeedsItsPassphrase):  # no recovery slot at all
        inspect_backup(folder, recovery_key=recovery_key)
    with pytest.raises(errors.WrongPassphrase):
        restore_backup(folder, tmp_path / "new", passphrase=PASSPHRASE)
    assert not (tmp_path / "new").exists()
    restored = restore_backup(folder, tmp_path / "new", passphrase=BACKUP_PASSPHRASE)
    opened = Unlocker(restored).with_passphrase(BACKUP_PASSPHRASE)
    try:
        assert opened.store_id == store.store_id
    finally:
        opened.close()
    assert inspect_backup(restored, BACKUP_PASSPHRASE).cases == 2
    # the store itself keeps its own slots
    assert store.slots.has(keyslots.RECOVERY)
    store.slots.open_with_passphrase(PASSPHRASE)


@pytest.mark.parametrize("weak", ["short", "Valle Verde Mediación 1", "password password"])
def test_a_weak_backup_passphrase_is_refused_before_anything_is_written(
    store: OpenStore, tmp_path: Path, weak: str
) -> None:
    with pytest.raises(errors.WeakPassphrase):
        make_backup(store, tmp_path / "usb", FOLDER, backup_passphrase=weak)
    assert not (tmp_path / "usb").exists()
    assert backups_made(store) == []


def test_the_cli_backs_up_with_a_separate_passphrase(store: OpenStore, tmp_path: Path) -> None:
    data = store.files.folder
    store.close()
    env = {**os.environ, "VOMDESK_INSECURE_TEST_KDF": "1", "VOMDESK_PASSPHRASE": PASSPHRASE}
    env["VOMDESK_BACKUP_PASSPHRASE"] = BACKUP_PASSPHRASE
    command = [sys.executable, "-m", "vomdesk", "backup", "--to", str(tmp_path / "usb")]
    command += ["--separate-passphrase", "--data-dir", str(data)]
    run = subprocess.run(
        command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    (folder,) = (tmp_path / "usb").iterdir()
    assert inspect_backup(folder, BACKUP_PASSPHRASE).cases == 0
    with pytest.raises(errors.WrongPassphrase):
        inspect_backup(folder, PASSPHRASE)
    env["VOMDESK_BACKUP_PASSPHRASE"] = "short"
    weak = subprocess.run(
        command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120
    )
    assert weak.returncode == 1 and weak.stderr.startswith("vomdesk backup: passphrase not")
    assert len(list((tmp_path / "usb").iterdir())) == 1


# --- rotation counts and the reminder from the settings -----------------------------------
def test_rotation_counts_come_from_the_settings(store: OpenStore) -> None:
    assert rotation_policy(store) == RotationPolicy(7, 4, 12)
    save_settings(
        store, {"backups.keep_daily": 2, "backups.keep_weekly": 0, "backups.keep_monthly": 0}
    )
    assert rotation_policy(store) == RotationPolicy(2, 0, 0)
    start = datetime(2026, 3, 1, 12, tzinfo=UTC)
    for day in range(5):
        assert backup_if_due(store, now=start + timedelta(days=day)) is not None
    kept = automatic_backups(store)
    assert len(kept) == 2
    assert max(kept).astimezone(UTC) == start + timedelta(days=4)


def test_zero_weekly_and_monthly_keep_only_the_daily_ones() -> None:
    made = [datetime(2026, 1, 1, 9) + timedelta(days=n) for n in range(60)]
    kept = backups_to_keep(made, made[-1].date(), RotationPolicy(daily=3, weekly=0, monthly=0))
    assert kept == set(made[-3:])


def test_the_reminder_follows_its_setting_and_an_outside_backup(
    store: OpenStore, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    assert reminder_due(store, now=now + timedelta(days=6)) is None
    assert reminder_due(store, now=now + timedelta(days=7)) == 7
    save_settings(store, {"backups.reminder_days": 3})
    assert reminder_due(store, now=now + timedelta(days=3)) == 3
    make_backup(store, store.files.backups, AUTOMATIC)  # inside the data folder: no help
    assert reminder_due(store, now=now + timedelta(days=3)) == 3
    make_backup(store, tmp_path / "usb", FOLDER)
    assert reminder_due(store, now=now + timedelta(days=2)) is None
    log = backups_made(store)
    assert [r.kind for r in log] == [FOLDER, AUTOMATIC]
    assert [is_outside(r, store) for r in log] == [True, False]
    assert backups_made(store, limit=1) == log[:1]


# --- the remembered data folder ------------------------------------------------------------
def test_the_data_folder_is_remembered_for_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VOMDESK_DATA_DIR")
    assert chosen_data_folder() is None
    usual = current_data_folder()
    remember_data_folder(tmp_path / "restored")
    assert current_data_folder() == (tmp_path / "restored").resolve()
    saved = json.loads((Path(os.environ["VOMDESK_CONFIG_DIR"]) / "computer.json").read_text())
    assert saved["data.folder"] == str((tmp_path / "restored").resolve())
    assert saved["ui.language"] == "en"
    monkeypatch.setenv("VOMDESK_DATA_DIR", str(tmp_path / "explicit"))
    assert current_data_folder() == tmp_path / "explicit"  # the environment still wins
    monkeypatch.delenv("VOMDESK_DATA_DIR")
    remember_data_folder(usual)
    assert chosen_data_folder() is None and current_data_folder() == usual


# --- cloud-sync and network folders ----------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/ana/Dropbox/vomdesk", FolderKind.CLOUD_SYNC),
        ("/home/ana/Dropbox (Valle Verde)/data", FolderKind.CLOUD_SYNC),
        ("/home/ana/OneDrive - Valle Verde/vomdesk", FolderKind.CLOUD_SYNC),
        ("/home/ana/Google Drive/x", FolderKind.CLOUD_SYNC),
        ("/home/ana/GoogleDrive/x", FolderKind.CLOUD_SYNC),
        ("/home/ana/Library/Mobile Documents/com~apple~CloudDocs/x", FolderKind.CLOUD_SYNC),
        ("/home/ana/Library/CloudStorage/Dropbox/x", FolderKind.CLOUD_SYNC),
        ("/home/ana/Nextcloud/vomdesk", FolderKind.CLOUD_SYNC),
        ("/home/ana/ownCloud/vomdesk", FolderKind.CLOUD_SYNC),
        ("/home/ana/pCloud Drive/vomdesk", FolderKind.CLOUD_SYNC),
        ("/home/ana/MEGA/vomdesk", FolderKind.CLOUD_SYNC),
        ("/home/ana/Box/vomdesk", FolderKind.CLOUD_SYNC),
        ("/home/ana/Sync/vomdesk", FolderKind.CLOUD_SYNC),
        ("/home/ana/.local/share/vomdesk", None),
        ("/home/ana/Boxes/vomdesk", None),
        ("/home/ana/megaphone/vomdesk", None),
        ("/home/ana/dropboxes-old/vomdesk", None),
        ("/srv/nfs-share/vomdesk", FolderKind.NETWORK),
        ("/mnt/office/cases", FolderKind.NETWORK),
        ("/mnt/office-local/cases", None),
        ("/media/usb/backups", None),
        ("/remote/ssh/x", FolderKind.NETWORK),
        ("/run/user/1000/gvfs/smb-share:server=nas/x", FolderKind.NETWORK),
    ],
)
def test_folder_kinds(path: str, expected: FolderKind | None) -> None:
    mounts = [
        Mount("/", "ext4"),
        Mount("/srv/nfs-share", "nfs4"),
        Mount("/mnt/office", "cifs"),
        Mount("/mnt/office-local", "ext4"),
        Mount("/media/usb", "vfat"),
        Mount("/remote/ssh", "fuse.sshfs"),
        Mount("/run/user/1000/gvfs", "fuse.gvfsd-fuse"),
    ]
    assert folder_kind(PurePosixPath(path).parts, mounts) is expected


def test_windows_paths_and_mount_lines() -> None:
    assert (
        folder_kind(PureWindowsPath(r"C:\Users\Ana\OneDrive\vomdesk").parts)
        is FolderKind.CLOUD_SYNC
    )
    assert folder_kind(PureWindowsPath(r"G:\My Drive\vomdesk").parts) is FolderKind.CLOUD_SYNC
    assert folder_kind(PureWindowsPath(r"C:\Users\Ana\AppData\Local\vomdesk").parts) is None
    text = "server:/x /mnt/with\\040space nfs rw 0 0\n/dev/sda1 / ext4 rw 0 0\nbroken\n"
    assert parse_mounts(text) == [Mount("/mnt/with space", "nfs"), Mount("/", "ext4")]
    assert (
        folder_kind(PurePosixPath("/mnt/with space/a").parts, parse_mounts(text))
        is FolderKind.NETWORK
    )


def test_this_computers_mounts_are_read(tmp_path: Path) -> None:
    mounts = read_mounts()
    if not Path("/proc/self/mounts").exists():
        pytest.skip("this system does not list its mounts in /proc")
    assert any(m.mount_point == "/" for m in mounts)
    assert kind_of_folder(tmp_path) is None  # a temporary folder is local here
    assert kind_of_folder(tmp_path / "Dropbox" / "not yet made") is FolderKind.CLOUD_SYNC
    assert read_mounts(tmp_path / "missing") == []
