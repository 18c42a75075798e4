"""SQLModel tables of the foundation: the store's identity, the audit trail, drafts and settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from vomdesk.store.types import UtcDateTime, utc_now


class StoreInfo(SQLModel, table=True):
    """One row: which store this is (it must match the key file) and when it was made."""

    __tablename__ = "store_info"

    id: int = Field(default=1, primary_key=True)
    store_id: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))
    created_by_version: str = Field(max_length=32)


class AuditEntry(SQLModel, table=True):
    """Who did what to which record, and which fields: never the values written."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utc_now, sa_column=Column(UtcDateTime(), nullable=False))
    actor: str = Field(max_length=120)
    action: str = Field(max_length=40, index=True)
    record_kind: str = Field(max_length=40, index=True)
    record_id: str | None = Field(default=None, max_length=80, index=True)
    fields: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    detail: str | None = Field(default=None, max_length=200)
    prev_hash: str = Field(default="", max_length=64)  # the entry before's hash: a chain
    entry_hash: str = Field(default="", max_length=64)


class BackupRecord(SQLModel, table=True):
    """A backup made: when, where, whether it was verified, and what it held."""

    __tablename__ = "backup_log"

    id: int | None = Field(default=None, primary_key=True)
    made_at: datetime = Field(
        default_factory=utc_now, sa_column=Column(UtcDateTime(), nullable=False)
    )
    kind: str = Field(max_length=20)  # automatic, folder
    location: str = Field(default="", max_length=500)
    verified: bool = False
    digest: str = Field(default="", max_length=64)
    cases: int = 0
    size: int = 0


class Draft(SQLModel, table=True):
    """What was typed in a form and not yet saved, kept so a crash or a lock loses nothing."""

    __tablename__ = "draft"

    id: int | None = Field(default=None, primary_key=True)
    form: str = Field(max_length=120, unique=True)
    payload: str = Field(sa_column=Column(Text, nullable=False))
    saved_at: datetime = Field(
        default_factory=utc_now, sa_column=Column(UtcDateTime(), nullable=False)
    )


class SettingValue(SQLModel, table=True):
    """A program setting kept in the store; defaults live in ``domain.settings``."""

    __tablename__ = "setting_value"

    key: str = Field(primary_key=True, max_length=80)
    value: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: datetime = Field(
        default_factory=utc_now, sa_column=Column(UtcDateTime(), nullable=False)
    )
