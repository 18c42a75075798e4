"""An unlocked store: its engine and data key, and the unit of work every service writes through."""

from __future__ import annotations

import errno
import getpass
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from vomdesk.domain.audit import AuditAction, RecordKind
from vomdesk.security.keyslots import KeySlots
from vomdesk.services import errors
from vomdesk.store import repository
from vomdesk.store.engine import WRITING
from vomdesk.store.files import StoreFiles


def current_actor() -> str:
    """Who is working: the computer's login name (the app has one user at a time)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "mediator"


@dataclass
class OpenStore:
    """A store that is unlocked until ``close()``; the data key lives only in memory."""

    files: StoreFiles
    engine: Engine
    slots: KeySlots = field(repr=False)  # wrapped keys: nothing for a log or a traceback
    data_key: bytearray = field(repr=False)  # never printed, in a log, a traceback or a test
    actor: str = field(default_factory=current_actor)

    @property
    def store_id(self) -> str:
        return self.slots.store_id

    @property
    def is_open(self) -> bool:
        return any(self.data_key)

    def key_bytes(self) -> bytes:
        if not self.is_open:
            raise RuntimeError("the store is locked")
        return bytes(self.data_key)

    def close(self) -> None:
        """Dispose of every connection and wipe the key held in memory."""
        if self.is_open:
            try:  # keep the query planner's statistics fresh, as SQLite advises at close
                with self.engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA optimize")
            except DBAPIError:
                pass  # a damaged or read-only store still closes
        self.engine.dispose()
        for index in range(len(self.data_key)):
            self.data_key[index] = 0


@dataclass
class Work:
    """One unit of work: a session and the audit entries that go with its writes."""

    session: Session
    actor: str

    def audit(
        self,
        action: AuditAction,
        kind: RecordKind | str,
        record_id: str | int | None = None,
        fields: Sequence[str] = (),
        detail: str | None = None,
    ) -> None:
        repository.add_audit_entry(
            session=self.session,
            actor=self.actor,
            action=action.value,
            record_kind=kind.value if isinstance(kind, RecordKind) else kind,
            record_id=None if record_id is None else str(record_id),
            fields=fields,
            detail=detail,
        )


def translate_disk_error(error: BaseException) -> errors.StoreProblem | None:
    """Map a full disk or a read-only folder to the mediator's message, else None."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EFBIG):  # EFBIG: a file may not grow further
            return errors.DiskFull()
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return errors.FolderNotWritable()
        return None
    original = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(original, sqlcipher3.OperationalError | sqlite3.OperationalError):
        text = str(original).lower()
        if "disk is full" in text or ("disk i/o" in text and "full" in text):
            return errors.DiskFull()
        if "disk i/o error" in text:  # a file that may not grow, or a failing disk
            return errors.DiskTrouble()
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return errors.FolderNotWritable()
    return None


@contextmanager
def unit_of_work(store: OpenStore) -> Iterator[Work]:
    """A transaction: everything inside is written together, or nothing is."""
    if not store.is_open:
        raise errors.StoreLocked()
    writer = store.engine.execution_options(**{WRITING: True})
    with Session(writer, expire_on_commit=False) as session:
        try:
            yield Work(session=session, actor=store.actor)
            session.commit()
        except BaseException as error:
            session.rollback()
            problem = translate_disk_error(error)
            if problem is not None:
                raise problem from error
            if isinstance(error, DBAPIError):
                raise errors.NotSaved() from error
            raise


@contextmanager
def reading(store: OpenStore) -> Iterator[Session]:
    """A read-only session."""
    if not store.is_open:
        raise errors.StoreLocked()
    with Session(store.engine, expire_on_commit=False) as session:
        yield session
