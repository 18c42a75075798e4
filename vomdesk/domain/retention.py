"""The program's retention policy: when a closed case is sealed or purged, and what refuses it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from vomdesk.domain.translation import QT_TRANSLATE_NOOP

MIN_REASON_LENGTH = 10


class Action(Enum):
    """What the policy does to a closed case."""

    SEAL = "seal"
    PURGE = "purge"


@dataclass(frozen=True)
class RetentionPolicy:
    """Years after closing; 0 means the program never does it."""

    purge_after_years: int = 0
    seal_juvenile_after_years: int = 0

    @property
    def is_set(self) -> bool:
        return self.purge_after_years > 0 or self.seal_juvenile_after_years > 0


@dataclass(frozen=True)
class CaseFacts:
    """What the rule needs to know of one case: never a name."""

    case_id: int
    number: str
    closed_on: date | None  # None while the case is open
    juvenile: bool | None
    sealed: bool
    seal_lifted: bool  # the seal was lifted on purpose: the policy does not seal it again
    agreement_open: bool  # an agreement in force whose monitoring has not ended


@dataclass(frozen=True)
class Due:
    """One case the policy would seal or purge, and since when."""

    facts: CaseFacts
    action: Action
    due_on: date


def years_after(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def purge_problem(facts: CaseFacts) -> str | None:
    """Why this case may not be purged at all (English, marked for translation), or None."""
    if facts.agreement_open:
        return QT_TRANSLATE_NOOP(
            "Retention",
            "This case has an agreement still being monitored: close it before purging.",
        )
    if facts.closed_on is None:
        return QT_TRANSLATE_NOOP("Retention", "Only a closed case can be purged.")
    return None


def seal_problem(facts: CaseFacts) -> str | None:
    """Why this case may not be sealed, or None."""
    if facts.closed_on is None:
        return QT_TRANSLATE_NOOP("Retention", "Only a closed case can be sealed.")
    if facts.sealed:
        return QT_TRANSLATE_NOOP("Retention", "This case is already sealed.")
    return None


def reason_problem(reason: str) -> str | None:
    """A seal, unseal or purge outside the policy needs a reason someone can read later."""
    if len(reason.strip()) < MIN_REASON_LENGTH:
        return QT_TRANSLATE_NOOP(
            "Retention", "Write the reason in a few words (at least 10 letters)."
        )
    return None


def due_action(facts: CaseFacts, policy: RetentionPolicy, today: date) -> Due | None:
    """What the policy asks for this case today: purge before seal; None when nothing."""
    if facts.closed_on is None:
        return None
    if policy.purge_after_years > 0:
        due_on = years_after(facts.closed_on, policy.purge_after_years)
        if due_on <= today:
            return Due(facts, Action.PURGE, due_on)
    if policy.seal_juvenile_after_years > 0 and facts.juvenile and not facts.sealed:
        due_on = years_after(facts.closed_on, policy.seal_juvenile_after_years)
        if due_on <= today and not facts.seal_lifted:
            return Due(facts, Action.SEAL, due_on)
    return None


def due_under_policy(cases: Iterable[CaseFacts], policy: RetentionPolicy, today: date) -> list[Due]:
    """Every case the policy would seal or purge today, the longest overdue first."""
    found = [due for facts in cases if (due := due_action(facts, policy, today)) is not None]
    return sorted(found, key=lambda due: (due.due_on, due.facts.number))
