"""What is missing before a case can take its next step, each item pointing at its field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from datetime import date

from vomdesk.domain.parties import Role
from vomdesk.domain.people import age_on
from vomdesk.domain.stages import Stage
from vomdesk.domain.translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PersonFacts:
    """What the readiness rules need to know about one participant."""

    id: int
    role: Role
    birth: date | None
    is_organisation: bool
    accompanies_id: int | None


@dataclass(frozen=True)
class CaseFacts:
    """What the readiness rules need to know about a case."""

    stage: Stage
    received_on: date
    incident_date: date | None
    offences: int
    no_contact_order: bool
    no_contact_note: str
    participants: tuple[PersonFacts, ...]
    juvenile_age: int


@dataclass(frozen=True)
class Missing:
    """One thing missing: the field (or section) it concerns, and what to do.

    ``text`` is English marked for translation, with ``{name}``-style ``params``; ``gate`` names
    the scheduling gate it belongs to, and ``overridden`` says the mediator went ahead anyway.
    """

    field: str
    text: str
    gate: str | None = None
    params: Mapping[str, str] = dataclass_field(default_factory=dict)
    overridden: bool = False

    def overridden_now(self) -> Missing:
        return replace(self, overridden=True)


def missing_for_preparation(facts: CaseFacts) -> list[Missing]:
    """What intake must record before preparation starts (later issues add their own gates)."""
    missing: list[Missing] = []
    roles = [p.role for p in facts.participants]
    if Role.VICTIM not in roles:
        missing.append(Missing("participants", QT_TRANSLATE_NOOP("Readiness", "Add the victim.")))
    if Role.OFFENDER not in roles:
        missing.append(Missing("participants", QT_TRANSLATE_NOOP("Readiness", "Add the offender.")))
    if not facts.offences:
        missing.append(Missing("offences", QT_TRANSLATE_NOOP("Readiness", "Record the offence.")))
    if facts.incident_date is None:
        missing.append(
            Missing("incident_date", QT_TRANSLATE_NOOP("Readiness", "Enter the incident date."))
        )
    on = facts.incident_date or facts.received_on
    guarded = {p.accompanies_id for p in facts.participants if p.role is Role.PARENT_GUARDIAN}
    for person in facts.participants:
        if person.role is not Role.OFFENDER or person.is_organisation:
            continue
        if person.birth is None:
            missing.append(
                Missing(
                    f"participant.{person.id}.birth",
                    QT_TRANSLATE_NOOP(
                        "Readiness", "Enter the offender's date of birth (juvenile or adult)."
                    ),
                )
            )
        elif age_on(person.birth, on) < facts.juvenile_age and person.id not in guarded:
            missing.append(
                Missing(
                    f"participant.{person.id}",
                    QT_TRANSLATE_NOOP(
                        "Readiness", "Add a parent or guardian for the juvenile offender."
                    ),
                )
            )
    if facts.no_contact_order and not facts.no_contact_note.strip():
        missing.append(
            Missing(
                "no_contact_note",
                QT_TRANSLATE_NOOP("Readiness", "Note what the no-contact order allows."),
            )
        )
    return missing


def missing_for_next_step(facts: CaseFacts) -> list[Missing]:
    """The unmet gates for the case's next step; empty when nothing blocks it."""
    if facts.stage in (Stage.REFERRAL, Stage.INTAKE):
        return missing_for_preparation(facts)
    return []
