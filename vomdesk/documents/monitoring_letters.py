"""Monitoring documents: the payment receipt, the reminder, the completion letter to the
referral source (status only) and the notice to the victim."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Spacer

from vomdesk.documents import wording
from vomdesk.documents.layout import WIDTH, PageSpec, bullet, facts, grid, para, render
from vomdesk.documents.letters import _call, _closing, _letter_spec, _opening
from vomdesk.documents.models import (
    CompletionLetterDoc,
    OverdueTerm,
    ReceiptDoc,
    ReminderDoc,
    VictimNoticeDoc,
)

OUTCOMES = ("completed", "partially_completed", "not_completed")


def build_receipt(doc: ReceiptDoc) -> bytes:
    """The receipt for one payment, as PDF bytes, in ``doc.language``."""
    lang = wording.language(doc.language)
    spec = PageSpec(
        letterhead=doc.letterhead,
        case_number=doc.case_number,
        language=lang,
        title=wording.text(lang, "receipt_kind"),
        lines=(
            wording.text(lang, "receipt_no", number=doc.receipt_number),
            wording.text(lang, "prepared_on", date=wording.long_date(doc.made_on, lang)),
        ),
    )
    term = doc.term_description.strip()
    if doc.instalment is not None:
        key = "instalment_of" if doc.instalments else "instalment_only"
        part = wording.text(lang, key, number=doc.instalment, count=doc.instalments)
        term = f"{term}\n{part}" if term else part
    balance = wording.money(max(doc.balance_cents, 0), lang)
    if doc.balance_cents <= 0:
        balance = wording.text(lang, "paid_in_full", amount=balance)
    rows = [
        (wording.text(lang, "receipt_no", number="").strip(), doc.receipt_number),
        (wording.text(lang, "received_on"), wording.long_date(doc.received_on, lang)),
        (wording.text(lang, "received_from"), doc.payer.strip()),
        (wording.text(lang, "amount"), wording.money(doc.amount_cents, lang)),
        (wording.text(lang, "method"), wording.payment_method(lang, doc.method)),
        (wording.text(lang, "for_term"), term),
        (wording.text(lang, "paid_to"), doc.payee.strip()),
        (wording.text(lang, "balance_after"), balance),
        (wording.text(lang, "received_by"), doc.received_by.strip()),
    ]
    body: list[Flowable] = [
        para(wording.text(lang, "receipt_intro", number=doc.case_number)),
        facts([(label, value) for label, value in rows if value], label_width=2.1 * inch),
        Spacer(1, 14),
        para(wording.text(lang, "keep_receipt"), "bold"),
        Spacer(1, 6),
        para(_call(doc.letterhead, lang, "call_us", "contact_us")),
    ]
    return render(spec, body)


def build_reminder(doc: ReminderDoc) -> bytes:
    """The reminder to an offender (and their parent or guardian) about terms behind."""
    lang = wording.language(doc.language)
    spec = _letter_spec(doc.letterhead, doc.case_number, lang, "reminder_kind")
    name, guardian = doc.recipient.strip(), doc.guardian.strip()
    lines = [name]
    if guardian:
        lines.append(f"{guardian} ({wording.role_name(lang, 'parent_guardian')})")
    lines.append(doc.recipient_address.strip())
    recipient = "\n".join(line for line in lines if line)
    if guardian:
        greeting = wording.text(lang, "dear_two", name=name, guardian=guardian)
    else:
        greeting = wording.text(lang, "dear", name=name)
    body = _opening(doc.made_on, lang, recipient, "reminder_subject", doc.case_number, greeting)
    if guardian:
        body.append(para(wording.text(lang, "reminder_guardian", guardian=guardian, name=name)))
    body.append(para(wording.text(lang, "reminder_intro", number=doc.case_number)))
    body += [_overdue_table(doc.overdue, lang), Spacer(1, 10)]
    respond = wording.long_date(doc.respond_by, lang)
    body += [para(wording.text(lang, "reminder_todo", date=respond), "bold"), Spacer(1, 6)]
    body.append(para(_call(doc.letterhead, lang, "reminder_call", "reminder_contact")))
    body.append(para(wording.text(lang, "reminder_next")))
    body.append(para(wording.text(lang, "reminder_paid")))
    body += _closing(doc.letterhead, lang)
    return render(spec, body)


def _overdue_table(items: tuple[OverdueTerm, ...], lang: str) -> Flowable:
    widths = [WIDTH * 0.46, WIDTH * 0.32, WIDTH * 0.22]
    rows = []
    for item in items:
        kind = wording.term_kind_name(lang, item.kind)
        what = f"{kind}\n{item.description.strip()}" if item.description.strip() else kind
        rows.append([what, _outstanding(item, lang), wording.short_date(item.since, lang)])
    header = [wording.text(lang, key) for key in ("term", "outstanding", "since")]
    return grid(header, rows, widths)


def _outstanding(item: OverdueTerm, lang: str) -> str:
    if item.amount_cents is not None:
        return wording.money(item.amount_cents, lang)
    if item.hours is not None:
        return wording.hours(item.hours, lang)
    return wording.text(lang, "to_give", item=item.item.strip()) if item.item.strip() else ""


def build_completion_letter(doc: CompletionLetterDoc) -> bytes:
    """The letter to the referral source at the end of monitoring: only the cleared statuses."""
    lang = wording.language(doc.language)
    spec = _letter_spec(doc.letterhead, doc.case_number, lang, "completion_kind")
    recipient = "\n".join(
        line for line in (doc.source_person.strip(), doc.source_agency.strip()) if line
    )
    court = doc.court_number.strip()
    court_text = f" ({wording.text(lang, 'court_number', number=court)})" if court else ""
    if doc.source_person.strip():
        greeting = wording.text(lang, "dear", name=doc.source_person.strip())
    else:
        greeting = wording.text(lang, "dear_agency", agency=doc.source_agency.strip())
    body = _opening(doc.made_on, lang, recipient, "completion_subject", doc.case_number, greeting)
    intro = wording.text(
        lang,
        "completion_intro",
        number=doc.case_number,
        court=court_text,
        date=wording.long_date(doc.received_on, lang),
        names=wording.names(doc.offenders, lang),
    )
    body.append(para(intro))
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


def build_victim_notice(doc: VictimNoticeDoc) -> bytes:
    """The notice to a victim that the agreement was completed or not, and what was paid."""
    lang = wording.language(doc.language)
    spec = _letter_spec(doc.letterhead, doc.case_number, lang, "notice_kind")
    recipient = "\n".join(
        line for line in (doc.recipient.strip(), doc.recipient_address.strip()) if line
    )
    greeting = wording.text(lang, "dear", name=doc.recipient.strip())
    body = _opening(doc.made_on, lang, recipient, "notice_subject", doc.case_number, greeting)
    outcome = doc.outcome if doc.outcome in OUTCOMES else "not_completed"
    body.append(para(wording.text(lang, f"notice_{outcome}", number=doc.case_number)))
    if outcome == "not_completed" and doc.source_agency.strip():
        body.append(para(wording.text(lang, "notice_returned", agency=doc.source_agency.strip())))
    paid, held = wording.money(doc.paid_cents, lang), wording.money(doc.held_cents, lang)
    if doc.paid_cents > 0:
        body.append(para(wording.text(lang, "notice_paid", amount=paid)))
    if doc.held_cents > 0:
        body.append(para(wording.text(lang, "notice_held", amount=held)))
    if doc.money_owed and doc.paid_cents <= 0 and doc.held_cents <= 0:
        body.append(para(wording.text(lang, "notice_nothing_paid")))
    body.append(para(wording.text(lang, "notice_thanks")))
    body.append(para(_call(doc.letterhead, lang, "notice_call", "notice_contact")))
    body += _closing(doc.letterhead, lang)
    return render(spec, body)
