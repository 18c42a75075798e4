"""Passphrase rules applied by every service that sets one, and changing it on an open store."""

from __future__ import annotations

import os
from collections.abc import Iterable

from vomdesk.domain.audit import AuditAction, RecordKind
from vomdesk.domain.passphrase_rules import judge_passphrase
from vomdesk.security import keyslots
from vomdesk.security.kdf import CHEAP_TEST_PARAMS, Argon2Params, calibrate
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore, translate_disk_error, unit_of_work

INSECURE_TEST_KDF_ENV = "VOMDESK_INSECURE_TEST_KDF"


def params_for_new_passphrase() -> tuple[Argon2Params, bool]:
    """Argon2id parameters calibrated on this computer, and whether they are the weak test ones.

    Only the explicit test setting VOMDESK_INSECURE_TEST_KDF=1 gives the cheap parameters.
    """
    if os.environ.get(INSECURE_TEST_KDF_ENV) == "1":
        return CHEAP_TEST_PARAMS, True
    return calibrate(), False


def require_strong_passphrase(passphrase: str, personal_words: Iterable[str] = ()) -> None:
    """Raise WeakPassphrase unless the passphrase meets the minimum rules."""
    if not judge_passphrase(passphrase, personal_words).acceptable:
        raise errors.WeakPassphrase()


def save_slots(store: OpenStore, slots: keyslots.KeySlots) -> None:
    """Write the key file safely, then use the new slots."""
    try:
        slots.save(store.files.key_file)
    except OSError as error:
        raise translate_disk_error(error) or errors.FolderNotWritable() from error
    store.slots = slots


def change_passphrase(
    store: OpenStore,
    *,
    current: str,
    new: str,
    params: Argon2Params,
    personal_words: Iterable[str] = (),
    allow_weak: bool = False,
) -> None:
    """Re-wrap the data key under a new passphrase; the data itself is not touched."""
    try:
        store.slots.open_with_passphrase(current)
    except keyslots.WrongSecret as error:
        raise errors.WrongPassphrase() from error
    require_strong_passphrase(new, personal_words)
    slots = store.slots.with_passphrase(store.key_bytes(), new, params, allow_weak=allow_weak)
    save_slots(store, slots)
    with unit_of_work(store) as work:
        work.audit(AuditAction.PASSPHRASE_CHANGED, RecordKind.STORE, store.store_id)
