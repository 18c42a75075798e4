"""The SQLCipher store on disk: nothing readable in its files, keyed connections, PRAGMAs."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, StatementError
from sqlmodel import Session, select

from vomdesk.security import keyslots
from vomdesk.services.drafts import keep_draft
from vomdesk.services.open_store import OpenStore
from vomdesk.services.settings import save_settings
from vomdesk.store import repository
from vomdesk.store.engine import WrongDatabaseKey, connect, key_pragma, open_engine
from vomdesk.store.models import Draft
from vomdesk.store.types import UtcDateTime

CANARY = "CANARY-Zyx-ñ-4242"
NEEDLES = [
    CANARY.encode("utf-8"),
    CANARY.encode("utf-16-le"),
    CANARY.encode("utf-16-be"),
    b"CANARY-Zyx",
    "CANARY-Zyx".encode("utf-16-le"),
]


def _store_files(folder: Path) -> dict[str, bytes]:
    names = ("vomdesk.db", "vomdesk.db-wal", "vomdesk.db-shm")
    return {name: (folder / name).read_bytes() for name in names if (folder / name).exists()}


def _assert_no_canary(files: dict[str, bytes]) -> None:
    for name, content in files.items():
        for needle in NEEDLES:
            assert needle not in content, f"{needle!r} readable in {name}"


def test_written_values_are_not_readable_in_any_file(store: OpenStore, data_folder: Path) -> None:
    save_settings(store, {"program.address": CANARY, "mediator.name": CANARY})
    keep_draft(store, "case.intake", {"notes": CANARY * 20, "name": CANARY})
    # the control: the canary really is in the store
    with Session(store.engine) as session:
        assert repository.get_setting_values(session=session)["program.address"] == CANARY
    while_open = _store_files(data_folder)
    assert "vomdesk.db-wal" in while_open, "the write-ahead log should exist while open"
    assert len(while_open["vomdesk.db-wal"]) > 0
    _assert_no_canary(while_open)
    assert not while_open["vomdesk.db"].startswith(b"SQLite format 3\x00")

    store.close()
    after_close = _store_files(data_folder)
    _assert_no_canary(after_close)
    # closing checkpoints the log into the database file
    assert after_close.get("vomdesk.db-wal", b"") == b""
    keys = (data_folder / "vomdesk.keys").read_bytes()
    for needle in NEEDLES:
        assert needle not in keys


def test_the_database_does_not_open_without_the_key(store: OpenStore, data_folder: Path) -> None:
    store.close()
    path = str(data_folder / "vomdesk.db")
    for module in (sqlcipher3, sqlite3):
        connection = module.connect(path)
        try:
            with pytest.raises(module.DatabaseError):
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()


def test_another_key_does_not_open_the_database(store: OpenStore, data_folder: Path) -> None:
    store.close()
    with pytest.raises(WrongDatabaseKey):
        connect(data_folder / "vomdesk.db", keyslots.new_data_key())
    with pytest.raises(WrongDatabaseKey):
        open_engine(data_folder / "vomdesk.db", keyslots.new_data_key())


def test_a_missing_database_is_never_created(tmp_path: Path) -> None:
    with pytest.raises(WrongDatabaseKey):
        open_engine(tmp_path / "absent.db", keyslots.new_data_key())
    assert list(tmp_path.iterdir()) == []


def test_key_pragma_takes_a_raw_256_bit_key() -> None:
    key = bytes(range(32))
    assert key_pragma(key) == f"PRAGMA key = \"x'{key.hex()}'\""
    with pytest.raises(ValueError):
        key_pragma(b"short")


def test_every_pooled_connection_has_the_pragmas(store: OpenStore) -> None:
    expected = {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "secure_delete": 1,
        "temp_store": 2,  # MEMORY
        "cipher_log_level": "NONE",
    }
    connections = [store.engine.connect() for _ in range(3)]
    try:
        raw_ids = {id(c.connection.dbapi_connection) for c in connections}
        assert len(raw_ids) == 3, "three distinct database connections"
        for connection in connections:
            for pragma, value in expected.items():
                got = connection.execute(text(f"PRAGMA {pragma}")).scalar()
                assert got == value, (pragma, got)
    finally:
        for connection in connections:
            connection.close()


def test_driver_errors_surface_as_sqlalchemy_errors(store: OpenStore) -> None:
    """Services catch DBAPIError: sqlcipher3's errors must be wrapped, not escape raw."""
    with store.engine.connect() as connection, pytest.raises(DBAPIError) as caught:
        connection.execute(text("SELECT * FROM no_such_table"))
    assert isinstance(caught.value.orig, sqlcipher3.OperationalError)


def test_utc_datetime_refuses_naive_and_keeps_aware(store: OpenStore) -> None:
    column = UtcDateTime()
    with pytest.raises(ValueError):
        column.process_bind_param(datetime(2026, 1, 2, 3, 4, 5), None)  # type: ignore[arg-type]
    with Session(store.engine) as session:
        session.add(Draft(form="naive", payload="{}", saved_at=datetime(2026, 1, 2, 3, 4)))
        with pytest.raises(StatementError) as caught:
            session.commit()
        assert isinstance(caught.value.orig, ValueError)
        session.rollback()

    bogota = timezone(timedelta(hours=-5))
    moment = datetime(2026, 11, 28, 9, 30, 15, 123456, tzinfo=bogota)
    with Session(store.engine) as session:
        session.add(Draft(form="aware", payload="{}", saved_at=moment))
        session.commit()
    with Session(store.engine) as session:
        loaded = session.exec(select(Draft).where(Draft.form == "aware")).one()
        assert loaded.saved_at == moment
        assert loaded.saved_at.tzinfo is not None
        assert loaded.saved_at.utcoffset() == timedelta(0)
        assert loaded.saved_at == datetime(2026, 11, 28, 14, 30, 15, 123456, tzinfo=UTC)
        stored = session.connection().execute(
            text("SELECT saved_at FROM draft WHERE form = 'aware'")
        )
        assert stored.scalar() == "2026-11-28T14:30:15.123456+00:00"
    assert column.process_bind_param(None, None) is None  # type: ignore[arg-type]
    assert column.process_result_value(None, None) is None  # type: ignore[arg-type]
