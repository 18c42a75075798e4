"""The payment schedule: who pays whom, every instalment with a blank "paid" column, the total."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Spacer

from vomdesk.documents import wording
from vomdesk.documents.layout import WIDTH, PageSpec, bullet, facts, grid, para, render
from vomdesk.documents.models import PaymentScheduleDoc


def build_payment_schedule(doc: PaymentScheduleDoc) -> bytes:
    """The schedule as PDF bytes, in ``doc.language``."""
    lang = wording.language(doc.language)
    spec = PageSpec(
        letterhead=doc.letterhead,
        case_number=doc.case_number,
        language=lang,
        title=wording.text(lang, "schedule_kind"),
        lines=(wording.text(lang, "prepared_on", date=wording.long_date(doc.made_on, lang)),),
    )
    return render(spec, _body(doc, lang))


def _body(doc: PaymentScheduleDoc, lang: str) -> list[Flowable]:
    payer = doc.payer.strip() or wording.text(lang, "all_payers")
    rows = [(wording.text(lang, "payer"), payer)]
    if doc.payee.strip():
        rows.append((wording.text(lang, "payee"), doc.payee.strip()))
    body: list[Flowable] = [
        para(wording.text(lang, "schedule_intro", number=doc.case_number)),
        facts(rows),
        Spacer(1, 10),
    ]
    widths = [0.6 * inch, 1.45 * inch, 1.0 * inch]
    widths += [(WIDTH - sum(widths)) * 0.55, (WIDTH - sum(widths)) * 0.45]
    table_rows = [
        [
            str(number),
            wording.short_date(instalment.due, lang),
            wording.money(instalment.cents, lang),
            term,
            "",
        ]
        for number, (instalment, term) in enumerate(doc.rows, start=1)
    ]
    total = wording.money(sum(instalment.cents for instalment, _ in doc.rows), lang)
    header = [
        wording.text(lang, key)
        for key in ("instalment_no", "due_date", "amount", "term", "paid_column")
    ]
    table = grid(
        header,
        table_rows,
        widths,
        right=(0, 2),
        total=["", wording.text(lang, "total"), total, "", ""],
    )
    if table_rows:  # room to write the date and receipt number by hand
        table.setStyle(
            [("BOTTOMPADDING", (0, 1), (-1, -2), 8), ("TOPPADDING", (0, 1), (-1, -2), 8)]
        )
    body.append(table)
    phone = doc.letterhead.phone.strip()
    late = (
        wording.text(lang, "pay_late_call", phone=phone)
        if phone
        else wording.text(lang, "pay_late")
    )
    body.append(
        KeepTogether(
            [
                para(wording.text(lang, "how_to_pay"), "heading"),
                bullet(wording.text(lang, "pay_through")),
                bullet(wording.text(lang, "keep_receipts")),
                bullet(late),
            ]
        )
    )
    return body
