"""Monitoring on a real store: the ledger, hours, terms, follow-ups, due lists, closing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vomdesk.domain.monitoring import DueKind, MissedAction, due_within
from vomdesk.domain.stages import ClosingReason, Stage
from vomdesk.services import errors
from vomdesk.services.case_stages import reopen_case
from vomdesk.services.cases import read_case
from vomdesk.services.closing import close_with_summary, recidivism_check_due, record_recidivism
from vomdesk.services.due import due_items
from vomdesk.services.monitoring import (
    complete_follow_up,
    mark_done,
    pass_on,
    plan_follow_up,
    record_missed,
    record_payment,
    reverse_line,
    start_monitoring,
)
from vomdesk.services.monitoring_view import read_monitoring

TODAY = date.today()
MONEY, APOLOGY = 0, 1


def test_payments_corrections_and_balances(store, agreed_case):
    case = agreed_case
    start_monitoring(store, case.case_id)
    view = read_monitoring(store, case.case_id)
    assert view.case.stage == Stage.MONITORING.value
    assert [f.reason for f in view.follow_ups] == ["first_payment", "halfway", "deadline"]
    with pytest.raises(errors.NeedsCorrection) as too_much:
        record_payment(
            store, case.case_id, MONEY, cents=50_000, on=TODAY, offender_id=case.offender
        )
    assert "amount" in too_much.value.problems
    for bad in (
        {"cents": -5},
        {"on": TODAY + timedelta(days=1)},
        {"on": TODAY - timedelta(days=30)},
        {"offender_id": case.victim},
    ):
        values = {"cents": 12_000, "on": TODAY, "offender_id": case.offender, **bad}
        with pytest.raises(errors.NeedsCorrection):
            record_payment(store, case.case_id, MONEY, **values)
    first, receipt = record_payment(
        store, case.case_id, MONEY, cents=12_000, on=TODAY, offender_id=case.offender, method="cash"
    )
    second, next_receipt = record_payment(
        store, case.case_id, MONEY, cents=12_000, on=TODAY, offender_id=case.offender
    )
    assert receipt == f"R{TODAY.year}-0001" and next_receipt == f"R{TODAY.year}-0002"
    correction = reverse_line(store, second, "Entered twice")
    with pytest.raises(errors.NeedsCorrection):
        reverse_line(store, correction, "Undo the undo")
    with pytest.raises(errors.NeedsCorrection):
        reverse_line(store, second, "Again")
    money = read_monitoring(store, case.case_id).terms[MONEY]
    assert money.open_cents() == 36_000 and len(money.lines) == 3, "nothing edited or deleted"
    pass_on(store, case.case_id, MONEY, cents=12_000, on=TODAY, note="Check to the victim")
    with pytest.raises(errors.NeedsCorrection):
        pass_on(store, case.case_id, MONEY, cents=1, on=TODAY)
    del first


def test_due_and_overdue_at_chosen_dates(store, agreed_case):
    case = agreed_case
    start_monitoring(store, case.case_id)
    number = read_case(store, case.case_id).case.number
    soon = [i for i in due_items(store, TODAY) if i.case_number == number]
    assert {i.kind for i in due_within(soon, TODAY, 15)} >= {DueKind.PAYMENT, DueKind.TERM}
    later = TODAY + timedelta(days=50)  # two instalments due, none paid
    payment = next(
        i for i in due_items(store, later) if i.case_number == number and i.kind is DueKind.PAYMENT
    )
    assert payment.outstanding_cents == 24_000 and payment.days_late(later) == 36
    view = read_monitoring(store, case.case_id)
    assert [t.position for t in view.missed(later)] == [MONEY, APOLOGY]
    record_missed(store, case.case_id, MONEY, MissedAction.REMINDER, "Reminder letter sent")
    record_payment(store, case.case_id, MONEY, cents=24_000, on=TODAY, offender_id=case.offender)
    payment = next(
        i for i in due_items(store, later) if i.case_number == number and i.kind is DueKind.PAYMENT
    )
    assert payment.days_late(later) == 0 and payment.outstanding_cents == 12_000


def test_closing_completed_needs_nothing_owed_and_the_follow_up_comes_after(store, agreed_case):
    case = agreed_case
    start_monitoring(store, case.case_id)
    with pytest.raises(errors.NeedsCorrection) as owed:
        close_with_summary(store, case.case_id, ClosingReason.COMPLETED, "All done")
    assert "open balance" in owed.value.problems["reason"]
    record_payment(store, case.case_id, MONEY, cents=48_000, on=TODAY, offender_id=case.offender)
    with pytest.raises(errors.NeedsCorrection):
        close_with_summary(store, case.case_id, ClosingReason.COMPLETED, "All done")
    mark_done(store, case.case_id, APOLOGY, done_on=TODAY, evidence="Letter handed over")
    close_with_summary(store, case.case_id, ClosingReason.COMPLETED, "Paid and apologised")
    assert read_case(store, case.case_id).stage is Stage.CLOSED
    with pytest.raises(errors.CaseClosed):
        record_payment(store, case.case_id, MONEY, cents=1, on=TODAY, offender_id=case.offender)
    assert recidivism_check_due(store, case.case_id) == TODAY + timedelta(days=365)
    follow_up = plan_follow_up(store, case.case_id, planned_on=TODAY, side="victim")
    complete_follow_up(store, follow_up, done_on=TODAY, notes="She is doing well")
    record_recidivism(store, case.case_id, checked_on=TODAY, new_charge=False)
    assert read_case(store, case.case_id).stage is Stage.CLOSED, "recorded without reopening"
    assert recidivism_check_due(store, case.case_id) is None
    reopen_case(store, case.case_id, Stage.MONITORING, "A payment turned out to be bounced")
    history = [(h.from_stage, h.to_stage) for h in read_case(store, case.case_id).history]
    assert history[-2:] == [("monitoring", "closed"), ("closed", "monitoring")]
