"""“Back up to…”: a verified, encrypted copy in a folder of the mediator's choice (a USB stick)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain import settings as setting
from vomdesk.services.backups import FOLDER, make_backup
from vomdesk.services.folder_kinds import read_mounts
from vomdesk.services.open_store import OpenStore
from vomdesk.services.settings import read_settings
from vomdesk.store.models import BackupRecord
from vomdesk.ui.dialogs.backup_dialogs import FolderField, fit_height, target_warnings
from vomdesk.ui.dialogs.busy_dialog import BusyDialog
from vomdesk.ui.events import app_events
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import problem_text
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.passphrase_fields import NewPassphraseFields


class BackupToDialog(BusyDialog):
    """Folder, which secret opens the copy, then the backup off the UI thread; ``record`` after."""

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up to…"))
        self.store = store
        self.record: BackupRecord | None = None
        self._mounts = read_mounts()
        intro = QLabel(
            self.tr(
                "Writes an encrypted copy of all case records into a folder and checks it. "
                "Keep it apart from this computer: a USB stick or another disk."
            )
        )
        intro.setWordWrap(True)
        self.folder = FolderField(self.tr("Backup folder"), self.tr("C&hoose…"))
        self.folder_notes = FieldMessage()
        self.same_secrets = QRadioButton(
            self.tr("&Same as the case records: their passphrase or recovery kit opens it")
        )
        self.own_passphrase = QRadioButton(
            self.tr("Its &own backup passphrase (the recovery kit does not open it)")
        )
        self.same_secrets.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.same_secrets)
        group.addButton(self.own_passphrase)
        values = read_settings(store)  # read once: the strength meter asks on every keystroke
        self.personal_words = [
            str(values.get(s.key, "")) for s in (setting.PROGRAM_NAME, setting.MEDIATOR_NAME)
        ]
        self.passphrase = NewPassphraseFields(lambda: self.personal_words)
        self.passphrase.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.passphrase.hide()
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.progress.setAccessibleName(self.tr("Backing up"))
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.message = FieldMessage()
        self.ok_button.setText(self.tr("&Back up"))

        form = QFormLayout()
        form.addRow(self._buddy(self.tr("&Folder"), self.folder.edit), self.folder)
        form.addRow("", self.folder_notes)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Who can open the copy:")))
        layout.addWidget(self.same_secrets)
        layout.addWidget(self.own_passphrase)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with messages
        intro.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

        self.folder.changed.connect(self._update)
        self.own_passphrase.toggled.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.folder.edit.setFocus()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _update(self) -> None:
        if self.record is not None:  # done: the OK button is gone, only Close is left
            return
        self.passphrase.setVisible(self.own_passphrase.isChecked())
        folder = self.folder.path()
        notes = target_warnings(folder, self.store.files.folder, self._mounts) if folder else []
        self.folder_notes.show_problem(" ".join(notes))
        self.ok_button.setEnabled(self.ready())
        fit_height(self)

    def ready(self) -> bool:
        if self.busy or self.record is not None or self.folder.path() is None:
            return False
        return self.same_secrets.isChecked() or self.passphrase.is_acceptable()

    def start(self) -> None:
        if self.record is not None:
            self.accept()
            return
        folder = self.folder.path()
        if not self.ready() or folder is None:
            return
        separate = self.passphrase.value() if self.own_passphrase.isChecked() else None
        store = self.store
        self.set_busy(True)
        self.ok_button.setEnabled(False)
        self.message.show_problem("")
        self.progress.show()
        self.status.setText(self.tr("Backing up and verifying…"))
        self.status.show()
        fit_height(self)
        run_in_background(
            lambda: make_backup(store, folder, FOLDER, backup_passphrase=separate),
            on_done=self._done,
            on_error=self._failed,
            label=self.tr("Backing up…"),
            owner=self,
        )

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        for widget in (self.folder, self.same_secrets, self.own_passphrase, self.passphrase):
            widget.setEnabled(not busy)

    def _done(self, record: BackupRecord) -> None:
        self.set_busy(False)
        self.progress.hide()
        self.record = record
        self.status.setText(
            self.tr("Backed up and verified: {folder} ({cases} cases)").format(
                folder=record.location, cases=record.cases
            )
        )
        self.passphrase.clear()
        self.passphrase.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        for widget in (self.folder, self.same_secrets, self.own_passphrase, self.passphrase):
            widget.setEnabled(False)
        fit_height(self)
        app_events().data_changed.emit("backups")

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.progress.hide()
        self.status.hide()
        self.message.show_problem(problem_text(error))
        self._update()

    @property
    def chosen_folder(self) -> Path | None:
        return self.folder.path()
