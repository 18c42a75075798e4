"""What the audit trail records: kinds of action, never the values that were written."""

from __future__ import annotations

from enum import Enum


class AuditAction(Enum):
    """An action on a record, or on the store itself."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    STORE_CREATED = "store_created"
    STORE_MIGRATED = "store_migrated"
    UNLOCKED = "unlocked"
    UNLOCKED_WITH_RECOVERY_KEY = "unlocked_with_recovery_key"
    LOCKED = "locked"
    PASSPHRASE_CHANGED = "passphrase_changed"
    RECOVERY_KEY_REPLACED = "recovery_key_replaced"
    KEYCHAIN_ENABLED = "keychain_enabled"
    KEYCHAIN_DISABLED = "keychain_disabled"
    EXPORTED = "exported"  # a whole record left the store (read, but disclosed)
    BACKED_UP = "backed_up"  # an encrypted, verified copy of the whole store was written
    BACKUP_DELETED = "backup_deleted"  # an automatic backup removed by rotation
    SEALED = "sealed"  # a case hidden behind an explicit unseal
    UNSEALED = "unsealed"  # a seal lifted, with the reason
    PURGED = "purged"  # a case removed from every table; the entry keeps only its number


class RecordKind(Enum):
    """Which kind of record an audit entry is about."""

    STORE = "store"
    SETTING = "setting"
    DRAFT = "draft"
    BACKUP = "backup"
