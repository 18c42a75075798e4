"""Recording a session that took place: who came, the speaking order followed, how it ended."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import col, select

from vomdesk.domain.agreements import SessionOutcome
from vomdesk.domain.audit import AuditAction
from vomdesk.domain.schedule import SessionStatus
from vomdesk.domain.stages import Stage
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore, reading, unit_of_work
from vomdesk.services.preparation import case_in
from vomdesk.services.stage_steps import step_case_in
from vomdesk.store.agreement_models import SessionRecord
from vomdesk.store.case_models import Participant
from vomdesk.store.preparation_models import SessionPlan
from vomdesk.store.types import utc_now

RECORDABLE = frozenset({Stage.PREPARATION, Stage.READY, Stage.SCHEDULED, Stage.SESSION_HELD})
# Where the case goes after each outcome (a postponed session needs a new date).
_AFTER = {
    SessionOutcome.AGREEMENT: Stage.SESSION_HELD,
    SessionOutcome.NO_AGREEMENT: Stage.SESSION_HELD,
    SessionOutcome.ENDED_EARLY: Stage.SESSION_HELD,
    SessionOutcome.POSTPONED: Stage.READY,
}


def record_session(
    store: OpenStore,
    case_id: int,
    *,
    held_at: datetime | None,
    minutes: int,
    attendees: Sequence[int],
    speaking_order: Sequence[int],
    outcome: SessionOutcome | None,
    notes: str = "",
    session_plan_id: int | None = None,
) -> int:
    """Record a session (a scheduled one, or one held and recorded afterwards) and move the case:
    held (agreement, no agreement, ended early) or ready again (postponed)."""
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        if Stage(case.stage) not in RECORDABLE:
            raise errors.NeedsCorrection(
                {
                    "stage": QT_TRANSLATE_NOOP(
                        "Agreements", "A session can be recorded once the case is in preparation."
                    )
                }
            )
        problems: dict[str, str] = {}
        if held_at is None:
            problems["held_at"] = QT_TRANSLATE_NOOP("Agreements", "Enter when the session was.")
        elif held_at > utc_now():
            problems["held_at"] = QT_TRANSLATE_NOOP(
                "Agreements", "A session is recorded after it took place: this time is ahead."
            )
        if outcome is None:
            problems["outcome"] = QT_TRANSLATE_NOOP("Agreements", "Choose how the session ended.")
        if not attendees:
            problems["attendees"] = QT_TRANSLATE_NOOP("Agreements", "Choose who attended.")
        if not 0 <= minutes <= 12 * 60:
            problems["minutes"] = QT_TRANSLATE_NOOP("Agreements", "Enter the length in minutes.")
        for person in list(attendees) + list(speaking_order):
            found = work.session.get(Participant, person)
            if found is None or found.case_id != case_id:
                problems["attendees"] = QT_TRANSLATE_NOOP(
                    "Agreements", "Someone chosen is no longer in this case."
                )
        if problems:
            raise errors.NeedsCorrection(problems)
        assert held_at is not None and outcome is not None
        plan = work.session.get(SessionPlan, session_plan_id) if session_plan_id else None
        if plan is not None and plan.case_id == case_id:
            plan.status = (
                SessionStatus.CANCELLED.value
                if outcome is SessionOutcome.POSTPONED
                else SessionStatus.HELD.value
            )
            plan.status_reason = "" if outcome is not SessionOutcome.POSTPONED else "postponed"
            work.session.add(plan)
        record = SessionRecord(
            case_id=case_id,
            session_plan_id=plan.id if plan else None,
            held_at=held_at,
            minutes=minutes,
            attendees=list(dict.fromkeys(attendees)),
            speaking_order=[p for p in speaking_order if p in attendees],
            outcome=outcome.value,
            notes=notes.strip(),
            recorded_by=work.actor,
        )
        work.session.add(record)
        target = _AFTER[outcome]
        stage = Stage(case.stage)
        if target is Stage.SESSION_HELD and stage is not Stage.SESSION_HELD:
            before = {
                Stage.PREPARATION: [Stage.READY, Stage.SCHEDULED],
                Stage.READY: [Stage.SCHEDULED],
            }.get(stage, [])
            step_case_in(work, case, [*before, Stage.SESSION_HELD])
        elif target is Stage.READY and stage is Stage.SCHEDULED:
            still = work.session.exec(
                select(SessionPlan).where(
                    SessionPlan.case_id == case_id,
                    SessionPlan.status == SessionStatus.SCHEDULED.value,
                )
            ).first()
            if still is None:
                step_case_in(
                    work,
                    case,
                    [Stage.READY],
                    QT_TRANSLATE_NOOP("Agreements", "The session was postponed."),
                )
        work.session.flush()
        work.audit(
            AuditAction.CREATE,
            "session_record",
            case.number,
            fields=["held_at", "attendees", "outcome"] + (["notes"] if notes else []),
        )
        assert record.id is not None
        return record.id


def sessions_held(store: OpenStore, case_id: int) -> list[SessionRecord]:
    """The case's session records, oldest first."""
    with reading(store) as session:
        statement = (
            select(SessionRecord)
            .where(SessionRecord.case_id == case_id)
            .order_by(col(SessionRecord.held_at))
        )
        return list(session.exec(statement))
