"""Opening a store with the passphrase, the recovery key or the keychain, and locking it again."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from vomdesk.domain.audit import AuditAction, RecordKind
from vomdesk.domain.recovery_key import RecoveryKeyError, recovery_key_secret
from vomdesk.security import keyslots, os_keyring
from vomdesk.security.kdf import Argon2Params
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore, translate_disk_error, unit_of_work
from vomdesk.services.passphrases import require_strong_passphrase
from vomdesk.store import migrate, repository
from vomdesk.store.backup import encrypted_copy
from vomdesk.store.engine import WrongDatabaseKey, open_engine
from vomdesk.store.files import UPGRADE_COPY_PREFIX, FolderState, StoreFiles

log = logging.getLogger(__name__)


def read_key_file(files: StoreFiles) -> keyslots.KeySlots:
    """The key file of a complete store; every other folder state is a clear error."""
    state = files.state()
    if state is FolderState.EMPTY:
        raise errors.NoStoreYet()
    if state is FolderState.DATABASE_WITHOUT_KEYS:
        raise errors.KeyFileMissing()
    if state is FolderState.KEYS_WITHOUT_DATABASE:
        raise errors.DatabaseMissing()
    try:
        return keyslots.KeySlots.load(files.key_file)
    except keyslots.KeyFileTooNew as error:
        raise errors.StoreTooNew() from error
    except keyslots.KeyFileDamaged as error:
        raise errors.KeyFileDamaged() from error
    except OSError as error:
        raise translate_disk_error(error) or errors.KeyFileDamaged() from error


def open_with_data_key(files: StoreFiles, slots: keyslots.KeySlots, data_key: bytes) -> OpenStore:
    """Open the database with an unwrapped key, upgrade its schema if needed, and check its id."""
    key = bytearray(data_key)
    try:
        engine = open_engine(files.database, key)
    except WrongDatabaseKey as error:
        raise translate_disk_error(error.__cause__ or error) or errors.StoreMismatch() from error
    store = OpenStore(files=files, engine=engine, slots=slots, data_key=key)
    try:
        migrate.pending_upgrade(engine)

        def backup(revision: str) -> Path:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            target = files.backups / f"{UPGRADE_COPY_PREFIX}{revision}-{stamp}.db"
            encrypted_copy(engine, target, data_key)
            slots.save(target.with_suffix(".keys"))
            return target

        if migrate.upgrade_store(engine, backup=backup):
            with unit_of_work(store) as work:
                work.audit(AuditAction.STORE_MIGRATED, RecordKind.STORE, slots.store_id)
        with unit_of_work(store) as work:
            info = repository.get_store_info(session=work.session)
        if info is None or info.store_id != slots.store_id:
            raise errors.StoreMismatch()
    except migrate.StoreTooNew as error:
        store.close()
        raise errors.StoreTooNew() from error
    except (errors.StoreProblem, DBAPIError, OSError) as error:
        store.close()
        if isinstance(error, errors.StoreProblem):
            raise
        raise translate_disk_error(error) or errors.StoreMismatch() from error
    return store


@dataclass
class Unlocker:
    """Unlocks one data folder; counts failed attempts in memory until the next success."""

    folder: Path
    failed_attempts: int = 0
    keychain_allowed: bool = True
    _last_error: str = field(default="", repr=False)

    @property
    def files(self) -> StoreFiles:
        return StoreFiles(self.folder)

    def _succeeded(self, store: OpenStore, action: AuditAction) -> OpenStore:
        detail = f"{self.failed_attempts} failed attempts before" if self.failed_attempts else None
        try:
            with unit_of_work(store) as work:
                work.audit(action, RecordKind.STORE, store.store_id, detail=detail)
        except BaseException:
            store.close()  # an unlock that cannot be recorded leaves no key in memory
            raise
        self.failed_attempts = 0
        return store

    def with_passphrase(self, passphrase: str) -> OpenStore:
        slots = read_key_file(self.files)
        try:
            data_key = slots.open_with_passphrase(passphrase)
        except keyslots.WrongSecret as error:
            self.failed_attempts += 1
            raise errors.WrongPassphrase() from error
        except keyslots.KeySlotError as error:
            raise errors.KeyFileDamaged() from error
        return self._succeeded(
            open_with_data_key(self.files, slots, data_key), AuditAction.UNLOCKED
        )

    def with_recovery_key(
        self, typed_key: str, new_passphrase: str, params: Argon2Params, *, allow_weak: bool = False
    ) -> OpenStore:
        """Open with the recovery key and set a new passphrase in the same step."""
        try:
            secret = recovery_key_secret(typed_key)
        except RecoveryKeyError as error:
            raise errors.RecoveryKeyMistyped() from error
        slots = read_key_file(self.files)
        try:
            data_key = slots.open_with_recovery_secret(secret)
        except keyslots.WrongSecret as error:
            self.failed_attempts += 1
            raise errors.WrongRecoveryKey() from error
        except keyslots.KeySlotError as error:
            raise errors.KeyFileDamaged() from error
        require_strong_passphrase(new_passphrase)
        store = open_with_data_key(self.files, slots, data_key)
        try:
            new_slots = slots.with_passphrase(
                data_key, new_passphrase, params, allow_weak=allow_weak
            )
            new_slots.save(self.files.key_file)
        except OSError as error:
            store.close()
            raise translate_disk_error(error) or errors.FolderNotWritable() from error
        store.slots = new_slots
        try:
            with unit_of_work(store) as work:
                work.audit(AuditAction.PASSPHRASE_CHANGED, RecordKind.STORE, store.store_id)
        except BaseException:
            store.close()
            raise
        return self._succeeded(store, AuditAction.UNLOCKED_WITH_RECOVERY_KEY)

    def with_keychain(self) -> OpenStore | None:
        """Open without a passphrase through the keychain, if allowed and possible; else None."""
        if not self.keychain_allowed or self.files.state() is not FolderState.READY:
            return None
        slots = read_key_file(self.files)
        if not slots.has(keyslots.KEYCHAIN):
            return None
        secret = os_keyring.load_secret(slots.store_id)
        if secret is None:
            return None
        try:
            data_key = slots.open_with_keychain_secret(secret)
        except keyslots.KeySlotError:
            log.warning("the keychain entry does not open this store; asking for the passphrase")
            return None
        return self._succeeded(
            open_with_data_key(self.files, slots, data_key), AuditAction.UNLOCKED
        )

    def lock(self, store: OpenStore) -> None:
        """Record the lock, close the store and require a passphrase until the app restarts."""
        if store.is_open:
            try:
                with unit_of_work(store) as work:
                    work.audit(AuditAction.LOCKED, RecordKind.STORE, store.store_id)
            except Exception:  # the store must close whatever happens to the audit write
                log.warning("the lock could not be recorded in the audit trail")
            finally:
                store.close()
        self.keychain_allowed = False
