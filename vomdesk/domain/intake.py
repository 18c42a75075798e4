"""Checks of a referral and its participants, in the mediator's words, before anything is saved."""

from __future__ import annotations

from datetime import date

from vomdesk.domain.parties import Role, companion_problem
from vomdesk.domain.translation import QT_TRANSLATE_NOOP


def referral_problems(
    *,
    received_on: date | None,
    incident_date: date | None,
    deadline: date | None,
    today: date,
) -> dict[str, str]:
    """Problems with a referral's dates, keyed by field name."""
    problems: dict[str, str] = {}
    if received_on is None:
        problems["received_on"] = QT_TRANSLATE_NOOP(
            "Intake", "Enter the date the referral arrived."
        )
    elif received_on > today:
        problems["received_on"] = QT_TRANSLATE_NOOP(
            "Intake", "The referral cannot arrive in the future."
        )
    if incident_date is not None:
        if incident_date > today:
            problems["incident_date"] = QT_TRANSLATE_NOOP(
                "Intake", "The incident cannot be in the future."
            )
        elif received_on is not None and incident_date > received_on:
            problems["incident_date"] = QT_TRANSLATE_NOOP(
                "Intake", "The incident cannot come after the referral was received."
            )
    if deadline is not None and received_on is not None and deadline < received_on:
        problems["deadline"] = QT_TRANSLATE_NOOP(
            "Intake", "The referral source's deadline is before the referral arrived."
        )
    return problems


def participant_problems(
    *,
    name: str,
    birth: date | None,
    role: Role,
    accompanies: Role | None,
    incident_date: date | None,
    today: date,
) -> dict[str, str]:
    """Problems with one participant, keyed by field name."""
    problems: dict[str, str] = {}
    if not name.strip():
        problems["name"] = QT_TRANSLATE_NOOP("Intake", "Enter a name.")
    if birth is not None:
        if birth > today:
            problems["birth"] = QT_TRANSLATE_NOOP(
                "Intake", "A date of birth cannot be in the future."
            )
        elif incident_date is not None and birth > incident_date:
            problems["birth"] = QT_TRANSLATE_NOOP(
                "Intake", "This person was not yet born on the incident date."
            )
        elif today.year - birth.year > 120:
            problems["birth"] = QT_TRANSLATE_NOOP("Intake", "Check the year of birth.")
    companion = companion_problem(role, accompanies)
    if companion:
        problems["accompanies"] = companion
    return problems


def removal_problem(accompanied_by: int) -> str | None:
    """Why a participant cannot be removed: others accompany them."""
    if accompanied_by:
        return QT_TRANSLATE_NOOP(
            "Intake",
            "Others accompany this person. Remove them or link them to someone else first.",
        )
    return None
