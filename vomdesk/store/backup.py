"""Encrypted copies of the store, made through SQLCipher, never by copying the live file."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import Engine

from vomdesk.safe_save import sync_folder
from vomdesk.store.engine import key_pragma


def encrypted_copy(engine: Engine, target: Path, data_key: bytes) -> Path:
    """Export the whole store into a new encrypted file at ``target`` (written safely)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    key_literal = key_pragma(data_key).split("=", 1)[1].strip()
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"ATTACH DATABASE ? AS backup_copy KEY {key_literal}", (str(partial),))
        try:
            cursor.execute("SELECT sqlcipher_export('backup_copy')")
        finally:
            cursor.execute("DETACH DATABASE backup_copy")
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    finally:
        raw.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    sync_folder(target.parent)
    return target
