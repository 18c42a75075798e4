"""Repository functions of the foundation tables; keyword-only, each takes a Session."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from vomdesk.domain import audit_chain
from vomdesk.store.models import AuditEntry, Draft, SettingValue, StoreInfo
from vomdesk.store.types import iso_utc, utc_now


def get_store_info(*, session: Session) -> StoreInfo | None:
    return session.get(StoreInfo, 1)


def add_store_info(*, session: Session, store_id: str, version: str) -> StoreInfo:
    info = StoreInfo(id=1, store_id=store_id, created_at=utc_now(), created_by_version=version)
    session.add(info)
    return info


def add_audit_entry(
    *,
    session: Session,
    actor: str,
    action: str,
    record_kind: str,
    record_id: str | None = None,
    fields: Sequence[str] = (),
    detail: str | None = None,
) -> AuditEntry:
    """Add one audit entry: field names only, never their values."""
    entry = AuditEntry(
        actor=actor,
        action=action,
        record_kind=record_kind,
        record_id=record_id,
        fields=json.dumps(sorted(fields)),
        detail=detail,
    )
    # Insert first: the INSERT takes the store's write lock, so the entry read next is the
    # newest one and no other writer can add one between that read and this commit.
    session.add(entry)
    session.flush()
    previous = session.exec(
        select(AuditEntry.entry_hash)
        .where(col(AuditEntry.id) < entry.id)
        .order_by(col(AuditEntry.id).desc())
        .limit(1)
    ).first()
    entry.prev_hash = previous or ""
    entry.entry_hash = audit_chain.hash_of(chain_entry(entry))
    session.add(entry)
    return entry


def chain_entry(entry: AuditEntry) -> audit_chain.ChainEntry:
    """An audit row as the chain's pure functions read it."""
    return audit_chain.ChainEntry(
        prev_hash=entry.prev_hash,
        entry_hash=entry.entry_hash,
        at=iso_utc(entry.at),
        actor=entry.actor,
        action=entry.action,
        record_kind=entry.record_kind,
        record_id=entry.record_id,
        fields=entry.fields,
        detail=entry.detail,
    )


def list_audit_entries(*, session: Session, limit: int = 1000) -> list[AuditEntry]:
    statement = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
    return list(session.exec(statement))


def get_draft(*, session: Session, form: str) -> Draft | None:
    return session.exec(select(Draft).where(Draft.form == form)).first()


def put_draft(*, session: Session, form: str, payload: dict[str, Any]) -> tuple[Draft, bool]:
    """Create or replace the draft of ``form``; returns (draft, created)."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    draft = get_draft(session=session, form=form)
    created = draft is None
    if draft is None:
        draft = Draft(form=form, payload=text)
    else:
        draft.payload = text
        draft.saved_at = utc_now()
    session.add(draft)
    return draft, created


def delete_draft(*, session: Session, form: str) -> bool:
    draft = get_draft(session=session, form=form)
    if draft is None:
        return False
    session.delete(draft)
    return True


def list_drafts(*, session: Session) -> list[Draft]:
    return list(session.exec(select(Draft).order_by(col(Draft.saved_at).desc())))


def get_setting_values(*, session: Session) -> dict[str, Any]:
    return {row.key: json.loads(row.value) for row in session.exec(select(SettingValue))}


def put_setting_value(*, session: Session, key: str, value: Any) -> bool:
    """Store a setting's value; returns True when it changed."""
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(SettingValue, key)
    if row is not None and row.value == text:
        return False
    if row is None:
        row = SettingValue(key=key, value=text)
    else:
        row.value = text
        row.updated_at = utc_now()
    session.add(row)
    return True
