"""SQLModel families of the case record: cases, offences, people, participants, stage history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, Text
from sqlmodel import Field, SQLModel

from vomdesk.store.types import UtcDateTime, utc_now


# --- cases ----------------------------------------------------------------------------------
class CaseBase(SQLModel):
    """The referral: what the mediator types in the intake form."""

    received_on: date
    source_type: str = Field(max_length=40)
    source_agency: str = Field(default="", max_length=200)
    source_person: str = Field(default="", max_length=200)
    source_contact: str = Field(default="", max_length=200)
    justice_stage: str | None = Field(default=None, max_length=40)
    court_number: str = Field(default="", max_length=80, index=True)
    prosecutor_number: str = Field(default="", max_length=80)
    deadline: date | None = None
    deadline_kind: str = Field(default="", max_length=80)
    incident_date: date | None = None
    incident_place: str = Field(default="", max_length=300)
    care_sexual_offence: bool = False
    care_partner_violence: bool = False
    care_stalking: bool = False
    care_serious_violence: bool = False
    no_contact_order: bool = False
    no_contact_allows_contact: bool = False
    no_contact_note: str = Field(default="", max_length=500)


class OffenceBase(SQLModel):
    description: str = Field(max_length=300)
    category: str = Field(max_length=20)
    level: str = Field(max_length=20)


class OffenceCreate(OffenceBase):
    pass


class CaseCreate(CaseBase):
    offences: list[OffenceCreate] = []


class CaseUpdate(SQLModel):
    """A partial change to a referral: only the fields given are changed."""

    received_on: date | None = None
    source_type: str | None = None
    source_agency: str | None = None
    source_person: str | None = None
    source_contact: str | None = None
    justice_stage: str | None = None
    court_number: str | None = None
    prosecutor_number: str | None = None
    deadline: date | None = None
    deadline_kind: str | None = None
    incident_date: date | None = None
    incident_place: str | None = None
    care_sexual_offence: bool | None = None
    care_partner_violence: bool | None = None
    care_stalking: bool | None = None
    care_serious_violence: bool | None = None
    no_contact_order: bool | None = None
    no_contact_allows_contact: bool | None = None
    no_contact_note: str | None = None
    offences: list[OffenceCreate] | None = None


class Case(CaseBase, table=True):
    """A case: the referral plus its number, stage and what the list shows about it."""

    __tablename__ = "case_record"
    # One index per order the case list offers, so a page is read without sorting every case.
    __table_args__ = (
        Index("ix_case_record_by_number", "year", "number"),
        Index("ix_case_record_by_received", "received_on", "id"),
        Index("ix_case_record_by_deadline", "deadline", "id"),
        Index("ix_case_record_by_parties", "parties_short", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=40, unique=True)
    year: int = Field(index=True)
    stage: str = Field(default="referral", max_length=30, index=True)
    closing_reason: str | None = Field(default=None, max_length=40)
    juvenile: bool | None = None
    parties_short: str = Field(default="", max_length=300)
    created_at: datetime = Field(
        default_factory=utc_now, sa_column=Column(UtcDateTime(), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utc_now, sa_column=Column(UtcDateTime(), nullable=False)
    )


class Offence(OffenceBase, table=True):
    __tablename__ = "offence"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(
        sa_column=Column(Integer, ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    )


class CaseNumberCounter(SQLModel, table=True):
    """The last running number given out per year: numbers are never given twice."""

    __tablename__ = "case_number_counter"

    year: int = Field(primary_key=True)
    last: int = 0


class StageHistory(SQLModel, table=True):
    """Every stage change of a case: who, when, why."""

    __tablename__ = "stage_history"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(
        sa_column=Column(Integer, ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    )
    from_stage: str | None = Field(default=None, max_length=30)
    to_stage: str = Field(max_length=30)
    at: datetime = Field(default_factory=utc_now, sa_column=Column(UtcDateTime(), nullable=False))
    by: str = Field(max_length=120)
    why: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    closing_reason: str | None = Field(default=None, max_length=40)


# --- people and participants ----------------------------------------------------------------
class Person(SQLModel, table=True):
    """Someone (or an organisation) who may appear in several cases."""

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    folded_name: str = Field(max_length=200, index=True)
    birth: date | None = None
    is_organisation: bool = False


class ContactFields(SQLModel):
    """How to reach someone; for the victim side these are confidential."""

    address: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=60)
    email: str = Field(default="", max_length=200)
    employer: str = Field(default="", max_length=200)


class ParticipantBase(SQLModel):
    role: str = Field(max_length=30)
    preferred_language: str = Field(default="en", max_length=10)
    interpreter_needed: bool = False
    accessibility_needs: str = Field(default="", max_length=300)
    taking_part: bool = True  # a victim or offender who declines stays on record, not taking part


class ParticipantCreate(ParticipantBase):
    name: str
    birth: date | None = None
    is_organisation: bool = False
    person_id: int | None = None  # link to the same person in another case
    accompanies_id: int | None = None
    contact: ContactFields = ContactFields()


class ParticipantUpdate(SQLModel):
    role: str | None = None
    name: str | None = None
    birth: date | None = None
    is_organisation: bool | None = None
    preferred_language: str | None = None
    interpreter_needed: bool | None = None
    accessibility_needs: str | None = None
    taking_part: bool | None = None
    accompanies_id: int | None = None
    contact: ContactFields | None = None


class Participant(ParticipantBase, table=True):
    __tablename__ = "participant"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(
        sa_column=Column(Integer, ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    )
    person_id: int = Field(sa_column=Column(Integer, ForeignKey("person.id"), index=True))
    accompanies_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("participant.id"), nullable=True)
    )


class ParticipantContact(ContactFields, table=True):
    """Contact details kept apart from the participant, so documents can leave them out."""

    __tablename__ = "participant_contact"

    participant_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
        )
    )
