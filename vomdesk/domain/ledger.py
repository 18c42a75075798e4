"""The ledger of an agreement's money terms: payments and reversals in, balances and arrears out.

Nothing here reads the clock: every function that needs a day is given it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from vomdesk.domain.instalments import Payment
from vomdesk.domain.translation import QT_TRANSLATE_NOOP


class EntryKind(Enum):
    """What a ledger line records."""

    PAYMENT = "payment"  # money received from an offender
    REVERSAL = "reversal"  # a correction: undoes one earlier line, never edited or deleted
    PASSED_ON = "passed_on"  # money handed on to the victim (or payee)


ENTRY_LABELS = {
    EntryKind.PAYMENT: QT_TRANSLATE_NOOP("Monitoring", "Payment received"),
    EntryKind.REVERSAL: QT_TRANSLATE_NOOP("Monitoring", "Correction"),
    EntryKind.PASSED_ON: QT_TRANSLATE_NOOP("Monitoring", "Passed on to the payee"),
}


@dataclass(frozen=True)
class Entry:
    """One ledger line. ``reverses`` names the line a reversal undoes."""

    id: int
    kind: EntryKind
    on: date
    cents: int
    offender: int | None = None
    reverses: int | None = None


@dataclass(frozen=True)
class MoneyTerm:
    """A money term as the ledger sees it: who owes, how (jointly or in shares), and when."""

    total: int
    schedule: tuple[Payment, ...]  # empty: all of it by the deadline
    deadline: date | None
    offenders: tuple[int, ...]
    joint: bool = True
    shares: tuple[int, ...] = ()  # cents per offender, in the order of ``offenders``

    def share_of(self, offender: int | None) -> int:
        """What ``offender`` owes in all (the whole total for a joint term, or for None)."""
        if offender is None or self.joint or not self.shares:
            return self.total
        return self.shares[self.offenders.index(offender)]

    def due_by(self, day: date, offender: int | None = None) -> int:
        """What should have been paid by the end of ``day`` (by one offender, if given)."""
        if self.schedule:
            scheduled = sum(p.cents for p in self.schedule if p.due <= day)
        else:
            scheduled = self.total if self.deadline is not None and self.deadline <= day else 0
        share = self.share_of(offender)
        if share == self.total or self.total == 0:
            return scheduled
        return (scheduled * share * 2 + self.total) // (self.total * 2)  # rounded half up


def live(entries: Sequence[Entry]) -> list[Entry]:
    """The lines still standing: reversals and the lines they undo cancel out."""
    undone = {e.reverses for e in entries if e.kind is EntryKind.REVERSAL}
    return [e for e in entries if e.kind is not EntryKind.REVERSAL and e.id not in undone]


def received(entries: Sequence[Entry], offender: int | None = None) -> int:
    """Money received (from one offender, if given), corrections applied."""
    return sum(
        e.cents
        for e in live(entries)
        if e.kind is EntryKind.PAYMENT and (offender is None or e.offender == offender)
    )


def passed_on(entries: Sequence[Entry]) -> int:
    return sum(e.cents for e in live(entries) if e.kind is EntryKind.PASSED_ON)


def balance(term: MoneyTerm, entries: Sequence[Entry], offender: int | None = None) -> int:
    """What is still owed (by one offender of a split term, if given); negative: overpaid.

    For a joint term every payment counts for everyone: each owes what is left of the whole.
    """
    if term.joint or offender is None:
        return term.total - received(entries)
    return term.share_of(offender) - received(entries, offender)


def overdue(
    term: MoneyTerm, entries: Sequence[Entry], on: date, offender: int | None = None
) -> int:
    """What should have been paid by ``on`` and was not (never negative)."""
    paid = received(entries) if term.joint or offender is None else received(entries, offender)
    return max(0, term.due_by(on, offender) - paid)


def overdue_since(
    term: MoneyTerm, entries: Sequence[Entry], on: date, offender: int | None = None
) -> date | None:
    """The due date of the oldest instalment not yet covered, if any is overdue on ``on``."""
    if overdue(term, entries, on, offender) == 0:
        return None
    paid = received(entries) if term.joint or offender is None else received(entries, offender)
    dates = [p.due for p in term.schedule] or ([term.deadline] if term.deadline else [])
    for due in sorted(dates):
        if term.due_by(due, offender) > paid:
            return due
    return None


def next_due(term: MoneyTerm, entries: Sequence[Entry], on: date) -> Payment | None:
    """The next instalment after ``on`` that is not already covered by what was paid."""
    paid = received(entries)
    for payment in term.schedule:
        if payment.due > on and term.due_by(payment.due) > paid:
            return payment
    if not term.schedule and term.deadline and term.deadline > on and paid < term.total:
        return Payment(term.deadline, term.total - paid)
    return None


def payment_problems(
    *,
    term: MoneyTerm,
    entries: Sequence[Entry],
    cents: int | None,
    on: date | None,
    offender: int | None,
    signed_on: date | None,
    today: date,
    overpayment_reason: str = "",
) -> dict[str, str]:
    """Why a payment cannot be recorded (English, for translation), by field."""
    problems: dict[str, str] = {}
    if cents is None or cents <= 0:
        problems["amount"] = QT_TRANSLATE_NOOP("Monitoring", "Enter the amount, more than zero.")
    if on is None:
        problems["on"] = QT_TRANSLATE_NOOP("Monitoring", "Enter the date of the payment.")
    elif on > today:
        problems["on"] = QT_TRANSLATE_NOOP("Monitoring", "A payment cannot be dated in the future.")
    elif signed_on is not None and on < signed_on:
        problems["on"] = QT_TRANSLATE_NOOP(
            "Monitoring", "This date is before the agreement was signed."
        )
    if offender is None or offender not in term.offenders:
        problems["offender"] = QT_TRANSLATE_NOOP("Monitoring", "Choose who paid.")
    if cents and cents > 0 and not problems.get("offender"):
        left = balance(term, entries, None if term.joint else offender)
        if cents > left and not overpayment_reason.strip():
            problems["amount"] = QT_TRANSLATE_NOOP(
                "Monitoring",
                "This is more than what is owed: check the amount, or say why it is overpaid.",
            )
    return problems


def reversal_problem(entries: Sequence[Entry], target: int, reason: str) -> str | None:
    """Why a line cannot be reversed (English, for translation), or None."""
    line = next((e for e in entries if e.id == target), None)
    if line is None:
        return QT_TRANSLATE_NOOP("Monitoring", "That line is not in this ledger.")
    if line.kind is EntryKind.REVERSAL:
        return QT_TRANSLATE_NOOP(
            "Monitoring", "A correction cannot be corrected: record the right payment instead."
        )
    if any(e.reverses == target for e in entries):
        return QT_TRANSLATE_NOOP("Monitoring", "This line was corrected already.")
    if not reason.strip():
        return QT_TRANSLATE_NOOP("Monitoring", "Say why the line is corrected.")
    return None


def passing_on_problem(entries: Sequence[Entry], cents: int | None) -> str | None:
    """Why money cannot be passed on: never more than was received and not yet passed on."""
    if cents is None or cents <= 0:
        return QT_TRANSLATE_NOOP("Monitoring", "Enter the amount, more than zero.")
    if cents > received(entries) - passed_on(entries):
        return QT_TRANSLATE_NOOP("Monitoring", "That is more than the program holds for this term.")
    return None
