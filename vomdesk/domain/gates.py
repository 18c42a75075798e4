"""The gates before a joint session: screened, consenting, met, chosen, safe, and allowed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from vomdesk.domain.choices import INDIRECT_FORMS, MeetingForm
from vomdesk.domain.parties import Role
from vomdesk.domain.readiness import Missing
from vomdesk.domain.screening import Outcome
from vomdesk.domain.translation import QT_TRANSLATE_NOOP


class Gate(Enum):
    """One condition a case must meet before a session is scheduled."""

    PARTIES = "parties"
    SCREENING = "screening"
    CONSENT = "consent"
    MEETINGS = "meetings"
    CHOICES = "choices"
    SAFETY_PLAN = "safety_plan"
    CONFLICT = "conflict"
    CONTACT_ORDER = "contact_order"


GATE_LABELS = {
    Gate.PARTIES: QT_TRANSLATE_NOOP("Gates", "Both sides take part"),
    Gate.SCREENING: QT_TRANSLATE_NOOP("Gates", "Screening"),
    Gate.CONSENT: QT_TRANSLATE_NOOP("Gates", "Consent"),
    Gate.MEETINGS: QT_TRANSLATE_NOOP("Gates", "Pre-mediation meetings"),
    Gate.CHOICES: QT_TRANSLATE_NOOP("Gates", "The victim's choices"),
    Gate.SAFETY_PLAN: QT_TRANSLATE_NOOP("Gates", "Safety plan"),
    Gate.CONFLICT: QT_TRANSLATE_NOOP("Gates", "Conflict of interest"),
    Gate.CONTACT_ORDER: QT_TRANSLATE_NOOP("Gates", "No-contact order"),
}

# Consent is the participant's to give; a court's order is the court's to change (in the
# referral, when it changes). Neither can be set aside by the mediator. The rest can, with a
# written reason kept in the case history.
OVERRIDABLE = frozenset(
    {Gate.SCREENING, Gate.MEETINGS, Gate.CHOICES, Gate.SAFETY_PLAN, Gate.CONFLICT}
)


@dataclass(frozen=True)
class PartyFacts:
    """What the gates need to know about one victim, offender or guardian."""

    id: int
    name: str
    role: Role
    taking_part: bool = True
    screening: Outcome | None = None  # the latest screening's outcome
    consent_active: bool = False
    consent_withdrawn: bool = False  # the latest consent was withdrawn
    met_in_person: bool = False
    met_at_all: bool = False
    choices_recorded: bool = False  # victims: their choices are on record
    form: MeetingForm | None = None  # victims: the form they chose
    juvenile: bool = False  # offenders
    guardian_ids: tuple[int, ...] = ()  # offenders: their parents or guardians in the case


@dataclass(frozen=True)
class GateFacts:
    """A case as the gates see it."""

    parties: tuple[PartyFacts, ...]
    extra_care: bool = False
    safety_plan: bool = False
    conflict_declared: bool = False
    conflict_found: bool = False
    contact_order: bool = False
    order_allows_contact: bool = False
    in_person_required: bool = True
    overridden: frozenset[Gate] = frozenset()

    def party(self, party_id: int) -> PartyFacts | None:
        return next((p for p in self.parties if p.id == party_id), None)

    @property
    def taking_part(self) -> list[PartyFacts]:
        return [p for p in self.parties if p.role in (Role.VICTIM, Role.OFFENDER) and p.taking_part]


def meeting_form(forms: Iterable[MeetingForm | None]) -> MeetingForm | None:
    """The form the case can take: face to face only when every victim chose it."""
    chosen = [form for form in forms if form is not None]
    if not chosen:
        return None
    if MeetingForm.LETTERS in chosen:
        return MeetingForm.LETTERS
    if MeetingForm.SHUTTLE in chosen:
        return MeetingForm.SHUTTLE
    return MeetingForm.DIRECT


def _item(gate: Gate, field: str, text: str, **params: str) -> Missing:
    return Missing(field, text, gate=gate.value, params=params)


def _screening(party: PartyFacts) -> Missing | None:
    field = f"screening.{party.id}"
    if party.screening is None:
        return _item(
            Gate.SCREENING, field, QT_TRANSLATE_NOOP("Gates", "Screen {name}."), name=party.name
        )
    if party.screening is Outcome.NEEDS_MORE:
        return _item(
            Gate.SCREENING,
            field,
            QT_TRANSLATE_NOOP("Gates", "{name} needs more preparation: screen again when ready."),
            name=party.name,
        )
    if party.screening is Outcome.NOT_SUITABLE:
        return _item(
            Gate.SCREENING,
            field,
            QT_TRANSLATE_NOOP(
                "Gates", "{name} was screened not suitable: close the case or return it."
            ),
            name=party.name,
        )
    return None


def _consent(party: PartyFacts) -> Missing | None:
    if party.consent_active:
        return None
    field = f"consent.{party.id}"
    if party.consent_withdrawn:
        return _item(
            Gate.CONSENT,
            field,
            QT_TRANSLATE_NOOP("Gates", "{name} withdrew consent: nothing can be scheduled."),
            name=party.name,
        )
    return _item(
        Gate.CONSENT, field, QT_TRANSLATE_NOOP("Gates", "Record {name}'s consent."), name=party.name
    )


def unmet_gates(facts: GateFacts) -> list[Missing]:
    """Every gate item not met, in the order a mediator works through them.

    Items of an overridden gate are included, marked ``overridden``; ``blocking`` leaves them out.
    """
    items: list[Missing] = []
    taking_part = facts.taking_part
    roles = {p.role for p in taking_part}
    if Role.VICTIM not in roles:
        items.append(
            _item(
                Gate.PARTIES,
                "choices",
                QT_TRANSLATE_NOOP(
                    "Gates", "No victim takes part: record the victim's choices, or close the case."
                ),
            )
        )
    if Role.OFFENDER not in roles:
        items.append(
            _item(
                Gate.PARTIES,
                "participants",
                QT_TRANSLATE_NOOP(
                    "Gates", "No offender takes part: close the case or add the offender."
                ),
            )
        )
    form = meeting_form(p.form for p in taking_part if p.role is Role.VICTIM)
    for party in sorted(taking_part, key=lambda p: p.role is not Role.OFFENDER):
        screening = _screening(party)
        if screening:
            items.append(screening)
    for party in taking_part:
        consent = _consent(party)
        if consent:
            items.append(consent)
        if party.role is Role.OFFENDER and party.juvenile:
            guardians = [facts.party(g) for g in party.guardian_ids]
            if not guardians:
                items.append(
                    _item(
                        Gate.CONSENT,
                        f"participant.{party.id}",
                        QT_TRANSLATE_NOOP(
                            "Gates", "Add a parent or guardian of {name}: they consent too."
                        ),
                        name=party.name,
                    )
                )
            for guardian in guardians:
                consent = _consent(guardian) if guardian else None
                if consent:
                    items.append(consent)
    in_person = facts.in_person_required and form not in INDIRECT_FORMS
    for party in sorted(taking_part, key=lambda p: p.role is not Role.OFFENDER):
        met = party.met_in_person if in_person else party.met_at_all
        if not met:
            text = (
                QT_TRANSLATE_NOOP("Gates", "Meet {name} in person before the session.")
                if in_person
                else QT_TRANSLATE_NOOP("Gates", "Meet or talk with {name} before the session.")
            )
            items.append(_item(Gate.MEETINGS, f"meetings.{party.id}", text, name=party.name))
    for party in taking_part:
        if party.role is Role.VICTIM and not party.choices_recorded:
            items.append(
                _item(
                    Gate.CHOICES,
                    f"choices.{party.id}",
                    QT_TRANSLATE_NOOP("Gates", "Record {name}'s choices for the meeting."),
                    name=party.name,
                )
            )
    if facts.extra_care and not facts.safety_plan:
        items.append(
            _item(
                Gate.SAFETY_PLAN,
                "safety",
                QT_TRANSLATE_NOOP("Gates", "Write the safety plan: this case needs extra care."),
            )
        )
    if not facts.conflict_declared:
        items.append(
            _item(
                Gate.CONFLICT,
                "conflict",
                QT_TRANSLATE_NOOP("Gates", "Declare whether you have a conflict of interest."),
            )
        )
    elif facts.conflict_found:
        items.append(
            _item(
                Gate.CONFLICT,
                "conflict",
                QT_TRANSLATE_NOOP(
                    "Gates",
                    "You declared a conflict of interest: another mediator should take the case.",
                ),
            )
        )
    if facts.contact_order and not facts.order_allows_contact and form is MeetingForm.DIRECT:
        items.append(
            _item(
                Gate.CONTACT_ORDER,
                "choices.form",
                QT_TRANSLATE_NOOP(
                    "Gates",
                    "The no-contact order allows only indirect forms: a shuttle or letters.",
                ),
            )
        )
    return [
        item
        if Gate(item.gate) not in facts.overridden or Gate(item.gate) not in OVERRIDABLE
        else item.overridden_now()
        for item in items
    ]


def blocking(items: Sequence[Missing]) -> list[Missing]:
    """The items that still stop scheduling (overridden ones do not)."""
    return [item for item in items if not item.overridden]


def may_schedule(facts: GateFacts) -> bool:
    """True exactly when every gate holds or is overridden, and never without consent."""
    return not blocking(unmet_gates(facts))


def override_problem(gate: Gate, reason: str) -> str | None:
    """Why a gate cannot be overridden as asked (English, for translation), or None."""
    if gate is Gate.CONSENT:
        return QT_TRANSLATE_NOOP(
            "Gates", "Consent cannot be overridden: only the participant can give it."
        )
    if gate not in OVERRIDABLE:
        return QT_TRANSLATE_NOOP(
            "Gates", "This cannot be overridden; change the record it depends on."
        )
    if len(reason.strip()) < 10:
        return QT_TRANSLATE_NOOP("Gates", "Write the reason for going ahead, in a sentence.")
    return None
