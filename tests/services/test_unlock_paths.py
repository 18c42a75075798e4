"""Unlocking with the passphrase or the recovery key, failed attempts, changing secrets."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlmodel import Session

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.recovery_key import ALPHABET
from vomdesk.security import keyslots
from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services import errors
from vomdesk.services.drafts import draft_of, keep_draft
from vomdesk.services.open_store import OpenStore
from vomdesk.services.passphrases import change_passphrase
from vomdesk.services.recovery import new_recovery_key, replace_recovery_key
from vomdesk.services.settings import read_settings
from vomdesk.services.setup import create_store
from vomdesk.services.unlock import Unlocker
from vomdesk.store import repository
from vomdesk.store.models import AuditEntry

PASSPHRASE = "river kettle maple lantern"  # the conftest `store` fixture's passphrase
PROGRAM = {"program.name": "Valle Verde Mediación", "mediator.name": "Ana Ruiz"}
NEW_PASSPHRASE = "copper meadow violin harbour"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by relative name and SHA-256: changes and additions show."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def audit_entries(store: OpenStore) -> list[AuditEntry]:
    """Oldest first."""
    with Session(store.engine) as session:
        return list(reversed(repository.list_audit_entries(session=session)))


def unlock_recovery(unlocker: Unlocker, key: str, new: str = NEW_PASSPHRASE) -> OpenStore:
    return unlocker.with_recovery_key(key, new, CHEAP_TEST_PARAMS, allow_weak=True)


def test_create_lock_and_unlock_with_the_passphrase(data_folder: Path, recovery_key: str) -> None:
    store, keychain_added = create_store(
        data_folder,
        passphrase=PASSPHRASE,
        recovery_key=recovery_key,
        settings=dict(PROGRAM),
        params=CHEAP_TEST_PARAMS,
        allow_weak_kdf=True,
    )
    assert keychain_added is False
    names = {p.name for p in data_folder.iterdir()}  # the open store has its -wal and -shm
    assert names <= {"vomdesk.db", "vomdesk.keys", "vomdesk.db-wal", "vomdesk.db-shm"}
    assert {"vomdesk.db", "vomdesk.keys"} <= names  # and no half-built leftovers
    store_id, data_key = store.store_id, store.key_bytes()
    keep_draft(store, "case.intake", {"notes": "before locking"})

    unlocker = Unlocker(data_folder)
    unlocker.lock(store)
    assert not store.is_open
    with pytest.raises(RuntimeError):
        store.key_bytes()

    reopened = unlocker.with_passphrase(PASSPHRASE)
    try:
        assert reopened.store_id == store_id
        assert reopened.key_bytes() == data_key
        assert {k: read_settings(reopened)[k] for k in PROGRAM} == PROGRAM
        assert draft_of(reopened, "case.intake") is not None
        assert [e.action for e in audit_entries(reopened)][-2:] == ["locked", "unlocked"]
    finally:
        reopened.close()


def test_wrong_passphrase_changes_nothing_and_is_counted(
    store: OpenStore, data_folder: Path
) -> None:
    store.close()
    before = snapshot(data_folder)
    unlocker = Unlocker(data_folder)
    for attempt in (1, 2, 3):
        with pytest.raises(errors.WrongPassphrase):
            unlocker.with_passphrase(f"{PASSPHRASE} {attempt}")
        assert unlocker.failed_attempts == attempt
        assert snapshot(data_folder) == before
    with pytest.raises(errors.WrongPassphrase):
        unlocker.with_passphrase(PASSPHRASE.upper())  # Caps Lock
    assert snapshot(data_folder) == before

    opened = unlocker.with_passphrase(PASSPHRASE)
    try:
        assert unlocker.failed_attempts == 0
        last = audit_entries(opened)[-1]
        assert last.action == AuditAction.UNLOCKED.value
        assert last.detail == "4 failed attempts before"
    finally:
        unlocker.lock(opened)

    again = unlocker.with_passphrase(PASSPHRASE)
    try:
        last = audit_entries(again)[-1]
        assert last.action == AuditAction.UNLOCKED.value
        assert last.detail is None
    finally:
        again.close()


def test_recovery_key_typed_loosely_opens_and_sets_a_new_passphrase(
    store: OpenStore, data_folder: Path, recovery_key: str
) -> None:
    data_key = store.key_bytes()
    store.close()
    unlocker = Unlocker(data_folder)
    typed = recovery_key.lower().replace("-", "")
    opened = unlock_recovery(unlocker, typed)
    try:
        assert opened.key_bytes() == data_key
        assert read_settings(opened)["program.name"] == PROGRAM["program.name"]
        actions = [e.action for e in audit_entries(opened)]
        assert actions[-2:] == ["passphrase_changed", "unlocked_with_recovery_key"]
    finally:
        unlocker.lock(opened)

    fresh = Unlocker(data_folder)
    with pytest.raises(errors.WrongPassphrase):
        fresh.with_passphrase(PASSPHRASE)
    reopened = fresh.with_passphrase(NEW_PASSPHRASE)
    try:
        assert reopened.key_bytes() == data_key
        last = audit_entries(reopened)[-1]
        assert last.detail == "1 failed attempts before"
    finally:
        reopened.close()
    # the printed kit keeps working
    again = unlock_recovery(Unlocker(data_folder), recovery_key, "amber pillow grocer tundra")
    again.close()


def _mistype(key: str, group: int) -> str:
    """Change the first character of ``group`` (from 1) to another valid character."""
    index = (group - 1) * 6
    replacement = ALPHABET[(ALPHABET.index(key[index]) + 1) % len(ALPHABET)]
    return key[:index] + replacement + key[index + 1 :]


def test_a_mistyped_recovery_key_is_refused_before_anything_is_tried(
    store: OpenStore, data_folder: Path, recovery_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()
    before = snapshot(data_folder)

    def must_not_run(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the key file was read for a mistyped key")

    monkeypatch.setattr(keyslots.KeySlots, "load", must_not_run)
    unlocker = Unlocker(data_folder)
    for typed in (_mistype(recovery_key, 3), recovery_key[:-2], recovery_key + "X"):
        with pytest.raises(errors.RecoveryKeyMistyped):
            unlock_recovery(unlocker, typed)
    assert unlocker.failed_attempts == 0
    assert snapshot(data_folder) == before


def test_a_valid_but_wrong_recovery_key_is_refused(store: OpenStore, data_folder: Path) -> None:
    store.close()
    before = snapshot(data_folder)
    unlocker = Unlocker(data_folder)
    with pytest.raises(errors.WrongRecoveryKey):
        unlock_recovery(unlocker, new_recovery_key())
    assert unlocker.failed_attempts == 1
    assert snapshot(data_folder) == before


def test_a_weak_new_passphrase_during_recovery_changes_nothing(
    store: OpenStore, data_folder: Path, recovery_key: str
) -> None:
    store.close()
    before = snapshot(data_folder)
    with pytest.raises(errors.WeakPassphrase):
        unlock_recovery(Unlocker(data_folder), recovery_key, "password1")
    assert snapshot(data_folder) == before
    Unlocker(data_folder).with_passphrase(PASSPHRASE).close()


def test_change_passphrase(store: OpenStore, data_folder: Path) -> None:
    keep_draft(store, "case.intake", {"notes": "unchanged by a new passphrase"})
    settings_before = read_settings(store)
    data_key = store.key_bytes()
    key_file = (data_folder / "vomdesk.keys").read_bytes()

    with pytest.raises(errors.WrongPassphrase):
        change_passphrase(
            store, current="not it at all", new=NEW_PASSPHRASE, params=CHEAP_TEST_PARAMS,
            allow_weak=True,
        )  # fmt: skip
    with pytest.raises(errors.WeakPassphrase):
        change_passphrase(
            store, current=PASSPHRASE, new="abc", params=CHEAP_TEST_PARAMS, allow_weak=True
        )
    with pytest.raises(errors.WeakPassphrase):
        change_passphrase(
            store, current=PASSPHRASE, new="Valle Verde 2026!!", params=CHEAP_TEST_PARAMS,
            personal_words=[PROGRAM["program.name"]], allow_weak=True,
        )  # fmt: skip
    assert (data_folder / "vomdesk.keys").read_bytes() == key_file

    change_passphrase(
        store, current=PASSPHRASE, new=NEW_PASSPHRASE, params=CHEAP_TEST_PARAMS, allow_weak=True
    )
    assert (data_folder / "vomdesk.keys").read_bytes() != key_file
    assert audit_entries(store)[-1].action == AuditAction.PASSPHRASE_CHANGED.value
    store.close()

    unlocker = Unlocker(data_folder)
    with pytest.raises(errors.WrongPassphrase):
        unlocker.with_passphrase(PASSPHRASE)
    reopened = unlocker.with_passphrase(NEW_PASSPHRASE)
    try:
        assert reopened.key_bytes() == data_key
        assert read_settings(reopened) == settings_before
        assert draft_of(reopened, "case.intake") is not None
    finally:
        reopened.close()


def test_replacing_the_recovery_key_makes_the_old_one_useless(
    store: OpenStore, data_folder: Path, recovery_key: str
) -> None:
    new_key = new_recovery_key()
    replace_recovery_key(store, new_key)
    assert audit_entries(store)[-1].action == AuditAction.RECOVERY_KEY_REPLACED.value
    store.close()

    with pytest.raises(errors.WrongRecoveryKey):
        unlock_recovery(Unlocker(data_folder), recovery_key)
    opened = unlock_recovery(Unlocker(data_folder), new_key)
    opened.close()
    with pytest.raises(errors.WrongPassphrase):
        Unlocker(data_folder).with_passphrase(PASSPHRASE)  # recovery set a new passphrase
