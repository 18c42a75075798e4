"""Instalment plans and agreement checks: exact cents, month ends, shares, measurable terms."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vomdesk.domain.agreements import (
    AgreementFacts,
    TermFacts,
    TermKind,
    agreement_findings,
    required_signers,
    signing_problem,
    term_problems,
)
from vomdesk.domain.instalments import (
    MAX_PAYMENTS,
    Frequency,
    PlanProblem,
    due_dates,
    plan,
    split_evenly,
    split_shares,
)

TODAY = date(2026, 11, 28)
totals = st.integers(min_value=1, max_value=10_000_000)
firsts = st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31))


@given(totals, firsts, st.sampled_from(Frequency), st.integers(1, MAX_PAYMENTS))
def test_a_plan_by_count_adds_up_to_the_cent_and_follows_the_frequency(total, first, freq, count):
    payments = plan(total, first, freq, count=count)
    assert len(payments) == count and sum(p.cents for p in payments) == total
    assert all(p.cents >= 0 for p in payments)
    assert max(p.cents for p in payments) - min(p.cents for p in payments) <= 1
    if total >= count:
        assert all(p.cents > 0 for p in payments), "no payment is zero"
    days = [p.due for p in payments]
    assert days[0] == first and days == sorted(days)
    if freq is Frequency.WEEKLY:
        assert all(b - a == timedelta(weeks=1) for a, b in pairwise(days))
    if freq is Frequency.MONTHLY:
        for n, day in enumerate(days):
            months = first.month - 1 + n
            assert (day.year, day.month) == (first.year + months // 12, months % 12 + 1)
            # the same day of the month, or the last day of a shorter month
            assert day.day == min(first.day, calendar.monthrange(day.year, day.month)[1])


@given(totals, firsts, st.sampled_from(Frequency), st.integers(1, 10_000_000))
def test_a_plan_by_amount_ends_with_the_rest(total, first, freq, amount):
    try:
        payments = plan(total, first, freq, amount_cents=amount)
    except PlanProblem:
        assert -(-total // amount) > MAX_PAYMENTS
        return
    assert sum(p.cents for p in payments) == total
    assert all(0 < p.cents <= amount for p in payments)
    assert all(p.cents == amount for p in payments[:-1])


def test_month_ends_are_kept():
    days = due_dates(date(2027, 1, 31), Frequency.MONTHLY, 4)
    assert days == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]
    assert due_dates(date(2028, 1, 31), Frequency.MONTHLY, 2)[1] == date(2028, 2, 29)
    assert split_evenly(10_000, 3) == [3334, 3333, 3333]


@pytest.mark.parametrize(
    ("total", "kwargs"),
    [
        (0, {"count": 3}),
        (-5, {"count": 1}),
        (100, {}),
        (100, {"count": 0}),
        (100, {"amount_cents": 0}),
        (100_000, {"amount_cents": 1}),
    ],
)
def test_plans_that_cannot_be_made_are_named(total, kwargs):
    with pytest.raises(PlanProblem):
        plan(total, TODAY, Frequency.WEEKLY, **kwargs)


@given(totals, st.lists(st.integers(0, 50), min_size=1, max_size=5).filter(lambda w: sum(w) > 0))
def test_shares_split_to_the_cent_in_proportion(total, weights):
    shares = split_shares(total, weights)
    assert sum(shares) == total
    whole = sum(weights)
    for share, weight in zip(shares, weights, strict=True):
        assert abs(share * whole - total * weight) < whole  # within a cent of the exact share


def money(**changes) -> TermFacts:
    values = dict(
        kind=TermKind.FINANCIAL,
        description="Window",
        responsible=(1,),
        amount_cents=30_000,
        payee="Laura",
        deadline=TODAY + timedelta(days=30),
    )
    values.update(changes)
    return TermFacts(**values)


def test_every_term_is_measurable_and_dated():
    assert term_problems(money(), today=TODAY) == {}
    assert set(term_problems(money(amount_cents=None, payee="", deadline=None), today=TODAY)) == {
        "amount",
        "payee",
        "deadline",
    }
    hours = TermFacts(TermKind.COMMUNITY_SERVICE, "Food bank", (1,), hours=0, deadline=TODAY)
    assert "hours" in term_problems(hours, today=TODAY)
    letter = TermFacts(TermKind.APOLOGY, "Apology", (1,), deadline=TODAY - timedelta(days=1))
    assert set(term_problems(letter, today=TODAY)) == {"item", "deadline"}
    split = money(responsible=(1, 2), shares=(10_000, 10_000))
    assert "shares" in term_problems(split, today=TODAY)
    assert term_problems(money(responsible=(1, 2), joint=True), today=TODAY) == {}


def test_the_agreement_is_checked_against_losses_and_the_source_deadline():
    facts = AgreementFacts(
        terms=(money(),), losses_cents=48_000, source_deadline=TODAY + timedelta(days=10)
    )
    assert {f.field for f in agreement_findings(facts, today=TODAY)} == {
        "difference_reason",
        "deadline_reason",
    }
    settled = AgreementFacts(
        terms=(money(),),
        losses_cents=48_000,
        difference_reason="Insurance",
        source_deadline=TODAY + timedelta(days=10),
        deadline_reason="The judge agreed to a later date",
    )
    assert agreement_findings(settled, today=TODAY) == []
    assert agreement_findings(AgreementFacts(terms=(), losses_cents=0), today=TODAY)


def test_a_juvenile_offenders_guardian_co_signs():
    signers = required_signers(
        [(1, "Laura")],
        [(2, "José", True), (3, "Ana", False)],
        [(4, "María", 2), (5, "Luis", 3)],
        "Ana Ruiz",
    )
    assert [(s.key, s.role) for s in signers] == [
        ("participant.1", "victim"),
        ("participant.2", "offender"),
        ("participant.4", "parent_guardian"),
        ("participant.3", "offender"),
        ("mediator", "mediator"),
    ]
    assert signing_problem(TODAY + timedelta(days=1), None, TODAY)
    assert signing_problem(TODAY - timedelta(days=5), TODAY - timedelta(days=1), TODAY)
    assert signing_problem(TODAY, TODAY, TODAY) is None
