"""Referrals and cases: record a referral, change it, find cases, read a whole case record."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, func, select

from vomdesk.domain import readiness
from vomdesk.domain import settings as setting
from vomdesk.domain.audit import AuditAction
from vomdesk.domain.case_numbers import format_case_number
from vomdesk.domain.intake import referral_problems
from vomdesk.domain.parties import Side
from vomdesk.domain.readiness import CaseFacts, Missing, PersonFacts
from vomdesk.domain.referrals import SourceType
from vomdesk.domain.stages import Stage
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.agreement_checks import before_signing
from vomdesk.services.case_derived import refresh_derived, setting_in
from vomdesk.services.drafts import drop_draft_in
from vomdesk.services.open_store import OpenStore, reading, unit_of_work
from vomdesk.services.participants import ParticipantView, add_participant_in, participant_views
from vomdesk.services.preparation import before_scheduling, preparation_in
from vomdesk.store import case_repository as repo
from vomdesk.store.case_models import (
    Case,
    CaseCreate,
    CaseUpdate,
    Offence,
    OffenceCreate,
    ParticipantCreate,
    StageHistory,
)

CASE = "case"


def _check_referral(session: Session, case: CaseCreate | Case, except_case: int | None) -> None:
    problems = referral_problems(
        received_on=case.received_on,
        incident_date=case.incident_date,
        deadline=case.deadline,
        today=date.today(),
    )
    if case.source_type not in {source.value for source in SourceType}:
        problems["source_type"] = QT_TRANSLATE_NOOP("Intake", "Choose who referred the case.")
    for index, offence in enumerate(getattr(case, "offences", None) or []):
        if not offence.description.strip():
            problems[f"offences.{index}"] = QT_TRANSLATE_NOOP("Intake", "Describe the offence.")
    taken = repo.cases_with_court_number(
        session=session, court_number=case.court_number, except_case=except_case
    )
    params: dict[str, dict[str, str]] = {}
    if taken:
        problems["court_number"] = QT_TRANSLATE_NOOP(
            "Intake", "Case {cases} already has this court number."
        )
        params["court_number"] = {"cases": ", ".join(taken)}
    if problems:
        raise errors.NeedsCorrection(problems, params)


def court_number_used_by(
    store: OpenStore, court_number: str, except_case: int | None = None
) -> list[str]:
    """Cases that already carry this court number, for a warning while the mediator types."""
    with reading(store) as session:
        return repo.cases_with_court_number(
            session=session, court_number=court_number, except_case=except_case
        )


def create_case(
    store: OpenStore,
    case_in: CaseCreate,
    participants: Sequence[ParticipantCreate] = (),
    accompanies: Mapping[int, int] | None = None,
    *,
    draft_form: str | None = None,
) -> Case:
    """Record a new referral with its offences and participants, in one unit of work.

    ``accompanies`` links companions among the new participants, by position: a guardian at
    index 2 who accompanies the offender at index 1 is ``{2: 1}``.
    """
    with unit_of_work(store) as work:
        session = work.session
        _check_referral(session, case_in, None)
        pattern = str(setting_in(session, setting.CASE_NUMBER_PATTERN))
        year = case_in.received_on.year
        number = format_case_number(
            pattern, year=year, sequence=repo.next_sequence(session=session, year=year)
        )
        while repo.number_taken(session=session, number=number):  # a pattern without the year
            number = format_case_number(
                pattern, year=year, sequence=repo.next_sequence(session=session, year=year)
            )
        case = Case.model_validate(
            case_in.model_dump(exclude={"offences"}),
            update={"number": number, "year": year, "stage": Stage.REFERRAL.value},
        )
        session.add(case)
        session.flush()
        assert case.id is not None
        repo.replace_offences(
            session=session,
            case_id=case.id,
            offences=[
                Offence.model_validate(o, update={"case_id": case.id}) for o in case_in.offences
            ],
        )
        session.add(StageHistory(case_id=case.id, to_stage=Stage.REFERRAL.value, by=work.actor))
        links = dict(accompanies or {})
        added: dict[int, int | None] = {}
        for index in sorted(range(len(participants)), key=lambda i: i in links):  # principals first
            participant = participants[index]
            if index in links:
                participant = participant.model_copy(
                    update={"accompanies_id": added.get(links[index])}
                )
            added[index] = add_participant_in(work, case, participant, derive=False).id
        refresh_derived(session, case)
        work.audit(
            AuditAction.CREATE, CASE, case.number,
            fields=[k for k, v in case_in.model_dump().items() if v not in (None, "", False, [])],
        )  # fmt: skip
        if draft_form:
            drop_draft_in(work, draft_form)
        return case


def update_referral(
    store: OpenStore, case_id: int, changes: CaseUpdate, *, draft_form: str | None = None
) -> Case:
    """Change a referral's fields; only the fields given change. The form's draft goes too."""
    with unit_of_work(store) as work:
        case = _case(work.session, case_id)
        values = changes.model_dump(exclude_unset=True)
        offences = values.pop("offences", None)
        for key, value in values.items():
            setattr(case, key, value)
        check = CaseCreate.model_validate(
            case.model_dump(),
            update={"offences": [OffenceCreate.model_validate(o) for o in offences or []]},
        )
        _check_referral(work.session, check, case_id)
        if offences is not None:
            repo.replace_offences(
                session=work.session, case_id=case_id,
                offences=[Offence.model_validate(o, update={"case_id": case_id}) for o in offences],
            )  # fmt: skip
        refresh_derived(work.session, case)
        work.audit(AuditAction.UPDATE, CASE, case.number, fields=sorted(changes.model_fields_set))
        if draft_form:
            drop_draft_in(work, draft_form)
        return case


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise errors.CaseNotFound()
    return case


@dataclass(frozen=True)
class CaseRecord:
    """A whole case, as a workspace or an export reads it."""

    case: Case
    offences: list[Offence]
    participants: list[ParticipantView]
    history: list[StageHistory]

    @property
    def stage(self) -> Stage:
        return Stage(self.case.stage)

    def on_side(self, side: Side) -> list[ParticipantView]:
        return [p for p in self.participants if p.side is side]


def read_case(store: OpenStore, case_id: int) -> CaseRecord:
    with reading(store) as session:
        case = _case(session, case_id)
        return CaseRecord(
            case=case,
            offences=repo.offences_of(session=session, case_id=case_id),
            participants=participant_views(session, case_id),
            history=repo.history_of(session=session, case_id=case_id),
        )


def case_id_of(store: OpenStore, number: str) -> int:
    """The id of the case with this number (as typed: spaces and case do not matter)."""
    with reading(store) as session:
        found = session.exec(
            select(Case.id).where(func.lower(Case.number) == number.strip().lower())
        ).first()
    if found is None:
        raise errors.CaseNotFound()
    return int(found)


def missing_for_next_step(store: OpenStore, record: CaseRecord) -> list[Missing]:
    """What the "What is missing" panel lists for this case's next step: intake's checks, or
    before scheduling the gates (overridden ones marked)."""
    if record.stage in (Stage.PREPARATION, Stage.READY):
        with reading(store) as session:
            return before_scheduling(preparation_in(session, record.case.id or 0))
    if record.stage is Stage.SESSION_HELD:
        return before_signing(store, record.case.id or 0)
    with reading(store) as session:
        juvenile_age = int(str(setting_in(session, setting.JUVENILE_AGE)))
    facts = CaseFacts(
        stage=record.stage,
        received_on=record.case.received_on,
        incident_date=record.case.incident_date,
        offences=len(record.offences),
        no_contact_order=record.case.no_contact_order,
        no_contact_note=record.case.no_contact_note,
        participants=tuple(
            PersonFacts(p.id, p.role, p.birth, p.is_organisation, p.accompanies_id)
            for p in record.participants
        ),
        juvenile_age=juvenile_age,
    )
    return readiness.missing_for_next_step(facts)
