"""The first-run wizard: program details, passphrase, recovery kit, keychain; then the store."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vomdesk.documents.recovery_kit import RecoveryKit
from vomdesk.domain import settings as setting
from vomdesk.domain.recovery_key import normalise
from vomdesk.security.kdf import Argon2Params
from vomdesk.services.keychain import keychain_available
from vomdesk.services.open_store import OpenStore
from vomdesk.services.passphrases import params_for_new_passphrase
from vomdesk.services.recovery import new_recovery_key, recovery_kit_for
from vomdesk.services.setup import create_store
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.backup_restore_dialog import RestoreDialog
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import problem_text
from vomdesk.ui.widgets.passphrase_fields import NewPassphraseFields
from vomdesk.ui.widgets.recovery_key_edit import RecoveryKeyEdit
from vomdesk.ui.widgets.recovery_kit_panel import RecoveryKitPanel


def _explain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ProgramPage(QWizardPage):
    """Who the program is: printed on the letterhead of every document."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your program"))
        self.setSubTitle(
            self.tr(
                "These details go on the letterhead of letters and agreements. "
                "You can change them later in Settings."
            )
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Program name"))
        self.name.setMaxLength(setting.PROGRAM_NAME.max_length)
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(self.tr("Program address"))
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Program phone"))
        self.mediator = QLineEdit()
        self.mediator.setAccessibleName(self.tr("Mediator name"))
        form = QFormLayout()
        form.addRow(self.tr("Program &name *"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("&Your name"), self.mediator)
        self.restore_note = _explain(
            self.tr(
                "New computer, or replacing a lost one? Restore your case records from a backup "
                "instead of setting up new ones."
            )
        )
        self.restore_note.setObjectName("help")
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setToolTip(
            self.tr("Into a new, empty folder; opened with the backup's passphrase or recovery kit")
        )
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.restore_note)
        layout.addLayout(restore_row)
        self.registerField("program_name*", self.name)

    def initializePage(self) -> None:
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            setting.PROGRAM_NAME.key: self.name.text().strip(),
            setting.PROGRAM_ADDRESS.key: self.address.toPlainText().strip(),
            setting.PROGRAM_PHONE.key: self.phone.text().strip(),
            setting.MEDIATOR_NAME.key: self.mediator.text().strip(),
        }


class PassphrasePage(QWizardPage):
    """The passphrase that opens the case records every day."""

    def __init__(self, program: ProgramPage) -> None:
        super().__init__()
        self.setTitle(self.tr("Your passphrase"))
        self.setSubTitle(
            self.tr(
                "You will type it each time you open vomdesk. Nobody can reset it for you: "
                "the recovery kit on the next page is the only other way in."
            )
        )
        self.fields = NewPassphraseFields(lambda: [str(v) for v in program.values().values()])
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        self.fields.changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.fields.passphrase.setFocus()

    def isComplete(self) -> bool:
        return self.fields.is_acceptable()


class KitPage(QWizardPage):
    """The recovery key, shown once, and the kit to print."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery kit"))
        self.setSubTitle(
            self.tr(
                "If you forget the passphrase, this key is the only way to open the case records. "
                "Print the kit now and keep it locked away, never with the laptop."
            )
        )
        self.panel = RecoveryKitPanel(wizard.recovery_kit)
        self.kept = QCheckBox(
            self.tr("I have printed or saved the kit and will &keep it locked away")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        layout.addWidget(self.kept)
        self.kept.toggled.connect(self.completeChanged)
        self.panel.kit_saved.connect(self._kit_kept)

    def _kit_kept(self, _where: str) -> None:
        self.kept.setChecked(True)
        self._wizard.button(QWizard.WizardButton.NextButton).setFocus()

    def initializePage(self) -> None:
        self.panel.show_key(self._wizard.recovery_key)

    def isComplete(self) -> bool:
        return self.kept.isChecked()


class ConfirmKeyPage(QWizardPage):
    """The mediator types the key back, so a misprinted or miscopied kit is found now."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check your recovery kit"))
        self.setSubTitle(
            self.tr(
                "Type the recovery key from your printed kit. Dashes and capitals do not matter."
            )
        )
        self.key = RecoveryKeyEdit()
        self.mismatch = QLabel()
        self.mismatch.setObjectName("fieldProblem")
        self.mismatch.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addWidget(self.mismatch)
        layout.addStretch(1)
        self.key.changed.connect(self._update)

    def initializePage(self) -> None:
        self.key.edit.setFocus()

    def _matches(self) -> bool:
        return self.key.is_valid() and self.key.normalised() == self._wizard.normalised_key()

    def _update(self) -> None:
        wrong = self.key.is_valid() and not self._matches()
        self.mismatch.setText(
            self.tr("This is a valid key, but not the one on this kit. Did you print an older kit?")
            if wrong
            else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._matches()


class KeychainPage(QWizardPage):
    """Whether the computer's keychain may open the store while the user is logged in."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Opening vomdesk"))
        self.setSubTitle(self.tr("Choose how vomdesk opens on this computer."))
        self.use_keychain = QCheckBox(
            self.tr("Open &without my passphrase while I am logged in to this computer")
        )
        self.note = _explain("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_keychain)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        available = self._wizard.keychain_is_available
        self.use_keychain.setEnabled(available)
        if available:
            self.note.setText(
                self.tr(
                    "The key is kept in this computer's keychain. Only use this if nobody else "
                    "uses your login. After “Lock now” the passphrase is always needed."
                )
            )
        else:
            self.use_keychain.setChecked(False)
            self.note.setText(
                self.tr(
                    "This computer has no secure keychain that vomdesk can use, so you will type "
                    "your passphrase each time. That is the safest choice anyway."
                )
            )

    def validatePage(self) -> bool:
        return self._wizard.create_store_then_finish()


class SetupWizard(QWizard):
    """Creates the store; ``created_store`` holds it open once the wizard is accepted."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up vomdesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.folder = folder
        self.recovery_key = new_recovery_key()
        self.store_id = uuid.uuid4().hex
        self.created_store: OpenStore | None = None
        self.restored_folder: Path | None = None  # set instead when a backup was restored
        self.keychain_added = False
        self.keychain_is_available = False
        self._params: tuple[Argon2Params, bool] | None = None
        self._creating = False
        self._finish_when_ready = False
        self.program = ProgramPage()
        self.passphrase = PassphrasePage(self.program)
        self.kit = KitPage(self)
        self.confirm = ConfirmKeyPage(self)
        self.keychain = KeychainPage(self)
        for page in (self.program, self.passphrase, self.kit, self.confirm, self.keychain):
            self.addPage(page)
        self.program.restore_button.clicked.connect(self.restore_backup)
        line = self.fontMetrics().height()
        self.setMinimumSize(line * 46, line * 33)
        run_in_background(
            lambda: (params_for_new_passphrase(), keychain_available()),
            on_done=self._prepared,
            on_error=lambda _error: self._prepared(None),
            label=self.tr("Measuring this computer's speed…"),
            owner=self,
        )

    def _prepared(self, result: tuple[tuple[Argon2Params, bool], bool] | None) -> None:
        if result is None:
            self._params = (Argon2Params(memory_kib=64 * 1024, iterations=3), False)
        else:
            self._params, self.keychain_is_available = result
        if self.currentPage() is self.keychain:
            self.keychain.initializePage()
        if self._finish_when_ready:
            self._finish_when_ready = False
            self.create_store_then_finish()

    def normalised_key(self) -> str:
        return normalise(self.recovery_key)

    def recovery_kit(self) -> RecoveryKit:
        return recovery_kit_for(
            program_name=self.program.name.text().strip(),
            store_id=self.store_id,
            recovery_key=self.recovery_key,
            folder=str(self.folder),
        )

    def create_store_then_finish(self) -> bool:
        """Start creating the store; the wizard closes by itself when it is done."""
        if self.created_store is not None:
            return True
        if self._creating:
            return False
        if self._params is None:
            self._finish_when_ready = True
            return False
        self._creating = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        progress = QProgressDialog(self.tr("Creating the encrypted case records…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        params, weak = self._params
        values = self.program.values()
        passphrase = self.passphrase.fields.value()
        use_keychain = self.keychain.use_keychain.isChecked()

        def work() -> tuple[OpenStore, bool]:
            return create_store(
                self.folder,
                passphrase=passphrase,
                recovery_key=self.recovery_key,
                settings=values,
                params=params,
                use_keychain=use_keychain,
                allow_weak_kdf=weak,
                store_id=self.store_id,
            )

        def done(result: tuple[OpenStore, bool]) -> None:
            progress.close()
            self._creating = False
            self.created_store, self.keychain_added = result
            if use_keychain and not self.keychain_added:
                prompts.show_info(
                    self,
                    self.tr("Keychain not used"),
                    self.tr(
                        "The keychain refused the key, so vomdesk will ask for your passphrase."
                    ),
                )
            self.accept()

        def failed(error: BaseException) -> None:
            progress.close()
            self._creating = False
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            prompts.show_error(self, self.tr("Set-up not finished"), problem_text(error))

        run_in_background(
            work, on_done=done, on_error=failed, label=self.tr("Creating the store…"), owner=self
        )
        return False

    def restore_backup(self) -> RestoreDialog | None:
        """Restore instead of setting up: the restored folder is then unlocked (and remembered)."""
        if self._creating:
            return None
        dialog = RestoreDialog(self, target=self.folder, no_store_open=True)
        dialog.finished.connect(lambda _result: self._restore_finished(dialog))
        dialog.open()
        return dialog

    def _restore_finished(self, dialog: RestoreDialog) -> None:
        dialog.deleteLater()
        if dialog.restored is None:  # cancelled or failed: set-up goes on as before
            return
        self.restored_folder = dialog.restored  # "Open" or "Close": the records are there now
        super().accept()

    def accept(self) -> None:
        if self.created_store is None and self.restored_folder is None:
            self.create_store_then_finish()
            return
        super().accept()
