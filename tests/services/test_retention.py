"""Retention on a real store: the policy's preview, sealing, unsealing and purging closed cases."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from vomdesk.domain import settings as setting
from vomdesk.domain.retention import Action, years_after
from vomdesk.domain.stages import ClosingReason
from vomdesk.services import errors
from vomdesk.services.backup_restore import inspect_backup
from vomdesk.services.backups import AUTOMATIC, FOLDER, automatic_backups, make_backup
from vomdesk.services.case_list import list_cases, search_filter
from vomdesk.services.case_stages import close_case
from vomdesk.services.checks import verify_audit_chain
from vomdesk.services.closing import record_recidivism
from vomdesk.services.drafts import keep_draft
from vomdesk.services.open_store import OpenStore, reading
from vomdesk.services.retention import (
    is_sealed,
    preview,
    purge_cases,
    seal_case,
    unseal_case,
)
from vomdesk.services.settings import save_settings
from vomdesk.store.backup import encrypted_copy
from vomdesk.store.models import AuditEntry

REASON = "Court order of 3 March to seal the record"
PASSPHRASE_ENV = "VOMDESK_PASSPHRASE"


def closed(store: OpenStore, case_id: int) -> int:
    close_case(store, case_id, ClosingReason.VICTIM_DECLINED, "The victim chose not to go on.")
    return case_id


def policy(store: OpenStore, purge: int, seal: int) -> None:
    save_settings(
        store,
        {setting.RETENTION_PURGE_YEARS.key: purge, setting.RETENTION_SEAL_JUVENILE_YEARS.key: seal},
    )


def every_row_mentions(store: OpenStore, needle: str) -> list[str]:
    """Every table row (any column) that holds ``needle``: a dump of the whole database."""
    found = []
    with store.engine.connect() as connection:
        tables = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
        ).scalars()
        for table in list(tables):
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                if any(needle in str(value) for value in row):
                    found.append(table)
    return found


def audit_actions(store: OpenStore) -> list[tuple[str, str | None]]:
    with reading(store) as session:
        rows = session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()  # type: ignore[arg-type]
        return [(row.action, row.record_id) for row in rows]


def test_no_policy_previews_nothing(store: OpenStore, case_in_preparation) -> None:  # type: ignore[no-untyped-def]
    closed(store, case_in_preparation.case_id)
    assert preview(store, date.today() + timedelta(days=365 * 40)) == []


def test_the_preview_seals_juveniles_then_purges_and_changes_nothing(
    store: OpenStore, case_in_preparation
) -> None:  # type: ignore[no-untyped-def]
    case_id = closed(store, case_in_preparation.case_id)
    policy(store, purge=5, seal=1)
    today = date.today()
    assert preview(store, today) == []
    seal_due = preview(store, today + timedelta(days=366))
    assert [(d.facts.case_id, d.action) for d in seal_due] == [(case_id, Action.SEAL)]
    assert seal_due[0].due_on == years_after(today, 1)
    purge_due = preview(store, today + timedelta(days=365 * 5 + 2))
    assert [(d.facts.case_id, d.action) for d in purge_due] == [(case_id, Action.PURGE)]
    assert not is_sealed(store, case_id)  # a preview writes nothing


def test_an_open_case_is_never_due(store: OpenStore, case_in_preparation) -> None:  # type: ignore[no-untyped-def]
    policy(store, purge=1, seal=1)
    assert preview(store, date.today() + timedelta(days=365 * 10)) == []


def test_a_sealed_case_shows_its_number_only_and_is_found_by_number_only(
    store: OpenStore, case_in_preparation
) -> None:  # type: ignore[no-untyped-def]
    case_id = closed(store, case_in_preparation.case_id)
    number = list_cases(store, search_filter("Gómez")).rows[0].number
    seal_case(store, case_id, REASON)
    assert is_sealed(store, case_id)
    assert list_cases(store, search_filter("Gómez")).rows == []
    assert list_cases(store, search_filter("Valle Verde")).rows == []
    row = list_cases(store, search_filter(number)).rows[0]
    assert row.sealed and row.parties == "" and row.source_agency == "" and row.juvenile is None
    unseal_case(store, case_id, "The participant asked to see the record")
    row = list_cases(store, search_filter("Gómez")).rows[0]
    assert not row.sealed and "Gómez" in row.parties
    assert [a for a in audit_actions(store) if a[0] in ("sealed", "unsealed")] == [
        ("sealed", number), ("unsealed", number),
    ]  # fmt: skip


def test_a_lifted_seal_is_not_sealed_again_by_the_policy(
    store: OpenStore, case_in_preparation
) -> None:  # type: ignore[no-untyped-def]
    case_id = closed(store, case_in_preparation.case_id)
    policy(store, purge=0, seal=1)
    seal_case(store, case_id, REASON)
    unseal_case(store, case_id, "Reviewed by the program director")
    assert preview(store, date.today() + timedelta(days=400)) == []


def test_seal_and_unseal_need_a_reason_and_a_closed_case(
    store: OpenStore, case_in_preparation
) -> None:  # type: ignore[no-untyped-def]
    case_id = case_in_preparation.case_id
    with pytest.raises(errors.NeedsCorrection) as refused:
        seal_case(store, case_id, REASON)
    assert "closed" in refused.value.problems["case"]
    closed(store, case_id)
    with pytest.raises(errors.NeedsCorrection) as short:
        seal_case(store, case_id, "because")
    assert "reason" in short.value.problems
    assert not is_sealed(store, case_id)


def test_follow_ups_can_still_be_recorded_on_a_sealed_case(
    store: OpenStore, case_in_preparation
) -> None:  # type: ignore[no-untyped-def]
    case_id = closed(store, case_in_preparation.case_id)
    seal_case(store, case_id, REASON)
    record_recidivism(store, case_id, checked_on=date.today(), new_charge=False)
    assert is_sealed(store, case_id)


def test_a_purge_removes_the_case_from_every_table_and_keeps_the_chain(
    store: OpenStore, case_in_preparation, prepare
) -> None:  # type: ignore[no-untyped-def]
    case = case_in_preparation
    prepare(store, case, on=date.today() - timedelta(days=3))
    keep_draft(store, f"case-{case.case_id}-safety-plan", {"arrival": "Canary arrival 7731"})
    keep_draft(store, "settings", {"program.name": "Kept"})
    closed(store, case.case_id)
    number = list_cases(store, search_filter("Gómez")).rows[0].number
    assert every_row_mentions(store, "970-555-0199") == ["participant_contact"]

    result = purge_cases(store, [case.case_id], "Court-ordered expungement of the record")

    assert result.purged == [number]
    for canary in ("Laura Gómez Prieto", "970-555-0199", "José Muñoz", "Canary arrival 7731"):
        assert every_row_mentions(store, canary) == [], canary
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM case_search")).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM draft")).scalar_one() == 1
        leftovers = {
            table: connection.execute(
                text(f'SELECT count(*) FROM "{table}" WHERE case_id = :id'), {"id": case.case_id}
            ).scalar_one()
            for table in connection.execute(
                text("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) p "
                     "WHERE m.type = 'table' AND p.name = 'case_id'")
            ).scalars()
        }  # fmt: skip
    assert leftovers and set(leftovers.values()) == {0}
    assert ("purged", number) in audit_actions(store)
    assert verify_audit_chain(store).ok


def test_a_person_in_another_case_is_kept(store: OpenStore, case_in_preparation) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services.cases import create_case, read_case
    from vomdesk.store.case_models import CaseCreate, ParticipantCreate

    first = read_case(store, case_in_preparation.case_id)
    victim = next(p for p in first.participants if p.role.value == "victim")
    create_case(
        store,
        CaseCreate(received_on=date(2026, 5, 2), source_type="police"),
        [ParticipantCreate(role="victim", name="Laura Gómez Prieto", person_id=victim.person_id)],
        {},
    )
    purge_cases(store, [closed(store, case_in_preparation.case_id)], REASON)
    assert every_row_mentions(store, "Laura Gómez Prieto") == ["person"]
    assert every_row_mentions(store, "José Muñoz") == []


def test_an_open_case_or_an_agreement_being_monitored_is_refused_unchanged(
    store: OpenStore, agreed_case
) -> None:  # type: ignore[no-untyped-def]
    before = every_row_mentions(store, "970-555-0199")
    with pytest.raises(errors.PurgeRefused) as refused:
        purge_cases(store, [agreed_case.case_id], REASON)
    assert "monitored" in refused.value.reason
    assert refused.value.number in str(refused.value)
    assert every_row_mentions(store, "970-555-0199") == before
    assert not any(action == "purged" for action, _ in audit_actions(store))


def test_a_purge_replaces_the_automatic_backups_and_lists_copies_elsewhere(
    store: OpenStore, case_in_preparation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    case_id = closed(store, case_in_preparation.case_id)
    old_automatic = make_backup(store, store.files.backups, AUTOMATIC)
    usb = make_backup(store, tmp_path / "usb", FOLDER)
    in_data_folder = make_backup(store, store.files.folder / "copies", FOLDER)  # warned, allowed
    assert len(automatic_backups(store)) == 1
    upgrade_copy = store.files.backups / "before-upgrade-0006-20260101T090000Z.db"
    encrypted_copy(store.engine, upgrade_copy, store.key_bytes())  # as a schema upgrade leaves
    store.slots.save(upgrade_copy.with_suffix(".keys"))

    result = purge_cases(store, [case_id], REASON)

    assert result.backup_problem is None and result.new_backup is not None
    assert {str(path.resolve()) for path in result.automatic_deleted} == {
        old_automatic.location, str(upgrade_copy.resolve()),
    }  # fmt: skip
    assert not Path(old_automatic.location).exists()
    assert not upgrade_copy.exists() and not upgrade_copy.with_suffix(".keys").exists()
    remaining = list(automatic_backups(store).values())
    assert [str(p.resolve()) for p in remaining] == [result.new_backup.location]
    assert inspect_backup(remaining[0], "river kettle maple lantern").cases == 0
    assert [record.location for record in result.copies_elsewhere] == [
        in_data_folder.location, usb.location,
    ]  # fmt: skip
    assert Path(usb.location).exists()  # the mediator destroys it; it is not ours to delete


def test_someone_known_only_from_a_sealed_case_is_not_offered_as_the_same_person(
    store: OpenStore, case_in_preparation
) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services.participants import same_person_candidates

    case_id = closed(store, case_in_preparation.case_id)
    assert [m.name for m in same_person_candidates(store, "José Muñoz", None)] == ["José Muñoz"]
    seal_case(store, case_id, REASON)
    assert same_person_candidates(store, "José Muñoz", None) == []


def test_a_closed_case_with_its_agreement_payments_and_scans_is_purged_whole(
    store: OpenStore, agreed_case
) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services.agreement_scans import attach_scan
    from vomdesk.services.agreements import agreements_of
    from vomdesk.services.monitoring import record_payment, start_monitoring

    case_id = agreed_case.case_id
    start_monitoring(store, case_id)
    record_payment(store, case_id, 0, cents=12_000, on=date.today(),
                   offender_id=agreed_case.offender, received_by="Canary clerk 5521")  # fmt: skip
    agreement = agreements_of(store, case_id)[0]
    attach_scan(store, agreement.agreement.id, "signed.pdf", b"%PDF-1.4 canary scan 8812")
    close_case(store, case_id, ClosingReason.NOT_COMPLETED_RETURNED, "Returned to probation.")

    purge_cases(store, [case_id], REASON)

    for canary in ("Canary clerk 5521", "canary scan 8812", "Pay for the broken window"):
        assert every_row_mentions(store, canary) == [], canary
    with store.engine.connect() as connection:
        for table in ("agreement", "agreement_term", "signature", "ledger_line", "participant"):
            assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0


def test_the_search_index_keeps_nothing_of_a_purged_or_sealed_name(
    store: OpenStore, case_in_preparation
) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services.participants import add_participant
    from vomdesk.store.case_models import ParticipantCreate

    def index_bytes() -> bytes:
        with store.engine.connect() as connection:
            rows = connection.execute(text("SELECT block FROM case_search_data")).scalars()
            return b"".join(bytes(row) for row in rows if row is not None)

    case_id = case_in_preparation.case_id
    add_participant(store, case_id, ParticipantCreate(role="support_person", name="Qzxwv Jkqzx"))
    assert b"qzx" in index_bytes()  # folded trigrams of the name are in the index
    closed(store, case_id)
    seal_case(store, case_id, REASON)
    assert b"qzx" not in index_bytes() and b"kqz" not in index_bytes()
    purge_cases(store, [case_id], REASON)
    assert b"qzx" not in index_bytes() and b"gom" not in index_bytes()


def test_a_failed_fresh_backup_keeps_the_old_ones_and_the_purge_stands(
    store: OpenStore, case_in_preparation, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services import retention

    case_id = closed(store, case_in_preparation.case_id)
    old = make_backup(store, store.files.backups, AUTOMATIC)

    def no_room(*_args: object, **_kwargs: object) -> None:
        raise errors.BackupDiskFull()

    monkeypatch.setattr(retention, "make_backup", no_room)
    monkeypatch.setattr(retention, "_compact", lambda _store: False)  # no room for VACUUM either
    result = purge_cases(store, [case_id], REASON)
    assert isinstance(result.backup_problem, errors.BackupDiskFull)
    assert result.new_backup is None and result.automatic_deleted == []
    assert Path(old.location).exists(), "never left without any backup"
    assert not result.compacted
    assert list_cases(store, search_filter("")).total == 0


def test_apply_refuses_a_purge_before_sealing_anything(store: OpenStore, agreed_case) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services.cases import create_case
    from vomdesk.services.retention import apply_retention
    from vomdesk.store.case_models import CaseCreate

    other = create_case(store, CaseCreate(received_on=date(2026, 1, 5), source_type="police"))
    assert other.id is not None
    close_case(store, other.id, ClosingReason.VICTIM_DECLINED, "The victim chose not to go on.")
    with pytest.raises(errors.PurgeRefused):
        apply_retention(store, [other.id], [agreed_case.case_id], REASON)
    assert not is_sealed(store, other.id)
