"""Consent to take part, its withdrawal, and consent to share the outcome with the referrer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from vomdesk.domain.translation import QT_TRANSLATE_NOOP


class GivenHow(Enum):
    """How consent was given."""

    WRITTEN = "written"
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


GIVEN_HOW_LABELS = {
    GivenHow.WRITTEN: QT_TRANSLATE_NOOP("Consent", "Signed consent form"),
    GivenHow.IN_PERSON: QT_TRANSLATE_NOOP("Consent", "Spoken, in person"),
    GivenHow.PHONE: QT_TRANSLATE_NOOP("Consent", "Spoken, by phone"),
    GivenHow.VIDEO: QT_TRANSLATE_NOOP("Consent", "Spoken, by video call"),
}

# What the participant must have been told, each confirmed by the mediator.
INFORMED_OF = {
    "rights": QT_TRANSLATE_NOOP("Consent", "Informed of their rights"),
    "process": QT_TRANSLATE_NOOP("Consent", "Informed of the mediation process"),
    "confidentiality": QT_TRANSLATE_NOOP("Consent", "Informed of confidentiality and its limits"),
    "consequences": QT_TRANSLATE_NOOP(
        "Consent", "Informed of the consequences of taking part or not"
    ),
    "counsel": QT_TRANSLATE_NOOP("Consent", "Told of the right to a lawyer"),
    "interpreter": QT_TRANSLATE_NOOP("Consent", "Told of the right to an interpreter"),
    "voluntary": QT_TRANSLATE_NOOP("Consent", "Takes part voluntarily, even if court-ordered"),
}


@dataclass(frozen=True)
class ConsentFacts:
    """One consent record as the rules see it."""

    participant_id: int
    given_on: date
    withdrawn_on: date | None = None

    def active_on(self, day: date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


def consent_problems(
    *,
    informed: dict[str, bool],
    given_on: date | None,
    today: date,
) -> dict[str, str]:
    """Why a consent cannot be recorded as given (English, for translation)."""
    problems: dict[str, str] = {}
    for key in INFORMED_OF:
        if not informed.get(key):
            problems[f"informed.{key}"] = QT_TRANSLATE_NOOP(
                "Consent", "Confirm each point before recording consent."
            )
            break
    if given_on is None:
        problems["given_on"] = QT_TRANSLATE_NOOP("Consent", "Enter the date consent was given.")
    elif given_on > today:
        problems["given_on"] = QT_TRANSLATE_NOOP(
            "Consent", "Consent cannot be dated in the future."
        )
    return problems


def withdrawal_problems(
    *, given_on: date, withdrawn_on: date | None, reason: str, today: date
) -> dict[str, str]:
    """Why a withdrawal cannot be recorded (English, for translation)."""
    problems: dict[str, str] = {}
    if withdrawn_on is None:
        problems["withdrawn_on"] = QT_TRANSLATE_NOOP("Consent", "Enter the date of withdrawal.")
    elif withdrawn_on > today:
        problems["withdrawn_on"] = QT_TRANSLATE_NOOP(
            "Consent", "A withdrawal cannot be dated in the future."
        )
    elif withdrawn_on < given_on:
        problems["withdrawn_on"] = QT_TRANSLATE_NOOP(
            "Consent", "A withdrawal cannot come before the consent it withdraws."
        )
    if not reason.strip():
        problems["withdrawal_reason"] = QT_TRANSLATE_NOOP(
            "Consent", "Write the reason, in the participant's words if possible."
        )
    return problems


class Shareable(Enum):
    """What a party may allow the program to tell the referral source."""

    STATUS = "status"  # taking part or not, session held or not
    AGREEMENT_REACHED = "agreement_reached"
    AGREEMENT_TERMS = "agreement_terms"
    COMPLETION = "completion"


SHAREABLE_LABELS = {
    Shareable.STATUS: QT_TRANSLATE_NOOP("Consent", "Whether they take part and a session was held"),
    Shareable.AGREEMENT_REACHED: QT_TRANSLATE_NOOP("Consent", "Whether an agreement was reached"),
    Shareable.AGREEMENT_TERMS: QT_TRANSLATE_NOOP("Consent", "The terms of the agreement"),
    Shareable.COMPLETION: QT_TRANSLATE_NOOP("Consent", "Whether the agreement was completed"),
}


@dataclass(frozen=True)
class SharingConsent:
    """What one party allows to be shared with the referral source, and until when."""

    participant_id: int
    allowed: frozenset[Shareable]
    until: date | None = None
    withdrawn_on: date | None = None

    def allows(self, what: Shareable, on: date) -> bool:
        if self.withdrawn_on is not None and self.withdrawn_on <= on:
            return False
        if self.until is not None and on > self.until:
            return False
        return what in self.allowed


def may_share(
    what: Shareable, parties: list[int], consents: list[SharingConsent], on: date
) -> bool:
    """True when every party has allowed ``what`` to be shared on ``on``: letters obey this."""
    by_party = {consent.participant_id: consent for consent in consents}
    return bool(parties) and all(
        party in by_party and by_party[party].allows(what, on) for party in parties
    )
