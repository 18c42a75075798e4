"""SQLModel table of retention: which cases are sealed, since when, and why."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlmodel import Field, SQLModel

from vomdesk.store.types import UtcDateTime, utc_now


class CaseSeal(SQLModel, table=True):
    """A case hidden behind an explicit unseal; the row stays when the seal is lifted."""

    __tablename__ = "case_seal"

    case_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("case_record.id", ondelete="CASCADE"), primary_key=True
        )
    )
    sealed_at: datetime = Field(
        default_factory=utc_now, sa_column=Column(UtcDateTime(), nullable=False)
    )
    sealed_by: str = Field(max_length=120)
    why: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    unsealed_at: datetime | None = Field(
        default=None, sa_column=Column(UtcDateTime(), nullable=True)
    )
    unsealed_by: str = Field(default="", max_length=120)
    unseal_why: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))

    @property
    def in_force(self) -> bool:
        return self.unsealed_at is None
