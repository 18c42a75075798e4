"""Migrations (empty store, too-new store, upgrade with a copy first) and encrypted copies."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from alembic.config import Config
from sqlalchemy import Engine, inspect, text
from sqlmodel import Session, SQLModel, func, select

from vomdesk.domain.audit import AuditAction
from vomdesk.security import keyslots
from vomdesk.services import errors
from vomdesk.services.drafts import draft_of, keep_draft
from vomdesk.services.open_store import OpenStore
from vomdesk.services.settings import read_settings
from vomdesk.services.unlock import Unlocker
from vomdesk.store import migrate, repository
from vomdesk.store.backup import encrypted_copy
from vomdesk.store.engine import WrongDatabaseKey, open_engine
from vomdesk.store.models import AuditEntry, Draft

PASSPHRASE = "river kettle maple lantern"  # the conftest `store` fixture's passphrase

PROBE_REVISION = '''"""test only: a second revision that adds one table

Revision ID: 0002_probe
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_probe"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("upgrade_probe")
'''


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative name -> SHA-256), so additions show up too."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _tables(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def _revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return migrate.current_revision(connection)


@pytest.fixture
def empty_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_engine(tmp_path / "fresh.db", keyslots.new_data_key(), create=True)
    yield engine
    engine.dispose()


def test_migration_from_empty_creates_every_table_and_records_head(empty_engine: Engine) -> None:
    assert _revision(empty_engine) is None
    assert _tables(empty_engine) == set()
    assert migrate.upgrade_store(empty_engine) is True
    expected = set(SQLModel.metadata.tables)
    assert {"store_info", "audit_entry", "draft", "setting_value"} <= expected
    # The search index is an FTS5 table made by hand in the migration, with its shadow tables.
    search = {"case_search"} | {
        f"case_search_{part}" for part in ("data", "idx", "content", "docsize", "config")
    }
    assert _tables(empty_engine) == expected | {"alembic_version"} | search
    with empty_engine.connect() as connection:
        inspector = inspect(connection)
        for name, table in SQLModel.metadata.tables.items():
            columns = {c["name"] for c in inspector.get_columns(name)}
            assert columns == {c.name for c in table.columns}, name
    assert _revision(empty_engine) == migrate.head_revision()
    assert migrate.upgrade_store(empty_engine) is False  # nothing left to do


def test_a_store_from_a_newer_version_is_refused_and_left_untouched(
    store: OpenStore, data_folder: Path
) -> None:
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    before = _snapshot(data_folder)
    assert set(before) == {"vomdesk.db", "vomdesk.keys"}

    unlocker = Unlocker(data_folder)
    with pytest.raises(errors.StoreTooNew):
        unlocker.with_passphrase(PASSPHRASE)
    assert _snapshot(data_folder) == before

    data_key = keyslots.KeySlots.load(data_folder / "vomdesk.keys").open_with_passphrase(PASSPHRASE)
    engine = open_engine(data_folder / "vomdesk.db", data_key)
    try:
        copies: list[str] = []
        with pytest.raises(migrate.StoreTooNew):
            migrate.upgrade_store(engine, backup=lambda rev: copies.append(rev) or Path())
        assert copies == []
    finally:
        engine.dispose()
    assert _snapshot(data_folder) == before


@pytest.fixture
def two_revisions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The shipped migrations plus a test-only second revision, in a temporary script folder.

    vomdesk has a single revision so far, so no real "older" store exists. Rather than fake
    the alembic_version table, the real store is created at the shipped head (0001) and then
    this version of vomdesk is made to know one more revision: exactly the situation of a user
    who installs an update. migrate._config is the one place that names the script folder.
    """
    head = migrate.head_revision()
    source = Path(migrate._config().get_main_option("script_location") or "")
    location = tmp_path / "migrations"
    shutil.copytree(source, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "0002_probe.py").write_text(
        PROBE_REVISION.format(down=head), encoding="utf-8"
    )

    def config() -> Config:
        result = Config()
        result.set_main_option("script_location", str(location))
        return result

    monkeypatch.setattr(migrate, "_config", config)
    assert migrate.head_revision() == "0002_probe"
    return head


def test_an_older_store_is_copied_encrypted_before_the_upgrade(
    store: OpenStore, data_folder: Path, two_revisions: str
) -> None:
    keep_draft(store, "case.intake", {"notes": "kept before the upgrade"})
    settings_before = read_settings(store)
    data_key = store.key_bytes()
    key_file = (data_folder / "vomdesk.keys").read_bytes()
    store.close()
    assert not (data_folder / "backups").exists()

    upgraded = Unlocker(data_folder).with_passphrase(PASSPHRASE)
    try:
        assert _revision(upgraded.engine) == "0002_probe"
        assert "upgrade_probe" in _tables(upgraded.engine)
        assert read_settings(upgraded) == settings_before
        assert draft_of(upgraded, "case.intake") is not None
        with Session(upgraded.engine) as session:
            actions = [e.action for e in repository.list_audit_entries(session=session)]
        assert AuditAction.STORE_MIGRATED.value in actions
    finally:
        upgraded.close()

    copies = sorted((data_folder / "backups").iterdir())
    names = [p.name for p in copies]
    assert len(copies) == 2, names
    copy_db = next(p for p in copies if p.suffix == ".db")
    assert copy_db.name.startswith(f"before-upgrade-{two_revisions}-")
    assert copy_db.with_suffix(".keys").read_bytes() == key_file
    assert not copy_db.read_bytes().startswith(b"SQLite format 3\x00")

    # the copy is the store as it was: old revision, no new table, same rows
    copy_engine = open_engine(copy_db, data_key)
    try:
        assert _revision(copy_engine) == two_revisions
        assert "upgrade_probe" not in _tables(copy_engine)
        with Session(copy_engine) as session:
            assert repository.get_draft(session=session, form="case.intake") is not None
            assert repository.get_store_info(session=session) is not None
    finally:
        copy_engine.dispose()
    with pytest.raises(WrongDatabaseKey):
        open_engine(copy_db, keyslots.new_data_key())


def test_a_failed_copy_stops_the_upgrade(
    store: OpenStore, data_folder: Path, two_revisions: str
) -> None:
    def failing_backup(revision: str) -> Path:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        migrate.upgrade_store(store.engine, backup=failing_backup)
    assert _revision(store.engine) == two_revisions
    assert "upgrade_probe" not in _tables(store.engine)


def _rows(engine: Engine) -> tuple[object, ...]:
    with Session(engine) as session:
        info = repository.get_store_info(session=session)
        assert info is not None
        return (
            info.store_id,
            repository.get_setting_values(session=session),
            [(d.form, d.payload) for d in session.exec(select(Draft).order_by(Draft.form))],
            session.exec(select(func.count()).select_from(AuditEntry)).one(),
        )


def test_encrypted_copy_opens_with_the_same_key_and_holds_the_same_rows(
    store: OpenStore, tmp_path: Path
) -> None:
    for n in range(5):
        keep_draft(store, f"form-{n}", {"text": f"draft number {n} ñ"})
    target = tmp_path / "copies" / "copy.db"
    assert encrypted_copy(store.engine, target, store.key_bytes()) == target
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.db"]  # no partial file

    copy_engine = open_engine(target, store.key_bytes())
    try:
        assert _rows(copy_engine) == _rows(store.engine)
        assert len(_rows(copy_engine)[2]) == 5  # type: ignore[arg-type]
    finally:
        copy_engine.dispose()

    for module in (sqlcipher3, sqlite3):
        connection = module.connect(str(target))
        try:
            with pytest.raises(module.DatabaseError):
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    with pytest.raises(WrongDatabaseKey):
        open_engine(target, keyslots.new_data_key())
