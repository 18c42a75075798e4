"""The audit trail as the viewer reads it: the newest entries, filters, and the chain's verdict."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import func, select

from vomdesk.services.checks import ChainVerdict, verify_audit_chain
from vomdesk.services.open_store import OpenStore, reading
from vomdesk.store import repository
from vomdesk.store.models import AuditEntry

VIEW_LIMIT = 2000


@dataclass(frozen=True)
class AuditRow:
    """One entry for the viewer: field names only, never values."""

    id: int
    at: datetime
    actor: str
    action: str
    record_kind: str
    record_id: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class AuditTrail:
    """The newest entries (newest first), how many there are in all, and the chain's verdict."""

    rows: list[AuditRow]
    total: int
    verdict: ChainVerdict

    @property
    def limited(self) -> bool:
        return self.total > len(self.rows)


def _fields(text: str) -> tuple[str, ...]:
    try:
        names = json.loads(text)
    except ValueError:
        return (text,)
    return tuple(str(name) for name in names) if isinstance(names, list) else (str(names),)


def read_audit_trail(store: OpenStore, limit: int = VIEW_LIMIT) -> AuditTrail:
    """Read the newest ``limit`` entries and verify the whole chain (slow: off the UI thread)."""
    with reading(store) as session:
        entries = repository.list_audit_entries(session=session, limit=limit)
        total = int(session.exec(select(func.count()).select_from(AuditEntry)).one())
    rows = [
        AuditRow(
            id=int(e.id or 0),
            at=e.at,
            actor=e.actor,
            action=e.action,
            record_kind=e.record_kind,
            record_id=e.record_id or "",
            fields=_fields(e.fields),
        )
        for e in entries
    ]
    return AuditTrail(rows, total, verify_audit_chain(store))


def filter_rows(
    rows: list[AuditRow], *, action: str = "", kind: str = "", record: str = ""
) -> list[AuditRow]:
    """The rows of one action and record kind ("" for any) whose record id contains ``record``."""
    needle = record.strip().casefold()
    return [
        row
        for row in rows
        if (not action or row.action == action)
        and (not kind or row.record_kind == kind)
        and (not needle or needle in row.record_id.casefold())
    ]
