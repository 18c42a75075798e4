"""A whole case record as JSON-ready data in the documented "vomdesk-case" format, version 1."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import SQLModel, col, select

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.disclosure import CONTACT, Part, Whose, pick
from vomdesk.services import errors
from vomdesk.services.agreements import terms_of
from vomdesk.services.cases import CaseRecord, read_case
from vomdesk.services.open_store import OpenStore, reading, unit_of_work
from vomdesk.services.participants import ParticipantView
from vomdesk.services.preparation import Preparation, preparation_in
from vomdesk.store.agreement_models import Agreement, AgreementTerm
from vomdesk.store.case_models import CaseBase, ContactFields, StageHistory
from vomdesk.store.types import utc_now

FORMAT = "vomdesk-case"
PARTICIPANT_FORMAT = "vomdesk-participant"  # a data-access export for one participant
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


# --- a data-access export: what one participant may see ---------------------------------------
def _row(row: SQLModel) -> dict[str, Any]:
    return {key: _plain(value) for key, value in row.model_dump().items()}


def _flat(view: ParticipantView) -> dict[str, Any]:
    return {
        "id": view.id,
        "name": view.name,
        "role": view.role.value,
        "side": view.side.value,
        "birth": _plain(view.birth),
        "preferred_language": view.preferred_language,
        "interpreter_needed": view.interpreter_needed,
        "accessibility_needs": view.accessibility_needs,
        **{key: getattr(view.contact, key) for key in CONTACT_KEYS},
    }


def participant_document(
    record: CaseRecord,
    prep: Preparation,
    terms: tuple[Agreement, list[AgreementTerm]] | None,
    participant_id: int,
    *,
    exported_at: datetime,
) -> dict[str, Any]:
    """What ``participant_id`` may see of the case (``domain.disclosure`` decides each field)."""
    me = next((p for p in record.participants if p.id == participant_id), None)
    if me is None:
        raise errors.ParticipantNotInCase()
    side = me.side
    own = pick(_flat(me), Part.PARTICIPANT, Whose.OWN, side)
    own["contact"] = {key: own.pop(key) for key in CONTACT_KEYS if key in CONTACT and key in own}
    case = record.case
    referral = {
        "number": case.number,
        "stage": case.stage,
        **{key: _plain(getattr(case, key)) for key in REFERRAL_KEYS},
        "offences": [
            {"description": o.description, "category": o.category, "level": o.level}
            for o in record.offences
        ],
    }

    def mine(rows: list[Any], part: Part) -> list[dict[str, Any]]:
        return [pick(_row(r), part, Whose.OWN, side) for r in rows if r.participant_id == me.id]

    choices = prep.choices.get(me.id)
    choices_out = pick(_row(choices), Part.VICTIM_CHOICES, Whose.OWN, side) if choices else {}
    safety = prep.safety_plan
    return {
        "format": PARTICIPANT_FORMAT,
        "version": VERSION,
        "exported_at": _plain(exported_at),
        "for": me.id,
        "case": pick(referral, Part.REFERRAL, Whose.CASE, side),
        "you": own,
        "others": [
            pick(_flat(p), Part.PARTICIPANT, Whose.OTHER, side)
            for p in record.participants
            if p.id != me.id
        ],
        "screenings": mine(prep.screenings, Part.SCREENING),
        "consents": mine(prep.consents, Part.CONSENT),
        "sharing_consents": mine(prep.sharing, Part.SHARING_CONSENT),
        "your_meeting_wishes": choices_out or None,
        "safety_plan": pick(_row(safety), Part.SAFETY_PLAN, Whose.CASE, side) if safety else None,
        "agreement": None
        if terms is None
        else {
            "version": terms[0].version,
            "status": terms[0].status,
            "signed_on": _plain(terms[0].signed_on),
            "terms": [pick(_row(t), Part.AGREEMENT_TERM, Whose.CASE, side) for t in terms[1]],
        },
    }


def build_participant_export(store: OpenStore, case_id: int, participant_id: int) -> dict[str, Any]:
    """A participant's data-access export, not yet recorded: call ``record_export`` once it has
    been handed over (written safely to a file, printed to stdout)."""
    record = read_case(store, case_id)
    with reading(store) as session:
        prep = preparation_in(session, case_id)
        newest = session.exec(
            select(Agreement)
            .where(Agreement.case_id == case_id)
            .order_by(col(Agreement.version).desc())
        ).first()
        terms = None if newest is None else (newest, terms_of(session, int(newest.id or 0)))
    return participant_document(record, prep, terms, participant_id, exported_at=utc_now())


def record_export(store: OpenStore, case_id: int, participant_id: int) -> None:
    """Record a participant's data-access export in the audit trail, with their id."""
    del case_id  # the audit entry names the participant; the case is implied by the id
    with unit_of_work(store) as work:
        work.audit(
            AuditAction.EXPORTED, "participant", participant_id, detail="data access request"
        )


def export_for_participant(store: OpenStore, case_id: int, participant_id: int) -> dict[str, Any]:
    """A participant's data-access export; recorded in the audit trail with their id (the CLI
    prints it at once; the app builds, writes safely, then calls ``record_export``)."""
    document = build_participant_export(store, case_id, participant_id)
    record_export(store, case_id, participant_id)
    return document
