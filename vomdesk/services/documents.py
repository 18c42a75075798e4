"""Documents from the store: each one's data gathered for its recipient, then built as a PDF.

What reaches a document is decided here, by recipient: a victim's letter may carry the victim's
own arrival and waiting area; a document for the offender side or the referral source is built
from a model that has no place for anything of the victim's beyond a name.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import date
from enum import Enum

from sqlmodel import Session, col, select

from vomdesk.documents import agreement as agreement_pdf
from vomdesk.documents import forms, letters, monitoring_letters, payment_schedule
from vomdesk.documents import models as doc
from vomdesk.domain import settings as setting
from vomdesk.domain.agreements import Status
from vomdesk.domain.consent import Shareable, may_share
from vomdesk.domain.parties import Role, Side
from vomdesk.domain.schedule import AppointmentKind
from vomdesk.domain.stages import Stage
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services import monitoring_documents as monitored
from vomdesk.services.agreements import required_signers_in, term_input
from vomdesk.services.case_derived import setting_in
from vomdesk.services.consents import sharing_rules
from vomdesk.services.monitoring_view import money_term
from vomdesk.services.open_store import OpenStore, reading
from vomdesk.services.participants import ParticipantView, participant_views
from vomdesk.services.preparation import preparation_in
from vomdesk.store.agreement_models import Agreement, AgreementTerm, SessionRecord, Signature
from vomdesk.store.case_models import Case
from vomdesk.store.preparation_models import SessionPlan, Venue

LANGUAGES = ("en", "es")


class DocumentKind(Enum):
    """The documents a program prints around a session and while it follows the agreement."""

    AGREEMENT = "agreement"
    SCHEDULE = "schedule"
    CONSENT = "consent"
    CONFIDENTIALITY = "confidentiality"
    CONFIRMATION = "confirmation"
    ACKNOWLEDGMENT = "acknowledgment"
    RECEIPT = "receipt"
    REMINDER = "reminder"
    COMPLETION = "completion"
    VICTIM_NOTICE = "victim_notice"


DOCUMENT_LABELS = {
    DocumentKind.AGREEMENT: QT_TRANSLATE_NOOP("Documents", "Restitution agreement"),
    DocumentKind.SCHEDULE: QT_TRANSLATE_NOOP("Documents", "Payment schedule"),
    DocumentKind.CONSENT: QT_TRANSLATE_NOOP("Documents", "Consent form"),
    DocumentKind.CONFIDENTIALITY: QT_TRANSLATE_NOOP("Documents", "Confidentiality agreement"),
    DocumentKind.CONFIRMATION: QT_TRANSLATE_NOOP("Documents", "Session confirmation letter"),
    DocumentKind.ACKNOWLEDGMENT: QT_TRANSLATE_NOOP("Documents", "Referral acknowledgment"),
    DocumentKind.RECEIPT: QT_TRANSLATE_NOOP("Documents", "Payment receipt"),
    DocumentKind.REMINDER: QT_TRANSLATE_NOOP("Documents", "Reminder letter"),
    DocumentKind.COMPLETION: QT_TRANSLATE_NOOP(
        "Documents", "Completion letter to the referral source"
    ),
    DocumentKind.VICTIM_NOTICE: QT_TRANSLATE_NOOP("Documents", "Notice to the victim"),
}


@dataclass(frozen=True)
class Request:
    """Which document, for whom, in which language (None: the recipient's own)."""

    kind: DocumentKind
    case_id: int
    participant_id: int | None = None
    agreement_id: int | None = None
    session_plan_id: int | None = None
    language: str | None = None
    ledger_line_id: int | None = None  # the payment a receipt is for


@dataclass(frozen=True)
class Built:
    """A built document: its bytes and a print job title that names no one."""

    pdf: bytes
    job_title: str
    language: str


def letterhead_in(session: Session) -> doc.Letterhead:
    logo: bytes | None = None
    encoded = str(setting_in(session, setting.PROGRAM_LOGO))
    if encoded:
        try:
            logo = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            logo = None  # a damaged logo is left out, never a reason not to print
    return doc.Letterhead(
        program_name=str(setting_in(session, setting.PROGRAM_NAME)),
        address=str(setting_in(session, setting.PROGRAM_ADDRESS)),
        phone=str(setting_in(session, setting.PROGRAM_PHONE)),
        logo_png=logo,
        mediator_name=str(setting_in(session, setting.MEDIATOR_NAME)),
    )


def language_of(person: ParticipantView | None, asked: str | None = None) -> str:
    """The language to write in: as asked, else the recipient's preferred one if we have it."""
    if asked in LANGUAGES:
        return str(asked)
    preferred = person.preferred_language if person else "en"
    return preferred if preferred in LANGUAGES else "en"


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise errors.CaseNotFound()
    return case


def _person(view: ParticipantView) -> doc.Person:
    return doc.Person(view.name, view.role.value)


def _agreement(
    session: Session, request: Request, case: Case
) -> tuple[Agreement, list[AgreementTerm]]:
    statement = select(Agreement).where(Agreement.case_id == case.id)
    if request.agreement_id is not None:
        statement = statement.where(Agreement.id == request.agreement_id)
    else:  # the one in force, else the newest draft
        statement = statement.where(col(Agreement.status) != Status.SUPERSEDED.value)
    agreement = session.exec(statement.order_by(col(Agreement.version))).first()
    if agreement is None:
        raise errors.NeedsCorrection({"agreement": QT_TRANSLATE_NOOP(
            "Documents", "This case has no agreement yet.")})  # fmt: skip
    terms = session.exec(
        select(AgreementTerm).where(AgreementTerm.agreement_id == agreement.id)
        .order_by(col(AgreementTerm.position))
    )  # fmt: skip
    return agreement, list(terms)


def _doc_terms(terms: list[AgreementTerm], names: dict[int, str]) -> tuple[doc.Term, ...]:
    printed = []
    for row in terms:
        term = term_input(row)
        printed.append(doc.Term(
            kind=term.kind.value, description=term.description,
            responsible=tuple(names.get(p, "") for p in term.responsible),
            amount_cents=term.amount_cents, hours=term.hours, item=term.item, payee=term.payee,
            deadline=term.deadline,
            instalments=tuple(doc.Instalment(p.due, p.cents) for p in term.payments),
            joint=term.joint,
            shares=tuple(doc.Share(names.get(p, ""), c)
                         for p, c in zip(term.responsible, term.shares, strict=False)),
        ))  # fmt: skip
    return tuple(printed)


def _build_agreement(session: Session, request: Request, case: Case) -> Built:
    agreement, terms = _agreement(session, request, case)
    people = participant_views(session, case.id or 0)
    names = {p.id: p.name for p in people}
    recipient = next((p for p in people if p.id == request.participant_id), None)
    language = language_of(recipient, request.language or (
        None if recipient else agreement.governing_language))  # fmt: skip
    signed = {s.signer_key: s.signed_on for s in session.exec(
        select(Signature).where(Signature.agreement_id == agreement.id))}  # fmt: skip
    held = session.get(SessionRecord, agreement.session_record_id or 0)
    taking = [p for p in people if p.taking_part]
    model = doc.AgreementDoc(
        letterhead=letterhead_in(session), case_number=case.number, language=language,
        governing_language=agreement.governing_language, version=agreement.version,
        session_on=held.held_at.astimezone().date() if held else None,
        victims=tuple(_person(p) for p in taking if p.role is Role.VICTIM),
        offenders=tuple(_person(p) for p in taking if p.role is Role.OFFENDER),
        guardians=tuple(_person(p) for p in taking if p.role is Role.PARENT_GUARDIAN),
        terms=_doc_terms(terms, names),
        signers=tuple(doc.Signer(s.name, s.role, signed.get(s.key))
                      for s in required_signers_in(session, case)),
        amendment_reason=agreement.amendment_reason,
    )  # fmt: skip
    return Built(agreement_pdf.build_agreement(model), f"{case.number} agreement", language)


def _build_schedule(session: Session, request: Request, case: Case) -> Built:
    agreement, terms = _agreement(session, request, case)
    people = participant_views(session, case.id or 0)
    payer = next((p for p in people if p.id == request.participant_id), None)
    rows: list[tuple[doc.Instalment, str]] = []
    payees = []
    for row in terms:
        term = term_input(row)
        if not term.payments or (payer is not None and payer.id not in term.responsible):
            continue
        payees.append(term.payee)
        owed = money_term(term)  # a split term: the payer's share of each instalment, to the cent
        whose = payer.id if payer is not None else None
        before = 0
        for payment in term.payments:
            upto = owed.due_by(payment.due, whose)
            rows.append((doc.Instalment(payment.due, upto - before), term.description))
            before = upto
    if not rows:
        raise errors.NeedsCorrection({"schedule": QT_TRANSLATE_NOOP(
            "Documents", "No money term has an instalment plan for this person.")})  # fmt: skip
    language = language_of(payer, request.language or agreement.governing_language)
    model = doc.PaymentScheduleDoc(
        letterhead=letterhead_in(session), case_number=case.number, language=language,
        payer=payer.name if payer else "", payee=", ".join(dict.fromkeys(payees)),
        rows=tuple(sorted(rows, key=lambda r: r[0].due)),
    )  # fmt: skip
    pdf = payment_schedule.build_payment_schedule(model)
    return Built(pdf, f"{case.number} schedule", language)


def _recipient(session: Session, request: Request, case: Case) -> ParticipantView:
    people = participant_views(session, case.id or 0)
    found = next((p for p in people if p.id == request.participant_id), None)
    if found is None:
        raise errors.NeedsCorrection({"participant": QT_TRANSLATE_NOOP(
            "Documents", "Choose who the document is for.")})  # fmt: skip
    return found


def _build_consent(session: Session, request: Request, case: Case) -> Built:
    person = _recipient(session, request, case)
    people = {p.id: p for p in participant_views(session, case.id or 0)}
    of = people.get(person.accompanies_id or 0)
    language = language_of(person, request.language)
    model = doc.ConsentFormDoc(
        letterhead=letterhead_in(session),
        case_number=case.number,
        language=language,
        participant=_person(person),
        guardian_of=of.name if person.role is Role.PARENT_GUARDIAN and of else "",
    )
    return Built(forms.build_consent_form(model), f"{case.number} consent", language)


def _build_confidentiality(session: Session, request: Request, case: Case) -> Built:
    people = [p for p in participant_views(session, case.id or 0) if p.taking_part]
    language = request.language if request.language in LANGUAGES else "en"
    model = doc.ConfidentialityDoc(
        letterhead=letterhead_in(session),
        case_number=case.number,
        language=str(language),
        signers=tuple(_person(p) for p in people if p.role is not Role.PROBATION_OFFICER),
    )
    return Built(forms.build_confidentiality_agreement(model), f"{case.number} confidentiality",
                 str(language))  # fmt: skip


def _build_confirmation(session: Session, request: Request, case: Case) -> Built:
    person = _recipient(session, request, case)
    statement = select(SessionPlan).where(SessionPlan.case_id == case.id)
    if request.session_plan_id is not None:
        statement = statement.where(SessionPlan.id == request.session_plan_id)
    plans = [p for p in session.exec(statement.order_by(col(SessionPlan.starts_at)))
             if p.status == "scheduled" and person.id in p.attendees]  # fmt: skip
    if not plans:
        raise errors.NeedsCorrection({"session": QT_TRANSLATE_NOOP(
            "Documents", "This person is not expected at a scheduled session.")})  # fmt: skip
    plan = plans[0]
    venue = session.get(Venue, plan.venue_id or 0)
    appointment = doc.Appointment(
        starts=plan.starts_at, minutes=plan.minutes,
        venue_name=venue.name if venue else plan.other_place,
        venue_address=venue.address if venue else "",
        joint=plan.kind == AppointmentKind.JOINT_SESSION.value,
    )  # fmt: skip
    prep = preparation_in(session, case.id or 0)
    safety = prep.safety_plan
    language = language_of(person, request.language)
    letterhead, address = letterhead_in(session), person.contact.address
    if person.side is Side.VICTIM:
        choice = next(iter(prep.choices.values()), None)
        victim = doc.VictimConfirmation(
            letterhead=letterhead, case_number=case.number, language=language,
            recipient=_person(person), recipient_address=address, appointment=appointment,
            arrival=safety.victim_arrival if safety else "",
            waiting_area=safety.victim_waiting_area if safety else "",
            support_persons=choice.support_persons if choice else "",
        )  # fmt: skip
        pdf = letters.build_victim_confirmation(victim)
    else:  # the offender side, and anyone neutral: nothing of the victim's
        offender_side = doc.OffenderSideConfirmation(
            letterhead=letterhead, case_number=case.number, language=language,
            recipient=_person(person), recipient_address=address, appointment=appointment,
            arrival=safety.offender_arrival if safety else "",
            waiting_area=safety.offender_waiting_area if safety else "",
        )  # fmt: skip
        pdf = letters.build_offender_side_confirmation(offender_side)
    return Built(pdf, f"{case.number} confirmation", language)


def status_code(stage: Stage, closing_reason: str | None) -> str:
    """What the referral source may be told of where the case stands (status only)."""
    if stage in (Stage.REFERRAL, Stage.INTAKE):
        return "received"
    if stage in (Stage.PREPARATION, Stage.READY):
        return "in_preparation"
    if stage is Stage.SCHEDULED:
        return "session_scheduled"
    if stage is Stage.CLOSED and closing_reason not in (
        "completed",
        "partially_completed",
        "not_completed_returned",
        "no_agreement",
    ):
        return "not_proceeding"
    return "session_held"


def _build_acknowledgment(session: Session, request: Request, case: Case) -> Built:
    prep = preparation_in(session, case.id or 0)
    principals = [p.id for p in prep.participants
                  if p.role in (Role.VICTIM, Role.OFFENDER) and p.taking_part]  # fmt: skip
    consents = sharing_rules(prep.sharing)
    today = date.today()
    statuses: list[tuple[str, str]] = []
    if may_share(Shareable.STATUS, principals, consents, today):
        statuses.append((Shareable.STATUS.value, status_code(prep.stage, case.closing_reason)))
    agreements = session.exec(select(Agreement).where(Agreement.case_id == case.id)).all()
    held = session.exec(select(SessionRecord).where(SessionRecord.case_id == case.id)).all()
    if held and may_share(Shareable.AGREEMENT_REACHED, principals, consents, today):
        signed = any(a.status != Status.DRAFT.value for a in agreements)
        statuses.append((Shareable.AGREEMENT_REACHED.value,
                         "agreement" if signed else "no_agreement"))  # fmt: skip
    language = request.language if request.language in LANGUAGES else "en"
    model = doc.ReferralAcknowledgmentDoc(
        letterhead=letterhead_in(session), case_number=case.number, language=str(language),
        source_agency=case.source_agency, source_person=case.source_person,
        court_number=case.court_number, received_on=case.received_on,
        offenders=tuple(p.name for p in prep.participants if p.role is Role.OFFENDER),
        statuses=tuple(statuses),
    )  # fmt: skip
    return Built(letters.build_referral_acknowledgment(model), f"{case.number} acknowledgment",
                 str(language))  # fmt: skip


def _build_receipt(session: Session, request: Request, case: Case) -> Built:
    model = monitored.receipt(session, case, request.ledger_line_id, request.language,
                              letterhead_in(session))  # fmt: skip
    title = f"{case.number} receipt {model.receipt_number}"
    return Built(monitoring_letters.build_receipt(model), title, model.language)


def _build_reminder(session: Session, request: Request, case: Case) -> Built:
    model = monitored.reminder(session, case, request.participant_id, request.language,
                               letterhead_in(session), date.today())  # fmt: skip
    return Built(monitoring_letters.build_reminder(model), f"{case.number} reminder",
                 model.language)  # fmt: skip


def _build_completion(session: Session, request: Request, case: Case) -> Built:
    model = monitored.completion(session, case, request.language, letterhead_in(session),
                                 date.today())  # fmt: skip
    return Built(monitoring_letters.build_completion_letter(model), f"{case.number} completion",
                 model.language)  # fmt: skip


def _build_victim_notice(session: Session, request: Request, case: Case) -> Built:
    model = monitored.victim_notice(session, case, request.participant_id, request.language,
                                    letterhead_in(session))  # fmt: skip
    return Built(monitoring_letters.build_victim_notice(model), f"{case.number} notice",
                 model.language)  # fmt: skip


_BUILDERS = {
    DocumentKind.AGREEMENT: _build_agreement,
    DocumentKind.SCHEDULE: _build_schedule,
    DocumentKind.CONSENT: _build_consent,
    DocumentKind.CONFIDENTIALITY: _build_confidentiality,
    DocumentKind.CONFIRMATION: _build_confirmation,
    DocumentKind.ACKNOWLEDGMENT: _build_acknowledgment,
    DocumentKind.RECEIPT: _build_receipt,
    DocumentKind.REMINDER: _build_reminder,
    DocumentKind.COMPLETION: _build_completion,
    DocumentKind.VICTIM_NOTICE: _build_victim_notice,
}


def build_document(store: OpenStore, request: Request) -> Built:
    """Gather what the document may carry for its recipient and build the PDF (seconds at most:
    run it off the UI thread)."""
    with reading(store) as session:
        case = _case(session, request.case_id)
        return _BUILDERS[request.kind](session, request, case)


def signing_packet(store: OpenStore, case_id: int) -> list[Request]:
    """The agreement, each payer's schedule and each signer's consent form, one per signer, each
    in the signer's language: what "Print the signing packet" sends."""
    with reading(store) as session:
        case = _case(session, case_id)
        people = {p.id: p for p in participant_views(session, case_id)}
        payers = _payers(session, case)
        requests: list[Request] = []
        for signer in required_signers_in(session, case):
            pid = int(signer.key.split(".")[1]) if signer.key.startswith("participant.") else None
            requests.append(Request(DocumentKind.AGREEMENT, case_id, participant_id=pid))
            if pid is not None and people[pid].role is Role.OFFENDER and pid in payers:
                requests.append(Request(DocumentKind.SCHEDULE, case_id, participant_id=pid))
            if pid is not None:
                requests.append(Request(DocumentKind.CONSENT, case_id, participant_id=pid))
        return requests


def _payers(session: Session, case: Case) -> set[int]:
    """Who owes instalments under the agreement in force (none without an agreement)."""
    try:
        _, terms = _agreement(session, Request(DocumentKind.AGREEMENT, case.id or 0), case)
    except errors.NeedsCorrection:
        return set()
    return {p for row in terms if (term := term_input(row)).payments for p in term.responsible}
