"""The unlock screen: passphrase, a clear message when it is wrong, and the recovery-key way in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.unlock import Unlocker, read_key_file
from vomdesk.ui.dialogs.backup_restore_dialog import RestoreDialog
from vomdesk.ui.dialogs.recovery_dialog import RecoveryDialog
from vomdesk.ui.events import app_events
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import problem_text
from vomdesk.ui.widgets.field_message import FieldMessage


class UnlockPage(QWidget):
    """Asks for the passphrase; emits ``unlocked`` with the open store."""

    unlocked = Signal(object)

    def __init__(self, unlocker: Unlocker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unlocker = unlocker
        self._busy = False
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(self.fontMetrics().height() * 28)
        title = QLabel(self.tr("vomdesk is locked"))
        title.setObjectName("pageTitle")
        self.folder_label = QLabel()
        self.folder_label.setObjectName("help")
        self.folder_label.setWordWrap(True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.message = FieldMessage()
        self.forgot_button = QPushButton(self.tr("I &forgot my passphrase"))
        self.forgot_button.setFlat(True)
        self.forgot_button.setObjectName("link")
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))  # the store is gone
        self.restore_button.setFlat(True)
        self.restore_button.setObjectName("link")
        self.restore_button.setToolTip(
            self.tr("Into a new, empty folder; vomdesk then opens that folder")
        )
        self.restore_button.hide()

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(self.folder_label)
        label = QLabel(self.tr("&Passphrase"))
        label.setBuddy(self.passphrase)
        inner.addWidget(label)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        centred = QHBoxLayout()  # stretches, not alignment, so wrapped messages get their height
        centred.addStretch(1)
        centred.addWidget(card)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)

        self.unlock_button.clicked.connect(self.try_passphrase)
        self.passphrase.returnPressed.connect(self.try_passphrase)
        self.forgot_button.clicked.connect(self.open_recovery)
        self.restore_button.clicked.connect(self.restore_backup)
        self.refresh()

    @property
    def folder(self) -> Path:
        return self.unlocker.folder

    def refresh(self) -> None:
        """Show the folder, and any problem with its files before a passphrase is typed."""
        self.folder_label.setText(self.tr("Case records in {folder}").format(folder=self.folder))
        self.passphrase.clear()
        try:
            read_key_file(self.unlocker.files)
        except errors.StoreProblem as error:
            self.message.show_problem(problem_text(error))
            self._set_enabled(False)
            self.restore_button.show()  # the way back when the store's files are gone
        else:
            self.message.show_problem("")
            self._set_enabled(True)
            self.restore_button.hide()
        self.passphrase.setFocus()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.passphrase, self.unlock_button, self.forgot_button):
            widget.setEnabled(enabled)

    def try_passphrase(self) -> None:
        if self._busy:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.show_problem(self.tr("Type your passphrase."))
            return
        self._busy = True
        self._set_enabled(False)
        self.message.show_problem("")
        self.unlock_button.setText(self.tr("Unlocking…"))
        run_in_background(
            lambda: self.unlocker.with_passphrase(passphrase),
            on_done=self._opened,
            on_error=self._failed,
            label=self.tr("Unlocking…"),
        )

    def _opened(self, store: OpenStore) -> None:
        self._busy = False
        self.unlock_button.setText(self.tr("&Unlock"))
        self.passphrase.clear()
        self._set_enabled(True)
        self.unlocked.emit(store)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.unlock_button.setText(self.tr("&Unlock"))
        self._set_enabled(True)
        self.message.show_problem(problem_text(error))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def restore_backup(self) -> RestoreDialog:
        """Restore into a new, empty folder, then open that folder's unlock screen."""
        dialog = RestoreDialog(self, target=self.folder, no_store_open=True)

        def finished(_result: int) -> None:
            dialog.deleteLater()
            if dialog.restored is not None:
                app_events().switch_data_folder.emit(dialog.restored)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self.unlocker, self)
        if dialog.exec() and dialog.store is not None:
            self.unlocked.emit(dialog.store)
