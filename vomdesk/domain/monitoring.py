"""Monitoring rules: follow-ups to plan, what is due or overdue on a day, closing, recidivism."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from vomdesk.domain.translation import QT_TRANSLATE_NOOP

RECIDIVISM_DAYS = 365


class DueKind(Enum):
    """What a line of the due list is about."""

    PAYMENT = "payment"
    HOURS = "hours"
    TERM = "term"
    FOLLOW_UP = "follow_up"
    REFERRAL_DEADLINE = "referral_deadline"
    RECIDIVISM_CHECK = "recidivism_check"


DUE_LABELS = {
    DueKind.PAYMENT: QT_TRANSLATE_NOOP("Monitoring", "Payment"),
    DueKind.HOURS: QT_TRANSLATE_NOOP("Monitoring", "Service hours"),
    DueKind.TERM: QT_TRANSLATE_NOOP("Monitoring", "Term"),
    DueKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Monitoring", "Follow-up contact"),
    DueKind.REFERRAL_DEADLINE: QT_TRANSLATE_NOOP("Monitoring", "Referral source's deadline"),
    DueKind.RECIDIVISM_CHECK: QT_TRANSLATE_NOOP("Monitoring", "One-year follow-up"),
}


class MissedAction(Enum):
    """What the mediator does about a missed term, once the grace period is over."""

    REMINDER = "reminder"
    AMENDMENT = "amendment"
    RETURN = "return"  # returned to the referral source


MISSED_LABELS = {
    MissedAction.REMINDER: QT_TRANSLATE_NOOP("Monitoring", "Reminder letter sent"),
    MissedAction.AMENDMENT: QT_TRANSLATE_NOOP("Monitoring", "Agreement to be amended"),
    MissedAction.RETURN: QT_TRANSLATE_NOOP("Monitoring", "Returned to the referral source"),
}


@dataclass(frozen=True)
class DueItem:
    """One thing due or overdue: the case, what, when, how much is outstanding."""

    kind: DueKind
    case_id: int
    case_number: str
    due: date
    what: str  # a term's description, or the follow-up's side; never a name
    outstanding_cents: int = 0
    outstanding_hours: float = 0.0

    def days_late(self, on: date) -> int:
        return max(0, (on - self.due).days)


def due_within(items: Sequence[DueItem], on: date, days: int) -> list[DueItem]:
    """What is overdue on ``on`` or falls due in the next ``days`` days, oldest first."""
    until = on + timedelta(days=days)
    return sorted((i for i in items if i.due <= until), key=lambda i: (i.due, i.case_number))


def suggested_follow_ups(
    signed_on: date, first_payment: date | None, deadline: date | None
) -> list[tuple[date, str]]:
    """When to check in with both parties: after the first payment is due, halfway, and at the
    deadline (each a week after, so the news is in)."""
    suggestions: list[tuple[date, str]] = []
    if first_payment is not None:
        suggestions.append((first_payment + timedelta(days=7), "first_payment"))
    if deadline is not None and deadline > signed_on:
        halfway = signed_on + (deadline - signed_on) / 2
        suggestions.append((halfway, "halfway"))
        suggestions.append((deadline + timedelta(days=7), "deadline"))
    seen: set[date] = set()
    unique = []
    for day, why in sorted(suggestions):
        if day not in seen:
            seen.add(day)
            unique.append((day, why))
    return unique


FOLLOW_UP_REASONS = {
    "first_payment": QT_TRANSLATE_NOOP("Monitoring", "After the first payment was due"),
    "halfway": QT_TRANSLATE_NOOP("Monitoring", "Halfway through the agreement"),
    "deadline": QT_TRANSLATE_NOOP("Monitoring", "At the agreement's deadline"),
    "": QT_TRANSLATE_NOOP("Monitoring", "Planned by the mediator"),
}


def missed_after_grace(due: date, on: date, grace_days: int) -> bool:
    """True once a term is overdue past the program's grace period."""
    return (on - due).days > grace_days


def completion_problem(open_cents: int, open_hours: float, open_terms: int) -> str | None:
    """Why a case cannot be closed as completed (English, for translation), or None."""
    if open_cents > 0:
        return QT_TRANSLATE_NOOP(
            "Monitoring", "Money is still owed: a case with an open balance is not completed."
        )
    if open_hours > 0 or open_terms > 0:
        return QT_TRANSLATE_NOOP("Monitoring", "Some terms are not done yet.")
    return None


def recidivism_due(closed_on: date) -> date:
    """When to record whether a new charge was filed: a year after closing."""
    return closed_on + timedelta(days=RECIDIVISM_DAYS)


def recidivism_problems(
    *, closed_on: date, checked_on: date | None, new_charge: bool, charged_on: date | None,
    level: str, today: date,
) -> dict[str, str]:  # fmt: skip
    """Why a one-year follow-up cannot be recorded (English, for translation)."""
    problems: dict[str, str] = {}
    if checked_on is None or checked_on > today:
        problems["checked_on"] = QT_TRANSLATE_NOOP("Monitoring", "Enter the date you checked.")
    elif checked_on < closed_on:
        problems["checked_on"] = QT_TRANSLATE_NOOP(
            "Monitoring", "The check comes after the case was closed."
        )
    if new_charge:
        if charged_on is None:
            problems["charged_on"] = QT_TRANSLATE_NOOP("Monitoring", "Enter when it was filed.")
        elif not closed_on <= charged_on <= closed_on + timedelta(days=RECIDIVISM_DAYS):
            problems["charged_on"] = QT_TRANSLATE_NOOP(
                "Monitoring", "Only a charge within 365 days of closing counts."
            )
        if level not in ("misdemeanour", "felony"):
            problems["level"] = QT_TRANSLATE_NOOP("Monitoring", "Choose the level of the charge.")
    return problems
