"""Every printed document in English and Spanish: key fields, footers, fonts, neutral metadata."""

from __future__ import annotations

import datetime as dt
import io
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from vomdesk.documents import wording
from vomdesk.documents.agreement import build_agreement
from vomdesk.documents.forms import build_confidentiality_agreement, build_consent_form
from vomdesk.documents.letters import (
    build_offender_side_confirmation,
    build_referral_acknowledgment,
    build_victim_confirmation,
)
from vomdesk.documents.models import (
    AgreementDoc,
    Appointment,
    ConfidentialityDoc,
    ConsentFormDoc,
    Instalment,
    Letterhead,
    OffenderSideConfirmation,
    PaymentScheduleDoc,
    Person,
    ReferralAcknowledgmentDoc,
    Share,
    Signer,
    Term,
    VictimConfirmation,
)
from vomdesk.documents.payment_schedule import build_payment_schedule

CASE = "2026-014"
PROGRAM = "Programa de Mediación Cañón"
MEDIATOR = "Rosa Martínez"
VICTIM, OFFENDER, CO_OFFENDER, GUARDIAN = "Marta Gómez", "Jayden Ortiz", "Luis Peña", "Ana Peña"
NAMES = (PROGRAM, MEDIATOR, VICTIM, OFFENDER, CO_OFFENDER, GUARDIAN, CASE)
EMBEDDED_DEJAVU = re.compile(r"^/[A-Z]{6}\+DejaVuSans(-Bold|Mono)?$")
MARCH_5 = dt.date(2026, 3, 5)
DATES = {"en": "March 5, 2026", "es": "5 de marzo de 2026"}


def _png(width: int = 300, height: int = 100) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (30, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


LETTERHEAD = Letterhead(
    PROGRAM, "120 Main Street\nValle Verde, NM 87000", "(505) 555-0142", _png(), MEDIATOR
)
INSTALMENTS = tuple(Instalment(dt.date(2026, month, 28), 12_345) for month in range(4, 8))
TERMS = (
    Term(
        "financial",
        "Pay for the broken window.",
        (OFFENDER, CO_OFFENDER),
        amount_cents=49_380,
        payee=VICTIM,
        instalments=INSTALMENTS,
        joint=True,
    ),
    Term(
        "financial",
        "Replace the bicycle.",
        (OFFENDER, CO_OFFENDER),
        amount_cents=30_000,
        payee=VICTIM,
        deadline=dt.date(2026, 9, 1),
        shares=(Share(OFFENDER, 20_000), Share(CO_OFFENDER, 10_000)),
    ),
    Term("community_service", "Food bank.", (OFFENDER,), hours=25, deadline=dt.date(2026, 8, 15)),
    Term("apology", "A letter.", (CO_OFFENDER,), item="Letter", deadline=dt.date(2026, 4, 1)),
)


def agreement(language: str = "en", governing: str = "en", **changes: Any) -> AgreementDoc:
    fields: dict[str, Any] = {
        "letterhead": LETTERHEAD,
        "case_number": CASE,
        "language": language,
        "governing_language": governing,
        "version": 1,
        "session_on": MARCH_5,
        "victims": (Person(VICTIM, "victim"),),
        "offenders": (Person(OFFENDER, "offender"), Person(CO_OFFENDER, "offender")),
        "guardians": (Person(GUARDIAN, "parent_guardian"),),
        "terms": TERMS,
        "signers": (
            Signer(VICTIM, "victim", MARCH_5),
            Signer(OFFENDER, "offender"),
            Signer(CO_OFFENDER, "offender"),
            Signer(GUARDIAN, "parent_guardian"),
            Signer(MEDIATOR, "mediator", MARCH_5),
        ),
        "made_on": MARCH_5,
    }
    fields.update(changes)
    return AgreementDoc(**fields)


APPOINTMENT = Appointment(
    dt.datetime(2026, 3, 20, 17, 30, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
    90,
    "Valle Verde Library, Room B",
    "301 Oak Avenue",
)


def every_document(language: str) -> dict[str, bytes]:
    """Each builder once, in the language."""
    rows = tuple((item, "1. Window") for item in INSTALMENTS)
    return {
        "agreement": build_agreement(agreement(language, language)),
        "schedule": build_payment_schedule(
            PaymentScheduleDoc(LETTERHEAD, CASE, language, OFFENDER, VICTIM, rows, MARCH_5)
        ),
        "consent": build_consent_form(
            ConsentFormDoc(
                LETTERHEAD,
                CASE,
                language,
                Person(GUARDIAN, "parent_guardian"),
                guardian_of=CO_OFFENDER,
                made_on=MARCH_5,
            )
        ),
        "confidentiality": build_confidentiality_agreement(
            ConfidentialityDoc(
                LETTERHEAD,
                CASE,
                language,
                (Person(VICTIM, "victim"), Person(OFFENDER, "offender")),
                MARCH_5,
            )
        ),
        "victim_letter": build_victim_confirmation(
            VictimConfirmation(
                LETTERHEAD,
                CASE,
                language,
                Person(VICTIM, "victim"),
                "45 Cedar Lane",
                APPOINTMENT,
                "5:15 PM, side door",
                "Reading room",
                "Carmen Gómez",
                MARCH_5,
            )
        ),
        "offender_letter": build_offender_side_confirmation(
            OffenderSideConfirmation(
                LETTERHEAD,
                CASE,
                language,
                Person(OFFENDER, "offender"),
                "9 Pine Road",
                APPOINTMENT,
                "5:40 PM, main entrance",
                "Children's room",
                MARCH_5,
            )
        ),
        "acknowledgment": build_referral_acknowledgment(
            ReferralAcknowledgmentDoc(
                LETTERHEAD,
                CASE,
                language,
                "County Juvenile Probation",
                "Officer Dana Reyes",
                "JV-2026-0331",
                MARCH_5,
                (OFFENDER, CO_OFFENDER),
                (("status", "session_held"),),
                MARCH_5,
            )
        ),
    }


def read(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in read(pdf).pages)


def _all_documents() -> Iterator[tuple[str, str, bytes]]:
    for language in ("en", "es"):
        for name, pdf in every_document(language).items():
            yield language, name, pdf


ALL = list(_all_documents())
IDS = [f"{name}-{language}" for language, name, _ in ALL]


@pytest.mark.parametrize(("language", "name", "pdf"), ALL, ids=IDS)
def test_every_document_has_case_program_footer_and_date(
    language: str, name: str, pdf: bytes
) -> None:
    reader = read(pdf)
    pages = len(reader.pages)
    label = "Page {page} of {pages}" if language == "en" else "Página {page} de {pages}"
    for number, page in enumerate(reader.pages, start=1):
        assert label.format(page=number, pages=pages) in page.extract_text()
    text = text_of(pdf)
    assert CASE in text
    assert PROGRAM in text
    assert DATES[language] in text
    assert ("Page 1" in text) == (language == "en")


@pytest.mark.parametrize(("language", "name", "pdf"), ALL, ids=IDS)
def test_every_font_is_an_embedded_dejavu_subset(language: str, name: str, pdf: bytes) -> None:
    fonts = []
    for page in read(pdf).pages:
        fonts += [font.get_object() for font in page["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        assert EMBEDDED_DEJAVU.match(str(font["/BaseFont"])), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


@pytest.mark.parametrize(("language", "name", "pdf"), ALL, ids=IDS)
def test_metadata_names_no_one(language: str, name: str, pdf: bytes) -> None:
    reader = read(pdf)
    meta = reader.metadata
    assert meta is not None
    keys = ("/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer")
    values = [str(meta.get(key, "")) for key in keys]
    xmp = reader.xmp_metadata
    if xmp is not None:
        values.append(xmp.rdf_root.toxml())
    for value in values:
        for secret in (*NAMES, "Valle Verde", "Officer Dana Reyes", "JV-2026-0331"):
            assert secret not in value
    assert str(meta.get("/Title")) in {
        wording.text(language, key)
        for key in (
            "agreement_kind",
            "schedule_kind",
            "consent_kind",
            "confidentiality_kind",
            "confirmation_kind",
            "acknowledgment_kind",
        )
    }
    assert str(meta.get("/Author")) == "vomdesk"


@pytest.mark.parametrize("language", ["en", "es"])
def test_agreement_carries_parties_terms_and_money_per_locale(language: str) -> None:
    text = text_of(build_agreement(agreement(language, language)))

    for name in (VICTIM, OFFENDER, CO_OFFENDER, GUARDIAN, MEDIATOR):
        assert name in text
    assert wording.text(language, "agreement_kind") in text
    for cents in (49_380, 30_000, 20_000, 10_000, 12_345):
        assert wording.money(cents, language) in text
    assert "$493.80" in text and "$123.45" in text
    assert wording.hours(25, language) in text
    assert wording.text(language, "jointly").split(":")[0] in text
    assert wording.long_date(dt.date(2026, 9, 1), language) in text
    for key in ("clause_voluntary", "signatures"):
        assert wording.text(language, key).split(".")[0][:40] in " ".join(text.split())


def test_amended_version_says_why() -> None:
    text = text_of(build_agreement(agreement(version=2, amendment_reason="dates moved")))
    assert "Version 2" in text
    assert "Amended: dates moved" in text


def test_a_term_with_instalments_lists_every_instalment() -> None:
    for language in ("en", "es"):
        text = text_of(build_agreement(agreement(language, language)))
        for item in INSTALMENTS:
            assert wording.short_date(item.due, language) in text
        assert text.count(wording.money(12_345, language)) >= len(INSTALMENTS)


@pytest.mark.parametrize(
    ("language", "governing", "banner"),
    [
        ("en", "en", None),
        ("es", "es", None),
        ("es", "en", "Traducción — el texto que rige es la versión en inglés"),
        ("en", "es", "Translation — the governing text is the Spanish version"),
    ],
)
def test_translation_banner_only_on_a_translation(
    language: str, governing: str, banner: str | None
) -> None:
    reader = read(build_agreement(agreement(language, governing)))
    for page in reader.pages:
        text = page.extract_text()
        if banner is None:
            assert "Translation" not in text and "Traducción" not in text
        else:
            assert banner in text


def test_schedule_lists_rows_total_and_blank_paid_column() -> None:
    rows = tuple((item, "1. Window") for item in INSTALMENTS)
    pdf = build_payment_schedule(
        PaymentScheduleDoc(LETTERHEAD, CASE, "es", OFFENDER, VICTIM, rows, MARCH_5)
    )
    text = " ".join(text_of(pdf).split())
    assert OFFENDER in text and VICTIM in text
    assert "Pagado (fecha, n.º de recibo)" in text
    assert wording.money(4 * 12_345, "es") in text
    assert "28 abr 2026" in text and "28 jul 2026" in text


def test_consent_form_for_a_guardian_names_the_juvenile() -> None:
    text = " ".join(text_of(every_document("en")["consent"]).split())
    assert f"As parent or legal guardian of {CO_OFFENDER}" in text
    assert "interpreter" in text and "lawyer" in text


def test_confirmation_letters_print_the_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Denver")
    time.tzset()
    try:
        english = text_of(every_document("en")["offender_letter"])
        spanish = text_of(every_document("es")["victim_letter"])
    finally:
        monkeypatch.undo()
        time.tzset()
    assert "5:30" in english and "PM" in english
    assert "March 20, 2026" in english and "1 hour 30 minutes" in english
    assert "5:30" in spanish and "p.m." in spanish and "20 de marzo de 2026" in spanish
    assert "Carmen Gómez" in spanish and "Reading room" in spanish
