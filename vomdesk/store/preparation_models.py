"""SQLModel tables of preparation: screenings, consents, meetings, choices, safety, sessions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from vomdesk.store.types import UtcDateTime, utc_now


def _case_fk() -> Any:
    return Field(
        sa_column=Column(Integer, ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    )


def _participant_fk(nullable: bool = False) -> Any:
    """A participant a record belongs to: the participant cannot go while the record exists."""
    return Field(
        default=None if nullable else ...,
        sa_column=Column(Integer, ForeignKey("participant.id"), index=True, nullable=nullable),
    )


def _text() -> Any:
    return Field(default="", sa_column=Column(Text, nullable=False, default=""))


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def _stamp() -> Any:
    return Field(default_factory=utc_now, sa_column=Column(UtcDateTime(), nullable=False))


# --- screening ------------------------------------------------------------------------------
class ScreeningTemplate(SQLModel, table=True):
    """One version of a side's checklist; a version is never changed once written."""

    __tablename__ = "screening_template"
    __table_args__ = (UniqueConstraint("side", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    side: str = Field(max_length=20)
    version: int
    items: list[dict[str, Any]] = _json_list()  # key, text, flag_on, gate, retired
    created_at: datetime = _stamp()
    created_by: str = Field(default="", max_length=120)


class Screening(SQLModel, table=True):
    """One screening of one participant; a re-screening is a new row, so history stays."""

    __tablename__ = "screening"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    participant_id: int = _participant_fk()
    template_id: int = Field(sa_column=Column(Integer, ForeignKey("screening_template.id")))
    done_on: date
    outcome: str = Field(max_length=20)
    reasons: str = _text()
    flags_reason: str = _text()
    answers: list[dict[str, Any]] = _json_list()  # key, answer, note
    recorded_at: datetime = _stamp()
    recorded_by: str = Field(default="", max_length=120)


# --- consent --------------------------------------------------------------------------------
class Consent(SQLModel, table=True):
    """A participant's consent to take part, and its withdrawal."""

    __tablename__ = "consent"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    participant_id: int = _participant_fk()
    given_on: date
    how: str = Field(max_length=20)
    informed: list[str] = _json_list()
    note: str = _text()
    withdrawn_on: date | None = None
    withdrawal_reason: str = _text()
    recorded_at: datetime = _stamp()
    recorded_by: str = Field(default="", max_length=120)


class SharingConsent(SQLModel, table=True):
    """What a party allows the program to tell the referral source, and until when."""

    __tablename__ = "sharing_consent"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    participant_id: int = _participant_fk()
    allowed: list[str] = _json_list()
    given_on: date
    until: date | None = None
    withdrawn_on: date | None = None
    recorded_at: datetime = _stamp()


# --- contacts and meetings ------------------------------------------------------------------
class PreparationContact(SQLModel, table=True):
    """A contact or pre-mediation meeting, planned or done."""

    __tablename__ = "preparation_contact"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    on: date = Field(index=True)
    starts_at: datetime | None = Field(default=None, sa_column=Column(UtcDateTime(), nullable=True))
    done: bool = True
    mode: str = Field(max_length=20)
    minutes: int = 0
    with_whom: list[int] = _json_list()  # participant ids
    notes: str = _text()
    recorded_at: datetime = _stamp()


# --- venues and choices ---------------------------------------------------------------------
class VenueBase(SQLModel):
    name: str = Field(max_length=120)
    address: str = Field(default="", max_length=300)
    accessible: bool = False
    private_waiting_rooms: bool = False
    notes: str = Field(default="", max_length=500)


class Venue(VenueBase, table=True):
    """A place the program meets in; retired rather than deleted once used."""

    __tablename__ = "venue"

    id: int | None = Field(default=None, primary_key=True)
    retired: bool = False


class VictimChoicesBase(SQLModel):
    """What the victim decided for the meeting."""

    form: str | None = Field(default=None, max_length=20)
    days: list[int] = _json_list()  # 0 = Monday
    day_parts: list[str] = _json_list()
    times_note: str = Field(default="", max_length=300)
    venue_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("venue.id"), nullable=True)
    )
    other_place: str = Field(default="", max_length=300)
    attendees: list[int] = _json_list()  # participant ids the victim wants there
    support_persons: str = Field(default="", max_length=300)
    seating: str = Field(default="no_preference", max_length=20)
    speaks_first: str = Field(default="no_preference", max_length=20)
    topics: str = _text()  # victim-side: never on offender-side documents
    questions: str = _text()  # victim-side
    break_signal: str = Field(default="", max_length=300)


class VictimChoices(VictimChoicesBase, table=True):
    __tablename__ = "victim_choices"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("participant.id"), unique=True, nullable=False)
    )
    updated_at: datetime = _stamp()


class Loss(SQLModel, table=True):
    """One loss the victim asks to have repaired, in whole cents."""

    __tablename__ = "loss"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    participant_id: int = _participant_fk()
    kind: str = Field(max_length=30)
    description: str = Field(max_length=300)
    amount_cents: int


class OffenderAvailability(SQLModel, table=True):
    """When an offender can meet, and who supports them."""

    __tablename__ = "offender_availability"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("participant.id"), unique=True, nullable=False)
    )
    days: list[int] = _json_list()
    day_parts: list[str] = _json_list()
    times_note: str = Field(default="", max_length=300)
    support_person: str = Field(default="", max_length=300)
    updated_at: datetime = _stamp()


# --- safety ---------------------------------------------------------------------------------
class SafetyPlanBase(SQLModel):
    """How the meeting is kept safe; arrival and waiting area of the victim are victim-side."""

    victim_arrival: str = Field(default="", max_length=200)  # victim-side
    offender_arrival: str = Field(default="", max_length=200)
    departure: str = Field(default="", max_length=300)
    victim_waiting_area: str = Field(default="", max_length=200)  # victim-side
    offender_waiting_area: str = Field(default="", max_length=200)
    support_present: str = Field(default="", max_length=300)
    ends_meeting: str = _text()
    notes: str = _text()


class SafetyPlan(SafetyPlanBase, table=True):
    __tablename__ = "safety_plan"

    case_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("case_record.id", ondelete="CASCADE"), primary_key=True
        )
    )
    updated_at: datetime = _stamp()


class ConflictDeclaration(SQLModel, table=True):
    """The mediator's declaration of any conflict of interest in a case."""

    __tablename__ = "conflict_declaration"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    mediator: str = Field(max_length=120)
    declared_on: date
    has_conflict: bool = False
    note: str = _text()
    recorded_at: datetime = _stamp()


class GateOverride(SQLModel, table=True):
    """The mediator went ahead past a gate, with a reason; lapses when the case goes back."""

    __tablename__ = "gate_override"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    gate: str = Field(max_length=30)
    reason: str = _text()
    at: datetime = _stamp()
    by: str = Field(default="", max_length=120)
    lapsed_at: datetime | None = Field(default=None, sa_column=Column(UtcDateTime(), nullable=True))


# --- sessions -------------------------------------------------------------------------------
class SessionPlan(SQLModel, table=True):
    """A joint session, or one separate meeting of an indirect process, on the calendar."""

    __tablename__ = "session_plan"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    kind: str = Field(max_length=30)
    starts_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False, index=True))
    minutes: int
    venue_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("venue.id"), nullable=True)
    )
    other_place: str = Field(default="", max_length=300)
    attendees: list[int] = _json_list()
    speaking_order: list[int] = _json_list()
    status: str = Field(default="scheduled", max_length=20)
    status_reason: str = _text()
    recorded_at: datetime = _stamp()
    recorded_by: str = Field(default="", max_length=120)
