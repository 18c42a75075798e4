"""Bring a store's schema up to date (after an encrypted copy), or refuse a newer store."""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)


class StoreTooNew(Exception):
    """The store was written by a newer vomdesk; it is left untouched."""


def _config() -> Config:
    config = Config()
    location = resources.files("vomdesk.store") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    """The newest schema revision this version of vomdesk knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def current_revision(connection: Connection) -> str | None:
    """The schema revision recorded in the store (None for a brand-new, empty store)."""
    return MigrationContext.configure(connection).get_current_revision()


def pending_upgrade(engine: Engine) -> tuple[str | None, str]:
    """(current, head); raises StoreTooNew when the store's revision is unknown to this version."""
    with engine.connect() as connection:
        current = current_revision(connection)
    script = ScriptDirectory.from_config(_config())
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as error:  # alembic raises several kinds for an unknown revision
            raise StoreTooNew(current) from error
    return current, head_revision()


def upgrade_store(engine: Engine, *, backup: Callable[[str], Path] | None = None) -> bool:
    """Upgrade to the newest schema; returns True when anything changed.

    For an existing store, ``backup(current_revision)`` makes an encrypted copy first.
    """
    current, head = pending_upgrade(engine)
    if current == head:
        return False
    if current is not None and backup is not None:
        copy = backup(current)
        log.info("store copied before upgrading from %s", current)
        del copy
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
