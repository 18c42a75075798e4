"""Moving a case between stages, closing and reopening it, each step kept in its history."""

from __future__ import annotations

from collections.abc import Callable

from vomdesk.domain import stages
from vomdesk.domain.audit import AuditAction
from vomdesk.domain.gates import blocking
from vomdesk.domain.stages import ClosingReason, Stage, StageChange
from vomdesk.services import errors
from vomdesk.services.cases import missing_for_next_step, read_case
from vomdesk.services.open_store import OpenStore, unit_of_work
from vomdesk.store.case_models import Case, StageHistory
from vomdesk.store.types import utc_now


def _apply(store: OpenStore, case_id: int, make: Callable[[Stage, str], StageChange]) -> Stage:
    with unit_of_work(store) as work:
        case = work.session.get(Case, case_id)
        if case is None:
            raise errors.CaseNotFound()
        try:
            change = make(Stage(case.stage), work.actor)
        except stages.MoveNotAllowed as error:
            raise errors.NeedsCorrection({"stage": str(error)}) from error
        case.stage = change.to_stage.value
        case.closing_reason = change.closing_reason.value if change.closing_reason else None
        case.updated_at = change.at
        work.session.add(case)
        work.session.add(
            StageHistory(
                case_id=case_id,
                from_stage=change.from_stage.value if change.from_stage else None,
                to_stage=change.to_stage.value,
                at=change.at,
                by=change.by,
                why=change.why,
                closing_reason=case.closing_reason,
            )
        )
        work.audit(AuditAction.UPDATE, "case", case.number, fields=["stage"])
        return change.to_stage


def move_case(store: OpenStore, case_id: int, target: Stage, why: str = "") -> Stage:
    """Move an open case one step on, or back with a reason; a step on needs its gates met."""
    record = read_case(store, case_id)
    next_step = stages.STEP_OF_STAGE[target] is not stages.STEP_OF_STAGE[record.stage]
    if stages.is_forward(record.stage, target) and next_step:
        missing = blocking(missing_for_next_step(store, record))
        if missing:
            raise errors.NeedsCorrection(
                {item.field: item.text for item in missing},
                {item.field: dict(item.params) for item in missing},
            )
    return _apply(
        store, case_id, lambda now, by: stages.move(now, target, at=utc_now(), by=by, why=why)
    )


def close_case(store: OpenStore, case_id: int, reason: ClosingReason, why: str = "") -> Stage:
    return _apply(
        store, case_id, lambda now, by: stages.close(now, reason, at=utc_now(), by=by, why=why)
    )


def reopen_case(store: OpenStore, case_id: int, target: Stage, why: str) -> Stage:
    return _apply(
        store, case_id, lambda now, by: stages.reopen(now, target, at=utc_now(), by=by, why=why)
    )
