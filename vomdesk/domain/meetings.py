"""Contacts and pre-mediation meetings: how they happen, and the order practice suggests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum

from vomdesk.domain.parties import Role
from vomdesk.domain.translation import QT_TRANSLATE_NOOP


class ContactMode(Enum):
    """How the mediator met or reached a participant."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    LETTER = "letter"


MODE_LABELS = {
    ContactMode.IN_PERSON: QT_TRANSLATE_NOOP("Meetings", "In person"),
    ContactMode.PHONE: QT_TRANSLATE_NOOP("Meetings", "Phone"),
    ContactMode.VIDEO: QT_TRANSLATE_NOOP("Meetings", "Video call"),
    ContactMode.LETTER: QT_TRANSLATE_NOOP("Meetings", "Letter"),
}

MAX_MINUTES = 8 * 60


def contact_problems(
    *,
    on: date | None,
    done: bool,
    minutes: int,
    with_whom: Sequence[int],
    mode: ContactMode,
    today: date,
) -> dict[str, str]:
    """Why a contact cannot be saved (English, for translation)."""
    problems: dict[str, str] = {}
    if on is None:
        problems["on"] = QT_TRANSLATE_NOOP("Meetings", "Enter the date.")
    elif done and on > today:
        problems["on"] = QT_TRANSLATE_NOOP(
            "Meetings", "A meeting that took place cannot be in the future."
        )
    if not with_whom:
        problems["with_whom"] = QT_TRANSLATE_NOOP("Meetings", "Choose who the meeting was with.")
    if mode is not ContactMode.LETTER and not 0 <= minutes <= MAX_MINUTES:
        problems["minutes"] = QT_TRANSLATE_NOOP(
            "Meetings", "Enter a length between 0 and 480 minutes."
        )
    return problems


def suggested_order(principals: Sequence[tuple[int, Role]]) -> list[int]:
    """Whom to meet first: each offender, then each victim, as practice recommends."""
    offenders = [pid for pid, role in principals if role is Role.OFFENDER]
    victims = [pid for pid, role in principals if role is Role.VICTIM]
    return offenders + victims
