"""Back up to…, Restore a backup…, the backup log, the reminder and the Backups settings, on real
encrypted stores through the real dialogs."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from vomdesk.domain.backup_rotation import RotationPolicy
from vomdesk.services import errors
from vomdesk.services.backup_log import backups_made
from vomdesk.services.backup_restore import inspect_backup
from vomdesk.services.backups import (
    FOLDER,
    automatic_backups,
    backup_if_due,
    make_backup,
    rotation_policy,
)
from vomdesk.services.demo import fill_with_demo_cases
from vomdesk.services.open_store import OpenStore, unit_of_work
from vomdesk.services.settings import read_settings
from vomdesk.services.unlock import Unlocker
from vomdesk.store.models import StoreInfo
from vomdesk.ui.dialogs.backup_log_dialog import BackupLogDialog
from vomdesk.ui.dialogs.backup_restore_dialog import RestoreDialog
from vomdesk.ui.dialogs.backup_to_dialog import BackupToDialog
from vomdesk.ui.events import app_events
from vomdesk.ui.main_window import MainWindow
from vomdesk.ui.pages.settings_page import SettingsPage

PASSPHRASE = "river kettle maple lantern"
BACKUP_PASSPHRASE = "copper willow harbour sunrise"


@pytest.fixture
def small_store(store: OpenStore) -> OpenStore:
    fill_with_demo_cases(store, count=2)
    return store


def back_up_dialog(qtbot, store: OpenStore, folder: Path) -> BackupToDialog:
    dialog = BackupToDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.set_path(folder)
    return dialog


def finish(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def test_back_up_to_a_folder_through_the_dialog(qtbot, small_store, tmp_path):
    dialog = back_up_dialog(qtbot, small_store, tmp_path / "usb")
    assert not dialog.folder_notes.isVisibleTo(dialog)
    with qtbot.waitSignal(app_events().data_changed, timeout=10_000) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["backups"]
    finish(qtbot, dialog)
    (folder,) = (tmp_path / "usb").iterdir()
    assert folder.name.startswith("vomdesk-backup-")
    assert dialog.status.text() == f"Backed up and verified: {folder.resolve()} (2 cases)"
    (record,) = backups_made(small_store)
    assert (record.kind, record.location, record.verified, record.cases) == (
        FOLDER, str(folder.resolve()), True, 2,
    )  # fmt: skip
    assert inspect_backup(folder, PASSPHRASE).cases == 2  # the store's own passphrase opens it
    dialog.close()


def test_warnings_for_a_folder_inside_the_data_folder_and_a_synced_one(qtbot, store, tmp_path):
    dialog = back_up_dialog(qtbot, store, store.files.folder / "copies")
    assert "lost laptop" in dialog.folder_notes.text()
    assert dialog.ok_button.isEnabled()  # a warning, not a refusal
    dialog.folder.set_path(tmp_path / "Dropbox" / "vomdesk")
    assert "cloud service" in dialog.folder_notes.text()
    dialog.folder.set_path(tmp_path / "usb")
    assert not dialog.folder_notes.isVisibleTo(dialog)


def test_a_separate_backup_passphrase(qtbot, small_store, recovery_key, tmp_path):
    dialog = back_up_dialog(qtbot, small_store, tmp_path / "usb")
    dialog.own_passphrase.setChecked(True)
    assert dialog.passphrase.isVisibleTo(dialog) and not dialog.ok_button.isEnabled()
    dialog.passphrase.passphrase.setText("short")
    dialog.passphrase.confirm.setText("short")
    assert not dialog.ok_button.isEnabled() and dialog.passphrase.advice.text()
    dialog.passphrase.passphrase.setText(BACKUP_PASSPHRASE)
    dialog.passphrase.confirm.setText(BACKUP_PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    assert dialog.record is not None, dialog.message.text()
    folder = Path(dialog.record.location)
    assert inspect_backup(folder, BACKUP_PASSPHRASE).cases == 2
    with pytest.raises(errors.WrongPassphrase):
        inspect_backup(folder, PASSPHRASE)
    with pytest.raises(errors.BackupNeedsItsPassphrase):
        inspect_backup(folder, recovery_key=recovery_key)


def test_a_folder_that_cannot_be_written_is_a_clear_message(qtbot, store, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    dialog = back_up_dialog(qtbot, store, blocker)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    assert dialog.record is None
    assert dialog.message.text().startswith("vomdesk cannot write to the backup folder")
    assert dialog.folder.edit.text() == str(blocker)  # kept for another try
    assert dialog.ok_button.isEnabled() and backups_made(store) == []


def restore_dialog(qtbot, backup: Path) -> RestoreDialog:
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.backup.set_path(backup)
    return dialog


def test_restore_looks_inside_then_restores_into_an_empty_folder(
    qtbot, small_store, tmp_path, fingerprint
):
    backup = Path(make_backup(small_store, tmp_path / "usb", FOLDER).location)
    dialog = restore_dialog(qtbot, backup)
    dialog.passphrase.setText("wrong wrong wrong wrong")
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    assert "does not open" in dialog.message.text()
    assert dialog.passphrase.text() == "wrong wrong wrong wrong"  # kept, to correct it
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    assert "2 cases" in dialog.summary_label.text() and dialog.summary_label.isVisibleTo(dialog)
    assert not dialog.message.isVisibleTo(dialog)

    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    before = fingerprint(busy)
    dialog.target.set_path(busy)
    assert "not empty" in dialog.target_message.text() and not dialog.ok_button.isEnabled()
    dialog.start()  # even if asked, nothing starts
    assert not dialog.busy and fingerprint(busy) == before

    new = tmp_path / "new laptop"
    dialog.target.set_path(new)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    assert dialog.restored == new
    assert "Restored into" in dialog.status.text() and "2 cases" in dialog.status.text()
    assert dialog.switch_button.isVisibleTo(dialog)
    Unlocker(new).with_passphrase(PASSPHRASE).close()
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert dialog.switch_to == new and dialog.result() == RestoreDialog.DialogCode.Accepted


def test_restore_with_the_recovery_key_and_a_damaged_backup(
    qtbot, small_store, recovery_key, tmp_path
):
    backup = Path(make_backup(small_store, tmp_path / "usb", FOLDER).location)
    dialog = restore_dialog(qtbot, backup)
    dialog.by_recovery_key.setChecked(True)
    assert dialog.recovery_key.isVisibleTo(dialog) and not dialog.passphrase.isVisibleTo(dialog)
    dialog.recovery_key.edit.setText(recovery_key)
    database = backup / "vomdesk.db"
    database.write_bytes(database.read_bytes()[: 3 * 4096])  # cut short
    dialog.target.set_path(tmp_path / "new")
    assert not dialog.ok_button.isEnabled()  # what the backup holds is shown first
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    assert dialog.message.text().startswith("This backup is damaged")
    assert not dialog.ok_button.isEnabled()
    assert not (tmp_path / "new").exists() and dialog.restored is None
    assert dialog.recovery_key.value() == recovery_key


@pytest.fixture
def window(qtbot, store):
    main = MainWindow(Unlocker(store.files.folder))
    qtbot.addWidget(main)
    main.show()
    yield main
    main.lock()


def test_switching_to_a_restored_store(qtbot, window, store, tmp_path, monkeypatch):
    backup = Path(make_backup(store, tmp_path / "usb", FOLDER).location)
    from vomdesk.services.backup_restore import restore_backup

    new = restore_backup(backup, tmp_path / "restored", passphrase=PASSPHRASE)
    window.show_workspace(store)
    qtbot.waitUntil(lambda: not window.busy_label.text(), timeout=10_000)
    app_events().switch_data_folder.emit(new)
    assert window.store is None and not store.is_open
    assert window.stack.currentWidget() is window.unlock_page
    assert str(new) in window.unlock_page.folder_label.text()
    config = Path(os.environ["VOMDESK_CONFIG_DIR"]) / "computer.json"
    assert json.loads(config.read_text())["data.folder"] == str(new.resolve())
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.try_passphrase()
    qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
    assert window.store.files.folder == new


def test_the_reminder_shows_when_due_and_goes_after_a_backup(qtbot, window, store, tmp_path):
    with unit_of_work(store) as work:
        info = work.session.get(StoreInfo, 1)
        info.created_at = datetime.now(UTC) - timedelta(days=10)
        work.session.add(info)
    window.show_workspace(store)
    button = window.backup_notes.reminder_button
    qtbot.waitUntil(lambda: button.isVisibleTo(window), timeout=10_000)
    assert button.text() == "Nothing backed up to another place for 10 days — Back up to…"
    assert not window.backup_notes.folder_warning.isVisibleTo(window)
    make_backup(store, tmp_path / "usb", FOLDER)
    app_events().data_changed.emit("backups")
    qtbot.waitUntil(lambda: not button.isVisibleTo(window), timeout=10_000)
    window.lock()
    assert not button.isVisibleTo(window)


def test_a_data_folder_in_a_sync_folder_is_warned_about(qtbot, store, tmp_path):
    store.close()
    synced = tmp_path / "Nextcloud" / "vomdesk"
    synced.parent.mkdir()
    store.files.folder.rename(synced)
    main = MainWindow(Unlocker(synced))
    qtbot.addWidget(main)
    main.show()
    opened = Unlocker(synced).with_passphrase(PASSPHRASE)
    main.show_workspace(opened)
    warning = main.backup_notes.folder_warning
    qtbot.waitUntil(lambda: warning.isVisibleTo(main), timeout=10_000)
    assert "cloud-sync folder" in warning.text()
    main.lock()


def test_backup_counts_are_settings_used_by_the_rotation(qtbot, store):
    page = SettingsPage(store)
    qtbot.addWidget(page)
    panel = page.backups
    assert [s.value() for s in panel.spins().values()] == [7, 4, 12, 7]
    panel.daily.setValue(2)
    panel.weekly.setValue(0)
    panel.monthly.setValue(0)
    panel.reminder_days.setValue(3)
    assert page.is_dirty()
    assert page.save()
    saved = read_settings(store)
    assert (saved["backups.keep_daily"], saved["backups.reminder_days"]) == (2, 3)
    assert rotation_policy(store) == RotationPolicy(2, 0, 0)
    start = datetime(2026, 2, 1, 12, tzinfo=UTC)
    for day in range(4):
        backup_if_due(store, now=start + timedelta(days=day))
    assert len(automatic_backups(store)) == 2
    page.backups.show_latest()
    qtbot.waitUntil(lambda: "Last automatic backup: 2026-02-04" in panel.latest.text())
    assert "No copy has been made to another place yet." in panel.latest.text()


def test_the_backup_log_lists_newest_first(qtbot, store, tmp_path):
    make_backup(store, store.files.backups, "automatic")
    make_backup(store, tmp_path / "usb", FOLDER)
    dialog = BackupLogDialog(store)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    kinds = [dialog.table.item(row, 1).text() for row in range(2)]
    assert kinds == ["To another place", "Automatic, on this computer"]
    assert dialog.table.item(0, 2).text().startswith(str(tmp_path.resolve() / "usb"))
    assert dialog.status.text() == "2 backups, newest first."


def test_the_reminder_after_one_day_says_since_yesterday(qtbot, window, store):
    from vomdesk.domain import settings as setting
    from vomdesk.services.settings import save_settings

    save_settings(store, {setting.BACKUP_REMINDER_DAYS.key: 1})
    with unit_of_work(store) as work:
        info = work.session.get(StoreInfo, 1)
        info.created_at = datetime.now(UTC) - timedelta(days=1)
        work.session.add(info)
    window.show_workspace(store)
    button = window.backup_notes.reminder_button
    qtbot.waitUntil(lambda: button.isVisibleTo(window), timeout=10_000)
    assert button.text() == "Nothing backed up to another place since yesterday — Back up to…"
