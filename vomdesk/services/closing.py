"""Closing a case with its summary, and the one-year recidivism follow-up on a closed case."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.monitoring import completion_problem, recidivism_due, recidivism_problems
from vomdesk.domain.stages import ClosingReason, Stage
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.case_stages import close_case
from vomdesk.services.monitoring_view import monitoring_in
from vomdesk.services.open_store import OpenStore, reading, unit_of_work
from vomdesk.services.preparation import case_in
from vomdesk.store.case_models import Case, StageHistory
from vomdesk.store.monitoring_models import CaseClosing, RecidivismCheck

# Closing reasons after which programs follow re-offending for a year (mediation took place).
FOLLOWED = frozenset(
    {
        ClosingReason.COMPLETED,
        ClosingReason.PARTIALLY_COMPLETED,
        ClosingReason.NOT_COMPLETED_RETURNED,
        ClosingReason.NO_AGREEMENT,
    }
)


def close_with_summary(
    store: OpenStore, case_id: int, reason: ClosingReason, summary: str, why: str = ""
) -> None:
    """Close a case: "completed" only with nothing left owed or undone; the summary is kept."""
    if not summary.strip():
        raise errors.NeedsCorrection(
            {
                "summary": QT_TRANSLATE_NOOP(
                    "Monitoring", "Write a short summary of how the case ended."
                )
            }
        )
    with reading(store) as session:
        view = monitoring_in(session, case_id)
    if reason is ClosingReason.COMPLETED:
        problem = completion_problem(view.open_cents, view.open_hours, view.open_terms)
        if problem:
            raise errors.NeedsCorrection({"reason": problem})
    close_case(store, case_id, reason, why or summary)
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        work.session.add(
            CaseClosing(case_id=case_id, closed_on=date.today(), summary=summary.strip())
        )
        work.audit(AuditAction.CREATE, "case_closing", case.number, fields=["summary"])


def closed_on_in(session: Session, case_id: int) -> date | None:
    """The day the case was last closed (from its history)."""
    entry = session.exec(
        select(StageHistory)
        .where(StageHistory.case_id == case_id, StageHistory.to_stage == Stage.CLOSED.value)
        .order_by(col(StageHistory.id).desc())
    ).first()
    return entry.at.astimezone().date() if entry else None


def record_recidivism(
    store: OpenStore,
    case_id: int,
    *,
    checked_on: date | None,
    new_charge: bool,
    charged_on: date | None = None,
    level: str = "",
    note: str = "",
) -> int:
    """Record the one-year check on a closed case, without reopening it. Status offences and
    technical violations do not count as a new charge (the note can say what was found)."""
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        if Stage(case.stage) is not Stage.CLOSED:
            raise errors.NeedsCorrection(
                {
                    "checked_on": QT_TRANSLATE_NOOP(
                        "Monitoring", "The one-year follow-up is recorded once the case is closed."
                    )
                }
            )
        closed = closed_on_in(work.session, case_id) or date.today()
        problems = recidivism_problems(
            closed_on=closed,
            checked_on=checked_on,
            new_charge=new_charge,
            charged_on=charged_on,
            level=level,
            today=date.today(),
        )
        if problems:
            raise errors.NeedsCorrection(problems)
        assert checked_on is not None
        row = RecidivismCheck(
            case_id=case_id,
            checked_on=checked_on,
            new_charge=new_charge,
            charged_on=charged_on if new_charge else None,
            level=level if new_charge else "",
            note=note.strip(),
        )
        work.session.add(row)
        work.session.flush()
        work.audit(AuditAction.CREATE, "recidivism_check", case.number, fields=["new_charge"])
        assert row.id is not None
        return row.id


def recidivism_check_due(store: OpenStore, case_id: int) -> date | None:
    """When the one-year follow-up of a closed case falls due (None: not followed, or done)."""
    with reading(store) as session:
        found = session.get(Case, case_id)
        if found is None or found.stage != Stage.CLOSED.value:
            return None
        if found.closing_reason not in {r.value for r in FOLLOWED}:
            return None
        if session.exec(select(RecidivismCheck).where(RecidivismCheck.case_id == case_id)).first():
            return None
        closed = closed_on_in(session, case_id)
        return recidivism_due(closed) if closed else None


def recidivism_checks(store: OpenStore, case_id: int) -> list[RecidivismCheck]:
    """The one-year follow-ups recorded for a case, oldest first."""
    with reading(store) as session:
        return list(
            session.exec(
                select(RecidivismCheck)
                .where(RecidivismCheck.case_id == case_id)
                .order_by(col(RecidivismCheck.id))
            )
        )
