"""New information sends a case that was ready or scheduled back to preparation."""

from __future__ import annotations

from sqlmodel import select

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.schedule import SessionStatus
from vomdesk.domain.stages import Stage
from vomdesk.services.open_store import Work
from vomdesk.store.case_models import Case, StageHistory
from vomdesk.store.preparation_models import GateOverride, SessionPlan
from vomdesk.store.types import utc_now

# The stages in which new information sends a case back to preparation.
AHEAD_OF_PREPARATION = frozenset({Stage.READY, Stage.SCHEDULED})


def send_back_in(work: Work, case: Case, why: str) -> bool:
    """New information: a case ahead of preparation goes back to it, its overrides lapse and its
    scheduled sessions are cancelled, all kept in the history. True when the case moved."""
    stage = Stage(case.stage)
    if stage not in AHEAD_OF_PREPARATION:
        return False
    now = utc_now()
    assert case.id is not None
    for override in work.session.exec(select(GateOverride).where(GateOverride.case_id == case.id)):
        if override.lapsed_at is None:
            override.lapsed_at = now
            work.session.add(override)
    for plan in work.session.exec(select(SessionPlan).where(SessionPlan.case_id == case.id)):
        if plan.status == SessionStatus.SCHEDULED.value:
            plan.status, plan.status_reason = SessionStatus.CANCELLED.value, why
            work.session.add(plan)
    case.stage, case.updated_at = Stage.PREPARATION.value, now
    work.session.add(case)
    work.session.add(
        StageHistory(
            case_id=case.id,
            from_stage=stage.value,
            to_stage=Stage.PREPARATION.value,
            at=now,
            by=work.actor,
            why=why,
        )
    )
    work.audit(AuditAction.UPDATE, "case", case.number, fields=["stage"])
    return True
