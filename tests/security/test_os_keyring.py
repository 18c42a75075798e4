"""The OS keychain wrapper: real backends only; the in-memory backend works end to end."""

from __future__ import annotations

import base64
import os
from typing import Any, ClassVar

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest

from vomdesk.security import os_keyring
from vomdesk.security.os_keyring import KeychainUnavailable


@pytest.fixture
def plaintext_like(memory_keyring: Any) -> keyring.backend.KeyringBackend:
    """Stands in for keyrings.alt's file backends (not installed): readable secrets on disk."""
    kind = type("PlaintextLike", (type(memory_keyring),), {"__module__": "keyrings.alt.file"})
    return kind()


def _assert_refused() -> None:
    status = os_keyring.keychain_status()
    assert status.usable is False
    with pytest.raises(KeychainUnavailable):
        os_keyring.save_secret("store", os.urandom(32))
    assert os_keyring.load_secret("store") is None
    os_keyring.delete_secret("store")  # quietly does nothing


def test_the_fail_backend_is_refused() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    _assert_refused()


def test_the_null_backend_is_refused() -> None:
    keyring.set_keyring(keyring.backends.null.Keyring())
    _assert_refused()


def test_a_keyrings_alt_style_backend_is_refused_and_nothing_is_stored(
    plaintext_like: Any,
) -> None:
    plaintext = plaintext_like
    keyring.set_keyring(plaintext)
    _assert_refused()
    assert plaintext.secrets == {}
    assert os_keyring.keychain_status().backend == "PlaintextLike"


def _chain(*members: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
    class FixedChain(keyring.backends.chainer.ChainerBackend):
        backends: ClassVar[list[keyring.backend.KeyringBackend]] = list(members)

    return FixedChain()


def test_a_chain_with_a_fail_member_is_refused(
    memory_keyring: Any,
) -> None:
    keyring.set_keyring(_chain(type(memory_keyring)(), keyring.backends.fail.Keyring()))
    _assert_refused()


def test_a_chain_with_a_plaintext_member_is_refused(
    memory_keyring: Any, plaintext_like: Any
) -> None:
    keyring.set_keyring(_chain(plaintext_like, type(memory_keyring)()))
    _assert_refused()


def test_keyrings_own_chainer_discovering_a_plaintext_backend_is_refused(
    memory_keyring: Any, plaintext_like: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    plaintext = plaintext_like
    monkeypatch.setattr(
        keyring.backend, "get_all_keyring", lambda: [type(memory_keyring)(), plaintext]
    )
    chainer = keyring.backends.chainer.ChainerBackend()
    assert len(chainer.backends) == 2
    keyring.set_keyring(chainer)
    _assert_refused()
    assert plaintext.secrets == {}


def test_a_chain_of_real_backends_is_accepted(
    memory_keyring: Any,
) -> None:
    first, second = type(memory_keyring)(), type(memory_keyring)()
    keyring.set_keyring(_chain(first, second))
    status = os_keyring.keychain_status()
    assert status.usable is True
    assert status.backend == "MemoryKeyring, MemoryKeyring"


def test_a_broken_keyring_configuration_is_not_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> keyring.backend.KeyringBackend:
        raise RuntimeError("bad keyringrc")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert os_keyring.keychain_status() == os_keyring.KeychainStatus(False, "none")
    assert os_keyring.load_secret("store") is None


def test_save_load_delete_with_the_memory_backend(memory_keyring: Any) -> None:
    assert os_keyring.keychain_status().usable is True
    secret = os.urandom(32)
    os_keyring.save_secret("store-1", secret)
    stored = memory_keyring.secrets[(os_keyring.SERVICE, "store-1")]
    assert base64.b64decode(stored) == secret
    assert os_keyring.load_secret("store-1") == secret
    assert os_keyring.load_secret("store-2") is None
    os_keyring.delete_secret("store-1")
    assert os_keyring.load_secret("store-1") is None
    assert memory_keyring.secrets == {}
    os_keyring.delete_secret("store-1")  # deleting twice is fine


def test_a_damaged_entry_reads_as_none(memory_keyring: Any) -> None:
    memory_keyring.secrets[(os_keyring.SERVICE, "store-1")] = "not base64 !!"
    assert os_keyring.load_secret("store-1") is None


def test_a_keyring_error_on_read_or_save_is_handled(
    memory_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(type(memory_keyring), "get_password", refuse)
    monkeypatch.setattr(type(memory_keyring), "set_password", refuse)
    assert os_keyring.load_secret("store-1") is None
    with pytest.raises(KeychainUnavailable):
        os_keyring.save_secret("store-1", os.urandom(32))
