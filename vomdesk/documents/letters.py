"""Letters: session confirmations to each side and the referral acknowledgment (status only)."""

from __future__ import annotations

import datetime

from reportlab.platypus import Flowable, KeepTogether, Spacer

from vomdesk.documents import wording
from vomdesk.documents.layout import PageSpec, bullet, facts, para, render
from vomdesk.documents.models import (
    Appointment,
    Letterhead,
    OffenderSideConfirmation,
    ReferralAcknowledgmentDoc,
    VictimConfirmation,
)


def build_victim_confirmation(doc: VictimConfirmation) -> bytes:
    """The session confirmation letter to a victim or their companion."""
    lang = wording.language(doc.language)
    extra = [
        ("arrival", doc.arrival),
        ("waiting_area", doc.waiting_area),
        ("support_persons", doc.support_persons),
    ]
    rows = _appointment_rows(doc.appointment, lang) + _given(extra, lang)
    notes = [wording.text(lang, "victim_support")]
    return _confirmation(
        doc.letterhead,
        doc.case_number,
        lang,
        doc.recipient.name,
        doc.recipient_address,
        doc.made_on,
        doc.appointment,
        rows,
        notes,
    )


def build_offender_side_confirmation(doc: OffenderSideConfirmation) -> bytes:
    """The session confirmation letter to an offender or someone who accompanies them."""
    lang = wording.language(doc.language)
    extra = [("arrival", doc.arrival), ("waiting_area", doc.waiting_area)]
    rows = _appointment_rows(doc.appointment, lang) + _given(extra, lang)
    notes = [wording.text(lang, "offender_arrive")]
    return _confirmation(
        doc.letterhead,
        doc.case_number,
        lang,
        doc.recipient.name,
        doc.recipient_address,
        doc.made_on,
        doc.appointment,
        rows,
        notes,
    )


def build_referral_acknowledgment(doc: ReferralAcknowledgmentDoc) -> bytes:
    """The letter to the referral source: the referral received, then only the cleared statuses."""
    lang = wording.language(doc.language)
    spec = _letter_spec(doc.letterhead, doc.case_number, lang, "acknowledgment_kind")
    recipient = "\n".join(
        line for line in (doc.source_person.strip(), doc.source_agency.strip()) if line
    )
    court = doc.court_number.strip()
    court_text = f" ({wording.text(lang, 'court_number', number=court)})" if court else ""
    received = wording.text(
        lang,
        "ack_received",
        number=doc.case_number,
        court=court_text,
        date=wording.long_date(doc.received_on, lang),
        names=wording.names(doc.offenders, lang),
    )
    if doc.source_person.strip():
        greeting = wording.text(lang, "dear", name=doc.source_person.strip())
    else:
        greeting = wording.text(lang, "dear_agency", agency=doc.source_agency.strip())
    body = _opening(doc.made_on, lang, recipient, "ack_subject", doc.case_number, greeting)
    body.append(para(received))
    sentences = [
        sentence
        for shareable, status in doc.statuses
        if (sentence := wording.status_sentence(lang, shareable, status)) is not None
    ]
    if sentences:
        body += [bullet(sentence) for sentence in dict.fromkeys(sentences)]
        body.append(Spacer(1, 4))
    else:
        body.append(para(wording.text(lang, "ack_nothing_more")))
    body.append(para(wording.text(lang, "ack_confidential")))
    body.append(para(_call(doc.letterhead, lang, "call_us", "contact_us")))
    body += _closing(doc.letterhead, lang)
    return render(spec, body)


def _confirmation(
    letterhead: Letterhead,
    case_number: str,
    lang: str,
    name: str,
    address: str,
    made_on: datetime.date,
    appointment: Appointment,
    rows: list[tuple[str, str]],
    notes: list[str],
) -> bytes:
    spec = _letter_spec(letterhead, case_number, lang, "confirmation_kind")
    recipient = "\n".join(line for line in (name.strip(), address.strip()) if line)
    greeting = wording.text(lang, "dear", name=name.strip())
    body = _opening(made_on, lang, recipient, "confirmation_subject", case_number, greeting)
    thanks = "thanks_joint" if appointment.joint else "thanks_separate"
    body += [para(wording.text(lang, thanks)), facts(rows), Spacer(1, 10)]
    body += [para(note) for note in notes]
    body.append(para(_call(letterhead, lang, "change_call", "change")))
    body += _closing(letterhead, lang)
    return render(spec, body)


def _letter_spec(letterhead: Letterhead, case_number: str, lang: str, kind: str) -> PageSpec:
    return PageSpec(
        letterhead=letterhead,
        case_number=case_number,
        language=lang,
        title=wording.text(lang, kind),
        show_title=False,
    )


def _opening(
    made_on: datetime.date, lang: str, recipient: str, subject: str, case_number: str, greeting: str
) -> list[Flowable]:
    """Date, the recipient's name and address, the subject line and the greeting."""
    out: list[Flowable] = [para(wording.long_date(made_on, lang)), Spacer(1, 10)]
    if recipient:
        out += [para(recipient, "tight"), Spacer(1, 14)]
    re = wording.text(lang, "re")
    out += [
        para(f"{re} {wording.text(lang, subject, number=case_number)}", "bold"),
        Spacer(1, 8),
        para(greeting),
    ]
    return out


def _appointment_rows(appointment: Appointment, lang: str) -> list[tuple[str, str]]:
    place = "\n".join(
        part for part in (appointment.venue_name.strip(), appointment.venue_address.strip()) if part
    )
    length = wording.text(lang, "about", length=wording.duration(appointment.minutes, lang))
    return [
        (wording.text(lang, "when"), wording.local_day(appointment.starts, lang)),
        (wording.text(lang, "time"), wording.local_time(appointment.starts, lang)),
        (wording.text(lang, "length"), length),
        (wording.text(lang, "place"), place),
        (
            wording.text(lang, "meeting"),
            wording.text(lang, "joint" if appointment.joint else "separate"),
        ),
    ]


def _given(items: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    """The label and value of each item that was filled in."""
    return [(wording.text(lang, key), value.strip()) for key, value in items if value.strip()]


def _call(letterhead: Letterhead, lang: str, with_phone: str, without: str) -> str:
    phone = letterhead.phone.strip()
    return wording.text(lang, with_phone, phone=phone) if phone else wording.text(lang, without)


def _closing(letterhead: Letterhead, lang: str) -> list[Flowable]:
    """Sincerely, room to sign, the mediator's name and role with the program."""
    lines = [letterhead.mediator_name.strip()] if letterhead.mediator_name.strip() else []
    lines.append(wording.text(lang, "mediator_for", program=letterhead.program_name.strip()))
    return [
        KeepTogether(
            [
                Spacer(1, 6),
                para(wording.text(lang, "regards")),
                Spacer(1, 30),
                para("\n".join(lines), "tight"),
            ]
        )
    ]
