"""Participants: add, change, remove, link companions, and find the same person in other cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, func, select

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.intake import participant_problems, removal_problem
from vomdesk.domain.parties import Role, Side, contact_is_confidential, side_of
from vomdesk.domain.people import fold, likely_same_person
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.case_derived import refresh_derived, short_name
from vomdesk.services.open_store import OpenStore, Work, reading, unit_of_work
from vomdesk.services.send_back import send_back_in
from vomdesk.store import case_repository as repo
from vomdesk.store.case_models import (
    Case,
    ContactFields,
    Participant,
    ParticipantContact,
    ParticipantCreate,
    ParticipantUpdate,
    Person,
)
from vomdesk.store.preparation_models import (
    Consent,
    Loss,
    OffenderAvailability,
    PreparationContact,
    Screening,
    SessionPlan,
    SharingConsent,
    VictimChoices,
)

PARTICIPANT = "participant"
MATCHES_SHOWN = 10


@dataclass(frozen=True)
class ParticipantView:
    """A participant as screens and exports read it; victim-side ``contact`` is confidential."""

    id: int
    person_id: int
    name: str
    birth: date | None
    is_organisation: bool
    role: Role
    side: Side
    accompanies_id: int | None
    preferred_language: str
    interpreter_needed: bool
    accessibility_needs: str
    contact: ContactFields
    taking_part: bool = True

    @property
    def short_name(self) -> str:
        return short_name(self.name, self.is_organisation)

    @property
    def contact_confidential(self) -> bool:
        return contact_is_confidential(self.side)


def participant_views(session: Session, case_id: int) -> list[ParticipantView]:
    rows = repo.participants_of(session=session, case_id=case_id)
    roles = {r.participant.id: Role(r.participant.role) for r in rows}
    views = []
    for row in rows:
        p, person = row.participant, row.person
        assert p.id is not None and person.id is not None
        role = Role(p.role)
        contact = ContactFields.model_validate(row.contact or ContactFields())
        views.append(
            ParticipantView(
                id=p.id,
                person_id=person.id,
                name=person.name,
                birth=person.birth,
                is_organisation=person.is_organisation,
                role=role,
                side=side_of(role, roles.get(p.accompanies_id) if p.accompanies_id else None),
                accompanies_id=p.accompanies_id,
                preferred_language=p.preferred_language,
                interpreter_needed=p.interpreter_needed,
                accessibility_needs=p.accessibility_needs,
                contact=contact,
                taking_part=p.taking_part,
            )
        )
    return views


def _check(
    session: Session,
    case: Case,
    role: Role,
    name: str,
    birth: date | None,
    accompanies_id: int | None,
    participant_id: int | None = None,
) -> None:
    accompanies_role = None
    if accompanies_id is not None:
        other = session.get(Participant, accompanies_id)
        if other is None or other.case_id != case.id or other.id == participant_id:
            raise errors.NeedsCorrection({"accompanies": "Choose someone in this case."})
        accompanies_role = Role(other.role)
    problems = participant_problems(
        name=name,
        birth=birth,
        role=role,
        accompanies=accompanies_role,
        incident_date=case.incident_date,
        today=date.today(),
    )
    if problems:
        raise errors.NeedsCorrection(problems)


def add_participant_in(
    work: Work, case: Case, data: ParticipantCreate, *, derive: bool = True
) -> Participant:
    """Add a participant inside an open unit of work (used by intake and by the workspace)."""
    session = work.session
    assert case.id is not None
    role = Role(data.role)
    _check(session, case, role, data.name, data.birth, data.accompanies_id)
    person = session.get(Person, data.person_id) if data.person_id is not None else None
    if person is None:
        person = Person(
            name=data.name.strip(),
            folded_name=fold(data.name),
            birth=data.birth,
            is_organisation=data.is_organisation,
        )
        session.add(person)
        session.flush()
    assert person.id is not None
    participant = Participant.model_validate(
        data.model_dump(include=set(Participant.model_fields) - {"id", "person_id", "case_id"}),
        update={"case_id": case.id, "person_id": person.id},
    )
    session.add(participant)
    session.flush()
    assert participant.id is not None
    session.add(ParticipantContact(participant_id=participant.id, **data.contact.model_dump()))
    if derive:
        refresh_derived(session, case)
    given = [
        k for k, v in data.model_dump(exclude={"contact"}).items() if v not in (None, "", False)
    ]
    given += [f"contact.{k}" for k, v in data.contact.model_dump().items() if v]
    work.audit(AuditAction.CREATE, PARTICIPANT, participant.id, fields=given)
    return participant


def add_participant(store: OpenStore, case_id: int, data: ParticipantCreate) -> int:
    with unit_of_work(store) as work:
        case = work.session.get(Case, case_id)
        if case is None:
            raise errors.CaseNotFound()
        participant = add_participant_in(work, case, data)
        assert participant.id is not None
        return participant.id


def update_participant(store: OpenStore, participant_id: int, changes: ParticipantUpdate) -> None:
    """Change a participant; a change of name or birth date changes the person in every case."""
    with unit_of_work(store) as work:
        session = work.session
        participant = session.get(Participant, participant_id)
        if participant is None:
            raise errors.CaseNotFound()
        case = session.get(Case, participant.case_id)
        person = session.get(Person, participant.person_id)
        assert case is not None and person is not None
        values = changes.model_dump(exclude_unset=True)
        role = Role(values.get("role", participant.role))
        name = values.get("name", person.name)
        birth = values.get("birth", person.birth)
        accompanies = values.get("accompanies_id", participant.accompanies_id)
        _check(session, case, role, name, birth, accompanies, participant_id)
        if role not in (Role.VICTIM, Role.OFFENDER) and _accompanied_by(session, participant_id):
            raise errors.NeedsCorrection({"role": removal_problem(1) or ""})
        person.name, person.folded_name, person.birth = name.strip(), fold(name), birth
        person.is_organisation = values.get("is_organisation", person.is_organisation)
        session.add(person)
        stopped = participant.taking_part and values.get("taking_part") is False
        for key in (
            "role", "preferred_language", "interpreter_needed", "accessibility_needs", "taking_part"
        ):  # fmt: skip
            if key in values:
                setattr(participant, key, values[key])
        if "accompanies_id" in values:
            participant.accompanies_id = accompanies
        session.add(participant)
        if changes.contact is not None:
            contact = session.get(ParticipantContact, participant_id) or ParticipantContact(
                participant_id=participant_id
            )
            for key, value in changes.contact.model_dump().items():
                setattr(contact, key, value)
            session.add(contact)
        if stopped:
            send_back_in(
                work, case, QT_TRANSLATE_NOOP("Intake", "A participant no longer takes part.")
            )
        refresh_derived(session, case)
        if {"name", "birth", "is_organisation"} & set(values):
            _refresh_cases_of(session, person.id, except_case=case.id)  # the same person
        fields = sorted(set(values) - {"contact"})
        if changes.contact is not None:
            fields += [f"contact.{k}" for k in ContactFields.model_fields]
        work.audit(AuditAction.UPDATE, PARTICIPANT, participant_id, fields=fields)


def _refresh_cases_of(session: Session, person_id: int | None, *, except_case: int | None) -> None:
    """Re-derive every other case the person is in (juvenile, names shown, search text)."""
    case_ids = session.exec(
        select(Participant.case_id).where(Participant.person_id == person_id).distinct()
    )
    for case_id in list(case_ids):
        other = session.get(Case, case_id)
        if other is not None and case_id != except_case:
            refresh_derived(session, other)


def _accompanied_by(session: Session, participant_id: int) -> int:
    statement = (
        select(func.count())
        .select_from(Participant)
        .where(Participant.accompanies_id == participant_id)
    )
    return int(session.exec(statement).one())


def remove_participant(store: OpenStore, participant_id: int) -> None:
    """Remove a participant from a case; refused while someone accompanies them."""
    with unit_of_work(store) as work:
        session = work.session
        participant = session.get(Participant, participant_id)
        if participant is None:
            raise errors.CaseNotFound()
        problem = removal_problem(_accompanied_by(session, participant_id))
        if problem:
            raise errors.NeedsCorrection({"participant": problem})
        if preparation_records_of(session, participant):
            raise errors.NeedsCorrection(
                {
                    "participant": QT_TRANSLATE_NOOP(
                        "Intake",
                        "This person has preparation records (screening, consent, meetings or "
                        "choices). Mark them as not taking part instead: their history stays "
                        "with the case.",
                    )
                }
            )
        case = session.get(Case, participant.case_id)
        assert case is not None
        person_id = participant.person_id
        session.delete(participant)  # its contact row goes with it (ON DELETE CASCADE)
        session.flush()
        if not repo.case_numbers_of_person(session=session, person_id=person_id):
            person = session.get(Person, person_id)  # in no case any more: keep no trace of them
            if person is not None:
                session.delete(person)
        refresh_derived(session, case)
        work.audit(AuditAction.DELETE, PARTICIPANT, participant_id)


def preparation_records_of(session: Session, participant: Participant) -> int:
    """How many preparation records name this participant (they keep the case's history)."""
    count = 0
    for model in (Screening, Consent, SharingConsent, Loss, VictimChoices, OffenderAvailability):
        statement = (
            select(func.count()).select_from(model).where(model.participant_id == participant.id)
        )
        count += int(session.exec(statement).one())
    case_id = participant.case_id
    contacts = session.exec(select(PreparationContact).where(PreparationContact.case_id == case_id))
    count += sum(participant.id in row.with_whom for row in contacts)
    plans = session.exec(select(SessionPlan).where(SessionPlan.case_id == case_id))
    count += sum(participant.id in row.attendees for row in plans)
    return count


@dataclass(frozen=True)
class PersonMatch:
    """Someone already known who is likely the person being entered."""

    person_id: int
    name: str
    birth: date | None
    cases: list[str]


def same_person_candidates(store: OpenStore, name: str, birth: date | None) -> list[PersonMatch]:
    """People with the same name (accents ignored) and no contradicting date of birth."""
    words = fold(name).split()
    if not words:
        return []
    with reading(store) as session:
        # Everyone sharing the last word, filtered by the full rule, then the first few shown.
        candidates = repo.people_named(session=session, folded_words=words[-1:], limit=2000)
        likely = [
            person
            for person in candidates
            if person.id is not None and likely_same_person(name, birth, person.name, person.birth)
        ]
        matches = [
            PersonMatch(
                person.id or 0,
                person.name,
                person.birth,
                repo.case_numbers_of_person(session=session, person_id=person.id or 0),
            )
            for person in likely
        ]
    # Someone known only from sealed cases is not offered: the seal would be given away.
    return [match for match in matches if match.cases][:MATCHES_SHOWN]
