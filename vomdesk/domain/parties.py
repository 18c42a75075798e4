"""Who takes part in a case: roles, whom a companion accompanies, and which side each one is on."""

from __future__ import annotations

from enum import Enum

from vomdesk.domain.translation import QT_TRANSLATE_NOOP


class Role(Enum):
    """A participant's role in the case."""

    VICTIM = "victim"
    OFFENDER = "offender"
    PARENT_GUARDIAN = "parent_guardian"
    SUPPORT_PERSON = "support_person"
    VICTIM_ADVOCATE = "victim_advocate"
    INTERPRETER = "interpreter"
    ATTORNEY = "attorney"
    PROBATION_OFFICER = "probation_officer"
    COMMUNITY_MEMBER = "community_member"
    CO_MEDIATOR = "co_mediator"


ROLE_LABELS = {
    Role.VICTIM: QT_TRANSLATE_NOOP("Parties", "Victim"),
    Role.OFFENDER: QT_TRANSLATE_NOOP("Parties", "Offender"),
    Role.PARENT_GUARDIAN: QT_TRANSLATE_NOOP("Parties", "Parent or guardian"),
    Role.SUPPORT_PERSON: QT_TRANSLATE_NOOP("Parties", "Support person"),
    Role.VICTIM_ADVOCATE: QT_TRANSLATE_NOOP("Parties", "Victim advocate"),
    Role.INTERPRETER: QT_TRANSLATE_NOOP("Parties", "Interpreter"),
    Role.ATTORNEY: QT_TRANSLATE_NOOP("Parties", "Attorney"),
    Role.PROBATION_OFFICER: QT_TRANSLATE_NOOP("Parties", "Probation officer"),
    Role.COMMUNITY_MEMBER: QT_TRANSLATE_NOOP("Parties", "Community member"),
    Role.CO_MEDIATOR: QT_TRANSLATE_NOOP("Parties", "Co-mediator"),
}

PRINCIPALS = frozenset({Role.VICTIM, Role.OFFENDER})
COMPANIONS = frozenset(
    {
        Role.PARENT_GUARDIAN,
        Role.SUPPORT_PERSON,
        Role.VICTIM_ADVOCATE,
        Role.INTERPRETER,
        Role.ATTORNEY,
    }
)


class Side(Enum):
    """Whose side a participant is on; documents for one side never carry the other's secrets."""

    VICTIM = "victim"
    OFFENDER = "offender"
    NEUTRAL = "neutral"


def side_of(role: Role, accompanies: Role | None = None) -> Side:
    """The side of a participant, from their role and the role of whom they accompany."""
    if role is Role.VICTIM or role is Role.VICTIM_ADVOCATE:
        return Side.VICTIM
    if role is Role.OFFENDER:
        return Side.OFFENDER
    if role in COMPANIONS and accompanies in PRINCIPALS:
        return Side.VICTIM if accompanies is Role.VICTIM else Side.OFFENDER
    return Side.NEUTRAL


def contact_is_confidential(side: Side) -> bool:
    """Victim-side contact details never reach the offender side: they are confidential."""
    return side is Side.VICTIM


def companion_problem(role: Role, accompanies: Role | None) -> str | None:
    """Why a companion link cannot be made (English, marked for translation), or None."""
    if accompanies is None:
        if role is Role.PARENT_GUARDIAN:
            return QT_TRANSLATE_NOOP("Parties", "Choose whom this parent or guardian accompanies.")
        return None
    if role not in COMPANIONS:
        return QT_TRANSLATE_NOOP("Parties", "Only a companion can accompany someone.")
    if accompanies not in PRINCIPALS:
        return QT_TRANSLATE_NOOP("Parties", "A companion accompanies a victim or an offender.")
    return None
