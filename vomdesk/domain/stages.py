"""Where a case stands: its stages, the closing reasons, and the moves allowed between them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from vomdesk.domain.translation import QT_TRANSLATE_NOOP


class Stage(Enum):
    """The stages of a case, in the order a case usually passes through them."""

    REFERRAL = "referral"
    INTAKE = "intake"
    PREPARATION = "preparation"
    READY = "ready"
    SCHEDULED = "scheduled"
    SESSION_HELD = "session_held"
    AGREEMENT_SIGNED = "agreement_signed"
    MONITORING = "monitoring"
    CLOSED = "closed"


STAGE_LABELS = {
    Stage.REFERRAL: QT_TRANSLATE_NOOP("Stages", "Referral received"),
    Stage.INTAKE: QT_TRANSLATE_NOOP("Stages", "Intake"),
    Stage.PREPARATION: QT_TRANSLATE_NOOP("Stages", "Preparation"),
    Stage.READY: QT_TRANSLATE_NOOP("Stages", "Ready to schedule"),
    Stage.SCHEDULED: QT_TRANSLATE_NOOP("Stages", "Session scheduled"),
    Stage.SESSION_HELD: QT_TRANSLATE_NOOP("Stages", "Session held"),
    Stage.AGREEMENT_SIGNED: QT_TRANSLATE_NOOP("Stages", "Agreement signed"),
    Stage.MONITORING: QT_TRANSLATE_NOOP("Stages", "Monitoring"),
    Stage.CLOSED: QT_TRANSLATE_NOOP("Stages", "Closed"),
}


class ClosingReason(Enum):
    """Why a case was closed."""

    COMPLETED = "completed"
    PARTIALLY_COMPLETED = "partially_completed"
    NOT_COMPLETED_RETURNED = "not_completed_returned"
    NO_AGREEMENT = "no_agreement"
    VICTIM_DECLINED = "victim_declined"
    OFFENDER_DECLINED = "offender_declined"
    NOT_SUITABLE = "not_suitable"
    NO_CONTACT = "no_contact"
    REARREST = "rearrest"


CLOSING_LABELS = {
    ClosingReason.COMPLETED: QT_TRANSLATE_NOOP("Stages", "Agreement completed"),
    ClosingReason.PARTIALLY_COMPLETED: QT_TRANSLATE_NOOP("Stages", "Agreement partially completed"),
    ClosingReason.NOT_COMPLETED_RETURNED: QT_TRANSLATE_NOOP(
        "Stages", "Not completed, returned to the referral source"
    ),
    ClosingReason.NO_AGREEMENT: QT_TRANSLATE_NOOP("Stages", "Session held without agreement"),
    ClosingReason.VICTIM_DECLINED: QT_TRANSLATE_NOOP("Stages", "Victim declined"),
    ClosingReason.OFFENDER_DECLINED: QT_TRANSLATE_NOOP("Stages", "Offender declined"),
    ClosingReason.NOT_SUITABLE: QT_TRANSLATE_NOOP("Stages", "Not suitable"),
    ClosingReason.NO_CONTACT: QT_TRANSLATE_NOOP("Stages", "No contact"),
    ClosingReason.REARREST: QT_TRANSLATE_NOOP("Stages", "Re-arrest"),
}

_BEFORE_SESSION = {Stage.REFERRAL, Stage.INTAKE, Stage.PREPARATION, Stage.READY, Stage.SCHEDULED}
_AFTER_AGREEMENT = {Stage.AGREEMENT_SIGNED, Stage.MONITORING}
_OPEN = set(Stage) - {Stage.CLOSED}

# From which stages each closing reason may be given.
CLOSING_FROM: dict[ClosingReason, frozenset[Stage]] = {
    ClosingReason.COMPLETED: frozenset(_AFTER_AGREEMENT),
    ClosingReason.PARTIALLY_COMPLETED: frozenset(_AFTER_AGREEMENT),
    ClosingReason.NOT_COMPLETED_RETURNED: frozenset(_AFTER_AGREEMENT),
    ClosingReason.NO_AGREEMENT: frozenset({Stage.SESSION_HELD}),
    ClosingReason.VICTIM_DECLINED: frozenset(_BEFORE_SESSION),
    ClosingReason.OFFENDER_DECLINED: frozenset(_BEFORE_SESSION),
    ClosingReason.NOT_SUITABLE: frozenset(_BEFORE_SESSION),
    ClosingReason.NO_CONTACT: frozenset(_BEFORE_SESSION),
    ClosingReason.REARREST: frozenset(_OPEN),
}

# Moves between open stages: forward one step, and back where practice needs it.
_MOVES: dict[Stage, frozenset[Stage]] = {
    Stage.REFERRAL: frozenset({Stage.INTAKE}),
    Stage.INTAKE: frozenset({Stage.PREPARATION, Stage.REFERRAL}),
    Stage.PREPARATION: frozenset({Stage.READY, Stage.INTAKE}),
    Stage.READY: frozenset({Stage.SCHEDULED, Stage.PREPARATION}),
    Stage.SCHEDULED: frozenset({Stage.SESSION_HELD, Stage.READY, Stage.PREPARATION}),
    Stage.SESSION_HELD: frozenset({Stage.AGREEMENT_SIGNED, Stage.SCHEDULED}),
    Stage.AGREEMENT_SIGNED: frozenset({Stage.MONITORING}),
    Stage.MONITORING: frozenset({Stage.AGREEMENT_SIGNED}),  # an amended agreement
    Stage.CLOSED: frozenset(),
}


class MoveNotAllowed(ValueError):
    """A stage change that the case's flow does not allow."""


@dataclass(frozen=True)
class StageChange:
    """One step in a case's history: from where to where, when, by whom and why."""

    from_stage: Stage | None
    to_stage: Stage
    at: datetime
    by: str
    why: str = ""
    closing_reason: ClosingReason | None = None


def is_forward(current: Stage, target: Stage) -> bool:
    """True when ``target`` comes after ``current`` in the case's flow."""
    order = list(Stage)
    return order.index(target) > order.index(current)


def allowed_moves(current: Stage) -> frozenset[Stage]:
    """The open stages a case may move to from ``current`` (closing is separate)."""
    return _MOVES[current]


def move(current: Stage, target: Stage, *, at: datetime, by: str, why: str = "") -> StageChange:
    """A move between open stages; going back needs a reason."""
    if target is Stage.CLOSED:
        raise MoveNotAllowed("use close() to close a case")
    if target not in _MOVES[current]:
        raise MoveNotAllowed(f"a case cannot go from {current.value} to {target.value}")
    if not is_forward(current, target) and not why.strip():
        raise MoveNotAllowed("moving a case back needs a reason")
    return StageChange(current, target, at, by, why.strip())


def close(
    current: Stage, reason: ClosingReason, *, at: datetime, by: str, why: str = ""
) -> StageChange:
    """Close a case with a reason that fits the stage it is in."""
    if current not in CLOSING_FROM[reason]:
        raise MoveNotAllowed(f"{reason.value} does not apply to a case at {current.value}")
    return StageChange(current, Stage.CLOSED, at, by, why.strip(), reason)


def reopen(current: Stage, target: Stage, *, at: datetime, by: str, why: str) -> StageChange:
    """Reopen a closed case at an open stage; always with a reason."""
    if current is not Stage.CLOSED or target is Stage.CLOSED:
        raise MoveNotAllowed("only a closed case can be reopened, into an open stage")
    if not why.strip():
        raise MoveNotAllowed("reopening a case needs a reason")
    return StageChange(current, target, at, by, why.strip())


def first_change(*, at: datetime, by: str) -> StageChange:
    """The entry every case history starts with: the referral was received."""
    return StageChange(None, Stage.REFERRAL, at, by)


NEXT_STEP_LABELS = {
    Stage.REFERRAL: QT_TRANSLATE_NOOP("Stages", "Finish intake"),
    Stage.INTAKE: QT_TRANSLATE_NOOP("Stages", "Start preparation"),
    Stage.PREPARATION: QT_TRANSLATE_NOOP("Stages", "Screen both sides"),
    Stage.READY: QT_TRANSLATE_NOOP("Stages", "Schedule session"),
    Stage.SCHEDULED: QT_TRANSLATE_NOOP("Stages", "Hold session"),
    Stage.SESSION_HELD: QT_TRANSLATE_NOOP("Stages", "Draft agreement"),
    Stage.AGREEMENT_SIGNED: QT_TRANSLATE_NOOP("Stages", "Start monitoring"),
    Stage.MONITORING: QT_TRANSLATE_NOOP("Stages", "Follow up"),
}
"""What usually comes next for an open case at each stage, for the case list."""


class Step(Enum):
    """The steps of the workspace's stepper; each groups one or more stages."""

    REFERRAL = "referral"
    PREPARATION = "preparation"
    SESSION = "session"
    AGREEMENT = "agreement"
    MONITORING = "monitoring"
    CLOSED = "closed"


STEP_OF_STAGE = {
    Stage.REFERRAL: Step.REFERRAL,
    Stage.INTAKE: Step.REFERRAL,
    Stage.PREPARATION: Step.PREPARATION,
    Stage.READY: Step.PREPARATION,
    Stage.SCHEDULED: Step.SESSION,
    Stage.SESSION_HELD: Step.SESSION,
    Stage.AGREEMENT_SIGNED: Step.AGREEMENT,
    Stage.MONITORING: Step.MONITORING,
    Stage.CLOSED: Step.CLOSED,
}

STEP_LABELS = {
    Step.REFERRAL: QT_TRANSLATE_NOOP("Stages", "Referral"),
    Step.PREPARATION: QT_TRANSLATE_NOOP("Stages", "Preparation"),
    Step.SESSION: QT_TRANSLATE_NOOP("Stages", "Session"),
    Step.AGREEMENT: QT_TRANSLATE_NOOP("Stages", "Agreement"),
    Step.MONITORING: QT_TRANSLATE_NOOP("Stages", "Monitoring"),
    Step.CLOSED: QT_TRANSLATE_NOOP("Stages", "Closed"),
}
