"""How the agreement pages write money, quantities and dates of terms."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from vomdesk.domain.agreements import MEASURE_OF, TERM_KIND_LABELS, Measure, Status
from vomdesk.services.agreements import AgreementView, TermInput
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import format_date


def money_text(cents: int | None) -> str:
    """Money in the locale's currency format ("$1,234.50")."""
    return QLocale().toCurrencyString((cents or 0) / 100)


def plain_money(cents: int) -> str:
    """Money as the mediator types it back: "1234.50"."""
    return f"{cents // 100}.{cents % 100:02d}"


def hours_text(hours: float | None) -> str:
    shown = QLocale().toString(float(hours or 0), "g", 6)
    return QCoreApplication.translate("AgreementTexts", "{hours} h").format(hours=shown)


def kind_text(term: TermInput) -> str:
    return domain_text(TERM_KIND_LABELS[term.kind])


def quantity_text(term: TermInput) -> str:
    """Money, hours or the item: what makes the term measurable."""
    measure = MEASURE_OF[term.kind]
    if measure is Measure.MONEY:
        return money_text(term.amount_cents)
    if measure is Measure.HOURS:
        return hours_text(term.hours)
    return term.item


def when_text(term: TermInput) -> str:
    """The deadline, or "3 instalments, first on 1/31/2027"."""
    if len(term.payments) == 1:
        return QCoreApplication.translate("AgreementTexts", "One payment on {date}").format(
            date=format_date(term.payments[0].due)
        )
    if term.payments:
        return QCoreApplication.translate(
            "AgreementTexts", "{count} instalments, first on {date}"
        ).format(count=len(term.payments), date=format_date(term.payments[0].due))
    return format_date(term.deadline)


def responsible_text(term: TermInput, names: Mapping[int, str]) -> str:
    """Who is responsible; for a shared money term, jointly or each one's share."""
    people = [names.get(p, "?") for p in term.responsible]
    if len(people) > 1 and MEASURE_OF[term.kind] is Measure.MONEY:
        if term.joint:
            return QCoreApplication.translate("AgreementTexts", "{names} (jointly)").format(
                names=", ".join(people)
            )
        if len(term.shares) == len(people):
            return ", ".join(
                QCoreApplication.translate("AgreementTexts", "{name} ({share})").format(
                    name=name, share=money_text(share)
                )
                for name, share in zip(people, term.shares, strict=True)
            )
    return ", ".join(people)


def version_text(view: AgreementView) -> str:
    """ "Version 2 (amended: reason) — Signed 12/3/2026"."""
    agreement = view.agreement

    text = QCoreApplication.translate("AgreementTexts", "Version {number}").format(
        number=agreement.version
    )
    if agreement.amendment_reason:
        text += " " + QCoreApplication.translate("AgreementTexts", "(amended: {reason})").format(
            reason=agreement.amendment_reason
        )
    if view.status is Status.SIGNED:
        state = QCoreApplication.translate("AgreementTexts", "Signed {date}").format(
            date=format_date(agreement.signed_on)
        )
    elif view.status is Status.SUPERSEDED:
        state = QCoreApplication.translate("AgreementTexts", "Replaced by an amendment")
    elif view.signatures:
        state = QCoreApplication.translate("AgreementTexts", "Draft, being signed")
    else:
        state = QCoreApplication.translate("AgreementTexts", "Draft")
    return f"{text} — {state}"
