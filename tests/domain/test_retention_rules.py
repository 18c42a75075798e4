"""The retention rule: when a closed case is due for sealing or purging, and what refuses it."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from vomdesk.domain.retention import (
    Action,
    CaseFacts,
    RetentionPolicy,
    due_action,
    due_under_policy,
    purge_problem,
    reason_problem,
    seal_problem,
    years_after,
)


def facts(
    closed_on: date | None = date(2020, 6, 30),
    *,
    juvenile: bool | None = True,
    sealed: bool = False,
    lifted: bool = False,
    agreement_open: bool = False,
    number: str = "2020-001",
) -> CaseFacts:
    return CaseFacts(1, number, closed_on, juvenile, sealed, lifted, agreement_open)


def test_years_after_keeps_the_day_and_moves_29_february() -> None:
    assert years_after(date(2021, 3, 15), 3) == date(2024, 3, 15)
    assert years_after(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert years_after(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_purge_comes_before_seal_and_both_wait_for_their_day() -> None:
    policy = RetentionPolicy(purge_after_years=5, seal_juvenile_after_years=2)
    case = facts(date(2020, 6, 30))
    assert due_action(case, policy, date(2022, 6, 29)) is None
    assert due_action(case, policy, date(2022, 6, 30)).action is Action.SEAL  # type: ignore[union-attr]
    due = due_action(case, policy, date(2025, 6, 30))
    assert due is not None and due.action is Action.PURGE and due.due_on == date(2025, 6, 30)


def test_adults_sealed_or_lifted_seals_and_open_cases_are_not_sealed() -> None:
    policy = RetentionPolicy(seal_juvenile_after_years=1)
    later = date(2030, 1, 1)
    assert due_action(facts(juvenile=False), policy, later) is None
    assert due_action(facts(juvenile=None), policy, later) is None
    assert due_action(facts(sealed=True), policy, later) is None
    assert due_action(facts(lifted=True), policy, later) is None
    assert due_action(facts(None), policy, later) is None


def test_the_preview_lists_the_longest_overdue_first() -> None:
    policy = RetentionPolicy(purge_after_years=1)
    cases = [facts(date(2021, 1, 1), number="b"), facts(date(2020, 1, 1), number="a")]
    assert [d.facts.number for d in due_under_policy(cases, policy, date(2030, 1, 1))] == ["a", "b"]


def test_what_refuses_a_purge_or_a_seal() -> None:
    assert purge_problem(facts()) is None
    assert "monitored" in (purge_problem(facts(None, agreement_open=True)) or "")
    assert "closed" in (purge_problem(facts(None)) or "")
    assert "closed" in (seal_problem(facts(None)) or "")
    assert "already" in (seal_problem(facts(sealed=True)) or "")
    assert reason_problem("  short  ") is not None
    assert reason_problem("Court order of 3 March") is None


@given(
    closed=st.dates(date(2000, 1, 1), date(2040, 12, 31)),
    today=st.dates(date(2000, 1, 1), date(2080, 12, 31)),
    purge=st.integers(0, 30),
    seal=st.integers(0, 30),
    juvenile=st.sampled_from([True, False, None]),
    sealed=st.booleans(),
)
def test_nothing_is_ever_due_early_and_purge_wins_when_both_are_due(
    closed: date, today: date, purge: int, seal: int, juvenile: bool | None, sealed: bool
) -> None:
    policy = RetentionPolicy(purge, seal)
    due = due_action(facts(closed, juvenile=juvenile, sealed=sealed), policy, today)
    purge_day = years_after(closed, purge) if purge else None
    if due is None:
        assert purge_day is None or purge_day > today
        return
    assert closed < due.due_on <= today
    if purge_day is not None and purge_day <= today:
        assert due.action is Action.PURGE
    else:
        assert due.action is Action.SEAL and juvenile and not sealed
