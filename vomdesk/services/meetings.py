"""Contacts and pre-mediation meetings: planned or done, with whom, how, and how long."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.meetings import ContactMode, contact_problems
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore, Work, unit_of_work
from vomdesk.services.preparation import case_in, refuse_when_closed
from vomdesk.store.case_models import Participant
from vomdesk.store.preparation_models import PreparationContact

CONTACT = "preparation_contact"


def _check(work: Work, case_id: int, with_whom: Sequence[int]) -> None:
    for participant_id in with_whom:
        participant = work.session.get(Participant, participant_id)
        if participant is None or participant.case_id != case_id:
            raise errors.NeedsCorrection(
                {
                    "with_whom": QT_TRANSLATE_NOOP(
                        "Meetings", "Someone chosen is no longer in this case."
                    )
                }
            )


def save_contact(
    store: OpenStore,
    case_id: int,
    *,
    contact_id: int | None = None,
    on: date | None,
    starts_at: datetime | None = None,
    done: bool,
    mode: ContactMode,
    minutes: int,
    with_whom: Sequence[int],
    notes: str = "",
) -> int:
    """Add a contact, or change one (``contact_id``); returns its id."""
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        refuse_when_closed(case)
        problems = contact_problems(
            on=on, done=done, minutes=minutes, with_whom=with_whom, mode=mode, today=date.today()
        )
        if problems:
            raise errors.NeedsCorrection(problems)
        _check(work, case_id, with_whom)
        assert on is not None
        if contact_id is None:
            contact = PreparationContact(case_id=case_id, on=on, mode=mode.value)
        else:
            found = work.session.get(PreparationContact, contact_id)
            if found is None or found.case_id != case_id:
                raise errors.CaseNotFound()
            contact = found
        contact.on, contact.starts_at, contact.done = on, starts_at, done
        contact.mode, contact.minutes = mode.value, 0 if mode is ContactMode.LETTER else minutes
        contact.with_whom, contact.notes = list(dict.fromkeys(with_whom)), notes.strip()
        work.session.add(contact)
        work.session.flush()
        action = AuditAction.CREATE if contact_id is None else AuditAction.UPDATE
        work.audit(action, CONTACT, case.number, fields=["on", "mode", "with_whom"])
        assert contact.id is not None
        return contact.id


def remove_contact(store: OpenStore, contact_id: int) -> None:
    """Remove a contact entered by mistake."""
    with unit_of_work(store) as work:
        contact = work.session.get(PreparationContact, contact_id)
        if contact is None:
            raise errors.CaseNotFound()
        case = case_in(work, contact.case_id)
        refuse_when_closed(case)
        work.session.delete(contact)
        work.audit(AuditAction.DELETE, CONTACT, case.number)
