"""Tables of sessions held and restitution agreements: versions, terms, signatures, scans."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Integer, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from vomdesk.store.types import UtcDateTime, utc_now


def _case_fk() -> Any:
    return Field(
        sa_column=Column(Integer, ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    )


def _agreement_fk() -> Any:
    return Field(
        sa_column=Column(Integer, ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    )


def _text() -> Any:
    return Field(default="", sa_column=Column(Text, nullable=False, default=""))


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def _stamp() -> Any:
    return Field(default_factory=utc_now, sa_column=Column(UtcDateTime(), nullable=False))


class SessionRecord(SQLModel, table=True):
    """A session that took place (or was cut short or postponed): who came, in what order, how
    it ended. The notes are confidential: no document prints them."""

    __tablename__ = "session_record"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    session_plan_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("session_plan.id"), nullable=True)
    )
    held_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))
    minutes: int = 0
    attendees: list[int] = _json_list()
    speaking_order: list[int] = _json_list()
    outcome: str = Field(max_length=20)
    notes: str = _text()
    recorded_at: datetime = _stamp()
    recorded_by: str = Field(default="", max_length=120)


class Agreement(SQLModel, table=True):
    """One version of a case's restitution agreement; a signed version is never changed."""

    __tablename__ = "agreement"
    __table_args__ = (UniqueConstraint("case_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    version: int = 1
    status: str = Field(default="draft", max_length=20)
    session_record_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("session_record.id"), nullable=True)
    )
    governing_language: str = Field(default="en", max_length=10)
    amendment_reason: str = _text()
    difference_reason: str = _text()  # money terms differ from the itemised losses
    deadline_reason: str = _text()  # a term ends after the referral source's deadline
    created_at: datetime = _stamp()
    signed_on: date | None = None  # the day the last required signature was recorded


class AgreementTerm(SQLModel, table=True):
    """One term of one agreement version."""

    __tablename__ = "agreement_term"

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = _agreement_fk()
    position: int = 0
    kind: str = Field(max_length=30)
    description: str = _text()
    responsible: list[int] = _json_list()  # participant ids
    amount_cents: int | None = None
    hours: float | None = None
    item: str = Field(default="", max_length=300)
    payee: str = Field(default="", max_length=200)
    deadline: date | None = None
    frequency: str = Field(default="", max_length=20)
    payments: list[dict[str, Any]] = _json_list()  # {"due": ISO date, "cents": int}
    joint: bool = False
    shares: list[int] = _json_list()  # cents per responsible participant, in their order


class Signature(SQLModel, table=True):
    """One signer's signature on one version, with its own date."""

    __tablename__ = "signature"
    __table_args__ = (UniqueConstraint("agreement_id", "signer_key"),)

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = _agreement_fk()
    signer_key: str = Field(max_length=40)  # "participant.<id>" or "mediator"
    name: str = Field(max_length=200)
    role: str = Field(max_length=30)
    signed_on: date
    recorded_at: datetime = _stamp()
    recorded_by: str = Field(default="", max_length=120)


class AgreementAttachment(SQLModel, table=True):
    """A scan or photo of the signed paper, kept inside the encrypted store."""

    __tablename__ = "agreement_attachment"

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = _agreement_fk()
    filename: str = Field(max_length=200)
    media_type: str = Field(max_length=80)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: datetime = _stamp()
