"""The victim's choices and losses, and the offender side's availability, saved as data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import select

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.choices import LossKind, loss_problem
from vomdesk.domain.parties import Role
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.drafts import drop_draft_in
from vomdesk.services.open_store import OpenStore, Work, unit_of_work
from vomdesk.services.preparation import case_in, refuse_when_closed
from vomdesk.services.send_back import send_back_in
from vomdesk.store.case_models import Case, Participant
from vomdesk.store.preparation_models import (
    Loss,
    OffenderAvailability,
    Venue,
    VictimChoices,
    VictimChoicesBase,
)
from vomdesk.store.types import utc_now

CHOICES = "victim_choices"


@dataclass(frozen=True)
class LossLine:
    """One loss as the mediator enters it."""

    kind: LossKind
    description: str
    amount_cents: int | None


def _participant(work: Work, participant_id: int, role: Role) -> tuple[Participant, Case]:
    participant = work.session.get(Participant, participant_id)
    if participant is None or Role(participant.role) is not role:
        raise errors.CaseNotFound()
    case = case_in(work, participant.case_id)
    refuse_when_closed(case)
    return participant, case


def _check_choices(
    work: Work, case_id: int, data: VictimChoicesBase, takes_part: bool, was: int | None
) -> dict[str, str]:
    problems: dict[str, str] = {}
    if takes_part and not data.form:
        problems["form"] = QT_TRANSLATE_NOOP("Choices", "Choose how the victim wants to meet.")
    if data.venue_id is not None:
        venue = work.session.get(Venue, data.venue_id)
        if venue is None or (venue.retired and data.venue_id != was):
            problems["venue"] = QT_TRANSLATE_NOOP(
                "Choices", "This venue is no longer on the list. Choose another place."
            )
    for attendee in data.attendees:
        person = work.session.get(Participant, attendee)
        if person is None or person.case_id != case_id:
            problems["attendees"] = QT_TRANSLATE_NOOP(
                "Choices", "Someone chosen is no longer in this case."
            )
    return problems


def save_victim_choices(
    store: OpenStore,
    participant_id: int,
    data: VictimChoicesBase,
    *,
    takes_part: bool,
    losses: Sequence[LossLine] = (),
    draft_form: str | None = None,
) -> bool:
    """Save a victim's choices and losses. A victim who no longer takes part, or a change of
    the form of meeting, sends a ready or scheduled case back to preparation (True then).
    The form's draft (``draft_form``) goes in the same transaction."""
    with unit_of_work(store) as work:
        participant, case = _participant(work, participant_id, Role.VICTIM)
        assert case.id is not None
        existing = work.session.exec(
            select(VictimChoices).where(VictimChoices.participant_id == participant_id)
        ).first()
        problems = _check_choices(
            work, case.id, data, takes_part, existing.venue_id if existing else None
        )
        for index, line in enumerate(losses):
            problem = loss_problem(line.description, line.amount_cents)
            if problem:
                problems[f"losses.{index}"] = problem
        if problems:
            raise errors.NeedsCorrection(problems)
        changed_form = existing is not None and existing.form != data.form
        row = existing or VictimChoices(case_id=case.id, participant_id=participant_id)
        for key, value in data.model_dump().items():
            setattr(row, key, value.strip() if isinstance(value, str) else value)
        row.updated_at = utc_now()
        work.session.add(row)
        for old in work.session.exec(select(Loss).where(Loss.participant_id == participant_id)):
            work.session.delete(old)
        for line in losses:
            assert line.amount_cents is not None
            work.session.add(
                Loss(
                    case_id=case.id,
                    participant_id=participant_id,
                    kind=line.kind.value,
                    description=line.description.strip(),
                    amount_cents=line.amount_cents,
                )
            )
        stopped = participant.taking_part and not takes_part
        participant.taking_part = takes_part
        work.session.add(participant)
        moved = False
        if stopped or changed_form:
            moved = send_back_in(
                work, case, QT_TRANSLATE_NOOP("Choices", "The victim's choices changed.")
            )
        work.audit(
            AuditAction.UPDATE if existing else AuditAction.CREATE,
            CHOICES,
            case.number,
            fields=sorted(data.model_fields_set | {"takes_part", "losses"}),
        )
        if draft_form:
            drop_draft_in(work, draft_form)
        return moved


def save_offender_availability(
    store: OpenStore,
    participant_id: int,
    *,
    takes_part: bool,
    days: Sequence[int],
    day_parts: Sequence[str],
    times_note: str = "",
    support_person: str = "",
    draft_form: str | None = None,
) -> bool:
    """Save when an offender can meet and who supports them; True when the case went back.
    The form's draft (``draft_form``) goes in the same transaction."""
    with unit_of_work(store) as work:
        participant, case = _participant(work, participant_id, Role.OFFENDER)
        assert case.id is not None
        if any(not 0 <= day <= 6 for day in days):
            raise errors.NeedsCorrection(
                {"days": QT_TRANSLATE_NOOP("Choices", "Choose days of the week.")}
            )
        row = work.session.exec(
            select(OffenderAvailability).where(
                OffenderAvailability.participant_id == participant_id
            )
        ).first() or OffenderAvailability(case_id=case.id, participant_id=participant_id)
        row.days, row.day_parts = sorted(set(days)), sorted(set(day_parts))
        row.times_note, row.support_person = times_note.strip(), support_person.strip()
        row.updated_at = utc_now()
        work.session.add(row)
        stopped = participant.taking_part and not takes_part
        participant.taking_part = takes_part
        work.session.add(participant)
        moved = stopped and send_back_in(
            work, case, QT_TRANSLATE_NOOP("Choices", "The offender no longer takes part.")
        )
        work.audit(
            AuditAction.UPDATE,
            "offender_availability",
            case.number,
            fields=["days", "day_parts", "support_person", "takes_part"],
        )
        if draft_form:
            drop_draft_in(work, draft_form)
        return moved
