"""The monitoring documents built from a monitored case: receipt, reminder, completion letter,
notice to the victim; the victim's details never reach the offender side or the source, and
the completion letter says the outcome only with every party's consent to share it."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from vomdesk.domain.agreements import SessionOutcome, TermKind
from vomdesk.domain.consent import Shareable
from vomdesk.domain.instalments import Frequency, plan
from vomdesk.domain.stages import ClosingReason
from vomdesk.services import errors
from vomdesk.services.agreement_signing import sign
from vomdesk.services.agreements import TermInput, agreements_of, save_draft, start_agreement
from vomdesk.services.closing import close_with_summary
from vomdesk.services.consents import record_sharing
from vomdesk.services.documents import DocumentKind, Request, build_document
from vomdesk.services.monitoring import (
    mark_done,
    pass_on,
    record_hours,
    record_payment,
    reverse_line,
)
from vomdesk.services.open_store import OpenStore
from vomdesk.services.session_records import record_session

TODAY = date.today()
SIGNED = TODAY - timedelta(days=90)
VICTIM_SECRETS = ("44 Alamo Lane", "970-555-0199", "Laura Gómez Prieto", "Laura")


@dataclass(frozen=True)
class Monitored:
    """A juvenile case in monitoring: $480 in four instalments, an apology, ten hours."""

    case_id: int
    victim: int
    offender: int
    guardian: int
    first_payment: int  # the ledger line of the first instalment paid
    receipt: str


@pytest.fixture
def monitored(store: OpenStore, case_in_preparation, prepare) -> Monitored:  # type: ignore[no-untyped-def]
    case = case_in_preparation
    prepare(store, case, on=SIGNED - timedelta(days=10))
    people = [case.victim, case.offender, case.guardian]
    record_session(store, case.case_id, held_at=datetime.combine(SIGNED, datetime.min.time(),
                   tzinfo=UTC) + timedelta(hours=17), minutes=90, attendees=people,
                   speaking_order=[case.victim, case.offender],
                   outcome=SessionOutcome.AGREEMENT)  # fmt: skip
    agreement = start_agreement(store, case.case_id, governing_language="en")
    payments = tuple(plan(48_000, SIGNED + timedelta(days=14), Frequency.MONTHLY, count=4))
    save_draft(store, agreement, [
        TermInput(TermKind.FINANCIAL, "Pay for the broken window", (case.offender,),
                  amount_cents=48_000, payee="Laura Gómez Prieto", frequency="monthly",
                  payments=payments),
        TermInput(TermKind.APOLOGY, "A letter of apology", (case.offender,),
                  item="A handwritten letter", deadline=SIGNED + timedelta(days=21)),
        TermInput(TermKind.COMMUNITY_SERVICE, "Service at the food bank", (case.offender,),
                  hours=10.0, deadline=SIGNED + timedelta(days=80)),
    ], difference_reason="", deadline_reason="Agreed with the referral source")  # fmt: skip
    [view] = agreements_of(store, case.case_id)
    for signer in view.required:
        sign(store, agreement, signer.key, SIGNED)
    line, receipt = record_payment(store, case.case_id, 0, cents=12_000,
                                   on=SIGNED + timedelta(days=13), offender_id=case.offender,
                                   method="money_order", received_by="Ana Ruiz",
                                   instalment=1)  # fmt: skip
    return Monitored(case.case_id, case.victim, case.offender, case.guardian, line, receipt)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def build(store: OpenStore, kind: DocumentKind, case: Monitored, **options) -> str:  # type: ignore[no-untyped-def]
    return text_of(build_document(store, Request(kind, case.case_id, **options)).pdf)


def complete_everything(store: OpenStore, case: Monitored) -> None:
    for number in range(3):
        record_payment(store, case.case_id, 0, cents=12_000,
                       on=SIGNED + timedelta(days=30 + 10 * number), offender_id=case.offender,
                       instalment=number + 2)  # fmt: skip
    pass_on(store, case.case_id, 0, cents=48_000, on=SIGNED + timedelta(days=60))
    for day in (20, 27, 34):
        record_hours(store, case.case_id, 2, on=SIGNED + timedelta(days=day), hours=10 / 3,
                     site="Food bank", verified_by="Site supervisor")  # fmt: skip
    mark_done(store, case.case_id, 1, done_on=SIGNED + timedelta(days=18),
              evidence="Handed over at the office")  # fmt: skip


def share(store: OpenStore, case: Monitored, *what: Shareable) -> None:
    for person in (case.victim, case.offender):
        record_sharing(store, person, allowed=set(what), given_on=SIGNED, until=None)


def test_the_receipt_names_payment_term_instalment_and_balance(store, monitored) -> None:  # type: ignore[no-untyped-def]
    built = build_document(store, Request(DocumentKind.RECEIPT, monitored.case_id,
                                          ledger_line_id=monitored.first_payment))  # fmt: skip
    assert monitored.receipt in built.job_title and "José" not in built.job_title
    text = text_of(built.pdf)
    for expected in (monitored.receipt, "José Muñoz", "$120.00", "Money order",
                     "Pay for the broken window", "Instalment 1 of 4", "$360.00", "Ana Ruiz",
                     "Keep this receipt"):  # fmt: skip
        assert expected in text, expected
    spanish = build(store, DocumentKind.RECEIPT, monitored, ledger_line_id=monitored.first_payment,
                    language="es")  # fmt: skip
    assert (
        "Recibo de pago" in spanish and "Saldo pendiente" in spanish and "Cuota 1 de 4" in spanish
    )


def test_a_receipt_needs_a_payment_that_still_stands(store, monitored) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.NeedsCorrection) as missing:
        build(store, DocumentKind.RECEIPT, monitored)
    assert "payment" in missing.value.problems
    reversal = reverse_line(store, monitored.first_payment, "Entered twice", today=TODAY)
    for line in (monitored.first_payment, reversal):
        with pytest.raises(errors.NeedsCorrection):
            build(store, DocumentKind.RECEIPT, monitored, ledger_line_id=line)


def test_the_reminder_names_what_is_overdue_and_the_guardian_never_the_victim(
    store,
    monitored,  # type: ignore[no-untyped-def]
) -> None:
    text = build(store, DocumentKind.REMINDER, monitored)
    assert "José Muñoz" in text and "María Muñoz" in text
    assert "Pay for the broken window" in text and "A letter of apology" in text
    assert "Service at the food bank" in text and "10 hours" in text
    assert "Your restitution agreement" in text
    for secret in VICTIM_SECRETS:
        assert secret not in text
    spanish = build(store, DocumentKind.REMINDER, monitored, language="es")
    assert "Vencido desde" in spanish and "María Muñoz" in spanish


def test_no_reminder_when_nothing_is_overdue(store, monitored) -> None:  # type: ignore[no-untyped-def]
    complete_everything(store, monitored)
    with pytest.raises(errors.NeedsCorrection) as refused:
        build(store, DocumentKind.REMINDER, monitored)
    assert "reminder" in refused.value.problems


@pytest.mark.parametrize(
    "allowed",
    [(), (Shareable.STATUS, Shareable.AGREEMENT_REACHED), (Shareable.COMPLETION,)],
    ids=["no-consent", "status-only", "completion"],
)
def test_the_completion_letter_says_the_outcome_only_with_consent(
    store,
    monitored,
    allowed,  # type: ignore[no-untyped-def]
) -> None:
    with pytest.raises(errors.NeedsCorrection):  # not closed yet
        build(store, DocumentKind.COMPLETION, monitored)
    if allowed:
        share(store, monitored, *allowed)
    complete_everything(store, monitored)
    close_with_summary(store, monitored.case_id, ClosingReason.COMPLETED, "All terms met.")
    text = build(store, DocumentKind.COMPLETION, monitored)
    assert "José Muñoz" in text and "Valle Verde Juvenile Probation" in text
    told = Shareable.COMPLETION in allowed
    assert ("The agreement has been completed." in text) is told
    assert ("only as the parties' consent allows" in text) is not told
    for sentence in ("was not completed", "Part of the agreement", "agreement was"):
        assert sentence not in text
    for secret in (*VICTIM_SECRETS, "All terms met"):
        assert secret not in text
    spanish = build(store, DocumentKind.COMPLETION, monitored, language="es")
    assert ("Se ha cumplido el acuerdo." in spanish) is told


def test_a_returned_case_is_reported_not_completed(store, monitored) -> None:  # type: ignore[no-untyped-def]
    share(store, monitored, Shareable.COMPLETION)
    close_with_summary(store, monitored.case_id, ClosingReason.NOT_COMPLETED_RETURNED, "Returned.")
    assert "The agreement was not completed." in build(store, DocumentKind.COMPLETION, monitored)
    notice = build(store, DocumentKind.VICTIM_NOTICE, monitored)
    assert "Laura Gómez Prieto" in notice and "was not completed" in notice
    assert "Valle Verde Juvenile Probation" in notice
    assert "holds $120.00" in notice
    with pytest.raises(errors.NeedsCorrection):  # nothing to remind of on a closed case
        build(store, DocumentKind.REMINDER, monitored)


def test_the_victim_notice_says_completed_and_what_was_paid(store, monitored) -> None:  # type: ignore[no-untyped-def]
    complete_everything(store, monitored)
    close_with_summary(store, monitored.case_id, ClosingReason.COMPLETED, "All terms met.")
    built = build_document(store, Request(DocumentKind.VICTIM_NOTICE, monitored.case_id))
    text = text_of(built.pdf)
    assert "Laura Gómez Prieto" in text and "44 Alamo Lane" in text
    assert "has been completed" in text and "$480.00" in text
    assert "Laura" not in built.job_title
    spanish = build(store, DocumentKind.VICTIM_NOTICE, monitored, language="es")
    assert "se ha cumplido" in spanish.lower() and "$480.00" in spanish
