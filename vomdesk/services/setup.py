"""Creating a new store: data key, key slots, schema and first settings, all or nothing."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

from vomdesk import __version__
from vomdesk.domain.audit import AuditAction, RecordKind
from vomdesk.domain.recovery_key import RecoveryKeyError, recovery_key_secret
from vomdesk.safe_save import sync_folder
from vomdesk.security import keyslots, os_keyring
from vomdesk.security.kdf import Argon2Params
from vomdesk.services import errors
from vomdesk.services.keychain import add_keychain_slot
from vomdesk.services.open_store import OpenStore, translate_disk_error, unit_of_work
from vomdesk.services.passphrases import require_strong_passphrase
from vomdesk.services.settings import check_settings
from vomdesk.services.unlock import open_with_data_key
from vomdesk.store import migrate, repository
from vomdesk.store.engine import open_engine
from vomdesk.store.files import FolderState, StoreFiles

log = logging.getLogger(__name__)


def create_store(
    folder: Path,
    *,
    passphrase: str,
    recovery_key: str,
    settings: dict[str, Any],
    params: Argon2Params,
    use_keychain: bool = False,
    allow_weak_kdf: bool = False,
    store_id: str | None = None,
) -> tuple[OpenStore, bool]:
    """Create a store in an empty ``folder``; returns it open, and whether the keychain slot exists.

    The database is built in a hidden folder first and moved into place after the key file,
    so a crash half-way leaves either nothing or a complete store.
    """
    files = StoreFiles(Path(folder))
    if files.state() is not FolderState.EMPTY:
        raise errors.StoreExists()
    personal = [str(v) for v in settings.values() if isinstance(v, str)]
    require_strong_passphrase(passphrase, personal)
    problems = check_settings(settings)
    if problems:
        raise errors.InvalidSettings(problems)
    try:
        secret = recovery_key_secret(recovery_key)
    except RecoveryKeyError as error:
        raise errors.RecoveryKeyMistyped() from error

    data_key = keyslots.new_data_key()
    store_id = store_id or uuid.uuid4().hex
    slots = keyslots.KeySlots(store_id=store_id)
    slots = slots.with_passphrase(data_key, passphrase, params, allow_weak=allow_weak_kdf)
    slots = slots.with_recovery_secret(data_key, secret)
    keychain_added = False
    if use_keychain:
        try:
            slots = add_keychain_slot(slots, data_key)
            keychain_added = True
        except os_keyring.KeychainUnavailable:
            log.warning("the keychain refused the secret; the store opens with the passphrase")

    try:
        files.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=".creating-", dir=files.folder))
    except OSError as error:
        raise translate_disk_error(error) or errors.FolderNotWritable() from error
    try:
        _build_database(building / files.database.name, data_key, store_id, settings)
        slots.save(files.key_file)
        os.replace(building / files.database.name, files.database)
        sync_folder(files.folder)
    except BaseException as error:
        with contextlib.suppress(OSError):
            if not files.database.exists():
                files.key_file.unlink(missing_ok=True)
        if keychain_added:
            os_keyring.delete_secret(store_id)
        problem = translate_disk_error(error)
        if problem is not None:
            raise problem from error
        raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return open_with_data_key(files, slots, data_key), keychain_added


def _build_database(path: Path, data_key: bytes, store_id: str, settings: dict[str, Any]) -> None:
    data = bytearray(data_key)
    engine = open_engine(path, data, create=True)
    store = OpenStore(
        files=StoreFiles(path.parent),
        engine=engine,
        slots=keyslots.KeySlots(store_id),
        data_key=data,
    )
    try:
        migrate.upgrade_store(engine)
        with unit_of_work(store) as work:
            repository.add_store_info(session=work.session, store_id=store_id, version=__version__)
            for key, value in settings.items():
                repository.put_setting_value(session=work.session, key=key, value=value)
            work.audit(AuditAction.STORE_CREATED, RecordKind.STORE, store_id)
            if settings:
                work.audit(AuditAction.UPDATE, RecordKind.SETTING, "program", fields=list(settings))
    finally:
        store.close()  # checkpoints the write-ahead log into the file before it is moved
    os.chmod(path, 0o600)  # SQLite gives its -wal and -shm files the database's own mode
