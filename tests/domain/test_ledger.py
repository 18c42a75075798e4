"""The ledger under any sequence of payments, corrections and amendments (a state machine)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from vomdesk.domain.instalments import Frequency, plan, split_shares
from vomdesk.domain.ledger import (
    Entry,
    EntryKind,
    MoneyTerm,
    balance,
    overdue,
    overdue_since,
    passing_on_problem,
    payment_problems,
    received,
    reversal_problem,
)
from vomdesk.domain.monitoring import (
    DueItem,
    DueKind,
    completion_problem,
    due_within,
    recidivism_problems,
    suggested_follow_ups,
)

START = date(2026, 1, 15)
OFFENDERS = (1, 2)


def make_term(total: int, joint: bool, count: int) -> MoneyTerm:
    shares = () if joint else tuple(split_shares(total, [1, 2]))
    return MoneyTerm(
        total,
        tuple(plan(total, START, Frequency.MONTHLY, count=count)),
        None,
        OFFENDERS,
        joint,
        shares,
    )


class LedgerMachine(RuleBasedStateMachine):
    """Payments, reversals and amendments in any order; the books always balance."""

    def __init__(self) -> None:
        super().__init__()
        self.term = make_term(60_000, True, 6)
        self.entries: list[Entry] = []
        self.next_id = 1
        self.today = START

    @rule(joint=st.booleans(), total=st.integers(1_000, 200_000), count=st.integers(1, 12))
    def amend(self, joint: bool, total: int, count: int) -> None:
        self.term = make_term(total, joint, count)

    @rule(days=st.integers(0, 60))
    def time_passes(self, days: int) -> None:
        self.today += timedelta(days=days)

    @rule(
        offender=st.sampled_from(OFFENDERS),
        cents=st.integers(-500, 80_000),
        reason=st.sampled_from(["", "Paid the rest in advance"]),
    )
    def pay(self, offender: int, cents: int, reason: str) -> None:
        problems = payment_problems(
            term=self.term,
            entries=self.entries,
            cents=cents,
            on=self.today,
            offender=offender,
            signed_on=START,
            today=self.today,
            overpayment_reason=reason,
        )
        left = balance(self.term, self.entries, None if self.term.joint else offender)
        if cents <= 0 or (cents > left and not reason):
            assert "amount" in problems
            return
        assert problems == {}
        self.entries.append(Entry(self.next_id, EntryKind.PAYMENT, self.today, cents, offender))
        self.next_id += 1

    @precondition(lambda self: self.entries)
    @rule(data=st.data())
    def reverse(self, data: st.DataObject) -> None:
        target = data.draw(st.sampled_from(self.entries))
        problem = reversal_problem(self.entries, target.id, "Bounced check")
        already = any(e.reverses == target.id for e in self.entries)
        if target.kind is EntryKind.REVERSAL or already:
            assert problem is not None
            return
        assert problem is None
        self.entries.append(
            Entry(
                self.next_id,
                EntryKind.REVERSAL,
                self.today,
                target.cents,
                target.offender,
                target.id,
            )
        )
        self.next_id += 1

    @rule(cents=st.integers(1, 50_000))
    def hand_on(self, cents: int) -> None:
        problem = passing_on_problem(self.entries, cents)
        undone = {e.reverses for e in self.entries if e.kind is EntryKind.REVERSAL}
        held = received(self.entries) - sum(
            e.cents for e in self.entries if e.kind is EntryKind.PASSED_ON and e.id not in undone
        )
        assert (problem is None) == (cents <= held)
        if problem is None:
            self.entries.append(Entry(self.next_id, EntryKind.PASSED_ON, self.today, cents))
            self.next_id += 1

    @invariant()
    def balance_is_the_total_minus_what_stands(self) -> None:
        undone = {e.reverses for e in self.entries if e.kind is EntryKind.REVERSAL}
        standing = [e for e in self.entries if e.kind is EntryKind.PAYMENT and e.id not in undone]
        assert balance(self.term, self.entries) == self.term.total - sum(e.cents for e in standing)
        if not self.term.joint:
            for offender, share in zip(OFFENDERS, self.term.shares, strict=True):
                mine = sum(e.cents for e in standing if e.offender == offender)
                assert balance(self.term, self.entries, offender) == share - mine

    @invariant()
    def overdue_follows_the_schedule_and_the_day(self) -> None:
        due = sum(p.cents for p in self.term.schedule if p.due <= self.today)
        assert overdue(self.term, self.entries, self.today) == max(0, due - received(self.entries))
        since = overdue_since(self.term, self.entries, self.today)
        assert (since is None) == (overdue(self.term, self.entries, self.today) == 0)
        if since is not None:
            assert since <= self.today


TestLedger = LedgerMachine.TestCase


def test_split_terms_owe_per_offender_and_due_by_rounds_to_the_share():
    term = make_term(10_000, False, 3)
    assert term.shares == (3333, 6667)
    last = term.schedule[-1].due
    assert term.due_by(last, 1) == 3333 and term.due_by(last, 2) == 6667
    assert term.due_by(START - timedelta(days=1), 1) == 0


def test_due_lists_at_chosen_dates():
    items = [
        DueItem(DueKind.PAYMENT, 1, "2026-001", date(2026, 3, 1), "Window", 5000),
        DueItem(DueKind.FOLLOW_UP, 2, "2026-002", date(2026, 3, 9), "both"),
        DueItem(DueKind.HOURS, 3, "2026-003", date(2026, 4, 1), "Food bank", outstanding_hours=4),
    ]
    on = date(2026, 3, 5)
    assert [i.case_number for i in due_within(items, on, 7)] == ["2026-001", "2026-002"]
    assert items[0].days_late(on) == 4 and items[1].days_late(on) == 0


def test_follow_ups_closing_and_recidivism_rules():
    signed = date(2026, 1, 1)
    planned = suggested_follow_ups(signed, date(2026, 1, 15), date(2026, 7, 1))
    assert [why for _, why in planned] == ["first_payment", "halfway", "deadline"]
    assert completion_problem(100, 0, 0) and completion_problem(0, 2.0, 0)
    assert completion_problem(0, 0, 0) is None
    closed = date(2026, 6, 1)
    ok = recidivism_problems(
        closed_on=closed,
        checked_on=date(2027, 6, 2),
        new_charge=True,
        charged_on=date(2026, 12, 1),
        level="misdemeanour",
        today=date(2027, 6, 2),
    )
    assert ok == {}
    late = recidivism_problems(
        closed_on=closed,
        checked_on=date(2027, 6, 2),
        new_charge=True,
        charged_on=date(2027, 6, 2),
        level="felony",
        today=date(2027, 6, 2),
    )
    assert "charged_on" in late
