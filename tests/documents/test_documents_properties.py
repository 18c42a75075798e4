"""Generated agreements never fail and count their pages; redaction holds by construction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from vomdesk.documents import wording
from vomdesk.documents.agreement import build_agreement
from vomdesk.documents.letters import (
    build_offender_side_confirmation,
    build_referral_acknowledgment,
)
from vomdesk.documents.models import (
    AgreementDoc,
    Appointment,
    Instalment,
    Letterhead,
    OffenderSideConfirmation,
    Person,
    ReferralAcknowledgmentDoc,
    Share,
    Signer,
    Term,
)

KINDS = (
    "financial",
    "personal_service",
    "community_service",
    "apology",
    "behavioural",
    "return_property",
    "other",
)
LETTERHEAD = Letterhead("Programa Cañón", "1 Main St", "555-0100", None, "Rosa Martínez")

# Printable text with accents, punctuation that is markup in reportlab, and long words.
_ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "Zs"),
    exclude_characters="\u00ad",
    max_codepoint=0x24F,
)
names = st.text(_ALPHABET, min_size=1, max_size=40).filter(lambda s: s.strip())
long_text = st.one_of(
    st.text(_ALPHABET, max_size=600),
    st.sampled_from(["Ñandú & <b>señor</b> — «acción»", "x" * 300, "Pagar la ventana rota. " * 30]),
)
days = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2035, 12, 31))
cents = st.integers(min_value=1, max_value=10_000_000)


@st.composite
def terms(draw: st.DrawFn) -> Term:
    responsible = tuple(draw(st.lists(names, min_size=1, max_size=3)))
    money = draw(st.one_of(st.none(), cents))
    instalments: tuple[Instalment, ...] = ()
    if money is not None and draw(st.booleans()):
        plan = draw(st.lists(st.tuples(days, cents), min_size=1, max_size=30))
        instalments = tuple(Instalment(due, amount) for due, amount in plan)
    shares: tuple[Share, ...] = ()
    if money is not None and len(responsible) > 1 and draw(st.booleans()):
        shares = tuple(Share(name, draw(cents)) for name in responsible)
    return Term(
        kind=draw(st.sampled_from((*KINDS, "unknown_kind"))),
        description=draw(long_text),
        responsible=responsible,
        amount_cents=money,
        hours=draw(st.one_of(st.none(), st.floats(0.5, 500, allow_nan=False))),
        item=draw(st.one_of(st.just(""), names)),
        payee=draw(st.one_of(st.just(""), names)),
        deadline=draw(st.one_of(st.none(), days)),
        instalments=instalments,
        joint=draw(st.booleans()),
        shares=shares,
    )


@st.composite
def agreements(draw: st.DrawFn) -> AgreementDoc:
    people = st.lists(names, min_size=1, max_size=4)
    victims = tuple(Person(n, "victim") for n in draw(people))
    offenders = tuple(Person(n, "offender") for n in draw(people))
    guardians = tuple(Person(n, "parent_guardian") for n in draw(st.lists(names, max_size=2)))
    signers = tuple(
        Signer(p.name, p.role, draw(st.one_of(st.none(), days)))
        for p in (*victims, *offenders, *guardians)
    )
    return AgreementDoc(
        letterhead=Letterhead(draw(names), draw(long_text), draw(st.just("555-0100"))),
        case_number=draw(st.from_regex(r"20[0-9]{2}-[0-9]{3}", fullmatch=True)),
        language=draw(st.sampled_from(("en", "es"))),
        governing_language=draw(st.sampled_from(("en", "es"))),
        version=draw(st.integers(1, 9)),
        session_on=draw(st.one_of(st.none(), days)),
        victims=victims,
        offenders=offenders,
        guardians=guardians,
        terms=tuple(draw(st.lists(terms(), max_size=14))),
        signers=(*signers, Signer("Rosa Martínez", "mediator")),
        amendment_reason=draw(long_text),
        made_on=draw(days),
    )


def _pages(pdf: bytes) -> list[str]:
    assert pdf.startswith(b"%PDF-")
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agreements())
def test_generated_agreements_build_and_count_their_pages(doc: AgreementDoc) -> None:
    pages = _pages(build_agreement(doc))

    total = len(pages)
    label = wording.text(doc.language, "page", page="{page}", pages=total)
    for number, text in enumerate(pages, start=1):
        assert label.format(page=number) in text
    flat = " ".join(" ".join(pages).split())
    for term in doc.terms:
        for instalment in term.instalments:
            assert wording.short_date(instalment.due, doc.language) in flat


def test_many_terms_fill_several_pages_and_footers_agree() -> None:
    plan = tuple(
        Instalment(dt.date(2026, 1, 1) + dt.timedelta(days=7 * i), 1_000) for i in range(40)
    )
    term = Term(
        "financial",
        "Reparación — ñ " * 20,
        ("José Núñez",),
        40_000,
        payee="Tienda Ñ",
        instalments=plan,
    )
    doc = AgreementDoc(
        LETTERHEAD,
        "2026-001",
        "es",
        "es",
        1,
        None,
        (Person("Tienda Ñ", "victim"),),
        (Person("José Núñez", "offender"),),
        (),
        (term,) * 6,
        (),
    )
    pages = _pages(build_agreement(doc))
    assert len(pages) >= 4
    assert f"Página {len(pages)} de {len(pages)}" in pages[-1]


# --- Redaction by construction -------------------------------------------------------------

_VICTIM_SIDE = re.compile(
    r"victim|address|phone|email|employer|topic|question|arrival|waiting|wait_", re.IGNORECASE
)


@pytest.mark.parametrize("model", [OffenderSideConfirmation, ReferralAcknowledgmentDoc])
def test_offender_side_and_referral_models_have_no_victim_or_contact_fields(model: type) -> None:
    allowed = {"recipient_address"}  # the recipient's own address
    if model is OffenderSideConfirmation:
        allowed |= {"arrival", "waiting_area"}  # the offender side's own arrival and waiting
    fields = {field.name for field in dataclasses.fields(model)}
    for name in fields - allowed:
        assert not _VICTIM_SIDE.search(name), name
    assert not any(name.startswith("victim") for name in fields)
    nested = {field.name for field in dataclasses.fields(Appointment)}
    assert not any(_VICTIM_SIDE.search(name) for name in nested - {"venue_address"})


CANARY_NAME = "Canary Offender Ñ"


def test_offender_side_letter_prints_only_what_it_is_given() -> None:
    appointment = Appointment(dt.datetime(2026, 3, 20, 17, 30, tzinfo=dt.UTC), 60, "Library")
    for language in ("en", "es"):
        doc = OffenderSideConfirmation(
            LETTERHEAD, "2026-009", language, Person(CANARY_NAME, "offender"), "", appointment
        )
        text = " ".join(" ".join(_pages(build_offender_side_confirmation(doc))).split())
        assert CANARY_NAME in text
        for victim_only in (
            "support person",
            "persona de apoyo",
            "Coming with you",
            "Le acompañan",
        ):
            assert victim_only not in text


ALL_STATUSES = [
    ("status", "received"),
    ("status", "in_preparation"),
    ("status", "session_scheduled"),
    ("status", "session_held"),
    ("status", "not_proceeding"),
    ("agreement_reached", "agreement"),
    ("agreement_reached", "no_agreement"),
    ("completion", "completed"),
    ("completion", "not_completed"),
]


@given(
    st.lists(st.sampled_from(ALL_STATUSES), unique=True, max_size=4),
    st.sampled_from(("en", "es")),
)
@settings(max_examples=25, deadline=None)
def test_referral_acknowledgment_says_only_the_statuses_given(
    statuses: list[tuple[str, str]], language: str
) -> None:
    doc = ReferralAcknowledgmentDoc(
        LETTERHEAD,
        "2026-009",
        language,
        "County Probation",
        "Officer Reyes",
        "JV-1",
        dt.date(2026, 2, 2),
        (CANARY_NAME,),
        (*statuses, ("agreement_terms", "pay $50"), ("status", "bogus")),
    )
    text = " ".join(" ".join(_pages(build_referral_acknowledgment(doc))).split())
    assert CANARY_NAME in text and "JV-1" in text
    for pair, sentence in wording.status_sentences(language).items():
        assert (sentence in text) == (pair in statuses), pair
    assert "pay $50" not in text and "bogus" not in text
    nothing_more = wording.text(language, "ack_nothing_more")
    assert (nothing_more in text) == (not statuses)
