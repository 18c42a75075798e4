"""Incomplete, mismatched, damaged, read-only or full data folders: clear errors, no changes."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy.exc import OperationalError

from vomdesk.security import keyslots
from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services import errors, unlock
from vomdesk.services.open_store import OpenStore, translate_disk_error
from vomdesk.services.passphrases import change_passphrase
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.settings import read_settings
from vomdesk.services.setup import create_store
from vomdesk.services.unlock import Unlocker
from vomdesk.store import repository

PASSPHRASE = "river kettle maple lantern"  # the conftest `store` fixture's passphrase
NEW_PASSPHRASE = "copper meadow violin harbour"


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def new_store(folder: Path, recovery_key: str | None = None, **extra: Any) -> OpenStore:
    store, _ = create_store(
        folder,
        passphrase=PASSPHRASE,
        recovery_key=recovery_key or new_recovery_key(),
        settings={"program.name": "Valle Verde"},
        params=CHEAP_TEST_PARAMS,
        allow_weak_kdf=True,
        **extra,
    )
    return store


def every_way_in(folder: Path, recovery_key: str) -> list[Any]:
    unlocker = Unlocker(folder)
    return [
        lambda: unlocker.with_passphrase(PASSPHRASE),
        lambda: unlocker.with_recovery_key(
            recovery_key, NEW_PASSPHRASE, CHEAP_TEST_PARAMS, allow_weak=True
        ),
    ]


@pytest.fixture
def closed_store(store: OpenStore, data_folder: Path) -> Path:
    store.close()
    return data_folder


def test_an_empty_folder_has_no_store_yet(tmp_path: Path, recovery_key: str) -> None:
    for attempt in every_way_in(tmp_path, recovery_key):
        with pytest.raises(errors.NoStoreYet):
            attempt()
    assert list(tmp_path.iterdir()) == []


def test_database_without_key_file(closed_store: Path, recovery_key: str) -> None:
    (closed_store / "vomdesk.keys").unlink()
    before = snapshot(closed_store)
    for attempt in every_way_in(closed_store, recovery_key):
        with pytest.raises(errors.KeyFileMissing):
            attempt()
    assert Unlocker(closed_store).with_keychain() is None
    assert snapshot(closed_store) == before


def test_key_file_without_database(closed_store: Path, recovery_key: str) -> None:
    (closed_store / "vomdesk.db").unlink()
    before = snapshot(closed_store)
    for attempt in every_way_in(closed_store, recovery_key):
        with pytest.raises(errors.DatabaseMissing):
            attempt()
    assert snapshot(closed_store) == before
    assert not (closed_store / "vomdesk.db").exists()  # never made anew


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],
        lambda b: b"",
        lambda b: b"\x00" * len(b),
        lambda b: b.replace(b'"salt": "', b'"salt": "%'),  # non-base64 field
    ],
)
def test_a_damaged_key_file(closed_store: Path, recovery_key: str, damage: Any) -> None:
    key_file = closed_store / "vomdesk.keys"
    key_file.write_bytes(damage(key_file.read_bytes()))
    before = snapshot(closed_store)
    for attempt in every_way_in(closed_store, recovery_key):
        with pytest.raises(errors.KeyFileDamaged):
            attempt()
    assert snapshot(closed_store) == before


def test_a_key_file_from_a_newer_version(closed_store: Path, recovery_key: str) -> None:
    key_file = closed_store / "vomdesk.keys"
    key_file.write_bytes(key_file.read_bytes().replace(b'"version": 1', b'"version": 99'))
    before = snapshot(closed_store)
    for attempt in every_way_in(closed_store, recovery_key):
        with pytest.raises(errors.StoreTooNew):
            attempt()
    assert snapshot(closed_store) == before


def test_the_key_file_of_another_store(
    closed_store: Path, recovery_key: str, tmp_path: Path
) -> None:
    other_key = new_recovery_key()
    new_store(tmp_path / "other", other_key).close()
    shutil.copy(tmp_path / "other" / "vomdesk.keys", closed_store / "vomdesk.keys")
    before = snapshot(closed_store)
    unlocker = Unlocker(closed_store)
    with pytest.raises(errors.StoreMismatch):
        unlocker.with_passphrase(PASSPHRASE)  # same passphrase: the other store's key opens
    with pytest.raises(errors.StoreMismatch):
        unlocker.with_recovery_key(other_key, NEW_PASSPHRASE, CHEAP_TEST_PARAMS, allow_weak=True)
    assert snapshot(closed_store) == before


def test_a_damaged_database_is_reported_not_raised_raw(closed_store: Path) -> None:
    """Page 1 stays readable (the key check passes); every later page is damaged."""
    database = closed_store / "vomdesk.db"
    content = bytearray(database.read_bytes())
    assert len(content) >= 3 * 4096
    for page_start in range(4096, len(content), 4096):
        for offset in range(page_start + 100, page_start + 164):
            content[offset] ^= 0x5A
    database.write_bytes(bytes(content))
    before = snapshot(closed_store)
    with pytest.raises(errors.StoreMismatch):
        Unlocker(closed_store).with_passphrase(PASSPHRASE)
    assert snapshot(closed_store) == before


def test_create_refuses_a_folder_that_holds_a_store(closed_store: Path) -> None:
    before = snapshot(closed_store)
    with pytest.raises(errors.StoreExists):
        new_store(closed_store)
    assert snapshot(closed_store) == before
    (closed_store / "vomdesk.keys").unlink()  # half a store is still a store
    before = snapshot(closed_store)
    with pytest.raises(errors.StoreExists):
        new_store(closed_store)
    assert snapshot(closed_store) == before


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"passphrase": "password123"}, errors.WeakPassphrase),
        ({"passphrase": "Valle Verde 2026!!"}, errors.WeakPassphrase),  # the program's name
        ({"recovery_key": "ABCDE-FGHJK"}, errors.RecoveryKeyMistyped),
        ({"settings": {"cases.juvenile_age": 3}}, errors.InvalidSettings),
    ],
)
def test_create_refuses_bad_input_and_makes_nothing(
    data_folder: Path, kwargs: dict[str, Any], problem: type[Exception]
) -> None:
    arguments: dict[str, Any] = {
        "passphrase": PASSPHRASE,
        "recovery_key": new_recovery_key(),
        "settings": {"program.name": "Valle Verde"},
        "params": CHEAP_TEST_PARAMS,
        "allow_weak_kdf": True,
    }
    arguments.update(kwargs)
    with pytest.raises(problem):
        create_store(data_folder, **arguments)
    assert not data_folder.exists()


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod does not stop root from writing; see the simulated tests",
)
def test_a_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(errors.FolderNotWritable):
            new_store(folder)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize(
    ("code", "problem"),
    [(errno.EROFS, errors.FolderNotWritable), (errno.EACCES, errors.FolderNotWritable),
     (errno.ENOSPC, errors.DiskFull)],
)  # fmt: skip
def test_create_on_a_read_only_or_full_disk_leaves_nothing(
    data_folder: Path, memory_keyring: Any, monkeypatch: pytest.MonkeyPatch, code: int,
    problem: type[Exception],
) -> None:  # fmt: skip
    def refuse(path: Path, data: bytes, *, mode: int = 0o600) -> None:
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(keyslots, "write_file_safely", refuse)
    with pytest.raises(problem):
        new_store(data_folder, use_keychain=True)
    assert list(data_folder.iterdir()) == []  # no database, key file or half-built folder
    assert memory_keyring.secrets == {}  # the keychain secret is taken back


@pytest.mark.parametrize(
    ("code", "problem"), [(errno.EROFS, errors.FolderNotWritable), (errno.ENOSPC, errors.DiskFull)]
)
def test_changing_the_passphrase_on_a_full_disk_keeps_the_old_one(
    store: OpenStore, data_folder: Path, monkeypatch: pytest.MonkeyPatch, code: int,
    problem: type[Exception],
) -> None:  # fmt: skip
    """The real safe-save runs; its fsync fails after the temporary file was written."""
    key_file = (data_folder / "vomdesk.keys").read_bytes()
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(problem):
        change_passphrase(
            store, current=PASSPHRASE, new=NEW_PASSPHRASE, params=CHEAP_TEST_PARAMS,
            allow_weak=True,
        )  # fmt: skip
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert (data_folder / "vomdesk.keys").read_bytes() == key_file
    assert [p.name for p in data_folder.iterdir() if p.name.endswith(".tmp")] == []
    assert read_settings(store)["program.name"]  # the open store is still usable
    store.close()
    Unlocker(data_folder).with_passphrase(PASSPHRASE).close()
    with pytest.raises(errors.WrongPassphrase):
        Unlocker(data_folder).with_passphrase(NEW_PASSPHRASE)


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ("database or disk is full", errors.DiskFull),
        ("attempt to write a readonly database", errors.FolderNotWritable),
        ("unable to open database file", errors.FolderNotWritable),
    ],
)
def test_database_disk_errors_are_translated(message: str, problem: type[Exception]) -> None:
    raw = sqlcipher3.OperationalError(message)
    assert isinstance(translate_disk_error(raw), problem)
    wrapped = OperationalError("INSERT ...", {}, raw)
    assert isinstance(translate_disk_error(wrapped), problem)
    assert translate_disk_error(sqlcipher3.OperationalError("no such table: x")) is None
    assert translate_disk_error(OSError(errno.ENOENT, "gone")) is None


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_an_unlock_whose_audit_entry_cannot_be_written_closes_the_store(
    closed_store: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """A read-only or full disk found at the first write: the key must not stay in memory."""
    opened: list[OpenStore] = []
    real_open = unlock.open_with_data_key

    def recording_open(*args: Any) -> OpenStore:
        opened.append(real_open(*args))
        return opened[-1]

    def refuse(**_kwargs: Any) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(unlock, "open_with_data_key", recording_open)
    monkeypatch.setattr(repository, "add_audit_entry", refuse)
    before = snapshot(closed_store)
    with pytest.raises((errors.FolderNotWritable, errors.DiskFull)):
        Unlocker(closed_store).with_passphrase(PASSPHRASE)
    assert len(opened) == 1
    assert not opened[0].is_open
    assert snapshot(closed_store) == before  # closed: no -wal or -shm left behind


def test_a_new_store_is_readable_only_by_its_owner(store):
    import stat

    for path in (store.files.folder, store.files.database, store.files.key_file):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path.name} is open to others: {oct(mode)}"
