"""What is due or overdue across every case: payments, hours, terms, follow-ups, deadlines.

Read in a handful of queries whatever the number of agreements, so the Monitoring page and
`vomdesk due` stay quick with thousands of them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlmodel import Session, col, func, select

from vomdesk.domain import ledger
from vomdesk.domain.agreements import MEASURE_OF, Measure, Status
from vomdesk.domain.monitoring import DueItem, DueKind, recidivism_due
from vomdesk.domain.stages import Stage
from vomdesk.services.agreements import term_input
from vomdesk.services.closing import FOLLOWED
from vomdesk.services.monitoring_view import TermProgress, money_term
from vomdesk.services.open_store import OpenStore, reading
from vomdesk.store.agreement_models import Agreement, AgreementTerm
from vomdesk.store.case_models import Case, StageHistory
from vomdesk.store.monitoring_models import (
    FollowUp,
    LedgerLine,
    RecidivismCheck,
    ServiceHours,
    TermDone,
)

MONITORED = (Stage.AGREEMENT_SIGNED.value, Stage.MONITORING.value)


def _by_case(rows: list, key: str = "case_id") -> dict[int, list]:  # type: ignore[type-arg]
    grouped: dict[int, list] = defaultdict(list)  # type: ignore[type-arg]
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return grouped


def _monitored_terms(session: Session) -> list[tuple[int, str, TermProgress]]:
    """Every term of every monitored case's agreement in force, read in a few queries."""
    cases = {c.id: c for c in session.exec(select(Case).where(col(Case.stage).in_(MONITORED)))}
    if not cases:
        return []
    signed = session.exec(
        select(Agreement).where(
            col(Agreement.case_id).in_(cases), Agreement.status == Status.SIGNED.value
        )
    )
    newest: dict[int, Agreement] = {}
    for agreement in signed:
        if agreement.case_id not in newest or agreement.version > newest[agreement.case_id].version:
            newest[agreement.case_id] = agreement
    terms = _by_case(
        list(
            session.exec(
                select(AgreementTerm).where(
                    col(AgreementTerm.agreement_id).in_([a.id for a in newest.values()])
                )
            )
        ),
        "agreement_id",
    )
    lines = _by_case(
        list(session.exec(select(LedgerLine).where(col(LedgerLine.case_id).in_(cases))))
    )
    hours = _by_case(
        list(session.exec(select(ServiceHours).where(col(ServiceHours.case_id).in_(cases))))
    )
    done = _by_case(list(session.exec(select(TermDone).where(col(TermDone.case_id).in_(cases)))))
    found: list[tuple[int, str, TermProgress]] = []
    for case_id, agreement in newest.items():
        number = cases[case_id].number
        for row in terms.get(agreement.id or 0, []):
            position = row.position
            progress = TermProgress(
                position,
                term_input(row),
                [x for x in lines.get(case_id, []) if x.term_position == position],
                [x for x in hours.get(case_id, []) if x.term_position == position],
                next((x for x in done.get(case_id, []) if x.term_position == position), None),
            )
            found.append((case_id, number, progress))
    return found


def _term_items(session: Session, on: date) -> list[DueItem]:
    return [
        item
        for case_id, number, progress in _monitored_terms(session)
        for item in _items_of(progress, case_id, number, on)
    ]


def _items_of(progress: TermProgress, case_id: int, number: str, on: date) -> list[DueItem]:
    term = progress.term
    measure = MEASURE_OF[term.kind]
    if measure is Measure.MONEY:
        money = money_term(term)
        entries = progress.entries
        late = ledger.overdue(money, entries, on)
        since = ledger.overdue_since(money, entries, on)
        if late and since:
            return [DueItem(DueKind.PAYMENT, case_id, number, since, term.description, late)]
        coming = ledger.next_due(money, entries, on)
        if coming is not None:
            return [
                DueItem(
                    DueKind.PAYMENT, case_id, number, coming.due, term.description, coming.cents
                )
            ]
        return []
    if not progress.is_open() or term.deadline is None:
        return []
    if measure is Measure.HOURS:
        return [
            DueItem(
                DueKind.HOURS,
                case_id,
                number,
                term.deadline,
                term.description,
                outstanding_hours=progress.open_hours(),
            )
        ]
    return [DueItem(DueKind.TERM, case_id, number, term.deadline, term.description)]


def due_items(store: OpenStore, on: date) -> list[DueItem]:
    """Everything outstanding on ``on``: each monitored term's next or overdue part, open
    follow-ups (closed cases too), referral sources' deadlines, one-year checks."""
    with reading(store) as session:
        return _due_in(session, on)


def _due_in(session: Session, on: date) -> list[DueItem]:
    items = _term_items(session, on)
    numbers = dict(session.exec(select(Case.id, Case.number)).all())
    for follow_up in session.exec(select(FollowUp).where(col(FollowUp.done_on).is_(None))):
        items.append(
            DueItem(
                DueKind.FOLLOW_UP,
                follow_up.case_id,
                numbers.get(follow_up.case_id, ""),
                follow_up.planned_on,
                follow_up.side,
            )
        )
    open_cases = select(Case).where(
        Case.stage != Stage.CLOSED.value, col(Case.deadline).is_not(None)
    )
    for case in session.exec(open_cases):
        assert case.id is not None and case.deadline is not None
        items.append(
            DueItem(
                DueKind.REFERRAL_DEADLINE,
                case.id,
                case.number,
                case.deadline,
                case.deadline_kind,
            )
        )
    items += _recidivism_items(session)
    return sorted(items, key=lambda i: (i.due, i.case_number))


def _recidivism_items(session: Session) -> list[DueItem]:
    followed = [r.value for r in FOLLOWED]
    closed = {
        c.id: c
        for c in session.exec(
            select(Case).where(
                Case.stage == Stage.CLOSED.value, col(Case.closing_reason).in_(followed)
            )
        )
    }
    if not closed:
        return []
    checked = set(
        session.exec(
            select(RecidivismCheck.case_id).where(col(RecidivismCheck.case_id).in_(closed))
        )
    )
    last = dict(
        session.exec(
            select(StageHistory.case_id, func.max(StageHistory.id))
            .where(
                col(StageHistory.case_id).in_(closed), StageHistory.to_stage == Stage.CLOSED.value
            )
            .group_by(col(StageHistory.case_id))
        ).all()
    )
    when = {
        h.case_id: h.at
        for h in session.exec(
            select(StageHistory).where(col(StageHistory.id).in_(list(last.values())))
        )
    }
    items = []
    for case_id, case in closed.items():
        if case_id in checked or case_id not in when:
            continue
        due = recidivism_due(when[case_id].astimezone().date())
        items.append(DueItem(DueKind.RECIDIVISM_CHECK, case_id, case.number, due, ""))
    return items


@dataclass(frozen=True)
class AgreementProgress:
    """How far one monitored case's agreement has come (money, hours, terms)."""

    case_id: int
    case_number: str
    paid_cents: int = 0
    total_cents: int = 0
    hours_done: float = 0.0
    hours_required: float = 0.0
    terms_done: int = 0
    terms_total: int = 0


@dataclass(frozen=True)
class Overview:
    """The Monitoring page's read: everything due, and each open agreement's progress."""

    on: date
    items: list[DueItem]
    progress: dict[int, AgreementProgress]


def _progress_in(session: Session) -> dict[int, AgreementProgress]:
    found: dict[int, AgreementProgress] = {}
    for case_id, number, term in _monitored_terms(session):
        seen = found.get(case_id) or AgreementProgress(case_id, number)
        money = term.money
        found[case_id] = replace(
            seen,
            paid_cents=seen.paid_cents + (ledger.received(term.entries) if money else 0),
            total_cents=seen.total_cents + (money.total if money else 0),
            hours_done=seen.hours_done
            + (term.hours_done if term.measure is Measure.HOURS else 0.0),
            hours_required=seen.hours_required
            + ((term.term.hours or 0.0) if term.measure is Measure.HOURS else 0.0),
            terms_done=seen.terms_done + (0 if term.is_open() else 1),
            terms_total=seen.terms_total + 1,
        )
    return found


def monitoring_overview(store: OpenStore, on: date) -> Overview:
    """What the Monitoring page shows, read in one go (a handful of queries)."""
    with reading(store) as session:
        return Overview(on, _due_in(session, on), _progress_in(session))


@dataclass(frozen=True)
class Attention:
    """What needs attention on a day, counted for the start-up summary."""

    overdue_payments: int = 0
    follow_ups_today: int = 0
    deadlines_this_week: int = 0
    one_year_checks: int = 0

    @property
    def total(self) -> int:
        return (
            self.overdue_payments
            + self.follow_ups_today
            + self.deadlines_this_week
            + self.one_year_checks
        )


def attention_on(items: list[DueItem], on: date, week: int = 7) -> Attention:
    """Overdue payments, follow-ups due by today, referral deadlines within a week (or past),
    one-year checks due."""
    until = on + timedelta(days=week)
    return Attention(
        overdue_payments=sum(1 for i in items if i.kind is DueKind.PAYMENT and i.due < on),
        follow_ups_today=sum(1 for i in items if i.kind is DueKind.FOLLOW_UP and i.due <= on),
        deadlines_this_week=sum(
            1 for i in items if i.kind is DueKind.REFERRAL_DEADLINE and i.due <= until
        ),
        one_year_checks=sum(1 for i in items if i.kind is DueKind.RECIDIVISM_CHECK and i.due <= on),
    )
