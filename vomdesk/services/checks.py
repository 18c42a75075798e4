"""Checking a store: SQLite's quick and full integrity checks and SQLCipher's page checks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import sqlcipher3
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool
from sqlmodel import col, select

from vomdesk.domain import audit_chain
from vomdesk.security import keyslots
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore, reading
from vomdesk.services.unlock import read_key_file
from vomdesk.store import migrate
from vomdesk.store.backup import open_read_only
from vomdesk.store.engine import WrongDatabaseKey
from vomdesk.store.files import StoreFiles
from vomdesk.store.models import AuditEntry
from vomdesk.store.repository import chain_entry


class ChainVerdict(NamedTuple):
    """Whether the audit trail's chain holds, the first entry that breaks it, and its length."""

    ok: bool
    first_broken_id: int | None
    entries: int


@contextmanager
def opened_for_checking(folder: Path, passphrase: str) -> Iterator[OpenStore]:
    """The store opened read-only: a check writes nothing, not even its unlock to the audit trail,
    so a damaged file is left exactly as it was found."""
    files = StoreFiles(folder)
    slots = read_key_file(files)
    try:
        data_key = bytearray(slots.open_with_passphrase(passphrase))
    except keyslots.WrongSecret as error:
        raise errors.WrongPassphrase() from error
    except keyslots.KeySlotError as error:
        raise errors.KeyFileDamaged() from error
    try:
        connection = open_read_only(files.database, bytes(data_key))
    except WrongDatabaseKey as error:
        raise errors.StoreMismatch() from error
    engine = create_engine(
        "sqlite://", module=sqlcipher3, creator=lambda: connection, poolclass=StaticPool
    )
    store = OpenStore(files=files, engine=engine, slots=slots, data_key=data_key)
    try:
        yield store
    finally:
        store.close()
        connection.close()


def verify_audit_chain(store: OpenStore) -> ChainVerdict:
    """Recompute the audit trail's hash chain, oldest entry first."""
    with reading(store) as session:
        rows = list(session.exec(select(AuditEntry).order_by(col(AuditEntry.id))))
    broken = audit_chain.first_broken([chain_entry(row) for row in rows])
    if broken is None:
        return ChainVerdict(True, None, len(rows))
    return ChainVerdict(False, rows[broken].id, len(rows))


def chain_report(verdict: ChainVerdict) -> str:
    """One line for ``vomdesk check``."""
    noun = "entry" if verdict.entries == 1 else "entries"
    if verdict.ok:
        return f"audit trail: {verdict.entries} {noun}, chain intact"
    return (
        f"audit trail: {verdict.entries} {noun}, chain broken at entry {verdict.first_broken_id}"
        " (changed, or an entry before it removed)"
    )


def check_store(store: OpenStore) -> list[str]:
    """Everything found wrong with the store; an empty list means it is sound."""
    problems: list[str] = []
    with store.engine.connect() as connection:
        for pragma in ("quick_check", "integrity_check"):
            try:
                rows = [str(row[0]) for row in connection.execute(text(f"PRAGMA {pragma}"))]
            except DBAPIError as error:  # a damaged page can stop the check itself
                rows = [str(error.orig)]
            if rows != ["ok"]:
                problems.extend(f"{pragma}: {row}" for row in rows)
        try:
            cipher_rows = [
                str(row[0]) for row in connection.execute(text("PRAGMA cipher_integrity_check"))
            ]
        except DBAPIError as error:
            cipher_rows = [str(error.orig)]
        problems.extend(f"cipher_integrity_check: {row}" for row in cipher_rows)
        try:
            revision = migrate.current_revision(connection)
        except DBAPIError as error:
            problems.append(f"schema revision unreadable: {error.orig}")
            return problems
    if revision != migrate.head_revision():
        problems.append(f"schema revision {revision} is not the newest ({migrate.head_revision()})")
    return problems
