"""The case flow as a state machine: allowed moves, closing reasons, reopening, history."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vomdesk.domain import stages
from vomdesk.domain.stages import (
    CLOSING_FROM,
    STEP_OF_STAGE,
    ClosingReason,
    MoveNotAllowed,
    Stage,
    Step,
)

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)
OPEN = [s for s in Stage if s is not Stage.CLOSED]


def test_the_main_path_runs_from_referral_to_closed():
    current = Stage.REFERRAL
    path = [
        Stage.INTAKE, Stage.PREPARATION, Stage.READY, Stage.SCHEDULED,
        Stage.SESSION_HELD, Stage.AGREEMENT_SIGNED, Stage.MONITORING,
    ]  # fmt: skip
    for target in path:
        change = stages.move(current, target, at=NOW, by="ana")
        assert (change.from_stage, change.to_stage, change.by) == (current, target, "ana")
        current = target
    closed = stages.close(current, ClosingReason.COMPLETED, at=NOW, by="ana")
    assert closed.to_stage is Stage.CLOSED and closed.closing_reason is ClosingReason.COMPLETED


def test_skipping_ahead_and_closing_through_move_are_refused():
    with pytest.raises(MoveNotAllowed):
        stages.move(Stage.REFERRAL, Stage.SCHEDULED, at=NOW, by="ana")
    with pytest.raises(MoveNotAllowed):
        stages.move(Stage.MONITORING, Stage.CLOSED, at=NOW, by="ana")


def test_going_back_needs_a_reason():
    with pytest.raises(MoveNotAllowed):
        stages.move(Stage.READY, Stage.PREPARATION, at=NOW, by="ana", why="  ")
    change = stages.move(
        Stage.READY, Stage.PREPARATION, at=NOW, by="ana", why="victim wants another meeting"
    )
    assert change.why == "victim wants another meeting"


def test_closing_reasons_fit_the_stage():
    with pytest.raises(MoveNotAllowed):
        stages.close(Stage.PREPARATION, ClosingReason.COMPLETED, at=NOW, by="ana")
    with pytest.raises(MoveNotAllowed):
        stages.close(Stage.MONITORING, ClosingReason.VICTIM_DECLINED, at=NOW, by="ana")
    assert stages.close(
        Stage.SESSION_HELD, ClosingReason.NO_AGREEMENT, at=NOW, by="a"
    ).closing_reason
    for reason in ClosingReason:
        assert CLOSING_FROM[reason], reason
    assert set(CLOSING_FROM[ClosingReason.REARREST]) == set(OPEN)


def test_reopening_needs_a_closed_case_and_a_reason():
    with pytest.raises(MoveNotAllowed):
        stages.reopen(Stage.MONITORING, Stage.PREPARATION, at=NOW, by="a", why="x")
    with pytest.raises(MoveNotAllowed):
        stages.reopen(Stage.CLOSED, Stage.MONITORING, at=NOW, by="a", why="")
    assert stages.reopen(Stage.CLOSED, Stage.MONITORING, at=NOW, by="a", why="paid late").to_stage


def test_every_stage_belongs_to_one_step_of_the_stepper():
    assert set(STEP_OF_STAGE) == set(Stage)
    assert set(STEP_OF_STAGE.values()) == set(Step)


@given(st.lists(st.tuples(st.sampled_from(list(Stage)), st.sampled_from(list(ClosingReason)))))
def test_any_sequence_of_attempts_keeps_a_consistent_history(attempts):
    """Whatever is tried, each accepted change starts where the last one ended."""
    history = [stages.first_change(at=NOW, by="ana")]
    for target, reason in attempts:
        current = history[-1].to_stage
        try:
            if current is Stage.CLOSED:
                change = stages.reopen(current, target, at=NOW, by="ana", why="new facts")
            elif target is Stage.CLOSED:
                change = stages.close(current, reason, at=NOW, by="ana")
            else:
                change = stages.move(current, target, at=NOW, by="ana", why="because")
        except MoveNotAllowed:
            continue
        assert change.from_stage is current
        if change.to_stage is Stage.CLOSED:
            assert change.closing_reason is not None and current in CLOSING_FROM[reason]
        else:
            assert change.closing_reason is None
        history.append(change)
    assert history[0].from_stage is None and history[0].to_stage is Stage.REFERRAL
