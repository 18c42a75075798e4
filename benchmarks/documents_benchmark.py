"""Document figures: building a three-page agreement, and rendering its first page for preview."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, print_table

from vomdesk.documents.agreement import build_agreement
from vomdesk.documents.models import AgreementDoc, Instalment, Letterhead, Person, Signer, Term
from vomdesk.documents.preview import page_count, render_page
from vomdesk.domain.instalments import Frequency, plan

PREVIEW_SCALE = 1.5  # about 108 dpi: a page as the preview first shows it


def agreement() -> AgreementDoc:
    """A realistic agreement of three pages: two co-offenders, a guardian, five terms."""
    first = date.today() + timedelta(days=14)
    payments = tuple(
        Instalment(p.due, p.cents) for p in plan(145_000, first, Frequency.MONTHLY, count=10)
    )
    terms = (
        Term(
            "financial",
            "Restitution for the broken shop window and the stock damaged",
            ("Jayden Ortiz", "Luis Peña"),
            amount_cents=145_000,
            payee="Tienda La Económica",
            instalments=payments,
            joint=True,
        ),
        Term(
            "personal_service",
            "Help clean and repaint the shop front",
            ("Jayden Ortiz",),
            hours=12,
            deadline=first + timedelta(days=60),
        ),
        Term(
            "community_service",
            "Community service at the county food bank",
            ("Luis Peña",),
            hours=20,
            deadline=first + timedelta(days=90),
        ),
        Term(
            "apology",
            "A letter of apology in his own words",
            ("Jayden Ortiz", "Luis Peña"),
            item="A handwritten letter given through the program",
            deadline=first,
        ),
        Term(
            "behavioural",
            "Attend school every day and keep the curfew",
            ("Luis Peña",),
            item="School attendance report each month",
            deadline=first + timedelta(days=120),
        ),
    )
    return AgreementDoc(
        letterhead=Letterhead(
            "Valle Verde Mediación Comunitaria",
            "120 Main Street, Suite 4",
            "(505) 555-0142",
            mediator_name="Rosa Martínez",
        ),
        case_number="2026-014",
        language="es",
        governing_language="en",
        version=1,
        session_on=date.today(),
        victims=(Person("Marta Gómez", "victim"),),
        offenders=(Person("Jayden Ortiz", "offender"), Person("Luis Peña", "offender")),
        guardians=(Person("Ana Peña", "parent_guardian"),),
        terms=terms,
        signers=(
            Signer("Marta Gómez", "victim"),
            Signer("Jayden Ortiz", "offender"),
            Signer("Luis Peña", "offender"),
            Signer("Ana Peña", "parent_guardian"),
            Signer("Rosa Martínez", "mediator", datetime.now(UTC).date()),
        ),
    )


def median_ms(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    model = agreement()
    pdf = build_agreement(model)  # the first build also loads fonts: warm up, as the app does
    pages = page_count(pdf)
    figures = [
        Figure(
            f"agreement PDF ({pages} pages)",
            median_ms(lambda: build_agreement(model), args.repeat),
            150,
            "ms",
        ),
        Figure(
            "preview: first page rendered",
            median_ms(lambda: render_page(pdf, 0, PREVIEW_SCALE), args.repeat),
            200,
            "ms",
        ),
    ]
    print_table(figures)
    if pages < 3:
        print(f"note: the agreement has {pages} pages; the target is for three")
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
