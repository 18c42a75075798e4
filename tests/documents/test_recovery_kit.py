"""The printed recovery kit: one page, the whole key, DejaVu fonts only, neutral metadata."""

from __future__ import annotations

import datetime
import io
import re
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames, stringWidth

from vomdesk.documents.fonts import BODY, BOLD, MONO, register_fonts
from vomdesk.documents.pdf_metadata import neutral_canvas, neutral_metadata
from vomdesk.documents.recovery_kit import (
    RecoveryKit,
    build_recovery_kit,
    format_date,
    split_key_lines,
)
from vomdesk.domain.recovery_key import format_recovery_key

KEY = format_recovery_key(bytes(range(3, 21)))
PERSON = "Ñúñez"  # a person's name, only inside the data folder path
PAGE_WIDTH, PAGE_HEIGHT = LETTER
TEXT_MARGIN = 54.0  # 0.75 inch
EMBEDDED_DEJAVU = re.compile(r"^/[A-Z]{6}\+DejaVuSans(-Bold|Mono)?$")


def _kit(language: str = "en", **changes: Any) -> RecoveryKit:
    fields: dict[str, Any] = {
        "program_name": "Valle Verde Mediation Program",
        "store_id": "7f3a-91c2",
        "recovery_key": KEY,
        "created": datetime.date(2026, 11, 28),
        "data_folder": f"/home/{PERSON}/.local/share/vomdesk",
        "language": language,
    }
    fields.update(changes)
    return RecoveryKit(**fields)


def _read(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _fonts(reader: PdfReader) -> list[dict[str, Any]]:
    fonts = []
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for font in resources["/Font"].get_object().values():
            fonts.append(font.get_object())
    return fonts


def _drawn_text(reader: PdfReader) -> list[tuple[str, str, float, float]]:
    """Each piece of text with its font, size and absolute x position on the page."""
    pieces: list[tuple[str, str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip() and font is not None:
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            pieces.append((text.strip(), str(font["/BaseFont"]), float(size), x))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return pieces


def _assert_key_fits(reader: PdfReader, key: str) -> None:
    mono = [piece for piece in _drawn_text(reader) if piece[1].endswith("+DejaVuSansMono")]
    assert "".join(text for text, *_ in mono) == key
    for text, _, size, x in mono:
        assert size >= 16, "the key must stay large enough to read"
        assert x >= TEXT_MARGIN
        assert x + stringWidth(text, MONO, size) <= PAGE_WIDTH - TEXT_MARGIN


ACCENTED = [
    ("en", "Programa de Mediación Cañón", "November 28, 2026", "Page 1 of 1"),
    ("es", "Programa de Mediación Cañón", "28 de noviembre de 2026", "Página 1 de 1"),
    ("es", "Justicia Restaurativa Peñasco — Señorío", "28 de noviembre de 2026", "Página 1 de 1"),
]


@pytest.mark.parametrize(("language", "program", "date", "page_label"), ACCENTED)
def test_kit_is_one_page_with_key_program_and_date(
    language: str, program: str, date: str, page_label: str
) -> None:
    reader = _read(build_recovery_kit(_kit(language, program_name=program)))

    assert len(reader.pages) == 1
    text = _text(reader)
    for group in KEY.split("-"):
        assert group in text
    assert KEY in text
    assert program in text
    assert date in text
    assert page_label in text
    assert "7f3a-91c2" in text
    assert f"/home/{PERSON}/.local/share/vomdesk" in text


def test_english_kit_says_what_to_do() -> None:
    text = _text(_read(build_recovery_kit(_kit("en"))))

    assert "vomdesk recovery kit" in text
    assert "I forgot my passphrase" in text
    assert "Settings > Security" in text
    assert "Where the backups are kept:" in text
    assert "Printed by:" in text
    assert "noviembre" not in text


def test_spanish_kit_is_translated() -> None:
    text = _text(_read(build_recovery_kit(_kit("es"))))

    assert "Kit de recuperación de vomdesk" in text
    assert "Clave de recuperación" in text
    assert "Dónde se guardan las copias de seguridad:" in text
    assert "Impreso por:" in text
    assert "Guárdela" in text  # the formal "usted" register
    for english in ("Recovery key", "Created on", "Printed by", "November", "Page 1"):
        assert english not in text


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_font_is_embedded_dejavu(language: str) -> None:
    reader = _read(build_recovery_kit(_kit(language, program_name="Mediación Cañón")))

    fonts = _fonts(reader)
    assert fonts
    base_fonts = {str(font["/BaseFont"]) for font in fonts}
    assert not any("Helvetica" in name for name in base_fonts)
    for font in fonts:
        assert EMBEDDED_DEJAVU.match(str(font["/BaseFont"])), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert any(name.endswith("+DejaVuSansMono") for name in base_fonts)


@pytest.mark.parametrize("language", ["en", "es"])
def test_metadata_is_neutral(language: str) -> None:
    program = "Programa de Mediación Cañón"
    reader = _read(build_recovery_kit(_kit(language, program_name=program)))

    meta = reader.metadata
    assert meta is not None
    values = {
        key: str(meta.get(key, ""))
        for key in ("/Title", "/Author", "/Creator", "/Producer", "/Subject", "/Keywords")
    }
    assert values["/Author"] == "vomdesk"
    assert values["/Creator"] == "vomdesk"
    assert values["/Subject"] == ""
    assert values["/Title"] in {"Recovery kit", "Kit de recuperación"}
    for value in values.values():
        lowered = value.lower()
        for forbidden in ("anonymous", "untitled", "unspecified", "reportlab"):
            assert forbidden not in lowered
        for name in (program, "Cañón", PERSON, "Valle Verde", KEY):
            assert name not in value


@pytest.mark.parametrize("language", ["en", "es"])
def test_key_is_large_monospaced_and_inside_the_margins(language: str) -> None:
    reader = _read(build_recovery_kit(_kit(language)))

    _assert_key_fits(reader, KEY)
    mono_pieces = [p for p in _drawn_text(reader) if p[1].endswith("+DejaVuSansMono")]
    assert len(mono_pieces) == 1  # a standard key fits on one line


def test_a_longer_key_wraps_by_whole_groups_inside_the_box() -> None:
    long_key = "-".join(f"{n}ABCD" for n in range(10))
    reader = _read(build_recovery_kit(_kit(recovery_key=long_key)))

    assert len(reader.pages) == 1
    _assert_key_fits(reader, long_key)
    mono_pieces = [p for p in _drawn_text(reader) if p[1].endswith("+DejaVuSansMono")]
    assert len(mono_pieces) == 2
    assert all(re.fullmatch(r"[0-9A-Z]{5}(-[0-9A-Z]{5})*-?", text) for text, *_ in mono_pieces)


@pytest.mark.parametrize("language", ["en", "es"])
def test_very_long_program_name_and_folder_still_fit_one_page(language: str) -> None:
    program = ("Programa Comunitario de Mediación y Justicia Restaurativa del Cañón " * 4)[:200]
    folder = "C:\\Users\\" + "MaríaJoséÑúñez" * 8 + "\\AppData\\Local\\vomdesk"
    assert len(program) == 200
    reader = _read(build_recovery_kit(_kit(language, program_name=program, data_folder=folder)))

    assert len(reader.pages) == 1
    text = _text(reader)
    assert KEY in text
    assert ("Page 1 of 1" if language == "en" else "Página 1 de 1") in text
    _assert_key_fits(reader, KEY)


def test_markup_characters_in_fields_are_printed_as_typed() -> None:
    program = "Smith & Jones <Mediation> Program"
    reader = _read(build_recovery_kit(_kit(program_name=program)))

    assert program in _text(reader)


def test_unsupported_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        build_recovery_kit(_kit("fr"))


def test_empty_key_is_refused() -> None:
    with pytest.raises(ValueError):
        build_recovery_kit(_kit(recovery_key="  "))


@pytest.mark.parametrize(
    ("day", "language", "expected"),
    [
        (datetime.date(2026, 11, 28), "en", "November 28, 2026"),
        (datetime.date(2027, 1, 5), "en", "January 5, 2027"),
        (datetime.date(2026, 11, 28), "es", "28 de noviembre de 2026"),
        (datetime.date(2027, 1, 5), "es", "5 de enero de 2027"),
        (datetime.date(2026, 12, 31), "es", "31 de diciembre de 2026"),
    ],
)
def test_format_date(day: datetime.date, language: str, expected: str) -> None:
    assert format_date(day, language) == expected


def test_split_key_lines_keeps_groups_whole_and_within_width() -> None:
    register_fonts()
    width = stringWidth("AAAAA-BBBBB-CCCCC-", MONO, 18)
    lines = split_key_lines(KEY, MONO, 18, width)

    assert len(lines) == 3
    assert "".join(lines) == KEY
    for line in lines:
        assert stringWidth(line, MONO, 18) <= width
        assert all(len(group) == 5 for group in line.strip("-").split("-"))
    assert split_key_lines(KEY, MONO, 18, 10_000) == [KEY]


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    register_fonts()

    assert {BODY, BOLD, MONO} <= set(getRegisteredFontNames())


def test_neutral_canvas_sets_metadata_and_avoids_helvetica() -> None:
    buffer = io.BytesIO()
    canvas = neutral_canvas(buffer, "Case summary", language="es")
    canvas.setFont(BODY, 12)
    canvas.drawString(72, 720, "Mediación")
    canvas.showPage()
    canvas.save()
    reader = _read(buffer.getvalue())

    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Case summary"
    assert meta.author == "vomdesk"
    assert meta.creator == "vomdesk"
    assert all("Helvetica" not in str(font["/BaseFont"]) for font in _fonts(reader))
    assert "Mediación" in _text(reader)


def test_neutral_metadata_needs_a_document_kind() -> None:
    with pytest.raises(ValueError):
        neutral_metadata("   ")
