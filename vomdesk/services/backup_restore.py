"""Looking into a backup, checking it and restoring it into a new, empty data folder."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from vomdesk.domain.recovery_key import RecoveryKeyError, recovery_key_secret
from vomdesk.safe_save import sync_folder
from vomdesk.security import keyslots
from vomdesk.services import errors
from vomdesk.services.backups import count_cases, made_at_of
from vomdesk.services.open_store import translate_disk_error
from vomdesk.services.unlock import open_with_data_key
from vomdesk.store.backup import connection_digest, integrity_problems, open_read_only
from vomdesk.store.engine import WrongDatabaseKey
from vomdesk.store.files import DATABASE_NAME, KEY_FILE_NAME, StoreFiles


@dataclass(frozen=True)
class BackupFiles:
    """A backup's encrypted database and the key slots file that opens it."""

    database: Path
    key_file: Path

    @classmethod
    def at(cls, path: Path) -> BackupFiles:
        """The backup in a folder, or the one whose database file is named (keys beside it)."""
        path = Path(path)
        if path.is_dir():
            found = cls(path / DATABASE_NAME, path / KEY_FILE_NAME)
        elif path.name == DATABASE_NAME:
            found = cls(path, path.with_name(KEY_FILE_NAME))
        else:  # a copy made before a schema upgrade: NAME.db with NAME.keys
            found = cls(path, path.with_suffix(".keys"))
        if not (found.database.is_file() and found.key_file.is_file()):
            raise errors.BackupNotFound()
        return found


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, shown before it is restored."""

    folder: Path
    made_at: datetime | None
    cases: int
    store_id: str
    size: int
    digest: str


def _data_key(
    files: BackupFiles, passphrase: str | None, recovery_key: str | None
) -> tuple[keyslots.KeySlots, bytes]:
    try:
        slots = keyslots.KeySlots.load(files.key_file)
    except keyslots.KeyFileTooNew as error:
        raise errors.StoreTooNew() from error
    except (keyslots.KeySlotError, OSError) as error:
        raise errors.BackupDamaged() from error
    if recovery_key is not None and not slots.has(keyslots.RECOVERY):
        raise errors.BackupNeedsItsPassphrase()
    try:
        if recovery_key is not None:
            try:
                secret = recovery_key_secret(recovery_key)
            except RecoveryKeyError as error:
                raise errors.RecoveryKeyMistyped() from error
            try:
                return slots, slots.open_with_recovery_secret(secret)
            except keyslots.WrongSecret as error:
                raise errors.WrongRecoveryKey() from error
        if passphrase is None:
            raise ValueError("give the backup's passphrase or its recovery key")
        try:
            return slots, slots.open_with_passphrase(passphrase)
        except keyslots.WrongSecret as error:
            raise errors.WrongPassphrase() from error
    except keyslots.KeySlotError as error:  # a missing or altered slot
        raise errors.BackupDamaged() from error


@contextlib.contextmanager
def _opened(files: BackupFiles, data_key: bytes) -> Iterator[sqlcipher3.Connection]:
    """A read-only connection to the backup's database; a file that does not open is damaged."""
    try:
        connection = open_read_only(files.database, data_key)
    except WrongDatabaseKey as error:
        raise errors.BackupDamaged() from error
    try:
        yield connection
    finally:
        connection.close()


def _summary(
    files: BackupFiles, slots: keyslots.KeySlots, connection: sqlcipher3.Connection
) -> BackupSummary:
    try:
        row = connection.execute("SELECT store_id FROM store_info").fetchone()
        cases = count_cases(connection)
        digest = connection_digest(connection)
    except sqlcipher3.DatabaseError as error:
        raise errors.BackupDamaged() from error
    if row is None or row[0] != slots.store_id:
        raise errors.BackupDamaged()
    folder = files.database.parent
    made = made_at_of(folder)
    if made is None:
        made = datetime.fromtimestamp(files.database.stat().st_mtime).astimezone()
    size = files.database.stat().st_size + files.key_file.stat().st_size
    return BackupSummary(folder, made, cases, slots.store_id, size, digest)


def inspect_backup(
    path: Path, passphrase: str | None = None, recovery_key: str | None = None
) -> BackupSummary:
    """Open a backup read-only with its own key slots, check it and say what it holds.

    Nothing is written. A wrong passphrase raises WrongPassphrase; a cut-short or altered file
    raises BackupDamaged.
    """
    files = BackupFiles.at(path)
    return _inspect(files, *_data_key(files, passphrase, recovery_key))


def _inspect(files: BackupFiles, slots: keyslots.KeySlots, data_key: bytes) -> BackupSummary:
    with _opened(files, data_key) as connection:
        if integrity_problems(connection):
            raise errors.BackupDamaged()
        return _summary(files, slots, connection)


def check_backup(
    path: Path, passphrase: str | None = None, recovery_key: str | None = None
) -> list[str]:
    """What is wrong with a backup (integrity and cipher integrity); empty when it is sound."""
    files = BackupFiles.at(path)
    slots, data_key = _data_key(files, passphrase, recovery_key)
    try:
        connection = open_read_only(files.database, data_key)
    except WrongDatabaseKey as error:
        return [f"the backup's database does not open: {error}"]
    try:
        problems = integrity_problems(connection)
        if not problems:
            with contextlib.suppress(sqlcipher3.DatabaseError):
                row = connection.execute("SELECT store_id FROM store_info").fetchone()
                if row is None or row[0] != slots.store_id:
                    problems.append("the key file and the database are from different stores")
        return problems
    finally:
        connection.close()


def _copy_safely(source: Path, target: Path) -> None:
    """Copy a file to a temporary name beside ``target``, fsync it, then rename it into place."""
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _require_new_folder(folder: Path) -> bool:
    """Refuse a folder that holds anything; True when the folder had to be made."""
    if folder.exists():
        if not folder.is_dir() or any(folder.iterdir()):
            raise errors.RestoreTargetNotEmpty()
        return False
    return True


def restore_backup(
    backup: Path,
    new_data_folder: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> Path:
    """Restore a backup into a new, empty (or absent) data folder; never over a store.

    The backup is checked first, its database and key slots are copied safely, and the copy
    must open and hold the same content. Returns the new data folder, ready to unlock with
    the backup's passphrase or recovery kit.
    """
    target = Path(new_data_folder)
    made_here = _require_new_folder(target)
    files = BackupFiles.at(backup)
    slots, data_key = _data_key(files, passphrase, recovery_key)
    summary = _inspect(files, slots, data_key)
    restored = StoreFiles(target)
    try:
        target.mkdir(parents=True, exist_ok=True)
        _copy_safely(files.key_file, restored.key_file)
        _copy_safely(files.database, restored.database)
        sync_folder(target)
        with _opened(BackupFiles(restored.database, restored.key_file), data_key) as connection:
            if integrity_problems(connection) or connection_digest(connection) != summary.digest:
                raise errors.BackupNotVerified()
        open_with_data_key(restored, slots, data_key).close()  # opens as the app would
    except BaseException as error:
        _remove_restored(restored, made_here)
        if isinstance(error, OSError):
            raise translate_disk_error(error) or errors.FolderNotWritable() from error
        raise
    return target


def _remove_restored(files: StoreFiles, made_here: bool) -> None:
    """Undo a failed restore: the folder was empty before, so everything in it is ours."""
    if made_here:
        shutil.rmtree(files.folder, ignore_errors=True)
        return
    for path in list(files.folder.iterdir()) if files.folder.is_dir() else []:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink()
