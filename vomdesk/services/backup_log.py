"""The backup log read back: the backups made, which lie elsewhere, and the outside reminder."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import col, select

from vomdesk.domain.settings import BACKUP_REMINDER_DAYS
from vomdesk.services.backups import AUTOMATIC, FOLDER
from vomdesk.services.open_store import OpenStore, reading
from vomdesk.services.settings import read_settings
from vomdesk.store.models import BackupRecord, StoreInfo

REMINDER_DAYS = 7


def is_inside(location: str | Path, folder: Path) -> bool:
    """Whether ``location`` lies in ``folder`` (False when either cannot be resolved)."""
    try:
        return Path(location).expanduser().resolve().is_relative_to(folder.resolve())
    except (OSError, ValueError, RuntimeError):
        return False


def last_outside_backup(store: OpenStore) -> BackupRecord | None:
    """The newest verified backup made to a folder outside the data folder, or None."""
    with reading(store) as session:
        records = session.exec(
            select(BackupRecord)
            .where(BackupRecord.kind == FOLDER, col(BackupRecord.verified).is_(True))
            .order_by(col(BackupRecord.made_at).desc())
        ).all()
    return next((r for r in records if not is_inside(r.location, store.files.folder)), None)


def last_automatic_backup(store: OpenStore) -> BackupRecord | None:
    """The newest automatic backup, or None."""
    with reading(store) as session:
        return session.exec(
            select(BackupRecord)
            .where(BackupRecord.kind == AUTOMATIC)
            .order_by(col(BackupRecord.made_at).desc())
        ).first()


def _days(since: datetime, moment: datetime) -> int:
    return (moment.astimezone().date() - since.astimezone().date()).days


def days_since_outside_backup(store: OpenStore, *, now: datetime | None = None) -> int | None:
    """Days since the last verified backup to a folder outside the data folder; None if never."""
    last = last_outside_backup(store)
    return None if last is None else _days(last.made_at, now or datetime.now(UTC))


def days_without_outside_backup(store: OpenStore, *, now: datetime | None = None) -> int:
    """Days since the last backup outside the data folder, or since the store was created."""
    moment = now or datetime.now(UTC)
    since = days_since_outside_backup(store, now=moment)
    if since is not None:
        return since
    with reading(store) as session:
        info = session.get(StoreInfo, 1)
    return 0 if info is None else _days(info.created_at, moment)


def outside_backup_reminder(
    store: OpenStore, *, days: int = REMINDER_DAYS, now: datetime | None = None
) -> bool:
    """True when nothing was backed up outside the data folder for ``days`` days.

    A store never backed up outside counts from the day it was created.
    """
    return days_without_outside_backup(store, now=now) >= days


def reminder_due(store: OpenStore, *, now: datetime | None = None) -> int | None:
    """The days without an outside backup when the program's reminder is due; else None."""
    days = days_without_outside_backup(store, now=now)
    return days if days >= int(read_settings(store)[BACKUP_REMINDER_DAYS.key]) else None


def is_outside(record: BackupRecord, store: OpenStore) -> bool:
    """Whether a logged backup lies outside the data folder (on another disk, a USB stick)."""
    return not is_inside(record.location, store.files.folder)


def backups_made(store: OpenStore, limit: int | None = None) -> list[BackupRecord]:
    """The backup log, newest first."""
    with reading(store) as session:
        statement = select(BackupRecord).order_by(
            col(BackupRecord.made_at).desc(), col(BackupRecord.id).desc()
        )
        if limit is not None:
            statement = statement.limit(limit)
        return list(session.exec(statement).all())
