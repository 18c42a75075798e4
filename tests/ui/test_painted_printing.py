"""Where there is no CUPS, pages are rendered and painted onto the QPrinter (here a PDF file)."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader

from vomdesk.documents.agreement import build_agreement
from vomdesk.documents.models import AgreementDoc, Letterhead, Person, Signer, Term
from vomdesk.ui.printing import Destination, pages_of, paint_on_printer


def three_pages() -> bytes:
    terms = tuple(
        Term(
            "apology",
            f"Term number {n} " + "with a long description " * 8,
            ("José Muñoz",),
            item="A letter",
            deadline=date.today() + timedelta(days=30),
        )
        for n in range(12)
    )
    pdf = build_agreement(
        AgreementDoc(
            Letterhead("Programa"),
            "2026-014",
            "en",
            "en",
            1,
            date.today(),
            (Person("Laura Gómez", "victim"),),
            (Person("José Muñoz", "offender"),),
            (),
            terms,
            (Signer("Laura Gómez", "victim"), Signer("Ana Ruiz", "mediator")),
        )
    )
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 3
    return pdf


def test_the_chosen_pages_are_painted_at_printer_resolution(qapp, tmp_path):
    pdf = three_pages()
    target = tmp_path / "painted.pdf"
    paint_on_printer(Destination("", 1, str(target), pages="2-3"), pdf, "2026-014 agreement")
    painted = PdfReader(target)
    assert len(painted.pages) == 2
    images = painted.pages[0].images
    assert images and images[0].image.width >= 2000, "rendered at printer resolution, not 72 dpi"


def test_page_ranges_are_read_within_the_document():
    assert list(pages_of(Destination("", 1, ""), 3)) == [0, 1, 2]
    assert list(pages_of(Destination("", 1, "", pages="2-9"), 3)) == [1, 2]
    assert list(pages_of(Destination("", 1, "", pages="3"), 3)) == [2]
