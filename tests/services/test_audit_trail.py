"""Every writing service leaves an audit entry with the right action, and never a value."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import Session

from vomdesk.domain.recovery_key import normalise, recovery_key_secret
from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services.drafts import discard_draft, keep_draft
from vomdesk.services.keychain import disable_keychain, enable_keychain
from vomdesk.services.open_store import OpenStore, current_actor
from vomdesk.services.passphrases import change_passphrase
from vomdesk.services.recovery import new_recovery_key, replace_recovery_key
from vomdesk.services.settings import save_settings
from vomdesk.services.setup import create_store
from vomdesk.services.unlock import Unlocker
from vomdesk.store import repository
from vomdesk.store.models import AuditEntry

FIRST_PASSPHRASE = "quartz tulip errand saddle"
SECOND_PASSPHRASE = "copper meadow violin harbour"
CREATED_WITH = {
    "program.name": "Programa Piloto Ñandú",
    "mediator.name": "Lucía Fernández",
}
SAVED = {
    "program.address": "Calle Falsa 742, Springfield",
    "program.phone": "+54 11 5555-0199",
    "cases.number_pattern": "VOM-YY-NNNN",
}
DRAFT = {"victim_name": "Rosa Quispe Mamani", "notes": "vive con su abuela en Tilcara"}
DRAFT_LATER = {"victim_name": "Rosa Quispe Mamani", "notes": "llamar el martes por la tarde"}
FORM = "case.intake"


def _entries(store: OpenStore) -> list[AuditEntry]:
    with Session(store.engine) as session:
        return list(reversed(repository.list_audit_entries(session=session)))


def _text_of(entry: AuditEntry) -> str:
    return " | ".join(
        str(value)
        for value in (
            entry.at, entry.actor, entry.action, entry.record_kind, entry.record_id,
            entry.fields, entry.detail,
        )
    )  # fmt: skip


def test_every_writing_service_is_audited_without_values(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first_key, second_key = new_recovery_key(), new_recovery_key()
    store, _ = create_store(
        folder,
        passphrase=FIRST_PASSPHRASE,
        recovery_key=first_key,
        settings=dict(CREATED_WITH),
        params=CHEAP_TEST_PARAMS,
        allow_weak_kdf=True,
    )
    store_id = store.store_id
    unlocker = Unlocker(folder)
    unlocker.lock(store)
    store = unlocker.with_passphrase(FIRST_PASSPHRASE)
    change_passphrase(
        store, current=FIRST_PASSPHRASE, new=SECOND_PASSPHRASE, params=CHEAP_TEST_PARAMS,
        allow_weak=True,
    )  # fmt: skip
    replace_recovery_key(store, second_key)
    enable_keychain(store)
    disable_keychain(store)
    assert save_settings(store, dict(SAVED)) == list(SAVED)
    assert save_settings(store, dict(SAVED)) == []  # nothing changed: no entry
    keep_draft(store, FORM, DRAFT)
    keep_draft(store, FORM, DRAFT_LATER)  # an update of the draft: no new entry
    discard_draft(store, FORM)
    discard_draft(store, FORM)  # nothing left to discard: no entry
    unlocker.lock(store)
    store = Unlocker(folder).with_passphrase(SECOND_PASSPHRASE)
    try:
        entries = _entries(store)
    finally:
        store.close()

    got = [(e.action, e.record_kind, e.record_id, json.loads(e.fields)) for e in entries]
    assert got == [
        ("store_created", "store", store_id, []),
        ("update", "setting", "program", sorted(CREATED_WITH)),
        ("locked", "store", store_id, []),
        ("unlocked", "store", store_id, []),
        ("passphrase_changed", "store", store_id, []),
        ("recovery_key_replaced", "store", store_id, []),
        ("keychain_enabled", "store", store_id, []),
        ("keychain_disabled", "store", store_id, []),
        ("update", "setting", "program", sorted(SAVED)),
        ("create", "draft", FORM, sorted(DRAFT)),
        ("delete", "draft", FORM, []),
        ("locked", "store", store_id, []),
        ("unlocked", "store", store_id, []),
    ]
    assert {e.actor for e in entries} == {current_actor()}
    assert all(e.at.tzinfo is not None for e in entries)

    secrets: list[str] = [FIRST_PASSPHRASE, SECOND_PASSPHRASE]
    for key in (first_key, second_key):
        secrets += [key, normalise(key), recovery_key_secret(key).decode()]
        secrets += [group for group in key.split("-")]
    values: list[Any] = [*CREATED_WITH.values(), *SAVED.values(), *DRAFT.values()]
    values += [*DRAFT_LATER.values()]
    words = {w for v in values for w in str(v).split() if len(w) >= 5}
    everything = "\n".join(_text_of(e) for e in entries)
    for needle in [*secrets, *map(str, values), *words]:
        assert needle not in everything, f"{needle!r} found in the audit trail"
        assert needle.lower() not in everything.lower()
