"""A case's preparation read in one go, its gates, and sending a case back to preparation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from vomdesk.domain import gates
from vomdesk.domain import settings as setting
from vomdesk.domain.choices import MeetingForm
from vomdesk.domain.gates import Gate, GateFacts, PartyFacts
from vomdesk.domain.meetings import ContactMode
from vomdesk.domain.parties import Role
from vomdesk.domain.people import age_on
from vomdesk.domain.readiness import Missing
from vomdesk.domain.schedule import SessionStatus
from vomdesk.domain.screening import Outcome
from vomdesk.domain.stages import Stage
from vomdesk.services import errors
from vomdesk.services.case_derived import setting_in
from vomdesk.services.open_store import OpenStore, Work, reading
from vomdesk.services.participants import ParticipantView, participant_views
from vomdesk.store.case_models import Case
from vomdesk.store.preparation_models import (
    ConflictDeclaration,
    Consent,
    GateOverride,
    Loss,
    OffenderAvailability,
    PreparationContact,
    SafetyPlan,
    Screening,
    SessionPlan,
    SharingConsent,
    Venue,
    VictimChoices,
)


@dataclass(frozen=True)
class Preparation:
    """Everything the preparation pages show for one case."""

    case: Case
    participants: list[ParticipantView]
    screenings: list[Screening]  # oldest first
    consents: list[Consent]
    sharing: list[SharingConsent]
    contacts: list[PreparationContact]
    choices: dict[int, VictimChoices]  # by victim participant id
    losses: list[Loss]
    availability: dict[int, OffenderAvailability]
    safety_plan: SafetyPlan | None
    conflict: ConflictDeclaration | None
    overrides: list[GateOverride]  # every one, lapsed ones too: they are history
    sessions: list[SessionPlan]
    venues: list[Venue]
    juvenile_age: int
    in_person_required: bool

    @property
    def stage(self) -> Stage:
        return Stage(self.case.stage)

    def latest_screening(self, participant_id: int) -> Screening | None:
        mine = [s for s in self.screenings if s.participant_id == participant_id]
        return mine[-1] if mine else None

    def latest_consent(self, participant_id: int) -> Consent | None:
        mine = [c for c in self.consents if c.participant_id == participant_id]
        return mine[-1] if mine else None

    def participant(self, participant_id: int) -> ParticipantView | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    @property
    def extra_care(self) -> bool:
        case = self.case
        return any(
            (
                case.care_sexual_offence,
                case.care_partner_violence,
                case.care_stalking,
                case.care_serious_violence,
                case.no_contact_order,
            )
        )

    @property
    def active_overrides(self) -> list[GateOverride]:
        return [o for o in self.overrides if o.lapsed_at is None]

    @property
    def upcoming(self) -> list[SessionPlan]:
        return [s for s in self.sessions if s.status == SessionStatus.SCHEDULED.value]


def _all(session: Session, model: Any, case_id: int) -> list[Any]:
    statement = select(model).where(model.case_id == case_id).order_by(col(model.id))
    return list(session.exec(statement))


def preparation_in(session: Session, case_id: int) -> Preparation:
    case = session.get(Case, case_id)
    if case is None:
        raise errors.CaseNotFound()
    choices: list[VictimChoices] = _all(session, VictimChoices, case_id)
    availability: list[OffenderAvailability] = _all(session, OffenderAvailability, case_id)
    declarations: list[ConflictDeclaration] = _all(session, ConflictDeclaration, case_id)
    overrides: list[GateOverride] = _all(session, GateOverride, case_id)
    contacts: list[PreparationContact] = _all(session, PreparationContact, case_id)
    sessions: list[SessionPlan] = _all(session, SessionPlan, case_id)
    return Preparation(
        case=case,
        participants=participant_views(session, case_id),
        screenings=_all(session, Screening, case_id),
        consents=_all(session, Consent, case_id),
        sharing=_all(session, SharingConsent, case_id),
        contacts=sorted(contacts, key=lambda c: (c.on, c.id or 0)),
        choices={c.participant_id: c for c in choices},
        losses=_all(session, Loss, case_id),
        availability={a.participant_id: a for a in availability},
        safety_plan=session.get(SafetyPlan, case_id),
        conflict=declarations[-1] if declarations else None,
        overrides=overrides,
        sessions=sorted(sessions, key=lambda s: s.starts_at),
        venues=list(session.exec(select(Venue).order_by(col(Venue.name)))),
        juvenile_age=int(str(setting_in(session, setting.JUVENILE_AGE))),
        in_person_required=bool(setting_in(session, setting.IN_PERSON_REQUIRED)),
    )


def read_preparation(store: OpenStore, case_id: int) -> Preparation:
    with reading(store) as session:
        return preparation_in(session, case_id)


def gate_facts(prep: Preparation, today: date | None = None) -> GateFacts:
    """The case as the gates see it, on ``today``."""
    day = today or date.today()
    case = prep.case
    on = case.incident_date or case.received_on
    parties = []
    for person in prep.participants:
        if person.role not in (Role.VICTIM, Role.OFFENDER, Role.PARENT_GUARDIAN):
            continue
        screening = prep.latest_screening(person.id)
        consent = prep.latest_consent(person.id)
        met = [c for c in prep.contacts if c.done and person.id in c.with_whom]
        choice = prep.choices.get(person.id)
        parties.append(
            PartyFacts(
                id=person.id,
                name=person.name,
                role=person.role,
                taking_part=person.taking_part,
                screening=Outcome(screening.outcome) if screening else None,
                consent_active=bool(
                    consent and consent.given_on <= day and consent.withdrawn_on is None
                ),
                consent_withdrawn=bool(consent and consent.withdrawn_on is not None),
                met_in_person=any(c.mode == ContactMode.IN_PERSON.value for c in met),
                met_at_all=bool(met),
                choices_recorded=choice is not None and choice.form is not None,
                form=MeetingForm(choice.form) if choice and choice.form else None,
                juvenile=(
                    person.role is Role.OFFENDER
                    and not person.is_organisation
                    and person.birth is not None
                    and age_on(person.birth, on) < prep.juvenile_age
                ),
                guardian_ids=tuple(
                    p.id
                    for p in prep.participants
                    if p.role is Role.PARENT_GUARDIAN and p.accompanies_id == person.id
                ),
            )
        )
    conflict = prep.conflict
    return GateFacts(
        parties=tuple(parties),
        extra_care=prep.extra_care,
        safety_plan=prep.safety_plan is not None,
        conflict_declared=conflict is not None,
        conflict_found=bool(conflict and conflict.has_conflict),
        contact_order=case.no_contact_order,
        order_allows_contact=case.no_contact_allows_contact,
        in_person_required=prep.in_person_required,
        overridden=frozenset(Gate(o.gate) for o in prep.active_overrides),
    )


def before_scheduling(prep: Preparation, today: date | None = None) -> list[Missing]:
    """The "Before scheduling" list: every unmet gate item, overridden ones marked."""
    return gates.unmet_gates(gate_facts(prep, today))


def case_form(prep: Preparation) -> MeetingForm | None:
    """The form of meeting the victims' choices allow for this case."""
    return gates.meeting_form(
        MeetingForm(c.form)
        for pid, c in prep.choices.items()
        if c.form and (p := prep.participant(pid)) is not None and p.taking_part
    )


def case_in(work: Work, case_id: int) -> Case:
    case = work.session.get(Case, case_id)
    if case is None:
        raise errors.CaseNotFound()
    return case


def refuse_when_closed(case: Case) -> None:
    """A closed case is read-only until it is reopened."""
    if case.stage == Stage.CLOSED.value:
        raise errors.CaseClosed()
