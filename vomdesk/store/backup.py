"""Encrypted copies of the store, made through SQLCipher, never by copying the live file."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine

from vomdesk.safe_save import sync_folder
from vomdesk.store.engine import WrongDatabaseKey, key_pragma


def encrypted_copy(engine: Engine, target: Path, data_key: bytes) -> Path:
    """Export the whole store into a new encrypted file at ``target`` (written safely)."""
    export_with_digest(engine, target, data_key)
    return Path(target)


def export_with_digest(engine: Engine, target: Path, data_key: bytes) -> str:
    """Export the store into ``target`` and return the content digest of exactly what was
    exported: both are read in one transaction, so a save made meanwhile cannot come between."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    key_literal = key_pragma(data_key).split("=", 1)[1].strip()
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"ATTACH DATABASE ? AS backup_copy KEY {key_literal}", (str(partial),))
        try:
            cursor.execute("BEGIN")  # one snapshot for the digest and the export
            try:
                digest = _digest_in_transaction(cursor)
                cursor.execute("SELECT sqlcipher_export('backup_copy')")
                cursor.execute("COMMIT")
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
        finally:
            cursor.execute("DETACH DATABASE backup_copy")
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    finally:
        raw.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    sync_folder(target.parent)
    return digest


def open_read_only(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """One keyed, read-only connection to a copy: it never changes the file (no WAL, no writes).

    Raises WrongDatabaseKey when the key does not open the file or the file is not a database.
    """
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    try:
        connection = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    except sqlcipher3.DatabaseError as error:
        raise WrongDatabaseKey(str(error)) from error
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(key_pragma(data_key))
        connection.execute("PRAGMA query_only = ON")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        connection.close()
        raise WrongDatabaseKey(str(error)) from error
    return connection


def integrity_problems(connection: Any) -> list[str]:
    """What SQLite's integrity check and SQLCipher's page check find wrong; empty when sound."""
    problems: list[str] = []
    try:
        rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check").fetchall()]
    except sqlcipher3.DatabaseError as error:  # a damaged page can stop the check itself
        rows = [str(error)]
    if rows != ["ok"]:
        problems.extend(f"integrity_check: {row}" for row in rows)
    try:
        cipher = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError as error:
        cipher = [str(error)]
    problems.extend(f"cipher_integrity_check: {row}" for row in cipher)
    return problems


def _encoded(value: Any) -> bytes:
    """A value with its type and length, so no two different rows hash alike."""
    if value is None:
        return b"N"
    if isinstance(value, bytes):
        tag, data = b"B", value
    elif isinstance(value, int):
        tag, data = b"I", str(value).encode()
    elif isinstance(value, float):
        tag, data = b"F", repr(value).encode()
    else:
        tag, data = b"T", str(value).encode("utf-8", "surrogatepass")
    return tag + len(data).to_bytes(8, "big") + data


def connection_digest(connection: Any) -> str:
    """SHA-256 over every table's name, columns and rows, tables by name, rows fully ordered."""
    cursor = connection.cursor()
    cursor.execute("BEGIN")  # one snapshot for every table
    try:
        return _digest_in_transaction(cursor)
    finally:
        cursor.execute("COMMIT")


def _digest_in_transaction(cursor: Any) -> str:
    digest = hashlib.sha256()
    tables = [
        str(row[0])
        for row in cursor.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
        ).fetchall()
    ]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        columns = [str(row[1]) for row in cursor.execute(f"PRAGMA main.table_info({quoted})")]
        digest.update(_encoded(table) + _encoded(",".join(columns)))
        order = ", ".join(str(i) for i in range(1, len(columns) + 1))
        for row in cursor.execute(f"SELECT * FROM main.{quoted} ORDER BY {order}"):
            digest.update(b"R" + b"".join(_encoded(value) for value in row))
    return digest.hexdigest()


def content_digest(engine: Engine) -> str:
    """The content digest of a store opened through its engine (see ``connection_digest``)."""
    raw = engine.raw_connection()
    try:
        return connection_digest(raw.driver_connection)
    finally:
        raw.close()
