"""Where a store's files live in its data folder, and what state the folder is in."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

DATABASE_NAME = "vomdesk.db"
KEY_FILE_NAME = "vomdesk.keys"
UPGRADE_COPY_PREFIX = "before-upgrade-"  # backups/ copy made before a schema upgrade


class FolderState(Enum):
    """What a data folder holds."""

    EMPTY = "empty"  # no store yet: the set-up wizard runs
    READY = "ready"  # database and key file both there
    DATABASE_WITHOUT_KEYS = "database_without_keys"
    KEYS_WITHOUT_DATABASE = "keys_without_database"


@dataclass(frozen=True)
class StoreFiles:
    """The files of one store inside its data folder."""

    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        return self.folder / KEY_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    def sidecars(self) -> list[Path]:
        """The database's write-ahead log and shared-memory files."""
        return [self.folder / f"{DATABASE_NAME}-wal", self.folder / f"{DATABASE_NAME}-shm"]

    def state(self) -> FolderState:
        has_db, has_keys = self.database.exists(), self.key_file.exists()
        if has_db and has_keys:
            return FolderState.READY
        if has_db:
            return FolderState.DATABASE_WITHOUT_KEYS
        if has_keys:
            return FolderState.KEYS_WITHOUT_DATABASE
        return FolderState.EMPTY
