"""A whole case record as JSON-ready data in the documented "vomdesk-case" format, version 1."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from vomdesk.domain.audit import AuditAction
from vomdesk.services.cases import CaseRecord, read_case
from vomdesk.services.open_store import OpenStore, unit_of_work
from vomdesk.services.participants import ParticipantView
from vomdesk.store.case_models import CaseBase, ContactFields, StageHistory
from vomdesk.store.types import utc_now

FORMAT = "vomdesk-case"
VERSION = 1  # docs/export-format.md says what changes raise it
CONTACT_KEYS = tuple(ContactFields.model_fields)  # address, phone, email, employer
REFERRAL_KEYS = tuple(CaseBase.model_fields)


def _plain(value: object) -> object:
    """Dates and times as ISO 8601 text (times in UTC, with their zone); the rest unchanged."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _participant(view: ParticipantView) -> dict[str, Any]:
    contact = {key: getattr(view.contact, key) for key in CONTACT_KEYS}
    # Every participant has both objects; victim-side contact details go only in
    # "confidential", so a reader can leave that object out for the offender side.
    confidential, open_contact = (contact, {}) if view.contact_confidential else ({}, contact)
    return {
        "id": view.id,
        "role": view.role.value,
        "side": view.side.value,
        "name": view.name,
        "birth": _plain(view.birth),
        "is_organisation": view.is_organisation,
        "accompanies": view.accompanies_id,
        "preferred_language": view.preferred_language,
        "interpreter_needed": view.interpreter_needed,
        "accessibility_needs": view.accessibility_needs,
        "person_id": view.person_id,
        "confidential": confidential,
        "contact": open_contact,
    }


def _history(entry: StageHistory) -> dict[str, Any]:
    return {
        "from_stage": entry.from_stage,
        "to_stage": entry.to_stage,
        "at": _plain(entry.at),
        "by": entry.by,
        "why": entry.why,
        "closing_reason": entry.closing_reason,
    }


def case_document(record: CaseRecord, *, exported_at: datetime) -> dict[str, Any]:
    """The export of one case record: plain dicts, lists, text, numbers, booleans and null."""
    case = record.case
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _plain(exported_at),
        "case": {
            "number": case.number,
            "stage": case.stage,
            "closing_reason": case.closing_reason,
            "juvenile": case.juvenile,
            **{key: _plain(getattr(case, key)) for key in REFERRAL_KEYS},
            "created_at": _plain(case.created_at),
            "updated_at": _plain(case.updated_at),
        },
        "offences": [
            {"description": o.description, "category": o.category, "level": o.level}
            for o in record.offences
        ],
        "participants": [_participant(view) for view in record.participants],
        "history": [_history(entry) for entry in record.history],
    }


def export_case(store: OpenStore, case_id: int) -> dict[str, Any]:
    """The whole case record as JSON-ready data; the export is recorded in the audit trail."""
    record = read_case(store, case_id)
    document = case_document(record, exported_at=utc_now())
    with unit_of_work(store) as work:
        work.audit(AuditAction.EXPORTED, "case", record.case.number)
    return document
