"""The monitoring documents' data from the store: receipt, reminder, completion letter, notice.

Redacted by construction, as every document: the reminder (to the offender side) and the
completion letter (to the referral source) are built from models with no field for anything of
the victim's, and the completion letter carries a status only when every party's consent to
share the completion allows it.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from vomdesk.documents import models as doc
from vomdesk.domain import ledger
from vomdesk.domain.agreements import Measure
from vomdesk.domain.consent import Shareable, may_share
from vomdesk.domain.ledger import EntryKind
from vomdesk.domain.parties import Role
from vomdesk.domain.stages import ClosingReason, Stage
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.consents import sharing_rules
from vomdesk.services.monitoring_view import TermProgress, monitoring_in
from vomdesk.services.participants import ParticipantView, participant_views
from vomdesk.services.preparation import preparation_in
from vomdesk.store.case_models import Case
from vomdesk.store.monitoring_models import LedgerLine

LANGUAGES = ("en", "es")
RESPOND_DAYS = 14  # how long a reminder gives to catch up
OUTCOME_OF = {
    ClosingReason.COMPLETED.value: "completed",
    ClosingReason.PARTIALLY_COMPLETED.value: "partially_completed",
    ClosingReason.NOT_COMPLETED_RETURNED.value: "not_completed",
    ClosingReason.REARREST.value: "not_completed",
}


def _refuse(field: str, text: str) -> errors.NeedsCorrection:
    return errors.NeedsCorrection({field: text})


def _language(person: ParticipantView | None, asked: str | None) -> str:
    if asked in LANGUAGES:
        return str(asked)
    preferred = person.preferred_language if person else "en"
    return preferred if preferred in LANGUAGES else "en"


def _split(progress: TermProgress) -> bool:
    money = progress.money
    return money is not None and not money.joint


def receipt(
    session: Session, case: Case, line_id: int | None, asked: str | None, head: doc.Letterhead
) -> doc.ReceiptDoc:
    """The receipt of one payment: the balance is what was left right after it."""
    line = session.get(LedgerLine, line_id) if line_id is not None else None
    if line is None or line.case_id != case.id or line.kind != EntryKind.PAYMENT.value:
        raise _refuse("payment", QT_TRANSLATE_NOOP("Documents", "Choose a payment of this case."))
    view = monitoring_in(session, case.id or 0)
    progress = next((t for t in view.terms if t.position == line.term_position), None)
    if progress is None or progress.money is None:
        raise _refuse("payment", QT_TRANSLATE_NOOP(
            "Documents", "This payment's term is not in the agreement in force."))  # fmt: skip
    entries = progress.entries
    if any(e.reverses == line.id for e in entries):
        raise _refuse("payment", QT_TRANSLATE_NOOP(
            "Documents", "This payment was corrected: its receipt no longer holds."))  # fmt: skip
    so_far = [e for e in entries if e.id <= (line.id or 0)]
    who = line.offender_id if _split(progress) else None
    balance = ledger.balance(progress.money, so_far, who)
    people = {p.id: p for p in participant_views(session, case.id or 0)}
    payer = people.get(line.offender_id or 0)
    term = progress.term
    return doc.ReceiptDoc(
        letterhead=head, case_number=case.number, language=_language(payer, asked),
        receipt_number=line.receipt_number, received_on=line.on,
        payer=payer.name if payer else "", amount_cents=line.cents, method=line.method,
        term_description=term.description, balance_cents=balance,
        received_by=line.received_by, instalment=line.instalment,
        instalments=len(term.payments), payee=term.payee,
    )  # fmt: skip


def _overdue_of(progress: TermProgress, offender: int, on: date) -> doc.OverdueTerm | None:
    term = progress.term
    if offender not in term.responsible:
        return None
    money = progress.money
    if money is not None:
        who = offender if _split(progress) else None
        since = ledger.overdue_since(money, progress.entries, on, who)
        if since is None:
            return None
        cents = ledger.overdue(money, progress.entries, on, who)
        return doc.OverdueTerm(term.kind.value, term.description, since, amount_cents=cents)
    since = progress.late_since(on)
    if since is None:
        return None
    if progress.measure is Measure.HOURS:
        return doc.OverdueTerm(term.kind.value, term.description, since,
                               hours=progress.open_hours())  # fmt: skip
    return doc.OverdueTerm(term.kind.value, term.description, since, item=term.item)


def reminder(
    session: Session, case: Case, participant_id: int | None, asked: str | None,
    head: doc.Letterhead, today: date,
) -> doc.ReminderDoc:  # fmt: skip
    """The reminder to an offender of what they are behind with (a juvenile's guardian named)."""
    if Stage(case.stage) is Stage.CLOSED:
        raise _refuse("reminder", QT_TRANSLATE_NOOP(
            "Documents", "This case is closed: there is nothing to remind of."))  # fmt: skip
    view = monitoring_in(session, case.id or 0)
    people = participant_views(session, case.id or 0)
    offenders = [p for p in people if p.role is Role.OFFENDER]
    if participant_id is not None:
        offenders = [p for p in offenders if p.id == participant_id]
        if not offenders:
            raise _refuse("participant", QT_TRANSLATE_NOOP(
                "Documents", "A reminder is written to an offender."))  # fmt: skip
    for offender in offenders:
        late = [o for t in view.terms if (o := _overdue_of(t, offender.id, today)) is not None]
        if late:
            break
    else:
        raise _refuse("reminder", QT_TRANSLATE_NOOP(
            "Documents", "Nothing is overdue: there is nothing to remind of."))  # fmt: skip
    guardian = next(
        (p for p in people if p.role is Role.PARENT_GUARDIAN and p.accompanies_id == offender.id),
        None,
    )
    return doc.ReminderDoc(
        letterhead=head, case_number=case.number, language=_language(offender, asked),
        recipient=offender.name, recipient_address=offender.contact.address,
        overdue=tuple(sorted(late, key=lambda o: o.since)),
        respond_by=today + timedelta(days=RESPOND_DAYS),
        guardian=guardian.name if guardian is not None and case.juvenile else "",
    )  # fmt: skip


def outcome_of(case: Case) -> str:
    """completed, partially_completed or not_completed, for a case closed after monitoring."""
    outcome = OUTCOME_OF.get(case.closing_reason or "")
    if Stage(case.stage) is not Stage.CLOSED or outcome is None:
        text = QT_TRANSLATE_NOOP("Documents", "Write this letter once the case is closed.")
        raise _refuse("outcome", text)
    return outcome


def completion(
    session: Session, case: Case, asked: str | None, head: doc.Letterhead, today: date
) -> doc.CompletionLetterDoc:
    """The letter to the referral source: the outcome only if every party allows sharing it."""
    outcome = outcome_of(case)
    prep = preparation_in(session, case.id or 0)
    principals = [p.id for p in prep.participants
                  if p.role in (Role.VICTIM, Role.OFFENDER) and p.taking_part]  # fmt: skip
    statuses: tuple[tuple[str, str], ...] = ()
    if may_share(Shareable.COMPLETION, principals, sharing_rules(prep.sharing), today):
        statuses = ((Shareable.COMPLETION.value, outcome),)
    return doc.CompletionLetterDoc(
        letterhead=head, case_number=case.number,
        language=str(asked) if asked in LANGUAGES else "en",
        source_agency=case.source_agency, source_person=case.source_person,
        court_number=case.court_number, received_on=case.received_on,
        offenders=tuple(p.name for p in prep.participants if p.role is Role.OFFENDER),
        statuses=statuses,
    )  # fmt: skip


def victim_notice(
    session: Session, case: Case, participant_id: int | None, asked: str | None,
    head: doc.Letterhead,
) -> doc.VictimNoticeDoc:  # fmt: skip
    """The notice to a victim: completed or not, and what was paid to them in all."""
    outcome = outcome_of(case)
    victims = [p for p in participant_views(session, case.id or 0) if p.role is Role.VICTIM]
    if participant_id is not None:
        victims = [p for p in victims if p.id == participant_id]
    if not victims:
        raise _refuse("participant", QT_TRANSLATE_NOOP(
            "Documents", "The notice is written to a victim."))  # fmt: skip
    victim = victims[0]
    view = monitoring_in(session, case.id or 0)
    money = [t for t in view.terms if t.money is not None]
    paid = sum(ledger.passed_on(t.entries) for t in money)
    held = sum(max(0, ledger.received(t.entries) - ledger.passed_on(t.entries)) for t in money)
    return doc.VictimNoticeDoc(
        letterhead=head, case_number=case.number, language=_language(victim, asked),
        recipient=victim.name, recipient_address=victim.contact.address, outcome=outcome,
        paid_cents=paid, held_cents=held, money_owed=bool(money),
        source_agency=case.source_agency if outcome == "not_completed" else "",
    )  # fmt: skip
