"""Key slots: round trips, wrong secrets, AAD binding to store and kind, damaged key files."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest

from vomdesk.security import keyslots
from vomdesk.security.kdf import (
    CHEAP_TEST_PARAMS,
    MIN_MEMORY_KIB,
    Argon2Params,
    WeakKdfError,
    calibrate,
    check_params,
)
from vomdesk.security.keyslots import (
    KeyFileDamaged,
    KeyFileTooNew,
    KeySlots,
    SlotMissing,
    WrongSecret,
)

PASSPHRASE = "river kettle maple lantern"
RECOVERY_SECRET = b"0123456789ABCDEFGHJKMNPQRSTV"


def _full_slots(store_id: str, data_key: bytes, keychain_secret: bytes) -> KeySlots:
    slots = KeySlots(store_id=store_id)
    slots = slots.with_passphrase(data_key, PASSPHRASE, CHEAP_TEST_PARAMS, allow_weak=True)
    slots = slots.with_recovery_secret(data_key, RECOVERY_SECRET)
    return slots.with_keychain_secret(data_key, keychain_secret)


@pytest.fixture
def data_key() -> bytes:
    return keyslots.new_data_key()


def test_new_data_keys_are_random_256_bit(data_key: bytes) -> None:
    assert len(data_key) == 32
    assert keyslots.new_data_key() != data_key


def test_each_kind_of_slot_round_trips_through_the_file(tmp_path: Path, data_key: bytes) -> None:
    secret = os.urandom(32)
    slots = _full_slots("store-a", data_key, secret)
    path = tmp_path / "vomdesk.keys"
    slots.save(path)
    loaded = KeySlots.load(path)
    assert loaded.store_id == "store-a"
    assert loaded.open_with_passphrase(PASSPHRASE) == data_key
    assert loaded.open_with_recovery_secret(RECOVERY_SECRET) == data_key
    assert loaded.open_with_keychain_secret(secret) == data_key
    assert loaded.passphrase_params() == CHEAP_TEST_PARAMS
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    text = path.read_text(encoding="utf-8")
    assert data_key.hex() not in text
    assert base64.b64encode(data_key).decode() not in text
    assert PASSPHRASE not in text


def test_a_passphrase_with_accents_round_trips(data_key: bytes) -> None:
    slots = KeySlots("s").with_passphrase(
        data_key, "ñandú cigüeña", CHEAP_TEST_PARAMS, allow_weak=True
    )
    assert slots.open_with_passphrase("ñandú cigüeña") == data_key
    with pytest.raises(WrongSecret):
        slots.open_with_passphrase("nandu ciguena")


def test_wrong_secrets_raise_wrong_secret(data_key: bytes) -> None:
    slots = _full_slots("store-a", data_key, os.urandom(32))
    with pytest.raises(WrongSecret):
        slots.open_with_passphrase(PASSPHRASE + " ")
    with pytest.raises(WrongSecret):
        slots.open_with_recovery_secret(b"1" * 28)
    with pytest.raises(WrongSecret):
        slots.open_with_keychain_secret(os.urandom(32))
    with pytest.raises(WrongSecret):
        slots.open_with_keychain_secret(b"too short")


def test_missing_slot_and_removed_slot(data_key: bytes) -> None:
    slots = KeySlots("s").with_recovery_secret(data_key, RECOVERY_SECRET)
    with pytest.raises(SlotMissing):
        slots.open_with_passphrase(PASSPHRASE)
    full = _full_slots("s", data_key, os.urandom(32))
    without = full.with_slot(keyslots.KEYCHAIN, None)
    assert full.has(keyslots.KEYCHAIN)
    assert not without.has(keyslots.KEYCHAIN)
    with pytest.raises(SlotMissing):
        without.open_with_keychain_secret(os.urandom(32))


def test_a_slot_moved_to_another_store_does_not_open(data_key: bytes) -> None:
    """Same passphrase, same salt (it travels with the slot): only the AAD's store id differs."""
    store_a = _full_slots("store-a", data_key, b"k" * 32)
    store_b = _full_slots("store-b", keyslots.new_data_key(), b"k" * 32)
    for kind in (keyslots.PASSPHRASE, keyslots.RECOVERY, keyslots.KEYCHAIN):
        moved = store_b.with_slot(kind, store_a.slot(kind))
        with pytest.raises(WrongSecret):
            if kind == keyslots.PASSPHRASE:
                moved.open_with_passphrase(PASSPHRASE)
            elif kind == keyslots.RECOVERY:
                moved.open_with_recovery_secret(RECOVERY_SECRET)
            else:
                moved.open_with_keychain_secret(b"k" * 32)
    # the same slots still open in their own store
    assert store_a.open_with_passphrase(PASSPHRASE) == data_key
    assert store_a.open_with_keychain_secret(b"k" * 32) == data_key


def test_a_wrapped_blob_moved_to_another_kind_of_slot_does_not_open(data_key: bytes) -> None:
    """The wrapping key is made the same on purpose: only the kind in the AAD tells them apart."""
    salt = os.urandom(16)
    wrapping_key = keyslots._recovery_wrapping_key(RECOVERY_SECRET, salt)
    as_keychain = KeySlots("s").with_keychain_secret(data_key, wrapping_key)
    assert as_keychain.open_with_keychain_secret(wrapping_key) == data_key  # the key is right
    blob = as_keychain.slot(keyslots.KEYCHAIN)
    recovery_slot = {
        "kdf": "hkdf-sha256",
        "salt": base64.b64encode(salt).decode(),
        "nonce": blob["nonce"],
        "wrapped": blob["wrapped"],
    }
    swapped = as_keychain.with_slot(keyslots.RECOVERY, recovery_slot)
    with pytest.raises(WrongSecret):
        swapped.open_with_recovery_secret(RECOVERY_SECRET)


def test_blobs_swapped_between_slots_of_one_store_do_not_open(data_key: bytes) -> None:
    slots = _full_slots("s", data_key, b"k" * 32)
    passphrase_slot = dict(slots.slot(keyslots.PASSPHRASE))
    recovery_slot = slots.slot(keyslots.RECOVERY)
    passphrase_slot["nonce"] = recovery_slot["nonce"]
    passphrase_slot["wrapped"] = recovery_slot["wrapped"]
    swapped = slots.with_slot(keyslots.PASSPHRASE, passphrase_slot)
    with pytest.raises(WrongSecret):
        swapped.open_with_passphrase(PASSPHRASE)


def _write_document(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture
def good_document(tmp_path: Path, data_key: bytes) -> dict[str, Any]:
    path = tmp_path / "good.keys"
    _full_slots("store-a", data_key, b"k" * 32).save(path)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def test_a_truncated_key_file_is_damaged(tmp_path: Path, data_key: bytes) -> None:
    path = tmp_path / "vomdesk.keys"
    _full_slots("s", data_key, b"k" * 32).save(path)
    whole = path.read_bytes()
    for cut in (0, 1, len(whole) // 2, len(whole) - 3):
        path.write_bytes(whole[:cut])
        with pytest.raises(KeyFileDamaged):
            KeySlots.load(path)


@pytest.mark.parametrize(
    "content",
    [b"not json at all", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b"null", b'"text"', b"{}"],
)
def test_non_json_or_foreign_files_are_damaged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "vomdesk.keys"
    path.write_bytes(content)
    with pytest.raises(KeyFileDamaged):
        KeySlots.load(path)


def test_a_newer_version_is_too_new(tmp_path: Path, good_document: dict[str, Any]) -> None:
    good_document["version"] = keyslots.VERSION + 1
    path = _write_document(tmp_path / "new.keys", good_document)
    with pytest.raises(KeyFileTooNew):
        KeySlots.load(path)


@pytest.mark.parametrize(
    "change",
    [
        {"version": "1"},
        {"version": None},
        {"format": "something else"},
        {"store_id": 42},
        {"slots": {}},
        {"slots": []},
        {"slots": {"passphrase": "not a dict"}},
    ],
)
def test_wrong_fields_are_damaged(
    tmp_path: Path, good_document: dict[str, Any], change: dict[str, Any]
) -> None:
    good_document.update(change)
    path = _write_document(tmp_path / "bad.keys", good_document)
    with pytest.raises(KeyFileDamaged):
        KeySlots.load(path)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("salt", "***not base64***"),
        ("salt", None),
        ("salt", ""),  # decodes to an empty salt, which Argon2id refuses
        ("nonce", "***"),
        ("nonce", ""),  # an empty nonce, which AES-GCM refuses
        ("wrapped", 12),
        ("kdf", "pbkdf2"),
        ("params", {"memory_kib": -1, "iterations": 1, "lanes": 1}),
        ("params", {"memory_kib": 8192, "iterations": 1}),
        ("params", {"memory_kib": 1, "iterations": 1, "lanes": 1}),  # below 8 x lanes
        ("params", {"memory_kib": 8192, "iterations": True, "lanes": 1}),
    ],
)
def test_a_damaged_passphrase_slot_is_reported_as_damaged(
    tmp_path: Path, good_document: dict[str, Any], field: str, value: Any
) -> None:
    good_document["slots"]["passphrase"][field] = value
    path = _write_document(tmp_path / "bad.keys", good_document)
    slots = KeySlots.load(path)
    with pytest.raises(KeyFileDamaged):
        slots.open_with_passphrase(PASSPHRASE)


def test_a_damaged_recovery_slot_is_reported_as_damaged(
    tmp_path: Path, good_document: dict[str, Any]
) -> None:
    good_document["slots"]["recovery"]["nonce"] = "%%%"
    slots = KeySlots.load(_write_document(tmp_path / "bad.keys", good_document))
    with pytest.raises(KeyFileDamaged):
        slots.open_with_recovery_secret(RECOVERY_SECRET)


def test_a_flipped_bit_in_the_wrapped_key_does_not_open(
    tmp_path: Path, good_document: dict[str, Any]
) -> None:
    slot = good_document["slots"]["passphrase"]
    wrapped = bytearray(base64.b64decode(slot["wrapped"]))
    wrapped[3] ^= 0x01
    slot["wrapped"] = base64.b64encode(bytes(wrapped)).decode()
    slots = KeySlots.load(_write_document(tmp_path / "flip.keys", good_document))
    with pytest.raises(WrongSecret):
        slots.open_with_passphrase(PASSPHRASE)


def test_check_params_refuses_less_than_64_mib_unless_allowed(data_key: bytes) -> None:
    weak = Argon2Params(memory_kib=MIN_MEMORY_KIB - 1, iterations=3)
    with pytest.raises(WeakKdfError):
        check_params(weak)
    with pytest.raises(WeakKdfError):
        check_params(CHEAP_TEST_PARAMS)
    check_params(weak, allow_weak=True)
    check_params(Argon2Params(memory_kib=MIN_MEMORY_KIB, iterations=2))
    with pytest.raises(WeakKdfError):
        KeySlots("s").with_passphrase(data_key, PASSPHRASE, CHEAP_TEST_PARAMS)


def test_params_json_round_trip_and_refusals() -> None:
    params = Argon2Params(memory_kib=65536, iterations=3, lanes=4)
    assert Argon2Params.from_json(params.to_json()) == params
    for bad in ({"memory_kib": 0, "iterations": 1, "lanes": 1}, {"memory_kib": 1.5,
                "iterations": 1, "lanes": 1}):  # fmt: skip
        with pytest.raises(ValueError):
            Argon2Params.from_json(bad)


def test_calibrate_gives_at_least_the_floor() -> None:
    params = calibrate()
    assert params.memory_kib >= MIN_MEMORY_KIB
    assert params.iterations >= 2
    check_params(params)
