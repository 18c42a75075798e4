"""The shared page pieces (logo, wording, Babel formats) and the language fallback."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from vomdesk.documents import layout, wording
from vomdesk.documents.agreement import build_agreement
from vomdesk.documents.models import AgreementDoc, Letterhead, Person, Signer


def _png(width: int, height: int, mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def _agreement(letterhead: Letterhead, language: str = "en") -> AgreementDoc:
    return AgreementDoc(
        letterhead,
        "2026-014",
        language,
        language,
        1,
        None,
        (Person("Ana", "victim"),),
        (Person("Ben", "offender"),),
        (),
        (),
        (Signer("Ben", "offender"),),
    )


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(
    "logo",
    [
        b"not a png",
        b"\x89PNG\r\n\x1a\n" + b"\0" * 40,
        _png(300, 100)[:60],  # cut short
        _png(4000, 30),
        _png(1, 1),
        _png(50, 50, "P"),
        _png(50, 50, "LA"),
    ],
)
def test_a_bad_or_odd_logo_never_breaks_the_letterhead(logo: bytes) -> None:
    head = Letterhead("Programa Cañón", phone="555", logo_png=logo)
    assert "Programa Cañón" in _text(build_agreement(_agreement(head)))


@pytest.mark.parametrize(("width", "height"), [(300, 100), (80, 400), (2000, 2000), (5000, 40)])
def test_logo_fits_the_letterhead(width: int, height: int) -> None:
    image = layout.logo(_png(width, height))
    assert image is not None
    assert image.drawHeight <= layout.LOGO_HEIGHT + 0.01
    assert image.drawWidth <= layout.LOGO_WIDTH + 0.01


def test_unusable_logo_is_none() -> None:
    assert layout.logo(b"junk") is None
    assert layout.logo(None) is None


def test_unknown_language_falls_back_to_english() -> None:
    text = _text(build_agreement(_agreement(Letterhead("P"), "fr")))
    assert "Restitution agreement" in text and "Page 1 of 1" in text
    assert wording.language("es-US") == "es"
    assert wording.language("ES_mx") == "es"
    assert wording.language("") == "en"


def test_babel_formats_per_locale() -> None:
    day = dt.date(2026, 3, 5)
    assert wording.long_date(day, "en") == "March 5, 2026"
    assert wording.long_date(day, "es") == "5 de marzo de 2026"
    assert wording.money(123_456, "en") == "$1,234.56"
    assert wording.money(123_456, "es") == "$1,234.56"  # es_US writes dollars the US way
    assert wording.hours(7.5, "es") == "7.5 horas"
    assert wording.hours(1, "en") == "1 hour"
    assert wording.duration(90, "es") == "1 hora 30 minutos"
    assert wording.duration(45, "en") == "45 minutes"
    assert wording.names(["Ana", "Ben", "Carl"], "en") == "Ana, Ben, and Carl"
    assert wording.names(["Ana", "Ben", "Carl"], "es") == "Ana, Ben y Carl"


def test_every_role_and_term_kind_is_worded_in_both_languages() -> None:
    roles = (
        "victim",
        "offender",
        "parent_guardian",
        "support_person",
        "victim_advocate",
        "interpreter",
        "attorney",
        "probation_officer",
        "community_member",
        "co_mediator",
        "mediator",
    )
    kinds = (
        "financial",
        "personal_service",
        "community_service",
        "apology",
        "behavioural",
        "return_property",
        "other",
    )
    for language in ("en", "es"):
        assert len({wording.role_name(language, role) for role in roles}) == len(roles)
        assert len({wording.term_kind_name(language, kind) for kind in kinds}) == len(kinds)
    assert wording.role_name("es", "parent_guardian") == "Padre, madre o tutor legal"
    assert wording.term_kind_name("es", "personal_service") == "Servicio personal a la víctima"
    assert wording.term_kind_name("en", "nonsense") == "Other commitment"


def test_both_languages_have_the_same_texts() -> None:
    from vomdesk.documents import wording_en, wording_es

    assert wording_en.TEXT.keys() == wording_es.TEXT.keys()
    assert wording_en.STATUSES.keys() == wording_es.STATUSES.keys()
    for key in wording_en.TEXT:
        assert wording_en.TEXT[key].count("{") == wording_es.TEXT[key].count("{"), key
