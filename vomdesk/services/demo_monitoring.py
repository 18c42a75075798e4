"""Demo monitoring: payments (one corrected), hours, apologies, follow-ups, reminders, closing
with a summary and the one-year follow-up, all through the services and dated in the past."""

from __future__ import annotations

import random
from datetime import date, timedelta
from enum import Enum

from sqlmodel import col, select

from vomdesk.domain import ledger
from vomdesk.domain.agreements import Measure
from vomdesk.domain.audit import AuditAction
from vomdesk.domain.monitoring import MissedAction, suggested_follow_ups
from vomdesk.domain.stages import ClosingReason, Stage
from vomdesk.services.closing import close_with_summary, record_recidivism
from vomdesk.services.monitoring import (
    complete_follow_up,
    mark_done,
    pass_on,
    record_hours,
    record_missed,
    record_payment,
    reverse_line,
)
from vomdesk.services.monitoring_view import TermProgress, read_monitoring
from vomdesk.services.open_store import OpenStore, unit_of_work
from vomdesk.store.case_models import Case, StageHistory
from vomdesk.store.monitoring_models import CaseClosing, FollowUp, MissedTerm

# Closing reasons a demo case reaches from monitoring, with its ledger written first.
SETTLED = (
    ClosingReason.COMPLETED,
    ClosingReason.PARTIALLY_COMPLETED,
    ClosingReason.NOT_COMPLETED_RETURNED,
)
METHODS = ("cash", "money_order", "check", "cash", "card")
RECEIVERS = ("Ana Ruiz", "Front desk, program office")


class Pace(Enum):
    """How a demo agreement in monitoring is going."""

    ON_TIME = "on_time"
    CORRECTED = "corrected"  # on time, with one payment entered wrongly and corrected
    BEHIND = "behind"  # payments missed past the grace period; a reminder sent


def _day(day: date, low: date, high: date) -> date:
    return max(low, min(day, high))


def _pay(
    store: OpenStore, case_id: int, term: TermProgress, signed: date, until: date,
    rng: random.Random, count: int | None = None, correct_one: bool = False,
) -> None:  # fmt: skip
    """Pay the term's first ``count`` instalments (None: those due by ``until``), each on or a
    little before its due day, never before signing nor after ``until``."""
    money = term.money
    assert money is not None
    schedule = list(money.schedule)
    schedule = schedule[:count] if count is not None else [p for p in schedule if p.due <= until]
    previous: date | None = None
    for number, payment in enumerate(schedule, start=1):
        on = _day(payment.due - timedelta(days=rng.randint(0, 4)), signed, until)
        if money.joint:
            payers = [(money.offenders[(number - 1) % len(money.offenders)], payment.cents)]
        else:
            payers = [
                (o, money.due_by(payment.due, o) - (money.due_by(previous, o) if previous else 0))
                for o in money.offenders
            ]
        for offender, cents in payers:
            if cents <= 0:
                continue
            method, by = rng.choice(METHODS), rng.choice(RECEIVERS)
            if correct_one and number == 1:
                wrong, _ = record_payment(store, case_id, term.position, cents=cents // 10,
                                          on=on, offender_id=offender, method=method,
                                          received_by=by, instalment=number)  # fmt: skip
                reverse_line(store, wrong, f"Typed ${cents // 10 / 100:.2f} instead of "
                             f"${cents / 100:.2f}; recorded again.", today=on)  # fmt: skip
            record_payment(store, case_id, term.position, cents=cents, on=on,
                           offender_id=offender, method=method, received_by=by,
                           instalment=number)  # fmt: skip
        previous = payment.due
    if schedule and rng.random() < 0.8:
        again = next(t for t in read_monitoring(store, case_id).terms
                     if t.position == term.position)  # fmt: skip
        held = ledger.received(again.entries) - ledger.passed_on(again.entries)
        if held > 0:
            last = max(e.on for e in again.entries)
            pass_on(store, case_id, term.position, cents=held,
                    on=min(last + timedelta(days=3), until, date.today()),
                    note="Check sent to the payee.")  # fmt: skip


def _work_hours(
    store: OpenStore, case_id: int, term: TermProgress, signed: date, until: date, share: float
) -> None:
    total = (term.term.hours or 0.0) * share
    sessions = max(1, int(-(-total // 4)))
    span = max(1, (until - signed).days - 1)
    left = total
    for number in range(sessions):
        hours = min(4.0, left)
        if hours <= 0:
            break
        on = _day(signed + timedelta(days=1 + number * span // sessions), signed, until)
        record_hours(store, case_id, term.position, on=on, hours=hours, site="As agreed",
                     verified_by="Site supervisor")  # fmt: skip
        left -= hours


def _plan_follow_ups(store: OpenStore, case_id: int, until: date) -> list[int]:
    """The suggested follow-ups up to ``until``, as monitoring plans them."""
    view = read_monitoring(store, case_id)
    agreement = view.agreement
    if agreement is None or agreement.signed_on is None or view.follow_ups:
        return []
    firsts = [t.term.payments[0].due for t in view.terms if t.term.payments]
    lasts = [d for t in view.terms
             if (d := t.term.payments[-1].due if t.term.payments else t.term.deadline)]  # fmt: skip
    planned = suggested_follow_ups(agreement.signed_on, min(firsts, default=None),
                                   max(lasts, default=None))  # fmt: skip
    ids = []
    with unit_of_work(store) as work:
        for day, why in planned:
            if day <= until:
                row = FollowUp(case_id=case_id, planned_on=day, side="both", reason=why)
                work.session.add(row)
                work.session.flush()
                assert row.id is not None
                ids.append(row.id)
        work.audit(AuditAction.CREATE, "follow_up", view.case.number, detail="demo")
    return ids


def _follow_ups(store: OpenStore, case_id: int, until: date, notes: str, keep_last: bool) -> None:
    view = read_monitoring(store, case_id)
    past = [f for f in view.follow_ups if f.planned_on <= until and f.done_on is None]
    if keep_last and past:
        past = past[:-1]  # one left undone: it shows as overdue
    for follow_up in past:
        assert follow_up.id is not None
        complete_follow_up(store, follow_up.id, done_on=follow_up.planned_on, notes=notes)


def monitor_open_case(store: OpenStore, case_id: int, pace: Pace, rng: random.Random) -> None:
    """A demo case still in monitoring: what was done up to today, on time or behind."""
    today = date.today()
    view = read_monitoring(store, case_id)
    if view.agreement is None or view.agreement.signed_on is None:
        return
    signed = view.agreement.signed_on
    _plan_follow_ups(store, case_id, today + timedelta(days=400))
    for term in view.terms:
        if term.measure is Measure.MONEY:
            count = 1 if pace is Pace.BEHIND else None
            if count and term.term.payments and term.term.payments[0].due > today:
                count = 0
            _pay(store, case_id, term, signed, today, rng, count, pace is Pace.CORRECTED)
        elif term.measure is Measure.HOURS:
            deadline = term.term.deadline or today
            elapsed = (today - signed).days / max(1, (deadline - signed).days)
            share = min(1.0, elapsed * (0.4 if pace is Pace.BEHIND else 1.0))
            if share > 0.1:
                _work_hours(store, case_id, term, signed, today, round(share * 4) / 4)
        elif term.term.deadline is not None and term.term.deadline <= today:
            done = _day(term.term.deadline - timedelta(days=rng.randint(1, 6)), signed, today)
            evidence = "Letter handed over at the program office; copy on file."
            mark_done(store, case_id, term.position, done_on=done, evidence=evidence)
    behind = pace is Pace.BEHIND
    _follow_ups(store, case_id, today - timedelta(days=1),
                "Offender says work hours were cut; reminded of the plan." if behind
                else "Spoke with both sides: payments on track.", keep_last=behind)  # fmt: skip
    if behind:
        for term in read_monitoring(store, case_id).missed(today):
            record_missed(store, case_id, term.position, MissedAction.REMINDER,
                          "Instalments missed past the grace period; reminder letter sent to "
                          "the offender and guardian.")  # fmt: skip


def settle_and_close(
    store: OpenStore, case_id: int, reason: ClosingReason, why: str, on: date, rng: random.Random
) -> None:
    """Write a demo agreement's ledger, hours and terms up to ``on``, then close the case with
    its summary (completed only when nothing is left open)."""
    view = read_monitoring(store, case_id)
    agreement = view.agreement
    if agreement is None or agreement.signed_on is None:
        close_with_summary(store, case_id, reason, why, why)
        return
    signed, until = agreement.signed_on, max(agreement.signed_on, on - timedelta(days=1))
    _plan_follow_ups(store, case_id, until)
    complete = reason is ClosingReason.COMPLETED
    for term in view.terms:
        if term.measure is Measure.MONEY:
            count = len(term.term.payments)
            upto = count if complete else max(1, count // 2) if reason is SETTLED[1] else 1
            _pay(store, case_id, term, signed, until, rng, upto)
        elif term.measure is Measure.HOURS:
            share = 1.0 if reason is not SETTLED[2] else 0.25
            _work_hours(store, case_id, term, signed, until, share)
        elif reason is not SETTLED[2]:
            done = _day(signed + timedelta(days=rng.randint(7, 20)), signed, until)
            mark_done(store, case_id, term.position, done_on=done,
                      evidence="Apology letter read and accepted by the victim.")  # fmt: skip
    _follow_ups(store, case_id, until, "Both sides contacted; noted how it is going.", False)
    if reason is ClosingReason.NOT_COMPLETED_RETURNED:
        for action, text in (
            (MissedAction.REMINDER, "No payment after the first instalment; reminder sent."),
            (MissedAction.RETURN, "No reply to three letters; returned to the referral source."),
        ):
            money = next(t for t in view.terms if t.measure is Measure.MONEY)
            record_missed(store, case_id, money.position, action, text)
        with unit_of_work(store) as work:
            rows = work.session.exec(select(MissedTerm).where(MissedTerm.case_id == case_id))
            for number, row in enumerate(rows):
                row.on = until - timedelta(days=10 * (1 - number))
                work.session.add(row)
    close_with_summary(store, case_id, reason, why, why)


def after_dating(store: OpenStore, case_id: int, recheck: bool) -> None:
    """Once the demo history is dated: the closing summary takes the closing's date, and, with
    ``recheck``, the one-year follow-up is recorded (no new charge)."""
    with unit_of_work(store) as work:
        closed = work.session.exec(
            select(StageHistory)
            .where(StageHistory.case_id == case_id, StageHistory.to_stage == Stage.CLOSED.value)
            .order_by(col(StageHistory.id).desc())
        ).first()
        closing = work.session.exec(
            select(CaseClosing).where(CaseClosing.case_id == case_id)
        ).first()
        case = work.session.get(Case, case_id)
        if closed is None or case is None:
            return
        closed_on = closed.at.astimezone().date()
        if closing is not None:
            closing.closed_on = closed_on
            work.session.add(closing)
            work.audit(AuditAction.UPDATE, "case_closing", case.number, fields=["closed_on"],
                       detail="demo dates")  # fmt: skip
    if recheck:
        checked = min(closed_on + timedelta(days=368), date.today())
        record_recidivism(store, case_id, checked_on=checked, new_charge=False,
                          note="County court records checked: no new charge.")  # fmt: skip
