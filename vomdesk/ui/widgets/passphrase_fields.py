"""A new passphrase typed twice, with a strength meter and plain-words advice as you type."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from vomdesk.domain.passphrase_rules import judge_passphrase
from vomdesk.ui.widgets.field_message import FieldMessage


class NewPassphraseFields(QWidget):
    """Two password fields, a strength bar and the reasons a passphrase is not accepted yet."""

    changed = Signal()

    def __init__(
        self, personal_words: Callable[[], Iterable[str]] = tuple, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._personal_words = personal_words
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Type the passphrase again"))
        self.show_text = QCheckBox(self.tr("Show what I type"))
        self.meter = QProgressBar(minimum=0, maximum=4, textVisible=False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter.setMaximumHeight(8)
        self.advice = FieldMessage()
        self.match = FieldMessage()
        hint = QLabel(
            self.tr(
                "A passphrase of four or more unrelated words is strong and easy to remember, "
                "for example: river kettle maple lantern."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("help")

        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("New &passphrase"), self.passphrase)
        layout.addRow("", self.meter)
        layout.addRow("", self.advice)
        layout.addRow(self.tr("Type it &again"), self.confirm)
        layout.addRow("", self.match)
        layout.addRow("", self.show_text)
        layout.addRow("", hint)

        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._toggle_echo)
        self._update()

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _update(self) -> None:
        text = self.passphrase.text()
        verdict = judge_passphrase(text, self._personal_words())
        self.meter.setValue(verdict.level if text else 0)
        self.advice.show_problem(
            " ".join(verdict.messages(QCoreApplication.translate)) if text else ""
        )
        mismatch = bool(self.confirm.text()) and self.confirm.text() != text
        self.match.show_problem(self.tr("The two passphrases differ.") if mismatch else "")
        self.changed.emit()

    def is_acceptable(self) -> bool:
        text = self.passphrase.text()
        return (
            judge_passphrase(text, self._personal_words()).acceptable
            and self.confirm.text() == text
        )

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
