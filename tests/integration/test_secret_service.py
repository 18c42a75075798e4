"""The keychain slot against a real Secret Service (gnome-keyring in a private D-Bus session)."""

from __future__ import annotations

import os

import keyring
import pytest

from vomdesk.security import os_keyring
from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.setup import create_store
from vomdesk.services.unlock import Unlocker

pytestmark = [
    pytest.mark.secret_service,
    pytest.mark.skipif(
        os.environ.get("VOMDESK_REAL_SECRET_SERVICE") != "1",
        reason="needs gnome-keyring under dbus-run-session: run `make secret-service-test`",
    ),
]
PASSPHRASE = "river kettle maple lantern"


@pytest.fixture
def secret_service():
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    assert os_keyring.keychain_status().usable, os_keyring.keychain_status()
    return backend


def test_the_real_keychain_opens_the_store_and_losing_it_loses_nothing(secret_service, tmp_path):
    folder = tmp_path / "data"
    store, added = create_store(
        folder,
        passphrase=PASSPHRASE,
        recovery_key=new_recovery_key(),
        settings={"program.name": "Valle Verde"},
        params=CHEAP_TEST_PARAMS,
        allow_weak_kdf=True,
        use_keychain=True,
    )
    store.close()
    assert added
    stored = secret_service.get_password(os_keyring.SERVICE, store.store_id)
    assert stored is not None and len(stored) >= 40

    opened = Unlocker(folder).with_keychain()
    assert opened is not None and opened.store_id == store.store_id
    opened.close()

    secret_service.set_password(os_keyring.SERVICE, store.store_id, "not base64 at all!")
    assert Unlocker(folder).with_keychain() is None, "a damaged entry falls back to the passphrase"

    secret_service.delete_password(os_keyring.SERVICE, store.store_id)
    assert Unlocker(folder).with_keychain() is None
    reopened = Unlocker(folder).with_passphrase(PASSPHRASE)
    assert reopened.store_id == store.store_id
    reopened.close()


def test_a_locked_keychain_never_blocks_the_passphrase(secret_service, tmp_path):
    import secretstorage

    folder = tmp_path / "data"
    store, added = create_store(
        folder,
        passphrase=PASSPHRASE,
        recovery_key=new_recovery_key(),
        settings={"program.name": "Valle Verde"},
        params=CHEAP_TEST_PARAMS,
        allow_weak_kdf=True,
        use_keychain=True,
    )
    store.close()
    assert added
    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    collection.lock()
    assert collection.is_locked()
    try:
        # Unlocking the keychain would need a prompt nobody can answer: vomdesk does not wait
        # for it and does not touch the key slots; the passphrase opens the store as always.
        assert Unlocker(folder).with_keychain() is None
        slots_before = (folder / "vomdesk.keys").read_bytes()
        reopened = Unlocker(folder).with_passphrase(PASSPHRASE)
        assert reopened.store_id == store.store_id
        reopened.close()
        assert (folder / "vomdesk.keys").read_bytes() == slots_before, "the data key stays"
    finally:
        connection.close()
