"""Checking a store: SQLite's quick and full integrity checks and SQLCipher's page checks."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from vomdesk.services.open_store import OpenStore
from vomdesk.store import migrate


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
