"""Settings > Security: change the passphrase, and print a new recovery kit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.recovery_key import normalise
from vomdesk.services.open_store import OpenStore
from vomdesk.services.passphrases import change_passphrase, params_for_new_passphrase
from vomdesk.services.recovery import new_recovery_key, recovery_kit_of_store, replace_recovery_key
from vomdesk.ui.dialogs.busy_dialog import BusyDialog
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import problem_text
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.passphrase_fields import NewPassphraseFields
from vomdesk.ui.widgets.recovery_key_edit import RecoveryKeyEdit
from vomdesk.ui.widgets.recovery_kit_panel import RecoveryKitPanel


class _WorkDialog(BusyDialog):
    """A dialog whose OK runs a service in the background and closes when it succeeds."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.message = FieldMessage()
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

    def ready(self) -> bool:
        raise NotImplementedError

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def update_ok(self) -> None:
        self.ok_button.setEnabled(self.ready())

    def start(self) -> None:
        if not self.ready():
            return
        self.ok_button.setEnabled(False)
        self.message.show_problem("")
        self.set_busy(True)
        run_in_background(
            self.work(), on_done=self._done, on_error=self._failed,
            label=self.windowTitle(),
            owner=self,
        )  # fmt: skip

    def _done(self, _result: object) -> None:
        self.set_busy(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.update_ok()
        self.message.show_problem(problem_text(error))


class ChangePassphraseDialog(_WorkDialog):
    """Current passphrase, then the new one twice; only the key slot is rewritten."""

    def __init__(self, store: OpenStore, personal_words: list[str], parent: QWidget | None = None):
        super().__init__(self.tr("Change passphrase"), parent)
        self.store = store
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.fields = NewPassphraseFields(lambda: personal_words)
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase"), self.current)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with messages
        self.current.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self._personal_words = personal_words
        self.ok_button.setText(self.tr("&Change passphrase"))
        self.current.textChanged.connect(self.update_ok)
        self.fields.changed.connect(self.update_ok)
        self.update_ok()

    def ready(self) -> bool:
        return bool(self.current.text()) and self.fields.is_acceptable()

    def work(self) -> Callable[[], Any]:
        current, new = self.current.text(), self.fields.value()

        def run() -> None:
            params, weak = params_for_new_passphrase()
            change_passphrase(
                self.store, current=current, new=new, params=params,
                personal_words=self._personal_words, allow_weak=weak,
            )  # fmt: skip

        return run


class NewRecoveryKitDialog(_WorkDialog):
    """A new key shown once; it replaces the old one only after it is typed back correctly."""

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New recovery kit"), parent)
        self.store = store
        self.key = new_recovery_key()
        intro = QLabel(
            self.tr(
                "This makes a new recovery key. Print the kit, then type the key back below. "
                "From then on, every older kit no longer opens the case records."
            )
        )
        intro.setWordWrap(True)
        self.panel = RecoveryKitPanel(lambda: recovery_kit_of_store(self.store, self.key))
        self.panel.show_key(self.key)
        self.typed = RecoveryKeyEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        label = QLabel(self.tr("&Type the key from the printed kit"))
        label.setBuddy(self.typed.edit)
        layout.addWidget(label)
        layout.addWidget(self.typed)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        margins = layout.contentsMargins()
        self.setMinimumWidth(
            self.panel.key_label.sizeHint().width() + margins.left() + margins.right()
        )
        self.ok_button.setText(self.tr("&Use the new key"))
        self.typed.changed.connect(self.update_ok)
        self.update_ok()

    def ready(self) -> bool:
        return self.typed.is_valid() and self.typed.normalised() == normalise(self.key)

    def work(self) -> Callable[[], Any]:
        return lambda: replace_recovery_key(self.store, self.key)
