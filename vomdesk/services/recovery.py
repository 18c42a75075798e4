"""Recovery keys: a new random key, replacing the store's recovery slot, and the kit's contents."""

from __future__ import annotations

import os
from datetime import date

from vomdesk.documents.recovery_kit import RecoveryKit
from vomdesk.domain import settings as setting
from vomdesk.domain.audit import AuditAction, RecordKind
from vomdesk.domain.recovery_key import ENTROPY_BYTES, format_recovery_key, recovery_key_secret
from vomdesk.services.open_store import OpenStore, unit_of_work
from vomdesk.services.passphrases import save_slots
from vomdesk.services.settings import read_settings


def new_recovery_key() -> str:
    """A fresh random recovery key in its printed form."""
    return format_recovery_key(os.urandom(ENTROPY_BYTES))


def short_store_id(store_id: str) -> str:
    """The first eight characters of the store's id, grouped: enough to match a kit to a store."""
    return f"{store_id[:4]}-{store_id[4:8]}"


def replace_recovery_key(store: OpenStore, new_key: str) -> None:
    """Make ``new_key`` the store's recovery key; every earlier kit stops working."""
    slots = store.slots.with_recovery_secret(store.key_bytes(), recovery_key_secret(new_key))
    save_slots(store, slots)
    with unit_of_work(store) as work:
        work.audit(AuditAction.RECOVERY_KEY_REPLACED, RecordKind.STORE, store.store_id)


def recovery_kit_for(
    *, program_name: str, store_id: str, recovery_key: str, folder: str, language: str = "en"
) -> RecoveryKit:
    return RecoveryKit(
        program_name=program_name,
        store_id=short_store_id(store_id),
        recovery_key=recovery_key,
        created=date.today(),
        data_folder=folder,
        language=language,
    )


def recovery_kit_of_store(store: OpenStore, recovery_key: str, language: str = "en") -> RecoveryKit:
    values = read_settings(store)
    return recovery_kit_for(
        program_name=str(values[setting.PROGRAM_NAME.key]),
        store_id=store.store_id,
        recovery_key=recovery_key,
        folder=str(store.files.folder),
        language=language,
    )
