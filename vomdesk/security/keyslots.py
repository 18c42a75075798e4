"""Key slots: the data key wrapped with AES-GCM by a passphrase, a recovery key or the keychain."""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vomdesk.safe_save import write_file_safely
from vomdesk.security.kdf import Argon2Params, check_params, derive_key

FORMAT = "vomdesk key slots"
VERSION = 1
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
KEYCHAIN = "keychain"
DATA_KEY_BYTES = 32


class KeySlotError(Exception):
    """Base of the key-slot errors; the message is for the mediator."""


class KeyFileDamaged(KeySlotError):
    """The key file cannot be read: damaged, cut short or not a vomdesk key file."""


class KeyFileTooNew(KeySlotError):
    """The key file was written by a newer vomdesk."""


class WrongSecret(KeySlotError):
    """The passphrase, recovery key or keychain secret does not open this slot."""


class SlotMissing(KeySlotError):
    """The store has no slot of this kind."""


def new_data_key() -> bytes:
    """A fresh random 256-bit data key: made once per store, never regenerated."""
    return os.urandom(DATA_KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise KeyFileDamaged("a key slot field is missing")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise KeyFileDamaged("a key slot field is damaged") from error


def _recovery_wrapping_key(secret: bytes, salt: bytes) -> bytes:
    """The recovery key holds 140 random bits, so a plain HKDF is enough to stretch it."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"vomdesk recovery").derive(
        secret
    )


@dataclass(frozen=True)
class KeySlots:
    """The contents of the key file: the store's identity and its wrapped copies of the data key."""

    store_id: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)

    # --- reading and writing the file -------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeySlots:
        """Read and check a key file; raises KeyFileDamaged or KeyFileTooNew."""
        try:
            document = json.loads(Path(path).read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise KeyFileDamaged("the key file is damaged") from error
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise KeyFileDamaged("this is not a vomdesk key file")
        version = document.get("version")
        if not isinstance(version, int):
            raise KeyFileDamaged("the key file has no version")
        if version > VERSION:
            raise KeyFileTooNew("the key file was written by a newer version of vomdesk")
        store_id, slots = document.get("store_id"), document.get("slots")
        if not isinstance(store_id, str) or not isinstance(slots, dict) or not slots:
            raise KeyFileDamaged("the key file is incomplete")
        if not all(isinstance(v, dict) for v in slots.values()):
            raise KeyFileDamaged("the key file is incomplete")
        return cls(store_id=store_id, slots=dict(slots))

    def to_bytes(self) -> bytes:
        document: dict[str, Any] = {
            "format": FORMAT, "version": VERSION, "store_id": self.store_id, "slots": self.slots,
        }  # fmt: skip
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def save(self, path: Path) -> None:
        """Write the key file safely (temporary file, fsync, replace)."""
        write_file_safely(path, self.to_bytes())

    # --- wrapping -----------------------------------------------------------------------------
    def _aad(self, kind: str) -> bytes:
        return f"vomdesk:{self.store_id}:{kind}".encode()

    def _wrapped(self, kind: str, wrapping_key: bytes, data_key: bytes) -> dict[str, Any]:
        nonce = os.urandom(12)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, self._aad(kind))
        return {"nonce": _b64(nonce), "wrapped": _b64(wrapped)}

    def _unwrap(self, kind: str, wrapping_key: bytes) -> bytes:
        slot = self.slot(kind)
        try:
            data_key = AESGCM(wrapping_key).decrypt(
                _unb64(slot.get("nonce")), _unb64(slot.get("wrapped")), self._aad(kind)
            )
        except InvalidTag as error:
            raise WrongSecret(kind) from error
        except ValueError as error:  # a nonce of the wrong length: the file was altered
            raise KeyFileDamaged("the key file is damaged") from error
        if len(data_key) != DATA_KEY_BYTES:
            raise KeyFileDamaged("the key file is damaged")
        return data_key

    def slot(self, kind: str) -> dict[str, Any]:
        if kind not in self.slots:
            raise SlotMissing(kind)
        return self.slots[kind]

    def has(self, kind: str) -> bool:
        return kind in self.slots

    def with_slot(self, kind: str, slot: dict[str, Any] | None) -> KeySlots:
        """A copy with the slot of ``kind`` replaced (or removed when ``slot`` is None)."""
        slots = {k: v for k, v in self.slots.items() if k != kind}
        if slot is not None:
            slots[kind] = slot
        return KeySlots(store_id=self.store_id, slots=slots)

    # --- the three kinds of slot ----------------------------------------------------------
    def with_passphrase(
        self, data_key: bytes, passphrase: str, params: Argon2Params, *, allow_weak: bool = False
    ) -> KeySlots:
        check_params(params, allow_weak=allow_weak)
        salt = os.urandom(16)
        wrapping_key = derive_key(passphrase.encode("utf-8"), salt, params)
        slot = {"kdf": "argon2id", "params": params.to_json(), "salt": _b64(salt)}
        slot.update(self._wrapped(PASSPHRASE, wrapping_key, data_key))
        return self.with_slot(PASSPHRASE, slot)

    def open_with_passphrase(self, passphrase: str) -> bytes:
        slot = self.slot(PASSPHRASE)
        if slot.get("kdf") != "argon2id" or not isinstance(slot.get("params"), dict):
            raise KeyFileDamaged("the passphrase slot is damaged")
        try:
            params = Argon2Params.from_json(slot["params"])
        except (KeyError, ValueError) as error:
            raise KeyFileDamaged("the passphrase slot is damaged") from error
        salt = _unb64(slot.get("salt"))
        try:
            wrapping_key = derive_key(passphrase.encode("utf-8"), salt, params)
        except ValueError as error:  # a salt or cost that Argon2id refuses: the file was altered
            raise KeyFileDamaged("the passphrase slot is damaged") from error
        return self._unwrap(PASSPHRASE, wrapping_key)

    def passphrase_params(self) -> Argon2Params:
        return Argon2Params.from_json(self.slot(PASSPHRASE)["params"])

    def with_recovery_secret(self, data_key: bytes, secret: bytes) -> KeySlots:
        salt = os.urandom(16)
        slot = {"kdf": "hkdf-sha256", "salt": _b64(salt)}
        slot.update(self._wrapped(RECOVERY, _recovery_wrapping_key(secret, salt), data_key))
        return self.with_slot(RECOVERY, slot)

    def open_with_recovery_secret(self, secret: bytes) -> bytes:
        salt = _unb64(self.slot(RECOVERY).get("salt"))
        return self._unwrap(RECOVERY, _recovery_wrapping_key(secret, salt))

    def with_keychain_secret(self, data_key: bytes, secret: bytes) -> KeySlots:
        slot = {"secret_in": "os keychain"}
        slot.update(self._wrapped(KEYCHAIN, secret, data_key))
        return self.with_slot(KEYCHAIN, slot)

    def open_with_keychain_secret(self, secret: bytes) -> bytes:
        if len(secret) != 32:
            raise WrongSecret(KEYCHAIN)
        return self._unwrap(KEYCHAIN, secret)
