"""Monitoring an agreement: payments and corrections, hours, terms done, follow-ups, misses."""

from __future__ import annotations

from datetime import date

from vomdesk.domain import ledger
from vomdesk.domain.agreements import Measure
from vomdesk.domain.audit import AuditAction
from vomdesk.domain.ledger import EntryKind
from vomdesk.domain.monitoring import MissedAction, suggested_follow_ups
from vomdesk.domain.stages import Stage
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.monitoring_view import (
    Monitoring,
    TermProgress,
    entry_of,
    in_force,
    monitoring_in,
    rows_of,
)
from vomdesk.services.open_store import OpenStore, Work, unit_of_work
from vomdesk.services.preparation import case_in, refuse_when_closed
from vomdesk.services.stage_steps import step_case_in
from vomdesk.store.case_models import Case
from vomdesk.store.monitoring_models import (
    FollowUp,
    LedgerLine,
    MissedTerm,
    ReceiptCounter,
    ServiceHours,
    TermDone,
)

LEDGER = "ledger_line"
MONITORED = frozenset({Stage.AGREEMENT_SIGNED, Stage.MONITORING})


def _term(work: Work, case_id: int, position: int, measure: Measure) -> tuple[Case, TermProgress]:
    case = case_in(work, case_id)
    refuse_when_closed(case)
    if Stage(case.stage) not in MONITORED:
        raise errors.NeedsCorrection(
            {
                "stage": QT_TRANSLATE_NOOP(
                    "Monitoring", "Payments and hours are recorded once the agreement is signed."
                )
            }
        )
    view = monitoring_in(work.session, case_id)
    term = next((t for t in view.terms if t.position == position), None)
    if term is None or term.measure is not measure:
        raise errors.NeedsCorrection(
            {"term": QT_TRANSLATE_NOOP("Monitoring", "Choose a term of the agreement in force.")}
        )
    if Stage(case.stage) is Stage.AGREEMENT_SIGNED:
        _start_in(work, case, view)
    return case, term


def _next_receipt(work: Work, year: int) -> str:
    counter = work.session.get(ReceiptCounter, year) or ReceiptCounter(year=year, last=0)
    counter.last += 1
    work.session.add(counter)
    return f"R{year}-{counter.last:04d}"


def record_payment(
    store: OpenStore,
    case_id: int,
    term_position: int,
    *,
    cents: int | None,
    on: date | None,
    offender_id: int | None,
    method: str = "",
    received_by: str = "",
    instalment: int | None = None,
    overpayment_reason: str = "",
    today: date | None = None,
) -> tuple[int, str]:
    """Record a payment received; returns its ledger id and its receipt number."""
    with unit_of_work(store) as work:
        case, term = _term(work, case_id, term_position, Measure.MONEY)
        money = term.money
        assert money is not None and term.lines is not None
        agreement = in_force(work.session, case_id)
        problems = ledger.payment_problems(
            term=money,
            entries=term.entries,
            cents=cents,
            on=on,
            offender=offender_id,
            signed_on=agreement.signed_on if agreement else None,
            today=today or date.today(),
            overpayment_reason=overpayment_reason,
        )
        if problems:
            raise errors.NeedsCorrection(problems)
        assert cents is not None and on is not None
        receipt = _next_receipt(work, on.year)
        line = LedgerLine(
            case_id=case_id,
            term_position=term_position,
            kind=EntryKind.PAYMENT.value,
            on=on,
            cents=cents,
            offender_id=offender_id,
            method=method.strip(),
            receipt_number=receipt,
            received_by=received_by.strip() or work.actor,
            instalment=instalment,
            note=overpayment_reason.strip(),
            recorded_by=work.actor,
        )
        work.session.add(line)
        work.session.flush()
        work.audit(AuditAction.CREATE, LEDGER, case.number, fields=["payment"])
        assert line.id is not None
        return line.id, receipt


def reverse_line(store: OpenStore, line_id: int, reason: str, today: date | None = None) -> int:
    """Correct a ledger line with a reversing line (the original stays, marked corrected)."""
    with unit_of_work(store) as work:
        line = work.session.get(LedgerLine, line_id)
        if line is None:
            raise errors.CaseNotFound()
        case = case_in(work, line.case_id)
        refuse_when_closed(case)
        lines = [
            x
            for x in rows_of(work.session, LedgerLine, line.case_id)
            if x.term_position == line.term_position
        ]
        problem = ledger.reversal_problem([entry_of(x) for x in lines], line_id, reason)
        if problem:
            raise errors.NeedsCorrection({"reason": problem})
        reversal = LedgerLine(
            case_id=line.case_id,
            term_position=line.term_position,
            kind=EntryKind.REVERSAL.value,
            on=today or date.today(),
            cents=line.cents,
            offender_id=line.offender_id,
            reverses_id=line_id,
            note=reason.strip(),
            recorded_by=work.actor,
        )
        work.session.add(reversal)
        work.session.flush()
        work.audit(AuditAction.CREATE, LEDGER, case.number, fields=["reversal"])
        assert reversal.id is not None
        return reversal.id


def pass_on(
    store: OpenStore,
    case_id: int,
    term_position: int,
    *,
    cents: int | None,
    on: date | None,
    note: str = "",
) -> int:
    """Record money handed on to the payee; never more than the program holds for the term."""
    with unit_of_work(store) as work:
        case, term = _term(work, case_id, term_position, Measure.MONEY)
        problem = ledger.passing_on_problem(term.entries, cents)
        if problem or on is None or on > date.today():
            raise errors.NeedsCorrection(
                {
                    "amount" if problem else "on": problem
                    or QT_TRANSLATE_NOOP("Monitoring", "Enter the date.")
                }
            )
        assert cents is not None
        line = LedgerLine(
            case_id=case_id,
            term_position=term_position,
            kind=EntryKind.PASSED_ON.value,
            on=on,
            cents=cents,
            note=note.strip(),
            recorded_by=work.actor,
        )
        work.session.add(line)
        work.session.flush()
        work.audit(AuditAction.CREATE, LEDGER, case.number, fields=["passed_on"])
        assert line.id is not None
        return line.id


def record_hours(
    store: OpenStore,
    case_id: int,
    term_position: int,
    *,
    on: date | None,
    hours: float,
    site: str,
    verified_by: str,
) -> int:
    """Hours of service worked on a day, with the site and who verified them."""
    with unit_of_work(store) as work:
        case, _ = _term(work, case_id, term_position, Measure.HOURS)
        problems: dict[str, str] = {}
        if on is None or on > date.today():
            problems["on"] = QT_TRANSLATE_NOOP(
                "Monitoring", "Hours are recorded once worked: the date cannot be ahead."
            )
        if not 0 < hours <= 24:
            problems["hours"] = QT_TRANSLATE_NOOP("Monitoring", "Enter the hours worked that day.")
        if not verified_by.strip():
            problems["verified_by"] = QT_TRANSLATE_NOOP("Monitoring", "Say who verified them.")
        if problems:
            raise errors.NeedsCorrection(problems)
        assert on is not None
        row = ServiceHours(
            case_id=case_id,
            term_position=term_position,
            on=on,
            hours=hours,
            site=site.strip(),
            verified_by=verified_by.strip(),
        )
        work.session.add(row)
        work.session.flush()
        work.audit(AuditAction.CREATE, "service_hours", case.number)
        assert row.id is not None
        return row.id


def mark_done(
    store: OpenStore, case_id: int, term_position: int, *, done_on: date | None, evidence: str
) -> None:
    """Mark an apology, a commitment or a returned item done, with the evidence."""
    with unit_of_work(store) as work:
        case, term = _term(work, case_id, term_position, Measure.ITEM)
        if done_on is None or done_on > date.today():
            raise errors.NeedsCorrection(
                {
                    "done_on": QT_TRANSLATE_NOOP(
                        "Monitoring", "Enter the day it was done (not ahead)."
                    )
                }
            )
        if not evidence.strip():
            raise errors.NeedsCorrection(
                {
                    "evidence": QT_TRANSLATE_NOOP(
                        "Monitoring", "Note the evidence: who saw it, what was handed over."
                    )
                }
            )
        if term.done is not None:
            raise errors.NeedsCorrection(
                {"done_on": QT_TRANSLATE_NOOP("Monitoring", "This term is already marked done.")}
            )
        work.session.add(
            TermDone(
                case_id=case_id,
                term_position=term_position,
                done_on=done_on,
                evidence=evidence.strip(),
            )
        )
        work.audit(AuditAction.CREATE, "term_done", case.number)


def _start_in(work: Work, case: Case, view: Monitoring) -> None:
    """Monitoring begins: the stage moves on and the suggested follow-ups are planned."""
    step_case_in(work, case, [Stage.MONITORING])
    if view.follow_ups or view.agreement is None or view.agreement.signed_on is None:
        return
    firsts = [t.term.payments[0].due for t in view.terms if t.term.payments]
    lasts = [
        d
        for t in view.terms
        if (d := (t.term.payments[-1].due if t.term.payments else t.term.deadline))
    ]
    for day, why in suggested_follow_ups(
        view.agreement.signed_on, min(firsts, default=None), max(lasts, default=None)
    ):
        work.session.add(FollowUp(case_id=case.id or 0, planned_on=day, side="both", reason=why))


def start_monitoring(store: OpenStore, case_id: int) -> None:
    """Move a case with a signed agreement to monitoring and plan its follow-ups."""
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        if Stage(case.stage) is not Stage.AGREEMENT_SIGNED:
            raise errors.NeedsCorrection(
                {
                    "stage": QT_TRANSLATE_NOOP(
                        "Monitoring", "Monitoring starts once the agreement is signed."
                    )
                }
            )
        _start_in(work, case, monitoring_in(work.session, case_id))


def plan_follow_up(
    store: OpenStore, case_id: int, *, planned_on: date | None, side: str, notes: str = ""
) -> int:
    """Plan a follow-up contact (also on a closed case: follow-ups come after closing too)."""
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        if planned_on is None or side not in ("victim", "offender", "both"):
            raise errors.NeedsCorrection(
                {"planned_on": QT_TRANSLATE_NOOP("Monitoring", "Enter the day and with whom.")}
            )
        row = FollowUp(case_id=case_id, planned_on=planned_on, side=side, notes=notes.strip())
        work.session.add(row)
        work.session.flush()
        work.audit(AuditAction.CREATE, "follow_up", case.number)
        assert row.id is not None
        return row.id


def complete_follow_up(
    store: OpenStore, follow_up_id: int, *, done_on: date | None, notes: str
) -> None:
    """Record that a follow-up contact took place, with notes."""
    with unit_of_work(store) as work:
        row = work.session.get(FollowUp, follow_up_id)
        if row is None:
            raise errors.CaseNotFound()
        case = case_in(work, row.case_id)
        if done_on is None or done_on > date.today():
            raise errors.NeedsCorrection(
                {
                    "done_on": QT_TRANSLATE_NOOP(
                        "Monitoring", "Enter the day of the contact (not ahead)."
                    )
                }
            )
        row.done_on, row.notes = done_on, notes.strip()
        work.session.add(row)
        work.audit(AuditAction.UPDATE, "follow_up", case.number, fields=["done_on", "notes"])


def record_missed(
    store: OpenStore, case_id: int, term_position: int, action: MissedAction, reason: str
) -> None:
    """Record what was done about a missed term (reminder, amendment or return), with why."""
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        refuse_when_closed(case)
        if len(reason.strip()) < 5:
            raise errors.NeedsCorrection(
                {"reason": QT_TRANSLATE_NOOP("Monitoring", "Write the reason, in a sentence.")}
            )
        work.session.add(
            MissedTerm(
                case_id=case_id,
                term_position=term_position,
                action=action.value,
                on=date.today(),
                reason=reason.strip(),
            )
        )
        work.audit(AuditAction.CREATE, "missed_term", case.number, fields=["action", "reason"])
