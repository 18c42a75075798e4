"""The safety plan, the mediator's conflict-of-interest declaration, and gate overrides."""

from __future__ import annotations

from datetime import date

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.gates import Gate, override_problem
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.drafts import drop_draft_in
from vomdesk.services.open_store import OpenStore, unit_of_work
from vomdesk.services.preparation import case_in, refuse_when_closed
from vomdesk.store.preparation_models import (
    ConflictDeclaration,
    GateOverride,
    SafetyPlan,
    SafetyPlanBase,
)
from vomdesk.store.types import utc_now


def save_safety_plan(
    store: OpenStore, case_id: int, plan: SafetyPlanBase, *, draft_form: str | None = None
) -> None:
    """Write the case's safety plan; at least what ends the meeting must be said.
    The form's draft (``draft_form``) goes in the same transaction."""
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        refuse_when_closed(case)
        if not plan.ends_meeting.strip():
            raise errors.NeedsCorrection(
                {
                    "ends_meeting": QT_TRANSLATE_NOOP(
                        "Safety", "Say what ends the meeting, so everyone knows it beforehand."
                    )
                }
            )
        row = work.session.get(SafetyPlan, case_id) or SafetyPlan(case_id=case_id)
        for key, value in plan.model_dump().items():
            setattr(row, key, value.strip())
        row.updated_at = utc_now()
        work.session.add(row)
        work.audit(
            AuditAction.UPDATE,
            "safety_plan",
            case.number,
            fields=sorted(k for k, v in plan.model_dump().items() if v),
        )
        if draft_form:
            drop_draft_in(work, draft_form)


def declare_conflict(
    store: OpenStore, case_id: int, *, mediator: str, has_conflict: bool, note: str = ""
) -> None:
    """Record the mediator's declaration; a declared conflict needs a note on what it is."""
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        refuse_when_closed(case)
        problems: dict[str, str] = {}
        if not mediator.strip():
            problems["mediator"] = QT_TRANSLATE_NOOP("Safety", "Enter the mediator's name.")
        if has_conflict and not note.strip():
            problems["conflict_note"] = QT_TRANSLATE_NOOP(
                "Safety", "Describe the conflict of interest."
            )
        if problems:
            raise errors.NeedsCorrection(problems)
        work.session.add(
            ConflictDeclaration(
                case_id=case_id,
                mediator=mediator.strip(),
                declared_on=date.today(),
                has_conflict=has_conflict,
                note=note.strip(),
            )
        )
        work.audit(AuditAction.CREATE, "conflict_declaration", case.number, fields=["has_conflict"])


def override_gate(store: OpenStore, case_id: int, gate: Gate, reason: str) -> None:
    """Go ahead past a gate with a written reason, kept (with who and when) in the case history.
    Consent and a no-contact order cannot be overridden."""
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        refuse_when_closed(case)
        problem = override_problem(gate, reason)
        if problem:
            raise errors.NeedsCorrection({"override": problem})
        now = utc_now()
        work.session.add(
            GateOverride(
                case_id=case_id, gate=gate.value, reason=reason.strip(), at=now, by=work.actor
            )
        )
        work.audit(AuditAction.CREATE, "gate_override", case.number, fields=["gate", "reason"])
