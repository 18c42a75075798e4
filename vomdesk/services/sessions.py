"""Scheduling sessions past the gates, cancelling them, and the agenda of what is coming."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, col, select

from vomdesk.domain import gates, schedule
from vomdesk.domain.audit import AuditAction
from vomdesk.domain.choices import MeetingForm, SpeaksFirst
from vomdesk.domain.parties import Role, Side
from vomdesk.domain.schedule import AppointmentKind, SessionStatus, Slot
from vomdesk.domain.stages import Stage
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore, Work, reading, unit_of_work
from vomdesk.services.preparation import (
    Preparation,
    before_scheduling,
    case_form,
    case_in,
    preparation_in,
)
from vomdesk.services.stage_steps import step_case_in
from vomdesk.store.case_models import Case, StageHistory
from vomdesk.store.preparation_models import PreparationContact, SessionPlan, Venue
from vomdesk.store.types import utc_now

SESSION = "session_plan"
SCHEDULABLE = frozenset({Stage.PREPARATION, Stage.READY, Stage.SCHEDULED})
PLANNED_CONTACT_MINUTES = 60  # a planned meeting without a length blocks an hour


@dataclass(frozen=True)
class AgendaEntry:
    """One appointment in the agenda: no names, only the case number, time and place."""

    kind: AppointmentKind
    case_id: int
    case_number: str
    starts: datetime  # aware, UTC
    minutes: int
    place: str  # a venue's name, or the place the mediator typed
    record_id: int
    at_venue: bool = False  # ``place`` is one of the program's venues


def _slots(session: Session, around: Slot, except_session: int | None) -> list[Slot]:
    """What is already booked near ``around``: scheduled sessions and timed planned meetings.

    Only appointments starting within a working day before it can overlap, so only those are read.
    """
    earliest = around.starts - timedelta(minutes=schedule.MAX_MINUTES)
    slots = []
    statement = (
        select(SessionPlan, Case.number)
        .join(Case, col(Case.id) == SessionPlan.case_id)
        .where(
            SessionPlan.status == SessionStatus.SCHEDULED.value,
            col(SessionPlan.starts_at) > earliest,
            col(SessionPlan.starts_at) < around.ends,
        )
    )
    for plan, number in session.exec(statement):
        if plan.id != except_session:
            slots.append(Slot(plan.starts_at, plan.minutes, number))
    planned = (
        select(PreparationContact, Case.number)
        .join(Case, col(Case.id) == PreparationContact.case_id)
        .where(
            col(PreparationContact.done).is_(False),
            col(PreparationContact.starts_at) > earliest,
            col(PreparationContact.starts_at) < around.ends,
        )
    )
    for contact, number in session.exec(planned):
        assert contact.starts_at is not None
        slots.append(Slot(contact.starts_at, contact.minutes or PLANNED_CONTACT_MINUTES, number))
    return slots


def suggested_speaking_order(prep: Preparation, attendees: Sequence[int]) -> list[int]:
    """The speaking order the victim's choice suggests for these attendees."""
    victims = [p.id for p in prep.participants if p.role is Role.VICTIM]
    offenders = [p.id for p in prep.participants if p.role is Role.OFFENDER]
    wishes = {c.speaks_first for c in prep.choices.values()}
    return schedule.default_speaking_order(
        attendees, victims, offenders, SpeaksFirst.OFFENDER.value not in wishes
    )


def _check_attendees(prep: Preparation, kind: AppointmentKind, attendees: Sequence[int]) -> None:
    sides = set()
    for attendee in attendees:
        person = prep.participant(attendee)
        if person is None:
            raise errors.NeedsCorrection(
                {
                    "attendees": QT_TRANSLATE_NOOP(
                        "Schedule", "Someone chosen is no longer in this case."
                    )
                }
            )
        sides.add(person.side)
    if kind is AppointmentKind.SHUTTLE_MEETING and {Side.VICTIM, Side.OFFENDER} <= sides:
        raise errors.NeedsCorrection(
            {
                "attendees": QT_TRANSLATE_NOOP(
                    "Schedule", "In an indirect process each meeting is with one side only."
                )
            }
        )
    roles = {p.role for p in prep.participants if p.id in attendees}
    if kind is AppointmentKind.JOINT_SESSION and not {Role.VICTIM, Role.OFFENDER} <= roles:
        raise errors.NeedsCorrection(
            {
                "attendees": QT_TRANSLATE_NOOP(
                    "Schedule", "A joint session needs the victim and the offender."
                )
            }
        )


def _step_to_scheduled(work: Work, case: Case) -> None:
    path = {Stage.PREPARATION: [Stage.READY, Stage.SCHEDULED], Stage.READY: [Stage.SCHEDULED]}
    step_case_in(work, case, path.get(Stage(case.stage), []))


def schedule_session(
    store: OpenStore,
    case_id: int,
    *,
    starts: datetime | None,
    minutes: int,
    attendees: Sequence[int],
    speaking_order: Sequence[int] = (),
    venue_id: int | None = None,
    other_place: str = "",
    session_id: int | None = None,
    allow_clash: bool = False,
    now: datetime | None = None,
) -> int:
    """Schedule (or move, with ``session_id``) a joint session or, for an indirect process, one
    of its separate meetings. Refused while a gate blocks it; clashes need ``allow_clash``."""
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        if Stage(case.stage) not in SCHEDULABLE:
            raise errors.NeedsCorrection(
                {
                    "stage": QT_TRANSLATE_NOOP(
                        "Schedule", "A session can be scheduled once the case is in preparation."
                    )
                }
            )
        prep = preparation_in(work.session, case_id)
        unmet = gates.blocking(before_scheduling(prep))
        if unmet:
            raise errors.NeedsCorrection(
                {item.field: item.text for item in unmet},
                {item.field: dict(item.params) for item in unmet},
            )
        kind = (
            AppointmentKind.JOINT_SESSION
            if case_form(prep) in (MeetingForm.DIRECT, None)
            else AppointmentKind.SHUTTLE_MEETING
        )
        problems = schedule.session_problems(
            starts=starts, minutes=minutes, now=now or utc_now(), attendees=attendees
        )
        if venue_id is not None:
            venue = work.session.get(Venue, venue_id)
            if venue is None or venue.retired:
                problems["venue"] = QT_TRANSLATE_NOOP(
                    "Schedule", "This venue is no longer on the list. Choose another place."
                )
        elif not other_place.strip():
            problems["venue"] = QT_TRANSLATE_NOOP("Schedule", "Choose the venue or name the place.")
        if problems:
            raise errors.NeedsCorrection(problems)
        _check_attendees(prep, kind, attendees)
        assert starts is not None
        wanted = Slot(starts, minutes)
        found = schedule.clashes(wanted, _slots(work.session, wanted, session_id))
        if found and not allow_clash:
            raise errors.Clashes([f"{slot.label} {slot.starts.isoformat()}" for slot in found])
        order = [p for p in speaking_order if p in attendees]
        order += [p for p in suggested_speaking_order(prep, attendees) if p not in order]
        if session_id is None:
            plan = SessionPlan(
                case_id=case_id,
                kind=kind.value,
                starts_at=starts,
                minutes=minutes,
                recorded_by=work.actor,
            )
        else:
            existing = work.session.get(SessionPlan, session_id)
            if existing is None or existing.case_id != case_id:
                raise errors.CaseNotFound()
            if existing.status != SessionStatus.SCHEDULED.value:
                raise errors.NeedsCorrection(
                    {
                        "starts": QT_TRANSLATE_NOOP(
                            "Schedule", "Only a scheduled session can be moved."
                        )
                    }
                )
            plan = existing
        plan.starts_at, plan.minutes = starts.astimezone(UTC), minutes
        plan.venue_id, plan.other_place = venue_id, other_place.strip()
        plan.attendees, plan.speaking_order = list(dict.fromkeys(attendees)), order
        work.session.add(plan)
        _step_to_scheduled(work, case)
        work.session.flush()
        work.audit(
            AuditAction.CREATE if session_id is None else AuditAction.UPDATE,
            SESSION,
            case.number,
            fields=["starts_at", "minutes", "venue", "attendees"],
        )
        assert plan.id is not None
        return plan.id


def cancel_session(store: OpenStore, session_id: int, reason: str) -> None:
    """Cancel a scheduled session with a reason; with nothing else scheduled the case is ready
    again (the gates still hold) rather than scheduled."""
    with unit_of_work(store) as work:
        plan = work.session.get(SessionPlan, session_id)
        if plan is None:
            raise errors.CaseNotFound()
        if not reason.strip():
            raise errors.NeedsCorrection(
                {"reason": QT_TRANSLATE_NOOP("Schedule", "Write why the session is cancelled.")}
            )
        if plan.status != SessionStatus.SCHEDULED.value:
            raise errors.NeedsCorrection(
                {"reason": QT_TRANSLATE_NOOP("Schedule", "This session is not scheduled any more.")}
            )
        plan.status, plan.status_reason = SessionStatus.CANCELLED.value, reason.strip()
        work.session.add(plan)
        case = case_in(work, plan.case_id)
        others = work.session.exec(
            select(SessionPlan).where(
                SessionPlan.case_id == plan.case_id,
                SessionPlan.status == SessionStatus.SCHEDULED.value,
                SessionPlan.id != session_id,
            )
        ).first()
        if others is None and case.stage == Stage.SCHEDULED.value:
            case.stage, case.updated_at = Stage.READY.value, utc_now()
            work.session.add(case)
            work.session.add(
                StageHistory(
                    case_id=plan.case_id,
                    from_stage=Stage.SCHEDULED.value,
                    to_stage=Stage.READY.value,
                    by=work.actor,
                    why=reason.strip(),
                )
            )
        work.audit(AuditAction.UPDATE, SESSION, case.number, fields=["status", "status_reason"])


def agenda(store: OpenStore, start: date, days: int | None = 60) -> list[AgendaEntry]:
    """Scheduled sessions and planned meetings from ``start`` (local day) on, earliest first."""
    begin = datetime.combine(start, time.min).astimezone(UTC)
    end = begin + timedelta(days=days) if days is not None else None
    entries: list[AgendaEntry] = []
    with reading(store) as session:
        places = {v.id: v.name for v in session.exec(select(Venue))}
        plans = (
            select(SessionPlan, Case.number)
            .join(Case, col(Case.id) == SessionPlan.case_id)
            .where(
                SessionPlan.status == SessionStatus.SCHEDULED.value,
                col(SessionPlan.starts_at) >= begin,
            )
        )
        if end is not None:
            plans = plans.where(col(SessionPlan.starts_at) < end)
        for plan, number in session.exec(plans):
            place = places.get(plan.venue_id, "") if plan.venue_id else plan.other_place
            assert plan.id is not None
            entries.append(
                AgendaEntry(
                    AppointmentKind(plan.kind),
                    plan.case_id,
                    number,
                    plan.starts_at,
                    plan.minutes,
                    place,
                    plan.id,
                    plan.venue_id is not None,
                )
            )
        contacts = (
            select(PreparationContact, Case.number)
            .join(Case, col(Case.id) == PreparationContact.case_id)
            .where(col(PreparationContact.done).is_(False), col(PreparationContact.on) >= start)
        )
        for contact, number in session.exec(contacts):
            starts = contact.starts_at or datetime.combine(contact.on, time(9)).astimezone(UTC)
            if end is not None and starts >= end:
                continue
            assert contact.id is not None
            entries.append(
                AgendaEntry(
                    AppointmentKind.PREPARATION,
                    contact.case_id,
                    number,
                    starts,
                    contact.minutes or PLANNED_CONTACT_MINUTES,
                    "",
                    contact.id,
                )
            )
    return sorted(entries, key=lambda e: e.starts)
