"""Opening through the OS keychain: a convenience that can vanish without losing anything."""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from sqlmodel import Session

from vomdesk.domain.audit import AuditAction
from vomdesk.security import keyslots, os_keyring
from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services.drafts import draft_of, keep_draft
from vomdesk.services.keychain import disable_keychain, enable_keychain, keychain_available
from vomdesk.services.open_store import OpenStore
from vomdesk.services.setup import create_store
from vomdesk.services.unlock import Unlocker
from vomdesk.store import repository

PASSPHRASE = "river kettle maple lantern"  # the conftest `store` fixture's passphrase


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def last_action(store: OpenStore) -> str:
    with Session(store.engine) as session:
        return repository.list_audit_entries(session=session, limit=1)[0].action


@pytest.fixture
def keychain_store(store: OpenStore, data_folder: Path) -> tuple[bytes, str]:
    """The store with the keychain enabled, then closed: (data key, store id)."""
    keep_draft(store, "case.intake", {"notes": "readable whichever way the store opens"})
    enable_keychain(store)
    assert last_action(store) == AuditAction.KEYCHAIN_ENABLED.value
    data_key, store_id = store.key_bytes(), store.store_id
    store.close()
    return data_key, store_id


def _entry(memory_keyring: Any, store_id: str) -> tuple[str, str]:
    key = (os_keyring.SERVICE, store_id)
    assert key in memory_keyring.secrets
    return key


def test_enable_stores_a_secret_and_a_slot(
    keychain_store: tuple[bytes, str], data_folder: Path, memory_keyring: Any
) -> None:
    _, store_id = keychain_store
    assert keychain_available()
    secret = base64.b64decode(memory_keyring.secrets[_entry(memory_keyring, store_id)])
    assert len(secret) == 32
    slots = keyslots.KeySlots.load(data_folder / "vomdesk.keys")
    assert slots.has(keyslots.KEYCHAIN)
    assert secret.hex() not in (data_folder / "vomdesk.keys").read_text(encoding="utf-8")


def test_keychain_opens_at_start_and_not_after_a_lock(
    keychain_store: tuple[bytes, str], data_folder: Path
) -> None:
    data_key, _ = keychain_store
    unlocker = Unlocker(data_folder)
    opened = unlocker.with_keychain()
    assert opened is not None
    assert opened.key_bytes() == data_key
    assert draft_of(opened, "case.intake") is not None
    assert last_action(opened) == AuditAction.UNLOCKED.value
    unlocker.lock(opened)
    assert unlocker.keychain_allowed is False
    assert unlocker.with_keychain() is None
    reopened = unlocker.with_passphrase(PASSPHRASE)
    reopened.close()
    # a new start of the app may use the keychain again
    restarted = Unlocker(data_folder).with_keychain()
    assert restarted is not None
    restarted.close()


@pytest.mark.parametrize(
    "entry",
    [
        None,  # deleted from the keychain
        "%%% not base64 %%%",
        base64.b64encode(os.urandom(32)).decode(),  # another secret
        base64.b64encode(b"short").decode(),
    ],
    ids=["deleted", "not-base64", "another-secret", "short"],  # the same on every xdist worker
)
def test_a_lost_or_damaged_keychain_entry_falls_back_to_the_passphrase(
    keychain_store: tuple[bytes, str],
    data_folder: Path,
    memory_keyring: Any,
    entry: str | None,
) -> None:
    data_key, store_id = keychain_store
    key = _entry(memory_keyring, store_id)
    if entry is None:
        del memory_keyring.secrets[key]
    else:
        memory_keyring.secrets[key] = entry
    before = snapshot(data_folder)

    unlocker = Unlocker(data_folder)
    assert unlocker.with_keychain() is None
    assert snapshot(data_folder) == before  # no new key, no new database
    opened = unlocker.with_passphrase(PASSPHRASE)
    try:
        assert opened.key_bytes() == data_key  # the data key was never regenerated
        assert draft_of(opened, "case.intake") is not None
    finally:
        opened.close()


def test_disable_removes_slot_and_secret(
    keychain_store: tuple[bytes, str], data_folder: Path, memory_keyring: Any
) -> None:
    opened = Unlocker(data_folder).with_passphrase(PASSPHRASE)
    try:
        disable_keychain(opened)
        assert last_action(opened) == AuditAction.KEYCHAIN_DISABLED.value
    finally:
        opened.close()
    assert memory_keyring.secrets == {}
    assert not keyslots.KeySlots.load(data_folder / "vomdesk.keys").has(keyslots.KEYCHAIN)
    assert Unlocker(data_folder).with_keychain() is None


def test_no_keychain_slot_or_no_store_gives_none(store: OpenStore, tmp_path: Path) -> None:
    store_folder = store.files.folder
    store.close()
    assert Unlocker(store_folder).with_keychain() is None
    assert Unlocker(tmp_path / "nothing").with_keychain() is None


def test_create_with_the_fail_backend_still_succeeds_without_the_keychain(
    data_folder: Path, recovery_key: str
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert not keychain_available()
    store, keychain_added = create_store(
        data_folder,
        passphrase=PASSPHRASE,
        recovery_key=recovery_key,
        settings={},
        params=CHEAP_TEST_PARAMS,
        use_keychain=True,
        allow_weak_kdf=True,
    )
    store.close()
    assert keychain_added is False
    assert not keyslots.KeySlots.load(data_folder / "vomdesk.keys").has(keyslots.KEYCHAIN)
    assert Unlocker(data_folder).with_keychain() is None
    Unlocker(data_folder).with_passphrase(PASSPHRASE).close()


def test_create_with_the_keychain_opens_through_it(
    data_folder: Path, recovery_key: str, memory_keyring: Any
) -> None:
    store, keychain_added = create_store(
        data_folder,
        passphrase=PASSPHRASE,
        recovery_key=recovery_key,
        settings={},
        params=CHEAP_TEST_PARAMS,
        use_keychain=True,
        allow_weak_kdf=True,
    )
    data_key = store.key_bytes()
    store.close()
    assert keychain_added is True
    assert len(memory_keyring.secrets) == 1
    opened = Unlocker(data_folder).with_keychain()
    assert opened is not None
    assert opened.key_bytes() == data_key
    opened.close()
