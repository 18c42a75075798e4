"""Verified encrypted backups: to a folder, and automatic ones with their rotation."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlcipher3
from sqlalchemy.exc import DBAPIError
from sqlmodel import col, select

from vomdesk.domain.audit import AuditAction, RecordKind
from vomdesk.domain.backup_rotation import RotationPolicy, backups_to_keep
from vomdesk.domain.settings import (
    BACKUP_DAILY,
    BACKUP_MONTHLY,
    BACKUP_WEEKLY,
    MEDIATOR_NAME,
    PROGRAM_NAME,
)
from vomdesk.safe_save import sync_folder
from vomdesk.security import keyslots
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore, reading, translate_disk_error, unit_of_work
from vomdesk.services.passphrases import params_for_new_passphrase, require_strong_passphrase
from vomdesk.services.settings import read_settings
from vomdesk.store.backup import (
    connection_digest,
    export_with_digest,
    integrity_problems,
    open_read_only,
)
from vomdesk.store.engine import WrongDatabaseKey
from vomdesk.store.files import StoreFiles
from vomdesk.store.models import BackupRecord

AUTOMATIC = "automatic"
FOLDER = "folder"
BACKUP_PREFIX = "vomdesk-backup-"
PARTIAL_PREFIX = "." + BACKUP_PREFIX
NAME_FORMAT = "%Y%m%d-%H%M%S"
NAME_PATTERN = re.compile(r"^vomdesk-backup-(\d{8}-\d{6})(?:-\d+)?$")
DEFAULT_POLICY = RotationPolicy()


def backup_name(moment: datetime) -> str:
    """The folder name of a backup made at ``moment`` (local time, to the second)."""
    return BACKUP_PREFIX + moment.astimezone().strftime(NAME_FORMAT)


def made_at_of(folder: Path) -> datetime | None:
    """When a backup was made, read from its folder's name (local time); None if not a backup."""
    match = NAME_PATTERN.match(Path(folder).name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), NAME_FORMAT).astimezone()
    except ValueError:
        return None


def count_cases(connection: sqlcipher3.Connection) -> int:
    return int(connection.execute("SELECT count(*) FROM case_record").fetchone()[0])


def _free_folder(parent: Path, moment: datetime) -> Path:
    base = parent / backup_name(moment)
    candidate, number = base, 1
    while candidate.exists():
        number += 1
        candidate = base.with_name(f"{base.name}-{number}")
    return candidate


def backup_slots(slots: keyslots.KeySlots) -> keyslots.KeySlots:
    """The key slots a backup carries: passphrase and recovery, never this computer's keychain."""
    return slots.with_slot(keyslots.KEYCHAIN, None) if slots.has(keyslots.KEYCHAIN) else slots


def separate_slots(store: OpenStore, passphrase: str) -> keyslots.KeySlots:
    """Key slots holding only a passphrase slot made with a backup's own passphrase.

    The passphrase must meet the same rules as the store's; the data key is the same, wrapped
    anew, so neither the store's passphrase nor its recovery kit opens such a backup.
    """
    settings = read_settings(store)
    personal = [str(settings.get(s.key, "")) for s in (PROGRAM_NAME, MEDIATOR_NAME)]
    require_strong_passphrase(passphrase, personal)
    params, weak = params_for_new_passphrase()
    empty = keyslots.KeySlots(store_id=store.store_id)
    return empty.with_passphrase(store.key_bytes(), passphrase, params, allow_weak=weak)


def _verify(
    store: OpenStore,
    files: StoreFiles,
    slots: keyslots.KeySlots,
    source: str,
    passphrase: str | None = None,
) -> int:
    """Open the written copy, check it, compare its digest; returns its number of cases."""
    try:
        written = keyslots.KeySlots.load(files.key_file)
        if written != slots:
            raise errors.BackupNotVerified()
        if passphrase is not None and written.open_with_passphrase(passphrase) != store.key_bytes():
            raise errors.BackupNotVerified()
        connection = open_read_only(files.database, store.key_bytes())
    except (keyslots.KeySlotError, WrongDatabaseKey) as error:
        raise errors.BackupNotVerified() from error
    try:
        if integrity_problems(connection):
            raise errors.BackupNotVerified()
        digest = connection_digest(connection)
        store_id = connection.execute("SELECT store_id FROM store_info").fetchone()
        cases = count_cases(connection)
    except sqlcipher3.DatabaseError as error:
        raise errors.BackupNotVerified() from error
    finally:
        connection.close()
    if store_id is None or store_id[0] != slots.store_id:
        raise errors.BackupNotVerified()
    if digest != source:  # the source's digest was read in the export's own transaction
        raise errors.BackupNotVerified()
    return cases


def _write_verified(
    store: OpenStore, target_folder: Path, now: datetime, passphrase: str | None = None
) -> tuple[Path, str, int]:
    """Write a backup folder beside ``target_folder``'s others, verify it, then give it its name."""
    slots = backup_slots(store.slots) if passphrase is None else separate_slots(store, passphrase)
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _target_problem(error) from error
    try:  # a name of its own (0700): two backups at once never share a half-written folder
        partial = Path(
            tempfile.mkdtemp(prefix=PARTIAL_PREFIX, suffix=".partial", dir=target_folder)
        )
    except OSError as error:
        raise _target_problem(error) from error
    try:
        files = StoreFiles(partial)
        source = export_with_digest(store.engine, files.database, store.key_bytes())
        slots.save(files.key_file)
        cases = _verify(store, files, slots, source, passphrase)
        final = _free_folder(target_folder, now)  # chosen last: another backup may have finished
        os.rename(partial, final)
        sync_folder(target_folder)
    except errors.StoreProblem:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    except (OSError, DBAPIError, sqlcipher3.Error) as error:
        shutil.rmtree(partial, ignore_errors=True)
        raise _target_problem(error) from error
    return final, source, cases


def _target_problem(error: BaseException) -> errors.StoreProblem:
    """A failure to write the backup folder, in words about that folder (not the data folder)."""
    problem = translate_disk_error(error)
    if isinstance(problem, errors.DiskFull):
        return errors.BackupDiskFull()
    if isinstance(problem, errors.DiskTrouble):
        return errors.BackupDiskTrouble()
    if isinstance(problem, errors.FolderNotWritable) or isinstance(
        error, NotADirectoryError | FileExistsError
    ):
        return errors.BackupFolderNotWritable()
    return problem or errors.BackupNotVerified()


def make_backup(
    store: OpenStore,
    target_folder: Path,
    kind: str,
    *,
    now: datetime | None = None,
    backup_passphrase: str | None = None,
) -> BackupRecord:
    """Write ``vomdesk-backup-YYYYMMDD-HHMMSS/`` in ``target_folder``, verify it and log it.

    The folder holds an encrypted copy made through SQLCipher (never a copy of the live file)
    and the store's key slots, so the passphrase or the recovery kit opens it; with a
    ``backup_passphrase``, only that passphrase opens it (WeakPassphrase if it is too weak).
    A copy that does not verify is deleted and BackupNotVerified raised.
    """
    if kind not in (AUTOMATIC, FOLDER):
        raise ValueError(f"unknown kind of backup: {kind}")
    if not store.is_open:
        raise errors.StoreLocked()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    final, digest, cases = _write_verified(store, Path(target_folder), now, backup_passphrase)
    size = sum(path.stat().st_size for path in final.iterdir() if path.is_file())
    record = BackupRecord(
        made_at=now, kind=kind, location=str(final.resolve()), verified=True,
        digest=digest, cases=cases, size=size,
    )  # fmt: skip
    try:
        with unit_of_work(store) as work:
            work.session.add(record)
            work.session.flush()
            detail = kind if backup_passphrase is None else f"{kind}, own passphrase"
            work.audit(AuditAction.BACKED_UP, RecordKind.BACKUP, record.id, detail=detail)
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)  # a backup that is not in the log is not kept
        raise
    return record


def automatic_backups(store: OpenStore) -> dict[datetime, Path]:
    """The automatic backups in the data folder's ``backups/``, by when each was made."""
    found: dict[datetime, Path] = {}
    folder = store.files.backups
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        made = made_at_of(path)
        if made is None or not path.is_dir():
            continue
        while made in found:  # two made within one second ("…-2"): both are rotated
            made += timedelta(microseconds=1)
        found[made] = path
    return found


def remove_stale_partials(folder: Path, *, older_than: float = 3600) -> list[Path]:
    """Delete the half-written backups (``.….partial``) a crash or a kill left in ``folder``."""
    removed = []
    limit = time.time() - older_than
    for path in folder.glob(".*.partial") if folder.is_dir() else []:
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink()
                removed.append(path)
    return removed


def rotate_backups(
    store: OpenStore, today: date, policy: RotationPolicy = DEFAULT_POLICY
) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; returns what was deleted.

    Half-written backups a crash left behind (older than an hour) go too.
    """
    remove_stale_partials(store.files.backups)
    found = automatic_backups(store)
    keep = backups_to_keep(found, today, policy)
    deleted = [path for made, path in sorted(found.items()) if made not in keep]
    for path in deleted:
        shutil.rmtree(path, ignore_errors=True)
    if deleted:
        with contextlib.suppress(OSError):
            sync_folder(store.files.backups)
        with unit_of_work(store) as work:
            work.audit(
                AuditAction.BACKUP_DELETED, RecordKind.BACKUP,
                detail=f"{len(deleted)} automatic backups rotated out",
            )  # fmt: skip
    return deleted


def _last_automatic(store: OpenStore) -> BackupRecord | None:
    with reading(store) as session:
        statement = (
            select(BackupRecord)
            .where(BackupRecord.kind == AUTOMATIC, col(BackupRecord.verified).is_(True))
            .order_by(col(BackupRecord.made_at).desc())
        )
        return session.exec(statement).first()


def rotation_policy(store: OpenStore) -> RotationPolicy:
    """The program's rotation: how many daily, weekly and monthly backups to keep (settings)."""
    values = read_settings(store)
    return RotationPolicy(
        daily=int(values[BACKUP_DAILY.key]),
        weekly=int(values[BACKUP_WEEKLY.key]),
        monthly=int(values[BACKUP_MONTHLY.key]),
    )


def _automatic(
    store: OpenStore, now: datetime | None, policy: RotationPolicy | None
) -> BackupRecord:
    now = now or datetime.now(UTC)
    record = make_backup(store, store.files.backups, AUTOMATIC, now=now)
    rotate_backups(store, now.astimezone().date(), policy or rotation_policy(store))
    return record


def backup_if_due(
    store: OpenStore, *, now: datetime | None = None, policy: RotationPolicy | None = None
) -> BackupRecord | None:
    """The daily automatic backup: made unless one was already made today (local time).

    Rotated with ``policy``, by default the program's settings (rotation_policy).
    """
    moment = now or datetime.now(UTC)
    last = _last_automatic(store)
    if last is not None and last.made_at.astimezone().date() == moment.astimezone().date():
        return None
    return _automatic(store, moment, policy)


def backup_on_close(
    store: OpenStore, *, now: datetime | None = None, policy: RotationPolicy | None = None
) -> BackupRecord:
    """The automatic backup made when the app closes (before the store is locked)."""
    return _automatic(store, now, policy)
