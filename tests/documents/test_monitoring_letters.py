"""The monitoring documents in English and Spanish: receipt, reminder, completion letter and
the notice to the victim; their text read back, neutral metadata, and models with no room for
the victim's contact details where the victim's details must not go."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from vomdesk.documents import wording
from vomdesk.documents.models import (
    CompletionLetterDoc,
    Letterhead,
    OverdueTerm,
    ReceiptDoc,
    ReminderDoc,
    VictimNoticeDoc,
)
from vomdesk.documents.monitoring_letters import (
    build_completion_letter,
    build_receipt,
    build_reminder,
    build_victim_notice,
)

CASE = "2026-014"
PROGRAM = "Programa de Mediación Cañón"
MEDIATOR = "Rosa Martínez"
OFFENDER, GUARDIAN, VICTIM = "Jayden Ortiz", "Ana Ortiz", "Marta Gómez"
MARCH_5 = dt.date(2026, 3, 5)
DATES = {"en": "March 5, 2026", "es": "5 de marzo de 2026"}
LETTERHEAD = Letterhead(PROGRAM, "120 Main Street", "(505) 555-0142", None, MEDIATOR)
EMBEDDED_DEJAVU = re.compile(r"^/[A-Z]{6}\+DejaVuSans(-Bold|Mono)?$")


def receipt(language: str, **changes: object) -> ReceiptDoc:
    doc = ReceiptDoc(
        LETTERHEAD, CASE, language, "R2026-0007", dt.date(2026, 3, 2), OFFENDER, 12_345,
        "money_order", "Pay for the broken window", 5_000, "Ana Ruiz", instalment=2,
        instalments=4, payee=VICTIM, made_on=MARCH_5,
    )  # fmt: skip
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


OVERDUE = (
    OverdueTerm("financial", "Pay for the broken window", dt.date(2026, 2, 1), amount_cents=24_690),
    OverdueTerm("community_service", "Food bank", dt.date(2026, 2, 20), hours=12.5),
    OverdueTerm(
        "apology", "A letter of apology", dt.date(2026, 2, 10), item="A handwritten letter"
    ),
)


def reminder(language: str, guardian: str = GUARDIAN) -> ReminderDoc:
    return ReminderDoc(LETTERHEAD, CASE, language, OFFENDER, "12 Elm Street", OVERDUE,
                       dt.date(2026, 3, 19), guardian=guardian, made_on=MARCH_5)  # fmt: skip


def completion(language: str, statuses: tuple[tuple[str, str], ...]) -> CompletionLetterDoc:
    return CompletionLetterDoc(LETTERHEAD, CASE, language, "County Juvenile Probation",
                               "Officer Dana Reyes", "JV26-00123", dt.date(2025, 11, 2),
                               (OFFENDER,), statuses, made_on=MARCH_5)  # fmt: skip


def notice(language: str, outcome: str, **changes: object) -> VictimNoticeDoc:
    doc = VictimNoticeDoc(LETTERHEAD, CASE, language, VICTIM, "44 Alamo Lane", outcome,
                          paid_cents=24_690, held_cents=5_000,
                          source_agency="County Juvenile Probation", made_on=MARCH_5)  # fmt: skip
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def every_document(language: str) -> dict[str, bytes]:
    return {
        "receipt": build_receipt(receipt(language)),
        "reminder": build_reminder(reminder(language)),
        "completion": build_completion_letter(completion(language, (("completion", "completed"),))),
        "notice": build_victim_notice(notice(language, "completed")),
    }


ALL = [(lang, name, pdf) for lang in ("en", "es") for name, pdf in every_document(lang).items()]
IDS = [f"{name}-{lang}" for lang, name, _ in ALL]
TITLES = {"receipt": "receipt_kind", "reminder": "reminder_kind",
          "completion": "completion_kind", "notice": "notice_kind"}  # fmt: skip


@pytest.mark.parametrize(("language", "name", "pdf"), ALL, ids=IDS)
def test_letterhead_footer_date_fonts_and_neutral_metadata(
    language: str, name: str, pdf: bytes
) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    text = text_of(pdf)
    assert CASE in text and PROGRAM in text and DATES[language] in text
    assert ("Page 1 of 1" if language == "en" else "Página 1 de 1") in text
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            assert EMBEDDED_DEJAVU.match(str(font.get_object()["/BaseFont"]))
    meta = reader.metadata
    assert meta is not None
    assert str(meta.get("/Title")) == wording.text(language, TITLES[name])
    assert str(meta.get("/Author")) == "vomdesk"
    values = [str(meta.get(key, "")) for key in ("/Title", "/Subject", "/Keywords", "/Creator")]
    for value in values:
        for secret in (OFFENDER, GUARDIAN, VICTIM, PROGRAM, MEDIATOR, CASE, "R2026-0007"):
            assert secret not in value


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Payment receipt", "R2026-0007", "March 2, 2026", OFFENDER, "$123.45",
                "Money order", "Instalment 2 of 4", "Balance remaining", "$50.00", "Ana Ruiz",
                "Keep this receipt"]),
        ("es", ["Recibo de pago", "R2026-0007", "2 de marzo de 2026", OFFENDER, "$123.45",
                "Giro postal", "Cuota 2 de 4", "Saldo pendiente", "$50.00", "Recibido por",
                "Guarde este recibo"]),
    ],
)  # fmt: skip
def test_the_receipt(language: str, expected: list[str]) -> None:
    text = text_of(build_receipt(receipt(language)))
    for value in expected:
        assert value in text, value


def test_a_receipt_that_pays_it_all_says_paid_in_full_and_keeps_an_unknown_method() -> None:
    text = text_of(build_receipt(receipt("en", balance_cents=0, method="Venmo")))
    assert "$0.00 (paid in full)" in text and "Venmo" in text
    spanish = text_of(build_receipt(receipt("es", balance_cents=0, method="cash")))
    assert "pagado en su totalidad" in spanish and "Efectivo" in spanish


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_reminder_addresses_offender_and_guardian_with_what_is_overdue(language: str) -> None:
    text = text_of(build_reminder(reminder(language)))
    assert OFFENDER in text and GUARDIAN in text and "12 Elm Street" in text
    assert "$246.90" in text and "12.5" in text and "A handwritten letter" in text
    respond = "March 19, 2026" if language == "en" else "19 de marzo de 2026"
    assert respond in text and "(505) 555-0142" in text
    words = ("Dear", "parent or legal guardian") if language == "en" else (
        "Estimados(as)", "padre, madre o tutor legal")  # fmt: skip
    assert all(word in text for word in words)


def test_an_adults_reminder_names_no_guardian() -> None:
    text = text_of(build_reminder(reminder("en", guardian="")))
    assert f"Dear {OFFENDER}:" in text and "guardian" not in text


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("outcome", ["completed", "partially_completed", "not_completed"])
def test_the_completion_letter_says_only_the_status_given(language: str, outcome: str) -> None:
    sentences = wording.status_sentences(language)
    told = text_of(build_completion_letter(completion(language, (("completion", outcome),))))
    silent = text_of(build_completion_letter(completion(language, ())))
    for (shareable, status), sentence in sentences.items():
        assert (sentence in told) == ((shareable, status) == ("completion", outcome))
        assert sentence not in silent
    assert wording.text(language, "ack_nothing_more") in silent
    assert "JV26-00123" in told and OFFENDER in told


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_victim_notice(language: str) -> None:
    done = text_of(build_victim_notice(notice(language, "completed")))
    returned = text_of(build_victim_notice(notice(language, "not_completed")))
    assert VICTIM in done and "44 Alamo Lane" in done and "$246.90" in done and "$50.00" in done
    assert "County Juvenile Probation" not in done
    assert "County Juvenile Probation" in returned
    partial = text_of(build_victim_notice(notice(language, "partially_completed")))
    assert "County Juvenile Probation" not in partial
    unpaid = text_of(build_victim_notice(notice(language, "not_completed", paid_cents=0,
                                                held_cents=0)))  # fmt: skip
    assert wording.text(language, "notice_nothing_paid") in unpaid
    if language == "en":
        assert "has been completed" in done and "was not completed" in returned
    else:
        assert "se ha cumplido" in done and "no se cumplió" in returned


# Who may appear in a letter for the offender side or the referral source: names, the
# recipient's own address, terms and statuses; nothing else about a person.
ALLOWED = {
    ReminderDoc: {"letterhead", "case_number", "language", "recipient", "recipient_address",
                  "overdue", "respond_by", "guardian", "made_on"},
    OverdueTerm: {"kind", "description", "since", "amount_cents", "hours", "item"},
    CompletionLetterDoc: {"letterhead", "case_number", "language", "source_agency",
                          "source_person", "court_number", "received_on", "offenders",
                          "statuses", "made_on"},
}  # fmt: skip


FORBIDDEN = ("victim", "phone", "email", "employer", "topic", "question", "arrival", "waiting")


@pytest.mark.parametrize("model", list(ALLOWED), ids=lambda m: m.__name__)
def test_reminder_and_completion_models_have_no_room_for_the_victim(model: type) -> None:
    names = {f.name for f in dataclasses.fields(model)}
    assert names == ALLOWED[model]
    for name in names:
        assert not any(word in name for word in FORBIDDEN)
