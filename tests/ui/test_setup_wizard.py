"""The first-run wizard, walked page by page like a mediator would, down to a real store."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from vomdesk.security.keyslots import KEYCHAIN
from vomdesk.services.unlock import Unlocker
from vomdesk.store.files import FolderState, StoreFiles
from vomdesk.ui import prompts
from vomdesk.ui.setup_wizard import SetupWizard

GOOD = "river kettle maple lantern"


def _next_enabled(wizard: SetupWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _walk_to_keychain_page(qtbot, wizard: SetupWizard, tmp_path: Path) -> None:
    assert not _next_enabled(wizard), "the program name is required"
    qtbot.keyClicks(wizard.program.name, "Valle Verde Mediation")
    wizard.program.mediator.setText("Ana Ruiz")
    assert _next_enabled(wizard)
    wizard.next()

    fields = wizard.passphrase.fields
    qtbot.keyClicks(fields.passphrase, "valle verde")
    assert fields.advice.isVisibleTo(wizard) and "name" in fields.advice.text()
    fields.passphrase.setText(GOOD)
    fields.confirm.setText(GOOD + "x")
    assert "differ" in fields.match.text() and not _next_enabled(wizard)
    fields.confirm.setText(GOOD)
    assert _next_enabled(wizard)
    wizard.next()

    assert wizard.kit.panel.key_label.text() == wizard.recovery_key
    assert not _next_enabled(wizard), "the kit must be kept before going on"
    target = tmp_path / "kit.pdf"
    prompts.queue_answer(target)
    qtbot.mouseClick(wizard.kit.panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and wizard.kit.kept.isChecked(), timeout=5000)
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert wizard.recovery_key.split("-")[0] in text and "Valle Verde Mediation" in text
    wizard.next()

    key = wizard.recovery_key
    typo = key[:6] + ("A" if key[6] != "A" else "B") + key[7:]
    wizard.confirm.key.edit.setText(typo)
    assert "group 2 " in wizard.confirm.key.message.text()
    assert not _next_enabled(wizard)
    wizard.confirm.key.edit.setText(key.lower().replace("-", " "))
    assert _next_enabled(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.keychain


def test_wizard_creates_a_store_that_the_passphrase_and_keychain_open(qtbot, tmp_path):
    folder = tmp_path / "data"
    wizard = SetupWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    _walk_to_keychain_page(qtbot, wizard, tmp_path)
    qtbot.waitUntil(lambda: wizard.keychain.use_keychain.isEnabled(), timeout=5000)
    wizard.keychain.use_keychain.setChecked(True)

    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    store = wizard.created_store
    assert store is not None and store.is_open and wizard.keychain_added
    assert store.slots.has(KEYCHAIN)
    assert StoreFiles(folder).state() is FolderState.READY
    store.close()
    reopened = Unlocker(folder).with_passphrase(GOOD)
    assert reopened.store_id == store.store_id
    reopened.close()
    assert Unlocker(folder).with_keychain() is not None


def test_cancelling_the_wizard_leaves_the_folder_empty(qtbot, tmp_path):
    folder = tmp_path / "data"
    wizard = SetupWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.program.name.setText("Valle Verde")
    wizard.next()
    wizard.reject()
    assert wizard.created_store is None
    assert StoreFiles(folder).state() is FolderState.EMPTY


def test_a_folder_that_cannot_be_written_keeps_the_wizard_open(qtbot, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    wizard = SetupWizard(blocker / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    _walk_to_keychain_page(qtbot, wizard, tmp_path)
    prompts.queue_answer(None)  # the error message box
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: prompts.pending_answers() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.FinishButton).isEnabled())
    assert wizard.isVisible() and wizard.created_store is None
    assert wizard.program.name.text() == "Valle Verde Mediation", "what was typed is kept"
