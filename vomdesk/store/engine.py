"""The SQLCipher engine: a raw 256-bit key per connection and the PRAGMAs every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    # Decrypted pages are the costly part of SQLCipher: keep up to 32 MiB of them per connection
    # so repeated reads do not decrypt again (benchmarks/store_benchmark.py shows the effect).
    "PRAGMA cache_size = -32000",
)


WRITING = "vomdesk_writing"  # execution option: this transaction will write


class WrongDatabaseKey(Exception):
    """The key does not open this database file (or the file is not a database)."""


def key_pragma(data_key: bytes) -> str:
    """The PRAGMA that hands SQLCipher a raw key, skipping its own per-connection KDF."""
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    """Open one keyed connection; without ``create`` a missing file is an error, never made."""
    mode = "rwc" if create else "rw"
    uri = f"{Path(path).resolve().as_uri()}?mode={mode}"
    try:
        connection = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    except sqlcipher3.DatabaseError as error:  # missing or unreadable file
        raise WrongDatabaseKey(str(error)) from error
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(key_pragma(data_key))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        connection.close()
        raise WrongDatabaseKey(str(error)) from error
    for pragma in CONNECTION_PRAGMAS:
        connection.execute(pragma)
    return connection


class StoreClosed(Exception):
    """The store was locked: its key is gone and no new connection can be made."""


def open_engine(path: Path, data_key: bytearray, *, create: bool = False) -> Engine:
    """An SQLAlchemy engine whose every pooled connection is keyed and configured.

    The first connection is made here, so a wrong key or a missing file fails at once. The key
    is read from ``data_key`` for each new connection: once the caller wipes it (lock), the
    engine can never connect again.
    """
    first = [connect(path, bytes(data_key), create=create)]

    def creator() -> Any:
        if first:
            return first.pop()
        if not any(data_key):
            raise StoreClosed("the store is locked")
        return connect(path, bytes(data_key))

    # ``module=sqlcipher3`` lets SQLAlchemy recognise the driver's errors and wrap them in
    # DBAPIError; with the stdlib module assumed, sqlcipher3 errors escaped unwrapped.
    engine = create_engine(
        f"sqlite:///{Path(path).resolve()}",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=4,
        pool_use_lifo=True,  # reuse the warmest connection: its pages are already decrypted
        hide_parameters=True,  # errors and logs never carry the values being written
    )

    @event.listens_for(engine, "connect")
    def _no_pysqlite_transactions(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself so transactions cover reads and writes alike.
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # A unit of work takes the write lock first (waiting its turn): a transaction that
        # read first and then wrote would fail at once if another connection wrote meanwhile.
        writing = connection.get_execution_options().get(WRITING, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    with engine.connect():
        pass
    return engine
