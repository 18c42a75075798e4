"""“I forgot my passphrase”: open with the recovery key and choose a new passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from vomdesk.services.open_store import OpenStore
from vomdesk.services.passphrases import params_for_new_passphrase
from vomdesk.services.unlock import Unlocker
from vomdesk.ui.dialogs.busy_dialog import BusyDialog
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import problem_text
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.passphrase_fields import NewPassphraseFields
from vomdesk.ui.widgets.recovery_key_edit import RecoveryKeyEdit


class RecoveryDialog(BusyDialog):
    """Recovery key plus new passphrase; ``store`` is the opened store after acceptance."""

    def __init__(self, unlocker: Unlocker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open with the recovery key"))
        self.unlocker = unlocker
        self.store: OpenStore | None = None
        intro = QLabel(
            self.tr(
                "Type the recovery key from your printed kit, then choose a new passphrase. "
                "The old passphrase stops working."
            )
        )
        intro.setWordWrap(True)
        self.key = RecoveryKeyEdit()
        self.fields = NewPassphraseFields()
        self.message = FieldMessage()
        self.ok_button.setText(self.tr("&Open and set passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        key_label = QLabel(self.tr("&Recovery key"))
        key_label.setBuddy(self.key.edit)
        layout.addWidget(key_label)
        layout.addWidget(self.key)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with messages
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        self.key.changed.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.key.is_valid() and self.fields.is_acceptable())

    def try_open(self) -> None:
        if not self.ok_button.isEnabled():
            return
        key, passphrase = self.key.value(), self.fields.value()
        self.ok_button.setEnabled(False)
        self.set_busy(True)
        self.message.show_problem("")

        def work() -> OpenStore:
            params, weak = params_for_new_passphrase()
            return self.unlocker.with_recovery_key(key, passphrase, params, allow_weak=weak)

        run_in_background(
            work, on_done=self._opened, on_error=self._failed, label=self.tr("Opening…")
        )

    def _opened(self, store: OpenStore) -> None:
        self.set_busy(False)
        self.store = store
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self._update()
        self.message.show_problem(problem_text(error))
