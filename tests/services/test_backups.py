"""Verified encrypted backups: made, logged, opened, restored, refused when damaged or misused."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services import errors
from vomdesk.services.backup_log import days_since_outside_backup, outside_backup_reminder
from vomdesk.services.backup_restore import check_backup, inspect_backup, restore_backup
from vomdesk.services.backups import (
    AUTOMATIC,
    FOLDER,
    automatic_backups,
    backup_if_due,
    backup_on_close,
    make_backup,
)
from vomdesk.services.cases import create_case
from vomdesk.services.open_store import OpenStore, reading
from vomdesk.services.unlock import Unlocker
from vomdesk.store.backup import content_digest
from vomdesk.store.case_models import CaseCreate, OffenceCreate, ParticipantCreate
from vomdesk.store.models import AuditEntry, BackupRecord

PASSPHRASE = "river kettle maple lantern"
CANARY = "ZQCANARYQZ"
NEW_PASSPHRASE = "copper willow harbour sunrise"


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def canary_case(store: OpenStore) -> int:
    case = create_case(
        store,
        CaseCreate(
            received_on=date(2026, 4, 1),
            source_type="probation_officer",
            source_agency="Valle Verde Juvenile Probation",
            incident_date=date(2026, 3, 1),
            offences=[
                OffenceCreate(description="Theft", category="property", level="misdemeanour")
            ],
        ),
        [
            ParticipantCreate(role="victim", name=f"Ana {CANARY}"),
            ParticipantCreate(role="offender", name="Luis Pardo", birth=date(2001, 5, 5)),
        ],
        {},
    )
    assert case.id is not None
    return case.id


@pytest.fixture
def backed_up(store: OpenStore, agreed_case: object, canary_case: int, tmp_path: Path) -> Path:
    record = make_backup(store, tmp_path / "usb", FOLDER)
    return Path(record.location)


def test_a_backup_verifies_matches_the_source_and_is_logged(
    store: OpenStore, agreed_case: object, canary_case: int, tmp_path: Path
) -> None:
    before = content_digest(store.engine)
    record = make_backup(store, tmp_path / "usb", FOLDER)
    folder = Path(record.location)
    assert folder.parent == (tmp_path / "usb").resolve()
    assert folder.name.startswith("vomdesk-backup-")
    assert {p.name for p in folder.iterdir()} == {"vomdesk.db", "vomdesk.keys"}
    assert record.verified and record.digest == before and record.cases == 2
    assert record.size == sum(p.stat().st_size for p in folder.iterdir())
    with reading(store) as session:
        logged = session.exec(select(BackupRecord)).all()
        audit = session.exec(select(AuditEntry).where(AuditEntry.action == "backed_up")).all()
    assert [(r.kind, r.location, r.verified, r.digest) for r in logged] == [
        (FOLDER, str(folder), True, before)
    ]
    assert len(audit) == 1 and audit[0].detail == FOLDER
    assert not list((tmp_path / "usb").glob(".*"))  # no partial folder left behind
    assert inspect_backup(folder, PASSPHRASE).digest == before


def test_the_backup_holds_no_case_data_in_plain_bytes(backed_up: Path) -> None:
    for path in backed_up.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert CANARY.encode() not in data, path
            assert CANARY.encode("utf-16-le") not in data, path


def test_the_backup_carries_no_keychain_slot(
    store: OpenStore, memory_keyring: object, tmp_path: Path
) -> None:
    from vomdesk.security import keyslots
    from vomdesk.services.keychain import enable_keychain

    enable_keychain(store)
    assert store.slots.has(keyslots.KEYCHAIN)
    folder = Path(make_backup(store, tmp_path / "usb", FOLDER).location)
    slots = keyslots.KeySlots.load(folder / "vomdesk.keys")
    assert slots.has(keyslots.PASSPHRASE) and slots.has(keyslots.RECOVERY)
    assert not slots.has(keyslots.KEYCHAIN)
    assert slots.store_id == store.store_id
    assert inspect_backup(folder, PASSPHRASE).cases == 0


def test_the_backup_opens_with_the_passphrase_in_a_new_folder(
    store: OpenStore, backed_up: Path, tmp_path: Path
) -> None:
    summary = inspect_backup(backed_up, passphrase=PASSPHRASE)
    assert summary.cases == 2 and summary.store_id == store.store_id
    assert summary.made_at is not None
    assert abs(summary.made_at - datetime.now(UTC)) < timedelta(minutes=5)
    new = restore_backup(backed_up, tmp_path / "laptop" / "data", passphrase=PASSPHRASE)
    opened = Unlocker(new).with_passphrase(PASSPHRASE)
    try:
        with reading(opened) as session:
            assert len(session.exec(select(BackupRecord)).all()) == 0  # made before its own log
        names = {c.name for c in _participants(opened)}
        assert f"Ana {CANARY}" in names
    finally:
        opened.close()


def _participants(store: OpenStore) -> list:  # type: ignore[type-arg]
    from vomdesk.store.case_models import Person

    with reading(store) as session:
        return list(session.exec(select(Person)).all())


def test_the_backup_opens_with_the_recovery_key(
    backed_up: Path, recovery_key: str, tmp_path: Path
) -> None:
    assert inspect_backup(backed_up, recovery_key=recovery_key).cases == 2
    new = restore_backup(backed_up, tmp_path / "new", recovery_key=recovery_key)
    opened = Unlocker(new).with_recovery_key(
        recovery_key, NEW_PASSPHRASE, CHEAP_TEST_PARAMS, allow_weak=True
    )
    opened.close()
    Unlocker(new).with_passphrase(NEW_PASSPHRASE).close()


def test_wrong_passphrase_and_wrong_recovery_key_are_refused(
    backed_up: Path, tmp_path: Path
) -> None:
    before = snapshot(backed_up)
    with pytest.raises(errors.WrongPassphrase):
        inspect_backup(backed_up, passphrase="not the passphrase at all")
    with pytest.raises(errors.WrongPassphrase):
        restore_backup(backed_up, tmp_path / "new", passphrase="not the passphrase at all")
    from vomdesk.services.recovery import new_recovery_key

    with pytest.raises(errors.WrongRecoveryKey):
        inspect_backup(backed_up, recovery_key=new_recovery_key())
    assert not (tmp_path / "new").exists()
    assert snapshot(backed_up) == before


def test_restore_refuses_a_folder_that_holds_anything(backed_up: Path, tmp_path: Path) -> None:
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("mine")
    before = snapshot(occupied)
    with pytest.raises(errors.RestoreTargetNotEmpty) as refused:
        restore_backup(backed_up, occupied, passphrase=PASSPHRASE)
    assert "nothing was overwritten" in str(refused.value)
    assert snapshot(occupied) == before
    # a live store's own folder is refused too, and left as it was
    with pytest.raises(errors.RestoreTargetNotEmpty):
        restore_backup(backed_up, backed_up, passphrase=PASSPHRASE)


def test_restore_into_an_existing_empty_folder(backed_up: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert restore_backup(backed_up, empty, passphrase=PASSPHRASE) == empty
    Unlocker(empty).with_passphrase(PASSPHRASE).close()


def _flip(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_backup_with_flipped_bytes_is_reported_damaged_and_left_unchanged(
    backed_up: Path, tmp_path: Path
) -> None:
    database = backed_up / "vomdesk.db"
    _flip(database, database.stat().st_size // 2)
    before = snapshot(backed_up)
    with pytest.raises(errors.BackupDamaged) as refused:
        inspect_backup(backed_up, passphrase=PASSPHRASE)
    assert str(refused.value).startswith("This backup is damaged")
    problems = check_backup(backed_up, passphrase=PASSPHRASE)
    assert problems and any("cipher_integrity_check" in p or "malformed" in p for p in problems)
    with pytest.raises(errors.BackupDamaged):
        restore_backup(backed_up, tmp_path / "new", passphrase=PASSPHRASE)
    assert not (tmp_path / "new").exists()
    assert snapshot(backed_up) == before


def test_a_backup_whose_first_page_is_altered_is_damaged(backed_up: Path) -> None:
    _flip(backed_up / "vomdesk.db", 100)
    before = snapshot(backed_up)
    with pytest.raises(errors.BackupDamaged):
        inspect_backup(backed_up, passphrase=PASSPHRASE)
    assert check_backup(backed_up, passphrase=PASSPHRASE)
    assert snapshot(backed_up) == before


@pytest.mark.parametrize("keep", [4096, 0.5, -100])
def test_a_truncated_backup_is_refused(backed_up: Path, tmp_path: Path, keep: float) -> None:
    database = backed_up / "vomdesk.db"
    data = database.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    database.write_bytes(data[:cut])
    before = snapshot(backed_up)
    with pytest.raises(errors.BackupDamaged):
        inspect_backup(backed_up, passphrase=PASSPHRASE)
    with pytest.raises(errors.BackupDamaged):
        restore_backup(backed_up, tmp_path / "new", passphrase=PASSPHRASE)
    assert check_backup(backed_up, passphrase=PASSPHRASE)
    assert snapshot(backed_up) == before


def test_a_damaged_key_file_or_a_missing_backup_is_refused(backed_up: Path, tmp_path: Path) -> None:
    keys = backed_up / "vomdesk.keys"
    keys.write_bytes(keys.read_bytes()[:50])
    with pytest.raises(errors.BackupDamaged):
        inspect_backup(backed_up, passphrase=PASSPHRASE)
    with pytest.raises(errors.BackupNotFound):
        inspect_backup(tmp_path / "nowhere", passphrase=PASSPHRASE)


def test_a_failed_verification_keeps_nothing(
    store: OpenStore, case_in_preparation: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vomdesk.services.backups as backups

    monkeypatch.setattr(backups, "connection_digest", lambda _connection: "0" * 64)
    with pytest.raises(errors.BackupNotVerified) as refused:
        make_backup(store, tmp_path / "usb", FOLDER)
    assert str(refused.value) == (
        "The backup could not be verified: nothing was kept. Check the disk and try again."
    )
    assert list((tmp_path / "usb").iterdir()) == []
    with reading(store) as session:
        assert session.exec(select(BackupRecord)).all() == []


def test_the_automatic_backup_runs_once_a_day_and_rotates(store: OpenStore) -> None:
    day = datetime(2026, 5, 4, 9, 0).astimezone()  # local morning: the day is the local day
    first = backup_if_due(store, now=day)
    assert first is not None and first.kind == AUTOMATIC
    assert Path(first.location).parent == store.files.backups.resolve()
    assert backup_if_due(store, now=day + timedelta(hours=3)) is None
    assert len(automatic_backups(store)) == 1
    on_close = backup_on_close(store, now=day + timedelta(hours=4))
    assert on_close.kind == AUTOMATIC and len(automatic_backups(store)) == 1  # newest of the day
    for offset in range(1, 40):
        assert backup_if_due(store, now=day + timedelta(days=offset)) is not None
    kept = automatic_backups(store)
    assert len(kept) <= 23
    newest = max(kept)
    assert newest.date() == (day + timedelta(days=39)).astimezone().date()
    days = sorted({made.date() for made in kept}, reverse=True)
    assert len(days) == len(kept)  # one per day
    expected_last_seven = [(day + timedelta(days=39 - i)).astimezone().date() for i in range(7)]
    assert days[:7] == expected_last_seven
    with reading(store) as session:
        deleted = session.exec(select(AuditEntry).where(AuditEntry.action == "backup_deleted"))
        assert deleted.all()


def test_the_reminder_for_a_backup_outside_the_data_folder(
    store: OpenStore, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    assert days_since_outside_backup(store) is None
    assert not outside_backup_reminder(store, now=now)  # a new store is not nagged at once
    assert outside_backup_reminder(store, now=now + timedelta(days=7))
    backup_if_due(store, now=now)  # automatic backups sit in the data folder: they do not count
    make_backup(store, store.files.folder / "inside", FOLDER, now=now)
    assert days_since_outside_backup(store) is None
    make_backup(store, tmp_path / "usb", FOLDER, now=now)
    assert days_since_outside_backup(store, now=now + timedelta(days=3)) == 3
    assert not outside_backup_reminder(store, now=now + timedelta(days=6))
    assert outside_backup_reminder(store, now=now + timedelta(days=7))


def test_saves_made_while_a_backup_runs_never_make_it_fail(
    store: OpenStore, agreed_case: object, tmp_path: Path
) -> None:
    """Drafts are saved as the mediator types, also while the daily backup runs behind."""
    import threading

    from vomdesk.services.drafts import keep_draft

    stop = threading.Event()
    saves: list[int] = []
    failures: list[BaseException] = []

    def typing() -> None:
        while not stop.is_set():
            try:
                keep_draft(store, "settings", {"program.name": f"Typed {len(saves)}"})
            except Exception as error:  # a draft not kept is what this test is about
                failures.append(error)
            saves.append(1)

    writer = threading.Thread(target=typing)
    writer.start()
    try:
        records = [make_backup(store, tmp_path / "usb", FOLDER) for _ in range(4)]
    finally:
        stop.set()
        writer.join()
    assert len(saves) > 4 and failures == []  # the saves ran alongside, and none failed
    assert all(record.verified for record in records)
    for record in records:
        assert inspect_backup(Path(record.location), PASSPHRASE).digest == record.digest


def test_two_backups_made_within_one_second_are_both_seen(store: OpenStore, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from vomdesk.services.backups import AUTOMATIC, automatic_backups

    moment = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    first = make_backup(store, store.files.backups, AUTOMATIC, now=moment)
    second = make_backup(store, store.files.backups, AUTOMATIC, now=moment)
    assert first.location != second.location
    found = {str(path.resolve()) for path in automatic_backups(store).values()}
    assert found == {first.location, second.location}


def test_half_written_backups_a_crash_left_are_removed_by_the_rotation(
    store: OpenStore, tmp_path: Path
) -> None:
    import os
    import time

    from vomdesk.services.backups import AUTOMATIC, rotate_backups

    store.files.backups.mkdir(parents=True, exist_ok=True)
    stale = store.files.backups / ".vomdesk-backup-20261101-090000.abc.partial"
    stale.mkdir()
    (stale / "vomdesk.db").write_bytes(b"half a copy")
    hours_ago = time.time() - 2 * 3600
    os.utime(stale, (hours_ago, hours_ago))
    fresh = store.files.backups / ".vomdesk-backup-20261128-090000.def.partial"
    fresh.mkdir()  # perhaps a backup being written right now: left alone
    make_backup(store, store.files.backups, AUTOMATIC)
    rotate_backups(store, date.today())
    assert not stale.exists() and fresh.exists()
    assert list(store.files.backups.glob(".vomdesk-backup-*.partial")) == [fresh]


def test_the_last_copy_elsewhere_is_found_behind_many_automatic_backups(
    store: OpenStore, tmp_path: Path
) -> None:
    from vomdesk.services.backup_log import last_automatic_backup, last_outside_backup
    from vomdesk.services.open_store import unit_of_work

    usb = make_backup(store, tmp_path / "usb", FOLDER)
    start = datetime.now(UTC)
    with unit_of_work(store) as work:  # a year and more of automatic backups, logged after it
        for n in range(300):
            work.session.add(
                BackupRecord(made_at=start + timedelta(hours=n), kind=AUTOMATIC,
                             location=str(store.files.backups / f"b{n}"), verified=True)
            )  # fmt: skip
    found = last_outside_backup(store)
    assert found is not None and found.location == usb.location
    newest = last_automatic_backup(store)
    assert newest is not None and newest.location.endswith("b299")
