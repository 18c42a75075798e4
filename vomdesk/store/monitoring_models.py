"""Tables of monitoring: ledger, service hours, terms done, follow-ups, missed terms, recidivism."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlmodel import Field, SQLModel

from vomdesk.store.types import UtcDateTime, utc_now


def _case_fk() -> Any:
    return Field(
        sa_column=Column(Integer, ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    )


def _text() -> Any:
    return Field(default="", sa_column=Column(Text, nullable=False, default=""))


def _stamp() -> Any:
    return Field(default_factory=utc_now, sa_column=Column(UtcDateTime(), nullable=False))


class LedgerLine(SQLModel, table=True):
    """A payment, a sum passed on, or a correction; never edited, never deleted.

    ``term_position`` is the money term's place in the agreement (an amendment keeps it).
    """

    __tablename__ = "ledger_line"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    term_position: int
    kind: str = Field(max_length=20)
    on: date
    cents: int
    offender_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("participant.id"), nullable=True)
    )
    method: str = Field(default="", max_length=30)  # cash, check, money order, card...
    receipt_number: str = Field(default="", max_length=30, index=True)
    received_by: str = Field(default="", max_length=120)
    instalment: int | None = None  # which instalment it pays, as the mediator says
    reverses_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("ledger_line.id"), nullable=True)
    )
    note: str = _text()  # the reason of a correction or an overpayment
    recorded_at: datetime = _stamp()
    recorded_by: str = Field(default="", max_length=120)


class ReceiptCounter(SQLModel, table=True):
    """The last receipt number given out per year: receipt numbers are never given twice."""

    __tablename__ = "receipt_counter"

    year: int = Field(primary_key=True)
    last: int = 0


class ServiceHours(SQLModel, table=True):
    """Hours of personal or community service worked, or a correction of such a line."""

    __tablename__ = "service_hours"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    term_position: int
    on: date
    hours: float
    site: str = Field(default="", max_length=200)
    verified_by: str = Field(default="", max_length=200)
    reverses_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("service_hours.id"), nullable=True)
    )
    note: str = _text()
    recorded_at: datetime = _stamp()


class TermDone(SQLModel, table=True):
    """A term other than money or hours marked done, with the evidence."""

    __tablename__ = "term_done"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    term_position: int
    done_on: date
    evidence: str = _text()
    recorded_at: datetime = _stamp()


class FollowUp(SQLModel, table=True):
    """A follow-up contact with the victim or the offender side, planned and then done."""

    __tablename__ = "follow_up"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    planned_on: date
    side: str = Field(max_length=20)  # victim, offender, both
    reason: str = Field(default="", max_length=30)  # first_payment, halfway, deadline, ""
    done_on: date | None = None
    notes: str = _text()


class MissedTerm(SQLModel, table=True):
    """What was done about a term missed past the grace period, and why."""

    __tablename__ = "missed_term"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    term_position: int
    action: str = Field(max_length=20)
    on: date
    reason: str = _text()
    recorded_at: datetime = _stamp()


class RecidivismCheck(SQLModel, table=True):
    """The one-year follow-up of a closed case: was a new charge filed within 365 days?"""

    __tablename__ = "recidivism_check"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    checked_on: date
    new_charge: bool = False
    charged_on: date | None = None
    level: str = Field(default="", max_length=20)
    note: str = _text()
    recorded_at: datetime = _stamp()


class CaseClosing(SQLModel, table=True):
    """The summary written when a case is closed (the reason is in the stage history)."""

    __tablename__ = "case_closing"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    closed_on: date
    summary: str = _text()
    recorded_at: datetime = _stamp()
