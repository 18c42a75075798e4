"""Consent to take part and its withdrawal; consent to share the outcome with the referrer."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlmodel import Session, select

from vomdesk.domain import consent as rules
from vomdesk.domain.audit import AuditAction
from vomdesk.domain.consent import GivenHow, Shareable
from vomdesk.domain.parties import Role
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore, unit_of_work
from vomdesk.services.preparation import case_in, refuse_when_closed
from vomdesk.services.send_back import send_back_in
from vomdesk.store.case_models import Participant
from vomdesk.store.preparation_models import Consent, SharingConsent

CONSENT = "consent"
CONSENTING = frozenset({Role.VICTIM, Role.OFFENDER, Role.PARENT_GUARDIAN})


def record_consent(
    store: OpenStore,
    participant_id: int,
    *,
    given_on: date | None,
    how: GivenHow,
    informed: Collection[str],
    note: str = "",
) -> int:
    """Record a participant's consent to take part (a new consent after a withdrawal too)."""
    with unit_of_work(store) as work:
        participant = work.session.get(Participant, participant_id)
        if participant is None:
            raise errors.CaseNotFound()
        case = case_in(work, participant.case_id)
        refuse_when_closed(case)
        if Role(participant.role) not in CONSENTING:
            raise errors.NeedsCorrection(
                {
                    "participant": QT_TRANSLATE_NOOP(
                        "Consent", "Consent is recorded for victims, offenders and guardians."
                    )
                }
            )
        problems = rules.consent_problems(
            informed={key: key in informed for key in rules.INFORMED_OF},
            given_on=given_on,
            today=date.today(),
        )
        if problems:
            raise errors.NeedsCorrection(problems)
        assert given_on is not None
        consent = Consent(
            case_id=participant.case_id,
            participant_id=participant_id,
            given_on=given_on,
            how=how.value,
            informed=sorted(informed),
            note=note.strip(),
            recorded_by=work.actor,
        )
        work.session.add(consent)
        work.session.flush()
        work.audit(AuditAction.CREATE, CONSENT, case.number, fields=["given_on", "how"])
        assert consent.id is not None
        return consent.id


def withdraw_consent(
    store: OpenStore, consent_id: int, *, withdrawn_on: date | None, reason: str
) -> bool:
    """Record a withdrawal: scheduling is blocked at once, and a case that was ready or
    scheduled goes back to preparation. True when the case went back."""
    with unit_of_work(store) as work:
        consent = work.session.get(Consent, consent_id)
        if consent is None:
            raise errors.CaseNotFound()
        case = case_in(work, consent.case_id)
        if consent.withdrawn_on is not None:
            raise errors.NeedsCorrection(
                {
                    "withdrawn_on": QT_TRANSLATE_NOOP(
                        "Consent", "This consent has already been withdrawn."
                    )
                }
            )
        problems = rules.withdrawal_problems(
            given_on=consent.given_on, withdrawn_on=withdrawn_on, reason=reason, today=date.today()
        )
        if problems:
            raise errors.NeedsCorrection(problems)
        consent.withdrawn_on, consent.withdrawal_reason = withdrawn_on, reason.strip()
        work.session.add(consent)
        moved = send_back_in(
            work, case, QT_TRANSLATE_NOOP("Consent", "A participant withdrew consent.")
        )
        work.audit(
            AuditAction.UPDATE, CONSENT, case.number, fields=["withdrawn_on", "withdrawal_reason"]
        )
        return moved


def record_sharing(
    store: OpenStore,
    participant_id: int,
    *,
    allowed: Collection[Shareable],
    given_on: date | None,
    until: date | None,
) -> int:
    """Record what a party allows to be shared with the referral source; replaces the last one."""
    with unit_of_work(store) as work:
        participant = work.session.get(Participant, participant_id)
        if participant is None:
            raise errors.CaseNotFound()
        case = case_in(work, participant.case_id)
        refuse_when_closed(case)
        problems: dict[str, str] = {}
        if given_on is None:
            problems["sharing_given_on"] = QT_TRANSLATE_NOOP(
                "Consent", "Enter the date it was given."
            )
        elif given_on > date.today():
            problems["sharing_given_on"] = QT_TRANSLATE_NOOP(
                "Consent", "Consent cannot be dated in the future."
            )
        if until is not None and given_on is not None and until < given_on:
            problems["sharing_until"] = QT_TRANSLATE_NOOP(
                "Consent", "The end date comes before the date it was given."
            )
        if problems:
            raise errors.NeedsCorrection(problems)
        assert given_on is not None
        for earlier in _sharing_of(work.session, participant_id):
            if earlier.withdrawn_on is None:
                earlier.withdrawn_on = given_on
                work.session.add(earlier)
        row = SharingConsent(
            case_id=participant.case_id,
            participant_id=participant_id,
            allowed=sorted(a.value for a in allowed),
            given_on=given_on,
            until=until,
        )
        work.session.add(row)
        work.session.flush()
        work.audit(AuditAction.CREATE, "sharing_consent", case.number, fields=["allowed", "until"])
        assert row.id is not None
        return row.id


def _sharing_of(session: Session, participant_id: int) -> list[SharingConsent]:
    return list(
        session.exec(select(SharingConsent).where(SharingConsent.participant_id == participant_id))
    )


def sharing_rules(rows: list[SharingConsent]) -> list[rules.SharingConsent]:
    """The sharing consents as the letters' rule reads them."""
    return [
        rules.SharingConsent(
            participant_id=row.participant_id,
            allowed=frozenset(Shareable(a) for a in row.allowed),
            until=row.until,
            withdrawn_on=row.withdrawn_on,
        )
        for row in rows
    ]
