"""Instalment plans: exact cents that add up to the total, due dates that follow the frequency."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from dateutil.relativedelta import relativedelta

from vomdesk.domain.translation import QT_TRANSLATE_NOOP

MAX_PAYMENTS = 120


class Frequency(Enum):
    """How often an instalment falls due."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


FREQUENCY_LABELS = {
    Frequency.WEEKLY: QT_TRANSLATE_NOOP("Agreements", "Every week"),
    Frequency.FORTNIGHTLY: QT_TRANSLATE_NOOP("Agreements", "Every two weeks"),
    Frequency.MONTHLY: QT_TRANSLATE_NOOP("Agreements", "Every month"),
}


@dataclass(frozen=True)
class Payment:
    """One instalment: its due date and amount in cents."""

    due: date
    cents: int


class PlanProblem(ValueError):
    """A plan that cannot be made; the message is English, marked for translation."""


def due_dates(first: date, frequency: Frequency, count: int) -> list[date]:
    """``count`` due dates from ``first``. Monthly dates keep the first one's day of the month,
    or the month's last day when it is shorter (Jan 31, Feb 28, Mar 31, ...)."""
    if frequency is Frequency.MONTHLY:
        return [first + relativedelta(months=n) for n in range(count)]
    step = timedelta(weeks=1 if frequency is Frequency.WEEKLY else 2)
    return [first + step * n for n in range(count)]


def split_evenly(total_cents: int, count: int) -> list[int]:
    """``count`` amounts adding up to the total, the larger ones first, never more than a cent
    apart: 100.00 in 3 gives 33.34, 33.33, 33.33."""
    base, extra = divmod(total_cents, count)
    return [base + 1 if n < extra else base for n in range(count)]


def plan(
    total_cents: int,
    first_due: date,
    frequency: Frequency,
    *,
    count: int | None = None,
    amount_cents: int | None = None,
) -> list[Payment]:
    """An instalment plan by number of payments or by amount per payment (the last one smaller).

    Raises PlanProblem for a total of zero or less, a count or amount that makes no plan, or more
    than MAX_PAYMENTS payments.
    """
    if total_cents <= 0:
        raise PlanProblem(QT_TRANSLATE_NOOP("Agreements", "The total must be more than zero."))
    if (count is None) == (amount_cents is None):
        raise PlanProblem(
            QT_TRANSLATE_NOOP("Agreements", "Give either the number of payments or the amount.")
        )
    if count is not None:
        if count < 1:
            raise PlanProblem(QT_TRANSLATE_NOOP("Agreements", "Plan at least one payment."))
        amounts = split_evenly(total_cents, count)
    else:
        assert amount_cents is not None
        if amount_cents <= 0:
            raise PlanProblem(
                QT_TRANSLATE_NOOP("Agreements", "Each payment must be more than zero.")
            )
        whole, rest = divmod(total_cents, amount_cents)
        amounts = [amount_cents] * whole + ([rest] if rest else [])
    if len(amounts) > MAX_PAYMENTS:
        raise PlanProblem(
            QT_TRANSLATE_NOOP(
                "Agreements", "That makes more than 120 payments: pay more each time."
            )
        )
    return [
        Payment(due, cents)
        for due, cents in zip(due_dates(first_due, frequency, len(amounts)), amounts, strict=True)
    ]


def split_shares(total_cents: int, weights: Sequence[int]) -> list[int]:
    """Shares of a total in proportion to ``weights`` (e.g. 1:1:2), exact to the cent: the
    cents left over by rounding down go, one each, to the largest remainders."""
    if not weights or any(w < 0 for w in weights) or sum(weights) == 0:
        raise PlanProblem(QT_TRANSLATE_NOOP("Agreements", "Give each co-offender a share."))
    whole = sum(weights)
    exact = [total_cents * w for w in weights]
    shares = [e // whole for e in exact]
    left = total_cents - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] % whole), i))
    for i in order[:left]:
        shares[i] += 1
    return shares
