"""A new laptop after a loss: restore from the set-up wizard (or a lock screen whose store is
gone), then unlock the restored records with the backup's passphrase; real stores and backups."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from vomdesk import app
from vomdesk.paths import default_data_folder
from vomdesk.services.backups import FOLDER, make_backup
from vomdesk.services.data_folder import chosen_data_folder, current_data_folder
from vomdesk.services.demo import fill_with_demo_cases
from vomdesk.services.open_store import OpenStore
from vomdesk.services.unlock import Unlocker
from vomdesk.store.files import FolderState, StoreFiles
from vomdesk.ui.dialogs.backup_restore_dialog import RestoreDialog
from vomdesk.ui.main_window import MainWindow
from vomdesk.ui.setup_wizard import SetupWizard

PASSPHRASE = "river kettle maple lantern"  # the lost laptop's passphrase, so the backup's


@pytest.fixture
def backup(store: OpenStore, tmp_path: Path) -> Path:
    """A verified backup on a 'USB stick' of a store with three cases; the laptop is then lost."""
    fill_with_demo_cases(store, count=3)
    made = Path(make_backup(store, tmp_path / "usb", FOLDER).location)
    store.close()
    return made


@pytest.fixture
def wizard(qtbot) -> SetupWizard:
    wizard = SetupWizard(default_data_folder())
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def open_restore(qtbot, wizard: SetupWizard) -> RestoreDialog:
    assert wizard.currentPage() is wizard.program
    assert wizard.program.restore_button.isVisibleTo(wizard)
    qtbot.mouseClick(wizard.program.restore_button, Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def restore(qtbot, dialog: RestoreDialog) -> None:
    """Look inside (what the backup holds is shown first), then restore if it opened."""
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    if dialog.summary is None:
        assert not dialog.ok_button.isEnabled(), "nothing is restored before it is looked into"
        return
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def unlock(qtbot, window: MainWindow, passphrase: str) -> None:
    page = window.unlock_page
    page.passphrase.setText(passphrase)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store is not None or bool(page.message.text()), timeout=10_000)


@pytest.fixture
def window(qtbot):
    """The main window as the app makes it before the wizard, for the usual data folder."""
    main = MainWindow(Unlocker(default_data_folder()))
    qtbot.addWidget(main)
    yield main
    main.lock()


def test_restore_from_the_wizard_into_the_empty_usual_folder_then_unlock(
    qtbot, backup, wizard, window
):
    folder = default_data_folder()
    assert not folder.exists()
    dialog = open_restore(qtbot, wizard)
    assert dialog.target.path() == folder, "the usual data folder is suggested while empty"
    assert dialog.switch_button.text() == "&Open the restored records"
    dialog.backup.set_path(backup)

    dialog.passphrase.setText("wrong wrong wrong wrong")
    restore(qtbot, dialog)
    assert "does not open" in dialog.message.text()
    assert dialog.passphrase.text() == "wrong wrong wrong wrong", "kept, to correct it"
    assert dialog.backup.path() == backup and dialog.target.path() == folder
    assert not folder.exists() and dialog.restored is None and wizard.isVisible()

    dialog.passphrase.setText(PASSPHRASE)
    restore(qtbot, dialog)
    assert dialog.restored == folder, dialog.message.text()
    assert "3 cases" in dialog.status.text()
    with qtbot.waitSignal(wizard.accepted, timeout=5000):
        qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert wizard.restored_folder == folder and wizard.created_store is None

    assert app.finish_setup(window, wizard)
    assert window.stack.currentWidget() is window.unlock_page
    assert str(folder) in window.unlock_page.folder_label.text()
    assert chosen_data_folder() is None and current_data_folder() == folder
    unlock(qtbot, window, "not the passphrase at all")
    assert window.store is None and "passphrase" in window.unlock_page.message.text().lower()
    unlock(qtbot, window, PASSPHRASE)
    assert window.store is not None and window.store.files.folder == folder
    cases = window.workspace.cases.list_page
    qtbot.waitUntil(lambda: cases.model.rowCount() == 3, timeout=10_000)


def test_a_folder_that_is_not_empty_is_refused_and_another_one_remembered(
    qtbot, backup, wizard, window, tmp_path, fingerprint, recovery_key
):
    usual = default_data_folder()
    usual.mkdir(parents=True)
    (usual / "notes.txt").write_text("someone else's file")
    before = fingerprint(usual)
    dialog = open_restore(qtbot, wizard)
    assert dialog.target.path() is None, "a folder with files in it is never suggested"
    dialog.backup.set_path(backup)
    dialog.by_recovery_key.setChecked(True)  # the printed kit of the lost laptop
    dialog.recovery_key.edit.setText(recovery_key)
    dialog.target.set_path(usual)
    assert dialog.target_message.text().startswith("This folder is not empty.")
    assert not dialog.ok_button.isEnabled()
    dialog.start()  # even if asked, nothing starts
    assert not dialog.busy and fingerprint(usual) == before

    elsewhere = tmp_path / "restored records"
    dialog.target.set_path(elsewhere)
    assert not dialog.target_message.isVisibleTo(dialog)
    restore(qtbot, dialog)
    assert dialog.restored == elsewhere, dialog.message.text()
    with qtbot.waitSignal(wizard.accepted, timeout=5000):
        qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert app.finish_setup(window, wizard)
    config = Path(os.environ["VOMDESK_CONFIG_DIR"]) / "computer.json"
    assert json.loads(config.read_text())["data.folder"] == str(elsewhere.resolve())
    assert chosen_data_folder() == elsewhere.resolve(), "opened at the next start"
    assert fingerprint(usual) == before
    unlock(qtbot, window, PASSPHRASE)
    assert window.store is not None and window.store.files.folder == elsewhere


def test_cancelling_the_restore_goes_back_to_the_set_up(qtbot, wizard):
    wizard.program.name.setText("Valle Verde")
    dialog = open_restore(qtbot, wizard)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert wizard.isVisible() and wizard.restored_folder is None
    assert wizard.program.name.text() == "Valle Verde"
    assert StoreFiles(default_data_folder()).state() is FolderState.EMPTY


def test_the_app_opens_the_restored_folder_after_the_wizard(qtbot, backup, monkeypatch):
    """open_main_window: a wizard that ended with a restore leads to that folder's lock screen."""
    from vomdesk.services.backup_restore import restore_backup

    folder = default_data_folder()

    class RestoringWizard(SetupWizard):
        def exec(self) -> int:
            self.restored_folder = restore_backup(backup, folder, passphrase=PASSPHRASE)
            return QWizard.DialogCode.Accepted.value

    monkeypatch.setattr(app, "SetupWizard", RestoringWizard)
    window = app.open_main_window(folder)
    assert window is not None
    qtbot.addWidget(window)
    assert window.store is None and window.stack.currentWidget() is window.unlock_page
    assert window.unlocker.folder == folder
    unlock(qtbot, window, PASSPHRASE)
    assert window.store is not None
    window.lock()


def test_a_lock_screen_whose_store_is_gone_offers_a_restore(qtbot, backup, store, tmp_path):
    store.files.key_file.unlink()  # the key file was lost with a broken disk
    main = MainWindow(Unlocker(store.files.folder))
    qtbot.addWidget(main)
    main.show()
    page = main.unlock_page
    assert "key file" in page.message.text() and not page.passphrase.isEnabled()
    assert page.restore_button.isVisibleTo(main)
    dialog = page.restore_backup()
    assert dialog.target.path() is None, "the broken folder is not empty"
    dialog.backup.set_path(backup)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.target.set_path(tmp_path / "new")
    restore(qtbot, dialog)
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.unlocker.folder == tmp_path / "new", timeout=5000)
    assert not page.restore_button.isVisibleTo(main), "this store is fine"
    assert page.passphrase.isEnabled()
    unlock(qtbot, main, PASSPHRASE)
    assert main.store is not None and main.store.files.folder == tmp_path / "new"
    main.lock()


def test_a_sound_lock_screen_has_no_restore_link(qtbot, store):
    store.close()
    main = MainWindow(Unlocker(store.files.folder))
    qtbot.addWidget(main)
    main.show()
    assert not main.unlock_page.restore_button.isVisibleTo(main)
