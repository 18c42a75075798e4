"""What a monitored case stands at: each term of the agreement in force and its progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from vomdesk.domain import ledger
from vomdesk.domain import settings as setting
from vomdesk.domain.agreements import MEASURE_OF, Measure, Status
from vomdesk.domain.ledger import Entry, EntryKind, MoneyTerm
from vomdesk.domain.monitoring import missed_after_grace
from vomdesk.services import errors
from vomdesk.services.agreements import TermInput, term_input
from vomdesk.services.case_derived import setting_in
from vomdesk.services.open_store import OpenStore, reading
from vomdesk.store.agreement_models import Agreement, AgreementTerm
from vomdesk.store.case_models import Case
from vomdesk.store.monitoring_models import (
    FollowUp,
    LedgerLine,
    MissedTerm,
    ServiceHours,
    TermDone,
)


@dataclass(frozen=True)
class TermProgress:
    """One term of the agreement in force, and how far it has come."""

    position: int
    term: TermInput
    lines: list[LedgerLine] = field(default_factory=list)
    hours: list[ServiceHours] = field(default_factory=list)
    done: TermDone | None = None
    actions: list[MissedTerm] = field(default_factory=list)

    @property
    def measure(self) -> Measure:
        return MEASURE_OF[self.term.kind]

    @property
    def money(self) -> MoneyTerm | None:
        if self.measure is not Measure.MONEY:
            return None
        return money_term(self.term)

    @property
    def entries(self) -> list[Entry]:
        return [entry_of(line) for line in self.lines]

    @property
    def hours_done(self) -> float:
        undone = {h.reverses_id for h in self.hours if h.reverses_id}
        return sum(h.hours for h in self.hours if h.reverses_id is None and h.id not in undone)

    def open_cents(self) -> int:
        money = self.money
        return max(0, ledger.balance(money, self.entries)) if money else 0

    def open_hours(self) -> float:
        if self.measure is not Measure.HOURS:
            return 0.0
        return max(0.0, (self.term.hours or 0.0) - self.hours_done)

    def is_open(self) -> bool:
        if self.measure is Measure.MONEY:
            return self.open_cents() > 0
        if self.measure is Measure.HOURS:
            return self.open_hours() > 0
        return self.done is None

    def late_since(self, on: date) -> date | None:
        """Since when the term is behind on ``on`` (None when it is not)."""
        money = self.money
        if money is not None:
            return ledger.overdue_since(money, self.entries, on)
        last = self.term.payments[-1].due if self.term.payments else self.term.deadline
        return last if self.is_open() and last is not None and last < on else None


@dataclass(frozen=True)
class Monitoring:
    """A monitored case: the agreement in force, each term's progress, the follow-ups."""

    case: Case
    agreement: Agreement | None
    terms: list[TermProgress]
    follow_ups: list[FollowUp]
    grace_days: int

    @property
    def open_cents(self) -> int:
        return sum(t.open_cents() for t in self.terms)

    @property
    def open_hours(self) -> float:
        return sum(t.open_hours() for t in self.terms)

    @property
    def open_terms(self) -> int:
        return sum(1 for t in self.terms if t.measure is Measure.ITEM and t.done is None)

    def missed(self, on: date) -> list[TermProgress]:
        """Terms behind past the program's grace period on ``on``."""
        return [
            t
            for t in self.terms
            if (since := t.late_since(on)) is not None
            and missed_after_grace(since, on, self.grace_days)
        ]


def money_term(term: TermInput) -> MoneyTerm:
    return MoneyTerm(
        total=term.amount_cents or 0,
        schedule=term.payments,
        deadline=term.deadline,
        offenders=term.responsible,
        joint=term.joint or len(term.responsible) < 2,
        shares=term.shares,
    )


def entry_of(line: LedgerLine) -> Entry:
    assert line.id is not None
    return Entry(
        line.id, EntryKind(line.kind), line.on, line.cents, line.offender_id, line.reverses_id
    )


def in_force(session: Session, case_id: int) -> Agreement | None:
    """The signed agreement in force (the newest signed version), if any."""
    return session.exec(
        select(Agreement)
        .where(Agreement.case_id == case_id, Agreement.status == Status.SIGNED.value)
        .order_by(col(Agreement.version).desc())
    ).first()


def rows_of(session: Session, model: Any, case_id: int) -> list[Any]:
    statement = select(model).where(model.case_id == case_id).order_by(col(model.id))
    return list(session.exec(statement))


def monitoring_in(session: Session, case_id: int) -> Monitoring:
    case = session.get(Case, case_id)
    if case is None:
        raise errors.CaseNotFound()
    agreement = in_force(session, case_id)
    terms: list[TermProgress] = []
    if agreement is not None:
        rows = session.exec(
            select(AgreementTerm)
            .where(AgreementTerm.agreement_id == agreement.id)
            .order_by(col(AgreementTerm.position))
        )
        lines: list[LedgerLine] = rows_of(session, LedgerLine, case_id)
        hours: list[ServiceHours] = rows_of(session, ServiceHours, case_id)
        done: list[TermDone] = rows_of(session, TermDone, case_id)
        actions: list[MissedTerm] = rows_of(session, MissedTerm, case_id)
        for row in rows:
            position = row.position
            terms.append(
                TermProgress(
                    position,
                    term_input(row),
                    [x for x in lines if x.term_position == position],
                    [x for x in hours if x.term_position == position],
                    next((x for x in done if x.term_position == position), None),
                    [x for x in actions if x.term_position == position],
                )
            )
    return Monitoring(
        case=case,
        agreement=agreement,
        terms=terms,
        follow_ups=sorted(rows_of(session, FollowUp, case_id), key=lambda f: f.planned_on),
        grace_days=int(str(setting_in(session, setting.GRACE_DAYS))),
    )


def read_monitoring(store: OpenStore, case_id: int) -> Monitoring:
    with reading(store) as session:
        return monitoring_in(session, case_id)
