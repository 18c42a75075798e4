"""Opting in or out of opening the store through the computer's keychain."""

from __future__ import annotations

import os

from vomdesk.domain.audit import AuditAction, RecordKind
from vomdesk.security import keyslots, os_keyring
from vomdesk.services.open_store import OpenStore, unit_of_work
from vomdesk.services.passphrases import save_slots


def keychain_available() -> bool:
    """True when the computer has a real, encrypted keychain vomdesk may use."""
    return os_keyring.keychain_status().usable


def add_keychain_slot(slots: keyslots.KeySlots, data_key: bytes) -> keyslots.KeySlots:
    """Put a new random secret in the keychain and return slots that it opens."""
    secret = os.urandom(32)
    os_keyring.save_secret(slots.store_id, secret)
    return slots.with_keychain_secret(data_key, secret)


def enable_keychain(store: OpenStore) -> None:
    """Let the store open without the passphrase while the user is logged in here."""
    save_slots(store, add_keychain_slot(store.slots, store.key_bytes()))
    with unit_of_work(store) as work:
        work.audit(AuditAction.KEYCHAIN_ENABLED, RecordKind.STORE, store.store_id)


def disable_keychain(store: OpenStore) -> None:
    """Remove the keychain slot and its secret; the passphrase is needed from now on."""
    save_slots(store, store.slots.with_slot(keyslots.KEYCHAIN, None))
    os_keyring.delete_secret(store.store_id)
    with unit_of_work(store) as work:
        work.audit(AuditAction.KEYCHAIN_DISABLED, RecordKind.STORE, store.store_id)
