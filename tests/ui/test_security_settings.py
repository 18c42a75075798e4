"""Settings > Security: change the passphrase, print a new recovery kit, keychain on and off."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import Qt

from vomdesk.security.keyslots import KEYCHAIN
from vomdesk.services import errors
from vomdesk.services.unlock import Unlocker
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.security_dialogs import ChangePassphraseDialog, NewRecoveryKitDialog
from vomdesk.ui.pages.settings_page import SettingsPage

OLD = "river kettle maple lantern"
NEW = "copper meadow violin harbour"


def test_change_passphrase_needs_the_current_one_and_rewraps_only(qtbot, store, fingerprint):
    dialog = ChangePassphraseDialog(store, ["Valle Verde Mediación"])
    qtbot.addWidget(dialog)
    dialog.show()
    database_before = store.files.database.read_bytes()[:4096]
    dialog.current.setText("not it at all")
    dialog.fields.passphrase.setText(NEW)
    dialog.fields.confirm.setText(NEW)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert "does not open" in dialog.message.text() and dialog.isVisible()

    dialog.current.setText(OLD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    store.close()
    assert store.files.database.read_bytes()[:4096] == database_before, "data not re-encrypted"
    unlocker = Unlocker(store.files.folder)
    with pytest.raises(errors.WrongPassphrase):
        unlocker.with_passphrase(OLD)
    unlocker.with_passphrase(NEW).close()


def test_a_new_kit_replaces_the_old_key_only_once_typed_back(qtbot, store, recovery_key, tmp_path):
    dialog = NewRecoveryKitDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.panel.key_label.text() == dialog.key != recovery_key
    target = tmp_path / "new-kit.pdf"
    prompts.queue_answer(target)
    dialog.panel.save_button.click()
    qtbot.waitUntil(target.exists, timeout=5000)
    assert dialog.key.split("-")[3] in pypdf.PdfReader(target).pages[0].extract_text()

    dialog.typed.edit.setText(recovery_key)  # the old kit's key: valid, but not this one
    assert not dialog.ok_button.isEnabled()
    dialog.typed.edit.setText(dialog.key)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()

    store.close()
    unlocker = Unlocker(store.files.folder)
    with pytest.raises(errors.WrongRecoveryKey):
        unlocker.with_recovery_key(
            recovery_key, NEW, store.slots.passphrase_params(), allow_weak=True
        )
    unlocker.with_recovery_key(dialog.key, NEW, store.slots.passphrase_params(), allow_weak=True)


def test_cancelling_a_new_kit_keeps_the_old_key(qtbot, store, recovery_key):
    dialog = NewRecoveryKitDialog(store)
    qtbot.addWidget(dialog)
    dialog.reject()
    store.close()
    Unlocker(store.files.folder).with_recovery_key(
        recovery_key, NEW, store.slots.passphrase_params(), allow_weak=True
    ).close()


def test_keychain_checkbox_adds_and_removes_the_slot(qtbot, store, memory_keyring):
    page = SettingsPage(store)
    qtbot.addWidget(page)
    qtbot.waitUntil(page.keychain.isEnabled)  # the keychain is looked for in the background
    assert not page.keychain.isChecked()
    qtbot.mouseClick(page.keychain, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.slots.has(KEYCHAIN) and page.keychain.isEnabled())
    assert memory_keyring.secrets and page.keychain.isChecked()
    qtbot.mouseClick(page.keychain, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not store.slots.has(KEYCHAIN) and page.keychain.isEnabled())
    assert not memory_keyring.secrets and not page.keychain.isChecked()
