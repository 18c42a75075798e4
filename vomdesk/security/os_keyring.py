"""The computer's keychain through ``keyring``: only real, encrypted backends are accepted."""

from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors

SERVICE = "vomdesk"
log = logging.getLogger(__name__)

# Backends that either store nothing, fail on every call, or keep secrets readable on disk.
_REFUSED_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True)
class KeychainStatus:
    """Whether the keychain can hold the store's secret, and the backend's name."""

    usable: bool
    backend: str


def _leaf_backends(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        return [leaf for b in inner for leaf in _leaf_backends(b)]
    return [backend]


def _refused(backend: keyring.backend.KeyringBackend) -> bool:
    return type(backend).__module__.startswith(_REFUSED_MODULE_PREFIXES)


def keychain_status() -> KeychainStatus:
    """Report whether a real keychain is there; a chain counts only if every member is real."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the app
        log.exception("keyring could not be loaded")
        return KeychainStatus(False, "none")
    leaves = _leaf_backends(backend)
    usable = bool(leaves) and not any(_refused(leaf) for leaf in leaves)
    name = ", ".join(type(leaf).__name__ for leaf in leaves) or type(backend).__name__
    return KeychainStatus(usable, name)


class KeychainUnavailable(Exception):
    """There is no acceptable keychain on this computer."""


def _require_usable() -> None:
    if not keychain_status().usable:
        raise KeychainUnavailable("no secure keychain on this computer")


def save_secret(store_id: str, secret: bytes) -> None:
    """Keep ``secret`` in the keychain under the store's identifier."""
    _require_usable()
    try:
        keyring.set_password(SERVICE, store_id, base64.b64encode(secret).decode("ascii"))
    except keyring.errors.KeyringError as error:
        raise KeychainUnavailable(str(error)) from error


def load_secret(store_id: str) -> bytes | None:
    """The store's secret from the keychain, or None when it is absent, damaged or unreachable."""
    if not keychain_status().usable:
        return None
    try:
        text = keyring.get_password(SERVICE, store_id)
    except keyring.errors.KeyringError:
        log.warning("the keychain could not be read")
        return None
    if text is None:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        log.warning("the keychain entry is damaged")
        return None


def delete_secret(store_id: str) -> None:
    """Remove the store's secret from the keychain if it is there."""
    if not keychain_status().usable:
        return
    try:
        keyring.delete_password(SERVICE, store_id)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError:
        log.warning("the keychain entry could not be removed")
