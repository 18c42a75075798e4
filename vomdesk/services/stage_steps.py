"""Stage changes made by a use case (scheduling, recording a session, signing), with history."""

from __future__ import annotations

from collections.abc import Sequence

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.stages import Stage
from vomdesk.services.open_store import Work
from vomdesk.store.case_models import Case, StageHistory
from vomdesk.store.types import utc_now


def step_case_in(work: Work, case: Case, path: Sequence[Stage], why: str = "") -> None:
    """Move the case along ``path`` (each stage one history entry) inside the unit of work."""
    assert case.id is not None
    before = Stage(case.stage)
    for target in path:
        if target is before:
            continue
        work.session.add(
            StageHistory(
                case_id=case.id,
                from_stage=before.value,
                to_stage=target.value,
                by=work.actor,
                why=why,
            )
        )
        before = target
    if before.value != case.stage:
        case.stage, case.updated_at = before.value, utc_now()
        work.session.add(case)
        work.audit(AuditAction.UPDATE, "case", case.number, fields=["stage"])
